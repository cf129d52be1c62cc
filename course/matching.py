"""Match lexicon phrases against a document's tokens, keeping character offsets.

Phrases are tokenized with the same tokenizer as documents and compared on the
normalised token (lower case, straight apostrophes), so "Of course" in a text
matches the lexicon entry "of course".

Example:
    >>> from course.document import build_document
    >>> doc = build_document("Russia will, of course, react.")
    >>> m = PhraseMatcher([("of course", "booster")])
    >>> [(doc.text[a.start:b.end], v) for a, b, v in m.finditer(doc.tokens)]
    [('of course', 'booster')]
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, Sequence

from .document import Token, normalise


def phrase_tokens(phrase: str) -> tuple[str, ...]:
    """The normalised tokens of a lexicon phrase.

    >>> phrase_tokens("U.S.-led")
    ('u.s.', '-', 'led')
    """
    from .document import _word_tokenizer

    return tuple(normalise(t) for t in _word_tokenizer().tokenize(phrase))


class PhraseMatcher:
    """Find every occurrence of a set of phrases in a token list.

    Args:
        items: ``(phrase, value)`` pairs; ``value`` is returned with each match.
        longest: when True (default), overlapping matches are resolved left to right,
            keeping the longest phrase at each position.
    """

    def __init__(self, items: Iterable[tuple[str, Any]], longest: bool = True) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        self.longest = longest
        for phrase, value in items:
            toks = phrase_tokens(phrase)
            if toks:
                self._by_first.setdefault(toks[0], []).append((toks, value))
        for options in self._by_first.values():
            options.sort(key=lambda o: -len(o[0]))

    def finditer(self, tokens: Sequence[Token]) -> Iterator[tuple[Token, Token, Any]]:
        """Yield ``(first_token, last_token, value)`` for each match, in text order."""
        i, n = 0, len(tokens)
        while i < n:
            options = self._by_first.get(tokens[i].norm)
            matched = 0
            if options:
                for toks, value in options:
                    k = len(toks)
                    if i + k <= n and all(tokens[i + j].norm == toks[j] for j in range(1, k)):
                        yield tokens[i], tokens[i + k - 1], value
                        matched = max(matched, k)
                        if self.longest:
                            break
            i += matched if (matched and self.longest) else 1
