"""Escalation lens: restraint pledged with "avoid" or "steer clear of" before a general noun of acts, a
refusal to refrain from unnamed steps read as a veiled threat, two negations that cancel ("will not refrain
from military action"), the head noun that "military" premodifies in an increase of strength, and a visit
that is the inspection let in by an admission of inspectors or investigators. The sentences are
constructed (fictional countries); each rule is checked both ways, with a near miss."""

from __future__ import annotations

import pytest

from escalation_marks import codes, marks, pairs


# ----------------------------------------------------------------------------- restraint pledged by "avoid"


@pytest.mark.parametrize("text, expected", [
    ("Both pledge to avoid unilateral steps while negotiations continue.",
     [("RESTRAINT", "avoid unilateral steps", "0356"), ("CONSULT", "negotiations", "040")]),
    ("Tarsk will steer clear of provocative moves.", [("RESTRAINT", "steer clear of provocative moves", "0356")]),
    ("Kessia said it would avoid any action that could lead to escalation.",
     [("RESTRAINT", "avoid any action that could lead to escalation", "0356")]),
    ("Velm has avoided hostile acts for a week.", [("RESTRAINT", "avoided hostile acts", "0356")]),
])
def test_avoiding_acts_named_by_a_general_noun_is_restraint(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an agreement to avoid them is one agreement (one act, one mark)
    ("Both sides agreed to avoid provocative moves.", [("AGREE", "agreed to avoid provocative moves", "030")]),
    # asked of another side: the appeal reads it
    ("Tarsk urged Velm to avoid provocative moves.", [("REQUEST", "avoid provocative moves", "020")]),
    ("Tarsk called on Velm to avoid unilateral steps.", [("REQUEST", "avoid unilateral steps", "020")]),
    # no adjective of the kind of act and no "any": nobody holds back
    ("The budget avoids measures that raise taxes.", []),
    ("The company steers clear of risky moves.", []),
])
def test_near_misses_of_avoiding_keep_their_reading(text, expected):
    assert codes(text) == expected


def test_a_warning_to_avoid_is_no_restraint_of_the_warner():
    assert "RESTRAINT" not in [label for label, _ in pairs("Velm warned Tarsk to avoid provocative steps.")]


# ----------------------------------------------------------------------------- refusing to refrain


@pytest.mark.parametrize("text, expected", [
    ("Tarsk will not refrain from any steps needed to defend itself.",
     [("THREATEN", "will not refrain from any steps", "130")]),
    ("Tarsk won't shy away from any measures to protect its citizens.",
     [("THREATEN", "won't shy away from any measures", "130")]),
    ("Velm said it would never hold back from necessary action.",
     [("THREATEN", "would never hold back from necessary action", "130")]),
    # a warning that the side will not refrain is one threat
    ("Velm warned that Tarsk would not refrain from any measures to defend itself.",
     [("THREATEN", "would not refrain from any measures", "130")]),
])
def test_a_refusal_to_refrain_from_unnamed_steps_is_a_veiled_threat(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a past refusal reports acts, it threatens none
    ("Tarsk did not refrain from any steps.", [("RESTRAINT", "refrain from any steps", ("negated",))]),
    # not refraining is no threat when the refraining is pledged
    ("Tarsk pledged to refrain from any steps.", [("RESTRAINT", "refrain from any steps", ("attributed",))]),
])
def test_near_misses_of_refusing_to_refrain_keep_their_reading(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two negations cancel: the action keeps its own reading, no restraint
    ("Tarsk will not refrain from military action.", [("THREATEN", "military action", "138")]),
    ("Tarsk did not fail to condemn the attack.", [("ACCUSE", "condemn", "111"), ("ASSAULT", "attack", "190")]),
])
def test_two_negations_cancel(text, expected):
    assert codes(text) == expected


def test_a_single_negating_verb_still_turns_the_step_into_restraint():
    assert codes("Tarsk refrained from military action.") == [("RESTRAINT", "refrained from military action", "138")]
    # "not only" negates nothing: the refraining is asserted
    assert codes("Tarsk not only refrained from military action but also reopened the border.")[0] == (
        "RESTRAINT", "refrained from military action", "138")
    assert [m for m in marks("Tarsk failed to condemn the attack.") if m[1] == "condemn"][0][2] == ("negated",)


# ----------------------------------------------------------------------------- "military" and its head noun


@pytest.mark.parametrize("text, span", [
    ("The alliance increased its military spending targets last year.", "increased its military spending"),
    ("Tarsk will boost its military budget.", "boost its military budget"),
    ("Velm plans to strengthen its military capabilities.", "strengthen its military capabilities"),
    ("Tarsk increased its military presence in the region.", "increased its military presence"),
])
def test_an_increase_ends_on_the_head_noun_military_qualifies(text, span):
    assert pairs(text) == [("MOBILIZE", span)]


@pytest.mark.parametrize("text, expected", [
    # "military" as the head noun: the armed forces
    ("Tarsk increased its military last year.", [("MOBILIZE", "increased its military")]),
    # military cooperation is cooperation, no increase of strength
    ("Tarsk expanded military cooperation with Velm.", [("COOPERATE", "military cooperation")]),
])
def test_military_as_a_head_noun_or_in_cooperation_keeps_its_reading(text, expected):
    assert pairs(text) == expected


# ----------------------------------------------------------------------------- inspectors let in to visit


@pytest.mark.parametrize("text, expected", [
    ("Tarsk allowed investigators from the OPCW to visit the site.", [("RETREAT", "allowed investigators")]),
    ("Velm invited monitors from the United Nations to visit the camps.", [("RETREAT", "invited monitors")]),
    ("Kessia let a team of inspectors from the agency visit the plant.", [("RETREAT", "let a team of inspectors")]),
    ("Tarsk allowed Korskian experts to visit its own launch sites.", [("RETREAT", "allowed Korskian experts")]),
])
def test_a_visit_governed_by_an_admission_of_inspectors_is_the_inspection_let_in(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    # no inspectors in the object: an official visit
    "Tarsk invited the foreign minister of Velm to visit the capital.",
    # the visit is another clause's
    "Tarsk allowed inspectors in, and its president will visit Velm next week.",
    "Tarsk invited a delegation of monitors and the Velm foreign minister to visit.",
    "Kessia let the foreign minister of Velm visit the plant.",
    "Tarsk let inspectors in before the president will visit Velm.",
])
def test_a_visit_outside_an_admission_of_inspectors_stays_a_visit(text):
    assert ("CONSULT", "visit") in pairs(text)
