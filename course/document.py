"""The document model: paragraphs, sentences and tokens with character offsets.

Built on NLTK pieces that need no downloaded data: an untrained Punkt sentence
splitter given the kit's own abbreviation list (so "U.S." and "Dr." do not end a
sentence) and NLTK's ``RegexpTokenizer`` built from :data:`TOKEN_PATTERN`, the single
definition of a token. For speed, :func:`build_document` runs the pattern that
tokenizer compiled (same engine and flags, so exactly its ``span_tokenize`` spans)
without its per-match generator wrappers; see ``_token_finditer``.

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
import gc
import re
from contextlib import contextmanager
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

#: A word: a number with thousands separators or a decimal point (2,521; 3.7), an initialism
#: (U.S., e.g.), a run of word characters joined by - or + (US-Russia, 2+2), or any other
#: single non-space character (punctuation, quotes).
TOKEN_PATTERN = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\w)|\d+\.\d+(?!\w)|(?:[A-Za-z]\.){2,}|\w+(?:[-+]\w+)*|[^\w\s]"

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
    """A block of text between blank lines, or a short line with no full stop on its own line
    before a capital (a headline or a live blog's time stamp). ``kind`` is 'body', 'header' (the
    "date 2021-11-13" line), 'heading' (a short title line such as
    "Deteriorating US-Russia relations", with body text after it) or 'caption'
    ("(Image: AP)")."""

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
    #: Where each sentence's own words begin, after a dateline (by sentence start; filled by the
    #: attribution lens, which asks once per report).
    _clause_starts: dict[int, int] = field(default_factory=dict, repr=False, compare=False)

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
    """NLTK's Punkt sentence splitter, untrained, with the kit's abbreviations.

    Its regular expressions are Punkt's own, called without NLTK's timeout wrapper (see
    :func:`_punkt_classes`): the same sentences at a third of the cost.
    """
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    lang_vars, token_cls = _punkt_classes()
    return PunktSentenceTokenizer(params, lang_vars=lang_vars(), token_cls=token_cls)


def _unguarded(compiled: Any) -> Any:
    """The compiled pattern inside one of NLTK's ReDoS-guarded ``TimedPattern`` objects (a
    pattern that is not one is returned as it is).

    NLTK routes every regular expression through a guard that runs it under a timeout, with
    two Python calls around each match; for Punkt's own fixed patterns, which have no nested
    quantifiers, there is nothing to guard against, and on short sentences the wrapper costs
    more than the matching. The pattern inside is the same object of the same engine
    (``regex``), so the matches are the same.
    """
    return getattr(compiled, "_rx", compiled)


@lru_cache(maxsize=1)
def _punkt_classes() -> tuple[type, type]:
    """Punkt's language variables and token class with their patterns unwrapped
    (:func:`_unguarded`); a test checks that they split the kit's articles and a fuzzed
    sample as NLTK's own classes do."""
    from nltk.tokenize import punkt

    class PlainLanguageVars(punkt.PunktLanguageVars):
        re_boundary_realignment = _unguarded(punkt.PunktLanguageVars.re_boundary_realignment)

        def _word_tokenizer_re(self):
            try:
                return self._plain_word_tokenizer
            except AttributeError:
                self._plain_word_tokenizer = _unguarded(super()._word_tokenizer_re())
                return self._plain_word_tokenizer

        def period_context_re(self):
            try:
                return self._plain_period_context
            except AttributeError:
                self._plain_period_context = _unguarded(super().period_context_re())
                return self._plain_period_context

    non_punct = _unguarded(punkt._re_non_punct)

    class PlainToken(punkt.PunktToken):
        _RE_ELLIPSIS = _unguarded(punkt.PunktToken._RE_ELLIPSIS)
        _RE_NUMERIC = _unguarded(punkt.PunktToken._RE_NUMERIC)
        _RE_INITIAL = _unguarded(punkt.PunktToken._RE_INITIAL)
        _RE_ALPHA = _unguarded(punkt.PunktToken._RE_ALPHA)

        @property
        def is_non_punct(self):
            return non_punct.search(self.type)

    return PlainLanguageVars, PlainToken


@lru_cache(maxsize=1)
def _word_tokenizer():
    from nltk.tokenize import RegexpTokenizer

    return RegexpTokenizer(TOKEN_PATTERN)


@lru_cache(maxsize=1)
def _token_finditer():
    """``finditer`` of the word tokenizer's compiled pattern, for :func:`build_document`.

    ``RegexpTokenizer.span_tokenize`` wraps every match in two Python generators (its
    own and NLTK's ReDoS timeout guard), which cost three times the matching itself.
    So the document model calls the pattern NLTK compiled from ``TOKEN_PATTERN`` (same
    engine, same flags, so the very same tokens) directly. (Python's ``re`` would be a little
    faster but classes a few characters differently from NLTK's ``regex`` engine: "Ã©" in
    mis-decoded text.) ``TOKEN_PATTERN`` is linear (no nested quantifiers), so the timeout
    guard has nothing to catch. If NLTK's internals ever change shape, this falls back to
    ``span_tokenize``.
    """
    tokenizer = _word_tokenizer()
    probe = "The U.S.-led talks, 2+2 “format” — US’ 5.5% e.g. ok?"
    expected = list(tokenizer.span_tokenize(probe))
    try:
        compiled = tokenizer._regexp
        compiled = getattr(compiled, "_rx", compiled)
        if [m.span() for m in compiled.finditer(probe)] == expected:
            return compiled.finditer
    except (AttributeError, TypeError):  # pragma: no cover - depends on the NLTK version
        pass

    class _Match:  # pragma: no cover - fallback with the same interface
        __slots__ = ("_span", "_text")

        def __init__(self, span: tuple[int, int], text: str) -> None:
            self._span, self._text = span, text

        def span(self) -> tuple[int, int]:
            return self._span

        def group(self) -> str:
            return self._text[self._span[0] : self._span[1]]

    return lambda text: (_Match(sp, text) for sp in tokenizer.span_tokenize(text))  # pragma: no cover


def _token_factory():
    """A constructor for :class:`Token` that fills its slots directly.

    The frozen dataclass ``__init__`` goes through ``object.__setattr__`` once per
    field; setting the slot descriptors makes the same object (equal, hashable,
    still frozen) in about half the time, which matters at one token per word.
    """
    new = object.__new__
    setters = [getattr(Token, f).__set__ for f in ("start", "end", "text", "index", "sentence", "norm")]
    s_start, s_end, s_text, s_index, s_sentence, s_norm = setters

    def make(start: int, end: int, text: str, index: int, sentence: int, norm: str) -> Token:
        tok = new(Token)
        s_start(tok, start)
        s_end(tok, end)
        s_text(tok, text)
        s_index(tok, index)
        s_sentence(tok, sentence)
        s_norm(tok, norm)
        return tok

    return make


_TOKEN = _token_factory()


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while building many small objects.

    A document holds one object per token; every 700 allocations the collector would
    rescan the young ones, which costs about a fifth of the time on a long text and
    frees nothing (tokens form no cycles; reference counting frees them anyway). The
    collector is switched back on afterwards, also on error, and left alone if it was
    already off (so nested use is safe).
    """
    was_enabled = gc.isenabled()
    if was_enabled:
        gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def normalise(word: str) -> str:
    """Lower-case a token and straighten curly apostrophes and quotes.

    >>> normalise("US’")
    "us'"
    """
    return word.lower().replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


#: The first half of a contracted negation, which the tokenizer splits in three ("didn", "'",
#: "t"): "isn't", "haven't", "didn't", "don't", "can't", "won't".
NEGATION_STEMS = frozenset("isn aren wasn weren hasn haven hadn don doesn didn won wouldn can couldn shouldn "
                           "ca mustn needn".split())


def contracted_negation(tokens, k: int) -> int | None:
    """If ``tokens[k]`` is the "t" that ends a contracted negation, the index of its stem.

    The tokenizer splits "didn't" into "didn", "'" and "t"; the lenses read the three as one
    "not" with its auxiliary.

    >>> doc = build_document("He didn’t rule it out.")
    >>> contracted_negation(doc.tokens, 3), contracted_negation(doc.tokens, 4)
    (1, None)
    """
    if k < 2 or tokens[k].norm != "t" or tokens[k - 1].norm != "'" or tokens[k - 2].norm not in NEGATION_STEMS:
        return None
    if tokens[k - 2].end != tokens[k - 1].start or tokens[k - 1].end != tokens[k].start:
        return None
    return k - 2


def _paragraph_spans(text: str) -> list[tuple[int, int, str]]:
    """Split into blocks at blank lines and after label lines (:func:`_split_label_lines`),
    strip whitespace, and classify each block."""
    spans: list[tuple[int, int, str]] = []
    pos = 0
    pieces = []
    for m in _PARA_BREAK.finditer(text):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(text)))
    pieces = [piece for a, b in pieces for piece in _split_label_lines(text, a, b)]
    first = True
    title = True  # the first block after any header line
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
        spans.append((a, b, _classify(text[a:b], title)))
        title = False
    # A title line heads what follows it: heading-shaped lines after the last body paragraph
    # (a one-line text with no full stop, a rewrite's last line) are sentences, not headings.
    k = len(spans)
    while k and spans[k - 1][2] in ("heading", "caption"):
        k -= 1
    return spans[:k] + [(a, b, "body" if kind == "heading" else kind) for a, b, kind in spans[k:]]


#: A line that can stand alone above the next one: a headline, a time stamp or a label, short
#: and with no sentence end ("16:02 - Talks suspended", "Deteriorating US-Russia relations").
_LABEL_LINE_WORDS = 12


def _split_label_lines(text: str, a: int, b: int) -> list[tuple[int, int]]:
    r"""Split a block at a single line break that ends a short line with no sentence end when
    the next line opens with a capital or a digit: pasted pages and live blogs put headlines
    and time stamps on lines of their own. A hard-wrapped sentence goes on in lower case
    ("said the talks\nwould resume") or runs past the label length, and stays whole.

    >>> t = "16:02 - Talks suspended\nTalks have been suspended, the EU said."
    >>> [t[x:y] for x, y in _split_label_lines(t, 0, len(t))]
    ['16:02 - Talks suspended', 'Talks have been suspended, the EU said.']
    >>> t = "The minister said the talks\nwould resume on Monday."
    >>> [t[x:y] for x, y in _split_label_lines(t, 0, len(t))]
    ['The minister said the talks\nwould resume on Monday.']
    """
    out: list[tuple[int, int]] = []
    start = a
    pos = text.find("\n", a, b)
    while pos != -1:
        line = text[start:pos].strip()
        nxt = text[pos + 1:b].lstrip()[:1]
        if line and len(line.split()) <= _LABEL_LINE_WORDS and not _SENTENCE_END.search(line) \
                and not line.endswith((",", ";", ":", "-")) and (nxt.isupper() or nxt.isdigit()):
            out.append((start, pos))
            start = pos + 1
        pos = text.find("\n", pos + 1, b)
    out.append((start, b))
    return out


#: How many words a heading line may have; the text's first line, its title, may run longer, as
#: headlines do ("Opinion: The West must stop sleepwalking into a war over the Kessa Strait").
_HEADING_WORDS = 12
_TITLE_WORDS = 25


def _classify(block: str, title: bool = False) -> str:
    """The kind of a block: "caption", "heading" (one line of at most :data:`_HEADING_WORDS` words,
    :data:`_TITLE_WORDS` for the text's first line, with no sentence end) or "body".

    >>> _classify("Opinion: The West must stop sleepwalking into a war over the Kessa Strait", title=True)
    'heading'
    >>> _classify("Opinion: The West must stop sleepwalking into a war over the Kessa Strait")
    'body'
    """
    if _CAPTION.match(block):
        return "caption"
    words = block.split()
    if (
        "\n" not in block
        and 1 <= len(words) <= (_TITLE_WORDS if title else _HEADING_WORDS)
        and not _SENTENCE_END.search(block)
        and block[:1].isupper()
        and not block.endswith((":", ","))
    ):
        return "heading"
    return "body"


_ABBREVIATION_END = re.compile(r"(?:^|[\s(-])(?:(?:[A-Za-z]\.)+[A-Za-z]|[A-Z][a-z]{0,4})\.\)?$")


def _join_false_breaks(block: str, spans) -> list[tuple[int, int]]:
    """Join Punkt sentences wrongly cut after an abbreviation the kit does not list: a sentence
    does not open with ``, ; : ) ]``, nor with a lower-case word right after an initialism or a
    short capitalised abbreviation ("The S.E.C. said ...", "of Springfield, Va. said").

    >>> _join_false_breaks("Meeks (D-N.Y.), the chairman, said so. He left.", [(0, 14), (14, 38), (39, 47)])
    [(0, 38), (39, 47)]
    >>> _join_false_breaks("The S.E.C. said so. officials left.", [(0, 10), (11, 19), (20, 35)])
    [(0, 19), (20, 35)]
    """
    out: list[tuple[int, int]] = []
    for a, b in spans:
        head = block[a:a + 1]
        if out and head and (head in ",;:)]" or head.islower() and _ABBREVIATION_END.search(block[out[-1][0]:out[-1][1]])):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


#: "a.m." or "p.m." after a clock time, then a capitalised word that opens a sentence (a
#: determiner, pronoun, conjunction or number word, or a plural noun of witnesses such as
#: "Residents"; not a day, a month or a time zone, which may follow the time inside its sentence:
#: "at 9 a.m. Monday").
_CLOCK_THEN_SENTENCE = re.compile(
    r"\d\s*[ap]\.m\.(?=\s+(?:The|A|An|One|Two|Three|He|She|It|They|We|I|This|That|These|Those|There|But|And|"
    r"Some|Many|Most|His|Her|Their|Its|Our|Officials|Residents|Witnesses)\b)")


def _split_after_clock(block: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split a sentence after a clock time ("around 3 a.m.") when the next word can only open a
    new sentence: the kit lists "a.m." as an abbreviation, so Punkt never ends a sentence there.

    >>> _split_after_clock("They heard it at 3 a.m. One said so.", [(0, 36)])
    [(0, 23), (24, 36)]
    >>> _split_after_clock("It starts at 9 a.m. Monday.", [(0, 27)])
    [(0, 27)]
    """
    if "m." not in block:
        return spans
    out: list[tuple[int, int]] = []
    for a, b in spans:
        for m in _CLOCK_THEN_SENTENCE.finditer(block, a, b):
            nxt = m.end()
            while nxt < b and block[nxt].isspace():
                nxt += 1
            out.append((a, m.end()))
            a = nxt
        out.append((a, b))
    return out


def build_document(text: str) -> Document:
    """Split ``text`` into paragraphs, sentences and tokens, keeping character offsets.

    Args:
        text: any string; the empty string gives an empty document.

    Returns:
        A :class:`Document` whose spans all slice back to their text.
    """
    with gc_paused():
        return _build_document(text)


def _build_document(text: str) -> Document:
    doc = Document(text)
    splitter = _sentence_splitter()
    finditer = _token_finditer()
    make_token = _TOKEN
    tokens = doc.tokens
    norms: dict[str, str] = {}  # token text -> normalise(text), per document
    for p_index, (a, b, kind) in enumerate(_paragraph_spans(text)):
        block = text[a:b]
        doc.paragraphs.append(Paragraph(a, b, block, p_index, kind))
        if kind == "body":
            sent_spans = _split_after_clock(block, _join_false_breaks(block, splitter.span_tokenize(block)))
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
            t_first = len(tokens)
            s_index = len(doc.sentences)
            k = t_first
            for m in finditer(s_text):
                t_a, t_b = m.span()
                tok = m.group()
                norm = norms.get(tok)
                if norm is None:
                    norm = norms[tok] = normalise(tok)
                tokens.append(make_token(start + t_a, start + t_b, tok, k, s_index, norm))
                k += 1
            doc.sentences.append(
                Sentence(start, end, s_text, s_index, p_index, kind, t_first, len(tokens))
            )
    doc._token_starts = [t.start for t in doc.tokens]
    doc._sentence_starts = [s.start for s in doc.sentences]
    return doc


# ------------------------------------------------------------------ quotations


def quotations(doc: Document) -> list[tuple[int, int, int, int]]:
    """Pair quotation marks paragraph by paragraph (every lens reads quotations from here).

    Returns ``(open_start, open_end, close_start, close_end)`` for each quotation:
    the offsets of the opening and the closing mark, so the quoted words are
    ``text[open_end:close_start]``. Curly marks say which way they face; a straight
    mark (``"`` or a doubled apostrophe ``''``) opens when it follows a space, a
    bracket or the start of the paragraph, and closes otherwise.

    A quotation that runs on into the next paragraph (the wire convention: no closing mark at
    the end of the paragraph, a fresh opening mark at the start of the next) ends with its
    paragraph, with a closing mark of no width (``close_start == close_end``):

    >>> d = build_document('He said “one. Two," and left.')
    >>> [d.text[b:c] for a, b, c, e in quotations(d)]
    ['one. Two,']
    >>> d = build_document('Harlan wrote: "We will act.\\n\\n"This is deliberate," he added.')
    >>> [d.text[b:c] for a, b, c, e in quotations(d)]
    ['We will act.', 'This is deliberate,']
    """
    out: list[tuple[int, int, int, int]] = []
    text = doc.text
    paragraphs = doc.paragraphs
    open_at: tuple[int, int] | None = None  # the last opening mark not yet closed
    for n, p in enumerate(paragraphs):
        if n > 0 and open_at is not None:
            # the previous paragraph's quotation runs on if this one opens with a quotation mark
            nxt = text[p.start : p.start + 2]
            if nxt[:1] in ('"', "“") or nxt == "''":
                end = paragraphs[n - 1].end
                while end > open_at[1] and text[end - 1].isspace():
                    end -= 1
                out.append((open_at[0], open_at[1], end, end))
        open_at = None
        for m in _QUOTE_MARK.finditer(text, p.start, p.end):
            i, mark = m.start(), m.group()
            prev = text[i - 1] if i > p.start else " "
            if mark == "“":
                opening = True
            elif mark == "”":
                opening = False
            else:
                opening = prev.isspace() or prev in "([{—–-―" or i == p.start
            if opening:
                open_at = (i, m.end())
            elif open_at is not None:
                out.append((open_at[0], open_at[1], i, m.end()))
                open_at = None
    return out


_QUOTE_MARK = re.compile(r"''|[\"“”]")


# ------------------------------------------------------------------ intervals


class Intervals:
    """Half-open character intervals ``(x, y)`` (quotations, contents) answering "is this
    point (or span) inside any of them?" in O(log n): intervals sorted by ``x`` with a running maximum of ``y``
    (any interval with ``x <= p`` and ``y > p`` exists iff the largest such ``y`` exceeds ``p``).

    >>> iv = Intervals([(10, 20), (2, 5)])
    >>> [iv.has_point(p) for p in (1, 2, 5, 19, 20)]
    [False, True, False, True, False]
    >>> [iv.has_span(a, b) for a, b in ((2, 5), (3, 12), (12, 20))]
    [True, False, True]
    """

    __slots__ = ("_xs", "_ys")

    def __init__(self, pairs) -> None:
        pairs = sorted(pairs)
        self._xs = [x for x, _ in pairs]
        self._ys = []
        top = None
        for _, y in pairs:
            top = y if top is None or y > top else top
            self._ys.append(top)

    def has_point(self, p: int) -> bool:
        """``any(x <= p < y for x, y in intervals)``."""
        i = bisect.bisect_right(self._xs, p)
        return i > 0 and self._ys[i - 1] > p

    def has_span(self, a: int, b: int) -> bool:
        """``any(x <= a and b <= y for x, y in intervals)``."""
        i = bisect.bisect_right(self._xs, a)
        return i > 0 and self._ys[i - 1] >= b
