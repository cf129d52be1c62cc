"""The checks every gold file passes, whatever the article: used by tests/test_seed_gold.py,
tests/test_practice_gold.py and tests/test_heldout_gold.py.

They check that an article's files are well formed and that its gold follows the conventions
of datasets/ANNOTATION.md (closed vocabularies, span extents, modifiers that follow the text),
not what the gold finds in a given article: the pinned facts stay in each test file. Also here:
small look-ups the three files share (one annotation or attribution by its text).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from datetime import date

import pytest

from course.datasets import Gold, datasets_dir, load_article, load_gold
from course.errors import DatasetError
from course.labels import ATTRIBUTION_KINDS, INTENSITY_RANGE, LABELS, VERB_CLASSES

#: The modifier vocabulary of ANNOTATION.md section 3.
MODIFIERS = {"attributed", "quoted", "conditional", "hedged", "negated"}
#: The categories a gold file annotates (attribution has its own list).
GOLD_CATEGORIES = {"hedge", "booster", "escalation", "deescalation"}
QUOTE_MARKS = "“”\""
#: The last line of every constructed text.
CONSTRUCTED_LABEL = "(Constructed teaching text: fictional outlet, people and events.)"


# ----------------------------------------------------------------- look-ups


def article_meta(slug: str) -> dict:
    """The article's meta.json, as a dict."""
    return json.loads((datasets_dir() / "articles" / slug / "meta.json").read_text(encoding="utf-8"))


def annotations_with(gold: Gold, text: str, category: str | None = None) -> list:
    """The annotations whose text is exactly ``text`` (of ``category``, when given)."""
    return [a for a in gold.annotations if a.text == text and (category is None or a.category == category)]


def one_annotation(gold: Gold, text: str, category: str):
    """The only ``category`` annotation reading ``text`` (fails unless there is exactly one)."""
    found = annotations_with(gold, text, category)
    assert len(found) == 1, f"expected one {category} annotation {text!r}, found {len(found)}"
    return found[0]


def one_attribution(gold: Gold, cue: str, source: str | None = None):
    """The only attribution with this cue (and source, when given); fails unless there is exactly one."""
    found = [
        r for r in gold.attributions
        if r.cue.text == cue and (source is None or (r.source is not None and r.source.text == source))
    ]
    assert len(found) == 1, f"expected one attribution with cue {cue!r} (source {source!r}), found {len(found)}"
    return found[0]


def quote_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quotation, marks included: curly pairs and paired straight quotes."""
    ranges = [(m.start(), m.end()) for m in re.finditer(r"“[^”]*”", text)]
    straight = [i for i, c in enumerate(text) if c == '"']
    assert len(straight) % 2 == 0, "unbalanced straight quotation marks"
    ranges += [(a, b + 1) for a, b in zip(straight[::2], straight[1::2])]
    return ranges


# ----------------------------------------------------------------- constructed texts: files and metadata


def check_article_files(slug: str, *readme_words: str) -> None:
    """The article folder holds its four files and the README says each of ``readme_words``."""
    folder = datasets_dir() / "articles" / slug
    for name in ("text.txt", "meta.json", "gold.json", "README.md"):
        assert (folder / name).is_file(), f"{slug} lacks {name}"
    readme = (folder / "README.md").read_text(encoding="utf-8").lower()
    for word in readme_words:
        assert word in readme, f"{slug}/README.md does not say {word!r}"


def check_constructed_meta(slug: str) -> dict:
    """meta.json of a constructed text is complete and matches its text; returns the meta."""
    meta = article_meta(slug)
    text = load_article(slug).text
    assert meta["slug"] == slug
    assert meta["kind"] == "constructed" and meta["constructed"] is True
    assert meta["language"] == "en"
    date.fromisoformat(meta["date"])
    assert meta["licence"].startswith("CC BY 4.0")
    assert meta["teaching_focus"] and all(isinstance(x, str) for x in meta["teaching_focus"])
    assert meta["word_count"] == len(text.split())
    assert 250 <= meta["word_count"] <= 450, meta["word_count"]
    assert meta["text_sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert meta["title"] == text.splitlines()[0]
    return meta


def check_headline_dateline_and_constructed_label(slug: str) -> None:
    """A headline (no dateline), then ``PLACE (Outlet) - ``, and the constructed label last."""
    text = load_article(slug).text
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    assert "(" not in paragraphs[0] and len(paragraphs[0].split()) <= 15  # a headline, no dateline
    outlet = article_meta(slug)["outlet"]
    assert re.match(rf"[A-Z/]+ \({re.escape(outlet)}\) - ", paragraphs[1]), paragraphs[1][:60]
    assert paragraphs[-1].strip() == CONSTRUCTED_LABEL


# ----------------------------------------------------------------- gold integrity


def check_vocabularies(gold: Gold) -> None:
    """Categories, labels, modifiers, kinds and verb classes come from the kit's vocabularies,
    and every annotation, attribution and unattributed sentence has its note."""
    for a in gold.annotations:
        assert a.category in GOLD_CATEGORIES, a
        assert a.label in LABELS[a.category], (a.text, a.category, a.label)
        assert set(a.modifiers) <= MODIFIERS, (a.text, a.modifiers)
        assert len(set(a.modifiers)) == len(a.modifiers), (a.text, a.modifiers)
        assert a.explanation.strip(), f"{a.text!r} has no note"
    for r in gold.attributions:
        assert r.kind in ATTRIBUTION_KINDS and r.verb_class in VERB_CLASSES, r
        assert r.explanation.strip()
    for u in gold.raw["unattributed"]:
        assert u["note"].strip() and u["text"].endswith("."), u


def check_intensities(gold: Gold) -> None:
    """Escalation weights are negative, de-escalation positive, both in range; no other weights."""
    lo, hi = INTENSITY_RANGE
    for a in gold.annotations:
        if a.category == "escalation":
            assert a.intensity is not None and lo <= a.intensity < 0, (a.text, a.intensity)
        elif a.category == "deescalation":
            assert a.intensity is not None and 0 < a.intensity <= hi, (a.text, a.intensity)
        else:
            assert a.intensity is None, (a.text, a.intensity)


def check_cameo_notes(gold: Gold) -> None:
    """Every (de-)escalation note names its CAMEO code and the weight it gives."""
    for a in gold.annotations:
        if a.category in ("escalation", "deescalation"):
            assert "CAMEO" in a.explanation, f"{a.text!r}: the note must name the CAMEO code"
            assert f"{abs(a.intensity):.1f}" in a.explanation, (a.text, a.intensity)


def check_labels_and_weights(gold: Gold) -> None:
    """:func:`check_vocabularies`, :func:`check_intensities` and :func:`check_cameo_notes` together."""
    check_vocabularies(gold)
    check_intensities(gold)
    check_cameo_notes(gold)


def check_sorted(gold: Gold) -> None:
    """Annotations, attributions (by cue) and unattributed sentences are listed in text order."""
    keys = [(a.start, a.end) for a in gold.annotations]
    assert keys == sorted(keys)
    cues = [r.cue.start for r in gold.attributions]
    assert cues == sorted(cues)
    assert [u.start for u in gold.unattributed] == sorted(u.start for u in gold.unattributed)


def check_no_overlap_within_a_category(gold: Gold) -> None:
    for category in GOLD_CATEGORIES:
        spans = sorted((a.start, a.end, a.text) for a in gold.by_category(category))
        for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
            assert e1 <= s2, f"{category}: {t1!r} ({s1}-{e1}) overlaps {t2!r} ({s2}-{e2})"


def check_spans_read_their_text(gold: Gold) -> int:
    """Every span slices back to its text, which starts and ends on a word or a quote mark;
    returns the number of spans checked."""
    spans = [*gold.annotations, *gold.unattributed]
    spans += [s for r in gold.attributions for s in (r.source, r.cue, r.content, r.via) if s]
    for s in spans:
        assert gold.text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text, repr(s.text)
    return len(spans)


def check_modifiers_follow_the_text(gold: Gold) -> None:
    """``quoted`` means inside quotation marks (as paired by :func:`quote_ranges`), and
    ``attributed`` inside some attribution's content."""
    quotes = quote_ranges(gold.text)
    for a in gold.annotations:
        in_quote = any(s <= a.start and a.end <= e for s, e in quotes)
        assert ("quoted" in a.modifiers) == in_quote, (a.text, a.modifiers)
    check_attributed_modifier(gold)


def check_attributed_modifier(gold: Gold) -> None:
    """``attributed`` means inside some attribution's content."""
    contents = [(r.content.start, r.content.end) for r in gold.attributions if r.content]
    for a in gold.annotations:
        in_content = any(s <= a.start and a.end <= e for s, e in contents)
        assert ("attributed" in a.modifiers) == in_content, (a.text, a.modifiers)


def check_attribution_spans(gold: Gold) -> None:
    """Content without "that"/"to" or the final period; the kind follows the quotation marks."""
    for r in gold.attributions:
        assert r.content is not None, r.cue.text
        c = r.content.text
        assert not c.startswith(("that ", "to ")) and not c.endswith((".", ",")), c
        has_quote = any(q in c for q in QUOTE_MARKS)
        if r.kind == "direct":
            assert not has_quote, c
            assert gold.text[r.content.start - 1] in "\"“" and gold.text[r.content.end] in "\"”,", c
        elif r.kind == "mixed":
            assert has_quote, c
        elif r.kind == "according-to":
            assert r.cue.text.lower() == "according to"
        else:
            assert not has_quote, c


def check_shifted_span_is_refused(slug: str, tmp_path, monkeypatch) -> None:
    """load_gold rejects a copy of the gold whose first offset is shifted by one (so the
    span checks can fail)."""
    src = datasets_dir() / "articles" / slug
    dst = tmp_path / "articles" / slug
    shutil.copytree(src, dst)
    raw = json.loads((dst / "gold.json").read_text(encoding="utf-8"))
    raw["annotations"][0]["start"] += 1
    (dst / "gold.json").write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("COURSE_DATASETS", str(tmp_path))
    with pytest.raises(DatasetError, match="should read"):
        load_gold(slug)
