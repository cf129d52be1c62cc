"""Hedging and boosting lens: where the writer holds back, and where they push.

A **hedge** withholds full commitment ("may", "reportedly", "if necessary",
"people familiar with the matter"); a **booster** closes down alternatives or
turns up the force of a claim ("of course", "clearly", emphatic "even")
(Hyland 2005; hedge sub-types from the Szeged scheme, Szarvas et al. 2012;
weasel sources from Vincze 2013).

The words live in two lexicons, ``datasets/lexicons/hedges.tsv`` and
``datasets/lexicons/boosters.tsv``. Each row may name a ``condition``: a small
disambiguation rule written in this module (see :data:`CONDITIONS`), so that
"about 300 troops" is an approximator but "talked about sanctions" is not, and
"He said Russia would respond" is reported speech, not a hedge. One pattern
lives only in code: an unnamed group used as a source ("critics say",
"officials said").

Matching goes left to right over each sentence's tokens; at every position the
longest phrase whose condition holds wins, so "could not be verified" is one
investigation hedge, not "could" plus something else.

Example (the seed article's threat):
    >>> from course.document import build_document
    >>> doc = build_document("Russia will, of course, react, and if necessary, also asymmetrically.")
    >>> [(a.text, a.category, a.label) for a in annotate(doc)]
    [('of course', 'booster', 'concurrence'), ('if necessary', 'hedge', 'conditional')]
    >>> [a.text for a in annotate(build_document("He even noted that Moscow may respond."))]
    ['even', 'may']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

from ..datasets import load_lexicon
from ..document import Document, Token
from ..errors import DatasetError
from ..matching import phrase_tokens
from ..model import Annotation

#: Lexicon files read by this lens, with the category their rows produce.
LEXICONS: tuple[tuple[str, str], ...] = (("hedges", "hedge"), ("boosters", "booster"))

BE_FORMS = frozenset("is are was were be been being am 's".split())

DETERMINERS = frozenset(
    "a an the this that these those his her its their our my your whose which what "
    "some any no every each another such".split()
)

PREPOSITIONS = frozenset(
    "of in on at for with without by from to into onto about over under after before "
    "during through against among between upon within".split()
)

NUMBER_WORDS = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred hundreds thousand thousands million millions billion billions trillion dozen dozens
    half quarter third score
    """.split()
)

#: Nouns that can follow "a"/"an" in an approximated quantity or time ("about a year", "around an hour").
QUANTITY_UNITS = frozenset(
    """
    dozen hundred thousand million billion trillion third quarter half fifth tenth
    second minute hour day week fortnight month year decade century
    mile kilometre kilometer metre meter foot inch ton tonne percent
    """.split()
)

#: Words naming a time of day that "around"/"about" can approximate ("around noon").
TIME_WORDS = frozenset("noon midnight midday dawn dusk sunrise sunset daybreak nightfall".split())

CURRENCY = frozenset("$ £ € ¥ ₽".split())

#: Verbs of saying and thinking. A "would" after one of them in the same sentence is the
#: future-in-the-past of reported speech ("He said Russia would respond"), not a hedge.
REPORTING_VERBS = frozenset(
    """
    said say says saying told tell tells added adds pledged pledges promised promises warned warns
    announced announces stated states declared declares insisted insists claimed claims vowed vows
    threatened threatens predicted predicts confirmed confirms reported reports believed believes
    thought thinks expected expects hoped hopes feared fears knew decided agreed indicated indicates
    suggested suggests wrote writes argued argues noted notes explained explains assured assures
    replied signalled signaled maintained maintains affirmed affirms revealed reveals emphasised
    emphasized stressed stresses hinted hints acknowledged admitted denied estimated guaranteed
    ensured assumed speculated predicting saying adding warning promising insisting
    """.split()
)

#: Markers of narrative future-in-the-past ("would later become", "would eventually win").
NARRATIVE_FUTURE = frozenset("later eventually subsequently soon afterwards thereafter go".split())

#: Words that make "if" mean "whether" (an open question, Szeged "investigation").
QUESTION_WORDS = frozenset(
    """
    ask asks asked asking wonder wonders wondered wondering know knows knew known unclear unknown
    see check checks checked checking determine determines determined decide decides decided
    doubt doubts doubted sure certain clear investigate investigating investigated examine
    examined examining test tested testing find verify verified establish
    """.split()
)

#: People and sources whose identity a vague reference leaves open (Vincze 2013 weasels).
SOURCE_NOUNS = frozenset(
    """
    critics analysts experts observers commentators sources historians scholars officials
    diplomats insiders pundits scientists researchers economists specialists
    reports accounts witnesses
    """.split()
)

#: Groups that are weasels only when they act as a source (followed by a saying/thinking verb).
PEOPLE_NOUNS = frozenset(
    """
    people residents members fans citizens voters users readers viewers
    westerners locals activists politicians lawmakers legislators leaders
    """.split()
)

#: Verbs that make a vague group a source of opinion ("many people believe").
SOURCE_VERBS = frozenset(
    """
    say says said believe believes believed argue argues argued claim claims claimed think thinks
    thought suggest suggests suggested warn warns warned note notes noted fear fears feared
    estimate estimates estimated expect expects expected contend contends contended insist insists
    insisted maintain maintains maintained told agree agrees agreed consider considers considered
    feel feels felt speculate speculated regard regards regarded view views viewed see sees saw
    describe describes described accuse accuses accused allege alleges alleged
    """.split()
)

#: Words that may stand between a group and its verb ("critics have long argued").
AUX_GAP = frozenset("have has had also long often generally widely still now do does did would may".split())

_NUMBER_RE = re.compile(r"\d")
_YEAR_RE = re.compile(r"^(1[0-9]|20)\d\d$")
_ADVERB_RE = re.compile(r"^[a-z]+ly$")


# ----------------------------------------------------------------------------- helpers


def _norm(toks: Sequence[Token], k: int) -> str:
    return toks[k].norm if 0 <= k < len(toks) else ""


def _is_number(toks: Sequence[Token], k: int) -> bool:
    """Token ``k`` starts a number, quantity or time expression ("300", "$5", "a dozen", "noon").

    >>> from course.document import build_document
    >>> d = build_document("about 300 about a year around noon about $5 about the war")
    >>> [_is_number(d.tokens, k) for k in (1, 3, 6, 8, 11)]
    [True, True, True, True, False]
    """
    w = _norm(toks, k)
    if not w:
        return False
    if _NUMBER_RE.search(w) or w in NUMBER_WORDS or w in TIME_WORDS:
        return True
    if w in CURRENCY:
        return bool(_NUMBER_RE.search(_norm(toks, k + 1)))
    if w in ("a", "an", "half"):
        return _norm(toks, k + 1) in QUANTITY_UNITS or _norm(toks, k + 1) in NUMBER_WORDS
    return False


def _skip_adverbs_back(toks: Sequence[Token], k: int, limit: int = 2) -> int:
    """Index of the nearest token at or before ``k`` that is not an adverb (at most ``limit`` skipped)."""
    skipped = 0
    while k >= 0 and skipped < limit and (
        _ADVERB_RE.match(toks[k].norm) or toks[k].norm in ("also", "still", "now", "often", "long", "once", "not", "never")
    ):
        k -= 1
        skipped += 1
    return k


def _source_verb_follows(toks: Sequence[Token], k: int, window: int = 3) -> bool:
    """A saying/thinking verb starts within ``window`` tokens after ``k`` (auxiliaries skipped)."""
    j = k + 1
    steps = 0
    while j < len(toks) and steps < window:
        w = toks[j].norm
        if w in SOURCE_VERBS:
            return True
        if w not in AUX_GAP:
            return False
        j += 1
        steps += 1
    return False


# ----------------------------------------------------------------------------- conditions
# A condition receives the sentence's tokens, the match [i, j) and a context; it returns the
# (possibly extended) end of the match when the entry applies, or None when it does not.


@dataclass(frozen=True)
class _Context:
    in_quote: frozenset[int]  # document token indexes (Token.index) inside quotation marks


Condition = Callable[[Sequence[Token], int, int, _Context], "int | None"]


def _always(toks, i, j, ctx):
    return j


def _before_number(toks, i, j, ctx):
    """"about 300 troops", "around noon", "some $5 billion"; not "talked about sanctions"."""
    return j if _is_number(toks, j) else None


def _after_number(toks, i, j, ctx):
    """"300 or so", "a day or so": the figure comes just before."""
    prev = _norm(toks, i - 1)
    return j if prev and (_NUMBER_RE.search(prev) or prev in NUMBER_WORDS or prev.rstrip("s") in QUANTITY_UNITS) else None


def _not_month(toks, i, j, ctx):
    """"may" is the modal unless it is capitalised mid-sentence (the month, a name: "in May",
    "Theresa May") or capitalised before a number ("May 12")."""
    t = toks[i]
    if t.text[:1].isupper():
        if i > 0:
            return None
        if _is_number(toks, j):
            return None
    return j


def _not_past_ability(toks, i, j, ctx):
    """"could" is epistemic except in negated past ability ("could not swim", "couldn't stop"),
    where it reports a fact; "could not have" stays epistemic."""
    nxt = _norm(toks, j)
    if nxt == "not" or nxt == "never" or (nxt == "n" and _norm(toks, j + 1) == "'"):
        return j if _norm(toks, j + 1) == "have" else None
    if nxt == "'" and _norm(toks, j + 1) == "t":
        return None
    return j


def _not_reported_speech(toks, i, j, ctx):
    """"would" is an epistemic hedge ("That would be a mistake") except:

    - reported speech or thought: a saying/thinking verb in the same sentence, before or after
      ("He said Russia would respond", "Russia would respond, Lavrov said"): the tense only
      follows the reporting verb (future-in-the-past). Inside quotation marks there is no such
      shift, so a quoted "would" is the speaker's own modal and stays a hedge;
    - the consequence of a condition in the same sentence ("if ..., it would ..."): the "if"
      is already the hedge;
    - narrative future-in-the-past ("would later become", "in 1983 he would ...").
    """
    quoted = toks[i].index in ctx.in_quote
    for k in range(len(toks)):
        w = toks[k].norm
        if k < i and (w in ("if", "unless") or _YEAR_RE.match(w)):
            return None
        if not quoted and k != i and w in REPORTING_VERBS:
            return None
    k = j
    while k < len(toks) and _ADVERB_RE.match(toks[k].norm) and toks[k].norm not in ("likely", "probably"):
        k += 1
    if _norm(toks, k) in NARRATIVE_FUTURE or _norm(toks, j) in NARRATIVE_FUTURE:
        return None
    return j


def _inverted_conditional(toks, i, j, ctx):
    """"Should the talks fail, ...": "should" opening a clause, before its subject, means "if"."""
    prev = _norm(toks, i - 1)
    if i > 0 and prev not in (",", ";", ":", "and", "but", "or", "—", "-"):
        return None
    nxt = _norm(toks, j)
    if not nxt or not nxt[0].isalpha() or nxt in ("be", "have", "not", "also", "never", "always", "only", "n", "we", "i", "you"):
        return None
    return j


def _before_to_or_that(toks, i, j, ctx):
    """"appears to be", "it appears that"; not "appeared on television"."""
    return j if _norm(toks, j) in ("to", "that") else None


def _before_that(toks, i, j, ctx):
    """"felt that", "fears that": a verb of feeling used to report an opinion."""
    return j if _norm(toks, j) == "that" else None


def _before_as(toks, i, j, ctx):
    """"seen as", "regarded by some as", "regarded him as": a judgement, not sight ("was seen
    in Paris"). The "as" may come up to three words later, with no punctuation in between."""
    for k in range(j, min(j + 4, len(toks))):
        w = toks[k].norm
        if w == "as":
            return j
        if not w[:1].isalnum():
            return None
    return None


def _doxastic_passive(toks, i, j, ctx):
    """The passive of a verb of judging: an opinion held by people the text does not name.

    Fires after a form of "be" ("is (widely) considered"), after a degree or frequency
    adverb or a comma (reduced relatives: "generally considered the best", "Livingston,
    considered a formidable lobbyist"), or before "to", "as", "by", "one", "among"
    ("considered to be", "considered one of"). Not the active "considered the proposal".
    """
    k = _skip_adverbs_back(toks, i - 1)
    if _norm(toks, k) in BE_FORMS:
        return j
    prev = _norm(toks, i - 1)
    if prev == "," or _ADVERB_RE.match(prev) or prev in ("often", "sometimes", "also", "still", "now", "once", "long"):
        return j
    return j if _norm(toks, j) in ("to", "as", "by", "one", "among") else None


_SUPERLATIVE_OK = frozenset("best worst most least as it every all everything whenever wherever".split())


def _not_superlative(toks, i, j, ctx):
    """"possible" as a hedge ("a possible motive", "it is possible"), not the intensifying
    "the highest possible score", "as soon as possible", "made it possible"."""
    prev = _norm(toks, i - 1)
    if prev in _SUPERLATIVE_OK or (prev.endswith("est") and len(prev) > 4):
        return None
    return j


def _not_noun(toks, i, j, ctx):
    """"thought" as a verb ("is thought to", "he thought"); not the noun ("the thought")."""
    prev = _norm(toks, i - 1)
    return None if prev in DETERMINERS or prev in PREPOSITIONS else j


def _embedded_question(toks, i, j, ctx):
    """"asked if", "unclear if", "to see if": "if" meaning "whether"."""
    for k in range(max(0, i - 3), i):
        if toks[k].norm in QUESTION_WORDS:
            return j
    return None


def _vague_group(toks, i, j, ctx):
    """"some officials", "many experts", "some say", "others argue": a vague group as a source.

    The match grows to cover the group noun, with at most one modifier in between
    ("some Western officials"). General groups ("many people") count only when a
    saying or thinking verb follows ("many people believe").
    """
    if _norm(toks, j) in SOURCE_VERBS:
        return j
    for k in (j, j + 1):
        w = _norm(toks, k)
        if w in SOURCE_NOUNS:
            return k + 1
        if w in PEOPLE_NOUNS:
            return k + 1 if _source_verb_follows(toks, k) else None
        if k == j and not (w.isalpha() and w not in DETERMINERS and w not in PREPOSITIONS):
            return None
    return None


def _parenthetical(toks, i, j, ctx):
    """"Naturally, ..." or ", naturally," set off as a comment, not "occurs naturally"."""
    prev = _norm(toks, i - 1)
    return j if (i == 0 or prev in (",", ";")) and _norm(toks, j) == "," else None


_EVEN_NOT = frozenset(
    "if though as so when while after before then number numbers numbered odd handed keel".split()
)


def _emphatic_even(toks, i, j) -> bool:
    """"even" as a focus intensifier ("even noted", "even now"), not "even if/though/as",
    not the adjective ("even numbers", "the numbers were even", "break even")."""
    nxt = _norm(toks, j)
    if nxt in _EVEN_NOT or nxt in (",", ".", ";", ":", ""):
        return False
    return _norm(toks, i - 1) not in ("break", "breaking", "broke", "get", "got", "an")


def _writer_emphatic_even(toks, i, j, ctx):
    """Emphatic "even" in the writer's own words ("he even noted"): the writer's evaluation."""
    return j if toks[i].index not in ctx.in_quote and _emphatic_even(toks, i, j) else None


def _quoted_emphatic_even(toks, i, j, ctx):
    """Emphatic "even" inside quotation marks ("“Even now, a US warship ...”"): the speaker's
    emphasis, reported by the writer."""
    return j if toks[i].index in ctx.in_quote and _emphatic_even(toks, i, j) else None


#: Disambiguation rules a lexicon row may name in its ``condition`` column.
CONDITIONS: dict[str, Condition] = {
    "": _always,
    "before-number": _before_number,
    "after-number": _after_number,
    "not-month": _not_month,
    "not-past-ability": _not_past_ability,
    "not-reported-speech": _not_reported_speech,
    "inverted-conditional": _inverted_conditional,
    "before-to-or-that": _before_to_or_that,
    "before-that": _before_that,
    "before-as": _before_as,
    "doxastic-passive": _doxastic_passive,
    "not-noun": _not_noun,
    "not-superlative": _not_superlative,
    "embedded-question": _embedded_question,
    "vague-group": _vague_group,
    "parenthetical": _parenthetical,
    "writer-emphatic-even": _writer_emphatic_even,
    "quoted-emphatic-even": _quoted_emphatic_even,
}


# ----------------------------------------------------------------------------- lexicon rules


@dataclass(frozen=True)
class _Rule:
    tokens: tuple[str, ...]
    phrase: str
    category: str
    label: str
    explanation: str
    source: str
    rule: str
    condition: Condition
    exclude_prev: frozenset[str]
    exclude_next: frozenset[str]


def _words(cell: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in cell.split("|") if w.strip())


@lru_cache(maxsize=1)
def _rules() -> dict[str, tuple[_Rule, ...]]:
    """All lexicon rows indexed by first token, longest phrase first (file order otherwise)."""
    by_first: dict[str, list[_Rule]] = {}
    for name, category in LEXICONS:
        for e in load_lexicon(name):
            cond_name = e.get("condition")
            if cond_name not in CONDITIONS:
                raise DatasetError(
                    f"{name}.tsv line {e.line}: unknown condition {cond_name!r}; "
                    f"known: {', '.join(sorted(c for c in CONDITIONS if c))}."
                )
            toks = phrase_tokens(e.phrase)
            if not toks:
                continue
            r = _Rule(
                toks, e.phrase, category, e.label, e.explanation, e.source,
                f"{name}.tsv: {e.phrase}", CONDITIONS[cond_name],
                _words(e.get("exclude_prev")), _words(e.get("exclude_next")),
            )
            by_first.setdefault(toks[0], []).append(r)
    return {k: tuple(sorted(v, key=lambda r: -len(r.tokens))) for k, v in by_first.items()}


def _quote_positions(doc: Document) -> frozenset[int]:
    """``Token.index`` of every token inside quotation marks (“...”, "..." or a mix of the two).

    A quotation may run over several sentences but never over a paragraph break.
    """
    inside = False
    out = set()
    paragraph = -1
    for t in doc.tokens:
        p = doc.sentences[t.sentence].paragraph
        if p != paragraph:
            paragraph, inside = p, False
        if t.text == "“" or (t.text == '"' and not inside):
            inside = True
        elif t.text == "”" or (t.text == '"' and inside):
            inside = False
        elif inside:
            out.add(t.index)
    return frozenset(out)


def _unnamed_group(toks: Sequence[Token], k: int) -> int | None:
    """Pattern ``unnamed-group``: "Critics say", "US officials said", "analysts have argued".

    A plural source noun used as a subject, with no determiner that would point back to a
    named group ("the officials"), followed by a saying or thinking verb. Returns the index
    of the first token of the span (a capitalised modifier such as "US" is included).
    """
    if toks[k].norm not in SOURCE_NOUNS or not _source_verb_follows(toks, k, window=3):
        return None
    start = k
    prev = _norm(toks, k - 1)
    if prev and (toks[k - 1].text[:1].isupper() and prev not in DETERMINERS and prev.isalpha() or prev in ("senior", "western", "military", "government", "intelligence", "security", "independent", "foreign")):
        start = k - 1
        prev = _norm(toks, k - 2)
    if prev in DETERMINERS or prev == "'" or prev in ("these", "those", "both"):
        return None
    return start


# ----------------------------------------------------------------------------- annotate


def annotate(doc: Document) -> list[Annotation]:
    """Find the hedges and boosters of a document.

    Args:
        doc: a document from :func:`course.document.build_document`.

    Returns:
        Annotations of category ``hedge`` or ``booster``, in text order. Each carries the
        lexicon row (``rule="hedges.tsv: if necessary"``) or pattern that fired, its own
        explanation and the citation of its category.

    Example:
        >>> from course.document import build_document
        >>> doc = build_document("Moscow may respond in May 2021, about 300 troops said to be around the Black Sea.")
        >>> [(a.text, a.label, a.rule) for a in annotate(doc)]
        [('may', 'epistemic', 'hedges.tsv: may'), ('about', 'approximator', 'hedges.tsv: about')]
    """
    rules = _rules()
    text = doc.text
    out: list[Annotation] = []
    ctx = _Context(_quote_positions(doc))
    for sentence, toks in doc.sentence_tokens():
        if not toks:
            continue
        i, n = 0, len(toks)
        while i < n:
            found = None
            for r in rules.get(toks[i].norm, ()):
                k = len(r.tokens)
                if i + k > n or any(toks[i + m].norm != r.tokens[m] for m in range(1, k)):
                    continue
                if r.exclude_prev and _norm(toks, i - 1) in r.exclude_prev:
                    continue
                if r.exclude_next and _norm(toks, i + k) in r.exclude_next:
                    continue
                end = r.condition(toks, i, i + k, ctx)
                if end is not None:
                    found = (i, end, r)
                    break
            if found is None:
                start = _unnamed_group(toks, i)
                if start is not None and not (out and out[-1].end > toks[start].start):
                    a, b = toks[start], toks[i]
                    out.append(
                        Annotation(
                            a.start, b.end, text[a.start : b.end], "hedge", "weasel",
                            f"“{text[a.start:b.end]}” does not say which {toks[i].norm} these are, "
                            "so the reader cannot check the source.",
                            rule="pattern: unnamed-group", reference="Vincze 2013 (weasel)",
                            sentence=sentence.index,
                        )
                    )
                i += 1
                continue
            s, e, r = found
            a, b = toks[s], toks[e - 1]
            out.append(
                Annotation(
                    a.start, b.end, text[a.start : b.end], r.category, r.label, r.explanation,
                    rule=r.rule, reference=r.source, sentence=sentence.index,
                )
            )
            i = e
    return out
