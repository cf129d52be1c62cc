"""Classroom grading, without nbgrader: checkpoint scores, the answer key, answers
files (good, missing, damaged, wrong form), the checkpoint cells and the class view.

The end-to-end run with the real nbgrader CLI is in tests/test_classroom_e2e.py.
"""

from __future__ import annotations

import io
import json
import re
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import nbformat
import pytest

import course
from course import exercises as E
from course.classroom import answered, class_view, score
from course.classroom.classview import agreement
from course.classroom.notebook import answer_cell_source, mark_checkpoints, check_cell_source, widget_exercise
from course.classroom.scoring import grade_checkpoint, read_answers_file, saved_answer, variable_name
from course.errors import CourseError
from course.grading import grade

CHECKPOINTS = [e["id"] for e in course.list_exercises() if e["checkpoint"]]
SPAN = next(i for i in CHECKPOINTS if E.get(i).type == "span-select")
CHOICE = next(i for i in CHECKPOINTS if E.get(i).type == "multiple-choice")


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSE_PROGRESS", str(tmp_path / "progress.json"))
    monkeypatch.setenv("COURSE_ANSWERS_DIR", str(tmp_path / "answers-dir"))
    monkeypatch.delenv("COURSE_ANSWER_KEY", raising=False)
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    E.reset_session()


def write_answers(folder: Path, notebook: str, answers: dict, name: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or f"{notebook}.kit-answers.json")
    data = {"notebook": notebook, "answers": {k: {"answer": v, "score": None, "time": "t"} for k, v in answers.items()}}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def wrong_choice(ex_id: str) -> int:
    return next(i for i, o in enumerate(E.keyed(E.get(ex_id)).options) if not o.get("correct"))


def wrong_answer(ex_id: str):
    """A non-empty answer that does not score full marks."""
    ex, key = E.keyed(E.get(ex_id)), E.key_answer(ex_id)
    if ex.type == "span-select":
        return [next(t.text for t in E.passage_tokens(ex_id) if t.text.isalpha() and t.text not in " ".join(key))]
    if ex.type == "multiple-choice":
        return wrong_choice(ex_id)
    if ex.type == "multiple-select":
        return [wrong_choice(ex_id)]
    if ex.type == "classify":
        first = ex.items[0]
        return {first: next(label for label in ex.labels if label != key[first])}
    if ex.type == "numeric":
        return float(key) + 1000
    if ex.type == "rank":
        return list(reversed(key))
    raise AssertionError(f"no wrong answer for type {ex.type}")


# --------------------------------------------------------------------- the checkpoints are kept from students


def test_there_are_checkpoints_of_the_types_the_class_view_and_tests_need():
    assert len(CHECKPOINTS) >= 6
    assert E.get(SPAN).type == "span-select" and E.get(CHOICE).type == "multiple-choice"


@pytest.mark.parametrize("ex_id", CHECKPOINTS)
def test_solution_and_reference_answer_refuse_politely_for_checkpoints(ex_id):
    sol = course.solution(ex_id, confirm=True)
    assert not sol.available and sol.answer is None
    assert str(sol) == E.checkpoint_message(ex_id) and "teacher releases its answer" in str(sol)
    assert f"course.solution({ex_id!r}, working_alone=True)" in str(sol)  # the way out for self-learners
    with pytest.raises(CourseError, match="graded checkpoint"):
        course.reference_answer(ex_id)
    # working alone: the public key's answer and explanation, never a private key's
    alone = course.solution(ex_id, working_alone=True)
    public = E.keyed(E.get(ex_id), E.public_key())
    assert alone.available and alone.answer == E.reference_answer_of(public) and alone.explanation == public.explanation
    # ... but the key grades them, for the self-paced check and for the class
    fb = course.check(ex_id, E.key_answer(ex_id))
    assert fb.score == 1.0 and not fb.solution_available


def test_non_checkpoints_still_have_their_solution():
    assert course.solution("hedging-01", confirm=True).available
    assert course.reference_answer("hedging-01")


def test_a_wrong_checkpoint_answer_gets_a_hint_without_the_key():
    fb = course.check(CHOICE, wrong_choice(CHOICE))
    assert fb.score == 0.0 and fb.message
    for o in E.keyed(E.get(CHOICE)).options:
        if o.get("correct"):
            assert o["text"] not in fb.message


# --------------------------------------------------------------------- the private key


def private_key(tmp_path: Path, ex_id: str, correct: int) -> Path:
    n = len(E.get(ex_id).options)
    opts = ", ".join("{correct = %s}" % ("true" if i == correct else "false") for i in range(n))
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "private-key.toml"
    path.write_text(f'[{ex_id}]\noptions = [{opts}]\nexplanation = "Private."\n', encoding="utf-8")
    return path


def test_a_private_key_replaces_the_public_one(tmp_path, monkeypatch):
    other = wrong_choice(CHOICE)
    key = private_key(tmp_path, CHOICE, other)
    folder = tmp_path / "sub"
    assert score(CHOICE, answer=other, folder=folder, quiet=True) == 0.0
    assert score(CHOICE, answer=E.key_answer(CHOICE), folder=folder, quiet=True) == float(E.get(CHOICE).points)
    monkeypatch.setenv("COURSE_ANSWER_KEY", str(key))
    assert score(CHOICE, answer=other, folder=folder, quiet=True) == float(E.get(CHOICE).points)
    assert score(CHOICE, answer=E.key_answer(CHOICE, key=E.public_key_path()) if E.public_key_path().exists()
                 else E.reference_answer_of(E.get(CHOICE)), folder=folder, quiet=True) == 0.0  # fmt: skip
    assert E.key_answer(CHOICE) == other  # the env key is the key now
    assert E.key_answer(CHOICE, key=key) == other
    alone = course.solution(CHOICE, working_alone=True)  # a student working alone never sees the private key
    assert alone.answer != other and "Private." not in str(alone)


def test_a_broken_private_key_is_refused_not_silently_used(tmp_path):
    from course.classroom.coursedir import validate_key

    bad = tmp_path / "bad.toml"
    bad.write_text("[hedging-12\nanswer = 1", encoding="utf-8")
    with pytest.raises(CourseError, match="cannot be read"):
        E.load_answer_key(bad)
    unknown = tmp_path / "unknown.toml"
    unknown.write_text('[nosuch-99]\nanswer = 1\n', encoding="utf-8")
    with pytest.raises(CourseError, match="unknown exercise"):
        validate_key(unknown)
    misfit = tmp_path / "misfit.toml"
    misfit.write_text(f'[{SPAN}]\nanswer = ["zzzz-not-in-the-passage"]\n', encoding="utf-8")
    with pytest.raises(CourseError, match="does not fit"):
        validate_key(misfit)
    with pytest.raises(CourseError, match="does not exist"):
        E.load_answer_key(tmp_path / "missing.toml")
    validate_key(private_key(tmp_path, CHOICE, 0))  # a good one passes


# --------------------------------------------------------------------- score() and the answers file


@pytest.mark.parametrize("ex_id", CHECKPOINTS)
def test_score_equals_check_times_points(ex_id, tmp_path):
    ex = E.get(ex_id)
    folder = tmp_path / "sub"
    key = E.key_answer(ex_id)
    write_answers(folder, ex.notebook, {ex_id: key})
    assert score(ex_id, folder=folder, quiet=True) == float(ex.points)
    wrong = wrong_answer(ex_id)
    expected = round(grade(E.keyed(ex), wrong).score * ex.points, 2)
    assert score(ex_id, answer=wrong, folder=folder, quiet=True) == expected < ex.points


def test_score_prefers_the_code_answer_then_the_notebook_variable_then_the_file(tmp_path):
    ex = E.get(CHOICE)
    folder = tmp_path / "sub"
    right, wrong = E.key_answer(CHOICE), wrong_choice(CHOICE)
    write_answers(folder, ex.notebook, {CHOICE: wrong})
    assert score(CHOICE, folder=folder, quiet=True) == 0.0  # from the file
    assert score(CHOICE, answer=right, folder=folder, quiet=True) == ex.points  # explicit
    ns = {"score": score, "folder": folder, variable_name(CHOICE): right}
    exec(f"result = score({CHOICE!r}, folder=folder, quiet=True)", ns)  # as a notebook cell does
    assert ns["result"] == ex.points
    ns[variable_name(CHOICE)] = None  # None: back to the file
    exec(f"result = score({CHOICE!r}, folder=folder, quiet=True)", ns)
    assert ns["result"] == 0.0


def test_partial_credit_is_a_float_between_zero_and_the_points(tmp_path):
    ex = E.get(SPAN)
    half = E.key_answer(SPAN)[:1]
    s = score(SPAN, answer=half, folder=tmp_path, quiet=True)
    assert type(s) is float and 0.0 < s < ex.points
    assert s == round(course.check(SPAN, half).score * ex.points, 2)


@pytest.mark.parametrize("content, problem", [
    (None, "missing"),
    ("{not json", "not valid JSON (damaged)"),
    ("\xff\xfe garbage", "not valid JSON (damaged)"),
    ('["a list"]', 'wrong structure (no "answers" table)'),
    ('{"answers": "nope"}', 'wrong structure (no "answers" table)'),
])  # fmt: skip
def test_bad_answers_files_give_zero_and_a_note_never_an_error(tmp_path, content, problem):
    ex = E.get(SPAN)
    path = tmp_path / f"{ex.notebook}.kit-answers.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert read_answers_file(path).problem == problem
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        value = score(SPAN, folder=tmp_path)
    assert value == 0.0 and type(value) is float
    assert err.getvalue() == ""  # nbgrader gives 0 to any cell that writes to stderr
    assert f"Checkpoint {SPAN}: 0 / " in out.getvalue() and "no answer" in out.getvalue()
    assert not answered(SPAN, folder=tmp_path)


def test_wrong_form_and_entries_without_answer(tmp_path):
    ex = E.get(SPAN)
    write_answers(tmp_path, ex.notebook, {SPAN: {"not": "a list"}})
    out = io.StringIO()
    with redirect_stdout(out):
        assert score(SPAN, folder=tmp_path) == 0.0
    assert "wrong form" in out.getvalue()
    (tmp_path / f"{ex.notebook}.kit-answers.json").write_text(json.dumps({"answers": {SPAN: {"score": 1}}}))
    af = read_answers_file(tmp_path / f"{ex.notebook}.kit-answers.json")
    assert af.answers == {} and SPAN in af.problem


def test_an_answers_file_under_another_name_is_still_found(tmp_path):
    ex = E.get(CHOICE)
    write_answers(tmp_path, "scratch", {CHOICE: E.key_answer(CHOICE)})  # course.start() was not run
    answer, source = saved_answer(CHOICE, ex.notebook, tmp_path)
    assert answer == E.key_answer(CHOICE) and source == "scratch.kit-answers.json"
    assert score(CHOICE, folder=tmp_path, quiet=True) == ex.points


def test_score_never_raises_and_never_writes_stderr(tmp_path):
    err = io.StringIO()
    with redirect_stderr(err), redirect_stdout(io.StringIO()) as out:
        assert score("no-such-99", folder=tmp_path) == 0.0
        assert score(SPAN, answer=object(), folder=tmp_path) == 0.0
    assert err.getvalue() == "" and "could not be graded" in out.getvalue()


def test_grading_reruns_do_not_overwrite_the_answers_file(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSE_ANSWERS_DIR", str(tmp_path))
    course.start(E.get(CHOICE).notebook)
    try:
        course.check(CHOICE, E.key_answer(CHOICE))
        path = tmp_path / f"{E.get(CHOICE).notebook}.kit-answers.json"
        before = path.read_text()
        monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
        course.check(CHOICE, wrong_choice(CHOICE))  # a starter cell re-run by the grader
        assert path.read_text() == before
    finally:
        course.start("scratch")


def test_grade_checkpoint_reports_the_source(tmp_path):
    ex = E.get(CHOICE)
    r = grade_checkpoint(CHOICE, folder=tmp_path)
    assert (r.points, r.source) == (0.0, "none") and "no answers file" in r.note
    assert r.note.count("(") == 0  # one plain phrase, no parentheses inside parentheses
    write_answers(tmp_path, ex.notebook, {CHOICE: E.key_answer(CHOICE)})
    r = grade_checkpoint(CHOICE, folder=tmp_path, points=3)
    assert (r.points, r.max_points) == (3.0, 3.0)
    assert r.source == f"your best answer saved in {ex.notebook}.kit-answers.json"
    assert grade_checkpoint(CHOICE, E.key_answer(CHOICE), folder=tmp_path).source == "your answer in code"


# --------------------------------------------------------------------- the checkpoint cells


def test_mark_checkpoints_writes_valid_nbgrader_cells_and_is_idempotent():
    from course.classroom.demo import fixture_notebook

    nb = fixture_notebook("02-hedging", [SPAN, CHOICE, "hedging-01"])  # hedging-01 is not a checkpoint
    nbformat.validate(nb)
    meta = [(c.metadata["nbgrader"]["grade_id"], c.metadata["nbgrader"]) for c in nb.cells if "nbgrader" in c.metadata]
    assert [g for g, _ in meta] == [f"{SPAN}-answer", f"{SPAN}-test", f"{CHOICE}-answer", f"{CHOICE}-test"]
    for gid, m in meta:
        assert m["schema_version"] == 3 and set(m) <= {"schema_version", "grade", "solution", "locked", "points", "grade_id"}
        if gid.endswith("-answer"):
            assert (m["grade"], m["solution"], m["locked"]) == (False, True, False)
        else:
            assert (m["grade"], m["solution"], m["locked"]) == (True, False, True)
            assert m["points"] == E.get(gid[: -len("-test")]).points
    before = nbformat.writes(nb)
    assert mark_checkpoints(nb) is False and nbformat.writes(nb) == before
    # a tampered test cell and a moved answer cell are put back
    test_cell = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == f"{SPAN}-test")
    test_cell.source = "pass"
    ans = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == f"{CHOICE}-answer")
    nb.cells.remove(ans)
    nb.cells.append(ans)
    assert mark_checkpoints(nb) is True

    def shape(n):
        return [(c.cell_type, c.source, c.metadata.get("nbgrader")) for c in n.cells]

    assert shape(nb) == shape(nbformat.reads(before, as_version=4))


def test_checkpoint_cell_sources():
    src = check_cell_source(SPAN, 2)
    visible, hidden = src.split("### BEGIN HIDDEN TESTS")
    assert "course.classroom.score(" not in visible and f'course.classroom.require_answer("{SPAN}")' in visible
    last = hidden.strip().splitlines()[-2]
    assert last == f'course.classroom.score("{SPAN}", points=2)'  # the last value: a float, never a bool
    answer = answer_cell_source(SPAN).splitlines()
    assert f"{variable_name(SPAN)} = None" in answer
    assert answer.index(f"{variable_name(SPAN)} = None") < answer.index("### BEGIN SOLUTION") < answer.index("### END SOLUTION")
    assert answer[0].startswith("# Optional, for coders:") and E.TYPES["span-select"] in "\n".join(answer)
    assert answer[-1] == f'course.check("{SPAN}", {variable_name(SPAN)}) if {variable_name(SPAN)} is not None else None'
    assert widget_exercise(f'course.exercise("{SPAN}")') == SPAN
    assert widget_exercise(f'course.check("{SPAN}", x)') is None


def _run_cells(folder: Path, answer_value=None) -> dict:
    """Run the answer cell and the test cell's code as the kernel would; returns the namespace
    with the test cell's last value under ``result`` (None when the visible check raised)."""
    ex = E.get(SPAN)
    src = check_cell_source(SPAN, ex.points).replace(f'"{SPAN}", points', f'"{SPAN}", folder=FOLDER, points')
    src = src.replace(f'require_answer("{SPAN}")', f'require_answer("{SPAN}", folder=FOLDER)')
    body = src.replace("### BEGIN HIDDEN TESTS\n", "").replace("### END HIDDEN TESTS", "").strip().splitlines()
    ns: dict = {"FOLDER": folder, "course": course}
    exec(answer_cell_source(SPAN).replace(f"{variable_name(SPAN)} = None", f"{variable_name(SPAN)} = {answer_value!r}"), ns)
    with redirect_stdout(io.StringIO()) as out:
        exec("\n".join(body[:-1]), ns)
        ns["result"] = eval(body[-1], ns)
    ns["stdout"] = out.getvalue()
    return ns


def test_the_test_cell_scores_as_nbgrader_expects(tmp_path):
    """Run the cells' code as the kernel would: the last value is the score."""
    ex = E.get(SPAN)
    write_answers(tmp_path, ex.notebook, {SPAN: E.key_answer(SPAN)})
    ns = _run_cells(tmp_path)
    assert ns["result"] == float(ex.points) and type(ns["result"]) is float
    assert f"Checkpoint {SPAN}: an answer is saved" in ns["stdout"]
    # a code answer typed in the answer cell is graded instead (and checked on the spot)
    half = E.key_answer(SPAN)[:1]
    ns = _run_cells(tmp_path, half)
    assert ns["result"] == round(course.check(SPAN, half).score * ex.points, 2) < ex.points


def test_the_visible_check_stops_only_under_nbgrader(tmp_path, monkeypatch):
    """A student's Run All never stops at a checkpoint; nbgrader's validate and autograde do fail
    a checkpoint with no answer (so `nbgrader validate --invert` passes on a blank notebook)."""
    from course.classroom import require_answer

    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(io.StringIO()) as err:
        assert require_answer(SPAN, folder=tmp_path) is None
    assert "No answer yet" in out.getvalue() and err.getvalue() == ""
    for mode in ("validate", "autograde"):
        monkeypatch.setenv("NBGRADER_EXECUTION", mode)
        with pytest.raises(AssertionError, match="No answer yet"), redirect_stdout(io.StringIO()):
            require_answer(SPAN, folder=tmp_path)
        with redirect_stdout(io.StringIO()):
            assert require_answer(SPAN, answer=["could"], folder=tmp_path) is None  # a code answer
    write_answers(tmp_path, E.get(SPAN).notebook, {SPAN: ["could"]})
    with redirect_stdout(io.StringIO()):
        assert require_answer(SPAN, folder=tmp_path) is None  # a panel answer


# --------------------------------------------------------------------- which answer is graded


def test_the_best_panel_answer_is_graded_not_the_last(tmp_path, monkeypatch):
    """Checking a worse answer later (or a Run All over a code form) never lowers the grade."""
    monkeypatch.setenv("COURSE_ANSWERS_DIR", str(tmp_path))
    ex = E.get(SPAN)
    key, half = E.key_answer(SPAN), E.key_answer(SPAN)[:1]
    course.start(ex.notebook)
    try:
        course.check(SPAN, half)
        course.check(SPAN, key)
        course.check(SPAN, half)  # the last answer is worse than the best
    finally:
        course.start("scratch")
    entry = json.loads((tmp_path / f"{ex.notebook}.kit-answers.json").read_text())["answers"][SPAN]
    assert entry["answer"] == half and entry["best"]["answer"] == key and entry["best"]["score"] == 1.0
    assert read_answers_file(tmp_path / f"{ex.notebook}.kit-answers.json").candidates(SPAN) == [key, half]
    assert score(SPAN, folder=tmp_path, quiet=True) == float(ex.points)  # the best, not the last
    # the code answer, when set, is graded instead of the panel's, even if it is worse
    assert score(SPAN, answer=half, folder=tmp_path, quiet=True) == round(course.check(SPAN, half).score * ex.points, 2)


def test_the_later_of_equal_scores_is_the_best_and_old_files_still_grade(tmp_path):
    from course.tracking import merge_answer

    e = merge_answer(None, {"answer": ["a"], "score": 0.5, "time": "1"})
    e = merge_answer(e, {"answer": ["b"], "score": 0.5, "time": "2"})
    assert e["best"] == {"answer": ["b"], "score": 0.5, "time": "2"}
    e = merge_answer(e, {"answer": ["c"], "score": 0.2, "time": "3"})
    assert (e["answer"], e["best"]["answer"]) == (["c"], ["b"])
    old = {"answer": ["x"], "score": 0.9, "time": "0"}  # an entry written before "best" existed
    assert merge_answer(old, {"answer": ["y"], "score": 0.1, "time": "1"})["best"]["answer"] == ["x"]
    write_answers(tmp_path, E.get(CHOICE).notebook, {CHOICE: E.key_answer(CHOICE)})  # no "best" field
    assert score(CHOICE, folder=tmp_path, quiet=True) == float(E.get(CHOICE).points)


def test_a_private_key_regrades_both_recorded_answers(tmp_path):
    """The best answer is decided by the grading key, not by the score saved in the file."""
    ex = E.get(CHOICE)
    right, other = E.key_answer(CHOICE), wrong_choice(CHOICE)
    path = write_answers(tmp_path, ex.notebook, {CHOICE: other})
    data = json.loads(path.read_text())
    data["answers"][CHOICE]["best"] = {"answer": right, "score": 1.0, "time": "t"}  # best by the public key
    path.write_text(json.dumps(data))
    assert score(CHOICE, folder=tmp_path, quiet=True) == float(ex.points)
    key = private_key(tmp_path, CHOICE, other)  # the private key says the other option is right
    r = grade_checkpoint(CHOICE, folder=tmp_path, key=key)
    assert r.points == float(ex.points)
    key2 = private_key(tmp_path / "k2", CHOICE, next(i for i in range(len(ex.options)) if i not in (right, other)))
    assert grade_checkpoint(CHOICE, folder=tmp_path, key=key2).points == 0.0


# --------------------------------------------------------------------- the class view


def test_class_view_counts_agreement_mistakes_and_problems(tmp_path):
    ex = E.get(SPAN)
    key = E.key_answer(SPAN)
    words = [t for t in E.passage_tokens(SPAN) if t.text.isalpha()]
    ref_tokens = {t["index"] for t in grade(E.keyed(ex), key).details["tokens"] if t["status"] == "correct"}
    decoy = next(t for t in words if t.index not in ref_tokens)
    good = {"ann": key, "bo": key, "cy": key[:2] + [decoy.text], "di": [decoy.text]}
    for student, answer in good.items():
        write_answers(tmp_path / student, ex.notebook, {SPAN: answer})
    (tmp_path / "eve").mkdir()  # no answers file
    (tmp_path / "fay").mkdir()
    (tmp_path / "fay" / f"{ex.notebook}.kit-answers.json").write_text("{damaged", encoding="utf-8")
    write_answers(tmp_path / "gus", ex.notebook, {SPAN: 42})  # wrong form
    write_answers(tmp_path / "hal", ex.notebook, {CHOICE: 1})  # no answer to this exercise
    view = class_view(tmp_path, SPAN)
    assert view.students == 4
    assert view.counts[decoy.index] == 2
    first_ref = min(ref_tokens)
    assert view.counts[first_ref] == 3
    assert view.wrong[0] == (decoy.text, 2)
    assert len(view.problems) == 4
    joined = "\n".join(view.problems)
    for who, why in (("eve", "no answers file"), ("fay", "damaged"), ("gus", "wrong form"), ("hal", "no answer to")):
        assert f"{who}: " in joined and why in joined
    assert view.kappa is not None and view.alpha is not None and -1.0 <= view.alpha < 1.0
    html = view._repr_html_()
    assert 'title="2 of 4 students"' in html and "underline" in html
    assert "Most common wrong selections" in str(view)
    fig = view.plot()
    assert fig.axes and len(fig.axes[0].patches) == len([t for t in view.tokens if any(ch.isalnum() for ch in t[3])])


def test_agreement_is_one_when_everyone_agrees_and_lower_when_not():
    items = list(range(10))
    kappa, alpha, _ = agreement({"a": {1, 2}, "b": {1, 2}, "c": {1, 2}}, items)
    assert kappa == pytest.approx(1.0) and alpha == pytest.approx(1.0)
    kappa2, alpha2, _ = agreement({"a": {1, 2}, "b": {3, 4}, "c": {1, 5}}, items)
    assert alpha2 < 0.5 and kappa2 < 0.5
    assert agreement({"a": {1}}, items)[:2] == (None, None)


def test_class_view_refuses_other_exercise_types(tmp_path):
    with pytest.raises(CourseError, match="span-select"):
        class_view(tmp_path, CHOICE)


def test_classview_command_line(tmp_path, capsys):
    from course.cli import main

    ex = E.get(SPAN)
    write_answers(tmp_path / "course" / "submitted" / "ann" / ex.notebook, ex.notebook, {SPAN: E.key_answer(SPAN)})
    write_answers(tmp_path / "course" / "submitted" / "bo" / ex.notebook, ex.notebook, {SPAN: E.key_answer(SPAN)[:1]})
    (tmp_path / "course" / "submitted" / "cy").mkdir()
    out = tmp_path / "view.html"
    assert main(["classroom", "classview", str(tmp_path / "course"), SPAN, "--html", str(out)]) == 0
    text = capsys.readouterr().out
    assert f"Class view of {SPAN}: 2 student(s)" in text and "cy: no answers file" in text
    assert out.read_text().startswith("<!doctype html>")
    assert main(["classroom", "grade", str(tmp_path / "nowhere")]) == 2  # not a course: one-line error
    assert "classroom init" in capsys.readouterr().err


# --------------------------------------------------------------------- LMS download file names

# Each LMS names the files of a bulk download its own way; ``collect --format`` hands nbgrader's
# zip_collect the matching pattern, applied to the full path of each extracted file.
EXTRACTED = "/course/downloaded/02-hedging/extracted"
LMS_SAMPLES = {
    "blackboard": [(f"{EXTRACTED}/02-hedging_u1234_attempt_2021-11-13-10-22-33_02-hedging.ipynb",
                    "u1234", "02-hedging.ipynb"),
                   (f"{EXTRACTED}/02-hedging_jane.doe_attempt_2021-11-13-10-22-33_02-hedging.kit-answers.json",
                    "jane.doe", "02-hedging.kit-answers.json")],
    "canvas": [(f"{EXTRACTED}/doejane_48213_1290321_02-hedging.ipynb", "doejane", "02-hedging.ipynb"),
               (f"{EXTRACTED}/doejane_LATE_48213_1290321_02-hedging.kit-answers.json", "doejane",
                "02-hedging.kit-answers.json")],
    "moodle": [(f"{EXTRACTED}/Jane Doe_48213_assignsubmission_file_/02-hedging.ipynb", "48213", "02-hedging.ipynb")],
    "folders": [(f"{EXTRACTED}/jdoe/02-hedging.kit-answers.json", "jdoe", "02-hedging.kit-answers.json")],
}


@pytest.mark.parametrize("fmt", sorted(LMS_SAMPLES))
def test_each_lms_pattern_finds_the_student_and_the_file(fmt):
    import re

    from course.classroom.coursedir import LMS_FORMATS

    assert set(LMS_SAMPLES) == set(LMS_FORMATS)
    for path, student, file_id in LMS_SAMPLES[fmt]:
        m = re.match(LMS_FORMATS[fmt], path)
        assert m is not None, path
        assert (m.group("student_id"), m.group("file_id")) == (student, file_id)
    # a file of another LMS's layout is not taken for a student's file of this one (the
    # folder-per-student layout takes any file one folder down, by design)
    if fmt != "folders":
        others = [p for f, samples in LMS_SAMPLES.items() if f not in (fmt, "folders") for p, _, _ in samples]
        assert [p for p in others if re.match(LMS_FORMATS[fmt], p)] == []


# --------------------------------------------------------------------- bad input: one plain line, nothing half done

HEDGING_NB = Path(__file__).resolve().parent.parent / "notebooks" / "02-hedging.ipynb"


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    from course.cli import main

    code = main(["classroom", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_one_plain_error(code: int, err: str, *words: str) -> None:
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert "unexpected" not in err and "Traceback" not in err, err
    for w in words:
        assert w in err, (w, err)


@pytest.mark.parametrize("name, content, words", [
    ("missing.csv", None, ["does not exist"]),
    ("folder", "DIR", ["is a folder"]),
    ("latin.csv", "student_id,first_name\ns1,Ren\xe9\n".encode("latin-1"), ["not UTF-8", "CSV UTF-8"]),
    ("noid.csv", b"name,email\nAnn,a@x.org\n", ["no student_id column", "'name'"]),
    ("empty.csv", b"", ["is empty"]),
    ("nobody.csv", b"student_id,first_name\n", ["no students"]),
    ("twice.csv", b"student_id\ns1\ns2\ns1\n", ["line 4", "'s1' is already on line 2"]),
    ("noid-row.csv", b"student_id,first_name\ns1,Ann\n,Bo\n", ["line 3", "a student without a student_id"]),
    ("space.csv", b"student_id\nann lee\n", ["'ann lee' has a space"]),
    ("semicolons.csv", b"student_id;first_name\ns1;Ann\n", ["no student_id column", "separated by semicolons"]),
])  # fmt: skip
def test_init_checks_the_roster_before_creating_anything(tmp_path, capsys, name, content, words):
    roster = tmp_path / name
    if content == "DIR":
        roster.mkdir()
    elif content is not None:
        roster.write_bytes(content)
    root = tmp_path / "new" / "course"
    code, _out, err = run_cli(capsys, "init", str(root), "--roster", str(roster), "--notebooks", str(HEDGING_NB))
    assert_one_plain_error(code, err, *words)
    assert not (tmp_path / "new").exists()  # nothing half made: the same command can simply run again
    # a good roster (saved by Excel as "CSV UTF-8": with a BOM; a row with an extra field) then works
    roster = tmp_path / "good.csv"
    roster.write_bytes("\ufeffstudent_id,first_name\ns1,René,extra\n\ns2,Bo\n".encode("utf-8"))
    code, out, err = run_cli(capsys, "init", str(root), "--roster", str(roster), "--notebooks", str(HEDGING_NB))
    assert code == 0, err
    assert "2 student(s) added" in out


def test_init_checks_the_notebooks_before_creating_anything(tmp_path, capsys):
    broken = tmp_path / "broken.ipynb"
    broken.write_text(HEDGING_NB.read_text(encoding="utf-8")[:200], encoding="utf-8")
    root = tmp_path / "course"
    for nb in (broken, tmp_path / "missing.ipynb", tmp_path):
        code, _out, err = run_cli(capsys, "init", str(root), "--notebooks", str(HEDGING_NB), str(nb))
        assert_one_plain_error(code, err, str(nb))
        assert not root.exists()


def test_init_failing_midway_leaves_nothing_that_blocks_a_rerun(tmp_path, monkeypatch):
    import nbgrader.api

    from course.classroom.coursedir import CONFIG_NAME, init

    class Broken:
        def __init__(self, *args, **kwargs):
            raise RuntimeError("the disk is on fire")

    roster = tmp_path / "roster.csv"
    roster.write_text("student_id\ns1\n", encoding="utf-8")
    real = nbgrader.api.Gradebook
    monkeypatch.setattr(nbgrader.api, "Gradebook", Broken)
    root = tmp_path / "course"
    with pytest.raises(CourseError, match="Nothing was left behind"):
        init(root, notebooks=[HEDGING_NB], roster=roster)
    assert not root.exists()
    # an existing course rewritten with --force: what --force would replace is put back
    monkeypatch.setattr(nbgrader.api, "Gradebook", real)
    init(root, notebooks=[HEDGING_NB], course_id="first")
    (root / "source" / "02-hedging" / "data.csv").write_text("mine", encoding="utf-8")
    config = (root / CONFIG_NAME).read_text(encoding="utf-8")
    monkeypatch.setattr(nbgrader.api, "Gradebook", Broken)
    with pytest.raises(CourseError, match="the disk is on fire"):
        init(root, notebooks=[HEDGING_NB], roster=roster, course_id="second", force=True)
    assert (root / CONFIG_NAME).read_text(encoding="utf-8") == config
    assert (root / "source" / "02-hedging" / "data.csv").read_text(encoding="utf-8") == "mine"
    assert sorted(p.name for p in root.iterdir()) == [CONFIG_NAME, "source"]
    assert sorted(p.name for p in (root / "source").iterdir()) == ["02-hedging"]
    monkeypatch.setattr(nbgrader.api, "Gradebook", real)
    assert init(root, notebooks=[HEDGING_NB], roster=roster, force=True).students == 1
    # a course left unfinished (by an older kit) says how to finish it
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / CONFIG_NAME).write_text("", encoding="utf-8")
    with pytest.raises(CourseError, match="unfinished course.*--force"):
        init(tmp_path / "half", notebooks=[HEDGING_NB])


def test_an_unreadable_timestamp_is_set_aside_and_reported(tmp_path):
    from course.classroom.coursedir import check_timestamp, precheck

    folder = tmp_path / "submitted" / "s11" / "02-hedging"
    folder.mkdir(parents=True)
    (folder / "timestamp.txt").write_text("garbage\n", encoding="utf-8")
    notes = precheck(tmp_path, "02-hedging", "s11")
    assert notes[0] == ("timestamp.txt is unreadable ('garbage'): graded without a submission time "
                        "(the file is kept as timestamp.txt.unreadable)")  # fmt: skip
    assert not (folder / "timestamp.txt").exists()  # nbgrader's autograde would refuse the submission
    assert (folder / "timestamp.txt.unreadable").read_text(encoding="utf-8") == "garbage\n"  # kept
    assert check_timestamp(folder) == ["timestamp.txt.unreadable (set aside on an earlier run): "
                                       "graded without a submission time"]  # fmt: skip
    for bad in (b"99999999999999999999", b"2026-13-45", b"\xff\xfe"):
        (folder / "timestamp.txt").write_bytes(bad)
        assert "unreadable" in check_timestamp(folder)[0] and not (folder / "timestamp.txt").exists()
    for good in ("2026-03-02 10:00:00.000000 UTC", "2026-03-02-10-00-00", ""):
        (folder / "timestamp.txt").write_text(good, encoding="utf-8")
        assert check_timestamp(folder) == [] and (folder / "timestamp.txt").read_text(encoding="utf-8") == good


def _bad_key_entries() -> dict[str, tuple[str, list[str]]]:
    n = len(E.get(CHOICE).options)
    one_wrong = "[{correct = 1}" + ", {correct = false}" * (n - 1) + "]"
    return {
        "span-number": (f"[{SPAN}]\nanswer = 5", [f"[{SPAN}] answer is the number 5", "span-select", "list of phrases"]),
        "span-list-of-numbers": (f"[{SPAN}]\nanswer = [1.5]", [f"[{SPAN}] answer", "list of phrases"]),
        "explanation-number": (f"[{SPAN}]\nexplanation = 3", [f"[{SPAN}] explanation is the number 3"]),
        "too-few-options": (f"[{CHOICE}]\noptions = [{{correct = true}}]", [f"[{CHOICE}] options gives 1 options"]),
        "options-number": (f"[{CHOICE}]\noptions = 2", [f"[{CHOICE}] options is the number 2"]),
        "correct-number": (f"[{CHOICE}]\noptions = {one_wrong}",
                           [f"[{CHOICE}] options[0].correct should be true or false, not the number 1"]),
    }  # fmt: skip


@pytest.mark.parametrize("case", sorted(_bad_key_entries()))
def test_a_key_entry_of_the_wrong_form_names_the_exercise_and_field(tmp_path, capsys, case):
    from course.classroom.coursedir import validate_key

    entry, words = _bad_key_entries()[case]
    key = tmp_path / "k.toml"
    key.write_text(entry + "\n", encoding="utf-8")
    with pytest.raises(CourseError) as info:
        validate_key(key)
    for w in words:
        assert w in str(info.value)
    (tmp_path / "course").mkdir()
    (tmp_path / "course" / "nbgrader_config.py").write_text("", encoding="utf-8")
    code, out, err = run_cli(capsys, "grade", str(tmp_path / "course"), "--key", str(key), "--no-progress")
    assert_one_plain_error(code, err, *words)
    # the class view refuses it the same way
    code, out, err = run_cli(capsys, "classview", str(tmp_path / "course"), SPAN, "--key", str(key))
    assert_one_plain_error(code, err, *words)


@pytest.mark.parametrize("where", ["folder", "missing/dir/out.html"])
def test_classview_checks_the_html_path_before_the_work(tmp_path, capsys, where):
    ex = E.get(SPAN)
    write_answers(tmp_path / "course" / "submitted" / "ann" / ex.notebook, ex.notebook, {SPAN: E.key_answer(SPAN)})
    out_path = tmp_path / "out" if where == "folder" else tmp_path / where
    if where == "folder":
        out_path.mkdir()
    code, out, err = run_cli(capsys, "classview", str(tmp_path / "course"), SPAN, "--html", str(out_path))
    assert_one_plain_error(code, err, "--html", "folder")
    assert out == ""  # refused before the report, not after it


def test_an_answers_file_with_a_bom_is_read(tmp_path):
    """Windows Notepad saves UTF-8 with a byte-order mark: the answers still count."""
    ex = E.get(CHOICE)
    path = write_answers(tmp_path, ex.notebook, {CHOICE: E.key_answer(CHOICE)})
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    af = read_answers_file(path)
    assert af.problem == "" and af.answers == {CHOICE: E.key_answer(CHOICE)}
    assert score(CHOICE, folder=tmp_path, quiet=True) == float(ex.points)


def test_another_notebook_handed_in_is_set_aside_and_the_answers_file_graded(tmp_path):
    """03-attribution.ipynb in 02-hedging's submission: its checkpoint cells are not 02's, which
    nbgrader cannot grade (KeyError: 'grade_id'); the released notebook and the answers file are."""
    import shutil

    from course.classroom.coursedir import precheck

    nb_dir = Path(__file__).resolve().parent.parent / "notebooks"
    for kind in ("source", "release"):
        (tmp_path / kind / "02-hedging").mkdir(parents=True)
        shutil.copy(nb_dir / "02-hedging.ipynb", tmp_path / kind / "02-hedging" / "02-hedging.ipynb")
    folder = tmp_path / "submitted" / "nia" / "02-hedging"
    folder.mkdir(parents=True)
    shutil.copy(nb_dir / "03-attribution.ipynb", folder / "03-attribution.ipynb")
    write_answers(folder, "02-hedging", {SPAN: E.key_answer(SPAN)})
    notes = precheck(tmp_path, "02-hedging", "nia")
    assert "notebook '03-attribution.ipynb' renamed to '02-hedging.ipynb'" in notes
    # the repairs changed the submitted files: a second run still reports them
    again = precheck(tmp_path, "02-hedging", "nia")
    assert "notebook '03-attribution.ipynb' renamed to '02-hedging.ipynb' (on an earlier run)" in again
    assert "graded from the answers file with the released notebook (on an earlier run)" in again
    assert any("is another notebook" in n for n in notes)
    assert "graded from the answers file with the released notebook" in notes
    assert (folder / "02-hedging.ipynb").read_bytes() == (tmp_path / "release" / "02-hedging" / "02-hedging.ipynb").read_bytes()
    assert (folder / "02-hedging.ipynb.wrong-notebook").is_file()  # kept, not lost
    # the right notebook with one pasted-in cell of another keeps its own cells
    nb = nbformat.read(nb_dir / "02-hedging.ipynb", as_version=4)
    other = next(c for c in nbformat.read(nb_dir / "03-attribution.ipynb", as_version=4).cells
                 if c.metadata.get("nbgrader", {}).get("grade_id"))
    nb.cells.append(other)
    folder2 = tmp_path / "submitted" / "ola" / "02-hedging"
    folder2.mkdir(parents=True)
    nbformat.write(nb, folder2 / "02-hedging.ipynb")
    notes = precheck(tmp_path, "02-hedging", "ola")
    assert "1 checkpoint cell(s) from another notebook not graded" in notes
    kept = nbformat.read(folder2 / "02-hedging.ipynb", as_version=4)
    assert sum(1 for c in kept.cells if c.metadata.get("nbgrader", {}).get("grade_id")) == \
        sum(1 for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id")) - 1


def test_blackboard_names_keep_a_username_with_underscores():
    import re

    from course.classroom.coursedir import LMS_FORMATS

    m = re.match(LMS_FORMATS["blackboard"], "/c/extracted/02-hedging_un_der_attempt_2026-03-02-10-00-00_02-hedging.ipynb")
    assert m and m.group("student_id") == "un_der" and m.group("file_id") == "02-hedging.ipynb"
    m = re.match(LMS_FORMATS["blackboard"], "/c/extracted/02-hedging_perfect_attempt_2026-03-02-10-00-00_x.json")
    assert m and m.group("student_id") == "perfect"


def test_collect_report_warns_about_ids_off_the_roster_and_other_notebooks():
    from course.classroom.coursedir import CollectReport

    text = str(CollectReport("02-hedging", ["98765", "alice"], [], ["98765"], {"alice": ["03-attribution.ipynb"]}))
    assert "Collected 02-hedging: 2 student(s): 98765, alice" in text
    assert "warning: not on the roster: 98765." in text
    assert "warning: alice handed in 03-attribution.ipynb, not the notebook of 02-hedging: is --assignment right?" in text
    assert "warning" not in str(CollectReport("02-hedging", ["alice"]))


def test_the_solutions_page_releases_each_checkpoint_by_the_grading_key(tmp_path):
    from course.classroom.solutions import checkpoint_solutions, write_solutions

    rows = checkpoint_solutions(notebook="02-hedging")
    assert [r["id"] for r in rows] == sorted(i for i in CHECKPOINTS if E.get(i).notebook == "02-hedging")
    import html

    page = write_solutions(tmp_path / "s.html", notebook="02-hedging").read_text(encoding="utf-8")
    shown = " ".join(html.unescape(page).split())
    for r in rows:
        assert r["id"] in page and " ".join(E.keyed(E.get(r["id"])).explanation.split())[:40] in shown
    assert "<script" not in page and "attribution-11" not in page
    # every checkpoint shows its passage; a whole article (hedging-13's classify) folded
    section = page.split("hedging-13:")[1].split("<section>")[0]
    assert "<details><summary>The whole text</summary><blockquote>" in section
    assert html.escape(E.get("hedging-13").passage[:60]) in section
    # a private key's answer is the one released
    key = tmp_path / "key.toml"
    n = len(E.get(CHOICE).options)
    opts = ", ".join("{correct = true}" if i == n - 1 else "{correct = false}" for i in range(n))
    key.write_text(f'[{CHOICE}]\noptions = [{opts}]\nexplanation = "Because the instructor says so."\n', encoding="utf-8")
    mine = next(r for r in checkpoint_solutions(key=key) if r["id"] == CHOICE)
    assert mine["answer"].startswith(f"Answer: {chr(64 + n)}.") and mine["explanation"] == "Because the instructor says so."
    with pytest.raises(CourseError, match="No checkpoints in 02-hedgin"):
        checkpoint_solutions(notebook="02-hedgin")
    with pytest.raises(CourseError, match="is a folder"):
        write_solutions(tmp_path)


def test_read_roster_takes_a_spreadsheet_header(tmp_path):
    from course.classroom.coursedir import read_roster

    roster = tmp_path / "lms.csv"
    roster.write_text("Student ID,First Name,Last Name,Email\nu_1,Ann,Lee,a@x.org\n", encoding="utf-8")
    assert read_roster(roster) == [{"id": "u_1", "first_name": "Ann", "last_name": "Lee", "email": "a@x.org"}]


def test_grade_refuses_bad_options_names_and_students_in_one_line(tmp_path, capsys):
    roster = tmp_path / "r.csv"
    roster.write_text("student_id\ns1\n", encoding="utf-8")
    root = tmp_path / "course"
    code, _out, err = run_cli(capsys, "init", str(root), "--roster", str(roster), "--notebooks", str(HEDGING_NB))
    assert code == 0, err
    code, _out, err = run_cli(capsys, "grade", str(root), "--jobs", "0")
    assert_one_plain_error(code, err, "--jobs must be 1 or more")
    for t in ("0", "-1"):
        code, _out, err = run_cli(capsys, "grade", str(root), "--timeout", t)
        assert_one_plain_error(code, err, "--timeout must be 1 second or more")
    code, _out, err = run_cli(capsys, "grade", str(root), "--assignment", "02-hedgin")
    assert_one_plain_error(code, err, "no assignment '02-hedgin'", "did you mean '02-hedging'?")
    (root / "release" / "02-hedging").mkdir(parents=True, exist_ok=True)
    (root / "submitted" / "s1" / "02-hedging").mkdir(parents=True)
    code, _out, err = run_cli(capsys, "grade", str(root), "--student", "s11")
    assert_one_plain_error(code, err, "No submission from s11")


def test_class_view_counts_a_code_answer_as_grading_does(tmp_path):
    """Erin checked the right answer in the panel but typed ["about"] in the answer cell: she is
    graded on ["about"], and the class view shows what she is graded on."""
    folder = tmp_path / "erin"
    folder.mkdir()
    write_answers(folder, "02-hedging", {SPAN: E.key_answer(SPAN)})
    nb = nbformat.read(HEDGING_NB, as_version=4)
    var = variable_name(SPAN)
    cell = next(c for c in nb.cells if c.source.startswith("# Optional, for coders") and f"{var} = None" in c.source)
    cell.source = cell.source.replace(f"{var} = None", f'{var} = ["about"]')
    nbformat.write(nb, folder / "02-hedging.ipynb")
    view = class_view(tmp_path, SPAN)
    assert view.students == 1 and view.count_of("about") == 1
    assert sum(view.counts.values()) == 1  # only the code answer's word, not the panel's
    assert grade_checkpoint(SPAN, folder=folder, answer=["about"]).fraction < 1  # what grading gives too
    # with the line left at None, the panel's best answer is shown
    cell.source = cell.source.replace(f'{var} = ["about"]', f"{var} = None")
    nbformat.write(nb, folder / "02-hedging.ipynb")
    assert sum(class_view(tmp_path, SPAN).counts.values()) > 1


def test_export_report_says_when_nothing_is_graded_yet(tmp_path):
    from course.classroom.coursedir import ExportReport, _total_status

    text = str(ExportReport(tmp_path / "l.csv", tmp_path / "w.csv", []))
    assert "Exported 0 score(s)" in text and "run `classroom grade` first" in text
    rows = [{"status": "graded"}, {"status": "graded"}]
    assert _total_status(rows) == "graded"
    assert _total_status(rows + [{"status": "no submission"}]) == "graded, part not submitted"
    assert _total_status(rows + [{"status": "not graded"}]) == "partly graded"


def test_init_report_warns_about_a_notebook_with_nothing_to_grade(tmp_path):
    from course.classroom.coursedir import InitReport

    text = str(InitReport(tmp_path, {"00-start-here": 0, "02-hedging": 3}))
    assert "00-start-here.ipynb: 0 graded checkpoint(s)  (warning: nothing to grade in it" in text
    assert "02-hedging.ipynb: 3 graded checkpoint(s)\n" in text


def test_collect_report_fails_on_an_empty_download_and_notes_renamed_copies():
    from course.classroom.coursedir import CollectReport

    empty = CollectReport("02-hedging", [], ["receipt.txt"], lms_format="folders")
    assert empty.empty
    text = str(empty)
    assert "error: no file name matched the folders format's pattern" in text
    assert "skipped (no student id in its name): receipt.txt" in text
    renamed = str(CollectReport("02-hedging", ["zoe"], renamed_notebooks={"zoe": ["02-hedging (1).ipynb"]}))
    assert "note: zoe handed in 02-hedging (1).ipynb, a renamed copy" in renamed and "warning" not in renamed


def test_the_folders_format_takes_the_folder_around_each_file_as_the_student():
    from course.classroom.coursedir import LMS_FORMATS

    rx = LMS_FORMATS["folders"]
    for path in ("/c/downloaded/02-hedging/extracted/download-02/afull/02-hedging.ipynb",
                 "/c/downloaded/02-hedging/extracted/download-02/class/afull/02-hedging.ipynb",
                 "/c/downloaded/02-hedging/extracted/afull/02-hedging.ipynb"):
        m = re.match(rx, path)
        assert m and m["student_id"] == "afull" and m["file_id"] == "02-hedging.ipynb", path


def test_grade_before_collect_says_what_to_do(tmp_path, capsys):
    course_dir = tmp_path / "course"
    for folder in ("source", "release"):
        (course_dir / folder / "02-hedging").mkdir(parents=True)
    (course_dir / "nbgrader_config.py").write_text("", encoding="utf-8")
    code, out, err = run_cli(capsys, "grade", str(course_dir), "--no-progress")
    assert_one_plain_error(code, err, "No submissions in", "classroom collect")


def test_export_says_how_many_scores_are_graded():
    from course.classroom.coursedir import ExportReport

    rows = [{"student_id": "a", "status": "graded"}, {"student_id": "b", "status": "no submission"}]
    text = str(ExportReport(Path("l.csv"), Path("w.csv"), rows))
    assert "Exported 2 score(s) for 2 student(s): 1 graded, 1 without a submission (0 points)." in text
    assert "warning" not in text
    nothing = str(ExportReport(Path("l.csv"), Path("w.csv"), [{"student_id": "b", "status": "no submission"}]))
    assert "warning: no score is graded yet" in nothing


def test_classview_reads_the_code_answer_of_the_exercises_own_notebook(tmp_path):
    """A student's code answer to attribution-11 lives in 03-attribution, not in the first folder (02-hedging)."""
    from course.classroom.classview import class_view

    ex = E.get("attribution-11")
    key = E.key_answer("attribution-11")
    student = tmp_path / "course" / "submitted" / "dana"
    write_answers(student / "02-hedging", "02-hedging", {SPAN: E.key_answer(SPAN)})
    write_answers(student / ex.notebook, ex.notebook, {"attribution-11": key})  # the best panel answer: all right
    cell = {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
            "source": f"answer_attribution_11 = {json.dumps(key[:1])}"}  # but the code answer names one cue
    (student / ex.notebook / f"{ex.notebook}.ipynb").write_text(
        json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [cell]}), encoding="utf-8")
    view = class_view(tmp_path / "course", "attribution-11")
    assert view.selections["dana"] != set(view.reference)  # the graded (code) answer, not the panel's


def test_classview_keeps_a_written_word_whole():
    from course.classroom.classview import _phrases
    from course.grading import tokens_of

    passage = "A source close to Dalmar’s security services said so."
    toks = [(t.index, t.start, t.end, t.text) for t in tokens_of(passage)]
    words = [i for i, _s, _e, text in toks if any(ch.isalnum() for ch in text)]
    chosen = {i for i in words if toks[i][3] in ("close", "to", "Dalmar", "s", "security")}
    assert _phrases(chosen, toks, passage) == ["close to Dalmar’s security"]


def test_a_passed_checkpoint_shows_its_solution():
    """Once the answer is right the explanation has been given anyway: Show solution no longer says locked."""
    E.reset_session()
    assert not course.solution(CHOICE).available
    course.check(CHOICE, wrong_choice(CHOICE))
    assert not course.solution(CHOICE).available  # a wrong try unlocks nothing
    course.check(CHOICE, E.key_answer(CHOICE))
    shown = course.solution(CHOICE)
    assert shown.available and shown.answer == E.key_answer(CHOICE)
    E.reset_session()
