"""Classroom grading of the kit's checkpoints with nbgrader (0.9.x).

Instructors use the command line (``python -m course classroom init|release|collect|
grade|export|classview``, see :mod:`course.classroom.cli`) or these functions:

- :func:`score` and :func:`require_answer` (with :func:`answered`): what a checkpoint's
  locked test cell calls;
- :func:`class_view`: per-token counts, agreement and common mistakes of a
  span-select exercise across a class (shows as a heatmap in a notebook);
- :func:`mark_checkpoints`: gives a notebook its nbgrader checkpoint cells.

This module imports nothing heavy: test cells import it in a fresh kernel, where any
warning on stderr would cost the student the cell's points.
"""

from __future__ import annotations

from typing import Any

from .scoring import answered, require_answer, score, variable_name

__all__ = ["answered", "class_view", "mark_checkpoints", "require_answer", "score", "variable_name"]


def class_view(root: Any, exercise_id: str, key: Any = None, top: int = 5) -> Any:
    """See :func:`course.classroom.classview.class_view`."""
    from .classview import class_view as _cv

    return _cv(root, exercise_id, key=key, top=top)


def mark_checkpoints(nb: Any) -> bool:
    """See :func:`course.classroom.notebook.mark_checkpoints`."""
    from .notebook import mark_checkpoints as _mc

    return _mc(nb)
