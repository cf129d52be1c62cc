"""Span shape: grading and blaming adjectives join a phrase, coordinated labels are one,
a meeting named only as a time is not a new event."""

from __future__ import annotations

from ...document import Token
from ..attribution.words import IRREGULAR_PAST, QUOTE_CHARS
from .candidates import _Cand
from .words import MAIN_MODALS, word_class


#: Degree words: after one of them an adjective is graded itself ("the most serious challenge"),
#: it does not join the phrase.
_DEGREE = frozenset("most more very so too less least".split())
#: Prepositions of means before a channel of talk: "on a hotline", "by video link", "via videoconference".
_MEANS_PREPS = frozenset("on by via over through".split())


def _apply_phrase_shape(tokens: list[Token], cands: list[_Cand]) -> list[_Cand]:
    """Span shape, before any reading is changed.

    - a grading adjective joins the phrase it grades ('reckless provocation'); a blaming
      adjective turns a word of trouble into an accusation ('dangerous escalation');
    - coordinated labels are one label ('groundless and hostile'), and a grading adjective coordinated
      with a label joins it ('a **reckless and cynical** step'; the general noun "step" stays out, as
      in the seed's "the unfriendly steps");
    - a meeting named only as the time of another consultation in the sentence ('during the
      2+2 meeting, the leaders ... discussed') is the same event, not a second one;
    - a channel named after a preposition of means ('spoke by telephone **on a military hotline**',
      class ``channel-nouns``) after a consultation in the sentence gives its format: no second event
      (ANNOTATION.md §8.1, "in a 2+2 format");
    - 'the row', 'this spat' point back to a dispute already reported: not a new event;
    - a word of reciprocity before an act ('tit-for-tat expulsions', 'reciprocal sanctions') says
      how the act answers another: one act, marked on the act with the word in its span; a word of
      reciprocity that is a threat of its own ('a tit-for-tat response', 'retaliatory steps') in a
      clause told in the past ("expelled 18 diplomats in a series of tit-for-tat moves") tells of
      answers already given, no threat (:func:`_answer_told`).

    The words are the classes ``grading-adjectives``, ``blaming-adjectives``, ``dispute-nouns`` (with
    ``outbreak-verbs``: "since the standoff began" is no mere pointer),
    ``meeting-nouns``, ``channel-nouns``, ``reciprocity-words``, ``promise-verbs`` and ``directive-verbs``.
    """
    grading, blaming = word_class("grading-adjectives"), word_class("blaming-adjectives")
    disputes, meetings = word_class("dispute-nouns"), word_class("meeting-nouns")
    channels = word_class("channel-nouns")
    consult = [c for c in cands if c.label == "CONSULT"]
    reciprocal = word_class("reciprocity-words")
    acts = {o.i for o in cands if o.category == "escalation"}
    joined = {id(c) for c in cands if c.i == c.j and tokens[c.i].norm in reciprocal and c.j + 1 in acts}
    joined_ends = {c.j for c in cands if id(c) in joined}
    out: list[_Cand] = []
    for c in cands:
        if id(c) in joined:
            continue
        if c.label == "THREATEN" and tokens[c.i].norm in reciprocal and _answer_told(tokens, c.i):
            continue  # 'expelled 18 diplomats in a series of tit-for-tat moves': answers given, no threat
        if c.i > 0 and c.i - 1 in joined_ends:
            c.i -= 1  # 'tit-for-tat expulsions': the act, with the word that says it answers another
            c.notes.append(f"'{tokens[c.i].text}' says this act answers one of the other side's: one act, one mark.")
        first = tokens[c.i].norm
        prev = tokens[c.i - 1].norm if c.i > 0 else ""
        if c.label == "DETERIORATE" and c.i == c.j and first in disputes and prev in {"the", "this", "that"} \
                and not (c.j + 1 < len(tokens) and tokens[c.j + 1].norm in word_class("outbreak-verbs")):
            continue  # (but "since the standoff began" tells when it broke out: an event of its own, §8.1)
        if (c.category == "deescalation" and c.label == "CONSULT" and tokens[c.j].norm in meetings
                and len(consult) > 1 and any(tokens[k].norm in {"during", "at"} for k in range(max(0, c.i - 3), c.i))):
            continue
        if (c.label == "CONSULT" and tokens[c.j].norm in channels
                and any(o.label == "CONSULT" and o.j < c.i for o in out)
                and any(tokens[k].norm in _MEANS_PREPS for k in range(max(0, c.i - 3), c.i))):
            continue  # 'spoke by telephone on a military hotline': the hotline is the call's format
        before = tokens[c.i - 2].norm if c.i > 1 else ""
        if prev in grading and before not in _DEGREE and not any(o.i <= c.i - 1 <= o.j for o in cands if o is not c):
            if prev in blaming and c.label == "DETERIORATE":
                c.label, c.intensity, c.cameo = "ACCUSE", -2.0, "1123"
                c.explanation = (f"'{tokens[c.i - 1].text}' blames the other side for the trouble named: an accusation "
                                 "of aggression, mildly hostile.")
                c.reference = "CAMEO 1123 / Goldstein 1992; PLOVER ACCUSE"
            c.i -= 1
        elif (c.label == "ACCUSE" and prev in {"and", ","} and before in grading and c.i > 1
              and (c.i < 3 or tokens[c.i - 3].norm not in _DEGREE)
              # (a participle after a comma opens a clause of its own: "went further, accusing Ott of ...")
              and not (prev == "," and tokens[c.i].norm.endswith("ing") and tokens[c.i].text.islower())
              and not any(o.i <= c.i - 2 <= o.j for o in cands if o is not c)):
            c.i -= 2  # 'a reckless and cynical step': a grading adjective coordinated with the label joins it
        if (out and c.label == "ACCUSE" and out[-1].label == "ACCUSE" and out[-1].j + 2 == c.i
                and tokens[c.i - 1].norm in {"and", "or", ","}
                and tokens[c.i].norm not in word_class("accuse-words")):
            # (a verb of accusing after "and" is a second predicate, not a label: "had crossed into its
            # airspace and accused Velmora of lying" is two events)
            out[-1].j = c.j
            out[-1].rule += f" + {c.rule}"
            continue
        out.append(c)
    return out


#: Where the clause of a word ends, looking back from it.
_CLAUSE_EDGES = frozenset({",", ";", ":", ".", "!", "?", "—", "–", "(", ")", '"', "“", "”"})
#: Words after which a past form is no verb of the clause ("the limited tit-for-tat", "its repeated moves").
_BEFORE_ADJECTIVE = frozenset("a an the its their his her our this that these those".split())
#: Words that open a clause of condition: a past form after them supposes an act.
_SUPPOSING = frozenset("if unless lest".split())


def _answer_told(tokens: list[Token], i: int) -> bool:
    """Does the word of reciprocity at ``i`` stand in a clause told in the past, with no modal, no "to",
    no verb of promising and no "if" before it in its clause? "In 2019, the two countries expelled 18
    diplomats in a series of tit-for-tat moves" tells of answers given (the expulsions carry their own
    mark), as "retaliated" in the past does (ANNOTATION.md §8.4, An answer given): the past tense of a
    dynamic verb reports an event completed (Quirk et al. 1985, ch. 4). A promise keeps the threat: "will
    respond tit-for-tat", "vowed a tit-for-tat response" (class ``promise-verbs``), "threatened to take
    retaliatory steps", and so does a call for one ("urged tit-for-tat measures", ``directive-verbs``).

    >>> from course.document import build_document
    >>> _answer_told(build_document("Velm expelled six diplomats in tit-for-tat moves.").tokens, 5)
    True
    >>> _answer_told(build_document("Velm said it will respond tit-for-tat.").tokens, 6)
    False
    >>> _answer_told(build_document("Velm promised a tit-for-tat response.").tokens, 3)
    False
    """
    promising = word_class("promise-verbs") | word_class("directive-verbs")  # ("urged tit-for-tat measures")
    reporting = word_class("reporting-words") | word_class("new-report-verbs")
    for k in range(i - 1, -1, -1):
        t = tokens[k]
        if t.norm in _CLAUSE_EDGES or t.norm in reporting:
            return False  # (a verb of saying opens the clause: "said a tit-for-tat response was possible")
        if t.norm in MAIN_MODALS or t.norm in ("to", "'ll", "should") or t.norm in promising or t.norm in _SUPPOSING:
            return False
        past = t.text.islower() and (t.norm.endswith("ed") or t.norm in IRREGULAR_PAST)
        if past and not (k > 0 and tokens[k - 1].norm in _BEFORE_ADJECTIVE):
            return not any(u.norm in MAIN_MODALS or u.norm in _SUPPOSING for u in tokens[max(0, k - 3) : k])
    return False


#: Double quotation marks (a single mark may be an apostrophe: "the rebels’ positions").
_QUOTE_MARKS = frozenset(QUOTE_CHARS)


def _closing_quote(tokens: list[Token], i: int, j: int) -> int:
    """The end of a span from ``i`` to ``j`` that opens a quotation mark it does not close: the closing
    mark right after it joins, so that 'warns of "retaliation"' keeps both marks (ANNOTATION.md §2: a
    span ends on a word or a quotation mark, and a quotation it opens closes in it).

    >>> from course.document import build_document
    >>> toks = build_document('Korska warns of "retaliation" now.').tokens
    >>> _closing_quote(toks, 1, 4)
    5
    >>> _closing_quote(toks, 4, 4)
    4
    """
    marks = sum(1 for t in tokens[i : j + 1] if t.norm in _QUOTE_MARKS)
    if marks % 2 and j + 1 < len(tokens) and tokens[j + 1].norm in _QUOTE_MARKS:
        return j + 1
    return j
