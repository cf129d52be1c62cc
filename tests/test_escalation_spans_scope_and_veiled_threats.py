"""The escalation lens on places after an agreed act, veiled conditional threats, hedges inside a
clause of time, lines crossed, people expelled and steps that have not come (datasets/ANNOTATION.md
§8.4, Places after an act, veiled conditional threats, hedges in a clause of time, absent steps).
Each case is checked both ways: the reading decided, and its near miss left as it was."""

from __future__ import annotations

import pytest

from escalation_marks import codes, marks, mods, pairs


# ------------------------------------------------------------------------ places after an act


@pytest.mark.parametrize("text, expected", [
    ("Kessia and Drava have agreed to extend a fragile ceasefire along their northern border by 30 days.",
     [("AGREE", "agreed to extend a fragile ceasefire")]),
    ("The two sides agreed to extend the ceasefire along the border.", [("AGREE", "agreed to extend the ceasefire")]),
    ("Tarsk offered to pull back its heavy weapons across the river.",
     [("AGREE", "offered to pull back its heavy weapons")]),
    ("Tarsk refused to release the detained fishermen within a week.",
     [("REJECT", "refused to release the detained fishermen")]),
])
def test_a_place_or_time_after_the_agreed_act_is_no_part_of_it(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: an object with "of" and a sum of money stay in the act; "from" stopped it already
    ("Tarsk agreed to withdraw its troops from the northern border.", [("AGREE", "agreed to withdraw its troops")]),
    ("The envoy called on both sides to keep channels of communication open.",
     [("REQUEST", "keep channels of communication open")]),
    ("Tarsk agreed to pay a disputed $400 million debt.", [("AGREE", "agreed to pay a disputed $400 million debt")]),
])
def test_an_object_of_the_act_stays_in_it(text, expected):
    assert pairs(text) == expected


def test_an_agreed_span_never_ends_on_a_determiner():
    for label, span, _ in marks("Both sides agreed to deploy observers along the line of contact."):
        assert span.split()[-1] not in ("the", "their", "a", "of", "along"), span


# -------------------------------------------------------------------- veiled conditional threats


@pytest.mark.parametrize("text, expected", [
    ("Those who deploy foreign weapons on our borders should not be surprised if we take measures to protect "
     "ourselves.",
     [("THREATEN", "should not be surprised if we take measures to protect ourselves", ("conditional",))]),
    ("Lorvia should not be surprised if we respond.",
     [("THREATEN", "should not be surprised if we respond", ("conditional",))]),
    ("Tarsk will have only itself to blame if we retaliate.",
     [("THREATEN", "will have only itself to blame if we retaliate", ("conditional",))]),
    ('"They will have only themselves to blame if our forces take the necessary measures," he said.',
     [("THREATEN", "will have only themselves to blame if our forces take the necessary measures",
       ("attributed", "conditional", "quoted"))]),
])
def test_a_warning_with_the_speakers_act_in_its_if_clause_is_a_conditional_threat(text, expected):
    assert marks(text) == expected


def test_the_veiled_conditional_threat_is_coded_130():
    assert codes("Lorvia should not be surprised if we respond.") == [
        ("THREATEN", "should not be surprised if we respond", "130")]


@pytest.mark.parametrize("text, expected", [
    ("Analysts should not be surprised if the talks fail.", [("CONSULT", "talks")]),
    ("Investors should not be surprised if prices rise.", []),
    ("Lorvia would bear full responsibility for the consequences.",
     [("THREATEN", "bear full responsibility for the consequences")]),
])
def test_no_act_of_the_speakers_side_is_no_veiled_threat(text, expected):
    assert pairs(text) == expected


def test_a_generic_subject_before_a_named_side_keeps_its_act():
    assert pairs("Tarsk, which deployed foreign weapons on our borders, should not be surprised if we respond.") == [
        ("MOBILIZE", "deployed foreign weapons on our borders"), ("THREATEN", "should not be surprised if we respond")]


# ------------------------------------------------------------------- hedges in a clause of time


def test_a_hedge_in_a_clause_of_time_after_the_phrase_stays_in_that_clause():
    text = ('Velm\'s foreign ministry warned of a "firm and proportionate response" after a Lorvian coast guard '
            'vessel allegedly rammed a Velmish patrol boat.')
    assert "hedged" not in mods(text, "warned")
    assert "hedged" not in mods(text, "proportionate response")


@pytest.mark.parametrize("text, span", [
    # near misses: a hedge before the phrase, or inside the clause of time with the phrase, still reaches it
    ("Velm may impose sanctions after Lorvian jets crossed into its airspace.", "impose sanctions"),
    ("Velm threatened sanctions because Lorvian jets had reportedly crossed into its airspace.",
     "crossed into its airspace"),
    ("Velm may retaliate after the West imposes new sanctions.", "retaliate"),
])
def test_a_hedge_that_reaches_its_phrase_stays(text, span):
    assert "hedged" in mods(text, span)


# ------------------------------------------------------------------------------- lines crossed


@pytest.mark.parametrize("text, expected", [
    ("Velm will respond if Lorvian forces crossed the line of control.",
     [("THREATEN", "respond", ("conditional",)), ("ACCUSE", "crossed the line of control", ("conditional",))]),
    ("Troops crossed the ceasefire line overnight.", [("ACCUSE", "crossed the ceasefire line", ())]),
])
def test_forces_that_cross_a_dividing_line_are_an_incursion(text, expected):
    assert marks(text) == expected


def test_refugees_who_cross_the_line_are_none():
    assert pairs("Refugees crossed the line of control.") == []


# ------------------------------------------------------------------------------ people expelled


@pytest.mark.parametrize("text, expected", [
    ("The army expelled the militants from the town.", [("COERCE", "expelled the militants", "174")]),
    ("Border guards expelled hundreds of migrants on Friday.",
     [("COERCE", "expelled hundreds of migrants", "174")]),
])
def test_expelling_fighters_or_people_from_a_place_is_coercion(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tarsk expelled two diplomats and their families.", [("SANCTION", "expelled", "166")]),
    ("Velm expelled the ambassador.", [("SANCTION", "expelled", "166")]),
])
def test_expelling_diplomats_stays_a_sanction(text, expected):
    assert codes(text) == expected


# ------------------------------------------------------------------------- steps that have not come


@pytest.mark.parametrize("text, expected", [
    ("A crisis hotline set up in 2019 had not been used.", [("CONSULT", "hotline", ("negated",))]),
    ("The hotline has never been used.", [("CONSULT", "hotline", ("negated",))]),
    ("A final agreement was still far off.", [("AGREE", "agreement", ("negated",))]),
    ("A deal remains elusive.", [("AGREE", "deal", ("negated",))]),
])
def test_a_cooperative_step_said_not_to_have_come_is_negated(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A crisis hotline set up in 2019 had been used twice.", [("CONSULT", "hotline", ())]),
    ("The agreement was signed far from the capital.", [("AGREE", "agreement", ())]),
])
def test_a_step_that_came_stays(text, expected):
    assert marks(text) == expected
