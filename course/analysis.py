"""``analyze(text) -> Analysis``: run the three lenses over a text.

Example (the seed article's threat, with its booster and conditional hedge):
    >>> a = analyze("Russia will, of course, react, and if necessary, also asymmetrically.")
    >>> sorted({(x.text, x.category) for x in a.annotations if x.category in ("hedge", "booster")})
    [('if necessary', 'hedge'), ('of course', 'booster')]
"""

from __future__ import annotations

from dataclasses import replace

from .document import Intervals, build_document, gc_paused, quotations
from .errors import InputError
from .model import Analysis

#: Longest text ``analyze`` accepts, in characters (about 1,500 pages of news).
MAX_CHARS = 5_000_000


def check_text(text: object) -> str:
    """Return ``text`` if it can be analysed, otherwise raise :class:`InputError`
    with a message for the student.

    >>> check_text(b"bytes")
    Traceback (most recent call last):
    ...
    course.errors.InputError: Please give the text as a string (str), not bytes: decode it first, e.g. data.decode('utf-8').
    """
    if isinstance(text, (bytes, bytearray)):
        raise InputError(
            "Please give the text as a string (str), not bytes: decode it first, e.g. data.decode('utf-8')."
        )
    if not isinstance(text, str):
        raise InputError(f"Please give the text as a string (str), not {type(text).__name__}.")
    if len(text) > MAX_CHARS:
        raise InputError(
            f"This text has {len(text):,} characters; the kit analyses at most {MAX_CHARS:,}. "
            "Split it into smaller pieces."
        )
    if "\x00" in text:
        raise InputError("This looks like a binary file, not text: it contains NUL characters.")
    return text


def analyze(text: str) -> Analysis:
    """Analyse a text through all three lenses.

    Args:
        text: the article, as a string. Empty text gives an empty analysis.

    Returns:
        An :class:`~course.model.Analysis` with ``annotations`` (sorted by position),
        ``attributions``, ``unattributed`` and ``sentences``.

    Raises:
        InputError: for bytes, non-strings, binary data or text over ``MAX_CHARS``.
    """
    from .lenses import attribution, escalation, hedging

    text = check_text(text)
    with gc_paused():  # many small objects, no cycles: see course.document.gc_paused
        doc = build_document(text)
        stance = hedging.annotate(doc)
        quotes = quotations(doc)  # paired once, for both lenses and the voice modifiers
        attributions, attribution_marks, unattributed = attribution.annotate(doc, stance, quotes)
        conflict = escalation.annotate(doc, stance, quotes)
        marks = _voice_modifiers([*stance, *conflict], attributions, quotes)
        annotations = sorted(
            [*marks, *attribution_marks], key=lambda a: (a.start, -a.end, a.category)
        )
        return Analysis(text, doc, annotations, attributions, unattributed)


def _voice_modifiers(marks: list, attributions: list, quotes: list[tuple[int, int, int, int]]) -> list:
    """Add the two mechanical voice modifiers of ``datasets/ANNOTATION.md`` §3 to every
    hedge, booster, escalation and de-escalation mark:

    - ``attributed``: the mark lies entirely inside the content of an attribution;
    - ``quoted``: the mark lies inside a pair of quotation marks (the escalation lens
      adds it itself, with its note on scare quotes).

    >>> a = analyze('Lavrov said Moscow would, “if necessary,” react. Of course, talks went on.')
    >>> [(x.text, x.modifiers) for x in a.annotations if x.category in ("hedge", "booster")]
    [('if necessary', ('attributed', 'quoted')), ('Of course', ())]
    """
    in_content = Intervals((r.content.start, r.content.end) for r in attributions if r.content is not None)
    in_quotes = Intervals((b, c) for _, b, c, _ in quotes)
    out = []
    for m in marks:
        extra = []
        if "attributed" not in m.modifiers and in_content.has_span(m.start, m.end):
            extra.append("attributed")
        if "quoted" not in m.modifiers and in_quotes.has_span(m.start, m.end):
            extra.append("quoted")
        out.append(replace(m, modifiers=(*m.modifiers, *extra)) if extra else m)
    return out


#: Very common English function words: in English news about two words in five are one of
#: these, in French or German prose only a few in a hundred.
ENGLISH_FUNCTION_WORDS = frozenset(
    """the of and to a in that is was for on with as by at from it he she they his her their its be
    has have had are were will would said not but an this which who""".split()
)


def looks_english(analysis: Analysis, min_words: int = 12, min_share: float = 0.12) -> bool:
    """Does the analysed text look like English? The lenses' lexicons and patterns are
    English, so a text in another language gets few or no marks; the your-text panel
    says so instead of showing a silent row of zeros. Texts of fewer than
    ``min_words`` words are given the benefit of the doubt.

    >>> looks_english(analyze("Russia will respond to any unfriendly steps, Lavrov said on Friday."))
    True
    >>> looks_english(analyze("La Russie prendra des mesures asymétriques en réponse aux actions hostiles "
    ...                       "des pays occidentaux, a déclaré vendredi le ministre."))
    False
    """
    words = [t.norm for t in analysis.document.tokens if t.norm.isalpha()]
    if len(words) < min_words:
        return True
    return sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words) >= min_share
