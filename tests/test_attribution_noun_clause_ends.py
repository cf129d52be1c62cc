"""Where the content of a noun cue ends before the sentence's main verb, "called on" before a day,
and a time after a label (ANNOTATION.md §6.1-§6.2). Constructed wire-style sentences with fictional
places; each case checks the right reading and the near misses that must stay as they are."""

from __future__ import annotations

import pytest

from attribution_relations import cues as _cues
from attribution_relations import one_relation as _one


# --- a plural noun cue with its "for" object, as the subject, ends before the main verb ---
@pytest.mark.parametrize("text, cue, content", [
    ("Calls for a ceasefire grew louder.", "Calls for", "a ceasefire"),
    ("Calls for a ceasefire mounted on Tuesday.", "Calls for", "a ceasefire"),
    ("Calls for a ceasefire went unheeded.", "Calls for", "a ceasefire"),
    ("Appeals for calm were ignored.", "Appeals for", "calm"),
    # a participle with its agent describes the object
    ("Calls for a truce brokered by Ostland grew louder.", "Calls for", "a truce brokered by Ostland"),
])
def test_a_noun_cue_with_a_for_object_ends_before_the_main_verb(text, cue, content):
    assert _one(text, cue)[:3] == (None, cue, content)


@pytest.mark.parametrize("text, cue, source, content", [
    # the verb "calls for" with its subject keeps its whole object
    ("Lorvia calls for a ceasefire that ended the war.", "calls for", "Lorvia", "a ceasefire that ended the war"),
    ("The minister calls for talks on the border.", "calls for", "The minister", "talks on the border"),
    # a headline with no main verb keeps its object
    ("Calls for a ceasefire.", "Calls for", None, "a ceasefire"),
    # a clause of its own inside the object: the content stays as it is (a relative clause on the
    # object keeps its verb and ends before the main verb: tests/test_attribution_as_clauses_and_labels.py)
    ("Calls for a ceasefire if the war drags on grew louder.", "Calls for", None,
     "a ceasefire if the war drags on grew louder"),
])
def test_near_misses_of_the_for_object_keep_their_content(text, cue, source, content):
    assert _one(text, cue)[:3] == (source, cue, content)


# --- a noun of demand: its that-clause has a bare verb, the first past form is the main verb ---
@pytest.mark.parametrize("text, cue, content", [
    ("The demands that the army withdraw grew louder.", "demands", "the army withdraw"),
    ("The demand that the army withdraw its troops was rejected by the government.", "demand",
     "the army withdraw its troops"),
    ("Demands that the talks be held in Velma were rejected.", "Demands", "the talks be held in Velma"),
])
def test_a_mandative_clause_ends_before_the_main_verb(text, cue, content):
    assert _one(text, cue)[2] == content


@pytest.mark.parametrize("text, cue, content", [
    # a participle before a place describes the object: the clause keeps it
    ("The demand that the army withdraw troops stationed in Velma was rejected.", "demand",
     "the army withdraw troops stationed in Velma"),
    # "should" makes an ordinary clause, ended as before
    ("The demand that the army should withdraw grew louder.", "demand", "the army should withdraw"),
    # a noun of claim has a finite verb of its own
    ("His claims that the vote was rigged were false.", "claims", "the vote was rigged"),
])
def test_near_misses_of_the_mandative_clause_keep_their_content(text, cue, content):
    assert _one(text, cue)[2] == content


# --- "called on" before a day: the "on" is a time, no appeal ---
@pytest.mark.parametrize("text", [
    "The meeting that the minister called on Tuesday ended early.",
    "The session the council called on Friday was cancelled.",
])
def test_called_on_before_a_day_is_no_appeal(text):
    assert _cues(text) == []


@pytest.mark.parametrize("text, cue, content", [
    ("The minister called on Lorvia to withdraw.", "called on", "Lorvia to withdraw"),
    ("The minister called on Tuesday for talks.", "called", "talks"),
    ("The minister called on Monday's protesters to disperse.", "called on", "Monday's protesters to disperse"),
])
def test_near_misses_of_called_on_stay_appeals(text, cue, content):
    assert _one(text, cue)[2] == content


# --- a time of saying after a label is the writer's ---
@pytest.mark.parametrize("text, cue, content", [
    ("The minister called the report a fabrication on Monday.", "called", "the report a fabrication"),
    ("Tarsk dismissed the report as a fabrication last week.", "dismissed", "the report as a fabrication"),
    ("Tarsk called the report a fabrication yesterday.", "called", "the report a fabrication"),
    ("Tarsk called the report a fabrication Monday.", "called", "the report a fabrication"),
])
def test_a_time_after_a_label_is_cut(text, cue, content):
    assert _one(text, cue)[2] == content


@pytest.mark.parametrize("text, cue, content", [
    # a time inside the object stays ("the talks on Monday" are the object)
    ("Tarsk described the talks on Monday as a failure.", "described", "the talks on Monday as a failure"),
    # a day that a preposition governs belongs to the label
    ("Tarsk dismissed the report as a fabrication about Monday.", "dismissed",
     "the report as a fabrication about Monday"),
    # a verb of saying keeps its clause's own time
    ("The minister said the talks would resume on Monday.", "said", "the talks would resume on Monday"),
])
def test_near_misses_of_the_time_after_a_label_keep_it(text, cue, content):
    assert _one(text, cue)[2] == content


# --- nouns of request, proposal and advice take a mandative clause, which ends before a passive perfect ---
@pytest.mark.parametrize("text, cue, content", [
    ("The request that Tarsk withdraw its troops has been ignored.", "request", "Tarsk withdraw its troops"),
    ("The demand that Tarsk withdraw its troops has been ignored.", "demand", "Tarsk withdraw its troops"),
    ("The demands that Tarsk withdraw its troops have been ignored.", "demands", "Tarsk withdraw its troops"),
    ("The proposal that the two sides meet in Geneva was welcomed.", "proposal", "the two sides meet in Geneva"),
    ("A recommendation that observers be sent was adopted.", "recommendation", "observers be sent"),
    # "insistence" holds a claim, in the indicative: its own past verb is no main verb
    ("His insistence that the vote was rigged has alarmed allies.", "insistence", "the vote was rigged"),
])
def test_a_noun_of_request_or_proposal_reports_its_clause(text, cue, content):
    assert _one(text, cue)[2] == content


@pytest.mark.parametrize("text", [
    "Tarsk made a request for more time.",    # no clause: nothing reported
    "The proposal was rejected.",
    "The proposal that the envoy has made is vague.",  # a relative clause on the noun, in the perfect
    "The demand that the envoy has made is vague.",
])
def test_a_noun_of_request_or_proposal_without_its_clause_reports_nothing(text):
    assert _cues(text) == []
