"""The rules that read candidates together: cessation flips an object ("lift sanctions"),
a threat merges with the act threatened, heads absorb their complement, negation, a readiness
takes in the act it names ("willing to withdraw its troops"), and a step named as the subject of
a refusal is the step refused. The verbs and nouns the rules look for are classes of
``datasets/lexicons/escalation_word_classes.tsv``."""

from __future__ import annotations

import bisect
from dataclasses import replace

from ...document import Token
from ..attribution.words import DETERMINERS, _finite_like
from .candidates import _Cand
from .conditions import _ruined_tie
from .speech import (_SUBJECT_PRONOUNS, _SUBORDINATORS, _THREATENABLE, _THREAT_CAMEO, _as_threat, _complement,
                     _recode_as_threat, _refrained_object)
from .weights import HEAD_WINDOW, NEGATION_FACTOR, REJECT_CODE, REJECT_MEETING_CODE, _NOUNS, describe_weight, goldstein
from .words import _AUX, _FUNCTION_WORDS, _MODALS, _MONTHS_DAYS, _NEGATORS, _NEG_STOP, _TOPIC_PREPS, word_class


def _invert(obj: _Cand, verb_i: int, verb_word: str) -> _Cand:
    lab = obj.label
    if obj.cameo == "191":
        new = ("deescalation", "RETREAT", "0872")  # 'lifted the blockade': CAMEO 0872 ease military blockade
    elif lab in {"ASSAULT", "MOBILIZE"}:
        new = ("deescalation", "RETREAT", "087")
    elif lab == "SANCTION":
        new = ("deescalation", "CONCEDE", "085")
    elif lab == "COERCE":
        new = ("deescalation", "CONCEDE", "081")
    elif lab == "PROTEST":
        new = ("deescalation", "CONCEDE", "082")
    elif lab == "THREATEN" and obj.rule.rpartition(": ")[2] in word_class("counter-measure-nouns"):
        new = ("deescalation", "CONCEDE", "081")  # 'suspend its counter-measures': measures withdrawn (§8.4)
    elif obj.category == "escalation":
        new = ("deescalation", "CONCEDE", "080")
    elif lab == "CONSULT":
        new = ("escalation", "SANCTION", "164")
    elif lab == "AGREE":
        new = ("escalation", "REJECT", "120")  # 'tore up the agreement': leaving an agreement (PLOVER REJECT, §8.2)
    elif lab in {"AID", "COOPERATE"}:
        new = ("escalation", "SANCTION", "162")
    elif lab in {"RETREAT", "RESTRAINT"}:
        new = ("escalation", "REJECT", "120")
    else:
        new = ("escalation", "SANCTION", "160")
    cat, label, cameo = new
    w = goldstein(cameo)
    what = "undoes a hostile step" if obj.category == "escalation" else "stops a cooperative step"
    expl = (f"'{verb_word}' {what} ({_NOUNS.get(lab, lab.lower())} turned around): read as a "
            f"{_NOUNS[label]}, {describe_weight(w)}.")
    return _Cand(verb_i, obj.j, cat, label, w, cameo, expl, f"rule: cessation ({verb_word} + {obj.rule})",
                 f"CAMEO {cameo} / Goldstein 1992; PLOVER {label}", priority=obj.priority)


def _modifies_a_noun(tokens: list[Token], c: _Cand) -> bool:
    """Is the phrase only a modifier of a noun of arms control after it ("suspends participation
    in the missile treaty")? Then a verb that stops or suspends acts on the treaty, not on the
    missiles."""
    return (c.label in ("MOBILIZE", "ASSAULT") and c.j + 1 < len(tokens)
            and tokens[c.j + 1].norm in word_class("arms-control-nouns"))


def _adjectival(tokens: list[Token], verb_k: int, c: _Cand) -> bool:
    """Is the stopping word a participle used as an adjective right before the phrase ("could fire
    prohibited missiles", "the banned weapons"), not a verb with a subject ("Moscow lifted
    sanctions", "has lifted sanctions")? It is one after a determiner, or after a verb that takes a
    weapon as its object (the class ``before-adjective-words``)."""
    if verb_k != c.i - 1 or not tokens[verb_k].norm.endswith("ed") or verb_k == 0:
        return False
    return tokens[verb_k - 1].norm in word_class("before-adjective-words")


#: Words that make the verb after them something demanded, not done: "should stop", "must end".
_DEONTIC = frozenset("should must".split())


def _deontic_before(tokens: list[Token], k: int) -> int | None:
    """The index of "should"/"must"/"has to"/"needs to" right before the verb at ``k`` (adverbs
    between), or None."""
    m = k - 1
    while m >= 0 and tokens[m].norm.endswith("ly") and tokens[m].text.islower():
        m -= 1
    if m >= 0 and tokens[m].norm in _DEONTIC:
        return m
    if m >= 1 and tokens[m].norm == "to" and tokens[m - 1].norm in ("has", "have", "needs", "need"):
        return m - 1
    return None


#: The transitive forms of "stall" that take talks or a deal as their object ("has stalled talks").
_STALLING = frozenset("stall stalls stalled stalling".split())

#: Verbs of blocking stop a cooperative step ("blocked aid deliveries", "aid convoys were blocked");
#: blocking a hostile one ("blocked streets in defiance of the ban") undoes nothing.
_BLOCKING = frozenset("block blocks blocked blocking".split())


#: Object pronouns that can name the side kept from a step ("stop them acquiring weapons").
_OBJECT_PRONOUNS = frozenset("them him her it us".split())


def _other_doer(tokens: list[Token], verb: int, phrase: int) -> bool:
    """Does an object, a name or a pronoun, stand between the verb of stopping at ``verb`` and an
    -ing form before the phrase at ``phrase``: "stop Kessia (from) obtaining a bomb", "stop them
    acquiring nuclear weapons"? Then another side is kept from a step, and the one who stops it gives
    nothing up ("stop acquiring nuclear weapons" has no object: the subject's own step ends, and in
    "cut any remaining ties" the -ing form is an adjective).

    >>> from course.document import build_document
    >>> _other_doer(build_document("to stop Kessia obtaining a bomb").tokens, 1, 4)
    True
    >>> _other_doer(build_document("to stop acquiring nuclear weapons").tokens, 1, 3)
    False
    >>> _other_doer(build_document("to stop the regime acquiring nuclear weapons").tokens, 1, 5)
    True
    >>> _other_doer(build_document("to cut any remaining ties").tokens, 1, 4)
    False
    """
    between = tokens[verb + 1 : phrase]
    ing = next((n for n, t in enumerate(between) if t.norm.endswith("ing") and n > 0), None)
    if ing is None:
        return False
    doer = ing - 2 if between[ing - 1].norm == "from" and ing > 1 else ing - 1
    word = between[doer]  # a name or a pronoun, not an adjective in -ing ("cut any remaining ties")
    if word.norm in _OBJECT_PRONOUNS or word.text[:1].isupper() and word.text.isalpha():
        return True
    # a noun group opened by a determiner, "stop the regime acquiring", "halt its rivals from building":
    # a short run of content words after the determiner ("cut any remaining ties" has none before the
    # -ing form, "block the sale of remaining arms" has a preposition in it)
    group = between[1 : doer + 1]
    return (between[0].norm in DETERMINERS and 0 < len(group) <= 3
            and all(t.text.isalpha() and t.norm not in _FUNCTION_WORDS for t in group))


#: Adverbs that make an ending a break, not a close: "ended its visit **abruptly**", "ended the summit early".
_ABRUPT = frozenset("abruptly suddenly early prematurely".split())


def _meeting_concluded(tokens: list[Token], c: _Cand) -> bool:
    """Does a verb of ending run the meeting ``c`` to its close rather than break it off? A meeting held
    at a time (``concluded-meeting-nouns``: a summit, a visit, a session, a conference) ends when it is
    over, and any meeting ends so when an outcome follows "with" ("ended two days of talks **with a joint
    statement**", "end summit **with pledge** to cut tariffs"). Talks, a dialogue or cooperation that a side
    ends without an outcome are broken off (164), and so is a meeting ended "abruptly" or "early".

    >>> from course.document import build_document
    >>> toks = build_document("The leaders ended the summit with a pledge to cut tariffs.").tokens
    >>> _meeting_concluded(toks, _Cand(4, 4, "deescalation", "CONSULT", 3.8, "044", "", "", ""))
    True
    >>> toks = build_document("Tarsk ended the talks abruptly.").tokens
    >>> _meeting_concluded(toks, _Cand(3, 3, "deescalation", "CONSULT", 1.0, "040", "", "", ""))
    False
    """
    after = [t.norm for t in tokens[c.j + 1 : c.j + 7]]
    if any(w in _ABRUPT for w in after[:3]):
        return False
    if "with" in after:
        k = after.index("with")
        rest = [w for w in after[k + 1 :] if w not in _OBJECT_OPENERS and w not in ("joint", "final", "new", "common")]
        if rest and rest[0] in word_class("meeting-outcome-nouns"):
            return True
    return tokens[c.j].norm in word_class("concluded-meeting-nouns")


def _apply_cessation(tokens: list[Token], seg: list[int], cands: list[_Cand]) -> list[_Cand]:
    cessation, off_verbs = word_class("cessation-words"), word_class("off-verbs")
    up_verbs, breakdown = word_class("up-verbs"), word_class("breakdown-nouns")
    ruin = word_class("ruin-verbs")
    out: list[_Cand] = []
    skip: set[int] = set()
    # which candidates cover each token (a dict, so that a long sentence is not rescanned)
    cover: dict[int, list[_Cand]] = {}
    for o in cands:
        for k in range(o.i, o.j + 1):
            cover.setdefault(k, []).append(o)
    for n, c in enumerate(cands):
        if n in skip:
            continue
        verb_k = None
        for k in range(c.i - 1, max(-1, c.i - 7), -1):
            w = tokens[k].norm
            if w in _NEG_STOP or w in {".", ";"} or seg[k] != seg[c.i]:
                break
            if w in ("with", "without") or w == "in" and k > 0 and tokens[k - 1].norm in cessation:
                # "the war ended with a ceasefire": what ends is the subject, the ceasefire is how; "the
                # talks ended without an agreement": the agreement did not come, nothing agreed was ended;
                # "the talks ended in a joint statement": the statement is their outcome
                break
            if w in cessation and k + 1 < len(tokens) and tokens[k + 1].norm == "short":
                break  # "stopped short of imposing sanctions": nothing stopped; a negator (below)
            if w in cessation and _other_doer(tokens, k, c.i):
                break  # "stop Kessia obtaining a bomb": another side is kept from acting, no stand-down
            if w in cessation or (w in ("off", "up") and k > 0 and tokens[k - 1].norm in (off_verbs if w == "off" else up_verbs)):
                verb_k = k - 1 if w in ("off", "up") else k
                break
            if w in _STALLING and k == c.i - 1 and c.label in ("CONSULT", "AGREE") and c.role != "head":
                verb_k = -k - 1  # "a crisis that has stalled talks": the talks lose ground (012), read below
                break
            if w in breakdown and tokens[k + 1].norm == "of":
                verb_k = k  # "the collapse of the talks": a noun of breakdown before "of" stops its object
                break
            if w in ruin and w.endswith(("ed", "ing")) and _ruined_tie(tokens, k, c.j) == c.j:
                verb_k = k  # "killed the deal", "blamed for wrecking the talks": a verb of ruin ends the tie
                break  # (a warning's "would wreck the deal" is the speech-act step's threat)
            if w in _AUX or w in ('"', "“"):
                break  # a verb group of its own: "The suspension is likely to deepen a crisis" (not a stopped crisis)
            if any(o is not c and _premodifier(tokens, o, c) for o in cover.get(k, ())):
                continue  # "the suspension of tariff talks": the talks are suspended, "tariff" only says which
            if w in _SUBORDINATORS or any(o is not c for o in cover.get(k, ())):
                break  # 'ease sanctions if the talks ...': the verb belongs to the nearer phrase
        if verb_k is not None and verb_k < 0:
            # a transitive verb of stalling right before talks or a deal: the process loses ground
            stall = _faltering(tokens, c, -verb_k - 1)
            stall.i, stall.j = -verb_k - 1, c.j
            out.append(stall)
            continue
        if verb_k is None:  # passive: 'the sanctions (on Corvia) were lifted'
            k = _past_noun_phrase(tokens, seg, c)
            stop = _intransitive_stop(tokens, seg, c, k)
            if stop is not None and tokens[stop].norm in word_class("weakening-verbs"):
                # "Hostage deal falters", "negotiations had repeatedly stalled": the process goes on but
                # loses ground, a gloomy description of it (012), not talks held nor talks halted
                out.append(_faltering(tokens, c, stop))
                skip.update(m for m in range(n + 1, len(cands)) if cands[m].i <= stop)
                continue
            if stop is not None:
                # "negotiations over the border collapsed", "Standoff at Kerro Reef ends": the noun is
                # the subject of a verb of breakdown or ending, and the verb turns it round
                inv = _invert(c, c.i, " ".join(t.text for t in tokens[k : stop + 1]))
                inv.j = stop
                out.append(inv)
                skip.update(m for m in range(n + 1, len(cands)) if cands[m].i <= stop)
                continue
            if k < len(tokens) and tokens[k].norm in _AUX:
                k += 1
                if k < len(tokens) and tokens[k].norm in {"be", "been", "being"}:
                    k += 1
                while k < len(tokens) and tokens[k].norm.endswith("ly") and tokens[k].text.islower():
                    k += 1  # "a promised summit was quietly dropped"
                if k < len(tokens) and tokens[k].norm in cessation and seg[k] == seg[c.i] \
                        and not (tokens[k].norm in _BLOCKING and c.category == "escalation"):
                    inv = _invert(c, c.i, tokens[k].text)
                    inv.j = k
                    out.append(inv)
                    # the participle may be a candidate of its own ("blocked"): it is this act
                    skip.update(m for m in range(n + 1, len(cands)) if cands[m].i <= k)
                    continue
        if verb_k is None or c.rule.startswith("pattern: withdraw") or c.label in {"DEMAND"} \
                or _modifies_a_noun(tokens, c) or _adjectival(tokens, verb_k, c) \
                or tokens[verb_k].norm in _BLOCKING and c.category == "escalation":
            out.append(c)
            continue
        rounds = ("round", "rounds", "session", "sessions")
        if c.label == "CONSULT" and tokens[verb_k].norm in ("end", "ends", "ended", "ending") \
                and any(t.norm in rounds for t in tokens[verb_k + 1 : c.j + 1]):
            out.append(c)  # "ended a third round of talks": the round was completed, not broken off
            continue
        if c.label == "CONSULT" and tokens[verb_k].norm in ("end", "ends", "ended", "ending") \
                and _meeting_concluded(tokens, c):
            # "Leaders end summit with pledge to cut tariffs": a meeting run to its close, no cut in ties (§8.4)
            c.notes.append(f"'{tokens[verb_k].text}' concludes the meeting, it does not break it off: "
                           "the meeting keeps its reading.")
            out.append(c)
            continue
        if c.label == "CONSULT" and tokens[verb_k].norm == "ending" and verb_k > 0 and tokens[verb_k - 1].norm == "," \
                and any(o.label == "AGREE" and o.j < verb_k for o in cands):
            # "signed a protocol ..., ending two decades of on-off negotiations": the participle gives
            # the result of the agreement before it; talks ended by a deal were completed (§8.4)
            c.notes.append(f"'{tokens[verb_k].text}' after the agreement says the talks were completed by it, "
                           "not broken off: they keep their reading.")
            out.append(c)
            continue
        modal = _deontic_before(tokens, verb_k)
        if modal is not None and c.category == "escalation":
            # "should immediately stop its provocations": a demand that the other side stop, not a
            # step back taken; the thing to be stopped keeps its own reading ("provocations")
            while out and out[-1].j >= modal:
                out.pop()
            w = goldstein("100")
            out.append(_Cand(modal, verb_k, "escalation", "DEMAND", w, "100",
                             f"A demand that the other side stop something: pressure in words, {describe_weight(w)}.",
                             f"rule: demand-to-stop ({tokens[modal].text} ... {tokens[verb_k].text})",
                             "CAMEO 100 / Goldstein 1992; PLOVER DEMAND", priority=c.priority))
            out.append(c)
            continue
        # the cessation verb may itself be a candidate (suspend, cancel, withdrawal): fold it in
        while out and out[-1].j >= verb_k:
            out.pop()
        word = tokens[verb_k].text
        if tokens[verb_k + 1].norm in ("off", "up"):
            word += " " + tokens[verb_k + 1].text
        inv = _invert(c, verb_k, word)
        content = _threat_content(tokens, seg, c, cands, n)
        if content is not None:
            # "dropped its threat to veto the renewal": the veto is what the dropped threat named and
            # never happened; one act (a concession), one mark over the threat and its content
            inv.j = cands[content].j
            if cands[content].role == "head":
                inv.j = _object_phrase(tokens, inv.j + 1) or inv.j  # "... to veto the renewal"
            skip.add(content)
        out.append(inv)
    for c in out:
        _stopped_before_its_verb(tokens, c)
    return _distant_breakdown(tokens, seg, out)


#: Subjects of a relative clause with no "that" after a noun ("the drills it suspended").


def _stopped_before_its_verb(tokens: list[Token], c: _Cand) -> None:
    """A verb of stopping read alone whose object stands before it, in a relative clause with or
    without "that" ("would not resume the border drills **it suspended** in July", "the exercises
    that they halted"): a show of force stopped by its own side pulls back (RETREAT 087), as
    "suspended the drills" does; the verb keeps its span (the noun belongs to the phrase before).

    >>> from course.document import build_document
    >>> toks = build_document("Lorvia will not resume the drills it suspended in July.").tokens
    >>> c = _Cand(7, 7, "escalation", "SANCTION", -4.0, "160", "", "escalation.tsv: suspended", "")
    >>> _stopped_before_its_verb(toks, c); (c.label, c.cameo, c.i, c.j)
    ('RETREAT', '087', 7, 7)
    """
    if c.i != c.j or c.category != "escalation" or tokens[c.i].norm not in word_class("cessation-words") \
            or tokens[c.i].norm in _BLOCKING:
        return
    after = tokens[c.i + 1].norm if c.i + 1 < len(tokens) else "."
    if after in ("the", "a", "an", "its", "their", "his", "her", "our", "all", "any"):
        return  # the verb has an object of its own after it
    m = c.i - 1
    while m >= 0 and (tokens[m].norm in ("has", "have", "had") or _adverb(tokens[m])):
        m -= 1
    if m < 1 or tokens[m].norm not in _SUBJECT_PRONOUNS - {"i", "you"}:
        return
    m -= 1
    if tokens[m].norm in ("that", "which") and m >= 1:
        m -= 1
    if tokens[m].norm not in word_class("show-of-force-nouns"):
        return
    _pull_back(tokens, c, m, "named before it ")


#: Nouns of agreement among ``process-nouns``: their breakdown leaves an agreement (REJECT 120);
#: the others are talks halted (164).
_AGREEMENT_NOUNS = frozenset("deal deals agreement agreements accord accords pact pacts".split())
_RELATIVE_OPENERS = frozenset("which that whose under in by with".split())
_CLAUSE_EDGES = frozenset("- – — : ; ( ,".split())


#: Participles of agreeing: the subject of "was agreed ... but stalled" is something agreed.
_AGREED_PARTICIPLES = frozenset("agreed signed initialled initialed".split())


def _distant_breakdown(tokens: list[Token], seg: list[int], cands: list[_Cand]) -> list[_Cand]:
    """A verb of breakdown or faltering whose subject stands away from it: the antecedent of
    "which" ("return to talks on its weapons programme, **which collapsed** in 2019") or a subject
    that opens its clause before a long relative clause ("A deal under which the group was to release
    30 hostages ... **partly collapsed** on Sunday"). The subject is a noun of ``process-nouns``; the
    mark is on "which" and the verb, or on the verb and its adverbs, read as the process stopped
    (164 talks, 120 a deal left; DETERIORATE 012 for a verb of faltering), and the subject noun is
    no separate event: one act, one mark.

    >>> from course.document import build_document
    >>> toks = build_document("Korsk should return to talks on its programme, which collapsed in 2019.").tokens
    >>> [(c.label, c.cameo, c.i, c.j) for c in _distant_breakdown(toks, [0] * len(toks), [])]
    [('SANCTION', '164', 9, 10)]
    """
    faltering = word_class("weakening-verbs")
    process = word_class("process-nouns")
    taken = {k for c in cands for k in range(c.i, c.j + 1)}
    out = list(cands)
    for k, t in enumerate(tokens):
        w = t.norm
        if k in taken or not (w in faltering or w in ("collapsed", "collapses")
                              or w in ("broke", "breaks") and k + 1 < len(tokens) and tokens[k + 1].norm in ("down", "off")
                              or w in ("fell", "falls") and k + 1 < len(tokens) and tokens[k + 1].norm == "apart"):
            continue
        m = k - 1
        while m >= 0 and (_adverb(tokens[m]) or tokens[m].norm in ("has", "have", "had")):
            m -= 1
        noun, start, agreed = None, None, False
        if m >= 1 and tokens[m].norm in ("which", "that") and seg[m] == seg[k]:
            a = m - 1 if tokens[m - 1].norm == "," else m
            noun = next((x for x in range(a - 1, max(-1, a - 7), -1) if tokens[x].norm in process), None)
            if noun is None:
                # "reopen talks on a joint management zone for the bank, which collapsed": a longer chain
                # of prepositional phrases after the process noun, opened by a preposition right after it
                noun = next((x for x in range(a - 7, max(-1, a - 11), -1) if tokens[x].norm in process
                             and x + 1 < a and tokens[x + 1].norm in _NOUN_QUALIFIERS), None)
            if noun is not None and any(not tokens[x].text[:1].isalnum() for x in range(noun + 1, a)):
                noun = None
            start = m
        elif m >= 3 and tokens[m].norm == "but" and seg[m] == seg[k] and w in faltering:
            # "The measures were agreed in principle last year but stalled": a second predicate after "but"
            # shares the subject of a passive verb of agreeing; what was agreed falters (§8.4 Direction)
            x = next((x for x in range(m - 1, max(0, m - 10), -1) if tokens[x].norm in _AGREED_PARTICIPLES
                      and tokens[x - 1].norm in ("was", "were", "been")), None)
            if x is not None and x >= 2 and all(tokens[y].text[:1].isalnum() for y in range(x, m)):
                noun, start, agreed = x - 2, k, True  # (the subject noun before the auxiliary, named in the note)
        elif m >= 0 and seg[m] == seg[k] and tokens[m].text[:1].isalnum() and tokens[m].norm not in _AUX | _MODALS:
            # a long subject: "A deal under which ... corridor partly collapsed"
            for x in range(m - 1, max(-1, k - 30), -1):
                if tokens[x].norm in process and x + 1 < len(tokens) and tokens[x + 1].norm in _RELATIVE_OPENERS \
                        and x > 0 and tokens[x - 1].norm in ("a", "an", "the", "this", "that") \
                        and (x == 1 or tokens[x - 2].norm in _CLAUSE_EDGES):
                    noun = x
                    break
            start = m + 1
        if noun is None:
            continue
        end = k + 1 if tokens[k].norm in ("broke", "breaks", "fell", "falls") else k
        label = "AGREE" if agreed or tokens[noun].norm in _AGREEMENT_NOUNS else "CONSULT"
        subject = _Cand(noun, noun, "deescalation", label, 0.0, "", "", f"process noun '{tokens[noun].norm}'", "")
        if w in faltering:
            new = _faltering(tokens, subject, k)
        else:
            new = _invert(subject, start, " ".join(x.text for x in tokens[k : end + 1]))
        new.i, new.j = start, end
        new.notes.append(f"What broke down is '{tokens[noun].text}', named earlier in the sentence: one act, one mark.")
        if start > noun + 1 and tokens[start].norm not in ("which", "that") and not agreed:
            out = [o for o in out if not (o.i == o.j == noun and o.label in ("AGREE", "CONSULT"))]
        at = next((n for n, o in enumerate(out) if o.i > new.i), len(out))
        out.insert(at, new)
    return out


def _pull_back(tokens: list[Token], c: _Cand, force: int, where: str = "") -> None:
    """Make ``c`` the side's own show of force stopped (``tokens[force]``, the drills or exercises):
    pulling back, RETREAT 087 (§8.4)."""
    w = goldstein("087")
    c.category, c.label, c.cameo, c.intensity = "deescalation", "RETREAT", "087", w
    c.explanation = (f"'{tokens[c.i].text}' stops a show of force {where}('{tokens[force].text}'): pulling back, "
                     f"{describe_weight(w)}.")
    c.rule = f"rule: cessation ({tokens[min(c.i, force)].norm} + {tokens[max(c.i, force)].norm})"
    c.reference = "CAMEO 087 / Goldstein 1992; PLOVER RETREAT"


def _stopped_show_of_force(tokens: list[Token], c: _Cand, end: int) -> None:
    """'suspending the drills', 'halted the exercises': a verb of stopping whose object is a show of
    force (word class ``show-of-force-nouns``) pulls back (RETREAT, CAMEO 087), as "lifted the
    blockade" eases one, even when the sentence has no military word that would make the drills a
    mark of their own; the span takes the object (§8.4, "suspended the swap").

    >>> from course.document import build_document
    >>> toks = build_document("Lorvia suspended the drills.").tokens
    >>> c = _Cand(1, 1, "escalation", "SANCTION", -4.0, "160", "", "escalation.tsv: suspended", "")
    >>> _stopped_show_of_force(toks, c, 3); (c.label, c.cameo, c.j)
    ('RETREAT', '087', 3)
    """
    c.j = end
    _pull_back(tokens, c, end)


def _adverb(t: Token) -> bool:
    """A lower-case adverb in -ly ("partly", "repeatedly") that may stand before a verb."""
    return t.text.islower() and t.norm.endswith("ly")


def _faltering(tokens: list[Token], c: _Cand, stop: int) -> _Cand:
    """The talks or deal ``c`` as the subject of a verb of faltering at ``stop`` (word class
    ``weakening-verbs``): one gloomy description of the process (DETERIORATE, CAMEO 012), over the
    subject and its verb.

    >>> from course.document import build_document
    >>> toks = build_document("Hostage deal falters").tokens
    >>> d = _faltering(toks, _Cand(1, 1, "deescalation", "AGREE", 4.0, "030", "", "escalation.tsv: deal", ""), 2)
    >>> (d.label, d.cameo, d.i, d.j)
    ('DETERIORATE', '012', 1, 2)
    """
    w = goldstein("012")
    what = " ".join(t.text for t in tokens[c.i : c.j + 1])
    verb = tokens[stop].text
    return _Cand(c.i, stop, "escalation", "DETERIORATE", w, "012",
                 f"The {what} '{verb}': it goes on but loses ground, a gloomy description of it "
                 f"({describe_weight(w)}), neither held nor halted.",
                 f"rule: faltering ({c.rule} + {tokens[stop].norm})",
                 "CAMEO 012 / Goldstein 1992; kit label DETERIORATE", priority=c.priority)


def _premodifier(tokens: list[Token], o: _Cand, c: _Cand) -> bool:
    """Is ``o`` a single noun right before the phrase ``c`` that only says which ``c`` is meant
    ("tariff talks", "sanctions talks")? A verb of stopping before it then acts on ``c``."""
    t = tokens[o.i]
    return (o.i == o.j == c.i - 1 and t.text.islower() and t.text.isalpha()
            and not t.norm.endswith(("ed", "ing")) and c.category == "deescalation")


def _past_noun_phrase(tokens: list[Token], seg: list[int], c: _Cand) -> int:
    """The token after the phrase ``c`` and a short prepositional phrase that qualifies it ("the
    sanctions on Corvia", "a proposed meeting between the trade ministers", "negotiations over the
    border", "Standoff at Kerro Reef"), where its verb may follow; the token right after ``c``
    when no such phrase ends in a verb of its own clause."""
    k = _after_schedule_aside(tokens, seg, c.j + 1)
    if k + 1 < len(tokens) and tokens[k].norm in word_class("schedule-participles") \
            and tokens[k + 1].norm in _NOUN_QUALIFIERS | {"to"}:
        k += 1  # "trade talks scheduled for next week in Brenna have been postponed": when it was due
    if k < len(tokens) and tokens[k].norm in _NOUN_QUALIFIERS:
        stops = word_class("breakdown-verbs") | word_class("ending-intransitive-verbs") | word_class("weakening-verbs")
        m, last = k + 1, min(len(tokens), k + 7)
        while m < last:
            aside = _after_schedule_aside(tokens, seg, m)
            if aside != m:
                m, last = aside, min(len(tokens), aside + 4)  # "Talks on the dam, scheduled for May, have been"
                continue
            t = tokens[m]
            if seg[m] != seg[c.i] or not t.text[:1].isalnum() and t.norm not in _POSSESSIVE_MARKS:
                break
            if t.norm in stops:
                return m
            if t.norm in _AUX:
                # a true passive only ("talks with Lorva were halted"): in "Fighting in the region has
                # apparently eased" the verb is intransitive and the fighting's easing is what is hedged
                be = t.norm in ("is", "are", "was", "were", "be", "been") or m + 1 < len(tokens) and tokens[m + 1].norm in ("be", "been")
                x = m + 1
                while x < len(tokens) and _adverb(tokens[x]):
                    x += 1
                perfect = t.norm in ("has", "have", "had") and x < len(tokens) and tokens[x].norm in stops \
                    and tokens[x].norm not in word_class("ending-intransitive-verbs")
                # ("negotiations with Velmora had repeatedly stalled": a perfect before a verb of breakdown)
                return m if be or perfect else k
            m += 1
    return k


def _after_schedule_aside(tokens: list[Token], seg: list[int], k: int) -> int:
    """The token after an aside set off by commas that says when a step was due (", scheduled for
    next month in Orsa,"), when one opens at ``k``; ``k`` otherwise. The verb after it has the noun
    before the aside as its subject ("Talks on the dam, scheduled for May, have been postponed").

    >>> from course.document import build_document
    >>> toks = build_document("Talks, scheduled for May, were postponed.").tokens
    >>> _after_schedule_aside(toks, [0] * len(toks), 1), _after_schedule_aside(toks, [0] * len(toks), 2)
    (6, 2)
    """
    if k + 2 >= len(tokens) or tokens[k].norm != "," or tokens[k + 1].norm not in word_class("schedule-participles"):
        return k
    for m in range(k + 2, min(len(tokens), k + 14)):
        if seg[m] != seg[k]:
            return k
        if tokens[m].norm == ",":
            return m + 1
        if not tokens[m].text[:1].isalnum() and tokens[m].norm not in _POSSESSIVE_MARKS:
            return k
    return k


#: The possessive marks a qualifying phrase may hold ("talks between the two sides' experts").
_POSSESSIVE_MARKS = frozenset(("'", "’", "'s", "’s"))

#: Prepositions that open a short phrase qualifying a noun ("talks with Lorva", "sanctions on Corvia").
_NOUN_QUALIFIERS = frozenset("on against imposed between over of with at in for about".split())


def _intransitive_stop(tokens: list[Token], seg: list[int], c: _Cand, k: int) -> int | None:
    """The last token of a verb of breakdown or ending at ``k`` whose subject is the phrase ``c``:
    talks, a meeting or a deal that "collapsed", "broke down", "broke off" or "fell apart" (class
    ``breakdown-verbs``), a standoff, fighting or blockade that "ended" or "stopped" (class
    ``ending-intransitive-verbs``: talks that "ended" were completed, not broken off). None when
    there is no such verb.

    >>> from course.document import build_document
    >>> toks = build_document("The talks collapsed.").tokens
    >>> _intransitive_stop(toks, [0] * len(toks), _Cand(1, 1, "deescalation", "CONSULT", 1.0, "040", "", "", ""), 2)
    2
    """
    if k >= len(tokens) or seg[k] != seg[c.i] or c.role == "head" or c.label in ("DEMAND", "THREATEN"):
        return None
    if any(t.norm in ("if", "unless", "until", "provided", "providing", "once") for t in tokens[max(0, c.i - 4) : c.i]):
        return None  # "unless the harassment stopped": the ending is a condition, the harassment goes on
    if c.label in ("CONSULT", "AGREE"):
        # "negotiations had repeatedly stalled", "the deal partly collapsed": a perfect auxiliary and
        # adverbs of degree or frequency stand between the subject and its verb of breakdown
        m = k
        while m < len(tokens) and (tokens[m].norm in ("has", "have", "had") or _adverb(tokens[m])):
            m += 1
        if m > k and m < len(tokens) and tokens[m].norm in word_class("breakdown-verbs") | word_class("weakening-verbs"):
            k = m
    if k > 0 and tokens[k - 1].norm in ("the", "a", "an"):
        return None  # a noun after its article, no verb: "violations at the end of the civil war" (a time)
    w = tokens[k].norm
    nxt = tokens[k + 1].norm if k + 1 < len(tokens) else ""
    if c.label in ("CONSULT", "AGREE") and w in word_class("weakening-verbs"):
        return k  # "the deal falters", "negotiations had repeatedly stalled" (read as DETERIORATE by the caller)
    # (a truce that collapses is renewed fighting: the pattern ceasefire-collapsed, not a step stopped)
    if c.label in ("CONSULT", "AGREE", "COOPERATE", "AID", "CONCEDE") and w in word_class("breakdown-verbs"):
        if w in ("broke", "break", "breaks", "broken", "breaking"):
            return k + 1 if nxt in ("down", "off") else None  # ("the talks broke off": halted as "broke down")
        if w in ("fell", "fall", "falls", "falling"):
            return k + 1 if nxt == "apart" else None
        return k
    if c.category == "escalation" and w in word_class("ending-intransitive-verbs"):
        return k
    return None


def _threat_content(tokens: list[Token], seg: list[int], c: _Cand, cands: list[_Cand], n: int) -> int | None:
    """The index (in ``cands``) of the act a threat noun names through "to" or "of" ("its threat
    to veto the renewal", "the threat of sanctions"), when the threat ``c`` is stopped; or None."""
    if c.role != "threat" or n + 1 >= len(cands):
        return None
    nxt = cands[n + 1]
    gap = [t.norm for t in tokens[c.j + 1 : nxt.i]]
    if nxt.category == "escalation" and gap and gap[0] in ("to", "of") and len(gap) <= 3 and seg[nxt.i] == seg[c.i]:
        return n + 1
    return None


def _apply_threat_merge(tokens: list[Token], cands: list[_Cand]) -> list[_Cand]:
    out: list[_Cand] = []
    k = 0
    while k < len(cands):
        c = cands[k]
        if _forced_concession(tokens, c, cands[k + 1] if k + 1 < len(cands) else None):
            k += 1  # "would have no choice but to accept the offer": the act forced is a yielding, no threat
            continue
        if c.role == "threat" and k + 1 < len(cands):
            nxt = cands[k + 1]
            gap = [t.norm for t in tokens[c.j + 1 : nxt.i]]
            # "threatened to expel", "warned of retaliatory strikes", "the threat of sanctions", and a
            # threat verb with the act as its object: "threatened sanctions"
            direct = not gap and c.j == c.i and tokens[c.i].norm.endswith(("ed", "ens", "en"))
            # ("will not hesitate to" ends in its own "to": the act follows with no gap)
            ends_in_to = not gap and tokens[c.j].norm == "to"
            if nxt.category == "escalation" and (direct or ends_in_to or gap and gap[0] in {"to", "of"} and len(gap) <= 3):
                cameo = _THREAT_CAMEO.get(nxt.label, "130")
                if nxt.cameo == "163":
                    cameo = "1312"
                if nxt.cameo == "138":
                    cameo = "138"
                w = goldstein(cameo)
                act = "hostile act" if nxt.label == "ACCUSE" else _NOUNS.get(nxt.label, "hostile step")  # ('blackmail')
                expl = (f"A threat to carry out {_a(act)} {act}: the threat is coded by "
                        f"what is threatened, {describe_weight(w)}.")
                out.append(_Cand(c.i, nxt.j, "escalation", "THREATEN", w, cameo, expl,
                                 f"rule: threaten-to ({c.rule} + {nxt.rule})",
                                 f"CAMEO {cameo} / Goldstein 1992; PLOVER THREATEN; Kahn 1965 rung 3",
                                 kahn="3", priority=2))
                k += 2
                continue
        # ("would have no choice but to install new centrifuges": a frame of necessity names the act it
        # forces, as a threat verb does; so does a denied hesitation, "will not hesitate to respond")
        forced = c.j + 1 < len(tokens) and c.j > c.i and tokens[c.j].norm == "to" and (
            tokens[c.j - 1].norm == "but" or _hesitation_before(tokens, c.j))
        if c.role == "threat" and (forced or c.i == c.j and tokens[c.i].norm.startswith("threaten")
                                   and c.j + 2 < len(tokens) and tokens[c.j + 1].norm == "to"):
            act = _threatened_act(tokens, c.j + 1 if forced else c.j + 2)
            if act is None and forced and tokens[c.j + 1].text.isalpha() and tokens[c.j + 1].text.islower() \
                    and tokens[c.j + 1].norm not in _FUNCTION_WORDS:
                act = c.j + 1  # "would have no choice but to respond": the verb alone
            if act is not None and not any(c.j < o.i <= act for o in cands):
                c.j = act  # "threatened to block the renewal": the act named joins the threat (§8.1, seed span)
        out.append(c)
        k += 1
    return out


def _forced_concession(tokens: list[Token], c: _Cand, nxt: _Cand | None) -> bool:
    """Is ``c`` a frame of necessity ("would have no choice but to") whose act, right after it, is
    cooperative ("accept the offer")? A step forced on the speaker towards the other side is that
    step, no threat (ANNOTATION.md §8.4, Veiled threats)."""
    return (c.role == "threat" and nxt is not None and nxt.category == "deescalation" and nxt.i == c.j + 1
            and c.j > c.i and tokens[c.j].norm == "to" and tokens[c.j - 1].norm == "but")


def _hesitation_before(tokens: list[Token], k: int) -> bool:
    """Is the "to" at ``k`` the end of a denied hesitation ("will not hesitate to", 'would "not
    hesitate" to')? The act after it is the act threatened, and joins the threat (§8.4 Veiled threats)."""
    m = k - 1
    while m > 0 and tokens[m].norm in ('"', "“", "”"):
        m -= 1
    return tokens[m].norm in _HESITATION


def _threatened_act(tokens: list[Token], k: int) -> int | None:
    """The last token of the act a threat verb names through "to" when the act is no phrase of its
    own: "threatened to **block the renewal**" (the verb and its short object); None when no verb
    follows ("threatened to a degree")."""
    verb = tokens[k]
    if not (verb.text.isalpha() and verb.text.islower()) or verb.norm in _FUNCTION_WORDS or verb.norm in _MONTHS_DAYS:
        return None
    end = _complement(tokens, k)
    return end if end > k else None


def _topic_prep(tokens: list[Token], a: int, b: int) -> bool:
    """A topic preposition between a talk and a phrase ('talks on limiting missiles'), not a date
    ('talks in Geneva on Wednesday')."""
    for k in range(a, b):
        if tokens[k].norm in _TOPIC_PREPS:
            nxt = tokens[k + 1].norm if k + 1 < len(tokens) else ""
            if nxt in _MONTHS_DAYS or nxt[:1].isdigit() or nxt in {"the", "a"} and k + 2 < len(tokens) and (
                    tokens[k + 2].norm in _MONTHS_DAYS or tokens[k + 2].norm in {"day", "eve", "weekend", "sidelines"}):
                continue
            return True
    return False


#: Hostile acts whose refusal ("declined to threaten", "refused to impose sanctions") is restraint.
_RESTRAINED_ACTS = frozenset({"THREATEN", "SANCTION", "ASSAULT", "MOBILIZE", "COERCE"})


def _refine_head(tokens: list[Token], head: _Cand, c: _Cand, out: list[_Cand]) -> bool:
    """The code of a speech act depends on what it is about (CAMEO codes the act by its object):

    - an offer or proposal of talks is an intent to meet (036), of mediation an intent to mediate
      (039), and the span runs to the talks ('offered to host talks');
    - an offer or proposal of a hostile step ('proposed new sanctions') is that step announced:
      a threat (CAMEO 13x), and the offer word is not an event;
    - rejecting talks is CAMEO 125 (-5.0), rejecting mediation 126, rejecting a peace plan or
      agreement 127.

    - refusing or declining a hostile act through "to" ("declined to threaten Moscow", "refused to
      impose sanctions") is restraint, as "will not impose sanctions" is: RESTRAINT with the act's code,
      its weight flipped and halved (``NEGATION_FACTOR``; ANNOTATION.md §8.4); refusing a word of blame
      ("declined to condemn the strike") stays a refusal.

    Returns True when the complement was turned into the event itself (it stays, the head goes).
    """
    word = tokens[head.i].norm
    if head.label == "REJECT" and word in word_class("infinitive-heads") and c.category == "escalation" \
            and c.label in _RESTRAINED_ACTS and c.i > 0 and tokens[c.i - 1].norm == "to":
        w = round(-c.intensity * NEGATION_FACTOR, 2)
        head.category, head.label, head.cameo, head.intensity = "deescalation", "RESTRAINT", c.cameo, w
        head.explanation = (f"Declines a hostile step ('{' '.join(t.text for t in tokens[c.i:c.j + 1])}'): a refusal to "
                            "escalate reads as restraint, as a statement that the step will not happen does.")
        head.reference = f"CAMEO {c.cameo} / Goldstein 1992, refused (weight flipped and halved); PLOVER, kit label RESTRAINT"
        head.notes.append(f"The hostile step's weight is flipped and halved ({c.intensity:+.1f} -> {w:+.1f}).")
        return False
    if head.label in {"AGREE", "CONSULT"} and word in word_class("offer-words"):
        if c.category == "escalation" and c.label in _THREATENABLE:
            if head in out:
                out.remove(head)
            _as_threat(c, tokens[head.i].text)
            out.append(c)
            return True
        if c.label in {"CONSULT", "REQUEST"} and c.i - head.j <= 4:
            code = "039" if c.cameo in {"045", "039"} or head.cameo == "039" else "036"
            w = goldstein(code)
            head.label, head.cameo, head.intensity = "CONSULT", code, w
            what = "mediate between the sides" if code == "039" else "meet or negotiate"
            head.explanation = f"An offer or proposal to {what}: a stated intent, {describe_weight(w)}."
            head.reference = f"CAMEO {code} / Goldstein 1992; PLOVER AGREE (kit label CONSULT for intent to meet)"
            head.j = max(head.j, c.j)
            return False
    if head.label == "REJECT" and head.cameo in {"120", "127"}:
        code = None
        if c.label == "CONSULT" and c.cameo in {"045", "039"}:
            code = "126"
        elif c.label == "CONSULT" or (c.label == "REQUEST" and c.cameo == "026"):
            code = "125"
        elif c.label == "AGREE" and head.cameo == "120":
            code = "127"
        if code and code != head.cameo:
            head.cameo, head.intensity = code, goldstein(code)
            head.reference = f"CAMEO {code} / Goldstein 1992; PLOVER REJECT"
            head.notes.append(f"What is rejected sets the code: CAMEO {code}, {goldstein(code):+.1f}.")
    return False


def _charges() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """'accused X of ...': the charge selects the CAMEO sub-code of 112 (all weigh -2.0); the
    first whose words are named wins."""
    return (
        ("1124", "war crimes", word_class("charge-war-crimes")),
        ("1125", "espionage or treason", word_class("charge-espionage")),
        ("1122", "human rights abuses", word_class("charge-rights-abuses")),
        ("1123", "aggression", word_class("charge-aggression")),
        ("1121", "crime or corruption", word_class("charge-crime")),
    )


def _apply_cyber_reference(tokens: list[Token], cands: list[_Cand], previous: list[Token],
                           before: list[Token]) -> None:
    """A bare "attack" or "attacks" that points back to a cyber attack is that attack: coercion
    short of force (``COERCE`` 170), not armed force (``ASSAULT``), as "cyber attack" itself is
    (``datasets/ANNOTATION.md`` §8.4, Hostile names for pressure short of war). It needs a word of
    computer attack (class ``cyber-words``) in its own sentence or in the sentence before it in the
    paragraph, or, for a definite "this/that/the attack", in the sentence right before it across a
    paragraph break; and no word of weapons or bodily harm in its own sentence (class
    ``physical-attack-words``): a missile attack after a cyber attack stays force.

    Example:
        >>> from course.document import build_document
        >>> from course.lenses.escalation.candidates import _Cand
        >>> toks = build_document("Hackers used the same tools in earlier attacks.").tokens
        >>> c = _Cand(7, 7, "escalation", "ASSAULT", -10.0, "190", "", "escalation.tsv: attacks", "")
        >>> _apply_cyber_reference(toks, [c], [], [])
        >>> c.label, c.cameo, c.intensity
        ('COERCE', '170', -7.0)
    """
    if not any(c.label == "ASSAULT" and c.i == c.j for c in cands):
        return  # (no bare "attack" to read)
    cyber, physical = word_class("cyber-words"), word_class("physical-attack-words")
    if any(t.norm in physical for t in tokens):
        return
    found = [k for k, t in enumerate(tokens) if t.norm in cyber]  # (once per sentence, not per attack)
    for c in cands:
        if not (c.label == "ASSAULT" and c.i == c.j and tokens[c.i].norm in ("attack", "attacks")):
            continue
        definite = c.i > 0 and tokens[c.i - 1].norm in ("this", "that", "the", "these", "those", "such")
        here = next((tokens[k].text for k in found if k != c.i), None)
        earlier = next((t.text for t in (previous or (before if definite else [])) if t.norm in cyber), None)
        word = here or earlier
        if word is None:
            continue
        w = goldstein("170")
        c.label, c.cameo, c.intensity = "COERCE", "170", w
        c.rule = f"rule: cyber-reference ({tokens[c.i].text} + {word})"
        c.reference = "CAMEO 170 / Goldstein 1992; PLOVER COERCE"
        c.explanation = (f"'{tokens[c.i].text}' here points back to the computer attack named with '{word}': "
                         f"coercion short of armed force, {describe_weight(w)}.")


def _apply_charge_codes(tokens: list[Token], cands: list[_Cand]) -> None:
    """'accused Corvia of espionage' -> CAMEO 1125; the charged act, if named as a phrase of its
    own ('of aggression'), stays a separate label only when it is not the object of 'of'.
    Rejecting or dismissing a charge ('rejected the accusations') is a denial, CAMEO 016, not a
    refusal of a proposal."""
    charges = word_class("accusation-nouns")
    for c in cands:
        if c.label == "REJECT" and c.cameo == "120":
            k = c.i + 1  # the object may be in the span: "rejected the accusations"
            while k < len(tokens) and k <= c.j + 3 and tokens[k].text.islower() and tokens[k].norm not in charges \
                    and tokens[k].norm not in {",", ".", ";", "to", "that"}:
                k += 1  # "rejected the latest accusations", "dismissed these allegations"
            # ... or the charge comes first, in a relative clause on it: "a charge Tarsk has rejected
            # as fabricated", "the allegations that Moscow dismissed" (the subject, then "has" or "had")
            b = c.i - 1
            while b >= 0 and tokens[b].norm in ("has", "have", "had", "already", "also", "flatly", "strongly", "repeatedly"):
                b -= 1
            subject = b
            while b >= 0 and b > subject - 6 and tokens[b].norm not in charges and tokens[b].text not in ",.;:":
                b -= 1
            before = b >= 0 and tokens[b].norm in charges and b < subject and (
                tokens[b + 1].text[:1].isupper() or tokens[b + 1].norm in ("that", "which", "the", "it", "they"))
            if k < len(tokens) and tokens[k].norm in charges or before:
                w = goldstein("016")
                c.cameo, c.intensity = "016", w
                c.reference = "CAMEO 016 / Goldstein 1992; PLOVER REJECT"
                c.explanation = f"Denies a charge: a rebuttal, {describe_weight(w)}."
            continue
        if c.label != "ACCUSE" or tokens[c.i].norm not in word_class("accuse-words"):
            continue
        for k in range(c.j + 1, min(len(tokens) - 1, c.j + 6)):
            if tokens[k].norm in {".", ";", ","}:
                break
            if tokens[k].norm == "of":
                window = {t.norm for t in tokens[k + 1 : k + 4]}
                for code, name, words in _charges():
                    if window & words:
                        c.cameo = code
                        c.reference = c.reference.replace(" 112 ", f" {code} ")
                        c.notes.append(f"The charge is {name}: CAMEO {code}.")
                        break
                break


#: Words that open a clause of their own after a comma ("rejected the proposal, calling it ...").
_CLAUSE_AFTER_COMMA = frozenset("which who whom whose but while as after before although though because and".split())


#: Coordinators that may join a second predicate to the same subject ("rejected the plan and threatened ...").
_COORDINATORS = frozenset("and but or".split())
#: Negators in the attribution lens's auxiliaries: "and not" joins an object, not a predicate.
_NEGATION_WORDS = frozenset({"not", "n't", "never"})


def _new_clause(tokens: list[Token], a: int, b: int) -> bool:
    """Does a new clause or predicate start between tokens ``a`` and ``b``? After a comma, a
    participle or a linking word ("rejected the proposal, calling it an interference"); after
    "and", "but" or "or", a finite verb, an auxiliary or a modal ("rejected the plan and
    threatened to retaliate", "... and will retaliate"). Then what follows is not the head's complement but an event of its own."""
    for k in range(a + 1, min(b, len(tokens) - 1)):
        nxt = tokens[k + 1]
        if tokens[k].text in (",", ";"):
            if nxt.norm in _CLAUSE_AFTER_COMMA or (nxt.text.islower() and nxt.norm.endswith("ing") and len(nxt.norm) > 4):
                return True
        elif tokens[k].norm in _COORDINATORS and _finite_like(nxt) and nxt.norm not in _NEGATION_WORDS:
            return True
    return False


#: Words after which an infinitive's object has ended: a time adjunct ("agreed to meet next week").
_TIME_WORDS = frozenset("next last this today tomorrow yesterday tonight".split())


def _infinitive_complement(tokens: list[Token], head: _Cand) -> tuple[int, int] | None:
    """The action a head of agreeing, offering or refusing governs through "to" (word class
    ``infinitive-heads``): "agree to **pull back troops**", "refused to **release prisoners** in
    exchange for hostages", "declined to **attend the summit**". The verb after "to" and its short
    object (:func:`~course.lenses.escalation.speech._complement`: up to a preposition other than
    "of", a conjunction, a comma or a time word); an adverb or "in principle" may stand before
    "to". Returns the first and last token of the action, or None when no verb follows "to"
    ("agreed to a ceasefire", "agreed to talks": a noun, which the head absorbs as before).

    >>> from course.document import build_document
    >>> toks = build_document("Both sides agree to pull back troops after a deadly clash.").tokens
    >>> _infinitive_complement(toks, _Cand(2, 2, "deescalation", "AGREE", 4.0, "030", "", "", "", role="head"))
    (4, 6)
    """
    n = len(tokens)
    if tokens[head.i].norm not in word_class("infinitive-heads"):
        return None
    k = head.j + 1
    if tokens[head.j].norm != "to":  # ("declined to" is one row, "to" included)
        while k < n and tokens[k].norm.endswith("ly") and tokens[k].text.islower():
            k += 1  # "agreed unanimously to"
        if k + 1 < n and tokens[k].norm == "in" and tokens[k + 1].norm == "principle":
            k += 2
        if k + 1 < n and tokens[k].norm in ("last", "this", "next", "earlier", "later") \
                and tokens[k + 1].norm in ("year", "week", "month", "spring", "summer", "autumn", "winter", "on"):
            k += 2  # "agreed in principle last year to share hydrological data": the time stays in between
        elif k < n and tokens[k].norm in ("yesterday", "today", "earlier", "later"):
            k += 1
        elif k + 1 < n and tokens[k].norm == "on" and tokens[k + 1].norm in _MONTHS_DAYS:
            k += 2  # "agreed on Monday to exchange 40 prisoners": a day stays in between too
        if k >= n or tokens[k].norm != "to":
            return None
        k += 1
    if k >= n:
        return None
    verb = tokens[k]
    if not (verb.text.isalpha() and verb.text.islower()) or verb.norm in _FUNCTION_WORDS \
            or verb.norm in _MONTHS_DAYS or verb.norm.endswith("s") and not verb.norm.endswith("ss"):
        return None  # a noun after "to": "agreed to a ceasefire", "agreed to talks"
    end = _complement(tokens, k)
    for m in range(k + 1, end + 1):
        if tokens[m].norm in _MONTHS_DAYS or tokens[m].norm in _TIME_WORDS:
            end = m - 1
            break
    # ('agreed to avoid "any action that could lead to miscalculation."': what is to be kept from joins the
    # action, as in an appeal to avoid it)
    return k, _refrained_object(tokens, k, end)


#: Prepositions of time and circumstance: an event after one of them is told as the setting of the
#: act, not as what a head governs ("agreed to resume talks after a deadly clash").
_SETTING_PREPS = frozenset("after before during following amid amidst despite since until".split())


def _past_the_action(tokens: list[Token], reach: int, k: int) -> bool:
    """Is token ``k`` beyond the action a head governs through "to", behind a preposition of time or
    circumstance ("agree to pull back troops after deadly border clash": the clash is an event of its
    own)? What follows the action otherwise stays governed by the head, as before: "refused to release
    prisoners in exchange for hostages", "agreed to withdraw troops ... and to begin joint patrols"."""
    return any(tokens[m].norm in _SETTING_PREPS for m in range(reach + 1, k))


#: Prepositions of a setting already past or around the head ("after talks", "amid clashes"); "before" and
#: "until" may instead state the condition of what a demand asks ("must agree to changes before they
#: demobilize"), so they do not end a head's reach.
_TOLD_SETTING_PREPS = frozenset("after during following amid amidst despite".split())


def _told_setting(tokens: list[Token], a: int, b: int) -> bool:
    """Is token ``b`` behind a preposition of a told setting after the head ending at token ``a``
    ("abandoned its claims after talks in Geneva")? Then it is an event of its own, not what the head
    governs (ANNOTATION.md §8.4, Heads and their complements)."""
    return any(tokens[m].norm in _TOLD_SETTING_PREPS for m in range(a + 1, b))


#: Conjunctions that open a condition: what follows them is the condition of the head's act, not what the
#: head governs ("offered to suspend its counter-measures if Velmora **lifted the steel duties**").
_CONDITION_OPENERS = frozenset("if unless".split())


def _condition_between(tokens: list[Token], a: int, b: int) -> bool:
    """Does a condition open between the head ending at token ``a`` and the phrase at token ``b``? A
    condition belongs to its own clause (ANNOTATION.md §3): its events are marked on their own, with
    ``conditional``, and the head does not take them in.

    >>> from course.document import build_document
    >>> toks = build_document("Dalmar offered talks if Velmora lifted the duties.").tokens
    >>> _condition_between(toks, 1, 5)
    True
    """
    return any(tokens[m].norm in _CONDITION_OPENERS for m in range(a + 1, b))


def _setting_clause(tokens: list[Token], a: int, b: int) -> bool:
    """Is the verb at token ``b`` in a clause of time or circumstance that opens after token ``a`` ("The
    ultimatum came a day after coastguard boats **boarded** the tanker")? A lower-case verb in -ed at
    least two tokens after a preposition of :data:`_SETTING_PREPS` (room for its subject) tells an
    event of its own, the setting of the head, not what it governs (ANNOTATION.md §8.4, Heads and
    their complements). Only regular past forms are read: "after boats took the tanker" is not."""
    if not (tokens[b].text.islower() and tokens[b].norm.endswith("ed")):
        return False
    return any(tokens[m].norm in _SETTING_PREPS and m + 1 < b for m in range(a + 1, b))


def _quoted_label_start(tokens: list[Token], i: int) -> bool:
    """Does the phrase at token ``i`` open a quotation, its article aside ('"a terrorist gang"')?"""
    k = i - 1
    if k >= 0 and tokens[k].norm in ("a", "an", "the"):
        k -= 1
    return k >= 0 and tokens[k].norm in ('"', "“")


#: Pronouns that may be the subject of a relative clause with no "that" ("the plan they rejected"), the
#: same set as the speech acts' (:data:`.speech._SUBJECT_PRONOUNS`).


def _contact_relative(tokens: list[Token], head_j: int, k: int) -> bool:
    """Is the verb at token ``k`` in a relative clause with no "that" on the head's noun, its own
    subject between them ("an offer Varnia rejected", "the plan they drew up")? Then it is no
    complement of the head but a verb of its own (CAMEO codes the rejection, not the offer).

    >>> from course.document import build_document
    >>> toks = build_document("Tarsk offered to mediate, an offer Varnia rejected.").tokens
    >>> _contact_relative(toks, 6, 8)
    True
    >>> _contact_relative(build_document("Tarsk made an offer of new sanctions.").tokens, 3, 6)
    False
    """
    between = tokens[head_j + 1 : k]
    while len(between) > 1 and (between[-1].norm in ("has", "have", "had", "never", "already", "twice")
                                or _adverb(between[-1])):
        between = between[:-1]  # "an offer they have repeatedly rejected": the subject's auxiliary and adverbs
    if not between or len(between) > 3 or not tokens[k].text.islower() or not tokens[k].norm.endswith("ed"):
        return False
    if len(between) == 1 and between[0].norm in _SUBJECT_PRONOUNS:
        return True
    return all(t.text[:1].isupper() and t.text.isalpha() for t in between)


def _noun_before_quotation(tokens: list[Token], c: _Cand) -> bool:
    """Is the one-word head ``c`` a noun (after a determiner) with a quotation right after it ('called the
    **veto** "shameful"')? A noun takes no object: the quotation is what someone calls it, a label of its
    own (ANNOTATION.md §8.4, Heads and their complements)."""
    return c.i == c.j and c.i > 0 and tokens[c.i - 1].norm in _OBJECT_OPENERS \
        and c.j + 1 < len(tokens) and tokens[c.j + 1].norm in ('"', "\u201c")


def _noun_head(tokens: list[Token], c: _Cand) -> bool:
    """Is the one-word head ``c`` a noun, after a determiner or a possessive ("the **veto**", "Tarsk's
    **refusal**")? A noun takes no bare object: a word right after it is the verb of its own clause
    ("the **veto** showed that ...", "the veto meant ..."), and what it governs comes after "of", "on" or
    "to" (ANNOTATION.md §8.4, Heads and their complements). "That" may open a relative clause ("a member
    that vetoes the plan"), so it is no determiner here.

    >>> from course.document import build_document
    >>> toks = build_document("He said the veto showed that Tarsk had no plan.").tokens
    >>> _noun_head(toks, _Cand(3, 3, "escalation", "REJECT", -5.0, "129", "", "", ""))
    True
    """
    if c.i != c.j or c.i == 0:
        return False
    before = tokens[c.i - 1]
    if before.norm in _OBJECT_OPENERS and before.norm != "that":
        return True
    return before.norm == "s" and c.i >= 2 and tokens[c.i - 2].text in ("'", "\u2019")


def _apply_absorption(tokens: list[Token], seg: list[int], cands: list[_Cand]) -> list[_Cand]:
    out: list[_Cand] = []
    head: _Cand | None = None
    reach: tuple[int, int] | None = None  # the head's own end and the end of its infinitive, if it has one
    starts = sorted(o.i for o in cands)  # where the phrases start (the loop moves their ends only)

    def phrase_starts_in(lo: int, hi: int) -> bool:
        """Does a phrase start at a token from ``lo`` to ``hi``?"""
        k = bisect.bisect_left(starts, lo)
        return k < len(starts) and starts[k] <= hi

    for c in cands:
        if head is not None and reach is not None and c.i > reach[1] and _past_the_action(tokens, reach[1], c.i):
            head = None  # past the action the head governs: "agreed to resume talks after a deadly clash"
        if head is not None and reach is not None and c.i <= reach[1] and c.label == "ACCUSE" \
                and _quoted_label_start(tokens, c.i):
            head.j, reach = reach[0], None  # a quoted label inside stays its own: the head keeps its word
        if head is not None and seg[c.i] == seg[head.j]:
            dist = c.i - head.j
            quoted_label = c.label == "ACCUSE" and _quoted_label_start(tokens, c.i)
            # a verb of the head's own clause (after an auxiliary or a modal) is no complement: "The
            # proposal was rejected by Moscow" ("proposed new sanctions", "a proposal to impose" are);
            # nor a verb whose own subject stands between ("an offer Varnia rejected": a relative clause)
            own_verb = any(t.norm in _AUX or t.norm in _MODALS for t in tokens[head.j + 1 : c.i]) \
                or _contact_relative(tokens, head.j, c.i)
            if own_verb and head.i == head.j and head.i >= 2 and tokens[head.i - 1].norm in ("a", "an", "the") \
                    and tokens[head.i - 2].text == "," and _contact_relative(tokens, head.j, c.i) \
                    and any(o is not head and o.j < head.i - 2 and o.category == head.category for o in out):
                out.remove(head)  # "offered to mediate, an offer Varnia rejected": the noun renames the offer
                head = None
                out.append(c)
                continue
            # the object of an investigation is a past event the investigation takes as given, an event of
            # its own ("investigate the ambush", "an inquiry into the shelling"), not what is asked or answered
            investigated = head.cameo == "090" and c.category == "escalation"
            if head.role == "head" and dist <= HEAD_WINDOW and not quoted_label and not own_verb \
                    and not investigated and not _new_clause(tokens, head.j, c.i) \
                    and not _setting_clause(tokens, head.j, c.i) and not _told_setting(tokens, head.j, c.i) \
                    and not _condition_between(tokens, head.j, c.i):
                if _refine_head(tokens, head, c, out):
                    continue
                if head.label == "REJECT" and head.category == "escalation" and 0 < c.i - head.j <= 3 and reach is None \
                        and all(t.norm in ("for", "of", "on", "to", "the", "a", "an") for t in tokens[head.j + 1 : c.i]) \
                        and not _participle_opening(tokens, head.j, c.i):
                    head.j = c.j  # "spurned calls for a ceasefire": what is rejected joins the span (§8.4)
                head.notes.append(f"It governs '{' '.join(t.text for t in tokens[c.i:c.j + 1])}', which is "
                                  f"what is {'asked' if head.label in ('DEMAND', 'THREATEN') else 'answered'}, not a separate event.")
                continue
            if head.role == "topic" and dist <= 10 and _topic_prep(tokens, head.j + 1, min(c.i, head.j + 5)):
                continue
        out.append(c)
        if c.label == "SANCTION" and c.i == c.j and c.rule.startswith("escalation.tsv") \
                and tokens[c.i].norm in word_class("cessation-words"):
            end = _object_phrase(tokens, c.j + 1)
            if end is not None and not phrase_starts_in(c.j + 1, end):
                if tokens[end].norm in word_class("show-of-force-nouns"):
                    _stopped_show_of_force(tokens, c, end)
                elif not tokens[c.i].norm.endswith("ing"):
                    c.j = end  # "suspended the swap": the verb alone does not say what stops (§8.4)
        if c.label == "DEMAND" and c.role == "head" and c.i < c.j and tokens[c.j].norm == "for" \
                and c.rule.startswith("escalation.tsv"):
            end = _object_phrase(tokens, c.j + 1)
            if end is not None:
                c.j = end  # "push for a full withdrawal": the head takes what it governs (§8.4)
        if c.role == "head" and c.label == "REJECT" and c.rule.startswith("escalation.tsv") and c.category == "escalation" \
                and not _noun_before_quotation(tokens, c) and not _noun_head(tokens, c):
            end = _object_phrase(tokens, c.j + 1)
            if end is not None and not phrase_starts_in(c.j + 1, c.j + 1):
                c.j = end  # "rejected the ultimatum", "rejected the accusations": the head with what it governs (§8.4)
        if c.role in {"head", "topic"}:
            head, reach = c, None
            action = _infinitive_complement(tokens, c) if c.role == "head" else None
            if action is None and c.label == "AGREE" and c.j + 3 < len(tokens) \
                    and [t.norm for t in tokens[c.j + 1 : c.j + 4]] == ["in", "principle", "to"]:
                c.j += 2  # "agreed in principle to a second exchange": the reservation is part of the head
            if action is not None and seg[action[1]] == seg[c.j]:
                reach = (c.j, action[1])
                c.j = action[1]
                c.notes.append(f"It takes in the action it governs ('{' '.join(t.text for t in tokens[action[0]:action[1] + 1])}'): "
                               "one act, one mark.")
    return out


#: Quantifiers that a "not" before them negates ("Not everyone welcomed the deal", "not all"): the
#: negation is the subject's, not the predicate's.
_QUANTIFIERS = frozenset("everyone everybody all every many much".split())


def _first_to_act(tokens: list[Token], k: int) -> str | None:
    """'will not be the first to deploy', 'would never be "the first" to use': a negator before "be
    the first" and "to" at ``k`` (quotation marks between) declares that the speaker will not start;
    returns the words, or None.

    >>> from course.document import build_document
    >>> toks = build_document('Tarsk "will not be the first" to deploy new missiles.').tokens
    >>> _first_to_act(toks, 8)
    'not be the first to'
    """
    words = [m for m in range(k - 1, max(-1, k - 8), -1) if tokens[m].norm not in ('"', "'")]
    if len(words) < 4 or [tokens[m].norm for m in words[:3]] != ["first", "the", "be"]:
        return None
    neg = tokens[words[3]].norm
    return f"{tokens[words[3]].text} be the first to" if neg in ("not", "never") else None


_HESITATION = frozenset("hesitate hesitates hesitated hesitating hesitation".split())


def _negated_auxiliaries(tokens: list[Token], k: int) -> int | None:
    """Does the comma at ``k`` close a coordination of negated auxiliaries before their shared verb
    ("does not, and never will, accept", "has not, and will not, deploy")? Returns the first token of the
    coordination (the first auxiliary), or None.

    >>> from course.document import build_document
    >>> toks = build_document("Velm does not, and never will, accept the claim.").tokens
    >>> _negated_auxiliaries(toks, 7)
    1
    """
    m = k - 4  # the comma that opens the coordination
    if not (m >= 2 and tokens[k].text == "," and tokens[m].text == "," and tokens[m + 1].norm in ("and", "or", "nor")
            and tokens[m - 1].norm in ("not", "never") and tokens[m - 2].norm in _MODALS | _AUX):
        return None
    second = {tokens[m + 2].norm, tokens[m + 3].norm}
    if not (second & {"not", "never"} and second & (_MODALS | _AUX)):
        return None
    return m - 2


#: Words between a negator and the aid it may refuse that leave the refusal to the aid: auxiliaries
#: and modals, "to", "from", "be" forms, quantifiers ("will not send any more aid").
_BEFORE_AID_WORDS = frozenset("to from be been being any more further enough additional".split())


def _aid_out_of_reach(tokens: list[Token], c: _Cand) -> bool:
    """Is a negation before an aid noun the negation of another verb that has the aid as its object?
    Aid is refused only by a side that gives, offers or accepts it (class ``aid-giving-verbs``: "will not
    send any more aid", "refused to accept aid", "failed to deliver aid"); a verb of any other meaning
    between the negator and the aid keeps the negation for itself ("does not affect humanitarian aid",
    "does not include aid": the aid is not refused, Quirk et al. 1985, ch. 10, the scope of negation).

    >>> from course.document import build_document
    >>> toks = build_document("It does not affect humanitarian aid.").tokens
    >>> _aid_out_of_reach(toks, _Cand(4, 5, "deescalation", "AID", 7.0, "070", "", "", ""))
    True
    >>> toks = build_document("Tarsk will not send any more aid.").tokens
    >>> _aid_out_of_reach(toks, _Cand(6, 6, "deescalation", "AID", 7.0, "070", "", "", ""))
    False
    """
    giving, negating = word_class("aid-giving-verbs"), word_class("negating-verbs")
    between = []
    for k in range(c.i - 1, max(-1, c.i - 6), -1):
        w = tokens[k].norm
        if w in _NEGATORS or w == "t" or w in negating:
            break
        between.append(w)
    lexical = [w for w in between if w not in _AUX and w not in _MODALS and w not in DETERMINERS
               and w not in _BEFORE_AID_WORDS and not w.endswith("ly") and not any(ch.isdigit() for ch in w)]
    return bool(lexical) and not any(w in giving for w in lexical)


def _negator_before(tokens: list[Token], seg: list[int], c: _Cand, taken: frozenset[int] = frozenset()) -> str | None:
    if c.label == "AID" and _aid_out_of_reach(tokens, c):
        return None  # "does not affect humanitarian aid": the negation is the verb's, no aid refused
    date = _date_set_for(tokens, c)
    if date is not None:  # "without a date for a new round": the negation of the date is the round's
        return _negator_before(tokens, seg, replace(c, i=date), taken)
    negating = word_class("negating-verbs")  # "failed to", "refrained from"
    for k in range(c.i - 1, _reach_before(tokens, c, 4) - 1, -1):  # (a phrasal verb counts as one word)
        w = tokens[k].norm
        if w == "short" and k > 0 and k + 1 < len(tokens) and tokens[k + 1].norm == "of":
            return f"{tokens[k - 1].text} short of"  # "stopped short of imposing sanctions": not done
        if w == "progress" and k > 0 and tokens[k - 1].norm == "no":
            return "no progress"  # "made no progress on a ceasefire"
        if k == c.i - 1 and _negated_auxiliaries(tokens, k) is not None:
            return next(t.text for t in tokens[k - 3 : k] if t.norm in ("not", "never"))  # "does not, and never
            # will, accept": both negated auxiliaries govern the verb after them
        if w in _NEG_STOP or seg[k] != seg[c.i] or k in taken:
            return None  # a phrase in between takes the negation ('not accept “violations ...”')
        if w in _SUBORDINATORS and k > c.i - 5:
            return None  # a clause of its own: "would not return until Ostland apologised" (the apology is not denied)
        if w in word_class("confirming-verbs"):
            return None  # a refusal to confirm is no refusal to act: "would not confirm the deployment"
        if w in word_class("response-verbs"):
            return None  # the answer is missing, not the step: "has not responded to the invitation"
        if w in word_class("belief-verbs"):
            return None  # a denied belief, not a step withheld: "I don't think the sanctions will work"
        if w in word_class("mention-nouns") and k + 1 < len(tokens) and tokens[k + 1].norm in ("of", "to"):
            return None  # the negation is the mention's: "There was no mention of the attack" (the attack stays)
        if w in word_class("harm-nouns") and k + 1 < len(tokens) and tokens[k + 1].norm == "to":
            return None  # the negation is the harm's: "to avoid further damage to trade ties" (the ties stand)
        if w in _HESITATION:
            return None  # the hesitation is denied, the act promised: "would not hesitate to meet"
        if w == "that" and k > c.i - 4 and k + 1 < len(tokens) and not tokens[k + 1].norm.endswith("ing"):
            return None  # the negation is the frame's: "It is not clear that the ceasefire will hold"
        if w == "to":
            first = _first_to_act(tokens, k)
            if first is not None:
                return first  # "will not be the first to deploy": a declared refusal to act first
        nxt = tokens[k + 1].norm if k + 1 < len(tokens) else ""
        # ("Not everyone welcomed the deal": the negation is the subject's, the deal happened)
        if w == "no" and nxt == "one":
            return None  # the subject's: "Let no one mistake our restraint for weakness" asserts the restraint
        if w == "nothing" and nxt == "to" and k == c.i - 2:
            return "nothing to"  # "We have nothing to apologise for": "nothing" negates the act as "no reason to" does
        if w == "no" and _negated_subject(tokens, seg, c) is not None:
            return None  # the subject's determiner, read with the clause's verb ("No side is willing to back down")
        if w in _NEGATORS and nxt not in {"only", "just", "doubt"} and not (w == "not" and nxt in _QUANTIFIERS):
            if w == "no" and nxt == "longer":
                return "no longer"
            return tokens[k].text
        if w == "t" and k > 0 and tokens[k - 1].norm == "'":
            return "".join(t.text for t in tokens[max(0, k - 2) : k + 1])
        if w in negating and (nxt == "away" if w.startswith("sh") else
                              nxt in ("to", "from") or not w.startswith(("fail", "refrain"))):
            # ("after talks failed troops fired": an intransitive "failed" ends its clause and negates nothing;
            # "shy" negates only as "shy away from": "shied away from talks" avoids them)
            if _negated_verb(tokens, k):
                return None  # two negations cancel: "will not refrain from military action" announces it
            return tokens[k].text + (" to" if nxt == "to" else " from" if nxt == "from" else
                                     " away from" if nxt == "away" else "")
    return None


def _negated_verb(tokens: list[Token], k: int) -> bool:
    """Is the verb at ``k`` ("refrain", "avoid", "fail") itself negated by "not", "never" or "n't" right
    before it, an adverb in "-ly" allowed between? Then the two negations cancel (Quirk et al. 1985,
    ch. 10, multiple negation): "will not refrain from military action", "did not fail to condemn".

    >>> from course.document import build_document
    >>> toks = build_document("Tarsk will not refrain from military action.").tokens
    >>> _negated_verb(toks, 3), _negated_verb(build_document("Tarsk refrained from strikes.").tokens, 1)
    (True, False)
    """
    m = k - 1
    if m >= 0 and tokens[m].norm.endswith("ly") and tokens[m].norm != "only":
        m -= 1  # ("not only refrained from strikes but ..." refrains: "not" is the focus's)
    if m < 0:
        return False
    w = tokens[m].norm
    return w in ("not", "never") or w == "t" and m > 0 and tokens[m - 1].norm == "'"


#: Determiners between "for" and the step a date is set for ("a date for **a** new round").
_DATED_DETERMINERS = frozenset("a an the another its their further".split())


def _date_set_for(tokens: list[Token], c: _Cand) -> int | None:
    """The index of the noun of a date or a timetable (class ``date-nouns``) that the phrase ``c`` is
    set for, right before it with "for" ("a **date** for a new round", "no timetable for talks"), or None.
    A negation of the date reaches the step: without a date, the round is not set.

    >>> from course.document import build_document
    >>> toks = build_document("Talks ended without a date for a new round.").tokens
    >>> _date_set_for(toks, _Cand(7, 8, "deescalation", "CONSULT", 7.0, "046", "", "", ""))
    4
    """
    k = c.i - 1
    if k >= 0 and tokens[k].norm in _DATED_DETERMINERS:
        k -= 1
    if k >= 1 and tokens[k].norm == "for" and tokens[k - 1].norm in word_class("date-nouns"):
        return k - 1
    return None


def _extend_refusal(tokens: list[Token], c: _Cand, cands: list[_Cand]) -> None:
    """'would not accept preconditions': a refusal's span takes in the modal and the negator
    just before the verb, and a bare noun object right after it (not a quotation, not a phrase
    of its own)."""
    first = _negated_auxiliaries(tokens, c.i - 1) if c.i >= 1 else None
    if first is not None:
        c.i, c.own_negation = first, True  # "does not, and never will, accept": the refusal with both auxiliaries
        return
    k = c.i - 1
    passive = k >= 1 and tokens[k].norm in ("be", "been")  # "will never be accepted", "will not be tolerated"
    if passive:
        k -= 1
    elif c.role != "head" and k >= 1:
        k = _refused_verb_start(tokens, k)  # "will not attend the talks": the verb that refuses the meeting
    # ("cannot support", "won't accept", "can’t accept": the contracted negator and its modal)
    contracted = k >= 2 and tokens[k].norm == "t" and tokens[k - 1].norm == "'" and tokens[k - 2].end == tokens[k - 1].start
    no_longer = k >= 1 and tokens[k].norm == "longer" and tokens[k - 1].norm == "no"  # "can no longer accept"
    if k >= 1 and tokens[k].norm in ("to", "from") and tokens[k - 1].norm in word_class("negating-verbs"):
        # "had failed to reach agreement": a failure to agree is the refusal (CAMEO codes it as a
        # rejection), "failed to" in the span, and the mark is not negated (§8.4 Negation)
        c.i = k - 1
        c.own_negation = True
        return
    quoted = k >= 1 and tokens[k].norm in ('"', "“") and tokens[k - 1].norm in ("not", "never")
    if quoted:
        k -= 1  # 'would not "bargain over hostages."': the refusal takes in the quotation it opens
    if k >= 0 and (tokens[k].norm in {"not", "never", "cannot"} or contracted or no_longer):
        if contracted or no_longer:
            k -= 2 if contracted else 1
            if no_longer and k - 1 >= 0 and tokens[k - 1].norm in _MODALS:
                k -= 1
        elif tokens[k].norm != "cannot" and k - 1 >= 0 and tokens[k - 1].norm in _MODALS:
            k -= 1
        c.i = k
        c.own_negation = True
        nxt = c.j + 1
        # (a refused meeting whose phrase ends in "with" takes in the partner refused, named with a
        # determiner: 'will not **sit down with a regime** that bombs its own people', §8.4 Negation; a
        # bare plural names a kind of partner, a policy: "will not bargain with kidnappers")
        partner = tokens[c.j].norm == "with" and nxt < len(tokens) and tokens[nxt].norm in _OBJECT_OPENERS
        end = _object_phrase(tokens, nxt) if c.role == "head" or partner else None
        # what is refused joins the span unless a phrase of its own is in it (§8.4 Auxiliaries and
        # refusals): "would not accept a buffer zone", 'would not accept "any change to the border by
        # force"', "will never accept threats from anyone" (the threats are what is refused)
        if end is not None and not any(o.i <= end and o.j >= nxt for o in cands if o is not c and o.j > c.j):
            c.j = end
            # ('would not recognise any demarcation of the valley "that ignores the rights of its
            # inhabitants"': a quotation that goes on describing what is refused joins it, §8.4 Negation)
            q = end + 1
            if tokens[end].norm not in ('"', "”") and q < len(tokens) and tokens[q].norm in ('"', "“"):
                close = next((m for m in range(q + 1, min(len(tokens), q + 20)) if tokens[m].norm in ('"', "”")), None)
                if close is not None and not any(q <= o.i <= close for o in cands if o is not c):
                    c.j = close
        if quoted:
            close = next((m for m in range(c.j + 1, min(len(tokens), c.j + 4)) if tokens[m].norm in ('"', "”")), None)
            c.j = close if close is not None else c.j


#: Words that end the verb group of a refusal before a noun of cooperation ("will not attend the
#: talks"): a new clause or a question begins at them.
_REFUSAL_RUN_STOPS = frozenset("and or but that which who whom whether if when while because until unless".split())


def _refused_verb_start(tokens: list[Token], k: int) -> int:
    """The token before a verb and its determiner that refuse the noun after ``k`` ("will not **attend
    the** talks", "would not **return to the** summit", "will not **resume** talks"): the negator's
    index, so that the refusal takes in its modal, negator and verb (ANNOTATION.md §8.4, Negation: "a
    declared refusal of one ('will not attend the talks') is `REJECT`, its span taking in the modal
    and the negator"). Otherwise ``k`` unchanged.

    >>> from course.document import build_document
    >>> toks = build_document("Velm will not attend the talks.").tokens
    >>> _refused_verb_start(toks, 4)
    2
    >>> _refused_verb_start(build_document("Velm said it held talks.").tokens, 3)
    3
    """
    for m in range(k, max(-1, k - 4), -1):
        t = tokens[m]
        if t.norm in ("not", "never", "cannot") or (t.norm == "t" and m >= 1 and tokens[m - 1].norm in ("'", "’")):
            first = tokens[m + 1] if m < k else None
            if first is None or first.norm in _OBJECT_OPENERS or not first.text.islower():
                return k  # no verb between ("will not the talks" is no refusal of this shape)
            return m
        if not (t.text.isalpha() and t.text.islower()) or t.norm in _REFUSAL_RUN_STOPS:
            return k
    return k


def _extend_restraint(tokens: list[Token], c: _Cand) -> None:
    """'will not impose sanctions', 'has no plans to expel', 'will not be the first to deploy': a
    declared restraint is made by its negation (ANNOTATION.md §3: a negation that makes the phrase's
    meaning is no ``negated``), so the span takes in the negator and the modal or auxiliary before it,
    as a refusal's does, and the mark is not ``negated``.

    >>> from course.document import build_document
    >>> toks = build_document("Kessia will not impose sanctions.").tokens
    >>> c = _Cand(4, 5, "deescalation", "RESTRAINT", 4.0, "163", "", "", "")
    >>> _extend_restraint(toks, c); (c.i, c.own_negation)
    (1, True)
    """
    negating = word_class("negating-verbs")
    first = _negated_auxiliaries(tokens, c.i - 1) if c.i >= 1 else None
    if first is not None:
        c.i, c.own_negation = first, True  # "has not, and will not, deploy troops"
        return
    for k in range(c.i - 1, max(-1, c.i - 9), -1):
        w = tokens[k].norm
        if w in _NEG_STOP:
            return
        if w in ("not", "never", "no", "cannot") or w == "t" and k > 1 and tokens[k - 1].norm == "'" \
                or w in negating:
            if w == "t":
                k -= 2
            elif w in ("not", "never") and k > 0 and (tokens[k - 1].norm in _MODALS or tokens[k - 1].norm in _AUX):
                k -= 1
            c.i = k
            c.own_negation = True
            return


#: Determiners and quantifiers that may open the object of a refusal ("rejected the ultimatum",
#: "will never accept threats from anyone").
_OBJECT_OPENERS = frozenset("the a an its their his her our this these those that any all such".split())
#: Words that end the object: prepositions of a new phrase, conjunctions, the "as" of a label.
_OBJECT_STOP = frozenset("""to and but or that which who while as if unless because on in at for with about over near
    by into towards toward after before during since until between against through without under outright
    within""".split())


def _object_phrase(tokens: list[Token], k: int, limit: int = 6) -> int | None:
    """The last token of the noun phrase that starts at ``k`` and that a head of rejecting or
    refusing governs: "the ultimatum", "the espionage charges", "threats from anyone" (a "from"
    before "anyone" or "any" stays in), "any change to the border by force" in quotation marks
    (the whole quotation, when it is short and holds no phrase of its own). It stops at a comma, a
    preposition that opens a new phrase, a conjunction, "as", an adverb or a verb of its own;
    None when no noun phrase starts at ``k``.

    >>> from course.document import build_document
    >>> toks = build_document("Hask rejected the espionage charges as fabrications.").tokens
    >>> _object_phrase(toks, 2)
    4
    """
    n = len(tokens)
    if k >= n:
        return None
    if tokens[k].norm in ('"', "“"):
        close = next((m for m in range(k + 1, min(n, k + 12)) if tokens[m].norm in ('"', "”")), None)
        return close if close is not None and close > k + 1 else None
    end = None
    for m in range(k, min(n, k + limit)):
        t = tokens[m]
        if t.text in ("'", "’") and end == m - 1 and m + 1 < n and tokens[m + 1].norm == "s":
            continue  # a possessive: "rejected Ardania's proposal"
        if t.norm == "s" and m > k and tokens[m - 1].text in ("'", "’"):
            continue
        if not t.text[:1].isalnum() or t.norm in _AUX or t.norm in _MODALS:
            break
        if t.norm == "from" and m + 1 < n and tokens[m + 1].norm in ("anyone", "anybody", "any"):
            continue
        if t.norm in _OBJECT_STOP or t.norm.endswith("ly") and t.text.islower() and m > k:
            break
        if _participle_opening(tokens, k, m):
            break  # "vetoed a resolution demanding an immediate ceasefire": the resolution's own words
        if t.norm in _FUNCTION_WORDS and t.norm not in _OBJECT_OPENERS and t.norm not in ("anyone", "anybody") \
                and not (t.norm == "of" and end is not None):
            break
        end = m
    while end is not None and end >= k and tokens[end].norm in _OBJECT_OPENERS | {"of"}:
        end -= 1  # not a bare determiner: "rejected the" + a quotation
    return end if end is not None and end >= k else None


def _participle_opening(tokens: list[Token], k: int, m: int) -> bool:
    """Does the -ing word at ``m``, after the noun phrase that starts at ``k``, open a reduced relative
    clause with an object of its own ("a resolution **demanding** an immediate ceasefire", "a text calling
    for talks")? Then it tells what the noun says or does, no part of what is rejected; an -ing word
    before a noun inside the phrase ("the peacekeeping plan") is a modifier.

    >>> from course.document import build_document
    >>> toks = build_document("Tarsk vetoed a resolution demanding an immediate ceasefire.").tokens
    >>> _participle_opening(toks, 2, 4), _participle_opening(toks, 2, 3)
    (True, False)
    """
    t = tokens[m]
    if not (m > k and t.text.islower() and t.norm.endswith("ing") and tokens[m - 1].norm not in _OBJECT_OPENERS):
        return False
    nxt = tokens[m + 1].norm if m + 1 < len(tokens) else ""
    return nxt in _OBJECT_OPENERS or nxt in _OBJECT_STOP


#: Auxiliaries that make a negation a statement of past fact ('did not threaten', 'had not
#: deployed'), not a declared refusal to act ('will not retaliate').
_PAST_AUX = frozenset("did had has have was were".split())


#: Particles of phrasal verbs ("carry out", "set off", "step up"): between a negation and the phrase a
#: particle is part of the verb, no word of distance ("did not **carry out** a nuclear test").
_VERB_PARTICLES = frozenset("out off up".split())


def _reach_before(tokens: list[Token], c: _Cand, reach: int) -> int:
    """The first token of the ``reach`` tokens before the phrase ``c``, one token further back for each
    verb particle among them, so that a phrasal verb counts as one word ('not to **carry out** a test'
    reaches "not" as 'not to conduct a test' does); never before the first token.

    >>> from course.document import build_document
    >>> toks = build_document("Korska did not carry out a nuclear test.").tokens
    >>> _reach_before(toks, _Cand(6, 7, "escalation", "MOBILIZE", -7.2, "150", "", "", ""), 3)
    2
    """
    first = max(0, c.i - reach)
    return max(0, first - sum(1 for k in range(first, c.i) if tokens[k].norm in _VERB_PARTICLES))


def _factual_negation(tokens: list[Token], c: _Cand) -> bool:
    """True for 'did not threaten', 'has never imposed', 'were not fired': the negator follows a
    past or perfect auxiliary within the three tokens before the phrase (a phrasal verb counting as
    one: 'did not carry out a test'), or it makes a verdict or a plea of "not guilty" ('found him not
    guilty of espionage': the charge named does not hold; nobody renounces a step)."""
    for k in range(c.i - 1, _reach_before(tokens, c, 3) - 1, -1):
        if tokens[k].norm in {"not", "never", "t"}:
            if k + 1 < c.i and tokens[k + 1].norm == "guilty":
                return True
            prev = tokens[k - 1].norm if k > 0 else ""
            if tokens[k].norm == "t" and k > 1:  # didn't: 'didn' "'" 't'
                prev = tokens[k - 2].norm
                prev = prev[:-1] if prev.endswith("n") and prev != "been" else prev
            return prev in _PAST_AUX
    return False


#: Words of obligation: a negation after them gives advice ("should not be dismissed").
_OBLIGATION = frozenset("should must ought".split())


def _advice(tokens: list[Token], c: _Cand) -> bool:
    """'it should not be dismissed', 'must not be ignored': a passive after a negated word of
    obligation advises how something should be taken; no side takes or renounces a step.

    >>> from course.document import build_document
    >>> toks = build_document("The offer should not be dismissed.").tokens
    >>> _advice(toks, _Cand(5, 5, "escalation", "REJECT", -4.0, "120", "", "", ""))
    True
    """
    k = c.i - 1
    while k >= 0 and tokens[k].norm.endswith("ly") and tokens[k].text.islower():
        k -= 1
    if k < 2 or tokens[k].norm not in ("be", "been") or tokens[k - 1].norm not in ("not", "never"):
        return False
    return tokens[k - 2].norm in _OBLIGATION or tokens[k - 2].norm == "to" and k >= 3 and tokens[k - 3].norm == "ought"


def _refused_yielding(tokens: list[Token], c: _Cand) -> tuple[int, int] | None:
    """'would not reward blackmail', 'will never give in to pressure', 'would not bow to threats': a
    negated verb of giving way (class ``yielding-verbs``) before the hostile word. Returns the first
    token of the refusal (the modal before the negator) and the verb, or None.

    >>> from course.document import build_document
    >>> toks = build_document('Tarsk would not "reward blackmail".').tokens
    >>> _refused_yielding(toks, _Cand(5, 5, "escalation", "ACCUSE", -2.0, "112", "", "", ""))
    (1, 4)
    """
    k = c.i - 1
    while k >= 0 and (tokens[k].norm in ('"', "“", "to", "in", "the", "such", "any", "this", "that")):
        k -= 1
    if k < 1 or tokens[k].norm not in word_class("yielding-verbs"):
        return None
    verb = k
    k -= 1
    while k >= 0 and tokens[k].norm in ('"', "“"):
        k -= 1
    if k < 0 or tokens[k].norm not in ("not", "never"):
        return None
    if k > 0 and (tokens[k - 1].norm in _MODALS or tokens[k - 1].norm in _AUX):
        k -= 1
    return k, verb


def _asked_of_another(tokens: list[Token], c: _Cand) -> bool:
    """'warned it not to interfere', 'urged both sides not to escalate': "not to" before the phrase
    after a verb that asks something of another side (word class ``directive-verbs``), a phrasal verb
    counting as one word ('urged Korska not to carry out a nuclear test')."""
    directive = word_class("directive-verbs")
    for k in range(c.i - 1, max(0, _reach_before(tokens, c, 3) - 1), -1):
        if tokens[k].norm == "to" and tokens[k - 1].norm == "not":
            return any(tokens[x].norm in directive for x in range(max(0, k - 6), k - 1))
        if tokens[k].norm in word_class("refrain-verbs") and k > 1 and tokens[k - 1].norm == "to":
            # 'warned Korska to refrain from provocations': the keeping from is asked, as "not to" is
            return any(tokens[x].norm in directive for x in range(max(0, k - 7), k - 1))
    return False


#: Subjects that speak for the speaker's own side: "we should not provoke them" is restraint.
_FIRST_PERSON = frozenset("we i".split())


def _admonished(tokens: list[Token], c: _Cand) -> bool:
    """'Dalmar **should not** test our patience', 'Kessia must never cross that line': a negation after
    "should" or "must" with another side as subject asks that side not to act, as "warned it not to
    interfere" does; the step keeps its reading, negated, and is no restraint of the speaker's
    ("we should not provoke them" is).

    >>> from course.document import build_document
    >>> toks = build_document("Dalmar should not test our patience.").tokens
    >>> _admonished(toks, _Cand(3, 5, "escalation", "ACCUSE", -2.0, "112", "", "", ""))
    True
    >>> toks = build_document("We should not provoke them.").tokens
    >>> _admonished(toks, _Cand(3, 3, "escalation", "ACCUSE", -2.0, "112", "", "", ""))
    False
    """
    k = c.i - 1
    while k >= 0 and _adverb(tokens[k]):
        k -= 1
    if k < 2 or tokens[k].norm not in ("not", "never") or tokens[k - 1].norm not in ("should", "must"):
        return False
    subject = tokens[k - 2]
    return subject.text.isalpha() and subject.norm not in _FIRST_PERSON and subject.norm not in _NEGATIVE_SUBJECTS \
        and subject.norm not in ("it", "this", "that")


def _a(noun: str) -> str:
    """The indefinite article for ``noun``: "an agreement", "a consultation", "a use of force" (a vowel
    letter read /ju:/ takes "a").

    >>> [_a(n) for n in ("agreement", "use of force", "union", "threat")]
    ['an', 'a', 'a', 'a']
    """
    return "an" if noun[:1] in "aeiou" and not noun.startswith(("use", "uni", "eu")) else "a"


def _negated_object(tokens: list[Token], c: _Cand) -> str | None:
    """"threatens no one", "has attacked nobody": an object that negates the act."""
    k = c.j + 1
    if k < len(tokens) and tokens[k].norm in ("nobody", "nothing", "no-one"):
        return tokens[k].text
    if k + 1 < len(tokens) and tokens[k].norm == "no" and tokens[k + 1].norm == "one":
        return "no one"
    # "fired no shots", "launched no missiles": a verb whose object is "no" + a noun did not act
    if k + 1 < len(tokens) and tokens[k].norm == "no" and tokens[k + 1].text.isalpha() \
            and c.label in ("ASSAULT", "MOBILIZE") and c.i == c.j:
        return f"no {tokens[k + 1].text}"
    return None


#: Linking verbs of seeming, which stand in a clause's verb group as "is" does ("Neither side
#: appears willing to back down"); in the past they tell what was, as "was" does.
_SEEMING_VERBS = frozenset("appear appears appeared seem seems seemed".split())
_PAST_SEEMING = frozenset("appeared seemed".split())


#: Predicates that say a step is not reached: "a final agreement was still **far off**".
_ABSENT_PREDICATES = (("far", "off"), ("a", "long", "way", "off"), ("out", "of", "reach"), ("elusive",),
                      ("nowhere", "in", "sight"), ("not", "in", "sight"))
#: Linking verbs before such a predicate ("was", "remains", "seemed"; "still" and "yet" may follow).
_ABSENT_LINKS = frozenset("is are was were remains remain remained".split()) | _SEEMING_VERBS
#: Passive verbs of using a channel: a line "had not been used" carried no talks.
_CHANNEL_USE = frozenset("used activated".split())


def _absent_by_predicate(tokens: list[Token], seg: list[int], c: _Cand) -> str | None:
    """The words that say the cooperative step named as a subject has not happened: a predicate of
    distance ("A final **agreement** was still far off", "a deal remains elusive"), or, for a channel
    of talks, a negated passive of use ("A crisis **hotline** set up in 2019 had not been used"). The
    predicate follows within the phrase's clause, after at most six words; None when there is none.

    >>> from course.document import build_document
    >>> toks = build_document("A final agreement was still far off.").tokens
    >>> _absent_by_predicate(toks, [0] * len(toks), _Cand(2, 2, "deescalation", "AGREE", 4.0, "030", "", "", ""))
    'was still far off'
    >>> toks = build_document("The agreement was signed far from the capital.").tokens
    >>> _absent_by_predicate(toks, [0] * len(toks), _Cand(1, 1, "deescalation", "AGREE", 4.0, "030", "", "", ""))
    """
    n = len(tokens)
    channel = tokens[c.j].norm in word_class("channel-nouns")
    for k in range(c.j + 1, min(n, c.j + 8)):
        if seg[k] != seg[c.j] or tokens[k].norm in _CLAUSE_AFTER_COMMA:
            return None
        if tokens[k].norm in _ABSENT_LINKS:
            m = k + 1
            while m < n and tokens[m].norm in ("still", "yet"):
                m += 1
            words = tuple(t.norm for t in tokens[m : m + 4])
            found = next((p for p in _ABSENT_PREDICATES if words[: len(p)] == p), None)
            return None if found is None else " ".join(t.text for t in tokens[k : m + len(found)])
        if channel and tokens[k].norm in ("has", "have", "had", "was", "were") and k + 2 < n \
                and tokens[k + 1].norm in _NEGATION_WORDS:
            m = k + 2 + (tokens[k + 2].norm == "been")
            if m < n and tokens[m].norm in _CHANNEL_USE:
                return " ".join(t.text for t in tokens[k : m + 1])
            return None
    return None


def _future_near(tokens: list[Token], c: _Cand) -> bool:
    """Is the phrase in a future or modal clause, or the object of an intention ("no sanctions
    will be imposed", "has no plans to deploy troops", "no interest in escalation"), where a negation declares restraint,
    rather than a statement of fact ("no violations were recorded")?"""
    return any(t.norm in ("will", "would", "shall", "wo", "plans", "plan", "intention", "intentions", "desire", "interest", "wish")
               for t in tokens[max(0, c.i - 6) : c.j + 5])


#: Subjects that negate their clause: "Neither side has fired", "Nothing is agreed".
_NEGATIVE_SUBJECTS = frozenset("neither nothing none nobody".split())
def _negative_subject_start(tokens: list[Token], x: int) -> bool:
    """Does a negative subject open at ``x``: "neither", "nobody", "no one", or "no" as the determiner
    of a noun ("No side is willing to back down": the "no" negates the clause as "not" does)?"""
    w = tokens[x].norm
    if w in _NEGATIVE_SUBJECTS:
        return True
    if w != "no" or x + 1 >= len(tokens):
        return False
    nxt = tokens[x + 1]
    return nxt.norm == "one" or nxt.text.isalpha() and nxt.text.islower() and nxt.norm not in ("longer", "doubt", "more")


def _negated_subject(tokens: list[Token], seg: list[int], c: _Cand) -> str | None:
    """A negative subject at the start of the phrase's clause, with the clause's verb group before
    the phrase ("Neither side has fired warning shots", "neither army has pulled back its heavy
    artillery"): the clause says the step was not taken. Returns the negator, or None.

    >>> from course.document import build_document
    >>> toks = build_document("Neither side has fired warning shots.").tokens
    >>> _negated_subject(toks, [0] * len(toks), _Cand(3, 5, "escalation", "MOBILIZE", -7.2, "152", "", "", ""))
    'has'
    """
    found = _negated_subject_span(tokens, seg, c)
    return None if found is None else tokens[found[1]].text


def _negated_subject_span(tokens: list[Token], seg: list[int], c: _Cand) -> tuple[int, int] | None:
    """The negative subject's first word and the verb of its clause for :func:`_negated_subject`
    ("No side **is** willing to back down": the indices of "No" and "is"), or None."""
    k = c.i - 1
    while k >= 0 and seg[k] == seg[c.i] and tokens[k].text not in (",", ";", ":") and c.i - k <= 8:
        k -= 1
    first = next((x for x in range(k + 1, min(c.i, k + 4)) if _negative_subject_start(tokens, x)), None)
    if first is None:  # ("So far neither army ...", "No side is willing ...")
        return None
    aux = next((x for x in range(first + 1, c.i) if tokens[x].norm in _AUX or tokens[x].norm in _MODALS
                or tokens[x].norm in _SEEMING_VERBS), None)
    # the phrase is the clause's own verb, right after its auxiliaries ("Nobody should mistake our
    # patience for weakness" negates the mistaking, not the patience), or the adjective after a
    # linking verb of seeming ("Neither side appears willing to back down")
    if aux is None or not all(tokens[x].norm in _AUX or tokens[x].norm in _MODALS or tokens[x].norm in _SEEMING_VERBS
                              or tokens[x].norm.endswith("ly") and tokens[x].text.islower() or tokens[x].norm in ("yet", "so", "far", "ever")
                              for x in range(aux, c.i)):
        return None
    return first, aux


#: Modals of permission and prohibition in a rule's words ("each side may fly", "may not move").
_PERMISSION_MODALS = frozenset("may can cannot must".split())


def _rule_permission(tokens: list[Token], c: _Cand) -> str | None:
    """'Under a 1998 accord, each side **may fly** unarmed surveillance aircraft', 'Under the ceasefire
    terms, the two sides **may not move** troops': what a rule allows or forbids (a modal of permission
    before the phrase, in a sentence that opens with "Under" and a noun of ``rule-nouns``) is no event:
    nobody has acted (ANNOTATION.md §8.4, One act). Returns the rule's words, or None.

    >>> from course.document import build_document
    >>> toks = build_document("Under the accord, each side may fly surveillance aircraft.").tokens
    >>> _rule_permission(toks, _Cand(7, 9, "escalation", "MOBILIZE", -7.2, "150", "", "", ""))
    'Under the accord'
    """
    start = 0
    while start < len(tokens) and start < 12 and tokens[start].norm != "under":
        start += 1  # (after a dateline: "VESSA (ONA) - Under the accord, ...")
    if start >= len(tokens) or tokens[start].norm != "under" or (start and tokens[start - 1].norm not in ("-", "–", "—")):
        return None
    comma = next((m for m in range(start + 1, min(len(tokens), start + 9)) if tokens[m].norm == ","), None)
    if comma is None or comma > c.i or not any(tokens[m].norm in word_class("rule-nouns") for m in range(start + 1, comma)):
        return None
    for k in range(c.i - 1, max(comma, c.i - 4), -1):
        w = tokens[k].norm
        if w in _PERMISSION_MODALS:
            return " ".join(t.text for t in tokens[start:comma])
        if not (w in ("not", "never", "also", "only") or _adverb(tokens[k])):
            return None
    return None


#: Words between a verb of a rule's reach and the class of events it names ("covers any attack").
_CLASS_DETERMINERS = frozenset("any all such a an the".split())


def _named_class(tokens: list[Token], c: _Cand) -> bool:
    """'the treaty **covers** attacks on public vessels', 'the convention guarantees diplomats **immunity
    from** arrest': hostile events named as the class a rule reaches (the object of a verb of ``rule-scope-verbs``
    whose subject, up to five words before it, holds a noun of ``rule-nouns``), or the class a right shields
    from (after a noun of ``immunity-nouns`` and "from"), are no events: nobody has acted (ANNOTATION.md §8.4,
    Weapon types, classes of events ...).

    >>> from course.document import build_document
    >>> toks = build_document("The treaty covers attacks on public vessels.").tokens
    >>> _named_class(toks, _Cand(3, 3, "escalation", "ASSAULT", -10.0, "190", "", "", ""))
    True
    >>> toks = build_document("The rebels carried out attacks on public vessels.").tokens
    >>> _named_class(toks, _Cand(4, 4, "escalation", "ASSAULT", -10.0, "190", "", "", ""))
    False
    """
    if c.category != "escalation":
        return False  # (what a deal covers of cooperation is its planned content: "covers the release of prisoners")
    k = c.i - 1
    while k > 0 and c.i - k <= 2 and tokens[k].norm in _CLASS_DETERMINERS:
        k -= 1
    if k < 1:
        return False
    if tokens[k].norm == "from" and tokens[k - 1].norm in word_class("immunity-nouns"):
        return True  # "immunity from arrest": a right names what it shields from
    if tokens[k].norm == "to" and tokens[k - 1].norm in ("applies", "apply", "applied", "extends", "extend"):
        k -= 1  # "the accord applies to attacks on ...": a verb of reach with its preposition
    if tokens[k].norm not in word_class("rule-scope-verbs"):
        return False
    rules = word_class("rule-nouns")
    return any(t.norm in rules for t in tokens[max(0, k - 5) : k])


#: Labels of speech acts that a noun can name ("a warning", "threats", "demands", "accusations").
_SPEECH_LABELS = frozenset("THREATEN DEMAND ACCUSE REQUEST".split())


def _topic_of_mention(tokens: list[Token], c: _Cand) -> bool:
    """'It made no mention of any **warning**', 'There was no word of a **warning** from Tarsk': a noun of
    speech after a noun of ``mention-nouns`` and "of" is what is (not) spoken about, a topic, no threat,
    demand or charge made (ANNOTATION.md §8.4, Weapon types, classes of events ...).

    >>> from course.document import build_document
    >>> toks = build_document("There was no word of a warning from Tarsk.").tokens
    >>> _topic_of_mention(toks, _Cand(6, 6, "escalation", "THREATEN", -4.4, "130", "", "", ""))
    True
    """
    if c.label not in _SPEECH_LABELS or c.i != c.j:
        return False
    k = c.i - 1
    while k > 0 and c.i - k <= 2 and tokens[k].norm in _CLASS_DETERMINERS:
        k -= 1
    if not (k > 0 and tokens[k].norm == "of" and tokens[k - 1].norm in word_class("mention-nouns")):
        return False
    # ("a word of warning" is a warning given; "no word of a warning" names one as a topic)
    return tokens[k - 1].norm not in ("word", "words") or k > 1 and tokens[k - 2].norm in ("no", "any")


def _result_participle(tokens: list[Token], c: _Cand, cands: list[_Cand]) -> bool:
    """'Rebel fighters shelled an army post, **killing** two soldiers': a participle of harm right
    after a comma (word class ``result-participles``) gives the result of the use of force before it
    in the sentence, one act, one mark (ANNOTATION.md §8.4, One act). Without a use of force before
    it the participle is the only record of the violence and stays. A denied use of force takes the
    participle only when the same denial holds both ("Tarsk denied that its troops fired on the
    crowd, killing three people": one denied act); a force denied elsewhere is no use of force."""
    return (c.i == c.j and c.i > 0 and tokens[c.i - 1].norm == "," and tokens[c.i].norm in word_class("result-participles")
            and any(o is not c and o.label == "ASSAULT" and o.j < c.i and (not o.denied or o.denied == c.denied)
                    for o in cands))


#: How many words a verb of reporting may stand from "in a joint statement" whose report it carries.
_CHANNEL_REACH = 6


def _report_beside(tokens: list[Token], i: int, j: int) -> bool:
    """Is a verb of reporting (class ``reporting-words``) the verb the phrase of a document at
    ``i``..``j`` ("in a joint statement") is the setting of: just before it ("said **on Friday** in a
    joint statement") or after it, across its comma and the subject ("In a joint statement, the two
    ministers said"), with no other comma, colon or semicolon between?"""
    for m in range(i - 1, max(-1, i - 1 - _CHANNEL_REACH), -1):
        if tokens[m].norm in word_class("reporting-words"):
            return True
        if tokens[m].norm in (",", ";", ":"):
            break
    m = j + 1
    if m < len(tokens) and tokens[m].norm == ",":
        m += 1
    for m in range(m, min(len(tokens), m + _CHANNEL_REACH)):
        if tokens[m].norm in word_class("reporting-words"):
            return True
        if tokens[m].norm in (",", ";", ":"):
            break
    return False


def _purpose_or_channel(tokens: list[Token], c: _Cand, cands: list[_Cand]) -> str | None:
    """A talk that only gives the purpose or the channel of another act: "recalled its ambassador
    ... **for consultations**" (the motive of the recall, as a bare "in protest" is), "**In a joint
    statement**, they warned" (the statement carries the warning and reports nothing of its own); a
    gesture that says what a cooperative act in the sentence is meant as ("would **release 40 prisoners**
    as a goodwill gesture", "As a goodwill gesture, Tavia **freed 40 prisoners**": one act, ANNOTATION.md
    §8.1 format).
    Returns the reason, or None (ANNOTATION.md §8.1 format, §8.4 One act)."""
    if c.label == "CONSULT" and c.i > 0 and tokens[c.i - 1].norm == "for" \
            and any(tokens[m].norm in word_class("recall-verbs") for m in range(max(0, c.i - 10), c.i - 1)):
        return "the purpose of the recall before it"
    if c.label == "AGREE" and tokens[c.j].norm in word_class("document-nouns") and c.i >= 2 \
            and tokens[c.i - 1].norm in ("a", "an", "the", "their", "its") and tokens[c.i - 2].norm in ("in", "through", "via") \
            and any(o.category == "escalation" and o.i > c.j for o in cands) \
            and c.j + 1 < len(tokens) and tokens[c.j + 1].norm == ",":
        return "the channel of the act after it"
    if c.label == "AGREE" and tokens[c.j].norm in word_class("document-nouns") and c.j + 1 < len(tokens) \
            and tokens[c.j + 1].norm in word_class("reporting-words"):
        return "the channel of a report: the text says what it reports"  # "..., a joint statement said"
    if c.label == "AGREE" and tokens[c.j].norm in word_class("document-nouns") and c.i >= 2 \
            and tokens[c.i - 1].norm in ("a", "an", "the", "their", "its") and tokens[c.i - 2].norm in ("in", "through", "via") \
            and _report_beside(tokens, c.i - 2, c.j):
        # "said in a joint statement that ...", "In a joint statement, the two ministers said ..."
        return "the channel of a report: the text says what it reports"
    if c.i >= 2 and tokens[c.i - 2].norm in ("as", "in") and tokens[c.i - 1].norm in ("a", "an") \
            and c.category == "deescalation" and any(t.norm in ("gesture", "gestures") for t in tokens[c.i : c.j + 1]) \
            and any(o is not c and o.category == "deescalation" for o in cands):
        return "what the act beside it is meant as"  # "would release 40 prisoners as a goodwill gesture"
    return None


def _refused_by_determiner(tokens: list[Token], c: _Cand) -> int | None:
    """'the group **would release no more hostages**': a negative determiner inside a cooperative
    step after "will" or "would" declares a refusal (REJECT, as "would not release" is); returns the
    modal's index, or None. "has released no hostages" (a past fact) is left to the negation below."""
    if c.category != "deescalation" or not any(t.norm == "no" for t in tokens[c.i + 1 : c.j + 1]):
        return None
    k = c.i - 1
    while k >= 0 and _adverb(tokens[k]):
        k -= 1
    return k if k >= 0 and tokens[k].norm in ("will", "would", "shall") else None


def _unconfirmed(tokens: list[Token], c: _Cand) -> str | None:
    """'would not confirm the deployment', 'declined to confirm the strike': a refusal to confirm
    (word class ``confirming-verbs``) leaves the event open; it is no refusal to act (§6 refusals).
    Returns the words, which hedge the event (§8.4, negation: a refusal to confirm), or None."""
    k = c.i - 1
    while k >= 0 and tokens[k].norm in ("the", "a", "an", "any", "reports", "of", "that"):
        k -= 1
    if k < 1 or tokens[k].norm not in word_class("confirming-verbs"):
        return None
    m = k - 1
    if tokens[m].norm in ("not", "never", "t") or tokens[m].norm == "to" and m > 0 \
            and tokens[m - 1].norm in ("declined", "declines", "refused", "refuses", "refusing", "declining"):
        first = m - 1 if tokens[m].norm == "to" or m > 0 and tokens[m - 1].norm in _MODALS else m
        return " ".join(t.text for t in tokens[first : k + 1])
    return None


def _refused_action(tokens: list[Token], c: _Cand, cands: list[_Cand]) -> _Cand | None:
    """'is not **willing to back down**', 'Neither side is willing to back down': a negated readiness
    ending in "to" is a refusal of the action right after it, which the refusal takes in, one act, one
    mark (as "refused to back down" is); returns that action's phrase, or None.

    >>> from course.document import build_document
    >>> toks = build_document("Tarsk is not willing to back down.").tokens
    >>> act = _Cand(5, 6, "deescalation", "CONCEDE", 5.0, "080", "", "", "")
    >>> _refused_action(toks, _Cand(3, 4, "escalation", "REJECT", -4.0, "120", "", "", ""), [act]) is act
    True
    """
    if tokens[c.j].norm != "to" or c.j + 1 >= len(tokens) or tokens[c.j + 1].norm in _FUNCTION_WORDS:
        return None
    return next((o for o in cands if o.i == c.j + 1 and o.category == "deescalation"), None)


def _step_noun(tokens: list[Token], c: _Cand) -> str:
    """What a negation says did not happen or is asked against: the label's noun ("threat", "sanction"),
    but "hostile act" for a word that labels an act ("provocations", "violated"), which names the act, not
    a charge; a word of accusing (class ``accusing-words``) stays an "accusation"."""
    if c.label == "ACCUSE" and not any(t.norm in word_class("accusing-words") for t in tokens[c.i : c.j + 1]):
        return "hostile act"
    return _NOUNS.get(c.label, "step")


def _apply_refrained_harm(tokens: list[Token], cands: list[_Cand]) -> list[_Cand]:
    """A declared restraint from acts named by a general noun takes in the harm those acts "could"
    do: "would **refrain from actions that could lead to escalation**" is one restraint, and the
    escalation it names is what is kept from, no event of its own (as in an appeal to refrain,
    :func:`~course.lenses.escalation.speech._refrained_object`).

    >>> from course.document import build_document
    >>> toks = build_document("Both sides would refrain from actions that could lead to escalation.").tokens
    >>> c = _Cand(3, 5, "deescalation", "RESTRAINT", 7.0, "0356", "", "pattern: refrain-from-acts", "")
    >>> e = _Cand(10, 10, "escalation", "DETERIORATE", -0.4, "012", "", "lexicon: escalation", "")
    >>> [(x.label, x.i, x.j) for x in _apply_refrained_harm(toks, [c, e])]
    [('RESTRAINT', 3, 10)]
    """
    out = list(cands)
    for c in cands:
        if c.rule != "pattern: refrain-from-acts" or c not in out:
            continue
        end = _refrained_object(tokens, c.i, c.j)
        if end > c.j:
            harm = " ".join(t.text for t in tokens[c.j + 1 : end + 1])
            c.notes.append(f"What the acts could do ('{harm}') says what is held back: it is in the span, "
                           "no event of its own.")
            out = [o for o in out if o is c or not (c.j < o.i <= end)]
            c.j = end
    return out


def _apply_negation(tokens: list[Token], seg: list[int], cands: list[_Cand]) -> list[_Cand]:
    out = []
    kept = []
    for c in cands:
        if _rule_permission(tokens, c) or _named_class(tokens, c) or _topic_of_mention(tokens, c) \
                or _result_participle(tokens, c, cands) \
                or _purpose_or_channel(tokens, c, cands):
            continue  # no event of its own: a rule's words or reach, a result, a purpose or a channel
        unconfirmed = _unconfirmed(tokens, c)
        if unconfirmed is not None:
            c.hedge = c.hedge or unconfirmed
            c.no_negation = True
            c.notes.append(f"Not confirmed ('{unconfirmed}'): the source neither confirms nor denies it; "
                           "nobody refuses to act.")
        modal = None if c.no_negation else _refused_by_determiner(tokens, c)
        if modal is not None:
            code = REJECT_MEETING_CODE if c.label == "CONSULT" else REJECT_CODE
            w = goldstein(code)
            what = _NOUNS.get(c.label, "cooperative step")
            c.notes.append(f"Negated by its determiner 'no' after '{tokens[modal].text}': a declared refusal of "
                           f"{_a(what)} {what} (CAMEO {c.cameo}: {c.intensity:+.1f}) counts as a rejection.")
            c.explanation = f"Says no: a refusal, {describe_weight(w)}."
            c.cameo, c.category, c.label, c.intensity, c.base = code, "escalation", "REJECT", w, w
            c.reference += f"; negated: CAMEO {code} / Goldstein 1992; PLOVER REJECT"
            c.i, c.own_negation, c.no_negation = modal, True, True
        kept.append(c)
    cands = kept
    taken = frozenset(k for c in cands for k in range(c.i, c.j + 1))
    refused: set[int] = set()  # (the actions a refusal took in: "not willing to back down")
    for c in cands:
        if id(c) in refused:
            continue
        if c.warned_against:
            c.notes.append(f"Warned against ('{c.warned_against}'): the other side is told not to take this step, so it "
                           "is marked negated; the step keeps its reading, and the warning is the threat.")
            c.modifiers.append("negated")
            out.append(c)
            continue
        if c.denied:
            c.notes.append(f"Named inside a denial ('{c.denied}'): the speaker says it did not happen, so it is marked "
                           "negated; the event named keeps its reading.")
            c.modifiers.append("negated")
            out.append(c)
            continue
        neg = None if c.no_negation else _negator_before(tokens, seg, c, taken)
        if neg is None and not c.no_negation:
            aux = _negated_subject(tokens, seg, c)
            if aux is not None and (aux.lower() in _PAST_AUX or aux.lower() in _PAST_SEEMING):
                # "Neither side has fired warning shots", "Nothing has been agreed": the step was not
                # taken; it keeps its reading and is marked negated (§8.4, negation)
                c.notes.append(f"Negated by its subject ('{aux}' after a negative subject): the text says this "
                               f"{_NOUNS.get(c.label, 'step')} did not happen; it keeps its reading and is marked negated.")
                c.modifiers.append("negated")
                out.append(c)
                continue
            if aux is not None:  # ("Neither ... is willing to back down": the subject and the clause's verb)
                first, verb = _negated_subject_span(tokens, seg, c)
                aux = f"{tokens[first].text} ... {tokens[verb].text}"
            neg = aux
        if neg is None and not c.no_negation:
            neg = _negated_object(tokens, c)
            if neg is not None:  # "The exercise threatens no one": the threat is denied, not flipped
                c.notes.append(f"Negated by its object '{neg}': the text says this {_NOUNS.get(c.label, 'step')} is "
                               "aimed at no one; it keeps its reading, is marked negated and adds no weight.")
                c.modifiers.append("negated")
                out.append(c)
                continue
        absent = None if neg is not None or c.no_negation or c.category != "deescalation" \
            else _absent_by_predicate(tokens, seg, c)
        if absent is not None:
            # "A crisis hotline ... had not been used", "A final agreement was still far off": the
            # cooperative step did not happen (yet); it keeps its reading and is marked negated (§8.4)
            c.notes.append(f"Negated by what is said of it ('{absent}'): the text says this "
                           f"{_NOUNS.get(c.label, 'step')} has not happened; it keeps its reading and is marked negated.")
            c.modifiers.append("negated")
            out.append(c)
            continue
        if neg is None:
            out.append(c)
            continue
        if c.category == "escalation" and _advice(tokens, c):
            continue  # "it should not be dismissed": advice on how to take something, nobody's step
        refusal = _refused_yielding(tokens, c) if c.category == "escalation" else None
        if refusal is not None:
            # "would not reward blackmail": the refusal to give way is the event (REJECT 120), and
            # the hostile word is the speaker's name for what the other side does, a label of its own
            w = goldstein(REJECT_CODE)
            end = c.j
            if any(t.norm in ('"', "“") for t in tokens[refusal[0] : c.i]):  # (the quotation it opens closes in it)
                close = next((m for m in range(c.j + 1, min(len(tokens), c.j + 4)) if tokens[m].norm in ('"', "”")), None)
                end = close if close is not None else end
            verb = tokens[refusal[1]].text
            out.append(_Cand(refusal[0], end, "escalation", "REJECT", w, REJECT_CODE,
                             f"Refuses to give way ('{verb}' negated): a rejection, {describe_weight(w)}.",
                             f"rule: refuse-to-yield (not + {tokens[refusal[1]].norm})",
                             f"CAMEO {REJECT_CODE} / Goldstein 1992; PLOVER REJECT", priority=c.priority))
            out[-1].base = w
            out[-1].own_negation = True
            out.append(c)
            continue
        # another side asked not to act, after "should"/"must" with that side as subject or inside a
        # demand or warning: the step keeps its reading, negated
        asked = None if c.category != "escalation" else (
            ("after a word of obligation with another side as subject ('X should not ...')", "that side", "")
            if _admonished(tokens, c) else
            ("inside a demand ('warned it not to interfere')", "another side",
             " (the demand or warning is marked on its own)") if _asked_of_another(tokens, c) else None)
        if asked is not None:
            where, whom, aside = asked
            c.notes.append(f"Negated by '{neg}' {where}: the speaker asks {whom} not to take this "
                           f"{_step_noun(tokens, c)}; it keeps its reading, is marked negated and adds no "
                           f"weight{aside}.")
            c.modifiers.append("negated")
            out.append(c)
            continue
        if c.category == "escalation" and (_factual_negation(tokens, c) or neg.endswith(" short of")
                                           or neg.split()[0].lower() in ("failed", "fails", "failing")
                                           or neg.lower() in ("no", "nor", "without", "nothing to") and not _future_near(tokens, c)):
            c.notes.append(f"Negated by '{neg}' in the past tense: the text says this {_step_noun(tokens, c)} "
                           "did not happen; the event named keeps its reading and is marked negated.")
            c.modifiers.append("negated")
            out.append(c)
            continue
        if c.category == "escalation" and c.label == "ACCUSE" \
                and any(t.norm in word_class("accusing-words") for t in tokens[c.i : c.j + 1]):
            # "Nobody wants to be blamed", "will not criticise Tarsk": a charge not made holds back no step
            c.notes.append(f"Negated by '{neg}': a charge not made is no step held back, so no restraint; "
                           "it keeps its reading, is marked negated and adds no weight.")
            c.modifiers.append("negated")
            out.append(c)
            continue
        if c.category == "escalation":
            w = round(-c.intensity * NEGATION_FACTOR, 2)
            # (a word that labels an act, "provocations", "will not violate", names the act held back,
            # not a charge: accusing words were kept above)
            held = "hostile act" if c.label == "ACCUSE" else _NOUNS.get(c.label, "step")
            c.notes.append(
                f"Negated by '{neg}': a statement that this {held} will not happen is not "
                f"escalation; it reads as restraint, so the weight is flipped and halved ({c.intensity:+.1f} -> {w:+.1f})."
            )
            # the restraint is what the text says: it leads the explanation, and the reading the phrase
            # would have on its own follows with its code, as a turned-around step does ("'lifted' undoes ...")
            c.explanation = (f"Holds back from a hostile step ('{neg}' turns {_a(held)} {held} around): read as "
                             f"restraint, {describe_weight(w)}. On its own the phrase would read: "
                             f"{c.explanation.rstrip()}")
            c.category, c.label, c.intensity = "deescalation", "RESTRAINT", w
            _extend_restraint(tokens, c)
        elif _factual_negation(tokens, c) or neg.lower() in ("no", "without", "nor", "nothing to") or c.label == "REQUEST":
            # (an appeal not made is no refusal: "Tarsk did not ask for their release" keeps the
            # REQUEST, negated)
            # "have never met", "did not meet", "has no plans for a meeting", "without an
            # agreement": the cooperative step did not happen, and no one refused it (§8.4: a
            # denial keeps its label, marked negated); failing to reach one stays a rejection,
            # as CAMEO codes it ("failed to reach agreement", PLOVER REJECT)
            c.notes.append(f"Negated by '{neg}': the text says this {_NOUNS.get(c.label, 'step')} did not happen; "
                           "it keeps its reading, is marked negated and adds no weight.")
            c.modifiers.append("negated")
            out.append(c)
            continue
        else:
            code = REJECT_MEETING_CODE if c.label == "CONSULT" else REJECT_CODE
            w = goldstein(code)
            what = _NOUNS.get(c.label, "cooperative step")
            # the refusal is what the text says: it leads the explanation, with its own code
            # ("would not accept": not "says yes to a proposal" with a weight of -4.0)
            c.notes.append(
                f"Negated by '{neg}': on its own the phrase would be {_a(what)} {what} "
                f"(CAMEO {c.cameo}: {c.base:+.1f}); refusing or failing to reach {_a(what)} {what} counts as a "
                f"rejection."
            )
            c.explanation = f"Says no: a refusal, {describe_weight(w)}."
            c.cameo, c.base = code, w
            c.category, c.label, c.intensity = "escalation", "REJECT", w
            c.reference += f"; negated: CAMEO {code} / Goldstein 1992; PLOVER REJECT"
            _extend_refusal(tokens, c, cands)
            action = _refused_action(tokens, c, cands)
            if action is not None:
                c.notes.append(f"It takes in the action refused ('{' '.join(t.text for t in tokens[action.i : action.j + 1])}'): "
                               "one act, one mark.")
                c.j = action.j
                refused.add(id(action))
        if not c.own_negation:
            c.modifiers.append("negated")
        out.append(c)
    return out


#: Adjectives of readiness that take an act through "to": "ready to", "willing to", "prepared to",
#: "eager to" ("stands ready to" is "ready to" after a verb of being). "Open to" takes a gerund.
_READINESS = frozenset("ready willing prepared eager".split())
#: The intent code of a cooperative act named after a readiness, by the act's label: CAMEO codes a
#: stated readiness as an intent (03x) by the act it names, 030 when no sub-code fits.
_INTENT_CODES = {"CONSULT": "036", "RETREAT": "0356", "RESTRAINT": "0356", "CONCEDE": "035",
                 "AID": "033", "COOPERATE": "031", "SUPPORT": "032"}
#: More specific intent codes, by the first three digits of the act's code: releasing people (084),
#: easing sanctions (085), letting others in (086), mediating (045).
_SPECIFIC_INTENT_CODES = {"084": "0353", "085": "0354", "086": "0355", "045": "039"}
#: The intent codes filed under ``CONSULT`` (an intent to meet or to mediate, §8.2); the others are ``AGREE``.
_INTENT_TO_MEET = frozenset({"036", "039"})


def _readiness_before(tokens: list[Token], i: int) -> int | None:
    """The index of the word of readiness whose act starts at token ``i``: "**ready** to resume
    talks", "**willing** to withdraw its troops", "**open** to resuming talks" (a gerund, with its
    object after it); None when no readiness stands right before the act.

    >>> from course.document import build_document
    >>> toks = build_document("Tarsk is prepared to withdraw its troops.").tokens
    >>> _readiness_before(toks, 4), _readiness_before(toks, 3)
    (2, None)
    """
    k = i - 1
    if k < 1:
        return None
    if tokens[k].norm == "to":
        word = tokens[k - 1].norm
        return k - 1 if word in _READINESS or word == "open" and tokens[i].norm.endswith("ing") else None
    if k >= 2 and tokens[k - 1].norm == "to" and tokens[k - 2].norm == "open" and tokens[k].norm.endswith("ing") \
            and tokens[k].text.islower():
        return k - 2  # "open to resuming talks": the gerund names the act
    return None


def _as_intent(c: _Cand, word: str) -> None:
    """Recode the act ``c`` as a stated readiness to take it (the span already runs from the readiness):
    a cooperative act as the intent to take it, ``AGREE`` (``CONSULT`` for an intent to meet or mediate)
    with the intent code of the act (CAMEO 03x), a hostile act as a threat to take it (CAMEO 13x)."""
    what = _NOUNS.get(c.label, "step")
    if c.category == "escalation":
        w = goldstein(c.cameo)
        if c.label != "THREATEN":  # (a threat keeps its own words: "ready to defend every metre")
            _recode_as_threat(c)
            w = c.intensity
            c.explanation = f"A stated readiness to take a hostile step ({what}), not taken yet: a threat, {describe_weight(w)}."
    else:
        if not c.cameo.startswith("03"):
            c.cameo = _SPECIFIC_INTENT_CODES.get(c.cameo[:3], _INTENT_CODES.get(c.label, "030"))
        c.label = "CONSULT" if c.cameo in _INTENT_TO_MEET else "AGREE"
        c.reference = f"CAMEO {c.cameo} / Goldstein 1992; PLOVER {c.label}"
        w = goldstein(c.cameo)
        c.explanation = f"A stated readiness to take a cooperative step ({what}), not taken yet: an intent, {describe_weight(w)}."
    c.notes.append(f"Being '{word} to' act is not acting yet: the readiness and the act it names are one mark, "
                   "coded by the act.")
    c.intensity = c.base = w


def _apply_readiness(tokens: list[Token], cands: list[_Cand]) -> list[_Cand]:
    """A readiness before an act is one stated intent, one mark from the readiness to the end of the act
    (ANNOTATION.md §8.4, Readiness), as a refusal takes in what it refuses ("refused to back down"):
    "**willing to withdraw its troops**" (``AGREE`` 0356), "**prepared to impose sanctions**" (``THREATEN``
    1312). A readiness that a negation has turned into a refusal already took its act in ("not willing to
    back down"); a negated act or readiness is left as it is, and so is a readiness with no act phrase
    after it ("willing to" alone stays an intent to cooperate, 030).

    >>> from course.document import build_document
    >>> toks = build_document("Tarsk is willing to withdraw its troops.").tokens
    >>> ready = _Cand(2, 3, "deescalation", "AGREE", 4.0, "030", "", "", "")
    >>> act = _Cand(4, 6, "deescalation", "RETREAT", 9.0, "087", "", "", "")
    >>> [(c.i, c.j, c.label, c.cameo, c.intensity) for c in _apply_readiness(toks, [ready, act])]
    [(2, 6, 'AGREE', '0356', 7.0)]
    """
    dropped: set[int] = set()
    for c in cands:
        r = _readiness_before(tokens, c.i)
        if r is None or "negated" in c.modifiers or c.own_negation or c.denied:
            continue
        before = [o for o in cands if o is not c and o.i <= c.i - 1 and o.j >= r]
        if any(o.j >= c.i or o.own_negation for o in before):
            continue  # the readiness is part of another phrase, or a refusal that took its act in
        dropped.update(id(o) for o in before)
        c.i = r
        _as_intent(c, tokens[r].text)
        negated = next((o for o in before if "negated" in o.modifiers), None)
        if negated is not None:  # "Neither side was willing to back down": the intent did not hold
            c.notes.extend(n for n in negated.notes if n.startswith("Negated"))
            c.modifiers.append("negated")
    return [c for c in cands if id(c) not in dropped]


#: Words that end the subject of a refusal before its verb group (a new clause or a second phrase
#: begins at them), and words that may open that subject.
_SUBJECT_BREAKS = frozenset(", ; : ( and but or which who whom whose if when while because as".split())
_SUBJECT_OPENERS = frozenset('that , : ; " “ but and'.split())
#: The verb group between a subject and its refusal ("is currently", "will never be").
_COPULAS = frozenset("is are was were be been being will would shall".split())


def _refusal_of_its_subject(tokens: list[Token], r: _Cand) -> bool:
    """Is the refusal ``r`` a predicate whose subject is what is refused: "is **out of the question**",
    or a refusal in the passive, "**will never be accepted**"?"""
    if r.label != "REJECT" or r.category != "escalation":
        return False
    words = [t.norm for t in tokens[r.i : r.j + 1]]
    if words[:4] == ["out", "of", "the", "question"]:
        return True
    return any(w in _NEGATION_WORDS for w in words) and any(w in ("be", "been") for w in words) \
        and words[-1].endswith("ed")


def _refused_subject(tokens: list[Token], seg: list[int], r: _Cand, c: _Cand) -> bool:
    """Is the cooperative phrase ``c`` the subject of the refusal ``r`` ("**Removing the sanctions** is out
    of the question", "A **ceasefire** will never be accepted")? It opens its clause, and only its own
    words, a copula or an auxiliary and adverbs stand between it and the refusal."""
    if c.category != "deescalation" or c.j >= r.i or seg[c.j] != seg[r.i] or r.i - c.j > 10:
        return False
    between = tokens[c.j + 1 : r.i]
    if any(t.norm in _SUBJECT_BREAKS for t in between) or not any(t.norm in _COPULAS for t in tokens[c.j + 1 : r.i + 1]):
        return False
    k = c.i - 1
    while k >= 0 and tokens[k].norm in ("a", "an", "the", "any"):
        k -= 1
    return k < 0 or tokens[k].norm in _SUBJECT_OPENERS


def _apply_refused_subjects(tokens: list[Token], seg: list[int], cands: list[_Cand]) -> None:
    """A cooperative step named as the subject of a refusal is the step refused: it did not happen, keeps
    its reading and is marked negated, and the refusal is the mark that weighs (ANNOTATION.md §8.4,
    Negation): "**Removing the sanctions** is **out of the question**", "A **ceasefire** **will never be
    accepted**"."""
    for r in cands:
        if not _refusal_of_its_subject(tokens, r):
            continue
        for c in cands:
            if "negated" not in c.modifiers and _refused_subject(tokens, seg, r, c):
                c.notes.append(f"Named as the subject of a refusal ('{' '.join(t.text for t in tokens[r.i : r.j + 1])}'): "
                               "the step refused did not happen; it keeps its reading, is marked negated and adds no weight.")
                c.modifiers.append("negated")
