"""Hedging and boosting lens (stub: replaced by the real analyzer)."""
from __future__ import annotations
from ..document import Document
from ..model import Annotation

def annotate(doc: Document) -> list[Annotation]:
    return []
