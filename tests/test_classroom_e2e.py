"""End to end with the real nbgrader (0.9.x) CLI in a temporary course made from the
kit's REAL notebooks 02-hedging and 03-attribution, as an instructor would:
init (from notebooks/, normalising the checkpoint cells) -> release -> submissions (one
via an LMS zip and zip_collect) -> grade --jobs 2 -> export, with four simulated students:

- perfect: every checkpoint right, in the panel (the answers file);
- partial: some right, some half right, some wrong; code answers (one wins over a
  right panel answer); a last panel answer worse than the best one (the best is graded);
- blank: the released notebooks untouched, no answers file;
- broken: a renamed notebook, a damaged answers file, a cell that raises, an infinite
  loop, a huge output, deleted and duplicated cells, an answer of the wrong form.

The exported CSV must hold exactly the scores ``course.check`` gives for the same
answers times the points, and the released notebooks must hold no solution and no key.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import nbformat
import pytest

from course import exercises as E
from course.classroom.coursedir import venv_environ
from course.classroom.demo import write_submission
from course.grading import grade

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
#: The assignments (the kit's notebooks) and their checkpoints, from the banks.
NOTEBOOKS = {nb: [e["id"] for e in E.list_exercises(notebook=nb) if e["checkpoint"]]
             for nb in ("02-hedging", "03-attribution")}  # fmt: skip
ALL = [i for ids in NOTEBOOKS.values() for i in ids]
#: Seconds per cell while grading (the notebooks' own cells take well under it).
TIMEOUT = "30"


def run(*args: str, cwd: Path | None = None, ok: bool = True) -> subprocess.CompletedProcess:
    env = venv_environ()
    for var in ("COURSE_ANSWER_KEY", "NBGRADER_EXECUTION", "COURSE_ANSWERS_DIR"):
        env.pop(var, None)
    r = subprocess.run([sys.executable, "-m", "course", "classroom", *args], capture_output=True, text=True,
                       env=env, cwd=cwd, timeout=900)  # fmt: skip
    if ok:
        assert r.returncode == 0, r.stdout + r.stderr
    return r


def points(ex_id: str, answer) -> float:
    """What course.check gives for this answer, in points (the contract)."""
    ex = E.keyed(E.get(ex_id))
    return round(grade(ex, answer).score * ex.points, 2)


def key(ex_id: str):
    return E.key_answer(ex_id)


def wrong(ex_id: str):
    """The key's plausible wrong answer (it scores less than full marks)."""
    return E.keyed(E.get(ex_id)).wrong


def wrong_option(ex_id: str) -> int:
    return next(i for i, o in enumerate(E.keyed(E.get(ex_id)).options) if not o.get("correct"))


def test_the_assignments_have_the_checkpoints_the_students_need():
    assert NOTEBOOKS == {"02-hedging": ["hedging-12", "hedging-13", "hedging-14"],
                         "03-attribution": ["attribution-11", "attribution-12", "attribution-13"]}  # fmt: skip
    assert [E.get(i).type for i in ALL] == ["span-select", "classify", "multiple-choice",
                                            "span-select", "classify", "multiple-select"]  # fmt: skip


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("classroom")
    roster = tmp / "roster.csv"
    roster.write_text("student_id,first_name,last_name,email\nperfect,Pat,Fect,p@x.org\npartial,Par,Tial,\n"
                      "blank,Bla,Nk,\nbroken,Zoë,Brontë,\n", encoding="utf-8")  # fmt: skip
    root = tmp / "course"
    run("init", str(root), "--notebooks", *[str(ROOT / "notebooks" / f"{n}.ipynb") for n in NOTEBOOKS],
        "--roster", str(roster), "--timeout", TIMEOUT)  # fmt: skip
    release = run("release", str(root))

    span_half = key("hedging-12")[:2]
    cues_half = key("attribution-11")[:2]
    classify_half = dict(list(key("attribution-12").items())[:2])
    expected: dict[str, dict[str, float]] = {
        "perfect": {i: E.get(i).points for i in ALL},
        "partial": {
            "hedging-12": points("hedging-12", span_half),  # a half-right panel answer
            "hedging-13": E.get("hedging-13").points,  # the best panel answer, not the worse last one
            "hedging-14": 0.0,  # a wrong code answer wins over a right panel answer
            "attribution-11": points("attribution-11", cues_half),  # a half-right code answer
            "attribution-12": points("attribution-12", classify_half),
            "attribution-13": E.get("attribution-13").points,
        },
        "blank": {i: 0.0 for i in ALL},
        "broken": {"hedging-12": 0.0, "hedging-13": 0.0, "hedging-14": E.get("hedging-14").points,
                   "attribution-11": 0.0, "attribution-12": 0.0, "attribution-13": E.get("attribution-13").points},
    }  # fmt: skip
    assert 0 < expected["partial"]["hedging-12"] < E.get("hedging-12").points
    assert points("hedging-13", wrong("hedging-13")) < E.get("hedging-13").points
    # perfect: everything in the panel
    for nb_id, ids in NOTEBOOKS.items():
        write_submission(root, nb_id, "perfect", panel={i: key(i) for i in ids})
    # partial: 02 directly in submitted/, 03 through an LMS download and zip_collect
    write_submission(root, "02-hedging", "partial",
                     panel={"hedging-12": span_half, "hedging-13": wrong("hedging-13"), "hedging-14": key("hedging-14")},
                     best={"hedging-13": key("hedging-13")},  # right earlier, then a worse last check
                     code={"hedging-14": wrong_option("hedging-14")})  # fmt: skip
    staging = tmp / "staging"
    staging.mkdir()
    (staging / "release").symlink_to(root / "release")
    folder = write_submission(staging, "03-attribution", "partial", panel={"attribution-13": key("attribution-13")},
                              code={"attribution-11": cues_half, "attribution-12": classify_half})  # fmt: skip
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
                     delete=["attribution-12-answer", "attribution-13-test"], duplicate=["attribution-12-test"],
                     timestamp="garbage")  # nbgrader's autograde cannot parse it  # fmt: skip
    graded_run = run("grade", str(root), "--jobs", "2", "--timeout", TIMEOUT, "--no-progress")
    exported = run("export", str(root))
    # after grading: downloads in the Canvas and Moodle layouts, each for a new student
    lms = {}
    for fmt, student, name in (("canvas", "doejane", "doejane_48213_1290321_{f}"),
                               ("moodle", "48213", "Jane Doe_48213_assignsubmission_file_/{f}"),
                               ("blackboard", "bbuser", "02-hedging_bbuser_attempt_2026-03-02-09-20-11_{f}"),
                               ("folders", "fuser", "download/fuser/{f}")):  # a zip with a folder of its own
        folder = write_submission(staging, "02-hedging", f"{fmt}-student", panel={"hedging-12": span_half})
        zip_path = tmp / f"{fmt}-download.zip"
        with zipfile.ZipFile(zip_path, "w") as zf:
            for f in ("02-hedging.ipynb", "02-hedging.kit-answers.json"):
                zf.write(folder / f, name.format(f=f))
        lms[fmt] = (student, run("collect", str(root), str(zip_path), "--format", fmt))
    # a download in one layout collected with another format's pattern: nothing matches
    mismatched = run("collect", str(root), str(tmp / "blackboard-download.zip"), "--format", "canvas", ok=False)
    return {"root": root, "expected": expected, "release": release, "collect": collected, "grade": graded_run,
            "export": exported, "lms": lms, "mismatched": mismatched}  # fmt: skip


def read_csv(path: Path) -> list[dict[str, str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs for "ë"
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def test_exported_scores_are_exactly_course_check_scores(graded):
    rows = {r["student_id"]: r for r in read_csv(graded["root"] / "export" / "grades-wide.csv")}
    assert set(rows) == {"perfect", "partial", "blank", "broken"}
    for student, scores in graded["expected"].items():
        for ex_id, value in scores.items():
            assert float(rows[student][ex_id]) == pytest.approx(value, abs=1e-9), (student, ex_id)
        assert float(rows[student]["total"]) == pytest.approx(round(sum(scores.values()), 2))
        assert float(rows[student]["max_total"]) == sum(E.get(i).points for i in ALL)
    assert rows["perfect"]["first_name"] == "Pat" and rows["perfect"]["email"] == "p@x.org"
    assert (rows["broken"]["first_name"], rows["broken"]["last_name"]) == ("Zoë", "Brontë")
    # partial credit really is partial, and the totals per notebook add up
    assert 0 < float(rows["partial"]["hedging-12"]) < E.get("hedging-12").points
    for nb_id, ids in NOTEBOOKS.items():
        assert float(rows["partial"][f"{nb_id} total"]) == pytest.approx(round(sum(graded["expected"]["partial"][i] for i in ids), 2))


def test_long_export_has_a_row_per_student_and_exercise_plus_totals(graded):
    rows = read_csv(graded["root"] / "export" / "grades-long.csv")
    per_ex = [r for r in rows if r["exercise"] != "TOTAL"]
    assert len(per_ex) == 4 * len(ALL)
    assert {r["status"] for r in per_ex} == {"graded"}
    totals = {(r["student_id"], r["assignment"]): float(r["score"]) for r in rows if r["exercise"] == "TOTAL"}
    assert {r["status"] for r in rows if r["exercise"] == "TOTAL"} == {"graded"}  # a total says its status too
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


def key_texts(ex_id: str) -> list[str]:
    """Pieces of the answer key that must never reach students: the key's explanation (line by
    line), the per-option feedback, and the answer as a list or as phrase-label pairs."""
    ex = E.keyed(E.get(ex_id))
    entry = E.public_key()[ex_id]
    explanation = " ".join(str(entry.get("explanation", "")).split())
    pieces = [sent for sent in re.split(r"(?<=[.!?])\s+", explanation) if len(sent) >= 30]
    pieces += [str(o["feedback"]) for o in entry.get("options", []) if o.get("feedback")]
    answer = E.key_answer(ex_id)
    if ex.type == "span-select":
        pieces += [json.dumps(answer, ensure_ascii=False), repr(answer)]
    if ex.type == "classify":
        for item, label in answer.items():
            pieces += [f'"{item}": "{label}"', f"'{item}': '{label}'"]
    return pieces


def test_released_notebooks_hold_no_solution_and_no_key(graded):
    root = graded["root"]
    assert "checked: no hidden tests" in graded["release"].stdout
    for nb_id, ids in NOTEBOOKS.items():
        folder = root / "release" / nb_id
        assert sorted(p.name for p in folder.iterdir()) == [f"{nb_id}.ipynb"]
        nb = nbformat.read(folder / f"{nb_id}.ipynb", as_version=4)
        text = "\n".join(c.source for c in nb.cells)
        flat = " ".join(text.split())  # explanations are compared sentence by sentence, across line breaks
        for marker in ("BEGIN HIDDEN TESTS", "course.classroom.score(", "BEGIN SOLUTION", "NotImplementedError"):
            assert marker not in text
        for ex_id in ids:
            for piece in key_texts(ex_id):
                assert piece not in text and piece not in flat, (ex_id, piece)
            assert f"answer_{ex_id.replace('-', '_')} = None" in text  # the answer cell is kept for students
            assert f'course.classroom.require_answer("{ex_id}")' in text  # the visible presence check
            assert f'course.exercise("{ex_id}")' in text  # the panel
        # the older optional code forms were replaced by the answer cells
        assert not [c for c in nb.cells if "course.check(" in c.source and not c.metadata.get("nbgrader")
                    and any(f'"{i}"' in c.source for i in ids)]  # fmt: skip
        src = (root / "source" / nb_id / f"{nb_id}.ipynb").read_text(encoding="utf-8")
        assert "BEGIN HIDDEN TESTS" in src  # the instructor's version has them
    # the check itself can fail: the source notebook would have been refused if it held the key
    assert key_texts("hedging-14")[0] in " ".join(E.keyed(E.get("hedging-14")).explanation.split())
    assert len(key_texts("hedging-12")) >= 3 and len(key_texts("attribution-13")) >= 4


def test_validate_invert_passes_on_the_blank_release(graded):
    root = graded["root"]
    nbgrader = str(Path(sys.executable).parent / "nbgrader")
    r = subprocess.run([nbgrader, "validate", "--invert", "release/02-hedging/02-hedging.ipynb"], cwd=root,
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


def test_lms_downloads_of_every_format_are_collected(graded):
    root = graded["root"]
    for fmt, (student, result) in graded["lms"].items():
        assert result.returncode == 0, (fmt, result.stdout, result.stderr)
        got = root / "submitted" / student / "02-hedging"
        stamped = ["timestamp.txt"] if fmt == "blackboard" else []  # only Blackboard's names carry a time
        assert sorted(p.name for p in got.iterdir()) == ["02-hedging.ipynb", "02-hedging.kit-answers.json", *stamped], fmt
        # only this download's student is counted, and an id the roster lacks is named with what to do
        assert f"Collected 02-hedging: 1 student(s): {student}" in result.stdout, result.stdout
        assert f"warning: not on the roster: {student}." in result.stdout and "participant number" in result.stdout
    # the Blackboard download's student is on the roster: no warning
    assert "Collected 03-attribution: 1 student(s): partial" in graded["collect"].stdout
    assert "warning" not in graded["collect"].stdout
    # Blackboard's dashed time is read as written (nbgrader alone reads 09-20-11 as 20:00)
    stamp = root / "submitted" / "bbuser" / "02-hedging" / "timestamp.txt"
    assert stamp.read_text(encoding="utf-8").strip().startswith("2026-03-02 09:20:11")


def test_a_download_that_matches_no_file_name_pattern_fails_and_says_why(graded):
    result = graded["mismatched"]
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Collected 02-hedging: 0 student(s)" in result.stdout
    assert "error: no file name matched the canvas format's pattern" in result.stdout and "--format" in result.stdout
    assert "skipped (no student id in its name): " in result.stdout


def test_the_report_names_every_problem_of_the_broken_submission(graded):
    out = graded["grade"].stdout
    assert "Graded 8 of 8 submission(s) with 2 job(s)" in out
    lines = [ln for ln in out.splitlines() if "broken / " in ln]
    text = "\n".join(lines)
    for expected in ("renamed to '02-hedging.ipynb'", "not valid JSON", "('1 / 0') raised ZeroDivisionError",
                     "('while True:') ran too long and was stopped", "huge output cut", "deleted cell(s)", "duplicated cell(s)",
                     "wrong form", "timestamp.txt is unreadable ('garbage'): graded without a submission time"):  # fmt: skip
        assert expected in text, (expected, text)
    # the unreadable timestamp was set aside, not lost
    aside = graded["root"] / "submitted" / "broken" / "03-attribution" / "timestamp.txt.unreadable"
    assert aside.read_text(encoding="utf-8").strip() == "garbage"
    assert "blank / 02-hedging: no answers file" in out
    assert "perfect / " not in out
