"""Character spans for the attribution lens: intervals that grow while a sentence is read
(quotation marks are paired and fixed intervals looked up by :mod:`course.document`), the
kind of a content (direct, mixed, indirect) and spans cut from tokens."""

from __future__ import annotations

import bisect
import heapq
import re

from ...document import Document, Intervals as _Intervals, Sentence, Token  # noqa: F401 - the lens's name for it
from ...model import Span
from .words import QUOTE_CHARS


class _GrowingIntervals:
    """Half-open intervals added one by one, asked "is this point inside any of them?".

    The contents found in a sentence grow while its cues are read left to right, so the points
    asked about usually rise: then each interval is looked at once (a heap by start and the
    largest end so far), and a sentence with thousands of reports stays linear. A point lower
    than the one before is answered by a plain scan.

    >>> iv = _GrowingIntervals()
    >>> iv.add(10, 20); iv.add(2, 5)
    >>> [iv.has_point(p) for p in (1, 2, 5, 19, 20)]
    [False, True, False, True, False]
    >>> iv.has_point(3)
    True
    """

    __slots__ = ("_pending", "_all", "_top", "_last")

    def __init__(self) -> None:
        self._pending: list[tuple[int, int]] = []
        self._all: list[tuple[int, int]] = []
        self._top = -1
        self._last = -1

    def add(self, x: int, y: int) -> None:
        heapq.heappush(self._pending, (x, y))
        self._all.append((x, y))

    def has_point(self, p: int) -> bool:
        if p < self._last:
            return any(x <= p < y for x, y in self._all)
        self._last = p
        pending = self._pending
        while pending and pending[0][0] <= p:
            _, y = heapq.heappop(pending)
            if y > self._top:
                self._top = y
        return p < self._top


def _first_token_at(doc: Document, toks: list[Token], offset: int) -> int:
    """Index in the sentence's ``toks`` of the first token starting at or after ``offset``
    (a binary search over the document's token starts, not a scan of the sentence)."""
    return bisect.bisect_left(doc._token_starts, offset) - toks[0].index


def _span(doc: Document, a: int, b: int) -> Span | None:
    text = doc.text
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b <= a:
        return None
    return Span(a, b, text[a:b])


def _tok_span(doc: Document, toks: list[Token], rng: tuple[int, int] | None) -> Span | None:
    if rng is None:
        return None
    a, b = rng
    if b < a:
        return None  # an inverted range spans nothing: never an empty span
    return Span(toks[a].start, toks[b].end, doc.text[toks[a].start : toks[b].end])


def _kind(text: str, content: Span | None, kind: str) -> str:
    if kind == "according-to" or content is None:
        return kind
    a, b = content.start, content.end
    has_quote = _QUOTE_CHAR_RE.search(text, a, b) is not None  # one C-level scan, not a Python loop
    # (a doubled apostrophe is a quotation mark too: ''We will respond,'' the minister said)
    if a > 0 and b < len(text) and (text[a - 1] in QUOTE_CHARS or text[a - 2 : a] == "''") \
            and (text[b] in QUOTE_CHARS + "," or text[b : b + 2] == "''"):
        if not has_quote:
            return "direct"
    if has_quote:
        return "mixed"
    return "indirect"


_QUOTE_CHAR_RE = re.compile(f"[{QUOTE_CHARS}]|''")


def _quote_interior(doc: Document, q: tuple[int, int, int, int]) -> Span | None:
    """The words of a quotation, without the marks and without a trailing comma."""
    text = doc.text
    end = q[2]
    while end > q[1] and text[end - 1] in ", ":
        end -= 1
    # ... and without the full stop that ends the sentence inside the marks ('he said: "God willing."'
    # → "God willing"; §6.2), but not an ellipsis or an abbreviation's point ("the U.S.")
    if end - q[1] > 1 and text[end - 1] == "." and text[end - 2] != "." \
            and not (text[end - 2].isupper() and (end - 3 < q[1] or not text[end - 3].isalpha())):
        end -= 1
        while end > q[1] and text[end - 1] == " ":
            end -= 1
    return _span(doc, q[1], end)


def _quote_inside_clause(text: str, q: tuple[int, int, int, int]) -> bool:
    """Does the clause go on after the quotation closes ('“firmly” to the harassment')?"""
    rest = text[q[3] : q[3] + 3].lstrip(" ")
    return bool(rest) and rest[0].isalpha()


def _quote_before(doc: Document, sent: Sentence, closes: dict) -> tuple | None:
    """The quotation closing just before the sentence starts ('“... is?” Graham asked.')."""
    i = sent.start - 1
    while i >= 0 and doc.text[i].isspace():
        i -= 1
    if i < 0 or doc.text[i] not in QUOTE_CHARS + "’":
        return None
    # an unpaired closing mark (nested quotation marks upset the pairing): no content
    return closes.get(i, (i, i, i, i + 1))
