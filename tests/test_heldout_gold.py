"""The held-out evaluation texts and their gold annotation.

Two constructed texts are kept aside (``"split": "held-out"`` in ``meta.json``) so that the
analyzers can be measured on text they were not developed on. These tests check that the files
are present and well formed, that the gold loads and uses only the kit's vocabularies
(datasets/ANNOTATION.md), and pin a few facts of the annotation, including things that must NOT
be annotated. They never run the analyzers.

Run: .venv/bin/pytest tests/test_heldout_gold.py -q -p no:cacheprovider
"""

from __future__ import annotations

import pytest

from course.datasets import list_articles, load_article, load_gold
from gold_checks import (
    annotations_with,
    check_article_files,
    check_attribution_spans,
    check_constructed_meta,
    check_headline_dateline_and_constructed_label,
    check_labels_and_weights,
    check_modifiers_follow_the_text,
    check_no_overlap_within_a_category,
    check_sorted,
    check_spans_read_their_text,
    one_attribution,
)

DAM = "heldout-river-dam-dispute"
CYBER = "heldout-cyber-attack-row"
HELDOUT = (DAM, CYBER)


@pytest.fixture(scope="module", params=HELDOUT)
def slug(request):
    return request.param


# ----------------------------------------------------------------- files and metadata


def test_every_heldout_text_has_its_four_files(slug):
    check_article_files(slug, "constructed", "held-out")


def test_meta_is_held_out_constructed_and_matches_the_text(slug):
    meta = check_constructed_meta(slug)
    assert meta["split"] == "held-out"
    assert meta["outlet"] and meta["outlet"] in load_article(slug).text


def test_text_has_headline_dateline_and_constructed_label(slug):
    check_headline_dateline_and_constructed_label(slug)


def test_split_keeps_heldout_texts_out_of_development():
    heldout = list_articles(split="held-out")
    development = list_articles(split="development")
    assert set(HELDOUT) <= set(heldout)
    assert not set(HELDOUT) & set(development)
    assert "lavrov-asymmetric-steps-2021" in development and "lavrov-asymmetric-steps-2021" not in heldout
    assert set(HELDOUT) <= set(list_articles(kind="constructed"))


# ----------------------------------------------------------------- gold integrity


def test_gold_loads_and_uses_only_the_kit_vocabularies(slug):
    gold = load_gold(slug)  # validates the hash and every span
    assert gold.article == slug
    check_labels_and_weights(gold)


def test_each_text_has_enough_hedges_and_attributions(slug):
    gold = load_gold(slug)
    assert len(gold.by_category("hedge")) >= 5
    assert len(gold.attributions) >= 4
    assert gold.by_category("booster") and gold.by_category("escalation") and gold.by_category("deescalation")
    assert 1 <= len(gold.unattributed) <= 3


def test_lists_sorted_and_no_overlap_within_a_category(slug):
    gold = load_gold(slug)
    check_sorted(gold)
    check_no_overlap_within_a_category(gold)


def test_spans_start_and_end_on_words_or_quotes(slug):
    check_spans_read_their_text(load_gold(slug))


def test_mechanical_modifiers_match_the_text(slug):
    check_modifiers_follow_the_text(load_gold(slug))


def test_attribution_spans_follow_the_guide(slug):
    check_attribution_spans(load_gold(slug))


# ----------------------------------------------------------------- facts of the annotation


def test_dam_conditional_threat_and_its_condition():
    gold = load_gold(DAM)
    for phrase in ("freeze Tarvian assets", "suspend all electricity trade"):
        (a,) = annotations_with(gold, phrase, "escalation")
        assert a.label == "THREATEN" and a.intensity == -5.8
        assert set(a.modifiers) == {"attributed", "quoted", "conditional"}
    ifs = [a for a in gold.by_category("hedge") if a.text.lower() == "if"]
    assert len(ifs) == 3 and all(a.label == "conditional" for a in ifs)
    assert all("conditional" not in a.modifiers for a in ifs)  # the hedge that creates the condition


def test_dam_attribution_variety():
    gold = load_gold(DAM)
    quoted = one_attribution(gold, "was quoted")
    assert quoted.source.text == "Prime Minister Aurel Mako" and quoted.via.text == "the Breska Herald"
    assert quoted.kind == "direct" and quoted.verb_class == "neutral"
    assert one_attribution(gold, "told").kind == "direct"
    inverted = one_attribution(gold, "said", "the minister, Ilan Sova")
    assert inverted.kind == "direct" and inverted.cue.start > inverted.content.end
    assert one_attribution(gold, "warned").verb_class == "commissive-directive"
    assert one_attribution(gold, "insisted").verb_class == "distancing"
    assert one_attribution(gold, "acknowledged").verb_class == "endorsing"
    assert one_attribution(gold, "denied").verb_class == "admission-denial"
    assert one_attribution(gold, "according to").source.text == "engineers familiar with the project"
    assert one_attribution(gold, "said", "She").kind == "indirect"  # pronoun source kept as written
    # "Tarvia rejected the warning" reports no words of Tarvia's: an event, not an attribution
    assert not [r for r in gold.attributions if r.cue.text == "rejected"]
    assert annotations_with(gold, "rejected", "escalation")[0].label == "REJECT"


def test_dam_things_that_are_not_annotated():
    gold = load_gold(DAM)
    texts = {a.text for a in gold.annotations}
    assert not texts & {"would", "early", "dispute", "quarrel", "closes the gates", "filling"}
    (some,) = annotations_with(gold, "some", "hedge")
    assert some.label == "approximator" and gold.text[some.end:some.end + 6] == " 2,000"
    (movements,) = annotations_with(gold, "troop movements", "escalation")
    assert "negated" not in movements.modifiers  # the denial is of the link, not of the movement


def test_dam_writer_voice():
    gold = load_gold(DAM)
    (clearly,) = annotations_with(gold, "clearly", "booster")
    assert clearly.label == "certainty" and clearly.modifiers == ()
    sentences = [u.text for u in gold.unattributed]
    assert any("clearly the most serious test" in s for s in sentences)
    assert any(s.startswith("Its air force has reportedly") for s in sentences)
    assert not any("two officials said" in s for s in sentences)


def test_cyber_expulsion_denial_and_counter_accusation():
    gold = load_gold(CYBER)
    (expelled,) = annotations_with(gold, "expelled", "escalation")
    assert expelled.label == "SANCTION" and expelled.intensity == -7.0 and "attributed" in expelled.modifiers
    (summoned,) = annotations_with(gold, "summoned", "escalation")
    assert summoned.label == "PROTEST"
    assert one_attribution(gold, "denied").content.text == "any involvement"
    assert one_attribution(gold, "admitted").verb_class == "admission-denial"
    assert one_attribution(gold, "claimed").verb_class == "distancing"
    assert one_attribution(gold, "noted").verb_class == "endorsing"
    (smear,) = annotations_with(gold, "smear campaign", "escalation")
    assert smear.label == "ACCUSE" and {"attributed", "quoted"} <= set(smear.modifiers)


def test_cyber_via_nested_and_impersonal_attributions():
    gold = load_gold(CYBER)
    ek = one_attribution(gold, "was quoted")
    assert ek.via.text == "the state broadcaster VTV" and ek.kind == "mixed"
    called = one_attribution(gold, "called")
    assert called.source.text == "it" and called.kind == "mixed"
    outer = one_attribution(gold, "said", "the foreign ministry")
    assert outer.content.start <= called.cue.start and called.content.end <= outer.content.end
    understood = one_attribution(gold, "It is understood")
    assert understood.source is None
    assert annotations_with(gold, "It is understood", "hedge")[0].label == "doxastic"
    verel = one_attribution(gold, "warned")
    assert verel.kind == "direct" and verel.via is None  # "on state radio" is a setting, not a hop


def test_cyber_conditional_threat_and_hedged_measures():
    gold = load_gold(CYBER)
    (tool,) = annotations_with(gold, "answer with every tool we have", "escalation")
    assert tool.label == "THREATEN" and "conditional" in tool.modifiers
    (recall,) = annotations_with(gold, "recall its ambassador", "escalation")
    assert "hedged" in recall.modifiers and recall.intensity == -4.0
    (expel,) = annotations_with(gold, "preparing to expel", "escalation")
    assert "hedged" in expel.modifiers and expel.label == "THREATEN"


def test_cyber_things_that_are_not_annotated():
    gold = load_gold(CYBER)
    hedges = {a.text for a in gold.by_category("hedge")}
    assert "can" not in hedges  # ability, not doubt
    abouts = [a for a in gold.annotations if a.text == "about"]
    assert abouts == []  # "about who was responsible" is a preposition
    assert not annotations_with(gold, "would")
    (even,) = annotations_with(gold, "even", "booster")
    assert even.modifiers == ("attributed",)  # in indirect speech, not quoted
