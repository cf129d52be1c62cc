"""Facts stated in notebooks/05-putting-it-together.ipynb, pinned to the gold and the analyzer.

Every number or phrase the notebook's prose states about the seed article is read from the
notebook's markdown (by a regular expression, where it is a number) and compared with what
``course.load_gold`` / ``course.analyze`` give. The notebook's own speaker-matrix cell is run
here, so the table the students see is the table tested. The exercises of the 05 bank are
checked both ways (reference right, a plausible wrong answer wrong, no leak in the message).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import course
from course import exercises as E
from exercise_checks import (  # fresh_session: a fixture
    check_bank_has_wrong_answers,
    check_both_ways,
    fresh_session,  # noqa: F401
    notebook_exercise_ids,
)

pytestmark = pytest.mark.usefixtures("fresh_session")

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "05-putting-it-together.ipynb"
SEED = "lavrov-asymmetric-steps-2021"
CATEGORIES = ["hedge", "booster", "escalation", "deescalation"]


def _cells() -> list[dict]:
    return json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]


def _src(cell: dict) -> str:
    s = cell["source"]
    return "".join(s) if isinstance(s, list) else s


#: The notebook's markdown with every run of whitespace made one space (prose wraps anywhere).
MARKDOWN = " ".join("\n".join(_src(c) for c in _cells() if c["cell_type"] == "markdown").split())
CODE = [_src(c) for c in _cells() if c["cell_type"] == "code"]


def number(pattern: str) -> int:
    """The first number group of ``pattern`` in the notebook's markdown (fails if absent)."""
    m = re.search(pattern, MARKDOWN)
    assert m, f"the notebook no longer says: {pattern}"
    return int(m.group(1))


@pytest.fixture(scope="module")
def gold():
    return course.load_gold(SEED)


@pytest.fixture(scope="module")
def analysis(gold):
    return course.analyze(gold.text)


@pytest.fixture(scope="module")
def matrix(gold):
    """Run the notebook's own matrix cell with the gold, as the students do; ``whose`` is
    the rule of section 2 with the notebook's ``SPEAKER`` names."""
    cell = next(c for c in CODE if "course.voices.speaker_lens_matrix(" in c)
    ns = {"gold": gold, "course": course}
    exec(cell, ns)  # noqa: S102 - the notebook's own code
    ns["ROWS"] = ns["matrix"].rows
    ns["whose"] = lambda mark: course.voices.whose(mark, gold, ns["SPEAKER"])
    return ns


# --------------------------------------------------------------------- the gold in numbers


def test_gold_counts_stated_in_the_answer_key_section(gold):
    assert number(r"\*\*(\d+) hedge\*\*") == len(gold.by_category("hedge")) == 1
    assert number(r"\*\*(\d+) boosters\*\*") == len(gold.by_category("booster"))
    assert number(r"\*\*(\d+) attributions\*\*") == len(gold.attributions)
    assert number(r"\*\*(\d+) escalation phrases\*\*") == len(gold.by_category("escalation"))
    assert number(r"\*\*(\d+) de-escalation phrases\*\*") == len(gold.by_category("deescalation"))
    assert number(r"\*\*(\d+)\s+sentences\*\* that make a contestable claim") == len(gold.unattributed)


def test_the_only_hedge_is_if_necessary_inside_lavrovs_words(gold, matrix):
    hedges = gold.by_category("hedge")
    assert [h.text for h in hedges] == ["if necessary"]
    assert matrix["whose"](hedges[0]) == "Lavrov"
    assert "The only hedge (*“if necessary”*) is his" in MARKDOWN
    assert E.get("together-01").options[E.reference_answer("together-01")]["text"].startswith("Lavrov's")


# --------------------------------------------------------------------- the speaker matrix


def test_matrix_cell_gives_the_numbers_the_prose_states(matrix, gold):
    m = matrix["matrix"]
    assert matrix["ROWS"] == ["Lavrov", "Sputnik", "Putin", "the US", "the writer"]
    assert m["Lavrov"] == {"hedge": 1, "booster": 2, "escalation": 12, "deescalation": 3}
    assert m["Putin"] == {"hedge": 0, "booster": 1, "escalation": 3, "deescalation": 0}
    assert m["the US"] == dict.fromkeys(CATEGORIES, 0)
    assert m["the writer"] == {"hedge": 0, "booster": 2, "escalation": 7, "deescalation": 0}
    assert m["Sputnik"] == {"hedge": 0, "booster": 0, "escalation": 0, "deescalation": 1}
    # the prose, number by number
    total = len(gold.by_category("escalation"))
    assert number(r"Of the (\d+) escalation phrases") == total
    assert number(r"\*\*(\d+) are Lavrov's\*\*") == m["Lavrov"]["escalation"]
    assert number(r"\*\*(\d+) are Putin's\*\*") == m["Putin"]["escalation"]
    assert number(r"together (\d+), in words the article credits") == m["Lavrov"]["escalation"] + m["Putin"]["escalation"]
    assert number(r"But the writer adds (\d+) of their own") == m["the writer"]["escalation"]
    assert number(r"\*\*(\d+) of the 5 boosters\*\*") == m["the writer"]["booster"]
    assert number(r"\*\*(\d+) of the 4 de-escalation phrases\*\*") == m["Lavrov"]["deescalation"]
    assert number(r"\*\*(\d+) of the 22 escalation phrases\*\* are Lavrov's and Putin's") == 15
    assert sum(sum(row.values()) for row in m.to_dict().values()) == len(gold.annotations)


def test_matrix_rule_both_ways(matrix, gold):
    whose = matrix["whose"]
    by_text = {a.text: a for a in gold.annotations}
    for phrase, voice in [("naval build-up", "the writer"), ("Deteriorating", "the writer"),
                          ("hit rock bottom", "the writer"), ("major violation", "the writer"),
                          ("provocation", "Lavrov"), ("negotiations", "Sputnik"),
                          ("crosshairs of our defence systems", "Putin"),
                          ("threatening to shut down its embassy", "the writer")]:
        assert whose(by_text[phrase]) == voice, phrase
    # the US is a source in the gold, but no mark lies inside its content
    us = [a for a in gold.attributions if a.source and a.source.text == "the US"]
    assert len(us) == 1 and us[0].cue.text == "threatening"
    assert "The US never speaks" in MARKDOWN


def test_writer_voice_filter_of_the_explorer_counts_seven(gold, matrix):
    pytest.importorskip("ipywidgets")
    from course.widgets.explorer import Explorer

    ex = Explorer(SEED)
    for lens, button in ex.lens_buttons.items():
        button.value = lens == "escalation"
    ex.voice.value = "writer"
    texts = sorted(m.text for m in ex.current_analysis().annotations if m.category == "escalation")
    assert len(texts) == E.get("together-02").answer == matrix["matrix"]["the writer"]["escalation"]
    assert texts == sorted(a.text for a in gold.by_category("escalation") if matrix["whose"](a) == "the writer")
    ex.voice.value = "all"
    assert len([m for m in ex.current_analysis().annotations if m.category == "escalation"]) == 22


def test_what_the_writer_adds(gold, matrix):
    text = gold.text
    assert "Deteriorating US-Russia relations" in text
    assert [u.text for u in gold.unattributed] == [
        "This is a major violation of the Russia-NATO Founding Act.",
        "This comes as Washington-Moscow ties hit rock bottom with the US threatening to shut down its embassy in Moscow.",
    ]
    boosters = {b.text: matrix["whose"](b) for b in gold.by_category("booster")}
    assert boosters == {"exceptionally": "Lavrov", "of course": "Lavrov", "even": "the writer",
                        "major": "the writer", "Even": "Putin"}
    # non-standard names, as the notebook says
    assert "USS Porters" in text and "IRNFT" in text and "INF Treaty" not in text
    assert "*“USS Porters”*" in MARKDOWN and "*“IRNFT”*" in MARKDOWN
    # together-03: the right options are exactly the writer's additions
    ex = E.get("together-03")
    right = [o["text"] for o in ex.options if o["correct"]]
    assert any("Deteriorating" in r for r in right) and any("major violation" in r for r in right)
    assert not any("of course" in r or "exceptionally" in r for r in right)


def test_together_04_sorts_events_and_words_said_from_the_article_s_verdicts(gold):
    """The options that a second source cannot settle are exactly the verdicts: Lavrov's
    "aggressively" (attributed in the gold) and the article's two unattributed sentences."""
    ex = E.get("together-04")
    options = {o["text"]: o["correct"] for o in ex.options}
    text = " ".join(gold.text.split())
    quoted = re.findall(r"“([^”]+)”", " ".join(options))
    assert quoted and all(q in text for q in quoted)  # quoted words are the article's own
    verdicts = [t for t, ok in options.items() if not ok]
    assert len(verdicts) == 3 and len(options) == 6
    unattributed = " ".join(u.text for u in gold.unattributed)
    for t in verdicts:
        core = re.sub(r"“|”|\.$|^This is ", "", t)
        in_writer_voice = any(w in unattributed for w in (core, core.replace("have hit", "hit")))
        said_by = [a for a in gold.attributions if "aggressively" in core and "aggressively" in a.content.text]
        assert in_writer_voice or (said_by and all("Lavrov" in a.source.text or a.source.text == "he" for a in said_by)), t
    words_said = [t for t, ok in options.items() if ok and "Lavrov said" in t]
    assert words_said and all(ok for t, ok in options.items() if t in words_said)
    assert "USS Porters" in gold.text and "exit from the Intermediate-Range Nuclear Forces Treaty" in gold.text


# --------------------------------------------------------------------- machine vs gold


def test_analyzer_agrees_with_gold_on_every_row(analysis, gold):
    ev = course.evaluate(analysis, gold)
    assert all(r.f1 == 1.0 for r in ev.rows), [r.to_dict() for r in ev.rows if r.f1 != 1.0]
    assert "Every row reads **1.00**" in MARKDOWN
    from course import plots

    assert plots.count_lenses(analysis) == plots.count_lenses(gold) == {
        "hedging": 1, "boosting": 5, "attribution": 13, "escalation": 22, "deescalation": 4}
    assert "1 hedge, 5 boosters, 13 attributions, 22 escalation and 4 de-escalation phrases in both" in MARKDOWN


def test_the_one_weight_that_differs(analysis, gold):
    gold_weight = {(g.start, g.end): g.intensity for g in gold.annotations}
    diff = [(m.text, gold_weight[(m.start, m.end)], m.intensity) for m in analysis.annotations
            if m.intensity is not None and gold_weight.get((m.start, m.end)) != m.intensity]
    assert diff == [("asymmetrically", -4.4, -2.2)]
    assert "−4.4 in the gold and −2.2 for the analyzer" in MARKDOWN
    mark = next(m for m in analysis.annotations if m.text == "asymmetrically")
    assert "conditional" in mark.modifiers and "halved" in mark.explanation


def test_sentences_the_rules_misread():
    first = course.analyze("The talks were anything but friendly.")
    assert list(first.annotations) == [] and list(first.attributions) == []
    second = course.analyze("Nobody seriously believes the ceasefire will hold.")
    found = {(a.text, a.category) for a in second.annotations}
    assert ("ceasefire", "deescalation") in found
    assert not any(a.category == "escalation" for a in second.annotations)
    [belief] = second.attributions  # "Nobody" read as a speaker who believes
    assert belief.source.text == "Nobody" and belief.cue.text == "believes"
    ceasefire = next(a for a in second.annotations if a.text == "ceasefire")
    assert "hedged" not in ceasefire.modifiers and ceasefire.intensity > 0  # full weight: only its holding is doubted
    assert "a\nhopeful word at its full weight" in MARKDOWN or "hopeful word at its full weight" in MARKDOWN
    assert "the analyzer marks **nothing**" in MARKDOWN
    assert "it reads *“Nobody”* as a speaker" in MARKDOWN
    assert "it marks *“ceasefire”* as **de-escalation**" in MARKDOWN


# --------------------------------------------------------------------- exercises


def test_span_select_paragraph_voices(gold, matrix):
    ex = E.get("together-05")
    base = gold.text.index(ex.passage)
    inside = [a for a in gold.by_category("escalation") if base <= a.start and a.end <= base + len(ex.passage)]
    assert sorted(a.text for a in inside) == sorted(ex.answer)
    voices = [matrix["whose"](a) for a in inside]
    assert voices.count("Putin") == 3 and voices.count("the writer") == 4
    assert "Three of them are Putin's; four are the writer's." in " ".join(ex.explanation.split())


MEMO = "practice-leaked-memo"
COURIER = "practice-kessa-strait-courier"
#: The memo's sources as the kit resolves them -> the labels of together-08.
MEMO_LABELS = {"leaked memo": "the memo", "an internal memo seen by Meridian Press Agency": "the memo",
               "The four-page document": "the memo", "Varnian Foreign Minister Anna Varga": "Anna Varga",
               "Analysts": "Analysts", "Jonas Treml of the Drasny Policy Forum": "Jonas Treml",
               "the writer": "the writer"}


def test_checkpoint_classify_agrees_with_the_rule_on_the_memo():
    """together-08 applies the rule of section 2 to the memo story's gold (each attribution's own
    speaker, resolved as course.voices does)."""
    ex = E.keyed(E.get("together-08"))  # the labels are in the answer key
    assert ex.source["article"] == MEMO and ex.points == 2
    gold = course.load_gold(MEMO)
    resolved = course.voices.resolve_speakers(gold)
    by_text = {a.text: a for a in gold.annotations}
    for item, label in zip(ex.items, ex.answer):
        mark = by_text[item]
        holders = [(a.content.end - a.content.start, who) for a, who in zip(gold.attributions, resolved)
                   if a.content and a.content.start <= mark.start and mark.end <= a.content.end]
        voice = min(holders)[1] if holders else "the writer"
        assert MEMO_LABELS[voice] == label, item
        assert ex.passage.index(item) == gold.text.index(item) == mark.start  # the panel bolds this very mark
    assert set(ex.answer) <= set(ex.labels) and ex.answer.count("the writer") == 2
    # the writer's two phrases sit in the sentence with "reportedly" and "appear to": hedges, no source
    u = next(s for s in gold.unattributed if "reportedly" in s.text)
    assert all(u.start <= by_text[i].start < u.end for i, l in zip(ex.items, ex.answer) if l == "the writer")


def test_checkpoint_varnian_government_count():
    ex = E.keyed(E.get("together-09"))
    assert ex.source["article"] == COURIER
    gold = course.load_gold(COURIER)
    assert "**14 attributions**" in ex.prompt and len(gold.attributions) == 14
    headline_end = gold.text.index("\n")
    resolved = course.voices.resolve_speakers(gold)
    government = {"Holm", "Varga", "the defence ministry"}
    body = [(a, who) for a, who in zip(gold.attributions, resolved) if a.cue.start > headline_end]
    assert len(body) == 13
    counted = [a.source.text for a, who in body if who in government]
    assert len(counted) == E.key_answer("together-09") == 8
    assert sorted(set(counted)) == sorted(["Defence Minister Petra Holm", "Holm", "the defence ministry",
                                           "Foreign Minister Anna Varga", "She", "the ministry", "Varga"])
    # the plausible wrong answer adds the Varnian analyst (under his name and "He")
    analyst = [a for a, who in body if "Velmora Institute" in who]
    assert len(analyst) == 2 and len(counted) + len(analyst) == ex.wrong
    # the notebook shows the Courier with the attribution lens just before the panel
    cell = next(i for i, c in enumerate(CODE) if 'course.exercise("together-09")' in c)
    assert CODE[cell - 1] == 'course.explore("practice-kessa-strait-courier", lenses=["attribution"])'


def test_checkpoint_material_is_not_stated_earlier():
    """No earlier cell of the course (notebooks 01-05 before this checkpoint) states the answers:
    the memo's voices and the Courier's count are not in the prose, and the old seed-article
    answers (Lavrov's 9) are no longer what the checkpoint asks."""
    idx = next(i for i, c in enumerate(_cells()) if _src(c).startswith("## Checkpoint"))
    before = " ".join(" ".join(_src(c) for c in _cells()[:idx]).split())
    assert MEMO not in before and COURIER not in before
    for item in E.get("together-08").items:
        if " " in item:  # a single word such as "warning" is too common to search for
            assert item not in before, item
    # notebooks 03 and 04 show the Courier, but their prose counts no speaker's attributions in it
    for name in ("03-attribution", "04-escalation"):
        text = " ".join(" ".join("".join(c["source"]) for c in json.loads(
            (ROOT / "notebooks" / f"{name}.ipynb").read_text("utf-8"))["cells"]).split())
        assert not re.search(r"(?:Holm|Varga|Varnian government)[^.]{0,40}\b(?:three|twice|\d) times", text), name
    together_10 = E.keyed(E.get("together-10"))
    for o in together_10.options:
        assert o["text"] not in before


def test_checkpoint_intro_says_what_notebook_03_did_with_the_two_texts():
    """The checkpoint's texts were met in notebook 03, which sorted the memo's sources by kind (section
    7) and showed the Courier through the attribution lens (section 8): the intro says so instead of
    claiming that neither was read for voices."""
    assert "not read for voices" not in MARKDOWN and "not read it for voices" not in E.get("together-08").prompt
    assert ("where you sorted the leaked-memo story's sources by kind and compared the *Northern Courier*'s "
            "reporting verbs with Kit Wire's") in MARKDOWN
    assert "sorted its sources by kind" in " ".join(E.get("together-08").prompt.split())
    nb03 = json.loads((ROOT / "notebooks" / "03-attribution.ipynb").read_text("utf-8"))["cells"]
    code03 = ["".join(c["source"]) for c in nb03 if c["cell_type"] == "code"]
    assert any("practice-kessa-strait-courier" in c and 'lenses=["attribution"]' in c for c in code03)
    assert any('course.exercise("attribution-10")' in c for c in code03)
    assert E.get("attribution-10").source["article"] == MEMO


def test_together_10_applies_the_idea_to_new_figures():
    """together-10 gives a new case (development and unseen figures of someone else's rules) instead
    of asking again what section 4 states; the right option reads the unseen score, and the figures
    of the options follow from the prompt's."""
    ex = E.keyed(E.get("together-10"))
    prompt = " ".join(ex.prompt.split())
    dev, unseen = (float(x) for x in re.findall(r"F1 = (\d\.\d\d)", prompt))
    assert (dev, unseen) == (0.96, 0.71) and "never opened" in prompt and "four threats in five" in prompt
    assert "seed article" not in prompt and "kit's analyzer" not in prompt
    texts = [o["text"] for o in ex.options]
    assert f"{dev:.2f}" in texts[0] and f"{unseen:.2f}" in texts[2]
    average = float(re.search(r"about (\d\.\d\d), the average", texts[1]).group(1))
    assert average == pytest.approx((dev + unseen) / 2, abs=0.006)
    assert [o["correct"] for o in ex.options] == [False, False, True, False] and ex.points == 1
    assert ex.type == "multiple-choice" and ex.wrong == "A"
    for o in ex.options:
        if not o["correct"]:
            assert f"{unseen:.2f}" not in o["feedback"] and "?" in o["feedback"], o["feedback"]
    # section 4 states the general idea; the checkpoint's words are not there
    assert "A fair test uses texts the rules never saw" in MARKDOWN
    for o in ex.options:
        assert o["text"] not in MARKDOWN


def test_checkpoint_section():
    cps = [e for e in course.list_exercises(notebook="05-putting-it-together") if e["checkpoint"]]
    assert [e["id"] for e in cps] == ["together-08", "together-09", "together-10"]
    texts = [_src(c) for c in _cells()]
    heads = [i for i, t in enumerate(texts) if t.startswith("## ")]
    checkpoint = next(i for i in heads if texts[i].startswith("## Checkpoint"))
    summary = next(i for i in heads if texts[i].startswith("## Summary"))
    section = "\n".join(texts[checkpoint:summary])
    for e in cps:
        assert f'course.exercise("{e["id"]}")' in section
        assert f'course.check("{e["id"]}"' in section
    # one optional code form per checkpoint: the "*Optional: for coders*" line before a course.check
    # cell, or (once `python -m course classroom normalize-notebooks` has run) the answer cell's comment
    assert section.count("*Optional: for coders*") + section.count("# Optional, for coders:") == len(cps)


def test_no_heldout_text_is_used():
    whole = NOTEBOOK.read_text(encoding="utf-8") + (ROOT / "datasets/exercises/05-putting-it-together.toml").read_text(encoding="utf-8")
    assert "heldout" not in whole




IDS = notebook_exercise_ids("05-putting-it-together")


def test_every_exercise_of_the_bank_has_a_plausible_wrong_answer():
    check_bank_has_wrong_answers(IDS)


@pytest.mark.parametrize("ex_id", IDS)
def test_exercise_both_ways(ex_id):
    ex, fb = check_both_ways(ex_id)
    if ex.type == "span-select":
        missed = [p for p in ex.answer if p not in ex.wrong]
        assert not any(p in fb.message for p in missed)


def test_the_evaluation_columns_and_the_source_count_are_explained():
    gold = course.load_gold("lavrov-asymmetric-steps-2021")
    ev = course.evaluate(course.analyze(gold.text), gold)
    row = next(r for r in ev.rows if r.lens == "attribution source" and r.mode == "exact")
    assert row.tp == 12 and len(gold.attributions) == 13
    assert "The source rows count 12 sources for 13 attributions" in MARKDOWN
    assert "**TP** (true positives: in both)" in MARKDOWN
