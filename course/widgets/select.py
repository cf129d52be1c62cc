"""Span selection: mark words of a passage by toggling them.

Every written word of the passage is a small toggle button in a wrapping row, in
reading order, so a student can Tab through the words and press Space or Enter to
mark one (or tap it). A phrase is marked by toggling its neighbouring words. A word
with a clitic (``Dalmar’s``, ``don't``) is several tokens but one button
(:func:`course.exercises.passage_words`); every other token is a button of its own.

After **Check**, :func:`course.exercises.panel_check` receives the marked token numbers
and each word is styled from ``Feedback.details["tokens"]``. Missed words are only
counted after a check (the summary line says how many are still unmarked); they are
shown in place when the solution is shown, so a first Check never gives the answer away:

=========  =============  =======  ==================================================
status     button style   icon     meaning
=========  =============  =======  ==================================================
correct    success        check    marked, and it belongs to the answer
missed     warning        plus     not marked, but it belongs to the answer
extra      danger         times    marked, but it does not belong to the answer
=========  =============  =======  ==================================================

The icon and the tooltip carry the same information as the colour, and a line
under the passage counts each kind.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as W

from .common import ExerciseWidget, _engine, fetch, saved_indices

#: status -> (button_style, icon, words for the tooltip and the summary)
STATUS_STYLE: dict[str, tuple[str, str, str]] = {
    "correct": ("success", "check", "right: marked and part of the answer"),
    "missed": ("warning", "plus", "missed: part of the answer but not marked"),
    "extra": ("danger", "times", "extra: marked but not part of the answer"),
}

_WORD = W.Layout(width="auto", height="auto", margin="1px", padding="0 4px")


def _is_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _groups(eng: Any, exercise_id: str, n_tokens: int) -> list[list[int]]:
    """Token positions grouped into written words; one group per token if the engine's
    grouping does not cover the tokens exactly once, in order."""
    try:
        groups = [list(g) for g in eng.passage_words(exercise_id)]
    except Exception:
        groups = []
    if [i for g in groups for i in g] != list(range(n_tokens)):
        groups = [[i] for i in range(n_tokens)]
    return groups


class SpanSelectWidget(ExerciseWidget):
    """The span-selection exercise widget.

    Attributes:
        tokens: the passage's tokens (``index``, ``start``, ``end``, ``text``).
        token_buttons: the ``ToggleButton`` of each token, ``token_buttons[i]`` for token ``i``
            (the tokens of one written word share a button).
        word_buttons: the buttons in reading order, one per written word.
        statuses: token index -> ``correct`` / ``missed`` / ``extra`` after a check.
    """

    shows_passage = True

    def build_body(self) -> W.Widget:
        eng = _engine()
        self.text = eng.passage(self.exercise_id)
        self.tokens = list(eng.passage_tokens(self.exercise_id))
        self.statuses: dict[int, str] = {}
        self.groups = _groups(eng, self.exercise_id, len(self.tokens))
        self.token_buttons: list[W.ToggleButton] = [None] * len(self.tokens)  # type: ignore[list-item]
        self.word_buttons: list[W.ToggleButton] = []
        self._group_of: dict[int, list[int]] = {}  # id(button) -> its token positions
        children: list[W.Widget] = []
        prev_end = 0
        for group in self.groups:
            first, last = self.tokens[group[0]], self.tokens[group[-1]]
            gap = self.text[prev_end : fetch(first, "start")]
            if "\n" in gap and children:
                children.append(W.Box(layout=W.Layout(width="100%", height="0px")))
            prev_end = fetch(last, "end")
            text = self.text[fetch(first, "start") : fetch(last, "end")]
            b = W.ToggleButton(value=False, description=text, tooltip=self._tooltip(group), layout=_WORD)
            if not _is_word(text):
                b.style.font_weight = "300"
            b.observe(self._toggled, names="value")
            for i in group:
                self.token_buttons[i] = b
            self._group_of[id(b)] = group
            self.word_buttons.append(b)
            children.append(b)
        self.passage_box = W.Box(
            children, layout=W.Layout(display="flex", flex_flow="row wrap", align_items="center",
                                      border="1px solid rgba(127,127,127,.35)", padding="6px")
        )
        self.selection_label = W.Label("Marked: nothing yet.")
        self.summary = W.HTML()
        return W.VBox([self.passage_box, self.selection_label, self.summary])

    # -------------------------------------------------------------- answer

    @property
    def selected(self) -> list[int]:
        """The indices of the tokens marked now."""
        return [fetch(t, "index") for t, b in zip(self.tokens, self.token_buttons) if b.value]

    def select(self, indices: Any) -> None:
        """Mark exactly these token indices (as if the student toggled them); a written word
        is marked when any of its tokens is."""
        wanted = set(indices)
        for b in self.word_buttons:
            b.value = any(fetch(self.tokens[i], "index") in wanted for i in self._group_of[id(b)])

    def is_empty(self) -> bool:
        return not any(b.value for b in self.word_buttons)

    def restore(self, answer: Any) -> bool:
        """Show a saved answer: token numbers saved by this panel, or phrases typed in code
        (``check("hedging-03", ["may", "if necessary"])``), which the engine finds in the passage."""
        indices = saved_indices(answer, len(self.tokens))
        if indices is None:
            indices = _engine().answer_tokens(self.exercise_id, answer)
        if indices is None:
            return False
        self.select(indices)
        return True

    def _tooltip(self, group: list[int]) -> str:
        first, last = self.tokens[group[0]], self.tokens[group[-1]]
        text = self.text[fetch(first, "start") : fetch(last, "end")]
        return f"word {fetch(first, 'index') + 1}: {text}" if _is_word(text) else f"punctuation: {text}"

    def answer(self) -> list[int]:
        return self.selected

    def _toggled(self, change: Any) -> None:
        owner = change["owner"]
        # a word changed after a check loses its old mark: it is the student's again
        for i in self._group_of.get(id(owner), []):
            self.statuses.pop(fetch(self.tokens[i], "index"), None)
        # the counts and the verdict of the last check no longer describe the marks
        self.summary.value = ""
        self.answer_changed()
        owner.icon = ""
        owner.button_style = "info" if change["new"] else ""
        self.selection_label.value = "Marked: " + (self._phrases() or "nothing yet.")

    def _phrases(self) -> str:
        """The marked words, joined into phrases where they are neighbours."""
        groups: list[list[int]] = []
        for i in sorted(self.selected):
            if groups and groups[-1][-1] == i - 1:
                groups[-1].append(i)
            else:
                groups.append([i])
        by_index = {fetch(t, "index"): t for t in self.tokens}
        out = []
        for g in groups:
            a, b = by_index[g[0]], by_index[g[-1]]
            out.append("“" + self.text[fetch(a, "start") : fetch(b, "end")] + "”")
        return ", ".join(out)

    # -------------------------------------------------------------- feedback

    def show_details(self, feedback: Any) -> None:
        self._apply(fetch(feedback, "details", {}) or {}, reveal_missed=False)

    def _apply(self, details: dict[str, Any], reveal_missed: bool = True) -> None:
        if details.get("withheld"):  # too many words marked: no word is shown right or wrong
            self.summary.value = ("<div style='font-size:.9em' role='status'>Words are not shown right or wrong one "
                                  "by one while so many are marked: keep the ones you can defend.</div>")
            return
        counts = {k: 0 for k in STATUS_STYLE}
        by_index = {fetch(t, "index"): b for t, b in zip(self.tokens, self.token_buttons)}
        counted: set[tuple[int, str]] = set()  # a written word of several tokens counts once
        for item in details.get("tokens", []) or []:
            status = item.get("status")
            b = by_index.get(item.get("index"))
            if b is None or status not in STATUS_STYLE:
                continue
            first_time = (id(b), status) not in counted
            counted.add((id(b), status))
            if status == "missed" and not reveal_missed:
                counts[status] += first_time
                continue
            style, icon, words = STATUS_STYLE[status]
            self.statuses[item["index"]] = status
            b.button_style = style
            b.icon = icon
            b.tooltip = f"{b.description}: {words}"
            counts[status] += first_time
        missed = f"{counts['missed']} missed +" if reveal_missed else f"{counts['missed']} still unmarked"
        parts = [f"{counts['correct']} right ✓", missed, f"{counts['extra']} extra ✗"]
        key = "green ✓ right, amber + missed, red ✗ extra" if reveal_missed else "green ✓ right, red ✗ extra"
        self.summary.value = (
            "<div style='font-size:.9em' role='status'>Words: " + " · ".join(parts)
            + f" <span style='opacity:.7'>({key})</span></div>"
        )

    def clear_details(self) -> None:
        self.statuses = {}
        for b in self.word_buttons:
            b.icon = ""
            b.button_style = "info" if b.value else ""
            b.tooltip = self._tooltip(self._group_of[id(b)])
        self.summary.value = ""

    def reset(self) -> None:
        self.select([])
        super().reset()

    def show_solution(self, result: Any) -> None:
        """Style the tokens against the reference, as a check would (no attempt is recorded)."""
        try:
            from .. import grading

            ref = set(grading.reference_tokens(_engine().get(self.exercise_id)))
        except Exception:
            return
        chosen = set(self.selected)
        details = {"tokens": [
            {"index": i, "status": "correct" if i in chosen else "missed"} for i in sorted(ref)
        ] + [{"index": i, "status": "extra"} for i in sorted(chosen - ref)]}
        self.clear_details()
        self._apply(details)
