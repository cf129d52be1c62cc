"""Attribution lens: who says what, through whom, and what the writer says alone.

The lens finds PARC-style attribution relations (Pareti 2016): a **cue** (the
reporting words), a **source** (the speaker, as written) and the **content**
(what is reported), plus a **via** hop when the words reach the article through
an intermediary ("was quoted as saying by ABC News"). Each cue gets the
reporting-verb class of its lemma (Bergler 1992; Thompson & Ye 1991; Martin &
White 2005), read from ``datasets/lexicons/reporting_verbs.tsv``; multi-word
frames ("according to", "in a statement", via markers) and the markers of
unattributed evaluation come from ``datasets/lexicons/attribution_patterns.tsv``.

It is rule-based over tokens and quotation marks, with no parser model:

1. Quotations are paired per paragraph (curly or straight marks, so a quote may
   run over several sentences).
2. Reporting words are matched token by token. A word with a non-reporting sense
   ("added sanctions", "show restraint") needs a reporting frame: a that-clause,
   a colon, a quotation, inverted order ("..., he added."), a to-infinitive for
   commitments ("pledged to"), or, for verbs whose object is the content
   ("affirmed Moscow's intention"), a speaker-like subject.
3. The source is the noun phrase before the cue (skipping adverbs, auxiliaries
   and a time phrase such as "on Friday, 12 November,"), or after it in inverted
   order ("..., said the minister"). A participle after a comma (", adding that")
   continues the previous speaker of the sentence. A long apposition ("Richard Revesz,
   director of the institute at the law school, said") or a bracketed party label ("Rep. Jim
   Jordan (R-Ohio) said") belongs to the source; contracted auxiliaries ("he's", "isn't") are
   never sources; a progressive ("is once again claiming") is a finite cue; a coordinated cue
   with no reported first verb ("I laughed and said") takes the clause subject.
4. The content is the quotation, or the clause after the cue (after "that",
   without the final period), or, in inverted order, the words before the cue.
5. Frames with no named source ("it is understood that", "was told that") give a
   relation whose source is ``None``; raising frames ("is said to", "are believed to")
   are hedges, not attributions (ANNOTATION.md §4); a passive cue followed by "by X"
   takes X as the source; a participle after its noun ("a letter saying that") takes
   that noun phrase; an apposition after a name belongs to the source.
6. Content extents follow §6.2: a dateline ("DRAVA (Meridian Press Agency) - ") is not
   content; the writer's own tail is cut off (", amid ...", ", but he did not ...",
   ", and it is unclear whether ...", a gloss or a time phrase after a closing quotation
   mark); a coordinated cue (" and said") or a sentence-final frame (", the office said")
   ends the content before it; a bare noun-phrase object ends at "after", "amid" ...
7. Unattributed sentences (§7): the main clause is in the writer's voice and a marker of a
   contestable claim lies outside every attribution (see :func:`_unattributed`).

The rules live in small modules: ``words`` (closed-class word lists, the open-class ones of
``datasets/lexicons/attribution_word_classes.tsv`` read on first use, and token tests),
``lexicon`` (the two lexicon files, compiled), ``spans`` (intervals, spans cut from tokens),
``phrases`` (sources and other noun phrases), ``contents`` (where a content starts and
ends), ``frames`` (the readings of one cue) and ``unattributed`` (the writer's own claims);
this module puts them together in :func:`annotate`.

Example (the seed article's chained, passive attribution):
    >>> from course.document import build_document
    >>> doc = build_document('"We can see it," Putin was quoted as saying by ABC News.')
    >>> rel = annotate(doc)[0][0]
    >>> rel.source.text, rel.cue.text, rel.via.text, rel.kind, rel.content.text
    ('Putin', 'was quoted as saying', 'ABC News', 'direct', 'We can see it')
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Any

from ...document import Document, Sentence, Token
from ...model import Annotation, Attribution, Span
from .contents import (
    MAX_CONTENT_CHARS, _clause_start, _cut_time_after_label, _end_opening_subordinate, _end_plural_noun_cue,
    _end_headline_clause, _end_relative_clauses, _saying_time, _setting_outlet, _writer_tail_cut,
)
from .frames import (
    ABSOLUTE_RULE, GERUND_RULE, _Found, _according, _as_clause_report, _no_comment_from, _epigraphs, _possessive_view, _group_start, _impersonal, _negated_group,
    _raising_frame, _reporting,
)
from .lexicon import PATTERNS_LEXICON, REFERENCE, CueWord, _catenative_before, _lexicons, _patterns_by_type, _view_entry, describe
from .phrases import _relative_source, _repair_source, _right_np
from ...document import quotations
from .spans import _GrowingIntervals, _Intervals, _first_token_at, _kind, _quote_interior, _span, _tok_span
from .unattributed import _unattributed
from .words import AUX, DETERMINERS, PRONOUNS, QUOTE_CHARS, WH_WORDS, _finite_like, _is_adverb, _is_word, document_nouns, speaker_nouns, word_class

__all__ = ["annotate"]


def _before_adverbs(toks: list[Token], k: int) -> int:
    """The index of the first word at or before ``k`` that is not an adverb."""
    while k > 0 and _is_adverb(toks[k]) and toks[k].text[:1].islower():
        k -= 1
    return k


def annotate(doc: Document, stance: list[Annotation] | None = None,
             quotes: list[tuple[int, int, int, int]] | None = None) -> tuple[list[Attribution], list[Annotation], list[Span]]:
    """Find the attribution relations of a document and its unattributed evaluative sentences.

    Args:
        doc: a document from :func:`course.document.build_document`.
        stance: the hedging lens's annotations, optional: the writer's own boosters
            ("clearly") and weasel hedges ("are widely seen as") then count as markers
            of an unattributed claim (ANNOTATION.md §7).
        quotes: the document's :func:`course.document.quotations`, when the caller has them already.

    Returns:
        ``(attributions, annotations, unattributed)``: the relations in text order; the
        highlights (labels ``cue``, ``source``, ``via`` and ``unattributed``, category
        ``attribution``); and the unattributed sentences as spans.

    Example:
        >>> from course.document import build_document
        >>> rels, marks, alone = annotate(build_document(
        ...     "Lavrov pledged that Moscow will react. This is a major violation of the Act."))
        >>> [(r.source.text, r.cue.text, r.verb_class, r.content.text) for r in rels]
        [('Lavrov', 'pledged', 'commissive-directive', 'Moscow will react')]
        >>> [s.text for s in alone]
        ['This is a major violation of the Act.']
    """
    cue_matcher, according, via_matcher, setting, evaluative, copular, impersonal = _lexicons()
    quotes = quotations(doc) if quotes is None else quotes
    opens = {i: q for q in quotes for i in range(q[0], q[1])}
    closes = {i: q for q in quotes for i in range(q[2], q[3])}
    inside_quote = _Intervals((q[1], q[2]) for q in quotes)
    text = doc.text
    attributions: list[Attribution] = []
    notes: dict[int, str] = {}  # cue start -> what a catenative verb adds (for the highlight)
    entries: dict[int, CueWord] = {}  # cue start -> its lexicon entry (for the highlight)
    for sent, toks in doc.sentence_tokens():
        if sent.kind in ("header", "caption") or not toks:
            continue
        found: list[_Found] = []
        taken: set[int] = set()
        # 1. according to X / as reported by X
        for first, last, entry in according.finditer(toks):
            a, b = first.index - sent.token_start, last.index - sent.token_start
            f = _according(doc, sent, toks, a, b, entry)
            if f:
                found.append(f)
                taken.update(range(a, b + 1))
        # ... and "in X's view": the possessor is the source (§6.1)
        for a in (x for x, t in enumerate(toks) if t.norm == "in" and x not in taken):
            f = _possessive_view(doc, sent, toks, a, _view_entry())
            if f:
                found.append(f)
                taken.update(range(a, f.cue[1] + 1))
        # ... and "there was no immediate comment from X": X's silence on the record (§6.4)
        for a in (x for x, t in enumerate(toks) if t.norm == "no" and x not in taken and x >= 2):
            f = _no_comment_from(doc, sent, toks, a)
            if f:
                found.append(f)
                taken.update(range(a, f.cue[1] + 1))
        # 1b. impersonal frames: "it is understood that", "is said to", "was told that"
        for first, last, entry in [*impersonal.finditer(toks), *_adverb_impersonal(toks)]:
            a, b = first.index - sent.token_start, last.index - sent.token_start
            if a in taken or inside_quote.has_point(first.start):
                continue
            if entry.get("pattern") == "raising":
                # "15,000 people are believed to be ...": a hedge, not an attribution (§4);
                # its verb is kept from being read as a reporting verb
                if _raising_frame(toks, a, b):
                    taken.update(range(a, b + 1))
                continue
            f = _impersonal(doc, sent, toks, a, b, entry, opens)
            if f:
                found.append(f)
                taken.update(range(a, b + 1))
        # settings ("in a statement", "at a press briefing") frame a cue; their nouns are not cues
        for first, last, _ in setting.finditer(toks):
            taken.update(range(first.index - sent.token_start, last.index - sent.token_start + 1))
        # 2. reporting words
        covered = _GrowingIntervals()  # the contents found so far
        for g in found:
            if g.content is not None:
                covered.add(g.content.start, g.content.end)
        for first, last, words in cue_matcher.finditer(toks):
            a, b = first.index - sent.token_start, last.index - sent.token_start
            if a in taken or inside_quote.has_point(first.start):
                continue
            cat = _catenative_before(toks, a)
            f = _as_clause_report(doc, sent, toks, a, b, words) if a > 1 else None
            if f is None:
                f = _reporting(doc, sent, toks, a, b, words, closes, opens, found, covered, cat[0] if cat else None)
            if f and f.source is not None and f.source_span is None:
                repaired = _repair_source(toks, f.source) or _relative_source(toks, f.source)
                if repaired is not None:
                    f.source = repaired
                elif f.word.frame == "speech":
                    # no speaker there: a verb of saying still reports (its source is unknown);
                    # a word that needs a speaker to report ("plans", "views") does not
                    f.source = None
                else:
                    f = None
            if f and f.source is None and f.content is None and f.via is None:
                f = None  # neither who nor what: nothing is reported ("told them what to say or not say")
            if f and cat is not None and f.cue[0] <= cat[0]:
                f.rule += f" + {PATTERNS_LEXICON}.tsv: {cat[1].phrase} (catenative)"
                f.note = describe(cat[1].phrase, cat[1].explanation)
            if f:
                found.append(f)
                taken.update(range(f.cue[0], f.cue[1] + 1))
                if f.content is not None:
                    covered.add(f.content.start, f.content.end)
        found.extend(_epigraphs(doc, sent, toks, closes, taken))
        found.sort(key=lambda f: f.cue[0])
        found = _as_quoted_hops(toks, found)
        found = _according_between_verb_and_clause(doc, toks, found)
        # a participial continuation (", adding that") ends the previous content
        # and so does a coordinated cue (" and said she ...") or a sentence-final inverted
        # frame (", the envoy's office said in a statement."; §6.2)
        for p_i, (prev, nxt) in enumerate(zip(found, found[1:])):
            if not prev.content or prev.direction != "forward":
                continue
            cut = None
            if nxt.rule.startswith("continuation"):
                cut = toks[nxt.cue[0]].start
                k = nxt.cue[0] - 1
                if k >= 0 and toks[k].text == ",":
                    cut = toks[k].start
            elif GERUND_RULE in nxt.rule and nxt.cue[0] >= 2 and toks[nxt.cue[0] - 2].text == ",":
                cut = toks[nxt.cue[0] - 2].start  # (", before adding that ...": the speaker goes on)
            elif "(coordinated" in nxt.rule and toks[(k := _before_adverbs(toks, nxt.cue[0] - 1))].norm in ("and", "but"):
                # (adverbs may stand between: "... and repeatedly says")
                cut = toks[k - 1].start if k > 0 and toks[k - 1].text == "," else toks[k].start
            elif ABSOLUTE_RULE in nxt.rule and nxt.source is not None and toks[nxt.source[0] - 1].norm == "and":
                cut = toks[nxt.source[0] - 1].start  # a second absolute clause: "with envoys accusing X and officials blaming Y"
            elif nxt.direction == "forward" and nxt.source is not None and nxt.source_span is None \
                    and nxt.source[0] >= 2 and toks[nxt.source[0] - 1].norm in ("and", "but", "yet", "while", "whereas", "though", "although") \
                    and (toks[nxt.source[0] - 2].text == "," or nxt.source[0] >= 3 and toks[nxt.source[0] - 2].text in QUOTE_CHARS
                         and toks[nxt.source[0] - 3].text == ","):
                # a new clause with a speaker of its own: "He proposed X, but analysts agreed Y"
                # (the comma may stand inside a closing quotation mark: '“... choosing,” and officials said')
                comma = nxt.source[0] - 2
                cut = toks[comma].start if toks[comma].text == "," else toks[comma].end
            elif nxt.direction == "backward" and nxt.content is not None and nxt.content.start <= prev.content.start:
                head = min(nxt.cue[0], nxt.source[0] if nxt.source else nxt.cue[0])
                k = head - 1
                if k >= 0 and toks[k].text == ",":
                    cut = toks[k].start
            # (a coordinated cue whose speaker is an outer source ends that source's content and
            # every content nested in it: "said the decisions confirmed that ... and warned that")
            ended = [prev]
            if cut is not None and "(coordinated" in nxt.rule:
                # (only relations whose cue is near enough for their content to reach the cut)
                near = []
                for f in reversed(found[:p_i]):
                    if toks[f.cue[0]].start < cut - 2 * MAX_CONTENT_CHARS:
                        break
                    if f.direction == "forward" and f.content:
                        near.append(f)
                outer = [f for f in near if f.source == nxt.source]
                ended += outer + [f for f in near if f not in outer and any(
                    e.content.start <= toks[f.cue[0]].start < e.content.end for e in outer)]
            # (a participle that goes on with an outer speaker's words ends that speaker's content
            # too, past a noun of speech nested in it: "rejected claims by Drava that ..., saying ...")
            if cut is not None and nxt.rule.startswith("continuation") and nxt.source is not None:
                ended += [f for f in found[max(0, p_i - 3):p_i] if f.direction == "forward" and f.source == nxt.source]
            for e in ended:
                if cut is not None and e.content and e.content.start < cut < e.content.end:
                    e.content = _span(doc, e.content.start, cut)
                    e.kind = _kind(text, e.content, e.kind)
                    # what is left is one whole quotation: a direct report, without its marks
                    # ('insisted that "the door remains open" and accused ...'; §6.3)
                    q = opens.get(e.content.start) if e.content is not None else None
                    if q is not None and q[3] == e.content.end and e.kind != "according-to":
                        e.content, e.kind = _quote_interior(doc, q), "direct"
        for f in found:
            if f.direction == "forward" and f.content is not None and f.kind != "direct":
                whole = f.content
                f.content = _writer_tail_cut(doc, toks, f, inside_quote, sent)
                _end_headline_clause(doc, sent, toks, f, inside_quote)
                # the outlet that carried the remarks, in a setting before the clause ("said in remarks
                # carried by VNA that ...") or after it (", in remarks carried by TANA"), is the via
                if f.via is None and f.content is not None:
                    c_first = _first_token_at(doc, toks, f.content.start)
                    f.via = _setting_outlet(toks, f.cue[1] + 1, c_first) if f.cue[1] + 1 < c_first else None
                    if f.via is None and f.content.end < whole.end:
                        f.via = _setting_outlet(toks, _first_token_at(doc, toks, f.content.end),
                                                _first_token_at(doc, toks, whole.end))
                _end_plural_noun_cue(doc, sent, toks, f)
                _cut_time_after_label(doc, toks, f)
                f.kind = _kind(text, f.content, f.kind)
        _end_inside_noun_clauses(doc, toks, found)
        # a belief or a wish inside someone else's reported clause is part of that content
        # ("Washington believes the sanctions work, an official said": the official's claim; §6.1)
        # (a relation's own content never holds its cue, so every content can be asked)
        # (asked after the writer's own words are cut off: in "called the hearing because they
        # felt ...", "they felt" is outside "the hearing")
        if any(f.word.frame in ("cognitive", "volition", "attitude") for f in found):
            contents = _Intervals((g.content.start, g.content.end) for g in found if g.content is not None)
            found = [f for f in found if not (f.word.frame in ("cognitive", "volition", "attitude")
                                               and contents.has_span(toks[f.cue[0]].start, toks[f.cue[1]].end)
                                               and not _commitment_made(toks, f) and not _own_group_view(toks, f, found)
                                               and not _assent_on_record(toks, f, found)
                                               and not _shown_view(toks, f, found))]
        _end_relative_clauses(doc, toks, found, inside_quote)
        _end_opening_subordinate(doc, toks, found, inside_quote)
        found = _cited_sources(toks, found)
        for f in found:
            if f.content is not None:
                trimmed = _inside_brackets(doc, f.content)
                if trimmed is not f.content:
                    f.content = trimmed
                    f.kind = _kind(text, f.content, f.kind) if f.kind != "according-to" else f.kind
        # a plan or a belief inside an open question is nobody's report: "It is not known whether
        # Lorvia plans to take military action" (the writer does not know of any plan)
        # (nor is any act inside a question the source would not answer: "Berk would not say whether the
        # mission would recommend a rerun": no recommendation was made, §6.1; also when the refusal's
        # content opens with the verb of saying: "declined to say whether she would recommend sanctions",
        # "declined to comment on whether ...")
        found = [f for f in found if not (f.source is not None and (
            f.word.frame in ("volition", "cognitive") and (toks[f.source[0]].norm in ("whether", "if")
                                                           or f.source[0] > 0 and toks[f.source[0] - 1].norm in ("whether", "if"))
            or f.source[0] > 0 and toks[f.source[0] - 1].norm == "whether" and any(
                g is not f and g.content is not None and (g.content.start == toks[f.source[0] - 1].start or (
                    g.word.verb_class == "admission-denial" and any(
                        g.content.start == toks[x].start for x in range(max(0, f.source[0] - 4), f.source[0] - 1))))
                for g in found)))]
        # a bare wh-word is no reported clause: "It is unclear who in Velm knew what." (§6.1)
        found = [f for f in found if not (f.word.frame == "cognitive" and f.content is not None
                                          and f.content.text.strip().lower() in WH_WORDS)]
        for f in found:
            attributions.append(_relation(doc, sent, toks, f))
            entries[attributions[-1].cue.start] = f.word
            if f.note:
                notes[attributions[-1].cue.start] = f.note
    attributions.sort(key=lambda r: r.cue.start)
    annotations = _marks(attributions, entries, notes)
    unattributed, un_marks = _unattributed(doc, attributions, quotes, evaluative, copular, stance)
    annotations.extend(un_marks)
    annotations.sort(key=lambda a: (a.start, -a.end, a.label))
    return attributions, annotations, unattributed


def _end_inside_noun_clauses(doc: Document, toks: list[Token], found: list[_Found]) -> None:
    """End a report inside a noun cue's that-clause where that clause ends, before the main verb
    (§6.2): in "Reports that the minister called the talks a failure were denied", "called" reports
    "the talks a failure", as "Reports" reports "the minister called the talks a failure"."""
    clauses = sorted((g for g in found if g.word.frame == "noun" and g.content is not None), key=lambda g: g.content.start)
    if not clauses:
        return
    starts = [g.content.start for g in clauses]
    for f in found:
        if f.content is None or f.direction != "forward" or f.kind == "direct":
            continue
        # (the nearest clauses that open before the cue: a cue lies in few of them, so no scan of all)
        at = bisect.bisect_right(starts, toks[f.cue[0]].start)
        for g in clauses[max(0, at - 2):at]:
            if g is not f and f.content.start < g.content.end < f.content.end:
                f.content = _span(doc, f.content.start, g.content.end)
                f.kind = _kind(doc.text, f.content, f.kind)


@lru_cache(maxsize=1)
def _impersonal_frames() -> dict[tuple[str, ...], Any]:
    """The impersonal frames of ``attribution_patterns.tsv`` by their words."""
    return {tuple(e.phrase.split()): e for e in _patterns_by_type().get("impersonal", [])}


def _adverb_impersonal(toks: list[Token]) -> list[tuple[Token, Token, object]]:
    """Impersonal frames with adverbs before the participle ("It is widely believed that", "it was
    later reported that"): the whole frame, adverbs included, is the cue (ANNOTATION.md §6.2), as
    the frame without them is in ``attribution_patterns.tsv``.

    >>> from course.document import build_document
    >>> [(f.text, l.text) for f, l, _ in _adverb_impersonal(build_document("It is widely believed that it failed.").tokens)]
    [('It', 'believed')]
    """
    frames = _impersonal_frames()
    out = []
    for i in range(len(toks) - 3):
        if toks[i].norm != "it":
            continue
        for verb_end in (i + 2, i + 3):  # "it is", "it has been"
            m = verb_end
            while m < len(toks) and m < verb_end + 2 and _is_adverb(toks[m]) and toks[m].text.islower():
                m += 1
            entry = frames.get(tuple(t.norm for t in toks[i:verb_end]) + (toks[m].norm,)) if m < len(toks) else None
            if m > verb_end and entry is not None:
                out.append((toks[i], toks[m], entry))
    return out


def _commitment_made(toks: list[Token], f: _Found) -> bool:
    """Is the cue an agreement or an offer to act ("the sides had agreed to swap 120 detainees",
    "had offered to mediate")? That reports a commitment made, a speech act (Searle 1976:
    commissives; §6.4 "agreed to resume talks"), not a mental state, so it keeps its relation
    inside someone else's reported clause."""
    if f.word.lemma != "agree" and f.word.verb_class != "commissive-directive":
        return False
    k = f.cue[1] + 1
    while k < len(toks) and _is_adverb(toks[k]):
        k += 1
    k += _saying_time(toks, k)  # ("agreed on Friday to reopen two crossings")
    return k + 1 < len(toks) and toks[k].norm == "to" and toks[k + 1].text.islower() and toks[k + 1].text.isalpha() \
        and toks[k + 1].norm not in DETERMINERS


def _assent_on_record(toks: list[Token], f: _Found, found: list[_Found]) -> bool:
    """Is the cue an "agree" inside the content of an "according to" ("Sixty percent agreed that
    talks should resume, according to the survey")? A record credits the sentence to a text, and the
    assent it records was given by the agreeing side, a speech act of its own (§6.1, §6.4 "agree"),
    not a mental state the text ascribes."""
    if f.word.lemma != "agree" or f.source is None:
        return False
    at = toks[f.cue[0]].start
    return any(g.kind == "according-to" and g.content is not None and g.content.start <= at < g.content.end for g in found)


def _shown_view(toks: list[Token], f: _Found, found: list[_Found]) -> bool:
    """Is the belief inside the content of evidence that shows it ("Leaked cables show the envoy
    doubted the ceasefire would hold")? Evidence presents the view as the holder's own, on the
    record (§6.4 "show"), not as a mental state one speaker ascribes to another, so the belief keeps
    its relation."""
    if f.source is None or f.word.frame != "cognitive" or f.content is None \
            or f.cue[1] + 1 < len(toks) and toks[f.cue[1] + 1].norm in ("of", "about", "as"):
        return False  # (a clause is shown, not a view "of" something: "polls showed few thought of it as ...")
    at = toks[f.cue[0]].start
    display = word_class("display-lemmas")
    return any(g.word.lemma in display and g.content is not None and g.content.start <= at < g.content.end
               and g.source is not None and g.source[1] < f.source[0] for g in found)


def _own_group_view(toks: list[Token], f: _Found, found: list[_Found]) -> bool:
    """Is a belief inside another relation's content the view of a group its speaker belongs to
    ("Officials were certain the transfers would continue, one of the officials said", "Diplomats
    believe ..., two of the diplomats said")? The speaker reports the group's own view, not a
    mental state ascribed to another source (§6.1), so the belief keeps its relation."""
    if f.source is None:
        return False
    head = toks[f.source[1]].norm
    for g in found:
        if g is f or g.source is None or g.content is None \
                or not g.content.start <= toks[f.cue[0]].start < g.content.end:
            continue
        words = [t.norm for t in toks[g.source[0]:g.source[1] + 1]]
        if len(words) >= 3 and "of" in words[1:3] and words[-1] == head and words[0] in _PARTITIVE_HEADS:
            return True
    return False


#: Words that open a partitive source: "one of the officials", "two of the diplomats".
_PARTITIVE_HEADS = frozenset("one two three four several some many most each".split())


_BRACKET = re.compile(r"[()]")


def _inside_brackets(doc: Document, c: Span) -> Span:
    """A content never crosses a bracket it does not hold whole: a report inside brackets ends at
    the closing one ("(one of whom, the report noted, “feared for his safety”)" → '“feared for his
    safety”'), and a bracket opened in the content and not closed there is cut off with what follows
    ("relied on samples handed over by local doctors (one of whom ..." → "... local doctors").

    >>> from course.document import build_document
    >>> d = build_document("Samples came from doctors (one of whom, the report noted, feared for his safety).")
    >>> start = d.text.index("feared")
    >>> _inside_brackets(d, _span(d, start, len(d.text) - 1)).text
    'feared for his safety'
    """
    t = c.text
    if "(" not in t and ")" not in t:
        return c
    depth, end = 0, len(t)
    for m in _BRACKET.finditer(t):
        k, ch = m.start(), m.group()
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                end = k  # the closing bracket of a parenthesis the report stands in
                break
            depth -= 1
    if depth > 0:  # an opening bracket not closed inside the content
        end = min(end, t.rfind("(", 0, end) if t.count("(") == 1 else t.find("("))
    if end >= len(t):
        return c
    while end > 0 and t[end - 1] in " ,;":
        end -= 1
    return _span(doc, c.start, c.start + end) if end > 0 else c


#: The "as" forms of "according to" that name an outlet passing words on ("as quoted by X").
_AS_HOP_CUES = frozenset({"as quoted by", "as cited by", "as reported by"})


def _as_quoted_hops(toks: list[Token], found: list[_Found]) -> list[_Found]:
    """'“We assess that ...,” the document says, as quoted by the Velm Daily.': the report just before
    names its source, so the outlet after "as quoted by" is its via, a second-hand hop (§6.2), not an
    according-to frame whose content would swallow the inner report. Only right after an inverted
    report ("..., the document says, as quoted by X"); "as quoted by X" alone stays according-to.
    A plain "according to" that closes the sentence right after an inverted report is read the same
    way ('“We will act,” Ryl said, according to TASS.'); after a forward report's content it may credit
    the facts inside that content, and it stays according-to ("Bloomberg reports that ..., according
    to the Roper Center"), as after a clause with no named speaker ("It is thought that Drava may ask
    allies, according to two officials").

    >>> from course.document import build_document
    >>> rels = annotate(build_document('"Talks failed," the memo says, as quoted by the Velm Daily.'))[0]
    >>> [(r.source.text, r.cue.text, r.content.text, r.via.text) for r in rels]
    [('the memo', 'says', 'Talks failed', 'the Velm Daily')]
    """
    drop = []
    for f in found:
        if f.kind != "according-to" or f.source is None:
            continue
        hop = f.word.phrase.lower() in _AS_HOP_CUES
        # a plain "according to" after a comma that ends the sentence right after an inverted report is a
        # hop too: '“We will act,” Ryl said, according to TASS.'
        a = f.cue[0]
        closing = not hop and f.word.phrase.lower() == "according to" and a > 0 and toks[a - 1].text == "," \
            and (f.source[1] + 1 >= len(toks) or toks[f.source[1] + 1].text in (".", "!", "?") or toks[f.source[1] + 1].text in QUOTE_CHARS)
        if not (hop or closing):
            continue
        end = a - 1 if a > 0 and toks[a - 1].text == "," else a
        inner = next((g for g in found if g is not f and g.direction == "backward" and g.via is None
                      and g.source is not None and g.kind != "according-to"
                      and (max(g.cue[1], g.source[1]) + 1 == end
                           # (the audience may close the report: "..., Peskov told reporters, according to RIA")
                           or closing and _audience_between(toks, max(g.cue[1], g.source[1]) + 1, end))), None)
        if inner is not None:
            inner.via = f.source
            inner.rule += f" ({' '.join(t.norm for t in toks[a:f.cue[1] + 1])}: the outlet after it is the via)"
            drop.append(f)
    dropped = {id(d) for d in drop}
    return [f for f in found if id(f) not in dropped]


def _audience_between(toks: list[Token], a: int, b: int) -> bool:
    """Are ``toks[a:b]`` a short audience after a verb of telling, words with no verb ("reporters", "the
    council", "state television")?"""
    return 0 < b - a <= 4 and all(_is_word(toks[x]) and toks[x].norm not in AUX and not _finite_like(toks[x])
                                  for x in range(a, b))


def _according_between_verb_and_clause(doc: Document, toks: list[Token], found: list[_Found]) -> list[_Found]:
    """"He said, according to Interfax, that the talks had failed": an "according to" set off by
    commas between a verb of saying and its clause names the outlet the speaker's words came through,
    the report's via (§6.2), not a frame whose content would be "He said". Only when the report's cue
    ends right before the comma and its content starts after the outlet.

    >>> from course.document import build_document
    >>> rels = annotate(build_document("He said, according to Interfax, that the talks had failed."))[0]
    >>> [(r.source.text, r.cue.text, r.content.text, r.via.text) for r in rels]
    [('He', 'said', 'the talks had failed', 'Interfax')]
    """
    drop = []
    ending_at: dict[int, list[_Found]] = {}  # the relations by the last token of their cue
    for g in found:
        ending_at.setdefault(g.cue[1], []).append(g)
    for f in found:
        if f.kind != "according-to" or f.source is None or f.direction != "backward" or f.cue[0] < 2 \
                or toks[f.cue[0] - 1].text != ",":
            continue
        outlet = _right_np(toks, f.cue[1] + 1, len(toks), speech_nouns=True)
        if outlet is None or outlet[1] + 2 >= len(toks) or toks[outlet[1] + 1].text != ",":
            continue
        report = next((g for g in ending_at.get(f.cue[0] - 2, ()) if g is not f and g.kind != "according-to"
                       and g.via is None and g.content is not None and g.content.start >= toks[f.cue[0]].start), None)
        if report is not None:
            if report.content.start < toks[outlet[1] + 1].end:  # (no "that": the clause starts after the comma)
                report.content = _span(doc, toks[outlet[1] + 2].start, report.content.end)
                if report.content is None:
                    continue
            report.via = outlet
            report.rule += f" ({toks[f.cue[0]].norm} {toks[f.cue[1]].norm} between the verb and its clause: the via)"
            drop.append(f)
    dropped = {id(d) for d in drop}
    return [f for f in found if id(f) not in dropped]


def _cited_sources(toks: list[Token], found: list[_Found]) -> list[_Found]:
    """"The agency, citing a source in the delegation, reported that ...": the words come from the
    cited source and reach the article through the outlet that cites it. The outlet's report takes
    the cited noun phrase as its source and the outlet as its via, and "citing" is no relation of
    its own (§6.2), as "Interfax quoted Lavrov as saying" gives no relation for "quoted"; "quoting"
    is read the same way.
    "cancelled the visit, citing security concerns" cites a reason, not a speaker, and stays.

    >>> from course.document import build_document
    >>> rels = annotate(build_document("Reuters, citing two diplomats, said the talks had failed."))[0]
    >>> [(r.source.text, r.cue.text, r.via.text) for r in rels]
    [('two diplomats', 'said', 'Reuters')]
    """
    drop = []
    for f in found:
        if f.word.lemma not in ("cite", "quote") or f.content is None or f.source is None:
            continue
        cited = [t.index - toks[0].index for t in toks if f.content.start <= t.start and t.end <= f.content.end]
        if not cited or not _names_a_source(toks, cited):
            continue
        participle = toks[f.cue[0]].norm in ("citing", "quoting")
        report = participle and next((g for g in found if g is not f and g.source == f.source and g.source_span is None
                       and g.via is None and g.content is not None and g.word.lemma not in ("cite", "quote")
                       and g.word.frame not in ("cognitive", "volition", "attitude")), None)
        if not report:
            drop.append(f)  # "LSNA, which quoted a spokesman": a speaker named, no words reported
            continue
        if _person_or_body(toks, report.source):
            drop.append(f)  # "The envoy, citing an official, said": the envoy speaks, the official is his source
            continue
        report.source, report.via = (cited[0], cited[-1]), report.source
        report.rule += f" ({toks[f.cue[0]].norm} {f.content.text}: the cited source speaks, the citing outlet is the via)"
        drop.append(f)
    dropped = {id(d) for d in drop}
    return [f for f in found if id(f) not in dropped]


def _person_or_body(toks: list[Token], src: tuple[int, int]) -> bool:
    """Is the citing subject a person or a body that speaks for itself ("The envoy", "the ministry",
    "she"), not an outlet whose trade is passing words on ("The agency", "Reuters", "Opposition
    websites")? A person who cites someone makes the claim their own and stays the source; an outlet
    is the via (ANNOTATION.md §6.2, via). The head is the phrase's last word."""
    a, b = src
    head = toks[b].norm
    if a == b and head in ("he", "she", "they", "we", "i"):
        return True
    people = word_class("official-nouns") | word_class("public-role-nouns") | word_class("conflict-party-nouns") \
        | word_class("speaker-plurals")
    return head in people and head not in word_class("media-nouns") and head not in document_nouns()


def _names_a_source(toks: list[Token], cited: list[int]) -> bool:
    """Is the noun phrase a speaker or a text ("a spokesman", "three officials who had read it", "a
    source in the delegation", "a leaked memo", "Reuters"), not a reason or a topic ("security
    concerns", "the upcoming election as a reason")? Its head is the word before its first
    post-modifier."""
    end = next((k for k in cited if toks[k].norm in _POSTMODIFIER_OPENERS), cited[-1] + 1)
    head = [k for k in cited if k < end]
    if not head or end < len(toks) and toks[end].norm in ("as", "to"):
        return False  # "cited the audit as the reason": a view of the audit, not a source
    if toks[head[-1]].norm in speaker_nouns() or toks[head[-1]].norm in document_nouns():
        return True
    return all(toks[k].text[:1].isupper() or toks[k].norm in DETERMINERS for k in head)


#: Words that end the head of a cited noun phrase and open what follows it.
_POSTMODIFIER_OPENERS = frozenset("who whom whose which that as to , in of with from at on for familiar close "
                                  "briefed and or".split())


def _relation(doc: Document, sent: Sentence, toks: list[Token], f: _Found) -> Attribution:
    source = f.source_span or _tok_span(doc, toks, f.source)
    begin = _clause_start(doc, sent)
    if source is not None and source.start < begin < source.end:
        source = _span(doc, begin, source.end)  # "WASHINGTON - Officials": the dateline is not the speaker
    f.source_span = source
    cue = _tok_span(doc, toks, f.cue)
    via = _tok_span(doc, toks, f.via)
    who = f"“{source.text}”" if source else "An unnamed source"
    cls = f.word.verb_class or "neutral"
    expl = f"{who} is credited with the content; {describe(cue.text, f.word.explanation)}."
    if f.note:
        expl += f" {f.note}."
    if cls in ("neutral", "endorsing") and _refusal_to_say(toks, f):
        cls = "admission-denial"  # "would not say whether talks would resume": on record as withholding (§6.4)
        expl += " Negated, it reports a refusal to say: the source is on record as withholding an answer."
    if cls == "commissive-directive" and f.word.lemma == "ask" and _asks_a_question(doc, toks, f):
        cls = "neutral"  # "A reporter asked whether ...", '“Is it?” Graham asked': a question, not a request (§6.4)
        expl += " Here it reports a question, not a request: a neutral report."
    if cls == "endorsing" and f.word.lemma == "point to" and "(the label's own clause: the argument)" in f.rule:
        cls = "neutral"  # "pointed to the clashes as proof that ...": the speaker's argument, not a fact the writer grants (§6.4)
        expl += " Here the object is offered as proof of a claim: the writer reports the argument without vouching for it."
    if via:
        expl += f" The words reach the article through {via.text}, a second-hand hop."
    # a content must hold a word: a frame that gave only a bracket or a quotation mark ("... before
    # replying).") has delimited nothing, and the relation keeps no content, as one whose content
    # cannot be delimited (never an empty or a bare punctuation span)
    content = f.content if f.content is None or any(ch.isalnum() for ch in f.content.text) else None
    return Attribution(source, cue, content, via, f.kind, cls, expl, f.rule, sent.index)


def _asks_a_question(doc: Document, toks: list[Token], f: _Found) -> bool:
    """Is what was asked a question ('“Who is provoking whom?” Graham asked', "asked whether
    Drava would release the workers") rather than a request ("asked the Council to convene")?"""
    c = f.content
    if c is not None and doc.text[c.start:c.end].rstrip(" ”\"'’").endswith("?"):
        return True
    # a split question whose "?" closes the second fragment: '"How many more villages have to burn,"
    # Voss asked, "before this house admits it?"' (the quotation resumes after the cue's comma)
    rest = doc.text[toks[f.cue[1]].end:toks[-1].end] if f.direction == "backward" else ""
    if c is not None and c.end <= toks[f.cue[0]].start and re.match(r"[^\"“”.;:!?]{0,60},\s*[\"“]", rest) \
            and rest.rstrip(" ”\"'’").endswith("?"):
        return True
    k = f.cue[1] + 1
    while k < len(toks) and k <= f.cue[1] + 4 and toks[k].norm not in WH_WORDS and toks[k].norm not in ("to", "for", "that"):
        k += 1  # an addressee first: "asked the minister whether ..."
    return k < len(toks) and toks[k].norm in WH_WORDS


def _refusal_to_say(toks: list[Token], f: _Found) -> bool:
    """Is the cue a negated verb of saying with an open question, a topic or nothing as its content
    ("would not say whether talks would resume", "would not comment on the report", "did not comment"),
    a negated reply to a request for comment ("did not respond to requests for comment"), or a negated
    confirmation ("Neither government would confirm the report")?"""
    # (the negation may stand before an adverb the cue leaves out: "did not immediately respond")
    negated = _negated_group(toks, _group_start(toks, f.cue[0]), f.cue[1] + 1)
    # ... or by its subject: "Neither government would confirm", "No official would say"
    negated = negated or f.source is not None and toks[f.source[0]].norm in ("neither", "no", "none", "nobody")
    # ... or by "nor" before an inverted auxiliary: "..., nor would he say when the envoy would return"
    negated = negated or f.source is not None and f.source[0] >= 2 and toks[f.source[0] - 2].norm == "nor" \
        and toks[f.source[0] - 1].norm in AUX
    if negated and f.word.lemma in word_class("reply-lemmas") and f.content is not None \
            and any(w.strip(".,").lower() in word_class("request-nouns") for w in f.content.text.split()[:5]):
        return True  # "did not immediately respond to requests for comment"
    if not negated or f.word.lemma.replace(" ", "-") not in word_class("answering-lemmas"):  # ("spell out": "spell-out")
        return False
    if f.content is None or f.word.lemma in ("confirm", "disclose", "reveal"):
        return True  # (withholding a confirmation is a refusal whatever follows: "would not confirm the report")
    words = f.content.text.split()
    first = words[0].lower() if words else ""
    # "tell" + a wh-word + "to" instructs, it withholds nothing: "has never told them what to say"
    instructs = f.word.lemma == "tell" and len(words) > 1 and words[1].lower() == "to"
    return first in WH_WORDS and not instructs or first in ("on", "about")


def _named(source: Span | None) -> str:
    """The source as a reader can name it in a sentence: a pronoun ("she") is "the speaker"."""
    return source.text if source is not None and source.text.lower() not in PRONOUNS else "the speaker"


def _marks(attributions: list[Attribution], words: dict[int, CueWord], notes: dict[int, str]) -> list[Annotation]:
    """The highlights of the relations. ``words`` maps a cue's start to its lexicon entry, whose
    note and source the cue's highlight shows; ``notes`` to what a catenative verb in its group
    adds ("“appeared to”: the writer reports how the words came across ...")."""
    out: dict[tuple[int, int, str], Annotation] = {}
    for r in attributions:
        rule = r.rule
        extra = f" {notes[r.cue.start]}." if r.cue.start in notes else ""
        out[(r.cue.start, r.cue.end, "cue")] = Annotation(
            r.cue.start, r.cue.end, r.cue.text, "attribution", "cue",
            f"{describe(r.cue.text, words[r.cue.start].explanation)}.{extra}",
            rule, words[r.cue.start].reference or REFERENCE, sentence=r.sentence,
        )
        if r.source is not None:
            key = (r.source.start, r.source.end, "source")
            if key not in out:
                pron = r.source.text.lower() in PRONOUNS
                note = " It is a pronoun: look back to see who it refers to." if pron else ""
                out[key] = Annotation(
                    r.source.start, r.source.end, r.source.text, "attribution", "source",
                    f"“{r.source.text}” is who the words after “{r.cue.text}” come from.{note}",
                    rule, REFERENCE, sentence=r.sentence,
                )
        if r.via is not None:
            out[(r.via.start, r.via.end, "via")] = Annotation(
                r.via.start, r.via.end, r.via.text, "attribution", "via",
                f"“{r.via.text}” is the intermediary: the words reached this article through it, "
                f"not straight from {_named(r.source)}.",
                rule if "is the via" in rule else rule + " + pattern: via-marker by", REFERENCE, sentence=r.sentence,
            )
    return list(out.values())
