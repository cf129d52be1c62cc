"""The hedging lens's word classes (datasets/lexicons/hedging_word_classes.tsv): the file's schema,
the loader's errors, and that the code, the file's ``used_by`` column and the README name the same
classes."""

from __future__ import annotations

import ast
from functools import partial
from pathlib import Path

import pytest

from course.datasets import (
    load_lexicon, load_word_classes, read_word_classes,
)
from course.document import build_document
from course.lenses import hedging
from course.lenses.hedging import CONDITIONS, EXTENTS, WORD_CLASSES, word_class
from word_class_files import (
    assert_broken_copy_fails, broken_copy, broken_row_cases, class_file, class_rows, edited_lexicons, run_recording_opens,
)
from word_class_files import readme_section as word_class_section

MODULE = Path(hedging.__file__)
#: The rules a class may be read by, as ``used_by`` names them, with the function each starts in.
ENTRIES = {
    **{f"condition:{name}": fn.__name__ for name, fn in CONDITIONS.items() if name},
    "pattern:unnamed-source": "_unnamed_sources",
    "pattern:use-mention": "_mentioned",
    **{f"extent:{name}": "_verb_group" for name in EXTENTS if name},
}
#: The helpers that build a union of classes once (their names, for the scan of the code).
UNIONS = ("_role_nouns", "_source_reporting_verbs", "_open_question_frames")


#: This lens's file, its rows and its section of the lexicons README (tests/word_class_files.py).
path, rows, readme_section = (partial(f, WORD_CLASSES) for f in (class_file, class_rows, word_class_section))


def functions() -> dict[str, ast.FunctionDef]:
    """The module-level functions of the lens, by name."""
    tree = ast.parse(MODULE.read_text(encoding="utf-8"))
    return {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}


def asked(node: ast.AST) -> tuple[set[str], set[str]]:
    """The classes a function asks for by name (``word_class("...")``) and the functions it calls."""
    classes, calls = set(), set()
    for call in ast.walk(node):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name):
            if call.func.id == "word_class" and call.args:
                arg = call.args[0]
                assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), \
                    f"line {call.lineno}: word_class() must name its class as a literal string"
                classes.add(arg.value)
            else:
                calls.add(call.func.id)
    return classes, calls


def reached(entry: str) -> set[str]:
    """The classes a rule reads: those its function asks for, and those of every function of the
    lens it calls, however deep ("before-number" reads the units through the number test)."""
    defs = functions()
    seen, todo, classes = set(), [entry], set()
    while todo:
        name = todo.pop()
        if name in seen or name not in defs:
            continue
        seen.add(name)
        got, calls = asked(defs[name])
        classes |= got
        todo.extend(calls)
    return classes


def asked_for() -> dict[str, list[str]]:
    """Class name -> the functions of the lens that ask for it (``word_class("...")``)."""
    found: dict[str, list[str]] = {}
    for name, node in functions().items():
        if name == "word_class":
            continue  # the definition
        for cls in sorted(asked(node)[0]):
            found.setdefault(cls, []).append(name)
    return found


# ----------------------------------------------------------------------------- the file


def test_used_by_names_a_real_condition_pattern_or_extent():
    assert {"condition:before-number", "pattern:unnamed-source", "extent:verb-group"} <= set(ENTRIES)
    for row in rows():
        for item in row["used_by"].split():
            assert item in ENTRIES, f"{row['class']}: {item!r} is no condition:NAME, pattern:NAME or extent:NAME of the lens"


def test_used_by_is_every_rule_that_reads_the_class():
    """A class's ``used_by`` lists exactly the rules whose code reads it, directly or through a
    helper (the number test, the unions of classes)."""
    readers: dict[str, set[str]] = {}
    for item, entry in ENTRIES.items():
        for cls in reached(entry):
            readers.setdefault(cls, set()).add(item)
    for row in rows():
        listed = set(row["used_by"].split())
        assert listed == readers.get(row["class"], set()), (
            f"{row['class']}: used_by lists {sorted(listed)}, the code reads it in {sorted(readers.get(row['class'], ()))}")


def test_the_scan_of_the_code_finds_what_it_looks_for():
    assert reached("_epistemic_may") >= {"quantity-units", "times-of-day", "rule-nouns"}  # through _not_month, _is_number
    assert reached("_unnamed_sources") >= {"role-nouns", "source-nouns", "source-subject-verbs"}  # the unions
    assert asked_for()["evidence-nouns"] == ["_before_evidence"]


def test_the_readme_documents_every_class():
    section = readme_section()
    missing = [row["class"] for row in rows() if f"`{row['class']}`" not in section]
    assert not missing, missing
    assert "condition:NAME" in section and "pattern:unnamed-source" in section and "extent:verb-group" in section
    assert "pattern:use-mention" in section


# ----------------------------------------------------------------------------- code and file


def test_every_class_the_code_asks_for_exists_and_every_class_is_used():
    asked_classes = set(asked_for())
    in_file = {row["class"] for row in rows()}
    assert asked_classes - in_file == set(), "asked for by the code but not in the file"
    assert in_file - asked_classes == set(), "in the file but read by no code (a stale row)"
    # ... and every union of classes is read by a rule
    calls = {name: asked(node)[1] for name, node in functions().items()}
    for union in UNIONS:
        assert any(union in called for name, called in calls.items() if name != union), f"{union} is read by no rule"


@pytest.mark.parametrize("name, classes", [
    ("REPORTING_VERBS", ["reporting-verbs"]),
    ("SOURCE_NOUNS", ["source-nouns"]),
    ("QUANTITY_UNITS", ["quantity-units"]),
    ("WIDELY", ["weasel-adverbs"]),
    ("ROLE_NOUNS", ["role-nouns", "source-nouns"]),
    ("SOURCE_REPORTING_VERBS", ["source-verbs", "reporting-verbs", "source-subject-verbs"]),
])
def test_the_former_constant_names_give_the_words_of_their_classes(name, classes):
    assert getattr(hedging, name) == frozenset().union(*(word_class(c) for c in classes))
    assert isinstance(getattr(hedging, name), frozenset)


def test_an_unknown_name_of_the_module_is_still_an_attribute_error():
    with pytest.raises(AttributeError, match="has no attribute 'NO_SUCH_WORDS'"):
        hedging.NO_SUCH_WORDS  # noqa: B018


def test_the_verbs_of_saying_are_forms_of_the_reporting_verbs_lexicon():
    forms = {e.phrase for e in load_lexicon("reporting_verbs")}
    for cls in ("reporting-verbs", "present-reporting-verbs", "source-verbs", "source-subject-verbs"):
        assert not word_class(cls) - forms, (cls, sorted(word_class(cls) - forms))


def test_importing_the_lens_reads_no_file():
    # every file opened under datasets/ is recorded: none at import, the word classes once at first use
    assert run_recording_opens(
        "import course.lenses.hedging as hedging\n"
        "from course.document import build_document\n"
        "print(len(opened))\n"
        "for text in ('Some analysts said it may be about a year.', 'Officials say the deal would fail.'):\n"
        "    hedging.annotate(build_document(text))\n"
        "print(sum(p.endswith('/hedging_word_classes.tsv') for p in opened))") == ["0", "1"]


def _clear() -> None:
    load_word_classes.cache_clear()
    word_class.cache_clear()
    for union in UNIONS:
        getattr(hedging, union).cache_clear()


def test_the_lens_reads_its_words_from_the_file(tmp_path, monkeypatch):
    text = "The inspectors found clear evidence of a breach."

    def boosters() -> list[str]:
        return [a.text for a in hedging.annotate(build_document(text)) if a.category == "booster"]

    assert boosters() == ["clear"]
    with edited_lexicons(tmp_path, monkeypatch, WORD_CLASSES, "\tevidence proof ", "\tproof ", _clear):
        assert boosters() == []  # "evidence" is no longer a noun of evidence
    assert boosters() == ["clear"]


# ----------------------------------------------------------------------------- loader errors


def _without_used_by(lines, first):
    def drop(line):
        if line.startswith("#"):
            return line
        cells = line.rstrip("\n").split("\t")
        return "\t".join(cells[:2] + cells[3:]) + "\n"
    return [drop(line) for line in lines]


@pytest.mark.parametrize("change, message", [
    (_without_used_by, "missing column(s) used_by"), *broken_row_cases("quantity-units", "dozen")])
def test_a_broken_copy_of_the_file_is_a_dataset_error_naming_the_line(tmp_path, change, message):
    assert_broken_copy_fails(tmp_path, WORD_CLASSES, "quantity-units", change, message)


def test_the_unbroken_copy_is_read(tmp_path):
    assert dict(read_word_classes(broken_copy(tmp_path, WORD_CLASSES, "quantity-units", lambda lines, k: lines))) == dict(
        load_word_classes(WORD_CLASSES))
