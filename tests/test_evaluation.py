"""Tests for course.evaluation on small hand-made gold and predictions, both modes."""

from __future__ import annotations

import pytest

import course
from course.datasets import Gold
from course.document import build_document
from course.errors import DatasetError, InputError
from course.evaluation import ROW_LENSES, Evaluation, evaluate, match_spans, prf
from course.model import Analysis, Annotation, Attribution, Span

TEXT = "Lavrov said that Russia may react, of course. This is a major violation."


def at(phrase: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(phrase, i + 1)
    return i, i + len(phrase)


def A(phrase: str, category: str, label: str) -> Annotation:
    s, e = at(phrase)
    return Annotation(s, e, phrase, category, label, "")


def S(phrase: str) -> Span:
    s, e = at(phrase)
    return Span(s, e, phrase)


def attribution(source="Lavrov", cue="said", content="Russia may react, of course", vc="neutral") -> Attribution:
    return Attribution(S(source) if source else None, S(cue), S(content) if content else None, None, "indirect", vc)


GOLD_ANNS = [
    A("may", "hedge", "epistemic"),
    A("of course", "booster", "concurrence"),
    A("major", "booster", "emphasis"),
    A("react", "escalation", "THREATEN"),
]


def gold(anns=GOLD_ANNS, attrs=None, un=None) -> Gold:
    return Gold("demo", TEXT, list(anns), [attribution()] if attrs is None else attrs,
                [S("This is a major violation.")] if un is None else un)


def pred(anns=GOLD_ANNS, attrs=None, un=None) -> Analysis:
    return Analysis(TEXT, build_document(TEXT), list(anns), [attribution()] if attrs is None else attrs,
                    [S("This is a major violation.")] if un is None else un)


def test_perfect_prediction_scores_one_everywhere():
    ev = evaluate(pred(), gold())
    assert len(ev.rows) == 2 * len(ROW_LENSES)
    for r in ev.rows:
        assert (r.precision, r.recall, r.f1) == (1.0, 1.0, 1.0), r
    assert ev.row("booster", "exact").tp == 2
    assert ev.row("booster").label_accuracy == 1.0


def test_missing_prediction_lowers_recall_only():
    ev = evaluate(pred(anns=GOLD_ANNS[:2]), gold())  # 'major' and 'react' missed
    for mode in ("exact", "overlap"):
        b = ev.row("booster", mode)
        assert (b.tp, b.fp, b.fn) == (1, 0, 1)
        assert b.precision == 1.0 and b.recall == 0.5 and b.f1 == pytest.approx(0.6667)
        e = ev.row("escalation", mode)
        assert (e.precision, e.recall, e.f1) == (0.0, 0.0, 0.0)
    assert ev.f1("hedge") == 1.0


def test_spurious_prediction_lowers_precision_only():
    extra = A("violation", "escalation", "ACCUSE")
    ev = evaluate(pred(anns=[*GOLD_ANNS, extra]), gold())
    for mode in ("exact", "overlap"):
        r = ev.row("escalation", mode)
        assert (r.tp, r.fp, r.fn) == (1, 1, 0)
        assert r.precision == 0.5 and r.recall == 1.0
    assert ev.f1("booster") == 1.0


def test_shifted_span_misses_exact_but_hits_overlap():
    shifted = [a for a in GOLD_ANNS if a.text != "of course"] + [A("course", "booster", "concurrence")]
    ev = evaluate(pred(anns=shifted), gold())
    assert ev.row("booster", "exact").recall == 0.5
    assert ev.row("booster", "exact").precision == 0.5
    assert ev.row("booster", "overlap").f1 == 1.0


def test_category_must_agree_and_label_is_scored_apart():
    # 'may' predicted as a booster: no hedge match, one spurious booster
    wrong_cat = [A("may", "booster", "certainty"), *GOLD_ANNS[1:]]
    ev = evaluate(pred(anns=wrong_cat), gold())
    assert ev.row("hedge").recall == 0.0
    assert ev.row("booster").fp == 1
    # right category, wrong label: a span match, half label accuracy
    wrong_label = [GOLD_ANNS[0], A("of course", "booster", "certainty"), *GOLD_ANNS[2:]]
    ev2 = evaluate(pred(anns=wrong_label), gold())
    assert ev2.f1("booster") == 1.0
    assert ev2.row("booster").label_accuracy == 0.5


def test_attribution_rows():
    shorter_content = attribution(content="Russia may react")
    ev = evaluate(pred(attrs=[shorter_content]), gold())
    assert ev.f1("attribution cue", "exact") == 1.0
    assert ev.f1("attribution source", "exact") == 1.0
    assert ev.f1("attribution content", "exact") == 0.0
    assert ev.f1("attribution content", "overlap") == 1.0
    no_source = attribution(source=None, vc="distancing")
    ev2 = evaluate(pred(attrs=[no_source]), gold())
    assert ev2.row("attribution source").recall == 0.0
    assert ev2.row("attribution cue").label_accuracy == 0.0  # verb class disagrees


def test_unattributed_rows():
    ev = evaluate(pred(un=[]), gold())
    assert ev.row("unattributed").recall == 0.0
    ev2 = evaluate(pred(un=[S("Lavrov said that Russia may react, of course.")]), gold())
    assert ev2.row("unattributed").precision == 0.0


def test_zero_division_rule():
    empty = evaluate(pred(anns=[], attrs=[], un=[]), gold(anns=[], attrs=[], un=[]))
    assert all(r.f1 == 1.0 for r in empty.rows)
    assert prf(0, 0, 0) == (1.0, 1.0, 1.0)
    assert prf(0, 2, 0) == (0.0, 0.0, 0.0)
    assert prf(0, 0, 2) == (0.0, 0.0, 0.0)


def test_overlap_matching_is_one_to_one_largest_first():
    # one gold span, two overlapping predictions: only the larger overlap counts
    assert match_spans([(0, 10)], [(0, 3), (2, 10)], "overlap") == [((0, 10), (2, 10))]
    # two gold spans, one long prediction: one match, one miss
    assert len(match_spans([(0, 4), (6, 10)], [(0, 10)], "overlap")) == 1
    assert match_spans([(0, 4)], [(4, 8)], "overlap") == []  # touching is not overlapping
    with pytest.raises(InputError):
        match_spans([], [], "fuzzy")


def test_outputs_table_html_dict():
    ev = evaluate(pred(), gold())
    table = ev.table()
    lines = table.splitlines()
    assert lines[0].split()[:3] == ["lens", "mode", "gold"]
    assert len(lines) == 2 + len(ev.rows)
    assert len({len(line) for line in lines[2:]}) <= 2  # aligned (label column may be '-')
    html = ev._repr_html_()
    assert html.startswith("<table") and html.count("<tr>") == len(ev.rows) + 1
    d = ev.to_dict()
    assert d["article"] == "demo" and len(d["rows"]) == len(ev.rows)
    assert set(d["rows"][0]) >= {"lens", "mode", "tp", "fp", "fn", "precision", "recall", "f1"}


def test_lookup_errors_are_friendly():
    ev = evaluate(pred(), gold())
    assert ev.f1("hedging") == ev.f1("hedge")
    with pytest.raises(InputError, match="Rows: hedge"):
        ev.f1("hedgez")
    with pytest.raises(InputError):
        ev.f1("hedge", "loose")


def test_text_mismatch_is_refused():
    other = Analysis("Another text.", build_document("Another text."))
    with pytest.raises(InputError, match="different texts"):
        evaluate(other, gold())


def test_gold_by_article_name():
    ev = evaluate(None, course.load_article().name)
    assert isinstance(ev, Evaluation)
    assert ev.article == course.load_article().name
    g = course.load_gold()
    self_ev = evaluate(g, g)
    assert all(r.f1 == 1.0 for r in self_ev.rows)
    with pytest.raises(DatasetError):
        evaluate(None, "no-such-article")
