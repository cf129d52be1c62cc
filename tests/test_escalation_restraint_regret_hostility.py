"""Escalation lens: a declared restraint from acts named by a general noun ("refrain from any action that
could lead to escalation"), the explanation of a step turned around by negation or announced as a threat,
regret promised to another side as a veiled threat, hostility named as the state of a relationship, an
apology negated by "nothing to", and units named with an arm of service that mass near a border. The
sentences are constructed (fictional countries); each rule is checked both ways, with a near miss."""

from __future__ import annotations

import pytest

from course.analysis import analyze
from escalation_marks import codes, marks, mods, pairs


def explanation(text: str, span: str) -> str:
    found = [a.explanation for a in analyze(text).annotations
             if a.category in ("escalation", "deescalation") and a.text == span]
    assert found, (span, marks(text))
    return found[0]


# ----------------------------------------------------------------------------- refraining from acts


@pytest.mark.parametrize("text, expected", [
    ("Tarsk pledged to refrain from provocative actions.",
     [("RESTRAINT", "refrain from provocative actions", "0356")]),
    ("Both sides would refrain from actions that could lead to escalation.",
     [("RESTRAINT", "refrain from actions that could lead to escalation", "0356")]),
    ("Kessia said it would refrain from any unilateral steps.",
     [("RESTRAINT", "refrain from any unilateral steps", "0356")]),
    ("Velm has refrained from hostile acts for a week.",
     [("RESTRAINT", "refrained from hostile acts", "0356")]),
])
def test_refraining_from_acts_named_by_a_general_noun_is_restraint(text, expected):
    assert codes(text) == expected


def test_the_adjective_of_a_restraint_accuses_no_one():
    expl = explanation("Tarsk pledged to refrain from provocative actions.", "refrain from provocative actions")
    assert "provocation" not in expl.split(".")[0] and "accusation" not in expl


@pytest.mark.parametrize("text, expected", [
    # a step with a code of its own keeps it, turned into restraint by the negation
    ("Tarsk pledged to refrain from military action.", [("RESTRAINT", "refrain from military action", "138")]),
    # asked of another side: the appeal reads it
    ("Velm urged all parties to refrain from actions that could lead to escalation.",
     [("REQUEST", "refrain from actions that could lead to escalation", "020")]),
    # agreed: one agreement
    ("Both sides agreed to refrain from actions that could lead to escalation.",
     [("AGREE", "agreed to refrain from actions that could lead to escalation", "030")]),
    # no general noun of acts: nothing held back
    ("Tarsk abstained from the vote.", []),
])
def test_near_misses_of_refraining_keep_their_reading(text, expected):
    assert codes(text) == expected


def test_a_warning_to_refrain_is_no_restraint_of_the_warner():
    text = "Velm warned Korska to refrain from provocations."
    assert ("RESTRAINT", "refrain from provocations") not in pairs(text)
    assert "negated" in mods(text, "provocations")
    assert not any(label == "RESTRAINT" for label, _ in pairs("Velm warned Korska to refrain from further actions."))


# ----------------------------------------------------------------------------- turned-around explanations


@pytest.mark.parametrize("text, span, held", [
    ("Tarsk pledged to refrain from provocations.", "refrain from provocations", "a hostile act"),
    ("Tarsk will not retaliate.", "will not retaliate", "a threat"),
    ("Tarsk refrained from attacking.", "refrained from attacking", "a use of force"),
])
def test_a_negated_hostile_step_explains_itself_as_restraint(text, span, held):
    expl = explanation(text, span)
    assert expl.startswith(f"Holds back from a hostile step (") and f"turns {held} around): read as restraint" in expl
    assert "On its own the phrase would read:" in expl


def test_a_charge_not_made_keeps_its_own_explanation():
    expl = explanation("Tarsk will not criticise Velm.", "criticise")
    assert not expl.startswith("Holds back")


def test_a_warned_act_explains_itself_as_a_threat():
    expl = explanation("Tarsk warned that Velm would impose sanctions.", "impose sanctions")
    assert expl.startswith("A threat to carry out a sanction: ")
    assert "On its own the phrase would read: Imposing sanctions" in expl
    assert "(CAMEO 1312:" in expl


def test_a_threatened_hostile_label_is_a_hostile_act():
    expl = explanation("Tarsk threatened to blackmail Velm.", "threatened to blackmail")
    assert expl.startswith("A threat to carry out a hostile act:")


# ----------------------------------------------------------------------------- regret as a threat


@pytest.mark.parametrize("text, span, modifiers", [
    ('"If they cross that line, they will regret it," the minister said.', "will regret it",
     ("attributed", "conditional", "quoted")),
    ("Tarsk will regret this, the minister said.", "will regret this", ("attributed",)),
    ("They will regret it if they attack.", "will regret it", ("conditional",)),
    ('"You will regret this," he told the envoy.', "will regret this", ("attributed", "quoted")),
    ("The minister said Velm would regret it.", "would regret it", ("attributed",)),
])
def test_regret_promised_to_another_side_is_a_veiled_threat(text, span, modifiers):
    assert ("THREATEN", span, modifiers) in marks(text)
    assert ("THREATEN", span, "130") in codes(text)


def test_a_warned_regret_keeps_the_warnings_reading():
    text = "Tarsk warned that Lorvia would regret it."
    assert pairs(text) == [("THREATEN", "would regret it")]
    assert explanation(text, "would regret it").startswith("What 'warned' announces")


@pytest.mark.parametrize("text", [
    "Many voters will regret it.",                       # the writer's forecast
    "Many voters will regret it if the tax passes.",     # a crowd, not a side
    "I regret the decision.",                            # a regret felt: apology-like
    "Tarsk regretted the incident.",                     # a regret felt, told
    '"We will regret this decision," he said.',          # the speaker's own side
    "Analysts said Velm will regret it.",                # an observer's forecast
])
def test_regret_felt_or_forecast_is_no_threat(text):
    assert not any(label == "THREATEN" for label, _ in pairs(text))


# ----------------------------------------------------------------------------- hostility as a relationship


@pytest.mark.parametrize("text", [
    "The talks came after years of hostility.",
    "The visit marked a thaw after years of hostility between the two states.",
    "There is mutual hostility between Tarsk and Velm.",
    "Decades of open hostility left the border closed.",
])
def test_hostility_named_as_a_relationship_is_a_pessimistic_comment(text):
    assert ("DETERIORATE", "hostility", "012") in codes(text)
    assert not any(label == "ACCUSE" for label, _ in pairs(text))


@pytest.mark.parametrize("text, span", [
    ("Tarsk's hostility towards Velm is well known.", "hostility"),
    ("After years of hostility towards Velm, Tarsk sought talks.", "hostility"),
    ("Velm condemned the hostile acts.", "hostile"),
])
def test_hostility_pinned_on_one_side_stays_a_charge(text, span):
    assert ("ACCUSE", span) in pairs(text)


# ----------------------------------------------------------------------------- "nothing to" an apology


def test_nothing_to_apologise_for_negates_the_apology():
    text = '"We have nothing to apologise for," he said.'
    assert marks(text) == [("SUPPORT", "apologise", ("attributed", "negated", "quoted"))]


@pytest.mark.parametrize("text, expected", [
    ("Tarsk sees no reason to apologise.", [("SUPPORT", "apologise", ("negated",))]),
    ("Tarsk refused to apologise.", [("REJECT", "refused to apologise", ())]),
    ("Tarsk apologised for the incident.", [("SUPPORT", "apologised", ())]),
])
def test_other_apologies_keep_their_reading(text, expected):
    assert marks(text) == expected


# ----------------------------------------------------------------------------- units massing


@pytest.mark.parametrize("text, span", [
    ("Satellite images showed armoured units massing near the frontier.", "armoured units massing near the frontier"),
    ("Armoured units were massing near the frontier.", "Armoured units were massing near the frontier"),
    ("Two army divisions massed near the border.", "army divisions massed near the border"),
])
def test_units_of_an_arm_of_service_massing_are_a_show_of_force(text, span):
    assert codes(text) == [("MOBILIZE", span, "154")]


@pytest.mark.parametrize("text", [
    "Housing units were massing near the border.",
    "The opposition is massing support for the bill.",
])
def test_massing_without_forces_is_no_show_of_force(text):
    assert not any(label == "MOBILIZE" for label, _ in pairs(text))


def test_mass_protests_stay_protests():
    assert pairs("Mass protests erupted in the capital.") == [("PROTEST", "protests")]


def test_a_negated_word_that_labels_an_act_names_the_act_in_its_note():
    assert "not to take this hostile act" in explanation("Velm warned Korska to refrain from provocations.",
                                                         "provocations")
    assert "this accusation" in explanation("Velm warned Korska not to criticise Tarsk.", "criticise")
