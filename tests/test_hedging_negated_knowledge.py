"""The hedging lens on contracted modals, multipliers, negated knowledge, words quoted as words and
reported permission "could" (datasets/ANNOTATION.md §4 and §5). Each case is checked both ways: the stance found, and its near miss left alone."""

from __future__ import annotations

import pytest

from course.document import build_document
from course.lenses import hedging


def marks(text: str) -> list[tuple[str, str, str]]:
    """(text, category, label) of every hedge and booster found in ``text``."""
    return [(a.text, a.category, a.label) for a in hedging.annotate(build_document(text))]


def texts(text: str) -> list[str]:
    return [a.text for a in hedging.annotate(build_document(text))]


# ----------------------------------------------------------------------------- contracted modals


@pytest.mark.parametrize("text, found", [
    # a first person with a full clause after "would not say" is the hedge of "I would say"
    ('"But I wouldn\'t say the numbers are meaningless."', [("wouldn't", "hedge", "epistemic")]),
    ("But I would not say the numbers are meaningless.", [("would", "hedge", "epistemic")]),
    ('"We wouldn’t say that the talks failed," she said.', [("wouldn’t", "hedge", "epistemic")]),
    ("I wouldn't say so.", [("wouldn't", "hedge", "epistemic")]),
    # the contracted modal is its modal: the row "would", "might", "could (not) have" meet it
    ("That wouldn't be a mistake.", [("wouldn't", "hedge", "epistemic")]),
    ("The truce mightn't hold.", [("mightn't", "hedge", "epistemic")]),
    ("They couldn't have known.", [("couldn't", "hedge", "epistemic")]),
])
def test_contracted_modals_read_as_the_modal_and_not(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text, found", [
    # a refusal takes an open question or a topic, or nothing: no hedge on "would"
    ("The spokesman wouldn't say whether the talks had failed.", ["whether"]),
    ("I would not say whether the talks failed.", ["whether"]),
    ("He wouldn't say.", []),
    ("I wouldn't comment on that.", []),
    ("We wouldn't accept a buffer zone.", []),
    # a third person with a clause stays a reported refusal
    ("He wouldn't say the numbers are meaningless.", []),
    # negated past ability and a plain negated future are no hedges, contracted or not
    ("They couldn't stop the tanks.", []),
    ("Moscow won't accept that.", []),
    # "shouldn't" is no inverted conditional
    ("They shouldn't go.", []),
])
def test_contracted_refusals_and_facts_stay_unmarked(text, found):
    assert texts(text) == found


def test_a_contracted_modal_is_one_span_and_keeps_its_offsets():
    text = "It mightn’t hold."
    (a,) = hedging.annotate(build_document(text))
    assert text[a.start:a.end] == a.text == "mightn’t"
    assert a.rule == "hedges.tsv: might"


def test_the_reading_of_contractions_leaves_other_apostrophes_alone():
    toks, made = hedging._reading(build_document("The won ' t and Lorvia's won't.").tokens)
    assert [t.norm for t in toks] == ["the", "won", "'", "t", "and", "lorvia", "'", "s", "will", "not", "."]
    assert [toks[k].text for k in made] == ["'t"]


# ----------------------------------------------------------------------------- multipliers


@pytest.mark.parametrize("text, found", [
    ("Output was roughly double last year's figure.", ["roughly"]),
    ("Exports nearly tripled in a year.", ["nearly"]),
    ("Almost twice as many people fled.", ["Almost"]),
    ("The deficit has more than doubled.", ["more than"]),
    ("Prices roughly halved.", ["roughly"]),
    ("Costs rose to about double.", ["about"]),
    ("Output was around threefold the 2020 level.", ["around"]),
])
def test_an_approximator_before_a_multiplier_is_an_approximator(text, found):
    got = [(a.text, a.label) for a in hedging.annotate(build_document(text))]
    assert [t for t, _ in got] == found
    assert {label for _, label in got} == {"approximator"}


@pytest.mark.parametrize("text", [
    "They talked about double standards.",
    "Some double agents were exposed.",
    "It was a half-hearted effort.",
    "Prices doubled last year.",
    "They accuse the West of double standards.",
])
def test_a_multiplier_of_kind_or_without_an_approximator_is_no_hedge(text):
    assert texts(text) == []


def test_nearly_half_an_hour_stays_an_approximator():
    assert marks("He was nearly half an hour late.") == [("nearly", "hedge", "approximator")]


# ----------------------------------------------------------------------------- negated knowledge


@pytest.mark.parametrize("text, found", [
    ("Nobody knows how many people died.", [("Nobody knows", "hedge", "investigation")]),
    ("No one knows whether the ceasefire will hold.",
     [("No one knows", "hedge", "investigation"), ("whether", "hedge", "investigation")]),
    ("No one can say what happens next.", [("No one can say", "hedge", "investigation")]),
    ("Nobody knows exactly how many fled.", [("Nobody knows", "hedge", "investigation")]),
    ("How many died? Nobody knows.", [("Nobody knows", "hedge", "investigation")]),
    ("We don't know how many were killed.", [("don't know", "hedge", "investigation")]),
    ("We do not know how many were killed.", [("do not know", "hedge", "investigation")]),
    ("The spokesman could not say how many were hurt.", [("could not say", "hedge", "investigation")]),
    ("Others were less sure.", [("less sure", "hedge", "epistemic")]),
    ("Victory is never absolutely certain.", [("never absolutely certain", "hedge", "epistemic")]),
    ("I'm not entirely sure.", [("not entirely sure", "hedge", "epistemic")]),
])
def test_negated_knowledge_is_a_hedge(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text, found", [
    ("Nobody knows him better than his brother.", []),
    ("No one knows that region better than Lorvia.", []),
    ("We know that the plan failed.", []),
    ("Everybody knows the plan failed.", [("Everybody knows", "booster", "concurrence")]),
    ("We don't know him.", []),
    # a full degree is a booster only when it is not negated
    ("Victory is absolutely certain.", [("absolutely", "booster", "emphasis")]),
])
def test_known_people_known_facts_and_plain_certainty_are_no_negated_knowledge(text, found):
    assert marks(text) == found


# ----------------------------------------------------------------------------- use and mention


@pytest.mark.parametrize("text, found", [
    ("When we write 'likely' we mean a probability of 55 to 80 percent.", []),
    ("'Almost certainly' means above 95 percent.", ["above"]),
    ('The term "probably" is defined as a 60 percent chance.', []),
    ("The word “certainly” is used sparingly in the report.", []),
])
def test_a_stance_word_quoted_as_a_word_is_no_mark(text, found):
    assert texts(text) == found


@pytest.mark.parametrize("text, found", [
    ('Asked about the talks, he said "probably".', ["probably"]),
    ("It is likely to rain; we write that down.", ["likely"]),
    ("A 'likely' and 'possible' scale means little.", ["likely", "possible"]),
])
def test_a_quoted_answer_or_an_unquoted_word_is_still_used(text, found):
    assert texts(text) == found


# ----------------------------------------------------------------------------- reported permission


@pytest.mark.parametrize("text", [
    "The ministry said that tankers could apply for individual exemptions.",
    "Officials told reporters that firms could request an extension.",
    "The court said each side could appeal within 30 days.",
])
def test_a_reported_could_of_asking_is_a_permission_not_a_hedge(text):
    assert [a.text for a in hedging.annotate(build_document(text)) if a.text == "could"] == []


@pytest.mark.parametrize("text", [
    "The ministry said the strike could hit the port.",
    "Tankers could apply for exemptions.",
    "Analysts believed Lorvia could appeal the ruling.",
    "“Tankers could apply for exemptions,” the minister said.",
    "The minister says tankers could apply for exemptions.",
])
def test_other_reported_coulds_stay_hedges(text):
    assert "could" in texts(text)
