"""The readings of one matched cue: a reporting verb in its frames (forward, inverted,
passive, participle, coordinated), "according to", impersonal frames ("it is understood
that"), noun cues with a that-clause, and signed quotations or transcript labels."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

from ...document import Token
from ...model import Span
from .contents import (
    OBJECT_PRONOUNS, OPENING_SUBORDINATORS, _addressee_ends, _addressee_skip, _after_writer_connective, _backward_content,
    _bounded_clause_start, _clause_start, _colon_before, _complement_at, _forward_content,
    _SETTING_NOUNS, _frame_signal, _present_predicate_comma, _pro_form_width, _reply_by_deed, _saying_time, _sentence_content, _subject_clause_end,
)
from .lexicon import (
    PATTERNS_LEXICON, VERBS_LEXICON, CueWord, _attitude_words, _content_nouns, _cue_entry, _cue_norms, _lemma_forms,
    _pressure_participles, _raising_participles,
)
from .phrases import (
    _after_dateline, _as_clause, _as_complement, _bare_plural, _contact_clause_object, _convenes, _evidence_source, _holder, _inside_noun_phrase, _left_np,
    _long_apposition, _noun_context, _only_time_left, _participle_head, _progressive, _relative_source, _repair_source,
    _right_apposition, _right_np, _skip_time_left, _source_left, _speakerlike, _subject, _time_phrase, _via,
)
from .spans import (
    _GrowingIntervals, _kind, _quote_before, _quote_inside_clause, _quote_interior, _span,
    _tok_span,
)
from .words import (
    AUX, BE_FORMS, COMPLEMENTIZERS, DETERMINERS, FINAL_PUNCT, FINITE_AUX, GERUND_PREPOSITIONS, MODALS,
    IRREGULAR_PAST, NP_PREPOSITIONS, PARTICIPLE_ONLY, PAST_ONLY, PLACE_PREPOSITIONS, POSSESSIVES, PRONOUNS, PUBLISHED_WHEN, QUANTIFIER_SOURCES, QUOTE_CHARS,
    SAYING_SETTINGS, STOP, SUBJECT_PRONOUNS, WH_WORDS,
    TENS, TIME_PREPOSITIONS, TIME_UNITS, TIME_WORDS, NUMBER_WORDS, UNITS_AFTER_LAST, _CLITICS, _clitic, _is_adverb, _premodifier, _is_number, _is_word, _participle,
    _capitalised_modal, _finite_like, _np_word, _title_case, document_nouns, lazy_constants, speaker_nouns, word_class,
)


DASHES = frozenset("―—–")


@dataclass
class _Found:
    """A relation being built: token ranges of the sentence, and how it was found (``rule``)."""

    source: tuple[int, int] | None
    cue: tuple[int, int]
    content: Span | None
    via: tuple[int, int] | None
    kind: str
    word: CueWord
    rule: str
    direction: str  # 'forward' or 'backward'
    source_span: Span | None = None
    note: str = ""  # a second sentence for the student's explanation


def _negated_group(toks: list[Token], c0: int, a: int) -> bool:
    """Is there a "not", "never" or a contracted "n't" among ``toks[c0:a]`` (the cue's verb group)?"""
    return any(toks[x].norm in ("not", "n't", "never") or toks[x].norm == "t" and toks[x - 1].text in ("'", "’")
               for x in range(c0, a))


def _deontic_group(toks: list[Token], c0: int, a: int) -> bool:
    """Is the cue's verb group ``toks[c0:a]`` one of advice or duty: "should", "must" or "ought to"
    (negated too, "should not say"), but not the epistemic perfect "must have said" (Quirk et al.
    1985 §4.54: "must" with a perfect infers a past event)?"""
    xs = [x for x in range(c0, a) if toks[x].norm in ("should", "must", "ought")]
    if not xs:
        return False
    return not (toks[xs[0]].norm == "must" and any(toks[x].norm in ("have", "ve") for x in range(xs[0] + 1, a)))


def _group_start(toks: list[Token], a: int) -> int:
    """The first token of the verb group before ``toks[a]``, adverbs included ("did not immediately
    respond": the index of "did")."""
    k = a - 1
    while k >= 0 and (toks[k].norm in AUX or toks[k].norm == "t" or toks[k].text in ("'", "’") or _is_adverb(toks[k])):
        k -= 1
    return k + 1


def _request_for_comment(toks: list[Token], k: int) -> bool:
    """Does "to" at ``toks[k]`` open a request a reporter sent ("to requests for comment", "to an
    emailed request", "to written questions"; word class ``request-nouns``)?"""
    if k >= len(toks) or toks[k].norm != "to":
        return False
    for m in range(k + 1, min(len(toks), k + 5)):
        if toks[m].norm in word_class("request-nouns"):
            return True
        if not _is_word(toks[m]):
            return False
    return False


#: Prepositions and subordinators that open a quoted adverbial right after a verb ('would respond “at a
#: time of our choosing”', '“in kind and without delay”', '“if it must”'): how, when or on what
#: condition, not words reported.
_ADVERBIAL_OPENERS = frozenset("at in with without within on by under after before from through if unless once".split())


#: Words that open a subordinate clause whose subject a participle after it may share.
_SUBORDINATORS = frozenset("when after as because while before since once until".split())


def _first_conjunct_subject(toks: list[Token], subj: tuple[int, int], c0: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """The subject a second coordinated verb shares, and its head phrase, from the clause's first noun
    phrase: a present-tense verb with its object ends it ("The communique [commits the two
    governments] ... and calls on"), and a comma relative clause belongs to it ("The communique,
    which was drafted by officials, commits ... and calls on": §6.2, a comma relative is kept).

    >>> from course.document import build_document
    >>> t = build_document("The text, which was drafted by aides, commits them to talks and calls on rebels to disarm.").tokens
    >>> _first_conjunct_subject(t, (0, 1), 15)
    ((0, 7), (0, 1))
    """
    a, b = subj
    for k in range(a + 1, b + 1):
        t = toks[k]
        if t.text.islower() and t.norm.endswith("s") and not t.norm.endswith(("ss", "us", "is")) and k + 1 < len(toks) \
                and toks[k + 1].norm in DETERMINERS | POSSESSIVES and toks[k - 1].norm not in DETERMINERS | POSSESSIVES:
            b = k - 1  # "The communique commits the two governments": the verb and its object are no subject
            break
    head = (a, b)
    if b + 2 < c0 and toks[b + 1].text == "," and toks[b + 2].norm in ("which", "who"):
        m = next((x for x in range(b + 3, min(c0, b + 30)) if toks[x].text in ",;:" or toks[x].text in QUOTE_CHARS), None)
        if m is not None and toks[m].text == ",":
            b = m - 1
    return (a, b), head


#: Prepositions that open a phrase of their own before a noun phrase ("despite a few backers").
_PHRASE_ENDING_PREPOSITIONS = GERUND_PREPOSITIONS | TIME_PREPOSITIONS | PLACE_PREPOSITIONS | frozenset(
    "amid against about over to with like unlike including".split())


def _such_as_head(toks: list[Token], comma: int) -> tuple[int, int] | None:
    """The noun phrase with its examples when the comma at ``comma`` closes ", such as" + names
    ("despite a few early backers of the deal, such as Lind and Aro, now saying ..."): a participle
    after the examples describes that noun phrase, a reduced relative clause (Quirk et al. 1985
    §17.27; ANNOTATION.md §6.1), so its speaker is the phrase, not the clause's subject. None otherwise.

    >>> from course.document import build_document
    >>> t = build_document("Tarsk stays calm despite backers of the deal, such as Lind and Aro, saying it failed.").tokens
    >>> _such_as_head(t, 13)
    (4, 12)
    """
    x = comma - 1
    # (the examples are names, with their titles and appositions: "such as senator Bob Corker, R-Tenn.,
    # and Lindsey Graham"; a verb, a clause opener or a quotation ends the search)
    while x > 2 and comma - x <= 25 and not (toks[x].norm == "as" and toks[x - 1].norm == "such"):
        t = toks[x]
        if _finite_like(t) or t.norm in COMPLEMENTIZERS | {"who", "which"} or t.text in QUOTE_CHARS or t.text in ";:":
            return None
        x -= 1
    if x < 3 or toks[x].norm != "as" or toks[x - 1].norm != "such" or toks[x - 2].text != "," or x + 1 >= comma:
        return None
    start = None
    for k in range(x - 3, max(-1, x - 15), -1):
        t = toks[k]
        if not _is_word(t) or _finite_like(t) or t.norm in _PHRASE_ENDING_PREPOSITIONS - NP_PREPOSITIONS:
            break  # ("despite a few backers", "met several envoys": the phrase starts after the word)
        start = k
        if t.norm in DETERMINERS | POSSESSIVES and not (k > 0 and toks[k - 1].norm in NP_PREPOSITIONS):
            break  # ("a few early backers of the deal": the determiner opens the phrase)
    if start is None:
        return None
    return (start, comma - 1)


def _nearest_clause_subject(toks: list[Token], c0: int) -> tuple[int, int] | None:
    """The subject of the clause a participle at ``toks[c0]`` follows: the sentence's subject, or
    that of a subordinate clause set off by a comma in between ("The standoff began on Aug 9,
    when a coast guard cutter detained a trawler, accusing them of poaching": the cutter accused).

    >>> from course.document import build_document
    >>> d = build_document("The standoff began on Monday, when a cutter detained a trawler, accusing it of poaching.")
    >>> a, b = _nearest_clause_subject(d.tokens, 12)
    >>> d.tokens[a].text, d.tokens[b].text
    ('a', 'cutter')
    """
    # (only a clause set off by a comma: "..., when a cutter detained a trawler, accusing ..."; in "expelled
    # two diplomats after they met rebels, accusing them" the main subject accuses)
    w = next((x for x in range(c0 - 2, 0, -1) if toks[x].norm in _SUBORDINATORS and toks[x].text.islower()
              and toks[x - 1].text == ","), None)
    if w is not None:
        np = _right_np(toks, w + 1, c0)
        if np is not None:  # (the walk does not know verbs: a past-tense word ends the subject)
            verb = next((k for k in range(np[0] + 1, np[1] + 2) if k < c0 and toks[k].text.islower()
                         and (toks[k].norm.endswith("ed") or toks[k].norm in IRREGULAR_PAST)
                         and toks[k - 1].norm not in DETERMINERS | POSSESSIVES), None)
            if verb is not None and verb > np[0]:
                return (np[0], verb - 1)
    main = _subject(toks, c0)
    if main is not None and _mute_subject(toks, main):
        # a main subject that cannot speak ("Talks mediated by the bloc break down after Orsa walks
        # out, accusing Tarsk ..."): the participle goes on with the adverbial clause's speaker
        # (a clause with its own finite verb: "as" before a noun phrase is a preposition, "such as" too)
        w = next((x for x in range(main[1] + 1, c0 - 1) if toks[x].norm in _SUBORDINATORS
                  and toks[x].text.islower() and toks[x - 1].norm != "such"), None)
        if w is not None:
            np = _right_np(toks, w + 1, c0)
            if np is not None:
                # (the walk does not know verbs: a finite verb, or an -s form after a name, ends it)
                verb = next((k for k in range(np[0] + 1, np[1] + 2) if k < c0 and toks[k].text.islower()
                             and (_finite_like(toks[k]) or toks[k].norm.endswith("s") and toks[k - 1].text[:1].isupper())
                             and toks[k - 1].norm not in DETERMINERS | POSSESSIVES), None)
                if verb is not None and verb > np[0] and _speakerlike(toks, (np[0], verb - 1)) \
                        and not _mute_subject(toks, (np[0], verb - 1)):
                    return (np[0], verb - 1)
    return _with_apposition(toks, main, c0)


def _mute_subject(toks: list[Token], subj: tuple[int, int]) -> bool:
    """Is the subject a common noun phrase that cannot speak ("the talks", "prices", "the dam",
    sentence-first "Talks"): no name in it (a capital only on the clause's first word, which is
    then a bare plural), no pronoun, and no noun of people, bodies, outlets or texts?"""
    a, b = subj
    words = toks[a : b + 1]
    if any(w.norm in SUBJECT_PRONOUNS or w.norm in speaker_nouns() or w.norm in document_nouns() for w in words):
        return False
    if not _is_word(toks[b]):
        return False
    for k, w in zip(range(a, b + 1), words):
        if w.text.islower():
            continue
        opening = k == a and (a == 0 or not _is_word(toks[a - 1]))
        if not (opening and w.text[1:].islower() and (w.norm in DETERMINERS | POSSESSIVES or (
                w.norm.endswith("s") and not w.norm.endswith(("ss", "us", "is")) and len(w.norm) > 3 and a == b))):
            return False  # a name ("Tarsk", "the Orsa dam"), or a sentence-first word that may be one
    return True


def _coordinated_names(toks: list[Token], subj: tuple[int, int], c0: int) -> tuple[int, int] | None:
    """The whole list when the clause subject is the first of names in a list ("Tarsk, Lorvia and
    Kessia signed the accord, saying ..."): coordinated noun phrases are one subject, and together
    they are the source (Quirk et al. 1985 §13.2; ANNOTATION.md §6.2, "Britain, France and Germany
    jointly accused"). None unless the list ends in "and" + a name right before the clause's verb.

    >>> from course.document import build_document
    >>> t = build_document("Tarsk, Lorvia and Kessia signed the accord, saying it was fair.").tokens
    >>> _coordinated_names(t, (0, 0), 9)
    (0, 4)
    """
    k = subj[1] + 1
    for _ in range(8):
        if k + 1 >= c0 or toks[k].text != "," and toks[k].norm != "and":
            return None
        last = toks[k].norm == "and"
        nxt = k + 1 + (1 if not last and toks[k + 1].norm == "and" else 0)  # (a serial comma: ", and")
        last = last or nxt > k + 1
        if nxt >= c0 or not toks[nxt].text[:1].isupper():
            return None
        np = _right_np(toks, nxt, c0)
        if np is None:
            return None
        past = next((x for x in range(np[0] + 1, np[1] + 1) if toks[x].text.islower() and (
            toks[x].norm.endswith("ed") or toks[x].norm in IRREGULAR_PAST) and toks[x - 1].norm not in DETERMINERS | POSSESSIVES), None)
        if past is not None:
            np = (np[0], past - 1)  # (the walk does not know verbs: "Kessia signed the accord")
        if last or any(toks[x].norm == "and" for x in range(np[0], np[1] + 1)):
            verb = next((x for x in range(np[1] + 1, c0) if not _is_adverb(toks[x])), None)
            return (subj[0], np[1]) if verb is not None and _finite_like(toks[verb]) else None
        k = np[1] + 1
    return None


def _with_apposition(toks: list[Token], subj: tuple[int, int] | None, c0: int) -> tuple[int, int] | None:
    """The clause subject with the apposition or the comma relative clause set off after it, which
    belong to a source as they do before a cue (§6.2): "Ivanov, the deputy foreign minister, spoke
    for an hour, saying ..." -> "Ivanov, the deputy foreign minister". The comma must close the
    apposition before the clause's verb; a setting ("Ivanov, in Moscow, spoke") is not kept.

    >>> from course.document import build_document
    >>> t = build_document("Ivanov, the deputy minister, spoke for an hour, saying it was over.").tokens
    >>> _with_apposition(t, (0, 0), 12)
    (0, 4)
    """
    if subj is None or subj[1] + 2 >= c0 or toks[subj[1] + 1].text != ",":
        return subj
    names = _coordinated_names(toks, subj, c0)
    if names is not None:
        return names
    for k in range(subj[1] + 2, min(c0 - 1, subj[1] + 45)):
        if toks[k].text != ",":
            continue
        nxt = next((x for x in range(k + 1, c0) if not _is_adverb(toks[x])), None)
        if nxt is None or not _finite_like(toks[nxt]):
            continue  # (a comma inside the apposition: "Johnnie Wilson, of Springfield, Va., left")
        whole = _long_apposition(toks, k)
        return whole if whole is not None and whole[0] == subj[0] else subj
    return subj


def _closed_relative_report(toks: list[Token], f: _Found, c0: int) -> bool:
    """Is ``f`` a report inside a comma relative clause ("who said ...", "which she called ...") that
    has closed before ``toks[c0]``, the main clause's verb or "and" following its comma? Then a
    participle or a coordinated verb at ``c0`` continues the main clause, whose subject is the
    source (§6.1): "Brisk, who said the talks had failed, left the room, adding ...", "Kallan denied
    the report, which she called a fabrication, and vowed to sue"."""
    if f.source is None:
        return False
    a = f.source[0]
    opener = a if f.source[1] == a and toks[a].norm in ("who", "which") else next(
        (x for x in range(a - 1, max(0, a - 3), -1) if toks[x].norm in ("which", "whom") and toks[x - 1].text == ","), None)
    if opener is None:
        return False
    return any(toks[x].text == "," and (_finite_like(toks[x + 1]) or toks[x + 1].norm in ("and", "but"))
               for x in range(f.cue[1] + 1, c0 - 1))


def _opening_participle(doc, sent, toks, c0, j, cue, word, rule, opens) -> _Found | None:
    """A participle clause that opens the sentence and reports something: its content runs to
    the comma that closes the clause, its source is the subject right after that comma.
    None when the clause has no content ("Speaking to reporters, ...") or no subject follows."""
    n = len(toks)
    comma, marks = None, 0
    for k in range(j, n):  # the first comma outside quotation marks
        if toks[k].text in QUOTE_CHARS:
            marks += 1
        elif toks[k].text == "," and marks % 2 == 0:
            comma = k
            break
    if comma is None or comma == j or comma + 1 >= n:
        return None
    nxt = toks[j]
    c = _complement_at(toks, j)
    if c is not None:
        # the clause right after the participle ("Writing for a panel that agreed ..." is a relative)
        has_content = c == j or toks[c].text in QUOTE_CHARS or toks[c].text == ":"
    elif word.frame == "speech":
        has_content = False
    else:
        has_content = _frame_signal(toks, j, word) or (
            word.frame == "object" and _is_word(nxt) and nxt.norm not in AUX | SCENE_PREPOSITIONS | OPENING_SUBORDINATORS
            | {"to", "and", "or"})  # ("Speaking after officials said ...": a time, not what was said)
    if not has_content:
        return None
    src = _right_np(toks, comma + 1, n)
    verb = None
    if src is not None:  # the subject ends before its verb: "the ministry [closed the border]"
        # (an -ed word right after the determiner is an adjective: "the embattled speaker backed ...")
        verb = next((x for x in range(src[0] + 1, src[1] + 1) if toks[x].text.islower() and (
            toks[x].norm in AUX or toks[x].norm in IRREGULAR_PAST or toks[x].norm.endswith("ed")
            or toks[x].norm in _cue_norms()) and not (x == src[0] + 1 and toks[src[0]].norm in DETERMINERS | POSSESSIVES
                                                       and toks[x].norm.endswith("ed"))), None)
        src = (src[0], verb - 1) if verb is not None else src
    # (the main clause's subject is the participle's implied subject whatever its head noun, Quirk et
    # al. 1985 ch. 15: a noun phrase with its determiner right before the finite verb is that subject,
    # "Despite admitting ..., the speaker backed the plan")
    subject = src is not None and verb is not None and verb - 1 > src[0] and toks[src[0]].norm in DETERMINERS | POSSESSIVES \
        and _is_word(toks[verb - 1]) and toks[verb - 1].norm not in DETERMINERS | POSSESSIVES
    if src is None or not (_speakerlike(toks, src) or toks[src[0]].norm in SUBJECT_PRONOUNS - {"it", "there"}
                           or toks[src[0]].text[:1].isupper() and toks[src[0]].norm not in DETERMINERS or subject):
        return None
    content, kind = _forward_content(doc, sent, toks, j, opens)
    if content is None or content.end <= toks[comma].start:
        return None if content is None else _Found(src, cue, content, None, kind, word,
                                                   rule + " (participle opening the sentence)", "forward")
    content = _span(doc, content.start, toks[comma].start)
    if content is None:
        return None
    return _Found(src, cue, content, None, _kind(doc.text, content, kind), word,
                  rule + " (participle opening the sentence)", "forward")


def _aside_content_end(doc, toks: list[Token], p: int, content: Span | None) -> Span | None:
    """A gerund phrase set off by commas between the subject and its verb ends at its closing comma:
    "The speaker, despite admitting that he had concerns, backed the bill" → "he had concerns" (the
    verb after the comma is the main clause's, §6.2)."""
    if content is None or p < 1 or toks[p - 1].text != ",":
        return content
    for k in range(p + 1, len(toks) - 1):
        if toks[k].start >= content.end:
            break  # (only inside the content: a run-on sentence is not read to its end for each gerund)
        if toks[k].text == "," and toks[k].start > content.start and toks[k + 1].text.islower() and _finite_like(toks[k + 1]):
            return _span(doc, content.start, toks[k].start)
    return content


def _after_coordinating_comma(toks: list[Token], head: int) -> bool:
    """Does ", and" / ", but" / ", yet" stand a few words before the cue group at ``head``, with
    only a short subject, auxiliaries or adverbs between ("..., but he refuses to")?"""
    for k in range(head - 1, max(0, head - 6), -1):
        t = toks[k]
        if t.norm in ("and", "but", "yet"):
            return k > 0 and toks[k - 1].text == ","
        if not _is_word(t):
            return False
    return False


#: Possessive determiners of the third person, which name a viewpoint's holder ("in her view").
_THIRD_PERSON_POSSESSIVES = frozenset("his her its their".split())


def _possessive_view(doc, sent, toks, a, entry) -> _Found | None:
    """ "In the ministry's view, ...", "in Velmora's words": a viewpoint phrase whose possessor is
    the source, read as "according to" is (PARC 3.0, Pareti 2016: source-introducing phrases;
    ANNOTATION.md §6.1). ``toks[a]`` is the "in"; the cue is the viewpoint noun, the source the
    possessor without its "'s". None unless "in" + a noun phrase + "'s" + a noun of class
    ``viewpoint-nouns`` follow.

    >>> from course.document import build_document
    >>> from course.lenses.attribution.lexicon import _patterns_by_type
    >>> e = next(e for e in _patterns_by_type()["according-to"] if e.phrase == "according to")
    >>> d = build_document("In the ministry's view, the talks have failed.")
    >>> f = _possessive_view(d, d.sentences[0], d.tokens, 0, e)
    >>> f.source, f.cue, f.content.text
    ((1, 2), (5, 5), 'the talks have failed')
    """
    n = len(toks)
    if a + 2 < n and toks[a + 1].norm in _THIRD_PERSON_POSSESSIVES:
        # a possessive pronoun of the third person is the possessor as written ("In her view, ...";
        # "In my view" is the writer's own stance, Hyland 2005), in the frame that opens the sentence
        if a != _after_dateline(toks, a):
            return None
        src, noun = (a + 1, a + 1), a + 2
    else:
        mark = next((x for x in range(a + 2, min(n - 1, a + 10)) if toks[x].text in ("'", "’") or not _np_word(toks, x)), None)
        if mark is None or toks[mark].text not in ("'", "’"):
            return None
        src = (a + 1, mark - 1)
        noun = mark + 2 if toks[mark + 1].norm == "s" else mark + 1  # ("the envoys' view")
    if noun >= n or toks[noun].norm not in word_class("viewpoint-nouns") or not (
            _speakerlike(toks, src) or toks[src[0]].norm in _THIRD_PERSON_POSSESSIVES):
        return None
    if noun + 1 < n and toks[noun + 1].norm in NP_PREPOSITIONS | {"on", "about"}:
        return None  # ("in the ministry's view of the talks" names what the view is about)
    f = _according(doc, sent, toks, a, noun, entry, src=src, frame_end=noun)
    if f is None:
        return None
    return replace(f, cue=(noun, noun), rule="pattern: in X's view (according-to)")


def _no_comment_from(doc, sent, toks, a) -> _Found | None:
    """ "There was no immediate comment from the ministry": an existential clause whose "from" names
    who stayed silent on the record, a refusal to speak as "The ministry had no immediate comment"
    is (§6.4: admission-denial, no content). ``toks[a]`` is the "no"; the cue runs to "comment", the
    source is the noun phrase after "from". None unless "there" + a form of "be" stand before it.

    >>> from course.document import build_document
    >>> d = build_document("There was no immediate comment from the ministry.")
    >>> f = _no_comment_from(d, d.sentences[0], d.tokens, 2)
    >>> f.source, f.cue, f.content
    ((6, 7), (2, 4), None)
    """
    n = len(toks)
    k = a - 1
    if k >= 1 and toks[k].norm == "been" and toks[k - 1].norm in ("has", "had", "have"):
        k -= 1  # "There has been no comment from ..."
    if not (k >= 1 and toks[k].norm in BE_FORMS | {"has", "had", "have"} and toks[k - 1].norm == "there"):
        return None
    noun = a + 1
    while noun < n and noun - a <= 2 and toks[noun].norm in ("immediate", "official", "further", "public"):
        noun += 1
    if not (noun + 2 < n and toks[noun].norm == "comment" and toks[noun + 1].norm == "from"):
        return None
    src = _right_np(toks, noun + 2, n)
    word = _cue_entry("had no immediate comment")
    if src is None or word is None or not _speakerlike(toks, src):
        return None
    return _Found(src, (a, noun), None, None, "indirect", word,
                  "existential: there was no comment from X (a refusal to speak)", "forward")


def _according(doc, sent, toks, a, b, entry, src=None, frame_end=None) -> _Found | None:
    """ "According to X, content." and its kin; with ``src`` given (a possessive viewpoint, "In the
    ministry's view"), ``frame_end`` is the last token of the frame and the source is not searched."""
    if src is None:
        src = _right_np(toks, b + 1, len(toks), speech_nouns=True)
        if src is None:
            return None
        # "As stated in March, ...": a time says when, not who
        if all(toks[x].norm in TIME_WORDS or _is_number(toks[x]) or toks[x].norm in DETERMINERS for x in range(src[0], src[1] + 1)):
            return None
        src = _according_source(toks, src)
        # "according to their annual plans", "according to the terms of the deal": a plan or a rule is
        # followed, it says nothing (the preposition means "in accordance with")
        head = next((x - 1 for x in range(src[0] + 1, src[1] + 1) if toks[x].norm in NP_PREPOSITIONS | {"on", "about", "by"}
                     or toks[x].text.islower() and toks[x].norm.endswith(("ed", "ing"))), src[1])
        if toks[head].norm in word_class("accordance-nouns"):
            return None
    last = src[1] if frame_end is None else frame_end
    word = CueWord(entry.phrase, entry.phrase, entry.get("verb_class") or "neutral", "according-to",
                   entry.explanation, entry.source)
    text = doc.text
    # "According to X, content." or "content, according to X."
    before = any(_is_word(toks[x]) and not _is_adverb(toks[x]) for x in range(a))
    via = None
    if not before:
        k = last + 1
        if k < len(toks) and toks[k].text == ",":
            k += 1
        # "According to state media, quoting a source in the government, Drava is ...": the cited
        # source speaks, the outlet is the via (§6.2)
        if k + 1 < len(toks) and toks[k].norm in ("quoting", "citing"):
            cited = _right_np(toks, k + 1, len(toks))
            if cited is not None and cited[1] + 2 < len(toks) and toks[cited[1] + 1].text == ",":
                via, src, k = src, cited, cited[1] + 2
        content = _sentence_content(doc, sent, toks[k].start) if k < len(toks) else None
        direction = "forward"
    elif a > 1 and toks[a - 1].text == "," and last + 2 < len(toks) and toks[last + 1].text == "," \
            and _is_word(toks[last + 2]) and a - 1 - _clause_start_index(toks, a) <= 4 \
            and not any(_finite_like(toks[x]) for x in range(_clause_start_index(toks, a), a - 1)):
        # in the middle of its clause: "The commission, according to its chairman, will publish the
        # results" -> "will publish the results" (the subject alone is no claim; §6.2, as "Lorvia, she
        # said, was prepared to ...")
        content = _sentence_content(doc, sent, toks[last + 2].start)
        direction = "forward"
    else:
        # (at the end of the sentence the source keeps its apposition or relative clause: "...,
        # according to Sten Aldo, a former naval officer who now analyses footage.")
        src = _right_apposition(toks, src) if frame_end is None else src
        if frame_end is None and src[1] + 2 < len(toks) and toks[src[1] + 1].text == "," and toks[src[1] + 2].norm == "which" \
                and toks[src[1]].text.islower() and toks[src[1]].norm not in speaker_nouns():
            # ("which" takes a thing as its head: after people it comments on the whole sentence)
            src = _according_relative(toks, src)  # "according to the results, which have a margin of error of ..."
        end = toks[a].start
        if a > 0 and toks[a - 1].text == ",":
            end = toks[a - 1].start
        start = _bounded_clause_start(doc, sent, end)
        # "There is no doubt that mistrust runs deep: the two navies came close to a collision three
        # times, according to figures ...": the figures support what follows the writer's colon
        colon = _colon_before(toks, a, start)
        if colon is not None and colon + 1 < a:
            start = toks[colon + 1].start
        start = _after_writer_connective(doc, toks, start)  # ("At the same time, ...": the writer's link)
        content = _span(doc, start, end)
        direction = "backward"
    if content is not None and text[content.start] in QUOTE_CHARS and text[content.end - 1] in QUOTE_CHARS:
        content = _span(doc, content.start + 1, content.end - 1)
    if via is None and frame_end is None:
        src, via = _quoted_within(toks, src)
    return _Found(src, (a, b), content, via, "according-to", word, "pattern: according-to", direction)


def _quoted_within(toks: list[Token], src: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """Split the source of "according to" at "quoted by" or "cited by": the words are the quoted
    one's, the outlet that passed them on is the via (§6.2 via, as "President Soren, quoted by the
    agency LNA, insisted"): "according to a senior diplomat quoted by the Velm Daily" -> source "a
    senior diplomat", via "the Velm Daily"; "figures compiled by the UN and cited by KRT" -> "figures
    compiled by the UN", via "KRT". "seen by" stays in the source: who saw a text passes on nothing.

    >>> from course.document import build_document
    >>> t = build_document("According to an envoy quoted by the Velm Daily, talks stalled.").tokens
    >>> _quoted_within(t, (2, 8))
    ((2, 3), (6, 8))
    """
    a, b = src
    q = next((x for x in range(a + 1, b - 1) if _quoting_by(toks, x) and toks[x].text.islower()), None)
    if q is None:
        return src, None
    via = _right_np(toks, q + 2, b + 1, speech_nouns=True)
    if via is None or via[1] != b:
        return src, None
    end = q - 2 if toks[q - 1].norm == "and" else q - 1
    return ((a, end), via) if end >= a else (src, None)


def _according_relative(toks: list[Token], src: tuple[int, int]) -> tuple[int, int]:
    """The source of a final "according to" with the comma relative that describes it, to the end of
    the sentence: "..., according to the results, which have a margin of error of three points" (a
    comma relative is kept in the source, §6.2). A quotation, a colon or a semicolon stops it."""
    end = len(toks) - 1
    while end > src[1] and not _is_word(toks[end]):
        end -= 1
    if end - src[1] > 25 or any(toks[x].text in QUOTE_CHARS + ";:" for x in range(src[1] + 1, end + 1)):
        return src
    return (src[0], end)


def _clause_start_index(toks: list[Token], a: int) -> int:
    """Index of the first word of the clause that ``toks[a]`` is in: after the last ";", ":" or
    sentence-initial connective before it (0 when there is none). The callers only ask whether the
    clause opens a few words before ``a``, so the search looks back 12 tokens at most (a farther
    start reads as ``a - 12``)."""
    k = a - 1
    limit = max(-1, a - 13)
    while k > limit and toks[k].text not in (";", ":"):
        k -= 1
    k += 1
    while k < a and (toks[k].norm in ("but", "and", "yet", "so", "meanwhile", "however") or toks[k].text in QUOTE_CHARS):
        k += 1
    return k


def _according_source(toks: list[Token], src: tuple[int, int]) -> tuple[int, int]:
    """Extend the source of "according to" to the comma or the end of the sentence when the
    words there still describe it: "a draft agenda seen by Kit Wire", "a notice to mariners
    published by the defence ministry", "Council estimates", also with a second participle and its
    agent ("figures compiled by the UN and cited by state television"). A clause (a finite verb or a
    relative pronoun) stops the extension."""
    n = len(toks)
    k = src[1] + 1
    # a relative clause that ends at a comma before the content belongs to the source:
    # "According to diplomats who spoke on condition of anonymity, the deal is close."
    if k < n and toks[k].norm in ("who", "whom", "whose"):
        for m in range(k + 1, min(n, k + 16)):
            if toks[m].text == "," or toks[m].text in FINAL_PUNCT and m == n - 1:
                return (src[0], m - 1)
            if toks[m].text in QUOTE_CHARS + ";:":
                break
    while k < n and toks[k].text not in (",", ";", ":", "(") and toks[k].text not in QUOTE_CHARS \
            and not (toks[k].text in FINAL_PUNCT and k == n - 1):
        t = toks[k]
        if t.norm == "and" and k + 2 < n and toks[k + 1].text.islower() and (
                toks[k + 1].norm.endswith(("ed", "en")) or toks[k + 1].norm in TEXT_PARTICIPLE_AGENTS) and (
                toks[k + 2].norm == "by" or toks[k + 2].norm in TIME_PREPOSITIONS | TIME_WORDS):
            # a second participle with its agent or its time: "figures compiled by the UN and cited by
            # KRT", "... and released on Friday"
            k += 1
            continue
        if t.norm in AUX or t.norm in ("that", "which", "who", "whom", "whose", "and", "but", "or", "as") or not (
                _is_word(t) or t.text in ("-", "'", "’")) or k - src[0] > 14:
            return src
        if t.norm in TIME_WORDS or t.norm in TIME_PREPOSITIONS and k + 1 < n and (
                toks[k + 1].norm in TIME_WORDS or _is_number(toks[k + 1])):
            # ... unless it dates a participle whose agent follows: "leaked cables published on
            # Tuesday by the outlet Open Ledger" (the outlet belongs to the source)
            m = k
            while m < min(n, k + 4) and (toks[m].norm in TIME_WORDS or toks[m].norm in TIME_PREPOSITIONS
                                         or _is_number(toks[m])):
                m += 1
            if m < n and toks[m].norm == "by" and toks[k - 1].text.islower() and (
                    toks[k - 1].norm.endswith(("ed", "en")) or toks[k - 1].norm in TEXT_PARTICIPLE_AGENTS):
                k = m
                continue
            if toks[k - 1].text.islower() and (toks[k - 1].norm.endswith("ed") or toks[k - 1].norm in TEXT_PARTICIPLE_AGENTS) \
                    and (m == n or toks[m].text in (",", ";") or toks[m].text in FINAL_PUNCT and m == n - 1):
                k = m  # ... and the participle it dates keeps it: "a survey published on Friday" (§6.2)
            break  # "according to Reuters on Monday": the time is not part of the source
        k += 1
    return (src[0], k - 1) if k - 1 > src[1] else src


#: Connectives that may open the sentence before an opening as-clause ("But as Lavrov noted, ...").
_AS_CLAUSE_OPENERS = frozenset("and but yet so indeed still".split())
#: Focus adverbs that may stand before the "as" of an as-clause ("..., just as Lavrov had predicted").
_AS_FOCUS = frozenset("just exactly precisely".split())


def _as_clause_source(toks: list[Token], g: int) -> tuple[int, tuple[int, int]] | None:
    """The first word of an as-clause of reporting whose verb group starts at ``toks[g]`` and its
    source, the noun phrase between "as" and the verb group ("As the ministry pointed out" -> "the
    ministry"), when the clause opens the sentence (after a connective at most) or follows a comma
    or a dash, with a focus adverb before "as" at most ("..., just as Lavrov had predicted"); else
    None. "As expected" has no source, and "such as", "as soon as", "as far as" are no as-clauses.

    >>> from course.document import build_document
    >>> t = build_document("As the ministry pointed out, the treaty expires.").tokens
    >>> _as_clause_source(t, 3), _as_clause_source(build_document("The talks, as soon as Tarsk said, ended.").tokens, 7)
    ((0, (1, 2)), None)
    """
    s = next((x for x in range(g - 1, max(-1, g - 9), -1) if toks[x].norm == "as" or not _np_word(toks, x)), None)
    if s is None or toks[s].norm != "as" or s + 1 >= g:
        return None
    lead = s - 1 if s > 0 and toks[s - 1].norm in _AS_FOCUS else s
    if not (lead == 0 or toks[lead - 1].text in (",", *DASHES) or lead == 1 and toks[0].norm in _AS_CLAUSE_OPENERS):
        return None
    src = (s + 1, g - 1)
    # (a noun phrase holds no verb: "As stated in the ministry's note" is "according to" the note)
    if any(_finite_like(toks[x]) or toks[x].norm.endswith("ing") and toks[x].text.islower() for x in range(s + 1, g)):
        return None
    return (lead, src) if _speakerlike(toks, src) else None


def _as_clause_end(toks: list[Token], b: int, word: CueWord) -> int | None:
    """Where the as-clause whose cue ends at ``toks[b]`` ends: the index of its closing comma, or the
    sentence's length when it ends the sentence; None when the verb has an object or a clause of its
    own ("As the envoy noted the change, ..."). A setting or a time may stand before the comma ("as
    Lavrov noted in his speech,", "as the ministry noted on Monday."), and so may the audience of a
    verb that names one ("as Tarsk told reporters,")."""
    n = len(toks)
    k = b + 1
    while k < n and toks[k].text != "," and toks[k].text not in FINAL_PUNCT and toks[k].text not in QUOTE_CHARS:
        k += 1
    end = k if k < n and toks[k].text == "," else n
    if k == b + 1:
        return end
    first = toks[b + 1]
    opens_setting = first.norm in SAYING_SETTINGS or _is_adverb(first) or _saying_time(toks, b + 1) > 0 \
        or word.lemma in word_class("addressee-lemmas") and _speakerlike(toks, (b + 1, k - 1))
    if not opens_setting or k - b > 10 or any(toks[x].norm == "that" or _finite_like(toks[x]) for x in range(b + 1, k)):
        return None
    return end


def _as_clause_content(doc, sent, toks: list[Token], s: int, end: int) -> tuple[Span | None, str]:
    """The content of an as-clause of reporting from its first word at ``toks[s]`` to ``end`` (its closing
    comma's index, or the sentence's length) and its direction: the main clause after the comma when
    the as-clause opens the sentence ("As Lavrov noted, the talks failed": a fronted phrase included);
    the clause before it when it closes the sentence ("The treaty expires in May, as Lavrov noted")
    or follows a whole clause; and, in the middle of its clause after a short subject, the words after
    it, as for "according to" ("The army, as Lavrov noted, had already withdrawn" -> "had already
    withdrawn": a content is one contiguous span, §6.2)."""
    n = len(toks)
    opening = s == 0 or toks[s - 1].text not in (",", *DASHES)
    if end < n - 1 and (opening or s - 1 - _clause_start_index(toks, s) <= 4 and not any(
            _finite_like(toks[x]) for x in range(_clause_start_index(toks, s), s - 1))):
        stop = None
        if not opening and toks[0].norm in OPENING_SUBORDINATORS:
            # inside a subordinate clause that opens the sentence, the content ends with that clause:
            # "If, as I've suggested, he benefits, ..." -> "he benefits"
            stop = next((toks[x].start for x in range(end + 2, n) if toks[x].text == ","), None)
        return _sentence_content(doc, sent, toks[end + 1].start, stop), "forward"
    if opening:
        return None, "forward"
    stop = toks[s - 1].start
    start = _bounded_clause_start(doc, sent, stop)
    colon = _colon_before(toks, s - 1, start)
    if colon is not None and colon + 1 < s - 1:
        start = toks[colon + 1].start
    start = _after_writer_connective(doc, toks, start)
    return (_span(doc, start, stop) if start < stop else None), "backward"


def _as_clause_report(doc, sent, toks, a, b, words) -> _Found | None:
    """An as-clause of reporting (Quirk et al. 1985: comment clauses): "As the ministry
    pointed out, the treaty expires in May", "The treaty expires in May, as Lavrov noted". "as" stands
    for the reported clause, so the verb has no object or clause of its own, and the content is the
    main clause (ANNOTATION.md §6.1). A belief or a feeling is one too when a named source holds it
    ("As Tarsk had feared, ..."), but not the speaker's own ("As I feared": §6.1, first-person
    thinking), and a verb that takes no clause or replies ("As the envoy spoke, ...", "As the minister
    replied, ...") says when, not what.

    >>> from course.document import build_document
    >>> from course.lenses.attribution.lexicon import _lexicons
    >>> d = build_document("As Lavrov noted, the talks failed.")
    >>> words = next(w for _, _, w in _lexicons()[0].finditer(d.tokens))
    >>> f = _as_clause_report(d, d.sentences[0], d.tokens, 2, 2, words)
    >>> f.source, f.cue, f.content.text, f.direction
    ((1, 1), (2, 2), 'the talks failed', 'forward')
    """
    if not any(toks[x].norm == "as" for x in range(max(0, a - 14), a)):
        return None  # (no "as" near enough: most cues)
    g = _group_start(toks, a)
    while g >= 2 and _clitic(toks, g - 1) and toks[g - 1].norm in _CLITICS and toks[g - 2].text in ("'", "’"):
        g = _group_start(toks, g - 2)  # "as I've suggested"
    found = _as_clause_source(toks, g)
    while g < a and _is_adverb(toks[g]) and toks[g].norm not in AUX:
        g += 1  # (an adverb before the verb group is no part of the cue: "as Lavrov rightly noted")
    if found is None:
        return None
    lead, src = found
    word = _choose(words, toks, a)
    # (a verb of speaking or replying with no object says when: "As the minister replied, ...")
    if word.frame in ("noun", "attitude") or word.lemma in word_class("clauseless-lemmas") | word_class("reply-lemmas"):
        return None
    if word.frame in ("cognitive", "volition") and src[0] == src[1] and toks[src[0]].norm in ("i", "we"):
        return None
    end = _as_clause_end(toks, b, word)
    if end is None:
        return None
    content, direction = _as_clause_content(doc, sent, toks, lead, end)
    if content is None:
        return None
    return _Found(src, (g, b), content, None, _kind(doc.text, content, "indirect"), word,
                  f"{VERBS_LEXICON}.tsv: {word.phrase} (as-clause of reporting: the main clause is the content)", direction)


def _impersonal(doc, sent, toks, a, b, entry, opens) -> _Found | None:
    """An attribution whose source the text does not name (PARC 3.0; ANNOTATION.md §6.2).

    Three frames from ``attribution_patterns.tsv``: ``impersonal`` ("it is understood
    that talks will resume": the whole frame is the cue), ``raising`` ("the talks are
    expected to resume": cue "are expected", content after "to") and ``passive-told``
    ("he was told that ...": the subject only received the words; "by X" names the
    source). The source is ``None`` unless "by" follows.

    >>> from course.lenses.attribution import annotate
    >>> from course.document import build_document
    >>> r = annotate(build_document("It is understood that talks will resume."))[0][0]
    >>> r.source, r.cue.text, r.content.text
    (None, 'It is understood', 'talks will resume')
    """
    n = len(toks)
    pattern = entry.get("pattern")
    j = b + 1
    while j < n and _is_adverb(toks[j]):
        j += 1
    nxt = toks[j] if j < n else None
    src = None
    if pattern == "raising":
        # "is expected to resume"; not "is expected" alone, nor "it is expected" (impersonal)
        if nxt is None or nxt.norm != "to" or j + 1 >= n or not toks[j + 1].text[:1].islower():
            return None
        if a > 0 and toks[a - 1].norm in ("it", "what", "than", "as"):
            return None
        start = toks[j + 1].start
    elif pattern == "passive-told":
        if nxt is not None and nxt.norm == "by":
            src = _right_np(toks, j + 1, n)
            if src is None:
                return None
            j = src[1] + 1
            nxt = toks[j] if j < n else None
        # (an order passed on: "were told to vote or lose their jobs"; the content is the act,
        # without "to", as after "urged to", §6.2)
        told_to = nxt is not None and nxt.norm == "to" and j + 1 < n and toks[j + 1].text.islower() \
            and _is_word(toks[j + 1]) and toks[j + 1].norm not in DETERMINERS | POSSESSIVES | STOP
        if nxt is None or not (nxt.norm == "that" or nxt.text in QUOTE_CHARS + ":" or nxt.start in opens
                               or nxt.text == "," and j + 1 < n and toks[j + 1].start in opens or told_to):
            return None
        start = toks[j + 1].start if nxt.norm == "that" or nxt.text in ",:" or told_to else nxt.start
    else:
        # "it is understood that ..." or "..., it was announced."
        if a > 0 and _is_word(toks[a - 1]) and toks[a - 1].norm not in ("and", "but", "as", "so"):
            return None
        # (a time of the report may stand before "that": "It was reported on Monday that ...")
        k = j
        while k < min(n, j + 4) and (toks[k].norm in TIME_WORDS or toks[k].norm in TIME_PREPOSITIONS
                                     or toks[k].norm in ("this", "the", "last") or _is_number(toks[k])):
            k += 1
        if k > j and k < n and toks[k].norm == "that":
            j, nxt = k, toks[k]
        # (and a place where it is believed: "It is widely believed in Lorvet that ...")
        if nxt is not None and nxt.norm in PLACE_PREPOSITIONS | {"across", "throughout"}:
            k = j + 1
            while k < min(n, j + 5) and toks[k].norm != "that" and (_np_word(toks, k) or toks[k].norm in DETERMINERS) \
                    and toks[k].norm not in AUX:
                k += 1
            if k > j + 1 and k < n and toks[k].norm == "that":
                j, nxt = k, toks[k]
        if nxt is not None and nxt.norm == "that" and j + 1 < n:
            start = toks[j + 1].start
        elif nxt is not None and _is_word(nxt) and nxt.norm != "to" and _complement_at(toks, j) is None \
                and _frame_signal(toks, j, replace(_impersonal_word(entry), frame="cognitive")):
            # "It is understood the leak came from within the ministry": the clause without "that",
            # as after a verb of thought (§6.1, §6.2 impersonal frame)
            start = nxt.start
        elif (nxt is None or not _is_word(nxt)) and a > 1 and toks[a - 1].text == ",":
            word = _impersonal_word(entry)
            content = _span(doc, _clause_start(doc, sent), toks[a - 1].start)
            return _Found(None, (a, b), content, None, _kind(doc.text, content, "indirect"), word,
                          f"{PATTERNS_LEXICON}.tsv: {entry.phrase} ({pattern})", "backward")
        else:
            return None
    word = _impersonal_word(entry)
    if start in opens and pattern == "passive-told":
        content, kind = _forward_content(doc, sent, toks, j, opens)
    else:
        content = _sentence_content(doc, sent, start)
        kind = _kind(doc.text, content, "indirect")
    if pattern == "passive-told":
        content, kind = _comma_relative_end(doc, sent, toks, a, j, content, kind)
    return _Found(src, (a, b), content, None, kind, word,
                  f"{PATTERNS_LEXICON}.tsv: {entry.phrase} ({pattern})", "forward")


def _infinitive_at(toks: list[Token], k: int) -> bool:
    """Does a to-infinitive start at ``toks[k]`` ("to mediate", not "to the council")?"""
    return k + 1 < len(toks) and toks[k].norm == "to" and toks[k + 1].text.islower() and _is_word(toks[k + 1]) \
        and toks[k + 1].norm not in DETERMINERS | POSSESSIVES | STOP


#: How far a passive report's content is searched for the comma that closes its relative clause.
_MAX_RELATIVE_TOKENS = 40


def _comma_relative_end(doc, sent, toks, c0, k, content, kind):
    """A report inside a comma relative clause ends with it, at the comma before the main verb,
    a passive one ("Haldt, who was asked by reporters whether she would resign, said she would not" → "whether
    she would resign"; "The envoy, who was told by Tarsk that the talks were over, said ..." → "the
    talks were over") and one whose source follows the pronoun ("which the United Nations has offered
    to host, are due" → "host"). ``c0`` opens the passive verb group or the source, ``k`` is where
    its content starts."""
    if content is None or c0 < 2 or toks[c0 - 1].norm not in ("who", "which", "whom") or toks[c0 - 2].text != ",":
        return content, kind
    comma, nested = None, False
    # (the clause is short: the search stops at the content's end and after 40 tokens)
    for x in range(k + 1, min(len(toks) - 1, k + 1 + _MAX_RELATIVE_TOKENS)):
        if toks[x].start >= content.end:
            break
        if toks[x].text != ",":
            continue
        if toks[x + 1].norm in ("who", "which"):
            nested = True  # a relative clause inside the content: "that the deal, which took years, was dead"
        elif nested:
            nested = False
        elif _finite_like(toks[x + 1]):
            comma = x
            break
    if comma is None or toks[comma].start <= content.start:
        return content, kind
    content = _sentence_content(doc, sent, content.start, toks[comma].start)
    return content, _kind(doc.text, content, "indirect")


def _raising_frame(toks: list[Token], a: int, b: int) -> bool:
    """Is toks[a..b] a raising frame ("the envoy is said to favour", "are believed to be")?

    The guide files "are expected to" as a verbal hedge (ANNOTATION.md §4) and gives only the
    impersonal "it is understood that" frame as an attribution with no source (§6.2); the kit
    treats every raising frame the same way: a hedge of the writer, never an attribution.

    >>> from course.document import build_document
    >>> d = build_document("The envoy is said to favour a pause.")
    >>> _raising_frame(d.tokens, 2, 3)
    True
    """
    n = len(toks)
    j = b + 1
    while j < n and _is_adverb(toks[j]):
        j += 1
    if j + 1 >= n or toks[j].norm != "to" or not toks[j + 1].text[:1].islower():
        return False
    return not (a > 0 and toks[a - 1].norm in ("it", "what", "than", "as"))


def _impersonal_word(entry) -> CueWord:
    return CueWord(entry.phrase, entry.phrase, entry.get("verb_class") or "neutral", entry.get("pattern"),
                   entry.explanation, entry.source)


def _choose(words: list[CueWord], toks: list[Token], a: int) -> CueWord:
    """Pick the verb, noun or adjective reading of an entry from its left neighbour."""
    adjectives = [w for w in words if w.frame == "attitude"]
    if adjectives and (len(adjectives) == len(words) or _copula_before(toks, a) is not None):
        return adjectives[0]  # "officials are worried that" (but "Regulators worried that": a verb)
    words = [w for w in words if w.frame != "attitude"]
    nouns = [w for w in words if w.frame == "noun"]
    verbs = [w for w in words if w.frame != "noun"]
    # ... and the object of a light verb is a noun: "expressed hope that", "voiced fear that"
    light_verbs = word_class("light-verbs")
    light = a > 0 and (toks[a - 1].norm in light_verbs or a > 1 and toks[a - 2].norm in light_verbs and toks[a - 1].text.islower()
                       and toks[a - 1].norm not in STOP and _is_word(toks[a - 1]))
    if nouns and (not verbs or light or _noun_context(toks, a) or _inside_noun_phrase(toks, a, noun_entry=True)
                  or _after_preposition(toks, a) or _opening_plural(toks, a) or _object_of_s_verb(toks, a)):
        return nouns[0]
    return verbs[0]


def _object_of_s_verb(toks: list[Token], a: int) -> bool:
    """Is the word at ``toks[a]`` right after an -s form that is never a plural noun (class
    verb-only-s-forms), and so that verb's object, a noun ("Kremlin denies **report** Putin ill",
    "He denies **charge** he lied")? Two finite verbs do not stand side by side, and headlines drop
    the article before the object (Quirk et al. 1985, ch. 3, the -s form); "Officials report the
    talks have stalled" has a plural noun, not a verb, before "report"."""
    if not (0 < a < len(toks) and toks[a - 1].norm in word_class("verb-only-s-forms") and not toks[a].norm.endswith(("ed", "ing"))):
        return False
    # (a headline in title case capitalises both: "Kremlin Denies Report Putin Ill"; read around the
    # pair, so that a long sentence is not scanned once per cue)
    return toks[a - 1].text.islower() and toks[a].text.islower() or toks[a].text[1:].islower() \
        and _title_case(toks[max(0, a - 8):a + 8])


def _opening_plural(toks: list[Token], a: int) -> bool:
    """Is the -s form at ``toks[a]`` the sentence's first word (after a dateline)? A finite -s verb
    needs its subject before it, so there it is a plural noun: "Reports that the army sent troops
    were denied", "Claims by the ministry that ..." (Quirk et al. 1985: subject-verb concord)."""
    t = toks[a]
    return t.text[:1].isupper() and t.norm.endswith("s") and not t.norm.endswith("ss") and a == _after_dateline(toks, a)


#: Prepositions after which a plain or -s form is a noun: a verb there would be a gerund ("by
#: charges that ...", "amid warnings that ..."; Quirk et al. 1985 §9.1, prepositional complements).
_NOUN_PREPOSITIONS = frozenset("by amid amidst despite against over about following after".split())


def _after_preposition(toks: list[Token], a: int) -> bool:
    """Is the word at ``toks[a]`` a plain or -s form right after a preposition ("was dogged by
    charges that ...", "despite warnings that ...")? Then it heads the preposition's noun phrase."""
    t = toks[a]
    return a > 0 and toks[a - 1].norm in _NOUN_PREPOSITIONS and t.text.islower() \
        and not t.norm.endswith(("ing", "ed")) and t.norm not in IRREGULAR_PAST


#: Verbs that link a subject to an adjective of belief or feeling ("are confident", "felt sure").
COPULAS = BE_FORMS | frozenset("am remain remains remained remaining seem seems seemed appear appears appeared "
                               "feel feels felt feeling become becomes became grow grows grew grown get gets got "
                               "s re m isn aren wasn weren".split())  # (a negated "be": "weren't sure if")
#: Forms of "come", a copula of result with "away" ("came away convinced that").
_COME_FORMS = frozenset("come comes came coming".split())
#: Words of degree that may stand between the copula and the adjective ("are increasingly concerned").
DEGREE_WORDS = frozenset("so very too quite more most less least fully deeply increasingly highly "
                         "absolutely extremely particularly all not".split())


def _copula_before(toks: list[Token], a: int) -> int | None:
    """Index of the copula before the adjective at toks[a] (past adverbs and words of degree), or None."""
    k = a - 1
    while k >= 0 and (toks[k].norm in DEGREE_WORDS or _is_adverb(toks[k]) and toks[k].text[:1].islower()
                      or toks[k].text in ("'", "’") and _clitic(toks, k) and toks[k + 1].norm == "t"
                      or toks[k].norm == "t" and _clitic(toks, k)):
        k -= 1
    if k > 0 and toks[k].norm == "away" and toks[k - 1].norm in _COME_FORMS:
        return k - 1  # a copula of result: "came away convinced that" (Quirk et al. 1985 §16.22)
    if k < 0 or toks[k].norm not in COPULAS:
        return None
    if toks[k].norm in ("s", "re", "m") and not _clitic(toks, k):
        return None
    return k


#: Finite verbs that show a "that"-less clause after an adjective of belief ("sure the talks would fail").
_CLAUSE_VERBS = MODALS | frozenset("is are was were has have had does did".split())
#: Determiners that stand alone as a pronoun subject ("convinced this is the only way", "sure some
#: will stay"; Quirk et al. 1985, demonstrative pronouns and quantifiers as pronouns).
#: "that" is left out: after an adjective it opens the clause ("sure that ...").
_PRONOUN_DETERMINERS = frozenset("this these those some many several both all each most".split())


def _bare_subject_verb(toks: list[Token], j: int) -> int | None:
    """The finite verb of a "that"-less clause at ``toks[j]``: a short subject (a pronoun, a name,
    or a determiner and up to four words) and a modal or a finite auxiliary right after it.

    >>> from course.document import build_document
    >>> t = build_document("She was sure the talks would fail.").tokens
    >>> _bare_subject_verb(t, 3)
    5
    >>> _bare_subject_verb(build_document("He was sure of victory.").tokens, 3) is None
    True
    >>> _bare_subject_verb(build_document("The bridge is sure to be rebuilt.").tokens, 4) is None
    True
    """
    n = len(toks)
    if j >= n or not _is_word(toks[j]):
        return None
    first = toks[j]
    if first.norm in SUBJECT_PRONOUNS - {"it", "there", "i", "you"} or first.norm in ("it", "there") and first.text.islower():
        return j + 1 if j + 1 < n and toks[j + 1].norm in _CLAUSE_VERBS else None
    if first.norm in _PRONOUN_DETERMINERS and first.text.islower() and j + 1 < n and toks[j + 1].norm in _CLAUSE_VERBS \
            and toks[j + 1].text.islower():
        return j + 1  # a demonstrative or a quantifier as the subject: "convinced this is the only way"
    if not (first.norm in DETERMINERS | POSSESSIVES or first.text[:1].isupper() and first.norm not in STOP):
        return None
    for k in range(j + 1, min(n, j + 6)):
        t = toks[k]
        if t.norm in _CLAUSE_VERBS and t.text.islower():
            return k if k > j + (first.norm in DETERMINERS | POSSESSIVES) else None
        if not (_is_word(t) or t.text in ("-", "'", "’")) or t.norm in STOP and t.norm != "of" or t.norm in COMPLEMENTIZERS:
            return None
    return None


#: Prepositions that open the writer's setting of a report between the cue and a comma
#: ("said in an editorial,", "said outside the court,", "told reporters on Monday,").
_SETTING_OPENERS = frozenset("in at outside inside during on from after before near via by".split())


def _setting_comma(toks: list[Token], j: int) -> int | None:
    """The comma that closes a setting right after a cue, when the clause goes on after it: "Tarsk,
    the newspaper said in an editorial, was ..." -> the comma after "editorial" (a short phrase
    opened by a preposition or a time, with no verb and no quotation mark in it), or None.

    >>> from course.document import build_document
    >>> t = build_document("Tarsk, the paper said in an editorial, was wrong.").tokens
    >>> _setting_comma(t, 5)
    8
    """
    n = len(toks)
    if j >= n or not (toks[j].norm in _SETTING_OPENERS or toks[j].norm in TIME_WORDS):
        return None
    for k in range(j + 1, min(n - 1, j + 9)):
        t = toks[k]
        if t.text == ",":
            return k if k > j and _is_word(toks[k + 1]) else None
        if not (_is_word(t) or t.text in ("'", "’", "-")) or t.norm in AUX or _finite_like(t) or t.norm == "that":
            return None
    return None


def _attitude(doc, sent, toks, a, b, word, opens) -> _Found | None:
    """An adjective of belief or feeling with a that-clause after a copula: "Western officials are
    confident that a deal is close" -> source "Western officials", cue "are confident", content
    "a deal is close". Not in the first person ("I am sure that": the speaker's own stance), and
    not after an expletive "it" ("It is not certain that the ceasefire will hold": the writer's hedge)."""
    k = _copula_before(toks, a)
    if k is None:
        return None
    j = b + 1
    c = _complement_at(toks, j)
    if (c is None or toks[c].norm != "that" or c != j) and _bare_subject_verb(toks, j) is None \
            and not _open_question_after(toks, k, b, c, j):
        return None
    c0 = k
    while c0 > 0 and (toks[c0 - 1].norm in AUX and toks[c0 - 1].norm not in ("not",) or _clitic(toks, c0 - 1)
                      and toks[c0 - 1].norm not in ("s", "re", "m")):
        c0 -= 1
    src = _source_left(toks, c0) if c0 > 0 else None
    if c0 > 1 and toks[c0 - 1].norm in ("and", "but", "or"):
        # a second verb of the clause shares its subject: "The envoy met Kessian leaders and came
        # away convinced that ..." (the leaders are the first verb's object); a linking verb after
        # "or" is a second predicate too ("They may step in if they haven't already or weren't sure
        # if they could help"; Quirk et al. 1985 §13.5), where a lone word after "or" may be an
        # adjective or a participle of a noun phrase ("an official or recognized list")
        subj = _subject(toks, c0 - 1)
        src = _first_conjunct_subject(toks, subj, c0)[0] if subj is not None else None
        src = _conjunct_in_subordinate_clause(toks, src, c0 - 1)
    if toks[k].norm in ("s", "re", "m"):
        # "she's so frustrated that": a contracted copula is not part of the cue (as in "he's
        # claiming", §6.2); the source stands before the apostrophe
        c0 = k + 1
        src = _left_np(toks, k - 2) if k >= 2 and toks[k - 1].text in ("'", "’") else None
    if src is not None:
        src = _relative_source(toks, src) or src
    if src is None or toks[src[1]].norm in ("i", "we", "you") or not _holder(toks, src) and toks[src[1]].norm not in PRONOUNS:
        return None
    if src[0] == src[1] and toks[src[0]].norm in ("it", "there") and toks[b].norm in (
            "certain", "uncertain", "unsure", "clear", "evident", "obvious", "likely", "doubtful", "possible", "true", "sad"):
        return None  # "It is not certain that ...": an expletive holds nothing, the frame is the writer's hedge
    content, kind = _forward_content(doc, sent, toks, j, opens)
    if content is None:
        return None
    return _Found(src, (c0, b), content, None, kind, word,
                  f"{VERBS_LEXICON}.tsv: {word.phrase} (an adjective of belief or feeling + that)", "forward")


def _open_question_after(toks: list[Token], k: int, b: int, c: int | None, j: int) -> bool:
    """Does an adjective of certainty (class ``certainty-adjectives``) at ``toks[b]``, after its
    linking verb at ``toks[k]``, take a "whether" clause, or an "if" clause when it is negated or
    opens with "un-" ("Aid groups weren't sure if the convoy could reach the town", "are unsure
    whether")? Without a negation, "if" opens a condition ("were sure, if the talks failed, ...";
    Quirk et al. 1985 §16.70; Biber et al. 1999 §9.5)."""
    if c != j or toks[b].norm not in word_class("certainty-adjectives") or toks[c].norm not in ("whether", "if"):
        return False
    return toks[c].norm == "whether" or toks[b].norm.startswith("un") or _negated_group(toks, k, b)


def _telling_adjective(toks: list[Token], c0: int, a: int, nxt: Token | None) -> bool:
    """Is "telling" after a form of "be", with no addressee after it, the adjective that means
    revealing ("Moscow's silence is telling", "It is telling that no one came")? "Tell" reports only
    with someone told or a thing told; the adjective is the writer's verdict, not a report
    (Huddleston & Pullum 2002, participial adjectives; ANNOTATION.md §6.1)."""
    if toks[a].norm != "telling" or c0 == a or toks[a - 1].norm not in BE_FORMS | {"s", "'s"}:
        return False
    return nxt is None or not _is_word(nxt) or nxt.norm in ("that", "of", "about", "in", "because", "and", "but")


#: Prepositions that end a prepositional reporting verb ("hint at", "call for", "point to"); left with
#: no object after the cue, they mark a relative clause whose head is that object (Quirk et al. 1985
#: §17.13, deferred prepositions).
_STRANDED_PARTICLES = frozenset("at for to of about on with".split())


def _reporting(doc, sent, toks, a, b, words, closes, opens, found, covered: _GrowingIntervals,
               cat: int | None = None) -> _Found | None:
    """Check one matched reporting word and build its relation, or return None.

    The checks run in reading order: the word's other frames (a noun, an attitude, "asked by"), the
    readings in which it is no verb of saying here, the cue group, a participle's frames, an
    inverted report, the source before the cue, and the frame after it (clause, object, label).

    ``cat`` is where a catenative verb before the word starts (:func:`_catenative_before`);
    ``covered`` holds the contents of ``found`` (the same answers as scanning them, faster)."""
    word = _choose(words, toks, a)
    n = len(toks)
    first = toks[a]
    if word.frame == "noun":
        return _nominal(doc, sent, toks, a, b, word)
    if word.frame == "attitude":
        return _attitude(doc, sent, toks, a, b, word, opens)
    if word.lemma == "ask" and _asked_by_opening(toks, a, b):
        return _asked_by_agent(doc, sent, toks, a, word)
    if _outside_reporting_sense(toks, a, b, word, cat) or _noun_or_modifier(sent, toks, a, b, word) \
            or _act_on_a_thing(toks, b, word) or _noun_by_its_neighbours(toks, a, b, word):
        return None
    # an infinitive after "to" belongs to a larger verb group ("to show restraint"), unless a
    # catenative verb makes the pair one cue group ("appeared to suggest", "continues to insist";
    # "went on to say" is a lexicon phrase of its own)
    if a > 0 and toks[a - 1].norm == "to" and cat is None:
        return _infinitive_after_to(doc, sent, toks, a, b, word, opens)
    head = a if cat is None else cat
    if _writers_own_words(toks, a, b, word, head) or _inside_other_content(toks, a, b, word, head, found, covered):
        return None
    c0 = _cue_group_start(toks, head, a, b, word)
    if c0 is None:
        return None
    cue = (c0, b)
    rule = f"{VERBS_LEXICON}.tsv: {word.phrase}"
    after = b + 1
    j = _shared_complement_start(toks, _after_cue_adverbs(toks, after))
    nxt = toks[j] if j < n else None
    if _telling_adjective(toks, c0, a, nxt):
        return None
    prev = toks[c0 - 1] if c0 > 0 else None
    # a progressive ("is once again questioning", "he's claiming", "isn't saying") is a finite
    # verb group, not a participle
    is_ing = first.norm.endswith("ing") and c0 == a and not _progressive(toks, a)
    passive = _passive(toks, c0, a, word)
    if _participle_on_a_noun(toks, a, c0, j, after, word, passive):
        return None
    # "called Friday for the release of ...": a request with its day between the verb and "for"
    # (also "called on Monday for calm", which the lexicon's "called on" would read as "urge")
    if first.norm in ("call", "calls", "called", "calling") and not passive:
        timed = _call_for_after_time(doc, sent, toks, c0, a, opens)
        if timed is not None:
            return timed
        if _called_on_a_day(toks, b):
            return None
    if _noun_before_a_clause(toks, a, b, c0, j, after, word, is_ing, passive, opens) or _act_not_words(toks, a, b, c0, word):
        return None
    if passive:
        # "can be heard shouting that ...": the perception frames the report; the participle after it is
        # the cue, its speaker the subject of "be heard"
        if _heard_speaking(toks, b):
            return None
        return _passive_found(doc, sent, toks, c0, a, b, j, word, rule, opens, closes)
    if is_ing and c0 >= 2 and _heard_speaking(toks, c0 - 1):
        heard = _heard_report(doc, sent, toks, c0, j, cue, word, rule, opens)
        if heard is not None:
            return heard
    if _object_moved_before_verb(toks, j, after, first):
        return None
    absolute = _absolute_subject(toks, c0) if is_ing else None
    if is_ing and absolute is None:
        return _participle_report(doc, sent, toks, b, c0, j, after, cue, word, rule, prev, opens, found)
    if _object_in_contact_relative(toks, c0, j, first, word):
        return None
    right = _right_source(toks, after) if absolute is None else None
    inverted = _inverted_report(doc, sent, toks, a, c0, cue, word, rule, prev, right, closes, opens) if absolute is None else None
    if inverted is not None:
        return inverted
    if absolute is not None:
        rule += ABSOLUTE_RULE
    src = absolute or _left_source(toks, c0)
    if src is not None:
        src = _source_over_preposition(toks, _source_with_its_phrase(toks, src))
        if src is None or _headline_passive(toks, src, a, c0, after, passive):
            return None
        backward = _backward_report(doc, sent, toks, src, a, b, c0, j, after, cue, word, rule, closes, opens)
        if backward is not None:
            return backward
    elif c0 == 0 and right is not None:
        opening = _inverted_at_opening(doc, sent, toks, right, cue, word, rule, closes, opens)
        if opening is not None:
            return opening
    src, rule = _coordinated_source(toks, c0, src, first, found, rule)
    if src is None and c0 == a:
        headline = _headline_subject(sent, toks, c0)
        if headline is not None:
            src, rule = headline, rule + " (a headline's second predicate: shares the first one's subject)"
    src, via, start = _via_and_start(toks, src, c0, j, after, rule)
    frame_ok = (word.frame == "speech" or _frame_signal(toks, start, word)) and not _reply_by_deed(toks, start, word)
    # the outlet that quotes someone "as saying" passes the words on: the relation is the speaker's
    if word.lemma in _QUOTING_LEMMAS and _as_saying_after(toks, start):
        return None
    if frame_ok and _text_is_the_channel(toks, start, word):
        frame_ok = False
    if not frame_ok:
        frame_ok, start, rule = _frame_without_signal(toks, a, b, c0, j, after, start, src, word, rule)
    if frame_ok and _quoted_words_not_content(doc.text, toks, start, src, word, opens):
        frame_ok = False
    holder = _label_holder(toks, src, b)
    relative_label = _label_in_relative(doc, toks, b, src, cue, via, word, rule, holder, opens)
    if relative_label is not None:
        return relative_label
    if _view_with_label(toks, start, src, word, holder):
        frame_ok = True
        rule += " (a view: object + as + label)"
    if not frame_ok and word.frame == "object" and holder and _object_can_be_content(toks, src, word):
        frame_ok = _object_is_content(toks, j, word)
        if not frame_ok:
            relative = _relative_pronoun_object(doc, toks, c0, j, src, cue, via, word, rule)
            if relative is not None:
                return relative
    moved = _object_moved_into_what(doc, toks, src, c0, j, cue, via, word, rule)
    if moved is not None:
        return moved
    main_verb = _pseudo_cleft_verb(toks, src, c0, j, word)
    if main_verb is not None:
        if not _be_that(toks, main_verb):
            return None  # "What Lavrov said (in Geneva) was a warning", "... surprised many": a thing
        start = main_verb + 2  # "What the minister told reporters in Geneva was that ..." reports the clause
    if _object_names_a_thing(toks, j, after, start, src, word, frame_ok, opens) or not frame_ok \
            or _nobody_reported(toks, a, b, c0, j, src, word, cat):
        return None
    start = _addressee_skip(toks, start, word)
    # a refusal to speak with only its time after it ("did not comment on Monday", "had no comment
    # on Monday, officials said") is dated, as "said on Monday" is, and withholds no topic (§6.4)
    if rule.endswith(REFUSAL_RULE) and start < n and (w := _saying_time(toks, start)) \
            and (start + w == n or toks[start + w].text == "," or toks[start + w].text in FINAL_PUNCT and start + w == n - 1):
        return _Found(src, cue, None, via, "indirect", word, rule, "forward")
    # a verb that says only when someone answered reports nothing ("replied within hours", §6.1), nor
    # one followed only by a clause of time ("warned as the talks collapsed", "Envoy recalled as spy row
    # widens": "as" and "while" open the writer's setting, no content)
    if start < n and toks[start].start not in opens and (_only_time_after(toks, start) or (
            toks[start].norm in ("as", "while") and _as_opens_a_clause(toks, start) and _complement_at(toks, start + 1) is None)):
        return None
    found_here = _forward_report(doc, sent, toks, start, src, cue, via, word, rule, opens)
    if absolute is not None and found_here.content is not None and toks[absolute[0] - 1].norm == "with" \
            and absolute[0] - 1 == _after_dateline(toks, absolute[0] - 1):
        # an absolute clause that opens the sentence ends at its comma, before the main clause
        # ("With officials saying no date had been set, the talks ended")
        comma = next((k for k in range(start, n) if toks[k].text == "," and toks[k].start < found_here.content.end), None)
        if comma is not None and toks[comma].start > found_here.content.start:
            found_here.content = _sentence_content(doc, sent, found_here.content.start, toks[comma].start)
    return found_here


#: What the rule of a relation says when its cue is a negated verb of answering (§6.4).
REFUSAL_RULE = " (negated: a refusal to speak)"
#: What the rule of a relation says when its cue is the participle of an absolute clause.
ABSOLUTE_RULE = " (an absolute clause after \"with\": its subject speaks)"
#: ... and when its cue is a gerund after a preposition ("began by saying", ", before adding").
GERUND_RULE = " (gerund after a preposition)"


def _absolute_subject(toks: list[Token], c0: int) -> tuple[int, int] | None:
    """The subject of an absolute clause whose verb is the participle at ``c0``, or None: "with" +
    a noun phrase of people + an -ing form, which reports as a finite verb would (Quirk et al. 1985
    §15.58, verbless and nonfinite clauses after "with"). A second one follows "and" without its
    "with": "Talks broke off, **with Western envoys** accusing Kessia of stalling **and Kessian
    officials** blaming the West" (two relations). A text after "with" keeps its reading as a
    participle after its noun ("ended with a joint communique pledging ...").

    >>> from course.document import build_document
    >>> toks = build_document("Talks ended, with envoys saying no date had been set.").tokens
    >>> _absolute_subject(toks, 5)
    (4, 4)
    >>> _absolute_subject(build_document("Talks ended with a communique saying no date was set.").tokens, 5) is None
    True
    """
    np = _left_np(toks, c0 - 1) if c0 > 1 else None
    if np is None:
        return None
    ands = [x for x in range(np[0], np[1]) if toks[x].norm == "and"]
    if ands:
        np = (ands[-1] + 1, np[1])
        opener = ands[-1]
    else:
        opener = np[0] - 1
    if opener < 0 or np[0] > np[1]:
        return None
    head = toks[np[1]]
    if not (head.norm in speaker_nouns() or head.text[:1].isupper()) or head.norm in document_nouns():
        return None
    if toks[opener].norm == "with":
        return np if opener == 0 or toks[opener - 1].text == "," else None
    # "and" + a second subject, after an absolute clause opened by "with" in the same sentence
    return np if toks[opener].norm == "and" and any(
        toks[w].norm == "with" and (w == 0 or toks[w - 1].text == ",") for w in range(opener)) else None


def _asked_by_opening(toks: list[Token], a: int, b: int) -> bool:
    """Is ``toks[a]`` an "asked" followed by "by" that opens the sentence, or follows a comma or an
    opening "when" ("Asked by reporters whether ...", "When asked by reporters, ...")?"""
    return a == b and toks[a].norm == "asked" and b + 1 < len(toks) and toks[b + 1].norm == "by" \
        and (a == _after_dateline(toks, a) or toks[a - 1].text == ","
             or toks[a - 1].norm == "when" and a - 1 == _after_dateline(toks, a))


def _outside_reporting_sense(toks: list[Token], a: int, b: int, word: CueWord, cat: int | None) -> bool:
    """Is the verb ``toks[a:b + 1]`` in a sense that reports nothing: a linking verb of an adjective
    of belief, "regarding" without "as", "show" meaning "become visible"?"""
    n = len(toks)
    # a linking verb before an adjective of belief or feeling is part of that cue ("felt certain
    # that ...": the cue is "felt certain")
    if toks[a].norm in COPULAS:
        k = b + 1
        while k < n and (toks[k].norm in DEGREE_WORDS or _is_adverb(toks[k])):
            k += 1
        if k < n and toks[k].norm in _attitude_words():
            return True
    # "regard" reports a view only with "as" ("regarding the drills as a threat"); otherwise
    # "regarding" is a preposition ("statements regarding unemployment")
    if word.lemma in word_class("as-only-lemmas") and not (_as_complement(toks, b + 1) or b + 1 < n and toks[b + 1].norm == "as"):
        return True
    # a plain form right after a verb of saying is the formula said, its object, not a verb of its
    # own ("America says thank you", "said thank you to the nurses": a finite verb after "says"
    # would need a subject of its own, and a bare infinitive does not follow "say"; Quirk et al.
    # 1985 §16.33, direct speech without quotation marks): the verb of saying reports the formula
    if a > 0 and toks[a - 1].norm in _SAY_FORMS and toks[a].text.islower() and not toks[a].norm.endswith(("s", "ed", "ing")) \
            and toks[a].norm not in IRREGULAR_PAST:
        return True
    # "show" after a verb of beginning with no object or clause means "become visible" ("The strain
    # began to show when the vote was counted"): nothing is presented as established (§6.1)
    return cat is not None and word.lemma == "show" and toks[cat].norm in word_class("inchoative-verbs") \
        and _no_object_after(toks, b)


#: The forms of "say", after which a plain form is a formula said ("says thank you").
_SAY_FORMS = frozenset("say says said saying".split())


def _noun_or_modifier(sent, toks: list[Token], a: int, b: int, word: CueWord) -> bool:
    """Is the word at ``toks[a]`` a noun or a modifier here, by the words before it: after a
    determiner, a possessive or a preposition, a capitalised name mid-sentence, or the member noun
    of a collection ("a raft of new emissions rules")?"""
    n = len(toks)
    first = toks[a]
    # not a verb after a determiner, a possessive or a preposition ("the said treaty",
    # "Trump's state taxes", "secretary of state"), nor a capitalised name mid-sentence
    # ("the United States"; headings are capitalised throughout, so they are exempt)
    # ("Some believe the plan shows ...": a quantifier alone is a subject before a plain verb and its clause)
    quantifier_subject = a > 0 and toks[a - 1].norm in QUANTIFIER_SOURCES and (_complement_at(toks, b + 1) is not None or (
        not first.norm.endswith("s") and _frame_signal(toks, b + 1, word))
        # (a quantifier that opens the sentence before a past verb is its subject: "Some said the swap showed ...")
        or a - 1 == _after_dateline(toks, a - 1) and first.text.islower() and (first.norm in IRREGULAR_PAST or first.norm.endswith("ed")))
    # (a gerund after a preposition is a verb: "for saying that", "aside from saying he")
    floating = a > 1 and toks[a - 1].norm in ("each", "both", "all") and toks[a - 2].norm in AUX  # "had each assured"
    if (_noun_context(toks, a) and not quantifier_subject and not floating) or _inside_noun_phrase(toks, a) or (
        a > 0 and toks[a - 1].norm in ("of", "for", "from", "with", "at", "into") and not _participle(first)
    ) or (
        # a past participle after a preposition describes the noun after it: "near disputed Torrin Reef"
        a > 0 and toks[a - 1].norm in ("near", "over", "around", "across", "along", "into", "onto", "toward", "towards",
                                       "of", "for", "from", "with", "at", "in", "on")
        and first.norm.endswith("ed") and a == b and b + 1 < n and _is_word(toks[b + 1])
        and toks[b + 1].norm not in ("that", "by", "to", "as", "in", "on", "with", "about")
    ):
        return True
    if a > 0 and first.text[:1].isupper() and sent.kind == "body" and _is_word(toks[a - 1]) and toks[a - 1].text not in QUOTE_CHARS \
            and not _title_case(toks):
        return True
    # a plural a few words after "<collection noun> of" is the collection's member noun: "a raft of
    # new emissions rules that ...", "a flurry of late-night tweets targeting ..." (class collection-nouns)
    if first.norm.endswith("s") and a == b and a >= 2:
        q = a - 1
        while q > 0 and a - q <= 5 and _is_word(toks[q]) and toks[q].norm not in AUX | COMPLEMENTIZERS \
                and toks[q].norm not in ("of", "which", "who") and not _finite_like(toks[q]):
            q -= 1
        if q > 0 and q < a - 1 and toks[q].norm == "of" and toks[q - 1].norm in word_class("collection-nouns") \
                and (not _speakerlike(toks, (a - 1, a - 1)) and not toks[a - 1].text[:1].isupper()
                     or _capitalised_compound_before(toks, a)):
            return True  # (but "A number of officials say ...": the members speak)
    return _adjective_between_verb_and_noun(toks, a) or _plural_in_prepositional_phrase(toks, a, b)


def _plural_in_prepositional_phrase(toks: list[Token], a: int, b: int) -> bool:
    """Is the -s word at ``toks[a]`` the head noun of a preposition's object, after its determiner and
    capitalised modifiers ("troops in **the Baltic states**", "talks with the Gulf states")? A
    preposition's object takes no verb (Quirk et al. 1985 §9.1), so the word is a plural noun, not
    "states" as a verb of saying ("The Baltic report states that ..." has no preposition before it, and
    in "evidence from the Ormulum shows that ..." the clause after the word makes it the verb).

    >>> from course.document import build_document
    >>> _plural_in_prepositional_phrase(build_document("NATO troops in the Baltic states, he said.").tokens, 5, 5)
    True
    """
    if a != b or not toks[a].norm.endswith("s") or not toks[a].text.islower():
        return False
    k = a - 1
    while k >= 0 and toks[k].text[:1].isupper() and _is_word(toks[k]) and toks[k].norm not in DETERMINERS:
        k -= 1
    return k < a - 1 and k >= 1 and toks[k].norm in DETERMINERS and toks[k - 1].norm in NP_PREPOSITIONS | PLACE_PREPOSITIONS \
        and _complement_at(toks, b + 1) is None  # ("evidence from the Ormulum shows that ...": a verb with its clause)


def _capitalised_compound_before(toks: list[Token], a: int) -> bool:
    """Is there a compound name of two or more capitalised words right before ``toks[a]``, which
    modifies the plural after it ("a set of Clean Air Act rules that ...": the rules are the set's
    members, Quirk et al. 1985, ch. 17, nouns as premodifiers), not a speaker before its verb?"""
    return a >= 2 and all(toks[x].text[:1].isupper() and _is_word(toks[x]) and toks[x].norm not in DETERMINERS
                          for x in (a - 2, a - 1)) and not toks[a - 1].norm.endswith("s")


def _adjective_between_verb_and_noun(toks: list[Token], a: int) -> bool:
    """Is the -ed form at ``toks[a]`` an adjective between a past verb and its noun of speech ("had
    entered Lorvian waters and ignored repeated warnings", "issued repeated appeals for calm")? A
    verb has one verb group: the -ed word after it modifies the object's noun (Quirk et al. 1985,
    ch. 7, participial adjectives), also graded by an adverb ("confirmed widely reported plans");
    "had repeated warnings" is a perfect, and "who resigned repeated claims" ends a relative clause
    before the main verb."""
    n = len(toks)
    if not (0 < a < n - 1 and toks[a].norm.endswith("ed") and toks[a].text.islower()):
        return False
    v = a - 2 if a >= 2 and toks[a - 1].norm.endswith("ly") and _is_adverb(toks[a - 1]) else a - 1
    verb, noun = toks[v], toks[a + 1]
    if not (verb.text.islower() and (verb.norm.endswith("ed") or verb.norm in IRREGULAR_PAST) and verb.norm not in AUX):
        return False
    if v >= 1 and toks[v - 1].norm in BE_FORMS | {"who", "which", "that"}:
        return False
    # (a noun of speech: "warnings", "denials", or a plural spelt like a reporting verb, "appeals", "calls")
    return noun.text.islower() and (noun.norm in _content_nouns() or noun.norm in _cue_norms()
                                    and noun.norm.endswith("s") and not noun.norm.endswith("ss"))


def _act_on_a_thing(toks: list[Token], b: int, word: CueWord) -> bool:
    """Does the verb ending at ``b`` act on a thing or receive people rather than report words
    ("slamming the door", "welcomed several hundred guests")?"""
    n = len(toks)
    # "slamming the door", "blasted the wall open": a physical act on a thing, no words (class struck-things)
    if word.frame == "object" and b + 2 < n and toks[b + 1].norm in DETERMINERS | POSSESSIVES \
            and any(toks[x].norm in word_class("struck-things") for x in range(b + 2, min(n, b + 4))):
        return True
    # "welcomed several hundred guests" receives people; it reports no view (class visitor-nouns)
    if word.lemma == "welcome" and any(toks[x].norm in word_class("visitor-nouns") for x in range(b + 1, min(n, b + 5))):
        return True
    return _offers_a_thing(toks, b, word)


def _offers_a_thing(toks: list[Token], b: int, word: CueWord) -> bool:
    """Does "offer" ending at ``toks[b]`` give a person a thing ("the show offered Trump a platform
    to reach voters", "offered him a seat")? With two objects the verb gives, and a "to" after the
    thing belongs to it (Quirk et al. 1985, ch. 16, ditransitive verbs); only an offer to act, "offered
    to mediate", is a commitment (§6.1)."""
    n = len(toks)
    if word.lemma != "offer" or b + 2 >= n:
        return False
    person, thing = toks[b + 1], toks[b + 2]
    named = person.text[:1].isupper() and _is_word(person) and person.norm not in DETERMINERS | POSSESSIVES
    return (person.norm in OBJECT_PRONOUNS or named) and thing.norm in DETERMINERS | POSSESSIVES


def _noun_by_its_neighbours(toks: list[Token], a: int, b: int, word: CueWord) -> bool:
    """Is the word at ``toks[a:b + 1]`` a noun or part of a compound by its neighbours: before "of"
    or "such as", before a speaker noun or a name, after a hyphen?"""
    n = len(toks)
    first = toks[a]
    # a plain or -s form before "of" is a noun unless the verb takes an of-phrase ("an older,
    # loftier view of the E.U.", "initial reports of the explosion"; but "warned of", "spoke of")
    if b + 1 < n and toks[b + 1].norm == "of" and word.lemma not in word_class("of-lemmas") and not first.norm.endswith(("ed", "ing")) \
            and first.norm not in IRREGULAR_PAST:
        return True
    # a noun before a speaker noun ("state media", "Russian state television"): not a verb
    if a == b and _premodifier(toks, a):
        return True
    # ... and after a singular noun that opens the sentence, before a name: "Battleground state
    # Florida is ...", "Swing state Ohio" (a verb after a singular subject would be "states")
    if a == b and _noun_before_name(toks, a, word):
        return True
    # ... and a word before "such as", which gives examples of a noun ("party advocates such as the
    # Daily Courier", "claims such as these"): a verb takes no "such as" (Quirk et al. 1985 §17.67)
    if b + 2 < n and toks[b + 1].norm == "such" and toks[b + 2].norm == "as":
        return True
    # ... and the object of an -s verb that is never a plural noun: "Kremlin denies report Putin ill"
    if _object_of_s_verb(toks, a):
        return True
    # part of a compound ("Russian-backed", "well-known"): not a reporting verb
    return a > 0 and toks[a - 1].text in ("-", "‐") and toks[a - 1].end == first.start


def _infinitive_after_to(doc, sent, toks, a, b, word, opens) -> _Found | None:
    """The report of an infinitive after "to" with no catenative verb before it, or None: only a
    speaker pressed into speaking or one who turned to a medium is reported ("forced the banker to
    admit that ...", "took to Twitter to accuse ...")."""
    # "The senator forced the banker to admit that ...": the banker speaks, under pressure (as "was
    # forced to admit", §6.1); "The minister took to Twitter to accuse Tarsk of ...": the subject
    # speaks through the medium it turned to (§6.1). The cue is the verb of saying after "to".
    for find, how in ((_pressed_speaker, "forced + speaker + to"), (_platform_speaker, "took to + medium + to"),
                      (_occasion_speaker, "took an occasion + to")):
        speaker = find(toks, a)
        if speaker is None or a != b or not (word.frame == "speech" or _frame_signal(toks, b + 1, word)):
            continue
        # (the audience is no content: "to remind the audience he was ..." -> "he was ...")
        content, kind = _forward_content(doc, sent, toks, _addressee_skip(toks, b + 1, word), opens)
        if content is not None:
            return _Found(speaker, (a, b), content, None, kind, word,
                          f"{VERBS_LEXICON}.tsv: {word.phrase} (after {how})", "forward")
    return None


def _writers_own_words(toks: list[Token], a: int, b: int, word: CueWord, head: int) -> bool:
    """Is the verb the writer's own aside, a comparison, first-person thinking or a generic wish,
    which report nobody (``head`` is where the verb or its catenative verb starts)?"""
    n = len(toks)
    # the writer's own aside to the reader ("It's worth noting that ..."), and a comparison
    # (", compared with females' $93,000"): nobody is reported
    if a > 0 and toks[a - 1].norm == "worth" or (
            word.lemma == "compare" and a > 0 and toks[a - 1].text == "," and b + 1 < n and toks[b + 1].norm in ("with", "to")):
        return True
    # first-person thinking ("I think", "we believe", "you know") is the speaker's own
    # hedge, not a report of someone else's words (Hyland 2005)
    # ("learn" reads a report only with a speaker other than the writer: "She learned that ...";
    # "I've learned that ..." is the speaker's own knowledge, like "I know")
    if (word.frame in ("cognitive", "volition") or word.lemma == "learn") and head > 0:
        k = head - 1  # past auxiliaries, negation and adverbs: "I've learned", "you can see", "I don't want"
        while k > 0 and (toks[k].norm in AUX or toks[k].norm in ("not", "t", "ve", "ll", "d", "m")
                         or toks[k].text in ("'", "’") or _clitic(toks, k) or _is_adverb(toks[k])):
            k -= 1
        if toks[k].norm in ("i", "we", "you"):
            return True
        # nor a generic wish ("a resource for anyone wanting to learn more"): nobody in particular
        if word.frame == "volition" and toks[head - 1].norm in ("anyone", "anybody", "whoever"):
            return True
    return False


def _inside_other_content(toks: list[Token], a: int, b: int, word: CueWord, head: int, found: list,
                          covered: _GrowingIntervals) -> bool:
    """Is the verb part of an earlier relation's content: a wish or plan inside a reported clause,
    or an act that an appeal or an order asks for?"""
    first = toks[a]
    # a wish or plan inside someone else's reported clause is part of that content
    # ("Lavrov said the US wants to contain Moscow": the want is Lavrov's claim; §6.1)
    # (after ", and" or ", but" a clause of the writer's may start: "proposes X, and plans to ...",
    # "has said ..., but he refuses to ..."; the check after the contents are cut decides)
    # (but a refusal to answer after "but" is the reporting speaker's own: "acknowledged that the
    # embassy would close but declined to say for how long")
    # (an offer is a commitment made, not a wish: the check after the contents are cut decides)
    if word.frame == "volition" and not _after_coordinating_comma(toks, head) and covered.has_point(first.start) \
            and not _refusal_to_answer_after_but(toks, head, b) and word.verb_class != "commissive-directive":
        return True
    # a bare verb coordinated with the act an appeal or an order asks for is part of that request
    # ('appealed to the government to “stop hiding” and tell them where he is': the government is
    # asked to tell; §6.1)
    return _inside_request(toks, a, first, word, found)


def _cue_group_start(toks: list[Token], head: int, a: int, b: int, word: CueWord) -> int | None:
    """The first token of the cue group, auxiliaries (and adverbs between them) to the left of
    ``head`` included, or None when the group is no cue ("neither confirmed | nor denied", a negated
    "rule out")."""
    n = len(toks)
    k = head - 1
    # (only auxiliaries right before the verb: "had said", but "has also emphasised" -> "emphasised")
    while k >= 0 and _in_verb_group(toks, k):
        k -= 1
    c0 = k + 1
    # "would neither confirm nor deny that ...": the pair is one refusal, its verb group the cue
    # (the first verb of the pair is no cue of its own: "neither confirmed | nor denied")
    # (and so is "would not confirm or deny": the negation governs both verbs, Quirk et al. 1985 §13.46)
    if c0 > 0 and toks[c0 - 1].norm == "neither" and b + 2 < n and toks[b + 1].norm == "nor" and toks[b + 2].norm in _cue_norms():
        return None
    if a > 0 and _negation_at(toks, a - 1) and b + 2 < n and toks[b + 1].norm == "or" \
            and toks[b + 2].norm in _cue_norms() and toks[b + 2].text.islower():
        return None
    if c0 >= 3 and (toks[c0 - 1].norm == "nor" and toks[c0 - 3].norm == "neither"
                    or toks[c0 - 1].norm == "or" and _negation_at(toks, c0 - 3)
                    and toks[c0 - 2].norm in _cue_norms()) and toks[c0 - 2].text.islower():
        c0 -= 3
        while c0 > 0 and _in_verb_group(toks, c0 - 1):
            c0 -= 1
    # "has not ruled out military options" excludes nothing: it keeps a possibility open, a hedge
    # (hedges.tsv), not a report of an exclusion (and "did not rule out" is no cue either)
    if word.lemma == "rule out" and any(toks[x].norm in ("not", "n't", "never") for x in range(c0, a)):
        return None
    return c0


def _in_verb_group(toks: list[Token], k: int) -> bool:
    """Is ``toks[k]`` an auxiliary of the cue's verb group ("had", "would", "not", the "didn" and "t" of
    "didn't"), not a contracted "'s" or "'re", which stay with the subject as written?"""
    t = toks[k]
    return t.norm in AUX and t.norm not in ("s", "'s") and not _capitalised_modal(toks, k) \
        or _clitic(toks, k) and t.norm not in _CLITICS and t.text not in ("'", "’") \
        or t.text in ("'", "’") and k + 1 < len(toks) and toks[k + 1].norm == "t" and _clitic(toks, k)


def _negation_at(toks: list[Token], k: int) -> bool:
    """Is ``toks[k]`` a negation: "not", "never", or the end of a contracted one ("didn't")?"""
    return toks[k].norm in ("not", "n't", "never") or toks[k].norm == "t" and _clitic(toks, k)


def _after_cue_adverbs(toks: list[Token], after: int) -> int:
    """The index of the first word after the cue (ending before ``after``) past its adverbs."""
    n = len(toks)
    j = after
    # (adverbs after the cue are skipped, but "last" or "next" before a unit of time opens a noun
    # phrase or a time of saying: "said last week's attack was ...", "said last week the talks ...")
    # ("further" before a noun is its adjective: "said further exchanges were expected")
    while j < n and _is_adverb(toks[j]) and not (
            toks[j].norm in ("last", "next", "this") and j + 1 < n and toks[j + 1].norm in UNITS_AFTER_LAST) and not (
            toks[j].norm == "further" and j + 2 < n and toks[j + 1].text.islower() and _is_word(toks[j + 1])
            and toks[j + 1].norm not in AUX | {"that", "to", "and", "on", "in"} and not _is_adverb(toks[j + 1])) and not (
            # an approximator before a number is the content's: "said roughly 4,000 people a day were crossing",
            # "suggested as many as five other people ..."
            j + 1 < n and (_is_number(toks[j + 1]) or toks[j + 1].text.startswith("$"))
            or toks[j].norm == "as" and j + 2 < n and toks[j + 1].norm in ("many", "much", "few", "little", "long")
            and toks[j + 2].norm == "as"
            # ... and "as" opening a clause is no adverb: '“...,” the judge said as she read the ruling',
            # "warned as the talks collapsed", headline "Envoy recalled as spy row widens" (a subordinator
            # of time, Quirk et al. 1985 §15.25: the clause is the writer's setting, no content)
            or toks[j].norm == "as" and _as_opens_a_clause(toks, j)
            # ... nor is the pro-form "as much": "said as much in an interview"
            or toks[j].norm == "as" and _pro_form_width(toks, j) == 2
            or _adverb_in_noun_phrase(toks, j)):
        j += 1
    return _bracketed_aside_end(toks, j)


def _as_opens_a_clause(toks: list[Token], j: int) -> bool:
    """Does the "as" at ``toks[j]`` open a clause with its own subject: a subject pronoun, or a noun
    phrase opened by a determiner, a possessive or a name and followed by a finite verb, within four
    words ("as she read the ruling", "as the talks collapsed", "as Tarsk's envoy left")? A bare word
    after "as" is read as a label or a manner ("described as age-old tactics", "criticized as
    fiendishly complicated"), and "as much" is a pro-form.

    >>> from course.document import build_document
    >>> _as_opens_a_clause(build_document("warned as the talks collapsed").tokens, 1)
    True
    >>> _as_opens_a_clause(build_document("criticized as fiendishly complicated").tokens, 1)
    False
    """
    n = len(toks)
    if j + 1 >= n:
        return False
    nxt = toks[j + 1]
    if nxt.norm in SUBJECT_PRONOUNS - {"it", "there"}:
        return True
    if nxt.norm in ("much", "many", "few", "little", "well", "long", "soon") or not (
            nxt.norm in DETERMINERS | POSSESSIVES - {"that"} or nxt.text[:1].isupper() and _is_word(nxt)):
        return False  # ("suggested as many as five people may have been involved": an approximator)
    for k in range(j + 2, min(n, j + 6)):
        t = toks[k]
        if not _is_word(t) or t.norm in COMPLEMENTIZERS:
            return False
        if t.text.islower() and (t.norm in AUX - {"to"} or _finite_like(t)
                                 or t.norm.endswith("s") and not t.norm.endswith("ss") and toks[k - 1].norm not in DETERMINERS
                                 and not toks[k - 1].norm.endswith("s") and (k + 1 >= n or not _is_word(toks[k + 1]))):
            return True
    return False


#: Words that open a complement two verbs can share: a noun phrase or a clause.
_SHARED_COMPLEMENT_STARTS = DETERMINERS | POSSESSIVES | COMPLEMENTIZERS
#: Words that open no object noun phrase: function words and prepositions ("echoed by ...").
_NOT_OBJECT_STARTS = STOP | NP_PREPOSITIONS | PLACE_PREPOSITIONS


def _shared_complement_start(toks: list[Token], j: int) -> int:
    """Past a second verb coordinated with the cue by "and" or "or" at ``toks[j]``, which shares its
    object or clause with the cue (Quirk et al. 1985 §13.46, coordinated verbs with a shared
    complement): "a candidate who said and did the same things" -> "the same things", "said and wrote
    that the talks had failed" -> the clause. An auxiliary after "and" opens a verb group of its own
    ("said and will say"), and a noun is no verb ("said and the envoy agreed")."""
    n = len(toks)
    if j + 2 >= n or toks[j].norm not in ("and", "or"):
        return j
    verb, first = toks[j + 1], toks[j + 2]
    # (the shared complement follows: a noun phrase or a clause, not a particle, "spoke and walked out")
    if not (first.norm in _SHARED_COMPLEMENT_STARTS or first.text in QUOTE_CHARS):
        return j
    if not verb.text.islower() or verb.norm != "did" and (verb.norm in AUX or not (
            verb.norm in IRREGULAR_PAST or verb.norm.endswith("ed") and len(verb.norm) > 4)):
        return j
    return j + 2


def _bracketed_aside_end(toks: list[Token], j: int) -> int:
    """The index after a short bracketed aside of the writer's at ``toks[j]`` that stands between the
    cue and its that-clause ("which the minister believed (wrongly) that only he could open": the
    aside is the writer's comment, the clause is the content; Quirk et al. 1985 §15.54, parentheticals),
    or ``j``."""
    n = len(toks)
    if j >= n or toks[j].text != "(":
        return j
    close = next((x for x in range(j + 1, min(n - 1, j + 6)) if toks[x].text == ")"), None)
    if close is None or close == j + 1 or toks[close + 1].norm not in ("that", "whether"):
        return j
    if not all(_is_word(toks[x]) for x in range(j + 1, close)):
        return j
    return close + 1


def _adverb_in_noun_phrase(toks: list[Token], j: int) -> bool:
    """Does the adverb ``toks[j]`` grade a participle before a noun, inside the object ("proposed
    **jointly** owned drones", "announced **newly** trained units"), rather than the verb of saying?

    >>> from course.document import build_document
    >>> t = build_document("proposed jointly owned drones and said jointly that ...").tokens
    >>> _adverb_in_noun_phrase(t, 1), _adverb_in_noun_phrase(t, 6)
    (True, False)
    """
    n = len(toks)
    if j + 2 >= n or not toks[j].norm.endswith("ly") or not toks[j + 1].norm.endswith("ed"):
        return False
    noun = toks[j + 2]
    return noun.text.islower() and _is_word(noun) and not _is_adverb(noun) and noun.norm not in \
        AUX | COMPLEMENTIZERS | DETERMINERS | NP_PREPOSITIONS | PLACE_PREPOSITIONS | TIME_PREPOSITIONS | {"by", "to", "and", "or", "but"}


def _participle_on_a_noun(toks: list[Token], a: int, c0: int, j: int, after: int, word: CueWord, passive: bool) -> bool:
    """Is the verb a participle that describes the noun before it and reports nothing ("the boundary
    claimed by Lorvia", "images published last month", "diplomats accused of spying", "documents
    seen at the embassy", "a person briefed on the talks")?"""
    n = len(toks)
    first = toks[a]
    nxt = toks[j] if j < n else None
    # a reduced passive relative ("the boundary claimed by Lorvia") names no reported content
    if not passive and c0 == a and nxt is not None and nxt.norm == "by" and " " not in word.phrase \
            and (first.norm.endswith(("ed", "en")) or first.norm in IRREGULAR_PAST and first.norm != "said"):
        return True
    # ... nor one after a text, which it describes ("said in a report published on Thursday that
    # ...": the clause is the outer verb's)
    # (or after any noun that cannot speak: "Satellite images published last month appear to show")
    if not passive and c0 == a and a > 0 and (first.norm.endswith("ed") or first.norm in IRREGULAR_PAST) \
            and first.norm != "said" and first.norm not in PAST_ONLY and toks[a - 1].text.islower() and _is_word(toks[a - 1]) \
            and (toks[a - 1].norm in document_nouns() or toks[a - 1].norm not in PRONOUNS | STOP | AUX
                 and not _is_adverb(toks[a - 1]) and not _speakerlike(toks, (a - 1, a - 1))) \
            and nxt is not None and nxt.norm in PUBLISHED_WHEN \
            and not (word.verb_class == "commissive-directive" and _frame_signal(toks, j, word)) \
            and not _subject_before_its_clause(toks, a, j):
        # (a request with its act is a finite verb: "The family of a pilot held since May appealed on
        # Monday to the government to ..."; and so is a verb after the sentence's subject with its clause
        # after a setting: "The host suggested on his weekly programme that ...")
        return True
    # ... nor a charge with no one charged before "of" ("five diplomats accused of spying"): the
    # active verb needs its object there ("accused Lorvia of ..."), so this is a reduced passive
    if not passive and c0 == a and a > 0 and first.norm.endswith("ed") and nxt is not None and nxt.norm == "of" \
            and j == after and word.frame in ("speech", "object") and _is_word(toks[a - 1]) \
            and toks[a - 1].norm not in PRONOUNS | STOP | AUX and not _is_adverb(toks[a - 1]) \
            and not (a > 1 and toks[a - 1].text[:1].isupper()) \
            and word.lemma in word_class("object-of-lemmas"):
        # (a name or a pronoun before it is its subject, the object moved out: "companies it accused of
        # supplying drones", "firms Tarsk accused of smuggling")
        return True
    # ... nor one with a place ("potent chemicals found in refrigerants", "documents seen at
    # the embassy"): a past participle right after a common noun, a place, no clause
    # (the noun may open the sentence: "Documents seen at the embassy show that ...")
    # (and a form that is only a participle, never a simple past: "seen", "shown", "written")
    if not passive and c0 == a and a > 0 and nxt is not None and j == after and nxt.norm in PLACE_PREPOSITIONS \
            and (first.norm.endswith("ed") or first.norm in IRREGULAR_PAST | PARTICIPLE_ONLY) and first.norm not in PAST_ONLY \
            and (toks[a - 1].text.islower() or a - 1 == _after_dateline(toks, a - 1) and toks[a - 1].text[1:].islower()
                 and toks[a - 1].norm.endswith("s") and not toks[a - 1].norm.endswith("ss")) \
            and _is_word(toks[a - 1]) and toks[a - 1].norm not in PRONOUNS | STOP | AUX and not _is_adverb(toks[a - 1]) \
            and (_complement_at(toks, j) is None and not _frame_signal(toks, j, word) or _main_verb_after_place(toks, a, j)) \
            and word.frame != "speech" and (_participle_head(toks, a - 1) or first.norm in PARTICIPLE_ONLY):
        return True  # (a form that is only a participle is no verb of its own: "documents seen at")
    # a participle that describes an unnamed speaker ("a person briefed on the talks said"): the
    # cue is the verb after the phrase
    return first.norm in word_class("source-postmodifiers") and c0 == a and a > 0 and toks[a - 1].norm in speaker_nouns() \
        and nxt is not None and j == after and nxt.norm in ("on", "about", "by")


def _main_verb_after_place(toks: list[Token], a: int, j: int) -> bool:
    """Is the clause found after the place phrase at ``toks[j]`` (after the participle at ``toks[a]``)
    another verb's: a verb of saying or showing right before its "that", which agrees with the noun
    before the participle ("documents seen at the embassy **show** that ...": the documents show;
    Quirk et al. 1985 §17.16, a reduced relative clause, and subject-verb concord)? A noun of saying there
    is none ("seen at the press briefing that")."""
    c = _complement_at(toks, j)
    if c is None or toks[c].norm != "that" or c - 1 <= j + 1:
        return False
    verb = toks[c - 1]
    if not (verb.text.isalpha() and verb.text.islower() and verb.norm in _cue_norms()) or verb.norm.endswith(("ing", "ed")) \
            or verb.norm in IRREGULAR_PAST or verb.norm in document_nouns() or verb.norm in _SETTING_NOUNS:
        return False
    plural_head = toks[a - 1].norm.endswith("s") and not toks[a - 1].norm.endswith("ss")
    singular_verb = verb.norm.endswith("s") and not verb.norm.endswith("ss")
    return plural_head != singular_verb


def _subject_before_its_clause(toks: list[Token], a: int, j: int) -> bool:
    """Is the noun phrase before the -ed word at ``toks[a]`` the sentence's subject (it opens the
    sentence, after a dateline), with a reported clause after the setting that follows the word? Then
    the word is the finite verb ("The host suggested on his weekly programme that ..."), not a
    participle describing the noun ("Satellite images published last month appear to show ...", "said
    in a report published on Thursday that ...": the noun phrase is no subject there, or the clause
    is another verb's)."""
    np = _left_np(toks, a - 1)
    c = _complement_at(toks, j) if np is not None and np[0] == _after_dateline(toks, np[0]) else None
    # (no verb of its own before the clause: in "Documents seen at the embassy show that ..." the clause
    # is "show"'s)
    return c is not None and toks[c - 1].norm not in _cue_norms() \
        and not any(_finite_like(toks[x]) for x in range(a + 1, c))


def _called_on_a_day(toks: list[Token], b: int) -> bool:
    """Is the "on" that ends a "call on" cue at ``b`` the start of a day, with no appeal after it?"""
    n = len(toks)
    # "on" before a day is a time, not the particle of "call on", whose object is the one urged:
    # "The meeting that the minister called on Tuesday ended early" (convened, §6.2)
    # (with "on" after the day, the appeal was read before: "called on Monday on Lorvia to ...")
    return toks[b].norm == "on" and _saying_time(toks, b) == 2 and not (
        b + 3 < n and toks[b + 2].norm in ("for", "to") or b + 2 < n and toks[b + 2].text in ("'", "’"))


def _noun_before_a_clause(toks: list[Token], a: int, b: int, c0: int, j: int, after: int, word: CueWord, is_ing: bool,
                          passive: bool, opens) -> bool:
    """Is the word a naming participle, or a noun by the verb or the clause after it ("a militia
    called the Wagner Group", "the document says", "common sense prevailed")?"""
    n = len(toks)
    first = toks[a]
    nxt = toks[j] if j < n else None
    # a participle that names the noun before it ("a militia called the Wagner Group", "an
    # exercise dubbed “Sea Breeze”"): a name, nobody's words
    if word.lemma in word_class("naming-lemmas") and not passive and c0 == a and j == after and _naming_participle(toks, a, j):
        return True
    # a plain or -s form that ends a prepositional phrase before a comma and a new clause is a
    # noun ("In the wake of the New York Times report, Trump has ..."): a verb of saying is followed
    # by its content, a quotation, an adverb or a that-clause ('says, “We will ...”', "said,
    # however, that"), and its subject is no preposition's object (but ", Lavrov says, Moscow ...")
    if nxt is not None and j == after and nxt.text == "," and " " not in word.phrase and not is_ing \
            and not first.norm.endswith("ed") and first.norm not in IRREGULAR_PAST and j + 1 < n \
            and toks[j + 1].start not in opens and (toks[j + 1].text[:1].isupper() or toks[j + 1].text[:1].isdigit()):
        left = _source_left(toks, c0)
        if left is not None and left[0] > 0 and toks[left[0] - 1].norm in _PHRASE_PREPOSITIONS:
            return True
    # a noun heading a subject before a finite reporting verb ("the document says"; but in "a
    # depot that officials said was empty" the reported clause goes on)
    if nxt is not None and j == after and not is_ing and nxt.text.islower() and nxt.norm in _cue_norms() \
            and not (nxt.norm in AUX and (_extracted_subject(toks, c0) or _pseudo_cleft_that(toks, c0, j, word))) \
            and (nxt.norm.endswith("s") or nxt.norm.endswith("ed") or nxt.norm == "said") and not first.norm.endswith(("ed", "ing")) \
            and (first.norm not in IRREGULAR_PAST and first.norm != "says" or nxt.norm in AUX) \
            and not (not first.norm.endswith("s") and c0 > 0 and toks[c0 - 1].text.islower() and toks[c0 - 1].norm.endswith("s")
                     and not toks[c0 - 1].norm.endswith("ss") and toks[c0 - 1].norm not in _cue_norms()) \
            and not _verb_before_plural(toks, a, j):
        # (a plain form after a plural noun is its verb: "The cables reveal doubts about the mission")
        return True
    # ... and the reverse: a plural right after an -s verb with its subject is that verb's object
    # ('Kessia calls claims “fantasy”', "Minister rejects reports of a deal"): a plural subject
    # would not take a singular verb, so the first word is the verb
    if c0 == a and a > 0 and _verb_before_plural(toks, a - 1, a):
        return True
    # ... and a plural noun before a plain verb ("state media reports say", "the statements show"),
    # unless the -s form is never a plural noun: then it is the verb and the plain form after it its
    # object, a noun ("Kremlin denies report Putin ill", "Minister confirms claim ...", class verb-only-s-forms)
    if nxt is not None and j == after and not is_ing and nxt.text.islower() and nxt.norm in _cue_norms() \
            and first.norm.endswith("s") and not first.norm.endswith("ss") and not nxt.norm.endswith(("s", "ing")) \
            and nxt.norm not in ("that", "as") and " " not in word.phrase and first.norm not in word_class("verb-only-s-forms") \
            and not (nxt.norm in AUX and _extracted_subject(toks, c0)):  # ("notes she says were shown")
        return True
    if word.lemma in PASSIVE_NOT_REPORTING and a > 0 and toks[a - 1].norm in BE_FORMS:
        return True
    # a plain or -s form right before a past verb that ends its clause is that verb's subject, a noun:
    # "common sense prevailed: ..." (a past form before a noun is an adjective of the content: "say
    # detained journalists will be freed")
    return nxt is not None and j == after and a == b and c0 == a and nxt.text.islower() and nxt.norm.endswith("ed") \
        and len(nxt.norm) > 4 and nxt.norm not in _cue_norms() and not first.norm.endswith(("ed", "ing")) \
        and first.norm not in IRREGULAR_PAST and word.frame != "noun" \
        and (j + 1 >= n or toks[j + 1].text in (":", ";", ".", ","))


def _act_not_words(toks: list[Token], a: int, b: int, c0: int, word: CueWord) -> bool:
    """Is the verb an act, not speech, or a noun of speech that is an object ("defended the city",
    "renew calls for a ban", "adding criminals to its list", "recognising Ostrava", "would not rule
    out strikes", "stopped short of condemning")?"""
    n = len(toks)
    first = toks[a]
    # "defended the city", "denied the inspectors access": a military act and a refusal, not speech
    ahead = {t.norm for t in toks[b + 1 : b + 6]}
    if word.lemma == "defend" and ahead & word_class("defended-places") \
            or word.lemma == "deny" and ahead & word_class("denied-things"):
        return True
    # an -s form after a determiner and a noun that cannot speak heads a compound noun: "rejected the
    # espionage charges as fabrications" ("the minister charges that ..." is a verb)
    # (the phrase is the object of a past verb before it)
    if c0 == a and a >= 3 and first.norm.endswith("s") and toks[a - 2].norm in DETERMINERS | POSSESSIVES \
            and toks[a - 1].text.islower() and _is_word(toks[a - 1]) and not _is_adverb(toks[a - 1]) \
            and toks[a - 1].norm not in AUX | PRONOUNS | STOP and not _speakerlike(toks, (a - 1, a - 1)) \
            and toks[a - 3].text.islower() and (toks[a - 3].norm.endswith("ed") or toks[a - 3].norm in IRREGULAR_PAST):
        return True
    # an -s form after a verb that follows a modal is that verb's object, a noun: "will inevitably
    # renew calls for a binding ban" (§6.1, nouns naming speech with no content given)
    # (not after a plural noun, which no infinitive is: "the priority given to voters shows ...": "to" is
    # a preposition there and the -s form the clause's verb)
    if c0 == a and a >= 2 and first.norm.endswith("s") and toks[a - 1].text.islower() and _is_word(toks[a - 1]) \
            and toks[a - 1].norm not in AUX | PRONOUNS | STOP and not _bare_plural(toks[a - 1]):
        k = a - 2
        while k >= 0 and _is_adverb(toks[k]):
            k -= 1
        if k >= 0 and toks[k].norm in MODALS | {"to"}:
            return True
    # "echoing Mr. Tarsk", "echoed the minister": echoing a person names whose view is repeated, not the
    # view itself (the content is the view: "echoed the minister's warning that ...")
    if word.lemma == "echo" and _person_object(toks, b + 1):
        return True
    # "add X to Y" puts something into something: 'accused the government of adding “criminals” to its
    # list' reports no words
    if word.lemma == "add" and b + 1 < n and toks[b + 1].norm not in ("that", ",", ":"):
        depth = 0
        for k in range(b + 1, min(n - 1, b + 20)):
            if toks[k].text in QUOTE_CHARS:
                depth ^= 1
            elif depth == 0 and toks[k].norm == "to" and toks[k + 1].norm in DETERMINERS | POSSESSIVES:
                return True
            elif depth == 0 and (toks[k].text in (",", ";", ":") or toks[k].norm == "that"):
                break
    # recognising a state or a government is a diplomatic act, no report: "countries recognising
    # Ostrava would face consequences" ("recognised that the talks had failed" reports)
    if word.lemma in ("recognise", "recognize") and b + 1 < n and toks[b + 1].text[:1].isupper() \
            and toks[b + 1].norm not in ("that",) and _is_word(toks[b + 1]):
        return True
    # a participle at the end of a noun phrase, with the writer's clause after its comma, names no
    # content: "a video purportedly showing one of the men confessing, though it was unclear ..."
    if first.norm.endswith("ing") and c0 == a and b + 2 < n and toks[b + 1].text == "," \
            and toks[b + 2].norm in ("though", "although", "while", "whereas", "but", "as"):
        return True
    # "rule out" is a hedge or a refusal, never "rule" (decide) with content: "would not rule out strikes"
    if first.norm in ("rule", "rules", "ruled", "ruling") and b + 1 < n and toks[b + 1].norm == "out":
        return True
    # a speech act that was not made: "stopped short of condemning", "refrained from criticising"
    return c0 == a and a > 1 and toks[a - 1].norm in ("of", "from") and toks[a - 2].norm in word_class("not-made-words")


def _person_object(toks: list[Token], k: int) -> bool:
    """Is the noun phrase from ``toks[k]`` to the next comma or the sentence's end a person or a body,
    with no possessive and no noun of speech or of a record ("Mr. Tarsk", "the minister",
    "Washington"; not "the minister's warning", "the report")?"""
    n = len(toks)
    e = k
    while e < n and _is_word(toks[e]) and toks[e].text not in ("'", "’"):
        e += 1
    if e == k or e < n and toks[e].text not in (",", ".", ";", ":", "!", "?") \
            or toks[k].norm in _NOT_OBJECT_STARTS:
        return False  # (a passive's agent is no object: "were echoed by tax experts")
    words = toks[k:e]
    if any(w.norm in _content_nouns() or w.norm in word_class("information-nouns") for w in words):
        return False
    return _speakerlike(toks, (k, e - 1))


def _object_moved_before_verb(toks: list[Token], j: int, after: int, first: Token) -> bool:
    """Is the verb one whose noun object was moved before it, an auxiliary right after it ("the
    allegations that Russia denies are serious")?"""
    nxt = toks[j] if j < len(toks) else None
    # a verb whose noun object was moved before it ("the allegations that Russia denies are
    # serious"): an auxiliary follows at once, and the words after it are the main clause's
    # (a verb of saying keeps its clause: "donations, which he said were accompanied by ...")
    return nxt is not None and j == after and first.norm in word_class("speech-object-verbs") and nxt.text.islower() \
        and nxt.norm in AUX - {"s", "'s", "to", "not"} and _complement_at(toks, j) is None


def _object_in_contact_relative(toks: list[Token], c0: int, j: int, first: Token, word: CueWord) -> bool:
    """Is the verb (no participle) in a relative clause without "that" on a noun of speech, its
    object ("a charge Tarsk has rejected as fabricated", "an allegation Kessia denies")?"""
    nxt = toks[j] if j < len(toks) else None
    # ... and one in a relative clause without "that" on a noun of speech ("a charge Tarsk has
    # rejected as fabricated", "an allegation Kessia denies"): the noun is the object, no words are
    # reported (§6.1)
    # (and a label given to it: "a charge Velm has called “absurd”", "an accusation the ministry
    # described as “hysterical”")
    # (only with the object gone: a label right after the verb; "reports that Trump called the
    # winner “Miss Piggy”" names its object, so "that" is a complementizer there)
    labelled = (word.lemma in word_class("naming-lemmas") or word.lemma == "describe") and nxt is not None \
        and (nxt.text in QUOTE_CHARS or nxt.norm == "as")
    if first.norm in word_class("speech-object-verbs") or labelled:
        left = _source_left(toks, c0)
        r = left[0] - 1 if left is not None else -1
        if r > 0 and toks[r].norm in ("that", "which"):
            r -= 1  # "in an account that Ostland's government dismissed as fabricated"
        # (a pronoun is such a subject too: "a charge he denies", "an allegation they reject")
        if left is not None and r >= 0 and left[1] == c0 - 1 \
                and (toks[left[0]].text[:1].isupper() or toks[left[0]].norm in DETERMINERS | POSSESSIVES
                     or left[0] == left[1] and toks[left[0]].norm in SUBJECT_PRONOUNS - {"it", "there"}
                     and not (nxt is not None and nxt.norm in DETERMINERS | POSSESSIVES)) \
                and (toks[r].norm in _content_nouns() or toks[r].norm in word_class("information-nouns")):
            return True
    return False


def _infinitive_next(toks: list[Token], j: int) -> bool:
    """Does a to-infinitive start at ``toks[j]``, its verb in lower case and no determiner ("promising
    to reopen", not "to the council")?"""
    return j < len(toks) and toks[j].norm == "to" and j + 1 < len(toks) and toks[j + 1].text[:1].islower() \
        and toks[j + 1].norm not in DETERMINERS | POSSESSIVES


def _participle_report(doc, sent, toks, b, c0, j, after, cue, word, rule, prev, opens, found) -> _Found | None:
    """The report of a participle (``toks[c0:b + 1]``, an -ing form with no auxiliary), or None:
    "quoted X as saying", a continuation after a comma, a gerund after a preposition, a participle
    after its subject or its noun, an opening or a coordinated participle. A participle that sets
    the scene reports nothing."""
    # "Interfax quoted Lavrov as saying that ...": the words are Lavrov's, the outlet that quotes
    # him is the intermediary, as in the passive "Lavrov was quoted by Interfax as saying" (§6.2)
    if c0 >= 3 and toks[c0 - 1].norm == "as":
        q = _quoting_verb_before(toks, c0 - 1)
        if q is not None:
            content, kind = _forward_content(doc, sent, toks, j, opens)
            last = c0 - 3 if toks[c0 - 2].text == "," else c0 - 2  # (the apposition's closing comma)
            return _Found((q + 1, last), (c0 - 1, b), content, _source_left(toks, q), kind, word,
                          rule + " (quoted X as saying: X speaks, the quoting outlet is the via)", "forward")
    # participial continuation: ", adding that ...", ", saying ...", ", even suggesting ..."
    p_k = c0 - 1
    while p_k > 0 and _is_adverb(toks[p_k]) and toks[p_k].text[:1].islower():
        p_k -= 1
    if p_k != c0 - 1 and p_k >= 0 and toks[p_k].text == ",":
        prev = toks[p_k]
    if prev is not None and prev.text in _CLOSING_QUOTES and c0 >= 2 and toks[c0 - 2].text == ",":
        prev = toks[c0 - 2]  # after a quotation: '..., he said: "We acted lawfully," adding that ...'
    if prev is not None and prev.text == ",":
        if _scene_setting_participle(toks, j, after, word):
            return None
        return _participle_continuation(doc, sent, toks, c0, j, p_k, cue, word, opens, found)
    if prev is not None and prev.norm in GERUND_PREPOSITIONS and (
        word.frame == "speech" or _frame_signal(toks, j, word)
    ):
        return _gerund_after_preposition(doc, sent, toks, c0, j, cue, word, rule, opens, found)
    if word.verb_class == "commissive-directive" and _frame_signal(toks, j, word):
        with_subject = _participle_with_subject(doc, sent, toks, c0, j, cue, word, rule, opens)
        if with_subject is not None:
            return with_subject
    if prev is not None:
        after_noun = _participle_after_noun(doc, sent, toks, c0, j, after, cue, word, rule, prev, opens)
        if after_noun is not None:
            return after_noun
    if all(_is_adverb(toks[x]) for x in range(c0)):
        # a participle that opens the sentence with content of its own reports for the main
        # clause's subject: "Claiming the criticism is designed to ..., Trump told Fox",
        # "Bemoaning the phony system, Trump accused ..."
        found_opening = _opening_participle(doc, sent, toks, c0, j, cue, word, rule, opens)
        if found_opening is not None:
            return found_opening
    if c0 >= 3 and toks[c0 - 1].norm == "and":
        # a second participle coordinated with a first one: ", each touting their record and saying
        # the other lacks ...", "a paper welcoming the plan and calling for talks"
        coordinated = _coordinated_participle(doc, sent, toks, c0, j, cue, word, rule, opens, found)
        if coordinated is not None:
            return coordinated
    # a participle that opens a clause ("Speaking to reporters, ...") sets the scene;
    # the cue is the finite verb it modifies
    return None


def _scene_setting_participle(toks: list[Token], j: int, after: int, word: CueWord) -> bool:
    """Does a participle after a comma set the scene with a preposition, naming no content
    ("Erdogan, speaking after Friday prayers, said ...", "Lind, replying for the government, said")?"""
    nxt = toks[j] if j < len(toks) else None
    if nxt is not None and not _infinitive_next(toks, j) and nxt.norm in SCENE_PREPOSITIONS \
            and _complement_at(toks, j) is None:
        # "Erdogan, speaking after Friday prayers, said ...": a participle that sets the scene
        # names no content; the cue is the finite verb (ANNOTATION.md §6.1)
        return True
    # "Lind, replying for the government, said ...", "speaking for the delegation": "for" names
    # whom the speaker represents, a setting too (a request "calling for talks" is content)
    return nxt is not None and nxt.norm == "for" and j == after \
        and word.verb_class != "commissive-directive" and _complement_at(toks, j) is None


def _participle_continuation(doc, sent, toks, c0, j, p_k, cue, word, opens, found) -> _Found | None:
    """A participle after a comma that goes on with the words of the speaker before it (", adding
    that ...", ", saying ..."), or None when its frame has no content signal."""
    n = len(toks)
    nxt = toks[j] if j < n else None
    if word.frame not in ("speech",) and not _frame_signal(toks, j, word) and not (
        word.frame == "object" and nxt is not None and _is_word(nxt) and nxt.norm not in AUX | {"to", "and", "or"}
    ):
        return None
    content, kind = _forward_content(doc, sent, toks, j, opens)
    # a participle between the subject and its verb ends at the comma before that verb ("The
    # agency, citing a source in the delegation, reported that ..."): the verb is not content
    subj = _subject(toks, c0) if content is not None and c0 >= 2 else None
    if subj is not None and subj[1] == c0 - 2:
        comma = next((x for x in range(j + 1, n - 1) if toks[x].text == "," and toks[x].start < content.end
                      and toks[x + 1].text.islower() and _finite_like(toks[x + 1])), None)
        if comma is not None:
            content = _sentence_content(doc, sent, content.start, toks[comma].start)
            kind = _kind(doc.text, content, "indirect")
    # (an "according to" credits the sentence, not the participle: "spoke for an hour, according
    # to the readout, warning that ...": the speaker warned)
    src_f = next((f for f in reversed(found) if f.cue[0] < c0 and f.kind != "according-to"
                  and not _noun_inside_a_report(toks, f, found)), None)
    if src_f is not None and _closed_relative_report(toks, src_f, c0):
        src_f = None  # "Brisk, who said the talks had failed, left the room, adding ...": Brisk adds
    if src_f is not None and word.lemma in word_class("inference-lemmas") and src_f.content is not None \
            and doc.text[src_f.content.start:src_f.content.end].split(" ", 1)[0].lower() in ("nothing", "little"):
        # "State media said nothing for two days, suggesting that officials were unsure": the silence
        # is the evidence, and the inference from it is the writer's
        return _Found(None, cue, content, None, kind, word, "continuation: , " + word.phrase
                      + " (the writer's inference from a silence)", "forward")
    # (a view of the object keeps its label after "as": ", describing the dam as a threat")
    view = " (a view: object + as + label)" if word.frame in ("object", "ambiguous") and _as_complement(toks, j) else ""
    if src_f is not None:
        f = _Found(src_f.source, cue, content, None, kind, word, "continuation: , " + word.phrase + view, "forward")
        f.source_span = src_f.source_span
        return f
    examples = _such_as_head(toks, p_k)
    if examples is not None:
        return _Found(examples, cue, content, None, kind, word,
                      "continuation: , " + word.phrase + view + " (after examples: the noun phrase before them)", "forward")
    subject = _nearest_clause_subject(toks, c0)
    if word.lemma in word_class("inference-lemmas") and (subject is None or not _speakerlike(toks, subject)):
        # "Prices rose sharply in May, suggesting that the sanctions were working": no one speaks
        # before it, and the writer draws the inference from the clause (ANNOTATION.md §6.1)
        return _Found(None, cue, content, None, kind, word, "continuation: , " + word.phrase
                      + " (the writer's inference from the clause before it)", "forward")
    return _Found(subject, cue, content, None, kind, word, "continuation: , " + word.phrase + view, "forward")


def _noun_inside_a_report(toks: list[Token], f: _Found, found: list[_Found]) -> bool:
    """Is ``f`` a noun of speech inside the content of another relation ("rejected claims by Drava
    that ..., saying ...": the claims are the object of "rejected", and the participle goes on with
    the words of the clause, the government's, not Drava's; §6.1)?"""
    if f.word.frame != "noun":
        return False
    start = toks[f.cue[0]].start
    return any(g is not f and g.content is not None and g.content.start <= start < g.content.end for g in found)


def _gerund_after_preposition(doc, sent, toks, c0, j, cue, word, rule, opens, found=()) -> _Found | None:
    """A gerund after a preposition: "began by saying that ...", "criticised for claiming ...". After a
    comma it goes on with the speaker of the report before it, as a participle does: '“...,” Holt said,
    before adding that ...' (source "Holt")."""
    # (opening the sentence, it reports for the main clause's subject, as an opening participle
    # does: "Despite admitting that he had concerns, the speaker backed the bill")
    if all(not _is_word(toks[x]) or _is_adverb(toks[x]) for x in range(c0 - 1)):
        opening = _opening_participle(doc, sent, toks, c0, j, cue, word, rule + GERUND_RULE, opens)
        if opening is not None or j + 1 < len(toks) and toks[j].norm == "that" and toks[j + 1].text == ",":
            return opening  # ("By saying that, he ...": a demonstrative, no clause)
    content, kind = _forward_content(doc, sent, toks, j, opens)
    content = _aside_content_end(doc, toks, c0 - 1, content)
    src = _subject(toks, c0)
    if c0 >= 2 and toks[c0 - 2].text == ",":
        before = next((f for f in reversed(found) if f.source is not None and f.cue[1] < c0 - 2), None)
        if before is not None and (src is None or before.direction == "backward"):
            src = before.source  # ('“...,” Holt told reporters, before adding that ...': Holt goes on)
    return _Found(src, cue, content, None, kind, word, rule + GERUND_RULE, "forward")


def _participle_with_subject(doc, sent, toks, c0, j, cue, word, rule, opens) -> _Found | None:
    """A commitment or a request in a participle after its own subject ("with the US threatening
    to shut down its embassy": the noun phrase before the participle threatens), or None."""
    src = _source_left(toks, c0)
    if src is not None:  # the participle's own subject: after the last preposition
        cut = [x for x in range(src[0], src[1]) if toks[x].norm in NP_PREPOSITIONS]
        src = (cut[-1] + 1, src[1]) if cut else src
    if src is not None and _speakerlike(toks, src):
        content, kind = _forward_content(doc, sent, toks, j, opens)
        return _Found(src, cue, content, None, kind, word, rule + " (participle with its subject)", "forward")
    return None


def _participle_after_noun(doc, sent, toks, c0, j, after, cue, word, rule, prev, opens) -> _Found | None:
    """A reduced relative clause: a participle after its noun reports for it ("a letter saying that
    ...", "video showing that ...", "a joint statement calling for a ceasefire"), or None."""
    n = len(toks)
    nxt = toks[j] if j < n else None
    if not (_is_word(prev) and prev.norm not in STOP | DETERMINERS | NP_PREPOSITIONS
            and prev.norm not in ("and", "or") and not _is_adverb(prev) and (
            (word.frame == "speech" and nxt is not None and (_complement_at(toks, j) is not None or nxt.start in opens))
            or (word.frame != "speech" and _frame_signal(toks, j, word))
            # a text that asks for something: "a joint statement calling for an immediate ceasefire"
            or (word.verb_class == "commissive-directive" and prev.norm in document_nouns() and nxt is not None
                and _is_word(nxt) and nxt.norm not in AUX)
            # ... and one that states something, its clause without "that": "issued a statement
            # saying the ambassador had been summoned", "a statement calling the arrests illegal"
            or (word.frame in ("speech", "object", "ambiguous") and _document_before(toks, c0) is not None
                and nxt is not None and j == after and _is_word(nxt) and nxt.norm not in AUX | {"to", "and", "or"}
                and nxt.norm not in SCENE_PREPOSITIONS))):
        return None
    # (a time phrase may stand between: "a series of tweets early Friday saying that ...")
    t_end = _skip_time_left(toks, c0 - 1, 0)
    src = _left_np(toks, t_end if 0 <= t_end < c0 - 1 else c0 - 1)
    if src is None:
        return None
    # "Officials released a letter saying ...": the noun phrase starts at its determiner
    # ("ended on Friday with a joint communique pledging ...": "with" a text opens the phrase too)
    dets = [x for x in range(src[0] + 1, src[1] + 1) if toks[x].norm in DETERMINERS | POSSESSIVES
            and toks[x - 1].text[:1].islower() and (toks[x - 1].norm not in NP_PREPOSITIONS | {"and"}
                                                    or toks[x - 1].norm == "with")]
    if dets:
        src = (dets[-1], src[1])
    # ... and keeps its place or addressee: "a message on its website", "a letter to the commission"
    noun = _document_before(toks, c0)
    if noun is not None and noun < c0 - 1 and src[0] > noun:
        head = _left_np(toks, noun)
        if head is not None:
            dets = [x for x in range(head[0], head[1] + 1) if toks[x].norm in DETERMINERS | POSSESSIVES]
            src = (dets[-1] if dets else head[0], c0 - 1)
    content, kind = _forward_content(doc, sent, toks, j, opens)
    # the noun phrase is the sentence's subject: its main verb ends the content ("A draft
    # resolution demanding an immediate ceasefire | was circulated on Tuesday")
    if content is not None and all(not _is_word(toks[x]) or _is_adverb(toks[x]) for x in range(src[0])):
        if _complement_at(toks, j) is not None:
            end = _subject_clause_end(toks, src[1], j + 1)
        else:
            end = next((k for k in range(j + 1, n) if _finite_like(toks[k]) and toks[k - 1].norm not in ("to", "not")), None)
        if end is not None and toks[end].start > content.start:
            content = _sentence_content(doc, sent, content.start, toks[end].start)
    # ... and inside an opening phrase it ends at the comma before the main clause ("In a
    # statement announcing the pick, the union called ...")
    if content is not None and src[0] > 0 and toks[src[0] - 1].norm in ("in", "with", "through") \
            and all(not _is_word(toks[x]) or _is_adverb(toks[x]) for x in range(src[0] - 1)):
        comma = next((k for k in range(j + 1, n) if toks[k].text == "," and toks[k].start < content.end), None)
        if comma is not None:
            content = _sentence_content(doc, sent, content.start, toks[comma].start)
    # (a text's view of an object keeps its label after "as": "a resolution describing the dam as
    # a threat", as "described the talks as constructive")
    view = " (a view: object + as + label)" if word.frame in ("object", "ambiguous") and _as_complement(toks, j) else ""
    return _Found(src, cue, content, None, kind, word, rule + view + " (participle after its noun)", "forward")


def _right_source(toks: list[Token], after: int) -> tuple[int, int] | None:
    """The noun phrase right after the cue, a source in an inverted report ("..., said the report.";
    a text speaks, an accusation does not: "..., rejected the accusations")."""
    n = len(toks)
    right = _right_np(toks, after, n, speech_nouns=True)  # ("..., said the report.")
    if right is not None and toks[right[1]].norm in _cue_norms() and toks[right[1]].norm not in document_nouns():
        right = _right_np(toks, after, n)  # (a text speaks, an accusation does not: "..., rejected the accusations")
    return right


def _inverted_report(doc, sent, toks, a, c0, cue, word, rule, prev, right, closes, opens) -> _Found | None:
    """An inverted report, the cue before its source and the content before both ('..., said the
    minister.', '...,” added Rep. Clyburn'), or None."""
    n = len(toks)
    # inverted order: '..., said the minister.' / '...,” added Rep. Clyburn' (not with a verb
    # whose object is a person: in '..., accused the West of hypocrisy' the West is accused)
    # (a modal never stands in an inverted frame: in "..., may find their citizens wait" the verb
    # group is a clause's own, its subject before the comma; §6.1 "it may find that ..."; nor does
    # any auxiliary: quotative inversion takes a simple verb, Quirk et al. 1985 §14.29, so in "Velm,
    # for its part, has welcomed the move" the subject stands before the comma)
    prev_is_break = prev is not None and (prev.text == "," or prev.start in closes) \
        and word.lemma not in word_class("no-inversion-lemmas") and word.frame not in ("cognitive", "volition") \
        and not any(toks[x].norm in MODALS or toks[x].norm in FINITE_AUX for x in range(c0, a))
    if not (prev_is_break and right is not None and toks[right[0]].norm not in ("that", "it") and (
        toks[right[0]].text[:1].isupper() or toks[right[0]].norm in DETERMINERS or toks[right[0]].norm in PRONOUNS
        or toks[right[0]].norm[:1].isdigit()  # '..., said 9/11 widow Terry Strada.'
        or toks[right[0]].norm in NUMBER_WORDS  # '..., said two officials.'
        # a bare title before a name, of up to three words: '..., said farmer Ivan Petrov.', '..., said
        # opposition leader Karl Weiss.', '..., said former deputy minister Ivan Petrov.'
        or _bare_title_before_name(toks, right)
        # a bare plural of speakers: '“Shame!” shouted members on the government benches', '..., said officials.'
        or toks[right[0]].norm in speaker_nouns() and toks[right[0]].norm.endswith("s")
    ) and not _time_phrase(toks, right) and not any(
        # "..., said the event brought back memories": a verb after a noun starts a clause
        toks[x].text.islower() and (toks[x].norm.endswith("ed") or toks[x].norm in IRREGULAR_PAST)
        and toks[x - 1].norm not in DETERMINERS | POSSESSIVES and not _is_adverb(toks[x - 1])
        and toks[x - 1].text not in ("-", "‐")
        for x in range(right[0] + 1, right[1] + 1)
    ) and not (
        # "said he'd battled": a pronoun with a contracted auxiliary starts the reported clause
        right[0] == right[1] and right[1] + 2 < n and _clitic(toks, right[1] + 1)
    ) and not (prev.text == "," and _long_apposition(toks, c0 - 1) is not None)):
        return None
    end_k = right[1] + 1
    # (a quotation opening after the noun phrase is the reported clause's: 'Merel, asked whether
    # ..., said his company “may consider it”' is no inverted report with source "his company")
    # (a preposition after the noun phrase opens a setting only when no verb follows: in "...,
    # said the wording on sanctions had been watered down" the noun phrase is a clause's subject)
    # (the preposition's own noun phrase is no verb: "shouted members on the government benches")
    pp_np = _right_np(toks, end_k + 1, n) if end_k + 1 < n and toks[end_k].norm != "when" else None
    pp_end = pp_np[1] + 1 if pp_np is not None and pp_np[1] + 2 >= n else end_k + 1
    prep_then_verb = end_k < n and toks[end_k].norm in ("in", "on", "at", "during", "after", "when", "of") and any(
        toks[x].text.islower() and (toks[x].norm in AUX - {"to"} or _finite_like(toks[x])) for x in range(pp_end, n))
    if (prev.start in closes or end_k >= n or not _is_word(toks[end_k]) or toks[end_k].norm in (
        "in", "on", "at", "during", "after", "when", "of"
    )) and not (end_k < n and toks[end_k].start in opens and prev.start not in closes) and not prep_then_verb:
        content = _backward_content(doc, sent, toks, c0, closes)
        if content is not None:
            via = _via(toks, end_k)
            if via is None:
                right = _right_apposition(toks, right)
            return _Found(right, cue, content, via, _kind(doc.text, content, "indirect"), word,
                          rule + " (inverted: cue before source)", "backward")
    return None


def _bare_title_before_name(toks: list[Token], right: tuple[int, int]) -> bool:
    """Does the noun phrase ``right`` open with a bare title of one to three lower-case words before a
    capitalised name ("farmer Ivan Petrov", "opposition leader Karl Weiss", "former deputy minister
    Ivan Petrov"), as a quotative inversion's source may (Quirk et al. 1985 §17.91, titles without an
    article)?

    >>> from course.document import build_document
    >>> t = build_document('"No," said opposition leader Karl Weiss.').tokens
    >>> _bare_title_before_name(t, (5, 8)), _bare_title_before_name(build_document("said the talks").tokens, (1, 2))
    (True, False)
    """
    k = right[0]
    while k < right[1] and k - right[0] < 3 and toks[k].text.isalpha() and toks[k].text.islower() \
            and toks[k].norm not in STOP | NP_PREPOSITIONS | PLACE_PREPOSITIONS | TIME_PREPOSITIONS:
        k += 1
    return right[0] < k <= right[1] and toks[k].text[:1].isupper() and _is_word(toks[k])


def _left_source(toks: list[Token], c0: int) -> tuple[int, int] | None:
    """The source before the cue group starting at ``c0``: the subject (or the subject raised
    before it), without a coordinated verb, with a list of names and a relative clause."""
    src = _whose_source(toks, _source_left(toks, c0))
    if src is None:
        src = _raised_subject(toks, c0)
    last = src[1] if src is not None else -1
    while src is not None and last > src[0] and (_is_adverb(toks[last]) or toks[last].norm == "almost") \
            and toks[last].text[:1].islower():
        last -= 1  # ("... and almost immediately disclosed them": adverbs after the "and")
    if src is not None and toks[last].norm in ("and", "but"):
        src = None  # "... out of the car and repeatedly says": a coordinated verb (below)
    # a list of names before "and" is one source: "Britain, France and Germany jointly accused"
    if src is not None and toks[src[0]].text[:1].isupper() and any(toks[x].norm == "and" for x in range(src[0], src[1])):
        while src[0] >= 2 and toks[src[0] - 1].text == "," and toks[src[0] - 2].text[:1].isupper():
            left = _left_np(toks, src[0] - 2)
            if left is None or not toks[left[0]].text[:1].isupper() and toks[left[0]].norm not in DETERMINERS \
                    or left[0] > 0 and toks[left[0] - 1].norm in _PHRASE_PREPOSITIONS | {"after", "before", "since", "like"}:
                break  # ("In Moscow, Lavrov and Shoigu said": a setting, not one of the speakers)
            src = (left[0], src[1])
    if src is not None:
        # a relative clause belongs to the source before the checks below look at its edges
        src = _relative_source(toks, src) or src
    return src


def _source_with_its_phrase(toks: list[Token], src: tuple[int, int]) -> tuple[int, int]:
    """The source ``src`` widened to the noun phrase it ends: a text with its author or who saw or
    signed it, a speaker noun with its participle or adjective, or with a participle of motion."""
    # the author of a text is part of its noun phrase: "A report by the security firm Greyline Labs
    # found ...", "An analysis by Factlab suggested ..." (the source is the whole phrase, §6.2)
    if src[0] >= 2 and toks[src[0] - 1].norm == "by" and toks[src[0] - 2].norm in document_nouns():
        head = _left_np(toks, src[0] - 2)
        if head is not None:
            src = (head[0], src[1])
    # ... and so is who saw it or signed it: "A draft of the proposal seen by The Associated Press
    # says ...", "A letter signed by 40 lawmakers urged ..."
    # (a time may date the participle: "a report published on Tuesday by the Velm Institute says")
    made = _skip_time_left(toks, src[0] - 2, 0) if src[0] >= 3 and toks[src[0] - 1].norm == "by" else -1
    if made >= 1 and toks[made].norm in TEXT_PARTICIPLE_AGENTS:
        head = _left_np(toks, made - 1)
        if head is not None and any(toks[x].norm in document_nouns() or toks[x].norm[:-1] in document_nouns()
                                    or toks[x].norm in ("draft", "drafts", "copy", "memo", "document", "documents")
                                    for x in range(head[0], head[1] + 1)):
            src = (head[0], src[1])
    # a participle or an adjective after the speaker noun takes its phrase along: "a person briefed
    # on the talks said", "a source close to the president said", "officials involved in the talks"
    if src[0] >= 3 and toks[src[0] - 1].norm in ("on", "in", "to", "with", "about", "by") \
            and toks[src[0] - 2].norm in word_class("source-postmodifiers"):
        head = _left_np(toks, src[0] - 3)
        if head is not None and _speakerlike(toks, head):
            src = (head[0], src[1])
    # ... and so does a participle of motion or place with its phrase: "Protesters marching through
    # the capital chanted ...", "Crowds gathered outside the embassy shouted ..."
    return _moving_speaker(toks, src) or src


def _source_over_preposition(toks: list[Token], src: tuple[int, int]) -> tuple[int, int] | None:
    """The source ``src``, or the noun phrase before the preposition whose object it is when that
    noun can speak or show; None when it cannot: then nobody is reported."""
    # the object of a preposition inside a larger noun phrase is not the subject ("an armed attack
    # on Philippine vessels would invoke its defence commitments": the vessels invoke nothing)
    if src[0] >= 2 and toks[src[0] - 1].norm in OBJECT_PREPOSITIONS \
            and toks[src[0] - 2].text.islower() and _is_word(toks[src[0] - 2]) and toks[src[0] - 2].norm not in speaker_nouns():
        # ... unless the noun before the preposition can speak or show: then the whole phrase is the
        # source ("A document on the campaign's website states that ...")
        head = _left_np(toks, src[0] - 2)
        noun = toks[src[0] - 2].norm
        known = word_class("information-nouns")
        # (a participle of finding or seizing with its phrase after the noun is a reduced relative
        # clause, Quirk et al. 1985 ch. 17, nonfinite postmodification: what was found is evidence, the
        # subject as it is without the phrase, "material found on their phones pointed to ..." as "the
        # material pointed to ..."; "an attack launched on Tarsk vessels would invoke ..." is none)
        reduced = head is not None and head[0] < src[0] - 2 and toks[src[0] - 2].text.islower() \
            and noun in word_class("discovery-participles") and toks[src[0] - 3].text.isalpha()
        if head is None or not (_speakerlike(toks, head) or noun in known or noun + "s" in known or reduced):
            return None
        src = (head[0], src[1])
    return src


def _headline_passive(toks: list[Token], src: tuple[int, int], a: int, c0: int, after: int, passive: bool) -> bool:
    """Is the verb a headline's passive without its "be": a past participle with no object after a
    singular noun that cannot speak ("Hessel death toll disputed as sides trade figures")?"""
    n = len(toks)
    first = toks[a]
    # a past participle with no object after a singular noun that cannot speak is a passive without
    # its "be", as headlines write it ("Hessel death toll disputed as sides trade figures"): the toll
    # says nothing; who disputes it is not named
    # (only in a headline, with no final punctuation: "A friend commented: ..." speaks)
    return not passive and c0 == a and first.norm.endswith("ed") and first.text.islower() \
        and toks[src[1]].text.islower() and _is_word(toks[src[1]]) and not toks[src[1]].norm.endswith("s") \
        and toks[src[1]].norm not in speaker_nouns() | word_class("information-nouns") | document_nouns() | PRONOUNS \
        and not toks[src[1]].norm.endswith(("er", "or", "ist", "ian", "ant", "ent")) \
        and toks[-1].text not in FINAL_PUNCT and toks[-1].text not in QUOTE_CHARS \
        and (after >= n or toks[after].norm in _HEADLINE_PASSIVE_NEXT)


#: Words after a cue that open a setting of the saying or a subordinate clause, not its content.
_ENDING_WORDS = frozenset("in on at during after by when to of about as while before".split())


#: Subordinators of time that open the occasion of speaking after a quotation ('“...,” she said
#: when she arrived'), where no question can follow: the quotation is the content.
_OCCASION_SUBORDINATORS = frozenset("when as while before after once".split())


def _report_ends_at(toks: list[Token], j: int, word, after_quote: bool = False) -> bool:
    """Does the report end before ``toks[j]``: nothing, a punctuation mark, or a preposition or a
    subordinator that opens no content ("said in Geneva", "said as he arrived"; but "said in a
    statement that ..." goes on, and so does "could threaten to liquidate", not "respond to requests")?
    After a quotation, a subordinator of time opens the occasion, not a question
    (``after_quote``: '“...,” she said when she arrived')."""
    n = len(toks)
    if j >= n or not _is_word(toks[j]):
        return True
    if _pro_form_width(toks, j) == 2:
        return False  # the pro-form "as much" is the content: "Popper predicted as much"
    if after_quote and toks[j].norm in _OCCASION_SUBORDINATORS:
        return True
    if after_quote and toks[j].norm in ("on", "in", "to") and _quoted_title_after(toks, j):
        return True  # the programme or paper it was said on: '“...,” Brisk said on Velm Radio's “Morning Hour.”'
    return toks[j].norm in _ENDING_WORDS and _complement_at(toks, j) is None and not (
        _infinitive_next(toks, j) and (word.frame != "speech" or word.verb_class == "commissive-directive")
        and not (toks[j + 1].norm.endswith("s") and not toks[j + 1].norm.endswith(("ss", "us"))))


def _past_audience_and_time(toks: list[Token], j: int, word) -> int:
    """Where the words after a cue's audience and its time of saying start ("told me on Friday, ..."
    -> the comma), from ``toks[j]``, the word after the cue."""
    n = len(toks)
    if j < n and word.lemma in word_class("addressee-lemmas") and toks[j].norm in OBJECT_PRONOUNS | speaker_nouns():
        j += 1
    return j + _saying_time(toks, j) if j < n else j


def _quoted_title_after(toks: list[Token], j: int) -> bool:
    """Does a quoted title follow the preposition ``toks[j]``, straight or after the name of its
    owner ('on “Morning Hour”', "on Velm Radio's “Morning Hour”"), ending the sentence?"""
    n = len(toks)
    k = j + 1
    while k < n and k - j <= 6 and (_is_word(toks[k]) and toks[k].text[:1].isupper() or toks[k].text in ("'", "’", "s")):
        k += 1
    if k >= n or toks[k].text not in QUOTE_CHARS:
        return False
    close = next((m for m in range(k + 1, min(n, k + 10)) if toks[m].text in QUOTE_CHARS), None)
    return close is not None and (all(not _is_word(t) for t in toks[close + 1:]) or toks[close - 1].text == ","
                                  or close + 1 < n and toks[close + 1].text == ",") and all(
        _is_word(toks[m]) and toks[m].text[:1].isupper() or toks[m].text in ".,!?'’" or toks[m].norm in ("and", "the", "of")
        for m in range(k + 1, close))


#: Wh-words an object may move into before its clause ("what, if anything, Velm had offered").
_MOVED_OBJECT_WORDS = frozenset("what which how much many".split())


def _backward_report(doc, sent, toks, src, a, b, c0, j, after, cue, word, rule, closes, opens) -> _Found | None:
    """A report whose source ``src`` stands before the cue and whose content is not after it: the
    content before both, a report set in the middle of its clause, or a quotation that ended the
    previous sentence; None otherwise."""
    n = len(toks)
    text = doc.text
    nxt = toks[j] if j < n else None
    s0 = src[0]
    if src[0] == src[1] and toks[s0].norm in ("which", "who", "that") and s0 > 0 and toks[s0 - 1].text == ",":
        return None  # a comma relative clause reports forward: "Velm, which vowed to rebuild the port, ..."
    before = toks[s0 - 1] if s0 > 0 else None
    if before is not None and before.text == "," and s0 >= 5 and toks[s0 - 4].text == "," \
            and toks[s0 - 3].norm == "if" and toks[s0 - 2].norm in ("anything", "any") \
            and toks[s0 - 5].norm in _MOVED_OBJECT_WORDS:
        # "Nobody knows what, if anything, the minister said to him": the object moved into "what",
        # and the aside "if anything" is no clause reported (§6.2, an object moved into "what")
        if word.frame != "speech":
            return None
        w = toks[s0 - 5]
        return _Found(src, cue, _sentence_content(doc, sent, w.start, w.end), None, "indirect", word,
                      rule + " (object moved into a wh-word before 'if anything')", "backward")
    back = before is not None and (before.text == "," or before.start in closes)
    after_quote = before is not None and before.start in closes
    ends = _report_ends_at(toks, j, word, after_quote) or _addressee_ends(toks, j, word) or _only_time_left(toks, j)
    # a time of saying before a setting or a subordinate clause: '“...,” Brisk said Friday as he
    # entered the talks' (the day says when, and the as-clause is the writer's setting)
    timed = _saying_time(toks, j) if nxt is not None else 0
    while timed and j + timed < n and toks[j + timed].norm in TIME_WORDS:
        timed += 1  # "said Thursday morning on ..."
    if not ends and timed and j + timed < n and toks[j + timed].norm in _ENDING_WORDS | _OCCASION_SUBORDINATORS:
        ends = _report_ends_at(toks, j + timed, word, after_quote)
    quote_follows = nxt is not None and nxt.text == "," and j + 1 < n and toks[j + 1].start in opens
    # (a quotation split by its reporting clause, '“A,” she said, “B.”', keeps its first fragment: §6.2)
    split_quote = quote_follows and before is not None and before.start in closes
    # ... also with an audience, a place or a time between the cue and the second fragment: '“A,”
    # Renn told reporters in Velm, “B.”'
    # (only when the first fragment opens the sentence: a quoted title inside the clause, "the
    # anthem ''A Change Is Gonna Come,'' she added the words, ''...''", is no fragment)
    if not split_quote and before is not None and before.start in closes \
            and closes[before.start][0] <= toks[0].start:
        for x in range(j, min(n - 1, j + 8)):
            if toks[x].text == "," and toks[x + 1].start in opens and x > j:
                quote_follows = split_quote = ends = True
                break
            if not _is_word(toks[x]) and toks[x].text not in ("-", "'", "’"):
                break
    # (a future or modal verb reports nothing said before it: "Make no mistake, we will respond.")
    modal = any(toks[x].norm in ("will", "shall", "can", "must", "may", "might", "ll") for x in range(c0, a))
    if back and before.text == "," and not modal and nxt is not None:
        parenthetical = _parenthetical_with_setting(doc, sent, toks, src, j, cue, word, rule, closes)
        if parenthetical is not None:
            return parenthetical
    # a preposition left at the end of the cue ("a possibility its leaders have hinted at before")
    # has lost its object to a relative clause on the noun before: the clause before is no content
    stranded = " " in word.phrase and toks[b].norm in _STRANDED_PARTICLES and ends
    if back and ends and not modal and not stranded and (not quote_follows or split_quote) \
            and not (nxt is not None and (nxt.text == ":" or nxt.start in opens)):
        content = _backward_content(doc, sent, toks, s0, closes)
        pj = _past_audience_and_time(toks, j, word)
        if content is not None and pj < n and toks[pj].text == "," and pj + 1 < n and _is_word(toks[pj + 1]) \
                and before is not None and before.text == "," and len(content.text.split()) <= 4 \
                and not any(_finite_like(x) for x in toks if content.start <= x.start < content.end):
            # a report set in the middle of its clause: "Lorvia, she said, was prepared to allow
            # inspectors ...": the subject alone is no claim; the content is the clause's rest (also
            # with the audience and the day: "The difference now, he told me on Friday, is that ...");
            # a participle after the comma is the speaker's next act, no rest of a clause, and the
            # phrase before the source is no content either ("Asked about the report, the ministry
            # declined, saying it would not comment": the participle reports for itself)
            if toks[pj + 1].text.islower() and toks[pj + 1].norm.endswith("ing"):
                return None
            content = _sentence_content(doc, sent, toks[pj + 1].start)
            return _Found(src, cue, content, None, _kind(text, content, "indirect"), word,
                          rule + " (parenthetical: the clause goes on after the cue)", "forward")
        if content is not None:
            via = _via(toks, after) or _quoted_by_at_end(toks, j)
            return _Found(src, cue, content, via, _kind(text, content, "indirect"), word,
                          rule + " (inverted: source before cue, content before both)", "backward")
    # the quotation ended the previous sentence: '“... is?” Graham asked.' (the sentence ends
    # at the cue, its audience or a time; a negated verb reports nothing: 'The Treasury did not
    # respond to a request for comment.')
    short = nxt is None or not _is_word(nxt) or _addressee_ends(toks, j, word) or _only_time_left(toks, j) \
        or nxt.norm in ("in", "on", "at") and _only_time_left(toks, j + 1)
    negated = any(toks[x].norm in ("not", "never", "t") for x in range(c0, a))
    if s0 == 0 and ends and short and not negated and (nxt is None or nxt.text != ":"):
        q = _quote_before(doc, sent, closes)
        if q is not None:
            content = _quote_interior(doc, q)
            return _Found(src, cue, content, None, _kind(text, content, "direct"), word,
                          rule + " (source and cue after a quotation that ends the previous sentence)",
                          "backward")
    return None


def _parenthetical_with_setting(doc, sent, toks, src, j, cue, word, rule, closes) -> _Found | None:
    """A report set in the middle of its clause after a comma, with its setting or its audience
    before the clause goes on: "Tarsk, the newspaper said in an editorial, was ...", "Lorvia, she
    told reporters, was ready to talk" (§6.2); None otherwise."""
    n = len(toks)
    nxt = toks[j]
    # a report set in the middle of its clause with its setting: "Tarsk, the newspaper said in an
    # editorial, was ...", "Her client, she said outside the court, had been ..." (§6.2)
    pc = _setting_comma(toks, j) if nxt.text != "," else None
    # ... or with its audience, and an intermediary after it: "Strand, she told the agency KNA,
    # quoted by Ostland media, was ...", "Lorvia, she told reporters, was ready to talk" (§6.2)
    mid_via = None
    if pc is None and _is_word(nxt) and word.lemma in word_class("addressee-lemmas") and _complement_at(toks, j) is None:
        hop = _quoted_by_hop(toks, j)
        aud = _right_np(toks, j, n)
        if hop is not None and hop[1] < n and _is_word(toks[hop[1]]):
            mid_via, pc = hop[0], hop[1] - 1
        elif aud is not None and aud[1] + 2 < n and toks[aud[1] + 1].text == "," and _is_word(toks[aud[1] + 2]):
            pc = aud[1] + 1
    if pc is None:
        return None
    content = _backward_content(doc, sent, toks, src[0], closes)
    if content is not None and len(content.text.split()) <= 4 \
            and not any(_finite_like(x) for x in toks if content.start <= x.start < content.end):
        content = _sentence_content(doc, sent, toks[pc + 1].start)
        return _Found(src, cue, content, mid_via, _kind(doc.text, content, "indirect"), word,
                      rule + " (parenthetical with its setting: the clause goes on after the comma)", "forward")
    return None


def _inverted_at_opening(doc, sent, toks, right, cue, word, rule, closes, opens) -> _Found | None:
    """A cue that opens the sentence before its source, with the content after a colon ('Said Ellis:
    “I don't get the sense ...”') or in the quotation that ended the previous sentence ('“... is?”
    asked Graham.'), or None."""
    n = len(toks)
    if right[1] + 2 < n and toks[right[1] + 1].text == ":" and toks[right[0]].text[:1].isupper():
        # 'Said Ellis: “I don't get the sense ...”': the cue opens the sentence, the colon the content
        content, kind = _forward_content(doc, sent, toks, right[1] + 1, opens)
        return _Found(right, cue, content, None, kind, word, rule + " (inverted, before a colon)", "forward")
    if right[1] + 1 >= n or not _is_word(toks[right[1] + 1]) or _place_postmodifier_end(toks, right[1] + 1) is not None:
        # '“... is?” asked Graham.'
        # (the source keeps a phrase of place to the end: '“Shame!” shouted members on the
        # government benches.'; §6.2 as written)
        pm = _place_postmodifier_end(toks, right[1] + 1)
        if pm is not None:
            right = (right[0], pm)
        q = _quote_before(doc, sent, closes)
        if q is not None:
            content = _quote_interior(doc, q)
            return _Found(right, cue, content, None, _kind(doc.text, content, "direct"), word,
                          rule + " (inverted, after a quotation that ends the previous sentence)", "backward")
    return None


#: Words that join a second clause to a headline's first ("Talks collapse as Tarsk walks out"): the
#: predicate before the comma is then no one subject's.
_HEADLINE_CLAUSE_LINKS = frozenset("as while when after before because since if unless until amid and but or".split())


def _headline_subject(sent, toks: list[Token], c0: int) -> tuple[int, int] | None:
    """The subject of a headline's first predicate, which a present-tense verb after a comma shares
    ("Tarsk suspends arms treaty, says Velm violated it first": "Tarsk" says), or None.

    Headlines drop "and" between two predicates of one subject and write them in the present
    (Biber et al. 1999 §3.6, block language; Quirk et al. 1985 §13.59, asyndetic coordination): the
    sentence is a headline (a heading line, or one with no final punctuation), the cue is a present
    "-s" form right after the comma, and the words before the comma are one predicate, a present
    "-s" verb after a subject that opens the sentence, with no comma or auxiliary of a body clause.

    >>> from course.document import build_document
    >>> d = build_document("Velm expels envoy, accuses Tarsk of spying")
    >>> _headline_subject(d.sentences[0], d.tokens, 4)
    (0, 0)
    """
    n = len(toks)
    cue = toks[c0]
    if c0 < 3 or toks[c0 - 1].text != "," or not cue.text.islower() or not cue.norm.endswith("s") or cue.norm.endswith("ss"):
        return None
    if getattr(sent, "kind", "body") != "heading" and (toks[-1].text in FINAL_PUNCT or toks[-1].text in QUOTE_CHARS):
        return None
    begin = _after_dateline(toks, c0)
    if n <= c0 + 1 or any(not _is_word(toks[x]) and toks[x].text not in ("'", "’") or toks[x].norm in AUX
                          or toks[x].norm in _HEADLINE_CLAUSE_LINKS for x in range(begin, c0 - 1)):
        return None
    # the first predicate's verb: a lower-case present "-s" form right after the opening subject
    for v in range(begin + 1, c0 - 1):
        if toks[v].text.islower() and toks[v].norm.endswith("s") and not toks[v].norm.endswith("ss") and _is_word(toks[v]):
            subj = _subject(toks, v)
            if subj is not None and subj[0] == begin and subj[1] == v - 1:
                return subj
    return None


def _coordinated_source(toks, c0, src, first, found, rule) -> tuple[tuple[int, int] | None, str]:
    """The source and the rule of a verb coordinated with an earlier one by "and" or "but", which
    shares its subject ("Calder pledged that ... and said she ...", "His ex-wife agreed, but also
    contended that ..."); ``src`` and ``rule`` unchanged otherwise."""
    # coordinated verbs share their subject: "Calder pledged that ... and said she ...",
    # "His ex-wife agreed, but also contended that ..."; in a headline a comma may stand for "and"
    # before a second verb in the present ("Velm says talks dead, vows to retaliate")
    if src is None and c0 >= 2 and toks[c0 - 1].text == ",":
        prior = next((f for f in reversed(found) if f.cue[1] < c0 - 1), None)
        if prior is not None and prior.source is not None and prior.direction == "forward" and prior.content is not None \
                and prior.content.start <= toks[c0].start < prior.content.end:
            k0 = next((x for x in range(prior.cue[1] + 1, c0) if toks[x].start >= prior.content.start), None)
            if k0 is not None and _present_predicate_comma(toks, prior.cue, k0) == c0 - 1:
                return prior.source, rule + " (coordinated after a comma: shares the subject)"
    conj = c0 - 1
    while conj > 0 and _is_adverb(toks[conj]) and toks[conj].text[:1].islower():
        conj -= 1
    if src is None and conj > 0 and conj < c0 - 1 and toks[conj].norm in ("and", "but"):
        c0_coord = conj + 1
    else:
        c0_coord = c0
    if not (c0_coord > 0 and toks[c0_coord - 1].norm in ("and", "but") and (toks[c0_coord - 1].norm == "and" or src is None)):
        return src, rule
    prior = next((f for f in reversed(found) if f.cue[1] < c0_coord and f.source is not None
                  and not _closed_relative_report(toks, f, c0_coord)), None)
    if prior is not None and prior.cue[0] == prior.cue[1] and _tense_breaks(toks, prior.cue[1], c0):
        return src, rule
    clause_subject = _reported_clause_subject(toks, prior, c0) if prior is not None else None
    if clause_subject is not None:
        return clause_subject, rule + " (the reported clause's second verb: shares its subject)"
    # a report nested in another's content whose source cannot speak ("said the decisions
    # confirmed that ... and warned that ..."): the verb after "and" is the outer speaker's
    if prior is not None and prior.direction == "forward" and not _holder(toks, prior.source):
        outer = next((f for f in reversed(found) if f.cue[1] < prior.cue[0] and f.source is not None
                      and f.direction == "forward" and f.content is not None
                      and f.content.start <= toks[prior.cue[0]].start < f.content.end and _holder(toks, f.source)), None)
        prior = outer or prior
    if prior is not None and prior.direction == "forward":
        return prior.source, rule + " (coordinated: shares the subject)"
    if prior is not None and prior.direction == "backward" and prior.kind != "according-to" and c0_coord - prior.cue[1] <= 6 \
            and toks[c0_coord - 2].text == "," and all(
                _is_word(toks[x]) and toks[x].norm not in AUX for x in range(prior.cue[1] + 1, c0_coord - 2)):
        # "..., a senior official told reporters, but cautioned that ...": the inverted
        # source goes on speaking
        return prior.source, rule + " (coordinated: shares the inverted source)"
    return _first_verbs_subject(toks, c0_coord, first, rule)


def _reported_clause_subject(toks: list[Token], prior: _Found, c0: int) -> tuple[int, int] | None:
    """The subject of the clause ``prior`` reports when the verb group after "and" at ``c0`` opens with
    that clause's perfect auxiliary and not with the auxiliary of ``prior``'s own cue: in "It said the
    two leaders **had** held a conversation and **had** agreed to keep channels open" the second "had"
    goes on with "the two leaders" (coordinated verbs share their tense, Quirk et al. 1985 §13.5), while
    in "The ministry **had** said the envoy left and **had** promised to return" it goes back to the
    ministry. Returns the subject's token range, or None.

    >>> from course.document import build_document
    >>> from course.lenses.attribution import annotate
    >>> [(r.source.text, r.cue.text) for r in annotate(build_document(
    ...     "It said the two leaders had held talks and had agreed to meet again."))[0]]
    [('It', 'said'), ('the two leaders', 'had agreed')]
    """
    aux = toks[c0].norm
    if aux not in ("had", "has", "have") or prior.content is None or prior.direction != "forward" \
            or toks[prior.cue[0]].norm == aux:
        return None
    k0 = next((x for x in range(prior.cue[1] + 1, c0) if toks[x].start >= prior.content.start), None)
    if k0 is None:
        return None
    x = next((x for x in range(k0 + 1, min(c0, k0 + 6)) if toks[x].norm == aux), None)
    if x is None or not all(_is_word(toks[y]) and toks[y].norm not in AUX and not _finite_like(toks[y])
                            for y in range(k0, x)):
        return None
    return (k0, x - 1)


def _tense_breaks(toks: list[Token], head: int, c0: int) -> bool:
    """Does the plain form at ``toks[c0]`` break the tense of the simple past ``toks[head]`` before it,
    so that the two cannot be verbs coordinated on one subject? In "Schiff told the series that
    hacking of the committee and **state** election offices can be traced ...", "state" after a past
    "told" is a noun before "election offices", not a second verb of Schiff's (coordinated verbs
    share their tense, Quirk et al. 1985 §13.5); "said ... and warned" and "says ... and adds" agree.

    >>> from course.document import build_document
    >>> t = build_document("He told them that hacking and state offices were hit.").tokens
    >>> _tense_breaks(t, 1, 6)
    True
    """
    verb, plain = toks[head], toks[c0]
    past = verb.norm.endswith("ed") or verb.norm in IRREGULAR_PAST
    return past and plain.text.islower() and not (plain.norm.endswith(("ed", "s", "ing")) or plain.norm in IRREGULAR_PAST
                                                    or plain.norm in AUX)


def _first_verbs_subject(toks, c0_coord, first, rule) -> tuple[tuple[int, int] | None, str]:
    """The source and the rule of the second of two coordinated verbs when the first reported
    nothing ("I laughed and said", "He claimed vast wealth and said"): the clause subject, never the
    words just before "and"."""
    # no reported first verb ("I laughed and said", "He claimed vast wealth and said"):
    # the clause subject is the speaker, never the words just before "and"
    subj = _subject(toks, c0_coord)
    subj, head = _first_conjunct_subject(toks, subj, c0_coord) if subj is not None else (None, None)
    src = subj if subj is not None and subj[1] < c0_coord - 1 and (
        _speakerlike(toks, head) or any(toks[x].norm in document_nouns() for x in range(head[0], head[1] + 1))
        or head[1] > head[0] and toks[head[0] + 1].norm == "who") \
        and not any(toks[x].norm == "and" for x in range(subj[1] + 1, subj[1] + 2)) else None
    # ... best read off the first conjunct's own verb: "I laughed and said", "His ex-wife
    # agreed, but also contended"
    v = c0_coord - 2
    if v >= 0 and toks[v].text == ",":
        v -= 1
    if v > 0 and toks[v].text.islower() and (toks[v].norm.endswith("ed") or toks[v].norm in IRREGULAR_PAST) \
            and not _is_adverb(toks[v]):
        own = _source_left(toks, v)
        own = _repair_source(toks, own) if own is not None else None
        if own is not None and toks[own[0]].norm not in ("it", "there") and own[1] == v - 1:
            src = own
    # ... and a passive first verb makes the subject the audience of the second ("The
    # ambassador was handed a note and told that ...": told by someone unnamed, §6.1)
    pv = c0_coord - 2
    while pv > 0 and toks[pv].text != "," and _is_word(toks[pv]) and not (toks[pv - 1].norm in BE_FORMS
                                                                           and (toks[pv].norm.endswith("ed") or toks[pv].norm in IRREGULAR_PAST)):
        pv -= 1
    if src is not None and pv > 0 and toks[pv - 1].norm in BE_FORMS and (
            toks[pv].norm.endswith("ed") or toks[pv].norm in IRREGULAR_PAST) and src[1] < pv - 1 \
            and first.norm in ("told", "informed", "warned", "asked", "assured", "reminded"):
        src = None
        rule += " (coordinated with a passive: the subject is the audience)"
    if src is not None:
        rule += " (coordinated: shares the clause subject)"
    return src, rule


def _via_and_start(toks, src, c0, j, after, rule) -> tuple[tuple[int, int] | None, tuple[int, int] | None, int]:
    """The source, the intermediary ("X said, quoted by Y", "X, quoted by Y, said", "a diplomat
    quoted by Y said") and the index where the forward content starts."""
    # forward: "X said (that) ...", "X told reporters that ...", "X was quoted as saying by Y"
    via = _via(toks, after)
    start = j
    if via is not None:
        return src, via, via[1] + 1
    hop = _quoted_by_hop(toks, j)
    if hop is not None:
        via, start = hop
    elif src is not None and src[1] + 1 < c0:
        # between the source and its verb: "Lorvian President Ilka Soren, quoted by the state
        # agency LNA, thanked the mediators and insisted that ..."
        # (after another aside too: "Saski, speaking to the broadcaster LTV, quoted by ONA, said")
        between = next((h for h in (_quoted_by_hop(toks, x) for x in range(src[1] + 1, c0) if toks[x].text == ",")
                        if h is not None), None)
        if between is not None and (between[1] == c0 or "(coordinated" in rule and between[1] < c0):
            via = between[0]  # (a coordinated verb shares it: "... thanked X and insisted that")
    # ... and after an apposition, which the source walk took in with the hop: "Tarsk's chief
    # negotiator, Pavel Dunn, quoted by the Lorvet Herald, insisted that ..." (source "Tarsk's chief
    # negotiator, Pavel Dunn", via "the Lorvet Herald")
    inner = next((x for x in range(src[0] + 1, src[1] - 1) if toks[x].text == ","
                  and toks[x + 1].norm in ("quoted", "cited") and toks[x + 2].norm == "by"), None) \
        if via is None and src is not None else None
    hop = _quoted_by_hop(toks, inner) if inner is not None else None
    if hop is not None and hop[0][1] == src[1] and hop[1] == c0:
        src, via = (src[0], inner - 1), hop[0]
    # ... and without commas: "A senior diplomat quoted by the Velm Daily said ..." (source "A senior
    # diplomat", via "the Velm Daily"; "A report seen by Reuters" keeps who saw it)
    if via is None and src is not None and src[1] + 1 == _group_start(toks, c0):
        src, via = _quoted_within(toks, src)
    return src, via, start


def _text_is_the_channel(toks: list[Token], start: int, word: CueWord) -> bool:
    """Is the object of writing, posting or publishing a text, the channel rather than what it
    says?"""
    # a text written, posted or published is the channel, not what it says ("wrote a letter to the
    # commission saying ...": the participle reports for the letter)
    return word.frame != "speech" and word.lemma in ("write", "post", "publish") and _document_object(toks, start)


def _frame_without_signal(toks, a, b, c0, j, after, start, src, word, rule) -> tuple[bool, int, str]:
    """Whether a frame with no content signal after the cue still reports, the content's start and
    the rule: a relative pronoun that is the reported clause's subject, or a refusal to speak."""
    n = len(toks)
    nxt = toks[j] if j < n else None
    # the relative pronoun before the source is the subject of the reported clause, whose verb
    # follows the cue at once ("the missile, which state media claimed can reach Guam", "a plot
    # that officials believe was planned abroad"); a verb of saying needs no check ("said was")
    if word.frame in ("ambiguous", "cognitive") and start == after and nxt is not None \
            and nxt.text.islower() and nxt.norm in AUX - {"s", "'s", "not", "n't", "never"} and _extracted_subject(toks, c0):
        return True, start, rule + " (the relative pronoun before the source is the reported clause's subject)"
    # ... also when an adverb stands before that verb and the verb is a lexical one ("the test, which
    # state media claimed now allows Pyongyang to ...": "now allows" is the reported clause's)
    if word.frame in ("ambiguous", "cognitive") and start == j and j > after \
            and _adverb_then_finite(toks, after, j) and _extracted_subject(toks, c0):
        # (the adverb is the reported clause's: "now allows")
        return True, after, rule + " (the relative pronoun before the source is the reported clause's subject, after an adverb)"
    # a negated verb of answering is a refusal to speak with or without its topic ("would not
    # comment on the report", "did not comment"): an admission-denial report (§6.4)
    # (the negation may be the cue's own "no": "had no immediate comment")
    if src is not None and word.lemma.replace(" ", "-") in word_class("answering-lemmas") \
            and (_negated_group(toks, c0, a) or any(toks[x].norm == "no" for x in range(a, b + 1))) \
            and (nxt is None or not _is_word(nxt) or nxt.norm in ("on", "about", "further", "publicly")
                 or _saying_time(toks, j)):  # ("did not comment Monday": a bare day dates the refusal)
        return True, start, rule + REFUSAL_RULE
    # ... and so is a negated reply to a request for comment ("did not immediately respond to requests
    # for comment"), but not to anything else ("has not responded to the invitation")
    if src is not None and word.lemma in word_class("reply-lemmas") and _negated_group(toks, _group_start(toks, a), a) \
            and _request_for_comment(toks, b + 1):
        return True, start, rule + " (negated: no answer to a request for comment)"
    return False, start, rule


def _quoted_words_not_content(text: str, toks, start, src, word, opens) -> bool:
    """Are the quoted words after the cue a manner or a quality on display rather than its content
    ("will respond “firmly”", "had shown “maximum flexibility”")?"""
    n = len(toks)
    if word.frame == "ambiguous" and start < n and toks[start].start in opens \
            and (_quote_inside_clause(text, opens[toks[start].start])
                 or start + 1 < n and toks[start + 1].text.islower() and toks[start + 1].norm in _ADVERBIAL_OPENERS):
        # "will respond “firmly and without hesitation” to the harassment": the quoted
        # words modify the verb and the clause goes on; they are not its reported content; nor is
        # a quoted prepositional phrase ("would respond “at a time of our choosing”", "“in kind”")
        return True
    # "had shown “maximum flexibility”": a quoted noun phrase a person shows is a quality on display,
    # not words (the lemmas of display report a clause only, rule "evidence")
    return word.lemma in word_class("display-lemmas") and start < n and toks[start].start in opens and src is not None \
        and not _evidence_source(toks, src)


def _label_holder(toks, src, b) -> bool:
    """Can the source hold a view or give a label: a holder, or "it"/"they" after "what" or after
    "which" with "as" ("what it called unfriendly steps", "which it described as ...")?"""
    # "in response to what it called unfriendly steps": a label moved into "what" has a speaker,
    # even when the pronoun is "it" (a country, a ministry)
    # (and so has a label whose object moved into a relative pronoun: "the decision, which it described
    # as politically motivated")
    return src is not None and (_holder(toks, src) or src[0] == src[1] and src[0] > 0
                                and toks[src[0]].norm in ("it", "they") and (toks[src[0] - 1].norm == "what" or (
                                    toks[src[0] - 1].norm == "which" and b + 1 < len(toks) and toks[b + 1].norm == "as")))


def _label_in_relative(doc, toks, b, src, cue, via, word, rule, holder, opens) -> _Found | None:
    """A label whose object moved into a relative pronoun, the label after "as" ("the decision,
    which it described as politically motivated"), or None."""
    n = len(toks)
    # (a relative "that" after a noun too, "a remark that Velm regards as a direct threat": with "as"
    # right after the verb the object has moved, so the "that" is no complementizer)
    rel = src[0] - 1 if src is not None and src[0] > 0 else None
    if word.frame in ("object", "cognitive", "ambiguous", "speech") and src is not None and holder and rel is not None \
            and (toks[rel].norm == "which" or toks[rel].norm == "that" and toks[rel].text.islower() and rel > 0
                 and _is_word(toks[rel - 1]) and _label_after_gap(toks, b)
                 # ... and a relative clause with no pronoun right after its noun: "a finding officials
                 # dismissed as politically motivated" (Quirk et al. 1985 §17.15)
                 or _contact_relative_noun(toks, rel) and _label_after_gap(toks, b)) \
            and b + 2 < n and toks[b + 1].norm == "as" \
            and (_is_word(toks[b + 2]) or toks[b + 2].start in opens) \
            and toks[b + 2].norm not in SUBJECT_PRONOUNS | {"if", "though", "well", "soon", "long", "much", "part"}:
        # the object moved into a relative pronoun, the label after "as": "the decision, which it
        # described as politically motivated" → the label, to the end of the relative clause, as
        # "what it called unfriendly steps" gives "unfriendly steps" (§6.2)
        end = b + 2
        while end < n and toks[end].text not in ",;:()" and toks[end].text not in DASHES and toks[end].text not in FINAL_PUNCT:
            end += 1
        content = _span(doc, toks[b + 2].start, toks[end - 1].end)
        q = opens.get(toks[b + 2].start)
        if q is not None:
            content = _span(doc, q[0], q[3])  # a quoted label keeps its marks: '(which he described as "a gift")'
            if doc.text[q[1]:q[2]].rstrip(" ,").endswith((".", "!", "?")):
                # ... but one that closes the sentence with its full stop inside the marks is the quoted
                # words alone, `direct` (§6.3): 'an explosion that the mayor described as “an intentional act.”'
                content = _quote_interior(doc, q)
                return _Found(src, cue, content, via, "direct", word,
                              rule + " (a view: the object moved into a relative pronoun, the label after as)", "forward")
        return _Found(src, cue, content, via, _kind(doc.text, content, "indirect"), word,
                      rule + " (a view: the object moved into a relative pronoun, the label after as)", "forward")
    return None


def _view_with_label(toks, start, src, word, holder) -> bool:
    """Is the content a view of the object with its label after "as" ("see the program as an
    opportunity", "dismissed the reports as “fake news”")?"""
    # "see the program as an opportunity", "viewed communists as terrorists", "dismissed
    # the reports as “fake news”": a view of the object is the content (the speaker's judgement)
    # (a verb that labels in words reports a view whoever utters it: "It dismissed Strand as a
    # deserter", "A former colleague described him as ...", "64 percent described Tarsk as hostile";
    # §6.2; a verb of seeing or judging still needs a holder: "The war saw Lorvia as a winner")
    return word.frame in ("object", "cognitive", "ambiguous", "speech") and src is not None \
        and word.lemma not in word_class("display-lemmas") \
        and (holder or word.frame in ("object", "speech") and _repair_source(toks, src) is not None) \
        and _as_complement(toks, start)


def _object_can_be_content(toks, src, word) -> bool:
    """Can the object of an object-frame verb be its content, given its source: not evidence, and a
    person who "shows restraint" or "shows signs of" displays it (only a clause is reported)?"""
    information = word_class("information-nouns")
    # "affirmed Moscow's intention ...": the object is the content (but a person who
    # "shows restraint" or "shows signs of" displays it: only a clause is reported)
    return not _evidence_source(toks, src) and not (word.lemma in word_class("display-lemmas") and not any(
        toks[x].norm in information or toks[x].norm[:-1] in information
        for x in range(src[0], src[1] + 1)))


def _object_is_content(toks, j, word) -> bool:
    """Does a noun-phrase object that can be reported start at ``toks[j]`` (or after "on" and a day
    before it): no preposition, place, time, convened event or recalled envoy?"""
    n = len(toks)
    nxt = toks[j] if j < n else None
    # (a day may stand between verb and object: "announced on Friday the arrest of a man")
    o = j + 2 if nxt is not None and nxt.norm == "on" and j + 2 < n and _saying_time(toks, j) == 2 else j
    # (a single-quoted word may open the object, as headlines quote a label: "Reveals 'Demoralizing'
    # Experience", "announced 'tough' new sanctions"; the quoted word is the object's first word)
    if nxt is not None and nxt.text in ("'", "‘") and j + 2 < n and _is_word(toks[j + 1]) and any(
            toks[x].text in ("'", "’") and toks[x].start == toks[x - 1].end for x in range(j + 2, min(n, j + 5))):
        o = j + 1
    obj = toks[o] if o < n else None
    # ("spoke in a cottage", "called in to a town hall", "published on Monday", "was speaking
    # Friday in Fort Wayne": an object never opens with a preposition, and a place or a time is
    # not what was said)
    return obj is not None and _is_word(obj) and obj.norm not in AUX and obj.norm not in ("to", "and", "or") \
        and not (obj.norm in SCENE_PREPOSITIONS | {"against", "into", "longer", "shorter", "briefly", "twice"}
                 and not _bounded_number_at(toks, o)) \
        and not (word.lemma == "call" and (_convenes(toks, j) or not _label_follows(toks, j))) \
        and not (word.lemma == "recall" and _names_envoys(toks, j)) \
        and not (nxt.norm in TIME_WORDS and (nxt.text[:1].isupper() or nxt.norm in ("today", "yesterday", "tonight"))
                 and (j + 1 >= n or toks[j + 1].norm in SCENE_PREPOSITIONS | {","}))


def _bounded_number_at(toks: list[Token], k: int) -> bool:
    """Does a bounded quantity open at ``toks[k]``: "at least" or "at most" before a number, a number
    word or "a dozen" ("reported at least six encounters")? The approximator is part of the object's
    noun phrase, as "nearly", "some" and "more than" are (Quirk et al. 1985 §10.56, approximators and
    bounders before a numeral), not a preposition of place or time.

    >>> from course.document import build_document
    >>> t = build_document("reported at least six cases, met at least once").tokens
    >>> _bounded_number_at(t, 1), _bounded_number_at(t, 8)
    (True, False)
    """
    n = len(toks)
    if not (k + 2 < n and toks[k].norm == "at" and toks[k + 1].norm in ("least", "most")):
        return False
    q = toks[k + 2]
    return _is_number(q) or q.norm in NUMBER_WORDS or q.norm in ("one", "a", "an") and k + 3 < n \
        and (toks[k + 3].norm in NUMBER_WORDS | {"hundred", "thousand", "million", "score", "handful", "few"}
             or q.norm == "one" and _is_word(toks[k + 3]))


def _relative_pronoun_object(doc, toks, c0, j, src, cue, via, word, rule) -> _Found | None:
    """The relative pronoun as the object, kept as written, in a relative clause on the object ("a
    strategy, which the bank detailed in its filings"), or None."""
    nxt = toks[j] if j < len(toks) else None
    # ... but in a relative clause on the object ("a strategy, which the bank detailed in its
    # filings") the object is the relative pronoun, kept as written, like a pronoun source
    # (not on a noun of speech: "a claim that Western governments reject" reports no words, §6.1)
    rel = src[0] - 1
    head = rel - 1 if rel > 0 and toks[rel - 1].text != "," else rel - 2
    if rel > 0 and toks[rel].norm in ("which", "that") and src[1] == c0 - 1 \
            and (nxt is None or not _is_word(nxt) or nxt.norm in SCENE_PREPOSITIONS) \
            and word.lemma not in ("write", "post", "publish") \
            and not (head >= 0 and toks[head].norm in _cue_norms()):
        return _Found(src, cue, _span(doc, toks[rel].start, toks[rel].end), via, "indirect", word,
                      rule + " (object: the relative pronoun before the source)", "forward")
    return None


def _object_moved_into_what(doc, toks, src, c0, j, cue, via, word, rule) -> _Found | None:
    """A verb of speaking whose object is moved into "what" inside the clause ("That was what Brisk
    said when she resigned", "This is what the ministry said in its statement"): the content is the
    pronoun, kept as written, and what follows the cue (its audience, a setting, the occasion) is the
    saying's; None otherwise. A verb after the cue means the subject was moved ("hit what the army
    said was a depot"), and a sentence-first "What Lavrov said was a warning" has no such relation.

    >>> from course.document import build_document
    >>> d = build_document("That was what Brisk said when she resigned.")
    >>> w = CueWord("said", "say", "neutral", "speech", "", "")
    >>> _object_moved_into_what(d, d.tokens, (3, 3), 4, 5, (4, 4), None, w, "r").content.text
    'what'
    """
    n = len(toks)
    if src is None or word.frame != "speech" or src[1] != c0 - 1 or src[0] < 2 or toks[src[0] - 1].norm != "what" \
            or not _is_word(toks[src[0] - 2]):
        return None
    k = j
    if k < n and word.lemma in word_class("addressee-lemmas") and (
            toks[k].norm in speaker_nouns() | OBJECT_PRONOUNS or toks[k].norm in word_class("media-nouns")):
        k += 1  # its audience: "what Brisk told reporters after the vote"
    if k < n and _is_word(toks[k]) and toks[k].norm not in SCENE_PREPOSITIONS | _OCCASION_SUBORDINATORS:
        return None
    pronoun = toks[src[0] - 1]
    return _Found(src, cue, _span(doc, pronoun.start, pronoun.end), via, "indirect", word,
                  rule + " (object: moved into what)", "forward")


def _pseudo_cleft_verb(toks: list[Token], src, c0: int, j: int, word: CueWord) -> int | None:
    """The main verb of a sentence-first "What X said" that is its subject (a free relative, Quirk
    et al. 1985 §15.8), with only the saying's audience, time or setting between the cue and the verb
    ("What Lavrov said in Geneva was a warning", "What the envoy told reporters on Monday is a
    warning", "What Lavrov said surprised many"), or None. The words are named as a thing that the
    main clause judges, and report nothing, unless the verb is "be" followed by "that", whose clause
    is the content ("What the minister told reporters was that the talks had failed"). A verb
    with no subject of its own cannot open the reported clause, so it is the main clause's.

    >>> from course.document import build_document
    >>> w = CueWord("said", "say", "neutral", "speech", "", "")
    >>> _pseudo_cleft_verb(build_document("What Lavrov said in Geneva was a warning.").tokens, (1, 1), 2, 3, w)
    5
    >>> _pseudo_cleft_verb(build_document("What Lavrov said surprised many.").tokens, (1, 1), 2, 3, w)
    3
    >>> _pseudo_cleft_verb(build_document("That was what Brisk said in Geneva.").tokens, (3, 3), 4, 5, w) is None
    True
    """
    n = len(toks)
    if src is None or src[1] != c0 - 1 or src[0] < 1 or toks[src[0] - 1].norm != "what" \
            or _after_dateline(toks, src[0]) != src[0] - 1:
        return None
    k = _past_audience_and_time(toks, j, word)
    if k < n and toks[k].norm in SCENE_PREPOSITIONS - {"to"}:
        # the setting: a short phrase of plain words before the verb ("in Geneva", "at the summit")
        k = next((x for x in range(k + 1, min(n, k + 7))
                  if not _is_word(toks[x]) or toks[x].norm in AUX | COMPLEMENTIZERS | {"and", "but", "or"}
                  or _finite_like(toks[x])), n)
    return k if k < n and (toks[k].norm in ("is", "was", "are", "were") or _finite_like(toks[k])) else None


def _be_that(toks: list[Token], k: int) -> bool:
    """Is ``toks[k]`` a form of "be" followed by "that" and more words ("was that the talks had
    failed"), the specificational copula of a pseudo-cleft, whose clause is the content?"""
    return toks[k].norm in ("is", "was", "are", "were") and k + 2 < len(toks) and toks[k + 1].norm == "that"


def _pseudo_cleft_that(toks: list[Token], c0: int, j: int, word: CueWord) -> bool:
    """Does a sentence-first "What X said" end at ``toks[j]``, a "be" followed by "that" ("What
    Lavrov said was that the talks had failed")? The verb after the cue is then no noun's verb: the
    pseudo-cleft reports the clause after "that" (§6.2)."""
    if toks[j].norm not in ("is", "was", "are", "were"):
        return False
    main_verb = _pseudo_cleft_verb(toks, _source_left(toks, c0), c0, j, word)
    return main_verb is not None and _be_that(toks, main_verb)


def _object_names_a_thing(toks, j, after, start, src, word, frame_ok, opens) -> bool:
    """Does the verb's object name a thing, not a proposition: a noun-phrase object of writing,
    posting or publishing, a free relative ("what Lorvians fear"), "shows what appears to be"?"""
    n = len(toks)
    nxt = toks[j] if j < n else None
    # ... and so is any noun-phrase object of writing, posting or publishing ("has published video",
    # "will publish results by polling station"): the text or the record is the channel (§6.1); only
    # a clause or a quotation after the verb is reported ("posted that the border was closed")
    # (a quoted phrase inside the object is no quotation of the text: 'publish results "in due course"')
    if frame_ok and word.frame != "speech" and word.lemma in ("write", "post", "publish") and start < n \
            and toks[start].start not in opens and toks[start].text != ":" and not _as_complement(toks, start) \
            and ((c := _complement_at(toks, start)) is None or c > start and toks[c].text in QUOTE_CHARS
                 and toks[c - 1].text not in (",", ":")):
        return True
    # a free relative object names a thing, not a proposition (§6.1): "the gap between what Lorvians
    # fear and what they want" (the verb's object is "what", nothing follows it), and evidence that
    # shows "what appears to be a drone" shows a thing, hedged (an indirect question, "shows how
    # thin the margin is", stays a report)
    if word.frame != "speech" and src is not None and src[0] > 0 and toks[src[0] - 1].norm == "what" and start == after \
            and (nxt is None or not _is_word(nxt) and nxt.start not in opens or nxt.norm in ("and", "or", "but", "to")
                 or nxt.norm in BE_FORMS
                 or nxt.norm in NP_PREPOSITIONS | SCENE_PREPOSITIONS):
        return True
    return word.lemma in word_class("display-lemmas") and start + 1 < n and toks[start].norm == "what" \
        and toks[start + 1].norm in word_class("appearance-verbs")


def _nobody_reported(toks, a, b, c0, j, src, word, cat) -> bool:
    """Does the frame report nobody: no source for a verb other than saying, an imperative, common
    ground, a wish or commitment with nobody to hold it, a view the writer only guesses at, or an
    as-clause of replying?"""
    n = len(toks)
    first = toks[a]
    nxt = toks[j] if j < n else None
    if src is None and (c0 == a or cat is not None) and word.frame != "speech":
        return True
    # an imperative opening the sentence ("Say Mexico demanded ...", "Now tell us this isn't a
    # witch hunt"): the writer addresses the reader, nobody is reported
    if src is None and c0 == a and first.norm == word.lemma and all(_is_adverb(toks[x]) or not _is_word(toks[x]) for x in range(a)) \
            and not (nxt is not None and nxt.text == ":"):
        return True
    # "Everyone knows that ...", "The whole world can see ...": the writer claims common ground
    # (a booster, Martin & White's concur), nobody in particular is reported
    if src is not None and word.lemma in word_class("common-ground-lemmas") and _universal(toks, src):
        return True
    # a wish or a plan needs someone to hold it ("Moscow wants to", not "unveil plans to")
    if word.frame == "volition" and (src is None or not _holder(toks, src)):
        return True
    # a thing that "threatens to" or "promises to" do something only risks or bodes it ("The row
    # threatens to split the bloc"): a commitment needs someone to make it
    if word.verb_class == "commissive-directive" and nxt is not None and nxt.norm == "to" and src is not None \
            and not (j + 1 < n and toks[j + 1].norm in DETERMINERS | POSSESSIVES) \
            and not _holder(toks, src) and toks[src[1]].text.islower() and _is_word(toks[src[1]]) \
            and toks[src[1]].norm not in PRONOUNS | {"which", "who", "that", "whom", "together", "jointly", "also"}:
        return True
    # ... and to hold it now: a decision or a wish the writer only guesses at ("The government may
    # decide to expel more diplomats", "might want to delay") is nobody's report, nor is a request
    # or a demand only allowed or guessed at ("Under its terms, either side may request a review")
    if (word.frame == "volition" or word.verb_class == "commissive-directive") \
            and any(toks[x].norm in ("may", "might", "could") for x in range(c0, a)):
        return True
    # ... and so is a view or a finding the writer only allows or guesses at ("the council may
    # consider further measures", "it may find that our patience has limits"): an epistemic or
    # permission modal with no negation (a refusal, "could not confirm", stays a report)
    if word.frame != "speech" and any(toks[x].norm in ("may", "might", "could") for x in range(c0, a)) \
            and not _negated_group(toks, c0, a):
        return True
    # ... and so are words a deontic modal asks for ("They should tell Tarsk plainly that ...", "Velm
    # must warn Kessia that ...", "should not say"): advice or duty, words still to be said, the
    # writer's or a rule's demand (Coates 1983; an agentive verb after "should" is duty, §4); the
    # epistemic perfect "must have told" guesses at words that were said and stays a report, and so
    # does the first person's "I must say", "I should say that ...", a comment clause whose words are
    # said in saying it (Quirk et al. 1985 §15.54)
    if _deontic_group(toks, min(c0, _group_start(toks, a)), a) \
            and not (src is not None and src[0] == src[1] and toks[src[0]].text == "I"):
        return True
    # an as-clause with a verb of replying and no words of its own says when, not what ("As the
    # minister replied, protesters booed"; §6.1, as-clauses): the words after its comma are not its reply
    if word.lemma in word_class("reply-lemmas") and _reply_as_clause(toks, src, b):
        return True
    # a thing that "says something about" or "tells us a lot about" X is evidence of X: it
    # indicates, nobody speaks ("The pivot may tell us less about Tarsk than about the West")
    return _indicates_about(toks, j, src, word)


#: Amounts that a thing "says" or "tells us" about a topic ("says something about", "tells us a lot
#: about", "tell us less about"; Quirk et al. 1985, ch. 6, indefinite pronouns and quantifiers).
_AMOUNTS_TOLD = frozenset("something anything nothing everything much little less more lot lots plenty volumes deal".split())
#: Words that may stand before or inside such an amount ("a great deal", "far more", "rather less").
_AMOUNT_MODIFIERS = frozenset("a great good far even rather much so very quite".split())


def _indicates_about(toks: list[Token], j: int, src: tuple[int, int] | None, word: CueWord) -> bool:
    """Does "say" or "tell" with an amount and "about" after it (from ``toks[j]``) make its subject
    evidence, not a speaker? A thing or an event "says something about the media", "may tell us
    less about Tarsk than about the West": it indicates, and nobody is reported (§6.1); the writer's
    inclusive "us" is no audience; so does a thing that "tells a different story" ("the body
    language told a different story"). A speaker who "said little about the talks" keeps the
    relation."""
    if word.lemma not in ("say", "tell"):
        return False
    n = len(toks)
    k = j + 1 if j < n and toks[j].norm in ("us", "you") else j
    # ... and a thing that "tells a different story" (the body language) shows, it speaks no words; so
    # does a record or a figure (the figures, the data, the report: evidence that points another way)
    # (with an adjective or two: "a very different story")
    if word.lemma == "tell" and k + 1 < n and toks[k].norm in ("a", "another") and any(
            toks[x].norm in ("story", "tale") and all(toks[y].text.islower() and _is_word(toks[y]) for y in range(k + 1, x))
            for x in range(k + 1, min(n, k + 4))):
        return src is None or not _speakerlike(toks, src) or _head_noun(toks, src).norm in word_class("information-nouns")
    amount = False
    while k < n and k - j < 5 and toks[k].norm in _AMOUNTS_TOLD | _AMOUNT_MODIFIERS:
        amount = amount or toks[k].norm in _AMOUNTS_TOLD
        k += 1
    if not (amount and k < n and toks[k].norm == "about"):
        return False
    # a sentential subject ("That two hosts would sign up ... says something about ...") is a fact
    opening = _after_dateline(toks, 0)
    sentential = toks[opening].norm in ("that", "whether", "how", "why") and toks[opening].text[:1].isupper()
    return src is None or sentential or not _speakerlike(toks, src)


def _head_noun(toks: list[Token], src: tuple[int, int]) -> Token:
    """The head of the noun phrase ``src``: its last word before a preposition or a comma ("The
    figures from the ministry" -> "figures", "The ministry's figures" -> "figures")."""
    k = src[0]
    while k < src[1] and toks[k + 1].norm not in NP_PREPOSITIONS and toks[k + 1].text != ",":
        k += 1
    return toks[k]


def _forward_report(doc, sent, toks, start, src, cue, via, word, rule, opens) -> _Found:
    """The relation with its content after the cue, from ``toks[start]``: a label's own clause is
    the whole argument, and a comment clause with "as" ends at its comma."""
    n = len(toks)
    # a day before the topic of speaking says when: "spoke out Tuesday about the shooting" -> "about ..."
    timed = _saying_time(toks, start) if start < n else 0
    if timed and start + timed < n and toks[start + timed].norm in ("about", "of", "on", "against"):
        start += timed
    content, kind = _forward_content(doc, sent, toks, start, opens)
    if content is not None and "(a view: object + as + label)" in rule and start < n and content.start > toks[start].start:
        # the label has a that-clause of its own: "pointed to the clashes as proof that Tarsk wants
        # war" -> the object with its label and clause, the speaker's argument (§6.1), not the clause alone
        content = _sentence_content(doc, sent, toks[start].start)
        kind = _kind(doc.text, content, "indirect")
        rule += " (the label's own clause: the argument)"
    # a comment clause with "as" ("..., as Lorvia says it does, may find ...") ends at its comma: the
    # words after it are the main clause's
    if content is not None and src is not None and src[0] >= 2 and toks[src[0] - 1].norm == "as" \
            and toks[src[0] - 2].text == ",":
        comma = next((x for x in range(start, n) if toks[x].text == "," and toks[x].start < content.end), None)
        if comma is not None and toks[comma].start > content.start:
            content = _sentence_content(doc, sent, content.start, toks[comma].start)
            kind = _kind(doc.text, content, "indirect")
    # a report inside a comma relative clause whose pronoun stands before the source ends with the
    # clause, at the comma before the main verb ("The talks, which the United Nations has offered
    # to host, are due to resume" → "host"; §6.2)
    if src is not None and src[0] >= 2 and toks[src[0] - 1].norm in ("which", "whom"):
        content, kind = _comma_relative_end(doc, sent, toks, src[0], start, content, kind)
    if content is not None and src is not None and _object_relative_source(toks, src):
        content, kind = _object_relative_end(doc, sent, toks, start, content, kind)
    return _Found(src, cue, content, via, kind, word, rule, "forward")


def _object_relative_source(toks: list[Token], src: tuple[int, int]) -> bool:
    """Is the source the subject of a restrictive relative clause on a noun after the main clause's
    verb, with "that" or with no pronoun ("Velm made demands it knew Tarsk could never accept",
    "made demands that it knew ...")?"""
    r = src[0] - 1
    if r < 2:
        return False
    if toks[r].norm == "that":
        r -= 1
    elif not (_contact_clause_object(toks, r, src[1]) or src[0] == src[1] and toks[src[0]].norm in SUBJECT_PRONOUNS
              and toks[src[0]].norm not in ("i", "we", "you")):
        return False
    t = toks[r]
    q = r - 1  # (an adjective after a linking verb takes a that-clause: "It is simply astounding that")
    while q > 0 and _is_adverb(toks[q]):
        q -= 1
    noun = t.text.islower() and t.text.isalpha() and t.norm not in STOP and t.norm not in AUX and not _finite_like(t) \
        and not t.norm.endswith(("ing", "ly")) and toks[q].norm not in COPULAS \
        and (t.norm not in _cue_norms() or _noun_context(toks, r) or toks[r - 1].text.islower() and _finite_like(toks[r - 1]))
    return noun and any(_finite_like(toks[x]) for x in range(1, r))


#: Conjunctions that open the writer's next clause after a relative clause ends at a comma.
_NEXT_CLAUSE_CONJUNCTIONS = frozenset("and but while yet".split())


def _clause_opens(toks: list[Token], k: int) -> bool:
    """Does a clause with its own subject and verb start at ``toks[k]`` ("Tarsk offered nothing new",
    "the fire spread"), not a list's next item ("and past timeframes")? The subject opens with a
    determiner, a pronoun or a name, and a finite verb follows within a few words."""
    n = len(toks)
    if k >= n or not (toks[k].norm in DETERMINERS | POSSESSIVES | SUBJECT_PRONOUNS or toks[k].text[:1].isupper()) \
            or toks[k].norm in ("that", "to"):
        return False
    return any(_finite_like(toks[x]) or toks[x].norm in IRREGULAR_PAST for x in range(k + 1, min(n, k + 5)))


def _object_relative_end(doc, sent, toks: list[Token], start: int, content: Span, kind: str) -> tuple[Span, str]:
    """A report inside a restrictive relative clause on the main clause's object ends with that clause:
    at a comma before "and", "but", "while" or "yet" and a clause of the writer's ("Velm made demands
    it knew Tarsk could never accept, and Tarsk offered nothing new" -> "Tarsk could never accept";
    §6.2). A second clause of the report goes on ("..., and that Velm would refuse")."""
    for x in range(start + 1, min(len(toks) - 2, start + _MAX_RELATIVE_TOKENS)):
        if toks[x].start >= content.end:
            break
        if toks[x].text in (",", ";") and toks[x].start > content.start and toks[x + 1].norm in _NEXT_CLAUSE_CONJUNCTIONS \
                and _clause_opens(toks, x + 2):
            content = _sentence_content(doc, sent, content.start, toks[x].start)
            return content, _kind(doc.text, content, "indirect")
    return content, kind


# the words that open a clause of time or a phrase after a verb with no object ("began to show
# when the vote was counted", "began to show in the polls")
_AFTER_INTRANSITIVE = frozenset({"when", "while", "as", "after", "before", "once", "if", "until", "since", "because",
                                 "in", "on", "at", "during", "through", "across", "among", "again", "too", "and", "but"})


def _no_object_after(toks: list[Token], b: int) -> bool:
    """Whether the verb ending at ``b`` has no object or clause: the sentence or the clause ends,
    or a clause of time or a phrase of place or time follows ("began to show when ...", "began to
    show in the polls").

    >>> from course.document import build_document
    >>> _no_object_after(build_document("The strain began to show when the vote was counted.").tokens, 4)
    True
    >>> _no_object_after(build_document("The poll began to show that support was falling.").tokens, 4)
    False
    """
    k = b + 1
    while k < len(toks) and _is_adverb(toks[k]):
        k += 1
    return k >= len(toks) or not _is_word(toks[k]) and toks[k].text not in QUOTE_CHARS or toks[k].norm in _AFTER_INTRANSITIVE


def _reply_as_clause(toks: list[Token], src: tuple[int, int] | None, b: int) -> bool:
    """Whether the cue ending at ``b`` is the verb of an as-clause that opens its clause, "as" +
    its speaker + the verb right before a comma ("As the minister replied, ...", "..., as the
    minister replied, ..."): the clause tells when, and the words after the comma are no reply.

    >>> from course.document import build_document
    >>> toks = build_document("As the minister replied, protesters booed.").tokens
    >>> _reply_as_clause(toks, (1, 2), 3)
    True
    """
    if src is None or src[0] < 1 or toks[src[0] - 1].norm != "as":
        return False
    if src[0] >= 2 and toks[src[0] - 2].text != ",":
        return False  # ("such as", "the same as the minister replied")
    return b + 1 < len(toks) and toks[b + 1].text == ","


def _inside_request(toks: list[Token], a: int, first: Token, word: CueWord, found: list) -> bool:
    """Is the plain verb at ``toks[a]``, right after "and", inside the content of an earlier
    commissive-directive cue of the sentence ("urged them to stop and tell ...")?"""
    if a < 2 or toks[a - 1].norm != "and" or first.norm != word.lemma.split()[0]:
        return False
    return any(f.content is not None and f.word.verb_class == "commissive-directive" and f.cue[1] < a
               and f.content.start <= first.start < f.content.end for f in found)


def _place_postmodifier_end(toks: list[Token], k: int) -> int | None:
    """The last token of a phrase of place at ``toks[k]`` that runs to the end of the sentence with
    no verb in it ("on the government benches.", "outside the court."), or None."""
    n = len(toks)
    if k >= n or toks[k].norm not in PLACE_PREPOSITIONS | {"on", "in", "at", "from", "outside", "inside", "near"}:
        return None
    np = _right_np(toks, k + 1, n)
    if np is None or not (np[1] + 1 >= n or toks[np[1] + 1].text in FINAL_PUNCT and np[1] + 2 >= n):
        return None
    if any(toks[x].text.islower() and toks[x].norm in AUX for x in range(k + 1, np[1] + 1)):
        return None
    return np[1]


def _verb_before_plural(toks: list[Token], v: int, k: int) -> bool:
    """Is ``toks[v]`` an -s reporting verb right after its subject (a name, a pronoun or a bare
    noun opening the clause) with a plural noun ``toks[k]`` right after it, its object ('Kessia calls
    claims “fantasy”')? A plural noun subject does not take an -s verb ("reports says"), so the pair
    is verb + object, not subject + verb."""
    n = len(toks)
    if k != v + 1 or k >= n or v < 1:
        return False
    verb, obj, subj = toks[v], toks[k], toks[v - 1]
    def plural(t: Token) -> bool:
        return t.text.islower() and t.norm.endswith("s") and not t.norm.endswith(("ss", "us", "is")) and len(t.norm) > 3
    return plural(verb) and plural(obj) and verb.norm in _cue_norms() and obj.norm in _cue_norms() \
        and _is_word(subj) and (subj.text[:1].isupper() or subj.norm in SUBJECT_PRONOUNS) \
        and verb.norm not in ("says", "tells")


#: Prepositions that open a time after a verb ("replied within hours", "answered after two days").
_TIME_OPENERS = frozenset("within in after for by on at during before until shortly soon".split())


def _whose_source(toks: list[Token], src: tuple[int, int] | None) -> tuple[int, int] | None:
    """The subject of a verb inside a relative clause opened by "whose" is "whose" and its noun, as
    written: "the opposition, whose leader, Marten Dahl, said" -> "whose leader, Marten Dahl" (the
    opposition is not the speaker; a relative determiner is kept as a pronoun source is, §6.2).

    >>> from course.document import build_document
    >>> t = build_document("The party, whose leader, Ana Dahl, said it.").tokens
    >>> _whose_source(t, (0, 7)), _whose_source(t, (4, 7))
    ((3, 7), (3, 7))
    """
    if src is None:
        return None
    a, b = src
    w = next((x for x in range(b, a - 1, -1) if toks[x].norm == "whose"), None)
    if w is None and a > 0 and toks[a - 1].norm == "whose":
        w = a - 1
    if w is None or w >= b or toks[w + 1].norm not in speaker_nouns() and not _np_word(toks, w + 1) \
            or any(_finite_like(toks[x]) for x in range(w + 2, b + 1)):
        return src  # ("The ministry, whose staff left, said": the clause is closed; the ministry speaks)
    return (w, b)


#: Words that measure a length of time before its number ("for nearly an hour", "more than six hours");
#: the tens of a spelt-out number ("for forty minutes") are :data:`TENS`.
_TIME_MEASURES = frozenset("nearly almost about around over under roughly some more less than just barely".split())
#: Units of a length of time in the singular ("for an hour", "for a week").
_SINGULAR_TIME_UNITS = frozenset("hour minute day week month year".split())


def _only_time_after(toks: list[Token], j: int) -> bool:
    """Is the rest of the clause from ``toks[j]`` only a time ("within hours", "a day later",
    "on Monday"), with nothing said in it? The clause ends with the sentence, or at a comma before
    a participle that carries the report on ("spoke for nearly an hour, saying ...", also after an
    "according to" aside: "spoke for forty minutes, according to the readout, warning ...").

    >>> from course.document import build_document
    >>> t = build_document("The ministry replied within hours.").tokens
    >>> _only_time_after(t, 3), _only_time_after(build_document("He replied that talks had failed.").tokens, 2)
    (True, False)
    >>> _only_time_after(build_document("Ivanov spoke for nearly an hour, saying it was over.").tokens, 2)
    True
    """
    n = len(toks)
    k, unit = j, False
    while k < n and (toks[k].norm in _TIME_OPENERS | TIME_WORDS | TIME_UNITS | NUMBER_WORDS | {"a", "an", "the"}
                     or _is_number(toks[k]) or k > j and toks[k].norm in _TIME_MEASURES | TENS | _SINGULAR_TIME_UNITS):
        # ("this", "last" and "next" alone name no time: "has not confirmed this" has an object)
        unit = unit or toks[k].norm in TIME_WORDS | TIME_UNITS | _SINGULAR_TIME_UNITS \
            and toks[k].norm not in ("this", "last", "next")
        k += 1
    if not unit or k == j:
        return False
    if k == n or toks[k].text in FINAL_PUNCT and k == n - 1:
        return True
    return toks[k].text == "," and _participle_after_comma(toks, k)


def _participle_after_comma(toks: list[Token], k: int) -> bool:
    """Does a participle that reports (", saying", ", warning") follow the comma ``toks[k]``, perhaps
    after an "according to" aside closed by its own comma?"""
    n = len(toks)
    m = k + 1
    if m + 1 < n and toks[m].norm == "according" and toks[m + 1].norm == "to":
        m = next((x + 1 for x in range(m + 2, min(n, m + 15)) if toks[x].text == ","), n)
    return m < n and toks[m].text.islower() and toks[m].norm.endswith("ing") and toks[m].norm in _cue_norms()


#: Words after a headline's passive participle that show it has no object ("toll disputed as ...").
_HEADLINE_PASSIVE_NEXT = frozenset("as by after amid over in on at while when despite following".split())


def _raised_subject(toks: list[Token], c0: int) -> tuple[int, int] | None:
    """The subject of a raising frame before a perfect cue ("Some officials are understood to have
    urged restraint": "Some officials"), whose act the frame reports at second hand (§6.2).

    The frame itself stays a hedge of the writer (``_raising_frame``); the act after it still has
    its doer. Only a perfect "to have ..." counts: "Officials are expected to announce sanctions"
    reports nothing yet.

    >>> from course.document import build_document
    >>> d = build_document("The envoy is said to have told allies that the deal was dead.")
    >>> a, b = _raised_subject(d.tokens, 5)
    >>> d.text[d.tokens[a].start:d.tokens[b].end]
    'The envoy'
    """
    if c0 < 4 or toks[c0].norm != "have" or toks[c0 - 1].norm != "to":
        return None
    k = c0 - 2
    while k > 0 and _is_adverb(toks[k]) and toks[k].text[:1].islower():
        k -= 1  # "are widely understood to have"
    if toks[k].norm not in _raising_participles() or toks[k - 1].norm not in ("is", "are", "was", "were", "been"):
        return None
    be = k - 1
    while be > 0 and toks[be - 1].norm in ("has", "have", "had"):
        be -= 1
    src = _source_left(toks, be)
    if src is None or toks[src[0]].norm in ("it", "there", "what"):
        return None
    return src


def _document_before(toks: list[Token], c0: int) -> int | None:
    """The index of a document noun that ends right before toks[c0], perhaps with a short place
    or addressee after it ("a statement saying", "a message on its website warning", "a letter to
    the commission saying"), or None.

    >>> from course.document import build_document
    >>> d = build_document("The embassy posted a message on its website warning citizens to leave.")
    >>> _document_before(d.tokens, 8), _document_before(d.tokens, 2)
    (4, None)
    """
    nouns = document_nouns()
    if c0 > 0 and toks[c0 - 1].norm in nouns:
        return c0 - 1
    for k in range(c0 - 2, max(0, c0 - 6), -1):
        if toks[k].norm in ("on", "to", "from", "in") and k > 0 and toks[k - 1].norm in nouns:
            ok = all(_is_word(toks[x]) and toks[x].norm not in AUX and not toks[x].norm.endswith("ed")
                     for x in range(k + 1, c0))
            return k - 1 if ok else None
    return None


def _document_object(toks: list[Token], start: int) -> bool:
    """Is the object from toks[start] a text ("a letter", "an open letter", "its annual report")?

    >>> from course.document import build_document
    >>> d = build_document("He wrote a long letter to the commission.")
    >>> _document_object(d.tokens, 2), _document_object(d.tokens, 5)
    (True, False)
    """
    if start >= len(toks) or toks[start].norm not in DETERMINERS | POSSESSIVES or toks[start].norm == "that":
        return False
    nouns = document_nouns()
    for k in range(start + 1, min(len(toks), start + 4)):
        if toks[k].norm in nouns:
            return True
        if not _is_word(toks[k]) or not toks[k].text.islower():
            return False
    return False


#: Verbs with which an outlet passes on someone's words "as saying" ("Interfax quoted Lavrov as saying").
_QUOTING_LEMMAS = frozenset({"quote", "cite"})


def _as_saying_after(toks: list[Token], start: int) -> bool:
    """Does a noun phrase from toks[start] end in "as" + a verb of saying ("Lavrov as saying",
    "a navy commander, Captain Ilse Maren, as telling")?"""
    for k in range(start, min(len(toks) - 1, start + 15)):
        if toks[k].norm == "as" and k > start and toks[k + 1].norm.endswith("ing") and toks[k + 1].norm in _cue_norms():
            return True
        if toks[k].text in (".", ";", ":") or toks[k].norm in ("that", "to"):
            return False
    return False


def _quoting_verb_before(toks: list[Token], as_k: int) -> int | None:
    """The active verb of quoting before the object that ends at toks[as_k] == "as": the index of
    "quoted" in "TTV quoted a navy commander, Captain Ilse Maren, as saying", or None (a passive
    "was quoted by X as saying" is read elsewhere).

    >>> from course.document import build_document
    >>> d = build_document("Interfax quoted Lavrov as saying that Moscow would respond.")
    >>> _quoting_verb_before(d.tokens, 3)
    1
    """
    for q in range(as_k - 2, max(-1, as_k - 15), -1):
        t = toks[q]
        if t.norm in _lemma_forms(_QUOTING_LEMMAS) and t.text.islower():
            if q > 0 and toks[q - 1].norm in BE_FORMS or toks[q + 1].norm == "by":
                return None
            return q
        if not (_is_word(t) or t.text == ",") or t.norm in ("that", "said", "told"):
            return None
    return None


def _quoting_by(toks: list[Token], k: int) -> bool:
    """Do tokens ``k`` and ``k + 1`` read "quoted by" or "cited by", the words of one passed on by another?"""
    return k + 1 < len(toks) and toks[k].norm in ("quoted", "cited") and toks[k + 1].norm == "by"


def _quoted_by(toks: list[Token], j: int) -> tuple[int, int] | None:
    """The outlet of the first ", quoted by X" (or ", cited by X") within a few words of ``toks[j]``,
    the words before it being the audience ("told the agency TNA, quoted by ...")."""
    n = len(toks)
    for k in range(j, min(n - 3, j + 8)):
        if toks[k].text == "," and _quoting_by(toks, k + 1):
            return _right_np(toks, k + 3, n)
        if not _is_word(toks[k]):
            return None
    return None


def _quoted_by_hop(toks: list[Token], j: int) -> tuple[tuple[int, int], int] | None:
    """An intermediary set off by commas after the audience: "told the state agency TNA,
    quoted by Lorvian media, that ..." gives the via "Lorvian media" and where the rest of the
    report starts (the token after the second comma).

    >>> from course.document import build_document
    >>> d = build_document("Orsk told the agency TNA, quoted by Lorvian media, that talks would resume.")
    >>> (a, b), start = _quoted_by_hop(d.tokens, 2)
    >>> d.tokens[a].text, d.tokens[b].text, d.tokens[start].text
    ('Lorvian', 'media', 'that')
    """
    np = _quoted_by(toks, j)
    if np is None or np[1] + 2 >= len(toks) or toks[np[1] + 1].text != ",":
        return None
    return np, np[1] + 2


def _quoted_by_at_end(toks: list[Token], j: int) -> tuple[int, int] | None:
    """The same hop ending the sentence ('“...,” Valk told the agency TNA, quoted by Lorvian
    media.'): the via alone."""
    np = _quoted_by(toks, j)
    # (with or without a comma before it: '..., quoted by Lorvian media on Saturday.')
    if np is not None and np[1] + 1 < len(toks) and _only_time_left(toks, np[1] + 1):
        return np
    if np is not None and np[1] + 2 < len(toks) and toks[np[1] + 1].text == "," and _only_time_left(toks, np[1] + 2):
        return np  # (a time of saying may close the sentence: '..., quoted by Lorvian media, on Saturday.')
    return np if np is not None and (np[1] + 1 >= len(toks) or toks[np[1] + 1].text in FINAL_PUNCT) else None


def _refusal_to_answer_after_but(toks: list[Token], head: int, b: int) -> bool:
    """"... but declined to say for how long", "... but refused to comment": "but" (or "and": "said
    her delegation had abstained and declined to say whether ..."), a refusal and a verb of
    answering (word class ``answering-lemmas``, with "comment" and "give")."""
    answering = word_class("answering-lemmas") | {"give", "provide", "name", "identify"}
    return head > 0 and toks[head - 1].norm in ("but", "and") and b + 2 < len(toks) and toks[b + 1].norm == "to" \
        and (toks[b + 2].norm in answering or toks[b + 2].norm.rstrip("s") in answering)


def _extracted_subject(toks: list[Token], c0: int) -> bool:
    """Is the relative pronoun before the cue's source the subject of the reported clause?

    Only inside a relative clause that cannot be the sentence's subject: one set off by a comma
    ("The missile, which state media claimed can reach Guam, was launched"), one after the main
    clause's verb ("The strike hit a depot that the army said was empty") or one followed by the
    main clause's own verb ("A depot that officials said was empty had been struck twice").
    Otherwise, sentence-first, the verb after the cue is the main clause's: "What Lavrov said was
    a warning", "Everything Trump says is a lie". A "that" after a verb or an adjective is a complementizer ("agreed that the
    party's rules should ...").

    >>> from course.document import build_document
    >>> t = build_document("The strike hit a depot that the army said was empty.").tokens
    >>> _extracted_subject(t, 8), _extracted_subject(build_document("What Lavrov said was a warning.").tokens, 2)
    (True, False)
    """
    src = _source_left(toks, c0)
    if src is None or src[0] < 2 or src[1] != c0 - 1:
        return False
    r = src[0] - 1
    pronoun, before = toks[r].norm, toks[r - 1]
    if pronoun not in ("which", "that", "who", "what"):
        # ... also with a personal pronoun as its subject after a common noun: "Marr relies on notes
        # she says were shown to her" (a nominative pronoun is no part of the noun phrase before it)
        if src[0] == src[1] and toks[src[0]].norm in _NOMINATIVE_PRONOUNS and _zero_relative_head(toks, r):
            return True
        # a relative clause with no pronoun (a contact clause) after the main clause's verb: "Lorvia
        # condemned interference the senator said is meant to divide voters" (Quirk et al. 1985 §17.15)
        return _contact_clause_object(toks, r, src[1]) and any(_finite_like(toks[x]) for x in range(1, r))
    if pronoun == "that" and not (_is_word(before) and before.norm not in AUX | _cue_norms() | _attitude_words()
                                  and not _finite_like(before) and not before.norm.endswith("ing")):
        return False
    if before.text == "," and pronoun in ("which", "who"):
        return True
    if any(_finite_like(toks[x]) for x in range(1, r)):
        return True
    # sentence-first, a second verb group after the reported one is the main clause's: "A depot
    # that officials said was empty had been struck twice" (but "What Lavrov said was a warning")
    for x in range(c0 + 2, len(toks)):
        t = toks[x]
        if t.norm in ("that", "which", "who", "and", "but", "or", "if", "unless", "because", "when", "while") \
                or not _is_word(t):
            return False
        if t.norm in AUX - {"not", "n't", "never", "s", "'s"} and not toks[x - 1].norm in AUX:
            return True
    return False


#: Personal pronouns in the subjective case only: one right after a noun opens a clause, as it can be
#: neither that noun's object nor its modifier (Quirk et al. 1985 §6.3, §17.15).
_NOMINATIVE_PRONOUNS = frozenset("he she they we i".split())


def _zero_relative_head(toks: list[Token], r: int) -> bool:
    """Is ``toks[r]`` a common noun that a relative clause with no pronoun and a personal pronoun as
    its subject describes, after the main clause's verb ("relies on notes she says were shown to
    her", "hit a depot they said was empty")? The main verb before it is no verb of saying or
    thinking, whose own clause the noun could open with an object gap ("believes the thing she said
    was a lie": "was" is the believed clause's); not an indefinite pronoun ("everything they said"),
    nor a word spelt like a verb of saying unless a determiner or a preposition makes it a noun.

    >>> from course.document import build_document
    >>> t = build_document("Marr relies on notes she says were shown to her.").tokens
    >>> _zero_relative_head(t, 3), _zero_relative_head(build_document("He believes the thing she said was a lie.").tokens, 3)
    (True, False)
    """
    t = toks[r]
    if not (t.text.isalpha() and t.text.islower()) or t.norm in STOP | DETERMINERS | POSSESSIVES | PRONOUNS \
            or t.norm in QUANTIFIER_SOURCES or _is_adverb(t) or t.norm.endswith(("ing", "ed", "thing", "one", "body")):
        return False
    # (a word spelt like a verb of saying is a noun after a determiner or a preposition: "on notes")
    if t.norm in _cue_norms() and toks[r - 1].norm not in DETERMINERS | POSSESSIVES | NP_PREPOSITIONS | PLACE_PREPOSITIONS:
        return False
    for x in range(r - 1, 0, -1):
        w = toks[x]
        if not _is_word(w) or w.norm in COMPLEMENTIZERS:
            return False
        if not w.text.islower():
            continue
        verb = _finite_like(w) or w.norm.endswith("s") and not w.norm.endswith("ss") and not toks[x - 1].text.islower() \
            and toks[x - 1].norm not in DETERMINERS
        if verb:
            return w.norm not in _cue_norms() and w.norm not in AUX
    return False


def _moving_speaker(toks: list[Token], src: tuple[int, int]) -> tuple[int, int] | None:
    """The whole phrase when the noun phrase before the cue is the object of a place preposition after
    a participle that follows a speaker ("Protesters marching through the capital", "Crowds gathered
    outside the embassy"): the participle and its phrase describe the speakers, who are the source
    (§6.2, the source with everything that modifies it). None otherwise."""
    p = src[0] - 1
    if p < 2 or toks[p].norm not in PLACE_PREPOSITIONS | {"through", "across", "along", "outside", "around", "toward", "towards"}:
        return None
    part = toks[p - 1]
    if not part.text.islower() or part.norm in _cue_norms() or not (_participle(part) or part.norm.endswith("ed")):
        return None
    head = _left_np(toks, p - 2)
    if head is None or head[1] != p - 2 or not _speakerlike(toks, head):
        return None
    return head[0], src[1]


def _coordinated_participle(doc, sent, toks, c0, j, cue, word, rule, opens, found) -> _Found | None:
    """A participle after "and" that continues an earlier participle of the same clause shares its
    speaker: "It issued a paper welcoming the plan and calling for talks" (source "a paper", as for
    "welcoming"), "The ministers sparred, each touting their record and saying the other lacks
    experience" (source "each"; a reporting participle after a comma with no relation of its own
    speaks for the clause's subject). Only with a reporting frame of its own (§6.1 participles)."""
    n = len(toks)
    if not (word.frame == "speech" and j < n and (_complement_at(toks, j) is not None or toks[j].start in opens
                                                    or _frame_signal(toks, j, word) or _is_word(toks[j]))
            or word.frame != "speech" and _frame_signal(toks, j, word)
            or word.verb_class == "commissive-directive" and j < n and _is_word(toks[j]) and toks[j].norm not in AUX):
        return None
    recent = _recent_relations(found, c0 - 30)
    for x in range(c0 - 2, max(0, c0 - 30), -1):
        t = toks[x]
        if t.text in QUOTE_CHARS or t.text in (";", ":") or t.text.islower() and (t.norm in AUX - {"to"} or _finite_like(t)):
            return None  # (a finite verb between: "... and saying" belongs to another clause)
        if not (t.text.islower() and _participle(t)):
            continue
        first = next((f for f in recent if f.cue[0] <= x <= f.cue[1]), None)
        if first is None and toks[x - 1].text != "," and not (x >= 2 and toks[x - 1].norm in ("each", "both", "all")):
            continue  # an -ing noun inside the first participle's phrase: "plans to increase funding"
        if first is None and t.norm not in _cue_norms():
            return None  # (the first participle reports nothing: "dialing back plans ... and proposing")
        if first is not None:
            f = _Found(first.source, cue, None, None, "indirect", word, rule + " (coordinated participle: shares its speaker)", "forward")
            f.source_span = first.source_span
        elif toks[x - 1].text == ",":
            f = _Found(_nearest_clause_subject(toks, x), cue, None, None, "indirect", word,
                       rule + " (coordinated participle after a comma)", "forward")
        elif x >= 2 and toks[x - 1].norm in ("each", "both", "all") and toks[x - 2].text == ",":
            f = _Found((x - 1, x - 1), cue, None, None, "indirect", word,
                       rule + " (coordinated participle after a comma)", "forward")
        else:
            return None
        if f.source is None and f.source_span is None:
            return None
        f.content, f.kind = _forward_content(doc, sent, toks, _addressee_skip(toks, j, word), opens)
        return f if f.content is not None else None
    return None


def _recent_relations(found: list[_Found], lo: int) -> list[_Found]:
    """The relations of ``found`` whose cues end at or after token ``lo``, in their order: the
    search goes back from the latest relation and stops at the first one ending before ``lo``,
    so a long sentence is not rescanned for every participle."""
    return list(reversed(list(itertools.takewhile(lambda f: f.cue[1] >= lo, reversed(found)))))


def _call_for_after_time(doc, sent, toks, c0, a, opens) -> _Found | None:
    """'The opposition leader called Friday for the release of the journalists': the day of saying
    stands between "called" and "for", so the lexicon's "called for" (a request, §6.4
    commissive-directive) is read across it; the cue is the verb, the content what is asked for
    (as "said on Monday it would ..." skips its time, §6.2). So does "call on" with its day between
    ("The minister called on Monday on Lorvia to withdraw": the one urged is "Lorvia", not "Monday")."""
    n = len(toks)
    t = _saying_time(toks, a + 1)
    k = a + 1 + t
    if t == 0 or k + 1 >= n or toks[k].norm not in ("for", "on") or not _is_word(toks[k + 1]):
        return None
    entry = _cue_entry(f"{toks[a].norm} {toks[k].norm}")
    if entry is None or toks[k].norm == "on" and not _appeal_infinitive(toks, k + 1):
        return None
    src = _source_left(toks, c0)
    if src is None or not _speakerlike(toks, src) and not _holder(toks, src):
        return None
    content, kind = _forward_content(doc, sent, toks, k + 1, opens)
    if content is None:
        return None
    return _Found(src, (c0, a), content, None, kind, entry,
                  f"{VERBS_LEXICON}.tsv: {entry.phrase} (a time of saying before {toks[k].norm})", "forward")


def _appeal_infinitive(toks: list[Token], k: int) -> bool:
    """Does a to-infinitive, the act urged, follow the addressee that starts at ``toks[k]`` within a
    few words ("on Lorvia to withdraw")? Without one, "called on" the embassy is a visit."""
    for x in range(k, min(len(toks) - 1, k + 8)):
        if not _is_word(toks[x]):
            return False
        if toks[x].norm == "to" and toks[x + 1].text.islower() and _is_word(toks[x + 1]) and toks[x + 1].norm not in DETERMINERS:
            return True
    return False


def _pressed_speaker(toks: list[Token], a: int) -> tuple[int, int] | None:
    """The object of an active verb of pressure before "to" and the cue at ``toks[a]`` ("forced the
    banker to admit", "compelled Berk, who had chaired the panel, to concede"), with a relative
    clause set off by commas (§6.2, as an apposition), or None."""
    if a < 3 or toks[a - 1].norm != "to":
        return None
    end = a - 2
    np_end = end
    if toks[end].text == ",":
        m = next((x for x in range(end - 1, max(0, end - 30), -1) if toks[x].text == ","), None)
        if m is None or toks[m + 1].norm not in ("who", "which"):
            return None
        np_end = m - 1
    v = next((x for x in range(np_end - 1, max(-1, np_end - 7), -1) if toks[x].norm in _pressure_participles()), None)
    if v is None or not toks[v].text.islower() or not all(
            _is_word(toks[x]) and toks[x].norm not in AUX | {"to", "and", "that"} and not _finite_like(toks[x])
            for x in range(v + 1, np_end + 1)):
        return None
    first = toks[v + 1]
    if not (first.text[:1].isupper() or first.norm in DETERMINERS | POSSESSIVES or first.norm in ("him", "her", "them")):
        return None
    return v + 1, end - 1 if toks[end].text == "," else end


def _platform_speaker(toks: list[Token], a: int) -> tuple[int, int] | None:
    """The subject of a verb of turning to a medium before "to" and the cue at ``toks[a]`` ("The
    minister took to Twitter to accuse ...", "went on state television to deny ...", "appeared on
    NTV to announce ..."), or None. The verb forms are the class ``platform-verbs``: a form of
    "take" goes with "to", the others with "on"; the medium is a short noun phrase."""
    if a < 4 or toks[a - 1].norm != "to":
        return None
    platform_verbs = word_class("platform-verbs")
    for p in range(a - 3, max(0, a - 8), -1):
        particle, verb = toks[p], toks[p - 1]
        if particle.norm in ("to", "on") and verb.norm in platform_verbs and verb.text.islower():
            break
        if not _is_word(particle) or particle.norm in AUX | STOP and particle.norm not in ("to", "on"):
            return None
    else:
        return None
    if (particle.norm == "to") != verb.norm.startswith(("take", "took")):
        return None  # "went to the border to ..." names a place, "took on X" a rival
    medium = toks[p + 1:a - 1]
    if not medium or any(not _is_word(t) or t.norm in AUX | {"that", "and"} or _finite_like(t) for t in medium):
        return None
    return _source_left(toks, p - 1)


def _occasion_speaker(toks: list[Token], a: int) -> tuple[int, int] | None:
    """The subject of a verb of taking or missing an occasion before "to" and the cue at ``toks[a]``
    ("The minister never missed a chance to remind ...", "missed no opportunity to remind ...",
    "took the opportunity to deny ..."), or None. The occasion (class ``occasion-nouns``) is the
    verb's object, with a determiner, "no" or a possessive and up to two modifiers; its infinitive's
    doer is the verb's subject (Quirk et al. 1985, subject control), as after "took to Twitter"."""
    if a < 4 or toks[a - 1].norm != "to" or toks[a - 2].norm not in word_class("occasion-nouns"):
        return None
    taking, missing = word_class("occasion-verbs"), word_class("missed-occasion-verbs")
    v = next((x for x in range(a - 3, max(-1, a - 7), -1) if toks[x].norm in taking | missing and toks[x].text.islower()), None)
    if v is None or toks[v + 1].norm not in DETERMINERS | POSSESSIVES | {"no"} or not all(
            _is_word(toks[x]) and toks[x].text.islower() and toks[x].norm not in AUX | STOP and not _finite_like(toks[x])
            for x in range(v + 2, a - 2)):
        return None
    # a missed occasion is a report only when negated: "never missed a chance to", "missed no
    # opportunity to" ("missed a chance to say ..." says the words were not spoken)
    if toks[v].norm in missing and not (toks[v + 1].norm == "no" or _negated_group(toks, max(0, v - 3), v)):
        return None
    return _source_left(toks, v)


#: Passive participles of perception that present someone's speech as heard or seen ("can be heard
#: shouting", "was seen gesturing"); the participle after them is the speech act.
_PERCEPTION_PARTICIPLES = frozenset("heard seen".split())


def _heard_speaking(toks: list[Token], v: int) -> bool:
    """Is ``toks[v]`` a passive participle of perception ("be heard", "was seen") right before an
    -ing verb of speech with its own frame ("can be heard shouting to the soldiers that ...")?"""
    n = len(toks)
    if v < 1 or v + 1 >= n or toks[v].norm not in _PERCEPTION_PARTICIPLES or toks[v - 1].norm not in BE_FORMS | {"being"}:
        return False
    nxt = toks[v + 1]
    return nxt.text.islower() and nxt.norm.endswith("ing") and nxt.norm in _cue_norms()


def _heard_report(doc, sent, toks, c0, j, cue, word, rule, opens) -> _Found | None:
    """The speech participle after a perception passive: 'The widow can be heard shouting to the
    soldiers that her husband was unarmed' (source "The widow", cue "shouting", content "her
    husband was unarmed"). The perception is the writer's evidence for the report (a recording, a
    witness), not a report of its own (PARC 3.0, Pareti 2016: the speech verb is the cue)."""
    if word.frame != "speech" and not _frame_signal(toks, j, word) and not (j < len(toks) and toks[j].start in opens):
        return None
    group = _group_start(toks, c0 - 1)
    src = _source_left(toks, group)
    if src is None or not _is_word(toks[src[1]]):
        return None
    start = _addressee_skip(toks, j, word)
    content, kind = _forward_content(doc, sent, toks, start, opens)
    if content is None:
        return None
    return _Found(src, cue, content, None, kind, word, rule + " (after a perception passive: be heard + participle)", "forward")


#: Plural nouns with no -s, which agree with a plain verb ("People say", "Police state").
_PLURALS_WITHOUT_S = frozenset("people police media staff personnel clergy men women children folk".split())


def _noun_before_name(toks: list[Token], a: int, word: CueWord) -> bool:
    """Is the plain present form at ``toks[a]`` (not a past: "Moscow said") the head of a compound
    noun with the sentence's first word before it and a name after it ("Battleground state Florida",
    "Swing state Ohio")? A singular first word cannot be the subject of a plain verb (it would need
    the -s form: "Battleground states"), so the pair is a noun phrase naming the place after it."""
    if a != 1 or a + 1 >= len(toks):
        return False
    t, first, nxt = toks[a], toks[0], toks[a + 1]
    if not t.text.islower() or t.norm != word.lemma or t.norm in IRREGULAR_PAST:
        return False
    return first.text[:1].isupper() and first.text[1:].islower() and first.text.isalpha() \
        and not first.norm.endswith("s") and first.norm not in PRONOUNS | _PLURALS_WITHOUT_S | speaker_nouns() \
        and nxt.text[:1].isupper() and nxt.text[1:2].islower() and nxt.norm not in TIME_WORDS


def _adverb_then_finite(toks: list[Token], after: int, j: int) -> bool:
    """Do only adverbs stand from ``toks[after]`` to before ``toks[j]``, and is ``toks[j]`` a finite
    verb that can open a clause with no subject of its own: an auxiliary, a lexical -s form with
    an object after it ("now allows Pyongyang to ..."), or a past form ("still believed it", "later
    proved false")?"""
    n = len(toks)
    if j >= n or not all(_is_adverb(toks[x]) and toks[x].text.islower() for x in range(after, j)):
        return False
    verb = toks[j]
    if not verb.text.islower() or not verb.text.isalpha():
        return False
    if verb.norm in AUX - {"s", "'s", "not", "n't", "never", "to"}:
        return True
    present = verb.norm.endswith("s") and not verb.norm.endswith(("ss", "us", "is")) and len(verb.norm) > 3
    return (present or _finite_like(verb)) and j + 1 < n and _is_word(toks[j + 1])


def _universal(toks: list[Token], src: tuple[int, int]) -> bool:
    """Is the source everybody ("everyone", "everybody", "the whole world", "the entire world"), or
    nobody ("Nobody should doubt that": the writer's or speaker's appeal, not a report)?"""
    words = [t.norm for t in toks[src[0]:src[1] + 1]]
    return words in (["everyone"], ["everybody"], ["all"], ["the", "whole", "world"], ["the", "entire", "world"],
                     ["the", "world"], ["whole", "world"], ["nobody"], ["no", "one"])


#: Quotation marks that close a quotation before ", adding that ..." ('"We acted lawfully," adding').
_CLOSING_QUOTES = frozenset({'"', "”"})

#: Prepositions after a participle of speaking that set a scene ("speaking to reporters",
#: "speaking after Friday prayers").
SCENE_PREPOSITIONS = frozenset("to at after before in on during with from by outside alongside".split())
#: Prepositions that open a phrase before the main clause ("In the wake of the report, ..."): a
#: noun phrase after one is the preposition's object, never a subject.
_PHRASE_PREPOSITIONS = frozenset("in on at of amid despite during with without under from into over "
                                 "through throughout within among between against".split())
#: Prepositions whose object, inside a larger noun phrase, cannot be a reporting verb's subject.
OBJECT_PREPOSITIONS = frozenset("on against at into onto upon toward towards over".split())
#: Verbs whose passive reports no words: "two men were questioned by police" were interrogated,
#: and "sanctions could not be ruled out" is a hedge (hedges.tsv), not a report by "sanctions".
PASSIVE_NOT_REPORTING = frozenset({"question", "rule out"})
#: Endings of adjectives that label: "reckless", "dangerous", "irresponsible", "unacceptable",
#: "provocative", "hypocritical", "absurd" (not -al, -ent or -ate: "official", "president", "senate").
_ADJECTIVE_ENDINGS = ("less", "ous", "ible", "able", "ive", "ful", "ical", "safe", "surd")
#: Words that end the clause of "call" + object: a label comes before them, if at all.
_CLAUSE_ENDS = frozenset("to but because while about after before since that which who".split())
#: Words after which a possessive opens no second noun phrase: prepositions and conjunctions.
_NON_OBJECT_ENDS = NP_PREPOSITIONS | SCENE_PREPOSITIONS | PLACE_PREPOSITIONS | OBJECT_PREPOSITIONS | frozenset({"and", "or", "of"})


def _label_follows(toks: list[Token], j: int) -> bool:
    """After "call", does a label follow its object ("called Navalny a traitor", "called her
    vote in favour of the war a mistake", "called it “unacceptable”", "called it unacceptable")?
    Not when the clause holds no label: "called his counterpart on Tuesday" is a telephone call.
    A label with its object moved away ("a move Pyongyang has called a rehearsal") counts.

    >>> from course.document import build_document
    >>> t = build_document("The minister called his counterpart on Tuesday.").tokens
    >>> _label_follows(t, 3)
    False
    >>> t = build_document("The ministry called the report a fabrication.").tokens
    >>> _label_follows(t, 3)
    True
    """
    n = len(toks)
    k = j
    while k < n and not (toks[k].text in ",;:!?()" or k == n - 1 or k > j and toks[k].norm in _CLAUSE_ENDS):
        if toks[k].norm in ("a", "an") or toks[k].text in QUOTE_CHARS or toks[k].text == "‘":
            return True
        k += 1
    # an adjective ends the clause: "called the manoeuvre reckless", "called the move irresponsible"
    last = toks[k - 1] if k - 1 > j else None
    if last is not None and last.text.islower() and last.norm.endswith(_ADJECTIVE_ENDINGS) \
            and toks[k - 2].norm not in DETERMINERS | POSSESSIVES:  # ("called the detective": a noun)
        return True
    # a possessive opens a second noun phrase after the object: "called Velma their capital",
    # "called the accord his greatest betrayal" (not after a preposition: "called him at his office")
    if any(toks[x].norm in POSSESSIVES and toks[x].text.islower() and _is_word(toks[x - 1])
           and toks[x - 1].norm not in STOP | DETERMINERS | POSSESSIVES | AUX | _NON_OBJECT_ENDS for x in range(j + 1, k)):
        return True
    # a pronoun object and an adjective: "called it unacceptable", "called them irresponsible"
    if j + 1 < k and toks[j].norm in ("it", "them", "him", "her", "this", "that") and toks[j + 1].text.islower() \
            and _is_word(toks[j + 1]) and toks[j + 1].norm not in SCENE_PREPOSITIONS | TIME_WORDS | STOP:
        return True
    # a plural noun and a bare noun after it: two noun phrases ("called Kyiv's claims lies"; "his"
    # and "this" open one: "called his counterpart at his office")
    if any(toks[x].text.islower() and toks[x].norm.endswith("s") and not toks[x].norm.endswith("ss")
           and toks[x].norm not in POSSESSIVES | {"this"}
           and toks[x + 1].text.islower() and _is_word(toks[x + 1])
           and toks[x + 1].norm not in SCENE_PREPOSITIONS | TIME_WORDS | STOP | AUX for x in range(j + 1, k - 1)):
        return True
    # the object moved into a contact relative before its subject: "the pilots Tarsk has called
    # war criminals", "a group of 11 pilots Tarsk has called traitors" (the label alone follows)
    b = j - 1
    while b > 0 and toks[b].text.islower() and (toks[b].norm in AUX or toks[b].norm in _cue_norms() or _is_adverb(toks[b])):
        b -= 1
    q = b
    while q > 0 and toks[q].text[:1].isupper() and _is_word(toks[q]):
        q -= 1
    if q < b < j - 1 and _contact_clause_object(toks, q, b) and j < n and toks[j].text.islower() and _is_word(toks[j]) \
            and toks[j].norm not in SCENE_PREPOSITIONS | TIME_WORDS | STOP | AUX:
        return True
    # ... and into "which", "whom", a relative "that" or a contact clause before a common noun
    # phrase: "a town which the rebels called their capital", "a tactic the opposition called
    # blackmail" (the object complement alone follows, Quirk et al. 1985)
    if j < n and toks[j].text.islower() and _is_word(toks[j]) \
            and toks[j].norm not in SCENE_PREPOSITIONS | TIME_WORDS | STOP | AUX | NP_PREPOSITIONS | {"this", "next"} \
            and b < j - 1 and _object_moved_before(toks, b):
        return True
    # the object moved before the verb: "what Turnbull called North Korea's actions"
    b = j - 1
    while b >= max(0, j - 12) and not toks[b].text in ",;:!?()":
        if toks[b].norm == "what":
            return True
        b -= 1
    return False


def _object_moved_before(toks: list[Token], b: int) -> bool:
    """Has the object of the verb after the subject ending at ``toks[b]`` moved before that subject,
    into "which" or "whom", a relative "that" after a noun, or a contact clause ("a tactic the
    opposition called ...")? A "that" after a verb or an adjective opens a clause ("said that the
    minister called his counterpart").

    >>> from course.document import build_document
    >>> t = build_document("They took the town, which the rebels called their capital.").tokens
    >>> other = build_document("He said that the minister called.").tokens
    >>> _object_moved_before(t, 7), _object_moved_before(other, 4)
    (True, False)
    """
    subj = _left_np(toks, b)
    if subj is None or subj[0] < 2:
        return False
    before = toks[subj[0] - 1]
    if before.norm in ("which", "whom"):
        return True
    if before.norm == "that":
        noun = toks[subj[0] - 2]
        return noun.text.islower() and _is_word(noun) and noun.norm not in STOP | AUX | DETERMINERS \
            and noun.norm not in _cue_norms() and not noun.norm.endswith(("ly", "ed")) \
            and any(toks[x].norm in DETERMINERS | POSSESSIVES for x in range(max(0, subj[0] - 5), subj[0] - 2))
    return _contact_clause_object(toks, subj[0] - 1, b)


def _names_envoys(toks: list[Token], j: int) -> bool:
    """Is the object of "recall" an envoy or a force ("recall its ambassador from Terin")?"""
    obj = _right_np(toks, j, len(toks))
    envoys = word_class("envoy-nouns")
    return obj is not None and any(toks[x].norm in envoys for x in range(obj[0], obj[1] + 1))


#: Words that may end a name after a naming participle: the noun phrase is over.
NAME_ENDERS = PLACE_PREPOSITIONS | frozenset(
    "to and or but who which that whose because after before for with by from during since until".split())


def _naming_participle(toks: list[Token], a: int, j: int) -> bool:
    """Does the past participle at ``toks[a]`` give the common noun before it a name, with
    nothing after the name but the end of the noun phrase? Then it names, it reports nothing.
    A label that follows the name ("called Navalny a traitor", "called NATO “a tool”") or a
    possessive ("called Kyiv's claims lies") keeps the verb a cue.

    >>> from course.document import build_document
    >>> t = build_document("Moscow backs a militia called the Wagner Group.").tokens
    >>> _naming_participle(t, 4, 5)
    True
    >>> t = build_document("The ministry called Navalny a traitor.").tokens
    >>> _naming_participle(t, 2, 3)
    False
    """
    n = len(toks)
    prev = toks[a - 1] if a > 0 else None
    if prev is None or not toks[a].norm.endswith("ed") or not _is_word(prev) or not prev.text.islower() \
            or prev.norm in PRONOUNS | STOP | AUX or _is_adverb(prev):
        return False
    if a >= 2 and toks[a - 2].norm == "what":
        return False  # a label moved into "what": "for what prosecutors called “espionage”" (§6.2)
    if _object_moved_before(toks, a - 1):
        return False  # the subject of a relative clause: 'a tactic the opposition called “blackmail”'
    k = j + 1 if j < n and toks[j].norm == "the" else j
    if k >= n:
        return False
    if toks[k].text in QUOTE_CHARS:  # a quoted name: “Sea Breeze”
        close = next((m for m in range(k + 1, min(n, k + 12)) if toks[m].text in QUOTE_CHARS), None)
        if close is None:
            return False
        k = close + 1
    elif toks[k].text[:1].isupper():
        while k < n and (toks[k].text[:1].isupper() or toks[k].text in ("-", "‐") or (
                toks[k].norm in ("of", "for", "and") and k + 1 < n and toks[k + 1].text[:1].isupper())
                or toks[k - 1].text in ("-", "‐") and toks[k - 1].end == toks[k].start):  # ("Lashkar-e-Taiba")
            k += 1
    else:
        return False
    if k >= n:
        return True
    t = toks[k]
    if t.text in QUOTE_CHARS or t.text in ("'", "’", "'s", "’s") or t.norm == "s":
        return False
    # (the main clause's verb may follow the name: "a group called Lashkar-e-Taiba belongs on the list")
    return not _is_word(t) or t.norm in NAME_ENDERS or t.text.islower() and (
        t.norm.endswith("s") and not t.norm.endswith("ss") or t.norm in AUX) and k + 1 < n and _is_word(toks[k + 1])


def _main_verb_after_relative(toks: list[Token], y: int) -> bool:
    """Does the main clause's verb stand at ``toks[y]``, right after a relative clause whose verb
    makes or passes on a text (class ``text-making-verbs``) and took the noun before "that" as its
    object? "The report that the panel published last week found that ..." ("published" has no
    object: "found" is the report's verb; "the report that the truce held surprised many" is
    content, "held" needs no object). A past form before a noun is the object's adjective ("that
    the ministry issued revised guidance" is content)."""
    t = toks[y]
    if not t.text.islower() or t.norm in STOP:
        return False
    if t.norm in IRREGULAR_PAST:
        return True
    if not (t.norm.endswith("ed") or t.norm in _cue_norms() and t.norm.endswith("s") and not t.norm.endswith("ss")):
        return False
    nxt = toks[y + 1] if y + 1 < len(toks) else None
    return nxt is None or not _is_word(nxt) or nxt.norm in DETERMINERS | POSSESSIVES | PRONOUNS | COMPLEMENTIZERS | STOP


def _mandative_subjunctive(toks: list[Token], a: int, c: int, v: int) -> bool:
    """Is the plain verb at ``toks[v]`` the bare subjunctive of the that-clause (at ``c``) of the noun
    of demand at ``toks[a]``, after a singular subject ("The demand that the army **withdraw** is
    unmet"; Quirk et al. 1985 §16.32)? A singular subject would take "withdraws" or "withdrew" in a
    relative clause ("the demand that the army withdraws"), so the plain form is no relative's verb.

    >>> from course.document import build_document
    >>> toks = build_document("The demands that the army withdraw are unmet.").tokens
    >>> _mandative_subjunctive(toks, 1, 2, 5)
    True
    >>> _mandative_subjunctive(build_document("The demands that the rebels make are unmet.").tokens, 1, 2, 5)
    False
    """
    verb, subject = toks[v], toks[v - 1]
    if toks[a].norm not in word_class("mandative-nouns") or v < c + 2 or not verb.text.islower():
        return False
    if verb.norm.endswith(("s", "ed")) or verb.norm in IRREGULAR_PAST:
        return False
    return subject.norm in ("he", "she", "it") or _is_word(subject) and subject.norm not in PRONOUNS \
        and (not subject.norm.endswith("s") or subject.norm.endswith("ss"))


def _nominal(doc, sent, toks, a, b, word) -> _Found | None:
    """A noun cue with a that-clause: "the claim that ...", "Lavrov's warning that ..."."""
    n = len(toks)
    if b + 2 < n and toks[b + 1].norm in ("from", "by"):
        return _nominal_with_holder(doc, sent, toks, a, b, word)
    if b + 3 < n and toks[b + 1].norm in _SPECIFYING_BE:
        return _specified_nominal(doc, sent, toks, a, b, word)
    if b + 2 >= n or toks[b + 1].norm != "that":
        return None
    # "the statements that he made", "a charge that might have stung": a relative clause, not
    # the content (a that-clause has its own subject before any verb)
    nxt = toks[b + 2]
    v = b + 3  # (past a perfect: "a charge that he has denied" is a relative too; "charges that he
    while v < n and toks[v].norm in ("has", "have", "had", "not", "never"):  # has taken bribes" are content)
        v += 1
    if nxt.norm in SUBJECT_PRONOUNS and v < n and toks[v].norm in _cue_norms() and toks[v].norm not in AUX or nxt.norm in AUX:
        return None
    # ... and a clause whose first verb takes the noun as its object, with no object after it:
    # "a claim that Western governments reject", "the allegations that Russia denies are serious"
    # (but "the report that the talks failed was denied" is content: "failed" comes first)
    taking = word_class("speech-object-verbs")
    for x in range(b + 3, min(n, b + 8)):
        # ... and a clause whose verb of saying or thinking has "as" and a label right after it: its
        # object moved into the relative "that" ("a remark that Velm regards as a direct threat",
        # "a finding that officials dismissed as politically motivated"; Quirk et al. 1985 §16.47)
        if _label_after_gap(toks, x):
            return None
        if toks[x].norm in taking and toks[x].text.islower():
            y = x + 1  # a time may follow the verb: "the report that the ministry published on Monday was ..."
            while y < n and (toks[y].norm in TIME_WORDS or toks[y].norm in ("on", "in", "last", "this") and y + 1 < n
                             and (toks[y + 1].norm in TIME_WORDS or _is_number(toks[y + 1]))):
                y += 1
            if (y >= n or not _is_word(toks[y]) or toks[y].norm in AUX
                    or toks[x].norm in word_class("text-making-verbs") and _main_verb_after_relative(toks, y)) \
                    and not _mandative_subjunctive(toks, a, b + 1, x):
                return None
            break
        if toks[x].norm in ("has", "have", "had") and x + 1 < n and toks[x + 1].norm in taking:
            continue  # a perfect: "the proposal that the envoy has made was rejected"
        if not _is_word(toks[x]) or toks[x].norm in AUX or toks[x].norm.endswith("ed") or toks[x].norm in IRREGULAR_PAST:
            break
    # ... and a past verb right after "that", with no subject before it: "a report that stopped short
    # of naming who was responsible" (a that-clause has its subject first)
    if nxt.text.islower() and (nxt.norm.endswith("ed") or nxt.norm in IRREGULAR_PAST) and nxt.norm not in STOP \
            and b + 3 < n and _is_word(toks[b + 3]) and toks[b + 3].norm not in AUX:
        return None
    # ... and "views that pose an existential threat", "rules that promise to": a verb and its object
    if nxt.text.islower() and _is_word(nxt) and nxt.norm not in DETERMINERS | POSSESSIVES | PRONOUNS | STOP \
            and nxt.norm not in COMPLEMENTIZERS and not _participle(nxt) \
            and b + 3 < n and toks[b + 3].norm in DETERMINERS | POSSESSIVES | {"to"}:
        return None
    # ... and a noun inside a "from"/"through" phrase after a verb of knowing or learning: "We know
    # from his disclosure statements that ...": the clause is the verb's, the noun only its source
    q = a - 1
    while q > 0 and a - q <= 5 and toks[q].norm not in ("from", "through") and _is_word(toks[q]) and toks[q].norm not in AUX:
        q -= 1
    if q > 0 and toks[q].norm in ("from", "through") and toks[q - 1].norm in _cue_norms() and toks[q - 1].text.islower():
        return None
    light_verbs = word_class("light-verbs")
    possessed, src = _possessor(toks, a, light_verbs)
    if not possessed:
        # the object of a light verb: "Republicans have expressed concern that ...", "Moscow
        # issued a stern warning that ...": the subject of the verb holds the content
        k = a - 1
        while k > 0 and a - k <= 3 and toks[k].text.islower() and _is_word(toks[k]) and toks[k].norm not in STOP \
                and toks[k].norm not in light_verbs:
            k -= 1
        # a name before the noun: "a New York Times report that ...", "a Reuters report that ..."
        q = a - 1
        while q > 0 and toks[q].text[:1].isupper() and _is_word(toks[q]):
            q -= 1
        if q < a - 1 and q >= 0 and toks[q].norm in ("a", "an", "the"):
            src = (q + 1, a - 1)
        elif k >= 0 and toks[k].norm in light_verbs:
            c = k
            while c > 0 and (toks[c - 1].norm in AUX or _is_adverb(toks[c - 1])) and toks[c - 1].norm not in ("s", "'s"):
                c -= 1
            src = _source_left(toks, c)
            if src is not None and not _speakerlike(toks, src):
                src = None
    # a feeling names nobody's view unless someone holds it ("expressed regret that", "the
    # minister's confidence that"): "a conviction that you are either with us or against us" is not
    # (the lexicon marks a noun lemma that is also a verb: "doubt (noun)")
    if (src is None or _expletive_subject(toks, src)) and word.lemma.removesuffix(" (noun)") in word_class("held-feelings"):
        return None  # (nor an expletive "it": "It's a safe bet that ..." is the writer's hedge)
    end = _subject_clause_end(toks, a, b + 2)
    # inside an opening phrase the clause ends at the comma before the main clause ("Amid
    # warnings that the talks would fail, the envoy left")
    first_word = next((x for x in range(a) if _is_word(toks[x])), a)
    if first_word < a and toks[first_word].norm in _OPENING_PREPOSITIONS \
            and not any(toks[x].text in (",", ";", ":") for x in range(first_word, a)):
        comma = next((x for x in range(b + 2, n) if toks[x].text == ","), None)
        if comma is not None and (end is None or comma < end):
            end = comma
    content = _sentence_content(doc, sent, toks[b + 2].start, toks[end].start if end is not None else None)
    if content is None:
        return None
    return _Found(src, (a, b), content, None, _kind(doc.text, content, "indirect"), word,
                  f"{VERBS_LEXICON}.tsv: {word.phrase} (noun + that)", "forward")


def _contact_relative_noun(toks: list[Token], k: int) -> bool:
    """Is ``toks[k]`` the lower-case head noun of a noun phrase opened by an article or a
    demonstrative just before it ("a finding", "the remarks", "this charge"), which a relative clause
    with no pronoun may follow?"""
    t = toks[k]
    return k >= 1 and t.text.islower() and _is_word(t) and t.norm not in STOP | AUX and not _is_adverb(t) \
        and toks[k - 1].norm in ("a", "an", "the", "this", "these", "those")


def _label_after_gap(toks: list[Token], v: int) -> bool:
    """Is ``toks[v]`` a verb of saying or thinking followed at once by "as" and a label, with no
    object between them ("regards as a direct threat", "dismissed as politically motivated"): its
    object has moved before it, into a relative pronoun or the noun a relative clause is on?"""
    n = len(toks)
    if v + 2 >= n or not toks[v].text.islower() or toks[v].norm not in _cue_norms() or toks[v].norm in AUX \
            or toks[v + 1].norm != "as" or _as_clause(toks, v + 1):
        return False
    label = toks[v + 2]
    return (_is_word(label) or label.text in QUOTE_CHARS) and label.norm not in SUBJECT_PRONOUNS | {
        "if", "though", "well", "soon", "long", "much", "many", "far", "part", "of", "to", "for", "such"}


def _expletive_subject(toks: list[Token], src: tuple[int, int]) -> bool:
    """Is the source an expletive "it" or "there" before a form of "be" ("It's a safe bet that",
    "There is hope that"), which holds nothing (Quirk et al. 1985 §18.33)?"""
    if src[0] != src[1] or toks[src[0]].norm not in ("it", "there"):
        return False
    k = src[1] + 1
    if k < len(toks) and toks[k].text in ("'", "’"):
        k += 1
    return k < len(toks) and toks[k].norm in BE_FORMS | {"s"}


def _possessor(toks, a: int, skip: frozenset[str] = frozenset()) -> tuple[bool, tuple[int, int] | None]:
    """The possessor of the noun at ``a``, which may stand before one or two adjectives ("the
    ministry's sharp warning", "his warning"): ``(True, span)`` for a possessive, ``(True, None)`` for a
    possessive "'s" whose owner is no noun phrase, ``(False, None)`` when there is none. Words in
    ``skip`` end the adjectives."""
    p = a
    while p - 1 > 0 and a - p < 2 and toks[p - 1].text.islower() and _is_word(toks[p - 1]) \
            and toks[p - 1].norm not in STOP | POSSESSIVES | {"s"} and toks[p - 1].norm not in skip:
        p -= 1
    if p >= 3 and toks[p - 1].norm == "s" and toks[p - 2].text in ("'", "’"):
        return True, _left_np(toks, p - 3)
    if p >= 1 and toks[p - 1].norm in POSSESSIVES:
        return True, (p - 1, p - 1)
    return False, None


#: Forms of "be" that equate a noun of speech or thought with a that-clause after it ("Moscow's view
#: is that ...": a specificational copula, Huddleston & Pullum 2002, ch. 4).
_SPECIFYING_BE = frozenset("is was remains remained".split())


def _specified_nominal(doc, sent, toks, a, b, word) -> _Found | None:
    """A possessed noun of speech or thought equated with a that-clause by "be": "Lavrov's view is
    that the West is playing with fire", "His argument was that sanctions never work" (source the
    possessor, cue the noun, content the clause; PARC 3.0 nominal cues, Pareti 2016). Without a
    possessor nobody is named as holding it: "The fear is that ..." stays the writer's.

    >>> from course import analyze
    >>> [(r.source.text, r.cue.text, r.content.text)
    ...  for r in analyze("Lavrov's view is that the West is playing with fire.").attributions]
    [('Lavrov', 'view', 'the West is playing with fire')]
    """
    n = len(toks)
    t = b + 2
    # "that" opens a clause: a subject and more ("Lavrov's view is that of a realist", "is that long" are a
    # pronoun and an adverb)
    if t + 2 >= n or toks[t].norm != "that" or toks[t + 1].norm in AUX | NP_PREPOSITIONS or not _is_word(toks[t + 1]) \
            or not _is_word(toks[t + 2]):
        return None
    _, src = _possessor(toks, a)
    if src is None or not (_speakerlike(toks, src) or toks[src[0]].norm in POSSESSIVES):
        return None
    content = _sentence_content(doc, sent, toks[t + 1].start, None)
    if content is None:
        return None
    return _Found(src, (a, b), content, None, _kind(doc.text, content, "indirect"), word,
                  f"{VERBS_LEXICON}.tsv: {word.phrase} (noun + be + that)", "forward")


def _nominal_with_holder(doc, sent, toks, a, b, word) -> _Found | None:
    """A noun cue whose speaker follows it with "from" or "by" before the that-clause: "repeated
    warnings from his lawyer that the hearing was unlawful", "claims by the ministry that ..."
    (source "his lawyer", content "the hearing was unlawful"; PARC 3.0 nominal cues, Pareti 2016).
    The phrase must name someone who can speak, and "that" must open a clause with its own subject
    ("warnings from a region that has suffered" is a relative clause on the region)."""
    n = len(toks)
    holder = _right_np(toks, b + 2, n)
    if holder is None or holder[1] + 3 >= n or toks[holder[1] + 1].norm != "that":
        return None
    if not (_speakerlike(toks, holder) or toks[holder[1]].norm in document_nouns()):
        return None
    subject = toks[holder[1] + 2]
    if subject.norm in AUX or subject.text.islower() and (subject.norm.endswith("ed") or subject.norm in IRREGULAR_PAST):
        return None
    end = _subject_clause_end(toks, a, holder[1] + 2)
    content = _sentence_content(doc, sent, subject.start, toks[end].start if end is not None else None)
    if content is None:
        return None
    return _Found(holder, (a, b), content, None, _kind(doc.text, content, "indirect"), word,
                  f"{VERBS_LEXICON}.tsv: {word.phrase} (noun + {toks[b + 1].norm} + speaker + that)", "forward")


#: Prepositions that open a phrase before the main clause ("Amid warnings that ..., the envoy left").
_OPENING_PREPOSITIONS = frozenset("amid amidst despite after following before with without in over".split())


def _epigraphs(doc, sent, toks, closes, taken) -> list[_Found]:
    """Quotations signed with a dash ('“...” ― Steve Quinlan') and transcript speaker
    labels ('PENCE: Well, look ...', 'Q: ...'): the punctuation is the cue. A speaker label's content is
    the whole turn, to the end of its paragraph; a bracketed name right after the colon ('Q: (Halvard
    Nyberg, Ostland News Agency) ...') is the source, and the turn starts after it."""
    out = []
    for k, t in enumerate(toks):
        q = None
        if t.text in DASHES and k not in taken:
            if k > 0 and toks[k - 1].text in "”\"" and toks[k - 1].end <= t.start:
                q = closes.get(toks[k - 1].start, (0, 0, 0, 0))
            elif k == 0:
                q = _quote_before(doc, sent, closes)
        if q is not None:
            src = _right_np(toks, k + 1, len(toks))
            if src and toks[src[0]].text[:1].isupper():
                content = _quote_interior(doc, q)
                out.append(_Found(src, (k, k), content, None, "direct", _SIGNATURE, "pattern: quotation signed with a dash", "backward"))
    # a transcript line: an upper-case name and a colon at the start of a paragraph
    para = doc.paragraphs[sent.paragraph]
    if sent.start == para.start and len(toks) > 3:
        for k in range(1, min(5, len(toks) - 1)):
            if toks[k].text == ":":
                if all(x.text.isupper() and _is_word(x) or x.text == "." for x in toks[:k]) \
                        and not any(x.norm in word_class("editorial-labels") for x in toks[:k]):
                    # the speaker's turn runs to the end of the paragraph ("LAVROV: We will respond.
                    # This is a major violation ..."), however many sentences it has
                    src, first = (0, k - 1), k + 1
                    if toks[k + 1].text == "(":
                        # "Q: (Halvard Nyberg, Ostland News Agency) ...": the bracket names who asks,
                        # more fully than the label; it is the source, and the turn starts after it
                        close = next((m for m in range(k + 2, min(len(toks), k + 20)) if toks[m].text == ")"), None)
                        if close is not None and close > k + 2 and close + 1 < len(toks):
                            src, first = (k + 2, close - 1), close + 1
                    content = _sentence_content(doc, sent, toks[first].start, para.end)
                    # (a transcript gives the words as spoken: direct speech without quotation marks)
                    out.append(_Found(src, (k, k), content, None, "direct",
                                      _SIGNATURE, "pattern: transcript speaker label", "forward"))
                break
    return out


_SIGNATURE = CueWord("―", "signature", "neutral", "pattern",
                     "the punctuation credits the words to the person named, without any judgement",
                     "PARC 3.0 (Pareti 2016)")


#: Participles of making, showing or sending a text whose "by" phrase names who made it: the agent
#: belongs to the text's noun phrase ("A letter signed by 40 lawmakers urged ...", "research
#: conducted by the Velm Institute found ...", §6.2).
TEXT_PARTICIPLE_AGENTS = frozenset("seen obtained reviewed published circulated leaked signed drafted written sent issued "
                                   "released broadcast conducted commissioned".split())
IRREGULAR_PARTICIPLES = frozenset("told written shown seen known thought said heard understood laid put".split())



def _asked_by_agent(doc, sent, toks, a, word) -> _Found | None:
    """A passive "asked" without its "be", opening the sentence or set off by commas, with its
    agent and the question: "Asked by reporters whether the talks would resume, the minister
    replied ..." reports the reporters' question as "was asked by reporters whether ..." does (§6.2
    passive with "by"): source the agent, content the question to the comma that closes it (or the
    act asked for: "Asked by the council to mediate, Lind agreed" -> "mediate"). The answer is the
    main clause's relation; with no agent ("Asked whether ..., she said") the asker is not named
    and the frame reports nothing (§6.1).

    >>> from course.document import build_document
    >>> d = build_document("Asked by reporters whether talks would resume, she said no.")
    >>> f = _asked_by_agent(d, d.sentences[0], d.tokens, 0, None)
    >>> f.source, f.content.text
    ((2, 2), 'whether talks would resume')
    """
    n = len(toks)
    agent = _right_np(toks, a + 2, n, speech_nouns=True)
    if agent is None:
        return None
    wh = next((k for k in range(agent[0] + 1, agent[1] + 2) if k < n and toks[k].norm in WH_WORDS), None)
    if wh is None and _infinitive_at(toks, agent[1] + 1):
        wh = agent[1] + 2  # a request: "Asked by the council to mediate, Lind agreed" -> "mediate"
    elif wh is None:
        return None
    agent = (agent[0], (wh if toks[wh - 1].norm != "to" else wh - 1) - 1)
    head = toks[agent[1]].norm
    if not (_speakerlike(toks, agent) or head.endswith(("ers", "ors", "ists", "ians", "ants", "ents"))):
        return None
    comma = next((k for k in range(wh + 1, n) if toks[k].text in ",;:" or toks[k].text in QUOTE_CHARS), None)
    if comma is None or toks[comma].text != ",":
        return None
    content = _sentence_content(doc, sent, toks[wh].start, toks[comma].start)
    return _Found(agent, (a, a), content, None, "indirect", word,
                  f"{VERBS_LEXICON}.tsv: asked (a passive participle with its agent and what was asked)", "forward")


def _passive(toks: list[Token], c0: int, a: int, word: CueWord) -> bool:
    """Is the cue a passive participle ("was endorsed", "has been criticised")?"""
    k = a - 1
    while k >= 0 and (_is_adverb(toks[k]) or toks[k].norm in ("not", "n't", "never")):
        k -= 1  # ("are not expected to reach": the negation is inside the verb group)
    if k < 0 or toks[k].norm not in BE_FORMS or " " in word.phrase:
        return False
    n = toks[a].norm
    return n.endswith("ed") or n in IRREGULAR_PARTICIPLES


def _noun_clause_subject(toks: list[Token], subj: tuple[int, int], c0: int) -> tuple[int, int]:
    """A passive's subject with the clause of its noun of speech: "Lorvia's claim that the station
    needed repairs was dismissed by engineers" (content the whole subject, not "Lorvia's"), "The
    allegation that Tarsk had been warned was rejected by its ministry". The subject runs to the
    verb group when a noun of the lexicon that takes a content clause ("claim", "allegation") is
    followed by "that" within its first words; otherwise it is kept."""
    nouns = _content_nouns()
    end = c0 - 1
    while end > subj[0] and (toks[end].norm in AUX or _is_adverb(toks[end]) or toks[end].norm in ("not", "t", "'")):
        end -= 1  # ("... was firmly dismissed": the auxiliaries and adverbs of the verb group)
    for k in range(subj[0], min(end, subj[0] + 6)):
        if toks[k].norm in nouns and toks[k + 1].norm == "that" and not any(
                toks[x].text in (";", ":") for x in range(k, end + 1)):
            return (subj[0], end)
    # ... and a noun of speech the walk stopped before: "Lorvia's claim was dismissed by engineers"
    if subj[1] + 1 == end and toks[end].norm in nouns:
        return (subj[0], end)
    return subj


#: Subordinators that open a clause of their own, with its own subject, inside a sentence ("as" and
#: "until" left out: "as" may bring a label, and "until" a time).
_CLAUSE_SUBORDINATORS = OPENING_SUBORDINATORS - {"as", "until"} | {"where"}


def _subordinate_clause_subject(toks: list[Token], subj: tuple[int, int] | None, c0: int) -> tuple[int, int] | None:
    """The subject of a passive cue that stands in a subordinate clause after the sentence's subject
    ``subj``: the noun phrase right after the subordinator ("The sanctions worked in Orsa, **where
    the outreach** was opposed by most lawmakers" -> "the outreach"); ``subj`` when there is no
    subordinator between it and the cue group at ``c0``; None when no noun phrase ends at the cue.

    >>> from course.document import build_document
    >>> t = build_document("The sanctions worked in Orsa, where the outreach was opposed by lawmakers.").tokens
    >>> _subordinate_clause_subject(t, (0, 1), 9)
    (7, 8)
    """
    if subj is None:
        return None
    # (the verb group may have started before the cue: "was first observed", "is not necessarily expected")
    end = c0 - 1
    while end > subj[1] and (toks[end].norm in AUX or toks[end].norm in ("not", "n't") or _is_adverb(toks[end])):
        end -= 1
    for k in range(end, subj[1], -1):
        if toks[k].text in ",;:()—–" or toks[k].text in QUOTE_CHARS:
            return subj  # a subordinate clause closed by a comma leaves the subject before it
        if toks[k].norm in _CLAUSE_SUBORDINATORS:
            np = _right_np(toks, k + 1, end + 1, speech_nouns=True)
            if np is not None and np[1] == end:
                return np
            # ... with what describes the noun, up to the cue ("after the proposal Velm made was rejected")
            whole = k < end and toks[k + 1].norm in DETERMINERS | POSSESSIVES and all(
                _is_word(toks[x]) and toks[x].norm not in AUX for x in range(k + 1, end + 1))
            return (k + 1, end) if whole else None
    return subj


def _conjunct_in_subordinate_clause(toks: list[Token], subj: tuple[int, int] | None, conj: int) -> tuple[int, int] | None:
    """The subject a second predicate after the conjunction at ``toks[conj]`` shares when the first
    predicate stands in a subordinate clause after the sentence's subject ``subj``: the noun phrase
    right after the subordinator, when its verb group follows it ("They may step in if **they**
    haven't already or weren't sure if they could help" -> the second "they": the coordinated
    predicates are both the if-clause's, Quirk et al. 1985 §13.5); ``subj`` otherwise.

    >>> from course.document import build_document
    >>> t = build_document("They may step in if they haven't already or weren't sure if they could help.").tokens
    >>> _conjunct_in_subordinate_clause(t, (0, 0), 10)
    (5, 5)
    """
    if subj is None:
        return None
    for k in range(conj - 1, subj[1], -1):
        if toks[k].text in ",;:()—–" or toks[k].text in QUOTE_CHARS:
            return subj  # a subordinate clause closed by a comma leaves the subject before it
        if toks[k].norm in _CLAUSE_SUBORDINATORS:
            np = _right_np(toks, k + 1, conj)
            if np is not None and np[0] == k + 1 and np[1] + 1 < conj and (
                    toks[np[1] + 1].norm in AUX or _clitic(toks, np[1] + 1) or _finite_like(toks[np[1] + 1])):
                return np
            return subj
    return subj


def _passive_found(doc, sent, toks, c0, a, b, j, word, rule, opens, closes) -> _Found | None:
    """A passive cue: "by X" is the source and the subject the content ("the issue was first
    reported by The Washington Post"); with no agent, the subject only received the words
    (source ``None``), and the cue needs a that-clause or a quotation."""
    n = len(toks)
    # words a deontic modal asks for are still to be said ("Velm should be told that ...", as "They
    # should tell Velm that ..."), but the writer's impersonal comment clause says them ("It must be
    # said that ...", "It should be noted that ...", as "I must say")
    g0 = min(c0, _group_start(toks, a))
    if _deontic_group(toks, g0, a) and not (g0 > 0 and toks[g0 - 1].norm == "it"):
        return None
    # the audience may stand before the agent: "was confirmed to the Ostland News Agency by two officials"
    if j + 1 < n and toks[j].norm == "to" and (toks[j + 1].norm in DETERMINERS | POSSESSIVES or toks[j + 1].text[:1].isupper()):
        aud = _right_np(toks, j + 1, n)
        if aud is not None and aud[1] + 1 < n and toks[aud[1] + 1].norm == "by":
            j = aud[1] + 1
    if j < n and toks[j].norm == "by":
        agent = _right_np(toks, j + 1, n, speech_nouns=True)
        if agent is None:
            return None
        # (a question asked ends the agent: "was asked by reporters whether the commission would ...")
        wh = next((k for k in range(agent[0] + 1, agent[1] + 1) if toks[k].norm in COMPLEMENTIZERS), None)
        if wh is not None:
            agent = (agent[0], wh - 1)
        # the agent must be able to speak or show ("explained by error" names a cause), and seeing is
        # no report ("a draft of which was seen by the agency": who saw a text, §6.1)
        head_noun = toks[agent[1]].norm
        if word.lemma == "see" or not (_speakerlike(toks, agent) or head_noun in document_nouns()
                                       or head_noun.endswith(("ers", "ors", "ists", "ians", "ants", "ents"))):
            return None  # (a plural of people who do something counts: "engineers", "economists")
        subj = _subject(toks, c0)
        if agent[1] + 2 < n and toks[agent[1] + 1].norm == "as" and toks[agent[1] + 2].norm.endswith("ing"):
            # a chain: "Ek was quoted by the state broadcaster VTV as saying that ...": the subject
            # speaks, the outlet is the via, the content follows "as saying"
            after_as = agent[1] + 3
            speaker = subj if subj is not None else _source_left(toks, c0)  # (after a quotation: no clause subject)
            left = _source_left(toks, c0)
            if left is not None and left[1] == c0 - 1 and (speaker is None or left[0] > speaker[1]):
                # the subject of the verb's own clause, after the sentence's: "The report angered Tarsk,
                # where a senior lawmaker was quoted by TANA as saying ..." (the lawmaker speaks)
                speaker = left
            if c0 > 0 and toks[c0 - 1].text == ",":
                # an apposition before the verb: "Its envoy to the OCD, Lev Arbat, was quoted by ..."
                speaker = _source_left(toks, c0) or speaker
            if speaker is None or speaker[1] >= c0:
                return None
            if after_as >= n or not _is_word(toks[after_as]) and toks[after_as].start not in opens:
                # '"...," Mako was quoted by the Herald as saying.': the quotation before is the content
                content = _backward_content(doc, sent, toks, speaker[0], closes)
                kind = _kind(doc.text, content, "direct")
            else:
                content, kind = _forward_content(doc, sent, toks, after_as, opens)
            return _Found(speaker, (c0, b), content, agent, kind, word,
                          rule + " (passive chain: quoted by the via as saying)", "forward")
        nxt_k = agent[1] + 1
        if nxt_k < n and (toks[nxt_k].norm in COMPLEMENTIZERS or toks[nxt_k].start in opens or toks[nxt_k].text == ":"):
            # "his government had been told by Tarsk that a yes vote would be remembered": the subject
            # is the audience, the clause after the agent is the content
            content, kind = _forward_content(doc, sent, toks, nxt_k, opens)
            content, kind = _comma_relative_end(doc, sent, toks, c0, nxt_k, content, kind)
            return _Found(agent, (c0, b), content, None, kind, word,
                          rule + " (passive: the source follows by, the subject is the audience)", "forward")
        if word.verb_class == "commissive-directive" and _infinitive_at(toks, nxt_k):
            # "Lind was asked by the council to mediate": the subject is the audience, the act asked
            # for is the content, without its "to" (as "were told to vote", §6.2)
            content, kind = _forward_content(doc, sent, toks, nxt_k + 1, opens)
            content, kind = _comma_relative_end(doc, sent, toks, c0, nxt_k, content, kind)
            return _Found(agent, (c0, b), content, None, kind, word,
                          rule + " (passive: the source follows by, the act asked for after to)", "forward")
        if subj is None:  # ("The allegation that ... was rejected": no plain noun phrase before the verb)
            first = _after_dateline(toks, c0)
            whole = _noun_clause_subject(toks, (first, first), c0) if first < c0 - 1 else None
            subj = whole if whole is not None and whole[1] > first else None
            # ... or a plain noun phrase whose noun is also a verb of saying ("The ruling was hailed by
            # rights groups": a noun after its determiner, §6.2 passive content)
            plain = _right_np(toks, first, c0, speech_nouns=True) if subj is None else None
            if plain is not None and plain[1] == c0 - 1 and toks[first].norm in DETERMINERS | POSSESSIVES:
                subj = plain
        else:
            subj = _subordinate_clause_subject(toks, _noun_clause_subject(toks, subj, c0), c0)
        # a subject moved into "whose": "The documents, whose authenticity was confirmed by two
        # officials, suggest ..." -> "whose authenticity" (§6.2, a moved object is its relative pronoun)
        whose = next((k for k in range(c0 - 1, max(-1, c0 - 5), -1) if toks[k].norm == "whose"), None)
        if whose is not None and whose < c0 - 1 and all(_is_word(toks[x]) for x in range(whose + 1, c0)):
            subj = (whose, c0 - 1)
        content = _tok_span(doc, toks, subj) if subj is not None and subj[1] < c0 else None
        return _Found(agent, (c0, b), content, None, _kind(doc.text, content, "indirect"), word,
                      rule + " (passive: the source follows by)", "forward")
    if j + 1 < n and toks[j].norm in ("of", "for") and toks[j + 1].norm.endswith("ing") and toks[j + 1].text.islower() \
            and word.frame in ("speech", "object") and word.verb_class in ("distancing", "neutral", "commissive-directive"):
        # "Russia has been accused of meddling", "peacekeepers have been criticised for being
        # slow": the accusation is the content, its authors are not named
        content, kind = _forward_content(doc, sent, toks, j + 1, opens)
        return _Found(None, (c0, b), content, None, kind, word,
                      rule + f" (passive + {toks[j].norm} + gerund: no source named)", "forward")
    if word.lemma == "tell" and j + 1 < n and toks[j].norm == "to" and toks[j + 1].text.islower() and _is_word(toks[j + 1]) \
            and toks[j + 1].norm not in DETERMINERS | POSSESSIVES | STOP:
        # an order passed on, with an adverb in the verb group: "were reportedly told to vote or lose
        # their jobs" (as "were told to", attribution_patterns.tsv: passive-told)
        content = _sentence_content(doc, sent, toks[j + 1].start)
        return _Found(None, (c0, b), content, None, _kind(doc.text, content, "indirect"), word,
                      rule + " (passive + to-infinitive: no source named)", "forward")
    if word.lemma == "tell" and j + 1 < n and toks[j].norm == "to" and toks[j + 1].start in opens:
        # ... also when the order is quoted after its "to": 'had been told to "let families through"'
        # (the infinitive marker is no content, §6.2)
        content, kind = _forward_content(doc, sent, toks, j + 1, opens)
        return _Found(None, (c0, b), content, None, kind, word,
                      rule + " (passive + to-infinitive: no source named)", "forward")
    c = _complement_at(toks, j)
    if c is not None and word.lemma == "ask" and toks[c].norm in WH_WORDS:
        # "The president was once asked how the war would end": the subject is the audience of a
        # question whose asker is not named, as "was told that" (§6.1, §6.4 "ask" a question)
        content, kind = _forward_content(doc, sent, toks, c, opens)
        return _Found(None, (c0, b), content, None, kind, word, rule + " (passive + question: no source named)", "forward")
    if c is None or toks[c].norm not in ("that",) and toks[c].text not in QUOTE_CHARS + ":":
        return None
    content, kind = _forward_content(doc, sent, toks, j, opens)
    return _Found(None, (c0, b), content, None, kind, word, rule + " (passive: no source named)", "forward")


#: The word lists under the constant names they had in this module (``frames.LIGHT_VERBS``), now
#: classes of ``attribution_word_classes.tsv`` read on first use.
__getattr__ = lazy_constants(__name__, {
    "ACCORDANCE_NOUNS": lambda: word_class("accordance-nouns"),
    "OF_LEMMAS": lambda: word_class("of-lemmas"),
    "DOCUMENT_NOUNS": document_nouns,
    "COMMON_GROUND_LEMMAS": lambda: word_class("common-ground-lemmas"),
    "NO_INVERSION_LEMMAS": lambda: word_class("no-inversion-lemmas"),
    "AS_ONLY_LEMMAS": lambda: word_class("as-only-lemmas"),
    "ENVOY_NOUNS": lambda: word_class("envoy-nouns"),
    "NAMING_LEMMAS": lambda: word_class("naming-lemmas"),
    "DISPLAY_LEMMAS": lambda: word_class("display-lemmas"),
    "OBJECT_OF_SPEECH_NOUN": lambda: word_class("speech-object-verbs"),
    "HELD_FEELINGS": lambda: word_class("held-feelings"),
    "LIGHT_VERBS": lambda: word_class("light-verbs"),
    "EDITORIAL_LABELS": lambda: word_class("editorial-labels"),
})
