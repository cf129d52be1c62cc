"""nbgrader cells for the graded checkpoints of a notebook.

Each checkpoint exercise ``X`` (an exercise with ``checkpoint = true`` in its bank)
appears in its notebook as three cells in a row:

a. the widget cell ``course.exercise("X")`` (no nbgrader metadata);
b. an *autograded answer* cell (nbgrader ``solution``, ``grade_id`` ``X-answer``): the
   optional code form of the exercise, for coders who prefer typing to the panel::

       # Optional, for coders: ... (the form of the answer)
       answer_X = None
       ### BEGIN SOLUTION
       ### END SOLUTION
       course.check("X", answer_X) if answer_X is not None else None

   The solution region is empty: with the course's ``ClearSolutions.code_stub``
   (written by ``classroom init``) the student version is the same cell without the
   markers, so a student who uses the panel can run every cell without an error;
c. a locked *autograder test* cell (``grade_id`` ``X-test``, the exercise's points):
   a visible presence check (:func:`course.classroom.require_answer`: an error under
   nbgrader when there is no answer, only a reminder in a student's own run, so "Run
   All" never stops there), and a hidden part (removed from the student version,
   put back by nbgrader when grading) whose last value is the score, a float
   between 0 and the points (:func:`course.classroom.score`).

The cells come in two forms (:data:`FORMS`). The *source* form above is nbgrader's
instructor version; ``classroom init`` writes it into ``source/``. The *student* form
is what nbgrader's ``generate_assignment`` makes of it (the ``### BEGIN SOLUTION``
markers give way to an empty line, the hidden part is gone), and it is the form of the
kit's own notebooks: a student working alone meets no grading markers, and the
notebook a class receives is the one self-learners use. A test checks that nbgrader
turns the source form into exactly the student form.

:func:`mark_checkpoints` writes (b) and (c) after every checkpoint widget cell, brings
existing ones to this exact form, and removes the notebook's older code form of ``X``
(a code cell calling ``course.check("X", ...)`` after the widget, with the
"*Optional: for coders*" line before it). It is idempotent. :func:`normalize_notebook`
also strips outputs and metadata, and :func:`normalize_files` (``python -m course
classroom normalize-notebooks [--check]``) applies it to the kit's notebooks 02-05.

Example:
    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell('course.exercise("hedging-12")'),
    ...     nbformat.v4.new_code_cell('course.check("hedging-12", [])')])  # an older code form
    >>> changed = mark_checkpoints(nb)
    >>> [c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells]
    [None, 'hedging-12-answer', 'hedging-12-test']
    >>> "### BEGIN HIDDEN TESTS" in nb.cells[2].source
    True
    >>> mark_checkpoints(nb)
    False
    >>> mark_checkpoints(nb, form="student"), "### BEGIN HIDDEN TESTS" in nb.cells[2].source
    (True, False)
"""

from __future__ import annotations

import re
from typing import Any

from .scoring import variable_name

#: nbgrader's cell metadata schema version.
SCHEMA_VERSION = 3

#: The two forms of the checkpoint cells: nbgrader's instructor version ("source") and
#: what nbgrader releases to students, which is also the kit's own notebooks ("student").
FORMS = ("source", "student")


def _check_form(form: str) -> None:
    if form not in FORMS:
        raise ValueError(f"form must be one of {', '.join(FORMS)}, not {form!r}")

_WIDGET_CALL = re.compile(r"""^\s*course\.exercise\(\s*["']([A-Za-z0-9-]+)["']\s*\)\s*;?\s*$""")


def widget_exercise(source: str) -> str | None:
    """The exercise id when ``source`` is exactly a widget cell ``course.exercise("X")``.

    >>> widget_exercise('course.exercise("hedging-12")')
    'hedging-12'
    >>> widget_exercise('x = course.exercise("hedging-12")') is None
    True
    """
    m = _WIDGET_CALL.match(source.strip())
    return m.group(1) if m else None


def _fmt_points(points: float) -> str:
    return f"{points:g}"


def _points_phrase(points: float) -> str:
    return f"{points:g} point" + ("" if points == 1 else "s")


def answer_form(exercise_id: str) -> str:
    """What an answer to the exercise looks like, in words (from the exercise's type)."""
    from ..exercises import TYPES, get

    try:
        return TYPES.get(get(exercise_id).type, "your answer")
    except Exception:
        return "your answer"


def answer_cell_source(exercise_id: str, form: str = "source") -> str:
    """The source of a checkpoint's autograded answer cell (the optional code form).

    In the student form the empty solution region is an empty line, as nbgrader's
    ``ClearSolutions`` leaves it with the course's empty code stub.
    """
    _check_form(form)
    var = variable_name(exercise_id)
    region = "### BEGIN SOLUTION\n### END SOLUTION\n" if form == "source" else "\n"
    return (
        "# Optional, for coders: instead of using the panel above, type your answer in place of None\n"
        f"# and run this cell. The answer is {answer_form(exercise_id)}.\n"
        "# An answer typed here is graded instead of the panel's; with None, your best panel answer is graded.\n"
        f"{var} = None\n"
        f"{region}"
        f'course.check("{exercise_id}", {var}) if {var} is not None else None'
    )


def check_cell_source(exercise_id: str, points: float, form: str = "source") -> str:
    """The source of a checkpoint's locked test cell: the visible check, and in the
    source form the hidden score (nbgrader removes it from the student form)."""
    _check_form(form)
    var = variable_name(exercise_id)
    visible = (
        f"# Checkpoint {exercise_id} ({_points_phrase(points)}): graded from {var} above if you set it,\n"
        "# otherwise from your best answer checked in the panel.\n"
        "import course.classroom\n"
        f'course.classroom.require_answer("{exercise_id}")  # is an answer saved for grading, and what does it score?'
    )
    if form == "student":
        return visible
    return (
        f"{visible}\n"
        "### BEGIN HIDDEN TESTS\n"
        f'course.classroom.score("{exercise_id}", points={_fmt_points(points)})\n'
        "### END HIDDEN TESTS"
    )


def answer_cell_metadata(exercise_id: str) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "grade": False,
        "solution": True,
        "locked": False,
        "grade_id": f"{exercise_id}-answer",
    }


def check_cell_metadata(exercise_id: str, points: float) -> dict[str, Any]:
    pts: float | int = int(points) if float(points).is_integer() else float(points)
    return {
        "schema_version": SCHEMA_VERSION,
        "grade": True,
        "solution": False,
        "locked": True,
        "points": pts,
        "grade_id": f"{exercise_id}-test",
    }


def _grade_id(cell: Any) -> str:
    return str(cell.get("metadata", {}).get("nbgrader", {}).get("grade_id", ""))


def _set(cell: Any, source: str, nbgrader: dict[str, Any]) -> bool:
    changed = False
    if cell.get("cell_type") != "code":
        cell["cell_type"] = "code"
        changed = True
    if cell.get("source") != source:
        cell["source"] = source
        changed = True
    md = cell.setdefault("metadata", {})
    if md.get("nbgrader") != nbgrader:
        md["nbgrader"] = nbgrader
        changed = True
    if cell.get("outputs"):
        cell["outputs"] = []
        changed = True
    if cell.get("execution_count") is not None:
        cell["execution_count"] = None
        changed = True
    for key in ("editable", "deletable"):  # nbgrader sets these in the student version only
        if key in md:
            del md[key]
            changed = True
    return changed


def _new_code_cell(source: str, nbgrader: dict[str, Any]) -> Any:
    import nbformat

    cell = nbformat.v4.new_code_cell(source)
    cell.metadata["nbgrader"] = nbgrader
    if "id" in cell:  # nbformat >= 4.5: a stable id, so the generated notebook is reproducible
        cell["id"] = nbgrader["grade_id"]
    return cell


_EXERCISE_ID = re.compile(r"(?<![\w-])([a-z][a-z0-9]*-\d\d)(?![\w-])")
_CHECK_CALL = re.compile(r"""course\.check\(\s*["']([A-Za-z0-9-]+)["']""")
_OPTIONAL_LINE = re.compile(r"^\s*\*?\s*optional\b[^\n]*\bcoders?\b", re.IGNORECASE)


def _src(cell: Any) -> str:
    src = cell.get("source", "")
    return src if isinstance(src, str) else "".join(src)


def _is_heading(cell: Any) -> bool:
    return cell.get("cell_type") == "markdown" and _src(cell).lstrip().startswith("#")


def _old_code_forms(cells: list[Any], ids: list[str]) -> set[int]:
    """Indices of the older optional code forms of the checkpoints (to be replaced).

    After the widget cell of a checkpoint ``X`` and before the next widget cell or
    heading: a code cell without nbgrader metadata that calls ``course.check("X", ...)``
    and names no other exercise, and the markdown cell right before it when that cell
    is the "*Optional: for coders*" line and names no other exercise.
    """
    from ..exercises import load_banks

    known = set(load_banks())

    def named(text: str) -> set[str]:
        return {m for m in _EXERCISE_ID.findall(text) if m in known}

    drop: set[int] = set()
    for w, cell in enumerate(cells):
        ex_id = widget_exercise(_src(cell)) if cell.get("cell_type") == "code" else None
        if ex_id not in ids:
            continue
        k = w + 1
        while k < len(cells):
            c = cells[k]
            src = _src(c)
            if _is_heading(c) or (c.get("cell_type") == "code" and widget_exercise(src)):
                break
            if (c.get("cell_type") == "code" and "nbgrader" not in c.get("metadata", {})
                    and set(_CHECK_CALL.findall(src)) == {ex_id} and named(src) <= {ex_id}):  # fmt: skip
                drop.add(k)
                before = cells[k - 1]
                if (k - 1 > w and before.get("cell_type") == "markdown" and _OPTIONAL_LINE.match(_src(before))
                        and named(_src(before)) <= {ex_id}):  # fmt: skip
                    drop.add(k - 1)
            k += 1
    return drop


def checkpoint_ids(nb: Any) -> list[str]:
    """Ids of the checkpoint exercises whose widget cells are in the notebook, in order."""
    from ..exercises import load_banks

    banks = load_banks()
    out = []
    for cell in nb.get("cells", []):
        if cell.get("cell_type") != "code":
            continue
        src = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        ex_id = widget_exercise(src)
        if ex_id and ex_id in banks and banks[ex_id].checkpoint and ex_id not in out:
            out.append(ex_id)
    return out


def mark_checkpoints(nb: Any, form: str = "source") -> bool:
    """Give every checkpoint widget cell its answer and test cells (in place).

    The notebook's older optional code form of a checkpoint is replaced by the answer
    cell (see the module docstring). Stray nbgrader cells of a checkpoint (not right
    after its widget cell) are removed; nbgrader metadata on cells that are not
    checkpoint cells is left alone. Cells outside the checkpoints are not touched.

    Args:
        nb: the notebook (nbformat 4), changed in place.
        form: ``"source"`` (nbgrader's instructor version, with the solution and
            hidden-test markers) or ``"student"`` (as nbgrader releases it); see :data:`FORMS`.

    Returns:
        True when the notebook changed.
    """
    from ..exercises import get

    _check_form(form)

    cells = nb["cells"]
    for cell in cells:  # nbformat may give sources as lists of lines
        if isinstance(cell.get("source"), list):
            cell["source"] = "".join(cell["source"])
    ids = checkpoint_ids(nb)
    wanted = {f"{i}-answer" for i in ids} | {f"{i}-test" for i in ids}
    old_forms = _old_code_forms(cells, ids)
    changed = bool(old_forms)
    cells = [c for k, c in enumerate(cells) if k not in old_forms]
    out: list[Any] = []
    i = 0
    while i < len(cells):
        cell = cells[i]
        gid = _grade_id(cell)
        if gid in wanted:  # a checkpoint cell not directly after its widget: drop it
            changed = True
            i += 1
            continue
        out.append(cell)
        ex_id = widget_exercise(cell["source"]) if cell.get("cell_type") == "code" else None
        if ex_id in ids:
            points = float(get(ex_id).points)
            expected = [
                (f"{ex_id}-answer", answer_cell_source(ex_id, form), answer_cell_metadata(ex_id)),
                (f"{ex_id}-test", check_cell_source(ex_id, points, form), check_cell_metadata(ex_id, points)),
            ]
            j = i + 1
            for grade_id, source, meta in expected:
                if j < len(cells) and _grade_id(cells[j]) == grade_id:
                    changed |= _set(cells[j], source, meta)
                    out.append(cells[j])
                    j += 1
                else:
                    out.append(_new_code_cell(source, meta))
                    changed = True
            i = j
            continue
        i += 1
    nb["cells"] = out
    return changed


# --------------------------------------------------------------------- clean notebooks

#: Notebook metadata kept by :func:`normalize_notebook`.
NOTEBOOK_METADATA = ("kernelspec", "language_info")


def _is_setup(cell: Any) -> bool:
    return "setup" in (cell.get("metadata", {}).get("tags") or [])


def normalize_notebook(nb: Any, form: str = "student") -> list[str]:
    """Bring a notebook to the committed form (in place); returns what changed ([] if nothing).

    :func:`mark_checkpoints` in the given ``form`` (the kit's notebooks are in the
    student form; ``classroom init`` asks for the source form), then: no outputs, ``execution_count`` None, notebook
    metadata limited to ``kernelspec`` and ``language_info``, cell metadata limited to
    the ``nbgrader`` table of the checkpoint cells and the setup cell's own metadata
    (the cell tagged ``setup``); every other cell's metadata is emptied.

    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1", execution_count=3)])
    >>> normalize_notebook(nb)
    ['cleared outputs or execution counts of 1 cell(s)']
    >>> normalize_notebook(nb)
    []
    """
    changes: list[str] = []
    if mark_checkpoints(nb, form):
        changes.append("checkpoint cells")
    extra = sorted(k for k in nb.get("metadata", {}) if k not in NOTEBOOK_METADATA)
    if extra:
        for k in extra:
            del nb["metadata"][k]
        changes.append(f"notebook metadata {', '.join(extra)} removed")
    generated = {f"{i}-{part}" for i in checkpoint_ids(nb) for part in ("answer", "test")}
    cleared, stripped = 0, []
    for cell in nb["cells"]:
        if cell.get("cell_type") == "code" and (cell.get("outputs") or cell.get("execution_count") is not None):
            cell["outputs"] = []
            cell["execution_count"] = None
            cleared += 1
        md = cell.setdefault("metadata", {})
        if _is_setup(cell):
            continue
        keep = {"nbgrader"} if _grade_id(cell) in generated else set()
        drop = sorted(k for k in md if k not in keep)
        if drop:
            for k in drop:
                del md[k]
            stripped += drop
    if cleared:
        changes.append(f"cleared outputs or execution counts of {cleared} cell(s)")
    if stripped:
        changes.append(f"cell metadata removed: {', '.join(sorted(set(stripped)))} ({len(stripped)} key(s))")
    return changes


def notebook_text(nb: Any) -> str:
    """The notebook as its file is written (nbformat's JSON and a final newline)."""
    import nbformat

    text = nbformat.writes(nb)
    return text if text.endswith("\n") else text + "\n"


def normalize_files(paths: Any = None, check: bool = False, failed: dict[str, str] | None = None
                    ) -> dict[str, list[str]]:  # fmt: skip
    """:func:`normalize_notebook` on notebook files, rewritten in place unless ``check``.

    Args:
        paths: the notebooks (default: the kit's ``notebooks/02-*`` to ``05-*``).
        check: only report; write nothing.
        failed: when given, a file that is not a readable notebook (missing, a folder,
            not UTF-8, not JSON, not a valid notebook) or cannot be written is recorded
            here (path -> why, one line) and the others are still done; without it the
            first such file raises :class:`~course.errors.CourseError`.

    Returns:
        path -> what changed (or would change); notebooks already normalised are not listed.
    """
    from pathlib import Path

    from ..errors import CourseError

    if paths is None:
        from .coursedir import kit_notebooks

        paths = kit_notebooks()
    out: dict[str, list[str]] = {}
    for path in map(Path, paths):
        try:
            changes = _normalize_file(path, check)
        except _Unusable as exc:
            if failed is None:
                raise CourseError(f"{path}: {exc}") from None
            failed[str(path)] = str(exc)
            continue
        if changes:
            out[str(path)] = changes
    return out


class _Unusable(Exception):
    """A notebook file :func:`normalize_files` cannot read or write (the message says why)."""


def _normalize_file(path: Any, check: bool) -> list[str]:
    """Normalise one notebook file; what changed ([] when nothing); :class:`_Unusable` on a bad file."""
    import nbformat

    def why(exc: BaseException) -> str:
        text = " ".join(str(exc).split())
        return f"{type(exc).__name__}: {text[:100]}" if text else type(exc).__name__

    if not path.exists():
        raise _Unusable("no such file")
    if path.is_dir():
        raise _Unusable("is a folder, not a notebook")
    try:
        before = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise _Unusable("not a readable notebook (not UTF-8 text)") from None
    except OSError as exc:
        raise _Unusable(f"cannot be read ({exc.strerror or type(exc).__name__})") from None
    try:
        nb = nbformat.reads(before, as_version=4)
        changes = normalize_notebook(nb)
        after = notebook_text(nb)
    except Exception as exc:  # NotJSONError, an unknown nbformat version, cells of a wrong form ...
        raise _Unusable(f"not a readable notebook ({why(exc)})") from None
    if after == before:
        return []
    if not check:
        try:
            nbformat.validate(nb)
        except Exception as exc:  # noqa: BLE001 - nbformat's ValidationError
            raise _Unusable(f"not a valid notebook ({why(exc)}); left as it was") from None
        tmp = path.with_name(f".{path.name}.tmp")
        try:
            tmp.write_text(after, encoding="utf-8")
            tmp.replace(path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise _Unusable(f"cannot be written ({exc.strerror or type(exc).__name__}); left as it was") from None
    return changes or ["JSON layout"]
