"""Small parts shared by the exercise widgets, and the base class they build on.

Every exercise widget is an :class:`ExerciseWidget` (an ``ipywidgets.VBox``):

    title and prompt
    <the exercise body: tokens, options, items ...>       (built by the subclass)
    [Check] [Reset] [Hint] [Show solution]                 (all keyboard-focusable buttons)
    "Show the solution?" [Yes, show it] [Cancel]           (only after "Show solution")
    feedback box  (Feedback._repr_html_, or a plain message)
    hints given so far
    the solution, once asked for and confirmed
    Attempts: 2 · best score: 50% · not passed yet         (the progress line)

The widgets hold no grading logic: Check calls :func:`course.exercises.panel_check`,
Hint calls :func:`course.exercises.hint`, the solution comes from
:func:`course.exercises.solution`. The last :class:`~course.feedback.Feedback` is
kept as ``widget.last_feedback`` (tests and instructors read it).

This module also holds the two simplest widgets, :class:`NumericWidget` and
:class:`ReflectionWidget`.
"""

from __future__ import annotations

import html
from typing import Any, Callable

import ipywidgets as W

from ..markup import inline_html, markdown_html

#: Symbols used next to items after a check (so colour is never the only cue).
MARK_RIGHT = "✓"
MARK_WRONG = "✗"


# ------------------------------------------------------------------ small functions


def fetch(obj: Any, name: str, default: Any = None) -> Any:
    """``obj.name`` or ``obj[name]`` (bank entries may be dataclasses or dicts).

    >>> fetch({"text": "may"}, "text"), fetch(object(), "text", "-")
    ('may', '-')
    """
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def passage_html(text: str | None, article: str = "") -> str:
    """The passage an exercise asks about, as a quotation block (escaped; one block per
    paragraph of the document model, so a date line or a sub-heading stands on its own).
    A whole article (``article`` names it) is folded away under a summary line, as the
    notebook has shown it already.

    >>> print(passage_html("The mayor said <so>.\\n\\nIt rained."))  # doctest: +ELLIPSIS
    <blockquote ...><p ...>The mayor said &lt;so&gt;.</p><p ...>It rained.</p></blockquote>
    >>> print(passage_html("Moscow may react.", article="lavrov-asymmetric-steps-2021"))  # doctest: +ELLIPSIS
    <details><summary ...>The text: lavrov-asymmetric-steps-2021 (open to read it again)</summary><blockquote ...
    """
    from ..document import build_document

    paras = [(p.kind, p.text.strip()) for p in build_document(str(text or "")).paragraphs if p.text.strip()]
    if not paras:
        return ""
    style = {"header": "opacity:.7;font-size:.9em", "heading": "font-weight:600"}  # a date line, a sub-heading
    body = "".join(f"<p style='margin:.3em 0;{style.get(kind, '')}'>{html.escape(p)}</p>" for kind, p in paras)
    quote = (
        "<blockquote aria-label='Passage' style='margin:.4em 0;padding:.2em .8em;"
        "border-left:4px solid rgba(127,127,127,.55);background:rgba(127,127,127,.08)'>" + body + "</blockquote>"
    )
    if article:
        return (f"<details><summary style='cursor:pointer'>The text: {html.escape(article)} (open to read it again)"
                f"</summary>{quote}</details>")
    return quote


def feedback_html(feedback: Any) -> str:
    """The HTML of a Feedback (its ``_repr_html_``), or an escaped string for anything else."""
    if feedback is None:
        return ""
    rep = getattr(feedback, "_repr_html_", None)
    if callable(rep):
        return str(rep())
    return f"<div>{html.escape(str(feedback))}</div>"


def message_html(text: str, kind: str = "info") -> str:
    """A small box with a plain message (escaped); ``kind`` is info, warning, error
    or empty (a neutral grey box: nothing to check yet, which is not a failure).

    Only symbols found in common fonts are used (no emoji).

    >>> "○" in message_html("Nothing to check yet.", "empty")
    True
    """
    border = {"info": "#0072B2", "warning": "#B87800", "error": "#c62828", "empty": "#9e9e9e"}.get(kind, "#0072B2")
    symbol = {"info": "", "warning": "<b>Note:</b> ", "error": "✗ ", "empty": "○ "}.get(kind, "")
    background = "background:rgba(127,127,127,.12);" if kind == "empty" else ""
    return (
        f'<div role="status" class="course-message course-message-{html.escape(kind)}" '
        f'style="border-left:4px solid {border};{background}padding:6px 10px;margin:4px 0">'
        f"{symbol}{html.escape(text)}</div>"
    )


#: Style rules shared by the widgets (added once per widget, scoped under the kit's
#: widget classes): long option labels wrap instead of being cut with "…".
WIDGET_CSS = """<style>
.course-exercise .widget-checkbox, .course-exercise .jupyter-widget-checkbox {height:auto;width:auto;max-width:100%}
.course-exercise .widget-checkbox > label.widget-label-basic,
.course-exercise .jupyter-widget-checkbox > label.jupyter-widget-label-basic {white-space:normal;overflow:visible;
  text-overflow:clip;height:auto;line-height:1.4;display:flex;align-items:flex-start;padding:3px 0}
.course-exercise .widget-checkbox input[type='checkbox'] {flex-grow:0;align-self:flex-start;margin-top:2px}
.course-exercise .widget-radio, .course-exercise .jupyter-widget-radio {width:auto;max-width:100%}
.course-exercise .widget-radio-box, .course-exercise .jupyter-widget-radio-box {margin-bottom:0 !important}
.course-exercise .widget-radio-box label, .course-exercise .jupyter-widget-radio-box label {height:auto;
  line-height:1.4;white-space:normal;overflow:visible;display:flex;flex-direction:row-reverse;
  justify-content:flex-end;align-items:flex-start;padding:3px 0}
.course-exercise .widget-radio-box input, .course-exercise .jupyter-widget-radio-box input {float:none;
  flex:0 0 auto;height:auto;margin-top:3px}
.course-exercise .widget-label, .course-exercise .jupyter-widget-label {white-space:normal;overflow:visible;height:auto}
.course-exercise .widget-dropdown > select, .course-exercise .jupyter-widget-dropdown > select {padding-right:28px}  /* room for the arrow: a long label is not cut */
</style>"""


def solution_html(result: Any) -> str:
    """Show what :func:`course.exercises.solution` returned, whatever its shape."""
    if result is None:
        return ""
    rep = getattr(result, "_repr_html_", None)
    if callable(rep):
        return str(rep())
    if isinstance(result, dict):
        rows = []
        for key, value in result.items():
            if isinstance(value, (list, tuple)):
                value = ", ".join(str(v) for v in value)
            rows.append(f"<div><strong>{html.escape(str(key)).capitalize()}:</strong> {html.escape(str(value))}</div>")
        return "<div class='course-solution'>" + "".join(rows) + "</div>"
    return "<div class='course-solution'>" + markdown_html(str(result)) + "</div>"


def _earlier(exercise_id: str, checkpoint: bool = False) -> dict[str, Any] | None:
    """The progress log's record of the exercise (None when never checked, or unreadable).

    For a checkpoint, ``"saved_here": True`` is added when the answers file that grading
    reads (in this notebook's folder) holds an answer, and ``"elsewhere": True`` when it
    holds none: the attempts were made in another copy of the notebook.
    """
    try:
        from ..tracking import earlier

        record = earlier(exercise_id)
    except Exception:
        return None
    if record and checkpoint:
        try:
            from ..classroom.scoring import answered

            record = {**record, ("saved_here" if answered(exercise_id, answer=None) else "elsewhere"): True}
        except Exception:
            pass
    return record


def _engine() -> Any:
    from .. import exercises

    return exercises


def friendly_error(exc: BaseException) -> str:
    """One line for the student instead of a traceback."""
    from ..errors import InputError

    text = str(exc).strip() or exc.__class__.__name__
    if isinstance(exc, (InputError, ValueError, TypeError, KeyError, LookupError)):
        return f"That answer could not be checked: {text}"
    return f"Something went wrong while checking ({exc.__class__.__name__}: {text}). Please tell your teacher."


def button(description: str, on_click: Callable[[Any], None], *, icon: str = "",
           tooltip: str = "", style: str = "") -> W.Button:
    """A labelled button (the description is what screen readers announce)."""
    b = W.Button(description=description, icon=icon, tooltip=tooltip or description,
                 button_style=style, layout=W.Layout(width="auto"))
    b.on_click(lambda _b: on_click(_b))
    return b


# ------------------------------------------------------------------ shared parts


class FeedbackBox(W.HTML):
    """Shows the last Feedback (or a plain message)."""

    def show(self, feedback: Any) -> None:
        self.value = feedback_html(feedback)

    def say(self, text: str, kind: str = "info") -> None:
        self.value = message_html(text, kind)

    def clear(self) -> None:
        self.value = ""

    #: The note that replaces the last feedback once the answer has changed.
    STALE = "Your answer has changed since the last check: press Check to check it again."

    def stale(self) -> None:
        """The answer changed after a check: the old verdict no longer describes it."""
        if self.value and self.STALE not in self.value:
            self.value = message_html(self.STALE, "info")


class HintPanel(W.VBox):
    """A "Hint" button and the hints given so far (each press asks the engine for the next)."""

    def __init__(self, exercise_id: str) -> None:
        self.exercise_id = exercise_id
        self.hints: list[str] = []
        self.levels: list[int | None] = []  # each hint's number among the exercise's hints
        self.button = button("Hint", self._next, icon="lightbulb-o", tooltip="Show the next hint")
        self.area = W.HTML()
        super().__init__([self.area])

    def _next(self, _b: Any = None) -> None:
        level = None
        try:
            given = _engine().hint(self.exercise_id)
            text, level = str(given), getattr(given, "level", None)
        except Exception as exc:  # never a traceback for the student
            text = friendly_error(exc)
        if not self.hints or self.hints[-1] != text:
            self.hints.append(text)
            self.levels.append(level)
        # numbered as the exercise numbers its hints: one read with course.hint() first is not "1." again
        items = "".join(f"<li{f' value={n}' if n else ''}>{inline_html(h)}</li>"
                        for h, n in zip(self.hints, self.levels))
        self.area.value = f'<div role="note" aria-label="Hints"><strong>Hints</strong><ol>{items}</ol></div>'


class SolutionPanel(W.VBox):
    """"Show solution" with a confirmation step; calls ``solution(id, confirm=True)``.

    The question suggests a hint only while no hint has been given.

    ``on_shown`` (if given) is called with the engine's result so the widget can
    also mark the right items.
    """

    ASK = "Show the solution? Try a hint first if you have not; you can still check your own answer afterwards."
    ASK_AFTER_HINTS = "Show the solution? You can still check your own answer afterwards."

    def __init__(self, exercise_id: str, on_shown: Callable[[Any], None] | None = None) -> None:
        self.exercise_id = exercise_id
        self.on_shown = on_shown
        self.shown = False
        self.result: Any = None
        self.button = button("Show solution", self._ask, icon="eye",
                             tooltip="Show the answer (asks for confirmation first)")
        self.question = W.Label(self.ASK)
        self.yes = button("Yes, show it", self._confirm, icon="check", style="warning")
        self.no = button("Cancel", self._cancel, icon="times")
        self.confirm_row = W.HBox([self.question, self.yes, self.no],
                                  layout=W.Layout(display="none", flex_flow="row wrap", align_items="center"))
        self.area = W.HTML()
        super().__init__([self.confirm_row, self.area])

    @property
    def asking(self) -> bool:
        return self.confirm_row.layout.display != "none"

    def _ask(self, _b: Any = None) -> None:
        try:
            checkpoint = bool(fetch(_engine().get(self.exercise_id), "checkpoint", False))
        except Exception:
            checkpoint = False
        if checkpoint:  # nothing to confirm: its answer comes from the instructor
            self._confirm()
            return
        try:
            hinted = _engine().hints_given(self.exercise_id) > 0
        except Exception:
            hinted = False
        self.question.value = (self.ASK_AFTER_HINTS if hinted else self.ASK)
        self.confirm_row.layout.display = "flex"

    def _cancel(self, _b: Any = None) -> None:
        self.confirm_row.layout.display = "none"

    def _confirm(self, _b: Any = None) -> None:
        self.confirm_row.layout.display = "none"
        try:
            self.result = _engine().solution(self.exercise_id, confirm=True)
        except Exception as exc:
            self.area.value = message_html(friendly_error(exc), "error")
            return
        if not fetch(self.result, "available", True):  # locked: say why, mark nothing
            self.area.value = solution_html(self.result)
            return
        self.shown = True
        # a Solution draws its own heading; anything else gets one here
        heading = "" if callable(getattr(self.result, "_repr_html_", None)) else "<strong>Solution</strong>"
        self.area.value = (
            '<div role="region" aria-label="Solution" style="border:1px dashed rgba(127,127,127,.6);'
            'padding:6px 10px;margin:4px 0">' + heading + solution_html(self.result) + "</div>"
        )
        if self.on_shown:
            self.on_shown(self.result)


class ProgressLine(W.Label):
    """"Attempts: 2 · best score: 50% · not passed yet"."""

    def __init__(self, earlier: dict[str, Any] | None = None) -> None:
        self.attempts = 0
        self.best: float | None = None
        self.passed = False
        value = "Not checked yet."
        if earlier:  # checked in an earlier session (the progress log on this computer)
            best = f"{round(100 * float(earlier.get('best') or 0.0))}%"
            state = f"passed {MARK_RIGHT}" if earlier.get("passed") else "not passed yet"
            n = int(earlier.get("attempts", 0))
            value = f"Not checked in this session. Before: {n} attempt{'' if n == 1 else 's'} · best score: {best} · {state}"
            if earlier.get("saved_here"):  # a checkpoint: the panel starts empty, the saved answer still counts
                value += " · your best answer is saved for grading"
            if earlier.get("elsewhere"):  # a checkpoint answered in another copy of the notebook
                value += " · not saved with this copy of the notebook: press Check to save an answer here for grading"
        super().__init__(value=value)

    def update(self, feedback: Any) -> None:
        n = fetch(feedback, "attempts", None)
        self.attempts = int(n) if n is not None else self.attempts + 1
        score = fetch(feedback, "score", None)
        if score is not None:
            self.best = float(score) if self.best is None else max(self.best, float(score))
        self.passed = self.passed or bool(fetch(feedback, "passed", False))
        best = "–" if self.best is None else f"{round(100 * self.best)}%"
        state = f"passed {MARK_RIGHT}" if self.passed else "not passed yet"
        self.value = f"Attempts: {self.attempts} · best score: {best} · {state}"


# ------------------------------------------------------------------ base class


class ExerciseWidget(W.VBox):
    """Base class: title, prompt, body, Check/Reset/Hint/Solution, feedback, progress.

    Subclasses implement :meth:`build_body` (returns a widget), :meth:`answer`
    (the value passed to ``check``), and may override :meth:`show_details`
    (style items after a check), :meth:`reset` and :meth:`show_solution`.
    """

    #: Words on the Check button.
    check_label = "Check"
    #: The body shows the passage itself (marked words, numbered items, the original
    #: sentence); otherwise the base class shows it under the prompt.
    shows_passage = False
    #: Show a Reset button.
    has_reset = True

    def __init__(self, exercise_id: str) -> None:
        eng = _engine()
        self.exercise_id = exercise_id
        self.exercise = eng.get(exercise_id)
        self.last_feedback: Any = None
        self.solution_shown = False
        title = fetch(self.exercise, "title", "") or exercise_id
        self.header = W.HTML(
            WIDGET_CSS + f"<div role='heading' aria-level='3' style='font-weight:700;font-size:1.1em;margin:.3em 0'>"
            f"{html.escape(str(title))} <span style='opacity:.6;font-weight:400;font-size:.85em'>"
            f"({html.escape(exercise_id)})</span></div>"
        )
        self.prompt = W.HTML(markdown_html(fetch(self.exercise, "prompt", "")))
        passage = "" if self.shows_passage else fetch(self.exercise, "passage", "")
        source = fetch(self.exercise, "source", {}) or {}
        whole = str(source.get("article", "")) if set(source) == {"article"} else ""
        self.passage_view = W.HTML(passage_html(passage, article=whole),
                                   layout=W.Layout(display="" if passage else "none"))
        self.body = self.build_body()
        self.feedback_box = FeedbackBox()
        self.hints = HintPanel(exercise_id)
        self.solution = SolutionPanel(exercise_id, on_shown=self._solution_shown)
        self.check_button = button(self.check_label, self._check_clicked, icon="check",
                                   style="primary", tooltip="Check your answer")
        self.reset_button = button("Reset", lambda _b: self.reset(), icon="undo",
                                   tooltip="Clear your answer and the marks")
        self.progress = ProgressLine(_earlier(exercise_id, bool(fetch(self.exercise, "checkpoint", False))))
        row = [self.check_button]
        if self.has_reset:
            row.append(self.reset_button)
        row += [self.hints.button, self.solution.button]
        self.buttons = W.HBox(row, layout=W.Layout(flex_flow="row wrap", margin="6px 0"))
        super().__init__([
            self.header, self.prompt, self.passage_view, self.body, self.buttons, self.solution.confirm_row,
            self.feedback_box, self.hints, self.solution.area, self.progress,
        ])
        self.add_class("course-exercise")
        self.add_class(f"course-{fetch(self.exercise, 'type', 'exercise')}")
        self._restore_saved()

    def _restore_saved(self) -> None:
        """Put the last answer saved on this computer back into the panel (a kernel restart and
        "Run All" must not look like lost work); a saved answer this panel cannot show is left out."""
        try:
            from ..tracking import my_answer

            saved = my_answer(self.exercise_id)
            if saved is None or not self.restore(saved):
                return
        except Exception:
            return
        self.progress.value += " · your last answer is back in the panel"

    # -------------------------------------------------------------- to override

    def restore(self, answer: Any) -> bool:
        """Show a saved answer in the panel; True when it could (the default shows nothing)."""
        return False

    def build_body(self) -> W.Widget:  # pragma: no cover - abstract
        raise NotImplementedError

    def answer(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def is_empty(self) -> bool:
        """True when there is nothing to check yet (Check then says so instead of scoring 0)."""
        return False

    def answer_changed(self, _change: Any = None) -> None:
        """Call when the student changes the answer: the last verdict is marked out of date."""
        box = getattr(self, "feedback_box", None)  # not there yet while the body is built
        if box is not None:
            box.stale()

    def show_details(self, feedback: Any) -> None:
        """Style the body from ``feedback.details`` (the default does nothing)."""

    def clear_details(self) -> None:
        """Remove the styling of the last check."""

    def reset(self) -> None:
        """Clear the answer and the marks of the last check."""
        self.clear_details()
        self.feedback_box.clear()

    def show_solution(self, result: Any) -> None:
        """Mark the right items once the solution has been shown (default: nothing more)."""

    # -------------------------------------------------------------- wiring

    def check(self) -> Any:
        """Check the current answer (what the Check button does); returns the Feedback or None."""
        if self.is_empty():
            self.feedback_box.say("Nothing to check yet: give an answer first (this is not recorded).", "empty")
            return None
        try:
            fb = _engine().panel_check(self.exercise_id, self.answer())
        except Exception as exc:
            self.feedback_box.say(friendly_error(exc), "error")
            return None
        self.last_feedback = fb
        self.feedback_box.show(fb)
        if not getattr(fb, "empty", False):  # an empty answer is not an attempt
            self.progress.update(fb)
        self.clear_details()
        self.show_details(fb)
        return fb

    def _check_clicked(self, _b: Any = None) -> None:
        self.check()

    def _solution_shown(self, result: Any) -> None:
        self.solution_shown = True
        self.show_solution(result)


# ------------------------------------------------------------------ numeric and reflection


class NumericWidget(ExerciseWidget):
    """A number box for ``numeric`` exercises."""

    def build_body(self) -> W.Widget:
        self.entry = W.Text(value="", description="Your answer", placeholder="a number",
                            style={"description_width": "initial"})
        return self.entry

    def is_empty(self) -> bool:
        return not self.entry.value.strip()

    def restore(self, answer: Any) -> bool:
        if isinstance(answer, bool) or not isinstance(answer, (int, float)):
            return False
        self.entry.value = f"{answer:g}" if isinstance(answer, float) else str(answer)
        return True

    def answer(self) -> Any:
        raw = self.entry.value.strip().replace(",", ".")
        try:
            number = float(raw)
        except ValueError:
            return raw  # the engine explains what it expected
        return int(number) if number.is_integer() else number

    def reset(self) -> None:
        self.entry.value = ""
        super().reset()


def saved_indices(answer: Any, n: int) -> list[int] | None:
    """A saved answer as option, token or statement numbers below ``n``, which a panel can show
    as they are; None when it is anything else (phrases typed in code are looked up in the
    passage by the engine: :func:`course.exercises.answer_tokens`)."""
    if isinstance(answer, int) and not isinstance(answer, bool):
        answer = [answer]
    if not isinstance(answer, list) or not answer:
        return None
    ok = all(isinstance(i, int) and not isinstance(i, bool) and 0 <= i < n for i in answer)
    return list(answer) if ok else None


class ReflectionWidget(ExerciseWidget):
    """A text area for ``reflection`` exercises (saved, never graded)."""

    check_label = "Save"

    def build_body(self) -> W.Widget:
        self.entry = W.Textarea(value="", description="Your answer", placeholder="Write a few sentences…",
                                style={"description_width": "initial"},
                                layout=W.Layout(width="100%", height="8em", margin="2px 0"))  # no side margins to overflow by
        self.words = W.Label("0 words")
        self.entry.observe(lambda c: setattr(self.words, "value", f"{len(c['new'].split())} words"), names="value")
        return W.VBox([self.entry, self.words])

    def restore(self, answer: Any) -> bool:
        if not isinstance(answer, str) or not answer.strip():
            return False
        self.entry.value = answer
        return True

    def is_empty(self) -> bool:
        return not self.entry.value.strip()

    def answer(self) -> str:
        return self.entry.value

    def reset(self) -> None:
        self.entry.value = ""
        super().reset()
