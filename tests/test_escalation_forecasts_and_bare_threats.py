"""Forecasts of eased tensions, a side's bare promise to respond, and attitude markers
(ANNOTATION.md §8.4 Forecasts and names, Veiled threats; §4 Concession and attitude markers)."""

from __future__ import annotations

import pytest

from course.analysis import analyze
from escalation_marks import codes, mods, pairs


# --- A forecast that a step will ease tensions is an optimistic comment (013), not a side's restraint

@pytest.mark.parametrize("text, span", [
    ("Analysts warned that the steps might ease tensions.", "ease tensions"),
    ("The deal should ease tensions along the border.", "ease tensions"),
    ("Experts said the talks could help calm tensions.", "calm tensions"),
    ("Analysts expect the agreement to ease tensions.", "ease tensions"),
    ("The release of the sailors should help to ease tensions.", "ease tensions"),
    ("Tensions could ease after the summit.", "Tensions could ease"),
    ("Velm announced a prisoner swap that could ease tensions.", "ease tensions"),
])
def test_a_forecast_of_eased_tensions_is_an_optimistic_comment(text, span):
    assert ("SUPPORT", span, "013") in codes(text), codes(text)
    assert not [c for c in codes(text) if c[0] == "RESTRAINT"], codes(text)


def test_a_soft_forecast_of_eased_tensions_is_hedged_and_weighs_little():
    text = "Analysts warned that the steps might ease tensions."
    assert "hedged" in mods(text, "ease tensions")
    weights = [a.intensity for a in analyze(text).annotations if a.text == "ease tensions"]
    assert weights and 0 < weights[0] <= 0.4, weights


@pytest.mark.parametrize("text", [
    "We will ease tensions.",
    "Velm pledged to ease tensions.",
    "Analysts said Velm might ease tensions.",
    "Velm said it would ease tensions.",
    "Velm said the measures were meant to ease tensions.",
    "Ardania hopes to ease tensions with Corvia.",
])
def test_a_sides_own_easing_stays_restraint(text):
    assert ("RESTRAINT", "ease tensions", "0356") in codes(text), codes(text)


def test_a_forecast_of_worsening_stays_a_pessimistic_comment():
    assert pairs("The move could inflame tensions.") == [("DETERIORATE", "inflame tensions")]


# --- A side's bare "will respond" is a veiled threat (130)

@pytest.mark.parametrize("text, span", [
    ("Moscow will respond.", "respond"),
    ("Moscow will react.", "react"),
    ("Russia will respond, the foreign minister said.", "respond"),
    ("Velm is going to respond.", "respond"),
    ("Velm will certainly respond.", "respond"),
    ("Russia will, of course, respond.", "respond"),
    ("\u201cWe\u2019ll respond,\u201d the minister said.", "respond"),
    ("Lavrov said Moscow would respond.", "respond"),
    ("The Kremlin will respond and defend Russian interests.", "respond"),
])
def test_a_sides_bare_promise_to_respond_is_a_veiled_threat(text, span):
    assert ("THREATEN", span, "130") in codes(text), codes(text)


@pytest.mark.parametrize("text", [
    "Moscow will respond to the letter next week.",
    "The ministry will respond to questions.",
    "Analysts expect Moscow to respond.",
    "Analysts said Moscow will respond.",
    "Officials believe Velm will respond.",
    "It is unclear how Moscow will respond.",
    "Asked whether Velm would react, he said no.",
    "Markets will react.",
    "Moscow would respond.",
    "Moscow will respond in due course.",
    "Moscow will not respond.",
])
def test_a_reply_a_forecast_or_a_question_is_no_threat(text):
    assert not [p for p in pairs(text) if p[0] == "THREATEN"], pairs(text)


def test_threats_with_an_object_or_a_condition_keep_their_readings():
    assert ("THREATEN", "respond") in pairs("Moscow will respond to the sanctions.")
    assert "conditional" in mods("Moscow will respond if provoked.", "respond")
    assert pairs("Moscow vowed to respond.") == [("THREATEN", "respond")]


# --- "To be fair" is an attitude marker: no hedge, no booster

@pytest.mark.parametrize("text", [
    "To be fair, the summit was not a total loss.",
    "In fairness, the offer was generous.",
    "In all fairness, the offer was generous.",
])
def test_a_concession_marker_is_no_hedge_or_booster(text):
    stance = [(a.category, a.text) for a in analyze(text).annotations if a.category in ("hedge", "booster")]
    assert stance == [], stance
