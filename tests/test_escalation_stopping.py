"""Escalation lens: stopping and breakdown, declared refusals, warnings and quoted labels. The
sentences are constructed; each rule is checked both ways: the construction is read, and a near
miss that looks like it is not."""

from __future__ import annotations

import pytest

from escalation_marks import marks, pairs


# ----------------------------------------------------------------------------- E: stopping and breakdown


@pytest.mark.parametrize("text, expected", [
    # the passive after a qualifying phrase, and a new verb of stopping ("shelve")
    ("A proposed meeting between the trade ministers was quietly shelved.",
     [("SANCTION", "proposed meeting between the trade ministers was quietly shelved")]),
    ("Tarsk shelved the proposed meeting.", [("SANCTION", "shelved the proposed meeting")]),
    ("The prisoner swap between Lorva and Tarsk was halted on Sept 21.",
     [("SANCTION", "prisoner swap between Lorva and Tarsk was halted")]),
    # a noun that only says which talks are meant is no object of the stopping
    ("Lorva said the suspension of tariff talks was regrettable.", [("SANCTION", "suspension of tariff talks")]),
    ("Lorva said the suspension of the talks was regrettable.", [("SANCTION", "suspension of the talks")]),
    # a dropped threat is one concession; the act it named never happened
    ("Dalmar dropped its threat to veto the renewal.", [("CONCEDE", "dropped its threat to veto the renewal")]),
    ("Lorva withdrew its threat of sanctions against Tarsk.", [("CONCEDE", "withdrew its threat of sanctions")]),
    # the step as subject of a verb of breakdown or ending
    ("Tensions rose when negotiations over the border collapsed.",
     [("DETERIORATE", "Tensions rose"), ("SANCTION", "negotiations over the border collapsed")]),
    ("Lorva said its talks with Tarsk broke down on Friday.", [("SANCTION", "talks with Tarsk broke down")]),
    ("Standoff at Kerro Reef ends", [("CONCEDE", "Standoff at Kerro Reef ends")]),
    ("The fighting in the north stopped on Monday.", [("RETREAT", "fighting in the north stopped")]),
])
def test_stopping_turns_the_step_round_before_or_after_the_verb(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: talks that ended were completed, not broken off
    ("Lorva said its talks with Tarsk ended on Friday.", [("CONSULT", "talks")]),
    # near miss: a truce that collapses is renewed fighting (its own pattern), not a step stopped
    ("The ceasefire collapsed.", [("ASSAULT", "ceasefire collapsed")]),
    # near miss: a noun before the talks that is a verb form is no modifier of them
    ("Lorva said the talks were regrettable.", [("CONSULT", "talks")]),
])
def test_near_misses_of_stopping(text, expected):
    assert pairs(text) == expected


# ----------------------------------------------------------------------------- C: refusals and negation


@pytest.mark.parametrize("text, expected", [
    ("Lorva said it had no plans to extend the duties.", [("RESTRAINT", "no plans to extend the duties")]),
    ("Lorva extended the sanctions on Tarsk.", [("SANCTION", "extended the sanctions")]),
    ('The Tarskian government was "not looking for a war," the minister said.',
     [("RESTRAINT", "not looking for a war")]),
    ("Dalmar said it would not recognise the result.", [("REJECT", "would not recognise the result")]),
    ('Tarsk said it would not recognise "any change to its borders imposed by force."',
     [("REJECT", 'would not recognise "any change to its borders imposed by force."')]),
    # a negated hostile word after a verb of giving way: a refusal, and the word keeps its label
    ('The government said it would not "reward blackmail."',
     [("REJECT", 'would not "reward blackmail."'), ("ACCUSE", "blackmail")]),
    ("Neither side has given up its claim to the reef.", [("CONCEDE", "given up its claim")]),
])
def test_declared_refusals_and_negated_steps(text, expected):
    assert pairs(text) == expected


def test_negation_in_the_subject_and_in_advice():
    # "no one" is the subject's: the restraint is asserted, not denied
    (label, span, mods), = marks('"Let no one mistake our restraint for weakness," the president said.')
    assert (label, span) == ("RESTRAINT", "restraint") and "negated" not in mods
    # advice in the passive is nobody's restraint
    assert not [m for m in marks('Analysts said the offer was a tactical move, but "it should not be dismissed."')
                if m[0] in ("RESTRAINT", "REJECT")]
    # near miss: a party's own refusal to dismiss stays a declared restraint
    assert ("RESTRAINT", "will not impose sanctions") in pairs("Tarsk will not impose sanctions.")
    # the claim not given up is marked negated
    (_, _, mods), = marks("Neither side has given up its claim to the reef.")
    assert "negated" in mods


@pytest.mark.parametrize("text", [
    "The ministry extended its official duties.",  # official duties are no trade measure
    "The minister said it would not reward the soldiers.",  # a verb of giving way with no hostile word
    "Dalmar did not recognise him at first.",  # no modal: no declared refusal of recognition
])
def test_near_misses_of_refusals(text):
    assert not [m for m in marks(text) if m[0] in ("SANCTION", "REJECT", "RESTRAINT")]


def test_will_not_tolerate_stays_a_warning_not_a_refusal_to_yield():
    assert pairs("Tarsk will not tolerate blackmail.") == [("THREATEN", "will not tolerate blackmail")]


# ----------------------------------------------------------------------------- D: warnings


@pytest.mark.parametrize("text, expected", [
    ("Rusk warned that Varnia would halt the transit of oil.", [("THREATEN", "halt the transit of oil")]),
    ('Rusk warned that Varnia would "reconsider" the transit of Dalmarian oil if the gas was not restored.',
     [("THREATEN", '"reconsider" the transit of Dalmarian oil')]),
    ("Tarsk warned that any attempt to cheat would end the process.", [("THREATEN", "end the process")]),
    ("Tarsk warned that Lorvia would regret it.", [("THREATEN", "would regret it")]),
    # the testing is the harm warned against: one mark, on the promised regret
    ('The president warned that anyone who "tests our patience" would "regret it bitterly."',
     [("THREATEN", "regret it bitterly")]),
])
def test_a_partys_warning_is_coded_by_the_reaction_it_announces(text, expected):
    assert pairs(text) == expected


def test_a_warned_reaction_under_a_condition_is_conditional():
    (_, _, mods), = marks('Rusk warned that Varnia would "reconsider" the transit of Dalmarian oil '
                          'if the gas was not restored.')
    assert "conditional" in mods


@pytest.mark.parametrize("text", [
    "Economists warned that the measures would end the recovery.",  # an observer's forecast
    "Tarsk warned that the corridor could close.",  # a forecast of a situation
])
def test_near_misses_of_warnings(text):
    assert not [m for m in marks(text) if m[0] == "THREATEN"]


# ----------------------------------------------------------------------------- J: quoted labels


@pytest.mark.parametrize("text, span", [
    ('Lorva called the detention "an act of piracy."', "act of piracy"),
    ('Rusk described it as "a slap in the face" and "economic blackmail."', "economic blackmail"),
    ('The cut came in what Rusk called "an act of energy terrorism."', "act of energy terrorism"),
    ('Lorva called the detention "an act of piracy" on Monday.', "act of piracy"),
])
def test_a_quoted_label_is_found_with_the_full_stop_inside_the_mark(text, span):
    assert ("ACCUSE", span) in pairs(text)


def test_a_quoted_praise_with_a_full_stop_inside_is_no_label():
    assert not [m for m in marks('Lorva called the plan "a good idea."') if m[0] == "ACCUSE"]
