"""The data model every consumer of the kit relies on: spans, annotations, attributions.

``course.analyze(text)`` returns an :class:`Analysis`. Its fields are the public
contract of the kit: notebooks, widgets, graders, tests and benchmarks read them.

Example:
    >>> span = Span(0, 6, "Lavrov")
    >>> span.text, len(span)
    ('Lavrov', 6)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .document import Document, Sentence


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text given by character offsets: ``text[start:end] == span.text``."""

    start: int
    end: int
    text: str

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Span | Annotation") -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Annotation:
    """One highlighted phrase and why it is highlighted.

    Attributes:
        start, end: character offsets into the analysed text.
        text: the highlighted words, exactly ``text[start:end]``.
        category: one of ``hedge``, ``booster``, ``attribution``, ``escalation``,
            ``deescalation`` (see :mod:`course.labels`).
        label: the finer type (a hedge sub-type, ``cue``/``source``/``via``/
            ``unattributed``, a PLOVER category ...).
        explanation: one plain-English sentence for a student.
        rule: which lexicon entry or pattern fired, e.g. ``hedges.tsv: if necessary``.
        reference: where the category comes from (Hyland 2005, PARC 3.0, CAMEO/Goldstein ...).
        intensity: Goldstein-style weight from -10 (most hostile) to +10 (most
            cooperative) for escalation and de-escalation; None otherwise.
        modifiers: the mark's context (``datasets/ANNOTATION.md`` §3): ``attributed`` (inside
            an attribution's content) and ``quoted`` on every hedge, booster and escalation
            mark; ``conditional``, ``hedged``, ``negated`` (and ``boosted``) on escalation and
            de-escalation phrases, whose weight they change.
        sentence: index of the sentence in ``Analysis.sentences``.
    """

    start: int
    end: int
    text: str
    category: str
    label: str
    explanation: str
    rule: str = ""
    reference: str = ""
    intensity: float | None = None
    modifiers: tuple[str, ...] = ()
    sentence: int = -1

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "category": self.category,
            "label": self.label,
            "explanation": self.explanation,
            "rule": self.rule,
            "reference": self.reference,
            "intensity": self.intensity,
            "modifiers": list(self.modifiers),
            "sentence": self.sentence,
        }


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who says what, through whom (PARC 3.0: source, cue, content; plus the 'via' hop).

    Attributes:
        source: the speaker as written ("Lavrov", "the Russian foreign minister", "he"),
            or None when the text names no source ("it is understood").
        cue: the reporting words ("pledged", "according to", "was quoted as saying").
        content: what is reported, or None when it cannot be delimited.
        via: the intermediary outlet or person ("ABC News", "Sputnik"), or None.
        kind: ``direct``, ``indirect``, ``mixed`` or ``according-to``.
        verb_class: ``neutral``, ``distancing``, ``endorsing``, ``admission-denial`` or
            ``commissive-directive``.
        explanation: one sentence for a student about this attribution.
        rule: which pattern found it.
        sentence: index of the sentence holding the cue.
    """

    source: Span | None
    cue: Span
    content: Span | None
    via: Span | None
    kind: str
    verb_class: str
    explanation: str = ""
    rule: str = ""
    sentence: int = -1

    def to_dict(self) -> dict[str, Any]:
        def d(s: Span | None) -> dict[str, Any] | None:
            return None if s is None else s.to_dict()

        return {
            "source": d(self.source),
            "cue": d(self.cue),
            "content": d(self.content),
            "via": d(self.via),
            "kind": self.kind,
            "verb_class": self.verb_class,
            "explanation": self.explanation,
            "rule": self.rule,
            "sentence": self.sentence,
        }


@dataclass(slots=True)
class Analysis:
    """The result of ``course.analyze(text)``: the document and everything found in it.

    Attributes:
        text: the analysed text, unchanged.
        document: the document model (paragraphs, sentences, tokens with offsets).
        annotations: every highlight of every lens, sorted by position.
        attributions: every attribution relation found, in text order.
        unattributed: sentences asserted in the writer's own voice with no source.
    """

    text: str
    document: "Document"
    annotations: list[Annotation] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    unattributed: list[Span] = field(default_factory=list)

    @property
    def sentences(self) -> list["Sentence"]:
        """The sentences of the text, each with ``start``, ``end``, ``text``, ``index``."""
        return self.document.sentences

    @property
    def paragraphs(self) -> list[Any]:
        return self.document.paragraphs

    def by_category(self, category: str) -> list[Annotation]:
        """The annotations of one category, e.g. ``analysis.by_category("hedge")``."""
        return [a for a in self.annotations if a.category == category]

    def counts(self) -> dict[str, int]:
        """Number of annotations per category, every category present (zero if none)."""
        from .labels import CATEGORIES

        out = {c: 0 for c in CATEGORIES}
        for a in self.annotations:
            out[a.category] = out.get(a.category, 0) + 1
        return out

    def in_sentence(self, index: int) -> list[Annotation]:
        return [a for a in self.annotations if a.sentence == index]

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "sentences": [s.to_dict() for s in self.document.sentences],
            "annotations": [a.to_dict() for a in self.annotations],
            "attributions": [a.to_dict() for a in self.attributions],
            "unattributed": [s.to_dict() for s in self.unattributed],
        }

    def _repr_html_(self) -> str:
        from .highlighting import highlight

        return highlight(self)._repr_html_()

    def __repr__(self) -> str:
        c = self.counts()
        inner = ", ".join(f"{k}={v}" for k, v in c.items())
        return f"<Analysis {len(self.document.sentences)} sentences; {inner}; attributions={len(self.attributions)}>"
