"""Attribution: reported clauses with no "that" whose subject or verb the older rules missed, a
bounded number in a noun-phrase object, and relative clauses whose subject is a pronoun.

- A bare clause in the simple past after a verb of thinking or claiming whose subject has no
  determiner (a bare plural or mass noun: "insisted troops crossed the border"), and one whose verb
  takes no object (class ``objectless-past-verbs``: "argued the talks collapsed"); a participle that
  reduces a relative clause on the object keeps the object reading ("denied the charges filed against
  him", "found the building destroyed").
- "at least" / "at most" before a number opens the object ("reported at least six encounters"), as
  "nearly" and "some" do; "at" before a place or "once" stays no object.
- A relative clause with no pronoun whose subject is a personal pronoun ("notes she says were shown
  to her"), and a relative "that" that is the subject of the verb of saying, also after a time
  ("a resolution on Monday that would have demanded ...": source "that", as written).
"""

from __future__ import annotations

import pytest

from attribution_relations import relations


@pytest.mark.parametrize("text, expected", [
    # a bare plural or mass noun as the subject of the reported clause
    ("The minister insisted troops crossed the border.", ("The minister", "insisted", "troops crossed the border")),
    ("Velm claims troops crossed the border.", ("Velm", "claims", "troops crossed the border")),
    ("The memoir claims leaders came close to war.", ("The memoir", "claims", "leaders came close to war")),
    ("Velm claims troops held the bridge.", ("Velm", "claims", "troops held the bridge")),
    ("Kessia insists armed men crossed the border.", ("Kessia", "insists", "armed men crossed the border")),
    ("The study found violence erupted after the vote.", ("The study", "found", "violence erupted after the vote")),
    # a verb that takes no object: its -ed form after a noun is finite
    ("The minister argued the talks collapsed.", ("The minister", "argued", "the talks collapsed")),
    ("The minister believes the talks failed.", ("The minister", "believes", "the talks failed")),
    ("He claimed the talks failed.", ("He", "claimed", "the talks failed")),
    ("He insisted the talks failed because of Velm.", ("He", "insisted", "the talks failed because of Velm")),
    ("Velm believes the truce lapsed last week.", ("Velm", "believes", "the truce lapsed last week")),
])
def test_a_bare_past_clause_is_reported(text, expected):
    assert relations(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # a participle that reduces a relative clause on the object: the object is the content
    ("He denied the charges filed against him.", [("He", "denied", "the charges filed against him")]),
    ("He welcomed troops stationed in the north.", [("He", "welcomed", "troops stationed in the north")]),
    ("He confirmed reports published on Monday.", [("He", "confirmed", "reports published on Monday")]),
    ("He confirmed reports sent by Velm.", [("He", "confirmed", "reports sent by Velm")]),
    # an object and its complement, and a clause of time, report no clause
    ("They found the building destroyed.", []),
    ("They found the border closed.", []),
    ("She read the letter before it was sent.", []),
    # a bare noun after a thinking verb with a participle and no object is no clause
    ("Velm claims troops sent by Tarsk.", []),
    # a passive participle with its agent: "failed by" is no intransitive verb
    ("The report found the pupils failed by the system.", []),
    # a coordinated second verb of the main clause opens no clause
    ("Tarsk claimed victory and left.", []),
])
def test_near_misses_keep_their_reading(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, content", [
    ("Shipping companies have reported at least six close encounters between naval vessels.",
     "at least six close encounters between naval vessels"),
    ("The navy reported at least 40 incidents.", "at least 40 incidents"),
    ("The navy reported at most 40 incidents.", "at most 40 incidents"),
    ("The ministry confirmed at least a dozen cases.", "at least a dozen cases"),
    ("The navy reported nearly 40 incidents.", "nearly 40 incidents"),
    ("Police announced some 200 arrests.", "some 200 arrests"),
    ("The ministry confirmed more than a dozen cases.", "more than a dozen cases"),
])
def test_a_bounded_number_opens_the_object(text, content):
    assert [r[2] for r in relations(text)] == [content]


@pytest.mark.parametrize("text, expected", [
    # "at" before a place or a frequency is no bounded number
    ("The navy reported at sea that the ship sank.", [("The navy", "reported", "the ship sank")]),
    ("The navy reported at least once that the ship sank.", [("The navy", "reported", "the ship sank")]),
    ("The envoy reported at length on the talks.", []),
])
def test_at_before_no_number_opens_no_object(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Marr relies on notes she says were shown to her by an aide.", ("she", "says", "were shown to her by an aide")),
    ("The minister relied on notes she says were shown to her by an aide.", ("she", "says", "were shown to her by an aide")),
    ("Marr relies on a note she says was shown to her by an aide.", ("she", "says", "was shown to her by an aide")),
    ("The strike hit a depot they said was empty.", ("they", "said", "was empty")),
    ("The strike hit a depot officials said was empty.", ("officials", "said", "was empty")),
])
def test_a_zero_relative_with_a_pronoun_subject_leaves_the_rest_of_its_clause(text, expected):
    assert relations(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # the noun opens the believed clause, whose verb "was" is: an object gap in "she said"
    ("He believes the thing she said was a lie.", [("He", "believes", "the thing she said was a lie")]),
    # sentence-first, the verb after the cue is the main clause's
    ("Everything they said was a lie.", []),
])
def test_an_object_gap_keeps_its_reading(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tarsk vetoed a resolution on Monday that would have demanded an end to naval patrols.",
     ("that", "would have demanded", "an end to naval patrols")),
    ("Tarsk vetoed a resolution that would have demanded an end to naval patrols.",
     ("that", "would have demanded", "an end to naval patrols")),
    ("Tarsk backed a party that vowed to rebuild the port.", ("that", "vowed", "rebuild the port")),
    ("Velm read a study that claims the troops crossed the border.", ("that", "claims", "the troops crossed the border")),
])
def test_a_relative_that_is_the_source_as_written(text, expected):
    assert relations(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # a demonstrative "that" after a verb of saying is the clause's subject
    ("Critics say that is wishful thinking.", [("Critics", "say", "that is wishful thinking")]),
    # a "that" after "and" opens a second clause
    ("Analysts believe that states differ and that states' rights matter.",
     [("Analysts", "believe", "states differ and that states' rights matter")]),
    # an object moved into "that" leaves the subject as the source
    ("The strike hit a depot that the army said was empty.", [("the army", "said", "was empty")]),
])
def test_a_that_that_is_no_relative_subject_keeps_its_reading(text, expected):
    assert relations(text) == expected
