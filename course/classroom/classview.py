"""The class view of a span-selection exercise: what the students marked.

From the students' answers files (``submitted/<student>/<assignment>/*.kit-answers.json``
in a course folder, or any folder of answers files), and, as grading does, from a code
answer (``answer_<id> = ...``) in the notebook beside one, :func:`class_view` counts how
many students marked each token of the passage, measures how far they agree
(Fleiss-style multi-kappa and Krippendorff's alpha, with
``nltk.metrics.agreement.AnnotationTask`` over (student, token, marked?) triples)
and lists the most common wrong selections and the most often missed phrases.

Missing, damaged or wrong-form answers files never stop it: each gives a line in
``problems``.

Example:
    >>> import json, tempfile
    >>> from pathlib import Path
    >>> root = Path(tempfile.mkdtemp())
    >>> for student, answer in {"ann": ["could"], "bo": ["could", "about"], "cy": ["about"]}.items():
    ...     d = root / student
    ...     d.mkdir()
    ...     _ = (d / "02-hedging.kit-answers.json").write_text(json.dumps(
    ...         {"notebook": "02-hedging", "answers": {"hedging-12": {"answer": answer}}}))
    >>> (root / "dan").mkdir(); _ = (root / "dan" / "02-hedging.kit-answers.json").write_text("{oops")
    >>> view = class_view(root, "hedging-12")
    >>> view.students, len(view.problems)
    (3, 1)
    >>> view.count_of("could")
    2
"""

from __future__ import annotations

import html
import json
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import CourseError
from .scoring import ANSWERS_SUFFIX, code_answer, read_answers_file


@dataclass
class ClassView:
    """Per-token counts, agreement and common mistakes for one span-select exercise.

    Attributes:
        exercise_id: the exercise.
        passage: its text; ``tokens``: (index, start, end, text) of each token.
        counts: token index -> number of students who marked it.
        reference: token indices of the key's answer.
        selections: student -> the set of token indices they marked.
        problems: one line per answers file that could not be used.
        kappa, alpha: agreement among students (None when it cannot be computed).
        wrong: the most common wrong selections (phrase, students).
        missed: the reference phrases most often not marked (phrase, students).
    """

    exercise_id: str
    passage: str
    tokens: list[tuple[int, int, int, str]]
    counts: dict[int, int]
    reference: set[int]
    selections: dict[str, set[int]]
    problems: list[str] = field(default_factory=list)
    kappa: float | None = None
    alpha: float | None = None
    wrong: list[tuple[str, int]] = field(default_factory=list)
    missed: list[tuple[str, int]] = field(default_factory=list)
    agreement_note: str = ""

    @property
    def students(self) -> int:
        return len(self.selections)

    def count_of(self, word: str) -> int:
        """How many students marked the first token whose text is ``word``."""
        for i, _s, _e, text in self.tokens:
            if text.lower() == word.lower():
                return self.counts.get(i, 0)
        raise KeyError(word)

    def __str__(self) -> str:
        n = self.students
        lines = [f"Class view of {self.exercise_id}: {n} student(s) with an answer."]
        marked = sorted(((c, i) for i, c in self.counts.items() if c), reverse=True)
        if marked:
            lines.append("Most marked tokens (students / word / in the key?):")
            for c, i in marked[:15]:
                lines.append(f"  {c:3d}  {self.tokens[i][3]:<20} {'key' if i in self.reference else '-'}")
        fmt = lambda x: "n/a" if x is None else f"{x:.3f}"  # noqa: E731
        lines.append(f"Agreement among students: Fleiss-style kappa {fmt(self.kappa)}, "
                     f"Krippendorff's alpha {fmt(self.alpha)}" + (f" ({self.agreement_note})" if self.agreement_note else ""))  # fmt: skip
        if self.wrong:
            lines.append("Most common wrong selections: " + "; ".join(f"{p!r} ({k})" for p, k in self.wrong))
        if self.missed:
            lines.append("Most often missed: " + "; ".join(f"{p!r} ({k})" for p, k in self.missed))
        for p in self.problems:
            lines.append(f"  problem: {p}")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return str(self)

    def heatmap_html(self) -> str:
        """The passage with each token shaded by the share of students who marked it;
        tokens of the key are underlined; hovering shows the count."""
        n = max(1, self.students)
        parts, pos = [], 0
        for i, start, end, text in self.tokens:
            parts.append(html.escape(self.passage[pos:start]))
            c = self.counts.get(i, 0)
            alpha = c / n
            style = f"background:rgba(230,81,0,{alpha:.2f});border-radius:2px"
            if i in self.reference:
                style += ";text-decoration:underline;text-decoration-thickness:2px"
            parts.append(f'<span title="{c} of {self.students} students" style="{style}">{html.escape(text)}</span>')
            pos = end
        parts.append(html.escape(self.passage[pos:]))
        return ('<div class="course-classview-heatmap" style="line-height:1.9;white-space:pre-wrap">'
                + "".join(parts) + "</div>")  # fmt: skip

    def _repr_html_(self) -> str:
        body = html.escape(str(self)).replace("\n", "<br>")
        legend = ("<small>Darker = marked by more students; underlined = in the answer key.</small>")
        return f'<div class="course-classview">{self.heatmap_html()}{legend}<p style="font-family:monospace">{body}</p></div>'

    def to_html_page(self) -> str:
        return (f"<!doctype html><meta charset='utf-8'><title>Class view {html.escape(self.exercise_id)}</title>"
                f"<body style='font-family:sans-serif;max-width:50em;margin:2em auto'>"
                f"<h1>Class view: {html.escape(self.exercise_id)}</h1>{self._repr_html_()}</body>")  # fmt: skip

    def plot(self):
        """A bar chart: students per word token (key tokens in a darker colour); a Figure."""
        from matplotlib.figure import Figure

        words = [t for t in self.tokens if any(ch.isalnum() for ch in t[3])]
        fig = Figure(figsize=(max(6, 0.28 * len(words)), 3))
        ax = fig.add_subplot(1, 1, 1)
        xs = range(len(words))
        ax.bar(xs, [self.counts.get(t[0], 0) for t in words],
               color=["#e65100" if t[0] in self.reference else "#90a4ae" for t in words])  # fmt: skip
        ax.set_xticks(list(xs))
        ax.set_xticklabels([t[3] for t in words], rotation=90, fontsize=7)
        ax.set_ylabel("students")
        ax.set_title(f"{self.exercise_id}: who marked what (orange = in the key)")
        fig.tight_layout()
        return fig


def find_answers_files(root: str | Path, notebook: str | None = None) -> dict[str, list[Path]]:
    """Student -> answers files. In a course folder: ``submitted/<student>/<assignment>/``;
    elsewhere: every ``*.kit-answers.json`` below ``root``, the student being the first
    folder under ``root`` (or the file's stem for files directly in ``root``)."""
    rootp = Path(root).expanduser()
    out: dict[str, list[Path]] = {}
    base = rootp / "submitted" if (rootp / "submitted").is_dir() else rootp
    if not base.is_dir():
        raise CourseError(f"{rootp}: no such folder.")
    for student_dir in sorted(p for p in base.iterdir() if p.is_dir()):
        files = sorted(student_dir.rglob(f"*{ANSWERS_SUFFIX}"))
        out[student_dir.name] = files
    if base == rootp:
        for f in sorted(rootp.glob(f"*{ANSWERS_SUFFIX}")):
            out[f.name[: -len(ANSWERS_SUFFIX)]] = [f]
    return out


def _phrases(indices: set[int], tokens: list[tuple[int, int, int, str]], passage: str) -> list[str]:
    """Group token indices into contiguous phrases (as text of the passage); the parts of one
    written word stay together ("Dalmar’s" is three tokens, its apostrophe never marked)."""
    out, run = [], []
    for i in sorted(indices):
        gap = passage[tokens[run[-1]][2]:tokens[i][1]] if run else ""
        if run and i != run[-1] + 1 and (not gap or any(ch.isspace() for ch in gap)):
            out.append(run)
            run = []
        run.append(i)
    if run:
        out.append(run)
    return [passage[tokens[r[0]][1]: tokens[r[-1]][2]] for r in out]


def class_view(root: str | Path, exercise_id: str, key: str | Path | None = None, top: int = 5) -> ClassView:
    """Build the :class:`ClassView` of a span-select exercise from the answers files under ``root``.

    Args:
        root: a course folder (its ``submitted/``) or any folder of answers files.
        exercise_id: a span-select exercise, e.g. ``"hedging-12"``.
        key: the answer key (default: ``$COURSE_ANSWER_KEY``, else the kit's key).
        top: how many wrong selections and missed phrases to list.
    """
    import os

    from .. import exercises as E
    from ..grading import grade, tokens_of

    if key or os.environ.get(E.KEY_ENV):  # a private key: refuse one that would count wrongly
        from .coursedir import validate_key

        validate_key(Path(key or os.environ[E.KEY_ENV]).expanduser())
    ex = E.keyed(E.get(exercise_id), E.load_answer_key(key))
    if ex.type != "span-select":
        raise CourseError(f"{exercise_id} is a {ex.type} exercise; the class view is for span-select exercises.")
    toks = [(t.index, t.start, t.end, t.text) for t in tokens_of(ex.passage)]
    is_word = {i for i, _s, _e, text in toks if any(ch.isalnum() for ch in text)}
    ref_fb = grade(ex, E.reference_answer_of(ex))
    reference = {t["index"] for t in ref_fb.details.get("tokens", []) if t["status"] == "correct"}
    selections: dict[str, set[int]] = {}
    problems: list[str] = []
    for student, files in find_answers_files(root).items():
        if not files:
            problems.append(f"{student}: no answers file")
            continue
        # as grading does: a code answer in the exercise's own notebook (beside its answers file) wins
        own = [f for f in files if f.parent.name == ex.notebook or f.name.startswith(ex.notebook)]
        files = own + [f for f in files if f not in own]
        answer = code_answer(files[0].parent, exercise_id)
        found, bad = answer is not None, []
        for f in files if not found else []:
            af = read_answers_file(f)
            if af.problem and not af.answers:
                bad.append(f"{f.name} is {af.problem}")
                continue
            if exercise_id in af.answers:
                answer, found = af.candidates(exercise_id)[0], True  # the best recorded answer
                break
        if not found:
            problems.append(f"{student}: " + ("; ".join(bad) if bad else f"no answer to {exercise_id}"))
            continue
        fb = grade(ex, answer)
        if fb.details.get("error"):
            problems.append(f"{student}: the answer to {exercise_id} has the wrong form ({fb.details['error']})")
            continue
        selections[student] = {t["index"] for t in fb.details.get("tokens", [])
                               if t["status"] in ("correct", "extra", "marked")}  # marked: an over-marked answer
    counts = {i: sum(1 for s in selections.values() if i in s) for i, *_ in toks}
    wrong: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for sel in selections.values():
        wrong.update(set(_phrases(sel - reference, toks, ex.passage)))
        missed.update(set(_phrases(reference - sel, toks, ex.passage)))
    view = ClassView(exercise_id, ex.passage, toks, counts, reference, selections, problems,
                     wrong=wrong.most_common(top), missed=missed.most_common(top))  # fmt: skip
    view.kappa, view.alpha, view.agreement_note = agreement(selections, sorted(is_word))
    return view


def agreement(selections: dict[str, set[int]], items: list[int]) -> tuple[float | None, float | None, str]:
    """Multi-kappa (Davies and Fleiss) and Krippendorff's alpha over (student, token, marked?)
    triples, with ``nltk.metrics.agreement.AnnotationTask``; ``(None, None, why)`` when
    they cannot be computed (fewer than two students, or no variation at all)."""
    if len(selections) < 2:
        return None, None, "needs at least two students"
    from nltk.metrics.agreement import AnnotationTask

    data = [(student, str(i), "1" if i in sel else "0") for student, sel in selections.items() for i in items]
    labels = {d[2] for d in data}
    if len(labels) < 2:
        return 1.0, 1.0, "every student gave the same answer on every token"
    task = AnnotationTask(data=data)
    kappa = alpha = None
    note = ""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            kappa = float(task.multi_kappa())
        except (ZeroDivisionError, ValueError) as exc:
            note = f"kappa undefined ({type(exc).__name__})"
        try:
            alpha = float(task.alpha())
        except (ZeroDivisionError, ValueError) as exc:
            note = (note + "; " if note else "") + f"alpha undefined ({type(exc).__name__})"
    return kappa, alpha, note


def html_target(path: str | Path, exercise_id: str = "classview") -> Path:
    """Check that the heatmap page can be written at ``path`` (before any work is done).

    Raises:
        CourseError: ``path`` is a folder, its folder does not exist, or it cannot be written.
    """
    import os

    p = Path(path).expanduser()
    if p.is_dir():
        raise CourseError(f"--html {path} is a folder: give a file name, e.g. {p / (exercise_id + '.html')}")
    parent = p.parent
    if not parent.exists():
        raise CourseError(f"--html {path}: the folder {parent} does not exist (create it first, or give another path).")
    if not parent.is_dir():
        raise CourseError(f"--html {path}: {parent} is a file, not a folder.")
    if not os.access(parent, os.W_OK) or (p.exists() and not os.access(p, os.W_OK)):
        raise CourseError(f"--html {path}: no permission to write there; give another path.")
    return p


def save_html(view: ClassView, path: str | Path) -> Path:
    """Write the heatmap page (:meth:`ClassView.to_html_page`) to ``path``."""
    p = html_target(path, view.exercise_id)
    try:
        p.write_text(view.to_html_page(), encoding="utf-8")
    except OSError as exc:
        raise CourseError(f"Cannot write {p}: {exc.strerror or type(exc).__name__}.") from None
    return p


def to_json(view: ClassView) -> str:
    return json.dumps({"exercise": view.exercise_id, "students": view.students, "counts": view.counts,
                       "kappa": view.kappa, "alpha": view.alpha, "wrong": view.wrong, "missed": view.missed,
                       "problems": view.problems}, indent=1)  # fmt: skip
