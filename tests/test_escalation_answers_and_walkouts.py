"""Escalation lens: a retaliation already carried out, stopping another side named by a noun group,
strikes by people at work, blaming adjectives after a sentence that names the sides, and tensions
that ease or rise told as past. Constructed wire-style sentences about fictional countries; each
rule with its near misses, which must keep their reading."""

from __future__ import annotations

import pytest

from course.analysis import analyze
from escalation_marks import LENS, codes, labels, pairs


# ----------------------------------------------------------------------------- a retaliation carried out


@pytest.mark.parametrize("text, expected", [
    # the act named after "by" or "with" carries the mark; the past "retaliated" adds no threat
    ("Tarsk retaliated by expelling three Velmoran diplomats.", [("SANCTION", "expelling")]),
    ("Tarsk had retaliated by closing its embassy in Velm.", [("SANCTION", "closing its embassy")]),
    ("Tarsk retaliated with tariffs on Velmoran steel.", [("SANCTION", "tariffs")]),
    ("Velm struck back with sanctions on Tarsk.", [("SANCTION", "sanctions")]),
    ("Tarsk avenged its dead by shelling the town.", [("ASSAULT", "shelling")]),
    # with no act named, a retaliation told as done is no threat either, as "responded in kind" is none
    ("Velm has retaliated against Tarsk.", []),
    ("Tarsk said it retaliated because Velm expelled its envoy.", [("SANCTION", "expelled")]),
])
def test_a_past_retaliation_is_no_threat(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Tarsk vowed to retaliate.",
    "Tarsk warned it would retaliate.",
    "Tarsk would have retaliated.",
    "If Velm retaliated, Tarsk would respond.",
    "Tarsk retaliates whenever its ships are stopped.",
])
def test_a_promised_or_supposed_retaliation_stays_a_threat(text):
    assert "THREATEN" in labels(text)


# ----------------------------------------------------------------------------- stopping another side


@pytest.mark.parametrize("text", [
    "The sanctions are meant to stop the regime acquiring nuclear weapons.",
    "The sanctions are meant to stop the regime from acquiring nuclear weapons.",
    "Tarsk wants to halt the rebels building new checkpoints.",
    "The embargo is meant to stop its neighbours buying Velmoran missiles.",
])
def test_stopping_a_side_named_by_a_noun_group_is_no_retreat(text):
    assert "RETREAT" not in labels(text)


@pytest.mark.parametrize("text, expected", [
    ("Velm will stop acquiring nuclear weapons.", "RETREAT"),  # the subject's own step
    ("Velm will stop the shelling.", "RETREAT"),
    ("The deal will stop the fighting spreading.", "RETREAT"),  # the fighting itself stops
])
def test_a_step_stopped_by_its_own_side_stays_a_retreat(text, expected):
    assert expected in labels(text)


def test_an_adjective_in_ing_after_a_determiner_is_no_doer():
    assert pairs("Velm moved to cut any remaining ties.") == [("SANCTION", "cut any remaining ties")]


# ----------------------------------------------------------------------------- strikes by people at work


@pytest.mark.parametrize("text, expected", [
    ("Rail workers began a strike on Monday.", [("PROTEST", "strike")]),
    ("Rail workers began a strike on Monday. The strike closed the port.",
     [("PROTEST", "strike"), ("PROTEST", "strike")]),
    ("The strike closed the port.", [("PROTEST", "strike")]),  # a capital "The" names no state
    ("Miners went on strike on Tuesday.", [("PROTEST", "strike")]),
    ("The union called a strike on June 5.", [("PROTEST", "strike")]),
    ("Teachers have called a 24-hour strike.", [("PROTEST", "strike")]),
    ("The miners' strike entered its third week.", [("PROTEST", "strike")]),
    ("Dockers began a strike on the railways.", [("PROTEST", "strike")]),
])
def test_a_strike_by_people_at_work_is_a_protest(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, span", [
    ("Tarsk launched a strike on the depot.", "strike on"),
    ("Tarsk launched an air strike on the depot. The strike hit a depot.", "air strike"),
    ("A strike on Monday destroyed the depot.", "strike"),  # the date is passed over to the verb of damage
    ("Tarsk launched a strike on Monday on the depot.", "strike"),  # a target after the date
    ("Aid workers said a strike on the convoy killed three.", "strike on"),  # the workers report it
    ("Workers cleared rubble after the strike on the market.", "strike on"),  # a preposition between
    ("Nurses treated victims of the strike on the hospital.", "strike on"),
    ("Doctors said the strike killed five.", "strike"),
    ("Israeli strikes on Gaza killed 12.", "strikes"),
    ("The strike killed six people.", "strike"),
])
def test_a_strike_of_arms_stays_an_assault(text, span):
    assert ("ASSAULT", span) in pairs(text)


def test_a_strike_after_an_air_strike_points_back_to_it():
    assert pairs("Tarsk launched an air strike on the depot. The strike hit a depot.") == [
        ("ASSAULT", "air strike"), ("ASSAULT", "strike")]


# ----------------------------------------------------------------------------- blaming adjectives


@pytest.mark.parametrize("text, span", [
    ("Tarsk expelled two diplomats. It was a reckless step.", "reckless step"),
    ("Tarsk expelled two diplomats. It was a reckless and cynical step.", "reckless and cynical"),
    ("The ministry said it was a reckless and cynical step.", "reckless and cynical"),
    ("The ministry said it was a reckless step.", "reckless step"),
])
def test_a_blaming_adjective_takes_its_field_from_the_sentence_before(text, span):
    assert ("ACCUSE", span) in pairs(text)


@pytest.mark.parametrize("text", [
    "It was a reckless step.",  # no state anywhere: nobody's act is judged
    "It was a reckless and cynical step.",
    "The climber took a reckless step.",
    "Tarsk expelled two diplomats. It was a bold step.",  # a bold step blames nobody
])
def test_a_blaming_adjective_with_no_side_is_no_accusation(text):
    assert "ACCUSE" not in labels(text)


# ----------------------------------------------------------------------------- tensions told as past


@pytest.mark.parametrize("text, expected", [
    # the tensions are the subject: a comment on the relationship either way, 013 and 012
    ("Tensions eased last week.", [("SUPPORT", "Tensions eased", "013")]),
    ("Tensions have eased.", [("SUPPORT", "Tensions have eased", "013")]),
    ("Tensions rose sharply last week.", [("DETERIORATE", "Tensions rose", "012")]),
    # a side's own act keeps its code on both sides of the scale
    ("Both sides eased restrictions last week.", [("CONCEDE", "eased restrictions", "081")]),
    ("Velm moved to ease tensions.", [("RESTRAINT", "ease tensions", "0356")]),
])
def test_past_easing_and_worsening_are_coded_alike(text, expected):
    assert codes(text) == expected


def test_an_easing_comment_weighs_as_much_as_a_worsening_one():
    (up,) = [a for a in analyze("Tensions eased last week.").annotations if a.category in LENS]
    (down,) = [a for a in analyze("Tensions rose sharply last week.").annotations if a.category in LENS]
    assert up.intensity == -down.intensity == 0.4
