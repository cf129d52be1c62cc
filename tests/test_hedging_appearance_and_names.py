"""The hedging lens on "appear" as a linking verb with an adjective and on the name "May" before a
finite verb (datasets/ANNOTATION.md §4). Each case is checked both ways: the hedge found, and its
near miss left alone."""

from __future__ import annotations

import pytest

from hedging_marks import marks


@pytest.mark.parametrize("text, found", [
    # "appear" + an adjective reports an impression, as "seems willing" does
    ("Neither side appears willing to back down.", [("appears", "epistemic")]),
    ("The rebels appear willing to back down.", [("appear", "epistemic")]),
    ("The city appeared calm on Sunday.", [("appeared", "epistemic")]),
    ("The envoy appeared very nervous.", [("appeared", "epistemic")]),
    ("The coalition appears increasingly isolated.", [("appears", "epistemic")]),
    ("The rebels did not appear willing to talk.", [("did not appear", "epistemic")]),
    # the same hedge as with "seem"
    ("The rebels seem willing to back down.", [("seem", "epistemic")]),
])
def test_appear_with_an_adjective_is_a_hedge(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text", [
    # a coming into view or a presence: a place, a time or a manner follows
    "The envoy appeared in court.",
    "The envoy appeared on television.",
    "The envoy appeared live on television.",
    "The minister appeared briefly on television.",
    "A drone appeared several times over the base.",
    "The envoy appeared before the committee.",
    # an impression sought, and a description that picks out a referent
    "The envoy left early in order not to appear weak.",
    "Crews were told to avoid any vessel that appears damaged.",
])
def test_appear_as_an_appearance_is_no_hedge(text):
    assert marks(text) == []


@pytest.mark.parametrize("text", [
    # a modal takes a base form: a capitalised "May" before a finite verb is a name
    "May said the talks had failed.",
    "May had already left for Brussels.",
    "May told reporters the deal was dead.",
    "Theresa May said the talks had failed.",
    # ... and a finite "be" or "do", which no modal takes either
    "May was a tense month on the border.",
    "May is usually quiet in the capital.",
    "May did little to calm the markets.",
])
def test_the_name_may_before_a_finite_verb_is_no_hedge(text):
    assert ("May", "epistemic") not in marks(text)


@pytest.mark.parametrize("text", [
    "May need more time, the envoy said.",
    "May proceed with caution.",
    "Talks may resume next week.",
    # "set" is a past form and a base form: the modal stays possible (a trap notebook 2 shows)
    "May set the tone for the summer.",
])
def test_the_modal_may_before_a_base_form_stays_a_hedge(text):
    assert any(mark[0].lower() == "may" for mark in marks(text))


@pytest.mark.parametrize("text, found", [
    # degree and frequency grade the facts: no hedge (§4); a quantity keeps its approximator
    ("To some extent, the town has been here before.", []),
    ("In 2016 the town was largely evacuated.", []),
    ("Those who remain are mostly elderly and often ill.", []),
    ("The plan has, in part, worked.", []),
    ("About 300 people were largely evacuated.", [("About", "approximator")]),
])
def test_degree_and_frequency_are_not_hedges(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text, found", [
    # "suggest" with a meeting or a step as its object proposes; with evidence and a clause it hedges
    ("Sand suggested a meeting in a neutral country.", []),
    ("Sand suggested fresh talks.", []),
    ("The data suggest a link.", [("suggest", "epistemic")]),
    ("The data suggest the deal is holding.", [("suggest", "epistemic")]),
    ("The data suggest talks are under way.", [("suggest", "epistemic")]),
])
def test_suggest_a_meeting_is_a_proposal(text, found):
    assert marks(text) == found
