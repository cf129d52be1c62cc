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
"He said Russia would respond" is reported speech, not a hedge. A row's
``extent`` may grow the span to its verb group ("are expected to", "did not
rule out"; see :func:`_verb_group`). One pattern lives only in code: a person
or group named only by role and used as a source ("Analysts said", "a diplomat
in Vienna said", "according to two officials"; see :func:`_unnamed_sources`).

The open-class word lists the conditions, the pattern and the verb groups look for (the units of
a quantity, the verbs of saying, the nouns of role, the nouns of judgement ...) are data too: the
classes of ``datasets/lexicons/hedging_word_classes.tsv``, read on first use with
:func:`word_class`. The closed-class grammar (forms of "be", determiners, prepositions,
auxiliaries, number words, quantifiers, the words that open a question) stays in this module.

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
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import AbstractSet, Any, Callable, Sequence

from ..datasets import load_lexicon, word_class_reader
from ..document import Document, Token
from ..errors import DatasetError
from ..matching import phrase_tokens
from ..model import Annotation
from .attribution.contents import OBJECT_PRONOUNS
from .attribution.words import DAY_NAMES, IRREGULAR_PAST, LINKING_VERBS, SOURCE_POSTMODIFIERS, WH_WORDS, follows_no_modal

#: Lexicon files read by this lens, with the category their rows produce.
LEXICONS: tuple[tuple[str, str], ...] = (("hedges", "hedge"), ("boosters", "booster"))

#: The file of the lens's word classes, in ``datasets/lexicons/``.
WORD_CLASSES = "hedging_word_classes"


#: The words of one class of the file, read on first use: ``word_class("role-nouns")``.
word_class = word_class_reader(WORD_CLASSES)


@lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    """Nouns that head an unnamed source: the nouns of role and the source nouns."""
    return word_class("role-nouns") | word_class("source-nouns")


@lru_cache(maxsize=1)
def _source_reporting_verbs() -> frozenset[str]:
    """Verbs whose subject is a source: saying, thinking, telling and calling."""
    return word_class("source-verbs") | word_class("reporting-verbs") | word_class("source-subject-verbs")


@lru_cache(maxsize=1)
def _source_cues() -> frozenset[str]:
    """The words an unnamed source can hang on (:func:`_unnamed_sources`): its verbs, a verb of
    declining, "according" and "citing"/"quoting"; other words are skipped at once."""
    return _source_reporting_verbs() | word_class("declining-verbs") | {"according", "citing", "quoting"} | _QUOTING_AS


#: Verbs whose object speaks in "quoted X as saying", "cited X as saying" (the outlet passes the words on).
_QUOTING_AS = frozenset("quoted quotes quote cited cites cite".split())


@lru_cache(maxsize=1)
def _open_question_frames() -> frozenset[str]:
    """Words after which "whether", "how", "what" ... open an indirect question."""
    return word_class("question-words") | word_class("doubt-adjectives")


#: The names the word lists had as constants of this module, read from the file on first use
#: (``hedging.REPORTING_VERBS``): each is a class, or a union of classes built as the rules use it.
_CONSTANTS: dict[str, Callable[[], frozenset[str]]] = {
    "QUANTITY_UNITS": lambda: word_class("quantity-units"),
    "TIME_WORDS": lambda: word_class("times-of-day"),
    "REPORTING_VERBS": lambda: word_class("reporting-verbs"),
    "PRESENT_REPORTING_VERBS": lambda: word_class("present-reporting-verbs"),
    "QUESTION_WORDS": lambda: word_class("question-words"),
    "SOURCE_NOUNS": lambda: word_class("source-nouns"),
    "PEOPLE_NOUNS": lambda: word_class("people-nouns"),
    "SOURCE_VERBS": lambda: word_class("source-verbs"),
    "ROLE_NOUNS": _role_nouns,
    "SOURCE_REPORTING_VERBS": _source_reporting_verbs,
    "ATTITUDE_WORDS": lambda: word_class("attitude-words"),
    "EVALUATION_NOUNS": lambda: word_class("evaluation-nouns"),
    "EVALUATIVE_ADJECTIVES": lambda: word_class("evaluative-adjectives"),
    "WIDELY": lambda: word_class("weasel-adverbs"),
}


def __getattr__(name: str) -> frozenset[str]:
    """The word lists under their former constant names (``hedging.SOURCE_VERBS``), loaded lazily."""
    if name in _CONSTANTS:
        return _CONSTANTS[name]()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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

CURRENCY = frozenset("$ £ € ¥ ₽".split())

#: Plural fractions that, joined to a number word by a hyphen, make one number token ("two-thirds",
#: "three-quarters", "nine-tenths"); "twenty-five" joins two number words.
FRACTION_WORDS = frozenset("halves thirds quarters fourths fifths sixths sevenths eighths ninths tenths".split())


def _hyphenated_number(w: str) -> bool:
    """Is ``w`` a number written as one hyphenated word: "two-thirds", "three-quarters", "one-half",
    "twenty-five"? Every part is a number word or a fraction; "half-hearted", "double-digit" are not.

    >>> _hyphenated_number("two-thirds"), _hyphenated_number("twenty-five"), _hyphenated_number("half-hearted")
    (True, True, False)
    """
    parts = w.split("-")
    return len(parts) > 1 and all(x in NUMBER_WORDS or x in FRACTION_WORDS for x in parts)

#: Markers of narrative future-in-the-past ("would later become", "would eventually win").
NARRATIVE_FUTURE = frozenset("later eventually subsequently soon afterwards thereafter go".split())

#: Adverbs of frequency after "would" that make it the "would" of a past habit ("would often end").
HABIT_ADVERBS = frozenset("often usually routinely regularly frequently sometimes always typically invariably".split())

#: Words that may stand between a group and its verb ("critics have long argued").
AUX_GAP = frozenset("have has had also long often generally widely still now do does did would may".split())

#: Heads that need a post-modifier to become a source: "people familiar with", "a person close
#: to", "those briefed on", "a member of the delegation".
RELATIONAL_HEADS = frozenset("person people persons someone those member members".split())

#: Post-modifiers that turn a relational head into an (unnamed) source.
RELATIONAL_LINKS = {
    "familiar": "with", "close": "to", "briefed": "", "with": "knowledge", "knowledgeable": "",
    "of": "",
}

#: Words that may open an unnamed-source noun phrase: indefinite articles and vague quantifiers.
#: A definite determiner ("the officials") or a possessive points back to a named group.
INDEFINITE_OPENERS = frozenset("a an one another some several many numerous various few other most two three four "
                               "five six seven eight nine ten".split())

#: Tokens that end a subject noun phrase when scanning back from its verb.
_NP_BOUNDARY = frozenset(
    ", ; : “ ” \" ( ) — – - and but or that which who while although though as because when where "
    "after before since so if unless whether".split()
)

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
    if _NUMBER_RE.search(w) or w in NUMBER_WORDS or w in word_class("times-of-day") or _hyphenated_number(w):
        return True
    if w in CURRENCY:
        return bool(_NUMBER_RE.search(_norm(toks, k + 1)))
    if w in ("a", "an", "half"):
        return _norm(toks, k + 1) in word_class("quantity-units") or _norm(toks, k + 1) in NUMBER_WORDS
    return False


def _skip_adverbs_forward(toks: Sequence[Token], k: int) -> int:
    """Index of the first token at or after ``k`` that is not an -ly adverb."""
    while k < len(toks) and _ADVERB_RE.match(toks[k].norm):
        k += 1
    return k


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
    verbs = word_class("source-verbs")
    j = k + 1
    steps = 0
    while j < len(toks) and steps < window:
        w = toks[j].norm
        if w in verbs:
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
    doc: Document | None = None  # the document, for a condition that reads the sentence before
    # what a condition read of a whole sentence, by (question, sentence index): read once, so that a
    # sentence with a hundred modals is not rescanned a hundred times
    seen: dict = field(default_factory=dict, compare=False)

    def once(self, question: str, sentence: int, answer: Callable[[], Any]) -> Any:
        """``answer()``, computed once per sentence for each question."""
        key = (question, sentence)
        if key not in self.seen:
            self.seen[key] = answer()
        return self.seen[key]


Condition = Callable[[Sequence[Token], int, int, _Context], "int | None"]


def _always(toks, i, j, ctx):
    return j


def _before_number(toks, i, j, ctx):
    """"about 300 troops", "around noon", "some $5 billion"; not "talked about sanctions"; also
    before a multiplier ("roughly double last year's figure", "nearly tripled", "almost twice as
    many": see :func:`_is_multiplier`); a plain verb of multiplying after a modal or "to" counts too
    ("could roughly double by March", "is set to nearly triple")."""
    return j if _is_number(toks, j) or _is_multiplier(toks, j, verbal=_norm(toks, i - 1) in _VERB_OPENERS) else None


#: The modal auxiliaries.
MODALS = frozenset("can could may might will would shall should must".split())
#: Words after which a bare "double", "triple" is a verb of multiplying: the modals and "to"
#: ("prices could roughly double", "exports are set to nearly triple", "will more than double").
_VERB_OPENERS = MODALS | {"to"}


#: Words after an adjective multiplier ("double", "triple") that show it multiplies an amount
#: ("double last year's figure", "double the amount", "double what it was"), besides determiners.
_MULTIPLIED = frozenset("last previous earlier current pre-war prewar".split())


def _is_multiplier(toks: Sequence[Token], k: int, verbal: bool = False) -> bool:
    """Does ``toks[k]`` multiply an amount: a word of ``multipliers`` ("twice", "threefold",
    "doubled", "tripling", "halved"), or an adjective one ("double", "triple", "treble",
    "quadruple") before a determiner, a figure of comparison ("last year's") or the end of the
    clause? An adjective before a plain noun is a kind, not an amount: "double standards", "a
    double agent"; a compound is one token ("half-hearted", "double-digit") and no multiplier.
    With ``verbal`` (a modal or "to" before the approximator) the word is the plain verb ("could
    roughly double by March") and multiplies whatever follows.

    >>> from course.document import build_document
    >>> d = build_document("roughly double last year's figure; about double standards; nearly tripled")
    >>> [_is_multiplier(d.tokens, k) for k in (1, 9, 13)]
    [True, False, True]
    """
    w = _norm(toks, k)
    if w in word_class("multipliers"):
        return True
    if w in word_class("multiplier-adjectives"):
        if verbal:
            return True
        nxt = _norm(toks, k + 1)
        return nxt in DETERMINERS or nxt in _MULTIPLIED or not nxt[:1].isalnum() or _is_number(toks, k + 1)
    return False


def _range(toks, i, j, ctx):
    """"between 600,000 and 900,000", "between six and nine hours": a range gives two bounds
    instead of a figure (Hyland 2005, approximators); not "between the two countries".

    >>> from course.document import build_document
    >>> [a.text for a in annotate(build_document("Between 600,000 and 900,000 people fled."))]
    ['Between']
    >>> [a.text for a in annotate(build_document("Talks between the two sides resumed."))]
    []
    """
    if not _is_number(toks, j):
        return None
    for k in range(j + 1, min(len(toks) - 1, j + 5)):
        if toks[k].norm == "and":
            return j if _is_number(toks, k + 1) else None
    return None


def _after_number(toks, i, j, ctx):
    """"300 or so", "a day or so": the figure comes just before."""
    prev = _norm(toks, i - 1)
    return j if prev and (_NUMBER_RE.search(prev) or prev in NUMBER_WORDS or prev.rstrip("s") in word_class("quantity-units")) else None


def _after_measure(toks, i, j, ctx):
    """"a week or more", "50 percent or more", "$5 million or more", "300 or more": a floor after a unit
    or a figure in digits. After a number word before its noun ("two or more ships", "one or more
    claims") it defines a class by a count, "at least two", and blurs no figure.

    >>> from course.document import build_document
    >>> [a.text for a in annotate(build_document("Ships wait a week or more."))]
    ['or more']
    >>> [a.text for a in annotate(build_document("Two or more ships were hit."))]
    []
    """
    prev = _norm(toks, i - 1)
    units = word_class("quantity-units") | word_class("time-span-units")
    return j if prev in units or prev.rstrip("s") in units or _NUMBER_RE.search(prev) else None


def _not_month(toks, i, j, ctx):
    """"may" is the modal unless it is capitalised mid-sentence (the month, a name: "in May",
    "Theresa May") or capitalised before a number ("May 12") or a form no modal takes ("May said
    ...", "May was ...": :func:`~course.lenses.attribution.words.follows_no_modal`)."""
    t = toks[i]
    if t.text[:1].isupper():
        if i > 0:
            return None
        if _is_number(toks, j) or j < len(toks) and follows_no_modal(toks[j]):
            return None
    return j


#: Subjects that make a "may" clause a statement about the world, not a grant ("it may", "there may").
_EXPLETIVES = frozenset("it there this that".split())


def _epistemic_may(toks, i, j, ctx):
    """"may" is the epistemic modal unless it is the month or a name (:func:`_not_month`) or it
    grants permission in a rule's words (Coates 1983; Palmer 2001: deontic "may").

    Permission needs a rule in the sentence (``rule-nouns``: "Under the agreement, each side may
    deploy ...", "..., the protocol says", or "shall" beside it, or "without permission" after
    it) and an act after "may" (not a change of state from ``non-agentive-verbs``: "Under the deal,
    prices may rise" stays a hedge; "be" counts as an act only before a participle, "observers may
    be deployed").

    >>> from course.document import build_document
    >>> d = build_document("Under the agreement, each side may deploy up to 200 observers.")
    >>> _epistemic_may(d.tokens, 6, 7, None) is None
    True
    >>> d = build_document("Under the agreement, prices may rise.")
    >>> _epistemic_may(d.tokens, 5, 6, None)
    6
    """
    if _not_month(toks, i, j, ctx) is None:
        return None
    if i > 0 and _norm(toks, i - 1) in _EXPLETIVES:
        return j
    k = j
    while k < len(toks) and _norm(toks, k) in ("not", "only", "also", "still", "then", "each", "both"):
        k += 1
    verb = _norm(toks, k)
    if verb in word_class("non-agentive-verbs"):
        return j
    if verb == "be" and not (_norm(toks, k + 1).endswith(("ed", "en")) or _norm(toks, k + 1) in ("sent", "held", "kept", "set")):
        return j
    here = toks[i].sentence
    if ctx is None:
        words = [t.norm for t in toks]
        return None if _cites_rule(words) or _asks_permission(words, j) else j
    words = ctx.once("words", here, lambda: [t.norm for t in toks])
    ruled = ctx.once("cites-rule", here, lambda: _cites_rule(words)) or _asks_permission(words, j)
    if not ruled and ctx.doc is not None:
        # a rule's terms go on in the next sentence of the paragraph ("Article 4 states that
        # prisoners shall be exchanged ... Civilians may cross the line at five points."; "Heavy
        # weapons may not enter the zone without permission. Monitors may inspect any position.")
        ruled = ctx.once("rule-before", here, lambda: _rule_in_sentence_before(ctx.doc, here))
    return None if ruled else j


def _rule_in_sentence_before(doc: Document, here: int) -> bool:
    """Does the sentence before sentence ``here``, in the same paragraph, cite a rule or ask
    permission after one of its modals?"""
    sentences = doc.sentences
    if here == 0 or sentences[here - 1].paragraph != sentences[here].paragraph:
        return False
    prev = sentences[here - 1]
    before = [t.norm for t in doc.tokens[prev.token_start : prev.token_end]]
    return _cites_rule(before) or any(
        w in ("may", "must", "shall", "cannot") and _asks_permission(before, m + 1) for m, w in enumerate(before))


#: Words that end the reach of one modal's "without permission": the next modal of the sentence
#: (its own verb group) or a semicolon.
_PERMISSION_SCOPE_END = MODALS | {"cannot", ";"}


def _asks_permission(words: list[str], j: int) -> bool:
    """Does "without" and a word of permission follow position ``j`` ("may not enter the zone
    without the approval of a joint commission"), before the next modal? In "Officials may meet next
    week, but visitors may not enter without permission", the permission belongs to the second "may"
    only; the first stays a guess.

    >>> _asks_permission("vessels may not enter without permission".split(), 2)
    True
    >>> _asks_permission("troops crossed the border without warning".split(), 2)
    False
    >>> _asks_permission("officials may meet , but visitors may not enter without permission".split(), 2)
    False
    """
    end = next((m for m in range(j, len(words)) if words[m] in _PERMISSION_SCOPE_END), len(words))
    return any(w == "without" and any(x in word_class("permission-words") for x in words[m + 1 : m + 4])
               for m, w in enumerate(words[j:end], start=j))


#: Verbs with which a text lays a rule down ("the protocol says", "Article 4 states").
_RULE_VERBS = frozenset("says states stipulates provides specifies allows permits said stated".split())


#: Participles with which "as ..." cites a rule's text ("as stated in the treaty", "as set out in the deal").
_RULE_PARTICIPLES = frozenset("stated set laid provided specified stipulated written defined foreseen agreed".split())


def _cites_rule(words: list[str]) -> bool:
    """Does a sentence (its tokens' lower-case forms) cite a rule: "under the agreement",
    "according to the agreement", "the protocol says", "Article 4", or the legal "shall"?

    >>> _cites_rule("under the new agreement , each side may deploy".split())
    True
    >>> _cites_rule("prosecutors may appeal , as stated in the extradition treaty".split())
    True
    >>> _cites_rule("according to the agreement , each side may keep".split())
    True
    >>> _cites_rule("the talks may collapse".split())
    False
    """
    rules = word_class("rule-nouns")
    return "shall" in words or any(
        w == "under" and any(x in rules for x in words[m + 1 : m + 6])
        # ("According to the agreement, which was seen by Reuters, each side may keep ...")
        or w == "according" and m + 1 < len(words) and words[m + 1] == "to" and any(x in rules for x in words[m + 2 : m + 6])
        # ("..., as stated in the extradition treaty", "As set out in the agreement, ...")
        or w == "as" and m + 2 < len(words) and words[m + 1] in _RULE_PARTICIPLES
        and any(x in rules for x in words[m + 2 : m + 7])
        or w in rules and _rule_verb_follows(words, m + 1)
        or w in ("article", "clause", "section", "paragraph") and m + 1 < len(words) and words[m + 1][:1].isdigit()
        for m, w in enumerate(words))


def _rule_cited_near(toks: Sequence[Token], i: int, reach: int = 40) -> bool:
    """Does the sentence cite a rule (:func:`_cites_rule`) within ``reach`` tokens of ``toks[i]``, a
    "should" or "must have" of duty ("Under the deal, all troops must have left the zone by Friday")?
    The window keeps a run-on text linear."""
    return _cites_rule([t.norm for t in toks[max(0, i - reach) : i + reach]])


def _rule_verb_follows(words: list[str], k: int) -> bool:
    """A verb that lays down a rule stands at ``k``, or just after an aside between commas that
    starts there ("The draft, seen by the agency, says ...": the aside names who saw the text).

    >>> _rule_verb_follows("the draft , seen by the agency , says".split(), 2)
    True
    >>> _rule_verb_follows("the draft , seen by the agency , may collapse".split(), 2)
    False
    """
    if k < len(words) and words[k] == ",":
        close = next((m for m in range(k + 1, min(len(words), k + 12)) if words[m] in (",", ".", ";", ":")), None)
        if close is None or words[close] != "," or close == k + 1:
            return False
        k = close + 1
    while k < len(words) and (words[k] in ("also", "further") or words[k].endswith("ly")):
        k += 1  # "The communique also says ...", "the text explicitly states ..."
    return k < len(words) and words[k] in _RULE_VERBS


def _not_past_ability(toks, i, j, ctx):
    """"could" is epistemic except in past ability, where it reports a fact: negated ("could not
    swim", "couldn't stop"; "could not have" stays epistemic), in a clause that opens with a
    past time ("Five years ago, the navy could keep only a handful of ships at sea", "When he was
    younger, he could run ten miles"; see :func:`_past_time_clause`), or with its verb left out
    after "everything", "all", "as ... as" ("did everything they could"; :func:`_elided_past_ability`).

    >>> from course.document import build_document
    >>> [a.text for a in annotate(build_document("Five years ago, the navy could keep only a few ships at sea."))]
    []
    >>> [a.text for a in annotate(build_document("Within five years, the navy could keep ten ships at sea."))]
    ['could']
    """
    nxt = _norm(toks, j)
    if nxt == "not" or nxt == "never" or (nxt == "n" and _norm(toks, j + 1) == "'"):
        return j if _norm(toks, j + 1) == "have" else None
    if nxt == "'" and _norm(toks, j + 1) == "t":
        return None
    if nxt not in ("have", "well", "soon", "easily", "also", "still", "now", "then", "eventually", "one") \
            and _past_time_clause(toks, i):
        return None
    if _reported_permission(toks, i, j, ctx):
        return None
    if _elided_past_ability(toks, i, j):
        return None
    return j


#: Heads of a relative or comparative clause whose "could" leaves its verb out: "did everything
#: they could", "all it could", "what it could", "as fast as they could".
_ELLIPSIS_HEADS = frozenset("everything all anything whatever what as".split())


def _elided_past_ability(toks: Sequence[Token], i: int, j: int) -> bool:
    """Is the "could" at ``toks[i]`` a past ability with its verb left out, after "everything",
    "all", "what" or "as ... as" and its subject ("Our forces did everything they could", "ran as
    fast as they could"): the clause tells what was done, a fact (Quirk et al. 1985: ellipsis of the
    verb after a modal)? With a verb after it ("everything they could find") the other rules decide,
    and a modal of the future before it keeps the guess ("would do all it could").

    >>> from course.document import build_document
    >>> _elided_past_ability(build_document("They did everything they could.").tokens, 4, 5)
    True
    >>> _elided_past_ability(build_document("They would do all they could.").tokens, 5, 6)
    False
    """
    if _norm(toks, j)[:1].isalnum() and _norm(toks, j) != "to":
        return False  # ("everything they could find": the verb is there)
    m = i - 1
    while m >= 0 and i - m <= 3 and toks[m].norm not in _ELLIPSIS_HEADS and toks[m].norm[:1].isalnum():
        m -= 1
    if m < 0 or m == i - 1 or toks[m].norm not in _ELLIPSIS_HEADS:
        return False
    return not any(t.norm in MODALS for t in toks[max(0, m - 12):m])


def _reported_permission(toks: Sequence[Token], i: int, j: int, ctx: _Context | None) -> bool:
    """Is the "could" at ``toks[i]`` a permission "can" shifted back in reported speech: a past
    verb of saying before it, outside quotation marks, and a verb of asking after it (``request-verbs``:
    "The ministry said that tankers could apply for individual exemptions" reports "tankers can
    apply")? Permission "can" is no hedge (§4), and neither is its reported past; a "could" with
    another verb stays a guess ("Officials said the strike could hit the port").

    >>> from course.document import build_document
    >>> d = build_document("The ministry said that tankers could apply for exemptions.")
    >>> _reported_permission(d.tokens, 5, 6, None)
    True
    >>> d = build_document("The ministry said that tankers could sink.")
    >>> _reported_permission(d.tokens, 5, 6, None)
    False
    """
    k = j
    while _norm(toks, k) in ("also", "still", "now", "then", "only", "each", "individually"):
        k += 1
    if _norm(toks, k) not in word_class("request-verbs"):
        return False
    if ctx is not None and toks[i].index in ctx.in_quote:
        return False
    past = _past_saying_forms()
    return any(toks[m].norm in past for m in range(max(0, i - 40), i))  # (the verb of saying governs a nearby "could")


@lru_cache(maxsize=1)
def _past_saying_forms() -> frozenset[str]:
    """Past forms of verbs of saying (not of thought) from the hedging word classes, built once."""
    return word_class("reporting-verbs") - word_class("present-reporting-verbs") - _thinking_forms()


@lru_cache(maxsize=1)
def _thinking_forms() -> frozenset[str]:
    """The forms of ``reporting_verbs.tsv`` that report a thought, a wish or a feeling, not words
    ("believed", "expected", "feared"): after them a "could" is the holder's guess, not a rule passed on."""
    return frozenset(e.phrase for e in load_lexicon("reporting_verbs") if e.get("frame") in ("cognitive", "volition", "attitude"))


#: Words after "when"/"while" ... that put the opening clause in the past ("When he was younger").
_PAST_OPENER_VERBS = frozenset("was were had did".split())


def _past_time_clause(toks: Sequence[Token], i: int) -> bool:
    """Does the clause of ``toks[i]`` open with a past time, its subject alone between ("Five years
    ago, the navy could ...", "Back then, Lorvia could ...", "When he was younger, he could ...")?

    The opener ends at a comma; after it comes a plain noun phrase of at most five words, then the
    verb at ``i``. A verb of saying or a "that" between them makes the "could" a reported guess
    ("Five years ago, analysts said the navy could block the strait"); a time ahead ("Within five
    years", "In 2030") is no past.

    >>> from course.document import build_document
    >>> d = build_document("When he was younger, he could run ten miles.")
    >>> _past_time_clause(d.tokens, 6)
    True
    >>> d = build_document("When the talks resume, he could run for office.")
    >>> _past_time_clause(d.tokens, 6)
    False
    """
    comma = i - 1
    while comma >= 0 and toks[comma].text != "," and i - comma <= 6:
        w = toks[comma].norm
        if not (w.replace("-", "").replace("'", "").isalpha() or w in ("'", "’")) or w in ("that", "which", "who") \
                or w in AUXILIARIES \
                or w in word_class("reporting-verbs"):
            return False
        comma -= 1
    if comma <= 0 or toks[comma].text != "," or comma == i - 1:
        return False
    opener = [t.norm for t in toks[:comma]]
    if any(w in (",", ";", ":", "“", "”", '"') for w in opener):
        return False  # only the sentence's first clause: "..., and five years ago, ..."
    if opener[-1] == "ago" or opener in (["back", "then"], ["at", "the", "time"], ["in", "those", "days"],
                                         ["in", "the", "past"], ["until", "recently"]):
        return True
    if opener[0] in ("before", "until", "till") and 2 <= len(opener) <= 6:
        return _past_time_phrase(opener[1:])
    if opener[0] in ("in", "during") and 2 <= len(opener) <= 3 and _YEAR_RE.match(opener[-1]):
        return True  # "In 2019, the navy could ...", "In early 2019," (a year ahead takes "by": "By 2030, ...")
    return opener[0] in ("when", "while", "as") and len(opener) <= 8 and any(w in _PAST_OPENER_VERBS for w in opener[1:])


def _past_time_phrase(words: list[str]) -> bool:
    """Do ``words``, after "before" or "until" at the head of a sentence, name a past time: "last
    year", a year, or a noun phrase of an event ("the sanctions", "the war", "the 2014 crisis"), not
    a clause of its own ("the talks resume": a plural noun and a present verb) nor a time ahead
    ("next year", "the end of the month" stays open)?

    >>> _past_time_phrase("the sanctions".split()), _past_time_phrase("last year".split())
    (True, True)
    >>> _past_time_phrase("the talks resume".split()), _past_time_phrase("next year".split())
    (False, False)
    """
    first = words[0]
    if first in ("next", "now", "further") or any(w in AUXILIARIES or w in ("end", "coming", "next") for w in words):
        return False
    if first in ("last", "then") or _YEAR_RE.match(first):
        return True
    if first not in DETERMINERS:
        return False
    # a plural noun followed by a word that is not a preposition or a past form is a clause: "the talks resume"
    return not any(a.endswith("s") and not b.endswith("ed") and b not in PREPOSITIONS
                   for a, b in zip(words[1:], words[2:]))




@lru_cache(maxsize=1)
def _reporting_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The forms of ``reporting_verbs.tsv`` that report speech in every verbal use (frame speech:
    "made clear", "urged", "reiterated") and the past tense of the verbs that need a reporting
    frame ("cautioned", "stated"; not "state" or "ruling", which are nouns as often), as token
    tuples by first token."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for e in load_lexicon("reporting_verbs"):
        if e.get("frame") == "speech" or e.get("frame") in ("ambiguous", "cognitive") and e.phrase.endswith("ed") \
                and " " not in e.phrase:
            words = phrase_tokens(e.phrase)
            out.setdefault(words[0], set()).add(words)
    return {w: tuple(sorted(v, key=len, reverse=True)) for w, v in out.items()}


def _reporting_phrase_at(toks, k) -> bool:
    """Does a reporting verb of the lexicon start at ``toks[k]`` ("made clear that ...")?"""
    for words in _reporting_phrases().get(toks[k].norm, ()):
        if tuple(t.norm for t in toks[k:k + len(words)]) == words:
            return True
    return False


def _not_reported_speech(toks, i, j, ctx):
    """"would" is an epistemic hedge ("That would be a mistake") except:

    - reported speech or thought: a saying/thinking verb in the same sentence, before or after
      ("He said Russia would respond", "Russia would respond, Lavrov said"): the tense only
      follows the reporting verb (future-in-the-past). After a present one ("Trump says he would
      pay for it") nothing is shifted back, and inside quotation marks there is no such shift
      either: the "would" is the speaker's own modal and stays a hedge;
    - the consequence of a condition in the same sentence ("if ..., it would ...", "Moscow
      would respond if attacked", "... would allow ships to leave as long as they are inspected"):
      the condition is already the hedge; likewise inside an open question ("unclear whether a decision
      would be taken", "uncertain how the council would vote"): the question is the hedge;
    - narrative future-in-the-past ("would later become", "in 1983 he would ...");
    - the "would" of a past habit, with an adverb of frequency ("would often end in a shouting
      match") or in a clause that opens with a past time ("When he was younger, he would walk ...",
      :func:`_past_time_clause`).
    """
    quoted = toks[i].index in ctx.in_quote
    frames, present_verbs = _open_question_frames(), word_class("present-reporting-verbs")
    reporting = word_class("reporting-verbs")
    for k in range(len(toks)):
        w = toks[k].norm
        # (an inverted "Should" opening the sentence or a quotation is an "if": '“Should either side
        # ignore it, the cost would be enormous”')
        inverted_should = w == "should" and (k == 0 or _norm(toks, k - 1) in ("“", '"')) and toks[k].text[:1] == "S"
        if k < i and (w in ("if", "unless", "whether") or inverted_should or _YEAR_RE.match(w)):
            return None
        follows = w in ("if", "unless", "provided", "providing") or (w, _norm(toks, k + 1)) in (("in", "case"), ("so", "long")) \
            or w == "as" and _norm(toks, k + 1) == "long" and _norm(toks, k + 2) == "as" \
            or w == "on" and _norm(toks, k + 1) == "condition" and _norm(toks, k + 2) == "that"
        if k > i and follows and not any(t.text in (":", ";", "—", "–") or t.norm == "would" for t in toks[i + 1:k]):
            return None  # the condition may follow in the same clause: "Moscow would respond if attacked"
        if k < i and w in WH_WORDS and (_norm(toks, k - 1) in frames or _norm(toks, k - 1) in _asking_verbs()):
            return None  # ("wouldn't say when the results would be published": inside the withheld question)
        present = w in present_verbs and not (k > 0 and toks[k - 1].norm == "to") \
            and not (k > 1 and toks[k - 1].norm in ("not", "never") and toks[k - 2].norm in ("did", "had"))
        # ("was to say"; "did not say which goods would be targeted" is past)
        # (a raising frame reports no clause: in "is thought to use solid fuel, which would allow
        # it ...", the "would" is the writer's)
        raising = k > 0 and toks[k - 1].norm in BE_FORMS and _norm(toks, k + 1) == "to"
        # (a noun of speech after the "would", with its determiner, reports nothing of the would's
        # clause: "It would be a mistake to ignore the warning")
        noun_after = k > i and toks[k - 1].norm in DETERMINERS - {"that", "which", "what", "whose"}
        if not quoted and k != i and not present and not raising and not noun_after \
                and (w in reporting or _reporting_phrase_at(toks, k)) and not (k > i and _later_clause(toks, i, k)):
            return None
        # a past verb of judging, estimating or ruling with its that-clause: "the service assessed in
        # a classified estimate that Tarsk would ...", "ruling that he would face ..."
        # ... or a past adjective of certainty with its that-clause: "officials were less confident that
        # the deal would hold" (their thought, shifted back)
        certain = w in word_class("certainty-adjectives") and any(t.norm in ("was", "were", "been") for t in toks[max(0, k - 3):k])
        judged = w in word_class("verdict-verbs") or certain and _that_after_comparison(toks, k + 1)
        if k < i and judged and "that" in (t.norm for t in toks[k + 1:i]) \
                and not any(t.norm == "would" or t.text in (";", ":") for t in toks[k + 1:i]):
            return None
        # ... also when "that" is left out: "officials were less sure the two sides would agree"
        if k < i and certain and _bare_clause(toks, k + 1, i):
            return None
    k = j
    while k < len(toks) and _ADVERB_RE.match(toks[k].norm) and toks[k].norm not in ("likely", "probably"):
        k += 1
    if _norm(toks, k) in NARRATIVE_FUTURE or _norm(toks, j) in NARRATIVE_FUTURE:
        return None
    # a past habit: "the talks would often end in a shouting match", "When he was younger, he would
    # walk to the border every morning" (Quirk et al. 1985: "would" of habit in the past)
    if _norm(toks, j) in HABIT_ADVERBS or _past_time_clause(toks, i):
        return None
    # a refusal: "would not accept a buffer zone" declares a will, it does not guess
    if _norm(toks, j) in ("not", "n't", "never") and _norm(toks, j + 1) in word_class("refusal-verbs") \
            and not _first_person_claim(toks, i, j + 1):
        return None
    # ... and so does a negative subject: "Neither would say how large", "None of the officials would
    # say", "Nobody would say whether" (but "No one would say the plan had failed" judges a clause)
    if _norm(toks, j) in word_class("refusal-verbs") and _negative_subject(toks, i) \
            and not (_norm(toks, j) in word_class("reporting-verbs") and _clause_after(toks, j)):
        return None
    # a wish of the speaker's own, a polite refusal: "I wouldn't want to give a date"
    if _norm(toks, i - 1) in ("i", "we") and _norm(toks, j + (_norm(toks, j) == "not")) in ("want", "wish", "care"):
        return None
    # a statement made, limited to what follows: "would only say that ...", "would say only that":
    # the past of a restricted "will say", not a guess (the first person "I would only say" stays one)
    if _restricted_saying(toks, i, j):
        return None
    # ... and "would not rule out" is one hedge, the verb group of "not rule out"
    if _norm(toks, j) in ("not", "n't", "never") and _norm(toks, j + 1) == "rule":
        return None
    # a relative clause that says what a draft or a plan would have done ("vetoed a resolution that
    # would have extended aid"): a counterfactual description, not the writer's guess
    if _norm(toks, i - 1) in ("that", "which") and _norm(toks, k) == "have":
        return None
    return j


#: Words that make a subject negative: "Neither would say", "None of the officials", "Nobody", "No one".
_NEGATIVE_SUBJECTS = frozenset("neither none nobody no nor".split())


@lru_cache(maxsize=1)
def _asking_verbs() -> frozenset[str]:
    """Verbs of saying, telling and finding out after which "when", "whether", "how" ... open a
    reported question ("wouldn't say when", "did not confirm whether", "would not specify how"): a
    "would" inside it is the tense of the question, not a guess."""
    return word_class("refusal-verbs") | word_class("finding-out-verbs") | word_class("reporting-verbs")


#: Words that open a new coordinate clause after a comma (", but several lawmakers said ...").
_COORDINATORS = frozenset("but and or while whereas although though yet".split())


def _later_clause(toks: Sequence[Token], i: int, k: int) -> bool:
    """Is the verb at ``toks[k]`` in a later coordinate clause than the "would" at ``toks[i]``: a
    semicolon, or a comma and a coordinator ("but", "and", "while" ...), between them? Such a verb
    reports its own clause ("No one would say the government had lost its majority, but several
    lawmakers said privately it had"), not the "would"; an inverted cue after a plain comma ("Russia
    would respond, Lavrov said") still does.

    >>> from course.document import build_document
    >>> d = build_document("No one would say it had failed, but officials said it had.")
    >>> _later_clause(d.tokens, 2, 10)
    True
    >>> d = build_document("Russia would respond, Lavrov said.")
    >>> _later_clause(d.tokens, 1, 5)
    False
    """
    return any(toks[m].text == ";" or toks[m].text == "," and _norm(toks, m + 1) in _COORDINATORS
               for m in range(i + 1, k))


def _that_after_comparison(toks: Sequence[Token], k: int) -> bool:
    """Does "that" open a clause at ``toks[k]``, or just after a comparison "than ..." of at most five
    words without punctuation ("less confident than the minister that the halt would be short")?

    >>> from course.document import build_document
    >>> d = build_document("less confident than the minister that the halt would be short")
    >>> _that_after_comparison(d.tokens, 2)
    True
    >>> _that_after_comparison(build_document("less confident than ever, and that").tokens, 2)
    False
    """
    if _norm(toks, k) == "that":
        return True
    if _norm(toks, k) != "than":
        return False
    for m in range(k + 1, min(len(toks), k + 7)):
        w = toks[m].norm
        if w == "that":
            return m > k + 1
        if not w[:1].isalnum():
            return False
    return False


def _bare_clause(toks: Sequence[Token], a: int, i: int) -> bool:
    """Does a content clause without "that" run from ``toks[a]`` to the "would" at ``toks[i]``, its
    finite verb: a subject of at most six words that opens with a determiner, a subject pronoun or a
    name, with no punctuation, preposition or other verb before the "would" ("less sure the two
    delegations would agree")? English may leave the "that" of a content clause out (Huddleston &
    Pullum 2002, §11.3); a preposition after the adjective ("less sure of victory") opens no clause.

    >>> from course.document import build_document
    >>> _bare_clause(build_document("less sure the two delegations would agree").tokens, 2, 5)
    True
    >>> _bare_clause(build_document("less sure of the plan that would follow").tokens, 2, 6)
    False
    """
    if not 0 < i - a <= 6:
        return False
    head = toks[a]
    if not (head.norm in DETERMINERS or head.norm in _SUBJECT_PRONOUNS or head.text[:1].isupper()) \
            or head.norm in WH_WORDS or head.norm == "that":
        return False
    return all(t.norm[:1].isalnum() and t.norm not in AUXILIARIES and t.norm not in PREPOSITIONS
               and t.norm not in ("that", "which", "who") for t in toks[a + 1:i])


def _negative_subject(toks: Sequence[Token], i: int) -> bool:
    """Is the subject of the "would" at ``toks[i]`` negative: a word of :data:`_NEGATIVE_SUBJECTS`
    among the (at most five) words of its clause just before it ("Neither would", "Neither side
    would", "None of the officials would", "Nobody would")?

    >>> from course.document import build_document
    >>> _negative_subject(build_document("None of the officials would say").tokens, 4)
    True
    >>> _negative_subject(build_document("The two men would say").tokens, 3)
    False
    """
    k = i - 1
    while k >= 0 and i - k <= 5 and toks[k].norm[:1].isalnum():
        if toks[k].norm in _NEGATIVE_SUBJECTS:
            return True
        if toks[k].norm in ("that", "and", "but", "who", "which") or toks[k].norm in AUXILIARIES:
            return False
        k -= 1
    return False


def _clause_after(toks: Sequence[Token], v: int) -> bool:
    """Does a full clause follow the verb of saying at ``toks[v]`` (so that "would not say" states it
    with care instead of refusing)? A refusal takes an open question or a topic ("would not say
    whether", "wouldn't comment on the report", or nothing); a clause opens with "that" and a word, a
    subject pronoun, or a noun phrase whose finite verb ("is", "are", "was", a modal) comes within
    six words.

    >>> from course.document import build_document
    >>> _clause_after(build_document("say the numbers are meaningless").tokens, 0)
    True
    >>> _clause_after(build_document("say whether the numbers are meaningless").tokens, 0)
    False
    """
    nxt = _norm(toks, v + 1)
    if nxt in WH_WORDS or nxt in PREPOSITIONS or not nxt[:1].isalnum():
        return False
    if nxt == "that":
        return _norm(toks, v + 2)[:1].isalnum()
    if nxt in ("he", "she", "they", "we", "it", "i", "you", "there", "so"):
        return True  # ("I wouldn't say so": "so" stands for the clause)
    for k in range(v + 2, min(len(toks), v + 8)):
        w = toks[k].norm
        if not w[:1].isalnum():
            return False
        if w in AUXILIARIES:
            return True
    return False


def _first_person_claim(toks: Sequence[Token], i: int, v: int) -> bool:
    """Is "would not say" at ``toks[i]`` (its verb at ``v``) the first person's hedge "I wouldn't say
    the numbers are meaningless", not a refusal?

    A refusal takes an open question or a topic ("would not say whether", "would not say when",
    "wouldn't comment on the report", or nothing: "he wouldn't say"); a speaker who puts a full clause
    after "I/we would not say" states that clause with care, as "I would say" does. The clause opens
    with "that" and a word, a subject pronoun, or a noun phrase whose finite verb ("is", "are",
    "was", a modal) comes within six words.

    >>> from course.document import build_document
    >>> d = build_document("I would not say the numbers are meaningless.")
    >>> _first_person_claim(d.tokens, 1, 3)
    True
    >>> d = build_document("I would not say whether the numbers are meaningless.")
    >>> _first_person_claim(d.tokens, 1, 3)
    False
    """
    if _norm(toks, i - 1) not in ("i", "we") or _norm(toks, v) not in word_class("reporting-verbs"):
        return False
    return _clause_after(toks, v)


#: Focus adverbs that restrict what a speaker said to what follows ("would only say that").
_RESTRICTING = frozenset("only merely simply just".split())


def _restricted_saying(toks: Sequence[Token], i: int, j: int) -> bool:
    """Is the "would" at ``toks[i]`` the head of "would only say", "would say only", "would merely
    confirm" (a statement made, limited to its words), with a subject other than "I" or "we"?

    >>> from course.document import build_document
    >>> d = build_document("A spokesman would only say that all options remain open.")
    >>> _restricted_saying(d.tokens, 2, 3)
    True
    >>> d = build_document("I would only say that all options remain open.")
    >>> _restricted_saying(d.tokens, 1, 2)
    False
    """
    if _norm(toks, i - 1) in ("i", "we"):
        return False
    k, restricted = j, False
    if _norm(toks, k) in _RESTRICTING:
        k, restricted = k + 1, True
    if k >= len(toks) or not (toks[k].norm in word_class("reporting-verbs") or _reporting_phrase_at(toks, k)):
        return False
    return restricted or _norm(toks, k + 1) in _RESTRICTING


#: Words after a verb of happening that show it takes no object: time adverbs and "this"/"next"
#: before a unit of time ("should conclude this week"); prepositions and punctuation count too.
_TIME_ADVERBS = frozenset("soon shortly later today tomorrow tonight early late again".split())
#: "take" and "last" take a length ("should take several weeks", "should not take long") or
#: form a fixed phrase of happening ("should take effect", "should take place").
_LENGTH_OBJECTS = frozenset("long longer time effect place".split())


def _no_object(toks: Sequence[Token], k: int, verb: str) -> bool:
    """Does the verb of happening at ``toks[k]`` (its form ``verb``) stand without an object, so that
    it tells what will happen rather than what someone ought to do ("the talks should conclude by
    Friday", "the truce should hold"; but "should end its blockade", "should hold elections")?"""
    m = _skip_adverbs_forward(toks, k + 1)
    nxt, after = _norm(toks, m), _norm(toks, m + 1)
    if not nxt[:1].isalnum() or nxt in PREPOSITIONS or nxt in _TIME_ADVERBS or nxt in DAY_NAMES:
        return True
    if nxt in ("this", "next", "that") and (after in word_class("time-span-units") or after in DAY_NAMES):
        return True  # ("should conclude this week", "should arrive next Monday")
    if verb in word_class("length-verbs"):
        return nxt in _LENGTH_OBJECTS or _is_number(toks, m) or nxt in word_class("time-span-units") \
            or nxt in ("a", "an", "several", "some", "few", "many", "another") and (
                after in word_class("time-span-units") or _norm(toks, m + 2) in word_class("time-span-units"))
    return False


#: Nouns after "come into" or "come to a(n)" that make "come" the happening of an event: "should come
#: into force", "should come to an end"; any other goal is a place a party is asked to go to.
_HAPPENING_GOALS = frozenset("force effect operation being end halt close standstill normal".split())

#: Verbs of motion whose goal after "to"/"into" may be a place a party is asked to go to.
_MOTION_VERBS = frozenset("come comes return returns".split())


def _goal_of_motion(toks: Sequence[Token], k: int, verb: str) -> bool:
    """Does "come" or "return" at ``toks[k]`` (its form ``verb``) take a goal its subject moves to, so
    that it names a move someone ought to make ("Both sides should **come to the table**", "should come
    to Geneva", "should return to the talks") and not the happening of an event ("should come into
    force", "should come to an end", "should return to normal")?

    >>> from course.document import build_document
    >>> _goal_of_motion(build_document("Both sides should come to the table.").tokens, 3, "come")
    True
    >>> _goal_of_motion(build_document("The talks should come to an end.").tokens, 3, "come")
    False
    """
    if verb not in _MOTION_VERBS:
        return False
    m = _skip_adverbs_forward(toks, k + 1)
    if _norm(toks, m) not in ("to", "into"):
        return False
    goal = m + 2 if _norm(toks, m + 1) in ("a", "an") else m + 1
    return _norm(toks, goal) not in _HAPPENING_GOALS


def _epistemic_should(toks, i, j, ctx):
    """"should" of expectation, a guess that something will happen or be so (Coates 1983; Huddleston
    & Pullum 2002: medium-strength epistemic modality): the talks **should** conclude by Friday, the
    figures **should** be available next week, the truce **should** hold. It has no agent to oblige:
    its verb is one of happening, ending or lasting with no object (``expectation-verbs``; "come"
    with no goal a party moves to, :func:`_goal_of_motion`), or "be" with a word of readiness or
    completion (``expectation-states``), also after "not" and "have"
    ("should not take long", "should have arrived by now"). The deontic "should" of advice or duty
    ("Moscow should withdraw its troops", "should hold elections"), a "should" in a clause of
    demand or proposal ("insisted that the talks should resume", class ``mandative-words``) and one
    in a rule's words ("Under the deal, elections should take place by June") are no hedge.

    >>> from course.document import build_document
    >>> [a.text for a in annotate(build_document("The talks should conclude by Friday."))]
    ['should']
    >>> [a.text for a in annotate(build_document("Moscow should withdraw its troops."))]
    []
    """
    k = _skip_adverbs_forward(toks, j)
    if _norm(toks, k) in ("not", "never", "n't"):
        k = _skip_adverbs_forward(toks, k + 1)
    if _norm(toks, k) == "have":
        k = _skip_adverbs_forward(toks, k + 1)
    verb = _norm(toks, k)
    if verb in ("be", "been"):
        m = _skip_adverbs_forward(toks, k + 1)
        # ("should be ready to learn" advises; "should be ready by March" expects)
        expected = _norm(toks, m) in word_class("expectation-states") and not (_norm(toks, m) == "ready" and _norm(toks, m + 1) == "to")
    else:
        expected = verb in word_class("expectation-verbs") and _no_object(toks, k, verb) \
            and not _goal_of_motion(toks, k, verb)
    if not expected:
        return None
    if any(t.norm in word_class("mandative-words") for t in toks[max(0, i - 12):i]):
        return None  # ("demanded that the talks should resume at once": a demand)
    if _rule_cited_near(toks, i):
        return None  # a duty in a rule's words: "Under the deal, elections should take place by June"
    return j


def _inverted_conditional(toks, i, j, ctx):
    """"Should the talks fail, ...": "should" opening a clause, before its subject, means "if";
    also at the head of a quoted sentence ('"Should they try to slip tanks back in, the deal
    collapses," he said.'), but not a quoted fragment that starts with the modal ('said the talks
    "should resume"').
    """
    prev = _norm(toks, i - 1)
    opens_quote = prev in ("“", '"', "‘", "(") and toks[i].text[:1].isupper()  # '"Should they try ..., the deal collapses"'
    if i > 0 and prev not in (",", ";", ":", "and", "but", "or", "—", "-") and not opens_quote:
        return None
    if prev == "," and _closes_relative(toks, i - 1):
        return None  # the verb of the subject before the aside: "The convoy, which is made up of 40 trucks, should arrive"
    nxt = _norm(toks, j)
    if not nxt or not nxt[0].isalpha() or nxt in ("be", "have", "not", "also", "never", "always", "only", "n", "we", "i", "you"):
        return None
    return j


_RELATIVE_PRONOUNS = frozenset("which who whose whom where".split())


def _closes_relative(toks: Sequence[Token], c: int) -> bool:
    """Does the comma at ``toks[c]`` close a relative clause set off by commas ("The aid convoy,
    **which** is made up of 40 trucks, should ...")? The clause opens just after the comma before it
    in the sentence.

    >>> from course.document import build_document
    >>> _closes_relative(build_document("The convoy, which has 40 trucks, should arrive").tokens, 7)
    True
    >>> _closes_relative(build_document("It is tense, but should the talks fail").tokens, 3)
    False
    """
    for m in range(c - 1, max(-1, c - 30), -1):
        if toks[m].text in (",", ";", ":"):
            return _norm(toks, m + 1) in _RELATIVE_PRONOUNS
    return False


def _condition_clause(toks, i, j, ctx):
    """"provided Kalvan accepts inspections", "as long as they withdraw", "as long as there is hope"
    (an existential "there" and a form of "be"): the word opens a clause
    with its own subject and verb; not the verb "provided Kalvan with weapons", "provided aid". A
    plain plural noun may be the subject too ("as long as rebel forces did the same"; see
    :func:`_plural_subject_clause`)."""
    subj = toks[j] if j < len(toks) else None
    if subj is None or _norm(toks, i - 1) in AUXILIARIES:
        return None
    if not (subj.norm in ("they", "it", "he", "she", "we", "you", "i", "the", "both", "all", "neither", "either", "each",
                          "no", "its", "their", "there")
            or subj.text[:1].isupper() and subj.text[1:2].islower()):
        return _plural_subject_clause(toks, i, j)
    k = j + 1
    while k < len(toks) and k <= j + 3 and toks[k].text[:1].isupper():
        k += 1  # a name of several words: "provided South Korea agrees"
    if subj.norm in ("the", "both", "all", "neither", "either", "each", "no", "its", "their") and k < len(toks):
        k += 1  # "provided the sides agree", "as long as neither side moves troops"
    verb = _norm(toks, k)
    if _norm(toks, i) == "as" and verb in ("can", "could"):
        return None  # a degree, not a condition: "waited as long as I could"
    if verb in ("will", "would", "can", "could", "does", "do", "did", "is", "are", "was", "were", "has", "have") \
            or verb.endswith("s") and not verb.endswith("ss") or verb.endswith("ed") or verb in IRREGULAR_PAST:
        return j  # ("as long as Tarsk withdrew its artillery", "provided Lorvia kept its promise")
    if subj.norm in ("they", "we", "you", "i", "the", "both", "all") and verb.isalpha() and verb not in PREPOSITIONS \
            and verb not in DETERMINERS:
        return j  # "provided they withdraw", "provided the sides agree"
    if subj.norm in ("the", "its", "their", "both", "all", "no"):
        # a longer subject: "provided the details of a monitoring mechanism can be settled"
        for m in range(k, min(len(toks), j + 10)):
            w = _norm(toks, m)
            if not w[:1].isalnum():
                break
            if w in ("will", "would", "can", "could", "is", "are", "was", "were", "has", "have", "does", "do", "did"):
                return j
    return None


def _plural_subject_clause(toks: Sequence[Token], i: int, j: int) -> int | None:
    """"as long as rebel forces did the same", "provided aid workers reach the town": a plain plural
    noun phrase of one to three lower-case words (its last word a noun in -s), then a verb.

    >>> from course.document import build_document
    >>> d = build_document("as long as rebel forces did the same")
    >>> _plural_subject_clause(d.tokens, 0, 3)
    3
    >>> d = build_document("as long as ten hours")
    >>> _plural_subject_clause(d.tokens, 0, 3) is None
    True
    """
    for k in range(j, min(len(toks), j + 3)):
        w = toks[k].norm
        if not (w.isalpha() and toks[k].text.islower()) or w in DETERMINERS or w in PREPOSITIONS \
                or w in NUMBER_WORDS or w in AUXILIARIES:
            return None
        if w.endswith("s") and not w.endswith("ss"):
            verb = _norm(toks, k + 1)
            if verb.isalpha() and verb not in PREPOSITIONS and verb not in DETERMINERS and verb not in ("and", "or"):
                return j
            return None
    return None


def _before_to_or_that(toks, i, j, ctx):
    """"appears to be", "it appears that", "appears set to veto", and "appear" as a linking verb with
    an adjective ("Neither side appears willing to back down", "The envoy appeared very tired":
    it reports an impression, as "seems willing" does; Quirk et al. 1985, copular verbs of seeming);
    not "appeared on television", "appeared in court", "appeared live" (coming into view).

    >>> from course.document import build_document
    >>> [a.text for a in annotate(build_document("The rebels appear willing to back down."))]
    ['appear']
    >>> [a.text for a in annotate(build_document("The envoy appeared in court."))]
    []
    """
    if _norm(toks, j) in ("set", "poised", "ready", "likely", "determined", "keen") and _norm(toks, j + 1) == "to":
        return j  # (the span stays the verb group: "appears")
    if _norm(toks, j) in ("to", "that"):
        return j
    if _norm(toks, i - 1) in ("to", "that", "who", "which"):
        return None  # "in order not to appear weak", "any vessel that appears damaged": an impression
        # sought or a description that picks out a referent, no claim hedged
    return j if _adjective_complement(toks, j) else None


#: Adverbs of degree that may stand between "appear" and its adjective ("appears increasingly isolated").
_LINKING_DEGREE_ADVERBS = frozenset("very so quite too rather increasingly".split())
#: Endings of adjectives that may stand as the complement of a linking verb ("appeared nervous",
#: "appears defensive", "appeared hesitant", "appeared sceptical", "appeared unconvinced").
_ADJECTIVE_ENDINGS = ("ous", "ive", "ful", "less", "able", "ible", "ant", "ent", "ical", "ed")


def _adjective_complement(toks: Sequence[Token], j: int) -> bool:
    """Does an adjective phrase open at ``j``: an adjective of ``appearance-complements`` or a
    lower-case word with an adjective's ending (longer than five letters, not "need"/"proceed"),
    after at most one adverb of degree (``_LINKING_DEGREE_ADVERBS``: "very", "increasingly")?

    >>> from course.document import build_document
    >>> _adjective_complement(build_document("appears increasingly isolated").tokens, 1)
    True
    >>> _adjective_complement(build_document("appeared briefly on television").tokens, 1)
    False
    """
    if _is_adjective(toks, j):
        return True
    return j < len(toks) and toks[j].norm in _LINKING_DEGREE_ADVERBS and _is_adjective(toks, j + 1)


def _is_adjective(toks: Sequence[Token], k: int) -> bool:
    """Is the token at ``k`` a lower-case adjective, by ``appearance-complements`` or its ending?"""
    if k >= len(toks) or not toks[k].text.isalpha() or not toks[k].text.islower():
        return False
    word = toks[k].norm
    if word in word_class("appearance-complements"):
        return True
    return len(word) > 5 and word.endswith(_ADJECTIVE_ENDINGS) and not word.endswith("eed")


#: Rows of ``before-that`` that are verbs as often as nouns ("Lorvia feared that was the end").
_VERB_OR_NOUN = frozenset("feel feels felt fears feared".split())


def _before_that(toks, i, j, ctx):
    """"felt that", "fears that", "the view that": a verb of feeling or a noun of belief with its
    content clause. After a noun, a "that" followed at once by a verb opens a relative clause about
    the noun, not its content: "in an advisory opinion that is widely seen as a setback" names the
    court's document, while "the opinion that the line is fair" gives the opinion.

    >>> from course.document import build_document
    >>> [a.text for a in annotate(build_document("It gave an advisory opinion that is widely seen as a setback."))]
    ['is widely seen as']
    >>> [a.text for a in annotate(build_document("He holds the opinion that the line is fair."))]
    ['opinion']
    """
    if _norm(toks, j) != "that":
        return None
    nxt = _norm(toks, j + 1)
    verb_after = nxt in AUXILIARIES or nxt in IRREGULAR_PAST or nxt.endswith("ed") and len(nxt) > 3 and toks[j + 1].text.islower()
    noun = toks[i].norm not in _VERB_OR_NOUN or i == 0 or any(
        _norm(toks, m) in DETERMINERS or _norm(toks, m) in PREPOSITIONS for m in (i - 1, i - 2) if m >= 0)
    return None if noun and verb_after else j


def _not_proposal(toks, i, j, ctx):
    """"suggests that", "the data suggest a link"; not a proposal with an -ing form ("suggested
    holding the next round in Geneva") or with a noun of a meeting or a step as its object ("suggested
    a meeting in a neutral country", class ``proposal-objects``), which puts forward a plan, not a
    tentative conclusion."""
    k = _skip_adverbs_forward(toks, j)
    nxt = _norm(toks, k)
    if nxt.endswith("ing") and len(nxt) > 4 and toks[k].text.islower():
        return None
    while _norm(toks, k) in ("a", "an", "the", "new", "fresh", "further", "another", "direct", "secret", "informal"):
        k += 1
    # (a verb after the noun makes it a clause's subject: "the data suggest talks are under way")
    after = _norm(toks, k + 1)
    proposal = k > j or _norm(toks, k) == "talks"
    clause = after in AUXILIARIES or after.endswith("ed") or after.endswith("s") and after != "as"
    return None if proposal and _norm(toks, k) in word_class("proposal-objects") and not clause else j


#: Irregular past participles ("must have known"); regular ones end in -ed.
_IRREGULAR_PARTICIPLES = frozenset("""been known seen taken given done gone made heard felt thought had got gotten
    told said found understood meant lost won left begun become come run written spoken broken chosen
    forgotten hidden shown drawn grown thrown flown kept sent spent built brought bought caught taught""".split())


def _not_schedule(toks, i, j, ctx):
    """"is supposed to have said", "the supposed plot": something claimed, not confirmed; not
    the plan or duty of "the talks were supposed to begin on Monday"."""
    if _norm(toks, j) != "to":
        return j
    return j if _norm(toks, j + 1) in ("be", "have", "exist") else None



def _before_stance(toks, i, j, ctx):
    """"firmly opposes", "strongly condemns", "categorically rejects": the intensifier raises the
    force of a stance; "respond firmly" describes how an act is done (the escalation lens's)."""
    return j if _norm(toks, j) in word_class("stance-verbs") else None


def _before_participle(toks, i, j, ctx):
    """"must have known", "must have been": a conclusion about the past; not the obligation
    "must have a valid visa", nor a duty laid down in a rule's words, which sets a deadline and
    concludes nothing ("Under the deal, all troops must have left the zone by Friday"; the rule is
    found as for the permission "may", :func:`_cites_rule`).

    >>> from course.document import build_document
    >>> [a.text for a in annotate(build_document("Under the deal, all troops must have left the zone by Friday."))]
    []
    """
    nxt = _norm(toks, _skip_adverbs_forward(toks, j))
    if not (nxt in _IRREGULAR_PARTICIPLES or (nxt.endswith("ed") and len(nxt) > 3)):
        return None
    return None if _rule_cited_near(toks, i) else j


#: Words that close the clause of a "must be" when looking for its "by now".
_CLAUSE_BREAKS = frozenset(", ; : . ! ? — – and but while although because".split())
#: How far after "must be" its "by now" is looked for.
_INFERENCE_REACH = 10
#: Words after an adjective of state that set a deadline or an order of steps: a duty ("must be
#: rested before the flight", "must be exhausted first").
_DEADLINE_WORDS = frozenset("by before until till first".split())
#: Adverbs of degree without -ly that may stand before an adjective of state ("must be very tired").
_DEGREE_ADVERBS = frozenset("very so quite too rather pretty".split())
#: How many words after an existential "there must be" its noun of error is looked for.
_EXISTENTIAL_REACH = 4


def _inferred_state(toks, i, j, ctx):
    """"must be" of a conclusion about the present (Coates 1983; Palmer 2001: deductive "must"): a
    progressive follows ("they **must be** running out of fuel"), "by now" closes its clause
    ("the convoy **must be** near the border by now"), an adjective of a state that befalls people
    follows (:func:`_inferred_feeling`: "the crews **must be** exhausted"), or an existential
    "there" finds a mistake (:func:`_inferred_existence`: "there **must be** a mistake in the
    figures"). Not a duty: a passive ("must be withdrawn"), a requirement ("Elections must be free
    and fair"), a deadline ("must be ready by Friday"), a demand ("There must be an inquiry"), nor a
    duty in a sentence that cites a rule (:func:`_rule_cited_near`).

    >>> from course.document import build_document
    >>> [a.text for a in annotate(build_document("The convoy must be near the border by now."))]
    ['must be']
    >>> [a.text for a in annotate(build_document("The convoy must be at the border by Friday."))]
    []
    """
    after = _skip_adverbs_forward(toks, j)
    nxt = toks[after] if after < len(toks) else None
    progressive = nxt is not None and nxt.text.islower() and nxt.norm.endswith("ing") \
        and len(nxt.norm) > 4 and nxt.norm != "being" and not nxt.norm.endswith("thing")  # ("something done")
    by_now = False
    for k in range(j, min(len(toks) - 1, j + _INFERENCE_REACH)):
        if toks[k].norm in _CLAUSE_BREAKS:
            break
        if toks[k].norm == "by" and toks[k + 1].norm == "now":
            by_now = True
            break
    if not (progressive or by_now or _inferred_feeling(toks, i, j) or _inferred_existence(toks, i, j)):
        return None
    return None if _rule_cited_near(toks, i) else j


def _inferred_feeling(toks: Sequence[Token], i: int, j: int) -> bool:
    """Does an adjective of a state that befalls people (class ``state-adjectives``) follow the
    "must be" at ``toks[i]`` (its "be" ends at ``j``)? Nobody can be required to be tired or
    afraid, so the "must" concludes (Palmer 2001: a stative predicate about a present state): "The
    convoy **must be** exhausted", "They **must be** very frightened". Not with a deadline or an
    order of steps after it ("must be exhausted before force is used"), nor a participle whose
    subject is a means used up by someone's act ("All options must be exhausted": the passive of
    an act, class ``means-nouns``).

    >>> from course.document import build_document
    >>> toks = build_document("The convoy must be exhausted.").tokens
    >>> _inferred_feeling(toks, 2, 4)
    True
    >>> toks = build_document("All options must be exhausted.").tokens
    >>> _inferred_feeling(toks, 2, 4)
    False
    """
    k = j
    while k < len(toks) and (_ADVERB_RE.match(toks[k].norm) or toks[k].norm in _DEGREE_ADVERBS):
        k += 1
    if _norm(toks, k) not in word_class("state-adjectives"):
        return False
    if any(toks[m].norm in _DEADLINE_WORDS for m in range(k + 1, min(len(toks), k + _INFERENCE_REACH))
           if not any(toks[x].norm in _CLAUSE_BREAKS for x in range(k + 1, m))):
        return False
    subject = _skip_adverbs_back(toks, i - 1)
    return not (toks[k].norm.endswith("ed") and _norm(toks, subject) in word_class("means-nouns"))


def _inferred_existence(toks: Sequence[Token], i: int, j: int) -> bool:
    """Is the "must be" at ``toks[i]`` an existential "there must be" before a noun of error (class
    ``error-words``), at most :data:`_EXISTENTIAL_REACH` words on and before any preposition?
    Nobody demands a mistake, so the "must" concludes: "There **must be** a mistake in the
    figures", "there **must be** something wrong with the count". Other nouns are read as a demand,
    the usual "there must be" of diplomatic speech ("There must be a ceasefire by Friday", "There
    must be an inquiry into the error"); so is "There must be no mistake" (a warning).

    >>> from course.document import build_document
    >>> toks = build_document("There must be some mistake.").tokens
    >>> _inferred_existence(toks, 1, 3)
    True
    >>> toks = build_document("There must be an inquiry into the error.").tokens
    >>> _inferred_existence(toks, 1, 3)
    False
    """
    if _norm(toks, i - 1) != "there":
        return False
    for k in range(j, min(len(toks), j + _EXISTENTIAL_REACH)):
        w = toks[k].norm
        if w in word_class("error-words"):
            return True
        if w in _CLAUSE_BREAKS or w in PREPOSITIONS or w in ("no", "not", "never"):
            return False
    return False


#: Adverbs without -ly that may stand inside an impersonal frame: "It is often alleged", "It has long been claimed".
_FRAME_ADVERBS = frozenset("often now also still long later once".split())


def _impersonal_frame_at(toks: Sequence[Token], i: int) -> tuple[int, bool] | None:
    """An impersonal frame of hearsay or belief at ``toks[i]`` with adverbs inside it: "it", a form of
    "be" (or "has/have/had been"), one or two adverbs, a participle of ``impersonal-participles`` and
    "that" ("It is **often** alleged that", "It was **widely** reported that"). Returns the index
    after the participle and whether an adverb of ``weasel-adverbs`` ("widely") stands inside, or None.

    >>> from course.document import build_document
    >>> _impersonal_frame_at(build_document("It is often alleged that the vote was rigged.").tokens, 0)
    (4, False)
    >>> _impersonal_frame_at(build_document("It is often quiet.").tokens, 0) is None
    True
    """
    adverbs: list[str] = []

    def after_adverbs(k: int) -> int:
        """The first index at or after ``k`` that is no adverb, the adverbs passed kept (three at most)."""
        while k < len(toks) and len(adverbs) < 3 and (_ADVERB_RE.match(toks[k].norm) or toks[k].norm in _FRAME_ADVERBS):
            adverbs.append(toks[k].norm)
            k += 1
        return k

    k = i + 1
    if _norm(toks, k) in ("has", "have", "had"):
        k = after_adverbs(k + 1)
        if _norm(toks, k) != "been":
            return None
    if _norm(toks, k) not in BE_FORMS:
        return None
    m = after_adverbs(k + 1)
    if not 1 <= len(adverbs) <= 2 or _norm(toks, m) not in word_class("impersonal-participles") \
            or _norm(toks, m + 1) != "that":
        return None  # (no adverb inside: the frame's own row reads it, "It is alleged that")
    return m + 1, any(w in word_class("weasel-adverbs") for w in adverbs)


def _impersonal_frame(toks, i, j, ctx):
    """"It is often alleged that", "It was later reported that": the impersonal frame of hearsay or
    belief (like "It is alleged that", `doxastic`) with an adverb after its "be"; the span runs from
    "it" to the participle. With "widely", "generally" ... the frame is the `weasel` row's
    (:func:`_impersonal_frame_widely`)."""
    found = _impersonal_frame_at(toks, i)
    return found[0] if found is not None and not found[1] else None


def _impersonal_frame_widely(toks, i, j, ctx):
    """"It was widely reported that", "It is generally assumed that": the impersonal frame with an
    adverb of ``weasel-adverbs`` inside claims broad agreement, a `weasel` like "It is widely believed"."""
    found = _impersonal_frame_at(toks, i)
    return found[0] if found is not None and found[1] else None


def _raising_frame(toks, i, j, ctx):
    """A participle of hearsay raised over its clause: a form of "be" before it (adverbs between) and
    "to" with a verb after it, "**is alleged to** have", "**were reported to** be", "**has been
    claimed to**" (the talk of nobody named, like "is said to"); not "was reported to the police"
    or "what was said to him", where "to" opens a phrase of place or of the hearer.

    >>> from course.document import build_document
    >>> [a.text for a in annotate(build_document("The general is alleged to have fled."))]
    ['is alleged to']
    >>> [a.text for a in annotate(build_document("The theft was reported to the police."))]
    []
    """
    k = _skip_adverbs_back(toks, i - 1)
    if _norm(toks, k) not in BE_FORMS or _norm(toks, j) != "to":
        return None
    verb = toks[j + 1] if j + 1 < len(toks) else None
    if verb is None or not verb.text.isalpha() or not verb.text.islower() \
            or verb.norm in DETERMINERS or verb.norm in PREPOSITIONS or verb.norm in _OBJECT_PRONOUNS:
        return None  # ("was said to him": a phrase of the hearer)
    return j


#: Object pronouns, and "it": after "to" they name a hearer or a place, not a verb ("what was said to him").
_OBJECT_PRONOUNS = OBJECT_PRONOUNS | {"it"}


def _not_gaze(toks, i, j, ctx):
    """"looking into the reports", "will look into the matter": an examination, the facts still open;
    not a look at a thing seen ("looking into the camera", "looked into his eyes": class
    ``gaze-objects``, after at most a determiner and one more word).

    >>> from course.document import build_document
    >>> [a.text for a in annotate(build_document("He was looking into the camera."))]
    []
    """
    k = j + (_norm(toks, j) in DETERMINERS)
    if _norm(toks, k) in word_class("gaze-objects") or _norm(toks, k + 1) in word_class("gaze-objects"):
        return None
    return j


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


#: Words after a passive "be considered" that show it means "weighed", with no judgement given.
_CONTEMPLATED_AFTER = frozenset("if unless at for when until before after and but or during in on".split())


def _doxastic_passive(toks, i, j, ctx):
    """The passive of a verb of judging: an opinion held by people the text does not name.

    Fires after a form of "be" ("is (widely) considered"), after a degree or frequency
    adverb or a comma (reduced relatives: "generally considered the best", "Livingston,
    considered a formidable lobbyist"), or before "to", "as", "by", "one", "among"
    ("considered to be", "considered one of"), or "estimated" before "at" and a figure ("is
    estimated at more than $40 million": a figure given as an estimate; "considered at 10 a.m." is
    a time). Not the active "considered the proposal", nor
    a passive with no judgement after it, which means "weighed" ("sanctions should be considered if
    ...", "no such step was being considered", "was considered at a meeting").
    """
    k = _skip_adverbs_back(toks, i - 1)
    nxt = _norm(toks, j)
    if toks[i].norm == "estimated" and nxt == "at" and any(_is_number(toks, m) for m in range(j + 1, min(len(toks), j + 4))):
        return j  # a figure estimated: "the damage is estimated at more than $40 million"
    if _norm(toks, k) == "being" or _norm(toks, k) in BE_FORMS and (
            not nxt or not nxt[:1].isalnum() or nxt in _CONTEMPLATED_AFTER):
        return None  # "no such step was being considered", "sanctions should be considered if ...": weighed, not judged
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
    """"thought" as a verb ("is thought to", "he thought"); not the noun ("the thought"), nor the
    earlier view an outcome is measured against ("harder than many had thought",
    :func:`_measured_outcome`)."""
    prev = _norm(toks, i - 1)
    if prev in DETERMINERS or prev in PREPOSITIONS:
        return None
    return None if _measured_outcome(toks, i, j) else j


#: Words that open the clause of an outcome measured against an earlier view: a comparison ("than
#: expected"), an as-clause of comparison ("as expected") and a free relative ("what had been expected").
OUTCOME_OPENERS = frozenset("than as what".split())

#: Adverbs of time inside such a clause: "than originally expected", "as many had first thought".
OUTCOME_TIME_ADVERBS = frozenset("originally initially first previously once earlier widely generally".split())


def _measured_outcome(toks, i, j) -> bool:
    """Is the verb of expecting or thinking at ``toks[i:j]`` the earlier view an outcome is measured
    against, in a comparison ("Growth was faster than expected", "harder than many had thought"), an
    as-clause ("As expected, the talks failed", "as had been expected") or a free relative ("The
    result was what everyone expected")? The writer states the outcome, and the view is past and
    settled by it: no forecast is hedged (Quirk et al. 1985 §15.63, comparative clauses with an
    ellipted subject; the Szeged corpus leaves these unmarked). A view that opens a raising frame
    ("what is expected to happen next") is a forecast and keeps its hedge, and so does one with a
    clause of its own ("picked up what she thought was a flask").

    >>> from course.document import build_document
    >>> t = build_document("Growth was faster than analysts had expected.").tokens
    >>> _measured_outcome(t, 6, 7), _measured_outcome(build_document("What is expected to happen?").tokens, 2, 3)
    (True, False)
    """
    if _norm(toks, j) == "to" or _norm(toks, j) in AUXILIARIES:
        return False  # (a view with its own clause: "picked up what she thought was a flask")
    k = i - 1
    present = False
    while k >= 0 and (_norm(toks, k) in AUXILIARIES or _norm(toks, k) in OUTCOME_TIME_ADVERBS
                      or _norm(toks, k) in ("been", "not", "n't")):
        present = present or _norm(toks, k) in ("is", "are", "am")
        k -= 1
    for _ in range(4):  # a short subject: "analysts", "most economists", "the government"
        if k < 0:
            return False
        if _norm(toks, k) in OUTCOME_OPENERS:
            # (a present as-clause passes on a view still held: "The minister, as is widely
            # thought, will resign" hedges)
            return not (present and _norm(toks, k) == "as")
        if not toks[k].norm[:1].isalpha() or _norm(toks, k) in AUXILIARIES | PREPOSITIONS \
                or _norm(toks, k) in ("and", "or", "but"):
            return False
        k -= 1
    return False


def _not_measured_outcome(toks, i, j, ctx):
    """"expected" as a forecast ("The talks are expected to resume"), not the earlier view an
    outcome is measured against ("higher than expected", :func:`_measured_outcome`)."""
    return None if _measured_outcome(toks, i, j) else j


def _embedded_question(toks, i, j, ctx):
    """"asked if", "unclear if", "to see if": "if" meaning "whether".

    A complementizer or a punctuation mark in between opens a clause of its own, in which "if" sets
    a condition: "Let everyone know that if the talks fail, Europe must act".
    """
    asking = word_class("question-words")
    for k in range(i - 1, max(0, i - 3) - 1, -1):
        if toks[k].norm == "that" or not toks[k].norm[:1].isalnum():
            return None
        if toks[k].norm in asking:
            return j
    return None


def _vague_group(toks, i, j, ctx):
    """"some officials", "many experts", "some say", "others argue": a vague group as a source.

    The match grows to cover the group noun, with at most one modifier in between
    ("some Western officials"). General groups ("many people") count only when a
    saying or thinking verb follows ("many people believe").
    """
    if _norm(toks, j) in word_class("source-verbs"):
        return j
    sources, people = word_class("source-nouns"), word_class("people-nouns")
    for k in (j, j + 1):
        w = _norm(toks, k)
        if w in sources:
            # the object of a verb of action is no source ("Tarsk expelled several diplomats"),
            # unless it goes on to speak ("told several diplomats, who said ...": not here)
            if _acted_on(toks, i) and not _source_verb_follows(toks, k) or _object_at_clause_end(toks, i, k + 1):
                return None
            return k + 1
        if w in people:
            return k + 1 if _source_verb_follows(toks, k) else None
        if k == j and not (w.isalpha() and w not in DETERMINERS and w not in PREPOSITIONS):
            return None
    return None


#: Words before a vague group that leave it free to be a source: clause links and prepositions of
#: attribution ("that some officials believe", "according to several diplomats", "as many experts note").
_SOURCE_OPENERS = frozenset("that and or but as while when because although though by to among from of with".split())


def _acted_on(toks, i) -> bool:
    """Is the group starting at ``toks[i]`` the object of a verb of action before it ("expelled
    several diplomats", "met some officials")? A verb of saying before it is an inverted report
    ("said several officials"), and a clause link or a preposition of attribution leaves it free
    ("that some officials", "according to several diplomats")."""
    prev = toks[i - 1] if i > 0 else None
    if prev is not None and i >= 2 and prev.norm.endswith("ed") and (
            toks[i - 2].norm in DETERMINERS or toks[i - 2].norm in INDEFINITE_OPENERS or toks[i - 2].norm.endswith("ly")):
        return False  # a participle describing the group: "the newly appointed officials", "several elected officials"
    return _plain_word_before(prev) \
        and (prev.norm.endswith(("ed", "ing")) or prev.norm in _ACTION_VERBS_IRREGULAR
             or i >= 2 and (toks[i - 2].norm == "to" or toks[i - 2].norm in MODALS))  # "to expel several diplomats"


def _plain_word_before(prev) -> bool:
    """Is ``prev``, the word before a vague group, a plain lower-case word that may be a verb taking the
    group as object: no clause link or preposition of attribution (``_SOURCE_OPENERS``), no verb of
    saying (an inverted source) and no auxiliary before the group's own verb?"""
    return prev is not None and prev.text.isalpha() and prev.text.islower() and prev.norm not in _SOURCE_OPENERS \
        and prev.norm not in word_class("source-verbs") and prev.norm not in AUX_GAP


def _object_at_clause_end(toks, i, end) -> bool:
    """Does the group from ``toks[i]`` to ``toks[end - 1]`` end its clause after a verb, so that it is
    the verb's object, no source ("France and Tarsk support some opposition groups.")? After a verb of
    saying it is an inverted source ("..., said some officials."), and after a clause link or a
    preposition of attribution it is free ("according to some officials.")."""
    return end < len(toks) and toks[end].text in (".", ";", "!", "?") and _plain_word_before(toks[i - 1] if i > 0 else None)


#: Irregular past forms of verbs of action that may take a group of people as object ("met some officials").
_ACTION_VERBS_IRREGULAR = frozenset("met held sent led brought took kept left hit caught".split())


def _parenthetical(toks, i, j, ctx):
    """"Naturally, ..." or ", naturally," set off as a comment, not "occurs naturally"."""
    prev = _norm(toks, i - 1)
    return j if (i == 0 or prev in (",", ";")) and _norm(toks, j) == "," else None


_EVEN_NOT = frozenset(
    "if though as so when while after before then number numbers numbered odd handed keel".split()
)


def _emphatic_even(toks, i, j) -> bool:
    """"even" as a focus intensifier ("even noted", "even now"), not "even if/though/as",
    not the adjective ("even numbers", "the numbers were even", "break even", "a roughly even
    chance")."""
    nxt = _norm(toks, j)
    if nxt in _EVEN_NOT or nxt in (",", ".", ";", ":", ""):
        return False
    if _ADVERB_RE.match(_norm(toks, i - 1)) and _norm(toks, i - 2) in ("a", "an", "the", '"', "“"):
        return False  # an adjective after its own adverb: 'a "roughly even chance"'
    return _norm(toks, i - 1) not in ("break", "breaking", "broke", "get", "got", "an")


def _writer_emphatic_even(toks, i, j, ctx):
    """Emphatic "even" in the writer's own words ("he even noted"): the writer's evaluation."""
    return j if toks[i].index not in ctx.in_quote and _emphatic_even(toks, i, j) else None


def _quoted_emphatic_even(toks, i, j, ctx):
    """Emphatic "even" inside quotation marks ("“Even now, a US warship ...”"): the speaker's
    emphasis, reported by the writer."""
    return j if toks[i].index in ctx.in_quote and _emphatic_even(toks, i, j) else None


_SUPERLATIVE_DETERMINERS = frozenset("the its their his her our this".split())


def _before_question(toks, i, j, ctx):
    """"unclear whether", "not clear how": an open question (Szeged investigation), not a
    plain admission of doubt ("the outcome is unclear")."""
    return j if _norm(toks, j) in WH_WORDS else None


#: Words that may stand between a statement of not knowing and its question ("nobody knows exactly
#: how many", "no one knows yet whether", "nobody knows for sure what").
_QUESTION_HEDGES = frozenset("exactly precisely yet really".split())


def _knowledge_gap(toks, i, j, ctx):
    """"nobody knows how many", "no one can say whether", "we don't know what": a statement that
    nobody (or the speaker) knows the answer to an open question leaves the question open (Szeged
    investigation, like "it is not known"; Hyland 2005 lists "not sure"). The question may follow
    after "exactly", "yet" or "for sure" ("nobody knows for sure what happened"), or the clause may
    end there ("How many died? Nobody knows."). Not a person known ("nobody knows him better"), nor a
    fact known ("no one knows that better than Lorvia").

    >>> from course.document import build_document
    >>> [a.text for a in annotate(build_document("Nobody knows how many people died."))]
    ['Nobody knows']
    >>> [a.text for a in annotate(build_document("Nobody knows him better than his brother."))]
    []
    """
    k = j
    if _norm(toks, k) in _QUESTION_HEDGES:
        k += 1
    elif _norm(toks, k) == "for" and _norm(toks, k + 1) in ("sure", "certain"):
        k += 2
    nxt = _norm(toks, k)
    return j if nxt in WH_WORDS or nxt in ("", ".", "!", "?", ";", ",", "”", '"', "—", "–") else None


#: Prepositions by which a noun of doubt reaches its question ("uncertainty over whether", "about how").
_QUESTION_LINKS = frozenset("about over on regarding concerning surrounding around".split())


def _opens_question(toks, i, j, ctx):
    """The noun "uncertainty" qualifies a claim only when it frames an open question: "uncertainty
    over whether the truce will hold", "uncertainty about how many", "as to whether" (Szeged: the
    question is left open). As the name of a state of affairs it hedges nothing, like the noun
    "doubt": "the uncertainty has already hurt the lira", "economic uncertainty".

    >>> from course.document import build_document
    >>> [a.text for a in annotate(build_document("There is uncertainty over whether the truce will hold."))]
    ['uncertainty', 'whether']
    >>> [a.text for a in annotate(build_document("The uncertainty has already hurt the lira."))]
    []
    """
    k = j
    if _norm(toks, k) in _QUESTION_LINKS:
        k += 1
    elif _norm(toks, k) == "as" and _norm(toks, k + 1) == "to":
        k += 2
    return j if _norm(toks, k) in WH_WORDS else None


def _before_attitude(toks, i, j, ctx):
    """"cautiously optimistic", "cautious optimism": hope held back, not "a cautious driver"."""
    return j if _norm(toks, j) in word_class("attitude-words") else None


def _evaluative_head(toks, i, j, ctx):
    """"a major violation", "a major blow": an intensifier before a noun of evaluation raises
    the force of the judgement; "a major port", "major powers" are neutral."""
    return j if _norm(toks, j) in word_class("evaluation-nouns") else None


def _superlative_evaluation(toks, i, j, ctx):
    """"the most serious challenge": a superlative of an evaluative adjective after a
    determiner; the span takes the adjective ("most serious"). Not "most officials"."""
    if _norm(toks, i - 1) in _SUPERLATIVE_DETERMINERS and _norm(toks, j) in word_class("evaluative-adjectives"):
        return j + 1
    return None



def _before_evidence(toks, i, j, ctx):
    """"clear evidence", "clear signs": the evidence is presented as beyond doubt."""
    return j if _norm(toks, j) in word_class("evidence-nouns") else None


#: The linking verbs before a predicative adjective, with "appear" ("The damage appeared evident").
_LINKING_FORMS = LINKING_VERBS | frozenset("appear appears appeared".split())


def _predicative_verdict(toks, i, j, ctx):
    """"obvious", "evident" as the whole complement of a linking verb: "The risks are obvious.",
    "The damage was all too evident" (Hyland 2005 lists both among boosters): the writer presents
    the point as plain to everyone. Only at the end of its clause (punctuation, "and", "but", or "to"
    for whom: "obvious to all"); "an obvious target" describes, and "It is obvious that" has a row
    of its own.

    >>> from course.document import build_document
    >>> t = build_document("The risks are obvious.").tokens
    >>> _predicative_verdict(t, 3, 4, None)
    4
    >>> _predicative_verdict(build_document("It was an obvious target.").tokens, 3, 4, None) is None
    True
    """
    k = i - 1
    while k >= 0 and toks[k].norm in ("all", "too", "quite", "very", "so", "now", "already", "increasingly", "painfully"):
        k -= 1
    if k < 0 or toks[k].norm not in _LINKING_FORMS:
        return None
    nxt = _norm(toks, j)
    return j if j >= len(toks) or nxt in ("and", "but", "to", "enough") or not toks[j].text[:1].isalnum() else None


def _frames_proposition(toks, i, j, ctx):
    """"speculation that the talks collapsed", "amid speculation about a deal": a guess in
    circulation about what may be true. "avoid speculation", "that kind of speculation" name the
    activity: a topic, which hedges nothing."""
    nxt, prev = _norm(toks, j), _norm(toks, i - 1)
    if nxt in ("that", "whether") or prev in ("amid", "amidst", "much", "growing", "mounting", "widespread",
                                               "renewed", "intense", "fresh", "rife", "some"):
        return j  # ("there has been much speculation ... as to whether")
    if nxt in ("about", "over", "on", "concerning", "regarding", "later") and prev not in (
            "avoid", "of", "in", "no", "any", "against"):
        return j
    return None


def _not_comparison(toks, i, j, ctx):
    """"smaller than it seems", "things are not as they seem": a fixed comparison says how far an
    impression is from the facts, it does not hedge a claim."""
    if _norm(toks, i - 1) in ("it", "they", "he", "she", "this", "that") and _norm(toks, i - 2) in ("than", "as"):
        return None
    return j


def _not_ease_adjective(toks, i, j, ctx):
    """"That is hard to believe": an adjective of ease before "to believe" rejects a claim (or
    finds it surprising); nobody is said to hold a belief, so the verb is no doxastic hedge."""
    if _norm(toks, i - 1) == "to" and _norm(toks, i - 2) in word_class("ease-adjectives"):
        return None
    return j


def _before_amount(toks, i, j, ctx):
    """"over $3 billion", "over 100 people", "for over a decade": "over" means "more than" before an
    amount. Not "over" as a preposition of place or topic ("talks over the border", "a row over
    2023's budget" has no amount after it), nor a stretch of time it spans ("over two days", "over
    the next three years": during), unless "for" or a form of "be" shows a length ("for over a
    decade", "is over 70").

    >>> from course.document import build_document
    >>> [a.text for a in annotate(build_document("The cost is over $3 billion."))]
    ['over']
    >>> [a.text for a in annotate(build_document("Talks went on over two days."))]
    []
    """
    if not _is_number(toks, j):
        return None
    if _YEAR_RE.match(_norm(toks, j)) and not _norm(toks, j + 1)[:1].isalpha():
        return None  # a year: "over 2023" (a comparison or a span, not an amount)
    k = j + 1
    while k < len(toks) and k <= j + 3 and (_NUMBER_RE.search(toks[k].norm) or toks[k].norm in NUMBER_WORDS
                                           or toks[k].norm in (",", "-")):
        k += 1  # the rest of the number: "over two hundred", "over 1,000"
    if (_norm(toks, k) in word_class("time-span-units") or _norm(toks, j + 1) in word_class("time-span-units")) \
            and _norm(toks, i - 1) not in ("for", "after", "in") and _norm(toks, i - 1) not in BE_FORMS:
        return None  # ("in over a decade": within more than ten years, a length like "for over a decade")
    return j


#: Subjects that show "doubt" is a verb: personal pronouns ("I doubt they will", "we doubt that").
_SUBJECT_PRONOUNS = frozenset("i we you he she they one who".split())


def _doubt_verb(toks, i, j, ctx):
    """"doubt" as a verb of belief ("I doubt they'll take to the streets", "Analysts doubt that the
    truce will hold", "He doubted whether ..."): the subject's belief that something is not so
    (Szeged doxastic). Not the noun ("cast doubt on", "some doubt", "doubts about the plan",
    "There are doubts"; "no doubt" and "nobody should doubt" are boosters of their own), nor a
    negated doubt ("I do not doubt that", which asserts).

    The subject stands just before, after at most two adverbs or auxiliaries: a personal pronoun,
    a name, or a plural noun heading a source ("analysts", "officials"); a modal before also makes
    the verb ("would doubt").

    >>> from course.document import build_document
    >>> [a.text for a in annotate(build_document("I doubt they will protest."))]
    ['doubt']
    >>> [a.text for a in annotate(build_document("The report casts doubt on the figure."))]
    []
    """
    if _norm(toks, j) in PREPOSITIONS or not _norm(toks, j)[:1].isalnum() and _norm(toks, j) not in ("'", "’"):
        return None  # the noun: "doubts about the plan", "doubt over", "beyond doubt."
    k, steps = i - 1, 0
    while k >= 0 and steps < 2 and (_ADVERB_RE.match(toks[k].norm) or toks[k].norm in ("still", "also", "now")):
        k, steps = k - 1, steps + 1
    prev = _norm(toks, k)
    if prev in ("not", "never"):
        return None  # "I do not doubt that", "we don't doubt" (read as "do not"): certainty, not doubt
    if prev in _SUBJECT_PRONOUNS or prev in AUXILIARIES - BE_FORMS - {"have", "has", "had", "having"}:
        return j
    if prev in _role_nouns() or prev in word_class("people-nouns"):
        return j
    if k >= 1 and toks[k].text[:1].isupper() and toks[k].text[1:2].islower() and prev not in DETERMINERS:
        return j  # a name: "Lorvia doubts the figures"
    return None


def _not_refusal(toks, i, j, ctx):
    """"speculate" flags a guess ("Analysts speculate that ...") except in a refusal to speak:
    "would not speculate", "wouldn't speculate", "declined to speculate", "did not want to
    speculate". Nobody offers a guess there, so no claim is qualified.

    >>> from course.document import build_document
    >>> [a.text for a in annotate(build_document("He declined to speculate on the cause."))]
    []
    >>> [a.text for a in annotate(build_document("He speculated that the talks had failed."))]
    ['speculated']
    """
    declining = word_class("declining-verbs")
    for k in range(max(0, i - 4), i):
        w = toks[k].norm
        if w in ("not", "never") or w in declining:  # ("wouldn't" is read as "would" + "not")
            return None
    return j


def _lowered_certainty(toks, i, j, ctx):
    """"less confident", "less sure": "less" before an adjective of certainty (``certainty-adjectives``)
    lowers it; the span takes the adjective. Not a lowered hope or amount ("less optimistic", "less
    costly").

    >>> from course.document import build_document
    >>> [a.text for a in annotate(build_document("Officials were less confident."))]
    ['less confident']
    >>> [a.text for a in annotate(build_document("Officials were less optimistic."))]
    []
    """
    return j + 1 if _norm(toks, j) in word_class("certainty-adjectives") else None


def _negated_finding_out(toks, i, j, ctx):
    """"we cannot determine whether", "could not establish how many", "can't tell which": a negated
    modal of ability before a verb of finding out (``finding-out-verbs``) and an open question says
    the answer is out of reach (Szeged investigation, like "could not be determined"); the span
    takes the verb. A plain object ("could not determine the cause") asks no question, and the rows
    of checking ("could not verify") cover it.

    >>> from course.document import build_document
    >>> [a.text for a in annotate(build_document("We cannot determine whether it works."))]
    ['cannot determine', 'whether']
    >>> [a.text for a in annotate(build_document("They could not determine the cause."))]
    []
    """
    k = j
    while _norm(toks, k) in NEGATION_INFIXES or _norm(toks, k) in ("exactly", "precisely", "really"):
        k += 1
    if _norm(toks, k) not in word_class("finding-out-verbs"):
        return None
    return k + 1 if _knowledge_gap(toks, i, k + 1, ctx) is not None else None


#: Adverbs that may stand between "nobody" and "knows" ("nobody really knows", "no one yet knows").
_KNOWING_ADVERBS = frozenset("really truly actually quite yet ever fully".split())

#: The verb forms of knowing after "nobody" / "no one" (with a short post-modifier or adverb between).
_KNOWING_FORMS = frozenset("knows knew".split())


def _knowledge_gap_run(toks, i, j, ctx):
    """"Nobody outside his inner circle really knows what ...", "No one in the government knows how
    many": "nobody" or "no one" with a short post-modifier (a preposition and at most four words) or
    an adverb before "knows" / "knew", then an open question (:func:`_knowledge_gap`). The span runs
    from "nobody" to the verb: the post-modifier only narrows who does not know.

    >>> from course.document import build_document
    >>> [a.text for a in annotate(build_document("Nobody really knows what is going on."))]
    ['Nobody really knows']
    >>> [a.text for a in annotate(build_document("Nobody in Kalma knows him better."))]
    []
    """
    k = j
    if _norm(toks, k) in PREPOSITIONS | {"outside", "inside", "beyond"}:
        m = k + 1
        while m < len(toks) and m <= k + 4 and toks[m].norm[:1].isalnum() and toks[m].norm not in _KNOWING_FORMS \
                and toks[m].norm not in AUXILIARIES and toks[m].norm not in _KNOWING_ADVERBS:
            m += 1
        k = m
    while _norm(toks, k) in _KNOWING_ADVERBS:
        k += 1
    if k == j or _norm(toks, k) not in _KNOWING_FORMS:
        return None  # (the plain "nobody knows" is its own row)
    return k + 1 if _knowledge_gap(toks, i, k + 1, ctx) is not None else None


def _sets_condition(toks, i, j, ctx):
    """"if" opens a condition, except as a noun ("a question of if but when", "the if") and in the
    fixed "if anything," that strengthens a claim rather than making it depend on something ("if
    anything, it understated the pace"; "If anything goes wrong" keeps its condition).

    >>> from course.document import build_document
    >>> [a.text for a in annotate(build_document("It is not a question of if but when."))]
    []
    >>> [a.text for a in annotate(build_document("If anything goes wrong, the talks end."))]
    ['If']
    """
    if _norm(toks, i - 1) in ("of", "the", "a", "an", "no", "big"):
        return None
    if _norm(toks, j) == "anything" and _norm(toks, j + 1) in (",", ")", "—", "–", ".", ";"):
        return None
    return j


#: Disambiguation rules a lexicon row may name in its ``condition`` column.
CONDITIONS: dict[str, Condition] = {
    "": _always,
    "before-number": _before_number,
    "after-number": _after_number,
    "epistemic-may": _epistemic_may,
    "not-past-ability": _not_past_ability,
    "not-reported-speech": _not_reported_speech,
    "inverted-conditional": _inverted_conditional,
    "epistemic-should": _epistemic_should,
    "before-to-or-that": _before_to_or_that,
    "before-that": _before_that,
    "before-as": _before_as,
    "not-proposal": _not_proposal,
    "before-participle": _before_participle,
    "raising-frame": _raising_frame,
    "inferred-state": _inferred_state,
    "impersonal-frame": _impersonal_frame,
    "impersonal-frame-widely": _impersonal_frame_widely,
    "not-gaze": _not_gaze,
    "not-schedule": _not_schedule,
    "before-stance": _before_stance,
    "doxastic-passive": _doxastic_passive,
    "not-noun": _not_noun,
    "not-measured-outcome": _not_measured_outcome,
    "not-superlative": _not_superlative,
    "embedded-question": _embedded_question,
    "vague-group": _vague_group,
    "parenthetical": _parenthetical,
    "writer-emphatic-even": _writer_emphatic_even,
    "quoted-emphatic-even": _quoted_emphatic_even,
    "before-question": _before_question,
    "before-attitude": _before_attitude,
    "evaluative-head": _evaluative_head,
    "superlative-evaluation": _superlative_evaluation,
    "before-evidence": _before_evidence,
    "predicative-verdict": _predicative_verdict,
    "frames-proposition": _frames_proposition,
    "not-comparison": _not_comparison,
    "condition-clause": _condition_clause,
    "not-ease-adjective": _not_ease_adjective,
    "range": _range,
    "before-amount": _before_amount,
    "doubt-verb": _doubt_verb,
    "not-refusal": _not_refusal,
    "knowledge-gap": _knowledge_gap,
    "lowered-certainty": _lowered_certainty,
    "after-measure": _after_measure,
    "negated-finding-out": _negated_finding_out,
    "knowledge-gap-run": _knowledge_gap_run,
    "sets-condition": _sets_condition,
    "opens-question": _opens_question,
}


# ----------------------------------------------------------------------------- extents

#: Values of a lexicon row's ``extent`` column: "" = the phrase as matched; "verb-group" = the
#: verb group, as for attribution cues (auxiliaries before, "to"/"as" right after).
EXTENTS = frozenset({"", "verb-group"})

#: Auxiliaries a verb group takes in ("are expected to", "did not rule out", "has been seen as").
AUXILIARIES = BE_FORMS | frozenset(
    "has have had having do does did will would can could may might must shall should".split()
)


#: The modal or auxiliary each stem of a contracted negation stands for ("wouldn't" -> "would not",
#: "won't" -> "will not", "can't" -> "can not"): the lens reads the stem as the full word, so the
#: rows and conditions written for "would", "could", "might" ... meet the contracted forms too.
CONTRACTED_STEMS = {
    "isn": "is", "aren": "are", "wasn": "was", "weren": "were", "hasn": "has", "haven": "have", "hadn": "had",
    "don": "do", "doesn": "does", "didn": "did", "won": "will", "wouldn": "would", "can": "can", "ca": "can",
    "couldn": "could", "shouldn": "should", "mightn": "might", "mustn": "must", "needn": "need", "shan": "shall",
    "oughtn": "ought",
}


def _contraction_at(toks: Sequence[Token], k: int) -> bool:
    """Do ``toks[k:k + 3]`` spell a contracted negation ("wouldn", "'", "t", written as one word)?"""
    return k + 2 < len(toks) and toks[k].norm in CONTRACTED_STEMS and toks[k + 1].norm == "'" \
        and toks[k + 2].norm == "t" and toks[k].end == toks[k + 1].start and toks[k + 1].end == toks[k + 2].start


#: Pronouns that take the clitic "'d" ("I'd", "we'd", "they'd"), read as "would" or "had".
_CLITIC_D_HOSTS = frozenset("i we you he she they it who there that".split())

#: Participles that are also base forms ("I'd come", "we'd run"): after "'d" they stay "would".
_BASE_LIKE_PARTICIPLES = frozenset("come run become".split())


def _clitic_d_at(toks: Sequence[Token], k: int) -> str | None:
    """Is ``toks[k:k + 3]`` a pronoun with the clitic "'d", written as one word ("I'd", "we’d")?
    Returns the word it stands for: "had" before a past participle or "better" ("I'd seen", "we'd
    better"), else "would" ("I'd be surprised", "I'd say", "they'd never agree").

    >>> from course.document import build_document
    >>> _clitic_d_at(build_document("I'd be surprised").tokens, 0), _clitic_d_at(build_document("I'd seen it").tokens, 0)
    ('would', 'had')
    """
    if not (k + 2 < len(toks) and toks[k].norm in _CLITIC_D_HOSTS and toks[k + 1].norm == "'" and toks[k + 2].norm == "d"
            and toks[k].end == toks[k + 1].start and toks[k + 1].end == toks[k + 2].start):
        return None
    m = k + 3
    while _norm(toks, m) in ("never", "not", "already", "just", "long", "also"):
        m += 1
    nxt = _norm(toks, m)
    participle = (nxt.endswith("ed") and len(nxt) > 3 or nxt in _IRREGULAR_PARTICIPLES) and nxt not in _BASE_LIKE_PARTICIPLES
    return "had" if participle or nxt == "better" else "would"


def _reading(toks: Sequence[Token]) -> tuple[list[Token], frozenset[int]]:
    """The tokens as the lens reads them: a contracted negation is its full word and "not", and a
    pronoun's clitic "'d" is "would" (or "had").

    "wouldn't" (three tokens: "wouldn", "'", "t") becomes "would" (the stem's characters) and
    "not" (the characters "'t"), so the row "would", the row "not clear" and every condition that
    looks for "not" meet "wouldn't", "isn't clear" and "couldn't have" as they meet the full forms.
    "I'd" (three tokens: "I", "'", "d") becomes "I" and "would" (the characters "'d"; "had" before a
    past participle: :func:`_clitic_d_at`), so "I'd say" is read as "I would say".
    Returns the tokens and the positions of the "not"s and "would"s made from a contraction (a span
    never splits such a word: it takes the stem with its "not", the pronoun with its "'d").

    >>> from course.document import build_document
    >>> toks, made = _reading(build_document("I wouldn't say so.").tokens)
    >>> [t.norm for t in toks], [toks[k].text for k in made]
    (['i', 'would', 'not', 'say', 'so', '.'], ["'t"])
    >>> toks, made = _reading(build_document("I'd say so.").tokens)
    >>> [t.norm for t in toks], [toks[k].text for k in made]
    (['i', 'would', 'say', 'so', '.'], ["'d"])
    """
    if not any(t.norm in CONTRACTED_STEMS or t.norm == "d" for t in toks):
        return list(toks), frozenset()  # (most sentences hold no contraction: nothing to rewrite)
    out: list[Token] = []
    made: set[int] = set()
    k = 0
    while k < len(toks):
        t = toks[k]
        if _contraction_at(toks, k):
            apostrophe, end = toks[k + 1], toks[k + 2]
            out.append(replace(t, norm=CONTRACTED_STEMS[t.norm]))
            made.add(len(out))
            out.append(replace(end, start=apostrophe.start, text=apostrophe.text + end.text, norm="not"))
            k += 3
            continue
        clitic = _clitic_d_at(toks, k)
        if clitic is not None:
            apostrophe, end = toks[k + 1], toks[k + 2]
            out.append(t)
            made.add(len(out))
            out.append(replace(end, start=apostrophe.start, text=apostrophe.text + end.text, norm=clitic))
            k += 3
            continue
        out.append(t)
        k += 1
    return out, frozenset(made)


def _phrase_norms(phrase: str) -> tuple[str, ...]:
    """A lexicon phrase's tokens as :func:`_reading` reads a text ("can't rule out" -> "can",
    "not", "rule", "out").

    >>> _phrase_norms("can't rule out")
    ('can', 'not', 'rule', 'out')
    """
    words = list(phrase_tokens(phrase))
    out: list[str] = []
    k = 0
    while k < len(words):
        if k + 2 < len(words) and words[k] in CONTRACTED_STEMS and words[k + 1] == "'" and words[k + 2] == "t":
            out += [CONTRACTED_STEMS[words[k]], "not"]
            k += 3
            continue
        out.append(words[k])
        k += 1
    return tuple(out)


def _token_at(toks: Sequence[Token], start: int) -> int:
    """The index of the token of ``toks`` that starts at character ``start`` (-1 when none does)."""
    return next((k for k, t in enumerate(toks) if t.start == start), -1)


def _verb_group(toks: Sequence[Token], s: int, e: int, floor: int) -> tuple[int, int, str]:
    """Grow a verbal hedge to its verb group: auxiliaries and the adverbs between them before it
    ("are widely seen", "did not rule out"), and the raising "to" or "as" just after it
    ("appear to", "are expected to", "seen as"). The group never reaches back into the previous
    annotation (which ends at character ``floor``).

    Returns the new (start, end) and the first "widely"-type adverb inside the group, or "".

    >>> from course.document import build_document
    >>> d = build_document("The talks are widely seen as the best chance.")
    >>> _verb_group(d.tokens, 4, 5, -1)
    (2, 6, 'widely')
    """
    start, k, steps = s, s - 1, 0
    while k >= 0 and steps < 4 and toks[k].start >= floor:
        w = toks[k].norm
        if w in AUXILIARIES or w == "not":  # ("don't think": the contraction is read as "do" + "not")
            start = k
        elif not (_ADVERB_RE.match(w) or w in ("also", "still", "now", "long", "never", "often")):
            break
        k -= 1
        steps += 1
    end = e + 1 if _norm(toks, e) in ("to", "as") else e
    weasel = word_class("weasel-adverbs")
    widely = next((toks[m].norm for m in range(start, s) if toks[m].norm in weasel), "")
    return start, end, widely


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
    extent: str = ""


def _words(cell: str) -> frozenset[str]:
    return frozenset(w.strip().lower() for w in cell.split("|") if w.strip())


@lru_cache(maxsize=1)
def _rules() -> dict[str, tuple[_Rule, ...]]:
    """All lexicon rows indexed by first token, longest phrase first (file order otherwise)."""
    by_first: dict[str, list[_Rule]] = {}
    for name, category in LEXICONS:
        for e in load_lexicon(name):
            cond_name = e.get("condition")
            if e.get("extent") not in EXTENTS:
                raise DatasetError(
                    f"{name}.tsv line {e.line}: unknown extent {e.get('extent')!r}; "
                    f"known: {', '.join(sorted(x for x in EXTENTS if x))}."
                )
            if cond_name not in CONDITIONS:
                raise DatasetError(
                    f"{name}.tsv line {e.line}: unknown condition {cond_name!r}; "
                    f"known: {', '.join(sorted(c for c in CONDITIONS if c))}."
                )
            toks = _phrase_norms(e.phrase)
            if not toks:
                continue
            r = _Rule(
                toks, e.phrase, category, e.label, e.explanation, e.source,
                f"{name}.tsv: {e.phrase}", CONDITIONS[cond_name],
                _words(e.get("exclude_prev")), _words(e.get("exclude_next")), e.get("extent"),
            )
            by_first.setdefault(toks[0], []).append(r)
    return {k: tuple(sorted(v, key=lambda r: -len(r.tokens))) for k, v in by_first.items()}


#: Adverbs that may stand after the "not" of a negated row without breaking it: "has not (yet) been
#: verified", "is not (immediately) known", "has not been (independently) confirmed". They say when or
#: by whom the check failed, not whether it did, so the row's stance is unchanged.
NEGATION_INFIXES = frozenset("yet immediately independently officially".split())

#: Adverbs of degree that may stand after a negation ("not", "never") in the same way: "not (entirely)
#: sure", "never (absolutely) certain", "not (fully) verified". Negated, a word of full degree lowers the
#: certainty instead of raising it ("never absolutely certain" allows a doubt), so it joins the hedge
#: and is no booster of its own.
NEGATED_DEGREE = frozenset("absolutely entirely completely fully totally wholly quite altogether".split())

#: The words that open a negated row and let the infixes above follow it.
_NEGATORS = frozenset({"not", "never"})


def _row_end(norms: Sequence[str], i: int, words: tuple[str, ...]) -> int | None:
    """End (exclusive) of a lexicon row's match at ``norms[i]``, or None.

    The row's words must follow one another, except that after its "not" (or "never") the adverbs
    of :data:`NEGATION_INFIXES` and :data:`NEGATED_DEGREE` may stand between them; a skipped adverb
    is inside the span.

    >>> _row_end("it is not yet known if".split(), 2, ("not", "known"))
    5
    >>> _row_end("has not been independently verified".split(), 1, ("not", "been", "verified"))
    5
    >>> _row_end("yet not known".split(), 0, ("not", "known")) is None
    True
    >>> _row_end("is never absolutely certain".split(), 1, ("never", "certain"))
    4
    """
    k, negated = i, False
    for m, word in enumerate(words):
        while m and negated and k < len(norms) and norms[k] != word and (
                norms[k] in NEGATION_INFIXES or norms[k] in NEGATED_DEGREE):
            k += 1
        if k >= len(norms) or norms[k] != word:
            return None
        negated = negated or word in _NEGATORS
        k += 1
    return k


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


_NOT_IN_SOURCE_NP = AUX_GAP | BE_FORMS | frozenset("not no never can could will shall should must might".split())


def _source_np_head(toks: Sequence[Token], a: int, b: int) -> int | None:
    """Index of the role noun heading the noun phrase ``toks[a:b]`` when the phrase names an
    unnamed source, else None.

    The phrase is: an optional indefinite opener ("a", "some", "two", a number), up to three
    modifiers ("senior", "regional", "Western", "US"), a noun of role ("officials",
    "diplomat", "analysts"; a singular one needs its opener), then optionally a post-modifier
    ("in Vienna", "at the ministry", "familiar with the matter", "close to the president",
    "of the delegation"). "people", "person", "those", "member" count only with such a
    post-modifier ("people familiar with ...", "a member of ..."). A definite determiner or
    a possessive before the head ("the officials", "Moscow's officials") points back to a
    named group, so the phrase is not a weasel.

    >>> from course.document import build_document
    >>> d = build_document("Diplomats in Vienna")
    >>> _source_np_head(d.tokens, 0, 3)
    0
    >>> d = build_document("the diplomats in Vienna")
    >>> _source_np_head(d.tokens, 0, 4) is None
    True
    """
    if b - a < 1 or b - a > 10:
        return None
    if any(toks[m].norm in _NOT_IN_SOURCE_NP for m in range(a, b)):
        return None  # a verb or a negation inside: not a plain noun phrase ("Not one member ... has")
    k = a
    first = toks[a].norm
    opener = first in INDEFINITE_OPENERS or bool(_NUMBER_RE.match(first))
    if opener:
        k += 1
    modifiers = 0
    roles = _role_nouns()
    while k < b:
        w = toks[k].norm
        nxt = _norm(toks, k + 1) if k + 1 < b else ""
        # ("Some opposition figures said": "figures" are people only after a word of public life,
        # never bare: "Government figures show", "figures suggest" are numbers)
        person_figure = w in ("figure", "figures") and k > a and _norm(toks, k - 1) in word_class("person-figure-modifiers")
        if (w in roles or person_figure) and not (w in ("source", "sources") and nxt in ("of", "for") and not opener):
            singular = not w.endswith("s") or w in ("witness",)
            if singular and not opener:
                return None
            # (a place, a group, a relative clause, or a participle or adjective of its own: "familiar
            # with the matter", "witnesses reached by phone"; the class ``source-postmodifiers``)
            if k + 1 < b and nxt not in ("in", "at", "from", "within", "inside", "of", "with", "who", "on") \
                    and nxt not in SOURCE_POSTMODIFIERS and not _reduced_relative(toks, k + 1):
                return None
            return k
        if w in RELATIONAL_HEADS:
            link = nxt
            if link in RELATIONAL_LINKS and k + 1 < b:
                after = RELATIONAL_LINKS[link]
                if w in ("member", "members") and link != "of":
                    return None
                if w not in ("member", "members") and link == "of":
                    return None
                if not after or _norm(toks, k + 2) == after:
                    return k
            return None
        if w in DETERMINERS or w in PREPOSITIONS or not w.replace("-", "").isalpha() or modifiers >= 3 \
                or w in ("citing", "quoting") or w in _source_reporting_verbs():
            return None  # (a participle of reporting opens no noun phrase: "citing unnamed sources")
        modifiers += 1
        k += 1
    return None


def _reduced_relative(toks: Sequence[Token], k: int) -> bool:
    """Does a reduced passive relative start at ``toks[k]``: a past participle and the phrase of its
    agent, place or time ("economists **polled by** the Herald", "analysts surveyed in Vorna",
    "a doctor reached by phone")? The phrase belongs to the source, like "interviewed in Drava".

    >>> from course.document import build_document
    >>> d = build_document("economists polled by the Herald")
    >>> _reduced_relative(d.tokens, 1)
    True
    >>> d = build_document("economists expected inflation")
    >>> _reduced_relative(d.tokens, 1)
    False
    """
    w = _norm(toks, k)
    participle = (w.endswith("ed") and len(w) > 4) or w in _IRREGULAR_PARTICIPLES
    return participle and toks[k].text.islower() and _norm(toks, k + 1) in ("by", "in", "at", "on", "across", "over")


def _np_end(toks: Sequence[Token], a: int, limit: int = 10) -> int:
    """End (exclusive) of a noun phrase starting at ``a`` and running to the next boundary."""
    k = a
    while k < len(toks) and k - a < limit and toks[k].norm not in _NP_BOUNDARY and toks[k].norm not in (".", "!", "?"):
        k += 1
    return k


def _partitive_head(toks: Sequence[Token], a: int, b: int, earlier: AbstractSet[str]) -> int | None:
    """Index of the head of a partitive "two of the people", "one of those officials" (``toks[a:b]``)
    whose group an earlier unnamed source of the text introduced ("people familiar with the
    inquiry said ... two of the people said"), else None. The definite "the" points back to that
    unnamed group, so the part is as unnamed as the whole.

    >>> from course.document import build_document
    >>> d = build_document("two of the people")
    >>> _partitive_head(d.tokens, 0, 4, frozenset({"people", "familiar"}))
    3
    >>> _partitive_head(d.tokens, 0, 4, frozenset()) is None
    True
    """
    if b - a != 4 or _norm(toks, a + 1) != "of" or _norm(toks, a + 2) not in ("the", "those", "these"):
        return None
    first, head = _norm(toks, a), _norm(toks, a + 3)
    if not (first in INDEFINITE_OPENERS - {"a", "an"} or _NUMBER_RE.match(first)):
        return None
    return a + 3 if head in earlier and (head in _role_nouns() or head in RELATIONAL_HEADS) else None


def _pronoun_partitive(toks: Sequence[Token], a: int, b: int) -> int | None:
    """Index of "them" in a pronoun partitive "One of them", "two of them" (``toks[a:b]``), else None.

    The caller asks only when an unnamed group was the source of the sentence before or of this
    one: "Two shipping brokers in Vorna said ... One of them said ..." picks a speaker out of
    that group, as unnamed as the whole.

    >>> from course.document import build_document
    >>> _pronoun_partitive(build_document("One of them").tokens, 0, 3)
    2
    >>> _pronoun_partitive(build_document("One of us").tokens, 0, 3) is None
    True
    """
    if b - a != 3 or _norm(toks, a + 1) != "of" or _norm(toks, a + 2) not in ("them", "those"):
        return None
    first = _norm(toks, a)
    return a + 2 if first in INDEFINITE_OPENERS - {"a", "an"} or _NUMBER_RE.match(first) else None


def _plural_group(toks: Sequence[Token], a: int, head: int) -> bool:
    """Is the unnamed source starting at ``toks[a]`` with its head at ``head`` a group of several
    ("Two shipping brokers", "people familiar with ...", "Western officials"), which "them" can
    point back to? One person ("a diplomat") and a partitive are not.

    >>> from course.document import build_document
    >>> d = build_document("Two brokers in Vorna")
    >>> _plural_group(d.tokens, 0, 1), _plural_group(build_document("A broker").tokens, 0, 1)
    (True, False)
    """
    w = _norm(toks, head)
    if _norm(toks, a + 1) == "of" or w in ("them", "those"):
        return False
    return w in ("people", "persons", "members") or w.endswith("s") and w not in ("witness", "person") \
        or w.endswith("men") and len(w) > 4  # ("Two fishermen", "crewmen": plurals in -men)


def _unnamed_sources(toks: Sequence[Token], earlier: AbstractSet[str] = frozenset(),
                     group: bool = False) -> dict[int, tuple[int, int]]:
    """Pattern ``unnamed-source``: a person or group named only by role, used as a source.

    The noun phrase (see :func:`_source_np_head`) counts when it is

    - the subject of a reporting verb ("Analysts said", "A member of the delegation said",
      "regional diplomats called for calm", "US officials have argued"), in plain or
      inverted order (", a diplomat in Vienna said.", "..., said a Western diplomat.");
    - the object of "according to" ("according to two officials"), or of "citing" or "quoting"
      ("The agency, citing a source in the delegation, reported"), and the speaker after "quoted" or
      "cited" before "as saying" ("The agency quoted an unnamed official as saying").

    A restrictive relative clause may stand between the phrase and its verb ("analysts who
    reviewed the document said"). A partitive ("two of the people said") counts when ``earlier``,
    the words of the text's earlier unnamed sources, holds its head (:func:`_partitive_head`); a
    pronoun partitive ("One of them said") when ``group`` says an unnamed plural source stood in the
    sentence before (:func:`_pronoun_partitive`). Coordinated nouns of role are one phrase ("traders
    and analysts said"); a refusal to speak has a source too ("Officials from the council declined to
    comment"), and the infinitive's "to" ends the phrase.

    Returns ``{start: (end, head)}`` in sentence token positions (end exclusive).

    >>> from course.document import build_document
    >>> d = build_document("Diplomats in Vienna said privately that the truce could collapse.")
    >>> _unnamed_sources(d.tokens)
    {0: (3, 0)}
    >>> _unnamed_sources(build_document("The diplomats said the truce could collapse.").tokens)
    {}
    """
    out: dict[int, tuple[int, int]] = {}
    n = len(toks)
    verbs = _source_reporting_verbs()

    plural: dict[int, bool] = {}  # for each source found: is it an unnamed plural group?
    groups = [0]  # how many of them are

    def add(a: int, b: int) -> None:
        head = _source_np_head(toks, a, b)
        if head is None and earlier:
            head = _partitive_head(toks, a, b, earlier)
        if head is None and (group or groups[0] > 0):
            head = _pronoun_partitive(toks, a, b)
        if head is None:
            return
        # coordinated nouns of role are one source: "traders and analysts said", "said traders and analysts"
        if a >= 2 and _norm(toks, a - 1) in ("and", "or"):
            c = a - 2
            while c > 0 and a - 1 - c < 5 and toks[c - 1].norm not in _NP_BOUNDARY:
                c -= 1
            if _source_np_head(toks, c, a - 1) is not None:
                a = c
        if _norm(toks, b) in ("and", "or"):
            d = _np_end(toks, b + 1)
            if d > b + 1 and _source_np_head(toks, b + 1, d) is not None:
                b = d
        out[a] = (b, head)
        groups[0] -= plural.get(a, False)
        plural[a] = _plural_group(toks, a, head)
        groups[0] += plural[a]

    cues = _source_cues()
    for v in [k for k, t in enumerate(toks) if t.norm in cues]:
        w = toks[v].norm
        if w == "according" and _norm(toks, v + 1) == "to":
            add(v + 2, _np_end(toks, v + 2))
            continue
        if w in ("citing", "quoting"):  # "The agency, citing two officials, reported"
            add(v + 1, _np_end(toks, v + 1))
            continue
        # (active only: in "were quoted by the agency as saying" the subject speaks, below)
        active = w in _QUOTING_AS and v + 1 < n and _norm(toks, v + 1) != "by" and _norm(toks, v - 1) not in BE_FORMS
        end = _np_end(toks, v + 1) if active else v + 1
        if end > v + 1 and _norm(toks, end) == "as":
            add(v + 1, end)  # "The agency quoted an unnamed official as saying ..." (its subject is read below too)
        if v > 0 and toks[v].text[:1].isupper():
            continue  # a capital mid-sentence is a name, not a verb ("Paramedics in the United States")
        if w in word_class("declining-verbs") and _norm(toks, v + 1) == "to" \
                and _norm(toks, v + 2) in word_class("refusal-verbs"):
            pass  # a refusal to speak: "Officials from the council declined to say whether ..."
        elif w not in verbs or _norm(toks, v - 1) == "to":
            continue  # (an infinitive's subject is not just before its "to": "declined to say")
        if w.endswith("ing") and v > 0 and toks[v - 1].text == ",":
            # a participle after the clause ("International observers on Sunday challenged the result,
            # saying ..."): its subject is the clause's, at the start of the sentence
            b = 0
            while b < v and (toks[b].text[:1].isupper() or toks[b].norm in _role_nouns()
                             or toks[b].norm in INDEFINITE_OPENERS or _NUMBER_RE.match(toks[b].norm)):
                b += 1
            if b > 0:
                add(0, b)
            continue
        if w in ("called", "call", "calls") and _norm(toks, v + 1) not in ("for", "on"):
            continue
        # subject before the verb, auxiliaries and adverbs skipped ("have long argued"), and a
        # participle clause between commas ("A senior official, speaking on condition of anonymity, said")
        k = v - 1
        if k > 0 and toks[k].text == ",":
            m = next((m for m in range(k - 1, max(0, k - 25), -1) if toks[m].text == ","), None)
            # (or a relative clause: "A ministry official, who asked not to be named, said")
            if m is not None and m > 0 and (toks[m + 1].norm.endswith("ing") and toks[m + 1].text.islower()
                                            or toks[m + 1].norm == "who" or _reduced_relative(toks, m + 1)):
                # (or a reduced relative: "A doctor at the main hospital, reached by satellite phone, described")
                k = m - 1
        else:
            # ... or one without commas, a restrictive relative clause on the source ("A senior
            # official who spoke on condition of anonymity ... said", "analysts who reviewed the
            # document said", "A Western diplomat who has followed the talks said"); not when the
            # words after "who" are the verb's own subject ("the man who officials said was a spy")
            who = next((m for m in range(k, max(0, k - 20), -1) if toks[m].norm == "who"
                        or toks[m].text in (",", ".", ";", ":")), None)
            if who is not None and toks[who].norm == "who" and 0 < who <= k \
                    and (who == k or _source_np_head(toks, who + 1, k + 1) is None):
                k = who - 1
        skipped = 0
        while k >= 0 and skipped < 3 and (toks[k].norm in AUX_GAP or _ADVERB_RE.match(toks[k].norm)
                                          or w == "quoted" and toks[k].norm in BE_FORMS):
            k -= 1  # ("were quoted by the agency as saying": the subject is before "were")
            skipped += 1
        if k >= 0 and toks[k].norm not in BE_FORMS:
            a = k
            while a > 0 and k - a < 10 and toks[a - 1].norm not in _NP_BOUNDARY \
                    and not (toks[a].norm in INDEFINITE_OPENERS and _acted_on(toks, a)):
                a -= 1  # (a verb of action before the group ends it: "Tarsk expelled several diplomats who said")
            apposition = a >= 2 and toks[a - 1].text == "," and toks[a - 2].text[:1].isupper() \
                and toks[a - 2].norm not in INDEFINITE_OPENERS and toks[k].text == ","
            # ("Collin Koh, a maritime security analyst, said": set off by commas on both sides;
            # "killed on Saturday, local officials said" is a clause, then its source)
            if toks[a].norm not in _NP_BOUNDARY and not apposition:
                add(a, k if toks[k].text == "," else k + 1)
        # inverted order after a quotation or clause: "..., said a Western diplomat."
        if v > 0 and toks[v - 1].norm in (",", "”", '"') and v + 1 < n:
            add(v + 1, _np_end(toks, v + 1))
    return out


#: Quotation marks around a word that is mentioned, not used ("the word 'likely'").
_QUOTE_MARKS = frozenset({"“", "”", '"', "'", "‘", "’"})


def _mentioned(toks: Sequence[Token], s: int, e: int) -> bool:
    """Pattern ``use-mention``: is the phrase ``toks[s:e]`` quoted as a word, not used to hedge a
    claim? The quotation holds the phrase alone, and a word of ``mention-words`` names it as a word:
    just before the opening mark ("When we write 'likely' we mean ...", "the term “probably”") or
    just after the closing one, a form of "be" allowed between ("'Almost certainly' means above 95
    percent", '"probably" is defined as ...'). Such a phrase qualifies no claim: it is the topic of
    a definition. A quoted answer ('he said "probably"') is used, not mentioned: "say" is no word
    of mention.

    >>> from course.document import build_document
    >>> d = build_document("When we write 'likely' we mean a 55 percent chance.")
    >>> _mentioned(d.tokens, 4, 5)
    True
    >>> d = build_document("Asked about talks, he said 'likely' and left.")
    >>> _mentioned(d.tokens, 7, 8)
    False
    """
    if s < 1 or e >= len(toks) or toks[s - 1].norm not in _QUOTE_MARKS or toks[e].norm not in _QUOTE_MARKS:
        return False
    words = word_class("mention-words")
    after = e + 1 + (_norm(toks, e + 1) in BE_FORMS)
    return _norm(toks, s - 2) in words or _norm(toks, after) in words


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
    earlier: set[str] = set()  # the words of the unnamed sources met so far (for partitives)
    group_at = -2  # the last sentence whose source was an unnamed group ("Two brokers said"), for "One of them"
    ctx = _Context(_quote_positions(doc), doc)
    for sentence, toks in doc.sentence_tokens():
        if not toks:
            continue
        toks, made = _reading(toks)
        sources = _unnamed_sources(toks, earlier, group=group_at == sentence.index - 1)
        if any(_plural_group(toks, x, h) for x, (_, h) in sources.items()):
            group_at = sentence.index
        norms = [t.norm for t in toks]
        n = len(toks)
        # only a word that starts a lexicon row or an unnamed source can start a mark
        starts = [k for k, w in enumerate(norms) if w in rules or k in sources]
        i = at = 0
        while at < len(starts):
            if starts[at] < i:
                at += 1
                continue
            i = starts[at]
            found = None
            for r in rules.get(norms[i], ()):
                w = r.tokens
                if len(w) > 1 and w[0] not in _NEGATORS and (i + 1 >= n or norms[i + 1] != w[1]):
                    continue  # (the second word already differs: what _row_end would find, sooner)
                stop = _row_end(norms, i, w)
                if stop is None:
                    continue
                if r.exclude_prev and _norm(toks, i - 1) in r.exclude_prev:
                    continue
                if r.exclude_next and _norm(toks, stop) in r.exclude_next:
                    continue
                end = r.condition(toks, i, stop, ctx)
                if end is not None:
                    found = (i, end, r)
                    break
            source = sources.get(i)
            if source is not None and (found is None or source[0] >= found[1]):
                b_idx, head = source
                a, b = toks[i], toks[b_idx - 1]
                phrase = text[a.start : b.end]
                who = "person" if head == b_idx - 1 and not toks[head].norm.endswith("s") else toks[head].norm
                if head in (i + 2, i + 3) and _norm(toks, i + 1) == "of":  # a partitive: "two of the people", "one of them"
                    why = (f"“{phrase}” picks speakers out of an unnamed group ({toks[head].norm}) met earlier in the text, "
                           "so the reader still cannot check who is speaking or what their interests are.")
                else:
                    why = (f"“{phrase}” names a source only by role ({who}), not by name, so the reader "
                           "cannot check who is speaking or what their interests are.")
                out.append(
                    Annotation(
                        a.start, b.end, phrase, "hedge", "weasel", why,
                        rule="pattern: unnamed-source", reference="Vincze 2013 (weasel)",
                        sentence=sentence.index,
                    )
                )
                earlier.update(phrase.lower().split())
                i = b_idx
                continue
            if found is None:
                i += 1
                continue
            s, e, r = found
            if _mentioned(toks, s, e):  # "the word 'likely'": a word quoted as a word hedges nothing
                i = e
                continue
            if s in made:  # "isn't clear", "didn't rule out": the span takes the whole word
                s -= 1
            label, explanation, reference, rule = r.label, r.explanation, r.source, r.rule
            if r.extent == "verb-group":
                # (a hypothetical "would" right before the verb is part of its group: "would expect" is
                # one doxastic hedge, §4 "Verbal hedges take their verb group"; "may", with a possibility
                # of its own, stays apart: "may" + "be expected to")
                if out and out[-1].category == "hedge" and out[-1].text.lower() == "would" \
                        and _verb_group(toks, s, e, -1)[0] <= _token_at(toks, out[-1].start):
                    out.pop()
                s, e, widely = _verb_group(toks, s, e, out[-1].end if out else -1)
                if s in made:
                    s -= 1
                if widely and r.category == "hedge":
                    label, reference, rule = "weasel", "Vincze 2013 (weasel)", f"{r.rule} + {widely}"
                    explanation = (f"“{text[toks[s].start:toks[e - 1].end]}” says that many people hold "
                                   "this view without saying who they are.")
            if e in made:  # "wouldn't", "couldn't": a modal row takes its contracted "not" with it
                e += 1
            a, b = toks[s], toks[e - 1]
            out.append(
                Annotation(
                    a.start, b.end, text[a.start : b.end], r.category, label, explanation,
                    rule=rule, reference=reference, sentence=sentence.index,
                )
            )
            if label == "weasel":
                earlier.update(out[-1].text.lower().split())
            i = e
    return out
