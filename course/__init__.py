"""Reading Diplomatic News: a teaching kit for three lenses on news language.

The public entry points, all importable from ``course``:

- :func:`analyze` turns a text into an :class:`Analysis` (hedges, boosters,
  attributions, escalation and de-escalation, each with an explanation).
- :func:`highlight` shows an analysis as highlighted HTML in Jupyter.
- :func:`load_article` and :func:`list_articles` read the texts in ``datasets/``.
- :func:`evaluate` scores an analysis against a gold annotation.

Importing ``course`` is cheap and has no side effects: the heavy parts (NLTK,
matplotlib, ipywidgets) load only when first used. No public name is also the name
of a submodule (``highlight`` lives in ``course.highlighting``), so importing a
submodule never hides an exported function.

Example:
    >>> import course
    >>> a = course.analyze("Russia will, of course, react.")
    >>> [(x.text, x.category) for x in a.annotations if x.category == "booster"]
    [('of course', 'booster')]
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# name -> module that defines it; loaded on first attribute access (PEP 562).
_EXPORTS: dict[str, str] = {
    "analyze": "course.analysis",
    "InputError": "course.errors",
    "Analysis": "course.model",
    "Annotation": "course.model",
    "Attribution": "course.model",
    "Span": "course.model",
    "highlight": "course.highlighting",
    "load_article": "course.datasets",
    "list_articles": "course.datasets",
    "load_gold": "course.datasets",
    "load_lexicon": "course.datasets",
    "datasets_dir": "course.datasets",
    "guide": "course.datasets",
    "evaluate": "course.evaluation",
    # exercises, feedback and progress
    "Feedback": "course.feedback",
    "check": "course.exercises",
    "hint": "course.exercises",
    "solution": "course.exercises",
    "reference_answer": "course.exercises",
    "list_exercises": "course.exercises",
    "start": "course.context",
    "progress": "course.tracking",
    "my_answer": "course.tracking",
    # widgets (ipywidgets is imported only when one of these is called)
    "exercise": "course.widgets",
    "explore": "course.widgets",
    "compare": "course.widgets",
    "your_text": "course.widgets",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:  # pragma: no cover
    from .analysis import analyze
    from .datasets import datasets_dir, list_articles, load_article, load_gold, load_lexicon
    from .errors import InputError
    from .evaluation import evaluate
    from .highlighting import highlight
    from .model import Analysis, Annotation, Attribution, Span


#: Submodules reachable as attributes after a plain ``import course``
#: (``course.plots.lens_counts(...)``); each is imported on first use.
_SUBMODULES = frozenset({"plots", "widgets", "exercises", "labels", "datasets", "evaluation", "classroom",
                         "voices", "tables"})


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f"course.{name}")
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'course' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
