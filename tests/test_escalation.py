"""Escalation and de-escalation lens: pinned readings of the seed article, negatives,
negation, conditionals, hedges, the lexicon file, and the per-paragraph curve."""

from __future__ import annotations

import pytest

from course.analysis import analyze
from course.datasets import load_article, load_lexicon
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
    (a,) = found("Russia will not retaliate.")
    assert (a.text, a.category, a.label) == ("retaliate", "deescalation", "RESTRAINT")
    assert "negated" in a.modifiers and a.intensity == pytest.approx(4.4 * NEGATION_FACTOR)
    (b,) = found("Moscow has no plans to deploy troops near the border.")
    assert b.category == "deescalation" and "negated" in b.modifiers


def test_negated_cooperation_is_a_rejection():
    (a,) = found("The two sides failed to reach an agreement.")
    assert (a.category, a.label, a.intensity) == ("escalation", "REJECT", -4.0)
    assert "negated" in a.modifiers


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
    assert (a.text, a.label) == ("rejected", "REJECT")
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
