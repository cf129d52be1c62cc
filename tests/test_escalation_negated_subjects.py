"""The escalation lens on a negated readiness and a negation by the subject, on a result of force
inside a denial, and on a stopped step with an aside before its verb (datasets/ANNOTATION.md §8.4).
Each case is checked both ways: the one mark found, and its near miss left alone."""

from __future__ import annotations

import pytest

from escalation_marks import marks, pairs


@pytest.mark.parametrize("text, expected", [
    # a negated readiness is a refusal that takes in the action refused: one act, one mark
    ("Tarsk is not willing to back down.", [("REJECT", "not willing to back down", ())]),
    ("Tarsk is not willing to withdraw its troops.", [("REJECT", "not willing to withdraw its troops", ())]),
    # a negative subject negates its clause as "not" does, also through a linking verb of seeming
    ("Neither side is willing to back down.", [("REJECT", "willing to back down", ("negated",))]),
    ("No side is willing to back down.", [("REJECT", "willing to back down", ("negated",))]),
    ("Neither side appears willing to back down.", [("REJECT", "willing to back down", ("hedged", "negated"))]),
    ("Neither side seems willing to back down.", [("REJECT", "willing to back down", ("hedged", "negated"))]),
])
def test_a_readiness_and_its_negation_are_one_mark(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: an asserted readiness is one intent with the act it names, a readiness to use
    # force a threat, a past step under a negative subject stays
    ("Tarsk is willing to back down.", [("AGREE", "willing to back down", ())]),
    ("Moscow is willing to use force.", [("THREATEN", "willing to use force", ())]),
    ("Neither side was willing to back down.", [("AGREE", "willing to back down", ("negated",))]),
    ("No side has given up its claim.", [("CONCEDE", "given up its claim", ("negated",))]),
    ("Neither side has given up its claim.", [("CONCEDE", "given up its claim", ("negated",))]),
    # a "no" before the phrase's own noun negates the noun, not a subject of the clause
    ("No agreement has been reached.", [("AGREE", "agreement", ("negated",))]),
])
def test_negative_subjects_near_misses(text, expected):
    assert marks(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the same denial holds the force and its result: one denied act
    ("Tarsk denied that its troops fired on the crowd, killing three people.", [("ASSAULT", "fired on")]),
    ("Tarsk denied firing on the crowd, killing three people.", [("ASSAULT", "firing on")]),
    # not denied: the result of the force before it, as before
    ("Tarsk troops fired on the crowd, killing three people.", [("ASSAULT", "fired on")]),
    # a force denied in another clause is no use of force: the later strike keeps its result
    ("The rebels denied launching any attack and said drones hit a truck, killing the driver.",
     [("ASSAULT", "attack"), ("ASSAULT", "drones hit")]),
])
def test_a_result_participle_inside_a_denial(text, expected):
    assert pairs(text) == expected


def test_a_denied_force_and_its_result_is_marked_negated():
    assert marks("Tarsk denied that its troops fired on the crowd, killing three people.") == [
        ("ASSAULT", "fired on", ("attributed", "negated"))]


@pytest.mark.parametrize("text, expected", [
    # a span is one unbroken stretch: the subject, the aside and the verb that stops the talks
    ("Talks between the two ministers, scheduled for next week, may now be postponed.",
     [("SANCTION", "Talks between the two ministers, scheduled for next week, may now be postponed", ("hedged",))]),
    ("Talks between the two ministers may now be postponed.",
     [("SANCTION", "Talks between the two ministers may now be postponed", ("hedged",))]),
])
def test_a_stopped_step_takes_its_aside(text, expected):
    assert marks(text) == expected
