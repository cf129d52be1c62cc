"""Speech acts: in "urged both sides to show restraint" or "warned that X would impose
sanctions" the content, not the verb, carries the event. The verbs and nouns are classes of
``datasets/lexicons/escalation_word_classes.tsv`` (``appeal-verbs``, ``warn-verbs`` ...)."""

from __future__ import annotations

import bisect
from functools import lru_cache

from ...document import Token
from ..attribution.words import SUBJECT_PRONOUNS, _finite_like
from .candidates import _Cand
from .clauses import _inverted_should
from .conditions import _ruined_tie, danger_named, observer_warns
from .context import _has_context
from .weights import describe_weight, goldstein
from .words import _CLAUSE_CONJ, _FUNCTION_WORDS, FUTURE_MODALS, word_class


_COMPLEMENT_STOP = frozenset(
    """to and but or that which who while as if unless because on in at for with about over near from by into
    towards toward after before during since until between against through without under along across around
    beyond within inside outside throughout""".split()
)
#: Words that open a subordinate clause, which ends a phrase's reach ("ease sanctions if ...",
#: "cut warheads provided Kalvan accepts").
_SUBORDINATORS = frozenset("if unless until because since after when while once whereas although provided "
                           "providing".split())
#: Acts that, announced as possible, are threats (CAMEO 13x); force posture stays MOBILIZE.
_THREATENABLE = frozenset({"SANCTION", "COERCE", "PROTEST", "REJECT", "DEMAND", "ASSAULT"})
#: Pronouns that open a clause as its subject: after a noun, a relative clause with no "that".
_SUBJECT_PRONOUNS = SUBJECT_PRONOUNS - {"there"}
#: Modals of a forecast: "warned that the corridor could close".
_FORECAST_MODALS = frozenset("could might may would".split())

# words between a verb of weighing and the act weighed ("considering whether to close")
_CONSIDERED_LEAD = frozenset("whether to possibly".split())


def _complement(tokens: list[Token], k: int, limit: int = 6) -> int:
    """Last token of the short phrase an appeal asks for, from token k: the verb and its object
    ('keep channels of communication open', 'show restraint', 'resume talks'), stopping at a
    preposition other than 'of' (a place or a time after the object is no part of the act: "extend
    the ceasefire along the border"), a conjunction, 'to', punctuation or a subject pronoun that opens a
    relative clause ("resume the talks it abandoned"), and never ending inside a noun group on a
    determiner or a preposition."""
    end = k
    stop = k + limit
    m = k
    own = _own_preposition(tokens, k)
    while m + 1 < min(len(tokens), stop):
        m += 1
        t = tokens[m]
        if t.text in _CURRENCY or t.text[:1].isdigit() or t.norm in ("million", "billion", "trillion"):
            stop += 1  # a sum of money counts as one word: "$400 million"
        # (a goal joins its verb or noun of going, also after one adjective: "an urgent return to dialogue";
        # a verb's own preposition joins it: "build on it")
        if t.norm in _COMPLEMENT_STOP and not (m <= k + 2 and t.norm in {"to", "into"}
                                               and tokens[m - 1].norm in word_class("goal-verbs")) \
                and not (own and m == k + 1):
            break
        if own and m == k + 2 and t.norm in _OBJECT_PRONOUNS:
            return m  # "to build on it": the pronoun is the object of the verb's preposition
        if not any(ch.isalnum() for ch in t.text) and not (
                t.text in _CURRENCY and m + 1 < len(tokens) and tokens[m + 1].text[:1].isdigit()):
            break  # (a sum of money stays in the object: "to pay a disputed $400 million debt")
        if m > k + 1 and t.norm in _SUBJECT_PRONOUNS and tokens[m - 1].text.isalpha():
            break  # a relative clause with no "that": "resume the talks it abandoned in 2009"
        end = m
    while end > k and (tokens[end].norm in _FUNCTION_WORDS or tokens[end].norm == "of"):
        end -= 1  # a phrase cut at its length never ends on a determiner or a preposition: "extend a ceasefire"
    return end


#: Pronouns that can be the object of a verb's own preposition ("build on it", "abide by them").
_OBJECT_PRONOUNS = frozenset("it them this that these those".split())


def _own_preposition(tokens: list[Token], k: int) -> bool:
    """Is the verb at ``k`` one whose preposition right after it belongs to it (word class
    ``prepositional-verbs``: "build on", "abide by", "adhere to", "comply with")? Then the preposition and
    its object are what is asked: "urged both parties to **build on it**", not a bare "build"."""
    return tokens[k].norm in word_class("prepositional-verbs") and k + 2 < len(tokens) \
        and tokens[k + 1].norm in _COMPLEMENT_STOP and tokens[k + 1].norm not in _CONJUNCTIONS


#: Words of _COMPLEMENT_STOP that join clauses, never a verb's own preposition.
_CONJUNCTIONS = frozenset("and but or that which who while as if unless because".split())


#: Currency signs that open a sum inside an object ("a disputed $400 million debt").
_CURRENCY = frozenset("$ € £ ¥".split())


def _refrained_object(tokens: list[Token], a: int, b: int) -> int:
    """Extend an asked-for act over what it asks the other side to keep from: "to **refrain from
    unilateral steps**" is one appeal (word class ``refrain-verbs``); the steps are not taken and
    are no event of their own."""
    n = len(tokens)
    if b == a and tokens[a].norm in word_class("refrain-verbs") and b + 2 < n and tokens[b + 1].norm == "from" \
            and tokens[b + 2].text.isalpha():
        b = _complement(tokens, b + 2)
    if b == a and tokens[a].norm in word_class("refrain-verbs") and b + 1 < n:
        # 'to avoid "any step that could lead to miscalculation"': what is to be kept from, in the
        # speaker's words, joins the appeal with its quotation, closing mark included (§8.4 Codes, spans)
        q = b + 2 if tokens[b + 1].norm == "from" else b + 1
        quoted = _quoted_act(tokens, q) if q < n else None
        if quoted is not None:
            return next(m for m in range(quoted[1] + 1, n) if tokens[m].text in ('"', "”"))
    if tokens[a].norm in word_class("refrain-verbs") and b + 3 < n and tokens[b + 1].norm in ("that", "which") \
            and tokens[b + 2].norm in ("could", "might", "may", "would", "can") and tokens[b + 3].text.isalpha():
        # "to avoid steps that could inflame tensions": the harm the steps could do describes what is to
        # be kept from and joins the appeal (§8.4 Codes, spans); it is no event of its own
        end = _complement(tokens, b + 3)
        if end == b + 3 and end + 2 < n and tokens[end].norm in ("lead", "leads") and tokens[end + 1].norm == "to":
            end = _complement(tokens, end + 2)  # "steps that could lead to clashes"
        return end
    return b


def _quoted_act(tokens: list[Token], q: int) -> tuple[int, int] | None:
    """The act asked for in the speaker's own words, from the opening mark at ``q`` to the closing
    one: 'urged both sides to "**step back from the brink**."' (the addressee is no appeal)."""
    n = len(tokens)
    if not (tokens[q].text in ('"', "“") and q + 1 < n and tokens[q + 1].text.isalpha()):
        return None
    close = next((m for m in range(q + 1, min(n, q + 12)) if tokens[m].text in ('"', "”")), None)
    if close is None:
        return None
    b = close - 1
    while b > q + 1 and not tokens[b].text[:1].isalnum():
        b -= 1  # the full stop inside the closing mark stays out
    return q + 1, b


def _means_of_talk(tokens: list[Token], b: int) -> int:
    """Extend an asked-for act over its means when the means is talk or another way of settling
    (word class ``settlement-means``): "to resolve the dispute **through dialogue**" is one appeal, to
    settle by talking (CAMEO 026), "to resolve the payment dispute **through arbitration**" one appeal
    (CAMEO 020); the dialogue has not taken place and is no consultation of its own (ANNOTATION.md
    §8.4, One act, one mark)."""
    n = len(tokens)
    if b + 2 < n and tokens[b + 1].norm in ("through", "via", "by"):
        k = b + 2
        while k < n and k <= b + 4 and tokens[k].norm in ("a", "an", "the", "direct", "peaceful", "political",
                                                          "diplomatic", "further", "renewed"):
            k += 1
        if k < n and (tokens[k].norm in word_class("talk-words") or tokens[k].norm in word_class("settlement-means")):
            return k
    return b


def _appeal_complements(tokens: list[Token], v: int) -> list[tuple[int, int]]:
    """Spans of what an appeal verb at v asks for: 'urged both sides to show restraint and to resume
    talks' -> [show restraint, resume talks]; 'called for calm' -> [calm]."""
    n = len(tokens)
    w = tokens[v].norm
    appeal, call, press = word_class("appeal-verbs"), word_class("call-verbs"), word_class("press-verbs")
    asking = word_class("meeting-request-verbs")
    out: list[tuple[int, int]] = []
    k = v + 1
    if w in call or w in press or (w in asking and k < n and tokens[k].norm == "for"):
        if w in press and k < n and tokens[k].norm in ("hard", "again", "publicly"):
            k += 1  # "pressing hard for a ceasefire"
        if k < n and tokens[k].norm == "for":
            a = k + 1
            if a < n and tokens[a].norm in {"a", "an", "the"}:
                a += 1
            if a < n and tokens[a].text.isalpha():
                b = _complement(tokens, a)
                # coordinated objects are one appeal: "calling for a nationwide ceasefire and the release
                # of political prisoners" (§8.4 Heads, "the withdrawal of troops and the lifting of sanctions")
                if (b + 3 < n and tokens[b + 1].norm == "and" and tokens[b + 2].norm in {"a", "an", "the"}
                        and tokens[b + 3].text.isalpha()
                        and any(tokens[m].norm == "of" for m in range(b + 4, min(n, b + 7)))):
                    b = _complement(tokens, b + 3)
                out.append((a, b))
            return out
        if w in call and not (k < n and tokens[k].norm in {"on", "upon", "to"}):
            return out
        if w in call:
            k += 1
        # ("pressed Merav's leader to release 14 journalists": the object and its infinitive, below)
    elif w not in appeal and w not in asking:
        return out
    # object then 'to' + verb, within five tokens, no punctuation
    for m in range(k, min(n - 1, k + 7)):
        if not any(ch.isalnum() for ch in tokens[m].text) and tokens[m].text not in ("'", "’"):
            break  # (a possessive stays in the object: "urged Merav's leader to ...")
        quoted = _quoted_act(tokens, m + 1) if tokens[m].norm == "to" else None
        if quoted is not None:
            return [quoted]
        if tokens[m].norm == "to" and tokens[m + 1].text.replace("-", "").isalpha() \
                and tokens[m + 1].norm not in _FUNCTION_WORDS:  # (a hyphenated verb too: "to de-escalate")
            a = m + 1
            while True:
                b = _means_of_talk(tokens, _refrained_object(tokens, a, _complement(tokens, a)))
                out.append((a, b))
                if (b + 3 < n and tokens[b + 1].norm == "and" and tokens[b + 2].norm == "to"
                        and tokens[b + 3].text.isalpha()):
                    a = b + 3
                    continue
                if b + 2 < n and tokens[b + 1].norm == "and" and _bare_verb(tokens[b + 2]):
                    a = b + 2  # "to show restraint and return to dialogue": a second act asked, "to" left out
                    continue
                break
            return out
    # a noun object: 'urged restraint'
    if w in appeal and k < n and tokens[k].text.isalpha() and tokens[k].text.islower() and (
            tokens[k].norm not in _FUNCTION_WORDS):
        out.append((k, _complement(tokens, k)))
    return out


def _calm_or_dialogue() -> frozenset[str]:
    """The words of calm and of talk an appeal may ask for (classes ``calm-appeal-words`` and
    ``dialogue-appeal-words``)."""
    return word_class("calm-appeal-words") | word_class("dialogue-appeal-words")


def _calm_asked(tokens: list[Token], v: int) -> bool:
    """Does the appeal verb at ``v`` ask for calm, restraint or dialogue as its object (class
    ``calm-appeal-words`` and ``dialogue-appeal-words``: "appealed for calm", "urged maximum
    restraint", "called for a de-escalation", "appealed for dialogue")? Then it is an appeal to de-escalate whoever makes it; a word of calm after "to"
    ("urged the players to stay calm") is the players' own state, no appeal of the lens.

    >>> from course.document import build_document
    >>> _calm_asked(build_document("The bishop appealed for calm.").tokens, 2)
    True
    >>> _calm_asked(build_document("The coach urged the players to stay calm.").tokens, 2)
    False
    """
    for t in tokens[v + 1 : v + 5]:
        if t.norm == "to" or not t.text.isalpha() and "-" not in t.text:
            return False
        if t.norm in _calm_or_dialogue():
            return True
    return False


def _restraint_asked(tokens: list[Token], comps: list[tuple[int, int]]) -> bool:
    """Does an act asked for through "to" name restraint, de-escalation or dialogue ("urged all
    parties to **exercise maximum restraint**", "to **return to dialogue**")? Then a third party's
    appeal is a request to de-escalate whoever makes it, as "urged restraint" is; the adjective
    "calm" ("to stay calm") is the addressee's own state, no appeal of the lens.

    >>> from course.document import build_document
    >>> toks = build_document("The coach urged the players to exercise restraint.").tokens
    >>> _restraint_asked(toks, [(6, 7)])
    True
    >>> toks = build_document("The coach urged the players to stay calm.").tokens
    >>> _restraint_asked(toks, [(6, 7)])
    False
    """
    calm = _calm_or_dialogue()
    return any(tokens[m].norm in calm and tokens[m].norm != "calm" for a, b in comps for m in range(a, b + 1))


def _parties_addressed(tokens: list[Token], v: int) -> bool:
    """Is the appeal verb at ``v`` addressed to the parties of a dispute ("called on **both parties**
    to ...", "urged all factions to ...": class ``dispute-party-nouns`` after "both", "all" or "the
    two")? The addressees make it an appeal between parties, no state need be named."""
    k = v + 1
    if k < len(tokens) and tokens[k].norm in ("on", "upon"):
        k += 1
    lead = [t.norm for t in tokens[k : k + 3]]
    for at in range(len(lead)):
        if lead[at] in word_class("dispute-party-nouns"):
            return at > 0 and lead[at - 1] in ("both", "all", "two", "warring", "rival")
    return False


def _bare_verb(token: Token) -> bool:
    """Is ``token`` a verb of the class ``bare-infinitives``, in its base form ("return", "resume",
    "refrain"), that can go on an appeal after "and" without "to" ("urged both sides to show restraint
    and **return** to dialogue")? A past or third-person form ("and said", "and warns") starts a new
    predicate of the speaker instead."""
    return token.text.islower() and token.norm in word_class("bare-infinitives")


#: The longest reported clause :func:`_content_end` reads, in words (a run-on text has no end).
_CONTENT_REACH = 80


#: Words that end the search for "against" or "not to" after a verb of warning (a clause or a
#: complement of another kind: "warned that ...", "warned of ...").
_WARNED_AGAINST_STOPS = frozenset("that of , . ; : about over if unless".split())


def _warned_against(tokens: list[Token], v: int) -> int | None:
    """The position of "against" or of the "to" of "not to" that follows a verb of warning, right after it or
    after its addressee ("warned against a new offensive", "warned Tarsk against a new offensive", "warned
    the government not to launch ..."; the addressee is at most five words), or None ("warned that ...",
    "warned of ...").

    >>> from course.document import build_document
    >>> _warned_against(build_document("Velm warned Tarsk against a new offensive.").tokens, 1)
    3
    >>> _warned_against(build_document("Velm warned that Tarsk would attack.").tokens, 1) is None
    True
    """
    for k in range(v + 1, min(len(tokens), v + 7)):
        w = tokens[k].norm
        if w == "against":
            return k
        if w == "not" and k + 1 < len(tokens) and tokens[k + 1].norm == "to":
            return k + 1
        if w in _WARNED_AGAINST_STOPS or w in FUTURE_MODALS or w in _SUBORDINATORS:
            return None
    return None


def _content_end(tokens: list[Token], a: int) -> int:
    """Last token of a reported clause starting at a, before a subordinate clause, ', and' or a
    participle of speech after a comma, the speaker's next act (", calling the accusations a
    provocation"; class ``report-participles``) (at most ``_CONTENT_REACH`` words)."""
    end = a
    participles = word_class("report-participles")
    for m in range(a, min(len(tokens), a + _CONTENT_REACH)):
        w = tokens[m].norm
        if w in _SUBORDINATORS or w in {";", ":", "."} or (w == "should" and _inverted_should(tokens, m)) or (
                w == "," and m + 1 < len(tokens)
                and (tokens[m + 1].norm in _CLAUSE_CONJ or tokens[m + 1].norm in participles)):
            break
        if w == "and" and m + 1 < len(tokens) and tokens[m + 1].norm in {"vows", "vowed", "said", "says", "added"}:
            break
        end = m
    return end


#: Subjects of a "will" that may be the warner's own side ("warned that it will act"): no forecast then.
_OWN_SIDE_SUBJECTS = frozenset("it we they i he she".split())


def _forecast_modal(said: list[Token], conditional: bool = False) -> bool:
    """Does a warning's content forecast with a modal: "could", "might", "may", "would", or a "will"
    whose subject is no pronoun that may stand for the warner's side ("warned that Britain's exit will
    sap the continent's defences"; not "warned that it will act")? After a condition, "would" with such
    a subject is the warner's promise too: "warned that if Orlan crossed the border, it would act" is
    the form of a conditional threat, while "if the bloc fails ..., it could fall apart" forecasts."""
    for m, x in enumerate(said):
        promise = x.norm == "will" or conditional and x.norm == "would"
        if x.norm in _FORECAST_MODALS and not promise:
            return True
        if promise and m > 0:
            k = m - 1
            while k > 0 and said[k].norm.endswith("ly") and said[k].text.islower():
                k -= 1
            if said[k].norm not in _OWN_SIDE_SUBJECTS:
                return True
    return False


def _forecast_end(tokens: list[Token], a: int, end: int) -> int:
    """Last token of a warning's content from ``a`` ("that") for the forecast check: the reported
    clause, or, when it opens with a condition or a clause of time ("warn that if the bloc fails to
    ensure security, it could fall apart"), its main clause after that clause's comma too."""
    if not (a + 1 < len(tokens) and tokens[a].norm == "that" and tokens[a + 1].norm in _SUBORDINATORS):
        return end
    comma = next((m for m in range(a + 2, min(len(tokens), a + _CONTENT_REACH)) if tokens[m].norm in (",", ";", ".")), None)
    if comma is None or tokens[comma].norm != "," or comma + 1 >= len(tokens):
        return end
    return _content_end(tokens, comma + 1)


def _warned_reaction(tokens: list[Token], a: int, end: int) -> tuple[tuple[int, int], str] | None:
    """In a warning's content from ``a`` to ``end``, "will" or "would" and a verb of the warner's
    reaction with its object (class ``warned-reaction-verbs``: "would reconsider the transit of
    oil", "would end the process", CAMEO 131 threaten non-force) or of regret ("would regret it
    bitterly", "will pay a heavy price": class ``regret-verbs``, CAMEO 130, the modal kept in the
    formula as in "will regret this provocation"). Returns the span and the code, or None.

    >>> from course.document import build_document
    >>> toks = build_document("Tarsk warned that Lorvia would regret it.").tokens
    >>> _warned_reaction(toks, 2, 6)
    ((4, 6), '130')
    """
    reaction, regret = word_class("warned-reaction-verbs"), word_class("regret-verbs")
    for m in range(a, end):
        if tokens[m].norm not in FUTURE_MODALS and tokens[m].norm != "ll":
            continue
        k = m + 1
        while k <= end and (tokens[k].norm in ('"', "“", "”") or tokens[k].norm.endswith("ly") and tokens[k].text.islower()):
            k += 1
        if k > end:
            return None
        if tokens[k].norm in regret:
            last = k
            while last + 1 <= end and (tokens[last + 1].text[:1].isalnum() or tokens[last + 1].norm in ('"', "”")) \
                    and tokens[last + 1].norm not in _COMPLEMENT_STOP:
                last += 1
            while tokens[last].norm in ('"', "”"):
                last -= 1
            return (m if k == m + 1 else k, last), "130"  # (a quotation mark between: the quoted words alone)
        if tokens[k].norm in word_class("ruin-verbs") and _ruined_tie(tokens, k, end) is not None:
            # 'warned that any attempt to cheat would wreck the deal': the other side's step would end
            # the tie, which the warner announces it will let go: a threat on the ruin of the tie
            return (k, _ruined_tie(tokens, k, end)), "131"
        if tokens[k].norm in reaction and k + 1 <= end and tokens[k + 1].norm in (
                "the", "its", "their", "our", "all", "any", "this", "that", "a", "an", '"', "“", "”"):
            # (also "would reconsider a 2015 readmission agreement": an object with the indefinite article)
            quoted = tokens[k + 1].norm in ('"', "”")  # 'would "reconsider" the transit'
            last = _complement(tokens, k + 1 if quoted else k)
            if quoted and last == k + 1:
                last = _complement(tokens, k + 2)
            if tokens[last].norm == "of" or last < k + 2:
                return None
            if quoted and tokens[k - 1].norm in ('"', "“"):
                k -= 1  # the quotation with both its marks: '"reconsider" the transit
            if last + 2 <= end and tokens[last + 1].norm == "of":
                last = _complement(tokens, last + 2)  # "the transit of Dalmarian oil"
            return (k, min(last, end)), "131"
        return None
    return None


def _motive_predicate(tokens: list[Token], k: int, end: int) -> bool:
    """Does a clause about the cause or the motive of an event start at ``k``: a form of "be"
    (with "had been", an adverb or "in any way" between) and a word of class ``motive-words``
    ("was politically motivated", "was linked to the vote", "was in retaliation for")? A denial of
    such a clause denies the motive, not the event before it, which keeps no ``negated``
    (``datasets/ANNOTATION.md`` §3, §8.4 Negation).

    >>> from course.document import build_document
    >>> toks = build_document("Orsk denied that the halt was politically motivated.").tokens
    >>> _motive_predicate(toks, 5, 7), _motive_predicate(toks, 4, 7)
    (True, False)
    """
    if not (k <= end and tokens[k].norm in ("is", "was", "were", "are", "had", "has", "have", "been")):
        return False
    motives = word_class("motive-words")
    for m in range(k + 1, min(end, k + 4) + 1):
        w = tokens[m].norm
        if w in motives:
            return True
        if not (w in ("been", "in", "any", "way", "a", "an") or (w.endswith("ly") and tokens[m].text.islower())):
            return False
    return False


def _negator_at(tokens: list[Token], k: int) -> bool:
    """Is ``tokens[k]`` a negator: "not", "never", "cannot" ("We cannot rule out that ..."), or the
    "t" of a contraction ("didn't", "hasn't", tokenized "didn ' t")?"""
    w = tokens[k].norm
    return w in {"not", "never", "n't", "cannot"} or (w == "t" and k > 0 and tokens[k - 1].norm in {"'", "’"})


#: Forms of "be" in a passive of "rule out" or "exclude" ("cannot be ruled out", "are not excluded").
_PASSIVE_BE = frozenset("be been is are was were".split())


def _passive_negator(tokens: list[Token], v: int) -> int | None:
    """The start of the negated passive before the participle at ``v`` ("ruled", "excluded"): the
    negator before "be" or "been" ("cannot be ruled out", "has not been excluded", "can't be ruled
    out"), or the form of "be" before "not" ("are not ruled out", "was not excluded"); None when the
    participle is not negated ("was excluded from the talks").

    >>> from course.document import build_document
    >>> t = build_document("Further steps are not excluded.").tokens
    >>> _passive_negator(t, 4)
    2
    >>> _passive_negator(build_document("Further sanctions cannot be ruled out.").tokens, 4)
    2
    >>> _passive_negator(build_document("Tarsk was excluded from the talks.").tokens, 2) is None
    True
    """
    if v >= 2 and tokens[v - 1].norm in ("be", "been") and _negator_at(tokens, v - 2):
        return v - 4 if tokens[v - 2].norm == "t" and v >= 4 else v - 2
    if v >= 2 and _negator_at(tokens, v - 1) and tokens[v - 2].norm in _PASSIVE_BE:
        return v - 2
    return None


#: What a threatened act is called in the explanation of the threat ("A threat to carry out a sanction").
_THREATENED_NOUNS = {"SANCTION": "sanction", "COERCE": "coercive step", "ASSAULT": "use of force",
                     "MOBILIZE": "show of force", "PROTEST": "protest", "DEMAND": "demand", "REJECT": "rejection",
                     "THREATEN": "threat", "DETERIORATE": "hostile step"}


def _recode_as_threat(c: _Cand) -> None:
    """Recode the hostile act ``c`` as a threat to take it: the threat code of the act (CAMEO 134 for
    talks halted, 1312 for sanctions, else by label, 130 by default), its Goldstein weight and its
    reference. Adds no note: each caller says why the act is only threatened."""
    cameo = "134" if c.cameo == "164" else "1312" if c.cameo == "163" else _THREAT_CAMEO.get(c.label, "130")
    c.label, c.cameo, c.intensity = "THREATEN", cameo, goldstein(cameo)
    c.reference = f"CAMEO {cameo} / Goldstein 1992; PLOVER THREATEN; Kahn 1965 rung 3"


def _as_threat(c: _Cand, verb: str) -> None:
    """Recode the hostile act ``c`` as a threat (:func:`_recode_as_threat`), with a note naming the word
    (``verb``) that announces it as something that may be done."""
    what = "hostile act" if c.label == "ACCUSE" else _THREATENED_NOUNS.get(c.label, "hostile step")
    own = f"On its own the phrase would read: {c.explanation.rstrip().rstrip('.')} (CAMEO {c.cameo}: {c.intensity:+.1f})."
    _recode_as_threat(c)
    # the threat is what the text says: it leads the explanation, as a turned-around step's reading does
    c.explanation = (f"A threat to carry out {'an' if what[0] in 'aeio' else 'a'} {what}: the threat is coded by what is "
                     f"threatened, {describe_weight(c.intensity)}.")
    c.notes.insert(0, own)
    c.notes.append(f"Announced as something that may be done ('{verb}'), not done yet: read as a threat "
                   f"(CAMEO {c.cameo}, {c.intensity:+.1f}).")


#: The forms of "rule out" and the passive "excluded" that keep an option open ("did not rule out",
#: "cannot be ruled out", "are not excluded").
_RULING_OUT_WORDS = frozenset({"excluded", "ruled", "rule", "rules", "ruling"})


@lru_cache(maxsize=1)
def _speech_act_classes() -> dict[str, frozenset[str]]:
    """The verb classes :func:`_apply_speech_acts` reads a speech act at, by the branch that reads
    them: appeals, calls, pressing, asking, warnings, denials, admissions and weighing."""
    return {"appeal": word_class("appeal-verbs"), "call": word_class("call-verbs"),
            "press": word_class("press-verbs"), "asking": word_class("meeting-request-verbs"),
            "warn": word_class("warn-verbs"), "deny": word_class("deny-verbs"),
            "admit": word_class("admit-verbs"), "considering": word_class("considering-verbs")}


@lru_cache(maxsize=1)
def _speech_act_words() -> frozenset[str]:
    """The words :func:`_apply_speech_acts` reads a speech act at: the words of its verb classes
    (:func:`_speech_act_classes`) and the forms of "rule out" and "excluded"."""
    return frozenset().union(*_speech_act_classes().values()) | _RULING_OUT_WORDS


def _apply_speech_acts(tokens: list[Token], seg: list[int], cands: list[_Cand]) -> list[_Cand]:
    """Speech acts whose content, not the verb, carries the event.

    - appeals ('urged both sides to show restraint', 'called for calm'): the phrase asked for is
      the event, an appeal (REQUEST; CAMEO 026 when it asks for talks, else 02); the verb is the
      attribution cue. An appeal for a hostile act is left to the hostile act. "Ask" is an appeal
      only when a meeting or someone's release is asked for ('asked the Security Council to convene
      an emergency session', 'did not ask for their release'; word classes ``meeting-request-verbs``,
      ``release-request-words``).
    - warnings ('warned that Velmora would impose sanctions'): the act warned of is a threat
      (CAMEO 13x); 'warned' itself is the cue.
    - 'did not rule out closing the consulate': the act is possible (hedged), a threat for acts,
      force posture for patrols and deployments.
    - 'is considering closing the consulate': a hostile act weighed, not taken, is a threat
      (word class ``considering-verbs``).
    - denials ('denied that any flares were fired', 'denies spying'): the event is named, marked
      negated, with its reading kept; 'denied' is the cue.
    - 'conceded/admitted that ...' report speech: no concession.
    - 'If Lorva wants a trade war, it will get one' (pattern ``give-back-what-is-sought``; also
      ``find-us-ready``, 'if they want to test us, they will find us ready'): the fight sought in the
      if-clause is the harm warned against, dropped; the promise is the threat.
    - 'warned that a nuclear test would be met with sanctions': what a modal and "be met with" answer
      is the harm warned against, dropped; the answer is the threat.
    - 'reserves the right to shoot down any aircraft that enters our airspace', 'would respond
      decisively to every provocation': a hostile step after "any" or "every" (or in a relative clause
      on such a noun) right after a threat is the harm warned against, no event (:func:`_free_choice`).
    - 'further sanctions cannot be ruled out', 'further steps are not excluded': the passive of "not
      rule out" keeps the option open as the active does (a hedged threat; :func:`_passive_negator`).
    - 'The bishop appealed for calm': an appeal for calm, restraint or dialogue is one whoever makes it
      (:func:`_calm_asked`), and so is one for restraint or dialogue through "to" ('urged all parties to
      exercise maximum restraint', :func:`_restraint_asked`) or one to both or all parties of a dispute
      ('called on both parties to refrain from ...', :func:`_parties_addressed`); 'to show restraint and
      return to dialogue' asks for two acts (:func:`_bare_verb`).
    - 'Whoever breaks the truce will be punished': the act of a generic subject before a threat is the
      harm warned against, no event (:func:`_generic_act`).
    """
    n = len(tokens)
    acts = _speech_act_classes()
    appeal, call, press, asking = acts["appeal"], acts["call"], acts["press"], acts["asking"]
    warn, deny, admit, considering = acts["warn"], acts["deny"], acts["admit"], acts["considering"]
    documents, talk_words = word_class("document-nouns"), word_class("talk-words")
    drop: set[int] = set()
    added: list[_Cand] = []
    # candidates by start, so that a verb looks only at the phrases near it (a long sentence
    # is not rescanned for every verb)
    order = sorted(range(len(cands)), key=lambda k: cands[k].i)
    starts = [cands[k].i for k in order]
    longest = max((c.j - c.i for c in cands), default=0)

    def within(lo: int, hi: int) -> list[_Cand]:
        """The candidates that start between token lo and token hi (inclusive)."""
        return [cands[order[k]] for k in range(bisect.bisect_left(starts, lo), bisect.bisect_right(starts, hi))]

    triggers = _speech_act_words()
    for v in [k for k, t in enumerate(tokens) if t.norm in triggers]:  # (other words open no branch below)
        t = tokens[v]
        w = t.norm
        nxt = tokens[v + 1].norm if v + 1 < n else ""
        if w in appeal or w in call or w in press or w in asking:
            # (a document that calls for something speaks for its authors: "The statement called for restraint")
            diplomatic = _has_context("diplomatic", tokens) or any(x.norm in documents for x in tokens[max(0, v - 4):v])
            # (an appeal for calm, restraint or dialogue is one whoever makes it: "The bishop appealed for calm")
            diplomatic = diplomatic or _calm_asked(tokens, v) or _parties_addressed(tokens, v)
            if w in asking and v + 1 < n and tokens[v + 1].norm in word_class("state-group-nouns"):
                diplomatic = True  # "has asked neighbours to reverse the flow of gas": states asked for help
            comps = _appeal_complements(tokens, v)
            if not diplomatic and not _restraint_asked(tokens, comps):
                comps = []  # ("urged all parties to exercise maximum restraint": restraint asked for)
            if w in asking:
                # "asked the Security Council to convene an emergency session": asking a party to meet is
                # an appeal to meet (CAMEO 026); asking for anything else is no event of the lens
                # asking for someone's release asks for a concession (CAMEO 0243, coded as the root 02:
                # "did not ask for their release"; class ``release-request-words``)
                # asking others for supplies or help is an appeal for aid (CAMEO 023, coded as the root
                # 02: "has asked neighbours to reverse the flow of gas"; class ``aid-request-words``)
                comps = [(a, b) for a, b in comps if (talk_words | word_class("release-request-words")
                                                      | word_class("aid-request-words"))
                         & {tokens[m].norm for m in range(a, b + 1)}]
            if not comps:
                continue
            against = [(a, b) for a, b in comps
                       if a >= 2 and tokens[a - 1].norm == "to" and tokens[a - 2].norm == "not"]
            if against:
                # "urged both sides not to escalate": the appeal is marked on its own, on its verb, and
                # the step asked against keeps its reading, negated (§8.4 Negation, "urged Kalvan not to");
                # a positive act asked after "and to" is an appeal of its own ("urged both sides not to test
                # the ceasefire and to resolve the dispute through dialogue")
                comps = [x for x in comps if x not in against]
                if not any(c.i <= v <= c.j for c in within(v - longest, v)) and not any(c.i <= v <= c.j for c in added):
                    added.append(_Cand(
                        v, v, "deescalation", "REQUEST", 3.0, "020",
                        f"'{t.text}' asks another side not to act: an appeal, {describe_weight(3.0)}.",
                        f"rule: appeal-not-to ({t.text} ... not to)",
                        "CAMEO 020 / Goldstein 1992; PLOVER REQUEST", priority=2))
                if not comps:
                    continue
            # (the phrases near the verb and its complements: a long sentence is not rescanned per appeal)
            near = {id(x): x for x in [*within(min(v, comps[0][0]) - longest, v),
                                       *(x for a, b in comps for x in within(a, b))]}.values()
            inside = [c for c in near for a, b in comps if a <= c.i and c.j <= b]
            # (what the other side is asked to refrain from is kept from, not asked for: "refrain from
            # unilateral steps")
            kept_from = {a + 1 for a, b in comps if tokens[a].norm in word_class("refrain-verbs")}
            if any(c.category == "escalation" and c.label not in {"DETERIORATE", "ACCUSE"}
                   and not any(c.i >= m for m in kept_from) for c in inside):
                continue
            if w in press and not any(c.category == "deescalation" for c in inside):
                continue  # "pressed for answers": a demand of its own (the DEMAND row), not an appeal
            for c in near:
                if c.i <= v <= c.j and against and c.j < comps[0][0]:
                    continue  # (the verb keeps the appeal not to act, above)
                if c.i <= v <= c.j or any(a <= c.i and c.j <= b for a, b in comps) or (
                        c.i <= v and c.j >= comps[0][0]):
                    drop.add(id(c))
            for a, b in comps:
                words = {tokens[m].norm for m in range(a, b + 1)}
                talk = bool(words & talk_words)
                cameo, wgt = ("026", 4.0) if talk else ("020", 3.0)
                what = "to meet or negotiate" if talk else "to act"
                # ("did not ask for their release": asking for it is the appeal, the verb in the span, §8.4 Negation)
                first = v if w in asking and nxt == "for" else a
                added.append(_Cand(
                    first, b, "deescalation", "REQUEST", wgt, cameo,
                    f"What '{t.text}' asks for: an appeal {what}, {describe_weight(wgt)}.",
                    f"rule: appeal-content ({t.text} ... {' '.join(tok.text for tok in tokens[a:b + 1])})",
                    f"CAMEO {cameo} / Goldstein 1992; PLOVER REQUEST", priority=2))
        elif w in warn and (told := _warned_against(tokens, v)) is not None:
            # 'Velm warned Tarsk against a new offensive', 'warned Tarsk not to launch a new offensive':
            # the warning is the threat (the verb's own mark), and the step after "against" or "not to"
            # is the other side's, warned against: it keeps its reading, negated, as the step asked
            # against after "urged ... not to" does (§8.4 Negation; "warned it not to interfere")
            # (after "not to" the negation step reads the "not" itself, as after "urged ... not to")
            a = told + 1
            end = _content_end(tokens, a)
            for c in within(a, end):
                if c.j <= end and c.category == "escalation" and c.label != "THREATEN" and tokens[told].norm == "against":
                    c.warned_against = " ".join(x.text for x in tokens[v : told + 1])
        elif w in warn and nxt not in {"of", "against"}:
            a = v + 1
            end = _content_end(tokens, a)
            acts = [c for c in within(a, end) if c.j <= end and c.label in _THREATENABLE
                    and not (c.i == c.j and tokens[c.i].norm in word_class("ruin-verbs")
                             and _ruined_tie(tokens, c.i, end) is not None)]
            threats = [c for c in within(a, end) if c.j <= end and c.label == "THREATEN"]
            if acts and threats and all(x.j < threats[0].i for x in acts):
                # 'warned that any attack "will be met with force"': the threat is named; the act
                # before it is the harm warned against, not an event (one act, one mark)
                for x in acts:
                    drop.add(id(x))
                acts = []
            if threats:
                # 'warned that countries recognising Ostrava would "face consequences"': what stands
                # before the modal of the threat names whom it targets, no event of its own
                modal = max((m for m in range(a, threats[0].i) if tokens[m].norm in FUTURE_MODALS),
                            default=None)
                if modal is not None:
                    for x in within(a, modal):
                        if x.j < modal and x.label != "THREATEN":
                            drop.add(id(x))
            if not acts and threats:
                # 'warned that it would retaliate': the retaliation is the threat; one act, one mark
                for c in within(v - longest, v):
                    if c.j >= v and c.label == "THREATEN":
                        drop.add(id(c))
                continue
            own = _warned_reaction(tokens, a, end) if any(
                c.i <= v <= c.j and c.label == "THREATEN" for c in within(v - longest, v)) else None
            if not acts and own is not None:
                # 'warned that Varnia would "reconsider" the transit of oil', 'warned that anyone who
                # "tests our patience" would regret it': the warner's reaction, or the regret it
                # promises, is the threat (one act, one mark, on it); the warning verb is the cue, and
                # what comes before the modal names the harm warned against, no event of its own
                (b0, b1), cameo = own
                for c in cands:
                    if (c.i <= v <= c.j and c.label == "THREATEN") or (a <= c.i and c.j <= b1):
                        drop.add(id(c))
                wgt = goldstein(cameo)
                added.append(_Cand(
                    b0, b1, "escalation", "THREATEN", wgt, cameo,
                    f"What '{t.text}' announces the speaker's side will do or make the other side feel: a "
                    f"veiled threat, {describe_weight(wgt)}.",
                    f"rule: warned-reaction ({t.text} ... {' '.join(x.text for x in tokens[b0:b1 + 1])})",
                    f"CAMEO {cameo} / Goldstein 1992; PLOVER THREATEN; Kahn 1965 rung 3", kahn="3", priority=2))
                continue
            if not acts:
                # 'warned that the corridor could close': a forecast of a situation, no penalty the
                # warner will impose, is no threat ('warned that the consequences could be
                # serious' keeps its penalty word and stays one); so is a danger no side inflicts,
                # with or without a modal ('warned that the city faces famine', class ``unagented-dangers``)
                last = _forecast_end(tokens, a, end)
                said = tokens[a : last + 1]
                if nxt == "that" and (_forecast_modal(said, last != end)
                                      or any(danger_named(tokens, m, m) for m in range(a, last + 1))) \
                        and not any(x.norm in word_class("penalty-words") for x in said) \
                        and not any(c.category == "escalation" for c in within(a, last)):
                    for c in within(v - longest, v):
                        if c.j >= v and c.label == "THREATEN":
                            drop.add(id(c))
                continue  # 'warned of serious consequences': the warning itself is the threat
            if nxt == "that" and observer_warns(tokens, v):
                # 'analysts warned that the fighting could spread', 'aid workers warned that the
                # offensive would cut off the city': an observer's or a humanitarian body's warning
                # announces no harm of its own; the act it names keeps its own reading
                continue
            met = _met_with(tokens, a, end)
            if met is not None and any(x.i > met for x in acts):
                # 'warned that a nuclear test would be met with "the toughest sanctions"': what the
                # answer meets is the harm warned against, no event; the answer is the threat
                for x in within(a, met):
                    if x.j < met and x.category == "escalation":
                        drop.add(id(x))
                acts = [x for x in acts if x.i > met]
            for c in within(v - longest, v):
                if c.j >= v:
                    drop.add(id(c))
            for c in acts:
                c.no_negation = True  # 'will no longer tolerate rallies': the negation is the threat's
                _as_threat(c, t.text)
        elif w in ("excluded", "ruled") and (w == "excluded" or nxt == "out") \
                and (neg := _passive_negator(tokens, v)) is not None:
            # "Further sanctions cannot be ruled out", "further measures are not excluded": the passive
            # of "not rule out" keeps the option open as the active does; the act named before it is a
            # hedged threat (§8.4)
            frame = " ".join(x.text for x in tokens[neg : v + (2 if w == "ruled" else 1)])
            # (the act stands just before its frame: the search looks back 15 tokens, not to the sentence's start)
            lo = max([m + 1 for m in range(max(0, v - 10), neg) if tokens[m].norm in (";", ":")] + [max(0, neg - 15)])
            for c in within(lo, neg - 1):
                if c.j < neg and c.category == "escalation" and not c.denied:
                    c.no_negation = True
                    c.hedge = frame
                    if c.label in _THREATENABLE:
                        _as_threat(c, frame)
            for c in within(v - 1, v + 1):
                if c.i <= v <= c.j and c.label == "REJECT":
                    drop.add(id(c))  # 'ruled out' itself: no rejection
        elif w in ("rule", "rules", "ruled", "ruling") and nxt == "out" and v > 0 and (
                _negator_at(tokens, v - 1) or (v > 1 and _negator_at(tokens, v - 2))
                or tokens[v - 1].norm in {"refused", "refuses", "refusing"}
                or (v > 1 and tokens[v - 1].norm == "to" and tokens[v - 2].norm in {"refused", "refuses", "declined"})):
            a = v + 2
            end = _content_end(tokens, a)
            inside = [c for c in within(a, end) if c.j <= end and c.category == "escalation"]
            if not inside:
                # "did not rule out further measures": no act named, and no rejection either (the
                # hedging lens marks the open option)
                for c in within(v - longest - 2, v + 1):
                    if c.i <= v + 1 and c.j >= v and c.label == "REJECT":
                        drop.add(id(c))
                continue
            for c in within(v - longest - 2, v + 1):
                on_rule_out = c.i <= v + 1 and c.j >= v
                refusal_verb = c.i >= v - 2 and c.j < v and c.label == "REJECT"
                if on_rule_out or refusal_verb:
                    drop.add(id(c))  # 'rule out', and 'refused' in 'refused to rule out'
            for c in inside:
                c.no_negation = True
                c.hedge = "not rule out"
                if c.label in _THREATENABLE:
                    _as_threat(c, "not rule out")
        elif w in considering:
            # "Drava is considering closing the Kessian consulate": a hostile step weighed, not
            # taken, is announced as possible, a threat (README: "considering sanctions", 1312); the
            # verb of weighing is what makes it one, so the span starts there (§8.1, "threatening to ...")
            a = v + 1
            while a < n and a <= v + 3 and tokens[a].norm in _CONSIDERED_LEAD:
                a += 1
            for c in within(v + 1, a):
                if c.i == a and c.label in _THREATENABLE and not c.denied:
                    _as_threat(c, t.text)
                    c.i = v
        elif w in deny:
            a = v + 2 if nxt == "that" else v + 1
            end = _content_end(tokens, a)
            if nxt != "that" and not (a < n and tokens[a].norm.endswith("ing")):
                continue  # 'denied entry', 'denied the visas': not a report of speech
            if nxt != "that":
                # a denied act named by a participle ends before a second predicate of the subject:
                # "denied firing on the corridor and accused government forces of shelling the road"
                end = next((m - 1 for m in range(a + 1, end + 1) if tokens[m - 1].norm in ("and", "but")
                            and _finite_like(tokens[m]) and not tokens[m].norm.endswith("ing")), end)
                end = end - 1 if tokens[end].norm in ("and", "but") else end
            else:
                # nor does a denied that-clause reach a reporting verb after "and", the speaker's next act:
                # "denied that its troops had fired first and accused Varnia of a provocation" (§8.4 Negation)
                end = next((m - 2 for m in range(a + 1, end + 1) if tokens[m - 1].norm in ("and", "but")
                            and tokens[m].norm in word_class("new-report-verbs")), end)
            for c in within(min(a, v) - longest, end):
                if a <= c.i and c.j <= end:
                    if _motive_predicate(tokens, c.j + 1, end):
                        continue  # 'denied that the halt was politically motivated': the motive is denied
                    if c.j + 1 <= end and tokens[c.j + 1].norm == "first" and c.category == "escalation":
                        continue  # 'denied that its troops had fired first': who started is denied, not the firing
                    # (only determiners stand between the act and its object: the search looks back
                    # no further than the longest phrase and a few determiners)
                    if c.category == "deescalation" \
                            and _object_of_denied_act(tokens, c, within(max(a, c.i - longest - 4), c.i)):
                        continue  # 'denied violating the accord': the violation is denied, the accord stands
                    c.denied = t.text
                elif c.i <= v <= c.j:
                    drop.add(id(c))
        elif w in admit and nxt == "that":
            for c in within(v - longest, v):
                if c.j >= v:
                    drop.add(id(c))
    for c in cands:
        if c.rule in ("pattern: give-back-what-is-sought", "pattern: find-us-ready"):
            # 'If Lorva wants a trade war, it will get one': the fight sought in the if-clause is the
            # harm warned against, no event; the promise to give it back is the one mark
            # (the if-clause is short: the search looks back 30 tokens, and only at the candidates there)
            lo = max((m for m in range(max(0, c.i - 30), c.i) if tokens[m].norm in ("if", "should")), default=c.i)
            drop.update(id(x) for x in within(lo + 1, c.i) if x is not c and x.j < c.i and x.category == "escalation")
    threat_ends = sorted(c.j for c in cands if c.label == "THREATEN" and id(c) not in drop)
    for c in cands:
        # (a threat ending at most eight tokens before: one bisect, not a scan of every threat)
        near = bisect.bisect_left(threat_ends, c.i - 8) < bisect.bisect_left(threat_ends, c.i)
        if c.category == "escalation" and c.label != "THREATEN" and near and _free_choice(tokens, c.i):
            # 'would respond decisively to every provocation', 'reserves the right to shoot down any
            # aircraft that enters our airspace': the harm warned against, no event (one act, one mark)
            drop.add(id(c))
    threat_starts = sorted(c.i for c in cands if c.label == "THREATEN" and id(c) not in drop)
    for c in cands:
        if c.category == "escalation" and c.label != "THREATEN" \
                and (_free_choice(tokens, c.i) or all(tokens[x].norm in _FREE_CHOICE_FILLERS for x in range(c.i, c.j))
                     and _free_choice(tokens, c.j)) \
                and bisect.bisect_right(threat_starts, c.j + 6) > bisect.bisect_right(threat_starts, c.j) \
                and (_met_with(tokens, c.j + 1, min(len(tokens) - 1, c.j + 6)) is not None
                     or _triggers_answer(tokens, c.j + 1, min(len(tokens) - 1, c.j + 6))):
            # 'said that any further attack "will be met with force"', in any report: the act after "any"
            # that the answer meets is the harm warned against, no event (§8.4 Veiled threats); so is
            # the act that "would trigger a response" 
            drop.add(id(c))
    threat_starts = sorted(c.i for c in cands if c.label == "THREATEN" and id(c) not in drop)
    for c in cands:
        if c.category == "escalation" and c.label != "THREATEN" and _generic_act(tokens, c.i):
            after = bisect.bisect_right(threat_starts, c.j)
            start = threat_starts[after] if after < len(threat_starts) else None
            if start is not None and start - c.j <= 12 and any(t.norm in _GENERIC_THREAT_MODALS
                                                               for t in tokens[c.j + 1 : start + 1]) \
                    and not any(t.norm in (";", ":", ".") for t in tokens[c.j + 1 : start]):
                # 'Whoever breaks the truce will be punished', 'Whoever fires on our positions will face a
                # crushing response', 'Those who deploy missiles on our borders should not be surprised if we
                # respond': the act of the generic subject is the harm warned against, no event
                drop.add(id(c))
    if not drop and not added:
        return _sought_releases(tokens, cands)
    out = [c for c in cands if id(c) not in drop]
    occupied = {k for o in out for k in range(o.i, o.j + 1)}  # the tokens inside a phrase kept
    for c in added:
        if occupied.isdisjoint(range(c.i, c.j + 1)):
            out.append(c)
            occupied.update(range(c.i, c.j + 1))
    out.sort(key=lambda c: c.i)
    return _sought_releases(tokens, out)


#: Determiners and possessives between a verb of asking or demanding and the release it asks for.
_RELEASE_DETERMINERS = frozenset("the a an their his her its our".split())


def _release_asker(tokens: list[Token], i: int) -> tuple[int, str] | None:
    """The verb that asks for or demands the release starting at ``i`` ("is **seeking** the release of forty
    prisoners", "**demanded** the immediate release", "**called for** their release", "**urged** the
    release"), with the kind of asking: "appeal" (``appeal-verbs``; ``call-verbs``, ``press-verbs`` and
    ``meeting-request-verbs`` before "for"), "seek" (``seeking-verbs``, their -ing forms too) or "demand"
    (``demand-verbs``); or None. Determiners, "for" and one adjective may stand between.

    >>> from course.document import build_document
    >>> _release_asker(build_document("The group is seeking the release of forty prisoners.").tokens, 5)
    (3, 'seek')
    """
    k, adjective = i - 1, False
    while k >= 0 and i - k <= 4:
        t = tokens[k]
        w = t.norm
        if w in _RELEASE_DETERMINERS:
            k -= 1
            continue
        if w == "for" and k >= 1:
            v = tokens[k - 1].norm
            if v in word_class("call-verbs") or v in word_class("press-verbs") or v in word_class("meeting-request-verbs"):
                return k - 1, "appeal"
            return None
        if w in word_class("appeal-verbs"):
            return k, "appeal"
        seeking = word_class("seeking-verbs")
        if w in seeking or w.endswith("ing") and w[:-3] in seeking:
            return k, "seek"
        if w in word_class("demand-verbs"):
            return k, "demand"
        if adjective or not (t.text.isalpha() and t.text.islower()) or w in _FUNCTION_WORDS:
            return None
        adjective = True  # "the immediate release", "their unconditional release"
        k -= 1
    return None


def _sought_releases(tokens: list[Token], cands: list[_Cand]) -> list[_Cand]:
    """A release that a side asks for, seeks or demands has not happened: it is what is asked, no concession
    (ANNOTATION.md §8.4, Spans, scope and renamings: "calling for a ceasefire and the release of all hostages",
    "asked for the release of the two sailors"). A verb that is a phrase of its own ("**urged** the release",
    "Tarsk **demanded** the release") governs it, and the release is no mark of its own; else seeking or asking
    is an appeal (REQUEST 020, the verb in the span as "asked for" has it: "**is seeking the release of forty
    prisoners**"; after "called for" the release alone, as for any appeal), and a demand is a `DEMAND` (100) on
    its verb, whoever makes it. "Tarsk released forty prisoners" and "secured the release" stay concessions.

    >>> from course.document import build_document
    >>> toks = build_document("The group demanded the release of forty prisoners.").tokens
    >>> c = _Cand(4, 7, "deescalation", "CONCEDE", 7.0, "0841", "", "pattern: release-captives", "")
    >>> [(x.label, x.i, x.j) for x in _sought_releases(toks, [c])]
    [('DEMAND', 2, 2)]
    """
    releases = word_class("release-request-words")
    if not any(c.label == "CONCEDE" and tokens[c.i].norm in releases for c in cands):
        return cands
    out = list(cands)
    for c in cands:
        if c.label != "CONCEDE" or tokens[c.i].norm not in releases:
            continue
        found = _release_asker(tokens, c.i)
        if found is None:
            continue
        v, kind = found
        out.remove(c)
        head = next((o for o in out if o.i <= v <= o.j), None)
        if head is not None:
            head.notes.append(f"It governs '{' '.join(t.text for t in tokens[c.i:c.j + 1])}', which is asked for, "
                              "not a separate event.")
            continue
        if kind == "demand":
            w = goldstein("100")
            out.append(_Cand(v, v, "escalation", "DEMAND", w, "100",
                             f"'{tokens[v].text}' demands a release: a demand, {describe_weight(w)}.",
                             f"rule: release-demanded ({tokens[v].text} ... {tokens[c.i].text})",
                             "CAMEO 100 / Goldstein 1992; PLOVER DEMAND", priority=c.priority))
        else:
            w = goldstein("020")
            first = v if kind == "seek" or tokens[v + 1].norm == "for" and tokens[v].norm in word_class(
                "meeting-request-verbs") else c.i
            out.append(_Cand(first, c.j, "deescalation", "REQUEST", w, "020",
                             f"What '{tokens[v].text}' asks for: an appeal to act, {describe_weight(w)}.",
                             f"rule: release-asked ({tokens[v].text} ... {tokens[c.i].text})",
                             "CAMEO 020 / Goldstein 1992; PLOVER REQUEST", priority=c.priority))
    out.sort(key=lambda c: c.i)
    return out


#: Words that may stand between a hostile verb and its object: "violating **the** accord".
_OBJECT_DETERMINERS = frozenset("the a an its their our his her this that these those".split())


def _object_of_denied_act(tokens: list[Token], c: _Cand, before: list[_Cand]) -> bool:
    """Is the cooperative phrase ``c`` the object of a hostile act named right before it ("denied
    violating **the accord**", "denied breaching its commitments")? A denial then denies the act, and
    the agreement it names stands (ANNOTATION.md §3, a denied cause or motive leaves the event standing)."""
    return any(o.category == "escalation" and o.j < c.i
               and all(tokens[m].norm in _OBJECT_DETERMINERS for m in range(o.j + 1, c.i)) for o in before)


#: Modals that tie a generic subject to the answer it will meet: "will be punished", "won't go unpunished",
#: and the advice of a veiled warning, "should not be surprised if we respond", "must expect a response".
_GENERIC_THREAT_MODALS = FUTURE_MODALS | {"won", "should", "must"}

#: Free-choice determiners: "any attack", "every provocation" name no act that happened.
_FREE_CHOICE = frozenset("any every each whoever whatever anyone anybody".split())
#: Words that may stand between a free-choice determiner and its noun or the event ("any further").
_FREE_CHOICE_FILLERS = frozenset("further new more future such other hostile".split())


def _free_choice(tokens: list[Token], i: int) -> bool:
    """Does the phrase at token ``i`` name any act of a kind rather than one act: after "any" or
    "every" ("every provocation", "any further aggression"), or in a relative clause on such a noun
    ("any aircraft that enters our airspace")? After a threat it is the harm warned against, no event
    (``datasets/ANNOTATION.md`` §8.4, '"any attack" ... is the harm warned against').

    >>> from course.document import build_document
    >>> toks = build_document("Dalmar reserves the right to shoot down any aircraft that enters our airspace.").tokens
    >>> _free_choice(toks, 10)
    True
    >>> _free_choice(build_document("It will respond to every provocation.").tokens, 5)
    True
    >>> _free_choice(build_document("It will respond to the provocation.").tokens, 5)
    False
    """
    k = i - 1
    while k >= 0 and tokens[k].norm in _FREE_CHOICE_FILLERS:
        k -= 1
    if k >= 0 and tokens[k].norm in _FREE_CHOICE:
        # (a label before the noun it qualifies stays a label: "against any unfriendly actions")
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        return not (nxt is not None and nxt.text.isalpha() and nxt.text.islower() and nxt.norm not in _FUNCTION_WORDS
                    and nxt.norm not in _QUALIFIER_WORDS)
    # a relative clause: "any aircraft that enters", "anyone who crosses"
    for r in range(i - 1, max(-1, i - 4), -1):
        if tokens[r].norm in ("that", "which", "who"):
            q = r - 1
            if q >= 0 and tokens[q].norm in _FREE_CHOICE:
                return True
            return q >= 1 and tokens[q].text.isalpha() and any(
                tokens[m].norm in _FREE_CHOICE for m in range(max(0, q - 3), q))
    return False


def _generic_act(tokens: list[Token], i: int) -> bool:
    """Is the phrase at ``i`` the verb of a generic subject, an act anyone might do: right after
    "whoever" or "anyone who" ("Whoever **breaks the truce**"), or after "that" or "who" on a noun with
    "any" ("any country that **violates** the embargo")? What follows it is not reached: the embargo
    stays.

    >>> from course.document import build_document
    >>> _generic_act(build_document("Whoever breaks the truce will be punished.").tokens, 1)
    True
    >>> _generic_act(build_document("Tarsk, which broke the truce, will be punished.").tokens, 3)
    False
    """
    if i < 1:
        return False
    prev = tokens[i - 1].norm
    if prev in ("whoever", "whatever"):
        return True
    if prev in ("who", "that", "which") and i >= 2:
        return tokens[i - 2].norm in ("anyone", "anybody", "those") or any(
            tokens[m].norm in ("any", "every") for m in range(max(0, i - 5), i - 2))
    return False


#: Words that may follow the noun of "every provocation" without being a noun it qualifies (a modal
#: makes the noun the subject of its clause: "any attack would trigger a response").
_QUALIFIER_WORDS = frozenset("against by into towards near along across will would shall".split())

#: Passive verbs of answering after a modal and "be": "would be met with", "will be answered by".
_ANSWER_PARTICIPLES = frozenset("met answered countered greeted punished".split())


def _met_with(tokens: list[Token], a: int, end: int) -> int | None:
    """The index of the modal of "would be met with" (or "will be answered by") in the content of a
    warning, tokens ``a`` to ``end``; None when there is none.

    >>> from course.document import build_document
    >>> toks = build_document('They warned that a nuclear test would be met with sanctions.').tokens
    >>> _met_with(toks, 2, 10)
    6
    """
    for m in range(a, min(end, len(tokens) - 3)):
        if tokens[m].norm in FUTURE_MODALS and tokens[m + 1].norm == "be" \
                and tokens[m + 2].norm in _ANSWER_PARTICIPLES and tokens[m + 3].norm in ("with", "by"):
            return m
    return None


#: Verbs by which an act "would trigger" or "provoke" an answer: "any attack would trigger a response".
_TRIGGER_VERBS = frozenset("trigger triggers provoke provokes prompt prompts draw draws invite invites bring brings".split())


def _triggers_answer(tokens: list[Token], a: int, end: int) -> bool:
    """Does the first "will", "would" or "shall" between tokens ``a`` and ``end`` stand before a verb
    of :data:`_TRIGGER_VERBS` (an adverb may stand between)? What comes before it is the act the
    answer meets; a later modal is not looked at (it belongs to another clause).

    >>> from course.document import build_document
    >>> toks = build_document('He said any attack would trigger a response.').tokens
    >>> _triggers_answer(toks, 4, 8)
    True
    """
    for m in range(a, min(end, len(tokens) - 1)):
        if tokens[m].norm in FUTURE_MODALS:
            k = m + 1
            if k < len(tokens) - 1 and tokens[k].text.islower() and tokens[k].norm.endswith("ly"):
                k += 1
            return tokens[k].norm in _TRIGGER_VERBS
    return False


_THREAT_CAMEO = {"SANCTION": "1313", "COERCE": "131", "PROTEST": "131", "REJECT": "131", "DEMAND": "131",
                 "ASSAULT": "138", "MOBILIZE": "138"}
