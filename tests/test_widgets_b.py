"""Headless tests of the compare, your-text, rank and rewrite widgets.

Widgets are driven as a student would (set values, ``button.click()``) and the
assertions read widget state: HTML values, ``last_feedback``, figures and messages.
No frontend is needed (ipywidgets 8 works without a kernel connection).
"""

from __future__ import annotations

import datetime

import pytest

pytest.importorskip("ipywidgets")

import course
from course import exercises, plots
from course.labels import LENSES
from course.widgets.comparison import CompareWidget
from course.widgets.own_text import MAX_WIDGET_CHARS, OwnTextWidget, check_input, your_text
from exercise_checks import fresh_session  # noqa: F401 (a fixture)

CALM = "The ministers held talks. Both sides may agree to a ceasefire, officials said."
TENSE = ("Moscow will, of course, retaliate.\n\n"
         "The navy threatened to strike, and sanctions were imposed.")


def marks_of(html: str, category: str) -> int:
    """Marks of one category drawn in the text (not the legend or the "Why" list)."""
    body = html.split('<div class="hl-text">', 1)[1].split('<details class="hl-why"', 1)[0]
    return body.count(f'class="m m-{category} first')


def png(image) -> bytes:
    return bytes(image.value)


# ------------------------------------------------------------------ compare


def test_compare_shows_both_texts_with_titles_side_by_side():
    w = course.compare(CALM, TENSE, labels=["Calm report", "Tense report"])
    assert isinstance(w, CompareWidget)
    assert w.labels == ("Calm report", "Tense report")
    assert "Calm report" in w.column_a.children[0].value and "Tense report" in w.column_b.children[0].value
    assert "ministers" in w.view_a.value and "ministers" not in w.view_b.value
    assert "navy" in w.view_b.value and "navy" not in w.view_a.value
    assert w.column_a in w.children[1].children and w.column_b in w.children[1].children  # one HBox


def test_compare_lens_toggles_switch_both_texts():
    w = CompareWidget(CALM, TENSE, chart=False)
    assert marks_of(w.view_a.value, "hedge") >= 1 and marks_of(w.view_b.value, "booster") >= 1
    w.lens_buttons["hedging"].value = False
    w.lens_buttons["boosting"].value = False
    assert marks_of(w.view_a.value, "hedge") == 0 and marks_of(w.view_b.value, "booster") == 0
    assert marks_of(w.view_b.value, "escalation") >= 1  # other lenses stay on
    assert w.lenses == ("attribution", "escalation", "deescalation")
    w.lens_buttons["hedging"].value = True
    assert marks_of(w.view_a.value, "hedge") >= 1 and w.lens_buttons["hedging"].icon == "check"


def test_compare_chart_and_table_match_the_counts():
    w = CompareWidget(CALM, TENSE, labels=["A text", "B text"])
    assert png(w.chart).startswith(b"\x89PNG")
    bars, curves = w.figure.axes
    assert [round(p.get_height()) for p in bars.patches] == [*w.counts_a.values(), *w.counts_b.values()]
    assert w.counts_a == plots.count_lenses(CALM) and w.counts_b == plots.count_lenses(TENSE)
    assert w.counts_a["deescalation"] > w.counts_b["deescalation"]
    diff = w.counts_b["escalation"] - w.counts_a["escalation"]
    assert f"{diff:+d}" in w.table.value
    assert w.chart in w.children


def test_compare_takes_article_names_and_uses_their_titles():
    w = CompareWidget("practice-kessa-strait-courier", "practice-kessa-strait-kitwire", chart=False)
    assert w.labels == (course.load_article("practice-kessa-strait-courier").title,
                        course.load_article("practice-kessa-strait-kitwire").title)
    assert w.view_a.value != w.view_b.value


def test_compare_rejects_bad_labels():
    with pytest.raises(course.InputError):
        CompareWidget(CALM, TENSE, labels=["only one"], chart=False)


# ------------------------------------------------------------------ your text


def test_your_text_analyzes_pasted_text_on_click():
    w = your_text()
    assert isinstance(w, OwnTextWidget) and w.analysis is None
    assert w.results.layout.display == "none"
    w.text.value = TENSE
    w.analyze_button.click()
    assert w.last_error == "" and w.message.value == ""
    assert w.results.layout.display == "flex"
    assert w.counts == plots.count_lenses(TENSE)
    assert marks_of(w.view.value, "escalation") >= 2 and "retaliate" in w.view.value
    assert w.text.value == TENSE


def test_your_text_says_when_a_text_does_not_look_english():
    w = your_text(charts=False)
    w.text.value = TENSE
    w.analyze_button.click()
    assert "does not look like English" not in w.table.value
    w.text.value = ("La Russie prendra des mesures asymétriques en réponse aux actions hostiles des pays "
                    "occidentaux, a déclaré vendredi le ministre des Affaires étrangères à Paris.")
    w.analyze_button.click()
    assert "does not look like English" in w.table.value and w.last_error == ""


def test_your_text_figures_match_the_analysis():
    w = OwnTextWidget(TENSE)  # a text given up front is analysed at once
    counts_fig, curve_fig = w.figures["counts"], w.figures["curve"]
    assert len(counts_fig.axes) == 1 and len(curve_fig.axes) == 1
    assert [round(p.get_height()) for p in counts_fig.axes[0].patches] == [w.counts[k] for k in LENSES]
    curve = curve_fig.axes[0].lines[0].get_ydata()
    assert len(curve) == len(w.analysis.paragraphs) == 2
    assert all(y < 0 for y in curve)  # both paragraphs lean hostile
    assert png(w.counts_chart).startswith(b"\x89PNG") and png(w.curve_chart).startswith(b"\x89PNG")
    for lens in LENSES:
        assert f">{w.counts[lens]}</td>" in w.table.value


def test_your_text_lens_toggles_redraw_the_view():
    w = OwnTextWidget(CALM, charts=False)
    assert marks_of(w.view.value, "hedge") == w.counts["hedging"] >= 1
    w.lens_buttons["hedging"].value = False
    assert marks_of(w.view.value, "hedge") == 0
    assert marks_of(w.view.value, "deescalation") >= 1


BAD_INPUT = {
    "empty": ("", "The box is empty"),
    "blank": ("  \n\t ", "The box is empty"),
    "binary": ("abc\x00\x01def", "binary"),
    "control": ("\x01\x02\x03\x04\x05\x06" * 20, "binary"),
    "huge": ("Talks may resume. " * (MAX_WIDGET_CHARS // 18 + 10), "at most"),
    "script": ("Talks may resume.<script>alert('x')</script>", "program code"),
    "html": ("<html><body><div><p>Talks</p><p>may</p><a href='x'>resume</a></div></body></html>", "HTML"),
}


@pytest.mark.parametrize("kind", list(BAD_INPUT))
def test_your_text_bad_input_shows_a_message_and_keeps_the_text(kind):
    text, expected = BAD_INPUT[kind]
    w = OwnTextWidget(charts=False)
    w.text.value = text
    w.analyze_button.click()
    assert expected in w.last_error
    assert expected.split()[0] in w.message.value and 'role="alert"' in w.message.value
    assert "Traceback" not in w.message.value and "<script>" not in w.message.value  # escaped
    assert w.text.value == text  # the student's text stays in the box
    assert w.analysis is None and w.results.layout.display == "none"


def test_your_text_error_hides_old_results_and_a_good_text_clears_the_error():
    w = OwnTextWidget(CALM, charts=False)
    assert w.results.layout.display == "flex"
    w.text.value = ""
    assert w.analyze() is False
    assert w.results.layout.display == "none" and w.last_error
    w.text.value = TENSE
    assert w.analyze() is True
    assert w.last_error == "" and w.message.value == "" and w.results.layout.display == "flex"


def test_check_input_accepts_ordinary_news_with_angle_brackets():
    text = "Prices rose 3% (<5% forecast) as talks began; one <b> tag alone is not a page."
    assert check_input(text) == text


def _upload(content: bytes, name: str = "article.txt") -> tuple[dict, ...]:
    return ({"name": name, "type": "text/plain", "size": len(content), "content": memoryview(content),
             "last_modified": datetime.datetime(2024, 5, 1, tzinfo=datetime.timezone.utc)},)


def test_your_text_upload_fills_the_box_and_analyzes():
    w = OwnTextWidget(charts=False)
    w.upload.value = _upload("\ufeffMoscow may react, Lavrov said.".encode("utf-8"))
    assert w.text.value == "Moscow may react, Lavrov said."  # BOM removed
    assert w.counts["hedging"] == 1 and w.counts["attribution"] == 1 and w.last_error == ""


@pytest.mark.parametrize("name,content,expected", [
    ("article.txt", "café".encode("latin-1"), "not UTF-8"),
    ("article.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    ("article.pdf", b"%PDF-1.7 ...", "not a .txt file"),
    # decodable, but not a text the box can show: the box must keep what the student pasted
    ("page.txt", b"<html><body><p>x</p><div>y</div></body></html>", "HTML source"),
    ("blank.txt", b"  \n\t \n", "empty"),
    ("script.txt", b"<script>alert(1)</script> Lavrov said.", "program code"),
])
def test_your_text_bad_upload_shows_a_message_and_keeps_the_box(name, content, expected):
    w = OwnTextWidget("Talks may resume.", charts=False)
    w.upload.value = _upload(content, name)
    assert expected in w.last_error and expected in w.message.value
    assert w.text.value == "Talks may resume."


# ------------------------------------------------------------------ rank and rewrite (engine)


def _first(kind: str) -> str:
    ids = [e["id"] for e in exercises.list_exercises() if e["type"] == kind]
    assert ids, f"the banks hold no {kind} exercise"
    return ids[0]


@pytest.fixture
def rank_widget(fresh_session):
    from course.widgets.rank import RankWidget

    w = course.exercise(_first("rank"))
    assert isinstance(w, RankWidget)
    return w


def test_rank_starts_shuffled_and_moves_with_buttons(rank_widget):
    w = rank_widget
    ex = w.exercise
    assert 4 <= len(w.rows) <= 6 and sorted(w.order) == list(range(len(ex.statements)))
    assert w.order != list(ex.order)
    first, second = w.order[0], w.order[1]
    assert w.up_buttons[0].disabled and w.down_buttons[-1].disabled
    w.down_buttons[0].click()
    assert w.order[:2] == [second, first]
    assert ex.statements[second] in w._texts[0].value
    # the number check() takes is in the tooltip only, not printed before the statement
    assert f"statement number {second} in course.check" in w._texts[0].value
    assert f"[{second}]" not in w._texts[0].value
    w.up_buttons[1].click()
    assert w.order[:2] == [first, second]


def test_rank_rows_show_no_bracketed_numbers_and_buttons_do_not_shrink(rank_widget):
    import re

    w = rank_widget
    for text in w._texts:
        visible = re.sub(r"<[^>]+>", "", text.value)
        assert not re.search(r"\[\d+\]", visible), visible
    assert "hover over a statement" in w.numbers_note.value
    for b in [*w.up_buttons, *w.down_buttons]:
        assert b.layout.flex == "0 0 auto" and b.layout.min_width, b.layout


def test_rank_feedback_names_statements_by_their_words(rank_widget):
    w = rank_widget
    w.set_order(list(reversed(w.exercise.order)))
    fb = w.check()
    assert "Statement " in fb.message  # the engine speaks of statement numbers ...
    box = w.feedback_box.value
    assert "Statement " not in box and "The statement “" in box  # ... the widget of the statements
    quoted = [s for s in w.exercise.statements if s[:20].replace("'", "&#x27;") in box]
    assert len(quoted) == 1


def test_rank_wrong_order_keeps_the_reference_hidden(rank_widget):
    w = rank_widget
    w.set_order(list(reversed(w.exercise.order)))
    w.check_button.click()
    fb = w.last_feedback
    assert fb is not None and not fb.passed and fb.score < 0.5
    assert w.reference_box.value == ""
    for reason in w.exercise.reasons:
        assert reason not in fb.message


def test_rank_reference_order_passes_and_shows_the_reasons(rank_widget):
    w = rank_widget
    w.set_order(list(w.exercise.order))
    w.check_button.click()
    fb = w.last_feedback
    assert fb.passed and fb.score == pytest.approx(1.0)
    assert "Reference order" in w.reference_box.value
    assert "[" not in w.feedback_box.value.split("</b>", 1)[1].split("<div", 1)[0]  # no "[2]" in the message
    for reason in w.exercise.reasons:
        assert reason.replace("'", "&#x27;").replace('"', "&quot;")[:30] in w.reference_box.value
    w.reset_button.click()
    assert w.order == w.initial_order


def test_rank_solution_shows_the_reference_order(rank_widget):
    w = rank_widget
    w.solution.button.click()
    assert w.reference_box.value == ""  # asks first
    w.solution.yes.click()
    assert "Reference order" in w.reference_box.value


@pytest.fixture
def rewrite_widget(fresh_session):
    from course.widgets.rewrite import RewriteWidget

    w = course.exercise(_first("rewrite"))
    assert isinstance(w, RewriteWidget)
    return w


def test_rewrite_box_starts_with_the_original_sentence(rewrite_widget):
    w = rewrite_widget
    assert w.entry.value == w.original == exercises.passage(w.exercise_id) != ""
    w.check_button.click()  # unchanged text scores 0 with a hint
    assert w.last_feedback.score == 0 and not w.last_feedback.passed
    assert w.entry.value == w.original


def test_rewrite_reference_passes_and_shows_what_the_analyzer_saw(rewrite_widget):
    w = rewrite_widget
    good = exercises.reference_answer(w.exercise_id)
    w.entry.value = good
    w.check_button.click()
    assert w.last_feedback.passed, w.last_feedback.message
    assert "What the analyzer saw" in w.seen.value
    assert w.seen_highlight is not None and w.seen_highlight.analysis.text == good
    assert set(w.seen_highlight.lenses) <= set(LENSES) and len(w.seen_highlight.lenses) <= 2
    assert w.seen in w.children
    assert w.children.index(w.seen) == w.children.index(w.feedback_box) + 1
    w.reset_button.click()
    assert w.entry.value == w.original and w.seen.value == ""


def test_rewrite_empty_text_is_not_checked(rewrite_widget):
    w = rewrite_widget
    w.entry.value = "   "
    w.check_button.click()
    assert w.last_feedback is None and "Nothing to check" in w.feedback_box.value


# ------------------------------------------------------------------ review fixes


def test_compare_opens_with_only_the_lenses_asked_for():
    import inspect

    from course import widgets

    assert "lenses" in inspect.signature(widgets.compare).parameters
    w = course.compare(CALM, TENSE, lenses=["escalation", "deescalation"], chart=False)
    assert w.lenses == ("escalation", "deescalation")
    assert [k for k, b in w.lens_buttons.items() if b.value] == ["escalation", "deescalation"]
    assert marks_of(w.view_b.value, "escalation") >= 1
    assert marks_of(w.view_a.value, "hedge") == 0 and marks_of(w.view_b.value, "booster") == 0
    w.lens_buttons["hedging"].value = True  # the others can still be switched on
    assert marks_of(w.view_a.value, "hedge") >= 1


def test_your_text_upload_button_shows_no_file_count():
    from course.widgets.own_text import UPLOAD_CSS, UPLOAD_LABEL

    w = OwnTextWidget(charts=False)
    assert "course-upload" in w.upload._dom_classes
    assert w.upload.tooltip == UPLOAD_LABEL and w.upload.icon == "upload"
    # the style sheet is in the widget (hidden), and replaces the "Upload .txt (0)" text
    sheets = [c for c in w.children[1].children if getattr(c, "value", "") == UPLOAD_CSS]
    assert len(sheets) == 1 and sheets[0].layout.display == "none"
    assert "font-size:0" in UPLOAD_CSS and f'content:"{UPLOAD_LABEL}"' in UPLOAD_CSS
    assert "(0)" not in UPLOAD_LABEL
