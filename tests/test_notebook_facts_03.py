"""Facts stated in the prose of notebooks/03-attribution.ipynb, pinned to the gold and the analyzer.

Each test reads the literal from the notebook's markdown (so editing the prose without
the facts, or the facts without the prose, fails) and recomputes it from
``course.load_gold`` or ``course.analyze``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

import course
from course import exercises as E
from course.widgets.explorer import filter_voice

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "03-attribution.ipynb"
SEED = "lavrov-asymmetric-steps-2021"
COURIER = "practice-kessa-strait-courier"
KITWIRE = "practice-kessa-strait-kitwire"

#: The seed article's sources that are not Lavrov (everything else in the gold is Lavrov).
NOT_LAVROV = {"Sputnik", "Russian President Vladimir Putin", "Putin", "the US"}


def _markdown() -> str:
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    return "\n".join(
        "".join(c["source"]) if isinstance(c["source"], list) else c["source"]
        for c in cells
        if c["cell_type"] == "markdown"
    )


MD = _markdown()
FLAT = re.sub(r"\s+", " ", MD)  # line breaks inside paragraphs and quotes do not matter


def number(pattern: str) -> int:
    """The one number captured by ``pattern`` in the notebook (the pattern must match once)."""
    found = re.findall(pattern, FLAT)
    assert len(found) == 1, (pattern, found)
    return int(found[0])


def says(phrase: str) -> None:
    assert re.sub(r"\s+", " ", phrase) in FLAT, f"the notebook no longer says: {phrase!r}"


@pytest.fixture(scope="module")
def gold():
    return course.load_gold(SEED)


@pytest.fixture(scope="module")
def seed():
    return course.analyze(course.load_article(SEED).text)


def _parts(a):
    return (
        None if a.source is None else a.source.text,
        a.cue.text,
        None if a.content is None else a.content.text,
        None if a.via is None else a.via.text,
        a.kind,
        a.verb_class,
    )


# --------------------------------------------------------------------- section 1


def test_first_sentence_dissection_matches_the_gold(gold):
    row = {m[0]: m[1].strip() for m in re.findall(r"^\| (source|cue|content) \| (.+?) \|$", MD, re.M)}
    first = gold.attributions[0]
    assert row == {"source": first.source.text, "cue": first.cue.text, "content": first.content.text}
    assert (first.kind, first.verb_class) == ("mixed", "commissive-directive")
    says("the cue is **not a plain \"said\"**: \"pledged\" turns Lavrov's words into a promise")


def test_scene_setting_participles_are_not_cues(gold, seed):
    says("The cue is the main verb it hangs on, **affirmed**")
    says("(the cue is **noted**)")
    for attrs in (gold.attributions, seed.attributions):
        cues = [a.cue.text for a in attrs]
        assert not any(c.startswith(("Speaking", "While", "referring")) for c in cues)
        assert "affirmed" in cues and "noted" in cues
    text = gold.text
    affirmed = next(a for a in gold.attributions if a.cue.text == "affirmed")
    assert text.rfind("Speaking to reporters", 0, affirmed.cue.start) > text.rfind(".", 0, affirmed.cue.start)
    noted = next(a for a in gold.attributions if a.cue.text == "noted")
    assert text.rfind("While referring to", 0, noted.cue.start) > text.rfind(".", 0, noted.cue.start)


# --------------------------------------------------------------------- section 2: kinds


def test_kind_counts_of_the_seed(gold, seed):
    total = number(r"the seed article has \*\*(\d+) attributions\*\*")
    stated = {
        kind: number(rf"\*\*(\d+) {kind}\*\*")
        for kind in ("direct", "indirect", "mixed", "according-to")
    }
    assert total == len(gold.attributions) == len(seed.attributions)
    assert Counter(a.kind for a in gold.attributions) == stated
    assert Counter(a.kind for a in seed.attributions) == stated
    says(f"of the seed article's {total} attributions only {stated['direct']} is direct")


def test_kind_examples_are_gold_contents(gold):
    by_cue = {}
    for a in gold.attributions:
        by_cue.setdefault(a.cue.text, a)
    putin = by_cue["was quoted as saying"]
    assert putin.kind == "direct"
    says(f"Putin: \"{putin.content.text}\"")
    went = by_cue["went on to say"]
    assert went.kind == "indirect"
    says(f"went on to say that {went.content.text}")
    affirmed = by_cue["affirmed"]
    assert affirmed.kind == "mixed"
    says(f"affirmed {affirmed.content.text}")
    assert by_cue["According to"].kind == "according-to"


def test_unfriendly_quoted_then_unquoted(gold):
    says('In the next paragraph, the one that begins "However, Lavrov also went on to say", the same word comes back *without* quotation marks')
    assert "\n\nHowever, Lavrov also went on to say" in gold.text  # the paragraph after the lede
    first = gold.attributions[0].content.text
    assert "“unfriendly”" in first
    went = next(a for a in gold.attributions if a.cue.text == "went on to say")
    assert "the unfriendly steps" in went.content.text and "“" not in went.content.text
    assert "of course" in went.content.text and went.kind == "indirect"


# --------------------------------------------------------------------- sections 3-4: via and chains


def test_only_one_attribution_has_a_via(gold, seed):
    says("this is the only attribution with a via")
    for attrs in (gold.attributions, seed.attributions):
        with_via = [_parts(a) for a in attrs if a.via is not None]
        assert with_via == [
            ("Putin", "was quoted as saying", with_via[0][2], "ABC News", "direct", "neutral")
        ]


def test_sputnik_is_a_source_not_a_via(gold, seed):
    says("In the gold this is one attribution with *Sputnik* as its source (and no via")
    for attrs in (gold.attributions, seed.attributions):
        sputnik = [a for a in attrs if a.cue.text == "According to"]
        assert len(sputnik) == 1
        assert sputnik[0].source.text == "Sputnik" and sputnik[0].via is None
        assert sputnik[0].kind == "according-to"
        # the next sentence ("Speaking to reporters, ... affirmed") names no outlet
        affirmed = next(a for a in attrs if a.cue.text == "affirmed")
        assert affirmed.via is None and affirmed.source.text == "the Russian foreign minister"


# --------------------------------------------------------------------- section 5: verb classes


def test_verb_class_counts_of_the_seed(gold, seed):
    stated = {
        "neutral": number(r"\*\*(\d+) neutral\*\*"),
        "endorsing": number(r"\*\*(\d+) endorsing\*\* \(revealed, noted\)"),
        "commissive-directive": number(r"\*\*(\d+) commissive-directive\*\* \(pledged, threatening\)"),
    }
    says("There is **no distancing verb** at all")
    for attrs in (gold.attributions, seed.attributions):
        assert Counter(a.verb_class for a in attrs) == stated  # so distancing and admission-denial: 0
        assert sorted(a.cue.text for a in attrs if a.verb_class == "endorsing") == ["noted", "revealed"]
        assert sorted(a.cue.text for a in attrs if a.verb_class == "commissive-directive") == ["pledged", "threatening"]
    # a verb of firm statement reports the speaker's stance, not the writer's
    assert {a.cue.text: a.verb_class for a in gold.attributions if a.cue.text in ("emphasised", "affirmed")} == {
        "emphasised": "neutral", "affirmed": "neutral"}
    says('**affirmed** (neutral in the kit)')


def test_even_is_the_writers_booster_not_part_of_the_cue(gold, seed):
    says("**\"even\" is the writer's word**")
    noted = next(a for a in gold.attributions if a.cue.text == "noted")
    assert gold.text[noted.cue.start - 5 : noted.cue.start] == "even "
    assert any(b.text == "even" for b in gold.by_category("booster"))
    writer = {a.text for a in filter_voice(seed, "writer").annotations if a.category == "booster"}
    reported = {a.text for a in filter_voice(seed, "reported").annotations if a.category == "booster"}
    assert writer == {"even", "major"}
    assert {"of course", "exceptionally", "Even"} <= reported and "even" not in reported


# --------------------------------------------------------------------- section 6: no source


def test_the_two_unattributed_sentences(gold, seed):
    n = number(r"The gold marks \*\*(\d+) such sentences\*\*")
    assert n == len(gold.unattributed) == len(seed.unattributed) == 2
    for s in gold.unattributed:
        says(f"**{s.text}**")
    assert [s.text for s in seed.unattributed] == [s.text for s in gold.unattributed]
    background = "His comments came in reference to USS Porters, which sailed through the Black Sea earlier this month."
    says(background)
    assert background in gold.text and all(background not in s.text for s in gold.unattributed)
    us = [a for a in gold.attributions if a.cue.text == "threatening"]
    assert len(us) == 1 and us[0].source.text == "the US"


# --------------------------------------------------------------------- section 7: sources


def test_lavrov_is_the_source_of_nine_attributions_under_several_names(gold):
    n = number(r"In the gold, \*\*(\d+) of the \d+ attributions\*\* have Lavrov as their source")
    total = number(r"In the gold, \*\*\d+ of the (\d+) attributions\*\* have Lavrov")
    sources = [a.source.text for a in gold.attributions]
    lavrov = [s for s in sources if s not in NOT_LAVROV]
    assert total == len(sources) and n == len(lavrov) == 9
    assert set(lavrov) == {
        "Russian Foreign Minister Sergey Lavrov", "the Russian foreign minister", "Lavrov",
        "the Russian FM", "he", "He",
    }
    for name in ("Russian Foreign Minister Sergey Lavrov", "the Russian foreign minister", "Lavrov", "the Russian FM"):
        says(f'"{name}"')
    says('"he" / "He"')
    assert sources[0] == "Russian Foreign Minister Sergey Lavrov"  # full title at first mention


def test_source_types_quoted_from_the_practice_texts():
    examples = {
        "people familiar with the matter": KITWIRE,
        "a source close to Dalmar’s security services": "practice-diplomat-expulsions",
        "Diplomats in Geneva": "practice-ceasefire-talks-geneva",
        "an internal memo seen by Meridian Press Agency": "practice-leaked-memo",
        "a notice to mariners published by the defence ministry": KITWIRE,
    }
    for phrase, slug in examples.items():
        says(f'"{phrase}" (*{slug}*)')
        gold_sources = {a.source.text.lower() for a in course.load_gold(slug).attributions if a.source}
        assert phrase.lower() in gold_sources, (phrase, slug)
    seed_sources = {a.source.text for a in course.load_gold(SEED).attributions}
    says("**anonymous sources** — none in the seed article")
    assert seed_sources <= NOT_LAVROV | {
        "Russian Foreign Minister Sergey Lavrov", "the Russian foreign minister", "Lavrov", "the Russian FM", "he", "He",
    }


def test_source_type_exercise_names_gold_sources():
    ex = E.get("attribution-10")
    gold_sources = {a.source.text for a in course.load_gold("practice-leaked-memo").attributions if a.source}
    via = {a.via.text for a in course.load_gold("practice-leaked-memo").attributions if a.via}
    for item, label in zip(ex.items, ex.answer):
        assert item in (via if label == "news outlet" else gold_sources), item


# --------------------------------------------------------------------- section 8: two outlets


@pytest.mark.parametrize("use_gold", [True, False], ids=["gold", "analyzer"])
def test_courier_and_kitwire_verb_choices(use_gold):
    def attrs(slug):
        if use_gold:
            return course.load_gold(slug).attributions
        return course.analyze(course.load_article(slug).text).attributions

    courier, kitwire = attrs(COURIER), attrs(KITWIRE)

    def cues(attributions, cls):
        return [a.cue.text for a in attributions if a.verb_class == cls]

    assert number(r"The \*Courier\* uses \*\*(\d+) endorsing\*\* verbs") == len(cues(courier, "endorsing"))
    says("uses **3 endorsing** verbs (revealed, confirmed, pointed out)")
    assert cues(courier, "endorsing") == ["revealed", "confirmed", "pointed out"]
    assert number(r"It uses \*\*(\d+) distancing\*\* verbs \(claimed, insisted\)") == 2
    assert cues(courier, "distancing") == ["claimed", "insisted"]
    says("*Kit Wire* uses **no endorsing verb at all**")
    assert cues(kitwire, "endorsing") == []
    assert cues(kitwire, "distancing") == ["claimed"]
    n_kit = number(r"cues are neutral \(\*\*(\d+) of its \d+\*\*")
    total_kit = number(r"cues are neutral \(\*\*\d+ of its (\d+)\*\*")
    says('six of them a plain "said"')
    assert sum(1 for a in kitwire if a.cue.text == "said") == 6
    n_cou = number(r"against \*\*(\d+) of \d+\*\* in the \*Courier\*")
    total_cou = number(r"against \*\*\d+ of (\d+)\*\* in the \*Courier\*")
    assert (n_kit, total_kit) == (len(cues(kitwire, "neutral")), len(kitwire)) == (9, 13)
    assert (n_cou, total_cou) == (len(cues(courier, "neutral")), len(courier)) == (5, 14)


def test_who_gets_the_endorsing_and_distancing_verbs():
    says("all for the Varnian side")
    says("both for the Lorvian side")
    courier = course.load_gold(COURIER).attributions
    endorsed = [a.source.text for a in courier if a.verb_class == "endorsing"]
    distanced = [a.source.text for a in courier if a.verb_class == "distancing"]
    assert endorsed == ["the defence ministry", "Foreign Minister Anna Varga", "He"]
    he = next(a for a in courier if a.cue.text == "pointed out")
    salo = next(a for a in courier if a.cue.text == "was quoted as saying")
    text = course.load_article(COURIER).text
    # "He" is the Varnian analyst of the sentence just before
    assert "Velmora Institute" in salo.source.text
    assert text[salo.cue.end : he.source.start] == " by state television. "
    assert distanced == ["Lorvia’s defence ministry", "Lorvian Foreign Minister Tomas Reiner"]
    says("\"He even pointed out\"")
    assert "He even pointed out" in course.load_article(COURIER).text


def test_unattributed_sentences_in_the_two_outlets():
    n_cou = number(r"the gold marks \*\*(\d+) unattributed sentences\*\* in the")
    n_kit = number(r"\*Courier\* against \*\*(\d+)\*\* in \*Kit Wire\*")
    assert n_cou == len(course.load_gold(COURIER).unattributed) == 4
    assert n_kit == len(course.load_gold(KITWIRE).unattributed) == 1


def _graded(ex_id: str) -> E.Exercise:
    """The exercise as graded: with the answer key's fields when the engine has one."""
    keyed = getattr(E, "keyed", None)
    return keyed(E.get(ex_id)) if keyed else E.get(ex_id)


EXPULSIONS = "practice-diplomat-expulsions"
MEMO = "practice-leaked-memo"


def test_checkpoint_exercises_agree_with_their_gold():
    # attribution-11 (cues) is checked against the gold by tests/test_exercises.py
    assert _graded("attribution-11").source["article"] == EXPULSIONS
    g = course.load_gold(MEMO)
    classes = {}
    for a in g.attributions:
        classes.setdefault(a.cue.text, set()).add(a.verb_class)
    ex = _graded("attribution-12")
    assert ex.source["article"] == MEMO
    assert all(len(classes[i]) == 1 for i in ex.items)  # each listed verb has one class in the text
    assert [next(iter(classes[i])) for i in ex.items] == list(ex.answer)
    endorsed = [a.source.text for a in g.attributions if a.verb_class == "endorsing"]
    assert endorsed == ["Two people familiar with the matter"]  # "whom the reader cannot check"
    ex = _graded("attribution-13")
    g = course.load_gold(EXPULSIONS)
    unattributed = {s.text for s in g.unattributed}
    chosen = {o["text"] for o in ex.options if o["correct"]}
    assert chosen == unattributed and len(chosen) == 2
    for o in ex.options:
        assert o["text"] in g.text  # every option is a real sentence of the text
        if not o["correct"]:  # each wrong option names its source in a reporting cue
            start = g.text.index(o["text"])
            assert any(start <= a.cue.start < start + len(o["text"]) for a in g.attributions), o["text"]


def test_checkpoint_material_is_not_shown_earlier_in_the_notebook():
    """The checkpoint's texts are analysed nowhere before it: no cell shows their attributions, and
    the prose quotes none of their cues, verb classes or unattributed sentences."""
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    idx = next(i for i, c in enumerate(cells) if "".join(c["source"]).startswith("## Checkpoint"))
    earlier_code = "\n".join("".join(c["source"]) for c in cells[:idx] if c["cell_type"] == "code")
    earlier_md = re.sub(r"\s+", " ", "\n".join("".join(c["source"]) for c in cells[:idx] if c["cell_type"] == "markdown"))
    for slug in (EXPULSIONS, MEMO):
        assert slug not in earlier_code
    assert _graded("attribution-11").passage not in earlier_md
    for o in _graded("attribution-13").options:
        assert o["text"] not in earlier_md
    # the verb classes are the general table of section 5; no cell or prose sorts the memo's own verbs
    assert "leaked-memo" not in earlier_code and "verb_class_table" in earlier_code
    assert not re.search(r"memo[^.]*\b(?:endorsing|distancing|neutral)\b", earlier_md)
    # the earlier non-checkpoint exercises of this notebook use other material
    for e in course.list_exercises(notebook="03-attribution"):
        if not e["checkpoint"]:
            assert E.get(e["id"]).source.get("article") != EXPULSIONS, e["id"]
    says("These three exercises use practice texts whose attributions this notebook has not shown you")


def test_checkpoint_hints_do_not_give_the_words():
    for ex_id in ("attribution-11", "attribution-12", "attribution-13"):
        ex = _graded(ex_id)
        answer = E.key_answer(ex_id)
        words = list(answer) if ex.type == "span-select" else list(ex.items) if ex.type == "classify" else []
        for hint in ex.hints:
            for w in words:
                assert not re.search(rf"(?<!\w){re.escape(w)}(?!\w)", hint), (ex_id, w, hint)


def test_checkpoint_hints_state_true_counts():
    """attribution-12's last hint counts the verb classes its answer leaves unused; attribution-11's
    first hint counts one cue per reporting verb, which is true even where one "said" hands over
    two quoted sentences (Calder's)."""
    numbers = {"one": 1, "two": 2, "three": 3, "four": 4}
    ex = _graded("attribution-12")
    m = re.search(r"^(\w+) class(?:es)? (?:is|are) not used at all in this list", ex.hints[-1])
    assert m, ex.hints[-1]
    unused = set(ex.labels) - set(ex.answer)
    assert numbers[m.group(1).lower()] == len(unused) == 1 and unused == {"distancing"}
    ex = _graded("attribution-11")
    assert "one cue per reporting verb" in ex.hints[0]
    assert "each reported claim has its own cue" not in " ".join(ex.hints)
    gold = course.load_gold(EXPULSIONS)
    base = gold.text.index(ex.passage)
    cues = [a for a in gold.attributions if base <= a.cue.start < base + len(ex.passage)]
    assert [a.cue.text for a in cues] == E.key_answer("attribution-11")
    calder = next(a for a in cues if a.source and a.source.text.endswith("Ines Calder"))
    assert calder.content.text.count(". ") == 1  # two quoted sentences, one "said"


def test_seed_writer_voice_exercise_agrees_with_the_gold(gold):
    ex = E.get("attribution-05")
    unattributed = {s.text for s in gold.unattributed}
    for o in ex.options:
        assert (o["text"] in unattributed) == bool(o["correct"]), o["text"]


# --------------------------------------------------------------------- section 9: evaluation


def test_evaluation_on_the_seed_is_exact(gold, seed):
    ev = course.evaluate(seed, SEED)
    rows = {r.lens: r for r in ev.rows if r.mode == "exact"}
    stated = {
        "attribution cue": number(r"all \*\*(\d+) cues\*\*"),
        "attribution source": number(r"all \*\*(\d+) sources\*\*"),
        "attribution content": number(r"all \*\*(\d+) contents\*\*"),
    }
    for lens, n in stated.items():
        r = rows[lens]
        assert r.gold == r.predicted == r.tp == n, lens
        assert r.f1 == 1.0
    assert rows["unattributed"].f1 == 1.0 and rows["unattributed"].gold == 2
    says("(12, not 13, because \"adding\" shares its source, the same \"Lavrov\", with \"went on to say\")")
    adding = next(a for a in gold.attributions if a.cue.text == "adding")
    went = next(a for a in gold.attributions if a.cue.text == "went on to say")
    assert (adding.source.start, adding.source.end) == (went.source.start, went.source.end)
    assert len({(a.source.start, a.source.end) for a in gold.attributions}) == 12


def test_two_sentences_the_analyzer_gets_wrong():
    says("the analyzer finds **nothing**")
    assert course.analyze("Lavrov's message was clear: the West is “playing with fire”.").attributions == []
    says("it takes only \"**will not back down**\" as the\ncontent and leaves out \"Moscow\"")
    found = course.analyze("Moscow, the spokesman stressed, will not back down.").attributions
    assert [(a.source.text, a.cue.text, a.content.text) for a in found] == [
        ("the spokesman", "stressed", "will not back down")]


def test_notebook_uses_every_bank_exercise_and_the_checkpoints_are_flagged():
    code = "\n".join(
        "".join(c["source"])
        for c in json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
        if c["cell_type"] == "code"
    )
    bank = course.list_exercises(notebook="03-attribution")
    for ex in bank:
        assert f'course.exercise("{ex["id"]}")' in code, ex["id"]
        if ex["checkpoint"]:
            assert f'course.check("{ex["id"]}"' in code, ex["id"]
    checkpoints = [e["id"] for e in bank if e["checkpoint"]]
    assert 2 <= len(checkpoints) <= 4
    checkpoint_part = MD[MD.index("## Checkpoint") : MD.index("## Summary")]
    assert "graded in class" in checkpoint_part


def test_beliefs_and_feelings_are_attributions_too():
    says("In the sentence below the analyzer finds **two** such attributions, one for each group.")
    code = "".join("".join(c["source"]) for c in json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
                   if c["cell_type"] == "code" and "beliefs = (" in "".join(c["source"]))
    sentence = re.search(r'beliefs = \("(.+?)"\s+"(.+?)"\)', code, re.S)
    text = sentence.group(1) + sentence.group(2)
    rels = [(r.source.text, r.cue.text, r.content.text) for r in course.analyze(text).attributions]
    assert rels == [("Western diplomats", "are increasingly concerned", "Moscow may escalate"),
                    ("analysts in Kyiv", "believe", "the drills are a bluff")]
