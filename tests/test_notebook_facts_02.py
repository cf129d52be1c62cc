"""Facts stated in notebooks/02-hedging.ipynb that depend on the gold files or the analyzer.

Each test reads the literal the notebook prints in its prose (number or phrase) and compares
it with what ``course.load_gold`` / ``course.analyze`` / ``course.evaluate`` give, so the test
fails when the data, the analyzer or the notebook changes without the others.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import course
from course import exercises as E
from course.widgets.explorer import filter_voice

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "02-hedging.ipynb"
SEED = "lavrov-asymmetric-steps-2021"
MEMO = "practice-leaked-memo"
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _cells() -> list[dict]:
    return json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]


def _src(cell: dict) -> str:
    s = cell["source"]
    return "".join(s) if isinstance(s, list) else s


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def prose() -> str:
    """All markdown of the notebook, whitespace collapsed."""
    return _norm("\n".join(_src(c) for c in _cells() if c["cell_type"] == "markdown"))


@pytest.fixture(scope="module")
def code() -> str:
    return _norm("\n".join(_src(c) for c in _cells() if c["cell_type"] == "code"))


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[word.lower()]


def _one(pattern: str, text: str) -> re.Match:
    m = re.search(pattern, text)
    assert m, f"the notebook no longer says: {pattern}"
    return m


def _marks(text: str, categories=("hedge", "booster")) -> list[tuple[str, str, str]]:
    return [(a.category, a.label, a.text) for a in course.analyze(text).annotations if a.category in categories]


def _gold_has(article: str, phrase: str, category: str, label: str, context: str) -> bool:
    """A gold annotation with this text, category and label lies inside ``context`` (a quote of the article)."""
    gold = course.load_gold(article)
    base = gold.text.index(context)
    return any(
        a.text == phrase and a.category == category and a.label == label
        and base <= a.start and a.end <= base + len(context)
        for a in gold.annotations
    )


# --------------------------------------------------------------------------- the seed article (gold)


def test_seed_gold_has_exactly_one_hedge_the_conditional_if_necessary(prose):
    m = _one(r'The gold marks \*\*exactly (\w+) hedges?\*\*, the conditional \*\*"([^"]+)"\*\*', prose)
    hedges = course.load_gold(SEED).by_category("hedge")
    assert len(hedges) == _number(m.group(1)) == 1
    assert [(h.text, h.label) for h in hedges] == [(m.group(2), "conditional")] == [("if necessary", "conditional")]
    assert "attributed" in hedges[0].modifiers and "quoted" in hedges[0].modifiers  # "inside Lavrov's own quoted words"


def test_seed_gold_has_five_boosters_named_in_the_notebook(prose):
    m = _one(r"and \*\*(\w+) boosters\*\*\.", prose)
    boosters = course.load_gold(SEED).by_category("booster")
    assert len(boosters) == _number(m.group(1)) == 5
    assert sorted(b.text for b in boosters) == sorted(["exceptionally", "of course", "even", "major", "Even"])
    assert "one hedge and five boosters" in prose.lower() or "**one hedge and five boosters**" in prose


def test_seed_boosters_split_between_speakers_and_writer(prose):
    speakers = _number(_one(r"\*\*(\w+) belong to the speakers\*\*", prose).group(1))
    writer = _number(_one(r"\*\*(\w+) belong to the writer\*\*", prose).group(1))
    boosters = course.load_gold(SEED).by_category("booster")
    attributed = sorted(b.text for b in boosters if "attributed" in b.modifiers)
    own = sorted(b.text for b in boosters if "attributed" not in b.modifiers)
    assert attributed == sorted(["exceptionally", "of course", "Even"]) and len(attributed) == speakers
    assert own == ["even", "major"] and len(own) == writer
    # "of course" is reported without quotation marks; "exceptionally" and "Even" are quoted
    by_text = {b.text: b.modifiers for b in boosters}
    assert "quoted" not in by_text["of course"]
    assert "quoted" in by_text["exceptionally"] and "quoted" in by_text["Even"]


def test_classify_whose_booster_agrees_with_gold_voice():
    ex = E.get("hedging-10")
    gold = course.load_gold(SEED)
    for item, label in zip(ex.items, ex.answer):
        start = gold.text.index(item)
        b = next(a for a in gold.by_category("booster") if a.start == start)
        assert label == ("speaker" if "attributed" in b.modifiers else "writer"), item


def test_seed_has_no_writer_hedge(prose):
    """'the writer never hedges at all': every gold hedge lies in reported content."""
    assert "the writer never hedges at all" in prose
    assert all("attributed" in h.modifiers for h in course.load_gold(SEED).by_category("hedge"))


# --------------------------------------------------------------------------- the seed article (analyzer)


def test_explorer_voice_menu_shows_what_the_notebook_says(prose):
    assert 'you should see just two boosters, "even" and "major"' in prose
    assert "*Reported content only*, the other three boosters." in prose
    a = course.analyze(course.load_article(SEED).text)
    writer = [x.text for x in filter_voice(a, "writer").annotations if x.category == "booster"]
    reported = [x.text for x in filter_voice(a, "reported").annotations if x.category == "booster"]
    assert writer == ["even", "major"]
    assert sorted(reported) == sorted(["exceptionally", "of course", "Even"])
    # the one hedge is in reported content too (the writer's own voice has none)
    assert [x.text for x in filter_voice(a, "writer").annotations if x.category == "hedge"] == []


def test_three_versions_of_one_claim(prose, code):
    text = "Russia will react. Russia may react. Russia will, of course, react."
    assert text in code
    assert "The first sentence gets no mark" in prose
    assert _marks(text) == [("hedge", "epistemic", "may"), ("booster", "concurrence", "of course")]
    assert _marks("Russia will react.") == []


def test_if_necessary_halves_the_threat_weight(prose, code):
    m = _one(r'without the condition it weighs "asymmetrically" at \*\*(-[\d.]+)\*\*, and under "if necessary" at \*\*(-[\d.]+)\*\*', prose)
    with_c = "Moscow will act in a reciprocal manner, and if necessary, also asymmetrically."
    without_c = "Moscow will act in a reciprocal manner, and also asymmetrically."
    assert with_c in code and without_c in code

    def weight(text):
        return next(a for a in course.analyze(text).annotations if a.text == "asymmetrically").intensity

    assert weight(without_c) == pytest.approx(float(m.group(1)))
    assert weight(with_c) == pytest.approx(float(m.group(2)))
    assert weight(with_c) == pytest.approx(weight(without_c) / 2)  # "half the weight"
    assert _marks(with_c, ("hedge",)) == [("hedge", "conditional", "if necessary")]
    assert _marks(without_c, ("hedge",)) == []


# --------------------------------------------------------------------------- chart and evaluation


def test_chart_counts_seed_against_memo(prose):
    m = _one(r"The seed article has \*\*(\d+)\*\* hedges? and \*\*(\d+)\*\* boosters; the memo story has "
             r"\*\*(\d+)\*\* hedges and \*\*(\d+)\*\* boosters", prose)
    from course.plots import count_lenses

    seed = count_lenses(course.load_article(SEED).text)
    memo = count_lenses(course.load_article(MEMO).text)
    assert (seed["hedging"], seed["boosting"], memo["hedging"], memo["boosting"]) == tuple(int(g) for g in m.groups())
    assert (seed["hedging"], seed["boosting"], memo["hedging"], memo["boosting"]) == (1, 5, 17, 0)


def test_texts_are_of_similar_length(prose):
    m = _one(r"about (\d+) and (\d+) words", prose)
    seed_words = len(course.load_article(SEED).text.split())
    memo_words = len(course.load_article(MEMO).text.split())
    assert abs(seed_words - int(m.group(1))) <= 10
    assert abs(memo_words - int(m.group(2))) <= 10


def test_evaluation_on_the_memo_hedges(prose):
    m = _one(r"the answer key marks \*\*(\d+)\*\* hedges in the memo story; the analyzer marks \*\*(\d+)\*\*, "
             r"all of them right, \*\*(\d+)\*\* wrong and \*\*(\d+)\*\* missed", prose)
    gold_n, pred_n, fp, fn = (int(g) for g in m.groups())
    ev = course.evaluate(course.analyze(course.load_article(MEMO).text), MEMO)
    row = ev.row("hedge", "exact")
    assert (row.gold, row.predicted, row.tp, row.fp, row.fn) == (gold_n, pred_n, pred_n, fp, fn)
    assert len(course.load_gold(MEMO).by_category("hedge")) == gold_n == 17
    assert row.label_accuracy == 1.0  # "gives every one the right kind"
    assert row.precision == row.recall == 1.0  # "Here both are 100%"
    assert "Here both are 100%" in prose


# --------------------------------------------------------------------------- traps


TRAPS = "The row was about 2+2 talks. According to Lavrov, Moscow would respond. May set the tone for the summer."
FIXED = ("The row was about security. Lavrov said that Moscow would respond. "
         "The talks took place in May. About 300 troops crossed the border.")


def test_three_traps_fool_the_analyzer(prose, code):
    assert _norm('"The row was about 2+2 talks. According to Lavrov, Moscow would respond. " "May set the tone for the summer."') in code
    assert "All three marks are wrong" in prose
    assert _marks(TRAPS) == [("hedge", "approximator", "about"), ("hedge", "epistemic", "would"), ("hedge", "epistemic", "May")]


def test_same_words_read_correctly(prose, code):
    assert '"The row was about security. Lavrov said that Moscow would respond. "' in code
    assert "only the real approximator at the end is marked" in prose
    assert _marks(FIXED) == [("hedge", "approximator", "About")]
    # each trap, one sentence at a time, and its fixed twin
    assert _marks("Lavrov said that Moscow would respond.") == []
    assert _marks("According to Lavrov, Moscow would respond.") == [("hedge", "epistemic", "would")]
    assert _marks("The talks took place in May.") == []


# --------------------------------------------------------------------------- practice texts quoted in prose


@pytest.mark.parametrize(
    "article, phrase, category, label, context",
    [
        ("practice-ceasefire-talks-geneva", "could", "hedge", "epistemic", "a ceasefire could be signed within days"),
        (MEMO, "It is understood", "hedge", "doxastic", "It is understood that the memo was circulated"),
        ("practice-ceasefire-talks-geneva", "whether", "hedge", "investigation", "it was not clear whether Merrow's parliament would have to approve it"),
        (MEMO, "could not be independently verified", "hedge", "investigation", "could not be independently verified"),
        ("practice-ceasefire-talks-geneva", "about", "hedge", "approximator", "an exchange of about 200 prisoners"),
        ("practice-kessa-strait-kitwire", "people familiar with the matter", "hedge", "weasel", "according to people familiar with the matter"),
        (SEED, "of course", "booster", "concurrence", "Russia will, of course, react"),
        (SEED, "even", "booster", "emphasis", "he even noted"),
        (SEED, "major", "booster", "emphasis", "a major violation"),
        ("practice-ceasefire-talks-geneva", "cautiously", "hedge", "epistemic", "cautiously optimistic"),
        ("practice-ceasefire-talks-geneva", "are expected to", "hedge", "doxastic", "are expected to discuss"),
        ("practice-kessa-strait-kitwire", "appeared to", "hedge", "epistemic", "appeared to place"),
        ("practice-kessa-strait-kitwire", "regional diplomats", "hedge", "weasel", "regional diplomats"),
        ("practice-kessa-strait-kitwire", "could not be independently verified", "hedge", "investigation", "The accounts could not be independently verified"),
    ],
)
def test_examples_in_the_prose_agree_with_gold(prose, article, phrase, category, label, context):
    assert _gold_has(article, phrase, category, label, context), (article, phrase)
    assert phrase.lower() in prose.lower()


def test_certainty_examples_are_constructed_not_the_checkpoints_words(prose):
    """The booster table's certainty examples are constructed (and marked so), read as certainty
    boosters by the analyzer; the Courier's own certainty boosters, items of hedging-13, are not
    shown before the checkpoint."""
    row = _one(r"\| \*\*certainty\*\* \| presents the claim as certain \| ([^|]+) \|", prose).group(1)
    assert row.strip().startswith("*(constructed)*")
    examples = re.findall(r'"([^"]+)"', row)
    assert len(examples) == 2
    for example in examples:
        plain = example.replace("**", "")
        boosted = re.search(r"\*\*(.+?)\*\*", example).group(1)
        assert ("booster", "certainty", boosted) in _marks(plain + "."), example
        assert plain not in course.load_article("practice-kessa-strait-courier").text
    courier = course.load_gold("practice-kessa-strait-courier")
    assert {a.text for a in courier.by_category("booster") if a.label == "certainty"} == {"clearly", "There is no doubt"}
    for phrase in ("Navy footage", "clearly shows", "There is no doubt", "collapses under the evidence"):
        assert phrase not in prose, phrase


def test_a_non_hedge_in_the_examples_is_not_in_gold():
    """The notebook says plain future 'will' and 'can' of ability are not marked: the gold agrees."""
    gold = course.load_gold(SEED)
    assert not [a for a in gold.annotations if a.category in ("hedge", "booster") and a.text.lower() in ("will", "can", "any")]


def test_checkpoint_classify_agrees_with_courier_gold():
    ex = E.keyed(E.get("hedging-13"))  # the labels are in the answer key
    gold = course.load_gold("practice-kessa-strait-courier")
    for item, label in zip(ex.items, ex.answer):
        start = ex.passage.index(item)  # the widget's first occurrence
        cats = {a.category for a in gold.annotations if a.start <= start < a.end and a.category in ("hedge", "booster")}
        expected = {"hedge": "hedge", "booster": "booster"}.get(next(iter(cats), ""), "neither")
        assert label == expected, item


# --------------------------------------------------------------------------- checkpoint section


def test_checkpoint_section_uses_exactly_the_banked_checkpoint_exercises(prose):
    cells = _cells()
    idx = next(i for i, c in enumerate(cells) if c["cell_type"] == "markdown" and _src(c).startswith("## Checkpoint"))
    end = next(i for i, c in enumerate(cells) if c["cell_type"] == "markdown" and _src(c).startswith("## Summary"))
    used = set()
    for c in cells[idx:end]:
        if c["cell_type"] == "code":
            used |= set(re.findall(r'course\.(?:exercise|check)\("([a-z0-9-]+)"', _src(c)))
    banked = {e["id"] for e in course.list_exercises(notebook="02-hedging") if e["checkpoint"]}
    assert used == banked and 2 <= len(banked) <= 4
    n = _number(_one(r"These (\w+) exercises may be graded in class", prose).group(1))
    assert n == len(banked)
    body = "\n".join(_src(c) for c in cells[:idx] if c["cell_type"] == "code")
    assert not used & set(re.findall(r'"(hedging-\d\d)"', body))  # no checkpoint exercise in the body


def test_checkpoint_texts_are_not_shown_earlier_in_the_notebook():
    """'They use two practice texts you have not seen in this notebook': no earlier cell shows them,
    and no earlier cell quotes the sentence of any item of hedging-13."""
    cells = _cells()
    idx = next(i for i, c in enumerate(cells) if c["cell_type"] == "markdown" and _src(c).startswith("## Checkpoint"))
    earlier_code = "\n".join(_src(c) for c in cells[:idx] if c["cell_type"] == "code")
    earlier = _norm("\n".join(_src(c) for c in cells[:idx])).replace("**", "")
    assert "two practice texts you have not seen in this notebook" in _norm(_src(cells[idx]))
    ex = E.get("hedging-13")
    for item in ex.items:
        start = ex.passage.index(item)
        before, after = ex.passage[:start], ex.passage[start:]
        left = re.split(r"[.\n“”\"]", before)[-1].split()[-2:]  # up to two words before the item
        right = re.split(r"[.\n“”\"]", after)[0].split()[: len(item.split()) + 2]  # the item and two more
        context = " ".join(left + right)
        assert len(context.split()) >= 4 and context not in earlier, (item, context)
    texts = {E.get(i).source.get("article") for i in ("hedging-12", "hedging-13")}
    assert texts == {"practice-diplomat-expulsions", "practice-kessa-strait-courier"}
    for t in texts:
        assert t not in earlier_code
    for ex in course.list_exercises(notebook="02-hedging"):
        if not ex["checkpoint"]:
            assert E.get(ex["id"]).source.get("article") not in texts, ex["id"]


# --------------------------------------------------------------------------- definitions and kinds


def test_booster_definition_covers_emphasis(prose):
    """A booster closes down doubt (Hyland) or turns up force (Martin & White's graduation); the
    kit's `emphasis` label is the second kind, as course/labels.py defines it."""
    from course.labels import BOOSTER_LABELS

    assert "close down doubt and present a claim" in prose and "*graduation: force*" in prose
    assert "labels this second kind of booster `emphasis`" in prose
    assert BOOSTER_LABELS["emphasis"].startswith("Turns up the force of a claim")
    # the examples of the second kind are emphasis boosters in the seed gold, not certainty ones
    labels = {b.text: b.label for b in course.load_gold(SEED).by_category("booster")}
    assert labels["even"] == labels["major"] == "emphasis" and labels["of course"] == "concurrence"


def test_szeged_kinds_the_kit_uses_and_leaves_out(prose):
    from course.labels import HEDGE_LABELS

    m = _one(r"The Szeged scheme \(Szarvas et al\. 2012\) has \*\*epistemic\*\*, \*\*doxastic\*\*, "
             r"\*\*investigation\*\* and \*\*condition\*\* cues, and a fifth kind, \*\*dynamic\*\* modality", prose)
    assert m and "leaves dynamic modality out" in prose
    assert {"epistemic", "doxastic", "investigation", "conditional"} <= set(HEDGE_LABELS)
    assert "dynamic" not in HEDGE_LABELS
    assert set(HEDGE_LABELS) - {"epistemic", "doxastic", "investigation", "conditional"} == {"approximator", "weasel"}
    # "can" of ability (dynamic modality) is not a hedge for the analyzer either
    assert _marks("We can see it in binoculars.", ("hedge",)) == []


def test_six_kinds_passage_holds_one_hedge_of_each_kind(prose):
    """'holds one hedge of each kind': the analyzer finds exactly the six items, one per label."""
    assert "holds one\nhedge of each kind".replace("\n", " ") in prose
    ex = E.get("hedging-05")
    found = _marks(ex.passage, ("hedge",))
    assert sorted(label for _, label, _ in found) == sorted(ex.labels)
    assert [text for _, _, text in found] == ex.items
    assert dict(zip(ex.items, ex.answer)) == {text: label for _, label, text in found}
    # the wording it replaced would have held two weasel sources
    assert ("hedge", "weasel", "Officials") in _marks(ex.passage.replace("Both governments", "Officials"), ("hedge",))


# --------------------------------------------------------------------------- checkpoint details


def test_checkpoint_hints_nudge_without_the_words():
    ex = E.keyed(E.get("hedging-12"))
    source = next(p for p in ex.answer if p.startswith("A source"))
    for hint in ex.hints:
        assert "services" not in hint and "Dalmar" not in hint and "'A'" not in hint
        assert source not in hint
    assert any("noun phrase" in h for h in ex.hints)


def test_hedge_or_not_uses_no_checkpoint_text():
    """hedging-04's 'reportedly' sentence comes from the memo story shown in this notebook, not
    from the expulsions report kept for the checkpoint."""
    ex = E.get("hedging-04")
    option = next(o for o in ex.options if o["text"].startswith("reportedly"))
    sentence = re.search(r"'(.+)'", option["text"]).group(1)
    assert option["correct"]
    assert sentence in course.load_article(MEMO).text
    assert _gold_has(MEMO, "reportedly", "hedge", "epistemic", sentence)
    assert sentence not in course.load_article("practice-diplomat-expulsions").text
    assert "evidential" not in ex.explanation and "evidential" not in " ".join(E.get("hedging-06").hints)


def test_checkpoint_if_the_writer_hedged():
    """hedging-14 asks whose doubt an added 'reportedly' would be: it stands outside the reported
    words (the writer's), while Lavrov's 'of course' stays inside them. Earlier prose does not
    state this case: the option texts are not in the notebook."""
    ex = E.keyed(E.get("hedging-14"))
    seed = course.load_article(SEED).text
    edited = "However, Lavrov reportedly also went on to say that Russia will, of course, react to the unfriendly steps that the West is taking"
    assert " ".join(ex.prompt.replace("*", "").split()).startswith(
        "The seed article's writer never hedges.") and "**reportedly**" in ex.prompt
    assert edited.replace("reportedly ", "") in seed
    a = course.analyze(edited + ".")
    content = a.attributions[0].content
    rep = next(x for x in a.annotations if x.text == "reportedly")
    ofc = next(x for x in a.annotations if x.text == "of course")
    assert rep.category == "hedge" and not (content.start <= rep.start < content.end)
    assert ofc.category == "booster" and content.start <= ofc.start and ofc.end <= content.end
    right = [o["text"] for o in ex.options if o["correct"]]
    assert len(right) == 1 and "stands back from its own report" in right[0]
    assert ex.options[E.key_answer("hedging-14")]["correct"] and not ex.options[0]["correct"]
    notebook_text = _norm("\n".join(_src(c) for c in _cells()))
    for o in ex.options:
        assert _norm(o["text"]) not in notebook_text
    # section 5 ("adds no distance of its own", "passes on the speakers' certainty unchanged") teaches
    # the idea but does not hand over the right option's words
    for phrase in ("adds no distance of its own", "passes on the speakers' certainty unchanged"):
        assert phrase in notebook_text
    for phrase in ("distance of its own", "passes on", "passed on", "unchanged"):
        assert phrase not in right[0], phrase
    # the wrong options' feedback nudges without naming the answer (the report, where words come from)
    for o in ex.options:
        if not o["correct"]:
            for giveaway in ("the report itself", "where the words come from", "writer's own stance"):
                assert giveaway not in o["feedback"], (giveaway, o["feedback"])
    assert "Is “reportedly” inside Lavrov's words or outside them?" in ex.options[2]["feedback"]
    # the explanation: the article names its relays but never doubts a report
    seed_text = course.load_article(SEED).text
    assert "According to Sputnik" in seed_text and "was quoted as saying by ABC News" in seed_text
    flat = " ".join(ex.explanation.split())
    assert "names its relays" in flat and "never casts doubt on a report" in flat
    assert "no such distance anywhere" not in flat


def test_checkpoint_necessary_is_part_of_the_threat():
    """hedging-13's explanation reads "necessary" as part of the threat's own content, the escalation
    phrase "all necessary means" (a word of scope, not a stance word), as the gold has it."""
    ex = E.keyed(E.get("hedging-13"))
    gold = course.load_gold("practice-kessa-strait-courier")
    threat = next(a for a in gold.annotations if a.text == "all necessary means")
    assert threat.category == "escalation" and threat.label == "THREATEN"
    start = gold.text.index("necessary")
    assert threat.start <= start < threat.end
    assert not [a for a in gold.annotations if a.category in ("hedge", "booster") and a.start <= start < a.end]
    assert ex.answer[ex.items.index("necessary")] == "neither"
    flat = " ".join(ex.explanation.split())
    assert "part of the threat's own content" in flat and "not a stance word" in flat
    assert "widens" not in flat


def test_the_locked_cell_is_described_as_it_behaves(prose, tmp_path, monkeypatch):
    """The checkpoint intro says what running the notebook's own locked cell shows: the reminder
    before any answer, then that an answer is saved and what it scores."""
    import contextlib
    import io

    said = re.search(r'"\.\.\. (scores [0-9.]+ of 1 point: you can still improve it\.)"', prose)
    assert '"No answer yet for hedging-12 ..."' in prose and said
    cell = next(c for c in _cells() if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") == "hedging-12-test")
    monkeypatch.setenv("COURSE_PROGRESS", str(tmp_path / "progress.json"))
    monkeypatch.setenv("COURSE_ANSWERS_DIR", str(tmp_path / "answers"))
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    E.reset_session()
    course.start("02-hedging")

    def run() -> str:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(_src(cell), {"course": course, "answer_hedging_12": None})  # noqa: S102 - the notebook's cell
        return out.getvalue()

    assert run().startswith("No answer yet for hedging-12")
    key = E.reference_answer_of(E.keyed(E.get("hedging-12")))
    course.check("hedging-12", key[:1])  # a partial answer in the panel
    partial = run()
    assert partial.startswith("Checkpoint hedging-12: an answer is saved for grading.")
    assert re.search(r"scores 0\.[0-9]+ of 1 point: you can still improve it\.$", partial.strip()), partial
    course.check("hedging-12", key)
    assert run().strip().endswith("scores 1 of 1 point.")
    E.reset_session()
