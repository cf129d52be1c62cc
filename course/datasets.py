"""Find and read everything in ``datasets/``: articles, their gold annotation, lexicons.

This module is the one place that knows where the data lives. Notebooks, tests
and benchmarks call these functions and never open data by relative paths.

The folder is found in this order: the ``COURSE_DATASETS`` environment variable,
then ``datasets/`` beside the ``course`` package (the repository layout).

Example:
    >>> "lavrov-asymmetric-steps-2021" in list_articles()
    True
    >>> article = load_article("lavrov-asymmetric-steps-2021")
    >>> article.meta["date"]
    '2021-11-13'
"""

from __future__ import annotations

import csv
import hashlib
import difflib
import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable, Mapping

from .errors import DatasetError
from .model import Annotation, Attribution, Span

SEED_ARTICLE = "lavrov-asymmetric-steps-2021"


def datasets_dir() -> Path:
    """The ``datasets/`` folder of the kit.

    Raises:
        DatasetError: when the folder cannot be found, with what to do about it.
    """
    env = os.environ.get("COURSE_DATASETS")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parent.parent / "datasets")
    for c in candidates:
        if (c / "articles").is_dir():
            return c
    raise DatasetError(
        "The kit's datasets/ folder was not found. Install the kit from its repository "
        "(pip install -e .) or set COURSE_DATASETS to the folder's path."
    )


# --------------------------------------------------------------------- lexicons


@dataclass(frozen=True)
class LexiconEntry:
    """One row of a lexicon TSV. ``fields`` holds every column, including the common
    ones (``phrase``, ``label``, ``explanation``, ``source``)."""

    phrase: str
    label: str
    explanation: str
    source: str
    fields: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    line: int = 0

    def get(self, key: str, default: str = "") -> str:
        return self.fields.get(key, default) or default


REQUIRED_COLUMNS = ("phrase", "label", "explanation", "source")


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Read a tab-separated file with a header row; lines starting with ``#`` are comments."""
    rows: list[dict[str, str]] = []
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [(n, line) for n, line in enumerate(fh, 1) if line.strip() and not line.startswith("#")]
    if not lines:
        return rows
    reader = csv.reader((line for _, line in lines), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    for (n, _), values in zip(lines[1:], reader):
        if len(values) != len(header):
            raise DatasetError(f"{path.name} line {n}: expected {len(header)} columns, found {len(values)}.")
        row = {h.strip(): v.strip() for h, v in zip(header, values)}
        row["_line"] = str(n)
        rows.append(row)
    return rows


@lru_cache(maxsize=None)
def load_lexicon(name: str) -> tuple[LexiconEntry, ...]:
    """Load ``datasets/lexicons/<name>.tsv``.

    Args:
        name: the file name without extension, e.g. ``"hedges"``.

    Returns:
        The entries in file order.

    >>> any(e.phrase == "of course" for e in load_lexicon("boosters"))
    True
    """
    path = datasets_dir() / "lexicons" / f"{name}.tsv"
    if not path.is_file():
        known = sorted(p.stem for p in (datasets_dir() / "lexicons").glob("*.tsv"))
        raise DatasetError(f"No lexicon called {name!r}. Known lexicons: {', '.join(known)}.")
    entries = []
    for row in read_tsv(path):
        missing = [c for c in REQUIRED_COLUMNS if c not in row]
        if missing:
            raise DatasetError(f"{path.name}: missing column(s) {', '.join(missing)}.")
        line = int(row.pop("_line"))
        entries.append(
            LexiconEntry(row["phrase"], row["label"], row["explanation"], row["source"], row, line)
        )
    return tuple(entries)


WORD_CLASS_COLUMNS = ("class", "words", "used_by", "explanation", "source")


def read_word_classes(path: Path) -> Mapping[str, frozenset[str]]:
    """Read a word-class TSV: one row per class, its words space-separated.

    Args:
        path: the file, with the columns of ``WORD_CLASS_COLUMNS``.

    Returns:
        A read-only mapping from class name to its words, in file order.

    Raises:
        DatasetError: on a missing column, a row without a class name, a class defined twice,
            a class without words or a word listed twice in one class, naming the line.
    """
    rows = read_rows(path, WORD_CLASS_COLUMNS, "class")
    classes: dict[str, frozenset[str]] = {}
    for row in rows:
        name, where = row["class"], f"{path.name} line {row['_line']}"
        words = row["words"].split()
        if not words:
            raise DatasetError(f"{where}: the class {name!r} has no words.")
        twice = sorted({w for w in words if words.count(w) > 1})
        if twice:
            raise DatasetError(f"{where}: the class {name!r} lists {', '.join(map(repr, twice))} more than once.")
        classes[name] = frozenset(words)
    return MappingProxyType(classes)


@lru_cache(maxsize=None)
def load_word_classes(name: str) -> Mapping[str, frozenset[str]]:
    """Load the word classes of ``datasets/lexicons/<name>.tsv`` (read once, then cached).

    Args:
        name: the file name without extension, e.g. ``"escalation_word_classes"``.

    Returns:
        A read-only mapping from class name (``"observer-nouns"``) to its words.

    Raises:
        DatasetError: when the file is missing or malformed (see :func:`read_word_classes`).

    >>> "economists" in load_word_classes("escalation_word_classes")["observer-nouns"]
    True
    """
    return read_word_classes(lexicon_file(name, "word-class file"))


def word_class_in(file: str, name: str) -> frozenset[str]:
    """The words of the class ``name`` of ``datasets/lexicons/<file>.tsv``: what each lens's
    ``word_class`` reads (``course.lenses.escalation.words.word_class("view-nouns")``).

    Raises:
        KeyError: for a class the file does not have, with the classes it has.
        DatasetError: when the file is missing or malformed.

    >>> sorted(word_class_in("escalation_word_classes", "spoken-attack-words"))[:2]
    ['blistering', 'personal']
    """
    classes = load_word_classes(file)
    if name not in classes:
        raise KeyError(f"{file}.tsv has no class {name!r}; its classes: {', '.join(sorted(classes))}.")
    return classes[name]


def word_class_reader(file: str) -> Callable[[str], frozenset[str]]:
    """The ``word_class(name)`` accessor of one lens: the words of a class of
    ``datasets/lexicons/<file>.tsv``, read on the first call (not when the lens is imported) and
    cached. An unknown class is a ``KeyError`` that lists the classes the file has.

    >>> word_class = word_class_reader("hedging_word_classes")
    >>> "diplomats" in word_class("source-nouns")
    True
    >>> word_class("no-such-class")
    Traceback (most recent call last):
    ...
    KeyError: "hedging_word_classes.tsv has no class 'no-such-class'; ...
    """

    @lru_cache(maxsize=None)
    def word_class(name: str) -> frozenset[str]:
        return word_class_in(file, name)

    word_class.__doc__ = f"The words of one class of ``datasets/lexicons/{file}.tsv`` (see :func:`word_class_reader`)."
    return word_class


def lexicon_file(name: str, what: str = "file") -> Path:
    """The path of ``datasets/lexicons/<name>.tsv``.

    Args:
        name: the file name without extension, e.g. ``"escalation_patterns"``.
        what: what the file is, for the message ("word-class file").

    Raises:
        DatasetError: when there is no such file, with the files there are.

    >>> lexicon_file("escalation_patterns").name
    'escalation_patterns.tsv'
    """
    folder = datasets_dir() / "lexicons"
    path = folder / f"{name}.tsv"
    if not path.is_file():
        known = sorted(p.stem for p in folder.glob("*.tsv"))
        raise DatasetError(f"No {what} called {name!r} in lexicons/. Files there: {', '.join(known)}.")
    return path


def read_rows(path: Path, columns: tuple[str, ...], key: str) -> list[dict[str, str]]:
    """Read a TSV whose rows are named by one column, checking its schema.

    Args:
        path: the file.
        columns: the columns the file must have.
        key: the column that names each row (``"name"``); names are unique.

    Returns:
        The rows in file order, each with ``_line``, its line number in the file.

    Raises:
        DatasetError: on a file without rows, a missing column, a row without a name or a name
            given twice, naming the file and the line.
    """
    rows = read_tsv(path)
    if not rows:
        raise DatasetError(f"{path.name}: no rows (a header row and one row per {key} are needed).")
    missing = [c for c in columns if c not in rows[0]]
    if missing:
        raise DatasetError(f"{path.name}: missing column(s) {', '.join(missing)}.")
    lines: dict[str, str] = {}
    for row in rows:
        name, where = row[key], f"{path.name} line {row['_line']}"
        if not name:
            raise DatasetError(f"{where}: the row has no {key}.")
        if name in lines:
            raise DatasetError(f"{where}: the {key} {name!r} is already used on line {lines[name]}.")
        lines[name] = row["_line"]
    return rows


@lru_cache(maxsize=1)
def load_cameo_weights() -> Mapping[str, float]:
    """The Goldstein (1992) weight of every CAMEO code the escalation lens uses, from
    ``datasets/lexicons/cameo_weights.tsv`` (read once, then cached).

    Raises:
        DatasetError: when the file is missing, a code is listed twice, or a weight is not a
            number between -10 and 10, naming the line.

    >>> load_cameo_weights()["130"]
    -4.4
    """
    path = lexicon_file("cameo_weights", "table of CAMEO weights")
    weights: dict[str, float] = {}
    for row in read_tsv(path):
        where = f"{path.name} line {row['_line']}"
        code = row.get("code", "")
        if not code.isdigit():
            raise DatasetError(f"{where}: {code!r} is not a CAMEO code (digits, leading zero kept).")
        if code in weights:
            raise DatasetError(f"{where}: the code {code} is listed twice.")
        try:
            weight = float(row.get("weight", ""))
        except ValueError:
            raise DatasetError(f"{where}: the weight {row.get('weight')!r} is not a number.") from None
        if not -10.0 <= weight <= 10.0:
            raise DatasetError(f"{where}: the weight {weight} is off the Goldstein scale (-10 to 10).")
        weights[code] = weight
    return MappingProxyType(weights)


# --------------------------------------------------------------------- articles


@dataclass
class Gold:
    """A gold (hand-made) annotation of one text, in the same shape as an Analysis."""

    article: str
    text: str
    annotations: list[Annotation]
    attributions: list[Attribution]
    unattributed: list[Span]
    raw: dict[str, Any] = field(repr=False, default_factory=dict)

    def by_category(self, category: str) -> list[Annotation]:
        return [a for a in self.annotations if a.category == category]


@dataclass
class Article:
    """A text of the kit with its metadata and (when present) its gold annotation."""

    name: str
    text: str
    meta: dict[str, Any]
    path: Path

    @property
    def title(self) -> str:
        return str(self.meta.get("title", self.name))

    @property
    def gold(self) -> Gold | None:
        return load_gold(self.name) if (self.path / "gold.json").is_file() else None

    def analyze(self):
        """Shortcut for ``course.analyze(article.text)``."""
        from .analysis import analyze

        return analyze(self.text)

    def __repr__(self) -> str:
        return f"<Article {self.name!r}: {self.title!r}, {len(self.text.split())} words>"


def list_articles(kind: str | None = None, split: str | None = None) -> list[str]:
    """Names of the texts in ``datasets/articles``.

    Args:
        kind: only texts of this kind: ``"news"`` (real reporting) or ``"constructed"``
            (the kit's practice and held-out texts).
        split: ``"development"`` for the texts the analyzers were developed on, or
            ``"held-out"`` for the texts kept aside to measure them on unseen text.

    >>> "lavrov-asymmetric-steps-2021" in list_articles(split="development")
    True
    """
    root = datasets_dir() / "articles"
    names = sorted(p.name for p in root.iterdir() if (p / "text.txt").is_file())
    out = []
    for n in names:
        meta = _meta(root / n)
        if kind is not None and meta.get("kind") != kind:
            continue
        if split is not None and meta.get("split", "development") != split:
            continue
        out.append(n)
    return out


def _meta(folder: Path) -> dict[str, Any]:
    """An article's ``meta.json`` (title, date, outlet, split), or ``{}`` when there is none.

    Raises:
        DatasetError: when the file is not a JSON object, naming the file.
    """
    path = folder / "meta.json"
    if not path.is_file():
        return {}
    try:
        with open(path, encoding="utf-8-sig") as fh:
            data = json.load(fh)
    except (ValueError, OSError) as exc:
        raise DatasetError(f"{path}: not readable JSON ({exc}); fix or remove the file.") from None
    if not isinstance(data, dict):
        raise DatasetError(f"{path}: should hold a JSON object such as {{\"title\": \"...\"}}.")
    return data


def _unknown_article(name: object, names: list[str]) -> str:
    """The message for an article name the kit does not have, with the likeliest names.

    >>> _unknown_article("lavrov", ["lavrov-asymmetric-steps-2021", "practice-leaked-memo"])
    "No article called 'lavrov'. Did you mean 'lavrov-asymmetric-steps-2021'? See course.list_articles() for all names."
    """
    if not isinstance(name, str):
        return f"An article name is a string such as {SEED_ARTICLE!r}, not {type(name).__name__}."
    query = name.strip().lower()
    close = [n for n in names if query and query in n] or difflib.get_close_matches(query, names, n=3, cutoff=0.5)
    if close:
        guess = " or ".join(repr(n) for n in close[:3])
        return f"No article called {name!r}. Did you mean {guess}? See course.list_articles() for all names."
    return f"No article called {name!r}. The articles are: {', '.join(names)}."


def load_article(name: str = SEED_ARTICLE) -> Article:
    """Load one text of the kit by name (see :func:`list_articles`)."""
    names = list_articles()
    if not isinstance(name, str) or name not in names:
        raise DatasetError(_unknown_article(name, names))
    folder = datasets_dir() / "articles" / name
    text = (folder / "text.txt").read_text(encoding="utf-8")
    return Article(name, text, _meta(folder), folder)


def _span(d: dict[str, Any] | None) -> Span | None:
    if d is None:
        return None
    return Span(int(d["start"]), int(d["end"]), d["text"])


def load_gold(name: str = SEED_ARTICLE) -> Gold:
    """Load the gold annotation ``datasets/articles/<name>/gold.json``.

    Raises:
        DatasetError: when the file is missing, malformed, or a span does not match the text.
    """
    article = load_article(name)
    path = article.path / "gold.json"
    if not path.is_file():
        raise DatasetError(f"The article {name!r} has no gold annotation.")
    try:
        raw = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise DatasetError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno}).") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DatasetError(f"{path}: cannot be read ({exc}).") from None
    if not isinstance(raw, dict):
        raise DatasetError(f"{path}: should hold a JSON object with \"annotations\", \"attributions\" and "
                           "\"unattributed\" lists (see datasets/ANNOTATION.md §1).")
    try:
        return _gold_from(name, article.text, raw, path)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        what = f"the field {exc.args[0]!r} is missing" if isinstance(exc, KeyError) else str(exc)
        raise DatasetError(f"{path}: an entry is malformed ({what}); see datasets/ANNOTATION.md §1.") from None


def _gold_from(name: str, text: str, raw: dict[str, Any], path: Path) -> Gold:
    """Build a :class:`Gold` from the parsed ``gold.json`` (KeyError/TypeError on a bad entry)."""
    expected = raw.get("text_sha256")
    if expected and expected != hashlib.sha256(text.encode("utf-8")).hexdigest():
        raise DatasetError(f"{path}: the gold was made for a different version of the text.")
    anns = [
        Annotation(
            int(a["start"]), int(a["end"]), str(a["text"]), a["category"], a["label"], a.get("note", ""),
            rule="gold", intensity=a.get("intensity"), modifiers=tuple(a.get("modifiers", ())),
        )
        for a in raw.get("annotations", [])
    ]
    attrs = [
        Attribution(
            _span(r.get("source")), _span(r["cue"]), _span(r.get("content")), _span(r.get("via")),
            r["kind"], r["verb_class"], r.get("note", ""), rule="gold",
        )
        for r in raw.get("attributions", [])
    ]
    unattributed = [Span(int(u["start"]), int(u["end"]), str(u["text"])) for u in raw.get("unattributed", [])]
    for s in [*anns, *unattributed, *(x for r in attrs for x in (r.source, r.cue, r.content, r.via) if x)]:
        if text[s.start : s.end] != s.text:
            raise DatasetError(
                f"{path}: span {s.start}-{s.end} should read {s.text!r} but the text has "
                f"{text[s.start:s.end]!r}."
            )
    return Gold(name, text, anns, attrs, unattributed, raw)


# --------------------------------------------------------------------- the annotation guide


@dataclass(frozen=True)
class Guide:
    """A part of the kit's annotation guide (``datasets/ANNOTATION.md``), shown as Markdown in
    Jupyter (students cannot open files outside the course's ``notebooks/`` folder)."""

    section: str
    text: str

    def _repr_markdown_(self) -> str:
        return self.text

    def __str__(self) -> str:
        return self.text


def guide(section: str | None = None) -> Guide:
    """The annotation guide, whole or one section: what the kit's answer keys count, and why.

    Args:
        section: a section number as the guide writes it, such as ``"8"`` (escalation) or
            ``"6.4"`` (verb classes); None for the whole guide.

    Raises:
        DatasetError: for a section the guide does not have (the message lists them).

    Example:
        >>> guide("6.4").text.splitlines()[0]
        '### 6.4 Verb class'
    """
    text = (datasets_dir() / "ANNOTATION.md").read_text(encoding="utf-8")
    if section is None:
        return Guide("", text)
    wanted = str(section).strip().rstrip(".")
    lines = text.splitlines(keepends=True)
    heads = [(k, len(line) - len(line.lstrip("#")), line.lstrip("#").strip().split(" ", 1)[0].rstrip("."))
             for k, line in enumerate(lines) if line.startswith("## ") or line.startswith("### ")]
    for n, (k, level, number) in enumerate(heads):
        if number == wanted:
            end = next((j for j, lv, _ in heads[n + 1:] if lv <= level), len(lines))
            return Guide(wanted, "".join(lines[k:end]).rstrip() + "\n")
    numbers = ", ".join(number for _, _, number in heads if number[:1].isdigit())
    raise DatasetError(f"The annotation guide has no section {wanted!r}. Its sections: {numbers}.")
