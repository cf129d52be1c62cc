"""Simulated submissions: small assignment notebooks and fake students.

Used by the tests and the grading benchmark, and handy to try the classroom workflow
before a real class: :func:`fixture_notebook` builds a small assignment notebook
with checkpoint cells, :func:`write_submission` writes one student's submission
(the released notebook, edited, plus an answers file) into ``submitted/``.

Example:
    >>> nb = fixture_notebook("02-hedging", ["hedging-14"])
    >>> [c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells if c.metadata.get("nbgrader")]
    ['hedging-14-answer', 'hedging-14-test']
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from .notebook import mark_checkpoints
from .scoring import ANSWERS_SUFFIX, variable_name


def fixture_notebook(notebook_id: str, exercise_ids: list[str]) -> Any:
    """A small notebook like the kit's: setup cell, a Checkpoint section, one widget
    cell per exercise, each followed by its nbgrader answer and test cells."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    cells = [
        new_markdown_cell(f"# {notebook_id} (practice assignment)"),
        new_code_cell(f'import course\ncourse.start("{notebook_id}")'),
        new_markdown_cell("## Checkpoint\n\nThese exercises are graded."),
    ]
    for ex_id in exercise_ids:
        cells.append(new_code_cell(f'course.exercise("{ex_id}")'))
    nb = new_notebook(cells=cells, metadata={
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
    })  # fmt: skip
    mark_checkpoints(nb)
    nbformat.validate(nb)
    return nb


def write_submission(
    course: str | Path,
    assignment: str,
    student: str,
    panel: dict[str, Any] | None = None,
    code: dict[str, Any] | None = None,
    notebook_id: str | None = None,
    answers_text: str | None = None,
    extra_cells: list[str] | None = None,
    delete: list[str] | None = None,
    duplicate: list[str] | None = None,
    notebook_name: str | None = None,
    timestamp: str = "2026-03-02 10:00:00.000000 UTC",
    best: dict[str, Any] | None = None,
) -> Path:
    """Write ``submitted/<student>/<assignment>/`` from the released notebook.

    Args:
        panel: exercise id -> answer saved in the answers file (as the widgets do).
        code: exercise id -> a code answer typed in the answer cell (a Python literal).
        notebook_id: the answers file's notebook id (default: the assignment).
        answers_text: raw text of the answers file instead (e.g. damaged JSON).
        extra_cells: code cells added before the checkpoint section (e.g. one that raises).
        delete: grade ids of cells to delete; duplicate: grade ids of cells to copy.
        notebook_name: save the notebook under another name (a renamed notebook).
        best: exercise id -> the best-scoring answer recorded in the answers file, when
            it is not the last one (``panel``); as the widgets write it.

    Returns:
        The submission folder.
    """
    import nbformat
    from nbformat.v4 import new_code_cell

    root = Path(course)
    release = root / "release" / assignment
    folder = root / "submitted" / student / assignment
    folder.mkdir(parents=True, exist_ok=True)
    for name in [p.name for p in release.glob("*.ipynb")]:
        nb = nbformat.read(release / name, as_version=4)
        for ex_id, value in (code or {}).items():
            for cell in nb.cells:
                if cell.metadata.get("nbgrader", {}).get("grade_id") == f"{ex_id}-answer":
                    cell.source = f"{variable_name(ex_id)} = {value!r}"
        for gid in duplicate or []:
            for k, cell in enumerate(list(nb.cells)):
                if cell.metadata.get("nbgrader", {}).get("grade_id") == gid:
                    copy = nbformat.from_dict(json.loads(json.dumps(cell)))
                    copy["id"] = uuid.uuid4().hex[:8]
                    nb.cells.insert(k + 1, copy)
                    break
        if delete:
            nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") not in delete]
        if extra_cells:
            at = next((k for k, c in enumerate(nb.cells) if "## Checkpoint" in c.source), len(nb.cells))
            for src in reversed(extra_cells):
                nb.cells.insert(at, new_code_cell(src))
        nbformat.write(nb, folder / (notebook_name or name))
    if answers_text is not None:
        (folder / f"{notebook_id or assignment}{ANSWERS_SUFFIX}").write_text(answers_text, encoding="utf-8")
    elif panel:
        data = {"notebook": notebook_id or assignment,
                "answers": {k: {"answer": v, "score": None, "time": "2026-03-02T09:59:00+00:00"} for k, v in panel.items()}}  # fmt: skip
        for k, v in (best or {}).items():
            data["answers"][k]["best"] = {"answer": v, "score": None, "time": "2026-03-02T09:58:00+00:00"}
        (folder / f"{notebook_id or assignment}{ANSWERS_SUFFIX}").write_text(json.dumps(data), encoding="utf-8")
    (folder / "timestamp.txt").write_text(timestamp + "\n", encoding="utf-8")
    return folder
