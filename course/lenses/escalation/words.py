"""Word fields and closed-class words of the escalation lens: military and diplomatic
vocabulary (the context a word needs), negators, modals, verbs of stopping, reporting verbs."""

from __future__ import annotations


#: A lexicon row with context "military" fires only in a sentence holding one of these.
MILITARY_WORDS = frozenset(
    """military army navy naval troops troop soldiers forces force maritime warship warships defence defense
    nato missile missiles marines armed war combat fleet tanks artillery reservists brigade battalion
    sea border borders nuclear weapons weapon warplanes jets aircraft airspace drones alliance
    pentagon offensive infantry units bases base frigate frigates destroyer destroyers corvette corvettes
    submarine submarines cruiser cruisers carrier coastguard boundary territorial airbase bombers fighters
    interceptors warplane""".split()
)

#: A row with context "violence" (attack, assault) needs a military word or one of these: the
#: words of armed violence that is not war ("a bomb attack", "militants attacked a checkpoint");
#: "Trump attacked Clinton" has none.
VIOLENCE_WORDS = MILITARY_WORDS | frozenset(
    """killed killing wounded injured casualties civilians bomb bombs bombing bombings explosion explosions
    explosive explosives terror terrorist terrorists militants militant gunmen gunman rebels insurgents
    shelling rocket rockets hostages militia militias cyber cyber-attack hackers hacker servers grid""".split()
)

#: Words of markets and money: an "attack" among them is on a currency or a price.
MARKET_WORDS = frozenset("""currency currencies yuan lira rouble ruble dollar euro pound peso rupee speculative
    speculators speculator market markets shares stocks bonds""".split())

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
_NOT_EVENTS = frozenset("comment elaborate confirm specify speculate say disclose answer respond identify be".split())

#: Modal and "do" auxiliaries that may stand before a verb ("would not accept", "did not meet",
#: "the truce could unravel").
_MODALS = frozenset("will would shall should can could must may might do does did".split())
