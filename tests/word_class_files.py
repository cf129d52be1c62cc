"""The lenses' data files as the tests read them: the rows of a word-class file, the README
section that documents it, a copy with one change for the loader's error tests, an edited copy of
the lexicons for the tests that the lenses read their files, and a fresh interpreter that records
the files opened under ``datasets/``.

Shared by ``test_word_classes.py`` (escalation), ``test_hedging_word_classes.py`` and
``test_attribution_word_classes.py``, which each pass their own file's name.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from course.datasets import datasets_dir, read_tsv


def class_file(name: str) -> Path:
    """``datasets/lexicons/<name>.tsv``."""
    return datasets_dir() / "lexicons" / f"{name}.tsv"


def class_rows(name: str) -> list[dict[str, str]]:
    """The rows of the file, as dictionaries keyed by its header."""
    return read_tsv(class_file(name))


def readme_section(name: str) -> str:
    """The section "## <name>.tsv" of ``datasets/lexicons/README.md``, to the next section."""
    text = (datasets_dir() / "lexicons" / "README.md").read_text(encoding="utf-8")
    return text.split(f"## {name}.tsv", 1)[1].split("\n## ", 1)[0]


def line_index(name: str, cls: str) -> int:
    """The index of the file's line that defines ``cls`` (its line number is one more)."""
    lines = class_file(name).read_text(encoding="utf-8").splitlines()
    return next(k for k, line in enumerate(lines) if line.startswith(f"{cls}\t"))


def broken_copy(tmp_path: Path, name: str, cls: str, change) -> Path:
    """A copy of the real file, named bad_classes.tsv, changed by ``change(lines, k)`` where
    ``k`` is the index of the line of ``cls``."""
    lines = class_file(name).read_text(encoding="utf-8").splitlines(keepends=True)
    bad = tmp_path / "bad_classes.tsv"
    bad.write_text("".join(change(lines, line_index(name, cls))), encoding="utf-8")
    return bad


def broken_row_cases(cls: str, word: str) -> list[tuple]:
    """Changes that break the row of ``cls`` (``word`` is one of its words), each with the message
    the loader must give; ``{n}`` stands for the row's line number."""
    return [
        (lambda lines, k: lines[:k + 1] + [lines[k]] + lines[k + 1:],
         f"line {{n+1}}: the class '{cls}' is already used on line {{n}}"),
        (lambda lines, k: lines[:k] + [lines[k].replace(f"\t{word} ", f"\t{word} {word} ", 1)] + lines[k + 1:],
         f"line {{n}}: the class '{cls}' lists '{word}' more than once"),
        (lambda lines, k: lines[:k] + [f"{cls}\t \t" + lines[k].split("\t", 2)[2]] + lines[k + 1:],
         f"line {{n}}: the class '{cls}' has no words"),
        (lambda lines, k: lines[:k] + ["\t" + lines[k].split("\t", 1)[1]] + lines[k + 1:], "line {n}: the row has no class"),
        (lambda lines, k: lines[:k] + [f"{cls}\t{word}\n"] + lines[k + 1:], "line {n}: expected 5 columns, found 2"),
    ]


def assert_broken_copy_fails(tmp_path: Path, name: str, cls: str, change, message: str) -> None:
    """The loader rejects the changed copy with a ``DatasetError`` that names the file and the line."""
    from course.datasets import read_word_classes
    from course.errors import DatasetError

    n = line_index(name, cls) + 1
    message = message.replace("{n+1}", str(n + 1)).replace("{n}", str(n))
    try:
        read_word_classes(broken_copy(tmp_path, name, cls, change))
    except DatasetError as error:
        assert str(error).startswith("bad_classes.tsv") and message in str(error), str(error)
    else:
        raise AssertionError(f"no DatasetError for a copy that should give {message!r}")


#: Python code that records, in the list ``opened``, every file opened under ``datasets/``.
RECORD_OPENS = ("import sys\n"
                "opened = []\n"
                "sys.addaudithook(lambda event, args: event == 'open' and isinstance(args[0], str)\n"
                "                 and '/datasets/' in args[0].replace('\\\\', '/') and opened.append(args[0]))\n")


def run_recording_opens(code: str) -> list[str]:
    """Run ``code`` after :data:`RECORD_OPENS` in a fresh interpreter; the words it printed."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", RECORD_OPENS + code], capture_output=True, text=True, check=True, cwd=root)
    return out.stdout.split()


@contextmanager
def edited_lexicons(tmp_path: Path, monkeypatch, name: str, old: str, new: str, clear: Callable[[], None]):
    """Point ``COURSE_DATASETS`` at a copy of the datasets whose ``lexicons/<name>.tsv`` has ``old``
    replaced by ``new``, for the body of the ``with``; ``clear`` empties the caches that hold the
    file, before and after."""
    shutil.copytree(datasets_dir() / "lexicons", tmp_path / "lexicons")
    (tmp_path / "articles").mkdir()
    edited = tmp_path / "lexicons" / f"{name}.tsv"
    source = edited.read_text(encoding="utf-8")
    assert old in source, f"{old!r} is not in {name}.tsv"
    edited.write_text(source.replace(old, new), encoding="utf-8")
    monkeypatch.setenv("COURSE_DATASETS", str(tmp_path))
    clear()
    try:
        yield
    finally:
        monkeypatch.delenv("COURSE_DATASETS")
        clear()
