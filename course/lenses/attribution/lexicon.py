"""The attribution lexicons: reporting verbs and nouns (``reporting_verbs.tsv``) and frames
such as "according to", settings and catenative verbs (``attribution_patterns.tsv``), loaded
once and compiled into phrase matchers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...datasets import load_lexicon
from ...document import Token
from ...matching import PhraseMatcher
from .words import DAY_NAMES, UNITS_AFTER_LAST, _is_adverb


VERBS_LEXICON = "reporting_verbs"
PATTERNS_LEXICON = "attribution_patterns"
REFERENCE = "PARC 3.0 (Pareti 2016); Bergler 1992; Thompson & Ye 1991; Martin & White 2005"


@dataclass(frozen=True)
class CueWord:
    """One reporting-words entry: its class, its frame and why it matters."""

    phrase: str
    lemma: str
    verb_class: str
    frame: str
    explanation: str
    reference: str


def describe(cue: str, note: str) -> str:
    """The cue and its lexicon note as one clause for a student (no final full stop).

    A lexicon note is written to follow the cue: a verb phrase ("reports a solemn
    commitment to act") follows it directly, anything else after a colon.

    >>> describe("pledged", "reports a solemn commitment to act")
    '“pledged” reports a solemn commitment to act'
    >>> describe("said", "the plainest reporting verb")
    '“said”: the plainest reporting verb'
    """
    first = note.split(" ", 1)[0]
    verb = first.endswith("s") and not first.endswith("ss") and first not in ("its", "this", "his", "as", "is")
    return f"“{cue}” {note}" if verb else f"“{cue}”: {note}"


@lru_cache(maxsize=1)
def _lexicons():
    verbs: dict[str, list[CueWord]] = {}
    for e in load_lexicon(VERBS_LEXICON):
        verbs.setdefault(e.phrase, []).append(
            CueWord(e.phrase, e.get("lemma"), e.get("verb_class"), e.get("frame"), e.explanation, e.source)
        )
    by_type = _patterns_by_type()
    cue_matcher = PhraseMatcher((p, v) for p, v in verbs.items())
    according = PhraseMatcher((e.phrase, e) for e in by_type.get("according-to", []))
    via = PhraseMatcher((e.phrase, e) for e in by_type.get("via-marker", []))
    setting = PhraseMatcher((e.phrase, e) for e in by_type.get("setting", []))
    evaluative = PhraseMatcher((e.phrase, e) for t in VERDICT_PATTERNS for e in by_type.get(t, []))
    copular = PhraseMatcher((e.phrase, e) for e in by_type.get("copular", []))
    impersonal = PhraseMatcher(
        (e.phrase, e) for t in ("impersonal", "raising", "passive-told") for e in by_type.get(t, [])
    )
    return cue_matcher, according, via, setting, evaluative, copular, impersonal


@lru_cache(maxsize=None)
def _cue_entry(phrase: str) -> CueWord | None:
    """The first ``reporting_verbs.tsv`` entry of a phrase ("called for"), or None.

    >>> _cue_entry("called for").verb_class
    'commissive-directive'
    """
    for e in load_lexicon(VERBS_LEXICON):
        if e.phrase == phrase:
            return CueWord(e.phrase, e.get("lemma"), e.get("verb_class"), e.get("frame"), e.explanation, e.source)
    return None


@lru_cache(maxsize=1)
def _patterns_by_type() -> dict[str, list]:
    """The rows of ``attribution_patterns.tsv`` grouped by their ``pattern`` column."""
    by_type: dict[str, list] = {}
    for e in load_lexicon(PATTERNS_LEXICON):
        by_type.setdefault(e.get("pattern"), []).append(e)
    return by_type


@lru_cache(maxsize=1)
def _raising_participles() -> frozenset[str]:
    """The participles of the ``raising`` rows of the patterns lexicon ("is said" -> "said")."""
    return frozenset(e.phrase.split()[-1] for e in _patterns_by_type().get("raising", []))


@lru_cache(maxsize=None)
def _lemma_forms(lemmas: frozenset[str]) -> frozenset[str]:
    """Every form the verbs lexicon lists for these lemmas (``{"quote"}`` -> quote, quoted, ...)."""
    return frozenset(e.phrase for e in load_lexicon(VERBS_LEXICON) if e.get("lemma") in lemmas and " " not in e.phrase)


@lru_cache(maxsize=1)
def _catenatives() -> dict[tuple[str, ...], object]:
    """The ``catenative`` rows of the patterns lexicon, keyed by their words ("appeared", "to")."""
    return {tuple(e.phrase.split()): e for e in _patterns_by_type().get("catenative", [])}


@lru_cache(maxsize=1)
def _pressure_participles() -> frozenset[str]:
    """The participles of the passive implicative rows ("was forced to", "were compelled to"):
    "forced", "compelled". Active, they put the pressure on their object, who then speaks ("forced
    the banker to admit that ...").

    >>> sorted(_pressure_participles())
    ['compelled', 'forced']
    """
    return frozenset(words[1] for words in _catenatives() if len(words) == 3 and words[2] == "to"
                     and words[0] in ("was", "were", "is", "are", "been") and words[1].endswith("ed"))


def _catenative_before(toks: list[Token], a: int):
    """The catenative row right before the cue, with the index where it starts ("appeared to
    suggest", "continues to insist", "has yet to explain", "could not resist pointing out"), or
    None.

    >>> from course.document import build_document
    >>> d = build_document("Trump appeared to suggest that veterans are weak.")
    >>> k, row = _catenative_before(d.tokens, 3); k, row.phrase
    (1, 'appeared to')
    >>> _catenative_before(build_document("They want to show restraint.").tokens, 3) is None
    True
    >>> _catenative_before(build_document("They could not resist pointing out the error.").tokens, 4)[0]
    3
    """
    if a == 0:
        return None
    rows = _catenatives()
    if toks[a - 1].norm != "to":
        # a gerund after "resist", "keep", "avoid": "could not resist pointing out"
        row = rows.get((toks[a - 1].norm,)) if toks[a].norm.endswith("ing") else None
        return (a - 1, row) if row is not None else None
    for size in (3, 2):
        k = a - size
        row = rows.get(tuple(t.norm for t in toks[k:a])) if k >= 0 else None
        if row is not None:
            return k, row
    # a time or an adverb between the catenative verb and "to": "tried on Tuesday to make the case
    # that ...", "continued last week to insist", "tried again to explain" (an adjunct may stand
    # between a catenative verb and its infinitive, Quirk et al. 1985, catenative verbs; the verb still takes it)
    width = _adjunct_before(toks, a - 1)
    if width:
        m = a - 2 - width  # the last word of the catenative verb
        for size in (2, 1):
            k = m - size + 1
            row = rows.get(tuple(t.norm for t in toks[k:m + 1]) + ("to",)) if k >= 0 else None
            if row is not None:
                return k, row
    return None


#: Words of time that may stand alone between a catenative verb and "to" ("tried again to", "tried
#: Tuesday to", "continued yesterday to").
_LONE_ADJUNCTS = DAY_NAMES | frozenset("again today yesterday once".split())


def _adjunct_before(toks: list[Token], end: int) -> int:
    """How many tokens of a time phrase or an adverb end right before ``toks[end]``: "on Tuesday",
    "last week", "Tuesday", "again", "repeatedly" (1 to 3), or 0.

    >>> from course.document import build_document
    >>> t = build_document("tried on Tuesday to make").tokens
    >>> _adjunct_before(t, 3), _adjunct_before(build_document("tried to make").tokens, 1)
    (2, 0)
    """
    if end < 2:
        return 0
    one, two = toks[end - 1], toks[end - 2]
    if one.norm in DAY_NAMES and two.norm == "on" or one.norm in UNITS_AFTER_LAST and two.norm in ("last", "this"):
        return 2
    if one.norm in _LONE_ADJUNCTS or _is_adverb(one) and one.text.islower():
        return 1
    return 0


_CUE_NORMS: list = [None, frozenset()]  # [the cue matcher, its first words]


def _cue_norms() -> frozenset[str]:
    """First words of the reporting-verb lexicon's verb and noun phrases (computed once per loaded
    lexicon); the adjectives of belief or feeling are left out: they report only after a linking
    verb, and elsewhere are plain modifiers ("the confident minister"), and so are the base and
    -ing forms of the verbs of idioms of arguing (:func:`_idiom_verbs`)."""
    matcher = _lexicons()[0]
    if _CUE_NORMS[0] is not matcher:
        _CUE_NORMS[:] = [matcher, frozenset(matcher._by_first) - _attitude_words() - _idiom_verbs()]
    return _CUE_NORMS[1]


#: The objects of the idioms of arguing ("make the case", "make the point", "make it clear").
_IDIOM_OBJECT_WORDS = frozenset({"case", "point", "clear"})


@lru_cache(maxsize=1)
def _idiom_verbs() -> frozenset[str]:
    """The base and -ing forms of verbs that report only with the object of an idiom of arguing
    ("make the case that", "making the point that"; Quirk et al. 1985 §16.55, idioms with a
    that-clause): no row has the verb alone, so they are no cue words by themselves, and "to make
    sure that ..." opens no reported infinitive. The past and -s forms ("made", "makes") stay cue
    words: like any finite reporting verb, they mark the end of a subject before them.

    >>> sorted(_idiom_verbs())
    ['make', 'making']
    """
    rows = [(e.phrase.split(), e.get("lemma").split()) for e in load_lexicon(VERBS_LEXICON)]
    alone = {words[0] for words, _ in rows if len(words) == 1}
    others = {words[0] for words, _ in rows if len(words) > 1 and not _IDIOM_OBJECT_WORDS & set(words[1:])}
    idioms = {words[0] for words, lemma in rows if len(words) > 1 and _IDIOM_OBJECT_WORDS & set(words[1:])
              and (words[0] == lemma[0] or words[0].endswith("ing"))}
    return frozenset(idioms - alone - others)


@lru_cache(maxsize=1)
def _idiom_phrases() -> frozenset[tuple[str, ...]]:
    """The words of the lexicon's idioms of arguing whose verb is an idiom verb (:func:`_idiom_verbs`):
    ("make", "clear"), ("making", "the", "case") ..."""
    verbs = _idiom_verbs()
    return frozenset(tuple(e.phrase.split()) for e in load_lexicon(VERBS_LEXICON)
                     if e.phrase.split()[0] in verbs and _IDIOM_OBJECT_WORDS & set(e.phrase.split()[1:]))


def _idiom_at(toks: list[Token], k: int) -> bool:
    """Does an idiom of arguing start at ``toks[k]`` with a verb that is no cue word alone ("make
    clear", "make the case", "making the point")? In an infinitive it reports as a verb of saying
    does, so a verb of intention before it takes it into its content ("sought to make clear that
    ...", as "decided to announce that ...").

    >>> from course.document import build_document
    >>> t = build_document("to make clear that it failed").tokens
    >>> _idiom_at(t, 1), _idiom_at(build_document("to make sure that it failed").tokens, 1)
    (True, False)
    """
    if toks[k].norm not in _idiom_verbs():
        return False
    words = tuple(t.norm for t in toks[k:k + 4])
    return any(words[:len(p)] == p for p in _idiom_phrases())


@lru_cache(maxsize=1)
def _attitude_words() -> frozenset[str]:
    """The adjectives of belief or feeling in the reporting-verb lexicon ("confident", "worried")."""
    return frozenset(e.phrase for e in load_lexicon(VERBS_LEXICON) if e.get("frame") == "attitude")


@lru_cache(maxsize=1)
def _content_nouns() -> frozenset[str]:
    """The one-word nouns of the reporting-verb lexicon that take a content clause ("claim",
    "prediction", "warning"): "its hyperbolic prediction that ..." is the noun's clause."""
    return frozenset(e.phrase for e in load_lexicon(VERBS_LEXICON) if e.get("frame") == "noun" and " " not in e.phrase)


@lru_cache(maxsize=1)
def _clause_verbs() -> frozenset[str]:
    """The one-word verbs of saying and thinking of the reporting-verb lexicon ("said", "believed"),
    which may take a clause of their own without "that"."""
    return frozenset(e.phrase for e in load_lexicon(VERBS_LEXICON)
                     if e.get("frame") in ("speech", "cognitive", "ambiguous") and " " not in e.phrase)


#: Pattern types of ``attribution_patterns.tsv`` that mark a contestable claim (ANNOTATION.md §7).
VERDICT_PATTERNS = ("evaluative", "deontic", "graduation", "superlative", "significance", "generic",
                    "motive", "prediction", "evidential")


@lru_cache(maxsize=1)
def _view_entry():
    """The ``in the view of`` row of the patterns lexicon, which "in X's view" reads as (§6.1)."""
    return next(e for e in _patterns_by_type()["according-to"] if e.phrase == "in the view of")
