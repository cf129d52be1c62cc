"""Escalation lens (direction of stopping and ending, codes, channels and names):
talks postponed after an aside, a breakdown after "which" far from its talks, a war that ended with
a ceasefire, drills stopped in a relative clause, a transitive "stall", counter-measures withdrawn,
refused attendance, bombing by a party, a joint statement as a channel, asylum claims. The sentences
are constructed (fictional countries); each rule is checked both ways, with a near miss."""

from __future__ import annotations

import pytest

from course.analysis import analyze
from escalation_marks import LENS, codes as _codes, pairs




# ----------------------------------------------------------------------------- G: stopping and ending


@pytest.mark.parametrize("text, expected", [
    # a phrase of when the talks were due, set off by commas, stands between the talks and "postponed"
    ("Talks on the dam, scheduled for next month, have been postponed.",
     [("SANCTION", "Talks on the dam, scheduled for next month, have been postponed")]),
    ("Talks between the two sides' engineers, planned for May in Orsa, were postponed, an official said.",
     [("SANCTION", "Talks between the two sides' engineers, planned for May in Orsa, were postponed")]),
    # a breakdown after "which" after a longer chain of prepositional phrases
    ("The envoy urged Velmora to reopen talks on a joint fishing zone for the bank, which collapsed in 2021.",
     [("REQUEST", "reopen talks"), ("SANCTION", "which collapsed")]),
    # ... and in a sentence with no other event word (the talks there need no diplomatic actor)
    ("They called for a return to talks on the river, which collapsed in May.",
     [("SANCTION", "which collapsed")]),
    # the war ended with a ceasefire: the ceasefire is how it ended, no ceasefire stopped
    ("The border war ended with a ceasefire in 2016.", [("RETREAT", "ceasefire")]),
    # drills stopped by their own side, the verb after its object in a relative clause
    ("Velmora said it would not resume the naval drills it suspended in July.",
     [("RESTRAINT", "would not resume the naval drills"), ("RETREAT", "suspended")]),
    # a transitive "stall" with talks as its object: the talks lose ground
    ("The dispute over the dam has stalled talks on a new water treaty.",
     [("DETERIORATE", "stalled talks")]),
])
def test_stopping_and_ending_read_the_right_way_round(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: an aside that is no time of the talks leaves them talks
    ("Talks on the dam, the first in a decade, opened in Orsa on Monday with the envoy present.",
     [("CONSULT", "Talks")]),
    # near miss: "which collapsed" after a noun that is no process, far from the talks
    ("Diplomats held talks with the mayor about the old bridge over the river, which collapsed in May.",
     [("CONSULT", "talks")]),
    # near miss: a ceasefire that a verb of ending acts on directly is still stopped
    ("Dalmar ended the ceasefire on Sunday.", [("REJECT", "ended the ceasefire")]),
    # near miss: a verb of stopping with an object of its own after it is not read from the drills
    ("The navy resumed the drills it had planned and suspended the patrols.",
     [("MOBILIZE", "drills"), ("RETREAT", "suspended the patrols")]),
    # near miss: a car that stalled is no talks
    ("The envoy's car stalled on the way to the talks with Velmora.", [("CONSULT", "talks")]),
])
def test_near_misses_of_stopping_and_ending(text, expected):
    assert pairs(text) == expected


# ----------------------------------------------------------------------------- K: codes


def test_counter_measures_withdrawn_ease_them():
    assert _codes("Tarsk said it would suspend its counter-measures against Lorvian steel.") == [
        ("CONCEDE", "suspend its counter-measures", "081")]
    # near miss: sanctions lifted keep the code of economic sanctions eased
    assert _codes("Tarsk said it would lift the sanctions on Lorvian steel.") == [
        ("CONCEDE", "lift the sanctions", "085")]


def test_refusing_to_attend_is_a_refused_meeting():
    assert _codes("Velmora was invited to the summit but declined to attend.")[-1] == (
        "REJECT", "declined to attend", "125")
    assert _codes("Dalmar refused to attend the conference in Orsa.")[-1][::2] == ("REJECT", "125")
    # near miss: declining to do something else stays a plain refusal
    assert _codes("Velmora declined to lift the blockade.")[0][::2] == ("REJECT", "120")


def test_a_party_that_bombs_uses_aerial_weapons():
    assert _codes("Opposition leaders accused a government that bombs its own towns.")[-1] == (
        "ASSAULT", "bombs", "195")
    assert _codes("The army bombed two villages near the border on Friday.") == [("ASSAULT", "bombed", "195")]
    # near miss: a car bomb stays a non-military bombing
    assert _codes("Two car bombs exploded in the capital of Velmora.") == [("ASSAULT", "bombs", "183")]


def test_bargaining_not_held_keeps_the_consultation_code():
    (label, span, code), = _codes('"We did not bargain over fishermen," the Tarskian envoy said.')
    assert (label, span, code) == ("CONSULT", "bargain over", "040")
    expl = next(a.explanation for a in analyze('"We did not bargain over fishermen," the envoy said.').annotations
                if a.category in LENS)
    assert "did not bargain over fishermen" in expl and "refused, it is a refusal" not in expl


# ----------------------------------------------------------------------------- J: channels and names


def test_a_statement_before_a_reporting_verb_is_the_channel_of_the_report():
    assert pairs("Talks on the tariffs will continue next week, a joint statement said.") == [("CONSULT", "Talks")]
    # near miss: a joint statement that is issued is an agreement of its own
    assert pairs("The two ministers issued a joint statement on Friday.") == [("AGREE", "joint statement")]


def test_asylum_before_a_noun_of_claims_or_seekers_names_no_aid():
    assert pairs("Dalmar will take back migrants whose asylum claims fail.") == []
    assert pairs("Velmora housed dozens of asylum seekers.") == []
    # near miss: asylum granted stays aid
    assert pairs("Velmora granted asylum to the dissident.") == [("AID", "granted asylum")]
