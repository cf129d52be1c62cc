"""Goldstein (1992) weights on CAMEO codes, the factors that condition, hedge and negation
apply to them, and the plain-English description of a weight."""

from __future__ import annotations

from functools import lru_cache

from ...datasets import load_cameo_weights


#: Weight multiplier for a phrase inside the scope of a condition (if, unless, if necessary).
CONDITIONAL_FACTOR = 0.5
#: Weight multiplier for a phrase qualified by an epistemic hedge (may, could, reportedly).
HEDGE_FACTOR = 0.75
#: Negated escalation: the weight's sign is flipped and multiplied by this factor.
NEGATION_FACTOR = 0.5
#: Negated de-escalation is a rejection: CAMEO 120, or 125 for refused talks.
REJECT_CODE = "120"
REJECT_MEETING_CODE = "125"

#: How many tokens after a head (demand, reject, agree ...) its complement may reach.
HEAD_WINDOW = 15

_CAMEO_REF = "Gerner et al. 2002; Schrodt 2012 (CAMEO); Goldstein 1992"


@lru_cache(maxsize=512)
def _with_cameo_reference(reference: str) -> str:
    """A mark's reference with the CAMEO codebooks and Goldstein's scale, each named once.

    >>> _with_cameo_reference("CAMEO 130 / Goldstein 1992; PLOVER THREATEN")
    'CAMEO 130 / Goldstein 1992; PLOVER THREATEN; Gerner et al. 2002; Schrodt 2012 (CAMEO)'
    """
    parts = [p.strip() for p in reference.split(";") if p.strip()]
    for extra in (p.strip() for p in _CAMEO_REF.split(";")):
        if not any(extra in p for p in parts):
            parts.append(extra)
    return "; ".join(parts)

def goldstein(code: str) -> float:
    """The Goldstein weight of a CAMEO code, from ``datasets/lexicons/cameo_weights.tsv``.

    >>> goldstein("139"), goldstein("0356")
    (-7.0, 7.0)

    Raises:
        KeyError: for a code the table does not list, saying where to add it.
    """
    weights = load_cameo_weights()
    if code not in weights:
        raise KeyError(f"CAMEO code {code!r} has no row in datasets/lexicons/cameo_weights.tsv: add its Goldstein weight there.")
    return weights[code]


_NOUNS = {
    "THREATEN": "threat", "MOBILIZE": "show of force", "ACCUSE": "accusation", "REJECT": "rejection",
    "SANCTION": "sanction", "PROTEST": "protest", "COERCE": "coercive step", "ASSAULT": "use of force",
    "DEMAND": "demand", "DETERIORATE": "pessimistic comment", "AGREE": "agreement", "CONSULT": "consultation",
    "SUPPORT": "sign of support", "CONCEDE": "concession", "COOPERATE": "cooperation", "AID": "offer of aid",
    "RETREAT": "step back", "REQUEST": "appeal", "RESTRAINT": "pledge of restraint",
}


def carries_weight(annotation) -> bool:
    """Does an escalation or de-escalation phrase add its weight to a text's sums, averages and
    curves? Not when it is marked ``negated`` and keeps its reading: the text says the event did
    not happen ("denied that flares were fired", "did not threaten"), so it stays highlighted but
    adds nothing. A refusal read as a rejection ("will not accept", ``REJECT``) is an act of its
    own and keeps its weight, and so does a declared refusal to act, read as restraint ("will not
    retaliate", ``RESTRAINT``): a cooperative signal (ANNOTATION.md §8.4).

    >>> from course.model import Annotation
    >>> denied = Annotation(0, 17, "flares were fired", "escalation", "MOBILIZE", "", intensity=-7.2, modifiers=["negated"])
    >>> refused = Annotation(0, 6, "accept", "escalation", "REJECT", "", intensity=-4.0, modifiers=["negated"])
    >>> restrained = Annotation(0, 9, "retaliate", "deescalation", "RESTRAINT", "", intensity=2.2, modifiers=["negated"])
    >>> [carries_weight(a) for a in (denied, refused, restrained, Annotation(0, 5, "fired", "escalation", "MOBILIZE", "", intensity=-7.2))]
    [False, True, True, True]
    """
    if getattr(annotation, "category", None) not in ("escalation", "deescalation") or annotation.intensity is None:
        return False
    return "negated" not in (annotation.modifiers or []) or annotation.label in ("REJECT", "RESTRAINT")


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
    if a >= 7:
        return f"near the {side} end of the scale"
    if a >= 5:
        return f"clearly {side}"
    if a >= 3:
        return f"moderately {side}"
    if a >= 1:
        return f"mildly {side}"
    if a > 0:
        return f"barely {side}, close to neutral"
    return "neutral"
