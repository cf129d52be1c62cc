"""The attempt log, the answers file and ``course.progress()``.

Two files are written after every checked answer:

- **the progress log**, one JSON file per user: ``$COURSE_PROGRESS`` when set,
  else ``$XDG_DATA_HOME/reading-diplomatic-news/progress.json`` (by default
  ``~/.local/share/reading-diplomatic-news/progress.json``). Every attempt is
  appended as ``{"exercise", "notebook", "lens", "time", "score", "passed", "answer"}``.
- **the answers file** ``<notebook_id>.kit-answers.json`` in the current folder (the
  notebook's folder), holding per exercise the last answer (``answer``, ``score``,
  ``time``) and the best-scoring one (``best``: the same three fields; the later of
  equal scores), for a classroom grader that runs after the kernel is gone. Files
  written before ``best`` existed are read as they are (their answer is also the
  best). The notebook id comes from ``course.start``; ``$COURSE_ANSWERS_DIR``
  overrides the folder (tests use it).

Both are written safely: an exclusive ``fcntl.flock`` on a ``.lock`` file beside
the target (``.<name>.lock``, hidden; skipped where ``fcntl`` does not exist), read-merge-write into a temp
file in the same folder, then ``os.replace`` (atomic). Two kernels writing at once
lose nothing.

Nothing is written while nbgrader re-runs a notebook (``$NBGRADER_EXECUTION`` set):
the answers file is then the student's evidence, read by :mod:`course.classroom`.

Nothing here ever raises to the student. A damaged log is moved aside to
``progress.json.corrupt-<timestamp>`` and a fresh one started, with a warning; a
folder that cannot be written keeps the attempts in memory for the session, with
one warning. Warnings are returned (and shown in the Feedback box), not printed to
stderr, since some classroom graders score a cell that writes to stderr as failed.

Example:
    >>> report = progress()
    >>> isinstance(report, ProgressReport)
    True
"""

from __future__ import annotations

import contextlib
import html
import json
import os
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterator

try:  # pragma: no cover - platform dependent
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

APP_DIR = "reading-diplomatic-news"

#: Attempts that could not be written to disk in this session (kept in memory).
_pending: list[dict[str, Any]] = []
#: Last answers per (answers-file path) that could not be written.
_pending_answers: dict[str, dict[str, Any]] = {}
#: Warnings already given in this session (each is given once).
_warned: set[str] = set()
#: Every warning given in this session, in order (for widgets and tests).
warnings_given: list[str] = []


def reset_session() -> None:
    """Forget attempts kept in memory and warnings already given (the files stay)."""
    _read_cache.clear()
    _pending.clear()
    _pending_answers.clear()
    _warned.clear()
    warnings_given.clear()


def progress_path() -> Path:
    """Where the progress log lives (see the module docstring)."""
    env = os.environ.get("COURSE_PROGRESS")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_DIR / "progress.json"


def answers_path(notebook: str | None = None, folder: Path | None = None) -> Path:
    """The answers file of a notebook, in ``folder`` (default: ``$COURSE_ANSWERS_DIR``
    when set, else the current folder, i.e. the notebook's folder in Jupyter)."""
    if notebook is None:
        from .context import current_notebook

        notebook = current_notebook()
    if folder is None:
        env = os.environ.get("COURSE_ANSWERS_DIR")
        folder = Path(env).expanduser() if env else Path.cwd()
    return folder / f"{notebook}.kit-answers.json"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _jsonable(x: Any) -> Any:
    """A JSON-safe copy of an answer (tuples become lists, unknown objects strings), that can
    be written as UTF-8: a lone surrogate (half an emoji) becomes U+FFFD.

    >>> _jsonable(("ok", "half \\ud83d"))
    ['ok', 'half �']
    """
    text = json.dumps(x, default=str, ensure_ascii=False)
    text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return json.loads(text)


def _warn_once(key: str, message: str) -> str:
    if key in _warned:
        return ""
    _warned.add(key)
    warnings_given.append(message)
    return message


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``<path>.lock`` (no-op without fcntl)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if fcntl is None:  # pragma: no cover
        yield
        return
    with open(path.with_name(f".{path.name}.lock"), "a") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _umask() -> int:
    """The process's umask: read from /proc where there is one (no change to the process),
    else set and restored at once."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _atomic_write(path: Path, data: Any) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent))
    try:
        # errors="replace": a character that cannot be written never blocks the save
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file private (0600); an answers file is handed in and read by a
        # teacher, so it gets an ordinary file's permissions (0666 less the umask)
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _read_json(path: Path, valid: Callable[[Any], bool], what: str = "progress") -> tuple[Any, str]:
    """Read ``path`` (UTF-8, with or without a byte-order mark); a damaged file is moved aside,
    never overwritten. Returns (data or None, warning)."""
    if not path.exists():
        return None, ""
    try:
        with open(path, encoding="utf-8-sig") as fh:
            data = json.load(fh)
        if valid(data):
            return data, ""
        raise ValueError("unexpected structure")
    except (ValueError, UnicodeDecodeError):
        stamp = datetime.now().strftime("%Y%m%dT%H%M%S") + f"-{os.getpid()}-{time.monotonic_ns() % 10**6}"
        aside = path.with_name(f"{path.name}.corrupt-{stamp}")
        os.replace(path, aside)
        if what == "answers":
            return None, (
                f"Your answers file {path.name} could not be read, so it was moved to {aside.name} and a "
                "fresh one started with this answer. Earlier answers are still in that file: check those "
                "exercises again, or hand the file in to your teacher as well."
            )
        return None, (
            f"Your progress file {path} could not be read, so it was moved to {aside.name} and a fresh one "
            "started. This attempt is saved; earlier ones are still in that file."
        )


def _valid_log(data: Any) -> bool:
    return isinstance(data, dict) and isinstance(data.get("attempts"), list)


def _valid_answers(data: Any) -> bool:
    return isinstance(data, dict) and isinstance(data.get("answers"), dict)


def _append_attempts(path: Path, entries: list[dict[str, Any]]) -> str:
    """Append entries to the log under the lock; returns a warning ("" if none). Raises OSError."""
    with _locked(path):
        data, warning = _read_json(path, _valid_log)
        if data is None:
            data = {"version": 1, "attempts": []}
        data["attempts"].extend(entries)
        _atomic_write(path, data)
    return warning


def _entry_score(entry: dict[str, Any]) -> float:
    try:
        return float(entry.get("score") or 0.0)
    except (TypeError, ValueError):
        return 0.0


def merge_answer(old: Any, new: dict[str, Any]) -> dict[str, Any]:
    """The answers-file entry after ``new`` (``{"answer", "score", "time"}``, maybe with its
    own ``best``): ``new`` as the last answer, and ``best`` the highest-scoring of the old
    best (or the old last answer), ``new``'s best and ``new`` itself; the later wins a tie.

    >>> e = merge_answer(None, {"answer": ["may"], "score": 1.0, "time": "t1"})
    >>> e = merge_answer(e, {"answer": [], "score": 0.0, "time": "t2"})
    >>> e["answer"], e["best"]["answer"]
    ([], ['may'])
    """
    candidates = []
    if isinstance(old, dict):
        candidates.append(old.get("best") if isinstance(old.get("best"), dict) else old)
    candidates += [new.get("best"), new]
    best: dict[str, Any] | None = None
    for c in candidates:
        if isinstance(c, dict) and "answer" in c and (best is None or _entry_score(c) >= _entry_score(best)):
            best = c
    entry = {k: v for k, v in new.items() if k != "best"}
    entry["best"] = {k: best.get(k) for k in ("answer", "score", "time")} if best else dict(entry)
    return entry


def _update_answers(path: Path, notebook: str, updates: dict[str, Any]) -> str:
    with _locked(path):
        data, warning = _read_json(path, _valid_answers, "answers")
        if data is None:
            data = {"notebook": notebook, "answers": {}}
        data["notebook"] = notebook
        for ex_id, entry in updates.items():
            data["answers"][ex_id] = merge_answer(data["answers"].get(ex_id), entry)
        _atomic_write(path, data)
    return warning


def record(feedback: Any, answer: Any, exercise: Any = None) -> str:
    """Log one attempt and update the answers file. Never raises.

    Args:
        feedback: the :class:`~course.feedback.Feedback` of the attempt.
        answer: the answer as given (stored as JSON; tuples become lists).
        exercise: the :class:`~course.exercises.Exercise` (for notebook and lens);
            looked up by ``feedback.exercise_id`` when omitted.

    Returns:
        A warning for the student ("" when all went well); each kind of warning is
        given once per session.
    """
    from .context import current_notebook

    if os.environ.get("NBGRADER_EXECUTION"):
        # nbgrader re-runs the notebook to grade (or validate) it: the student's answers
        # file is the evidence and must not be overwritten by the re-run's own checks.
        return ""
    try:
        if exercise is None:
            from .exercises import get

            exercise = get(feedback.exercise_id)
        notebook, lens = exercise.notebook, exercise.lens
    except Exception:
        notebook, lens = "", ""
    try:
        answer = _jsonable(answer)
    except Exception:
        answer = repr(answer)
    entry = {
        "exercise": feedback.exercise_id,
        "notebook": notebook,
        "lens": lens,
        "time": _now(),
        "score": feedback.score,
        "passed": bool(feedback.passed),
        "answer": answer,
    }
    warnings: list[str] = []
    # 1. the progress log
    path = progress_path()
    batch = [*_pending, entry]
    try:
        w = _append_attempts(path, batch)
        _pending.clear()
        if w:
            warnings.append(_warn_once(f"corrupt:{w}", w))
    except Exception as exc:
        if entry not in _pending:
            _pending.append(entry)
        warnings.append(
            _warn_once(
                f"log:{path}",
                f"Your progress cannot be saved to {path} ({type(exc).__name__}); it is kept in memory "
                "for this session only. Set COURSE_PROGRESS to a writable file to keep it.",
            )
        )
    # 2. the answers file (last and best answer per exercise)
    nb = current_notebook()
    apath = answers_path(nb)
    key = str(apath)
    pending = _pending_answers.get(key, {})
    new = {"answer": answer, "score": feedback.score, "time": entry["time"]}
    updates = {**pending, feedback.exercise_id: merge_answer(pending.get(feedback.exercise_id), new)}
    try:
        w = _update_answers(apath, nb, updates)
        _pending_answers.pop(key, None)
        if w:
            warnings.append(_warn_once(f"corrupt:{w}", w))
    except Exception as exc:
        _pending_answers[key] = updates
        warnings.append(
            _warn_once(
                f"answers:{apath}",
                f"Your answers cannot be written to {apath.name} in this folder ({type(exc).__name__}); "
                "your teacher's grader will not see them. Run the notebook from a folder you can write to.",
            )
        )
    return " ".join(w for w in warnings if w)


#: The last progress log read: (path, modification time in ns, size) -> its attempts. Every
#: exercise panel asks for its earlier attempts, so a notebook would read the log once per panel.
_read_cache: dict[tuple[str, int, int], list[dict[str, Any]]] = {}


def read_attempts(path: Path | None = None) -> list[dict[str, Any]]:
    """Every logged attempt (from disk, plus those kept in memory this session).

    The file is parsed again only when its modification time or size changed; the
    entries returned are copies, so a caller may change them freely.
    """
    path = path or progress_path()
    attempts: list[dict[str, Any]] = []
    try:
        st = os.stat(path)
        key = (str(path), st.st_mtime_ns, st.st_size)
        if key not in _read_cache:
            with open(path, encoding="utf-8-sig") as fh:
                data = json.load(fh)
            parsed = [a for a in data["attempts"] if isinstance(a, dict)] if _valid_log(data) else []
            _read_cache.clear()
            _read_cache[key] = parsed
        attempts = [dict(a) for a in _read_cache[key]]
    except (OSError, ValueError, UnicodeDecodeError):
        pass
    return attempts + list(_pending)


def my_answer(exercise_id: str) -> Any:
    """Your last saved answer to an exercise (from the progress log on this computer), or None.

    Notebook 06 uses it to show the reflection written in notebook 00 ("start-07") back.

    Example:
        >>> my_answer("no-such-exercise") is None
        True
    """
    saved = [a.get("answer") for a in read_attempts() if a.get("exercise") == exercise_id]
    saved = [x for x in saved if x not in (None, "", [], {})]
    return saved[-1] if saved else None


def earlier(exercise_id: str) -> dict[str, Any] | None:
    """What the progress log on this computer holds for an exercise, from any session:
    ``{"attempts": n, "best": highest score, "passed": bool}``, or None when it was
    never checked. An exercise panel shows it before its first check of the session.

    Example:
        >>> earlier("no-such-exercise") is None
        True
    """
    mine = [a for a in read_attempts() if a.get("exercise") == exercise_id]
    if not mine:
        return None
    return {
        "attempts": len(mine),
        "best": max(_entry_score(a) for a in mine),
        "passed": any(bool(a.get("passed")) for a in mine),
    }


def read_answers(notebook: str | None = None, folder: Path | None = None) -> dict[str, Any]:
    """The answers file of a notebook as a dict (empty when it does not exist)."""
    path = answers_path(notebook, folder)
    try:
        with open(path, encoding="utf-8-sig") as fh:
            data = json.load(fh)
        return data if _valid_answers(data) else {}
    except (OSError, ValueError):
        return {}


# --------------------------------------------------------------------- the report


@dataclass
class ProgressReport:
    """What ``course.progress()`` returns: per exercise, notebook and lens.

    Attributes:
        exercises: id -> {"best", "passed", "attempts", "notebook", "lens"} for every
            exercise in the banks (unattempted ones have ``attempts`` 0).
        by_notebook, by_lens: group -> {"total", "attempted", "done", "best"}: ``done``
            counts passed exercises, ``best`` is the mean best score over all the
            group's exercises (unattempted count as 0).
        warning: a notice when the log could not be read or written.

    The table shows both averages, labelled so that one is not mistaken for the
    other: "average over all exercises" (``best``: a student who scored 67% on one
    exercise of eleven sees 6%) and "average on attempted" (67%, see
    :meth:`best_on_attempted`).
    """

    exercises: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_notebook: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_lens: dict[str, dict[str, Any]] = field(default_factory=dict)
    warning: str = ""

    def best_scores(self) -> dict[str, float]:
        """Best score per attempted exercise."""
        return {k: v["best"] for k, v in self.exercises.items() if v["attempts"]}

    def best_on_attempted(self, key: str, name: str) -> float | None:
        """Mean best score over the attempted exercises of one group (None if none).

        Args:
            key: ``"notebook"`` or ``"lens"``.
            name: the group, e.g. ``"02-hedging"``.
        """
        scores = [v["best"] for v in self.exercises.values()
                  if v["attempts"] and (v.get(key) or "(none)") == name]
        return round(sum(scores) / len(scores), 4) if scores else None

    @property
    def attempted(self) -> int:
        return sum(1 for v in self.exercises.values() if v["attempts"])

    @property
    def done(self) -> int:
        return sum(1 for v in self.exercises.values() if v["passed"])

    def __str__(self) -> str:
        lines = [f"Progress: {self.done} done, {self.attempted} attempted of {len(self.exercises)} exercises."]
        for title, groups in (("notebook", self.by_notebook), ("lens", self.by_lens)):
            for name, g in groups.items():
                on = self.best_on_attempted(title, name)
                lines.append(
                    f"  {title} {name}: {g['done']}/{g['total']} done, {g['attempted']} attempted, "
                    f"average {g['best']:.0%} over all {g['total']} exercises"
                    + (f", {on:.0%} on attempted" if on is not None else "")
                )
        if self.warning:
            lines.append(f"(warning: {self.warning})")
        return "\n".join(lines)

    def __repr__(self) -> str:
        return str(self)

    def _table(self, title: str, groups: dict[str, dict[str, Any]]) -> str:
        rows = []
        for name, g in groups.items():
            on = self.best_on_attempted(title, name)
            rows.append(
                f"<tr><td>{html.escape(name)}</td><td>{g['done']}/{g['total']}</td><td>{g['attempted']}</td>"
                f"<td title='mean of the best scores of all {g['total']} exercises; not attempted counts as 0'>"
                f"{g['best']:.0%} <span style='opacity:.7'>(of {g['total']})</span></td>"
                f"<td>{'–' if on is None else f'{on:.0%}'}</td></tr>"
            )
        return (
            f'<table class="course-progress"><thead><tr><th>{html.escape(title)}</th><th>done</th>'
            "<th>attempted</th><th>average over all exercises<br><span style='font-weight:400;opacity:.75'>"
            "(not attempted = 0)</span></th><th>average best score<br><span style='font-weight:400;"
            f"opacity:.75'>on attempted exercises</span></th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )

    def _repr_html_(self) -> str:
        head = (
            f"<b>Progress:</b> {self.done} done, {self.attempted} attempted of {len(self.exercises)} exercises."
        )
        warn = f'<div><b>Note:</b> {html.escape(self.warning)}</div>' if self.warning else ""
        return (
            f'<div class="course-progress-report">{head}{self._table("notebook", self.by_notebook)}'
            f'{self._table("lens", self.by_lens)}{warn}</div>'
        )

    def plot(self):
        """A bar chart of done / attempted per notebook and per lens (a matplotlib Figure)."""
        import matplotlib

        if not matplotlib.get_backend().lower().startswith(("module://matplotlib_inline", "module://ipympl")):
            with contextlib.suppress(Exception):
                matplotlib.use("Agg", force=False)
        from matplotlib.figure import Figure

        fig = Figure(figsize=(9, 3.2))
        for k, (title, groups) in enumerate((("notebook", self.by_notebook), ("lens", self.by_lens))):
            ax = fig.add_subplot(1, 2, k + 1)
            names = list(groups)
            xs = range(len(names))
            ax.bar(xs, [g["total"] for g in groups.values()], color="#e0e0e0", label="exercises")
            ax.bar(xs, [g["attempted"] for g in groups.values()], color="#90caf9", label="attempted")
            ax.bar(xs, [g["done"] for g in groups.values()], color="#2e7d32", label="done")
            ax.set_xticks(list(xs))
            ax.set_xticklabels(names, rotation=20, ha="right", fontsize=8)
            ax.set_title(f"per {title}")
            ax.set_ylabel("exercises")
            if k == 0:
                ax.legend(fontsize=7)
        fig.tight_layout()
        return fig


def _group(exercises: dict[str, dict[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for v in exercises.values():
        g = out.setdefault(v[key] or "(none)", {"total": 0, "attempted": 0, "done": 0, "best": 0.0, "_sum": 0.0})
        g["total"] += 1
        g["attempted"] += bool(v["attempts"])
        g["done"] += bool(v["passed"])
        g["_sum"] += v["best"]
    for g in out.values():
        g["best"] = round(g.pop("_sum") / g["total"], 4) if g["total"] else 0.0
    return dict(sorted(out.items()))


def progress(path: Path | str | None = None) -> ProgressReport:
    """Your progress: done / attempted / best score per notebook and per lens.

    Args:
        path: a progress log to read (default: :func:`progress_path`).

    Returns:
        A :class:`ProgressReport`; it shows as a table in Jupyter and has ``.plot()``.
    """
    from .exercises import load_banks

    attempts = read_attempts(Path(path) if path else None)
    exercises: dict[str, dict[str, Any]] = {}
    try:
        for ex in load_banks().values():
            exercises[ex.id] = {"best": 0.0, "passed": False, "attempts": 0, "notebook": ex.notebook, "lens": ex.lens}
    except Exception:
        pass
    for a in attempts:
        ex_id = str(a.get("exercise", ""))
        if not ex_id:
            continue
        v = exercises.setdefault(
            ex_id,
            {"best": 0.0, "passed": False, "attempts": 0, "notebook": a.get("notebook", ""), "lens": a.get("lens", "")},
        )
        v["attempts"] += 1
        score = _entry_score(a)  # a damaged entry ("high", a list) counts as 0, never raises
        v["best"] = max(v["best"], score)
        v["passed"] = v["passed"] or (a["passed"] is True if "passed" in a else score >= 0.999)
    warning = " ".join(warnings_given[-1:]) if _pending else ""
    return ProgressReport(exercises, _group(exercises, "notebook"), _group(exercises, "lens"), warning)
