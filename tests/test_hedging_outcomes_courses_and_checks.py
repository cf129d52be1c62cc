"""The hedging lens on an outcome measured against an earlier view (datasets/ANNOTATION.md §4):
"expected" and "thought" in a comparison, an as-clause or a free relative name a past view that the
writer's stated outcome settles, so they hedge nothing; a raising frame, a view with a clause of its
own and a present as-clause keep their hedge. Also "of course" after a noun of change or routine
(the noun "course", no booster, §5), a missing confirmation named by a noun (an investigation
hedge) and "There are signs that" (an epistemic one). Checked both ways."""

from __future__ import annotations

import pytest

from hedging_marks import marks


@pytest.mark.parametrize("text", [
    "Turnout in the border provinces was higher than expected.",
    "The talks proved harder than analysts had expected.",
    "The talks proved harder than many had thought.",
    "The deficit was larger than originally expected.",
    "As expected, the talks in Velma ended without a deal.",
    "The talks ended without a deal, as had been expected.",
    "The result was what everyone expected.",
    "Turnout was lower than had been expected.",
])
def test_a_measured_outcome_hedges_nothing(text):
    assert marks(text) == []


@pytest.mark.parametrize("text, found", [
    # a forecast: the raising frame and the plain passive of an event to come
    ("The talks are expected to resume on Monday.", [("are expected to", "doxastic")]),
    ("What is expected to happen next is unclear.", [("is expected to", "doxastic"), ("unclear", "epistemic")]),
    ("A decision is expected next week.", [("is expected", "doxastic")]),
    ("He expected the talks to fail.", [("expected", "doxastic")]),
    # a view with a clause of its own is a belief, not a measure
    ("The envoy signed what he thought was a draft.", [("thought", "doxastic")]),
    # a present as-clause passes on a view still held
    ("The minister, as is widely expected, will resign.", [("is widely expected", "weasel")]),
])
def test_forecasts_and_held_views_keep_their_hedge(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text, found", [
    # the stance adverbial stands apart from any noun
    ("Tarsk will, of course, respond.", [("of course", "concurrence")]),
    ("Of course, the talks failed.", [("Of course", "concurrence")]),
    # after a noun of change or routine, "course" is that noun's complement: a direction, a normal run
    ("Without a change of course, the strait will remain dangerous.", []),
    ("The talks needed a reversal of course.", []),
    ("Ships are inspected as a matter of course.", []),
])
def test_of_course_after_a_noun_of_change_is_no_booster(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text, found", [
    ("There was no independent confirmation of the pullback.", [("no independent confirmation", "investigation")]),
    ("There was no immediate confirmation from Tarsk.", [("no immediate confirmation", "investigation")]),
    # a confirmation that was given checks the claim
    ("The ministry gave its confirmation on Monday.", []),
])
def test_the_noun_of_a_missing_check_is_an_investigation_hedge(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text, found", [
    ("There are signs that the truce is fraying.", [("There are signs that", "epistemic")]),
    ("There were indications that the blast began in a warehouse.", [("There were indications that", "epistemic")]),
    # a denial of any sign is no hedge, and a sign of a thing names no claim
    ("There are no signs of a pullback.", []),
    ("There were signs of damage near the gate.", []),
])
def test_evidence_pointed_to_is_an_epistemic_hedge(text, found):
    assert marks(text) == found
