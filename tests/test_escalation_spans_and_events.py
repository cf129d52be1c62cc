"""Escalation lens: the act after a denied hesitation joins the threat, forces that mass with the place
they mass at, captives released in the passive, a reaction met that is no meeting, "mass" as a noun
modifier, weapons listed with no act done with them, and the reach of a hedge around a clause of time.
The sentences are constructed (fictional countries); each rule is checked both ways, with a near miss."""

from __future__ import annotations

import pytest

from escalation_marks import codes, marks, mods, pairs


# ----------------------------------------------------------------------------- denied hesitation


@pytest.mark.parametrize("text, expected", [
    ("The Tarskian defence minister said Tarsk would not hesitate to respond.",
     [("THREATEN", "would not hesitate to respond", "130")]),
    ("Velmora will not hesitate to take further measures, the foreign ministry said.",
     [("THREATEN", "will not hesitate to take further measures", "130")]),
    # an act that is a phrase of its own still sets the code
    ("Kessia will not hesitate to deploy more troops.", [("THREATEN", "will not hesitate to deploy more troops", "138")]),
])
def test_the_act_after_a_denied_hesitation_joins_the_threat(text, expected):
    assert codes(text) == expected


def test_a_meeting_after_a_denied_hesitation_stays_a_meeting():
    assert pairs("The Lorvian president said he would not hesitate to meet Tarsk's leader.") == [("CONSULT", "meet")]


# ----------------------------------------------------------------------------- forces that mass


@pytest.mark.parametrize("text, expected", [
    ("Thousands of Tarskian troops massed near the border on Monday, the Lorvian defence ministry said.",
     [("MOBILIZE", "troops massed near the border", "154")]),
    ("Tanks massed along the frontier overnight.", [("MOBILIZE", "Tanks massed along the frontier", "154")]),
    # a time is no place
    ("Tarskian troops massed on Monday.", [("MOBILIZE", "troops massed", "154")]),
])
def test_forces_that_mass_are_a_deployment_with_their_place(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text", [
    "Crowds massed outside the parliament in Orsa.",
    "Investigators found mass graves of soldiers near the village of Kerro.",
    "The masses of soldiers cheered the Tarskian president.",
])
def test_crowds_and_mass_as_a_modifier_are_no_massing(text):
    assert not any(label == "MOBILIZE" for label, _ in pairs(text))


@pytest.mark.parametrize("text, expected", [
    ("Tarsk has massed troops near the border.", [("MOBILIZE", "massed troops near the border")]),
    ("Tarsk continued to mass troops near the border.", [("MOBILIZE", "mass troops")]),
    ("Tarsk masses troops on border.", [("MOBILIZE", "masses troops")]),
])
def test_the_verb_mass_keeps_its_reading(text, expected):
    assert pairs(text) == expected


# ----------------------------------------------------------------------------- captives released


@pytest.mark.parametrize("text, expected", [
    ("Three Lorvian sailors were released on Friday.", [("CONCEDE", "sailors were released", "0841")]),
    ("The hostages have been freed, the Velmoran foreign ministry said.",
     [("CONCEDE", "hostages have been freed", "0841")]),
    ("Two Velmoran journalists were set free on Monday.", [("CONCEDE", "journalists were set free", "0841")]),
    # after a participle that says how they were held: the detention keeps its own mark
    ("Three sailors detained last month were released on Friday.",
     [("COERCE", "detained", "173"), ("CONCEDE", "were released", "0841")]),
])
def test_captives_released_in_the_passive_are_a_release(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text", [
    "The report was released on Friday.",
    "The film was released in May.",
    "The minister was released from hospital on Sunday.",
])
def test_things_released_are_no_release_of_captives(text):
    assert pairs(text) == []


# ----------------------------------------------------------------------------- a reaction met


@pytest.mark.parametrize("text", [
    "The Tarskian column met little resistance as it advanced on Kerro.",
    "The plan met with stiff opposition from Lorvian diplomats.",
    "Government forces met fierce resistance near the border.",
])
def test_a_reaction_met_is_no_meeting(text):
    assert not any(label == "CONSULT" for label, _ in pairs(text))


@pytest.mark.parametrize("text", [
    "The Tarskian foreign minister met opposition leaders in Orsa.",
    "The Tarskian foreign minister met with opposition leaders in Orsa.",
    "The two foreign ministers met in Orsa on Friday.",
    "The two foreign ministers met amid fierce criticism at home.",
])
def test_sides_that_meet_still_meet(text):
    assert ("CONSULT", "met") in pairs(text)


# ----------------------------------------------------------------------------- weapons listed


@pytest.mark.parametrize("text", [
    "The Velmoran army has missiles, drones and artillery.",
    "Its arsenal includes long-range missiles, armed drones and heavy artillery.",
    "Missiles, drones and artillery are the main worry, the minister said.",
    "The rebels are armed with rockets and mortars.",
])
def test_weapons_listed_with_no_act_are_no_posture(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    # a list after a verb of an act is one thing named: one mark
    ("Tarsk deployed missiles, drones and artillery.", [("MOBILIZE", "deployed missiles")]),
    ("Tarsk moved artillery and tanks to the border.", [("MOBILIZE", "moved artillery and tanks to the border")]),
    # a weapon alone keeps its reading
    ("Russia moved artillery to the border.", [("MOBILIZE", "artillery")]),
    # a list that is the subject of its own fire is that fire
    ("Velmora said missiles and drones had struck a supply truck.", [("ASSAULT", "drones had struck")]),
])
def test_weapons_moved_keep_one_mark(text, expected):
    assert pairs(text) == expected


# ----------------------------------------------------------------------------- a hedge around a clause of time


@pytest.mark.parametrize("text", [
    "After talks with Tarsk failed, it is possible that troops fired on the crowd.",
    "It is possible that, after talks with Tarsk failed, troops fired on the crowd.",
])
def test_a_hedge_reaches_the_main_clause_on_either_side_of_a_clause_of_time(text):
    assert mods(text, "fired on") == ("hedged",)
    assert mods(text, "talks with Tarsk failed") == ()


@pytest.mark.parametrize("text", [
    "It is possible that troops fired on the crowd.",
    "It is unclear whether Velmoran troops fired on the crowd.",
])
def test_a_subject_and_its_past_verb_in_a_that_or_whether_clause_are_hedged(text):
    assert mods(text, "fired on") == ("hedged",)


@pytest.mark.parametrize("text, span", [
    # near misses: a participle after its noun tells of a past event, and a hedge inside the clause of time
    # stays there
    ("The swap may include civilians detained on espionage charges.", "detained"),
    ("The strike appears to be the deadliest since a ceasefire collapsed in June.", "ceasefire collapsed"),
])
def test_past_events_stay_out_of_a_hedge(text, span):
    assert "hedged" not in mods(text, span)


def test_an_intransitive_failed_negates_nothing_after_it():
    text = "It is possible that after talks with Tarsk failed troops fired on the crowd."
    assert "negated" not in mods(text, "fired on")
    assert mods("Tarsk failed to condemn the shelling.", "condemn")  # ("failed to" still negates)
    assert "negated" in mods("Tarsk failed to condemn the shelling.", "condemn")


def test_the_marks_of_a_sentence_with_no_event_stay_empty():
    assert marks("The column advanced on Kerro on Monday.") == []
