"""course.plots: figures built from analyses, under Agg, with the highlighter's colours."""

from __future__ import annotations

import subprocess
import sys

import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

import course
from course import plots
from course.errors import InputError
from course.highlighting import _LIGHT
from course.labels import LENSES
from course.lenses.escalation import escalation_curve

SEED = "lavrov-asymmetric-steps-2021"
TWO_PARAGRAPHS = "The ministers held talks.\n\nThey imposed sanctions and threatened retaliation."


@pytest.fixture(scope="module")
def seed():
    return course.load_article(SEED).analyze()


def heights(ax) -> list[int]:
    return [round(p.get_height()) for p in ax.patches]


# ------------------------------------------------------------------ counting


def test_count_lenses_counts_annotations_and_attribution_relations(seed):
    counts = plots.count_lenses(seed)
    assert list(counts) == list(LENSES)
    assert counts["hedging"] == len(seed.by_category("hedge"))
    assert counts["boosting"] == len(seed.by_category("booster"))
    assert counts["escalation"] == len(seed.by_category("escalation"))
    assert counts["deescalation"] == len(seed.by_category("deescalation"))
    # Relations, not source/cue/via marks: fewer than the attribution annotations.
    assert counts["attribution"] == len(seed.attributions) > 0
    assert counts["attribution"] < len(seed.by_category("attribution"))


def test_count_lenses_accepts_text_article_and_gold():
    assert plots.count_lenses("Talks may resume.")["hedging"] == 1
    assert plots.count_lenses("Talks resume.")["hedging"] == 0
    article = course.load_article(SEED)
    assert plots.count_lenses(article) == plots.count_lenses(article.analyze())
    gold = course.load_gold(SEED)
    assert plots.count_lenses(gold)["attribution"] == len(gold.attributions)


@pytest.mark.parametrize("bad", [42, None, ["a list"], object()])
def test_bad_input_gives_a_friendly_error(bad):
    with pytest.raises(InputError, match="needs a text"):
        plots.lens_counts(bad)


# ------------------------------------------------------------------ lens_counts


def test_lens_counts_bar_heights_equal_the_counts(seed):
    fig = plots.lens_counts(seed)
    assert isinstance(fig, Figure)
    assert len(fig.axes) == 1
    ax = fig.axes[0]
    assert heights(ax) == list(plots.count_lenses(seed).values())
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "Hedging", "Boosting", "Attribution", "Escalation", "De-escalation"]
    assert ax.get_title(loc="left") and ax.get_xlabel() == "Lens" and ax.get_ylabel() == "Number of marks"


def test_lens_counts_uses_the_highlighter_colours_and_hatches(seed):
    ax = plots.lens_counts(seed).axes[0]
    expected = [_LIGHT[LENSES[lens][0]].lower() for lens in LENSES]
    assert [to_hex(p.get_facecolor(), keep_alpha=False) for p in ax.patches] == expected
    assert [p.get_hatch() for p in ax.patches] == [plots.LENS_HATCHES[lens] for lens in LENSES]
    assert len(set(plots.LENS_HATCHES.values())) == len(LENSES)  # a non-colour cue per lens


def test_lens_counts_of_several_texts_groups_bars():
    texts = {"calm": "Talks may resume.", "tense": TWO_PARAGRAPHS}
    fig = plots.lens_counts(texts)
    ax = fig.axes[0]
    assert len(ax.patches) == 2 * len(LENSES)
    assert heights(ax)[: len(LENSES)] == list(plots.count_lenses(texts["calm"]).values())
    assert heights(ax)[len(LENSES):] == list(plots.count_lenses(texts["tense"]).values())
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert len(legend) == 2 and legend[0].startswith("calm") and legend[1].startswith("tense")
    # the swatches tell the texts apart by edge style, not by one lens's colour
    swatches = ax.get_legend().legend_handles
    assert swatches[0]._dash_pattern[1] is None and swatches[1]._dash_pattern[1]  # solid, then dashed
    assert all(h.get_facecolor()[:3] == (1.0, 1.0, 1.0) for h in swatches)
    with pytest.raises(InputError):
        plots.lens_counts({})


# ------------------------------------------------------------------ escalation curve


def test_escalation_curve_plot_follows_escalation_curve(seed):
    fig = plots.escalation_curve_plot(seed)
    ax = fig.axes[0]
    curve = escalation_curve(seed)
    line = ax.lines[0]
    assert [float(y) for y in line.get_ydata()] == [v for _, v in curve]
    assert [int(x) for x in line.get_xdata()] == [p + 1 for p, _ in curve]  # paragraphs from 1
    assert len(curve) == len(seed.paragraphs)
    esc, de = ax.containers[0], ax.containers[1]
    assert all(b.get_height() <= 0 for b in esc) and all(b.get_height() >= 0 for b in de)
    assert any(b.get_height() < 0 for b in esc) and any(b.get_height() > 0 for b in de)
    for e, d, (_, net) in zip(esc, de, curve):
        assert e.get_height() + d.get_height() == pytest.approx(net, abs=0.05)
    assert ax.get_xlabel() == "Paragraph" and "Goldstein" in ax.get_ylabel()


def test_escalation_curve_plot_of_a_calm_and_a_tense_paragraph():
    rows = plots.paragraph_intensities(TWO_PARAGRAPHS)
    assert [r["paragraph"] for r in rows] == [0, 1]
    assert rows[0]["net"] > 0 and rows[0]["escalation"] == 0.0
    assert rows[1]["net"] < 0 and rows[1]["deescalation"] == 0.0
    ys = list(plots.escalation_curve_plot(TWO_PARAGRAPHS).axes[0].lines[0].get_ydata())
    assert ys[0] > 0 > ys[1]


# ------------------------------------------------------------------ compare


def test_compare_chart_has_counts_and_curves():
    a, b = "Talks may resume.", TWO_PARAGRAPHS
    fig = plots.compare_chart(a, b, ["calm", "tense"])
    assert len(fig.axes) == 2
    bars, curves = fig.axes
    assert heights(bars) == [*plots.count_lenses(a).values(), *plots.count_lenses(b).values()]
    lines = [line for line in curves.lines if line.get_label() in ("calm", "tense")]
    assert len(lines) == 2  # (plus the zero line)
    assert [len(line.get_xdata()) for line in lines] == [1, 2]
    assert [t.get_text() for t in curves.get_legend().get_texts()] == ["calm", "tense"]
    assert lines[0].get_linestyle() != lines[1].get_linestyle()  # not colour alone
    swatches = bars.get_legend().legend_handles  # the bar legend: edge style on a neutral swatch
    assert all(h.get_facecolor()[:3] == (1.0, 1.0, 1.0) for h in swatches)
    assert swatches[0]._dash_pattern[1] is None and swatches[1]._dash_pattern[1]


@pytest.mark.parametrize("labels", ["ab", ["only one"], ["a", "b", "c"]])
def test_compare_chart_needs_two_labels(labels):
    with pytest.raises(InputError, match="two labels"):
        plots.compare_chart("a", "b", labels)


# ------------------------------------------------------------------ progress


def test_progress_chart_stacks_done_tried_and_left():
    fig = plots.progress_chart({
        "02-hedging": {"done": 2, "attempted": 3, "total": 5, "best": 0.8},
        "03-attribution": {"done": 0, "attempted": 0, "total": 4},
    })
    ax = fig.axes[0]
    widths = [float(p.get_width()) for p in ax.patches]
    # barh per series: passed (2 rows), tried-not-passed (2 rows), not tried (2 rows)
    assert widths == [2.0, 0.0, 1.0, 0.0, 2.0, 4.0]
    top_down = sorted(ax.get_yticklabels(), key=lambda t: -t.get_position()[1])
    assert [t.get_text() for t in top_down] == ["02-hedging", "03-attribution"]  # in the given order
    notes = [t.get_text() for t in ax.texts]
    assert "2/5 · best 80%" in notes and "0/4" in notes


def test_progress_chart_reads_rows_from_a_report_object():
    class Report:
        rows = [{"notebook": "04-escalation", "done": 1, "attempted": 1, "total": 2}]

    ax = plots.progress_chart(Report()).axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["04-escalation"]
    assert [float(p.get_width()) for p in ax.patches] == [1.0, 0.0, 1.0]


def test_progress_chart_draws_course_progress_per_notebook_and_lens():
    class ProgressReport:  # the shape of course.progress()
        by_notebook = {"02-hedging": {"total": 3, "attempted": 2, "done": 1, "best": 0.5}}
        by_lens = {"hedging": {"total": 3, "attempted": 2, "done": 1, "best": 0.5},
                   "attribution": {"total": 2, "attempted": 0, "done": 0, "best": 0.0}}

    ax = plots.progress_chart(ProgressReport()).axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["02-hedging"]
    assert [float(p.get_width()) for p in ax.patches] == [1.0, 1.0, 1.0]
    assert "notebook" in ax.get_title(loc="left")
    ax = plots.progress_chart(ProgressReport(), by="lens").axes[0]
    assert sorted(t.get_text() for t in ax.get_yticklabels()) == ["attribution", "hedging"]
    with pytest.raises(InputError):
        plots.progress_chart(ProgressReport(), by="week")


def test_progress_chart_without_attempts_says_so():
    ax = plots.progress_chart([]).axes[0]
    assert not ax.axison
    assert ax.texts[0].get_text() == "No exercises attempted yet."
    with pytest.raises(InputError):
        plots.progress_chart(3.5)


# ------------------------------------------------------------------ rendering and imports


def test_figures_render_to_png_without_pyplot(seed):
    png = plots.to_png(plots.compare_chart(seed, "Talks may resume.", ["seed", "short"]))
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    assert "matplotlib.pyplot" not in sys.modules or not __import__("matplotlib.pyplot").pyplot.get_fignums()


def test_import_course_and_course_plots_do_not_load_matplotlib():
    code = (
        "import sys, course, course.plots\n"
        "assert 'matplotlib' not in sys.modules, 'matplotlib imported too early'\n"
        "course.plots.lens_counts('Talks may resume.')\n"
        "assert 'matplotlib' in sys.modules\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot is not needed'\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


# ------------------------------------------------------------------ verb classes, heatmap, curve labels


def test_verb_class_chart_counts_and_labels_every_bar(seed):
    from course.labels import VERB_CLASSES

    fig = plots.verb_class_chart(seed)
    ax = fig.axes[0]
    widths = [int(p.get_width()) for p in ax.patches]
    counted = [sum(a.verb_class == c for a in seed.attributions) for c in VERB_CLASSES]
    assert widths == counted and sum(widths) == len(seed.attributions)
    assert 0 in widths  # the seed article has no distancing verb ...
    labels = [t.get_text() for t in ax.texts]
    assert labels == [str(w) for w in widths]  # ... and its zero bar is labelled, so it is visible
    assert [t.get_text() for t in ax.get_yticklabels()] == list(VERB_CLASSES)


def test_heatmap_of_the_speaker_matrix():
    from course.voices import speaker_lens_matrix

    m = speaker_lens_matrix(course.load_gold(SEED))
    fig = plots.heatmap(m, title="Whose words")
    ax = fig.axes[0]
    numbers = [int(t.get_text()) for t in ax.texts]
    assert numbers == [v for row in m.values() for v in row]
    assert numbers[:4] == [1, 2, 12, 3]
    assert [t.get_text() for t in ax.get_yticklabels()] == m.rows
    assert [t.get_text() for t in ax.get_xticklabels()] == ["hedges", "boosters", "escalation", "de-escalation"]
    sub = plots.heatmap(m, rows=["the writer"], columns=["escalation"])
    assert [t.get_text() for t in sub.axes[0].texts] == ["7"]
    with pytest.raises(InputError):
        plots.heatmap({})


def test_escalation_curve_can_label_paragraph_kinds(seed):
    plain = [t.get_text() for t in plots.escalation_curve_plot(seed).axes[0].get_xticklabels()]
    labelled = [t.get_text() for t in plots.escalation_curve_plot(seed, label_kinds=True).axes[0].get_xticklabels()]
    assert plain == [str(i) for i in range(1, 9)]
    assert labelled[0] == "1\ndate line" and labelled[4] == "5\nsub-heading" and labelled[7] == "8\ncaption"
    assert labelled[1] == "2"  # body paragraphs keep their bare number


# ------------------------------------------------------------------ legends and empty charts (06-your-turn)

ONE_PARAGRAPH = ("The foreign minister said on Monday that talks could resume next week. "
                 "Officials warned that the navy was ready to respond.")
THREE_PARAGRAPHS = ("The ministers held talks and agreed to resume negotiations.\n\n"
                    "Officials warned that the navy was ready to respond.\n\n"
                    "They imposed sanctions and threatened retaliation.")
NO_MARKS = "Hello"


def the_legend(fig):
    """The chart's legend, whether it belongs to the figure or to the axes."""
    legends = [*fig.legends, *(leg for ax in fig.axes if (leg := ax.get_legend()) is not None)]
    assert len(legends) == 1
    return legends[0]


def integer_labels(labels) -> list[str]:
    """The non-empty tick label texts (after a draw), checked to be whole numbers >= 0."""
    texts = [t.get_text() for t in labels if t.get_text()]
    assert texts and all(t.isdigit() for t in texts), texts
    return texts


@pytest.mark.parametrize("text", [ONE_PARAGRAPH, THREE_PARAGRAPHS, SEED], ids=["1-paragraph", "3-paragraphs", "seed"])
def test_escalation_curve_legend_never_covers_the_bars(text):
    analysis = course.load_article(SEED).analyze() if text == SEED else course.analyze(text)
    fig = plots.escalation_curve_plot(analysis, title="Escalation per paragraph of your text")
    fig.canvas.draw()
    ax = fig.axes[0]
    legend = the_legend(fig)
    box = legend.get_window_extent()
    bars = [p for p in ax.patches if abs(p.get_height()) > 0]
    assert bars  # every one of these texts has weighted marks
    for bar in bars:
        assert not box.overlaps(bar.get_window_extent()), f"legend covers the bar at x={bar.get_x():.1f}"
    # Nor the net curve's points or the axis labels, and the whole legend is in the picture.
    points = ax.transData.transform(ax.lines[0].get_xydata())
    assert not any(box.contains(x, y) for x, y in points)
    for label in (ax.xaxis.label, ax.yaxis.label, ax.title):
        assert not box.overlaps(label.get_window_extent())
    assert fig.bbox.contains(box.x0, box.y0) and fig.bbox.contains(box.x1, box.y1)
    assert [t.get_text() for t in legend.get_texts()] == [
        "Escalation (hostile, below 0)", "De-escalation (cooperative, above 0)", "Net (sum of both)"]
    assert legend.get_texts()[0].get_fontsize() >= 9  # readable at the notebook's figure size


def test_lens_counts_without_marks_starts_at_zero_with_whole_numbers_and_says_so():
    assert set(plots.count_lenses(NO_MARKS).values()) == {0}
    fig = plots.lens_counts(NO_MARKS, title="Marks found by each lens in your text")
    fig.canvas.draw()
    ax = fig.axes[0]
    bottom, top = ax.get_ylim()
    assert bottom == 0 and top >= 1
    assert integer_labels(ax.get_yticklabels())[:2] == ["0", "1"]
    assert all(float(y).is_integer() for y in ax.get_yticks())
    assert "No marks found in this text" in [t.get_text() for t in ax.texts]
    assert heights(ax) == [0] * len(LENSES)  # the five bars are still there, at 0


def test_lens_counts_with_marks_has_integer_ticks_from_zero_and_no_note():
    fig = plots.lens_counts(ONE_PARAGRAPH)
    fig.canvas.draw()
    ax = fig.axes[0]
    assert ax.get_ylim()[0] == 0 and ax.get_ylim()[1] > max(heights(ax))  # room for the numbers
    integer_labels(ax.get_yticklabels())
    assert not any(t.get_text().startswith("No marks") for t in ax.texts)


def test_count_axes_of_other_charts_start_at_zero_with_whole_numbers():
    verbs = plots.verb_class_chart(NO_MARKS)
    both = plots.compare_chart(NO_MARKS, "Hi there", ["a", "b"])
    both_texts = plots.lens_counts({"a": NO_MARKS, "b": "Hi there"})
    for fig in (verbs, both, both_texts):
        fig.canvas.draw()
    ax = verbs.axes[0]
    assert ax.get_xlim()[0] == 0 and ax.get_xlim()[1] >= 1
    integer_labels(ax.get_xticklabels())
    for ax in (both.axes[0], both_texts.axes[0]):
        assert ax.get_ylim()[0] == 0 and ax.get_ylim()[1] >= 1
        integer_labels(ax.get_yticklabels())
    assert "No marks found in these texts" in [t.get_text() for t in both_texts.axes[0].texts]


def test_escalation_curve_without_marks_says_so():
    fig = plots.escalation_curve_plot(NO_MARKS)
    fig.canvas.draw()
    ax = fig.axes[0]
    assert [float(y) for y in ax.lines[0].get_ydata()] == [0.0]
    bottom, top = ax.get_ylim()
    assert bottom <= -1 and top >= 1  # a readable scale, not -0.05 ... 0.05
    assert "No escalation or de-escalation marks in this text" in [t.get_text() for t in ax.texts]


def test_charts_are_drawn_on_an_opaque_white_page_for_light_and_dark_themes(seed):
    import io

    from matplotlib.image import imread

    fig = plots.lens_counts(seed)
    png = imread(io.BytesIO(plots.to_png(fig)), format="png")
    # the corner pixel is the page: opaque white, not transparent (dark labels on a dark theme)
    corner = png[0, 0]
    assert len(corner) == 3 or corner[3] == 1.0
    assert all(abs(c - 1.0) < 1e-6 for c in corner[:3])
    assert to_hex(fig.get_facecolor()) == "#ffffff"
