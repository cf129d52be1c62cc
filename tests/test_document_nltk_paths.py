"""The document model calls NLTK's tokenizers by shorter paths than their public methods (the
word pattern's own ``finditer``; Punkt with its patterns out of NLTK's timeout wrapper). These
tests pin that the short paths give NLTK's own answers, on every text of the kit, on edge
cases and on a fuzzed sample, and that they are the ones in use."""

from __future__ import annotations

import random

import pytest

import course
from course.document import ABBREVIATIONS, _sentence_splitter, _token_finditer, _word_tokenizer

EDGE_CASES = [
    "Mr. Smith went to the U.S. yesterday. He said “no.” Then he left...",
    "The S.E.C. said so. officials left. “Why?” she asked! (It was 3 p.m.) Fine.",
    'He said: "We will act." The talks -- long ones -- ended... 5.5% of 1,200 voted.',
    "Ça va. Ünïcödé words. 1. First item. 2. Second item. e.g. this, i.e. that.",
    "A quote ends here.’ And «another» one. Dr. Ivanov, Jr., spoke at 9 a.m. Monday.",
    "",
    "   \n\n  ",
]


def _stock_splitter():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


def _texts():
    return [course.load_article(name).text for name in course.list_articles()] + EDGE_CASES


def test_punkt_with_plain_patterns_splits_as_nltk_does():
    stock, plain = _stock_splitter(), _sentence_splitter()
    for text in _texts():
        assert list(plain.span_tokenize(text)) == list(stock.span_tokenize(text)), text[:60]


def test_punkt_splits_fuzzed_text_as_nltk_does():
    """Odd characters (combining accents, mis-decoded bytes, zero-width spaces) next to full stops,
    quotation marks and abbreviations."""
    stock, plain = _stock_splitter(), _sentence_splitter()
    pieces = list("abcXYZ .,;:!?\"'()[]-—…“”‘’«»\n\t0123456789") + [
        "Ã©", "Â§", "\x83", "é", "ß", "ǅ", "ﬁ", "٣", "\u0301", "\u200b", "Mr.", "U.S.", "e.g.", "a.m.", "Dr.", "..."]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 60)))
        assert list(plain.span_tokenize(text)) == list(stock.span_tokenize(text)), repr(text)


def test_punkt_runs_without_the_timeout_wrapper():
    splitter = _sentence_splitter()
    for pattern in (splitter._lang_vars.period_context_re(), splitter._lang_vars._word_tokenizer_re(),
                    splitter._lang_vars.re_boundary_realignment, splitter._Token._RE_NUMERIC):
        assert not hasattr(pattern, "_rx") and hasattr(pattern, "finditer")


@pytest.mark.parametrize("text", _texts()[-len(EDGE_CASES):] + ["The U.S.-led talks, 2+2 “format” — US’ 5.5% e.g. ok?"])
def test_word_pattern_finds_the_tokens_nltk_finds(text):
    assert [m.span() for m in _token_finditer()(text)] == list(_word_tokenizer().span_tokenize(text))


def test_word_pattern_finds_the_tokens_nltk_finds_in_every_article():
    for name in course.list_articles():
        text = course.load_article(name).text
        assert [m.span() for m in _token_finditer()(text)] == list(_word_tokenizer().span_tokenize(text)), name
