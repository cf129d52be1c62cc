"""Words of the escalation lens.

The open-class word lists (the military and diplomatic word fields a lexicon row's context
needs, the nouns and verbs the conditions, patterns and rules look for) are data: the classes of
``datasets/lexicons/escalation_word_classes.tsv``, read on first use with :func:`word_class`.
The closed-class grammar words (determiners and pronouns, auxiliaries and modals, negators,
conjunctions, prepositions) and the names of months and days stay here.

Example:
    >>> "economists" in word_class("observer-nouns")
    True
    >>> word_class("no-such-class")
    Traceback (most recent call last):
    ...
    KeyError: "escalation_word_classes.tsv has no class 'no-such-class'; ...
"""

from __future__ import annotations

from ...datasets import word_class_reader
from ..attribution.words import DAY_NAMES

#: The file of the lens's word classes, in ``datasets/lexicons/``.
WORD_CLASSES = "escalation_word_classes"


#: The words of one class of the file, read on first use: ``word_class("view-nouns")``.
word_class = word_class_reader(WORD_CLASSES)


#: Names of months and days: capitalised, but not names of actors or places.
_MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december".split()
) | DAY_NAMES

#: Capitalised only because they start the sentence: not names.
_FUNCTION_WORDS = frozenset(
    """the a an my his her its our their your this that these those it we they he she i you in on at for
    with by from to of and but or if when while as after before during since there here some many most
    all no not one two three several every each other another such what which who""".split()
)

#: Clause boundary: a comma followed by one of these starts a new clause.
_CLAUSE_CONJ = frozenset("and but while whereas although though adding saying or yet so as".split())
_CLAUSE_PUNCT = frozenset({";", ":", "—", "–"})

_AUX = frozenset("is are was were be been being has have had will would".split())
_NEGATORS = frozenset({"not", "never", "no", "nor", "cannot", "without"})
_NEG_STOP = frozenset({",", ";", ":", "and", "but", "or", "while", "—", "–", "(", ")", "on", "about", "regarding",
                       "concerning", "whether", "who", "which", "what", "why", "how",  # ("not clear who fired first")
                       "when", "where",  # ("did not say when a test might take place": the test is asked about)
                       # an event behind a preposition of time is the setting ("fired no shots during the clash")
                       "during", "after", "amid", "amidst", "despite", "following",  # ("would not say whether talks would resume": the talks are open)
                       # ("We are not afraid of sanctions": the negation is the fear's, the sanctions are feared)
                       "afraid", "scared", "fearful", "frightened", "intimidated", "worried", "concerned"})

_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning", "into"})

#: The modals of a main clause ("Velm will expel the envoy", "the truce could unravel"); "should"
#: is left out, for it also opens a condition ("should Tarsk attack").
MAIN_MODALS = frozenset("will would shall can could may might must".split())
#: The modals of the future and of a promise or warning ("will respond", "would pay a price").
FUTURE_MODALS = frozenset("will would shall".split())

#: Modal and "do" auxiliaries that may stand before a verb ("would not accept", "did not meet",
#: "the truce could unravel").
_MODALS = frozenset("will would shall should can could must may might do does did".split())
