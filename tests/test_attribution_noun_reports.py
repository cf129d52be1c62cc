"""Noun cues with their that-clause, labels given with "called" in the writer's relative clauses,
and quoted labels (ANNOTATION.md §6.1-§6.3). Constructed wire-style sentences with fictional
places; each case checks the right reading and the near misses that must stay as they are."""

from __future__ import annotations

import pytest

from attribution_relations import cues as _cues
from attribution_relations import one_relation as _one
from attribution_relations import relations_with_kind as _rels
from course import analyze


# --- a noun cue's that-clause keeps the object of its verb (§6.2) ---
@pytest.mark.parametrize("text, cue, content", [
    # a past participle before the object's noun is its adjective, not the main verb
    ("The claim that the ministry issued revised guidance was false.", "claim",
     "the ministry issued revised guidance"),
    ("The claim that the ministry had issued revised guidance to schools was false.", "claim",
     "the ministry had issued revised guidance to schools"),
    ("The claims that the army used banned weapons were rejected by the ministry.", "claims",
     "the army used banned weapons"),
    # ... and after a determiner ("the revised guidance")
    ("The claim that the ministry issued the revised guidance was false.", "claim",
     "the ministry issued the revised guidance"),
])
def test_a_participle_before_a_noun_stays_in_the_clause(text, cue, content):
    assert _one(text, cue)[:3] == (None, cue, content)


@pytest.mark.parametrize("text, cue, content", [
    # near misses: the main verb after the clause ends it as before
    ("The reports that the talks failed surprised officials.", "reports", "the talks failed"),
    ("The reports that troops were deployed angered Tarsk.", "reports", "troops were deployed"),
    ("His claims that the vote was rigged were false.", "claims", "the vote was rigged"),
    ("Beijing's warnings that Washington is playing with fire went unheeded.", "warnings",
     "Washington is playing with fire"),
])
def test_the_main_verb_still_ends_a_noun_cues_clause(text, cue, content):
    assert _one(text, cue)[2] == content


# --- a clause of saying inside a noun cue's clause, and a report inside it (§6.2) ---
@pytest.mark.parametrize("text, expected", [
    ("Claims that the envoy said the talks had failed proved false.", [
        (None, "Claims", "the envoy said the talks had failed", "indirect", "distancing"),
        ("the envoy", "said", "the talks had failed", "indirect", "neutral")]),
    ("Reports that the minister called the talks a failure were denied.", [
        (None, "Reports", "the minister called the talks a failure", "indirect", "neutral"),
        ("the minister", "called", "the talks a failure", "indirect", "neutral")]),
    ("The claim that officials warned of a crackdown was denied.", [
        (None, "claim", "officials warned of a crackdown", "indirect", "distancing"),
        ("officials", "warned", "of a crackdown", "indirect", "commissive-directive")]),
    ("The claim that officials said the army used banned weapons was false.", [
        (None, "claim", "officials said the army used banned weapons", "indirect", "distancing"),
        ("officials", "said", "the army used banned weapons", "indirect", "neutral")]),
])
def test_a_report_inside_a_noun_cues_clause_ends_with_it(text, expected):
    assert _rels(text) == expected


# --- a bare plural noun of speech after the verb keeps its clause (§6.2) ---
@pytest.mark.parametrize("text, cue, content", [
    ("The ministry denied reports that troops had crossed.", "denied", "reports that troops had crossed"),
    ("The ministry dismissed claims that the army sent troops.", "dismissed", "claims that the army sent troops"),
    ("Officials said reports that the army sent troops were false.", "said",
     "reports that the army sent troops were false"),
    # near misses: with a determiner, as before; a singular or a plain verb of the clause is no noun
    ("The ministry denied the reports that troops had crossed.", "denied", "the reports that troops had crossed"),
    ("The ministry said that troops had crossed.", "said", "troops had crossed"),
    ("Officials said in a statement that troops had crossed.", "said", "troops had crossed"),
])
def test_a_bare_plural_after_the_verb_keeps_its_clause(text, cue, content):
    assert _one(text, cue)[2] == content


def test_the_bare_plurals_own_relation_keeps_its_clause():
    assert _one("The ministry denied reports that troops had crossed.", "reports")[:3] == (
        None, "reports", "troops had crossed")


# --- a plural noun cue that opens the sentence (§6.1) ---
@pytest.mark.parametrize("text, cue, content", [
    ("Reports that the army sent troops to the border were denied.", "Reports",
     "the army sent troops to the border"),
    ("Claims that the army used banned weapons surfaced on Monday.", "Claims", "the army used banned weapons"),
    ("VELMA, Lorvia (ONA) - Reports that the army sent troops to the border were denied.", "Reports",
     "the army sent troops to the border"),
])
def test_an_opening_plural_is_a_noun_cue(text, cue, content):
    assert _one(text, cue)[:4] == (None, cue, content, "indirect")


def test_a_passive_denial_without_its_agent_is_no_relation():
    # nobody is named as denying (as "Gunfire was reported"); with its agent the denial is a relation
    assert _cues("Reports that the army sent troops to the border were denied.") == ["Reports"]
    text = "Reports that the army sent troops to the border were denied by the ministry."
    assert _one(text, "were denied")[:3] == (
        "the ministry", "were denied", "Reports that the army sent troops to the border")


def test_an_opening_plural_keeps_its_holder_after_by():
    assert _rels("Claims by the ministry that the dam was safe proved false.") == [
        ("the ministry", "Claims", "the dam was safe", "indirect", "distancing")]


def test_an_opening_plural_before_a_verb_of_saying_stays_the_source():
    assert _rels("Reports say the army sent troops.") == [
        ("Reports", "say", "the army sent troops", "indirect", "neutral")]


# --- "called" with a label in a relative clause of the writer's (§6.1) ---
@pytest.mark.parametrize("text, source, cue, content", [
    ("The army shelled the bridge, which the opposition called a betrayal.", "the opposition", "called", "a betrayal"),
    ("The rebels seized Velma, which the rebels called their capital.", "the rebels", "called", "their capital"),
    ("The government raised fuel prices, a tactic the opposition called blackmail.", "the opposition", "called",
     "blackmail"),
    ("The rebels seized the town that the rebels called their capital.", "the rebels", "called", "their capital"),
    ("The opposition called the accord a betrayal.", "The opposition", "called", "the accord a betrayal"),
    ("The rebels called Velma their capital.", "The rebels", "called", "Velma their capital"),
])
def test_a_label_given_with_called_is_a_relation(text, source, cue, content):
    assert _one(text, cue)[:4] == (source, cue, content, "indirect")


def test_a_label_inside_a_report_is_nested():
    text = "He said the army had cut the power twice, a tactic the opposition called blackmail."
    assert _rels(text) == [
        ("He", "said", "the army had cut the power twice", "indirect", "neutral"),
        ("the opposition", "called", "blackmail", "indirect", "neutral"),
    ]


@pytest.mark.parametrize("text", [
    # near misses: a telephone call, a convened event, a name, and a "that" that opens a clause
    "The envoy, whom the minister called twice, left early.",
    "The election, which the president called last week, is set for May.",
    "The minister called his counterpart at his office.",
    "The minister called Tarsk and his aides on Monday.",
    "Moscow backs a militia called the Wagner Group.",
    'Moscow backs a group called "Free Velma".',
])
def test_no_label_no_called_relation(text):
    assert "called" not in _cues(text)


def test_a_that_clause_with_a_call_keeps_its_reading():
    assert _rels("He said that the minister called his counterpart on Tuesday.") == [
        ("He", "said", "the minister called his counterpart on Tuesday", "indirect", "neutral")]


# --- quoted labels (§6.2, §6.3) ---
@pytest.mark.parametrize("text, source, content, kind", [
    # the whole label quoted in a relative clause: a direct relation, without its marks
    ('The army shelled the bridge, which the opposition called "a betrayal".', "the opposition", "a betrayal",
     "direct"),
    ('The government raised fuel prices, a tactic the opposition called "blackmail".', "the opposition",
     "blackmail", "direct"),
    # a quoted word inside the writer's phrase is mixed
    ('The ministry denounced what it called a "provocation".', "it", 'a "provocation"', "mixed"),
])
def test_a_quoted_label_in_a_relative_clause(text, source, content, kind):
    assert _one(text, "called")[:4] == (source, "called", content, kind)


@pytest.mark.parametrize("text, cue, content", [
    # the occasion after a quoted label is the writer's setting, as after "as" and a quoted label
    ('The ministry called the story "a crude fabrication" in a statement carried by state media.', "called",
     'the story "a crude fabrication"'),
    ('The ministry denounced the "provocation" in a statement.', "denounced", 'the "provocation"'),
    ('The ministry rejected the story as "a crude fabrication" in a statement.', "rejected",
     'the story as "a crude fabrication"'),
    # near miss: a phrase that is part of the object stays
    ('The minister denounced the "provocations" by Tarsk.', "denounced", 'the "provocations" by Tarsk'),
])
def test_a_setting_after_a_quoted_label_is_not_content(text, cue, content):
    assert _one(text, cue)[2:4] == (content, "mixed")


@pytest.mark.parametrize("text, first, second", [
    # a quoted label of an act ends the clause content as the unquoted one does
    ('He said the talks had failed, which Tarsk called "a betrayal".', "the talks had failed",
     ("Tarsk", "called", "a betrayal", "direct")),
    ('He said the talks had failed, which Tarsk called a "betrayal".', "the talks had failed",
     ("Tarsk", "called", 'a "betrayal"', "mixed")),
    # near miss: a label of a noun inside the content keeps the clause
    ('He said the army had seized the town, which the rebels called "their capital".',
     'the army had seized the town, which the rebels called "their capital"',
     ("the rebels", "called", "their capital", "direct")),
])
def test_a_quoted_label_after_a_clause_content(text, first, second):
    said, called = _rels(text)
    assert said[2] == first
    assert called[:4] == second


@pytest.mark.parametrize("text", [
    # scare quotes with no verb of saying: the writer's own distance, no relation (§4, §3 `quoted`)
    'The "peace plan" was published on Monday.',
    'The so-called "peace plan" was published on Monday.',
    'The so-called "referendum" was illegal.',
    'The "referendum", which Tarsk organised, was illegal.',
])
def test_scare_quotes_alone_are_no_relation(text):
    assert _rels(text) == []


@pytest.mark.parametrize("text, phrase, modifiers", [
    # a scare quote is quoted only; a label a verb governs is quoted and attributed (§3)
    ('The "peace plan" was published on Monday.', "peace plan", ("quoted",)),
    ('The ministry denounced the "provocation".', "provocation", ("quoted", "attributed")),
    ('The government raised fuel prices, a tactic the opposition called "blackmail".', "blackmail",
     ("quoted", "attributed")),
])
def test_quoted_labels_carry_their_voice(text, phrase, modifiers):
    marks = [m for m in analyze(text).annotations if m.text == phrase]
    assert marks and all(m.modifiers == modifiers for m in marks)
