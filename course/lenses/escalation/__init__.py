"""Escalation and de-escalation lens: threats, force posture, accusations, sanctions,
and the talk, restraint and agreement that pull the other way.

Every phrase found gets a PLOVER-style label (``course.labels.ESCALATION_LABELS`` /
``DEESCALATION_LABELS``) and a Goldstein (1992) weight from -10 (most hostile) to
+10 (most cooperative), taken from the CAMEO event code the phrase corresponds to
(Gerner et al. 2002; Schrodt 2012). Words come from ``datasets/lexicons/escalation.tsv``;
constructions a word list cannot express (``react to the unfriendly steps``,
``threatening to shut down its embassy``, ``lift sanctions``) are the patterns and
rules below.

How the reading is built, in order:

1. **Words and patterns.** Lexicon phrases and patterns are matched in each sentence;
   where they overlap, patterns win, then the longer match. Lexicon rows with a
   ``context`` need a word of that field in the sentence (``drills`` needs a military
   word, so "dental drills" is not a show of force; ``talks`` needs a diplomatic actor).
   A lexicon word inside a multi-word proper name ("Asia-Pacific Economic Cooperation")
   is skipped.
   **Span shape** (``_apply_phrase_shape``): a grading adjective joins the phrase
   ("reckless provocation", "large-scale drills"; not after "most": "the most serious
   challenge"), and a blaming one makes trouble a charge ("dangerous escalation" is ACCUSE);
   coordinated labels are one ("groundless and hostile"); a meeting named only as the time of
   another consultation ("during the 2+2 meeting, ... discussed") and "the row" pointing
   back to a reported dispute are not new events.
2. **Cessation flips the object.** "lift sanctions", "halted aid", "an end to the
   fighting", "cancelled a visit": a verb of stopping turns its object's reading around
   (CAMEO codes "ease sanctions" 085 as +7.0 and "halt negotiations" 164 as -7.0).
   **Speech acts** (``_apply_speech_acts``): the content, not the verb, carries the event.
   "urged both sides to show restraint" -> "show restraint" (REQUEST, CAMEO 02; 026 when talks
   are asked for); "warned that X would impose sanctions" -> "impose sanctions" as a threat
   (CAMEO 1312); "did not rule out closing its consulate" -> a hedged threat; "denied that
   flares were fired" -> the event, marked ``negated``, reading kept; "conceded that ..." is
   reported speech, not a concession. The verbs are attribution cues, not events.
3. **Threat + act merge.** "threatening to shut down its embassy" is one threat whose
   CAMEO code depends on the act threatened (1313 threaten to break relations, -5.8).
4. **Heads absorb their complement.** CAMEO codes the speech act, not its content:
   "demanded a truce" is a demand (-5.0), "rejected a peace plan" a rejection (-4.0),
   "agreed to joint exercises" an agreement. Phrases governed by such a head
   (``role`` = head in the lexicon) within the same clause are not reported on their
   own. Talks absorb their topic ("talks on limiting missiles" are talks). A head of agreeing,
   offering or refusing takes the action it governs through "to" into its span ("agree to pull
   back troops", "refused to release prisoners"), up to a place or time phrase after it ("agreed to
   extend the ceasefire" along the border), and an event behind a preposition of time after
   that action, or after any head, is its own ("... after deadly border clash", "abandoned its claims
   after talks in Geneva").
   The object also sets the sub-code (``_refine_head``): an offer or proposal of talks is an
   intent to meet (CAMEO 036; of mediation 039) spanning "offered to host talks"; an offer of a
   hostile step ("proposed new sanctions") is a threat; rejecting talks is 125, mediation 126,
   a peace plan 127; "accused X of espionage" is 1125 (``_apply_charge_codes``).
5. **Negation.** A negator shortly before the phrase in the same clause (not, never,
   no, n't, fail to, refrain from, avoid):

   - past-tense negation of escalation ("did not impose sanctions", "has not deployed
     troops") states that the event did not happen: the label is kept and marked ``negated``
     (``datasets/ANNOTATION.md`` §3, §8.4).

   - negated escalation ("will not retaliate", "no plans to deploy") is **not**
     reported as escalation: it becomes de-escalation, label RESTRAINT, with the
     weight's sign flipped and its size halved (``NEGATION_FACTOR``). Saying that one
     will not strike is a cooperative signal, but a weaker one than an act of
     cooperation, and it still names the hostile option. The negation makes the restraint, so
     it is in the span with its modal ("will not retaliate", "no plans to deploy", "will not be
     the first to deploy") and the mark is not ``negated`` (``datasets/ANNOTATION.md`` §3). Its
     explanation opens with the restraint; the reading the phrase would have on its own follows. A
     restraint from acts named by a general noun ("refrain from any action", pattern
     ``refrain-from-acts``) takes in what they could do ("... that could lead to escalation",
     ``_apply_refrained_harm``).
   - negated de-escalation ("will not accept", "failed to reach agreement", "no
     talks") becomes a rejection (REJECT, CAMEO 12, -4.0; -5.0 for refused talks,
     CAMEO 125): CAMEO itself codes refusing cooperation as rejection. The refusal's span
     takes in the modal and the negator ("would not accept"), so it is not marked ``negated``.
   - the negation does not reach past another phrase or a topic preposition: in "would not
     accept “violations ...”" it is the refusal's; in "do not comment on forgeries" it is
     the comment's; nor past a wh-word ("not clear who fired first"), a preposition of time
     ("fired no shots during the clash") or onto the predicate of "Not everyone welcomed the deal".
     A refusal takes in what it refuses unless that is a phrase of its own ("will never accept
     threats from anyone"); a head of rejecting takes in its object ("rejected the ultimatum").
   - after negation, a readiness before an act is one stated intent with the act
     (``_apply_readiness``): "willing to withdraw its troops" is AGREE with the intent code of the
     act (CAMEO 0356), "ready to resume talks" CONSULT 036, "prepared to impose sanctions" a
     threat (1312); and a cooperative step named as the subject of a refusal ("Removing the
     sanctions is out of the question") is the step refused, ``negated``
     (``_apply_refused_subjects``).

6. **Modifiers** (clause-level scope: a clause ends at ``;``, ``:``, a dash, or a comma
   followed by a conjunction such as "and", "but", "adding"):

   - ``conditional``: the clause holds if / unless / "if necessary" / "provided that"
     / clause-initial or inverted "should" ("would respond should the talks fail"). Weight x ``CONDITIONAL_FACTOR`` (0.5): the threat binds
     only if the condition is met (Kahn's rung 3 "solemn declarations" keep the act
     open-ended).
   - ``hedged``: an epistemic hedge qualifies the clause (from the hedging lens, plus
     may / might / could / reportedly ...). Weight x ``HEDGE_FACTOR`` (0.75).
     A condition or a hedge inside a quoted sentence does not reach the writer's frame after it
     ('"If ..., we must act," Holm said as he entered the talks'), and a hedge right after a
     preposition qualifies its own phrase ("with seemingly 27 different plans").
   - ``negated``: see step 5.
   - ``quoted``: inside quotation marks. Scare quotes around one to three words
     ("unfriendly") mean the label is the speaker's, not the writer's. No weight change.
   - ``boosted``: a booster ("of course") in the clause presents the step as certain.
     No weight change.

The steps live in small modules: ``weights`` (CAMEO weights and the factors), ``words`` and
``context`` (word fields), ``lexicon`` and ``patterns`` (what is matched), ``candidates`` (the
matches of a sentence), ``clauses`` (clause scope, conditions, quotations), ``shape`` (step 1),
``speech`` (speech acts), ``rules`` (steps 2-5) and ``modifiers`` (step 6); this module runs
them in order in :func:`annotate`. The word lists the steps read (word fields, observers, verbs
of stopping ...) are the classes of ``datasets/lexicons/escalation_word_classes.tsv``, read on
first use by :func:`~course.lenses.escalation.words.word_class`.

Example (the seed article's second paragraph):
    >>> from course.document import build_document
    >>> doc = build_document('Russia will, of course, react to the unfriendly steps, adding that '
    ...                      'Moscow "will act in a reciprocal manner, and if necessary, also asymmetrically".')
    >>> [(a.text, a.label, a.intensity, a.modifiers) for a in annotate(doc, [])]  # doctest: +NORMALIZE_WHITESPACE
    [('react', 'THREATEN', -4.4, ()), ('unfriendly', 'ACCUSE', -2.0, ()),
     ('in a reciprocal manner', 'THREATEN', -4.4, ('quoted',)),
     ('asymmetrically', 'THREATEN', -2.2, ('conditional', 'quoted'))]
"""

from __future__ import annotations

import re

from typing import Any, Iterable

from ...document import Document, Intervals, Token, quotations
from ...model import Annotation
from .candidates import _collect
from .clauses import _conditionals, _quote_token_spans, _segment_bounds, _segments
from .context import _CONTEXT
from .modifiers import _StanceIndex, _apply_modifiers
from .rules import (_apply_absorption, _apply_cessation, _apply_charge_codes, _apply_cyber_reference, _apply_negation,
                    _apply_readiness, _apply_refrained_harm, _apply_refused_subjects, _apply_threat_merge)
from .shape import _apply_phrase_shape, _closing_quote
from .weights import carries_weight
from .speech import _apply_speech_acts
from .words import word_class
from .weights import CONDITIONAL_FACTOR, HEDGE_FACTOR, NEGATION_FACTOR, _with_cameo_reference

__all__ = ["annotate", "escalation_curve", "CONDITIONAL_FACTOR", "HEDGE_FACTOR", "NEGATION_FACTOR"]


def annotate(doc: Document, stance: list[Annotation],
             quotes: list[tuple[int, int, int, int]] | None = None) -> list[Annotation]:
    """Find escalation and de-escalation phrases in a document.

    Args:
        doc: the document model (``course.document.build_document``).
        stance: the hedging lens's annotations (hedges and boosters); a hedge or a
            conditional in the same clause turns down a phrase's weight.
        quotes: the document's :func:`course.document.quotations`, when the caller has
            them already (``course.analyze`` pairs quotation marks once for every lens).

    Returns:
        Annotations with category ``escalation`` or ``deescalation``, a PLOVER-style
        label, a Goldstein-style ``intensity`` and ``modifiers`` among
        ``conditional``, ``hedged``, ``negated``, ``quoted``, ``boosted``.

    Example:
        >>> from course.document import build_document
        >>> doc = build_document("Washington-Moscow ties hit rock bottom with the US threatening to "
        ...                      "shut down its embassy in Moscow.")
        >>> [(a.text, a.label, a.intensity) for a in annotate(doc, [])]
        [('hit rock bottom', 'DETERIORATE', -0.4), ('threatening to shut down its embassy', 'THREATEN', -5.8)]
    """
    _CONTEXT.cache = {}
    try:
        found = _annotate(doc, stance, quotations(doc) if quotes is None else quotes)
    finally:
        _CONTEXT.cache = None
    described = _source_descriptions(stance)
    if not described:
        return found
    inside = Intervals(described).has_span
    return [a for a in found if not inside(a.start, a.end)]


#: Words that tie an unnamed source to what it knows: the event after them describes the source.
_SOURCE_LINKS = re.compile(r"\b(?:familiar with|close to|briefed on|involved in|knowledge of|privy to)\s", re.I)


def _source_descriptions(stance: list[Annotation]) -> list[tuple[int, int]]:
    """Where an unnamed source is described by what it knows ("people familiar with the
    negotiations", "a diplomat close to the talks"): the talks there say who speaks, they are no
    event of the story. Read off the hedging lens's weasel sources."""
    out = []
    for m in stance:
        if m.category == "hedge" and m.label == "weasel":
            link = _SOURCE_LINKS.search(m.text)
            if link is not None:
                out.append((m.start + link.end(), m.end))
    return out


def _annotate(doc: Document, stance: list[Annotation], quotes_found: list[tuple[int, int, int, int]]) -> list[Annotation]:
    out: list[Annotation] = []
    _asking = word_class("meeting-request-verbs") | word_class("appeal-verbs") | word_class("call-verbs")
    _breaking = word_class("breakdown-verbs") | word_class("weakening-verbs")
    quote_tokens = _quote_token_spans(doc, quotes_found)
    quote_starts: dict[int, list[int]] = {}
    by_sentence: dict[int, list[Annotation]] = {}
    for a in stance:
        s = doc.sentence_at(a.start)
        if s is not None:
            by_sentence.setdefault(s.index, []).append(a)
    previous: tuple[int, list[Token]] = (-1, [])
    sentences = list(doc.sentence_tokens())
    earlier: set[str] = set()  # the words of the sentences before ('the halt' pointing back)
    for at, (sentence, tokens) in enumerate(sentences):
        if at:
            earlier.update(t.norm for t in sentences[at - 1][1])
        if not tokens:
            continue
        seg = _segments(tokens)
        conds = _conditionals(tokens, seg)
        prev_tokens = previous[1] if previous[0] == sentence.paragraph else []
        before_tokens = previous[1]  # the sentence right before, across a paragraph break too
        previous = (sentence.paragraph, tokens)
        nxt = sentences[at + 1] if at + 1 < len(sentences) else None
        next_tokens = nxt[1] if nxt is not None and nxt[0].paragraph == sentence.paragraph else []
        ctx = {"conditional": conds, "segments": seg, "previous": prev_tokens, "next": next_tokens,
               "earlier": earlier}
        cands = _collect(tokens, sentence, ctx)
        if not cands and not any(t.norm in _asking or t.norm in _breaking for t in tokens):
            continue  # (an appeal may name no event word: "did not ask for their release", "called on Tarsk to
            # reverse the decision"; nor a breakdown
            # after "which": "a return to talks on the river, which collapsed in May")
        cands = _apply_phrase_shape(tokens, cands)
        cands = _apply_cessation(tokens, seg, cands)
        cands = _apply_speech_acts(tokens, seg, cands)
        cands = _apply_threat_merge(tokens, cands)
        cands = _apply_absorption(tokens, seg, cands)
        cands = _apply_refrained_harm(tokens, cands)
        _apply_charge_codes(tokens, cands)
        _apply_cyber_reference(tokens, cands, prev_tokens, before_tokens)
        for c in cands:
            c.base = c.intensity
        cands = _apply_negation(tokens, seg, cands)
        cands = _apply_readiness(tokens, cands)
        _apply_refused_subjects(tokens, seg, cands)
        quotes = quote_tokens.get(sentence.paragraph, [])
        starts = quote_starts.get(sentence.paragraph)
        if starts is None:
            starts = quote_starts[sentence.paragraph] = [a for a, _ in quotes]
        bounds = _segment_bounds(seg)
        sstance = _StanceIndex(by_sentence.get(sentence.index, []))
        clauses: dict = {}
        for c in cands:
            c.j = _closing_quote(tokens, c.i, c.j)  # ('warns of "retaliation"': the quotation it opens closes in it)
            _apply_modifiers(tokens, seg, conds, c, sstance, quotes, bounds, starts, clauses)
            start, end = tokens[c.i].start, tokens[c.j].end
            base = c.explanation.rstrip()
            if c.cameo:
                base += f" (CAMEO {c.cameo}: {c.base:+.1f} on the Goldstein scale from -10 hostile to +10 cooperative.)"
            expl = " ".join([base, *c.notes])
            intensity = max(-10.0, min(10.0, round(c.intensity, 2)))
            out.append(
                Annotation(
                    start, end, doc.text[start:end], c.category, c.label, expl, rule=c.rule,
                    reference=_with_cameo_reference(c.reference),
                    intensity=intensity, modifiers=tuple(dict.fromkeys(c.modifiers)), sentence=sentence.index,
                )
            )
    return out


def escalation_curve(
    analysis_or_doc_annotations: Any, doc: Document | None = None, how: str = "sum"
) -> list[tuple[int, float]]:
    """Escalation per paragraph, for plotting: the sum (or mean) of intensities.

    Args:
        analysis_or_doc_annotations: an :class:`~course.model.Analysis`, or a list of
            annotations (only ``escalation`` and ``deescalation`` ones count).
        doc: the document the annotations belong to (taken from the analysis when omitted).
        how: ``"sum"`` (default) or ``"mean"`` of the intensities in each paragraph.

    Returns:
        ``[(paragraph_index, value), ...]`` for every paragraph, 0.0 where nothing was found.
        Negative values mean the paragraph leans hostile.

    Example:
        >>> from course.document import build_document
        >>> doc = build_document("The ministers held talks.\\n\\nThey imposed sanctions.")
        >>> escalation_curve(annotate(doc, []), doc)
        [(0, 1.0), (1, -8.0)]
    """
    if how not in {"sum", "mean"}:
        raise ValueError("how must be 'sum' or 'mean'")
    anns: Iterable[Annotation]
    if hasattr(analysis_or_doc_annotations, "annotations"):
        anns = analysis_or_doc_annotations.annotations
        doc = doc or analysis_or_doc_annotations.document
    else:
        anns = analysis_or_doc_annotations
    if doc is None:
        raise ValueError("Pass the document too: escalation_curve(annotations, doc).")
    values: dict[int, list[float]] = {p.index: [] for p in doc.paragraphs}
    for a in anns:
        if not carries_weight(a):  # a denied event is highlighted but weighs nothing
            continue
        s = doc.sentence_at(a.start)
        if s is not None:
            values.setdefault(s.paragraph, []).append(a.intensity)
    out = []
    for p in sorted(values):
        v = values[p]
        total = sum(v)
        out.append((p, float(round(total / len(v) if (how == "mean" and v) else total, 2))))
    return out
