"""The ``rank`` exercise widget: put 4-6 statements in order along a scale.

Each statement sits in a numbered row with **Up** and **Down** buttons (keyboard
focusable; no dragging needed; the buttons keep their size when a statement wraps
onto two lines). The statement numbers that ``course.check`` uses are not shown in
the rows (they would read like a second ranking); each row's tooltip gives it, and
``course.exercises.get(id).statements`` lists them. In the feedback shown by the
widget, "Statement 3" is replaced by the statement's own words. The scale's two ends
are named above and below the list ("most conciliatory" ... "most hostile").
**Check** sends the current order to :func:`course.exercises.panel_check` as a list of
statement numbers.

After the exercise is passed, or once the solution is shown, the reference order
appears with the reason for each position (from the bank). Before that, the
feedback only says how close the order is: it never gives the order away.

The statements start in a fixed shuffled order (the same for every student and
every run), never already in the reference order.
"""

from __future__ import annotations

import dataclasses
import html
import random
import re
from typing import Any

import ipywidgets as W

from .common import MARK_RIGHT, ExerciseWidget, feedback_html, fetch, saved_indices

#: The Up / Down buttons: a fixed minimum width that never shrinks, so a statement
#: wrapping onto two lines cannot squeeze them to "↑ …".
_MOVE_BUTTON = {"width": "auto", "min_width": "5.8em", "flex": "0 0 auto"}


def _short(text: str, n: int = 60) -> str:
    """``text`` on one line, cut to ``n`` characters at a word, never inside brackets it opened.

    >>> _short("Moscow will take asymmetric retaliatory steps against any unfriendly action.", 30)
    'Moscow will take asymmetric…'
    >>> _short("Talks resumed (the first in a year) on Friday in Geneva.", 24)
    'Talks resumed…'
    """
    text = " ".join(str(text).split())
    if len(text) <= n:
        return text
    cut = text[: n - 1].rsplit(" ", 1)[0]
    for opening, closing in ("()", "[]", "“”"):
        if cut.count(opening) > cut.count(closing):  # an aside left open: cut before it
            cut = cut[: cut.rfind(opening)].rstrip()
    return cut.rstrip(",;:") + "…"


def name_statements(message: str, statements: list[str]) -> str:
    """The engine's message with statement numbers replaced by the statements' words
    (the widget does not show the numbers).

    >>> name_statements("Statement 1 is the furthest out of place.", ["Talks resumed.", "Relations hit rock bottom."])
    'The statement “Relations hit rock bottom.” is the furthest out of place.'
    >>> name_statements("The reference order: 1. [1] reason", ["A.", "B."])
    'The reference order: 1. “B.” reason'
    """
    def quote(m: re.Match[str], prefix: str = "") -> str:
        i = int(m.group(1))
        return f"{prefix}“{_short(statements[i])}”" if 0 <= i < len(statements) else m.group(0)

    message = re.sub(r"\bStatement (\d+)\b", lambda m: quote(m, "The statement "), str(message))
    message = re.sub(r"\bstatement (\d+)\b", lambda m: quote(m, "the statement "), message)
    return re.sub(r"\[(\d+)\]", quote, message)


def start_order(exercise_id: str, n: int, reference: list[int]) -> list[int]:
    """A fixed shuffled order of ``n`` statements that is not the reference order
    (nor, for n > 2, its reverse).

    >>> start_order("escalation-07", 5, [0, 1, 2, 3, 4]) != [0, 1, 2, 3, 4]
    True
    >>> sorted(start_order("escalation-07", 5, [0, 1, 2, 3, 4]))
    [0, 1, 2, 3, 4]
    """
    rng = random.Random(f"rank:{exercise_id}")
    order = list(range(n))
    avoid = [list(reference), list(reversed(reference))] if n > 2 else [list(reference)]
    for _ in range(50):
        rng.shuffle(order)
        if order not in avoid:
            return order
    return order[1:] + order[:1]  # pragma: no cover - only for tiny n


def _scale_ends(scale: str) -> tuple[str, str]:
    """The names of the scale's two ends, as far as the bank's wording gives them.

    >>> _scale_ends("most distancing first, most endorsing last")
    ('most distancing', 'most endorsing')
    >>> _scale_ends("most conciliatory first")
    ('most conciliatory', '')
    """
    s = " ".join(str(scale or "").split())
    m = re.fullmatch(r"(.+?)\s+first\s*[,;]\s*(.+?)(?:\s+last)?", s, flags=re.IGNORECASE)
    if m:
        return m.group(1), m.group(2)
    for sep in (" to ", " -> ", " → ", " … ", "..."):
        if sep in s:
            a, b = s.split(sep, 1)
            return a.strip(), b.strip()
    if s.lower().endswith(" first"):
        return s[: -len(" first")].strip(), ""
    return s, ""


class RankWidget(ExerciseWidget):
    """Order statements with Up/Down buttons; Check sends the order to the engine.

    Attributes:
        order: the current order, a list of statement numbers (top row first).
        rows: one ``HBox`` per position (position label, statement, Up, Down).
        reference_box: ``HTML`` that shows the reference order with reasons, after
            passing or the solution ("" before).
    """

    check_label = "Check order"

    def build_body(self) -> W.Widget:
        ex = self.exercise
        self.statements: list[str] = [str(s) for s in (fetch(ex, "statements", []) or [])]
        reference = list(fetch(ex, "order", []) or range(len(self.statements)))
        self.initial_order = start_order(self.exercise_id, len(self.statements), reference)
        self.order: list[int] = list(self.initial_order)
        first, last = _scale_ends(fetch(ex, "scale", ""))
        self.top_label = W.HTML(f"<div style='opacity:.8'>▲ Top: <strong>{html.escape(first or 'first')}"
                                f"</strong></div>")
        self.bottom_label = W.HTML(
            f"<div style='opacity:.8'>▼ Bottom: <strong>{html.escape(last or 'the other end')}</strong></div>")
        self.rows: list[W.HBox] = []
        self._texts: list[W.HTML] = []
        self._positions: list[W.Label] = []
        self._marks: list[W.Label] = []
        self.up_buttons: list[W.Button] = []
        self.down_buttons: list[W.Button] = []
        for pos in range(len(self.statements)):
            label = W.Label(f"{pos + 1}.", layout=W.Layout(width="2em"))
            text = W.HTML(layout=W.Layout(flex="1 1 12em", min_width="8em"))
            up = W.Button(description="Up", icon="arrow-up", tooltip=f"Move the statement in row {pos + 1} up",
                          layout=W.Layout(**_MOVE_BUTTON))
            down = W.Button(description="Down", icon="arrow-down",
                            tooltip=f"Move the statement in row {pos + 1} down", layout=W.Layout(**_MOVE_BUTTON))
            up.on_click(lambda _b, p=pos: self.move(p, -1))
            down.on_click(lambda _b, p=pos: self.move(p, +1))
            mark = W.Label("", layout=W.Layout(width="1.5em"))
            row = W.HBox([label, mark, text, up, down], layout=W.Layout(
                align_items="center", border="1px solid rgba(127,127,127,.35)", padding="2px 6px", margin="2px 0"))
            row.add_class("course-rank-row")
            self._positions.append(label)
            self._texts.append(text)
            self._marks.append(mark)
            self.up_buttons.append(up)
            self.down_buttons.append(down)
            self.rows.append(row)
        self.reference_box = W.HTML()
        self.numbers_note = W.HTML(
            "<div style='opacity:.7;font-size:.85em'>In code, <code>course.check</code> takes the statement "
            "numbers: hover over a statement to see its number.</div>")
        self._render()
        return W.VBox([self.top_label, *self.rows, self.bottom_label, self.numbers_note, self.reference_box])

    # -------------------------------------------------------------- moving

    def _render(self) -> None:
        n = len(self.order)
        for pos, idx in enumerate(self.order):
            # The statement's number (as course.check takes it) only in the tooltip.
            self._texts[pos].value = (f"<div style='line-height:1.45;padding:3px 0' "
                                      f"title='statement number {idx} in course.check' "
                                      f"data-statement='{idx}'>{html.escape(self.statements[idx])}</div>")
            self.up_buttons[pos].disabled = pos == 0
            self.down_buttons[pos].disabled = pos == n - 1

    def move(self, position: int, delta: int) -> None:
        """Move the statement in row ``position`` (0-based) up (-1) or down (+1)."""
        other = position + delta
        if not (0 <= position < len(self.order) and 0 <= other < len(self.order)):
            return
        self.order[position], self.order[other] = self.order[other], self.order[position]
        self.clear_details()
        self._render()

    def set_order(self, order: list[int]) -> None:
        """Put the statements in this order (statement numbers, top first)."""
        if sorted(order) != list(range(len(self.statements))):
            raise ValueError(f"order must list each of the statement numbers 0..{len(self.statements) - 1} once")
        self.order = list(order)
        self.clear_details()
        self._render()

    # -------------------------------------------------------------- ExerciseWidget

    def answer(self) -> list[int]:
        return list(self.order)

    def restore(self, answer: Any) -> bool:
        n = len(self.statements)
        order = saved_indices(answer, n)
        if order is None or sorted(order) != list(range(n)):
            return False
        self.set_order(order)
        return True

    def show_details(self, feedback: Any) -> None:
        self.feedback_box.value = self.feedback_html(feedback)
        if fetch(feedback, "passed", False):
            for mark in self._marks:
                mark.value = MARK_RIGHT
            self.show_reference()

    def clear_details(self) -> None:
        for mark in self._marks:
            mark.value = ""

    def reset(self) -> None:
        self.order = list(self.initial_order)
        self._render()
        super().reset()

    def feedback_html(self, feedback: Any) -> str:
        """The feedback box, naming statements by their words instead of their numbers."""
        message = fetch(feedback, "message", None)
        if isinstance(message, str) and dataclasses.is_dataclass(feedback):
            feedback = dataclasses.replace(feedback, message=name_statements(message, self.statements))
        return feedback_html(feedback)

    def show_solution(self, result: Any) -> None:
        self.show_reference()

    def show_reference(self) -> None:
        """Show the reference order with the reason for each position."""
        ex = self.exercise
        reference = list(fetch(ex, "order", []) or [])
        reasons = list(fetch(ex, "reasons", []) or [])
        scale = fetch(ex, "scale", "")
        items = []
        for pos, idx in enumerate(reference):
            reason = reasons[pos] if pos < len(reasons) else ""
            items.append(
                f"<li><strong title='statement number {idx} in course.check'>"
                f"{html.escape(self.statements[idx])}</strong>"
                + (f"<div style='opacity:.85'>{html.escape(reason)}</div>" if reason else "") + "</li>"
            )
        head = "Reference order" + (f" ({html.escape(scale)})" if scale else "")
        self.reference_box.value = (
            "<div class='course-rank-reference' role='region' aria-label='Reference order' "
            "style='border-left:4px solid #2e7d32;padding:4px 10px;margin:6px 0'>"
            f"<strong>{head}</strong><ol>{''.join(items)}</ol></div>"
        )


__all__ = ["RankWidget", "start_order"]
