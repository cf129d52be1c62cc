"""Attribution: warnings and advice against something, bare refusals before a participle, the
writer's renaming noun with a relative clause whose verb labels it "as", a headline's second
predicate, and contents that are never empty.

- A verb of warning or advising takes what it warns against, a gerund or a noun phrase after
  "against", as its content ("cautioned against haste"), as "warned against" does; other verbs
  before "against" name an act ("voted against the bill").
- A refusal with nothing refused ("Tarsk refused, saying ...") reports nothing: the participle after
  the comma is a report of its own, never the refusal's content.
- ", a remark that Velm regards as a direct threat" renames the content before it and ends it; its
  "that" is a relative pronoun (the verb has "as" right after it), so "remark" reports nothing and
  "regards" reports its label.
- In a headline a present-tense verb after a comma shares the first predicate's subject ("Tarsk
  suspends arms treaty, says ...").
"""

from __future__ import annotations

import pytest

import course
from attribution_relations import by_cue, relations, relations_with_kind


# --- Warnings and advice against something -------------------------------------------------------

@pytest.mark.parametrize("text, cue, content", [
    ("Analysts cautioned against reading too much into the movements.", "cautioned",
     "against reading too much into the movements"),
    ("The minister cautioned against haste.", "cautioned", "against haste"),
    ("Officials advised against travelling to the border.", "advised", "against travelling to the border"),
    ("Analysts are cautioning against any hasty conclusions.", "are cautioning", "against any hasty conclusions"),
    # (as "warned" does, the person warned stays in the content)
    ("The minister cautioned Tarsk against any escalation.", "cautioned", "Tarsk against any escalation"),
    ("The envoy advised them against haste.", "advised", "them against haste"),
])
def test_warning_against_reports_what_is_warned_against(text, cue, content):
    rel = by_cue(text, cue)
    assert rel is not None and rel[2] == content, relations(text)


def test_warned_against_keeps_its_reading():
    assert relations("Analysts warned against reading too much into the movements.") == [
        ("Analysts", "warned", "against reading too much into the movements")]


@pytest.mark.parametrize("text", [
    "Tarsk voted against the bill.",
    "The army fought against the rebels.",
    "The court ruled against the ministry.",
    "The minister cautioned the army.",
])
def test_other_verbs_before_against_and_a_bare_object_report_nothing(text):
    assert relations(text) == []


def test_against_inside_an_aside_is_no_content():
    assert relations("Analysts cautioned, against all expectations, that the deal would hold.") == [
        ("Analysts", "cautioned", "the deal would hold")]


# --- Bare refusals before a participle ------------------------------------------------------------

def test_a_bare_refusal_before_a_participle_reports_nothing():
    assert relations("Tarsk has so far refused, saying its territory is not subject to inspection.") == [
        ("Tarsk", "saying", "its territory is not subject to inspection")]


def test_a_bare_decline_leaves_the_participle_and_the_refusal_to_speak():
    assert relations("The ministry declined, saying it would not comment.") == [
        ("The ministry", "saying", "it would not comment"),
        ("it", "would not comment", None),
    ]


def test_an_opening_participle_clause_is_neither_content_nor_source():
    assert relations("Asked about the report, the ministry declined, saying it would not comment.") == [
        ("the ministry", "saying", "it would not comment"),
        ("it", "would not comment", None),
    ]
    assert by_cue("Speaking to reporters, the minister left the room, saying the talks had failed.",
                  "saying")[0] == "the minister"


def test_refusals_with_what_is_refused_keep_their_content():
    assert relations("The ministry declined to comment, saying the talks were private.") == [
        ("The ministry", "declined", "comment"),
        ("The ministry", "saying", "the talks were private"),
    ]
    assert by_cue("The court refused to extradite Sava, citing the treaty.", "refused")[2] == "extradite Sava"


def test_an_aside_closed_before_the_clause_keeps_the_clause():
    assert relations("Officials believe, speaking privately, that the talks will fail.") == [
        ("Officials", "believe", "the talks will fail")]


def test_a_report_in_the_middle_of_its_clause_keeps_the_clause():
    assert relations("Lorvia, she said, was prepared to allow inspectors.") == [
        ("she", "said", "was prepared to allow inspectors")]


# --- No empty contents ----------------------------------------------------------------------------

def _contents(text):
    return [r.content for r in course.analyze(text).attributions]


@pytest.mark.parametrize("text", [
    "It is possible for both players to raise in the same trick (the follower before replying).",
    "Portions of the minutes can be read at: \"",
    "The ministry declined, saying it would not comment.",
])
def test_a_content_holds_a_word_or_is_none(text):
    for content in _contents(text):
        assert content is None or any(ch.isalnum() for ch in content.text), content


def test_no_content_in_the_kits_articles_is_empty():
    for name in course.list_articles():
        if name.startswith("heldout"):
            continue
        for content in _contents(course.load_article(name).text):
            assert content is None or (content.text and any(ch.isalnum() for ch in content.text)), (name, content)


# --- The writer's renaming noun, its relative clause labelling it "as" -----------------------------

@pytest.mark.parametrize("renaming", [
    "remarks that Velm regards as a direct threat",
    "a remark that Velm regards as a direct threat",
    "a remark Velm regards as a direct threat",
    "a remark which Velm regards as a direct threat",
])
def test_a_renaming_ends_the_content_and_its_relative_clause_reports_the_label(renaming):
    text = f"Tarsk has questioned Velm's right to exist, {renaming}."
    assert relations(text) == [
        ("Tarsk", "has questioned", "Velm's right to exist"),
        ("Velm", "regards", "a direct threat"),
    ]


def test_a_contact_relative_with_a_label_reports_the_label():
    assert by_cue("Velm halted the talks, a finding officials dismissed as politically motivated.",
                  "dismissed")[:3] == ("officials", "dismissed", "politically motivated")
    assert by_cue("Velm halted the gas deliveries, a decision that Tarsk described as politically motivated.",
                  "described")[:3] == ("Tarsk", "described", "politically motivated")


def test_a_quoted_label_that_closes_the_sentence_is_direct():
    rel = [r for r in relations_with_kind('Velm halted the talks, a move that Tarsk described as "a provocation."')
           if r[1] == "described"]
    assert rel == [("Tarsk", "described", "a provocation", "direct", "neutral")]
    # (inside brackets the quoted label keeps its marks)
    assert by_cue('Velm halted the talks (which Tarsk described as "a gift").', "described")[2] == '"a gift"'


@pytest.mark.parametrize("text, content", [
    # a that-clause with its own object is the noun's content
    ("Tarsk said the envoy made a remark that the talks had failed.", "the talks had failed"),
    ("Velm repeated the claim that Tarsk regards the talks as a trap.", "Tarsk regards the talks as a trap"),
    # "as" after a verb that takes no object is no label of a moved object
    ("Velm repeated the claim that Tarsk acts as a spoiler.", "Tarsk acts as a spoiler"),
])
def test_a_noun_of_speech_with_a_content_clause_keeps_it(text, content):
    noun = next(r for r in relations(text) if r[1] in ("remark", "claim"))
    assert noun[2] == content


def test_a_relative_pronoun_object_without_a_label_keeps_the_pronoun():
    assert by_cue("The bank outlined a strategy, which the bank detailed in its filings.", "detailed")[2] == "which"


# --- A headline's second predicate ----------------------------------------------------------------

@pytest.mark.parametrize("text, cue, source, content", [
    ("Tarsk suspends arms treaty, says Velm violated it first", "says", "Tarsk", "Velm violated it first"),
    ("Velm expels envoy, accuses Tarsk of spying", "accuses", "Velm", "Tarsk of spying"),
    ("Velm's president pulls out of talks, says Tarsk lied", "says", "Velm's president", "Tarsk lied"),
    ("Tarsk suspends arms treaty, says Velm violated it first\n\nThe move came after weeks of tension.", "says",
     "Tarsk", "Velm violated it first"),
])
def test_a_headlines_second_predicate_shares_the_first_ones_subject(text, cue, source, content):
    assert by_cue(text, cue)[:3] == (source, cue, content)


def test_body_sentences_and_other_headlines_keep_their_reading():
    assert relations("The talks, officials say, failed.") == [("officials", "say", "failed")]
    # a full stop makes it a body sentence, where the comma joins no headline predicates
    assert by_cue("Tarsk suspends arms treaty, says Velm violated it first.", "says")[0] is None
    # a clause before the comma has no one subject for the second predicate
    assert by_cue("Arms talks collapse as Tarsk walks out, says Velm lied", "says")[0] is None
    # an inverted source after the cue keeps it
    assert by_cue("Talks fail, says Velm envoy", "says")[:3] == ("Velm envoy", "says", "Talks fail")
