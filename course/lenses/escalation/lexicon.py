"""The escalation lexicon (``datasets/lexicons/escalation.tsv``): PLOVER-style label,
CAMEO code and Goldstein weight for each phrase, loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class _Entry:
    phrase: str
    category: str
    label: str
    intensity: float
    cameo: str
    kahn: str
    context: str
    role: str
    explanation: str
    source: str


@lru_cache(maxsize=1)
def _lexicon():
    from ...datasets import load_lexicon
    from ...matching import PhraseMatcher

    entries = []
    for e in load_lexicon("escalation"):
        entries.append(
            _Entry(
                e.phrase, e.get("category"), e.label, float(e.get("intensity", "0")), e.get("cameo"),
                e.get("kahn_rung"), e.get("context"), e.get("role"), e.explanation, e.source,
            )
        )
    return PhraseMatcher((e.phrase, e) for e in entries)
