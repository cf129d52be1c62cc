"""Score an analysis against a gold annotation: precision, recall and F1 per lens.

Rows (``lens`` names):

- ``hedge``, ``booster``, ``escalation``, ``deescalation``: annotation spans of that
  category (a match needs the same category; the label is compared separately and
  reported as ``label_accuracy``, the share of matched pairs with the same label);
- ``attribution cue``, ``attribution source``, ``attribution content``: the spans
  of the attribution relations (``label_accuracy`` of the cue row compares the
  verb class of matched cues);
- ``unattributed``: the sentences in the writer's own voice.

Each row comes in two modes:

- ``exact``: a predicted span counts only if it has the same start and end as a
  gold span;
- ``overlap``: a predicted span counts if it shares at least one character with a
  gold span; pairs are matched one to one, greedily, largest overlap first.

Zero division: with no gold spans and no predicted spans for a row, precision,
recall and F1 are all 1.0 (nothing to find, nothing wrongly found). With gold
spans but no predictions, precision is 0.0 (and recall 0.0); with predictions but
no gold, recall is 0.0 (and precision 0.0). F1 is 0.0 whenever P + R is 0.

Example (hand-made spans):
    >>> gold = [(0, 6), (10, 20)]
    >>> pred = [(0, 6), (12, 18), (30, 35)]
    >>> match_spans(gold, pred, "exact")
    [((0, 6), (0, 6))]
    >>> match_spans(gold, pred, "overlap")
    [((0, 6), (0, 6)), ((10, 20), (12, 18))]
    >>> prf(tp=2, fp=1, fn=0)
    (0.6667, 1.0, 0.8)
"""

from __future__ import annotations

import html
from dataclasses import asdict, dataclass
from typing import Any, Iterable

from .errors import InputError

MODES: tuple[str, ...] = ("exact", "overlap")

#: The rows of an evaluation, in display order.
ROW_LENSES: tuple[str, ...] = (
    "hedge",
    "booster",
    "escalation",
    "deescalation",
    "attribution cue",
    "attribution source",
    "attribution content",
    "unattributed",
)

#: Other names accepted by :meth:`Evaluation.f1` for a row.
ALIASES: dict[str, str] = {
    "hedging": "hedge",
    "hedges": "hedge",
    "boosting": "booster",
    "boosters": "booster",
    "de-escalation": "deescalation",
    "cue": "attribution cue",
    "source": "attribution source",
    "content": "attribution content",
}

Pair = tuple[tuple[int, int], tuple[int, int]]


def _r(x: float) -> float:
    return round(x, 4)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from counts, with the module's zero-division rule.

    >>> prf(0, 0, 0)
    (1.0, 1.0, 1.0)
    >>> prf(0, 0, 3)
    (0.0, 0.0, 0.0)
    >>> prf(1, 1, 1)
    (0.5, 0.5, 0.5)
    """
    if tp + fp + fn == 0:
        return 1.0, 1.0, 1.0
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return _r(p), _r(r), _r(f)


def match_spans(
    gold: Iterable[tuple[int, int]], pred: Iterable[tuple[int, int]], mode: str = "overlap"
) -> list[Pair]:
    """Match gold and predicted ``(start, end)`` spans one to one.

    Args:
        gold, pred: spans as ``(start, end)`` pairs (duplicates are ignored).
        mode: ``"exact"`` (same start and end) or ``"overlap"`` (at least one
            shared character; largest overlap first, ties broken by position).

    Returns:
        The matched ``(gold, pred)`` pairs, sorted by gold position.

    In exact mode the number of pairs is the size of the set intersection, the
    count behind ``nltk.metrics.scores.precision`` and ``recall``:

    >>> from nltk.metrics.scores import precision
    >>> g, p = {(0, 6), (10, 20)}, {(0, 6), (12, 18)}
    >>> len(match_spans(g, p, "exact")) / len(p) == precision(g, p)
    True
    """
    if mode not in MODES:
        raise InputError(f"Unknown mode {mode!r}. Valid modes: {', '.join(MODES)}.")
    g = sorted(set(gold))
    p = sorted(set(pred))
    if mode == "exact":
        ps = set(p)
        return [(s, s) for s in g if s in ps]
    candidates = []
    for gs in g:
        for ps_ in p:
            ov = min(gs[1], ps_[1]) - max(gs[0], ps_[0])
            if ov > 0:
                candidates.append((-ov, gs, ps_))
    candidates.sort()
    used_g: set[tuple[int, int]] = set()
    used_p: set[tuple[int, int]] = set()
    pairs = []
    for _, gs, ps_ in candidates:
        if gs in used_g or ps_ in used_p:
            continue
        used_g.add(gs)
        used_p.add(ps_)
        pairs.append((gs, ps_))
    return sorted(pairs)


@dataclass(frozen=True)
class Row:
    """One line of an evaluation: a lens in one matching mode."""

    lens: str
    mode: str
    tp: int
    fp: int
    fn: int
    precision: float
    recall: float
    f1: float
    gold: int
    predicted: int
    label_accuracy: float | None = None  # share of matched pairs with the same label

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _score(
    lens: str, gold: dict[tuple[int, int], str | None], pred: dict[tuple[int, int], str | None]
) -> list[Row]:
    rows = []
    for mode in MODES:
        pairs = match_spans(gold, pred, mode)
        tp = len(pairs)
        fp, fn = len(pred) - tp, len(gold) - tp
        p, r, f = prf(tp, fp, fn)
        acc = None
        if pairs and any(v is not None for v in gold.values()):
            acc = _r(sum(gold[g] == pred[q] for g, q in pairs) / len(pairs))
        rows.append(Row(lens, mode, tp, fp, fn, p, r, f, len(gold), len(pred), acc))
    return rows


def _spans(items: Iterable[Any], label: str | None = None) -> dict[tuple[int, int], str | None]:
    out: dict[tuple[int, int], str | None] = {}
    for x in items:
        if x is None:
            continue
        out.setdefault((x.start, x.end), getattr(x, label) if label else None)
    return out


def _attribution_spans(obj: Any) -> dict[str, dict[tuple[int, int], str | None]]:
    attrs = list(getattr(obj, "attributions", []) or [])
    marks = [a for a in getattr(obj, "annotations", []) or [] if a.category == "attribution"]
    # the cue row's label is the verb class (the first relation's, for a shared cue)
    cue: dict[tuple[int, int], str | None] = {(a.cue.start, a.cue.end): a.verb_class for a in reversed(attrs)}
    for a in marks:
        if a.label == "cue":
            cue.setdefault((a.start, a.end), None)
    source = _spans([a.source for a in attrs])
    source.update({k: None for k in _spans([a for a in marks if a.label == "source"]) if k not in source})
    content = _spans([a.content for a in attrs])
    un = _spans(getattr(obj, "unattributed", []) or [])
    un.update({k: None for k in _spans([a for a in marks if a.label == "unattributed"]) if k not in un})
    return {
        "attribution cue": cue,
        "attribution source": source,
        "attribution content": content,
        "unattributed": un,
    }


class Evaluation:
    """Scores of one analysis against one gold annotation.

    Attributes:
        rows: one :class:`Row` per lens and mode, in :data:`ROW_LENSES` order.
        article: the gold article's name.
    """

    def __init__(self, rows: list[Row], article: str = "") -> None:
        self.rows = rows
        self.article = article

    def row(self, lens: str, mode: str = "overlap") -> Row:
        """The row of one lens in one mode (lens aliases such as ``"hedging"`` work)."""
        name = ALIASES.get(lens, lens)
        if mode not in MODES:
            raise InputError(f"Unknown mode {mode!r}. Valid modes: {', '.join(MODES)}.")
        for r in self.rows:
            if r.lens == name and r.mode == mode:
                return r
        raise InputError(f"No row {lens!r}. Rows: {', '.join(ROW_LENSES)}.")

    def f1(self, lens: str, mode: str = "overlap") -> float:
        """F1 of one lens, e.g. ``ev.f1("hedge")`` or ``ev.f1("attribution cue", "exact")``."""
        return self.row(lens, mode).f1

    def precision(self, lens: str, mode: str = "overlap") -> float:
        return self.row(lens, mode).precision

    def recall(self, lens: str, mode: str = "overlap") -> float:
        return self.row(lens, mode).recall

    def table(self) -> str:
        """The scores as an aligned plain-text table."""
        head = ["lens", "mode", "gold", "pred", "tp", "fp", "fn", "P", "R", "F1", "label acc"]
        body = [
            [
                r.lens, r.mode, str(r.gold), str(r.predicted), str(r.tp), str(r.fp), str(r.fn),
                f"{r.precision:.2f}", f"{r.recall:.2f}", f"{r.f1:.2f}",
                "-" if r.label_accuracy is None else f"{r.label_accuracy:.2f}",
            ]
            for r in self.rows
        ]
        widths = [max(len(x[i]) for x in [head, *body]) for i in range(len(head))]

        def line(cells: list[str]) -> str:
            return "  ".join(
                c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))
            ).rstrip()

        out = [line(head), line(["-" * w for w in widths])]
        out += [line(b) for b in body]
        return "\n".join(out)

    def _repr_html_(self) -> str:
        esc = html.escape
        cap = f"<caption>Evaluation against gold: {esc(self.article)}</caption>" if self.article else ""
        head = "".join(
            f"<th>{h}</th>" for h in ["lens", "mode", "gold", "pred", "TP", "FP", "FN", "P", "R", "F1", "label acc"]
        )
        rows = []
        for r in self.rows:
            acc = "–" if r.label_accuracy is None else f"{r.label_accuracy:.2f}"
            rows.append(
                f"<tr><td>{esc(r.lens)}</td><td>{r.mode}</td><td>{r.gold}</td><td>{r.predicted}</td>"
                f"<td>{r.tp}</td><td>{r.fp}</td><td>{r.fn}</td><td>{r.precision:.2f}</td>"
                f"<td>{r.recall:.2f}</td><td><strong>{r.f1:.2f}</strong></td><td>{acc}</td></tr>"
            )
        return (
            '<table class="course-evaluation">' + cap + f"<thead><tr>{head}</tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>"
        )

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "rows": [r.to_dict() for r in self.rows]}

    def __repr__(self) -> str:
        inner = ", ".join(f"{lens}={self.f1(lens):.2f}" for lens in ROW_LENSES)
        return f"<Evaluation {self.article or ''} overlap F1: {inner}>"


def evaluate(analysis: Any, gold: Any) -> Evaluation:
    """Compare an analysis with a gold annotation, lens by lens, in exact and overlap modes.

    Args:
        analysis: the result of :func:`course.analyze` (a text string is analysed
            first; None analyses the gold's own text).
        gold: a :class:`course.datasets.Gold`, or the name of a kit article with a
            gold annotation (see :func:`course.datasets.load_gold`).

    Returns:
        An :class:`Evaluation` (``.rows``, ``.f1(lens, mode)``, ``.table()``).

    Raises:
        InputError: when the analysis is of another text than the gold.
        DatasetError: when the named article has no gold annotation.

    Example (a gold annotation of one sentence, made by hand):
        >>> from course.datasets import Gold
        >>> from course.model import Annotation
        >>> text = "Russia will, of course, react."
        >>> g = Gold("demo", text, [Annotation(13, 22, "of course", "booster", "concurrence", "")], [], [])
        >>> ev = evaluate(g, g)   # a gold scored against itself is perfect
        >>> ev.f1("booster", "exact"), ev.f1("hedge")
        (1.0, 1.0)
    """
    if isinstance(gold, str):
        from .datasets import load_gold

        gold = load_gold(gold)
    if not hasattr(gold, "annotations") or not hasattr(gold, "text"):
        raise InputError(f"gold should be a Gold annotation or an article name, not {type(gold).__name__}.")
    if analysis is None or isinstance(analysis, str):
        from .analysis import analyze

        analysis = analyze(gold.text if analysis is None else analysis)
    if not hasattr(analysis, "annotations"):
        raise InputError(f"Please pass the result of course.analyze(), not {type(analysis).__name__}.")
    if analysis.text != gold.text:
        raise InputError(
            "The analysis and the gold annotation are of different texts: analyse the gold's text "
            "(e.g. course.analyze(course.load_article(name).text))."
        )
    rows: list[Row] = []
    for cat in ("hedge", "booster", "escalation", "deescalation"):
        g = _spans([a for a in gold.annotations if a.category == cat], "label")
        p = _spans([a for a in analysis.annotations if a.category == cat], "label")
        rows += _score(cat, g, p)
    ga, pa = _attribution_spans(gold), _attribution_spans(analysis)
    for lens in ("attribution cue", "attribution source", "attribution content", "unattributed"):
        rows += _score(lens, ga[lens], pa[lens])
    return Evaluation(rows, getattr(gold, "article", ""))


# --------------------------------------------------------------------- a student's marks


@dataclass
class SelectionComparison:
    """Three readers of one exercise passage, word by word: you, the analyzer, the gold.

    Attributes:
        exercise: the exercise id.
        category: the mark category compared (e.g. ``"escalation"``).
        readers: ``{"You": {word indices}, "The analyzer": {...}, "The gold": {...}}``;
            indices are those of the passage's tokens (punctuation left out).
        phrases: the same selections as neighbouring words joined into phrases.
        f1: word-level F1 of each pair: ``("You", "The gold") -> 0.8`` ...
        only_yours: phrases you marked that the gold does not.
        only_gold: phrases the gold marks that you did not.
        used_example: True when you had marked nothing and an example selection stood in.
    """

    exercise: str
    category: str
    readers: dict[str, set[int]]
    phrases: dict[str, list[str]]
    f1: dict[tuple[str, str], float]
    only_yours: list[str]
    only_gold: list[str]
    used_example: bool = False

    def rows(self) -> list[list[Any]]:
        """``[reader, phrases marked, F1 against the gold]`` for each reader."""
        return [[name, self.phrases[name], self.f1.get((name, "The gold"), 1.0)] for name in self.readers]

    def _table(self) -> Any:
        from .tables import Table

        return Table(["reader", f"words marked as {self.category}", "F1 against the gold"], self.rows(),
                     bold=(0,))

    def _repr_html_(self) -> str:
        esc = html.escape
        note = ("<p><b>You have not marked anything yet</b>, so “You” is an <b>example</b> selection.</p>"
                if self.used_example else "")

        def phrases(items: list[str]) -> str:
            return esc(", ".join(f"“{p}”" for p in items)) if items else "(nothing)"

        you_analyzer = self.f1[("You", "The analyzer")]
        analyzer_gold = self.f1[("The analyzer", "The gold")]
        return (
            note + self._table()._repr_html_()
            + f"<p>Word-level F1, you against the analyzer: <b>{you_analyzer:.2f}</b>; "
            f"the analyzer against the gold: <b>{analyzer_gold:.2f}</b>.</p>"
            + f"<p><b>Marked by you, not by the gold:</b> {phrases(self.only_yours)}<br>"
            + f"<b>Marked by the gold, not by you:</b> {phrases(self.only_gold)}</p>"
        )

    def __repr__(self) -> str:
        lines = [repr(self._table())]
        if self.used_example:
            lines.insert(0, "You have not marked anything yet: 'You' is an example selection.")
        lines.append("Marked by you, not by the gold: " + ("; ".join(self.only_yours) or "(nothing)"))
        lines.append("Marked by the gold, not by you: " + ("; ".join(self.only_gold) or "(nothing)"))
        return "\n".join(lines)


def compare_selection(exercise_id: str, selection: Any = None, *, example: Any = None,
                      category: str = "escalation", analysis: Any = None) -> SelectionComparison:
    """Compare your marks in a span-select exercise with the analyzer's and the gold's.

    The exercise's passage must come from a kit article with a gold annotation (its
    ``source.article``). The three selections are compared word by word (punctuation
    is ignored) with the same F1 as :func:`evaluate`.

    Args:
        exercise_id: a span-select exercise, e.g. ``"together-05"``.
        selection: your marks: the exercise panel itself (anything with ``.selected``),
            token indices of the passage, phrases typed as strings, or a list mixing
            them (``[panel, ["hit rock bottom"]]``).
        example: phrases to use instead when ``selection`` marks nothing (the result
            then says ``used_example``).
        category: which marks of the analyzer and the gold to compare.
        analysis: the analyzer's result for the article (computed when omitted).

    Returns:
        A :class:`SelectionComparison`; in Jupyter it shows itself as a small table.

    Example (the last paragraph of the seed article):
        >>> c = compare_selection("together-05", ["warship", "hit rock bottom"])
        >>> c.phrases["You"]
        ['warship', 'hit rock bottom']
        >>> round(c.f1[("You", "The gold")], 2), c.f1[("The analyzer", "The gold")]
        (0.2, 1.0)
    """
    from .datasets import load_article, load_gold
    from .exercises import get
    from .grading import match_phrases, tokens_of

    ex = get(exercise_id)
    source = ex.source if isinstance(ex.source, dict) else {}
    name = source.get("article")
    if ex.type != "span-select" or not name or not ex.passage:
        raise InputError(f"{exercise_id} is not a span-select exercise on a kit article.")
    passage = ex.passage
    text = load_article(name).text
    base = text.index(passage)
    tokens = tokens_of(passage)
    words = [t for t in tokens if any(ch.isalnum() for ch in t.text)]
    word_ids = {t.index for t in words}

    def flat(sel: Any) -> list[Any]:
        if sel is None:
            return []
        if hasattr(sel, "selected"):  # the exercise panel
            return flat(list(sel.selected))
        if isinstance(sel, (str, int)):
            return [sel]
        return [x for item in sel for x in flat(item)]

    def chosen(sel: Any) -> set[int]:
        items = flat(sel)
        ids = {x for x in items if isinstance(x, int)}
        found, _ = match_phrases(tokens, [x for x in items if isinstance(x, str) and x.strip()])
        return (ids | {i for group in found for i in group}) & word_ids

    def marked(marks: Any) -> set[int]:
        spans = [(m.start - base, m.end - base) for m in marks if m.category == category]
        return {t.index for t in words if any(s <= t.start < e for s, e in spans)}

    def as_phrases(ids: set[int]) -> list[str]:
        runs, run = [], []
        for t in words:
            if t.index in ids:
                run.append(t)
            elif run:
                runs.append(run)
                run = []
        if run:
            runs.append(run)
        return [passage[r[0].start : r[-1].end] for r in runs]

    def f1(a: set[int], b: set[int]) -> float:
        return prf(len(a & b), len(a - b), len(b - a))[2]

    yours = chosen(selection)
    used_example = False
    if not yours and example is not None:
        yours, used_example = chosen(example), True
    if analysis is None:
        from .analysis import analyze

        analysis = analyze(text)
    readers = {"You": yours, "The analyzer": marked(analysis.annotations),
               "The gold": marked(load_gold(name).annotations)}
    pairs = [("You", "The gold"), ("You", "The analyzer"), ("The analyzer", "The gold")]
    return SelectionComparison(
        exercise_id, category, readers, {k: as_phrases(v) for k, v in readers.items()},
        {(a, b): f1(readers[a], readers[b]) for a, b in pairs},
        as_phrases(yours - readers["The gold"]), as_phrases(readers["The gold"] - yours), used_example,
    )
