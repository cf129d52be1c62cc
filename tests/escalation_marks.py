"""Helpers for the escalation tests: the lens's marks of a sentence, as tuples."""

from __future__ import annotations

from course.analysis import analyze

LENS = ("escalation", "deescalation")


def marks(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """(label, span, modifiers) of every escalation and de-escalation mark, in order."""
    return [(a.label, a.text, tuple(sorted(a.modifiers))) for a in analyze(text).annotations if a.category in LENS]


def pairs(text: str) -> list[tuple[str, str]]:
    """(label, span) of every escalation and de-escalation mark, in order."""
    return [(label, span) for label, span, _ in marks(text)]


def labels(text: str) -> list[str]:
    """The labels of the escalation and de-escalation marks of ``text``, in order."""
    return [label for label, _ in pairs(text)]


def spans(text: str) -> list[str]:
    """The spans of the escalation and de-escalation marks of ``text``, in order."""
    return [span for _, span in pairs(text)]


def mods(text: str, span: str) -> tuple[str, ...]:
    """The modifiers of the mark with this span (the test fails when there is none)."""
    found = [m for label, s, m in marks(text) if s == span]
    assert found, (span, marks(text))
    return found[0]


def codes(text: str) -> list[tuple[str, str, str]]:
    """(label, span, CAMEO code named in the explanation) of every mark."""
    out = []
    for a in analyze(text).annotations:
        if a.category in LENS:
            code = a.explanation.rsplit("(CAMEO ", 1)[1].split(":", 1)[0] if "(CAMEO " in a.explanation else ""
            out.append((a.label, a.text, code))
    return out
