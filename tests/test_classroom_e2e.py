"""End to end with the real nbgrader (0.9.x) CLI in a temporary course:
init -> release -> submissions (one via an LMS zip and zip_collect) -> grade --jobs 2
-> export, with four simulated students over two notebooks:

- perfect: every checkpoint right, in the panel (the answers file);
- partial: some right, some wrong, some as code answers;
- blank: the released notebooks untouched, no answers file;
- broken: a renamed notebook, a damaged answers file, a cell that raises, an infinite
  loop, a huge output, deleted and duplicated cells, an answer of the wrong form.

The exported CSV must hold exactly the scores ``course.check`` gives for the same
answers, and the released notebooks must hold no solution and no key.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest

from course import exercises as E
from course.classroom.coursedir import venv_environ
from course.classroom.demo import fixture_notebook, write_submission
from course.grading import grade

pytestmark = pytest.mark.slow

NOTEBOOKS = {"02-hedging": ["hedging-12", "hedging-14"], "03-attribution": ["attribution-12", "attribution-13"]}


def run(*args: str, cwd: Path | None = None, ok: bool = True) -> subprocess.CompletedProcess:
    env = venv_environ()
    for var in ("COURSE_ANSWER_KEY", "NBGRADER_EXECUTION", "COURSE_ANSWERS_DIR"):
        env.pop(var, None)
    r = subprocess.run([sys.executable, "-m", "course", "classroom", *args], capture_output=True, text=True,
                       env=env, cwd=cwd, timeout=300)  # fmt: skip
    if ok:
        assert r.returncode == 0, r.stdout + r.stderr
    return r


def points(ex_id: str, answer) -> float:
    """What course.check gives for this answer, in points (the contract)."""
    ex = E.keyed(E.get(ex_id))
    return round(grade(ex, answer).score * ex.points, 2)


def key(ex_id: str):
    return E.key_answer(ex_id)


def wrong_option(ex_id: str) -> int:
    return next(i for i, o in enumerate(E.keyed(E.get(ex_id)).options) if not o.get("correct"))


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("classroom")
    nbs = tmp / "notebooks"
    nbs.mkdir()
    for nb_id, ids in NOTEBOOKS.items():
        nbformat.write(fixture_notebook(nb_id, ids), nbs / f"{nb_id}.ipynb")
    roster = tmp / "roster.csv"
    roster.write_text("student_id,first_name,last_name,email\nperfect,Pat,Fect,p@x.org\npartial,Par,Tial,\n"
                      "blank,Bla,Nk,\nbroken,Bro,Ken,\n", encoding="utf-8")  # fmt: skip
    root = tmp / "course"
    run("init", str(root), "--notebooks", *[str(nbs / f"{n}.ipynb") for n in NOTEBOOKS], "--roster", str(roster),
        "--timeout", "5")  # fmt: skip
    release = run("release", str(root))

    span_half = key("hedging-12")[:2]
    classify_half = dict(list(key("attribution-12").items())[:2])
    expected: dict[str, dict[str, float]] = {
        "perfect": {i: E.get(i).points for ids in NOTEBOOKS.values() for i in ids},
        "partial": {
            "hedging-12": points("hedging-12", span_half),
            "hedging-14": 0.0,
            "attribution-12": points("attribution-12", classify_half),
            "attribution-13": E.get("attribution-13").points,
        },
        "blank": {i: 0.0 for ids in NOTEBOOKS.values() for i in ids},
        "broken": {"hedging-12": 0.0, "hedging-14": E.get("hedging-14").points,
                   "attribution-12": 0.0, "attribution-13": E.get("attribution-13").points},
    }  # fmt: skip
    # perfect: everything in the panel
    for nb_id, ids in NOTEBOOKS.items():
        write_submission(root, nb_id, "perfect", panel={i: key(i) for i in ids})
    # partial: 02 directly in submitted/, 03 through an LMS download and zip_collect
    write_submission(root, "02-hedging", "partial", panel={"hedging-12": span_half, "hedging-14": key("hedging-14")},
                     code={"hedging-14": wrong_option("hedging-14")})  # the code answer wins  # fmt: skip
    staging = tmp / "staging"
    staging.mkdir()
    (staging / "release").symlink_to(root / "release")
    folder = write_submission(staging, "03-attribution", "partial", panel={"attribution-13": key("attribution-13")},
                              code={"attribution-12": classify_half})  # fmt: skip
    download = tmp / "gradebook-download.zip"
    with zipfile.ZipFile(download, "w") as zf:
        for f in ("03-attribution.ipynb", "03-attribution.kit-answers.json"):
            zf.write(folder / f, f"03-attribution_partial_attempt_2026-03-02-10-00-00_{f}")
    collected = run("collect", str(root), str(download))
    # blank: the released notebooks as they are
    for nb_id in NOTEBOOKS:
        write_submission(root, nb_id, "blank")
    # broken
    write_submission(root, "02-hedging", "broken", answers_text="{this is not json",
                     code={"hedging-14": key("hedging-14")}, notebook_name="02-hedging (1).ipynb",
                     extra_cells=["1 / 0", "while True:\n    pass", "print('spam\\n' * 200000)"])  # fmt: skip
    write_submission(root, "03-attribution", "broken", panel={"attribution-12": "neutral", "attribution-13": key("attribution-13")},
                     delete=["attribution-12-answer", "attribution-13-test"], duplicate=["attribution-12-test"])  # fmt: skip
    graded_run = run("grade", str(root), "--jobs", "2", "--timeout", "5", "--no-progress")
    exported = run("export", str(root))
    return {"root": root, "expected": expected, "release": release, "collect": collected, "grade": graded_run,
            "export": exported}  # fmt: skip


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_exported_scores_are_exactly_course_check_scores(graded):
    rows = {r["student_id"]: r for r in read_csv(graded["root"] / "export" / "grades-wide.csv")}
    assert set(rows) == {"perfect", "partial", "blank", "broken"}
    for student, scores in graded["expected"].items():
        for ex_id, value in scores.items():
            assert float(rows[student][ex_id]) == pytest.approx(value, abs=1e-9), (student, ex_id)
        assert float(rows[student]["total"]) == pytest.approx(round(sum(scores.values()), 2))
        assert float(rows[student]["max_total"]) == sum(E.get(i).points for ids in NOTEBOOKS.values() for i in ids)
    assert rows["perfect"]["first_name"] == "Pat" and rows["perfect"]["email"] == "p@x.org"
    # partial credit really is partial, and the totals per notebook add up
    assert 0 < float(rows["partial"]["hedging-12"]) < E.get("hedging-12").points
    for nb_id, ids in NOTEBOOKS.items():
        assert float(rows["partial"][f"{nb_id} total"]) == pytest.approx(round(sum(graded["expected"]["partial"][i] for i in ids), 2))


def test_long_export_has_a_row_per_student_and_exercise_plus_totals(graded):
    rows = read_csv(graded["root"] / "export" / "grades-long.csv")
    per_ex = [r for r in rows if r["exercise"] != "TOTAL"]
    assert len(per_ex) == 4 * 4
    assert {r["status"] for r in per_ex} == {"graded"}
    totals = {(r["student_id"], r["assignment"]): float(r["score"]) for r in rows if r["exercise"] == "TOTAL"}
    assert totals[("perfect", "ALL")] == pytest.approx(sum(graded["expected"]["perfect"].values()))
    assert totals[("blank", "02-hedging")] == 0.0


def test_gradebook_equals_export(graded):
    from nbgrader.api import Gradebook

    from course.classroom.coursedir import db_url

    with Gradebook(db_url(graded["root"]), course_id="diplomatic-news") as gb:
        g = gb.find_grade("hedging-12-test", "02-hedging", "02-hedging", "partial")
        assert g.auto_score == pytest.approx(graded["expected"]["partial"]["hedging-12"])
        assert gb.find_submission("03-attribution", "perfect").score == pytest.approx(
            sum(E.get(i).points for i in NOTEBOOKS["03-attribution"]))


def test_released_notebooks_hold_no_solution_and_no_key(graded):
    root = graded["root"]
    assert "checked: no hidden tests" in graded["release"].stdout
    for nb_id, ids in NOTEBOOKS.items():
        folder = root / "release" / nb_id
        assert sorted(p.name for p in folder.iterdir()) == [f"{nb_id}.ipynb"]
        text = (folder / f"{nb_id}.ipynb").read_text(encoding="utf-8")
        for marker in ("BEGIN HIDDEN TESTS", "course.classroom.score(", "BEGIN SOLUTION", "NotImplementedError"):
            assert marker not in text
        for ex_id in ids:
            ex = E.keyed(E.get(ex_id))
            assert ex.explanation[:40] not in text
            assert f"answer_{ex_id.replace('-', '_')} = None" in text  # the answer cell is kept for students
            assert "course.classroom.answered" in text  # the visible presence check
        src = (root / "source" / nb_id / f"{nb_id}.ipynb").read_text(encoding="utf-8")
        assert "BEGIN HIDDEN TESTS" in src  # the instructor's version has them


def test_validate_invert_passes_on_the_blank_release(graded):
    root = graded["root"]
    nbgrader = str(Path(sys.executable).parent / "nbgrader")
    r = subprocess.run([nbgrader, "validate", "--invert", f"release/02-hedging/02-hedging.ipynb"], cwd=root,
                       capture_output=True, text=True, env=venv_environ(), timeout=120)  # fmt: skip
    assert "NOTEBOOK PASSED ON" not in r.stdout, r.stdout
    assert "Success" in r.stdout or "failed" in r.stdout.lower(), r.stdout


def test_answers_files_reach_autograded_untouched(graded):
    root = graded["root"]
    for nb_id in NOTEBOOKS:
        a = root / "autograded" / "perfect" / nb_id / f"{nb_id}.kit-answers.json"
        s = root / "submitted" / "perfect" / nb_id / f"{nb_id}.kit-answers.json"
        assert json.loads(a.read_text()) == json.loads(s.read_text())
    # the LMS download's answers file was collected, not dropped
    assert (root / "submitted" / "partial" / "03-attribution" / "03-attribution.kit-answers.json").is_file()
    assert "partial" in graded["collect"].stdout


def test_the_report_names_every_problem_of_the_broken_submission(graded):
    out = graded["grade"].stdout
    assert "Graded 8 of 8 submission(s) with 2 job(s)" in out
    lines = [ln for ln in out.splitlines() if "broken / " in ln]
    text = "\n".join(lines)
    for expected in ("renamed to '02-hedging.ipynb'", "not valid JSON", "raised ZeroDivisionError",
                     "ran too long and was stopped", "huge output cut", "deleted cell(s)", "duplicated cell(s)",
                     "wrong form"):  # fmt: skip
        assert expected in text, (expected, text)
    assert "blank / 02-hedging: no answers file" in out
    assert "perfect / " not in out
