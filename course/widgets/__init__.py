"""Interactive widgets (ipywidgets 8) for the notebooks.

The four public functions, also available as ``course.exercise`` and so on:

- :func:`exercise` shows one exercise of the bank, with Check, Hint and Solution buttons.
- :func:`explore` shows an article through the lenses you switch on.
- :func:`compare` puts two texts side by side.
- :func:`your_text` analyses a text you paste.

ipywidgets is imported here, never by ``import course``; each widget module is
imported only when its function is first called.

Every function returns an ``ipywidgets`` box, so the last line of a cell shows it:

    >>> import course
    >>> w = course.explore("Moscow may react.")   # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["exercise", "explore", "compare", "your_text", "WIDGET_CLASSES"]

#: Exercise type -> "module:Class" of the widget that shows it.
WIDGET_CLASSES: dict[str, str] = {
    "span-select": "course.widgets.select:SpanSelectWidget",
    "multiple-choice": "course.widgets.choice:ChoiceWidget",
    "multiple-select": "course.widgets.choice:ChoiceWidget",
    "classify": "course.widgets.classify:ClassifyWidget",
    "numeric": "course.widgets.common:NumericWidget",
    "reflection": "course.widgets.common:ReflectionWidget",
    "rank": "course.widgets.rank:RankWidget",
    "rewrite": "course.widgets.rewrite:RewriteWidget",
}


class _Unavailable:
    """Shown instead of a widget whose module is missing: a short message, no traceback."""

    def __init__(self, message: str) -> None:
        self.message = message

    def _repr_html_(self) -> str:
        import html

        return f"<div role='alert' style='padding:.4em .6em;border:1px solid #B87800'>{html.escape(self.message)}</div>"

    def __repr__(self) -> str:
        return self.message


def _load(spec: str, what: str) -> Any:
    """Import ``module:attr`` (``attr`` may list alternatives: ``a|b``); a missing
    module or attribute gives a friendly :class:`_Unavailable`."""
    module, _, attrs = spec.partition(":")
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("course"):
            return _Unavailable(f"The {what} widget is not available in this version of the kit ({module} is missing).")
        raise
    finally:
        _restore_names()
    obj = next((getattr(mod, a) for a in attrs.split("|") if callable(getattr(mod, a, None))), None)
    if obj is None:
        return _Unavailable(f"The {what} widget is not available in this version of the kit ({spec} is missing).")
    return obj


def exercise(exercise_id: str) -> Any:
    """Show one exercise of the bank as a widget.

    Args:
        exercise_id: the exercise id, e.g. ``"hedging-01"`` (see ``course.list_exercises()``).

    Returns:
        The widget (an ``ipywidgets.VBox``); its ``last_feedback`` holds the last
        :class:`~course.feedback.Feedback` after Check.

    Raises:
        CourseError: for an unknown id, listing close matches.
    """
    from .. import exercises as ex

    item = ex.get(exercise_id)
    kind = getattr(item, "type", None) or (item.get("type") if isinstance(item, dict) else None)
    spec = WIDGET_CLASSES.get(kind)
    if spec is None:
        return _Unavailable(f"Exercise {exercise_id!r} has type {kind!r}, which has no widget yet.")
    cls = _load(spec, f"{kind} exercise")
    if isinstance(cls, _Unavailable):
        return cls
    return cls(exercise_id)


def explore(text_or_article: Any = None, lenses: Any = None) -> Any:
    """Explore an article through the lenses (toggle lenses, filter by voice and paragraph).

    Args:
        text_or_article: None for the seed article, an article name (see
            ``course.list_articles()``), an article from ``course.load_article``,
            an analysis, or any text.
        lenses: lenses switched on at the start (None: all).

    Returns:
        An :class:`~course.widgets.explorer.Explorer` widget.
    """
    from .explorer import Explorer

    return Explorer(text_or_article, lenses=lenses)


def compare(a: Any, b: Any, labels: Any = None, lenses: Any = None, **kwargs: Any) -> Any:
    """Compare two texts (or articles) side by side through the lenses.

    Args:
        a, b: texts, article names (see ``course.list_articles()``), articles or analyses.
        labels: titles for the two texts, e.g. ``["Courier", "Kitwire"]``.
        lenses: lenses switched on at the start (None: all), e.g.
            ``["escalation", "deescalation"]``; the others can be switched on in the widget.

    Returns:
        A :class:`~course.widgets.comparison.CompareWidget`.
    """
    fn = _load("course.widgets.comparison:compare|compare_widget|CompareWidget|Compare", "compare")
    if isinstance(fn, _Unavailable):
        return fn
    return fn(a, b, labels=labels, lenses=lenses, **kwargs)


def your_text(text: str | None = None, **kwargs: Any) -> Any:
    """Paste your own text and see it through the lenses.

    Delegates to :func:`course.widgets.own_text.your_text` (keyword arguments such
    as ``lenses`` are passed on).
    """
    fn = _load("course.widgets.own_text:your_text|OwnTextWidget", "your-text")
    if isinstance(fn, _Unavailable):
        return fn
    return fn(text, **kwargs)


_PUBLIC = {"compare": compare, "exercise": exercise, "explore": explore, "your_text": your_text}


def _restore_names() -> None:
    """Keep the four public functions bound in this package even if a submodule of
    the same name is ever imported (the import system would bind the module here)."""
    globals().update(_PUBLIC)
