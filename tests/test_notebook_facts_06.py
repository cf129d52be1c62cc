"""Facts stated in notebooks/06-your-turn.ipynb, pinned to the gold (and, where the students
count with a widget, to the analyzer).

Numbers are read from the notebook's markdown by regular expressions and compared with
``course.load_gold``; the exercises of the 06 bank are checked against the gold of the
practice texts and both ways (reference right, a plausible wrong answer wrong, no leak).
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
NOTEBOOK = ROOT / "notebooks" / "06-your-turn.ipynb"
MEMO = "practice-leaked-memo"
EXPULSIONS = "practice-diplomat-expulsions"
COURIER = "practice-kessa-strait-courier"
KITWIRE = "practice-kessa-strait-kitwire"


def _src(cell: dict) -> str:
    s = cell["source"]
    return "".join(s) if isinstance(s, list) else s


CELLS = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
#: The notebook's markdown with every run of whitespace made one space.
MARKDOWN = " ".join("\n".join(_src(c) for c in CELLS if c["cell_type"] == "markdown").split())
CODE = "\n".join(_src(c) for c in CELLS if c["cell_type"] == "code")


def number(pattern: str) -> int:
    m = re.search(pattern, MARKDOWN)
    assert m, f"the notebook no longer says: {pattern}"
    return int(m.group(1))


def in_content(mark, gold) -> bool:
    """True when the mark lies inside some attribution's content (a quoted or reported voice)."""
    return any(a.content and a.content.start <= mark.start and mark.end <= a.content.end for a in gold.attributions)


def writer_marks(gold, category: str) -> list[str]:
    return [a.text for a in gold.by_category(category) if not in_content(a, gold)]


# --------------------------------------------------------------------- the leaked memo


def test_memo_numbers():
    g = course.load_gold(MEMO)
    assert number(r"the report has \*\*(\d+) hedges\*\*") == len(g.by_category("hedge"))
    assert "**no booster at all**" in MARKDOWN and g.by_category("booster") == []
    assert number(r"\*\*(\d+) attributions\*\*") == len(g.attributions)
    assert number(r"and \*\*(\d+) sentences\*\* in the writer's voice") == len(g.unattributed) == 2
    # both unattributed sentences are hedged, by the hedges the notebook names
    for u in g.unattributed:
        assert any(u.start <= h.start and h.end <= u.end for h in g.by_category("hedge")), u.text
    named = {"reportedly", "appear to", "if"}
    inside = {h.text for h in g.by_category("hedge") for u in g.unattributed if u.start <= h.start and h.end <= u.end}
    assert inside == named
    assert "(*“reportedly”*, *“appear to”*, *“if genuine”*)" in MARKDOWN


def test_memo_escalation_is_almost_always_hedged_or_conditional():
    g = course.load_gold(MEMO)
    esc = g.by_category("escalation")
    softened = [a for a in esc if {"hedged", "conditional"} & set(a.modifiers)]
    assert len(softened) >= len(esc) - 2 and len(esc) == 12
    assert "escalation that is almost always hedged or conditional" in MARKDOWN


def test_anonymous_sources_exercise_agrees_with_the_memo_gold():
    ex = E.get("yourturn-01")
    g = course.load_gold(MEMO)
    text = g.text
    # every sentence of the passage comes from the memo report (one shortened at a comma)
    for sentence in re.split(r"(?<=[.”])\s+(?=[A-Z“])", ex.passage):
        assert sentence.rstrip(".") in text, sentence
    sources = {a.source.text if a.source else None: a for a in g.attributions}
    assert "Two people familiar with the matter" in sources and "Analysts" in sources
    assert sources[None].cue.text == "It is understood"
    weasels = {h.text for h in g.by_category("hedge") if h.label in ("weasel", "doxastic")}
    assert set(ex.answer) <= weasels
    # the named sources of the passage are not part of the answer
    assert any("Mila Sorn" in s for s in sources if s) and any("Jonas Treml" in s for s in sources if s)
    assert not any("Sorn" in a or "Treml" in a for a in ex.answer)


# --------------------------------------------------------------------- the expulsions


def test_expulsions_facts():
    g = course.load_gold(EXPULSIONS)
    text = g.text
    assert "expelled 12 Sorrenian diplomats" in text and "about 20 people" in text
    assert "That figure could not be independently verified" in text
    gloss = text.index("a diplomatic formula for spying")
    spying = next(a for a in g.by_category("escalation") if a.start >= gloss)
    assert spying.text == "spying" and not in_content(spying, g)
    reportedly = next(h for h in g.by_category("hedge") if h.text == "reportedly")
    assert not in_content(reportedly, g)
    assert "grain shipments" in text[reportedly.start : reportedly.start + 60]


def test_verb_classes_exercise_agrees_with_gold():
    ex = E.get("yourturn-06")
    g = course.load_gold(EXPULSIONS)
    by_cue = {a.cue.text: a.verb_class for a in g.attributions}
    for cue, label in zip(ex.items, ex.answer):
        assert by_cue[cue] == label, cue
    assert "endorsing" in ex.labels and "endorsing" not in ex.answer


# --------------------------------------------------------------------- the Kessa Strait pair


def test_pair_counts_in_the_prose_and_in_the_exercises():
    c, k = course.load_gold(COURIER), course.load_gold(KITWIRE)
    assert len(c.by_category("booster")) == 6 and len(c.by_category("hedge")) == 5
    assert len(k.by_category("booster")) == 0 and len(k.by_category("hedge")) == 14
    assert "the gold marks 6 boosters and 5 hedges in it, against no booster and 14 hedges" in " ".join(
        E.get("yourturn-02").explanation.split())
    assert number(r"\*\*(\d+) of the Courier's 6 boosters\*\*") == len(writer_marks(c, "booster")) == 5
    assert number(r"\*\*(\d+) of Kit Wire's 14 hedges\*\*") == len(writer_marks(k, "hedge")) == 8
    assert number(r"the gold marks \*\*(\d+)\*\* phrases in the Courier") == len(c.by_category("escalation"))
    assert number(r"and \*\*(\d+)\*\* in Kit Wire") == len(k.by_category("escalation"))
    assert set(writer_marks(c, "booster")) == {"clearly", "most serious", "of course", "even", "remarkable"}


def test_unattributed_sentences_gold_and_analyzer():
    c, k = course.load_gold(COURIER), course.load_gold(KITWIRE)
    assert len(c.unattributed) == E.get("yourturn-05").answer == 4
    assert len(k.unattributed) == 1
    # the students count them in the comparison widget, which shows the analyzer's marks
    assert len(course.analyze(c.text).unattributed) == 4
    assert len(course.analyze(k.text).unattributed) == 1


def test_headlines():
    c, k = course.load_gold(COURIER), course.load_gold(KITWIRE)
    c_head = c.text.split("\n", 1)[0]
    k_head = k.text.split("\n", 1)[0]
    assert c_head == "Varnia vows firm response after Lorvian boats harass frigate in Kessa Strait"
    assert k_head == "Varnia and Lorvia trade accusations over naval encounter in Kessa Strait"
    c_esc = {a.text: in_content(a, c) for a in c.by_category("escalation") if a.end <= len(c_head)}
    k_esc = {a.text: in_content(a, k) for a in k.by_category("escalation") if a.end <= len(k_head)}
    assert c_esc == {"firm response": True, "harass": False}  # "harass" is the headline's own
    assert k_esc == {"trade accusations": False}
    assert c_head in E.get("yourturn-04").prompt and k_head in E.get("yourturn-04").prompt


def test_sources_exercise_agrees_with_the_two_golds():
    c, k = course.load_gold(COURIER), course.load_gold(KITWIRE)
    c_src = " | ".join(a.source.text for a in c.attributions if a.source)
    k_src = " | ".join(a.source.text for a in k.attributions if a.source)
    for only_kitwire in ["people familiar with the matter", "a notice to mariners published by the defence ministry",
                         "a maritime security researcher in Geneva"]:
        assert only_kitwire in k_src and only_kitwire not in c_src
    assert "Petra Holm" in c_src and "Lorvia’s defence ministry" in c_src  # the Courier's apostrophe is curly
    assert "Petra Holm" in k_src and "Lorvia's defence ministry" in k_src
    assert "an analyst at the Velmora Institute" in c_src and "analyst" not in k_src
    ex = E.get("yourturn-03")
    right = {o["text"].strip("“”") for o in ex.options if o["correct"]}
    assert right == {"people familiar with the matter", "a notice to mariners published by the defence ministry",
                     "a maritime security researcher in Geneva"}


def test_rank_follows_boosters_minus_hedges():
    ex = E.get("yourturn-07")
    golds = {"Northern Courier": course.load_gold(COURIER), "Kit Wire": course.load_gold(KITWIRE)}
    scores = []
    for i in ex.order:
        outlet, sentence = re.match(r"\((.+?)\) (.+)", ex.statements[i]).groups()
        g = golds[outlet]
        start = g.text.index(sentence)
        end = start + len(sentence)
        inside = [a for a in g.annotations if start <= a.start and a.end <= end]
        scores.append(sum(a.category == "booster" for a in inside) - sum(a.category == "hedge" for a in inside))
    assert scores == sorted(scores, reverse=True) and scores[0] > 0 > scores[-1], scores
    assert ex.statements[ex.order[0]].startswith("(Northern Courier)")
    assert ex.statements[ex.order[-1]].startswith("(Kit Wire)")


# --------------------------------------------------------------------- the notebook's shape


def test_no_checkpoint_and_no_heldout_text_in_06():
    assert not any(e["checkpoint"] for e in course.list_exercises(notebook="06-your-turn"))
    assert "## Checkpoint" not in MARKDOWN
    whole = NOTEBOOK.read_text(encoding="utf-8") + (ROOT / "datasets/exercises/06-your-turn.toml").read_text(encoding="utf-8")
    assert "heldout" not in whole


def test_the_notebook_uses_the_practice_texts_and_the_own_text_box():
    assert 'course.explore("practice-leaked-memo")' in CODE
    assert 'course.explore("practice-diplomat-expulsions")' in CODE
    assert 'course.compare("practice-kessa-strait-courier", "practice-kessa-strait-kitwire"' in CODE
    assert "course.your_text()" in CODE
    assert "## Reading diplomatic news in five questions" in MARKDOWN
    checklist = MARKDOWN.split("## Reading diplomatic news in five questions", 1)[1].split("## Summary", 1)[0]
    assert [n for n in range(1, 7) if f" {n}. **" in " " + checklist] == [1, 2, 3, 4, 5]
    assert "**saved, not auto-graded**" in MARKDOWN and E.get("yourturn-08").type == "reflection"




IDS = notebook_exercise_ids("06-your-turn")


def test_every_exercise_of_the_bank_has_a_plausible_wrong_answer():
    check_bank_has_wrong_answers(IDS)


@pytest.mark.parametrize("ex_id", IDS)
def test_exercise_both_ways(ex_id):
    ex, fb = check_both_ways(ex_id)
    if ex.type == "span-select":
        assert "It is understood" not in fb.message and "Analysts" not in fb.message
    if ex.type == "rank":
        assert not any(r in fb.message for r in ex.reasons)


def test_pledged_is_not_called_a_verb_of_dispute():
    assert "*“denied”*, *“admitted”*, *“insisted”*, *“pledged”*" not in MARKDOWN
    assert "*“pledged”* is no verb of dispute: it reports a promise (a commissive verb)" in MARKDOWN
    classes = {a.cue.text: a.verb_class for a in course.load_gold(EXPULSIONS).attributions}
    assert classes["pledged"] == "commissive-directive"
    assert {classes[v] for v in ("denied", "admitted")} == {"admission-denial"} and classes["insisted"] == "distancing"


def _look_back_cell() -> str:
    return next(_src(c) for c in CELLS if c["cell_type"] == "code" and "start-07" in _src(c))


def test_the_reflection_of_notebook_0_is_shown_back(tmp_path, monkeypatch, capsys):
    """The cell before yourturn-08 prints the student's saved start-07 answer, or says none is saved."""
    code_cells = [_src(c) for c in CELLS if c["cell_type"] == "code"]
    cell = _look_back_cell()
    assert code_cells[code_cells.index(cell) + 1] == 'course.exercise("yourturn-08")'
    assert "The cell below shows your last saved answer" in MARKDOWN
    # the cell is one line that prints the answer as text (no quotes, no code for the student to follow)
    expression = "\n".join(line for line in cell.splitlines() if not line.lstrip().startswith("#"))
    assert expression.startswith("print(course.my_answer(\"start-07\")") and "read_attempts" not in cell
    capsys.readouterr()
    exec(expression, {"course": course})  # noqa: S102 - the notebook's own cell; nothing saved yet
    assert capsys.readouterr().out.startswith("No answer to start-07 is saved")
    mine = "I hope to learn who is speaking in a report and how sure they sound, and what the writer adds."
    assert course.check("start-07", mine).passed
    course.check("start-06", 3)  # another exercise's answer is not shown
    capsys.readouterr()
    exec(expression, {"course": course})  # noqa: S102
    assert capsys.readouterr().out == mine + "\n"
