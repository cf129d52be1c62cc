"""The escalation lexicon (``datasets/lexicons/escalation.tsv``): PLOVER-style label,
CAMEO code and Goldstein weight for each phrase, loaded once. A row's ``condition`` names
a rule of :mod:`course.lenses.escalation.conditions`; an unknown name is a
:class:`course.errors.DatasetError` that gives the line."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .conditions import CONDITIONS, Condition


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
    condition: Optional[Condition] = None  # the row fires only where this holds


@lru_cache(maxsize=1)
def _lexicon():
    from ...datasets import load_lexicon
    from ...errors import DatasetError
    from ...matching import PhraseMatcher

    entries = []
    for e in load_lexicon("escalation"):
        name = e.get("condition")
        if name and name not in CONDITIONS:
            raise DatasetError(
                f"escalation.tsv line {e.line}: unknown condition {name!r}; "
                f"known conditions: {', '.join(sorted(CONDITIONS))}."
            )
        entries.append(
            _Entry(
                e.phrase, e.get("category"), e.label, float(e.get("intensity", "0")), e.get("cameo"),
                e.get("kahn_rung"), e.get("context"), e.get("role"), e.explanation, e.source,
                CONDITIONS[name] if name else None,
            )
        )
    return PhraseMatcher((e.phrase, e) for e in entries)
