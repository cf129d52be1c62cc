"""Multiple choice (radio buttons) and multiple select (check boxes).

Options are lettered (A, B, C ...). After **Check**, each option the student chose
gets a line with ✓ or ✗ and that option's own feedback from the bank; options not
chosen stay silent, so the widget never tells which other option was right. A note
goes as soon as its option is chosen or unchosen again (it spoke of the earlier
choice). Once the exercise is passed or the solution has been shown, every option's
note is shown, and stays.
"""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as W

from ..feedback import without_verdict
from .common import MARK_RIGHT, MARK_WRONG, ExerciseWidget, fetch, saved_indices


def _letter(i: int) -> str:
    return chr(65 + i)


class ChoiceWidget(ExerciseWidget):
    """One widget for ``multiple-choice`` (RadioButtons) and ``multiple-select`` (Checkboxes).

    Attributes:
        multiple: True for multiple-select.
        radio: the ``RadioButtons`` (multiple-choice only; value = option index or None).
        checkboxes: one ``Checkbox`` per option (multiple-select only).
        option_notes: one ``HTML`` per option, filled after a check.
    """

    def build_body(self) -> W.Widget:
        self.options = list(fetch(self.exercise, "options", []) or [])
        self.multiple = fetch(self.exercise, "type") == "multiple-select"
        labels = [f"{_letter(i)}. {fetch(o, 'text', o)}" for i, o in enumerate(self.options)]
        self.option_notes = [W.HTML(layout=W.Layout(margin="0 0 0 2em")) for _ in self.options]
        self.radio: W.RadioButtons | None = None
        self.checkboxes: list[W.Checkbox] = []
        if self.multiple:
            rows = []
            for label, note in zip(labels, self.option_notes):
                cb = W.Checkbox(value=False, description=label, indent=False,
                                layout=W.Layout(width="auto"))
                cb.observe(self.answer_changed, names="value")
                self.checkboxes.append(cb)
                rows.append(W.VBox([cb, note]))
            hint = W.Label("Choose every option that applies.")
            return W.VBox([hint, *rows])
        self.radio = W.RadioButtons(
            options=[(label, i) for i, label in enumerate(labels)], value=None,
            description="Your answer", style={"description_width": "initial"},
            layout=W.Layout(width="auto"),
        )
        self.radio.observe(self.answer_changed, names="value")
        return W.VBox([self.radio, *self.option_notes])

    # -------------------------------------------------------------- answer

    @property
    def chosen(self) -> list[int]:
        """Indices of the options chosen now."""
        if self.multiple:
            return [i for i, cb in enumerate(self.checkboxes) if cb.value]
        return [] if self.radio is None or self.radio.value is None else [self.radio.value]

    def choose(self, answer: Any) -> None:
        """Choose options by index (an int, or a list of ints for multiple-select)."""
        wanted = set(answer if isinstance(answer, (list, tuple, set)) else [answer])
        if self.multiple:
            for i, cb in enumerate(self.checkboxes):
                cb.value = i in wanted
        elif self.radio is not None:
            self.radio.value = next(iter(wanted), None)

    def is_empty(self) -> bool:
        return not self.chosen and not self.multiple

    def restore(self, answer: Any) -> bool:
        indices = saved_indices(answer, len(self.options))
        if indices is None or (not self.multiple and not isinstance(answer, int)):
            return False
        self.choose(indices)
        return True

    def answer(self) -> Any:
        return self.chosen if self.multiple else self.chosen[0]

    # -------------------------------------------------------------- feedback

    def _option_results(self, feedback: Any) -> dict[int, dict[str, Any]]:
        """Per-option results from ``details`` (several shapes accepted)."""
        details = fetch(feedback, "details", {}) or {}
        out: dict[int, dict[str, Any]] = {}
        for k, item in enumerate(details.get("options", []) or []):
            if isinstance(item, dict):
                out[int(item.get("index", k))] = item
        if not out and not self.multiple and self.chosen:
            out[self.chosen[0]] = {"right": bool(fetch(feedback, "passed")), "feedback": fetch(feedback, "message", "")}
        return out

    def answer_changed(self, _change: Any = None) -> None:
        """Mark the verdict out of date, and drop the ✓/✗ notes of the options whose
        choice changed since the check (notes shown after a pass or the solution stay)."""
        super().answer_changed(_change)
        checked = getattr(self, "_checked", None)
        if checked is None:
            return
        now = set(self.chosen)
        for i, note in enumerate(self.option_notes):
            if (i in now) != (i in checked):
                note.value = ""

    def show_details(self, feedback: Any) -> None:
        results = self._option_results(feedback)
        reveal = bool(fetch(feedback, "passed")) or self.solution_shown
        chosen = set(self.chosen)
        self._checked: set[int] | None = None if reveal else chosen
        for i, note in enumerate(self.option_notes):
            r = results.get(i, {})
            right = bool(fetch(feedback, "passed")) if not self.multiple else _is_right(r)
            text = r.get("feedback") or fetch(self.options[i], "feedback", "") if i < len(self.options) else ""
            if i in chosen:
                symbol = MARK_RIGHT if right else MARK_WRONG
                word = "right" if right else "not right"
                said = without_verdict(text)  # the note says right / not right itself
                note.value = f"<span role='status'><b>{symbol} {_letter(i)}: {word}.</b> {html.escape(said)}</span>"
            elif reveal and str(fetch(self.options[i], "feedback", "") or "").strip():
                # (a checkpoint's option notes are in the answer key, not in the bank: nothing to show)
                note.value = f"<span style='opacity:.8'>{_letter(i)}: {html.escape(str(fetch(self.options[i], 'feedback', '') or ''))}</span>"
            else:
                note.value = ""

    def clear_details(self) -> None:
        self._checked = None
        for note in self.option_notes:
            note.value = ""

    def reset(self) -> None:
        self.choose([])
        super().reset()

    def show_solution(self, result: Any) -> None:
        """After the solution: show each option's note, with ✓ on the right ones."""
        self._checked = None
        for i, note in enumerate(self.option_notes):
            o = self.options[i]
            symbol = MARK_RIGHT if fetch(o, "correct") else MARK_WRONG
            note.value = f"<span style='opacity:.85'>{symbol} {_letter(i)}: {html.escape(str(fetch(o, 'feedback', '') or ''))}</span>"


def _is_right(r: dict[str, Any]) -> bool:
    """An option result counts as right when its chosen state agrees with the key."""
    for key in ("right", "ok", "is_right"):
        if key in r:
            return bool(r[key])
    if "status" in r:
        return r["status"] in ("correct", "right", "ok")
    if "correct" in r and "chosen" in r:
        return bool(r["correct"]) == bool(r["chosen"])
    return bool(r.get("correct"))
