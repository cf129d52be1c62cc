"""Conditions a row of ``escalation.tsv`` may name in its ``condition`` column.

A word list cannot tell "declined to comment" (a non-event) from "declined to attend" (a
rejection), so a row may name one of these rules. Each receives the sentence's tokens and
the match ``[i, j]`` (inclusive, sentence-local) and says whether the row fires there.

Example:
    >>> from course.document import build_document
    >>> toks = build_document("The ministry declined to comment.").tokens
    >>> CONDITIONS["not-before-non-event"](toks, 2, 3)
    False
    >>> toks = build_document("Tehran declined to attend the talks.").tokens
    >>> CONDITIONS["not-before-non-event"](toks, 1, 2)
    True
"""

from __future__ import annotations

from typing import Callable, Sequence

from ...document import Token
from ..attribution.words import BE_FORMS
from .words import _NOT_EVENTS

#: ``(tokens, i, j) -> fires?``
Condition = Callable[[Sequence[Token], int, int], bool]

#: Observers whose warnings are forecasts, not threats ("economists warned that the measures could backfire").
OBSERVER_NOUNS = frozenset("""analyst analysts economist economists expert experts observer observers scientist
    scientists researcher researchers scholar scholars academic academics commentator commentators""".split())


def _not_before_non_event(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A refusal of a non-event is not a rejection: "declined to comment" and "refused to
    confirm" are CAMEO 011 ("decline comment"), not a diplomatic refusal."""
    k = j + 1
    if k < len(tokens) and tokens[k].norm == "to" and tokens[j].norm != "to":
        k += 1
    return not (k < len(tokens) and tokens[k].norm in _NOT_EVENTS)


def _not_passive(tokens: Sequence[Token], i: int, j: int) -> bool:
    """After a form of "be" the verb is passive: "would be met with a decisive response"
    means received with, not a meeting."""
    return not (i > 0 and tokens[i - 1].norm in BE_FORMS)


def _not_observer(tokens: Sequence[Token], i: int, j: int) -> bool:
    """A warning is a threat when a party makes it; when an observer does ("economists
    warned that ...", "..., experts warn") it is a forecast."""
    return not any(t.norm in OBSERVER_NOUNS for t in tokens[max(0, i - 3) : i])


def _not_over_topic(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Sides that "clashed over" or "clashed bitterly about" something disagreed in words: the
    fighting reading needs no topic ("troops clashed with protesters", "clashes near the border")."""
    k = j + 1
    if k < len(tokens) and tokens[k].norm.endswith("ly") and tokens[k].text.islower():
        k += 1
    return not (k < len(tokens) and tokens[k].norm in ("over", "about"))


#: Condition name (as written in ``escalation.tsv``) -> rule.
CONDITIONS: dict[str, Condition] = {
    "not-before-non-event": _not_before_non_event,
    "not-passive": _not_passive,
    "not-observer": _not_observer,
    "not-over-topic": _not_over_topic,
}
