"""Behaviour of the ``./dev`` launcher, run in a scratch copy with stand-in ``python``,
``pip`` and ``jupyter`` programs, so nothing is installed and no server starts."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

FAKE_PYTHON = """#!/bin/sh
# Stand-in for .venv/bin/python: logs '-m pip' and '-m pytest' calls, runs the rest.
case "$1" in -m) echo "python $*" >> "$DEV_LOG"; exit 0 ;; esac
exec "{real}" "$@"
"""
FAKE_JUPYTER = """#!/bin/sh
echo "jupyter $*" >> "$DEV_LOG"
echo "JUPYTER_CONFIG_PATH=$JUPYTER_CONFIG_PATH" >> "$DEV_LOG"
"""


def write_exe(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(0o755)
    return path


@pytest.fixture
def kit(tmp_path):
    """A scratch folder with ./dev, a pyproject.toml and a stand-in .venv."""
    shutil.copy2(ROOT / "dev", tmp_path / "dev")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    write_exe(tmp_path / ".venv" / "bin" / "python", FAKE_PYTHON.format(real=sys.executable))
    write_exe(tmp_path / ".venv" / "bin" / "jupyter", FAKE_JUPYTER)
    return tmp_path


def run_dev(kit: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    log = kit / "calls.log"
    log.touch()
    full_env = {k: v for k, v in os.environ.items() if k != "PYTHON"}
    full_env.update(DEV_LOG=str(log), **env)
    return subprocess.run(["./dev", *args], cwd=kit, env=full_env, capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)


def calls(kit: Path) -> list[str]:
    return (kit / "calls.log").read_text(encoding="utf-8").splitlines()


def make_stamp(kit: Path, newer: bool) -> None:
    stamp = kit / ".venv" / ".kit-installed"
    stamp.touch()
    now = time.time()
    os.utime(kit / "pyproject.toml", (now - 100, now - 100) if newer else (now, now))
    os.utime(stamp, (now, now) if newer else (now - 100, now - 100))


def test_test_skips_pip_when_the_stamp_is_fresh(kit):
    make_stamp(kit, newer=True)
    result = run_dev(kit, "test", "-q", "-k", "some thing")
    assert result.returncode == 0, result.stderr
    assert calls(kit) == ["python -m pytest -q -k some thing"]
    assert "installing" not in result.stdout


def test_test_installs_when_pyproject_changed(kit):
    make_stamp(kit, newer=False)
    result = run_dev(kit, "test")
    assert result.returncode == 0, result.stderr
    log = calls(kit)
    assert log[0].startswith("python -m pip install") and log[0].endswith("-e .[test]"), log
    assert log[-1] == "python -m pytest"
    assert (kit / ".venv" / ".kit-installed").stat().st_mtime >= (kit / "pyproject.toml").stat().st_mtime
    overrides = kit / ".venv" / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    assert json.loads(overrides.read_text())["@jupyterlab/apputils-extension:notification"]["fetchNews"] == "false"
    # Second run: nothing to install any more.
    (kit / "calls.log").unlink()
    run_dev(kit, "test")
    assert calls(kit) == ["python -m pytest"]


def test_lab_opens_notebooks_and_allows_root_only_for_root(kit):
    make_stamp(kit, newer=True)
    result = run_dev(kit, "lab", "--no-browser", JUPYTER_CONFIG_PATH="/etc/elsewhere")
    assert result.returncode == 0, result.stderr
    line, config = calls(kit)
    # the kit's lab configuration comes first (nbgrader's panels hidden), the user's path after
    assert config == f"JUPYTER_CONFIG_PATH={kit.resolve()}/jupyter-config:/etc/elsewhere"
    assert f"--ServerApp.root_dir={kit.resolve()}/notebooks" in line
    assert line.endswith("--no-browser")
    assert ("--allow-root" in line) == (os.getuid() == 0)
    assert (kit / "notebooks").is_dir()


def test_too_old_python_is_refused_with_a_clear_message(kit):
    shutil.rmtree(kit / ".venv")
    old = write_exe(kit / "old-python", '#!/bin/sh\ncase "$2" in *print*) echo 3.9.2 ;; esac\nexit 1\n')
    result = run_dev(kit, "test", PYTHON=str(old))
    assert result.returncode != 0
    assert "3.11 or newer" in result.stderr and "3.9.2" in result.stderr
    assert not (kit / ".venv").exists()


def test_missing_python_is_refused_with_a_clear_message(kit):
    shutil.rmtree(kit / ".venv")
    result = run_dev(kit, "lab", PYTHON="/nonexistent/python3")
    assert result.returncode != 0
    assert "cannot find '/nonexistent/python3'" in result.stderr


def test_broken_venv_is_reported_not_deleted(kit):
    (kit / ".venv" / "bin" / "python").unlink()
    result = run_dev(kit, "test")
    assert result.returncode != 0 and "rm -rf .venv" in result.stderr
    assert (kit / ".venv").is_dir()


def test_unknown_command_shows_usage(kit):
    result = run_dev(kit, "frobnicate")
    assert result.returncode != 0
    assert "./dev lab" in result.stderr and "unknown command 'frobnicate'" in result.stderr
    assert run_dev(kit, "help").returncode == 0


def test_clean_strips_outputs_counts_and_stray_metadata(kit):
    nbformat = pytest.importorskip("nbformat")
    make_stamp(kit, newer=True)
    nb = nbformat.v4.new_notebook()
    nb.metadata.update({"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
                        "language_info": {"name": "python", "version": "3.11.7"},
                        "widgets": {"state": {}}, "toc": {}})
    code = nbformat.v4.new_code_cell("print(1)", execution_count=3,
                                     outputs=[nbformat.v4.new_output("stream", text="1\n")])
    code.metadata.update({"tags": ["keep"], "collapsed": True, "ExecuteTime": {"end": "x"}})
    nb.cells = [nbformat.v4.new_markdown_cell("# Title"), code]
    (kit / "notebooks").mkdir()
    path = kit / "notebooks" / "a.ipynb"
    nbformat.write(nb, path)

    result = run_dev(kit, "clean")
    assert result.returncode == 0, result.stderr
    assert "1 changed" in result.stdout
    cleaned = json.loads(path.read_text(encoding="utf-8"))
    cell = cleaned["cells"][1]
    assert cell["outputs"] == [] and cell["execution_count"] is None
    assert cell["metadata"] == {"tags": ["keep"]}
    assert "".join(cell["source"]) == "print(1)"
    assert set(cleaned["metadata"]) == {"kernelspec", "language_info"}
    assert cleaned["metadata"]["language_info"] == {"name": "python"}
    nbformat.validate(nbformat.reads(path.read_text(encoding="utf-8"), as_version=4))

    # Idempotent: a second run changes nothing.
    before = path.read_bytes()
    result = run_dev(kit, "clean")
    assert "0 changed" in result.stdout and path.read_bytes() == before


def test_clean_reports_an_unreadable_notebook_in_one_line_and_cleans_the_others(kit):
    nbformat = pytest.importorskip("nbformat")
    make_stamp(kit, newer=True)
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1", execution_count=1)])
    (kit / "notebooks").mkdir()
    good = kit / "notebooks" / "a.ipynb"
    nbformat.write(nb, good)
    trunc = kit / "notebooks" / "b-trunc.ipynb"
    trunc.write_text(good.read_text(encoding="utf-8")[:40], encoding="utf-8")
    mangled = trunc.read_bytes()

    result = run_dev(kit, "clean")  # all notebooks: one bad file does not stop the run
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert lines[0].startswith("dev clean: notebooks/b-trunc.ipynb: not a readable notebook (NotJSONError")
    assert "cleaned notebooks/a.ipynb" in result.stdout and "1 could not be cleaned" in result.stdout
    assert json.loads(good.read_text(encoding="utf-8"))["cells"][0]["execution_count"] is None
    assert trunc.read_bytes() == mangled  # left as it was

    result = run_dev(kit, "clean", "notebooks/b-trunc.ipynb", "notebooks/missing.ipynb")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 2 and "missing.ipynb: cannot be read" in result.stderr
    assert run_dev(kit, "clean", "notebooks/a.ipynb").returncode == 0


@pytest.mark.parametrize("before, after", [
    (None, "{root}/jupyter-config"),
    ("/etc/elsewhere", "{root}/jupyter-config:/etc/elsewhere"),
])
def test_binder_start_script_uses_the_kit_lab_configuration(tmp_path, before, after):
    """Binder runs ``start`` before JupyterLab: the same configuration as ./dev lab, wherever
    the script is called from, and the command it wraps still runs with its arguments."""
    env = {k: v for k, v in os.environ.items() if k != "JUPYTER_CONFIG_PATH"}
    if before is not None:
        env["JUPYTER_CONFIG_PATH"] = before
    result = subprocess.run(
        [str(ROOT / "start"), sys.executable, "-c",
         "import os, sys; print(os.environ['JUPYTER_CONFIG_PATH'], sys.argv[1])", "arg"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [after.format(root=ROOT), "arg"]
    assert (ROOT / "jupyter-config" / "labconfig" / "page_config.json").is_file()
