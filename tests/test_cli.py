"""Tests for the command line (``python -m course``), run as a real subprocess."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

import course
from course import cli

SEED = course.load_article().name


def run(*args: str, stdin: bytes | None = None, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "course", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd,
        timeout=120,
    )


def assert_one_line_error(proc: subprocess.CompletedProcess, *words: str) -> str:
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 2, err
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ")
    for w in words:
        assert w in lines[0]
    assert proc.stdout == b""
    return lines[0]


def test_analyze_file_prints_summary_and_writes_html(tmp_path):
    f = tmp_path / "news.txt"
    f.write_text(course.load_article().text, encoding="utf-8")
    out = tmp_path / "report.html"
    proc = run("analyze", str(f), "--html", str(out))
    text = proc.stdout.decode("utf-8")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == b""
    for line in ("lens", "Hedging", "Boosting", "Attribution", "Escalation", "De-escalation",
                 "Attributions (", "Unattributed sentences (", "HTML report written to"):
        assert line in text
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page.lower()


def test_attribution_lines_have_source_cue_class_content():
    proc = run("analyze", "--article", SEED, "--lenses", "attribution")
    text = proc.stdout.decode("utf-8")
    assert proc.returncode == 0
    analysis = course.analyze(course.load_article().text)
    for a in analysis.attributions:
        src = a.source.text if a.source else "(no source)"
        assert f"-> {a.cue.text} ({a.verb_class})" in text
        assert src[:20] in text
    # only the chosen lens is summarised
    assert "Hedging" not in text and "Escalation phrases" not in text


def test_lens_summary_sections_follow_the_choice():
    proc = run("analyze", "-", "--lenses", "hedging,escalation", stdin="Russia may react.".encode())
    text = proc.stdout.decode("utf-8")
    assert proc.returncode == 0
    assert "Hedging (" in text and "Escalation phrases" in text
    assert "Attributions (" not in text and "Boosting (" not in text


def test_list_and_evaluate():
    proc = run("list")
    text = proc.stdout.decode("utf-8")
    assert proc.returncode == 0
    assert text.split()[:3] == ["name", "kind", "words"]
    assert SEED in text
    proc = run("evaluate", SEED)
    text = proc.stdout.decode("utf-8")
    assert proc.returncode == 0, proc.stderr
    assert "attribution cue" in text and "overlap" in text and "exact" in text


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda d: d / "missing.txt", ["no such file"]),
        (lambda d: d, ["is a directory"]),
        (lambda d: _write(d / "empty.txt", b""), ["empty"]),
        (lambda d: _write(d / "blank.txt", b"  \n\t \r\n"), ["empty"]),
        (lambda d: _write(d / "nul.bin", b"Lavrov\x00said"), ["binary"]),
        (lambda d: _write(d / "latin1.txt", "Caf\u00e9 talks".encode("latin-1")), ["not UTF-8"]),
        (lambda d: _write(d / "big.txt", b"a" * (10 * 1024 * 1024 + 1)), ["too large"]),
        (lambda d: _write(d / "u16.txt", "Lavrov said the talks may fail.".encode("utf-16")), ["UTF-16", "save it as UTF-8"]),
        (lambda d: _write(d / "u16le.txt", "Lavrov said the talks may fail.".encode("utf-16-le")), ["UTF-16"]),
    ],
    ids=["missing", "directory", "empty", "whitespace", "nul", "latin1", "oversized-bytes", "utf16-bom", "utf16-no-bom"],
)
def test_bad_files_give_one_line_errors(tmp_path, make, words):
    assert_one_line_error(run("analyze", str(make(tmp_path))), *words)


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_too_many_characters(tmp_path, monkeypatch):
    monkeypatch.setattr("course.analysis.MAX_CHARS", 10)
    with pytest.raises(cli.CliError, match="too long"):
        cli.decode_text(b"Lavrov said it again and again.", "long.txt")


def test_utf8_with_bom_is_accepted(tmp_path):
    f = _write(tmp_path / "bom.txt", "Lavrov said it may rain.".encode("utf-8-sig"))
    proc = run("analyze", str(f))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode("utf-8").startswith(f"{f}: 1 sentence")


def test_other_errors_are_one_line():
    assert_one_line_error(run("analyze", "--article", "no-such-article"), "no-such-article")
    assert_one_line_error(run("evaluate", "no-such-article"), "no-such-article")
    assert_one_line_error(run("analyze", "--article", SEED, "--lenses", "hedges"), "hedging")
    assert_one_line_error(run("analyze", "-", stdin=b"\xff\xfe bad"), "not UTF-8")
    assert_one_line_error(run("analyze"), "FILE")


def test_unwritable_html_target(tmp_path):
    f = _write(tmp_path / "ok.txt", b"Lavrov said it may rain.")
    assert_one_line_error(run("analyze", str(f), "--html", str(tmp_path / "nope" / "x.html")), "does not exist")
    assert_one_line_error(run("analyze", str(f), "--html", str(tmp_path)), "directory")


def test_article_without_gold(tmp_path, monkeypatch):
    root = tmp_path / "datasets"
    (root / "articles" / "plain").mkdir(parents=True)
    (root / "articles" / "plain" / "text.txt").write_text("Lavrov said it.", encoding="utf-8")
    monkeypatch.setenv("COURSE_DATASETS", str(root))
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["evaluate", "plain"], stdout=out, stderr=err) == 2
    assert err.getvalue().startswith("error: ") and "no gold" in err.getvalue()
    assert cli.main(["list"], stdout=out, stderr=err) == 0
    assert "plain" in out.getvalue()


def test_keyboard_interrupt_exits_130_quietly(monkeypatch):
    def interrupted(args, stdout):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_cmd_list", interrupted)
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["list"], stdout=out, stderr=err) == 130
    assert err.getvalue() == "" and out.getvalue() == ""


def test_help_mentions_every_command():
    proc = run("--help")
    text = proc.stdout.decode("utf-8")
    assert proc.returncode == 0
    for word in ("analyze", "list", "evaluate", "python -m course"):
        assert word in text
    proc = run("analyze", "--help")
    assert "--lenses" in proc.stdout.decode() and "--html" in proc.stdout.decode()


def test_the_html_report_never_overwrites_the_text_being_analysed(tmp_path):
    text = "Lavrov said the talks may fail.\n"
    mine = _write(tmp_path / "mine.txt", text.encode("utf-8"))
    (tmp_path / "link.txt").symlink_to(mine)
    for out in ("mine.txt", "link.txt", str(mine)):
        assert_one_line_error(run("analyze", "mine.txt", "--html", out, cwd=tmp_path), "would overwrite the text")
    assert mine.read_text(encoding="utf-8") == text
    assert_one_line_error(run("analyze", "mine.txt", "--html", "", cwd=tmp_path), "--html needs a file name")
    # another name is fine
    proc = run("analyze", "mine.txt", "--html", "report.html", cwd=tmp_path)
    assert proc.returncode == 0 and (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("gold, words", [
    ('{"annotations": [{"start": 0}]}', ["malformed", "'end'"]),
    ("[]", ["JSON object"]),
    ('{"attributions": [{"cue": {"start": "x", "end": 3, "text": "Lav"}}]}', ["malformed"]),
    ("{", ["not valid JSON"]),
])
def test_a_malformed_gold_file_gets_a_dataset_error_naming_it(tmp_path, monkeypatch, gold, words):
    root = tmp_path / "datasets"
    (root / "articles" / "plain").mkdir(parents=True)
    (root / "articles" / "plain" / "text.txt").write_text("Lavrov said it.", encoding="utf-8")
    (root / "articles" / "plain" / "gold.json").write_text(gold, encoding="utf-8")
    monkeypatch.setenv("COURSE_DATASETS", str(root))
    with pytest.raises(course.errors.DatasetError) as info:
        course.load_gold("plain")
    assert "gold.json" in str(info.value) and all(w in str(info.value) for w in words)
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["evaluate", "plain"], stdout=out, stderr=err) == 2
    assert err.getvalue().startswith("error: ") and "unexpected" not in err.getvalue()


@pytest.mark.parametrize("meta", ["{", "[1, 2]"])
def test_a_malformed_meta_file_gets_a_dataset_error_naming_it(tmp_path, monkeypatch, meta):
    root = tmp_path / "datasets"
    (root / "articles" / "plain").mkdir(parents=True)
    (root / "articles" / "plain" / "text.txt").write_text("Lavrov said it.", encoding="utf-8")
    (root / "articles" / "plain" / "meta.json").write_text(meta, encoding="utf-8")
    monkeypatch.setenv("COURSE_DATASETS", str(root))
    with pytest.raises(course.errors.DatasetError, match="meta.json"):
        course.list_articles()
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["list"], stdout=out, stderr=err) == 2
    assert err.getvalue().startswith("error: ") and "meta.json" in err.getvalue() and "unexpected" not in err.getvalue()


@pytest.mark.parametrize("command", [["release", "course-dir"], ["grade", "course-dir"], ["export", "course-dir"],
                                     ["collect", "course-dir", "download.zip"]])
def test_classroom_commands_without_nbgrader_say_how_to_get_it(command, monkeypatch, capsys):
    # a plain `pip install -e .` has no nbgrader: one line that names the kit's environment and the extra
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "nbgrader" else real(name, *a))
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["classroom", *command], stdout=out, stderr=err) == 2
    lines = err.getvalue().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: nbgrader is not installed")
    assert ".[classroom]" in lines[0] and "./dev" in lines[0]
    assert out.getvalue() == ""


def test_classroom_commands_with_nbgrader_go_on_to_the_course_folder(tmp_path, capsys):
    # nbgrader is installed here: the command gets as far as the course folder and complains about it
    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["classroom", "grade", str(tmp_path)], stdout=out, stderr=err) == 2
    assert "not a classroom course" in err.getvalue() and "nbgrader is not installed" not in err.getvalue()
