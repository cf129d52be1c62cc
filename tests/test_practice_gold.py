"""The constructed practice texts and their gold annotation.

Checks that every practice text is present and well formed, that its gold loads and uses only
the kit's vocabularies (datasets/ANNOTATION.md), that the compare pair is linked, and pins the
facts the exercises rely on (including things that must NOT be annotated).

Run: .venv/bin/pytest tests/test_practice_gold.py -q -p no:cacheprovider
"""

from __future__ import annotations

from collections import Counter

import pytest

from course.datasets import list_articles, load_gold
from gold_checks import (
    annotations_with,
    article_meta,
    check_article_files,
    check_attribution_spans,
    check_constructed_meta,
    check_headline_dateline_and_constructed_label,
    check_labels_and_weights,
    check_modifiers_follow_the_text,
    check_no_overlap_within_a_category,
    check_shifted_span_is_refused,
    check_sorted,
    one_annotation,
    one_attribution,
)

COURIER = "practice-kessa-strait-courier"
KITWIRE = "practice-kessa-strait-kitwire"
EXPULSIONS = "practice-diplomat-expulsions"
CEASEFIRE = "practice-ceasefire-talks-geneva"
MEMO = "practice-leaked-memo"
PRACTICE = (COURIER, KITWIRE, EXPULSIONS, CEASEFIRE, MEMO)
PAIR = (COURIER, KITWIRE)


@pytest.fixture(scope="module", params=PRACTICE)
def slug(request):
    return request.param


# ----------------------------------------------------------------- files and metadata


def test_every_practice_text_has_its_four_files(slug):
    check_article_files(slug, "constructed")


def test_meta_says_constructed_and_matches_the_text(slug):
    meta = check_constructed_meta(slug)
    assert meta["outlet"] in {"Kit Wire", "Northern Courier", "Meridian Press Agency"}


def test_text_has_headline_dateline_and_constructed_label(slug):
    check_headline_dateline_and_constructed_label(slug)


def test_list_articles_separates_constructed_from_news():
    constructed = list_articles(kind="constructed")
    assert set(PRACTICE) <= set(constructed)
    assert "lavrov-asymmetric-steps-2021" not in constructed
    assert not set(PRACTICE) & set(list_articles(kind="news"))


def test_the_pair_shares_an_event_and_points_both_ways():
    a, b = (article_meta(s) for s in PAIR)
    assert a["event"] == b["event"] == "kessa-strait-incident-2031"
    assert a["pair"] == KITWIRE and b["pair"] == COURIER
    assert a["outlet"] != b["outlet"]
    for other in set(PRACTICE) - set(PAIR):
        assert "pair" not in article_meta(other) and "event" not in article_meta(other)


# ----------------------------------------------------------------- gold integrity


def test_gold_loads_and_uses_only_the_kit_vocabularies(slug):
    gold = load_gold(slug)  # validates the hash and every span
    assert gold.article == slug
    check_labels_and_weights(gold)


def test_each_text_has_enough_hedges_and_attributions(slug):
    gold = load_gold(slug)
    assert len(gold.by_category("hedge")) >= 5
    assert len(gold.attributions) >= 4


def test_lists_sorted_and_no_overlap_within_a_category(slug):
    gold = load_gold(slug)
    check_sorted(gold)
    check_no_overlap_within_a_category(gold)


def test_mechanical_modifiers_match_the_text(slug):
    check_modifiers_follow_the_text(load_gold(slug))


def test_attribution_spans_follow_the_guide(slug):
    check_attribution_spans(load_gold(slug))


def test_a_corrupted_gold_is_refused(tmp_path, monkeypatch):
    check_shifted_span_is_refused(COURIER, tmp_path, monkeypatch)


# ----------------------------------------------------------------- the compare pair


def test_the_courier_boosts_and_the_wire_hedges():
    courier, wire = load_gold(COURIER), load_gold(KITWIRE)
    assert len(courier.by_category("booster")) >= 5
    assert wire.by_category("booster") == []
    assert len(wire.by_category("hedge")) >= 2 * len(courier.by_category("hedge"))
    assert len(courier.unattributed) > len(wire.unattributed)


def test_the_pair_reports_lorvias_version_with_different_verbs():
    courier, wire = load_gold(COURIER), load_gold(KITWIRE)
    assert one_attribution(courier, "revealed").verb_class == "endorsing"  # Varnia's version
    assert one_attribution(courier, "claimed").verb_class == "distancing"  # Lorvia's version
    varnian = one_attribution(wire, "said", "Varnia's defence ministry")
    assert varnian.verb_class == "neutral"
    assert one_attribution(wire, "denied").verb_class == "admission-denial"
    # Reiner "insisted" in the Courier, "said" at Kit Wire
    assert one_attribution(courier, "insisted", "Lorvian Foreign Minister Tomas Reiner").verb_class == "distancing"
    assert one_attribution(wire, "said", "Lorvian Foreign Minister Tomas Reiner").verb_class == "neutral"


def test_the_same_conditional_threat_in_both_reports():
    for slug in PAIR:
        gold = load_gold(slug)
        threat = one_annotation(gold, "all necessary means", "escalation")
        assert threat.label == "THREATEN" and threat.intensity == -7.0
        assert {"conditional", "quoted", "attributed"} <= set(threat.modifiers)
        assert one_annotation(gold, "If", "hedge").label == "conditional"


# ----------------------------------------------------------------- pinned facts per text


def test_courier_facts():
    gold = load_gold(COURIER)
    clearly = one_annotation(gold, "clearly", "booster")
    assert clearly.label == "certainty" and clearly.modifiers == ()  # the writer's own voice
    assert one_annotation(gold, "of course", "booster").label == "concurrence"
    even = one_annotation(gold, "even", "booster")
    assert even.label == "emphasis" and even.modifiers == ()
    salo = one_attribution(gold, "was quoted as saying")
    assert salo.via.text == "state television" and salo.kind == "direct"
    assert one_attribution(gold, "pledged").kind == "mixed"
    sanctions = one_annotation(gold, "impose sanctions", "escalation")
    assert sanctions.label == "THREATEN" and "conditional" in sanctions.modifiers
    texts = [u.text for u in gold.unattributed]
    assert "Velmora has so far shown remarkable patience." in texts
    assert len(texts) == 4
    # not annotated: "would" of reported speech, and "shows" next to "clearly"
    assert not annotations_with(gold, "would") and not annotations_with(gold, "shows")


def test_kitwire_facts():
    gold = load_gold(KITWIRE)
    verified = one_annotation(gold, "could not be independently verified", "hedge")
    assert verified.label == "investigation" and verified.modifiers == ()
    weasel = one_annotation(gold, "people familiar with the matter", "hedge")
    assert weasel.label == "weasel"
    according = one_attribution(gold, "According to".lower(), "people familiar with the matter")
    assert according.kind == "according-to"
    assert one_annotation(gold, "did not rule out", "hedge").label == "epistemic"
    assert one_annotation(gold, "is expected to", "hedge").label == "doxastic"
    patrols = one_annotation(gold, "further patrols", "escalation")
    assert "hedged" in patrols.modifiers
    # "Asked about the flares": a preposition, not an approximator
    asked = gold.text.index("Asked about") + len("Asked ")
    assert not [a for a in gold.annotations if a.start == asked]
    assert [a.text for a in gold.by_category("hedge") if a.label == "approximator"] == ["about", "around"]
    # "the boundary claimed by Lorvia" is not a reporting verb
    assert len([r for r in gold.attributions if r.cue.text == "claimed"]) == 1
    assert one_attribution(gold, "claimed").source.text == "It"
    restraint = one_annotation(gold, "show restraint", "deescalation")
    assert restraint.label == "REQUEST" and restraint.intensity == 3.0


def test_expulsions_facts():
    gold = load_gold(EXPULSIONS)
    reportedly = one_annotation(gold, "reportedly", "hedge")
    assert reportedly.label == "epistemic" and reportedly.modifiers == ()
    assert one_attribution(gold, "denied").verb_class == "admission-denial"
    admitted = one_attribution(gold, "admitted")
    assert admitted.verb_class == "admission-denial" and admitted.kind == "mixed"
    assert one_attribution(gold, "insisted").verb_class == "distancing"
    consulate = one_annotation(gold, "closing Dalmar’s consulate", "escalation")
    assert consulate.label == "THREATEN" and "hedged" in consulate.modifiers
    expelled = annotations_with(gold, "expelled", "escalation")
    assert [a.label for a in expelled] == ["SANCTION", "SANCTION"] and all(a.intensity == -7.0 for a in expelled)
    spying = annotations_with(gold, "spying", "escalation")
    assert ["negated" in a.modifiers for a in spying] == [True, False, True]
    assert one_annotation(gold, "A source close to Dalmar’s security services", "hedge").label == "weasel"
    assert one_attribution(gold, "told", "A source close to Dalmar’s security services").kind == "indirect"


def test_ceasefire_facts():
    gold = load_gold(CEASEFIRE)
    assert one_annotation(gold, "cautiously", "hedge").label == "epistemic"
    ifs = annotations_with(gold, "if", "hedge")
    assert len(ifs) == 3 and all(a.label == "conditional" for a in ifs)
    ceasefire = one_annotation(gold, "ceasefire", "deescalation")
    assert ceasefire.label == "RETREAT" and ceasefire.intensity == 9.0
    assert {"hedged", "conditional"} <= set(ceasefire.modifiers)
    # a nested attribution: the delegations' pledge sits inside what the envoy's office said
    pledge = one_attribution(gold, "pledged")
    office = one_attribution(gold, "said", "the envoy's office")
    assert office.content.start <= pledge.source.start and pledge.content.end <= office.content.end
    assert pledge.content.text.startswith("let aid convoys")
    assert one_annotation(gold, "are widely seen as", "hedge").label == "weasel"
    assert [u.text for u in gold.unattributed] == ["The talks are widely seen as the best chance in months to end it."]
    assert len(gold.by_category("deescalation")) > len(gold.by_category("escalation"))
    assert not annotations_with(gold, "would")


def test_memo_facts():
    gold = load_gold(MEMO)
    understood = one_annotation(gold, "It is understood", "hedge")
    assert understood.label == "doxastic"
    frame = one_attribution(gold, "It is understood")
    assert frame.source is None and frame.content.text.startswith("the memo was circulated")
    assert one_annotation(gold, "reportedly", "hedge").label == "epistemic"
    quoted = one_attribution(gold, "was quoted as saying")
    assert quoted.via.text == "the Northern Courier" and quoted.source.text == "she"
    confirmed = one_attribution(gold, "confirmed")
    assert confirmed.verb_class == "endorsing" and confirmed.source.text == "Two people familiar with the matter"
    assert one_annotation(gold, "Two people familiar with the matter", "hedge").label == "weasel"
    assert one_annotation(gold, "might", "hedge").label == "epistemic"
    assert len([a for a in gold.annotations if a.category == "escalation" and "hedged" in a.modifiers]) >= 5
    counts = Counter(r.kind for r in gold.attributions)
    assert counts["according-to"] == 2 and counts["direct"] == 3


@pytest.mark.parametrize("slug", ["lavrov-asymmetric-steps-2021", COURIER, KITWIRE, EXPULSIONS, CEASEFIRE, MEMO])
def test_the_analyzer_reproduces_each_development_gold(slug):
    """The README's "How good is it?" table says 1.00 / 1.00 on the seed and practice texts (the
    rules were written on them): a gold edit or a rule change that breaks that must show here."""
    from course import analyze
    from course.evaluation import evaluate

    gold = load_gold(slug)
    ev = evaluate(analyze(gold.text), gold)
    lenses = ("hedge", "booster", "attribution cue", "attribution source", "attribution content", "unattributed",
              "escalation", "deescalation")
    below = {(lens, mode): round(ev.f1(lens, mode), 3) for lens in lenses for mode in ("overlap", "exact")
             if ev.f1(lens, mode) < 1.0}
    assert below == {}


@pytest.mark.parametrize("slug", ["lavrov-asymmetric-steps-2021", COURIER, KITWIRE, EXPULSIONS, CEASEFIRE, MEMO])
def test_the_analyzer_gives_the_golds_voice_modifiers(slug):
    """``attributed`` and ``quoted`` are mechanical (ANNOTATION.md §3): on a development text, whose
    spans and contents the analyzer reproduces, every mark carries exactly the gold's."""
    from course import analyze

    gold = load_gold(slug)
    voice = {"attributed", "quoted"}
    want = {(a.start, a.end, a.category): voice & set(a.modifiers) for a in gold.annotations}
    got = {(a.start, a.end, a.category): voice & set(a.modifiers) for a in analyze(gold.text).annotations
           if a.category != "attribution"}
    assert got == want
    assert any("attributed" in m for m in got.values()) and any(not m for m in got.values())


def test_voice_modifiers_both_ways():
    from course import analyze

    def mods(text, phrase):
        return next(a.modifiers for a in analyze(text).annotations if a.text == phrase and a.category != "attribution")

    # inside what someone said, and inside quotation marks
    assert "attributed" in mods("Lavrov said that Moscow would probably respond.", "probably")
    assert "attributed" not in mods("Moscow will probably respond.", "probably")  # the writer's own
    assert {"attributed", "quoted"} <= set(mods('Lavrov said: “Moscow will clearly respond.”', "clearly"))
    assert "quoted" not in mods("Lavrov said that Moscow will clearly respond.", "clearly")
    # a participial frame is the writer's: its threat is not attributed (the seed's "naval build-up")
    seed = analyze(load_gold("lavrov-asymmetric-steps-2021").text)
    build_up = next(a for a in seed.annotations if a.text == "naval build-up")
    assert "attributed" not in build_up.modifiers
