"""Shared readers for the attribution tests: each relation as a plain tuple of its texts.

Test modules import these by module name (``from attribution_relations import rels``).
"""

from __future__ import annotations

from course import analyze
from course.document import build_document
from course.lenses.attribution import annotate


def rels(text: str) -> list[tuple]:
    """(source, cue, content, verb_class) of every relation the lens finds, in text order."""
    out = []
    for r in annotate(build_document(text))[0]:
        out.append((r.source.text if r.source else None, r.cue.text, r.content.text if r.content else None, r.verb_class))
    return out


def relations(text: str) -> list[tuple]:
    """(source, cue, content) of every relation of :func:`rels`, in text order."""
    return [r[:3] for r in rels(text)]


def by_cue(text: str, cue: str) -> tuple | None:
    """The first relation of :func:`rels` whose cue is ``cue``, or None."""
    return next((r for r in rels(text) if r[1] == cue), None)


def relations_with_kind(text: str) -> list[tuple]:
    """(source, cue, content, kind, verb_class) of every relation of ``course.analyze(text)``."""
    return [(r.source.text if r.source else None, r.cue.text, r.content.text if r.content else None, r.kind,
             r.verb_class) for r in analyze(text).attributions]


def one_relation(text: str, cue: str) -> tuple:
    """The one relation of :func:`relations_with_kind` whose cue is ``cue`` (fails if not exactly one)."""
    hits = [r for r in relations_with_kind(text) if r[1] == cue]
    assert len(hits) == 1, relations_with_kind(text)
    return hits[0]


def cues(text: str) -> list[str]:
    """The cue of every relation of :func:`relations_with_kind`, in text order."""
    return [r[1] for r in relations_with_kind(text)]


def unattributed(text: str) -> list[str]:
    """The text of every sentence ``course.analyze(text)`` lists as the writer's own unattributed claim."""
    return [s.text for s in analyze(text).unattributed]
