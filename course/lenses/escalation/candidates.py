"""Candidate phrases of one sentence: lexicon and pattern matches, the context words a
lexicon row needs, and the longer or pattern match kept where two overlap."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from ...document import Sentence, Token
from ..attribution.words import TITLE_ABBREVIATIONS, _adjective_shaped, _finite_like, speaker_nouns
from .context import _has_context
from .lexicon import _lexicon
from .patterns import _pattern_index
from .words import word_class


@dataclass
class _Cand:
    i: int  # first token (sentence-local index)
    j: int  # last token, inclusive
    category: str
    label: str
    intensity: float
    cameo: str
    explanation: str
    rule: str
    reference: str
    role: str = ""
    priority: int = 0
    kahn: str = ""
    modifiers: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    base: float = 0.0  # the CAMEO weight before negation and modifiers
    no_negation: bool = False  # a speech-act rule already read the negation ('did not rule out ...')
    denied: str = ""  # the denial verb whose content this phrase is ('denied that ...'): negated, label kept
    hedge: str = ""  # a hedge found by a speech-act rule ('did not rule out')
    own_negation: bool = False  # the negator is inside the span ('would not accept'): not 'negated'
    warned_against: str = ""  # the warning whose addressee is told not to take this step ('warned Tarsk against ...')
    across_quote: bool = False  # a pattern read it past a quotation mark inside it ('would "not leave ..."')


#: The norms of the double quotation marks (straight and curly ones: ``"``; a doubled apostrophe
#: is two tokens ``'``, which stay: a single one is an apostrophe as often).
_QUOTE_MARKS = frozenset({'"'})


def _sentence_string(tokens: Sequence[Token], skip: frozenset[str] = frozenset()
                     ) -> tuple[str, dict[int, int], dict[int, int], dict[int, int]]:
    """The sentence's tokens in lower case joined by single spaces, the string the patterns read, with
    the tokens whose norm is in ``skip`` left out; and three maps: character offset -> index of the
    token starting there, character offset -> index of the token ending there, and token index ->
    its offset (tokens left out have none).

    >>> from course.document import build_document
    >>> toks = build_document('It would "not leave" it.').tokens
    >>> _sentence_string(toks, _QUOTE_MARKS)[0]
    'it would not leave it .'
    """
    starts, ends, offsets, parts, pos = {}, {}, {}, [], 0
    for k, t in enumerate(tokens):
        if skip and t.norm in skip:
            continue
        starts[pos] = k
        offsets[k] = pos
        parts.append(t.norm)
        pos += len(t.norm)
        ends[pos] = k
        pos += 1
    return " ".join(parts), starts, ends, offsets


def _is_name_part(tokens: Sequence[Token], i: int, j: int) -> bool:
    """True for a word inside a multi-word proper name ('Economic Cooperation', 'Open Skies Treaty')."""
    if i == 0:
        return False
    if not all(t.text[:1].isupper() for t in tokens[i : j + 1]):
        return False
    before = tokens[i - 1].text
    after = tokens[j + 1].text if j + 1 < len(tokens) else ""
    return (before[:1].isupper() and _name_word(before) and i - 1 > 0) or (after[:1].isupper() and _name_word(after))


def _name_word(text: str) -> bool:
    """Is ``text`` a word a name can be made of, hyphenated ones too ("Ki-moon", "Secretary-General")?"""
    return text.replace("-", "").isalpha()


def _is_personal_name(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Is the capitalised word at ``i`` (one word) a person's name in a sentence of the body? It is
    after a title ("Mr. Ban", "Dr Strike"; ``TITLE_ABBREVIATIONS``), before a possessive ("Ban's
    successor"), first in its sentence before a second part of the name and a verb ("Ban Ki-moon said"),
    and before an apposition of a person between commas ("Ban, a diplomat from South Korea,
    will ..."; a noun of people or bodies, :func:`~course.lenses.attribution.words.speaker_nouns`). An
    imperative is none ("Ban the tests, he said"), and a headline ("Ban on exports") is left to the caller.

    >>> from course.document import build_document
    >>> _is_personal_name(build_document("Mr. Ban's successor spoke.").tokens, 2, 2)
    True
    >>> _is_personal_name(build_document("Ban the tests, he said.").tokens, 0, 0)
    False
    """
    word = tokens[i].text
    if i != j or not (word[:1].isupper() and word[1:2].islower()):
        return False
    k = i - 2 if i >= 2 and tokens[i - 1].text == "." else i - 1
    if k >= 0 and tokens[k].norm in TITLE_ABBREVIATIONS and tokens[k].text[:1].isupper():
        return True  # "Mr. Ban", "Mr Ban"
    if j + 2 < len(tokens) and tokens[j + 1].text in ("'", "’") and tokens[j + 2].norm == "s":
        return True  # "Ban's successor"
    if i == 0 and j + 2 < len(tokens) and tokens[j + 1].text[:1].isupper() and _name_word(tokens[j + 1].text) \
            and _finite_like(tokens[j + 2]):
        return True  # "Ban Ki-moon said": a name of two parts as the subject of a verb, first in its sentence
    return _before_person_apposition(tokens, j)


#: Words after the head noun of an apposition that describes a person ("a diplomat from South Korea,").
_APPOSITION_TAILS = frozenset(", from of at who and".split())


def _before_person_apposition(tokens: Sequence[Token], j: int) -> bool:
    """Does an apposition of a person between commas follow token ``j`` (", a diplomat from South
    Korea,", ", the former foreign minister,")? Its head noun is followed by a comma, "from", "of", "at",
    "who" or "and", not by a verb: in "Sanctions, a senior official said, would follow" the official
    speaks, and "Sanctions, the harshest tool of the bloc," name a tool."""
    if not (j + 2 < len(tokens) and tokens[j + 1].text == "," and tokens[j + 2].norm in ("a", "an", "the")):
        return False
    people = speaker_nouns()
    for k in range(j + 3, min(len(tokens) - 1, j + 8)):
        if tokens[k].text == "," or tokens[k].norm in _APPOSITION_TAILS:
            return False  # past the head noun: "the harshest tool of the bloc" describes no person
        if tokens[k].norm in people and tokens[k + 1].norm in _APPOSITION_TAILS:
            return True
    return False


#: Determiners of a noun the paragraph around it explains ("the withdrawal", "this deployment").
_ANAPHORIC = frozenset("the this that these those".split())


#: Words that open a noun group, so that an -ing word after them is a noun's modifier, not a verb:
#: "a hacking group", "an alleged spying ring" (and not "rebels attacking groups of civilians").
_NOUN_OPENERS = frozenset("a an the alleged suspected purported so-called".split())


def _after_opened_adjective(tokens: list[Token], i: int) -> bool:
    """Does an adjective stand before token ``i``, after a word that opens a noun group ("a credible
    negotiating partner")? Then the -ing word is inside that noun group, a modifier, not a verb.
    (The adjective is told by its shape, as the attribution lens tells one:
    :func:`~course.lenses.attribution.words._adjective_shaped`.)"""
    return i > 1 and tokens[i - 2].norm in _NOUN_OPENERS and _adjective_shaped(tokens[i - 1])


#: The forms of "break" and "fall" that need a particle to say a process broke down ("broke off", "fell apart").
_BREAK_FORMS = frozenset("break breaks broke broken breaking".split())
_FALL_FORMS = frozenset("fall falls fell fallen falling".split())


def _breaking_down(tokens: Sequence[Token], j: int) -> bool:
    """Is the noun at ``j`` a cooperative process (class ``process-nouns``) that the verb right after it,
    past a perfect auxiliary or an adverb, says collapsed, broke down or off, fell apart or stalled
    ("The talks broke off on Thursday", "talks had repeatedly stalled"; classes ``breakdown-verbs``,
    ``weakening-verbs``)? Talks that break off are negotiations: the breakdown gives them their field
    (talks that "failed" may be any talks).

    >>> from course.document import build_document
    >>> _breaking_down(build_document("The talks broke off on Thursday.").tokens, 1)
    True
    >>> _breaking_down(build_document("The talks broke records.").tokens, 1)
    False
    """
    if tokens[j].norm not in word_class("process-nouns"):
        return False
    k = j + 1
    while k < len(tokens) and (tokens[k].norm in ("has", "have", "had")
                               or tokens[k].norm.endswith("ly") and tokens[k].text.islower()):
        k += 1
    if k >= len(tokens):
        return False
    verb, nxt = tokens[k].norm, tokens[k + 1].norm if k + 1 < len(tokens) else ""
    if verb in _BREAK_FORMS:
        return nxt in ("down", "off")
    if verb in _FALL_FORMS:
        return nxt == "apart"
    if verb.startswith("fail"):
        return False  # ("He recognised that the talks had failed": any talks can fail, only negotiations break off)
    return verb in word_class("breakdown-verbs") or verb in word_class("weakening-verbs")


def _collect(tokens: list[Token], sentence: Sentence, ctx: dict[str, Any]) -> list[_Cand]:
    cands: list[_Cand] = []
    matcher = _lexicon()
    actors = word_class("actor-nouns")  # nouns of people or bodies: "aid agencies"
    for first, last, e in matcher.finditer(tokens):
        i, j = first.index - tokens[0].index, last.index - tokens[0].index
        if e.condition is not None and not e.condition(tokens, i, j):
            # the row's own rule rules it out ('declined to comment' is no rejection; see conditions.py):
            # its first words may still be a shorter row ("a strike on Monday": a day is no target of
            # "strike on", and "strike" is read on its own)
            held = next(((k, v) for k, values in matcher.shorter(tokens, i, j) for v in values[:1]
                         if v.condition is None or v.condition(tokens, i, k)), None)
            if held is None:
                continue
            j, e = held
        if e.context and not _has_context(e.context, tokens) and not _has_context(e.context, ctx.get("previous", ())) \
                and not (i > 0 and tokens[i - 1].norm in _ANAPHORIC and _has_context(e.context, ctx.get("next", ()))) \
                and not _breaking_down(tokens, j):
            continue  # ("Diplomats said the withdrawal may take days. Troops were still dug in": a definite
            #           noun takes its field from the sentence after it in the paragraph too)
        if sentence.kind == "body" and (_is_name_part(tokens, i, j) or _is_personal_name(tokens, i, j)):
            continue  # ("Economic Cooperation", "Mr. Ban's successor": a name, no event)
        if i == j and (e.label != "ACCUSE" or tokens[j].norm.endswith("ing")) and j + 1 < len(tokens) and tokens[j + 1].norm in actors and tokens[j + 1].text.islower() \
                and (not tokens[j].norm.endswith(("ing", "ed")) or i > 0 and tokens[i - 1].norm in _NOUN_OPENERS
                     or _after_opened_adjective(tokens, i)):
            continue  # 'aid agencies', 'protest groups', 'a hacking group', 'a credible negotiating partner': who
            # they are, not an event
            # (but a label stays one before the group it labels: 'a terrorist group'; a gerund of a
            # charge names the group's trade: 'an alleged spying ring')
        cands.append(
            _Cand(i, j, e.category, e.label, e.intensity, e.cameo, e.explanation, f"escalation.tsv: {e.phrase}",
                  e.source, role=e.role, priority=1, kahn=e.kahn)
        )
    # only the patterns one of whose anchor words is in the sentence, and a word of each set
    # they need, can match; they run in their listed order
    patterns, anchor_index, anchor_words, required, firsts = _pattern_index()
    words = {t.norm for t in tokens}
    live: set[int] = set()
    for w in anchor_words.intersection(words):
        live.update(anchor_index[w])
    runs = []
    for n in sorted(live):
        for needed in required[n]:
            if words.isdisjoint(needed):
                break
        else:
            runs.append(n)
    if runs:
        # a quotation mark inside a phrase does not change its reading ('would "not leave this
        # provocation unanswered"'): the patterns read the sentence without them, but for the few
        # that name a quotation mark ('would respond "symmetrically"')
        plain = _sentence_string(tokens, _QUOTE_MARKS) if words & _QUOTE_MARKS else None
        marked = None if plain is not None else _sentence_string(tokens)
        for n in runs:
            if patterns[n].reads_quotes:
                if marked is None:
                    marked = _sentence_string(tokens)
                s, starts, ends, offsets = marked
            else:
                s, starts, ends, offsets = plain or marked
            first = firsts[n]
            at = None if first is None else [offsets[k] for k, t in enumerate(tokens) if t.norm in first]
            _run_pattern(patterns[n], s, starts, ends, tokens, ctx, cands, at)
    # overlaps: patterns first, then one that reads the quotation marks over one that reads past them
    # ('respond "symmetrically"': the quoted manner is its own mark), then longer, then earlier
    cands.sort(key=lambda c: (-c.priority, c.across_quote, -(c.j - c.i), c.i))
    taken: list[_Cand] = []
    occupied: set[int] = set()  # token indices inside a kept candidate
    starting: dict[int, _Cand] = {}  # kept candidates by their first token
    for c in cands:
        if occupied.isdisjoint(range(c.i, c.j + 1)):
            taken.append(c)
            occupied.update(range(c.i, c.j + 1))
            starting[c.i] = c
            continue
        kept = starting.get(c.j)
        if kept is not None and _participle_after_object(tokens, kept, c) and occupied.isdisjoint(range(c.i, c.j)):
            kept.i = c.j + 1  # ("freed 30 Tavian soldiers captured in the fighting": two acts, "captured" alone)
            taken.append(c)
    taken.sort(key=lambda c: c.i)
    return taken


def _run_pattern(p: Any, s: str, starts: dict[int, int], ends: dict[int, int], tokens: list[Token],
                 ctx: dict[str, Any], cands: list[_Cand], at: list[int] | None = None) -> None:
    """Add to ``cands`` every match of pattern ``p`` in the sentence string ``s`` that starts and ends
    on token boundaries (``starts``, ``ends``: character offset -> token index) and passes the
    pattern's own check. ``at``, when given, holds the only offsets a match can start at (the
    tokens of the pattern's first words): the same matches as scanning every offset."""
    for m in (p.regex.finditer(s) if at is None else _matches_at(p.regex, s, at)):
        a, b = m.span("cue") if "cue" in p.regex.groupindex and m.group("cue") else m.span()
        if a not in starts or b not in ends:
            continue
        i, j = starts[a], ends[b]
        if p.check and not p.check(tokens, i, j, ctx):
            continue
        cands.append(
            _Cand(i, j, p.category, p.label, p.intensity, p.cameo, p.explanation, f"pattern: {p.name}",
                  p.source, role=p.role, priority=p.rank, kahn=p.kahn,
                  across_quote=not p.reads_quotes and _has_quote_mark(tokens, i, j))
        )


def _has_quote_mark(tokens: list[Token], i: int, j: int) -> bool:
    """Is a quotation mark among the tokens ``i`` to ``j``?"""
    return any(t.norm in _QUOTE_MARKS for t in tokens[i : j + 1])


def _matches_at(regex: Any, s: str, at: list[int]) -> list[Any]:
    """The matches ``regex.finditer(s)`` would give, when a match can only start at the offsets
    ``at`` (in order): the leftmost match at one of them, then the next one after its end.

    >>> import re
    >>> [m.group() for m in _matches_at(re.compile(r"(?<!\\S)ab? c(?!\\S)"), "ab c a c x", [0, 5])]
    ['ab c', 'a c']
    """
    out = []
    after = 0
    for pos in at:
        if pos < after:
            continue
        m = regex.match(s, pos)
        if m is not None:
            out.append(m)
            after = max(m.end(), pos + 1)
    return out


def _participle_after_object(tokens: list[Token], kept: _Cand, c: _Cand) -> bool:
    """Does ``kept`` ("soldiers captured") begin on the last word of ``c`` ("freed 30 Tavian
    soldiers") and go on with the participle of a reduced relative clause? Then the noun is the object
    of the verb before it and the participle alone names the other act: "Meru **freed 30 Tavian
    soldiers** **captured** during the fighting" (ANNOTATION.md §8.4, Heads and their complements).

    >>> from course.document import build_document
    >>> toks = build_document("Meru freed 30 Tavian soldiers captured during the fighting.").tokens
    >>> _participle_after_object(toks, _Cand(4, 5, "escalation", "ASSAULT", -9.0, "181", "", "", ""),
    ...                          _Cand(1, 4, "deescalation", "CONCEDE", 7.0, "0841", "", "", ""))
    True
    """
    if not (kept.i == c.j and kept.j == c.j + 1 and c.i < c.j):
        return False
    participle = tokens[kept.j]
    return participle.text.islower() and participle.norm.endswith("ed") and tokens[c.i].text.islower()
