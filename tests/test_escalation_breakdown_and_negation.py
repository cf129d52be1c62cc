"""Escalation lens: stopping, breakdown and violation read the right way round, negation, rules'
permissions, modifier scope and words that name no event. The sentences are constructed (fictional
countries); each rule is checked both ways: the construction is read, and a near miss that looks like
it is not."""

from __future__ import annotations

import pytest

from escalation_marks import marks, mods, pairs


# ----------------------------------------------------------------------------- E: stopping, breakdown, violation


@pytest.mark.parametrize("text, expected", [
    # a verb of delay stops talks for now (164), in the passive after a phrase of when they were due
    ("Security talks scheduled for next month in Orsa have been postponed, the ministry said.",
     [("SANCTION", "talks scheduled for next month in Orsa have been postponed")]),
    ("Dalmar postponed the talks with Velmora.", [("SANCTION", "postponed the talks")]),
    # stopping one's own show of force pulls back, with or without a military word in the sentence
    ("Velmora said it could suspend the drills if Dalmar gave guarantees.",
     [("RETREAT", "suspend the drills")]),
    ("Dalmar suspended the exercises on Friday.", [("RETREAT", "suspended the exercises")]),
    # breaking or breaching a truce is renewed fighting, not a truce
    ("Both armies accused each other of breaching the truce.",
     [("ACCUSE", "accused"), ("ASSAULT", "breaching the truce")]),
    ("Velmora said Dalmar broke the ceasefire twice on Sunday.", [("ASSAULT", "broke the ceasefire")]),
    # talks ended by a signed deal were completed
    ("Orsa and Velmora signed a treaty on Friday, ending a decade of negotiations.",
     [("AGREE", "signed a treaty"), ("CONSULT", "negotiations")]),
    # a verb of breakdown away from its subject: after "which", after a long relative clause
    ("The envoy urged Velmora to return to talks on the river, which collapsed in May.",
     [("REQUEST", "return to talks"), ("SANCTION", "which collapsed")]),
    ("A deal under which Orsa was to free ten sailors partly collapsed on Friday.",
     [("CONCEDE", "free ten sailors"), ("REJECT", "partly collapsed")]),
    # a corridor closed stops the way out (162), passive and active
    ("Aid workers said the humanitarian corridor was closed after shelling.",
     [("SANCTION", "humanitarian corridor was closed"), ("ASSAULT", "shelling")]),
    ("Dalmar shut the corridor after the shelling of the bridge.",
     [("SANCTION", "shut the corridor"), ("ASSAULT", "shelling")]),
    # a verb of faltering: a gloomy description, neither talks held nor halted
    ("Grain deal falters as Orsa delays payment", [("DETERIORATE", "deal falters")]),
    ("Negotiations with Velmora had repeatedly stalled over the dam.",
     [("DETERIORATE", "Negotiations with Velmora had repeatedly stalled")]),
])
def test_stopping_and_breakdown_read_the_right_way_round(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: a round of talks ended without a deal before it stays a halt
    ("Dalmar ended the talks with Velmora on Monday.", [("SANCTION", "ended the talks")]),
    # near miss: a building or a currency that collapsed is no process stopped
    ("The bridge, which collapsed in May, was rebuilt by Velmora.", []),
    # near miss: breaking news about a truce breaks no truce
    ("The minister broke the news of the truce to Velmoran reporters.", [("RETREAT", "truce")]),
    # near miss: suspending something other than a show of force stays what it was
    ("Dalmar suspended the swap.", [("SANCTION", "suspended the swap")]),
    # near miss: a corridor of a building
    ("The corridor outside the minister's office was closed for cleaning.", []),
    # near miss: a deal that collapsed right after its subject keeps the existing reading
    ("The grain deal collapsed on Sunday.", [("REJECT", "deal collapsed")]),
])
def test_near_misses_of_stopping_and_breakdown(text, expected):
    assert pairs(text) == expected


def test_talks_completed_by_a_deal_keep_their_mark_beside_a_relative_of_faltering():
    text = "Orsa and Velmora signed a treaty on Friday, ending years of negotiations that had repeatedly stalled."
    assert pairs(text) == [("AGREE", "signed a treaty"), ("CONSULT", "negotiations"),
                           ("DETERIORATE", "that had repeatedly stalled")]


def test_a_signed_deal_ends_talks_only_through_a_participle_after_a_comma():
    # the old reading stays when the verb of ending is finite
    assert ("SANCTION", "ended the negotiations") in pairs("Orsa signed a treaty and later ended the negotiations.")


# ----------------------------------------------------------------------------- C: negation


@pytest.mark.parametrize("text, label, span, has, lacks", [
    # a refusal to confirm is no restraint: the event stays, hedged
    ("The Dalmari defence ministry would not confirm the deployment.", "MOBILIZE", "deployment", "hedged", "negated"),
    # a declared refusal to leave a place is a refusal of a step back, its negation in the span
    ('"Our warships will not leave the bay," the admiral said.', "REJECT", "will not leave the bay", "quoted", "negated"),
    # a refusal to bargain is a refused negotiation (125), with its quotation
    ('Orsa said it would not "bargain over prisoners."', "REJECT", 'would not "bargain over prisoners."', "attributed", "negated"),
    # a "not" on the main verb does not reach into an until-clause
    ("The envoy would not return until Velmora apologised.", "SUPPORT", "apologised", None, "negated"),
    # a failure to agree is the rejection itself, "failed to" in the span, not negated
    ("Orsa and Dalmar had failed to reach agreement at four rounds.", "REJECT", "failed to reach agreement", None, "negated"),
    # a negative determiner after "would" declares a refusal
    ("Orsa said it would release no more prisoners until the siege ended.", "REJECT", "would release no more prisoners",
     "attributed", "negated"),
])
def test_negation_read_the_right_way(text, label, span, has, lacks):
    found = [m for m in marks(text) if m[1] == span]
    assert [m[0] for m in found] == [label], marks(text)
    assert has is None or has in found[0][2]
    assert lacks not in found[0][2]


def test_a_rejection_after_a_denied_clause_is_the_speakers_next_act():
    # "and rejected" after a denied that-clause is the ministry's own rejection, not part of what it
    # denies (class new-report-verbs, §8.4 Negation)
    found = marks("The ministry denied that its troops had fired first and rejected the accusations.")
    assert [(m[0], "negated" in m[2]) for m in found if m[1] == "rejected the accusations"] == [("REJECT", False)]
    found = marks("The ministry denied that the talks had collapsed and dismissed the report as propaganda.")
    assert [(m[0], "negated" in m[2]) for m in found if m[1] == "dismissed the report"] == [("REJECT", False)]
    # near miss: a rejection inside the denied clause is denied
    found = marks("Tarsk denied that it had rejected the proposal.")
    assert [(m[0], "negated" in m[2]) for m in found if m[1] == "rejected the proposal"] == [("REJECT", True)]


def test_an_appeal_not_to_act_is_marked_on_its_own():
    found = marks("Velmora urged both sides not to escalate.")
    assert ("REQUEST", "urged", ()) in found
    assert [(m[0], "negated" in m[2]) for m in found if m[1] == "escalate"] == [("DETERIORATE", True)]
    # near miss: an appeal to act keeps the act asked for as the appeal
    assert pairs("Velmora urged both sides to show restraint.") == [("REQUEST", "show restraint")]


@pytest.mark.parametrize("text, expected", [
    # near miss: a refusal to act stays restraint when no verb of confirming stands between
    ("Dalmar will not deploy troops.", [("RESTRAINT", "will not deploy troops")]),
    # near miss: "leave" a port is no place held against the other side
    ("Our ships will not leave port until the storm passes, the captain said.", []),
    # near miss: a bargaining chip is no negotiation
    ("The prisoners were used as a bargaining chip by Orsa.", []),
    # near miss: a refusal with "not" on the cooperative verb itself stays a refusal
    ("The envoy would not accept the apology.", [("REJECT", "would not accept the apology")]),
])
def test_near_misses_of_negation(text, expected):
    assert pairs(text) == expected


def test_a_refusal_to_bargain_without_quotation_marks():
    assert pairs("Orsa said it would not bargain over the border.") == [("REJECT", "would not bargain over the border")]
    # near miss: bargaining held is a consultation
    assert pairs("Orsa and Velmora bargained over the border for hours.") == [("CONSULT", "bargained over")]


# ----------------------------------------------------------------------------- L: a rule's words


@pytest.mark.parametrize("text", [
    "Under a 2004 accord, each side may fly unarmed patrol aircraft along the border.",
    "Under the truce terms, the two sides may not move troops closer than 10 kilometres to the river.",
])
def test_a_permission_or_prohibition_in_a_rules_words_is_no_event(text):
    assert [p for p in pairs(text) if p[0] in ("MOBILIZE", "RESTRAINT")] == []


def test_near_miss_a_side_that_may_act_is_still_read():
    # no rule's words: "may" guesses at a step
    assert mods("Dalmar may deploy more troops along the border, the minister warned.",
                "deploy more troops along the border") == ("attributed", "hedged")


# ----------------------------------------------------------------------------- G: modifier scope


def test_an_adjectival_hedge_qualifies_its_own_noun_only():
    text = "Velmora recalled its ambassador from Orsa, deepening a row over an alleged spying network."
    assert marks(text) == [("SANCTION", "recalled its ambassador", ()), ("DETERIORATE", "deepening a row", ())]
    # near miss: the noun right after "alleged" is hedged
    assert mods("Dalmar recalled its envoy over alleged espionage.", "espionage") == ("hedged",)


def test_a_whether_clause_hedges_its_own_event_only():
    text = 'Asked whether Orsa would close the Dalmari consulate, she said "all options remain open."'
    assert mods(text, "close the Dalmari consulate") == ("hedged",)
    assert "hedged" not in mods(text, "all options remain open")


def test_planned_events_are_hedged():
    assert mods("A deal under which Orsa was to free ten sailors partly collapsed on Friday.",
                "free ten sailors") == ("hedged",)
    assert "hedged" in mods("Officials said a second phase, which would include an exchange of prisoners, "
                            "was expected next month.", "exchange of prisoners")
    # near misses: "are to blame" plans nothing; a past exchange is no plan
    assert mods("The two sides exchanged prisoners on Monday.", "exchanged prisoners") == ()
    assert mods("Orsa and Velmora are to blame for the failure.", "blame") == ()


# ----------------------------------------------------------------------------- K: no event


@pytest.mark.parametrize("text, expected", [
    # an event word that describes a thing
    ('Orsa accused the ship of "carrying sanctioned oil."', [("ACCUSE", "accused")]),
    # the purpose of a recall
    ("Velmora recalled its ambassador from Orsa for consultations.", [("SANCTION", "recalled its ambassador")]),
    # a gerund of a charge before a noun of a group names the group
    ("Dalmar arrested members of a spying ring.", [("COERCE", "arrested")]),
    # the channel of a warning
    ("In a joint statement, they warned that any incursion would be met with sanctions.",
     [("THREATEN", "sanctions")]),
    # the result of the force before it
    ("Rebel fighters shelled an army post, killing two soldiers.", [("ASSAULT", "shelled")]),
])
def test_names_purposes_channels_and_results_are_no_events(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: the same words as events
    ("Velmora sanctioned three Orsan banks on Monday.", [("SANCTION", "sanctioned")]),
    ("The two ministers held consultations in Orsa.", [("CONSULT", "consultations")]),
    ("The two ministers issued a joint statement on trade.", [("AGREE", "joint statement")]),
    # after a strike the killing is its result (one act, one mark) ...
    ("Government drones struck a supply truck, killing the driver.", [("ASSAULT", "drones struck")]),
    # ... and a denied attack before it is no use of force, so the strike it follows is the act
    ("The rebels denied launching any attack and said drones hit a truck, killing the driver.",
     [("ASSAULT", "attack"), ("ASSAULT", "drones hit")]),
])
def test_near_misses_of_non_events(text, expected):
    assert pairs(text) == expected
