"""Boosters that pronounce a verdict: "there is little doubt", the pseudo-cleft "What is clear is
that ...", and "obvious" or "evident" as the whole complement of a linking verb (ANNOTATION.md §5;
Hyland 2005, Martin & White 2005: pronounce and concur)."""

from __future__ import annotations

import pytest

from course import analyze
from hedging_marks import marks


@pytest.mark.parametrize("text, mark", [
    ("There is little doubt that sanctions played a role.", ("There is little doubt", "certainty")),
    ("There can be little doubt about the outcome.", ("There can be little doubt", "certainty")),
    ("There was little doubt that the vote would pass.", ("There was little doubt", "certainty")),
    ("What is certain is that the move surprised Brussels.", ("What is certain is", "certainty")),
    ("What is clear is that the talks have stalled.", ("What is clear is", "certainty")),
    ("What is obvious is that neither side wants war.", ("What is obvious is", "concurrence")),
    ("The risks for Tarsk are obvious.", ("obvious", "concurrence")),
    ("The damage was all too evident, and the talks stalled.", ("evident", "certainty")),
    ("The reasons are obvious to all.", ("obvious", "concurrence")),
])
def test_a_pronounced_verdict_is_a_booster(text, mark):
    assert mark in marks(text)


@pytest.mark.parametrize("text", [
    "It was an obvious target for the rebels.",     # describes the noun
    "The evident strain showed on the envoy's face.",
    "What is certain about the plan remains unknown.",  # a question about it, no verdict
    "The risks are obvious reasons for caution.",   # not the whole complement
])
def test_the_same_words_with_no_verdict_are_no_booster(text):
    assert not any(label in ("certainty", "concurrence") for _, label in marks(text))


def test_the_writers_verdict_is_listed_as_unattributed():
    text = "The risks for Tarsk are obvious."
    assert [u.text for u in analyze(text).unattributed] == [text]
