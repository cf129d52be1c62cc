"""The closed vocabularies of the kit: lens categories and their finer labels.

Every annotation the analyzers produce and every gold annotation in ``datasets/``
uses only these names; ``tests/test_datasets.py`` checks the gold files and the
lexicons against them.

Example:
    >>> "hedge" in CATEGORIES
    True
    >>> VERB_CLASSES["commissive-directive"].split(":")[0]
    'Commits the speaker or pushes the listener to act'
"""

from __future__ import annotations

#: The five categories of ``Annotation.category``, one per lens colour.
CATEGORIES: tuple[str, ...] = ("hedge", "booster", "attribution", "escalation", "deescalation")

#: Lens names used by ``highlight(..., lenses=...)`` and the widgets; each lens shows
#: one or more categories.
LENSES: dict[str, tuple[str, ...]] = {
    "hedging": ("hedge",),
    "boosting": ("booster",),
    "attribution": ("attribution",),
    "escalation": ("escalation",),
    "deescalation": ("deescalation",),
}

#: Hedge sub-types (Szarvas et al. 2012 Szeged scheme, plus Hyland's approximators
#: and Vincze's 2013 weasel sources).
HEDGE_LABELS: dict[str, str] = {
    "epistemic": "Marks a claim as possible or probable rather than certain (may, could, likely, reportedly).",
    "doxastic": "Presents a claim as someone's belief or expectation (believe, expect, it is understood, it is said).",
    "conditional": "Makes a claim or commitment depend on a condition (if necessary, unless).",
    "investigation": "Presents something as open or under examination (whether, could not be verified).",
    "approximator": "Makes a quantity or time deliberately vague (about 300, around noon, some).",
    "weasel": "Points to a vague, unnamed source (people familiar with, some officials, are widely seen as).",
}

#: Booster sub-types (Hyland 2005; Martin & White 2005 'pronounce' and 'concur').
BOOSTER_LABELS: dict[str, str] = {
    "certainty": "Presents the claim as certain and closes down alternatives (clearly, there is no doubt, will certainly).",
    "concurrence": "Presents the claim as obvious, something everyone already agrees with (of course, naturally).",
    "emphasis": "Turns up the force of a claim or a label (even, exceptionally, major).",
}

#: ``Annotation.label`` values for the attribution lens.
ATTRIBUTION_LABELS: dict[str, str] = {
    "source": "Who the words or thoughts come from.",
    "cue": "The words that signal reported speech or thought (said, according to, was quoted as saying).",
    "via": "An intermediary: the outlet or person through whom the words reach this article.",
    "unattributed": "A claim in the writer's own voice, with no source given.",
}

#: Kinds of attribution (PARC 3.0 quote types plus 'according-to').
ATTRIBUTION_KINDS: dict[str, str] = {
    "direct": "The source's exact words, in quotation marks.",
    "indirect": "The source's meaning in the writer's words, with no quotation marks.",
    "mixed": "The writer's words with a quoted fragment of the source's own words.",
    "according-to": "Content credited with 'according to' (or 'as reported by'), often to an outlet.",
}

#: Reporting-verb classes (Bergler 1992; Thompson & Ye 1991; Martin & White 2005).
VERB_CLASSES: dict[str, str] = {
    "neutral": "The writer reports without taking a stance (said, told, stated, according to).",
    "distancing": "The writer withholds endorsement and signals doubt (claimed, alleged, insisted).",
    "endorsing": "The writer presents the content as true (revealed, confirmed, noted, pointed out).",
    "admission-denial": "Frames the content as a concession or a dispute (admitted, conceded, denied).",
    "commissive-directive": "Commits the speaker or pushes the listener to act: these speech acts feed escalation (pledged, vowed, warned, urged).",
}

#: PLOVER event categories (Open Event Data Alliance) used for escalation phrases.
ESCALATION_LABELS: dict[str, str] = {
    "THREATEN": "A threat or a promise to retaliate or use force.",
    "MOBILIZE": "Military posture: deployments, drills, build-ups, weapons pointed.",
    "ACCUSE": "A hostile label or accusation aimed at the other side.",
    "REJECT": "Refusing a demand, proposal or agreement.",
    "SANCTION": "Cutting ties or punishing: closing embassies, expelling diplomats, sanctions.",
    "PROTEST": "Formal or public protest.",
    "COERCE": "Coercion short of force: seizures, arrests, blockades.",
    "ASSAULT": "Use of force or violence.",
    "DEMAND": "A demand backed by pressure (PLOVER 0.5 DEMAND; CAMEO 10).",
    "DETERIORATE": "A pessimistic description of the relationship (hit rock bottom, deteriorating); a kit extension for CAMEO 012 'pessimistic comment'.",
}

#: PLOVER categories used for de-escalation phrases.
DEESCALATION_LABELS: dict[str, str] = {
    "AGREE": "Agreement or a stated intent to cooperate.",
    "CONSULT": "Talks, meetings, negotiations, visits.",
    "SUPPORT": "Praise or support for the other side.",
    "CONCEDE": "Yielding, easing, backing down.",
    "COOPERATE": "Working together in practice.",
    "AID": "Giving help.",
    "RETREAT": "Pulling forces back, standing down.",
    "REQUEST": "Appeals and calls, such as calls for restraint or dialogue.",
    "RESTRAINT": "Self-presentation as calm, restrained or non-provocative; a kit extension for CAMEO 0356 'intent to de-escalate' (PLOVER files it under AGREE).",
}

LABELS: dict[str, dict[str, str]] = {
    "hedge": HEDGE_LABELS,
    "booster": BOOSTER_LABELS,
    "attribution": ATTRIBUTION_LABELS,
    "escalation": ESCALATION_LABELS,
    "deescalation": DEESCALATION_LABELS,
}

#: Goldstein (1992) scale bounds used for ``Annotation.intensity``.
INTENSITY_RANGE: tuple[float, float] = (-10.0, 10.0)
