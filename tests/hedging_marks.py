"""Helpers for the hedging tests: the lens's marks of a sentence, as tuples.

Test modules import these by module name (``from hedging_marks import marks``).
"""

from __future__ import annotations

from course.document import build_document
from course.lenses import hedging


def marks(text: str) -> list[tuple[str, str]]:
    """(text, label) of every hedge and booster found in ``text``."""
    return [(a.text, a.label) for a in hedging.annotate(build_document(text))]


def weasels(text: str) -> list[str]:
    """The text of every unnamed source ("weasel") found in ``text``."""
    return [a.text for a in hedging.annotate(build_document(text)) if a.label == "weasel"]
