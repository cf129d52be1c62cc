"""The attribution lens on a participle of inference after a comma (datasets/ANNOTATION.md §6.1):
", suggesting that ..." draws a conclusion from the clause before it. When that clause's subject
cannot speak, or its speaker said nothing, the inference is the writer's and the relation has no
source; after a speaker's words or act the speaker keeps it. An object moved into "what" before the
aside "if anything" is that pronoun, and a report inside an aside of time between the subject and its
verb ends at the aside's closing comma (§6.2). Constructed wire-style sentences."""

from __future__ import annotations

import pytest

from attribution_relations import relations, unattributed


@pytest.mark.parametrize("text, expected", [
    ("The price of gas rose sharply in May, suggesting that the sanctions were working.",
     [(None, "suggesting", "the sanctions were working")]),
    ("The ceasefire has largely held, indicating that both sides want a deal.",
     [(None, "indicating", "both sides want a deal")]),
    ("Tarsk's state media said nothing for two days, suggesting that officials were unsure how to react.",
     [("Tarsk's state media", "said", "nothing for two days"),
      (None, "suggesting", "officials were unsure how to react")]),
])
def test_an_inference_from_a_clause_where_no_one_speaks_is_the_writers(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Velm said talks would resume, suggesting that a deal was close.",
     [("Velm", "said", "talks would resume"), ("Velm", "suggesting", "a deal was close")]),
    ("The minister spoke for an hour, suggesting that talks could resume.",
     [("The minister", "suggesting", "talks could resume")]),
    ("Tarsk moved troops to the border, indicating that it was ready to fight.",
     [("Tarsk", "indicating", "it was ready to fight")]),
    # evidence can show: a text keeps its reading
    ("The figures were published in May, indicating that the sanctions were working.",
     [("The figures", "indicating", "the sanctions were working")]),
    # a participle of saying keeps the clause's subject as written
    ("The ministry issued a statement on Monday, saying that talks could resume.",
     [("The ministry", "saying", "talks could resume")]),
])
def test_a_speaker_before_the_participle_keeps_it(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an object moved into "what" before the aside "if anything": the aside is no clause reported
    ("Nobody knows what, if anything, the minister said to him.", [("the minister", "said", "what")]),
    ("It was not immediately clear what, if anything, Velm had offered in return.", []),
    ("It is unclear how much, if any, the ministry knew.", []),
    # a clause with a report set in its middle keeps its reading
    ("The deal, the minister said, was dead.", [("the minister", "said", "was dead")]),
])
def test_an_object_moved_into_what_before_if_anything(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a report inside an aside of time between the subject and its verb ends at the closing comma
    ("Yet the timing, days after Tarsk announced new restrictions on foreign ships, was hardly a coincidence.",
     [("Tarsk", "announced", "new restrictions on foreign ships")]),
    ("The visit, a week after Velm said it would expel two diplomats, was cancelled.",
     [("Velm", "said", "it would expel two diplomats")]),
    ("On Monday, days after Tarsk announced new restrictions, Velm said the talks were over.",
     [("Tarsk", "announced", "new restrictions"), ("Velm", "said", "the talks were over")]),
    # a report that is the main clause keeps its whole content
    ("Velm said the visit, a week after the vote, was cancelled.",
     [("Velm", "said", "the visit, a week after the vote, was cancelled")]),
])
def test_a_report_inside_an_aside_of_time_ends_at_its_comma(text, expected):
    assert relations(text) == expected


def test_the_writers_main_clause_after_the_aside_is_listed():
    text = "Yet the timing, days after Tarsk announced new restrictions, was hardly a coincidence."
    assert unattributed(text) == [text]
