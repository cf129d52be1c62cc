"""Escalation and de-escalation lens: pinned readings of the seed article, negatives,
negation, conditionals, hedges, the lexicon file, and the per-paragraph curve."""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

import pytest

import course.lenses.escalation as escalation_pkg
from course.analysis import analyze
from course.datasets import load_article, load_cameo_weights, load_lexicon
from course.errors import DatasetError
from course.lenses.escalation.patterns import _PATTERNS
from course.lenses.escalation.weights import goldstein
from course.document import build_document
from course.labels import DEESCALATION_LABELS, ESCALATION_LABELS, INTENSITY_RANGE
from course.lenses.escalation import (
    CONDITIONAL_FACTOR,
    HEDGE_FACTOR,
    NEGATION_FACTOR,
    annotate,
    escalation_curve,
)

LENS = ("escalation", "deescalation")


def found(text: str):
    return [a for a in analyze(text).annotations if a.category in LENS]


@pytest.fixture(scope="module")
def seed():
    return [a for a in load_article().analyze().annotations if a.category in LENS]


def one(anns, text, nth=0):
    hits = [a for a in anns if a.text == text]
    assert len(hits) > nth, f"{text!r} not found; found: {[a.text for a in anns]}"
    return hits[nth]


# ----------------------------------------------------------------------------- seed article


def test_asymmetric_retaliatory_steps_is_a_threat(seed):
    a = one(seed, "asymmetric retaliatory steps")
    assert (a.category, a.label) == ("escalation", "THREATEN")
    assert a.intensity < 0 and "CAMEO" in a.reference and "Goldstein" in a.reference


def test_unfriendly_in_scare_quotes_is_an_accusation_marked_quoted(seed):
    first, second = one(seed, "unfriendly", 0), one(seed, "unfriendly", 1)
    assert first.label == second.label == "ACCUSE"
    assert "quoted" in first.modifiers and "scare quotes" in first.explanation
    assert "quoted" not in second.modifiers  # 'react to the unfriendly steps': no quotation marks


def test_asymmetrically_is_a_conditional_threat_with_reduced_weight(seed):
    a = one(seed, "asymmetrically")
    assert a.label == "THREATEN" and "conditional" in a.modifiers
    assert a.intensity == pytest.approx(-4.4 * CONDITIONAL_FACTOR)
    assert "if necessary" in a.explanation and "conditional" in a.explanation
    # the unconditional threat earlier in the same sentence keeps its full weight
    assert "conditional" not in one(seed, "react").modifiers


def test_react_to_unfriendly_steps_is_a_threat_by_pattern(seed):
    a = one(seed, "react")
    assert a.label == "THREATEN" and a.rule.startswith("pattern:")


def test_restrained_approach_and_negotiations_are_deescalation(seed):
    r = one(seed, "exceptionally restrained approach")
    assert (r.category, r.label) == ("deescalation", "RESTRAINT") and r.intensity > 0
    n = one(seed, "negotiations")
    assert (n.category, n.label) == ("deescalation", "CONSULT")
    p = one(seed, "not to create problems artificially")
    assert p.label == "RESTRAINT" and "negated" not in p.modifiers  # the 'not' belongs to the phrase


def test_military_posture(seed):
    for phrase in ("naval build-up", "maritime drills", "strengthen the country’s air defences"):
        assert one(seed, phrase).label == "MOBILIZE", phrase


def test_crosshairs_is_an_implicit_threat_of_force(seed):
    # THREATEN rather than MOBILIZE: the image puts a named ship within aim (CAMEO 138).
    a = one(seed, "crosshairs of our defence systems")
    assert a.label == "THREATEN" and a.intensity == pytest.approx(-7.0)
    assert "quoted" in a.modifiers


def test_accusations(seed):
    for phrase in ("aggressively", "provocation", "containing", "containment policy", "major violation"):
        assert one(seed, phrase).label == "ACCUSE", phrase
    assert "quoted" in one(seed, "aggressively").modifiers


def test_relationship_and_embassy_threat(seed):
    assert one(seed, "hit rock bottom").label == "DETERIORATE"
    assert one(seed, "Deteriorating").label == "DETERIORATE"
    e = one(seed, "threatening to shut down its embassy")
    assert e.label in {"THREATEN", "SANCTION"} and e.intensity == pytest.approx(-5.8)


def test_seed_spans_and_vocabulary(seed):
    text = load_article().text
    assert len(seed) >= 20
    for a in seed:
        assert text[a.start : a.end] == a.text
        labels = ESCALATION_LABELS if a.category == "escalation" else DEESCALATION_LABELS
        assert a.label in labels
        assert INTENSITY_RANGE[0] <= a.intensity <= INTENSITY_RANGE[1]
        assert (a.intensity < 0) == (a.category == "escalation"), a
        assert a.rule and a.reference and a.explanation
    # nothing in the caption or the date line
    assert not [a for a in seed if a.text in {"Image", "AP", "date"}]


# ----------------------------------------------------------------------------- negatives


@pytest.mark.parametrize(
    "text",
    [
        "Markets reacted calmly to the news.",
        "My brother talks about football all day.",
        "The dentist bought new dental drills.",
        "She took a long walk in the park before dinner.",
        "The box containing documents was lost.",
    ],
)
def test_everyday_uses_are_not_escalation(text):
    assert found(text) == []


def test_a_meeting_of_a_minister_is_consultation():
    (a,) = found("The minister took part in the meeting.")
    assert (a.text, a.category, a.label) == ("meeting", "deescalation", "CONSULT")


def test_name_parts_are_skipped():
    anns = found("Officials of the Asia-Pacific Economic Cooperation forum met in Tokyo.")
    assert "Cooperation" not in [a.text for a in anns]


# ----------------------------------------------------------------------------- rules


def test_negated_escalation_becomes_restraint():
    # the negation makes the restraint (ANNOTATION.md §3, §8.4): it is in the span, and no `negated`
    (a,) = found("Russia will not retaliate.")
    assert (a.text, a.category, a.label) == ("will not retaliate", "deescalation", "RESTRAINT")
    assert "negated" not in a.modifiers and a.intensity == pytest.approx(4.4 * NEGATION_FACTOR)
    (b,) = found("Moscow has no plans to deploy troops near the border.")
    assert b.category == "deescalation" and "negated" not in b.modifiers and b.text.startswith("no plans to deploy")
    # near misses: a past negation states a fact (negated, label kept), a refusal of cooperation is REJECT
    (c,) = found("Russia did not retaliate.")
    assert (c.text, c.label) == ("retaliate", "THREATEN") and "negated" in c.modifiers


def test_negated_cooperation_is_a_rejection():
    (a,) = found("The two sides failed to reach an agreement.")
    assert (a.category, a.label, a.intensity) == ("escalation", "REJECT", -4.0)
    # the failure is the rejection itself, "failed to" in its span: no negated (ANNOTATION.md §8.4)
    assert a.text == "failed to reach an agreement" and "negated" not in a.modifiers


def test_conditional_threat():
    anns = found("If the US deploys missiles, Moscow will respond in kind.")
    resp = one(anns, "respond in kind")
    assert resp.label == "THREATEN" and "conditional" in resp.modifiers
    assert resp.intensity == pytest.approx(-4.4 * CONDITIONAL_FACTOR)
    assert all("conditional" in a.modifiers for a in anns)
    plain = found("Moscow will respond in kind.")
    assert plain and "conditional" not in plain[0].modifiers and plain[0].intensity == pytest.approx(-4.4)


def test_hedged_threat_is_weaker():
    (a,) = [x for x in found("Moscow may retaliate.") if x.text == "retaliate"]
    assert "hedged" in a.modifiers and a.intensity == pytest.approx(-4.4 * HEDGE_FACTOR)
    assert "'may'" in a.explanation


def test_cessation_turns_the_object_around():
    (a,) = found("The EU lifted sanctions on Belarus.")
    assert (a.text, a.category, a.label) == ("lifted sanctions", "deescalation", "CONCEDE")
    (b,) = found("Japan halted economic aid to Serbia.")
    assert (b.category, b.label) == ("escalation", "SANCTION")


def test_heads_absorb_their_complement():
    (a,) = found("Russia rejected the peace plan.")
    assert (a.text, a.label) == ("rejected the peace plan", "REJECT")  # the head with what it governs (§8.4)
    (b,) = found("Russia demanded a truce.")
    assert (b.text, b.label) == ("demanded", "DEMAND")


def test_annotate_uses_hedging_lens_output():
    doc = build_document("Moscow will retaliate.")
    from course.model import Annotation

    hedge = Annotation(0, 6, "Moscow", "hedge", "epistemic", "test hedge")
    (a,) = annotate(doc, [hedge])
    assert "hedged" in a.modifiers
    (b,) = annotate(doc, [])
    assert "hedged" not in b.modifiers


# ----------------------------------------------------------------------------- curve and lexicon


def test_escalation_curve():
    text = "They held talks with the minister.\n\nThey imposed sanctions and expelled diplomats."
    a = analyze(text)
    curve = escalation_curve(a)
    assert [p for p, _ in curve] == [0, 1]
    assert curve[0][1] > 0 > curve[1][1]
    assert escalation_curve(a.annotations, a.document, how="mean")[1][1] > curve[1][1]
    with pytest.raises(ValueError):
        escalation_curve(a.annotations)


def test_lexicon_rows_are_consistent():
    rows = load_lexicon("escalation")
    assert len(rows) > 300
    phrases = [e.phrase for e in rows]
    assert len(phrases) == len(set(phrases))
    for e in rows:
        cat = e.get("category")
        assert cat in LENS, e
        assert e.label in (ESCALATION_LABELS if cat == "escalation" else DEESCALATION_LABELS), e
        w = float(e.get("intensity"))
        assert INTENSITY_RANGE[0] <= w <= INTENSITY_RANGE[1]
        assert (w < 0) == (cat == "escalation"), e
        assert e.get("cameo") in e.source and "Goldstein 1992" in e.source
        assert e.get("kahn_rung") in {"", "1", "2", "3"}
        assert e.explanation
    for form in ("threaten", "threatens", "threatened", "threatening", "retaliate", "retaliation", "retaliatory"):
        assert form in phrases


# ----------------------------------------------------------------------------- speech acts, span shape, new patterns
# Constructed sentences (not from the practice texts): each rule is checked both ways.


def spans(text):
    return {(a.text, a.label) for a in found(text)}


def test_appeal_content_is_the_request():
    anns = found("The UN urged both governments to show restraint and to resume talks on the border.")
    assert {(a.text, a.label) for a in anns} == {("show restraint", "REQUEST"), ("resume talks", "REQUEST")}
    assert one(anns, "resume talks").intensity == pytest.approx(4.0)  # CAMEO 026: an appeal to negotiate
    assert one(anns, "show restraint").intensity == pytest.approx(3.0)  # CAMEO 02
    assert spans("The EU called for calm after the clashes.") >= {("calm", "REQUEST")}
    # no diplomatic actor: an everyday appeal is not an event
    assert found("The coach urged the players to stay calm.") == []
    # an appeal for a hostile act is left to the hostile act
    assert ("impose sanctions", "SANCTION") in spans("Kyiv urged the EU to impose sanctions on Moscow.")


def test_warned_act_becomes_a_threat_and_warned_is_not_an_event():
    anns = found("The minister warned that Valdia would expel British diplomats.")
    a = one(anns, "expel")
    assert a.label == "THREATEN" and a.intensity == pytest.approx(-5.8)
    assert "warned" not in [x.text for x in anns]
    # a warning with no act in its content is itself the threat
    assert ("warned", "THREATEN") in spans("The minister warned Valdia on Monday.")


def test_not_ruling_out_is_a_hedged_threat():
    (a,) = found("Beijing did not rule out sanctions on the firms.")
    assert (a.text, a.label) == ("sanctions", "THREATEN") and "hedged" in a.modifiers
    assert a.category == "escalation" and "negated" not in a.modifiers
    # plain 'ruled out' is still a rejection
    assert ("ruled out talks", "REJECT") in spans("The minister ruled out talks with the rebels.")


def test_denial_keeps_the_event_and_marks_it_negated():
    (a,) = found("The ministry denied that its diplomats had been spying.")
    assert (a.text, a.label, a.category) == ("spying", "ACCUSE", "escalation") and "negated" in a.modifiers
    # 'denied entry' is a refusal, not a report of speech
    assert ("denied", "REJECT") in spans("Officials denied entry to the inspectors.")


def test_conceded_that_reports_speech():
    assert found("The envoy conceded that the hardest issue was left open.") == []
    assert ("concessions", "CONCEDE") in spans("The government made concessions to the rebels.")


def test_refusal_span_takes_the_modal_and_negator():
    a = one(found("The minister said Valdia would not accept preconditions."), "would not accept preconditions")
    assert a.label == "REJECT" and "negated" not in a.modifiers
    b = one(found("We will not be intimidated, the president said."), "will not be intimidated")
    assert b.label == "REJECT"
    assert not [x for x in found("The minister said Valdia would accept the offer.") if x.label == "REJECT"]


def test_negation_stops_at_a_topic_preposition_and_at_another_phrase():
    a = one(found("“We do not comment on forgeries,” the minister said."), "forgeries")
    assert a.label == "ACCUSE" and "negated" not in a.modifiers
    (b,) = found("Russia will not retaliate.")
    assert "negated" not in b.modifiers and b.text == "will not retaliate"  # the "not" makes the restraint (§3)


def test_grading_adjective_joins_the_phrase():
    assert ("reckless provocation", "ACCUSE") in spans("The minister called it a reckless provocation.")
    assert ("dangerous escalation", "ACCUSE") in spans("The minister said it was a dangerous escalation.")
    # a degree adverb keeps the adjective out: 'the most serious challenge'
    assert ("challenge to freedom of navigation", "ACCUSE") in spans(
        "It was the most serious challenge to freedom of navigation, the minister said.")
    # a plain description keeps its reading
    assert ("escalation", "DETERIORATE") in spans("The minister feared an escalation.")


def test_coordinated_labels_are_one_phrase():
    assert ("groundless and hostile", "ACCUSE") in spans("The minister called the move groundless and hostile.")


def test_meeting_named_as_time_of_another_consultation_is_not_repeated():
    anns = found("During the annual meeting, the ministers discussed trade.")
    assert [a.text for a in anns] == ["discussed"]
    assert [a.text for a in found("The ministers held a meeting in Paris.")] == ["meeting"]


def test_anaphoric_dispute_name_is_not_a_new_event():
    anns = found("The row is likely to overshadow the summit of the ministers.")
    assert "row" not in [a.text for a in anns] and "summit" in [a.text for a in anns]
    assert ("row", "DETERIORATE") in spans("Seoul and Tokyo are locked in a row over history.")


def test_talks_on_a_weekday_do_not_absorb_later_events():
    anns = spans("The ministers held talks in Geneva on Wednesday since fighting broke out last year.")
    assert ("fighting broke out", "ASSAULT") in anns
    assert spans("The ministers held talks on limiting missiles.") == {("talks", "CONSULT")}


@pytest.mark.parametrize(
    "text, phrase, label",
    [
        ("The envoy said Varnia would respond “firmly” to the harassment of its ships.", "respond", "THREATEN"),
        ("Valdia vows firm response to the expulsions.", "firm response", "THREATEN"),
        ("Valdia vows response after the expulsions.", "response", "THREATEN"),
        ("The minister said Valdia would walk away from the talks.", "walk away from the talks", "SANCTION"),
        ("Valdia reportedly halted Ostrian grain shipments at the border.", "halted Ostrian grain shipments", "SANCTION"),
        ("The minister said more staff could be asked to leave.", "asked to leave", "SANCTION"),
        ("Relations between Valdia and Ostria are at their lowest point in decades.", "lowest point in decades",
         "DETERIORATE"),
        ("The minister called it a political move dressed up as a security measure.",
         "political move dressed up as a security measure", "ACCUSE"),
        ("The navy said Ostrian boats fired flares across the bow of a Valdian ship.", "fired flares across the bow",
         "MOBILIZE"),
        ("Ostria said its patrol boat had strayed into Valdian territorial waters.",
         "strayed into Valdian territorial waters", "ACCUSE"),
        ("Ostria said its navy escorted the Valdian frigate out.", "escorted the Valdian frigate out", "COERCE"),
        ("The minister said Ostria was testing Valdia’s resolve.", "testing Valdia’s resolve", "ACCUSE"),
        ("The minister said Ostria had staged the incident.", "staged the incident", "ACCUSE"),
        ("The navy said the frigate was on a routine patrol.", "routine patrol", "RESTRAINT"),
        ("The foreign minister said Ostria wanted calm.", "wanted calm", "RESTRAINT"),
        ("The foreign minister said Ostria was ready to discuss everything.", "ready to discuss everything", "CONSULT"),
        ("Both armies will let aid convoys into the district.", "let aid convoys into the district", "AID"),
        ("The ministers will discuss an exchange of 50 prisoners.", "exchange of 50 prisoners", "CONCEDE"),
        ("Valdia is considering sanctions on Ostrian banks.", "considering sanctions", "THREATEN"),
        ("Two destroyers will be deployed to the area, the navy said.", "deployed to the area", "MOBILIZE"),
        ("The army moved tanks towards the border.", "moved tanks towards the border", "MOBILIZE"),
        ("Images show new construction at a military base near the border.", "new construction at a military base",
         "MOBILIZE"),
        ("Valdia and Ostria trade accusations over the collision.", "trade accusations", "ACCUSE"),
        ("His comments referred to USS Porter, which sailed through the Black Sea.", "sailed through the Black Sea",
         "MOBILIZE"),
        ("The ministry accused the diplomats of activities incompatible with their status.",
         "activities incompatible with their status", "ACCUSE"),
        ("The navy said it would use all necessary means.", "all necessary means", "THREATEN"),
        ("The envoy said the ministers were cautiously optimistic.", "cautiously optimistic", "SUPPORT"),
        ("The two delegations opened ceasefire talks in Geneva.", "ceasefire talks", "CONSULT"),
        ("Diplomats said the truce could unravel.", "unravel", "DETERIORATE"),
        ("The minister said Ostria had launched an investigation into the crash.", "investigation", "ACCUSE"),
    ],
)
def test_new_patterns_fire(text, phrase, label):
    assert one(found(text), phrase).label == label


@pytest.mark.parametrize(
    "text",
    [
        "The company halted shipments of its new phone.",  # trade verb, no state actor
        "The cruise ship sailed through the Caribbean Sea.",  # no navy ship named
        "The new drug showed encouraging results in a routine test.",
        "She wanted cake for her birthday.",
        "The chef exchanged recipes with his students.",
        "The runners were told to leave their bags at the gate.",  # not passive 'be told to leave'
        "The results followed a months-long investigation by the university.",  # no opening verb
        "The team tested the new software.",
        "Police boats escorted the regatta out of the harbour.",  # no military word
    ],
)
def test_new_patterns_stay_quiet_on_everyday_text(text):
    assert found(text) == []


# ----------------------------------------------------------------------------- CAMEO coverage and general mechanisms
# Invented sentences (fictional states Ardania and Corvia); each mechanism is checked both ways.


def labels(text):
    return {(a.text, a.label) for a in found(text)}


@pytest.mark.parametrize(
    "text, phrase, label",
    [
        ("Ardania rebuked Corvia for its remarks.", "rebuked", "ACCUSE"),  # CAMEO 111
        ("Corvia turned down the Ardanian offer.", "turned down the Ardanian offer", "REJECT"),  # 120
        ("Corvia spurned calls for a ceasefire.", "spurned calls for a ceasefire", "REJECT"),
        ("The ministers issued a joint statement on Friday.", "joint statement", "AGREE"),
        ("The two leaders spoke by phone on Monday.", "spoke by phone", "CONSULT"),  # 041
        ("The president backed down after a week of pressure from Corvia.", "backed down", "CONCEDE"),  # 080
        ("The rebels laid down their arms in Corvia.", "laid down their arms", "RETREAT"),  # 0873
        ("Corvia raised the alert level of its army.", "alert level", "MOBILIZE"),  # 152
        ("Ardania test-fired a cruise missile.", "test-fired a cruise missile", "MOBILIZE"),  # 150
        ("The EU added three Corvian banks to its blacklist.", "blacklist", "SANCTION"),  # 163
        ("The government declared martial law in the south.", "declared martial law", "COERCE"),  # 1724
        ("A drone strike hit the depot overnight.", "drone strike", "ASSAULT"),  # 195
        ("Corvia accused Ardania of sabotage.", "accused", "ACCUSE"),
        ("Ardania hopes to ease tensions with Corvia.", "ease tensions", "RESTRAINT"),
    ],
)
def test_cameo_coverage_rows(text, phrase, label):
    assert (phrase, label) in labels(text)


def test_coverage_rows_need_their_field():
    # the same words outside diplomatic or military news are not events
    assert found("The students rebuked the referee.") == []
    assert found("The team thanked the fans after the match.") == []
    assert found("The bakery raised its prices.") == []


def test_offer_of_talks_is_an_intent_to_meet():
    a = one(found("Ardania offered to host talks between the two sides."), "offered to host talks")
    assert (a.label, a.intensity) == ("CONSULT", 4.0) and "036" in a.reference
    m = one(found("Norway offered to mediate between Ardania and Corvia."), "offered to mediate")
    assert m.label == "CONSULT" and m.intensity == pytest.approx(5.0)  # CAMEO 039
    # an offer of something else stays an offer to cooperate, its object absorbed
    assert labels("Ardania offered financial help to Corvia.") == {("offered", "AGREE")}


def test_proposed_sanctions_are_a_threat_not_an_offer():
    anns = found("The Commission proposed new sanctions against Corvia.")
    assert ("proposed new sanctions", "THREATEN") in {(a.text, a.label) for a in anns}
    assert not any(a.label == "AGREE" for a in anns)
    # a proposal of talks is an intent to meet; a domestic budget proposal is no event
    assert labels("Corvia proposed a meeting of foreign ministers.") == {("proposed a meeting", "CONSULT")}
    assert found("The government proposed a new budget to parliament.") == []


def test_rejecting_talks_and_plans_gets_its_own_code():
    talks = one(found("Corvia rejected Ardania's proposal for talks."), "rejected Ardania's proposal for talks")
    assert talks.intensity == pytest.approx(-5.0) and "125" in talks.reference
    plan = one(found("Corvia rejected the peace plan."), "rejected the peace plan")
    assert plan.intensity == pytest.approx(-5.0) and "127" in plan.reference
    aid = one(found("Corvia rejected the request for weapons."), "rejected the request")
    assert aid.intensity == pytest.approx(-4.0)  # plain CAMEO 120


def test_declined_to_comment_is_not_a_rejection():
    assert found("Officials in Ardania declined to comment on the report.") == []
    assert ("declined an invitation to the summit", "REJECT") in labels("Ardania declined an invitation to the summit.")


def test_noun_and_verb_forms_of_withdrawal():
    assert ("withdrew troops", "RETREAT") in labels("Ardania withdrew troops from the border.")
    assert ("withdrawal of troops", "RETREAT") in labels("The withdrawal of troops from the border began.")
    assert ("troops were withdrawn", "RETREAT") in labels("Ardanian troops were withdrawn from the border.")
    # withdrawing an ambassador is a cut in relations, not a retreat
    assert ("withdrew its ambassador", "SANCTION") in labels("Ardania withdrew its ambassador from Corvia.")


def test_headline_present_tense_and_passive():
    assert ("threatens sanctions", "THREATEN") not in labels("Ardania welcomes talks with Corvia")
    a = labels("Ardania threatens sanctions over border dispute")
    assert any(lab == "THREATEN" for _, lab in a)
    assert ("embassy was closed", "SANCTION") in labels("The Ardanian embassy was closed on Monday.")
    assert ("sanctions on Corvia were lifted", "CONCEDE") in labels("The sanctions on Corvia were lifted last week.")
    assert ("embassy was", "SANCTION") not in labels("The embassy was busy on Monday.")


def test_nominalisation_refers_back_and_is_annotated():
    assert ("proposal", "AGREE") in labels("Corvia said the proposal from Ardania was a good start.")
    assert ("warning", "THREATEN") in labels("Ardania's warning came a day after Corvia's missile test.")


def test_weighing_a_response_is_a_threat_only_in_a_hostile_context():
    a = labels("Ardania is weighing retaliatory measures after the expulsions.")
    assert any(lab == "THREATEN" for _, lab in a)
    assert found("The committee is weighing options for the new stadium.") == []


def test_cessation_does_not_reach_past_another_phrase():
    anns = found("Ardania promised to ease sanctions if the talks succeed.")
    got = {(a.text, a.label) for a in anns}
    assert ("ease sanctions", "CONCEDE") in got
    assert ("talks", "CONSULT") in got  # 'ease' does not turn the talks into a halt of negotiations
    assert ("cut off aid", "SANCTION") in labels("Ardania cut off aid to Corvia.")
    lifted = one(found("Corvia lifted the naval blockade of the port."), "lifted the naval blockade")
    assert lifted.label == "RETREAT" and "0872" in lifted.reference


def test_past_tense_negation_keeps_the_event_marked_negated():
    a = one(found("Ardania did not impose sanctions on Corvia."), "impose sanctions")
    assert a.label == "SANCTION" and "negated" in a.modifiers and a.intensity < 0
    b = one(found("Corvia didn't deploy troops to the border."), "deploy troops to the border")
    assert b.label == "MOBILIZE" and "negated" in b.modifiers
    # a declared refusal to act is still restraint (ANNOTATION §8.4)
    c = one(found("Ardania will not impose sanctions on Corvia."), "will not impose sanctions")
    assert c.label == "RESTRAINT" and c.intensity > 0 and "negated" not in c.modifiers
    d = one(found("Ardania said it had no plans to deploy troops to the border."), "no plans to deploy troops to the border")
    assert d.label == "RESTRAINT" and "negated" not in d.modifiers


def test_arms_supply_is_aid_but_troops_to_the_border_are_posture():
    assert ("supply Corvia with air defence systems", "AID") in labels(
        "Ardania will supply Corvia with air defence systems.")
    sent = labels("Ardania sent tanks to the border.")
    assert not any(lab == "AID" for _, lab in sent) and any(lab == "MOBILIZE" for _, lab in sent)


def test_force_and_coercion_constructions():
    assert any(lab == "ASSAULT" for _, lab in labels("Ardanian jets struck targets in Corvia."))
    assert ("launched missiles", "ASSAULT") in labels("Ardania launched missiles at Corvian positions.")
    assert ("froze the assets", "SANCTION") in labels("Ardania froze the assets of Corvian officials.")
    assert ("jammed GPS signals", "COERCE") in labels("Corvia jammed GPS signals in the region.")
    # a school test and a price hit are not force
    assert found("The pupils launched paper planes at the teacher.") == []
    assert found("Rising costs hit the company's targets.") == []


def test_charge_selects_the_accusation_subcode():
    a = one(found("Ardania accused two Corvian diplomats of espionage."), "accused")
    assert a.label == "ACCUSE" and "1125" in a.reference
    b = one(found("Corvia accused Ardania of war crimes."), "accused")
    assert "1124" in b.reference
    c = one(found("Corvia accused Ardania of lying."), "accused")
    assert "1125" not in c.reference and "1124" not in c.reference


@pytest.mark.parametrize("text, phrase, label", [
    ("Iran said it would respond decisively to any Israeli strike.", "strike", "ASSAULT"),
    ("US strikes hit militia positions in Syria.", "strikes", "ASSAULT"),
    ("Russia launched missile strikes on Kyiv overnight.", "missile strikes", "ASSAULT"),
    ("Strikes on military targets continued.", "Strikes on military targets", "ASSAULT"),
    # a walkout stays a protest
    ("Dockworkers began a general strike on Monday.", "general strike", "PROTEST"),
    ("The union called a strike over pay.", "strike", "PROTEST"),
    ("A hunger strike by detainees entered its third week.", "hunger strike", "PROTEST"),
])
def test_a_strike_by_a_state_or_a_weapon_is_force_a_walkout_is_protest(text, phrase, label):
    found = [(a.text, a.label) for a in analyze(text).annotations if a.category == "escalation"]
    assert (phrase, label) in found, found


def test_to_exercise_restraint_is_no_military_exercise():
    text = ("Troops and tanks massed near the border. The secretary-general urged all parties to exercise "
            "maximum restraint. Both navies held a large-scale military exercise in the Baltic.")
    found = [(a.text, a.label) for a in analyze(text).annotations if a.category in ("escalation", "deescalation")]
    # a third party's appeal for restraint is a request (§8.4 Appeals); a side's own is RESTRAINT
    assert ("exercise maximum restraint", "REQUEST") in found
    assert ("exercise maximum restraint", "RESTRAINT") in [
        (a.text, a.label) for a in analyze("Tarsk said it would exercise maximum restraint.").annotations]
    assert not any(t == "exercise" and lab == "MOBILIZE" for t, lab in found[:3])
    assert any("exercise" in t and lab == "MOBILIZE" for t, lab in found)  # the drill is still posture


def test_to_be_met_with_is_no_meeting():
    said = analyze("Ankara's claims would be met with a decisive response, Dendias warned.").annotations
    assert not [a for a in said if a.label == "CONSULT"]
    assert [a.text for a in analyze("The ministers met in Athens on Monday.").annotations if a.label == "CONSULT"] == ["met"]


def test_forces_kept_in_a_contested_place_are_posture():
    found = [(a.text, a.label) for a in analyze("Russia keeps forces near the border.").annotations]
    assert ("keeps forces near the border", "MOBILIZE") in found
    text = "Kaltia would walk away if Merrow kept troops in two border villages it seized."
    assert ("kept troops in two border villages", "MOBILIZE") in [(a.text, a.label) for a in analyze(text).annotations]
    assert not [a for a in analyze("The ministry kept its promise to the villages.").annotations if a.label == "MOBILIZE"]


def test_a_head_does_not_absorb_a_new_clause_after_a_comma():
    found = [(a.text, a.label) for a in analyze(
        'Venezuela rejected the proposal, calling it "an unacceptable interference" in its affairs.').annotations]
    assert ("rejected the proposal", "REJECT") in found and ("interference", "ACCUSE") in found
    # its own complement is still absorbed
    assert [a.text for a in analyze("Moscow demanded the withdrawal of troops and the lifting of sanctions.").annotations
            if a.category in ("escalation", "deescalation")] == ["demanded"]


def test_a_head_does_not_absorb_a_second_predicate():
    # "rejected the plan and threatened ...": two events of one subject
    got = [(a.text, a.label) for a in analyze("Russia rejected the plan and threatened to retaliate.").annotations
           if a.category == "escalation"]
    assert got == [("rejected the plan", "REJECT"), ("threatened to retaliate", "THREATEN")]
    assert ("retaliate", "THREATEN") in [(a.text, a.label) for a in analyze(
        "Moscow rejected the offer and will retaliate.").annotations]
    assert [a.label for a in analyze("Ankara has refused to send troops and has urged both sides to show restraint."
                                     ).annotations if a.category in ("escalation", "deescalation")] == ["REJECT", "REQUEST"]
    # a coordinated object is still the head's complement
    assert [a.text for a in analyze("Moscow demanded the withdrawal of troops and the lifting of sanctions.").annotations
            if a.category in ("escalation", "deescalation")] == ["demanded"]


def test_a_relative_clause_between_commas_is_outside_a_later_condition():
    text = "Russia, which has massed troops near the border, will respond if provoked."
    got = {a.text: a.modifiers for a in analyze(text).annotations if a.category == "escalation"}
    assert "conditional" not in got["massed troops near the border"] and "conditional" in got["respond"]


def test_a_past_relative_clause_inside_a_condition_is_not_conditional():
    text = "Kaltia would walk away if Merrow kept troops in two border villages it seized last autumn."
    got = {a.text: a.modifiers for a in analyze(text).annotations if a.category == "escalation"}
    assert "conditional" in got["kept troops in two border villages"] and "conditional" not in got["seized"]
    # the condition itself still reaches its own verbs
    got = {a.text: a.modifiers for a in analyze("If the talks fail, Moscow will impose sanctions.").annotations}
    assert "conditional" in got["impose sanctions"]


def test_an_event_noun_before_an_actor_noun_names_the_actors():
    assert not [a for a in analyze("Aid agencies warned that the situation remained catastrophic.").annotations
                if a.label == "AID"]
    assert [a.text for a in analyze("The aid convoy reached Gaza.").annotations if a.label == "AID"] == ["aid convoy"]
    # a verb before its object keeps its reading
    assert [a.label for a in analyze("Authorities have been pressuring workers to cancel the strike.").annotations
            if a.text == "pressuring"] == ["DEMAND"]


def test_an_observers_warning_is_a_forecast_not_a_threat():
    assert not [a for a in analyze("Some economists warned that the measures could backfire.").annotations
                if a.label == "THREATEN"]
    # a party's warning is a threat: here the retaliation warned of carries it, one act, one mark
    kremlin = [(a.text, a.label) for a in analyze("The Kremlin warned that it would retaliate.").annotations
               if a.category == "escalation"]
    assert kremlin == [("retaliate", "THREATEN")]
    assert ("warned", "THREATEN") in [(a.text, a.label) for a in analyze("The minister warned Valdia on Monday.").annotations]


def test_condition_column_names_the_rule_of_each_guarded_row():
    from course.lenses.escalation.conditions import CONDITIONS

    rows = {e.phrase: e.get("condition") for e in load_lexicon("escalation")}
    assert rows["declined to"] == rows["refused"] == "not-before-non-event"
    assert rows["met"] == "meeting-sense" and rows["warned"] == "not-observer"
    assert {c for c in rows.values() if c} == set(CONDITIONS)  # every rule is used, none is unknown
    # each rule both ways: the row stays silent only where its rule says so
    assert found("Ardania refused to comment on the drills.") == []
    assert ("refused to attend the summit", "REJECT") in labels("Ardania refused to attend the summit.")


def test_unknown_escalation_condition_is_reported(tmp_path, monkeypatch):
    from course.errors import DatasetError
    from course.lenses.escalation.lexicon import _lexicon

    (tmp_path / "articles").mkdir()
    (tmp_path / "lexicons").mkdir()
    header = "phrase\tcategory\tlabel\tintensity\tcondition\texplanation\tsource\n"
    (tmp_path / "lexicons" / "escalation.tsv").write_text(
        header + "warned\tescalation\tTHREATEN\t-4.4\tno-such-rule\tA test row.\tCAMEO 130 / Goldstein 1992\n",
        encoding="utf-8")
    monkeypatch.setenv("COURSE_DATASETS", str(tmp_path))
    load_lexicon.cache_clear()
    _lexicon.cache_clear()
    try:
        with pytest.raises(DatasetError, match="line 2: unknown condition 'no-such-rule'"):
            _lexicon()
    finally:
        monkeypatch.delenv("COURSE_DATASETS")
        load_lexicon.cache_clear()
        _lexicon.cache_clear()
    assert ("warned", "THREATEN") in labels("The Kremlin warned Valdia on Monday.")


def test_water_cannon_is_coercion():
    found = [(a.text, a.label, a.intensity) for a in analyze("A coast guard ship fired water cannon at a supply vessel.").annotations]
    assert ("water cannon", "COERCE", -7.0) in found


def test_the_lens_reads_quotations_as_the_attribution_lens_does():
    """One pairing of quotation marks for every lens (course.document.quotations): an inch mark
    before a quotation does not open a quotation that would swallow the real one's first mark."""
    from course.document import quotations

    text = 'The 12" gun was fired. He said "we refuse the deal" on Monday.'
    doc = build_document(text)
    assert [text[b:c] for _, b, c, _ in quotations(doc)] == ["we refuse the deal"]
    marks = annotate(doc, [])
    assert [(m.text, "quoted" in m.modifiers) for m in marks] == [("refuse the deal", True)]
    unquoted = annotate(build_document('The 12" gun was fired. He said we refuse the deal on Monday.'), [])
    assert [(m.text, "quoted" in m.modifiers) for m in unquoted] == [("refuse the deal", False)]


@pytest.mark.parametrize("text, expected", [
    # a quarrel in words is criticism (CAMEO 111), not armed fighting (CAMEO 190)
    ("Both sides clashed bitterly over the naval drills.", ("clashed", "ACCUSE", -2.0)),
    ("The ministers clashed over sanctions on Friday.", ("clashed", "ACCUSE", -2.0)),
    ("Troops clashed with protesters near the border.", ("clashed", "ASSAULT", -10.0)),
])
def test_clashing_over_a_topic_is_a_quarrel_and_clashing_with_someone_is_fighting(text, expected):
    marks = [(a.text, a.label, a.intensity) for a in analyze(text).annotations if a.text.startswith("clash")]
    assert marks == [expected]


@pytest.mark.parametrize("text, phrase", [
    ("Tehran warned that any attack would be met with a crushing response.", "crushing response"),
    ("Moscow promised a firm response to the sanctions.", "firm response"),
    ("Moscow vowed swift retaliation.", "swift retaliation"),
])
def test_a_response_promised_in_words_of_force_is_a_threat(text, phrase):
    marks = {a.text: (a.label, a.intensity) for a in analyze(text).annotations}
    assert marks.get(phrase) == ("THREATEN", -4.4)


def test_a_response_without_force_is_not_a_threat():
    assert not [a for a in analyze("The ministry's written response arrived on Friday.").annotations
                if a.category == "escalation"]


@pytest.mark.parametrize("text, expected", [
    # the same word, event or not, read by what it applies to
    ("Russia blocked the UN resolution.", {("blocked the UN resolution", "REJECT", -4.0)}),
    ("Protesters blocked the road to the port.", {("blocked", "COERCE", -9.5)}),
    ("Moscow defended its decision to expel the diplomats.", {("expel", "SANCTION", -7.0)}),
    ("China defended Iran's right to enrich uranium.", {("defended", "SUPPORT", 3.5)}),
    ("The sides reached a settlement.", {("reached a settlement", "AGREE", 4.0)}),
    ("Israel expanded the settlement near Jerusalem.", set()),
    ("Moscow is willing to use force.", {("willing to use force", "THREATEN", -7.0)}),
    ("Russia recognised Abkhazia as independent.", {("recognised", "SUPPORT", 6.0)}),
    ("He recognised that the talks had failed.", set()),
    ("Lavrov attacked Western hypocrisy.", {("hypocrisy", "ACCUSE", -2.0)}),
    ("Trump attacked Clinton in early-morning tweets.", set()),
    ("Russia condemned the attack on Ukraine.", {("condemned", "ACCUSE", -2.0), ("attack", "ASSAULT", -10.0)}),
    ("Russia attacked Ukraine.", {("attacked", "ASSAULT", -10.0)}),
    ("Russia attacked Ukraine as talks stalled.", {("attacked", "ASSAULT", -10.0), ("talks stalled", "DETERIORATE", -0.4)}),
    ("The attack on Ukraine's power grid was condemned.", {("attack", "ASSAULT", -10.0), ("condemned", "ACCUSE", -2.0)}),
    ("She launched a blistering attack on Governor Tom Harris.", set()),
    ("He attacked the governor's plan as reckless.", set()),
    # (the killing after the comma is the attack's result: one act, one mark)
    ("Militants attacked a checkpoint, killing two soldiers.", {("attacked", "ASSAULT", -10.0)}),
    ("Hungary had initially blocked the package.", {("blocked the package", "REJECT", -4.0)}),
    ("The central bank vowed to fight any speculative attack on the yuan.", set()),
    # what did not happen is marked negated and adds no weight; only a declared refusal is a rejection
    ("The two leaders have never met.", {("met", "CONSULT", 1.0)}),
    ("Kyiv has no plans for a meeting.", {("meeting", "CONSULT", 1.0)}),
    ("Washington stopped short of imposing sanctions.", {("imposing sanctions", "SANCTION", -8.0)}),
    ("Moscow would not accept a buffer zone.", {("would not accept a buffer zone", "REJECT", -4.0)}),
    # releases, and a month that is not a modal
    ("The hostages were freed after mediation by Qatar.",
     {("hostages were freed", "CONCEDE", 7.0), ("mediation", "CONSULT", 5.0)}),
    ("Rebels released three hostages.", {("released three hostages", "CONCEDE", 7.0)}),
    ("Europe's patience with China is running out.", {("patience with China is running out", "THREATEN", -4.4)}),
    ("Aid groups warn that food may not reach the city.", set()),
    ("The proposal was rejected by Moscow.", {("proposal", "AGREE", 4.0), ("rejected", "REJECT", -4.0)}),
    ("The attack cut electricity to 300,000 homes.", {("attack", "ASSAULT", -10.0)}),
    ("For the third day in a row, markets fell.", set()),
    ("Police fired tear gas at protesters.", {("tear gas", "COERCE", -9.0)}),
    ("Riot police lined the avenue.", set()),
    ("The rouble rallied.", set()),
    ("Russia moved artillery to the border.", {("artillery", "MOBILIZE", -7.2)}),
    # a state's protest is an official complaint; a collapsing truce is fighting again
    ("China protested the visit.", {("protested", "PROTEST", -2.0), ("visit", "CONSULT", 1.9)}),
    ("Thousands joined the protest in the capital.", {("protest", "PROTEST", -6.5)}),
    ("Thousands protested in the capital.", {("protested", "PROTEST", -6.5)}),
    ("The protest against the war grew.", {("protest", "PROTEST", -6.5)}),
    # one diplomatic act: the protest is what the summons delivers
    ("Moscow summoned the EU envoy to protest the sanctions.",
     {("summoned", "PROTEST", -2.0), ("sanctions", "SANCTION", -8.0)}),
    ("The ceasefire collapsed on Monday.", {("ceasefire collapsed", "ASSAULT", -9.5)}),
    ("The truce has largely held since March.", {("truce", "RETREAT", 9.0)}),
    # a threat is coded by what is threatened, whether "to", "of" or the object follows
    ("Moscow warned of retaliatory strikes.", {("warned of retaliatory strikes", "THREATEN", -7.0)}),
    ("Moscow threatened sanctions.", {("threatened sanctions", "THREATEN", -5.8)}),
    ("The threat of sanctions hangs over the talks.", {("threat of sanctions", "THREATEN", -5.8)}),
    ("Economists warned of a recession.", set()),
    # charges are accusations; an indictment is legal action
    ("Kyiv accused Moscow of war crimes.", {("accused", "ACCUSE", -2.0), ("war crimes", "ACCUSE", -2.0)}),
    ("The general was indicted in The Hague.", {("indicted", "COERCE", -5.0)}),
])
def test_everyday_and_diplomatic_senses_are_told_apart(text, expected):
    assert {(a.text, a.label, a.intensity) for a in found(text)} == expected


def test_a_refusal_is_explained_as_a_refusal():
    """"would not accept" reads as a rejection: its explanation says so first, with its own code."""
    (a,) = found("Tarvia said it would not accept preconditions.")
    assert (a.label, a.intensity) == ("REJECT", -4.0)
    assert a.explanation.startswith("Says no: a refusal, moderately hostile. (CAMEO 120: -4.0")
    assert "an agreement (CAMEO 030: +4.0)" in a.explanation and "a agreement" not in a.explanation


@pytest.mark.parametrize("text, phrase, hedged", [
    # a hedge reaches its own clause only
    ("Both delegations pledged to let aid convoys into Orsk, where around 15,000 people are believed to be "
     "without electricity.", "let aid convoys into", False),
    ("Calder pledged that Sorrenia would respond in kind and said she did not rule out closing the consulate.",
     "respond in kind", False),
    ("The source said the expulsions followed an investigation and that more staff could be asked to leave.",
     "expulsions", False),
    # an attitude hedge qualifies the attitude, not the talks beside it, but it does hedge its own phrase
    ("Cautious optimism as Merrow and Kaltia open ceasefire talks in Geneva", "ceasefire talks", False),
    ("Cautious optimism as Merrow and Kaltia open ceasefire talks in Geneva", "Cautious optimism", True),
    # and a hedge in the same clause still counts
    ("Sorrenia could respond in kind.", "respond in kind", True),
])
def test_a_hedge_reaches_its_own_clause(text, phrase, hedged):
    a = next(x for x in found(text) if x.text == phrase)
    assert ("hedged" in a.modifiers) is hedged, a.explanation


@pytest.mark.parametrize("text, expected", [
    ("The EU pressed for a ceasefire.", {("ceasefire", "REQUEST", 3.0)}),
    ("The EU is pressing hard for a ceasefire.", {("ceasefire", "REQUEST", 3.0)}),
    ("Kyiv pushed for talks.", {("talks", "REQUEST", 4.0)}),
    # the demand takes what it governs (ANNOTATION.md §8.4, Heads: "push for a full withdrawal")
    ("The opposition pressed for answers.", {("pressed for answers", "DEMAND", -5.0)}),
])
def test_pressing_for_calm_is_an_appeal_pressing_for_more_is_a_demand(text, expected):
    assert {(a.text, a.label, a.intensity) for a in found(text)} == expected


@pytest.mark.parametrize("text, phrase, modifiers", [
    # the state exists; what is hedged or conditional is its ending
    ("Diplomats said the truce could unravel if either side launched a new offensive.", "truce", {"attributed"}),
    ("Varga warned that Velmora would impose sanctions unless the harassment stopped.", "harassment",
     {"attributed"}),
    # ... also with a short phrase of its own before the verb
    ("The EU may halt its aid if cooperation by all parties founders.", "cooperation", set()),
    # an event that may happen is still hedged
    ("Sanctions could follow.", "Sanctions", {"hedged"}),
])
def test_a_state_whose_ending_is_hedged_is_not_itself_hedged(text, phrase, modifiers):
    a = next(x for x in found(text) if x.text == phrase)
    assert set(a.modifiers) == modifiers, a.explanation


@pytest.mark.parametrize("text, phrase, modifiers", [
    ("The two leaders have never met.", "met", {"negated"}),
    ("Washington stopped short of imposing sanctions.", "imposing sanctions", {"negated"}),
    ("The two sides last met in Istanbul in May.", "met", set()),  # "May" is a month, not a hedge
    ("Moscow would not accept a buffer zone.", "would not accept a buffer zone", set()),  # a refusal's own modal is no guess
    # a negation before "that" is the frame's: nobody rejects the ceasefire
    ("It is not clear that the ceasefire will hold.", "ceasefire", set()),
    ("Lorvia has not agreed to a ceasefire.", "agreed", {"negated"}),
])
def test_negated_and_unhedged_readings(text, phrase, modifiers):
    a = next(x for x in found(text) if x.text == phrase)
    assert set(a.modifiers) == modifiers, a.explanation


def test_a_source_named_only_by_role_is_noted_not_hedged():
    """The guide keeps `hedged` for epistemic, doxastic and investigation hedges (§3): an
    unnamed source makes a claim uncheckable, which the note says, at the same weight."""
    a = next(x for x in found("Officials said Velmora would impose sanctions.") if x.category == "escalation")
    assert "hedged" not in a.modifiers and "named only by role ('Officials')" in a.explanation
    assert a.intensity == -8.0  # CAMEO 163, uncut


@pytest.mark.parametrize("text, expected", [
    # a demand that the other side stop is pressure, not a step back; the thing to stop keeps its reading
    ("The US side should immediately stop its dangerous provocations.",
     {("should immediately stop", "DEMAND", -5.0), ("dangerous provocations", "ACCUSE", -2.0)}),
    ("Russia stopped its attacks.", {("stopped its attacks", "RETREAT", 9.0)}),
    # facts of absence are negated; declared absence is restraint
    ("No violations were recorded.", {("violations", "ACCUSE", -2.0)}),
    ("No sanctions will be imposed.", {("No sanctions", "RESTRAINT", 4.0)}),
    ("The exercise threatens no one.", {("threatens", "THREATEN", -4.4)}),
    # the formal language of foreign ministries
    ("Beijing lodged stern representations with Washington.", {("stern representations", "PROTEST", -2.0)}),
    ("China will take resolute and forceful measures.", {("take resolute and forceful measures", "THREATEN", -4.4)}),
    # people, not events; a military defence, not support
    ("Turkey offered to send ships to evacuate the wounded.", {("offered to send ships", "AGREE", 4.0)}),
    ("Two soldiers were wounded.", {("wounded", "ASSAULT", -9.5)}),
    ("Troops defended the city for three weeks.", set()),
    ("Others warn that it could trigger an arms race.", set()),
    # a pledge to stay at the table is restraint, as "will not walk away" is; a document's call is an appeal
    ("Armenia will not leave the negotiating table.", {("will not leave the negotiating table", "RESTRAINT", 3.5)}),
    ("The statement called for restraint.", {("restraint", "REQUEST", 3.0)}),
])
def test_demands_absences_ministry_language_and_people(text, expected):
    assert {(a.text, a.label, a.intensity) for a in found(text)} == expected


@pytest.mark.parametrize("text, phrase, hedged", [
    ("Will Russia invade Ukraine?", "invade", True),  # asked, not stated
    ("Russia will invade Ukraine.", "invade", False),
    ("Pyongyang calls the drills a rehearsal for invasion.", "invasion", True),  # prepared or feared, not done
])
def test_questions_and_projected_events_are_hedged(text, phrase, hedged):
    a = next(x for x in found(text) if x.text == phrase)
    assert ("hedged" in a.modifiers) is hedged, a.explanation


def test_every_explanation_reads_once():
    """No note says its strength twice ("end of the scale of the scale")."""
    from course.datasets import load_lexicon
    from course.lenses.escalation.patterns import _PATTERNS

    notes = [p.explanation for p in _PATTERNS] + [e.explanation for e in load_lexicon("escalation")]
    assert not [n for n in notes if "scale of the scale" in n or n.count("end of the scale") > 1]


@pytest.mark.parametrize("text, expected", [
    # a weapon word that only describes a treaty, or a participle used as an adjective, is not undone
    # (suspending a treaty leaves it for now: a rejection, as an exit is)
    ("Moscow suspends participation in missile treaty.", {("suspends participation in missile treaty", "REJECT", -4.0)}),
    ("The launchers could fire prohibited missiles.", {("missiles", "MOBILIZE", -5.4)}),
    ("Syrian officers today ended mediation efforts.", {("ended mediation", "SANCTION", -7.0)}),
    # fighting over islands is a dispute; fighting that kills is combat
    ("The two countries have long been fighting over the islands.", set()),
    ("Fighting over the town killed 20 soldiers.", {("Fighting", "ASSAULT", -10.0), ("killed", "ASSAULT", -10.0)}),
    # "deployed" before a counted category is an adjective; as a verb it moves forces
    ("Each side was limited to 1,550 deployed warheads.", set()),
    ("Russia deployed warheads near the border.", {("deployed warheads near the border", "MOBILIZE", -7.2)}),
    ("The two leaders signed five memorandums of understanding.", {("signed five memorandums", "AGREE", 8.0)}),
])
def test_what_a_stopping_verb_stops(text, expected):
    assert {(a.text, a.label, a.intensity) for a in found(text)} == expected


@pytest.mark.parametrize("text, span", [
    ("The army gave the defenders until dawn to surrender.", "gave the defenders until dawn"),
    ("The commander gave the rebels 24 hours to lay down their arms.", "gave the rebels 24 hours"),
    ("The militants were given a deadline of Friday to leave the city.", "given a deadline of Friday"),
    ("Washington gave Tehran until the end of the month to respond to the offer.", "gave Tehran until the end of the month"),
])
def test_a_deadline_to_yield_is_an_ultimatum_and_what_it_demands_is_not_done(text, span):
    anns = found(text)
    assert [(a.text, a.label, a.intensity) for a in anns] == [(span, "THREATEN", -7.0)]  # no RETREAT: not done
    if "surrender" in text:
        assert "It governs 'surrender', which is what is asked" in anns[0].explanation


@pytest.mark.parametrize("text", [
    "The ministry gave journalists two days to register.",
    "He gave a speech until midnight to supporters.",
])
def test_an_everyday_deadline_is_no_ultimatum(text):
    assert [a.label for a in found(text)] == []


def test_the_hours_given_to_expelled_diplomats_are_the_term_of_the_expulsion():
    anns = found("Dalmar has expelled 12 diplomats and given them 72 hours to leave the country.")
    assert [(a.text, a.label) for a in anns] == [("expelled", "SANCTION")]


# ------------------------------------------------------------ one table of Goldstein weights

def _escalation_sources() -> str:
    root = Path(escalation_pkg.__file__).parent
    return "".join(p.read_text(encoding="utf-8") for p in sorted(root.glob("*.py")))


def test_every_lexicon_row_and_pattern_weighs_what_the_table_says():
    weights = load_cameo_weights()
    wrong = [f"{e.phrase}: {e.get('cameo')} {e.get('intensity')}" for e in load_lexicon("escalation")
             if float(e.get("intensity")) != weights.get(e.get("cameo"))]
    wrong += [f"pattern {p.name}: {p.cameo} {p.intensity}" for p in _PATTERNS if p.intensity != weights.get(p.cameo)]
    assert wrong == []


def test_the_table_lists_every_code_the_lens_uses_and_no_other():
    weights = load_cameo_weights()
    in_code = set(re.findall(r'"(\d{3,4})"', _escalation_sources()))
    used = in_code | {e.get("cameo") for e in load_lexicon("escalation")} | {p.cameo for p in _PATTERNS}
    assert sorted(used - set(weights)) == []
    assert sorted(set(weights) - used) == []


def test_a_code_missing_from_the_table_is_named():
    with pytest.raises(KeyError, match="'0999'.*cameo_weights.tsv"):
        goldstein("0999")


@pytest.mark.parametrize("rows, problem", [
    ("130\t-4.4\tThreaten\tx\n130\t-4.4\tThreaten\tx\n", "listed twice"),
    ("130\tmuch\tThreaten\tx\n", "not a number"),
    ("130\t-14.0\tThreaten\tx\n", "off the Goldstein scale"),
    ("threat\t-4.4\tThreaten\tx\n", "not a CAMEO code"),
])
def test_a_damaged_weights_table_is_refused_with_its_line(tmp_path, monkeypatch, rows, problem):
    (tmp_path / "articles").mkdir()
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "cameo_weights.tsv").write_text("code\tweight\tevent\tsource\n" + rows, encoding="utf-8")
    monkeypatch.setenv("COURSE_DATASETS", str(tmp_path))
    with pytest.raises(DatasetError, match=problem):
        load_cameo_weights.__wrapped__()


def test_the_weights_are_goldsteins_when_the_reference_table_is_here():
    # the reference folder gathered for the kit ($REFERENCE_DIR, or shared/reference beside the repository)
    roots = [Path(os.environ["REFERENCE_DIR"])] if os.environ.get("REFERENCE_DIR") else []
    roots += [p / "shared" / "reference" for p in Path(__file__).resolve().parents]
    ref = next((r / "cameo_goldstein" / "cameo_goldstein_merged.tsv" for r in roots
                if (r / "cameo_goldstein" / "cameo_goldstein_merged.tsv").is_file()), None)
    if ref is None:
        pytest.skip("the reference CAMEO/Goldstein table was not found (set REFERENCE_DIR to the folder that holds cameo_goldstein/)")
    with open(ref, encoding="utf-8") as fh:
        book = {r["code"]: float(r["goldstein"]) for r in csv.DictReader(fh, delimiter="\t")}
    assert {c: w for c, w in load_cameo_weights().items() if book.get(c) != w} == {}


# ------------------------------------------------------------ constructions from a review on new texts

@pytest.mark.parametrize("text, expected", [
    # veiled threats: a commitment frame and a response, no act named
    ("If they continue down this road, they must bear all the consequences.",
     {("bear all the consequences", "THREATEN", -2.2)}),  # (conditional: half weight)
    ("Those responsible will be held accountable.", {("be held accountable", "THREATEN", -4.4)}),
    # (the act after a denied hesitation joins the threat, as after "no choice but to")
    ("We will not hesitate to take further measures.", {("will not hesitate to take further measures", "THREATEN", -4.4)}),
    ("The army will defend every centimetre of its land.", {("defend every centimetre", "THREATEN", -7.0)}),
    ("Moscow vowed to respond.", {("respond", "THREATEN", -4.4)}),
    ("We will never allow anyone to violate our sovereignty.", {("will never allow anyone", "THREATEN", -4.4)}),
    ("The Republic will never allow anyone to threaten its sacred borders.",
     {("will never allow anyone", "THREATEN", -4.4)}),
    ("Troops returned fire.", {("returned fire", "ASSAULT", -10.0)}),
    # people taken, and people named
    ("The engineers were seized by gunmen.", {("engineers were seized", "ASSAULT", -9.0)}),
    ("Gunmen seized three foreign engineers near the mine.", {("seized three foreign engineers", "ASSAULT", -9.0)}),
    ("The navy seized the tanker.", {("seized", "COERCE", -9.2)}),
    ("Militants held three aid workers hostage for a month.", {("held three aid workers hostage", "ASSAULT", -9.0)}),
    ("The hostages were released on Friday.", {("hostages were released", "CONCEDE", 7.0)}),
    # stopping and completing
    ("The mediators ended a third round of talks on Friday.", {("round of talks", "CONSULT", 7.0)}),
    ("Moscow suspended the round of talks.", {("suspended the round of talks", "SANCTION", -7.0)}),
    ("A promised summit was quietly dropped.", {("summit was quietly dropped", "SANCTION", -7.0)}),
    ("Aid convoys had been blocked at the border.", {("Aid convoys had been blocked", "SANCTION", -5.6)}),
    ("Protesters blocked the road.", {("blocked", "COERCE", -9.5)}),
    # words, not force or appeals
    ("Diplomats clashed on Thursday over a draft resolution.", {("clashed", "ACCUSE", -2.0)}),
    ("The ministry summoned the ambassador to protest the incursion.", {("summoned", "PROTEST", -2.0)}),
    ("The ministry rejected the accusations.", {("rejected the accusations", "REJECT", -2.0)}),
    ("Patriotic rallies were held across the country.", set()),
    ("Thousands joined rallies against the government.", {("rallies", "PROTEST", -6.5)}),
    ("The UN envoy warned that the humanitarian situation would become catastrophic.", set()),
    # the source's description ("familiar with the negotiations") names no talks; the deal is an agreement
    ("People familiar with the negotiations said a deal was close.", {("deal", "AGREE", 4.0)}),
])
def test_constructions_found_on_new_texts(text, expected):
    assert {(a.text, a.label, a.intensity) for a in found(text)} == expected


def test_a_label_is_not_an_appeal_and_a_denial_is_explained_as_one():
    assert "REQUEST" not in {a.label for a in found("Kyiv protested what it called a violation of the ceasefire.")}
    assert {a.label for a in found("The UN called for an immediate ceasefire.")} == {"REQUEST"}
    denial = found("The ministry rejected the accusations.")[0]
    assert denial.explanation.startswith("Denies a charge") and "CAMEO 016" in denial.explanation


@pytest.mark.parametrize("text, expected", [
    ("The puppet regime staged the provocation on the orders of its Western masters.",
     {("puppet regime", "ACCUSE"), ("staged the provocation", "ACCUSE"), ("Western masters", "ACCUSE")}),
    ("The neo-Nazi clique resorts to terror.", {("neo-Nazi clique", "ACCUSE")}),
    ("Moscow called the report a grotesque lie.", {("lie", "ACCUSE")}),
    ("The island lies off the coast.", set()),
    ("The West is fanning the flames of war.", {("fanning the flames", "ACCUSE")}),
    ("The bandits were completely destroyed.", {("bandits", "ACCUSE"), ("were completely destroyed", "ASSAULT")}),
    ("Our forces eliminated 40 militants.", {("eliminated 40 militants", "ASSAULT")}),
])
def test_state_media_labels_and_the_language_of_war_reports(text, expected):
    assert {(a.text, a.label) for a in found(text)} == expected


@pytest.mark.parametrize("text, expected", [
    ("Veyra announced retaliatory tariffs on Sundland soybeans.", {("retaliatory tariffs", "SANCTION")}),
    ("Sundland imposed duties on Veyran steel.", {("imposed duties", "SANCTION")}),
    ("The city has been under siege for weeks.", {("under siege", "COERCE")}),
    ("Rebels besieged the city for months.", {("besieged", "COERCE")}),
    ("U.N. helicopters evacuated the wounded from the besieged town.", set()),  # describes the town
    ("We would never allow any foreign power to trample on our sovereignty.",
     {("would never allow any foreign power", "THREATEN")}),
    ("We will defend every rock and every wave.", {("defend every rock", "THREATEN")}),
    ("The ministry reserved the right to respond at a time of its choosing.",
     {("reserved the right to respond", "THREATEN")}),
    ("The Federal Reserve reserves judgement.", set()),
    ("The foreign ministry, as usual, twisted the facts.", {("twisted the facts", "ACCUSE")}),
    ("Medecins du Monde warned that the corridor could close within days.", set()),  # a forecast
    ("Welcome to our live coverage of the talks.", {("talks", "CONSULT")}),  # a greeting, no praise
    ("Tokyo welcomed the ceasefire.", {("welcomed", "SUPPORT"), ("ceasefire", "RETREAT")}),
    ("The leader told a rally in the capital that the vote was stolen.", set()),  # an audience
    # "a hacking group" says who they are (no event); the attack it carried out is a computer attack (COERCE 170)
    ("Officials attributed the attack to a hacking group.", {("attack", "COERCE")}),
    ("Kalvan withdrew the intermediate-range launchers from the border.", {("withdrew", "RETREAT")}),
])
def test_constructions_found_on_a_second_set_of_new_texts(text, expected):
    assert {(a.text, a.label) for a in found(text)} == expected


@pytest.mark.parametrize("text, phrase, hedged", [
    # a hedge in a subordinate clause after the phrase qualifies that clause only
    ("Veyra announced retaliatory tariffs, deepening a dispute that economists fear could tip both economies "
     "into recession.", "retaliatory tariffs", False),
    ("Mexico demanded that the United States prove it before it would accept her back.", "demanded", False),
    ("Moscow could impose sanctions that would hurt Kyiv.", "impose sanctions", True),  # its own clause's "could"
    ("Russia said it may expel diplomats.", "expel", True),
    ("Obama appears set to veto the bill.", "veto the bill", True),
])
def test_a_hedge_reaches_its_own_clause_not_the_head_of_a_subordinate_one(text, phrase, hedged):
    a = next(x for x in found(text) if x.text == phrase)
    assert ("hedged" in a.modifiers) is hedged


def test_a_declared_refusal_to_act_counts_as_restraint():
    from course.lenses.escalation.weights import carries_weight
    a = next(x for x in found("Russia will not retaliate against any unfriendly actions.") if x.label == "RESTRAINT")
    assert a.intensity > 0 and carries_weight(a)  # a cooperative signal: it adds to the sums (§8.4)
    denied = next(x for x in found("Moscow denied that flares were fired.") if x.label == "MOBILIZE")
    assert "negated" in denied.modifiers and not carries_weight(denied)


@pytest.mark.parametrize("text, marks", [
    # "insist on" presses a demand, but "on Monday" dates the report
    ("Kyiv insisted on security guarantees.", [("DEMAND", "insisted on")]),
    ("The defence minister insisted on Monday that the navy would return.", []),
    # a strike that targets or kills is an attack; a strike by workers a protest
    ("The army said the strike had targeted a storage site.", [("ASSAULT", "strike")]),
    ("Dock workers said the strike would continue.", [("PROTEST", "strike")]),
    # a present perfect "has not ruled out" keeps an option open like "did not rule out": a hedged threat
    ("The United States has not ruled out military options.", [("THREATEN", "military options")]),
    ("The minister ruled out talks.", [("REJECT", "ruled out talks")]),
])
def test_senses_found_in_new_wire_texts(text, marks):
    a = analyze(text)
    assert [(x.label, x.text) for x in a.annotations if x.category in ("escalation", "deescalation")] == marks
    if "has not ruled out" in text:
        assert [x.text for x in a.annotations if x.category == "hedge"] == ["has not ruled out"]
        assert "hedged" in next(x for x in a.annotations if x.label == "THREATEN").modifiers
        assert a.attributions == []  # an exclusion not made is no report


@pytest.mark.parametrize("text, marks", [
    # veiled threats: a hostile act "will not go unanswered", "no choice but to" act, "will be targeted"
    ("“We will not leave hostile acts unanswered,” the minister said.",
     [("THREATEN", "will not leave hostile acts unanswered")]),
    ("The attack won't go unanswered, he said.", [("ASSAULT", "attack"), ("THREATEN", "won't go unanswered")]),
    ("Russia won’t hesitate to respond, the minister said.", [("THREATEN", "won’t hesitate to respond")]),
    ("“We will have no choice but to install new centrifuges,” the negotiator said.",
     [("THREATEN", "will have no choice but to install new centrifuges")]),
    ("The rebels warned that army positions would be targeted.", [("THREATEN", "targeted")]),
    ("The rebels vowed to avenge the dead.", [("THREATEN", "avenge")]),
    # an order to leave is an expulsion
    ("The ministry ordered four diplomats to leave the country.", [("SANCTION", "ordered four diplomats to leave the country")]),
    # a deal between sides is an agreement; an amount and the verb are not
    ("The grain deal expired on Monday.", [("AGREE", "deal")]),
    ("It takes a great deal of effort.", []),
    # a refusal takes in its contracted negator ("cannot", "won't"), so it is no negated mark
    ("“We cannot support a text that pretends this conflict began in a vacuum,” she told the Assembly.",
     [("REJECT", "cannot support a text")]),
    ("Moscow won't accept the proposal.", [("REJECT", "won't accept the proposal")]),
])
def test_veiled_threats_orders_deals_and_refusals_from_new_wire_texts(text, marks):
    a = analyze(text)
    got = [(x.label, x.text) for x in a.annotations if x.category in ("escalation", "deescalation")]
    assert got == marks
    assert not any("negated" in x.modifiers for x in a.annotations if x.label == "REJECT")


@pytest.mark.parametrize("text, label", [
    # a negation the speaker asks of another side is no restraint of the speaker's
    ("The ministry warned Washington not to interfere.", "ACCUSE"),
    # a failure to condemn says what did not happen: no restraint either
    ("The resolution failed to condemn the incursion.", "ACCUSE"),
])
def test_a_negation_asked_of_another_side_or_a_failure_is_no_restraint(text, label):
    a = analyze(text)
    assert "RESTRAINT" not in [x.label for x in a.annotations]
    assert any(x.label == label and "negated" in x.modifiers for x in a.annotations)


@pytest.mark.parametrize("text", [
    "Ostria expelled two attachés after accusing them of spying, a charge Tarsk has rejected as fabricated.",
    "Lorvia accused Kessia of blocking aid convoys, an allegation Kessia denies.",
    "Dalmar rejected the charge as propaganda.",
])
def test_rejecting_a_charge_named_before_the_verb_is_a_denial(text):
    (rejection,) = [x for x in analyze(text).annotations if x.label == "REJECT"]
    assert rejection.intensity == goldstein("016")


@pytest.mark.parametrize("text, marks", [
    # a word of reciprocity before an act is part of that one act
    ("Diplomats said the tit-for-tat expulsions were likely to complicate talks.",
     [("SANCTION", "tit-for-tat expulsions", ["attributed"]), ("CONSULT", "talks", ["hedged", "attributed"])]),
    # "those freed were ...": the release, not the verb of being after it
    ("Among those freed were about 20 civilians, according to the ombudsman.", [("CONCEDE", "freed", ["attributed"])]),
    # an absolute clause (", with X threatening ...") keeps its condition to itself
    ("Talks stalled on Monday, with Kessia threatening to expand enrichment if sanctions are not lifted.",
     [("DETERIORATE", "Talks stalled", []), ("THREATEN", "threatening to expand enrichment", ["conditional"]),
      ("SANCTION", "sanctions", ["conditional", "attributed"])]),
])
def test_spans_and_scope_from_a_third_set_of_new_texts(text, marks):
    got = [(x.label, x.text, list(x.modifiers)) for x in analyze(text).annotations if x.category in ("escalation", "deescalation")]
    assert got == marks


@pytest.mark.parametrize("text, marks", [
    # one act, one mark, however long the envoy's name
    ("Sorrenia summoned Dalmar's ambassador, Karin Holm, to protest the incursion.", [("PROTEST", "summoned")]),
    # a thing guards deny someone is a refusal (120), no denial of a charge (016); a detention site is a place
    ("The Red Cross said it had been denied access to most detention sites.", [("REJECT", "denied")]),
    ("Velsia denied any involvement.", [("REJECT", "denied any involvement")]),
])
def test_one_act_denials_and_places_from_a_third_set_of_new_texts(text, marks):
    a = [x for x in analyze(text).annotations if x.category in ("escalation", "deescalation")]
    assert [(x.label, x.text) for x in a] == marks
    if "access" in text:
        assert a[0].intensity == goldstein("120")


@pytest.mark.parametrize("text, hedged", [
    # a hedge after a definite subject qualifies the predicate: the expulsions happened
    ("Diplomats said the tit-for-tat expulsions were likely to complicate talks.",
     {"tit-for-tat expulsions": False, "talks": True}),
    ("The strike may have killed 20 people.", {"strike": False, "killed": True}),
    # ... unless the verb brings the event about: then the event itself is uncertain
    ("Officials said the sanctions may be imposed next week.", {"sanctions": True}),
    ("An attack could happen within days.", {"attack": True}),
    ("The truce could unravel within days.", {"truce": False, "unravel": True}),
    # a past event in a clause of time or reason is no part of the main clause's hedge
    ("The strike appears to be the deadliest since a ceasefire collapsed in June.",
     {"strike": False, "ceasefire collapsed": False}),
    ("Moscow may retaliate after the West imposed sanctions.", {"retaliate": True, "imposed sanctions": False}),
    ("Moscow may retaliate after the West imposes new sanctions.", {"retaliate": True, "imposes new sanctions": True}),
])
def test_a_hedge_reaches_the_predicate_not_a_known_subject_or_a_past_event(text, hedged):
    marks = {x.text: "hedged" in x.modifiers for x in analyze(text).annotations if x.category in ("escalation", "deescalation")}
    assert marks == hedged


@pytest.mark.parametrize("text, marks", [
    # stock accusations in diplomatic language
    ("A diplomat said Kessia was playing with fire.", [("ACCUSE", "playing with fire")]),
    ("Dalmar accused Washington of stirring up trouble.", [("ACCUSE", "accused"), ("ACCUSE", "stirring up trouble")]),
    ("Beijing accused Washington of reneging on earlier commitments.", [("ACCUSE", "accused"), ("ACCUSE", "reneging on")]),
    # a state that sets a deadline gives an ultimatum; organisers do not
    ("Nuclear talks stall as Kessia sets end-of-month deadline", [("DETERIORATE", "talks stall"), ("THREATEN", "sets end-of-month deadline")]),
    ("Organisers set a deadline for registration.", []),
])
def test_stock_accusations_and_deadlines(text, marks):
    assert [(x.label, x.text) for x in analyze(text).annotations if x.category in ("escalation", "deescalation")] == marks


@pytest.mark.parametrize("text, marks", [
    # a passive refusal takes its auxiliaries and negator, and is no negated mark
    ("Brenner made clear that the annexation will never be accepted.",
     [("COERCE", "annexation", []), ("REJECT", "will never be accepted", [])]),
    # the negation of a fear is the fear's: the sanctions are feared, not renounced
    ("“We are not afraid of sanctions,” says Demir.", [("SANCTION", "sanctions", ["hedged"])]),
    # meeting an obligation is no meeting; an open option with no act named is no rejection
    ("Arvania failed to meet its commitments.", []),
    ("Moreau did not rule out further measures.", []),
    ("The two foreign ministers met in Geneva.", [("CONSULT", "met", [])]),
])
def test_refusals_fears_and_obligations_from_a_fourth_set_of_new_texts(text, marks):
    got = [(x.label, x.text, [m for m in x.modifiers if m in ("negated", "hedged")])
           for x in analyze(text).annotations if x.category in ("escalation", "deescalation")]
    assert got == marks


@pytest.mark.parametrize("text, marks", [
    # an appeal's object may be a possessive phrase; pressing a side to release people asks for it
    ("Brenner had pressed Merav's leader to release 14 detained journalists.",
     [("REQUEST", "release 14 detained journalists")]),
    # the anonymity formula is no consultation, and a rule that allows something concedes nothing
    ("The officials were not authorised to discuss the negotiations.", [("CONSULT", "negotiations")]),
    ("The two governments signed a fisheries agreement that allows boats to fish near the rocks.",
     [("AGREE", "signed a fisheries agreement")]),
    # words of the relationship and of concession
    ("It was their first summit since relations collapsed in 2019.", [("CONSULT", "summit"), ("DETERIORATE", "collapsed")]),
    ("Hungary dropped its objections on Thursday.", [("CONCEDE", "dropped its objections")]),
    ("The ministers held friendly talks.", [("SUPPORT", "friendly"), ("CONSULT", "talks")]),
    ("A friendly match was played.", []),
    ("The ministry called the detentions arbitrary.", [("COERCE", "detentions"), ("ACCUSE", "arbitrary")]),
])
def test_appeals_permissions_and_labels_from_a_fourth_set_of_new_texts(text, marks):
    assert [(x.label, x.text) for x in analyze(text).annotations if x.category in ("escalation", "deescalation")] == marks


def test_a_booster_outside_a_condition_does_not_reach_into_it():
    marks = {x.text: x.modifiers for x in analyze("But if they impose sanctions, we will of course respond in kind.").annotations
             if x.category == "escalation"}
    assert "boosted" not in marks["impose sanctions"] and "boosted" in marks["respond in kind"]
    assert all("conditional" in m for m in marks.values())


@pytest.mark.parametrize("text, marks", [
    ("Each side accused the other of firing across the border overnight.",
     [("ACCUSE", "accused"), ("ASSAULT", "firing across")]),
    ("Both armies are to pull their heavy weapons back from the frontier.", [("RETREAT", "pull their heavy weapons back")]),
    ("Merav will crush any further aggression without mercy.", [("THREATEN", "will crush any further aggression")]),
    ("The bloc is ready to act again if more politicians are detained.",
     [("THREATEN", "ready to act again"), ("COERCE", "detained")]),
    ("“We will not stand by while lawmakers are jailed,” she said.", [("THREATEN", "will not stand by"), ("COERCE", "jailed")]),
    ("We are ready to talk.", [("CONSULT", "ready to talk")]),
    # urging a side to act is an appeal for the act, not the act
    ("The UN urged Russia to withdraw its troops.", [("REQUEST", "withdraw its troops")]),
])
def test_force_threats_and_appeals_from_a_fourth_set_of_new_texts(text, marks):
    assert [(x.label, x.text) for x in analyze(text).annotations if x.category in ("escalation", "deescalation")] == marks


@pytest.mark.parametrize("text, marks", [
    ("Varnia “can no longer accept a one-sided arrangement”, she said.", [("REJECT", "can no longer accept a one-sided arrangement")]),
    # the harm warned against before a named threat is no event: one act, one mark
    ("Rell warned that any attack “will be met with force”.", [("THREATEN", "will be met with force")]),
    ("A rebel commander said his fighters would fire on any army unit that entered the corridor.",
     [("THREATEN", "would fire on any army unit")]),
    ("Lorvia reinforced its border posts with additional units.", [("MOBILIZE", "reinforced its border posts")]),
])
def test_force_formulas_and_refusals_from_a_fifth_set_of_new_texts(text, marks):
    assert [(x.label, x.text) for x in analyze(text).annotations if x.category in ("escalation", "deescalation")] == marks


def test_a_call_up_names_whom_it_calls_up_in_one_mark():
    marks = [(x.label, x.text) for x in analyze("The drills include the mobilisation of reservists from three regions.").annotations
             if x.category == "escalation"]
    assert marks == [("MOBILIZE", "drills"), ("MOBILIZE", "mobilisation of reservists")]


@pytest.mark.parametrize("text, expected", [
    # a word for a group is a hostile label when used as one (§8.1): quoted, after a verb of naming, after "are"
    ('Lorvia accused Tarsk of sheltering "terrorists".', {("accused", "ACCUSE"), ("terrorists", "ACCUSE")}),
    ("The foreign ministry branded the opposition group terrorists.", {("terrorists", "ACCUSE")}),
    ("Tarsk designated the militia as a terrorist group.", {("terrorist", "ACCUSE")}),
    ("They are extremists, the minister said.", {("extremists", "ACCUSE")}),
    # ... and tells of violence otherwise
    ("Terrorists attacked a checkpoint near the border.", {("attacked", "ASSAULT")}),
    ("Officials say extremists are hiding in the hills.", set()),
    ("Lavrov called the government in Kyiv a regime.", {("regime", "ACCUSE")}),
    ("The sanctions regime was tightened.", {("sanctions", "SANCTION")}),
    # name-calling and loaded words are labels in any voice
    ('"We will not negotiate with puppets," the minister said.', {("will not negotiate", "REJECT"), ("puppets", "ACCUSE")}),
    ('Drava rejected the remarks as "hysterical".', {("rejected the remarks", "REJECT"), ("hysterical", "ACCUSE")}),
    ("The minister accused Lorvia of acting like a rogue state.", {("accused", "ACCUSE"), ("rogue state", "ACCUSE")}),
])
def test_hostile_labels(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize("text, expected", [
    # suspending a treaty, or one's part in it, leaves it for now: a rejection like an exit
    ("Tarsk suspended its participation in a 1998 fisheries treaty.", {("suspended its participation in a 1998 fisheries treaty", "REJECT", -4.0)}),
    ("Moscow announced the suspension of the treaty.", {("suspension of the treaty", "REJECT", -4.0)}),
    ("Lorvia suspended flights to Tarsk.", {("suspended flights", "SANCTION", -8.0)}),
    # a negated answer keeps its negation: the invitation was made
    ("Kessia has not responded to the invitation.", {("invitation", "REQUEST", 4.0)}),
    ("Kessia did not attend the talks.", {("talks", "CONSULT", 1.0)}),
])
def test_suspended_treaties_and_unanswered_invitations(text, expected):
    assert {(a.text, a.label, a.intensity) for a in found(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a side threatens; a situation only puts something at risk
    ("The row threatens to split the bloc.", set()),
    ("The conflict now threatens regional stability.", set()),
    ("Moscow threatened to retaliate.", {("threatened to retaliate", "THREATEN", -4.4)}),
])
def test_only_a_side_threatens(text, expected):
    assert {(a.text, a.label, a.intensity) for a in found(text)} == expected


@pytest.mark.parametrize("text, phrase, modifiers", [
    # a hedge on one side of a condition does not reach the other (§8.4, hedge scope)
    ('"If they retaliate online, the damage could be far worse," she said.', "retaliate",
     {"conditional", "quoted", "attributed"}),
    ("Tarsk could expel the attache if the patrols continued.", "expel", {"conditional", "hedged"}),
    ("If Lorvia might impose sanctions, Tarsk will respond.", "impose sanctions", {"conditional", "hedged"}),
    ("If Lorvia might impose sanctions, Tarsk will respond.", "respond", {"conditional"}),
])
def test_a_hedge_stays_on_its_side_of_a_condition(text, phrase, modifiers):
    a = next(x for x in found(text) if x.text == phrase)
    assert set(a.modifiers) == modifiers, a.explanation


@pytest.mark.parametrize("text, expected", [
    # conflict events told in words the review of new texts found missing
    ("Protesters stormed the Lorvian embassy in Drava on Friday.", {("stormed", "ASSAULT", -7.5)}),
    ("Its soldiers were ambushed near the border.", {("ambushed", "ASSAULT", -10.0)}),
    ("Troops on both sides had been reinforced.", {("reinforced", "MOBILIZE", -7.2)}),
    ("Coast guard ships were ordered to board foreign vessels.", {("board foreign vessels", "COERCE", -9.2)}),
    ("He said only that all options remain on the table.", {("all options remain on the table", "THREATEN", -7.0)}),
    ("Its ambassador, who was recalled in March, has not returned.", {("recalled", "SANCTION", -4.0)}),
    ("Lorvia lodges protest over the arrests", {("lodges protest", "PROTEST", -2.0), ("arrests", "COERCE", -5.0)}),
    # cooperation and its refusal
    ("Lorvia ratified the treaty in March.", {("ratified", "AGREE", 8.0)}),
    ("The treaty, which both countries ratified in 2011, remains in force.", {("ratified", "AGREE", 8.0)}),
    ("Lorvia remained ready to renegotiate quotas.", {("ready to renegotiate", "CONSULT", 4.0)}),
    ('"We will not bargain with kidnappers," he said.', {("will not bargain with", "REJECT", -5.0)}),
    # ... and the same words with no conflict in them
    ("The storm hit the coast.", set()),
    ("Passengers began boarding the plane.", set()),
    ("The parliament ratified the budget.", set()),
    ("Thousands joined the protest in Drava.", {("protest", "PROTEST", -6.5)}),
])
def test_events_found_on_new_texts(text, expected):
    assert {(a.text, a.label, a.intensity) for a in found(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a negative subject negates its clause: a past step not taken keeps its reading, marked negated
    ("Neither side has fired warning shots so far.", {("fired warning shots", "MOBILIZE", ("negated",))}),
    ("So far neither army has pulled back its heavy artillery.",
     {("pulled back its heavy artillery", "RETREAT", ("negated",))}),
    ("Nothing has been agreed.", {("agreed", "AGREE", ("negated",))}),
    ('"Nobody should mistake our patience for weakness," he said.', {("patience", "RESTRAINT", ("quoted", "attributed"))}),
    # a thing that allows something only permits it; a side concedes
    ("Flights will resume as soon as security conditions allow.", set()),
    ("The ministry allowed the convoy to pass.", {("allowed", "CONCEDE", ())}),
    # a deal called a "surrender" is labelled, not surrendered; a test that "posed no threat" is played down
    ('Nationalist parties called the deal a "surrender".',
     {("deal", "AGREE", ("attributed",)), ("surrender", "ACCUSE", ("quoted", "attributed"))}),
    ("KNA said the test posed no threat to neighbouring countries.", {("posed no threat", "RESTRAINT", ("attributed",))}),
    ("The dam poses a threat to farmers downstream.", {("threat", "THREATEN", ())}),
    # veiled threats, refusals and labels
    ('The navy warned the destroyer to leave or "face the consequences," the ministry said.',
     {("face the consequences", "THREATEN", ("quoted", "attributed"))}),
    ('The country "will never bow to pressure," the minister said.',
     {("will never bow to pressure", "REJECT", ("quoted", "attributed"))}),
    ("Sundland has not imposed counter-sanctions yet.", {("imposed counter-sanctions", "SANCTION", ("negated",))}),
    ('Protesters rallied against what they called a "stolen election".',
     {("stolen election", "ACCUSE", ("quoted", "attributed"))}),
    ("The move would breach the protocol.", {("breach", "ACCUSE", ("hedged",))}),
    ("The student breached the school rules.", set()),
])
def test_stance_of_escalation_marks(text, expected):
    assert {(a.text, a.label, tuple(a.modifiers)) for a in found(text)} == expected


@pytest.mark.parametrize("text, phrase, modifiers", [
    # an event told as past is not reached by the main clause's hedge (§8.4, hedge scope)
    ("The launch may coincide with Velmoran naval drills that began on Friday.", "naval drills", set()),
    ("Kessia is expected to respond to last week's seizure of its trawler.", "seizure", set()),
    ("Tarsk may hold naval drills that would last a week.", "naval drills", {"hedged"}),
    # "in principle" qualifies the agreement it stands by, not the rest of the sentence
    ("The two sides agreed in principle to a prisoner exchange.", "agreed in principle", {"conditional"}),
])
def test_hedge_and_condition_reach_on_new_texts(text, phrase, modifiers):
    a = next(x for x in found(text) if x.text == phrase)
    assert set(a.modifiers) == modifiers, a.explanation


@pytest.mark.parametrize("text, expected", [
    # tensions that ease are de-escalation, an optimistic comment as tensions that rise are a pessimistic one
    # (no side's own calm); ships detained are property seized (what is acted on sets the code)
    ("Tensions between the two navies eased on Friday.", {("Tensions between the two navies eased", "SUPPORT", 0.4)}),
    ("Tensions rose sharply after the incident and did not ease.", {("Tensions rose", "DETERIORATE", -0.4)}),
    ("Tarsk detained Velmoran vessels near the reef.", {("detained Velmoran vessels", "COERCE", -9.2)}),
    ("Police detained three protesters.", {("detained", "COERCE", -5.0)}),
])
def test_codes_follow_what_is_acted_on(text, expected):
    assert {(a.text, a.label, a.intensity) for a in found(text)} == expected


# ----------------------------------------------------------------------------- heads with "to", meetings asked for,
# pushbacks, hybrid attacks and passive deployments (ANNOTATION.md §8.2, §8.4). Constructed sentences, each rule
# both ways.


@pytest.mark.parametrize("text, expected", [
    # a head of agreeing, offering or refusing takes in the action it governs through "to" ...
    ("Both sides agree to pull back troops after deadly border clash.",
     {("agree to pull back troops", "AGREE"), ("clash", "ASSAULT")}),
    ("Varnia agreed to resume talks after a deadly clash.", {("agreed to resume talks", "AGREE"), ("clash", "ASSAULT")}),
    ("The two delegations also agreed to exchange prisoners, starting with the wounded.",
     {("agreed to exchange prisoners", "AGREE")}),
    ("Moscow has refused to release prisoners in exchange for hostages.", {("refused to release prisoners", "REJECT")}),
    ("Tarsk declined to attend the summit.", {("declined to attend the summit", "REJECT")}),
    ("Tarsk refused to lift the sanctions.", {("refused to lift the sanctions", "REJECT")}),
    ("The Northern Compact offered to send a team of mediators.", {("offered to send a team of mediators", "AGREE")}),
    # ... and stops at a time word or a conjunction, without swallowing the clause
    ("The sides agreed to meet again next week.", {("agreed to meet again", "AGREE")}),
    ("Kessia agreed to withdraw troops from the border and to begin joint patrols.",
     {("agreed to withdraw troops", "AGREE")}),
    # a noun after "to" is no action: the head stays alone; a refusal to comment is none
    ("The rebels agreed to a ceasefire.", {("agreed", "AGREE")}),
    ("The two sides agreed to talks.", {("agreed", "AGREE")}),
    ("The ministry refused to comment.", set()),
    # an offer of talks keeps its code (CAMEO 036) and span
    ("Kalvan offered to host talks in Geneva.", {("offered to host talks", "CONSULT")}),
])
def test_a_head_with_to_takes_in_the_action_it_governs(text, expected):
    assert spans(text) == expected


def test_a_refused_or_negated_agreement_keeps_the_action_in_its_span():
    (a,) = found("Lorvia has not agreed to let aid convoys into the border zone.")
    assert (a.text, a.label, a.modifiers) == ("agreed to let aid convoys", "AGREE", ("negated",))
    (b,) = found("Russia will not agree to withdraw its troops.")
    assert (b.text, b.label) == ("will not agree to withdraw its troops", "REJECT")
    assert "It takes in the action it governs ('withdraw its troops')" in b.explanation


@pytest.mark.parametrize("text, expected", [
    # asking a party or a body to meet is an appeal to meet (CAMEO 026): the content is the event
    ("Lorvia and Drava asked the UN Security Council to convene an emergency session.",
     {("convene an emergency session", "REQUEST", 4.0)}),
    ("Drava asked the two leaders to meet in Geneva.", {("meet", "REQUEST", 4.0)}),
    ("Lorvia urged the council to convene an emergency session.", {("convene an emergency session", "REQUEST", 4.0)}),
    # asking anything else is no event; a body that convenes meets
    ("The minister asked reporters to leave the room.", set()),
    ("The coach asked the players to meet at noon.", set()),
    ("The Security Council convened an emergency session on Monday.", {("convened", "CONSULT", 1.0)}),
])
def test_asking_a_party_to_meet_is_an_appeal_to_meet(text, expected):
    assert {(a.text, a.label, a.intensity) for a in found(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # people pushed back at a border are expelled (CAMEO 174, PLOVER COERCE)
    ("Rights groups said border guards had pushed back dozens of people, some of them children.",
     {("pushed back dozens of people", "COERCE", -5.0)}),
    ("Guards pushed 300 migrants back across the border.", {("pushed 300 migrants back", "COERCE", -5.0)}),
    ("Hundreds of migrants were pushed back into Tarsk.", {("migrants were pushed back", "COERCE", -5.0)}),
    ("Rights groups in Lorvia documented the pushbacks.", {("pushbacks", "COERCE", -5.0)}),
    # a date, a criticism or a resistance pushed back is no expulsion
    ("The ministry pushed back the deadline to Friday.", set()),
    ("The minister pushed back against the plan.", set()),
    ("The reform faced pushback from lawmakers.", set()),
])
def test_people_pushed_back_at_a_border_are_expelled(text, expected):
    assert {(a.text, a.label, a.intensity) for a in found(text)} == expected


@pytest.mark.parametrize("text, expected", [
    # a hybrid attack is a hostile name for pressure short of war: an accusation, not armed force
    ('Lorvia accused Tarsk of waging a "hybrid attack" by pushing thousands of migrants towards the border.',
     {("accused", "ACCUSE", -2.0), ("hybrid attack", "ACCUSE", -2.0),
      ("pushing thousands of migrants towards the border", "COERCE", -5.0)}),  # the act it names, on its own
    ("Officials in Kelmar spoke of hybrid warfare.", {("hybrid warfare", "ACCUSE", -2.0)}),
    # an attack on computers is coercion; an armed attack stays force
    ("The ministry said a cyber attack hit its servers.", {("cyber attack", "COERCE", -7.0)}),
    ("The ministry said a cyberattack hit its servers.", {("cyberattack", "COERCE", -7.0)}),
    ("Rebels launched an attack on the army base.", {("attack", "ASSAULT", -10.0)}),
])
def test_a_hybrid_attack_is_a_label_and_a_cyber_attack_is_coercion(text, expected):
    assert {(a.text, a.label, a.intensity) for a in found(text)} == expected


@pytest.mark.parametrize("text, phrase, modifiers", [
    # forces sent or deployed in the passive are posture, as in the active (CAMEO 154)
    ("A defence ministry source said additional frigates may be sent to the strait.", "sent to the strait",
     {"hedged", "attributed"}),
    ("Troops were sent to the border.", "sent to the border", set()),
    ("Troops were deployed to the border on Monday.", "deployed to the border", set()),
    ("Warships will be dispatched to the region.", "dispatched to the region", set()),
    ("Warships will be dispatched, the minister said.", "dispatched", {"attributed"}),
    ("The navy sent frigates to the strait.", "sent frigates to the strait", set()),
])
def test_forces_sent_in_the_passive_are_posture(text, phrase, modifiers):
    a = one(found(text), phrase)
    assert (a.label, a.intensity == pytest.approx(-7.2 * (HEDGE_FACTOR if "hedged" in modifiers else 1))) == ("MOBILIZE", True)
    assert set(a.modifiers) == modifiers, a.explanation


@pytest.mark.parametrize("text", [
    "Tanks were sent to Corvia.",  # handed over to a recipient, not deployed
    "Letters were sent to the ministry.",
    "The documents were moved to the archive.",
    "Each side was limited to 1,550 deployed warheads.",
])
def test_things_sent_in_the_passive_are_not_posture(text):
    assert not [a for a in found(text) if a.label == "MOBILIZE"]


@pytest.mark.parametrize("text, expected", [
    # a negated belief denies the belief, not the step: the sanctions are real
    ("I don't think the sanctions will work, he said.", [("sanctions", "SANCTION")]),
    ("We wouldn't expect a deal.", [("deal", "AGREE")]),
    # ... a negated act is still negated
    ("Moscow will not impose sanctions.", [("will not impose sanctions", "RESTRAINT")]),
])
def test_a_negated_belief_does_not_negate_the_step(text, expected):
    marks = [a for a in analyze(text).annotations if a.category in ("escalation", "deescalation")]
    assert [(a.text, a.label) for a in marks] == expected


@pytest.mark.parametrize("text, found", [
    ("Additional frigates may be sent to the strait.", True),
    ("Troops were sent to the border.", True),
    # ships, weapons and units moved in the passive may be civilian or stored away
    ("Grain ships were moved to the port.", False),
    ("The weapons were moved to a warehouse.", False),
])
def test_passive_deployments_need_forces_as_subject(text, found):
    marks = [a for a in analyze(text).annotations if a.label == "MOBILIZE"]
    assert bool(marks) is found
