"""Clause scope: where a clause starts and ends in a sentence, conditions ("if necessary"),
and quotation spans."""

from __future__ import annotations

import bisect

from ...document import Document, Token
from ..attribution.words import IRREGULAR_PAST
from .words import _CLAUSE_CONJ, _CLAUSE_PUNCT, MAIN_MODALS, word_class


#: Words after which :func:`_segments` may start a clause (a comma or a clause's punctuation); after
#: any other word it starts one only at a word of ``_SEGMENT_OPENERS`` (defined below).
_AFTER_BREAK = _CLAUSE_PUNCT | {","}


def _segments(tokens: list[Token]) -> list[int]:
    """Clause number of each token: a new clause starts after ; : or a dash, at a
    conjunction that follows a comma (', and', ', but', ', adding'), at "and that" or "and
    said", and at a relative clause between commas (', which leads a peacekeeping mission,',
    ', where 15,000 people are believed to be without power'), which also ends at its comma,
    and at an absolute clause (', with Kessia threatening to expand enrichment if ...').
    After "and", a reporting verb of the class ``new-report-verbs`` starts a new report by the
    same speaker, with its own scope ("pledged that Sorrenia would respond in kind and said she
    did not rule out closing ...").
    A participle of speech after a comma (class ``report-participles``: ", warning that ...") opens
    a clause of its own: its condition is not the main clause's ("gave Velmora 72 hours to stop,
    warning that it would act if the deadline passed": the ultimatum is not conditional).
    An aside that breaks into a condition before its main clause (", though not the cargo,", ", which
    has massed troops near the border,", "the island it occupied last year") ends at its comma, so that
    the main clause after it is a clause of its own that :func:`_conditionals` can tie to the condition."""
    new_report = word_class("new-report-verbs")
    report_participles = word_class("report-participles")
    seg, out = 0, []
    relative = False
    aside = False  # inside an aside that broke into a condition: its comma closes it
    seg_start = 0
    for k, t in enumerate(tokens):
        if k > 0:
            prev = tokens[k - 1].norm
            if prev not in _AFTER_BREAK and t.norm not in _SEGMENT_OPENERS:
                out.append(seg)  # (no rule below can start a clause here: most words)
                continue
            before = seg
            if aside and prev == ",":
                seg += 1  # back in the sentence after an aside inside a condition
                aside = relative = False
            elif prev in _CLAUSE_PUNCT or (prev == "," and t.norm in _CLAUSE_CONJ) or (
                t.norm in {"but", "whereas", "although"} and prev != ","
            ):
                aside = prev == "," and _open_condition(tokens, seg_start, k - 1)
                seg += 1
            elif prev == "," and t.norm == "with" and any(
                    x.text.islower() and x.norm.endswith("ing") and len(x.norm) > 4 for x in tokens[k + 2 : k + 6]):
                seg += 1  # ", with Kessia threatening to ... if ...": an absolute clause of its own
            elif prev == "," and t.norm in report_participles:
                seg += 1  # "gave Velmora 72 hours ..., warning that it would ... if the deadline passed"
            elif prev == "," and t.norm in ("which", "who", "whose", "where"):
                seg += 1
                relative = True
            elif t.norm in ("and", "but") and k + 1 < len(tokens) and (
                    tokens[k + 1].norm == "that" or tokens[k + 1].norm in new_report):
                seg += 1  # "... and that more staff could be asked", "... and said she did not rule out"
            elif prev == "," and relative:
                seg += 1  # back in the main clause after the relative clause's closing comma
                relative = False
            elif _past_relative(tokens, k):
                aside = _open_condition(tokens, seg_start, k - 1, closed=False)
                seg += 1  # "villages (that) it seized last autumn": a past event, a clause of its own
            if seg != before:
                seg_start = k
        out.append(seg)
    return out


#: Words that may stand before a condition at the start of its clause ("said that if ...").
_CONDITION_OPENERS = frozenset({"that", "and", "but", "so", '"', "“", "‘", "'"})
#: Words of conditions that open their clause before the main clause.
_CONDITION_WORDS = frozenset({"if", "unless"})


def _open_condition(tokens: list[Token], first: int, last: int, closed: bool = True) -> bool:
    """Is ``tokens[first : last + 1]`` a condition that opens its clause and has not reached its main
    clause yet ("If the navy seizes the ship," before ", though not the cargo, Velm will expel the
    envoy")? The clause's condition ("if", "unless") opens it or follows "that", a conjunction or a
    quotation mark ("said that if ...") and has no modal of a main clause after it; with ``closed`` it
    ends at the comma before an aside.

    >>> from course.document import build_document
    >>> t = build_document("If the navy seizes the ship, though not the cargo, Velm will act.").tokens
    >>> _open_condition(t, 0, 6)
    True
    >>> t = build_document("If the navy seizes the ship, Velm will act, though not at once.").tokens
    >>> _open_condition(t, 0, 10)
    False
    """
    k = next((x for x in range(first, last + 1) if tokens[x].norm in _CONDITION_WORDS), None)
    if k is None or k > first and tokens[k - 1].norm not in _CONDITION_OPENERS \
            or closed and tokens[last].text != ",":
        return False  # ("Velm will expel the envoy if the navy seizes the ship, though ...": main clause first)
    return not any(tokens[x].norm in MAIN_MODALS for x in range(k + 1, last + 1))


#: Subjects that open a relative clause with no comma ("the villages it seized").
_RELATIVE_SUBJECTS = frozenset("it they he she we".split())
#: Words at which :func:`_segments` may start a clause after any word: a conjunction ("but",
#: "and that") or the opener of a relative clause on a past event (:func:`_past_relative`).
_SEGMENT_OPENERS = frozenset("and but whereas although that which".split()) | _RELATIVE_SUBJECTS
#: Words that open a clause of their own before a subject pronoun: what follows them is no relative clause.
_NOT_ANTECEDENTS = frozenset("whether if when because since although though while as after before until once and "
                             "but or so where why how what said says".split())


def _past_relative(tokens: list[Token], k: int) -> bool:
    """Does a relative clause that reports a past event start at ``tokens[k]``: after a noun, an
    optional "that"/"which", a subject pronoun and a past form ("two border villages it seized
    last autumn", "the drills that they held in May")?

    >>> from course.document import build_document
    >>> t = build_document("if Merrow kept troops in two border villages it seized last autumn").tokens
    >>> [k for k in range(len(t)) if _past_relative(t, k)]
    [8]
    >>> t = build_document("it was not clear whether they crossed the border").tokens
    >>> [k for k in range(len(t)) if _past_relative(t, k)]
    []
    """
    j = k + 1 if tokens[k].norm in ("that", "which") else k
    if j + 1 >= len(tokens) or tokens[j].norm not in _RELATIVE_SUBJECTS:
        return False
    if k < 1 or not tokens[k - 1].text.isalpha() or not tokens[k - 1].text.islower() \
            or tokens[k - 1].norm in _NOT_ANTECEDENTS:
        return False  # "whether they crossed into its airspace": a clause the word opens, no relative clause
    verb = tokens[j + 1]
    return verb.text.islower() and (verb.norm.endswith("ed") or verb.norm in IRREGULAR_PAST)

#: Words that open the subject of an inverted "should" ("should further attacks occur", "should
#: they refuse", "should the talks fail"); a verb, "not" or an adverb after "should" is no inversion.
_INVERTED_SUBJECT_OPENERS = frozenset("the a an any further more new another either such these those this that they it "
                                      "he she we you there".split())


def _inverted_should(tokens: list[Token], k: int) -> bool:
    """Does "should" at ``k`` open a condition in mid-sentence by inversion, after a main clause with
    its own modal ("would not rule out strikes on launch sites **should further attacks occur**",
    "will respond should the talks fail")? Its subject follows it; "the sites should be protected"
    and "we should further develop ties" (no modal before) are advice.

    >>> from course.document import build_document
    >>> t = build_document("Tarsk would not rule out strikes should further attacks occur.").tokens
    >>> _inverted_should(t, 6)
    True
    >>> _inverted_should(build_document("The sites should further be protected.").tokens, 2)
    False
    """
    if k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    if not (nxt.norm in _INVERTED_SUBJECT_OPENERS or nxt.text[:1].isupper()):
        return False
    for m in range(k - 1, max(-1, k - 15), -1):
        if tokens[m].text in (";", ":", ".") or tokens[m].norm in ("that", "if", "unless", "because"):
            return False
        if tokens[m].norm in MAIN_MODALS:
            return True
    return False


#: The first words of the triggers :func:`_conditionals` reads.
_TRIGGER_WORDS = frozenset("if unless provided in as should".split())


def _conditionals(tokens: list[Token], seg: list[int]) -> list[str | None]:
    """For each token, the conditional trigger of its clause ('if necessary', 'unless' ...) or None."""
    found: dict[int, str] = {}
    n = len(tokens)
    for k, t in enumerate(tokens):
        if t.norm not in _TRIGGER_WORDS:
            continue  # (most words open no condition)
        w, prev = t.norm, tokens[k - 1].norm if k else ""
        nxt = tokens[k + 1].norm if k + 1 < n else ""
        trig = None
        if w == "if" and prev not in {"as", "even", "whether", "asked", "ask", "asks", "wonder", "wondered",
                                      "know", "knows", "see", "check", "unclear"} and nxt != "any":
            trig = "if " + nxt if nxt in {"necessary", "needed", "required", "need"} else "if"
            if nxt == "need" and k + 2 < n and tokens[k + 2].norm == "be":
                trig = "if need be"
        elif w == "unless":
            trig = "unless"
        elif w == "provided" and nxt == "that":
            trig = "provided that"
        elif w == "in" and nxt in {"case", "the"} and (nxt == "case" or (k + 2 < n and tokens[k + 2].norm == "event")):
            trig = "in case" if nxt == "case" else "in the event"
        elif w == "as" and nxt == "long" and k + 2 < n and tokens[k + 2].norm == "as":
            trig = "as long as"
        elif w == "should" and (k == 0 or seg[k - 1] != seg[k] or prev in {",", '"'} or _inverted_should(tokens, k)):
            trig = "should"
        if trig and seg[k] not in found:
            found[seg[k]] = trig
    if found:
        _continue_conditions(tokens, seg, found)
    return [found.get(s) for s in seg]


#: Conjunctions of an aside that goes on with the condition it breaks into ("If the navy seizes the
#: ship, though not the cargo, ..."); an aside of comment ("as it did in 2019") does not.
_CONDITION_CONTINUING = frozenset("and or nor but yet though although".split())


def _continue_conditions(tokens: list[Token], seg: list[int], found: dict[int, str]) -> None:
    """Carry a condition that opens its clause across an aside to its main clause, in ``found`` (clause
    number -> trigger): in "If the navy seizes the ship, though not the cargo, Velm will expel the envoy"
    the expulsion is conditional, and "though not the cargo" too (it goes on with the condition); a
    relative clause on a past event ("If Tarsk, which has massed troops near the border, crosses the
    river, ...") or an aside of comment (", as it did in 2019,") stays outside (ANNOTATION.md §3, §8.1)."""
    bounds = _segment_bounds(seg)
    for number in sorted(found):
        trig = found[number]
        if number + 1 not in bounds or trig.split()[0] not in _CONDITION_WORDS:
            continue
        first, last = bounds[number]
        a_first, a_last = bounds[number + 1]
        past = _past_relative(tokens, a_first)
        if not (_open_condition(tokens, first, last) or past and _open_condition(tokens, first, last, closed=False)):
            continue
        opener = tokens[a_first].norm
        if not past and not (tokens[a_first - 1].norm == "," and (
                opener in _CLAUSE_CONJ or opener in ("which", "who", "whose", "where"))):
            continue
        if opener in _CONDITION_CONTINUING:
            found.setdefault(number + 1, trig)
        if tokens[a_last].text == "," and number + 2 in bounds:
            found.setdefault(number + 2, trig)


def _quote_token_spans(doc: Document, quotes: list[tuple[int, int, int, int]]) -> dict[int, list[tuple[int, int]]]:
    """The quotations of :func:`course.document.quotations` as token indices of their opening
    and closing marks, by paragraph: ``{paragraph index: [(open token, close token), ...]}``."""
    starts = doc._token_starts  # built with the document
    out: dict[int, list[tuple[int, int]]] = {}
    for open_start, _, close_start, _ in quotes:
        i = bisect.bisect_right(starts, open_start) - 1
        j = bisect.bisect_right(starts, close_start) - 1
        if i < 0 or j < 0:
            continue
        sentence = doc.tokens[i].sentence
        out.setdefault(doc.sentences[sentence].paragraph, []).append((i, j))
    return out


def _segment_bounds(seg: list[int]) -> dict[int, tuple[int, int]]:
    """First and last token of each clause number in ``seg``."""
    bounds: dict[int, tuple[int, int]] = {}
    for k, sg in enumerate(seg):
        old = bounds.get(sg)
        bounds[sg] = (k, k) if old is None else (old[0], k)
    return bounds
