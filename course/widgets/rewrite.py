"""The ``rewrite`` exercise widget: change a sentence so a lens reading changes.

The box starts with the original sentence (for example "add a hedge" or "make the
threat less intense"). **Check** sends the text to :func:`course.exercises.panel_check`,
which grades it with :func:`course.analyze`; under the feedback the widget shows
*what the analyzer saw*: the student's sentence highlighted through the lens of the
goal (and, for escalation goals, both escalation lenses), with a "Why highlighted"
list. **Reset** puts the original sentence back.
"""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as W

from .common import ExerciseWidget, _engine, fetch

#: Goal lens (category or lens name in the bank) -> lenses shown in "what the analyzer saw".
GOAL_LENSES: dict[str, tuple[str, ...]] = {
    "hedge": ("hedging",),
    "hedging": ("hedging",),
    "booster": ("boosting",),
    "boosting": ("boosting",),
    "attribution": ("attribution",),
    "escalation": ("escalation", "deescalation"),
    "deescalation": ("escalation", "deescalation"),
}


def goal_lenses(goal: Any) -> tuple[str, ...]:
    """The lenses to show for a rewrite goal (all lenses when the goal names none).

    >>> goal_lenses({"lens": "hedge", "must": "appear"})
    ('hedging',)
    >>> goal_lenses({"lens": "escalation", "must": "lower-intensity"})
    ('escalation', 'deescalation')
    """
    from ..labels import LENSES

    lens = str(fetch(goal or {}, "lens", "") or "")
    return GOAL_LENSES.get(lens, tuple(LENSES))


class RewriteWidget(ExerciseWidget):
    """A text box prefilled with the original sentence; Check grades the rewrite.

    Attributes:
        original: the sentence as given (the passage).
        entry: the ``Textarea``.
        seen: ``HTML`` with the highlight of the last checked text ("what the analyzer saw").
        seen_highlight: the :class:`~course.highlighting.Highlight` shown there, or None.
    """

    shows_passage = True

    check_label = "Check rewrite"

    def build_body(self) -> W.Widget:
        self.original = str(fetch(self.exercise, "passage", "") or _engine().passage(self.exercise_id))
        self.lenses = goal_lenses(fetch(self.exercise, "goal", {}))
        self.entry = W.Textarea(
            value=self.original, description="Your version",
            placeholder="Rewrite the sentence here…",
            style={"description_width": "initial"},
            layout=W.Layout(width="100%", height="6em", margin="2px 0"),  # no side margins to overflow by
        )
        self.seen = W.HTML()
        self.seen_highlight: Any = None
        original = W.HTML(
            "<div style='opacity:.85;margin:2px 0'><strong>Original:</strong> "
            f"{html.escape(self.original)}</div>"
        )
        return W.VBox([original, self.entry])

    def __init__(self, exercise_id: str) -> None:
        super().__init__(exercise_id)
        # "What the analyzer saw" goes right under the feedback box.
        children = list(self.children)
        children.insert(children.index(self.feedback_box) + 1, self.seen)
        self.children = tuple(children)

    def is_empty(self) -> bool:
        return not self.entry.value.strip()

    def answer(self) -> str:
        return self.entry.value

    def show_details(self, feedback: Any) -> None:
        self.show_seen(self.entry.value, fetch(feedback, "details", {}) or {})

    def show_seen(self, text: str, details: dict[str, Any] | None = None) -> None:
        """Highlight ``text`` through the goal's lenses in :attr:`seen`."""
        from ..highlighting import highlight

        try:
            self.seen_highlight = highlight(text, lenses=self.lenses)
        except Exception as exc:  # never a traceback for the student
            self.seen_highlight = None
            self.seen.value = (f"<div style='opacity:.8'>The analyzer could not read this text "
                               f"({html.escape(type(exc).__name__)}).</div>")
            return
        seen = (details or {}).get("seen")
        listed = ""
        if isinstance(seen, (list, tuple)) and seen:
            words = ", ".join(f"“{html.escape(str(_phrase(s)))}”" for s in seen)
            listed = f"<div>Found: {words}</div>"
        self.seen.value = (
            "<div class='course-rewrite-seen' role='region' aria-label='What the analyzer saw' "
            "style='border:1px dashed rgba(127,127,127,.6);padding:4px 10px;margin:4px 0'>"
            f"<strong>What the analyzer saw in your version</strong>{listed}"
            f"{self.seen_highlight.html}</div>"
        )

    def clear_details(self) -> None:
        self.seen.value = ""
        self.seen_highlight = None

    def restore(self, answer: Any) -> bool:
        if not isinstance(answer, str) or not answer.strip():
            return False
        self.entry.value = answer
        return True

    def reset(self) -> None:
        self.entry.value = self.original
        super().reset()


def _phrase(item: Any) -> str:
    if isinstance(item, dict):
        return str(item.get("text", item))
    return str(getattr(item, "text", item))


__all__ = ["RewriteWidget", "goal_lenses"]
