"""The constructed practice texts and their gold annotation.

Checks that every practice text is present and well formed, that its gold loads and uses only
the kit's vocabularies (datasets/ANNOTATION.md), that the compare pair is linked, and pins the
facts the exercises rely on (including things that must NOT be annotated).

Run: .venv/bin/pytest tests/test_practice_gold.py -q -p no:cacheprovider
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections import Counter
from datetime import date

import pytest

from course.datasets import datasets_dir, list_articles, load_article, load_gold
from course.errors import DatasetError
from course.labels import ATTRIBUTION_KINDS, INTENSITY_RANGE, LABELS, VERB_CLASSES

COURIER = "practice-kessa-strait-courier"
KITWIRE = "practice-kessa-strait-kitwire"
EXPULSIONS = "practice-diplomat-expulsions"
CEASEFIRE = "practice-ceasefire-talks-geneva"
MEMO = "practice-leaked-memo"
PRACTICE = (COURIER, KITWIRE, EXPULSIONS, CEASEFIRE, MEMO)
PAIR = (COURIER, KITWIRE)

MODIFIERS = {"attributed", "quoted", "conditional", "hedged", "negated"}
GOLD_CATEGORIES = {"hedge", "booster", "escalation", "deescalation"}


@pytest.fixture(scope="module", params=PRACTICE)
def slug(request):
    return request.param


def _meta(slug):
    return json.loads((datasets_dir() / "articles" / slug / "meta.json").read_text(encoding="utf-8"))


def _anns(gold, text, category=None):
    return [a for a in gold.annotations if a.text == text and (category is None or a.category == category)]


def _one(gold, text, category):
    found = _anns(gold, text, category)
    assert len(found) == 1, f"expected one {category} annotation {text!r}, found {len(found)}"
    return found[0]


def _attr(gold, cue, source=None):
    found = [
        r for r in gold.attributions
        if r.cue.text == cue and (source is None or (r.source is not None and r.source.text == source))
    ]
    assert len(found) == 1, f"expected one attribution with cue {cue!r} (source {source!r}), found {len(found)}"
    return found[0]


def _quote_ranges(text):
    ranges = [(m.start(), m.end()) for m in re.finditer(r"“[^”]*”", text)]
    straight = [i for i, c in enumerate(text) if c == '"']
    assert len(straight) % 2 == 0, "unbalanced straight quotation marks"
    ranges += [(a, b + 1) for a, b in zip(straight[::2], straight[1::2])]
    return ranges


# ----------------------------------------------------------------- files and metadata


def test_every_practice_text_has_its_four_files(slug):
    folder = datasets_dir() / "articles" / slug
    for name in ("text.txt", "meta.json", "gold.json", "README.md"):
        assert (folder / name).is_file(), f"{slug} lacks {name}"
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "constructed" in readme.lower()


def test_meta_says_constructed_and_matches_the_text(slug):
    meta = _meta(slug)
    text = load_article(slug).text
    assert meta["slug"] == slug
    assert meta["kind"] == "constructed" and meta["constructed"] is True
    assert meta["language"] == "en"
    assert meta["outlet"] in {"Kit Wire", "Northern Courier", "Meridian Press Agency"}
    date.fromisoformat(meta["date"])
    assert meta["licence"].startswith("CC BY 4.0")
    assert meta["teaching_focus"] and all(isinstance(x, str) for x in meta["teaching_focus"])
    assert meta["word_count"] == len(text.split())
    assert 250 <= meta["word_count"] <= 450, meta["word_count"]
    assert meta["text_sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert meta["title"] == text.splitlines()[0]


def test_text_has_headline_dateline_and_constructed_label(slug):
    text = load_article(slug).text
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    assert "(" not in paragraphs[0] and len(paragraphs[0].split()) <= 15  # a headline, no dateline
    outlet = _meta(slug)["outlet"]
    assert re.match(rf"[A-Z/]+ \({re.escape(outlet)}\) - ", paragraphs[1]), paragraphs[1][:60]
    assert paragraphs[-1].strip() == "(Constructed teaching text: fictional outlet, people and events.)"


def test_list_articles_separates_constructed_from_news():
    constructed = list_articles(kind="constructed")
    assert set(PRACTICE) <= set(constructed)
    assert "lavrov-asymmetric-steps-2021" not in constructed
    assert not set(PRACTICE) & set(list_articles(kind="news"))


def test_the_pair_shares_an_event_and_points_both_ways():
    a, b = (_meta(s) for s in PAIR)
    assert a["event"] == b["event"] == "kessa-strait-incident-2031"
    assert a["pair"] == KITWIRE and b["pair"] == COURIER
    assert a["outlet"] != b["outlet"]
    for other in set(PRACTICE) - set(PAIR):
        assert "pair" not in _meta(other) and "event" not in _meta(other)


# ----------------------------------------------------------------- gold integrity


def test_gold_loads_and_uses_only_the_kit_vocabularies(slug):
    gold = load_gold(slug)  # validates the hash and every span
    assert gold.article == slug
    lo, hi = INTENSITY_RANGE
    for a in gold.annotations:
        assert a.category in GOLD_CATEGORIES, a
        assert a.label in LABELS[a.category], (a.text, a.category, a.label)
        assert a.explanation.strip(), f"{a.text!r} has no note"
        assert set(a.modifiers) <= MODIFIERS, a.modifiers
        if a.category in ("escalation", "deescalation"):
            assert a.intensity is not None and lo <= a.intensity <= hi
            assert (a.intensity < 0) if a.category == "escalation" else (a.intensity > 0), a
        else:
            assert a.intensity is None, a
    for r in gold.attributions:
        assert r.kind in ATTRIBUTION_KINDS and r.verb_class in VERB_CLASSES, r
        assert r.explanation.strip()
    for u in gold.raw["unattributed"]:
        assert u["note"].strip() and u["text"].endswith(".")


def test_each_text_has_enough_hedges_and_attributions(slug):
    gold = load_gold(slug)
    assert len(gold.by_category("hedge")) >= 5
    assert len(gold.attributions) >= 4


def test_lists_sorted_and_no_overlap_within_a_category(slug):
    gold = load_gold(slug)
    keys = [(a.start, a.end) for a in gold.annotations]
    assert keys == sorted(keys)
    cues = [r.cue.start for r in gold.attributions]
    assert cues == sorted(cues)
    for cat in GOLD_CATEGORIES:
        spans = sorted((a.start, a.end) for a in gold.by_category(cat))
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, f"{cat} spans overlap at {s1}-{e1} / {s2}-{e2}"


def test_mechanical_modifiers_match_the_text(slug):
    gold = load_gold(slug)
    quotes = _quote_ranges(gold.text)
    contents = [(r.content.start, r.content.end) for r in gold.attributions if r.content]
    for a in gold.annotations:
        in_quote = any(s <= a.start and a.end <= e for s, e in quotes)
        in_content = any(s <= a.start and a.end <= e for s, e in contents)
        assert ("quoted" in a.modifiers) == in_quote, (a.text, a.modifiers)
        assert ("attributed" in a.modifiers) == in_content, (a.text, a.modifiers)


def test_attribution_spans_follow_the_guide(slug):
    gold = load_gold(slug)
    for r in gold.attributions:
        if r.content is None:
            continue
        c = r.content.text
        assert not c.startswith(("that ", "to ")) and not c.endswith((".", ",")), c
        has_quote = any(q in c for q in "“”\"")
        if r.kind == "direct":
            assert not has_quote, c
        elif r.kind == "mixed":
            assert has_quote, c
        elif r.kind == "according-to":
            assert r.cue.text.lower() == "according to"


def test_a_corrupted_gold_is_refused(tmp_path, monkeypatch):
    src = datasets_dir() / "articles" / COURIER
    dst = tmp_path / "articles" / COURIER
    shutil.copytree(src, dst)
    raw = json.loads((dst / "gold.json").read_text(encoding="utf-8"))
    raw["annotations"][0]["start"] += 1
    (dst / "gold.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("COURSE_DATASETS", str(tmp_path))
    with pytest.raises(DatasetError, match="should read"):
        load_gold(COURIER)


# ----------------------------------------------------------------- the compare pair


def test_the_courier_boosts_and_the_wire_hedges():
    courier, wire = load_gold(COURIER), load_gold(KITWIRE)
    assert len(courier.by_category("booster")) >= 5
    assert wire.by_category("booster") == []
    assert len(wire.by_category("hedge")) >= 2 * len(courier.by_category("hedge"))
    assert len(courier.unattributed) > len(wire.unattributed)


def test_the_pair_reports_lorvias_version_with_different_verbs():
    courier, wire = load_gold(COURIER), load_gold(KITWIRE)
    assert _attr(courier, "revealed").verb_class == "endorsing"  # Varnia's version
    assert _attr(courier, "claimed").verb_class == "distancing"  # Lorvia's version
    varnian = _attr(wire, "said", "Varnia's defence ministry")
    assert varnian.verb_class == "neutral"
    assert _attr(wire, "denied").verb_class == "admission-denial"
    # Reiner "insisted" in the Courier, "said" at Kit Wire
    assert _attr(courier, "insisted", "Lorvian Foreign Minister Tomas Reiner").verb_class == "distancing"
    assert _attr(wire, "said", "Lorvian Foreign Minister Tomas Reiner").verb_class == "neutral"


def test_the_same_conditional_threat_in_both_reports():
    for slug in PAIR:
        gold = load_gold(slug)
        threat = _one(gold, "all necessary means", "escalation")
        assert threat.label == "THREATEN" and threat.intensity == -7.0
        assert {"conditional", "quoted", "attributed"} <= set(threat.modifiers)
        assert _one(gold, "If", "hedge").label == "conditional"


# ----------------------------------------------------------------- pinned facts per text


def test_courier_facts():
    gold = load_gold(COURIER)
    clearly = _one(gold, "clearly", "booster")
    assert clearly.label == "certainty" and clearly.modifiers == ()  # the writer's own voice
    assert _one(gold, "of course", "booster").label == "concurrence"
    even = _one(gold, "even", "booster")
    assert even.label == "emphasis" and even.modifiers == ()
    salo = _attr(gold, "was quoted as saying")
    assert salo.via.text == "state television" and salo.kind == "direct"
    assert _attr(gold, "pledged").kind == "mixed"
    sanctions = _one(gold, "impose sanctions", "escalation")
    assert sanctions.label == "THREATEN" and "conditional" in sanctions.modifiers
    texts = [u.text for u in gold.unattributed]
    assert "Velmora has so far shown remarkable patience." in texts
    assert len(texts) == 4
    # not annotated: "would" of reported speech, and "shows" next to "clearly"
    assert not _anns(gold, "would") and not _anns(gold, "shows")


def test_kitwire_facts():
    gold = load_gold(KITWIRE)
    verified = _one(gold, "could not be independently verified", "hedge")
    assert verified.label == "investigation" and verified.modifiers == ()
    weasel = _one(gold, "people familiar with the matter", "hedge")
    assert weasel.label == "weasel"
    according = _attr(gold, "According to".lower(), "people familiar with the matter")
    assert according.kind == "according-to"
    assert _one(gold, "did not rule out", "hedge").label == "epistemic"
    assert _one(gold, "is expected to", "hedge").label == "doxastic"
    patrols = _one(gold, "further patrols", "escalation")
    assert "hedged" in patrols.modifiers
    # "Asked about the flares": a preposition, not an approximator
    asked = gold.text.index("Asked about") + len("Asked ")
    assert not [a for a in gold.annotations if a.start == asked]
    assert [a.text for a in gold.by_category("hedge") if a.label == "approximator"] == ["about", "around"]
    # "the boundary claimed by Lorvia" is not a reporting verb
    assert len([r for r in gold.attributions if r.cue.text == "claimed"]) == 1
    assert _attr(gold, "claimed").source.text == "It"
    restraint = _one(gold, "show restraint", "deescalation")
    assert restraint.label == "REQUEST" and restraint.intensity == 3.0


def test_expulsions_facts():
    gold = load_gold(EXPULSIONS)
    reportedly = _one(gold, "reportedly", "hedge")
    assert reportedly.label == "epistemic" and reportedly.modifiers == ()
    assert _attr(gold, "denied").verb_class == "admission-denial"
    admitted = _attr(gold, "admitted")
    assert admitted.verb_class == "admission-denial" and admitted.kind == "mixed"
    assert _attr(gold, "insisted").verb_class == "distancing"
    consulate = _one(gold, "closing Dalmar’s consulate", "escalation")
    assert consulate.label == "THREATEN" and "hedged" in consulate.modifiers
    expelled = _anns(gold, "expelled", "escalation")
    assert [a.label for a in expelled] == ["SANCTION", "SANCTION"] and all(a.intensity == -7.0 for a in expelled)
    spying = _anns(gold, "spying", "escalation")
    assert ["negated" in a.modifiers for a in spying] == [True, False, True]
    assert _one(gold, "A source close to Dalmar’s security services", "hedge").label == "weasel"
    assert _attr(gold, "told", "A source close to Dalmar’s security services").kind == "indirect"


def test_ceasefire_facts():
    gold = load_gold(CEASEFIRE)
    assert _one(gold, "cautiously", "hedge").label == "epistemic"
    ifs = _anns(gold, "if", "hedge")
    assert len(ifs) == 3 and all(a.label == "conditional" for a in ifs)
    ceasefire = _one(gold, "ceasefire", "deescalation")
    assert ceasefire.label == "RETREAT" and ceasefire.intensity == 9.0
    assert {"hedged", "conditional"} <= set(ceasefire.modifiers)
    # a nested attribution: the delegations' pledge sits inside what the envoy's office said
    pledge = _attr(gold, "pledged")
    office = _attr(gold, "said", "the envoy's office")
    assert office.content.start <= pledge.source.start and pledge.content.end <= office.content.end
    assert pledge.content.text.startswith("let aid convoys")
    assert _one(gold, "are widely seen as", "hedge").label == "weasel"
    assert [u.text for u in gold.unattributed] == ["The talks are widely seen as the best chance in months to end it."]
    assert len(gold.by_category("deescalation")) > len(gold.by_category("escalation"))
    assert not _anns(gold, "would")


def test_memo_facts():
    gold = load_gold(MEMO)
    understood = _one(gold, "It is understood", "hedge")
    assert understood.label == "doxastic"
    frame = _attr(gold, "It is understood")
    assert frame.source is None and frame.content.text.startswith("the memo was circulated")
    assert _one(gold, "reportedly", "hedge").label == "epistemic"
    quoted = _attr(gold, "was quoted as saying")
    assert quoted.via.text == "the Northern Courier" and quoted.source.text == "she"
    confirmed = _attr(gold, "confirmed")
    assert confirmed.verb_class == "endorsing" and confirmed.source.text == "Two people familiar with the matter"
    assert _one(gold, "Two people familiar with the matter", "hedge").label == "weasel"
    assert _one(gold, "might", "hedge").label == "epistemic"
    assert len([a for a in gold.annotations if a.category == "escalation" and "hedged" in a.modifiers]) >= 5
    counts = Counter(r.kind for r in gold.attributions)
    assert counts["according-to"] == 2 and counts["direct"] == 3
