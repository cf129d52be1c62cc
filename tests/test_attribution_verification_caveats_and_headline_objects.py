"""The attribution lens on the writer's check on a report and on a headline's bare noun object
(datasets/ANNOTATION.md §6.1, §6.2): a concessive clause after a comma whose predicate is a hedge of
verification (", though the date could not be confirmed", ", but the toll remains unclear") is the
writer's, not the speaker's; a headline's second "-s" predicate after a comma goes back to the cue's
subject with a bare noun as its object ("Tarsk accuses Orsa of jamming, threatens response"); and a
report with a noun-phrase object inside a reported clause is a relation of its own when its subject
can speak. Constructed wire-style sentences; each rule is checked with its near misses."""

from __future__ import annotations

import pytest

from attribution_relations import by_cue, relations


def _content(text: str, cue: str) -> str | None:
    hit = by_cue(text, cue)
    assert hit is not None, relations(text)
    return hit[2]


@pytest.mark.parametrize("text, cue, content", [
    ("A video released last week showed the two envoys looking tired but unharmed, though the date of "
     "the recording could not be confirmed.", "showed", "the two envoys looking tired but unharmed"),
    ("Velm said two soldiers were killed, although the report could not be independently verified.",
     "said", "two soldiers were killed"),
    ("Velm said the strike hit a fuel depot, but the toll remains unclear.", "said", "the strike hit a fuel depot"),
    ("Tarsk said its drones had downed a helicopter, though the claim has not been verified.",
     "said", "its drones had downed a helicopter"),
    ("Kessia said the ceasefire would hold, though it was not immediately clear when it would start.",
     "said", "the ceasefire would hold"),
    ("Velm said the convoy had reached the town, though news agencies could not independently confirm the account.",
     "said", "the convoy had reached the town"),
])
def test_a_verification_hedge_after_a_comma_ends_the_content(text, cue, content):
    assert _content(text, cue) == content


@pytest.mark.parametrize("text, cue, content", [
    # a concessive clause of another predicate stays in the report
    ("Velm said the talks would resume, though no date had been set.",
     "said", "the talks would resume, though no date had been set"),
    ("Velm said the troops were confirmed dead, though the families had not been told.",
     "said", "the troops were confirmed dead, though the families had not been told"),
    # a verification verb inside the reported clause, before the comma, is the clause's own
    ("Velm said the army could not confirm the toll, though officials had not been told.",
     "said", "the army could not confirm the toll, though officials had not been told"),
    # without a comma and a concessive conjunction there is no caveat of the writer's
    ("Velm said the date of the recording could not be confirmed.",
     "said", "the date of the recording could not be confirmed"),
])
def test_other_concessive_clauses_stay_in_the_report(text, cue, content):
    assert _content(text, cue) == content


@pytest.mark.parametrize("text, expected", [
    # a headline line with no final punctuation
    ("Tarsk accuses Orsa of jamming GPS signals, threatens response",
     [("Tarsk", "accuses", "Orsa of jamming GPS signals"), ("Tarsk", "threatens", "response")]),
    # a heading line above a body
    ("Velm accuses Kessia of shelling border town, vows retaliation\n\nVelm said on Monday it would respond.",
     [("Velm", "accuses", "Kessia of shelling border town"), ("Velm", "vows", "retaliation"),
      ("Velm", "said", "it would respond")]),
])
def test_a_headlines_second_predicate_takes_a_bare_noun(text, expected):
    assert relations(text) == expected


@pytest.mark.parametrize("text, cue, content", [
    # a body sentence keeps its reading
    ("Tarsk accuses Orsa of jamming GPS signals, threatens response.",
     "accuses", "Orsa of jamming GPS signals, threatens response"),
    # in a headline too, no second predicate without an "-s" verb, nor with a function word after it
    ("Velm says talks dead, sanctions next", "says", "talks dead, sanctions next"),
])
def test_a_bare_noun_after_a_comma_elsewhere_keeps_its_reading(text, cue, content):
    assert _content(text, cue) == content


@pytest.mark.parametrize("text, expected", [
    # a report with a noun-phrase object nests in the reported clause when its subject can speak
    ("The ministry said the minister had reported interference on 40 flights in the past week.",
     [("The ministry", "said", "the minister had reported interference on 40 flights in the past week"),
      ("the minister", "had reported", "interference on 40 flights in the past week")]),
    ("Officials said Velm had announced new sanctions.",
     [("Officials", "said", "Velm had announced new sanctions"), ("Velm", "had announced", "new sanctions")]),
    # evidence that shows a noun phrase reports nothing, inside a report too
    ("The ministry said the figures showed a sharp rise.",
     [("The ministry", "said", "the figures showed a sharp rise")]),
    # a wish inside a reported clause is part of that content
    ("The ministry said the minister wants new talks.",
     [("The ministry", "said", "the minister wants new talks")]),
])
def test_a_report_with_an_object_nests_in_a_reported_clause(text, expected):
    assert relations(text) == expected
