"""The escalation lens on a readiness before an act, on renouncing force, on weapons tests and joint
drills, and on refused subjects, appeals and gestures (datasets/ANNOTATION.md §8.4, Readiness;
Renouncing force, weapons tests and joint drills; Refused subjects, appeals and gestures). Each case
is checked both ways: the reading decided, and its near miss left as it was."""

from __future__ import annotations

import pytest

from escalation_marks import codes, marks, pairs


# ----------------------------------------------------------------------------------- readiness


@pytest.mark.parametrize("text, expected", [
    # a readiness before an act is one stated intent, coded by the act it names (CAMEO 03x)
    ("Tarsk is ready to resume talks.", [("CONSULT", "ready to resume talks", "036")]),
    ("Tarsk stands ready to resume talks.", [("CONSULT", "ready to resume talks", "036")]),
    ("Tarsk is open to resuming talks.", [("CONSULT", "open to resuming talks", "036")]),
    ("The bloc said it was willing to mediate.", [("CONSULT", "willing to mediate", "039")]),
    ("Tarsk is willing to withdraw its troops.", [("AGREE", "willing to withdraw its troops", "0356")]),
    ("Tarsk is prepared to withdraw its troops.", [("AGREE", "prepared to withdraw its troops", "0356")]),
    ("Tarsk is willing to compromise.", [("AGREE", "willing to compromise", "030")]),
    ("Tarsk is ready to release the prisoners.", [("AGREE", "ready to release the prisoners", "0353")]),
    ("Lorvia was prepared to allow Tarskian inspectors to visit the disputed launch sites.",
     [("AGREE", "prepared to allow Tarskian inspectors", "0355")]),
    # a readiness to take a hostile step is a threat, coded by the step
    ("Tarsk is prepared to impose sanctions.", [("THREATEN", "prepared to impose sanctions", "1312")]),
    ("Moscow is ready to use force.", [("THREATEN", "ready to use force", "138")]),
    ("Tarsk is willing to retaliate.", [("THREATEN", "willing to retaliate", "130")]),
])
def test_a_readiness_and_its_act_are_one_mark(text, expected):
    assert codes(text) == expected


def test_a_conditional_readiness_keeps_its_condition():
    assert marks("Tarsk is willing to back down if Velm lifts the blockade.") == [
        ("AGREE", "willing to back down", ("conditional",)), ("RETREAT", "lifts the blockade", ("conditional",))]


@pytest.mark.parametrize("text, expected", [
    # near misses: a refusal keeps its act, a negated readiness stays a refusal, an agreement keeps
    # its head, a readiness with no act keeps its words, and "unwilling" or "determined" states no offer
    ("Tarsk refused to back down.", [("REJECT", "refused to back down")]),
    ("Tarsk is not willing to back down.", [("REJECT", "not willing to back down")]),
    ("Tarsk agreed to withdraw its troops.", [("AGREE", "agreed to withdraw its troops")]),
    ("Tarsk offered to withdraw its troops.", [("AGREE", "offered to withdraw its troops")]),
    ("Tarsk said it was willing to consider the proposal.", [("AGREE", "willing to"), ("AGREE", "proposal")]),
    ("Tarsk is unwilling to use force.", []),
    ("Tarsk is determined to use force.", []),
])
def test_readiness_near_misses(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a negative subject with a past verb, "was" or "appeared", keeps the intent, negated
    ("Neither side was willing to back down.", [("AGREE", "willing to back down", ("negated",))]),
    ("Neither side appeared willing to back down.", [("AGREE", "willing to back down", ("hedged", "negated"))]),
    # near miss: in the present it is a refusal
    ("Neither side appears willing to back down.", [("REJECT", "willing to back down", ("hedged", "negated"))]),
])
def test_a_negative_subject_and_a_readiness(text, expected):
    assert marks(text) == expected


# ------------------------------------------------------------------------------ renouncing force


@pytest.mark.parametrize("text, span", [
    ("The ministry ruled out military measures.", "ruled out military measures"),
    ("The ministry ruled out the use of force.", "ruled out the use of force"),
    ("The ministry ruled out military action.", "ruled out military action"),
    ("The minister ruled out a military solution.", "ruled out a military solution"),
    ("Tarsk renounced the use of force.", "renounced the use of force"),
    ("Tarsk renounced the use of force to settle the dispute.", "renounced the use of force to settle the dispute"),
])
def test_renouncing_force_is_restraint(text, span):
    assert codes(text) == [("RESTRAINT", span, "0356")]


@pytest.mark.parametrize("text, expected", [
    # near misses: an option kept open is a hedged threat; ruling out a cooperative step is a rejection
    ("The ministry has not ruled out military options.", [("THREATEN", "military options")]),
    ("Tarsk did not rule out the use of force.", [("THREATEN", "use of force")]),
    ("Tarsk refused to rule out the use of force.", [("THREATEN", "use of force")]),
    ("The ministry ruled out talks.", [("REJECT", "ruled out talks")]),
    ("The ministry ruled out a ceasefire.", [("REJECT", "ruled out a ceasefire")]),
])
def test_renouncing_force_near_misses(text, expected):
    assert pairs(text) == expected


# ------------------------------------------------------------------------- weapons tests and drills


@pytest.mark.parametrize("text, expected", [
    ("Lorvia tested a new missile on Monday.", [("MOBILIZE", "tested a new missile")]),
    ("Lorvia test-fired a missile on Monday.", [("MOBILIZE", "test-fired a missile")]),
    ("Tavia test-fired two cruise missiles over the sea.", [("MOBILIZE", "test-fired two cruise missiles")]),
    # the nouns keep their own span
    ("Lorvia conducted a missile test on Monday.", [("MOBILIZE", "missile test")]),
    ("Lorvia carried out a nuclear test on Monday.", [("MOBILIZE", "nuclear test")]),
])
def test_a_weapons_test_is_a_show_of_force(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Engineers tested the water supply on Monday.", []),
    ("The two countries signed a new missile defence agreement.", [("AGREE", "signed a new missile defence agreement")]),
])
def test_weapons_test_near_misses(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("French and Egyptian warships on Monday launched ten days of war games.", [("COOPERATE", "war games")]),
    # near misses: two kinds of forces, or a name and a new clause, are no two countries
    ("Tanks and artillery took part in drills near the border.", [("MOBILIZE", "drills")]),
    ("Velm warned Tarsk and Lorvian troops began drills.", [("THREATEN", "warned"), ("MOBILIZE", "drills")]),
])
def test_drills_of_two_countries_forces_are_joint(text, expected):
    assert pairs(text) == expected


# ------------------------------------------------------------- refused subjects, appeals, gestures


@pytest.mark.parametrize("text, expected", [
    ("Removing the sanctions is out of the question, the minister said.",
     [("CONCEDE", "Removing the sanctions", ("attributed", "negated")), ("REJECT", "out of the question", ("attributed",))]),
    ("A ceasefire will never be accepted.", [("RETREAT", "ceasefire", ("negated",)), ("REJECT", "will never be accepted", ())]),
    # near miss: a step in another clause stands
    ("The ceasefire held, but a return to the old border will never be accepted.",
     [("RETREAT", "ceasefire", ()), ("REJECT", "will never be accepted", ())]),
])
def test_a_step_named_as_the_subject_of_a_refusal_is_refused(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Lorvia masses troops on Tarsk border.", [("MOBILIZE", "masses troops")]),
    ("Russia masses troops near the border.", [("MOBILIZE", "masses troops near the border")]),
    ("The masses of troops near the border worried Velm.", []),
    ("The UN called for an urgent return to dialogue.", [("REQUEST", "urgent return to dialogue")]),
    ("The UN called for a return to dialogue.", [("REQUEST", "return to dialogue")]),
    ("Tavia would release 40 prisoners as a goodwill gesture.", [("CONCEDE", "release 40 prisoners")]),
    ("Tavia made a goodwill gesture.", [("CONCEDE", "goodwill gesture")]),
    ("Opposition groups staged a protest rally outside parliament.", [("PROTEST", "protest rally")]),
    ("Thousands joined a protest march.", [("PROTEST", "protest march")]),
    ("Meru accused Tavia of trying to rearm its forces.", [("ACCUSE", "accused"), ("MOBILIZE", "rearm")]),
])
def test_new_text_readings(text, expected):
    assert pairs(text) == expected
