"""The document model: paragraphs, sentences and tokens with character offsets.

Built on NLTK pieces that need no downloaded data: an untrained Punkt sentence
splitter given the kit's own abbreviation list (so "U.S." and "Dr." do not end a
sentence) and a regular-expression word tokenizer with ``span_tokenize``.

Every offset points into the original text, so ``text[t.start:t.end] == t.text``
for every paragraph, sentence and token.

Example:
    >>> doc = build_document(' date 2021-11-13 Lavrov spoke in Paris. The U.S. left.')
    >>> [p.kind for p in doc.paragraphs]
    ['header', 'body']
    >>> [s.text for s in doc.sentences]
    ['date 2021-11-13', 'Lavrov spoke in Paris.', 'The U.S. left.']
    >>> [t.text for t in doc.tokens_in(doc.sentences[2])]
    ['The', 'U.S.', 'left', '.']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterator

#: Abbreviations that never end a sentence (lower case, without the final period,
#: as Punkt stores them).
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    u.s u.k u.n e.u u.s.a u.a.e d.c p.m a.m e.g i.e etc vs approx
    mr mrs ms dr prof gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep amb pres
    st mt ft jr sr inc ltd corp co no nos fig vol
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)

#: A word: an initialism (U.S., e.g.), a run of word characters joined by - or +
#: (US-Russia, 2+2), or any other single non-space character (punctuation, quotes).
TOKEN_PATTERN = r"(?:[A-Za-z]\.){2,}|\w+(?:[-+]\w+)*|[^\w\s]"

_HEADER = re.compile(r"(date\s+\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
_PARA_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_CAPTION = re.compile(r"\A\((?:image|photo|picture|video|file photo)\b[^)]*\)\Z", re.IGNORECASE)
_SENTENCE_END = re.compile(r"""[.!?…]['"”’)\]]*\Z""")


@dataclass(frozen=True, slots=True)
class Token:
    """One word or punctuation mark. ``norm`` is lower-cased with curly apostrophes straightened."""

    start: int
    end: int
    text: str
    index: int
    sentence: int
    norm: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "index": self.index}


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or a heading, header or caption line) with its token range."""

    start: int
    end: int
    text: str
    index: int
    paragraph: int
    kind: str  # 'body', 'header', 'heading' or 'caption', from its paragraph
    token_start: int
    token_end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "index": self.index,
            "paragraph": self.paragraph,
            "kind": self.kind,
        }


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of text between blank lines. ``kind`` is 'body', 'header' (the
    "date 2021-11-13" line), 'heading' (a short title line such as
    "Deteriorating US-Russia relations") or 'caption' ("(Image: AP)")."""

    start: int
    end: int
    text: str
    index: int
    kind: str


@dataclass(slots=True)
class Document:
    """Paragraphs, sentences and tokens of one text, all with character offsets."""

    text: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    _token_starts: list[int] = field(default_factory=list, repr=False)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)

    def tokens_in(self, span: Any) -> list[Token]:
        """Tokens inside a span (anything with ``start`` and ``end``), or a sentence's tokens."""
        if isinstance(span, Sentence):
            return self.tokens[span.token_start : span.token_end]
        i = bisect.bisect_left(self._token_starts, span.start)
        out = []
        while i < len(self.tokens) and self.tokens[i].end <= span.end:
            out.append(self.tokens[i])
            i += 1
        return out

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence containing a character offset, or None between sentences."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if 0 <= i < len(self.sentences) and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentence_tokens(self) -> Iterator[tuple[Sentence, list[Token]]]:
        for s in self.sentences:
            yield s, self.tokens[s.token_start : s.token_end]


@lru_cache(maxsize=1)
def _sentence_splitter():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


@lru_cache(maxsize=1)
def _word_tokenizer():
    from nltk.tokenize import RegexpTokenizer

    return RegexpTokenizer(TOKEN_PATTERN)


def normalise(word: str) -> str:
    """Lower-case a token and straighten curly apostrophes and quotes.

    >>> normalise("US’")
    "us'"
    """
    return word.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


def _paragraph_spans(text: str) -> list[tuple[int, int, str]]:
    """Split into blocks at blank lines, strip whitespace, and classify each block."""
    spans: list[tuple[int, int, str]] = []
    pos = 0
    pieces = []
    for m in _PARA_BREAK.finditer(text):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(text)))
    first = True
    for a, b in pieces:
        block = text[a:b]
        stripped = block.strip()
        if not stripped:
            continue
        a += len(block) - len(block.lstrip())
        b = a + len(stripped)
        if first:
            first = False
            m = _HEADER.match(stripped)
            if m:
                h_end = a + m.end(1)
                spans.append((a, h_end, "header"))
                rest = text[h_end:b]
                if not rest.strip():
                    continue
                a = h_end + len(rest) - len(rest.lstrip())
        spans.append((a, b, _classify(text[a:b])))
    return spans


def _classify(block: str) -> str:
    if _CAPTION.match(block):
        return "caption"
    words = block.split()
    if (
        "\n" not in block
        and 1 <= len(words) <= 12
        and not _SENTENCE_END.search(block)
        and block[:1].isupper()
        and not block.endswith((":", ","))
    ):
        return "heading"
    return "body"


def build_document(text: str) -> Document:
    """Split ``text`` into paragraphs, sentences and tokens, keeping character offsets.

    Args:
        text: any string; the empty string gives an empty document.

    Returns:
        A :class:`Document` whose spans all slice back to their text.
    """
    doc = Document(text)
    splitter = _sentence_splitter()
    words = _word_tokenizer()
    for p_index, (a, b, kind) in enumerate(_paragraph_spans(text)):
        block = text[a:b]
        doc.paragraphs.append(Paragraph(a, b, block, p_index, kind))
        if kind == "body":
            sent_spans = list(splitter.span_tokenize(block))
        else:
            sent_spans = [(0, len(block))]
        for s_a, s_b in sent_spans:
            s_text = block[s_a:s_b]
            # Punkt spans are already trimmed, but keep the invariant anyway.
            lead = len(s_text) - len(s_text.lstrip())
            s_text = s_text.strip()
            if not s_text:
                continue
            start = a + s_a + lead
            end = start + len(s_text)
            t_first = len(doc.tokens)
            s_index = len(doc.sentences)
            for t_a, t_b in words.span_tokenize(s_text):
                tok = s_text[t_a:t_b]
                doc.tokens.append(
                    Token(start + t_a, start + t_b, tok, len(doc.tokens), s_index, normalise(tok))
                )
            doc.sentences.append(
                Sentence(start, end, s_text, s_index, p_index, kind, t_first, len(doc.tokens))
            )
    doc._token_starts = [t.start for t in doc.tokens]
    doc._sentence_starts = [s.start for s in doc.sentences]
    return doc
