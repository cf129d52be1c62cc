"""Shared test set-up: keep every test away from the user's real Jupyter and
matplotlib configuration, and make Hypothesis settings the same everywhere.

The environment is set in ``pytest_configure`` (before collection, so also before
``--doctest-modules`` imports anything) and restored in ``pytest_unconfigure``.
Subprocesses started by tests (kernels, ``jupyter`` commands) inherit it.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings

#: Environment variables pointed at throw-away folders, and the sub-folder each gets.
ISOLATED_DIRS: dict[str, str] = {
    "JUPYTER_CONFIG_DIR": "jupyter-config",
    "JUPYTER_DATA_DIR": "jupyter-data",
    "JUPYTER_RUNTIME_DIR": "jupyter-runtime",
    "JUPYTERLAB_SETTINGS_DIR": "lab-settings",
    "JUPYTERLAB_WORKSPACES_DIR": "lab-workspaces",
    "IPYTHONDIR": "ipython",
    "MPLCONFIGDIR": "matplotlib",
}

#: Plain values set for the whole run.
FIXED_ENV: dict[str, str] = {
    "MPLBACKEND": "Agg",  # no GUI windows; plots render to memory
    "JUPYTER_PLATFORM_DIRS": "1",  # silence jupyter_core's platformdirs deprecation notice
    "PYDEVD_DISABLE_FILE_VALIDATION": "1",  # silence a debugpy warning in kernels
}

_saved_env: dict[str, str | None] = {}
_tmp_root: Path | None = None

settings.register_profile(
    "default",
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# CI: the same examples on every run (a red CI must be reproducible), no example database.
settings.register_profile(
    "ci",
    parent=settings.get_profile("default"),
    derandomize=True,
    database=None,
    print_blob=True,
)
settings.load_profile("ci" if os.environ.get("CI") else "default")


def pytest_configure(config) -> None:
    global _tmp_root
    _tmp_root = Path(tempfile.mkdtemp(prefix="course-tests-"))
    for var, sub in ISOLATED_DIRS.items():
        folder = _tmp_root / sub
        folder.mkdir()
        _saved_env[var] = os.environ.get(var)
        os.environ[var] = str(folder)
    for var, value in FIXED_ENV.items():
        _saved_env[var] = os.environ.get(var)
        os.environ[var] = value


def pytest_unconfigure(config) -> None:
    for var, value in _saved_env.items():
        if value is None:
            os.environ.pop(var, None)
        else:
            os.environ[var] = value
    _saved_env.clear()
    if _tmp_root is not None:
        shutil.rmtree(_tmp_root, ignore_errors=True)
