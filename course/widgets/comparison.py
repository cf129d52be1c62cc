"""Two texts side by side through the same lenses: ``course.compare(a, b)``.

Typical use: two outlets reporting the same event ("practice-kessa-strait-courier"
and "practice-kessa-strait-kitwire"), or a sentence and your rewrite of it.

The widget shows:

- one row of lens toggle buttons that switches the lens on or off in *both* texts;
- the two highlighted texts side by side, each under its title, drawn by
  :func:`course.highlight` (same colours, underlines, legend and "Why highlighted" list);
- a small table of marks per lens for both texts, with the difference;
- a chart (:func:`course.plots.compare_chart`): marks per lens, and the net escalation
  per paragraph of each text. The chart is rendered to a PNG image, so it shows in
  JupyterLab, in a saved notebook and in headless runs alike.

Nothing linguistic happens here: both texts go through :func:`course.analyze`.

Example:
    >>> from course.widgets.comparison import CompareWidget
    >>> w = CompareWidget("Talks may resume.", "They imposed sanctions.", labels=["calm", "tense"])
    >>> w.counts_a["hedging"], w.counts_b["hedging"]
    (1, 0)
    >>> w.lens_buttons["hedging"].value = False
    >>> 'class="m m-hedge' in w.view_a.value
    False
"""

from __future__ import annotations

import html
from typing import Any, Sequence

import ipywidgets as W

from ..errors import InputError
from ..highlighting import LENS_TITLES, Highlight, check_lenses, highlight
from ..labels import LENSES
from .explorer import lens_toggles, lenses_on, resolve, style_lens_toggles


class CompareWidget(W.VBox):
    """Two highlighted texts side by side, one set of lens toggles, and a chart.

    Args:
        a, b: texts, article names (see ``course.list_articles()``), articles from
            ``course.load_article`` or analyses.
        labels: the titles of the two texts (default: the article titles, or
            "Text A" / "Text B").
        lenses: lenses switched on at the start (None: all).
        chart: draw the comparison chart (default True).

    Attributes:
        analysis_a, analysis_b: the two analyses.
        labels: the two titles.
        lens_buttons: lens name -> ``ToggleButton`` (shared by both texts).
        view_a, view_b: ``HTML`` widgets with the highlighted texts.
        counts_a, counts_b: marks per lens (all lenses, see :func:`course.plots.count_lenses`).
        table: ``HTML`` with both counts and the difference.
        chart: ``Image`` widget (PNG) with the comparison chart; ``figure`` is the
            matplotlib Figure it was drawn from.
    """

    def __init__(self, a: Any, b: Any, labels: Sequence[str] | None = None, lenses: Any = None,
                 chart: bool = True, **kwargs: Any) -> None:
        from ..plots import count_lenses

        on = set(check_lenses(lenses))
        self.analysis_a, found_a = resolve(a)
        self.analysis_b, found_b = resolve(b)
        if labels is None:
            labels = (found_a or "Text A", found_b or "Text B")
        if isinstance(labels, str) or len(labels) != 2:
            raise InputError("labels should be two names, e.g. labels=['Courier', 'Kitwire'].")
        self.labels = (str(labels[0]), str(labels[1]))
        self.counts_a = count_lenses(self.analysis_a)
        self.counts_b = count_lenses(self.analysis_b)
        self.highlight_a: Highlight | None = None
        self.highlight_b: Highlight | None = None

        self.lens_buttons = lens_toggles(on, lambda _c: self.refresh(), " in both texts")
        self.view_a = W.HTML()
        self.view_b = W.HTML()
        column = W.Layout(flex="1 1 0", min_width="18em", padding="0 .6em 0 0")
        self.column_a = W.VBox([W.HTML(self._heading(self.labels[0], "A")), self.view_a], layout=column)
        self.column_b = W.VBox([W.HTML(self._heading(self.labels[1], "B")), self.view_b],
                               layout=W.Layout(flex="1 1 0", min_width="18em", padding="0 0 0 .6em",
                                               border_left="1px solid #bbb"))
        self.table = W.HTML(self._table())
        self.figure = None
        self.chart = W.Image(format="png", layout=W.Layout(max_width="100%", height="auto",
                                                            align_self="flex-start"))
        if chart:
            self.draw_chart()
        lens_row = W.HBox([W.Label("Lenses (both texts):"), *self.lens_buttons.values()],
                          layout=W.Layout(flex_flow="row wrap", align_items="center"))
        sides = W.HBox([self.column_a, self.column_b],
                       layout=W.Layout(flex_flow="row wrap", align_items="flex-start", width="100%"))
        parts = [lens_row, sides, W.HTML("<h4 style='margin:.6em 0 .2em'>Side by side in numbers</h4>"),
                 self.table]
        if chart:
            parts.append(self.chart)
        super().__init__(parts, **kwargs)
        self.add_class("course-compare")
        self.refresh()

    @staticmethod
    def _heading(label: str, letter: str) -> str:
        return (f"<h3 style='margin:.2em 0 .4em'><span style='opacity:.65'>{letter}.</span> "
                f"{html.escape(label)}</h3>")

    @property
    def lenses(self) -> tuple[str, ...]:
        """The lenses switched on, in the kit's order."""
        return lenses_on(self.lens_buttons)

    def refresh(self) -> None:
        """Redraw both texts with the lenses switched on."""
        style_lens_toggles(self.lens_buttons)
        self.highlight_a = highlight(self.analysis_a, lenses=self.lenses)
        self.highlight_b = highlight(self.analysis_b, lenses=self.lenses)
        self.view_a.value = self.highlight_a.html
        self.view_b.value = self.highlight_b.html

    def _table(self) -> str:
        esc = html.escape
        la, lb = (esc(x) for x in self.labels)
        rows = []
        for lens in LENSES:
            x, y = self.counts_a[lens], self.counts_b[lens]
            diff = f"{y - x:+d}" if y != x else "same"
            cell = "<td style='text-align:right;padding:0 .8em'>"
            rows.append(f"<tr><td style='padding-right:1.5em'>{esc(LENS_TITLES[lens])}</td>{cell}{x}</td>"
                        f"{cell}{y}</td>{cell}{diff}</td></tr>")
        return ("<table class='course-compare-table' style='border-collapse:collapse;white-space:nowrap' "
                "aria-label='Marks per lens in both texts'>"
                f"<thead><tr><th style='text-align:left;padding-right:1.5em'>Lens</th>"
                f"<th style='padding:0 .8em' title='{la}'>A</th><th style='padding:0 .8em' title='{lb}'>B</th>"
                "<th style='padding:0 .8em'>B − A</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
                f"<div style='font-size:.9em'>A: {la} · B: {lb}</div>"
                "<div style='font-size:.85em;opacity:.75'>Attribution counts who-says-what relations; "
                "the other lenses count marked phrases.</div>")

    def draw_chart(self) -> Any:
        """Draw the comparison chart into :attr:`chart` and return the Figure."""
        from ..plots import compare_chart, to_png

        self.figure = compare_chart(self.analysis_a, self.analysis_b, self.labels)
        self.chart.value = to_png(self.figure)
        return self.figure


def compare(a: Any, b: Any, labels: Sequence[str] | None = None, lenses: Any = None,
            **kwargs: Any) -> CompareWidget:
    """Show two texts side by side through the same lenses (``course.compare``).

    Args:
        a, b: texts, article names, articles or analyses.
        labels: titles for the two texts.
        lenses: lenses switched on at the start (None: all).

    Returns:
        A :class:`CompareWidget`.
    """
    return CompareWidget(a, b, labels=labels, lenses=lenses, **kwargs)


__all__ = ["CompareWidget", "compare"]
