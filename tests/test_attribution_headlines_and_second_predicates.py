"""The attribution lens on headline grammar and on a speaker's second predicate (datasets/ANNOTATION.md
§6.1, §6.2): a plain form after an -s verb that is never a plural noun is that verb's object ("Kremlin
denies report ..."), a second -s predicate after a comma goes back to the cue's subject ("Velm says
talks dead, blames Tarsk"), the main clause's subject speaks for a gerund that opens the sentence
whatever its head noun, a person object with "with" or "of" stays in the content, and a single-quoted
word may open a noun-phrase object. Checked both ways: the near misses keep their reading."""

from __future__ import annotations

import pytest

from attribution_relations import rels, relations


@pytest.mark.parametrize("text, expected", [
    # a plain form right after "denies", "confirms", "rejects", "says" is its object, a noun
    ("Kremlin denies report Velm envoy ill.",
     [("Kremlin", "denies", "report Velm envoy ill", "admission-denial")]),
    ("Tarsk confirms report envoy ill.", [("Tarsk", "confirms", "report envoy ill", "endorsing")]),
    ("Velm rejects report troops crossed border.",
     [("Velm", "rejects", "report troops crossed border", "admission-denial")]),
    ("He denies charge he lied.", [("He", "denies", "charge he lied", "admission-denial")]),
    ("Kessia says report false.", [("Kessia", "says", "report false", "neutral")]),
    ("Velm rejects call for talks.", [("Velm", "rejects", "call for talks", "admission-denial")]),
    # ... also in title case
    ("Kremlin Denies Report Velm Envoy Ill.",
     [("Kremlin", "Denies", "Report Velm Envoy Ill", "admission-denial")]),
    # a plural after the -s verb, as before
    ("Velm rejects claims troops crossed border",
     [("Velm", "rejects", "claims troops crossed border", "admission-denial")]),
    ("Minister confirms talks over", [("Minister", "confirms", "talks over", "endorsing")]),
])
def test_a_plain_form_after_an_s_verb_of_saying_is_its_object(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural noun subject before its plain verb keeps the cue
    ("Officials report the talks have stalled.", [("Officials", "report", "the talks have stalled", "neutral")]),
    ("Officials in Velm report the talks have stalled.",
     [("Officials in Velm", "report", "the talks have stalled", "neutral")]),
    # an -s form that is also a plural noun heads a subject: no verb "reports"
    ("Velm reports show growth.", []),
    # with its article the noun's that-clause is a relation of its own, as before
    ("The Kremlin denies the report that the envoy is ill.",
     [("The Kremlin", "denies", "the report that the envoy is ill", "admission-denial"),
      (None, "report", "the envoy is ill", "neutral")]),
])
def test_a_plural_subject_keeps_its_verb(text, expected):
    assert rels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a second -s predicate after a comma is the speaker's: the content ends at the comma
    ("Velm says talks dead, blames Tarsk.",
     [("Velm", "says", "talks dead"), ("Velm", "blames", "Tarsk")]),
    ("Velm says talks dead, vows to retaliate",
     [("Velm", "says", "talks dead"), ("Velm", "vows", "retaliate")]),
    ("Velm says talks dead, warns of war.",
     [("Velm", "says", "talks dead"), ("Velm", "warns", "of war")]),
    ("Kremlin denies report envoy ill, vows to sue.",
     [("Kremlin", "denies", "report envoy ill"), ("Kremlin", "vows", "sue")]),
    ("Velm Says Talks Dead, Blames Tarsk.",
     [("Velm", "Says", "Talks Dead"), ("Velm", "Blames", "Tarsk")]),
])
def test_a_second_present_predicate_after_a_comma_is_the_speakers(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a content with a verb of its own keeps the comma: the second word may be its subject's
    ("Velm says talks are dead, blames remain", [("Velm", "says", "talks are dead, blames remain")]),
    ("Velm Says Talks Are Dead, Blames Remain.", [("Velm", "Says", "Talks Are Dead, Blames Remain")]),
    # a participle after a noun in a past report is the noun's
    ("He said the talks, blamed on Tarsk, were dead.", [("He", "said", "the talks, blamed on Tarsk, were dead")]),
    # a plural noun after the comma before a plain verb opens no predicate
    ("Velm says wages, prices rose.", [("Velm", "says", "wages, prices rose")]),
])
def test_a_comma_inside_a_clause_keeps_the_content(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Despite admitting the talks had stalled, the minister backed the plan.",
     [("the minister", "admitting", "the talks had stalled")]),
    # the main clause's subject speaks whatever its head noun
    ("Despite admitting the talks had stalled, the speaker backed the plan.",
     [("the speaker", "admitting", "the talks had stalled")]),
    ("Despite admitting the talks had stalled, the embattled speaker backed the plan.",
     [("the embattled speaker", "admitting", "the talks had stalled")]),
    ("Admitting the talks had stalled, the speaker backed the plan.",
     [("the speaker", "Admitting", "the talks had stalled")]),
    ("Despite admitting the talks had stalled, the spokeswoman for the ministry insisted the plan would work.",
     [("the spokeswoman for the ministry", "admitting", "the talks had stalled"),
      ("the spokeswoman for the ministry", "insisted", "the plan would work")]),
    # a demonstrative, no clause: nothing reported
    ("By saying that, the speaker angered the allies.", []),
])
def test_the_main_clauses_subject_speaks_for_an_opening_gerund(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the person threatened or accused stays in the content with what is threatened or charged
    ("Tarsk threatened Velm with sanctions.", [("Tarsk", "threatened", "Velm with sanctions")]),
    ("Tarsk threatened the rebels with arrest.", [("Tarsk", "threatened", "the rebels with arrest")]),
    ("Tarsk accused Velm of stalling.", [("Tarsk", "accused", "Velm of stalling")]),
    ("Tarsk warned Velm of consequences.", [("Tarsk", "warned", "Velm of consequences")]),
    ("Tarsk urged Velm to withdraw.", [("Tarsk", "urged", "Velm to withdraw")]),
    # without a person object the threat is the content; after "to" the act
    ("Tarsk threatened sanctions.", [("Tarsk", "threatened", "sanctions")]),
    ("Tarsk threatened to hit Velm with sanctions.", [("Tarsk", "threatened", "hit Velm with sanctions")]),
    # an audience of telling is no part of what is said
    ("Tarsk told reporters the talks had failed.", [("Tarsk", "told", "the talks had failed")]),
])
def test_a_person_object_with_its_phrase_stays_in_the_content(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a single-quoted word may open the object of a speaker's verb
    ("Retired General Reveals 'Demoralizing' Experience Of Serving In Velm.",
     [("Retired General", "Reveals", "'Demoralizing' Experience Of Serving In Velm")]),
    ("The minister announced 'tough' new sanctions.", [("The minister", "announced", "'tough' new sanctions")]),
    ("Velm Minister Announces New Sanctions On Tarsk.",
     [("Velm Minister", "Announces", "New Sanctions On Tarsk")]),
    ("The minister announced new sanctions.", [("The minister", "announced", "new sanctions")]),
])
def test_a_speakers_noun_phrase_object_is_reported(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    # evidence that shows a noun phrase is the writer's reading; only a clause is reported
    ("New Poll Shows Narrow Lead For Velm Party.", []),
    ("The poll shows a tightening race.", []),
    ("The poll shows that the race is tightening.", [("The poll", "shows", "the race is tightening")]),
    # a person who shows something displays it
    ("The navy showed 'remarkable' restraint.", []),
])
def test_evidence_with_a_noun_phrase_object_reports_nothing(text, expected):
    assert relations(text) == expected
