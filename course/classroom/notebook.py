"""nbgrader cells for the graded checkpoints of a notebook.

Each checkpoint exercise ``X`` (an exercise with ``checkpoint = true`` in its bank)
appears in its notebook as three cells in a row:

a. the widget cell ``course.exercise("X")`` (no nbgrader metadata);
b. an *autograded answer* cell (nbgrader ``solution``, ``grade_id`` ``X-answer``)::

       answer_X = None  # optional: type your answer here, or use the panel above
       ### BEGIN SOLUTION
       ### END SOLUTION

   The solution region is empty: with the course's ``ClearSolutions.code_stub``
   (written by ``classroom init``) the student version is the first line alone,
   so a student who uses the panel can run every cell without an error;
c. a locked *autograder test* cell (``grade_id`` ``X-test``, the exercise's points):
   a visible presence check, and a hidden part (removed from the student version,
   put back by nbgrader when grading) whose last value is the score, a float
   between 0 and the points (:func:`course.classroom.score`).

:func:`mark_checkpoints` writes (b) and (c) after every checkpoint widget cell and
brings existing ones to this exact form; it is idempotent, and the kit's tests
check that the committed notebooks are already in that form.

Example:
    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell('course.exercise("hedging-12")')])
    >>> changed = mark_checkpoints(nb)
    >>> [c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells]
    [None, 'hedging-12-answer', 'hedging-12-test']
    >>> mark_checkpoints(nb)
    False
"""

from __future__ import annotations

import re
from typing import Any

from .scoring import variable_name

#: nbgrader's cell metadata schema version.
SCHEMA_VERSION = 3

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


def answer_cell_source(exercise_id: str) -> str:
    """The source of a checkpoint's autograded answer cell."""
    return (
        f"{variable_name(exercise_id)} = None  # optional: type your answer here, or use the panel above\n"
        "### BEGIN SOLUTION\n"
        "### END SOLUTION"
    )


def check_cell_source(exercise_id: str, points: float) -> str:
    """The source of a checkpoint's locked test cell (visible check + hidden score)."""
    var = variable_name(exercise_id)
    return (
        f"# Checkpoint {exercise_id} ({_points_phrase(points)}): graded from {var} above if you set it,\n"
        "# otherwise from the last answer you checked in the panel.\n"
        "import course.classroom\n"
        f'assert course.classroom.answered("{exercise_id}"), (\n'
        f'    "No answer yet for {exercise_id}: answer in the panel above (or set {var}) and run this cell again."\n'
        ")\n"
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
    return cell


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


def mark_checkpoints(nb: Any) -> bool:
    """Give every checkpoint widget cell its answer and test cells (in place).

    Stray nbgrader cells of a checkpoint (not right after its widget cell) are
    removed; nbgrader metadata on cells that are not checkpoint cells is left alone.

    Returns:
        True when the notebook changed.
    """
    from ..exercises import get

    cells = nb["cells"]
    for cell in cells:  # nbformat may give sources as lists of lines
        if isinstance(cell.get("source"), list):
            cell["source"] = "".join(cell["source"])
    ids = checkpoint_ids(nb)
    wanted = {f"{i}-answer" for i in ids} | {f"{i}-test" for i in ids}
    changed = False
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
                (f"{ex_id}-answer", answer_cell_source(ex_id), answer_cell_metadata(ex_id)),
                (f"{ex_id}-test", check_cell_source(ex_id, points), check_cell_metadata(ex_id, points)),
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
