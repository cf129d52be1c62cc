"""Fixtures of the browser tests: a real JupyterLab server and a headless Chromium.

``lab`` (one test) serves ``tests/fixtures/widgets-demo.ipynb``; ``notebooks_lab`` (one
module) serves a copy of the course's ``notebooks/`` with every cell kept in the page
(no windowing), so outputs of far cells can be read. Each server runs on 127.0.0.1
(free port, token, ``--allow-root`` when run as root), with every Jupyter folder a
throw-away one and the news pop-up switched off; on teardown its kernels are shut down
and the server and its process group are stopped.

Needs ``/usr/bin/chromium`` (Debian package ``chromium``; .ci/run installs it) and the
``playwright`` Python package (the ``test`` extra); Playwright's own browser download
is never used. Outside CI a missing piece skips the test with the reason; in CI
(``CI`` set) it fails instead.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: The lab configuration ./dev lab passes to JupyterLab (JUPYTER_CONFIG_PATH).
KIT_LAB_CONFIG = ROOT / "jupyter-config"
DEMO = ROOT / "tests" / "fixtures" / "widgets-demo.ipynb"
NOTEBOOKS = ROOT / "notebooks"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
TOKEN = "course-browser-test"
#: The news / update toast of JupyterLab, switched off (it needs the internet and hides widgets).
NO_NEWS = {"@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False}}
#: Every cell of a notebook attached to the page, not only those in view (JupyterLab 4
#: windows long notebooks), so that far cells' outputs can be found and checked.
NO_WINDOWING = {"@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"}}
SERVER_START_TIMEOUT = 60


def require(ok: bool, reason: str) -> None:
    """Skip outside CI, fail in CI: CI must really run the browser."""
    if ok:
        return
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but the browser test cannot run: {reason}", pytrace=False)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _api(base: str, path: str, method: str = "GET") -> object:
    req = urllib.request.Request(f"{base}{path}", method=method,
                                 headers={"Authorization": f"token {TOKEN}"})
    with urllib.request.urlopen(req, timeout=5) as resp:
        body = resp.read()
    return json.loads(body) if body else None


class Lab:
    """A running JupyterLab server (see the ``lab`` and ``notebooks_lab`` fixtures)."""

    def __init__(self, proc: subprocess.Popen, base: str, root: Path, log: Path) -> None:
        self.proc, self.base, self.root, self.log = proc, base, root, log

    def url(self, notebook: str, *, reset: bool = False) -> str:
        """The page of ``notebook`` (a path under the root); ``reset`` starts from an
        empty workspace, so no notebook opened before comes back."""
        return f"{self.base}/lab/tree/{notebook}?{'reset&' if reset else ''}token={TOKEN}"

    def sessions(self) -> list[dict]:
        return list(_api(self.base, "/api/sessions") or [])

    def delete_sessions(self) -> None:
        """Shut down every kernel session (so nothing outlives the test)."""
        try:
            for s in self.sessions():
                _api(self.base, f"/api/sessions/{s['id']}", method="DELETE")
        except (urllib.error.URLError, OSError, ValueError):
            pass


@contextlib.contextmanager
def running_lab(tmp: Path, files: dict[str, Path], overrides: dict) -> Iterator[Lab]:
    """Start JupyterLab with isolated config, data, runtime, settings and workspaces.

    Args:
        tmp: an empty folder for the server's root (``tmp/root``), folders and log.
        files: name in the root -> file or folder to copy there.
        overrides: JupyterLab settings overrides (plugin id -> settings).
    """
    root = tmp / "root"
    root.mkdir()
    for name, source in files.items():
        if source.is_dir():
            shutil.copytree(source, root / name)
        else:
            shutil.copy(source, root / name)
    env = dict(os.environ)
    for var, sub in {
        "JUPYTER_CONFIG_DIR": "config", "JUPYTER_DATA_DIR": "data", "JUPYTER_RUNTIME_DIR": "runtime",
        "JUPYTERLAB_SETTINGS_DIR": "user-settings", "JUPYTERLAB_WORKSPACES_DIR": "workspaces",
        "IPYTHONDIR": "ipython", "MPLCONFIGDIR": "matplotlib",
    }.items():
        (tmp / sub).mkdir()
        env[var] = str(tmp / sub)
    # The news toast, off twice over: an overrides.json in our own app settings folder
    # (passed with --LabApp.app_settings_dir, so the installed JupyterLab is not touched)
    # and the same values as the user's settings in the throw-away settings folder.
    app_settings = tmp / "app-settings"
    app_settings.mkdir()
    (app_settings / "overrides.json").write_text(json.dumps({**overrides, **NO_NEWS}), encoding="utf-8")
    user = tmp / "user-settings" / "@jupyterlab" / "apputils-extension"
    user.mkdir(parents=True)
    (user / "notification.jupyterlab-settings").write_text(
        json.dumps(NO_NEWS["@jupyterlab/apputils-extension:notification"]), encoding="utf-8")
    # the kit's own lab configuration, as ./dev lab passes it (nbgrader's panels hidden)
    env["JUPYTER_CONFIG_PATH"] = str(KIT_LAB_CONFIG)
    env["COURSE_PROGRESS"] = str(tmp / "progress.json")
    env["MPLBACKEND"] = "Agg"
    env["JUPYTER_PLATFORM_DIRS"] = "1"
    env["PYTHONUNBUFFERED"] = "1"
    port = _free_port()
    cmd = [
        sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
        "--port-retries=0", f"--ServerApp.token={TOKEN}", f"--ServerApp.root_dir={root}",
        f"--LabApp.app_settings_dir={app_settings}", "--LabApp.news_url=None",
        "--ServerApp.open_browser=False",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")  # JupyterLab refuses to start as root without it
    log = tmp / "jupyterlab.log"
    with open(log, "wb") as fh:
        proc = subprocess.Popen(cmd, cwd=root, env=env, stdout=fh, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    server = Lab(proc, base, root, log)
    try:
        deadline = time.monotonic() + SERVER_START_TIMEOUT
        while True:
            if proc.poll() is not None:
                pytest.fail(f"JupyterLab exited with {proc.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
            try:
                _api(base, "/api/status")
                break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail(f"JupyterLab did not answer in {SERVER_START_TIMEOUT} s:\n"
                                f"{log.read_text(errors='replace')[-3000:]}")
                time.sleep(0.25)
        yield server
    finally:
        server.delete_sessions()
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)  # the server's own process group (it and its kernels)
                proc.wait(timeout=10)
        try:  # kernels started by this server, if any survived it
            os.killpg(proc.pid, signal.SIGTERM)
        except (ProcessLookupError, PermissionError):
            pass


@contextlib.contextmanager
def chromium() -> Iterator[object]:
    """Headless Chromium from Debian's package, driven by Playwright's sync API."""
    require(CHROMIUM.is_file(), f"{CHROMIUM} is missing (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "the playwright package is missing (pip install -e '.[test]')")
        return
    pw = sync_playwright().start()
    try:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()
    finally:
        pw.stop()


@pytest.fixture
def lab(tmp_path: Path) -> Iterator[Lab]:
    """JupyterLab serving the widgets demo notebook (one server per test)."""
    require(DEMO.is_file(), f"{DEMO} is missing")
    with running_lab(tmp_path, {DEMO.name: DEMO}, overrides={}) as server:
        yield server


@pytest.fixture(scope="module")
def notebooks_lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    """JupyterLab serving a copy of ``notebooks/`` as ``<root>/notebooks`` (one server per
    module), every cell attached to the page."""
    require(NOTEBOOKS.is_dir(), f"{NOTEBOOKS} is missing")
    with running_lab(tmp_path_factory.mktemp("lab"), {"notebooks": NOTEBOOKS}, overrides=NO_WINDOWING) as server:
        yield server


@pytest.fixture
def browser() -> Iterator[object]:
    """A fresh headless Chromium for one test."""
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def module_browser() -> Iterator[object]:
    """One headless Chromium shared by the tests of a module."""
    with chromium() as b:
        yield b
