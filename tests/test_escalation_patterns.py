"""The escalation lens's patterns as data (datasets/lexicons/escalation_patterns.tsv and
escalation_pattern_parts.tsv): the files' schema, the notation of the pattern column, the
checks and parts they name, the loader's errors, and that the lens runs what the file says."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from course.analysis import analyze
from course.datasets import datasets_dir, load_cameo_weights, read_tsv
from course.errors import DatasetError
from course.labels import DEESCALATION_LABELS, ESCALATION_LABELS
from course.lenses.escalation.patterns import (
    CHECKS, MACROS, PART_COLUMNS, PARTS_FILE, PATTERN_COLUMNS, PATTERNS_FILE, ROLES, _pattern_index, _patterns,
    expand, read_parts, read_patterns,
)
from course.lenses.escalation.words import WORD_CLASSES
from word_class_files import edited_lexicons

ROOT = Path(__file__).resolve().parent.parent
MACRO = re.compile(r"\{([a-z]+):([^{}]*)\}")


def lexicons() -> Path:
    return datasets_dir() / "lexicons"


def rows() -> list[dict[str, str]]:
    return read_tsv(lexicons() / f"{PATTERNS_FILE}.tsv")


def part_rows() -> list[dict[str, str]]:
    return read_tsv(lexicons() / f"{PARTS_FILE}.tsv")


def macros(kind: str, table: list[dict[str, str]]) -> dict[str, list[str]]:
    """Argument of each ``{kind:...}`` macro -> the rows that use it."""
    used: dict[str, list[str]] = {}
    for row in table:
        for macro, arg in MACRO.findall(row["pattern"]):
            name = row.get("name", row.get("part"))
            key = arg.split("|")[0] if kind == "frag" else arg
            if macro == kind and name not in used.get(key, []):
                used.setdefault(key, []).append(name)
    return used


def readme_section() -> str:
    text = (lexicons() / "README.md").read_text(encoding="utf-8")
    return text.split("## escalation_patterns.tsv", 1)[1].split("\n## ", 1)[0]


# ----------------------------------------------------------------------------- the files


def test_the_header_has_the_columns_in_order():
    header = next(line for line in (lexicons() / f"{PATTERNS_FILE}.tsv").read_text(encoding="utf-8").splitlines()
                  if not line.startswith("#"))
    assert tuple(header.split("\t")) == PATTERN_COLUMNS
    header = next(line for line in (lexicons() / f"{PARTS_FILE}.tsv").read_text(encoding="utf-8").splitlines()
                  if not line.startswith("#"))
    assert tuple(header.split("\t")) == PART_COLUMNS


def test_every_row_is_well_formed():
    assert len(rows()) > 90
    weights = load_cameo_weights()
    for row in rows():
        where = f"line {row['_line']}: {row['name']}"
        for column in ("name", "label", "cameo", "intensity", "rank", "pattern", "explanation"):
            assert row[column], f"{where}: empty {column}"
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", row["name"]), f"{where}: names are kebab-case"
        assert row["label"] in {**ESCALATION_LABELS, **DEESCALATION_LABELS}, where
        assert float(row["intensity"]) == weights[row["cameo"]], where
        assert row["kahn_rung"] in ("", "1", "2", "3"), where
        assert row["rank"] in ("0", "2", "3"), f"{where}: rank 1 is the lexicon's"
        assert row["role"] in ROLES, where
        assert row["explanation"].endswith("."), f"{where}: the explanation is one sentence"
    names = [row["name"] for row in rows()]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})


def test_every_part_is_well_formed():
    names = [row["part"] for row in part_rows()]
    assert names and len(names) == len(set(names))
    for row in part_rows():
        assert re.fullmatch(r"[A-Z]+(?:_[A-Z]+)*", row["part"]), row["part"]
        assert row["pattern"] and "{frag:" not in row["pattern"], row["part"]
        assert row["explanation"].endswith("."), row["part"]


def test_the_patterns_use_only_the_macros_of_the_notation():
    for row in rows() + part_rows():
        assert {m for m, _ in MACRO.findall(row["pattern"])} <= set(MACROS), row
    assert {m for row in rows() for m, _ in MACRO.findall(row["pattern"])} == set(MACROS)  # each one is used


# ----------------------------------------------------------------------------- checks, parts, classes


def test_every_check_named_exists_and_every_check_is_used():
    used = {row["check"] for row in rows() if row["check"]}
    assert used - set(CHECKS) == set(), "named in the file but not in CHECKS"
    assert set(CHECKS) - used == set(), "in CHECKS but named by no pattern"
    assert all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", name) for name in CHECKS)


def test_every_part_used_is_defined_and_every_part_is_used():
    used = macros("frag", rows())
    defined = {row["part"] for row in part_rows()}
    assert set(used) - defined == set(), "used but not defined"
    assert defined - set(used) == set(), "defined but used by no pattern"


def test_every_class_a_pattern_is_written_with_says_so_in_the_class_file():
    classes = {row["class"]: row["used_by"].split() for row in read_tsv(lexicons() / f"{WORD_CLASSES}.tsv")}
    used = macros("class", rows())
    assert used == {"strike-modifiers": ["military-strike"], "captive-nouns": ["seize-people"],
                    "fighter-nouns": ["kill-fighters", "fighters-killed"], "labelling-words": ["labelled-surrender", "quoted-hostile-label"], "worsening-verbs": ["worsen-crisis"],
                    "displaced-people-nouns": ["expel-people", "push-back-people", "people-pushed-back", "push-people-to-border"],
                    "naval-words": ["escort-with-warships"],
                    "show-of-force-verbs": ["not-hesitate"], "defended-goods": ["take-every-measure"],
                    "aimed-weapons": ["weapons-aimed-at", "weapons-no-toys"], "pursued-projects": ["refuse-to-halt"],
                    "armed-platforms": ["arm-platforms", "platforms-being-armed"],
                    "pejorative-nouns": ["quoted-hostile-label"], "trade-words": ["trade-ban"],
                    "inspector-nouns": ["monitors-admitted-passive"], "settlement-nouns": ["burn-villages"],
                    "public-buildings": ["rally-outside"], "crowd-nouns": ["street-demonstration"], "seeking-verbs": ["give-back-what-is-sought"],
                    "conflict-nouns": ["give-back-what-is-sought"], "harmless-nouns": ["weapons-no-toys"],
                    "calm-appeal-words": ["appeal-for-calm"], "dialogue-appeal-words": ["appeal-for-dialogue"],
                    "effect-subject-nouns": ["easing-forecast", "easing-denied-forecast"],
                    "threat-label-nouns": ["threatening-label"], "passage-nouns": ["block-passage"],
                    "act-nouns": ["not-refrain-threat", "refrain-from-acts"], "refrained-act-adjectives": ["refrain-from-acts"],
                    "military-strength-nouns": ["strengthen-forces"],
                    "regret-verbs": ["promised-regret"]}
    for name, patterns in used.items():
        for pattern in patterns:
            assert f"pattern:{pattern}" in classes[name], f"{name} does not list pattern:{pattern} in used_by"


def test_the_readme_documents_every_check_with_the_patterns_that_name_it():
    table = dict(re.findall(r"^\| `([a-z-]+)` \| [^|]+ \| (.+) \|$", readme_section(), re.M))
    assert set(table) == set(CHECKS)
    for check in CHECKS:
        listed = set(re.findall(r"`([a-z-]+)`", table[check]))
        assert listed == {row["name"] for row in rows() if row["check"] == check}, check


def test_the_readme_documents_the_notation_and_every_part():
    section = readme_section()
    for macro in MACROS:
        assert "{" + macro + ":" in section, macro
    for row in part_rows():
        assert f"`{row['part']}`" in section, row["part"]


# ----------------------------------------------------------------------------- the notation


@pytest.mark.parametrize("cell, regex", [
    ("{forms:withdraw|withdrew|withdrawn}", "withdraw|withdraws|withdrawing|withdrew|withdrawn"),
    ("{forms:impose}", "impose|imposes|imposing|imposed"),
    ("{forms:supply}", "supply|supplies|supplying|supplied"),
    ("{forms:reach}", "reach|reaches|reaching|reached"),
    ("{forms:ban,double}", "ban|bans|banning|banned"),
    ("{forms:shut|shut,double}", "shut|shuts|shutting"),
    ("{forms:pull back}", "pull back|pulls back|pulling back|pulled back"),
    ("{gap:4}", r"(?:\S+ ){0,4}?"),
    ("{gap:1-6}out", r"(?:\S+ ){1,6}?out"),
    (r"(?: \S+){1,5}? {gap:2}x{2}", r"(?: \S+){1,5}? (?:\S+ ){0,2}?x{2}"),
    ("{class:few}", r"(?:a\-b|c|d)"),
    ("{frag:PLACE}", "(?:sea|border)"),
    ("{frag:PLACE|town|city}", "(?:sea|border|town|city)"),
    ("(?P<cue>{frag:PLACE}) ", "(?P<cue>(?:sea|border)) "),
])
def test_the_notation_expands_to_the_regular_expression(cell, regex):
    classes = {"few": frozenset({"d", "c", "a-b"})}
    assert expand(cell, {"PLACE": "sea|border"}, classes.__getitem__) == regex


@pytest.mark.parametrize("cell, message", [
    ("{verb:send}", "no macro 'verb'"),
    ("{forms:}", "is not {forms:VERB}"),
    ("{forms:send,twice}", "is not {forms:VERB}"),
    ("{forms:Send}", "is not {forms:VERB}"),
    ("{gap:6-1}", "is not {gap:N}"),
    ("{gap:two}", "is not {gap:N}"),
    ("{class:no-such-class}", "has no class 'no-such-class'"),
    ("{frag:NOWHERE}", "no part 'NOWHERE'"),
    ("{forms send}", "opens neither a macro"),
])
def test_a_malformed_macro_is_a_value_error(cell, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        expand(cell, {"PLACE": "sea"}, {}.__getitem__)


def test_a_class_expands_to_its_words_in_sorted_order():
    from course.lenses.escalation.words import word_class

    strike = next(p for p in _patterns() if p.name == "military-strike")
    words = "|".join(re.escape(w) for w in sorted(word_class("strike-modifiers")))
    assert f"(?P<cue>(?:{words}) (?:strike|strikes)|strike|strikes)" in strike.regex.pattern


# ----------------------------------------------------------------------------- the loaded patterns


def test_the_lens_runs_the_rows_of_the_file_in_order():
    patterns = _patterns()
    assert [p.name for p in patterns] == [row["name"] for row in rows()]
    assert _pattern_index()[0] is patterns
    by_name = {p.name: p for p in patterns}
    for row in rows():
        p = by_name[row["name"]]
        assert (p.label, p.cameo, p.intensity, p.kahn, p.role, p.rank, p.explanation) == (
            row["label"], row["cameo"], float(row["intensity"]), row["kahn_rung"], row["role"], int(row["rank"]),
            row["explanation"])
        assert p.check is (CHECKS[row["check"]] if row["check"] else None)
        assert p.regex.pattern.startswith(r"(?<!\S)(?:") and p.regex.pattern.endswith(r")(?!\S)")


def test_a_pinned_pattern_compiles_to_its_regular_expression():
    close = next(p for p in _patterns() if p.name == "close-embassy")
    assert close.regex.pattern == (
        r"(?<!\S)(?:(?:shut|shuts|shutting|close|closes|closing|closed) (?:down )?(?:\S+ ){0,3}?"
        r"(?:embassy|embassies|consulate|consulates|mission|missions))(?!\S)")
    assert close.source == "CAMEO 161 / Goldstein 1992; PLOVER SANCTION; Kahn 1965 rung 2"


def test_importing_the_lens_reads_no_pattern_file():
    code = ("import course.analysis, course.lenses.escalation\n"
            "from course.lenses.escalation.patterns import _patterns\n"
            "before = _patterns.cache_info().misses\n"
            "course.analysis.analyze('Ardania vowed to react to the unfriendly steps.')\n"
            "print(before, _patterns.cache_info().misses)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.split() == ["0", "1"]


def test_the_lens_reads_its_patterns_from_the_file(tmp_path, monkeypatch):
    text = "Ardania promised a crushing response."
    assert [a.text for a in analyze(text).annotations if a.label == "THREATEN"] == ["crushing response"]

    def clear() -> None:
        _patterns.cache_clear()
        _pattern_index.cache_clear()

    with edited_lexicons(tmp_path, monkeypatch, PATTERNS_FILE, "(?:crushing|decisive|", "(?:decisive|", clear):
        assert [a.text for a in analyze(text).annotations if a.label == "THREATEN"] == []
    assert [a.text for a in analyze(text).annotations if a.label == "THREATEN"] == ["crushing response"]


# ----------------------------------------------------------------------------- loader errors


HEADER = "\t".join(PATTERN_COLUMNS) + "\n"


def row(**cells: str) -> str:
    values = {"name": "react-in-kind", "label": "THREATEN", "cameo": "130", "intensity": "-4.4", "kahn_rung": "3",
              "rank": "2", "role": "", "check": "", "pattern": r"(?P<cue>{frag:REACT} in kind)",
              "explanation": "A promise to answer in kind."}
    values.update(cells)
    return "\t".join(values[c] for c in PATTERN_COLUMNS) + "\n"


PARTS = "part\tpattern\texplanation\nREACT\t{forms:react}|{forms:respond}\tVerbs of reacting.\n"


def load(tmp_path: Path, body: str, parts: str = PARTS):
    (tmp_path / "bad_patterns.tsv").write_text(body, encoding="utf-8")
    (tmp_path / "bad_parts.tsv").write_text(parts, encoding="utf-8")
    return read_patterns(tmp_path / "bad_patterns.tsv", tmp_path / "bad_parts.tsv")


def test_a_well_formed_file_is_read(tmp_path):
    (p,) = load(tmp_path, "# a comment\n" + HEADER + row(check="in-conditional-clause"))
    assert p.name == "react-in-kind" and p.check is CHECKS["in-conditional-clause"] and p.kahn == "3"
    assert p.regex.pattern == r"(?<!\S)(?:(?P<cue>(?:react|reacts|reacting|reacted|respond|responds|responding|" \
                              r"responded) in kind))(?!\S)"
    assert p.regex.search("they will react in kind .")


@pytest.mark.parametrize("body, message", [
    (HEADER.replace("\tcheck", "") + row().replace("\t\t", "\t", 1), "bad_patterns.tsv: missing column(s) check"),
    (HEADER + row(check="no-such-check"), "bad_patterns.tsv line 2: unknown check 'no-such-check'"),
    (HEADER + row(label="THREAT"), "bad_patterns.tsv line 2: unknown label 'THREAT'"),
    (HEADER + row(cameo="0999"), "bad_patterns.tsv line 2: the CAMEO code '0999' is not in cameo_weights.tsv"),
    (HEADER + row(intensity="-4.0"), "bad_patterns.tsv line 2: the intensity -4.0 differs from -4.4"),
    (HEADER + row(intensity="high"), "bad_patterns.tsv line 2: the intensity 'high' is not a number"),
    (HEADER + row() + row(), "bad_patterns.tsv line 3: the name 'react-in-kind' is already used on line 2"),
    (HEADER + row(pattern="{verb:react} in kind"), "bad_patterns.tsv line 2: {verb:react}: no macro 'verb'"),
    (HEADER + row(pattern="{frag:RESPOND}"), "bad_patterns.tsv line 2: {frag:RESPOND}: no part 'RESPOND'; the parts are: REACT."),
    (HEADER + row(pattern="{class:no-such-class}"), "bad_patterns.tsv line 2: {class:no-such-class}"),
    (HEADER + row(pattern="(?:react|respond in kind"), "bad_patterns.tsv line 2: the pattern is not a valid regular"),
    (HEADER + row(pattern="react) (in kind"), "bad_patterns.tsv line 2: the pattern is not a valid regular"),
    (HEADER + row(pattern="(?P<verb>react) in kind"), "bad_patterns.tsv line 2: the only named group"),
    (HEADER + row(pattern=""), "bad_patterns.tsv line 2: the pattern is empty"),
    (HEADER + row(explanation=""), "bad_patterns.tsv line 2: the explanation is empty"),
    (HEADER + row(rank="high"), "bad_patterns.tsv line 2: rank is a whole number"),
    (HEADER + row(kahn_rung="4"), "bad_patterns.tsv line 2: kahn_rung is 1, 2, 3 or empty"),
    (HEADER + row(role="boss"), "bad_patterns.tsv line 2: unknown role 'boss'"),
    (HEADER + row(name=""), "bad_patterns.tsv line 2: the row has no name"),
    (HEADER + "react-in-kind\tTHREATEN\n", "bad_patterns.tsv line 2: expected 10 columns, found 2"),
    ("# only a comment\n", "bad_patterns.tsv: no rows"),
])
def test_a_malformed_pattern_is_a_dataset_error_naming_the_file_and_line(tmp_path, body, message):
    with pytest.raises(DatasetError) as info:
        load(tmp_path, body)
    assert str(info.value).startswith(message), str(info.value)


@pytest.mark.parametrize("parts, message", [
    (PARTS + "REACT\thit back\tTwice.\n", "bad_parts.tsv line 3: the part 'REACT' is already used on line 2"),
    (PARTS + "MORE\t{frag:REACT}|hit back\tNested.\n", "bad_parts.tsv line 3: a part cannot use another part"),
    (PARTS + "MORE\t\tEmpty.\n", "bad_parts.tsv line 3: the part 'MORE' is empty"),
    (PARTS + "MORE\t{gap:x}\tBad.\n", "bad_parts.tsv line 3: {gap:x} is not {gap:N}"),
    (PARTS + "MORE\thit (back\tBad.\n", "bad_parts.tsv line 3: the pattern is not a valid regular expression"),
    ("part\tpattern\nREACT\treact\n", "bad_parts.tsv: missing column(s) explanation"),
])
def test_a_malformed_part_is_a_dataset_error_naming_the_file_and_line(tmp_path, parts, message):
    with pytest.raises(DatasetError) as info:
        load(tmp_path, HEADER + row(), parts)
    assert str(info.value).startswith(message), str(info.value)


def test_the_parts_of_the_file_are_read():
    parts = read_parts(lexicons() / f"{PARTS_FILE}.tsv")
    assert list(parts) == [row["part"] for row in part_rows()]
    assert parts["REACT"].startswith("react|reacts|reacting|reacted|respond|")


def test_pattern_anchors_are_a_speed_up_only(monkeypatch):
    """Looking patterns up by their required words (skipping those missing one) and trying them
    only where their first word stands finds the same marks as looking them up by every word
    they contain and scanning the whole sentence, on every article of the kit."""
    import course
    from course.lenses.escalation import patterns as P

    def marks_of(name):
        a = course.analyze(course.load_article(name).text)
        return [(m.start, m.end, m.label, m.modifiers) for m in a.annotations if m.category in ("escalation", "deescalation")]

    names = course.list_articles()
    fast = {n: marks_of(n) for n in names}
    P._pattern_index.cache_clear()
    monkeypatch.setattr(P, "_required_sets", lambda pattern: [])  # every written word anchors, nothing filters
    monkeypatch.setattr(P, "_first_words", lambda parsed: None)  # every offset of the sentence is tried
    try:
        slow = {n: marks_of(n) for n in names}
    finally:
        P._pattern_index.cache_clear()
    assert fast == slow
    assert sum(map(len, fast.values())) > 50  # the articles have marks to compare


def test_required_words_are_read_only_when_sure():
    from course.lenses.escalation.patterns import _pattern_anchors, _required_sets

    assert frozenset({"restored"}) in _required_sets(r"(?:relations|ties) (?:were|has been) restored")
    # a word that may be glued to a class ("[a-z]+ed") or follows an optional non-space run is no anchor
    assert frozenset({"sanctions"}) not in _required_sets(r"(?:new )?[a-z]*sanctions")
    assert _required_sets(r"(?:a|b)[a-z]+") == []
    # with no sure word, every written word anchors the pattern, as before
    import re
    assert "lifted" in _pattern_anchors(re.compile(r"(?:was|were) [a-z]+ lifted|x"))
