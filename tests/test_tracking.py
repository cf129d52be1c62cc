"""The progress log, the answers file, course.start and course.progress()."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
from types import SimpleNamespace

import pytest

import course
from course import context, tracking
from course import exercises as E
from course.errors import CourseError
from course.feedback import Feedback

EX = SimpleNamespace(notebook="02-hedging", lens="hedging")


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSE_PROGRESS", str(tmp_path / "data" / "progress.json"))
    monkeypatch.delenv("COURSE_ANSWERS_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    tracking.reset_session()
    E.reset_session()
    context.start(context.DEFAULT_NOTEBOOK)
    yield
    tracking.reset_session()
    E.reset_session()
    context.start(context.DEFAULT_NOTEBOOK)


def fb(ex_id="hedging-01", score=0.5, passed=False):
    return Feedback(ex_id, score, passed, "m")


def log(path=None):
    with open(path or tracking.progress_path(), encoding="utf-8") as fh:
        return json.load(fh)["attempts"]


# --------------------------------------------------------------------- locations


def test_course_progress_env_overrides_the_location(tmp_path, monkeypatch):
    target = tmp_path / "elsewhere" / "mine.json"
    monkeypatch.setenv("COURSE_PROGRESS", str(target))
    assert tracking.progress_path() == target
    assert tracking.record(fb(), ["may"], exercise=EX) == ""
    entry = log(target)[0]
    assert entry["exercise"] == "hedging-01" and entry["answer"] == ["may"]
    assert set(entry) >= {"exercise", "notebook", "lens", "time", "score", "answer"}


def test_default_location_follows_xdg(tmp_path, monkeypatch):
    monkeypatch.delenv("COURSE_PROGRESS")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert tracking.progress_path() == tmp_path / "xdg" / "reading-diplomatic-news" / "progress.json"


# --------------------------------------------------------------------- concurrency


def _writer(worker: int, n: int) -> None:
    for i in range(n):
        tracking.record(Feedback(f"w{worker}-{i:02d}", 1.0, True, "m"), {"w": worker, "i": i}, exercise=EX)


def test_concurrent_writers_lose_nothing(tmp_path):
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_writer, args=(w, 25)) for w in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    attempts = log()
    assert len(attempts) == 100
    assert {(a["answer"]["w"], a["answer"]["i"]) for a in attempts} == {(w, i) for w in range(4) for i in range(25)}
    answers = json.loads((tmp_path / "scratch.kit-answers.json").read_text(encoding="utf-8"))
    assert len(answers["answers"]) == 100
    leftovers = [p.name for p in (tmp_path / "data").iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


# --------------------------------------------------------------------- failures


def test_the_log_is_parsed_again_only_when_it_changes(monkeypatch):
    """Every panel asks for its earlier attempts: one notebook must not parse the log per panel."""
    tracking.record(fb("hedging-01", 0.5), "x", exercise=EX)
    parsed = []
    real_load = json.load
    monkeypatch.setattr(tracking.json, "load", lambda fh: parsed.append(1) or real_load(fh))
    for _ in range(5):
        assert tracking.earlier("hedging-01") == {"attempts": 1, "best": 0.5, "passed": False}
    assert len(parsed) <= 1
    tracking.read_attempts()[0]["score"] = 99  # entries are copies: the cache is not changed
    assert tracking.earlier("hedging-01")["best"] == 0.5
    tracking.record(fb("hedging-01", 1.0, True), "y", exercise=EX)  # the file changed: read again
    assert tracking.earlier("hedging-01") == {"attempts": 2, "best": 1.0, "passed": True}
    # another process writes the log (same size, new time): read again too
    path = tracking.progress_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    data["attempts"][0]["score"] = 0.25
    path.write_text(json.dumps(data), encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert [a["score"] for a in tracking.read_attempts()] == [0.25, 1.0]


def test_corrupted_log_is_moved_aside_with_a_warning_and_the_attempt_kept():
    path = tracking.progress_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"attempts": [ broken', encoding="utf-8")
    warning = tracking.record(fb(score=0.75), "x", exercise=EX)
    assert "could not be read" in warning and "corrupt-" in warning and "earlier ones are still in that file" in warning
    aside = [p for p in path.parent.iterdir() if ".corrupt-" in p.name]
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == '{"attempts": [ broken'
    attempts = log()
    assert len(attempts) == 1 and attempts[0]["score"] == 0.75
    assert tracking.record(fb(), "y", exercise=EX) == ""  # healthy again: no new warning
    assert len(log()) == 2


def test_corrupted_log_warning_reaches_the_student_through_check():
    path = tracking.progress_path()
    path.parent.mkdir(parents=True)
    path.write_text("not json at all", encoding="utf-8")
    result = course.check("escalation-09", 4)
    assert result.passed and "could not be read" in result.warning
    assert "could not be read" in result._repr_html_()
    assert log()[0]["exercise"] == "escalation-09"


def test_unwritable_location_keeps_attempts_in_memory_with_one_warning(monkeypatch):
    monkeypatch.setenv("COURSE_PROGRESS", "/dev/null/cannot/progress.json")
    first = course.check("escalation-09", 2)
    second = course.check("escalation-09", 4)
    assert "kept in memory" in first.warning
    assert second.warning == ""  # warned once only
    assert second.attempts == 2
    report = course.progress()
    row = report.exercises["escalation-09"]
    assert row["attempts"] == 2 and row["passed"]
    assert "kept in memory" in report.warning


def test_memory_attempts_are_flushed_when_the_disk_comes_back(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSE_PROGRESS", "/dev/null/cannot/progress.json")
    assert tracking.record(fb(), 1, exercise=EX)
    monkeypatch.setenv("COURSE_PROGRESS", str(tmp_path / "ok.json"))
    assert tracking.record(fb(), 2, exercise=EX) == ""
    assert [a["answer"] for a in log(tmp_path / "ok.json")] == [1, 2]


def test_unwritable_answers_folder_warns_once(monkeypatch):
    monkeypatch.setenv("COURSE_ANSWERS_DIR", "/dev/null/nope")
    w1 = tracking.record(fb(), 1, exercise=EX)
    w2 = tracking.record(fb(), 2, exercise=EX)
    assert "kit-answers.json" in w1 and w2 == ""
    assert len(log()) == 2  # the progress log still works


def test_check_never_raises_when_tracking_breaks(monkeypatch):
    def broken(*a, **k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(tracking, "record", broken)
    result = course.check("escalation-09", 4)
    assert result.passed and "could not be saved" in result.warning


# --------------------------------------------------------------------- answers file


def test_answers_file_holds_the_last_answer_per_exercise_named_after_the_notebook(tmp_path):
    welcome = course.start("02-hedging")
    assert "02-hedging" in str(welcome) and "02-hedging" in welcome._repr_html_()
    course.check("hedging-08", 3)
    course.check("hedging-08", 1)
    course.check("hedging-03", "A")
    data = json.loads((tmp_path / "02-hedging.kit-answers.json").read_text(encoding="utf-8"))
    assert data["notebook"] == "02-hedging"
    assert data["answers"]["hedging-08"]["answer"] == 1 and data["answers"]["hedging-08"]["score"] == 1.0
    assert data["answers"]["hedging-03"]["answer"] == "A"
    assert not (tmp_path / "scratch.kit-answers.json").exists()
    visible = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("."))
    assert visible == ["02-hedging.kit-answers.json", "data"]
    assert tracking.read_answers("02-hedging")["answers"].keys() == {"hedging-08", "hedging-03"}


def test_answers_file_write_is_atomic(tmp_path, monkeypatch):
    course.check("hedging-08", 1)
    path = tmp_path / "scratch.kit-answers.json"
    before = path.read_text(encoding="utf-8")

    def fail(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(tracking.json, "dump", fail)
    course.check("hedging-08", 5)
    assert path.read_text(encoding="utf-8") == before  # the old file is intact, not half written
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_tuples_in_answers_are_stored_as_json():
    tracking.record(fb(), [(0, 5), (7, 9)], exercise=EX)
    assert log()[0]["answer"] == [[0, 5], [7, 9]]


def test_start_rejects_a_bad_notebook_id():
    with pytest.raises(CourseError):
        course.start("../escape")
    with pytest.raises(CourseError):
        course.start("")
    assert context.current_notebook() == "scratch"


# --------------------------------------------------------------------- the report


def test_progress_report_per_notebook_and_lens():
    course.check("hedging-08", 1)  # passed
    course.check("hedging-03", "B")  # wrong
    course.check("escalation-03", [2, 1, 4, 3, 0])  # tau 0.6: attempted, not done
    report = course.progress()
    hedging = report.by_notebook["02-hedging"]
    assert hedging["total"] == len(course.list_exercises(notebook="02-hedging"))
    assert hedging["attempted"] == 2 and hedging["done"] == 1
    assert hedging["best"] == pytest.approx(1.0 / hedging["total"], abs=1e-3)
    assert report.by_lens["escalation"]["attempted"] == 1 and report.by_lens["escalation"]["done"] == 0
    n_attribution = len(course.list_exercises(lens="attribution"))
    assert n_attribution >= 9
    assert report.by_lens["attribution"] == {"total": n_attribution, "attempted": 0, "done": 0, "best": 0.0}
    assert report.done == 1 and report.attempted == 3
    html = report._repr_html_()
    assert "<table" in html and "02-hedging" in html and "escalation" in html
    assert "1 done, 3 attempted" in str(report)


def test_progress_of_an_empty_log():
    report = course.progress()
    assert report.done == 0 and report.attempted == 0 and len(report.exercises) == len(course.list_exercises())


def test_plot_returns_a_matplotlib_figure():
    course.check("hedging-08", 1)
    fig = course.progress().plot()
    from matplotlib.figure import Figure

    assert isinstance(fig, Figure) and len(fig.axes) == 2


def test_import_course_stays_light():
    code = (
        "import sys, course; course.Feedback; course.check; course.progress; course.start;"
        "print(sorted(m for m in ('matplotlib', 'ipywidgets') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "COURSE_PROGRESS": os.environ["COURSE_PROGRESS"]})  # fmt: skip
    assert out.stdout.strip() == "[]"


def test_progress_labels_say_which_average_is_which():
    course.check("escalation-03", [2, 1, 4, 3, 0])  # tau 0.6: 60% on the one attempted exercise
    report = course.progress()
    lens = report.by_lens["escalation"]
    assert lens["best"] == pytest.approx(0.6 / lens["total"], abs=1e-3)  # the data field is unchanged
    assert report.best_on_attempted("lens", "escalation") == pytest.approx(0.6)
    assert report.best_on_attempted("lens", "attribution") is None
    html = report._repr_html_()
    assert "best (mean)" not in html
    assert "average over all exercises" in html and "on attempted exercises" in html
    row = html.split("<td>escalation</td>", 1)[1].split("</tr>", 1)[0]
    assert f"(of {lens['total']})" in row and "<td>60%</td>" in row
    assert f"average {lens['best']:.0%} over all {lens['total']} exercises, 60% on attempted" in str(report)


def test_a_lone_surrogate_in_an_answer_never_blocks_saving(tmp_path):
    """Half an emoji ("\\ud83d", pasted from a broken source) is saved as U+FFFD; the answers
    after it are saved too, with no warning."""
    course.start("02-hedging")
    first = course.check("hedging-09", "I was unsure because the text hedges a lot " * 3 + "\ud83d")
    assert first.warning == ""
    later = course.check("hedging-08", 1)
    assert later.passed and later.warning == ""
    saved = json.loads((tmp_path / "02-hedging.kit-answers.json").read_text(encoding="utf-8"))["answers"]
    assert saved["hedging-09"]["answer"].endswith("\ufffd") and saved["hedging-08"]["answer"] == 1
    assert [a["exercise"] for a in log()] == ["hedging-09", "hedging-08"]


def test_an_answers_file_with_a_byte_order_mark_is_read_not_moved_aside(tmp_path):
    """Windows Notepad saves UTF-8 with a BOM: the file is still the student's, and kept."""
    course.start("02-hedging")
    course.check("hedging-08", 1)
    path = tmp_path / "02-hedging.kit-answers.json"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert tracking.read_answers("02-hedging")["answers"]["hedging-08"]["answer"] == 1
    result = course.check("hedging-03", "A")
    assert result.warning == ""
    saved = json.loads(path.read_text(encoding="utf-8"))["answers"]
    assert saved.keys() == {"hedging-08", "hedging-03"}
    assert not [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    # a log with a BOM is read too
    log_path = tracking.progress_path()
    log_path.write_bytes(b"\xef\xbb\xbf" + log_path.read_bytes())
    assert [a["exercise"] for a in tracking.read_attempts()] == ["hedging-08", "hedging-03"]


def test_a_damaged_answers_file_is_kept_and_the_warning_says_where_the_answers_are(tmp_path):
    course.start("02-hedging")
    path = tmp_path / "02-hedging.kit-answers.json"
    path.write_text('{"notebook": "02-hedging", "answers": {"hedging-08": ', encoding="utf-8")
    result = course.check("hedging-08", 3)
    aside = [p for p in tmp_path.iterdir() if ".corrupt-" in p.name]
    assert len(aside) == 1 and aside[0].name in result.warning
    assert "hand the file in" in result.warning and "Nothing of this attempt is lost" not in result.warning
    assert aside[0].read_text(encoding="utf-8").startswith('{"notebook": "02-hedging"')


@pytest.mark.parametrize("entry", [
    {"exercise": "hedging-01", "score": "high", "passed": True},
    {"exercise": "hedging-01", "score": [1, 2]},
    {"exercise": "hedging-01", "score": None, "passed": "yes"},
])
def test_progress_survives_a_damaged_log_entry(entry):
    path = tracking.progress_path()
    path.parent.mkdir(parents=True)
    good = {"exercise": "hedging-08", "score": 1.0, "passed": True}
    path.write_text(json.dumps({"version": 1, "attempts": [entry, good]}), encoding="utf-8")
    report = course.progress()
    assert report.exercises["hedging-08"]["passed"] is True
    row = report.exercises["hedging-01"]
    assert row["attempts"] == 1 and row["best"] == 0.0
    assert row["passed"] is (entry.get("passed") is True)


def test_my_answer_gives_back_the_last_saved_answer():
    assert course.my_answer("start-07") is None
    course.check("start-07", "I hope to learn who stands behind the claims in a report and how sure they are.")
    course.check("start-07", "I hope to learn to spot who is speaking and how hostile the words are.")
    assert course.my_answer("start-07") == "I hope to learn to spot who is speaking and how hostile the words are."
    course.check("start-07", "")  # an empty answer is not saved and does not hide the last one
    assert course.my_answer("start-07").startswith("I hope to learn to spot")
    assert course.my_answer("start-06") is None


def test_answers_and_progress_files_are_readable_by_a_teacher(tmp_path, monkeypatch):
    """mkstemp makes private files; a handed-in answers file must be readable by others."""
    import os
    import stat

    monkeypatch.setenv("COURSE_PROGRESS", str(tmp_path / "progress.json"))
    monkeypatch.chdir(tmp_path)
    old = os.umask(0o022)
    try:
        course.start("02-hedging")
        course.check("hedging-01", ["could"])
    finally:
        os.umask(old)
        course.start("scratch")
    for name in ("progress.json", "02-hedging.kit-answers.json"):
        mode = stat.S_IMODE((tmp_path / name).stat().st_mode)
        assert mode == 0o644, (name, oct(mode))
