"""What ``course.check(id, answer)`` gives back: a score, a hint-like message and details.

A :class:`Feedback` is what a student sees after an attempt. Its ``message`` reads
as a hint ("Look again at the verbs that report speech ...") and never contains
the reference answer; ``details`` holds type-specific data that widgets use to
colour tokens, items or options.

Example:
    >>> fb = Feedback("hedging-01", 0.5, False, "Close: one hedge is still unmarked.")
    >>> str(fb)
    'hedging-01: 50% - Close: one hedge is still unmarked.'
    >>> "50%" in fb._repr_html_()
    True
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

#: Score at or above which an attempt counts as passed (unless a type says otherwise).
PASS_SCORE = 0.999


@dataclass
class Feedback:
    """The result of checking one answer.

    Attributes:
        exercise_id: the exercise checked, e.g. ``"hedging-01"``.
        score: from 0.0 to 1.0.
        passed: True when the score reaches the exercise type's threshold.
        message: a short message for the student; reads as a hint, never states the
            reference answer, never holds a traceback.
        details: type-specific data for widgets, e.g. ``{"tokens": [...]}`` for
            span-select, ``{"items": [...]}`` for classify, ``{"order": [...]}`` for
            rank, ``{"seen": [...]}`` for rewrite.
        attempts: how many times this exercise has been checked in this session.
        solution_available: True when ``course.solution(id)`` will show the answer.
        warning: a one-off notice (e.g. progress could not be saved), or "".
    """

    exercise_id: str
    score: float
    passed: bool
    message: str
    details: dict[str, Any] = field(default_factory=dict)
    attempts: int = 0
    solution_available: bool = False
    warning: str = ""

    @property
    def percent(self) -> int:
        """The score as a whole percentage."""
        return int(round(100 * max(0.0, min(1.0, float(self.score or 0.0)))))

    def _status(self) -> tuple[str, str, str]:
        """(symbol, border colour, background colour) for the HTML box."""
        if self.passed:
            return "✔", "#2e7d32", "#e8f5e9"
        if self.score and self.score > 0:
            return "◐", "#b26a00", "#fff8e1"
        return "✘", "#c62828", "#ffebee"

    def _repr_html_(self) -> str:
        symbol, border, background = self._status()
        parts = [
            f'<div class="course-feedback" style="border-left:4px solid {border};'
            f'background:{background};padding:6px 10px;margin:4px 0;font-family:sans-serif">',
            f"<b>{symbol} {html.escape(self.exercise_id)}: {self.percent}%</b> ",
            f"<span>{html.escape(self.message)}</span>",
        ]
        foot = []
        if self.attempts:
            foot.append(f"attempt {self.attempts}")
        if not self.passed:
            foot.append(
                "a solution is available: course.solution(%r)" % self.exercise_id
                if self.solution_available
                else "need a nudge? course.hint(%r)" % self.exercise_id
            )
        if foot:
            parts.append(f'<div style="color:#555;font-size:85%">{html.escape(" · ".join(foot))}</div>')
        if self.warning:
            parts.append(f'<div style="color:#8a4b00;font-size:85%">⚠ {html.escape(self.warning)}</div>')
        parts.append("</div>")
        return "".join(parts)

    def __str__(self) -> str:
        text = f"{self.exercise_id}: {self.percent}% - {self.message}"
        if self.warning:
            text += f"\n(warning: {self.warning})"
        return text

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able copy (used by the progress log and by widgets)."""
        return {
            "exercise_id": self.exercise_id,
            "score": self.score,
            "passed": self.passed,
            "message": self.message,
            "details": self.details,
            "attempts": self.attempts,
            "solution_available": self.solution_available,
            "warning": self.warning,
        }
