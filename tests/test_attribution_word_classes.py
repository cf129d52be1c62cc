"""The attribution lens's word classes (datasets/lexicons/attribution_word_classes.tsv): the file's
schema, the loader's errors, and that the code, the file's ``used_by`` column and the README's table
of steps name the same classes."""

from __future__ import annotations

import ast
import inspect
import re
from functools import partial
from pathlib import Path

import pytest

from course.datasets import load_word_classes, read_word_classes
from course.document import build_document
import course.lenses.attribution as attribution
from course.lenses.attribution import annotate, contents, frames, phrases, unattributed, words
from course.lenses.attribution.words import WORD_CLASSES, WordClassView, document_nouns, speaker_nouns, word_class
from course.lenses.escalation.conditions import CONDITIONS as ESCALATION_CONDITIONS
from word_class_files import (
    assert_broken_copy_fails, broken_copy, broken_row_cases, class_file, class_rows, edited_lexicons, run_recording_opens,
)
from word_class_files import readme_section as word_class_section

PACKAGE = Path(words.__file__).parent
#: The unions of classes that ``words.py`` builds once (the rules call them instead of word_class).
UNIONS = {"speaker_nouns": speaker_nouns, "document_nouns": document_nouns}
KINDS = ("step", "escalation", "hedging")


#: This lens's file, its rows and its section of the lexicons README (tests/word_class_files.py).
path, rows, readme_section = (partial(f, WORD_CLASSES) for f in (class_file, class_rows, word_class_section))


def steps() -> dict[str, tuple[set[tuple[str, str]], set[str]]]:
    """The README's table of steps: step -> ({(module, function)}, {classes})."""
    out = {}
    for line in readme_section().splitlines():
        m = re.match(r"^\| `([a-z-]+)` \| ([^|]+) \| [^|]+ \| ([^|]+) \|$", line)
        if not m:
            continue
        where = set()
        for part in m.group(2).split(";"):
            module = re.search(r"`(\w+\.py)`", part)
            assert module, f"step {m.group(1)}: {part!r} names no module"
            where |= {(module.group(1), fn) for fn in re.findall(r"`(_?[a-z][a-z_]*)`", part)}
        out[m.group(1)] = (where, set(re.findall(r"`([a-z-]+)`", m.group(3))))
    return out


def _asked(node: ast.AST) -> set[str]:
    """The classes a piece of code asks for: ``word_class("...")``, ``WordClassView("...")``, and
    the classes of the unions it calls."""
    found = set()
    for call in ast.walk(node):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name):
            if call.func.id in ("word_class", "WordClassView") and call.args:
                arg = call.args[0]
                assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), \
                    f"line {call.lineno}: {call.func.id}() must name its class as a literal string"
                found.add(arg.value)
            elif call.func.id in UNIONS:
                found.add(call.func.id + "()")
    return found


def readers() -> dict[str, set[tuple[str, str]]]:
    """Class name -> the (module, function) of the lens that read it, directly or through a union;
    code outside any function is ``<module>`` (the view of ``DEFENDED_PLACES``)."""
    direct: dict[tuple[str, str], set[str]] = {}
    for py in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(py.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and node.name in ("word_class", "WordClassView"):
                continue  # the definitions
            if isinstance(node, ast.FunctionDef):
                got = _asked(node)
                if got:
                    direct[(py.name, node.name)] = got
            elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__getattr__" for t in node.targets):
                continue  # the former constant names (checked below)
            else:
                got = _asked(node)
                if got:
                    direct.setdefault((py.name, "<module>"), set()).update(got)
    unions = {name + "()": direct.pop(("words.py", name)) for name in UNIONS}
    out: dict[str, set[tuple[str, str]]] = {}
    for where, got in direct.items():
        for cls in got:
            for c in unions.get(cls, {cls}):
                out.setdefault(c, set()).add(where)
    return out


# ----------------------------------------------------------------------------- the file


def test_the_lemma_classes_name_lemmas_of_the_reporting_verbs_lexicon():
    from course.datasets import load_lexicon

    lemmas = {e.get("lemma") for e in load_lexicon("reporting_verbs")}
    nouns = {e.get("lemma").removesuffix(" (noun)") for e in load_lexicon("reporting_verbs") if e.get("frame") == "noun"}
    # (a class may name a lemma the lexicon does not have yet: "dream of", "approve of")
    for row in rows():
        if row["class"].endswith("-lemmas"):
            assert word_class(row["class"]) & lemmas, f"{row['class']}: no lemma of reporting_verbs.tsv"
    assert word_class("held-feelings") <= nouns, sorted(word_class("held-feelings") - nouns)


def test_used_by_names_a_real_step_or_escalation_condition():
    known = steps()
    assert {"speaker", "verb-cues", "transcripts"} <= set(known)  # the README's table of steps was read
    for row in rows():
        for item in row["used_by"].split():
            kind, _, name = item.partition(":")
            assert kind in KINDS, f"{row['class']}: {item!r} is not kind:name with a kind of {KINDS}"
            if kind == "step":
                assert name in known, f"{row['class']}: no step called {name!r} in the README"
            elif kind == "hedging":
                assert name == "unnamed-source", f"{row['class']}: the hedging lens reads classes only for its unnamed sources"
            else:
                assert name in ESCALATION_CONDITIONS, f"{row['class']}: no escalation condition called {name!r}"


def test_the_functions_of_the_table_of_steps_exist():
    modules = {"words.py": words, "phrases.py": phrases, "contents.py": contents, "frames.py": frames,
               "__init__.py": attribution, "unattributed.py": unattributed}
    for step, (where, _) in steps().items():
        assert where, step
        for module, fn in where:
            assert callable(getattr(modules[module], fn, None)), f"step {step}: no function {fn} in {module}"


def test_used_by_is_every_step_whose_functions_read_the_class():
    """Each function that reads a class belongs to a step its ``used_by`` lists, and each step it
    lists has a function that reads it."""
    known, read = steps(), readers()
    for row in rows():
        cls = row["class"]
        listed = [item.split(":", 1)[1] for item in row["used_by"].split() if item.startswith("step:")]
        functions = {w for w in read.get(cls, set()) if w[1] != "<module>"}
        for where in functions:
            assert any(where in known[s][0] for s in listed), f"{cls}: read by {where}, in none of the steps {listed}"
        for s in listed:
            assert known[s][0] & functions, f"{cls}: step {s} lists no function that reads it"


def test_the_table_of_steps_lists_the_classes_of_each_step():
    table = steps()
    for step, (_, classes) in table.items():
        using = {row["class"] for row in rows() if f"step:{step}" in row["used_by"].split()}
        assert classes == using, f"step {step}: the README lists {sorted(classes ^ using)} differently"


def test_a_class_the_escalation_lens_reads_is_a_view_it_imports():
    for row in rows():
        for item in row["used_by"].split():
            if item.startswith("escalation:"):
                names = [n for n, v in vars(words).items() if isinstance(v, WordClassView) and v.name == row["class"]]
                assert names, f"{row['class']}: no view in words.py for the escalation lens"
                source = inspect.getsource(ESCALATION_CONDITIONS[item.split(":", 1)[1]])
                assert any(n in source for n in names), f"{item} does not read {names}"


def test_a_class_the_hedging_lens_reads_is_a_view_it_imports():
    import course.lenses.hedging as hedging

    for row in rows():
        if any(item.startswith("hedging:") for item in row["used_by"].split()):
            names = [n for n, v in vars(words).items() if isinstance(v, WordClassView) and v.name == row["class"]]
            assert names and any(n in inspect.getsource(hedging) for n in names), row["class"]


def test_the_readme_documents_every_class():
    section = readme_section()
    missing = [row["class"] for row in rows() if f"`{row['class']}`" not in section]
    assert not missing, missing


# ----------------------------------------------------------------------------- code and file


def test_every_class_the_code_asks_for_exists_and_every_class_is_used():
    asked = set(readers())
    in_file = {row["class"] for row in rows()}
    assert asked - in_file == set(), "asked for by the code but not in the file"
    assert in_file - asked == set(), "in the file but read by no code (a stale row)"


def test_the_scan_of_the_code_finds_what_it_looks_for():
    read = readers()
    assert ("phrases.py", "_speakerlike") in read["official-nouns"]  # through speaker_nouns()
    assert ("frames.py", "_source_with_its_phrase") in read["document-nouns"]  # through document_nouns()
    assert read["editorial-labels"] == {("frames.py", "_epigraphs")}
    assert ("words.py", "<module>") in read["defended-places"]


def test_the_unions_are_built_from_their_classes():
    people = [word_class(c) for c in ("official-nouns", "public-role-nouns", "conflict-party-nouns", "speaker-plurals")]
    outlets = word_class("media-nouns") - word_class("media-modifier-nouns")
    assert speaker_nouns() == frozenset().union(*people, outlets)
    assert "television" in speaker_nouns() and "news" not in speaker_nouns()
    assert document_nouns() == word_class("information-nouns") | word_class("document-nouns")


@pytest.mark.parametrize("module, name, value", [
    (words, "SPEAKER_NOUNS", speaker_nouns),
    (words, "MEDIA_NOUNS", lambda: word_class("media-nouns")),
    (frames, "LIGHT_VERBS", lambda: word_class("light-verbs")),
    (frames, "DOCUMENT_NOUNS", document_nouns),
    (frames, "OBJECT_OF_SPEECH_NOUN", lambda: word_class("speech-object-verbs")),
    (contents, "ADDRESSEE_LEMMAS", lambda: word_class("addressee-lemmas")),
    (phrases, "CONVENED_NOUNS", lambda: word_class("convened-nouns")),
])
def test_the_former_constant_names_give_the_words_of_their_classes(module, name, value):
    assert getattr(module, name) == value() and isinstance(getattr(module, name), frozenset)
    with pytest.raises(AttributeError, match="has no attribute 'NO_SUCH_WORDS'"):
        getattr(module, "NO_SUCH_WORDS")


def test_the_view_of_the_defended_places_behaves_as_the_class():
    view = words.DEFENDED_PLACES
    assert "city" in view and "talks" not in view
    assert set(view) == word_class("defended-places") and len(view) == len(word_class("defended-places"))
    assert {"the", "city"} & view == frozenset({"city"}) and view == word_class("defended-places")


def test_importing_the_lens_reads_no_file():
    # every file opened under datasets/ is recorded: none at import, the word classes once at first use
    assert run_recording_opens(
        "import course.lenses.attribution as attribution\n"
        "from course.document import build_document\n"
        "print(len(opened))\n"
        "for text in ('Officials said the plan would fail.', 'According to the plan, troops will leave.'):\n"
        "    attribution.annotate(build_document(text))\n"
        "print(sum(p.endswith('/attribution_word_classes.tsv') for p in opened))") == ["0", "1"]


def _clear() -> None:
    load_word_classes.cache_clear()
    word_class.cache_clear()
    for union in UNIONS.values():
        union.cache_clear()


def test_the_lens_reads_its_words_from_the_file(tmp_path, monkeypatch):
    text = "According to the plan, the troops will leave by Friday."  # a plan is followed: nobody says it

    def sources() -> list[str]:
        return [r.source.text for r in annotate(build_document(text))[0] if r.source is not None]

    assert sources() == []
    with edited_lexicons(tmp_path, monkeypatch, WORD_CLASSES, "\tplan plans ", "\t", _clear):
        assert sources() == ["the plan"]
    assert sources() == []


# ----------------------------------------------------------------------------- loader errors


def _without_source(lines, first):
    def drop(line):
        return line if line.startswith("#") else "\t".join(line.rstrip("\n").split("\t")[:4]) + "\n"
    return [drop(line) for line in lines]


@pytest.mark.parametrize("change, message", [
    (_without_source, "missing column(s) source"), *broken_row_cases("official-nouns", "minister")])
def test_a_broken_copy_of_the_file_is_a_dataset_error_naming_the_line(tmp_path, change, message):
    assert_broken_copy_fails(tmp_path, WORD_CLASSES, "official-nouns", change, message)


def test_the_unbroken_copy_is_read(tmp_path):
    assert dict(read_word_classes(broken_copy(tmp_path, WORD_CLASSES, "official-nouns", lambda lines, k: lines))) == dict(
        load_word_classes(WORD_CLASSES))
