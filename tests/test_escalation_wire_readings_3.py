"""Escalation lens, readings decided on wire texts: an answer in kind already given, "the strike"
pointing back to an air strike, an event after "no mention of", a verdict of "not guilty", stopping
another side's step, and a forecast that a step will not ease tensions. Constructed wire-style
sentences about fictional countries; each rule with its near misses, which must stay as they are."""

from __future__ import annotations

import pytest

from escalation_marks import labels, marks, mods, pairs


# ----------------------------------------------------------------------------- an answer in kind


@pytest.mark.parametrize("text", [
    "Tarsk expelled three Velmoran diplomats in March, and Velmora responded in kind.",
    "Velmora has responded in kind to the expulsions.",
    "Lorvia reacted firmly after the border was closed.",
])
def test_an_answer_given_in_kind_is_no_threat(text):
    assert "THREATEN" not in labels(text)


def test_the_act_answered_keeps_its_mark():
    assert pairs("Tarsk expelled three Velmoran diplomats in March, and Velmora responded in kind.") == [
        ("SANCTION", "expelled")]


@pytest.mark.parametrize("text, span", [
    ("Velmora will respond in kind.", "respond in kind"),
    ("Velmora would have responded in kind.", "responded in kind"),
    ("Velmora vowed to respond in kind.", "respond in kind"),
    ("Lorvia said it would react firmly.", "react firmly"),
])
def test_a_promised_answer_in_kind_stays_a_threat(text, span):
    assert ("THREATEN", span) in pairs(text)


# ----------------------------------------------------------------------------- "the strike" pointing back


def test_the_strike_after_an_air_strike_is_that_strike():
    text = ("Velmora reported an air strike last week. Military officials are said to be studying footage "
            "of the strike, which reportedly hit a convoy.")
    assert ("ASSAULT", "strike") in pairs(text)
    assert "PROTEST" not in labels(text)


@pytest.mark.parametrize("text", [
    "Dockers began a general strike last week. Officials are studying footage of the strike.",
    "Officials are studying footage of the strike.",
    "Dockers walked out on Monday. Officials said the strike would last a week.",
])
def test_the_strike_with_no_strike_of_arms_before_stays_a_protest(text):
    assert "ASSAULT" not in labels(text)
    assert "PROTEST" in labels(text)


# ----------------------------------------------------------------------------- no mention of an event


@pytest.mark.parametrize("text", [
    "There was no mention of the attack on the convoy.",
    "The statement made no reference to the attack on the convoy.",
])
def test_no_mention_negates_the_mention_not_the_event(text):
    assert "negated" not in mods(text, "attack")


@pytest.mark.parametrize("text", [
    "There was no attack on the convoy.",
    "Tarsk did not attack the convoy.",
])
def test_an_event_denied_stays_negated(text):
    assert "negated" in mods(text, "attack")


def test_no_mention_of_a_warning_stays_no_mark():
    assert marks("It made no mention of any warning.") == []


# ----------------------------------------------------------------------------- not guilty


@pytest.mark.parametrize("text", [
    "The court found him not guilty of espionage.",
    "He pleaded not guilty to espionage.",
    "He was not guilty of espionage.",
])
def test_not_guilty_is_a_charge_that_does_not_hold(text):
    assert "RESTRAINT" not in labels(text)
    assert ("ACCUSE", "espionage") in pairs(text)
    assert "negated" in mods(text, "espionage")


def test_a_guilty_verdict_stays_an_accusation():
    text = "The court found him guilty of espionage."
    assert ("ACCUSE", "espionage") in pairs(text)
    assert "negated" not in mods(text, "espionage")


def test_a_refusal_to_act_still_reads_as_restraint():
    assert "RESTRAINT" in labels("Tarsk will not impose sanctions.")


# ----------------------------------------------------------------------------- stopping another side


@pytest.mark.parametrize("text", [
    "Tarsk is determined to stop Kessia obtaining a bomb.",
    "Tarsk is determined to stop Kessia acquiring nuclear weapons.",
    "Tarsk vowed to stop Kessia from acquiring nuclear weapons.",
])
def test_stopping_another_sides_step_is_no_retreat(text):
    assert "RETREAT" not in labels(text)


@pytest.mark.parametrize("text, label", [
    ("Kessia will stop acquiring nuclear weapons.", "RETREAT"),
    ("Kessia will stop its missile tests.", "RETREAT"),
    ("Tarsk will stop the shelling of the town.", "RETREAT"),
    ("Tarsk forced Lorvia to cut its remaining trade ties with Velm.", "SANCTION"),
    ("Lorvia appealed to its allies to bring an end to the growing threat.", "CONCEDE"),
])
def test_a_sides_own_stop_stays_a_cessation(text, label):
    assert label in labels(text)


# ----------------------------------------------------------------------------- an easing denied


@pytest.mark.parametrize("text, span", [
    ("The steps will not ease tensions.", "will not ease tensions"),
    ("The decision, which will not ease tensions, was announced on Monday.", "will not ease tensions"),
    ("Analysts said the measures would not help ease tensions.", "would not help ease tensions"),
])
def test_a_step_that_will_not_ease_tensions_is_a_pessimistic_comment(text, span):
    assert ("DETERIORATE", span) in pairs(text)
    assert "REJECT" not in labels(text)


@pytest.mark.parametrize("text, expected", [
    ("The government will not ease tensions.", ("REJECT", "will not ease tensions")),
    ("The steps will ease tensions.", ("SUPPORT", "ease tensions")),
])
def test_a_sides_refusal_and_an_easing_forecast_stay(text, expected):
    assert expected in pairs(text)
