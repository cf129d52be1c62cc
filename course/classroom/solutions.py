"""The checkpoints' solutions as one page, for an instructor to publish after grading.

During the course a checkpoint's **Show solution** says "its answer is released by your
instructor". After grading, ``python -m course classroom solutions --html solutions.html``
writes that release: for each checkpoint, its prompt and passage, the answer by the
grading key and the key's explanation, as one standalone HTML page (no scripts, no
external files) to post in the LMS or print.

Example:
    >>> page = solutions_html(notebook="02-hedging")
    >>> "hedging-12" in page and "<script" not in page
    True
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from ..errors import CourseError
from ..markup import inline_html


def checkpoint_solutions(key: str | Path | None = None, notebook: str | None = None) -> list[dict[str, Any]]:
    """Each checkpoint (of one notebook, or all) with its answer and explanation by ``key``
    (default: ``$COURSE_ANSWER_KEY``, else the kit's key), in notebook and id order."""
    from .. import exercises as E

    grading_key = E.load_answer_key(key)
    out = []
    for ex in sorted(E.load_banks().values(), key=lambda e: (e.notebook, e.id)):
        if not ex.checkpoint or (notebook and ex.notebook != notebook):
            continue
        keyed = E.keyed(ex, grading_key)
        out.append({"id": ex.id, "notebook": ex.notebook, "title": ex.title, "prompt": ex.prompt,
                    "passage": ex.passage, "answer": E.format_solution(keyed), "explanation": keyed.explanation})
    if not out:
        raise CourseError(f"No checkpoints{' in ' + notebook if notebook else ''}: check the notebook name "
                          "(for example 02-hedging).")
    return out


def solutions_html(key: str | Path | None = None, notebook: str | None = None) -> str:
    """The page :func:`checkpoint_solutions` describes, as a standalone HTML document."""
    parts = []
    for s in checkpoint_solutions(key, notebook):
        answer = html.escape(s["answer"]).replace("\n", "<br>")
        passage = f"<blockquote>{html.escape(s['passage'])}</blockquote>" if s["passage"] else ""
        if len(s["passage"] or "") >= 1500:  # a whole article: folded, as the panels show it
            passage = f"<details><summary>The whole text</summary>{passage}</details>"
        parts.append(
            f"<section><h2>{html.escape(s['id'])}: {html.escape(s['title'])} "
            f"<small>({html.escape(s['notebook'])})</small></h2>"
            f"<div class='prompt'>{inline_html(s['prompt'])}</div>{passage}"
            f"<p class='answer'><b>Answer.</b> {answer}</p>"
            f"<div class='why'><b>Why.</b> {inline_html(s['explanation'])}</div></section>"
        )
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>Reading Diplomatic News: checkpoint solutions</title><style>"
        "body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.5;padding:0 1em}"
        "blockquote{border-left:4px solid #999;margin:.5em 0;padding:.2em .8em;background:#f4f4f4;white-space:pre-line}"
        "section{border-top:1px solid #ccc;padding-top:.5em}small{font-weight:400;opacity:.7}"
        "</style></head><body><h1>Checkpoint solutions</h1>" + "".join(parts) + "</body></html>\n"
    )


def write_solutions(out: str | Path, key: str | Path | None = None, notebook: str | None = None) -> Path:
    """Write :func:`solutions_html` to ``out`` (refused when ``out`` is a folder)."""
    path = Path(out).expanduser()
    if path.is_dir():
        raise CourseError(f"{path} is a folder: give a file name such as solutions.html.")
    if not path.parent.is_dir():
        raise CourseError(f"{path.parent}: no such folder.")
    path.write_text(solutions_html(key, notebook), encoding="utf-8")
    return path
