"""Word classes: every lens's file's schema and loader (parametrized), and the escalation lens's file
schema, the loader's errors, and that the code and the file name the same classes."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

import pytest

from course.datasets import (
    WORD_CLASS_COLUMNS, datasets_dir, load_word_classes, read_tsv, read_word_classes,
)
from course.document import build_document
from course.errors import DatasetError
from course.lenses.escalation import annotate
from course.lenses.escalation.conditions import CONDITIONS
from course.lenses.escalation.patterns import _PATTERNS
from course.lenses.attribution.words import word_class as attribution_word_class
from course.lenses.escalation.words import WORD_CLASSES, word_class
from course.lenses.hedging import word_class as hedging_word_class
from word_class_files import class_file, class_rows, edited_lexicons, run_recording_opens
from word_class_files import readme_section as word_class_section

PACKAGE = Path(__file__).resolve().parent.parent / "course" / "lenses" / "escalation"
DATASETS = Path(__file__).resolve().parent.parent / "datasets"
KINDS = ("condition", "context", "pattern", "step")
CONTEXTS = {"military", "violence", "diplomatic", "market"}  # the fields context.py reads


#: This lens's file, its rows and its section of the lexicons README (tests/word_class_files.py).
path, rows, readme_section = (partial(f, WORD_CLASSES) for f in (class_file, class_rows, word_class_section))


def asked_for() -> dict[str, list[str]]:
    """Class name -> the modules of the lens that ask for it (``word_class("...")``)."""
    found: dict[str, list[str]] = {}
    for py in sorted(PACKAGE.glob("*.py")):
        # (doctest examples are no requests of the code)
        source = "\n".join(line for line in py.read_text(encoding="utf-8").splitlines()
                           if not line.lstrip().startswith(">>>"))
        calls = re.findall(r"\bword_class\(([^)]*)\)", source)
        for arg in calls:
            literal = re.fullmatch(r'"([a-z0-9-]+)"', arg.strip())
            if py.name == "words.py" and arg.strip() == "name: str":
                continue  # the definition
            assert literal, f"{py.name}: word_class({arg}) must name its class as a literal string"
            found.setdefault(literal.group(1), []).append(py.name)
    # ... and the classes the pattern file is written with ({class:NAME})
    patterns = DATASETS / "lexicons" / "escalation_patterns.tsv"
    for name in re.findall(r"\{class:([a-z0-9-]+)\}", patterns.read_text(encoding="utf-8")):
        if "escalation_patterns.tsv" not in found.get(name, []):
            found.setdefault(name, []).append("escalation_patterns.tsv")
    return found


# ----------------------------------------------------------------------------- the file


# ----------------------------------------------------------------------------- every lens's file

#: Each lens's word-class file, its accessor and one class it has.
WORD_CLASS_FILES = [
    ("escalation_word_classes", word_class, "observer-nouns"),
    ("hedging_word_classes", hedging_word_class, "role-nouns"),
    ("attribution_word_classes", attribution_word_class, "light-verbs"),
]


def file_rows(file: str) -> list[dict[str, str]]:
    return read_tsv(datasets_dir() / "lexicons" / f"{file}.tsv")


@pytest.mark.parametrize("file, accessor, known", WORD_CLASS_FILES)
def test_every_row_has_every_column_filled_in(file, accessor, known):
    assert file_rows(file), "the file has no rows"
    for row in file_rows(file):
        where = f"{file} line {row['_line']}"
        assert set(WORD_CLASS_COLUMNS) <= set(row), where
        for column in WORD_CLASS_COLUMNS:
            assert row[column], f"{where}: empty {column}"
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", row["class"]), f"{where}: class names are kebab-case"
        assert row["explanation"].endswith("."), f"{where}: the explanation is one sentence"


@pytest.mark.parametrize("file, accessor, known", WORD_CLASS_FILES)
def test_no_class_is_defined_twice_and_no_word_is_listed_twice_in_a_class(file, accessor, known):
    names = [row["class"] for row in file_rows(file)]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})
    for row in file_rows(file):
        words = row["words"].split()
        assert words, f"{row['class']}: no words"
        assert len(words) == len(set(words)), f"{row['class']}: {sorted({w for w in words if words.count(w) > 1})}"
        # compared with Token.norm or a lemma: lower case, one token, straight apostrophes
        bad = [w for w in words if w != w.lower() or "’" in w or not re.fullmatch(r"[\w'-]+", w)]
        assert not bad, f"{row['class']}: {bad}"


@pytest.mark.parametrize("file, accessor, known", WORD_CLASS_FILES)
def test_an_unknown_class_is_a_key_error_that_lists_the_classes(file, accessor, known):
    with pytest.raises(KeyError, match=f"{file}.tsv has no class 'no-such-class'; its classes: .*{known}"):
        accessor("no-such-class")


@pytest.mark.parametrize("file, accessor, known", WORD_CLASS_FILES)
def test_the_loader_gives_the_words_of_each_row(file, accessor, known):
    classes = load_word_classes(file)
    assert list(classes) == [row["class"] for row in file_rows(file)]
    for row in file_rows(file):
        assert classes[row["class"]] == frozenset(row["words"].split()) == accessor(row["class"])
    with pytest.raises(TypeError):
        classes[known] = frozenset()  # read-only: the cached mapping is shared


def test_used_by_names_a_real_condition_context_pattern_or_step():
    steps = set(re.findall(r"^\| `([a-z-]+)` \| `\w+\.py`", readme_section(), re.M))
    assert {"cessation", "negation", "speech-acts"} <= steps  # the README's table of steps was read
    known = {"condition": set(CONDITIONS), "context": CONTEXTS, "pattern": {p.name for p in _PATTERNS},
             "step": steps}
    for row in rows():
        for item in row["used_by"].split():
            kind, _, name = item.partition(":")
            assert kind in KINDS, f"{row['class']}: {item!r} is not kind:name with a kind of {KINDS}"
            assert name in known[kind], f"{row['class']}: no {kind} called {name!r}"


def test_the_readme_documents_every_class():
    text = (datasets_dir() / "lexicons" / "README.md").read_text(encoding="utf-8")
    text = text.split("## escalation.tsv", 1)[1]  # the sections of escalation.tsv and of this file
    missing = [row["class"] for row in rows() if f"`{row['class']}`" not in text]
    assert not missing, missing


# ----------------------------------------------------------------------------- code and file


def test_every_class_the_code_asks_for_exists_and_every_class_is_used():
    asked = asked_for()
    in_file = {row["class"] for row in rows()}
    assert set(asked) - in_file == set(), "asked for by the code but not in the file"
    assert in_file - set(asked) == set(), "in the file but read by no code (a stale row)"


def test_the_scan_of_the_code_finds_what_it_looks_for():
    asked = asked_for()
    assert asked["observer-nouns"] == ["conditions.py"] + ["patterns.py"] * 6
    assert "military-words" in asked and "context.py" in asked["military-words"]


def test_importing_the_lens_reads_no_file():
    # every file opened under datasets/ is recorded: none at import, each word-class file of the
    # three lenses once at first use (the hedging and attribution lenses keep theirs too)
    assert run_recording_opens(
        "import course, course.analysis, course.lenses.escalation, course.lenses.hedging\n"
        "import course.lenses.attribution\n"
        "print(len(opened))\n"
        "course.analysis.analyze('Economists warned that the measures could backfire.')\n"
        "course.analysis.analyze('Analysts said the talks could collapse, according to the plan.')\n"
        "print(*sorted(p.rsplit('/', 1)[-1] for p in opened if p.endswith('_word_classes.tsv')))") == [
        "0", "attribution_word_classes.tsv", f"{WORD_CLASSES}.tsv", "hedging_word_classes.tsv"]  # nothing at import, once at first use


def test_the_lens_reads_its_words_from_the_file(tmp_path, monkeypatch):
    text = "Economists in Moscow warned that the measures could backfire."  # a forecast, no threat
    assert not [a for a in annotate(build_document(text), []) if a.label == "THREATEN"]

    def clear() -> None:
        load_word_classes.cache_clear()
        word_class.cache_clear()

    with edited_lexicons(tmp_path, monkeypatch, WORD_CLASSES, " economist economists ", " ", clear):
        assert [a.text for a in annotate(build_document(text), []) if a.label == "THREATEN"] == ["warned"]
    assert "economists" in word_class("observer-nouns")


# ----------------------------------------------------------------------------- loader errors


HEADER = "class\twords\tused_by\texplanation\tsource\n"
ROW = "view-nouns\tplan plans\tcondition:not-verbal-attack\tThings attacked in words.\tkit rule\n"


@pytest.mark.parametrize("body, message", [
    ("class\twords\texplanation\tsource\nview-nouns\tplan\tA line.\tkit rule\n", "missing column(s) used_by"),
    (HEADER + ROW + ROW, "line 3: the class 'view-nouns' is already used on line 2"),
    (HEADER + ROW + "empty-class\t\tstep:negation\tNothing here.\tkit rule\n", "line 3: the class 'empty-class' has no words"),
    (HEADER + "view-nouns\tplan plan plans\tcondition:not-verbal-attack\tTwice.\tkit rule\n",
     "line 2: the class 'view-nouns' lists 'plan' more than once"),
    (HEADER + "\tplan\tcondition:not-verbal-attack\tNo name.\tkit rule\n", "line 2: the row has no class"),
    ("# only a comment\n", "no rows"),
    (HEADER + "view-nouns\tplan\n", "line 2: expected 5 columns, found 2"),
])
def test_a_malformed_file_is_a_dataset_error_naming_the_line(tmp_path, body, message):
    bad = tmp_path / "bad_classes.tsv"
    bad.write_text(body, encoding="utf-8")
    with pytest.raises(DatasetError) as info:
        read_word_classes(bad)
    assert str(info.value).startswith("bad_classes.tsv") and message in str(info.value)


def test_a_well_formed_file_is_read(tmp_path):
    good = tmp_path / "good.tsv"
    good.write_text("# a comment\n" + HEADER + ROW, encoding="utf-8")
    assert dict(read_word_classes(good)) == {"view-nouns": frozenset({"plan", "plans"})}


def test_a_missing_file_is_a_dataset_error_that_lists_the_files(tmp_path, monkeypatch):
    (tmp_path / "articles").mkdir()
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "hedges.tsv").write_text("phrase\tlabel\texplanation\tsource\n", encoding="utf-8")
    monkeypatch.setenv("COURSE_DATASETS", str(tmp_path))
    load_word_classes.cache_clear()
    try:
        with pytest.raises(DatasetError, match=f"No word-class file called '{WORD_CLASSES}'.*Files there: hedges"):
            load_word_classes(WORD_CLASSES)
    finally:
        monkeypatch.delenv("COURSE_DATASETS")
        load_word_classes.cache_clear()
    assert "observer-nouns" in load_word_classes(WORD_CLASSES)
