"""Sentences asserted in the writer's own voice (ANNOTATION.md §7): a contestable claim
(an evaluation, an obligation, a superlative, a generic claim) whose main clause no
attribution covers."""

from __future__ import annotations

import bisect
import re

from ...document import Document, Sentence
from ...labels import BOOSTER_LABELS
from ...model import Annotation, Attribution, Span
from .contents import _clause_start
from .lexicon import PATTERNS_LEXICON
from .spans import _Intervals
from .words import DETERMINERS, LINKING_VERBS, POSSESSIVES, QUOTE_CHARS, STOP, word_class


#: What each kind of marker does, for the student's explanation.
_VERDICT_WHY = {
    "evaluative": "passes a verdict",
    "deontic": "says what ought to happen",
    "graduation": "grades the event",
    "superlative": "puts it at the top (or bottom) of its kind",
    "significance": "says what the event means",
    "generic": "makes a sweeping claim",
    "motive": "claims to know why a side acts",
    "prediction": "makes a forecast",
    "evidential": "leans on reports it does not name",
    "certainty": "vouches for the claim with the writer's own certainty",
    "concurrence": "treats the claim as obvious",
    "emphasis": "turns up the force of the judgement",
    "weasel": "points to an unnamed crowd of believers",
}
#: Predicates that leave a "Whether ..." subject open: the sentence says what is not known.
_OPEN_QUESTION_WORDS = frozenset("unclear uncertain unknown doubtful open seen answered".split())
#: (A focusing "even" before the source leaves the report governing the clause: "Even China, Pyongyang's
#: only ally, said it was opposed to the test".)
_OPENING_WORDS = frozenset("but and yet so however meanwhile further furthermore moreover also still "
                           "then now later earlier separately instead even".split())


#: Sources that open a relative clause: the report is told of a noun of the writer's clause.
_RELATIVE_SOURCES = frozenset("who whom whose which that".split())


def _hangs_on_the_writers_clause(text: str, r: Attribution) -> bool:
    """Is the attribution an adjunct of another clause, so that it cannot govern the main one?

    A participle after a comma adds the subject's report to its own act ("The United States
    ordered the expulsion of 12 diplomats, **accusing** them of spying, in a move that will further
    strain relations": the move and its forecast are the writer's), and a relative pronoun as the
    source tells the report of a noun ("The raid was a blatant violation for the mediators, **who**
    had promised a calm week"). Either way the main clause keeps the writer's voice; what the
    report contains stays covered.

    >>> from course.model import Span
    >>> t = "Tal expelled two envoys, accusing them of spying."
    >>> cue = Span(25, 33, "accusing")
    >>> _hangs_on_the_writers_clause(t, Attribution(Span(0, 3, "Tal"), cue, None, None, "indirect", "neutral"))
    True
    """
    return r.source is not None and r.source.text.lower() in _RELATIVE_SOURCES or _participle_adjunct(text, r)


def _participle_adjunct(text: str, r: Attribution) -> bool:
    """Is the cue a participle after a comma, its source the subject of the clause before it?"""
    first_cue_word = r.cue.text.split()[0].lower()
    return first_cue_word.endswith("ing") and first_cue_word != "according" \
        and r.source is not None and r.source.end < r.cue.start \
        and text[max(0, r.cue.start - 40):r.cue.start].rstrip().endswith(",")


def _main_clause_attributed(doc: Document, sent: Sentence, rels: list[Attribution]) -> bool:
    """Does an attribution govern the sentence's main clause (§7, condition 2)?

    True when the source and cue open the sentence (after a conjunction, a linking adverb or
    an opening phrase closed by a comma: "Speaking to reporters, the minister said ...") or
    when the content starts the sentence and the cue follows ("..., the ministry said.",
    "..., according to X"). An attribution buried in the writer's clause ("This comes as ties
    hit rock bottom with the US threatening to ...") does not govern it.
    """
    text = doc.text
    begin = _clause_start(doc, sent)
    opening_end = _opening_words_end(text, begin, sent.end)
    for r in rels:
        if _hangs_on_the_writers_clause(text, r):
            continue
        parts = [x for x in (r.source, r.cue, r.content) if x is not None]
        first = min(x.start for x in parts)
        if first <= begin or (r.content is not None and r.content.start < sent.start):
            return True
        if _last_mark_before(text, begin, first) in (*QUOTE_CHARS, ","):
            return True
        if first <= opening_end:
            return True  # only opening words before it ("But", "However,")
    return False


def _opening_words_end(text: str, begin: int, end: int) -> int:
    """Where the first word that is no opening word (:data:`_OPENING_WORDS`) starts in
    ``text[begin:end]``, or ``end``: a relation that starts before it has only opening words before it
    (found once for the sentence, not for every relation)."""
    for m in re.finditer(r"[\w'’-]+", text[begin:end]):
        if m.group().lower() not in _OPENING_WORDS:
            return begin + m.start()
    return end


def _last_mark_before(text: str, begin: int, first: int) -> str:
    """The last character before offset ``first`` that is no space, back to offset ``begin`` ("" if none)."""
    k = first - 1
    while k >= begin and text[k].isspace():
        k -= 1
    return text[k] if k >= begin else ""


#: Predicates that keep a matter undisclosed: "were not made public", "remain unclear".
_UNDISCLOSED = frozenset("unclear unknown undisclosed uncertain".split())
_NOT_DISCLOSED = frozenset("public disclosed given explained known clear revealed released specified".split())
#: How many tokens after a motive word its predicate is looked for.
_PREDICATE_REACH = 12


def _said_to_be_undisclosed(toks, k: int) -> bool:
    """Is the noun phrase ending before token ``k`` the subject of a predicate that says it is not
    known or not disclosed ("The reasons for the change **were not made public**", "Its motives
    **remain unclear**")? Such a sentence asserts what is not known, as "Whether that signals an
    opening remains unclear" does; it claims no motive.

    >>> from course.document import build_document
    >>> toks = build_document("The reasons for the move were not made public.").tokens
    >>> _said_to_be_undisclosed(toks, 2)
    True
    >>> _said_to_be_undisclosed(build_document("The reasons are economic.").tokens, 2)
    False
    """
    for y in range(k, min(len(toks), k + _PREDICATE_REACH)):
        if toks[y].text in (",", ";", ":"):
            return False
        if toks[y].norm in LINKING_VERBS:
            rest = [t.norm for t in toks[y + 1:y + 5]]
            return bool(rest) and (rest[0] in _UNDISCLOSED or rest[0] in ("not", "never")
                                   and any(w in _NOT_DISCLOSED | _UNDISCLOSED for w in rest[1:]))
    return False


#: Words in -er that compare a time, a distance or an amount, not a quality ("left earlier than planned").
_NOT_QUALITY = frozenset("earlier later sooner longer further farther other rather never ever over under after "
                         "either whether fewer number quarter".split())
#: Words between the writer's "will" and a verb of effect: "will only deepen", "will further strain".
_WILL_FILLERS = frozenset("not n't only further also surely certainly likely probably inevitably".split())


#: How far "than" may follow the compared word: past a second comparative joined by "and"
#: ("leaves both embassies smaller and less able to do their work than before").
_THAN_REACH = 10


def _than_follows(toks, k: int) -> bool:
    """Does "than" follow from token ``k`` before a clause break, within ``_THAN_REACH`` tokens?"""
    for y in range(k, min(len(toks), k + _THAN_REACH)):
        if toks[y].text in (",", ";", ":") or toks[y].norm in ("that", "who", "which"):
            return False
        if toks[y].norm == "than":
            return True
    return False


#: The writer's modals of possibility: before a verb of effect they forecast ("could deepen the rift").
_POSSIBILITY_MODALS = frozenset("may might could".split())
#: Words between a modal of possibility and its verb ("could also deepen", "may now spill over");
#: not "not": "could not strengthen" may tell of a past inability.
_MODAL_FILLERS = frozenset("also further only even now eventually ultimately soon yet still well".split())
#: The possessives of the way construction ("find its way to", "make their way into").
_WAY_POSSESSIVES = frozenset("its their his her".split())


#: How many words before a modal of duty its embedded question may open ("over how much water Tarsk must").
_QUESTION_REACH = 6
#: Words that open an embedded question and never a relative clause ("who", "which", "where" and
#: "when" do both: "residents who live abroad must pay taxes" asserts a duty).
_QUESTION_WORDS = frozenset("how what whether why".split())


def _inside_embedded_question(toks, k: int) -> bool:
    """Does the word at ``toks[k]`` stand in an embedded question, a wh-word opening its clause
    (:data:`_QUESTION_WORDS`) after a preposition or a verb within :data:`_QUESTION_REACH` words ("Talks stalled over **how
    much** water Tarsk must release", "The talks are about **what** Velm must give up")? The writer
    names what is in dispute and asserts no duty (Quirk et al. 1985 §15.5, dependent wh-interrogative
    clauses). A wh-word opening the sentence is a pseudo-cleft that asserts it ("What Tarsk must do
    now is withdraw"), and a comma or a finite verb between ends the search.

    >>> from course.document import build_document
    >>> t = build_document("Talks stalled over how much Tarsk must pay.").tokens
    >>> _inside_embedded_question(t, 6), _inside_embedded_question(build_document("Tarsk must pay.").tokens, 1)
    (True, False)
    """
    for m in range(k - 1, max(-1, k - 1 - _QUESTION_REACH), -1):
        w = toks[m]
        if not w.text[:1].isalnum() or w.norm in LINKING_VERBS or w.norm in ("has", "have", "had", "do", "does", "did"):
            return False
        if w.norm in _QUESTION_WORDS:
            return m > 0
    return False


def _forecast_verb(toks, v: int, fillers: frozenset) -> tuple[str, int] | None:
    """A verb of effect or of development at ``v`` (after ``fillers``), if any: its words and the
    index of its last token.

    Verbs of effect (class ``consequence-verbs``: "deepen", "complicate") and of development (class
    ``development-verbs``: "escalate", "collapse", "spill over") tell what an event will do or
    become; so does a verb of the way construction ("find **its way** to the Security Council",
    "make their way into law": Goldberg 1995). "resume", "meet", "open" schedule and are neither.
    """
    n = len(toks)
    while v < n and (toks[v].norm in fillers or toks[v].text in ("'", "’")):
        v += 1
    if v >= n or not toks[v].text.islower():
        return None
    if toks[v].norm in word_class("consequence-verbs") or toks[v].norm in word_class("development-verbs"):
        return toks[v].norm, v
    if toks[v].norm in word_class("involvement-verbs"):
        end = _drawn_in(toks, v)
        if end is not None:
            return f"{toks[v].norm} {toks[end].norm}", end
    if v + 2 < n and toks[v + 1].norm in _WAY_POSSESSIVES and toks[v + 2].norm == "way":
        return f"{toks[v].norm} {toks[v + 1].norm} way", v + 2
    return None


#: How far after a verb of involvement its "into" is looked for: "draw neighbouring states into the war".
_INTO_REACH = 6


def _drawn_in(toks, v: int) -> int | None:
    """The index of the particle that makes the verb at ``v`` (class ``involvement-verbs``) pull a new
    party into a conflict: "in" right after it ("could **draw in** neighbouring states") or "into"
    after its object ("could **draw** neighbouring states **into** the war"); None for "draw up a
    plan", "draw a line", "pull out".

    >>> from course.document import build_document
    >>> _drawn_in(build_document("could draw in neighbouring states").tokens, 1)
    2
    >>> _drawn_in(build_document("could draw up a plan").tokens, 1) is None
    True
    """
    if v + 1 < len(toks) and toks[v + 1].norm == "in":
        return v + 1
    for y in range(v + 1, min(len(toks), v + _INTO_REACH)):
        if toks[y].text in (",", ";", ":", ".") or toks[y].norm in ("that", "who", "which"):
            return None
        if toks[y].norm == "into":
            return y
    return None


#: Adverbs between a linking verb and its complement: "was also a triumph", "is now a setback".
#: Words between a linking verb and its complement: "was also a failure", "was hardly a coincidence"
#: (a negated label is a verdict too, as "was no coincidence" is).
_COMPLEMENT_FILLERS = frozenset("also now clearly effectively yet still hardly scarcely not n't".split())
#: Words a noun phrase before its head may hold: "a rare diplomatic success" (at most three).
_MAX_PREMODIFIERS = 3


def _judgement_complement(toks, j: int) -> int | None:
    """The index of a noun of judgement (class ``judgement-nouns``) heading the complement of a
    linking verb that ends at ``j``: "The raid was a sharp **escalation**", "The meeting was a rare
    diplomatic **success**", and negated, "The timing was hardly a **coincidence**", "was no
    **accident**". A label given to the event in the writer's voice (Martin & White 2005:
    appreciation); "Fears of escalation grew" names no event so.
    """
    n = len(toks)
    while j < n and toks[j].norm in _COMPLEMENT_FILLERS:
        j += 1
    if j >= n or toks[j].norm not in ("a", "an", "another", "no"):
        return None
    for h in range(j + 1, min(n, j + 2 + _MAX_PREMODIFIERS)):
        if not toks[h].text.isalpha() or not toks[h].text.islower() or toks[h].norm in STOP:
            return None
        if toks[h].norm in word_class("judgement-nouns"):
            return h
    return None


#: Adverbs of degree before an adjective of verdict: "was largely muted", "has been notably timid".
_DEGREE_FILLERS = frozenset("largely notably strikingly remarkably surprisingly very too so somewhat rather "
                            "strangely oddly conspicuously".split())


def _verdict_adjective(toks, j: int) -> int | None:
    """The index of an adjective of verdict (class ``verdict-adjectives``) that is the whole
    complement of a linking verb ending at ``j``: "The response **has been muted**", "The reaction was
    largely **lukewarm**". The writer grades a side's act (Martin & White 2005: judgement,
    appreciation), as with a label after "be"; "The border was closed" reports a state.
    The adjective ends the clause: a noun after it makes it a modifier ("was a muted response" is read
    by its noun).
    """
    n = len(toks)
    while j < n and (toks[j].norm in _COMPLEMENT_FILLERS or toks[j].norm in _DEGREE_FILLERS):
        j += 1
    if j >= n or toks[j].norm not in word_class("verdict-adjectives") or not toks[j].text.islower():
        return None
    after = toks[j + 1] if j + 1 < n else None
    if after is not None and after.text.isalpha() and after.norm not in ("and", "but", "or", "at", "in", "on", "so", "given"):
        return None
    return j


def _plausibility_verdict(toks, j: int) -> int | None:
    """The index of the verb of credence in "hard to" or "difficult to" + a verb of class
    ``credence-verbs`` after a linking verb ending at ``j``: "That **is hard to square** with the
    facts", "The claim **is difficult to believe**", "It **is hard to see** how the talks can
    succeed". The writer judges how far a claim or a prospect can be believed (Martin & White 2005:
    appreciation), a contestable verdict; "The pass is hard to reach" grades a task.

    >>> from course.document import build_document
    >>> _plausibility_verdict(build_document("That is hard to square with the facts.").tokens, 2)
    4
    >>> _plausibility_verdict(build_document("The pass is hard to reach.").tokens, 3) is None
    True
    """
    n = len(toks)
    while j < n and toks[j].norm in _DEGREE_FILLERS:
        j += 1
    if j + 2 < n and toks[j].norm in ("hard", "difficult") and toks[j + 1].norm == "to" \
            and toks[j + 2].norm in word_class("credence-verbs"):
        return j + 2
    return None


def _would_forecast(k: int, toks, hedge_starts: frozenset[int]) -> bool:
    """Is the "would" at ``toks[k]`` a modal of the writer's own, so that with a verb of effect it
    forecasts ("The move **would deepen** the rift")? It is when the hedging lens reads it as a hedge
    (``hedge_starts``: the start offsets of its hedges). A "would" shifted back after a verb of
    saying, the "would" of narrative ("would later become") and that of a past habit ("would often
    end in a shouting match") are no hedge there and no forecast here."""
    return toks[k].start in hedge_starts


def _writer_claim(toks, hedge_starts: frozenset[int] = frozenset()) -> list[tuple[int, int, str, str]]:
    """Claims the writer makes with plain words (ANNOTATION.md §7): a forecast of an effect or a
    development with "will" ("the episode **will deepen** mistrust": classes ``consequence-verbs``
    and ``development-verbs``; "The talks will resume on Monday" schedules an event and is no
    forecast of its effects) or with the writer's "may", "might", "could" (a soft forecast: "the
    move **could deepen** the rift", "could **draw in** neighbouring states"; "the data may be
    incomplete" is a caveat) or "would", when ``hedge_starts`` (the start offsets of the hedging
    lens's hedges) holds it ("The move **would deepen** the rift"; not "said the move would deepen"),
    a verdict on an event's worth ("The vote **settles nothing**": class ``accomplishment-verbs`` +
    "nothing"), a label given to the event after a linking verb ("The raid **was a sharp escalation**":
    class ``judgement-nouns``) or an adjective of verdict as the whole complement ("The response **has
    been muted**": class ``verdict-adjectives``) or a verdict on what can be believed ("That **is hard
    to square** with the facts": class ``credence-verbs``), and a comparison of a result with what came before
    ("it **leaves** relations **more fragile than** the smiles suggested"). Returns (start, end,
    pattern, rule) for each.

    >>> from course.document import build_document
    >>> [p for _, _, p, _ in _writer_claim(build_document("The row will deepen mistrust.").tokens)]
    ['prediction']
    >>> _writer_claim(build_document("The talks will resume on Monday.").tokens)
    []
    >>> [p for _, _, p, _ in _writer_claim(build_document("The move could deepen the rift.").tokens)]
    ['prediction']
    """
    out = []
    done = word_class("accomplishment-verbs")
    n = len(toks)
    for k, t in enumerate(toks):
        w = t.norm
        if w in ("will", "ll") or w == "won" and k + 2 < n and toks[k + 2].norm == "t":
            verb = _forecast_verb(toks, k + 1, _WILL_FILLERS)
            if verb is not None:
                out.append((t.start, toks[verb[1]].end, "prediction", f"rule: will + verb of effect or development ({verb[0]})"))
        elif w in _POSSIBILITY_MODALS and t.text.islower() or w == "would" and _would_forecast(k, toks, hedge_starts):
            verb = _forecast_verb(toks, k + 1, _MODAL_FILLERS)
            if verb is not None:
                out.append((t.start, toks[verb[1]].end, "prediction", f"rule: {w} + verb of effect or development ({verb[0]})"))
        elif w in LINKING_VERBS and t.text.islower():
            # (an existential "there was" names what happened and labels nothing: "There was no accident")
            label = _judgement_complement(toks, k + 1) if not (k and toks[k - 1].norm == "there") else None
            if label is not None:
                out.append((t.start, toks[label].end, "evaluative",
                            f"rule: be + a ... {toks[label].norm} (a label the writer gives the event)"))
            verdict = _verdict_adjective(toks, k + 1) if label is None else None
            if verdict is not None:
                out.append((t.start, toks[verdict].end, "evaluative",
                            f"rule: be + {toks[verdict].norm} (an adjective of verdict on a side's act)"))
            credence = _plausibility_verdict(toks, k + 1) if label is None and verdict is None else None
            if credence is not None:
                out.append((t.start, toks[credence].end, "evaluative",
                            f"rule: be + hard to {toks[credence].norm} (a verdict on what can be believed)"))
        elif w in done and k + 1 < n and toks[k + 1].norm == "nothing" and t.text.islower():
            out.append((t.start, toks[k + 1].end, "evaluative", f"rule: {w} nothing (verdict on worth)"))
        elif w in ("leave", "leaves", "left") and t.text.islower():
            # "leaves relations more fragile than ...", "left the opposition weaker than ever"
            for m in range(k + 2, min(n - 1, k + 9)):
                x = toks[m]
                if x.text in (",", ";", ":") or x.norm in ("that", "who", "which"):
                    break
                # "more than 20 wounded" counts, it compares no quality
                quality = x.norm in ("more", "less") and m + 1 < n and toks[m + 1].text.isalpha() \
                    and not toks[m + 1].norm.endswith("ly") and toks[m + 1].norm != "than" \
                    or x.norm.endswith("er") and len(x.norm) > 4 and x.norm not in _NOT_QUALITY
                if quality and _than_follows(toks, m + 1):
                    out.append((t.start, x.end, "evaluative", "rule: leaves X more/less ... than (a judgement of the result)"))
                    break
    return out


#: How many words after a superlative its "since ..." or "in decades" is looked for ("their lowest point since").
_RANKING_REACH = 5
#: Spans of time after "in" that rank against the past ("the worst fighting in decades").
_SPANS_OF_TIME = frozenset("decades years generations centuries decade generation century".split())


def _ranked_against_the_past(toks, k: int) -> bool:
    """Does a ranking against every earlier time follow the superlative that ends before ``toks[k]``
    ("lowest point **since** the Cold War", "the worst fighting **in decades**", "the largest ever",
    "the highest **on record**")? Such a ranking is a judgement whatever the verb (ANNOTATION.md §7).

    >>> from course.document import build_document
    >>> t = build_document("Relations have sunk to their lowest point since the Cold War.").tokens
    >>> _ranked_against_the_past(t, 6), _ranked_against_the_past(build_document("the worst seats in the hall").tokens, 2)
    (True, False)
    """
    n = len(toks)
    for m in range(k, min(n, k + _RANKING_REACH)):
        w = toks[m].norm
        if not toks[m].text[:1].isalnum() or w in ("that", "which", "who", "and", "but"):
            return False
        if w == "since" or w == "ever" or w == "on" and m + 1 < n and toks[m + 1].norm == "record":
            return True
        if w == "in" and m + 1 < n and (toks[m + 1].norm in _SPANS_OF_TIME or m + 2 < n and toks[m + 2].norm in _SPANS_OF_TIME
                                        and (toks[m + 1].norm in ("a", "two", "three", "several", "many") or toks[m + 1].text.isdigit())):
            return True
    return False


def _verdict_in_a_booster_phrase(a: int, b: int, kind: str, hits) -> bool:
    """Is the verdict word (a, b) part of a longer booster phrase of ``hits`` ("mistake" in "Make no
    mistake")? A ranking keeps its own reason ("most" in "the most serious challenge")."""
    return kind == "evaluative" and any(k in BOOSTER_LABELS and x <= a and b <= y and (x, y) != (a, b)
                                        for x, y, k, _ in hits)


def _reasons(text: str, hits: list[tuple[int, int, str, str]]) -> list[str]:
    """One reason for each kind of marker, in text order (``hits`` sorted by start).

    A verdict word inside a booster phrase gives way to the phrase ("Make no mistake", not "mistake"),
    and a booster that overlaps a verdict gives way to it ("major" in "a major violation").
    Only hits near each one are compared (a run-on sentence may hold thousands).
    """
    starts = [h[0] for h in hits]
    widest = max(b - a for a, b, _, _ in hits)

    def near(a: int, b: int):
        return hits[bisect.bisect_left(starts, a - widest):bisect.bisect_left(starts, b)]

    seen: set[str] = set()
    reasons = []
    for a, b, kind, _ in hits:
        around = near(a, b)
        if _verdict_in_a_booster_phrase(a, b, kind, around):
            continue
        if kind in BOOSTER_LABELS and any(x < b and a < y and k not in BOOSTER_LABELS
                                          and not _verdict_in_a_booster_phrase(x, y, k, near(x, y))
                                          for x, y, k, _ in around):
            continue
        if kind not in seen:
            seen.add(kind)
            reasons.append(f"“{text[a:b]}” {_VERDICT_WHY.get(kind, 'passes a verdict')}")
    return reasons


def _unattributed(doc, attributions, quotes, evaluative, copular, stance=None) -> tuple[list[Span], list[Annotation]]:
    """Writer's-voice sentences that assert a contestable claim with no source (ANNOTATION.md §7).

    A body sentence (not a heading, header, caption or question) whose main clause no
    attribution governs is flagged when one of its markers lies outside every quotation and
    outside every attribution (from its source to the end of its content):

    - an ``evaluative`` or ``deontic`` word of ``attribution_patterns.tsv`` (a verdict or an
      accusation: "violation", "hit rock bottom", "intimidate", "remarkable"; "must");
    - a ``superlative`` ("the best chance", "their lowest point", "the most serious") after a
      form of "be", or a ``graduation`` word ("major") after a copular opening ("This is ...");
    - a ``significance`` verb before a noun phrase ("marks a shift", "signals a new approach");
    - a ``generic`` claim ("have long been strained"), a ``motive`` ("strong reasons to"), a
      ``prediction`` ("is likely to overshadow") or an ``evidential`` adverb ("reportedly");
    - a claim in plain words (``_writer_claim``): a forecast with "will" or a soft one with "may",
      "might", "could" ("could deepen the rift", "could draw in neighbouring states") or the writer's
      "would" as the hedging lens reads it ("would deepen the rift"), "settles nothing", "leaves X
      weaker than ...", a label after "be" ("was a sharp escalation"), an adjective of verdict after
      "be" ("has been muted");
    - from the hedging lens (``stance``), the writer's own booster ("clearly", "of course")
      or a weasel hedge that names no one ("are widely seen as").

    Epistemic caveats alone ("may be incomplete", "appeared to place", "could not be
    independently verified", "Whether that signals an opening remains unclear") and plain event
    reporting are not flagged: they withhold or
    report, they do not pass a verdict. "Paris is a major city" is not flagged either
    (grading words need a labelling opening such as "This is").
    """
    text = doc.text
    covered: list[tuple[int, int]] = [(q[0], q[3]) for q in quotes]
    sentences = doc.sentences
    starts = [s.start for s in sentences]
    ends = [s.end for s in sentences]
    # attributions that may concern each sentence: its own, and those whose content
    # overlaps it (indices into ``attributions``, so text order is kept)
    related: dict[int, list[int]] = {}
    for n, r in enumerate(attributions):
        parts = [s for s in (r.cue, r.source, r.content, r.via) if s is not None]
        if _participle_adjunct(text, r):
            # the writer's clause between the subject and its participle is not the report
            covered.append((r.source.start, r.source.end))
            parts = [s for s in parts if s is not r.source]
        covered.append((min(s.start for s in parts), max(s.end for s in parts)))
        related.setdefault(r.sentence, []).append(n)
        if r.content is not None:
            c = r.content
            for k in range(bisect.bisect_right(ends, c.start), bisect.bisect_left(starts, c.end)):
                related.setdefault(k, []).append(n)
    cover = _Intervals(covered)
    inside = cover.has_span

    # where the hedging lens's hedges start: a "would" among them is a modal of the writer's own
    hedge_starts = frozenset(m.start for m in stance or () if m.category == "hedge")
    stance_by_sentence: dict[int, list[Annotation]] = {}
    for m in stance or ():
        if m.category == "booster" or m.category == "hedge" and m.label == "weasel":
            k = bisect.bisect_right(starts, m.start) - 1
            if k >= 0:
                stance_by_sentence.setdefault(k, []).append(m)
    spans: list[Span] = []
    marks: list[Annotation] = []
    for sent, toks in doc.sentence_tokens():
        if sent.kind != "body" or not toks or sent.text.rstrip().endswith("?") or sent.text.lstrip().startswith("("):
            continue
        rels = [r for r in (attributions[n] for n in sorted(set(related.get(sent.index, ()))))
                if r.sentence == sent.index
                or r.content is not None and r.content.start < sent.end and sent.start < r.content.end]
        if _main_clause_attributed(doc, sent, rels):
            continue
        if toks[0].norm == "whether" and any(t.norm in _OPEN_QUESTION_WORDS for t in toks[1:]):
            continue  # "Whether that signals a real opening remains unclear": it asserts only what is not known
        frame = next(iter(copular.finditer(toks[:2])), None)
        hits: list[tuple[int, int, str, str]] = []  # start, end, pattern, rule
        for f, l, e in evaluative.finditer(toks):
            if inside(f.start, l.end):
                continue
            pattern = e.get("pattern")
            k, last = f.index - sent.token_start, l.index - sent.token_start
            nxt = toks[last + 1] if last + 1 < len(toks) else None
            # a verdict noun before a noun of records names the records, it passes no verdict: "the
            # threat figures", "the violation reports"
            if pattern == "evaluative" and f is l and nxt is not None and nxt.text.islower() \
                    and nxt.norm in word_class("information-nouns"):
                continue
            if pattern == "graduation" and frame is None:
                continue
            if e.phrase == "should" and _forecast_verb(toks, last + 1, _MODAL_FILLERS) is not None:
                pattern = "prediction"  # "The deal should ease tensions" expects, it does not prescribe
            if pattern == "deontic" and _inside_embedded_question(toks, k):
                continue  # "Talks stalled over how much Tarsk must pay": the duty is the dispute's topic
            if pattern == "motive" and _said_to_be_undisclosed(toks, last + 1):
                continue  # "The reasons for the change were not made public": no motive is claimed
            # "can afford" passes a verdict only under a negative subject: "Neither side can afford ..."
            if e.phrase == "can afford" and not any(t.norm in ("neither", "no", "nobody", "none") for t in toks[max(0, k - 8):k]):
                continue
            if pattern == "superlative":
                # (a comparison with every other time ranks without "be": "leaves the opposition
                # weaker than at any point since independence")
                # ... and so does a ranking against the past: "Relations have sunk to their lowest
                # point since the Cold War"
                if e.phrase.split()[0] != "than" and not any(t.norm in LINKING_VERBS for t in toks[:k]) \
                        and not _ranked_against_the_past(toks, last + 1):
                    continue
                if e.phrase in ("most", "least") and (nxt is None or not nxt.text[:1].islower()
                                                      or nxt.norm in STOP | DETERMINERS | {"of"}
                                                      or k >= 2 and toks[k - 2].norm == "of"):
                    continue  # "the most serious challenge", not "one of the most modern"
            if pattern == "significance" and (nxt is None or nxt.norm not in (
                    ("a", "an") if e.phrase in ("mark", "marks", "marked", "represent", "represents") else DETERMINERS | POSSESSIVES)):
                continue  # "marks a shift", but "marks the first visit" is a plain fact
            phrase = e.phrase + (" + verb of effect" if pattern != e.get("pattern") else "")
            hits.append((f.start, l.end, pattern, f"{PATTERNS_LEXICON}.tsv: {phrase} ({pattern})"))
        for a, b, pattern, rule in _writer_claim(toks, hedge_starts):
            if not inside(a, b):
                hits.append((a, b, pattern, rule))
        for m in stance_by_sentence.get(sent.index, ()):
            if sent.start <= m.start < sent.end and not inside(m.start, m.end):
                kind = m.label if m.category == "booster" else "weasel"
                hits.append((m.start, m.end, kind, m.rule or f"hedging lens: {m.text} ({m.label})"))
        if not hits:
            continue
        hits.sort()
        reasons = _reasons(text, hits)
        why = (
            "No source is given: in the writer's own voice, " + "; ".join(reasons) + "."
            + (f" The opening “{text[frame[0].start:frame[1].end]}” labels the event in the writer's voice." if frame else "")
            + " Ask: who says so?"
        )
        first = hits[0]
        ref = "ANNOTATION.md §7; Martin & White 2005 (monogloss)"
        spans.append(Span(sent.start, sent.end, sent.text))
        marks.append(Annotation(
            sent.start, sent.end, sent.text, "attribution", "unattributed", why,
            first[3], ref, sentence=sent.index,
        ))
    return spans, marks
