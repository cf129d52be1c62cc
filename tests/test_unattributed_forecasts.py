"""The writer's voice (ANNOTATION.md §7): soft forecasts of an effect or a development, a main
clause with a participle or a relative clause of report hung on it, a motive said to be
undisclosed, a result compared with the past across two comparatives, a count after "left", a
label given to the event after "be" (negated too), "should" that forecasts, and a booster phrase as its own reason."""

from __future__ import annotations

import pytest

from attribution_relations import unattributed
from course import analyze


@pytest.mark.parametrize("text", [
    "The move could deepen the rift between the two capitals.",
    "The dispute may find its way to the UN Security Council.",
    "The truce might collapse within weeks.",
    "The row could also complicate talks on a new trade pact.",
    "The standoff may eventually spill over into neighbouring Sarn.",
])
def test_a_soft_forecast_of_an_effect_or_a_development_is_listed(text):
    assert unattributed(text) == [text]
    mark = next(a for a in analyze(text).annotations if a.label == "unattributed")
    assert "makes a forecast" in mark.explanation


@pytest.mark.parametrize("text", [
    "The talks may resume next week.",  # a timetable, no effect or development
    "Diplomats said the move could deepen the rift.",  # the diplomats' forecast
    "The data may be incomplete.",  # a caveat on the writer's knowledge
    "The accounts could not be independently verified.",
    "Tal could not strengthen its grip on the north before 2010.",  # a past inability
    "The cargo may find a buyer in Asia.",  # no way construction
])
def test_schedules_caveats_and_reported_forecasts_stay_unlisted(text):
    assert unattributed(text) == []


@pytest.mark.parametrize("text", [
    "DRAVA (Kit Wire) - Tal on Thursday ordered the expulsion of 12 Velmoran diplomats, accusing them "
    "of spying, in a move that will further strain relations.",
    "Lorvia seized two trawlers in a blatant violation of the accord, accusing their crews of poaching.",
    "The raid was a blatant violation of the truce for the mediators, who had promised a calm week.",
])
def test_a_report_hung_on_the_writers_clause_does_not_govern_it(text):
    assert unattributed(text) == [text]


@pytest.mark.parametrize("text", [
    "Velmora protested on Tuesday, calling the seizure a blatant violation of the accord.",
    "The ministry issued a statement on Friday, saying the raid was a blatant violation of the truce.",
    "The raid was a blatant violation, the minister said, adding that Tal would respond.",
    "The minister, who called the raid a blatant violation, flew to Geneva.",
    "The raid was a blatant violation of the truce, according to the mediators.",
])
def test_the_content_of_such_a_report_stays_attributed(text):
    assert unattributed(text) == []


@pytest.mark.parametrize("text", [
    "The reasons for the change of heart were not made public.",
    "Its motives remain unclear.",
    "The reasons for the decision were never disclosed.",
])
def test_a_motive_said_to_be_undisclosed_is_no_claim(text):
    assert unattributed(text) == []


def test_a_motive_the_writer_names_is_still_listed():
    text = "The reasons for the change of heart are economic."
    assert unattributed(text) == [text]


def test_a_result_compared_across_two_comparatives_is_listed():
    text = "Each round leaves both embassies smaller and less able to do their work than the one before."
    assert unattributed(text) == [text]


@pytest.mark.parametrize("text", [
    "The shelling left three people dead and more than 20 wounded.",  # a count, no quality
    "The storm left the town earlier than expected.",
    "The envoy left the capital more quickly than planned.",
])
def test_counts_and_times_after_left_stay_unlisted(text):
    assert unattributed(text) == []


def explanation(text: str) -> str:
    return next(a for a in analyze(text).annotations if a.label == "unattributed").explanation


@pytest.mark.parametrize("text", [
    "The raid was a sharp escalation.",
    "The meeting was a rare diplomatic success for the mediators.",
    "It was also a personal triumph for the president.",
    # negated, a label is a verdict still: chance against design is a judgement of motive
    "The timing was hardly a coincidence.",
    "The choice of date was no accident.",
    "The summit was not a failure.",
])
def test_a_label_given_to_the_event_after_be_is_listed(text):
    assert unattributed(text) == [text]


@pytest.mark.parametrize("text", [
    "Fears of escalation grew along the border.",
    "The strike was a success, the ministry said.",
    "The launch is a test of the new system.",
    "The crash was not an accident, officials said.",
    "There was no accident on the coast road.",  # an existential "there was" labels nothing
])
def test_a_noun_of_judgement_that_labels_no_event_in_the_writers_voice_is_not(text):
    assert unattributed(text) == []


def test_should_before_a_verb_of_effect_forecasts():
    assert "“should” makes a forecast" in explanation("The deal should ease tensions along the border.")
    assert "“should” says what ought to happen" in explanation("Both sides should show restraint.")


def test_a_booster_phrase_is_the_reason_not_the_word_inside_it():
    why = explanation("Make no mistake: this is a sharp escalation.")
    assert "“Make no mistake” vouches" in why and "“mistake” passes" not in why


@pytest.mark.parametrize("text", [
    # a focusing "even" before the source: the report still governs the main clause
    "Even Tarsk, Velm's only ally and its economic lifeline, said it was \"resolutely opposed\" to the "
    "test and warned Velm to refrain from actions that would worsen the situation.",
    "Even the mediators said the raid was a blatant violation of the truce.",
])
def test_a_report_after_a_focusing_even_governs_the_sentence(text):
    assert unattributed(text) == []


@pytest.mark.parametrize("text", [
    "Even so, the summit was a failure.",
    "Even Tarsk was a disaster at the summit.",
])
def test_a_focusing_even_leaves_the_writers_own_verdict_listed(text):
    assert unattributed(text) == [text]
