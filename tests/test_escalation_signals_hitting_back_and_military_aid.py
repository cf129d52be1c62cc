"""Escalation lens: "interference" accuses only in the sense of meddling, not of noise on a signal; a
promised "hit back" or "strike back" is a veiled threat as "will retaliate" is; "shy away from" negates
as "refrain from" does, and not shying away from talks offers them; military aid to another side is aid,
and an increase of military forces ends on its head noun; a joint statement that carries a report is
its channel, and talks that "ended in" a statement ended with it as their outcome (datasets/ANNOTATION.md
§8.4)."""

from __future__ import annotations

import pytest

from escalation_marks import labels, marks, mods, pairs


@pytest.mark.parametrize("text", [
    "Pilots had reported interference on at least 40 flights.",
    "The pattern of interference was consistent with deliberate jamming.",
    "Radio interference disrupted the broadcast.",
    "Crews reported GPS interference near the coast.",
])
def test_noise_on_a_signal_is_no_accusation(text):
    assert "ACCUSE" not in labels(text), marks(text)


@pytest.mark.parametrize("text", [
    "Tarsk condemned foreign interference in its internal affairs.",
    "Velm accused Tarsk of interference in the election, state radio said.",
    "Kessia denounced Velm's interference.",
])
def test_meddling_is_an_accusation(text):
    assert ("ACCUSE", "interference") in pairs(text), marks(text)


@pytest.mark.parametrize("text, span", [
    ("Velm will hit back.", "hit back"),
    ("Tarsk vowed to strike back.", "strike back"),
    ("Velm said it would strike back hard.", "strike back"),
])
def test_a_promise_to_hit_back_is_a_threat(text, span):
    assert ("THREATEN", span) in pairs(text), marks(text)


@pytest.mark.parametrize("text", [
    "Velm hit back at critics on Monday.",
    "The minister struck back at the newspaper in an interview.",
])
def test_a_past_hitting_back_threatens_nothing(text):
    assert "THREATEN" not in labels(text), marks(text)


def test_not_shying_away_from_talks_offers_them():
    text = "Tarsk will not shy away from tough talks."
    assert pairs(text) == [("CONSULT", "tough talks")]
    assert "negated" not in mods(text, "tough talks")


def test_shying_away_from_talks_avoids_them():
    text = "Tarsk shied away from talks."
    assert ("REJECT", "talks") in pairs(text), marks(text)
    assert "negated" in mods(text, "talks")


def test_not_shying_away_from_force_keeps_the_threat():
    assert labels("Tarsk will not shy away from military action.") == ["THREATEN"]


@pytest.mark.parametrize("text, expected", [
    ("Tarsk increased military aid to Velm.", [("AID", "military aid")]),
    ("Tarsk boosted military assistance to Velm.", [("AID", "military assistance")]),
    ("Tarsk increased military forces near the border.", [("MOBILIZE", "increased military forces")]),
    ("Tarsk increased military spending.", [("MOBILIZE", "increased military spending")]),
])
def test_military_aid_is_aid_and_strength_ends_on_its_head(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "In a joint statement, the two foreign ministers said they would meet again.",
    "The two ministers said in a joint statement that they would meet again.",
    "The two ministers said on Friday in a joint statement that they would meet again.",
])
def test_a_joint_statement_that_carries_a_report_is_its_channel(text):
    assert pairs(text) == [("CONSULT", "meet")]


@pytest.mark.parametrize("text, expected", [
    ("The two sides issued a joint statement after the talks.", [("AGREE", "joint statement"), ("CONSULT", "talks")]),
    ("The two sides signed a joint statement on border security.", [("AGREE", "joint statement")]),
    ("The talks ended in a joint statement on water sharing.", [("AGREE", "joint statement")]),
    ("The war ended in a ceasefire.", [("RETREAT", "ceasefire")]),
    ("Tarsk ended the ceasefire.", [("REJECT", "ended the ceasefire")]),
])
def test_a_joint_statement_issued_or_reached_is_agreement(text, expected):
    assert pairs(text) == expected
