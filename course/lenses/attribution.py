"""Attribution lens (stub: replaced by the real analyzer)."""
from __future__ import annotations
from ..document import Document
from ..model import Annotation, Attribution, Span

def annotate(doc: Document) -> tuple[list[Attribution], list[Annotation], list[Span]]:
    return [], [], []
