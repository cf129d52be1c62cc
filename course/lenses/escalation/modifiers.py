"""Clause-level modifiers of a phrase: conditional, hedged, quoted and boosted readings
and their effect on the weight."""

from __future__ import annotations

import bisect
from functools import lru_cache

from ...datasets import load_lexicon
from ...document import Token
from ...model import Annotation
from .candidates import _Cand
from .clauses import _inverted_should, _segment_bounds
from .weights import CONDITIONAL_FACTOR, HEDGE_FACTOR, _NOUNS
from ..attribution.words import AUX, DETERMINERS, FINITE_AUX, IRREGULAR_PAST, _finite_like
from .words import _MODALS, MAIN_MODALS, word_class


def _weaken(c, factor: float, modifier: str, reason: str) -> None:
    """Scale a candidate's weight by ``factor``, mark ``modifier`` and explain it with the
    numbers, e.g. "... so its weight is halved (-4.4 -> -2.2)."."""
    old = c.intensity
    c.intensity = round(c.intensity * factor, 2)
    c.modifiers.append(modifier)
    c.notes.append(f"{reason} ({_signed(old)} -> {_signed(c.intensity)}).")


def _signed(w: float) -> str:
    """A weight with its sign and up to two decimals, as the sums show it ("+0.75", "-2.2").

    >>> _signed(0.75), _signed(-2.2), _signed(4.0)
    ('+0.75', '-2.2', '+4.0')
    """
    text = f"{w:+.2f}".rstrip("0")
    return text + "0" if text.endswith(".") else text

class _StanceIndex:
    """A sentence's hedges and boosters, found by position: the ones that start inside a clause,
    in their original order, without scanning the whole sentence's list for every phrase."""

    __slots__ = ("_items", "_starts")

    def __init__(self, annotations: list[Annotation]) -> None:
        self._items = sorted(enumerate(annotations), key=lambda p: p[1].start)
        self._starts = [a.start for _, a in self._items]

    def within(self, lo: int, hi: int) -> list[Annotation]:
        """The annotations with ``lo <= start < hi``, in their original order."""
        i, j = bisect.bisect_left(self._starts, lo), bisect.bisect_left(self._starts, hi)
        return [a for _, a in sorted(self._items[i:j], key=lambda p: p[0])]


@lru_cache(maxsize=1)
def _attitude_hedges() -> frozenset[str]:
    """Hedges that qualify a word of attitude, not an event ("cautious optimism", "cautiously
    optimistic"): the rows of ``hedges.tsv`` with the condition ``before-attitude``."""
    return frozenset(e.phrase for e in load_lexicon("hedges") if e.get("condition") == "before-attitude")


def _clause_markers(tokens: list[Token], s_first: int, s_last: int,
                    stance: _StanceIndex) -> tuple[str | None, ...]:
    """The first conditional hedge, the first other hedge (not an approximator, not a weasel
    source), the first modal verb, the first certainty or concurrence booster and the first
    weasel source ("Officials") of the clause from token ``s_first`` to ``s_last``, or None for
    each."""
    conditional = hedge = modal = booster = weasel = None
    modal_hedges = word_class("modal-hedges")
    for a in stance.within(tokens[s_first].start, tokens[s_last].end):
        if a.category == "hedge" and a.label == "conditional":
            conditional = conditional or a.text
        elif a.category == "hedge" and a.label == "weasel":
            weasel = weasel or a.text
        elif a.category == "hedge" and a.label != "approximator" and a.text.lower() not in _attitude_hedges():
            hedge = hedge or a.text
        elif a.category == "booster" and a.label in {"certainty", "concurrence"}:
            booster = booster or a.text
    hedge_starts = None
    for t in tokens[s_first : s_last + 1]:
        if t.norm in modal_hedges and t.text != "May":  # "in May", "On May 3", "Theresa May": a month or a name
            if t.norm == "may":
                # a "may" the hedging lens reads as permission grants, it does not guess ("Under the
                # agreement, each side may deploy observers")
                if hedge_starts is None:
                    hedge_starts = {a.start for a in stance.within(tokens[s_first].start, tokens[s_last].end)
                                    if a.category == "hedge"}
                if t.start not in hedge_starts:
                    continue
            modal = t.text
            break
    return conditional, hedge, modal, booster, weasel


#: Words that open a subordinate clause: a hedge after one qualifies that clause only.
_SUBORDINATE_OPENERS = frozenset("that which who whom whose whether where when".split())
#: Subordinators of time and reason: a hedge in the main clause does not reach into their clause.
_ADVERBIAL_SUBORDINATORS = frozenset("since after before because although though while until once when".split())


#: Words that join a second clause to an adverbial one: after them a verb may still be the adverbial clause's.
_COORDINATORS = frozenset("and or but nor".split())


def _fronted_clause_closed(tokens: list[Token], sub: int, c: _Cand) -> bool:
    """Has the adverbial clause that ``tokens[sub]`` opens ended before the phrase ``c`` without a
    comma? It has when it is fronted (at the start of its clause, or right after "that" or a
    punctuation mark), its own finite verb stands after the subordinator and before the phrase,
    one word or more stands between that verb and the phrase (the main clause's subject, with no
    "and" or "or"), and the phrase opens with a finite verb or follows an auxiliary: in "It is
    possible that after the talks failed troops fired on the crowd" the firing is the main
    clause's, as with a comma after "failed" (Quirk et al. 1985: the comma after a short fronted
    adverbial clause is optional). Not "may collapse after the army shelled the town and troops
    fired", whose clause is not fronted, nor "after the armed men fired", whose "armed" after a
    determiner describes the men.

    >>> from course.document import build_document
    >>> toks = build_document("It is possible that after the talks failed troops fired on the crowd.").tokens
    >>> _fronted_clause_closed(toks, 4, _Cand(9, 10, "escalation", "ASSAULT", -10.0, "190", "", "", ""))
    True
    >>> toks = build_document("It is possible that after the armed men fired on the crowd, talks failed.").tokens
    >>> _fronted_clause_closed(toks, 4, _Cand(8, 9, "escalation", "ASSAULT", -10.0, "190", "", "", ""))
    False
    """
    if not (sub == 0 or tokens[sub - 1].norm == "that" or not tokens[sub - 1].text[:1].isalnum()):
        return False
    head = c.i - 1 if c.i > 0 and tokens[c.i - 1].norm in AUX and tokens[c.i - 1].text.islower() else c.i
    if not _finite_like(tokens[head]):
        return False
    verb = next((k for k in range(sub + 1, head) if _finite_like(tokens[k])
                 and tokens[k - 1].norm not in DETERMINERS), None)
    return verb is not None and head - verb >= 2 and not any(
        tokens[k].norm in _COORDINATORS for k in range(verb + 1, head))


def _reaching(tokens: list[Token], c: _Cand, s_first: int, s_last: int, stance: "_StanceIndex",
              hedge: str | None, modal: str | None) -> tuple[str | None, str | None]:
    """The clause's hedge and modal that reach the phrase: one that follows it behind "that",
    "which", "whether" ... qualifies that subordinate clause only ("retaliatory tariffs, deepening a
    dispute that economists fear could tip both economies into recession": the tariffs are not
    hedged; "warned that the corridor could close": the warning is not)."""
    modal_hedges = word_class("modal-hedges")
    # a phrase inside an adverbial clause of time or reason after the hedge ("appears to be the
    # deadliest since a ceasefire collapsed", "may retaliate after the West imposed sanctions"):
    # the hedge qualifies the main clause; only hedges inside the adverbial clause reach the phrase
    # (a past event only: in "may retaliate after the West imposes sanctions" the sanctions are expected)
    end = s_last  # the last token of the clause the phrase is in
    sub = next((k for k in range(c.i - 1, s_first - 1, -1) if tokens[k].norm in _ADVERBIAL_SUBORDINATORS
                and k + 1 < len(tokens) and not tokens[k + 1].norm[:1].isdigit()), None)
    if sub is not None and any(tokens[x].text == "," for x in range(sub + 1, c.i)):
        sub = None  # the adverbial clause closed at its comma before the phrase: "After talks failed, it is possible
        # that troops fired on the crowd" (the firing is the main clause's, and its hedge reaches it)
    if sub is not None and _fronted_clause_closed(tokens, sub, c):
        sub = None  # ... and so it closed before the main clause's verb without a comma: "It is possible that
        # after the talks failed troops fired on the crowd"
    if sub is not None and any(tokens[x].text.islower() and (tokens[x].norm.endswith("ed") or tokens[x].norm in IRREGULAR_PAST
                                                             or tokens[x].norm in ("was", "were", "had", "did"))
                               for x in range(sub + 1, min(s_last, c.j + 2) + 1)):
        s_first = sub
        # (the adverbial clause ends at the comma after the phrase: a hedge of the main clause after it
        # does not reach back into it)
        end = next((x - 1 for x in range(c.j + 1, s_last + 1) if tokens[x].text == ","), s_last)
        inside = [a for a in stance.within(tokens[sub].start, tokens[end].end)
                  if a.category == "hedge" and a.label not in ("conditional", "weasel", "approximator")
                  and a.text.lower() not in _attitude_hedges()]
        hedge = inside[0].text if inside else None
        modal = next((t.text for t in tokens[sub:end + 1] if t.norm in modal_hedges and t.text != "May"), None)
    # a hedge inside a relative clause before a second predicate after "and" stays in that clause
    # ("calls on all parties to refrain from actions that could undermine stability and reaffirms
    # that disputes shall be settled by peaceful means": the means are not hedged, ANNOTATION.md §8.4)
    hedge, modal = _before_coordination(tokens, c, s_first, stance, hedge, modal)
    # a reporting verb after the phrase opens the reported clause ("A diplomat who has followed the
    # talks said the sides might meet": "might" is the reported clause's, the talks are the source's);
    # not a parenthetical one between commas ("Sanctions, officials said, may be imposed")
    reporting = word_class("reporting-words")
    # (a relative clause inside the span is the span's own: in 'to avoid "any step that could lead to
    # miscalculation"' the "could" qualifies the step to be avoided, not the appeal)
    inner = next((k for k in range(c.i + 1, c.j + 1) if tokens[k].norm in ("that", "which", "who")
                  and tokens[k - 1].text.isalpha()), None)
    # (so does a clause of time or reason after the phrase: 'warned of a "firm response" after a vessel
    # allegedly rammed a patrol boat' hedges the ramming, not the warning)
    opener = inner if inner is not None else next((k for k in range(c.j + 1, s_last + 1) if tokens[k].norm in _SUBORDINATE_OPENERS
                   or (tokens[k].norm in reporting and tokens[k - 1].text != ","
                       and not (k + 1 < len(tokens) and tokens[k + 1].text == ","))
                   or tokens[k].norm in _ADVERBIAL_SUBORDINATORS and _opens_clause(tokens, k, s_last)), None)
    if opener is None:
        return hedge, modal
    limit = min(tokens[opener].start, tokens[end].end)
    hedges = [a for a in stance.within(tokens[s_first].start, limit)
              if a.category == "hedge" and a.label not in ("conditional", "weasel", "approximator")
              and a.text.lower() not in _attitude_hedges()]
    modals = [t for t in tokens[s_first:min(opener, end + 1)] if t.norm in modal_hedges and t.text != "May"]
    return (hedges[0].text if hedges else None), (modals[0].text if modals else None)


def _opens_clause(tokens: list[Token], k: int, s_last: int) -> bool:
    """Does the subordinator at ``k`` ("after", "because", "since" ...) open a clause with a verb of
    its own, not a noun phrase ("after a vessel allegedly **rammed** a patrol boat", not "after the
    talks")? Its finite verb stands within eight words, before any punctuation, and not right after
    a determiner ("after the armed men" names men).

    >>> from course.document import build_document
    >>> _opens_clause(build_document("It warned of a response after a vessel allegedly rammed a boat.").tokens, 5, 12)
    True
    >>> _opens_clause(build_document("It may respond after the talks in Orsa.").tokens, 3, 8)
    False
    """
    for m in range(k + 1, min(s_last, k + 8) + 1):
        if not tokens[m].text[:1].isalnum():
            return False
        if _finite_like(tokens[m]) and tokens[m - 1].norm not in DETERMINERS:
            return True
    return False


def _before_coordination(tokens: list[Token], c: _Cand, s_first: int, stance: "_StanceIndex",
                         hedge: str | None, modal: str | None) -> tuple[str | None, str | None]:
    """Drop a hedge or modal that stands inside a relative clause ("actions **that could**
    undermine stability") closed by "and" or "but" and a second predicate ("... and reaffirms that",
    "... and rejected") before the phrase: the hedge qualifies its own clause only."""
    coord = next((k for k in range(c.i - 1, s_first, -1) if tokens[k].norm in ("and", "but") and k + 2 < len(tokens)
                  and (_finite_like(tokens[k + 1]) or tokens[k + 1].text.isalpha() and tokens[k + 1].text.islower()
                       and tokens[k + 1].norm.endswith("s") and tokens[k + 2].norm == "that")), None)
    if coord is None:
        return hedge, modal

    def enclosed(pos: int) -> bool:
        """Is token ``pos`` before the coordination and behind a relative opener?"""
        return pos < coord and any(tokens[x].norm in ("that", "which", "who") for x in range(s_first, pos))

    if hedge is not None:
        h = next((k for k in range(s_first, c.i) if tokens[k].text == hedge.split()[0]), None)
        if h is not None and enclosed(h):
            hedge = None
    if modal is not None:
        m = next((k for k in range(s_first, c.i) if tokens[k].text == modal), None)
        if m is not None and enclosed(m):
            modal = None
    return hedge, modal


def _condition_spans(tokens: list[Token], s_first: int, s_last: int, stance: "_StanceIndex") -> list[tuple[int, int]]:
    """The character spans of the clause's conditions: from each conditional hedge ("if", "unless",
    "provided", and an inverted "should": "... should further attacks occur") to the comma or semicolon
    after it, or to the clause's end."""
    conds = {a.start for a in stance.within(tokens[s_first].start, tokens[s_last].end)
             if a.category == "hedge" and a.label == "conditional"}
    spans = []
    for k in range(s_first, s_last + 1):
        if tokens[k].start in conds and _modal_reservation(tokens, k):
            continue  # "could in principle refuse": no condition, the modal's reservation
        if tokens[k].start in conds or tokens[k].norm == "should" and _inverted_should(tokens, k):
            end = next((x - 1 for x in range(k + 1, s_last + 1) if tokens[x].text in (",", ";")), s_last)
            spans.append((tokens[k].start, tokens[end].end))
    return spans


def _modal_reservation(tokens: list[Token], k: int) -> bool:
    """Is the "in principle" at ``k`` a reservation inside a modal's guess ("Tarsk could in principle
    refuse to implement the decision"), which sets no condition (ANNOTATION.md §3)?"""
    return (k + 1 < len(tokens) and tokens[k].norm == "in" and tokens[k + 1].norm == "principle" and k > 0
            and tokens[k - 1].norm in word_class("modal-hedges"))


def _same_side_of_condition(tokens: list[Token], c: _Cand, s_first: int, s_last: int, stance: "_StanceIndex",
                            hedge: str | None, modal: str | None,
                            spans: list[tuple[int, int]]) -> tuple[str | None, str | None]:
    """Keep the clause's hedge and modal only when they stand on the phrase's side of a condition
    (``spans``, from :func:`_condition_spans`).

    "If they retaliate online, the damage could be far worse": "could" hedges the damage, not the
    retaliation, which is conditional only.
    """
    if not spans:
        return hedge, modal

    def inside(offset: int) -> bool:
        return any(a <= offset < b for a, b in spans)

    here = inside(tokens[c.i].start)
    if hedge is not None:
        h = next((a for a in stance.within(tokens[s_first].start, tokens[s_last].end)
                  if a.category == "hedge" and a.text == hedge), None)
        if h is not None and inside(h.start) != here:
            hedge = None
    if modal is not None:
        m = next((t for t in tokens[s_first : s_last + 1] if t.text == modal), None)
        if m is not None and inside(m.start) != here:
            modal = None
    return hedge, modal


#: Time words that date an event in a possessive: "last week's seizure", "Friday's strike".
_PAST_DATES = frozenset("yesterday monday tuesday wednesday thursday friday saturday sunday week month year "
                        "weekend morning night".split())


def _told_as_past(tokens: list[Token], c: _Cand) -> bool:
    """Is the phrase told as having happened, whatever the clause guesses about what comes next?
    A relative clause in the past right after it ("naval drills that began on Friday") or a
    possessive date before it ("last week's seizure", "Friday's strike") says so: the hedge of the
    main clause does not reach it (ANNOTATION.md §8.4, hedge scope).

    >>> from course.document import build_document
    >>> t = build_document("The launch may coincide with naval drills that began on Friday.").tokens
    >>> _told_as_past(t, _Cand(5, 6, "escalation", "MOBILIZE", -7.2, "152", "", "", ""))
    True
    """
    k = c.j + 1
    if tokens[c.i].norm in word_class("worsening-verbs"):
        return False  # "likely to deepen a crisis that began in March": the crisis is past, its deepening is not
    if _in_reduced_past_relative(tokens, c):
        return True
    if c.i >= 2 and tokens[c.i - 1].norm in ("that", "which") and tokens[c.i - 2].text.isalpha() \
            and tokens[c.i].text.islower() and (tokens[c.i].norm.endswith("ed") or tokens[c.i].norm in IRREGULAR_PAST):
        return True  # the verb of a relative clause in the past: "the ambush that killed four soldiers"
    m = c.i - 1
    while m >= 0 and (tokens[m].norm in ("has", "have", "had", "already", "just")
                      or tokens[m].norm.endswith("ly") and tokens[m].text.islower()):
        m -= 1
    if m >= 0 and m < c.i - 1 and tokens[m].norm in ("that", "which") and tokens[c.i].text.islower() \
            and (tokens[c.i].norm.endswith("ed") or tokens[c.i].norm in IRREGULAR_PAST) \
            and any(tokens[x].norm in ("has", "have", "had") for x in range(m + 1, c.i)):
        return True  # "likely to deepen a crisis that has already stalled talks": a perfect in a relative clause
    if c.i >= 2 and tokens[c.i - 1].norm in _DEFINITE and tokens[c.i - 2].norm in ("using", "use", "uses", "used") \
            and k < len(tokens) and tokens[k].norm == "as":
        return True  # "believed Korsk was using the suspension as leverage": the belief is about the use, a motive
    if k + 1 < len(tokens) and tokens[k].norm in ("that", "which") and tokens[k + 1].text.islower() \
            and (tokens[k + 1].norm.endswith("ed") or tokens[k + 1].norm in IRREGULAR_PAST
                 or tokens[k + 1].norm in ("was", "were", "had")):
        return True
    return c.i >= 3 and tokens[c.i - 1].norm == "s" and tokens[c.i - 2].text in ("'", "’") \
        and tokens[c.i - 3].norm in _PAST_DATES


#: Words before a past participle that make it a verb of the clause, not a reduced relative clause.
_NOT_HEAD_NOUNS = frozenset("be been being is are was were has have had having to not n't never get got gets "
                            "it they he she we i you who which that and or but also already just".split())


_PARTICIPLE_PREPS = frozenset("on in at for with by from over under during near after".split())


def _in_reduced_past_relative(tokens: list[Token], c: _Cand) -> bool:
    """Is the phrase a past participle right after the noun it describes, or inside that
    participle's short phrase ("civilians **detained** on **espionage** charges")? Such a reduced
    relative clause tells of a past event: "the next swap may include civilians detained on
    espionage charges" guesses about the swap, not the detention (ANNOTATION.md §8.4, Hedge scope).
    Not a participle after an auxiliary or a subject ("may have moved", "could be detained").

    >>> from course.document import build_document
    >>> t = build_document("The swap may include civilians detained on espionage charges.").tokens
    >>> _in_reduced_past_relative(t, _Cand(5, 5, "escalation", "COERCE", -5.0, "173", "", "", ""))
    True
    >>> t = build_document("The rebels may have moved heavy weapons.").tokens
    >>> _in_reduced_past_relative(t, _Cand(4, 6, "escalation", "MOBILIZE", -7.2, "154", "", "", ""))
    False
    """
    for p in range(c.i, max(0, c.i - 4), -1):
        w = tokens[p]
        if not (w.text.islower() and (w.norm.endswith("ed") or w.norm in IRREGULAR_PAST)):
            continue
        before = tokens[p - 1]
        if not (before.text.isalpha() and before.text.islower()) or before.norm in _NOT_HEAD_NOUNS \
                or before.norm in _MODALS or before.norm in _DEFINITE or before.norm.endswith("ly") \
                or before.norm in ("a", "an", "the", "of", "in", "on", "at", "for", "with", "by", "from", "as"):
            return False
        if _finite_after_subject(tokens, p, c.j):
            return False  # "it is possible that troops fired on the crowd": the verb of the clause
        # between the participle and the phrase: only a short prepositional phrase, no comma or clause
        # word ("fire prohibited missiles": an adjective before its noun, no participle phrase)
        between = tokens[p + 1 : c.i]
        if p == c.i:
            return True
        return bool(between) and (between[0].norm in _PARTICIPLE_PREPS
                                and all(t.text.isalnum() and t.norm not in ("that", "which", "who", "and", "but", "or")
                                        for t in between))
    return False


#: Words after which a noun group opens a clause: its subject, when a verb in the past follows it.
_CLAUSE_OPENERS = frozenset(", ; that whether where why how after before because since while when once if though although "
                            "until".split())
def _closes_fronted_clause(tokens: list[Token], q: int) -> bool:
    """Is ``tokens[q]`` the past verb that ends a short adverbial clause opening the sentence or a
    "that" clause without a comma ("After the talks failed | the army shelled the town")? Then the
    words after it start the main clause (Quirk et al. 1985: the comma after a short fronted clause
    is optional)."""
    t = tokens[q]
    if not (t.text.islower() and (t.norm.endswith("ed") or t.norm in IRREGULAR_PAST)):
        return False
    r = next((x for x in range(q - 1, max(-1, q - 6), -1) if tokens[x].norm in _ADVERBIAL_SUBORDINATORS), None)
    return r is not None and r < q - 1 and (r == 0 or tokens[r - 1].norm == "that" or not tokens[r - 1].text[:1].isalnum()) \
        and all(tokens[x].text.isalpha() and tokens[x].norm not in _CLAUSE_OPENERS for x in range(r + 1, q))


def _finite_after_subject(tokens: list[Token], p: int, j: int) -> bool:
    """Is the past form at ``p`` the finite verb of a clause whose subject is the short noun group
    right before it ("It is possible that troops **fired** on the crowd", "After talks failed, Velmoran
    troops fired ...")? The group opens its clause (at the start of the sentence, or after "that", a
    comma or a subordinator), and no auxiliary follows in the clause, which would make the past form a
    participle describing the subject ("Soldiers detained on Monday were released")."""
    q = p - 1
    while q >= 0 and p - q <= 4 and tokens[q].text.isalpha() and tokens[q].norm not in _CLAUSE_OPENERS \
            and (tokens[q].text[:1].isupper() or tokens[q].norm not in _NOT_HEAD_NOUNS) \
            and not (q < p - 1 and _closes_fronted_clause(tokens, q)):
        q -= 1
    if q >= 0 and tokens[q].norm not in _CLAUSE_OPENERS and not _closes_fronted_clause(tokens, q):
        return False
    for t in tokens[j + 1 : j + 9]:
        if t.norm in FINITE_AUX:  # a finite auxiliary gives the clause its verb: "Soldiers detained on Monday were released"
            return False
        if t.norm in (",", ";", ":", "that", "which", "who", "and", "but"):
            break
    return True


def _subject_of_ending(tokens: list[Token], c: _Cand) -> bool:
    """Is the phrase the subject of a verb of ending or lasting ("the truce could unravel if ...",
    "unless the harassment stopped", "if cooperation by all parties founders")? Then the state it names exists; the ending is what is
    hedged or conditional. The verbs are the class ``ending-verbs`` ("last" is left out: "moved
    units last week")."""
    k = c.j + 1
    if k < len(tokens) and tokens[k].norm in ("by", "of", "between", "among", "with", "on", "in", "near", "along",
                                              "around", "across"):
        # a short phrase of its own may stand between: "if cooperation by all parties founders"
        m = next((x for x in range(k + 1, min(len(tokens), k + 6)) if tokens[x].norm in word_class("ending-verbs")), None)
        if m is not None and all(t.text.isalnum() for t in tokens[k:m]):
            k = m
    while k < len(tokens) and (tokens[k].norm in _MODALS or tokens[k].norm in ("not", "n't", "t", "has", "have", "had")
                               or tokens[k].norm.endswith("ly") and tokens[k].text.islower()):
        k += 1
    return (k < len(tokens) and tokens[k].norm in word_class("ending-verbs")
            and c.category in ("escalation", "deescalation"))


#: Determiners that point to an event the reader already knows of ("the expulsions", "this
#: attack", "Moscow's sanctions" have happened or were announced).
_DEFINITE = frozenset("the this these those that its their his her our".split())

def _known_subject(tokens: list[Token], c: _Cand, s_first: int) -> bool:
    """Is the phrase a definite subject that a hedge after it does not reach? "the tit-for-tat
    expulsions were likely to complicate talks": the expulsions happened, the complication is
    hedged. Not when the verb brings the event about ("the sanctions may be imposed", "the
    talks could resume"; the class ``happening-verbs``): then the event itself is uncertain.

    >>> from course.document import build_document
    >>> from course.lenses.escalation.candidates import _Cand
    >>> t = build_document("The expulsions were likely to complicate talks.").tokens
    >>> _known_subject(t, _Cand(1, 1, "escalation", "SANCTION", -7.0, "166", "", "", ""), 0)
    True
    >>> t = build_document("The sanctions may be imposed next week.").tokens
    >>> _known_subject(t, _Cand(1, 1, "escalation", "SANCTION", -7.0, "166", "", "", ""), 0)
    False
    >>> t = build_document("It is possible that the army shelled the town.").tokens
    >>> _known_subject(t, _Cand(6, 6, "escalation", "ASSAULT", -10.0, "190", "", "", ""), 0)
    False
    """
    if c.i > s_first and _finite_like(tokens[c.i]) and tokens[c.i - 1].norm not in _DEFINITE:
        return False  # the phrase is its clause's verb, after its subject ("that the army shelled the town")
    k = c.i - 1
    while k >= s_first and tokens[k].text.islower() and tokens[k].norm not in _DEFINITE and k >= c.i - 3 \
            and tokens[k].norm.isalpha() and tokens[k].norm not in _MODALS \
            and tokens[k].norm not in ("not", "to", "is", "are", "was", "were", "be", "been", "has", "have", "had"):
        k -= 1  # adjectives and nouns before the head: "the tit-for-tat", "the recent border"
    if k < s_first or tokens[k].norm not in _DEFINITE and not (k >= 1 and tokens[k].norm in ("'s", "s")):
        return False
    # the phrase opens its clause, or a reported clause ("Diplomats said the expulsions were ...")
    prev = tokens[k - 1].norm if k > s_first else ""
    if prev and prev not in ("that", ",") and prev not in word_class("reporting-words"):
        return False
    # the verb group after the phrase: skip modals, auxiliaries, adverbs and hedges
    v = c.j + 1
    while v < len(tokens) and (tokens[v].norm in _MODALS or tokens[v].norm in ("were", "was", "is", "are", "has", "have",
                                                                                "had", "not", "likely", "unlikely", "to",
                                                                                "expected", "set", "seen", "said")
                               or tokens[v].norm.endswith("ly") and tokens[v].text.islower()):
        v += 1
    if v >= len(tokens) or not (tokens[v].text.islower() and tokens[v].norm.isalpha()) \
            or tokens[v].norm in ("of", "in", "on", "at", "and", "or", "for", "with", "by", "from", "which", "that", "who"):
        return False  # no verb after it: not a subject
    if tokens[v].norm in ("take", "takes", "took", "taken") and not (v + 1 < len(tokens) and tokens[v + 1].norm == "place"):
        return True  # "the withdrawal may take several days": its length is guessed, not the withdrawal
    if tokens[v].norm in ("be", "been") and v + 1 < len(tokens) and tokens[v + 1].norm in ("a", "an", "no", "just", "only",
                                                                                            "merely", "part", "more", "less"):
        return True  # "The offer of talks may be a tactical move": what the offer is, is guessed, not the offer
    return tokens[v].norm not in word_class("happening-verbs")


#: Words before an event that make it prepared or feared, not done: "a rehearsal for invasion".
_PROJECTING = frozenset({("rehearsal", "for"), ("rehearsals", "for"), ("preparation", "for"), ("preparations", "for"),
                         ("prelude", "to"), ("pretext", "for"), ("pretext", "to"), ("excuse", "to"), ("excuse", "for"), ("plans", "for"), ("plan", "for"),
                         ("risk", "of"), ("fears", "of"), ("fear", "of"), ("spectre", "of"), ("specter", "of"),
                         ("afraid", "of"), ("scared", "of"), ("fearful", "of")})


def _projecting_frame(tokens: list[Token], i: int) -> int | None:
    """The first token of a frame of :data:`_PROJECTING` before the event at ``i``, perhaps behind
    its determiner and modifiers, quoted or coordinated ones included ("a plan for a “gradual and
    responsible” **withdrawal**", "a pretext for war"); None when there is none.

    >>> from course.document import build_document
    >>> t = build_document('a plan for a "gradual and responsible" withdrawal').tokens
    >>> _projecting_frame(t, 8)
    1
    >>> _projecting_frame(build_document("a plan and a gradual withdrawal").tokens, 5) is None
    True
    """
    k = i - 1
    while k >= 1 and i - k <= 7 and (tokens[k].text in ('"', "“", "”") or tokens[k].norm in ("a", "an", "the", "and")
                                     or tokens[k].text.isalpha() and tokens[k].text.islower()
                                     and tokens[k].norm not in _PROJECTING_PREPS):
        if tokens[k].norm == "and" and not (tokens[k + 1].text.isalpha() and tokens[k + 1].text.islower()
                                            and tokens[k + 1].norm not in ("a", "an", "the")
                                            and tokens[k - 1].text.isalpha() and tokens[k - 1].text.islower()):
            return None  # (only modifiers coordinated: "gradual and responsible")
        k -= 1
    if k >= 1 and (tokens[k - 1].norm, tokens[k].norm) in _PROJECTING \
            and not (k >= 2 and tokens[k - 2].norm == "no"):
        return k - 1  # ("has no plans for a meeting": a step not planned, negated elsewhere)
    return None


_PROJECTING_PREPS = frozenset(p for _, p in _PROJECTING)


def _preparing_verb(tokens: list[Token], i: int) -> int | None:
    """The verb of preparing (word class ``preparing-verbs``) whose object is the event at ``i``: the verb, then
    an article, then at most two modifiers before the event ("preparing a first strike", "plotting an
    attack"); None when there is none ("prepared a report" names no event; "the planned attack" is
    no verb with an object).

    >>> from course.document import build_document
    >>> _preparing_verb(build_document("Varnia is preparing a first strike").tokens, 4)
    2
    >>> _preparing_verb(build_document("Varnia launched a first strike").tokens, 3) is None
    True
    """
    k = i - 1
    while k >= 1 and i - k <= 3 and tokens[k].text.isalpha() and tokens[k].text.islower() \
            and tokens[k].norm not in ("a", "an", "the"):
        k -= 1  # (the modifiers of the event: "a **first** strike")
    if k >= 1 and tokens[k].norm in ("a", "an", "the") and tokens[k - 1].norm in word_class("preparing-verbs"):
        return k - 1
    return None


_APPOSITION_OPENERS = frozenset("a an".split())


def _in_apposition_after_condition(tokens: list[Token], c: _Cand, s_first: int) -> bool:
    """Is the phrase in the writer's apposition after a condition that closes its clause?
    "would release 30 soldiers if the government freed rebel prisoners, an offer the government has
    not accepted": the if-clause follows the main clause and ends at the comma; the apposition after
    it ("an offer ...", "a charge the council rejected") is the writer's comment, outside the
    condition (ANNOTATION.md §3 conditional; §6.2 the writer's apposition). A short condition
    ("react ... if necessary, also asymmetrically") has no clause to close and is left alone.

    >>> from course.document import build_document
    >>> t = build_document("It would free them if Kessia freed prisoners, an offer Kessia has not accepted.").tokens
    >>> _in_apposition_after_condition(t, _Cand(10, 10, "deescalation", "AGREE", 4.0, "03", "", "", ""), 0)
    True
    >>> _in_apposition_after_condition(t, _Cand(1, 2, "deescalation", "CONCEDE", 5.0, "08", "", "", ""), 0)
    False
    """
    k = next((x for x in range(s_first + 1, c.i) if tokens[x].norm in ("if", "unless")), None)
    if k is None or k + 2 >= c.i or tokens[k + 1].norm in ("necessary", "needed", "required", "need"):
        return False
    comma = next((x for x in range(k + 2, c.i) if tokens[x].text == ","), None)
    return comma is not None and comma + 1 < c.i and tokens[comma + 1].norm in _APPOSITION_OPENERS


def _quoted_apart(tokens: list[Token], c: _Cand, s_first: int, s_last: int, quotes: list[tuple[int, int]],
                  quote_starts: list[int]):
    """A test of a clause's marker word (a condition's or a hedge's first word): does it stand inside a
    quoted sentence that closes before the phrase ``c``, which is then in the writer's frame after it
    ('"If Tarsk pulls back, we must defend ourselves," Holm said as he entered the talks'), outside any
    quotation? A quoted sentence ends on a comma, a question or an exclamation mark before its closing
    mark; a quoted fragment inside the writer's clause ('the deployment "may become necessary"') keeps its
    reach. ``quotes`` holds
    the opening and closing marks' token indices, sorted and disjoint, ``quote_starts`` their openings;
    the marker is looked for as the first token with its text within ``_CLAUSE_REACH`` words of the phrase."""
    base = tokens[0].index
    at = tokens[c.i].index
    lo = max(s_first, c.i - _CLAUSE_REACH)
    mine = bisect.bisect_left(quote_starts, at) - 1
    inside_quote = mine >= 0 and quotes[mine][0] < at < quotes[mine][1]

    def apart(word: str) -> bool:
        first = word.split()[0].lower()
        k = next((k for k in range(lo, c.i) if tokens[k].text.lower() == first), None)
        if k is None:
            return False
        q = bisect.bisect_left(quote_starts, tokens[k].index) - 1
        if q < 0 or not quotes[q][0] < tokens[k].index < quotes[q][1] < at or inside_quote:
            return False  # (a phrase in a quotation too goes on with the speaker's words: '"If ...," he said, "you
            # will have crises"')
        close = quotes[q][1] - base
        return close >= 1 and tokens[close - 1].text in (",", "?", "!")

    return apart


def _ends_in_quotation(quotes: list[tuple[int, int]], tokens: list[Token]) -> bool:
    """Does the sentence's final question mark close a quotation ("'Why?' he asked.")? Then the
    question is a speaker's, inside quotation marks, and the sentence itself is a statement."""
    last = tokens[-1].index
    return any(a <= last <= b for a, b in quotes)


#: Prepositions after which a hedge qualifies only the phrase it opens ("with seemingly 27 different plans").
_PHRASE_PREPOSITIONS = frozenset("with without of for from on against than like among amid including".split())
#: Adjectival hedges: they qualify the noun they stand before, not the clause ("an alleged spying ring").
_ADJECTIVAL_HEDGES = frozenset("alleged suspected purported supposed so-called".split())


def _hedge_in_reach(tokens: list[Token], c: _Cand, s_first: int, s_last: int, stance: "_StanceIndex",
                    hedge: str) -> str | None:
    """The clause's hedge ``hedge`` if it reaches the phrase, else None. An adjectival hedge
    ("alleged") reaches only the noun group it opens, and a one-word hedge right after a preposition
    only its prepositional phrase, up to a punctuation mark or a finite verb ("was not invited, with
    seemingly 27 different plans": the plans, not the invitation; "with possibilities of showing up for a
    meeting" reaches the meeting), and a "whether" clause only its own event, not
    what follows its comma ('Asked whether Varnia would close the consulate, she said "all options
    remain open"': the closure is hedged, the answer is not; ANNOTATION.md §4 spans, §8.4 Hedge scope)."""
    word = hedge.lower()
    a = next((x for x in stance.within(tokens[s_first].start, tokens[s_last].end) if x.text == hedge), None)
    at = next((k for k in range(s_first, s_last + 1) if a is not None and tokens[k].start == a.start), None)
    if at is None:
        return hedge
    if word in _ADJECTIVAL_HEDGES and not (at < c.i <= at + 3 or c.i <= at <= c.j):
        return None  # "an alleged spying ring": the hedge is the noun group's
    if at > 0 and tokens[at - 1].norm in _PHRASE_PREPOSITIONS and " " not in hedge and not (
            c.i <= at <= c.j or at < c.i <= at + 8 and not any(
                not t.text.isalnum() or _finite_like(t) for t in tokens[at + 1 : c.i])):
        return None  # "with seemingly 27 different plans": the prepositional phrase's, not the clause's
    if word != "whether":
        return hedge
    if word == "whether" and at < c.i and any(tokens[k].norm == "," for k in range(at + 1, c.i)):
        return None
    return hedge


def _planned(tokens: list[Token], c: _Cand, s_first: int) -> str | None:
    """'was to release 30 hostages in exchange for a humanitarian corridor', 'a second phase, which
    would include an exchange of prisoners': "be to" + a verb, or "would/will include", names the
    event as planned, not done (ANNOTATION.md §3 hedged: "a frame that names the event as prepared").
    Returns the frame's words, or None; the search stops at a comma.

    >>> from course.document import build_document
    >>> toks = build_document("The group was to release 30 hostages.").tokens
    >>> _planned(toks, _Cand(4, 6, "deescalation", "CONCEDE", 7.0, "0841", "", "", ""), 0)
    'was to'
    """
    if any(t.text.islower() and (t.norm.endswith("ed") or t.norm in IRREGULAR_PAST) for t in tokens[c.i : c.j + 1]):
        return None  # a verb told as past in the phrase: "A deal under which ... was to free ... partly collapsed"
    for k in range(c.i - 1, max(s_first - 1, c.i - 12), -1):
        w = tokens[k].norm
        if w in (",", ";", ":", "that", "which", "who", "whether", "if"):
            return None  # (the frame is outside the phrase's clause: "It is to mention that NATO drills ...")
        if w == "to" and k > 1 and tokens[k - 1].norm in ("is", "are", "was", "were") and k + 1 < len(tokens) \
                and tokens[k - 2].norm not in ("it", "this", "that", "what") \
                and tokens[k + 1].text.isalpha() and tokens[k + 1].text.islower() \
                and tokens[k + 1].norm not in ("the", "a", "an", "its", "their", "his", "her", "be", "blame") \
                and not any(tokens[x].norm in ("if", "unless", "case") for x in range(max(0, k - 14), k)):
            # (not "are to blame", "was to be a bully", nor the subjunctive "if America were to slap tariffs")
            return f"{tokens[k - 1].text} to"
        if w in ("include", "involve") and k > 0 and tokens[k - 1].norm in ("would", "will"):
            return f"{tokens[k - 1].text} {tokens[k].text}"
    return None


#: Modals of a main clause that looks ahead: an until-clause after it names the condition of its end.
_FORWARD_MODALS = MAIN_MODALS | {"won"}  # ("won't")


def _until_condition(tokens: list[Token], c: _Cand, s_first: int) -> str | None:
    """'until' when the phrase is in an until-clause after a main clause that looks ahead (a modal):
    "the sanctions will stay **until** troops **withdraw**", "will not resume talks until Tarsk
    **releases the sailors**": the withdrawal and the release are conditions of the main clause's end,
    not events told (ANNOTATION.md §8.4, Until-clauses). In a story of the past ("fighting raged until
    the troops withdrew") the clause tells what happened: None.

    >>> from course.document import build_document
    >>> toks = build_document("The sanctions will stay until troops withdraw.").tokens
    >>> _until_condition(toks, _Cand(6, 6, "deescalation", "RETREAT", 9.0, "087", "", "", ""), 0)
    'until'
    >>> toks = build_document("Fighting raged until the troops withdrew.").tokens
    >>> _until_condition(toks, _Cand(5, 5, "deescalation", "RETREAT", 9.0, "087", "", "", ""), 0) is None
    True
    """
    for u in range(c.i - 1, max(s_first, c.i - 30) - 1, -1):  # (an until-clause is short: no scan of a long clause)
        w = tokens[u].norm
        if w in (",", ";", ":"):
            return None
        if w in ("until", "till"):
            return "until" if any(t.norm in _FORWARD_MODALS for t in tokens[max(s_first, u - 30) : u]) else None
    return None


#: Words between a verb of investigating and the event it takes as given ("investigating the ambush").
_GIVEN_OBJECT_LEAD = frozenset("the this that its their his her last recent weekend's".split())


def _investigation_given(tokens: list[Token], c: _Cand, s_first: int, stance: "_StanceIndex", hedge: str) -> bool:
    """Is the clause's investigation hedge ``hedge`` ("are investigating") the investigation itself or a
    verb whose object is the phrase, named as given? "Police **are investigating** the ambush": the
    investigation goes on, and the ambush took place; what is open is who did it and why, so neither
    is `hedged` (ANNOTATION.md §8.4, Investigations). An event in a question after it stays open:
    "investigating whether soldiers fired" (the "whether" hedges it).

    >>> from course.document import build_document
    >>> toks = build_document("Police are investigating the ambush.").tokens
    >>> stance = _StanceIndex([Annotation(7, 24, "are investigating", "hedge", "investigation", "")])
    >>> _investigation_given(toks, _Cand(4, 4, "escalation", "ASSAULT", -10.0, "190", "", "", ""), 0, stance,
    ...                      "are investigating")
    True
    """
    lo = max(s_first, c.i - 8)  # (a verb of investigating stands right before what it names: no scan of a long clause)
    a = next((x for x in stance.within(tokens[lo].start, tokens[c.j].end)
              if x.text == hedge and x.label == "investigation"), None)
    if a is None:
        return False
    if tokens[c.i].start < a.end and a.start < tokens[c.j].end:
        return True  # the investigation's own word
    last = next((k for k in range(lo, c.i) if tokens[k].end == a.end), None)
    if last is None or not tokens[last].norm.startswith("investigat") or c.i <= last:
        return False
    lead = tokens[last + 1 : c.i]
    return len(lead) <= 3 and all(t.norm in _GIVEN_OBJECT_LEAD or t.text[:1].isupper() for t in lead)


#: How many words before and after a phrase the scope checks of :func:`_apply_modifiers` read of
#: its clause (a clause of news prose is far shorter; a run-on text is not).
_CLAUSE_REACH = 60


def _partly_quoted(tokens: list[Token], c: _Cand, quotes: list[tuple[int, int]], quote_starts: list[int]) -> bool:
    """Does a quotation open or close between the first and the last word of ``c`` (``quotes``: the
    paragraph's quotations as token indices of their marks, sorted and disjoint)? A phrase read across
    a quotation mark (it would "not leave this provocation unanswered") has words of the speaker's in it.

    >>> from course.document import build_document
    >>> toks = build_document('It would "not leave this unanswered".').tokens
    >>> _partly_quoted(toks, _Cand(1, 6, "escalation", "THREATEN", -4.4, "130", "", "", ""), [(2, 7)], [2])
    True
    >>> _partly_quoted(toks, _Cand(4, 6, "escalation", "THREATEN", -4.4, "130", "", "", ""), [(2, 7)], [2])
    False
    """
    first, last = tokens[c.i].index, tokens[c.j].index
    q = bisect.bisect_left(quote_starts, last) - 1  # the last quotation opening before the phrase's last word
    return q >= 0 and quotes[q][1] > first and not quotes[q][0] < first < quotes[q][1]


def _apply_modifiers(tokens: list[Token], seg: list[int], conds: list[str | None], c: _Cand,
                     stance: _StanceIndex, quotes: list[tuple[int, int]],
                     bounds: dict[int, tuple[int, int]] | None = None,
                     quote_starts: list[int] | None = None,
                     clauses: dict | None = None) -> None:
    """Add the conditional, hedged, quoted and boosted readings of a candidate.

    ``bounds`` (from :func:`_segment_bounds`), ``quote_starts`` (the first element of each of
    ``quotes``, which are sorted and disjoint) and ``clauses`` (a dict the caller keeps for one
    sentence: what :func:`_clause_markers` found in each clause) only save recomputing per
    candidate; a long clause is then read once, not once per candidate in it.
    """
    s_first, s_last = (bounds or _segment_bounds(seg))[seg[c.i]]
    markers = clauses.get((s_first, s_last)) if clauses is not None else None
    if markers is None:
        markers = _clause_markers(tokens, s_first, s_last, stance)
        if clauses is not None:
            clauses[(s_first, s_last)] = markers
    clause_conditional, clause_hedge, clause_modal, clause_booster, clause_weasel = markers
    trig = conds[c.i]
    if quotes and (trig or clause_conditional or clause_hedge or clause_modal):
        # a condition or a hedge inside a quoted sentence stays there: the writer's frame after it ('"If Tarsk
        # pulls back, we must defend ourselves," Holm said as he entered the talks') is outside both (ANNOTATION.md §3)
        apart = _quoted_apart(tokens, c, s_first, s_last, quotes, quote_starts or [a for a, _ in quotes])
        trig, clause_conditional, clause_hedge, clause_modal = (
            None if w and apart(w) else w for w in (trig, clause_conditional, clause_hedge, clause_modal))
    # what follows reads the clause around the phrase only, at most _CLAUSE_REACH words each side:
    # a run-on clause of thousands of words is not rescanned for each of its phrases
    s_first, s_last = max(s_first, c.i - _CLAUSE_REACH), min(s_last, c.j + _CLAUSE_REACH)
    if clause_hedge is not None or clause_modal is not None:
        clause_hedge, clause_modal = _reaching(tokens, c, s_first, s_last, stance, clause_hedge, clause_modal)
    if clause_hedge is not None:
        clause_hedge = _hedge_in_reach(tokens, c, s_first, s_last, stance, clause_hedge)
    if clause_hedge is not None or clause_modal is not None:
        # a hedge on one side of a condition's boundary does not reach the other ("Tarsk may expel
        # the attache if the patrols continued": the patrols are a condition, not a guess), as
        # for boosters below (ANNOTATION.md §8.4, hedge scope)
        spans = clauses.get(("conditions", s_first, s_last)) if clauses is not None else None
        if spans is None:
            spans = _condition_spans(tokens, s_first, s_last, stance)
            if clauses is not None:
                clauses[("conditions", s_first, s_last)] = spans
        clause_hedge, clause_modal = _same_side_of_condition(tokens, c, s_first, s_last, stance, clause_hedge,
                                                             clause_modal, spans)
    noun = _NOUNS.get(c.label, "step")
    if _subject_of_ending(tokens, c):
        clause_conditional = clause_hedge = clause_modal = clause_weasel = trig = None
    elif (clause_hedge is not None or clause_modal is not None) and (
            _known_subject(tokens, c, s_first) or _told_as_past(tokens, c)):
        clause_hedge = clause_modal = None
    # conditional ("in principle" qualifies only the agreement it stands by: "agreed in principle to
    # a ceasefire ... after three days of talks" leaves the talks as they were)
    if clause_conditional is not None and clause_conditional.lower() == "in principle":
        at = next((k for k in range(s_first, s_last) if tokens[k].norm == "in" and tokens[k + 1].norm == "principle"), None)
        if at is not None and not (c.j < at and at - c.j <= 2 or c.i > at + 1 and c.i - (at + 1) <= 4 or c.i < at <= c.j):
            clause_conditional = None
        elif at is not None and _modal_reservation(tokens, at):
            # "Tarsk could in principle refuse to implement the decision": the reservation sits inside
            # the modal's guess and sets no condition; "could" hedges the refusal (ANNOTATION.md §3)
            clause_conditional = None
    if trig is None:
        trig = clause_conditional
    if trig is None:
        trig = _until_condition(tokens, c, s_first)
    if trig and _in_apposition_after_condition(tokens, c, s_first):
        trig = None
    if trig:
        _weaken(c, CONDITIONAL_FACTOR, "conditional",
                f"A conditional {noun}: '{trig}' keeps it open-ended, so its weight is halved")
    # hedged
    hedge = clause_hedge
    if hedge is None and c.hedge:
        hedge = c.hedge
    if hedge is None and clause_modal and not any(t.text == clause_modal for t in tokens[c.i : c.j + 1]):
        hedge = clause_modal  # (not a refusal's own modal: "would not accept" is no guess)
    if hedge is not None and _investigation_given(tokens, c, s_first, stance, hedge):
        hedge = None  # "are investigating the ambush": the investigation goes on, the ambush took place
    if hedge is None:  # an attitude hedge inside the phrase itself ("Cautious optimism")
        hedge = next((a.text for a in stance.within(tokens[c.i].start, tokens[c.j].end)
                      if a.category == "hedge" and a.text.lower() in _attitude_hedges()), None)
    asked = hedge is None and tokens and tokens[-1].text == "?" and not _ends_in_quotation(quotes, tokens)
    frame = _projecting_frame(tokens, c.i) if hedge is None else None
    preparing = _preparing_verb(tokens, c.i) if hedge is None and frame is None else None
    projected = frame is not None or preparing is not None
    planned = _planned(tokens, c, s_first) if hedge is None and not asked and not projected else None
    if planned is not None:
        hedge = planned  # "was to release 30 hostages", "which would include an exchange of prisoners"
    if hedge:
        _weaken(c, HEDGE_FACTOR, "hedged",
                f"Hedged by '{hedge}': the {noun} is presented as possible, not certain, so its weight is cut "
                "by a quarter")
    elif asked:
        # "Will Russia invade Ukraine?": a question asserts nothing (an open question, like "whether")
        _weaken(c, HEDGE_FACTOR, "hedged",
                f"Inside a question: the {noun} is asked about, not stated, so its weight is cut by a quarter")
    elif projected:
        # "a rehearsal for invasion", "a pretext for war": named as prepared or feared, not done
        pre = tokens[preparing].text if frame is None else f"{tokens[frame].text} {tokens[frame + 1].text}"
        _weaken(c, HEDGE_FACTOR, "hedged",
                f"Named as something prepared or feared ('{pre}'), not done, so its weight is cut by a quarter")
    elif clause_weasel:
        # a source named only by role ("Officials said ...") makes the claim uncheckable, not the
        # event possible: the note says so, the weight stays and the phrase is not `hedged`, which
        # the guide keeps for epistemic, doxastic and investigation hedges (ANNOTATION.md §3)
        c.notes.append(f"Credited to a source named only by role ('{clause_weasel}'): the reader cannot check "
                       f"who says so. The {noun} keeps its weight; ask who the source might be.")
    # quoted
    first_abs = tokens[c.i].index
    if quote_starts is None:
        quote_starts = [a for a, _ in quotes]
    # the spans are sorted and disjoint: only the last one opening before the token can hold it
    q = bisect.bisect_left(quote_starts, first_abs) - 1
    for a, b in quotes[q : q + 1] if q >= 0 else ():
        if a < first_abs < b:
            c.modifiers.append("quoted")
            words = clauses.get(("quote", a, b)) if clauses is not None else None
            if words is None:
                base = tokens[0].index
                inner = tokens[max(0, a + 1 - base) : max(0, b - base)]
                words = sum(1 for t in inner if any(ch.isalnum() for ch in t.text))
                if clauses is not None:
                    clauses[("quote", a, b)] = words
            if words <= 3 and c.category == "escalation" and c.label in {"ACCUSE", "DETERIORATE"}:
                c.notes.append("In scare quotes: the label belongs to the speaker; the writer marks it as someone "
                               "else's word and keeps a distance from it.")
            else:
                c.notes.append("Inside quotation marks: the speaker's own words, not the writer's.")
            break
    else:
        if quotes and _partly_quoted(tokens, c, quotes, quote_starts):
            c.modifiers.append("quoted")
            c.notes.append("Partly inside quotation marks: the quoted words are the speaker's own, not the writer's.")
    # boosted (not inside a condition the booster stands outside: "if they impose sanctions, we will
    # of course respond in kind" boosts the response, not the sanctions)
    if clause_booster is not None:
        cond = next((k for k in range(s_first, s_last + 1) if tokens[k].norm in ("if", "unless")), None)
        if cond is not None:
            end = next((k - 1 for k in range(cond + 1, s_last + 1) if tokens[k].text == ","), s_last)
            b = next((a for a in stance.within(tokens[s_first].start, tokens[s_last].end)
                      if a.category == "booster" and a.text == clause_booster), None)
            inside_phrase = cond <= c.i <= end
            inside_booster = b is not None and tokens[cond].start <= b.start <= tokens[end].end
            if inside_phrase != inside_booster:
                clause_booster = None
    if clause_booster is not None and c.label not in {"ACCUSE", "DETERIORATE"}:
        c.modifiers.append("boosted")
        c.notes.append(f"'{clause_booster}' presents the {noun} as certain and closes down alternatives.")
