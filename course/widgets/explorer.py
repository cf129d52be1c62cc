"""The article explorer: an article highlighted through the lenses you switch on.

``course.explore()`` shows the seed article; ``course.explore("practice-leaked-memo")``,
``course.explore(article)`` or ``course.explore("Any text you paste.")`` show others.

The view is built from :func:`course.highlight` (the same colours, line styles,
legend and "Why highlighted" list as everywhere else in the kit). Around it:

- one toggle button per lens (Hedging, Boosting, Attribution, Escalation,
  De-escalation); a switched-on lens shows a check mark, so colour is not the cue;
- a "Whose voice" filter: every mark, only marks inside reported content (the
  content spans of the attributions the analysis found), or only marks in the
  writer's own voice (outside those spans);
- a paragraph chooser with Previous / Next buttons;
- a side panel with the number of marks per lens in the current view;
- a list of the marks shown: choosing one (keyboard or touch, no hover needed)
  shows its explanation, label, intensity, rule and reference.

The explorer holds no linguistics: the filters select annotations by position and
hand a filtered copy of the :class:`~course.model.Analysis` to :func:`course.highlight`.

Example:
    >>> from course.widgets.explorer import Explorer
    >>> ex = Explorer("Moscow may react if necessary.")
    >>> ex.lens_buttons["hedging"].value
    True
    >>> n = ex.mark_count
    >>> ex.lens_buttons["hedging"].value = False
    >>> ex.mark_count < n
    True
"""

from __future__ import annotations

import dataclasses
import html
from typing import Any

import ipywidgets as W

from ..highlighting import CATEGORY_TITLES, LENS_TITLES, Highlight, Mark, highlight
from ..labels import LENSES
from ..model import Analysis

#: The "whose voice" filter values, with their labels in the dropdown.
VOICES: dict[str, str] = {
    "all": "Every voice",
    "reported": "Reported content only",
    "writer": "The writer's own voice only",
}

#: What each voice shows, in one sentence (the line under the controls).
VOICE_HELP: dict[str, str] = {
    "all": "Showing every mark.",
    "reported": "Showing only marks inside reported content: words the article credits to a source "
                "(the tinted content of each attribution), with the source and cue that frame them.",
    "writer": "Showing only marks outside reported content: the writer's own wording, including the "
              "reporting verbs the writer chose and the sentences that name no source.",
}

#: The paragraph dropdown's value for "all paragraphs".
ALL_PARAGRAPHS = -1

_MARK_ATTR = 'aria-label="mark '


def count_marks(html_text: str) -> int:
    """Number of numbered marks in highlighted HTML (each mark ends with one numbered tag).

    >>> count_marks(highlight("Moscow may react.", lenses=["hedging"]).html)
    1
    """
    return html_text.count(_MARK_ATTR)


# ------------------------------------------------------------------ pure functions (no widgets)


def resolve(text_or_article: Any = None) -> tuple[Analysis, str | None]:
    """Turn what the student passes into an ``(analysis, title)`` pair.

    Accepts None (the seed article), an article name from :func:`course.list_articles`,
    an :class:`~course.datasets.Article`, an :class:`~course.model.Analysis`, or any text.
    """
    from ..analysis import analyze
    from ..datasets import list_articles, load_article

    obj = text_or_article
    if obj is None:
        obj = load_article()
    if isinstance(obj, str) and obj.strip() in list_articles():
        obj = load_article(obj.strip())
    if isinstance(obj, Analysis):
        return obj, None
    if hasattr(obj, "analyze") and hasattr(obj, "text"):
        return obj.analyze(), getattr(obj, "title", None)
    return analyze(obj), None  # raises a friendly InputError for non-text input


def _content_spans(analysis: Analysis) -> list[tuple[int, int]]:
    return [(a.content.start, a.content.end) for a in analysis.attributions if a.content is not None]


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def filter_voice(analysis: Analysis, voice: str) -> Analysis:
    """A copy of ``analysis`` keeping only the marks of one voice.

    ``reported``: annotations lying inside an attribution's content span; the
    attributions stay, so their content tint and source/cue frame show whose words
    these are. ``writer``: annotations not inside any content span; attributions
    keep their source, cue and via (the writer chose those words) but lose their
    content span; unattributed sentences stay. ``all``: the analysis unchanged.

    >>> from course.document import build_document
    >>> from course.model import Annotation, Attribution, Span
    >>> t = "He said Moscow may react. It may not."
    >>> anns = [Annotation(15, 18, "may", "hedge", "epistemic", "x"),
    ...         Annotation(29, 32, "may", "hedge", "epistemic", "x")]
    >>> att = Attribution(Span(0, 2, "He"), Span(3, 7, "said"), Span(8, 24, "Moscow may react"),
    ...                   None, "indirect", "neutral")
    >>> a = Analysis(t, build_document(t), anns, [att])
    >>> [x.start for x in filter_voice(a, "reported").annotations]
    [15]
    >>> [x.start for x in filter_voice(a, "writer").annotations]
    [29]
    """
    if voice == "all":
        return analysis
    if voice not in VOICES:
        raise ValueError(f"voice should be one of {', '.join(VOICES)}, not {voice!r}")
    spans = _content_spans(analysis)
    if voice == "reported":
        anns = [a for a in analysis.annotations if _inside(a.start, a.end, spans)]
        return Analysis(analysis.text, analysis.document, anns, list(analysis.attributions), [])
    anns = [a for a in analysis.annotations if not _inside(a.start, a.end, spans)]
    attrs = [dataclasses.replace(a, content=None) for a in analysis.attributions]
    return Analysis(analysis.text, analysis.document, anns, attrs, list(analysis.unattributed))


def _shift(span: Any, offset: int, length: int, text: str) -> Any:
    """A span moved ``offset`` characters left and clipped to ``[0, length]``; None if nothing is left."""
    if span is None:
        return None
    s, e = max(0, span.start - offset), min(length, span.end - offset)
    if e <= s:
        return None
    return dataclasses.replace(span, start=s, end=e, text=text[s:e])


def paragraph_view(analysis: Analysis, index: int) -> Analysis:
    """One paragraph as its own small analysis (offsets shifted, marks clipped to it).

    No new analysis is run: the annotations found in the whole text are moved.
    An attribution is kept when its cue lies in the paragraph.
    """
    from ..document import Document, Paragraph

    para = analysis.paragraphs[index]
    off, text = para.start, para.text
    n = len(text)
    doc = Document(text=text, paragraphs=[Paragraph(0, n, text, 0, getattr(para, "kind", "body"))])
    anns = [
        _shift(a, off, n, text)
        for a in analysis.annotations
        if a.start < para.end and a.end > para.start
    ]
    attrs = []
    for at in analysis.attributions:
        if not (para.start <= at.cue.start < para.end):
            continue
        cue = _shift(at.cue, off, n, text)
        if cue is None:
            continue
        attrs.append(
            dataclasses.replace(
                at, cue=cue, source=_shift(at.source, off, n, text),
                content=_shift(at.content, off, n, text), via=_shift(at.via, off, n, text),
            )
        )
    un = [_shift(s, off, n, text) for s in analysis.unattributed if s.start < para.end and s.end > para.start]
    return Analysis(text, doc, [a for a in anns if a], attrs, [s for s in un if s])


def describe_mark(m: Mark) -> str:
    """The HTML shown under the mark list for one chosen mark (escaped).

    >>> m = Mark(0, 3, "may", "hedging", "hedge", "epistemic", "Leaves room for doubt.",
    ...          rule="hedges.tsv: may", reference="Hyland 2005", number=4)
    >>> "Leaves room for doubt." in describe_mark(m) and "Hyland 2005" in describe_mark(m)
    True
    """
    esc = html.escape
    rows = [f"<div><strong>[{m.number}] {esc(m.heading())}</strong>: “{esc(m.text)}”</div>"]
    if m.explanation:
        rows.append(f"<div>{esc(m.explanation)}</div>")
    for line in m.details():
        if line == m.explanation:
            continue
        rows.append(f'<div style="opacity:.85">{esc(line)}</div>')
    if m.intensity is None and m.category in ("escalation", "deescalation"):
        rows.append('<div style="opacity:.85">Intensity: not given</div>')
    return (
        '<div class="cdn-mark-detail" role="region" aria-label="Why this mark" style="line-height:1.45">'
        + "".join(rows) + "</div>"
    )


#: Attribution parts, as the mark list names them.
_PART_NAMES = {"source": "Source", "cue": "Cue", "via": "Via", "content": "Content", "unattributed": "No source"}

#: Longest mark text shown in the mark list (the list's lines cannot wrap, so they are
#: kept short enough for the side panel; the full text is in the detail below it).
OPTION_TEXT_CHARS = 30


def _mark_option(m: Mark) -> str:
    """One line of the "Marks shown" list: number, kind and a short text.

    >>> _mark_option(Mark(0, 9, "of course", "boosting", "booster", "concurrence", number=3))
    '3. Booster: of course'
    >>> len(_mark_option(Mark(0, 80, "x" * 80, "attribution", "attribution", "content", number=12))) <= 48
    True
    """
    text = " ".join(m.text.split())
    if len(text) > OPTION_TEXT_CHARS:
        text = text[: OPTION_TEXT_CHARS - 1].rstrip() + "…"
    if m.category == "attribution":
        kind = _PART_NAMES.get(m.label, m.label.capitalize())
    else:
        kind = CATEGORY_TITLES.get(m.category, m.category)
    return f"{m.number}. {kind}: {text}"


# ------------------------------------------------------------------ lens toggles (shared with the other text widgets)


def lens_toggles(on: Any, on_change: Any, scope: str = "") -> dict[str, W.ToggleButton]:
    """One toggle button per lens, in the kit's order, for the explorer and the compare and
    your-text widgets.

    Args:
        on: the lenses switched on at first.
        on_change: called with the change whenever a button is switched.
        scope: words added to the tooltip, e.g. ``" in both texts"``.

    >>> buttons = lens_toggles({"hedging"}, lambda change: None)
    >>> list(buttons)[:2], buttons["hedging"].value, buttons["boosting"].value
    (['hedging', 'boosting'], True, False)
    >>> buttons["hedging"].tooltip
    'Show or hide the hedging marks'
    """
    buttons: dict[str, W.ToggleButton] = {}
    for lens in LENSES:
        b = W.ToggleButton(
            value=lens in on,
            description=LENS_TITLES[lens],
            tooltip=f"Show or hide the {LENS_TITLES[lens].lower()} marks{scope}",
            layout=W.Layout(width="auto"),
        )
        b.observe(on_change, names="value")
        buttons[lens] = b
    return buttons


def lenses_on(buttons: dict[str, W.ToggleButton]) -> tuple[str, ...]:
    """The lenses whose toggle is switched on, in the kit's order."""
    return tuple(lens for lens, b in buttons.items() if b.value)


def style_lens_toggles(buttons: dict[str, W.ToggleButton]) -> None:
    """A check mark and the "info" style on the switched-on toggles (so colour is not the only cue)."""
    for b in buttons.values():
        b.icon = "check" if b.value else ""
        b.button_style = "info" if b.value else ""


# ------------------------------------------------------------------ the widget


class Explorer(W.VBox):
    """The article explorer widget (an ``ipywidgets.VBox``).

    Attributes:
        analysis: the full analysis of the text.
        lens_buttons: lens name -> ``ToggleButton``.
        voice: ``Dropdown`` with the values of :data:`VOICES`.
        paragraph: ``Dropdown`` (:data:`ALL_PARAGRAPHS` = all, else a paragraph index).
        view: ``HTML`` widget with the highlighted text.
        counts: ``HTML`` side panel with marks per lens.
        marks_list: ``Select`` listing the marks shown (value = mark number).
        detail: ``HTML`` explaining the chosen mark.
        highlight: the current :class:`~course.highlighting.Highlight`.
    """

    def __init__(self, text_or_article: Any = None, lenses: Any = None, **kwargs: Any) -> None:
        from ..highlighting import check_lenses

        self.analysis, self.title = resolve(text_or_article)
        on = set(check_lenses(lenses))
        self.highlight: Highlight | None = None
        self._para_cache: dict[int, Analysis] = {}

        self.lens_buttons = lens_toggles(on, self._toggled)
        self.voice = W.Dropdown(
            options=[(label, key) for key, label in VOICES.items()],
            value="all",
            description="Whose voice",
            style={"description_width": "initial"},
            layout=W.Layout(width="auto"),
        )
        para_opts: list[tuple[str, int]] = [("All paragraphs", ALL_PARAGRAPHS)]
        for p in self.analysis.paragraphs:
            words = " ".join(p.text.split()[:6])
            para_opts.append((f"¶{p.index + 1}: {words}…", p.index))
        self.paragraph = W.Dropdown(
            options=para_opts, value=ALL_PARAGRAPHS, description="Paragraph",
            layout=W.Layout(width="auto"),
        )
        self.prev_button = W.Button(description="Previous", icon="arrow-left",
                                    tooltip="Show the previous paragraph", layout=W.Layout(width="auto"))
        self.next_button = W.Button(description="Next", icon="arrow-right",
                                    tooltip="Show the next paragraph", layout=W.Layout(width="auto"))
        self.prev_button.on_click(lambda _b: self._step(-1))
        self.next_button.on_click(lambda _b: self._step(+1))
        self.voice.observe(lambda _c: self.refresh(), names="value")
        self.paragraph.observe(lambda _c: self.refresh(), names="value")

        # An HTML line (not a Label, which would cut a long sentence with "…"): it wraps.
        self.voice_help = W.HTML(self._voice_help_html("all"), layout=W.Layout(width="auto"))
        self.view = W.HTML(layout=W.Layout(flex="3 1 24em", min_width="18em"))
        self.counts = W.HTML()
        self.marks_list = W.Select(
            options=[], rows=10, tooltip="The marks shown: choose one to see why it is highlighted",
            layout=W.Layout(width="100%", margin="2px 0"),  # full width: no side margins to overflow by
        )
        self.detail = W.HTML(value=self._detail_placeholder())
        self.marks_list.observe(self._picked, names="value")

        lens_row = W.HBox(
            [W.Label("Lenses:"), *self.lens_buttons.values()],
            layout=W.Layout(flex_flow="row wrap", align_items="center"),
        )
        nav_row = W.HBox(
            [self.voice, self.paragraph, self.prev_button, self.next_button],
            layout=W.Layout(flex_flow="row wrap", align_items="center"),
        )
        self.voice.layout.margin = "0 1em 0 0"
        side = W.VBox(
            [W.HTML("<strong>Marks in this view</strong>"), self.counts,
             W.HTML("<strong>Marks shown</strong> <span style='opacity:.75'>(choose one to see why)</span>"),
             self.marks_list, self.detail],
            # Wide enough for the mark list's lines (which cannot wrap); under the
            # text, full width up to 34em, when the notebook is narrow.
            layout=W.Layout(flex="1 1 22em", min_width="16em", max_width="34em", padding="0 0 0 1em"),
        )
        main = W.HBox([self.view, side], layout=W.Layout(flex_flow="row wrap", align_items="flex-start"))
        heading = [W.HTML(f"<h3 style='margin:.2em 0'>{html.escape(self.title)}</h3>")] if self.title else []
        super().__init__([*heading, lens_row, nav_row, self.voice_help, main], **kwargs)
        self.add_class("course-explorer")
        self.refresh()

    # -------------------------------------------------------------- state

    @property
    def lenses(self) -> tuple[str, ...]:
        """The lenses switched on, in the kit's order."""
        return lenses_on(self.lens_buttons)

    @property
    def marks(self) -> list[Mark]:
        """The marks currently shown."""
        return list(self.highlight.marks) if self.highlight else []

    @property
    def mark_count(self) -> int:
        """The number of numbered marks in the HTML currently shown."""
        return count_marks(self.view.value)

    def current_analysis(self) -> Analysis:
        """The analysis after the paragraph and voice filters."""
        a = self.analysis
        if self.paragraph.value != ALL_PARAGRAPHS:
            i = self.paragraph.value
            if i not in self._para_cache:
                self._para_cache[i] = paragraph_view(self.analysis, i)
            a = self._para_cache[i]
        return filter_voice(a, self.voice.value)

    # -------------------------------------------------------------- callbacks

    def refresh(self) -> None:
        """Redraw the text, the counts and the mark list from the controls."""
        style_lens_toggles(self.lens_buttons)
        self.highlight = highlight(self.current_analysis(), lenses=self.lenses)
        self.view.value = self.highlight.html
        self.voice_help.value = self._voice_help_html(self.voice.value)
        rows = "".join(
            f"<tr><td>{html.escape(LENS_TITLES[lens])}</td>"
            f"<td style='padding-left:1em'>{html.escape(self.highlight.count_text(lens)) if lens in self.lenses else '(off)'}</td></tr>"
            for lens in LENSES
        )  # the legend's words: "14 attributions, 4 unattributed", not the 47 boxes they draw
        self.counts.value = f"<table aria-label='Marks per lens'>{rows}</table>"
        old = self.marks_list.value
        self.marks_list.options = [(_mark_option(m), m.number) for m in self.highlight.marks]
        numbers = {m.number for m in self.highlight.marks}
        self.marks_list.value = old if old in numbers else None
        if self.marks_list.value is None:
            self.detail.value = self._detail_placeholder()
        n = len(self.analysis.paragraphs)
        p = self.paragraph.value
        self.prev_button.disabled = p == ALL_PARAGRAPHS or p <= 0
        self.next_button.disabled = p != ALL_PARAGRAPHS and p >= n - 1

    def _toggled(self, _change: Any) -> None:
        self.refresh()

    def _step(self, delta: int) -> None:
        n = len(self.analysis.paragraphs)
        if n == 0:
            return
        p = self.paragraph.value
        if p == ALL_PARAGRAPHS:
            p = 0 if delta > 0 else n - 1
        else:
            p = min(n - 1, max(0, p + delta))
        self.paragraph.value = p

    def _picked(self, change: Any) -> None:
        number = change["new"]
        mark = next((m for m in self.marks if m.number == number), None)
        self.detail.value = describe_mark(mark) if mark else self._detail_placeholder()

    @staticmethod
    def _voice_help_html(voice: str) -> str:
        return (f"<div class='course-voice-help' role='status' style='white-space:normal;line-height:1.4'>"
                f"{html.escape(VOICE_HELP[voice])}</div>")

    @staticmethod
    def _detail_placeholder() -> str:
        return "<div style='opacity:.75;line-height:1.45'>Choose a mark in the list to see why it is highlighted.</div>"

    def select_mark(self, number: int) -> Mark:
        """Choose a mark by its number (as a click in the list does) and return it."""
        self.marks_list.value = number
        return next(m for m in self.marks if m.number == number)
