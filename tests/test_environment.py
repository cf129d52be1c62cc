"""pyproject.toml is the source of truth for versions; environment.yml (conda, Binder)
must repeat the same exact pins. Also checks that the test run is isolated from the
user's own Jupyter and matplotlib configuration (tests/conftest.py)."""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent

#: conda-forge names that differ from the PyPI names (matplotlib-base: no Qt toolkit).
CONDA_NAMES = {"matplotlib": "matplotlib-base"}
#: Extras that environment.yml must carry (it installs `-e .[test]`); other extras
#: (bench) are optional there, but pinned identically if listed.
ENV_EXTRAS = ("test",)
#: Conda entries that pyproject.toml does not pin.
CONDA_ONLY = {"python", "pip"}

_PIN = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(==|=)\s*([^\s;,=<>!~*]+)\s*$")


def canonical(name: str) -> str:
    """PEP 503 name normalisation (``PyYAML`` == ``pyyaml``, ``a_b`` == ``a-b``)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def parse_pin(spec: str) -> tuple[str, str]:
    """``"jupyterlab==4.6.6"`` -> ``("jupyterlab", "4.6.6")``; anything but an exact pin fails."""
    m = _PIN.match(spec)
    if not m:
        raise AssertionError(f"{spec!r} is not an exact pin (name==version)")
    return canonical(m.group(1)), m.group(3)


def pyproject() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)


def pyproject_pins(groups: tuple[str, ...] | None = None) -> dict[str, str]:
    """Pins of the runtime dependencies plus the given extras (all extras when None)."""
    project = pyproject()["project"]
    extras = project.get("optional-dependencies", {})
    specs = list(project["dependencies"])
    for group in extras if groups is None else groups:
        specs += extras[group]
    pins: dict[str, str] = {}
    for spec in specs:
        name, version = parse_pin(spec)
        # an extra may repeat a pin of another extra (classroom and test both need nbgrader), never differ
        assert pins.get(name, version) == version, f"{name} is pinned twice, differently, in pyproject.toml"
        pins[name] = version
    return pins


def environment() -> dict:
    with open(ROOT / "environment.yml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def conda_pins() -> tuple[dict[str, str], list[str]]:
    """``({pypi-name: version}, pip-lines)`` from environment.yml."""
    to_pypi = {canonical(v): k for k, v in CONDA_NAMES.items()}
    pins: dict[str, str] = {}
    pip_lines: list[str] = []
    for dep in environment()["dependencies"]:
        if isinstance(dep, dict):
            pip_lines += dep.get("pip", [])
            continue
        name = canonical(re.split(r"[=<>!~\s]", dep, maxsplit=1)[0])
        if name in CONDA_ONLY:
            pins[name] = dep
            continue
        name, version = parse_pin(dep)
        name = to_pypi.get(name, name)
        assert name not in pins, f"{name} is listed twice in environment.yml"
        pins[name] = version
    return pins, pip_lines


def test_pyproject_pins_every_dependency_exactly():
    pins = pyproject_pins()
    assert {"jupyterlab", "nltk", "pytest", "pytest-socket", "hypothesis", "spacy"} <= set(pins)
    assert all(re.fullmatch(r"\d+(\.\d+)+", v) for v in pins.values()), pins


def test_environment_yml_matches_pyproject():
    expected = pyproject_pins(ENV_EXTRAS)
    every_pin = pyproject_pins()
    pins, _ = conda_pins()
    listed = {k: v for k, v in pins.items() if k not in CONDA_ONLY}
    missing = sorted(set(expected) - set(listed))
    unknown = sorted(set(listed) - set(every_pin))
    differ = {k: (every_pin[k], v) for k, v in listed.items() if k in every_pin and every_pin[k] != v}
    assert not missing, f"in pyproject.toml but not in environment.yml: {missing}"
    assert not unknown, f"in environment.yml but not pinned in pyproject.toml: {unknown}"
    assert not differ, f"versions differ (pyproject, environment.yml): {differ}"


def test_environment_yml_is_binder_ready():
    env = environment()
    assert env["name"] == "diplomatic-news"
    assert env["channels"] == ["conda-forge"]
    pins, pip_lines = conda_pins()
    assert pins["python"].replace(" ", "") in ("python=3.11", "python==3.11")
    requires = pyproject()["project"]["requires-python"]
    assert requires == ">=3.11", requires
    assert "pip" in pins, "conda needs pip listed to run the pip section"
    assert pip_lines == ["-e .[test]"], pip_lines
    # A binder/ folder would make Binder ignore the root environment.yml.
    assert not (ROOT / "binder").exists() and not (ROOT / ".binder").exists()


def test_parse_pin_rejects_loose_versions():
    assert parse_pin("matplotlib-base==3.11.2") == ("matplotlib-base", "3.11.2")
    assert parse_pin("nltk=3.10.4") == ("nltk", "3.10.4")
    for loose in ("nltk", "nltk>=3.10", "nltk==3.10.*", "nltk~=3.10"):
        with pytest.raises(AssertionError):
            parse_pin(loose)


@pytest.mark.parametrize("var", ["JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR",
                                 "JUPYTERLAB_SETTINGS_DIR", "JUPYTERLAB_WORKSPACES_DIR", "IPYTHONDIR",
                                 "MPLCONFIGDIR"])
def test_config_folders_are_throwaway(var):
    folder = Path(os.environ[var])
    assert folder.is_dir()
    assert folder.name != "" and "course-tests-" in str(folder)
    assert not str(folder).startswith(str(Path.home() / "."))


def test_jupyter_and_matplotlib_use_the_throwaway_folders():
    from jupyter_core import paths

    assert paths.jupyter_config_dir() == os.environ["JUPYTER_CONFIG_DIR"]
    assert paths.jupyter_data_dir() == os.environ["JUPYTER_DATA_DIR"]
    assert paths.jupyter_runtime_dir() == os.environ["JUPYTER_RUNTIME_DIR"]
    assert os.environ["MPLBACKEND"] == "Agg"
