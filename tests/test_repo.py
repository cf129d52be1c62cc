"""Repository hygiene: CI runs the README's test command, the Quick start commands
exist, no data downloads, notebooks committed without outputs, no paths outside the
repository."""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SKIP_DIRS = {".git", ".venv", "venv", "__pycache__", ".hypothesis", ".pytest_cache", "node_modules",
             ".ipynb_checkpoints", "build", "dist"}
QUICK_START = ["./dev lab", "./dev test"]
# Built from pieces so that this file does not match its own checks.
NLTK_DOWNLOAD = "nltk" + ".download"
SHARED_PATH = ".." + "/shared"


def repo_files(*suffixes: str) -> list[Path]:
    out = []
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS and not d.endswith(".egg-info")]
        for name in files:
            if not suffixes or name.endswith(suffixes):
                out.append(Path(folder, name))
    return sorted(out)


def read_text(path: Path) -> str | None:
    """The file's text, or None for binary files."""
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        return None
    return data.decode("utf-8", errors="replace")


def code_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]


def readme_section(title: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(rf"^## {re.escape(title)}\s*$(.*?)(?=^## |\Z)", readme, re.M | re.S)
    assert m, f"README.md has no '## {title}' section"
    return m.group(1)


def fenced_commands(markdown: str) -> list[str]:
    blocks = re.findall(r"^```[a-z]*\n(.*?)^```", markdown, re.M | re.S)
    return [line for block in blocks for line in code_lines(block)]


# ------------------------------------------------------------------ CI and ./dev


def test_ci_run_is_executable_and_runs_the_readme_test_command():
    run = ROOT / ".ci" / "run"
    assert run.is_file()
    assert run.stat().st_mode & stat.S_IXUSR, ".ci/run is not executable"
    text = run.read_text(encoding="utf-8")
    assert text.startswith("#!/usr/bin/env bash\n")
    assert "set -euo pipefail" in text
    lines = code_lines(text)
    assert any(re.match(r"^\./dev test(\s|$)", line) for line in lines), "CI does not call ./dev test"
    installs = [line for line in lines if re.search(r"\b(pip|apt-get|apt|conda)\b.*\binstall\b", line)]
    # The one exception: Debian's Chromium for the browser test, only when it is missing.
    chromium = "command -v chromium >/dev/null || { apt-get update -qq && apt-get install -y -qq chromium; }"
    assert installs in ([], [chromium]), f"CI installs by hand: {installs}"
    assert not [x for x in lines if "playwright install" in x], "Playwright must use Debian's chromium, not its own download"
    assert re.search(r'"\$status" -eq 5', text), "pytest's exit code 5 (no tests) is not handled"


def test_dev_is_an_executable_posix_script():
    dev = ROOT / "dev"
    assert dev.stat().st_mode & stat.S_IXUSR, "./dev is not executable"
    text = dev.read_text(encoding="utf-8")
    assert text.startswith("#!/bin/sh\n")
    for bashism in ("[[", "function ", "local ", "source ", "$'", "<<<", "pipefail"):
        assert bashism not in text.split("<<'PY'")[0], f"bash-only syntax in ./dev: {bashism!r}"


def test_readme_quick_start_is_exactly_the_two_commands():
    assert fenced_commands(readme_section("Quick start")) == QUICK_START


def test_quick_start_commands_exist_in_dev():
    dev = (ROOT / "dev").read_text(encoding="utf-8")
    for command in QUICK_START:
        sub = command.split()[1]
        assert re.search(rf"^{sub}\)$", dev, re.M), f"./dev has no '{sub}' subcommand"


def test_readme_mentions_the_other_routes():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "conda env create -f environment.yml" in readme
    assert "./dev clean" in readme
    assert "python -m course analyze" in readme  # the command-line section
    for name in ("notebooks/", "course/", "datasets/", "tests/", "benchmarks/", ".ci/run",
                 "environment.yml", "pyproject.toml"):
        assert name in readme, f"the folder tree in README.md misses {name}"


# ------------------------------------------------------------------ content rules


def test_no_nltk_data_download_anywhere():
    offenders = [str(p.relative_to(ROOT)) for p in repo_files(".py", ".ipynb")
                 if NLTK_DOWNLOAD in (read_text(p) or "")]
    assert not offenders, f"{NLTK_DOWNLOAD} found in {offenders} (the kit must work offline)"


def test_no_path_to_the_shared_folder_outside_benchmarks():
    offenders = []
    for path in repo_files():
        rel = path.relative_to(ROOT)
        if rel.parts[0] == "benchmarks":
            continue
        text = read_text(path)
        if text is not None and SHARED_PATH in text:
            offenders.append(str(rel))
    assert not offenders, f"{SHARED_PATH} is referenced in {offenders}"


def notebooks() -> list[Path]:
    return [p for p in repo_files(".ipynb") if ".ipynb_checkpoints" not in p.parts]


@pytest.mark.parametrize("path", notebooks(), ids=lambda p: str(p.relative_to(ROOT)))
def test_notebook_is_committed_without_outputs(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    dirty = [
        i for i, cell in enumerate(nb["cells"])
        if cell["cell_type"] == "code" and (cell.get("outputs") or cell.get("execution_count") is not None)
    ]
    assert not dirty, f"cells {dirty} have outputs or execution counts: run ./dev clean"
    assert "widgets" not in nb.get("metadata", {}), "saved widget state: run ./dev clean"


def test_the_hygiene_checks_can_fail(tmp_path):
    # The walkers above must see files: prove it on this file and on README.md.
    assert Path(__file__).resolve() in [p.resolve() for p in repo_files(".py")]
    assert fenced_commands("```sh\n./dev lab\n# note\n./dev test\n```\n") == QUICK_START
    assert fenced_commands("```\n./dev lab\n```\n") != QUICK_START


def test_readme_python_example_runs():
    section = readme_section("Using the kit from Python")
    (code,) = re.findall(r"^```python\n(.*?)^```", section, re.M | re.S)
    assert "course.analyze" in code and "course.highlight" in code and "course.load_article" in code
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102
    assert namespace["analysis"].text == namespace["article"].text


def test_every_package_folder_is_listed_for_installation():
    # a non-editable install (a wheel, Binder without -e) only ships the listed packages
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "course").rglob("__init__.py")}
    assert on_disk == listed, (on_disk - listed, listed - on_disk)


def test_test_modules_import_their_helpers_by_module_name():
    """The suite runs from a clean checkout with pytest's rootdir on the path only for ``tests/``:
    helpers are imported as ``escalation_marks``, never as ``tests.escalation_marks``."""
    import re
    from pathlib import Path

    offenders = [p.name for p in sorted((Path(__file__).parent).glob("test_*.py"))
                 if re.search(r"^from tests\.|^import tests\.", p.read_text(encoding="utf-8"), re.M)]
    assert offenders == []
