"""The hedging lens on decisions of the guide (datasets/ANNOTATION.md §4 and §5): the "must" of a
conclusion about the present ("must be ... by now", "must be running out") and its negated past
("must not have known") against the "must" of duty; the "should" of expectation with a person as
subject and a verb of arriving, against the "should" of duty and of a move a party ought to make;
the impersonal frames of hearsay with an adverb after "be"; the "would" of a past habit. Each case
is checked both ways: the stance found, and its near miss left alone."""

from __future__ import annotations

import pytest

from hedging_marks import marks


# ----------------------------------------------------------------------------- must


@pytest.mark.parametrize("text, found", [
    # a conclusion about the present: "by now" in its clause, or a progressive after "be"
    ("The convoy must be near the border by now.", [("must be", "certainty")]),
    ("The rebels must be running out of ammunition.", [("must be", "certainty")]),
    ("The talks must be over by now.", [("must be", "certainty")]),
    # a conclusion about the past, also negated: the negation is part of the conclusion
    ("They must have known about the plan.", [("must have", "certainty")]),
    ("They must not have known about the plan.", [("must not have", "certainty")]),
    ("The crew mustn't have seen the mines.", [("mustn't have", "certainty")]),
])
def test_the_must_of_a_conclusion_is_a_certainty_booster(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text", [
    "Troops must withdraw by Friday.",  # a duty: an act with a deadline
    "Troops must not enter the buffer zone.",  # a ban
    "The convoy must be at the border by Friday.",  # a deadline, not "by now"
    "Elections must be free and fair.",  # a requirement
    "The prisoners must be released by Friday.",  # a passive of duty
    "The guns must be silenced now.",  # "now" alone is no "by now"
    "Under the deal, all troops must not have crossed the line by Friday.",  # a rule's words
    "Under the deal, monitors must be patrolling the line by now.",
])
def test_the_must_of_duty_stays_unmarked(text):
    assert marks(text) == []


# ----------------------------------------------------------------------------- should


@pytest.mark.parametrize("text, found", [
    # a person as subject: a verb of arriving tells a timetable, no duty
    ("The envoy should arrive by Friday.", [("should", "epistemic")]),
    ("The envoy should return on Monday.", [("should", "epistemic")]),
    ("The foreign minister should land in Vorna on Tuesday.", [("should", "epistemic")]),
    ("The aid ships should dock at Vorna on Monday.", [("should", "epistemic")]),
    ("Trade between the two ports should return to normal by March.", [("should", "epistemic")]),
])
def test_should_with_a_verb_of_arriving_expects(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text", [
    "The envoy should apologise.",  # a duty
    "The envoy should resign.",
    "Both sides should return to the talks.",  # a move a party ought to make
    "Kalvan should return the seized tankers.",  # an object: the act someone ought to do
    "Both sides should come to the table.",
])
def test_should_of_duty_with_a_person_stays_unmarked(text):
    assert marks(text) == []


# ----------------------------------------------------------------------------- impersonal frames


@pytest.mark.parametrize("text, found", [
    ("It is often alleged that the vote was rigged.", [("It is often alleged", "doxastic")]),
    ("It was later reported that the envoy had resigned.", [("It was later reported", "doxastic")]),
    ("It has long been claimed that the port hides a naval base.", [("It has long been claimed", "doxastic")]),
    # with "widely", "generally" ...: a crowd nobody names
    ("It was widely reported that the envoy had resigned.", [("It was widely reported", "weasel")]),
    ("It is generally assumed that the talks will fail.", [("It is generally assumed", "weasel")]),
    # the frames without an adverb keep their rows
    ("It is alleged that the vote was rigged.", [("It is alleged", "doxastic")]),
    ("It is widely believed that the vote was rigged.", [("It is widely believed", "weasel")]),
])
def test_impersonal_frames_with_an_adverb_are_read(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text", [
    "It is often quiet on the border.",  # no participle of hearsay
    "It was widely reported in the local press.",  # no clause is reported
    "It was later reported to the police.",
])
def test_it_and_be_without_a_reported_clause_stay_unmarked(text):
    assert marks(text) == []


# ----------------------------------------------------------------------------- would of habit


@pytest.mark.parametrize("text, found", [
    # the "would" of a past habit is no guess
    ("When the two leaders met, the talks would often end in a shouting match.", []),
    ("When he was younger, he would walk to the border every morning.", []),
    ("Back then, the ferry would leave Vorna at dawn.", []),
    # ... while a hypothetical "would" stays a hedge
    ("The move would deepen the rift between the two capitals.", [("would", "epistemic")]),
    ("Such a strike would hit the port hardest.", [("would", "epistemic")]),
])
def test_the_would_of_a_past_habit_is_no_hedge(text, found):
    assert marks(text) == found
