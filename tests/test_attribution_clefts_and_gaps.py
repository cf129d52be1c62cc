"""Free relatives and pseudo-clefts that open the sentence ("What Lavrov said was that ..."), an idiom
of arguing after a verb of intention, a relative clause without "that" after "a" + a noun, an audience
before a clause without "that", and the verbs of replying, which report words only with a clause or a
quotation (ANNOTATION.md §6.1, §6.2).
"""

from __future__ import annotations

import pytest

from attribution_relations import relations as rows


# ----------------------------------------------------------------------------- pseudo-clefts


@pytest.mark.parametrize("text", [
    "What Lavrov said was that the talks had failed.",
    "What Lavrov said in Geneva was that the talks had failed.",
])
def test_a_pseudo_cleft_with_be_and_that_reports_the_clause_with_or_without_a_setting(text):
    assert rows(text) == [("Lavrov", "said", "the talks had failed")]


@pytest.mark.parametrize("text", [
    "What Lavrov said surprised many.",
    "What Lavrov said in Geneva surprised many.",
    "What the envoy told reporters on Monday angered Velm.",
    "What Lavrov said will anger Velm.",
    "What Lavrov said was a warning.",
])
def test_a_sentence_first_free_relative_is_the_subject_and_reports_nothing(text):
    assert rows(text) == []


def test_near_misses_of_the_free_relative_keep_their_reports():
    assert rows("He said the result surprised many.") == [("He", "said", "the result surprised many")]
    assert rows("That was what Brisk said when she resigned.") == [("Brisk", "said", "what")]
    assert rows("The shells hit what the army said was a weapons depot.") == [
        ("the army", "said", "was a weapons depot")]
    assert rows("What the minister told reporters was that the talks had failed.") == [
        ("the minister", "told", "the talks had failed")]


# ----------------------------------------------------------------------------- idioms of arguing


@pytest.mark.parametrize("verb", ["sought", "wanted"])
def test_an_idiom_of_arguing_after_a_verb_of_intention_is_its_content(verb):
    assert rows(f"The minister {verb} to make clear that the talks had failed.") == [
        ("The minister", verb, "make clear that the talks had failed")]
    assert rows(f"The minister {verb} to make the case that the talks had failed.") == [
        ("The minister", verb, "make the case that the talks had failed")]


def test_near_misses_of_the_idiom_keep_their_reading():
    # a catenative joins the idiom's cue; the idiom alone is a cue; a verb of saying stays content
    assert rows("The minister tried to make clear that the talks had failed.") == [
        ("The minister", "tried to make clear", "the talks had failed")]
    assert rows("The minister made clear that the talks had failed.") == [
        ("The minister", "made clear", "the talks had failed")]
    assert rows("The minister sought to deny that the talks had failed.") == [
        ("The minister", "sought", "deny that the talks had failed")]
    # "make sure" is no idiom of arguing: the intention keeps its clause
    assert rows("The plan is intended to make sure that the rich pay more.") == [
        (None, "is intended", "the rich pay more")]


# ----------------------------------------------------------------------------- contact clauses


@pytest.mark.parametrize("text, source", [
    ("The shells hit a depot officials said was empty.", "officials"),
    ("The army shelled a school residents said was empty.", "residents"),
    ("The shells hit a depot that officials said was empty.", "officials"),
])
def test_a_bare_plural_after_a_and_a_noun_opens_a_relative_clause(text, source):
    assert rows(text) == [(source, "said", "was empty")]


def test_a_quantity_keeps_its_plural():
    assert rows("A few officials said the depot was empty.") == [("A few officials", "said", "the depot was empty")]
    assert rows("A dozen officials said the depot was empty.") == [("A dozen officials", "said", "the depot was empty")]
    assert rows("The shells hit a depot, officials said.") == [("officials", "said", "The shells hit a depot")]


# ----------------------------------------------------------------------------- audiences


@pytest.mark.parametrize("text, content", [
    ("He told the series it is clear that the talks failed.", "it is clear that the talks failed"),
    ("He told reporters it is clear that the talks failed.", "it is clear that the talks failed"),
    ("She told her audience they were safe.", "they were safe"),
])
def test_a_noun_phrase_before_a_pronoun_subject_and_its_verb_is_the_audience(text, content):
    assert rows(text) == [(text.split()[0], "told", content)]


@pytest.mark.parametrize("text, content", [
    ("He told the story he had heard.", "the story he had heard"),
    ("He told the story he heard in Geneva.", "the story he heard in Geneva"),
    ("She told the truth.", "the truth"),
    ("He told the series that the talks failed.", "the talks failed"),
])
def test_an_object_with_a_relative_clause_stays_what_was_told(text, content):
    assert rows(text) == [(text.split()[0], "told", content)]


# ----------------------------------------------------------------------------- verbs of replying


@pytest.mark.parametrize("text", [
    "He responded then the same way that we must respond now: with force.",
    "The army responded with force.",
    "The army responded in kind.",
])
def test_a_verb_of_replying_with_a_manner_names_an_act(text):
    assert rows(text) == []


@pytest.mark.parametrize("text, content", [
    ("The ministry responded that the talks had failed.", "the talks had failed"),
    ("The ministry responded in a statement that the talks had failed.", "the talks had failed"),
    ("The ministry responded this week that the talks had failed.", "the talks had failed"),
    ('The ministry responded: "We will not yield."', "We will not yield"),
    ('"We will not yield," the ministry responded.', "We will not yield"),
    ("The ministry did not immediately respond to requests for comment.", "requests for comment"),
])
def test_a_verb_of_replying_with_a_clause_or_a_quotation_reports(text, content):
    assert [r[2] for r in rows(text)] == [content]


@pytest.mark.parametrize("text", [
    "The minister replied with a shrug.",
    "The minister replied in kind.",
    "The minister replied to the letter.",
    # a demonstrative after "to" is the thing answered, no clause
    "The minister responded to that.",
    "Can you respond to that?",
])
def test_a_reply_with_a_manner_or_its_object_names_an_act(text):
    assert rows(text) == []


def test_a_reply_with_its_words_or_a_text_saying_them_reports():
    assert rows("The minister replied to reporters that the talks had failed.") == [
        ("The minister", "replied", "the talks had failed")]
    assert rows('"No," the minister replied.') == [("the minister", "replied", "No")]
    assert rows("The minister replied.") == [("The minister", "replied", None)]
    # the text that says the words is the speaker, as after "wrote a letter" (§6.1)
    assert rows("The minister replied with a statement saying the talks had failed.") == [
        ("a statement", "saying", "the talks had failed")]
    assert rows("The minister did not reply to requests for comment.") == [
        ("The minister", "did not reply", "requests for comment")]


@pytest.mark.parametrize("text, content", [
    # an audience of several words before a clause whose verb group is a passive or an adjective
    ("His wife told a local broadcaster she was terrified.", "she was terrified"),
    # a passive of telling keeps a gap for the noun: a relative clause, the noun phrase is what was told
    ("He told the story he was told.", "the story he was told"),
])
def test_an_audience_before_a_passive_clause(text, content):
    assert rows(text)[0][2] == content


def test_an_audience_before_a_clause_that_goes_on_in_quotation_marks():
    assert rows('His wife told a local broadcaster she was "terrified".')[0][2] == 'she was "terrified"'


@pytest.mark.parametrize("text, expected", [
    # "that" + a past verb + a bare plural object opens a relative clause on the noun before it
    ("Analysts found code in the malware that matched tools previously used by Unit 2240.", []),
    # ... but an adjective in -ed before a plural subject and its verb opens the reported clause
    ("Officials said that wounded soldiers were evacuated.", [("Officials", "said", "wounded soldiers were evacuated")]),
    ("Officials said that trained units remained.", [("Officials", "said", "trained units remained")]),
])
def test_that_before_a_past_verb_and_a_bare_plural(text, expected):
    assert rows(text) == expected
