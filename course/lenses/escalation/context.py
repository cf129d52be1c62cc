"""The word fields a sentence holds (military, diplomatic, naval ...), read once per
sentence and kept for the thread that reads it."""

from __future__ import annotations

import threading
from typing import Sequence

from ...document import Token
from .words import _FUNCTION_WORDS, _MONTHS_DAYS, word_class


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
    """Does the sentence hold a word of the field ``kind`` (the word classes ``military-words``,
    ``violence-words`` with the military ones, ``market-words``, ``diplomatic-words``)?"""
    if kind == "military":
        military = word_class("military-words")
        return any(t.norm in military for t in tokens)
    if kind == "violence":
        military, violence = word_class("military-words"), word_class("violence-words")
        return any(t.norm in violence or t.norm in military for t in tokens)
    if kind == "market":
        market = word_class("market-words")
        return any(t.norm in market for t in tokens)
    if kind == "diplomatic":
        diplomatic = word_class("diplomatic-words")
        if any(t.norm in diplomatic for t in tokens):
            return True
        return any(
            t.text[:1].isupper() and any(c.isalpha() for c in t.text) and t.norm not in _MONTHS_DAYS
            and (k > 0 or t.norm not in _FUNCTION_WORDS)
            for k, t in enumerate(tokens)
        )
    return True
