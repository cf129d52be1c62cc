"""The hedging lens on decisions of the guide (datasets/ANNOTATION.md §4 and §5): the
"should" of expectation against the "should" of duty; "must have" of a conclusion against a duty in a
rule's words; the raising and impersonal frames of hearsay in every tense; a content clause without
"that" after "less sure"; "looking into"; a permission "may" cited with "according to"; a "could"
with its verb left out; a "should" after a relative clause. Each case is checked both ways: the
stance found, and its near miss left alone."""

from __future__ import annotations

import pytest

from hedging_marks import marks


# ----------------------------------------------------------------------------- should


@pytest.mark.parametrize("text, found", [
    # the "should" of expectation: a verb of happening with no object, or "be" with a word of readiness
    ("The talks should conclude by Friday.", [("should", "epistemic")]),
    ("The talks should conclude this week.", [("should", "epistemic")]),
    ("The figures should be available next week.", [("should", "epistemic")]),
    ("The new pipeline should be operational by March.", [("should", "epistemic")]),
    ("The truce should hold.", [("should", "epistemic")]),
    ("The war should end soon.", [("should", "epistemic")]),
    ("The inquiry should take several weeks.", [("should", "epistemic")]),
    ("The talks should not take long.", [("should", "epistemic")]),
    ("The new rules should take effect on Monday.", [("should", "epistemic")]),
    # ... the "should" of advice or duty: an act someone ought to do
    ("Moscow should withdraw its troops.", []),
    ("The government should release the prisoners immediately.", []),
    ("Kalvan should hold elections next year.", []),
    ("Tarsk should end its blockade.", []),
    ("Lorvia should show restraint.", []),
    ("Europe should remember that it needs our gas.", []),
    # ... a clause of demand, or a rule's words, ask for the event
    ("Tarsk insisted that the talks should resume at once.", []),
    ("Under the deal, elections should take place by June.", []),
    # ... the inverted "should" of a condition keeps its label
    ("Should the talks fail, the deal collapses.", [("Should", "conditional")]),
    ("It is tense, but should the talks fail, sanctions follow.", [("should", "conditional")]),
])
def test_should_of_expectation_and_of_duty(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text, found", [
    # after a relative clause between commas, "should" is the verb of the subject, not an inverted "if"
    ("The aid convoy, which is made up of 40 trucks, should arrive on Monday.", [("should", "epistemic")]),
    ("The envoy, who flew in on Sunday, should apologise to the minister.", []),
    # ... after a plain comma it still opens a condition
    ("The truce is fragile, and should the rebels attack, the army will respond.", [("should", "conditional")]),
])
def test_should_after_a_relative_clause(text, found):
    assert marks(text) == found


# ----------------------------------------------------------------------------- must


@pytest.mark.parametrize("text, found", [
    # the "must" of a conclusion about the past is a certainty booster
    ("The drone must have been launched from the ship.", [("must have", "certainty")]),
    ("They must have started weeks ago.", [("must have", "certainty")]),
    # ... the "must" of duty is no stance marker
    ("Kalvan must withdraw its troops.", []),
    ("Tarsk must have a say in any settlement.", []),
    ("The attackers must be brought to justice.", []),
    # ... nor a deadline in a rule's words
    ("Under the deal, all troops must have left the zone by Friday.", []),
    ("All troops must have left the zone by Friday under the agreement.", []),
])
def test_must_of_conclusion_and_of_duty(text, found):
    assert marks(text) == found


# ----------------------------------------------------------------------------- frames of hearsay


@pytest.mark.parametrize("text, found", [
    # raising frames of hearsay: weasel, with their verb group, in every tense
    ("The general is alleged to have fled.", [("is alleged to", "weasel")]),
    ("The general was claimed to be in hiding.", [("was claimed to", "weasel")]),
    ("The rebels were reported to be regrouping.", [("were reported to", "weasel")]),
    ("The general has been said to favour talks.", [("has been said to", "weasel")]),
    ("The general is widely reported to have fled.", [("is widely reported to", "weasel")]),
    ("The envoy is said to be furious.", [("is said to", "weasel")]),
    # ... a frequency adverb inside the verb group belongs to the span, like "widely"
    ("The talks are often said to be a test.", [("are often said to", "weasel")]),
    ("The talks are often seen as a test.", [("are often seen as", "doxastic")]),
    # ... "to" before a place or a hearer raises no clause
    ("The theft was reported to the police.", []),
    ("What was said to him remains secret.", []),
    # impersonal frames with "it": doxastic in every tense
    ("It is alleged that the general fled.", [("It is alleged", "doxastic")]),
    ("It has been alleged that the general fled.", [("It has been alleged", "doxastic")]),
    ("It has been claimed that the general fled.", [("It has been claimed", "doxastic")]),
    ("It has been said that the general fled.", [("It has been said", "doxastic")]),
    ("It was rumoured that the general fled.", [("It was rumoured", "doxastic")]),
    # ... the adjective keeps its own row
    ("The alleged attack was reported to Reuters.", [("alleged", "epistemic")]),
])
def test_frames_of_hearsay(text, found):
    assert marks(text) == found


# ----------------------------------------------------------------------------- would


@pytest.mark.parametrize("text, found", [
    # the "that" of a content clause may be left out after an adjective of certainty
    ("Officials were less sure the ceasefire would hold.", [("less sure", "epistemic")]),
    ("Diplomats were less confident the talks would produce a deal.", [("less confident", "epistemic")]),
    ("Officials were less confident Tarsk would attend.", [("less confident", "epistemic")]),
    ("Officials were less confident they would attend.", [("less confident", "epistemic")]),
    # ... a preposition, a relative clause or a new sentence opens no content clause
    ("Officials were less confident about the plan, which would cost billions.",
     [("less confident", "epistemic"), ("would", "epistemic")]),
    ("Officials were less confident of victory, which would take months.",
     [("less confident", "epistemic"), ("would", "epistemic")]),
    ("Officials were less confident. The talks would fail anyway.",
     [("less confident", "epistemic"), ("would", "epistemic")]),
])
def test_less_sure_with_a_clause_without_that(text, found):
    assert marks(text) == found


# ----------------------------------------------------------------------------- could and may


@pytest.mark.parametrize("text, found", [
    # a "could" whose verb is left out tells a past ability as a fact
    ('"Our forces did everything they could," he said.', []),
    ("The rebels ran as fast as they could.", []),
    ("The ministry did all it could to help.", []),
    # ... a modal of the future before it keeps the guess
    ("Tarsk would do all it could to help.", [("would", "epistemic"), ("could", "epistemic")]),
    ("Tarsk could do more.", [("could", "epistemic")]),
])
def test_could_with_its_verb_left_out(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text, found", [
    # "according to" cites a rule as "under" does: the "may" grants permission
    ("According to the agreement, which was seen by Reuters, each side may keep up to 50 soldiers in the zone.",
     [("up to", "approximator")]),
    # ... a change nobody is allowed to do stays a guess, and so does a source that is no rule
    ("According to the draft, prices may rise.", [("may", "epistemic")]),
    ("According to diplomats, each side may keep 50 soldiers in the zone.",
     [("diplomats", "weasel"), ("may", "epistemic")]),
])
def test_according_to_a_rule(text, found):
    assert marks(text) == found


# ----------------------------------------------------------------------------- investigation and sources


@pytest.mark.parametrize("text, found", [
    ("The energy ministry said it was looking into the reports.", [("was looking into", "investigation")]),
    ("The commission is looking into whether the shipments breached the rules.",
     [("is looking into", "investigation"), ("whether", "investigation")]),
    ("The minister promised to look into the matter.", [("look into", "investigation")]),
    # ... a look at a thing seen
    ("He was looking into the camera.", []),
    ("She looked into his eyes.", []),
])
def test_looking_into(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text, found", [
    ('"Both armies are exhausted," said one Western defence attaché.', [("one Western defence attaché", "weasel")]),
    ("A military attache said the drills were routine.", [("A military attache", "weasel")]),
    ("The French military attache, Colonel Jean Marr, said the drills were routine.", []),
])
def test_an_attache_is_named_by_office(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text, found", [
    # a figure given as an estimate, with no estimator named
    ("The damage is estimated at more than $40 million.", [("is estimated", "doxastic"), ("more than", "approximator")]),
    ("The crowd was estimated at 20,000.", [("was estimated", "doxastic")]),
    # ... a passive of weighing with a time or a place is no judgement
    ("The request was considered at 10 a.m.", []),
    ("The proposal was considered at a meeting on Monday.", []),
])
def test_estimated_at_a_figure(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text, found", [
    # facts mostly unknown leave the matter open, like "it is not known"
    ("Little is known about the new unit.", [("Little is known", "investigation")]),
    ("At the time, little was known about the virus.", [("little was known", "investigation")]),
    # ... "should be ready to" with a verb advises, "should be ready by" expects
    ("Owners should be ready to learn the rules.", []),
    ("The troops should be ready by March.", [("should", "epistemic")]),
])
def test_little_is_known_and_ready_to(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text, found", [
    # "come" with a goal its subject moves to is a move a party ought to make: advice, no hedge
    ("Both sides should come to the table.", []),
    ("The two envoys should come to Geneva next week.", []),
    # ... with no goal, or a goal that is an event's happening, it tells what is expected to happen
    ("The new law should come into force next month.", [("should", "epistemic")]),
    ("The fighting should come to an end by Friday.", [("should", "epistemic")]),
    ("The convoy should come through by noon.", [("should", "epistemic")]),
    # "should be able to" asks that people be let act, like "should be ready to"
    ("Civilians should be able to leave safely.", []),
    ("The new pipeline should be operational by March.", [("should", "epistemic")]),
    # "known" is a result made public: an expectation
    ("The results should be known by Friday.", [("should", "epistemic")]),
])
def test_should_with_a_goal_and_should_be_able(text, found):
    assert marks(text) == found
