"""The invariants every correct ``course.analyze`` result satisfies, whatever the
lenses find: used by tests/test_api.py and tests/test_properties.py.

They check the shape of the result, not the findings: every span slices back to
its text, every name comes from the closed vocabularies in ``course.labels``.
"""

from __future__ import annotations

import json

from course.labels import ATTRIBUTION_KINDS, CATEGORIES, INTENSITY_RANGE, LABELS, VERB_CLASSES
from course.model import Analysis, Annotation, Attribution, Span


def check_span(span: object, text: str, what: str) -> None:
    assert isinstance(span, Span), f"{what} is {type(span).__name__}, not Span"
    assert 0 <= span.start <= span.end <= len(text), f"{what} out of range: {span}"
    assert text[span.start : span.end] == span.text, f"{what} does not slice back: {span}"


def check_annotation(a: Annotation, text: str, n_sentences: int) -> None:
    assert isinstance(a, Annotation), type(a)
    assert 0 <= a.start < a.end <= len(text), f"empty or out-of-range annotation {a}"
    assert text[a.start : a.end] == a.text, f"annotation does not slice back: {a}"
    assert a.category in CATEGORIES, a
    assert a.label in LABELS[a.category], f"label {a.label!r} is not a {a.category} label"
    assert isinstance(a.explanation, str) and a.explanation.strip(), f"no explanation: {a}"
    assert isinstance(a.rule, str) and isinstance(a.reference, str)
    if a.intensity is not None:
        assert INTENSITY_RANGE[0] <= a.intensity <= INTENSITY_RANGE[1], a
    assert isinstance(a.modifiers, tuple) and all(isinstance(m, str) for m in a.modifiers), a
    assert -1 <= a.sentence < n_sentences, a


def check_attribution(r: Attribution, text: str, n_sentences: int) -> None:
    assert isinstance(r, Attribution), type(r)
    check_span(r.cue, text, "attribution cue")
    assert r.cue.end > r.cue.start, f"empty cue: {r}"
    for name in ("source", "content", "via"):
        span = getattr(r, name)
        if span is not None:
            check_span(span, text, f"attribution {name}")
    assert r.kind in ATTRIBUTION_KINDS, r.kind
    assert r.verb_class in VERB_CLASSES, r.verb_class
    assert -1 <= r.sentence < n_sentences, r


def check_analysis(analysis: object, text: str) -> None:
    """Assert every contract invariant of ``analyze(text)``'s result."""
    assert isinstance(analysis, Analysis), type(analysis)
    assert analysis.text == text
    doc = analysis.document
    sentences = analysis.sentences
    n = len(sentences)

    last_end = 0
    for i, s in enumerate(sentences):
        assert s.index == i
        assert last_end <= s.start <= s.end <= len(text), f"sentences overlap or run past the text: {s}"
        assert text[s.start : s.end] == s.text, f"sentence does not slice back: {s}"
        last_end = s.end
    if text.strip():
        assert n >= 1, "a text with words has at least one sentence"

    last_end = 0
    for i, t in enumerate(doc.tokens):
        assert t.index == i
        assert last_end <= t.start < t.end <= len(text), f"tokens overlap or are empty: {t}"
        assert text[t.start : t.end] == t.text, f"token does not slice back: {t}"
        assert 0 <= t.sentence < n
        s = sentences[t.sentence]
        assert s.start <= t.start and t.end <= s.end, f"token {t} outside its sentence {s}"
        last_end = t.end

    starts = [a.start for a in analysis.annotations]
    assert starts == sorted(starts), "annotations are not sorted by position"
    for a in analysis.annotations:
        check_annotation(a, text, n)
    for r in analysis.attributions:
        check_attribution(r, text, n)
    for u in analysis.unattributed:
        check_span(u, text, "unattributed sentence")

    counts = analysis.counts()
    assert set(counts) >= set(CATEGORIES)
    assert sum(counts.values()) == len(analysis.annotations)
    json.dumps(analysis.to_dict())  # serialisable for notebooks and the CLI
