"""Conditions a row of ``escalation.tsv`` may name in its ``condition`` column.

A word list cannot tell "declined to comment" (a non-event) from "declined to attend" (a
rejection), so a row may name one of these rules. Each receives the sentence's tokens and
the match ``[i, j]`` (inclusive, sentence-local) and says whether the row fires there.

Example:
    >>> from course.document import build_document
    >>> toks = build_document("The ministry declined to comment.").tokens
    >>> CONDITIONS["not-before-non-event"](toks, 2, 3)
    False
    >>> toks = build_document("Tehran declined to attend the talks.").tokens
    >>> CONDITIONS["not-before-non-event"](toks, 1, 2)
    True
"""

from __future__ import annotations

from typing import Callable, Sequence

from ...document import Token
from ..attribution.words import BE_FORMS, DEFENDED_PLACES
from .context import _has_context
from .words import _NOT_EVENTS

#: ``(tokens, i, j) -> fires?``
Condition = Callable[[Sequence[Token], int, int], bool]

#: Observers whose warnings are forecasts, not threats ("economists warned that the measures could backfire").
OBSERVER_NOUNS = frozenset("""analyst analysts economist economists expert experts observer observers scientist
    scientists researcher researchers scholar scholars academic academics commentator commentators groups agency
    agencies office charity charities organisation organisations organization organizations ngo ngos watchdog
    watchdogs auditor auditors forecasters institute others critics sceptics skeptics""".split())


def _not_before_non_event(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A refusal of a non-event is not a rejection: "declined to comment" and "refused to
    confirm" are CAMEO 011 ("decline comment"), not a diplomatic refusal."""
    k = j + 1
    if k < len(tokens) and tokens[k].norm == "to" and tokens[j].norm != "to":
        k += 1
    return not (k < len(tokens) and tokens[k].norm in _NOT_EVENTS)


def _not_passive(tokens: Sequence[Token], i: int, j: int) -> bool:
    """After a form of "be" the verb is passive: "would be met with a decisive response"
    means received with, not a meeting."""
    return not (i > 0 and tokens[i - 1].norm in BE_FORMS)


def _not_observer(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A warning is a threat when a party makes it; when an observer does ("economists
    warned that ...", "..., experts warn") it is a forecast."""
    return not any(t.norm in OBSERVER_NOUNS for t in tokens[max(0, i - 3) : i])


def _not_over_topic(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Sides that "clashed over" or "clashed bitterly about" something disagreed in words: the
    fighting reading needs no topic ("troops clashed with protesters", "clashes near the border")."""
    k = j + 1
    if k < len(tokens) and tokens[k].norm.endswith("ly") and tokens[k].text.islower():
        k += 1
    return not (k < len(tokens) and tokens[k].norm in ("over", "about"))


def _not_in_a_row(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A "row" is a quarrel ("locked in a row over history"), but "for the third day in a row"
    counts days."""
    quarrel = j + 1 < len(tokens) and tokens[j + 1].norm in ("over", "with", "between", "about")
    return quarrel or not (i >= 2 and tokens[i - 2].norm == "in" and tokens[i - 1].norm == "a")


#: Things one attacks in words: plans, views and what was said.
_VIEW_NOUNS = frozenset("""plan plans policy policies record remarks comments comment decision decisions proposal
    proposals budget statement statements views view stance position positions rhetoric claims claim idea ideas
    speech speeches report reports bill law reforms reform handling leadership hypocrisy arrogance standards
    approach diplomacy media press""".split())
#: Words before "attack" that make it one in words: "a blistering attack on Governor Harris".
_SPOKEN_ATTACK = frozenset("verbal blistering scathing withering stinging personal rhetorical".split())
#: Settings of speech after a named target: "attacked Machado in tweets", "during the debate"
#: ("as" and "for" are left out: "attacked Ukraine as talks stalled" is force).
_SPEECH_SETTINGS = frozenset("""tweets tweet speech speeches interview interviews debate debates remarks statement
    post posts op-ed column rally rallies campaign ad ads""".split())
#: Words that point to a person or a view as the target of an attack ("attacked him", "his attacks on their record").
_PERSON_TARGETS = frozenset("him her them his their its my your our me us you".split())


def _not_verbal_attack(tokens: Sequence[Token], i: int, j: int) -> bool:
    """An attack in words is criticism, not force: one on a view or a plan ("attacked the
    governor's plan", "an attack on the budget"), one on a person told as speech ("attacked
    Clinton in early-morning tweets", "a blistering attack on Governor Harris", "attacked her as
    a fraud"), and one on a currency is a market run.
    An attack on a country or a place ("the attack on Ukraine", "The attack cut electricity"), or
    in a sentence of armed violence ("militants attacked the convoy"), is force."""
    if _has_context("violence", tokens):  # (read once per sentence, not once per phrase)
        return True
    if _has_context("market", tokens):
        return False  # "a speculative attack on the yuan": a run on a currency, not force
    if i > 0 and tokens[i - 1].norm in _SPOKEN_ATTACK:
        return False  # "a blistering attack", "a verbal attack"
    k = j + 1
    if k < len(tokens) and tokens[k].norm == "on":
        k += 1
    if k >= len(tokens):
        return True
    target = tokens[k : k + 6]
    if any(x.norm in _VIEW_NOUNS for x in target) or tokens[k].norm in _PERSON_TARGETS:
        return False
    # a named target is a person attacked in words only when the sentence tells of speech
    return not (tokens[k].text[:1].isupper() and any(t.norm in _SPEECH_SETTINGS for t in tokens[j + 1 : j + 16]))


#: Verbs of force after "willing to" or "committed to": a readiness to fight is no offer to cooperate.
_FORCE_VERBS = frozenset("use fight strike attack retaliate respond hit punish defend bomb invade deploy escalate "
                         "wage launch".split())


def _not_before_force(tokens: Sequence[Token], i: int, j: int) -> bool:
    """"willing to negotiate", "willing to withdraw its troops", "committed to the ceasefire"
    offer cooperation; "willing to use force" does not."""
    k = j + 1
    while k < len(tokens) and tokens[k].norm.endswith("ly") and tokens[k].text.islower():
        k += 1
    return not (k < len(tokens) and tokens[k].norm in _FORCE_VERBS)


#: Verbs that reach or seek a settlement, and the words that give one its parties or subject.
_SETTLING_VERBS = frozenset("reach reached reaching agree agreed negotiate negotiated sign signed seek sought "
                            "broker brokered accept accepted forge forged peace peaceful political diplomatic "
                            "final".split())


def _agreement_sense(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A "settlement" that ends a dispute ("reached a settlement", "a settlement of the dispute",
    "a settlement with Kyiv"), not a place ("expanded the settlement near Jerusalem")."""
    after = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    return after in ("of", "with", "between", "to", "on") or any(
        t.norm in _SETTLING_VERBS for t in tokens[max(0, i - 3) : i])


#: Words after "defended" that make the thing defended the speaker's own.
_OWN = frozenset("its his her their our my itself himself herself themselves ourselves".split())


def _not_own(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Defending another side supports it ("defended Iran's right to enrich"); defending one's own
    decision ("Moscow defended its decision") supports nobody."""
    if any(t.norm in DEFENDED_PLACES for t in tokens[j + 1 : j + 5]):
        return False  # "Troops defended the city": a military act, no support for another side
    return not (j + 1 < len(tokens) and tokens[j + 1].norm in _OWN)


#: What a state recognises: another state, its government or its claims.
_RECOGNISED = frozenset("independence sovereignty state statehood government regime annexation as".split())


def _recognition_sense(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Diplomatic recognition ("recognised Kosovo", "recognition of Palestinian statehood",
    "recognised the new government"), not "recognised that the talks had failed"."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is not None and nxt.text[:1].isupper() and nxt.text[1:2].islower():
        return True
    return any(t.norm in _RECOGNISED for t in tokens[j + 1 : j + 7])


#: Nouns that a riot word only describes: "riot police", "riot gear" name equipment and units.
_EQUIPMENT_NOUNS = frozenset("police gear squad squads shields officers control unit units".split())


def _not_attributive(tokens: Sequence[Token], i: int, j: int) -> bool:
    """"Riot police lined the avenue" names a unit, not a riot."""
    return not (j + 1 < len(tokens) and tokens[j + 1].norm in _EQUIPMENT_NOUNS)


def _not_people_noun(tokens: Sequence[Token], i: int, j: int) -> bool:
    """"evacuate the wounded", "the Swiss hosts": after "the" (or "the" and an adjective) the
    word names people, not an event; "were wounded", "will host the talks" are events."""
    before = [t.norm for t in tokens[max(0, i - 2) : i]]
    nxt = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    return not ("the" in before and not (nxt in ("the", "a", "an") or nxt in ("talks", "summit", "meeting")))


def _not_dispute_over(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Two countries "fighting over the islands" dispute them; "fighting over the town killed 20
    soldiers", in a sentence of armed violence, is combat."""
    return _not_over_topic(tokens, i, j) or _has_context("violence", tokens)


#: Words before "deployed warheads" that make it a category counted, not a move.
_COUNTING_WORDS = frozenset("""the its their all of caps cap capped limit limits limited count counts counted
    total number numbers""".split())


def _deployed_as_verb(tokens: Sequence[Token], i: int, j: int) -> bool:
    """"Russia deployed warheads near the border" moves forces; "limited to 1,550 deployed
    warheads", "the treaty caps deployed missiles" count a category: a participle after a number,
    a determiner or a word of counting describes the weapons, it reports no deployment."""
    if i == 0 or not tokens[i].norm.endswith("ed"):
        return True
    prev = tokens[i - 1]
    return not (any(ch.isdigit() for ch in prev.text) or prev.norm in _COUNTING_WORDS)


#: Condition name (as written in ``escalation.tsv``) -> rule.
CONDITIONS: dict[str, Condition] = {
    "not-before-non-event": _not_before_non_event,
    "not-passive": _not_passive,
    "not-observer": _not_observer,
    "not-over-topic": _not_over_topic,
    "not-in-a-row": _not_in_a_row,
    "not-verbal-attack": _not_verbal_attack,
    "not-before-force": _not_before_force,
    "agreement-sense": _agreement_sense,
    "not-own": _not_own,
    "recognition-sense": _recognition_sense,
    "not-attributive": _not_attributive,
    "not-people-noun": _not_people_noun,
    "not-dispute-over": _not_dispute_over,
    "deployed-as-verb": _deployed_as_verb,
}
