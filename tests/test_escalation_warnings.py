"""Escalation lens: veiled threats, warned ruin of a tie, denied motives, a warning's own condition and
attacks that point back to a cyber attack (datasets/ANNOTATION.md §3, §8.4 Veiled threats, Warned
reactions, Negation, Hostile names for pressure short of war). Each case has near misses."""

from __future__ import annotations

import pytest

from escalation_marks import marks, mods, pairs


# ----------------------------------------------------------------------------- a fight sought is given back


@pytest.mark.parametrize("text, expected", [
    ('"If Lorva wants a trade war, it will get one."', [("THREATEN", "it will get one")]),
    ("If they want a fight, they will have one.", [("THREATEN", "they will have one")]),
    ("If they want war, they'll get it.", [("THREATEN", "they'll get it")]),
    # near misses: nothing hostile sought; a fight wanted with no promise to give it back
    ("If Lorva wants a new car, it will get one.", []),
    ("Lorva wants a trade war with Tarsk.", [("SANCTION", "trade war")]),
])
def test_a_promise_to_give_back_the_fight_sought_is_one_threat(text, expected):
    assert pairs(text) == expected


def test_the_promise_is_conditional_and_the_fight_sought_is_no_event():
    text = '"If Lorva wants a trade war, it will get one," she said.'
    assert marks(text) == [("THREATEN", "it will get one", ("attributed", "conditional", "quoted"))]


# ----------------------------------------------------------------------------- weapons no toys


@pytest.mark.parametrize("text, expected", [
    ('"Our missiles are not toys."', [("THREATEN", "missiles are not toys")]),
    ("Our army is no joke, the general said.", [("THREATEN", "army is no joke")]),
    # near misses: a negated deployment keeps its reading; toys that are no weapons
    ("The missiles are not yet deployed.", [("MOBILIZE", "missiles"), ("RESTRAINT", "are not yet deployed")]),
    ("These toys are not weapons.", []),
])
def test_own_weapons_said_to_be_no_toys_are_a_threat_of_force(text, expected):
    assert pairs(text) == expected


def test_weapons_not_for_sale_are_no_threat():
    assert "THREATEN" not in {label for label, _ in pairs("Our missiles are not for sale.")}


# ----------------------------------------------------------------------------- warned ruin of a tie


@pytest.mark.parametrize("text, expected", [
    ("The minister warned that any attempt to cheat would wreck the deal.", [("THREATEN", "wreck the deal")]),
    ("The minister warned that any delay would derail the talks.", [("THREATEN", "derail the talks")]),
    ("The minister warned that any attempt to cheat would kill the agreement.",
     [("THREATEN", "kill the agreement")]),
    ('A Front commander, Tomas Rell, said the rebels were ready. He warned that any attempt to "cheat" would '
     "end the process.", [("THREATEN", "end the process")]),
    # near misses: an observer's forecast; a threat to kill people stays force; a tie killed is no killing
    ("Economists warned that the cuts would derail the recovery.", []),
    ("The rebels warned that they would kill the hostages.", [("THREATEN", "kill")]),
    ("The vote killed the peace process.", []),
    ("Gunmen killed three soldiers.", [("ASSAULT", "killed")]),
])
def test_a_warning_that_a_step_would_ruin_a_tie_is_a_threat_on_the_ruin(text, expected):
    assert pairs(text) == expected


# ----------------------------------------------------------------------------- a denied motive


def test_a_denied_motive_leaves_the_event_standing():
    text = ("Dalmar halted gas deliveries to Varnia on Monday. The energy minister denied that the halt was "
            "politically motivated.")
    assert pairs(text) == [("SANCTION", "halted gas deliveries"), ("SANCTION", "halt")]
    assert "negated" not in mods(text, "halt")
    assert "negated" not in mods("Lorvia denied that the expulsions were linked to the vote.", "expulsions")
    # near misses: a denial of the event itself still negates it
    assert "negated" in mods("Dalmar halted gas deliveries to Varnia on Monday. The energy minister denied "
                             "that the halt had taken place.", "halt")
    assert "negated" in mods("Lorvia denied that the expulsions took place.", "expulsions")
    assert "negated" in mods("The ministry denied that flares were fired.", "flares were fired")


def test_the_suspension_points_back_to_supplies_suspended():
    text = "Dalmar suspended gas deliveries to Varnia. Orsk denied that the suspension was politically motivated."
    assert marks(text) == [("SANCTION", "suspended gas deliveries", ()), ("SANCTION", "suspension", ("attributed",))]
    # near misses: a player suspended; a treaty suspended keeps its rejection
    assert pairs("The league suspended a player for doping. The suspension angered fans.") == []
    assert pairs("Lorvia suspended its participation in the arms treaty. The suspension angered Tarsk.")[-1] == (
        "REJECT", "suspension")


# ----------------------------------------------------------------------------- a warning's own condition


def test_the_warnings_own_act_keeps_its_condition_and_the_ultimatum_none():
    text = ("Nadria on Thursday gave neighbouring Velmora 72 hours to stop filling the reservoir of the Great Arun "
            'Dam, warning that it would "use all available means" to protect its water supply if the deadline '
            "passed.")
    assert pairs(text) == [("THREATEN", "gave neighbouring Velmora 72 hours"), ("THREATEN", "all available means")]
    assert "conditional" in mods(text, "all available means")
    assert "conditional" not in mods(text, "gave neighbouring Velmora 72 hours")
    assert pairs("Tarsk will use all necessary means to protect the sovereignty of the republic.") == [
        ("THREATEN", "all necessary means")]
    # near miss: protecting civilians is care, no threat
    assert pairs('Under the resolution, peacekeepers may use "all necessary means" to protect civilians.') == []


# ----------------------------------------------------------------------------- an attack that is the cyber attack


@pytest.mark.parametrize("text, expected", [
    ("Drava said Kessia was behind a cyber attack that knocked out power to 200,000 homes.\n\n"
     '"This attack was carried out by units of the Kessian state," the minister said.',
     [("COERCE", "cyber attack"), ("COERCE", "attack")]),
    ("Investigators found malware that resembled tools used in earlier attacks blamed on Kessia.",
     [("COERCE", "attacks"), ("ACCUSE", "blamed")]),
    # near misses: a weapon in the sentence; no cyber attack before; the cyber attack two sentences back
    ("Kessia launched a cyber attack on the grid last month. A missile attack followed on Friday.",
     [("COERCE", "cyber attack"), ("ASSAULT", "missile attack")]),
    ("Kessia launched a cyber attack on the grid last month. The attack killed two guards.",
     [("COERCE", "cyber attack"), ("ASSAULT", "attack"), ("ASSAULT", "killed")]),
    ('Rebels shelled the town. "This attack was carried out by units of the Kessian state," the minister said.',
     [("ASSAULT", "shelled"), ("ASSAULT", "attack")]),
    ("Kessia launched a cyber attack on the grid. Drava expelled five diplomats. The attack was carried out by "
     "units of the state.",
     [("COERCE", "cyber attack"), ("SANCTION", "expelled"), ("ASSAULT", "attack")]),
])
def test_an_attack_pointing_back_to_a_cyber_attack_is_coercion(text, expected):
    assert pairs(text) == expected


# ----------------------------------------------------------------------------- asking for aid


@pytest.mark.parametrize("text, expected", [
    ("Varnia has asked neighbours to reverse the flow of gas.", [("REQUEST", "reverse the flow of gas")]),
    ("Varnia has asked allies to send more fuel.", [("REQUEST", "send more fuel")]),
    # near misses: asking reporters or an aide is no appeal between parties
    ("The minister asked reporters to wait.", []),
    ("The minister asked an aide to bring the papers.", []),
])
def test_a_party_asking_others_for_supplies_appeals_for_aid(text, expected):
    assert pairs(text) == expected
