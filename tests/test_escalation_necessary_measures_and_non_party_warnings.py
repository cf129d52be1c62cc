"""Escalation lens: the formula of "all necessary measures", warnings by non-parties and dangers no side
inflicts, and weapons readied by arming them (datasets/ANNOTATION.md §8.4 Veiled threats, Warnings,
Forecasts and names, Deployments). Each case has near misses."""

from __future__ import annotations

import pytest

from escalation_marks import codes, marks, pairs


# ----------------------------------------------------------------------------- "all necessary measures"


@pytest.mark.parametrize("text, expected", [
    ("Tarsk said it would take all necessary measures.", [("THREATEN", "take all necessary measures")]),
    ('Tarsk said it would take "all necessary measures".', [("THREATEN", 'take "all necessary measures"')]),
    ("Tarsk reserved the right to take all necessary steps.", [("THREATEN", "take all necessary steps")]),
    ("Tarsk vowed to take all necessary measures against the intruders.",
     [("THREATEN", "take all necessary measures")]),
    ("The ministry said Velm would take every required step.", [("THREATEN", "take every required step")]),
    ("Velm will take appropriate action.", [("THREATEN", "take appropriate action")]),
    # near misses: measures reported as taken, taken now, or taken for a stated purpose that harms no side
    ("The ministry said all necessary measures had been taken to protect the site.", []),
    ("Firefighters took all necessary measures to contain the fire.", []),
    ("The government will take the necessary steps to hold elections.", []),
    ("The government will take all necessary steps to hold elections.", []),
    ("Tarsk is taking all necessary measures.", []),
    ("The players may decide to take all the tricks in a hand.", []),
])
def test_a_sides_promise_of_all_necessary_measures_is_a_veiled_threat(text, expected):
    assert pairs(text) == expected


def test_the_formula_is_coded_as_an_unspecified_threat():
    assert codes("Tarsk said it would take all necessary measures.") == [
        ("THREATEN", "take all necessary measures", "130")]


@pytest.mark.parametrize("text, span", [
    ('Tarsk said it would take "all necessary measures" if the ships remained.', 'take "all necessary measures"'),
    ("Tarsk said it would take all necessary measures if the ships remained.", "take all necessary measures"),
    ("Velm will take appropriate action unless the ships leave.", "take appropriate action"),
    ("Should the ships remain, Velm will take all necessary measures.", "take all necessary measures"),
])
def test_after_a_condition_the_formula_is_a_conditional_threat(text, span):
    found = [m for m in marks(text) if m[1] == span]
    assert found and found[0][0] == "THREATEN" and "conditional" in found[0][2], marks(text)


@pytest.mark.parametrize("text, expected", [
    ("Tarsk said it would respond with every means at its disposal.",
     [("THREATEN", "every means at its disposal", "138")]),
    ("Tarsk will use every available means to defend the island.", [("THREATEN", "every available means", "138")]),
    # near miss: means to protect civilians are care
    ("Peacekeepers may use every means necessary to protect civilians.", []),
])
def test_every_means_is_the_formula_of_all_necessary_means(text, expected):
    assert codes(text) == expected


def test_readiness_joins_the_formula_and_a_purpose_of_ones_own_keeps_the_older_reading():
    assert pairs("Tarsk is ready to take all necessary measures.") == [
        ("THREATEN", "ready to take all necessary measures")]
    assert pairs("Tarsk reserved the right to take all necessary steps to protect its citizens.") == [
        ("THREATEN", "take all necessary steps to protect its citizens")]


# ----------------------------------------------------------------------------- warnings of dangers no side inflicts


@pytest.mark.parametrize("text, expected", [
    ("The UN envoy warned that the city could face famine unless the border was opened.",
     [("RETREAT", "border was opened")]),
    ("The World Food Programme warned of famine in the north.", []),
    ("Tarsk warned of a looming humanitarian catastrophe.", []),
    ("Tarsk warned that the city faces starvation.", []),
    ("Tarsk issued a warning of famine.", []),
    # near misses: a penalty, a side harmed, a tie ruined or the other side warned stay threats
    ("Moscow warned of consequences.", [("THREATEN", "warned of consequences")]),
    ("Tarsk warned that Velm would pay a price.", [("THREATEN", "warned")]),
    ("Tarsk warned of a disaster for Velm if it crossed the border.", [("THREATEN", "warned")]),
    ("Tarsk warned Velm of a catastrophe if it crossed the border.", [("THREATEN", "warned")]),
    ("Tarsk warned Velm.", [("THREATEN", "warned")]),
])
def test_a_warning_of_a_danger_no_side_inflicts_is_a_forecast(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("An aid group warned that the ceasefire was fragile.", [("RETREAT", "ceasefire")]),
    ("The UN's special envoy warned that the two sides were close to war.", []),
    ("Analysts warned that the fighting could spread.", [("ASSAULT", "fighting")]),
    ("The Red Cross warned that the fighting could spread.", [("ASSAULT", "fighting")]),
    # near misses: a side's envoy speaks for the side; a side's warning of fighting is its threat
    ("Tarsk's envoy warned Velm.", [("THREATEN", "warned")]),
    ("Tarsk warned that the fighting could spread.", [("THREATEN", "fighting")]),
    ("Tarsk warned that it would retaliate.", [("THREATEN", "retaliate")]),
])
def test_a_humanitarian_body_or_an_observer_announces_no_harm_of_its_own(text, expected):
    assert pairs(text) == expected


# ----------------------------------------------------------------------------- weapons readied


@pytest.mark.parametrize("text, expected", [
    ("State television showed footage of fighter jets being armed at an air base.",
     [("MOBILIZE", "fighter jets being armed")]),
    ("Tarsk armed its jets.", [("MOBILIZE", "armed its jets")]),
    ("Tarsk armed its jets with cruise missiles.", [("MOBILIZE", "armed its jets with cruise missiles")]),
    ("Ground crews were arming fighter jets at the base.", [("MOBILIZE", "arming fighter jets")]),
    # near misses: the adjective names a kind of force, people armed are no weapons readied
    ("The armed conflict continued.", []),
    ("Armed men attacked the convoy.", [("ASSAULT", "attacked")]),
    ("Armed groups clashed in the north.", [("ASSAULT", "clashed")]),
    ("The armed forces were put on alert.", [("MOBILIZE", "on alert")]),
    ("Tarsk armed the rebels.", []),
    ("Tarsk armed its fighters.", []),
])
def test_arming_jets_or_missiles_is_raised_readiness(text, expected):
    assert pairs(text) == expected


def test_armed_as_an_adjective_before_a_weapon_is_no_arming():
    assert ("MOBILIZE", "sent armed drones") in pairs("Tarsk sent armed drones to the border.")
    assert not any("armed" in span and label == "MOBILIZE" and span != "sent armed drones"
                   for label, span in pairs("Tarsk sent armed drones to the border."))
    assert codes("Tarsk armed its jets.") == [("MOBILIZE", "armed its jets", "152")]
