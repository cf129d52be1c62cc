"""The word fields a sentence holds (military, diplomatic, naval ...), read once per
sentence and kept for the thread that reads it."""

from __future__ import annotations

import threading
from typing import Sequence

from ...document import Token
from .words import DIPLOMATIC_WORDS, MARKET_WORDS, MILITARY_WORDS, VIOLENCE_WORDS, _FUNCTION_WORDS, _MONTHS_DAYS


#: Answers of :func:`_has_context` for the document being annotated in this thread, keyed by
#: the sentence's first offset, its length and the kind (reset by :func:`annotate`): a long
#: sentence is scanned once, not once per candidate phrase.
_CONTEXT = threading.local()


def _has_context(kind: str, tokens: Sequence[Token]) -> bool:
    if not kind:
        return True
    cache = getattr(_CONTEXT, "cache", None)
    if not tokens or cache is None:
        return _scan_context(kind, tokens)
    key = (tokens[0].start, len(tokens), kind)
    found = cache.get(key)
    if found is None:
        found = cache[key] = _scan_context(kind, tokens)
    return found


def _scan_context(kind: str, tokens: Sequence[Token]) -> bool:
    if kind == "military":
        return any(t.norm in MILITARY_WORDS for t in tokens)
    if kind == "violence":
        return any(t.norm in VIOLENCE_WORDS for t in tokens)
    if kind == "market":
        return any(t.norm in MARKET_WORDS for t in tokens)
    if kind == "diplomatic":
        if any(t.norm in DIPLOMATIC_WORDS for t in tokens):
            return True
        return any(
            t.text[:1].isupper() and any(c.isalpha() for c in t.text) and t.norm not in _MONTHS_DAYS
            and (k > 0 or t.norm not in _FUNCTION_WORDS)
            for k, t in enumerate(tokens)
        )
    return True
