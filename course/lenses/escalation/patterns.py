"""Constructions a word list cannot express ("react to the unfriendly steps", "threatening
to shut down its embassy", "lift sanctions"): regular expressions over a sentence's
tokens, each with its label, CAMEO code and a note for the student. The words a pattern's
check looks for are classes of ``datasets/lexicons/escalation_word_classes.tsv``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable

from ...document import Token
from .conditions import _deployed_as_verb
from .context import _has_context
from .words import _MONTHS_DAYS, word_class


_G = r"(?:\S+ )"  # one token and its space


def _gap(most: int, least: int = 0) -> str:
    """Between ``least`` and ``most`` tokens, as few as possible: the words a pattern lets
    stand between its parts ('shut down' + ``_gap(3)`` + 'embassy' reads "shut down its embassy")."""
    return _G + "{%d,%d}?" % (least, most)


@dataclass(frozen=True)
class _Pattern:
    name: str
    regex: "re.Pattern[str] | _LazyRegex"
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
        from ...labels import ESCALATION_LABELS

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


class _LazyRegex:
    """A pattern's regular expression written with a word class, compiled on first use (the
    class is read from ``datasets/`` then, not when the module is imported). It answers as the
    compiled expression does: ``finditer``, ``groupindex``, ``pattern``.
    """

    __slots__ = ("_build", "_compiled")

    def __init__(self, build: Callable[[], str]) -> None:
        self._build = build
        self._compiled: "re.Pattern[str] | None" = None

    def __getattr__(self, name: str) -> Any:
        if name in self.__slots__:
            raise AttributeError(name)
        if self._compiled is None:
            self._compiled = _rx(self._build())
        return getattr(self._compiled, name)


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
    if prev in {"we", "i"}:
        return False
    reporting = word_class("reporting-words")
    return any(t.norm in reporting for t in tokens)


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


def _deployed_as_a_verb(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """The pattern's form of the row condition ``deployed-as-verb`` (conditions.py)."""
    return _deployed_as_verb(tokens, i, j)


def _demanded_act(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """'gave the defenders until dawn to surrender': the deadline is for an act of yielding or
    compliance (``ultimatum-acts``), not for an everyday task ('two days to register'); and the
    hours expelled diplomats are given to leave are the term of the expulsion ('expelled 12
    diplomats and given them 72 hours to leave', ``expulsion-words``)."""
    if not (j + 2 < len(tokens) and tokens[j + 1].norm == "to" and tokens[j + 2].norm in word_class("ultimatum-acts")):
        return False
    expulsion = word_class("expulsion-words")
    return not any(t.norm in expulsion for t in tokens)


def _military_sentence(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    return _has_context("military", tokens)


def _diplomatic_sentence(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """A state actor or a name is in the sentence (not 'The company halted shipments')."""
    return _has_context("diplomatic", tokens)


def _naval_sentence(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """A navy ship is named in the sentence ('USS Porters, which sailed through ...')."""
    naval = word_class("naval-words")
    return any(t.norm in naval for t in tokens)


def _arms_to_recipient(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """'supplied Corvia with tanks', 'sent tanks to Corvia': a recipient is named (a capitalised
    word inside or right after the phrase), so the weapons are aid, not a deployment ('sent tanks
    to the border' is posture)."""
    inside = any(t.text[:1].isupper() for t in tokens[i + 1 : j])
    after = tokens[j + 1 : j + 4]
    return inside or (len(after) >= 2 and after[0].norm == "to" and after[1].text[:1].isupper())


def _hostile_context(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """'weighing a response to the expulsions': the measures weighed answer a hostile step."""
    words = {t.norm for t in tokens}
    if len(words & word_class("hostile-context-words")) >= 2:
        return True
    return tokens[j].norm in {"retaliation", "countermeasures", "counter-measures", "expulsions"}


def _military_strike(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """'a missile strike', 'an Israeli strike', 'strikes on its positions' in a sentence about
    armed forces: force used against the other side, not a refusal to work."""
    if tokens[i].norm in word_class("strike-modifiers"):
        return True  # the modifier is part of the phrase: "drone strike"
    pre = tokens[i - 1] if i > 0 else None
    post = tokens[j + 1] if j + 1 < len(tokens) else None
    if pre is not None and pre.norm in word_class("protest-strike-words"):
        return False  # "general strike", "hunger strike": a protest
    if pre is not None and pre.text[:1].isupper() and any(c.isalpha() for c in pre.text) and pre.norm not in _MONTHS_DAYS:
        return True  # "an Israeli strike", "US strikes": a state's strike is military
    return post is not None and post.norm in ("on", "against") and _has_context("military", tokens)


def _strike_regex() -> str:
    """"missile strike", "drone strikes" (the word of force joins the span), or a bare "strike"."""
    modifiers = "|".join(re.escape(w) for w in sorted(word_class("strike-modifiers")))
    return "(?P<cue>(?:" + modifiers + ") (?:strike|strikes)|strike|strikes)"


_PATTERNS: tuple[_Pattern, ...] = (
    _Pattern(
        "forceful-response",
        _rx(r"(?:crushing|decisive|resolute|firm|swift|harsh|tough|forceful|robust|severe|devastating|overwhelming|"
            r"painful) (?:response|responses|reply|retaliation)"),
        "THREATEN", "130", -4.4,
        "An answer promised in words of force or severity ('a crushing response'): a threat of retaliation, "
        "moderately hostile.", kahn="3",
    ),
    _Pattern(
        "take-forceful-measures",
        _rx(r"(?:take|takes|taking|took|taken) (?:all )?(?:\S+ and )?(?:resolute|forceful|firm|decisive|tough|harsh|"
            r"severe|strong|vigorous) (?:and (?:resolute|forceful|firm|decisive|tough|harsh|severe|strong|vigorous) )?"
            r"(?:measures|steps|action|actions|countermeasures)"),
        "THREATEN", "130", -4.4,
        "Promises 'resolute' or 'forceful' measures without saying what they are: a threat in the formal "
        "language of foreign ministries, moderately hostile.", kahn="3",
    ),
    _Pattern(
        "clash-over",
        _rx(r"(?P<cue>clash|clashes|clashed|clashing)(?= (?:\S+ly )?(?:over|about) )"),
        "ACCUSE", "111", -2.0,
        "Sides that clash over something quarrel in words: sharp criticism, mildly hostile (fighting would be "
        "troops or police clashing with someone).", kahn="2",
    ),
    _Pattern(
        "react-to-hostile-steps",
        _rx(rf"(?P<cue>{_REACT}) (?:\" (?:[^\"\s]+ ){{1,5}}?\" )?(?:to|against) {_gap(4)}{_HOSTILE_OBJ}"),
        "THREATEN", "130", -4.4,
        "A promise to react to the other side's hostile steps: a commitment to counter-measures, a threat of "
        "retaliation, moderately hostile.", kahn="3",
    ),
    _Pattern(
        "react-in-kind",
        _rx(rf"(?P<cue>{_REACT} {_MANNER})"),
        "THREATEN", "130", -4.4,
        "A promise to answer the other side in the same (or a firmer) way: a threat of retaliation, moderately hostile.",
        kahn="3",
    ),
    _Pattern(
        "will-react-if",
        _rx(rf"(?:will|would|shall) {_gap(4)}(?P<cue>{_REACT})"),
        "THREATEN", "130", -4.4,
        "A promised reaction tied to a condition: a conditional threat of retaliation, moderately hostile.",
        kahn="3", check=_cond_in_clause,
    ),
    _Pattern(
        "close-embassy",
        _rx(_one_of(_forms("shut", "shut", double=True), _forms("close")) + " (?:down )?" + _gap(3)
            + "(?:embassy|embassies|consulate|consulates|mission|missions)"),
        "SANCTION", "161", -4.0,
        "Closing a diplomatic post: a reduction of diplomatic relations, moderately hostile.", kahn="2",
    ),
    _Pattern(
        "expel-diplomats",
        _rx(_one_of(_forms("expel", double=True), name="cue") + " " + _gap(3)
            + "(?:diplomats|diplomat|ambassador|envoy|staff|inspectors|observers|peacekeepers|journalists)"),
        "SANCTION", "166", -7.0,
        "Ordering another country's people out: a sharp cut in relations, near the hostile end of the scale.",
    ),
    _Pattern(
        "sever-ties",
        _rx(_one_of(_forms("sever"), _forms("cut", "cut", double=True), _forms("break", "broke"), _forms("downgrade"),
                    "freeze|freezes|froze|frozen") + " (?:off )?" + _gap(2) + "(?:ties|relations|contacts|links)"),
        "SANCTION", "161", -4.0,
        "Cutting or downgrading diplomatic ties: a reduction of relations, moderately hostile.",
    ),
    _Pattern(
        "recall-ambassador",
        _rx(_one_of(_forms("recall"), _forms("withdraw", "withdrew")) + " " + _gap(2)
            + "(?:ambassador|ambassadors|envoy|envoys|diplomats)"),
        "SANCTION", "161", -4.0,
        "Calling one's ambassador home: a classic signal of displeasure, a reduction of relations, moderately hostile.",
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
        "'reject' fits), moderately hostile.",
    ),
    _Pattern(
        "withdraw-troops",
        _rx(_one_of(_forms("withdraw", "withdrew"), "withdrawal of", _forms("pull back"),
                    "pull out|pulled out|pulling out|pullback of|draw down|drew down|drawdown of") + " " + _gap(3)
            + "(?:troops|forces|soldiers|units|army|military|personnel|warships|ships|tanks|weapons|artillery|"
            "armour|armor|equipment)"),
        "RETREAT", "087", 9.0,
        "Pulling forces back: military de-escalation, at the cooperative end of the scale.",
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
        check=_deployed_as_a_verb,
    ),
    _Pattern(
        "keep-forces-in-place",
        _rx(_one_of(_forms("keep", "kept"), _forms("maintain"))
            + f" {_MIL_OBJ} (?:in|near|along|on|at|inside) (?:the |its |their |his |her |a )?{_gap(2)}"
            "(?:" + "|".join(_PLACE.strip("(?:)").split("|")) + "|village|villages|town|towns|city|cities|"
            "territory|territories|positions|province|provinces|district|districts)"
            "(?: (?:village|villages|town|towns|areas|regions|districts|posts|positions))?"),
        "MOBILIZE", "150", -7.2,
        "Forces kept in place in or near a contested area: a demonstration of military power, near the hostile end of the scale.",
        rank=3,
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
        "exercise-restraint",
        _rx(_one_of(_forms("exercise"), _forms("show")) + " (?:(?:maximum|the utmost|utmost|great|greater|more) )?"
            "(?:restraint|caution)"),
        "RESTRAINT", "0356", 7.0,
        "Holding back (to 'exercise restraint' is a verb of self-control, not a military exercise): an intent to "
        "de-escalate, near the cooperative end of the scale.", rank=3,
    ),
    _Pattern(
        "call-for-calm",
        _rx(_one_of(_forms("call"), _forms("urge"), _forms("appeal")) + " " + _gap(4)
            + "(?:calm|restraint|de-escalation|de-escalate|deescalation|moderation|patience)"),
        "REQUEST", "020", 3.0,
        "An appeal for calm or restraint: a call to de-escalate, moderately cooperative.", check=_diplomatic_sentence,
    ),
    _Pattern(
        "call-for-talks",
        _rx(_one_of(_forms("call"), _forms("urge"), _forms("appeal"), "invite|invited|invites") + " " + _gap(4)
            + "(?:dialogue|talks|negotiations|negotiate|a meeting|a summit|peace|ceasefire|cease-fire|truce)"),
        "REQUEST", "026", 4.0,
        "An appeal to talk or settle: a call to negotiate, moderately cooperative.", check=_diplomatic_sentence,
    ),
    _Pattern(
        "sign-agreement",
        _rx(_one_of(_forms("sign")) + " " + _gap(5) + "(?:agreement|agreements|deal|deals|treaty|treaties|accord|accords|"
            "pact|pacts|memorandum|memorandums|memoranda|declaration|contract|contracts|protocol|communique)"),
        "AGREE", "057", 8.0,
        "Signing a formal agreement: the most binding form of diplomatic cooperation, near the cooperative end of the scale"
        ".",
    ),
    _Pattern(
        "reach-agreement",
        _rx(_one_of(_forms("reach"), "strike|struck|clinch|clinched|seal|sealed|hammer out|hammered out") + " "
            + _gap(3) + "(?:agreement|deal|consensus|accord|compromise|understanding|settlement|truce)"),
        "AGREE", "030", 4.0,
        "The sides arrive at a common position: agreement, moderately cooperative.",
    ),
    _Pattern(
        "impose-sanctions",
        _rx(_one_of(_forms("impose"), "slap|slapped|introduce|introduced|tighten|tightened|tightening") + " "
            + _gap(3) + "(?:sanctions|embargo|embargoes|tariffs|penalties)"),
        "SANCTION", "163", -8.0,
        "Imposing sanctions: economic punishment, near the hostile end of the scale.",
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
        "Imposing a blockade: restricting movement by force, at the hostile end of the scale.",
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
        "Breaking a ceasefire: renewed use of force, at the hostile end of the scale.",
    ),
    _Pattern(
        "release-captives",
        _rx(r"(?:(?:freed|released|frees|releases|freeing|releasing|free|release) " + _gap(3)
            + r"(?:hostages|hostage|prisoners|prisoner|detainees|captives|sailors|crew|crew members)"
            + r"|(?:hostages|prisoners|detainees|captives|sailors|crew|crew members) (?:were|was|have been|has been|"
              r"had been|will be|would be) (?:\S+ly )?(?:freed|released))"),
        "CONCEDE", "0841", 7.0,
        "Captives set free: a release of prisoners or hostages, a concession near the cooperative end of the scale"
        ".",
    ),
    _Pattern(
        "patience-running-out",
        _rx(r"patience " + _gap(3) + r"(?:is|was|has|had|are)? ?(?:been )?(?:running|run|ran|wearing|worn|wore|"
            r"growing|grown) (?:out|thin)"),
        "THREATEN", "130", -4.4,
        "Says one side's patience is ending: a veiled warning that it may act, moderately hostile (the word "
        "'patience' alone would read as restraint).", kahn="3",
    ),
    _Pattern(
        "protest-step",
        _rx(r"(?P<cue>protested|protesting|(?<=\bto )protest)(?= (?:the|a|an|its|their|his|her|this|that|these|those) )"),
        "PROTEST", "114", -2.0,
        "Objects officially to the other side's step ('protested the visit'): a formal complaint in words, mildly "
        "hostile (a crowd protesting in the street is CAMEO 141).", kahn="2",
    ),
    _Pattern(
        "block-proposal",
        _rx(_one_of(_forms("block")) + " " + _gap(4)
            + r"(?:resolution|resolutions|bill|bills|proposal|proposals|motion|draft|measure|measures|deal|vote|"
              r"nomination|statement|declaration|plan|initiative|package|packages|law|legislation|accession|"
              r"membership|appointment|sale|funding)"),
        "REJECT", "120", -4.0,
        "Blocking a resolution or a proposal: a refusal in the council room, moderately hostile (a road or a port "
        "blocked is a blockade).",
    ),
    _Pattern(
        "ceasefire-collapsed",
        _rx(r"(?:ceasefire|cease-fire|truce|armistice) " + _gap(2)
            + r"(?:collapsed|collapses|collapsing|broke down|breaks down|crumbled|crumbles|unravelled|unraveled|"
              r"unravels|fell apart|falls apart|failed|fails|was broken|has been broken|was shattered)"),
        "ASSAULT", "196", -9.5,
        "A ceasefire that collapses: the fighting it had stopped resumes, at the hostile end of the scale "
        "(the scale rates the breach, not the truce).",
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
        "A warning of consequences: a veiled threat, moderately hostile.", kahn="3",
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
        "Setting up or repairing diplomatic ties: clearly cooperative.",
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
        "Opening a border or crossing to others: allowing access, at the cooperative end of the scale.",
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
        "retaliation, moderately hostile.", kahn="3",
    ),
    _Pattern(
        "firm-response",
        _rx(r"(?:firm|tough|strong|decisive|robust|harsh|resolute|swift|forceful|severe|fitting|appropriate|adequate|"
            r"proportionate|commensurate) (?:response|responses|reply|answer|retaliation|reprisals)"),
        "THREATEN", "130", -4.4,
        "A promised answer described as firm or fitting: a threat of counter-measures whose form is left open, "
        "moderately hostile.", kahn="3",
    ),
    _Pattern(
        "vow-response",
        _rx(_one_of(_forms("vow"), _forms("promise"), _forms("pledge"))
            + " (?:an? )?(?P<cue>response|reply|retaliation|reprisals|revenge)"),
        "THREATEN", "130", -4.4,
        "A promised response to the other side's step, form unstated: a threat of counter-measures, moderately hostile.",
        kahn="3",
    ),
    _Pattern(
        "walk-away-talks",
        _rx(_one_of(_forms("walk"), "storm|stormed", _forms("pull")) + " (?:away|out) (?:from|of) "
            r"(?:the |these |those )?(?:\S+ )?(?:talks|negotiations|negotiating table|table|dialogue|process)"
            "|" + _one_of(_forms("break", "broke", "broken"))
            + " off (?:the )?(?:talks|negotiations|dialogue|contacts)"
            "|" + _one_of(_forms("leave", "left"), _forms("quit", "quit"), _forms("abandon"))
            + r" (?:the |these |those )?(?:\S+ )?(?:talks|negotiations|negotiating table|dialogue)"),
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
        rank=3, check=_diplomatic_sentence,
    ),
    _Pattern(
        "asked-to-leave",
        _rx(r"(?:be|been|were|was|are|is|being) (?P<cue>(?:asked|told|ordered|instructed) to leave)"
            r"(?! (?:their|his|her|its|our|my|your|a|an) )"),
        "SANCTION", "166", -7.0,
        "People (usually diplomats) made to leave the country: the polite wording of an expulsion, near the hostile "
        "end of the scale.", check=_diplomatic_sentence,
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
        "Forcing a ship or aircraft out of an area, however mildly worded: coercion, near the hostile end of the scale"
        ".", check=_military_sentence,
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
        "A side says it wants calm or peace: an intent to de-escalate, near the cooperative end of the scale.", rank=3,
    ),
    _Pattern(
        "ready-to-talk",
        _rx(r"(?:ready|willing|prepared|eager) to (?:discuss|negotiate|talk|meet|resume talks|hold talks)"
            r"(?: (?:everything|anything|all issues|all questions))?"),
        "CONSULT", "036", 4.0,
        "A stated readiness to negotiate: an intent to meet, moderately cooperative.", rank=3,
    ),
    _Pattern(
        "propose-talks",
        _rx(_one_of(_forms("propose"), _forms("suggest")) + " (?:holding |to hold |"
            "to host |hosting |to resume |resuming |a new |new |a |an |direct |fresh )*(?:talks|negotiations|"
            "a meeting|meeting|a summit|summit|dialogue|consultations|peace talks)"),
        "CONSULT", "036", 4.0,
        "Puts forward talks or a meeting with the other side: an intent to meet or negotiate, moderately cooperative.",
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
        "Forces or weapons put in position in or near a contested area: military posture, near the hostile end of the scale.",
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
        "Declares that pressure will not work: a refusal to yield, moderately hostile.", kahn="3", rank=3,
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
        "Letting international inspectors or monitors in: allowing international involvement, at the cooperative end of the scale"
        ".", rank=3,
    ),
    _Pattern(
        "reopen-embassy",
        _rx(_one_of(_forms("reopen"), _forms("re-open")) + " " + _gap(3)
            + "(?:embassy|embassies|consulate|consulates|mission|missions)"),
        "SUPPORT", "054", 6.0,
        "Reopening a diplomatic post: restoring relations, clearly cooperative.",
    ),
    _Pattern(
        "embassy-closed",
        _rx(r"(?:embassy|embassies|consulate|consulates) (?:was |were |has been |have been |had been |will be |would be |"
            r"is being )?(?:closed|shut|shut down|ordered closed|ordered shut)"),
        "SANCTION", "161", -4.0,
        "A diplomatic post closed (told in the passive): a reduction of diplomatic relations, moderately hostile.", kahn="2",
    ),
    _Pattern(
        "forces-withdrawn",
        _rx(r"(?:troops|forces|soldiers|units|warships|tanks|weapons|artillery) (?:were |was |have been |had been |are "
            r"being |will be |would be )(?:withdrawn|pulled back|pulled out|moved back|sent back)"),
        "RETREAT", "087", 9.0,
        "Forces taken back (told in the passive): military de-escalation, at the cooperative end of the scale.", rank=3,
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
        rank=3, check=_diplomatic_sentence,
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
        "Blocking another side's radio, satellite or GPS signals: electronic coercion, near the hostile end of the scale"
        ".", rank=3,
    ),
    _Pattern(
        "strike-targets",
        _rx(_one_of(_forms("strike", "struck"), _forms("hit", "hit", double=True),
                    "pound|pounded|pounding|bombarded|targeted|targeting|targets") + " " + _gap(3)
            + "(?:targets|positions|bases|base|facilities|installations|convoy|convoys|depots|depot|sites|airfield|"
            "airfields|barracks|command post|command posts|infrastructure)"),
        "ASSAULT", "190", -10.0,
        "Armed forces hitting the other side's positions or facilities: use of military force, at the hostile end of the scale"
        ".", rank=3, check=_military_sentence,
    ),
    _Pattern(
        "military-strike",
        _LazyRegex(_strike_regex),
        "ASSAULT", "190", -10.0,
        "A military strike: armed force used against the other side, at the hostile end of the scale (a "
        "general or hunger strike is a protest).", rank=3, check=_military_strike,
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
        "deadline-ultimatum",
        _rx("(?P<cue>" + _one_of(_forms("give", "gave", "given")) + " " + _gap(4)
            + "(?:(?:until|till)(?: \\S+){1,5}?|(?:\\S+ )?(?:minutes|hours|days|weeks)|a deadline(?: \\S+){0,4}?))"
            "(?= to \\S)"),
        "THREATEN", "139", -7.0,
        "A deadline set for the other side to act ('gave the defenders until dawn to surrender'): an "
        "ultimatum, near the hostile end of the scale; what it asks for is demanded, not done.", kahn="3",
        role="head", rank=3, check=_demanded_act,
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
        "Says no to an invitation, offer or request: a rejection, moderately hostile.", role="head", rank=3,
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
        "A hostile response openly under preparation or consideration: a signalled threat, moderately hostile.", kahn="3",
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


@lru_cache(maxsize=1)
def _pattern_index() -> tuple[tuple[_Pattern, ...], dict[str, tuple[int, ...]], frozenset[str]]:
    """The patterns, the positions in that tuple of the patterns that need each anchor word,
    and the set of all anchor words; built on first use."""
    index: dict[str, list[int]] = {}
    for n, p in enumerate(_PATTERNS):
        for w in _anchors(p.regex):
            index.setdefault(w, []).append(n)
    anchor_index = {w: tuple(ns) for w, ns in index.items()}
    return _PATTERNS, anchor_index, frozenset(anchor_index)
