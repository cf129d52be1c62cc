"""The exercise engine: banks of exercises, ``check``, ``hint`` and ``solution``.

Exercises live in ``datasets/exercises/<bank>.toml``, one bank per notebook (the
format is described in ``datasets/exercises/README.md``). Every exercise has a
stable id such as ``"hedging-01"``; notebooks and widgets call the functions here
with that id and the student's answer, never by reading the notebook's variables.

- :func:`check` grades an answer and returns a :class:`~course.feedback.Feedback`
  whose message reads as a hint and never gives the answer away.
- :func:`hint` returns the next hint (gentle first, more specific later).
- :func:`solution` shows the reference answer after 3 attempts, or at once with
  ``confirm=True``.

Example:
    >>> ex = get("hedging-01")
    >>> ex.type
    'span-select'
    >>> from course.grading import grade
    >>> grade(ex, ["privately"]).passed
    False
    >>> grade(ex, reference_answer("hedging-01")).passed
    True
"""

from __future__ import annotations

import difflib
import html
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import CourseError, DatasetError
from .feedback import PASS_SCORE, Feedback
from .markup import inline_html, plain

#: The exercise types the engine knows, with the answer each one expects.
TYPES: dict[str, str] = {
    "span-select": "a list of words or phrases from the passage (or token numbers, counted from 0)",
    "multiple-choice": "one option: its letter ('B'), its text, or its number counted from 0 (A is 0)",
    "multiple-select": "a list of options: letters, texts, or numbers counted from 0 (A is 0)",
    "classify": "a dict from each phrase to a label (or a list of labels in item order)",
    "rank": "a list of statement numbers counted from 0 (or texts), in order",
    "rewrite": "your version of the sentence, as a string",
    "numeric": "a number",
    "reflection": "a few sentences of your own, as a string",
}

#: Attempts after which :func:`solution` shows the answer without ``confirm=True``.
SOLUTION_AFTER = 3

#: The notebooks (and so the bank files) of the kit, in order.
NOTEBOOKS = (
    "00-start-here",
    "01-the-article",
    "02-hedging",
    "03-attribution",
    "04-escalation",
    "05-putting-it-together",
    "06-your-turn",
)


@dataclass
class Exercise:
    """One exercise, as read from a bank file.

    Attributes:
        id: stable id, e.g. ``"hedging-01"``.
        type: one of :data:`TYPES`.
        title, prompt: what the student reads (the prompt is Markdown).
        notebook: the notebook the exercise belongs to (the bank's stem, e.g. ``"02-hedging"``).
        lens: ``hedging``, ``attribution`` or ``escalation`` (for progress per lens).
        points: weight for classroom grading (default 1).
        passage: the text the exercise is about ("" when there is none).
        source: where the passage comes from (``article``, ``quote``, ``paragraph``, ``sentence``).
        answer: the reference answer for span-select (phrases), multiple-choice,
            numeric and rewrite (a model rewrite).
        options: multiple-choice / multiple-select options, each a dict with
            ``text``, ``correct`` and ``feedback``.
        items, labels: classify: the phrases to label and the labels to choose from;
            ``answer`` then holds the right label of each item, in item order.
        statements, order, reasons, scale: rank: the statements, the reference order
            (statement numbers, from the first end of ``scale``), a reason per position.
        goal: rewrite: ``{"lens", "must", "keep"}``.
        tolerance: numeric: accepted distance from the answer.
        checkpoint: True for the graded "Checkpoint" exercises at the end of notebooks 02-05.
        wrong: a plausible wrong answer (what a student might really try); the tests use it
            to prove that the exercise tells right from wrong without leaking the answer.
        example: the unfinished answer a notebook's coder cell starts from ("This attempt has
            found one of the two sources; add the other"): :func:`check` gives feedback on it
            but does not record it, so "Run All" never saves an attempt the student did not make.
        min_words: reflection: words needed for full credit.
        unit: what the student marks in a span-select ("hedge", "attribution cue" ...).
        category: span-select: the gold category the reference agrees with (for checks).
        ask: classify and span-select: the question the feedback asks about wrong labels or
            wrongly marked words, when the lens's usual question does not fit (e.g. speaker or
            writer; an anonymous source). Written with "each one", which becomes "it" for one.
        hints: 2-3 hints, gentle to specific.
        explanation: shown after success or with the solution.
        bank: the bank file's stem.
    """

    id: str
    type: str
    title: str
    notebook: str
    lens: str
    prompt: str
    points: float = 1.0
    passage: str = ""
    source: dict[str, Any] = field(default_factory=dict)
    answer: Any = None
    options: list[dict[str, Any]] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    statements: list[str] = field(default_factory=list)
    order: list[int] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    scale: str = ""
    goal: dict[str, Any] = field(default_factory=dict)
    tolerance: float = 0.0
    min_words: int = 20
    pass_tau: float = 0.8
    checkpoint: bool = False
    wrong: Any = None
    example: Any = None
    unit: str = ""
    category: str = ""
    ask: str = ""
    hints: list[str] = field(default_factory=list)
    explanation: str = ""
    bank: str = ""
    raw: dict[str, Any] = field(default_factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The summary used by :func:`list_exercises`."""
        return {
            "id": self.id,
            "type": self.type,
            "title": self.title,
            "notebook": self.notebook,
            "lens": self.lens,
            "points": self.points,
            "checkpoint": self.checkpoint,
        }

    def _repr_html_(self) -> str:
        body = f"<b>{html.escape(self.id)}: {html.escape(self.title)}</b><p>{html.escape(self.prompt)}</p>"
        if self.passage:
            body += f"<blockquote>{html.escape(self.passage)}</blockquote>"
        return f'<div class="course-exercise">{body}</div>'


# --------------------------------------------------------------------- banks


def banks_dir() -> Path:
    """The folder holding the bank files: ``datasets/exercises``."""
    from .datasets import datasets_dir

    return datasets_dir() / "exercises"


def _resolve_passage(source: dict[str, Any], where: str) -> str:
    """The passage text given by ``text`` or ``article`` (+ ``quote``/``paragraph``/``sentence``)."""
    if "text" in source:
        return str(source["text"]).strip()
    slug = source.get("article")
    if not slug:
        return ""
    from .datasets import load_article

    try:
        text = load_article(slug).text
    except Exception as exc:  # DatasetError and friends
        raise DatasetError(f"{where}: article {slug!r} cannot be loaded ({exc}).") from None
    if "quote" in source:
        quote = str(source["quote"])
        if quote not in text:
            raise DatasetError(f"{where}: the quote is not in article {slug!r}: {quote[:60]!r}...")
        return quote
    if "paragraph" in source or "sentence" in source:
        from .document import build_document

        doc = build_document(text)
        key = "paragraph" if "paragraph" in source else "sentence"
        units = doc.paragraphs if key == "paragraph" else doc.sentences
        n = int(source[key])
        if not 0 <= n < len(units):
            raise DatasetError(f"{where}: {key} {n} does not exist in {slug!r} (0..{len(units) - 1}).")
        return units[n].text
    return text


_FIELDS = {
    "id", "type", "title", "notebook", "lens", "points", "prompt", "text", "article", "quote",
    "paragraph", "sentence", "answer", "options", "items", "labels", "statements", "order",
    "reasons", "scale", "goal", "tolerance", "min_words", "pass_tau", "unit", "category",
    "hints", "explanation", "checkpoint", "wrong", "example", "ask",
}  # fmt: skip


def _exercise_from(raw: dict[str, Any], bank: str) -> Exercise:
    where = f"{bank}.toml [{raw.get('id', '?')}]"
    source = {k: raw[k] for k in ("text", "article", "quote", "paragraph", "sentence") if k in raw}
    items = raw.get("items", [])
    answer = raw.get("answer")
    if raw.get("type") == "classify" and isinstance(items, list) and items and isinstance(items[0], dict):
        # items given as [{phrase = "...", label = "..."}]
        answer = [str(i.get("label", "")) for i in items]
        items = [str(i.get("phrase", "")) for i in items]
    return Exercise(
        id=str(raw.get("id", "")),
        type=str(raw.get("type", "")),
        title=str(raw.get("title", "")),
        notebook=str(raw.get("notebook", bank)),
        lens=str(raw.get("lens", "")),
        prompt=str(raw.get("prompt", "")).strip(),
        points=float(raw.get("points", 1)),
        passage=_resolve_passage(source, where),
        source=source,
        answer=answer,
        options=[dict(o) for o in raw.get("options", [])],
        items=list(items),
        labels=[str(x) for x in raw.get("labels", [])],
        statements=[str(s) for s in raw.get("statements", [])],
        order=[int(i) for i in raw.get("order", [])],
        reasons=[str(r) for r in raw.get("reasons", [])],
        scale=str(raw.get("scale", "")),
        goal=dict(raw.get("goal", {})),
        tolerance=float(raw.get("tolerance", 0.0)),
        min_words=int(raw.get("min_words", 20)),
        pass_tau=float(raw.get("pass_tau", 0.8)),
        checkpoint=bool(raw.get("checkpoint", False)),
        wrong=raw.get("wrong"),
        example=raw.get("example"),
        unit=str(raw.get("unit", "")),
        category=str(raw.get("category", "")),
        ask=str(raw.get("ask", "")).strip(),
        hints=[str(h) for h in raw.get("hints", [])],
        explanation=str(raw.get("explanation", "")).strip(),
        bank=bank,
        raw=raw,
    )


def read_bank(path: Path) -> list[Exercise]:
    """Read one bank file (``[[exercise]]`` tables in TOML).

    Raises:
        DatasetError: when the file is not valid TOML or a passage cannot be found.
    """
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise DatasetError(f"{path.name} is not valid TOML: {exc}") from None
    return [_exercise_from(raw, path.stem) for raw in data.get("exercise", [])]


@lru_cache(maxsize=1)
def _load_cached(folder: str) -> dict[str, Exercise]:
    out: dict[str, Exercise] = {}
    for path in sorted(Path(folder).glob("*.toml")):
        for ex in read_bank(path):
            out.setdefault(ex.id, ex)  # duplicates are reported by validate_banks()
    return out


def load_banks(reload: bool = False) -> dict[str, Exercise]:
    """Every exercise of every bank, by id (in bank and file order).

    Args:
        reload: read the files again (after editing a bank).
    """
    if reload:
        _load_cached.cache_clear()
    return dict(_load_cached(str(banks_dir())))


def get(exercise_id: str) -> Exercise:
    """The exercise with this id.

    Raises:
        CourseError: for an unknown id, naming the closest known ids.

    >>> get("hedging-01x")
    Traceback (most recent call last):
    ...
    course.errors.CourseError: There is no exercise 'hedging-01x'. Did you mean: hedging-01...?
    """
    banks = load_banks()
    if not isinstance(exercise_id, str):
        raise CourseError(f"Exercise ids are strings such as 'hedging-01', not {type(exercise_id).__name__}.")
    ex = banks.get(exercise_id) or banks.get(exercise_id.strip().lower())
    if ex is not None:
        return ex
    close = difflib.get_close_matches(exercise_id, list(banks), n=3, cutoff=0.5)
    tip = f" Did you mean: {', '.join(close)}?" if close else " See course.list_exercises() for the ids."
    raise CourseError(f"There is no exercise {exercise_id!r}.{tip}")


def list_exercises(notebook: str | None = None, lens: str | None = None) -> list[dict[str, Any]]:
    """A summary of the exercises (id, type, title, notebook, lens, points).

    Args:
        notebook: only this notebook's exercises, e.g. ``"02-hedging"``.
        lens: only this lens (``"hedging"``, ``"attribution"``, ``"escalation"``).

    >>> [e["id"] for e in list_exercises(notebook="02-hedging")][:2]
    ['hedging-01', 'hedging-02']
    """
    return [
        e.to_dict()
        for e in load_banks().values()
        if (notebook is None or e.notebook == notebook) and (lens is None or e.lens == lens)
    ]


def passage(exercise_id: str) -> str:
    """The text the exercise is about ("" when it has none)."""
    return get(exercise_id).passage


def passage_tokens(exercise_id: str) -> list[Any]:
    """The passage's tokens (``index``, ``start``, ``end``, ``text``), the units a
    span-select answer is made of. Offsets are into :func:`passage`."""
    from .grading import tokens_of

    return list(tokens_of(get(exercise_id).passage))


def answer_tokens(exercise_id: str, answer: Any) -> list[int] | None:
    """The passage's token numbers that a span-select answer marks, however it was given
    (phrases typed in code, token numbers, character spans), so a panel can show it again;
    None when the answer cannot be read or marks nothing in the passage.

    >>> answer_tokens("hedging-01", ["no such words here"]) is None
    True
    """
    from .grading import marked_tokens

    marked = marked_tokens(get(exercise_id).passage, answer)
    if isinstance(marked, str) or not marked[0]:
        return None
    return sorted(marked[0])


def passage_words(exercise_id: str) -> list[list[int]]:
    """The passage's token numbers grouped into written words (``Dalmar’s`` is one group
    of three tokens): a span-select widget shows one button per group. See
    :func:`course.grading.written_words`."""
    from .grading import written_words

    return written_words(get(exercise_id).passage)


# --------------------------------------------------------------------- session state

_ATTEMPTS: dict[str, int] = {}
_BEST: dict[str, float] = {}
_HINTS_SHOWN: dict[str, int] = {}


def attempts(exercise_id: str) -> int:
    """How many graded attempts this exercise has had in this session."""
    return _ATTEMPTS.get(get(exercise_id).id, 0)


def hints_given(exercise_id: str) -> int:
    """How many of the exercise's hints this session has handed out."""
    return _HINTS_SHOWN.get(get(exercise_id).id, 0)


def reset_session() -> None:
    """Forget this session's attempt counts and hint positions (the log on disk stays)."""
    _ATTEMPTS.clear()
    _BEST.clear()
    _HINTS_SHOWN.clear()


def _passed(ex_id: str) -> bool:
    """Passed in this session (its best check reached the pass score)."""
    return _BEST.get(ex_id, 0.0) >= PASS_SCORE


def _solution_unlocked(ex_id: str) -> bool:
    return _ATTEMPTS.get(ex_id, 0) >= SOLUTION_AFTER or _passed(ex_id)


# --------------------------------------------------------------------- check / hint / solution


#: The note under the feedback on a notebook's example answer (:attr:`Exercise.example`).
EXAMPLE_NOTE = "This is the notebook's example answer, so it is not saved as your attempt: change it and run the cell again."


def _same_answer(answer: Any, example: Any) -> bool:
    """Is ``answer`` the example as written (a tuple for a list; 2 for 2.0)?

    >>> _same_answer(("could", "if"), ["could", "if"]), _same_answer(["could"], ["could", "if"])
    (True, False)
    """
    if isinstance(answer, tuple):
        answer = list(answer)
    try:
        return bool(answer == example) and type(answer) is not bool
    except Exception:  # an object whose == misbehaves is not the example
        return False


def check(exercise_id: str, answer: Any) -> Feedback:
    """Grade an answer and record the attempt.

    Args:
        exercise_id: e.g. ``"hedging-01"``.
        answer: in the form the exercise type expects (see :data:`TYPES`); a wrong
            form gets a friendly message with an example, not an error.

    Returns:
        A :class:`~course.feedback.Feedback`. Its ``message`` reads as a hint and
        never contains the reference answer. The unfinished example a notebook's coder
        cell starts from (:attr:`Exercise.example`) gets its feedback but is not recorded.
    """
    return _check(exercise_id, answer, from_code=True)


def panel_check(exercise_id: str, answer: Any) -> Feedback:
    """:func:`check` for an exercise panel: every answer the student gives is recorded, even
    one that happens to equal the notebook's example."""
    return _check(exercise_id, answer, from_code=False)


def _check(exercise_id: str, answer: Any, from_code: bool) -> Feedback:
    from . import grading

    ex = get(exercise_id)
    fb = grading.grade(keyed(ex) if ex.checkpoint else ex, answer)
    fb.panel = not from_code
    # the notebook's unfinished example, as the cell holds it, and an answer of the wrong form
    # or an empty one get feedback but are no attempt: nothing is recorded
    example = from_code and ex.example is not None and _same_answer(answer, ex.example)
    if example or fb.details.get("error") in ("type", "empty"):
        fb.attempts = _ATTEMPTS.get(ex.id, 0)
        fb.solution_available = _solution_unlocked(ex.id) and not ex.checkpoint
        if example:
            fb.warning = EXAMPLE_NOTE
        return fb
    _ATTEMPTS[ex.id] = _ATTEMPTS.get(ex.id, 0) + 1
    _BEST[ex.id] = max(_BEST.get(ex.id, 0.0), float(fb.score or 0.0))
    fb.attempts = _ATTEMPTS[ex.id]
    fb.solution_available = _solution_unlocked(ex.id) and not ex.checkpoint
    try:
        from . import tracking

        fb.warning = tracking.record(fb, answer, exercise=ex) or ""
    except Exception as exc:  # progress must never break a check
        fb.warning = f"Your answer was checked but could not be saved ({type(exc).__name__})."
    return fb


class Hint(str):
    """A hint: a plain string that also shows nicely in Jupyter. ``level`` is its number
    among the exercise's hints (1 = the gentlest) when it is one of them."""

    level: int | None = None

    def _repr_html_(self) -> str:
        return (
            '<div class="course-hint" style="border-left:4px solid #1565c0;background:rgba(21,101,192,.13);'
            f'padding:6px 10px;margin:4px 0"><b>Hint:</b> {inline_html(str(self))}</div>'
        )


def hint(exercise_id: str, level: int | None = None) -> Hint:
    """The next hint for an exercise, or hint number ``level`` (1 = the gentlest).

    >>> reset_session()
    >>> hint("hedging-01") == get("hedging-01").hints[0]
    True
    >>> hint("hedging-01") == get("hedging-01").hints[1]
    True
    """
    ex = get(exercise_id)
    n = len(ex.hints)
    if n == 0:
        return Hint("There is no hint for this exercise; reread the prompt and the passage slowly.")
    if level is not None:
        if isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= n:
            return Hint(f"This exercise has hints 1 to {n}: try course.hint({ex.id!r}, level=1).")
        return Hint(ex.hints[level - 1])
    shown = _HINTS_SHOWN.get(ex.id, 0)
    if shown >= n:
        return Hint(
            f"{ex.hints[-1]} (That was the last hint. To see the answer: course.solution({ex.id!r}, confirm=True).)"
        )
    _HINTS_SHOWN[ex.id] = shown + 1
    given = Hint(ex.hints[shown])
    given.level = shown + 1  # its number among the exercise's hints, however it was asked for
    return given


@dataclass
class Solution:
    """What :func:`solution` returns: the answer and why, or how to unlock it."""

    exercise_id: str
    available: bool
    answer: Any = None
    text: str = ""
    explanation: str = ""
    message: str = ""

    def __str__(self) -> str:
        if not self.available:
            return self.message
        return f"{self.text}\n\n{plain(self.explanation)}".strip()

    def _repr_html_(self) -> str:
        if not self.available:
            return f'<div class="course-solution" style="opacity:.8"><b>Solution locked:</b> {html.escape(self.message)}</div>'
        text = html.escape(self.text).replace("\n", "<br>")  # generated lines: one item each
        return (
            '<div class="course-solution" style="border-left:4px solid #6a1b9a;background:rgba(106,27,154,.12);'
            f'padding:6px 10px;margin:4px 0"><b>Solution</b><br>{text}<p>{inline_html(self.explanation)}</p></div>'
        )


def reference_answer(exercise_id: str) -> Any:
    """The answer that scores 1.0 (for tests and instructors), in the form ``check`` accepts.

    Graded checkpoints keep their answer in the answer key, not here: for them this
    raises :class:`~course.errors.CourseError` with :data:`CHECKPOINT_MESSAGE`
    (instructors use :func:`key_answer`).

    >>> reference_answer("hedging-01")[:2]
    ['Diplomats in Geneva', 'could']
    """
    ex = get(exercise_id)
    if ex.checkpoint:
        raise CourseError(CHECKPOINT_MESSAGE)
    return reference_answer_of(ex)


def format_solution(ex: Exercise) -> str:
    """The reference answer of ``ex`` written out for a reader (as the Show solution
    button and the instructor's solutions page give it).

    >>> format_solution(get("hedging-02"))
    "Mark: 'Two people familiar with the matter', 'It is understood', 'unclear', 'whether'"
    """
    ans = reference_answer_of(ex)
    if ex.type == "span-select":
        return f"Mark: {', '.join(repr(a) for a in ans)}"
    if ex.type == "multiple-choice":
        return f"Answer: {chr(65 + ans)}. {ex.options[ans]['text']}"
    if ex.type == "multiple-select":
        return "Answers: " + "; ".join(f"{chr(65 + i)}. {ex.options[i]['text']}" for i in ans)
    if ex.type == "classify":
        return "\n".join(f"{phrase!r} -> {label}" for phrase, label in ans.items())
    if ex.type == "rank":
        lines = [f"Order ({ex.scale}):" if ex.scale else "Order:"]
        for pos, i in enumerate(ex.order):
            reason = ex.reasons[pos] if pos < len(ex.reasons) else ""
            lines.append(f"{pos + 1}. {ex.statements[i]}" + (f" - {reason}" if reason else ""))
        return "\n".join(lines)
    if ex.type == "rewrite":
        return f"One good rewrite: {ans!r}"
    if ex.type == "numeric":
        tol = f" (within {ex.tolerance:g})" if ex.tolerance else ""
        return f"Answer: {ans}{tol}"
    if ex.type == "reflection":
        return "This reflection is not graded on content: any honest answer of the length asked for counts in full."
    return repr(ans)


def solution(exercise_id: str, confirm: bool = False, working_alone: bool = False) -> Solution:
    """The reference answer and its explanation.

    It unlocks after 3 attempts (or once the exercise is passed); before that,
    ``confirm=True`` shows it anyway. A graded checkpoint's answer stays locked (in a
    class the teacher releases it after grading); a student working alone asks for it
    with ``working_alone=True``, which shows the kit's public key, never a private one.

    >>> reset_session()
    >>> solution("hedging-01").available
    False
    >>> solution("hedging-01", confirm=True).available
    True
    >>> solution("hedging-14").available, solution("hedging-14", working_alone=True).available
    (False, True)
    """
    ex = get(exercise_id)
    if ex.checkpoint:
        if not (working_alone or _passed(ex.id)):  # once passed, the explanation is known
            return Solution(ex.id, False, message=checkpoint_message(ex.id))
        public = keyed(ex, public_key())
        if reference_answer_of(public) in (None, [], {}):
            return Solution(ex.id, False, message=f"The kit's answer key has no answer for {ex.id}.")
        return Solution(ex.id, True, reference_answer_of(public), format_solution(public), public.explanation)
    if not (confirm or _solution_unlocked(ex.id)):
        left = SOLUTION_AFTER - _ATTEMPTS.get(ex.id, 0)
        return Solution(
            ex.id,
            False,
            message=(
                f"The solution opens after {SOLUTION_AFTER} attempts ({left} to go). Try course.hint({ex.id!r}) "
                f"first, or, if you really want it now, course.solution({ex.id!r}, confirm=True)."
            ),
        )
    return Solution(ex.id, True, reference_answer(ex.id), format_solution(ex), ex.explanation)


# --------------------------------------------------------------------- graded checkpoints: the answer key

#: What :func:`solution` and :func:`reference_answer` say for a graded checkpoint.
CHECKPOINT_MESSAGE = "This is a graded checkpoint: in a class, your teacher releases its answer after grading."


def checkpoint_message(exercise_id: str) -> str:
    """What the locked solution of a checkpoint says, with the way out for a student working alone."""
    return (f"{CHECKPOINT_MESSAGE} Working alone, you see the full explanation once your answer is right; "
            f"if you are stuck after the hints, run course.solution({exercise_id!r}, working_alone=True) "
            "in a code cell.")

#: Environment variable naming an instructor's private answer key (a TOML file).
KEY_ENV = "COURSE_ANSWER_KEY"

#: The fields an answer key may set for an exercise (the bank's own field names).
KEY_FIELDS = ("answer", "order", "reasons", "options", "items", "explanation", "tolerance", "wrong")

#: Bank fields that would give a checkpoint's answer away: they belong in the answer key.
SECRET_FIELDS = ("answer", "order", "reasons", "wrong")


def public_key_path() -> Path:
    """The kit's own key for the checkpoints: ``datasets/keys/checkpoints.toml``."""
    from .datasets import datasets_dir

    return datasets_dir() / "keys" / "checkpoints.toml"


def answer_key_path(path: str | Path | None = None) -> Path | None:
    """The key used for grading: ``path`` if given, else ``$COURSE_ANSWER_KEY``, else
    the public key (``None`` when none of them exists)."""
    import os

    chosen = path or os.environ.get(KEY_ENV)
    if chosen:
        return Path(chosen).expanduser()
    public = public_key_path()
    return public if public.exists() else None


@lru_cache(maxsize=8)
def _read_key(path: str, mtime: float) -> dict[str, dict[str, Any]]:
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise CourseError(f"The answer key {path} does not exist.") from None
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CourseError(f"The answer key {path} cannot be read: {exc}") from None
    key: dict[str, dict[str, Any]] = {}
    for ex_id, fields in data.items():
        if not isinstance(fields, dict):
            raise CourseError(f"The answer key {path}: [{ex_id}] should be a table of fields.")
        unknown = set(fields) - set(KEY_FIELDS)
        if unknown:
            raise CourseError(f"The answer key {path}: [{ex_id}] has unknown field(s) {', '.join(sorted(unknown))}.")
        key[str(ex_id)] = dict(fields)
    return key


def load_answer_key(path: str | Path | None = None) -> dict[str, dict[str, Any]]:
    """The answer key as ``{exercise_id: {field: value}}`` (see :func:`answer_key_path`).

    The file is TOML with one table per exercise id and the bank's field names::

        [hedging-12]
        answer = ["about", "unclear", "whether"]

        [hedging-14]
        options = [{correct = false}, {correct = true}, {correct = false}]

    Raises:
        CourseError: when a key given by path or ``$COURSE_ANSWER_KEY`` is missing or malformed.
    """
    where = answer_key_path(path)
    if where is None:
        return {}
    try:
        mtime = where.stat().st_mtime
    except OSError:
        mtime = -1.0
    return _read_key(str(where), mtime)


def public_key() -> dict[str, dict[str, Any]]:
    """The kit's public key (``datasets/keys/checkpoints.toml``; empty when it is missing)."""
    path = public_key_path()
    return load_answer_key(path) if path.exists() else {}


def keyed(ex: Exercise, key: dict[str, dict[str, Any]] | None = None) -> Exercise:
    """A copy of ``ex`` with the answer key's fields in place (``ex`` itself when no key
    has anything for it). Options are merged by position, so a key gives only
    ``correct`` and ``feedback`` for each option (the bank keeps their texts).

    A checkpoint that ``key`` (by default :func:`load_answer_key`) does not list is
    completed from the kit's public key, so a private key may cover only some checkpoints.

    >>> get("hedging-14").options[1].get("correct") is None  # the bank holds no answer
    True
    >>> keyed(get("hedging-14")).options[1]["correct"]
    True
    """
    from dataclasses import replace

    fields = (load_answer_key() if key is None else key).get(ex.id)
    if not fields and ex.checkpoint:
        fields = public_key().get(ex.id)
    if not fields:
        return ex
    changes: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "options":
            merged = [dict(o) for o in ex.options]
            if len(value) != len(merged):
                raise CourseError(f"The answer key gives {len(value)} options for {ex.id}, the bank {len(merged)}.")
            for o, k in zip(merged, value):
                o.update(k)
            changes["options"] = merged
        elif name == "items" and ex.type == "classify":
            # [{phrase = ..., label = ...}] as in the banks
            changes["answer"] = [str(i.get("label", "")) for i in value]
            changes["items"] = [str(i.get("phrase", "")) for i in value]
        elif name == "answer" and ex.type == "classify" and isinstance(value, dict):
            changes["answer"] = [str(value.get(item, "")) for item in ex.items]
        elif name == "order":
            changes["order"] = [int(i) for i in value]
        elif name == "tolerance":
            changes["tolerance"] = float(value)
        elif name == "explanation":
            changes["explanation"] = str(value).strip()
        else:
            changes[name] = value
    return replace(ex, **changes)


def key_answer(exercise_id: str, key: str | Path | None = None) -> Any:
    """The answer that scores 1.0 by the answer key (for instructors and the kit's tests).

    For an exercise the key does not cover it is :func:`reference_answer`'s answer.

    >>> key_answer("hedging-01") == reference_answer("hedging-01")
    True
    """
    return reference_answer_of(keyed(get(exercise_id), load_answer_key(key)))


# --------------------------------------------------------------------- validation


def validate_banks(exercises: list[Exercise] | None = None, folder: Path | None = None) -> list[str]:
    """Check the banks and return a list of problems (empty when all is well).

    Checks: ids unique and well formed; types known; titles, prompts, 2-3 distinct
    hints and an explanation present; type-specific fields complete; passages
    resolvable; the reference answer scores 1.0. Checkpoints: no answer in the bank
    (no ``answer``, ``wrong``, option ``correct``/``feedback`` ...), an entry in the public
    answer key, and the keyed exercise complete; the key lists checkpoints only.

    Args:
        exercises: exercises to check (default: read every bank file in ``folder``).
        folder: where to read bank files (default: ``datasets/exercises``).

    >>> validate_banks()
    []
    """
    from . import grading

    problems: list[str] = []
    kit_banks = exercises is None and folder is None
    if exercises is None:
        exercises = []
        for path in sorted((folder or banks_dir()).glob("*.toml")):
            try:
                exercises.extend(read_bank(path))
            except CourseError as exc:
                problems.append(str(exc))
    seen: dict[str, str] = {}
    for ex in exercises:
        where = f"{ex.bank}.toml [{ex.id or '?'}]"
        if not re.fullmatch(r"[a-z][a-z0-9-]*-\d{2}", ex.id or ""):
            problems.append(f"{where}: id should look like 'hedging-01'.")
        if ex.id in seen:
            problems.append(f"{where}: duplicate id (also in {seen[ex.id]}.toml).")
        seen.setdefault(ex.id, ex.bank)
        if ex.type not in TYPES:
            problems.append(f"{where}: unknown type {ex.type!r} (known: {', '.join(TYPES)}).")
            continue
        unknown = set(ex.raw) - _FIELDS
        if unknown:
            problems.append(f"{where}: unknown field(s) {', '.join(sorted(unknown))}.")
        for name in ("title", "prompt", "explanation", "lens"):
            if not getattr(ex, name):
                problems.append(f"{where}: missing {name}.")
        if not 2 <= len(ex.hints) <= 3:
            problems.append(f"{where}: needs 2 or 3 hints, has {len(ex.hints)}.")
        if len(set(ex.hints)) != len(ex.hints):
            problems.append(f"{where}: hints repeat.")
        if ex.checkpoint:
            secret = [f for f in SECRET_FIELDS if f in ex.raw]
            secret += [f"options[{i}].{f}" for i, o in enumerate(ex.raw.get("options", [])) for f in ("correct", "feedback") if f in o]
            secret += ["items with labels"] if any(isinstance(i, dict) for i in ex.raw.get("items", [])) else []
            if secret:
                problems.append(f"{where}: a checkpoint's {', '.join(secret)} belong in the answer key "
                                f"({public_key_path().relative_to(banks_dir().parent.parent)}), not in the bank.")
            try:
                key = public_key()
            except CourseError as exc:
                problems.append(f"{where}: {exc}")
                continue
            if ex.id not in key:
                problems.append(f"{where}: a checkpoint without an entry [{ex.id}] in the answer key {public_key_path().name}.")
                continue
            try:
                ex = keyed(ex, key)
            except CourseError as exc:
                problems.append(f"{where}: {exc}")
                continue
        problems.extend(f"{where}: {p}" for p in grading.structure_problems(ex))
        if ex.type == "classify" and isinstance(ex.answer, (list, tuple)):
            in_order = list(dict.fromkeys(ex.answer))
            if len(in_order) >= 3 and ex.labels[: len(in_order)] == in_order:
                problems.append(f"{where}: the labels are listed in the order of the answer, which gives it "
                                "away: list them in a neutral order (e.g. alphabetical).")
        if any(p.startswith(where) for p in problems):
            continue
        try:
            fb = grading.grade(ex, reference_answer_of(ex))
        except Exception as exc:  # a broken exercise must be reported, not crash the check
            problems.append(f"{where}: grading the reference answer failed: {type(exc).__name__}: {exc}")
            continue
        if fb.score < 0.999 or not fb.passed:
            problems.append(f"{where}: the reference answer scores {fb.score:.2f}, not 1.0 ({fb.message})")
    if kit_banks:  # the kit's own banks: the public key names only their checkpoints
        try:
            key = public_key()
        except CourseError as exc:
            problems.append(str(exc))
            key = {}
        checkpoints = {ex.id for ex in exercises if ex.checkpoint}
        for ex_id in key:
            if ex_id not in checkpoints:
                problems.append(f"{public_key_path().name} [{ex_id}]: not a checkpoint exercise of the banks.")
    return problems


def reference_answer_of(ex: Exercise) -> Any:
    """:func:`reference_answer` for an :class:`Exercise` object (not looked up by id)."""
    if ex.type == "multiple-choice":
        return next((i for i, o in enumerate(ex.options) if o.get("correct")), None)
    if ex.type == "multiple-select":
        return [i for i, o in enumerate(ex.options) if o.get("correct")]
    if ex.type == "classify":
        return dict(zip(ex.items, ex.answer or []))
    if ex.type == "rank":
        return list(ex.order)
    if ex.type == "span-select":
        return list(ex.answer or [])
    if ex.type == "reflection":
        if ex.answer:
            return ex.answer
        sentence = "I noticed how the choice of words changes how sure and how hostile the claims sound."
        return " ".join([sentence] * (ex.min_words // 15 + 1))
    return ex.answer
