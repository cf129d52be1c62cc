"""Claims the writer makes in plain words (ANNOTATION.md §7): forecasts of effects, soft
forecasts, verdicts on an event's worth, belittling comparisons and results compared with the past
are listed as unattributed; schedules, checkable facts, reported forecasts and a duty inside an
embedded question are not."""

from __future__ import annotations

import pytest

from course import analyze


@pytest.mark.parametrize("text", [
    "Whatever the truth of his account, the episode will deepen mistrust along the border.",
    "The crackdown will further strain ties with Velm.",
    "The majority has shrunk, and the next vote may well be its last.",
    "Whatever happened last night, this crisis will not be the last.",
    "The vote settles nothing.",
    "Sanctions that cannot be enforced are little more than a statement of disapproval.",
    "The summit leaves relations more fragile than the smiles suggested.",
    "The vote left the opposition weaker than at any time since 1990.",
])
def test_plain_claims_in_the_writers_voice_are_listed(text):
    assert [s.text for s in analyze(text).unattributed] == [text]


@pytest.mark.parametrize("text", [
    "The talks will resume on Monday.",  # a schedule, no forecast of an effect
    "The ministry said the episode will deepen mistrust.",  # the forecast is the ministry's
    "It did not mention the threat figures.",  # a verdict noun naming records, a checkable fact
    "The storm left the town earlier than expected.",  # a time compared, no quality
    "The envoy left the capital more quickly than planned.",
    "No more than 40 people attended.",
])
def test_schedules_facts_and_reported_forecasts_are_not(text):
    assert analyze(text).unattributed == []


@pytest.mark.parametrize("text, listed", [
    # a duty inside an embedded question is the dispute's topic, not the writer's claim
    ("Talks stalled over how much water Tarsk must release in dry years.", False),
    ("The talks are about what Velm must give up.", False),
    ("It is unclear whether Tarsk must pay.", False),
    # the writer's own duty, a pseudo-cleft, and a relative clause before the duty
    ("Tarsk must release more water.", True),
    ("What Tarsk must do now is withdraw its troops.", True),
    ("Residents who live abroad must pay taxes.", True),
])
def test_a_duty_inside_an_embedded_question_is_not_the_writers(text, listed):
    assert bool(analyze(text).unattributed) is listed
