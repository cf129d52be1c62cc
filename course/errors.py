"""Errors the kit raises on purpose, each with a message written for a student.

Example:
    >>> str(InputError("The text is empty."))
    'The text is empty.'
"""

from __future__ import annotations


class CourseError(Exception):
    """Base class: the message is meant to be shown to the user as it is, without a traceback.

    In Jupyter, IPython shows what :meth:`_render_traceback_` returns in place of the
    traceback: the message alone, so a typo in a notebook reads as one sentence.

    >>> CourseError("There is no exercise 'start-99'.")._render_traceback_()
    ["CourseError: There is no exercise 'start-99'."]
    """

    def _render_traceback_(self) -> list[str]:
        return [f"{type(self).__name__}: {self}"]


class InputError(CourseError, ValueError):
    """The text given to the kit cannot be analysed (wrong type, binary, too large)."""


class DatasetError(CourseError, LookupError):
    """A dataset is missing, unknown or malformed."""
