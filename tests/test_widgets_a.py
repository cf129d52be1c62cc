"""Headless tests of the explorer and the span-select, choice, classify, numeric and
reflection widgets: set values, click buttons, and check the widgets' state and the
Feedback they got back (Output widgets stay empty without a front end)."""

from __future__ import annotations

import re
import subprocess
import sys
import time

import pytest

pytest.importorskip("ipywidgets")

import course  # noqa: E402
from course import exercises as ex  # noqa: E402
from exercise_checks import fresh_session  # noqa: E402, F401 (a fixture)

#: No real progress or answers file; a fresh session for every test.
pytestmark = pytest.mark.usefixtures("fresh_session")


def _first(kind: str) -> str:
    ids = [e["id"] for e in ex.list_exercises() if e["type"] == kind]
    if not ids:
        pytest.skip(f"no banked {kind} exercise")
    return ids[0]


def _ids(kind: str) -> list[str]:
    return [e["id"] for e in ex.list_exercises() if e["type"] == kind]


# ------------------------------------------------------------------ import cost


def test_import_course_does_not_import_ipywidgets():
    code = "import sys, course; course.Feedback; course.check; print('ipywidgets' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    code2 = "import sys, course.widgets; print('ipywidgets' in sys.modules)"
    out2 = subprocess.run([sys.executable, "-c", code2], capture_output=True, text=True, check=True)
    assert out2.stdout.strip() == "False"  # widgets modules load only when a widget is built


# ------------------------------------------------------------------ dispatch


def test_exercise_dispatches_on_type():
    import ipywidgets as W

    from course.widgets.choice import ChoiceWidget
    from course.widgets.classify import ClassifyWidget
    from course.widgets.common import NumericWidget, ReflectionWidget
    from course.widgets.select import SpanSelectWidget

    expected = {
        "span-select": SpanSelectWidget,
        "multiple-choice": ChoiceWidget,
        "multiple-select": ChoiceWidget,
        "classify": ClassifyWidget,
        "numeric": NumericWidget,
        "reflection": ReflectionWidget,
    }
    seen = 0
    for kind, cls in expected.items():
        for eid in _ids(kind)[:1]:
            w = course.exercise(eid)
            assert isinstance(w, cls) and isinstance(w, W.VBox)
            assert w.exercise_id == eid and w.last_feedback is None
            seen += 1
    assert seen >= 4


def test_unknown_exercise_id_is_a_friendly_error():
    from course.errors import CourseError

    with pytest.raises(CourseError):
        course.exercise("hedging-99x")


def test_compare_and_your_text_delegate():
    import ipywidgets as W

    import course.widgets as cw

    c = course.compare("Moscow may react.", "Moscow will certainly react.")
    y = course.your_text("Moscow may react, the minister said.")
    assert isinstance(c, W.VBox) and type(c).__module__ == "course.widgets.comparison"
    assert isinstance(y, W.VBox) and type(y).__module__ == "course.widgets.own_text"
    for name in ("exercise", "explore", "compare", "your_text"):
        assert getattr(cw, name).__module__ == "course.widgets"


def test_missing_widget_module_gives_a_friendly_message(monkeypatch):
    import course.widgets as cw

    monkeypatch.setitem(cw.WIDGET_CLASSES, "numeric", "course.widgets.no_such_module:Nothing")
    w = course.exercise(_first("numeric"))
    assert isinstance(w, cw._Unavailable)
    assert "not available" in repr(w) and "Traceback" not in w._repr_html_()


# ------------------------------------------------------------------ span select


def test_span_select_right_answer_scores_one_and_styles_tokens():
    eid = _first("span-select")
    w = course.exercise(eid)
    ref = ex.reference_answer(eid)
    from course import grading

    ref_idx = sorted(grading.reference_tokens(ex.get(eid)))
    assert ref_idx and ref  # the bank gives phrases; the engine maps them to tokens
    w.select(ref_idx)
    assert w.selected == ref_idx
    w.check_button.click()
    fb = w.last_feedback
    assert fb is not None and fb.score == pytest.approx(1.0) and fb.passed
    for i in ref_idx:
        assert w.token_buttons[i].button_style == "success"
        assert w.token_buttons[i].icon == "check"  # not colour alone
        assert w.statuses[i] == "correct"
    assert "missed" not in w.statuses.values() and "extra" not in w.statuses.values()
    assert "Attempts: 1" in w.progress.value and "passed" in w.progress.value


def test_span_select_wrong_answer_marks_extra_and_missed():
    eid = _first("span-select")
    w = course.exercise(eid)
    from course import grading

    ref_idx = sorted(grading.reference_tokens(ex.get(eid)))
    wrong = next(i for i, b in enumerate(w.token_buttons) if i not in ref_idx and b.description.isalpha())
    w.select([wrong] + ref_idx[1:])  # one extra word, the first reference word missed
    w.check_button.click()
    fb = w.last_feedback
    assert fb.score < 1 and not fb.passed
    assert w.statuses[wrong] == "extra"
    assert w.token_buttons[wrong].button_style == "danger" and w.token_buttons[wrong].icon == "times"
    # a missed word is counted but not shown in place: a Check never gives the answer away
    assert ref_idx[0] not in w.statuses
    assert w.token_buttons[ref_idx[0]].button_style == "" and w.token_buttons[ref_idx[0]].icon == ""
    assert "1 still unmarked" in w.summary.value and "extra" in w.summary.value
    # showing the solution reveals it
    w.show_solution(None)
    assert w.statuses[ref_idx[0]] == "missed"
    assert w.token_buttons[ref_idx[0]].button_style == "warning"
    assert "missed" in w.summary.value
    w.show_details(fb)
    # the message never hands out the answer
    first = w.tokens[ref_idx[0]].text
    assert f"'{first}'" not in fb.message and f"“{first}”" not in fb.message
    # toggling a word after the check removes its mark (the word is the student's again)
    w.token_buttons[wrong].value = False
    assert wrong not in w.statuses and w.token_buttons[wrong].button_style == ""
    assert w.token_buttons[wrong].icon == ""
    w.token_buttons[ref_idx[0]].value = True
    assert w.token_buttons[ref_idx[0]].button_style == "info" and ref_idx[0] not in w.statuses
    # the counts and the verdict of the last check no longer describe the marks
    assert w.summary.value == "" and "changed since the last check" in w.feedback_box.value
    assert "“" in w.selection_label.value
    # Reset clears the selection and the marks
    w.reset_button.click()
    assert w.selected == [] and w.statuses == {}
    assert all(b.button_style == "" and b.icon == "" for b in w.token_buttons)


def test_span_select_shows_a_possessive_as_one_button_and_grades_it_whole():
    from course import grading

    w = course.exercise("hedging-12")
    [b] = [b for b in w.word_buttons if b.description == "Dalmar’s"]
    group = [i for i, tb in enumerate(w.token_buttons) if tb is b]
    assert [w.tokens[i].text for i in group] == ["Dalmar", "’", "s"]
    assert not any(x.description in ("’", "s") for x in w.word_buttons)
    # one click marks the whole written word; the right answer, clicked, scores 1
    ref = grading.reference_tokens(ex.keyed(ex.get("hedging-12")))
    assert {group[0], group[2]} <= ref
    w.select(sorted(ref))
    assert set(group) <= set(w.selected)
    w.check_button.click()
    assert w.last_feedback.score == pytest.approx(1.0)
    # the same answer without the possessive's button is not the whole answer
    b.value = False
    assert not set(group) & set(w.selected)
    w.check_button.click()
    assert w.last_feedback.score < 1 and "1 still unmarked" in w.summary.value
    # the feedback counts words as the panel does: the possessive is one word, not two
    assert "1 word of a hedge still unmarked" in w.last_feedback.message
    right = len({id(w.token_buttons[i]) for i in ref}) - 1
    assert f"{right} right" in w.summary.value and f"{right} of your {right} marked words" in w.last_feedback.message


@pytest.mark.parametrize("eid", [e.id for e in ex.load_banks().values() if e.type == "span-select"])
def test_no_answer_key_splits_a_written_word(eid):
    """A button marks a whole written word, so no reference answer may take part of one."""
    from course import grading

    ref = grading.reference_tokens(ex.keyed(ex.get(eid)))
    assert ref, eid
    for group in ex.passage_words(eid):
        words = [i for i in group if grading._is_word(grading.tokens_of(ex.passage(eid))[i])]
        assert set(words) <= ref or not set(words) & ref, (eid, group)


def test_span_select_empty_check_does_not_score():
    w = course.exercise(_first("span-select"))
    w.check_button.click()
    assert w.last_feedback is None and "Nothing to check" in w.feedback_box.value
    assert ex.attempts(w.exercise_id) == 0


def test_span_select_builds_120_tokens_fast(monkeypatch):
    from course.document import build_document
    from course.widgets.select import SpanSelectWidget

    eid = _first("span-select")
    text = "Moscow may, if necessary, take asymmetric steps, Lavrov reportedly said. " * 12
    tokens = build_document(text).tokens[:120]
    assert len(tokens) == 120
    monkeypatch.setattr(ex, "passage", lambda _id: text)
    monkeypatch.setattr(ex, "passage_tokens", lambda _id: tokens)
    monkeypatch.setattr(ex, "passage_words", lambda _id: [[i] for i in range(len(tokens))])
    SpanSelectWidget(eid)  # warm up (first import of widget classes)
    t0 = time.perf_counter()
    w = SpanSelectWidget(eid)
    elapsed = time.perf_counter() - t0
    assert len(w.token_buttons) == 120
    assert elapsed < 1.0, f"building 120 tokens took {elapsed:.2f} s"
    box = w.passage_box
    assert box.layout.flex_flow == "row wrap"


def test_span_select_hint_and_solution_with_confirmation():
    eid = _first("span-select")
    w = course.exercise(eid)
    w.hints.button.click()
    assert ex.get(eid).hints[0][:20] in w.hints.area.value.replace("&#x27;", "'")
    w.hints.button.click()
    assert len(w.hints.hints) == 2
    w.solution.button.click()
    assert w.solution.asking and not w.solution_shown and w.solution.area.value == ""
    w.solution.no.click()  # cancel: nothing shown
    assert not w.solution.asking and w.solution.area.value == ""
    w.solution.button.click()
    w.solution.yes.click()
    assert w.solution_shown and "Solution" in w.solution.area.value
    # after the solution, the reference words are shown as missed (nothing was marked)
    assert "missed" in w.statuses.values() and "correct" not in w.statuses.values()
    assert ex.attempts(eid) == 0  # showing the solution records no attempt


# ------------------------------------------------------------------ choice


def test_hint_panel_numbers_hints_as_the_exercise_does():
    eid = _first("span-select")
    assert ex.hint(eid).level == 1  # read in a code cell first
    w = course.exercise(eid)
    w.hints.button.click()
    assert "<li value=2>" in w.hints.area.value and "<li value=1>" not in w.hints.area.value


def test_multiple_choice_right_and_wrong():
    eid = _first("multiple-choice")
    ref = ex.reference_answer(eid)
    w = course.exercise(eid)
    assert w.radio is not None and len(w.radio.options) == len(ex.get(eid).options)
    wrong = next(i for i in range(len(w.options)) if i != ref)
    w.choose(wrong)
    w.check_button.click()
    fb = w.last_feedback
    assert fb.score == 0 and not fb.passed
    assert "✗" in w.option_notes[wrong].value
    assert w.option_notes[ref].value == ""  # the right option is not revealed
    w.choose(ref)
    assert "changed since the last check" in w.feedback_box.value  # the wrong verdict is out of date
    assert w.option_notes[wrong].value == ""  # its ✗ spoke of the earlier choice
    w.check_button.click()
    assert w.last_feedback.score == pytest.approx(1.0) and w.last_feedback.passed
    assert "✓" in w.option_notes[ref].value and "changed since" not in w.feedback_box.value
    assert "Attempts: 2" in w.progress.value


def test_a_panel_shows_the_passage_it_asks_about():
    # a choice or a number about "this news item" shows the item
    w = course.exercise("start-06")
    assert "The mayor said the bridge would reopen in May." in w.passage_view.value
    assert w.passage_view.layout.display != "none" and w.children.index(w.passage_view) == 2
    assert "&lt;" not in course.exercise("hedging-03").passage_view.value  # escaped text, no stray markup
    # a whole article (already shown by the notebook) is folded under a summary line
    whole = course.exercise("hedging-14").passage_view.value
    assert whole.startswith("<details>") and "Russian Foreign Minister Sergey Lavrov" in whole
    # a panel that lays out the passage itself (words to mark) does not show it twice
    sel = course.exercise(_first("span-select"))
    assert sel.passage_view.value == "" and sel.passage_view.layout.display == "none"
    # an exercise with no passage shows nothing
    start01 = course.exercise("start-01")
    assert ex.get("start-01").passage == "" and start01.passage_view.layout.display == "none"


def test_panel_feedback_names_the_panel_buttons_and_renders_emphasis():
    w = course.exercise("start-02")
    wrong = next(i for i in range(len(w.options)) if i != ex.reference_answer("start-02"))
    w.choose(wrong)
    w.check_button.click()
    box = w.feedback_box.value
    assert "press Hint" in box and "course.hint(" not in box
    # code checks keep naming the functions
    assert "course.hint(&#x27;start-02&#x27;)" in ex.check("start-02", wrong)._repr_html_()
    w.choose(ex.reference_answer("start-02"))
    w.check_button.click()
    msg = w.last_feedback.message
    assert not msg.startswith("Right. Right") and msg.startswith("Right")
    note = w.option_notes[ex.reference_answer("start-02")].value
    assert "right.</b>" in note and "Right:" not in note  # the verdict is said once
    assert re.search(r"right\.</b> [A-Z]", note)  # and what follows starts as a sentence
    assert "<strong>hedges</strong>" in w.feedback_box.value and "**hedges**" not in w.feedback_box.value


def test_marking_the_whole_passage_shows_no_word_right_or_wrong():
    w = course.exercise("hedging-12")  # a checkpoint: one check of every word must not give the answer
    for b in w.word_buttons:
        b.value = True
    w.check_button.click()
    assert w.last_feedback.details["withheld"] and w.statuses == {}
    assert not [b for b in w.word_buttons if b.icon] and "not shown right or wrong" in w.summary.value
    for b in w.word_buttons[3:]:  # a narrower answer is shown word by word again
        b.value = False
    w.check_button.click()
    assert not w.last_feedback.details["withheld"] and w.statuses and "Words:" in w.summary.value


def test_show_solution_on_a_checkpoint_says_locked_at_once_and_marks_nothing():
    w = course.exercise("hedging-12")
    first = next(b for b in w.word_buttons if b.description.isalpha())
    first.value = True
    w.solution.button.click()
    assert not w.solution.asking  # no "Show the solution? Try a hint first" for a locked answer
    assert "Solution locked" in w.solution.area.value and "teacher releases" in w.solution.area.value
    assert "Working alone" in w.solution.area.value
    assert w.statuses == {} and first.button_style == "info" and w.summary.value == ""
    # an ordinary exercise still asks first, then shows and marks the answer
    other = course.exercise(_first("span-select"))
    other.solution.button.click()
    assert other.solution.asking and "Try a hint first" in other.solution.question.value
    other.solution.no.click()
    other.hints.button.click()
    other.solution.button.click()  # a hint was given: no need to suggest one
    assert other.solution.asking and "hint" not in other.solution.question.value
    other.solution.yes.click()
    shown = other.solution.area.value
    assert "missed" in other.statuses.values()
    assert shown.count("<b>Solution</b>") + shown.count("<strong>Solution</strong>") == 1  # one heading


def test_a_passed_checkpoint_choice_shows_no_empty_option_notes():
    """A checkpoint's option notes live in the answer key, not in the bank: after a right
    answer the other options get no bare 'A:' line."""
    keyed = ex.keyed(ex.get("hedging-14"))
    right = ex.reference_answer_of(keyed)
    w = course.exercise("hedging-14")
    w.choose(right)
    w.check_button.click()
    assert w.last_feedback.passed
    for i, note in enumerate(w.option_notes):
        if i != right:
            assert note.value == "", note.value
    assert "✓" in w.option_notes[right].value


def test_a_panel_opened_again_shows_the_earlier_sessions_record():
    eid = _first("multiple-choice")
    first = course.exercise(eid)
    assert first.progress.value == "Not checked yet."
    first.choose(ex.reference_answer(eid))
    first.check_button.click()
    ex.reset_session()  # a new session: the kernel was restarted
    again = course.exercise(eid)
    assert "Not checked in this session" in again.progress.value
    assert "1 attempt ·" in again.progress.value and "100%" in again.progress.value and "passed" in again.progress.value
    assert course.exercise(_first("span-select")).progress.value == "Not checked yet."  # never checked


def test_a_checkpoint_answered_in_another_copy_of_the_notebook_says_it_is_not_saved_here(tmp_path, monkeypatch):
    """The panel's earlier record comes from the log on this computer, grading from the answers
    file beside the notebook: a checkpoint answered in another folder says so."""
    course.start("02-hedging")
    w = course.exercise("hedging-14")
    w.choose(ex.reference_answer_of(ex.keyed(ex.get("hedging-14"))))
    w.check_button.click()
    ex.reset_session()
    here = course.exercise("hedging-14").progress.value
    assert "Before: 1 attempt ·" in here and "not saved with this copy" not in here
    assert "your best answer is saved for grading" in here  # the empty panel has not lost it
    other = tmp_path / "handed-out"
    other.mkdir()
    monkeypatch.chdir(other)  # the same notebook, opened in another folder
    there = course.exercise("hedging-14").progress.value
    assert "Before: 1 attempt ·" in there and "not saved with this copy of the notebook: press Check" in there
    assert "saved for grading" not in there
    assert "not saved" not in course.exercise(_first("multiple-choice")).progress.value  # not a checkpoint


def test_multiple_select_partial_then_right():
    eid = _first("multiple-select")
    ref = sorted(ex.reference_answer(eid))
    w = course.exercise(eid)
    assert w.multiple and len(w.checkboxes) == len(ex.get(eid).options)
    wrong = next(i for i in range(len(w.checkboxes)) if i not in ref)
    w.checkboxes[wrong].value = True
    w.checkboxes[ref[0]].value = True
    w.check_button.click()
    fb = w.last_feedback
    assert fb.score < 1 and not fb.passed
    assert "✗" in w.option_notes[wrong].value and "✓" in w.option_notes[ref[0]].value
    w.checkboxes[wrong].value = False  # unchosen: its ✗ goes; the unchanged ✓ stays
    assert w.option_notes[wrong].value == "" and "✓" in w.option_notes[ref[0]].value
    w.checkboxes[wrong].value = True  # chosen again: still no note until the next check
    assert w.option_notes[wrong].value == ""
    w.reset_button.click()
    assert w.chosen == [] and all(n.value == "" for n in w.option_notes)
    w.choose(ref)
    w.check_button.click()
    assert w.last_feedback.score == pytest.approx(1.0) and w.last_feedback.passed
    assert all("✓" in w.option_notes[i].value for i in ref)
    w.checkboxes[ref[0]].value = False  # after a pass every note is shown, and stays
    assert all(n.value for n in w.option_notes)


# ------------------------------------------------------------------ classify


def test_classify_per_item_marks_without_revealing():
    eid = _first("classify")
    ref = ex.reference_answer(eid)
    w = course.exercise(eid)
    assert [dd.value for dd in w.dropdowns] == [""] * len(w.items)
    assert w.dropdowns[0].options[0][0].startswith("choose") and w.dropdowns[0].index == 0
    assert set(w.chosen.values()) == {None}
    first = w.items[0]
    wrong_label = next(lab for lab in w.labels if lab != ref[first])
    answer = dict(ref)
    answer[first] = wrong_label
    w.choose(answer)
    w.check_button.click()
    fb = w.last_feedback
    assert 0 < fb.score < 1 and not fb.passed
    assert "✗" in w.marks[0].value and ref[first] not in w.marks[0].value  # not revealed
    assert all("✓" in m.value for m in w.marks[1:])
    assert w.results[0] is False and all(w.results[k] for k in range(1, len(w.items)))
    # changing a dropdown clears its mark
    w.dropdowns[0].value = ref[first]
    assert w.marks[0].value == ""
    w.check_button.click()
    assert w.last_feedback.score == pytest.approx(1.0) and w.last_feedback.passed


def test_classify_solution_reveals_labels():
    eid = _first("classify")
    ref = ex.reference_answer(eid)
    w = course.exercise(eid)
    w.solution.button.click()
    w.solution.yes.click()
    assert all(ref[item] in m.value for item, m in zip(w.items, w.marks))


def test_classify_partial_answer_is_checked():
    eid = _first("classify")
    ref = ex.reference_answer(eid)
    w = course.exercise(eid)
    w.dropdowns[0].value = ref[w.items[0]]
    w.check_button.click()
    fb = w.last_feedback
    assert fb is not None and 0 < fb.score < 1
    assert "✓" in w.marks[0].value
    # a row still on "choose…" is not wrong: it has no label yet
    assert all("no label yet" in m.value and "not right" not in m.value for m in w.marks[1:])
    w.dropdowns[1].value = next(lab for lab in ex.get(eid).labels if lab != ref[w.items[1]])
    w.check_button.click()
    assert "not right" in w.marks[1].value


# ------------------------------------------------------------------ numeric and reflection


def test_numeric_and_reflection():
    eid = _first("numeric")
    w = course.exercise(eid)
    w.entry.value = str(ex.reference_answer(eid))
    w.check_button.click()
    assert w.last_feedback.passed and w.last_feedback.score == pytest.approx(1.0)
    w.entry.value = "not a number"
    w.check_button.click()
    assert not w.last_feedback.passed
    rid = _first("reflection")
    r = course.exercise(rid)
    r.entry.value = ex.reference_answer(rid)
    assert r.words.value.endswith("words") and not r.words.value.startswith("0 ")
    r.check_button.click()
    assert r.last_feedback.passed


# ------------------------------------------------------------------ explorer


def test_explorer_lens_toggles_change_marks():
    from course.widgets.explorer import count_marks

    w = course.explore()
    assert w.title and len(w.lens_buttons) == 5
    total = w.mark_count
    assert total == len(w.highlight.marks) > 0
    assert total == count_marks(w.view.value)
    esc = w.highlight.counts()["escalation"]
    assert esc > 0
    w.lens_buttons["escalation"].value = False
    assert w.mark_count == total - esc
    assert w.lens_buttons["escalation"].icon == "" and w.lens_buttons["hedging"].icon == "check"
    assert 'class="m m-escalation' not in w.view.value
    for b in w.lens_buttons.values():
        b.value = False
    assert w.mark_count == 0 and w.marks_list.options == ()
    w.lens_buttons["escalation"].value = True
    assert w.mark_count == esc


def test_explorer_counts_attributions_as_the_legend_does():
    """The side table says "13 attributions, 2 unattributed" like the legend beside it, not the
    number of boxes (source, cue, content, via) those attributions draw."""
    w = course.explore()
    n = len(w.analysis.attributions)
    assert w.highlight.counts()["attribution"] > n  # the boxes outnumber the attributions
    row = w.counts.value.split("Attribution</td>")[1].split("</tr>")[0]
    assert f"{n} attributions, " in row and "unattributed" in row
    assert w.highlight.count_text("attribution") in w.view.value  # the legend's words
    assert " mark" in w.counts.value.split("Hedging</td>")[1].split("</tr>")[0]


def test_explorer_voice_filter():
    w = course.explore("lavrov-asymmetric-steps-2021", lenses=["boosting", "escalation", "deescalation"])
    counts_all = w.highlight.counts()
    n_all = w.mark_count
    w.voice.value = "reported"
    n_rep, c_rep = w.mark_count, w.highlight.counts()
    assert "inside reported content" in w.voice_help.value
    w.voice.value = "writer"
    n_wr, c_wr = w.mark_count, w.highlight.counts()
    assert n_rep < n_all and n_wr < n_all
    # without the attribution lens the two voices split the marks between them
    assert n_rep + n_wr == n_all
    for lens in counts_all:
        assert c_rep[lens] + c_wr[lens] == counts_all[lens]
    spans = [(a.content.start, a.content.end) for a in w.analysis.attributions if a.content]
    for m in w.highlight.marks:  # writer's voice: nothing inside reported content
        assert not any(s <= m.start and m.end <= e for s, e in spans)
    w.voice.value = "all"
    assert w.mark_count == n_all


def test_explorer_paragraphs_and_mark_details():
    from course.widgets.explorer import ALL_PARAGRAPHS

    w = course.explore()
    assert w.paragraph.index == 0 and w.paragraph.value == ALL_PARAGRAPHS
    n_all = w.mark_count
    w.next_button.click()
    assert w.paragraph.value == 0 and w.prev_button.disabled
    body = next(p.index for p in w.analysis.paragraphs if p.kind == "body")
    w.paragraph.value = body
    para = w.analysis.paragraphs[body]
    assert 0 < w.mark_count < n_all
    assert para.text[:40] in w.view.value or para.text[:20] in w.view.value
    other = w.analysis.paragraphs[-1].text.strip()[:30]
    assert other not in w.view.value
    for m in w.highlight.marks:  # marks line up with the paragraph's text
        assert m.text == para.text[m.start : m.end]
    w.prev_button.click()
    assert w.paragraph.value == body - 1
    w.paragraph.value = ALL_PARAGRAPHS
    assert w.mark_count == n_all and w.paragraph.index == 0
    # choosing a mark shows its explanation, rule and reference
    esc = next(m for m in w.highlight.marks if m.category == "escalation")
    assert "Choose a mark" in w.detail.value
    w.marks_list.value = esc.number
    assert esc.explanation[:30].replace("'", "&#x27;") in w.detail.value or esc.explanation[:15] in w.detail.value
    assert "Found by:" in w.detail.value and "Intensity" in w.detail.value
    hedge = next(m for m in w.highlight.marks if m.category == "hedge")
    w.select_mark(hedge.number)
    assert "Hedge" in w.detail.value and "Intensity" not in w.detail.value


def test_explorer_accepts_text_article_and_analysis():
    art = course.load_article("practice-leaked-memo")
    w1 = course.explore(art)
    assert w1.title == art.title and w1.mark_count > 0
    w2 = course.explore("Moscow may react, the minister said.")
    assert w2.title is None and w2.mark_count > 0
    a = course.analyze("Russia will, of course, react.")
    w3 = course.explore(a, lenses=["boosting"])
    assert w3.lenses == ("boosting",) and w3.mark_count == 1
    assert w3.lens_buttons["boosting"].description == "Boosting"


# ------------------------------------------------------------------ review fixes


@pytest.mark.parametrize("answer", [[], None, ""])
def test_empty_answer_gives_a_neutral_box_not_a_failure(answer):
    fb = course.check("hedging-12", answer)
    assert fb.empty and fb.status == "empty" and fb.score == 0 and not fb.passed
    html = fb._repr_html_()
    assert "Nothing to check yet: type your answer above (this is not recorded)." in html
    assert "course-feedback-empty" in html and "#9e9e9e" in html
    assert "✗" not in html and "#c62828" not in html and "hedging-12: 0%" not in html
    assert "Nothing to check yet" in str(fb) and "0%" not in str(fb)
    assert ex.attempts("hedging-12") == 0  # not recorded
    assert course.progress().exercises["hedging-12"]["attempts"] == 0


def test_a_wrong_answer_still_shows_a_red_box():
    fb = course.check("hedging-12", ["sides"])
    assert not fb.empty and fb.status == "failed"
    html = fb._repr_html_()
    assert "✗" in html and "#c62828" in html and "Nothing to check yet" not in html
    assert ex.attempts("hedging-12") == 1


def test_empty_multiple_select_in_the_widget_is_neutral_and_not_counted():
    w = course.exercise(_first("multiple-select"))
    fb = w.check()  # nothing ticked: the engine answers "empty"
    assert fb is not None and fb.empty
    assert "Nothing to check yet" in w.feedback_box.value and "#c62828" not in w.feedback_box.value
    assert w.progress.value == "Not checked yet."
    assert ex.attempts(w.exercise_id) == 0


def test_empty_widget_check_is_neutral():
    w = course.exercise(_first("multiple-choice"))
    assert w.check() is None
    assert "Nothing to check yet" in w.feedback_box.value and "course-message-empty" in w.feedback_box.value


def test_choice_labels_wrap_instead_of_being_cut():
    from course.widgets.common import WIDGET_CSS

    for kind in ("multiple-choice", "multiple-select"):
        w = course.exercise(_first(kind))
        assert WIDGET_CSS in w.header.value  # the style sheet travels with every exercise
    rules = WIDGET_CSS.replace("\n", " ")
    for selector in ("widget-checkbox > label.widget-label-basic", "widget-radio-box label"):
        rule = rules.split(selector, 1)[1].split("}", 1)[0]
        assert "white-space:normal" in rule and "height:auto" in rule, selector
    assert "text-overflow:clip" in rules and "ellipsis" not in rules


def test_classify_items_are_numbered_in_reading_order():
    import re

    w = course.exercise("escalation-02")
    text = ex.passage("escalation-02")
    numbers = [int(n) for n in re.findall(r"<sup>(\d+)</sup>", w.passage_html.value)]
    assert numbers == list(range(1, len(w.items) + 1))  # 1, 2, 3 ... left to right
    rows = [r.children[0].description for r in w.rows]
    assert [int(d.split(".")[0]) for d in rows] == list(range(1, len(w.items) + 1))
    positions = [text.lower().find(d.split(". ", 1)[1].lower()) for d in rows]
    assert positions == sorted(positions) and -1 not in positions
    assert w.order != list(range(len(w.items)))  # the bank's order is not the reading order here
    assert list(w.body.children[1:]) == w.rows
    # the answer still goes by phrase, whatever the display order
    w.choose(ex.reference_answer("escalation-02"))
    assert w.check().passed


def test_explorer_status_line_wraps_and_mark_list_fits():
    import ipywidgets as W

    from course.widgets.explorer import OPTION_TEXT_CHARS

    w = course.explore()
    assert isinstance(w.voice_help, W.HTML) and not isinstance(w.voice_help, W.Label)
    assert "white-space:normal" in w.voice_help.value
    w.voice.value = "writer"
    assert "outside reported content" in w.voice_help.value
    longest = max(len(label) for label, _n in w.marks_list.options)
    assert longest <= OPTION_TEXT_CHARS + len("100. De-escalation: "), longest
    side = w.children[-1].children[1]
    assert side.layout.min_width == "16em" and side.layout.flex.startswith("1 1")
    assert w.marks_list.layout.width == "100%"


def test_no_emoji_in_the_kit_output():
    """Characters that need an emoji font (empty boxes without one) are not used."""
    import re
    from pathlib import Path

    emoji = re.compile("[\U0001F000-\U0001FFFF\u2600-\u26FF\u2700-\u27BF\uFE0F]")
    allowed = set("✓✗")  # in DejaVu Sans and every common font
    root = Path(course.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            bad = {c for c in emoji.findall(line) if c not in allowed}
            if bad:
                found.append(f"{path.relative_to(root)}:{n}: {''.join(sorted(bad))}")
    assert found == []
    fb = course.check("hedging-12", ["sides"])
    hint = course.hint("hedging-12")._repr_html_()
    locked = course.solution("hedging-12")._repr_html_()
    for html in (fb._repr_html_(), hint, locked):
        assert not emoji.search(html.replace("✓", "").replace("✗", "")), html


def test_a_reflection_and_a_rewrite_come_back_after_a_restart():
    """Run All after a kernel restart must not look like lost work: the last saved text is in its box."""
    fresh = course.exercise("hedging-09")
    assert fresh.entry.value == "" and "back in the panel" not in fresh.progress.value
    mine = "A report that never doubts its source passes the source's confidence on to the reader unchanged. " * 2
    fresh.entry.value = mine
    fresh.check_button.click()
    rewrite = course.exercise("hedging-06")
    assert rewrite.entry.value == rewrite.original
    rewrite.entry.value = "Russia may retaliate."
    rewrite.check_button.click()
    ex.reset_session()  # the kernel was restarted
    again = course.exercise("hedging-09")
    assert again.entry.value == mine and "back in the panel" in again.progress.value
    assert course.exercise("hedging-06").entry.value == "Russia may retaliate."


@pytest.mark.parametrize("kind", ["span-select", "multiple-choice", "multiple-select", "classify", "rank", "numeric"])
def test_every_panel_shows_its_last_saved_answer_after_a_restart(kind):
    """After a kernel restart and Run All, a panel is not empty: the last answer saved on this
    computer is back in it, and the line under it says so."""
    eid = _first(kind)
    first = course.exercise(eid)
    assert "back in the panel" not in first.progress.value
    if kind == "span-select":
        first.select([t.index for t in first.tokens if t.text.isalpha()][:2])
    elif kind in ("multiple-choice", "multiple-select"):
        first.choose(ex.reference_answer(eid))
    elif kind == "classify":
        first.choose(ex.reference_answer(eid))
    elif kind == "rank":
        first.set_order(list(reversed(first.order)))
    else:
        first.entry.value = "7"
    given = first.answer()
    first.check_button.click()
    ex.reset_session()  # the kernel was restarted
    again = course.exercise(eid)
    assert again.answer() == given and not again.is_empty()
    assert "your last answer is back in the panel" in again.progress.value
    assert again.feedback_box.value == ""  # nothing is checked until the student presses Check


def test_phrases_typed_in_code_come_back_marked_in_the_panel():
    """A student who answered in code (``check(id, ["...", "..."])``) finds those words marked
    in the panel after a restart, as if they had clicked them."""
    eid = _first("span-select")
    w0 = course.exercise(eid)
    words = [t for t in w0.tokens if t.text.isalpha() and len(t.text) > 3][:2]
    course.check(eid, [words[0].text, words[1].text])
    ex.reset_session()
    w = course.exercise(eid)
    assert sorted(w.selected) == sorted(t.index for t in words)
    assert "back in the panel" in w.progress.value


def test_a_typed_list_of_phrases_is_not_forced_into_a_panel():
    eid = _first("span-select")
    course.check(eid, ["no such phrase in the passage at all"])
    ex.reset_session()
    w = course.exercise(eid)
    assert w.is_empty() and "back in the panel" not in w.progress.value
