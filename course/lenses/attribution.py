"""Attribution lens: who says what, through whom, and what the writer says alone.

The lens finds PARC-style attribution relations (Pareti 2016): a **cue** (the
reporting words), a **source** (the speaker, as written) and the **content**
(what is reported), plus a **via** hop when the words reach the article through
an intermediary ("was quoted as saying by ABC News"). Each cue gets the
reporting-verb class of its lemma (Bergler 1992; Thompson & Ye 1991; Martin &
White 2005), read from ``datasets/lexicons/reporting_verbs.tsv``; multi-word
frames ("according to", "in a statement", via markers) and the markers of
unattributed evaluation come from ``datasets/lexicons/attribution_patterns.tsv``.

It is rule-based over tokens and quotation marks, with no parser model:

1. Quotations are paired per paragraph (curly or straight marks, so a quote may
   run over several sentences).
2. Reporting words are matched token by token. A word with a non-reporting sense
   ("added sanctions", "show restraint") needs a reporting frame: a that-clause,
   a colon, a quotation, inverted order ("..., he added."), a to-infinitive for
   commitments ("pledged to"), or, for verbs whose object is the content
   ("affirmed Moscow's intention"), a speaker-like subject.
3. The source is the noun phrase before the cue (skipping adverbs, auxiliaries
   and a time phrase such as "on Friday, 12 November,"), or after it in inverted
   order ("..., said the minister"). A participle after a comma (", adding that")
   continues the previous speaker of the sentence. A long apposition ("Richard Revesz,
   director of the institute at the law school, said") or a bracketed party label ("Rep. Jim
   Jordan (R-Ohio) said") belongs to the source; contracted auxiliaries ("he's", "isn't") are
   never sources; a progressive ("is once again claiming") is a finite cue; a coordinated cue
   with no reported first verb ("I laughed and said") takes the clause subject.
4. The content is the quotation, or the clause after the cue (after "that",
   without the final period), or, in inverted order, the words before the cue.
5. Frames with no named source ("it is understood that", "was told that") give a
   relation whose source is ``None``; raising frames ("is said to", "are believed to")
   are hedges, not attributions (ANNOTATION.md §4); a passive cue followed by "by X"
   takes X as the source; a participle after its noun ("a letter saying that") takes
   that noun phrase; an apposition after a name belongs to the source.
6. Content extents follow §6.2: a dateline ("DRAVA (Meridian Press Agency) - ") is not
   content; the writer's own tail is cut off (", amid ...", ", but he did not ...",
   ", and it is unclear whether ...", a gloss or a time phrase after a closing quotation
   mark); a coordinated cue (" and said") or a sentence-final frame (", the office said")
   ends the content before it; a bare noun-phrase object ends at "after", "amid" ...
7. Unattributed sentences (§7): the main clause is in the writer's voice and a marker of a
   contestable claim lies outside every attribution (see :func:`_unattributed`).

Example (the seed article's chained, passive attribution):
    >>> from course.document import build_document
    >>> doc = build_document('"We can see it," Putin was quoted as saying by ABC News.')
    >>> rel = annotate(doc)[0][0]
    >>> rel.source.text, rel.cue.text, rel.via.text, rel.kind, rel.content.text
    ('Putin', 'was quoted as saying', 'ABC News', 'direct', 'We can see it')
"""

from __future__ import annotations

import bisect
import heapq
import re
from dataclasses import dataclass
from functools import lru_cache

from ..datasets import load_lexicon
from ..document import Document, Sentence, Token
from ..labels import VERB_CLASSES
from ..matching import PhraseMatcher
from ..model import Annotation, Attribution, Span

VERBS_LEXICON = "reporting_verbs"
PATTERNS_LEXICON = "attribution_patterns"
REFERENCE = "PARC 3.0 (Pareti 2016); Bergler 1992; Thompson & Ye 1991; Martin & White 2005"

# ------------------------------------------------------------------ word classes
# Closed-class words a linguist uses to find phrase edges without a parser.

AUX = frozenset(
    "has have had 's was were is are am be been being will would shall should can could "
    "may might must do does did not n't never".split()
)
#: Adverbs that may sit between a source and its cue ("Lavrov also went on to say").
ADVERBS = frozenset(
    "also previously earlier later then now again once still even already further repeatedly "
    "recently reportedly allegedly publicly privately separately subsequently yesterday today "
    "tonight just only often first last too well as ever long similarly likewise meanwhile "
    "however moreover instead initially finally always never sometimes usually".split()
)
DETERMINERS = frozenset(
    "the a an this that these those his her their its our my your some many several any "
    "each every both all no another other such".split()
)
POSSESSIVES = frozenset("his her their its our my your".split())
PRONOUNS = frozenset("he she they we i you it who which one someone somebody".split())
#: Words that end a noun phrase when walking over it: clause links, prepositions
#: that do not belong inside a speaker's name, and verbs of being.
STOP = frozenset(
    "that which who whom whose when where while as if because since although though but or so "
    "than however meanwhile furthermore moreover to on by into about after before during under "
    "over against between through upon across without within toward towards there here not "
    "also previously well even still yet".split()
) | AUX
#: Prepositions allowed inside a source phrase ("people familiar with the matter",
#: "a spokesman for the ministry", "the foreign minister of Russia").
NP_PREPOSITIONS = frozenset("of for with from at in".split())
TITLE_ABBREVIATIONS = frozenset("mr mrs ms dr gen sen rep rev gov lt col prof st jr sr".split())
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december jan feb mar apr jun jul aug sep sept "
    "oct nov dec morning afternoon evening night week weekend month year day earlier later last "
    "this next ago today yesterday tonight recently early".split()
)
TIME_PREPOSITIONS = frozenset("on in at during since earlier late".split())
#: Human or institutional nouns: a subject headed by one of these can be a speaker.
SPEAKER_NOUNS = frozenset(
    "minister ministers official officials spokesman spokeswoman spokesperson president "
    "secretary ambassador diplomat diplomats government ministry leader leaders lawmaker "
    "lawmakers senator senators source sources people analyst analysts expert experts critic "
    "critics officer officers commander general chief head statement report envoy premier "
    "chancellor embassy kremlin administration campaign spokespeople aide aides adviser "
    "advisers advisor representative representatives governor mayor candidate fm".split()
) | frozenset(
    # people and bodies defined by a public role: they speak, endorse and judge
    "group groups union unions party parties committee court judge judges council company bank "
    "agency department organization organisation association board panel commission police "
    "foundation newspaper paper magazine network coalition nominee member members chairman "
    "chairwoman director founder professor economist economists researcher researchers "
    "scientist scientists reporter reporters journalist journalists editor editors lawyer "
    "lawyers attorney prosecutor prosecutors activist activists protesters voters supporters "
    "opponents residents witness witnesses doctor doctors author authors staff".split()
)
#: Sources of information that "show", "find" or "indicate" like a speaker does.
INFORMATION_NOUNS = frozenset(
    "poll polls survey surveys study studies analysis data report reports video footage transcript "
    "average figures documents records review research investigation inquiry filing filings "
    "statistics evidence audit letter memo email emails".split()
)
#: Prepositions before a gerund cue: "by saying", "after saying", "for claiming".
GERUND_PREPOSITIONS = frozenset("by after before for from while without of in on upon".split())
DASHES = frozenset("―—–")
COMPLEMENTIZERS = frozenset("that whether if why how what when where who".split())
SUBJECT_PRONOUNS = frozenset("he she they we i you it there".split())
QUOTE_CHARS = "\"“”"
FINAL_PUNCT = ".!?"
PARTICIPLE_CONTINUATION = re.compile(r"ing\Z")


@dataclass(frozen=True)
class CueWord:
    """One reporting-words entry: its class, its frame and why it matters."""

    phrase: str
    lemma: str
    verb_class: str
    frame: str
    explanation: str
    reference: str


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


@lru_cache(maxsize=1)
def _patterns_by_type() -> dict[str, list]:
    """The rows of ``attribution_patterns.tsv`` grouped by their ``pattern`` column."""
    by_type: dict[str, list] = {}
    for e in load_lexicon(PATTERNS_LEXICON):
        by_type.setdefault(e.get("pattern"), []).append(e)
    return by_type


@lru_cache(maxsize=1)
def _catenatives() -> dict[tuple[str, ...], object]:
    """The ``catenative`` rows of the patterns lexicon, keyed by their words ("appeared", "to")."""
    return {tuple(e.phrase.split()): e for e in _patterns_by_type().get("catenative", [])}


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
    return None


# ------------------------------------------------------------------ quotations


def _quotations(doc: Document) -> list[tuple[int, int, int, int]]:
    """Pair quotation marks paragraph by paragraph.

    Returns ``(open_start, open_end, close_start, close_end)`` for each quotation:
    the offsets of the opening and the closing mark, so the quoted words are
    ``text[open_end:close_start]``. Curly marks say which way they face; a straight
    mark (``"`` or a doubled apostrophe ``''``) opens when it follows a space, a
    bracket or the start of the paragraph, and closes otherwise.

    >>> from course.document import build_document
    >>> d = build_document('He said “one. Two," and left.')
    >>> [d.text[b:c] for a, b, c, e in _quotations(d)]
    ['one. Two,']
    """
    out: list[tuple[int, int, int, int]] = []
    text = doc.text
    for p in doc.paragraphs:
        open_at: tuple[int, int] | None = None
        for m in _QUOTE_MARK.finditer(text, p.start, p.end):
            i, mark = m.start(), m.group()
            prev = text[i - 1] if i > p.start else " "
            if mark == "“":
                opening = True
            elif mark == "”":
                opening = False
            else:
                opening = prev.isspace() or prev in "([{—–-―" or i == p.start
            if opening:
                open_at = (i, m.end())
            elif open_at is not None:
                out.append((open_at[0], open_at[1], i, m.end()))
                open_at = None
    return out


_QUOTE_MARK = re.compile(r"''|[\"“”]")


class _Intervals:
    """Half-open character intervals ``(x, y)`` answering "is this point (or span) inside
    any of them?" in O(log n): intervals sorted by ``x`` with a running maximum of ``y``
    (any interval with ``x <= p`` and ``y > p`` exists iff the largest such ``y`` exceeds ``p``).

    >>> iv = _Intervals([(10, 20), (2, 5)])
    >>> [iv.has_point(p) for p in (1, 2, 5, 19, 20)]
    [False, True, False, True, False]
    >>> [iv.has_span(a, b) for a, b in ((2, 5), (3, 12), (12, 20))]
    [True, False, True]
    """

    __slots__ = ("_xs", "_ys")

    def __init__(self, pairs) -> None:
        pairs = sorted(pairs)
        self._xs = [x for x, _ in pairs]
        self._ys = []
        top = None
        for _, y in pairs:
            top = y if top is None or y > top else top
            self._ys.append(top)

    def has_point(self, p: int) -> bool:
        """``any(x <= p < y for x, y in intervals)``."""
        i = bisect.bisect_right(self._xs, p)
        return i > 0 and self._ys[i - 1] > p

    def has_span(self, a: int, b: int) -> bool:
        """``any(x <= a and b <= y for x, y in intervals)``."""
        i = bisect.bisect_right(self._xs, a)
        return i > 0 and self._ys[i - 1] >= b


# ------------------------------------------------------------------ helpers


class _GrowingIntervals:
    """Half-open intervals added one by one, asked "is this point inside any of them?".

    The contents found in a sentence grow while its cues are read left to right, so the points
    asked about usually rise: then each interval is looked at once (a heap by start and the
    largest end so far), and a sentence with thousands of reports stays linear. A point lower
    than the one before is answered by a plain scan.

    >>> iv = _GrowingIntervals()
    >>> iv.add(10, 20); iv.add(2, 5)
    >>> [iv.has_point(p) for p in (1, 2, 5, 19, 20)]
    [False, True, False, True, False]
    >>> iv.has_point(3)
    True
    """

    __slots__ = ("_pending", "_all", "_top", "_last")

    def __init__(self) -> None:
        self._pending: list[tuple[int, int]] = []
        self._all: list[tuple[int, int]] = []
        self._top = -1
        self._last = -1

    def add(self, x: int, y: int) -> None:
        heapq.heappush(self._pending, (x, y))
        self._all.append((x, y))

    def has_point(self, p: int) -> bool:
        if p < self._last:
            return any(x <= p < y for x, y in self._all)
        self._last = p
        pending = self._pending
        while pending and pending[0][0] <= p:
            _, y = heapq.heappop(pending)
            if y > self._top:
                self._top = y
        return p < self._top


def _is_number(tok: Token) -> bool:
    """A number token: "12", "2,521", "0.1", a score "4-4", a compound "twenty-seven" (the
    tokenizer keeps separators inside numbers)."""
    norm = tok.norm
    if norm[:1].isdigit():
        return norm.replace(",", "").replace(".", "").replace("-", "").isdigit()
    return "-" in norm and all(part in NUMBER_WORDS or part in TENS or part == "one" for part in norm.split("-"))


#: Tens, for compound number words ("twenty-seven").
TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())


def _participle(tok: Token) -> bool:
    """Is the token an -ing participle ("taking", "using"), not a noun that ends so ("swing",
    "thing", "king": no vowel before the ending)?"""
    norm = tok.norm
    return norm.endswith("ing") and any(v in norm[:-3] for v in "aeiouy")


def _first_token_at(doc: Document, toks: list[Token], offset: int) -> int:
    """Index in the sentence's ``toks`` of the first token starting at or after ``offset``
    (a binary search over the document's token starts, not a scan of the sentence)."""
    return bisect.bisect_left(doc._token_starts, offset) - toks[0].index


def _is_word(tok: Token) -> bool:
    return tok.text[:1].isalnum()


def _is_adverb(tok: Token) -> bool:
    n = tok.norm
    return n in ADVERBS or (len(n) > 4 and n.endswith("ly") and tok.text[:1].islower()
                            and n not in ("family", "ally", "assembly", "supply", "rally", "italy"))


def _np_word(toks: list[Token], k: int) -> bool:
    """Can toks[k] be part of a speaker noun phrase?"""
    t = toks[k]
    n = t.norm
    if n in ("'", "’") or t.text in ("'", "’"):
        # possessive: Russia's / officials'
        return (k + 1 < len(toks) and toks[k + 1].norm == "s" and toks[k + 1].start == t.end) or (
            k > 0 and toks[k - 1].end == t.start and toks[k - 1].norm.endswith("s")
        ) or (  # inside a name: O'Neill
            0 < k < len(toks) - 1 and toks[k - 1].end == t.start == toks[k + 1].start - 1
            and toks[k - 1].text[:1].isupper() and toks[k + 1].text[:1].isupper()
        )
    if t.text == ".":
        # a title ("Dr.") or an initial inside a name ("Edwin G. Monroy"), or an abbreviation
        # closing an apposition ("of Springfield, Va., said", "McConnell, R-Ky., said")
        return k > 0 and toks[k - 1].end == t.start and (
            toks[k - 1].norm in TITLE_ABBREVIATIONS
            or len(toks[k - 1].text) == 1 and toks[k - 1].text.isupper()
            and k + 1 < len(toks) and toks[k + 1].text[:1].isupper()
            or toks[k - 1].text[:1].isupper() and len(toks[k - 1].text) <= 4
            and k + 1 < len(toks) and toks[k + 1].text in (",", ")")
            # inside an abbreviation, with no space on either side: "(D-N.Y.)"
            or k + 1 < len(toks) and toks[k + 1].start == t.end and toks[k + 1].text[:1].isupper()
        )
    if t.text in ("-", "&"):
        return True
    if not _is_word(t):
        return False
    if n in STOP or _is_adverb(t):
        return False
    return True


_CUE_NORMS: list = [None, frozenset()]  # [the cue matcher, its first words]


def _cue_norms() -> frozenset[str]:
    """First words of the reporting-verb lexicon's phrases (computed once per loaded lexicon)."""
    matcher = _lexicons()[0]
    if _CUE_NORMS[0] is not matcher:
        _CUE_NORMS[:] = [matcher, frozenset(matcher._by_first)]
    return _CUE_NORMS[1]


def _left_np(toks: list[Token], j: int, floor: int = 0) -> tuple[int, int] | None:
    """The noun phrase ending at toks[j] (inclusive), walking left; (first, last) or None."""
    if j < floor:
        return None
    if toks[j].norm in PRONOUNS and toks[j].norm not in ("one",) or toks[j].norm in QUANTIFIER_SOURCES:
        return (j, j)
    if toks[j].norm == "whom" and j >= 2 + floor and toks[j - 1].norm == "of" and toks[j - 2].norm in QUANTIFIER_SOURCES:
        return (j - 2, j)  # "many of whom say"
    cue_words = _cue_norms()
    k = j
    while k >= floor:
        t = toks[k]
        if k != j and t.text[:1].islower() and (t.norm.endswith("ed") or t.norm in IRREGULAR_PAST) and k > floor \
                and toks[k + 1].norm in POSSESSIVES | {"the", "a", "an"} \
                and toks[k - 1].norm not in DETERMINERS | POSSESSIVES and not _is_adverb(toks[k - 1]) \
                and toks[k - 1].text not in ("-", "‐", "'", "’") and toks[k - 1].norm != "s":
            break  # a verb with its object ends the phrase: "the Department mishandled the investigation"
        if k != j and t.norm.endswith("ly") and _is_adverb(t) and k > floor and toks[k - 1].norm in DETERMINERS:
            k -= 1  # "the newly appointed envoy"
            continue
        if _np_word(toks, k) and not (t.norm in cue_words and t.text[:1].islower() and k != j and t.norm not in SPEAKER_NOUNS
                                      and not _noun_context(toks, k) and not _demonym_modifier(toks, k)):
            if t.norm in PRONOUNS and k != j and t.norm not in POSSESSIVES and t.norm != "one":
                break  # ("one official" keeps its determiner)
            k -= 1
            continue
        # a preposition or "and" inside a name-like phrase
        if (
            t.norm in NP_PREPOSITIONS or t.norm == "and"
            or t.norm == "to" and k - 1 >= floor and (
                toks[k - 1].norm in ("close", "closest", "loyal", "near", "delegate", "emissary")
                or toks[k - 1].norm in SPEAKER_NOUNS)  # "Russia's ambassador to the UN"
            or t.norm == "on" and k - 1 >= floor and toks[k - 1].norm in SPEAKER_NOUNS
            and k + 1 <= j and toks[k + 1].norm not in TIME_WORDS  # "experts on North Korea"
        ) and k - 1 >= floor and _np_word(toks, k - 1) and toks[k - 1].norm not in PRONOUNS and j - k < 10:
            if t.norm == "and" and not (toks[k + 1].text[:1].isupper() and toks[k - 1].text[:1].isupper()):
                break
            k -= 1
            continue
        break
    first = k + 1
    while first <= j and (toks[first].norm in NP_PREPOSITIONS or toks[first].norm == "and" or toks[first].text in "-&'’."):
        first += 1
    if first > j or j - first > 14:
        return None
    if all(toks[x].norm in DETERMINERS for x in range(first, j + 1)):
        return None
    return (first, j)


_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "ic", "an", "i")


def _demonym_modifier(toks: list[Token], k: int) -> bool:
    """Is toks[k] a bare noun after a nationality adjective ("Sorrenian state television",
    "Russian state media"), not a verb? A finite verb there would be inflected ("states")."""
    if k == 0 or toks[k].norm.endswith(("s", "ed", "ing")):
        return False
    p = toks[k - 1]
    return p.text[:1].isupper() and p.text[1:].islower() and p.norm.endswith(_DEMONYM_ENDINGS)


def _noun_context(toks: list[Token], k: int) -> bool:
    """Is toks[k] preceded by a determiner or a possessive ("the claim", "Trump's state")?"""
    if k == 0:
        return False
    p = toks[k - 1].norm
    if p in DETERMINERS - {"that"}:
        return True
    if p == "s" and k >= 3 and toks[k - 2].text in ("'", "’") and toks[k - 2].start == toks[k - 3].end:
        return toks[k - 3].norm not in SUBJECT_PRONOUNS | {"that", "who", "what", "there"}
    return False


#: Past forms that are never nouns: after a noun phrase they are the verb ("the president spoke").
IRREGULAR_PAST = frozenset("said told wrote spoke thought knew saw found felt heard understood made gave "
                           "took came went sent drew put laid kept held meant taught brought left met led won "
                           "lost began ran stood fell rose struck fought broke chose flew grew hid sought sold "
                           "spent threw withdrew became".split())
#: Determiners that can only start a singular noun phrase ("a new report", "this tweet").
SINGULAR_DETERMINERS = frozenset("a an this every each another one".split())
#: Quantifiers of mass nouns: "little doubt", "much concern" are noun phrases.
MASS_QUANTIFIERS = frozenset("little much more less enough".split())
#: Determiners that start a plural noun phrase ("these remarks", "many states").
PLURAL_DETERMINERS = frozenset("these those many several some all both few".split())
#: Number words that stand for a count before a plural noun ("twenty-seven states"); smaller
#: than the hedging lens's list on purpose: "one" and "a million" are read elsewhere here.
NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozen dozens hundreds thousands".split())


def _inside_noun_phrase(toks: list[Token], a: int, noun_entry: bool = False) -> bool:
    """Is the cue word at toks[a] the head noun of a phrase opened a few words earlier
    ("a Donald Trump tweet", "a new report", "his disparaging remarks", "twenty-seven states")?

    A verb there would disagree with the phrase: a singular determiner takes no bare verb
    ("a new report" is a noun, "the new report says" a verb), a possessive or a plural
    determiner no -s verb. Past forms are never read as nouns here, and -ing forms only when
    the lexicon lists the word as a noun too (``noun_entry``: "a stern warning that", but "a
    letter saying that").

    >>> from course.document import build_document
    >>> toks = build_document("Clinton called a Donald Trump tweet attacking her unhinged.").tokens
    >>> _inside_noun_phrase(toks, 5)
    True
    >>> toks = build_document("The Russian foreign minister says the talks failed.").tokens
    >>> _inside_noun_phrase(toks, 4)
    False
    """
    form = toks[a].norm
    if form.endswith("ing") and a >= 2 and _is_number(toks[a - 1]) and toks[a - 2].norm in DETERMINERS | POSSESSIVES:
        return True  # "A 4-4 ruling by the high court"
    if form.endswith("ed") or form in IRREGULAR_PAST or form.endswith("ing") and not noun_entry:
        return False
    cue_words = _cue_norms()
    k, mods = a - 1, 0
    while k >= 0 and mods < 4:
        t = toks[k]
        if not _is_word(t) and not (t.text in ("-", "‐") and k > 0):
            break
        if t.text.islower() and _participle(t) and k > 0 and toks[k - 1].norm not in DETERMINERS | {"s"}:
            break  # a verb before its object: "began taking calls from listeners" (not "11 swing states")
        if t.norm in STOP or t.norm in DETERMINERS or t.norm in PRONOUNS or t.norm in ("s", "and", "or", "nor") \
                or _is_adverb(t) or _is_number(t) or t.norm in NUMBER_WORDS or t.norm in MASS_QUANTIFIERS or (
                    # a reporting word is a verb here, unless a determiner makes it an adjective
                    # ("his repeated claims")
                    t.text.islower() and t.norm in cue_words
                    and not (k > 0 and (toks[k - 1].norm in DETERMINERS or toks[k - 1].norm == "s"))):
            break
        k -= 1
        mods += 1
    if k >= 0 and toks[k].norm in MASS_QUANTIFIERS and not form.endswith("s"):
        return True  # "left little doubt that", "much concern"
    if mods == 0 and k >= 0 and toks[k].text.islower() and toks[k].norm not in AUX and not form.endswith("s") \
            and (toks[k].norm.endswith("ed") or toks[k].norm in IRREGULAR_PAST):
        return True  # a plain form right after a past verb is its object: "declined comment"
    if mods == 0 and k > 0 and toks[k].text.islower() and _participle(toks[k]) and form.endswith("s") \
            and form not in ("says", "tells") and toks[k - 1].norm not in DETERMINERS | POSSESSIVES | {"s"}:
        return True  # the object of a participle: "began taking calls from black listeners"
    if mods == 0 or k < 0:
        return False
    d = toks[k]
    possessive = d.norm in POSSESSIVES or (d.norm == "s" and k >= 2 and toks[k - 1].text in ("'", "’"))
    last_mod = toks[a - 1]
    plural_mod = last_mod.text.islower() and last_mod.norm.endswith("s") and not last_mod.norm.endswith(("ss", "us", "is"))
    if d.text.islower() and (d.norm in cue_words or d.norm.endswith(("ed", "ing")) and len(d.norm) > 4) \
            and all(t.text.islower() for t in toks[k + 1:a]) and d.norm not in AUX \
            and (form.endswith("s") or not plural_mod):
        # the object of a verb before it: "cited derogatory comments", "released new rules"
        # (a plain form after a plural noun is that noun's verb: "where restructuring experts say")
        return True
    if form.endswith("s") and not form.endswith("ss"):
        # "these new rules", "Twenty-seven states", "his disparaging remarks": no -s verb
        # ("the ad's narrator says" is a verb: the possessive belongs to "narrator")
        adjective = last_mod.text.islower() and last_mod.norm.endswith(("ing", "ed"))
        return d.norm in PLURAL_DETERMINERS or d.norm in NUMBER_WORDS or _is_number(d) or (possessive and adjective)
    # a bare form: "a new report", "his TV show", "the New York Times report"; but not after a
    # plural noun ("the officials say") nor inside a prepositional phrase, whose noun is not the
    # subject ("data from the 2014 survey show")
    after_preposition = k > 0 and toks[k - 1].norm in GERUND_PREPOSITIONS | NP_PREPOSITIONS | {"to", "around", "across"}
    if d.norm in SINGULAR_DETERMINERS:
        return not plural_mod
    return (possessive or d.norm == "the") and not plural_mod and not after_preposition


def _right_np(toks: list[Token], i: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase starting at toks[i], walking right; (first, last) or None."""
    if i >= limit:
        return None
    if toks[i].norm in PRONOUNS and not (
            # "one" before a noun is a determiner: "said one GOP source in the room"
            toks[i].norm == "one" and i + 1 < limit and _np_word(toks, i + 1) and toks[i + 1].norm not in PRONOUNS):
        return (i, i)
    cue_words = _cue_norms()
    k = i
    while k < limit:
        t = toks[k]
        if _np_word(toks, k) and not (k > i and t.norm in cue_words and t.text[:1].islower()):
            k += 1
            continue
        if k > i and t.norm.endswith("ly") and _is_adverb(t) and toks[k - 1].norm in DETERMINERS \
                and k + 1 < limit and _np_word(toks, k + 1):
            k += 1  # "the newly appointed envoy"
            continue
        if (t.norm in NP_PREPOSITIONS or t.norm == "and") and k + 1 < limit and _np_word(toks, k + 1) and k > i:
            k += 1
            continue
        break
    last = k - 1
    while last >= i and (toks[last].norm in NP_PREPOSITIONS or toks[last].norm == "and" or toks[last].text in "-&'’"):
        last -= 1
    if last < i or all(toks[x].norm in DETERMINERS for x in range(i, last + 1)):
        return None
    return (i, last)


def _skip_time_left(toks: list[Token], j: int, floor: int) -> int:
    """Skip a time phrase ending at toks[j] ("on Friday", "earlier this month", ", 12 November,")."""
    k = j
    while k >= floor and (toks[k].norm in TIME_WORDS or _is_number(toks[k])):
        k -= 1
    if k == j:
        return j
    if k >= floor and toks[k].norm in TIME_PREPOSITIONS:
        k -= 1
    return k


def _speakerlike(toks: list[Token], span: tuple[int, int]) -> bool:
    a, b = span
    words = toks[a : b + 1]
    if len(words) == 1 and words[0].norm in SUBJECT_PRONOUNS - {"it", "there"}:
        return True
    for w in words:
        if w.norm in SPEAKER_NOUNS or w.norm in INFORMATION_NOUNS:
            return True
        if w.text[:1].isupper() and w.norm not in DETERMINERS and w.norm not in SUBJECT_PRONOUNS:
            return True
    return False


#: Words that cannot open a speaker's noun phrase: clause openers, prepositions and fixed
#: frames ("Having said that", "It's worth noting", "please ask").
NON_NP_OPENERS = frozenset("rather having following please worth become clear unclear beyond per despite "
                           "let up than".split())
#: Adverbs that may stand before a speaker but are not part of the name ("perhaps the moderators").
SOURCE_EDGE_ADVERBS = frozenset("perhaps maybe together very even only just".split())
#: Imperatives that open a hypothetical, not a name: "Say Mexico demanded ...", "Suppose Moscow ...".
IMPERATIVE_OPENERS = frozenset("say suppose imagine consider".split())
#: Words that end no noun phrase: a source found ending in one of these was cut in the wrong place.
NON_NP_ENDINGS = frozenset("and or in at from of for despite with by on the a an".split())


def _repair_source(toks: list[Token], src: tuple[int, int]) -> tuple[int, int] | None:
    """Trim a source found before (or after) a cue to a noun phrase, or None when it cannot be one.

    A source is a noun phrase: it does not open with a preposition, a clause opener or a verb
    form ("help Mr. Putin", "reviewed them", "Having"); adverbs at its edge ("perhaps the debate
    moderators") and words that end no noun phrase ("The authors of the") are trimmed.

    >>> from course.document import build_document
    >>> toks = build_document("Perhaps the debate moderators who reviewed them will say.").tokens
    >>> _repair_source(toks, (0, 3)), _repair_source(toks, (5, 6))
    ((1, 3), None)
    """
    a, b = src
    while a < b and (toks[a].norm in SOURCE_EDGE_ADVERBS or a == 0 and toks[a].norm in IMPERATIVE_OPENERS
                     or toks[a].norm in ("what", "whatever") and toks[a + 1].norm not in AUX):
        a += 1  # "Perhaps the moderators", "Say Mexico demanded ...", "what Turnbull called"
    while a < b and toks[a].norm in TIME_WORDS and toks[a].text.islower() and toks[a + 1].text[:1].isupper():
        a += 1  # "noted that last year Pagliano invoked": the time is not the speaker
    for x in range(a, b):
        if (toks[x].norm in SPEAKER_NOUNS or toks[x].norm in INFORMATION_NOUNS) and toks[x + 1].text.islower() \
                and toks[x + 1].norm.endswith(("ed", "ing")) and toks[b].norm in NON_NP_ENDINGS:
            b = x  # a reduced relative after the head: "A Quinnipiac University poll [released in]"
            break
    end = b
    while end > a and toks[end].norm in NON_NP_ENDINGS - {"and", "or"}:
        end -= 1
    if end < b and (toks[end].norm in SPEAKER_NOUNS or toks[end].norm in INFORMATION_NOUNS):
        b = end  # "The authors of the [report]"
    first, last = toks[a], toks[b]
    if first.norm in NON_NP_OPENERS or first.norm in SOURCE_EDGE_ADVERBS or last.norm in NON_NP_ENDINGS \
            or first.norm in STOP and first.norm not in ("who", "which", "that"):
        return None
    named = any(t.text[:1].isupper() for t in toks[a + 1:b + 1])
    speaker = any(t.norm in SPEAKER_NOUNS or t.norm in INFORMATION_NOUNS for t in toks[a:b + 1])
    if first.text.islower() and (first.norm.endswith(("ing", "ed")) and len(first.norm) > 4 or first.norm in IRREGULAR_PAST) \
            and not named and not speaker:
        return None
    return (a, b)


def _relative_head(toks: list[Token], src: tuple[int, int]) -> tuple[int, int] | None:
    """When the words before a cue are a relative clause, the source is its head noun with the
    clause: "researchers who examined the code said", "all the experts I interviewed said",
    "the report that he wrote said". None when no speaker-like head stands before it.

    >>> from course.document import build_document
    >>> toks = build_document("Analysts who examined the images said so.").tokens
    >>> _relative_head(toks, (2, 4))
    (0, 4)
    """
    s0 = src[0]
    if s0 < 2 or toks[s0 - 1].norm not in SUBJECT_PRONOUNS | {"who", "that"}:
        return None
    h = s0 - 2
    if toks[s0 - 1].norm in SUBJECT_PRONOUNS and h > 0 and toks[h].norm in ("that", "who", "whom", "which"):
        h -= 1  # "the report that he wrote said"
    head = _left_np(toks, h) if h >= 0 else None
    if head is not None and (_speakerlike(toks, head) or toks[head[0]].norm in QUANTIFIER_SOURCES):
        return (head[0], src[1])
    return None


def _relative_source(toks: list[Token], src: tuple[int, int]) -> tuple[int, int] | None:
    """The source with the relative clause it ends in, when the words before a cue are one:
    "sources who reviewed [them] told", "Analysts who examined [the images] said" (the phrase
    found is the verb's object). None when they are not.
    """
    if _repair_source(toks, src) is None:
        return _relative_head(toks, src)  # "reviewed them": no noun phrase of its own
    if src[0] >= 2 and _finite_like(toks[src[0] - 1]):
        return _relative_head(toks, (src[0] - 1, src[1]))
    return None


def _holder(toks: list[Token], src: tuple[int, int]) -> bool:
    """Can the subject hold a view or a plan: a speaker-like phrase, "who" or "most of whom", or
    "which"/"that" after a speaker-like noun ("the police department which reported ...")?

    >>> from course.document import build_document
    >>> toks = build_document("The Chicago Police Department which reported 2,521 incidents").tokens
    >>> _holder(toks, (4, 4)), _holder(build_document("the drills which showed force").tokens, (2, 2))
    (True, False)
    """
    if _speakerlike(toks, src):
        return True
    a, b = src
    if toks[b].norm in ("who", "whom") and (a == b or toks[a].norm in QUANTIFIER_SOURCES):
        return True
    if a == b and toks[a].norm in ("which", "that") and a > 0:
        k = a - 1 if toks[a - 1].text != "," else a - 2
        head = _left_np(toks, k) if k >= 0 else None
        return head is not None and _speakerlike(toks, head)
    return False


def _span(doc: Document, a: int, b: int) -> Span | None:
    text = doc.text
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b <= a:
        return None
    return Span(a, b, text[a:b])


def _tok_span(doc: Document, toks: list[Token], rng: tuple[int, int] | None) -> Span | None:
    if rng is None:
        return None
    a, b = rng
    return Span(toks[a].start, toks[b].end, doc.text[toks[a].start : toks[b].end])


# ------------------------------------------------------------------ the analyzer


@dataclass
class _Found:
    source: tuple[int, int] | None
    cue: tuple[int, int]
    content: Span | None
    via: tuple[int, int] | None
    kind: str
    word: CueWord
    rule: str
    direction: str  # 'forward' or 'backward'
    source_span: Span | None = None
    note: str = ""  # a second sentence for the student's explanation


def annotate(doc: Document, stance: list[Annotation] | None = None) -> tuple[list[Attribution], list[Annotation], list[Span]]:
    """Find the attribution relations of a document and its unattributed evaluative sentences.

    Args:
        doc: a document from :func:`course.document.build_document`.
        stance: the hedging lens's annotations, optional: the writer's own boosters
            ("clearly") and weasel hedges ("are widely seen as") then count as markers
            of an unattributed claim (ANNOTATION.md §7).

    Returns:
        ``(attributions, annotations, unattributed)``: the relations in text order; the
        highlights (labels ``cue``, ``source``, ``via`` and ``unattributed``, category
        ``attribution``); and the unattributed sentences as spans.

    Example:
        >>> from course.document import build_document
        >>> rels, marks, alone = annotate(build_document(
        ...     "Lavrov pledged that Moscow will react. This is a major violation of the Act."))
        >>> [(r.source.text, r.cue.text, r.verb_class, r.content.text) for r in rels]
        [('Lavrov', 'pledged', 'commissive-directive', 'Moscow will react')]
        >>> [s.text for s in alone]
        ['This is a major violation of the Act.']
    """
    cue_matcher, according, via_matcher, setting, evaluative, copular, impersonal = _lexicons()
    quotes = _quotations(doc)
    opens = {i: q for q in quotes for i in range(q[0], q[1])}
    closes = {i: q for q in quotes for i in range(q[2], q[3])}
    inside_quote = _Intervals((q[1], q[2]) for q in quotes)
    text = doc.text
    attributions: list[Attribution] = []
    notes: dict[int, str] = {}  # cue start -> what a catenative verb adds (for the highlight)
    previous: tuple[Sentence, list[Token]] | None = None
    for sent, toks in doc.sentence_tokens():
        if sent.kind in ("header", "caption") or not toks:
            continue
        found: list[_Found] = []
        taken: set[int] = set()
        # 1. according to X / as reported by X
        for first, last, entry in according.finditer(toks):
            a, b = first.index - sent.token_start, last.index - sent.token_start
            f = _according(doc, sent, toks, a, b, entry)
            if f:
                found.append(f)
                taken.update(range(a, b + 1))
        # 1b. impersonal frames: "it is understood that", "is said to", "was told that"
        for first, last, entry in impersonal.finditer(toks):
            a, b = first.index - sent.token_start, last.index - sent.token_start
            if a in taken or inside_quote.has_point(first.start):
                continue
            if entry.get("pattern") == "raising":
                # "15,000 people are believed to be ...": a hedge, not an attribution (§4);
                # its verb is kept from being read as a reporting verb
                if _raising_frame(toks, a, b):
                    taken.update(range(a, b + 1))
                continue
            f = _impersonal(doc, sent, toks, a, b, entry, opens)
            if f:
                found.append(f)
                taken.update(range(a, b + 1))
        # settings ("in a statement", "at a press briefing") frame a cue; their nouns are not cues
        for first, last, _ in setting.finditer(toks):
            taken.update(range(first.index - sent.token_start, last.index - sent.token_start + 1))
        # 2. reporting words
        covered = _GrowingIntervals()  # the contents found so far
        for g in found:
            if g.content is not None:
                covered.add(g.content.start, g.content.end)
        for first, last, words in cue_matcher.finditer(toks):
            a, b = first.index - sent.token_start, last.index - sent.token_start
            if a in taken or inside_quote.has_point(first.start):
                continue
            cat = _catenative_before(toks, a)
            f = _reporting(doc, sent, toks, a, b, words, closes, opens, found, cat[0] if cat else None, covered)
            if f and f.source is not None and f.source_span is None:
                repaired = _repair_source(toks, f.source) or _relative_source(toks, f.source)
                if repaired is not None:
                    f.source = repaired
                elif f.word.frame == "speech":
                    # no speaker there: a verb of saying still reports (its source is unknown);
                    # a word that needs a speaker to report ("plans", "views") does not
                    f.source = None
                else:
                    f = None
            if f and cat is not None and f.cue[0] <= cat[0]:
                f.rule += f" + {PATTERNS_LEXICON}.tsv: {cat[1].phrase} (catenative)"
                f.note = cat[1].explanation
            if f:
                found.append(f)
                taken.update(range(f.cue[0], f.cue[1] + 1))
                if f.content is not None:
                    covered.add(f.content.start, f.content.end)
        found.extend(_epigraphs(doc, sent, toks, closes, taken))
        found.sort(key=lambda f: f.cue[0])
        # a participial continuation (", adding that") ends the previous content
        # and so does a coordinated cue (" and said she ...") or a sentence-final inverted
        # frame (", the envoy's office said in a statement."; §6.2)
        for prev, nxt in zip(found, found[1:]):
            if not prev.content or prev.direction != "forward":
                continue
            cut = None
            if nxt.rule.startswith("continuation"):
                cut = toks[nxt.cue[0]].start
                k = nxt.cue[0] - 1
                if k >= 0 and toks[k].text == ",":
                    cut = toks[k].start
            elif "(coordinated" in nxt.rule and toks[nxt.cue[0] - 1].norm in ("and", "but"):
                k = nxt.cue[0] - 1
                cut = toks[k - 1].start if k > 0 and toks[k - 1].text == "," else toks[k].start
            elif nxt.direction == "forward" and nxt.source is not None and nxt.source_span is None \
                    and nxt.source[0] >= 2 and toks[nxt.source[0] - 1].norm in ("and", "but", "yet") \
                    and toks[nxt.source[0] - 2].text == ",":
                # a new clause with a speaker of its own: "He proposed X, but analysts agreed Y"
                cut = toks[nxt.source[0] - 2].start
            elif nxt.direction == "backward" and nxt.content is not None and nxt.content.start <= prev.content.start:
                head = min(nxt.cue[0], nxt.source[0] if nxt.source else nxt.cue[0])
                k = head - 1
                if k >= 0 and toks[k].text == ",":
                    cut = toks[k].start
            if cut is not None and prev.content.start < cut < prev.content.end:
                prev.content = _span(doc, prev.content.start, cut)
                prev.kind = _kind(text, prev.content, prev.kind)
        for f in found:
            if f.direction == "forward" and f.content is not None and f.kind != "direct":
                f.content = _writer_tail_cut(doc, toks, f, inside_quote)
                f.kind = _kind(text, f.content, f.kind)
        # a belief or a wish inside someone else's reported clause is part of that content
        # ("Washington believes the sanctions work, an official said": the official's claim; §6.1)
        # (a relation's own content never holds its cue, so every content can be asked)
        # (asked after the writer's own words are cut off: in "called the hearing because they
        # felt ...", "they felt" is outside "the hearing")
        if any(f.word.frame in ("cognitive", "volition") for f in found):
            contents = _Intervals((g.content.start, g.content.end) for g in found if g.content is not None)
            found = [f for f in found if not (f.word.frame in ("cognitive", "volition")
                                               and contents.has_span(toks[f.cue[0]].start, toks[f.cue[1]].end))]
        _end_relative_clauses(doc, toks, found, inside_quote)
        _end_opening_subordinate(doc, toks, found, inside_quote)
        _split_label_source(doc, sent, toks, found, previous)
        previous = (sent, toks)
        for f in found:
            attributions.append(_relation(doc, sent, toks, f))
            if f.note:
                notes[attributions[-1].cue.start] = f.note
    attributions.sort(key=lambda r: r.cue.start)
    annotations = _marks(attributions, notes)
    unattributed, un_marks = _unattributed(doc, attributions, quotes, evaluative, copular, stance)
    annotations.extend(un_marks)
    annotations.sort(key=lambda a: (a.start, -a.end, a.label))
    return attributions, annotations, unattributed


#: Words that open the writer's own clause after reported content (ANNOTATION.md §6.2, §11):
#: a circumstance the writer adds ("amid a spike in ..."), a contrast about the speaker
#: (", but he did not give details"), a note on what is unknown (", and it is unclear whether").
_WRITER_TAIL = re.compile(
    r",\s+that\s"  # a parenthesis ends: "citing two sources, that ..." (the clause is the outer cue's)
    r"|\s+amid\s"
    r"|,\s+but\s+(?:he|she)\s"
    r"|,\s+(?:and|although|though|but)\s+it\s+(?:is|was|remains|remained)\s+(?:not\s+)?(?:unclear|clear|known|unknown)\b"
    r"|;\s"  # a semicolon opens the writer's next clause
    r"|,\s+but\s+(?:[a-z]+ed|gave|made|took|said|told|left|went|came|kept|held|did)\b"  # ", but gave no date"
)
#: After a closing quotation mark and a comma: an apposition or a time phrase the writer
#: adds (', a diplomatic formula for spying', ', two weeks after ...').
_AFTER_QUOTE_TAIL = re.compile(
    r"[”\"],\s+(?:a|an|the|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|several|days|weeks|hours|months)\s"
    r"|[”\"]\s*(?:—|–|--)\s"  # a dash after the quotation: '“suburbs of St. Petersburg” — a metaphor for ...'
    r"|[”\"],?\s+but\s+(?=[a-z]+ed\b)"  # the speaker's next act: '“justice for Terrence,” but pledged to ...'
    r"|[”\"],?\s+(?=(?:on\s+|last\s+|earlier\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|yesterday|today|tonight|this\s+week|last\s+week)\b)"  # a time: '“disgrace” Wednesday on ...'
)
#: After a quotation that opens the content: a clause of the writer's ('"Don't do it," until ...').
_AFTER_DIRECT_TAIL = re.compile(r"[”\"],?\s+(?:until|while|before|after|as|when|because)\s")
#: Subordinators that end a bare noun-phrase object ("vows firm response after ...").
_NP_OBJECT_END = frozenset("after before amid following despite as while when because although though whereas unless".split())


#: Subordinators that open a sentence with a clause of their own ("While a judge found ..., ...").
OPENING_SUBORDINATORS = frozenset("while although though if when as because after before since unless whereas "
                                  "once until".split())


def _end_opening_subordinate(doc: Document, toks: list[Token], found: list[_Found], inside_quote: _Intervals) -> None:
    """A cue inside a subordinate clause that opens the sentence reports only to the comma that
    closes the clause: "While a federal judge found that action unconstitutional, his decision
    was overturned" -> content "that action unconstitutional"."""
    if not toks or toks[0].norm not in OPENING_SUBORDINATORS:
        return
    comma = next((k for k, t in enumerate(toks) if t.text == "," and not inside_quote.has_point(t.start)), None)
    if comma is None:
        return
    for f in found:
        if f.content is None or f.direction != "forward" or f.cue[1] >= comma:
            continue
        if f.content.start < toks[comma].start < f.content.end:
            f.content = _span(doc, f.content.start, toks[comma].start)
            f.kind = _kind(doc.text, f.content, f.kind)


def _end_relative_clauses(doc: Document, toks: list[Token], found: list[_Found], inside_quote: _Intervals) -> None:
    """A cue inside a relative clause reports only to the end of that clause.

    "Generals, most of whom had announced their support, backed her": the content ends at the
    comma that closes the clause. "Critics who saw the comment as a dig complained": the clause
    ends before the main verb, whose source is then the noun with its clause.
    """
    for g in found:
        if g.source is None or g.content is None or g.direction != "forward":
            continue
        s0, s1 = g.source
        if toks[s1].norm not in ("who", "whom", "which"):
            continue
        head = _left_np(toks, s0 - 2 if s0 >= 2 and toks[s0 - 1].text == "," else s0 - 1) if s0 > 0 else None
        comma_before = s0 > 0 and toks[s0 - 1].text == ","
        first = _first_token_at(doc, toks, g.content.start)
        for k in range(first, len(toks)):
            t = toks[k]
            if t.start >= g.content.end or inside_quote.has_point(t.start):
                break
            if comma_before and t.text == ",":
                g.content = _span(doc, g.content.start, toks[k - 1].end)
                break
            prev = toks[k - 1]
            if k > first and _finite_like(t) and prev.norm not in AUX and prev.norm not in ("to", "not") \
                    and _is_word(prev) and not _is_adverb(prev) and not comma_before:
                g.content = _span(doc, g.content.start, prev.end)
                main = next((f for f in found if f.cue[0] == k), None)
                if main is not None and head is not None:
                    main.source, main.source_span = (head[0], k - 1), None
                break
        g.kind = _kind(doc.text, g.content, g.kind)


def _writer_tail_cut(doc: Document, toks: list[Token], f: _Found, inside_quote: _Intervals) -> Span | None:
    """Cut the writer's own words off the end of a forward content (indirect or mixed)."""
    c = f.content
    text = doc.text
    cut = c.end

    def quoted(i: int) -> bool:
        return inside_quote.has_point(i)

    for m in _WRITER_TAIL.finditer(text, c.start, c.end):
        if not quoted(m.start()):
            cut = min(cut, m.start())
            break
    for m in _AFTER_QUOTE_TAIL.finditer(text, c.start, c.end):
        cut = min(cut, m.start() + 1)
        break
    if text[c.start] in QUOTE_CHARS or c.start > 0 and text[c.start - 1] in QUOTE_CHARS:
        for m in _AFTER_DIRECT_TAIL.finditer(text, c.start, c.end):
            if m.start() < cut:
                # the quotation alone is the content: its words, without the marks and the comma
                start = c.start + 1 if text[c.start] in QUOTE_CHARS else c.start
                end = m.start()
                while end > start and text[end - 1] in ", ":
                    end -= 1
                return _span(doc, start, end) if end > start else c
            break
    # a bare noun-phrase object (no "that", no verb) ends at a subordinator
    # the token that starts the content (token starts are unique and sorted)
    first = _first_token_at(doc, toks, c.start) if toks else None
    if first is not None and not (0 <= first < len(toks) and toks[first].start == c.start):
        first = None
    if first is not None and first == f.cue[1] + 1 and toks[first].norm not in COMPLEMENTIZERS:
        for k in range(first, min(len(toks), first + 5)):
            t = toks[k]
            if t.norm in _NP_OBJECT_END and k > first and not (t.norm == "as" and "(a view:" in f.rule):
                cut = min(cut, toks[k - 1].end)
                break
            if not _is_word(t) or t.norm in AUX or t.norm in ("to", "that") or t.norm.endswith("ed") \
                    or t.text[:1].isupper() and k > first:
                break
    return _span(doc, c.start, cut) if cut < c.end else c


def _kind(text: str, content: Span | None, kind: str) -> str:
    if kind == "according-to" or content is None:
        return kind
    a, b = content.start, content.end
    has_quote = _QUOTE_CHAR_RE.search(text, a, b) is not None  # one C-level scan, not a Python loop
    if a > 0 and b < len(text) and text[a - 1] in QUOTE_CHARS and text[b] in QUOTE_CHARS + ",":
        if not has_quote:
            return "direct"
    if has_quote:
        return "mixed"
    return "indirect"


_QUOTE_CHAR_RE = re.compile(f"[{QUOTE_CHARS}]")


def _sentence_content(doc: Document, sent: Sentence, start: int, end: int | None = None) -> Span | None:
    """Content from ``start`` to the end of the sentence (or ``end``), without final punctuation."""
    text = doc.text
    stop = sent.end if end is None else end
    if stop - start > MAX_CONTENT_CHARS:
        # a run-on text with no sentence punctuation: stop at the last word that fits
        k = bisect.bisect_right(doc._token_starts, start + MAX_CONTENT_CHARS) - 1
        stop = max(start + 1, doc.tokens[k].start if k >= 0 else start + MAX_CONTENT_CHARS)
    while stop > start and (text[stop - 1] in FINAL_PUNCT or text[stop - 1].isspace()):
        stop -= 1
    return _span(doc, start, stop)


#: The longest content the lens delimits, in characters: far beyond any news sentence (the
#: longest in the kit's texts and in PolNeAR dev are under 1,000), it keeps contents readable and
#: the analysis linear in a text with no sentence punctuation.
MAX_CONTENT_CHARS = 1500


#: A dateline opening a news story: "DRAVA (Meridian Press Agency) - ", "GENEVA/VELMORA (Kit Wire) - ".
_DATELINE = re.compile(r"[A-Z][A-Z/ .,'-]*[A-Z]\s*(?:\([^()\n]{1,60}\))?\s*[-–—]+\s+")


def _clause_start(doc: Document, sent: Sentence) -> int:
    """Where the sentence's own words begin: after a dateline (place and outlet), which is
    the outlet's label and never part of reported content.

    >>> from course.document import build_document
    >>> d = build_document("DRAVA (Meridian Press Agency) - Dalmar has expelled 12 diplomats, the ministry said.")
    >>> d.text[_clause_start(d, d.sentences[0]):][:6]
    'Dalmar'
    """
    m = _DATELINE.match(doc.text, sent.start, sent.end)
    return m.end() if m else sent.start


def _quote_interior(doc: Document, q: tuple[int, int, int, int]) -> Span | None:
    """The words of a quotation, without the marks and without a trailing comma."""
    text = doc.text
    end = q[2]
    while end > q[1] and text[end - 1] in ", ":
        end -= 1
    return _span(doc, q[1], end)


def _according(doc, sent, toks, a, b, entry) -> _Found | None:
    src = _right_np(toks, b + 1, len(toks))
    if src is None:
        return None
    src = _according_source(toks, src)
    word = CueWord(entry.phrase, entry.phrase, entry.get("verb_class") or "neutral", "according-to",
                   entry.explanation, entry.source)
    text = doc.text
    # "According to X, content." or "content, according to X."
    before = any(_is_word(toks[x]) and not _is_adverb(toks[x]) for x in range(a))
    if not before:
        k = src[1] + 1
        if k < len(toks) and toks[k].text == ",":
            k += 1
        content = _sentence_content(doc, sent, toks[k].start) if k < len(toks) else None
        direction = "forward"
    else:
        end = toks[a].start
        if a > 0 and toks[a - 1].text == ",":
            end = toks[a - 1].start
        content = _span(doc, _clause_start(doc, sent), end)
        direction = "backward"
    if content is not None and text[content.start] in QUOTE_CHARS and text[content.end - 1] in QUOTE_CHARS:
        content = _span(doc, content.start + 1, content.end - 1)
    return _Found(src, (a, b), content, None, "according-to", word, "pattern: according-to", direction)


def _according_source(toks: list[Token], src: tuple[int, int]) -> tuple[int, int]:
    """Extend the source of "according to" to the comma or the end of the sentence when the
    words there still describe it: "a draft agenda seen by Kit Wire", "a notice to mariners
    published by the defence ministry", "Council estimates". A clause (a finite verb or a
    relative pronoun) stops the extension."""
    n = len(toks)
    k = src[1] + 1
    # a relative clause that ends at a comma before the content belongs to the source:
    # "According to diplomats who spoke on condition of anonymity, the deal is close."
    if k < n and toks[k].norm in ("who", "whom", "whose"):
        for m in range(k + 1, min(n, k + 16)):
            if toks[m].text == "," or toks[m].text in FINAL_PUNCT and m == n - 1:
                return (src[0], m - 1)
            if toks[m].text in QUOTE_CHARS + ";:":
                break
    while k < n and toks[k].text not in (",", ";", ":", "(") and toks[k].text not in QUOTE_CHARS \
            and not (toks[k].text in FINAL_PUNCT and k == n - 1):
        t = toks[k]
        if t.norm in AUX or t.norm in ("that", "which", "who", "whom", "whose", "and", "but", "or", "as") or not (
                _is_word(t) or t.text in ("-", "'", "’")) or k - src[0] > 14:
            return src
        if t.norm in TIME_WORDS or t.norm in TIME_PREPOSITIONS and k + 1 < n and (
                toks[k + 1].norm in TIME_WORDS or _is_number(toks[k + 1])):
            break  # "according to Reuters on Monday": the time is not part of the source
        k += 1
    return (src[0], k - 1) if k - 1 > src[1] else src


def _impersonal(doc, sent, toks, a, b, entry, opens) -> _Found | None:
    """An attribution whose source the text does not name (PARC 3.0; ANNOTATION.md §6.2).

    Three frames from ``attribution_patterns.tsv``: ``impersonal`` ("it is understood
    that talks will resume": the whole frame is the cue), ``raising`` ("the talks are
    expected to resume": cue "are expected", content after "to") and ``passive-told``
    ("he was told that ...": the subject only received the words; "by X" names the
    source). The source is ``None`` unless "by" follows.

    >>> from course.document import build_document
    >>> r = annotate(build_document("It is understood that talks will resume."))[0][0]
    >>> r.source, r.cue.text, r.content.text
    (None, 'It is understood', 'talks will resume')
    """
    n = len(toks)
    pattern = entry.get("pattern")
    j = b + 1
    while j < n and _is_adverb(toks[j]):
        j += 1
    nxt = toks[j] if j < n else None
    src = None
    if pattern == "raising":
        # "is expected to resume"; not "is expected" alone, nor "it is expected" (impersonal)
        if nxt is None or nxt.norm != "to" or j + 1 >= n or not toks[j + 1].text[:1].islower():
            return None
        if a > 0 and toks[a - 1].norm in ("it", "what", "than", "as"):
            return None
        start = toks[j + 1].start
    elif pattern == "passive-told":
        if nxt is not None and nxt.norm == "by":
            src = _right_np(toks, j + 1, n)
            if src is None:
                return None
            j = src[1] + 1
            nxt = toks[j] if j < n else None
        if nxt is None or not (nxt.norm == "that" or nxt.text in QUOTE_CHARS + ":" or nxt.start in opens
                               or nxt.text == "," and j + 1 < n and toks[j + 1].start in opens):
            return None
        start = toks[j + 1].start if nxt.norm == "that" or nxt.text in ",:" else nxt.start
    else:
        # "it is understood that ..." or "..., it was announced."
        if a > 0 and _is_word(toks[a - 1]) and toks[a - 1].norm not in ("and", "but", "as", "so"):
            return None
        if nxt is not None and nxt.norm == "that" and j + 1 < n:
            start = toks[j + 1].start
        elif (nxt is None or not _is_word(nxt)) and a > 1 and toks[a - 1].text == ",":
            word = _impersonal_word(entry)
            content = _span(doc, _clause_start(doc, sent), toks[a - 1].start)
            return _Found(None, (a, b), content, None, _kind(doc.text, content, "indirect"), word,
                          f"{PATTERNS_LEXICON}.tsv: {entry.phrase} ({pattern})", "backward")
        else:
            return None
    word = _impersonal_word(entry)
    if start in opens and pattern == "passive-told":
        content, kind = _forward_content(doc, sent, toks, j, opens)
    else:
        content = _sentence_content(doc, sent, start)
        kind = _kind(doc.text, content, "indirect")
    return _Found(src, (a, b), content, None, kind, word,
                  f"{PATTERNS_LEXICON}.tsv: {entry.phrase} ({pattern})", "forward")


def _raising_frame(toks: list[Token], a: int, b: int) -> bool:
    """Is toks[a..b] a raising frame ("the envoy is said to favour", "are believed to be")?

    The guide files "are expected to" as a verbal hedge (ANNOTATION.md §4) and gives only the
    impersonal "it is understood that" frame as an attribution with no source (§6.2); the kit
    treats every raising frame the same way: a hedge of the writer, never an attribution.

    >>> from course.document import build_document
    >>> d = build_document("The envoy is said to favour a pause.")
    >>> _raising_frame(d.tokens, 2, 3)
    True
    """
    n = len(toks)
    j = b + 1
    while j < n and _is_adverb(toks[j]):
        j += 1
    if j + 1 >= n or toks[j].norm != "to" or not toks[j + 1].text[:1].islower():
        return False
    return not (a > 0 and toks[a - 1].norm in ("it", "what", "than", "as"))


def _impersonal_word(entry) -> CueWord:
    return CueWord(entry.phrase, entry.phrase, entry.get("verb_class") or "neutral", entry.get("pattern"),
                   entry.explanation.split(": ", 1)[-1], entry.source)


def _choose(words: list[CueWord], toks: list[Token], a: int) -> CueWord:
    """Pick the verb or the noun reading of an entry from its left neighbour."""
    nouns = [w for w in words if w.frame == "noun"]
    verbs = [w for w in words if w.frame != "noun"]
    if nouns and (not verbs or _noun_context(toks, a) or _inside_noun_phrase(toks, a, noun_entry=True)):
        return nouns[0]
    return verbs[0]


def _reporting(doc, sent, toks, a, b, words, closes, opens, found, cat: int | None = None,
               covered: _GrowingIntervals | None = None) -> _Found | None:
    """Check one matched reporting word and build its relation, or return None.

    ``cat`` is where a catenative verb before the word starts (:func:`_catenative_before`);
    ``covered`` holds the contents of ``found`` (the same answers as scanning them, faster)."""
    text = doc.text
    word = _choose(words, toks, a)
    n = len(toks)
    first = toks[a]
    if word.frame == "noun":
        return _nominal(doc, sent, toks, a, b, word)
    # "regard" reports a view only with "as" ("regarding the drills as a threat"); otherwise
    # "regarding" is a preposition ("statements regarding unemployment")
    if word.lemma in AS_ONLY_LEMMAS and not (_as_complement(toks, b + 1) or b + 1 < n and toks[b + 1].norm == "as"):
        return None
    # not a verb after a determiner, a possessive or a preposition ("the said treaty",
    # "Trump's state taxes", "secretary of state"), nor a capitalised name mid-sentence
    # ("the United States"; headings are capitalised throughout, so they are exempt)
    # ("Some believe the plan shows ...": a quantifier alone is a subject before a plain verb and its clause)
    quantifier_subject = a > 0 and toks[a - 1].norm in QUANTIFIER_SOURCES and (_complement_at(toks, b + 1) is not None or (
        not first.norm.endswith("s") and _frame_signal(toks, b + 1, word)))
    if (_noun_context(toks, a) and not quantifier_subject) or _inside_noun_phrase(toks, a) or (
        a > 0 and toks[a - 1].norm in ("of", "for", "from", "with", "at", "into")
    ):
        return None
    if a > 0 and first.text[:1].isupper() and sent.kind == "body" and _is_word(toks[a - 1]) and toks[a - 1].text not in QUOTE_CHARS \
            and not _title_case(toks):
        return None
    # part of a compound ("Russian-backed", "well-known"): not a reporting verb
    if a > 0 and toks[a - 1].text in ("-", "‐") and toks[a - 1].end == first.start:
        return None
    # an infinitive after "to" belongs to a larger verb group ("to show restraint"), unless a
    # catenative verb makes the pair one cue group ("appeared to suggest", "continues to insist";
    # "went on to say" is a lexicon phrase of its own)
    if a > 0 and toks[a - 1].norm == "to" and cat is None:
        return None
    # the writer's own aside to the reader ("It's worth noting that ..."), and a comparison
    # (", compared with females' $93,000"): nobody is reported
    if a > 0 and toks[a - 1].norm == "worth" or (
            word.lemma == "compare" and a > 0 and toks[a - 1].text == "," and b + 1 < n and toks[b + 1].norm in ("with", "to")):
        return None
    head = a if cat is None else cat
    # first-person thinking ("I think", "we believe", "you know") is the speaker's own
    # hedge, not a report of someone else's words (Hyland 2005)
    if word.frame in ("cognitive", "volition") and head > 0:
        k = head - 1  # past auxiliaries, negation and adverbs: "I've learned", "you can see", "I don't want"
        while k > 0 and (toks[k].norm in AUX or toks[k].norm in ("not", "t", "ve", "ll", "d", "m")
                         or toks[k].text in ("'", "’") or _clitic(toks, k) or _is_adverb(toks[k])):
            k -= 1
        if toks[k].norm in ("i", "we", "you"):
            return None
        # nor a generic wish ("a resource for anyone wanting to learn more"): nobody in particular
        if word.frame == "volition" and toks[head - 1].norm in ("anyone", "anybody", "whoever"):
            return None
    # a wish or plan inside someone else's reported clause is part of that content
    # ("Lavrov said the US wants to contain Moscow": the want is Lavrov's claim; §6.1)
    if word.frame == "volition" and (covered.has_point(first.start) if covered is not None else any(
        f.content is not None and f.content.start <= first.start < f.content.end for f in found
    )):
        return None
    # the cue group: auxiliaries (and adverbs between them) to the left
    k = head - 1
    # (only auxiliaries right before the verb: "had said", but "has also emphasised" -> "emphasised")
    while k >= 0 and (toks[k].norm in AUX and toks[k].norm not in ("s", "'s")
                      or _clitic(toks, k) and toks[k].norm not in _CLITICS and toks[k].text not in ("'", "’")
                      or toks[k].text in ("'", "’") and k + 1 < n and toks[k + 1].norm == "t" and _clitic(toks, k)):
        k -= 1
    c0 = k + 1
    cue = (c0, b)
    rule = f"{VERBS_LEXICON}.tsv: {word.phrase}"
    after = b + 1
    j = after
    while j < n and _is_adverb(toks[j]):
        j += 1
    nxt = toks[j] if j < n else None
    prev = toks[c0 - 1] if c0 > 0 else None
    # a progressive ("is once again questioning", "he's claiming", "isn't saying") is a finite
    # verb group, not a participle
    is_ing = first.norm.endswith("ing") and c0 == a and not _progressive(toks, a)
    passive = _passive(toks, c0, a, word)
    # a reduced passive relative ("the boundary claimed by Lorvia") names no reported content
    if not passive and c0 == a and nxt is not None and nxt.norm == "by" and first.norm.endswith("ed") and " " not in word.phrase:
        return None
    # ... nor one with a place ("potent chemicals found in refrigerants", "documents seen at
    # the embassy"): a past participle right after a common noun, a place, no clause
    if not passive and c0 == a and a > 0 and nxt is not None and j == after and nxt.norm in PLACE_PREPOSITIONS \
            and (first.norm.endswith("ed") or first.norm in IRREGULAR_PAST) and toks[a - 1].text.islower() \
            and _is_word(toks[a - 1]) and toks[a - 1].norm not in PRONOUNS | STOP | AUX and not _is_adverb(toks[a - 1]) \
            and _complement_at(toks, j) is None and not _frame_signal(toks, j, word) and word.frame != "speech" \
            and not _relative_subject(toks, a - 1):
        return None
    # a noun heading a subject before a finite reporting verb ("the document says")
    if nxt is not None and j == after and not is_ing and nxt.text.islower() and nxt.norm in _cue_norms() \
            and (nxt.norm.endswith("s") or nxt.norm.endswith("ed") or nxt.norm == "said") and not first.norm.endswith(("ed", "ing")):
        return None
    # ... and a plural noun before a plain verb ("state media reports say", "the statements show")
    if nxt is not None and j == after and not is_ing and nxt.text.islower() and nxt.norm in _cue_norms() \
            and first.norm.endswith("s") and not first.norm.endswith("ss") and not nxt.norm.endswith(("s", "ing")) \
            and nxt.norm not in ("that", "as") and " " not in word.phrase:
        return None
    if passive:
        return _passive_found(doc, sent, toks, c0, a, b, j, word, rule, opens)
    # participial continuation: ", adding that ...", ", saying ...", ", even suggesting ..."
    p_k = c0 - 1
    while p_k > 0 and _is_adverb(toks[p_k]) and toks[p_k].text[:1].islower():
        p_k -= 1
    if is_ing and p_k != c0 - 1 and p_k >= 0 and toks[p_k].text == ",":
        prev = toks[p_k]
    infinitive = nxt is not None and nxt.norm == "to" and j + 1 < n and toks[j + 1].text[:1].islower() \
        and toks[j + 1].norm not in DETERMINERS | POSSESSIVES  # "promising to reopen"
    if is_ing and prev is not None and prev.text == "," and nxt is not None and not infinitive \
            and nxt.norm in SCENE_PREPOSITIONS and _complement_at(toks, j) is None:
        # "Erdogan, speaking after Friday prayers, said ...": a participle that sets the scene
        # names no content; the cue is the finite verb (ANNOTATION.md §6.1)
        return None
    if is_ing and prev is not None and prev.text == ",":
        if word.frame not in ("speech",) and not _frame_signal(toks, j, word) and not (
            word.frame == "object" and nxt is not None and _is_word(nxt) and nxt.norm not in AUX | {"to", "and", "or"}
        ):
            return None
        content, kind = _forward_content(doc, sent, toks, j, opens)
        src_f = next((f for f in reversed(found) if f.cue[0] < c0), None)
        if src_f is not None:
            f = _Found(src_f.source, cue, content, None, kind, word, "continuation: , " + word.phrase, "forward")
            f.source_span = src_f.source_span
            return f
        return _Found(_subject(toks, c0), cue, content, None, kind, word,
                      "continuation: , " + word.phrase, "forward")
    if is_ing and prev is not None and prev.norm in GERUND_PREPOSITIONS and (
        word.frame == "speech" or _frame_signal(toks, j, word)
    ):
        # a gerund after a preposition: "began by saying that ...", "criticised for claiming ..."
        content, kind = _forward_content(doc, sent, toks, j, opens)
        return _Found(_subject(toks, c0), cue, content, None, kind, word,
                      rule + " (gerund after a preposition)", "forward")
    if is_ing and word.verb_class == "commissive-directive" and _frame_signal(toks, j, word):
        # "with the US threatening to shut down its embassy": the noun phrase before the
        # participle is the one who threatens
        src = _source_left(toks, c0)
        if src is not None:  # the participle's own subject: after the last preposition
            cut = [x for x in range(src[0], src[1]) if toks[x].norm in NP_PREPOSITIONS]
            src = (cut[-1] + 1, src[1]) if cut else src
        if src is not None and _speakerlike(toks, src):
            content, kind = _forward_content(doc, sent, toks, j, opens)
            return _Found(src, cue, content, None, kind, word, rule + " (participle with its subject)", "forward")
    if is_ing and prev is not None and _is_word(prev) and prev.norm not in STOP | DETERMINERS | NP_PREPOSITIONS \
            and prev.norm not in ("and", "or") and not _is_adverb(prev) and (
            (word.frame == "speech" and nxt is not None and (_complement_at(toks, j) is not None or nxt.start in opens))
            or (word.frame != "speech" and _frame_signal(toks, j, word))
    ):
        # a reduced relative clause: "a letter saying that ...", "video showing that ..."
        # (a time phrase may stand between: "a series of tweets early Friday saying that ...")
        t_end = _skip_time_left(toks, c0 - 1, 0)
        src = _left_np(toks, t_end if 0 <= t_end < c0 - 1 else c0 - 1)
        if src is not None:
            # "Officials released a letter saying ...": the noun phrase starts at its determiner
            dets = [x for x in range(src[0] + 1, src[1] + 1) if toks[x].norm in DETERMINERS | POSSESSIVES
                    and toks[x - 1].text[:1].islower() and toks[x - 1].norm not in NP_PREPOSITIONS | {"and"}]
            if dets:
                src = (dets[-1], src[1])
            content, kind = _forward_content(doc, sent, toks, j, opens)
            return _Found(src, cue, content, None, kind, word, rule + " (participle after its noun)", "forward")
    if is_ing:
        # a participle that opens a clause ("Speaking to reporters, ...") sets the scene;
        # the cue is the finite verb it modifies
        return None
    # inverted order: '..., said the minister.' / '...,” added Rep. Clyburn' (not with a verb
    # whose object is a person: in '..., accused the West of hypocrisy' the West is accused)
    prev_is_break = prev is not None and (prev.text == "," or prev.start in closes) \
        and word.lemma not in NO_INVERSION_LEMMAS and word.frame not in ("cognitive", "volition")
    right = _right_np(toks, after, n)
    if prev_is_break and right is not None and toks[right[0]].norm not in ("that", "it") and (
        toks[right[0]].text[:1].isupper() or toks[right[0]].norm in DETERMINERS or toks[right[0]].norm in PRONOUNS
        or toks[right[0]].norm[:1].isdigit()  # '..., said 9/11 widow Terry Strada.'
    ) and not _time_phrase(toks, right) and not any(
        # "..., said the event brought back memories": a verb after a noun starts a clause
        toks[x].text.islower() and (toks[x].norm.endswith("ed") or toks[x].norm in IRREGULAR_PAST)
        and toks[x - 1].norm not in DETERMINERS | POSSESSIVES and not _is_adverb(toks[x - 1])
        and toks[x - 1].text not in ("-", "‐")
        for x in range(right[0] + 1, right[1] + 1)
    ) and not (
        # "said he'd battled": a pronoun with a contracted auxiliary starts the reported clause
        right[0] == right[1] and right[1] + 2 < n and _clitic(toks, right[1] + 1)
    ) and not (prev.text == "," and _long_apposition(toks, c0 - 1) is not None):
        end_k = right[1] + 1
        if prev.start in closes or end_k >= n or not _is_word(toks[end_k]) or toks[end_k].norm in (
            "in", "on", "at", "during", "after", "when", "of"
        ):
            content = _backward_content(doc, sent, toks, c0, closes)
            if content is not None:
                via = _via(toks, end_k)
                if via is None:
                    right = _right_apposition(toks, right)
                return _Found(right, cue, content, via, _kind(text, content, "indirect"), word,
                              rule + " (inverted: cue before source)", "backward")
    src = _source_left(toks, c0)
    if src is not None:
        # a relative clause belongs to the source before the checks below look at its edges
        src = _relative_source(toks, src) or src
    # a source directly before the cue, itself after a comma or closing quote: backward content
    if src is not None:
        s0 = src[0]
        before = toks[s0 - 1] if s0 > 0 else None
        back = before is not None and (before.text == "," or before.start in closes)
        ends = nxt is None or not _is_word(nxt) or (
            nxt.norm in ("in", "on", "at", "during", "after", "by", "when", "to", "of", "about")
            and _complement_at(toks, j) is None and not (
                # "could threaten to liquidate" goes on ("respond to requests" ends)
                infinitive and word.frame != "speech"
                and not (toks[j + 1].norm.endswith("s") and not toks[j + 1].norm.endswith(("ss", "us"))))
        ) or _addressee_ends(toks, j, word) or _only_time_left(toks, j)
        quote_follows = nxt is not None and nxt.text == "," and j + 1 < n and toks[j + 1].start in opens
        if back and ends and not quote_follows and not (nxt is not None and (nxt.text == ":" or nxt.start in opens)):
            content = _backward_content(doc, sent, toks, s0, closes)
            if content is not None:
                return _Found(src, cue, content, _via(toks, after), _kind(text, content, "indirect"), word,
                              rule + " (inverted: source before cue, content before both)", "backward")
        # the quotation ended the previous sentence: '“... is?” Graham asked.'
        if s0 == 0 and ends and (nxt is None or nxt.text != ":"):
            q = _quote_before(doc, sent, closes)
            if q is not None:
                content = _quote_interior(doc, q)
                return _Found(src, cue, content, None, _kind(text, content, "direct"), word,
                              rule + " (source and cue after a quotation that ends the previous sentence)",
                              "backward")
    elif c0 == 0 and right is not None and right[1] + 2 < n and toks[right[1] + 1].text == ":" \
            and toks[right[0]].text[:1].isupper():
        # 'Said Ellis: “I don't get the sense ...”': the cue opens the sentence, the colon the content
        content, kind = _forward_content(doc, sent, toks, right[1] + 1, opens)
        return _Found(right, cue, content, None, kind, word, rule + " (inverted, before a colon)", "forward")
    elif c0 == 0 and right is not None and (right[1] + 1 >= n or not _is_word(toks[right[1] + 1])):
        # '“... is?” asked Graham.'
        q = _quote_before(doc, sent, closes)
        if q is not None:
            content = _quote_interior(doc, q)
            return _Found(right, cue, content, None, _kind(text, content, "direct"), word,
                          rule + " (inverted, after a quotation that ends the previous sentence)", "backward")
    # coordinated verbs share their subject: "Calder pledged that ... and said she ...",
    # "His ex-wife agreed, but also contended that ..."
    conj = c0 - 1
    while conj > 0 and _is_adverb(toks[conj]) and toks[conj].text[:1].islower():
        conj -= 1
    if src is None and conj > 0 and conj < c0 - 1 and toks[conj].norm in ("and", "but"):
        c0_coord = conj + 1
    else:
        c0_coord = c0
    if c0_coord > 0 and toks[c0_coord - 1].norm in ("and", "but") and (toks[c0_coord - 1].norm == "and" or src is None):
        prior = next((f for f in reversed(found) if f.cue[1] < c0_coord and f.source is not None), None)
        if prior is not None and prior.direction == "forward":
            src = prior.source
            rule += " (coordinated: shares the subject)"
        else:
            # no reported first verb ("I laughed and said", "He claimed vast wealth and said"):
            # the clause subject is the speaker, never the words just before "and"
            subj = _subject(toks, c0_coord)
            src = subj if subj is not None and subj[1] < c0_coord - 1 and _speakerlike(toks, subj) \
                and not any(toks[x].norm == "and" for x in range(subj[1] + 1, subj[1] + 2)) else None
            if src is not None:
                rule += " (coordinated: shares the clause subject)"
    # forward: "X said (that) ...", "X told reporters that ...", "X was quoted as saying by Y"
    via = _via(toks, after)
    start = j
    if via is not None:
        start = via[1] + 1
    frame_ok = word.frame == "speech" or _frame_signal(toks, start, word)
    if frame_ok and word.frame == "ambiguous" and start < n and toks[start].start in opens \
            and _quote_inside_clause(text, opens[toks[start].start]):
        # "will respond “firmly and without hesitation” to the harassment": the quoted
        # words modify the verb and the clause goes on; they are not its reported content
        frame_ok = False
    if word.frame in ("object", "cognitive", "ambiguous") and src is not None and word.lemma not in DISPLAY_LEMMAS \
            and _holder(toks, src) and _as_complement(toks, start):
        # "see the program as an opportunity", "viewed communists as terrorists", "dismissed
        # the reports as “fake news”": a view of the object is the content (the speaker's judgement)
        frame_ok = True
        rule += " (a view: object + as + label)"
    if not frame_ok and word.frame == "object" and src is not None and _holder(toks, src) \
            and not _evidence_source(toks, src) and not (word.lemma in DISPLAY_LEMMAS and not any(
                toks[x].norm in INFORMATION_NOUNS or toks[x].norm[:-1] in INFORMATION_NOUNS
                for x in range(src[0], src[1] + 1))):
        # "affirmed Moscow's intention ...": the object is the content (but a person who
        # "shows restraint" or "shows signs of" displays it: only a clause is reported)
        frame_ok = nxt is not None and _is_word(nxt) and nxt.norm not in AUX and nxt.norm not in ("to", "and", "or") \
            and not (word.lemma in ("speak", "call") and nxt.norm in SCENE_PREPOSITIONS | {"against", "into"}) \
            and not (word.lemma == "call" and _convenes(toks, j)) \
            and not (nxt.norm in TIME_WORDS and (nxt.text[:1].isupper() or nxt.norm in ("today", "yesterday", "tonight"))
                     and (j + 1 >= n or toks[j + 1].norm in SCENE_PREPOSITIONS | {","}))
        # ("spoke in a cottage", "called in to a town hall", "was speaking Friday in Fort Wayne":
        # a place or a time is not what was said)
    if not frame_ok:
        return None
    if src is None and (c0 == a or cat is not None) and word.frame != "speech":
        return None
    # an imperative opening the sentence ("Say Mexico demanded ...", "Now tell us this isn't a
    # witch hunt"): the writer addresses the reader, nobody is reported
    if src is None and c0 == a and first.norm == word.lemma and all(_is_adverb(toks[x]) or not _is_word(toks[x]) for x in range(a)) \
            and not (nxt is not None and nxt.text == ":"):
        return None
    # a wish or a plan needs someone to hold it ("Moscow wants to", not "unveil plans to")
    if word.frame == "volition" and (src is None or not _holder(toks, src)):
        return None
    start = _addressee_skip(toks, start, word)
    content, kind = _forward_content(doc, sent, toks, start, opens)
    return _Found(src, cue, content, via, kind, word, rule, "forward")


#: Events one calls in the sense of "convene": "called an emergency meeting", "called the
#: hearing", "called a snap election" report no words.
CONVENED_NOUNS = frozenset("meeting meetings hearing hearings session sessions summit election elections vote "
                           "referendum strike strikes conference briefing recess inquiry".split())


def _convenes(toks: list[Token], j: int) -> bool:
    """Is the noun phrase at toks[j] (a few words) an event one convenes ("an emergency meeting")?"""
    for k in range(j, min(len(toks), j + 5)):
        if not _is_word(toks[k]) or toks[k].norm in POSSESSIVES or toks[k].norm == "s":
            return False  # "called her vote a mistake" names a view of her vote
        if toks[k].norm in CONVENED_NOUNS:
            return True
    return False


def _relative_subject(toks: list[Token], k: int) -> bool:
    """Is the noun phrase ending at toks[k] the subject of a relative clause ("which the bank
    detailed in its filings")?"""
    np = _left_np(toks, k)
    return np is not None and np[0] > 0 and toks[np[0] - 1].norm in ("which", "that", "who", "whom")


#: Prepositions of place after a reduced passive relative ("chemicals found in refrigerants").
PLACE_PREPOSITIONS = frozenset("in on at among inside within across near under".split())


#: Prepositions after a participle of speaking that set a scene ("speaking to reporters",
#: "speaking after Friday prayers").
SCENE_PREPOSITIONS = frozenset("to at after before in on during with from by outside alongside".split())
#: Verbs whose object is the person spoken to or about: they never stand before their source
#: ("..., accused the West of hypocrisy" is not an inversion).
NO_INVERSION_LEMMAS = frozenset("accuse criticise criticize condemn denounce urge tell thank praise blame call "
                                "inform remind assure brief order instruct".split())
#: Verbs that report a view only with an "as" complement ("regards the drills as a threat").
AS_ONLY_LEMMAS = frozenset({"regard"})
#: Verbs that report only with a clause when a person is the subject: "showed that the plan
#: failed" reports, "showed restraint" displays.
DISPLAY_LEMMAS = frozenset("show demonstrate prove display".split())
#: Verbs whose object names the audience: "told reporters", "informed the council".
ADDRESSEE_LEMMAS = frozenset("tell inform assure remind brief".split())


def _addressee_ends(toks: list[Token], j: int, word: CueWord) -> bool:
    """After a cue such as "told", does only the audience (and a place or time) follow, to
    the end of the sentence? ('“...,” she told Meridian.', '... told reporters in Velmora.')"""
    n = len(toks)
    if word.lemma not in ADDRESSEE_LEMMAS or j >= n or not _is_word(toks[j]) or _complement_at(toks, j) is not None:
        return False
    np = _right_np(toks, j, n)
    if np is None:
        return False
    k = np[1] + 1
    while k < n and toks[k].text[:1].isupper() and _is_word(toks[k]):
        k += 1  # a name the phrase walk stopped in: "USA Today"
    return k >= n or not _is_word(toks[k]) or toks[k].norm in ("in", "on", "at", "during", "after", "before", "when") \
        or _only_time_left(toks, k)


OBJECT_PRONOUNS = frozenset("him her them us me you".split())


def _addressee_skip(toks: list[Token], j: int, word: CueWord) -> int:
    """Where the content starts after "told" + its audience when no "that" follows: "told
    reporters the talks failed" -> "the talks failed"; returns j when there is no audience.

    >>> from course.document import build_document
    >>> told = CueWord("told", "tell", "neutral", "speech", "", "")
    >>> toks = build_document("She told reporters the talks failed.").tokens
    >>> _addressee_skip(toks, 2, told), _addressee_skip(build_document("She told the truth.").tokens, 2, told)
    (3, 2)
    """
    n = len(toks)
    if word.lemma not in ADDRESSEE_LEMMAS or j >= n or _complement_at(toks, j) is not None:
        return j
    k = j
    if toks[k].norm in ("the", "a", "an") and k + 1 < n and toks[k + 1].norm in SPEAKER_NOUNS:
        k += 1
    if toks[k].norm in OBJECT_PRONOUNS or toks[k].norm in SPEAKER_NOUNS:
        nxt = toks[k + 1] if k + 1 < n else None
        if nxt is not None and (nxt.norm in DETERMINERS or nxt.norm in SUBJECT_PRONOUNS or nxt.text[:1].isupper()):
            return k + 1
    return j


def _quote_inside_clause(text: str, q: tuple[int, int, int, int]) -> bool:
    """Does the clause go on after the quotation closes ('“firmly” to the harassment')?"""
    rest = text[q[3] : q[3] + 3].lstrip(" ")
    return bool(rest) and rest[0].isalpha()


def _evidence_source(toks: list[Token], src: tuple[int, int]) -> bool:
    """Is the subject a piece of evidence rather than a speaker ("Navy footage", "the data")?

    Evidence that "shows" a noun phrase is read by the writer, not quoted: the sentence
    stays in the writer's voice (ANNOTATION.md §7). With a that-clause ("the poll shows
    that ...") the verb still counts as a cue; this test only applies to object frames.
    """
    head = toks[src[1]].norm
    return head in INFORMATION_NOUNS and head not in SPEAKER_NOUNS and not any(
        toks[x].norm in SPEAKER_NOUNS for x in range(src[0], src[1] + 1))


def _nominal(doc, sent, toks, a, b, word) -> _Found | None:
    """A noun cue with a that-clause: "the claim that ...", "Lavrov's warning that ..."."""
    n = len(toks)
    if b + 2 >= n or toks[b + 1].norm != "that":
        return None
    # "the statements that he made", "a charge that might have stung": a relative clause, not
    # the content (a that-clause has its own subject before any verb)
    nxt = toks[b + 2]
    if nxt.norm in SUBJECT_PRONOUNS and b + 3 < n and toks[b + 3].norm in _cue_norms() or nxt.norm in AUX:
        return None
    # ... and "views that pose an existential threat", "rules that promise to": a verb and its object
    if nxt.text.islower() and _is_word(nxt) and nxt.norm not in DETERMINERS | POSSESSIVES | PRONOUNS | STOP \
            and nxt.norm not in COMPLEMENTIZERS and not _participle(nxt) \
            and b + 3 < n and toks[b + 3].norm in DETERMINERS | POSSESSIVES | {"to"}:
        return None
    src = None
    p = a  # the possessive may stand before one or two adjectives: "the ministry's sharp warning"
    while p - 1 > 0 and a - p < 2 and toks[p - 1].text.islower() and _is_word(toks[p - 1]) \
            and toks[p - 1].norm not in STOP | POSSESSIVES | {"s"} and toks[p - 1].norm not in LIGHT_VERBS:
        p -= 1
    if p >= 3 and toks[p - 1].norm == "s" and toks[p - 2].text in ("'", "’"):
        src = _left_np(toks, p - 3)
    elif p >= 1 and toks[p - 1].norm in POSSESSIVES:
        src = (p - 1, p - 1)
    else:
        # the object of a light verb: "Republicans have expressed concern that ...", "Moscow
        # issued a stern warning that ...": the subject of the verb holds the content
        k = a - 1
        while k > 0 and a - k <= 3 and toks[k].text.islower() and _is_word(toks[k]) and toks[k].norm not in STOP \
                and toks[k].norm not in LIGHT_VERBS:
            k -= 1
        # a name before the noun: "a New York Times report that ...", "a Reuters report that ..."
        q = a - 1
        while q > 0 and toks[q].text[:1].isupper() and _is_word(toks[q]):
            q -= 1
        if q < a - 1 and q >= 0 and toks[q].norm in ("a", "an", "the"):
            src = (q + 1, a - 1)
        elif k >= 0 and toks[k].norm in LIGHT_VERBS:
            c = k
            while c > 0 and (toks[c - 1].norm in AUX or _is_adverb(toks[c - 1])) and toks[c - 1].norm not in ("s", "'s"):
                c -= 1
            src = _source_left(toks, c)
            if src is not None and not _speakerlike(toks, src):
                src = None
    end = _subject_clause_end(toks, a, b + 2)
    content = _sentence_content(doc, sent, toks[b + 2].start, toks[end].start if end is not None else None)
    if content is None:
        return None
    return _Found(src, (a, b), content, None, _kind(doc.text, content, "indirect"), word,
                  f"{VERBS_LEXICON}.tsv: {word.phrase} (noun + that)", "forward")


def _finite_like(t: Token) -> bool:
    return t.text.islower() and (t.norm in AUX or t.norm in IRREGULAR_PAST or t.norm.endswith("ed") and len(t.norm) > 3)


def _subject_clause_end(toks: list[Token], a: int, c: int) -> int | None:
    """Where a that-clause after a subject noun ends, when the noun opens the sentence:
    "Beijing's warnings that Washington is playing with fire | went unheeded". After the
    clause's own verb, a second verb that follows a noun belongs to the main clause.

    Returns the index of that verb, or None (the content runs to the sentence end).

    >>> from course.document import build_document
    >>> toks = build_document("His claims that the vote was rigged were false.").tokens
    >>> toks[_subject_clause_end(toks, 1, 3)].text
    'were'
    >>> _subject_clause_end(build_document("He repeated his claims that the vote was rigged.").tokens, 3, 5) is None
    True
    """
    # subject position: only a possessive, determiners, adjectives or a name before the noun
    q = a - 1
    while q >= 0 and toks[q].text.islower() and _is_word(toks[q]) and toks[q].norm not in STOP:
        q -= 1  # adjectives right before the noun ("repeated warnings")
    if any(_finite_like(toks[x]) or toks[x].norm in STOP for x in range(q + 1)):
        return None
    n = len(toks)
    first = next((k for k in range(c, n) if _finite_like(toks[k])), None)
    if first is None:
        return None
    for k in range(first + 1, n):
        t, prev = toks[k], toks[k - 1]
        if not _is_word(t) or t.norm in ("that", "who", "which", "and", "or", "but", "if", "when", "because"):
            if t.norm in ("and", "or", "but") or not _is_word(t):
                continue
            return None  # a new clause inside the content: stop looking
        if _finite_like(t) and prev.norm not in AUX and prev.norm not in ("to", "not") and _is_word(prev) \
                and not _is_adverb(prev):
            return k
    return None


#: Light verbs whose object noun names the speech act: "expressed concern that", "issued a warning that".
LIGHT_VERBS = frozenset("express expressed expresses expressing voice voiced voices voicing raise raised raises "
                        "issue issued issues issuing make made makes making give gave given gives offer offered "
                        "offers reiterate reiterated reiterates deliver delivered".split())
#: Finite auxiliaries and modals that show a bare reported clause ("believes Russia will ...").
_FINITE = frozenset("will would could can may might should must is are was were has have had".split())


#: Words that may stand between a cue and its "that": a setting ("in a statement"),
#: an addressee ("told reporters"), a time ("on Friday").
_BRIDGE = frozenset("in on at to with during after before this last earlier a an the".split())


#: Upper-case labels before a colon that are the publication's, not a speaker's
#: ("CLARIFICATION: The first sentence has been clarified ...", "UPDATE: ...").
EDITORIAL_LABELS = frozenset("clarification correction update updated editor note notes background related "
                             "breaking analysis opinion watch read listen see disclosure".split())


def _epigraphs(doc, sent, toks, closes, taken) -> list[_Found]:
    """Quotations signed with a dash ('“...” ― Steve Quinlan') and transcript speaker
    labels ('PENCE: Well, look ...'): the punctuation is the cue."""
    out = []
    for k, t in enumerate(toks):
        q = None
        if t.text in DASHES and k not in taken:
            if k > 0 and toks[k - 1].text in "”\"" and toks[k - 1].end <= t.start:
                q = closes.get(toks[k - 1].start, (0, 0, 0, 0))
            elif k == 0:
                q = _quote_before(doc, sent, closes)
        if q is not None:
            src = _right_np(toks, k + 1, len(toks))
            if src and toks[src[0]].text[:1].isupper():
                content = _quote_interior(doc, q)
                out.append(_Found(src, (k, k), content, None, "direct", _SIGNATURE, "pattern: quotation signed with a dash", "backward"))
    # a transcript line: an upper-case name and a colon at the start of a paragraph
    para = doc.paragraphs[sent.paragraph]
    if sent.start == para.start and len(toks) > 3:
        for k in range(1, min(5, len(toks) - 1)):
            if toks[k].text == ":":
                if all(x.text.isupper() and _is_word(x) or x.text == "." for x in toks[:k]) \
                        and not any(x.norm in EDITORIAL_LABELS for x in toks[:k]):
                    content = _sentence_content(doc, sent, toks[k + 1].start)
                    out.append(_Found((0, k - 1), (k, k), content, None, _kind(doc.text, content, "direct"),
                                      _SIGNATURE, "pattern: transcript speaker label", "forward"))
                break
    return out


_SIGNATURE = CueWord("―", "signature", "neutral", "pattern",
                     "the punctuation credits the words to the person named, without any judgement",
                     "PARC 3.0 (Pareti 2016)")


BE_FORMS = frozenset("is are was were be been being".split())
IRREGULAR_PARTICIPLES = frozenset("told written shown seen known thought said heard understood laid put".split())
#: Quantifier pronouns that can stand alone as a speaker ("all agreed that ...").
QUANTIFIER_SOURCES = frozenset("all both many some most few several none others everyone everybody nobody "
                               "someone somebody anyone".split())


def _title_case(toks: list[Token]) -> bool:
    """Is the sentence a headline in title case ("Lindsey Graham Says")?"""
    words = [t for t in toks if t.text[:1].isalpha() and len(t.text) > 3]
    return len(words) >= 2 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _progressive(toks: list[Token], a: int) -> bool:
    """Is the -ing cue at toks[a] part of a progressive verb group, after a form of "be"
    (adverbs may stand between): "Donald Trump is once again questioning", "He's claiming",
    "The agency isn't offering"? Then it is a finite verb with a subject, not a participle.

    >>> from course.document import build_document
    >>> d = build_document("Trump is once again questioning the count, saying it is rigged.")
    >>> _progressive(d.tokens, 4), _progressive(d.tokens, 8)
    (True, False)
    """
    k = a - 1
    while k >= 0 and _is_adverb(toks[k]) and toks[k].text[:1].islower():
        k -= 1
    if k < 0:
        return False
    t = toks[k]
    if t.norm in ("is", "are", "was", "were", "am", "be", "been"):
        return True
    if t.norm == "t" and _clitic(toks, k):  # isn't / wasn't / aren't
        return toks[k - 2].norm in ("isn", "aren", "wasn", "weren")
    return t.norm in ("s", "re", "m") and _clitic(toks, k)


def _passive(toks: list[Token], c0: int, a: int, word: CueWord) -> bool:
    """Is the cue a passive participle ("was endorsed", "has been criticised")?"""
    k = a - 1
    while k >= 0 and _is_adverb(toks[k]):
        k -= 1
    if k < 0 or toks[k].norm not in BE_FORMS or " " in word.phrase:
        return False
    n = toks[a].norm
    return n.endswith("ed") or n in IRREGULAR_PARTICIPLES


def _passive_found(doc, sent, toks, c0, a, b, j, word, rule, opens) -> _Found | None:
    """A passive cue: "by X" is the source and the subject the content ("the issue was first
    reported by The Washington Post"); with no agent, the subject only received the words
    (source ``None``), and the cue needs a that-clause or a quotation."""
    n = len(toks)
    if j < n and toks[j].norm == "by":
        agent = _right_np(toks, j + 1, n)
        if agent is None:
            return None
        subj = _subject(toks, c0)
        content = _tok_span(doc, toks, subj) if subj is not None and subj[1] < c0 else None
        return _Found(agent, (c0, b), content, None, _kind(doc.text, content, "indirect"), word,
                      rule + " (passive: the source follows by)", "forward")
    if j + 1 < n and toks[j].norm in ("of", "for") and toks[j + 1].norm.endswith("ing") and toks[j + 1].text.islower() \
            and word.frame in ("speech", "object") and word.verb_class in ("distancing", "neutral", "commissive-directive"):
        # "Russia has been accused of meddling", "peacekeepers have been criticised for being
        # slow": the accusation is the content, its authors are not named
        content, kind = _forward_content(doc, sent, toks, j + 1, opens)
        return _Found(None, (c0, b), content, None, kind, word,
                      rule + f" (passive + {toks[j].norm} + gerund: no source named)", "forward")
    c = _complement_at(toks, j)
    if c is None or toks[c].norm not in ("that",) and toks[c].text not in QUOTE_CHARS + ":":
        return None
    content, kind = _forward_content(doc, sent, toks, j, opens)
    return _Found(None, (c0, b), content, None, kind, word, rule + " (passive: no source named)", "forward")


def _quote_before(doc: Document, sent: Sentence, closes: dict) -> tuple | None:
    """The quotation closing just before the sentence starts ('“... is?” Graham asked.')."""
    i = sent.start - 1
    while i >= 0 and doc.text[i].isspace():
        i -= 1
    if i < 0 or doc.text[i] not in QUOTE_CHARS + "’":
        return None
    # an unpaired closing mark (nested quotation marks upset the pairing): no content
    return closes.get(i, (i, i, i, i + 1))


#: Manner phrases that may stand between a cue and its wh-clause ("shows in detail how").
MANNER_PHRASES = frozenset(tuple(p.split()) for p in (
    "in detail", "in full", "at length", "in part", "in public", "in private", "in essence", "in effect",
    "in particular", "in short", "in brief", "in writing", "in person"))


def _complement_at(toks: list[Token], j: int) -> int | None:
    """Index of the "that"/wh-word/colon/quote that opens the content, a few words after the cue."""
    n = len(toks)
    cues = _cue_norms()
    if j + 2 < n and (toks[j].norm, toks[j + 1].norm) in MANNER_PHRASES:
        j += 2  # "shows in detail how ...", "explained at length why ..."
    for k in range(j, min(n, j + 9)):
        t = toks[k]
        if t.norm in COMPLEMENTIZERS and (k == j or t.norm == "that"):
            if t.norm == "that" and k > j and k + 1 < n and toks[k + 1].norm in AUX:
                return None  # "warned X to refrain from actions that would ...": a relative "that"
            if k > j and toks[k - 1].norm in cues and toks[k - 1].text.islower() and _noun_context(toks, k - 1) \
                    and not (k >= 3 and toks[k - 3].norm in TIME_PREPOSITIONS | {"in", "at", "on", "with", "via", "through"}):
                # "repeated his claims that ...": the object noun heads its own clause (but "said
                # in a statement that ..." is a setting, and the clause is the verb's)
                return None
            return k
        if t.text == ":" or t.text in QUOTE_CHARS or t.text == "'" and k + 1 < n and toks[k + 1].text == "'":
            return k
        if t.text == "," and k + 1 < n and toks[k + 1].text in QUOTE_CHARS + "'":
            return k + 1
        if t.text == "," and k == j:
            # a parenthesis between the cue and its clause: "reported, citing two sources, that ..."
            close = next((m for m in range(k + 1, min(n - 1, k + 8)) if toks[m].text == ","), None)
            if close is not None and toks[close + 1].norm == "that":
                return close + 1
            return None
        if not _is_word(t) and t.text not in ("'", "’", "-"):
            return None
        if t.norm in AUX or t.norm in ("and", "but", "or", "which", "who") or (k > j and t.norm in cues and t.text.islower() and not _noun_context(toks, k)):
            return None
    return None


#: Prepositions that cannot open the subject of a bare clause ("thought of the days when he
#: would return" reports no clause).
CLAUSELESS_OPENERS = frozenset("of about on over for into onto upon against toward towards in at among inside within across near under".split())


def _frame_signal(toks: list[Token], j: int, word: CueWord) -> bool:
    """A reporting frame right after the cue: that/wh-clause, colon, quotation, a clause,
    or a to-infinitive for commitments and directives."""
    n = len(toks)
    if j >= n:
        return False
    if _complement_at(toks, j) is not None:
        return True
    t = toks[j]
    # a bare clause: "believes Russia will ...", "showed Clinton was ..."
    if t.norm in SUBJECT_PRONOUNS - {"it", "you"} and j + 1 < n and toks[j + 1].text[:1].islower():
        return True
    if t.norm not in AUX and t.norm != "to" and t.norm not in CLAUSELESS_OPENERS:
        # the subject of the reported clause may carry a to-infinitive, an of-phrase or a
        # coordinated noun ("believes his efforts to slow warming will be ...", "believe
        # bigotry and xenophobia are acceptable"); the finite word must follow a noun, not
        # "and" or "to" (that would be a second verb of the main clause: "show restraint and will")
        for k in range(j + 1, min(n, j + 10)):
            if not _is_word(toks[k]) or toks[k].norm in ("that", "which", "who", "but", "or", "because", "if", "when", "where", "while"):
                break
            if k - j >= 6 and toks[k].norm in ("to", "and", "of", "for"):
                break
            if toks[k].norm in _FINITE and toks[k - 1].norm not in ("and", "or", "to", "not") \
                    and toks[k - 1].norm not in _FINITE and not _is_adverb(toks[k - 1]):
                return True
    if word.verb_class == "commissive-directive" or word.frame == "volition" or word.lemma in ("agree",):
        for k in range(j, min(n, j + 6)):
            if toks[k].norm == "to" and k + 1 < n and toks[k + 1].text[:1].islower() and toks[k + 1].norm not in DETERMINERS:
                return True
            if not _is_word(toks[k]):
                break
    return False


def _source_left(toks: list[Token], c0: int) -> tuple[int, int] | None:
    """The speaker before the cue group: skip adverbs, then a time phrase or a parenthesis.

    A long apposition after a name belongs to the source (ANNOTATION.md §6.2), and so does a
    bracketed party label ("Rep. John Mica (R-Fla.) said"):

    >>> from course.document import build_document
    >>> d = build_document("Megan Hester, senior associate for education organizing at the Annenberg Institute, said it.")
    >>> a, b = _source_left(d.tokens, 13)
    >>> d.text[d.tokens[a].start:d.tokens[b].end]
    'Megan Hester, senior associate for education organizing at the Annenberg Institute'
    """
    j = c0 - 1
    while j >= 0 and (_is_adverb(toks[j]) or toks[j].norm in AUX and toks[j].norm not in ("s", "'s")
                      or _clitic(toks, j)):
        j -= 1
    if j >= 0 and toks[j].norm == "well" and j > 0 and toks[j - 1].norm == "as":
        j -= 2
    if j < 0:
        return None
    # "Lavrov this month just announced": a time phrase, then adverbs again
    t = _skip_time_left(toks, j, 0)
    if t != j:
        while t >= 0 and _is_adverb(toks[t]):
            t -= 1
        if t >= 0 and toks[t].text != ",":
            j = t
    if j >= 0 and toks[j].text == ",":
        long_np = _long_apposition(toks, j)
        if long_np is not None:
            return long_np
    if j >= 0 and toks[j].text == ")":
        label = _bracket_label(toks, j)
        if label is not None:
            return label
    if j < 0:
        return None
    if toks[j].text == ",":
        # a parenthesis between source and cue: "Lavrov on Friday, 12 November, pledged"
        # (a relative clause may be longer: "The tracking poll, which tracks Americans' support
        # for the presidential candidates on a daily basis, showed")
        k = j - 1
        while k >= 0 and k > j - 30 and toks[k].text not in (",", ".", ";", ":") and toks[k].text not in QUOTE_CHARS:
            k -= 1
        if k < 0 or toks[k].text != "," or k <= j - 12 and toks[k + 1].norm not in ("who", "which", "whose"):
            return None
        inner = (k + 1, j - 1)
        j = k - 1
        head = _skip_time_left(toks, j, 0)
        np = _left_np(toks, head) if head >= 0 else None
        # an apposition belongs to the source: "Brian Fallon, the campaign's press secretary, noted"
        if np is not None and head == j and _apposition(toks, inner):
            return (np[0], inner[1])
        return np
    j = _skip_time_left(toks, j, 0)
    if j < 0:
        return None
    return _left_np(toks, j)


def _only_time_left(toks: list[Token], j: int) -> bool:
    """Is the rest of the sentence from toks[j] a time phrase ('..., McConnell said Tuesday.')?"""
    k = j
    while k < len(toks) and (toks[k].norm in TIME_WORDS or toks[k].norm in TIME_PREPOSITIONS or _is_number(toks[k])
                             or toks[k].norm in TIME_UNITS or toks[k].norm in NUMBER_WORDS):
        k += 1  # "said Friday", "said several months later"
    return k > j and any(t.norm in TIME_WORDS for t in toks[j:k]) and (
        k == len(toks) or not _is_word(toks[k]) and toks[k].text not in ("-", "'", ","))


#: Contracted auxiliaries after an apostrophe: "he's", "they're", "we've", "she'll", "I'd", "I'm".
_CLITICS = frozenset("s re ve ll d m".split())
#: The first half of a contracted negation: "isn't", "haven't", "didn't", "can't", "won't".
_NEG_STEMS = frozenset("isn aren wasn weren hasn haven hadn don doesn didn won wouldn can couldn shouldn "
                       "ca mustn".split())
#: Words that may open a clause before its subject: "But Megan Hester, ..., said".
_CLAUSE_OPENERS = frozenset("but and yet so however still meanwhile even also instead then now".split())


def _clitic(toks: list[Token], k: int) -> bool:
    """Is toks[k] part of a contracted auxiliary ("he's", "isn't": the apostrophe and its ends)?

    >>> from course.document import build_document
    >>> d = build_document("He’s claiming it isn’t true.")
    >>> [t.text for k, t in enumerate(d.tokens) if _clitic(d.tokens, k)]
    ['’', 's', 'isn', '’', 't']
    """
    t = toks[k]
    apos = ("'", "’")
    if t.text in apos:
        return k > 0 and k + 1 < len(toks) and toks[k - 1].end == t.start and t.end == toks[k + 1].start \
            and (toks[k + 1].norm in _CLITICS and toks[k - 1].norm in SUBJECT_PRONOUNS | {"who", "that", "what"}
                 or toks[k + 1].norm == "t" and toks[k - 1].norm in _NEG_STEMS)
    if k > 0 and toks[k - 1].text in apos and toks[k - 1].end == t.start:
        if t.norm == "t":
            return k > 1 and toks[k - 2].norm in _NEG_STEMS
        return t.norm in _CLITICS and k > 1 and toks[k - 2].norm in SUBJECT_PRONOUNS | {"who", "that", "what"}
    if t.norm in _NEG_STEMS:
        return k + 2 < len(toks) and toks[k + 1].text in apos and toks[k + 2].norm == "t"
    return False


def _bracket_label(toks: list[Token], j: int) -> tuple[int, int] | None:
    """A name followed by a short bracketed label ending at toks[j] == ")": "Rep. Jim Jordan (R-Ohio)".
    The label is part of the name as written."""
    k = j - 1
    while k >= 0 and j - k <= 8 and toks[k].text != "(":
        if toks[k].text in QUOTE_CHARS + ",;:":
            return None
        k -= 1
    if k <= 0 or toks[k].text != "(":
        return None
    np = _left_np(toks, k - 1)
    if np is None or not _speakerlike(toks, np):
        return None
    return (np[0], j)


def _long_apposition(toks: list[Token], j: int) -> tuple[int, int] | None:
    """A subject name with a long apposition that ends at the comma toks[j], the whole clause start
    to the comma: "Richard Revesz, director of the Institute for Policy Integrity at New York
    University's law school, said"; "Schiff, 56, who has served on the committee, told";
    "Johnnie Wilson, of Springfield, Va., said". The name must open the clause (after a
    conjunction or a closing quotation and its comma) and be capitalised."""
    r = j - 1
    while r >= 0 and j - r <= 45 and toks[r].text not in QUOTE_CHARS + ";:" and not (
            toks[r].text in FINAL_PUNCT and not _np_word(toks, r)) and not (
            toks[r].text == "'" and r > 0 and toks[r - 1].text == "'"):  # a '' quotation mark
        r -= 1
    r += 1
    # a closing quotation and its comma: '..., ” Rep. Jim Jordan, a panel member, said'
    while r < j and (toks[r].text == "," or toks[r].norm in _CLAUSE_OPENERS):
        r += 1
    commas = [x for x in range(r, j) if toks[x].text == ","]
    if not commas or not toks[r].text[:1].isupper():
        return None
    f = commas[0]
    name_end = f - 1
    if toks[name_end].text == ")":
        name = _bracket_label(toks, name_end)
    else:
        name = _left_np(toks, name_end)
    if name is None or name[0] != r or not _speakerlike(toks, name):
        return None
    app = toks[f + 1]
    if not (app.norm in ("a", "an", "the", "who", "of", "whose") or app.norm in POSSESSIVES or _is_number(app)
            or app.text[:1].isupper() or app.text[:1].islower() and _np_word(toks, f + 1)
            and app.norm not in _cue_norms()):
        return None
    if j - f < 2 or any(toks[x].text in QUOTE_CHARS for x in range(f, j)):
        return None
    # the apposition is a noun phrase (or a relative clause after "who"): no finite verb outside it
    rel = any(toks[x].norm in ("who", "which", "whose") for x in range(f, j))
    if not rel and any(toks[x].norm in AUX - {"s", "'s"} for x in range(f, j)):
        return None
    return (r, j - 1)


def _split_label_source(doc: Document, sent: Sentence, toks: list[Token], found: list[_Found],
                        previous: tuple[Sentence, list[Token]] | None) -> None:
    """A bracketed party label ending in a period ("Rep. John Mica (R-Fla.) said") makes the
    sentence splitter cut the source from its cue. When a sentence opens with the cue group (or
    with an apposition and then the cue) and the previous sentence of the same paragraph ends
    with such a label, the name and its label are the source.

    >>> from course.document import build_document
    >>> r = annotate(build_document("“We disagree,” Rep. John Mica (R-Fla.) said on Friday."))[0][0]
    >>> r.source.text, r.cue.text
    ('Rep. John Mica (R-Fla.)', 'said')
    """
    if previous is None or previous[0].paragraph != sent.paragraph or not previous[1]:
        return
    ptoks = previous[1]
    if ptoks[-1].text != ")" or len(ptoks) < 3 or ptoks[-2].text != ".":
        return
    label = _bracket_label(ptoks, len(ptoks) - 1)
    if label is None:
        return
    for f in found:
        if f.source is not None or f.source_span is not None or f.direction != "forward":
            continue
        if f.cue[0] > 32:
            continue  # a label is at most a few words before the cue
        pre = toks[: f.cue[0]]
        if all(_is_adverb(t) for t in pre):
            end = ptoks[-1].end
        elif pre and pre[0].text == "," and pre[-1].text == "," and len(pre) <= 30 and not any(
                t.text in QUOTE_CHARS + ";:" for t in pre):
            end = pre[-2].end  # ", chairman of the caucus, said": the apposition joins the name
        else:
            continue
        a = ptoks[label[0]].start
        f.source_span = Span(a, end, doc.text[a:end])
        f.rule += " (source before a bracketed label)"
        # the quotation the name follows ('“We disagree,” Rep. John Mica (R-Fla.) said')
        q = max((x for x in _quotations(doc) if previous[0].start <= x[0] and x[3] <= a), default=None)
        if q is not None and q[1] < q[2]:
            f.content = _quote_interior(doc, q)
            f.kind = _kind(doc.text, f.content, "direct")
            f.direction = "backward"
        break


def _as_complement(toks: list[Token], j: int) -> bool:
    """Does a short noun phrase after the cue end in "as" + a label ("reauthorization of the
    program as an opportunity", "Trump as a fraud")? A view or a characterisation follows.

    >>> from course.document import build_document
    >>> d = build_document("Critics see the program as an easier way in.")
    >>> _as_complement(d.tokens, 2)
    True
    """
    n = len(toks)
    if j >= n or not _np_word(toks, j) or toks[j].norm in AUX or toks[j].norm == "as":
        return False
    for k in range(j + 1, min(n - 1, j + 8)):
        t = toks[k]
        if t.norm == "as":
            nxt = toks[k + 1]
            return nxt.norm in ("a", "an", "the") or nxt.text in QUOTE_CHARS or nxt.text[:1].isalpha() and nxt.norm not in (
                "well", "much", "many", "soon", "long", "far", "if", "though", "part", "he", "she", "they", "it", "we", "i")
        if not (_np_word(toks, k) or t.norm in NP_PREPOSITIONS) or t.norm in AUX:
            return False
    return False


def _time_phrase(toks: list[Token], rng: tuple[int, int]) -> bool:
    """Is toks[a..b] only a time expression ("Thursday morning", "this week")?"""
    return all(toks[x].norm in TIME_WORDS or _is_number(toks[x]) for x in range(rng[0], rng[1] + 1))


def _apposition(toks: list[Token], rng: tuple[int, int]) -> bool:
    """Is toks[a..b] an apposition naming a person or a role ("the campaign's press secretary",
    "a former official who runs a firm", "Deputy Foreign Minister Oren Vasko")? A time phrase
    ("12 November") is not."""
    a, b = rng
    if b < a or any(toks[x].norm in TIME_WORDS or _is_number(toks[x]) for x in range(a, b + 1)):
        return False
    first = toks[a]
    if first.norm in ("a", "an", "the") or first.norm in POSSESSIVES:
        return True
    return first.text[:1].isupper() and _speakerlike(toks, rng) and all(
        _np_word(toks, x) or toks[x].norm in NP_PREPOSITIONS for x in range(a, b + 1))


def _right_apposition(toks: list[Token], src: tuple[int, int]) -> tuple[int, int]:
    """Extend an inverted source over a following apposition ('said Kenneth Baer, a former
    official who runs a firm.'), to the end of the sentence."""
    k = src[1] + 1
    n = len(toks)
    if k + 1 >= n or toks[k].text != "," or not (toks[k + 1].norm in ("a", "an", "the") or toks[k + 1].norm in POSSESSIVES
                                                 or toks[k + 1].text[:1].isupper()):
        return src
    end = n - 1
    while end > k and not _is_word(toks[end]):
        end -= 1
    if end - k > 25 or any(toks[x].text in QUOTE_CHARS + ";:" for x in range(k + 1, end + 1)):
        return src
    if not _apposition(toks, (k + 1, end)) and not toks[k + 1].norm in ("a", "an", "the"):
        return src
    return (src[0], end)


def _subject(toks: list[Token], limit: int) -> tuple[int, int] | None:
    """The first noun phrase of the clause (after an opening adverb, a conjunction, or an
    opening phrase closed by a comma: "In August, several environmental groups granted ...").

    >>> from course.document import build_document
    >>> d = build_document("In August, several groups granted an extension, saying it was fair.")
    >>> a, b = _subject(d.tokens, 8)
    >>> d.text[d.tokens[a].start:d.tokens[b].end]
    'several groups'
    """
    i = 0
    while i < limit and (_is_adverb(toks[i]) or toks[i].text == "," or toks[i].norm in _CLAUSE_OPENERS):
        i += 1
    # an opening phrase (a preposition or a participle) closed by a comma sets the scene
    if i < limit and (toks[i].norm in TIME_PREPOSITIONS | GERUND_PREPOSITIONS | {"at", "following", "despite", "amid", "during", "with"}
                      or toks[i].norm.endswith(("ed", "ing")) and toks[i].norm not in _cue_norms()):
        for k in range(i + 1, min(limit, i + 14)):
            if toks[k].text in QUOTE_CHARS + ";:":
                break
            if toks[k].text == ",":
                # "On Thursday, however, Trump spoke ...": an adverb may follow the opening phrase
                m = k + 1
                while m < limit and (_is_adverb(toks[m]) or toks[m].text == ","):
                    m += 1
                if m < limit and _right_np(toks, m, limit) is not None:
                    i = m
                break
    np = _right_np(toks, i, limit)
    if np is not None:
        # the walk does not know verbs: a past-tense word after the noun ends the subject
        for k in range(np[0] + 1, np[1] + 1):
            t = toks[k]
            if t.text[:1].islower() and (t.norm.endswith("ed") or t.norm in IRREGULAR_PAST) \
                    and toks[k - 1].norm not in DETERMINERS | POSSESSIVES:
                return (np[0], k - 1)
    return np


def _via(toks: list[Token], j: int) -> tuple[int, int] | None:
    """'by X' right after a passive reporting cue names the intermediary."""
    if j < len(toks) and toks[j].norm == "by":
        return _right_np(toks, j + 1, len(toks))
    return None


def _forward_content(doc, sent, toks, j, opens) -> tuple[Span | None, str]:
    """The content after the cue: a quotation, or the clause after 'that', to the sentence end."""
    n = len(toks)
    text = doc.text
    k = j
    # addressee or setting before "that": "told reporters that", "said in a statement that"
    c = _complement_at(toks, k)
    if c is not None and toks[c].norm == "that" and not _demonstrative_that(toks, c):
        k = c + 1
    elif c is not None and toks[c].norm in COMPLEMENTIZERS:
        k = c  # a wh-clause after a manner phrase: "shows in detail how ..." -> "how ..."
    elif c is not None and (toks[c].text in QUOTE_CHARS + "'" or toks[c].text == ":"):
        # "says the deployment “may become necessary”": a subject, then a quoted fragment
        # that goes on in lower case, is a mixed clause starting at the subject
        fragment = c > k and toks[c - 1].text not in (",", ":") and c + 1 < n and toks[c + 1].text[:1].islower() \
            and toks[k].norm not in ("in", "on", "at", "to", "during", "after", "before", "with")
        if not fragment:
            k = c
    while k < n and toks[k].text in (",", ":"):
        k += 1
    # the infinitive marker is not content ("threatening to shut down" -> "shut down"; §6.2)
    if k + 1 < n and toks[k].norm == "to" and toks[k + 1].text[:1].islower() and toks[k + 1].norm not in DETERMINERS:
        k += 1
    if k >= n:
        return None, "indirect"
    start = toks[k].start
    if start in opens:
        q = opens[start]
        span = _quote_interior(doc, q)
        # the whole rest of the sentence is the quotation: direct
        rest = text[q[3] : sent.end].strip()
        if not rest.strip(FINAL_PUNCT + " ") or q[2] >= sent.end - 1:
            return span, "direct"
    content = _sentence_content(doc, sent, start)
    return content, _kind(text, content, "indirect")


def _demonstrative_that(toks: list[Token], c: int) -> bool:
    """Is "that" at toks[c] a determiner ("found that action unconstitutional"), not a
    complementizer? Its clause would have no verb before the next comma or the end.

    >>> from course.document import build_document
    >>> _demonstrative_that(build_document("He found that action unconstitutional.").tokens, 2)
    True
    >>> _demonstrative_that(build_document("He found that the action was unconstitutional.").tokens, 2)
    False
    """
    for k in range(c + 1, min(len(toks), c + 40)):  # a window, not a copy of the sentence's rest
        t = toks[k]
        if t.text in (",", ";", ":") or t.text in FINAL_PUNCT or t.text in QUOTE_CHARS:
            break
        if _finite_like(t) or t.text.islower() and t.norm.endswith("s") and not t.norm.endswith("ss") \
                or t.norm in _cue_norms() and t.text.islower():
            return False
    if c + 1 >= len(toks):
        return False
    nxt = toks[c + 1]  # a determiner is followed by its noun, not by "during", "about 20", "some"
    return nxt.text[:1].islower() and nxt.norm not in DETERMINERS | SUBJECT_PRONOUNS | STOP | GERUND_PREPOSITIONS \
        and nxt.norm not in NP_PREPOSITIONS | {"about", "around", "despite", "amid", "if"} and not _is_adverb(nxt) \
        and not _is_number(nxt) and nxt.norm not in NUMBER_WORDS


def _backward_content(doc, sent, toks, c0, closes) -> Span | None:
    """The content before an inverted cue: the quotation just closed, or the clause before the comma."""
    k = c0 - 1
    text = doc.text
    if k >= 0 and toks[k].text == "," and k - 1 >= 0 and toks[k - 1].start in closes:
        k -= 1
    if k >= 0 and toks[k].start in closes:
        return _quote_interior(doc, closes[toks[k].start])
    if k >= 0 and toks[k].text == ",":
        end = toks[k].start
        start = _clause_start(doc, sent)
        first = _first_token_at(doc, toks, start)
        inside = toks[max(0, first):k]
        if not _clause_like(inside):
            # "A few weeks earlier, Scott was speaking to ...", "In addition, the campaign
            # plans ...": an opening adverbial alone sets the scene, it is not reported content
            # ("In Geneva, the talks resumed, the ministry said": the setting is part of the claim)
            comma = next((x for x, t in enumerate(inside) if t.text == ","), None)
            if comma is None or not _clause_like(inside[comma + 1:]) or len(inside) - comma < 3:
                return None
        if len(inside) > 2 and inside[0].norm in ("and", "but", "so") and inside[0].start == start \
                and inside[1].norm not in ADVERBIAL_OPENERS:  # ("But for the navy" keeps its "But")
            start = inside[1].start  # "And the talks failed, he said": the link is the writer's
        return _span(doc, start, end)
    return None


#: Plural time units and time adverbs that make up a time phrase with TIME_WORDS ("a few weeks earlier").
TIME_UNITS = frozenset("few several weeks days months years hours minutes ago earlier later".split())
#: Words that open an adverbial, not a clause: prepositions and subordinators.
ADVERBIAL_OPENERS = frozenset("in on at after before during since for from with without under back or "
                              "when while if although though as because despite amid following".split())


def _clause_like(toks: list[Token]) -> bool:
    """Can these words be reported content before an inverted cue, not an opening adverbial?

    Content does not open with a preposition or a subordinator ("In addition, the campaign
    plans"), and is not a time phrase ("A few weeks earlier, Scott was speaking"); a noun phrase
    alone can be split content ("Moscow, the spokesman stressed, will not back down").

    >>> from course.document import build_document
    >>> _clause_like(build_document("The talks will resume").tokens), _clause_like(build_document("Moscow").tokens)
    (True, True)
    >>> _clause_like(build_document("A few weeks earlier").tokens), _clause_like(build_document("In addition").tokens)
    (False, False)
    """
    words = [t for t in toks if _is_word(t)]
    while words and words[0].norm in ("and", "but", "so"):
        words = words[1:]  # "But the talks failed, he said": the link is the writer's
    if not words or words[0].norm in ADVERBIAL_OPENERS:
        return False
    return not all(t.norm in TIME_WORDS or t.norm in DETERMINERS or t.norm in NUMBER_WORDS or _is_number(t)
                   or t.norm in TIME_UNITS for t in words)


def _relation(doc: Document, sent: Sentence, toks: list[Token], f: _Found) -> Attribution:
    source = f.source_span or _tok_span(doc, toks, f.source)
    f.source_span = source
    cue = _tok_span(doc, toks, f.cue)
    via = _tok_span(doc, toks, f.via)
    who = f"“{source.text}”" if source else "an unnamed source"
    cls = f.word.verb_class or "neutral"
    expl = f"{cue.text}: {who} is credited with the content; {f.word.explanation}."
    if f.note:
        expl += f" {f.note[0].upper()}{f.note[1:]}."
    if via:
        expl += f" The words reach the article through {via.text}, a second-hand hop."
    return Attribution(source, cue, f.content, via, f.kind, cls, expl, f.rule, sent.index)


def _marks(attributions: list[Attribution], notes: dict[int, str]) -> list[Annotation]:
    """The highlights of the relations; ``notes`` maps a cue's start to what a catenative verb
    in its group adds ("appeared to: the writer reports how the words came across ...")."""
    out: dict[tuple[int, int, str], Annotation] = {}
    for r in attributions:
        cls = r.verb_class
        cls_text = VERB_CLASSES.get(cls, "").split("(")[0].strip().rstrip(".")
        rule = r.rule
        extra = f"; {notes[r.cue.start]}" if r.cue.start in notes else ""
        out[(r.cue.start, r.cue.end, "cue")] = Annotation(
            r.cue.start, r.cue.end, r.cue.text, "attribution", "cue",
            f"“{r.cue.text}” is a {cls} reporting cue ({cls_text.lower()}){extra}; quote type: {r.kind}.",
            rule, REFERENCE, sentence=r.sentence,
        )
        if r.source is not None:
            key = (r.source.start, r.source.end, "source")
            if key not in out:
                pron = r.source.text.lower() in PRONOUNS
                note = " It is a pronoun: look back to see who it refers to." if pron else ""
                out[key] = Annotation(
                    r.source.start, r.source.end, r.source.text, "attribution", "source",
                    f"“{r.source.text}” is who the words after “{r.cue.text}” come from.{note}",
                    rule, REFERENCE, sentence=r.sentence,
                )
        if r.via is not None:
            out[(r.via.start, r.via.end, "via")] = Annotation(
                r.via.start, r.via.end, r.via.text, "attribution", "via",
                f"“{r.via.text}” is the intermediary: the words reached this article through it, "
                f"not straight from {r.source.text if r.source else 'the speaker'}.",
                rule + " + pattern: via-marker by", REFERENCE, sentence=r.sentence,
            )
    return list(out.values())


#: Pattern types of ``attribution_patterns.tsv`` that mark a contestable claim (ANNOTATION.md §7).
VERDICT_PATTERNS = ("evaluative", "deontic", "graduation", "superlative", "significance", "generic",
                    "motive", "prediction", "evidential")
#: What each kind of marker does, for the student's explanation.
_VERDICT_WHY = {
    "evaluative": "passes a verdict",
    "deontic": "says what ought to happen",
    "graduation": "grades the event",
    "superlative": "ranks it above or below everything else",
    "significance": "says what the event means",
    "generic": "makes a sweeping claim",
    "motive": "claims to know why a side acts",
    "prediction": "makes a forecast",
    "evidential": "leans on reports it does not name",
    "booster": "vouches for the claim with its own certainty",
    "weasel": "points to an unnamed crowd of believers",
}
LINKING_VERBS = frozenset("is are was were be been being remain remains remained seem seems seemed "
                          "become becomes became".split())
_OPENING_WORDS = frozenset("but and yet so however meanwhile further furthermore moreover also still "
                           "then now later earlier separately instead".split())


def _main_clause_attributed(doc: Document, sent: Sentence, rels: list[Attribution]) -> bool:
    """Does an attribution govern the sentence's main clause (§7, condition 2)?

    True when the source and cue open the sentence (after a conjunction, a linking adverb or
    an opening phrase closed by a comma: "Speaking to reporters, the minister said ...") or
    when the content starts the sentence and the cue follows ("..., the ministry said.",
    "..., according to X"). An attribution buried in the writer's clause ("This comes as ties
    hit rock bottom with the US threatening to ...") does not govern it.
    """
    text = doc.text
    begin = _clause_start(doc, sent)
    for r in rels:
        parts = [x for x in (r.source, r.cue, r.content) if x is not None]
        first = min(x.start for x in parts)
        if first <= begin or (r.content is not None and r.content.start < sent.start):
            return True
        pre = text[begin:first].strip()
        if pre.endswith(tuple(QUOTE_CHARS)) or pre.endswith(","):
            return True
        words = re.findall(r"[\w'’-]+", pre.lower())
        if all(w in _OPENING_WORDS for w in words):
            return True
    return False


def _unattributed(doc, attributions, quotes, evaluative, copular, stance=None) -> tuple[list[Span], list[Annotation]]:
    """Writer's-voice sentences that assert a contestable claim with no source (ANNOTATION.md §7).

    A body sentence (not a heading, header, caption or question) whose main clause no
    attribution governs is flagged when one of its markers lies outside every quotation and
    outside every attribution (from its source to the end of its content):

    - an ``evaluative`` or ``deontic`` word of ``attribution_patterns.tsv`` (a verdict or an
      accusation: "violation", "hit rock bottom", "intimidate", "remarkable"; "must");
    - a ``superlative`` ("the best chance", "their lowest point", "the most serious") after a
      form of "be", or a ``graduation`` word ("major") after a copular opening ("This is ...");
    - a ``significance`` verb before a noun phrase ("marks a shift", "signals a new approach");
    - a ``generic`` claim ("have long been strained"), a ``motive`` ("strong reasons to"), a
      ``prediction`` ("is likely to overshadow") or an ``evidential`` adverb ("reportedly");
    - from the hedging lens (``stance``), the writer's own booster ("clearly", "of course")
      or a weasel hedge that names no one ("are widely seen as").

    Epistemic caveats alone ("may be incomplete", "appeared to place", "could not be
    independently verified") and plain event reporting are not flagged: they withhold or
    report, they do not pass a verdict. "Paris is a major city" is not flagged either
    (grading words need a labelling opening such as "This is").
    """
    text = doc.text
    covered: list[tuple[int, int]] = [(q[0], q[3]) for q in quotes]
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]
    # attributions that may concern each sentence: its own, and those whose content
    # overlaps it (indices into ``attributions``, so text order is kept)
    related: dict[int, list[int]] = {}
    for n, r in enumerate(attributions):
        parts = [s for s in (r.cue, r.source, r.content, r.via) if s is not None]
        covered.append((min(s.start for s in parts), max(s.end for s in parts)))
        related.setdefault(r.sentence, []).append(n)
        if r.content is not None:
            c = r.content
            for k in range(bisect.bisect_right(ends, c.start), bisect.bisect_left(starts, c.end)):
                related.setdefault(k, []).append(n)
    cover = _Intervals(covered)
    inside = cover.has_span

    stance_by_sentence: dict[int, list[Annotation]] = {}
    for m in stance or ():
        if m.category == "booster" or m.category == "hedge" and m.label == "weasel":
            k = bisect.bisect_right(starts, m.start) - 1
            if k >= 0:
                stance_by_sentence.setdefault(k, []).append(m)
    spans: list[Span] = []
    marks: list[Annotation] = []
    for sent, toks in doc.sentence_tokens():
        if sent.kind != "body" or not toks or sent.text.rstrip().endswith("?") or sent.text.lstrip().startswith("("):
            continue
        rels = [r for r in (attributions[n] for n in sorted(set(related.get(sent.index, ()))))
                if r.sentence == sent.index
                or r.content is not None and r.content.start < sent.end and sent.start < r.content.end]
        if _main_clause_attributed(doc, sent, rels):
            continue
        frame = next(iter(copular.finditer(toks[:2])), None)
        hits: list[tuple[int, int, str, str]] = []  # start, end, pattern, rule
        for f, l, e in evaluative.finditer(toks):
            if inside(f.start, l.end):
                continue
            pattern = e.get("pattern")
            k, last = f.index - sent.token_start, l.index - sent.token_start
            nxt = toks[last + 1] if last + 1 < len(toks) else None
            if pattern == "graduation" and frame is None:
                continue
            if pattern == "superlative":
                if not any(t.norm in LINKING_VERBS for t in toks[:k]):
                    continue
                if e.phrase in ("most", "least") and (nxt is None or not nxt.text[:1].islower()
                                                      or nxt.norm in STOP | DETERMINERS | {"of"}
                                                      or k >= 2 and toks[k - 2].norm == "of"):
                    continue  # "the most serious challenge", not "one of the most modern"
            if pattern == "significance" and (nxt is None or nxt.norm not in (
                    ("a", "an") if e.phrase in ("marks", "marked", "represents") else DETERMINERS | POSSESSIVES)):
                continue  # "marks a shift", but "marks the first visit" is a plain fact
            hits.append((f.start, l.end, pattern, f"{PATTERNS_LEXICON}.tsv: {e.phrase} ({pattern})"))
        for m in stance_by_sentence.get(sent.index, ()):
            if sent.start <= m.start < sent.end and not inside(m.start, m.end):
                kind = "booster" if m.category == "booster" else "weasel"
                hits.append((m.start, m.end, kind, m.rule or f"hedging lens: {m.text} ({m.label})"))
        if not hits:
            continue
        hits.sort()
        seen: set[str] = set()
        reasons = []
        for a, b, kind, _ in hits:
            if kind not in seen:
                seen.add(kind)
                reasons.append(f"“{text[a:b]}” {_VERDICT_WHY.get(kind, 'passes a verdict')}")
        why = (
            "No source is given: in the writer's own voice, " + "; ".join(reasons) + "."
            + (f" The opening “{text[frame[0].start:frame[1].end]}” labels the event in the writer's voice." if frame else "")
            + " Ask: who says so?"
        )
        first = hits[0]
        ref = "ANNOTATION.md §7; Martin & White 2005 (monogloss)"
        spans.append(Span(sent.start, sent.end, sent.text))
        marks.append(Annotation(
            sent.start, sent.end, sent.text, "attribution", "unattributed", why,
            first[3], ref, sentence=sent.index,
        ))
    return spans, marks
