"""As-clauses of reporting, evidence before a that-clause, the pro-form "so", labels and appeals
with a time inside, and where a noun cue's clause ends before a present main verb or after a
relative clause (ANNOTATION.md §6.1, §6.2, §7). Constructed wire-style sentences with fictional
places; each case checks the right reading and the near misses that must stay as they are."""

from __future__ import annotations

import pytest

from attribution_relations import rels, unattributed


# --- an as-clause of reporting: its verb is the cue, the main clause the content (§6.1) ---
@pytest.mark.parametrize("text, expected", [
    # a short main clause after the as-clause
    ("As Lavrov noted, the talks failed.", [("Lavrov", "noted", "the talks failed", "endorsing")]),
    ("As Lavrov noted, the treaty expires in May.", [("Lavrov", "noted", "the treaty expires in May", "endorsing")]),
    ("As the ministry pointed out, the treaty expires in May.",
     [("the ministry", "pointed out", "the treaty expires in May", "endorsing")]),
    # after the main clause: the clause before the comma
    ("The treaty expires in May, as Lavrov noted.", [("Lavrov", "noted", "The treaty expires in May", "endorsing")]),
    ("The treaty expires in May, as the ministry noted on Monday.",
     [("the ministry", "noted", "The treaty expires in May", "endorsing")]),
    # a setting or a time inside the as-clause; a fronted phrase of the main clause is content
    ("As Lavrov noted in his speech, the talks failed.", [("Lavrov", "noted", "the talks failed", "endorsing")]),
    ("As Mr. Bown observed, in the early days of the war the plan failed.",
     [("Mr. Bown", "observed", "in the early days of the war the plan failed", "endorsing")]),
    ("But as the envoy told reporters, the border stayed closed.",
     [("the envoy", "told", "the border stayed closed", "neutral")]),
    # in the middle, after a short subject: the words after it, one contiguous span (§6.2)
    ("The army, as Lavrov noted, had already withdrawn.", [("Lavrov", "noted", "had already withdrawn", "endorsing")]),
    # a feeling held by a named source, with the main clause as its content
    ("As Tarsk had feared, the talks failed.", [("Tarsk", "had feared", "the talks failed", "neutral")]),
    # a contracted auxiliary belongs to the cue
    ("As I've suggested, the plan was flawed.", [("I", "'ve suggested", "the plan was flawed", "neutral")]),
    # a focus adverb before "as"
    ("The talks failed, just as Lavrov had predicted.", [("Lavrov", "had predicted", "The talks failed", "neutral")]),
    # inside a subordinate clause that opens the sentence: the content ends with that clause
    ("If, as Lavrov noted, the treaty lapses, the talks will fail.",
     [("Lavrov", "noted", "the treaty lapses", "endorsing")]),
])
def test_as_clause_of_reporting(text, expected):
    assert [r[:3] + (r[3],) for r in rels(text)] == expected


@pytest.mark.parametrize("text", [
    "As the envoy arrived, protesters gathered.",  # a time, no report
    "As expected, the talks failed.",  # no source
    "As far as whether the talks will resume goes, the envoy left early.",
    "Just as the talks resumed, the shelling began.",
    "As the envoy spoke, protesters gathered.",  # "speak" takes no clause: a time
    "Protesters gathered outside, as the envoy spoke.",
    "As I had feared, the talks failed.",  # the writer's own feeling (§6.1, first person)
    "As the minister argued for calm, protesters booed.",  # a phrase of its own after the verb
])
def test_as_clause_near_misses_report_nothing(text):
    assert rels(text) == []


def test_as_clause_with_an_object_of_its_own_is_no_comment_clause():
    # "noted the change" has its own object: the clause after the comma is not reported
    assert [r[2] for r in rels("As the envoy noted the change, the talks failed.")] == ["the change"]


def test_as_stated_in_a_text_stays_an_according_to_frame():
    assert [r[:3] for r in rels("As stated in the ministry's note, the talks will resume in March.")] == [
        ("the ministry's note", "As stated in", "the talks will resume in March")]


def test_as_clause_makes_the_sentence_attributed():
    # §7: an as-clause of reporting governs its main clause
    text = "Tarsk's leaders are reckless, as the ministry pointed out."
    assert unattributed(text) == []
    assert unattributed("Tarsk's leaders are reckless, as the ministry expected it.") != []


# --- evidence named before the that-clause (§6.2): the clause is the verb's ---
@pytest.mark.parametrize("text, expected", [
    ("Officials know from intercepted calls that the convoy turned back.",
     [("Officials", "know", "the convoy turned back", "endorsing")]),
    ("The envoy said from Moscow that the talks had failed.",
     [("The envoy", "said", "the talks had failed", "neutral")]),
    ("Officials said on Monday in Moscow that the convoy turned back.",
     [("Officials", "said", "the convoy turned back", "neutral")]),
    # first person: the writer's own knowledge (§6.1, not cues)
    ("We know from his letters that the envoy was ill.", []),
    # a relative "that" with its verb: no clause
    ("Officials learned from the mistakes that were made.", []),
])
def test_evidence_before_that_clause(text, expected):
    assert rels(text) == expected


# --- the pro-form "so" stands for a clause (§6.2) ---
@pytest.mark.parametrize("text, expected", [
    ("He said so.", [("He", "said", "so", "neutral")]),
    ("The ministry did not say so.", [("The ministry", "did not say", "so", "neutral")]),
    ("The envoy does not think so.", [("The envoy", "does not think", "so", "neutral")]),
    ("Officials hope so.", [("Officials", "hope", "so", "neutral")]),
    ("I think so.", []),  # first-person thinking (§6.1)
    ("He left early so that the talks could resume.", []),
])
def test_pro_form_so(text, expected):
    assert rels(text) == expected


def test_so_far_and_and_so_are_no_pro_forms():
    assert [r[2] for r in rels("He said so far nothing had changed.")] == ["so far nothing had changed"]
    assert [r[2] for r in rels("The envoy does not think so far ahead.")] == []


# --- a label after "call" whose object is an event one can convene (§6.1) ---
@pytest.mark.parametrize("text, expected", [
    ("Tarsk called the vote a fraud.", [("Tarsk", "called", "the vote a fraud", "neutral")]),
    # a day inside the object stays (§6.2, "described the talks on Monday as a failure")
    ("Tarsk called the vote on Monday a fraud.", [("Tarsk", "called", "the vote on Monday a fraud", "neutral")]),
    ("Tarsk called a snap election.", []),
    ("Tarsk called a vote on Monday.", []),
    ("The president called a summit a year ago.", []),
])
def test_call_labels_a_convened_event(text, expected):
    assert rels(text) == expected


# --- "call on" with a day between the verb and its particle (§6.2) ---
@pytest.mark.parametrize("text, expected", [
    ("The minister called on Monday on Lorvia to withdraw.",
     [("The minister", "called", "Lorvia to withdraw", "commissive-directive")]),
    ("The minister called on Lorvia to withdraw.",
     [("The minister", "called on", "Lorvia to withdraw", "commissive-directive")]),
    ("The minister called on Monday for calm.", [("The minister", "called", "calm", "commissive-directive")]),
    ("The minister called on Monday on the phone.", []),  # no act urged
    ("The meeting that the minister called on Tuesday ended early.", []),
])
def test_call_on_after_a_day(text, expected):
    assert rels(text) == expected


# --- a noun cue's clause ends before the main verb (§6.2) ---
@pytest.mark.parametrize("text, content", [
    ("The demands that the army withdraw remain unmet.", "the army withdraw"),
    ("The demands that the army withdraw grew louder.", "the army withdraw"),
    ("Calls for a ceasefire that would end the war grew louder.", "a ceasefire that would end the war"),
    ("Calls for a ceasefire that was brokered by Ostland grew louder.", "a ceasefire that was brokered by Ostland"),
    ("Calls for a ceasefire grew louder.", "a ceasefire"),
])
def test_noun_cue_clause_ends_before_main_verb(text, content):
    assert [r[2] for r in rels(text)] == [content]


def test_mandative_clause_keeps_a_relative_perfect():
    # "has made" is a relative clause's perfect, not the main verb
    assert [r[2] for r in rels("The proposal that the envoy has made was rejected.")] == []
