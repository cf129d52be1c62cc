"""The attribution lens on an adverb inside a noun-phrase object and on a plain form after "and"
that breaks the tense of the verb before it (datasets/ANNOTATION.md §6.1-§6.2). Checked both ways."""

from __future__ import annotations

import pytest

from attribution_relations import relations


@pytest.mark.parametrize("text, content", [
    # an adverb grading a participle before a noun belongs to the object
    ("Drava's allies have proposed jointly owned drones.", "jointly owned drones"),
    ("The ministry proposed closely monitored talks.", "closely monitored talks"),
    ("The envoy said publicly released figures showed a rise.", "publicly released figures showed a rise"),
    ("The minister confirmed widely reported plans to close the embassy.",
     "widely reported plans to close the embassy"),
])
def test_an_adverb_before_a_participle_and_its_noun_is_part_of_the_content(text, content):
    assert [r[2] for r in relations(text)] == [content]


@pytest.mark.parametrize("text", [
    # an adverb of the verb of saying stays out
    "The envoy said repeatedly that the talks had failed.",
    "The envoy said privately that the talks had failed.",
])
def test_an_adverb_of_the_saying_stays_out_of_the_content(text):
    assert [r[2] for r in relations(text)] == ["the talks had failed"]


def test_a_plain_form_after_and_that_breaks_the_past_is_no_second_verb():
    text = "Brisk told reporters that hacking of the ministry and state election offices had been traced to Tarsk."
    assert relations(text) == [
        ("Brisk", "told", "hacking of the ministry and state election offices had been traced to Tarsk")]


@pytest.mark.parametrize("text, second", [
    # coordinated verbs that agree in tense share the subject
    ("Calder pledged that the port would reopen and said she would visit.", ("Calder", "said", "she would visit")),
    ("The minister says the talks have failed and adds that sanctions are coming.",
     ("The minister", "adds", "sanctions are coming")),
    ("The minister said the talks had failed and warned of sanctions.", ("The minister", "warned", "of sanctions")),
])
def test_coordinated_verbs_in_one_tense_share_their_subject(text, second):
    assert relations(text)[1] == second


@pytest.mark.parametrize("text, expected", [
    # a two-word adverb between the subject and its verb, as "so far" or "in turn"
    ("Both sides have at times accused the other of staging attacks.",
     [("Both sides", "accused", "the other of staging attacks")]),
    ("Tarsk has in private argued that the deal was dead.", [("Tarsk", "argued", "the deal was dead")]),
    ("Velm at first denied the report.", [("Velm", "denied", "the report")]),
    # a pronoun of people with its relative clause speaks ("those who")
    ("Those who stayed said they had nowhere else to go.",
     [("Those who stayed", "said", "they had nowhere else to go")]),
    ("Those who had fled the town said they were afraid.",
     [("Those who had fled the town", "said", "they were afraid")]),
    # near misses: the phrases as settings, a pronoun of things
    ("Velm said in public that the deal was dead.", [("Velm", "said", "the deal was dead")]),
    ("The talks took place in private.", []),
    ("Those that remain tend to rust.", []),
])
def test_two_word_adverbs_and_pronouns_of_people(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quantifier that opens the sentence is the subject of the past verb after it
    ("Some said the swap showed that quiet talks could still deliver results.",
     [("Some", "said", "the swap showed that quiet talks could still deliver results"),
      ("the swap", "showed", "quiet talks could still deliver results")]),
    ("Many argued the deal was flawed.", [("Many", "argued", "the deal was flawed")]),
    # "the said treaty" keeps its adjective
    ("The said treaty was signed.", []),
])
def test_a_quantifier_opening_the_sentence_speaks(text, expected):
    assert relations(text) == expected
