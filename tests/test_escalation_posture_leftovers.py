"""The escalation lens on posture after a catenative verb, on the scope of a hedge before a fronted
clause of time without its comma and over a verb after its definite subject (datasets/ANNOTATION.md
§8.4, Deployments and Hedge scope), on offers that back a claim rather than reach out, and the
speech-act step's single list of the words it reads. Each case is checked both ways."""

from __future__ import annotations

import pytest

from escalation_marks import mods, pairs
from course.lenses.escalation.speech import _speech_act_classes, _speech_act_words


# ----------------------------------------------------------------------------- massing after a catenative


@pytest.mark.parametrize("text, span", [
    ("Troops continued to mass near the border.", "Troops continued to mass near the border"),
    ("Troops have continued to mass along the frontier.", "Troops have continued to mass along the frontier"),
    ("Tanks began to mass.", "Tanks began to mass"),
    ("Troops are reported to be massing near the border.", "Troops are reported to be massing near the border"),
    # (unchanged: the plain intransitive and the transitive after "to")
    ("Troops massed near the border.", "Troops massed near the border"),
    ("Tarsk continued to mass troops near the border.", "mass troops"),
])
def test_forces_that_mass_after_a_catenative_are_posture(text, span):
    assert pairs(text) == [("MOBILIZE", span)]


@pytest.mark.parametrize("text", [
    "Crowds continued to mass outside the embassy.",
    "Crowds began to mass near the border.",
    "Mourners continued to gather near the mass graves.",
])
def test_people_who_mass_are_no_posture(text):
    assert pairs(text) == []


# ----------------------------------------------------------------------------- a fronted clause without its comma


@pytest.mark.parametrize("text", [
    "It is possible that after the talks failed troops fired on the crowd.",
    "It is possible that after the talks failed, troops fired on the crowd.",
    "After the talks failed troops may have fired on the crowd.",
    "After the talks failed, troops may have fired on the crowd.",
])
def test_a_hedge_reaches_the_main_clause_after_a_fronted_clause_with_or_without_its_comma(text):
    assert mods(text, "fired on") == ("hedged",)


@pytest.mark.parametrize("text", [
    # the firing is the clause of time's own verb
    "It is possible that after troops fired on the crowd the talks failed.",
    "It is possible that after the armed men fired on the crowd, talks failed.",
    # the clause of time follows its main verb: both its verbs are its own
    "The talks may collapse after the army shelled the town and troops fired on the crowd.",
    "Troops may retaliate after the rebels fired on the crowd.",
])
def test_a_hedge_does_not_reach_into_the_clause_of_time(text):
    assert mods(text, "fired on") == ()


@pytest.mark.parametrize("text", [
    # a definite subject before the verb: the verb is the clause's, not a noun the hedge leaves alone
    "It is possible that the army shelled the town.",
    "It is possible that after the talks failed the army shelled the town.",
    "It is possible that after the talks had failed troops shelled the town.",
])
def test_a_hedge_reaches_a_verb_after_a_definite_subject(text):
    assert mods(text, "shelled") == ("hedged",)


@pytest.mark.parametrize("text", [
    "After the talks failed the army shelled the town.",  # no hedge at all
    "The talks may collapse after the army shelled the town.",  # the clause of time is told as past
])
def test_an_unhedged_or_past_shelling_stays_plain(text):
    assert mods(text, "shelled") == ()


# ----------------------------------------------------------------------------- speech acts


def test_the_speech_act_words_are_the_words_of_its_classes_and_of_rule_out():
    classes = _speech_act_classes()
    assert set(classes) == {"appeal", "call", "press", "asking", "warn", "deny", "admit", "considering"}
    words = _speech_act_words()
    for members in classes.values():
        assert members <= words
    assert {"excluded", "ruled", "rule", "rules", "ruling"} <= words
    assert words - frozenset().union(*classes.values()) == {"excluded", "ruled", "rule", "rules", "ruling"}


# ----------------------------------------------------------------------------- an offer that backs a claim


@pytest.mark.parametrize("text", [
    "Tarsk accused Lorvia of plotting an attack, without offering evidence.",
    "The ministry offered few details.",
    "Tarsk offered no explanation for the delay.",
])
def test_offering_evidence_or_details_is_no_step_towards_the_other_side(text):
    assert [p for p in pairs(text) if p[0] == "AGREE"] == []


@pytest.mark.parametrize("text, span", [
    ("Tarsk offered new proposals for a truce.", "offered"),
    ("Lorvia offered aid to the flood victims.", "offered"),
])
def test_an_offer_of_help_or_a_proposal_stays_a_step_towards_the_other_side(text, span):
    assert ("AGREE", span) in pairs(text)


# ----------------------------------------------------------------------------- a denial ends at the speaker's next act


def test_a_denial_does_not_reach_a_participle_of_speech_after_its_comma():
    assert mods('Tarsk denied sending drones, calling the accusations "a provocation".', "accusations") == ("attributed",)
    assert mods("Tarsk denied that it had shelled the town, calling the claims a provocation.", "provocation") == \
        ("attributed",)
    # the denied clause itself stays denied
    assert "negated" in mods("Tarsk denied that it had shelled the town, calling the claims a provocation.", "shelled")


# ----------------------------------------------------------------------------- every form of "annex"


@pytest.mark.parametrize("text, span", [
    ("Tarsk's parliament voted to annex the island.", "annex"),
    ("Tarsk annexes the island.", "annexes"),
    ("Tarsk annexed the island.", "annexed"),
])
def test_every_form_of_annex_is_a_seizure_of_territory(text, span):
    assert ("COERCE", span) in pairs(text)


@pytest.mark.parametrize("text, label, span", [
    ("Tarsk invades the island.", "ASSAULT", "invades"),
    ("The army destroys the bridge.", "COERCE", "destroys"),
    ("Tarsk lambasts Lorvia.", "ACCUSE", "lambasts"),
    ("The ministry decries the vote.", "ACCUSE", "decries"),
    ("The rebels disarm as the truce holds.", "RETREAT", "disarm"),
])
def test_the_present_forms_of_escalation_verbs_are_read(text, label, span):
    assert (label, span) in pairs(text)


@pytest.mark.parametrize("text, span", [
    ("Troops are moving toward the border.", "Troops are moving toward the border"),
    ("Tanks and artillery were heading for the frontier.", "Tanks and artillery were heading for the frontier"),
])
def test_forces_moving_toward_a_border_are_posture(text, span):
    assert pairs(text) == [("MOBILIZE", span)]


@pytest.mark.parametrize("text", [
    "Refugees are moving toward the border.",
    "Troops moved back from the border.",  # a pull-back (below)
    "Warships headed for the port.",
])
def test_people_moving_or_forces_leaving_the_border_are_no_posture(text):
    assert [p for p in pairs(text) if p[0] == "MOBILIZE"] == []


def test_military_steps_and_measures_are_talk_of_force_like_military_action():
    assert ("RESTRAINT", "refrained from military steps") in pairs("Both sides have refrained from military steps.")
    assert ("THREATEN", "threatened military measures") in pairs("Tarsk threatened military measures.")


@pytest.mark.parametrize("text, span", [
    ("Troops moved back from the border.", "moved back"),
    ("Tanks were moving back from the frontier.", "moving back"),
    ("Tarsk pulls back its troops.", "pulls back its troops"),
])
def test_forces_moving_or_pulling_back_are_a_pull_back(text, span):
    assert ("RETREAT", span) in pairs(text)


def test_a_date_moved_back_is_no_pull_back():
    assert pairs("The vote was moved back from May to June.") == []
