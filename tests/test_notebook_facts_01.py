"""Facts stated in notebooks/01-the-article.ipynb that depend on the seed text, its gold
annotation or its metadata, and the exercises of the 01 bank that rest on the gold.

Where practical the literal is read from the notebook's markdown with a regex and
compared with ``course.load_gold`` / ``course.load_article``, so a change to the gold
makes the prose fail here.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

import course
from course import exercises as E
from course.document import build_document

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "01-the-article.ipynb"
SEED = "lavrov-asymmetric-steps-2021"

#: Who each source phrase of the gold names (the grouping the notebook teaches).
PERSON = {
    "Russian Foreign Minister Sergey Lavrov": "Lavrov",
    "the Russian foreign minister": "Lavrov",
    "Lavrov": "Lavrov",
    "he": "Lavrov",
    "He": "Lavrov",
    "the Russian FM": "Lavrov",
    "Sputnik": "Sputnik",
    "Russian President Vladimir Putin": "Putin",
    "Putin": "Putin",
    "the US": "the United States",
}


@pytest.fixture(scope="module")
def markdown() -> str:
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    return "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")


@pytest.fixture(scope="module")
def gold():
    return course.load_gold(SEED)


@pytest.fixture(scope="module")
def text() -> str:
    return course.load_article(SEED).text


def _voice_row(markdown: str, voice: str) -> list[str]:
    row = next(ln for ln in markdown.splitlines() if ln.startswith(f"| **{voice}**"))
    return [c.strip() for c in row.strip("|").split("|")]


def test_every_source_is_mapped_to_a_person(gold):
    assert {a.source.text for a in gold.attributions if a.source} <= set(PERSON)
    assert all(a.source for a in gold.attributions)


def test_number_of_reported_statements(markdown, gold):
    (n,) = set(re.findall(r"The gold finds \*\*(\d+)\*\* reported statements", markdown))
    assert int(n) == len(gold.attributions) == 13
    assert f"The gold annotation finds {n} reported statements" in markdown


def test_statements_per_voice(markdown, gold):
    counts = Counter(PERSON[a.source.text] for a in gold.attributions)
    m = re.search(
        r"\*\*(\d+)\*\* of the \*\*(\d+)\*\* reported statements are his\. Putin has \*\*(\d+)\*\*, "
        r"Sputnik\n\*\*(\d+)\*\*, and the United States \*\*(\d+)\*\*",
        markdown,
    )
    assert m, "the sentence giving the statements per voice has changed"
    lavrov, total, putin, sputnik, us = map(int, m.groups())
    assert (lavrov, total, putin, sputnik, us) == (
        counts["Lavrov"], len(gold.attributions), counts["Putin"], counts["Sputnik"], counts["the United States"],
    )
    assert counts == Counter({"Lavrov": 9, "Putin": 2, "Sputnik": 1, "the United States": 1})
    for voice, n in (("Lavrov", lavrov), ("Sputnik", sputnik), ("Putin", putin), ("the United States", us)):
        suffix = " statements" if voice == "Lavrov" else ""
        assert _voice_row(markdown, voice)[0] == f"**{voice}** ({n}{suffix})"
    assert "9 by Lavrov under five different names, 2 by Putin" in markdown


def test_names_for_lavrov(markdown, gold):
    names = {a.source.text for a in gold.attributions if PERSON[a.source.text] == "Lavrov"}
    folded = {n if n not in ("he", "He") else "he" for n in names}
    row = _voice_row(markdown, "Lavrov")
    in_table = set(re.findall(r'"([^"]+)"', row[1]))
    assert in_table == names
    assert len(folded) == 5 == E.get("article-08").answer
    assert "under five different names" in markdown
    # the explanation of article-08 lists exactly these names
    assert set(re.findall(r'"([^"]+)"', E.get("article-08").explanation)) == folded


def test_cues_per_voice_in_the_map(markdown, gold):
    def cues_of(person):
        return Counter(a.cue.text for a in gold.attributions if PERSON[a.source.text] == person)

    def cues_in_row(cell):
        out = Counter()
        for part in re.split(r"[,;] ", cell):
            twice = part.endswith(" (twice)")
            out[part.replace(" (twice)", "")] += 2 if twice else 1
        return out

    assert cues_in_row(_voice_row(markdown, "Lavrov")[2]) == cues_of("Lavrov")
    assert cues_in_row(_voice_row(markdown, "Sputnik")[2]) == cues_of("Sputnik")
    assert cues_in_row(_voice_row(markdown, "Putin")[2]) == cues_of("Putin")
    assert cues_in_row(_voice_row(markdown, "the United States")[2]) == cues_of("the United States")


def test_only_one_attribution_names_a_via_and_it_is_abc_news(markdown, gold):
    vias = [(a.source.text, a.cue.text, a.via.text) for a in gold.attributions if a.via]
    assert vias == [("Putin", "was quoted as saying", "ABC News")]
    assert "Only one attribution names its intermediary (Putin, via ABC News)" in markdown
    assert _voice_row(markdown, "Putin")[3] == "ABC News, for the quotation"
    sputnik = [a for a in gold.attributions if a.source.text == "Sputnik"]
    assert [(a.cue.text, a.kind) for a in sputnik] == [("According to", "according-to")]
    assert sputnik[0].content.text.startswith("Lavrov remarks came after negotiations")


def test_the_writers_own_voice(markdown, gold):
    assert [u.text for u in gold.unattributed] == [
        "This is a major violation of the Russia-NATO Founding Act.",
        "This comes as Washington-Moscow ties hit rock bottom with the US threatening to shut down its embassy in Moscow.",
    ]
    assert "2 unattributed sentences and the sub-heading" in markdown
    assert "and 2 sentences in the writer's own voice" in markdown
    # "The first even sits between two sentences attributed to Lavrov"
    first = gold.unattributed[0]
    before = max((a for a in gold.attributions if a.cue.end <= first.start), key=lambda a: a.cue.start)
    after = min((a for a in gold.attributions if a.cue.start >= first.end), key=lambda a: a.cue.start)
    assert PERSON[before.source.text] == PERSON[after.source.text] == "Lavrov"
    # no US statement is quoted: the US attribution is indirect
    (us,) = [a for a in gold.attributions if a.source.text == "the US"]
    assert (us.cue.text, us.kind) == ("threatening", "indirect")


def test_article_07_agrees_with_the_gold(gold, text):
    ex = E.get("article-07")
    assert "article" not in ex.source  # a verbatim copy of the paragraph, so it is checked here
    assert ex.passage in text
    base = text.index(ex.passage)
    inside = [a.source.text for a in gold.attributions if base <= a.source.start < base + len(ex.passage)]
    assert inside == ex.answer
    # "Lavrov remarks" names Lavrov but is not a source: the wrong-but-tempting choice the hints warn about
    assert "Lavrov remarks" in ex.passage


def test_article_09_options_agree_with_the_gold(gold, text):
    ex = E.get("article-09")
    unattributed = {u.text for u in gold.unattributed}
    for option in ex.options:
        assert option["text"] in text, option["text"]
        assert option["correct"] == (option["text"] in unattributed), option["text"]
    assert {o["text"] for o in ex.options if o["correct"]} == unattributed


def test_the_structure_of_the_report(markdown, text):
    doc = build_document(text)
    kinds = [p.kind for p in doc.paragraphs]
    assert kinds == ["header", "body", "body", "body", "heading", "body", "body", "caption"]
    firsts = [text[p.start : p.end] for p in doc.paragraphs]
    ex = E.get("article-04")
    assert len(ex.items) == len(firsts)
    for item, label, para, kind in zip(ex.items, ex.answer, firsts, kinds):
        assert para.startswith(item), (item, para[:40])
        assert (kind == "header") == (label == "header")
        assert (kind == "heading") == (label == "sub-heading")
        assert (kind == "caption") == (label == "credit")
    assert firsts[4] == "Deteriorating US-Russia relations"
    assert 'Sub-heading**: "Deteriorating US-Russia relations"' in markdown
    sentences = [text[s.start : s.end] for s in course.analyze(text).sentences]
    assert sentences[0] == "date 2021-11-13"  # the header is its own unit; the lede comes next
    lede_text = sentences[1]
    for part in ("Russian Foreign Minister Sergey Lavrov", "on Friday, 12 November",
                 "pledged that Moscow will take\n  asymmetric retaliatory steps"):
        assert part in markdown
        assert part.replace("\n  ", " ") in lede_text


def test_non_standard_forms_are_in_the_text(markdown, text):
    for form in ("USS Porters", "IRNFT", "Lavrov remarks", "It is to mention that"):
        assert f'**"{form}"**' in markdown
        assert form in text
    assert "USS Porter," not in text and "USS Porter " not in text
    assert "“will act in a reciprocal manner, and if necessary, also asymmetrically\"" in text


def test_dates_and_outlet(markdown, text):
    meta = course.load_article(SEED).meta
    assert meta["outlet"] is None and meta["date"] == "2021-11-13" and meta["event_date"] == "2021-11-12"
    assert text.startswith(" date 2021-11-13 ")
    assert "not named anywhere in the text" in markdown
    assert "Friday 12 November 2021" in markdown and "on Friday" in text
    assert course.load_article(SEED).title.startswith("Lavrov pledges")
    assert "The title above the text is the course's own" in markdown


def test_the_speaker_table_cell_groups_the_names_as_the_prose_does(gold):
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    cell = next("".join(c["source"]) for c in nb["cells"]
                if c["cell_type"] == "code" and "course.tables.speaker_table(" in "".join(c["source"]))
    table = eval(cell, {"course": course, "gold": gold})  # noqa: S307 - the notebook's own one-liner
    counts = {row[0]: row[1] for row in table.rows}
    assert counts == dict(Counter(PERSON[a.source.text] for a in gold.attributions))
    assert counts == {"Lavrov": 9, "Sputnik": 1, "Putin": 2, "the United States": 1}


def test_open_skies_dates_are_placed_against_the_article_date(markdown):
    """Russia announced its withdrawal in January 2021 and it took effect on 18 December 2021,
    after the article (published 2021-11-13): the notebook must not say Russia had withdrawn."""
    import datetime as dt

    flat = " ".join(markdown.split())
    assert "Russia withdrew in 2021" not in flat
    assert "Russia announced its own withdrawal in January 2021" in flat
    assert "its withdrawal took effect on 18 December 2021, about a month after this article" in flat
    published = dt.date.fromisoformat(course.load_article(SEED).meta["date"])
    effective = dt.date(2021, 12, 18)
    assert published < effective and 25 <= (effective - published).days <= 40  # "about a month after"
    assert "at the time of the article Russia was still, formally, a member" in flat


def test_the_prediction_is_shown_back_before_article_10(tmp_path, monkeypatch, capsys):
    """The cell before article-10 prints the prediction saved in article-01, or says none is saved."""
    monkeypatch.setenv("COURSE_PROGRESS", str(tmp_path / "progress.json"))
    monkeypatch.chdir(tmp_path)
    E.reset_session()
    code = ["".join(c["source"]) for c in json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
    cell = next(c for c in code if 'course.my_answer("article-01")' in c)
    assert code[code.index(cell) + 1] == 'course.exercise("article-10")'
    exec(cell, {"course": course})  # noqa: S102 - the notebook's own cell
    assert capsys.readouterr().out.startswith("No prediction is saved")
    mine = "I expect him to threaten the West with countermeasures, but politely and with conditions attached."
    course.check("article-01", mine)
    exec(cell, {"course": course})  # noqa: S102
    assert capsys.readouterr().out == mine + "\n"
    E.reset_session()
