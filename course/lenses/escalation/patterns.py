"""Constructions a word list cannot express ("react to the unfriendly steps", "threatening
to shut down its embassy", "lift sanctions"): regular expressions over a sentence's
tokens, each with its label, CAMEO code and a note for the student.

The patterns are data: one row each in ``datasets/lexicons/escalation_patterns.tsv``, in the
order they run, with the word lists several of them share in ``escalation_pattern_parts.tsv``.
Both files are read and compiled on first use (:func:`_patterns`), never when the module is
imported. A row's ``pattern`` is a regular expression written with four macros, expanded by
:func:`expand`; its ``check`` names a rule of :data:`CHECKS`, which stay in this module because
they read the tokens around a match. The words a check looks for are classes of
``datasets/lexicons/escalation_word_classes.tsv``."""

from __future__ import annotations

import re
import re._parser as _sre_parse
from re._constants import ASSERT, ASSERT_NOT, AT, BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Callable, Mapping

from ...datasets import lexicon_file, load_cameo_weights, read_rows
from ...document import Token
from ...errors import DatasetError
from ..attribution.words import IRREGULAR_PAST, POSSESSIVES
from .conditions import _deployed_as_verb, _labour_strike, _not_after_summons, _own_investigators, _party_stops
from .context import _has_context
from .words import _FUNCTION_WORDS, _MONTHS_DAYS, WORD_CLASSES, word_class

#: The files of the patterns and of their shared parts, in ``datasets/lexicons/``.
PATTERNS_FILE = "escalation_patterns"
PARTS_FILE = "escalation_pattern_parts"

#: The columns of ``escalation_patterns.tsv`` and of ``escalation_pattern_parts.tsv``.
PATTERN_COLUMNS = ("name", "label", "cameo", "intensity", "kahn_rung", "rank", "role", "check", "pattern",
                   "explanation")
PART_COLUMNS = ("part", "pattern", "explanation")

#: The values of the ``role`` column (as in ``escalation.tsv``; empty: none).
ROLES = ("", "head", "topic", "threat")

_Check = Callable[[list[Token], int, int, dict[str, Any]], bool]

_G = r"(?:\S+ )"  # one token and its space


def _gap(most: int, least: int = 0) -> str:
    """Between ``least`` and ``most`` tokens, as few as possible: the words a pattern lets
    stand between its parts ('shut down' + ``_gap(3)`` + 'embassy' reads "shut down its embassy")."""
    return _G + "{%d,%d}?" % (least, most)


@dataclass(frozen=True)
class _Pattern:
    """One row of ``escalation_patterns.tsv``, compiled: ``kahn`` is the ``kahn_rung`` column,
    ``check`` the function its ``check`` column names."""

    name: str
    regex: "re.Pattern[str]"
    label: str
    cameo: str
    intensity: float
    explanation: str
    kahn: str = ""
    role: str = ""
    check: _Check | None = None
    rank: int = 2  # overlap priority: lexicon rows are 1, fallbacks 0, specific patterns 3

    @cached_property
    def category(self) -> str:
        from ...labels import ESCALATION_LABELS

        return "escalation" if self.label in ESCALATION_LABELS else "deescalation"

    @cached_property
    def reads_quotes(self) -> bool:
        """Does the pattern name a quotation mark ('would respond "symmetrically"')? The others read
        the sentence without them."""
        return any(mark in self.regex.pattern for mark in '"“”')

    @cached_property
    def source(self) -> str:
        src = f"CAMEO {self.cameo} / Goldstein 1992; PLOVER {self.label}"
        if self.label == "RESTRAINT":
            src = f"CAMEO {self.cameo} / Goldstein 1992; PLOVER AGREE (kit label RESTRAINT)"
        elif self.label == "DETERIORATE":
            src = f"CAMEO {self.cameo} / Goldstein 1992; kit label DETERIORATE"
        if self.kahn:
            src += f"; Kahn 1965 rung {self.kahn}"
        return src


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


def _cond_in_clause(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    return ctx["conditional"][i] is not None


def _reporting_in_sentence(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """A "must" in reported speech, not after "we" or "I", that demands: one before a verb of knowing
    (word class ``knowing-verbs``: "He must know these figures are wrong", "must be aware", "must have known")
    concludes about what someone knows or did, it asks nothing (ANNOTATION.md §8.4).

    >>> from course.document import build_document
    >>> toks = build_document('"He must know these figures are wrong," she said.').tokens
    >>> _reporting_in_sentence(toks, 2, 2, {})
    False
    >>> toks = build_document("Tarsk must withdraw its troops, he said.").tokens
    >>> _reporting_in_sentence(toks, 1, 1, {})
    True
    """
    prev = tokens[i - 1].norm if i > 0 else ""
    if prev in {"we", "i"} or _concluding_must(tokens, j):
        return False
    reporting = word_class("reporting-words")
    return any(t.norm in reporting for t in tokens)


def _concluding_must(tokens: list[Token], j: int) -> bool:
    """Does the "must" at ``j`` conclude rather than demand: before a verb of knowing ("must know", "must
    realise"), "be aware", or "have" and a participle ("must have known")? An adverb may stand between."""
    k = j + 1
    if k < len(tokens) and tokens[k].norm.endswith("ly") and tokens[k].text.islower():
        k += 1
    if k >= len(tokens):
        return False
    nxt = tokens[k].norm
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt in word_class("knowing-verbs"):
        return True
    if nxt == "be" and after is not None and after.norm == "aware":
        return True
    return nxt == "have" and after is not None and after.text.islower() \
        and (after.norm.endswith("ed") or after.norm in IRREGULAR_PAST or after.norm in ("known", "been", "seen"))


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


def _not_after_summons_check(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """The pattern's form of the row condition ``not-after-summons`` (conditions.py)."""
    return _not_after_summons(tokens, i, j)


def _demanded_act(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """'gave the defenders until dawn to surrender': the deadline is for an act of yielding or
    compliance (``ultimatum-acts``), not for an everyday task ('two days to register'); and the
    hours expelled diplomats are given to leave are the term of the expulsion ('expelled 12
    diplomats and given them 72 hours to leave', ``expulsion-words``)."""
    if not (j + 2 < len(tokens) and tokens[j + 1].norm == "to" and tokens[j + 2].norm in word_class("ultimatum-acts")):
        return False
    expulsion = word_class("expulsion-words")
    return not any(t.norm in expulsion for t in tokens)


#: The words that open the speaker's own side as the subject of a veiled threat's if-clause ("if we
#: respond", "if our forces act", "if this country retaliates").
_OWN_SIDE_OPENERS = frozenset({"we", "our", "this"})


#: How far from a veiled threat (in tokens, either side) :func:`_speakers_side` looks for the speaker's
#: side named again: the report around it, kept short so that a run-on text stays linear.
_SIDE_WINDOW = 40


def _speakers_side(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """The subject of the if-clause in "should not be surprised if ..." or "will have only itself to
    blame if ..." is the speaker's own side: "we", "our forces", "this country", or a name that the
    sentence also gives, outside the threat, to another party than the one warned: the speaker's side
    told in the third person, as the subject of a clause before it or in the speaker's title, its
    adjective included ("Moscow will respond, and NATO should not be surprised if **Moscow** acts", "Velm
    said Tarsk would have only itself to blame if **Velm** retaliated", '"NATO should not be surprised if
    **Russia** takes countermeasures," Russian Foreign Minister Sergei Lavrov said'); not a name the
    sentence gives nowhere else ("Analysts said Tarsk should not be surprised if Velm responds").

    >>> from course.document import build_document
    >>> t = build_document("Velm said Tarsk should not be surprised if Velm responds.").tokens
    >>> _speakers_side(t, 3, 10, {})
    True
    >>> t = build_document("Analysts said Tarsk should not be surprised if Velm responds.").tokens
    >>> _speakers_side(t, 3, 10, {})
    False
    """
    k = next((x for x in range(i, j) if tokens[x].norm in ("if", "when")), None)
    if k is None or k + 1 >= j:
        return False
    if tokens[k + 1].norm in _OWN_SIDE_OPENERS:
        return True
    name = tokens[k + 2] if tokens[k + 1].norm == "the" else tokens[k + 1]
    if not name.text[:1].isupper() or i < 1 or name.norm == tokens[i - 1].norm:
        return False  # (not a name, or the party warned: "Tarsk should not be surprised if Tarsk ...")
    around = tokens[max(0, i - _SIDE_WINDOW) : i - 1] + tokens[j + 1 : j + 1 + _SIDE_WINDOW]
    return any(t.norm == name.norm or len(name.norm) >= 4 and t.text[:1].isupper() and t.norm.startswith(name.norm)
               for t in around)


def _military_sentence(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    return _has_context("military", tokens)


def _diplomatic_sentence(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """A state actor or a name is in the sentence (not 'The company halted shipments')."""
    return _has_context("diplomatic", tokens)


def _party_halts_trade(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """A state actor or a name is in the sentence, and a side stops the trade: not a company ("Shipping
    firms halted deliveries to Tarsk", class ``company-nouns``) nor an accident or a natural event with
    no doer named ("flights were suspended after the crash", class ``incident-words``), the test of the
    condition ``party-stops``.

    >>> from course.document import build_document
    >>> _party_halts_trade(build_document("Several airlines suspended flights to Tarsk.").tokens, 2, 3, {})
    False
    >>> _party_halts_trade(build_document("Tarsk suspended flights to Velm.").tokens, 1, 2, {})
    True
    """
    return _has_context("diplomatic", tokens) and _party_stops(tokens, i, i)


def _diplomatic_paragraph(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """A state actor or a name is in the sentence or in the one before it in its paragraph, as a row of
    ``escalation.tsv`` takes its field ('Tarsk expelled two diplomats. It was a reckless step', as '...
    It was a cynical step'); a blaming adjective in a text with no state in it ('It was a reckless
    step' about a climber) judges no side.

    >>> from course.document import build_document
    >>> toks = build_document("It was a reckless step.").tokens
    >>> _diplomatic_paragraph(toks, 3, 4, {"previous": build_document("Tarsk expelled two diplomats.").tokens})
    True
    >>> _diplomatic_paragraph(toks, 3, 4, {})
    False
    """
    return _has_context("diplomatic", tokens) or _has_context("diplomatic", ctx.get("previous", ()))


def _state_subject(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """The words just before the match name a state or its officials ('Kessia sets end-of-month
    deadline', 'the minister set a deadline'), not anyone ('Organisers set a deadline for
    registration'): a name that is not the sentence's first word, or a word of ``diplomatic-words``."""
    diplomatic = word_class("diplomatic-words")
    return any(t.norm in diplomatic or k > 0 and t.text[:1].isupper() and t.text.isalpha()
               for k, t in enumerate(tokens[:i]) if k >= i - 3)


def _two_countries_forces(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """The forces before the drills belong to two countries named together, two adjectives of
    nationality joined by "and" ('French and Egyptian warships began war games', 'Lorvian and Tarskian
    troops'), not two kinds of forces ('tanks and artillery') nor a name and a new clause ('warned Tarsk
    and Lorvian troops ...')."""
    for k in range(i - 1, max(0, i - 14), -1):
        if tokens[k].norm == "and" and k >= 1 and k + 1 < i:
            first, second = tokens[k - 1], tokens[k + 1]
            return all(t.text[:1].isupper() and t.text.isalpha() and t.norm.endswith(_NATIONALITY_ENDINGS)
                       for t in (first, second))
    return False


#: Endings of adjectives of nationality ("Russian", "Chinese", "British", "French", "Israeli").
_NATIONALITY_ENDINGS = ("an", "ese", "ish", "ch", "i")


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


def _own_restraint(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """'Tarsk will refrain from any action': the side holds itself back, unless the infinitive is what a
    verb that asks something of another side asks for ('warned Korska to refrain from further actions',
    'urged all parties to refrain from ...', word class ``directive-verbs``): that restraint is asked,
    not declared, and the appeal or the warning reads it.

    >>> from course.document import build_document
    >>> toks = build_document("Velm warned Korska to refrain from further actions.").tokens
    >>> _own_restraint(toks, 4, 7, {})
    False
    >>> toks = build_document("Velm pledged to refrain from further actions.").tokens
    >>> _own_restraint(toks, 3, 6, {})
    True
    """
    if i < 2 or tokens[i - 1].norm != "to":
        return True
    directive = word_class("directive-verbs")
    return not any(tokens[k].norm in directive for k in range(max(0, i - 8), i - 1))


def _not_to_recipient(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """'additional frigates may be sent to the strait', 'warships will be dispatched': forces moved
    in the passive are posture, unless a recipient is named right after the verb ('tanks were sent
    to Corvia', 'weapons were delivered to Kyiv': arms handed over, which ``supply-arms`` reads as aid).

    >>> from course.document import build_document
    >>> toks = build_document("Tanks were sent to Corvia.").tokens
    >>> _not_to_recipient(toks, 0, 2, {})
    False
    >>> toks = build_document("Warships will be dispatched.").tokens
    >>> _not_to_recipient(toks, 0, 3, {})
    True
    """
    after = tokens[j + 1 : j + 3]
    return not (len(after) == 2 and after[0].norm in ("to", "into") and after[1].text[:1].isupper())


def _named_place(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """'troops have been stationed in Ostrava': the last word of the match is a place's proper name
    (capitalised, not a month or a day), so the place joins the deployment ("stationed in secret" is
    no place).

    >>> from course.document import build_document
    >>> toks = build_document("Troops were stationed in Ostrava.").tokens
    >>> _named_place(toks, 2, 4, {})
    True
    >>> toks = build_document("Troops were stationed in March.").tokens
    >>> _named_place(toks, 2, 4, {})
    False
    """
    t = tokens[j]
    return t.text[:1].isupper() and t.norm not in _MONTHS_DAYS


def _named_before(ctx: dict[str, Any], words: frozenset[str]) -> bool:
    """Does the sentence before this one in its paragraph (``ctx["previous"]``) have one of ``words``?
    The paragraph checks below read the sentence itself and this one."""
    return any(t.norm in words for t in ctx.get("previous", ()))


def _hostile_context(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """'weighing a response to the expulsions': the measures weighed answer a hostile step."""
    words = {t.norm for t in tokens}
    if len(words & word_class("hostile-context-words")) >= 2:
        return True
    return tokens[j].norm in {"retaliation", "countermeasures", "counter-measures", "expulsions"}


def _dispute_paragraph(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """The sentence outside the match, or the one before it in its paragraph, has a word of a hostile
    step (classes ``hostile-context-words``, ``sanction-words``): "further measures" left open there
    answer the other side ('Tarsk expelled two diplomats on Monday. Velm said **further steps** cannot
    be excluded'), not a central bank's next move ('did not rule out further measures' alone).

    >>> from course.document import build_document
    >>> toks = build_document("Velm said further steps cannot be excluded.").tokens
    >>> _dispute_paragraph(toks, 2, 3, {"previous": build_document("Tarsk expelled two diplomats.").tokens})
    True
    >>> _dispute_paragraph(toks, 2, 3, {})
    False
    """
    hostile = word_class("hostile-context-words") | word_class("sanction-words")
    return _word_outside(tokens, i, j, ctx, hostile) or _named_before(ctx, hostile)


#: Determiners that point a bare noun back to what was told before ("the strike", "this strike").
_DEFINITE_POINTERS = frozenset("the this that".split())
#: Modifiers of "strike" too common elsewhere to tell of a military strike on their own in a text.
_LOOSE_STRIKE_MODIFIERS = frozenset("first second joint deadly targeted precision".split())


def _strike_told_before(ctx: dict[str, Any]) -> bool:
    """Did the text before tell of a military strike? The sentence before in the paragraph has a
    modifier of arms right before "strike" ("an air strike last week"), or the earlier sentences have
    "strike" and such a modifier, and no word of a walkout ("general", "hunger").

    >>> from course.document import build_document
    >>> _strike_told_before({"previous": build_document("A drone strike hit the depot.").tokens})
    True
    >>> _strike_told_before({"earlier": {"a", "hunger", "strike"}})
    False
    """
    arms = word_class("strike-modifiers")
    previous = ctx.get("previous") or []
    if any(a.norm in arms and b.norm in ("strike", "strikes") for a, b in zip(previous, previous[1:])):
        return True
    earlier = ctx.get("earlier", frozenset())
    return bool({"strike", "strikes"} & earlier) and bool((arms - _LOOSE_STRIKE_MODIFIERS) & earlier) \
        and not word_class("protest-strike-words") & earlier


def _military_strike(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """'a missile strike', 'an Israeli strike', 'strikes on its positions' in a sentence about
    armed forces: force used against the other side, not a refusal to work."""
    if tokens[i].norm in word_class("strike-modifiers"):
        return True  # the modifier is part of the phrase: "drone strike"
    pre = tokens[i - 1] if i > 0 else None
    post = tokens[j + 1] if j + 1 < len(tokens) else None
    if pre is not None and pre.norm in word_class("protest-strike-words"):
        return False  # "general strike", "hunger strike": a protest
    if _labour_strike(tokens, i):
        return False  # "Rail workers began a strike", "the miners' strike": a walkout
    if pre is not None and pre.text[:1].isupper() and any(c.isalpha() for c in pre.text) \
            and pre.norm not in _MONTHS_DAYS and pre.norm not in _FUNCTION_WORDS:
        return True  # "an Israeli strike", "US strikes": a state's strike is military ("The strike" is none)
    if pre is not None and pre.norm in _DEFINITE_POINTERS and _strike_told_before(ctx):
        return True  # "footage of the strike" after "an air strike last week": the same strike
    k = _past_date(tokens, j + 1)  # "a strike on Monday": the date says when, the words after say what
    if k > j + 1 and k + 1 < len(tokens) and tokens[k].norm == "on":
        return True  # "a strike on Monday on the depot": a target after the date, as "strike on" names one
    while k < len(tokens) and tokens[k].norm in ("had", "has", "have", "was", "were", "also", "reportedly", "apparently"):
        k += 1  # the subject of a verb of damage: "the strike had targeted a storage site"
    if k < len(tokens) and tokens[k].norm in word_class("strike-effect-verbs"):
        return True
    return post is not None and post.norm in ("on", "against") and _has_context("military", tokens)


def _past_date(tokens: list[Token], k: int) -> int:
    """The first token after a date that opens at ``k`` ("on Monday", "on 5 June", "on June 5"), or
    ``k`` when none does."""
    if not (k + 1 < len(tokens) and tokens[k].norm == "on"
            and (tokens[k + 1].norm in _MONTHS_DAYS or tokens[k + 1].norm[:1].isdigit())):
        return k
    k += 2
    while k < len(tokens) and (tokens[k].norm in _MONTHS_DAYS or tokens[k].norm[:1].isdigit()):
        k += 1
    return k


#: Words after which "fire" is a noun ("the fire first broke out", "a fire in the port").
_NOUN_BEFORE = frozenset("the a an this that its their his her our of".split())


def _fire_as_verb(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """'did not fire any weapons', 'who fired first', 'will not fire unless': "fire" is a verb of
    shooting, not a noun ('the fire first broke out') nor a capitalised name, and the sentence or
    the one before it in its paragraph is about armed forces or violence ('fired the minister first'
    has none).

    >>> from course.document import build_document
    >>> toks = build_document("The bombers did not fire any weapons.").tokens
    >>> _fire_as_verb(toks, 4, 4, {})
    True
    >>> toks = build_document("The fire first broke out in the port.").tokens
    >>> _fire_as_verb(toks, 1, 1, {})
    False
    """
    if i > 0 and tokens[i - 1].norm in _NOUN_BEFORE or not tokens[i].text.islower():
        return False
    return _has_context("violence", tokens) or _has_context("violence", ctx.get("previous", ()))


def _conflict_paragraph(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """The sentence, or the one before it in its paragraph, is about armed forces or violence: a
    route that reopens there is access through a front line ('Shelling forced a halt. She hoped the
    western route could reopen'), not a road after repairs."""
    if _has_context("violence", tokens) or _has_context("violence", ctx.get("previous", ())):
        return True
    front = word_class("front-line-words")  # ("A second corridor remained open. ... the western route could reopen")
    spans = _word_spans(tokens, ctx)
    return _named_before(ctx, front) or any(spans[w][0] < i for w in front & spans.keys())


def _treaty_paragraph(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """The sentence, or the one before it in its paragraph, names a treaty (class ``treaty-nouns``):
    "the suspension" there points back to a treaty suspended ('Lorvia denied that it had violated
    the treaty. Marr called the suspension "a reckless and cynical step"'), a rejection, not a
    sanction."""
    treaties = word_class("treaty-nouns")
    return any(t.norm in treaties for t in tokens) or _named_before(ctx, treaties)


def _trade_paragraph(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """The sentence, or the one before it in its paragraph, has a word of trade (class
    ``trade-words``): a ban there is an embargo ("Tarsk has not ruled out restricting exports of
    rare-earth metals. Such a ban would be ..."), not a ban on a group or an activity at home."""
    trade = word_class("trade-words")
    return any(t.norm in trade for t in tokens) or _named_before(ctx, trade)


def _sanction_paragraph(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """The sentence, or the one before it in its paragraph, has a word of penalties (class
    ``sanction-words``): "the measures" withdrawn there are those penalties eased ('The imposition
    of the tariffs ... unless the measures were withdrawn'), not rules at home ('The measures were
    withdrawn in May').

    >>> from course.document import build_document
    >>> toks = build_document("Lorva will respond unless the measures on steel tariffs are withdrawn.").tokens
    >>> _sanction_paragraph(toks, 4, 5, {})
    True
    >>> toks = build_document("The measures were withdrawn in May.").tokens
    >>> _sanction_paragraph(toks, 0, 3, {})
    False
    """
    words = word_class("sanction-words")
    return bool(words & _word_spans(tokens, ctx).keys()) or _named_before(ctx, words)


def _supplies_suspended(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """An earlier sentence of the text suspended something (a form of "suspend") and the text has
    a word of supplies (class ``supply-words``): 'the suspension' points back to supplies suspended
    ('Dalmar suspended gas deliveries to Varnia. The suspension angered Varnia'), not to a player
    or a vehicle's springs.

    >>> from course.document import build_document
    >>> toks = build_document("The suspension angered Varnia.").tokens
    >>> _supplies_suspended(toks, 1, 1, {"earlier": {"dalmar", "suspended", "gas", "deliveries"}})
    True
    >>> _supplies_suspended(toks, 1, 1, {"earlier": {"the", "league", "suspended", "a", "player"}})
    False
    """
    earlier = ctx.get("earlier", frozenset())
    return bool({"suspend", "suspends", "suspended", "suspending"} & earlier) and bool(
        word_class("supply-words") & earlier)


def _protest_purpose(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """A word of demand or grievance (class ``protest-purpose-words``) follows the gathering in its
    sentence ('gathered outside the defence ministry on Saturday, demanding information'): a rally,
    not an audience ('gathered outside the ministry to hear the announcement')."""
    words = word_class("protest-purpose-words")
    return any(t.norm in words for t in tokens[j + 1 : j + 9])


def _talks_nearby(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """Talks are named before the match, in the sentence or the one before it in its paragraph (class
    ``talk-words``): "ready to attend" with no object takes the talks just named as its object ("offered
    to host talks ... Kessia said it was ready to attend"), not a school or a funeral.

    >>> from course.document import build_document
    >>> toks = build_document("Kessia said it was ready to attend.").tokens
    >>> _talks_nearby(toks, 4, 6, {"previous": build_document("The council offered to host talks.").tokens})
    True
    >>> _talks_nearby(toks, 4, 6, {"previous": build_document("The funeral is on Monday.").tokens})
    False
    """
    talks = word_class("talk-words")
    spans = _word_spans(tokens, ctx)
    return any(spans[w][0] < i for w in talks & spans.keys()) or _named_before(ctx, talks) \
        or tokens[j].norm in talks


def _word_spans(tokens: list[Token], ctx: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """Each word of the sentence with its first and last position, built once per sentence and kept
    in ``ctx`` (the checks below ask "is a word of this class in the sentence, outside the match?"
    for every match: a scan of the sentence each time made a run-on text quadratic)."""
    cached = ctx.get("_word_spans")
    if cached is not None and cached[0] is tokens:
        return cached[1]
    spans: dict[str, tuple[int, int]] = {}
    for k, t in enumerate(tokens):
        first = spans.get(t.norm)
        spans[t.norm] = (k, k) if first is None else (first[0], k)
    ctx["_word_spans"] = (tokens, spans)
    return spans


def _word_outside(tokens: list[Token], i: int, j: int, ctx: dict[str, Any], words: frozenset[str]) -> bool:
    """Is a word of ``words`` in the sentence before ``i`` or after ``j``?"""
    spans = _word_spans(tokens, ctx)
    return any(spans[w][0] < i or spans[w][1] > j for w in words & spans.keys())


def _named_in_text(words_of: Callable[[], frozenset[str]], *, inside: bool = False) -> _Check:
    """A check that stands when a word of the class ``words_of`` gives is in the sentence outside the
    match (with ``inside``, anywhere in the sentence), or in an earlier sentence of the text: an event
    noun named again takes its sense from the story it points back to ("Tarsk and Lorvia exchanged 48
    prisoners ... A second **exchange** may take place"), not from a stock exchange; deliveries that
    resume after gas deliveries were halted are supplies, not a postal round; "hoped to restart the
    evacuation" after a corridor closed by shelling crosses a front line, not a school drill; and a
    crossing shut on a border (``inside``: "shuts **border crossings**") is no level crossing.

    >>> from course.document import build_document
    >>> toks = build_document("A second exchange may take place.").tokens
    >>> check = _named_in_text(lambda: word_class("prisoner-nouns"))
    >>> check(toks, 2, 2, {"earlier": {"exchanged", "48", "prisoners"}})
    True
    >>> check(toks, 2, 2, {"earlier": {"the", "stock", "market"}})
    False
    >>> border = _named_in_text(lambda: word_class("border-words"), inside=True)
    >>> border(build_document("Dalmar shuts border crossings.").tokens, 1, 3, {})
    True
    >>> border(build_document("Workers closed the crossing for repairs.").tokens, 1, 3, {})
    False
    >>> front = CHECKS["front-line-text"]
    >>> toks = build_document("They hoped to restart the evacuation.").tokens
    >>> front(toks, 3, 5, {"earlier": {"the", "corridor", "was", "closed"}}), front(toks, 3, 5, {"earlier": {"the", "fire"}})
    (True, False)
    """
    def check(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
        words = words_of()
        here = bool(words & _word_spans(tokens, ctx).keys()) if inside else _word_outside(tokens, i, j, ctx, words)
        return here or bool(words & ctx.get("earlier", frozenset()))
    return check


#: Words after "entering" that name a state's ground: "banning them from entering the country".
_STATE_GROUND = frozenset("country countries territory territories union bloc".split())


def _state_entry(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """The ban is on entering a country: the match ends on a name or on "the country" or "its
    territory" ("bar eight Ostlandic officials from entering Varnia"), not on a square or a city
    centre ("barred protesters from entering the square" is coercion at home).

    >>> from course.document import build_document
    >>> toks = build_document("Varnia would bar eight officials from entering Varnia.").tokens
    >>> _state_entry(toks, 2, 7, {})
    True
    >>> _state_entry(build_document("Police barred protesters from entering the square.").tokens, 1, 6, {})
    False
    """
    last = tokens[j]
    return last.norm in _STATE_GROUND or (last.text[:1].isupper() and last.text.isalpha())


def _weapon_test_text(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """An earlier sentence of the text, or this one before the match, told of a weapons test ("nuclear
    test", "missile test"; class ``weapon-test-words``): a bare "a test" there points back to it ("Korsk
    may carry out its first nuclear test ... He did not say when a test might take place"), not to an
    exam or a blood test.

    >>> from course.document import build_document
    >>> toks = build_document("He did not say when a test might take place.").tokens
    >>> _weapon_test_text(toks, 6, 6, {"earlier": {"korsk", "nuclear", "test"}})
    True
    >>> _weapon_test_text(toks, 6, 6, {"earlier": {"the", "driving", "test"}})
    False
    """
    kinds = word_class("weapon-test-words")
    spans = _word_spans(tokens, ctx)
    before = {w for w, (first, _) in spans.items() if first < i} if kinds & spans.keys() else set()
    earlier = ctx.get("earlier", frozenset())
    return bool(kinds & earlier) and bool({"test", "tests"} & earlier) or bool(kinds & before) and bool(
        {"test", "tests"} & before)


#: The modals of a promised response ("will respond", "we'll react", "would respond" after "said").
_PROMISE_MODALS = frozenset("will shall ll would".split())
#: The words skipped between the modal and the verb of a promise ("will certainly respond", "will of course react").
_PROMISE_FILLERS = frozenset("of course also surely certainly definitely undoubtedly".split())
#: Words before a subject that make its clause a question or a condition, no promise ("how Moscow will
#: respond", "whether Velm would react", "if Tarsk will respond").
_OPEN_CLAUSE_WORDS = frozenset("how whether if what when why".split())


def _promise_subject(tokens: list[Token], i: int) -> int | None:
    """The position of the subject of the promise whose verb is ``tokens[i]``: the word before its
    modal, past the fillers of :data:`_PROMISE_FILLERS`, an adverb in -ly and the commas of an aside
    ("Moscow will certainly respond" and "Russia will, of course, respond" -> the name; "we'll react" ->
    "we"; "Velm is going to respond" -> "Velm")."""
    k = i - 1
    while k > 0 and (tokens[k].norm in _PROMISE_FILLERS or tokens[k].norm == ","
                     or tokens[k].norm.endswith("ly") and tokens[k].text.islower()):
        k -= 1
    if k >= 2 and tokens[k].norm == "to" and tokens[k - 1].norm == "going":
        k -= 2  # ("is going to respond": the subject is before "is")
    elif tokens[k].norm == "ll" and k >= 1 and tokens[k - 1].norm == "'":
        k -= 1
    return k - 1 if k >= 1 else None


#: Words between the subject and a feeling it states: linking verbs, auxiliaries, degree adverbs.
_FEELING_LINKS = frozenset("""is are was were am be been being has have had remains remained remain feels felt
    feel also again still not very so deeply extremely profoundly bitterly gravely particularly greatly""".split())


def _side_feels(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """Is the subject of a stated disappointment a side ("The United States said it was disappointed",
    "Velm is deeply disappointed", "the ministry expressed disappointment")? The subject before the linking
    verb (or before the verb of expressing) is a name, a state's body (``diplomatic-words``: "the
    government", "officials"), "it" after a name or a state's body (a state speaks of itself), or "we" in a
    sentence with a state's body ('"We are disappointed," the minister said'); not a crowd or an observer
    (``non-party-subjects``, ``observer-nouns``: "Fans were disappointed", "Investors were disappointed").

    >>> from course.document import build_document
    >>> toks = build_document("The United States said it was disappointed.").tokens
    >>> _side_feels(toks, 6, 6, {})
    True
    >>> _side_feels(build_document("Fans were disappointed.").tokens, 2, 2, {})
    False
    """
    k = i - 1
    while k >= 0 and (tokens[k].norm in _FEELING_LINKS or tokens[k].norm.endswith("ly") and tokens[k].text.islower()):
        k -= 1
    if k < 0:
        return False
    subject, diplomatic = tokens[k], word_class("diplomatic-words")
    if subject.norm in word_class("non-party-subjects") or subject.norm in word_class("observer-nouns"):
        return False
    if subject.norm == "we":
        return any(t.norm in diplomatic for t in tokens)
    if subject.norm == "it":
        return any(t.norm in diplomatic or n > 0 and t.text[:1].isupper() and t.text.isalpha()
                   for n, t in enumerate(tokens[:k]))
    if subject.text[:1].isupper() and subject.text.isalpha():
        return subject.norm != "i"  # a name ("I was disappointed" is a person's feeling)
    return subject.norm in diplomatic


def _party_promise(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """Is a bare "will respond" a side's own promise ("Moscow will respond.", '"We will react," he
    said', "Lavrov said Russia would respond")? The subject before the modal is "we" (the speaker's
    side), a name, a state's body after "the" or a possessive ("the ministry", "the Kremlin"), or "it"
    or "they" after a verb of saying whose subject is a side ("Tarsk said it would respond"); not a
    crowd that reacts (class ``non-party-subjects``: "Markets will react"), nor one in a clause that
    asks ("It is unclear how Moscow will respond") or that an observer forecasts or a belief holds
    ("Analysts said Moscow will respond", "Officials expect Velm will react": no promise is made).
    "Would" is the past of "will" only after a verb of saying ("said Russia would respond").

    >>> from course.document import build_document
    >>> toks = build_document("Moscow will respond.").tokens
    >>> _party_promise(toks, 2, 2, {})
    True
    >>> toks = build_document("It is unclear how Moscow will respond.").tokens
    >>> _party_promise(toks, 6, 6, {})
    False
    """
    k = _promise_subject(tokens, i)
    if k is None:
        return False
    subject = tokens[k]
    if subject.norm == "we":
        party = True
    elif subject.text[:1].isupper() and subject.text.isalpha():
        party = k > 0 or subject.norm not in word_class("non-party-subjects") | word_class("observer-nouns")
    elif subject.norm in ("it", "they"):
        # a side that speaks of itself after a verb of saying: "Tarsk said it would respond"
        said = next((m for m in range(k - 1, -1, -1) if tokens[m].norm in word_class("reporting-words")), None)
        crowd = word_class("non-party-subjects") | word_class("observer-nouns")
        # (a warning's content is the warning's: "Velm warned that it will respond", class warn-verbs)
        party = said is not None and tokens[said].norm not in word_class("warn-verbs") and any(
            t.norm in word_class("diplomatic-words") or t.text[:1].isupper() and t.text.isalpha()
            and t.norm not in crowd and t.norm not in ("the", "a", "an") for t in tokens[:said])
    else:
        party = subject.norm in word_class("diplomatic-words") and k > 0 and (
            tokens[k - 1].norm == "the" or tokens[k - 1].norm in POSSESSIVES)
    if not party:
        return False
    start = k - 1 if k > 0 and tokens[k - 1].norm == "the" else k
    if start > 0 and tokens[start - 1].norm in _OPEN_CLAUSE_WORDS:
        return False
    spans = _word_spans(tokens, ctx)  # (kept per sentence: a run-on text with many promises stays linear)

    def named_before(words: frozenset[str]) -> bool:
        return any(spans[w][0] < start for w in words & spans.keys())

    if named_before(word_class("observer-nouns") | word_class("belief-verbs")):
        return False  # an observer's forecast or a belief, no promise
    modal = next((t.norm for t in tokens[k + 1 : i] if t.norm in _PROMISE_MODALS), "")
    return modal != "would" or named_before(word_class("reporting-words"))


#: Words between a verb of promising or a word of readiness and its subject ("Tarsk has vowed to",
#: "Velm is ready to", "Kessia reserves the right to").
_MEASURES_LINKS = frozenset("""is are was were be been has have had remains remained stands stood also still
    again fully now the right reserves reserved reserve keeps kept retains retained""".split())
#: Subject pronouns that point back to a side named before them ("Tarsk said it would take ...").
_SIDE_PRONOUNS = frozenset("we i it they he she".split())
#: Agentive plural endings (Quirk et al. 1985, App. I.31: -er, -or, -ist, -ant, -ent): a sentence-first
#: "Firefighters", "Organisers", "Protesters" is a common noun capitalised by its position, not a name.
_AGENT_PLURALS = ("ers", "ors", "ists", "ants", "ents")


def _party_measures(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """Is "take all necessary measures" a side's promise? The sentence has a state actor or a name (as
    ``diplomatic-sentence``), and the subject of the modal or of the verb of promising before "to" is a
    side: a name, a pronoun that points back to one, or a state's body after "the" or a possessive
    (``diplomatic-words``), not a crowd or an observer (``non-party-subjects``, ``observer-nouns``:
    "Firefighters will take ...", also a sentence-first agentive plural, which is capitalised by its
    position and is no name); and no observer or belief stands before it ("Analysts said Tarsk would
    take all necessary measures" is a forecast, ``belief-verbs``).

    >>> from course.document import build_document
    >>> toks = build_document("Tarsk will take all necessary measures.").tokens
    >>> _party_measures(toks, 2, 5, {})
    True
    >>> toks = build_document("Firefighters will take all necessary measures.").tokens
    >>> _party_measures(toks, 2, 5, {})
    False
    """
    if not _has_context("diplomatic", tokens):
        return False
    k = i - 1
    if k >= 0 and tokens[k].norm == "to":
        k -= 2  # past "to" and the verb or adjective of promising ("vowed to", "ready to")
        while k > 0 and (tokens[k].norm in _MEASURES_LINKS or tokens[k].norm.endswith("ly") and tokens[k].text.islower()):
            k -= 1
    else:
        found = _promise_subject(tokens, i)
        if found is None:
            return False
        k = found
    if k < 0:
        return False
    subject = tokens[k]
    observers = word_class("observer-nouns")
    crowd = word_class("non-party-subjects") | observers
    if subject.norm in _SIDE_PRONOUNS:
        party = True
    elif subject.text[:1].isupper() and subject.text[1:].replace("-", "").isalpha():
        party = subject.norm not in crowd and (
            k > 0 or not subject.norm.endswith(_AGENT_PLURALS) or subject.norm in word_class("diplomatic-words"))
    else:
        party = subject.norm in word_class("diplomatic-words") and k > 0 and (
            tokens[k - 1].norm == "the" or tokens[k - 1].norm in POSSESSIVES)
    if not party:
        return False
    spans = _word_spans(tokens, ctx)
    return not any(spans[w][0] < k for w in (observers | word_class("belief-verbs")) & spans.keys())


#: Subject pronouns of the side a promised regret is aimed at: the addressee or a third party, never
#: the speaker's own side ("we will regret it" is a fear, "I regret" an apology); "it" is a state or a body,
#: since only a party can regret.
_REGRET_TARGETS = frozenset("they you he she it".split())


def _promised_regret(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """Is "will regret it" a party's veiled threat to another side, not a forecast or a feeling? The
    subject before the modal is another side, "they", "you", "it" or a name ("Tarsk will regret this"), not
    the speaker's side and not a crowd (class ``non-party-subjects``: "Many voters will regret it"); and
    the words are a party's: the sentence reports speech or holds a quotation (class
    ``reporting-words``), or the regret is tied to an if-clause, the formula of a conditional threat
    ("They will regret it if they attack"), with no observer or belief before the subject ("Analysts
    said Velm will regret it", class ``observer-nouns``, ``belief-verbs``). A warning's content is the
    warning's ("warned that Lorvia would regret it", class ``warn-verbs``, read as a speech act). "Would" is the past of "will" only after a
    verb of saying ("said Velm would regret it"), as for a bare "will respond".

    >>> from course.document import build_document
    >>> toks = build_document("Tarsk will regret this, the minister said.").tokens
    >>> _promised_regret(toks, 1, 3, {})
    True
    >>> toks = build_document("Many voters will regret it.").tokens
    >>> _promised_regret(toks, 2, 4, {})
    False
    """
    k = i - 1
    while k > 0 and tokens[k].norm.endswith("ly") and tokens[k].text.islower():
        k -= 1
    if k < 0:
        return False
    subject = tokens[k]
    observers = word_class("observer-nouns")
    if subject.norm in _REGRET_TARGETS:
        party = True
    elif subject.text[:1].isupper() and subject.text.isalpha():
        party = subject.norm not in word_class("non-party-subjects") | observers and subject.norm not in ("we", "i")
    else:
        party = False
    if not party or k > 0 and tokens[k - 1].norm in _OPEN_CLAUSE_WORDS - {"if"}:
        return False
    spans = _word_spans(tokens, ctx)
    if any(spans[w][0] < k for w in word_class("warn-verbs") & spans.keys()):
        return False  # ('warned that Lorvia would regret it': the warning's content, read as a speech act)
    reported = word_class("reporting-words") & spans.keys()
    quoted = any(t.norm in ('"', "“", "”") for t in tokens)
    conditional = ctx.get("conditional") and ctx["conditional"][i] is not None
    if not reported and not quoted and not conditional:
        return False  # (the writer's narration: "Many voters will regret it")
    if any(spans[w][0] < k for w in (observers | word_class("belief-verbs")) & spans.keys()):
        return False  # an observer's forecast or a belief, no promise
    return tokens[i].norm != "would" or any(spans[w][0] < k for w in reported)


#: Past forms of the verbs of reacting: "responded in kind" tells of an answer already given.
_PAST_REACTIONS = frozenset("responded reacted struck".split())
#: Modals that keep a past form a promise or a supposition ("would have responded in kind").
_REACTION_MODALS = frozenset("will would shall should could might may must ll d".split())


def _promised_reaction(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """Is "respond in kind" a promise, not a report of an answer given? A past form with no modal in
    the three words before it ("Velmora responded in kind", "has reacted in kind") tells of a
    retaliation that happened, no threat: the act answered carries the mark. A base form ("will
    respond in kind") or a past form after a modal ("would have responded in kind") stays a threat.

    >>> from course.document import build_document
    >>> _promised_reaction(build_document("Velm responded in kind.").tokens, 1, 3, {})
    False
    >>> _promised_reaction(build_document("Velm will respond in kind.").tokens, 2, 4, {})
    True
    """
    if tokens[i].norm not in _PAST_REACTIONS:
        return True
    return any(t.norm in _REACTION_MODALS for t in tokens[max(0, i - 3) : i])


def _outside_checkers(tokens: list[Token], i: int, j: int, ctx: dict[str, Any]) -> bool:
    """Inspectors, monitors and observers let in are outsiders allowing international involvement (CAMEO
    086); "investigators" are mostly a side's own (the police, an accident board), so letting them examine
    a site is no stand-down ("presumably to allow investigators to examine the site"). Investigators count
    only when named as outsiders: a name or a nationality before them ("UN investigators", "Tarskian
    investigators"), a word of ``_OUTSIDE_MODIFIERS`` ("international investigators"), or "from" and a
    name after them ("investigators from the OPCW"); see :func:`conditions._own_investigators`.

    >>> from course.document import build_document
    >>> toks = build_document("Velm will allow investigators to examine the site.").tokens
    >>> _outside_checkers(toks, 2, 3, {})
    False
    >>> toks = build_document("Velm will allow UN investigators to examine the site.").tokens
    >>> _outside_checkers(toks, 2, 4, {})
    True
    """
    return not _own_investigators(tokens, i + 1, j)


#: The rules a pattern's ``check`` column can name. Each is given the sentence's tokens, the
#: first and last token of the match and the sentence context, and says whether the match stands.
CHECKS: dict[str, _Check] = {
    "in-conditional-clause": _cond_in_clause,
    "supplies-suspended": _supplies_suspended,
    "reporting-in-sentence": _reporting_in_sentence,
    "named-object": _named_object,
    "deployed-as-verb": _deployed_as_a_verb,
    "not-after-summons": _not_after_summons_check,
    "demanded-act": _demanded_act,
    "military-sentence": _military_sentence,
    "diplomatic-sentence": _diplomatic_sentence,
    "diplomatic-paragraph": _diplomatic_paragraph,
    "naval-sentence": _naval_sentence,
    "state-subject": _state_subject,
    "speakers-side": _speakers_side,
    "party-promise": _party_promise,
    "side-feels": _side_feels,
    "promised-reaction": _promised_reaction,
    "promised-regret": _promised_regret,
    "party-halts-trade": _party_halts_trade,
    "party-measures": _party_measures,
    "outside-checkers": _outside_checkers,
    "two-countries-forces": _two_countries_forces,
    "arms-to-recipient": _arms_to_recipient,
    "not-to-recipient": _not_to_recipient,
    "own-restraint": _own_restraint,
    "named-place": _named_place,
    "hostile-context": _hostile_context,
    "dispute-paragraph": _dispute_paragraph,
    "fire-as-verb": _fire_as_verb,
    "conflict-paragraph": _conflict_paragraph,
    "treaty-paragraph": _treaty_paragraph,
    "military-strike": _military_strike,
    "trade-paragraph": _trade_paragraph,
    "sanction-paragraph": _sanction_paragraph,
    "supply-text": _named_in_text(lambda: word_class("supply-words"), inside=True),
    "protest-purpose": _protest_purpose,
    "supply-elsewhere": _named_in_text(lambda: word_class("supply-words")),
    "talks-nearby": _talks_nearby,
    "state-entry": _state_entry,
    "weapon-test-text": _weapon_test_text,
    "front-line-text": _named_in_text(
        lambda: word_class("front-line-words") | word_class("violence-words") | word_class("military-words")),
    "trade-text": _named_in_text(lambda: word_class("trade-words")),
    "meeting-text": _named_in_text(lambda: word_class("meeting-words")),
    "agreement-text": _named_in_text(lambda: word_class("agreement-nouns")),
    "naval-text": _named_in_text(lambda: word_class("naval-words")),
    "prisoner-text": _named_in_text(lambda: word_class("prisoner-nouns")),
    "border-text": _named_in_text(lambda: word_class("border-words"), inside=True),
    "recognition-text": _named_in_text(lambda: word_class("recognising-verbs")),
}


# ----------------------------------------------------------------------------- the notation

#: The macros of the ``pattern`` column, written ``{macro:argument}``.
MACROS = ("forms", "gap", "class", "frag")

_MACRO = re.compile(r"\{([A-Za-z_-]*):([^{}]*)\}")
_STRAY_BRACE = re.compile(r"(?<!\\)\{(?![0-9,])")  # opens neither a macro nor a repeat count {2}, {1,5}
_VERB_FORM = re.compile(r"[a-z'-]+(?: [a-z'-]+)*")


def expand(pattern: str, parts: Mapping[str, str] | None = None,
           classes: Callable[[str], frozenset[str]] = word_class) -> str:
    r"""Expand the macros of a ``pattern`` cell into the regular expression they stand for.

    The rest of the cell is regular-expression syntax and is kept as written. The macros:

    - ``{forms:VERB}``: the verb's forms as alternatives (base, -s, -ing, regular past);
      ``{forms:VERB|PAST|PAST}`` gives irregular past forms instead of -ed; ``,double`` at the
      end doubles the final consonant before -ing and -ed (``{forms:ban,double}``). In a
      phrasal verb the first word is inflected (``{forms:pull back}``).
    - ``{gap:N}``: up to N tokens, as few as possible; ``{gap:M-N}``: between M and N.
    - ``{class:NAME}``: any word of a class of ``escalation_word_classes.tsv``, as a group
      of alternatives in sorted order.
    - ``{frag:NAME}``: the part NAME of ``escalation_pattern_parts.tsv`` as a group of
      alternatives; ``{frag:NAME|word|word}``: the same group with more alternatives.

    Args:
        pattern: the cell.
        parts: the expanded parts by name (``{frag:...}`` is an error without them).
        classes: gives the words of a class by name (a ``KeyError`` for an unknown one); the
            default reads ``escalation_word_classes.tsv``.

    Returns:
        The regular expression, before the loader anchors it on token boundaries.

    Raises:
        ValueError: on an unknown macro, a malformed argument, an unknown part or class, or a
            ``{`` that opens neither a macro nor a repeat count.

    >>> print(expand("{forms:withdraw|withdrew|withdrawn}"))
    withdraw|withdraws|withdrawing|withdrew|withdrawn
    >>> print(expand("(?:{forms:ban,double}) {gap:3}(?:imports|exports)"))
    (?:ban|bans|banning|banned) (?:\S+ ){0,3}?(?:imports|exports)
    >>> print(expand("(?:forced|ordered) {gap:1-6}out of"))
    (?:forced|ordered) (?:\S+ ){1,6}?out of
    >>> print(expand("{frag:PLACE} or {frag:PLACE|town}", parts={"PLACE": "border|coast"}))
    (?:border|coast) or (?:border|coast|town)
    >>> print(expand("{class:protest} strike", classes={"protest": frozenset({"hunger", "general"})}.__getitem__))
    (?:general|hunger) strike
    """
    stray = _STRAY_BRACE.search(_MACRO.sub("", pattern))
    if stray:
        raise ValueError("a '{' opens neither a macro {forms:...}, {gap:...}, {class:...}, {frag:...} nor a "
                         "repeat count such as {2} or {1,5}.")
    return _MACRO.sub(lambda m: _macro(m.group(1), m.group(2), parts, classes), pattern)


def _macro(macro: str, arg: str, parts: Mapping[str, str] | None,
           classes: Callable[[str], frozenset[str]]) -> str:
    """One macro of :func:`expand`, ``{macro:arg}``, as the regular expression it stands for."""
    written = "{" + macro + ":" + arg + "}"
    if macro == "forms":
        verbs, *options = arg.split(",")
        forms = verbs.split("|")
        if options not in ([], ["double"]) or not all(_VERB_FORM.fullmatch(f) for f in forms):
            raise ValueError(f"{written} is not {{forms:VERB}} or {{forms:VERB|PAST|...}}, with ,double at "
                             "the end to double the final consonant.")
        return _forms(forms[0], *forms[1:], double=bool(options))
    if macro == "gap":
        m = re.fullmatch(r"(\d+)(?:-(\d+))?", arg)
        if not m or (m.group(2) and int(m.group(1)) > int(m.group(2))):
            raise ValueError(f"{written} is not {{gap:N}} (up to N tokens) or {{gap:M-N}} (M to N tokens).")
        return _gap(int(m.group(2)), int(m.group(1))) if m.group(2) else _gap(int(arg))
    if macro == "class":
        try:
            words = classes(arg)
        except KeyError:
            raise ValueError(f"{written}: {WORD_CLASSES}.tsv has no class {arg!r}.") from None
        return "(?:" + "|".join(re.escape(w) for w in sorted(words)) + ")"
    if macro == "frag":
        name, *more = arg.split("|")
        if parts is None or name not in parts:
            known = ", ".join(parts or ()) or "none"
            raise ValueError(f"{written}: no part {name!r}; the parts are: {known}.")
        return "(?:" + "|".join([parts[name], *more]) + ")"
    raise ValueError(f"{written}: no macro {macro!r}; the macros are {', '.join(MACROS)}.")


# ----------------------------------------------------------------------------- the loader


def _compiles(regex: str, where: str) -> None:
    try:
        re.compile(regex)
    except re.error as exc:
        raise DatasetError(f"{where}: the pattern is not a valid regular expression ({exc}).") from None


def read_parts(path: Path) -> dict[str, str]:
    """Read the parts file: named lists of alternatives the patterns share.

    Args:
        path: the file, with the columns of ``PART_COLUMNS``.

    Returns:
        Each part's alternatives, macros expanded, by name in file order.

    Raises:
        DatasetError: on a missing column, a part named twice, an empty part, a part that uses
            another part, a bad macro or a part that does not compile, naming the file and line.
    """
    parts: dict[str, str] = {}
    for row in read_rows(path, PART_COLUMNS, "part"):
        where = f"{path.name} line {row['_line']}"
        if not row["pattern"]:
            raise DatasetError(f"{where}: the part {row['part']!r} is empty.")
        if "{frag:" in row["pattern"]:
            raise DatasetError(f"{where}: a part cannot use another part ({{frag:...}}).")
        try:
            parts[row["part"]] = expand(row["pattern"])
        except ValueError as exc:
            raise DatasetError(f"{where}: {exc}") from None
        _compiles(parts[row["part"]], where)
    return parts


def read_patterns(path: Path, parts: Path) -> tuple[_Pattern, ...]:
    """Read and compile the patterns of a file, in file order.

    Args:
        path: the patterns, with the columns of ``PATTERN_COLUMNS``.
        parts: the parts their ``{frag:...}`` macros name (see :func:`read_parts`).

    Returns:
        The compiled patterns, anchored on token boundaries.

    Raises:
        DatasetError: naming the file and line, on a missing column, a name given twice, an
            unknown label, check or role, a CAMEO code missing from ``cameo_weights.tsv``, an
            intensity other than that code's weight, a bad ``kahn_rung`` or ``rank``, an empty
            pattern or explanation, an unknown or malformed macro, a named group other than
            ``cue``, or a pattern that does not compile.
    """
    from ...labels import DEESCALATION_LABELS, ESCALATION_LABELS

    fragments = read_parts(parts)
    weights = load_cameo_weights()
    labels = [*ESCALATION_LABELS, *DEESCALATION_LABELS]
    patterns = []
    for row in read_rows(path, PATTERN_COLUMNS, "name"):
        where = f"{path.name} line {row['_line']}"
        label, cameo, check = row["label"], row["cameo"], row["check"]
        if label not in labels:
            raise DatasetError(f"{where}: unknown label {label!r}; the labels are {', '.join(labels)}.")
        if cameo not in weights:
            raise DatasetError(f"{where}: the CAMEO code {cameo!r} is not in cameo_weights.tsv.")
        try:
            intensity = float(row["intensity"])
        except ValueError:
            raise DatasetError(f"{where}: the intensity {row['intensity']!r} is not a number.") from None
        if intensity != weights[cameo]:
            raise DatasetError(f"{where}: the intensity {intensity} differs from {weights[cameo]}, the weight of "
                               f"CAMEO {cameo} in cameo_weights.tsv.")
        if row["kahn_rung"] not in ("", "1", "2", "3"):
            raise DatasetError(f"{where}: kahn_rung is 1, 2, 3 or empty, not {row['kahn_rung']!r}.")
        if not row["rank"].isdigit():
            raise DatasetError(f"{where}: rank is a whole number (3 specific, 2 ordinary, 0 fallback), "
                               f"not {row['rank']!r}.")
        if row["role"] not in ROLES:
            raise DatasetError(f"{where}: unknown role {row['role']!r}; the roles are {', '.join(ROLES[1:])} "
                               "or empty.")
        if check and check not in CHECKS:
            raise DatasetError(f"{where}: unknown check {check!r}; the checks are {', '.join(CHECKS)} "
                               "(course/lenses/escalation/patterns.py).")
        if not row["pattern"] or not row["explanation"]:
            raise DatasetError(f"{where}: the {'pattern' if not row['pattern'] else 'explanation'} is empty.")
        try:
            body = expand(row["pattern"], fragments)
        except ValueError as exc:
            raise DatasetError(f"{where}: {exc}") from None
        _compiles(body, where)
        regex = _rx(body)
        if set(regex.groupindex) - {"cue"}:
            raise DatasetError(f"{where}: the only named group a pattern may have is (?P<cue>...), the part "
                               "that is marked.")
        patterns.append(_Pattern(row["name"], regex, label, cameo, intensity, row["explanation"],
                                 kahn=row["kahn_rung"], role=row["role"], check=CHECKS[check] if check else None,
                                 rank=int(row["rank"])))
    return tuple(patterns)


@lru_cache(maxsize=1)
def _patterns() -> tuple[_Pattern, ...]:
    """The patterns of ``datasets/lexicons/escalation_patterns.tsv``, in the order they run;
    read on first use."""
    return read_patterns(lexicon_file(PATTERNS_FILE), lexicon_file(PARTS_FILE))


def __getattr__(name: str) -> Any:
    """``_PATTERNS``: the patterns, read from ``datasets/`` when first asked for."""
    if name == "_PATTERNS":
        return _patterns()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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


#: Words too common to anchor a pattern: a sentence holds one of them almost always.
_COMMON_ANCHORS = _ANCHOR_STOP | frozenset(
    "was were is are be been being has have had will would could can may might should must not no it they he she we "
    "i you".split())
_SPACE = ord(" ")


def _pure_literal(p):
    """The string a parsed sequence always matches, or None."""
    out = []
    for op, av in p:
        if op is LITERAL:
            out.append(chr(av))
        elif op is SUBPATTERN and av[3] is not None:
            s = _pure_literal(av[3])
            if s is None:
                return None
            out.append(s)
        else:
            return None
    return "".join(out)


def _alternatives(p):
    """The strings of a group that is a choice of plain strings ("(?:was|were)"), or None."""
    items = list(p)
    if len(items) == 1 and items[0][0] is BRANCH:
        alts = [_pure_literal(b) for b in items[0][1][1]]
        return None if any(a is None for a in alts) else alts
    if len(items) == 1 and items[0][0] is SUBPATTERN:
        return _alternatives(items[0][1][3])
    s = _pure_literal(items)
    return None if s is None else [s]


def _ends_with_space(p):
    items = list(p)
    if not items:
        return False
    op, av = items[-1]
    if op is LITERAL:
        return av == _SPACE
    if op is SUBPATTERN:
        return _ends_with_space(av[3])
    if op is BRANCH:
        return all(_ends_with_space(b) for b in av[1])
    return False


def _zero_width(p) -> bool:
    """True for a parsed sequence that matches no character: assertions only, or a choice of
    such sequences ("(?:(?<=the )|(?<=this ))")."""
    for op, av in p:
        if op in (ASSERT, ASSERT_NOT, AT):
            continue
        if op is SUBPATTERN and _zero_width(av[3]):
            continue
        if op is BRANCH and all(_zero_width(b) for b in av[1]):
            continue
        return False
    return True


def _atoms(p, out):
    for op, av in p:
        if op in (ASSERT, ASSERT_NOT, AT):
            continue
        if op is LITERAL:
            out.append(chr(av))
        elif op is SUBPATTERN:
            if _zero_width(av[3]):
                continue  # a choice of look-behinds ("(?:(?<=the )|(?<=this ))") reads no character
            alts = _alternatives(av[3])
            if alts is not None and len(alts) > 1:
                out.append(("alts", alts))
            elif alts is not None:
                out.extend(alts[0])
            else:
                inner = list(av[3])
                if len(inner) == 1 and inner[0][0] is BRANCH:
                    out.append(("other", None))
                else:
                    _atoms(av[3], out)
        elif op is BRANCH:
            if all(_zero_width(b) for b in av[1]):
                continue
            alts = [_pure_literal(b) for b in av[1]]
            out.append(("alts", alts) if all(a is not None for a in alts) else ("other", None))
        elif op in (MAX_REPEAT, MIN_REPEAT):
            lo, hi, body = av
            if lo == 0:
                # an optional run that always ends in a space keeps a token boundary where it starts
                out.append(("skip", None) if _ends_with_space(body) else ("other", None))
            else:
                out.append(("other", None))
        else:
            out.append(("other", None))
    return out


#: The most words one required set may spell out ("clash" + "(?:|es|ed|ing)" spells four).
_MAX_SPELLED = 256


def _in_word(atom) -> bool:
    """An atom that stays inside one token: a non-space character, or a choice of strings none
    of which holds a space ("(?:|es|ed|ing)", the parser's factoring of "clash|clashes|...")."""
    if isinstance(atom, str):
        return atom != " "
    return atom[0] == "alts" and all(" " not in s for s in atom[1])


def _spell(run) -> set[str]:
    """Every word a run of :func:`_in_word` atoms can spell."""
    words = {""}
    for atom in run:
        options = [atom] if isinstance(atom, str) else atom[1]
        words = {w + o for w in words for o in options}
        if len(words) > _MAX_SPELLED:
            return set()
    return words


def _required_sets(pattern: str) -> list[frozenset[str]]:
    r"""Sets of words of which every match of ``pattern`` holds at least one as a whole token,
    read from the parsed regex: a run of literal characters and choices of plain strings
    between spaces ("restored", "(?:was|were)" -> {"was", "were"}, "clash(?:|es|ed|ing)" ->
    {"clash", "clashes", "clashed", "clashing"}), or a choice of phrases between spaces (their
    first words). An optional run that ends in a space ("(?:the )?", a gap "(?:\S+ ){0,4}")
    and a look-behind keep the token boundary before them; anything else ends the reading
    there, so a set is only ever given when it is sure.

    >>> sorted(map(sorted, _required_sets(r"(?:relations|ties) (?:were|has been) restored")))
    [['has', 'were'], ['relations', 'ties'], ['restored']]
    >>> _required_sets(r"[a-z]+ed by")
    [frozenset({'by'})]
    >>> sorted(_required_sets(r"(?<!\S)(?:(?<=the )|(?<=this ))(?:clash|clashes|clashed) over")[0])
    ['clash', 'clashed', 'clashes']
    >>> [sorted(w) for w in _required_sets(r"(?<!\S)(?:troops (?:were|are) withdrawn|withdrew (?:\S+ )?troops)(?!\S)")]
    [['troops', 'withdrew']]
    """
    return _sets_of(_sre_parse.parse(pattern))


def _sole_branch(parsed) -> list | None:
    """The alternatives of a pattern that is one choice and nothing else but look-arounds
    ("(?<!\\S)(?:A|B)(?!\\S)" -> [A, B]), or None."""
    items = [(op, av) for op, av in parsed if not _zero_width([(op, av)])]
    if len(items) != 1:
        return None
    op, av = items[0]
    if op is SUBPATTERN:
        return _sole_branch(av[3])
    if op is BRANCH:
        return av[1]
    return None


def _most_telling(sets: list[frozenset[str]]) -> frozenset[str]:
    """The set that rules out most sentences: the smallest one with no common word, if any."""
    rare = [w for w in sets if not (w & _COMMON_ANCHORS)]
    return min(rare or sets, key=len)


def _sets_of(parsed) -> list[frozenset[str]]:
    """:func:`_required_sets` of a parsed pattern. A pattern that is a choice of alternatives
    needs, besides, a word of at least one alternative: the union of each alternative's
    most telling set (when every alternative has one)."""
    atoms = _atoms(parsed, [])
    sets = []
    n = len(atoms)

    def boundary_before(k):
        # walk left over skippable optional runs
        k -= 1
        while k >= 0 and isinstance(atoms[k], tuple) and atoms[k][0] == "skip":
            k -= 1
        return k < 0 or atoms[k] == " "

    def boundary_after(k):
        k += 1
        return k >= n or atoms[k] == " "

    k = 0
    while k < n:
        a = atoms[k]
        if _in_word(a):
            j = k
            while j + 1 < n and _in_word(atoms[j + 1]):
                j += 1
            if boundary_before(k) and boundary_after(j):
                words = _spell(atoms[k:j + 1])
                if words and "" not in words:
                    sets.append(frozenset(words))
            k = j + 1
            continue
        if isinstance(a, tuple) and a[0] == "alts":
            alts = a[1]
            if all(s and not s.startswith(" ") for s in alts) and boundary_before(k) and boundary_after(k):
                firsts = {s.split(" ")[0] for s in alts}
                # a first word is whole when the alternative has a space after it or ends there
                sets.append(frozenset(firsts))
        k += 1
    branches = _sole_branch(parsed)
    if branches is not None:
        each = [_sets_of(b) for b in branches]
        if all(each):
            sets.append(frozenset().union(*map(_most_telling, each)))
    return sets


def _first_words(parsed) -> frozenset[str] | None:
    r"""The words every match of a parsed pattern starts with, or None when that is not sure: the
    pattern opens (after look-arounds) with a run of :func:`_in_word` atoms or a choice of plain
    strings that ends its first word ("(?:close|closes|closed) ...", "(?:call for|urge) ..."); a
    pattern that is a choice of such patterns starts with the words of all of them.

    >>> sorted(_first_words(_sre_parse.parse(r"(?<!\S)(?:close|closed|shut) (?:the )?border(?!\S)")))
    ['close', 'closed', 'shut']
    >>> _first_words(_sre_parse.parse(r"(?:the )?border closed")) is None
    True
    """
    branches = _sole_branch(parsed)
    if branches is not None:
        each = [_first_words(b) for b in branches]
        return None if any(e is None for e in each) else frozenset().union(*each)
    atoms = _atoms(parsed, [])
    if not atoms:
        return None
    if _in_word(atoms[0]):
        j = 0
        while j + 1 < len(atoms) and _in_word(atoms[j + 1]):
            j += 1
        if j + 1 < len(atoms) and atoms[j + 1] != " ":
            return None
        words = _spell(atoms[:j + 1])
        return frozenset(words) if words and "" not in words else None
    if atoms[0][0] == "alts" and (len(atoms) == 1 or atoms[1] == " "):
        alts = atoms[0][1]
        if all(a and not a.startswith(" ") for a in alts):
            return frozenset(a.split(" ")[0] for a in alts)
    return None


def _pattern_anchors(regex: "re.Pattern[str]") -> frozenset[str]:
    """The words a pattern is looked up by: a required set of :func:`_required_sets` with no
    common word in it (the smallest), so that a pattern needing "restored" is not tried on every
    sentence with a "was"; else every content word of :func:`_anchors`. A speed-up, not a rule."""
    sets = [w for w in _required_sets(regex.pattern) if not (w & _COMMON_ANCHORS)]
    return min(sets, key=len) if sets else _anchors(regex)


@lru_cache(maxsize=1)
def _pattern_index() -> tuple[tuple[_Pattern, ...], dict[str, tuple[int, ...]], frozenset[str],
                              tuple[tuple[frozenset[str], ...], ...], tuple[frozenset[str] | None, ...]]:
    """The patterns, the positions in that tuple of the patterns that need each anchor word,
    the set of all anchor words, for each pattern every set of :func:`_required_sets` (a
    sentence must hold a word of each for the pattern to be tried) and its
    :func:`_first_words` (the only words a match can start at); built on first use."""
    index: dict[str, list[int]] = {}
    patterns = _patterns()
    for n, p in enumerate(patterns):
        for w in _pattern_anchors(p.regex):
            index.setdefault(w, []).append(n)
    anchor_index = {w: tuple(ns) for w, ns in index.items()}
    required = tuple(tuple(_required_sets(p.regex.pattern)) for p in patterns)
    firsts = tuple(_first_words(_sre_parse.parse(p.regex.pattern)) for p in patterns)
    return patterns, anchor_index, frozenset(anchor_index), required, firsts
