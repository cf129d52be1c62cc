"""Scores for graded checkpoints, as nbgrader's test cells compute them.

A checkpoint's locked test cell ends with ``course.classroom.score("hedging-12")``.
The score is what :func:`course.check` gives for the same answer, times the
exercise's points, rounded to 2 decimals: a float between 0 and the points, the
form nbgrader reads as partial credit. The answer comes from, in order:

1. the code answer: the variable ``answer_hedging_12`` of the notebook (or the
   ``answer`` argument), when it is not ``None``;
2. the answers file ``<notebook>.kit-answers.json`` in the notebook's folder, which
   the widgets and ``course.check`` write; when it is missing or damaged, any other
   ``*.kit-answers.json`` there holding the exercise. The file keeps the last and the
   best-scoring answer per exercise; both are graded with the grading key and the
   higher score counts, so checking a worse answer later (or a "Run All" over a code
   cell) never lowers a grade.

The key is the answer key of :mod:`course.exercises` (the private key named by
``$COURSE_ANSWER_KEY`` when set, else the kit's public key).

nbgrader's traps are designed around: the function never raises, never writes to
stderr (a test cell with any stderr output scores 0), silences warnings, and always
returns a float (a bare ``False`` would earn full credit). Any problem gives 0.0 and
a one-line note on stdout.

Example:
    >>> import json, tempfile
    >>> from pathlib import Path
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "02-hedging.kit-answers.json").write_text(json.dumps(
    ...     {"notebook": "02-hedging", "answers": {"hedging-03": {"answer": 0}}}))
    >>> score("hedging-03", folder=folder, quiet=True)  # the saved answer (right)
    1.0
    >>> score("hedging-03", answer="B", folder=folder, quiet=True)  # a code answer wins (wrong)
    0.0
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import os
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

#: Suffix of the answers files (``<notebook>.kit-answers.json``).
ANSWERS_SUFFIX = ".kit-answers.json"

_MISSING: Any = object()


def variable_name(exercise_id: str) -> str:
    """The code-answer variable of a checkpoint.

    >>> variable_name("hedging-12")
    'answer_hedging_12'
    """
    return "answer_" + "".join(c if c.isalnum() else "_" for c in exercise_id)


def code_answer(folder: str | Path, exercise_id: str) -> Any:
    """The code answer a notebook in ``folder`` holds for a checkpoint: the literal value of
    its ``answer_<id> = ...`` line (the last one), or None (no such line, ``None``, or not a
    plain literal). Grading runs the notebook, so a value typed but never run counts too.

    >>> import json, tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> cell = {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
    ...         "source": 'answer_hedging_12 = ["about", "unclear"]\\ncourse.check("hedging-12", answer_hedging_12)'}
    >>> _ = (d / "02-hedging.ipynb").write_text(json.dumps({"nbformat": 4, "nbformat_minor": 5,
    ...     "metadata": {}, "cells": [cell]}))
    >>> code_answer(d, "hedging-12")
    ['about', 'unclear']
    """
    import ast

    import nbformat

    var = variable_name(exercise_id)
    found: Any = None
    for nb_path in sorted(Path(folder).glob("*.ipynb")):
        try:
            with warnings.catch_warnings():  # an old or hand-made notebook: nbformat's notes are not ours
                warnings.simplefilter("ignore")
                nb = nbformat.read(nb_path, as_version=4)
        except Exception:
            continue
        for cell in nb.cells:
            if cell.cell_type != "code" or var not in cell.source:
                continue
            try:
                tree = ast.parse(cell.source)
            except SyntaxError:
                continue
            for node in tree.body:
                if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == var for t in node.targets):
                    try:
                        found = ast.literal_eval(node.value)
                    except ValueError:
                        found = None
    return found


@dataclass
class AnswersFile:
    """An answers file as read for grading.

    Attributes:
        path: where it was looked for.
        answers: exercise id -> the last answer (the ``answer`` field of each entry).
        best: exercise id -> the best-scoring answer recorded (``best.answer``), for
            entries that have one.
        problem: why it could not be used ("" when it was fine): ``missing``,
            ``not JSON``, ``wrong structure`` ...
    """

    path: Path
    answers: dict[str, Any] = field(default_factory=dict)
    problem: str = ""
    best: dict[str, Any] = field(default_factory=dict)

    def candidates(self, exercise_id: str) -> list[Any]:
        """The recorded answers worth grading: the best one, then the last (if different)."""
        out = []
        if exercise_id in self.best:
            out.append(self.best[exercise_id])
        if exercise_id in self.answers and self.answers[exercise_id] not in out:
            out.append(self.answers[exercise_id])
        return out


def read_answers_file(path: str | Path) -> AnswersFile:
    """Read one answers file without ever raising (problems are in ``.problem``).

    >>> read_answers_file("/nonexistent/x.kit-answers.json").problem
    'missing'
    """
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        return AnswersFile(p, problem="missing")
    except OSError as exc:
        return AnswersFile(p, problem=f"unreadable ({type(exc).__name__})")
    try:
        data = json.loads(raw.decode("utf-8-sig"))  # a BOM (Windows Notepad) is accepted
    except (UnicodeDecodeError, ValueError):
        return AnswersFile(p, problem="not valid JSON (damaged)")
    if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
        return AnswersFile(p, problem='wrong structure (no "answers" table)')
    answers: dict[str, Any] = {}
    best: dict[str, Any] = {}
    bad = []
    for ex_id, entry in data["answers"].items():
        if isinstance(entry, dict) and "answer" in entry:
            answers[str(ex_id)] = entry["answer"]
            if isinstance(entry.get("best"), dict) and "answer" in entry["best"]:
                best[str(ex_id)] = entry["best"]["answer"]
        else:
            bad.append(str(ex_id))
    problem = f"entries without an answer: {', '.join(bad)}" if bad else ""
    return AnswersFile(p, answers, problem, best)


def _folder(folder: str | Path | None) -> Path:
    if folder is not None:
        return Path(folder)
    env = os.environ.get("COURSE_ANSWERS_DIR")
    return Path(env).expanduser() if env else Path.cwd()


def saved_answer(exercise_id: str, notebook: str, folder: str | Path | None = None) -> tuple[Any, str]:
    """The saved answer for an exercise (the best recorded one, else the last) and where
    it came from.

    Returns:
        ``(answer, source)``; ``answer`` is ``_MISSING``-free: ``None`` when there is
        none, and ``source`` then says why (``"no answers file"``, ``"answers file
        damaged"`` ...).
    """
    found, source = saved_answers(exercise_id, notebook, folder)
    return (found[0] if found else None), source


def saved_answers(exercise_id: str, notebook: str, folder: str | Path | None = None) -> tuple[list[Any], str]:
    """The recorded answers worth grading (:meth:`AnswersFile.candidates`) and where they came from."""
    base = _folder(folder)
    main = read_answers_file(base / f"{notebook}{ANSWERS_SUFFIX}")
    if exercise_id in main.answers:
        return main.candidates(exercise_id), main.path.name
    # A notebook run without course.start() writes scratch.kit-answers.json; a renamed one another name.
    try:
        others = sorted(p for p in base.glob(f"*{ANSWERS_SUFFIX}") if p != main.path)
    except OSError:
        others = []
    for other in others:
        af = read_answers_file(other)
        if exercise_id in af.answers:
            return af.candidates(exercise_id), other.name
    if main.problem == "missing":
        return [], f"no answers file named {main.path.name}"
    if main.problem and not main.answers:
        return [], f"{main.path.name} is {main.problem}"
    return [], f"no answer for {exercise_id} in {main.path.name}"


def _caller_answer(exercise_id: str, depth: int = 2) -> Any:
    """The notebook's ``answer_<id>`` variable (None when it is not defined)."""
    try:
        frame = sys._getframe(depth)
    except ValueError:  # pragma: no cover
        return None
    return frame.f_globals.get(variable_name(exercise_id))


def _empty(answer: Any) -> bool:
    return answer is None or (isinstance(answer, (str, list, tuple, dict, set)) and not answer)


@dataclass
class Result:
    """One graded checkpoint: the points, the fraction, where the answer came from."""

    exercise_id: str
    points: float
    max_points: float
    fraction: float
    source: str
    note: str = ""


def grade_checkpoint(
    exercise_id: str,
    answer: Any = None,
    notebook: str | None = None,
    folder: str | Path | None = None,
    key: str | Path | None = None,
    points: float | None = None,
) -> Result:
    """Grade one checkpoint from a code answer or the answers file (may raise on a bad key).

    Args:
        exercise_id: e.g. ``"hedging-12"``.
        answer: the code answer; ``None`` (or empty) means "use the answers file".
        notebook: the notebook id naming the answers file (default: the exercise's notebook).
        folder: where the answers file is (default: ``$COURSE_ANSWERS_DIR`` or the cwd).
        key: an answer key file (default: ``$COURSE_ANSWER_KEY`` or the kit's public key).
        points: the points of the test cell (default: the exercise's points).
    """
    from .. import exercises as E
    from ..grading import grade

    ex = E.get(exercise_id)
    max_points = float(ex.points if points is None else points)
    graded = E.keyed(ex, E.load_answer_key(key))
    if _empty(answer):
        found, source = saved_answers(ex.id, notebook or ex.notebook, folder)
        if not found:
            return Result(ex.id, 0.0, max_points, 0.0, "none", f"no answer yet: {source}")
        # the best recorded answer by the grading key (a private key may rank them differently)
        fbs = [grade(graded, a) for a in found]
        fb = max(fbs, key=lambda f: float(f.score or 0.0) if f.details.get("error") is None else -1.0)
        source = f"your best answer saved in {source}"
    else:
        source = "your answer in code"
        fb = grade(graded, answer)
    note = ""
    if fb.details.get("error") == "type":
        note = "the answer has the wrong form for this exercise"
    elif fb.details.get("error") == "empty":
        note = "the answer is empty"
    frac = float(fb.score or 0.0)
    if not math.isfinite(frac):
        frac = 0.0
    frac = min(1.0, max(0.0, frac))
    return Result(ex.id, round(frac * max_points, 2), max_points, frac, source, note)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """No warning and nothing on stderr: nbgrader counts a test cell that writes to stderr
    as failed, and a student's cell should show one plain line."""
    with warnings.catch_warnings(), contextlib.redirect_stderr(io.StringIO()):
        warnings.simplefilter("ignore")
        yield


def score(
    exercise_id: str,
    answer: Any = _MISSING,
    points: float | None = None,
    folder: str | Path | None = None,
    quiet: bool = False,
) -> float:
    """The checkpoint's points for this notebook's answer (0.0 .. points), for a test cell.

    Args:
        exercise_id: e.g. ``"hedging-12"``.
        answer: the code answer; by default the notebook variable ``answer_<id>``
            (e.g. ``answer_hedging_12``), and when that is ``None`` the answers file.
        points: the test cell's points (default: the exercise's points).
        folder: where the answers file is (default: the current folder).
        quiet: print nothing (by default one line on stdout says the score and why).

    Returns:
        A float, never a bool; 0.0 when nothing gradable is found or anything fails.
    """
    if answer is _MISSING:
        answer = _caller_answer(exercise_id)
    line = ""
    value = 0.0
    try:
        with _quiet():
            r = grade_checkpoint(exercise_id, answer, folder=folder, points=points)
            value = float(r.points)
            line = f"Checkpoint {r.exercise_id}: {value:g} / {r.max_points:g} points"
            if r.source != "none":
                line += f", graded from {r.source}"
            if r.note:
                line += f"; {r.note}"
            line += "."
    except Exception as exc:  # anything at all: 0 points and a note, never a traceback
        value = 0.0
        line = f"Checkpoint {exercise_id}: 0 points; it could not be graded ({type(exc).__name__}: {exc})."
    if not quiet:
        print(line)
    return float(value)


def answered(exercise_id: str, answer: Any = _MISSING, folder: str | Path | None = None) -> bool:
    """True when there is something to grade for the checkpoint: a code answer or a
    saved answer in the answers file. The visible line of a test cell asserts it."""
    if answer is _MISSING:
        answer = _caller_answer(exercise_id)
    if not _empty(answer):
        return True
    try:
        with _quiet():
            from .. import exercises as E

            ex = E.get(exercise_id)
            found, _ = saved_answer(ex.id, ex.notebook, folder)
    except Exception:
        return False
    return not _empty(found)


def require_answer(exercise_id: str, answer: Any = _MISSING, folder: str | Path | None = None) -> None:
    """The visible line of a checkpoint's test cell: is there an answer to grade?

    While nbgrader runs the notebook (``$NBGRADER_EXECUTION`` set: the Validate
    button, ``nbgrader validate``, autograding) a missing answer raises
    ``AssertionError``, so a blank notebook fails its tests as nbgrader expects. In
    a student's own run it only prints a reminder (a "Run All" never stops here).
    When there is an answer, a second sentence says what it scores as checked here
    (by the kit's answer key, or ``$COURSE_ANSWER_KEY``), so a student working alone
    sees the points too, and a saved answer that scores nothing is not mistaken for a
    finished one. Returns ``None``: a test cell's last value is never a bare bool.
    """
    if answer is _MISSING:
        answer = _caller_answer(exercise_id)
    if answered(exercise_id, answer=answer, folder=folder):
        print(f"Checkpoint {exercise_id}: an answer is saved for grading.")
        said = _score_sentence(exercise_id, answer, folder)
        if said:  # on a line of its own: one long line would wrap inside the answers file's name
            print(said)
        return None
    message = (f"No answer yet for {exercise_id}: answer in the panel above (or set {variable_name(exercise_id)}) "
               "and run this cell again.")  # fmt: skip
    if os.environ.get("NBGRADER_EXECUTION"):
        raise AssertionError(message)
    print(message)
    return None


def _score_sentence(exercise_id: str, answer: Any, folder: str | Path | None) -> str:
    """What the answer :func:`require_answer` found scores now, in one sentence ('' on any failure)."""
    try:
        with _quiet():
            r = grade_checkpoint(exercise_id, None if _empty(answer) else answer, folder=folder)
    except Exception:  # a broken key or file: the reminder line is enough here
        return ""
    unit = "point" if r.max_points == 1 else "points"
    said = f"As checked here, {r.source} scores {r.points:g} of {r.max_points:g} {unit}"
    if r.note:
        said += f" ({r.note})"
    if r.points < r.max_points:
        return said + ": you can still improve it."
    return said + "."
