"""Facts stated in notebooks/00-start-here.ipynb that depend on the gold or the analyzer.

Each test reads the literal from the notebook (markdown or code) and checks it against
``course.load_gold`` / ``course.analyze``, so a change to either makes the prose fail
here instead of silently becoming wrong.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import course
from course import exercises as E

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "00-start-here.ipynb"
SEED = "lavrov-asymmetric-steps-2021"


def _cells(kind: str) -> list[str]:
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    out = []
    for cell in nb["cells"]:
        if cell["cell_type"] == kind:
            src = cell["source"]
            out.append("".join(src) if isinstance(src, list) else src)
    return out


@pytest.fixture(scope="module")
def markdown() -> str:
    return "\n".join(_cells("markdown"))


@pytest.fixture(scope="module")
def example_sentence(markdown) -> str:
    """The seed sentence quoted as a block quote in 'Why read diplomatic news carefully?'."""
    lines = [ln[2:] for ln in markdown.splitlines() if ln.startswith("> ")]
    assert lines, "the notebook should quote one sentence of the seed article"
    return " ".join(ln.strip() for ln in lines)


def test_the_quoted_sentence_is_a_sentence_of_the_seed_article(example_sentence):
    text = course.load_article(SEED).text
    assert example_sentence in text
    sentences = [text[s.start : s.end] for s in course.analyze(text).sentences]
    assert example_sentence in sentences


def test_the_highlighted_sentence_in_code_is_the_quoted_one(example_sentence):
    code = next(c for c in _cells("code") if c.startswith("sentence = ("))
    namespace: dict = {}
    exec(code.split("course.highlight")[0], namespace)
    assert namespace["sentence"] == example_sentence


def test_both_stance_words_of_the_example_are_inside_what_lavrov_is_reported_to_say(markdown):
    """The prose says so; it does not give away the count of hedges (notebook 2's hedging-08 asks for it)."""
    assert "here both are inside what the writer reports Lavrov said" in markdown
    assert "only hedge" not in markdown
    gold = course.load_gold(SEED)
    for word in ("if necessary", "of course"):
        (mark,) = [a for a in gold.annotations if a.text == word]
        holders = [a for a in gold.attributions if a.content and a.content.start <= mark.start < a.content.end]
        assert holders and all("Lavrov" in a.source.text for a in holders), word


def test_gold_labels_of_the_example_sentence(example_sentence, markdown):
    gold = course.load_gold(SEED)
    base = gold.text.index(example_sentence)
    inside = [a for a in gold.annotations if base <= a.start < base + len(example_sentence)]
    by_cat = {}
    for a in inside:
        by_cat.setdefault(a.category, []).append(a.text)
    assert by_cat["booster"] == ["of course"]
    assert by_cat["hedge"] == ["if necessary"]
    assert {"react", "asymmetrically"} <= set(by_cat["escalation"])
    assert "deescalation" not in by_cat
    cues = [a.cue.text for a in gold.attributions if base <= a.cue.start < base + len(example_sentence)]
    assert cues == ["went on to say", "adding"]
    assert '"of course" shuts out any doubt' in markdown
    assert '"react" and "asymmetrically" announce retaliation' in markdown


def test_what_the_analyzer_marks_in_the_example_sentence(example_sentence, markdown):
    assert (
        'it marks "of course" as a booster,\n"if necessary" as a hedge, "react" and "asymmetrically" '
        '(among others) as escalation, and "went on to say"\nand "adding"' in markdown
    )
    analysis = course.analyze(example_sentence)
    found = {}
    for a in analysis.annotations:
        found.setdefault(a.category, []).append(a.text)
    assert found["booster"] == ["of course"]
    assert found["hedge"] == ["if necessary"]
    assert {"react", "asymmetrically"} < set(found["escalation"])  # "among others": strictly more
    assert [(a.source.text, a.cue.text) for a in analysis.attributions] == [
        ("Lavrov", "went on to say"),
        ("Lavrov", "adding"),
    ]


def test_the_course_map_lists_the_seven_notebooks_in_order(markdown):
    files = re.findall(r"`(\d\d-[a-z-]+)\.ipynb`", markdown.split("## The map of the course")[1].split("##")[0])
    assert files == list(E.NOTEBOOKS)


def test_the_bank_is_everyday_text_only_and_covers_three_lenses():
    exercises = course.list_exercises(notebook="00-start-here")
    assert len(exercises) >= 6
    assert {e["lens"] for e in exercises} == {"hedging", "attribution", "escalation"}
    for e in exercises:
        assert "article" not in E.get(e["id"]).source, e["id"]


def _header(stem: str) -> tuple[str, int]:
    """A notebook's own title (first line, without "# ") and minutes from its **Time** line."""
    nb = json.loads((ROOT / "notebooks" / f"{stem}.ipynb").read_text(encoding="utf-8"))
    first = "".join(nb["cells"][0]["source"])
    minutes = re.search(r"\*\*Time\*\* — about (\d+) minutes", first)
    assert minutes, f"{stem}: no '**Time** — about NN minutes' line"
    return first.splitlines()[0][2:].strip(), int(minutes.group(1))


def test_the_course_map_agrees_with_each_notebooks_own_header(markdown):
    section = markdown.split("## The map of the course")[1].split("\n## ")[0]
    rows = re.findall(r"^\| ([^|]+) \| `(\d\d-[a-z-]+)\.ipynb` \| [^|]+ \| about (\d+) min \|$", section, re.M)
    assert len(rows) == 7
    for title, stem, minutes in rows:
        assert (title.strip(), int(minutes)) == _header(stem), stem
    # both ways: a map row that disagrees with its header is caught
    title, stem, minutes = rows[2]
    assert (title.strip(), int(minutes) - 10) != _header(stem)


def test_notebook_titles_share_one_style():
    for n, stem in enumerate(E.NOTEBOOKS):
        title, _ = _header(stem)
        assert re.fullmatch(rf"{n} · [A-Z][a-z]+(?: [a-z-]+)*", title), title


def test_plover_and_parc_are_glossed_at_first_use(markdown):
    flat = " ".join(markdown.split())
    for name, gloss in (("PLOVER", "PLOVER, an open scheme that sorts the political events in the news"),
                        ("PARC", "PARC, the Penn Attribution Relations Corpus")):
        first = flat.index(name)
        assert flat.index(gloss) == first, name  # the gloss stands where the name first appears


def test_reflection_promise_is_kept():
    """start-07's explanation and this notebook promise that the reflection is shown again at the
    end; notebook 06 has the cell that shows it."""
    import json as _json
    from pathlib import Path as _Path

    from course import exercises as E

    assert "notebook 06 shows it back to you" in " ".join(E.get("start-07").explanation.split())
    nb06 = _Path(__file__).resolve().parent.parent / "notebooks" / "06-your-turn.ipynb"
    code = "\n".join("".join(c["source"]) for c in _json.loads(nb06.read_text("utf-8"))["cells"] if c["cell_type"] == "code")
    assert 'course.my_answer("start-07")' in code
