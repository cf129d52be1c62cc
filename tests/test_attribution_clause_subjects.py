"""The attribution lens on the subject of a passive cue inside a subordinate clause and on a
relative clause whose verb takes a name as its object (datasets/ANNOTATION.md §6.2). Checked both
ways: the right reading passes, and the near misses keep their reading."""

from __future__ import annotations

import pytest

from attribution_relations import relations


@pytest.mark.parametrize("text, content", [
    ("The sanctions worked in Orsa, where the outreach was opposed by most lawmakers.", "the outreach"),
    ("The sanctions worked in Orsa, where Velm's outreach has been fiercely opposed by most lawmakers.",
     "Velm's outreach"),
    ("The talks stalled after the proposal was rejected by Tarsk.", "the proposal"),
    ("The talks stalled after the proposal Velm made was rejected by Tarsk.", "the proposal Velm made"),
    ("The belt lies far out, where the radiation was first observed by scientists.", "the radiation"),
])
def test_a_passive_in_a_subordinate_clause_reports_that_clauses_subject(text, content):
    assert [r[2] for r in relations(text)] == [content]


@pytest.mark.parametrize("text, content", [
    # the sentence's subject when no subordinator stands between, or the subordinate clause is closed
    ("The outreach has been fiercely opposed by most lawmakers.", "The outreach"),
    ("Plans for an inquiry into the raid, where two boats sank, were rejected by the council.", "Plans"),
])
def test_without_a_subordinate_clause_the_subject_is_the_sentences(text, content):
    assert relations(text)[-1][2].startswith(content)


@pytest.mark.parametrize("text, content", [
    # a verb right after "that" with a name as its object: a relative clause on the noun
    ("Analysts cited a nation that borders Tarsk.", "a nation that borders Tarsk"),
    ("Analysts cited the importance of a port that supplies Velm.", "the importance of a port that supplies Velm"),
])
def test_a_relative_clause_with_a_named_object_stays_in_the_noun_phrase(text, content):
    assert relations(text) == [("Analysts", "cited", content)]


@pytest.mark.parametrize("text, content", [
    ("The minister told reporters that talks Monday had failed.", "talks Monday had failed"),
    ("Officials told reporters that tensions ease when talks resume.", "tensions ease when talks resume"),
])
def test_a_that_clause_after_an_addressee_keeps_its_clause(text, content):
    assert [r[2] for r in relations(text)] == [content]


@pytest.mark.parametrize("text, content", [
    # a bare noun-phrase object ends at a subordinator, also after a possessive name of two words
    ("The council condemned North Lorvia's latest missile launch as Velm fired three missiles into the sea.",
     "North Lorvia's latest missile launch"),
    ("The council condemned the launch as Velm fired three missiles into the sea.", "the launch"),
    ("She had endorsed the envoy before the talks collapsed.", "the envoy"),
])
def test_a_noun_phrase_object_ends_at_a_subordinator(text, content):
    assert [r[2] for r in relations(text)] == [content]


@pytest.mark.parametrize("text, content", [
    # a subject pronoun opens a clause, which goes on past a subordinator and a second verb
    ("The envoy said he cannot comment on the letter because he has not seen it.",
     "he cannot comment on the letter because he has not seen it"),
    ("Police say he posed a threat and refused to drop the gun.", "he posed a threat and refused to drop the gun"),
])
def test_a_clause_with_a_pronoun_subject_goes_on(text, content):
    assert [r[2] for r in relations(text)] == [content]
