"""The nbgrader checkpoint cells of the committed notebooks 02-05.

`course.classroom.notebook.mark_checkpoints` is the single source of these cells;
`python -m course classroom normalize-notebooks` writes them into the notebooks in the
student form, and `classroom init` writes the source form into nbgrader's `source/`.
Checked here: the committed notebooks are exactly what the normaliser writes, they hold
no grading markers and are what nbgrader releases from the source form, the cells follow
nbgrader's metadata schema v3 with the banks' points, the normaliser replaces the older
optional code forms and touches nothing else, and `--check` fails on a notebook that is
not normalised.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
from pathlib import Path

import nbformat
import pytest

from course import exercises as E
from course.classroom.notebook import (
    answer_cell_source,
    checkpoint_ids,
    mark_checkpoints,
    normalize_files,
    normalize_notebook,
    notebook_text,
    widget_exercise,
)
from course.classroom.scoring import variable_name

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("0[2-5]-*.ipynb"))
COMMAND = "python -m course classroom normalize-notebooks"


def _normalised(path: Path, form: str = "student"):
    nb = nbformat.read(path, as_version=4)
    normalize_notebook(nb, form=form)
    return nb


def _grade_id(cell) -> str:
    return cell.metadata.get("nbgrader", {}).get("grade_id", "")


def test_there_are_four_notebooks_with_checkpoints():
    assert [p.stem for p in NOTEBOOKS] == ["02-hedging", "03-attribution", "04-escalation", "05-putting-it-together"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_notebook_is_the_generated_copy(path):
    """Fails until the normaliser has been run on the committed notebooks (then stays green)."""
    committed = path.read_text(encoding="utf-8")
    generated = notebook_text(_normalised(path))
    assert generated == committed, (
        f"{path.relative_to(ROOT)} is not normalised: its checkpoint cells are not the ones "
        f"course.classroom.notebook.mark_checkpoints generates. Run `{COMMAND}` (idempotent; "
        "it rewrites only the checkpoint cells, outputs and stray metadata) and commit the result."
    )


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_kit_notebooks_are_what_nbgrader_releases_to_students(path):
    """Students working alone meet no grading markers: the committed checkpoint cells are
    nbgrader's student version of the source form that `classroom init` writes."""
    pytest.importorskip("nbgrader")
    from nbgrader.preprocessors import ClearHiddenTests, ClearSolutions

    committed = nbformat.read(path, as_version=4)
    text = "\n".join(c.source for c in committed.cells)
    for marker in ("### BEGIN SOLUTION", "### END SOLUTION", "### BEGIN HIDDEN TESTS", "course.classroom.score("):
        assert marker not in text, marker
    released = _normalised(path, "source")
    assert "### BEGIN HIDDEN TESTS" in "\n".join(c.source for c in released.cells)  # the comparison can fail
    released, _ = ClearSolutions(code_stub={"python": ""}).preprocess(released, {})  # as `init` configures it
    released, _ = ClearHiddenTests().preprocess(released, {})
    assert [(c.cell_type, c.source, c.metadata) for c in released.cells] == [
        (c.cell_type, c.source, c.metadata) for c in committed.cells]


def test_the_two_forms_turn_into_each_other_and_an_unknown_form_is_refused():
    from course.classroom.demo import fixture_notebook

    nb = fixture_notebook("02-hedging", ["hedging-12"])
    source = nbformat.writes(nb)
    assert "### BEGIN SOLUTION" in source and "### BEGIN HIDDEN TESTS" in source
    assert mark_checkpoints(nb, form="student") is True
    student = nbformat.writes(nb)
    sources = "\n".join(c.source for c in nb.cells)
    assert "BEGIN" not in sources and 'course.classroom.require_answer("hedging-12")' in sources
    assert mark_checkpoints(nb, form="student") is False and nbformat.writes(nb) == student  # idempotent
    assert mark_checkpoints(nb) is True and nbformat.writes(nb) == source  # back to the source form
    with pytest.raises(ValueError, match="form must be one of source, student"):
        mark_checkpoints(nb, form="release")
    with pytest.raises(ValueError, match="form must be one of"):
        answer_cell_source("hedging-12", "Student")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_checkpoint_cells_follow_nbgrader_schema_v3(path):
    nb = _normalised(path, "source")
    banked = [e["id"] for e in E.list_exercises(notebook=path.stem) if e["checkpoint"]]
    assert checkpoint_ids(nb) == banked and 2 <= len(banked) <= 4
    graded = [c for c in nb.cells if "nbgrader" in c.metadata]
    ids = [_grade_id(c) for c in graded]
    assert ids == [f"{x}-{part}" for x in banked for part in ("answer", "test")]
    assert len(set(ids)) == len(ids)  # grade_id unique
    for k, cell in enumerate(nb.cells):
        if widget_exercise(cell.source) in banked:  # widget, answer, test in a row
            x = widget_exercise(cell.source)
            assert [_grade_id(c) for c in nb.cells[k + 1 : k + 3]] == [f"{x}-answer", f"{x}-test"]
    for cell in graded:
        m = cell.metadata["nbgrader"]
        assert cell.cell_type == "code" and set(cell.metadata) == {"nbgrader"}
        assert m["schema_version"] == 3
        assert set(m) <= {"schema_version", "grade", "solution", "locked", "points", "grade_id"}
        assert re.fullmatch(r"[a-zA-Z0-9_\-]+", m["grade_id"])
        x = m["grade_id"].rsplit("-", 1)[0]
        if m["grade_id"].endswith("-answer"):
            assert (m["grade"], m["solution"], m["locked"]) == (False, True, False) and "points" not in m
            assert cell.source == answer_cell_source(x)
            assert f"{variable_name(x)} = None" in cell.source
        else:
            assert (m["grade"], m["solution"], m["locked"]) == (True, False, True)  # locked test cell
            assert m["points"] == E.get(x).points and m["points"] > 0
            visible, hidden = cell.source.split("### BEGIN HIDDEN TESTS\n")  # hidden tests present
            assert hidden.endswith("### END HIDDEN TESTS")
            assert "course.classroom.score(" not in visible
            last = hidden.splitlines()[-2]
            assert last == f'course.classroom.score("{x}", points={E.get(x).points:g})'  # the last expression
            code = [ln for ln in cell.source.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
            assert not any(re.fullmatch(r"\s*(True|False)\s*", ln) for ln in code)  # no bare boolean


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_nbgrader_accepts_the_metadata(path):
    pytest.importorskip("nbgrader")
    from nbgrader.nbgraderformat import MetadataValidator

    for form in ("student", "source"):
        MetadataValidator().validate_nb(_normalised(path, form))  # raises on a schema error or duplicate grade_id


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_normaliser_replaces_the_old_code_forms_and_touches_nothing_else(path):
    original = nbformat.read(path, as_version=4)
    nb = copy.deepcopy(original)
    normalize_notebook(nb)
    banked = checkpoint_ids(nb)
    # no code cell still checks a checkpoint outside the generated answer cells, and no "Optional: for
    # coders" line is left in a checkpoint's cells (up to the next widget or heading)
    for cell in nb.cells:
        for x in banked:
            if f'course.check("{x}"' in cell.source:
                assert _grade_id(cell) == f"{x}-answer", cell.source
    for w, cell in enumerate(nb.cells):
        if widget_exercise(cell.source) not in banked:
            continue
        for c in nb.cells[w + 1 :]:
            if widget_exercise(c.source) or c.source.lstrip().startswith("#") and c.cell_type == "markdown":
                break
            if c.cell_type == "markdown":
                assert not re.match(r"\s*\*?\s*optional\b[^\n]*coders", c.source, re.IGNORECASE), c.source
    # every other cell is kept, in order, with its source
    generated = {f"{x}-{p}" for x in banked for p in ("answer", "test")}
    kept = [c for c in nb.cells if _grade_id(c) not in generated]
    kept_ids = [c.get("id") for c in kept]
    orig_ids = [c.get("id") for c in original.cells]
    assert kept_ids == [i for i in orig_ids if i in set(kept_ids)]
    by_id = {c.get("id"): c for c in original.cells}
    for c in kept:
        assert c.source == "".join(by_id[c.get("id")].source)
    removed = [c for c in original.cells if c.get("id") not in set(kept_ids) and _grade_id(c) not in generated]
    for c in removed:  # only older code forms of checkpoints and their "Optional: for coders" lines
        src = "".join(c.source)
        assert (c.cell_type == "code" and re.search(r'course\.check\("([a-z]+-\d\d)"', src).group(1) in banked) or (
            c.cell_type == "markdown" and "optional" in src.lower() and "coders" in src.lower()), src
    # the setup cell keeps its metadata; a second run changes nothing
    setup = next(c for c in nb.cells if "setup" in c.metadata.get("tags", []))
    assert setup.metadata == next(c for c in original.cells if c.get("id") == setup.get("id")).metadata
    text = notebook_text(nb)
    assert normalize_notebook(nb) == [] and notebook_text(nb) == text
    assert mark_checkpoints(nb, form="student") is False
    nbformat.validate(nb)


def test_normalise_command_and_check_on_copies(tmp_path):
    from course.cli import main

    for p in NOTEBOOKS:
        shutil.copy(p, tmp_path / p.name)
    copies = sorted(tmp_path.glob("*.ipynb"))
    nb = nbformat.read(copies[0], as_version=4)
    nb.cells[3].outputs = [nbformat.v4.new_output("stream", text="hi")] if nb.cells[3].cell_type == "code" else []
    nb.metadata["widgets"] = {"state": {}}
    nbformat.write(nb, copies[0])
    assert main(["classroom", "normalize-notebooks", "--check", *map(str, copies)]) == 1
    assert normalize_files(copies, check=True)  # --check writes nothing
    assert main(["classroom", "normalize-notebooks", *map(str, copies)]) == 0
    assert normalize_files(copies, check=True) == {}
    assert main(["classroom", "normalize-notebooks", "--check", *map(str, copies)]) == 0
    data = json.loads(copies[0].read_text(encoding="utf-8"))
    assert set(data["metadata"]) == {"kernelspec", "language_info"}
    assert all(c.get("outputs", []) == [] for c in data["cells"])
    before = [p.read_bytes() for p in copies]
    normalize_files(copies)  # idempotent
    assert [p.read_bytes() for p in copies] == before


def test_an_unreadable_notebook_is_reported_and_the_others_are_normalised(tmp_path, capsys):
    from course.cli import main
    from course.errors import CourseError

    good = tmp_path / NOTEBOOKS[0].name
    shutil.copy(NOTEBOOKS[0], good)
    nb = nbformat.read(good, as_version=4)
    nb.metadata["widgets"] = {"state": {}}
    nbformat.write(nb, good)
    broken = tmp_path / "broken.ipynb"
    broken.write_text(NOTEBOOKS[0].read_text(encoding="utf-8")[:300], encoding="utf-8")  # truncated JSON
    before = broken.read_bytes()
    args = ["classroom", "normalize-notebooks", str(broken), str(good), str(tmp_path / "missing.ipynb")]
    assert main(args) == 1
    out = capsys.readouterr().out
    assert f"{broken}: SKIPPED: not a readable notebook (NotJSONError" in out
    assert f"{tmp_path / 'missing.ipynb'}: SKIPPED: no such file" in out
    assert f"{good}: normalised" in out and "2 file(s) could not be normalised" in out
    assert "widgets" not in json.loads(good.read_text(encoding="utf-8"))["metadata"]
    assert broken.read_bytes() == before  # left as it was
    assert main(["classroom", "normalize-notebooks", "--check", str(broken), str(good)]) == 1
    assert "could not be checked" in capsys.readouterr().out
    with pytest.raises(CourseError, match="not a readable notebook"):
        normalize_files([broken])


def test_a_markdown_line_about_another_exercise_and_other_check_cells_are_kept():
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    nb = new_notebook(cells=[
        new_code_cell('import course\ncourse.start("02-hedging")'),
        new_code_cell('course.exercise("hedging-12")'),
        new_markdown_cell("*Optional: for coders* — compare with hedging-01 first."),
        new_code_cell('course.check("hedging-12", ["about"])'),
        new_code_cell('course.check("hedging-01", ["could"])'),
        new_markdown_cell("## Summary"),
        new_code_cell('course.check("hedging-12", [])'),  # after a heading: not the checkpoint's code form
    ])  # fmt: skip
    assert mark_checkpoints(nb) is True
    srcs = [c.source for c in nb.cells]
    assert 'course.check("hedging-12", ["about"])' not in srcs
    assert "*Optional: for coders* — compare with hedging-01 first." in srcs
    assert 'course.check("hedging-01", ["could"])' in srcs and 'course.check("hedging-12", [])' in srcs
    assert [_grade_id(c) for c in nb.cells[2:4]] == ["hedging-12-answer", "hedging-12-test"]
