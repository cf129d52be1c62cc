"""``course.start(notebook_id)``: say which notebook is running.

The notebook id names the answers file that the classroom grader reads
(``<notebook_id>.kit-answers.json`` in the current folder). Calling ``start`` is
optional; without it the answers go to ``scratch.kit-answers.json``.

Example:
    >>> welcome = start("02-hedging")
    >>> current_notebook()
    '02-hedging'
    >>> "02-hedging" in str(welcome)
    True
    >>> _ = start(DEFAULT_NOTEBOOK)
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .errors import CourseError

#: The notebook id used when ``start`` has not been called.
DEFAULT_NOTEBOOK = "scratch"

_current = DEFAULT_NOTEBOOK


def current_notebook() -> str:
    """The notebook id set by :func:`start` (``"scratch"`` by default)."""
    return _current


@dataclass
class Welcome:
    """The short line :func:`start` returns; shows as a small box in Jupyter."""

    notebook: str
    total: int
    done: int
    attempted: int

    def __str__(self) -> str:
        if not self.total:
            return f"Notebook {self.notebook}: answers are saved to {self.notebook}.kit-answers.json."
        return (
            f"Welcome to {self.notebook}: {self.total} exercises here; "
            f"{self.done} done and {self.attempted} attempted so far. Answers are saved to "
            f"{self.notebook}.kit-answers.json."
        )

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        return (
            '<div class="course-welcome" style="border-left:4px solid #1565c0;padding:4px 10px">'
            f"{html.escape(str(self))}</div>"
        )


def start(notebook_id: str) -> Welcome:
    """Set the current notebook (e.g. ``"02-hedging"``) and say how far you are.

    Args:
        notebook_id: letters, digits, dots, dashes and underscores only (it names a file).

    Raises:
        CourseError: when the id is empty or not usable as a file name.
    """
    global _current
    if not isinstance(notebook_id, str) or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,80}", notebook_id.strip()):
        raise CourseError(
            "course.start() takes the notebook's id, such as '02-hedging' "
            "(letters, digits, dots, dashes and underscores)."
        )
    _current = notebook_id.strip()
    total = done = attempted = 0
    try:
        from .exercises import list_exercises
        from .tracking import progress

        ids = [e["id"] for e in list_exercises(notebook=_current)]
        total = len(ids)
        report = progress().exercises
        attempted = sum(1 for i in ids if report.get(i, {}).get("attempts"))
        done = sum(1 for i in ids if report.get(i, {}).get("passed"))
    except Exception:  # the welcome line must never fail
        pass
    return Welcome(_current, total, done, attempted)
