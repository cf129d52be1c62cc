"""Escalation lens: plain events in new wording (duties on goods, a supply cut-off and 'the halt'
pointing back to it, supplies that resume, trade restricted, drones launched, villages burned, an
agreement 'which was signed', warships that shadow each other, captives handed over or released
after a modal, a rally outside a ministry, an embassy opened, an appeal to neighbours for gas).
The sentences are constructed; each rule is checked both ways: the construction is read, and a
near miss with the same word in a peaceful or everyday sense is not."""

from __future__ import annotations

import pytest

from escalation_marks import marks, mods, pairs


@pytest.mark.parametrize("text, expected", [
    # duties laid on goods; near misses: one's duties, duties on a day
    ("Tarsk announced duties on Lorvian cars.", [("SANCTION", "duties")]),
    ("Tarsk imposed new duties on steel.", [("SANCTION", "imposed new duties")]),
    ("He resumed his duties on Monday.", []),
    ("The minister took up duties on Monday.", []),
    # trade restricted; near miss: access restricted
    ("Tarsk restricted exports of metals to Lorva.", [("SANCTION", "restricted exports")]),
    ("Lorva restricted access to the old town.", []),
    # a cut-off of supplies; near misses: a cut-off date, a cut-off in a text about nothing supplied
    ("Gas cut-off leaves Varnia shivering.", [("SANCTION", "Gas cut-off")]),
    ("Dalmar halted gas deliveries to Varnia. The cut-off came two days later.",
     [("SANCTION", "halted gas deliveries"), ("SANCTION", "cut-off")]),
    ("Lorva set the cut-off date for applications.", []),
    ("The cut-off for the exam was raised.", []),
    # 'the halt' pointing back to supplies halted; near misses: a halt with its own object, no supplies told
    ("Dalmar halted gas deliveries to Varnia.\n\nThe halt angered Varnia.",
     [("SANCTION", "halted gas deliveries"), ("SANCTION", "halt")]),
    ("The halt angered the players.", []),
    # supplies that resume; near miss: an everyday delivery round
    ("Dalmar halted gas deliveries to Varnia.\n\nDeliveries could resume within days, Varnia said.",
     [("SANCTION", "halted gas deliveries"), ("CONCEDE", "Deliveries could resume")]),
    ("Mail deliveries resumed on Monday.", []),
    # drones and rockets launched; near misses: a drone business, a space rocket
    ("Velmora said the drone had been launched from a Tarskian army base.", [("ASSAULT", "launched")]),
    ("The firm launched a drone delivery service.", []),
    ("The space agency launched a rocket carrying two satellites.", []),
    # villages burned by armed men; near miss: a fire that burned homes
    ("Militias burned villages in the north.", [("ASSAULT", "burned villages")]),
    ("A wildfire burned homes in the valley.", []),
    # an agreement told again as 'which was signed'; near miss: code signed by a developer
    ("Under the code, which was signed by the two foreign ministers, each side keeps two vessels.",
     [("AGREE", "signed")]),
    ("The code, which was signed by the developer, runs on the server.", []),
    # warships that shadow each other; near misses: a scandal, reporters
    ("Warships shadowed each other at close range near the reef.", [("MOBILIZE", "shadowed each other")]),
    ("A Lorvian frigate shadowed the Tarskian destroyer.", [("MOBILIZE", "shadowed")]),
    ("The scandal shadowed his presidency.", []),
    ("Reporters shadowed the minister all day.", []),
    # captives handed over; near miss: weapons handed over
    ("24 rebel fighters were handed over in return.", [("CONCEDE", "fighters were handed over")]),
    ("The weapons were handed over to the police.", []),
    # a rally outside a ministry; near miss: an audience
    ("Relatives gathered outside the defence ministry on Saturday, demanding information.",
     [("PROTEST", "gathered outside the defence ministry"), ("DEMAND", "demanding")]),
    ("Reporters gathered outside the ministry to hear the announcement.", []),
    # an embassy opened; near misses: shots fired near an embassy, an account opened
    ("Tarsk said it would open an embassy in the regional capital.", [("SUPPORT", "open an embassy")]),
    ("Gunmen opened fire near the embassy.", [("ASSAULT", "opened fire")]),
    ("She opened an embassy account at the bank.", []),
])
def test_plain_events_in_new_wording(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 'the measures' pointing back to penalties; near miss: measures at home
    ("The imposition of the tariffs angered Tarsk. Marr said Tarsk would respond unless the measures were "
     "withdrawn by Friday.", ("CONCEDE", "measures were withdrawn")),
])
def test_measures_withdrawn_after_penalties_are_eased_conditionally(text, expected):
    found = [m for m in marks(text) if (m[0], m[1]) == expected]
    assert found and "conditional" in found[0][2]


def test_measures_at_home_are_no_event():
    assert pairs("The measures were withdrawn in May.") == []


def test_did_not_rule_out_restricting_exports_is_a_hedged_threat():
    text = "Tarsk has not ruled out restricting exports of rare-earth metals."
    assert pairs(text) == [("THREATEN", "restricting exports")]
    assert "hedged" in mods(text, "restricting exports")


def test_a_negated_cut_off_and_launch_keep_their_label_negated():
    text = 'Dalmar halted gas deliveries.\n\n"There has been no cut-off," he said.'
    assert ("SANCTION", "cut-off") in pairs(text) and "negated" in mods(text, "cut-off")
    text = '"Tarskian forces did not launch any drones yesterday," the spokesman said.'
    assert pairs(text) == [("ASSAULT", "launch")] and "negated" in mods(text, "launch")


def test_deliveries_that_did_not_resume_are_negated():
    text = "Rusk said gas deliveries did not resume on Monday."
    assert pairs(text) == [("CONCEDE", "resume")] and "negated" in mods(text, "resume")


def test_release_after_a_modal_is_hedged():
    text = "She said a further 60 prisoners could be released next month."
    assert pairs(text) == [("CONCEDE", "prisoners could be released")]
    assert "hedged" in mods(text, "prisoners could be released")


@pytest.mark.parametrize("text, expected", [
    ("Varnia has begun drawing on its reserves and has asked neighbours to reverse the flow of gas.",
     [("REQUEST", "reverse the flow of gas")]),
    # near misses: asking neighbours for anything else, asking reporters to leave
    ("Varnia has asked neighbours to keep the noise down.", []),
    ("The minister asked reporters to leave the room.", []),
])
def test_asking_states_for_supplies_is_an_appeal(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, span", [
    ("Thousands of students demonstrated in the capital on Sunday.", "demonstrated"),
    ("Hundreds of farmers demonstrated against the water accord.", "demonstrated"),
    ("Protesters were demonstrating outside the embassy.", "demonstrating"),
])
def test_a_crowd_that_demonstrated_with_no_object_is_a_street_protest(text, span):
    assert ("PROTEST", span) in pairs(text), pairs(text)


@pytest.mark.parametrize("text", [
    "The navy demonstrated its resolve in the strait.",
    "The students demonstrated their new robot at the fair.",
    "The test demonstrated that the missile works.",
])
def test_demonstrating_something_is_no_protest(text):
    assert "PROTEST" not in [label for label, _ in pairs(text)], pairs(text)
