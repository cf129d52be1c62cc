"""The writer's voice (ANNOTATION.md §7): an adjective of verdict as the complement of a linking
verb ("The response has been muted"), the writer's "would" before a verb of effect or development
("The move would deepen the rift"), and a conflict that "could draw in" new parties are listed; a
plain state after "be", a reported or habitual "would" and a plan drawn up are not."""

from __future__ import annotations

import pytest

from attribution_relations import unattributed
from course import analyze


def _explanation(text: str) -> str:
    return next(a for a in analyze(text).annotations if a.label == "unattributed").explanation


@pytest.mark.parametrize("text", [
    "The decision was reckless.",
    "The response has been muted.",
    "The reaction from the two capitals was largely lukewarm.",
    "The ministry's apology was belated.",
    "Western pressure has been half-hearted at best.",
])
def test_an_adjective_of_verdict_after_be_is_listed(text):
    assert unattributed(text) == [text]
    assert "passes a verdict" in _explanation(text)


@pytest.mark.parametrize("text", [
    "The border was closed.",  # a state, no verdict
    "The response was muted by the weather.",  # a passive with its agent
    "The port has been quiet since Monday.",
    "Officials said the response had been muted.",  # the officials' verdict
])
def test_a_plain_state_after_be_stays_unlisted(text):
    assert unattributed(text) == []


@pytest.mark.parametrize("text", [
    "The move would deepen the rift between the two capitals.",
    "A ban would only strain relations further.",
    "The clashes could draw in neighbouring states.",
    "The dispute could draw Sarn into the war.",
    "A collapse of the truce would draw in the regional powers.",
])
def test_a_forecast_with_would_or_draw_in_is_listed(text):
    assert unattributed(text) == [text]
    assert "makes a forecast" in _explanation(text)


@pytest.mark.parametrize("text", [
    "The minister said the move would deepen the rift.",  # reported speech: shifted back
    "The move would deepen the rift, the minister said.",
    "When the two leaders met, the rows would often escalate into shouting.",  # a past habit
    "In 1998 the dispute would escalate into open war.",  # narrative future in the past
    "The move would later deepen the rift.",
    "The ministry could draw up a plan.",  # no party pulled in
    "The talks would resume on Monday if the weather allowed.",  # a timetable
])
def test_reported_habitual_and_scheduling_would_stay_unlisted(text):
    assert unattributed(text) == []


# --- a hidden purpose the writer claims to know is a judgement of motive ---
@pytest.mark.parametrize("text", [
    "Moscow's real aim is to split the alliance.",
    "Tarsk's true intentions are to annex the strait.",
    "Tarsk has a hidden agenda.",
])
def test_a_hidden_purpose_in_the_writers_voice_is_listed(text):
    assert unattributed(text) == [text]
    assert "why a side acts" in _explanation(text)


@pytest.mark.parametrize("text", [
    "Its real aims remain unclear.",  # a motive said to be unknown claims none
    "Lavrov said Moscow's real aim was security.",  # attributed
    "The ultimate goal of the talks is a peace treaty.",  # a declared purpose
    "Tarsk's goal is to reopen the port.",
])
def test_a_declared_unknown_or_reported_purpose_is_not_listed(text):
    assert unattributed(text) == []


# --- a ranking against every earlier time is a judgement whatever the verb ---
@pytest.mark.parametrize("text, listed", [
    ("Relations have sunk to their lowest point since the Cold War.", True),
    ("The fighting was the worst in decades.", True),
    ("Tarsk fielded its best troops.", False),  # a ranking of troops, no linking verb, no earlier time
    ("Lavrov said relations had sunk to their lowest point since the Cold War.", False),  # attributed
])
def test_a_superlative_ranked_against_the_past_is_listed(text, listed):
    assert unattributed(text) == ([text] if listed else [])


@pytest.mark.parametrize("text", [
    "That is unlikely.",
    "A deal is unlikely before the election.",
    "A compromise now seems likely.",
    "It is unlikely that the talks will resume soon.",
])
def test_a_rating_of_likelihood_in_the_writers_voice_is_listed(text):
    assert unattributed(text) == [text]
    assert "forecast" in _explanation(text)


@pytest.mark.parametrize("text", [
    '"That is unlikely," the envoy said.',      # the envoy's forecast
    "The envoy said a deal was unlikely.",
    "The most likely outcome is a delay.",       # no linking verb before it
])
def test_a_rating_of_likelihood_with_a_source_or_as_a_modifier_stays_unlisted(text):
    assert unattributed(text) == []


@pytest.mark.parametrize("text", [
    "Such rhetoric will only harden positions on both sides.",   # a forecast of an effect
    "The summit was a failure.",                                  # a label for the event
    "Yet the mood in both capitals is grim.",                     # a verdict on the state of things
    "The prospects for a deal are bleak.",
])
def test_a_forecast_a_label_or_a_verdict_on_the_state_of_things_is_listed(text):
    assert unattributed(text) == [text]


@pytest.mark.parametrize("text", [
    "The summit was a failure, the envoy said.",
    "Officials said the mood was grim.",
    "The bleak northern coast was closed to ships.",    # an adjective before its noun
])
def test_the_same_words_with_a_source_or_no_verdict_stay_unlisted(text):
    assert unattributed(text) == []


@pytest.mark.parametrize("text", [
    "That is hard to square with the fact that the frigates sailed with a submarine.",
    "The claim is difficult to believe.",
    "It is hard to see how the talks can succeed.",
    # a soft forecast with a verb of causing
    "A single miscalculation could trigger a crisis.",
    "The arrests may spark protests.",
])
def test_a_verdict_on_belief_and_a_forecast_of_causing_are_listed(text):
    assert unattributed(text) == [text]


@pytest.mark.parametrize("text", [
    "The pass is hard to reach.",  # a task graded, not a claim
    "Officials said the claim was hard to believe.",  # the officials' verdict
    "Officials said a miscalculation could trigger a crisis.",
])
def test_a_task_or_a_reported_verdict_stays_unlisted(text):
    assert unattributed(text) == []


@pytest.mark.parametrize("text, listed", [
    # calling a stated reason a cover is a judgement of motive, as "hidden agenda" is
    ("In practice, the move handed Tarsk a pretext to escalate.", True),
    ("The talks are a smokescreen.", True),
    ("Velm said the drills were a pretext for invasion.", False),  # Velm's judgement
])
def test_a_pretext_is_a_judgement_of_motive(text, listed):
    assert unattributed(text) == ([text] if listed else [])
