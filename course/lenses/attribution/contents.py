"""Where a reported content starts and ends (ANNOTATION.md §6.2): the clause after "that"
or a bare clause, a quotation, the words before an inverted cue, and the writer's own words
cut off the end (a semicolon, ", amid ...", a subordinate clause that opens the sentence)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import chain, islice, takewhile
from typing import TYPE_CHECKING

from ...document import Document, Sentence, Token
from ...model import Span
from .lexicon import CueWord, _clause_verbs, _content_nouns, _cue_norms, _idiom_at
from .phrases import _after_dateline, _bare_plural, _left_np, _noun_context, _only_time_left, _right_np
from .spans import _Intervals, _first_token_at, _kind, _quote_interior, _span
from .words import (
    AUX, BE_FORMS, COMPLEMENTIZERS, FINITE_AUX, DETERMINERS, FINAL_PUNCT, GERUND_PREPOSITIONS, IRREGULAR_PAST, NP_PREPOSITIONS, NUMBER_WORDS, PAST_ONLY, PRONOUNS,
    PLACE_PREPOSITIONS, POSSESSIVES, QUANTIFIER_SOURCES, SAYING_SETTINGS, PUBLISHED_WHEN, QUOTE_CHARS, UNITS_AFTER_LAST, STOP, SUBJECT_PRONOUNS, TIME_PREPOSITIONS, TIME_UNITS, TIME_WORDS,
    CHANNEL_NOUNS, DAY_NAMES, WH_WORDS, _capitalised_modal, _clitic, _title_case, adjective_list_comma, _finite_like, _is_adverb, _is_number, _is_word, document_nouns, lazy_constants, speaker_nouns, word_class,
)

if TYPE_CHECKING:
    from .frames import _Found


#: Words that open the writer's own clause after reported content (ANNOTATION.md §6.2, §11):
#: a circumstance the writer adds ("amid a spike in ..."), a contrast about the speaker
#: (", but he did not give details"), a note on what is unknown (", and it is unclear whether").
_WRITER_TAIL = re.compile(
    # (every tail opens with a comma, a semicolon, or a space before "amid" or a dash: other places fail at once)
    r"(?=[,;]|\s+(?:amid\s|—|–|―|--))(?:"
    r",\s+that\s"  # a parenthesis ends: "citing two sources, that ..." (the clause is the outer cue's)
    r"|,?\s+(?:[—–]\s+|--\s+)?amid\s"  # (with its comma or dash: "said it would respond, amid rising tensions")
    r"|,\s+but\s+(?:he|she)\s"
    r"|,\s+but\s+(?:this|that)\s+(?:has|had|was|is|could|can|cannot|remains|remained)\b"  # ", but this has not been confirmed"
    r"|,\s+(?:and|although|though|but)\s+it\s+(?:is|was|remains|remained)\s+(?:not\s+)?(?:unclear|clear|known|unknown)\b"
    r"|;\s"  # a semicolon opens the writer's next clause
    # a dash before a stance adverb opens the writer's aside on the report (Quirk et al. 1985 §15.54):
    # "promised to cut taxes — probably not what Velm had in mind"
    # (a single dash: a pair encloses an aside inside the content, "said the talks — probably the last — had failed")
    r"|\s+(?:—|–|―|--)\s+(?:probably|perhaps|possibly|hardly|surely|certainly|presumably|arguably)\s"
    r"(?![^—–―]*(?:—|–|―|--))"
    # a clause of its own after "nor" and an inverted auxiliary: ", nor would he say when ..."
    r"|,\s+nor\s+(?:would|will|did|does|do|could|can|has|have|had|is|was|were|are|should)\s"
    # the writer's note on the speech act itself: what the speaker left out as they spoke (a
    # "without" + gerund of saying: ", without giving details", ", without naming a country"), or a
    # concessive clause whose pronoun subject is the speaker and whose verb gives or offers the
    # missing support (", although she gave no details", ", though it offered no timeline"); a
    # gerund of another act stays in the report ("said the troops had crossed, without firing a shot")
    r"|,\s+without\s+(?:(?:immediately|publicly|actually)\s+)?(?:giving|naming|offering|providing|citing|elaborating"
    r"|specifying|explaining|identifying|detailing|disclosing|presenting|producing|saying|revealing)\b"
    r"|,\s+(?:although|though|but|while)\s+(?:he|she|they|it)\s+(?:(?:gave|offered|provided|presented|produced|cited)"
    r"|(?:did\s+not|didn[’']t)\s+(?:give|offer|provide|present|produce|cite))\s+(?:no|any|a|an|few|little)\s+"
    r"(?:(?:further|more|other|firm|specific|precise|concrete)\s+)?(?:details?|evidence|proof|date|timeline|timetable"
    r"|specifics|figures|reasons?|explanation|examples?|names?|sources?)\b"
    # the writer's check on the report: a concessive clause whose predicate is a hedge of
    # verification (", though the date of the recording could not be confirmed", ", although its
    # authenticity has not been independently verified", ", but the toll remains unclear"); a
    # concessive clause of another predicate stays in the report ("said the talks would resume,
    # though no date had been set"; Quirk et al. 1985 §15.23, disjuncts of the writer's comment)
    r"|,\s+(?:although|though|but)\s+(?:[\w'’-]+\s+){1,8}?(?:(?:could|can|would)\s+not|cannot|couldn[’']t"
    r"|(?:has|have|had|was|were|is|are)\s+not|(?:has|have)\s+yet\s+to)\s+(?:(?:be|been|immediately|independently)\s+){0,3}"
    r"(?:confirmed|verified|corroborated|confirm|verify|corroborate)\b"
    r"|,\s+(?:although|though|but)\s+(?:[\w'’-]+\s+){1,8}?(?:is|was|remains|remained)\s+"
    r"(?:not\s+(?:immediately\s+|yet\s+)?(?:clear|known)|unclear|unknown|unconfirmed|unverified)\b"
    r"|,\s+according\s+to\s"  # the source of the whole sentence: "It is thought that ..., according to two officials"
    r"|,\s+but\s+(?:[a-z]+ed|gave|made|took|said|told|left|went|came|kept|held|did)\b"  # ", but gave no date"
    # the writer's comment renaming the statement: ", a charge the council rejected as ...", ", a finding
    # officials dismissed as ...", ", a phrase officials have often used to hint at force"
    r"|,\s+(?:a|an)\s+(?:charge|claim|accusation|allegation|assertion|move|step|view|position|argument|stance"
    r"|offer|proposal|demand|request|threat|promise|pledge|finding|conclusion|assessment|verdict"
    r"|phrase|term|formula|euphemism|label|description|remark|comment|statement)\s"
    # ... and a bare plural of words renaming them, with a relative clause whose subject judged them:
    # ", remarks the Kremlin later distanced itself from", ", comments the ministry dismissed as ..."
    r"|,\s+(?:remarks|comments|statements|words)\s+(?:that\s+|which\s+)?(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+"
    r"(?:(?:later|quickly|swiftly|since|also)\s+)?(?:has\s+|have\s+|had\s+)?[a-z]+ed\b"
    # (and in the present, with its label: ", remarks that Velm regards as a direct threat")
    r"|,\s+(?:remarks|comments|statements|words)\s+(?:that\s+|which\s+)?(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+[a-z]+s\s+as\s"
    # ... and any renaming noun whose label someone gives in a relative clause without "that":
    # ", a practice she described as standard", ", a tactic the opposition called blackmail"
    r"|,\s+(?:a|an)\s+[a-z-]+\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:described|called|termed|labell?ed|dubbed|branded)\s"
    # ... and a renaming noun after a comma or a dash whose relative clause without a pronoun reports
    # on it, its subject gone into the noun: "called for retaliation -- interference the senator said
    # is meant to divide voters" (the senator's report is a relation of its own, §6.2)
    r"|(?:,|\s+(?:—|–|--))\s+(?:(?:a|an)\s+)?(?!(?:which|who|whom|whose|that|what|and|but|or|nor|yet|so|while|as"
    r"|because|if|when|where|since|after|before|until|though|although|once|unless|whereas)\s)"
    r"[a-z-]+\s+(?:the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:said|says|claimed|claims|believes|believed|argued|argues)\s+(?:is|was|are|were|has|had|would|will|could|may)\s"
    # a sentential relative clause giving others' view of the report (Quirk et al. 1985 §15.10):
    # "said the talks had failed, which analysts see as a snub" (the holder is a noun or a name, not
    # a pronoun that may be the speaker; only after a clause, see _sentential_which)
    r"|(?P<which>,\s+which\s+(?!(?:he|she|they|it|we|i|you|was|is|were|are|has|have|had)\s)(?:[\w-]+\s+){0,2}?(?:\w+ly\s+)?"
    r"(?:see|sees|saw|view|views|viewed|regard|regards|regarded|interpret|interprets|interpreted|read|reads"
    r"|consider|considers|considered|described|called|termed|branded|dubbed)\s+(?:as\s+)?[“\"]?(?:an?\s+)?[“\"]?(?:[\w-]+\s+){0,2}?"
    # (the label names an act or an event: the report, not a noun inside it, "which the rebels call their capital";
    # quoted or not: 'which Tarsk called “a betrayal”')
    r"(?:snub|setback|provocation|betrayal|victory|defeat|sign|step|blow|rebuke|escalation|climbdown|concession"
    r"|threat|breakthrough|mistake|move|gesture|signal|insult|bluff|ploy|stunt|retreat|u-turn|warning|admission)\b)"
    # the writer's note of the report's effect on others, a participle clause of result (Quirk et al.
    # 1985 §15.59, supplementive clauses): "said there were no plans for a call, dampening hopes of a
    # quick end to the row", ", raising fears of ...", ", prompting calls for ..."
    r"|,\s+(?:dampening|raising|fuelling|fueling|stoking|prompting|sparking|easing|boosting|reviving|deepening)\s+"
    r"(?:hopes|fears|concerns|speculation|doubts|expectations|worries|questions|calls|criticism|tensions)\b"
    # the writer's frame of the event: ", in a move that ...", ", in an incident that ...", and ranked
    # against earlier ones with "the": ", in the sharpest escalation since May", ", in the latest sign that ..."
    r"|,\s+in\s+(?:a|an|what|the)\s+(?:[\w-]+\s+){0,2}?(?:move|incident|step|development|sign|escalation|setback"
    r"|blow|rebuke|snub|show)\b"
    # a vote's count and the occasion: ", by 98 votes to 14", ", after weeks of lobbying"
    r"|,\s+by\s+\d[\d,]*\s+votes?\b"
    r"|,\s+(?:after|following)\s+(?:weeks|days|months|years|hours)\s+of\s"
    # ... and a figure someone disputes: ", a figure the government disputes" (not ", a figure of 40")
    # (after a dash too, and with a negated verb group: "— a figure the ministry did not dispute")
    r"|(?:,|\s+(?:—|–|--))\s+(?:a|an)\s+(?:figure|number|toll|estimate|tally)\s(?=(?:the\s+)?\S+\s+(?:(?:has|have|had)\s+"
    r"(?:not\s+|never\s+)?[a-z]+(?:s|ed)|(?:did|does|do|would|will|could|can)(?:\s+not|n[’']t)\s+[a-z]+|[a-z]+(?:s|ed))\b)"
    r"|(?:,|\s+(?:—|–|--))\s+(?:a|an)\s+(?:figure|number|toll|estimate|tally)\s+(?:that|which)\s"  # ", a figure that researchers said ..."
    # ... also in the passive: ", a toll dismissed by the rebels as ...", ", a claim denied by Tarsk"
    r"|,\s+(?:a|an)\s+(?:figure|number|toll|estimate|tally|claim|charge|account|version|allegation|assertion)\s+"
    r"(?:\w+ly\s+)?[a-z]+ed\s+by\s"
    r"|,\s+in\s+(?:an?|the)\s+(?:account|version|statement|report)\s+(?:that|which)\s"  # ", in an account that X dismissed"
    # the setting of the report, added after the content: ", in a communiqué agreed after two days of talks"
    r"|,[”\"]?\s+in\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:statement|communiqu[eé]|interview|letter"
    r"|post|speech|briefing|news\s+conference|press\s+conference|address|declaration|tweet|video|broadcast"
    # (and a court's or a body's text: ", in an advisory opinion that is widely seen as a setback")
    r"|opinion|ruling|judg(?:e)?ment|verdict|decision|editorial|filing)\b"
    # ... and the speaker's remarks that an outlet carried, a bare plural: ", in remarks carried by the
    # state news agency TANA", ", in comments broadcast by state television", ", in remarks to reporters"
    r"|,[”\"]?\s+in\s+(?:[\w-]+\s+)?(?:remarks|comments)\s+(?:carried|broadcast|published|aired|relayed|reported"
    r"|quoted|posted|made|given|delivered|televised|to|at|on|during|before)\b"
    r")"
)
#: After a closing quotation mark and a comma: an apposition or a time phrase the writer
#: adds (', a diplomatic formula for spying', ', two weeks after ...').
_AFTER_QUOTE_TAIL = re.compile(
    r"[”\"],\s+(?:a|an|the|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|several|days|weeks|hours|months)\s"
    r"|[”\"]\s*(?:—|–|--)\s"  # a dash after the quotation: '“suburbs of St. Petersburg” — a metaphor for ...'
    r"|[”\"],?\s+but\s+(?=[a-z]+ed\b)"  # the speaker's next act: '“justice for Terrence,” but pledged to ...'
    r"|[”\"],?\s+(?=(?:on\s+|last\s+|earlier\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|yesterday|today|tonight|this\s+week|last\s+week)\b)"  # a time: '“disgrace” Wednesday on ...'
)
#: ", and didn't rule out", ", and did not say", ", but never explained": a past "did" with no subject.
_SPEAKERS_NEXT_ACT = re.compile(r",\s+(?:and|but)\s+(?:did(?:n[’']t|\s+not)?|never)\s+[a-z]")
@lru_cache(maxsize=1)
def _subjects_next_predicate() -> "re.Pattern[str]":
    """A second predicate after "and" with no subject of its own: a modal's verb phrase (" and would
    continue", ", and will not") or a past verb with a particle, an article or a preposition after it
    (" and brushed off questions", " and sent a letter"; "the tired and wounded soldiers" has a bare
    noun after its adjective)."""
    pasts = "|".join(sorted(IRREGULAR_PAST, key=len, reverse=True))
    return re.compile(r",?\s+and\s+(?:"
                      r"(?:would|will|could|can|should|must|might|may)\s+(?:not\s+)?[a-z]"
                      r"|(?:(?:then|later|also|quickly)\s+)?(?:[a-z]+ed|" + pasts + r")\s+"
                      r"(?:off|up|out|down|aside|away|back|the|a|an|his|her|its|their|on|at|to|with|for)\b)")


#: " and has reportedly carried out", " and have sent": a verb phrase in the present perfect after "and",
#: its auxiliary (group 1) to compare with the cue's ("has said ... and has carried out").
_SPEAKERS_PERFECT_ACT = re.compile(r",?\s+and\s+(has|have)\s+(?:(?:also|already|reportedly|allegedly|repeatedly|since)\s+)?"
                                   r"(?!to\b)[a-z]+\b")
#: "and declined to say whether ...", "but refused to comment": the speaker's refusal to say more,
#: told after the content (§6.2 next act; §6.4 refusals), with or without a comma.
_SPEAKERS_REFUSAL = re.compile(
    r"(?=[,\s]),?\s+(?:and|but)\s+(?:(?:also|then|later)\s+)?(?:declined|refused|would\s+not|wouldn[’']t|did\s+not|didn[’']t)\s+"
    r"(?:to\s+)?(?:say|comment|confirm|deny|elaborate|discuss|speculate|answer|specify|disclose|explain|name|identify"
    r"|give\s+details|provide\s+details)\b")
#: "but has not made it public": a present perfect after a content told in the past ("she had evidence")
#: is the writer's own narration of what the speaker has (not) done since.
_WRITERS_PRESENT_PERFECT = re.compile(r"(?=[,\s]),?\s+(?:and|but)\s+(?:has|have)\s+(?:not|never|n[’']t|yet\s+to|so\s+far\s+not)\b")
#: After a quotation that opens the content: a clause of the writer's ('"Don't do it," until ...').
_AFTER_DIRECT_TAIL = re.compile(r"[”\"],?\s+(?:until|while|before|after|as|when|because)\s")
#: Participles used as prepositions: ", including ..." goes on with the object, it is no clause of the writer's.
_PREPOSITION_PARTICIPLES = frozenset("including excluding regarding concerning following according notwithstanding "
                                     "involving".split())
#: Occasions of speaking that set a report's scene after its object ("at a press conference"), and
#: before its clause ("said in remarks carried by VNA that ...").
_SETTING_NOUNS = frozenset("conference briefing meeting summit interview rally speech session hearing debate remarks comments".split())
#: How many words of a bare noun-phrase object are read for the subordinator that ends it; a
#: possessive's apostrophe and "s" count as no word ("condemned Tarsk's latest missile launch as ...").
_NP_OBJECT_REACH = 7
#: Subordinators that end a bare noun-phrase object ("vows firm response after ...").
_NP_OBJECT_END = frozenset("after before amid following despite as while when because although though whereas unless".split())
#: ... of them, those that end a noun-phrase object after a quoted word too ('warned of a “firm response”
#: after ...'): not "as", which may bring a label ('dismissed the “report” as a fabrication'), nor
#: "when" and "while", which a reported clause may go on with.
_QUOTED_OBJECT_END = _NP_OBJECT_END - {"as", "when", "while"}


#: Subordinators that open a sentence with a clause of their own ("While a judge found ..., ...").
OPENING_SUBORDINATORS = frozenset("while although though if when as because after before since unless whereas "
                                  "once until".split())


#: Words in -ing that are nouns or prepositions, not participles, at the start of a sentence.
_NOT_PARTICIPLES = frozenset("morning evening spring king thing nothing something everything anything during "
                             "building meeting ceiling funding housing training shipping wedding according regarding "
                             "concerning including excluding following considering notwithstanding".split())


def _opens_with_participle(toks: list[Token]) -> bool:
    """Does the sentence open with a participle clause ("Writing for a panel ..., Barabak noted")?"""
    first = toks[0]
    return first.text[:1].isupper() and first.norm.endswith("ing") and len(first.norm) > 5 \
        and first.norm not in _NOT_PARTICIPLES and len(toks) > 1 and toks[1].norm not in AUX


def _end_opening_subordinate(doc: Document, toks: list[Token], found: list[_Found], inside_quote: _Intervals) -> None:
    """A cue inside a subordinate clause that opens the sentence reports only to the comma that
    closes the clause: "While a federal judge found that action unconstitutional, his decision
    was overturned" -> content "that action unconstitutional". So does one inside an opening
    participle clause: "Writing for a panel that all agreed Pence won, Barabak noted ..." ->
    content "Pence won"."""
    if not toks or not (toks[0].norm in OPENING_SUBORDINATORS or _opens_with_participle(toks)):
        return
    comma = next((k for k, t in enumerate(toks) if t.text == "," and not inside_quote.has_point(t.start)
                  and not adjective_list_comma(toks, k)), None)  # (not "If a small, pro-Western country ...")
    if comma is None:
        return
    if toks[0].norm not in OPENING_SUBORDINATORS and not (comma + 1 < len(toks) and (
            toks[comma + 1].norm in DETERMINERS | POSSESSIVES | SUBJECT_PRONOUNS or toks[comma + 1].text[:1].isupper())):
        return  # the main clause's subject follows an opening participle clause ("Polling averages show X, with ...": a noun)
    for f in found:
        if f.content is None or f.direction != "forward" or f.cue[1] >= comma or f.kind == "according-to":
            continue
        if f.content.start > toks[comma].start:
            # "After the union objected, the case was moved": the main clause is not the content
            # (but "As Lavrov noted, the alliance ...": the parenthetical "as" reports the main clause)
            # (and a quotation after the comma is the words: 'When ... Trump boasted, “That makes me smart.”')
            if toks[0].norm != "as" and f.kind not in ("direct", "mixed"):
                f.content = None
            continue
        if f.content.start < toks[comma].start < f.content.end:
            f.content = _span(doc, f.content.start, toks[comma].start)
            f.kind = _kind(doc.text, f.content, f.kind)


def _end_relative_clauses(doc: Document, toks: list[Token], found: list[_Found], inside_quote: _Intervals) -> None:
    """A cue inside a relative clause reports only to the end of that clause.

    "Generals, most of whom had announced their support, backed her": the content ends at the
    comma that closes the clause. "Critics who saw the comment as a dig complained": the clause
    ends before the main verb, whose source is then the noun with its clause.

    The same holds when the relative pronoun is the subject of the reported clause and stands
    before the source: "The donations, which he said were accompanied by letters, arrived" ->
    content "were accompanied by letters"; "a depot that the army said was empty was hit" ->
    "was empty" (the main verb keeps its own subject).
    """
    for g in found:
        if g.source is None or g.content is None or g.direction != "forward":
            continue
        s0, s1 = g.source
        first = _first_token_at(doc, toks, g.content.start)
        # the relative pronoun before the source is the reported clause's subject: the content
        # opens with its verb ("which he said were ...", "what the army said was ...")
        extracted = s0 > 0 and (toks[s0 - 1].norm in ("which", "that", "who", "whom", "what")
                                or _zero_relative_pronoun(toks, s0, s1)) \
            and first == g.cue[1] + 1 and _finite_like(toks[first])
        # (a relative determiner opens the clause too: "The ministry, whose spokesman declined to
        # comment, said ..." -> "comment")
        if toks[s1].norm not in ("who", "whom", "which") and toks[s0].norm != "whose" and not extracted:
            continue
        r0 = s0 - 1 if extracted else s0  # the relative pronoun
        # (dashes set a relative clause off as commas do: "the mission — which it said had visited few
        # stations — of relying on ...")
        dash = r0 > 0 and toks[r0 - 1].text in ("—", "–", "―")
        head = _left_np(toks, r0 - 2 if r0 >= 2 and toks[r0 - 1].text in (",", "—", "–", "―") else r0 - 1) if r0 > 0 else None
        comma_before = r0 > 0 and toks[r0 - 1].text in (",", "—", "–", "―")
        if extracted:
            head = None  # the main clause's subject is not the relative clause's head
        elif not comma_before and any(toks[x].text.islower() and _finite_like(toks[x]) and not _clitic(toks, x)
                                      for x in range(0, r0)):
            # the main verb came first: "Police detained a student who said she was struck with a
            # baton" (the relative clause runs to the end of the sentence, and so does the content)
            continue
        for k in range(first, len(toks)):
            t = toks[k]
            if t.start >= g.content.end:
                break
            if inside_quote.has_point(t.start):
                continue  # a quoted label inside the clause: 'who had called the plan "absurd", later said'
            if comma_before and (t.text == ",") != dash and (not dash or t.text == toks[r0 - 1].text):
                g.content = _span(doc, g.content.start, toks[k - 1].end)
                break
            prev = toks[k - 1]
            if k > first and _finite_like(t) and prev.norm not in AUX and prev.norm not in ("to", "not") \
                    and not _clitic(toks, k - 1) and _is_word(prev) and not _is_adverb(prev) and not comma_before:
                g.content = _span(doc, g.content.start, prev.end)
                main = next((f for f in found if f.cue[0] == k), None)
                if main is not None and head is not None:
                    main.source, main.source_span = (head[0], k - 1), None
                break
        g.kind = _kind(doc.text, g.content, g.kind)


#: Personal pronouns that can open a relative clause with no pronoun as its subject ("a drone **it**
#: said had been launched", "notes **she** says were shown to her"; Quirk et al. 1985 §17.15).
_ZERO_RELATIVE_SUBJECTS = frozenset("he she it they we i".split())


def _zero_relative_pronoun(toks: list[Token], s0: int, s1: int) -> bool:
    """Is the source ``toks[s0:s1 + 1]`` a lone personal pronoun right after a common noun, the
    subject of a relative clause with no pronoun on that noun ("after a drone **it said** had been
    launched from Tarskan territory crashed", "relies on notes **she says** were shown to her")? With
    the reported clause's subject gapped, the clause ends before the verb of the noun's own clause
    ("crashed"), as a clause with "that" does (Quirk et al. 1985 §17.15, contact clauses)."""
    if s0 != s1 or s0 < 1 or toks[s0].norm not in _ZERO_RELATIVE_SUBJECTS:
        return False
    head = toks[s0 - 1]
    return head.text.isalpha() and head.text.islower() and not _is_adverb(head) \
        and head.norm not in STOP | DETERMINERS | POSSESSIVES | PRONOUNS | AUX | QUANTIFIER_SOURCES \
        and head.norm not in _cue_norms() and not head.norm.endswith(("ing", "ed"))


def _past_act(toks: list[Token], k: int) -> bool:
    """Is ``toks[k]`` a verb in the simple past with its object after it ("established a policy",
    "froze the assets"), which cannot go on an infinitive before it?"""
    verb = toks[k]
    return k + 1 < len(toks) and verb.text.islower() and verb.norm not in AUX \
        and (verb.norm.endswith("ed") or verb.norm in IRREGULAR_PAST) and toks[k + 1].norm in DETERMINERS | POSSESSIVES


def _present_predicate_comma(toks: list[Token], cue: tuple[int, int], k0: int, headline: bool = False) -> int | None:
    """The comma before the speaker's second predicate in the present, headline style, or None: after
    a one-word cue in the -s form and a content with no verb of its own ("Velm says talks dead,
    **blames** Tarsk", "..., vows to retaliate"), an -s verb after a comma with its object, an
    infinitive or a preposition goes back to the cue's subject (asyndetic coordination of predicates,
    Quirk et al. 1985 ch. 13; headlines drop "is", datasets/ANNOTATION.md §6.2). A content with a verb of its own
    keeps the comma ("says talks are dead, blames remain"; "says it backs the plan, opposes sanctions":
    the content's subject may take the second verb), and so does a past cue ("said the talks, blamed on
    Tarsk, were dead"). ``k0`` is the content's first token. In a headline (``headline``: a heading
    line or a line with no final punctuation) the second verb may also take a bare noun, as block
    language drops the article ("Tarsk accuses Orsa of jamming, **threatens** response"; Biber et al.
    1999 §3.6); a body sentence keeps its reading.

    >>> from course.document import build_document
    >>> t = build_document("Velm says talks dead, blames Tarsk.").tokens
    >>> _present_predicate_comma(t, (1, 1), 2)
    4
    """
    n = len(toks)
    verb = toks[cue[0]]
    if cue[0] != cue[1] or not verb.norm.endswith("s") or verb.norm.endswith("ss") or verb.norm in AUX \
            or k0 <= cue[1] or k0 >= n or not (verb.text.islower() or verb.text[1:].islower()):
        return None
    # (a headline in title case capitalises every word: "Velm Says Talks Dead, Blames Tarsk"; read
    # around a capitalised cue only, so that a long sentence is not scanned once per content)
    title = not verb.text.islower() and _title_case(toks[max(0, cue[0] - 8):cue[0] + 12])
    if not title and (not verb.text.islower() or _bare_clause_verb(toks, k0) is not None):
        return None

    def lower(t: Token) -> bool:
        return t.text.islower() or title and t.text[:1].isupper() and t.text[1:].islower()

    for x in range(k0, min(n - 2, k0 + _NP_OBJECT_REACH)):
        t = toks[x]
        if t.text == ",":
            second, after = toks[x + 1], toks[x + 2]
            if x == k0 or not (lower(second) and second.text.isalpha() and len(second.norm) > 3
                               and second.norm.endswith("s") and not second.norm.endswith(("ss", "us", "is"))
                               and second.norm not in AUX):
                return None
            return x if _object_start(after) or headline and _bare_headline_noun(after) else None
        # (a verb of the content's own: "it backs the plan, opposes ...", "the new cabinet backs a deal, ...")
        if not _is_word(t) or t.text in QUOTE_CHARS or t.norm in AUX or t.norm in IRREGULAR_PAST \
                or lower(t) and t.norm.endswith("ed") and len(t.norm) > 3 or t.norm in COMPLEMENTIZERS | SUBJECT_PRONOUNS \
                or x > k0 and t.text.islower() and t.norm.endswith("s") and not t.norm.endswith("ss") and _object_start(toks[x + 1]) \
                and toks[x + 1].text[:1].islower():
            return None
    return None


def _bare_headline_noun(t: Token) -> bool:
    """Can ``t`` be a headline's noun object with its article dropped ("threatens response", "vows
    retaliation", "seeks talks"): a lower-case word, no function word, adverb, word of time or verb
    form ("says talks dead, sanctions next" keeps "sanctions next" a noun phrase)?"""
    return t.text.isalpha() and t.text.islower() and len(t.norm) > 2 and not _is_adverb(t) \
        and t.norm not in STOP | DETERMINERS | AUX | PRONOUNS | COMPLEMENTIZERS | SUBJECT_PRONOUNS | TIME_WORDS \
        and not t.norm.endswith(("ed", "ing"))


def _headline_sentence(sent: Sentence | None, toks: list[Token]) -> bool:
    """Is the sentence a headline: a heading line, or a line with no final punctuation (a sentence
    that ends with a colon introduces what follows)?"""
    return bool(toks) and (getattr(sent, "kind", "body") == "heading" or not (
        toks[-1].text in FINAL_PUNCT or toks[-1].text in QUOTE_CHARS or toks[-1].text in (":", ";")))


def _object_start(t: Token) -> bool:
    """Can ``t`` open a verb's object, infinitive or prepositional complement: a name, a determiner or
    possessive, an object pronoun, a number, "to" or a preposition a verb of saying takes?"""
    return t.text[:1].isupper() and _is_word(t) or t.norm in DETERMINERS | POSSESSIVES | OBJECT_PRONOUNS \
        or t.norm in ("to", "of", "for", "on", "against", "with", "about") or _is_number(t)


def _pro_form_before_setting(toks: list[Token], start: int) -> int:
    """How many tokens the pro-form of a clause at character ``start`` has when a setting follows it
    ("Lavrov said so in May", "said as much in an interview": the content is the pro-form, as in
    "said so."), or 0: not an adverb of degree ("said so many had died").

    >>> from course.document import build_document
    >>> t = build_document("Lavrov said so in May. Lavrov said so many had died.").tokens
    >>> _pro_form_before_setting(t, t[2].start), _pro_form_before_setting(t, t[8].start)
    (1, 0)
    """
    k = bisect.bisect_left(toks, start, key=lambda t: t.start)  # (the tokens are in text order)
    if not (k < len(toks) and toks[k].start == start):
        return 0
    width = _pro_form_width(toks, k)
    return width if width and k + width < len(toks) and (
        toks[k + width].norm in SAYING_SETTINGS or _saying_time(toks, k + width)) else 0


#: Participles of passing words on: an outlet that carried the speaker's remarks relays them (§6.2,
#: via); an outlet the speaker talks to ("in an interview with NTV") is the audience, no via.
_RELAY_PARTICIPLES = frozenset("carried broadcast aired relayed published quoted cited reported".split())


def _setting_outlet(toks: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """The outlet of a setting that occupies ``toks[a:b]``, an occasion of speaking carried by an
    outlet ("in remarks carried by the state news agency TANA", ", in comments broadcast by state
    television"): the noun phrase after the participle and "by", the report's via; None when the
    stretch is no such setting.

    >>> from course.document import build_document
    >>> t = build_document("said it, in remarks carried by the agency TANA.").tokens
    >>> _setting_outlet(t, 2, 10)
    (7, 9)
    """
    k = a + 1 if a < b and toks[a].text == "," else a
    if not (k + 3 < b and toks[k].norm == "in"):
        return None
    for x in range(k + 1, min(b - 2, k + 6)):
        if toks[x].norm in _SETTING_NOUNS or toks[x].norm in document_nouns():
            if toks[x + 1].norm in _RELAY_PARTICIPLES and toks[x + 2].norm == "by":
                np = _right_np(toks, x + 3, b)
                return np if np is not None and np[1] < b else None
            return None
        if not _is_word(toks[x]):
            return None
    return None


#: Present verbs that agree with a plural subject (or "I", "you"), never with a singular one.
_PLURAL_CONCORD = frozenset("are were have do am aren't weren't haven't don't".split())


def _speakers_present_act(toks: list[Token], cue: tuple[int, int], k0: int, cut: int) -> int | None:
    """The "and" before the speaker's next act in the present: a cue in the "-s" form, a reported
    clause whose first verb agrees with a plural subject ("the drills are ..."), then "and" + an
    "-s" verb (or "has", "is") with its object, which only the speaker's singular subject can take.
    None otherwise ("says the plan works and saves money": both verbs are the plan's).

    >>> from course.document import build_document
    >>> t = build_document("Tarsk says the drills are a provocation and puts its air defences on alert.").tokens
    >>> _speakers_present_act(t, (1, 1), 2, t[-1].end)
    7
    >>> t = build_document("Tarsk says the plan works and saves money.").tokens
    >>> _speakers_present_act(t, (1, 1), 2, t[-1].end) is None
    True
    """
    n = len(toks)
    said = toks[cue[1]].norm
    if not (0 <= k0 < n and said.endswith("s") and not said.endswith("ss") and toks[cue[1]].text.islower()):
        return None
    verb = next((x for x in range(k0, min(n, k0 + 12)) if _finite_like(toks[x]) or toks[x].norm in _PLURAL_CONCORD
                 or toks[x].norm in ("and", "or", "that", ",")), None)
    if verb is None or toks[verb].norm not in _PLURAL_CONCORD or verb == k0:
        return None
    for k in range(verb + 1, min(n - 2, verb + 30)):
        if toks[k].end > cut or toks[k].text in (";", ":") or toks[k].norm in COMPLEMENTIZERS | {"which", "who"}:
            return None
        if toks[k].norm != "and" or toks[k - 1].text == ",":
            continue
        v, after = toks[k + 1], toks[k + 2]
        if not (v.text.isalpha() and v.text.islower()):
            return None
        if v.norm in ("has", "is") and after.text.islower() and (after.norm.endswith(("ed", "en", "ing")) or after.norm in IRREGULAR_PAST):
            return k
        if v.norm.endswith("s") and not v.norm.endswith(("ss", "us", "is")) and v.norm not in AUX \
                and (after.norm in DETERMINERS | POSSESSIVES | {"to"} or after.text[:1].isupper()):
            return k
        return None
    return None


def _end_headline_clause(doc: Document, sent: Sentence, toks: list[Token], f: _Found, inside_quote: _Intervals) -> None:
    """A headline joins two clauses with a comma and no "and" (Biber et al. 1999 §3.6, block
    language): a content ends before a comma that a new subject and its present "-s" verb follow
    ('Tarsk minister says sanctions "will not change our course", Velm sees talks within weeks' ->
    'sanctions "will not change our course"'). Only a heading line or a sentence with no final
    punctuation is a headline; a body sentence keeps its reading."""
    c = f.content
    if c is None or f.direction != "forward" or not toks:
        return
    if not _headline_sentence(sent, toks):
        return
    n = len(toks)
    k = _first_token_at(doc, toks, c.start)
    while 0 <= k < n - 2 and toks[k].end <= c.end:
        t = toks[k]
        if t.text == "," and not inside_quote.has_point(t.start) and k > _first_token_at(doc, toks, c.start) \
                and (toks[k + 1].text[:1].isupper() or toks[k + 1].norm in DETERMINERS | POSSESSIVES) \
                and toks[k + 1].norm not in SUBJECT_PRONOUNS | {"and", "but", "or"}:
            subj = _right_np(toks, k + 1, n)
            if subj is not None and subj[1] + 1 < n and toks[subj[1] + 1].end <= c.end:
                v = toks[subj[1] + 1]
                if v.text.isalpha() and v.text.islower() and v.norm.endswith("s") and not v.norm.endswith(("ss", "us")) \
                        and subj[1] + 2 < n and _is_word(toks[subj[1] + 2]):
                    f.content = _span(doc, c.start, t.start)
                    return
        k += 1


#: Words of an aside of time after a comma ("the timing, days after Tarsk announced ...,"), before
#: the report it holds.
_ASIDE_TIME_OPENERS = frozenset("after before since when as just shortly only days weeks months hours years a "
                                "day week month hour year two three few".split())


def _aside_report_end(toks: list[Token], f: _Found, start: int, cut: int) -> int | None:
    """The comma that closes an aside of time holding the report ``f``, between the sentence's
    subject and its verb, or None: a comma, then at most four words of time ("days after", "shortly
    before", "when") before the report's source or cue, with no verb between the sentence's start and
    that comma (its subject alone: "Yet the timing, days after Tarsk announced new restrictions,
    **was** hardly a coincidence"), and inside the content a comma before a verb in the past or an
    auxiliary, the subject's verb; after an opening adverbial ("On Monday, days after Tarsk announced
    new restrictions, **Velm** said ...") a comma before a name, a determiner or a subject pronoun, the
    main clause's subject (Quirk et al. 1985 §15.6, adverbial clauses set off by commas).
    """
    first = f.source[0] if f.source is not None else f.cue[0]
    comma = next((x for x in range(first - 1, max(-1, first - 6), -1) if toks[x].text == ","), None)
    if comma is None or comma == 0 or not all(toks[x].norm in _ASIDE_TIME_OPENERS for x in range(comma + 1, first)) \
            or comma + 1 == first:
        return None
    if any(_finite_like(toks[x]) or not (_is_word(toks[x]) or toks[x].text in ("'", "’"))
           or toks[x].norm in COMPLEMENTIZERS | SUBJECT_PRONOUNS for x in range(0, comma)):
        return None
    # (after an opening adverbial, "On Monday, days after Tarsk announced new restrictions, Velm said
    # ...", the main clause's subject follows the closing comma)
    opening = toks[0].norm in TIME_PREPOSITIONS | PLACE_PREPOSITIONS | {"last", "earlier", "later"}
    for x in range(f.cue[1] + 1, len(toks) - 1):
        if toks[x].start >= cut:
            return None
        if toks[x].text == "," and toks[x].start > start and (_finite_like(toks[x + 1]) or opening and (
                toks[x + 1].text[:1].isupper() or toks[x + 1].norm in DETERMINERS | POSSESSIVES | SUBJECT_PRONOUNS)):
            return x
    return None


def _writer_tail_cut(doc: Document, toks: list[Token], f: _Found, inside_quote: _Intervals,
                     sent: Sentence | None = None) -> Span | None:
    """Cut the writer's own words off the end of a forward content (indirect or mixed); ``sent``, the
    sentence of ``toks``, tells a headline."""
    c = f.content
    text = doc.text
    cut = c.end
    width = _pro_form_before_setting(toks, c.start) if text[c.start:c.start + 3].lower() in ("so ", "as ") else 0
    if width:
        # "said so in May", "said as much in an interview": the pro-form alone, the setting is the saying's
        k = bisect.bisect_left(toks, c.start, key=lambda t: t.start)
        return _span(doc, c.start, toks[k + width - 1].end)

    def quoted(i: int) -> bool:
        return inside_quote.has_point(i)

    for m in _WRITER_TAIL.finditer(text, c.start, c.end):
        if m.group("which") and not _sentential_which(doc, toks, c.start, m.start()):
            continue
        if not quoted(m.start()):
            cut = min(cut, m.start())
            break
        if text[m.start() + 1 : m.start() + 2] in ("”", '"') and not quoted(m.start() + 2):
            cut = min(cut, m.start() + 2)  # the comma before a closing mark: '“regret it bitterly,” in a defiant speech'
            break
    for m in _AFTER_QUOTE_TAIL.finditer(text, c.start, c.end):
        cut = min(cut, m.start() + 1)
        break
    if text[c.start] in QUOTE_CHARS or c.start > 0 and text[c.start - 1] in QUOTE_CHARS:
        for m in _AFTER_DIRECT_TAIL.finditer(text, c.start, c.end):
            if m.start() < cut:
                # the quotation alone is the content: its words, without the marks and the comma
                start = c.start + 1 if text[c.start] in QUOTE_CHARS else c.start
                end = m.start()
                while end > start and text[end - 1] in ", ":
                    end -= 1
                return _span(doc, start, end) if end > start else c
            break
    # the speaker's own next act after ", and" with a past "did" and no subject, after a content
    # told with a modal: "Holt said Lorvia would raise tariffs, and didn't rule out new sanctions"
    # (the content's subject would take "would" again; "did" goes back to the speaker's "said")
    m = _SPEAKERS_NEXT_ACT.search(text, c.start, cut)
    if m and not quoted(m.start()) and re.search(r"\b(?:would|could|might|will|may)\b", text[c.start:m.start()]) \
            and not re.search(r"\bdid\b", text[c.start:m.start()]):
        cut = min(cut, m.start())
    # ... and in the present perfect of the cue's own verb group, after a content told with a modal:
    # "Israel has said it will not allow a bomb and has reportedly carried out sabotage" (coordinated
    # verb phrases share their subject and auxiliary, Quirk et al. 1985 §13.55: "has" goes back to
    # "has said")
    if f.cue[0] < len(toks) and toks[f.cue[0]].norm in ("has", "have"):
        m = _SPEAKERS_PERFECT_ACT.search(text, c.start, cut)
        if m and m.group(1).lower() == toks[f.cue[0]].norm and not quoted(m.start()) \
                and re.search(r"\b(?:would|could|might|will|may|can)\b", text[c.start:m.start()]):
            cut = min(cut, m.start())
    # a noun-phrase object ends before "and" + a modal or a past verb with its object: that verb is the
    # subject's second predicate ("China opposed unilateral sanctions and would continue to play a
    # constructive role", "lashed out at what it called hysteria and brushed off questions";
    # a clause goes on with its own subject: "said talks had failed and would resume", "reported Apple
    # holds $200 billion offshore and would owe taxes")
    m = _subjects_next_predicate().search(text, c.start, cut)
    if m and not quoted(m.start()):
        k0 = _first_token_at(doc, toks, c.start)
        k1 = _first_token_at(doc, toks, m.start() + 1)
        if 0 <= k0 < k1 <= len(toks) and _bare_clause_verb(toks, k0) is None and not any(
                _finite_like(toks[x]) or toks[x].norm in COMPLEMENTIZERS for x in range(k0, k1)):
            cut = min(cut, m.start())
    # ... and before "and" + a present "-s" verb with its object when the reported clause's verb is
    # plural: the "-s" verb cannot agree with the clause's subject, it agrees with the speaker of a
    # cue in the "-s" form, whose next act it is ("Tarsk says the drills are a provocation and puts
    # its air defences on alert"; "says the plan works and saves money" goes on: Quirk et al. 1985
    # §10.34, concord, and §13.55, coordinated predicates share their subject)
    agreeing = _speakers_present_act(toks, f.cue, _first_token_at(doc, toks, c.start), cut)
    if agreeing is not None and not quoted(toks[agreeing].start):
        cut = min(cut, toks[agreeing - 1].end)
    # ... and before a second predicate in the present after a comma, headline style: "Velm says talks
    # dead, blames Tarsk" (the content has no verb of its own)
    k0 = _first_token_at(doc, toks, c.start)
    if 0 <= k0 < len(toks) and toks[k0].start == c.start:
        comma = _present_predicate_comma(toks, f.cue, k0, _headline_sentence(sent, toks))
        if comma is not None and toks[comma].start < cut and not quoted(toks[comma].start):
            cut = toks[comma].start
    # ... and at the comma that closes an aside of time between the sentence's subject and its verb,
    # when the report stands inside the aside: "Yet the timing, days after Tarsk announced new
    # restrictions, was hardly a coincidence" (the verb after the comma is the subject's)
    aside = _aside_report_end(toks, f, c.start, cut)
    if aside is not None and not quoted(toks[aside].start):
        cut = toks[aside].start
    # the speaker's refusal to say more after "and"/"but": "said her delegation had abstained and
    # declined to say whether ..." (the refusal is a relation of its own)
    # (searched in the first 600 characters: a content runs to the sentence end, and a run-on
    # text must not make every content scan the rest of it)
    window = min(cut, c.start + 600)
    m = _SPEAKERS_REFUSAL.search(text, c.start, window)
    if m and not quoted(m.start() + 1):
        cut = min(cut, m.start())
    # ... and the writer's present perfect after a content in the past: "said she had evidence of
    # ballot stuffing but has not made it public"
    m = _WRITERS_PRESENT_PERFECT.search(text, c.start, min(cut, window))
    if m and not quoted(m.start() + 1) and re.search(r"\b(?:had|was|were|would|could|did)\b", text[c.start:m.start()]):
        cut = min(cut, m.start())
    # the token that starts the content (token starts are unique and sorted), or None
    first = _first_token_at(doc, toks, c.start) if toks else None
    if first is not None and not (0 <= first < len(toks) and toks[first].start == c.start):
        first = None
    # an infinitive (a promise, a threat, an appeal) ends at a clause the writer adds after a comma:
    # "vowed to retaliate, while the rouble plunged 30 percent" -> "retaliate"
    if first is not None and first > 0:
        k0 = first
        # (an infinitive content, or an addressee and its infinitive: "urged allies to send arms";
        # also a question after a one-word audience: "told them how to vote, but ...")
        directive = (k0 - 1 == f.cue[1] or k0 - 2 == f.cue[1] and toks[k0].norm in _QUESTION_WORDS) and any(
            toks[x].norm == "to" and x + 1 < len(toks) and toks[x + 1].text.islower() and toks[x + 1].norm not in DETERMINERS
            for x in range(k0 + 1, min(len(toks) - 1, k0 + 4)) if toks[x].end <= cut)
        if toks[k0 - 1].norm == "to" or directive:
            m = re.search(r",\s+(?:while|whereas)\s", text[c.start:cut])
            if m and not quoted(c.start + m.start()):
                cut = min(cut, c.start + m.start())
            # ... and at ", but" / ", and" before a clause with a subject of its own ("offered to
            # mediate, but analysts see little prospect"; "vowed to respond, and to defend" goes on)
            for k in range(k0 + 1, len(toks) - 2):
                if toks[k].start >= cut:
                    break
                # (not a second that-clause of the same verb: "said she planned to visit ..., and that
                # she hoped ..." goes on: coordinated complement clauses, Quirk et al. 1985 ch. 13)
                if toks[k].text == "," and toks[k + 1].norm in ("but", "and") and not quoted(toks[k].start) \
                        and toks[k + 2].norm != "that" and _own_subject(toks, k + 2):
                    cut = min(cut, toks[k].start)
                    break
                # ... and at "and" before a past verb with its object, the subject's next act: an
                # infinitive goes on with a bare verb, not a past one ("vowed not to repeat that mistake
                # and established a policy ..."; "vowed to repeal the law and restore order" goes on)
                if toks[k].norm == "and" and not quoted(toks[k].start) and _past_act(toks, k + 1):
                    cut = min(cut, toks[k - 1].end)
                    break
    # a bare noun-phrase object (no "that", no verb) ends at a subordinator
    # (a subject pronoun opens a clause, not a noun phrase: "said he cannot comment because ...")
    if first is not None and first == f.cue[1] + 1 and toks[first].norm not in COMPLEMENTIZERS \
            and toks[first].norm not in SUBJECT_PRONOUNS - {"it"}:
        # (a time between the object and its phrase is skipped: "accused Velm on Monday of ... after ...";
        # an "as" after it brings a label: "described the talks on Monday as a failure")
        time_at, time_len = _time_in_object(toks, first)
        possessives = sum(toks[x].text in ("'", "’") for x in range(first, min(len(toks), first + _NP_OBJECT_REACH + 1)))
        for k in range(first, min(len(toks), first + _NP_OBJECT_REACH + time_len + 2 * possessives)):
            t = toks[k]
            if t.text in ("'", "‘", "’") or time_at <= k < time_at + time_len:
                continue  # a headline's single-quoted label: "warns 'enemies' in defiant speech"
            if t.norm in _NP_OBJECT_END and k > first and not (t.norm == "as" and ("(a view:" in f.rule or time_len)) \
                    and not (t.norm == "as" and toks[k - 1].norm in ("many", "much", "few", "long") and toks[first].norm == "as"):
                cut = min(cut, toks[k - 1].end)
                break
            # ... and at the writer's setting: "rejected the idea at a press conference hours later"
            if k > first and _setting_at(toks, k, documents=True):
                cut = min(cut, toks[k - 1].end)
                break
            # ... also after a quoted label: 'rejected the story as “a crude fabrication” in a statement',
            # 'called the story “a crude fabrication” in a statement', 'denounced the “provocation” on Tuesday'
            if t.text in QUOTE_CHARS and k > first:
                close = next((m for m in range(k + 1, min(len(toks), k + 16)) if toks[m].text in QUOTE_CHARS), None)
                if close is not None and (_setting_at(toks, close + 1, documents=True) or close + 1 < len(toks)
                                          and toks[close + 1].norm in _QUOTED_OBJECT_END and toks[first].norm not in SUBJECT_PRONOUNS):
                    # (and at a subordinator: 'warned of a “firm response” after ...'; not after a
                    # clause with no "that": 'said there remains a “difference” when it comes to ...')
                    cut = min(cut, toks[close].end)
                break
            if t.text == "," and k + 1 < len(toks) and toks[k + 1].norm in ("while", "whereas", "although", "though") \
                    and k > first and not any(x.norm in IRREGULAR_PAST or x.norm in AUX for x in toks[first:k]):
                cut = min(cut, toks[k - 1].end)  # "demanded guarantees for its ports, while Libya walked out"
                break
            if not _is_word(t) or t.norm in AUX or t.norm in ("to", "that") or t.norm.endswith("ed") \
                    or t.text.islower() and t.norm in IRREGULAR_PAST and k > first \
                    or t.text[:1].isupper() and k > first and not all(toks[x].text[:1].isupper() for x in range(first, k)) \
                    and not (toks[k - 1].norm in NP_PREPOSITIONS | {"to", "between", "on", "against"} and _is_word(t)):
                break  # (a clause, not a noun phrase: "said it began when ..."; a name of two words goes on,
                # and so does a name after a preposition: "proposed secret talks with Velmora in a letter")
        # ... and before the subject's next act: "rejected US offers of talks and continues to test
        # missiles" (a verb after "and", followed by "to" or a determiner; after a comma, a past verb:
        # "companies it accused of supplying drones, and froze the assets of three banks")
        for k in range(first + 1, min(len(toks) - 2, first + 16)):
            t = toks[k]
            if t.text in QUOTE_CHARS or t.text in ("'", "‘", "’"):
                continue  # a quoted label in the object: "called the opening “a fragile but vital step” and ..."
            if t.text == "," and k + 2 < len(toks) and toks[k].end <= cut and (
                    toks[k + 1].text.islower() and toks[k + 1].norm.endswith("ing") and not _is_adverb(toks[k + 1])
                    and toks[k + 1].norm not in _PREPOSITION_PARTICIPLES
                    # (not in a list of gerunds: "accused X of violating rights, ignoring law and ...")
                    and not any(x.norm.endswith("ing") and x.text.islower() for x in toks[first:k])
                    or toks[k + 1].norm in ("days", "hours", "weeks", "months", "years") and toks[k + 2].norm in ("after", "before")):
                cut = min(cut, toks[k - 1].end)  # "..., days after Sundland imposed duties", ", deepening a dispute"
                break
            if t.text == "," and k + 2 < len(toks) and toks[k + 1].norm == "and" and toks[k + 2].norm == "so" \
                    and toks[k].end <= cut and not quoted(toks[k].start):
                cut = min(cut, toks[k - 1].end)  # "said nothing, and so the talks failed": the writer's consequence
                break
            if t.text == "," and k + 3 < len(toks) and toks[k + 1].norm == "and" and toks[k].end <= cut:
                v, d = toks[k + 2], toks[k + 3]  # ", and froze the assets of three banks"
                if v.text.islower() and (v.norm.endswith("ed") or v.norm in IRREGULAR_PAST) \
                        and d.norm in DETERMINERS | POSSESSIVES:
                    cut = min(cut, toks[k - 1].end)
                    break
            if t.text == "," and k + 2 < len(toks) and toks[k + 1].norm == "but" and toks[k].end <= cut:
                v = toks[k + 2]  # ", but holds out olive branch", ", but declined to say": the subject's next act
                if v.text.islower() and (v.norm.endswith(("ed", "s")) and not v.norm.endswith("ss")
                                         or v.norm in IRREGULAR_PAST) and v.norm not in AUX:
                    cut = min(cut, toks[k - 1].end)
                    break
            if toks[k].end > cut or not _is_word(t) or t.norm in AUX or t.norm in ("that", "which", "who"):
                break
            nxt, after = toks[k + 1], toks[k + 2]
            if t.norm == "and" and nxt.text.islower() and nxt.norm.endswith(("s", "ed")) and not nxt.norm.endswith("ss") \
                    and (after.norm in DETERMINERS | POSSESSIVES | {"to"} or nxt.norm.endswith("ed") and after.norm in (
                        "for", "on", "to", "that", "with")):
                end = k - 1 if toks[k - 1].text not in QUOTE_CHARS else k - 1
                cut = min(cut, toks[end].end)  # (after a label: "... step” and appealed for a ceasefire")
                break
    return _span(doc, c.start, cut) if cut < c.end else c


def _sentential_which(doc: Document, toks: list[Token], start: int, comma: int) -> bool:
    """Is the content before ``comma`` a clause with a finite verb of its own, so that a ", which"
    after it can comment on the whole report ("He said the talks had failed, which analysts see as a
    snub")? After a noun-phrase object "which" stands for the object and stays ("denied the
    report, which critics called a fabrication")."""
    first = _first_token_at(doc, toks, start)
    for k in range(first, len(toks)):
        t = toks[k]
        if t.start >= comma:
            return False
        if k > first and t.text.islower() and (_finite_like(t) or t.norm in AUX) and not _clitic(toks, k):
            return True
    return False


def _setting_at(toks: list[Token], k: int, documents: bool = False) -> bool:
    """Does the writer's setting of a report start at ``toks[k]``: "at a press conference", "during
    the briefing", "in an interview" (and, with ``documents``, "in a statement", "in a joint letter")?"""
    if k + 2 >= len(toks) or toks[k].norm not in ("at", "during", "in"):
        return False
    if toks[k + 2].norm in _SETTING_NOUNS or toks[k + 1].norm in _SETTING_NOUNS \
            or k + 3 < len(toks) and toks[k + 3].norm in _SETTING_NOUNS and toks[k + 2].norm in ("press", "news"):
        return True
    # a text the speaker issued, with an indefinite article ("in a statement", "in a letter to");
    # "the allegations in the report" places the object in a text already named
    return documents and toks[k].norm == "in" and toks[k + 1].norm in ("a", "an") and (
        toks[k + 2].norm in document_nouns() or k + 3 < len(toks) and toks[k + 3].norm in document_nouns())


def _own_subject(toks: list[Token], k: int) -> bool:
    """Does a clause with a subject of its own start at ``toks[k]``: a name, a determiner, a
    subject pronoun, or a plural noun before a word ("analysts see", "Cairo said", "the talks")?

    >>> from course.document import build_document
    >>> t = build_document("but analysts see little, and to defend it, and raise taxes").tokens
    >>> _own_subject(t, 1), _own_subject(t, 6), _own_subject(t, 12)
    (True, False, False)
    """
    if k + 1 >= len(toks):
        return False
    t = toks[k]
    if t.norm in ("to", "also", "then", "not") or not _is_word(t):
        return False
    if t.text[:1].isupper() or t.norm in DETERMINERS | SUBJECT_PRONOUNS - {"it"}:
        return True
    return t.text.islower() and t.norm.endswith("s") and not t.norm.endswith("ss") and toks[k + 1].text.islower() \
        and _is_word(toks[k + 1]) and toks[k + 1].norm not in ("and", "or", "of", "to")


def _sentence_content(doc: Document, sent: Sentence, start: int, end: int | None = None) -> Span | None:
    """Content from ``start`` to the end of the sentence (or ``end``), without final punctuation."""
    text = doc.text
    stop = sent.end if end is None else end
    if stop - start > MAX_CONTENT_CHARS:
        # a run-on text with no sentence punctuation: stop at the last word that fits
        k = bisect.bisect_right(doc._token_starts, start + MAX_CONTENT_CHARS) - 1
        stop = max(start + 1, doc.tokens[k].start if k >= 0 else start + MAX_CONTENT_CHARS)
    while stop > start and (text[stop - 1] in FINAL_PUNCT or text[stop - 1].isspace()):
        stop -= 1
    if stop - start >= 3 and text[stop - 3:stop + 1] in ("a.m.", "p.m."):
        stop += 1  # the period of "3 a.m." is the abbreviation's
    return _span(doc, start, stop)


#: The longest content the lens delimits, in characters: far beyond any news sentence (the
#: longest in the kit's texts and in PolNeAR dev are under 1,000), it keeps contents readable and
#: the analysis linear in a text with no sentence punctuation.
MAX_CONTENT_CHARS = 1500


def _clause_start(doc: Document, sent: Sentence) -> int:
    """Where the sentence's own words begin: after a dateline (place and outlet), which is
    the outlet's label and never part of reported content.

    >>> from course.document import build_document
    >>> d = build_document("DRAVA (Meridian Press Agency) - Dalmar has expelled 12 diplomats, the ministry said.")
    >>> d.text[_clause_start(d, d.sentences[0]):][:6]
    'Dalmar'
    """
    known = doc._clause_starts.get(sent.start)
    if known is not None:
        return known
    # (a dateline is short: its first 40 tokens are enough, and a run-on sentence is not copied)
    toks = doc.tokens[sent.token_start:min(sent.token_end, sent.token_start + 40)]
    k = _after_dateline(toks, len(toks))
    begin = doc._clause_starts[sent.start] = toks[k].start if 0 < k < len(toks) else sent.start
    return begin


def _addressee_ends(toks: list[Token], j: int, word: CueWord) -> bool:
    """After a cue such as "told", does only the audience (and a place or time) follow, to
    the end of the sentence? ('“...,” she told Meridian.', '... told reporters in Velmora.')"""
    n = len(toks)
    if word.lemma not in word_class("addressee-lemmas") or j >= n or not _is_word(toks[j]) \
            or _complement_at(toks, j) is not None:
        return False
    np = _right_np(toks, j, n)
    if np is None:
        return False
    k = np[1] + 1
    while k < n and toks[k].text[:1].isupper() and _is_word(toks[k]):
        k += 1  # a name the phrase walk stopped in: "USA Today"
    # the channel: "told The Associated Press by phone", "told Reuters in a telephone interview"
    if k + 1 < n and toks[k].norm in ("by", "via", "over") and toks[k + 1].norm in CHANNEL_NOUNS:
        k += 2
    return k >= n or not _is_word(toks[k]) or toks[k].norm in ("in", "on", "at", "during", "after", "before", "when") \
        or _only_time_left(toks, k)


OBJECT_PRONOUNS = frozenset("him her them us me you".split())


#: Words that open a reported question after the audience ("told them what to say", "told
#: reporters why the talks failed"; Quirk et al. 1985 §15.5, dependent wh-interrogative clauses).
#: "if" and "when" are left out: after an audience they more often open a condition or a time.
_QUESTION_WORDS = WH_WORDS - {"if", "when"}


def _addressee_skip(toks: list[Token], j: int, word: CueWord) -> int:
    """Where the content starts after "told" + its audience when no "that" follows: "told
    reporters the talks failed" -> "the talks failed"; returns j when there is no audience.

    >>> from course.document import build_document
    >>> told = CueWord("told", "tell", "neutral", "speech", "", "")
    >>> toks = build_document("She told reporters the talks failed.").tokens
    >>> _addressee_skip(toks, 2, told), _addressee_skip(build_document("She told the truth.").tokens, 2, told)
    (3, 2)
    >>> _addressee_skip(build_document("What I can tell you is that it holds.").tokens, 4, told)
    7
    >>> _addressee_skip(build_document("Residents told National Voice they felt safer.").tokens, 2, told)
    4
    >>> _addressee_skip(build_document("They never told them what to say.").tokens, 3, told)
    4
    """
    n = len(toks)
    if word.lemma not in word_class("addressee-lemmas") or j >= n or _complement_at(toks, j) is not None:
        return j
    k = j
    speakers = speaker_nouns()
    if toks[k].norm in ("the", "a", "an") and k + 1 < n and toks[k + 1].norm in speakers:
        k += 1
    if toks[k].norm in OBJECT_PRONOUNS or toks[k].norm in speakers:
        if k + 2 < n and toks[k + 1].norm in ("is", "was") and toks[k + 2].norm == "that" and k + 3 < n:
            return k + 3  # a pseudo-cleft: "What I can tell you is that our door remains open"
        nxt = toks[k + 1] if k + 1 < n else None
        # (also before the topic: "told reporters about the talks" → "about the talks"; and before
        # a question, whose wh-word opens the content: "told them what to say" → "what to say")
        if nxt is not None and (nxt.norm in DETERMINERS or nxt.norm in SUBJECT_PRONOUNS or nxt.text[:1].isupper()
                                or nxt.norm == "about" or nxt.norm in _QUESTION_WORDS):
            return k + 1
    # a named audience, often an outlet: "told National Voice they felt safer"
    m = k
    while m < n and m - k < 4 and toks[m].text[:1].isupper() and _is_word(toks[m]):
        m += 1
    if m > k and m < n and (toks[m].norm in SUBJECT_PRONOUNS or toks[m].norm in DETERMINERS and toks[m].norm != "that"):
        return m
    clause = _clause_after_audience(toks, j)
    return clause if clause is not None else j


def _clause_after_audience(toks: list[Token], j: int) -> int | None:
    """Where a clause opened by a subject pronoun starts after a short noun phrase with its
    determiner ("told the series it is clear that ..." -> "it"), or None. A noun phrase does not go
    on into a subject pronoun and its verb, so the phrase is the audience and the clause is what was
    told (Quirk et al. 1985, ch. 16: an indirect object and a clause without "that"). A verb with
    nothing after it, or with a preposition after it, has lost its object to the noun ("told the story
    he had heard", "told the story he heard in Geneva": a relative clause without "that", §17.15), and
    the noun phrase with it is what was told.

    >>> from course.document import build_document
    >>> _clause_after_audience(build_document("told the series it is clear that it failed").tokens, 1)
    3
    >>> _clause_after_audience(build_document("told the story he had heard.").tokens, 1) is None
    True
    >>> _clause_after_audience(build_document("told a local broadcaster she was terrified").tokens, 1)
    4
    """
    n = len(toks)
    if toks[j].norm not in ("the", "a", "an") and toks[j].norm not in POSSESSIVES:
        return None
    p = j + 1
    while p < n and p - j <= 3 and _is_word(toks[p]) and toks[p].text.islower() and toks[p].norm not in _AUDIENCE_ENDS \
            and not _finite_like(toks[p]) and toks[p].norm not in SUBJECT_PRONOUNS:
        p += 1
    if p == j + 1 or p + 2 >= n or toks[p].norm not in SUBJECT_PRONOUNS - {"there"}:
        return None
    v = p + 1
    if not (toks[v].norm in AUX or _finite_like(toks[v])):
        return None
    q = v + 1
    # (a quotation mark may open the rest of the clause: 'told a broadcaster she was “terrified”')
    while q < n and (toks[q].norm in AUX or toks[q].norm == "not" or _is_adverb(toks[q]) or toks[q].text in QUOTE_CHARS):
        q += 1
    if q < n and toks[q].norm not in AUX and _finite_like(toks[q]) and toks[v].norm in AUX:
        if toks[v].norm in BE_FORMS and toks[q].norm not in _DITRANSITIVE_PARTICIPLES:
            return p  # a passive or an adjective needs no object: "told a broadcaster she was terrified"
            # (but a passive of giving keeps a gap for the noun: "told the story he was told")
        q += 1  # the participle of the verb group: "he had heard"
    return p if q < n and _is_word(toks[q]) and toks[q].norm not in _AUDIENCE_ENDS else None


#: Participles of giving and telling whose passive keeps a second object, which a relative clause may
#: have moved to its noun ("the story he was told", "the files they were given"; Quirk et al. 1985 §16.55).
_DITRANSITIVE_PARTICIPLES = frozenset("told given shown sent offered promised handed taught".split())
#: Words that end a noun phrase before a clause, or that leave a verb with no object of its own.
_AUDIENCE_ENDS = STOP | NP_PREPOSITIONS | AUX | COMPLEMENTIZERS | frozenset(SUBJECT_PRONOUNS) | frozenset("and or but".split())


def _subject_after_cue(toks: list[Token], a: int) -> bool:
    """Does the noun phrase ending at ``toks[a]`` open the clause reported by a verb right before
    it ("Judge Pall said Lorvia's assurances that ... were vague": the noun is that clause's subject)?"""
    q = a - 1
    while q >= 0 and (_is_word(toks[q]) and toks[q].norm not in STOP and not _finite_like(toks[q])
                      and toks[q].norm not in _cue_norms() or toks[q].text in ("'", "’")):
        q -= 1
    return q >= 0 and q < a and toks[q].text.islower() and (toks[q].norm == "that" or toks[q].norm in _cue_norms())


def _subject_clause_end(toks: list[Token], a: int, c: int) -> int | None:
    """Where a that-clause after a subject noun ends, when the noun opens the sentence:
    "Beijing's warnings that Washington is playing with fire | went unheeded". After the
    clause's own verb, a second verb that follows a noun belongs to the main clause.

    Returns the index of that verb, or None (the content runs to the sentence end).

    >>> from course.document import build_document
    >>> toks = build_document("His claims that the vote was rigged were false.").tokens
    >>> toks[_subject_clause_end(toks, 1, 3)].text
    'were'
    >>> _subject_clause_end(build_document("He repeated his claims that the vote was rigged.").tokens, 3, 5) is None
    True
    """
    # subject position: only a possessive, determiners, adjectives or a name before the noun
    q = a - 1
    while q >= 0 and toks[q].text.islower() and _is_word(toks[q]) and toks[q].norm not in STOP:
        q -= 1  # adjectives right before the noun ("repeated warnings")
    if any(_finite_like(toks[x]) or toks[x].norm in STOP for x in range(q + 1)) and not _subject_after_cue(toks, a):
        return None
    n = len(toks)
    if toks[a].norm in word_class("mandative-nouns"):
        mandative = _mandative_clause_end(toks, c, plural=toks[a].norm.endswith("s"))
        if mandative is not None:
            return mandative
    first = next((k for k in range(c, n) if _finite_like(toks[k])), None)
    if first is None:
        return None
    for k in range(first + 1, n):
        t = toks[k]
        if not _is_word(t) or t.norm in ("that", "who", "which", "and", "or", "but", "if", "when", "because"):
            if t.norm in ("and", "or", "but") or not _is_word(t):
                continue
            return None  # a new clause inside the content: stop looking
        if _main_verb_at(toks, k):
            # (a verb of saying or thinking first takes a clause of its own, whose verb this may be:
            # "Claims that the envoy said the talks had failed | proved false")
            if toks[first].norm in _clause_verbs() and toks[first].text.islower():
                later = next((x for x in range(k + 1, min(n, k + 12)) if not _is_word(toks[x])
                              or toks[x].norm in _CLAUSE_OPENERS or _main_verb_at(toks, x)), None)
                if later is not None and _is_word(toks[later]) and toks[later].norm not in _CLAUSE_OPENERS:
                    return later
            return k
    return None


#: Words that open a clause of their own inside a noun cue's that-clause.
_CLAUSE_OPENERS = frozenset("that who which and or but if when because".split())


#: Past forms of "be" that can end a mandative clause as the main verb ("... withdraw **was** rejected").
_PAST_BE = frozenset(("was", "were"))
#: Present linking verbs and "have" that can be the main verb after a mandative clause, by the number
#: of the noun they agree with ("The demands that the army withdraw **remain** unmet", "The demand
#: that the army withdraw **is** unmet"; Quirk et al. 1985: copular verbs).
_PRESENT_MAIN_VERBS = {True: frozenset("are have remain seem appear".split()),
                       False: frozenset("is has remains seems appears".split())}


def _mandative_clause_end(toks: list[Token], c: int, plural: bool | None = None) -> int | None:
    """Where the that-clause of a noun of demand or proposal ends (§6.2): its verb is a bare
    subjunctive ("The demands that the army **withdraw** grew louder"; Quirk et al. 1985 §16.32,
    mandative subjunctive), so the first past form after it, not after an auxiliary, is the main
    clause's verb ("grew", "was rejected"). A participle before a preposition or "by" describes the
    object ("troops stationed in Velma"), and a "should" or "would" makes the clause indicative-like:
    the search stops there, as at a clause opener. With the noun's number given (``plural``), a
    present linking verb or "have" that agrees with the noun after a lower-case word is the main
    verb too ("The demands that the army withdraw **remain** unmet"), unless a participle follows it
    ("the proposal that the envoy **has** made": a relative clause's perfect).

    Returns the index of the main verb, or None.

    >>> from course.document import build_document
    >>> toks = build_document("The demands that the army withdraw grew louder.").tokens
    >>> toks[_mandative_clause_end(toks, 3)].text
    'grew'
    >>> _mandative_clause_end(build_document("The demand that the army should withdraw grew.").tokens, 3) is None
    True
    >>> toks = build_document("The demands that the army withdraw remain unmet.").tokens
    >>> toks[_mandative_clause_end(toks, 2, plural=True)].text
    'remain'
    """
    n = len(toks)
    present = _PRESENT_MAIN_VERBS[plural] if plural is not None else frozenset()
    for k in range(c + 2, min(n, c + 25)):
        t = toks[k]
        if t.norm in present and _present_main_verb(toks, k):
            return k
        if not _is_word(t) or t.norm in _CLAUSE_OPENERS or t.norm in AUX and t.norm not in _PAST_BE | BE_FORMS:
            return None  # a clause of its own, a modal or a finite auxiliary: no bare clause to end
        if not (t.norm in _PAST_BE or t.norm in IRREGULAR_PAST or t.norm.endswith("ed")) or not _main_verb_at(toks, k):
            continue
        if k + 1 < n and (toks[k + 1].norm in PLACE_PREPOSITIONS or toks[k + 1].norm == "by"):
            continue  # "troops stationed in Velma", "a truce brokered by Ostland"
        return k
    return None


def _present_main_verb(toks: list[Token], k: int) -> bool:
    """Can the present verb at ``toks[k]`` end a mandative clause: after a lower-case word that is
    no auxiliary, "to" or "not" (the bare verb or its object), and before no participle ("the
    proposal that the envoy has made" is a relative clause's perfect), unless "been" and a past
    participle follow, a passive with no object to leave behind ("The demand that Tarsk withdraw
    its troops **has** been ignored")?"""
    prev, nxt = toks[k - 1], toks[k + 1] if k + 1 < len(toks) else None
    if not (_is_word(prev) and prev.text.islower() and prev.norm not in AUX | DETERMINERS | {"to"}):
        return False
    if nxt is not None and nxt.norm == "been" and k + 2 < len(toks) and toks[k + 2].text.islower() \
            and (toks[k + 2].norm.endswith(("ed", "en")) or toks[k + 2].norm in IRREGULAR_PAST):
        return True
    return nxt is None or not (nxt.text.islower() and (nxt.norm.endswith(("ed", "en", "ing")) or nxt.norm in IRREGULAR_PAST))


def _main_verb_at(toks: list[Token], k: int) -> bool:
    """Can the finite verb at ``toks[k]`` be the main clause's, after a noun cue's that-clause: a
    finite form after a word that is no auxiliary, adverb, determiner or "to" ("His claims that the
    vote was rigged **were** false"), not an adjective of the object ("issued revised guidance")?"""
    t, prev = toks[k], toks[k - 1]
    return _finite_like(t) and prev.norm not in AUX and prev.norm not in ("to", "not") and not _clitic(toks, k - 1) \
        and _is_word(prev) and not _is_adverb(prev) and prev.norm not in DETERMINERS | POSSESSIVES \
        and not _object_adjective(toks, k)


def _object_adjective(toks: list[Token], k: int) -> bool:
    """Is the -ed form at ``toks[k]`` an adjective of the object of the active verb right before it,
    with the main clause's verb after that object ("The claim that the ministry issued
    **revised** guidance was false", "... used **banned** weapons surfaced on Monday")? A past
    participle used as an adjective stands before its noun (Quirk et al. 1985); after a
    passive ("Reports that troops were deployed angered Tarsk") or with no verb after its noun
    ("Reports that the talks failed surprised officials") the -ed form is the main verb.

    >>> from course.document import build_document
    >>> toks = build_document("The claim that the ministry issued revised guidance was false.").tokens
    >>> other = build_document("Reports that the talks failed surprised officials.").tokens
    >>> _object_adjective(toks, 6), _object_adjective(other, 5)
    (True, False)
    """
    t, prev = toks[k], toks[k - 1]
    if t.norm in IRREGULAR_PAST or t.norm in AUX or not t.norm.endswith("ed") or prev.norm in AUX \
            or not _finite_like(prev) or k >= 2 and toks[k - 2].norm in BE_FORMS:
        return False
    n = len(toks)
    x = k + 1
    while x < n and x - k <= 8 and toks[x].text.islower() and _is_word(toks[x]) and not _finite_like(toks[x]) \
            and toks[x].norm not in ("that", "who", "which", "and", "or", "but"):
        x += 1
    return k + 1 < x < n and _finite_like(toks[x])


#: Finite auxiliaries and modals that show a bare reported clause ("believes Russia will ...").
#: Signs of a currency before a sum ("$214.9 billion", "€40 million").
_CURRENCY_SIGNS = frozenset("$ € £ ¥".split())


def _bare_clause_verb(toks: list[Token], j: int) -> int | None:
    """The verb of a "that"-less clause with a short subject right after a cue: a name ("Russia
    wants"), or "the"/"this"/"these" with one or two nouns ("the deal targets", "the drills
    threaten"); the verb is an -s form after a name or a singular noun, or a common plain verb
    after a plural noun, and an object follows it (a determiner, a name, "no one").

    >>> from course.document import build_document
    >>> t = build_document("Officials insist the drills threaten no one.").tokens
    >>> _bare_clause_verb(t, 2)
    4
    >>> _bare_clause_verb(build_document("They claim the disputed islands.").tokens, 2) is None
    True
    """
    n = len(toks)
    if j < n and toks[j].norm in ("the", "this", "these", "those", "its", "their"):
        splits = [(toks[j + m].norm, j + m + 1) for m in (1, 2)  # (subject head, verb index)
                  if j + m < n and all(toks[x].text.islower() and toks[x].text.isalpha() and toks[x].norm not in STOP
                                       for x in range(j + 1, j + m + 1))]
    elif j < n and toks[j].text[:1].isupper() and toks[j].text[1:2].islower() and toks[j].norm not in STOP:
        end = j + 1
        while end < n and toks[end].text[:1].isupper() and end - j < 3:
            end += 1
        splits = [("", end)]
    else:
        return None
    for head, v in splits:
        # (a sum or a number is an object too: "Apple holds $214.9 billion offshore", "the plan cuts 40 posts")
        counted = v + 2 < n and (_is_number(toks[v + 1]) or toks[v + 1].text in _CURRENCY_SIGNS and _is_number(toks[v + 2]))
        if v + 1 >= n or not (_is_word(toks[v + 1]) or counted):
            continue  # a verb with nothing after it is more likely a noun
        verb = toks[v]
        w = verb.norm
        if not verb.text.islower() or not verb.text.isalpha() or w in STOP:
            continue
        obj = toks[v + 1]
        object_follows = obj.norm in DETERMINERS - {"that"} or obj.norm in POSSESSIVES or obj.text[:1].isupper() \
            or obj.norm in ("no", "nobody", "nothing", "to") or counted  # ("the credit ratings fall": no object, a noun)
        # ("that" opens a clause with its own subject: "the deal means that it ..."; "the polls that
        # showed him ahead" is a noun and its relative clause)
        if obj.norm == "that" and v + 2 < n:
            after = toks[v + 2]
            object_follows = after.norm in SUBJECT_PRONOUNS | DETERMINERS | POSSESSIVES or after.text[:1].isupper()
        if w.endswith("s") and not w.endswith("ss") and len(w) > 3 and not head.endswith("s") and object_follows:
            return v  # "the deal targets China", "Russia wants a deal"
        if w in word_class("plain-clause-verbs") and head.endswith("s") and not head.endswith("ss") and object_follows:
            return v  # "the drills threaten no one"
    return None


#: Manner phrases that may stand between a cue and its wh-clause ("shows in detail how").
MANNER_PHRASES = frozenset(tuple(p.split()) for p in (
    "in detail", "in full", "at length", "in part", "in public", "in private", "in essence", "in effect",
    "in particular", "in short", "in brief", "in writing", "in person"))


#: Prepositions after which "that" is a determiner, never a complementizer ("in that spot", "for that
#: reason"; Quirk et al. 1985 §15.3: a that-clause is not the complement of a preposition).
_PREPOSITIONS_BEFORE_THAT = frozenset("in on at for with from by of about into over under after before".split())


def _object_free_clause_verb(toks: list[Token], j: int) -> bool:
    """Does a "that"-less clause open at ``toks[j]`` whose present -s verb takes no object: "he",
    "she" or "it" and the verb ("it knows how", "she wants more"), or "the"/"this"/"its"/"their"
    with one noun and a verb of holding good (class ``outcome-verbs``) as the clause's last word or
    before an adverb or a preposition ("the plan works", "the truce holds for now")? A verb of evidence
    or thought takes such a clause as its content (Quirk et al. 1985, zero that-clauses;
    ANNOTATION.md §6.1); another -s word after a noun is more likely a plural noun ("showed the new
    rules", "showed the peace talks").

    >>> from course.document import build_document
    >>> _object_free_clause_verb(build_document("The study showed the plan works.").tokens, 3)
    True
    >>> _object_free_clause_verb(build_document("The film showed the peace talks.").tokens, 3)
    False
    """
    n = len(toks)
    if j + 1 < n and toks[j].norm in ("he", "she", "it") and toks[j].text.islower():
        w = toks[j + 1].norm  # (a singular subject agrees with the -s form)
        return toks[j + 1].text.isalpha() and toks[j + 1].text.islower() and w.endswith("s") \
            and not w.endswith(("ss", "us", "is")) and len(w) > 3 and w not in STOP | AUX
    if not (j + 3 < n and toks[j].norm in ("the", "this", "its", "their")):
        return False
    noun, verb, nxt = toks[j + 1], toks[j + 2], toks[j + 3]
    if not (noun.text.isalpha() and noun.text.islower() and noun.norm not in STOP | DETERMINERS | AUX
            and not noun.norm.endswith("s") and not _is_adverb(noun)):
        return False
    if not (verb.text.islower() and verb.norm.endswith("s") and verb.norm in word_class("outcome-verbs")):
        return False
    return nxt.text in FINAL_PUNCT or nxt.text in (",", ";") or _is_adverb(nxt) and nxt.text.islower() \
        or nxt.norm in ("well", "again", "too") or nxt.norm in _PREPOSITIONS_BEFORE_THAT


def _present_verb_after_subject(toks: list[Token], k: int) -> bool:
    """Is ``toks[k]`` the -s verb of a "that"-less clause whose subject is a long noun phrase, with an
    of-phrase or a participle after its head ("believe the high level of priority being placed on
    voters **shows** the campaign is worried")? The -s form follows a lower-case noun and comes
    before a new noun phrase, a pronoun or "that" with its subject (Quirk et al. 1985, subject-verb
    concord: a finite verb agrees with the head of its subject; a plural noun is rarely followed at once by
    another determiner)."""
    n = len(toks)
    t, prev = toks[k], toks[k - 1]
    w = t.norm
    if not (t.text.isalpha() and t.text.islower() and w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3
            and w not in STOP | AUX and k + 1 < n):
        return False
    # (a verb of saying or evidence, or one that commonly heads such a clause: "shows", "suggests",
    # "wants"; a plural noun before a relative clause is none: "the conditions that many ...")
    if w not in _cue_norms() and w[:-1] not in word_class("plain-clause-verbs"):
        return False
    if not (prev.text.isalpha() and prev.text.islower() and prev.norm not in STOP | AUX | DETERMINERS | POSSESSIVES | PRONOUNS
            and prev.norm not in NP_PREPOSITIONS and not _is_adverb(prev)):
        return False
    nxt = toks[k + 1]
    if nxt.norm == "that" and k + 2 < n:
        nxt = toks[k + 2]
    return nxt.norm in (DETERMINERS - {"that"}) | POSSESSIVES | (SUBJECT_PRONOUNS - {"i", "you"}) \
        or nxt.text[:1].isupper() and nxt.text[1:2].islower() and nxt.norm not in STOP


def _bare_plural_noun(t: Token) -> bool:
    """Is ``t`` the plural of a noun of speech with a content clause ("reports", "claims")?"""
    return t.norm.endswith("s") and not t.norm.endswith("ss") and t.norm in _content_nouns()


def _noun_cue_with_its_speaker(toks: list[Token], j: int, k: int) -> bool:
    """Does a noun of speech right after the verb (``toks[j]``, bare or after "the") take its speaker
    after "by" or "from" before the "that" at ``toks[k]``? In "rejected claims by Drava that its navy
    had entered" the object is the claims with their speaker and clause, as in "denied reports that
    ..." (§6.2; the noun's own relation has the speaker as source, §6.1)."""
    noun = j + 1 if j + 1 < k and toks[j].norm == "the" else j
    if not (noun + 2 < k and toks[noun].text.islower() and toks[noun].norm in _content_nouns()
            and toks[noun + 1].norm in ("by", "from")):
        return False
    return k - noun <= 6 and all(_is_word(toks[x]) and toks[x].norm not in AUX | COMPLEMENTIZERS for x in range(noun + 2, k))


def _gapped_relative_verb(toks: list[Token], c: int) -> int | None:
    """After a "that" at ``c`` that follows a common noun, the index of the verb of a relative clause
    whose object the "that" stands for: a short subject and a past verb ("the mistakes that Tarsk
    made", "a ceasefire that the envoy backed"; Quirk et al. 1985 §17.12), or None.

    >>> from course.document import build_document
    >>> _gapped_relative_verb(build_document("Calls for a ceasefire that the envoy backed grew louder.").tokens, 4)
    7
    """
    n = len(toks)
    if c == 0 or not toks[c - 1].text.islower():
        return None  # (a name takes no such clause: "said from Moscow that Tarsk resigned" reports it)
    k = c + 1
    if k < n and toks[k].norm in DETERMINERS | POSSESSIVES:
        k += 1  # "that the army made"
    subject_end = min(n, k + 2)
    while k < subject_end and _is_word(toks[k]) and not _finite_like(toks[k]) and toks[k].norm not in COMPLEMENTIZERS:
        k += 1
    if k == c + 1 or k >= n:
        return None
    verb = toks[k]
    return k if verb.text.islower() and (verb.norm in IRREGULAR_PAST or verb.norm.endswith("ed")) else None


def _object_gap_relative(toks: list[Token], c: int) -> bool:
    """Is the "that" at ``c`` a relative pronoun for its verb's object (:func:`_gapped_relative_verb`)
    whose verb ends the clause ("learned from the mistakes that Tarsk made.")?

    >>> from course.document import build_document
    >>> _object_gap_relative(build_document("Officials learned from the mistakes that Tarsk made.").tokens, 5)
    True
    >>> _object_gap_relative(build_document("Officials know from calls that the convoy turned back.").tokens, 4)
    False
    """
    k = _gapped_relative_verb(toks, c)
    if k is None:
        return False
    return k + 1 >= len(toks) or toks[k + 1].text in FINAL_PUNCT or toks[k + 1].text in (",", ";", ":")


def _speech_object_gap(toks: list[Token], c: int) -> bool:
    """Is the "that" at ``c`` the object of a relative clause whose verb takes a text or words as its
    object and has none after it, with at most a time (:func:`_gapped_relative_verb`, class
    ``speech-object-verbs``)? In "denied the story that the paper published on Monday" the paper
    published the story: the clause says which story, it is no content (Quirk et al. 1985 §17.12; a
    that-clause has its own object: "denied the claim that troops had crossed the border").

    >>> from course.document import build_document
    >>> _speech_object_gap(build_document("denied the story that the paper published on Monday.").tokens, 3)
    True
    >>> _speech_object_gap(build_document("denied the story that the paper published a fake.").tokens, 3)
    False
    """
    v = _gapped_relative_verb(toks, c)
    if v is None or toks[v].norm not in word_class("speech-object-verbs"):
        return False
    y = v + 1 + _saying_time(toks, v + 1)
    return y >= len(toks) or not _is_word(toks[y]) or toks[y].norm in AUX


def _words_of_reply(toks: list[Token], j: int, c: int) -> bool:
    """Does the complement at ``toks[c]`` give the words of a reply after "respond" or "reply" (from
    ``toks[j]``)? A verb of reaction reports words only with a quotation, a that-clause or a
    colon before a quotation or a clause; with a manner or a means it names an act ("responded the
    same way that we must", "respond now: with force", "responded in kind"; Quirk et al. 1985 §8.79,
    adjuncts of manner and means). A "that" that ends its clause is a demonstrative, the thing
    answered ("responded to that."). A noun phrase before the "that" (one not inside a prepositional
    phrase, as "in a statement" is) is an adjunct of manner whose "that" is relative, and a colon
    before a preposition opens the manner.

    >>> from course.document import build_document
    >>> t = build_document("responded then the same way that we must respond now: with force").tokens
    >>> _words_of_reply(t, 1, 5), _words_of_reply(t, 9, 10)
    (False, False)
    >>> _words_of_reply(build_document("responded in a statement that it failed").tokens, 1, 4)
    True
    >>> _words_of_reply(build_document("responded to that.").tokens, 1, 2)
    False
    """
    if toks[c].text == ":":
        nxt = toks[c + 1] if c + 1 < len(toks) else None
        return nxt is not None and (nxt.text in QUOTE_CHARS or _is_word(nxt) and nxt.norm not in _MANNER_OPENERS)
    if toks[c].norm not in COMPLEMENTIZERS:
        return True
    if toks[c].norm == "that" and (c + 1 >= len(toks) or not _is_word(toks[c + 1])):
        return False  # "responded to that.": a demonstrative, the thing answered, no clause
    in_phrase = False
    for x in range(j, c):
        if toks[x].norm in _MANNER_OPENERS:
            in_phrase = True
        elif not in_phrase and (toks[x].norm in ("the", "a", "an") or toks[x].norm in POSSESSIVES):
            return False
    return True


def _reply_by_deed(toks: list[Token], j: int, word: CueWord) -> bool:
    """Does a verb of replying go on from ``toks[j]`` with a manner, a means or the thing answered,
    and no words of its own ("replied with a shrug", "replied in kind", "replied to the letter")?
    Such a reply is an act, as "retaliated" is (§6.1); "replied in a statement that ..." and
    "replied: “No”" give their words.

    >>> from course.document import build_document
    >>> w = CueWord("replied", "reply", "neutral", "speech", "", "")
    >>> _reply_by_deed(build_document("replied with a shrug.").tokens, 1, w)
    True
    >>> _reply_by_deed(build_document("replied in a statement that it failed.").tokens, 1, w)
    False
    """
    if word.lemma not in word_class("reply-lemmas") or j >= len(toks) or toks[j].norm not in _MANNER_OPENERS | {"the", "a", "an"}:
        return False
    c = _complement_at(toks, j)
    return c is None or not _words_of_reply(toks, j, c)


#: Prepositions that open a manner, a means or a setting after a verb ("with force", "in kind",
#: "by force", "at once").
_MANNER_OPENERS = NP_PREPOSITIONS | PLACE_PREPOSITIONS | frozenset("by on to through via".split())


def _relative_on_the_object(toks: list[Token], j: int, c: int, word: CueWord) -> bool:
    """Does the "that" at ``toks[c]`` open a relative clause on the noun-phrase object that starts at
    ``toks[j]``, not the verb's content? A verb that takes no addressee has no object before its
    that-clause: in "help Mr. Putin maintain the image of the strong leader that Mr. Trump so admires"
    the clause says which leader (Quirk et al. 1985 §17.12); "told the council that ..." and "warned
    the allies that ..." name an addressee, a time or a manner is no object ("said this week that ..."), and a noun
    of a fact or an idea keeps its own clause ("disputes the idea that ...")."""
    if c == j or toks[c].norm != "that" or toks[j].norm not in DETERMINERS | POSSESSIVES:
        return False
    if word.lemma in word_class("addressee-lemmas") or word.lemma in word_class("ditransitive-clause-lemmas") \
            or toks[c - 1].norm in word_class("appositive-nouns"):
        return False
    # (a noun phrase of time or manner is an adverbial, not an object: "said this week that ...",
    # "responded the same way that ...", Quirk et al. 1985, ch. 8, noun phrases as adjuncts)
    return all(_is_word(toks[x]) and toks[x].norm not in COMPLEMENTIZERS | AUX | TIME_WORDS | UNITS_AFTER_LAST | {"way"}
               for x in range(j, c))


def _name_object(tok: Token) -> bool:
    """Is the token a capitalised name that can be a verb's object ("Tarsk", "NATO"), not a day, a
    month or the pronoun "I"?"""
    return tok.text[:1].isupper() and tok.text.isalpha() and tok.norm not in TIME_WORDS and tok.norm != "i"


def _time_in_object(toks: list[Token], first: int) -> tuple[int, int]:
    """Where a time of saying stands inside a noun-phrase object that starts at ``first``, and how many
    tokens it has, or ``(-1, 0)``: in "accused Velm on Monday of blackmail after ..." the day comes
    between the object and its of-phrase, and the object still ends at the subordinator (§6.2).

    >>> from course.document import build_document
    >>> _time_in_object(build_document("accused Velm on Monday of blackmail").tokens, 1)
    (2, 2)
    """
    for k in range(first + 1, min(len(toks), first + 4)):
        length = _saying_time(toks, k)
        if length:
            return k, length
        if not _is_word(toks[k]) or toks[k].norm in COMPLEMENTIZERS:
            break
    return -1, 0


def _complement_at(toks: list[Token], j: int) -> int | None:
    """Index of the "that"/wh-word/colon/quote that opens the content, a few words after the cue."""
    n = len(toks)
    cues = _cue_norms()
    if j + 2 < n and (toks[j].norm, toks[j + 1].norm) in MANNER_PHRASES:
        j += 2  # "shows in detail how ...", "explained at length why ..."
    if j + 2 < n and toks[j].norm == "with":
        # a manner phrase of degree or stance before "that": "concludes with high confidence that",
        # 'with "moderate confidence" that', "said with regret that" (Quirk et al. 1985 §8.79,
        # manner adjuncts; the stance is the source's, the clause is the content)
        m = next((x for x in range(j + 1, min(n, j + 6)) if toks[x].norm == "that"), None)
        if m is not None and m > j + 1 and all(
                toks[x].text in QUOTE_CHARS or toks[x].text.islower() and toks[x].text.isalpha()
                and toks[x].norm not in DETERMINERS - {"some", "great", "little"} | POSSESSIVES | AUX | COMPLEMENTIZERS
                for x in range(j + 1, m)):
            j = m
    if j + 2 < n and toks[j].norm == "from":
        # the evidence or the place the knowledge comes from, before "that": "know from intercepted
        # calls that ...", "said from Moscow that ..." (the source of the knowledge, a setting;
        # the clause is the verb's, as after "said in a statement")
        m = next((x for x in range(j + 1, min(n, j + 7)) if toks[x].norm == "that" or not _is_word(toks[x])), None)
        # (not a relative "that" with its verb: "learned from the mistakes that were made"; nor one whose
        # object is the noun after "from" when the verb is complete with its from-phrase, "learned from
        # the mistakes that Tarsk made", Quirk et al. 1985 §16.5, prepositional verbs: "know from calls
        # that the convoy withdrew" needs its clause, the "that" opens it)
        if m is not None and m > j + 1 and toks[m].norm == "that" and not _demonstrative_that(toks, m) \
                and not (m + 1 < n and (toks[m + 1].norm in AUX or _finite_like(toks[m + 1]))) \
                and not (toks[j - 1].norm in word_class("from-complement-verbs") and _object_gap_relative(toks, m)) and all(
                toks[x].norm not in AUX | COMPLEMENTIZERS | {"and", "but", "or"} for x in range(j + 1, m)):
            j = m
    # an infinitive with a noun phrase object: a "that" after the noun is a relative clause, and
    # the infinitive is the content ("threatened to veto any measure that targets ..."; but
    # "is intended to make sure that ..." keeps its clause)
    infinitive = j + 1 < n and toks[j].norm == "to" and toks[j + 1].text.islower() and _is_word(toks[j + 1]) \
        and toks[j + 1].norm not in DETERMINERS | POSSESSIVES | speaker_nouns() | word_class("media-nouns") | STOP \
        and not toks[j + 1].norm.endswith("s")
    # (a setting with a text or an occasion in it may be longer: "said in a statement quoted by the state
    # news agency TNA that", "said in remarks carried by the state news agency VNA that")
    setting = j + 2 < n and toks[j].norm in ("in", "at") and any(
        toks[x].norm in document_nouns() or toks[x].norm in _SETTING_NOUNS for x in range(j + 1, min(n, j + 4)))
    for k in range(j, min(n, j + (14 if setting else 9))):
        if infinitive and toks[k].norm == "that" and any(toks[x].norm in DETERMINERS | POSSESSIVES for x in range(j + 2, k)):
            return None
        t = toks[k]
        if t.norm == "that" and k > j and toks[k - 1].norm in _PREPOSITIONS_BEFORE_THAT:
            continue  # a determiner after a preposition: "wrote in 2014 for people in that spot"
        if t.norm in COMPLEMENTIZERS and (k == j or t.norm == "that"):
            if t.norm == "that" and any(toks[x].norm in ("so", "such") for x in range(j, k)):
                return None  # a clause of result: "would add so many layers that it would fail" (Quirk et al. 1985 §15.50)
            if t.norm == "that" and k > j and k + 1 < n and toks[k + 1].norm in AUX:
                return None  # "warned X to refrain from actions that would ...": a relative "that"
            if t.norm == "that" and k > j and toks[j].norm == "from" and toks[j - 1].norm in word_class("from-complement-verbs") \
                    and _object_gap_relative(toks, k):
                return None  # "learned from the mistakes that Tarsk made": a relative clause on the noun
            if t.norm == "that" and k > j and _speech_object_gap(toks, k):
                return None  # "denied the story that the paper published": the noun is the published text
            if t.norm == "that" and k > j + 1 and j > 0 and toks[j - 1].norm == "for" and _gapped_relative_verb(toks, k) is not None:
                return None  # "called for a ceasefire that the envoy backed": "for" takes a noun phrase, the clause is on it
            if t.norm == "that" and k > j and k + 2 < n and toks[k + 1].text.islower() \
                    and (toks[k + 1].norm.endswith(("s", "ed")) and not toks[k + 1].norm.endswith("ss")
                         or toks[k + 1].norm in IRREGULAR_PAST) and (
                        toks[k + 2].norm in DETERMINERS | POSSESSIVES | OBJECT_PRONOUNS
                        or toks[k + 2].norm == "to" and k + 3 < n and toks[k + 3].norm in OBJECT_PRONOUNS
                        or _name_object(toks[k + 2])
                        # (a past verb and a bare plural object with no verb of its own after it: "found code
                        # that matched tools previously used by ..."; "said that wounded soldiers were ..."
                        # is a clause whose subject is "wounded soldiers")
                        or toks[k + 1].norm.endswith("ed") and _bare_plural(toks[k + 2])
                        and k + 3 < n and toks[k + 3].norm not in AUX and not _finite_like(toks[k + 3])
                        and toks[k + 3].norm not in ("and", "or")):
                # "declares a zone that includes the islands", "every rock that belongs to us", "showed
                # the fragment that hit the satellite ...", "cited a nation that borders Tarsk": a verb
                # right after "that" makes it the subject of a relative clause
                return None
            if k > j and toks[k - 1].norm in cues and toks[k - 1].text.islower() and (_noun_context(toks, k - 1) or (
                    toks[k - 1].norm in _content_nouns() and k >= 3 and toks[k - 3].norm in DETERMINERS
                    and toks[k - 2].text.islower() and _is_word(toks[k - 2])) or k - 1 == j and _bare_plural_noun(toks[j])) \
                    and not (k >= 3 and toks[k - 3].norm in TIME_PREPOSITIONS | {"in", "at", "on", "with", "via", "through"}) \
                    and not (k - 2 >= j and toks[k - 2].norm in ("in", "at") and toks[k - 1].norm in _SETTING_NOUNS):
                # "repeated his claims that ...": the object noun heads its own clause (but "said
                # in a statement that ..." is a setting, and the clause is the verb's), also a plural
                # with no determiner right after the verb, which an -s verb cannot be without its subject
                # ("denied reports that troops had crossed", "said reports that ... were false")
                return None
            if t.norm == "that" and _noun_cue_with_its_speaker(toks, j, k):
                return None  # "rejected claims by Drava that ...": the noun and its speaker head the object
            return k
        if t.text == ":" or t.text in QUOTE_CHARS or t.text == "'" and k + 1 < n and toks[k + 1].text == "'":
            if infinitive and k > j:
                return None  # a quotation inside the infinitive: 'vowed to bring back “every last prisoner”'
            return k
        if t.text == "," and k + 1 < n and toks[k + 1].text in QUOTE_CHARS + "'":
            return k + 1
        if t.text == "," and k == j:
            # a parenthesis between the cue and its clause: "reported, citing two sources, that ..."
            # ("continues to insist, most recently in a Labor Day interview with ABC News, that")
            close = next((m for m in range(k + 1, min(n - 1, k + 16)) if toks[m].text == ","), None)
            if close is not None and toks[close + 1].norm == "that":
                return close + 1
            return None
        if not _is_word(t) and t.text not in ("'", "’", "-"):
            return None
        if k > j and _idiom_at(toks, k):
            return None  # an idiom of arguing in an infinitive, "sought to make clear that ...": the verb's clause
        if t.norm in AUX and not _capitalised_modal(toks, k) or t.norm in ("and", "but", "or", "which", "who") \
                or k > j and _clitic(toks, k) or (
                k > j and t.norm in cues and t.text.islower() and not _noun_context(toks, k)
                and not (t.norm in _SETTING_NOUNS and toks[k - 1].norm in ("in", "at"))  # ("said in remarks ... that")
                # (a modifier of a medium after a preposition: "said on state television that ...")
                and not (toks[k - 1].norm in ("in", "on", "at") and k + 1 < n and toks[k + 1].norm in word_class("media-nouns"))
                and not (k >= 2 and toks[k - 2].norm in DETERMINERS and toks[k - 1].text.islower() and _is_word(toks[k - 1])
                         and not _finite_like(t) and _bare_clause_verb(toks, j) != k)
                # (a participle with its agent after a noun reduces a relative clause: "said in a
                # confidential report seen by AP that ...", "said in a report published on Thursday that ...")
                and not (k + 1 < n and (toks[k + 1].norm == "by" or toks[k - 1].norm in document_nouns()
                                        and toks[k + 1].norm in PUBLISHED_WHEN)
                         and toks[k - 1].text.islower() and _is_word(toks[k - 1])
                         and toks[k - 1].norm not in AUX and (t.norm.endswith("ed") or t.norm in IRREGULAR_PAST or t.norm.endswith("en")))):
            # (a cue word two words after a determiner is a noun too: "told Macron in a phone call that";
            # not a past form: "said the decisions confirmed that ..." reports a clause with its own verb,
            # nor the -s verb of a bare clause: "believe the decision shows that ...")
            return None
    return None


#: Days that may stand between a cue and its clause ("revealed Tuesday the drug was found").
SAYING_DAYS = DAY_NAMES | {"today", "yesterday", "tonight"}


def _saying_time(toks: list[Token], k: int) -> int:
    """How many tokens of a time of saying start at ``toks[k]`` ("Tuesday", "on Monday", "last
    week", "earlier this week"), or 0.

    >>> from course.document import build_document
    >>> t = build_document("said on Monday it would, said earlier this week he").tokens
    >>> _saying_time(t, 1), _saying_time(t, 7), _saying_time(t, 2)
    (2, 3, 1)
    """
    n = len(toks)
    units = UNITS_AFTER_LAST
    if 0 < k < n and toks[k].norm in units and toks[k - 1].norm in ("last", "this", "next"):
        return 1  # "last" was read past as an adverb: "said last week the talks had failed"
    w = 0
    if k < n and toks[k].norm in ("earlier", "late", "later"):
        w = 1
    if k + w < n and toks[k + w].norm == "on" and k + w + 1 < n and toks[k + w + 1].norm in SAYING_DAYS - {"today", "yesterday", "tonight"}:
        return w + 2
    if k + w + 1 < n and toks[k + w].norm in ("last", "this", "next") \
            and toks[k + w + 1].norm in units:
        return w + 2
    if w == 0 and k < n and toks[k].norm in SAYING_DAYS:
        return 1
    return 0


#: Prepositions and subordinators that cannot open the subject of a bare clause ("thought of the
#: days when he would return", "Speaking after officials said ..." report no clause).
CLAUSELESS_OPENERS = frozenset("of about on over for into onto upon against toward towards after before while because "
                               "although though since unless until once whereas".split()) | PLACE_PREPOSITIONS


def _simple_past_verb(toks: list[Token], k: int) -> bool:
    """Is ``toks[k]`` the simple-past verb of a bare clause whose subject ends before it? An
    irregular past ("knew", "told"), or an -ed form with an object after it (a past participle
    rarely has one: "found the building destroyed"), after a noun or a pronoun, past adverbs.

    >>> from course.document import build_document
    >>> t = build_document("The study found the ministry knew about it.").tokens
    >>> _simple_past_verb(t, 5), _simple_past_verb(build_document("They found the building destroyed.").tokens, 4)
    (True, False)
    """
    t = toks[k]
    if not t.text.islower() or not t.text.replace("-", "").isalpha():
        return False
    n = len(toks)
    nxt = toks[k + 1] if k + 1 < n else None
    if t.norm in IRREGULAR_PAST:
        past = True
    elif t.norm.endswith("s") and not t.norm.endswith(("ss", "us", "is")) and len(t.norm) > 4 and nxt is not None:
        # a present -s verb with a clause or an object after it: "the truck story suggests the
        # government understands that it needs a plan"
        # ("that" must open a clause with its own subject: "the polls that showed him ..." is a noun
        # with a relative clause)
        after = toks[k + 2] if k + 2 < n else None
        past = nxt.norm == "that" and after is not None and (after.norm in SUBJECT_PRONOUNS | DETERMINERS | POSSESSIVES
                                                            or after.text[:1].isupper()) \
            or nxt.norm in (DETERMINERS - {"that"}) | POSSESSIVES | OBJECT_PRONOUNS and nxt.text.islower()
    elif t.norm.endswith("ed") and len(t.norm) > 4 and nxt is not None:
        # (not before a name or a title: "a memoir entitled The Long Table")
        past = nxt.norm in DETERMINERS | POSSESSIVES | OBJECT_PRONOUNS and nxt.text.islower()
        # ... or a verb that takes no object and so has no passive participle to reduce a relative
        # clause (Levin 1993 §47-48): "argued the talks collapsed", "believes the deal failed"
        # (a "by" and its agent after one still reads as a passive: "a deal ended by the court")
        past = past or t.norm in word_class("objectless-past-verbs") and not (
            nxt.norm == "by" and k + 2 < n and (toks[k + 2].norm in DETERMINERS | POSSESSIVES or toks[k + 2].text[:1].isupper()))
        # ... unless an adverb of manner or frequency stands before the verb: "found the agency
        # consistently rated Lorvian firms higher" (a participle after "-ly" takes no name as object)
        past = past or _is_adverb(toks[k - 1]) and toks[k - 1].norm.endswith("ly") and toks[k - 1].text.islower() \
            and nxt.text[:1].isupper() and nxt.text[1:2].islower() and nxt.norm not in TIME_WORDS
    else:
        return False
    p = k - 1
    while p > 0 and _is_adverb(toks[p]) and toks[p].text.islower():
        p -= 1
    prev = toks[p]
    return past and _is_word(prev) and prev.norm not in STOP | AUX | DETERMINERS | POSSESSIVES | COMPLEMENTIZERS \
        and prev.norm not in ("and", "or", "to", "not")


#: Coordinators, which join and open no subject.
_COORDINATORS = frozenset("and or but nor yet so".split())
#: Plurals with no -s (Quirk et al. 1985 §5.82, mutation and zero plurals) that head a bare subject.
_PLURALS_WITHOUT_S = frozenset("men women people children police".split())


def _bare_subject_past(toks: list[Token], j: int, k: int) -> bool:
    """Is ``toks[j:k]`` a subject with no determiner and ``toks[k]`` its verb in the simple past? The
    subject is one word (a mass noun or a plural: "violence erupted") or up to three words ending in
    a plural ("armed men crossed"), as a bare singular count noun takes no verb; the verb is an -ed
    form or an irregular past, not an -s form (a bare plural takes none: "consider literacy rates a
    measure" names an object), and a past that is also a participle has its object after it: with none,
    it reduces a relative clause on the noun ("reports sent by Tarsk").

    >>> from course.document import build_document
    >>> t = build_document("troops came home, troops held the bridge, reports sent by Tarsk").tokens
    >>> _bare_subject_past(t, 0, 1), _bare_subject_past(t, 4, 5), _bare_subject_past(t, 9, 10)
    (True, True, False)
    """
    head = toks[k - 1].norm
    if k - j > 3 or k - j > 1 and not (head.endswith("s") and not head.endswith(("ss", "us", "is"))
                                       or head in _PLURALS_WITHOUT_S):
        return False
    t = toks[k]
    if not (t.norm.endswith("ed") or t.norm in IRREGULAR_PAST):
        return False
    if t.norm not in IRREGULAR_PAST or t.norm in PAST_ONLY:
        return True
    return k + 1 < len(toks) and toks[k + 1].norm in DETERMINERS | POSSESSIVES | OBJECT_PRONOUNS and toks[k + 1].text.islower()


def _addressee_apposition_end(toks: list[Token], j: int) -> int | None:
    """The index of the "to" of a request whose addressee has an apposition between commas ("asked
    Mira Holt, the commission's chair, to review the ballots"), or None. The addressee is a name or
    a determiner's noun phrase of at most six tokens, the apposition at most fourteen."""
    n = len(toks)
    k = j
    while k < n and k - j < 6 and (_is_word(toks[k]) or toks[k].text in ("'", "’")) \
            and toks[k].norm not in AUX - {"s"} | COMPLEMENTIZERS | {"to"}:
        k += 1
    if k == j or k >= n or toks[k].text != "," or not (toks[j].text[:1].isupper() or toks[j].norm in DETERMINERS):
        return None
    close = next((m for m in range(k + 1, min(n, k + 16)) if toks[m].text == ","), None)
    if close is None or close + 2 >= n or toks[close + 1].norm != "to" or not toks[close + 2].text.islower() \
            or not _is_word(toks[close + 2]) or toks[close + 2].norm in DETERMINERS | POSSESSIVES:
        return None
    if any(not _is_word(toks[x]) and toks[x].text not in ("'", "’") or toks[x].norm in AUX - {"s"} for x in range(k + 1, close)):
        return None
    return close + 1


def _pro_form_so(toks: list[Token], j: int) -> bool:
    """Is ``toks[j]`` the pro-form "so" standing for a whole clause after a verb of saying or
    thinking, with nothing of its clause after it ("The envoy does not think so.", "He said so, and
    left")? Not the adverb of "so far", "so that", "so much".

    >>> from course.document import build_document
    >>> t = build_document("He does not think so. He said so far nothing had changed.").tokens
    >>> _pro_form_so(t, 4), _pro_form_so(t, 8)
    (True, False)
    """
    width = _pro_form_width(toks, j)
    return width > 0 and (j + width == len(toks) or toks[j + width].text in FINAL_PUNCT + ",;:" + QUOTE_CHARS)


def _pro_form_width(toks: list[Token], j: int) -> int:
    """How many tokens a pro-form for a whole clause has at ``toks[j]``: "so" (1) or "as much" (2),
    not the comparison "as much as" (Quirk et al. 1985 §12.29, "so" and "as much" as clause substitutes);
    0 when there is none."""
    if toks[j].norm == "so":
        return 1
    if toks[j].norm == "as" and j + 1 < len(toks) and toks[j + 1].norm == "much" \
            and not (j + 2 < len(toks) and toks[j + 2].norm == "as"):
        return 2
    return 0


def _frame_signal(toks: list[Token], j: int, word: CueWord) -> bool:
    """A reporting frame right after the cue: that/wh-clause, colon, quotation, a clause,
    or a to-infinitive for commitments and directives."""
    n = len(toks)
    if j >= n:
        return False
    c = _complement_at(toks, j)
    # a participle clause after a comma is the subject's next act or its reason, a supplementive
    # clause (Quirk et al. 1985 §15.59), not the content of a verb that needs a frame: "Tarsk
    # refused, saying its territory is not subject to inspection" (the participle reports for
    # itself); an aside closed by its own comma before the clause is not ("believe, speaking
    # privately, that ...")
    if toks[j].text == "," and j + 1 < n and toks[j + 1].text.islower() and toks[j + 1].norm.endswith("ing") \
            and _is_word(toks[j + 1]) and (c is None or not any(toks[x].text == "," for x in range(j + 2, c))):
        return False
    if c is not None:
        # an "if" right after a verb of replying is a condition, not a question asked: "would respond
        # if it must" (answering lemmas keep it: "did not say if ...")
        if c == j and toks[c].norm == "if" and word.lemma in word_class("reply-lemmas"):
            return False
        # "speak" takes no that-clause: "spoke in a cottage on a base that overlooks ..." is a relative
        if word.lemma in word_class("clauseless-lemmas") and toks[c].norm in COMPLEMENTIZERS:
            return False
        if word.lemma in word_class("reply-lemmas") and not _words_of_reply(toks, j, c):
            return False
        return not _relative_on_the_object(toks, j, c, word)
    t = toks[j]
    # the pro-form "so" that stands for a clause and ends it (Quirk et al. 1985: "so" as a clause
    # substitute): "does not think so", "said so" (not "so far", "so that": a word follows)
    if _pro_form_so(toks, j):
        return True
    # a bare clause: "believes Russia will ...", "showed Clinton was ..."
    if t.norm in SUBJECT_PRONOUNS - {"it", "you"} and j + 1 < n and toks[j + 1].text[:1].islower():
        return True
    # ... and one whose verb is a lexical verb after a short subject: "insist the drills threaten
    # no one", "claim the deal targets China", "think Russia wants a deal"
    v = _bare_clause_verb(toks, j)
    if v is not None and word.frame in ("cognitive", "ambiguous"):
        return True
    # ... or an -s verb that needs no object, after a verb of thought or evidence: "The study showed
    # the plan works", "It has shown it knows how" (§6.1)
    if word.frame in ("cognitive", "ambiguous", "object") and _object_free_clause_verb(toks, j):
        return True
    # a period of time before the bare clause, which is the clause's own ("hope in the coming weeks
    # the talks will resume", as "said in the coming weeks the talks will ..."; §6.2)
    period = _period_width(toks, j)
    if period and j + period < n and toks[j + period].norm not in ("to", "that") \
            and (toks[j + period].norm in DETERMINERS | POSSESSIVES | SUBJECT_PRONOUNS or toks[j + period].text[:1].isupper()) \
            and _frame_signal(toks, j + period, word):
        return True
    # a clause in the simple past: "the study found the ministry knew about the shortages", "the
    # memo suggests the envoy warned Tarsk" (verbs that always report, "said", take any clause)
    # (its subject opens with a determiner, a name, a pronoun or a quantifier and holds no preposition
    # but "of": "demonstrated outside the paper after it backed Clinton" reports nothing)
    clause_past = word.frame in ("cognitive", "ambiguous", "object") and (
        t.norm in DETERMINERS | POSSESSIVES | SUBJECT_PRONOUNS | QUANTIFIER_SOURCES or t.text[:1].isupper() and _is_word(t))
    # ... or a bare plural or mass noun, with no determiner ("insisted troops crossed the border"):
    # then a past form that is also a participle needs its object ("confirmed reports sent by
    # Tarsk" is a noun and a reduced relative clause; Quirk et al. 1985 §17.27)
    bare_subject = not clause_past and word.frame in ("cognitive", "ambiguous", "object") and t.text.isalpha() \
        and t.text.islower() and t.norm not in STOP | AUX | PRONOUNS | _COORDINATORS and not _is_adverb(t) \
        and not t.norm.endswith("ing")
    if t.norm not in AUX and t.norm != "to" and t.norm not in CLAUSELESS_OPENERS:
        # the subject of the reported clause may carry a to-infinitive, an of-phrase or a
        # coordinated noun ("believes his efforts to slow warming will be ...", "believe
        # bigotry and xenophobia are acceptable"); the finite word must follow a noun, not
        # "and" or "to" (that would be a second verb of the main clause: "show restraint and will")
        k = j + 1
        limit = min(n, j + 10)
        skipped = 0
        while k < limit:
            # a relative clause between commas inside the subject: "insisted the islands, which it
            # calls the Diaoyu, were Chinese territory"
            if toks[k].text == "," and k + 1 < n and toks[k + 1].norm in ("which", "who"):
                close = next((m for m in range(k + 2, min(n, k + 14)) if toks[m].text == ","), None)
                if close is not None:
                    skipped += close + 1 - k
                    limit = min(n, limit + (close + 1 - k))
                    k = close + 1
                    continue
            if toks[k].text in ("'", "’") and k + 1 < n and toks[k + 1].norm == "s" and toks[k].start == toks[k - 1].end:
                k += 2  # a possessive inside the subject: "showed the government's line was ..."
                continue
            if not _is_word(toks[k]) or toks[k].norm in ("that", "which", "who", "but", "or", "because", "if", "when", "where", "while",
                                                         "before", "after", "until", "since", "unless", "although", "though", "once"):
                break  # (a clause of time or reason ends the object: "read the letter before it was sent")
            if k - j - skipped >= 6 and toks[k].norm in ("to", "and", "of", "for"):
                break
            if toks[k].norm in FINITE_AUX and toks[k - 1].norm not in ("and", "or", "to", "not") \
                    and toks[k - 1].norm not in FINITE_AUX and not _is_adverb(toks[k - 1]):
                return True
            if (clause_past or bare_subject and _bare_subject_past(toks, j, k)) and k > j and _simple_past_verb(toks, k) \
                    and all(toks[x].norm not in STOP | NP_PREPOSITIONS or toks[x].norm == "of" for x in range(j, k)):
                return True
            if word.frame in ("cognitive", "ambiguous") and k > j + 2 and t.norm in DETERMINERS | POSSESSIVES \
                    and not any(toks[x].norm in ("to", "as") for x in range(j, k)) and _present_verb_after_subject(toks, k):
                return True  # "believe the high level of priority being placed on voters shows ..."
            k += 1
    if word.verb_class == "commissive-directive" or word.frame == "volition" or word.lemma in ("agree",):
        # a verb of warning or advising takes what it warns against as its content, a gerund or a
        # noun phrase after "against" ("cautioned against reading too much into it", "advised against
        # haste"), as "warned against" does (Quirk et al. 1985 §16.27, prepositional verbs)
        # (also after the person warned, a pronoun or a name: "cautioned Tarsk against any escalation")
        if word.lemma in word_class("warning-lemmas"):
            k = j + 1 if t.norm in OBJECT_PRONOUNS else next(
                (x for x in range(j, min(n, j + 4)) if not (toks[x].text[:1].isupper() and _is_word(toks[x]))), j)
            if k < n - 1 and toks[k].norm == "against" and _is_word(toks[k + 1]):
                return True
        if _addressee_apposition_end(toks, j) is not None:
            return True  # "asked Mira Holt, the commission's chair, to review the ballots"
        for k in range(j, min(n, j + 6)):
            if toks[k].norm == "to" and k + 1 < n and toks[k + 1].text[:1].islower() and toks[k + 1].norm not in DETERMINERS:
                return True
            # (the requested act may be quoted: 'appealed to the government to “stop hiding”')
            if toks[k].norm == "to" and k + 2 < n and toks[k + 1].text in QUOTE_CHARS and toks[k + 2].text[:1].islower() \
                    and toks[k + 2].norm not in DETERMINERS:
                return True
            if not _is_word(toks[k]):
                break
    return False


#: Nouns of a period of time ("in the coming weeks", "within days", "over the next year").
_PERIOD_UNITS = frozenset("day days week weeks weekend month months year years hour hours decade decades".split())
#: Words that may stand between a preposition of time and its unit ("the coming", "the next few").
_PERIOD_MODIFIERS = NUMBER_WORDS | frozenset("the a coming next past last few several two three".split())


def _period_width(toks: list[Token], j: int) -> int:
    """How many tokens of a period of time open at ``toks[j]``: "in", "within" or "over", a few
    modifiers and a unit of time ("in the coming weeks", "within days", "over the next year"), or 0.

    >>> from course.document import build_document
    >>> t = build_document("hope in the coming weeks the talks").tokens
    >>> _period_width(t, 1), _period_width(build_document("hope in Velm the talks").tokens, 1)
    (4, 0)
    """
    n = len(toks)
    if j >= n or toks[j].norm not in ("in", "within", "over"):
        return 0
    for k in range(j + 1, min(n, j + 5)):
        if toks[k].norm in _PERIOD_UNITS:
            return k + 1 - j
        if toks[k].norm not in _PERIOD_MODIFIERS and not _is_number(toks[k]):
            return 0
    return 0


def _forward_content(doc, sent, toks, j, opens) -> tuple[Span | None, str]:
    """The content after the cue: a quotation, or the clause after 'that', to the sentence end."""
    n = len(toks)
    text = doc.text
    k = j
    # addressee or setting before "that": "told reporters that", "said in a statement that"
    c = _complement_at(toks, k)
    if c is not None and toks[c].norm == "that" and not _demonstrative_that(toks, c):
        k = c + 1
    elif c is not None and toks[c].norm in COMPLEMENTIZERS:
        k = c  # a wh-clause after a manner phrase: "shows in detail how ..." -> "how ..."
    elif c is not None and (toks[c].text in QUOTE_CHARS + "'" or toks[c].text == ":"):
        # "says the deployment “may become necessary”": a subject, then a quoted fragment
        # that goes on in lower case, is a mixed clause starting at the subject
        # (a time of saying may come first: 'said on Tuesday his government "may need to ..."')
        k_subject = k + _saying_time(toks, k)
        fragment = c > k_subject and toks[c - 1].text not in (",", ":") and c + 1 < n and toks[c + 1].text[:1].islower() \
            and toks[k_subject].norm not in ("in", "on", "at", "to", "during", "after", "before", "with") \
            or c > k_subject and toks[c - 1].norm == "to" and c + 1 < n and toks[c + 1].text[:1].islower()
        # (a quoted act after an infinitive marker is part of the request: 'appealed to the government
        # to “stop hiding”' keeps its addressee)
        if not fragment:
            k = c
    while k < n and toks[k].text in (",", ":"):
        k += 1
    # a day right after the cue is the time of saying, not content ("revealed Tuesday the drug
    # was found" -> "the drug was found")
    # (also "on Monday", "last week", "earlier this week": "said on Monday it would respond")
    w = _saying_time(toks, k)
    if w and k + w < n and toks[k + w].norm not in ("that", ",", ".") and (
            toks[k + w].norm in DETERMINERS | SUBJECT_PRONOUNS | {"to"} or toks[k + w].text[:1].isupper()):
        k += w  # ("agreed on Thursday to observe the ceasefire" -> "observe the ceasefire")
    # the infinitive marker is not content ("threatening to shut down" -> "shut down"; §6.2)
    if k + 1 < n and toks[k].norm == "to" and toks[k + 1].text[:1].islower() and toks[k + 1].norm not in DETERMINERS:
        k += 1
    if k >= n:
        return None, "indirect"
    start = toks[k].start
    if start in opens:
        q = opens[start]
        span = _quote_interior(doc, q)
        # the whole rest of the sentence is the quotation: direct
        rest = text[q[3] : sent.end].strip()
        if not rest.strip(FINAL_PUNCT + " ") or q[2] >= sent.end - 1:
            return span, "direct"
    content = _sentence_content(doc, sent, start)
    return content, _kind(text, content, "indirect")


def _demonstrative_that(toks: list[Token], c: int) -> bool:
    """Is "that" at toks[c] a determiner ("found that action unconstitutional") or a pronoun
    ("Officials denied that."), not a complementizer? Its clause would have no verb before the
    next comma or the end.

    >>> from course.document import build_document
    >>> _demonstrative_that(build_document("He found that action unconstitutional.").tokens, 2)
    True
    >>> _demonstrative_that(build_document("Officials denied that.").tokens, 2)
    True
    >>> _demonstrative_that(build_document("He found that the action was unconstitutional.").tokens, 2)
    False
    >>> _demonstrative_that(build_document("Critics say that is wishful thinking.").tokens, 2)
    True
    """
    if c + 1 >= len(toks) or toks[c + 1].text in FINAL_PUNCT or toks[c + 1].text == ";" \
            or toks[c + 1].text == "," and c + 2 < len(toks) and toks[c + 2].norm.endswith("ing"):
        return True  # (but "said that, in his view, the talks had failed" opens a clause)
    if toks[c + 1].norm in FINITE_AUX and toks[c + 1].text.islower() \
            and not (c + 2 < len(toks) and toks[c + 2].norm in SUBJECT_PRONOUNS):
        # the clause's subject: "Critics say that is wishful thinking" (a complementizer needs a subject
        # after it); but an inverted condition follows one: "speculated that had he stayed, ..."
        return True
    for k in range(c + 1, min(len(toks), c + 40)):  # a window, not a copy of the sentence's rest
        t = toks[k]
        if t.text in QUOTE_CHARS:
            continue  # (a quoted fragment is part of the clause: 'that anyone who “tests our patience” would ...')
        if t.text in (",", ";", ":") or t.text in FINAL_PUNCT:
            break
        if _finite_like(t) or t.text.islower() and t.norm.endswith("s") and not t.norm.endswith("ss") \
                or t.norm in _cue_norms() and t.text.islower():
            return False
    if c + 1 >= len(toks):
        return False
    nxt = toks[c + 1]  # a determiner is followed by its noun, not by "during", "about 20", "some"
    return nxt.text[:1].islower() and nxt.norm not in DETERMINERS | SUBJECT_PRONOUNS | STOP | GERUND_PREPOSITIONS \
        and nxt.norm not in NP_PREPOSITIONS | {"about", "around", "despite", "amid", "if"} and not _is_adverb(nxt) \
        and not _is_number(nxt) and nxt.norm not in NUMBER_WORDS


def _bounded_clause_start(doc: Document, sent: Sentence, end: int) -> int:
    """Where a content that ends at offset ``end`` and runs back to its clause's start begins: the
    clause's start (:func:`_clause_start`), or ``MAX_CONTENT_CHARS`` before ``end`` in a run-on text."""
    start = _clause_start(doc, sent)
    if end - start > MAX_CONTENT_CHARS:
        start = doc.tokens[bisect.bisect_left(doc._token_starts, end - MAX_CONTENT_CHARS)].start
    return start


def _colon_before(toks: list[Token], k: int, start: int) -> int | None:
    """The nearest colon before ``toks[k]`` and after offset ``start``, not a clock time's ("8:30"),
    or None: the writer's framing before it is not the content."""
    for x in range(k - 1, 0, -1):
        if toks[x].start <= start:
            return None
        if toks[x].text == ":" and not (toks[x - 1].end == toks[x].start and toks[x - 1].text[-1:].isdigit()):
            return x
    return None


def _backward_content(doc, sent, toks, c0, closes) -> Span | None:
    """The content before an inverted cue: the quotation just closed, or the clause before the comma."""
    k = c0 - 1
    if k >= 0 and toks[k].text == "," and k - 1 >= 0 and toks[k - 1].start in closes:
        k -= 1
    if k >= 0 and toks[k].start in closes:
        q = closes[toks[k].start]
        mixed = _writer_words_before_quote(doc, sent, toks, q)
        if mixed is not None:
            return mixed
        return _quote_interior(doc, q)
    if k >= 0 and toks[k].text == ",":
        end = toks[k].start
        start = _bounded_clause_start(doc, sent, end)
        # the writer's framing before a colon is not the speaker's ("Whether investors agree remains
        # to be seen: the bond market, traders said, is pricing in ..."; §6.2)
        colon = _colon_before(toks, k, start)
        if colon is not None and colon + 1 < k and not any(t.text in QUOTE_CHARS for t in toks[colon:k]):
            start = toks[colon + 1].start
        first = _first_token_at(doc, toks, start)
        inside = toks[max(0, first):k]
        if _participial_frame(inside) and _short_final_frame(toks, k):
            return None  # "Asked whether the talks would resume, the minister replied.": a setting, no content
        if not _clause_like(inside):
            # "A few weeks earlier, Scott was speaking to ...", "In addition, the campaign
            # plans ...": an opening adverbial alone sets the scene, it is not reported content
            # ("In Geneva, the talks resumed, the ministry said": the setting is part of the claim)
            comma = next((x for x, t in enumerate(inside) if t.text == ","), None)
            if comma is None or not _clause_like(inside[comma + 1:]) or len(inside) - comma < 3:
                return None
        if len(inside) > 2 and inside[0].norm in ("and", "but", "so") and inside[0].start == start \
                and inside[1].norm not in ADVERBIAL_OPENERS:  # ("But for the navy" keeps its "But")
            start = inside[1].start  # "And the talks failed, he said": the link is the writer's
        elif len(inside) > 3 and inside[0].norm in WRITER_CONNECTIVES and inside[1].text == "," \
                and inside[0].start == start:
            start = inside[2].start  # "Meanwhile, the two sides will resume talks, officials said"
        elif inside and inside[0].start == start:
            # the writer's framing: "In a sign that neither side wants a confrontation, officials
            # from both navies spoke by telephone, a Velmish official said"
            framed = _writer_framing_end(toks, first, k)
            if framed is not None and framed < k and _clause_like(toks[framed:k]):
                start = toks[framed].start
        return _span(doc, start, end)
    return None


#: Words after an opening participle that show it sets a scene ("Asked whether ...", "Speaking to ...").
_FRAME_PARTICIPLE_NEXT = frozenset("by about whether if how why when what on to at after before during in for".split())


def _participial_frame(inside: list[Token]) -> bool:
    """Are the words before an inverted-looking "..., the minister replied." a participle clause that
    sets the scene ("Asked whether the talks would resume", "Speaking to reporters in Velma"), not a
    reported clause? The participle opens them, capitalised, with a preposition or a question word
    right after it; a gerund subject takes its object ("Sending troops would be a mistake, he said")."""
    if len(inside) < 2 or not inside[0].text[:1].isupper():
        return False
    head = inside[0].norm
    return (head.endswith("ed") or head.endswith("ing") and len(head) > 5 and head not in _NOT_PARTICIPLES) \
        and inside[1].norm in _FRAME_PARTICIPLE_NEXT and head in _cue_norms()


def _short_final_frame(toks: list[Token], k: int) -> bool:
    """Do only a speaker and a verb group end the sentence after the comma ``toks[k]`` ("..., the
    minister replied."), with no object, clause or quotation of their own?"""
    rest = toks[k + 1:k + 10]
    return len(rest) <= 8 and not any(t.norm in ("to", "that", "with", "by") or t.text in QUOTE_CHARS + ":" for t in rest)


#: Words after which a quotation may open a clause of its own ('... because “...,” she said').
_CLAUSE_OPENING_WORDS = frozenset("because that and but or while since if when though although so whereas".split())


def _fragment_inside_clause(doc, inside: list[Token], q) -> bool:
    """Does the quotation carry on a phrase the writer's words opened, so it cannot be an utterance
    of its own: it starts in lower case after a word that opens no clause ('would “cross a red
    line”', 'of “a distorted version”')? Then an inverted cue after it reports the whole clause,
    a report inside it included ('Marek said such a move would “cross a red line”, his office said')."""
    first = doc.text[q[1]:q[1] + 1] if q[1] < len(doc.text) else ""
    return first.islower() and inside[-1].norm not in _CLAUSE_OPENING_WORDS


def _writer_words_before_quote(doc, sent, toks, q) -> Span | None:
    """The whole clause before an inverted cue when it only ends in a quotation: 'Lorvia is
    acting "like a bully", the minister said' reports the clause, quoted words and all (a mixed
    report, §6.3), not just "like a bully". None when the quotation opens the clause or follows
    a comma or a colon ('Asked about the talks, "We will not back down," the minister said').

    >>> from course.document import build_document, quotations
    >>> d = build_document('Lorvia is acting "like a bully", the minister said.')
    >>> q = quotations(d)[0]
    >>> _writer_words_before_quote(d, d.sentences[0], d.tokens, q).text
    'Lorvia is acting "like a bully"'
    """
    start = _bounded_clause_start(doc, sent, q[0])
    if q[0] <= start or q[0] < sent.start:
        return None
    first = _first_token_at(doc, toks, start)
    inside = list(takewhile(lambda t: t.end <= q[0], islice(toks, max(0, first), None)))
    if not inside or not _is_word(inside[-1]):
        return None
    framed = _writer_framing_end(inside, 0, len(inside))
    if framed is not None and framed < len(inside):
        inside = inside[framed:]  # the writer's framing: "In a move seen as a snub, Velm is acting "like a bully", ..."
        start = inside[0].start
    if any(t.text in QUOTE_CHARS for t in inside) or not _clause_like(inside):
        return None
    if any(t.norm in _cue_norms() and t.text.islower() and (t.norm.endswith("ed") or t.norm in ("said", "told", "felt", "thought"))
           for t in inside) and not _fragment_inside_clause(doc, inside, q):
        return None  # another report before the quotation ("DuVernay said she felt ... because “...,” she said")
    if len(inside) > 2 and inside[0].norm in ("and", "but", "so") and inside[1].norm not in ADVERBIAL_OPENERS:
        start = inside[1].start
    elif len(inside) > 3 and inside[0].norm in WRITER_CONNECTIVES and inside[1].text == ",":
        start = inside[2].start
    return _span(doc, max(start, inside[0].start), q[3])


#: Connectives with which the writer links a report to the text before it ("Meanwhile, ...",
#: "However, ..."): the writer's words, not the source's.
WRITER_CONNECTIVES = frozenset("meanwhile however moreover furthermore separately still nevertheless nonetheless "
                               "also additionally elsewhere".split())
#: Connectives of more than one word that do the same ("At the same time, ...", "In addition, ...").
WRITER_CONNECTIVE_PHRASES = (("at", "the", "same", "time"), ("in", "addition"), ("on", "the", "other", "hand"),
                             ("by", "contrast"), ("in", "contrast"), ("even", "so"), ("in", "the", "meantime"))


def _writer_framing_end(toks: list[Token], first: int, limit: int) -> int | None:
    """The token after the comma that closes the writer's interpretive framing at ``toks[first]``:
    "In" + a determiner (and up to two modifiers) + a noun of framing (class ``framing-nouns``),
    or "In what" + a verb ("In a sign that neither side wants a confrontation, ...", "In a move seen
    as a snub, ...", "In what appeared to be a warning, ..."). None when no such phrase opens there.

    >>> from course.document import build_document
    >>> t = build_document("In a sign that neither side wants a fight, the navies spoke, an official said.").tokens
    >>> t[_writer_framing_end(t, 0, len(t))].text
    'the'
    >>> _writer_framing_end(build_document("In a statement, the navies spoke, an official said.").tokens, 0, 12) is None
    True
    """
    if not (0 <= first and first + 3 < limit and toks[first].norm == "in" and toks[first].text[:1].isupper()):
        return None
    k = first + 1
    if toks[k].norm == "what":
        if not (toks[k + 1].text.islower() and (_finite_like(toks[k + 1]) or toks[k + 1].norm in ("seems", "appears", "looks"))):
            return None
    elif toks[k].norm in ("a", "an", "another", "the", "what"):
        noun = next((x for x in range(k + 1, min(limit, k + 4)) if toks[x].norm in word_class("framing-nouns")), None)
        if noun is None or not all(toks[x].text.islower() and _is_word(toks[x]) for x in range(k + 1, noun)):
            return None
    else:
        return None
    for x in range(k + 1, min(limit - 2, first + 30)):
        if toks[x].text in QUOTE_CHARS + ";:()":
            return None
        if toks[x].text == ",":
            return x + 1
    return None


def _after_writer_connective(doc: Document, toks: list[Token], start: int) -> int:
    """Where the content starts after the writer's connective and its comma that open the clause at
    ``start`` ("At the same time, 58 percent agreed ..., according to the results" -> "58 percent
    ..."): the link to the text before is the writer's (ANNOTATION.md §6.2, "Meanwhile, ...").

    >>> from course.document import build_document
    >>> d = build_document("At the same time, most voters agreed, according to the poll.")
    >>> d.text[_after_writer_connective(d, d.tokens, 0):][:11]
    'most voters'
    """
    first = _first_token_at(doc, toks, start)
    if first < 0:
        return start
    words = tuple(t.norm for t in toks[first:first + 5])
    for size in [1] + [len(p) for p in WRITER_CONNECTIVE_PHRASES]:
        if (size == 1 and words[:1] and words[0] in WRITER_CONNECTIVES or words[:size] in WRITER_CONNECTIVE_PHRASES) \
                and first + size + 1 < len(toks) and toks[first + size].text == ",":
            return toks[first + size + 1].start
    framed = _writer_framing_end(toks, first, len(toks))
    if framed is not None and _clause_like(toks[framed:framed + 12]):
        return toks[framed].start  # "In a sign that ..., the navies spoke, according to ..."
    return start


#: Words that open an adverbial, not a clause: prepositions and subordinators.
ADVERBIAL_OPENERS = frozenset("in on at after before during since for from with without under back or according "
                              "when while if although though as because despite amid following".split())


def _clause_like(toks: list[Token]) -> bool:
    """Can these words be reported content before an inverted cue, not an opening adverbial?

    Content does not open with a preposition or a subordinator ("In addition, the campaign
    plans"), and is not a time phrase ("A few weeks earlier, Scott was speaking"); a noun phrase
    alone can be split content ("Moscow, the spokesman stressed, will not back down").

    >>> from course.document import build_document
    >>> _clause_like(build_document("The talks will resume").tokens), _clause_like(build_document("Moscow").tokens)
    (True, True)
    >>> _clause_like(build_document("A few weeks earlier").tokens), _clause_like(build_document("In addition").tokens)
    (False, False)
    >>> _clause_like(build_document("At least 63 people were detained").tokens)
    True
    """
    rest = (t for t in toks if _is_word(t))  # (read lazily: a run-on clause is not listed whole)
    words = list(islice(rest, 3))
    while words and words[0].norm in ("and", "but", "so"):
        words = words[1:] + list(islice(rest, 1))  # "But the talks failed, he said": the link is the writer's
    if len(words) > 2 and words[0].norm in ("at", "up") and words[1].norm in ("least", "most", "to"):
        words = words[2:]  # "At least 63 people were detained": a number's modifier, not a preposition
    if not words or words[0].norm in ADVERBIAL_OPENERS:
        return False
    return not all(t.norm in TIME_WORDS or t.norm in DETERMINERS or t.norm in NUMBER_WORDS or _is_number(t)
                   or t.norm in TIME_UNITS for t in chain(words, rest))


#: The word lists under the constant names they had in this module (``contents.ADDRESSEE_LEMMAS``),
#: now classes of ``attribution_word_classes.tsv`` read on first use.
__getattr__ = lazy_constants(__name__, {
    "ADDRESSEE_LEMMAS": lambda: word_class("addressee-lemmas"),
    "CLAUSELESS_LEMMAS": lambda: word_class("clauseless-lemmas"),
})


def _end_plural_noun_cue(doc: Document, sent: Sentence, toks: list[Token], f: _Found) -> None:
    """End the content of a plural noun cue that opens the sentence with its "for" object before
    the sentence's main verb (§6.2): in "Calls for a ceasefire grew louder" the calls are the
    subject, "grew louder" is the writer's; content "a ceasefire". A participle with "by" after
    the object is the object's ("Calls for a ceasefire backed by the UN grew louder").

    >>> from course import analyze
    >>> [r.content.text for r in analyze("Calls for a ceasefire went unheeded.").attributions]
    ['a ceasefire']
    """
    a, b = f.cue
    first = toks[a]
    if f.source is not None or f.content is None or toks[b].norm != "for" or not first.text[:1].isupper() \
            or not first.norm.endswith("s") or first.norm.endswith("ss") \
            or any(_is_word(toks[x]) and not _is_adverb(toks[x]) for x in range(a)):
        return
    n = len(toks)
    k = b + 2
    while k < n:
        t = toks[k]
        if toks[k - 1].start >= f.content.end or not _is_word(t):
            return  # the content ended: it stays as it is
        if t.norm in _CLAUSE_OPENERS:
            after = _subject_relative_verb_end(toks, k)
            if after is None and t.norm == "that" and (verb := _gapped_relative_verb(toks, k)) is not None:
                after = verb + 1  # "a ceasefire that the envoy backed": the relative pronoun is the verb's object
            if after is None:
                return  # a clause of its own opens inside the content: it stays as it is
            k = after  # a relative clause on the object keeps its verb: "a ceasefire that would end the war"
            continue
        if _main_verb_at(toks, k) and not (k + 1 < n and toks[k + 1].norm == "by"):
            f.content = _sentence_content(doc, sent, f.content.start, t.start)
            return
        k += 1


def _subject_relative_verb_end(toks: list[Token], k: int) -> int | None:
    """After a relative pronoun at ``toks[k]`` that is its clause's subject ("a ceasefire **that
    would end** the war"), the index after the relative clause's verb group; None when ``toks[k]``
    opens no such clause.

    >>> from course.document import build_document
    >>> t = build_document("Calls for a ceasefire that would end the war grew louder.").tokens
    >>> t[_subject_relative_verb_end(t, 4)].text
    'the'
    """
    n = len(toks)
    if toks[k].norm not in ("that", "which", "who") or k + 1 >= n:
        return None
    x = k + 1
    while x < n and (toks[x].norm in AUX or _is_adverb(toks[x])):
        x += 1
    if x == k + 1 and not _finite_like(toks[x]) or x >= n or not toks[x].text.islower() or not _is_word(toks[x]):
        return None
    return x + 1


#: Words that make a bare day their object, not a time of saying ("a fabrication about Monday").
_DAY_GOVERNORS = NP_PREPOSITIONS | TIME_PREPOSITIONS | PLACE_PREPOSITIONS | frozenset(
    "about of for since until till by from to last this next".split())


def _cut_time_after_label(doc: Document, toks: list[Token], f: _Found) -> None:
    """Cut the time of saying after a label verb's object and label (§6.2): the time dates the
    labelling, as in "said on Monday", and is the writer's ("called the report a fabrication on
    Monday" → "the report a fabrication").

    A refusal to answer dates the refusal the same way: "declined to comment on Thursday" →
    "comment" (what was withheld, §6.4; "refused to sign the deal on Thursday" keeps its day, which
    may be the signing's).

    >>> from course import analyze
    >>> [r.content.text for r in analyze("Tarsk called the report a fabrication on Monday.").attributions]
    ['the report a fabrication']
    >>> [r.content.text for r in analyze("Officials declined to comment on Thursday.").attributions]
    ['comment']
    """
    if f.content is None or f.kind == "direct":
        return
    end = _first_token_at(doc, toks, f.content.end)  # the first token after the content
    # a label: a naming verb's second object ("called the report a fabrication") or "as" with one
    # ("dismissed the report as a fabrication"); a plain object keeps its time ("reported gunfire
    # near the border on Tuesday")
    labels = f.word.frame == "object" and (f.word.lemma in word_class("naming-lemmas") or any(
        toks[x].norm == "as" for x in range(f.cue[1] + 2, end)))
    first = _first_token_at(doc, toks, f.content.start)
    refuses = f.word.lemma in word_class("clauseless-lemmas") - {"speak"} and first < end \
        and toks[first].norm in word_class("answering-lemmas")
    if not (labels or refuses):
        return
    for width in (2, 1):  # "on Monday", "last week"; "yesterday", "Monday"
        k = end - width
        if k > f.cue[1] + 2 and toks[k].start > f.content.start and _saying_time(toks, k) == width \
                and not (width == 1 and toks[k - 1].norm in _DAY_GOVERNORS):  # "a fabrication about Monday"
            f.content = _span(doc, f.content.start, toks[k - 1].end)
            return
