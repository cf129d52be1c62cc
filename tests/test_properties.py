"""Property tests: ``analyze`` never crashes and its result always keeps the contract
(tests/analysis_contract.py), on arbitrary Unicode and on news-like text built from
fragments that exercise the three lenses. Plus a 2 MB input (marked slow)."""

from __future__ import annotations

import time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import course
from analysis_contract import check_analysis
from course.labels import CATEGORIES

# Pieces of news-like English: quotation marks (straight and curly), abbreviations
# with periods, reporting verbs, hedges, boosters, conflict vocabulary, captions,
# a dateline, odd spacing. Written for these tests.
FRAGMENTS = [
    "The minister said", "she told reporters", "according to state media,", "officials said.",
    "was quoted as saying", "by the news agency", "He even noted that", "it is understood that",
    "reportedly", "may", "could not be independently verified", "if necessary,", "unless",
    "of course", "clearly", "there is no doubt that", "about 300 troops", "whether",
    "the U.S.", "U.K.", "the E.U.", "Mr. Smith", "Dr.", "St. Petersburg", "a.m.", "e.g.",
    "will react", "asymmetric steps", "retaliatory measures", "sanctions", "expelled diplomats",
    "threatened to close the embassy", "naval drills", "troop build-up", "negotiations",
    "talks", "restraint", "an “unfriendly” country", "acting “aggressively”",
    "“We will respond,”", "“", "”", "‘", "’", "\"", "'", "«", "»", "(Image: AP)",
    " date 2021-11-13", "Moscow", "Washington", "NATO", "US-Russia", "2+2", "...", "…", "—",
    ".", ",", "?", "!", ":", ";", "(", ")", "\n", "\n\n", "\r\n", "\t", "  ", "",
]
SEPARATORS = st.sampled_from([" ", " ", " ", "", "\n", "\n\n", ". ", ", "])


@st.composite
def news_like(draw) -> str:
    parts = draw(st.lists(st.sampled_from(FRAGMENTS), max_size=40))
    seps = draw(st.lists(SEPARATORS, min_size=len(parts), max_size=len(parts)))
    return "".join(p + s for p, s in zip(parts, seps))


@settings(max_examples=150, deadline=None)
@given(st.text())
@example("")
@example(" \n\n \t ")
@example("“”")
@example("U.S.")
@example("\u0301said")  # a combining mark with nothing to combine with
@example("x\x00y")
def test_arbitrary_unicode_never_crashes(text):
    if "\x00" in text:
        with pytest.raises(course.InputError):
            course.analyze(text)
        return
    check_analysis(course.analyze(text), text)


@settings(max_examples=150, deadline=None)
@given(news_like())
@example("“We will respond,” the minister said, “if necessary.”")
@example("Moscow will, of course, react, and if necessary, also asymmetrically.")
@example("He even noted that the U.S. reportedly may act.\n\nAccording to state media, talks failed.")
@example("said said said “ “ ” according to according to")
def test_news_like_text_keeps_the_contract(text):
    check_analysis(course.analyze(text), text)


def test_fragments_do_exercise_the_document_model():
    # Guards the strategy itself: fragments must give several sentences and many tokens
    # (joined by ". ", one of the separators; joined by spaces, abbreviations such as "e.g."
    # before a lower-case word rightly end no sentence).
    text = ". ".join(FRAGMENTS)
    analysis = course.analyze(text)
    check_analysis(analysis, text)
    assert len(analysis.sentences) >= 20
    assert len(analysis.document.tokens) >= 100


@pytest.mark.slow
def test_two_megabytes_of_news():
    one = course.load_article("lavrov-asymmetric-steps-2021").text
    copies = -(-2_000_000 // len(one))
    big = "\n\n".join([one] * copies)
    assert len(big) >= 2_000_000

    single = course.analyze(one)
    analysis = course.analyze(big)
    assert analysis.text is big
    assert analysis.sentences[-1].end <= len(big)

    # Counts scale with the number of copies. Not exactly: the dateline is only a
    # header at the very start of a text, so later copies split a little differently.
    low, high = 0.8 * copies, 1.2 * copies
    n1, n = len(single.sentences), len(analysis.sentences)
    assert low * n1 <= n <= high * n1, (n1, n, copies)
    c1, c = single.counts(), analysis.counts()
    for category in CATEGORIES:
        if c1[category]:
            assert low * c1[category] <= c[category] <= high * c1[category], (category, c1, c)
        else:
            assert c[category] <= 0.2 * copies, (category, c1, c)
    if single.attributions:
        assert low * len(single.attributions) <= len(analysis.attributions) <= high * len(single.attributions)

    # Spot-check the contract at both ends of the big text (the full check is slow).
    for a in analysis.annotations[:50] + analysis.annotations[-50:]:
        assert big[a.start : a.end] == a.text
    for s in analysis.sentences[-20:]:
        assert big[s.start : s.end] == s.text


def _check_reports(analysis, text):
    # every cue reports content up to the sentence end, cut at the content limit
    from course.lenses.attribution.contents import MAX_CONTENT_CHARS

    assert len(analysis.attributions) == text.count("said") + text.count("warned")
    assert max(len(r.content.text) for r in analysis.attributions) <= MAX_CONTENT_CHARS


def _check_wishes(analysis, text):
    # the wishes and plans are inside Moscow's content (§6.1); a threat is a report of its own
    cues = [r.cue.text for r in analysis.attributions]
    assert cues.count("said") == cues.count("threatens") == text.count("said")
    assert "wants" not in cues and "plans" not in cues


def _check_threats(analysis, text):
    # each expulsion threatened under its condition is one conditional mark
    expulsions = [m for m in analysis.annotations if m.text.startswith("expel")]
    assert len(expulsions) == text.count("expel") and all("conditional" in m.modifiers for m in expulsions)


def _check_denials(analysis, text):
    # the rejection after each denied clause is the ministry's own act, not denied
    rejections = [m for m in analysis.annotations if m.text == "rejected the accusations"]
    assert len(rejections) == text.count("rejected") and not any("negated" in m.modifiers for m in rejections)


def _check_appeals(analysis, text):
    requests = [m for m in analysis.annotations if m.label == "REQUEST"]
    assert len(requests) == text.count("called") + text.count("urged")


def _check_inverted(analysis, text):
    # every quotation before "the minister said" is reported by it
    said = [r for r in analysis.attributions if r.cue.text == "said"]
    assert len(said) == text.count(" said") and all(r.content.text == "We will respond in kind" for r in said)


def _check_vias(analysis, text):
    quoted = [r for r in analysis.attributions if r.cue.text == "was quoted as saying"]
    assert len(quoted) == text.count("quoted") and all(r.via.text == "ABC News" for r in quoted)


def _check_sources(analysis, text):
    # every "according to" names its unnamed source, a weasel hedge too
    according = [r for r in analysis.attributions if r.cue.text == "according to"]
    assert len(according) == text.count("according")
    assert all(r.source.text == "two diplomats familiar with the talks" for r in according)
    weasels = [m for m in analysis.annotations if m.label == "weasel"]
    assert len(weasels) == text.count("Officials") + text.count("two diplomats")


def _check_names(analysis, text):
    # a capitalised "May" is a name or a month, read from its neighbours, not from the whole sentence
    said = [r for r in analysis.attributions if r.cue.text == "said"]
    assert len(said) == text.count("said")
    assert all(r.source.text == "Theresa May" and r.content.text == "so" for r in said)


@pytest.mark.slow
@pytest.mark.parametrize("clause, small, check", [
    ("Lavrov said that Moscow would respond to any unfriendly steps, and the ministry "
     "warned that the drills were a provocation, ", 1200, _check_reports),
    # every wish or plan is checked against the contents found before it, and every escalation
    # candidate against the hedges of its clause: both once per content or clause
    ("Moscow said the US wants to talk and Paris plans to trade and Berlin threatens to leave, ", 1700, _check_wishes),
    # a clause that never ends: the scope checks of each phrase read only the words around it,
    # a denied clause and a backward content stop at their limits, appeals look up their phrases
    ("If Tarsk crosses the river, Velm will expel the envoy and may close the border, ", 500, _check_threats),
    ("The ministry denied that its troops had fired first and rejected the accusations, ", 500, _check_denials),
    ("The envoy called for restraint and urged both sides to return to talks, ", 500, _check_appeals),
    ('"We will respond in kind," the minister said, warning that any attack would trigger a response ', 400,
     _check_inverted),
    ("If necessary, Russia will of course react asymmetrically, Lavrov was quoted as saying by ABC News ", 400,
     _check_vias),
    ("Officials said the ceasefire may collapse, according to two diplomats familiar with the talks, ", 400,
     _check_sources),
    ("Theresa May said so in May, ", 3000, _check_names),
])
def test_a_run_on_text_with_no_full_stops_stays_linear(clause, small, check):
    # pasted transcripts and broken scrapes can hold one enormous "sentence"; that must not make
    # the analysis quadratic (150 KB and 600 KB: large enough that a copy of the sentence's
    # tokens per report would show)
    seconds = []
    for text in (clause * small, clause * small * 4):
        t0 = time.perf_counter()
        analysis = course.analyze(text)
        seconds.append(time.perf_counter() - t0)
        check_analysis(analysis, text)
        assert len(analysis.sentences) == 1
        check(analysis, text)
    # four times the text may take at most about eight times as long (quadratic would be 16x)
    assert seconds[1] <= 8 * seconds[0] + 0.5, seconds


@pytest.mark.slow
def test_highlighting_a_long_paragraph_stays_linear():
    # a file with one paragraph per line is a single paragraph (only blank lines split them):
    # drawing its marks must not rescan every mark for every piece of text
    from course.datasets import load_article

    seed = load_article("lavrov-asymmetric-steps-2021").text.replace("\n\n", "\n") + "\n"
    seconds = []
    for n in (32, 128):
        analysis = course.analyze(seed * n)
        assert len(analysis.document.paragraphs) <= 2
        runs = []
        for _ in range(3):  # the fastest of three runs: a busy machine slows single runs unevenly
            t0 = time.perf_counter()
            html = course.highlight(analysis)._repr_html_()
            runs.append(time.perf_counter() - t0)
        seconds.append(min(runs))
        assert html.count('aria-label="mark ') == len(course.highlight(analysis).marks)
    # four times the text may take at most about eight times as long (quadratic would be 16x)
    assert seconds[1] <= 8 * seconds[0] + 0.5, seconds
