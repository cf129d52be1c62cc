"""A real JupyterLab in a real (headless) Chromium: the widgets work for a student.

The ``lab`` fixture (tests/browser/conftest.py) starts JupyterLab on 127.0.0.1 (free
port, token, ``--allow-root`` when run as root, every Jupyter folder a throw-away one,
the news pop-up switched off) with ``tests/fixtures/widgets-demo.ipynb`` in an empty
temporary root, and the test opens it with Playwright. The test runs all cells, marks
two words of the span-select exercise, presses Check and reads the feedback, and
checks that no cell raised.
Screenshots go to ``build/screenshots/``.

Needs ``/usr/bin/chromium`` (Debian package ``chromium``; .ci/run installs it) and the
``playwright`` Python package (the ``test`` extra); Playwright's own browser download
is never used. Outside CI a missing piece skips the test with the reason; in CI
(``CI`` set) it fails instead.

Run only this test:  ./dev test -m browser -p no:cacheprovider
"""

from __future__ import annotations

import contextlib
import json
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "tests" / "fixtures" / "widgets-demo.ipynb"
SHOTS = ROOT / "build" / "screenshots"
#: The demo notebook's span-select exercise (its third code cell).
EXERCISE_ID = "hedging-01"
STEP_TIMEOUT_MS = 30_000


def _tokens_to_click() -> list[str]:
    """Titles of two token buttons: one word of the answer and one word that is not in it."""
    from course import exercises

    tokens = list(exercises.passage_tokens(EXERCISE_ID))
    ref = exercises.reference_answer(EXERCISE_ID)
    right: set[int] = set()
    if ref and all(isinstance(x, int) for x in ref):
        right = set(ref)
    else:
        passage = exercises.passage(EXERCISE_ID)
        for phrase in ref or []:
            at = passage.lower().find(str(phrase).lower())
            if at >= 0:
                right |= {t.index for t in tokens if at <= t.start < at + len(phrase)}
    words = [t for t in tokens if any(ch.isalpha() for ch in t.text)]
    good = next(t for t in words if t.index in right)
    bad = next(t for t in words if t.index not in right and t.text.lower() != good.text.lower())
    return [f"word {t.index + 1}: {t.text}" for t in (good, bad)]


@contextlib.contextmanager
def _closing(page, lab, failure_shot: str):
    """One test's page: a full-page screenshot (``build/screenshots/<failure_shot>``) when the
    test fails, and at the end the page closed and the lab's kernels shut down."""
    try:
        yield page
    except Exception:
        page.screenshot(path=str(SHOTS / failure_shot), full_page=True)
        raise
    finally:
        page.close()
        lab.delete_sessions()


def _write_notebook(path: Path, sources: list[str]) -> None:
    """A throw-away notebook of code cells for the Python 3 kernel."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(s) for s in sources]
    nbformat.write(nb, path)


def _open_and_run_all(lab, browser, name: str):
    """A new page with the notebook open, its kernel idle, and Run All Cells pressed."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(STEP_TIMEOUT_MS)
    page.goto(lab.url(name))
    page.get_by_text("Python 3 (ipykernel) | Idle").wait_for()
    page.locator(".lm-MenuBar-itemLabel:text-is('Run')").click()
    page.locator(".lm-Menu-itemLabel:text-is('Run All Cells')").click()
    return page


def test_widgets_work_in_jupyterlab(lab, browser) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    titles = _tokens_to_click()
    t0 = time.monotonic()
    timings: dict[str, float] = {}
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.set_default_timeout(STEP_TIMEOUT_MS)
    console_errors: list[str] = []
    page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
    try:
        with _closing(page, lab, "99-failure.png"):
            page.goto(lab.url(DEMO.name))
            page.wait_for_selector(".jp-Notebook .jp-Cell")
            # The status bar says "Idle" only once the kernel is connected (the toolbar's
            # execution indicator claims idle too early).
            page.get_by_text("Python 3 (ipykernel) | Idle").wait_for()
            timings["kernel idle"] = time.monotonic() - t0
            page.screenshot(path=str(SHOTS / "01-opened.png"))
            # the kit's lab configuration hides nbgrader's instructor panels from students
            # (jupyter-config/labconfig/page_config.json, used by ./dev lab and by this server)
            menus = page.locator(".lm-MenuBar-itemLabel").all_inner_texts()
            assert "Run" in menus and "Nbgrader" not in menus, menus
            assert page.get_by_text("Create Assignment").count() == 0

            page.locator(".lm-MenuBar-itemLabel:text-is('Run')").click()
            page.locator(".lm-Menu-itemLabel:text-is('Run All Cells')").click()
            tokens = page.locator("button.widget-toggle-button[title^='word ']")
            tokens.first.wait_for()
            # The explorer (last cell) renders too.
            page.locator(".widget-toggle-button:has-text('De-escalation')").first.wait_for()
            page.get_by_text("Python 3 (ipykernel) | Idle").wait_for()
            timings["all cells ran"] = time.monotonic() - t0
            # the explorer's list of marks stays inside its column (no sideways overflow)
            overflow = page.evaluate("""() => {
                const list = document.querySelector('.course-explorer .widget-select');
                const a = list.getBoundingClientRect(), b = list.parentElement.getBoundingClientRect();
                return a.right - (b.right - (parseFloat(getComputedStyle(list.parentElement).paddingRight) || 0));
            }""")
            assert overflow <= 0.5, f"the explorer's mark list overflows its column by {overflow:.1f} px"
            assert tokens.count() >= 5, "the span-select passage shows too few word buttons"

            exercise = page.locator(".jp-OutputArea-output").filter(has=tokens.first)
            exercise.scroll_into_view_if_needed()
            page.screenshot(path=str(SHOTS / "02-ran-all.png"))

            for title in titles:
                button = page.locator(f"button.widget-toggle-button[title={json.dumps(title)}]").first
                button.click()
                page.wait_for_function("b => b.classList.contains('mod-active')", arg=button.element_handle())
            page.get_by_text("Marked: ").first.wait_for()

            exercise.locator("button.jupyter-button:has-text('Check')").first.click()
            box = exercise.locator(".course-feedback")
            box.wait_for()
            timings["feedback shown"] = time.monotonic() - t0
            feedback = box.inner_text()
            assert EXERCISE_ID in feedback and "%" in feedback, feedback
            # The marked words are styled: one right (check icon) and one extra (times icon).
            assert exercise.locator("button.widget-toggle-button.mod-success").count() >= 1
            assert exercise.locator("button.widget-toggle-button.mod-danger").count() >= 1
            exercise.screenshot(path=str(SHOTS / "03-feedback.png"))
            page.screenshot(path=str(SHOTS / "04-page.png"), full_page=True)

            # No cell raised: no error output (tracebacks); stderr may hold harmless warnings.
            errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
            texts = [errors.nth(i).inner_text() for i in range(errors.count())]
            assert not [t for t in texts if "Traceback" in t or "Error:" in t], texts
            assert page.locator(".jp-OutputArea-output:has-text('Traceback')").count() == 0
            # No news or update toast hides the notebook.
            assert page.locator(".jp-toast-button:has-text('No')").count() == 0
            assert not [e for e in console_errors if "widget" in e.lower() and "error" in e.lower()], console_errors
    finally:
        print("browser timings (s from page load): " + ", ".join(f"{k} {v:.1f}" for k, v in timings.items()))
    assert timings["feedback shown"] < 90, timings


def _kit_notebook(path: Path) -> dict[str, str]:
    """A throw-away notebook with the compare, your-text, rank, rewrite and classify widgets."""
    from course import exercises

    ids = {kind: next(e["id"] for e in exercises.list_exercises() if e["type"] == kind)
           for kind in ("rank", "rewrite")}
    _write_notebook(path, [
        "import course",
        'course.compare("practice-kessa-strait-courier", "practice-kessa-strait-kitwire")',
        'course.your_text("Moscow may react, the minister said.\\n\\nThe navy threatened to strike.")',
        f'course.exercise("{ids["rank"]}")',
        f'course.exercise("{ids["rewrite"]}")',
        'course.exercise("together-08")',  # a classify panel with long labels (names)
    ])
    return ids


def test_kit_widgets_render_in_jupyterlab(lab, browser) -> None:
    """compare, your_text, rank and rewrite draw in a real browser (charts as images) and
    their buttons reach the kernel."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    ids = _kit_notebook(lab.root / "kit-widgets.ipynb")
    page = _open_and_run_all(lab, browser, "kit-widgets.ipynb")
    with _closing(page, lab, "98-kit-failure.png"):
        compare = page.locator(".course-compare").first
        compare.wait_for()
        assert compare.locator(".hl-text").count() == 2  # two highlighted texts
        assert compare.locator("img").count() == 1 and compare.locator("img").get_attribute("src")
        compare.locator("h3").first.scroll_into_view_if_needed()
        page.screenshot(path=str(SHOTS / "10-compare.png"))
        compare.locator(".course-compare-table").screenshot(path=str(SHOTS / "10-compare-table.png"))
        compare.locator("img").screenshot(path=str(SHOTS / "10-compare-chart.png"))

        own = page.locator(".course-your-text").first
        own.wait_for()
        own.locator("img").nth(1).wait_for()
        assert "Moscow may react" in own.locator("textarea").input_value()
        own.scroll_into_view_if_needed()
        own.screenshot(path=str(SHOTS / "11-your-text.png"))
        own.locator("textarea").fill("")
        own.locator("button.jupyter-button:has-text('Analyze')").click()
        own.locator(".course-error").wait_for()
        assert "The box is empty" in own.locator(".course-error").inner_text()
        own.scroll_into_view_if_needed()
        own.screenshot(path=str(SHOTS / "11-your-text-error.png"))

        rows = page.locator(".course-rank-row")
        rows.first.wait_for()
        assert 4 <= rows.count() <= 6
        first_before = rows.nth(0).inner_text()
        rows.nth(0).locator("button:has-text('Down')").click()
        page.wait_for_function(
            "([sel, t]) => document.querySelectorAll(sel)[1].innerText.includes(t)",
            arg=[".course-rank-row", first_before.strip().split("\n")[-1][:30]],
        )
        rank = page.locator(".jp-OutputArea-output").filter(has=rows.first)
        rank.locator("button.jupyter-button:has-text('Check order')").click()
        rank.locator(".course-feedback").wait_for()
        assert ids["rank"] in rank.locator(".course-feedback").inner_text()
        rank.screenshot(path=str(SHOTS / "12-rank.png"))

        rewrite = page.locator(".jp-OutputArea-output").filter(
            has=page.locator("button.jupyter-button:has-text('Check rewrite')"))
        box = rewrite.locator("textarea")
        original = box.input_value()
        assert original.strip()
        box.fill(original + " Officials said it may happen.")
        rewrite.locator("button.jupyter-button:has-text('Check rewrite')").click()
        rewrite.locator(".course-feedback").wait_for()
        rewrite.locator(".course-rewrite-seen").wait_for()
        rewrite.screenshot(path=str(SHOTS / "13-rewrite.png"))

        # the text boxes (your text, the rewrite) fit their output area: no sideways scrolling
        wide = page.evaluate("""() => [...document.querySelectorAll('.widget-textarea, .jupyter-widget-textarea')]
            .map(t => t.getBoundingClientRect().right - t.parentElement.getBoundingClientRect().right)""")
        assert wide and max(wide) <= 0.5, f"a text box sticks out of its panel by {max(wide):.1f} px"
        # a classify panel's menus are wide enough for their longest label ("Jonas Treml")
        classify = page.locator(".course-classify").first
        classify.wait_for()
        classify.scroll_into_view_if_needed()
        short = page.evaluate("""() => {
            const ctx = document.createElement('canvas').getContext('2d');
            return [...document.querySelectorAll('.course-classify select')].map(sel => {
                ctx.font = getComputedStyle(sel).font;
                const widest = Math.max(...[...sel.options].map(o => ctx.measureText(o.text).width));
                return sel.clientWidth - widest;
            });
        }""")
        # room beyond the text: the left padding (8 px) and the arrow (20 px) leave the longest
        # label no margin at all; rendered text a pixel wider than measured is then cut
        assert short and min(short) >= 34, f"a label menu leaves its longest label no room: {short}"
        classify.screenshot(path=str(SHOTS / "14-classify.png"))

        errors = page.locator(".jp-OutputArea-output:has-text('Traceback')")
        assert errors.count() == 0, [errors.nth(i).inner_text()[:500] for i in range(errors.count())]


#: The relative luminance contrast of an element's text against what is painted under it
#: (its own background and every translucent layer down to the first opaque one).
_CONTRAST_JS = """(sel) => {
    const parse = c => { const m = c.match(/[\\d.]+/g) || []; return m.length < 3 ? [0, 0, 0, 0]
        : [+m[0], +m[1], +m[2], m.length > 3 ? +m[3] : 1]; };
    const over = (top, bottom) => { const a = top[3] + bottom[3] * (1 - top[3]);
        return a === 0 ? [0, 0, 0, 0] : [0, 1, 2].map(i => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a).concat([a]); };
    const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]); };
    return [...document.querySelectorAll(sel)].map(el => {
        const layers = [];
        for (let e = el; e; e = e.parentElement) {
            const bg = parse(getComputedStyle(e).backgroundColor);
            if (bg[3] > 0) layers.push(bg);
            if (bg[3] >= 1) break;
        }
        let under = [255, 255, 255, 1];
        for (const l of layers.reverse()) under = over(l, under);
        const text = over(parse(getComputedStyle(el).color), under);
        const [hi, lo] = [lum(text), lum(under)].sort((x, y) => y - x);
        return (hi + 0.05) / (lo + 0.05);
    });
}"""


def test_feedback_hints_and_solutions_read_in_light_and_dark_themes(lab, browser) -> None:
    """Under JupyterLab Light and Dark the kit's boxes keep readable text (WCAG AA, 4.5:1): their
    tints are translucent and the text keeps the theme's colour."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    from course import exercises

    choice = next(e["id"] for e in exercises.list_exercises() if e["type"] == "multiple-choice" and not e["checkpoint"])
    wrong = next(i for i in range(len(exercises.get(choice).options)) if i != exercises.reference_answer(choice))
    _write_notebook(lab.root / "themes.ipynb", [
        "import course",
        f'course.check("{choice}", {wrong})',
        f'course.hint("{choice}")',
        f'course.solution("{choice}", confirm=True)',
        'course.highlight(course.load_article("lavrov-asymmetric-steps-2021"))',
    ])
    page = _open_and_run_all(lab, browser, "themes.ipynb")
    with _closing(page, lab, "97-dark-failure.png"):
        boxes = (".course-feedback", ".course-hint", ".course-solution", ".hl-text")
        for sel in boxes:
            page.locator(sel).first.wait_for()
        for theme, light in (("JupyterLab Light", "true"), ("JupyterLab Dark", "false")):
            page.locator(".lm-MenuBar-itemLabel:text-is('Settings')").click()
            page.locator(".lm-Menu-itemLabel:text-is('Theme')").hover()
            page.locator(f".lm-Menu-itemLabel:text-is('{theme}')").click()
            page.wait_for_function(f"() => document.body.dataset.jpThemeLight === '{light}'")
            page.wait_for_timeout(300)  # the theme's stylesheet applies
            page.locator(".course-feedback").first.scroll_into_view_if_needed()
            page.screenshot(path=str(SHOTS / f"15-theme-{'light' if light == 'true' else 'dark'}.png"))
            for sel in boxes:
                ratios = page.evaluate(_CONTRAST_JS, sel)
                assert ratios and min(ratios) >= 4.5, f"{sel}: text contrast {min(ratios):.2f}:1 in {theme}"
