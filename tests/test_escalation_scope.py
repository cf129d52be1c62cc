"""Escalation lens: veiled threats in new wording, refusals with other verbs, the scope of
conditions and hedges, one act one mark, deployment places, quoted labels and CAMEO codes.
Each rule is checked both ways: the construction is read, and a near miss that looks like it
is not."""

from __future__ import annotations

import pytest

from course.analysis import analyze
from escalation_marks import LENS, marks, mods, pairs


# ----------------------------------------------------------------------------- V: veiled threats


@pytest.mark.parametrize("text, expected", [
    # "every measure necessary" to defend what a state holds: a veiled threat (CAMEO 130)
    ("We will take every measure necessary to defend our skies.",
     [("THREATEN", "take every measure necessary to defend our skies")]),
    ("Ostgrad will take all necessary measures to protect its sovereignty.",
     [("THREATEN", "take all necessary measures to protect its sovereignty")]),
    # near miss: the same formula for care, not defence of the state
    ("The airline will take every measure necessary to protect passengers.", []),
    # "would not hesitate" with the act named, quoted or not
    ('Nadria would "not hesitate" to escort its merchant ships with warships.',
     [("THREATEN", 'would "not hesitate" to escort its merchant ships with warships')]),
    # the act named after it joins the threat and sets its code (138: force)
    ("Kessia will not hesitate to deploy more troops.", [("THREATEN", "will not hesitate to deploy more troops")]),
    # near miss: "not hesitate to meet" promises a meeting; the hesitation, not the meeting, is denied
    ("The Lorvian president said he would not hesitate to meet Tarsk's leader.", [("CONSULT", "meet")]),
    # weapons aimed at a target are a threat of force (CAMEO 138)
    ('The so-called "defensive" batteries are aimed at Tarskian bases on the mainland.',
     [("THREATEN", "batteries are aimed at Tarskian bases")]),
    ("Tarsk has aimed its missiles at Lorvian cities.", [("THREATEN", "aimed its missiles at Lorvian cities")]),
    # near misses: no weapon aimed, or a purpose after "aimed at"
    ("Lorvia said the new sanctions are aimed at Tarskian banks.", [("SANCTION", "new sanctions")]),
    ("Velmora said the inspections were aimed at stopping arms smuggling.", []),
])
def test_veiled_threats_in_new_wording(text, expected):
    assert pairs(text) == expected


def test_a_hostile_step_under_consideration_is_a_threat():
    (label, span, _), = marks("Drava is considering closing the Kessian consulate in the port city of Mirn.")
    assert (label, span) == ("THREATEN", "considering closing the Kessian consulate")
    a, = [x for x in analyze("Drava is considering closing the Kessian consulate.").annotations if x.category in LENS]
    assert a.intensity == pytest.approx(-5.8)  # CAMEO 1313 threaten to reduce or break relations
    # near misses: a step taken is the act; a cooperative step weighed is no threat
    assert pairs("Drava closed the Kessian consulate.") == [("SANCTION", "closed the Kessian consulate")]
    assert pairs("Drava is considering reopening the Kessian consulate.")[0][0] == "SUPPORT"


# ----------------------------------------------------------------------------- R: refusals


@pytest.mark.parametrize("text, expected", [
    ("Velmora said it was ready to discuss a filling schedule but would not halt the project.",
     [("CONSULT", "ready to discuss"), ("REJECT", "would not halt the project")]),
    ("Tarsk will never abandon its nuclear programme.", [("REJECT", "will never abandon its nuclear programme")]),
    # near miss: stopping something that is no undertaking of a side
    ("The company would not halt the sale.", []),
    # a refusal to sit down with the other side is a refused meeting (CAMEO 125)
    ('Tarsk said it would not sit down with "the junta in Kessa".',
     [("REJECT", "would not sit down with"), ("ACCUSE", "junta")]),
    ("The two foreign ministers sat down with each other in Geneva.", [("CONSULT", "sat down with")]),
    # near miss: sitting down with (or meeting) the press is an interview
    ("The minister sat down with reporters in Geneva.", []),
    ("The minister met with reporters on Friday.", []),
])
def test_refusals_with_other_verbs(text, expected):
    assert pairs(text) == expected


# ----------------------------------------------------------------------------- S: scope of modifiers


def test_an_if_clause_of_a_later_warning_does_not_make_the_ultimatum_conditional():
    text = ("Nadria on Thursday gave neighbouring Velmora 72 hours to stop filling the reservoir, warning that it "
            'would "use all available means" if the deadline passed.')
    assert "conditional" not in mods(text, "gave neighbouring Velmora 72 hours")
    assert "conditional" in mods(text, "all available means")
    # near miss: an if-clause of the main clause itself still makes the ultimatum conditional
    assert "conditional" in mods("If Velmora refuses, Nadria will give it 72 hours to stop filling the reservoir.",
                                 "give it 72 hours")


def test_a_whether_clause_hedges_its_own_event():
    text = ("Warplanes were seen flying near the border, witnesses said, though it could not be independently "
            "verified whether they crossed into Velmoran airspace.")
    assert "hedged" in mods(text, "crossed into Velmoran airspace")
    # near miss: a past relative clause with a subject pronoun still dates its event
    text = "If Merrow kept troops in two border villages it seized last autumn, Lorvia would respond."
    assert "conditional" not in mods(text, "seized")


def test_the_writers_apposition_after_a_final_condition_is_outside_it():
    text = ("The Front said it would release 30 detained soldiers if the government freed rebel prisoners, "
            "an offer the government has not accepted.")
    assert "conditional" not in mods(text, "offer")
    assert mods(text, "accepted") == ("negated",)
    assert "conditional" in mods(text, "release 30 detained soldiers")
    # near miss: a short condition ("if necessary") reaches the manner after its comma (the seed's reading)
    assert "conditional" in mods("Lorvia said it would respond if necessary, also asymmetrically.", "asymmetrically")


def test_a_past_participle_after_its_noun_is_not_hedged():
    text = "A person briefed on the talks said the next swap may include civilians detained on espionage charges."
    assert "hedged" not in mods(text, "detained") and "hedged" not in mods(text, "espionage")
    # near misses: the verb of the hedged clause, and an adjective before its noun
    assert "hedged" in mods("Tarsk may detain more civilians on espionage charges.", "detain")
    assert "hedged" in mods("The launchers could fire prohibited missiles.", "missiles")


def test_a_quoted_manner_after_a_verb_of_reacting_is_its_own_threat():
    text = 'Tarsk would respond "symmetrically" if Lorvia went ahead with its programme.'
    assert ("THREATEN", "symmetrically") in pairs(text)
    assert pairs('The wings were arranged "symmetrically" around the hall.') == []


@pytest.mark.parametrize("text", [
    "The minister said Lorvia didn't rule out new sanctions if Tarsk went ahead.",
    "Dron's office hasn't ruled out new sanctions.",
])
def test_a_contracted_not_rule_out_is_a_hedge_not_a_rejection(text):
    found = marks(text)
    assert not [m for m in found if m[0] == "REJECT"]
    (label, span, modifiers), = found
    assert (label, span) == ("THREATEN", "new sanctions") and "hedged" in modifiers


def test_ruling_out_is_still_a_rejection():
    assert pairs("Lorvia ruled out new sanctions.") == [("REJECT", "ruled out new sanctions")]
    assert pairs("Dron's office hasn't ruled out a partial recount.") == []


def test_a_hedge_stays_in_the_reported_clause_and_off_a_subject_that_eases():
    text = "A Western diplomat who has followed the talks said the sides might meet again."
    assert "hedged" not in mods(text, "talks") and "hedged" in mods(text, "meet")
    text = "Fighting in the region has apparently eased since the talks began."
    assert "hedged" not in mods(text, "Fighting")
    # near misses: a parenthetical reporting verb does not cut the hedge; a verb that brings the
    # fighting about leaves it hedged
    assert "hedged" in mods("Sanctions, officials said, may be imposed next week.", "Sanctions")
    assert "hedged" in mods("Fighting may resume in the region.", "Fighting")


# ----------------------------------------------------------------------------- E: one act, one mark


@pytest.mark.parametrize("text, expected", [
    ("The presidents spoke by telephone on a military hotline, both governments said.",
     [("CONSULT", "spoke by telephone")]),
    # near miss: a hotline that is the event itself
    ("The two armies agreed to restore a military hotline.", [("AGREE", "agreed to restore a military hotline")]),
    ("Lorvia was prepared to allow Tarskian inspectors to visit the disputed launch sites.",
     [("AGREE", "prepared to allow Tarskian inspectors")]),
    ("Under the treaty, inspectors may visit any site at 48 hours' notice.", []),
    # near miss: an official's visit is a visit
    ("The Lorvian foreign minister will visit Tarsk next week.", [("CONSULT", "visit")]),
    ("A corridor out of besieged Belsk opened on Saturday, allowing 2,000 civilians to leave before shelling "
     "forced a halt.", [("ASSAULT", "shelling")]),
    ("The Council called on both sides to show restraint and to resolve the dispute through dialogue.",
     [("REQUEST", "show restraint"), ("REQUEST", "resolve the dispute through dialogue")]),
    # near miss: a dialogue that is held stays a consultation
    ("Lorvia and Tarsk held a dialogue on border security.", [("CONSULT", "dialogue")]),
    ("Asked whether a ceasefire agreement was possible, she declined to say.", [("AGREE", "ceasefire agreement")]),
])
def test_one_act_one_mark(text, expected):
    assert pairs(text) == expected


def test_a_side_that_allows_still_concedes():
    # near miss of the result participle: a side as the subject of "allowing" concedes
    assert ("CONCEDE", "allowing") in pairs("Kessia is allowing fishermen to return, the minister said.")


# ----------------------------------------------------------------------------- H2: deployment places


@pytest.mark.parametrize("text, span", [
    ("Tarsk accused Lorvia of deploying banned missiles near their common border.",
     "deploying banned missiles near their common border"),
    ("Tarsk may now move nuclear-capable missiles closer to the frontier.",
     "move nuclear-capable missiles closer to the frontier"),
    ("The rebels may have moved heavy weapons into the old town.", "moved heavy weapons into the old town"),
    # near misses: a time after the forces is no place; a headline's place without its determiner stays out
    ("Tarsk deployed troops on Monday.", "deployed troops"),
    ("Lorvia may deploy missiles near Varnian border", "deploy missiles"),
])
def test_a_deployment_takes_its_place(text, span):
    assert ("MOBILIZE", span) in pairs(text)


# ----------------------------------------------------------------------------- L, C, G


@pytest.mark.parametrize("text, expected", [
    ('Velmoran state television called the Nadrian government "a gang of adventurers".',
     [("ACCUSE", "gang of adventurers")]),
    ('Nadria called it "an act of piracy" and "a declaration of economic war".',
     [("ACCUSE", "act of piracy"), ("ACCUSE", "declaration of economic war")]),
    ('Velmoran officials describe Nadrian ports as "smuggling hubs" for militants.', [("ACCUSE", "smuggling hubs")]),
    # near misses: a quoted name with no insult at its head
    ('He called the film "a band of brothers story".', []),
    ('Tarsk welcomed the exchange and called it "a step in the right direction".', [("SUPPORT", "welcomed")]),
])
def test_quoted_labels_after_a_verb_of_naming(text, expected):
    assert pairs(text) == expected


def test_quoted_labels_are_quoted_and_attributed():
    assert mods('State television called the government "a gang of adventurers".', "gang of adventurers") == (
        "attributed", "quoted")


def test_codes_of_captured_people_readiness_to_talk_and_a_treaty_suspension():
    a = {x.text: x for x in analyze("The exchange freed 40 prisoners, most of them soldiers captured in the "
                                    "fighting.").annotations if x.category in LENS}
    assert a["soldiers captured"].label == "ASSAULT" and a["soldiers captured"].intensity == pytest.approx(-9.0)
    # near miss: soldiers who capture a town take territory
    assert pairs("Rebel soldiers captured the town on Monday.") == [("COERCE", "captured")]
    b, = [x for x in analyze("Kessia was ready to hold direct talks with Tarsk.").annotations if x.category in LENS]
    assert (b.text, b.intensity) == ("ready to hold direct talks", pytest.approx(4.0))  # CAMEO 036
    text = 'Lorvia denied that it had violated the treaty. Marr called the suspension "a reckless and cynical step".'
    assert ("REJECT", "suspension") in pairs(text)
    # near misses: no treaty around the suspension, or a suspension of aid
    assert ("SANCTION", "suspension") in pairs("The suspension is likely to deepen a crisis between the two countries.")
    assert pairs("The treaty was signed in 2009. The suspension of aid angered Kessia.")[0][0] == "SANCTION"


def test_plain_de_escalation_steps():
    text = ("Diplomats in Drava said the withdrawal may take several days. Troops were reportedly still dug in, and "
            "it was unclear whether heavy weapons would be removed.")
    found = marks(text)
    assert ("RETREAT", "withdrawal", ("attributed",)) in found  # a definite noun, its field in the next sentence
    assert ("RETREAT", "heavy weapons would be removed", ("hedged",)) in found
    # near misses: a withdrawal with no field of force around it; a thing removed that is no weapon
    assert pairs("Officials said the withdrawal of the bid surprised investors. Shares fell.") == []
    assert pairs("The old furniture was removed.") == []


def test_an_appeal_not_made_and_a_delivery_that_never_came():
    assert marks("Tarsk did not ask for their release.") == [("REQUEST", "ask for their release", ("negated",))]
    assert pairs("Tarsk asked for the release of the journalists.") == [("REQUEST", "asked for the release of the journalists")]
    assert pairs("The minister asked for a glass of water.") == []
    found = marks("Velmora agreed last year to share hydrological data, but the data has never been delivered.")
    assert ("COOPERATE", "delivered", ("negated",)) in [(a, b, tuple(m for m in c if m != "attributed"))
                                                        for a, b, c in found]
    assert pairs("The parcel has never been delivered.") == []
