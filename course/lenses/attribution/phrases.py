"""Noun phrases around a cue: the source before it or after it (inverted order), appositions,
relative clauses, bracketed party labels, and the tests that tell a reporting verb from a
noun with the same spelling ("a new report", "twenty-seven states")."""

from __future__ import annotations

from ...document import Token
from .lexicon import _content_nouns, _cue_norms
from .words import (
    AUX, CHANNEL_NOUNS, DETERMINERS, FINAL_PUNCT, GERUND_PREPOSITIONS, IRREGULAR_PAST, MODALS, NP_PREPOSITIONS, PARTICIPLE_ONLY,
    PLACE_PREPOSITIONS,
    NUMBER_WORDS, POSSESSIVES, PRONOUNS, QUANTIFIER_SOURCES, QUOTE_CHARS, STOP,
    SUBJECT_PRONOUNS, TIME_PREPOSITIONS, TIME_UNITS, TIME_WORDS, UNITS_AFTER_LAST,
    _capitalised_modal, _clitic, _premodifier, _finite_like, _is_adverb, _surname_modal,
    _is_number, _is_word, _np_word, _outlet_today, _participle, adjective_list_comma, document_nouns, lazy_constants, speaker_nouns, word_class,
)


def _left_np(toks: list[Token], j: int, floor: int = 0) -> tuple[int, int] | None:
    """The noun phrase ending at toks[j] (inclusive), walking left; (first, last) or None."""
    if j < floor:
        return None
    if toks[j].norm in PRONOUNS and toks[j].norm not in ("one",) or toks[j].norm in QUANTIFIER_SOURCES:
        return (j, j)
    if toks[j].norm == "whom" and j >= 2 + floor and toks[j - 1].norm == "of" and toks[j - 2].norm in QUANTIFIER_SOURCES:
        return (j - 2, j)  # "many of whom say"
    cue_words, speakers = _cue_norms(), speaker_nouns()
    if toks[j].norm in ("there", "here") and toks[j].text.islower() and j - 1 >= floor and toks[j - 1].norm in speakers:
        head = _left_np(toks, j - 1, floor)  # a place adverb after the noun: "An official there" (Quirk et al. 1985 §17.50)
        return (head[0], j) if head is not None else None
    k = j
    while k >= floor:
        t = toks[k]
        if k != j and t.text[:1].islower() and (t.norm.endswith("ed") or t.norm in IRREGULAR_PAST) and k > floor \
                and toks[k + 1].norm in POSSESSIVES | {"the", "a", "an"} \
                and (toks[k - 1].norm not in DETERMINERS | POSSESSIVES or k - 1 == 0 and toks[k - 1].norm in QUANTIFIER_SOURCES) \
                and not _is_adverb(toks[k - 1]) \
                and toks[k - 1].text not in ("-", "‐", "'", "’") and toks[k - 1].norm != "s" \
                and not _in_relative_clause(toks, k, floor):
            break  # a verb with its object ends the phrase: "the Department mishandled the investigation"
        if k != j and k > floor and t.text[:1].islower() and (t.norm.endswith("ed") or t.norm in IRREGULAR_PAST) \
                and toks[k - 1].norm in AUX and toks[k - 1].norm not in ("s", "'s", "be", "been", "being") \
                and not _in_relative_clause(toks, k, floor):
            break  # ... and after an auxiliary: "the US has [shared] intelligence suggesting ..."
        if k != j and t.norm.endswith("ly") and _is_adverb(t) and k > floor and toks[k - 1].norm in DETERMINERS | {"of"}:
            k -= 1  # "the newly appointed envoy", "an analysis of newly filed reports"
            continue
        if k != j and k - 1 >= floor and _is_adverb(t) and t.text.islower() and _np_word(toks, k - 1) \
                and toks[k - 1].norm not in PRONOUNS | AUX and _reduced_relative_participle(toks[k + 1]):
            k -= 1  # a reduced relative with its adverb: "those still held", "the men already freed"
            continue
        if _contact_clause_object(toks, k, j):
            break  # "a move Pyongyang has called a rehearsal": the source is "Pyongyang"
        if k != j and t.norm in ("what", "which", "whether"):
            break  # "held what both sides described as ...": the source is "both sides" (and "asked
            # whether the commission would publish": "the commission")
        if _np_word(toks, k) and not (t.norm in cue_words and t.text[:1].islower() and k != j and t.norm not in speakers
                                      and not _noun_context(toks, k) and not _demonym_modifier(toks, k)
                                      and not _premodifier(toks, k)):
            if t.norm in PRONOUNS and k != j and t.norm not in POSSESSIVES and t.norm != "one":
                break  # ("one official" keeps its determiner)
            k -= 1
            continue
        if k != j and k > floor and adjective_list_comma(toks, k) and _np_word(toks, k - 1):
            k -= 1  # "a small, pro-Western country said"
            continue
        # a preposition or "and" inside a name-like phrase
        if (
            t.norm in NP_PREPOSITIONS or t.norm == "and"
            or t.norm == "to" and k - 1 >= floor and (
                toks[k - 1].norm in ("close", "closest", "loyal", "near", "delegate", "emissary")
                or toks[k - 1].norm in speakers)  # "Russia's ambassador to the UN"
            or t.norm == "on" and k - 1 >= floor and toks[k - 1].norm in speakers
            and k + 1 <= j and toks[k + 1].norm not in TIME_WORDS  # "experts on North Korea"
        ) and k - 1 >= floor and _np_word(toks, k - 1) and toks[k - 1].norm not in PRONOUNS and j - k < 10:
            if t.norm == "and" and not (toks[k + 1].text[:1].isupper() and toks[k - 1].text[:1].isupper()):
                break
            k -= 1
            continue
        break
    first = k + 1
    while first <= j and (toks[first].norm in NP_PREPOSITIONS or toks[first].norm == "and" or toks[first].text in "-&'’."):
        first += 1
    if first > j or j - first > 14:
        return None
    if all(toks[x].norm in DETERMINERS for x in range(first, j + 1)):
        return None
    return (first, j)


def _reduced_relative_participle(t: Token) -> bool:
    """Is ``t`` a past participle that may open a reduced relative clause after its noun and an
    adverb ("those **still held**", "the men **already freed**"; Quirk et al. 1985 §17.27,
    nonfinite postmodifiers)?"""
    return t.text.islower() and _is_word(t) and (t.norm.endswith("ed") and len(t.norm) > 3
                                                 or t.norm in IRREGULAR_PAST or t.norm in PARTICIPLE_ONLY)


def _in_relative_clause(toks: list[Token], k: int, floor: int = 0) -> bool:
    """Is the verb at ``toks[k]`` inside a relative clause of the noun phrase ("firms that had
    insured the bank", "the envoy who briefed reporters")? Then it belongs to the phrase.

    >>> from course.document import build_document
    >>> t = build_document("Firms that had insured the bank agreed.").tokens
    >>> _in_relative_clause(t, 3), _in_relative_clause(build_document("The US has shared data.").tokens, 3)
    (True, False)
    """
    rel = ("that", "which", "who")
    return k - 1 >= floor and toks[k - 1].norm in rel or (
        k - 2 >= floor and toks[k - 1].norm in AUX and toks[k - 2].norm in rel)


#: Words that are no bare object noun before a contact clause: function words and prepositions.
_NOT_BARE_OBJECTS = STOP | NP_PREPOSITIONS | PLACE_PREPOSITIONS | TIME_PREPOSITIONS


def _contact_clause_object(toks: list[Token], k: int, j: int) -> bool:
    """Is ``toks[k]`` a common noun that a relative clause with no "that" follows, opening with a
    name or a determiner ("a move Pyongyang has called ...", "an allegation the shipping company
    denied")? Then the noun phrase that reports is the one after the noun. A bare noun after a past verb
    or a dash counts too, before a determiner ("condemned interference the senator said ..."). A title
    or an outlet before a name is one phrase with it ("news agency Xinhua", "spokesman Dmitry Peskov",
    "the former President").

    >>> from course.document import build_document
    >>> t = build_document("a move Pyongyang called").tokens
    >>> _contact_clause_object(t, 1, 2), _contact_clause_object(build_document("news agency Xinhua said").tokens, 1, 2)
    (True, False)
    """
    if k >= j or k < 1:
        return False
    t, nxt = toks[k], toks[k + 1]
    # (or a second noun phrase with its own determiner: "an allegation the shipping company denied")
    starts_np = nxt.text[:1].isupper() or nxt.norm in ("the", "its", "their", "his", "her")
    # (a counted or partitive plural is a noun phrase too: "a group of 11 pilots Tarsk regards as
    # ...", "three activists Velm has called traitors"; Quirk et al. 1985 §17.15, contact clauses;
    # a title before a name takes no numeral, so a counted speaker noun is no title)
    counted = t.norm.endswith("s") and (_is_number(toks[k - 1]) or toks[k - 1].norm in NUMBER_WORDS
                                        or toks[k - 1].norm in ("of", "many", "several", "some", "these", "those")) \
        and nxt.norm not in TIME_WORDS and nxt.text[:1].isupper() and all(x.norm != "and" for x in toks[k + 1:j + 1])
    # (a bare noun right after a past verb is its object too: "condemned interference the senator said
    # is meant to divide voters")
    # (and a bare noun after a dash, the writer's renaming: "for interference -- meddling the senator said
    # is meant to divide voters")
    bare_object = nxt.norm in ("the", "its", "their", "his", "her") and t.text.isalpha() and t.norm not in _NOT_BARE_OBJECTS \
        and (toks[k - 1].text.islower() and toks[k - 1].norm not in AUX
             and (toks[k - 1].norm.endswith("ed") and len(toks[k - 1].norm) > 4 or toks[k - 1].norm in IRREGULAR_PAST)
             or toks[k - 1].text in ("—", "–") or toks[k - 1].text == "-" and k > 1 and toks[k - 2].text == "-")
    # (a ranking word may stand between the article and the noun: "the first time the government said")
    ranked = k >= 2 and toks[k - 1].norm in _RANKING_WORDS and toks[k - 2].norm in ("a", "an", "the")
    # (a bare plural right after "a"/"an" + a singular noun heads a phrase of its own: "a" takes no
    # plural head, so "hit a depot officials said was empty" opens a contact clause whose subject is
    # "officials"; not a quantity, "a few officials", "a dozen officials")
    plural_after_singular = k + 1 == j and toks[k - 1].norm in ("a", "an") and _bare_plural(nxt) \
        and not t.norm.endswith("s") and t.norm not in _QUANTITY_NOUNS
    return (t.text.isalpha() and t.text.islower() and (starts_np or plural_after_singular)
            and (toks[k - 1].norm in ("a", "an", "the") or counted or bare_object or ranked)
            and (counted or t.norm not in speaker_nouns()) and t.norm not in word_class("media-nouns")
            and t.norm not in word_class("title-modifiers") and not _demonym_modifier(toks, k)
            # (an adjective stands before a name, never before a determiner: "a tactic the opposition called";
            # a noun of speech ending like one is a noun: "a finding Kessian officials dismissed")
            and not (t.norm.endswith(_ADJECTIVE_ENDINGS) and nxt.text[:1].isupper()
                     and t.norm not in _content_nouns()))


#: Ordinals and words of rank between an article and the noun of a contact clause ("the first time",
#: "the last day", "the only thing").
_RANKING_WORDS = frozenset("first second third last next only same".split())
#: Nouns of quantity that "a" or "an" joins to a plural ("a few officials", "a dozen envoys"; Quirk
#: et al. 1985, ch. 5, quantifiers): the plural is the phrase's head, not a new phrase.
_QUANTITY_NOUNS = frozenset("few little lot lots couple dozen score hundred thousand million billion handful number "
                            "majority minority third quarter half".split())


def _bare_plural(tok: Token) -> bool:
    """Is the token a lower-case plural noun shape ("officials", "analysts"), not "-ss" ("press")?"""
    return tok.text.isalpha() and tok.text.islower() and tok.norm.endswith("s") and not tok.norm.endswith(("ss", "us", "is")) \
        and len(tok.norm) > 3


#: Endings of adjectives, which may stand before a name in one phrase ("the nonpartisan Commission",
#: "a memorable Hillary Clinton ad"); the test above wants a noun.
_ADJECTIVE_ENDINGS = ("an", "al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ent", "ant", "ish", "ed",
                      "ing", "ern", "ese", "y")


_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "ic", "an", "i")


def _demonym_modifier(toks: list[Token], k: int) -> bool:
    """Is toks[k] a bare noun after a nationality adjective ("Sorrenian state television",
    "Russian state media"), not a verb? A finite verb there would be inflected ("states")."""
    if k == 0 or toks[k].norm.endswith(("s", "ed", "ing")):
        return False
    p = toks[k - 1]
    return p.text[:1].isupper() and p.text[1:].islower() and p.norm.endswith(_DEMONYM_ENDINGS)


#: Determiners that take only a plural count noun ("many reports", "several claims"; Quirk et al.
#: 1985, count nouns): a plain form after one is a verb whose subject is the determiner used as a pronoun.
_PLURAL_COUNT_DETERMINERS = frozenset("many several few both these those".split())


def _noun_context(toks: list[Token], k: int) -> bool:
    """Is toks[k] preceded by a determiner or a possessive ("the claim", "Trump's state")?"""
    if k == 0:
        return False
    p = toks[k - 1].norm
    plain = not toks[k].norm.endswith(("s", "ed", "ing")) and toks[k].norm not in IRREGULAR_PAST
    if p in _PLURAL_COUNT_DETERMINERS and plain:
        return False  # a plural count determiner takes no singular noun: "Many believe", "Those say" (a verb)
    if p in ("some", "all") and plain and (k == 1 or not _is_word(toks[k - 2])):
        return False  # ... and a quantifier opening its clause is the subject: "Some believe", "All agree"
    if p in DETERMINERS - {"that"}:
        return True
    if p == "s" and k >= 3 and toks[k - 2].text in ("'", "’") and toks[k - 2].start == toks[k - 3].end:
        return toks[k - 3].norm not in SUBJECT_PRONOUNS | {"that", "who", "what", "there"}
    return False
#: Determiners that can only start a singular noun phrase ("a new report", "this tweet").
SINGULAR_DETERMINERS = frozenset("a an this every each another one".split())
#: Quantifiers of mass nouns: "little doubt", "much concern" are noun phrases.
MASS_QUANTIFIERS = frozenset("little much more less enough".split())
#: Determiners that start a plural noun phrase ("these remarks", "many states").
PLURAL_DETERMINERS = frozenset("these those many several some all both few".split())


def _inside_noun_phrase(toks: list[Token], a: int, noun_entry: bool = False) -> bool:
    """Is the cue word at toks[a] the head noun of a phrase opened a few words earlier
    ("a Donald Trump tweet", "a new report", "his disparaging remarks", "twenty-seven states")?

    A verb there would disagree with the phrase: a singular determiner takes no bare verb
    ("a new report" is a noun, "the new report says" a verb), a possessive or a plural
    determiner no -s verb. Past forms are never read as nouns here, and -ing forms only when
    the lexicon lists the word as a noun too (``noun_entry``: "a stern warning that", but "a
    letter saying that").

    >>> from course.document import build_document
    >>> toks = build_document("Clinton called a Donald Trump tweet attacking her unhinged.").tokens
    >>> _inside_noun_phrase(toks, 5)
    True
    >>> toks = build_document("The Russian foreign minister says the talks failed.").tokens
    >>> _inside_noun_phrase(toks, 4)
    False
    """
    form = toks[a].norm
    if form.endswith("ing") and a >= 2 and _is_number(toks[a - 1]) and toks[a - 2].norm in DETERMINERS | POSSESSIVES:
        return True  # "A 4-4 ruling by the high court"
    if form.endswith("ed") or form in IRREGULAR_PAST or form.endswith("ing") and not noun_entry or form in AUX:
        return False  # (nor is an auxiliary a noun: "The ministry had no comment")
    cue_words = _cue_norms()
    k, mods = a - 1, 0
    while k >= 0 and mods < 4:
        t = toks[k]
        if not _is_word(t) and not (t.text in ("-", "‐") and k > 0 and toks[k - 1].end == t.start):
            break  # (a hyphen joins words; a dash set off by spaces ends the phrase: "2014 - Tarsk says")
        if t.text.islower() and _participle(t) and k > 0 and toks[k - 1].norm not in DETERMINERS | {"s"}:
            break  # a verb before its object: "began taking calls from listeners" (not "11 swing states")
        if t.norm in STOP or t.norm in DETERMINERS or t.norm in PRONOUNS or t.norm in ("s", "and", "or", "nor", "in", "on", "at") \
                or t.norm in MODALS \
                or _is_adverb(t) or _is_number(t) or t.norm in NUMBER_WORDS or t.norm in MASS_QUANTIFIERS or (
                    # a reporting word is a verb here, unless a determiner makes it an adjective
                    # ("his repeated claims"; after an adjective too: "a brief written reply")
                    t.text.islower() and t.norm in cue_words
                    and not (k > 0 and (toks[k - 1].norm in DETERMINERS or toks[k - 1].norm == "s"))
                    and not (t.norm in ("written", "spoken") and k > 1 and toks[k - 2].norm in SINGULAR_DETERMINERS
                             and toks[k - 1].text.islower() and _is_word(toks[k - 1]))):
            break
        k -= 1
        mods += 1
    if k >= 0 and toks[k].norm in MASS_QUANTIFIERS and not form.endswith("s"):
        return True  # "left little doubt that", "much concern"
    if mods == 0 and k >= 0 and toks[k].text.islower() and toks[k].norm not in AUX and not form.endswith("s") \
            and (toks[k].norm.endswith("ed") or toks[k].norm in IRREGULAR_PAST):
        return True  # a plain form right after a past verb is its object: "declined comment"
    if mods == 0 and k >= 0 and toks[k].text.islower() and toks[k].norm not in AUX and form.endswith("s") \
            and (toks[k].norm.endswith("ed") or toks[k].norm in IRREGULAR_PAST) and not _contact_relative(toks, k):
        return True  # ... and so is a plural: "Officials denied reports that ..." (but "the report he cited says")
    if mods == 0 and k > 0 and toks[k].text.islower() and _participle(toks[k]) and form.endswith("s") \
            and form not in ("says", "tells") and toks[k - 1].norm not in DETERMINERS | POSSESSIVES | {"s"}:
        return True  # the object of a participle: "began taking calls from black listeners"
    if mods == 0 and k >= 0 and toks[k].norm in SINGULAR_DETERMINERS and not form.endswith("s"):
        return True  # a plain form right after "a", "one", "every" is a noun: "One question that has emerged"
    if mods == 0 or k < 0:
        return False
    d = toks[k]
    possessive = d.norm in POSSESSIVES or (d.norm == "s" and k >= 2 and toks[k - 1].text in ("'", "’"))
    last_mod = toks[a - 1]
    plural_mod = last_mod.text.islower() and last_mod.norm.endswith("s") and not last_mod.norm.endswith(("ss", "us", "is"))
    if form.endswith("s") and (d.norm in MODALS or d.norm == "to") \
            and mods >= 2 and toks[k + 1].text.islower() and not toks[k + 1].norm.endswith("s"):
        return True  # the object of a plain verb after a modal: "would shape great-power disputes"
    if d.text.islower() and (d.norm in cue_words or d.norm.endswith(("ed", "ing")) and len(d.norm) > 4) \
            and all(t.text.islower() for t in toks[k + 1:a]) and d.norm not in AUX \
            and (form.endswith("s") or not plural_mod):
        # the object of a verb before it: "cited derogatory comments", "released new rules"
        # (a plain form after a plural noun is that noun's verb: "where restructuring experts say")
        return True
    q = a - 1
    while q > 0 and toks[q].text[:1].isupper() and _is_word(toks[q]):
        q -= 1
    if form.endswith("s") and q < a - 1 and _contact_clause_object(toks, q, a - 1):
        return False  # the verb of a contact relative after a counted noun: "11 pilots Tarsk regards as ..."
    if form.endswith("s") and not form.endswith("ss"):
        # "these new rules", "Twenty-seven states", "his disparaging remarks": no -s verb
        # ("the ad's narrator says" is a verb: the possessive belongs to "narrator")
        adjective = last_mod.text.islower() and last_mod.norm.endswith(("ing", "ed"))
        return d.norm in PLURAL_DETERMINERS or d.norm in NUMBER_WORDS or _is_number(d) or (possessive and adjective)
    # a bare form: "a new report", "his TV show", "the New York Times report"; but not after a
    # plural noun ("the officials say") nor inside a prepositional phrase, whose noun is not the
    # subject ("data from the 2014 survey show")
    after_preposition = k > 0 and toks[k - 1].norm in GERUND_PREPOSITIONS | NP_PREPOSITIONS | {"to", "around", "across"}
    if _ends_relative_clause(toks, k):
        return False  # "Officials who attended the meeting insist": the verb of the head noun
    if d.norm in SINGULAR_DETERMINERS:
        return not plural_mod
    return (possessive or d.norm == "the") and not plural_mod and not after_preposition


def _contact_relative(toks: list[Token], v: int) -> bool:
    """Is the past verb at toks[v] inside a relative clause without "that", right after its own
    subject and the noun it describes ("the report [he cited]", "the letter [Lavrov signed]")?

    >>> from course.document import build_document
    >>> _contact_relative(build_document("The report he cited says so.").tokens, 3)
    True
    >>> _contact_relative(build_document("Officials denied reports.").tokens, 1)
    False
    """
    if v < 2:
        return False
    subj, head = toks[v - 1], toks[v - 2]
    return (subj.norm in SUBJECT_PRONOUNS or subj.text[:1].isupper() and _is_word(subj)) \
        and head.text.islower() and _is_word(head) and head.norm not in STOP | DETERMINERS | POSSESSIVES


def _ends_relative_clause(toks: list[Token], k: int) -> bool:
    """Does the noun phrase opening at toks[k] end a relative clause, as the object of its verb
    ("Officials who attended [the meeting]", "states that signed [the accord]")? Then a plain form
    after it is the verb of the head noun, not a noun.

    >>> from course.document import build_document
    >>> toks = build_document("Officials who attended the meeting insist it is safe.").tokens
    >>> _ends_relative_clause(toks, 3), _ends_relative_clause(build_document("They read the report.").tokens, 2)
    (True, False)
    """
    v = k - 1
    while v > 0 and _is_adverb(toks[v]) and toks[v].text.islower():
        v -= 1
    return v >= 1 and toks[v].text.islower() and _is_word(toks[v]) and toks[v].norm not in STOP \
        and toks[v - 1].norm in ("who", "that", "which")


def _cue_word_as_modifier(toks: list[Token], k: int, limit: int, cue_words) -> bool:
    """Is the reporting word at ``toks[k]`` a plain form that modifies the noun after it ("the
    **state** agency TNA", "the head of **state** energy firm Lorgaz")? Then it belongs to the
    noun phrase; before another reporting word ("the report warned") or a verb it does not."""
    t = toks[k]
    if t.norm.endswith(("s", "ed", "ing")) or k + 1 >= limit:
        return False
    nxt = toks[k + 1]
    return _np_word(toks, k + 1) and nxt.norm not in cue_words and nxt.norm not in DETERMINERS | AUX | PRONOUNS


def _right_np(toks: list[Token], i: int, limit: int, speech_nouns: bool = False) -> tuple[int, int] | None:
    """The noun phrase starting at toks[i], walking right; (first, last) or None. A reporting
    word ends it ("..., said the minister"), unless ``speech_nouns`` lets a noun after a
    determiner stay in it ("according to a statement from the Kremlin")."""
    if i >= limit:
        return None
    if toks[i].norm in PRONOUNS and not (
            # "one" before a noun is a determiner: "said one GOP source in the room"
            toks[i].norm == "one" and i + 1 < limit and _np_word(toks, i + 1) and toks[i + 1].norm not in PRONOUNS):
        return (i, i)
    cue_words = _cue_norms()
    k = i
    while k < limit:
        t = toks[k]
        if k > i and t.norm in TIME_PREPOSITIONS and _time_object(toks, k + 1, limit):
            break  # a time after the phrase is not part of it: "by President Soren in the 1990s"
        # (with ``speech_nouns``, a cue word after a determiner is a noun of the phrase: "according to
        # a statement from the Kremlin")
        if _np_word(toks, k) and not (k > i and t.norm in cue_words and t.text[:1].islower()
                                      and not (speech_nouns and _noun_context(toks, k))
                                      and not _cue_word_as_modifier(toks, k, limit, cue_words)):
            k += 1
            continue
        if k > i and t.norm.endswith("ly") and _is_adverb(t) and toks[k - 1].norm in DETERMINERS \
                and k + 1 < limit and _np_word(toks, k + 1):
            k += 1  # "the newly appointed envoy"
            continue
        if (t.norm in NP_PREPOSITIONS or t.norm == "and") and k + 1 < limit and _np_word(toks, k + 1) and k > i:
            k += 1
            continue
        break
    last = k - 1
    while last >= i and (toks[last].norm in NP_PREPOSITIONS or toks[last].norm == "and" or toks[last].text in "-&'’"):
        last -= 1
    if last < i or all(toks[x].norm in DETERMINERS for x in range(i, last + 1)):
        return None
    return (i, last)


#: Words that may open a time phrase before its time word ("the next eight weeks", "the early 1990s").
_TIME_DETERMINERS = frozenset("the this that last next past coming early late mid".split())


def _time_word(tok: Token) -> bool:
    """A word that names a time: a day, a month, a unit of time, a year or a decade ("1990s")."""
    norm = tok.norm
    return norm in TIME_WORDS or norm in TIME_UNITS or len(norm) == 4 and norm.isdigit() \
        or len(norm) == 5 and norm.endswith("s") and norm[:4].isdigit()


def _time_object(toks: list[Token], k: int, limit: int) -> bool:
    """Does a time phrase start at ``toks[k]``, as the object of a preposition ("in the 1990s",
    "at night", "in May")? A place or an organisation does not ("in Moscow", "at the ministry").

    >>> from course.document import build_document
    >>> t = build_document("by President Soren in the 1990s and officials in Moscow").tokens
    >>> _time_object(t, 4, len(t)), _time_object(t, 10, len(t))
    (True, False)
    """
    while k < limit and toks[k].norm in _TIME_DETERMINERS:
        k += 1
    return k < limit and (_time_word(toks[k]) or _is_number(toks[k]) and k + 1 < limit and _time_word(toks[k + 1]))


#: Prepositions that open a phrase of time or place fronted before the subject ("On Monday", "In Velma").
_FRONTED_OPENERS = TIME_PREPOSITIONS | PLACE_PREPOSITIONS


def _fronted_adverbial_end(toks: list[Token], a: int, b: int) -> int:
    """Where a noun phrase starts after a phrase of time or place fronted without a comma, inside a
    source found from ``toks[a]`` to ``toks[b]``: "On Monday the ministry said" -> "the ministry",
    "In the next eight weeks the campaign ..." -> "the campaign", "In Moscow the ministry said" ->
    "the ministry" (an adverbial opening the clause, Quirk et al. 1985 §8.15); ``a`` itself when
    there is none. The phrase needs its preposition, so a name such as "the Sunday Times" stays
    whole, and a name after a place is left alone ("In Velma Lavrov said": one name or two?).

    >>> from course.document import build_document
    >>> t = build_document("On Monday the ministry said so.").tokens
    >>> t[_fronted_adverbial_end(t, 1, 3)].text
    'the'
    >>> t = build_document("In Moscow the ministry said so.").tokens
    >>> t[_fronted_adverbial_end(t, 1, 3)].text
    'the'
    >>> t = build_document("The Sunday Times said so.").tokens
    >>> _fronted_adverbial_end(t, 0, 2)
    0
    """
    k = a + 1 if toks[a].norm in _FRONTED_OPENERS else a
    if not (k > a or a > 0 and toks[a - 1].norm in _FRONTED_OPENERS):
        return a
    start = k
    while k < b and (toks[k].norm in _TIME_DETERMINERS or toks[k].norm in NUMBER_WORDS or _time_word(toks[k])
                     or _is_number(toks[k])):
        k += 1
    if k - 1 >= start and k <= b and _time_word(toks[k - 1]) and _is_word(toks[k]):
        return k  # "On Monday Lavrov", "In May officials"
    # the first determiner after a time word, a number or a capitalised word opens the noun phrase
    for x in range(start + 1, min(b + 1, start + 7)):
        prev = toks[x - 1]
        if toks[x].norm in ("the", "a", "an") and x < b and (
                _time_word(prev) or _is_number(prev) or prev.text[:1].isupper() and prev.norm not in DETERMINERS):
            return x
        if not (_is_word(prev) and prev.norm not in STOP):
            break
    return a


def _skip_time_left(toks: list[Token], j: int, floor: int) -> int:
    """Skip a time phrase ending at toks[j] ("on Friday", "earlier this month", ", 12 November,").
    A capitalised "Today" after a name ends the name of an outlet ("USA Today", "Russia Today")."""
    if j > floor and _outlet_today(toks, j):
        return j
    k = j
    while k >= floor and (toks[k].norm in TIME_WORDS or _is_number(toks[k])) and not _surname_modal(toks, k) \
            and not (k == 0 and _capitalised_modal(toks, k)):  # ("May said": a name before the verb)
        k -= 1
    if k == j:
        return j
    if k >= floor and toks[k].norm in TIME_PREPOSITIONS:
        k -= 1
    return k


def _speakerlike(toks: list[Token], span: tuple[int, int]) -> bool:
    a, b = span
    words = toks[a : b + 1]
    if len(words) == 1 and words[0].norm in SUBJECT_PRONOUNS - {"it", "there"}:
        return True
    speakers, information = speaker_nouns(), word_class("information-nouns")
    for w in words:
        if w.norm in speakers or w.norm in information:
            return True
        if w.text[:1].isupper() and w.norm not in DETERMINERS and w.norm not in SUBJECT_PRONOUNS:
            return True
    return False


#: Words that cannot open a speaker's noun phrase: clause openers, prepositions and fixed
#: frames ("Having said that", "It's worth noting", "please ask").
NON_NP_OPENERS = frozenset("rather having following please worth become clear unclear beyond per despite "
                           "let up than".split())
#: Adverbs that may stand before a speaker but are not part of the name ("perhaps the moderators").
SOURCE_EDGE_ADVERBS = frozenset("perhaps maybe together very even only just".split())
#: Words that end no noun phrase: a source found ending in one of these was cut in the wrong place.
NON_NP_ENDINGS = frozenset("and or in at from of for despite with by on the a an".split())


def _repair_source(toks: list[Token], src: tuple[int, int]) -> tuple[int, int] | None:
    """Trim a source found before (or after) a cue to a noun phrase, or None when it cannot be one.

    A source is a noun phrase: it does not open with a preposition, a clause opener or a verb
    form ("help Mr. Putin", "reviewed them", "Having"); adverbs at its edge ("perhaps the debate
    moderators") and words that end no noun phrase ("The authors of the") are trimmed.

    >>> from course.document import build_document
    >>> toks = build_document("Perhaps the debate moderators who reviewed them will say.").tokens
    >>> _repair_source(toks, (0, 3)), _repair_source(toks, (5, 6))
    ((1, 3), None)
    """
    a, b = src
    speakers, information = speaker_nouns(), word_class("information-nouns")
    while a < b and (toks[a].norm in SOURCE_EDGE_ADVERBS or a == 0 and toks[a].norm in word_class("imperative-openers")
                     or toks[a].norm in ("what", "whatever") and toks[a + 1].norm not in AUX):
        a += 1  # "Perhaps the moderators", "Say Mexico demanded ...", "what Turnbull called"
    while a < b and toks[a].norm in TIME_WORDS and toks[a].text.islower() and toks[a + 1].text[:1].isupper():
        a += 1  # "noted that last year Pagliano invoked": the time is not the speaker
    a = _fronted_adverbial_end(toks, a, b)  # "On Monday the ministry said": the time is not the speaker
    for x in range(a, b):
        if (toks[x].norm in speakers or toks[x].norm in information) and toks[x + 1].text.islower() \
                and toks[x + 1].norm.endswith(("ed", "ing")) and toks[b].norm in NON_NP_ENDINGS:
            b = x  # a reduced relative after the head: "A Quinnipiac University poll [released in]"
            break
    end = b
    while end > a and toks[end].norm in NON_NP_ENDINGS - {"and", "or"}:
        end -= 1
    if end < b and (toks[end].norm in speakers or toks[end].norm in information):
        b = end  # "The authors of the [report]"
    first, last = toks[a], toks[b]
    if first.norm in NON_NP_OPENERS or first.norm in SOURCE_EDGE_ADVERBS or last.norm in NON_NP_ENDINGS \
            or first.norm in STOP and first.norm not in ("who", "which", "that", "whose") and not _capitalised_modal(toks, a):
        return None
    named = any(t.text[:1].isupper() for t in toks[a + 1:b + 1])
    speaker = any(t.norm in speakers or t.norm in information for t in toks[a:b + 1])
    if first.text.islower() and (first.norm.endswith(("ing", "ed")) and len(first.norm) > 4 or first.norm in IRREGULAR_PAST) \
            and not named and not speaker:
        return None
    return (a, b)


def _relative_head(toks: list[Token], src: tuple[int, int]) -> tuple[int, int] | None:
    """When the words before a cue are a relative clause, the source is its head noun with the
    clause: "researchers who examined the code said", "all the experts I interviewed said",
    "the report that he wrote said". None when no speaker-like head stands before it.

    >>> from course.document import build_document
    >>> toks = build_document("Analysts who examined the images said so.").tokens
    >>> _relative_head(toks, (2, 4))
    (0, 4)
    """
    s0 = src[0]
    if s0 < 2 or toks[s0 - 1].norm not in SUBJECT_PRONOUNS | {"who", "that"}:
        return None
    if toks[s0 - 1].norm == "that" and toks[s0 - 2].norm in ("and", "or", "but"):
        # "that" after a coordinator opens a second reported clause, a complementizer, not a relative
        # pronoun: "said the men had been caught ... and that material found on their phones pointed
        # to ..." (the source is "material found on their phones"; coordinated complement clauses, Quirk et al. 1985 ch. 13)
        return None
    h = s0 - 2
    if toks[s0 - 1].norm in SUBJECT_PRONOUNS and h > 0 and toks[h].norm in ("that", "who", "whom", "which"):
        h -= 1  # "the report that he wrote said"
    head = _left_np(toks, h) if h >= 0 else None
    if head is None and h >= 0 and toks[h].norm in _PERSON_PRONOUN_HEADS and toks[s0 - 1].norm == "who":
        head = (h, h)  # "Those who stayed said": a pronoun of people, the clause says which
    if head is not None and (_speakerlike(toks, head) or toks[head[0]].norm in QUANTIFIER_SOURCES
                             or toks[head[0]].norm in _PERSON_PRONOUN_HEADS or _person_relative(toks, head, s0 - 1)):
        return (head[0], _relative_time_end(toks, src[1]))
    return None


#: Pronouns that head a relative clause on people and speak with it ("Those who stayed said ...",
#: "Anyone who saw the convoy says ..."; Quirk et al. 1985 §6.41, "those who").
_PERSON_PRONOUN_HEADS = frozenset("those anyone everyone someone".split())


def _pronoun_with_relative(toks: list[Token], i: int, limit: int) -> tuple[int, int] | None:
    """A pronoun of people with its relative clause as a clause's subject at ``toks[i]``: "Those
    who remain", "Anyone who saw the convoy" (Quirk et al. 1985 §6.41, "those who"); the clause
    ends before the main verb: an auxiliary, a linking verb or a verb before "to" ("Those who remain
    tend to be elderly and say ..." -> "Those who remain"). None otherwise.

    >>> from course.document import build_document
    >>> _pronoun_with_relative(build_document("Those who remain tend to be old.").tokens, 0, 7)
    (0, 2)
    """
    if not (i + 2 < limit and toks[i].norm in _PERSON_PRONOUN_HEADS and toks[i + 1].norm == "who"):
        return None
    for k in range(i + 3, min(limit, i + 12)):
        t = toks[k]
        if not _is_word(t) or t.norm in ("that", "which", "who", "and", "but", "or"):
            return None
        if t.text.islower() and (t.norm in AUX or t.norm in _PRESENT_LINKING_VERBS or k + 1 < limit and toks[k + 1].norm == "to"
                                 and not t.norm.endswith(("ed", "ing")) and t.norm not in IRREGULAR_PAST):
            return (i, k - 1)
    return None


def _person_relative(toks: list[Token], head: tuple[int, int], rel: int) -> bool:
    """Does "who" right after a common noun phrase with its determiner ("A colonel who fled ...")
    open a relative clause on it? "who" takes a person as its head (Quirk et al. 1985 §17.10), so
    the phrase can speak even when its noun is not in the speaker lists (ANNOTATION.md §6.2)."""
    a, b = head
    return toks[rel].norm == "who" and rel == b + 1 and b > a and toks[a].norm in DETERMINERS | POSSESSIVES \
        and toks[b].text.isalpha() and toks[b].text.islower() and toks[b].norm not in PRONOUNS


def _relative_time_end(toks: list[Token], b: int) -> int:
    """The end of a relative clause on the source over a time phrase that closes it ("who fled to
    Ostland [last month]"): the time is the clause's, so the source keeps it (§6.2, as written)."""
    k = b + 1
    if k < len(toks) and toks[k].norm in TIME_PREPOSITIONS:
        k += 1  # "on Friday"
    while k < len(toks) and (toks[k].norm in TIME_WORDS or _is_number(toks[k])):
        k += 1
    if k > b + 1 and any(toks[x].norm in TIME_WORDS and toks[x].norm not in ("last", "this", "next", "early")
                         for x in range(b + 1, k)):
        return k - 1
    return b


def _object_relative_head(toks: list[Token], src: tuple[int, int]) -> tuple[int, int] | None:
    """The head noun with its relative clause when the words found before a cue are the clause's
    subject and its past verb, the head being the verb's object ("The letter that the doctors signed
    called for ...", "The letter the doctors signed called for ..."): the letter calls for it, the
    doctors only signed it (Quirk et al. 1985 §17.15; ANNOTATION.md §6.2, the source as written with
    its relative clause). None unless the head is a text or can speak.

    >>> from course.document import build_document
    >>> toks = build_document("The letter that the doctors signed called for talks.").tokens
    >>> _object_relative_head(toks, (3, 5))
    (0, 5)
    """
    a, b = src
    b = _skip_time_left(toks, b, a)  # (the clause's time: "that the panel published last week")
    verb = toks[b] if b >= a else toks[a]
    if b - a < 1 or not (verb.text.isalpha() and verb.text.islower()) \
            or not (verb.norm.endswith("ed") or verb.norm in IRREGULAR_PAST):
        return None
    v = b - 1
    while v > a and toks[v].norm in AUX - {"s", "'s"} | {"not", "never"}:
        v -= 1  # "that the doctors had signed"
    subject = _left_np(toks, v)
    if subject is None or subject[0] != a or not (toks[a].norm in DETERMINERS | POSSESSIVES or toks[a].text[:1].isupper()):
        return None
    h = a - 1
    if h >= 1 and toks[h].norm in ("that", "which", "whom"):
        h -= 1
    elif not _contact_clause_object(toks, h, b):
        return None
    head = _left_np(toks, h) if h >= 0 else None
    if head is None or head[1] != h or toks[head[0]].norm not in DETERMINERS | POSSESSIVES:
        return None
    if not (_speakerlike(toks, head) or any(toks[x].norm in document_nouns() for x in range(head[0], head[1] + 1))):
        return None
    return (head[0], src[1])


def _relative_source(toks: list[Token], src: tuple[int, int]) -> tuple[int, int] | None:
    """The source with the relative clause it ends in, when the words before a cue are one:
    "sources who reviewed [them] told", "Analysts who examined [the images] said" (the phrase
    found is the verb's object). None when they are not.
    """
    obj = _object_relative_head(toks, src)
    if obj is not None:
        return obj
    # a perfect or a modal verb group in the clause: "Analysts who have studied the debris said",
    # "diplomats who had seen the draft told" (the phrase found starts at the participle)
    w = src[0] - 1
    while w > 0 and toks[w].norm in AUX - {"s", "'s"} | {"not", "been", "never"}:
        w -= 1
    if w < src[0] - 1 and toks[w].norm in ("who", "that"):
        return _relative_head(toks, (w + 1, src[1]))
    if _repair_source(toks, src) is None:
        return _relative_head(toks, src)  # "reviewed them": no noun phrase of its own
    if src[0] == src[1] and src[0] >= 2 and toks[src[0] - 1].norm == "who" and _finite_like(toks[src[0]]):
        return _relative_head(toks, src)  # an intransitive verb: "A colonel who fled last month said"
    if src[0] == src[1] and src[0] >= 2 and toks[src[0] - 1].norm == "who" and toks[src[0]].text.isalpha() \
            and toks[src[0]].text.islower() and toks[src[0]].norm not in DETERMINERS | POSSESSIVES | PRONOUNS:
        # ... also in the present: "Those who remain say ..." (a lone lower-case word right after the
        # relative "who" is its verb: "who" is the subject, Quirk et al. 1985 §17.10)
        return _relative_head(toks, src)
    if src[0] < src[1] and src[0] >= 2 and toks[src[0] - 1].norm == "who" and _finite_like(toks[src[0]]) \
            and toks[src[0]].norm not in AUX and not _demonym_modifier(toks, src[1] + 1):
        # ... and a verb with its object: "The doctor who signed the letter called" (but in "who
        # secured independence from British rule" the plain word after the nationality is a noun)
        return _relative_head(toks, src)
    if src[0] >= 2 and _finite_like(toks[src[0] - 1]):
        return _relative_head(toks, (src[0] - 1, src[1]))
    # a verb and a preposition between the relative pronoun and the phrase found: "an official who
    # was in the room said", "diplomats who spoke at the meeting said"
    if src[0] >= 3 and toks[src[0] - 1].norm in ("in", "at", "on", "to", "with", "from", "inside", "near"):
        for w in range(src[0] - 2, max(0, src[0] - 5), -1):
            if toks[w].norm in ("who", "that"):
                if any(_finite_like(t) or t.norm in ("is", "are") for t in toks[w + 1:src[0] - 1]):
                    return _relative_head(toks, (w + 1, src[1]))
                break
    return None


def _holder(toks: list[Token], src: tuple[int, int]) -> bool:
    """Can the subject hold a view or a plan: a speaker-like phrase, "who" or "most of whom", or
    "which"/"that" after a speaker-like noun ("the police department which reported ...")?

    >>> from course.document import build_document
    >>> toks = build_document("The Chicago Police Department which reported 2,521 incidents").tokens
    >>> _holder(toks, (4, 4)), _holder(build_document("the drills which showed force").tokens, (2, 2))
    (True, False)
    """
    if _speakerlike(toks, src):
        return True
    a, b = src
    if toks[b].norm in ("who", "whom") and (a == b or toks[a].norm in QUANTIFIER_SOURCES):
        return True
    if a == b and toks[a].norm in ("which", "that") and a > 0:
        k = a - 1 if toks[a - 1].text != "," else a - 2
        head = _left_np(toks, k) if k >= 0 else None
        return head is not None and _speakerlike(toks, head)
    return False


def _convenes(toks: list[Token], j: int) -> bool:
    """Is the noun phrase at toks[j] (a few words) an event one convenes ("an emergency meeting")?
    Not when a label follows it, after a time at most: "called the vote a fraud", "called the vote on
    Monday a fraud" name a view of the vote (Quirk et al. 1985: an object complement).

    >>> from course.document import build_document
    >>> [_convenes(build_document(s).tokens, 2) for s in ("Tarsk called a snap election.", "Tarsk called the vote a fraud.")]
    [True, False]
    """
    convened = word_class("convened-nouns")
    for k in range(j, min(len(toks), j + 5)):
        if not _is_word(toks[k]) or toks[k].norm in POSSESSIVES or toks[k].norm == "s":
            return False  # "called her vote a mistake" names a view of her vote
        if toks[k].norm in convened:
            return not _label_after(toks, k + 1)
    return False


def _label_after(toks: list[Token], k: int) -> bool:
    """Does a second noun phrase, a label, open at ``toks[k]``, after a time at most ("a fraud",
    "on Monday a fraud", 'a “sham”', "his greatest betrayal")?"""
    n = len(toks)
    if k + 1 < n and toks[k].norm in TIME_PREPOSITIONS and toks[k + 1].norm in TIME_WORDS:
        k += 2
    while k < n and toks[k].norm in TIME_WORDS and toks[k].text.islower():
        k += 1  # ("last week", "yesterday")
    if k + 1 < n and toks[k].norm in ("a", "an") and (toks[k + 1].norm in UNITS_AFTER_LAST | TIME_UNITS | {"day", "decade"}
                                                    or toks[k + 1].norm == "few"):
        return False  # a time, no label: "called a summit a year ago", "a few days later"
    return k + 1 < n and (toks[k].norm in ("a", "an") or toks[k].text in QUOTE_CHARS
                          or toks[k].norm in POSSESSIVES and toks[k].text.islower())


def _participle_head(toks: list[Token], k: int) -> bool:
    """Can the noun phrase ending at toks[k] head a reduced relative ("potent chemicals [found in
    refrigerants]")? Not when it is a speaker ("the defence ministry revealed in a statement")
    nor the subject of a relative clause ("which the bank detailed in its filings"): then the
    past form after it is its verb."""
    np = _left_np(toks, k)
    if np is None:
        return True
    relative_subject = np[0] > 0 and toks[np[0] - 1].norm in ("which", "that", "who", "whom")
    return not relative_subject and not _speakerlike(toks, np)


def _evidence_source(toks: list[Token], src: tuple[int, int]) -> bool:
    """Is the subject a piece of evidence rather than a speaker ("Navy footage", "the data")?

    Evidence that "shows" a noun phrase is read by the writer, not quoted: the sentence
    stays in the writer's voice (ANNOTATION.md §7). With a that-clause ("the poll shows
    that ...") the verb still counts as a cue; this test only applies to object frames.
    """
    # (the head of a phrase with a relative clause stands before its pronoun: "The doctor who signed
    # the letter" is a person, not a letter)
    # (and of one whose relative clause has its object moved: "The footage [that] the navy released")
    end = next((x - 1 for x in range(src[0] + 1, src[1] + 1) if toks[x].norm in ("who", "whom", "that", "which")
                or _contact_clause_object(toks, x - 1, src[1])), src[1])
    head = toks[end].norm
    speakers = speaker_nouns()
    # (a speaker's own evidence, with a possessive, is theirs: "the ministry's data shows"; a
    # speaker noun that only modifies the head is not: "Army footage", "Navy footage")
    return head in word_class("information-nouns") and head not in speakers and not any(
        toks[x].norm in speakers and x + 2 <= src[1] and toks[x + 1].text in ("'", "’")
        for x in range(src[0], src[1] + 1))


def _progressive(toks: list[Token], a: int) -> bool:
    """Is the -ing cue at toks[a] part of a progressive verb group, after a form of "be"
    (adverbs may stand between): "Donald Trump is once again questioning", "He's claiming",
    "The agency isn't offering"? Then it is a finite verb with a subject, not a participle.

    >>> from course.document import build_document
    >>> d = build_document("Trump is once again questioning the count, saying it is rigged.")
    >>> _progressive(d.tokens, 4), _progressive(d.tokens, 8)
    (True, False)
    """
    k = a - 1
    while k >= 0 and _is_adverb(toks[k]) and toks[k].text[:1].islower():
        k -= 1
    if k < 0:
        return False
    t = toks[k]
    if t.norm in ("is", "are", "was", "were", "am", "be", "been"):
        return True
    if t.norm == "t" and _clitic(toks, k):  # isn't / wasn't / aren't
        return toks[k - 2].norm in ("isn", "aren", "wasn", "weren")
    return t.norm in ("s", "re", "m") and _clitic(toks, k)


#: Two-word adverbs of time, frequency or manner that may stand between a subject and its verb
#: ("has so far said", "have at times accused", "has in private argued"; Quirk et al. 1985 §8.23).
_TWO_WORD_ADVERBS = frozenset({("so", "far"), ("thus", "far"), ("as", "yet"), ("for", "now"), ("in", "turn"),
                               ("at", "times"), ("at", "first"), ("on", "occasion"), ("in", "private"),
                               ("in", "public")})


def _two_word_adverb(toks: list[Token], j: int) -> bool:
    """Does a two-word adverb ("so far", "thus far", "as yet", "for now", "in turn", "at times") end at toks[j]?"""
    return j > 0 and (toks[j - 1].norm, toks[j].norm) in _TWO_WORD_ADVERBS


def _source_left(toks: list[Token], c0: int) -> tuple[int, int] | None:
    """The speaker before the cue group: skip adverbs, then a time phrase or a parenthesis.

    A long apposition after a name belongs to the source (ANNOTATION.md §6.2), and so does a
    bracketed party label ("Rep. John Mica (R-Fla.) said"):

    >>> from course.document import build_document
    >>> d = build_document("Megan Hester, senior associate for education organizing at the Annenberg Institute, said it.")
    >>> a, b = _source_left(d.tokens, 13)
    >>> d.text[d.tokens[a].start:d.tokens[b].end]
    'Megan Hester, senior associate for education organizing at the Annenberg Institute'
    """
    j = c0 - 1
    while j >= 0 and (_is_adverb(toks[j]) and not _outlet_today(toks, j)
                      or toks[j].norm in AUX and toks[j].norm not in ("s", "'s") and not _capitalised_modal(toks, j)
                      or _clitic(toks, j) or _two_word_adverb(toks, j)
                      # a floating quantifier: "The counterparts had each assured her", "they both said"
                      or toks[j].norm in ("each", "both", "all") and j > 0
                      and (toks[j - 1].norm in AUX or toks[j - 1].norm in SUBJECT_PRONOUNS)):
        j -= 2 if _two_word_adverb(toks, j) else 1
    if j >= 0 and toks[j].norm == "well" and j > 0 and toks[j - 1].norm == "as":
        j -= 2
    if j < 0:
        return None
    # the wire's anonymity clause between source and cue: "A doctor who spoke on condition of
    # anonymity said", "A diplomat who asked not to be named said": the source is the noun before
    # "who" (other relative clauses keep their own reading)
    rel = next((m for m in range(j, max(-1, j - 25), -1) if toks[m].norm == "who"), None)
    if rel is not None and rel > 0 and rel < j and all(_is_word(toks[m]) for m in range(rel, j + 1)) \
            and any(toks[m].norm in word_class("anonymity-words") for m in range(rel, j + 1)):
        j = rel - 1
    # "Lavrov this month just announced": a time phrase, then adverbs again
    before_time = j
    t = _skip_time_left(toks, j, 0)
    if t != j:
        while t >= 0 and _is_adverb(toks[t]):
            t -= 1
        if t >= 0 and toks[t].text != ",":
            j = t
    if j >= 0 and toks[j].text == ",":
        long_np = _long_apposition(toks, j)
        if long_np is not None:
            return long_np
    if j >= 0 and _dash_at(toks, j):
        return _dash_aside_source(toks, j)
    if j >= 0 and toks[j].text == ")":
        label = _bracket_label(toks, j)
        if label is not None:
            return label
    if j < 0:
        return None
    if toks[j].text == ",":
        # a parenthesis between source and cue: "Lavrov on Friday, 12 November, pledged"
        # (a relative clause may be longer: "The tracking poll, which tracks Americans' support
        # for the presidential candidates on a daily basis, showed")
        k = j - 1
        while k >= 0 and k > j - 30 and (toks[k].text not in (",", ".", ";", ":") or toks[k].text == "." and _np_word(toks, k)) \
                and toks[k].text not in QUOTE_CHARS:
            k -= 1  # (the full stop of a title is inside: "the commander, Lt. Ora Kell, told")
        if k < 0 or toks[k].text != "," or k <= j - 12 and toks[k + 1].norm not in ("who", "which", "whose"):
            return None
        inner = (k + 1, j - 1)
        j = k - 1
        head = _skip_time_left(toks, j, 0)
        np = _left_np(toks, head) if head >= 0 else None
        # two asides in a row: "Saski, speaking to the broadcaster LTV, quoted by ONA, said": the noun
        # phrase found ends the first aside (a preposition or a participle before it), the speaker is
        # before that
        for _ in range(2):
            if np is None or np[0] < 2 or not toks[np[0] - 1].text.islower() or not (
                    toks[np[0] - 1].norm in NP_PREPOSITIONS | {"to", "by", "on", "with"} or toks[np[0] - 1].norm.endswith("ing")):
                break
            m = next((x for x in range(np[0] - 1, max(-1, np[0] - 8), -1) if toks[x].text == ","), None)
            if m is None or m < 1 or not (toks[m + 1].norm.endswith("ing") or toks[m + 1].norm in ("quoted", "cited")):
                break
            inner = (m + 1, inner[1])
            head = _skip_time_left(toks, m - 1, 0)
            np = _left_np(toks, head) if head >= 0 else None
            j = m - 1
        # an apposition belongs to the source: "Brian Fallon, the campaign's press secretary, noted"
        if np is not None and head == j and _apposition(toks, inner):
            # (with a restrictive relative clause before the comma: "The group that held the men, which
            # calls itself the Kessa Front, said")
            rel = next((x for x in range(np[0], np[1]) if toks[x].norm in ("that", "who")), None)
            if rel is None and np[0] >= 2 and toks[np[0] - 1].norm in ("that", "who"):
                rel = np[0] - 1
            if rel is not None and rel > 0 and rel < np[0] + 1 and toks[rel].norm in ("that", "who"):
                outer = _left_np(toks, rel - 1)
                if outer is not None and _speakerlike(toks, outer):
                    return (outer[0], inner[1])
            return (np[0], inner[1])
        # ... and so does who made a text: "the assessment, prepared by the intelligence service in
        # February, concluded" (as "A letter signed by 40 lawmakers urged", §6.2)
        # (also after a text's first participle and its agent, or after its author: "A letter seen by
        # ONA, signed by 12 lawmakers, urged", "A report by the UN mission, released on Tuesday, found"
        # -> the text with both)
        if np is not None and np[0] >= 2 and toks[np[0] - 1].norm in NP_PREPOSITIONS | {"by"}:
            k = np[0] - 3 if toks[np[0] - 1].norm == "by" and _text_participle(toks[np[0] - 2]) else np[0] - 2
            text_np = _left_np(toks, k) if k >= 0 else None
            if text_np is not None and text_np[1] == k \
                    and any(toks[x].norm in document_nouns() for x in range(text_np[0], text_np[1] + 1)):
                np = (text_np[0], np[1])
        if np is not None and head == j and inner[1] > inner[0] + 1 and _text_aside(toks, inner) \
                and any(toks[x].norm in document_nouns() for x in range(np[0], np[1] + 1)):
            return (np[0], inner[1])
        return np
    j = _skip_time_left(toks, j, 0)
    if j < 0:
        return None
    if _relative_that(toks, j):
        # a relative "that" that is the verb's subject is the source as written, as "which" is (§6.2):
        # "vetoed a resolution (on Monday) that would have demanded an end to patrols"
        return (j, j)
    np = _left_np(toks, j)
    if np is not None and before_time > j and _dated_postmodifier(toks, np):
        return (np[0], before_time)  # "A survey published on Friday suggests": the date is the participle's
    # a text with a participle and its phrase: "A joint statement issued after the talks called for ..."
    # (the talks call for nothing; the statement does)
    if np is not None and np[0] >= 3 \
            and toks[np[0] - 1].norm in NP_PREPOSITIONS | TIME_PREPOSITIONS | {"by", "after", "before", "during", "following"} \
            and _text_participle(toks[np[0] - 2]) and not _speakerlike(toks, np):
        text_np = _left_np(toks, np[0] - 3)
        if text_np is not None and text_np[1] == np[0] - 3 \
                and any(toks[x].norm in document_nouns() for x in range(text_np[0], text_np[1] + 1)):
            return (text_np[0], np[1])
    # ... and a head with a participle and its phrase: "The level of priority being placed on voters
    # shows ..." (the verb agrees with the head of its subject, not with a plural noun in its
    # postmodifier; Quirk et al. 1985, subject-verb concord, and §17.16), "The document seen at the embassy shows ..."
    postmodified = _head_before_participle(toks, np, c0) if np is not None else None
    if postmodified is not None:
        return postmodified
    # ... also with its agent after a phrase of time or place: "A statement issued after the talks by the
    # two ministers said" (who issued it belongs to it; the statement speaks)
    text_agent = _text_with_late_agent(toks, np) if np is not None else None
    if text_agent is not None:
        return text_agent
    # ... and people with a participle and its agent: "Lawmakers angered by the report said" (the report
    # angered them; it says nothing)
    if np is not None and np[0] >= 3 and toks[np[0] - 1].norm == "by" and toks[np[0] - 2].text.islower() \
            and toks[np[0] - 2].norm.endswith("ed") and toks[np[0] - 2].norm not in ("quoted", "cited"):
        people = _left_np(toks, np[0] - 3)
        if people is not None and people[1] == np[0] - 3 and _speakerlike(toks, people) \
                and not any(toks[x].norm in document_nouns() for x in range(people[0], people[1] + 1)):
            return (people[0], np[1])
    if np is not None and np[0] == np[1] and toks[np[0]].text.islower() and toks[np[0]].norm not in PRONOUNS:
        k = np[0] - 1
        while k >= 0 and _is_adverb(toks[k]):
            k -= 1
        if k >= 0 and toks[k].norm in MODALS | {"to"}:
            return None  # a verb after a modal: "will inevitably renew calls for a ban" (the noun is its object)
    return np


def _relative_that(toks: list[Token], j: int) -> bool:
    """Is the "that" at ``toks[j]`` a relative pronoun, the subject of the verb group after it: it
    follows a noun, or a noun and a time that is the main clause's ("a resolution that would have
    demanded ...", "a resolution on Monday that would have demanded ..."; Quirk et al. 1985 §17.10)?
    After a verb, an adjective, a preposition or a conjunction it is a complementizer, a
    determiner or a demonstrative ("said that would fail", "so that", "in that"), and after "and" it
    opens a second clause ("believe that ... and that states differ").

    >>> from course.document import build_document
    >>> t = build_document("Tarsk vetoed a resolution on Monday that would have demanded it.").tokens
    >>> _relative_that(t, 6), _relative_that(build_document("Critics say that is wishful.").tokens, 2)
    (True, False)
    """
    if j < 2 or toks[j].norm != "that" or not toks[j].text.islower():
        return False
    k = j - 1
    if toks[k].norm in TIME_WORDS and k >= 2 and toks[k - 1].norm in ("on", "last", "this", "in") \
            and toks[k - 1].text.islower():
        k -= 2  # "a resolution on Monday that", "a plan last week that"
    before = toks[k]
    return before.text.isalpha() and before.text.islower() and before.norm not in STOP | DETERMINERS | POSSESSIVES \
        and before.norm not in PRONOUNS | QUANTIFIER_SOURCES and before.norm not in _cue_norms() \
        and not _finite_like(before) and not before.norm.endswith(("ing", "ly")) and not _is_adverb(before) \
        and before.norm not in ("and", "nor", "so", "such", "now", "given", "except", "provided")


#: Singular finite verbs with no -s ending of their own, and prepositions that may open the phrase of a
#: participle inside a subject ("placed on voters", "given to donors").
_SINGULAR_FINITE = frozenset("is was has does".split())
_PARTICIPLE_PREPOSITIONS = NP_PREPOSITIONS | frozenset("on to by into onto over under among against".split())


def _head_before_participle(toks: list[Token], np: tuple[int, int], c0: int) -> tuple[int, int] | None:
    """The whole subject when the noun phrase ``np`` found before the verb at ``toks[c0]`` stands in
    the phrase of a participle after its head noun: a bare plural before a singular verb ("The level
    of priority being placed on voters shows ..." -> "The level of priority being placed on voters":
    the verb agrees with the head, Quirk et al. 1985, subject-verb concord), or any noun phrase after a form that is
    only a participle ("The document seen at the embassy shows ...": "seen" is no verb of its own, so
    it reduces a relative clause on the noun before it, §17.16). None otherwise ("Documents seen at
    the embassy show": the phrase walk keeps the head there)."""
    a, b = np
    if a < 3 or toks[a - 1].norm not in _PARTICIPLE_PREPOSITIONS:
        return None
    p = a - 2
    participle_only = toks[p].text.islower() and toks[p].norm in PARTICIPLE_ONLY
    if not (_text_participle(toks[p]) or toks[p].text.islower() and toks[p].norm in IRREGULAR_PAST or participle_only):
        return None
    verb = toks[c0]
    singular = verb.text.islower() and (verb.norm in _SINGULAR_FINITE or verb.norm not in AUX and _bare_plural(verb))
    if not (singular and _bare_plural(toks[b]) or participle_only):
        return None
    if p >= 1 and toks[p - 1].norm == "being":
        p -= 1
    outer = _left_np(toks, p - 1) if p >= 1 else None
    if outer is None or outer[1] != p - 1 or toks[p - 1].norm in PRONOUNS or not participle_only and _bare_plural(toks[p - 1]):
        return None
    return (outer[0], b)


#: Prepositions of time that may open a participle's adjunct ("issued after the talks").
_ADJUNCT_PREPOSITIONS = frozenset("after before during following since".split())


def _text_with_late_agent(toks: list[Token], np: tuple[int, int]) -> tuple[int, int] | None:
    """A text with its participle, a phrase of time or place, then the agent that ``np`` is ("A
    statement issued after the talks by the two ministers"): the reduced relative clause keeps its
    adjuncts and its agent, so the whole phrase is the source (Quirk et al. 1985 §17.16; §6.2, "who
    signed or sent it belongs to it"). None when no text noun and participle stand before the "by"."""
    a = np[0]
    if a < 5 or toks[a - 1].norm != "by":
        return None
    adjunct = NP_PREPOSITIONS | TIME_PREPOSITIONS | PLACE_PREPOSITIONS | _ADJUNCT_PREPOSITIONS
    for p in range(a - 3, max(0, a - 12), -1):
        t = toks[p]
        if not (_np_word(toks, p) or t.norm in adjunct or t.norm in TIME_WORDS) or t.text[:1] == ",":
            return None
        if _text_participle(t) and toks[p + 1].norm in adjunct:
            text_np = _left_np(toks, p - 1)
            if text_np is not None and text_np[1] == p - 1 \
                    and any(toks[x].norm in document_nouns() for x in range(text_np[0], text_np[1] + 1)):
                return (text_np[0], np[1])
            return None
    return None


#: Irregular past participles that name how a text or a talk came out ("an interview broadcast on
#: Sunday", "a letter sent on Monday").
TEXT_PARTICIPLES = frozenset("broadcast written sent put out set read shown seen given taken drawn held".split())


def _text_participle(t: Token) -> bool:
    """Is ``t`` a lower-case past participle ("published", "broadcast", "written")?"""
    return t.text.islower() and t.text.isalpha() and (t.norm.endswith("ed") and len(t.norm) > 4 or t.norm in TEXT_PARTICIPLES)


def _text_aside(toks: list[Token], inner: tuple[int, int]) -> bool:
    """Is the aside between commas a past participle that tells who made a text or when it came out
    ("prepared by the intelligence service", "released on Tuesday", "issued late on Friday"), with no
    verb of its own after it? It belongs to the text as a source (§6.2)."""
    a, b = inner
    first = toks[a]
    if not (first.norm.endswith("ed") or first.norm in IRREGULAR_PAST) or not first.text.islower() or b - a > 10:
        return False
    return toks[a + 1].norm == "by" or not any(_finite_like(toks[x]) for x in range(a + 1, b + 1))


def _dated_postmodifier(toks: list[Token], np: tuple[int, int]) -> bool:
    """Does the noun phrase end in a past participle after a noun that can speak or show, so that a
    time after it dates the participle and belongs to the phrase ("a survey published [on Friday]",
    "officials interviewed [last week]")? A reduced relative clause keeps its adjuncts (Quirk et al.
    1985 §17.16; ANNOTATION.md §6.2, the source as written)."""
    a, b = np
    noun = toks[b - 1].norm if b > a else ""
    return b > a and _text_participle(toks[b]) and _is_word(toks[b - 1]) and (
        noun in document_nouns() or noun in speaker_nouns() or noun in word_class("information-nouns")
        or noun in ("interview", "interviews"))


def _dash_at(toks: list[Token], j: int) -> int:
    """How many tokens the dash ending at ``toks[j]`` takes: 1 for "–", "—" or "―", 2 for a
    typed "--", 0 when there is none."""
    if toks[j].text in ("―", "—", "–"):
        return 1
    if toks[j].text == "-" and j > 0 and toks[j - 1].text == "-" and toks[j - 1].end == toks[j].start:
        return 2
    return 0


def _dash_aside_source(toks: list[Token], j: int) -> tuple[int, int] | None:
    """The speaker before an aside set off by dashes that ends at ``toks[j]``: "The cable –
    published by a Lorvian newspaper – shows that ..." (the text with who published it, as with
    commas, §6.2), "Lavrov — speaking in Moscow — said" (the name; the aside is a setting).

    >>> from course.document import build_document
    >>> d = build_document("The cable – published by the Ledger – shows that talks failed.")
    >>> a, b = _dash_aside_source(d.tokens, 7)
    >>> d.text[d.tokens[a].start:d.tokens[b].end]
    'The cable – published by the Ledger'
    """
    w = _dash_at(toks, j)
    k = j - w
    while k >= 0 and j - k <= 25 and not _dash_at(toks, k):
        if toks[k].text in QUOTE_CHARS + ".;:" and not _np_word(toks, k):
            return None
        k -= 1
    if k < 1 or not _dash_at(toks, k):
        return None
    inner = (k + 1, j - w)
    head = k - _dash_at(toks, k)
    np = _left_np(toks, head) if head >= 0 else None
    if np is None or np[1] != head or inner[0] > inner[1]:
        return None
    # the noun before the dashes may be an apposition itself: "John Dickey, the chief executive of
    # Ora Media -- the company that ... -- told me"
    if np[0] >= 2 and toks[np[0] - 1].text == "," and _apposition(toks, np):
        outer = _left_np(toks, np[0] - 2)
        if outer is not None and outer[1] == np[0] - 2 and _speakerlike(toks, outer):
            np = (outer[0], np[1])
    if _apposition(toks, inner) or _bare_title(toks, inner[0]) or inner[1] > inner[0] and toks[inner[0] + 1].norm == "by" \
            and (toks[inner[0]].norm.endswith("ed") or toks[inner[0]].norm in IRREGULAR_PAST):
        return (np[0], inner[1])
    return np


def _only_time_left(toks: list[Token], j: int) -> bool:
    """Is the rest of the sentence from toks[j] a time phrase ('..., McConnell said Tuesday.')?"""
    k = j
    while k < len(toks) and (toks[k].norm in TIME_WORDS or toks[k].norm in TIME_PREPOSITIONS or _is_number(toks[k])
                             or toks[k].norm in TIME_UNITS or toks[k].norm in NUMBER_WORDS):
        k += 1  # "said Friday", "said several months later"
    return k > j and any(t.norm in TIME_WORDS for t in toks[j:k]) and (
        k == len(toks) or not _is_word(toks[k]) and toks[k].text not in ("-", "'", ","))
#: Words that may open a clause before its subject: "But Megan Hester, ..., said".
_CLAUSE_OPENERS = frozenset("but and yet so however still meanwhile even also instead then now".split())


def _bracket_label(toks: list[Token], j: int) -> tuple[int, int] | None:
    """A name followed by a short bracketed label ending at toks[j] == ")": "Rep. Jim Jordan (R-Ohio)".
    The label is part of the name as written."""
    k = j - 1
    while k >= 0 and j - k <= 8 and toks[k].text != "(":
        if toks[k].text in QUOTE_CHARS + ",;:":
            return None
        k -= 1
    if k <= 0 or toks[k].text != "(":
        return None
    np = _left_np(toks, k - 1)
    if np is None or not _speakerlike(toks, np):
        return None
    return (np[0], j)


#: Words that open a setting or an aside between a source and its cue, not an apposition:
#: prepositions ("Lavrov, in an interview with RT, said") and discourse words ("Russia, for its
#: part, said", "Beijing, however, said").
SETTING_PREPOSITIONS = frozenset("in at on during after before while when speaking via through from for "
                                 "however meanwhile though too".split())


#: Participles that name members of the noun phrase before them, part of it ("Proponents, including the
#: mayors' conference, have urged"): a preposition in use (Quirk et al. 1985 §9.6).
_MEMBER_PARTICIPLES = frozenset("including excluding".split())


def _setting_participle(toks: list[Token], k: int) -> bool:
    """Does an -ing participle at ``toks[k]`` open a clause with its object or adjunct ("fighting in
    the hills", "leading the delegation")? Set off by commas after the subject it tells what the
    speaker was doing, a setting, not an apposition that names them (Quirk et al. 1985 §15.58,
    supplementive clauses; ANNOTATION.md §6.2). A title word before a noun stays: "acting minister"."""
    t = toks[k]
    if not (t.text.islower() and t.text.isalpha() and t.norm.endswith("ing") and len(t.norm) > 5) or k + 1 >= len(toks) \
            or t.norm in _MEMBER_PARTICIPLES:
        return False
    nxt = toks[k + 1]
    return nxt.norm in NP_PREPOSITIONS | PLACE_PREPOSITIONS | DETERMINERS | POSSESSIVES | {"to", "with", "for", "from", "through"} \
        or _is_adverb(nxt)


def _long_apposition(toks: list[Token], j: int) -> tuple[int, int] | None:
    """A subject name with a long apposition that ends at the comma toks[j], the whole clause start
    to the comma: "Richard Revesz, director of the Institute for Policy Integrity at New York
    University's law school, said"; "Schiff, 56, who has served on the committee, told";
    "Johnnie Wilson, of Springfield, Va., said". The name must open the clause (after a
    conjunction or a closing quotation and its comma) and be capitalised."""
    r = j - 1
    while r >= 0 and j - r <= 45:
        if toks[r].text in QUOTE_CHARS:
            # a short quoted label inside a relative clause: 'Kuleba, who had called the plan "absurd",'
            o = next((x for x in range(r - 1, max(-1, r - 10), -1) if toks[x].text in QUOTE_CHARS), None)
            if o is not None and o > 0 and _is_word(toks[o - 1]) and toks[o - 1].text.islower() \
                    and any(toks[x].norm in ("who", "which", "whose") for x in range(max(0, o - 12), o)):
                r = o - 1
                continue
            break
        if toks[r].text in ";:" or toks[r].text in FINAL_PUNCT and not _np_word(toks, r) or (
                toks[r].text == "'" and r > 0 and toks[r - 1].text == "'"):  # a '' quotation mark
            break
        r -= 1
    r += 1
    # a closing quotation and its comma: '..., ” Rep. Jim Jordan, a panel member, said'
    while r < j and (toks[r].text == "," or toks[r].norm in _CLAUSE_OPENERS):
        r += 1
    commas = [x for x in range(r, j) if toks[x].text == ","]
    if r == 0 and len(commas) > 1:
        from .contents import _opens_with_participle  # (imported here: contents reads this module)
        if _opens_with_participle(toks):
            # an opening participial frame is not the speaker: "Explaining her vote, Ostland's
            # ambassador, Mira Haldt, said" (§6.1 participial frames)
            r, commas = commas[0] + 1, commas[1:]
    if not commas or not toks[r].text[:1].isupper():
        return None
    f = commas[0]
    name_end = f - 1
    if toks[name_end].text == ")":
        name = _bracket_label(toks, name_end)
    else:
        name = _left_np(toks, name_end)
    if name is None or name[0] != r or not _speakerlike(toks, name):
        return None
    app = toks[f + 1]
    # a setting is not an apposition: "Lavrov, in an interview with RT, said" (source "Lavrov")
    if app.norm in SETTING_PREPOSITIONS or app.norm in word_class("contact-participles"):
        return None  # (and how the writer got the words: "A ministry spokesman, reached by phone, said")
    if _setting_participle(toks, f + 1):
        return name  # (what the speaker was doing: "President Soren, dedicating the new museum on Saturday, said")
    if not (app.norm in ("a", "an", "the", "who", "which", "of", "whose") or app.norm in POSSESSIVES or _is_number(app)
            or app.text[:1].isupper() or app.text[:1].islower() and _np_word(toks, f + 1)
            and app.norm not in _cue_norms()):
        return None
    # the apposition is a noun phrase (or a relative clause after "who"): no finite verb outside it
    rel = any(toks[x].norm in ("who", "which", "whose") for x in range(f, j))
    if j - f < 2 or not rel and any(toks[x].text in QUOTE_CHARS for x in range(f, j)):
        return None
    if not rel and any(toks[x].norm in AUX - {"s", "'s"} for x in range(f, j)):
        return None
    return (r, j - 1)


def _as_complement(toks: list[Token], j: int) -> bool:
    """Does a short noun phrase after the cue end in "as" + a label ("reauthorization of the
    program as an opportunity", "Trump as a fraud")? A view or a characterisation follows.

    >>> from course.document import build_document
    >>> d = build_document("Critics see the program as an easier way in.")
    >>> _as_complement(d.tokens, 2)
    True
    """
    n = len(toks)
    if j >= n or not _np_word(toks, j) or toks[j].norm in AUX or toks[j].norm == "as":
        return False
    for k in range(j + 1, min(n - 1, j + 8)):
        t = toks[k]
        if t.norm == "as":
            nxt = toks[k + 1]
            if _as_clause(toks, k):
                return False  # "demands a ceasefire as three members abstain": a clause of time, no label
            return nxt.norm in ("a", "an", "the") or nxt.text in QUOTE_CHARS or nxt.text[:1].isalpha() and nxt.norm not in (
                "well", "much", "many", "soon", "long", "far", "if", "though", "part", "he", "she", "they", "it", "we", "i")
        if not (_np_word(toks, k) or t.norm in NP_PREPOSITIONS) or t.norm in AUX:
            return False
    return False


#: Words of degree before a participle that keep it an adjective ("as the most detailed plan").
_DEGREE_BEFORE_PARTICIPLE = frozenset("most more less least very so too much well ill".split())


def _as_clause(toks: list[Token], k: int) -> bool:
    """Does "as" at ``toks[k]`` open a clause with a subject and a verb of its own ("as three
    members abstain", "as the council voted"), not a label ("as a threat", "as a fabricated story")?
    The verb is an auxiliary, a past form after a noun, or a plain verb after a plural noun.

    >>> from course.document import build_document
    >>> t = build_document("demands a ceasefire as three members abstain").tokens
    >>> _as_clause(t, 3), _as_clause(build_document("saw it as a fabricated story").tokens, 2)
    (True, False)
    """
    n = len(toks)
    # (the subject opens with a determiner, a number or a name; a quoted label is no clause)
    if k + 1 >= n or not (toks[k + 1].norm in DETERMINERS | POSSESSIVES | NUMBER_WORDS or _is_number(toks[k + 1])
                          or toks[k + 1].text[:1].isupper() and toks[k + 1].norm not in PRONOUNS):
        return False
    for x in range(k + 2, min(n, k + 7)):
        t, before = toks[x], toks[x - 1]
        if not _is_word(t) or t.norm in STOP - AUX or t.norm in NP_PREPOSITIONS or t.norm in _NOT_CLAUSE_VERBS:
            return False
        if not t.text.islower() or before.norm in DETERMINERS | POSSESSIVES | _DEGREE_BEFORE_PARTICIPLE \
                or _is_adverb(before) or before.text in ("-", "‐") or not _is_word(before) \
                or before.text.islower() and before.norm.endswith(_ADJECTIVE_ENDINGS[:7]):
            continue
        if t.norm in AUX - {"to", "s", "'s"} or _finite_like(t):
            return True
        if before.text.islower() and before.norm.endswith("s") and not before.norm.endswith(("ss", "us")) \
                and not _is_adverb(t) and not t.norm.endswith(("s", "ing")):
            return True  # (a plural noun and a plain verb: "as three members abstain")
        if before.text[:1].isupper() and t.norm.endswith("s") and not t.norm.endswith(("ss", "us")):
            return True  # (a name and an -s verb: "as Trump consolidates his support")
    return False


#: Words after the noun in "as" + noun phrase that end it without a verb ("as crimes rather than ...").
_NOT_CLAUSE_VERBS = frozenset("and or but nor than rather to of for with".split())


def _time_phrase(toks: list[Token], rng: tuple[int, int]) -> bool:
    """Is toks[a..b] only a time expression ("Thursday morning", "this week")?"""
    return all(toks[x].norm in TIME_WORDS or _is_number(toks[x]) for x in range(rng[0], rng[1] + 1))


def _apposition(toks: list[Token], rng: tuple[int, int]) -> bool:
    """Is toks[a..b] an apposition naming a person or a role ("the campaign's press secretary",
    "a former official who runs a firm", "Deputy Foreign Minister Oren Vasko")? A time phrase
    ("12 November") is not."""
    a, b = rng
    if b < a:
        return False
    first = toks[a]
    if first.norm in ("who", "whose", "which"):
        return True  # (a relative clause between commas describes the source as an apposition does, §6.2; it may hold a time)
    if any(toks[x].norm in TIME_WORDS and not _first_name(toks, x) or _is_number(toks[x]) for x in range(a, b + 1)):
        return False
    if first.norm in ("a", "an", "the") or first.norm in POSSESSIVES:
        return True
    # a name and its relative clause: "Oskar Lind, who hosted both delegations"
    rel = next((m for m in range(a + 1, b) if toks[m].text == "," and toks[m + 1].norm in ("who", "whose")), None)
    if rel is not None:
        return _apposition(toks, (a, rel - 1))
    # a bare title with its name: "former Ostland foreign minister Jonas Berk" (§6.2, with a bare title too)
    if (first.norm in word_class("title-modifiers") or first.norm in speaker_nouns()) and first.text.islower() \
            and b - a < 10 and toks[b].text[:1].isupper() and any(toks[x].norm in speaker_nouns() for x in range(a, b)) \
            and all(_np_word(toks, x) for x in range(a, b + 1)):
        return True
    return first.text[:1].isupper() and _speakerlike(toks, rng) and all(
        _np_word(toks, x) or toks[x].norm in NP_PREPOSITIONS for x in range(a, b + 1))


def _first_name(toks: list[Token], x: int) -> bool:
    """Is the capitalised month word at ``toks[x]`` a first name before a surname ("Jan Ruud",
    "April Dale"), not a date ("Jan 5", "May 2024")?"""
    return toks[x].text[:1].isupper() and x + 1 < len(toks) and toks[x + 1].text[:1].isupper() \
        and toks[x + 1].text.isalpha() and toks[x + 1].norm not in TIME_WORDS


def _right_apposition(toks: list[Token], src: tuple[int, int]) -> tuple[int, int]:
    """Extend an inverted source over a following apposition ('said Kenneth Baer, a former
    official who runs a firm.') or relative clause ('said Dalia Fors, who chairs the committee.'),
    to the end of the sentence."""
    k = src[1] + 1
    n = len(toks)
    # (a bare title opens one too: "said Mikel Aro, chief economist at the Velm Institute")
    if k + 1 >= n or toks[k].text != "," or not (toks[k + 1].norm in ("a", "an", "the", "who", "whose")
                                                 or toks[k + 1].norm in POSSESSIVES
                                                 or toks[k + 1].text[:1].isupper() or _bare_title(toks, k + 1)):
        return src
    end = n - 1
    # (the writer's setting after a comma is not the source's: "..., who chairs the committee, in a statement";
    # nor is a participle that carries the report on: "said Brisk, the deputy minister, adding that ...")
    setting = next((x for x in range(k + 2, end) if toks[x].text == "," and (
        toks[x + 1].norm in SETTING_PREPOSITIONS or toks[x + 1].text.islower() and toks[x + 1].norm.endswith("ing"))), None)
    if setting is not None:
        end = setting - 1
    while end > k and not _is_word(toks[end]):
        end -= 1
    if end - k > 25 or any(toks[x].text in QUOTE_CHARS + ";:" for x in range(k + 1, end + 1)):
        return src
    if not _apposition(toks, (k + 1, end)) and not toks[k + 1].norm in ("a", "an", "the") and not _bare_title(toks, k + 1):
        return src
    return (src[0], end)


def _bare_title(toks: list[Token], k: int) -> bool:
    """Does a title without a determiner start at toks[k] ("chief economist at ...", "senior
    fellow at ...", "spokeswoman for the ministry")?"""
    for x in range(k, min(len(toks), k + 3)):
        if toks[x].norm in STOP or toks[x].norm in DETERMINERS or toks[x].norm in ("and", "or"):
            return False  # (", and the envoy left" is a clause, not a title)
        if toks[x].norm in speaker_nouns():
            return all(toks[y].text.islower() and _is_word(toks[y]) for y in range(k, x + 1))
        if toks[x].norm not in word_class("title-modifiers") and not toks[x].text.islower():
            return False
    return False


#: Month names, full and abbreviated, that open a timeline entry's date.
_MONTHS = frozenset("january february march april may june july august september october november december "
                    "jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _timeline_date(toks: list[Token], limit: int) -> int:
    """The first token after a timeline entry's date and dash ("June 2020 - Talks break down",
    "15 March 2019 — The two sides agree", "2014 – Tarsk annexes the peninsula"), or 0: a
    chronology dates each entry as a dateline places a story, and the date is no speaker.

    >>> from course.document import build_document
    >>> t = build_document("June 2020 - Talks break down.").tokens
    >>> t[_timeline_date(t, len(t))].text
    'Talks'
    >>> t = build_document("Oct. 3, 2021 — Tarsk agrees to talks.").tokens
    >>> t[_timeline_date(t, len(t))].text
    'Tarsk'
    >>> _timeline_date(build_document("June said the talks failed.").tokens, 5)
    0
    """
    k = 0
    if k < limit and toks[k].text.isdigit() and len(toks[k].text) <= 2:
        k += 1  # the day before the month: "15 March 2019"
    if k < limit and toks[k].norm.rstrip(".") in _MONTHS and toks[k].text[:1].isupper():
        k += 1
        if k < limit and toks[k].text == ".":
            k += 1  # "Oct. 3"
        if k < limit and toks[k].text.isdigit() and len(toks[k].text) <= 2:
            k += 1  # the day after the month: "June 15, 2020"
            if k < limit and toks[k].text == ",":
                k += 1
        if k < limit and toks[k].text.isdigit() and len(toks[k].text) == 4:
            k += 1
    elif k == 0 and k < limit and toks[k].text.isdigit() and len(toks[k].text) == 4:
        k += 1  # a year alone: "2014 - Tarsk annexes ..."
    else:
        return 0
    if k == 0 or k + 1 >= limit or toks[k].text not in ("-", "–", "—", "--"):
        return 0
    if toks[k].text == "-" and toks[k].start == toks[k - 1].end:
        return 0  # a hyphen joined to the date ("2020-21") is no dash
    return k + 1 if toks[k + 1].text[:1].isupper() else 0


def _after_dateline(toks: list[Token], limit: int) -> int:
    """The first token after a wire dateline that opens the sentence ("BRUSSELS, March 4
    (Wire) - ", "SACRAMENTO (AP) — "), or 0: a dateline names where and by whom the story was
    filed, never a speaker.

    >>> from course.document import build_document
    >>> t = build_document("BRUSSELS, March 4 (Wire) - The EU acted, saying so.").tokens
    >>> t[_after_dateline(t, len(t))].text
    'The'
    >>> t = build_document("GENEVA/VELMORA (Kit Wire) - Varnia and Lorvia gave accounts.").tokens
    >>> t[_after_dateline(t, len(t))].text
    'Varnia'
    >>> t = build_document("PARIS, June 9, 2024 (AFP) - Guards crushed it, the ministry said.").tokens
    >>> t[_after_dateline(t, len(t))].text
    'Guards'
    >>> t = build_document("DRAVA, 4 March (DNA) — Guards crushed it, the ministry said.").tokens
    >>> t[_after_dateline(t, len(t))].text
    'Guards'
    >>> t = build_document("VELMA, Lorvia (ONA) — The talks failed, according to two officials.").tokens
    >>> t[_after_dateline(t, len(t))].text
    'The'
    >>> _after_dateline(build_document("NATO said so.").tokens, 3)
    0
    """
    k = 0
    dated = _timeline_date(toks, limit)
    if dated:
        return dated
    # a live blog's time stamp: "16:05 - Borrell urged restraint"
    if limit > 3 and toks[0].text.isdigit() and toks[1].text == ":" and toks[2].text.isdigit():
        k = 3
        while k < limit and toks[k].text.isupper() and toks[k].text.isalpha() and len(toks[k].text) <= 4:
            k += 1  # "GMT", "CET"
        return k + 1 if k < limit and toks[k].text in ("-", "–", "—", "--") else 0
    last_caps = -1
    while k < limit and (toks[k].text.isupper() and any(ch.isalpha() for ch in toks[k].text)
                         or toks[k].text in ("/", ".", ",", "'") and k > 0
                         or toks[k].text == "-" and k > 0 and toks[k].start == toks[k - 1].end):  # "MERIN - A": a dash
        if toks[k].text.isupper() and any(ch.isalpha() for ch in toks[k].text):
            last_caps = k
        k += 1
    if last_caps < 0:
        return 0
    if not (k < limit and toks[k].text in ("-", "–", "—", "--")):
        k = last_caps + 1  # the run ended on punctuation of its own: back to its last capital
    if k + 2 < limit and toks[k].text == "," and toks[k + 1].norm.rstrip(".") in TIME_WORDS:
        m = k + 2 if toks[k + 2].text != "." else k + 3  # "Aug. 21"
        if m < limit and toks[m].text.isdigit():
            k = m + 1
    elif k + 2 < limit and toks[k].text == "," and toks[k + 1].text.isdigit() and toks[k + 2].norm in TIME_WORDS:
        k += 3  # the day before the month: "DRAVA, 4 March (DNA) — "
    if k + 1 < limit and toks[k].text == "," and len(toks[k + 1].text) == 4 and toks[k + 1].text.isdigit():
        k += 2  # and the year: "PARIS, June 9, 2024 (AFP) - "
    if k + 2 < limit and toks[k].text == "," and toks[k + 1].text[:1].isupper() and toks[k + 1].text[1:].islower():
        # the country or region after the city: "VELMA, Lorvia (ONA) — ", "ORSK, North Ostland (ONA) — "
        m = k + 1
        while m < limit and m - k <= 3 and toks[m].text[:1].isupper() and toks[m].text.isalpha():
            m += 1
        if m < limit and (toks[m].text == "(" or toks[m].text in ("-", "–", "—", "--")):
            k = m
    if k < limit and toks[k].text == "(":
        close = next((m for m in range(k + 1, min(limit, k + 12)) if toks[m].text == ")"), None)
        if close is None:
            return 0
        k = close + 1
    if k < limit and toks[k].text in ("-", "–", "—", "--"):
        return k + 1
    return 0


#: Present linking verbs, which end a subject the noun-phrase walk runs past ("Tarsk and Velm
#: **remain** confident"; Quirk et al. 1985, copular verbs).
_PRESENT_LINKING_VERBS = frozenset("remain remains seem seems appear appears become becomes".split())


def _opening_participle_clause(toks: list[Token], i: int) -> bool:
    """Does a participle of saying or asking open the sentence with its prepositional complement
    ("Asked about the report, the ministry ...", "Speaking to reporters, the minister ..."), a
    supplementive clause before the subject (Quirk et al. 1985 §15.59), not the subject itself?"""
    return (i == 0 or not _is_word(toks[i - 1])) and toks[i].text[:1].isupper() and i + 1 < len(toks) \
        and toks[i + 1].norm in ("about", "to", "at", "by", "on", "in", "after", "whether", "if", "during")


def _subject(toks: list[Token], limit: int) -> tuple[int, int] | None:
    """The first noun phrase of the clause (after an opening adverb, a conjunction, or an
    opening phrase closed by a comma: "In August, several environmental groups granted ...").

    >>> from course.document import build_document
    >>> d = build_document("In August, several groups granted an extension, saying it was fair.")
    >>> a, b = _subject(d.tokens, 8)
    >>> d.text[d.tokens[a].start:d.tokens[b].end]
    'several groups'
    """
    i = _after_dateline(toks, limit)
    while i < limit and (_is_adverb(toks[i]) or toks[i].text == "," or toks[i].norm in _CLAUSE_OPENERS):
        i += 1
    # an opening phrase (a preposition or a participle) closed by a comma sets the scene
    if i < limit and (toks[i].norm in TIME_PREPOSITIONS | GERUND_PREPOSITIONS | {"at", "following", "despite", "amid", "during", "with"}
                      or toks[i].norm.endswith(("ed", "ing")) and (toks[i].norm not in _cue_norms() or _opening_participle_clause(toks, i))):
        for k in range(i + 1, min(limit, i + 24)):
            if toks[k].text in QUOTE_CHARS + ";:":
                break
            if toks[k].text == "," and k + 2 < limit and (toks[k + 1].norm == "as" and toks[k + 2].norm == "well"
                                                         or toks[k + 1].norm in ("and", "or")):
                continue  # the opening phrase goes on: "Chastened by the analyses, as well as complaints ..., Trump"
            if toks[k].text == ",":
                # "On Thursday, however, Trump spoke ...": an adverb may follow the opening phrase
                m = k + 1
                while m < limit and (_is_adverb(toks[m]) or toks[m].text == ","):
                    m += 1
                if m < limit and _right_np(toks, m, limit) is not None:
                    i = m
                break
    # (a reporting word after a determiner is a noun of the subject: "The states signed the accord",
    # "The statement was issued on Monday, saying ...")
    np = _right_np(toks, i, limit, speech_nouns=True)
    if np is None:
        return _pronoun_with_relative(toks, i, limit)  # "Those who remain tend to be elderly and say ..."
    if np is not None:
        # the walk does not know verbs: a past-tense word after the noun ends the subject
        for k in range(np[0] + 1, np[1] + 1):
            t = toks[k]
            if t.text[:1].islower() and (t.norm.endswith("ed") or t.norm in IRREGULAR_PAST) \
                    and toks[k - 1].norm not in DETERMINERS | POSSESSIVES:
                return (np[0], k - 1)
            # ... and so does a present linking verb: "Tarsk and Velm remain confident" (a source holds no
            # finite verb)
            if t.text.islower() and t.norm in _PRESENT_LINKING_VERBS and toks[k - 1].norm not in DETERMINERS | POSSESSIVES:
                return (np[0], k - 1)
            # ... and so does a present verb before an infinitive after a name: "Lavrov needs to"
            if t.text[:1].islower() and t.norm.endswith("s") and k + 1 < limit and toks[k + 1].norm == "to" \
                    and toks[k - 1].text[:1].isupper() and _is_word(toks[k - 1]) and t.norm not in speaker_nouns():
                return (np[0], k - 1)
            # ... and, after a common noun too, an -s form before "to" and a plain verb with no finite
            # verb after it in the clause: a headline's "Velm parliament votes to cut aid to Drava,
            # citing ..." (the verb of "Velm parliament"; Quirk et al. 1985, a catenative verb
            # with its to-infinitive); after a determiner the -s form is a noun with its infinitive
            # ("The votes to approve the budget were counted"), and so it is before a finite verb
            # ("Budget votes to approve the plan were counted")
            if _catenative_s_form(toks, k, limit):
                return (np[0], k - 1)
    return np


def _catenative_s_form(toks: list[Token], k: int, limit: int) -> bool:
    """Is ``toks[k]`` an -s form of a verb before "to" and a plain verb, after a noun of its
    subject and with no finite verb later in the clause (up to ``limit``)? Not a plural of people,
    which heads a headline's "to" future ("Party leaders to meet in Vorna").

    >>> from course.document import build_document
    >>> t = build_document("Velm parliament votes to cut aid to Drava").tokens
    >>> _catenative_s_form(t, 2, len(t)), _catenative_s_form(build_document("The votes to cut aid were counted").tokens, 1, 7)
    (True, False)
    """
    t = toks[k]
    if not (t.text.islower() and t.norm.endswith("s") and not t.norm.endswith(("ss", "us", "'s")) and k + 2 < limit
            and toks[k + 1].norm == "to" and k > 0 and _is_word(toks[k - 1])) or t.norm in speaker_nouns():
        return False  # (a plural of people is the noun of a headline's "to" future: "Party leaders to meet")
    prev, verb = toks[k - 1], toks[k + 2]
    if prev.norm in DETERMINERS | POSSESSIVES | NUMBER_WORDS | STOP or _is_number(prev) or prev.norm in ("'s", "s"):
        return False
    if not (verb.text.islower() and _is_word(verb) and not verb.norm.endswith(("ing", "ed"))
            and verb.norm not in DETERMINERS | POSSESSIVES | PRONOUNS | NUMBER_WORDS | AUX - {"be", "have", "do"}):
        return False
    return not any(_finite_like(toks[x]) or toks[x].text in QUOTE_CHARS + ";:" for x in range(k + 3, limit))


def _via(toks: list[Token], j: int) -> tuple[int, int] | None:
    """'by X' right after a passive reporting cue names the intermediary; "by email", "by phone" name
    the channel the words went through, no intermediary (Quirk et al. 1985 §9.48, means).

    >>> from course.document import build_document
    >>> _via(build_document("said by email later").tokens, 1) is None
    True
    """
    if j < len(toks) and toks[j].norm == "by":
        if j + 1 < len(toks) and toks[j + 1].norm in CHANNEL_NOUNS:
            return None
        # (a cue word after the determiner is a noun there: "by the state news agency VNA")
        return _right_np(toks, j + 1, len(toks), speech_nouns=True)
    return None


#: The word lists under the constant names they had in this module (``phrases.CONVENED_NOUNS``),
#: now classes of ``attribution_word_classes.tsv`` read on first use.
__getattr__ = lazy_constants(__name__, {
    "TITLE_MODIFIERS": lambda: word_class("title-modifiers"),
    "IMPERATIVE_OPENERS": lambda: word_class("imperative-openers"),
    "CONVENED_NOUNS": lambda: word_class("convened-nouns"),
})
