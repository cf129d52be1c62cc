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
2. **Cessation flips the object.** "lift sanctions", "halted aid", "an end to the
   fighting", "cancelled a visit": a verb of stopping turns its object's reading around
   (CAMEO codes "ease sanctions" 085 as +7.0 and "halt negotiations" 164 as -7.0).
3. **Threat + act merge.** "threatening to shut down its embassy" is one threat whose
   CAMEO code depends on the act threatened (1313 threaten to break relations, -5.8).
4. **Heads absorb their complement.** CAMEO codes the speech act, not its content:
   "demanded a truce" is a demand (-5.0), "rejected a peace plan" a rejection (-4.0),
   "agreed to joint exercises" an agreement. Phrases governed by such a head
   (``role`` = head in the lexicon) within the same clause are not reported on their
   own. Talks absorb their topic ("talks on limiting missiles" are talks).
5. **Negation.** A negator shortly before the phrase in the same clause (not, never,
   no, n't, fail to, refrain from, avoid):

   - negated escalation ("will not retaliate", "no plans to deploy") is **not**
     reported as escalation: it becomes de-escalation, label RESTRAINT, with the
     weight's sign flipped and its size halved (``NEGATION_FACTOR``). Saying that one
     will not strike is a cooperative signal, but a weaker one than an act of
     cooperation, and it still names the hostile option.
   - negated de-escalation ("will not accept", "failed to reach agreement", "no
     talks") becomes a rejection (REJECT, CAMEO 12, -4.0; -5.0 for refused talks,
     CAMEO 125): CAMEO itself codes refusing cooperation as rejection.

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

import re
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
    pentagon offensive infantry units bases base""".split()
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
    lifting prohibit prohibits prohibited prohibiting""".split()
)

_AUX = frozenset("is are was were be been being has have had will would".split())
_NEGATORS = frozenset({"not", "never", "no", "nor", "cannot", "without"})
_NEGATOR_VERBS = frozenset(
    """fail fails failed failing refrain refrains refrained refraining avoid avoids avoided avoiding""".split()
)
_NEG_STOP = frozenset({",", ";", ":", "and", "but", "or", "while", "—", "–", "(", ")"})

#: Epistemic hedges the lens recognises by itself (the hedging lens adds many more).
_MODAL_HEDGES = frozenset(
    "may might could possibly reportedly allegedly apparently likely probably perhaps purportedly".split()
)

_REPORTING = frozenset(
    """said says say told declared reiterated insisted stressed warned announced concluded added
    reminder reminded urged demanded noted affirmed stated""".split()
)

_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning", "into"})

# Goldstein weights of the codes the rules below produce.
_W = {"080": 5.0, "081": 5.0, "082": 5.0, "085": 7.0, "087": 9.0, "120": -4.0, "125": -5.0, "130": -4.4,
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


def _rx(body: str) -> "re.Pattern[str]":
    return re.compile(r"(?<!\S)(?:" + body + r")(?!\S)")


_HOSTILE_OBJ = _alt(
    "unfriendly|hostile|aggressive|aggression|provocation|provocations|provocative|sanctions|attack|attacks|"
    "threats|threat|expulsion|expulsions|violations|incursion|incursions|deployment|deployments|build-up|"
    "buildup|drills|aggressor|meddling|interference|escalation|strikes"
)
_MANNER = _alt(
    "in kind|accordingly|firmly|harshly|decisively|forcefully|resolutely|strongly|symmetrically|asymmetrically|"
    "adequately|appropriately|militarily|swiftly|proportionately|with force|in a mirror manner"
)
_REACT = _alt("react|reacts|reacted|reacting|respond|responds|responded|responding|hit back|hits back|strike back")
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
    return any(t.norm in MILITARY_WORDS for t in tokens)


_PATTERNS: tuple[_Pattern, ...] = (
    _Pattern(
        "react-to-hostile-steps",
        _rx(rf"(?P<cue>{_REACT}) (?:to|against) {_G}{{0,4}}?{_HOSTILE_OBJ}"),
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
        _rx(rf"(?:will|would|shall) {_G}{{0,4}}?(?P<cue>{_REACT})"),
        "THREATEN", "130", -4.4,
        "A promised reaction tied to a condition: a conditional threat of retaliation, clearly hostile.",
        kahn="3", check=_cond_in_clause,
    ),
    _Pattern(
        "close-embassy",
        _rx(r"(?:shut|shuts|shutting|close|closes|closed|closing) (?:down )?" + _G + r"{0,3}?"
            r"(?:embassy|embassies|consulate|consulates|mission|missions)"),
        "SANCTION", "161", -4.0,
        "Closing a diplomatic post: a reduction of diplomatic relations, clearly hostile.", kahn="2",
    ),
    _Pattern(
        "expel-diplomats",
        _rx(r"(?:expel|expels|expelled|expelling) " + _G + r"{0,3}?"
            r"(?:diplomats|diplomat|ambassador|envoy|staff|inspectors|observers|peacekeepers|journalists)"),
        "SANCTION", "166", -7.0,
        "Ordering another country's people out: a sharp cut in relations, near the hostile end of the scale.",
        kahn="2",
    ),
    _Pattern(
        "sever-ties",
        _rx(r"(?:sever|severs|severed|severing|cut|cuts|cutting|break|breaks|broke|breaking|downgrade|downgraded|"
            r"downgrades|downgrading|freeze|freezes|froze|frozen) (?:off )?" + _G + r"{0,2}?"
            r"(?:ties|relations|contacts|links)"),
        "SANCTION", "161", -4.0,
        "Cutting or downgrading diplomatic ties: a reduction of relations, clearly hostile.", kahn="2",
    ),
    _Pattern(
        "recall-ambassador",
        _rx(r"(?:recall|recalls|recalled|recalling|withdraw|withdrew|withdraws|withdrawing) " + _G + r"{0,2}?"
            r"(?:ambassador|ambassadors|envoy|envoys|diplomats)"),
        "SANCTION", "161", -4.0,
        "Calling one's ambassador home: a classic signal of displeasure, a reduction of relations, clearly hostile.",
        kahn="2",
    ),
    _Pattern(
        "withdraw-peacekeepers",
        _rx(r"(?:withdraw|withdrew|withdraws|withdrawing|withdrawn|pull out|pulled out) " + _G + r"{0,3}?"
            r"(?:peacekeepers|peacekeeping|peace-keeping|inspectors|observers|monitors|aid workers)"),
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
        _rx(r"(?:forced|forces|force|ordered|orders|kicked|kicks) (?:" + _G + r"{1,6}?out of|out)"),
        "SANCTION", "166", -7.0,
        "Forcing a foreign body or mission to leave: an expulsion, near the hostile end of the scale.",
    ),
    _Pattern(
        "exit-treaty",
        _rx(r"(?P<cue>exit|exits|exited|exiting|withdrawal|withdraw|withdraws|withdrew|withdrawing|pull out|"
            r"pulled out|pulling out|quit|quits|quitting|walked away|walk away) (?:from |of )?" + _G + r"{0,7}?"
            r"(?:treaty|agreement|accord|deal|pact|convention)"),
        "REJECT", "120", -4.0,
        "Walking away from an agreement: a rejection of it (CAMEO has no code for leaving a treaty; the root "
        "'reject' fits), clearly hostile.",
    ),
    _Pattern(
        "withdraw-troops",
        _rx(r"(?:withdraw|withdraws|withdrew|withdrawing|withdrawal of|pull back|pulls back|pulled back|pulling back|"
            r"pull out|pulled out|pulling out|pullback of|draw down|drew down|drawdown of) " + _G + r"{0,3}?"
            r"(?:troops|forces|soldiers|units|army|military|personnel|warships|ships|tanks)"),
        "RETREAT", "087", 9.0,
        "Pulling forces back: military de-escalation, near the cooperative end of the scale.",
    ),
    _Pattern(
        "strengthen-forces",
        _rx(r"(?:strengthen|strengthens|strengthened|strengthening|bolster|bolsters|bolstered|bolstering|reinforce|"
            r"reinforces|reinforced|reinforcing|beef up|beefed up|build up|builds up|built up|boost|boosted|"
            r"boosting|increase|increased|increasing|expand|expanded|expanding) " + _G + r"{0,5}?"
            r"(?:air defences|air defenses|defences|defenses|forces|troops|military presence|army|navy|arsenal|"
            r"military)"),
        "MOBILIZE", "154", -7.2,
        "Adding to military strength: an increase of armed forces, near the hostile end of the scale.",
    ),
    _Pattern(
        "deploy-peacekeepers",
        _rx(r"(?:deploy|deploys|deployed|deploying|deployment of|send|sent|sends|dispatch|dispatched) " + _G
            + r"{0,4}?(?:peacekeepers|peacekeeping|peace-keeping|observers|monitors)"),
        "AID", "074", 8.5,
        "Sending peacekeepers or observers: international protection, near the cooperative end of the scale.",
        rank=3,
    ),
    _Pattern(
        "deploy-forces",
        _rx(rf"(?:deploy|deploys|deployed|deploying|deployment of|station|stationed|stationing|move|moved|moving) "
            rf"{_G}{{0,3}}?{_MIL_OBJ}"),
        "MOBILIZE", "154", -7.2,
        "Moving forces or weapons into position: military posture, near the hostile end of the scale.",
    ),
    _Pattern(
        "troops-massing",
        _rx(r"(?:mass|masses|massed|massing|amass|amassed|amassing|concentrate|concentrated|concentrating) "
            + _G + r"{0,3}?(?:troops|forces|soldiers|tanks|warships)|(?:troops|forces) (?:are |were )?"
            r"(?:massing|massed)"),
        "MOBILIZE", "154", -7.2,
        "Forces gathered near a border: a classic sign of possible attack, near the hostile end of the scale.",
    ),
    _Pattern(
        "warship-entered",
        _rx(r"(?:warship|warships|destroyer|destroyers|frigate|aircraft carrier) (?:has |have |had )?"
            r"(?:entered|sailed into|arrived in|moved into|sailed to|headed to) " + _G + r"{0,3}?"
            r"(?:sea|waters|port|strait|gulf|bay)"),
        "MOBILIZE", "150", -7.2,
        "A combat ship moving into a rival's waters: a show of force, near the hostile end of the scale.",
    ),
    _Pattern(
        "military-activity-near",
        _rx(r"military (?:activities|activity|presence) (?:near|close to|along|on) " + _G + r"{0,2}?"
            r"(?:border|borders|frontier|coast|shores)"),
        "MOBILIZE", "150", -7.2,
        "Armed forces active close to another country's border: a demonstration of military power, near the "
        "hostile end of the scale.",
    ),
    _Pattern(
        "crosshairs",
        _rx(r"(?P<cue>crosshairs(?: of " + _G + r"{0,3}?(?:systems|system|weapons|missiles|radars|guns|sights))?)"),
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
        _rx(r"not to (?:create|provoke|stoke|escalate|inflame|aggravate|fuel|exacerbate|heighten|raise) " + _G
            + r"{0,2}?(?:problems|problem|tension|tensions|crisis|crises|conflict|situation|confrontation)"
            r"(?: artificially)?"),
        "RESTRAINT", "0356", 7.0,
        "A promise not to stir up trouble: the 'not' belongs to the phrase and makes it an intent to de-escalate, "
        "near the cooperative end of the scale.",
    ),
    _Pattern(
        "call-for-calm",
        _rx(r"(?:call|calls|called|calling|urge|urges|urged|urging|appeal|appeals|appealed|appealing) " + _G
            + r"{0,4}?(?:calm|restraint|de-escalation|de-escalate|deescalation|moderation|patience)"),
        "REQUEST", "020", 3.0,
        "An appeal for calm or restraint: a call to de-escalate, clearly cooperative.",
    ),
    _Pattern(
        "call-for-talks",
        _rx(r"(?:call|calls|called|calling|urge|urges|urged|urging|appeal|appeals|appealed|appealing|invite|invited|"
            r"invites) " + _G + r"{0,4}?(?:dialogue|talks|negotiations|negotiate|a meeting|a summit|peace|ceasefire|"
            r"cease-fire|truce)"),
        "REQUEST", "026", 4.0,
        "An appeal to talk or settle: a call to negotiate, clearly cooperative.",
    ),
    _Pattern(
        "sign-agreement",
        _rx(r"(?:sign|signs|signed|signing) " + _G + r"{0,5}?(?:agreement|agreements|deal|treaty|accord|pact|"
            r"memorandum|declaration|contract|protocol|communique)"),
        "AGREE", "057", 8.0,
        "Signing a formal agreement: the most binding form of diplomatic cooperation, near the cooperative end of "
        "the scale.",
    ),
    _Pattern(
        "reach-agreement",
        _rx(r"(?:reach|reached|reaches|reaching|strike|struck|clinch|clinched|seal|sealed|hammer out|hammered out) "
            + _G + r"{0,3}?(?:agreement|deal|consensus|accord|compromise|understanding|settlement|truce)"),
        "AGREE", "030", 4.0,
        "The sides arrive at a common position: agreement, clearly cooperative.",
    ),
    _Pattern(
        "impose-sanctions",
        _rx(r"(?:impose|imposes|imposed|imposing|slap|slapped|introduce|introduced|tighten|tightened|tightening) "
            + _G + r"{0,3}?(?:sanctions|embargo|embargoes|tariffs|penalties)"),
        "SANCTION", "163", -8.0,
        "Imposing sanctions: economic punishment, near the hostile end of the scale.", kahn="2",
    ),
    _Pattern(
        "impose-restrictions",
        _rx(r"(?:impose|imposes|imposed|imposing|reimposed|institute|declare|declared|declares) " + _G
            + r"{0,4}?(?:curfew|restrictions|ban|martial law|state of emergency|state of siege|blackout|controls)"),
        "COERCE", "172", -5.0,
        "Imposing restrictions by order: an administrative sanction, clearly hostile.",
    ),
    _Pattern(
        "impose-blockade",
        _rx(r"(?:impose|imposes|imposed|imposing|reimposed|tighten|tightened|enforce|enforced) " + _G
            + r"{0,2}?blockade"),
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
        _rx(r"(?P<cue>contain|contains|contained|containing)"),
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
        _rx(r"(?:violate|violates|violated|violating|violation of|violations of|breach of|breached) " + _G
            + r"{0,3}?(?:ceasefire|cease-fire|truce|armistice)"),
        "ASSAULT", "196", -9.5,
        "Breaking a ceasefire: renewed use of force, near the hostile end of the scale.",
    ),
    _Pattern(
        "deteriorating-relations",
        _rx(r"(?P<cue>deteriorating|deteriorated|worsening|worsened|strained|souring|soured|frosty|tense|troubled|"
            r"declining) " + _G + r"{0,2}?(?:relations|ties|relationship)"),
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
        _rx(r"(?:warn|warns|warned|warning) " + _G + r"{0,3}?(?:consequences|retaliation|a response|a tough response)"),
        "THREATEN", "130", -4.4,
        "A warning of consequences: a veiled threat, clearly hostile.", kahn="3",
    ),
    _Pattern(
        "meet-demands",
        _rx(r"(?:meet|met|meets|accede|acceded|accept|accepted|accepts|conceded to|bowed to|yielded to|give in to|"
            r"gave in to|gives in to) " + _G + r"{0,3}?(?:demands|demand|conditions)"),
        "CONCEDE", "080", 5.0,
        "Giving in to the other side's demands: yielding, clearly cooperative.", role="head",
    ),
    _Pattern(
        "establish-ties",
        _rx(r"(?:establish|established|establishes|establishing|restore|restored|restores|restoring|resume|resumed|"
            r"normalise|normalised|normalize|normalized|upgrade|upgraded|improve|improved|improving|mend|mended) "
            + _G + r"{0,2}?(?:diplomatic )?(?:ties|relations|links)"),
        "SUPPORT", "054", 6.0,
        "Setting up or repairing diplomatic ties: strongly cooperative.",
    ),
    _Pattern(
        "release-prisoners",
        _rx(r"(?:release|released|releases|releasing|free|freed|frees|freeing) " + _G + r"{0,4}?(?:prisoners|"
            r"hostages|detainees|captives|sailors|crew|activists|journalists|civilians|nationals|minister|president|"
            r"leader|leaders|members|officials|soldiers|opponents|dissidents|suspects)"),
        "CONCEDE", "0841", 7.0,
        "Letting detained people go: a concession, near the cooperative end of the scale.",
    ),
    _Pattern(
        "return-property",
        _rx(r"(?:return|returns|returned|returning|hand back|handed back|hands back) " + _G + r"{0,3}?"
            r"(?:weapons|property|territory|territories|land|lands|equipment|assets|remains|bodies|helicopter|ship|"
            r"vessel|aircraft)"),
        "RETREAT", "084", 7.0,
        "Giving back what was taken: a concession, near the cooperative end of the scale.",
    ),
    _Pattern(
        "provide-aid",
        _rx(r"(?:provide|provides|provided|providing|supply|supplies|supplied|supplying|send|sends|sent|sending|"
            r"deliver|delivers|delivered|delivering|give|gives|gave|giving|donate|donates|donated) " + _G
            + r"{0,4}?(?:aid|assistance|intelligence|food|medicine|medicines|supplies|relief|loans|grant|grants|"
            r"funding|equipment|material|vaccines|humanitarian|arms|weapons)"),
        "AID", "070", 7.0,
        "Giving help, goods or information to another side: aid, near the cooperative end of the scale.",
    ),
    _Pattern(
        "open-borders",
        _rx(r"(?:open|opens|opened|opening|reopen|reopened|re-open|re-opened) " + _G + r"{0,2}?"
            r"(?:borders|border|crossing|crossings|airspace|ports|corridor|corridors|bridge)"),
        "RETREAT", "086", 9.0,
        "Opening a border or crossing to others: allowing access, near the cooperative end of the scale.",
    ),
    _Pattern(
        "charge-with",
        _rx(r"(?P<cue>(?:charge|charges|charged|charging) " + _G + r"{0,3}?with)"),
        "ACCUSE", "112", -2.0,
        "Charges someone with wrongdoing: an accusation, mildly hostile.", role="head",
    ),
    _Pattern(
        "share-intelligence",
        _rx(r"(?:share|shared|shares|sharing|exchange|exchanged|exchanging) " + _G + r"{0,2}?(?:intelligence|"
            r"information|evidence|data|expertise)"),
        "COOPERATE", "064", 7.0,
        "Sharing intelligence or information: practical cooperation, near the cooperative end of the scale.",
        check=None,
    ),
    _Pattern(
        "grant-asylum",
        _rx(r"(?:grant|granted|grants|granting|offer|offered) " + _G + r"{0,2}?asylum"),
        "AID", "075", 7.0, "Granting asylum: protection, near the cooperative end of the scale.",
    ),
    _Pattern(
        "mil-drills",
        _rx(r"(?:drills|exercises|manoeuvres|maneuvers)"),
        "MOBILIZE", "150", -7.2,
        "Military manoeuvres: a demonstration of military power, near the hostile end of the scale.",
        check=_military_sentence, rank=0,
    ),
)


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


def _has_context(kind: str, tokens: Sequence[Token]) -> bool:
    if not kind:
        return True
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
        if e.context and not _has_context(e.context, tokens):
            continue
        if sentence.kind == "body" and _is_name_part(tokens, i, j):
            continue
        cands.append(
            _Cand(i, j, e.category, e.label, e.intensity, e.cameo, e.explanation, f"escalation.tsv: {e.phrase}",
                  e.source, role=e.role, priority=1, kahn=e.kahn)
        )
    s, starts, ends = _sentence_string(tokens)
    for p in _PATTERNS:
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
    for c in cands:
        if all(c.j < t.i or c.i > t.j for t in taken):
            taken.append(c)
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
    toks = [t for s in doc.sentences if s.paragraph == p for t in doc.tokens[s.token_start : s.token_end]]
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


# --------------------------------------------------------------------------- rules


def _invert(obj: _Cand, verb_i: int, verb_word: str) -> _Cand:
    lab = obj.label
    if lab in {"ASSAULT", "MOBILIZE"}:
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
    for n, c in enumerate(cands):
        if n in skip:
            continue
        verb_k = None
        for k in range(c.i - 1, max(-1, c.i - 7), -1):
            w = tokens[k].norm
            if w in _NEG_STOP or w in {".", ";"} or seg[k] != seg[c.i]:
                break
            if w in _CESSATION or (w == "off" and k > 0 and tokens[k - 1].norm in {"call", "called", "calling", "calls"}):
                verb_k = k - 1 if w == "off" else k
                break
        if verb_k is None:  # passive: 'the sanctions were lifted'
            k = c.j + 1
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


def _apply_absorption(tokens: list[Token], seg: list[int], cands: list[_Cand]) -> list[_Cand]:
    out: list[_Cand] = []
    head: _Cand | None = None
    for c in cands:
        if head is not None and seg[c.i] == seg[head.j]:
            dist = c.i - head.j
            between = {t.norm for t in tokens[head.j + 1 : min(c.i, head.j + 5)]}
            if head.role == "head" and dist <= HEAD_WINDOW:
                head.notes.append(f"It governs '{' '.join(t.text for t in tokens[c.i:c.j + 1])}', which is "
                                  f"what is {'asked' if head.label == 'DEMAND' else 'answered'}, not a separate event.")
                continue
            if head.role == "topic" and dist <= 10 and between & _TOPIC_PREPS:
                continue
        out.append(c)
        if c.role in {"head", "topic"}:
            head = c
    return out


def _negator_before(tokens: list[Token], seg: list[int], c: _Cand) -> str | None:
    for k in range(c.i - 1, max(-1, c.i - 5), -1):
        w = tokens[k].norm
        if w in _NEG_STOP or seg[k] != seg[c.i]:
            return None
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


def _apply_negation(tokens: list[Token], seg: list[int], cands: list[_Cand]) -> list[_Cand]:
    out = []
    for c in cands:
        neg = _negator_before(tokens, seg, c)
        if neg is None:
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
        c.modifiers.append("negated")
        out.append(c)
    return out


def _apply_modifiers(tokens: list[Token], seg: list[int], conds: list[str | None], c: _Cand,
                     stance: list[Annotation], quotes: list[tuple[int, int]]) -> None:
    s_first, s_last = None, None
    for k, sg in enumerate(seg):
        if sg == seg[c.i]:
            s_first = k if s_first is None else s_first
            s_last = k
    clause_start, clause_end = tokens[s_first].start, tokens[s_last].end
    noun = _NOUNS.get(c.label, "step")
    # conditional
    trig = conds[c.i]
    if trig is None:
        for a in stance:
            if a.category == "hedge" and a.label == "conditional" and clause_start <= a.start < clause_end:
                trig = a.text
                break
    if trig:
        old = c.intensity
        c.intensity = round(c.intensity * CONDITIONAL_FACTOR, 2)
        c.modifiers.append("conditional")
        c.notes.append(f"A conditional {noun}: '{trig}' keeps it open-ended, so its weight is halved "
                       f"({old:+.1f} -> {c.intensity:+.1f}).")
    # hedged
    hedge = None
    for a in stance:
        if (a.category == "hedge" and a.label not in {"conditional", "approximator"}
                and clause_start <= a.start < clause_end):
            hedge = a.text
            break
    if hedge is None:
        for t in tokens[s_first : s_last + 1]:
            if t.norm in _MODAL_HEDGES:
                hedge = t.text
                break
    if hedge:
        old = c.intensity
        c.intensity = round(c.intensity * HEDGE_FACTOR, 2)
        c.modifiers.append("hedged")
        c.notes.append(f"Hedged by '{hedge}': the {noun} is presented as possible, not certain, so its weight is cut "
                       f"by a quarter ({old:+.1f} -> {c.intensity:+.1f}).")
    # quoted
    first_abs = tokens[c.i].index
    for a, b in quotes:
        if a < first_abs < b:
            c.modifiers.append("quoted")
            words = sum(1 for t in tokens if a < t.index < b and any(ch.isalnum() for ch in t.text))
            if words <= 3 and c.category == "escalation" and c.label in {"ACCUSE", "DETERIORATE"}:
                c.notes.append("In scare quotes: the label belongs to the speaker; the writer marks it as someone "
                               "else's word and keeps a distance from it.")
            else:
                c.notes.append("Inside quotation marks: the speaker's own words, not the writer's.")
            break
    # boosted
    for a in stance:
        if (a.category == "booster" and a.label in {"certainty", "concurrence"}
                and c.label not in {"ACCUSE", "DETERIORATE"} and clause_start <= a.start < clause_end):
            c.modifiers.append("boosted")
            c.notes.append(f"'{a.text}' presents the {noun} as certain and closes down alternatives.")
            break


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
    out: list[Annotation] = []
    quote_cache: dict[int, list[tuple[int, int]]] = {}
    by_sentence: dict[int, list[Annotation]] = {}
    for a in stance:
        s = doc.sentence_at(a.start)
        if s is not None:
            by_sentence.setdefault(s.index, []).append(a)
    for sentence, tokens in doc.sentence_tokens():
        if not tokens:
            continue
        seg = _segments(tokens)
        conds = _conditionals(tokens, seg)
        ctx = {"conditional": conds, "segments": seg}
        cands = _collect(tokens, sentence, ctx)
        if not cands:
            continue
        cands = _apply_cessation(tokens, seg, cands)
        cands = _apply_threat_merge(tokens, cands)
        cands = _apply_absorption(tokens, seg, cands)
        for c in cands:
            c.base = c.intensity
        cands = _apply_negation(tokens, seg, cands)
        quotes = _quote_spans(doc, sentence, quote_cache)
        sstance = by_sentence.get(sentence.index, [])
        for c in cands:
            _apply_modifiers(tokens, seg, conds, c, sstance, quotes)
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
