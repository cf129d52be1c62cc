"""Words of the attribution lens, and the token tests its rules use to find phrase edges without
a parser.

The open-class word lists (the nouns of people and bodies who speak, the nouns of information, the
lemmas of reporting verbs that take an of-phrase or an addressee, the light verbs ...) are data:
the classes of ``datasets/lexicons/attribution_word_classes.tsv``, read on first use with
:func:`word_class`. The closed-class grammar (auxiliaries, determiners, pronouns, prepositions,
conjunctions, adverbs of time and focus, number words, clitics, quotation marks), the names of
months and days and the irregular verb forms stay here.

Example:
    >>> "spokeswoman" in speaker_nouns()
    True
    >>> word_class("no-such-class")
    Traceback (most recent call last):
    ...
    KeyError: "attribution_word_classes.tsv has no class 'no-such-class'; ...
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Set
from functools import lru_cache

from ...datasets import word_class_reader
from ...document import NEGATION_STEMS, Token

#: The file of the lens's word classes, in ``datasets/lexicons/``.
WORD_CLASSES = "attribution_word_classes"


#: The words of one class of the file, read on first use: ``word_class("light-verbs")``.
word_class = word_class_reader(WORD_CLASSES)


@lru_cache(maxsize=1)
def speaker_nouns() -> frozenset[str]:
    """Human or institutional nouns: a subject headed by one of these can be a speaker.

    Officials and their posts, people and bodies defined by a public role, the parties and
    go-betweens of a conflict, the plurals of these, and the news outlets that speak ("state
    television said"; not "news", "press", "daily", which name a kind of outlet).
    """
    return (word_class("official-nouns") | word_class("public-role-nouns") | word_class("conflict-party-nouns")
            | word_class("speaker-plurals") | (word_class("media-nouns") - word_class("media-modifier-nouns")))


@lru_cache(maxsize=1)
def document_nouns() -> frozenset[str]:
    """Nouns of texts that ask or state something ("a joint statement calling for ...", "a draft
    resolution demanding ..."): the sources of information and the documents."""
    return word_class("information-nouns") | word_class("document-nouns")


class WordClassView(Set):
    """A read-only view of one word class under a name bound when a module is imported: the
    file is read at the first membership test, not at the import.

    >>> view = WordClassView("defended-places")
    >>> "city" in view, {"the", "city"} & view
    (True, frozenset({'city'}))
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def __contains__(self, word: object) -> bool:
        return word in word_class(self.name)

    def __iter__(self) -> Iterator[str]:
        return iter(word_class(self.name))

    def __len__(self) -> int:
        return len(word_class(self.name))

    def __repr__(self) -> str:
        return f"WordClassView({self.name!r})"

    @classmethod
    def _from_iterable(cls, words: Iterable[str]) -> frozenset[str]:
        return frozenset(words)


#: What troops defend ("defended the city", "defend national sovereignty"): a military act, not
#: speech and not support for another side. The escalation lens imports the name when it is
#: imported, so it is a view of the class ``defended-places``, read on first use.
DEFENDED_PLACES = WordClassView("defended-places")
#: What guards deny someone ("denied the inspectors access", "denied entry"): a refusal, not a
#: denial of a claim; read by both lenses, so a view of the class ``denied-things``.
DENIED_THINGS = WordClassView("denied-things")
#: Plans, rules and agreements ("according to the plan", "an agreement that allows boats to fish"):
#: they are followed and they permit; they do not speak or concede. Read by both lenses.
ACCORDANCE_NOUNS = WordClassView("accordance-nouns")
#: Participles and adjectives after an unnamed speaker ("a person briefed on the talks"): read by
#: the attribution lens (the source) and the hedging lens (the weasel source).
SOURCE_POSTMODIFIERS = WordClassView("source-postmodifiers")


def lazy_constants(module: str, constants: dict[str, Callable[[], frozenset[str]]]) -> Callable[[str], frozenset[str]]:
    """A module ``__getattr__`` that gives the word lists under the constant names they had
    before they moved to the file, loading them on first use (``frames.LIGHT_VERBS``)."""

    def __getattr__(name: str) -> frozenset[str]:
        if name in constants:
            return constants[name]()
        raise AttributeError(f"module {module!r} has no attribute {name!r}")

    return __getattr__


__getattr__ = lazy_constants(__name__, {
    "MEDIA_NOUNS": lambda: word_class("media-nouns"),
    "SPEAKER_NOUNS": speaker_nouns,
    "INFORMATION_NOUNS": lambda: word_class("information-nouns"),
})


#: Channels of words after "by", "via" or "over" with no article: the means of a conversation, part of
#: its setting, never an intermediary or the content ("told Reuters by phone", "said by email").
CHANNEL_NOUNS = frozenset("phone telephone email e-mail text video videolink videoconference letter fax".split())
#: Words that open an indirect question or a reported one (Quirk et al. 1985 §15.5, dependent
#: wh-interrogative clauses, with "whether" and "if"): "unclear whether", "would not say when",
#: "Asked by reporters whether ...". Read by the attribution and the hedging lens.
WH_WORDS = frozenset("whether if how when why what who where which".split())

#: Auxiliaries, modals and negation: they join a cue group ("had said") and never start a source.
AUX = frozenset(
    "has have had 's was were is are am be been being will would shall should can could "
    "may might must do does did not n't never".split()
)
#: Words that open a time or a place after a participle describing a text ("a report published on
#: Thursday", "a statement issued late last night"): the participle reduces a relative clause.
PUBLISHED_WHEN = frozenset("on in last this earlier at late early online".split())
#: Modal verbs: after one, a plain verb's plural object is no subject ("would shape great-power disputes").
MODALS = frozenset("will would shall should can could may might must".split())
#: Finite auxiliaries: a modal, or a form of "be" or "have" that carries tense ("the convoy was",
#: "troops have"); one after a noun group makes that group a clause's subject.
FINITE_AUX = MODALS | frozenset("is are was were has have had".split())
#: Adverbs that may sit between a source and its cue ("Lavrov also went on to say").
ADVERBS = frozenset(
    "also previously earlier later then now again once still even already further repeatedly "
    "recently reportedly allegedly publicly privately separately subsequently yesterday today "
    "tonight just only often first last too well as ever long similarly likewise meanwhile "
    "however moreover instead initially finally always never sometimes usually soon perhaps together".split()
)
DETERMINERS = frozenset(
    "the a an this that these those his her their its our my your some many several any "
    "each every both all no another other such".split()
)
POSSESSIVES = frozenset("his her their its our my your".split())
PRONOUNS = frozenset("he she they we i you it who which one someone somebody".split())
#: Words that end a noun phrase when walking over it: clause links, prepositions
#: that do not belong inside a speaker's name, and verbs of being.
STOP = frozenset(
    "that which who whom whose when where while as if because since although though but or so "
    "than however meanwhile furthermore moreover to on by into about after before during under "
    "over against between through upon across without within toward towards there here not "
    "also previously well even still yet".split()
) | AUX
#: Prepositions allowed inside a source phrase ("people familiar with the matter",
#: "a spokesman for the ministry", "the foreign minister of Russia").
NP_PREPOSITIONS = frozenset("of for with from at in".split())
TITLE_ABBREVIATIONS = frozenset("mr mrs ms dr gen sen rep rev gov lt col prof st jr sr".split())
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december jan feb mar apr jun jul aug sep sept "
    "oct nov dec morning afternoon evening night week weekend month year day earlier later last "
    "this next ago today yesterday tonight recently early".split()
)
TIME_PREPOSITIONS = frozenset("on in at during since earlier late".split())


def _premodifier(toks: list, k: int) -> bool:
    """Is the plain lower-case word at ``toks[k]`` a noun before a news outlet ("state media",
    "state television", "state news agency") rather than a verb? (A verb before a person
    is not: "told reporters", "tell officials".)

    >>> from course.document import build_document
    >>> t = build_document("Russian state television said so.").tokens
    >>> _premodifier(t, 1), _premodifier(build_document("They state facts.").tokens, 1)
    (True, False)
    >>> _premodifier(build_document("the head of state energy firm Lorgaz").tokens, 3)
    True
    """
    t = toks[k]
    if k + 1 >= len(toks) or not t.text.islower() or t.norm.endswith(("s", "ed", "ing")):
        return False
    nxt = toks[k + 1]
    if nxt.text.islower() and nxt.norm in word_class("media-nouns"):
        return True
    # ... or before any noun, after a determiner or "of": "the state agency TNA", "the head of state
    # energy firm Lorgaz" (a verb there would need a subject: "They state facts")
    # (or after an -ing adjective: "a leading think tank")
    prev = toks[k - 1].norm if k > 0 else ""
    adjective = k > 1 and toks[k - 1].text.islower() and prev.endswith("ing") and toks[k - 2].norm in DETERMINERS
    return (prev in DETERMINERS or prev in POSSESSIVES or prev == "of" or adjective) and _is_word(nxt) and nxt.text.isalpha() \
        and nxt.norm not in DETERMINERS | POSSESSIVES | AUX | SUBJECT_PRONOUNS | COMPLEMENTIZERS \
        and nxt.norm not in STOP


#: Prepositions before a gerund cue: "by saying", "after saying", "for claiming".
GERUND_PREPOSITIONS = frozenset("by after before for from while without of in on upon despite".split())
COMPLEMENTIZERS = frozenset("that whether if why how what when where who".split())
SUBJECT_PRONOUNS = frozenset("he she they we i you it there".split())
QUOTE_CHARS = "\"“”"
FINAL_PUNCT = ".!?"


def _is_number(tok: Token) -> bool:
    """A number token: "12", "2,521", "0.1", a score "4-4", a compound "twenty-seven" (the
    tokenizer keeps separators inside numbers)."""
    norm = tok.norm
    if norm[:1].isdigit():
        return norm.replace(",", "").replace(".", "").replace("-", "").isdigit()
    return "-" in norm and all(part in NUMBER_WORDS or part in TENS or part == "one" for part in norm.split("-"))


#: Tens, for compound number words ("twenty-seven").
TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())


def _participle(tok: Token) -> bool:
    """Is the token an -ing participle ("taking", "using"), not a noun that ends so ("swing",
    "thing", "king": no vowel before the ending)?"""
    norm = tok.norm
    return norm.endswith("ing") and any(v in norm[:-3] for v in "aeiouy")


def _is_word(tok: Token) -> bool:
    return tok.text[:1].isalnum()


def _is_adverb(tok: Token) -> bool:
    n = tok.norm
    return n in ADVERBS or (len(n) > 4 and n.endswith("ly") and tok.text[:1].islower()
                            and n not in word_class("ly-non-adverbs"))


def _outlet_today(toks: list[Token], k: int) -> bool:
    """Is toks[k] the capitalised "Today" that ends an outlet's name ("USA Today", "Russia Today",
    also in capitals as some outlets write it, "USA TODAY"), not the adverb of time?"""
    return toks[k].text in ("Today", "Tonight", "TODAY", "TONIGHT") and k > 0 and toks[k - 1].text[:1].isupper() \
        and _is_word(toks[k - 1])


def _np_word(toks: list[Token], k: int) -> bool:
    """Can toks[k] be part of a speaker noun phrase?"""
    t = toks[k]
    n = t.norm
    if n in ("'", "’") or t.text in ("'", "’"):
        # possessive: Russia's / officials'
        return (k + 1 < len(toks) and toks[k + 1].norm == "s" and toks[k + 1].start == t.end) or (
            k > 0 and toks[k - 1].end == t.start and toks[k - 1].norm.endswith("s")
        ) or (  # inside a name: O'Neill
            0 < k < len(toks) - 1 and toks[k - 1].end == t.start == toks[k + 1].start - 1
            and toks[k - 1].text[:1].isupper() and toks[k + 1].text[:1].isupper()
        )
    if t.text == ".":
        # a title ("Dr.") or an initial inside a name ("Edwin G. Monroy"), or an abbreviation
        # closing an apposition ("of Springfield, Va., said", "McConnell, R-Ky., said")
        return k > 0 and toks[k - 1].end == t.start and (
            toks[k - 1].norm in TITLE_ABBREVIATIONS
            or len(toks[k - 1].text) == 1 and toks[k - 1].text.isupper()
            and k + 1 < len(toks) and toks[k + 1].text[:1].isupper()
            or toks[k - 1].text[:1].isupper() and len(toks[k - 1].text) <= 4
            and k + 1 < len(toks) and toks[k + 1].text in (",", ")")
            # inside an abbreviation, with no space on either side: "(D-N.Y.)"
            or k + 1 < len(toks) and toks[k + 1].start == t.end and toks[k + 1].text[:1].isupper()
            # a month's abbreviation before a day: "dated Feb. 12"
            or toks[k - 1].norm in TIME_WORDS and len(toks[k - 1].text) <= 4 and k + 1 < len(toks) and _is_number(toks[k + 1])
        )
    if t.text in ("-", "&"):
        return True
    if t.text == "/":  # inside a word, with no space either side: "9/11 widow Terry Strada"
        return 0 < k < len(toks) - 1 and toks[k - 1].end == t.start and toks[k + 1].start == t.end
    if not _is_word(t):
        return False
    if _outlet_today(toks, k):
        return True
    if n in MODALS and (_surname_modal(toks, k) or k == 0 and _capitalised_modal(toks, k)):
        return True  # a name, not a modal: "Theresa May", "Mrs May", "May said"
    if n in ("first", "last", "next", "only") and k > 0 and toks[k - 1].norm in DETERMINERS - {"that"} | POSSESSIVES \
            and not (k + 1 < len(toks) and toks[k + 1].norm in UNITS_AFTER_LAST):
        return True  # an ordinal after its article is an adjective of the phrase: "The first official said"
        # (not a time: "noted that last year Pagliano invoked", "the next day officials said")
    if n in STOP or _is_adverb(t):
        return False
    return True


#: Past forms that are never nouns: after a noun phrase they are the verb ("the president spoke").
IRREGULAR_PAST = frozenset("said told wrote spoke thought knew saw found felt heard understood made gave "
                           "took came went sent drew put laid kept held meant taught brought left met led won "
                           "lost began ran stood fell rose struck fought broke chose flew grew hid sought sold "
                           "spent threw withdrew became built shot bought set hit froze drove rode stole swore "
                           "tore wore shook woke overtook undertook forbade caught forgot got paid shut withheld "
                           "upheld read".split())
#: Simple past forms whose participle is another word ("wrote" / "written", "spoke" / "spoken"): never a
#: participle describing a noun, so after a noun they are its verb ("his daughter wrote on Facebook").
PAST_ONLY = frozenset("wrote spoke took gave saw knew came went drew threw flew grew rose fell began ran chose "
                      "stole swore tore wore shook woke broke froze drove rode forbade withdrew undertook overtook".split())
#: Irregular past participles that are never a simple past ("seen", "shown", "written"): without an
#: auxiliary before it, such a form after a noun reduces a relative clause on that noun ("documents
#: seen at the embassy"; Quirk et al. 1985 §17.16), it is no finite verb of its own.
PARTICIPLE_ONLY = frozenset("seen shown known written spoken given taken drawn chosen broken stolen driven hidden "
                            "thrown grown flown beaten proven forbidden forgotten".split())
#: Past forms that are also base forms ("put", "set"): after "May" they leave the modal possible.
PAST_OR_BASE = frozenset("put set hit shut read".split())
#: Finite forms of "be", "have" and "do", which never follow a modal ("May was", "May had", "May did").
FINITE_NON_BASE = frozenset("is are was were am has had does did".split())


def follows_no_modal(t: Token) -> bool:
    """Is ``t`` a form that no modal is followed by: a past form of a lexical verb, or a finite
    "be", "have" or "do"? A modal always takes a base form after it, so a capitalised "May" before
    such a form is a name or the month: "May said the talks had failed", "May was a tense month"
    (Quirk et al. 1985, the modal auxiliaries). A past form that is also a base form ("May set
    the tone") leaves the modal possible.

    >>> from course.document import build_document
    >>> [follows_no_modal(t) for t in build_document("said was need set").tokens]
    [True, True, False, False]
    """
    if not t.text.islower():
        return False
    word = t.norm
    if word in FINITE_NON_BASE or word in IRREGULAR_PAST and word not in PAST_OR_BASE:
        return True
    return len(word) > 3 and word.endswith("ed") and not word.endswith("eed")


#: The names of the days of the week.
DAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
#: Number words that stand for a count before a plural noun ("twenty-seven states"); smaller
#: than the hedging lens's list on purpose: "one" and "a million" are read elsewhere here.
NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozen dozens hundreds thousands".split())


def _capitalised_modal(toks: list[Token], k: int) -> bool:
    """Is the modal at ``toks[k]`` written with a capital inside the sentence, and so a name or a
    month ("Theresa May said", "in May said"), not a modal of a verb group? A headline in title
    case capitalises its modals too ("Ministers May Act": capitals on both sides), and a sentence's
    first word always, so there it is a name only before a form no modal takes
    (:func:`follows_no_modal`: "May said so", "May was a tense month").

    >>> from course.document import build_document
    >>> t = build_document("Theresa May said so.").tokens
    >>> _capitalised_modal(t, 1), _capitalised_modal(build_document("May they say so?").tokens, 0)
    (True, False)
    >>> _capitalised_modal(build_document("May said so.").tokens, 0)
    True
    >>> _capitalised_modal(build_document("May set the tone.").tokens, 0)
    False
    """
    if not (toks[k].norm in MODALS and toks[k].text[:1].isupper()):
        return False
    if k == 0:  # a sentence's first word: a name only before a form no modal takes ("May said", "May was")
        return len(toks) > 1 and follows_no_modal(toks[1])
    # (a headline's title case shows on both sides of the word: "Ministers May Act"; read locally, so
    # a long sentence is not rescanned for each capitalised modal)
    return _is_word(toks[k - 1]) and not (toks[k - 1].text[:1].isupper() and k + 1 < len(toks)
                                          and toks[k + 1].text[:1].isupper() and _is_word(toks[k + 1]))


def _surname_modal(toks: list[Token], k: int) -> bool:
    """Is the capitalised modal at ``toks[k]`` the last word of a name ("Theresa May", "Mrs May")?"""
    return _capitalised_modal(toks, k) and toks[k - 1].text[:1].isupper()


def _finite_like(t: Token) -> bool:
    return t.text.islower() and (t.norm in AUX or t.norm in IRREGULAR_PAST or t.norm.endswith("ed") and len(t.norm) > 3)
#: Quantifier pronouns that can stand alone as a speaker ("all agreed that ...").
QUANTIFIER_SOURCES = frozenset("all both many some most few several none others everyone everybody nobody "
                               "someone somebody anyone another".split())


#: Words that open a new noun phrase or clause after a comma, never a second adjective: determiners,
#: quantifiers, numbers, pronouns, conjunctions ("this month, the minister said", "On the other
#: hand, many scholars", "after the debate, two speechwriters").
_NOT_ADJECTIVES = STOP | DETERMINERS | POSSESSIVES | QUANTIFIER_SOURCES | PRONOUNS | NUMBER_WORDS | frozenset(
    "and or but nor one".split())


def adjective_list_comma(toks: list[Token], k: int) -> bool:
    """Is the comma at ``toks[k]`` one between two adjectives before their noun, after a determiner
    ("a small, pro-Western country", "the long, bitter dispute"; Quirk et al. 1985 §7.17: coordinate
    adjectives)? Not after a noun ("the talks, which", "the minister, angry at ...") nor before a
    participle or a clause word.

    >>> from course.document import build_document
    >>> adjective_list_comma(build_document("A small, pro-Western country said it.").tokens, 2)
    True
    >>> adjective_list_comma(build_document("The talks, which failed, ended.").tokens, 2)
    False
    """
    if not (toks[k].text == "," and 2 <= k < len(toks) - 2
            and (toks[k - 2].norm in DETERMINERS or toks[k - 2].norm in POSSESSIVES)):
        return False
    before, after, noun = toks[k - 1], toks[k + 1], toks[k + 2]
    return _adjective_shaped(before) and _adjective_shaped(after) and after.norm not in _NOT_ADJECTIVES \
        and noun.text.replace("-", "").isalpha()


#: Endings that mark an adjective ("political", "dangerous", "aggressive", "pro-Western" has a hyphen).
_ADJECTIVE_SUFFIXES = ("al", "ous", "ive", "ful", "ic", "ern", "less", "ant", "ent", "ble", "ish", "ary", "ile")


def _adjective_shaped(t: Token) -> bool:
    """Is ``t`` a lower-case word with an adjective's ending, a hyphen, or one of ``plain-adjectives``?"""
    word = t.norm
    if not (t.text[:1].islower() and word.replace("-", "").isalpha()):
        return False
    return "-" in word or word.endswith(_ADJECTIVE_SUFFIXES) or word in word_class("plain-adjectives")


def _title_case(toks: list[Token]) -> bool:
    """Is the sentence a headline in title case ("Lindsey Graham Says")?"""
    words = [t for t in toks if t.text[:1].isalpha() and len(t.text) > 3]
    return len(words) >= 2 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


#: Contracted auxiliaries after an apostrophe: "he's", "they're", "we've", "she'll", "I'd", "I'm".
_CLITICS = frozenset("s re ve ll d m".split())
#: The first half of a contracted negation: "isn't", "haven't", "didn't", "can't", "won't".
_NEG_STEMS = NEGATION_STEMS


def _clitic(toks: list[Token], k: int) -> bool:
    """Is toks[k] part of a contracted auxiliary ("he's", "isn't": the apostrophe and its ends)?

    >>> from course.document import build_document
    >>> d = build_document("He’s claiming it isn’t true.")
    >>> [t.text for k, t in enumerate(d.tokens) if _clitic(d.tokens, k)]
    ['’', 's', 'isn', '’', 't']
    """
    t = toks[k]
    apos = ("'", "’")
    if t.text in apos:
        return k > 0 and k + 1 < len(toks) and toks[k - 1].end == t.start and t.end == toks[k + 1].start \
            and (toks[k + 1].norm in _CLITICS and toks[k - 1].norm in SUBJECT_PRONOUNS | {"who", "that", "what"}
                 or toks[k + 1].norm == "t" and toks[k - 1].norm in _NEG_STEMS)
    if k > 0 and toks[k - 1].text in apos and toks[k - 1].end == t.start:
        if t.norm == "t":
            return k > 1 and toks[k - 2].norm in _NEG_STEMS
        return t.norm in _CLITICS and k > 1 and toks[k - 2].norm in SUBJECT_PRONOUNS | {"who", "that", "what"}
    if t.norm in _NEG_STEMS:
        return k + 2 < len(toks) and toks[k + 1].text in apos and toks[k + 2].norm == "t"
    return False


#: Plural time units and time adverbs that make up a time phrase with TIME_WORDS ("a few weeks earlier").
TIME_UNITS = frozenset("few several weeks days months years hours minutes ago earlier later".split())
#: Units of time after "last", "next" or "this" ("last week", "next month", "this spring").
UNITS_AFTER_LAST = frozenset("week weekend month year night morning evening spring summer autumn fall winter".split())


#: Forms of "be": before a participle they make a passive ("was endorsed").
BE_FORMS = frozenset("is are was were be been being".split())
#: Forms of "be" and the linking verbs of remaining, seeming and becoming ("The response has been
#: muted", "Relations remain strained").
LINKING_VERBS = BE_FORMS | frozenset("remain remains remained seem seems seemed become becomes became".split())
#: Prepositions of place: after a past participle they make a reduced passive relative
#: ("chemicals found in refrigerants"), and they open no bare clause.
PLACE_PREPOSITIONS = frozenset("in on at among inside within across near under".split())
#: Words that open a setting of the saying after a cue with no object of its own: a time, a place
#: or a manner ("as Lavrov noted in his speech", "as the ministry noted last week", "said so in May",
#: "said so again"). Not "for", "of", "with", "about": "argued for calm" has an object of its own.
SAYING_SETTINGS = TIME_PREPOSITIONS | PLACE_PREPOSITIONS | frozenset(
    "from before after last this yesterday today earlier recently again publicly repeatedly twice".split())
