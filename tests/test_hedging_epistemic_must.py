"""The hedging lens on the "must" of a state and of existence (datasets/ANNOTATION.md §5): "must be"
before an adjective of a state that befalls people, and an existential "there must be" before a
noun of mistake, conclude (a `certainty` booster); a requirement, a deadline, a means used up, a
demand with any other noun and a duty with or without a rule named stay unmarked. Each case is
checked both ways: the booster found, and its near miss left alone."""

from __future__ import annotations

import pytest

from hedging_marks import marks


# ----------------------------------------------------------------------------- there must be


@pytest.mark.parametrize("text", [
    "There must be a mistake in the figures.",
    "There must be some mistake.",
    "There must be something wrong with the count.",
    "The ministry said there must be an error in the casualty list.",
])
def test_there_must_be_before_a_noun_of_mistake_concludes(text):
    assert marks(text) == [("must be", "certainty")]


def test_there_must_have_been_is_always_a_conclusion():
    assert marks("There must have been a mistake in the figures.") == [("must have", "certainty")]
    assert marks("There must have been a ceasefire by Friday.") == [("must have", "certainty")]


@pytest.mark.parametrize("text", [
    "There must be a ceasefire by Friday.",  # an act an agent brings about, with a deadline
    "There must be an inquiry.",  # a demand
    "There must be an inquiry into the error.",  # the mistake is what the inquiry is about
    "There must be no mistake about our resolve.",  # a warning
    "There must be accountability for the killings.",
    "There must be something done about the refugees.",  # "something" is no progressive
])
def test_there_must_be_before_any_other_noun_is_a_demand(text):
    assert marks(text) == []


# ----------------------------------------------------------------------------- must be + adjective


@pytest.mark.parametrize("text", [
    "The convoy must be exhausted.",
    "They must be very frightened.",
    "The crews must be desperate.",
    "The garrison must be running short of water.",  # (the progressive, unchanged)
])
def test_must_be_before_a_state_that_befalls_people_concludes(text):
    assert marks(text) == [("must be", "certainty")]


@pytest.mark.parametrize("text", [
    "Troops must be ready by Friday.",  # a requirement with a deadline
    "The vote must be fair.",  # a requirement
    "The crews must be rested before the flight.",  # a requirement
    "The crews must be exhausted before the relief arrives.",  # an order of steps
    "All options must be exhausted.",  # a means used up: a passive of an act
    "All diplomatic avenues must be exhausted first.",
    "Under the accord, the monitors must be exhausted.",  # a rule's words
])
def test_must_be_of_a_requirement_stays_unmarked(text):
    assert marks(text) == []


# ----------------------------------------------------------------------------- duties


@pytest.mark.parametrize("text", [
    "Under the accord, troops must withdraw.",  # a rule cited
    "All parties must respect the truce.",  # no rule named
    "Tarsk must release the prisoners.",
])
def test_a_duty_is_neither_hedge_nor_booster(text):
    assert marks(text) == []
