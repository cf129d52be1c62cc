"""Whose voice? Give every attribution a speaker, and every mark a voice.

The attribution lens records sources *as written* ("Russian Foreign Minister Sergey
Lavrov", "the Russian FM", "he"). To ask "who escalates, who hedges?" a reader has to
say which written names are the same speaker. This module does that with a few
documented rules (:func:`resolve_speakers`), always overridable with a mapping, and
then counts, for each speaker, the hedges, boosters, escalation and de-escalation
phrases inside their reported words (:func:`speaker_lens_matrix`).

The rule that gives a mark to a voice (notebook 05):

    A mark belongs to the source of the attribution whose content holds it. A mark
    outside every attribution's content belongs to the writer.

Works on anything with ``.text``, ``.annotations`` and ``.attributions``: an
:class:`~course.model.Analysis` from :func:`course.analyze`, or a gold annotation
from :func:`course.load_gold`. This is analysis code: it imports no widget or chart
library.

Example (the seed article's gold annotation):
    >>> from course.datasets import load_gold
    >>> gold = load_gold("lavrov-asymmetric-steps-2021")
    >>> names = speaker_names(gold)
    >>> names["the Russian FM"], names["He"], names["Russian President Vladimir Putin"]
    ('Lavrov', 'Lavrov', 'Putin')
    >>> m = speaker_lens_matrix(gold)
    >>> m["Lavrov"]
    {'hedge': 1, 'booster': 2, 'escalation': 12, 'deescalation': 3}
    >>> m["the writer"]["escalation"]
    7
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from .errors import InputError

#: The voice of everything outside every attribution's content.
WRITER = "the writer"

#: The speaker of an attribution whose source the text does not name ("it is understood").
NO_SOURCE = "(no source named)"

#: The columns of the speaker matrix: the mark categories of the three lenses.
LENS_COLUMNS: tuple[str, ...] = ("hedge", "booster", "escalation", "deescalation")

#: Column headings for students.
COLUMN_TITLES: dict[str, str] = {
    "hedge": "hedges",
    "booster": "boosters",
    "escalation": "escalation",
    "deescalation": "de-escalation",
}

#: Pronouns that point back to the most recent named speaker (rule 4 below).
PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her"})

_DETERMINERS = frozenset({"the", "a", "an"})
_WORD = re.compile(r"[\w’'+-]+")


def _subject(obj: Any) -> Any:
    """Something with ``.text``, ``.annotations`` and ``.attributions``."""
    if isinstance(obj, str):
        from .analysis import analyze

        return analyze(obj)
    if hasattr(obj, "attributions") and hasattr(obj, "annotations") and hasattr(obj, "text"):
        return obj
    if hasattr(obj, "analyze") and hasattr(obj, "text"):  # an Article
        return obj.analyze()
    raise InputError(
        "Give a text, course.analyze(...), course.load_article(...) or course.load_gold(...), "
        f"not {type(obj).__name__}."
    )


def _words(phrase: str) -> list[str]:
    return _WORD.findall(phrase)


def _acronyms(words: list[str]) -> set[str]:
    """Initials of every run of two or more consecutive words: "Foreign Minister" -> "FM"."""
    out = set()
    for i in range(len(words)):
        for j in range(i + 2, len(words) + 1):
            out.add("".join(w[0] for w in words[i:j]).upper())
    return out


def _name_candidates(source: str) -> list[str]:
    """The last word of a source, and the last word of its part before ", " or " of "."""
    words = _words(source)
    head = _words(re.split(r",\s| of ", source, maxsplit=1)[0])
    return [w for w in (words[-1:] + head[-1:]) if w[:1].isupper()]


def _is_pronoun(source: str) -> bool:
    words = _words(source)
    return len(words) == 1 and words[0].lower() in PRONOUNS


def _is_bare_name(source: str) -> bool:
    """One capitalised word that is not a pronoun: "Lavrov", "Putin", "Sputnik"."""
    words = _words(source)
    return len(words) == 1 and words[0][:1].isupper() and words[0].lower() not in PRONOUNS


def resolve_speakers(analysis_or_gold: Any, speakers: Mapping[str, str] | None = None) -> list[str]:
    """The speaker of each attribution, in the order of ``.attributions``.

    Sources are compared as written, with four rules applied in text order (a reader
    should still check the result: this is a stand-in for reading, not coreference):

    1. **Bare names.** A source of one capitalised word ("Lavrov", "Sputnik") is a
       speaker's name.
    2. **Full names.** A longer source that ends with such a name is that speaker:
       "Russian Foreign Minister Sergey Lavrov" -> "Lavrov"; so is one whose name ends
       before an "of ..." or ", ..." phrase ("Special Envoy Sofia Lind of the
       Council" -> "Lind", when "Lind" is a source too).
    3. **Descriptions.** A source starting with "the" whose other words all occur in
       an earlier source (case ignored), or are the initials of consecutive words in it,
       is that earlier source's speaker: "the Russian foreign minister" and
       "the Russian FM" (FM = Foreign Minister) -> "Lavrov".
    4. **Pronouns.** "he", "she", "it", "they" (any case) is the speaker of the nearest
       earlier attribution whose source is not a pronoun.

    Anything else is its own speaker, as written ("the US"). An attribution with no
    source gets :data:`NO_SOURCE`.

    Args:
        analysis_or_gold: an analysis, a gold annotation, an article or a text.
        speakers: optional mapping from a source as written to the speaker's name; it
            wins over the rules ({"the US": "the United States"}).

    Example:
        >>> from course.datasets import load_gold
        >>> resolve_speakers(load_gold("lavrov-asymmetric-steps-2021"))[:4]
        ['Lavrov', 'Sputnik', 'Lavrov', 'Lavrov']
    """
    subject = _subject(analysis_or_gold)
    attributions = list(subject.attributions)
    override = dict(speakers or {})
    sources = [a.source.text if a.source is not None else None for a in attributions]
    bare = {s for s in sources if s and _is_bare_name(s)}
    out: list[str] = []
    for i, source in enumerate(sources):
        if source is None:
            out.append(NO_SOURCE)
            continue
        if source in override:
            out.append(override[source])
            continue
        words = _words(source)
        lowered = [w.lower() for w in words]
        speaker = source
        if len(words) == 1 and lowered[0] in PRONOUNS:
            earlier = [k for k in range(i - 1, -1, -1) if sources[k] and not _is_pronoun(sources[k])]
            if earlier:
                speaker = out[earlier[0]]
        elif source in bare:
            speaker = source
        elif any(w in bare for w in _name_candidates(source)):
            speaker = next(w for w in _name_candidates(source) if w in bare)
        elif lowered and lowered[0] in _DETERMINERS and len(words) > 1:
            wanted = words[1:]
            for k in range(i - 1, -1, -1):
                if not sources[k]:
                    continue
                earlier_words = _words(sources[k])
                pool = {w.lower() for w in earlier_words}
                initials = _acronyms(earlier_words)
                if all(w.lower() in pool or (w.isupper() and len(w) > 1 and w in initials) for w in wanted):
                    speaker = out[k]
                    break
        out.append(speaker)
    return out


def speaker_names(analysis_or_gold: Any, speakers: Mapping[str, str] | None = None) -> dict[str, str]:
    """Each source as written -> its speaker, by the rules of :func:`resolve_speakers`.

    A written source that names two different speakers in one text (a "he" that is
    first one man, then another) keeps its first speaker here; :func:`resolve_speakers`
    gives every attribution its own.

    Example:
        >>> from course.datasets import load_gold
        >>> names = speaker_names(load_gold("lavrov-asymmetric-steps-2021"))
        >>> sorted(k for k, v in names.items() if v == "Lavrov")
        ['He', 'Lavrov', 'Russian Foreign Minister Sergey Lavrov', 'he', 'the Russian FM', 'the Russian foreign minister']
        >>> names["the US"]
        'the US'
    """
    subject = _subject(analysis_or_gold)
    out: dict[str, str] = {}
    for a, speaker in zip(subject.attributions, resolve_speakers(subject, speakers)):
        out.setdefault(a.source.text if a.source is not None else NO_SOURCE, speaker)
    return out


def whose(mark: Any, analysis_or_gold: Any, speakers: Mapping[str, str] | None = None) -> str:
    """The voice of one mark: the speaker of the attribution whose content holds it
    (the innermost one, when contents nest), else :data:`WRITER`.

    Example:
        >>> from course.datasets import load_gold
        >>> gold = load_gold("lavrov-asymmetric-steps-2021")
        >>> marks = {m.text: m for m in gold.annotations}
        >>> whose(marks["if necessary"], gold), whose(marks["hit rock bottom"], gold)
        ('Lavrov', 'the writer')
    """
    subject = _subject(analysis_or_gold)
    return _voices(subject, [mark], resolve_speakers(subject, speakers))[0]


def _voices(subject: Any, marks: Iterable[Any], resolved: list[str]) -> list[str]:
    holders = [(a.content.start, a.content.end, s) for a, s in zip(subject.attributions, resolved)
               if a.content is not None]
    out = []
    for m in marks:
        inside = [(e - s, who) for s, e, who in holders if s <= m.start and m.end <= e]
        out.append(min(inside)[1] if inside else WRITER)
    return out


@dataclass
class VoiceMatrix:
    """Counts of marks per speaker (rows) and lens category (columns).

    Attributes:
        rows: the speakers, in order of first attribution, then :data:`WRITER` last.
        columns: the categories counted (:data:`LENS_COLUMNS`).
        counts: ``{speaker: {category: number}}``.
        marks: ``{speaker: [the annotations counted for them]}``.

    ``matrix["Lavrov"]`` gives one row as a dict; in Jupyter the matrix shows itself as
    a table.
    """

    rows: list[str]
    columns: list[str]
    counts: dict[str, dict[str, int]]
    marks: dict[str, list[Any]]

    def __getitem__(self, speaker: str) -> dict[str, int]:
        try:
            return dict(self.counts[speaker])
        except KeyError:
            raise KeyError(f"No speaker {speaker!r}. Speakers: {', '.join(self.rows)}.") from None

    def __iter__(self):
        return iter(self.rows)

    def values(self) -> list[list[int]]:
        """The counts as a list of rows (for a chart)."""
        return [[self.counts[r][c] for c in self.columns] for r in self.rows]

    def to_dict(self) -> dict[str, dict[str, int]]:
        return {r: dict(self.counts[r]) for r in self.rows}

    def _table(self) -> Any:
        from .tables import Table

        return Table(["voice", *(COLUMN_TITLES.get(c, c) for c in self.columns)],
                     [[r, *self.counts[r].values()] for r in self.rows])

    def _repr_html_(self) -> str:
        return self._table()._repr_html_()

    def __repr__(self) -> str:
        return repr(self._table())


def speaker_lens_matrix(analysis_or_gold: Any, speakers: Mapping[str, str] | None = None,
                        columns: Iterable[str] = LENS_COLUMNS) -> VoiceMatrix:
    """Count each speaker's hedges, boosters, escalation and de-escalation phrases.

    Speakers come from :func:`resolve_speakers` (pass ``speakers`` to override the
    rules for some sources); a mark is counted for the voice given by :func:`whose`.
    Every speaker of an attribution gets a row, even with no marks (in the seed
    article "the US" is a source, but no mark lies inside its content).

    Args:
        analysis_or_gold: an analysis, a gold annotation, an article or a text.
        speakers: optional mapping from a source as written to a speaker's name.
        columns: the categories to count (default: the four stance and conflict ones).

    Returns:
        A :class:`VoiceMatrix`.

    Example:
        >>> from course.datasets import load_gold
        >>> m = speaker_lens_matrix(load_gold("lavrov-asymmetric-steps-2021"))
        >>> m.rows
        ['Lavrov', 'Sputnik', 'Putin', 'the US', 'the writer']
        >>> m["Putin"], m["the US"]
        ({'hedge': 0, 'booster': 1, 'escalation': 3, 'deescalation': 0}, {'hedge': 0, 'booster': 0, 'escalation': 0, 'deescalation': 0})
    """
    subject = _subject(analysis_or_gold)
    columns = list(columns)
    resolved = resolve_speakers(subject, speakers)
    rows = list(dict.fromkeys([*resolved, WRITER]))
    if WRITER in rows[:-1]:
        rows.remove(WRITER)
        rows.append(WRITER)
    counts = {r: dict.fromkeys(columns, 0) for r in rows}
    marks: dict[str, list[Any]] = {r: [] for r in rows}
    chosen = [m for m in subject.annotations if m.category in columns]
    for mark, voice in zip(chosen, _voices(subject, chosen, resolved)):
        counts[voice][mark.category] += 1
        marks[voice].append(mark)
    return VoiceMatrix(rows, columns, counts, marks)


def attribution_rows(analysis_or_gold: Any) -> list[dict[str, Any]]:
    """One row per attribution: number, source, cue, verb class, kind, via, content.

    Missing parts (no source, no via, no content) are ``None``.

    Example:
        >>> from course.datasets import load_gold
        >>> rows = attribution_rows(load_gold("lavrov-asymmetric-steps-2021"))
        >>> first, last_but_one = rows[0], rows[-2]
        >>> first["source"], first["cue"], first["verb_class"], first["kind"]
        ('Russian Foreign Minister Sergey Lavrov', 'pledged', 'commissive-directive', 'mixed')
        >>> last_but_one["cue"], last_but_one["via"], last_but_one["kind"]
        ('was quoted as saying', 'ABC News', 'direct')
    """
    subject = _subject(analysis_or_gold)

    def words(span: Any) -> str | None:
        return None if span is None else span.text

    return [
        {
            "number": n,
            "source": words(a.source),
            "cue": a.cue.text,
            "verb_class": a.verb_class,
            "kind": a.kind,
            "via": words(a.via),
            "content": words(a.content),
        }
        for n, a in enumerate(subject.attributions, start=1)
    ]


__all__ = [
    "COLUMN_TITLES", "LENS_COLUMNS", "NO_SOURCE", "PRONOUNS", "WRITER", "VoiceMatrix",
    "attribution_rows", "resolve_speakers", "speaker_lens_matrix", "speaker_names", "whose",
]
