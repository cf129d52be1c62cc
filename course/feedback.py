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

An empty answer (``course.check("hedging-12", [])`` left as it is in an optional
cell) is not an attempt: the Feedback is marked ``empty``, scores 0, is not
recorded, and shows as a neutral grey box rather than as a failure:

    >>> blank = Feedback("hedging-12", 0.0, False, "Nothing is marked yet.", {"error": "empty"})
    >>> blank.empty, blank.status
    (True, 'empty')
    >>> "Nothing to check yet" in blank._repr_html_() and "12: 0%" not in blank._repr_html_()
    True
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

from .markup import inline_html, plain

#: A verdict an option's own feedback may open with ("Right: ...", "Yes. ...", "Not quite: ...").
VERDICT = re.compile(r"^(?:(?:right|yes|correct|no|not quite|not right)\s*[.:,!]\s*)+", re.IGNORECASE)


def without_verdict(text: str) -> str:
    """The feedback after its opening verdict, starting as a sentence, for a place that says
    right or wrong itself.

    >>> without_verdict("Right: no reporting word.")
    'No reporting word.'
    >>> without_verdict("No one expected it.")
    'No one expected it.'
    """
    rest = VERDICT.sub("", str(text or ""))
    return rest[:1].upper() + rest[1:]


#: Score at or above which an attempt counts as passed (unless a type says otherwise).
PASS_SCORE = 0.999

#: What the neutral box of an empty answer says.
EMPTY_MESSAGE = "Nothing to check yet: type your answer above (this is not recorded)."


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
        panel: True when an exercise panel asked (its footer then names the panel's
            Hint and Show solution buttons, not the functions).

    An answer that is empty (``[]``, ``None``, ``""``) gives a Feedback whose
    ``details["error"]`` is ``"empty"``: :attr:`empty` is then True, the score
    stays 0, nothing is recorded, and the box is neutral (grey), not a failure.
    """

    exercise_id: str
    score: float
    passed: bool
    message: str
    details: dict[str, Any] = field(default_factory=dict)
    attempts: int = 0
    solution_available: bool = False
    warning: str = ""
    panel: bool = False

    @property
    def percent(self) -> int:
        """The score as a whole percentage."""
        return int(round(100 * max(0.0, min(1.0, float(self.score or 0.0)))))

    @property
    def empty(self) -> bool:
        """True when the answer was empty: nothing was checked and nothing recorded."""
        return isinstance(self.details, dict) and self.details.get("error") == "empty"

    @property
    def status(self) -> str:
        """``"empty"``, ``"passed"``, ``"partial"`` (some credit) or ``"failed"``."""
        if self.empty:
            return "empty"
        if self.passed:
            return "passed"
        if self.score and self.score > 0:
            return "partial"
        return "failed"

    def _status(self) -> tuple[str, str, str]:
        """(symbol, border colour, background colour) for the HTML box. The backgrounds are
        translucent tints and the text keeps the page's colour, so the box reads the same in
        light and dark themes (a solid light background under a dark theme's light text would not)."""
        return {
            "passed": ("✓", "#2e7d32", "rgba(46,125,50,.13)"),
            "partial": ("◐", "#b26a00", "rgba(178,106,0,.14)"),
            "failed": ("✗", "#c62828", "rgba(198,40,40,.13)"),
        }[self.status]

    def _close_box(self, parts: list[str]) -> str:
        """The HTML box from its opening ``parts``: the warning note (if any) and the closing tag added."""
        if self.warning:
            parts.append(f'<div style="font-size:85%">Note: {html.escape(self.warning)}</div>')
        parts.append("</div>")
        return "".join(parts)

    def _empty_html(self) -> str:
        """The neutral grey box of an empty answer (no score, no attempt count)."""
        parts = [
            '<div class="course-feedback course-feedback-empty" role="status" '
            'style="border-left:4px solid #9e9e9e;background:rgba(127,127,127,.12);'
            'padding:6px 10px;margin:4px 0;font-family:sans-serif">',
            f"<b>○ {html.escape(self.exercise_id)}:</b> {html.escape(EMPTY_MESSAGE)}",
        ]
        if self.message:
            parts.append(f'<div style="opacity:.8;font-size:90%">{inline_html(self.message)}</div>')
        return self._close_box(parts)

    def _repr_html_(self) -> str:
        if self.empty:
            return self._empty_html()
        symbol, border, background = self._status()
        parts = [
            f'<div class="course-feedback" style="border-left:4px solid {border};'
            f'background:{background};padding:6px 10px;margin:4px 0;font-family:sans-serif">',
            f"<b>{symbol} {html.escape(self.exercise_id)}: {self.percent}%</b> ",
            f"<span>{inline_html(self.message)}</span>",
        ]
        foot = []
        if self.attempts:
            foot.append(f"attempt {self.attempts}")
        if not self.passed:
            if self.panel:
                foot.append("a solution is available: press Show solution" if self.solution_available
                            else "need a nudge? press Hint")
            else:
                foot.append(
                    "a solution is available: course.solution(%r)" % self.exercise_id
                    if self.solution_available
                    else "need a nudge? course.hint(%r)" % self.exercise_id
                )
        if foot:
            parts.append(f'<div style="opacity:.75;font-size:85%">{html.escape(" · ".join(foot))}</div>')
        return self._close_box(parts)

    def __str__(self) -> str:
        if self.empty:
            text = f"{self.exercise_id}: {EMPTY_MESSAGE} {self.message}".rstrip()
        else:
            text = f"{self.exercise_id}: {self.percent}% - {plain(self.message)}"
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
