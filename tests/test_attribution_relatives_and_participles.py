"""Attribution: relative clauses that are no content, participles after examples, and clauses
that tell when rather than what (datasets/ANNOTATION.md §6.1-§6.2). All sentences are constructed.

Each rule is tested both ways: the sentence it fixes, and near misses that stay as they were.
"""

from __future__ import annotations

import pytest

from attribution_relations import cues, one_relation, relations_with_kind
from course import analyze


# --- an as-clause with a verb of replying says when, not what ---

@pytest.mark.parametrize("text", [
    "As the minister replied, protesters booed.",
    "The vote passed, as the minister replied, without debate.",
])
def test_reply_in_an_as_clause_reports_nothing(text):
    assert cues(text) == []


def test_reply_with_a_quotation_or_a_clause_still_reports():
    assert one_relation('"No," the minister replied, "we will not."', "replied")[:3] == ("the minister", "replied", "No")
    assert one_relation("The minister replied that the talks had failed.", "replied")[:3] == \
        ("The minister", "replied", "the talks had failed")


def test_as_clause_of_saying_still_reports_the_main_clause():
    assert one_relation("As the minister noted, the talks failed.", "noted")[:3] == \
        ("the minister", "noted", "the talks failed")


# --- ", and so" after a bare object is the writer's consequence ---

def test_and_so_after_an_object_ends_the_content():
    assert one_relation("The envoy said nothing, and so the talks failed.", "said")[2] == "nothing"


def test_and_so_after_a_reported_clause_stays_in_it():
    assert one_relation("The envoy said the plan had failed, and so the talks ended.", "said")[2] == \
        "the plan had failed, and so the talks ended"


# --- a relative "that" after "from" + a noun: the noun's clause, no report ---

@pytest.mark.parametrize("text", [
    "Officials learned from the mistakes that Tarsk made.",
    "Officials learned from the errors that the army made.",
])
def test_relative_clause_after_from_reports_nothing(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, content", [
    ("Officials know from intercepted calls that the convoy turned back.", "the convoy turned back"),
    ("Officials know from intercepted calls that the convoy was destroyed.", "the convoy was destroyed"),
    ("Officials said from Moscow that Tarsk resigned.", "Tarsk resigned"),
])
def test_clause_after_evidence_named_with_from_stays_a_report(text, content):
    assert relations_with_kind(text)[0][2] == content


# --- a relative clause on the object of "for" is part of the content ---

@pytest.mark.parametrize("text, cue, content", [
    ("Calls for a ceasefire that the envoy backed grew louder.", "Calls for", "a ceasefire that the envoy backed"),
    ("Calls for a ceasefire that the envoy backed have grown louder.", "Calls for", "a ceasefire that the envoy backed"),
    ("Tarsk called for a ceasefire that the envoy backed.", "called for", "a ceasefire that the envoy backed"),
])
def test_relative_clause_on_the_for_object_stays_with_it(text, cue, content):
    assert one_relation(text, cue)[2] == content


@pytest.mark.parametrize("text, content", [
    ("Calls for a ceasefire grew louder.", "a ceasefire"),
    ("Calls for a ceasefire that would end the war grew louder.", "a ceasefire that would end the war"),
])
def test_for_object_near_misses_unchanged(text, content):
    assert one_relation(text, "Calls for")[2] == content


# --- a noun of demand: its bare verb after a singular subject is the mandative subjunctive ---

@pytest.mark.parametrize("text, cue", [
    ("The demand that the army withdraw is unmet.", "demand"),
    ("The demands that the army withdraw are unmet.", "demands"),
    ("The demands that the army withdraw were rejected.", "demands"),
    ("The demand that the army withdraw was rejected.", "demand"),
    ("The demands that the army withdraw remain unmet.", "demands"),
])
def test_mandative_clauses_agree(text, cue):
    assert one_relation(text, cue)[2] == "the army withdraw"


@pytest.mark.parametrize("text", [
    "The demands that the rebels make are unreasonable.",
    "The demand that the army withdrew was rejected.",
])
def test_relative_clause_on_a_noun_of_demand_reports_nothing(text):
    assert cues(text) == []


# --- a participle after ", such as X and Y," describes the noun phrase before the examples ---

def test_participle_after_examples_has_the_noun_phrase_as_source():
    text = ("Tarsk and Velm remain confident despite a few early backers of the deal, such as Lind and Aro, "
            "now saying they think it should be changed.")
    assert one_relation(text, "saying")[:3] == (
        "a few early backers of the deal, such as Lind and Aro", "saying", "they think it should be changed")


def test_examples_keep_their_titles_and_appositions():
    text = ("Tarsk and Velm remain confident despite a few early backers of the deal, such as minister Ana Lind, "
            "of Velm, and Aro, now saying they think it should be changed.")
    assert one_relation(text, "saying")[0] == "a few early backers of the deal, such as minister Ana Lind, of Velm, and Aro"


def test_participle_after_examples_stops_at_a_preposition_and_a_verb():
    assert one_relation("Tarsk stays calm despite backers of the deal, such as Lind and Aro, saying it failed.",
                        "saying")[0] == "backers of the deal, such as Lind and Aro"
    assert one_relation("Tarsk met several envoys, such as Lind, saying the talks had failed.",
                        "saying")[0] == "several envoys, such as Lind"


@pytest.mark.parametrize("text, source", [
    ("Tarsk and Velm remain confident, saying the deal will hold.", "Tarsk and Velm"),
    ("The ministers remain confident, saying the deal will hold.", "The ministers"),
    ("Tarsk remains confident, saying the deal will hold.", "Tarsk"),
])
def test_source_of_a_participle_holds_no_linking_verb(text, source):
    assert one_relation(text, "saying")[0] == source


def test_examples_without_a_comma_before_the_participle_unchanged():
    assert one_relation("Tarsk praised allies such as Lind, saying they had helped.", "saying")[0] == "Tarsk"


# --- "show" after a verb of beginning, with no object, means "become visible" ---

@pytest.mark.parametrize("text", [
    "The bias begins to show when the vote is counted.",
    "The strain started to show.",
    "Cracks began to show in the coalition.",
])
def test_inchoative_show_reports_nothing(text):
    assert cues(text) == []


@pytest.mark.parametrize("text, cue, content", [
    ("The records show when the order was given.", "show", "when the order was given"),
    ("The poll began to show that support was falling.", "began to show", "support was falling"),
])
def test_show_with_a_clause_still_reports(text, cue, content):
    assert one_relation(text, cue)[2] == content


@pytest.mark.parametrize("text, source", [
    # a noun spelt like a reporting verb heads the subject whose participle reports
    ("The states signed the accord, saying the war must end.", "The states"),
    ("Several states, such as Lorvia and Kessia, signed the accord, saying the war must end.", "Several states"),
    ("The statement was issued on Monday, saying the talks had failed.", "The statement"),
])
def test_a_noun_spelt_like_a_reporting_verb_heads_the_participles_source(text, source):
    rel = next(r for r in analyze(text).attributions if r.cue.text == "saying")
    assert rel.source is not None and rel.source.text == source
