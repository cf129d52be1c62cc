"""Charts of an analysis: how many marks each lens found, how hostile or cooperative
each paragraph reads, two texts side by side, and a student's progress.

Every function returns a :class:`matplotlib.figure.Figure` built without pyplot's
global state (so it works under the ``Agg`` backend, in tests and in nbconvert),
and Jupyter shows a returned figure by itself. matplotlib is imported only when a
chart is drawn: ``import course`` stays fast.

Every chart is a PNG drawn on an opaque white page (:data:`PAGE_COLOUR`), so it reads
the same in JupyterLab's light and dark themes, in static HTML and on paper: in a dark
theme it shows as a white card, never as dark text on a dark background.
Colours are those of the highlighter (Okabe-Ito, safe for colour-blind readers),
and every bar also carries a hatch pattern, so the charts read in greyscale too:

=============  ==========  =======
lens           colour      hatch
=============  ==========  =======
hedging        purple      ``..``
boosting       orange      ``--``
attribution    green       ``//``
escalation     vermillion  ``xx``
de-escalation  blue        ``oo``
=============  ==========  =======

What is counted (:func:`count_lenses`): hedges, boosters, escalation and
de-escalation phrases are counted one by one; the attribution lens counts
attribution *relations* (who says what), not the separate source / cue / via marks.

Example (the seed article's threat sentence):
    >>> from course import analyze
    >>> a = analyze("Russia will, of course, react, and if necessary, also asymmetrically.")
    >>> count_lenses(a)
    {'hedging': 1, 'boosting': 1, 'attribution': 0, 'escalation': 2, 'deescalation': 0}
    >>> fig = lens_counts(a)
    >>> [round(p.get_height()) for p in fig.axes[0].patches]
    [1, 1, 0, 2, 0]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from .errors import InputError
from .highlighting import LENS_TITLES
from .labels import LENSES

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

#: Bar colours, one per lens: the highlighter's underline colours (Okabe-Ito).
LENS_COLOURS: dict[str, str] = {
    "hedging": "#A8457F",
    "boosting": "#B87800",
    "attribution": "#007A5A",
    "escalation": "#D55E00",
    "deescalation": "#0072B2",
}

#: The chart's page: opaque white in every theme (a transparent PNG would put the dark axis
#: labels on a dark notebook background).
PAGE_COLOUR = "white"

#: Hatch patterns: a second, non-colour cue for each lens.
LENS_HATCHES: dict[str, str] = {
    "hedging": "..",
    "boosting": "--",
    "attribution": "//",
    "escalation": "xx",
    "deescalation": "oo",
}

#: Two series in a comparison: solid dark grey and dashed black, with different markers.
SERIES_STYLES: tuple[dict[str, Any], ...] = (
    {"color": "#333333", "linestyle": "-", "marker": "o"},
    {"color": "#000000", "linestyle": "--", "marker": "s"},
)

_FONT = {"title": 13, "label": 11, "tick": 10}

#: The note a chart shows in place of an empty strip when there is nothing to draw.
NO_MARKS_NOTE = "No marks found in this text"
NO_MARKS_NOTE_MANY = "No marks found in these texts"
NO_CURVE_NOTE = "No escalation or de-escalation marks in this text"

#: What :func:`escalation_curve_plot` writes under a paragraph number, by paragraph kind.
_KIND_LABELS = {"body": "", "header": "date line", "heading": "sub-heading", "caption": "caption"}


# --------------------------------------------------------------------------- inputs


def as_analysis(obj: Any) -> Any:
    """Turn what a student may pass into something with ``.text`` and ``.annotations``.

    Accepts a string (analysed with :func:`course.analyze`), an
    :class:`~course.model.Analysis`, an article from :func:`course.load_article`
    (analysed) or a gold annotation from :func:`course.load_gold` (shown as it is).

    Raises:
        InputError: for anything else, with a message a student can act on.
    """
    if isinstance(obj, (str, bytes, bytearray)):
        from .analysis import analyze

        return analyze(obj)
    if hasattr(obj, "annotations") and hasattr(obj, "text"):
        return obj
    if hasattr(obj, "analyze") and hasattr(obj, "text"):
        return obj.analyze()
    raise InputError(
        f"A chart needs a text (str), course.analyze(...) or course.load_article(...), "
        f"not {type(obj).__name__}."
    )


def _document(analysis: Any) -> Any:
    doc = getattr(analysis, "document", None)
    if doc is None or getattr(doc, "text", None) != analysis.text:
        from .document import build_document

        doc = build_document(analysis.text)
    return doc


def count_lenses(analysis: Any) -> dict[str, int]:
    """Marks per lens, in the kit's lens order (the numbers :func:`lens_counts` draws).

    Attribution counts relations (``analysis.attributions``); the other lenses count
    annotations of their categories.

    >>> count_lenses("Talks may resume, Lavrov said.")["attribution"]
    1
    """
    analysis = as_analysis(analysis)
    out = {lens: 0 for lens in LENSES}
    for a in getattr(analysis, "annotations", []) or []:
        for lens, cats in LENSES.items():
            if lens != "attribution" and a.category in cats:
                out[lens] += 1
    out["attribution"] = len(getattr(analysis, "attributions", []) or [])
    return out


def paragraph_intensities(analysis: Any) -> list[dict[str, float]]:
    """Per paragraph: the summed escalation weights (<= 0), de-escalation weights
    (>= 0) and their net sum (the value of
    :func:`course.lenses.escalation.escalation_curve`).

    >>> paragraph_intensities("The ministers held talks.")
    [{'paragraph': 0, 'escalation': 0.0, 'deescalation': 1.0, 'net': 1.0}]
    """
    from .lenses.escalation import escalation_curve
    from .lenses.escalation.weights import carries_weight

    analysis = as_analysis(analysis)
    doc = _document(analysis)
    rows = {p: {"paragraph": p, "escalation": 0.0, "deescalation": 0.0, "net": v}
            for p, v in escalation_curve(analysis.annotations, doc)}
    for a in analysis.annotations:
        if not carries_weight(a):
            continue
        s = doc.sentence_at(a.start)
        if s is None or s.paragraph not in rows:
            continue
        key = "escalation" if a.intensity < 0 else "deescalation"
        rows[s.paragraph][key] = round(rows[s.paragraph][key] + a.intensity, 2)
    return [rows[p] for p in sorted(rows)]


# --------------------------------------------------------------------------- helpers


def _figure(width: float, height: float) -> "Figure":
    from matplotlib.figure import Figure

    class KitFigure(Figure):
        """A Figure that shows itself in Jupyter as a PNG, with no ``%matplotlib`` magic."""

        def _repr_png_(self) -> bytes:
            return to_png(self)

    # Figure() directly, not pyplot: no global state, no GUI backend, no "too many figures".
    return KitFigure(figsize=(width, height), dpi=100, layout="constrained", facecolor=PAGE_COLOUR)


def _style(ax: "Axes", title: str, xlabel: str, ylabel: str) -> None:
    ax.set_title(title, fontsize=_FONT["title"], loc="left")
    ax.set_xlabel(xlabel, fontsize=_FONT["label"])
    ax.set_ylabel(ylabel, fontsize=_FONT["label"])
    ax.tick_params(labelsize=_FONT["tick"])
    ax.spines["top"].set_visible(False)
    ax.spines["right"].set_visible(False)


def _lens_bars(ax: "Axes", counts: Mapping[str, int], *, offset: float = 0.0, width: float = 0.7,
               alpha: float = 0.85, label: str | None = None, values: bool = True) -> list[Any]:
    lenses = list(LENSES)
    xs = [i + offset for i in range(len(lenses))]
    bars = ax.bar(
        xs, [counts.get(lens, 0) for lens in lenses], width=width,
        color=[LENS_COLOURS[lens] for lens in lenses], alpha=alpha,
        edgecolor="#222222", linewidth=0.8, label=label,
    )
    for bar, lens in zip(bars, lenses):
        bar.set_hatch(LENS_HATCHES[lens])
    if values:
        for bar in bars:
            h = bar.get_height()
            ax.annotate(f"{int(h)}", (bar.get_x() + bar.get_width() / 2, h), xytext=(0, 2),
                        textcoords="offset points", ha="center", va="bottom", fontsize=_FONT["tick"])
    return list(bars)


def _count_axis(ax: "Axes", top: float, *, which: str = "y", margin: float = 0.15) -> None:
    """A counts axis: from 0 (never below), whole-number ticks only, and headroom of
    ``margin`` above the largest count ``top`` for the numbers written on the bars.
    With nothing counted (``top`` 0) it runs from 0 to 1, not around 0."""
    from matplotlib.ticker import MaxNLocator

    axis = ax.yaxis if which == "y" else ax.xaxis
    axis.set_major_locator(MaxNLocator(integer=True))
    limit = ax.set_ylim if which == "y" else ax.set_xlim
    limit(0, max(1.0, float(top) * (1 + margin)))


def _empty_note(ax: "Axes", note: str, y: float = 0.55) -> None:
    """A short centred note saying the chart has nothing to show (in ``ax.texts``)."""
    ax.text(0.5, y, note, transform=ax.transAxes, ha="center", va="center", fontsize=_FONT["label"],
            color="#444444", bbox={"boxstyle": "round,pad=0.4", "facecolor": "white", "edgecolor": "#BBBBBB"})


def _text_swatches(n: int) -> list[Any]:
    """Legend swatches for ``n`` texts drawn side by side: the bars take their lens's colour,
    so each text is told by its edge style (solid, dashed ...) on a neutral swatch."""
    from matplotlib.patches import Patch

    return [Patch(facecolor="#FFFFFF", edgecolor="#222222", linewidth=1.2, alpha=0.9 if k == 0 else 0.55,
                  linestyle=("-", "--", ":", "-.")[k % 4]) for k in range(n)]


def _lens_axis(ax: "Axes", top: float) -> None:
    ax.set_xticks(range(len(LENSES)), [LENS_TITLES[lens] for lens in LENSES])
    _count_axis(ax, top)


def _short(label: str, n: int = 40) -> str:
    label = " ".join(str(label).split())
    return label if len(label) <= n else label[: n - 1] + "…"


# --------------------------------------------------------------------------- charts


def lens_counts(analysis: Any, *, title: str | None = None) -> "Figure":
    """Bar chart: how many marks each lens found.

    Args:
        analysis: one analysis (or text / article / gold), or a mapping
            ``{name: analysis}`` to draw several texts as grouped bars.
        title: the chart title (a sensible one by default).

    Returns:
        A matplotlib Figure with one Axes; bars in lens order (grouped by text when a
        mapping is given: all bars of the first text, then the second ...). The counts
        axis starts at 0 and has whole-number ticks; when no lens found anything, the
        axis runs from 0 to 1 and a note says "No marks found in this text".

    Example:
        >>> fig = lens_counts({"A": "Talks may resume.", "B": "They imposed sanctions."})
        >>> len(fig.axes[0].patches)
        10
    """
    if isinstance(analysis, Mapping):
        items = [(str(k), count_lenses(v)) for k, v in analysis.items()]
        if not items:
            raise InputError("lens_counts() got an empty mapping: give at least one text.")
    else:
        items = [("", count_lenses(analysis))]
    fig = _figure(7.5, 3.6)
    ax = fig.add_subplot()
    n = len(items)
    width = 0.8 / n
    for k, (name, counts) in enumerate(items):
        offset = (k - (n - 1) / 2) * width
        bars = _lens_bars(ax, counts, offset=offset, width=width, alpha=0.9 if k == 0 else 0.55,
                          label=name or None, values=True)
        if n > 1:
            for bar in bars:  # which text each bar belongs to, under the bar value
                bar.set_linestyle(("-", "--", ":", "-.")[k % 4])
    top = max(max(counts.values(), default=0) for _, counts in items)
    _lens_axis(ax, top)
    if not top:
        _empty_note(ax, NO_MARKS_NOTE if n == 1 else NO_MARKS_NOTE_MANY)
    if n > 1:
        ax.legend(_text_swatches(n), [f"{_short(name, 30)} ({('solid', 'dashed', 'dotted', 'dash-dot')[k % 4]} edge, "
                            f"{'left' if k == 0 else 'right' if k == n - 1 else 'middle'})"
                            for k, (name, _) in enumerate(items)], fontsize=_FONT["tick"], frameon=False)
    default = "Marks found by each lens" + ("" if n == 1 else f" in {n} texts")
    _style(ax, title or default, "Lens", "Number of marks")
    return fig


def escalation_curve_plot(analysis: Any, *, title: str | None = None,
                          label_kinds: bool = False) -> "Figure":
    """Escalation and de-escalation per paragraph (Goldstein-style weights).

    Bars below zero sum the escalation weights of each paragraph (hostile), bars above
    zero the de-escalation weights (cooperative); the black line is their net sum, the
    values of :func:`course.lenses.escalation.escalation_curve`.

    Args:
        analysis: a text, analysis, article or gold annotation.
        title: the chart title.
        label_kinds: write under each paragraph number what the paragraph is when it
            is not body text: "date line" (the header), "sub-heading", "caption".

    Returns:
        A Figure with one Axes: two bar containers (escalation, de-escalation) and one
        line (the net curve, one point per paragraph). The legend belongs to the figure
        (``fig.legends[0]``) and sits below the chart, so it never covers a bar, even
        the one full-width bar of a one-paragraph text. A text with no weighted marks
        gets a -1 ... 1 scale and a note saying so.

    Example:
        >>> fig = escalation_curve_plot("The ministers held talks.\\n\\nThey imposed sanctions.")
        >>> [float(y) for y in fig.axes[0].lines[0].get_ydata()]
        [1.0, -8.0]
    """
    rows = paragraph_intensities(analysis)
    fig = _figure(7.5, 3.6)
    ax = fig.add_subplot()
    xs = [r["paragraph"] + 1 for r in rows]  # paragraphs numbered from 1 for students
    esc = ax.bar(xs, [r["escalation"] for r in rows], width=0.6, color=LENS_COLOURS["escalation"],
                 alpha=0.8, edgecolor="#222222", linewidth=0.6, hatch=LENS_HATCHES["escalation"],
                 label="Escalation (hostile, below 0)")
    de = ax.bar(xs, [r["deescalation"] for r in rows], width=0.6, color=LENS_COLOURS["deescalation"],
                alpha=0.8, edgecolor="#222222", linewidth=0.6, hatch=LENS_HATCHES["deescalation"],
                label="De-escalation (cooperative, above 0)")
    ax.plot(xs, [r["net"] for r in rows], color="#000000", marker="o", linewidth=1.8, markersize=5,
            label="Net (sum of both)")
    ax.axhline(0, color="#777777", linewidth=0.8)
    if label_kinds:
        kinds = {p.index: p.kind for p in _document(as_analysis(analysis)).paragraphs}
        ax.set_xticks(xs, [f"{x}\n{_KIND_LABELS[kinds.get(x - 1, 'body')]}".rstrip() for x in xs])
    else:
        ax.set_xticks(xs)
    if len(xs) > 25:
        ax.xaxis.get_major_locator().set_params(nbins=12)
    if not any(r["escalation"] or r["deescalation"] for r in rows):
        ax.set_ylim(-1, 1)  # not matplotlib's -0.05 ... 0.05 around a flat zero line
        ax.set_yticks([-1, 0, 1])
        _empty_note(ax, NO_CURVE_NOTE, y=0.78)
    # Outside the axes, under the x-axis label (constrained layout makes room for it):
    # inside them ("best") it covered the full-width bar of a one-paragraph text.
    fig.legend(handles=[esc, de, ax.lines[0]], fontsize=_FONT["tick"] - 1, frameon=False,
               loc="outside lower center", ncols=3, columnspacing=1.5, handlelength=1.8)
    _style(ax, title or "Escalation per paragraph", "Paragraph",
           "Intensity (Goldstein scale)\n− hostile · + cooperative")
    return fig


def verb_class_chart(analysis: Any, *, title: str | None = None) -> "Figure":
    """Horizontal bars: the attributions of a text by the class of their reporting verb.

    Every bar carries its number, so a class with no verb shows a visible "0".

    Args:
        analysis: a text, analysis, article or gold annotation.
        title: the chart title.

    Returns:
        A Figure with one Axes: one bar per verb class, in the order of
        :data:`course.labels.VERB_CLASSES` (top to bottom).

    Example:
        >>> fig = verb_class_chart("Lavrov claimed that the talks failed. Putin said it was over.")
        >>> [int(p.get_width()) for p in fig.axes[0].patches]
        [1, 1, 0, 0, 0]
    """
    from .labels import VERB_CLASSES

    analysis = as_analysis(analysis)
    classes = list(VERB_CLASSES)
    counts = {c: 0 for c in classes}
    for a in getattr(analysis, "attributions", []) or []:
        counts[a.verb_class] = counts.get(a.verb_class, 0) + 1
    fig = _figure(7.5, 3.0)
    ax = fig.add_subplot()
    bars = ax.barh(classes, [counts[c] for c in classes], color=LENS_COLOURS["attribution"], alpha=0.85,
                   hatch=LENS_HATCHES["attribution"], edgecolor="#222222", linewidth=0.8)
    ax.bar_label(bars, padding=3, fontsize=_FONT["tick"])
    ax.invert_yaxis()
    _count_axis(ax, max(counts.values(), default=0), which="x", margin=0.12)
    _style(ax, title or "Reporting verbs by class", "Number of attributions", "")
    return fig


def heatmap(matrix: Any, rows: Sequence[str] | None = None, columns: Sequence[str] | None = None,
            *, labels: Sequence[str] | None = None, title: str | None = None) -> "Figure":
    """A grid of squares, darker for bigger numbers, each number written in its square.

    Made for the speaker x lens matrix of :func:`course.voices.speaker_lens_matrix`
    (who carries each lens), but any ``{row: {column: number}}`` mapping works.

    Args:
        matrix: a :class:`course.voices.VoiceMatrix` or a mapping ``{row: {column: n}}``.
        rows, columns: which rows and columns to draw, in order (default: all, as given).
        labels: column headings to show (default: the column names; for a VoiceMatrix,
            "hedges", "boosters", "escalation", "de-escalation").
        title: the chart title.

    Returns:
        A Figure with one Axes holding one image; ``fig.axes[0].texts`` are the numbers.

    Example:
        >>> fig = heatmap({"Lavrov": {"hedge": 1, "booster": 2}, "the writer": {"hedge": 0, "booster": 2}})
        >>> [t.get_text() for t in fig.axes[0].texts]
        ['1', '2', '0', '2']
    """
    counts = getattr(matrix, "counts", matrix)
    if not isinstance(counts, Mapping) or not counts:
        raise InputError("heatmap() needs course.voices.speaker_lens_matrix(...) or {row: {column: number}}.")
    rows = list(rows) if rows is not None else list(getattr(matrix, "rows", counts))
    if columns is None:
        columns = list(getattr(matrix, "columns", next(iter(counts.values()))))
    columns = list(columns)
    if labels is None:
        from .voices import COLUMN_TITLES

        labels = [COLUMN_TITLES.get(c, c) for c in columns]
    values = [[counts[r].get(c, 0) for c in columns] for r in rows]
    fig = _figure(max(5.0, 1.4 * len(columns) + 2.2), max(2.4, 0.55 * len(rows) + 1.4))
    ax = fig.add_subplot()
    top = max((max(v) for v in values if v), default=0) or 1
    ax.imshow(values, cmap="Oranges", vmin=0, vmax=top, aspect="auto")
    ax.set_xticks(range(len(columns)), [_short(x, 18) for x in labels])
    ax.set_yticks(range(len(rows)), [_short(r, 28) for r in rows])
    ax.tick_params(labelsize=_FONT["tick"], length=0)
    ax.xaxis.tick_top()
    for i, row in enumerate(values):
        for j, v in enumerate(row):
            ax.text(j, i, str(v), ha="center", va="center", fontsize=_FONT["label"],
                    color="white" if v > top / 2 else "black")
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.set_title(title or "Marks per voice and lens", fontsize=_FONT["title"], loc="left", pad=12)
    return fig


def compare_chart(a: Any, b: Any, labels: Sequence[str] = ("Text A", "Text B"),
                  *, title: str | None = None) -> "Figure":
    """Two texts side by side: lens counts (left) and net escalation per paragraph (right).

    Args:
        a, b: texts, analyses, articles or gold annotations.
        labels: the names of the two texts in the legend.

    Returns:
        A Figure with two Axes: ``axes[0]`` holds 2 x 5 bars (text A's five lenses, then
        text B's), ``axes[1]`` one line per text (its escalation curve).

    Example:
        >>> fig = compare_chart("Talks may resume.", "They imposed sanctions.", ["calm", "tense"])
        >>> [round(p.get_height()) for p in fig.axes[0].patches][:5]
        [1, 0, 0, 0, 1]
    """
    if isinstance(labels, str) or len(labels) != 2:
        raise InputError("compare_chart() needs two labels, e.g. labels=['Courier', 'Kitwire'].")
    la, lb = (_short(x, 30) for x in labels)
    aa, ab = as_analysis(a), as_analysis(b)
    fig = _figure(11, 4.6)
    ax1, ax2 = fig.subplots(1, 2, width_ratios=[1.1, 1])
    counts_a, counts_b = count_lenses(aa), count_lenses(ab)
    _lens_bars(ax1, counts_a, offset=-0.2, width=0.4, alpha=0.9, label=la)
    bars_b = _lens_bars(ax1, counts_b, offset=0.2, width=0.4, alpha=0.45, label=lb)
    for bar in bars_b:
        bar.set_linestyle("--")
    _lens_axis(ax1, max(*counts_a.values(), *counts_b.values()))
    ax1.tick_params(axis="x", labelrotation=20)
    ax1.legend(_text_swatches(2), [f"{la}: left bars", f"{lb}: right bars (pale, dashed)"],
               fontsize=_FONT["tick"] - 1, frameon=False, loc="upper left", bbox_to_anchor=(0, -0.3))
    _style(ax1, "Marks per lens", "Lens", "Number of marks")
    for k, (an, name) in enumerate(((aa, la), (ab, lb))):
        rows = paragraph_intensities(an)
        ax2.plot([r["paragraph"] + 1 for r in rows], [r["net"] for r in rows], label=name,
                 linewidth=1.8, markersize=5, **SERIES_STYLES[k])
    ax2.axhline(0, color="#777777", linewidth=0.8)
    ax2.xaxis.get_major_locator().set_params(integer=True)
    ax2.legend(fontsize=_FONT["tick"] - 1, frameon=False, loc="upper left", bbox_to_anchor=(0, -0.18))
    _style(ax2, "Net escalation per paragraph", "Paragraph",
           "Intensity (Goldstein scale)\n− hostile · + cooperative")
    if title:
        fig.suptitle(title, fontsize=_FONT["title"])
    return fig


def _progress_rows(data: Any, by: str = "notebook") -> list[dict[str, Any]]:
    """Normalise progress data to ``[{"name", "done", "attempted", "total", "best"}]``."""
    if hasattr(data, f"by_{by}") and not isinstance(data, Mapping):  # course.progress()
        data = getattr(data, f"by_{by}")
    for attr in ("rows", "data", "groups"):
        if hasattr(data, attr) and not isinstance(data, Mapping):
            value = getattr(data, attr)
            data = value() if callable(value) else value
            break
    else:
        if hasattr(data, "to_dict") and not isinstance(data, Mapping):
            data = data.to_dict()
    if isinstance(data, Mapping):
        items: Iterable[tuple[str, Any]] = data.items()
        rows = []
        for name, value in items:
            row = dict(value) if isinstance(value, Mapping) else {"best": value}
            row.setdefault("name", name)
            rows.append(row)
    elif isinstance(data, Iterable):
        rows = [dict(r) for r in data]
    else:
        raise InputError("progress_chart() needs course.progress() or a list of rows.")
    out = []
    for r in rows:
        name = r.get("name") or r.get("notebook") or r.get("lens") or r.get("group") or "?"
        total = r.get("total", r.get("exercises", r.get("n", 0))) or 0
        out.append({
            "name": str(name),
            "done": int(r.get("done", r.get("passed", 0)) or 0),
            "attempted": int(r.get("attempted", 0) or 0),
            "total": int(total),
            "best": r.get("best", r.get("best_score")),
        })
    return out


def progress_chart(data: Any, *, by: str = "notebook", title: str | None = None) -> "Figure":
    """Horizontal bars: exercises done, attempted and left, per notebook or lens.

    Args:
        data: ``course.progress()`` (its ``by_notebook`` or ``by_lens`` groups), a
            mapping ``{name: {"done": 2, "attempted": 3, "total": 5, "best": 0.8}}``, or a
            list of such rows with a ``name`` (or ``notebook`` / ``lens``) key.
        by: ``"notebook"`` or ``"lens"``: which groups of ``course.progress()`` to draw.

    Returns:
        A Figure with one Axes; for each row a "done" bar, an "attempted, not yet
        passed" bar stacked on it, and a pale "not tried" bar up to the total.

    Example:
        >>> fig = progress_chart({"02-hedging": {"done": 2, "attempted": 3, "total": 5}})
        >>> [float(p.get_width()) for p in fig.axes[0].patches]
        [2.0, 1.0, 2.0]
    """
    if by not in ("notebook", "lens"):
        raise InputError("by should be 'notebook' or 'lens'.")
    rows = _progress_rows(data, by)
    fig = _figure(7.5, max(2.2, 0.55 * len(rows) + 1.4))
    ax = fig.add_subplot()
    if not rows:
        ax.text(0.5, 0.5, "No exercises attempted yet.", ha="center", va="center",
                fontsize=_FONT["label"], transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    names = [_short(r["name"], 28) for r in rows]
    ys = list(range(len(rows)))[::-1]
    done = [r["done"] for r in rows]
    tried = [max(0, r["attempted"] - r["done"]) for r in rows]
    left = [max(0, r["total"] - r["done"] - t) for r, t in zip(rows, tried)]
    ax.barh(ys, done, color="#009E73", edgecolor="#222222", hatch="//", label="Passed")
    ax.barh(ys, tried, left=done, color="#E69F00", edgecolor="#222222", hatch="..",
            label="Tried, not yet passed")
    ax.barh(ys, left, left=[d + t for d, t in zip(done, tried)], color="#DDDDDD",
            edgecolor="#888888", label="Not tried")
    for y, r in zip(ys, rows):
        best = r["best"]
        note = f"{r['done']}/{r['total']}" if r["total"] else f"{r['done']} passed"
        if isinstance(best, (int, float)) and (r["attempted"] or r["done"]):
            note += f" · best {best:.0%}" if best <= 1 else f" · best {best}"
        ax.annotate(note, (max(r["total"], r["attempted"], r["done"]), y), xytext=(4, 0),
                    textcoords="offset points", va="center", fontsize=_FONT["tick"] - 1)
    ax.set_yticks(ys, names)
    _count_axis(ax, max(max(r["total"], r["attempted"], r["done"]) for r in rows), which="x", margin=0.2)
    ax.legend(fontsize=_FONT["tick"] - 1, frameon=False, loc="upper center",
              bbox_to_anchor=(0.5, -0.22 if len(rows) < 4 else -0.12), ncols=3)
    _style(ax, title or f"Your progress per {by}", "Exercises", "")
    return fig


def to_png(fig: "Figure", dpi: int = 100) -> bytes:
    """Render a figure to PNG bytes (for an ``ipywidgets.Image`` or a file)."""
    import io

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor=PAGE_COLOUR, transparent=False)
    return buf.getvalue()


__all__ = [
    "LENS_COLOURS", "LENS_HATCHES", "as_analysis", "compare_chart", "count_lenses",
    "escalation_curve_plot", "heatmap", "lens_counts", "paragraph_intensities", "progress_chart", "to_png",
    "verb_class_chart",
]
