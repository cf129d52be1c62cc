"""Escalation lens: appeals by third parties, deployments by massing, a release beside a capture,
occupations named in a charge, weapon nouns as modifiers, what a dropped demand governs, and the
code of an act forced by "no choice but to" (datasets/ANNOTATION.md §8)."""

from __future__ import annotations

import pytest

from escalation_marks import codes, marks, pairs


# ----------------------------------------------------------------------------- appeals by third parties

@pytest.mark.parametrize("text, expected", [
    # a third party's appeal for restraint is a request, whoever makes it (§8.4 Appeals)
    ("The secretary-general urged all parties to exercise maximum restraint.",
     [("REQUEST", "exercise maximum restraint")]),
    ("The UN chief urged all parties to exercise maximum restraint.", [("REQUEST", "exercise maximum restraint")]),
    # an appeal to both parties of a dispute needs no state named
    ('She called on both parties to "refrain from any action that could inflame the situation."',
     [("REQUEST", "refrain from any action that could inflame the situation")]),
    ("She called on both parties to refrain from unilateral steps.", [("REQUEST", "refrain from unilateral steps")]),
])
def test_a_third_partys_appeal_is_a_request(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: restraint declared by a side itself stays RESTRAINT
    ("Tarsk said it would exercise maximum restraint.", [("RESTRAINT", "exercise maximum restraint")]),
    # near miss: the addressee's own calm is no appeal of the lens
    ("The coach urged the players to stay calm.", []),
    # near miss: an appeal to no party of a dispute, with nothing of calm or talk asked, stays unmarked
    ("She called on the guests to enjoy the food.", []),
])
def test_near_misses_of_a_third_partys_appeal(text, expected):
    assert pairs(text) == expected


def test_a_second_act_asked_after_a_bare_and_is_its_own_appeal():
    assert pairs("She urged Korska to reverse this decision and return to full compliance.") == [
        ("REQUEST", "reverse this decision"), ("REQUEST", "return to full compliance")]
    # near miss: "and said" is the speaker's next predicate
    assert pairs("Velm urged Korska to reverse this decision and said talks would follow.")[:1] == [
        ("REQUEST", "reverse this decision")]


# ----------------------------------------------------------------------------- massing is deploying

@pytest.mark.parametrize("text, span", [
    ("Varnia has massed troops near the border, officials said.", "massed troops near the border"),
    ("Varnia is massing troops and tanks along its border with Ostrava.", "massing troops and tanks along its border"),
])
def test_massed_troops_take_their_place(text, span):
    assert pairs(text) == [("MOBILIZE", span)]


def test_massed_troops_with_no_place_keep_the_verb_and_the_forces():
    assert pairs("Varnia massed troops on Monday.") == [("MOBILIZE", "massed troops")]


# ----------------------------------------------------------------------------- a release beside a capture

def test_a_release_and_a_capture_of_the_same_soldiers_are_two_marks():
    assert codes("Meru freed 30 Tavian soldiers captured during the fighting.") == [
        ("CONCEDE", "freed 30 Tavian soldiers", "0841"), ("ASSAULT", "captured", "181"),
        ("ASSAULT", "fighting", "190")]


def test_near_misses_of_a_release_beside_a_capture():
    # with no verb before the noun, noun and participle are one span
    assert pairs("Three soldiers captured during the fighting were handed to the Red Cross.")[0] == (
        "ASSAULT", "soldiers captured")
    # soldiers who capture a town take territory
    assert pairs("Rebel soldiers captured the town on Monday.") == [("COERCE", "captured")]


# ----------------------------------------------------------------------------- occupation is COERCE 192

@pytest.mark.parametrize("text, span", [
    ("Ostrava summoned the envoy, accusing it of occupying Ostravan territory.", "occupying"),
    ("Varnian troops overran the border post.", "overran"),
    ("Troops invading the north faced little resistance.", "invading"),
    ("Varnian forces occupied two border villages.", "occupied"),
])
def test_taking_territory_is_coerce_192(text, span):
    assert (("COERCE", span, "192")) in codes(text)
    assert not [c for c in codes(text) if c[0] == "ASSAULT"]


def test_the_charge_of_occupying_stays_an_accusation():
    assert ("ACCUSE", "accusing", "112") in codes(
        "Ostrava summoned the envoy, accusing it of occupying Ostravan territory.")


# ----------------------------------------------------------------------------- weapon nouns as modifiers

@pytest.mark.parametrize("text, expected", [
    ("Inspectors will visit its missile sites next week.", []),
    ("Varnia agreed to allow inspectors to visit its missile sites.", [("AGREE", "agreed to allow inspectors")]),
    ("Coastal missile batteries were placed on high alert.", [("MOBILIZE", "high alert")]),
])
def test_a_weapon_noun_before_the_noun_it_modifies_is_no_posture(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: weapons named as held or tested stay posture; a deployment keeps its place
    ("Tarsk tested a new missile on Monday.", [("MOBILIZE", "tested a new missile")]),
    ("Tarsk moved missiles to the border.", [("MOBILIZE", "moved missiles to the border")]),
    ("The army showed off its missiles at a parade.", [("MOBILIZE", "missiles")]),
])
def test_near_misses_of_a_weapon_noun_as_a_modifier(text, expected):
    assert pairs(text) == expected


# ----------------------------------------------------------------------------- a dropped demand

def test_what_a_dropped_demand_asked_for_is_no_event():
    assert codes("Tarsk dropped its demands for compensation.") == [("CONCEDE", "dropped its demands", "080")]


def test_near_misses_of_a_dropped_demand():
    # compensation paid is an event of its own
    assert ("CONCEDE", "compensation") in pairs("Tarsk dropped its claim to the islands, and Velm paid compensation "
                                                "to the families.")
    # an event after a preposition of time is its own, after any head
    assert pairs("Tarsk abandoned its claims after talks in Geneva.") == [
        ("CONCEDE", "abandoned its claims"), ("CONSULT", "talks")]
    assert ("CONSULT", "talks") in pairs("Tarsk demanded compensation on Monday after talks in Geneva.")
    # near miss: "before" states the condition of what is demanded, inside the demand
    assert pairs("The rebels said Tarsk must agree to the changes before they demobilize.") == [("DEMAND", "must")]
    assert pairs("Tarsk demanded a truce before allowing aid convoys into the town.") == [("DEMAND", "demanded")]


# ----------------------------------------------------------------------------- no choice but to

@pytest.mark.parametrize("text, expected", [
    ("Ostrava said it would have no choice but to expel the envoy.",
     [("THREATEN", "would have no choice but to expel", "1313")]),
    ("Ostrava would have no choice but to impose sanctions.",
     [("THREATEN", "would have no choice but to impose sanctions", "1312")]),
    ("Ostrava would have no choice but to deploy troops to the border.",
     [("THREATEN", "would have no choice but to deploy troops to the border", "138")]),
    # the same code as "will not hesitate to" with the same act
    ("Ostrava said it will not hesitate to expel the envoy.", [("THREATEN", "will not hesitate to expel", "1313")]),
])
def test_no_choice_but_to_takes_the_code_of_the_act(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: an act that is no phrase of its own joins the threat, coded 130
    ("“We will have no choice but to install new centrifuges,” the negotiator said.",
     [("THREATEN", "will have no choice but to install new centrifuges", "130")]),
    ("Ostrava would have no choice but to respond.", [("THREATEN", "would have no choice but to respond", "130")]),
    # a cooperative act forced on the speaker is that act, no threat
    ("Ostrava would have no choice but to accept the offer.", [("AGREE", "accept", "030")]),
])
def test_near_misses_of_no_choice_but_to(text, expected):
    assert codes(text) == expected


def test_marks_helper_reports_the_threat_as_hedged_when_would_frames_it():
    assert marks("Ostrava would have no choice but to respond.") == [
        ("THREATEN", "would have no choice but to respond", ("hedged",))]
