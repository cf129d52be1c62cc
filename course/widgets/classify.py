"""Classify: give each highlighted phrase of a passage one label.

The passage is shown with the phrases to classify in bold and numbered; under it,
one row per phrase: the phrase, a dropdown of labels (starting at "choose…"), and
after **Check** a ✓ or ✗. The right label of a wrong item is not shown until the
exercise is passed or the solution has been shown.
"""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as W

from .common import MARK_RIGHT, MARK_WRONG, ExerciseWidget, _engine, fetch

#: The dropdown's first entry: no label chosen yet (its value is "", since a
#: dropdown whose value is None shows an empty box in the browser).
PLACEHOLDER = "choose…"


def _item_spans(text: str, items: list[str]) -> list[tuple[int, int, int]]:
    """``(start, end, item index)`` of each item's first free occurrence, in reading order."""
    spans: list[tuple[int, int, int]] = []
    used: list[tuple[int, int]] = []
    low = text.lower()
    for k, item in enumerate(items):
        pos = 0
        while True:
            i = low.find(item.lower(), pos)
            if i < 0:
                break
            if not any(i < e and s < i + len(item) for s, e in used):
                spans.append((i, i + len(item), k))
                used.append((i, i + len(item)))
                break
            pos = i + 1
    return sorted(spans)


def reading_order(text: str, items: list[str]) -> list[int]:
    """The item indices in the order the items appear in the passage (items not
    found come last, in their own order). Items are numbered 1, 2, 3 ... in this order.

    >>> reading_order("Moscow may react, Lavrov said.", ["said", "may", "snow"])
    [1, 0, 2]
    """
    found = [k for _s, _e, k in _item_spans(text, items)]
    return found + [k for k in range(len(items)) if k not in found]


def passage_with_items(text: str, items: list[str]) -> str:
    """The passage as HTML with each item (first free occurrence) in bold, numbered
    in reading order (the same numbers as the rows under the passage).

    >>> passage_with_items("Moscow may react, Lavrov said.", ["said", "may"])
    '<p>Moscow <b>may<sup>1</sup></b> react, Lavrov <b>said<sup>2</sup></b>.</p>'
    """
    number = {k: n for n, k in enumerate(reading_order(text, items), 1)}
    out, prev = [], 0
    for s, e, k in _item_spans(text, items):
        out.append(html.escape(text[prev:s]))
        out.append(f"<b>{html.escape(text[s:e])}<sup>{number[k]}</sup></b>")
        prev = e
    out.append(html.escape(text[prev:]))
    return "<p>" + "".join(out).replace("\n\n", "</p><p>") + "</p>"


class ClassifyWidget(ExerciseWidget):
    """The classify exercise widget.

    The rows under the passage are in reading order and numbered like the passage
    (1 = the first item in the text), whatever the order of the items in the bank;
    ``items``, ``dropdowns`` and ``marks`` keep the bank's order.

    Attributes:
        items: the phrases to classify, in the bank's order.
        order: the item indices in reading order (row 1 first).
        labels: the labels to choose from.
        dropdowns: one ``Dropdown`` per item (value "" = still on "choose…").
        marks: one ``HTML`` per item, showing ✓ / ✗ after a check.
        results: item index -> True / False after a check.
    """

    shows_passage = True

    def build_body(self) -> W.Widget:
        self.items = [str(i) for i in (fetch(self.exercise, "items", []) or [])]
        self.labels = [str(x) for x in (fetch(self.exercise, "labels", []) or [])]
        self.results: dict[int, bool] = {}
        try:
            text = _engine().passage(self.exercise_id)
        except Exception:
            text = ""
        self.passage_html = W.HTML(
            "<div style='border:1px solid rgba(127,127,127,.35);padding:4px 8px;line-height:1.8'>"
            + passage_with_items(text, self.items) + "</div>" if text else ""
        )
        self.order = reading_order(text, self.items)
        number = {k: n for n, k in enumerate(self.order, 1)}
        self.dropdowns: list[W.Dropdown] = []
        self.marks: list[W.HTML] = []
        rows = []
        for k, item in enumerate(self.items):
            dd = W.Dropdown(
                options=[(PLACEHOLDER, "")] + [(lab, lab) for lab in self.labels], value="",
                description=f"{number[k]}. {item}", style={"description_width": "initial"},
                tooltip=f"Label for “{item}”", layout=W.Layout(width="auto"),
            )
            mark = W.HTML(layout=W.Layout(margin="0 0 0 .6em"))
            dd.observe(lambda _c, m=mark: setattr(m, "value", ""), names="value")
            dd.observe(self.answer_changed, names="value")
            self.dropdowns.append(dd)
            self.marks.append(mark)
            rows.append(W.HBox([dd, mark], layout=W.Layout(align_items="center", flex_flow="row wrap")))
        self.rows = [rows[k] for k in self.order]
        return W.VBox([self.passage_html, *self.rows])

    # -------------------------------------------------------------- answer

    @property
    def chosen(self) -> dict[str, str | None]:
        """Item -> the label chosen now (None when still on "choose…")."""
        return {item: (dd.value or None) for item, dd in zip(self.items, self.dropdowns)}

    def choose(self, answer: Any) -> None:
        """Set the dropdowns from a dict item -> label or a list of labels in item order."""
        if isinstance(answer, dict):
            values = [answer.get(item) for item in self.items]
        else:
            values = list(answer) + [None] * (len(self.items) - len(answer))
        for dd, v in zip(self.dropdowns, values):
            dd.value = v if v in self.labels else ""

    def is_empty(self) -> bool:
        return not any(dd.value for dd in self.dropdowns)

    def restore(self, answer: Any) -> bool:
        if not isinstance(answer, (dict, list)) or not answer:
            return False
        self.choose(answer)
        return not self.is_empty()

    def answer(self) -> dict[str, str | None]:
        """Item -> label; None for an item still on "choose…" (the engine reports it as unlabelled)."""
        return {item: (dd.value or None) for item, dd in zip(self.items, self.dropdowns)}

    # -------------------------------------------------------------- feedback

    def _item_results(self, feedback: Any) -> dict[int, dict[str, Any]]:
        details = fetch(feedback, "details", {}) or {}
        out: dict[int, dict[str, Any]] = {}
        for k, r in enumerate(details.get("items", []) or []):
            if not isinstance(r, dict):
                continue
            idx = r.get("index")
            if idx is None and r.get("phrase") in self.items:
                idx = self.items.index(r["phrase"])
            out[int(idx if idx is not None else k)] = r
        return out

    def show_details(self, feedback: Any) -> None:
        reveal = bool(fetch(feedback, "passed")) or self.solution_shown
        results = self._item_results(feedback)
        reference = self._reference() if reveal else {}
        for k, mark in enumerate(self.marks):
            r = results.get(k)
            if r is None:
                continue
            right = _is_right(r)
            self.results[k] = right
            if r.get("given") is None and not right and k not in reference:
                mark.value = "<span role='status' aria-label='no label yet'>○ no label yet</span>"
            elif right:
                mark.value = f"<span role='status' aria-label='right'><b>{MARK_RIGHT}</b> right</span>"
            else:
                extra = f" (it is <i>{html.escape(reference[k])}</i>)" if k in reference else ""
                mark.value = f"<span role='status' aria-label='not right'><b>{MARK_WRONG}</b> not right{extra}</span>"

    def clear_details(self) -> None:
        self.results = {}
        for m in self.marks:
            m.value = ""

    def reset(self) -> None:
        for dd in self.dropdowns:
            dd.value = ""
        super().reset()

    def _reference(self) -> dict[int, str]:
        try:
            ref = fetch(self.solution.result, "answer", None) if self.solution.result else None
            if ref is None:
                ref = _engine().reference_answer(self.exercise_id)
        except Exception:
            return {}
        if isinstance(ref, dict):
            return {k: str(ref[item]) for k, item in enumerate(self.items) if item in ref}
        return {k: str(v) for k, v in enumerate(ref or [])}

    def show_solution(self, result: Any) -> None:
        """After the solution: show the right label next to every item."""
        for k, label in self._reference().items():
            if k >= len(self.marks):
                continue
            mine = self.dropdowns[k].value
            symbol = MARK_RIGHT if mine == label else MARK_WRONG
            self.marks[k].value = f"<span role='status'><b>{symbol}</b> answer: <i>{html.escape(label)}</i></span>"


def _is_right(r: dict[str, Any]) -> bool:
    for key in ("right", "ok", "correct", "is_right"):
        if key in r and isinstance(r[key], bool):
            return r[key]
    return r.get("status") in ("correct", "right", "ok")
