"""The hedging lens on open questions (datasets/ANNOTATION.md §4, "Decided (a question left open)"):
"if" meaning "whether" only where a verb of asking or knowing governs it, and "it is not clear"
turned round after "nor". Each case is checked both ways."""

from __future__ import annotations

import pytest

from hedging_marks import marks


@pytest.mark.parametrize("text, found", [
    ("Officials want to know if the talks will resume.", [("if", "investigation")]),
    ("Reporters asked him if he would resign.", [("if", "investigation")]),
    ("It is unclear if the talks will resume.", [("unclear", "investigation"), ("if", "investigation")]),
    ("Monitors will check if the ceasefire holds.", [("if", "investigation")]),
])
def test_if_after_a_verb_of_asking_or_knowing_opens_a_question(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text", [
    # a complementizer or a comma in between opens a clause in which "if" sets a condition
    "Let everyone know that if the talks fail, Velm will defend itself.",
    "He made it known that if the talks fail, Velm would respond.",
    "Officials know, if the talks fail, that Velm will respond.",
])
def test_if_inside_a_reported_clause_sets_a_condition(text):
    assert marks(text) == [("if", "conditional")]


@pytest.mark.parametrize("text, found", [
    ("Nor is it clear that further sanctions would deter Tarsk.",
     [("Nor is it clear", "epistemic"), ("would", "epistemic")]),
    ("Nor was it clear whether the convoy had crossed.",
     [("Nor was it clear", "investigation"), ("whether", "investigation")]),
    ("It is not clear whether the convoy had crossed.",
     [("not clear", "investigation"), ("whether", "investigation")]),
])
def test_clarity_denied_after_nor_is_a_hedge(text, found):
    assert marks(text) == found


@pytest.mark.parametrize("text", [
    # "nor" with clarity affirmed, and "it is clear" itself, are no hedges
    "The talks did not fail, nor did the envoy leave.",
    "It is clear that the convoy crossed.",
])
def test_nor_without_clarity_denied_is_no_hedge(text):
    assert [m for m in marks(text) if m[1] in ("epistemic", "investigation")] == []
