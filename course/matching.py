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

    The phrases are stored in a trie keyed by normalised token, so each position
    of the text costs one dictionary lookup, plus one per further token while a
    phrase is still being followed.

    Args:
        items: ``(phrase, value)`` pairs; ``value`` is returned with each match.
        longest: when True (default), overlapping matches are resolved left to right,
            keeping the longest phrase at each position (the first listed phrase wins
            between identical ones).
    """

    def __init__(self, items: Iterable[tuple[str, Any]], longest: bool = True) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        # trie: norm -> [children, values (in the order given)]
        self._trie: dict[str, list[Any]] = {}
        self.longest = longest
        for phrase, value in items:
            toks = phrase_tokens(phrase)
            if toks:
                self._by_first.setdefault(toks[0], []).append((toks, value))
                level = self._trie
                node: list[Any] = []
                for norm in toks:
                    node = level.get(norm)  # type: ignore[assignment]
                    if node is None:
                        node = level[norm] = [{}, []]
                    level = node[0]
                node[1].append(value)
        for options in self._by_first.values():
            options.sort(key=lambda o: -len(o[0]))

    def _ends(self, tokens: Sequence[Token], i: int) -> list[tuple[int, list[Any]]]:
        """Walk the trie from token ``i``: ``(last_token_index, values)`` for every phrase
        that starts at ``i``, shortest first."""
        node = self._trie.get(tokens[i].norm)
        found: list[tuple[int, list[Any]]] = []
        j = i
        while node is not None:
            if node[1]:
                found.append((j, node[1]))
            j += 1
            if not node[0] or j >= len(tokens):
                break
            node = node[0].get(tokens[j].norm)
        return found

    def shorter(self, tokens: Sequence[Token], i: int, last: int) -> list[tuple[int, list[Any]]]:
        """The phrases that start at token ``i`` and end before ``last``, longest first: what a
        caller may fall back on when it rules out the longest match at ``i``."""
        return [(j, values) for j, values in reversed(self._ends(tokens, i)) if j < last]

    def finditer(self, tokens: Sequence[Token]) -> Iterator[tuple[Token, Token, Any]]:
        """Yield ``(first_token, last_token, value)`` for each match, in text order.

        At one position, matches come longest first (``longest=False`` yields them all).
        """
        trie = self._trie
        after = 0  # (longest first) where the next match may start: matches do not overlap
        for i in [k for k, t in enumerate(tokens) if t.norm in trie]:  # most words start no phrase
            if i < after:
                continue
            found = self._ends(tokens, i)
            if not found:
                continue
            if self.longest:
                last, values = found[-1]
                yield tokens[i], tokens[last], values[0]
                after = last + 1
            else:
                for last, values in reversed(found):
                    for value in values:
                        yield tokens[i], tokens[last], value
