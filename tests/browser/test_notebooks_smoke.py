"""Every course notebook, run in a real JupyterLab in a real (headless) Chromium.

One JupyterLab serves a copy of ``notebooks/`` for the whole module (the
``notebooks_lab`` fixture of tests/browser/conftest.py, with JupyterLab's windowing
off so every cell's output is in the page). For each notebook the test opens it in a
fresh page, waits for the kernel, runs all cells from the Run menu and waits until
every code cell has an execution number and the kernel is idle; then it checks what a
student sees: no error output, every widget drawn (none stuck or failed), and the
charts drawn as images. Screenshots of the notebook panel at a few scroll positions go
to ``build/screenshots/notebooks/<name>.png``, ``<name>-2.png`` ...; set
``COURSE_SCREENSHOTS=all`` to step through the whole notebook one screen at a time.
The page is closed and its kernel shut down before the next notebook.

Run only these tests:  ./dev test tests/browser/test_notebooks_smoke.py -p no:cacheprovider -s
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
SHOTS = ROOT / "build" / "screenshots" / "notebooks"
VIEWPORT = {"width": 1400, "height": 1000}
STEP_TIMEOUT_MS = 30_000
RUN_TIMEOUT_MS = 120_000
#: The most seconds one notebook may take from page load to the last check.
NOTEBOOK_BUDGET_S = 75
#: Charts each notebook must show at least: matplotlib figures shown by Jupyter
#: (``.jp-RenderedImage``, also inside widgets) and the chart of ``course.compare``
#: (an image inside the widget's HTML). A notebook not listed must still run cleanly.
MIN_CHARTS = {
    "02-hedging": 1,  # lens counts
    "03-attribution": 2,  # verb classes, compare
    "04-escalation": 2,  # escalation curve, compare
    "05-putting-it-together": 2,  # heatmap, lens counts
    "06-your-turn": 1,  # compare
}
CHARTS = ".jp-RenderedImage img, .course-compare img"
#: Widgets (ipywidgets views) each notebook shows at least: every notebook has exercises.
MIN_WIDGETS = 1

#: The notebook panel in view (JupyterLab keeps closed or hidden panels in the DOM).
PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"
#: Its scrolling element: JupyterLab's notebook scrolls inside this, not the page.
SCROLLER = f"{PANEL} .jp-WindowedPanel-outer"
STDERR = ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"
#: An ipywidgets output: the widget manager's renderer sets no data-mime-type (every
#: other renderer does) and draws the view as a ``.jupyter-widgets`` child.
WIDGET_VIEW = ".jp-OutputArea-output:not([data-mime-type])"

#: True once Run All has finished: no cell waits or runs ("[*]"), and every code cell
#: with source has a number, or an error stopped the run (then the checks report it).
RUN_FINISHED_JS = """([panel, expected]) => {
    const prompts = [...document.querySelectorAll(`${panel} .jp-CodeCell .jp-InputPrompt`)]
        .map(p => p.textContent.trim());
    if (prompts.some(t => t.includes('*'))) return false;
    const numbered = prompts.filter(t => /\\[\\d+\\]/.test(t)).length;
    const stopped = [...document.querySelectorAll(`${panel} .jp-OutputArea-output`)]
        .some(o => o.textContent.includes('Traceback'));
    return numbered >= expected || stopped;
}"""

#: True once every widget output holds a drawn widget (ipywidgets replaces the
#: placeholder with a ``.jupyter-widgets`` element, or writes an error message).
WIDGETS_DRAWN_JS = """(sel) => [...document.querySelectorAll(sel)].every(
    o => o.querySelector('.jupyter-widgets') || o.textContent.includes('Error'))"""

IMAGES_LOADED_JS = """(sel) => [...document.querySelectorAll(sel)].every(
    i => i.complete && i.naturalWidth > 0)"""


#: [where the last cell ends, the visible height], in the scroller's content coordinates.
END_JS = """e => {
    const cells = e.querySelectorAll('.jp-Cell');
    const last = cells[cells.length - 1];
    const end = last ? last.getBoundingClientRect().bottom - e.getBoundingClientRect().top + e.scrollTop + 24
                     : e.scrollHeight;
    return [Math.min(Math.ceil(end), e.scrollHeight), e.clientHeight];
}"""


def _code_cells_with_source(path: Path) -> int:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return sum(1 for c in cells if c["cell_type"] == "code" and "".join(c.get("source", "")).strip())


def _screenshots(page, name: str) -> list[Path]:
    """Screens of the notebook panel from top to bottom: four evenly spaced ones (the
    first at the top, the last at the end), or every screen with COURSE_SCREENSHOTS=all."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for old in SHOTS.glob(f"{name}*.png"):
        old.unlink()
    page.mouse.move(5, VIEWPORT["height"] - 5)  # off the notebook: no hover effects in the pictures
    scroller = page.locator(SCROLLER).first
    # The scroll area ends well below the last cell (JupyterLab pads it), so "the end"
    # is where the last cell ends, not the scroll height.
    end, view = scroller.evaluate(END_JS)
    bottom = max(0, end - view)
    if os.environ.get("COURSE_SCREENSHOTS") == "all":
        step = max(1, int(view * 0.9))
        tops = list(range(0, bottom, step)) + [bottom]
    else:
        tops = sorted({round(bottom * k / 3) for k in range(4)})
    paths = []
    for n, top in enumerate(tops, start=1):
        scroller.evaluate("(e, top) => { e.scrollTop = top; }", top)
        page.wait_for_timeout(150)  # let the browser paint the new position
        path = SHOTS / (f"{name}.png" if n == 1 else f"{name}-{n}.png")
        page.screenshot(path=str(path))
        paths.append(path)
    return paths


def _run_and_check(page, lab, notebook: str, name: str, expected: int, min_charts: int,
                   shots: bool = True) -> dict[str, float]:
    """Open ``notebook`` (a path under the server root), run all cells, take the
    screenshots and check the page; returns the timings (seconds from page load)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    t0 = time.monotonic()
    timings: dict[str, float] = {}
    console_errors: list[str] = []
    page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
    page.goto(lab.url(notebook, reset=True))
    page.wait_for_selector(f"{PANEL} .jp-Notebook .jp-Cell")
    # The status bar says "Idle" only once the kernel is connected (the toolbar's
    # execution indicator claims idle too early, and Run All would do nothing).
    page.get_by_text("Python 3 (ipykernel) | Idle").wait_for()
    timings["kernel idle"] = time.monotonic() - t0

    page.locator(".lm-MenuBar-itemLabel:text-is('Run')").click()
    page.locator(".lm-Menu-itemLabel:text-is('Run All Cells')").click()
    page.wait_for_function(RUN_FINISHED_JS, arg=[PANEL, expected], timeout=RUN_TIMEOUT_MS, polling=250)
    page.get_by_text("Python 3 (ipykernel) | Idle").wait_for()
    timings["all cells ran"] = time.monotonic() - t0

    for js, sel in [(WIDGETS_DRAWN_JS, f"{PANEL} {WIDGET_VIEW}"), (IMAGES_LOADED_JS, f"{PANEL} :is({CHARTS})")]:
        try:
            page.wait_for_function(js, arg=sel, timeout=10_000)
        except PlaywrightTimeout:
            pass  # the checks below say what is missing
    if shots:
        n_shots = len(_screenshots(page, name))
        timings["screenshots"] = time.monotonic() - t0

    # No cell raised (tracebacks), and no stderr output speaks of an error.
    errors = page.locator(f"{PANEL} {STDERR}").all_inner_texts()
    bad = [e[:800] for e in errors if "Traceback" in e or "Error" in e]
    assert not bad, f"{name}: error output:\n" + "\n---\n".join(bad)
    traces = page.locator(f"{PANEL} .jp-OutputArea-output:has-text('Traceback')").all_inner_texts()
    assert not traces, f"{name}: traceback in an output:\n" + "\n---\n".join(t[:800] for t in traces)
    prompts = page.locator(f"{PANEL} .jp-CodeCell .jp-InputPrompt").all_inner_texts()
    numbered = [t for t in prompts if t.strip().startswith("[") and t.strip()[1:2].isdigit()]
    assert len(numbered) >= expected, f"{name}: only {len(numbered)} of {expected} code cells ran"
    # Every widget drew: none left as a placeholder or a "model not found" message.
    views = page.locator(f"{PANEL} {WIDGET_VIEW}")
    assert views.count() >= MIN_WIDGETS, f"{name}: no widget output"
    failed = page.locator(f"{PANEL} {WIDGET_VIEW}:has-text('Error displaying widget')")
    assert failed.count() == 0, f"{name}: {failed.first.inner_text()[:300]}"
    drawn = views.filter(has=page.locator(".jupyter-widgets"))
    assert drawn.count() == views.count(), f"{name}: {views.count() - drawn.count()} widget(s) not drawn"
    # Charts: loaded images of a readable size.
    charts = page.locator(f"{PANEL} :is({CHARTS})")
    assert charts.count() >= min_charts, f"{name}: {charts.count()} charts, expected at least {min_charts}"
    for i in range(charts.count()):
        box = charts.nth(i).bounding_box()
        assert box and box["width"] >= 300 and box["height"] >= 150, f"{name}: chart {i} is tiny: {box}"
    # No news or update toast hides the notebook, and no widget error in the console.
    assert page.locator(".jp-toast-button:has-text('No')").count() == 0
    widget_errors = [e for e in console_errors if "widget" in e.lower() and "error" in e.lower()]
    assert not widget_errors, widget_errors
    timings["checked"] = time.monotonic() - t0
    print(f"\n{name}: {expected} code cells, {views.count()} widgets, {charts.count()} charts"
          + (f", {n_shots} screenshots" if shots else "") + "; "
          + ", ".join(f"{k} {v:.1f} s" for k, v in timings.items())
          + (f"; console errors: {console_errors[:3]}" if console_errors else ""))
    return timings


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_in_jupyterlab(path: Path, notebooks_lab, module_browser) -> None:
    name = path.stem
    page = module_browser.new_page(viewport=VIEWPORT)
    page.set_default_timeout(STEP_TIMEOUT_MS)
    try:
        timings = _run_and_check(page, notebooks_lab, f"notebooks/{path.name}", name,
                                 expected=_code_cells_with_source(path), min_charts=MIN_CHARTS.get(name, 0))
    except Exception:
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}-failure.png"))
        raise
    finally:
        page.close()
        notebooks_lab.delete_sessions()  # the notebook's kernel: memory stays low for the next one
    assert not notebooks_lab.sessions(), f"{name}: a kernel session outlived its notebook"
    assert timings["checked"] < NOTEBOOK_BUDGET_S, timings


def test_a_broken_notebook_fails_the_checks(notebooks_lab, module_browser) -> None:
    """The checks above can fail: a notebook whose second cell raises is caught (Run All
    stops there, and the traceback is reported), though its widget draws."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(src) for src in (
        "import ipywidgets\nipywidgets.Button(description='a widget')",
        "1 / 0",
        "print('never reached')",
    )]
    nbformat.write(nb, notebooks_lab.root / "broken.ipynb")
    page = module_browser.new_page(viewport=VIEWPORT)
    page.set_default_timeout(STEP_TIMEOUT_MS)
    try:
        with pytest.raises(AssertionError, match="ZeroDivisionError"):
            _run_and_check(page, notebooks_lab, "broken.ipynb", "broken", expected=3, min_charts=0, shots=False)
        # The widget before the error did draw: the failure is the traceback, nothing else.
        assert page.locator(f"{PANEL} {WIDGET_VIEW} .jupyter-widgets").count() == 1
    finally:
        page.close()
        notebooks_lab.delete_sessions()
