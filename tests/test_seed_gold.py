"""The seed article's gold annotation: it loads, it is consistent with the kit's
vocabularies and with datasets/ANNOTATION.md, and it pins the facts the course teaches.

Run: .venv/bin/pytest tests/test_seed_gold.py -q -p no:cacheprovider
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

from course.datasets import datasets_dir, load_article, load_gold
from gold_checks import (
    GOLD_CATEGORIES,
    QUOTE_MARKS,
    annotations_with,
    check_attributed_modifier,
    check_attribution_spans,
    check_cameo_notes,
    check_intensities,
    check_no_overlap_within_a_category,
    check_shifted_span_is_refused,
    check_sorted,
    check_spans_read_their_text,
    check_vocabularies,
    one_attribution,
)

SLUG = "lavrov-asymmetric-steps-2021"
SEED_FILE = Path("/work/shared/seed/000_6946181a8443845e.txt")


@pytest.fixture(scope="module")
def gold():
    return load_gold(SLUG)


@pytest.fixture(scope="module")
def text():
    return load_article(SLUG).text


def _ann(gold, text, category=None):
    found = annotations_with(gold, text, category)
    assert found, f"no {category or ''} annotation {text!r}"
    return found


# ----------------------------------------------------------------- loading and integrity


def test_gold_loads_with_every_part(gold):
    assert gold.article == SLUG
    counts = Counter(a.category for a in gold.annotations)
    assert set(counts) == GOLD_CATEGORIES, counts
    assert len(gold.attributions) == 13
    assert len(gold.unattributed) == 2


def test_sha256_matches_text_meta_and_gold(gold):
    folder = datasets_dir() / "articles" / SLUG
    digest = hashlib.sha256((folder / "text.txt").read_bytes()).hexdigest()
    assert gold.raw["text_sha256"] == digest
    assert json.loads((folder / "meta.json").read_text(encoding="utf-8"))["text_sha256"] == digest


def test_text_is_byte_identical_to_the_seed_file():
    if not SEED_FILE.is_file():
        pytest.skip("the original seed file is not on this machine")
    assert (datasets_dir() / "articles" / SLUG / "text.txt").read_bytes() == SEED_FILE.read_bytes()


def test_every_span_reads_the_text_it_claims(gold, text):
    assert gold.text == text
    assert check_spans_read_their_text(gold) > 50


def test_a_shifted_span_is_refused(tmp_path, monkeypatch):
    """load_gold must reject a gold whose offsets do not match the text (so the check above can fail)."""
    check_shifted_span_is_refused(SLUG, tmp_path, monkeypatch)


def test_lists_are_sorted_by_position(gold):
    check_sorted(gold)


def test_meta_records_what_is_and_is_not_known():
    meta = load_article(SLUG).meta
    assert meta["outlet"] is None
    assert "inference" in meta["outlet_known"].lower()
    assert meta["sources_cited"] == ["Sputnik", "ABC News"]
    assert (meta["date"], meta["event_date"], meta["kind"]) == ("2021-11-13", "2021-11-12", "news")
    assert meta["title_assigned_by_kit"] is True
    notes = " ".join(meta["editorial_notes"])
    for oddity in ("USS Porters", "IRNFT", "Lavrov remarks", "date 2021-11-13"):
        assert oddity in notes, oddity


# ----------------------------------------------------------------- vocabularies


def test_labels_kinds_verb_classes_and_modifiers_are_in_the_vocabularies(gold):
    check_vocabularies(gold)


def test_intensities_are_in_range_with_the_sign_of_their_category(gold):
    check_intensities(gold)


def test_every_escalation_note_names_its_cameo_code(gold):
    check_cameo_notes(gold)


# ----------------------------------------------------------------- modifiers follow their definitions


def test_attributed_means_inside_some_attribution_content(gold):
    check_attributed_modifier(gold)


def test_quoted_means_inside_a_pair_of_quotation_marks(gold, text):
    marks = [i for i, ch in enumerate(text) if ch in QUOTE_MARKS]
    assert len(marks) == 12
    pairs = list(zip(marks[0::2], marks[1::2]))
    for a in gold.annotations:
        inside = any(o < a.start and a.end <= c for o, c in pairs)
        assert inside == ("quoted" in a.modifiers), a.text


# ----------------------------------------------------------------- hedges and boosters


def test_the_only_hedge_is_if_necessary(gold):
    hedges = gold.by_category("hedge")
    assert [(h.text, h.label) for h in hedges] == [("if necessary", "conditional")]
    assert set(hedges[0].modifiers) == {"attributed", "quoted"}  # Lavrov's hedge, not the writer's


def test_words_that_look_like_hedges_are_not_annotated(gold):
    texts = {a.text.lower() for a in gold.annotations if a.category in ("hedge", "booster")}
    for word in ("lately", "can", "desire", "particularly", "any", "will", "need"):
        assert word not in texts, word


def test_boosters_and_their_voices(gold):
    boosters = {(b.text, b.label, frozenset(b.modifiers)) for b in gold.by_category("booster")}
    assert boosters == {
        ("of course", "concurrence", frozenset({"attributed"})),
        ("even", "emphasis", frozenset()),  # the writer's "he even noted"
        ("Even", "emphasis", frozenset({"attributed", "quoted"})),  # Putin's "Even now"
        ("exceptionally", "emphasis", frozenset({"attributed", "quoted"})),
        ("major", "emphasis", frozenset()),  # the writer's "major violation"
    }


# ----------------------------------------------------------------- attribution


def test_putin_is_quoted_second_hand_via_abc_news(gold):
    r = one_attribution(gold, "was quoted as saying")
    assert r.source.text == "Putin"
    assert r.via is not None and r.via.text == "ABC News"
    assert (r.kind, r.verb_class) == ("direct", "neutral")
    assert r.content.text.startswith("Even now, a US warship")
    assert not any(q in r.content.text for q in QUOTE_MARKS)
    assert [x.via.text for x in gold.attributions if x.via] == ["ABC News"]  # the only via


def test_according_to_sputnik_has_the_outlet_as_source_and_no_via(gold):
    r = one_attribution(gold, "According to")
    assert r.source.text == "Sputnik" and r.via is None
    assert (r.kind, r.verb_class) == ("according-to", "neutral")


def test_cues_and_their_verb_classes(gold):
    got = Counter((r.cue.text, r.verb_class) for r in gold.attributions)
    assert got == Counter({
        ("pledged", "commissive-directive"): 1,
        ("According to", "neutral"): 1,
        ("affirmed", "neutral"): 1,
        ("went on to say", "neutral"): 2,
        ("adding", "neutral"): 1,
        ("revealed", "endorsing"): 1,
        ("noted", "endorsing"): 1,
        ("had said", "neutral"): 2,
        ("emphasised", "neutral"): 1,
        ("was quoted as saying", "neutral"): 1,
        ("threatening", "commissive-directive"): 1,
    })


def test_frames_and_boosters_are_not_cues(gold, text):
    cue_texts = {r.cue.text for r in gold.attributions}
    for not_cue in ("Speaking", "Speaking to reporters", "even noted", "referring", "reference", "desire"):
        assert not_cue not in cue_texts, not_cue
    speaking = text.find("Speaking to reporters")
    assert not any(r.cue.start <= speaking < r.cue.end for r in gold.attributions)


def test_adding_is_a_second_attribution_from_the_same_lavrov(gold):
    said = one_attribution(gold, "went on to say", source="Lavrov")
    adding = one_attribution(gold, "adding")
    assert adding.source == said.source
    assert adding.kind == "mixed" and said.kind == "indirect"
    assert adding.content.text.startswith("Moscow “will act")


def test_kinds_follow_the_quotation_marks(gold):
    check_attribution_spans(gold)


def test_the_us_threat_is_an_attribution_with_the_us_as_source(gold):
    r = one_attribution(gold, "threatening")
    assert r.source.text == "the US"
    assert r.content.text == "shut down its embassy in Moscow"


# ----------------------------------------------------------------- unattributed


def test_the_founding_act_sentence_is_unattributed(gold):
    sentence = "This is a major violation of the Russia-NATO Founding Act."
    assert sentence in [u.text for u in gold.unattributed]
    u = next(u for u in gold.unattributed if u.text == sentence)
    for r in gold.attributions:  # no attribution covers it
        assert not (r.content and r.content.overlaps(u)), r.cue.text
        assert not r.cue.overlaps(u), r.cue.text


def test_only_contestable_sentences_are_unattributed(gold):
    texts = [u.text for u in gold.unattributed]
    assert texts == [
        "This is a major violation of the Russia-NATO Founding Act.",
        "This comes as Washington-Moscow ties hit rock bottom with the US threatening to shut down its embassy in Moscow.",
    ]
    assert not any(t.startswith("His comments came") for t in texts)  # background fact
    assert not any("Deteriorating" in t for t in texts)  # a heading, not a sentence


# ----------------------------------------------------------------- escalation and de-escalation


def test_escalation_readings_the_course_teaches(gold):
    def one(text, category="escalation"):
        found = _ann(gold, text, category)
        assert len(found) == 1, text
        return found[0]

    assert one("asymmetric retaliatory steps").label == "THREATEN"
    a = one("asymmetrically")
    assert a.label == "THREATEN" and "conditional" in a.modifiers
    assert "conditional" not in one("in a reciprocal manner").modifiers  # "if necessary" scopes only "also asymmetrically"
    c = one("crosshairs of our defence systems")
    assert (c.label, c.intensity) == ("THREATEN", -7.0)
    assert one("hit rock bottom").label == "DETERIORATE"
    assert one("hit rock bottom").modifiers == ()  # the writer's own voice
    assert one("threatening to shut down its embassy").label == "THREATEN"
    assert one("major violation").label == "ACCUSE"
    assert one("warship has entered the Black Sea").label == "MOBILIZE"
    assert one("naval build-up").modifiers == ()  # presented as fact, outside any reported content


def test_unfriendly_twice_quoted_only_the_first_time(gold):
    uf = _ann(gold, "unfriendly", "escalation")
    assert len(uf) == 2
    assert [("quoted" in a.modifiers) for a in uf] == [True, False]
    assert {a.label for a in uf} == {"ACCUSE"}


def test_deescalation_is_talks_and_restraint_only(gold):
    de = {(a.text, a.label, a.intensity) for a in gold.by_category("deescalation")}
    assert de == {
        ("negotiations", "CONSULT", 1.0),
        ("discussed", "CONSULT", 1.0),
        ("exceptionally restrained approach", "RESTRAINT", 7.0),
        ("not to create problems artificially", "RESTRAINT", 7.0),
    }
    assert "negated" not in _ann(gold, "not to create problems artificially")[0].modifiers


def test_escalation_outweighs_deescalation(gold):
    esc = gold.by_category("escalation")
    de = gold.by_category("deescalation")
    assert len(esc) == 22 and len(de) == 4
    assert sum(a.intensity for a in esc) + sum(a.intensity for a in de) < 0


def test_spans_of_one_category_do_not_overlap(gold):
    check_no_overlap_within_a_category(gold)
