"""Errors the kit raises on purpose, each with a message written for a student.

Example:
    >>> str(InputError("The text is empty."))
    'The text is empty.'
"""

from __future__ import annotations


class CourseError(Exception):
    """Base class: the message is meant to be shown to the user as it is, without a traceback."""


class InputError(CourseError, ValueError):
    """The text given to the kit cannot be analysed (wrong type, binary, too large)."""


class DatasetError(CourseError, LookupError):
    """A dataset is missing, unknown or malformed."""
