"""The course notebooks: clean in git, every exercise id real and used, and every
notebook runs top to bottom in a real kernel with no error and no stderr output.

Execution uses nbclient with the same Python as the tests. Each notebook runs in a
throw-away copy of ``notebooks/`` so answers files and progress never touch the
repository or the user's home (``COURSE_PROGRESS`` and ``COURSE_ANSWERS_DIR`` point
at temporary paths).
"""

from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path

import pytest

from course.exercises import NOTEBOOKS as KIT_NOTEBOOKS

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
# course.exercise("hedging-03"), course.check("hedging-03", ...), hint, solution ...
EXERCISE_CALL = re.compile(r"course\.(?:exercise|check|hint|solution|reference_answer)\(\s*[\"']([a-z0-9-]+)[\"']")
ALLOWED_METADATA = {"kernelspec", "language_info"}


def _cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def _source(cell: dict) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else src


def test_the_seven_notebooks_exist():
    assert len(KIT_NOTEBOOKS) == 7
    assert [p.stem for p in NOTEBOOKS] == list(KIT_NOTEBOOKS)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_committed_clean(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [], f"{path.name}: outputs present (run ./dev clean)"
            assert cell.get("execution_count") is None, f"{path.name}: execution count (run ./dev clean)"
    assert set(nb.get("metadata", {})) <= ALLOWED_METADATA, sorted(nb["metadata"])


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_opens_and_closes_the_course_way(path):
    cells = _cells(path)
    first = _source(cells[0])
    assert cells[0]["cell_type"] == "markdown" and first.startswith("# ")
    for heading in ("Learning objectives", "Time", "What you need", "How checking works"):
        assert heading.lower() in first.lower(), f"{path.name}: opening cell lacks '{heading}'"
    text = "\n".join(_source(c) for c in cells if c["cell_type"] == "markdown").lower()
    assert "## summary" in text and "## what comes next" in text
    code = "\n".join(_source(c) for c in cells if c["cell_type"] == "code")
    assert "!pip" not in code and "%pip" not in code and "../" not in code
    assert f'course.start("{path.stem}")' in code


def test_exercise_ids_in_notebooks_exist_and_every_banked_exercise_is_used():
    import course

    banked = {e["id"] for e in course.list_exercises()}
    used: dict[str, str] = {}
    for path in NOTEBOOKS:
        for cell in _cells(path):
            if cell["cell_type"] == "code":
                for ex_id in EXERCISE_CALL.findall(_source(cell)):
                    used.setdefault(ex_id, path.stem)
    unknown = sorted(set(used) - banked)
    assert not unknown, f"ids used in notebooks but not in any bank: {unknown}"
    unused = sorted(banked - set(used))
    assert not unused, f"banked exercises no notebook uses: {unused}"
    for ex in course.list_exercises():
        assert used[ex["id"]] == ex["notebook"], (ex["id"], used[ex["id"]], ex["notebook"])


#: Exercises whose answer the notebook's prose or tables give: the exercise must come first.
#: (notebook, exercise, a phrase of the cell that gives the answer away)
ANSWER_AFTER_EXERCISE = [
    ("03-attribution", "attribution-02", "**pledged** (commissive-directive)"),
    ("03-attribution", "attribution-02", "verb_class_chart("),
    ("03-attribution", "attribution-05", "The gold marks **2 such sentences**"),
    ("03-attribution", "attribution-05", 'course.explore("lavrov-asymmetric-steps-2021", lenses=["attribution"])'),
    ("04-escalation", "escalation-13", "The article ends where its tension peaks."),
    ("05-putting-it-together", "together-03", "**But the writer adds 7 of their own.**"),
    ("02-hedging", "hedging-10", "the five boosters divide like this"),
    ("02-hedging", "hedging-10", 'course.explore("lavrov-asymmetric-steps-2021", lenses=["boosting"])'),
    ("02-hedging", "hedging-01", 'course.highlight(course.load_article("practice-ceasefire-talks-geneva")'),
    ("02-hedging", "hedging-08", "The gold marks **exactly one hedge**"),
    ("01-the-article", "article-09", 'course.highlight(gold, lenses=["attribution"])'),
    ("01-the-article", "article-09", "course.tables.unattributed_table(gold)"),
    ("05-putting-it-together", "together-03", "course.tables.unattributed_table(gold)"),
]


@pytest.mark.parametrize("notebook, exercise_id, phrase", ANSWER_AFTER_EXERCISE)
def test_an_exercise_comes_before_the_cell_that_answers_it(notebook, exercise_id, phrase):
    cells = json.loads((ROOT / "notebooks" / f"{notebook}.ipynb").read_text(encoding="utf-8"))["cells"]
    sources = ["".join(c["source"]) for c in cells]
    asked = [k for k, s in enumerate(sources) if f'course.exercise("{exercise_id}")' in s]
    told = [k for k, s in enumerate(sources) if phrase in s]
    assert len(asked) == 1 and told, (asked, told)
    assert asked[0] < min(told), f"{notebook}: cell {min(told)} gives {exercise_id}'s answer before the exercise (cell {asked[0]})"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_notebook_sends_students_to_a_file_they_cannot_open(path):
    """JupyterLab opens at notebooks/: the kit's data files are reached through course.*
    (course.guide() for the annotation guide), never by a path."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    prose = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    assert not re.findall(r"`(?:\.\./)?(?:datasets|docs|benchmarks|course)/[^`]*`", prose)


def test_the_attribution_table_before_the_verb_exercise_shows_no_verb_class():
    cells = json.loads((ROOT / "notebooks" / "03-attribution.ipynb").read_text(encoding="utf-8"))["cells"]
    sources = ["".join(c["source"]) for c in cells]
    exercise = next(k for k, s in enumerate(sources) if 'course.exercise("attribution-02")' in s)
    for s in sources[:exercise]:
        if "attribution_table(" in s:
            assert '"verb_class"' not in s and re.search(r"attribution_table\(analysis, \[", s), s


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_each_lens_notebook_has_six_exercises_mixing_types(path):
    import course

    exercises = course.list_exercises(notebook=path.stem)
    assert len(exercises) >= 6, (path.stem, len(exercises))
    types = {e["type"] for e in exercises}
    assert len(types) >= 3, (path.stem, types)
    if path.stem in ("02-hedging", "03-attribution", "04-escalation"):
        assert "span-select" in types


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_top_to_bottom(path, tmp_path, monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    work = tmp_path / "notebooks"
    shutil.copytree(ROOT / "notebooks", work)
    monkeypatch.setenv("COURSE_PROGRESS", str(tmp_path / "progress.json"))
    monkeypatch.setenv("COURSE_ANSWERS_DIR", str(tmp_path / "answers"))
    nb = nbformat.read(work / path.name, as_version=4)
    client = NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(work)}},
        allow_errors=False,
    )
    start = time.perf_counter()
    client.execute()
    took = time.perf_counter() - start
    problems = []
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                problems.append(f"cell {i}: {out.get('ename')}: {out.get('evalue')}")
            if out.get("output_type") == "stream" and out.get("name") == "stderr":
                problems.append(f"cell {i}: stderr: {out.get('text', '')[:200]}")
    assert not problems, "\n".join(problems)
    print(f"{path.name}: {took:.1f} s")


def test_broken_notebook_is_detected(tmp_path):
    """The runner above really fails on an error: a notebook that raises must not pass."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("1 / 0")]
    with pytest.raises(CellExecutionError):
        NotebookClient(nb, timeout=60, kernel_name="python3").execute()


def test_a_course_error_shows_one_sentence_not_a_traceback(tmp_path, monkeypatch):
    """A typo in a notebook ("start-99", "lavrov") reads as the kit's message alone in a real
    kernel; any other error keeps its full traceback."""
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("COURSE_PROGRESS", str(tmp_path / "progress.json"))
    monkeypatch.setenv("COURSE_ANSWERS_DIR", str(tmp_path / "answers"))
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(src) for src in (
        "import course\ncourse.exercise('start-99')",
        "course.load_article('lavrov')",
        "1 / 0",
    )]
    NotebookClient(nb, timeout=60, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    tracebacks = [[re.sub(r"\x1b\[[0-9;]*m", "", line) for line in cell.outputs[-1]["traceback"]] for cell in nb.cells]
    assert tracebacks[0] == ["CourseError: There is no exercise 'start-99'. Did you mean: start-07, start-06, start-05?"]
    assert tracebacks[1] == ["DatasetError: No article called 'lavrov'. Did you mean 'lavrov-asymmetric-steps-2021'? "
                             "See course.list_articles() for all names."]
    assert len(tracebacks[2]) > 1 and "ZeroDivisionError" in tracebacks[2][-1]


def test_the_verb_class_table_before_the_sorting_exercise_names_none_of_its_verbs():
    """attribution-02 asks for the classes of the seed's verbs: the table that teaches the classes
    shows other verbs, so the exercise is not a look-up."""
    from course import exercises

    cells = json.loads((ROOT / "notebooks" / "03-attribution.ipynb").read_text(encoding="utf-8"))["cells"]
    table = next("".join(c["source"]) for c in cells if "".join(c["source"]).startswith("## 5 · Reporting verbs"))
    rows = [ln for ln in table.splitlines() if ln.startswith("| **")]
    assert len(rows) == 5
    examples = {w.strip().lower() for ln in rows for w in ln.split("|")[3].split(",")}
    items = {i.lower() for i in exercises.get("attribution-02").items}
    assert not examples & items, examples & items
