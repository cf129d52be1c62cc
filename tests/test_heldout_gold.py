"""The held-out evaluation texts and their gold annotation.

Two constructed texts are kept aside (``"split": "held-out"`` in ``meta.json``) so that the
analyzers can be measured on text they were not developed on. These tests check that the files
are present and well formed, that the gold loads and uses only the kit's vocabularies
(datasets/ANNOTATION.md), and pin a few facts of the annotation, including things that must NOT
be annotated. They never run the analyzers.

Run: .venv/bin/pytest tests/test_heldout_gold.py -q -p no:cacheprovider
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date

import pytest

from course.datasets import datasets_dir, list_articles, load_article, load_gold
from course.labels import ATTRIBUTION_KINDS, INTENSITY_RANGE, LABELS, VERB_CLASSES

DAM = "heldout-river-dam-dispute"
CYBER = "heldout-cyber-attack-row"
HELDOUT = (DAM, CYBER)

MODIFIERS = {"attributed", "quoted", "conditional", "hedged", "negated"}
GOLD_CATEGORIES = {"hedge", "booster", "escalation", "deescalation"}


@pytest.fixture(scope="module", params=HELDOUT)
def slug(request):
    return request.param


def _meta(slug):
    return json.loads((datasets_dir() / "articles" / slug / "meta.json").read_text(encoding="utf-8"))


def _anns(gold, text, category=None):
    return [a for a in gold.annotations if a.text == text and (category is None or a.category == category)]


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


def test_every_heldout_text_has_its_four_files(slug):
    folder = datasets_dir() / "articles" / slug
    for name in ("text.txt", "meta.json", "gold.json", "README.md"):
        assert (folder / name).is_file(), f"{slug} lacks {name}"
    readme = (folder / "README.md").read_text(encoding="utf-8").lower()
    assert "constructed" in readme and "held-out" in readme


def test_meta_is_held_out_constructed_and_matches_the_text(slug):
    meta = _meta(slug)
    text = load_article(slug).text
    assert meta["slug"] == slug
    assert meta["split"] == "held-out"
    assert meta["kind"] == "constructed" and meta["constructed"] is True
    assert meta["language"] == "en"
    assert meta["outlet"] and meta["outlet"] in text
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
    assert "(" not in paragraphs[0] and len(paragraphs[0].split()) <= 15
    outlet = _meta(slug)["outlet"]
    assert re.match(rf"[A-Z/]+ \({re.escape(outlet)}\) - ", paragraphs[1]), paragraphs[1][:60]
    assert paragraphs[-1].strip() == "(Constructed teaching text: fictional outlet, people and events.)"


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
    lo, hi = INTENSITY_RANGE
    for a in gold.annotations:
        assert a.category in GOLD_CATEGORIES, a
        assert a.label in LABELS[a.category], (a.text, a.category, a.label)
        assert a.explanation.strip(), f"{a.text!r} has no note"
        assert set(a.modifiers) <= MODIFIERS, a.modifiers
        if a.category in ("escalation", "deescalation"):
            assert a.intensity is not None and lo <= a.intensity <= hi
            assert (a.intensity < 0) if a.category == "escalation" else (a.intensity > 0), a
            assert "CAMEO" in a.explanation, f"{a.text!r}: the note must name the CAMEO code"
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
    assert gold.by_category("booster") and gold.by_category("escalation") and gold.by_category("deescalation")
    assert 1 <= len(gold.unattributed) <= 3


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


def test_spans_start_and_end_on_words_or_quotes(slug):
    gold = load_gold(slug)
    spans = [*gold.annotations, *gold.unattributed]
    spans += [x for r in gold.attributions for x in (r.source, r.cue, r.content, r.via) if x]
    for s in spans:
        assert s.text == s.text.strip() and s.text, repr(s.text)


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
        assert r.content is not None
        c = r.content.text
        assert not c.startswith(("that ", "to ")) and not c.endswith((".", ",")), c
        has_quote = any(q in c for q in "“”\"")
        if r.kind == "direct":
            assert not has_quote, c
            assert gold.text[r.content.start - 1] in "\"“" and gold.text[r.content.end] in "\"”,", c
        elif r.kind == "mixed":
            assert has_quote, c
        elif r.kind == "according-to":
            assert r.cue.text.lower() == "according to"
        else:
            assert not has_quote, c


# ----------------------------------------------------------------- facts of the annotation


def test_dam_conditional_threat_and_its_condition():
    gold = load_gold(DAM)
    for phrase in ("freeze Tarvian assets", "suspend all electricity trade"):
        (a,) = _anns(gold, phrase, "escalation")
        assert a.label == "THREATEN" and a.intensity == -5.8
        assert set(a.modifiers) == {"attributed", "quoted", "conditional"}
    ifs = [a for a in gold.by_category("hedge") if a.text.lower() == "if"]
    assert len(ifs) == 3 and all(a.label == "conditional" for a in ifs)
    assert all("conditional" not in a.modifiers for a in ifs)  # the hedge that creates the condition


def test_dam_attribution_variety():
    gold = load_gold(DAM)
    quoted = _attr(gold, "was quoted")
    assert quoted.source.text == "Prime Minister Aurel Mako" and quoted.via.text == "the Breska Herald"
    assert quoted.kind == "direct" and quoted.verb_class == "neutral"
    assert _attr(gold, "told").kind == "direct"
    inverted = _attr(gold, "said", "the minister, Ilan Sova")
    assert inverted.kind == "direct" and inverted.cue.start > inverted.content.end
    assert _attr(gold, "warned").verb_class == "commissive-directive"
    assert _attr(gold, "insisted").verb_class == "distancing"
    assert _attr(gold, "acknowledged").verb_class == "endorsing"
    assert _attr(gold, "denied").verb_class == "admission-denial"
    assert _attr(gold, "according to").source.text == "engineers familiar with the project"
    assert _attr(gold, "said", "She").kind == "indirect"  # pronoun source kept as written
    # "Tarvia rejected the warning" reports no words of Tarvia's: an event, not an attribution
    assert not [r for r in gold.attributions if r.cue.text == "rejected"]
    assert _anns(gold, "rejected", "escalation")[0].label == "REJECT"


def test_dam_things_that_are_not_annotated():
    gold = load_gold(DAM)
    texts = {a.text for a in gold.annotations}
    assert not texts & {"would", "early", "dispute", "quarrel", "closes the gates", "filling"}
    (some,) = _anns(gold, "some", "hedge")
    assert some.label == "approximator" and gold.text[some.end:some.end + 6] == " 2,000"
    (movements,) = _anns(gold, "troop movements", "escalation")
    assert "negated" not in movements.modifiers  # the denial is of the link, not of the movement


def test_dam_writer_voice():
    gold = load_gold(DAM)
    (clearly,) = _anns(gold, "clearly", "booster")
    assert clearly.label == "certainty" and clearly.modifiers == ()
    sentences = [u.text for u in gold.unattributed]
    assert any("clearly the most serious test" in s for s in sentences)
    assert any(s.startswith("Its air force has reportedly") for s in sentences)
    assert not any("two officials said" in s for s in sentences)


def test_cyber_expulsion_denial_and_counter_accusation():
    gold = load_gold(CYBER)
    (expelled,) = _anns(gold, "expelled", "escalation")
    assert expelled.label == "SANCTION" and expelled.intensity == -7.0 and "attributed" in expelled.modifiers
    (summoned,) = _anns(gold, "summoned", "escalation")
    assert summoned.label == "PROTEST"
    assert _attr(gold, "denied").content.text == "any involvement"
    assert _attr(gold, "admitted").verb_class == "admission-denial"
    assert _attr(gold, "claimed").verb_class == "distancing"
    assert _attr(gold, "noted").verb_class == "endorsing"
    (smear,) = _anns(gold, "smear campaign", "escalation")
    assert smear.label == "ACCUSE" and {"attributed", "quoted"} <= set(smear.modifiers)


def test_cyber_via_nested_and_impersonal_attributions():
    gold = load_gold(CYBER)
    ek = _attr(gold, "was quoted")
    assert ek.via.text == "the state broadcaster VTV" and ek.kind == "mixed"
    called = _attr(gold, "called")
    assert called.source.text == "it" and called.kind == "mixed"
    outer = _attr(gold, "said", "the foreign ministry")
    assert outer.content.start <= called.cue.start and called.content.end <= outer.content.end
    understood = _attr(gold, "It is understood")
    assert understood.source is None
    assert _anns(gold, "It is understood", "hedge")[0].label == "doxastic"
    verel = _attr(gold, "warned")
    assert verel.kind == "direct" and verel.via is None  # "on state radio" is a setting, not a hop


def test_cyber_conditional_threat_and_hedged_measures():
    gold = load_gold(CYBER)
    (tool,) = _anns(gold, "answer with every tool we have", "escalation")
    assert tool.label == "THREATEN" and "conditional" in tool.modifiers
    (recall,) = _anns(gold, "recall its ambassador", "escalation")
    assert "hedged" in recall.modifiers and recall.intensity == -4.0
    (expel,) = _anns(gold, "preparing to expel", "escalation")
    assert "hedged" in expel.modifiers and expel.label == "THREATEN"


def test_cyber_things_that_are_not_annotated():
    gold = load_gold(CYBER)
    hedges = {a.text for a in gold.by_category("hedge")}
    assert "can" not in hedges  # ability, not doubt
    abouts = [a for a in gold.annotations if a.text == "about"]
    assert abouts == []  # "about who was responsible" is a preposition
    assert not _anns(gold, "would")
    (even,) = _anns(gold, "even", "booster")
    assert even.modifiers == ("attributed",)  # in indirect speech, not quoted
