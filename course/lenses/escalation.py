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
   own. Talks absorb their topic ("talks on limiting missiles" are talks).
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
     cooperation, and it still names the hostile option.
   - negated de-escalation ("will not accept", "failed to reach agreement", "no
     talks") becomes a rejection (REJECT, CAMEO 12, -4.0; -5.0 for refused talks,
     CAMEO 125): CAMEO itself codes refusing cooperation as rejection. The refusal's span
     takes in the modal and the negator ("would not accept"), so it is not marked ``negated``.
   - the negation does not reach past another phrase or a topic preposition: in "would not
     accept “violations ...”" it is the refusal's; in "do not comment on forgeries" it is
     the comment's.

6. **Modifiers** (clause-level scope: a clause ends at ``;``, ``:``, a dash, or a comma
   followed by a conjunction such as "and", "but", "adding"):

   - ``conditional``: the clause holds if / unless / "if necessary" / "provided that"
     / clause-initial "should". Weight x ``CONDITIONAL_FACTOR`` (0.5): the threat binds
     only if the condition is met (Kahn's rung 3 "solemn declarations" keep the act
     open-ended).
   - ``hedged``: an epistemic hedge qualifies the clause (from the hedging lens, plus
     may / might / could / reportedly ...). Weight x ``HEDGE_FACTOR`` (0.75).
   - ``negated``: see step 5.
   - ``quoted``: inside quotation marks. Scare quotes around one to three words
     ("unfriendly") mean the label is the speaker's, not the writer's. No weight change.
   - ``boosted``: a booster ("of course") in the clause presents the step as certain.
     No weight change.

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

import bisect
import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Iterable, Sequence

from ..document import Document, Sentence, Token
from ..model import Annotation

#: Weight multiplier for a phrase inside the scope of a condition (if, unless, if necessary).
CONDITIONAL_FACTOR = 0.5
#: Weight multiplier for a phrase qualified by an epistemic hedge (may, could, reportedly).
HEDGE_FACTOR = 0.75
#: Negated escalation: the weight's sign is flipped and multiplied by this factor.
NEGATION_FACTOR = 0.5
#: Negated de-escalation is a rejection: CAMEO 120 (-4.0), or 125 (-5.0) for refused talks.
REJECT_WEIGHT = -4.0
REJECT_MEETING_WEIGHT = -5.0

#: How many tokens after a head (demand, reject, agree ...) its complement may reach.
HEAD_WINDOW = 15

_CAMEO_REF = "Gerner et al. 2002; Schrodt 2012 (CAMEO); Goldstein 1992"

# --------------------------------------------------------------------------- word fields

#: A lexicon row with context "military" fires only in a sentence holding one of these.
MILITARY_WORDS = frozenset(
    """military army navy naval troops troop soldiers forces force maritime warship warships defence defense
    nato missile missiles marines armed war combat fleet tanks artillery reservists brigade battalion
    sea border borders nuclear weapons weapon warplanes jets aircraft airspace drones alliance
    pentagon offensive infantry units bases base frigate frigates destroyer destroyers corvette corvettes
    submarine submarines cruiser cruisers carrier coastguard boundary territorial airbase bombers fighters
    interceptors warplane""".split()
)

#: A row with context "diplomatic" needs one of these words, or a name (a capitalised word
#: that does not start the sentence).
DIPLOMATIC_WORDS = frozenset(
    """minister ministers president presidents prime government governments official officials delegation
    delegations diplomat diplomats diplomatic ambassador ambassadors envoy envoys leader leaders negotiators
    foreign secretary chancellor king queen summit bilateral multilateral state states country countries
    nations sides parliament ministry kremlin authorities administration regime rebels alliance embassy
    treaty ceasefire peace security council spokesman spokeswoman spokesperson""".split()
)

_MONTHS_DAYS = frozenset(
    """january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday""".split()
)

#: Capitalised only because they start the sentence: not names.
_FUNCTION_WORDS = frozenset(
    """the a an my his her its our their your this that these those it we they he she i you in on at for
    with by from to of and but or if when while as after before during since there here some many most
    all no not one two three several every each other another such what which who""".split()
)

#: Clause boundary: a comma followed by one of these starts a new clause.
_CLAUSE_CONJ = frozenset("and but while whereas although though adding saying or yet so as".split())
_CLAUSE_PUNCT = frozenset({";", ":", "—", "–"})

#: Verbs (and nouns) of stopping: they invert the reading of the phrase they govern.
_CESSATION = frozenset(
    """lift lifts lifted lifting ease eases eased easing end ends ended ending halt halts halted halting
    stop stops stopped stopping cease ceases ceased ceasing suspend suspends suspended suspending suspension
    cancel cancels cancelled canceled cancelling abandon abandons abandoned scrap scrapped scraps drop dropped
    relax relaxed relaxes remove removed removes removing removal reduce reduced reduces reducing reduction
    rescind rescinded revoke revoked withdraw withdrew withdrawn withdraws withdrawing shortened cessation
    lifting prohibit prohibits prohibited prohibiting cut cuts cutting""".split()
)

_AUX = frozenset("is are was were be been being has have had will would".split())
#: Verbs that stop something with 'off': 'called off the visit', 'cut off aid'.
_OFF_VERBS = frozenset("call called calling calls cut cuts cutting".split())
_NEGATORS = frozenset({"not", "never", "no", "nor", "cannot", "without"})
_NEGATOR_VERBS = frozenset(
    """fail fails failed failing refrain refrains refrained refraining avoid avoids avoided avoiding""".split()
)
_NEG_STOP = frozenset({",", ";", ":", "and", "but", "or", "while", "—", "–", "(", ")", "on", "about", "regarding",
                       "concerning"})

#: Epistemic hedges the lens recognises by itself (the hedging lens adds many more).
_MODAL_HEDGES = frozenset(
    "may might could possibly reportedly allegedly apparently likely probably perhaps purportedly".split()
)

_REPORTING = frozenset(
    """said says say told declared reiterated insisted stressed warned announced concluded added
    reminder reminded urged demanded noted affirmed stated""".split()
)

_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning", "into"})
#: After 'declined to' / 'refused to': speech about speech, not a rejection (CAMEO 011 decline comment).
_NOT_EVENTS = frozenset("comment elaborate confirm specify speculate say disclose answer respond identify".split())

# Goldstein weights of the codes the rules below produce.
_W = {"0341": 4.0, "124": -4.0, "134": -5.8, "080": 5.0, "081": 5.0, "082": 5.0, "085": 7.0, "087": 9.0, "0872": 9.0, "120": -4.0, "126": -5.0, "127": -5.0,
      "036": 4.0, "039": 5.0, "125": -5.0, "130": -4.4,
      "131": -5.8, "1312": -5.8, "1313": -5.8, "138": -7.0, "160": -4.0, "162": -5.6, "164": -7.0, "0356": 7.0}

_NOUNS = {
    "THREATEN": "threat", "MOBILIZE": "show of force", "ACCUSE": "accusation", "REJECT": "rejection",
    "SANCTION": "sanction", "PROTEST": "protest", "COERCE": "coercive step", "ASSAULT": "use of force",
    "DEMAND": "demand", "DETERIORATE": "pessimistic comment", "AGREE": "agreement", "CONSULT": "consultation",
    "SUPPORT": "sign of support", "CONCEDE": "concession", "COOPERATE": "cooperation", "AID": "offer of aid",
    "RETREAT": "step back", "REQUEST": "appeal", "RESTRAINT": "pledge of restraint",
}


def describe_weight(w: float) -> str:
    """Put a Goldstein weight into words for a student.

    >>> describe_weight(-7.0)
    'near the hostile end of the scale'
    >>> describe_weight(1.0)
    'mildly cooperative'
    """
    a = abs(w)
    side = "hostile" if w < 0 else "cooperative"
    if a >= 9:
        return f"at the {side} end of the scale"
    if a >= 6.5:
        return f"near the {side} end of the scale"
    if a >= 3:
        return f"clearly {side}"
    if a >= 1:
        return f"mildly {side}"
    if a > 0:
        return f"barely {side}, close to neutral"
    return "neutral"


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class _Entry:
    phrase: str
    category: str
    label: str
    intensity: float
    cameo: str
    kahn: str
    context: str
    role: str
    explanation: str
    source: str


@lru_cache(maxsize=1)
def _lexicon():
    from ..datasets import load_lexicon
    from ..matching import PhraseMatcher

    entries = []
    for e in load_lexicon("escalation"):
        entries.append(
            _Entry(
                e.phrase, e.get("category"), e.label, float(e.get("intensity", "0")), e.get("cameo"),
                e.get("kahn_rung"), e.get("context"), e.get("role"), e.explanation, e.source,
            )
        )
    return PhraseMatcher((e.phrase, e) for e in entries)


# --------------------------------------------------------------------------- patterns

_G = r"(?:\S+ )"  # one token and its space


def _gap(most: int, least: int = 0) -> str:
    """Between ``least`` and ``most`` tokens, as few as possible: the words a pattern lets
    stand between its parts ('shut down' + ``_gap(3)`` + 'embassy' reads "shut down its embassy")."""
    return _G + "{%d,%d}?" % (least, most)


@dataclass(frozen=True)
class _Pattern:
    name: str
    regex: "re.Pattern[str]"
    label: str
    cameo: str
    intensity: float
    explanation: str
    kahn: str = ""
    role: str = ""
    check: Callable[[list[Token], int, int, dict[str, Any]], bool] | None = None
    rank: int = 2  # overlap priority: lexicon rows are 1, fallbacks 0, specific patterns 3

    @property
    def category(self) -> str:
        from ..labels import ESCALATION_LABELS

        return "escalation" if self.label in ESCALATION_LABELS else "deescalation"

    @property
    def source(self) -> str:
        src = f"CAMEO {self.cameo} / Goldstein 1992; PLOVER {self.label}"
        if self.label == "RESTRAINT":
            src = f"CAMEO {self.cameo} / Goldstein 1992; PLOVER AGREE (kit label RESTRAINT)"
        elif self.label == "DETERIORATE":
            src = f"CAMEO {self.cameo} / Goldstein 1992; kit label DETERIORATE"
        if self.kahn:
            src += f"; Kahn 1965 rung {self.kahn}"
        return src


def _alt(words: str) -> str:
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", " ") for w in words.split("|")) + ")"


def _one_of(*alternatives: str, name: str = "") -> str:
    """A group matching any of the alternatives (each a word, a phrase, or several joined
    by ``|``); non-capturing unless ``name`` is given.

    >>> _one_of(_forms("recall"), "pull out")
    '(?:recall|recalls|recalling|recalled|pull out)'
    >>> _one_of("react|respond", name="cue")
    '(?P<cue>react|respond)'
    """
    return ("(?P<" + name + ">" if name else "(?:") + "|".join(alternatives) + ")"


def _forms(verb: str, *past: str, double: bool = False) -> str:
    """A verb's inflected forms as regex alternatives: the base, -s, -ing and the past, which
    is the regular -ed unless irregular ``past`` forms are given. In a phrasal verb the first
    word is inflected; ``double`` doubles a final consonant before -ing and -ed.

    >>> _forms("withdraw", "withdrew", "withdrawn")
    'withdraw|withdraws|withdrawing|withdrew|withdrawn'
    >>> _forms("pull back")
    'pull back|pulls back|pulling back|pulled back'
    >>> _forms("impose"), _forms("supply")
    ('impose|imposes|imposing|imposed', 'supply|supplies|supplying|supplied')
    >>> _forms("reach"), _forms("ban", double=True)
    ('reach|reaches|reaching|reached', 'ban|bans|banning|banned')
    """
    word, _, particle = verb.partition(" ")
    stem = word + word[-1] if double else word
    if word.endswith(("s", "sh", "ch", "x", "z")):
        third = word + "es"
    elif word.endswith("y") and word[-2] not in "aeiou":
        third = word[:-1] + "ies"
    else:
        third = word + "s"
    ing = word[:-1] + "ing" if word.endswith("e") and not word.endswith("ee") else stem + "ing"
    if not past:
        if word.endswith("e"):
            past = (word + "d",)
        elif word.endswith("y") and word[-2] not in "aeiou":
            past = (word[:-1] + "ied",)
        else:
            past = (stem + "ed",)
    words = dict.fromkeys([word, third, ing, *past])
    return "|".join(w + (" " + particle if particle else "") for w in words)


def _rx(body: str) -> "re.Pattern[str]":
    return re.compile(r"(?<!\S)(?:" + body + r")(?!\S)")


_HOSTILE_OBJ = _alt(
    "unfriendly|hostile|aggressive|aggression|provocation|provocations|provocative|sanctions|attack|attacks|"
    "threats|threat|expulsion|expulsions|violations|incursion|incursions|deployment|deployments|build-up|"
    "buildup|drills|aggressor|meddling|interference|escalation|strikes|harassment|incursion|incursions"
)
_MANNER = _alt(
    "in kind|accordingly|firmly|harshly|decisively|forcefully|resolutely|strongly|symmetrically|asymmetrically|"
    "adequately|appropriately|militarily|swiftly|proportionately|with force|in a mirror manner"
)
_REACT = _one_of(_forms("react"), _forms("respond"), "hit back|hits back|strike back")
_PLACE = _alt(
    "area|region|border|borders|frontier|strait|sea|zone|front|gulf|waters|coast|island|islands|peninsula|base|"
    "bases|line|boundary|region"
)
_PREP_PLACE = _alt("to|near|along|towards|toward|into|at|close to|on")
_MIL_OBJ = _alt(
    "missiles|missile|troops|forces|warships|warship|weapons|systems|soldiers|bombers|jets|tanks|units|"
    "ships|submarines|warheads|battalions|brigades"
)


def _cond_in_clause(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    return ctx["conditional"][i] is not None


def _reporting_in_sentence(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    prev = tokens[i - 1].norm if i > 0 else ""
    return prev not in {"we", "i"} and any(t.norm in _REPORTING for t in tokens)


def _named_object(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """'containing Moscow': the next word is a name (capitalised, not a month) or 'the country'."""
    if j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1]
    if nxt.text[:1].isupper() and nxt.norm not in _MONTHS_DAYS:
        return True
    return nxt.norm in {"russia", "china", "iran", "the"} and j + 2 < len(tokens) and tokens[j + 2].norm in {
        "country", "kremlin", "west", "alliance",
    }


def _military_sentence(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    return _has_context("military", tokens)


_NAVAL = frozenset(
    "uss hms warship warships destroyer destroyers frigate frigates navy naval carrier submarine cruiser corvette".split()
)


def _diplomatic_sentence(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """A state actor or a name is in the sentence (not 'The company halted shipments')."""
    return _has_context("diplomatic", tokens)


def _naval_sentence(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """A navy ship is named in the sentence ('USS Porters, which sailed through ...')."""
    return any(t.norm in _NAVAL for t in tokens)


def _arms_to_recipient(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """'supplied Corvia with tanks', 'sent tanks to Corvia': a recipient is named (a capitalised
    word inside or right after the phrase), so the weapons are aid, not a deployment ('sent tanks
    to the border' is posture)."""
    inside = any(t.text[:1].isupper() for t in tokens[i + 1 : j])
    after = tokens[j + 1 : j + 4]
    return inside or (len(after) >= 2 and after[0].norm == "to" and after[1].text[:1].isupper())


#: A sentence about a hostile step: what is being 'considered' is a response to the other side.
_HOSTILE_CONTEXT = frozenset(
    """retaliation retaliatory response respond against sanctions expel expulsion expulsions attack attacks strikes
    hostile unfriendly provocation provocations aggression punitive countermeasures counter-measures military
    embassy diplomats closure""".split()
)


def _hostile_context(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """'weighing a response to the expulsions': the measures weighed answer a hostile step."""
    words = {t.norm for t in tokens}
    return len(words & _HOSTILE_CONTEXT) >= 2 or bool({tokens[j].norm} & {"retaliation", "countermeasures",
                                                                            "counter-measures", "expulsions"})


_PATTERNS: tuple[_Pattern, ...] = (
    _Pattern(
        "react-to-hostile-steps",
        _rx(rf"(?P<cue>{_REACT}) (?:\" (?:[^\"\s]+ ){{1,5}}?\" )?(?:to|against) {_gap(4)}{_HOSTILE_OBJ}"),
        "THREATEN", "130", -4.4,
        "A promise to react to the other side's hostile steps: a commitment to counter-measures, a threat of "
        "retaliation, clearly hostile.", kahn="3",
    ),
    _Pattern(
        "react-in-kind",
        _rx(rf"(?P<cue>{_REACT} {_MANNER})"),
        "THREATEN", "130", -4.4,
        "A promise to answer the other side in the same (or a firmer) way: a threat of retaliation, clearly hostile.",
        kahn="3",
    ),
    _Pattern(
        "will-react-if",
        _rx(rf"(?:will|would|shall) {_gap(4)}(?P<cue>{_REACT})"),
        "THREATEN", "130", -4.4,
        "A promised reaction tied to a condition: a conditional threat of retaliation, clearly hostile.",
        kahn="3", check=_cond_in_clause,
    ),
    _Pattern(
        "close-embassy",
        _rx(_one_of(_forms("shut", "shut", double=True), _forms("close")) + " (?:down )?" + _gap(3)
            + "(?:embassy|embassies|consulate|consulates|mission|missions)"),
        "SANCTION", "161", -4.0,
        "Closing a diplomatic post: a reduction of diplomatic relations, clearly hostile.", kahn="2",
    ),
    _Pattern(
        "expel-diplomats",
        _rx(_one_of(_forms("expel", double=True), name="cue") + " " + _gap(3)
            + "(?:diplomats|diplomat|ambassador|envoy|staff|inspectors|observers|peacekeepers|journalists)"),
        "SANCTION", "166", -7.0,
        "Ordering another country's people out: a sharp cut in relations, near the hostile end of the scale.",
        kahn="2",
    ),
    _Pattern(
        "sever-ties",
        _rx(_one_of(_forms("sever"), _forms("cut", "cut", double=True), _forms("break", "broke"), _forms("downgrade"),
                    "freeze|freezes|froze|frozen") + " (?:off )?" + _gap(2) + "(?:ties|relations|contacts|links)"),
        "SANCTION", "161", -4.0,
        "Cutting or downgrading diplomatic ties: a reduction of relations, clearly hostile.", kahn="2",
    ),
    _Pattern(
        "recall-ambassador",
        _rx(_one_of(_forms("recall"), _forms("withdraw", "withdrew")) + " " + _gap(2)
            + "(?:ambassador|ambassadors|envoy|envoys|diplomats)"),
        "SANCTION", "161", -4.0,
        "Calling one's ambassador home: a classic signal of displeasure, a reduction of relations, clearly hostile.",
        kahn="2",
    ),
    _Pattern(
        "withdraw-peacekeepers",
        _rx(_one_of(_forms("withdraw", "withdrew", "withdrawn"), "pull out|pulled out") + " " + _gap(3)
            + "(?:peacekeepers|peacekeeping|peace-keeping|inspectors|observers|monitors|aid workers)"),
        "SANCTION", "166", -7.0,
        "Pulling out peacekeepers, inspectors or observers: withdrawing international involvement, near the "
        "hostile end of the scale.", rank=3,
    ),
    _Pattern(
        "peacekeepers-withdrawn",
        _rx(r"(?:peacekeepers|inspectors|observers|monitors|aid workers) (?:were |was |have been |had been |are )?"
            r"(?:withdrawn|pulled out|shipped out|sent home|expelled|evacuated)"),
        "SANCTION", "166", -7.0,
        "Peacekeepers, inspectors or observers taken out: withdrawn international involvement, near the hostile "
        "end of the scale.", rank=3,
    ),
    _Pattern(
        "forced-out",
        _rx(r"(?:forced|forces|force|ordered|orders|kicked|kicks) (?:" + _gap(6, 1) + r"out of|out)"),
        "SANCTION", "166", -7.0,
        "Forcing a foreign body or mission to leave: an expulsion, near the hostile end of the scale.",
    ),
    _Pattern(
        "exit-treaty",
        _rx(_one_of(_forms("exit"), "withdrawal", _forms("withdraw", "withdrew"), "pull out|pulled out|pulling out",
                    _forms("quit", "quit", double=True), "walked away|walk away", name="cue")
            + " (?:from |of )?" + _gap(7) + "(?:treaty|agreement|accord|deal|pact|convention)"),
        "REJECT", "120", -4.0,
        "Walking away from an agreement: a rejection of it (CAMEO has no code for leaving a treaty; the root "
        "'reject' fits), clearly hostile.",
    ),
    _Pattern(
        "withdraw-troops",
        _rx(_one_of(_forms("withdraw", "withdrew"), "withdrawal of", _forms("pull back"),
                    "pull out|pulled out|pulling out|pullback of|draw down|drew down|drawdown of") + " " + _gap(3)
            + "(?:troops|forces|soldiers|units|army|military|personnel|warships|ships|tanks|weapons|artillery|"
            "armour|armor|equipment)"),
        "RETREAT", "087", 9.0,
        "Pulling forces back: military de-escalation, near the cooperative end of the scale.",
    ),
    _Pattern(
        "strengthen-forces",
        _rx(_one_of(_forms("strengthen"), _forms("bolster"), _forms("reinforce"), "beef up|beefed up",
                    "build up|builds up|built up", "boost|boosted|boosting", "increase|increased|increasing",
                    "expand|expanded|expanding") + " " + _gap(5)
            + "(?:air defences|air defenses|defences|defenses|forces|troops|military presence|army|navy|arsenal|"
            "military|police presence|security presence|security forces|police)"),
        "MOBILIZE", "154", -7.2,
        "Adding to military strength: an increase of armed forces, near the hostile end of the scale.",
    ),
    _Pattern(
        "deploy-peacekeepers",
        _rx(_one_of(_forms("deploy"), "deployment of", "send|sent|sends", "dispatch|dispatched") + " " + _gap(4)
            + "(?:peacekeepers|peacekeeping|peace-keeping|observers|monitors)"),
        "AID", "074", 8.5,
        "Sending peacekeepers or observers: international protection, near the cooperative end of the scale.",
        rank=3,
    ),
    _Pattern(
        "deploy-forces",
        _rx(_one_of(_forms("deploy"), "deployment of", "station|stationed|stationing", "move|moved|moving")
            + f" {_gap(3)}{_MIL_OBJ}(?: (?:to|towards|toward|into) {_gap(3)}{_PLACE})?"),
        "MOBILIZE", "154", -7.2,
        "Moving forces or weapons into position: military posture, near the hostile end of the scale.",
    ),
    _Pattern(
        "troops-massing",
        _rx(_one_of(_forms("mass"), "amass|amassed|amassing", "concentrate|concentrated|concentrating") + " "
            + _gap(3) + "(?:troops|forces|soldiers|tanks|warships)"
            "|(?:troops|forces) (?:are |were )?(?:massing|massed)"),
        "MOBILIZE", "154", -7.2,
        "Forces gathered near a border: a classic sign of possible attack, near the hostile end of the scale.",
    ),
    _Pattern(
        "warship-entered",
        _rx(r"(?:warship|warships|destroyer|destroyers|frigate|aircraft carrier) (?:has |have |had )?"
            r"(?:entered|sailed into|arrived in|moved into|sailed to|headed to) " + _gap(3)
            + r"(?:sea|waters|port|strait|gulf|bay)"),
        "MOBILIZE", "150", -7.2,
        "A combat ship moving into a rival's waters: a show of force, near the hostile end of the scale.",
    ),
    _Pattern(
        "military-activity-near",
        _rx(r"military (?:activities|activity|presence) (?:near|close to|along|on) " + _gap(2)
            + r"(?:border|borders|frontier|coast|shores)"),
        "MOBILIZE", "150", -7.2,
        "Armed forces active close to another country's border: a demonstration of military power, near the "
        "hostile end of the scale.",
    ),
    _Pattern(
        "crosshairs",
        _rx(r"(?P<cue>crosshairs(?: of " + _gap(3) + r"(?:systems|system|weapons|missiles|radars|guns|sights))?)"),
        "THREATEN", "138", -7.0,
        "Military imagery: the target is said to be within aim of weapons. Nothing is threatened in words, but the "
        "image implies that force could be used: an implicit threat, near the hostile end of the scale.",
        kahn="3",
    ),
    _Pattern(
        "restrained-approach",
        _rx(r"(?:\S+ly )?(?:restrained|calm|cautious|balanced|non-confrontational|responsible|constructive) "
            r"(?:approach|stance|position|response|manner|policy|line|course|tone|behaviour|behavior)"),
        "RESTRAINT", "0356", 7.0,
        "Self-presentation as calm and restrained: an intent to de-escalate, near the cooperative end of the scale.",
    ),
    _Pattern(
        "not-create-problems",
        _rx(r"not to (?:create|provoke|stoke|escalate|inflame|aggravate|fuel|exacerbate|heighten|raise) " + _gap(2)
            + r"(?:problems|problem|tension|tensions|crisis|crises|conflict|situation|confrontation)"
            r"(?: artificially)?"),
        "RESTRAINT", "0356", 7.0,
        "A promise not to stir up trouble: the 'not' belongs to the phrase and makes it an intent to de-escalate, "
        "near the cooperative end of the scale.",
    ),
    _Pattern(
        "call-for-calm",
        _rx(_one_of(_forms("call"), _forms("urge"), _forms("appeal")) + " " + _gap(4)
            + "(?:calm|restraint|de-escalation|de-escalate|deescalation|moderation|patience)"),
        "REQUEST", "020", 3.0,
        "An appeal for calm or restraint: a call to de-escalate, clearly cooperative.", check=_diplomatic_sentence,
    ),
    _Pattern(
        "call-for-talks",
        _rx(_one_of(_forms("call"), _forms("urge"), _forms("appeal"), "invite|invited|invites") + " " + _gap(4)
            + "(?:dialogue|talks|negotiations|negotiate|a meeting|a summit|peace|ceasefire|cease-fire|truce)"),
        "REQUEST", "026", 4.0,
        "An appeal to talk or settle: a call to negotiate, clearly cooperative.", check=_diplomatic_sentence,
    ),
    _Pattern(
        "sign-agreement",
        _rx(_one_of(_forms("sign")) + " " + _gap(5) + "(?:agreement|agreements|deal|treaty|accord|pact|memorandum|"
            "declaration|contract|protocol|communique)"),
        "AGREE", "057", 8.0,
        "Signing a formal agreement: the most binding form of diplomatic cooperation, near the cooperative end of "
        "the scale.",
    ),
    _Pattern(
        "reach-agreement",
        _rx(_one_of(_forms("reach"), "strike|struck|clinch|clinched|seal|sealed|hammer out|hammered out") + " "
            + _gap(3) + "(?:agreement|deal|consensus|accord|compromise|understanding|settlement|truce)"),
        "AGREE", "030", 4.0,
        "The sides arrive at a common position: agreement, clearly cooperative.",
    ),
    _Pattern(
        "impose-sanctions",
        _rx(_one_of(_forms("impose"), "slap|slapped|introduce|introduced|tighten|tightened|tightening") + " "
            + _gap(3) + "(?:sanctions|embargo|embargoes|tariffs|penalties)"),
        "SANCTION", "163", -8.0,
        "Imposing sanctions: economic punishment, near the hostile end of the scale.", kahn="2",
    ),
    _Pattern(
        "impose-restrictions",
        _rx(_one_of(_forms("impose"), "reimposed|institute|declare|declared|declares") + " " + _gap(4)
            + "(?:curfew|restrictions|ban|martial law|state of emergency|state of siege|blackout|controls)"),
        "COERCE", "172", -5.0,
        "Imposing restrictions by order: an administrative sanction, clearly hostile.",
    ),
    _Pattern(
        "impose-blockade",
        _rx(_one_of(_forms("impose"), "reimposed|tighten|tightened|enforce|enforced") + " " + _gap(2) + "blockade"),
        "COERCE", "191", -9.5,
        "Imposing a blockade: restricting movement by force, near the hostile end of the scale.",
    ),
    _Pattern(
        "must-demand",
        _rx(r"(?P<cue>must)"),
        "DEMAND", "100", -5.0,
        "An obligation laid on another side ('X must ...') in reported speech: a demand, clearly hostile.", role="head",
        check=_reporting_in_sentence,
    ),
    _Pattern(
        "containing-actor",
        _rx(_one_of(_forms("contain"), name="cue")),
        "ACCUSE", "112", -2.0,
        "Ascribes the goal of hemming in a named country (the Cold War doctrine of containment): an accusation of "
        "hostile intent, mildly hostile.",
        kahn="2", check=_named_object,
    ),
    _Pattern(
        "violation-intensified",
        _rx(r"(?:major|serious|flagrant|gross|blatant|clear|direct|grave|egregious) (?:violation|violations|breach)"),
        "ACCUSE", "112", -2.0,
        "An accusation that a rule or agreement was broken, made heavier by its adjective: mildly hostile on the "
        "scale.", kahn="2",
    ),
    _Pattern(
        "violate-ceasefire",
        _rx(_one_of(_forms("violate"), "violation of|violations of|breach of|breached") + " " + _gap(3)
            + "(?:ceasefire|cease-fire|truce|armistice)"),
        "ASSAULT", "196", -9.5,
        "Breaking a ceasefire: renewed use of force, near the hostile end of the scale.",
    ),
    _Pattern(
        "deteriorating-relations",
        _rx(r"(?P<cue>deteriorating|deteriorated|worsening|worsened|strained|souring|soured|frosty|tense|troubled|"
            r"declining) " + _gap(2) + r"(?:relations|ties|relationship)"),
        "DETERIORATE", "012", -0.4,
        "Describes the relationship as getting worse: a pessimistic comment, not an act, barely below neutral.",
        kahn="1",
    ),
    _Pattern(
        "relations-deteriorated",
        _rx(r"(?:relations|ties|relationship) (?:have |has |had )?(?:further )?(?P<cue>deteriorated|worsened|"
            r"soured|sunk|plunged|nosedived|frayed)"),
        "DETERIORATE", "012", -0.4,
        "Says the relationship got worse: a pessimistic comment, barely below neutral.", kahn="1",
    ),
    _Pattern(
        "warn-consequences",
        _rx(_one_of(_forms("warn")) + " " + _gap(3) + "(?:consequences|retaliation|a response|a tough response)"),
        "THREATEN", "130", -4.4,
        "A warning of consequences: a veiled threat, clearly hostile.", kahn="3",
    ),
    _Pattern(
        "meet-demands",
        _rx(r"(?:meet|met|meets|accede|acceded|accept|accepted|accepts|conceded to|bowed to|yielded to|give in to|"
            r"gave in to|gives in to) " + _gap(3) + r"(?:demands|demand|conditions)"),
        "CONCEDE", "080", 5.0,
        "Giving in to the other side's demands: yielding, clearly cooperative.", role="head",
    ),
    _Pattern(
        "establish-ties",
        _rx(_one_of(_forms("establish"), _forms("restore"), "resume|resumed|normalise|normalised|normalize|normalized|"
                    "upgrade|upgraded|improve|improved|improving|mend|mended")
            + " " + _gap(2) + "(?:diplomatic )?(?:ties|relations|links)"),
        "SUPPORT", "054", 6.0,
        "Setting up or repairing diplomatic ties: strongly cooperative.",
    ),
    _Pattern(
        "release-prisoners",
        _rx(_one_of(_forms("release"), _forms("free")) + " " + _gap(4) + "(?:prisoners|"
            "hostages|detainees|captives|sailors|crew|activists|journalists|civilians|nationals|minister|president|"
            "leader|leaders|members|officials|soldiers|opponents|dissidents|suspects|fishermen|tourists|citizens|"
            "workers|students|seamen|pilots|prisoner|hostage|detainee|captive|crew members|sailor|journalist|activist)"),
        "CONCEDE", "0841", 7.0,
        "Letting detained people go: a concession, near the cooperative end of the scale.",
    ),
    _Pattern(
        "return-property",
        _rx(_one_of(_forms("return"), "hand back|handed back|hands back") + " " + _gap(3)
            + "(?:weapons|property|territory|territories|land|lands|equipment|assets|remains|bodies|helicopter|ship|"
            "vessel|aircraft|tanker|tankers|boat|boats|vessels|ships|cargo|drone|plane)"),
        "RETREAT", "084", 7.0,
        "Giving back what was taken: a concession, near the cooperative end of the scale.",
    ),
    _Pattern(
        "provide-aid",
        _rx(_one_of(_forms("provide"), _forms("supply"), _forms("send", "sent"), _forms("deliver"),
                    _forms("give", "gave"), "donate|donates|donated") + " " + _gap(4)
            + "(?:aid|assistance|intelligence|food|medicine|medicines|supplies|relief|loans|grant|grants|"
            "funding|equipment|material|vaccines|humanitarian|arms|weapons)"),
        "AID", "070", 7.0,
        "Giving help, goods or information to another side: aid, near the cooperative end of the scale.",
    ),
    _Pattern(
        "open-borders",
        _rx(_one_of(_forms("open"), "reopen|reopened|re-open|re-opened") + " " + _gap(2)
            + "(?:borders|border|crossing|crossings|airspace|ports|corridor|corridors|bridge)"),
        "RETREAT", "086", 9.0,
        "Opening a border or crossing to others: allowing access, near the cooperative end of the scale.",
    ),
    _Pattern(
        "charge-with",
        _rx("(?P<cue>" + _one_of(_forms("charge")) + " " + _gap(3) + "with)"),
        "ACCUSE", "112", -2.0,
        "Charges someone with wrongdoing: an accusation, mildly hostile.", role="head",
    ),
    _Pattern(
        "share-intelligence",
        _rx(_one_of(_forms("share"), "exchange|exchanged|exchanging") + " " + _gap(2)
            + "(?:intelligence|information|evidence|data|expertise)"),
        "COOPERATE", "064", 7.0,
        "Sharing intelligence or information: practical cooperation, near the cooperative end of the scale.",
        check=None,
    ),
    _Pattern(
        "grant-asylum",
        _rx(r"(?:grant|granted|grants|granting|offer|offered) " + _gap(2) + r"asylum"),
        "AID", "075", 7.0, "Granting asylum: protection, near the cooperative end of the scale.",
    ),
    _Pattern(
        "react-quoted-manner",
        _rx(rf"(?P<cue>{_REACT}) \" {_MANNER}"),
        "THREATEN", "130", -4.4,
        "A promise to answer the other side, with the manner given in the speaker's quoted words: a threat of "
        "retaliation, clearly hostile.", kahn="3",
    ),
    _Pattern(
        "firm-response",
        _rx(r"(?:firm|tough|strong|decisive|robust|harsh|resolute|swift|forceful|severe|fitting|appropriate|adequate|"
            r"proportionate|commensurate) (?:response|responses|reply|answer|retaliation|reprisals)"),
        "THREATEN", "130", -4.4,
        "A promised answer described as firm or fitting: a threat of counter-measures whose form is left open, "
        "clearly hostile.", kahn="3",
    ),
    _Pattern(
        "vow-response",
        _rx(_one_of(_forms("vow"), _forms("promise"), _forms("pledge"))
            + " (?:an? )?(?P<cue>response|reply|retaliation|reprisals|revenge)"),
        "THREATEN", "130", -4.4,
        "A promised response to the other side's step, form unstated: a threat of counter-measures, clearly hostile.",
        kahn="3",
    ),
    _Pattern(
        "walk-away-talks",
        _rx(_one_of(_forms("walk"), "storm|stormed", _forms("pull")) + " (?:away|out) (?:from|of) "
            r"(?:the |these |those )?(?:\S+ )?(?:talks|negotiations|negotiating table|table|dialogue|process)"
            "|" + _one_of(_forms("break", "broke", "broken"))
            + " off (?:the )?(?:talks|negotiations|dialogue|contacts)"),
        "SANCTION", "164", -7.0,
        "Leaving or breaking off negotiations: halting talks, near the hostile end of the scale.", rank=3,
    ),
    _Pattern(
        "fighting-broke-out",
        _rx(r"(?:fighting|clashes|war|hostilities|violence|shelling|gunfire) (?:has |had |have )?(?:broke|broken|"
            r"breaks|break|erupted|erupts|flared|flared up|resumed)(?: out)?"),
        "ASSAULT", "190", -10.0,
        "Armed fighting starting up: use of conventional military force, at the hostile end of the scale.",
    ),
    _Pattern(
        "halt-trade",
        _rx(_one_of(_forms("halt"), _forms("stop", double=True), _forms("block"), _forms("suspend"),
                    _forms("ban", double=True), "freeze|froze|frozen|cut off|cuts off") + " " + _gap(3)
            + "(?:shipments|imports|exports|deliveries|trade|flights|gas supplies|oil supplies|investment|"
            "investments)"),
        "SANCTION", "163", -8.0,
        "Stopping another country's trade or deliveries: an embargo in effect, near the hostile end of the scale.",
        kahn="2", rank=3, check=_diplomatic_sentence,
    ),
    _Pattern(
        "asked-to-leave",
        _rx(r"(?:be|been|were|was|are|is|being) (?P<cue>(?:asked|told|ordered|instructed) to leave)"
            r"(?! (?:their|his|her|its|our|my|your|a|an) )"),
        "SANCTION", "166", -7.0,
        "People (usually diplomats) made to leave the country: the polite wording of an expulsion, near the hostile "
        "end of the scale.", kahn="2", check=_diplomatic_sentence,
    ),
    _Pattern(
        "lowest-point",
        _rx(r"(?:lowest|worst) (?:point|level|ebb|state)(?: (?:in|for|since) " + _gap(2) + r"(?:years|decades|"
            r"decade|generation|war|months|\d{4}))?"),
        "DETERIORATE", "012", -0.4,
        "Says the relationship is at its worst: a pessimistic comment, barely below neutral.", kahn="1",
    ),
    _Pattern(
        "dressed-up-as",
        _rx(r"(?:(?!a |an |the |this |that |it )\S+ )?(?:decision|move|step|measure|act|action|ploy|stunt|operation|"
            r"attack|provocation|grab) (?:dressed up|disguised|presented|masquerading) as (?:a |an )?" + _gap(2)
            + r"(?:matter|issue|concern|question|measure|operation|necessity|precaution|response|defence|"
            r"defense)"),
        "ACCUSE", "111", -2.0,
        "Says the other side's step is a pretext, not what it claims to be: a denunciation, mildly hostile.",
    ),
    _Pattern(
        "fired-warning",
        _rx(r"(?:fired|fire|fires|firing|launched|shot) (?:warning )?(?:flares|flare|warning shots|a warning shot|"
            r"shots)(?: across (?:the |its |her |their )?bows?)?"
            r"|(?:flares|warning shots|shots) (?:were |was |had been |have been |are |being )fired"),
        "MOBILIZE", "150", -7.2,
        "Flares or warning shots fired near another side's ship or troops: a demonstration of military power, near "
        "the hostile end of the scale.",
    ),
    _Pattern(
        "challenge-to",
        _rx(r"(?:challenge|challenges|affront|affronts|insult) to (?:the )?" + _gap(2) + r"(?:navigation|"
            r"sovereignty|law|order|security|stability|integrity|norms)"),
        "ACCUSE", "112", -2.0,
        "Frames the other side's act as an attack on a principle such as sovereignty or free navigation: an "
        "accusation, mildly hostile.",
    ),
    _Pattern(
        "incursion",
        _rx(r"(?:entered|enter|enters|entering|strayed into|straying into|strays into|sailed into|flew into|"
            r"intruded into|intruding into|crossed into|violated|violating|violation of|violations of|incursion into|"
            r"incursions into|intrusion into|intrusions into) " + _gap(2) + r"(?:territorial waters|airspace|"
            r"territory|sovereignty)"),
        "ACCUSE", "112", -2.0,
        "Says the other side crossed into one's waters, airspace or territory: an accusation of violating "
        "sovereignty, mildly hostile.", rank=3,
    ),
    _Pattern(
        "escorted-out",
        _rx(_one_of(_forms("escort"), "chase|chased|chasing|shepherded|herded") + " " + _gap(3) + "(?:out|away|off)"),
        "COERCE", "170", -7.0,
        "Forcing a ship or aircraft out of an area, however mildly worded: coercion, near the hostile end of the "
        "scale.", check=_military_sentence,
    ),
    _Pattern(
        "testing-resolve",
        _rx(_one_of(_forms("test"), _forms("probe")) + " " + _gap(4)
            + "(?:resolve|patience|limits|defences|defenses|red lines|reaction|reactions)"),
        "ACCUSE", "112", -2.0,
        "Says the other side is probing how far it can go: an accusation of hostile intent, mildly hostile.",
    ),
    _Pattern(
        "staged-incident",
        _rx(r"(?:planned|staged|orchestrated|engineered|manufactured|provoked|premeditated|fabricated) (?:the |this |"
            r"that |an |a )?(?:\S+ )?(?:encounter|incident|clash|clashes|attack|crisis|provocation|confrontation|"
            r"collision)"),
        "ACCUSE", "1123", -2.0,
        "Says the other side caused the incident on purpose: an accusation of aggression, mildly hostile.",
    ),
    _Pattern(
        "routine-activity",
        _rx(r"routine (?:patrol|patrols|flight|flights|exercise|exercises|drills|voyage|transit|transits|mission|"
            r"missions|deployment|rotation|passage)"),
        "RESTRAINT", "0356", 7.0,
        "Calls one's own military activity 'routine': it presents it as ordinary and non-provocative, an intent to "
        "de-escalate.", rank=3,
    ),
    _Pattern(
        "want-calm",
        _rx(_one_of(_forms("want"), _forms("seek", "sought"), "desire|desires|desired|wish|wishes|wished")
            + " (?:only )?(?:calm|peace|stability|de-escalation|dialogue|a peaceful solution|good relations|"
            "to avoid (?:a |any )?(?:conflict|war|escalation|confrontation))"),
        "RESTRAINT", "0356", 7.0,
        "A side says it wants calm or peace: an intent to de-escalate, strongly cooperative.", rank=3,
    ),
    _Pattern(
        "ready-to-talk",
        _rx(r"(?:ready|willing|prepared|eager) to (?:discuss|negotiate|talk|meet|resume talks|hold talks)"
            r"(?: (?:everything|anything|all issues|all questions))?"),
        "CONSULT", "036", 4.0,
        "A stated readiness to negotiate: an intent to meet, clearly cooperative.", rank=3,
    ),
    _Pattern(
        "propose-talks",
        _rx(_one_of(_forms("propose"), _forms("suggest")) + " (?:holding |to hold |"
            "to host |hosting |to resume |resuming |a new |new |a |an |direct |fresh )*(?:talks|negotiations|"
            "a meeting|meeting|a summit|summit|dialogue|consultations|peace talks)"),
        "CONSULT", "036", 4.0,
        "Puts forward talks or a meeting with the other side: an intent to meet or negotiate, clearly cooperative.",
        rank=3,
    ),
    _Pattern(
        "let-aid-in",
        _rx(_one_of(_forms("let", "let", double=True), _forms("allow"), _forms("permit", double=True))
            + " (?:humanitarian )?(?:aid|relief|food|medicine|medical supplies)"
            "(?: convoys| trucks| workers| supplies| deliveries)? (?:in|into|through)(?: (?:the |a )?" + _gap(2)
            + "(?:district|region|city|town|area|zone|province|enclave|village|villages|territory|country|camp|camps|"
            "strip|port))?"),
        "AID", "0863", 9.0,
        "Allowing humanitarian aid through: one of the most cooperative steps a party to a conflict can take.", rank=3,
    ),
    _Pattern(
        "exchange-prisoners",
        _rx(_one_of(_forms("exchange"), _forms("swap", double=True)) + "(?: of)? " + _gap(3)
            + "(?:prisoners|detainees|captives|hostages|prisoners of war|bodies)"),
        "CONCEDE", "0841", 7.0,
        "Releasing prisoners in return for one's own: release of persons, near the cooperative end of the scale.",
        rank=3,
    ),
    _Pattern(
        "consider-sanctions",
        _rx(_one_of(_forms("consider"), "weighing|weighs|weighed|mulling|mulls|contemplating|contemplates|preparing|"
                    "prepares|drawing up|draws up|drew up", _forms("propose"))
            + " (?:new |further |fresh |possible |tougher |more |targeted )?"
            "(?:sanctions|an embargo|embargo|tariffs|expulsions|punitive measures)"),
        "THREATEN", "1312", -5.8,
        "Punishment openly under consideration: a signalled threat of sanctions, clearly hostile.", kahn="2", rank=3,
    ),
    _Pattern(
        "deployed-to-place",
        _rx(rf"(?:{_MIL_OBJ} )?(?:deployed|stationed|redeployed|positioned|dispatched|moved) {_PREP_PLACE} "
            rf"(?:the |its |their |his |her |a )?{_gap(2)}{_PLACE}"),
        "MOBILIZE", "154", -7.2,
        "Forces or weapons put in position in or near a contested area: military posture, near the hostile end.",
        check=_military_sentence,
    ),
    _Pattern(
        "construction-at-base",
        _rx(r"(?:new |rapid |extensive )?construction (?:work )?(?:at|of) (?:a |an |the )?(?:new )?(?:military |air |"
            r"naval |missile )?(?:base|bases|airbase|airfield|airstrip|outpost|outposts|silos|runway)"),
        "MOBILIZE", "154", -7.2,
        "Building work at a military base: a build-up of military capacity, near the hostile end of the scale.",
    ),
    _Pattern(
        "will-not-be-intimidated",
        _rx(r"(?:(?:will|would|shall|can|must) )?(?:not|never) be (?:intimidated|bullied|blackmailed|coerced|cowed|"
            r"pressured|pressurised|pressurized|deterred|silenced|dictated to)"),
        "REJECT", "124", -4.0,
        "Declares that pressure will not work: a refusal to yield, clearly hostile.", kahn="3", rank=3,
    ),
    _Pattern(
        "trade-accusations",
        _rx(r"(?:trade|trades|traded|trading|exchange|exchanged|exchanging) (?:accusations|insults|barbs|blame|"
            r"charges|recriminations|threats)"),
        "ACCUSE", "112", -2.0, "Each side accusing the other: mutual accusations, mildly hostile.", rank=3,
    ),
    _Pattern(
        "sailed-through",
        _rx(r"(?:sailed|sailing|sails|sail|passed|transited|steamed) (?:through|into|across) (?:the )?" + _gap(2)
            + r"(?:sea|strait|straits|waters|gulf|bay|channel)"),
        "MOBILIZE", "150", -7.2,
        "A navy ship passing through a contested sea: a show of force, near the hostile end of the scale.",
        check=_naval_sentence,
    ),
    _Pattern(
        "open-investigation",
        _rx(_one_of(_forms("open"), _forms("launch"), "complete|completes|completed|begin|begins|began|begun|start|"
                    "starts|started|order|orders|ordered|announce|announced|under", _forms("conduct"),
                    "demand|demanded|call for|called for")
            + " " + _gap(2) + "(?P<cue>investigation|investigations|inquiry|inquiries|probe)"),
        "ACCUSE", "090", -2.0,
        "An investigation opened into the other side's conduct: it implies suspicion of wrongdoing, mildly hostile.",
        role="head",
    ),
    _Pattern(
        "supply-arms",
        _rx(_one_of(_forms("supply"), _forms("deliver"), _forms("provide"), _forms("send", "sent"),
                    "ship|ships|shipped|transfer|transferred", _forms("sell", "sold"))
            + " " + _gap(3) + "(?:with )?(?:" + _gap(2) + ")(?:weapons|arms|ammunition|munitions|air defence systems|"
            "air defense systems|air defences|air defenses|fighter jets|tanks|howitzers|artillery|drones|missiles|"
            "military equipment|rocket systems)"),
        "AID", "072", 8.3,
        "Weapons or military equipment handed to another side: military aid, near the cooperative end of the scale "
        "(cooperative between giver and receiver, even when the weapons are for a war).", rank=3, check=_arms_to_recipient,
    ),
    _Pattern(
        "admit-inspectors",
        _rx(_one_of(_forms("allow"), _forms("admit", double=True), _forms("let", "let", double=True),
                    _forms("receive"), "grant access to|granted access to|grants access to")
            + " " + _gap(3) + "(?:inspectors|monitors|observers|investigators|peacekeepers)"),
        "RETREAT", "0862", 9.0,
        "Letting international inspectors or monitors in: allowing international involvement, near the cooperative end "
        "of the scale.", rank=3,
    ),
    _Pattern(
        "reopen-embassy",
        _rx(_one_of(_forms("reopen"), _forms("re-open")) + " " + _gap(3)
            + "(?:embassy|embassies|consulate|consulates|mission|missions)"),
        "SUPPORT", "054", 6.0,
        "Reopening a diplomatic post: restoring relations, strongly cooperative.",
    ),
    _Pattern(
        "embassy-closed",
        _rx(r"(?:embassy|embassies|consulate|consulates) (?:was |were |has been |have been |had been |will be |would be |"
            r"is being )?(?:closed|shut|shut down|ordered closed|ordered shut)"),
        "SANCTION", "161", -4.0,
        "A diplomatic post closed (told in the passive): a reduction of diplomatic relations, clearly hostile.", kahn="2",
    ),
    _Pattern(
        "forces-withdrawn",
        _rx(r"(?:troops|forces|soldiers|units|warships|tanks|weapons|artillery) (?:were |was |have been |had been |are "
            r"being |will be |would be )(?:withdrawn|pulled back|pulled out|moved back|sent back)"),
        "RETREAT", "087", 9.0,
        "Forces taken back (told in the passive): military de-escalation, near the cooperative end of the scale.", rank=3,
    ),
    _Pattern(
        "forces-sent",
        _rx("(?:" + _one_of(_forms("send", "sent"), _forms("dispatch"), _forms("rush"), "fly|flew|flown") + " "
            + _gap(3) + "(?:troops|soldiers|forces|reinforcements|warships|tanks|marines|paratroopers)"
            "|(?:troops|soldiers|forces|reinforcements|warships|tanks|marines|paratroopers) (?:were |was |have been |"
            "had been |are being |are )?(?:sent|dispatched|rushed|flown)) (?:to|towards|toward|into|near|along) "
            f"(?:the |its |their |a )?{_gap(2)}{_PLACE}"),
        "MOBILIZE", "154", -7.2,
        "Troops or warships sent to a border or contested area: military posture, near the hostile end of the scale.",
        rank=3,
    ),
    _Pattern(
        "fly-warplanes",
        _rx(_one_of(_forms("fly", "flew", "flown"), "sent|dispatched", _forms("scramble")) + " " + _gap(2)
            + "(?:bombers|fighter jets|fighters|jets|warplanes|military aircraft|war planes|interceptors|"
            "surveillance aircraft|reconnaissance aircraft|drones)"),
        "MOBILIZE", "150", -7.2,
        "Military aircraft flown near or sent up against the other side: a demonstration of military power, near the "
        "hostile end of the scale.", rank=3, check=_military_sentence,
    ),
    _Pattern(
        "freeze-assets",
        _rx(_one_of(_forms("freeze", "froze", "frozen"), "seize|seized|seizing") + " " + _gap(4)
            + "(?:assets|accounts|funds|reserves|property|properties|holdings)"),
        "SANCTION", "163", -8.0,
        "Blocking another side's money or property abroad: a financial sanction, near the hostile end of the scale.",
        kahn="2", rank=3, check=_diplomatic_sentence,
    ),
    _Pattern(
        "cyber-intrusion",
        _rx(_one_of(_forms("hack"), "breach|breaches|breached|infiltrated|penetrated|compromised|targeted") + " "
            + _gap(4) + "(?:networks|network|servers|computer systems|computers|email accounts|emails|databases|"
            "websites|systems|infrastructure)"),
        "COERCE", "170", -7.0,
        "Breaking into another side's computers or networks: a cyber operation, coercion short of force, near the "
        "hostile end of the scale.", rank=3, check=_diplomatic_sentence,
    ),
    _Pattern(
        "jam-signals",
        _rx(_one_of(_forms("jam", double=True)) + " " + _gap(2) + "(?:gps signals|satellite signals|radio signals|"
            "signals|signal|gps|communications|radars|radar|broadcasts|satellites|navigation)"),
        "COERCE", "170", -7.0,
        "Blocking another side's radio, satellite or GPS signals: electronic coercion, near the hostile end of the "
        "scale.", rank=3,
    ),
    _Pattern(
        "strike-targets",
        _rx(_one_of(_forms("strike", "struck"), _forms("hit", "hit", double=True),
                    "pound|pounded|pounding|bombarded|targeted|targeting|targets") + " " + _gap(3)
            + "(?:targets|positions|bases|base|facilities|installations|convoy|convoys|depots|depot|sites|airfield|"
            "airfields|barracks|command post|command posts|infrastructure)"),
        "ASSAULT", "190", -10.0,
        "Armed forces hitting the other side's positions or facilities: use of military force, at the hostile end of "
        "the scale.", rank=3, check=_military_sentence,
    ),
    _Pattern(
        "fire-missiles-at",
        _rx("(?P<cue>" + _one_of(_forms("launch"), _forms("fire")) + " " + _gap(3)
            + "(?:missiles|missile|rockets|rocket|drones|shells|mortars|torpedoes|torpedo)) "
            "(?:at|on|against|toward|towards)"),
        "ASSAULT", "195", -10.0,
        "Missiles, rockets or drones fired at the other side: an attack from afar, at the hostile end of the scale.",
        rank=3,
    ),
    _Pattern(
        "take-to-court",
        _rx(_one_of(_forms("take", "took"), "drag|dragged") + " " + _gap(3) + "to (?:the )?(?:court|"
            "international court|international court of justice|icj|world court|tribunal|arbitration|wto|"
            "world trade organization|world trade organisation|international criminal court|icc)"),
        "ACCUSE", "115", -2.0,
        "Taking the other side before a court or tribunal: a lawsuit, mildly hostile.", rank=3,
    ),
    _Pattern(
        "found-guilty",
        _rx("(?:find|finds|found|declared|ruled) " + _gap(4) + "(?:guilty|liable|responsible)(?= of| for)"),
        "ACCUSE", "116", -2.0,
        "An official finding that someone is guilty or liable: a legal finding against them, mildly hostile.", rank=3,
        check=_diplomatic_sentence,
    ),
    _Pattern(
        "defy-ruling",
        _rx(_one_of(_forms("ignore"), _forms("flout"), _forms("disregard"), _forms("defy")) + " " + _gap(4)
            + "(?:resolution|resolutions|ruling|rulings|verdict|order|orders|calls|demands|warnings|appeals|sanctions|"
            "ban|embargo|law|laws|rules|norms|obligations|deadline|ultimatum)"),
        "REJECT", "128", -5.0,
        "Openly going against a ruling, resolution or demand: defying norms or law, clearly hostile.", rank=3,
    ),
    _Pattern(
        "decline-offer",
        _rx(_one_of(_forms("decline")) + " (?:an |the |a |their |his |its |her )?" + _gap(2)
            + "(?:invitation|invitations|offer|offers|request|requests|proposal|proposals|call|calls|"
            "appeal|appeals|demand|demands)"),
        "REJECT", "120", -4.0,
        "Says no to an invitation, offer or request: a rejection, clearly hostile.", role="head", rank=3,
    ),
    _Pattern(
        "call-in-envoy",
        _rx(_one_of(_forms("call")) + " in (?:the |its |their |a )?" + _gap(3)
            + "(?:ambassador|envoy|charge d'affaires|chargé d'affaires|diplomat|diplomats)"),
        "PROTEST", "114", -2.0,
        "Calling in the other side's diplomat to hear a complaint: an official protest, mildly hostile.", kahn="2",
        rank=3,
    ),
    _Pattern(
        "consider-response",
        _rx(r"(?:considering|considers|considered|weighing|weighs|weighed|mulling|mulls|contemplating|contemplates|"
            r"preparing|prepares|drawing up|draws up|drew up|studying|studies|reviewing|exploring) (?:a |an |possible |"
            r"all |its |their |new |further |tough |retaliatory )*(?:response|responses|retaliation|retaliatory "
            r"measures|countermeasures|counter-measures|options|military options|military response|measures|steps|"
            r"expulsions|expelling|closing|closure|strikes|action)"),
        "THREATEN", "130", -4.4,
        "A hostile response openly under preparation or consideration: a signalled threat, clearly hostile.", kahn="3",
        rank=2, check=_hostile_context,
    ),
    _Pattern(
        "mil-drills",
        _rx(r"(?:drills|exercises|manoeuvres|maneuvers)"),
        "MOBILIZE", "150", -7.2,
        "Military manoeuvres: a demonstration of military power, near the hostile end of the scale.",
        check=_military_sentence, rank=0,
    ),
)


_ANCHOR_STOP = frozenset("the a an to of in on at for with by from and or as its their his her our this that".split())


def _anchors(regex: "re.Pattern[str]") -> frozenset[str]:
    """The content words written in a pattern. Every match contains at least one of them as a
    whole token, so a sentence without any of them is skipped (a speed-up, not a rule)."""
    src = regex.pattern.replace("\\", "")
    words: set[str] = set()
    for m in re.finditer(r"([a-z0-9][a-z0-9'+-]*)(\?)?", src):
        w = m.group(1)
        words.add(w)
        if m.group(2):
            words.add(w[:-1])
    return frozenset(words - _ANCHOR_STOP)


_PATTERN_ANCHORS: tuple[tuple[_Pattern, frozenset[str]], ...] = tuple((p, _anchors(p.regex)) for p in _PATTERNS)


def _anchor_index() -> dict[str, tuple[int, ...]]:
    """Anchor word -> positions in ``_PATTERN_ANCHORS`` of the patterns that need it."""
    index: dict[str, list[int]] = {}
    for n, (_, anchors) in enumerate(_PATTERN_ANCHORS):
        for w in anchors:
            index.setdefault(w, []).append(n)
    return {w: tuple(ns) for w, ns in index.items()}


_ANCHOR_INDEX = _anchor_index()
_ANCHOR_WORDS = frozenset(_ANCHOR_INDEX)


# --------------------------------------------------------------------------- candidates


@dataclass
class _Cand:
    i: int  # first token (sentence-local index)
    j: int  # last token, inclusive
    category: str
    label: str
    intensity: float
    cameo: str
    explanation: str
    rule: str
    reference: str
    role: str = ""
    priority: int = 0
    kahn: str = ""
    modifiers: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    base: float = 0.0  # the CAMEO weight before negation and modifiers
    no_negation: bool = False  # a speech-act rule already read the negation ('did not rule out ...')
    denied: str = ""  # the denial verb whose content this phrase is ('denied that ...'): negated, label kept
    hedge: str = ""  # a hedge found by a speech-act rule ('did not rule out')
    own_negation: bool = False  # the negator is inside the span ('would not accept'): not 'negated'


def _sentence_string(tokens: Sequence[Token]) -> tuple[str, dict[int, int], dict[int, int]]:
    starts, ends, parts, pos = {}, {}, [], 0
    for k, t in enumerate(tokens):
        starts[pos] = k
        parts.append(t.norm)
        pos += len(t.norm)
        ends[pos] = k
        pos += 1
    return " ".join(parts), starts, ends


def _is_name_part(tokens: Sequence[Token], i: int, j: int) -> bool:
    """True for a word inside a multi-word proper name ('Economic Cooperation', 'Open Skies Treaty')."""
    if i == 0:
        return False
    if not all(t.text[:1].isupper() for t in tokens[i : j + 1]):
        return False
    before = tokens[i - 1].text
    after = tokens[j + 1].text if j + 1 < len(tokens) else ""
    return (before[:1].isupper() and before.isalpha() and i - 1 > 0) or (after[:1].isupper() and after.isalpha())


#: Answers of :func:`_has_context` for the document being annotated in this thread, keyed by
#: the sentence's first offset, its length and the kind (reset by :func:`annotate`): a long
#: sentence is scanned once, not once per candidate phrase.
_CONTEXT = threading.local()


def _has_context(kind: str, tokens: Sequence[Token]) -> bool:
    if not kind:
        return True
    cache = getattr(_CONTEXT, "cache", None)
    if not tokens or cache is None:
        return _scan_context(kind, tokens)
    key = (tokens[0].start, len(tokens), kind)
    found = cache.get(key)
    if found is None:
        found = cache[key] = _scan_context(kind, tokens)
    return found


def _scan_context(kind: str, tokens: Sequence[Token]) -> bool:
    if kind == "military":
        return any(t.norm in MILITARY_WORDS for t in tokens)
    if kind == "diplomatic":
        if any(t.norm in DIPLOMATIC_WORDS for t in tokens):
            return True
        return any(
            t.text[:1].isupper() and any(c.isalpha() for c in t.text) and t.norm not in _MONTHS_DAYS
            and (k > 0 or t.norm not in _FUNCTION_WORDS)
            for k, t in enumerate(tokens)
        )
    return True


def _collect(tokens: list[Token], sentence: Sentence, ctx: dict[str, Any]) -> list[_Cand]:
    cands: list[_Cand] = []
    matcher = _lexicon()
    for first, last, e in matcher.finditer(tokens):
        i, j = first.index - tokens[0].index, last.index - tokens[0].index
        if e.context and not _has_context(e.context, tokens) and not _has_context(e.context, ctx.get("previous", ())):
            continue
        if sentence.kind == "body" and _is_name_part(tokens, i, j):
            continue
        if e.label == "REJECT" and j + 1 < len(tokens) and tokens[j + 1].norm in _NOT_EVENTS:
            continue  # 'declined to comment' is CAMEO 011, a non-event, not a rejection
        cands.append(
            _Cand(i, j, e.category, e.label, e.intensity, e.cameo, e.explanation, f"escalation.tsv: {e.phrase}",
                  e.source, role=e.role, priority=1, kahn=e.kahn)
        )
    s, starts, ends = _sentence_string(tokens)
    # only the patterns one of whose anchor words is in the sentence can match;
    # they run in their listed order
    live: set[int] = set()
    for w in _ANCHOR_WORDS.intersection([t.norm for t in tokens]):
        live.update(_ANCHOR_INDEX[w])
    for n in sorted(live):
        p = _PATTERN_ANCHORS[n][0]
        for m in p.regex.finditer(s):
            a, b = m.span("cue") if "cue" in p.regex.groupindex and m.group("cue") else m.span()
            if a not in starts or b not in ends:
                continue
            i, j = starts[a], ends[b]
            if p.check and not p.check(tokens, i, j, ctx):
                continue
            prio = p.rank
            cands.append(
                _Cand(i, j, p.category, p.label, p.intensity, p.cameo, p.explanation, f"pattern: {p.name}",
                      p.source, role=p.role, priority=prio, kahn=p.kahn)
            )
    # overlaps: patterns first, then longer, then earlier
    cands.sort(key=lambda c: (-c.priority, -(c.j - c.i), c.i))
    taken: list[_Cand] = []
    occupied: set[int] = set()  # token indices inside a kept candidate
    for c in cands:
        if occupied.isdisjoint(range(c.i, c.j + 1)):
            taken.append(c)
            occupied.update(range(c.i, c.j + 1))
    taken.sort(key=lambda c: c.i)
    return taken


# --------------------------------------------------------------------------- clause scope


def _segments(tokens: list[Token]) -> list[int]:
    """Clause number of each token: a new clause starts after ; : or a dash, and at a
    conjunction that follows a comma (', and', ', but', ', adding')."""
    seg, out = 0, []
    for k, t in enumerate(tokens):
        if k > 0:
            prev = tokens[k - 1].norm
            if prev in _CLAUSE_PUNCT or (prev == "," and t.norm in _CLAUSE_CONJ) or (
                t.norm in {"but", "whereas", "although"} and prev != ","
            ):
                seg += 1
        out.append(seg)
    return out


def _conditionals(tokens: list[Token], seg: list[int]) -> list[str | None]:
    """For each token, the conditional trigger of its clause ('if necessary', 'unless' ...) or None."""
    found: dict[int, str] = {}
    n = len(tokens)
    for k, t in enumerate(tokens):
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
        elif w == "should" and (k == 0 or seg[k - 1] != seg[k] or prev in {",", '"'}):
            trig = "should"
        if trig and seg[k] not in found:
            found[seg[k]] = trig
    return [found.get(s) for s in seg]


def _quote_spans(doc: Document, sentence: Sentence, cache: dict[int, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """Quoted stretches (token index of the opening and closing mark) in the sentence's paragraph."""
    p = sentence.paragraph
    if p in cache:
        return cache[p]
    # the paragraph's sentences are contiguous: walk out from this one
    sentences = doc.sentences
    first = last = sentence.index
    while first > 0 and sentences[first - 1].paragraph == p:
        first -= 1
    while last + 1 < len(sentences) and sentences[last + 1].paragraph == p:
        last += 1
    toks = doc.tokens[sentences[first].token_start : sentences[last].token_end]
    spans, open_at = [], None
    for t in toks:
        if t.text == "“" or (t.text == '"' and open_at is None):
            if open_at is None or t.text == "“":
                open_at = t.index
        elif (t.text in {"”", '"'}) and open_at is not None:
            spans.append((open_at, t.index))
            open_at = None
    cache[p] = spans
    return spans


# --------------------------------------------------------------------------- phrase shape

#: Adjectives that grade an event or label noun and belong to its span ('reckless provocation',
#: 'large-scale drills', 'further patrols', 'remarkable patience').
_PREMODIFIERS = frozenset(
    """reckless dangerous crude blatant flagrant brazen outright naked deliberate unprovoked irresponsible gross
    grave serious massive large-scale new fresh renewed further firm tough decisive remarkable considerable utmost
    maximum great direct""".split()
)
#: Blaming adjectives: with one of these, a word of trouble ('escalation') becomes a charge.
_DEGREE = frozenset("most more very so too less least".split())
_BLAMING = frozenset("reckless dangerous blatant flagrant brazen deliberate unprovoked irresponsible".split())
#: Names of a dispute that, after 'the'/'this', only point back to a quarrel already reported.
_DISPUTE_NAMES = frozenset("row spat rift standoff stand-off feud quarrel".split())
_MEETING_NOUNS = frozenset("meeting meetings summit talks session consultations negotiations".split())


def _apply_phrase_shape(tokens: list[Token], cands: list[_Cand]) -> list[_Cand]:
    """Span shape, before any reading is changed.

    - a grading adjective joins the phrase it grades ('reckless provocation'); a blaming
      adjective turns a word of trouble into an accusation ('dangerous escalation');
    - coordinated labels are one label ('groundless and hostile');
    - a meeting named only as the time of another consultation in the sentence ('during the
      2+2 meeting, the leaders ... discussed') is the same event, not a second one;
    - 'the row', 'this spat' point back to a dispute already reported: not a new event.
    """
    consult = [c for c in cands if c.label == "CONSULT"]
    out: list[_Cand] = []
    for c in cands:
        first = tokens[c.i].norm
        prev = tokens[c.i - 1].norm if c.i > 0 else ""
        if c.label == "DETERIORATE" and c.i == c.j and first in _DISPUTE_NAMES and prev in {"the", "this", "that"}:
            continue
        if (c.category == "deescalation" and c.label == "CONSULT" and tokens[c.j].norm in _MEETING_NOUNS
                and len(consult) > 1 and any(tokens[k].norm in {"during", "at"} for k in range(max(0, c.i - 3), c.i))):
            continue
        before = tokens[c.i - 2].norm if c.i > 1 else ""
        if prev in _PREMODIFIERS and before not in _DEGREE and not any(o.i <= c.i - 1 <= o.j for o in cands if o is not c):
            if prev in _BLAMING and c.label == "DETERIORATE":
                c.label, c.intensity, c.cameo = "ACCUSE", -2.0, "1123"
                c.explanation = (f"'{tokens[c.i - 1].text}' blames the other side for the trouble named: an accusation "
                                 "of aggression, mildly hostile.")
                c.reference = "CAMEO 1123 / Goldstein 1992; PLOVER ACCUSE"
            c.i -= 1
        if (out and c.label == "ACCUSE" and out[-1].label == "ACCUSE" and out[-1].j + 2 == c.i
                and tokens[c.i - 1].norm in {"and", "or", ","}):
            out[-1].j = c.j
            out[-1].rule += f" + {c.rule}"
            continue
        out.append(c)
    return out


# --------------------------------------------------------------------------- speech acts

_APPEAL_VERBS = frozenset("urge urges urged urging".split())
_CALL_VERBS = frozenset("call calls called calling appeal appeals appealed appealing".split())
_WARN_VERBS = frozenset("warn warns warned warning".split())
_DENY_VERBS = frozenset("deny denies denied denying".split())
_ADMIT_VERBS = frozenset("concede concedes conceded conceding admit admits admitted admitting".split())
_COMPLEMENT_STOP = frozenset(
    """to and but or that which who while as if unless because on in at for with about over near from by into
    towards toward after before during since until between against through without under""".split()
)
_TALK_WORDS = frozenset(
    "talks talk negotiations negotiate negotiating table dialogue channels channel contacts meet meeting summit "
    "diplomacy".split()
)
#: Verbs whose goal belongs to what is asked: 'return to the negotiating table'.
_GOAL_VERBS = frozenset("return go come get move".split())
_SUBORDINATORS = frozenset("if unless until because since after when while once whereas although".split())
#: Acts that, announced as possible, are threats (CAMEO 13x); force posture stays MOBILIZE.
_THREATENABLE = frozenset({"SANCTION", "COERCE", "PROTEST", "REJECT", "DEMAND", "ASSAULT"})


def _complement(tokens: list[Token], k: int, limit: int = 6) -> int:
    """Last token of the short phrase an appeal asks for, from token k: the verb and its object
    ('keep channels of communication open', 'show restraint', 'resume talks'), stopping at a
    preposition other than 'of', a conjunction, 'to' or punctuation."""
    end = k
    for m in range(k + 1, min(len(tokens), k + limit)):
        t = tokens[m]
        if t.norm in _COMPLEMENT_STOP and not (m == k + 1 and t.norm in {"to", "into"} and tokens[k].norm in _GOAL_VERBS):
            break
        if not any(ch.isalnum() for ch in t.text):
            break
        end = m
    return end


def _appeal_complements(tokens: list[Token], v: int) -> list[tuple[int, int]]:
    """Spans of what an appeal verb at v asks for: 'urged both sides to show restraint and to resume
    talks' -> [show restraint, resume talks]; 'called for calm' -> [calm]."""
    n = len(tokens)
    w = tokens[v].norm
    out: list[tuple[int, int]] = []
    k = v + 1
    if w in _CALL_VERBS:
        if k < n and tokens[k].norm == "for":
            a = k + 1
            if a < n and tokens[a].norm in {"a", "an", "the"}:
                a += 1
            if a < n and tokens[a].text.isalpha():
                out.append((a, _complement(tokens, a)))
            return out
        if not (k < n and tokens[k].norm in {"on", "upon", "to"}):
            return out
        k += 1
    elif w not in _APPEAL_VERBS:
        return out
    # object then 'to' + verb, within five tokens, no punctuation
    for m in range(k, min(n - 1, k + 6)):
        if not any(ch.isalnum() for ch in tokens[m].text):
            break
        if tokens[m].norm == "to" and tokens[m + 1].text.isalpha() and tokens[m + 1].norm not in _FUNCTION_WORDS:
            a = m + 1
            while True:
                b = _complement(tokens, a)
                out.append((a, b))
                if (b + 3 < n and tokens[b + 1].norm == "and" and tokens[b + 2].norm == "to"
                        and tokens[b + 3].text.isalpha()):
                    a = b + 3
                    continue
                break
            return out
    # a noun object: 'urged restraint'
    if w in _APPEAL_VERBS and k < n and tokens[k].text.isalpha() and tokens[k].text.islower() and (
            tokens[k].norm not in _FUNCTION_WORDS):
        out.append((k, _complement(tokens, k)))
    return out


def _content_end(tokens: list[Token], a: int) -> int:
    """Last token of a reported clause starting at a, before a subordinate clause or ', and'."""
    end = a
    for m in range(a, len(tokens)):
        w = tokens[m].norm
        if w in _SUBORDINATORS or w in {";", ":", "."} or (w == "," and m + 1 < len(tokens)
                                                            and tokens[m + 1].norm in _CLAUSE_CONJ):
            break
        if w == "and" and m + 1 < len(tokens) and tokens[m + 1].norm in {"vows", "vowed", "said", "says", "added"}:
            break
        end = m
    return end


def _as_threat(c: _Cand, verb: str) -> None:
    cameo = "134" if c.cameo == "164" else "1312" if c.cameo == "163" else _THREAT_CAMEO.get(c.label, "130")
    w = _W[cameo]
    c.notes.append(f"Announced as something that may be done ('{verb}'), not done yet: read as a threat "
                   f"(CAMEO {cameo}, {w:+.1f}).")
    c.label, c.cameo, c.intensity = "THREATEN", cameo, w
    c.reference = f"CAMEO {cameo} / Goldstein 1992; PLOVER THREATEN; Kahn 1965 rung 3"


def _apply_speech_acts(tokens: list[Token], seg: list[int], cands: list[_Cand]) -> list[_Cand]:
    """Speech acts whose content, not the verb, carries the event.

    - appeals ('urged both sides to show restraint', 'called for calm'): the phrase asked for is
      the event, an appeal (REQUEST; CAMEO 026 when it asks for talks, else 02); the verb is the
      attribution cue. An appeal for a hostile act is left to the hostile act.
    - warnings ('warned that Velmora would impose sanctions'): the act warned of is a threat
      (CAMEO 13x); 'warned' itself is the cue.
    - 'did not rule out closing the consulate': the act is possible (hedged), a threat for acts,
      force posture for patrols and deployments.
    - denials ('denied that any flares were fired', 'denies spying'): the event is named, marked
      negated, with its reading kept; 'denied' is the cue.
    - 'conceded/admitted that ...' report speech: no concession.
    """
    n = len(tokens)
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

    for v, t in enumerate(tokens):
        w = t.norm
        nxt = tokens[v + 1].norm if v + 1 < n else ""
        if w in _APPEAL_VERBS or w in _CALL_VERBS:
            comps = _appeal_complements(tokens, v) if _has_context("diplomatic", tokens) else []
            if not comps:
                continue
            inside = [c for c in cands for a, b in comps if a <= c.i and c.j <= b]
            if any(c.category == "escalation" and c.label not in {"DETERIORATE", "ACCUSE"} for c in inside):
                continue
            for c in cands:
                if c.i <= v <= c.j or any(a <= c.i and c.j <= b for a, b in comps) or (
                        c.i <= v and c.j >= comps[0][0]):
                    drop.add(id(c))
            for a, b in comps:
                words = {tokens[m].norm for m in range(a, b + 1)}
                talk = bool(words & _TALK_WORDS)
                cameo, wgt = ("026", 4.0) if talk else ("020", 3.0)
                what = "to meet or negotiate" if talk else "to act"
                added.append(_Cand(
                    a, b, "deescalation", "REQUEST", wgt, cameo,
                    f"What '{t.text}' asks for: an appeal {what}, {describe_weight(wgt)}.",
                    f"rule: appeal-content ({t.text} ... {' '.join(tok.text for tok in tokens[a:b + 1])})",
                    f"CAMEO {cameo} / Goldstein 1992; PLOVER REQUEST", priority=2))
        elif w in _WARN_VERBS and nxt not in {"of", "against"}:
            a = v + 1
            end = _content_end(tokens, a)
            acts = [c for c in within(a, end) if c.j <= end and c.label in _THREATENABLE]
            if not acts:
                continue  # 'warned of serious consequences': the warning itself is the threat
            for c in within(v - longest, v):
                if c.j >= v:
                    drop.add(id(c))
            for c in acts:
                c.no_negation = True  # 'will no longer tolerate rallies': the negation is the threat's
                _as_threat(c, t.text)
        elif w == "rule" and nxt == "out" and v > 0 and (
                tokens[v - 1].norm in {"not", "never"} or (v > 1 and tokens[v - 2].norm in {"not", "never"})
                or tokens[v - 1].norm in {"refused", "refuses", "refusing"}
                or (v > 1 and tokens[v - 1].norm == "to" and tokens[v - 2].norm in {"refused", "refuses", "declined"})):
            a = v + 2
            end = _content_end(tokens, a)
            inside = [c for c in within(a, end) if c.j <= end and c.category == "escalation"]
            if not inside:
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
        elif w in _DENY_VERBS:
            a = v + 2 if nxt == "that" else v + 1
            end = _content_end(tokens, a)
            if nxt != "that" and not (a < n and tokens[a].norm.endswith("ing")):
                continue  # 'denied entry', 'denied the visas': not a report of speech
            for c in within(min(a, v) - longest, end):
                if a <= c.i and c.j <= end:
                    c.denied = t.text
                elif c.i <= v <= c.j:
                    drop.add(id(c))
        elif w in _ADMIT_VERBS and nxt == "that":
            for c in within(v - longest, v):
                if c.j >= v:
                    drop.add(id(c))
    if not drop and not added:
        return cands
    out = [c for c in cands if id(c) not in drop]
    for c in added:
        if all(c.j < o.i or c.i > o.j for o in out):
            out.append(c)
    out.sort(key=lambda c: c.i)
    return out


# --------------------------------------------------------------------------- rules


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
    elif obj.category == "escalation":
        new = ("deescalation", "CONCEDE", "080")
    elif lab == "CONSULT":
        new = ("escalation", "SANCTION", "164")
    elif lab in {"AID", "COOPERATE"}:
        new = ("escalation", "SANCTION", "162")
    elif lab in {"RETREAT", "RESTRAINT"}:
        new = ("escalation", "REJECT", "120")
    else:
        new = ("escalation", "SANCTION", "160")
    cat, label, cameo = new
    w = _W[cameo]
    what = "undoes a hostile step" if obj.category == "escalation" else "stops a cooperative step"
    expl = (f"'{verb_word}' {what} ({_NOUNS.get(lab, lab.lower())} turned around): read as a "
            f"{_NOUNS[label]}, {describe_weight(w)}.")
    return _Cand(verb_i, obj.j, cat, label, w, cameo, expl, f"rule: cessation ({verb_word} + {obj.rule})",
                 f"CAMEO {cameo} / Goldstein 1992; PLOVER {label}", priority=obj.priority)


def _apply_cessation(tokens: list[Token], seg: list[int], cands: list[_Cand]) -> list[_Cand]:
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
            if w in _CESSATION or (w == "off" and k > 0 and tokens[k - 1].norm in _OFF_VERBS):
                verb_k = k - 1 if w == "off" else k
                break
            if w in _SUBORDINATORS or any(o is not c for o in cover.get(k, ())):
                break  # 'ease sanctions if the talks ...': the verb belongs to the nearer phrase
        if verb_k is None:  # passive: 'the sanctions (on Corvia) were lifted'
            k = c.j + 1
            if k < len(tokens) and tokens[k].norm in {"on", "against", "imposed"}:
                for m in range(k + 1, min(len(tokens), k + 5)):
                    if tokens[m].norm in _AUX:
                        k = m
                        break
            if k < len(tokens) and tokens[k].norm in _AUX:
                k += 1
                if k < len(tokens) and tokens[k].norm in {"be", "been", "being"}:
                    k += 1
                if k < len(tokens) and tokens[k].norm in _CESSATION and seg[k] == seg[c.i]:
                    inv = _invert(c, c.i, tokens[k].text)
                    inv.j = k
                    out.append(inv)
                    continue
        if verb_k is None or c.rule.startswith("pattern: withdraw") or c.label in {"DEMAND"}:
            out.append(c)
            continue
        # the cessation verb may itself be a candidate (suspend, cancel, withdrawal): fold it in
        while out and out[-1].j >= verb_k:
            out.pop()
        word = tokens[verb_k].text
        if tokens[verb_k + 1].norm == "off":
            word += " off"
        out.append(_invert(c, verb_k, word))
    return out


_THREAT_CAMEO = {"SANCTION": "1313", "COERCE": "131", "PROTEST": "131", "REJECT": "131", "DEMAND": "131",
                 "ASSAULT": "138", "MOBILIZE": "138"}


def _apply_threat_merge(tokens: list[Token], cands: list[_Cand]) -> list[_Cand]:
    out: list[_Cand] = []
    k = 0
    while k < len(cands):
        c = cands[k]
        if c.role == "threat" and k + 1 < len(cands):
            nxt = cands[k + 1]
            gap = [t.norm for t in tokens[c.j + 1 : nxt.i]]
            if nxt.category == "escalation" and gap and gap[0] in {"to", "of"} and len(gap) <= 3:
                cameo = _THREAT_CAMEO.get(nxt.label, "130")
                if nxt.cameo == "163":
                    cameo = "1312"
                if nxt.cameo == "138":
                    cameo = "138"
                w = _W[cameo]
                expl = (f"A threat to carry out a {_NOUNS.get(nxt.label, 'hostile step')}: the threat is coded by "
                        f"what is threatened, {describe_weight(w)}.")
                out.append(_Cand(c.i, nxt.j, "escalation", "THREATEN", w, cameo, expl,
                                 f"rule: threaten-to ({c.rule} + {nxt.rule})",
                                 f"CAMEO {cameo} / Goldstein 1992; PLOVER THREATEN; Kahn 1965 rung 3",
                                 kahn="3", priority=2))
                k += 2
                continue
        out.append(c)
        k += 1
    return out


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


_OFFER_HEADS = frozenset(
    """offer offers offered offering propose proposes proposed proposing proposal proposals""".split()
)


def _refine_head(tokens: list[Token], head: _Cand, c: _Cand, out: list[_Cand]) -> bool:
    """The code of a speech act depends on what it is about (CAMEO codes the act by its object):

    - an offer or proposal of talks is an intent to meet (036), of mediation an intent to mediate
      (039), and the span runs to the talks ('offered to host talks');
    - an offer or proposal of a hostile step ('proposed new sanctions') is that step announced:
      a threat (CAMEO 13x), and the offer word is not an event;
    - rejecting talks is CAMEO 125 (-5.0), rejecting mediation 126, rejecting a peace plan or
      agreement 127.

    Returns True when the complement was turned into the event itself (it stays, the head goes).
    """
    word = tokens[head.i].norm
    if head.label in {"AGREE", "CONSULT"} and word in _OFFER_HEADS:
        if c.category == "escalation" and c.label in _THREATENABLE:
            if head in out:
                out.remove(head)
            _as_threat(c, tokens[head.i].text)
            out.append(c)
            return True
        if c.label in {"CONSULT", "REQUEST"} and c.i - head.j <= 4:
            code = "039" if c.cameo in {"045", "039"} or head.cameo == "039" else "036"
            w = _W[code]
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
            head.cameo, head.intensity = code, _W[code]
            head.reference = f"CAMEO {code} / Goldstein 1992; PLOVER REJECT"
            head.notes.append(f"What is rejected sets the code: CAMEO {code}, {_W[code]:+.1f}.")
    return False


#: 'accused X of ...': the charge selects the CAMEO sub-code of 112 (all weigh -2.0).
_CHARGES = (
    ("1124", "war crimes", frozenset("war genocide atrocities massacres massacre cleansing".split())),
    ("1125", "espionage or treason", frozenset("espionage spying treason sabotage subversion hacking "
                                               "interference meddling".split())),
    ("1122", "human rights abuses", frozenset("abuses torture persecution repression discrimination rights".split())),
    ("1123", "aggression", frozenset("aggression provocation provocations incursion incursions attacking "
                                     "invading escalating militarising militarizing".split())),
    ("1121", "crime or corruption", frozenset("corruption bribery fraud embezzlement crimes crime theft smuggling "
                                              "laundering terrorism murder".split())),
)
_ACCUSE_VERBS = frozenset("accuse accuses accused accusing accusation accusations charged charges".split())


def _apply_charge_codes(tokens: list[Token], cands: list[_Cand]) -> None:
    """'accused Corvia of espionage' -> CAMEO 1125; the charged act, if named as a phrase of its
    own ('of aggression'), stays a separate label only when it is not the object of 'of'."""
    for c in cands:
        if c.label != "ACCUSE" or tokens[c.i].norm not in _ACCUSE_VERBS:
            continue
        for k in range(c.j + 1, min(len(tokens) - 1, c.j + 6)):
            if tokens[k].norm in {".", ";", ","}:
                break
            if tokens[k].norm == "of":
                window = {t.norm for t in tokens[k + 1 : k + 4]}
                for code, name, words in _CHARGES:
                    if window & words:
                        c.cameo = code
                        c.reference = c.reference.replace(" 112 ", f" {code} ")
                        c.notes.append(f"The charge is {name}: CAMEO {code}.")
                        break
                break


def _apply_absorption(tokens: list[Token], seg: list[int], cands: list[_Cand]) -> list[_Cand]:
    out: list[_Cand] = []
    head: _Cand | None = None
    for c in cands:
        if head is not None and seg[c.i] == seg[head.j]:
            dist = c.i - head.j
            quoted_label = c.label == "ACCUSE" and c.i > 0 and tokens[c.i - 1].norm == '"'
            if head.role == "head" and dist <= HEAD_WINDOW and not quoted_label:
                if _refine_head(tokens, head, c, out):
                    continue
                head.notes.append(f"It governs '{' '.join(t.text for t in tokens[c.i:c.j + 1])}', which is "
                                  f"what is {'asked' if head.label == 'DEMAND' else 'answered'}, not a separate event.")
                continue
            if head.role == "topic" and dist <= 10 and _topic_prep(tokens, head.j + 1, min(c.i, head.j + 5)):
                continue
        out.append(c)
        if c.role in {"head", "topic"}:
            head = c
    return out


def _negator_before(tokens: list[Token], seg: list[int], c: _Cand, taken: frozenset[int] = frozenset()) -> str | None:
    for k in range(c.i - 1, max(-1, c.i - 5), -1):
        w = tokens[k].norm
        if w in _NEG_STOP or seg[k] != seg[c.i] or k in taken:
            return None  # a phrase in between takes the negation ('not accept “violations ...”')
        nxt = tokens[k + 1].norm if k + 1 < len(tokens) else ""
        if w in _NEGATORS and nxt not in {"only", "just", "doubt"}:
            if w == "no" and nxt == "longer":
                return "no longer"
            return tokens[k].text
        if w == "t" and k > 0 and tokens[k - 1].norm == "'":
            return "".join(t.text for t in tokens[max(0, k - 2) : k + 1])
        if w in _NEGATOR_VERBS:
            return tokens[k].text + (" to" if nxt == "to" else " from" if nxt == "from" else "")
    return None


_MODALS = frozenset("will would shall should can could must may might do does did".split())


def _extend_refusal(tokens: list[Token], c: _Cand, cands: list[_Cand]) -> None:
    """'would not accept preconditions': a refusal's span takes in the modal and the negator
    just before the verb, and a bare noun object right after it (not a quotation, not a phrase
    of its own)."""
    k = c.i - 1
    if k >= 0 and tokens[k].norm in {"not", "never"}:
        if k - 1 >= 0 and tokens[k - 1].norm in _MODALS:
            k -= 1
        c.i = k
        c.own_negation = True
        nxt = c.j + 1
        if (c.role == "head" and nxt < len(tokens) and tokens[nxt].text.isalpha() and tokens[nxt].text.islower()
                and tokens[nxt].norm not in _FUNCTION_WORDS and tokens[nxt].norm not in _TOPIC_PREPS
                and not any(o.i <= nxt <= o.j for o in cands if o is not c)
                and (nxt + 1 >= len(tokens) or not tokens[nxt + 1].text.isalpha())):
            c.j = nxt


#: Auxiliaries that make a negation a statement of past fact ('did not threaten', 'had not
#: deployed'), not a declared refusal to act ('will not retaliate').
_PAST_AUX = frozenset("did had has have was were".split())


def _factual_negation(tokens: list[Token], c: _Cand) -> bool:
    """True for 'did not threaten', 'has never imposed', 'were not fired': the negator follows a
    past or perfect auxiliary within the three tokens before the phrase."""
    for k in range(c.i - 1, max(-1, c.i - 4), -1):
        if tokens[k].norm in {"not", "never", "t"}:
            prev = tokens[k - 1].norm if k > 0 else ""
            if tokens[k].norm == "t" and k > 1:  # didn't: 'didn' "'" 't'
                prev = tokens[k - 2].norm
                prev = prev[:-1] if prev.endswith("n") and prev != "been" else prev
            return prev in _PAST_AUX
    return False


def _apply_negation(tokens: list[Token], seg: list[int], cands: list[_Cand]) -> list[_Cand]:
    out = []
    taken = frozenset(k for c in cands for k in range(c.i, c.j + 1))
    for c in cands:
        if c.denied:
            c.notes.append(f"Named inside a denial ('{c.denied}'): the speaker says it did not happen, so it is marked "
                           "negated; the event named keeps its reading.")
            c.modifiers.append("negated")
            out.append(c)
            continue
        neg = None if c.no_negation else _negator_before(tokens, seg, c, taken)
        if neg is None:
            out.append(c)
            continue
        if c.category == "escalation" and _factual_negation(tokens, c):
            c.notes.append(f"Negated by '{neg}' in the past tense: the text says this {_NOUNS.get(c.label, 'step')} "
                           "did not happen; the event named keeps its reading and is marked negated.")
            c.modifiers.append("negated")
            out.append(c)
            continue
        if c.category == "escalation":
            w = round(-c.intensity * NEGATION_FACTOR, 2)
            c.notes.append(
                f"Negated by '{neg}': a statement that this {_NOUNS.get(c.label, 'step')} will not happen is not "
                f"escalation; it reads as restraint, so the weight is flipped and halved ({c.intensity:+.1f} -> {w:+.1f})."
            )
            c.category, c.label, c.intensity = "deescalation", "RESTRAINT", w
        else:
            w = REJECT_MEETING_WEIGHT if c.label == "CONSULT" else REJECT_WEIGHT
            code = "125" if c.label == "CONSULT" else "120"
            c.notes.append(
                f"Negated by '{neg}': refusing or failing to reach a {_NOUNS.get(c.label, 'cooperative step')} counts "
                f"as a rejection (CAMEO {code}), {w:+.1f}."
            )
            c.category, c.label, c.intensity = "escalation", "REJECT", w
            c.reference += f"; negated: CAMEO {code} / Goldstein 1992; PLOVER REJECT"
            _extend_refusal(tokens, c, cands)
        if not c.own_negation:
            c.modifiers.append("negated")
        out.append(c)
    return out


def _segment_bounds(seg: list[int]) -> dict[int, tuple[int, int]]:
    """First and last token of each clause number in ``seg``."""
    bounds: dict[int, tuple[int, int]] = {}
    for k, sg in enumerate(seg):
        old = bounds.get(sg)
        bounds[sg] = (k, k) if old is None else (old[0], k)
    return bounds



def _weaken(c, factor: float, modifier: str, reason: str) -> None:
    """Scale a candidate's weight by ``factor``, mark ``modifier`` and explain it with the
    numbers, e.g. "... so its weight is halved (-4.4 -> -2.2)."."""
    old = c.intensity
    c.intensity = round(c.intensity * factor, 2)
    c.modifiers.append(modifier)
    c.notes.append(f"{reason} ({old:+.1f} -> {c.intensity:+.1f}).")

class _StanceIndex:
    """A sentence's hedges and boosters, found by position: the ones that start inside a clause,
    in their original order, without scanning the whole sentence's list for every phrase."""

    __slots__ = ("_items", "_starts")

    def __init__(self, annotations: list[Annotation]) -> None:
        self._items = sorted(enumerate(annotations), key=lambda p: p[1].start)
        self._starts = [a.start for _, a in self._items]

    def within(self, lo: int, hi: int) -> list[Annotation]:
        """The annotations with ``lo <= start < hi``, in their original order."""
        i, j = bisect.bisect_left(self._starts, lo), bisect.bisect_left(self._starts, hi)
        return [a for _, a in sorted(self._items[i:j], key=lambda p: p[0])]


def _clause_markers(tokens: list[Token], s_first: int, s_last: int,
                    stance: _StanceIndex) -> tuple[str | None, str | None, str | None, str | None]:
    """The first conditional hedge, the first other hedge (not an approximator), the first
    modal verb and the first certainty or concurrence booster of the clause from token
    ``s_first`` to ``s_last``, or None for each."""
    conditional = hedge = modal = booster = None
    for a in stance.within(tokens[s_first].start, tokens[s_last].end):
        if a.category == "hedge" and a.label == "conditional":
            conditional = conditional or a.text
        elif a.category == "hedge" and a.label != "approximator":
            hedge = hedge or a.text
        elif a.category == "booster" and a.label in {"certainty", "concurrence"}:
            booster = booster or a.text
    for t in tokens[s_first : s_last + 1]:
        if t.norm in _MODAL_HEDGES:
            modal = t.text
            break
    return conditional, hedge, modal, booster


def _apply_modifiers(tokens: list[Token], seg: list[int], conds: list[str | None], c: _Cand,
                     stance: _StanceIndex, quotes: list[tuple[int, int]],
                     bounds: dict[int, tuple[int, int]] | None = None,
                     quote_starts: list[int] | None = None,
                     clauses: dict | None = None) -> None:
    """Add the conditional, hedged, quoted and boosted readings of a candidate.

    ``bounds`` (from :func:`_segment_bounds`), ``quote_starts`` (the first element of each of
    ``quotes``, which are sorted and disjoint) and ``clauses`` (a dict the caller keeps for one
    sentence: what :func:`_clause_markers` found in each clause) only save recomputing per
    candidate; a long clause is then read once, not once per candidate in it.
    """
    s_first, s_last = (bounds or _segment_bounds(seg))[seg[c.i]]
    markers = clauses.get((s_first, s_last)) if clauses is not None else None
    if markers is None:
        markers = _clause_markers(tokens, s_first, s_last, stance)
        if clauses is not None:
            clauses[(s_first, s_last)] = markers
    clause_conditional, clause_hedge, clause_modal, clause_booster = markers
    noun = _NOUNS.get(c.label, "step")
    # conditional
    trig = conds[c.i]
    if trig is None:
        trig = clause_conditional
    if trig:
        _weaken(c, CONDITIONAL_FACTOR, "conditional",
                f"A conditional {noun}: '{trig}' keeps it open-ended, so its weight is halved")
    # hedged
    hedge = clause_hedge
    if hedge is None and c.hedge:
        hedge = c.hedge
    if hedge is None:
        hedge = clause_modal
    if hedge:
        _weaken(c, HEDGE_FACTOR, "hedged",
                f"Hedged by '{hedge}': the {noun} is presented as possible, not certain, so its weight is cut "
                "by a quarter")
    # quoted
    first_abs = tokens[c.i].index
    if quote_starts is None:
        quote_starts = [a for a, _ in quotes]
    # the spans are sorted and disjoint: only the last one opening before the token can hold it
    q = bisect.bisect_left(quote_starts, first_abs) - 1
    for a, b in quotes[q : q + 1] if q >= 0 else ():
        if a < first_abs < b:
            c.modifiers.append("quoted")
            words = clauses.get(("quote", a, b)) if clauses is not None else None
            if words is None:
                base = tokens[0].index
                inner = tokens[max(0, a + 1 - base) : max(0, b - base)]
                words = sum(1 for t in inner if any(ch.isalnum() for ch in t.text))
                if clauses is not None:
                    clauses[("quote", a, b)] = words
            if words <= 3 and c.category == "escalation" and c.label in {"ACCUSE", "DETERIORATE"}:
                c.notes.append("In scare quotes: the label belongs to the speaker; the writer marks it as someone "
                               "else's word and keeps a distance from it.")
            else:
                c.notes.append("Inside quotation marks: the speaker's own words, not the writer's.")
            break
    # boosted
    if clause_booster is not None and c.label not in {"ACCUSE", "DETERIORATE"}:
        c.modifiers.append("boosted")
        c.notes.append(f"'{clause_booster}' presents the {noun} as certain and closes down alternatives.")


# --------------------------------------------------------------------------- public API


def annotate(doc: Document, stance: list[Annotation]) -> list[Annotation]:
    """Find escalation and de-escalation phrases in a document.

    Args:
        doc: the document model (``course.document.build_document``).
        stance: the hedging lens's annotations (hedges and boosters); a hedge or a
            conditional in the same clause turns down a phrase's weight.

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
        return _annotate(doc, stance)
    finally:
        _CONTEXT.cache = None


def _annotate(doc: Document, stance: list[Annotation]) -> list[Annotation]:
    out: list[Annotation] = []
    quote_cache: dict[int, list[tuple[int, int]]] = {}
    quote_starts: dict[int, list[int]] = {}
    by_sentence: dict[int, list[Annotation]] = {}
    for a in stance:
        s = doc.sentence_at(a.start)
        if s is not None:
            by_sentence.setdefault(s.index, []).append(a)
    previous: tuple[int, list[Token]] = (-1, [])
    for sentence, tokens in doc.sentence_tokens():
        if not tokens:
            continue
        seg = _segments(tokens)
        conds = _conditionals(tokens, seg)
        prev_tokens = previous[1] if previous[0] == sentence.paragraph else []
        previous = (sentence.paragraph, tokens)
        ctx = {"conditional": conds, "segments": seg, "previous": prev_tokens}
        cands = _collect(tokens, sentence, ctx)
        if not cands:
            continue
        cands = _apply_phrase_shape(tokens, cands)
        cands = _apply_cessation(tokens, seg, cands)
        cands = _apply_speech_acts(tokens, seg, cands)
        cands = _apply_threat_merge(tokens, cands)
        cands = _apply_absorption(tokens, seg, cands)
        _apply_charge_codes(tokens, cands)
        for c in cands:
            c.base = c.intensity
        cands = _apply_negation(tokens, seg, cands)
        quotes = _quote_spans(doc, sentence, quote_cache)
        starts = quote_starts.get(sentence.paragraph)
        if starts is None:
            starts = quote_starts[sentence.paragraph] = [a for a, _ in quotes]
        bounds = _segment_bounds(seg)
        sstance = _StanceIndex(by_sentence.get(sentence.index, []))
        clauses: dict = {}
        for c in cands:
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
                    reference=c.reference + ("; " + _CAMEO_REF if "Gerner" not in c.reference else ""),
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
        if a.category not in {"escalation", "deescalation"} or a.intensity is None:
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
