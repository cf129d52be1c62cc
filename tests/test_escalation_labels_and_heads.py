"""Escalation lens (quoted labels, spans of heads and appeals, distance between subject
and verb, modifier scope, harm warned against, renamings): quoted names after "called" with their
complement, a blaming adjective with a noun of acts, appeals not to act beside appeals to act,
coordinated objects of an appeal, refused partners, things to avoid, forces kept in a named place,
"asked for", a ceasefire between two sides that collapsed, a passive signing with its signatories,
captives handed over after an aside, "agreed ... but stalled", penalties to be reinstated, a denial
that stops before "and accused", perfects in a relative clause, "using X as leverage", "any attack"
met with force, "will not allow our border to be used for blackmail", "would reconsider an
agreement", "an offer they have repeatedly rejected". The sentences are constructed (fictional
countries); each rule is checked both ways, with a near miss."""

from __future__ import annotations

import pytest

from escalation_marks import codes as _codes, marks, mods, pairs




# ----------------------------------------------------------------------------- D: quoted labels


@pytest.mark.parametrize("text, expected", [
    # a quoted name after "called" keeps its head and its complement, without the article
    ('The Velmoran envoy called the rebel delegates "bandits in uniform."',
     [("ACCUSE", "bandits in uniform")]),
    ('Tarsk called the rebels "terrorists in suits."', [("ACCUSE", "terrorists in suits")]),
    # a charge inside a quoted name is the speaker's label, not the event it names
    ('Dalmar called the vote "an act of annexation by other means."',
     [("ACCUSE", "act of annexation by other means")]),
    ('A Lorvian lawmaker called the swap "a reward for hostage-taking."',
     [("ACCUSE", "reward for hostage-taking")]),
    # a violation with what is violated, in a fixed formula
    ('Velmora called the decision "a flagrant violation of our territorial integrity."',
     [("ACCUSE", "flagrant violation of our territorial integrity")]),
    # a blaming adjective with a general noun of acts, in a minister's words
    ('"Tarsk alone will bear responsibility for the consequences of this reckless move," the Velmoran ministry said.',
     [("THREATEN", "bear responsibility for the consequences"), ("ACCUSE", "reckless move")]),
    ("The Velmoran ministry condemned Tarsk's irresponsible move to close the strait.",
     [("ACCUSE", "condemned"), ("ACCUSE", "irresponsible move")]),
])
def test_quoted_labels_and_blamed_steps(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: hostage-taking told as an event; annexation told as done; a quoted praise
    ("Militias in Velmora carried out a wave of hostage-taking on Friday.",
     [("ASSAULT", "hostage-taking")]),
    ("Tarsk completed the annexation of the island on Monday.", [("COERCE", "annexation")]),
    ('The Velmoran envoy called the plan "a step in the right direction."', []),
    # a bold or careful step is no blame; a violation of a road code is no fixed formula of sovereignty
    ("The Velmoran minister called it a bold step and a careful move.", []),
    ("Inspectors in Velmora found a serious violation of the building code.",
     [("ACCUSE", "serious violation")]),
])
def test_near_misses_of_quoted_labels(text, expected):
    assert pairs(text) == expected


def test_a_blamed_step_alone_is_an_accusation_with_its_code():
    assert _codes('"This reckless step will cost Tarsk dearly," the Velmoran minister said.')[0] == (
        "ACCUSE", "reckless step", "111")


# ----------------------------------------------------------------------------- I: spans of heads and appeals


def test_an_appeal_not_to_act_beside_an_appeal_to_act():
    found = marks("The envoy urged both sides not to test the truce and to settle the dispute through dialogue.")
    assert ("REQUEST", "urged", ()) in found
    assert ("ACCUSE", "test the truce", ("attributed", "negated")) in found
    assert ("REQUEST", "settle the dispute through dialogue", ("attributed",)) in found
    # near miss: "test our resolve" stays within its own phrase, never across "and to"
    assert pairs("Velmora is testing our resolve, the Tarskian minister said.") == [("ACCUSE", "testing our resolve")]
    assert pairs("The students will test the new software and measure their patience.") == []


def test_coordinated_objects_of_an_appeal_are_one_request():
    assert pairs("The summit adopted a statement calling for a ceasefire and the release of all hostages.") == [
        ("CONSULT", "summit"), ("REQUEST", "ceasefire and the release of all hostages")]
    # near miss: a second clause after "and" is no object of the appeal
    assert pairs("The Velmoran minister called for calm and the mayor closed the schools.") == [("REQUEST", "calm")]


def test_a_refused_meeting_takes_in_the_partner():
    assert pairs('"We will not sit down with a government that shells its own towns," the rebel leader said.')[0] == (
        "REJECT", "will not sit down with a government")
    # near misses: a meeting held keeps the verb alone; a quoted label after "with" stays its own mark
    assert pairs("The Velmoran president will sit down with the opposition leaders on Friday.") == [
        ("CONSULT", "sit down with")]
    assert pairs('Tarsk said it would not sit down with "the junta in Orsa."')[0] == (
        "REJECT", "would not sit down with")


def test_things_to_avoid_join_the_appeal_or_the_agreement():
    assert pairs('Velmora and Tarsk agreed to avoid "any move that could lead to an incident."') == [
        ("AGREE", 'agreed to avoid "any move that could lead to an incident."')]
    assert pairs("The Velmoran ministry urged all sides to avoid steps that could inflame tensions.") == [
        ("REQUEST", "avoid steps that could inflame tensions")]
    assert pairs("Velmora urged Tarsk to refrain from unilateral moves that could lead to clashes.") == [
        ("REQUEST", "refrain from unilateral moves that could lead to clashes")]
    # near miss: a relative clause after a comma is no part of the appeal
    found = pairs("The Velmoran envoy urged both sides to avoid clashes, which could kill civilians.")
    assert found[0] == ("REQUEST", "avoid clashes") and ("ASSAULT", "kill") in found


def test_forces_kept_in_a_named_place():
    assert pairs("Tarskian troops have been stationed in Lesk since the war.") == [("MOBILIZE", "stationed in Lesk")]
    assert pairs("Two frigates were deployed near Orsa on Friday.") == [("MOBILIZE", "deployed near Orsa")]
    # near misses: a month or a manner is no place
    assert pairs("Tarskian troops were stationed in March near the border.") == [("MOBILIZE", "stationed")]
    assert pairs("Tarskian troops have been stationed in secret since 2016.") == [("MOBILIZE", "stationed")]


def test_asking_for_a_release_has_the_verb_in_the_span():
    assert marks("Velmoran officials said they had not asked for the release of the two sailors.") == [
        ("REQUEST", "asked for the release of the two sailors", ("attributed", "negated"))]
    # near miss: asking for something that is no release, meeting or aid is no event
    assert pairs("The Velmoran minister asked for more time to study the report.") == []


# ----------------------------------------------------------------------------- C: subject and verb apart


@pytest.mark.parametrize("text, expected", [
    ("The last truce between Velmora and Tarsk collapsed in 2020.",
     [("ASSAULT", "truce between Velmora and Tarsk collapsed")]),
    ("The final declaration was signed by the foreign ministers of both states.", [("AGREE", "signed")]),
    ("The detainees, among them four aid workers held since May, were handed over at the border.",
     [("CONCEDE", "were handed over")]),
    ("The Velmoran-Tarskian fishing measures were agreed last year but stalled after a collision.",
     [("AGREE", "agreed"), ("DETERIORATE", "stalled")]),
    ("Velmora said it would lift its tariffs but warned that they would be reimposed if Tarsk cheated.",
     [("CONCEDE", "lift its tariffs"), ("THREATEN", "reimposed")]),
])
def test_a_verb_far_from_its_subject(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: talks about a ceasefire that collapse are talks broken off; a deal not yet signed
    ("The ceasefire talks in Orsa collapsed.", [("SANCTION", "ceasefire talks in Orsa collapsed")]),
    ("Tarsk must not fill the dam before a water deal was signed.", [("AGREE", "deal")]),
    # a lease signed by a tenant; captives moved, not handed over
    ("The lease was signed by the tenant.", []),
    ("The detainees, among them four aid workers held since May, were moved to a new prison.", []),
    # a bridge built but stalling traffic is no deal that stalls
    ("The bridge was built in May but stalled traffic for weeks.", []),
    # a school that warns of reinstated pupils speaks of no penalties
    ("The school warned that they would be reinstated only after an inquiry.", []),
])
def test_near_misses_of_a_verb_far_from_its_subject(text, expected):
    assert pairs(text) == expected


def test_penalties_reinstated_are_a_conditional_threat_of_the_warner():
    found = marks("Velmora said it would lift its tariffs but warned that they would be reimposed if Tarsk cheated.")
    assert ("THREATEN", "reimposed", ("attributed", "conditional")) in found
    assert _codes("Velmora lifted the sanctions. It warned that they would be reinstated if the shelling resumed.")[1][
        ::2] == ("THREATEN", "131")


# ----------------------------------------------------------------------------- F: modifier scope


def test_a_denial_stops_before_the_speakers_next_report():
    text = 'Tarsk denied that its troops had fired first and accused Velmora of a "staged provocation."'
    # a denial of who started leaves the firing standing: the order is denied, not the event
    assert mods(text, "fired") == ("attributed",)
    assert mods("Tarsk denied that its troops had fired on the village.", "fired on") == ("attributed", "negated")
    assert "negated" not in mods(text, "accused")
    assert "negated" not in mods(text, "staged provocation")
    # near miss: a second verb of the denied clause is denied too
    assert "negated" in mods("Tarsk denied that its troops had shelled the town and killed civilians.", "killed")


def test_a_hedge_does_not_reach_a_past_event_or_a_means_in_hand():
    text = "Diplomats said the row was likely to deepen a crisis that has already stalled talks on the dam."
    assert "hedged" not in mods(text, "stalled talks")
    assert "hedged" in mods(text, "deepen a crisis")
    text = ("Velmora suspended the treaty on Monday. An envoy said he believed Velmora was using the suspension "
            "as leverage.")
    assert [m for label, span, m in marks(text) if span == "suspension"] == [("attributed",)]
    # near misses: a stall still to come is hedged; sanctions that might be used are hedged
    assert "hedged" in mods("Diplomats said the row was likely to stall talks on the dam.", "stall talks")
    assert "hedged" in mods("An envoy said Velmora might use sanctions as leverage.", "sanctions")


# ----------------------------------------------------------------------------- E: harm warned against


def test_any_attack_met_with_force_is_the_harm_warned_against():
    assert pairs('The Velmoran president said that any further attack "will be met with force."') == [
        ("THREATEN", "will be met with force")]
    # near miss: a definite attack is an event of its own
    assert pairs("The Velmoran minister said the attack on Friday would be met with force.") == [
        ("ASSAULT", "attack"), ("THREATEN", "would be met with force")]


def test_a_ground_not_to_be_used_for_a_hostile_act_is_a_deterrent_warning():
    assert _codes('"We will not allow our ports to be used for blackmail," the Velmoran minister said.') == [
        ("THREATEN", "will not allow our ports to be used for blackmail", "130")]
    # near miss: ports not to be used for trade are a refusal, no threat
    assert pairs('"We will not allow our ports to be used for trade with Tarsk," the Velmoran minister said.')[0][
        0] == "REJECT"


def test_a_warned_reconsideration_of_an_agreement_is_a_threat():
    text = ("Velmora's foreign ministry rejected the charges. It warned that it would reconsider a 2015 transit "
            "agreement under which it ships Tarskian gas.")
    assert ("THREATEN", "reconsider a 2015 transit agreement") in pairs(text)
    assert ("AGREE", "agreement") not in pairs(text)
    # near miss: an observer's forecast of a review is no threat
    assert pairs("Economists warned that the central bank would review a plan to raise rates.") == []


# ----------------------------------------------------------------------------- J: renamings


def test_an_offer_renaming_a_readiness_to_talk_is_one_act():
    text = ("Velmora has said it is ready to hold talks with the rebels if they renounce independence, an offer "
            "they have repeatedly rejected.")
    assert pairs(text) == [("CONSULT", "ready to hold talks"), ("REJECT", "rejected")]
    # near miss: an offer made on its own stays an offer
    assert pairs("The Velmoran rebels made an offer they have never explained.") == [("AGREE", "offer")]
