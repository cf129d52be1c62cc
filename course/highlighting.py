"""Explainable HTML highlighting: every mark says why it is there.

``highlight(text_or_analysis)`` returns a :class:`Highlight`. In Jupyter it shows
itself (``_repr_html_``); ``.html`` is the HTML fragment and ``.save(path)``
writes a standalone page.

Design (the same in JupyterLab light and dark themes, in nbconvert's static
HTML and in a saved page; no JavaScript, no external CSS or fonts):

========================  ======================  =====================================
lens                      colour (Okabe-Ito)      non-colour cue
========================  ======================  =====================================
hedging                   reddish purple          dotted underline
boosting                  orange                  double underline
attribution               bluish green            box; tag SRC / CUE / VIA; the reported
                                                  content tinted; unattributed sentence
                                                  in a dashed box tagged NO SOURCE
escalation                vermillion              thick solid underline, ▲ before
de-escalation             blue                    wavy underline, ▼ before
========================  ======================  =====================================

The escalation and de-escalation underlines are drawn by the mark itself (a bottom
border; a wave of CSS gradients), not as text decoration, so a phrase that holds a nested
box (the CUE "threatening" inside "threatening to shut down its embassy") keeps one
unbroken underline. With no lens selected the text is shown plain, without legend.

Colours are tints (semi-transparent backgrounds) and underline colours; the text
colour is inherited from the page, so the text stays legible on light and dark
backgrounds. Every mark is numbered; hovering shows the explanation (``title``),
and the same explanations are listed, by number, in a "Why highlighted" section
(a ``<details>`` element) under the text, so nothing depends on hover.

Example (a hand-made analysis of one sentence of the seed article):
    >>> from course.document import build_document
    >>> from course.model import Analysis, Annotation
    >>> text = "Russia will, of course, react."
    >>> ann = Annotation(13, 22, "of course", "booster", "concurrence",
    ...                  "Presents the reaction as obvious.", rule="boosters.tsv: of course")
    >>> h = highlight(Analysis(text, build_document(text), [ann]))
    >>> h.counts()["boosting"]
    1
    >>> 'class="m m-booster' in h.html and "<script" not in h.html
    True
"""

from __future__ import annotations

import bisect
import difflib
import hashlib
import html
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from .errors import InputError
from .labels import ATTRIBUTION_KINDS, LABELS, LENSES, VERB_CLASSES

#: Category -> lens name (the inverse of :data:`course.labels.LENSES`).
CATEGORY_LENS: dict[str, str] = {c: lens for lens, cats in LENSES.items() for c in cats}

#: Human names of the lenses, for the legend.
LENS_TITLES: dict[str, str] = {
    "hedging": "Hedging",
    "boosting": "Boosting",
    "attribution": "Attribution",
    "escalation": "Escalation",
    "deescalation": "De-escalation",
}

#: The non-colour cue of each lens, in words (shown in the legend and the README).
LENS_CUES: dict[str, str] = {
    "hedging": "dotted underline",
    "boosting": "double underline",
    "attribution": "box tagged SRC / CUE / VIA; reported content tinted; dashed box = no source",
    "escalation": "thick underline, ▲",
    "deescalation": "wavy underline, ▼",
}

CATEGORY_TITLES: dict[str, str] = {
    "hedge": "Hedge",
    "booster": "Booster",
    "attribution": "Attribution",
    "escalation": "Escalation",
    "deescalation": "De-escalation",
}

#: Tags printed after attribution marks (a tiny superscript before the mark number).
ATTRIBUTION_TAGS: dict[str, str] = {
    "source": "SRC",
    "cue": "CUE",
    "via": "VIA",
    "content": "",
    "unattributed": "NO\u00a0SOURCE",
}

PARC_REFERENCE = "PARC 3.0 (Pareti 2016); verb classes: Bergler 1992"

# Nesting rank: at equal extents the lower rank is the outer element.
_RANK = {
    "unattributed": 0,
    "content": 1,
    "attribution": 2,
    "escalation": 3,
    "deescalation": 3,
    "hedge": 4,
    "booster": 4,
}


@dataclass
class Mark:
    """One highlighted stretch as it is drawn (an annotation, or a span of an attribution).

    ``number`` is the mark's number in the text and in the "Why highlighted" list.
    """

    start: int
    end: int
    text: str
    lens: str
    category: str
    label: str
    explanation: str = ""
    rule: str = ""
    reference: str = ""
    intensity: float | None = None
    modifiers: tuple[str, ...] = ()
    relation: str = ""
    number: int = 0

    @property
    def css(self) -> str:
        if self.category == "attribution":
            extra = {"content": " a-content", "unattributed": " a-unattributed"}.get(self.label, " a-box")
            return "m m-attribution" + extra
        return f"m m-{self.category}"

    @property
    def tag(self) -> str:
        if self.category == "attribution":
            return ATTRIBUTION_TAGS.get(self.label, self.label.upper()[:4])
        return ""

    def heading(self) -> str:
        """``Hedge · epistemic``."""
        return f"{CATEGORY_TITLES.get(self.category, self.category)} · {self.label}"

    def details(self) -> list[str]:
        """The lines of the explanation, shared by the tooltip and the list."""
        lines = []
        if self.explanation:
            lines.append(self.explanation)
        if self.relation:
            lines.extend(self.relation.split("\n"))
        desc = LABELS.get(self.category, {}).get(self.label)
        if desc:
            lines.append(f"{self.label}: {desc}")
        if self.intensity is not None:
            lines.append(f"Intensity: {self.intensity:+.1f} (Goldstein scale, -10 hostile to +10 cooperative)")
        if self.modifiers:
            lines.append("Modifiers: " + ", ".join(self.modifiers))
        if self.rule:
            lines.append(f"Found by: {found_by(self.rule)}")
        if self.reference:
            lines.append(f"Reference: {self.reference}")
        return lines

    def title(self) -> str:
        """The hover text (plain text; escaped when written into the attribute)."""
        return "\n".join([f"[{self.number}] {self.heading()}: “{_shorten(self.text, 80)}”", *self.details()])


#: The kit's lists by file name, as a reader meets them in "Found by".
LIST_NAMES: dict[str, str] = {
    "hedges.tsv": "the list of hedges",
    "boosters.tsv": "the list of boosters",
    "reporting_verbs.tsv": "the list of reporting verbs",
    "attribution_patterns.tsv": "the list of attribution frames",
    "escalation.tsv": "the list of escalation and de-escalation words",
}


def _split_parts(rule: str) -> list[str]:
    """Split a rule on the " + " that joins its parts, not on one inside brackets."""
    if " + " not in rule:
        return [rule.strip()] if rule.strip() else []
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(rule):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and rule.startswith(" + ", i):
            parts.append(rule[start:i])
            start = i + 3
    parts.append(rule[start:])
    return [p.strip() for p in parts if p.strip()]


@lru_cache(maxsize=4096)
def found_by(rule: str) -> str:
    """Say in plain words which list entry or pattern made a mark.

    ``rule`` is an annotation's record of what fired (``Annotation.rule``): a lexicon
    row as ``file.tsv: entry``, a named pattern, or several of them joined by " + ".
    The file stays named, so a reader can look the entry up in ``datasets/lexicons/``.

    >>> found_by("boosters.tsv: of course")
    '“of course” in the list of boosters (lexicons/boosters.tsv)'
    >>> found_by("attribution_patterns.tsv: it is understood (impersonal)")
    '“it is understood” (impersonal) in the list of attribution frames (lexicons/attribution_patterns.tsv)'
    >>> found_by("pattern: according-to")
    'the pattern “according-to”'
    >>> found_by("rule: threaten-to (escalation.tsv: threatened + pattern: expel-diplomats)")
    'the rule “threaten-to” (escalation.tsv: threatened + pattern: expel-diplomats)'
    >>> found_by("reporting_verbs.tsv: said + continuation: , adding")
    '“said” in the list of reporting verbs (lexicons/reporting_verbs.tsv), with the rule “continuation” (“, adding”)'
    >>> found_by("escalation.tsv: groundless + escalation.tsv: hostile")
    '“groundless” and “hostile” in the list of escalation and de-escalation words (lexicons/escalation.tsv)'
    >>> found_by("hedging lens: could (epistemic)")
    'the hedging lens, “could” (epistemic)'
    """
    said = []
    for part in _split_parts(rule):
        head, sep, rest = part.partition(": ")
        if not sep:
            said.append("the kit's hand annotation (gold)" if part == "gold" else f"“{part}”")
        elif head in LIST_NAMES:
            entry, _, note = rest.partition(" (")
            note = f" ({note}" if note else ""
            tail = f" in {LIST_NAMES[head]} (lexicons/{head})"
            if said and said[-1].endswith(tail):  # two entries of one list
                said[-1] = f"{said[-1][: -len(tail)]} and “{entry}”{note}{tail}"
            else:
                said.append(f"“{entry}”{note}{tail}")
        elif head == "pattern":
            said.append(f"the pattern “{rest}”")
        elif head == "rule":
            name, _, detail = rest.partition(" (")
            said.append(f"the rule “{name}”" + (f" ({detail}" if detail else ""))
        elif head.endswith(" lens"):
            entry, _, note = rest.partition(" (")
            said.append(f"the {head}, “{entry}”" + (f" ({note}" if note else ""))
        else:
            said.append(f"the rule “{head}” (“{rest}”)")
    return ", with ".join(said)


def _shorten(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def _esc(s: str) -> str:
    return html.escape(s, quote=True)


# ------------------------------------------------------------------ lens selection


def check_lenses(lenses: Iterable[str] | str | None) -> tuple[str, ...]:
    """Validate a lens selection; return the chosen lens names in the kit's order.

    Args:
        lenses: None for all lenses, an iterable of names from
            :data:`course.labels.LENSES`, or one string (names may be comma-separated).

    Raises:
        InputError: for an unknown name, listing the valid ones.

    >>> check_lenses("attribution, hedging")
    ('hedging', 'attribution')
    >>> check_lenses(["hedge"])
    Traceback (most recent call last):
    ...
    course.errors.InputError: Unknown lens 'hedge' (did you mean 'hedging'?). Valid lenses: hedging, boosting, attribution, escalation, deescalation.
    """
    if lenses is None:
        return tuple(LENSES)
    if isinstance(lenses, str):
        lenses = [p for p in (x.strip() for x in lenses.split(",")) if p]
    try:
        chosen = [str(x).strip() for x in lenses]
    except TypeError:
        raise InputError(
            f"lenses should be None or a list of lens names, not {type(lenses).__name__}. "
            f"Valid lenses: {', '.join(LENSES)}."
        ) from None
    for name in chosen:
        if name not in LENSES:
            close = difflib.get_close_matches(name.lower(), list(LENSES), n=1, cutoff=0.6)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise InputError(f"Unknown lens {name!r}{hint}. Valid lenses: {', '.join(LENSES)}.")
    return tuple(lens for lens in LENSES if lens in chosen)


# ------------------------------------------------------------------ building marks


def _relation(attr: Any) -> str:
    src = attr.source.text if attr.source is not None else "(no source)"
    via = f" via {attr.via.text}" if attr.via is not None else ""
    vc = attr.verb_class
    kind = attr.kind
    parts = [f"Relation: {src} → {attr.cue.text} ({vc}){via}; {kind} report."]
    if vc in VERB_CLASSES:
        parts.append(f"{vc}: {VERB_CLASSES[vc]}")
    if kind in ATTRIBUTION_KINDS:
        parts.append(f"{kind}: {ATTRIBUTION_KINDS[kind]}")
    return "\n".join(parts)


_PART_EXPLANATION = {
    "source": "The source: who the reported words or thoughts come from.",
    "cue": "The reporting words that signal that someone else's words follow.",
    "via": "The intermediary: the outlet or person through whom the words reach this article.",
    "content": "What is reported: these words are the source's claim, not the writer's.",
}


def build_marks(analysis: Any, lenses: tuple[str, ...]) -> list[Mark]:
    """Turn an analysis (or a gold annotation) into numbered marks for the chosen lenses.

    Annotations are drawn as they are. Attribution relations add their content span,
    and their source, cue and via spans when no annotation already covers them;
    ``analysis.unattributed`` sentences are added likewise.
    """
    text = analysis.text
    n = len(text)
    marks: list[Mark] = []
    seen: set[tuple[int, int, str, str]] = set()
    attributions = list(getattr(analysis, "attributions", []) or [])
    by_span: dict[tuple[int, int], Any] = {}
    for attr in attributions:
        for part in (attr.source, attr.cue, attr.via, attr.content):
            if part is not None:
                by_span.setdefault((part.start, part.end), attr)

    def add(m: Mark) -> None:
        m.start, m.end = max(0, m.start), min(n, m.end)
        if m.end <= m.start:
            return
        key = (m.start, m.end, m.category, m.label)
        if key in seen:
            return
        seen.add(key)
        m.text = text[m.start : m.end]
        marks.append(m)

    for a in getattr(analysis, "annotations", []) or []:
        lens = CATEGORY_LENS.get(a.category)
        if lens not in lenses:
            continue
        relation = ""
        if a.category == "attribution" and (a.start, a.end) in by_span:
            relation = _relation(by_span[(a.start, a.end)])
        add(
            Mark(
                a.start, a.end, a.text, lens, a.category, a.label, a.explanation, a.rule,
                a.reference, a.intensity, tuple(a.modifiers), relation,
            )
        )
    if "attribution" in lenses:
        for attr in attributions:
            relation = _relation(attr)
            for label in ("source", "cue", "via", "content"):
                part = getattr(attr, label)
                if part is None:
                    continue
                expl = _PART_EXPLANATION[label]
                if label == "cue" and attr.explanation:
                    expl = attr.explanation
                add(
                    Mark(
                        part.start, part.end, part.text, "attribution", "attribution", label, expl,
                        attr.rule, PARC_REFERENCE, relation=relation,
                    )
                )
        for s in getattr(analysis, "unattributed", []) or []:
            add(
                Mark(
                    s.start, s.end, s.text, "attribution", "attribution", "unattributed",
                    "The writer asserts this in their own voice and names no source for it.",
                    "unattributed sentence", PARC_REFERENCE,
                )
            )
    marks.sort(key=_order)
    for i, m in enumerate(marks, 1):
        m.number = i
    return marks


def _order(m: Mark) -> tuple[int, int, int, str]:
    rank = _RANK.get(m.label if m.category == "attribution" and m.label in _RANK else m.category, 5)
    return (m.start, -m.end, rank, m.label)


# ------------------------------------------------------------------ rendering

_LIGHT = {
    "hedge": "#A8457F",  # Okabe-Ito reddish purple, darkened for thin lines on white
    "booster": "#B87800",  # Okabe-Ito orange, darkened
    "attribution": "#007A5A",  # bluish green
    "escalation": "#D55E00",  # vermillion
    "deescalation": "#0072B2",  # blue
}
_DARK = {
    "hedge": "#E8A6CF",
    "booster": "#F2B93B",
    "attribution": "#3DD6A8",
    "escalation": "#FF8A4C",
    "deescalation": "#62B8F0",
}
_TINT_LIGHT = {"hedge": "204,121,167", "booster": "230,159,0", "attribution": "0,158,115",
               "escalation": "213,94,0", "deescalation": "0,114,178"}
_TINT_DARK = {"hedge": "232,166,207", "booster": "242,185,59", "attribution": "61,214,168",
              "escalation": "255,138,76", "deescalation": "98,184,240"}


def _vars(line: dict[str, str], tint: dict[str, str], alpha: float) -> str:
    out = []
    for cat in line:
        out.append(f"--hl-{cat}:{line[cat]};--hl-{cat}-bg:rgba({tint[cat]},{alpha});")
    out.append(f"--hl-content-bg:rgba({tint['attribution']},{alpha * 0.55:.3f});")
    return "".join(out)


#: The de-escalation wave: lower half-rings and upper half-rings in alternate 4px steps
#: (CSS gradients, so the page loads nothing; drawn as the mark's own background, so
#: a nested box inside the mark does not break it).
_WAVE = (
    "radial-gradient(circle at 2px 0,transparent 1.1px,var(--hl-deescalation) 1.2px,"
    "var(--hl-deescalation) 2.3px,transparent 2.4px),"
    "radial-gradient(circle at 6px 100%,transparent 1.1px,var(--hl-deescalation) 1.2px,"
    "var(--hl-deescalation) 2.3px,transparent 2.4px)"
)


def _css(w: str) -> str:
    """The style sheet, every selector scoped under the wrapper class ``w``."""
    light = _vars(_LIGHT, _TINT_LIGHT, 0.13)
    dark = _vars(_DARK, _TINT_DARK, 0.22)
    s = f".{w}"
    return f"""
{s}{{{light}line-height:2.05;max-width:52em;font-size:15px}}
@media (prefers-color-scheme:dark){{{s}{{{dark}}}}}
[data-jp-theme-light="false"] {s},body.vscode-dark {s},{s}.hl-dark{{{dark}}}
[data-jp-theme-light="true"] {s},body.vscode-light {s}{{{light}}}
{s} .hl-text p{{margin:0 0 .9em 0}}
{s} .hl-text p.k-header{{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85em;opacity:.75;margin-bottom:.3em}}
{s} .hl-text p.k-heading{{font-weight:700;font-size:1.12em;margin-top:1.1em}}
{s} .hl-text p.k-caption{{font-style:italic;font-size:.88em;opacity:.8}}
{s} .m{{color:inherit;border-radius:2px;-webkit-box-decoration-break:clone;box-decoration-break:clone;text-decoration-skip-ink:none}}
{s} .m-hedge{{background:var(--hl-hedge-bg);text-decoration:underline dotted var(--hl-hedge);text-decoration-thickness:2.5px;text-underline-offset:3px}}
{s} .m-booster{{background:var(--hl-booster-bg);text-decoration:underline double var(--hl-booster);text-decoration-thickness:1.5px;text-underline-offset:3px}}
{s} .m-escalation{{background:var(--hl-escalation-bg);border-bottom:3.5px solid var(--hl-escalation);padding-bottom:2px}}
{s} .m-deescalation{{background-color:var(--hl-deescalation-bg);padding-bottom:5px;background-repeat:repeat-x;background-size:8px 2.5px;background-position:left 0 bottom 0,left 0 bottom 2.5px;background-image:{_WAVE}}}
{s} .m-escalation.first::before{{content:"▲\\202F";color:var(--hl-escalation);font-size:.75em}}
{s} .m-deescalation.first::before{{content:"▼\\202F";color:var(--hl-deescalation);font-size:.75em}}
{s} .a-box{{border:1.5px solid var(--hl-attribution);padding:0 2px}}
{s} .a-content{{background:var(--hl-content-bg)}}
{s} .a-unattributed{{border:1.5px dashed var(--hl-attribution);padding:1px 2px}}
{s} .a-box.cont{{border-left:none}}
{s} .a-box.more{{border-right:none}}
{s} sup.t{{font-size:.62em;line-height:0;font-family:ui-monospace,Menlo,Consolas,monospace;font-weight:600;opacity:.85;user-select:none;-webkit-user-select:none}}
{s} sup.t b{{color:var(--hl-attribution);font-weight:700;margin-right:2px}}
{s} .hl-legend{{display:flex;flex-wrap:wrap;gap:.3em 1.4em;font-size:.86em;line-height:1.6;padding:.45em .6em;margin:0 0 .8em 0;border:1px solid rgba(127,127,127,.35);border-radius:4px}}
{s} .hl-legend .lg > .m{{white-space:nowrap}}
{s} .hl-legend .cue{{opacity:.78}}
{s} .hl-legend .note{{flex-basis:100%;opacity:.72}}
{s} .hl-why{{font-size:.86em;line-height:1.5;margin-top:.4em;border-top:1px solid rgba(127,127,127,.35);padding-top:.4em}}
{s} .hl-why summary{{cursor:pointer;font-weight:600}}
{s} .hl-why ol{{margin:.4em 0 0 0;padding-left:2.6em}}
{s} .hl-why li{{margin:.25em 0}}
{s} .hl-why .sample{{line-height:1.9}}
{s} .hl-why .meta{{opacity:.72;font-size:.92em}}
{s} .hl-empty{{opacity:.7;font-style:italic}}
"""


def _render_text(text: str, paragraphs: list[Any], marks: list[Mark]) -> str:
    """Render paragraphs with marks, by a boundary sweep that never breaks nesting.

    Within each paragraph, the text is cut at every mark boundary. For each piece
    the covering marks are sorted outermost first; elements still open from the
    previous piece are kept while they agree with that order and the rest are
    closed and (re)opened, so crossing marks are split into pieces and every tag
    is balanced. Mark pieces after the first carry the class ``cont``; the piece
    with the mark's end carries its number (and its SRC/CUE/VIA tag).
    """
    out: list[str] = []
    # Where each mark is first and last drawn (it may run past a paragraph's edge).
    starts = [p.start for p in paragraphs]
    ends = [p.end for p in paragraphs]
    first_at: dict[int, int] = {}
    last_at: dict[int, int] = {}
    for i, m in enumerate(marks):
        fi = bisect.bisect_right(ends, m.start)
        li = bisect.bisect_left(starts, m.end) - 1
        if fi < len(paragraphs) and li >= fi:
            first_at[i] = max(m.start, starts[fi])
            last_at[i] = min(m.end, ends[li])
    order = {id(m): k for k, m in enumerate(marks)}
    nxt = 0  # marks are sorted by start
    carry: list[Mark] = []
    for para in paragraphs:
        pa, pb = para.start, para.end
        kind = getattr(para, "kind", "body")
        out.append(f'<p class="k-{_esc(kind)}">')
        while nxt < len(marks) and marks[nxt].start < pb:
            carry.append(marks[nxt])
            nxt += 1
        carry = [m for m in carry if m.end > pa]
        cuts = {pa, pb}
        # where each mark starts and ends inside this paragraph: the sweep below adds and
        # drops marks at the cuts instead of rescanning every mark for every piece
        opening: dict[int, list[Mark]] = {}
        closing: dict[int, list[Mark]] = {}
        for m in carry:
            lo, hi = max(pa, m.start), min(pb, m.end)
            if lo >= hi:
                continue
            cuts.update((lo, hi))
            opening.setdefault(lo, []).append(m)
            closing.setdefault(hi, []).append(m)
        bounds = sorted(cuts)
        live: dict[int, Mark] = {}
        stack: list[tuple[Mark, int, int]] = []  # (mark, slot in out, piece start)
        for a, b in zip(bounds, bounds[1:]):
            for m in closing.get(a, ()):
                live.pop(id(m), None)
            for m in opening.get(a, ()):
                live[id(m)] = m
            active = sorted(live.values(), key=lambda m: order[id(m)])
            k = 0
            while k < len(stack) and k < len(active) and stack[k][0] is active[k]:
                k += 1
            for item in reversed(stack[k:]):
                _close(out, item, a, first_at, last_at, order)
            del stack[k:]
            for m in active[k:]:
                out.append("")  # the opening tag, filled in when the piece closes
                stack.append((m, len(out) - 1, a))
            out.append(_esc(text[a:b]).replace("\n", "<br>\n"))
        for item in reversed(stack):
            _close(out, item, pb, first_at, last_at, order)
        out.append("</p>\n")
    return "".join(out)


def _close(
    out: list[str], item: tuple[Mark, int, int], pos: int,
    first_at: dict[int, int], last_at: dict[int, int], order: dict[int, int],
) -> None:
    """Close one piece of a mark: fill in its opening tag and append its closing tag."""
    m, slot, begin = item
    i = order[id(m)]
    classes = m.css + (" first" if begin == first_at.get(i) else " cont")
    last = pos == last_at.get(i)
    if not last:
        classes += " more"
    out[slot] = f'<span class="{classes}" title="{_esc(m.title())}">'
    if last:
        tag = m.tag
        inner = f"\u202f<b>{_esc(tag)}</b>{m.number}" if tag else f"\u202f{m.number}"
        out.append(f'<sup class="t" aria-label="mark {m.number}">{inner}</sup></span>')
    else:
        out.append("</span>")


def _sample(lens: str, word: str) -> str:
    cat = LENSES[lens][0]
    if lens == "attribution":
        return f'<span class="m m-attribution a-box first">{word}<sup class="t">\u202f<b>CUE</b></sup></span>'
    return f'<span class="m m-{cat} first">{word}</span>'


#: The legend's sample for a lens that found nothing in the text.
_SAMPLE_WORDS = {
    "hedging": "may",
    "boosting": "of course",
    "attribution": "said",
    "escalation": "retaliatory steps",
    "deescalation": "negotiations",
}


@dataclass
class Highlight:
    """The highlighted view of one analysis. Shows itself in Jupyter.

    Attributes:
        analysis: the :class:`~course.model.Analysis` (or gold annotation) shown.
        lenses: the lens names shown, in the kit's order.
        marks: the numbered marks, in reading order.
        title: an optional title shown above the legend and used by :meth:`save`.
    """

    analysis: Any
    lenses: tuple[str, ...]
    marks: list[Mark] = field(default_factory=list)
    title: str | None = None
    open_details: bool = False
    _html: str | None = field(default=None, repr=False)

    def counts(self) -> dict[str, int]:
        """Number of marks per shown lens."""
        out = {lens: 0 for lens in self.lenses}
        for m in self.marks:
            out[m.lens] = out.get(m.lens, 0) + 1
        return out

    def count_text(self, lens: str) -> str:
        """What the legend says a lens found: "3 marks", or for attribution (whose marks are
        the sources, cues, contents and via-phrases of each) "14 attributions, 4 unattributed"."""
        if lens == "attribution":
            rel = len(getattr(self.analysis, "attributions", []) or [])
            un = sum(1 for m in self.marks if m.label == "unattributed")
            return f"{rel} attribution{'s' * (rel != 1)}, {un} unattributed"
        n = self.counts().get(lens, 0)
        return f"{n} mark{'s' * (n != 1)}"

    @property
    def wrapper_class(self) -> str:
        """The class of the outer ``<div>``; every CSS rule is scoped under it."""
        key = "\x1f".join([self.analysis.text, *self.lenses, str(len(self.marks)), self.title or ""])
        return "cdn-hl-" + hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:10]

    @property
    def html(self) -> str:
        """The HTML fragment: one scoped ``<style>`` block and the highlighted text."""
        if self._html is None:
            self._html = self._render()
        return self._html

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html

    def _sample_word(self, lens: str) -> str:
        """The legend's sample for a lens: its first mark in this text (for attribution, the
        first cue), so the legend shows nothing the text does not hold; a stock example
        when the lens found nothing."""
        want = "cue" if lens == "attribution" else None
        for m in self.marks:
            if m.lens == lens and (want is None or m.label == want):
                return _esc(_shorten(m.text, 32))
        return _SAMPLE_WORDS[lens]

    def _legend(self) -> str:
        if not self.lenses:  # no lens: the plain text, no legend
            return ""
        items = []
        for lens in self.lenses:
            count = self.count_text(lens)
            items.append(
                f'<span class="lg">{_sample(lens, self._sample_word(lens))} '
                f"<strong>{LENS_TITLES[lens]}</strong> "
                f'<span class="cue">({_esc(LENS_CUES[lens])})</span>: {count}</span>'
            )
        if self.marks:  # with no mark there is nothing to hover and no list under the text
            items.append(
                '<span class="note">Hover over a mark to see why it is highlighted; '
                "the small numbers refer to the list under the text.</span>"
            )
        return '<div class="hl-legend" role="note" aria-label="Legend">' + "".join(items) + "</div>"

    def _why(self) -> str:
        if not self.marks:
            return ""
        rows = []
        for m in self.marks:
            sample = f'<span class="{m.css} first">{_esc(_shorten(m.text, 90))}</span>'
            meta = []
            if m.relation:
                meta.append(m.relation.split("\n")[0])
            if m.intensity is not None:
                meta.append(f"intensity {m.intensity:+.1f}")
            if m.modifiers:
                meta.append(", ".join(m.modifiers))
            if m.rule:
                meta.append(f"found by {found_by(m.rule)}")
            if m.reference:
                meta.append(m.reference)
            rows.append(
                f'<li><span class="sample">{sample}</span> <strong>{_esc(m.heading())}</strong>'
                + (f": {_esc(m.explanation)}" if m.explanation else "")
                + (f' <span class="meta">({_esc(" · ".join(meta))})</span>' if meta else "")
                + "</li>"
            )
        attr = " open" if self.open_details else ""
        return (
            f'<details class="hl-why"{attr}><summary>Why highlighted ({len(self.marks)} '
            f"mark{'s' * (len(self.marks) != 1)})</summary><ol>" + "".join(rows) + "</ol></details>"
        )

    def _render(self) -> str:
        w = self.wrapper_class
        doc = getattr(self.analysis, "document", None)
        text = self.analysis.text
        if doc is None or doc.text != text:
            from .document import build_document

            doc = build_document(text)
        body = _render_text(text, doc.paragraphs, self.marks)
        if not body:
            body = '<p class="hl-empty">(The text is empty.)</p>'
        # a title the text itself opens with (a headline) is not shown twice
        opening = next((p.text for p in doc.paragraphs if p.kind != "header"), "")
        shown_in_text = bool(self.title) and " ".join(opening.split()) == " ".join(str(self.title).split())
        head = f'<div class="hl-title"><strong>{_esc(self.title)}</strong></div>' if self.title and not shown_in_text else ""
        return (
            f'<div class="{w}">'
            f"<style>{_css(w)}</style>"
            f"{head}{self._legend()}"
            f'<div class="hl-text">{body}</div>'
            f"{self._why()}</div>"
        )

    def save(self, path: str | Path, title: str | None = None) -> Path:
        """Write a standalone HTML page (UTF-8) and return its path.

        The page follows the reader's light or dark system setting.
        """
        path = Path(path)
        page_title = title or self.title or "Highlighted article"
        details = Highlight(self.analysis, self.lenses, self.marks, None, open_details=True)
        page = (
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<meta name="color-scheme" content="light dark">\n'
            f"<title>{_esc(page_title)}</title>\n"
            "<style>body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
            "margin:2em auto;max-width:56em;padding:0 1.2em;background:Canvas;color:CanvasText}</style>\n"
            f"</head>\n<body>\n<h1 style=\"font-size:1.3em\">{_esc(page_title)}</h1>\n"
            f"{details.html}\n</body>\n</html>\n"
        )
        path.write_text(page, encoding="utf-8")
        return path

    def __repr__(self) -> str:
        inner = ", ".join(f"{k}={v}" for k, v in self.counts().items())
        return f"<Highlight {len(self.marks)} marks: {inner}>"


def highlight(
    text_or_analysis: Any,
    lenses: Iterable[str] | str | None = None,
    *,
    title: str | None = None,
    open_details: bool = False,
) -> Highlight:
    """Highlight a text through the chosen lenses, explaining every mark.

    Args:
        text_or_analysis: a string (analysed with :func:`course.analyze`), an
            :class:`~course.model.Analysis`, an article from :func:`course.load_article`,
            or a gold annotation from :func:`course.load_gold` (to show the answer key).
        lenses: None for all, or lens names from :data:`course.labels.LENSES`
            ("hedging", "boosting", "attribution", "escalation", "deescalation").
        title: optional title shown above the legend.
        open_details: show the "Why highlighted" list unfolded.

    Returns:
        A :class:`Highlight`; in Jupyter it displays itself.

    Raises:
        InputError: for an unknown lens or a text that cannot be analysed.

    Example:
        >>> h = highlight("Russia will, of course, react.", lenses=["boosting"])
        >>> h.lenses
        ('boosting',)
    """
    chosen = check_lenses(lenses)
    obj = text_or_analysis
    if isinstance(obj, str) or obj is None or isinstance(obj, (bytes, bytearray)):
        from .analysis import analyze

        obj = analyze(obj)  # raises InputError for None/bytes with a clear message
    elif not hasattr(obj, "annotations") and hasattr(obj, "analyze"):
        if title is None and hasattr(obj, "title"):
            title = obj.title
        obj = obj.analyze()
    if not hasattr(obj, "text") or not hasattr(obj, "annotations"):
        raise InputError(
            f"highlight() needs a text (str) or the result of course.analyze(), not {type(obj).__name__}."
        )
    return Highlight(obj, chosen, build_marks(obj, chosen), title, open_details)
