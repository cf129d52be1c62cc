"""Conditions a row of ``escalation.tsv`` may name in its ``condition`` column.

A word list cannot tell "declined to comment" (a non-event) from "declined to attend" (a
rejection), so a row may name one of these rules. Each receives the sentence's tokens and
the match ``[i, j]`` (inclusive, sentence-local) and says whether the row fires there. The
words a rule looks for are classes of ``datasets/lexicons/escalation_word_classes.tsv``
(:func:`~course.lenses.escalation.words.word_class`).

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
from ..attribution.words import (ACCORDANCE_NOUNS, BE_FORMS, DEFENDED_PLACES, DENIED_THINGS, DETERMINERS, IRREGULAR_PAST,
                               POSSESSIVES, QUOTE_CHARS)
from .context import _has_context
from .words import _AUX, _FUNCTION_WORDS, _MODALS, _MONTHS_DAYS, word_class

#: ``(tokens, i, j) -> fires?``
Condition = Callable[[Sequence[Token], int, int], bool]


def _not_before_non_event(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A refusal of a non-event is not a rejection: "declined to comment" and "refused to
    confirm" are CAMEO 011 ("decline comment"), not a diplomatic refusal."""
    k = j + 1
    if k < len(tokens) and tokens[k].norm == "to" and tokens[j].norm != "to":
        k += 1
    return not (k < len(tokens) and tokens[k].norm in word_class("non-event-verbs"))


def _not_passive(tokens: Sequence[Token], i: int, j: int) -> bool:
    """After a form of "be" the verb is passive: "would be met with a decisive response"
    means received with, not a meeting."""
    return not (i > 0 and tokens[i - 1].norm in BE_FORMS)


def _not_observer(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A warning is a threat when a party makes it; when an observer does ("economists
    warned that ...", "..., experts warn", "Western diplomats warned ...") it is a forecast, and
    so is a warning "of" a danger no side inflicts, whoever gives it ("warned of famine", "a
    warning of a humanitarian catastrophe": class ``unagented-dangers``).

    >>> from course.document import build_document
    >>> _not_observer(build_document("Tarsk warned of famine.").tokens, 1, 1)
    False
    >>> _not_observer(build_document("Tarsk warned of consequences.").tokens, 1, 1)
    True
    """
    if j + 1 < len(tokens) and tokens[j + 1].norm == "of" and danger_named(tokens, j + 2, j + 6):
        return False
    return not observer_warns(tokens, i)


def observer_warns(tokens: Sequence[Token], i: int) -> bool:
    """Is the speaker of the warning at ``tokens[i]`` no side: an observer ("economists", "the UN",
    class ``observer-nouns``), a humanitarian body or worker ("aid workers", "UNICEF", class
    ``non-party-warners``) in the three words before the verb, or before a title that follows their
    possessive ("the UN's special envoy warned"), or diplomats named as no side's ("Western diplomats")?

    >>> from course.document import build_document
    >>> observer_warns(build_document("The UN's special envoy warned Tarsk.").tokens, 6)
    True
    >>> observer_warns(build_document("An aid group warned Tarsk.").tokens, 3)
    True
    >>> observer_warns(build_document("Tarsk's envoy warned Velm.").tokens, 4)
    False
    """
    observers = word_class("observer-nouns") | word_class("non-party-warners")
    lo = max(0, i - 3)
    k, title = i - 1, 0
    while k > 1 and title < 3 and tokens[k].text.isalpha() and tokens[k].text.islower() \
            and not (tokens[k].norm == "s" and tokens[k - 1].norm in ("'", "\u2019")):
        k, title = k - 1, title + 1
    if title and tokens[k].norm == "s" and tokens[k - 1].norm in ("'", "\u2019"):
        lo = min(lo, k - 2)  # "the UN's special envoy": the owner before the possessive
    if any(t.norm in observers for t in tokens[lo:i]):
        return True
    return any(_unaffiliated_envoy(tokens, k, i) for k in range(max(0, i - 5), i))


def danger_named(tokens: Sequence[Token], a: int, end: int) -> bool:
    """Do the words from ``a`` (a noun phrase: determiners and adjectives, up to token ``end``) reach a
    danger no side inflicts (class ``unagented-dangers``: "a looming humanitarian catastrophe",
    "famine", "economic collapse")? The collapse of a tie ("the collapse of the talks",
    class ``cooperative-ties``) is the ruin of that tie and stays out, and so does a danger said to
    befall a side named after "for" ("a disaster for Velm": harm aimed at a side, a veiled threat).

    >>> from course.document import build_document
    >>> toks = build_document("of a looming humanitarian catastrophe").tokens
    >>> danger_named(toks, 1, 5)
    True
    >>> danger_named(build_document("of the collapse of the talks").tokens, 1, 5)
    False
    """
    dangers = word_class("unagented-dangers")
    for k in range(a, min(end, len(tokens) - 1) + 1):
        t = tokens[k]
        if t.norm in dangers:
            after = tokens[k + 1 : k + 5]
            if after and after[0].norm == "for" and len(after) > 1 and after[1].text[:1].isupper():
                return False
            return not (after and after[0].norm == "of"
                        and any(x.norm in word_class("cooperative-ties") for x in after[1:]))
        if not (t.text.isalpha() or "-" in t.text) or not t.text[:1].islower() or t.norm in _DANGER_STOPS:
            return False
    return False


#: Words that end the noun phrase a danger is looked for in: prepositions, conjunctions, verbs of being.
_DANGER_STOPS = frozenset("of in on at for to from by with if unless and or but that which is are was were be".split())


#: Prepositions of a place phrase between an envoy and the verb ("diplomats in Velma warned").
_PLACE_PREPOSITIONS = frozenset("in at".split())


def _unaffiliated_envoy(tokens: Sequence[Token], k: int, verb: int) -> bool:
    """Is ``tokens[k]`` the subject of the verb at ``verb``, a diplomat named as no party's?

    "Diplomats in Velma", "Western diplomats" and "senior diplomats" observe; "Velmoran
    diplomats", "the ministry's diplomats" and "its diplomats" speak for a side. Only a place
    phrase of up to three words may stand between the noun and the verb.
    """
    if tokens[k].norm not in word_class("envoy-observer-nouns"):
        return False
    between = tokens[k + 1 : verb]
    if between and (between[0].norm not in _PLACE_PREPOSITIONS or len(between) > 4
                    or any(not t.text[:1].isalnum() for t in between)):
        return False
    return not _affiliated(tokens, k)


def _affiliated(tokens: Sequence[Token], k: int) -> bool:
    """Does the word before ``tokens[k]`` say whose it is: a possessive ("the ministry's",
    "its") or a capitalised name ("Velmoran") that is no word of `unaffiliated-modifiers`?"""
    if k == 0:
        return False
    prev = tokens[k - 1]
    if prev.norm in POSSESSIVES or (prev.norm == "s" and k >= 2 and tokens[k - 2].norm in ("'", "\u2019")):
        return True
    return prev.text[:1].isupper() and prev.norm not in DETERMINERS \
        and prev.norm not in word_class("unaffiliated-modifiers")


def _not_over_topic(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Sides that "clashed over" or "clashed bitterly about" something disagreed in words: the
    fighting reading needs no topic ("troops clashed with protesters", "clashes near the border")."""
    k = j + 1
    if k < len(tokens) and tokens[k].norm.endswith("ly") and tokens[k].text.islower():
        k += 1
    # a time between: "clashed on Thursday over a draft resolution", "clashed again over"
    if k < len(tokens) and tokens[k].norm in ("again", "yesterday", "today", "tonight"):
        k += 1
    elif k + 1 < len(tokens) and tokens[k].norm == "on" and tokens[k + 1].norm in _MONTHS_DAYS:
        k += 2
    return not (k < len(tokens) and tokens[k].norm in ("over", "about"))


def _not_in_a_row(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A "row" is a quarrel ("locked in a row over history"), but "for the third day in a row"
    counts days."""
    quarrel = j + 1 < len(tokens) and tokens[j + 1].norm in ("over", "with", "between", "about")
    return quarrel or not (i >= 2 and tokens[i - 2].norm == "in" and tokens[i - 1].norm == "a")


#: Words that point to a person or a view as the target of an attack ("attacked him", "his attacks on their record").
_PERSON_TARGETS = frozenset("him her them his their its my your our me us you".split())


def _not_verbal_attack(tokens: Sequence[Token], i: int, j: int) -> bool:
    """An attack in words is criticism, not force: one on a view or a plan ("attacked the
    governor's plan", "an attack on the budget"), one on a person told as speech ("attacked
    Clinton in early-morning tweets", "a blistering attack on Governor Harris", "attacked her as
    a fraud"), and one on a currency is a market run.
    An attack on a country or a place ("the attack on Ukraine", "The attack cut electricity"), or
    in a sentence of armed violence ("militants attacked the convoy"), is force.
    "Attack" before a noun of a weapon or a vehicle names its type ("attack drones", "an attack
    submarine"; word class ``attack-type-nouns``), no attack: nobody has attacked.

    >>> from course.document import build_document
    >>> _not_verbal_attack(build_document("It sold attack drones to the rebels.").tokens, 2, 2)
    False
    >>> _not_verbal_attack(build_document("Rebels used drones to attack helicopters.").tokens, 4, 4)
    True
    """
    if _attack_type(tokens, i, j):
        return False  # "its sale of attack drones", "attack helicopters": a kind of weapon, no event
    if _has_context("violence", tokens):  # (read once per sentence, not once per phrase)
        return True
    if _has_context("market", tokens):
        return False  # "a speculative attack on the yuan": a run on a currency, not force
    if i > 0 and tokens[i - 1].norm in word_class("spoken-attack-words"):
        return False  # "a blistering attack", "a verbal attack"
    k = j + 1
    if k < len(tokens) and tokens[k].norm == "on":
        k += 1
    if k >= len(tokens):
        return True
    views = word_class("view-nouns")
    if any(x.norm in views for x in tokens[k : k + 6]) or tokens[k].norm in _PERSON_TARGETS:
        return False
    # a named target is a person attacked in words only when the sentence tells of speech
    settings = word_class("speech-settings")
    return not (tokens[k].text[:1].isupper() and any(t.norm in settings for t in tokens[j + 1 : j + 16]))


#: Words before a verb "attack" ("to attack helicopters", "will attack", "did not attack").
_VERB_OPENERS = frozenset("to not never".split()) | _MODALS | _AUX


def _attack_type(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Is the singular "attack" at ``i`` a modifier of a noun of ``attack-type-nouns`` after it
    ("attack drones", "an attack submarine"), and not a verb before its object ("to attack
    helicopters")?"""
    return (i == j and tokens[i].norm == "attack" and j + 1 < len(tokens)
            and tokens[j + 1].norm in word_class("attack-type-nouns")
            and not (i > 0 and tokens[i - 1].norm in _VERB_OPENERS))


def _not_motive_label(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A "retaliation for" something after "as", "in" or a form of "be" labels an act told beside it as
    hitting back ("The arrest is widely seen as retaliation for the expulsion", "were in retaliation
    for"): the motive of that act, which is marked on its own, no threat (as a bare "in protest" gives the
    motive of a recall). "Vowed retaliation for" and "warned of retaliation" promise it and stay threats.

    >>> from course.document import build_document
    >>> _not_motive_label(build_document("The arrest is seen as retaliation for the expulsion.").tokens, 5, 5)
    False
    >>> _not_motive_label(build_document("Tarsk vowed retaliation for the expulsion.").tokens, 2, 2)
    True
    """
    if not (j + 1 < len(tokens) and tokens[j + 1].norm == "for"):
        return True
    k = i - 1
    if k >= 0 and tokens[k].norm in ("a", "an"):
        k -= 1
    return not (k >= 0 and (tokens[k].norm in ("as", "in") or tokens[k].norm in BE_FORMS))


#: Words that name what "interference" meddles in: a political complement after "in" or "with".
_MEDDLING_PREPOSITIONS = frozenset("in into with".split())
#: Words before "interference" that name the meddler as from outside ("foreign interference").
_MEDDLERS = frozenset("foreign external outside".split())


def _meddling_sense(tokens: Sequence[Token], i: int, j: int) -> bool:
    """"Interference" accuses a state of meddling ("interference in its internal affairs", "foreign
    interference") unless it is noise on a signal: a word of ``signal-words`` right before it ("radio interference", "GPS interference"),
    "on" after it ("interference on at least 40 flights": the signal is disturbed on them, no affairs are
    meddled in), or a word of ``signal-words`` within eight words of it ("the pattern of interference was
    consistent with deliberate jamming"), unless "in", "into" or "with" after it opens a complement with no
    such word ("interference in the election, state radio said" stays political), or a meddler is named
    right before it ("foreign interference", "Tarskian interference").

    >>> from course.document import build_document
    >>> _meddling_sense(build_document("Pilots reported interference on 40 flights.").tokens, 2, 2)
    False
    >>> _meddling_sense(build_document("Tarsk condemned interference in its internal affairs.").tokens, 2, 2)
    True
    """
    signal = word_class("signal-words")
    if i > 0 and tokens[i - 1].norm in signal:
        return False
    if i > 1 and (tokens[i - 1].norm in _MEDDLERS or tokens[i - 1].text[:1].isupper()):
        return True  # "foreign interference", "Tarskian interference": a meddler is named
    after = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    if after == "on":
        return False
    if after in _MEDDLING_PREPOSITIONS and not any(t.norm in signal for t in tokens[j + 2 : j + 6]):
        return True
    return not any(t.norm in signal for t in tokens[max(0, i - 8) : j + 9])


def _not_before_force(tokens: Sequence[Token], i: int, j: int) -> bool:
    """"willing to negotiate", "willing to withdraw its troops", "committed to the ceasefire"
    offer cooperation; "willing to use force" does not."""
    k = j + 1
    while k < len(tokens) and tokens[k].norm.endswith("ly") and tokens[k].text.islower():
        k += 1
    return not (k < len(tokens) and tokens[k].norm in word_class("force-verbs"))


def _agreement_sense(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A "settlement" that ends a dispute ("reached a settlement", "a settlement of the dispute",
    "a settlement with Kyiv"), not a place ("expanded the settlement near Jerusalem")."""
    after = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    if after in ("of", "with", "between", "to", "on"):
        return True
    settling = word_class("settling-words")
    return any(t.norm in settling for t in tokens[max(0, i - 3) : i])


#: Words after "defended" that make the thing defended the speaker's own.
_OWN = frozenset("its his her their our my itself himself herself themselves ourselves".split())


def _not_own(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Defending another side supports it ("defended Iran's right to enrich"); defending one's own
    decision ("Moscow defended its decision") supports nobody, nor does defending a place, in the
    active ("Troops defended the city") or the passive ("its borders were defended by its weakest
    members")."""
    if any(t.norm in DEFENDED_PLACES for t in tokens[j + 1 : j + 5]):
        return False  # "Troops defended the city": a military act, no support for another side
    if i > 0 and tokens[i - 1].norm in BE_FORMS and any(t.norm in DEFENDED_PLACES for t in tokens[max(0, i - 6) : i - 1]):
        return False  # "its borders were being defended by ...": the place defended is the subject of the passive
    return not (j + 1 < len(tokens) and tokens[j + 1].norm in _OWN)


def _recognition_sense(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Diplomatic recognition ("recognised Kosovo", "recognition of Palestinian statehood",
    "recognised the new government"), not "recognised that the talks had failed"."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is not None and nxt.text[:1].isupper() and nxt.text[1:2].islower():
        return True
    # a declared refusal to recognise what the other side did ("would not recognise the result",
    # 'will never recognise "any change to its borders imposed by force"'): non-recognition is the
    # step, and the negation makes it a refusal (REJECT); "did not recognise him" has no modal
    if i >= 2 and tokens[i - 1].norm in ("not", "never") and tokens[i - 2].norm in ("will", "would", "shall", "cannot") \
            and nxt is not None and nxt.norm in ("the", "any", "its", "their", "this", "that", "these", "such", '"', "“"):
        return True
    recognised = word_class("recognised-words")
    return any(t.norm in recognised for t in tokens[j + 1 : j + 7])


def _not_attributive(tokens: Sequence[Token], i: int, j: int) -> bool:
    """"Riot police lined the avenue" names a unit, not a riot."""
    return not (j + 1 < len(tokens) and tokens[j + 1].norm in word_class("equipment-nouns"))


def _not_people_noun(tokens: Sequence[Token], i: int, j: int) -> bool:
    """"evacuate the wounded", "the Swiss hosts": after "the" (or "the" and an adjective) the
    word names people, not an event, and so it does after "according to" ("according to brokers");
    "were wounded", "will host the talks" are events."""
    before = [t.norm for t in tokens[max(0, i - 2) : i]]
    nxt = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    if before == ["according", "to"]:
        return False  # "according to brokers": the people who say so
    return not ("the" in before and not (nxt in ("the", "a", "an") or nxt in ("talks", "summit", "meeting")))


#: Words before a verb "host" ("will host", "to host", "also host", "we host").
_BEFORE_HOST_VERB = frozenset("to and or not never also still often usually we they i you".split())


#: Words that end the object of "host" (a preposition other than "of", a clause break).
_HOST_OBJECT_ENDS = frozenset(
    "in at on for from with between during until to by next this last since after before , . ; : ( ) and who which that".split())


def _hosted_meeting(tokens: Sequence[Token], j: int) -> bool:
    """Does what follows "host" name a meeting or a visitor (CAMEO 043 host a visit)? The object runs
    to a preposition other than "of" or a clause break; it names a meeting when one of its words is
    of class ``hosted-objects`` (a meeting, talks, a summit, a visit, a delegation, a leader: "hosted
    the talks", "hosted a round of talks", "hosted the Tarskan president") or its last word is a name
    ("hosted Velm's foreign minister", "hosted Orlov"). People, forces or events received are no
    visit ("hosts tens of thousands of refugees", "hosts foreign troops", "hosted the games"). No
    object after it ("the summit Drava will host", "agreed to host") leaves the reading to the
    other tests.

    >>> from course.document import build_document
    >>> _hosted_meeting(build_document("Drava hosts tens of thousands of refugees.").tokens, 1)
    False
    >>> _hosted_meeting(build_document("Drava hosted a round of talks.").tokens, 1)
    True
    """
    hosted = word_class("hosted-objects")
    words = []
    for t in tokens[j + 1 : j + 9]:
        if t.norm in _HOST_OBJECT_ENDS or t.norm in BE_FORMS or t.norm in _AUX or t.norm in _MODALS:
            break  # (a verb after it: "the summit Drava will host was postponed" has no object after "host")
        words.append(t)
    words = [t for t in words if t.norm not in DETERMINERS and t.norm not in ("'s", "’s", "'", "’")]
    if not words:
        return True
    if any(t.norm in hosted for t in words):
        return True
    last = words[-1]
    return last.text[:1].isupper() and last.text[1:2].islower() and last.norm not in _MONTHS_DAYS


#: Words between a verb of stopping and its subject or its passive auxiliary.
_STOP_LINKS = frozenset("also temporarily all both then again now still".split())
#: Words that name a noun of stopping's doer after it ("the suspension of flights by Tarsk").
_AGENT_WORDS = frozenset({"by"})


def _party_stops(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Does a side stop or call off the step (CAMEO 16 reduce relations)? Not when the subject is a
    company (class ``company-nouns``: "Some airlines cancelled services as a precaution", "Shipping firms
    halted deliveries"), nor when no doer is named, in an agentless passive or a noun of stopping with no
    owner and no "by", and the sentence names an accident or a natural event as the cause (class
    ``incident-words``: "Shipping was suspended after the blast", "A drone crashed near the airport,
    forcing the suspension of flights"): a company's decision or an event is no side acting against
    another. A side named as the doer keeps the sanction ("Tarsk suspended flights to Velm", "the
    government cancelled the visit"), and so does a passive with no accident named ("flights to Velm
    were suspended").

    >>> from course.document import build_document
    >>> _party_stops(build_document("Shipping was suspended after the blast.").tokens, 2, 2)
    False
    >>> _party_stops(build_document("Tarsk suspended flights after the blast.").tokens, 1, 1)
    True
    """
    k = i - 1
    while k >= 0 and tokens[k].norm not in BE_FORMS and (
            tokens[k].norm in _STOP_LINKS or tokens[k].norm in _AUX or tokens[k].norm in _MODALS
            or tokens[k].norm.endswith("ly") and tokens[k].text.islower()):
        k -= 1  # ("had temporarily suspended": past the auxiliary and the adverb to the subject)
    companies = word_class("company-nouns")
    if k >= 0 and tokens[k].norm in companies:
        return False  # "Some airlines cancelled services": a company's decision
    noun = tokens[i].norm.endswith(("ion", "ions"))
    passive = k >= 0 and tokens[k].norm in BE_FORMS and not noun
    if not (passive or noun):
        return True  # an active verb with a subject of its own: the side that stops
    after = tokens[j + 1 : j + 8]
    if any(t.norm in _AGENT_WORDS for t in after):
        return True  # "was suspended by Tarsk": the doer is named
    if noun and i > 0 and (tokens[i - 1].norm in POSSESSIVES or tokens[i - 1].norm in ("'", "’")
                           or i > 1 and tokens[i - 1].norm == "s" and tokens[i - 2].norm in ("'", "’")):
        return True  # "Tarsk's suspension of flights": the owner is the doer
    incidents = word_class("incident-words")
    return not any(t.norm in incidents for t in tokens)


def _host_sense(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A side that hosts a visit or talks (CAMEO 043: "will host the summit", "hosted talks"), not a
    person or an amount named by the noun: "the news host", "an opinion host" (after a determiner, as
    :func:`_not_people_noun`), "RT America host Abby Martin" (a title before a name), "cable news hosts
    debated" (the subject of a verb), "a host of other challenges" (many); nor a broadcaster that hosts
    its coverage or a show (word class ``programme-nouns``: "help host its election-night coverage").

    >>> from course.document import build_document
    >>> _host_sense(build_document("Velm faces a host of other challenges.").tokens, 3, 3)
    False
    >>> _host_sense(build_document("Orlan will host the summit.").tokens, 2, 2)
    True
    """
    programmes = word_class("programme-nouns")
    if any(t.norm in programmes for t in tokens[j + 1 : j + 5]):
        return False  # "host its election-night coverage": a broadcast, no visit
    if not _hosted_meeting(tokens, j):
        return False  # "hosts tens of thousands of refugees", "hosts a base": no visit received
    if tokens[j].norm.endswith(("ed", "ing")):
        return True  # "hosted talks", "hosting the summit": the verb
    if not _not_people_noun(tokens, i, j):
        return False
    prev = tokens[i - 1] if i > 0 else None
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if prev is None or nxt is None:
        return True
    if prev.norm in ("a", "an"):
        return False  # "an opinion host" has "an" two words back (:func:`_not_people_noun`); "a host of"
    verb_before = prev.norm in _MODALS or prev.norm in _BEFORE_HOST_VERB or prev.norm.endswith("ly") and prev.text.islower()
    if tokens[j].norm == "host" and not verb_before and prev.text.isalpha() and prev.text.islower() \
            and (prev.norm == "news" or not prev.norm.endswith("s")):
        return False  # "an opinion host", "the ministry's news host": a singular noun before it, no subject of "host"
    if tokens[j].norm == "host" and not verb_before and nxt.text[:1].isupper() and nxt.text[1:2].islower():
        return False  # "RT America host Abby Martin": a title before a name
    said = nxt.text.islower() and (nxt.norm.endswith("ed") or nxt.norm in IRREGULAR_PAST
                                   or nxt.norm in ("say", "says", "asked", "asks"))
    return not (tokens[j].norm == "hosts" and said)  # "cable news hosts debated": the subject of a verb


def _appeal_sense(tokens: Sequence[Token], i: int, j: int) -> bool:
    """An appeal that asks a side to act ("an appeal for calm", "appeals to both sides", "the UN's
    appeal"), not the pull of a plan or a party on people: "broad appeal", "the country's bipartisan
    appeal" (an adjective of class ``appeal-breadth-words`` before it), "the appeal of populism".

    >>> from course.document import build_document
    >>> _appeal_sense(build_document("The plan has broad appeal among voters.").tokens, 4, 4)
    False
    >>> _appeal_sense(build_document("The envoy made a broad appeal for calm.").tokens, 5, 5)
    True
    """
    nxt = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    if nxt in ("for", "to", "from", "by", "against"):
        return True  # "an appeal for calm", "a broad appeal to all sides"
    if nxt == "of":
        return False  # "the appeal of populism": its attraction
    return not (i > 0 and tokens[i - 1].norm in word_class("appeal-breadth-words"))


def _consensus_sense(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A consensus the sides reach ("reached a consensus on the text"), not a view shared by a field
    that a that-clause states: "the intelligence community consensus that Moscow hacked the servers",
    "the consensus among diplomats is that the talks will fail" say what is held true, and no sides agree
    on a step ("a consensus among the states that signed the treaty" keeps its relative clause).

    >>> from course.document import build_document
    >>> _consensus_sense(build_document("The consensus is that the talks will fail.").tokens, 1, 1)
    False
    >>> _consensus_sense(build_document("The ministers reached a consensus on the text.").tokens, 4, 4)
    True
    """
    if j + 1 < len(tokens) and tokens[j + 1].norm == "that":
        return False  # "the consensus that Moscow hacked the servers"
    for k in range(j + 2, min(len(tokens), j + 8)):
        if not tokens[k].text.isalnum():
            break
        if tokens[k].norm == "that" and tokens[k - 1].norm in ("is", "was", "remains"):
            return False  # "the consensus (among diplomats) is that the talks will fail"
    return True


def _seizure_sense(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Seizing takes property or people by force ("seized the tanker", "was seized on its way to
    port"); to "seize on" or "seize upon" words or a chance is to make use of them: "critics seized
    upon his remarks", "seized on the minister's comments" (a noun of ``view-nouns`` after "on").

    >>> from course.document import build_document
    >>> _seizure_sense(build_document("Critics seized upon his remarks.").tokens, 1, 1)
    False
    >>> _seizure_sense(build_document("The tanker was seized on its way to port.").tokens, 3, 3)
    True
    """
    nxt = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    if nxt == "upon":
        return False
    views = word_class("view-nouns")
    return not (nxt == "on" and any(t.norm in views for t in tokens[j + 2 : j + 8]))


def _office_resignation(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A resignation that yields under pressure steps down from an office ("the prime minister resigned",
    "resigned from the government"); one from a network, a company or a newspaper (word class
    ``workplace-nouns`` after "from" and at most two words) leaves a job and yields to no side.

    >>> from course.document import build_document
    >>> _office_resignation(build_document("The anchor resigned from the network.").tokens, 2, 2)
    False
    >>> _office_resignation(build_document("The minister resigned from the government.").tokens, 2, 2)
    True
    """
    if not (j + 1 < len(tokens) and tokens[j + 1].norm == "from"):
        return True
    workplaces = word_class("workplace-nouns")
    return not any(t.norm in workplaces for t in tokens[j + 2 : j + 5])


def _not_dispute_over(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Two countries "fighting over the islands" dispute them; "fighting over the town killed 20
    soldiers", in a sentence of armed violence, is combat."""
    return _not_over_topic(tokens, i, j) or _has_context("violence", tokens)


def _deployed_as_verb(tokens: Sequence[Token], i: int, j: int) -> bool:
    """"Russia deployed warheads near the border" moves forces; "limited to 1,550 deployed
    warheads", "the treaty caps deployed missiles" count a category: a participle after a number,
    a determiner or a word of counting describes the weapons, it reports no deployment."""
    if i == 0 or not tokens[i].norm.endswith("ed"):
        return True
    prev = tokens[i - 1]
    return not (any(ch.isdigit() for ch in prev.text) or prev.norm in word_class("counting-words"))


def _verbal_participle(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A participle reports an event ("the city was besieged", "Tarsk sanctioned three banks"), but
    describes a thing after a number, a determiner, a word of counting (``_deployed_as_verb``) or a
    gerund, before a lower-case noun: "the besieged town", 'smuggling "sanctioned fuel"' name what
    the town or the fuel is (ANNOTATION.md §8.4, Forecasts and names)."""
    if not _deployed_as_verb(tokens, i, j):
        return False
    prev, nxt = tokens[i - 1] if i else None, tokens[j + 1] if j + 1 < len(tokens) else None
    return not (prev is not None and nxt is not None and prev.text.islower() and prev.norm.endswith("ing")
                and nxt.text.isalpha() and nxt.text.islower() and nxt.norm not in ("the", "a", "an", "its", "their"))


def _not_after_summons(tokens: Sequence[Token], i: int, j: int) -> bool:
    """"summoned the ambassador to protest the incursion": the protest is what the summons
    delivers, one diplomatic act (CAMEO 114, on the summoning verb), not a street protest. In the
    same way a bare "in protest" gives the motive of the act before it ("recalled its ambassador from
    Tarsk **in protest**"): one act, one mark, on the recall.

    >>> from course.document import build_document
    >>> _not_after_summons(build_document("Lorvia recalled its ambassador in protest.").tokens, 5, 5)
    False
    >>> _not_after_summons(build_document("Thousands joined the protest.").tokens, 3, 3)
    True
    """
    if i == j and i > 0 and tokens[i - 1].norm == "in" and tokens[i].norm == "protest":
        return False
    summons = word_class("summon-words")
    # (the envoy may be named at length: "summoned Dalmar's ambassador, Karin Holm, to protest")
    reach = 14 if i > 0 and tokens[i - 1].norm == "to" else 6
    return not any(t.norm in summons for t in tokens[max(0, i - reach) : i])


def _not_summons_content(tokens: Sequence[Token], i: int, j: int) -> bool:
    """"summoned the ambassador to protest the **incursion**": the charge a summons protests is what the
    protest delivers, one diplomatic act (CAMEO 114, on the summoning verb), no mark of its own; "protested
    the incursion" without a summons and "reported an incursion" keep it.

    >>> from course.document import build_document
    >>> _not_summons_content(build_document("Orsa summoned the envoy to protest the incursion.").tokens, 7, 7)
    False
    >>> _not_summons_content(build_document("Orsa reported an incursion.").tokens, 3, 3)
    True
    """
    k = i - 1
    while k >= 0 and i - k <= 3 and tokens[k].norm in ("the", "a", "an", "its", "their", "this", "that", "latest",
                                                      "new", "repeated", "alleged", "recent"):
        k -= 1
    if k < 1 or tokens[k].norm != "protest" or tokens[k - 1].norm != "to":
        return True
    return _not_after_summons(tokens, k, k)


#: Participles of forbidding that can describe what a rule forbids ("weapons **banned** under the treaty").
_FORBIDDEN_PARTICIPLES = frozenset("banned outlawed prohibited forbidden".split())


def _not_rule_content(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A ban is an act of a side ("Tarsk **banned** the party", "banned flights from Velm"), but a participle
    that names what an international agreement forbids describes the thing, and a treaty or a convention that
    "bans" states its own terms: "launchers banned under the accord", "weapons banned by the convention",
    "banned under international law", "a treaty banning nuclear weapons", "the convention bans cluster
    munitions", and a ban on a class of weapons ("a ban on missiles", "a ban on nuclear weapons": arms control) are
    no act of banning (nouns of ``instrument-nouns``; a law or a decree of a state that bans a
    party is that state's act, and stays one).

    >>> from course.document import build_document
    >>> _not_rule_content(build_document("Velm deployed launchers banned under the accord.").tokens, 3, 3)
    False
    >>> _not_rule_content(build_document("The party was banned by the court.").tokens, 3, 3)
    True
    """
    instruments = word_class("instrument-nouns")
    w = tokens[i].norm
    if w in _FORBIDDEN_PARTICIPLES and j + 1 < len(tokens) and tokens[j + 1].norm in ("under", "by"):
        for k in range(j + 2, min(len(tokens), j + 7)):
            t = tokens[k].norm
            if t in instruments or t == "law" and tokens[k - 1].norm == "international":
                return False
            if not t.isalnum() or t in _FUNCTION_WORDS and t not in DETERMINERS:
                break  # ("banned by the court after the accord was signed": the court bans)
        return True
    if w in ("ban", "bans") and j + 1 < len(tokens) and tokens[j + 1].norm == "on":
        # "a ban on missiles", "a ban on nuclear weapons": arms control, what a ban forbids is a class of weapons
        classes, armament = word_class("weapon-class-words"), word_class("armament-nouns")
        k = j + 2
        while k < len(tokens) and k <= j + 5 and (tokens[k].norm in classes or "-" in tokens[k].norm
                                                  or tokens[k].norm in ("all", "the", "such", "any")):
            k += 1
        if k < len(tokens) and (tokens[k].norm in armament or tokens[k].norm in ("weapons", "munitions", "mines")) \
                and not (k + 1 < len(tokens) and tokens[k + 1].text.isalpha() and tokens[k + 1].text.islower()
                         and tokens[k + 1].norm not in ("and", "or", "in", "on", "by", "under", "that", "which")):
            return False
    if w in ("banning", "bans", "ban", "outlaws", "prohibits", "prohibiting") and i > 0:
        k = i - 1
        if tokens[k].norm in ("that", "which") and k > 0:
            k -= 1
        return tokens[k].norm not in instruments
    return True


#: Words that may stand between "offer" and its object ("offering no evidence", "offered few details").
_OFFER_OBJECT_LEAD = frozenset("no any little few more further new fresh some the a an its their his her".split())


def _offer_of_cooperation(tokens: Sequence[Token], i: int, j: int) -> bool:
    """An offer is a step towards the other side when it puts forward help or a concession
    ("offered talks", "offered to withdraw"); offering evidence, details or an explanation backs a
    claim and offers the other side nothing (class ``claim-support-nouns``): "accused Lorvia of
    preparing an attack, without **offering** evidence".

    >>> from course.document import build_document
    >>> toks = build_document("He spoke without offering evidence.").tokens
    >>> _offer_of_cooperation(toks, 3, 3), _offer_of_cooperation(build_document("Tarsk offered talks.").tokens, 1, 1)
    (False, True)
    """
    k = j + 1
    while k < len(tokens) and k <= j + 3 and tokens[k].norm in _OFFER_OBJECT_LEAD:
        k += 1
    return not (k < len(tokens) and tokens[k].norm in word_class("claim-support-nouns"))


def _protest_rally(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A rally is a protest when it is against something ("rallies against the government");
    "patriotic rallies", "a campaign rally", "rallies in support of the troops" back a side."""
    support = word_class("support-rally-words")
    if any(t.norm in support for t in tokens[max(0, i - 2) : i]):
        return False
    after = [t.norm for t in tokens[j + 1 : j + 4]]
    return not (after[:1] == ["for"] or after[:3] == ["in", "support", "of"] or after[:2] == ["to", "support"])


def _not_greeting(tokens: Sequence[Token], i: int, j: int) -> bool:
    """"Welcome to our live coverage", "welcome to the programme": a greeting to the reader, not
    praise of a side's step ("welcomed the ceasefire")."""
    return not (j + 2 < len(tokens) and tokens[j + 1].norm == "to" and tokens[j + 2].norm in ("our", "this", "the", "my"))


def _not_before_time(tokens: Sequence[Token], i: int, j: int) -> bool:
    """"insisted on guarantees" presses a demand; in "insisted on Monday that the navy would
    return" the "on" says when it was said (the verb is a report, attribution lens).

    >>> from course.document import build_document
    >>> toks = build_document("The minister insisted on Monday that the navy would return.").tokens
    >>> _not_before_time(toks, 2, 3), _not_before_time(build_document("Kyiv insisted on guarantees.").tokens, 1, 2)
    (False, True)
    """
    k = j + 1
    if k >= len(tokens):
        return True
    nxt = tokens[k].norm
    return not (nxt in _MONTHS_DAYS or nxt[:1].isdigit()
                or nxt == "the" and k + 1 < len(tokens) and tokens[k + 1].norm in ("weekend", "eve", "day"))


def _deal_sense(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A "deal" between sides ("the nuclear deal", "a grain deal", "reached a deal"), not an amount
    ("a great deal of pressure") nor the verb ("to deal with the crisis", "will deal with it").

    >>> from course.document import build_document
    >>> _deal_sense(build_document("Talks on the nuclear deal stalled.").tokens, 4, 4)
    True
    >>> _deal_sense(build_document("It takes a great deal of effort.").tokens, 4, 4)
    False
    """
    prev = tokens[i - 1].norm if i > 0 else ""
    nxt = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    if prev in ("great", "good", "big", "raw", "fair") or nxt == "of" and prev in ("a", "great", "good"):
        return False
    return prev not in ("to", "not", "will", "would", "can", "could", "must", "should", "may", "might", "shall",
                        "i", "we", "you", "they", "he", "she", "it")


def _denial_sense(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A denial of a charge ("denied any involvement", "denied that ..."), not a refusal of a
    non-event ("declined to comment", the rule ``not-before-non-event``) nor a thing guards deny
    someone ("had been denied access to most detention sites", "denied the inspectors entry")."""
    return _not_before_non_event(tokens, i, j) and not any(t.norm in DENIED_THINGS for t in tokens[j + 1 : j + 5])


def _meeting_sense(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Sides that meet (not "would be met with a decisive response": :func:`_not_passive`), not
    a side that meets an obligation ("failed to meet its commitments", "met the deadline"; word class
    ``obligation-nouns``), nor a move or a force that meets a reaction ("the column met little
    resistance", "the plan met with opposition"; word class ``reaction-nouns``), nor one that meets
    the press ("sat down with reporters", an interview; word class ``press-nouns``).

    >>> from course.document import build_document
    >>> _meeting_sense(build_document("The column met little resistance.").tokens, 2, 2)
    False
    >>> _meeting_sense(build_document("The ministers met in Geneva.").tokens, 2, 2)
    True
    """
    obligations, press = word_class("obligation-nouns"), word_class("press-nouns")
    after = tokens[j + 1 : j + 4]
    return _not_passive(tokens, i, j) and not any(t.norm in obligations for t in after) \
        and not any(t.norm in press for t in after[:2]) and not _meets_reaction(tokens, j + 1)


#: Words between "met" and a noun that stop it from being what was met ("met amid criticism", "met the opposition").
_NOT_REACTION_LEAD = frozenset("the a an his her their its our amid in on at after before during despite over under "
                               "for to of and but as".split())


#: Words that may follow the reaction met ("met little resistance near the border", "... as it advanced").
_AFTER_REACTION = frozenset("from by with near along outside inside across around into through towards toward when "
                            "while because until so".split())


def _meets_reaction(tokens: Sequence[Token], k: int) -> bool:
    """Is what is met from token ``k`` a reaction, a noun of the class ``reaction-nouns`` with at most
    "with" and two words of degree before it and no noun after it ("met little resistance", "met with
    stiff opposition"; not "met with opposition leaders", "met the opposition", "met amid criticism")?"""
    reactions = word_class("reaction-nouns")
    for m in range(k, min(len(tokens), k + 3)):
        t = tokens[m]
        if t.norm in reactions:
            nxt = tokens[m + 1] if m + 1 < len(tokens) else None
            return nxt is None or not (nxt.text.isalpha() and nxt.text.islower()) or nxt.norm in _NOT_REACTION_LEAD \
                or nxt.norm in _AFTER_REACTION
        if not (t.text.isalpha() and t.text.islower()) or t.norm in _NOT_REACTION_LEAD:
            return False
    return False


def _conference_sense(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A conference of states: one named by its kind ("a peace conference", "the climate conference"; word
    class ``conference-kinds``) or "the conference" pointing back to it ("boycotted the conference"), not
    the channel of a statement ("told a news conference"), a gathering of a trade or a party ("a labor
    conference", "an education conference") nor a room or a call ("the conference call").

    >>> from course.document import build_document
    >>> _conference_sense(build_document("Delegates walked out of a peace conference.").tokens, 6, 6)
    True
    >>> _conference_sense(build_document("The minister told a news conference.").tokens, 4, 4)
    False
    """
    if j + 1 < len(tokens) and tokens[j + 1].norm in ("call", "calls", "room", "rooms", "centre", "center", "hall"):
        return False
    return i > 0 and (tokens[i - 1].norm in word_class("conference-kinds") or tokens[i - 1].norm in ("the", "this",
                                                                                                     "that"))


#: Words between a weapon noun and the verb of its use: "artillery was returning fire".
_USE_GAP = frozenset("was were is are had has have been also reportedly allegedly repeatedly then".split())


#: Words that join the members of a list.
_LIST_JOINS = frozenset(", and or".split())
#: Words of a modifier that may stand before a listed weapon ("armed drones and heavy artillery") are any
#: lower-case words but these.
_NOT_MODIFIERS = frozenset("the a an and or but to of in on at by for from with as than".split())


def _modifiers_from(tokens: Sequence[Token], k: int, step: int) -> int:
    """The first token from ``k`` (going by ``step``, +1 or -1) past at most two lower-case modifiers."""
    for _ in range(2):
        if 0 <= k < len(tokens) and tokens[k].text.isalpha() and tokens[k].text.islower() \
                and tokens[k].norm not in _NOT_MODIFIERS and tokens[k].norm not in word_class("armament-nouns"):
            k += step
    return k


def _in_weapon_inventory(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Is the weapon noun from ``i`` to ``j`` a member of a list of weapons (class ``armament-nouns``,
    joined by commas, "and" or "or") that names no act done with them? A later member is never a mark
    of its own (the list is one thing named: one act, one mark); the first is none when nothing but a
    word of having or including (class ``inventory-words``), or no word at all, stands before the list
    ("The army has missiles, drones and artillery"; "showed off its missiles, drones and artillery"
    keeps the first).

    >>> from course.document import build_document
    >>> t = build_document("The army has missiles, drones and artillery.").tokens
    >>> _in_weapon_inventory(t, 3, 3), _in_weapon_inventory(t, 7, 7)
    (True, True)
    >>> _in_weapon_inventory(build_document("Tarsk moved artillery to the border.").tokens, 2, 2)
    False
    """
    armament = word_class("armament-nouns")
    left = _modifiers_from(tokens, i - 1, -1)
    if left >= 1 and tokens[left].norm in _LIST_JOINS and tokens[left - 1].norm in armament:
        return True  # a later member: "drones and heavy artillery"
    right = j + 1
    if not (right < len(tokens) and tokens[right].norm in _LIST_JOINS):
        return False
    nxt = _modifiers_from(tokens, right + 1, 1)
    if not (nxt < len(tokens) and tokens[nxt].norm in armament):
        return False  # no list: "fired missiles, killing two", "moved artillery and said"
    return _no_act_before(tokens, i)


def _no_act_before(tokens: Sequence[Token], i: int) -> bool:
    """Does no verb of an act stand before the first weapon of a list at ``i``: nothing, a punctuation
    mark, a word of having (class ``inventory-words``) or "with" or "of" before it, past determiners and
    modifiers, and no verb in the past or in -ing ("has stockpiled", "showed off", "moving")?"""
    inventory = word_class("inventory-words")
    for k in range(i - 1, max(-1, i - 4), -1):
        t = tokens[k]
        if not t.text.isalpha() or t.norm in inventory or t.norm in _HOLDING_PREPS:
            return True
        if t.norm in _DETERMINERS:
            continue
        if t.text.islower() and (t.norm.endswith(("ed", "ing")) or t.norm in IRREGULAR_PAST):
            return False
    return i <= 3  # the list opens the sentence: "Missiles, drones and artillery are the main threat"


#: Determiners and possessives before a weapon noun ("its missiles", "their artillery", "more drones").
_DETERMINERS = DETERMINERS | {"more"}
#: Prepositions that hold a list of weapons as what is had ("armed with rockets and mortars", "an arsenal of ...").
_HOLDING_PREPS = frozenset("with of".split())


def _not_weapon_in_use(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A weapon noun is posture when named as a means held ready ("moved artillery to the border"); when it
    is the subject or the head of its own fire ("Our artillery was returning fire", "Artillery duels";
    word class ``weapon-use-words``), the fire is the event and the weapon no MOBILIZE of its own; before a
    noun it modifies ("inspectors will visit its missile sites", "missile batteries"; word class
    ``weapon-compound-heads``) it names a kind of place or thing, no posture either.

    >>> from course.document import build_document
    >>> _not_weapon_in_use(build_document("Our artillery was returning fire.").tokens, 1, 1)
    False
    >>> _not_weapon_in_use(build_document("Tarsk moved artillery to the border.").tokens, 2, 2)
    True
    >>> _not_weapon_in_use(build_document("Inspectors will visit its missile sites.").tokens, 4, 4)
    False
    """
    use = word_class("weapon-use-words")
    if not _not_arms_control_object(tokens, i, j):
        return False  # "a treaty limiting medium-range missiles": what arms control limits, no posture
    if j + 1 < len(tokens) and tokens[j + 1].norm in word_class("weapon-compound-heads"):
        return False  # "its missile sites", "missile batteries": the weapon names a kind of place or thing
    if _in_weapon_inventory(tokens, i, j):
        return False  # "The army has missiles, drones and artillery": an inventory, no act done with them
    j = _list_end(tokens, j)  # ("missiles and drones had struck a supply truck": the list is the subject)
    k = j + 1
    while k < len(tokens) and k <= j + 3 and tokens[k].norm in _USE_GAP:
        k += 1
    return not (k < len(tokens) and tokens[k].norm in use)


#: Determiners and quantifiers inside a weapon's noun group after a word of arms control ("limiting **all
#: their** missiles", "eliminated **an entire class of** missiles").
_ARMS_GROUP_WORDS = frozenset("the a an all its their his her our of such any some".split())


def _not_arms_control_object(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A weapon named as what an act of arms control limits, bans, reduces or eliminates is the object of
    the rule, no posture: "a treaty **limiting** medium-range missiles", "talks on **reducing** nuclear
    weapons", "a **ban on** missiles", "**limits on** warheads" (a verb of ``arms-limiting-words`` after a noun
    of ``arms-control-nouns`` or ``instrument-nouns``, with "that", "which", "to" or "on" between, or after
    "on" and a noun of talks; a noun of the class before "on", "of" or "in"); the weapon's own noun group may
    stand between (determiners, a word of ``weapon-class-words``: "the number of", "an entire class of",
    "nuclear", a hyphenated word). "Deployed missiles", "missiles were moved to the border" and a side's own
    "will reduce its missiles" (a step back of its own, read by the cessation rule) keep their reading.

    >>> from course.document import build_document
    >>> _not_arms_control_object(build_document("Tarsk suspended a treaty limiting medium-range missiles.").tokens, 6, 6)
    False
    >>> _not_arms_control_object(build_document("Tarsk will reduce its missiles.").tokens, 4, 4)
    True
    """
    classes = word_class("weapon-class-words")
    k = i - 1
    while k >= 0 and i - k <= 6 and (tokens[k].norm in _ARMS_GROUP_WORDS or tokens[k].norm in classes
                                     or tokens[k].norm.isdigit() or "-" in tokens[k].norm):
        k -= 1
    limiting = word_class("arms-limiting-words")
    if k >= 1 and tokens[k].norm in ("on", "of", "in") and tokens[k - 1].norm in limiting:
        return False  # "a ban on missiles", "limits on warheads", "reductions in nuclear weapons"
    if k < 1 or tokens[k].norm not in limiting:
        return True
    if k + 1 < i and tokens[k + 1].norm == "of":
        return False  # "the elimination of medium-range missiles"
    m = k - 1
    if tokens[m].norm in ("that", "which", "to", "on") and m > 0:
        m -= 1
    return tokens[m].norm not in word_class("arms-control-nouns") and tokens[m].norm not in word_class("instrument-nouns")


def _list_end(tokens: Sequence[Token], j: int) -> int:
    """The last token of the list of weapons (class ``armament-nouns``) that the weapon ending at ``j``
    opens ("missiles, drones and artillery"), or ``j`` when it opens none; at most four more members."""
    armament = word_class("armament-nouns")
    for _ in range(4):
        if not (j + 1 < len(tokens) and tokens[j + 1].norm in _LIST_JOINS):
            break
        nxt = _modifiers_from(tokens, j + 2, 1)
        if not (nxt < len(tokens) and tokens[nxt].norm in armament):
            break
        j = nxt
    return j


def _not_after_readiness(tokens: Sequence[Token], i: int, j: int) -> bool:
    """"unlikely to use force" guesses at force; "determined to use force", "reluctant to use force" or "the
    right to use force" name no force used (a threat there is read from the threat's own words). After
    "ready", "willing" or "prepared" the phrase stays: the readiness step reads the readiness and the force
    together as one threat ("willing to use force", ANNOTATION.md §8.4, Readiness)."""
    return not (i >= 2 and tokens[i - 1].norm == "to" and tokens[i - 2].norm in (
        "determined", "unwilling", "reluctant", "right"))


#: Words that may stand between working people and their strike: "Rail workers began a strike", "the
#: miners' strike", "Dockers went on strike", "Teachers have called a 24-hour strike".
_STRIKE_LINKS = DETERMINERS | _AUX | frozenset({"'s", "'", "’s", "’", "on"})


def _labour_strike(tokens: Sequence[Token], i: int) -> bool:
    """Is the "strike" at ``i`` a walkout by people at work? A noun of working people (word class
    ``labour-nouns``) owns it ("the miners' strike", "a union strike") or is the subject of the verb
    that takes it ("Rail workers began a strike", "Dockers went on strike"), with at most a verb, an
    auxiliary, a determiner and modifiers between, within five words. A verb of reporting or a word of
    another clause between ("Aid workers said a strike on the convoy killed three", "workers were
    killed in a strike") leaves the strike to its other readings.

    >>> from course.document import build_document
    >>> _labour_strike(build_document("Rail workers began a strike on Monday.").tokens, 4)
    True
    >>> _labour_strike(build_document("Aid workers said a strike on the convoy killed three.").tokens, 4)
    False
    """
    labour = word_class("labour-nouns")
    other = word_class("reporting-words") | word_class("perception-verbs")
    content = 0
    for k in range(i - 1, max(-1, i - 6), -1):
        t = tokens[k]
        if t.norm in labour:
            return True
        if t.norm in _STRIKE_LINKS:
            continue
        if not t.text.replace("-", "").isalnum() or t.norm in _FUNCTION_WORDS or t.norm in other:
            return False  # a preposition, a comma, a verb of reporting: another clause or another role
        content += 1  # the verb that takes the strike ("began", "called") and its modifiers ("general")
        if content > 2:
            return False
    return False


def _strike_target(tokens: Sequence[Token], i: int, j: int) -> bool:
    """"strike on" names a target ("a strike on the depot") unless the "on" dates it ("a strike on
    Monday", "on 5 June": a day is no target) or the strike is a walkout by people at work ("Rail
    workers began a strike on the railways")."""
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is not None and (after.norm in _MONTHS_DAYS or after.norm[:1].isdigit()):
        return False
    return not _labour_strike(tokens, i)


#: Words that open a clause of condition: a past form after them supposes an act, it reports none.
_CONDITION_OPENERS = frozenset("if unless lest".split())
#: Words that close the clause a past form stands in, looking back from it.
_CLAUSE_BOUNDARIES = frozenset({",", ";", ":", "—", "–", "(", ")"})


def _retaliation_promised(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A past form of hitting back ("retaliated", "avenged") with no modal before it tells of an answer
    already given, as "responded in kind" does: an act, no threat, and the act it names ("by expelling
    three diplomats", "with tariffs") carries its own mark (ANNOTATION.md §8.4, An answer given). After a
    modal ("would have retaliated", "could have retaliated") or in a clause of condition ("if Velm
    retaliated") the past supposes an answer, and the threat stands.

    >>> from course.document import build_document
    >>> _retaliation_promised(build_document("Tarsk retaliated by expelling three diplomats.").tokens, 1, 1)
    False
    >>> _retaliation_promised(build_document("Tarsk would have retaliated.").tokens, 3, 3)
    True
    >>> _retaliation_promised(build_document("If Velm retaliated, Tarsk would respond.").tokens, 2, 2)
    True
    """
    if not tokens[i].norm.endswith("ed"):
        return True  # "retaliate", "retaliates": a promise or a habit, the threat reading
    if any(t.norm in _MODALS for t in tokens[max(0, i - 3) : i]):
        return True
    k = i - 1
    while k >= 0 and tokens[k].norm not in _CLAUSE_BOUNDARIES:
        if tokens[k].norm in _CONDITION_OPENERS:
            return True
        k -= 1
    return False


def _not_inspection(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A visit by inspectors or monitors is an inspection, not a diplomatic visit (CAMEO 042):
    "inspectors may visit any site at 48 hours' notice", "allow Tarskian inspectors to visit the
    launch sites" (the allowing is the one act), "an inspection visit"; the words are the class
    ``inspector-nouns``, looked for in the four tokens before the verb, or in the object of a verb that
    lets people in which governs the visit through "to" ("allowed investigators from the OPCW to visit").

    >>> from course.document import build_document
    >>> toks = build_document("Tarsk allowed investigators from the OPCW to visit the site.").tokens
    >>> _not_inspection(toks, 7, 7)
    False
    >>> toks = build_document("Tarsk invited the foreign minister of Velm to visit the capital.").tokens
    >>> _not_inspection(toks, 9, 9)
    True
    """
    checkers = word_class("inspector-nouns")
    if any(t.norm in checkers for t in tokens[max(0, i - 4) : i]):
        return False
    to = i >= 1 and tokens[i - 1].norm == "to"
    # a visit governed through "to" (after "let", bare) by a verb that lets people in, whose object is
    # inspectors, monitors or the other side's experts, is the inspection let in, however long the object
    # ("allowed investigators from the OPCW to visit the site", "let inspectors from the agency visit",
    # "allowed Korskian experts to visit its own launch sites": the allowing is the one act, RETREAT
    # 0862); the object ends at the "to", and a comma or a clause break before the verb ends the search
    last = i - 2 if to else i - 1
    for k in range(last, max(-1, i - 11), -1):
        w = tokens[k].norm
        if w in _ADMITTING:
            return not ((to or w in _LETTING)
                        and any(t.norm in checkers or t.norm in ("experts", "specialists") for t in tokens[k + 1 : last + 1]))
        if not any(ch.isalnum() for ch in w) or w in _VISIT_CLAUSE_BREAKS:
            return True
    return True


#: Verbs that let people in: "allowed Korskian experts to visit".
_ADMITTING = frozenset("allow allows allowed allowing let lets letting invite invites invited inviting permit permits "
                       "permitted permitting".split())

#: The verb of letting, which takes a bare infinitive: "let inspectors from the agency visit the plant".
_LETTING = frozenset("let lets letting".split())

#: Words that end the object of a verb of letting in before a visit: a clause of its own begins ("allowed
#: inspectors in and the minister will visit", "before the president would visit").
_VISIT_CLAUSE_BREAKS = frozenset("to and but or that which who when while before after because if as will would "
                                 "shall can could may might must should".split())


def _not_anonymity(tokens: Sequence[Token], i: int, j: int) -> bool:
    """"not authorised to discuss private negotiations" explains why a source is unnamed (the
    anonymity formula of wire stories); it is no consultation."""
    return not (i >= 2 and tokens[i - 1].norm == "to"
                and tokens[i - 2].norm in ("authorised", "authorized", "permitted", "allowed", "cleared", "entitled"))


#: Words before "investigators" that make them outsiders let in: "international investigators".
_OUTSIDE_MODIFIERS = frozenset("international foreign independent outside joint multinational".split())


def _own_investigators(tokens: Sequence[Token], start: int, j: int) -> bool:
    """Is ``j`` "investigators" (or "investigator") with no word between ``start`` and it that names them as
    outsiders (a name or a nationality, "UN investigators", "Tarskian investigators"; a word of
    ``_OUTSIDE_MODIFIERS``) and no "from" and a name after them ("investigators from the OPCW")? Such
    investigators are a side's own (the police, an accident board): letting them examine a site lets no
    outsider in (CAMEO 086) and yields nothing to another side (CAMEO 08).

    >>> from course.document import build_document
    >>> _own_investigators(build_document("to allow investigators to examine the site").tokens, 2, 2)
    True
    >>> _own_investigators(build_document("to allow UN investigators in").tokens, 2, 3)
    False
    """
    if tokens[j].norm not in ("investigators", "investigator"):
        return False
    if any(t.text[:1].isupper() or t.norm in _OUTSIDE_MODIFIERS for t in tokens[start:j]):
        return False
    after = tokens[j + 1 : j + 4]
    return not (after and after[0].norm == "from" and any(t.text[:1].isupper() for t in after[1:]))


def _party_allows(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A side that allows something concedes it ("agreed to allow inspectors in"); a rule or an
    agreement that allows it only permits ("a fisheries agreement that allows boats to fish", "when
    the procedures allow it"; the class ``accordance-nouns`` of ``attribution_word_classes.tsv``), and
    so does any thing ("an engine which would allow it to be launched", "as soon as security
    conditions allow"): the subject must be a side (a name, a pronoun of people, ``diplomatic-words``).
    A participle after a comma ("a corridor ... opened, allowing 2,000 civilians to leave") gives the
    result of the event before it: no concession of its own. Letting a side's own investigators do their
    work ("presumably to allow investigators to examine the site") yields nothing to anyone
    (:func:`_own_investigators`)."""
    obj = next((m for m in range(j + 1, min(len(tokens), j + 4)) if tokens[m].norm in ("investigators", "investigator")), None)
    if obj is not None and _own_investigators(tokens, j + 1, obj):
        return False
    k = i - 1
    if k >= 0 and tokens[k].text == ",":
        return False  # ", allowing 2,000 civilians to leave": the result of the event before the comma
    if k >= 0 and tokens[k].norm in ("that", "which"):
        k -= 1
    if k >= 0 and tokens[k].norm in ACCORDANCE_NOUNS:
        return False
    # the subject before the verb group ("which would allow it to be launched", "as soon as
    # security conditions allow", "the deal would also allow"): a thing permits, only a side concedes
    k = i - 1
    while k >= 0 and (tokens[k].norm in _MODALS or tokens[k].norm in _AUX or tokens[k].norm in ("not", "also", "still", "now", "only")
                      or tokens[k].norm.endswith("ly") and tokens[k].text.islower()):
        k -= 1
    if k < 0 or tokens[k].norm == "to":
        return True  # an infinitive: its controller is the head's subject ("agreed to allow inspectors in")
    subject = tokens[k]
    if subject.norm in ("which", "that", "it", "this"):
        return False
    return not (subject.text.islower() and subject.norm not in word_class("diplomatic-words")
                and subject.norm not in ("we", "they", "he", "she", "i"))


#: Quotation marks as tokens, double and single: a word between them is someone's label.
_QUOTE_MARKS = frozenset(QUOTE_CHARS + "'‘’")


def _label_sense(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A word that can name a group or label it ("terrorists", "extremists") is a hostile label
    when it is used as one: in quotation marks ('sheltering "terrorists"'), after a verb of
    naming or "so-called" within six words ("branded the group terrorists", "designated the
    militia as a terrorist group", word class ``labelling-words``), or after a linking verb ("they
    are terrorists"), and "the regime in Tarsk" (a government named by its seat). "Terrorists
    attacked a checkpoint" tells of violence, which the violence field reads; "a temporary inspection
    regime" is a system of rules (a noun of ``system-nouns`` before it), quoted or not.

    >>> from course.document import build_document
    >>> toks = build_document("Tarsk designated the militia as a terrorist group.").tokens
    >>> _label_sense(toks, 6, 6)
    True
    >>> toks = build_document("Terrorists attacked a checkpoint.").tokens
    >>> _label_sense(toks, 0, 0)
    False
    """
    if i > 0 and tokens[i - 1].text.islower() and tokens[i - 1].norm in word_class("system-nouns"):
        return False  # "a temporary inspection regime", "the sanctions regime": a system of rules, no label
    if tokens[i].norm in ("regime", "regimes") and j + 2 < len(tokens) and tokens[j + 1].norm == "in" \
            and tokens[j + 2].text[:1].isupper():
        return True  # "the regime in Tarsk": a government named by its seat, denied the name of one
    if i > 0 and tokens[i - 1].text in _QUOTE_MARKS or j + 1 < len(tokens) and tokens[j + 1].text in _QUOTE_MARKS:
        return True
    labelling = word_class("labelling-words")
    if any(t.norm in labelling for t in tokens[max(0, i - 6) : i]):
        return True
    k = i - 1
    while k >= 0 and (tokens[k].norm in ("a", "an", "the") or tokens[k].text.islower() and tokens[k].norm.endswith(("ous", "al", "ic", "ent"))):
        k -= 1
    return k >= 0 and tokens[k].norm in BE_FORMS


def _party_threat(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A side threatens; a situation that "threatens to split the bloc" or "threatens regional
    stability" only puts it at risk (word class ``risk-subjects``, the head of the subject right
    before the verb, perhaps behind an adverb).

    >>> from course.document import build_document
    >>> _party_threat(build_document("The row threatens to split the bloc.").tokens, 2, 2)
    False
    >>> _party_threat(build_document("Moscow threatened to retaliate.").tokens, 1, 1)
    True
    """
    k = i - 1
    while k >= 0 and tokens[k].norm.endswith("ly") and tokens[k].text.islower() or k >= 0 and tokens[k].norm in ("now", "also", "could", "may", "might", "would", "will"):
        k -= 1
    return not (k >= 0 and tokens[k].norm in word_class("risk-subjects"))


def _blame_party(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Blame aimed at a party is an accusation ("blamed Tarsk for the attack", "blamed the attack
    on rebels", "blamed Tarsk's navy"); blame laid on a fault or a mishap accuses nobody (word class
    ``fault-nouns``): "on" a fault ("which Dalgaz blamed on technical problems", "blamed the delay on the
    weather"), a fault as the one blamed, the object of the active ("officials initially blamed a gas
    leak") or the subject of the passive ("its absence has been blamed for several near-misses"). The
    one blamed is the verb's object in the active and its subject in the passive, and "on" names it when
    the object is the harm ("blamed the attack on Tarsk").

    >>> from course.document import build_document
    >>> _blame_party(build_document('Dalgaz blamed the halt on "technical problems".').tokens, 1, 1)
    False
    >>> _blame_party(build_document("Lorva blamed the attack on Tarsk.").tokens, 1, 1)
    True
    >>> _blame_party(build_document("Officials blamed a gas leak.").tokens, 1, 1)
    False
    >>> _blame_party(build_document("Its absence has been blamed for the delays.").tokens, 4, 4)
    False
    """
    faults = word_class("fault-nouns")
    for k in range(j + 1, min(len(tokens), j + 7)):
        if tokens[k].norm == "on":
            after = [t for t in tokens[k + 1 : k + 5] if t.text not in QUOTE_CHARS]
            head = next((t for t in after if t.norm in faults), None)
            return head is None
        if tokens[k].norm in (",", ".", ";", ":", "for"):
            break
    # the passive: the one blamed is the subject before the auxiliaries ("its absence has been blamed")
    k = i - 1
    while k >= 0 and (tokens[k].norm in BE_FORMS or tokens[k].norm in _AUX or tokens[k].norm in _MODALS
                      or tokens[k].norm in ("not", "also", "widely", "partly", "largely", "often", "initially")):
        k -= 1
    if tokens[i].norm == "blamed" and k < i - 1 and tokens[i - 1].norm in BE_FORMS | {"been"}:
        return not (k >= 0 and tokens[k].norm in faults)
    # the active: the head of the object, the last word before a preposition or a clause edge
    head = None
    for k in range(j + 1, min(len(tokens), j + 6)):
        t = tokens[k]
        if t.norm in _OBJECT_ENDS or not t.text.replace("-", "").replace("'", "").replace("’", "").isalnum():
            break
        head = t
    return not (head is not None and head.norm in faults)


#: Words that end the object of "blame" ("blamed a gas leak for the blast", "blamed the weather, saying").
_OBJECT_ENDS = frozenset("for on in at as after over with from by of and or but that which who".split())


def _not_danger(tokens: Sequence[Token], i: int, j: int) -> bool:
    """People "under threat" or "under imminent threat" are in danger; no party threatens there
    ("civilians under imminent threat"), unless the threat is named as another side's act
    ("under threat of sanctions").

    >>> from course.document import build_document
    >>> _not_danger(build_document("Civilians under imminent threat fled.").tokens, 3, 3)
    False
    >>> _not_danger(build_document("Lorva made a threat.").tokens, 3, 3)
    True
    """
    k = i - 1
    while k >= 0 and k >= i - 3 and tokens[k].norm != "under" and tokens[k].text.isalpha() and tokens[k].text.islower() \
            and tokens[k].norm not in ("the", "a", "an", "their", "its", "our", "his", "her"):
        k -= 1
    if not (k >= 0 and tokens[k].norm == "under"):
        return True
    return j + 1 < len(tokens) and tokens[j + 1].norm in ("of", "from")


def _threat_made(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A threat a party makes, not a danger: not people "under threat" (:func:`_not_danger`), nor a
    thing a side sees as a threat, after a verb of regarding and "as" ("regards the programme as an
    existential threat", "views the drills as a threat") or after "consider" or "deem" and their object
    ("considers Tarsk a threat"; word class ``perception-verbs``): a perception, no threat made.

    >>> from course.document import build_document
    >>> _threat_made(build_document("Velm regards the programme as an existential threat.").tokens, 7, 7)
    False
    >>> _threat_made(build_document("Velm considers Tarsk a threat.").tokens, 4, 4)
    False
    >>> _threat_made(build_document("Velm issued a threat to Tarsk.").tokens, 3, 3)
    True
    """
    return _not_danger(tokens, i, j) and _perceiving_verb(tokens, i) is None


#: Words that end the search for a verb of regarding before "as" or a noun complement: a clause edge,
#: a clause link or another verb's "to".
_PERCEPTION_STOPS = frozenset(", ; : . that which who and but or to".split())


def _perceiving_verb(tokens: Sequence[Token], i: int) -> int | None:
    """The index of the verb of regarding whose complement the noun at ``i`` is ("sees the drills as
    a **threat**", "considers Tarsk a **threat**"), or None. The noun's determiner and adjectives stand
    before it ("an existential threat"), then "as" or, after consider and deem, the object."""
    perceiving = word_class("perception-verbs")
    k = i - 1
    while k >= 0 and k >= i - 3 and tokens[k].text.isalpha() and tokens[k].text.islower() and tokens[k].norm != "as" \
            and tokens[k].norm not in perceiving:
        k -= 1  # (the noun's determiner and adjectives: "an existential", "a serious")
    if k >= 0 and tokens[k].norm == "as":
        start, need_as = k - 1, False
    else:
        start, need_as = k, True  # "considers Tarsk a threat": no "as"
    for m in range(start, max(-1, start - 6), -1):
        w = tokens[m].norm
        if w in _PERCEPTION_STOPS:
            return None
        if w in perceiving:
            if need_as and w not in _NO_AS_PERCEPTION:
                return None
            return m
    return None


#: Verbs of regarding that take their complement without "as" ("considers Tarsk a threat").
_NO_AS_PERCEPTION = frozenset("consider considers considered considering deem deems deemed deeming".split())


def _veto_cast(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A veto cast, not a veto held: the right of veto is no act ("No third country has a veto over it",
    "Russia has veto power", "the right of veto"), after a verb of having or holding (word class
    ``holding-verbs``) and the noun's determiner, or before or after a noun of entitlement (``entitlement-
    nouns``: "veto power", "veto rights", "the power of veto"); "vetoed the resolution", "used its veto"
    and "cast a veto" are acts. A refusal of a non-event is none either (:func:`_not_before_non_event`).

    >>> from course.document import build_document
    >>> _veto_cast(build_document("No third country has a veto over it.").tokens, 5, 5)
    False
    >>> _veto_cast(build_document("Russia has veto power in the council.").tokens, 2, 2)
    False
    >>> _veto_cast(build_document("Russia used its veto on Friday.").tokens, 3, 3)
    True
    """
    if not _not_before_non_event(tokens, i, j):
        return False
    entitlement = word_class("entitlement-nouns")
    if j + 1 < len(tokens) and tokens[j + 1].norm in entitlement:
        return False  # "veto power", "veto rights"
    k = i - 1
    while k >= 0 and tokens[k].norm in DETERMINERS - {"no"}:
        k -= 1  # "a veto", "its veto"
    if k >= 1 and tokens[k].norm == "of" and tokens[k - 1].norm in entitlement:
        return False  # "the right of veto"
    return not (k >= 0 and tokens[k].norm in word_class("holding-verbs"))


def _not_protective(tokens: Sequence[Token], i: int, j: int) -> bool:
    """"all necessary means" left open is a veiled threat of force; "all necessary means to
    protect civilians" names care for people (word class ``protective-verbs``), no threat
    (as "every measure necessary to protect passengers", ``datasets/ANNOTATION.md`` §8.4).

    >>> from course.document import build_document
    >>> toks = build_document('Peacekeepers may use "all necessary means" to protect civilians.').tokens
    >>> _not_protective(toks, 4, 6)
    False
    >>> _not_protective(build_document("Tarsk will use all necessary means.").tokens, 3, 5)
    True
    >>> _not_protective(build_document("Tarsk will use all necessary means to protect its water supply.").tokens, 3, 5)
    True
    """
    k = j + 1
    while k < len(tokens) and tokens[k].text in QUOTE_CHARS:
        k += 1
    if not (k + 1 < len(tokens) and tokens[k].norm == "to" and tokens[k + 1].norm in word_class("protective-verbs")):
        return True
    # what a side protects of its own stays a threat: "to protect its water supply", "to protect
    # our sovereignty" (class ``defended-goods``), as "every measure necessary to defend our skies"
    after = tokens[k + 2 : k + 5]
    return bool(after) and (after[0].norm in ("its", "our", "their") or any(
        t.norm in word_class("defended-goods") for t in after))


def _not_ruined_tie(tokens: Sequence[Token], i: int, j: int) -> bool:
    """"Kill" with a cooperative tie as its object (word class ``cooperative-ties``) ruins the tie and
    kills nobody: "would kill the deal", "killed the peace process" are no violence.

    >>> from course.document import build_document
    >>> _not_ruined_tie(build_document("The vote killed the peace process.").tokens, 2, 2)
    False
    >>> _not_ruined_tie(build_document("The blast killed three soldiers.").tokens, 2, 2)
    True
    """
    return _ruined_tie(tokens, j, len(tokens) - 1) is None


#: Words that may open the tie a verb of ruin takes: "kill the whole peace process".
_TIE_LEAD = frozenset("the a an its their our this that any whole entire peace fragile ongoing".split())


def _ruined_tie(tokens: Sequence[Token], k: int, end: int) -> int | None:
    """Last token of the cooperative tie (word class ``cooperative-ties``) a verb of ruin at ``k``
    takes as its object ("wreck **the deal**", "derail the peace process"), up to token ``end``, or
    None when the object is no such tie ("would kill the hostages" is force)."""
    m = k + 1
    while m <= end and m <= k + 4 and tokens[m].norm in _TIE_LEAD:
        m += 1
    if m <= end and tokens[m].norm in word_class("cooperative-ties"):
        return m
    return None


#: Condition name (as written in ``escalation.tsv``) -> rule.
CONDITIONS: dict[str, Condition] = {
    "conference-sense": _conference_sense,
    "not-after-readiness": _not_after_readiness,
    "not-weapon-in-use": _not_weapon_in_use,
    "not-before-non-event": _not_before_non_event,
    "not-observer": _not_observer,
    "not-over-topic": _not_over_topic,
    "not-in-a-row": _not_in_a_row,
    "not-verbal-attack": _not_verbal_attack,
    "not-motive-label": _not_motive_label,
    "meddling-sense": _meddling_sense,
    "retaliation-promised": _retaliation_promised,
    "strike-target": _strike_target,
    "not-before-force": _not_before_force,
    "agreement-sense": _agreement_sense,
    "not-own": _not_own,
    "recognition-sense": _recognition_sense,
    "not-attributive": _not_attributive,
    "not-people-noun": _not_people_noun,
    "host-sense": _host_sense,
    "party-stops": _party_stops,
    "appeal-sense": _appeal_sense,
    "consensus-sense": _consensus_sense,
    "seizure-sense": _seizure_sense,
    "office-resignation": _office_resignation,
    "not-dispute-over": _not_dispute_over,
    "deployed-as-verb": _deployed_as_verb,
    "not-after-summons": _not_after_summons,
    "not-summons-content": _not_summons_content,
    "not-rule-content": _not_rule_content,
    "not-arms-control-object": _not_arms_control_object,
    "protest-rally": _protest_rally,
    "not-greeting": _not_greeting,
    "offer-of-cooperation": _offer_of_cooperation,
    "not-before-time": _not_before_time,
    "deal-sense": _deal_sense,
    "denial-sense": _denial_sense,
    "meeting-sense": _meeting_sense,
    "not-inspection": _not_inspection,
    "not-anonymity": _not_anonymity,
    "party-allows": _party_allows,
    "label-sense": _label_sense,
    "party-threat": _party_threat,
    "blame-party": _blame_party,
    "threat-made": _threat_made,
    "veto-cast": _veto_cast,
    "not-protective": _not_protective,
    "not-ruined-tie": _not_ruined_tie,
    "verbal-participle": _verbal_participle,  # "the besieged town", "smuggling sanctioned fuel" describe it
}
