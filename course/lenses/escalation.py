"""Escalation and de-escalation lens (stub: replaced by the real analyzer)."""
from __future__ import annotations
from ..document import Document
from ..model import Annotation

def annotate(doc: Document, stance: list[Annotation]) -> list[Annotation]:
    return []
