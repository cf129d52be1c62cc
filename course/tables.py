"""Small tables for the notebooks: who says what, whose voice, how many marks.

Every function returns a :class:`Table`: in Jupyter it shows itself as an HTML table
(every cell escaped, long text wrapping between words), and ``repr()`` gives aligned
plain text for a terminal. No widget or chart library is imported.

Example (the seed article's gold annotation):
    >>> from course.datasets import load_gold
    >>> t = attribution_table(load_gold("lavrov-asymmetric-steps-2021"), columns=["source", "cue", "via"])
    >>> t.columns
    ['#', 'source', 'cue', 'via']
    >>> t.rows[-2]
    [12, 'Putin', 'was quoted as saying', 'ABC News']
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from .errors import InputError

#: What an empty cell shows.
DASH = "–"

_STYLE = (
    "border-collapse:collapse;margin:0.3em 0;font-size:0.95em;"
)
_CELL = "border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top;" \
        "white-space:normal;word-break:normal;overflow-wrap:normal"


def _text(value: Any) -> str:
    if value is None or value == "":
        return DASH
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, (list, tuple)):
        return ", ".join(_text(v) for v in value) if value else DASH
    return str(value)


@dataclass
class Table:
    """A titled table of rows; shows itself as HTML in Jupyter.

    Attributes:
        columns: the column headings.
        rows: the rows, each a list as long as ``columns`` (None shows as a dash,
            a float with two decimals, a list as comma-separated items).
        title: an optional caption.
        bold: indices of columns shown in bold.
    """

    columns: list[str]
    rows: list[list[Any]]
    title: str | None = None
    bold: Sequence[int] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        for r in self.rows:
            if len(r) != len(self.columns):
                raise InputError(f"A table row has {len(r)} cells for {len(self.columns)} columns.")

    def column(self, name: str) -> list[Any]:
        """The values of one column."""
        i = self.columns.index(name)
        return [r[i] for r in self.rows]

    def _repr_html_(self) -> str:
        esc = html.escape
        cap = f'<caption style="text-align:left;font-weight:bold">{esc(self.title)}</caption>' if self.title else ""
        head = "".join(f'<th style="{_CELL}">{esc(c)}</th>' for c in self.columns)
        body = []
        for r in self.rows:
            cells = []
            for i, v in enumerate(r):
                t = esc(_text(v))
                cells.append(f'<td style="{_CELL}">{"<b>" + t + "</b>" if i in self.bold else t}</td>')
            body.append("<tr>" + "".join(cells) + "</tr>")
        return (f'<table class="course-table" style="{_STYLE}">{cap}<thead><tr>{head}</tr></thead>'
                f"<tbody>{''.join(body)}</tbody></table>")

    def __repr__(self) -> str:
        grid = [list(self.columns)] + [[_text(v) for v in r] for r in self.rows]
        widths = [max(len(row[i]) for row in grid) for i in range(len(self.columns))]
        lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in grid]
        lines.insert(1, "  ".join("-" * w for w in widths))
        return "\n".join(([self.title] if self.title else []) + lines)


#: The columns :func:`attribution_table` can show, with their headings.
ATTRIBUTION_COLUMNS: dict[str, str] = {
    "source": "source",
    "cue": "cue",
    "verb_class": "verb class",
    "kind": "kind",
    "via": "via",
    "content": "content",
}


def attribution_table(analysis_or_gold: Any, columns: Iterable[str] | None = None,
                      *, title: str | None = None) -> Table:
    """Every attribution as a table row (see :func:`course.voices.attribution_rows`).

    Args:
        analysis_or_gold: an analysis, a gold annotation, an article or a text.
        columns: which of ``source``, ``cue``, ``verb_class``, ``kind``, ``via``,
            ``content`` to show, in order (default: all six).
        title: an optional caption.

    Example:
        >>> t = attribution_table("Moscow will respond, Lavrov said.")
        >>> t.rows
        [[1, 'Lavrov', 'said', 'neutral', 'indirect', None, 'Moscow will respond']]
    """
    from .voices import attribution_rows

    chosen = list(columns) if columns is not None else list(ATTRIBUTION_COLUMNS)
    unknown = [c for c in chosen if c not in ATTRIBUTION_COLUMNS]
    if unknown:
        raise InputError(f"Unknown column(s) {', '.join(unknown)}. Choose from: {', '.join(ATTRIBUTION_COLUMNS)}.")
    rows = [[r["number"], *(r[c] for c in chosen)] for r in attribution_rows(analysis_or_gold)]
    bold = (1 + chosen.index("cue"),) if "cue" in chosen else ()
    return Table(["#", *(ATTRIBUTION_COLUMNS[c] for c in chosen)], rows, title, bold)


def speaker_table(analysis_or_gold: Any, speakers: Mapping[str, str] | None = None,
                  *, title: str | None = None) -> Table:
    """One row per speaker: how many attributions, and the names the text uses.

    Speakers are resolved by :func:`course.voices.resolve_speakers` (``speakers``
    overrides the rules for some sources as written).

    Example:
        >>> from course.datasets import load_gold
        >>> t = speaker_table(load_gold("lavrov-asymmetric-steps-2021"), {"the US": "the United States"})
        >>> [(r[0], r[1]) for r in t.rows]
        [('Lavrov', 9), ('Sputnik', 1), ('Putin', 2), ('the United States', 1)]
    """
    from .voices import NO_SOURCE, _subject, resolve_speakers

    subject = _subject(analysis_or_gold)
    names: dict[str, dict[str, set]] = {}
    counts: dict[str, int] = {}
    for k, (a, speaker) in enumerate(zip(subject.attributions, resolve_speakers(subject, speakers))):
        written = a.source.text if a.source is not None else NO_SOURCE
        per = names.setdefault(speaker, {})
        # a name is used once where it is written: "Lavrov ..., adding that ..." shares one "Lavrov"
        per.setdefault(written, set()).add((a.source.start, a.source.end) if a.source is not None else k)
        counts[speaker] = counts.get(speaker, 0) + 1
    rows = [[speaker, counts[speaker],
             "; ".join(f"“{n}” ×{len(places)}" if len(places) > 1 else f"“{n}”" for n, places in per.items())]
            for speaker, per in names.items()]
    return Table(["speaker", "attributions", "names as written (× times written)"], rows, title, (0,))


def unattributed_table(analysis_or_gold: Any, *, title: str | None = None) -> Table:
    """The sentences in the writer's own voice that make a claim with no source.

    Example:
        >>> from course.datasets import load_gold
        >>> t = unattributed_table(load_gold("lavrov-asymmetric-steps-2021"))
        >>> t.rows[0]
        [1, 'This is a major violation of the Russia-NATO Founding Act.']
    """
    from .voices import _subject

    spans = getattr(_subject(analysis_or_gold), "unattributed", []) or []
    return Table(["#", "sentence in the writer's own voice, with no source"],
                 [[n, s.text] for n, s in enumerate(spans, start=1)], title)


def verb_class_table(texts: Mapping[str, Any], *, title: str | None = None) -> Table:
    """Reporting verbs by class, one column per text: the number and the cues.

    Args:
        texts: ``{name: text, article, analysis or gold}``.

    Example:
        >>> t = verb_class_table({"A": "Talks may resume, Lavrov said.", "B": "Lavrov claimed that the talks failed."})
        >>> t.rows[0], t.rows[1]
        (['neutral', '1: said', '0'], ['distancing', '0', '1: claimed'])
    """
    from .labels import VERB_CLASSES
    from .voices import _subject

    if not texts:
        raise InputError("verb_class_table() needs at least one text: {name: text}.")
    found = {name: _subject(obj).attributions for name, obj in texts.items()}
    rows = []
    for vc in VERB_CLASSES:
        row: list[Any] = [vc]
        for name in texts:
            cues = [a.cue.text for a in found[name] if a.verb_class == vc]
            row.append(f"{len(cues)}: {', '.join(cues)}" if cues else "0")
        rows.append(row)
    return Table(["verb class", *texts], rows, title, (0,))


def lens_table(texts: Mapping[str, Any], *, title: str | None = None) -> Table:
    """Marks per lens, one row per text: hedges, boosters, escalation, de-escalation,
    attributions, and sentences with no source.

    Example:
        >>> lens_table({"A": "Talks may resume, Lavrov said."}).rows
        [['A', 1, 0, 0, 1, 1, 0]]
    """
    from .voices import _subject

    rows = []
    for name, obj in texts.items():
        s = _subject(obj)
        per = [len([a for a in s.annotations if a.category == c])
               for c in ("hedge", "booster", "escalation", "deescalation")]
        rows.append([name, *per, len(s.attributions), len(getattr(s, "unattributed", []) or [])])
    return Table(["text", "hedges", "boosters", "escalation", "de-escalation", "attributions", "no source"],
                 rows, title, (0,))


def escalation_table(texts: Mapping[str, Any], *, title: str | None = None) -> Table:
    """Escalation in figures, one row per text: the number of escalation and
    de-escalation phrases, the sum and average of their weights, and the escalation
    phrases in the writer's own voice (outside every attribution's content).

    Example:
        >>> t = escalation_table({"A": "They imposed sanctions."})
        >>> t.rows
        [['A', 1, 0, -8.0, -8.0, ['imposed sanctions']]]
    """
    from .lenses.escalation.weights import carries_weight
    from .voices import WRITER, _subject, _voices, resolve_speakers

    rows = []
    for name, obj in texts.items():
        s = _subject(obj)
        hostile = [a for a in s.annotations if a.category == "escalation"]
        calm = [a for a in s.annotations if a.category == "deescalation"]
        weights = [a.intensity for a in hostile + calm if carries_weight(a)]  # a denied event weighs nothing
        voices = _voices(s, hostile, resolve_speakers(s))
        own = [a.text for a, v in zip(hostile, voices) if v == WRITER]
        rows.append([name, len(hostile), len(calm), round(sum(weights), 2),
                     round(sum(weights) / len(weights), 2) if weights else None, own])
    return Table(["text", "escalation", "de-escalation", "sum of weights", "average weight",
                  "escalation in the writer's own voice"], rows, title, (0,))


def evaluation_table(evaluations: Any, lenses: Iterable[str] | None = None, mode: str = "exact",
                     *, title: str | None = None) -> Table:
    """Chosen rows of one or more evaluations, in words a student can read.

    Args:
        evaluations: a :class:`course.evaluation.Evaluation`, or ``{name: Evaluation}``
            for several texts (a first column names the text).
        lenses: the rows to show (default: all), e.g. ``["escalation", "deescalation"]``.
        mode: ``"exact"`` or ``"overlap"``.

    Columns: gold (how many in the answer key), found (by the analyzer), right,
    missed, extra, precision, recall, F1.

    Example:
        >>> from course.evaluation import evaluate
        >>> seed = "lavrov-asymmetric-steps-2021"
        >>> t = evaluation_table(evaluate(None, seed), ["hedge"])
        >>> t.rows
        [['hedge', 1, 1, 1, 0, 0, 1.0, 1.0, 1.0]]
    """
    from .evaluation import ROW_LENSES

    items = list(evaluations.items()) if isinstance(evaluations, Mapping) else [(None, evaluations)]
    chosen = list(lenses) if lenses is not None else list(ROW_LENSES)
    rows = []
    for name, ev in items:
        for lens in chosen:
            r = ev.row(lens, mode)
            row = [r.lens, r.gold, r.predicted, r.tp, r.fn, r.fp, r.precision, r.recall, r.f1]
            rows.append(([name] if name is not None else []) + row)
    head = ["part" if mode == "exact" else "part (overlap)", "gold", "found", "right", "missed", "extra",
            "precision", "recall", "F1"]
    if isinstance(evaluations, Mapping):
        head = ["text", *head]
    return Table(head, rows, title, (len(head) - 1,))


__all__ = [
    "ATTRIBUTION_COLUMNS", "Table", "attribution_table", "escalation_table", "evaluation_table",
    "lens_table", "speaker_table", "unattributed_table", "verb_class_table",
]
