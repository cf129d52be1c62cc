"""Tests for course.highlighting: escaping, one titled mark per annotation, the legend,
lens filtering, nesting of overlapping marks, and static (script-free) output."""

from __future__ import annotations

import html as html_lib
import re
import time
from html.parser import HTMLParser

import pytest

import course
from course.document import build_document
from course.errors import InputError
from course.highlighting import Highlight, check_lenses, highlight
from course.labels import LENSES
from course.model import Analysis, Annotation, Attribution, Span

VOID = {"br", "img", "meta", "hr", "input", "link", "wbr"}


class TagChecker(HTMLParser):
    """Collects start tags, checks that every end tag closes the innermost open tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.starts: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.starts.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> but open: {self.stack[-3:]}")
        else:
            self.stack.pop()


def parse(html: str) -> TagChecker:
    p = TagChecker()
    p.feed(html)
    p.close()
    return p


def assert_well_formed(html: str) -> TagChecker:
    p = parse(html)
    assert p.errors == []
    assert p.stack == []
    return p


def marks_of(p: TagChecker) -> list[dict[str, str | None]]:
    return [a for t, a in p.starts if t == "span" and "m" in (a.get("class") or "").split() and a.get("title")]


def ann(text: str, phrase: str, category: str, label: str, nth: int = 0, **kw) -> Annotation:
    i = -1
    for _ in range(nth + 1):
        i = text.index(phrase, i + 1)
    return Annotation(i, i + len(phrase), phrase, category, label, kw.pop("explanation", f"why {phrase}"), **kw)


def span(text: str, phrase: str) -> Span:
    i = text.index(phrase)
    return Span(i, i + len(phrase), phrase)


def make(text: str, annotations=(), attributions=(), unattributed=()) -> Analysis:
    anns = sorted(annotations, key=lambda a: (a.start, -a.end))
    return Analysis(text, build_document(text), anns, list(attributions), list(unattributed))


SEED_LIKE = (
    "Lavrov said that Russia will, of course, react asymmetrically if necessary.\n\n"
    "Deteriorating relations\n\n"
    "This is a major violation. NATO may hold drills.\n\n(Image: AP)"
)


def seed_like() -> Analysis:
    t = SEED_LIKE
    attr = Attribution(span(t, "Lavrov"), span(t, "said"),
                       span(t, "Russia will, of course, react asymmetrically if necessary"),
                       None, "indirect", "neutral", "A neutral report.", "pattern: test")
    return make(
        t,
        [
            ann(t, "of course", "booster", "concurrence", rule="boosters.tsv: of course", reference="Hyland 2005"),
            ann(t, "will, of course, react asymmetrically", "escalation", "THREATEN", intensity=-7.0,
                modifiers=("conditional",)),
            ann(t, "if necessary", "hedge", "conditional"),
            ann(t, "major", "booster", "emphasis"),
            ann(t, "may", "hedge", "epistemic"),
            ann(t, "Lavrov", "attribution", "source"),
            ann(t, "said", "attribution", "cue"),
        ],
        [attr],
        [span(t, "This is a major violation.")],
    )


# ------------------------------------------------------------------ escaping


def test_script_in_article_is_shown_as_text_not_run():
    t = "Officials said <script>alert(1)</script> was found. It may be fake."
    a = make(t, [ann(t, "<script>alert(1)</script>", "hedge", "epistemic"), ann(t, "may", "hedge", "epistemic")])
    html = highlight(a).html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script" not in html.lower()
    assert_well_formed(html)


def test_attribute_injection_stays_inert():
    payload = 'He said "><img src=x onerror=alert(1)> today.'
    a = make(payload, [ann(payload, '"><img src=x onerror=alert(1)>', "hedge", "epistemic",
                           explanation='quote " and <b>tag</b>')])
    html = highlight(a).html
    p = assert_well_formed(html)
    assert not any(t == "img" for t, _ in p.starts)
    assert "onerror=alert(1)>" not in html
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    # the title attribute keeps the raw characters once parsed, so nothing escaped twice
    titles = [m["title"] for m in marks_of(p)]
    assert any('quote " and <b>tag</b>' in t for t in titles)


def test_plain_text_input_calls_analyze():
    h = highlight("Russia will, of course, react.")
    assert isinstance(h, Highlight)
    assert h.analysis.text == "Russia will, of course, react."
    assert "Russia will" in h.html


# ------------------------------------------------------------------ marks and titles


def test_every_annotation_has_a_numbered_mark_with_a_title():
    a = seed_like()
    h = highlight(a)
    p = assert_well_formed(h.html)
    marked = marks_of(p)
    titles = " ".join(m["title"] for m in marked)
    for x in a.annotations:
        assert x.text in titles, x
    # the attribution's content and the unattributed sentence get marks too
    assert "Attribution · content" in titles
    assert "Attribution · unattributed" in titles
    # the rule, the reference and the intensity reach the explanation
    assert "Found by: “of course” in the list of boosters (lexicons/boosters.tsv)" in titles
    assert "Hyland 2005" in titles
    assert "-7.0" in titles
    numbers = [m.number for m in h.marks]
    assert numbers == list(range(1, len(h.marks) + 1))
    assert len(h.marks) == len(a.annotations) + 2  # + content + unattributed


@pytest.mark.parametrize("name", course.list_articles())
def test_every_mark_says_in_words_what_found_it(name):
    """No raw rule record ("boosters.tsv: even", "pattern: x") reaches a reader."""
    h = highlight(course.analyze(course.load_article(name).text))
    found = [line for m in h.marks for line in m.details() if line.startswith("Found by: ")]
    assert len(found) == sum(bool(m.rule) for m in h.marks) > 0
    raw = re.compile(r"(?:^|, with )(?:\w+\.tsv|pattern|rule|continuation): ")
    assert not [line for line in found if raw.search(line[len("Found by: "):])]
    assert not any(line.startswith("Rule:") for m in h.marks for line in m.details())


def test_why_list_repeats_explanations_without_hover():
    h = highlight(seed_like())
    html = h.html
    why = html[html.index("<details"):]
    assert "Why highlighted" in why
    assert why.count("<li>") == len(h.marks)
    assert "why of course" in why and "why may" in why


def test_unattributed_sentence_marked_with_label():
    h = highlight(seed_like(), ["attribution"])
    un = [m for m in h.marks if m.label == "unattributed"]
    assert [m.text for m in un] == ["This is a major violation."]
    assert "a-unattributed" in h.html and "NO\u00a0SOURCE" in h.html


def test_paragraph_kinds_and_breaks_preserved():
    t = " date 2021-11-13 Lavrov spoke.\n\nDeteriorating US-Russia relations\n\nIt may rain.\nIt did.\n\n(Image: AP)"
    html = highlight(make(t)).html
    assert html.count("<p ") == 5  # header, body, heading, body, caption
    for kind in ("k-header", "k-heading", "k-caption", "k-body"):
        assert f'class="{kind}"' in html
    assert "It may rain.<br>" in html


# ------------------------------------------------------------------ lenses and legend


def legend_lenses(html: str) -> list[str]:
    legend = html[html.index('class="hl-legend"'):html.index('class="hl-text"')]
    return re.findall(r"<strong>([^<]+)</strong>", legend)


def legend_samples(html: str) -> list[str]:
    legend = html[html.index('class="hl-legend"'):html.index('class="hl-text"')]
    return [html_lib.unescape(re.sub(r"<sup.*?</sup>", "", s))
            for s in re.findall(r'<span class="lg"><span class="[^"]*">(.*?)</span> <strong>', legend)]


def test_legend_samples_come_from_the_text():
    """The legend shows each lens's style on the text's own first mark, never on a word the
    text does not hold; a lens with nothing found keeps a stock example."""
    text = course.load_article("lavrov-asymmetric-steps-2021").text
    samples = legend_samples(highlight(text).html)
    assert samples == ["if necessary", "exceptionally", "pledged", "asymmetric retaliatory steps", "negotiations"]
    assert all(s in text for s in samples)
    assert legend_samples(highlight("Nothing here at all.").html) == [
        "may", "of course", "said", "retaliatory steps", "negotiations"]


def test_legend_lists_exactly_the_selected_lenses():
    h = highlight(seed_like(), ["attribution", "hedging"])
    assert legend_lenses(h.html) == ["Hedging", "Attribution"]
    assert h.lenses == ("hedging", "attribution")
    all_h = highlight(seed_like())
    assert legend_lenses(all_h.html) == ["Hedging", "Boosting", "Attribution", "Escalation", "De-escalation"]


def test_legend_counts():
    h = highlight(seed_like())
    assert h.counts() == {"hedging": 2, "boosting": 2, "attribution": 4, "escalation": 1, "deescalation": 0}
    legend = h.html[h.html.index('class="hl-legend"'):h.html.index('class="hl-text"')]
    assert "2 marks" in legend and "1 mark<" in legend and "1 attribution, 1 unattributed" in legend


def test_lens_filter_keeps_only_chosen_categories():
    h = highlight(seed_like(), lenses=["hedging"])
    assert {m.category for m in h.marks} == {"hedge"}
    assert "m-booster" not in h.html.split("</style>")[1].split('class="hl-text"')[1]
    h2 = highlight(seed_like(), lenses=["boosting", "escalation"])
    assert {m.category for m in h2.marks} == {"booster", "escalation"}
    assert highlight(seed_like(), lenses=[]).marks == []


def test_unknown_lens_is_a_friendly_error():
    with pytest.raises(InputError) as exc:
        highlight(seed_like(), lenses=["hedges"])
    msg = str(exc.value)
    assert "'hedges'" in msg and "hedging" in msg
    for lens in LENSES:
        assert lens in msg
    assert check_lenses(None) == tuple(LENSES)
    assert check_lenses("escalation,hedging") == ("hedging", "escalation")


# ------------------------------------------------------------------ nesting


def test_nested_and_crossing_marks_are_well_formed():
    t = "Moscow will, of course, react and if necessary also act asymmetrically now."
    a = make(
        t,
        [
            ann(t, "will, of course, react", "escalation", "THREATEN", intensity=-7.0),
            ann(t, "of course", "booster", "concurrence"),
            ann(t, "react and if necessary", "deescalation", "RESTRAINT"),  # crosses the escalation
            ann(t, "if necessary also act", "hedge", "conditional"),  # crosses the de-escalation
            ann(t, "if necessary also act", "escalation", "THREATEN"),  # same extent, other lens
        ],
        [Attribution(None, span(t, "Moscow"), span(t, "will, of course, react and if necessary also act"),
                     None, "indirect", "neutral")],
    )
    h = highlight(a)
    p = assert_well_formed(h.html)
    # the booster sits inside the escalation: its span opens after the escalation's and before it closes
    body = h.html[h.html.index('class="hl-text"'):]
    esc = body.index("[%d] Escalation" % next(m.number for m in h.marks if m.category == "escalation" and m.text.startswith("will")))
    boo = body.index("[%d] Booster" % next(m.number for m in h.marks if m.category == "booster"))
    assert esc < boo
    # a crossing mark is split into pieces, each with the same title; every mark keeps one number tag
    titles = [m["title"] for m in marks_of(p)]
    for m in h.marks:
        assert sum(1 for x in titles if x.startswith(f"[{m.number}] ")) >= 1
        assert body.count(f'aria-label="mark {m.number}"') == 1
    # text is intact once the tags are stripped
    text_only = re.sub(r"<sup.*?</sup>", "", body)
    text_only = re.sub(r"<[^>]+>", "", text_only)
    assert t in html_lib.unescape(text_only)


def test_marks_crossing_a_paragraph_break_stay_balanced():
    t = "First part may\n\ncontinue here. End."
    a = make(t, [Annotation(6, 30, t[6:30], "hedge", "epistemic", "spans two paragraphs")])
    html = highlight(a).html
    assert_well_formed(html)
    assert html.count('aria-label="mark 1"') == 1


def test_gold_annotation_can_be_shown():
    gold = course.load_gold()
    h = highlight(gold)
    assert_well_formed(h.html)
    assert len(h.marks) >= len(gold.annotations)


# ------------------------------------------------------------------ static output


def test_fragment_is_static_and_self_contained():
    html = highlight(seed_like()).html
    assert "<script" not in html.lower()
    assert not re.search(r"\bon[a-z]+\s*=", html.split("</style>")[1].replace("title=", ""))
    assert "http://" not in html and "https://" not in html and "@import" not in html
    assert "url(" not in html
    assert html.count("<style>") == 1


def test_styles_scoped_under_wrapper_and_themes():
    h = highlight(seed_like())
    css = h.html[h.html.index("<style>") + 7:h.html.index("</style>")]
    w = h.wrapper_class
    assert h.html.startswith(f'<div class="{w}">')
    for rule in re.findall(r"([^{}]+)\{[^{}]*\}", css.replace("@media (prefers-color-scheme:dark){", "")):
        assert all(w in sel for sel in rule.split(",")), rule
    assert "prefers-color-scheme:dark" in css
    assert '[data-jp-theme-light="false"]' in css


def test_the_legend_points_to_numbers_only_when_there_are_marks():
    import course

    assert "small numbers refer" in course.highlight("Moscow may respond.")._repr_html_()
    assert "small numbers refer" not in course.highlight("The weather was mild.")._repr_html_()


def test_a_headline_the_text_opens_with_is_not_shown_twice():
    import course

    import html as html_lib
    import re

    geneva = course.load_article("practice-ceasefire-talks-geneva")
    assert 'class="hl-title"' not in course.highlight(geneva)._repr_html_()
    plain = course.highlight(geneva, lenses=[])._repr_html_()  # no marks: the words read as printed
    assert html_lib.unescape(re.sub(r"<style>.*?</style>|<[^>]+>", "", plain, flags=re.S)).count(geneva.title) == 1
    seed = course.load_article("lavrov-asymmetric-steps-2021")  # its text has no headline: the title is shown
    assert 'class="hl-title"' in course.highlight(seed)._repr_html_()


def test_save_writes_a_standalone_page(tmp_path):
    out = highlight(seed_like(), title='A "title" <x>').save(tmp_path / "page.html")
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert "&lt;x&gt;" in page and "<x>" not in page
    assert "<script" not in page.lower()
    assert_well_formed(page.split("\n", 1)[1])


def test_repr_html_and_analysis_repr_use_the_highlight():
    a = seed_like()
    assert highlight(a)._repr_html_() == highlight(a).html
    assert a._repr_html_() == highlight(a).html


def test_empty_text_renders():
    html = highlight(make("")).html
    assert "The text is empty" in html
    assert_well_formed(html)


def test_seed_article_renders_fast():
    article = course.load_article()
    analysis = course.analyze(article.text)
    highlight(analysis).html  # warm up
    t0 = time.perf_counter()
    for _ in range(5):
        h = highlight(analysis)
        h.html
    per = (time.perf_counter() - t0) / 5
    assert per < 0.02, per
    assert_well_formed(h.html)


# ------------------------------------------------------------------ review fixes


def test_no_lens_shows_plain_paragraphs_without_legend_or_why_list():
    art = course.load_article()
    h = highlight(art, lenses=[])
    assert h.lenses == () and h.marks == []
    assert '<div class="hl-legend"' not in h.html and "No lens selected" not in h.html
    assert '<details class="hl-why"' not in h.html and 'class="m ' not in h.html
    assert h.html.count("<p ") == len(art.analyze().paragraphs) >= 5
    assert "asymmetric retaliatory steps" in h.html
    # with a lens, the legend is back
    assert '<div class="hl-legend"' in highlight(art, lenses=["hedging"]).html


def test_escalation_underline_stays_whole_around_a_nested_cue():
    """"threatening to shut down its embassy" holds the boxed CUE "threatening": the
    escalation mark is one element (▲ once, on it) whose underline is its own border,
    so the nested box cannot break it."""
    h = highlight(course.load_article())
    body = h.html.split('<div class="hl-text">', 1)[1]
    m = next(m for m in h.marks if m.category == "escalation" and m.text.startswith("threatening"))
    cue = next(x for x in h.marks if x.label == "cue" and x.text == "threatening")
    assert m.start == cue.start and cue.end < m.end
    pieces = re.findall(r'<span class="m m-escalation (\w+)[^"]*" title="\[' + str(m.number) + r"\]", body)
    assert pieces == ["first"]  # one piece: the ▲ (drawn on .first) appears once
    opened = body.index(f'title="[{m.number}]')
    assert body.index(f'title="[{cue.number}]') > opened  # the CUE box is nested inside
    css = h.html[h.html.index("<style>"):h.html.index("</style>")]
    esc_rule = re.search(r"\.m-escalation\{([^}]*)\}", css).group(1)
    de_rule = re.search(r"\.m-deescalation\{([^}]*)\}", css).group(1)
    assert "border-bottom:3.5px solid var(--hl-escalation)" in esc_rule and "text-decoration" not in esc_rule
    assert "radial-gradient" in de_rule and "repeat-x" in de_rule and "text-decoration" not in de_rule
    assert "box-decoration-break:clone" in css
