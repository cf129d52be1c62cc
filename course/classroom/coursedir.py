"""An nbgrader course for the kit: init, release, collect, grade, export.

nbgrader (0.9.x) does the work; this module only sets it up the way the kit needs
and runs its commands:

- :func:`init` writes ``nbgrader_config.py`` and ``source/<assignment>/`` (one
  assignment per notebook, e.g. ``02-hedging``), with the checkpoint cells
  normalised by :func:`~course.classroom.notebook.mark_checkpoints`.
- :func:`release` runs ``nbgrader generate_assignment`` and then checks that the
  student versions hold no hidden test, no answer key and no answers file.
- :func:`collect` runs ``nbgrader zip_collect`` on an LMS download; the answers
  files (``.json``) are kept.
- :func:`grade` autogrades every submission, several at a time (a process pool;
  each worker runs nbgrader's own autograde), after a check of each submission that
  repairs what can be repaired (a renamed notebook) and reports the rest.
- :func:`export` reads nbgrader's gradebook and writes CSV files for an LMS.

The nbgrader traps this design avoids are listed in ``docs/instructor-guide-classroom.md``.
"""

from __future__ import annotations

import csv
import difflib
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from ..errors import CourseError
from .scoring import ANSWERS_SUFFIX, read_answers_file

CONFIG_NAME = "nbgrader_config.py"
DEFAULT_COURSE_ID = "diplomatic-news"
#: Seconds a single cell may run while grading (an infinite loop is interrupted then).
DEFAULT_CELL_TIMEOUT = 60
#: How many stream lines of output a graded cell keeps.
MAX_OUTPUT_LINES = 200

#: File-name patterns of LMS downloads, for ``collect --format``. ``re.match`` is applied to
#: the full path of each extracted file; ``student_id`` and ``file_id`` are required.
LMS_FORMATS = {
    # Blackboard: <assignment>_<student>_attempt_<yyyy-mm-dd-hh-mm-ss>_<file>
    # (the shortest prefix: a username may hold underscores, "un_der")
    "blackboard": r".*/[^/]*?_(?P<student_id>[A-Za-z0-9._\-]+)_attempt_(?P<timestamp>[0-9\-]+)_(?P<file_id>[^/]+)$",
    # Canvas: <name>[_late]_<user id>_<submission id>_<file>
    "canvas": r".*/(?P<student_id>[A-Za-z0-9]+)(?:_[Ll][Aa][Tt][Ee])?_[0-9]+_[0-9]+_(?P<file_id>[^/]+)$",
    # Moodle: "<Full Name>_<id>_assignsubmission_file_/<file>"
    "moodle": r".*/[^/]*_(?P<student_id>[0-9]+)_assignsubmission_file_/(?P<file_id>[^/]+)$",
    # A folder per student: <student>/<file> (nbgrader unzips into extracted/<zip name>/, and a
    # zip may hold a folder of its own around the students' folders)
    "folders": r".*/extracted/(?:.*/)?(?P<student_id>[^/]+)/(?P<file_id>[^/]+)$",
}

CONFIG_TEMPLATE = '''\
# nbgrader configuration of a classroom course of the "Reading Diplomatic News" kit,
# written by `python -m course classroom init`. Edit freely; `classroom init --force`
# rewrites it.
import os

c = get_config()  # noqa: F821 (traitlets provides it)
ROOT = os.path.dirname(os.path.abspath(__file__))

c.CourseDirectory.root = ROOT
c.CourseDirectory.course_id = {course_id!r}
# SQLite gradebook; `timeout` lets parallel graders wait for each other's writes.
c.CourseDirectory.db_url = "sqlite:///" + os.path.join(ROOT, "gradebook.db") + "?timeout=120"

# Seconds one cell may run while grading; an infinite loop is interrupted and scores 0.
c.Execute.timeout = int(os.environ.get("COURSE_CELL_TIMEOUT", "{timeout}"))
# Huge outputs are cut to this many lines in the graded notebooks.
c.LimitOutput.max_lines = {max_lines}
# Test cells a student deleted are put back from the source before grading.
c.OverwriteCells.add_missing_cells = True
# A checkpoint answer cell is "answer_<id> = None" followed by an empty solution region:
# an empty stub keeps that line as it is in the student version.
c.ClearSolutions.code_stub = {{"python": ""}}

# The students' answers files (<notebook>.kit-answers.json) are their evidence: never
# overwrite them with a copy from source/ (nbgrader overwrites same-named files otherwise).
_source = os.path.join(ROOT, "source")
_assignments = sorted(
    d for d in (os.listdir(_source) if os.path.isdir(_source) else [])
    if os.path.isdir(os.path.join(_source, d))
)
c.Autograde.exclude_overwriting = {{
    a: sorted({{f"{{a}}{suffix}", "scratch{suffix}"}}
              | {{n for n in os.listdir(os.path.join(_source, a)) if n.endswith("{suffix}")}}
              | {{n[:-6] + "{suffix}" for n in os.listdir(os.path.join(_source, a)) if n.endswith(".ipynb")}})
    for a in _assignments
}}

# LMS downloads (`nbgrader zip_collect`): keep the answers files (.json) with the notebooks.
c.FileNameCollectorPlugin.valid_ext = [".ipynb", ".json"]
c.FileNameCollectorPlugin.named_regexp = {regexp!r}
# nbgrader's own collector, but Blackboard's times (2026-03-02-09-20-11) are read right.
c.ZipCollectApp.collector_plugin = "course.classroom.collector.LmsCollector"

# Only for nbgrader's exchange (release_assignment / fetch / submit / collect):
c.Exchange.root = os.path.join(ROOT, "exchange")
'''


# --------------------------------------------------------------------- helpers


def venv_environ(extra: dict[str, str] | None = None) -> dict[str, str]:
    """os.environ with this Python's ``bin`` first on PATH (nbgrader runs ``alembic`` by name)."""
    env = dict(os.environ)
    bindir = str(Path(sys.executable).parent)
    parts = env.get("PATH", "").split(os.pathsep)
    if bindir not in parts:
        env["PATH"] = os.pathsep.join([bindir, *[p for p in parts if p]])
    env.setdefault("PYTHONUNBUFFERED", "1")
    if extra:
        env.update(extra)
    return env


def ensure_venv_path() -> None:
    """Put this Python's ``bin`` on PATH in this process (for nbgrader's subprocesses)."""
    os.environ["PATH"] = venv_environ()["PATH"]


def nbgrader_cmd(root: Path, *args: str, env: dict[str, str] | None = None, timeout: float | None = None
                 ) -> subprocess.CompletedProcess:  # fmt: skip
    """Run ``nbgrader ARGS`` in the course folder (the venv's nbgrader, venv bin on PATH)."""
    exe = Path(sys.executable).parent / "nbgrader"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "nbgrader"]
    return subprocess.run(
        [*cmd, *args], cwd=root, env=env or venv_environ(), capture_output=True, text=True, timeout=timeout
    )


def course_root(root: str | Path) -> Path:
    """The course folder; it must hold ``nbgrader_config.py``."""
    p = Path(root).expanduser().resolve()
    if not (p / CONFIG_NAME).is_file():
        raise CourseError(f"{p} is not a classroom course (no {CONFIG_NAME}): run `python -m course classroom init {root}` first.")
    return p


def assignments(root: Path) -> list[str]:
    """The assignments of the course: the folders of ``source/``."""
    src = root / "source"
    return sorted(d.name for d in src.iterdir() if d.is_dir()) if src.is_dir() else []


def kit_notebooks() -> list[Path]:
    """The kit's notebooks with graded checkpoints: ``notebooks/02-*`` to ``05-*``."""
    from ..datasets import datasets_dir

    folder = datasets_dir().parent / "notebooks"
    return sorted(p for p in folder.glob("0[2-5]-*.ipynb"))


def _tail(text: str, n: int = 3) -> str:
    lines = [ln.strip() for ln in (text or "").strip().splitlines() if ln.strip()]
    return " | ".join(lines[-n:])


# --------------------------------------------------------------------- init


@dataclass
class InitReport:
    root: Path
    assignments: dict[str, int]  # assignment -> checkpoint count
    students: int = 0

    def __str__(self) -> str:
        lines = [f"Course ready in {self.root}"]
        for a, n in self.assignments.items():
            lines.append(f"  source/{a}/{a}.ipynb: {n} graded checkpoint(s)"
                         + ("  (warning: nothing to grade in it; the kit's graded notebooks are 02-05)" if n == 0 else ""))
        if self.students:
            lines.append(f"  {self.students} student(s) added from the roster")
        lines.append(f"Next: python -m course classroom release {self.root}")
        return "\n".join(lines)


#: Column names accepted for the student id in a roster (the first one present is used).
ROSTER_ID_COLUMNS = ("student_id", "id", "username")
_ROSTER_HELP = "the first line must name the columns, e.g. student_id,first_name,last_name,email"


def _column_name(name: Any) -> str:
    """A roster header as the kit reads it: "Student ID", "student-id" and "student_id" are one."""
    return "_".join(str(name or "").strip().lower().replace("-", " ").split())


def read_roster(path: str | Path) -> list[dict[str, str]]:
    """Students from a CSV with a header: ``student_id`` (or ``id``/``username``), and
    optionally ``first_name``, ``last_name``, ``email``. The file must be UTF-8 text (a
    UTF-8 BOM, as Excel's "CSV UTF-8" writes, is fine).

    Raises:
        CourseError: one plain sentence when the file is missing, a folder, not UTF-8,
            not CSV, or has no ``student_id`` column or no students.
    """
    import io

    p = Path(path).expanduser()
    if not p.exists():
        raise CourseError(f"The roster {p} does not exist: give the path of a CSV file of students ({_ROSTER_HELP}).")
    if p.is_dir():
        raise CourseError(f"The roster {p} is a folder: give the path of the CSV file of students in it.")
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise CourseError(f"The roster {p} cannot be read ({exc.strerror or type(exc).__name__}).") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CourseError(f"The roster {p} is not UTF-8 text (line {line}): save it again as \"CSV UTF-8\" "
                          "(Excel: File > Save As > CSV UTF-8) and run init again.") from None  # fmt: skip
    if not text.strip():
        raise CourseError(f"The roster {p} is empty: {_ROSTER_HELP}, then one student a line.")
    rows = []
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        columns = [_column_name(c) for c in (reader.fieldnames or [])]
        id_col = next((c for c in ROSTER_ID_COLUMNS if c in columns), None)
        if id_col is None:
            shown = ", ".join(repr(c) for c in columns if c) or "none"
            semicolons = " (it looks separated by semicolons: save it as CSV with commas)" \
                if len(columns) == 1 and ";" in columns[0] else ""
            raise CourseError(f"The roster {p} has no student_id column (its columns: {shown}){semicolons}: {_ROSTER_HELP}.")
        seen: dict[str, int] = {}
        for raw_row in reader:
            row = {_column_name(k): (v or "").strip()
                   for k, v in raw_row.items() if isinstance(k, str) and isinstance(v, (str, type(None)))}  # fmt: skip
            sid = row.get(id_col) or ""
            if not sid:
                if any(row.values()):
                    raise CourseError(f"The roster {p}, line {reader.line_num}: a student without a {id_col}.")
                continue
            if any(ch.isspace() for ch in sid) or "/" in sid:
                raise CourseError(f"The roster {p}, line {reader.line_num}: the id {sid!r} has a space or a slash; "
                                  "ids name folders, so use the LMS username or number.")
            if sid in seen:
                raise CourseError(f"The roster {p}, line {reader.line_num}: {sid!r} is already on line {seen[sid]}.")
            seen[sid] = reader.line_num
            rows.append({"id": sid, "first_name": row.get("first_name", ""), "last_name": row.get("last_name", ""),
                         "email": row.get("email", "")})  # fmt: skip
    except csv.Error as exc:
        raise CourseError(f"The roster {p} is not a readable CSV file (line {reader.line_num}: {exc}).") from None
    if not rows:
        raise CourseError(f"The roster {p} has a {id_col} column but no students in it.")
    return rows


def _read_assignment_notebook(path: Path) -> Any:
    """A notebook for ``init``, read and normalised in memory (nothing is written)."""
    import nbformat

    from .notebook import normalize_notebook

    if not path.exists():
        raise CourseError(f"{path}: no such notebook.")
    if not path.is_file():
        raise CourseError(f"{path} is a folder, not a notebook: give the .ipynb files.")
    try:
        nb = nbformat.read(path, as_version=4)
        normalize_notebook(nb, form="source")  # nbgrader's instructor version of the checkpoint cells, no outputs
    except Exception as exc:  # NotJSONError, UnicodeDecodeError, a notebook of an unknown version ...
        reason = " ".join(str(exc).split())[:120]
        raise CourseError(f"{path} is not a readable notebook ({type(exc).__name__}: {reason}).") from None
    nb.metadata.setdefault("kernelspec", {"name": "python3", "display_name": "Python 3", "language": "python"})
    return nb


def init(
    root: str | Path,
    notebooks: Iterable[str | Path] | None = None,
    course_id: str = DEFAULT_COURSE_ID,
    roster: str | Path | None = None,
    timeout: int = DEFAULT_CELL_TIMEOUT,
    lms_format: str = "blackboard",
    force: bool = False,
) -> InitReport:
    """Create an nbgrader course folder with the kit's notebooks as assignments.

    Every input (the notebooks, the roster) is checked before anything is written; if
    writing fails midway anyway, what this run created is removed again (and what
    ``force`` replaced is put back), so the same command can simply be run again.

    Args:
        root: the course folder (created).
        notebooks: the notebooks to use (default: the kit's notebooks 02-05); each
            becomes the assignment named after the file (``02-hedging``).
        course_id: nbgrader's course id.
        roster: a CSV of students to add to the gradebook (see :func:`read_roster`).
        timeout: seconds one cell may run while grading.
        lms_format: the default file-name pattern for ``collect`` (see :data:`LMS_FORMATS`).
        force: overwrite an existing configuration and source notebooks.
    """
    import nbformat

    from .notebook import checkpoint_ids

    rootp = Path(root).expanduser().resolve()
    if (rootp / CONFIG_NAME).exists() and not force:
        if not assignments(rootp):
            raise CourseError(f"{rootp} holds an unfinished course ({CONFIG_NAME} but no source/ assignments): "
                              f"run the same init command again with --force to finish it.")  # fmt: skip
        raise CourseError(f"{rootp / CONFIG_NAME} exists already (use --force to rewrite it).")
    if rootp.exists() and not rootp.is_dir():
        raise CourseError(f"{rootp} is a file: give a folder for the course.")
    if lms_format not in LMS_FORMATS:
        raise CourseError(f"Unknown LMS format {lms_format!r}; choose one of {', '.join(LMS_FORMATS)}.")
    paths = [Path(p).expanduser() for p in notebooks] if notebooks else kit_notebooks()
    if not paths:
        raise CourseError("No notebooks to use as assignments.")
    # 1. check and read everything first: a bad input leaves nothing behind
    prepared: dict[str, Any] = {}
    for path in paths:
        if path.stem in prepared:
            raise CourseError(f"Two notebooks are named {path.name}: each assignment needs its own notebook name.")
        prepared[path.stem] = _read_assignment_notebook(path)
    students = read_roster(roster) if roster else []
    # 2. write; what this run created or replaced is put back as it was when that fails
    undo = _Rollback()
    try:
        top_new = rootp
        while not top_new.parent.exists():
            top_new = top_new.parent
        if not top_new.exists():
            undo.claim(top_new)
            rootp.mkdir(parents=True)
        undo.claim(rootp / CONFIG_NAME)
        (rootp / CONFIG_NAME).write_text(
            CONFIG_TEMPLATE.format(course_id=course_id, timeout=int(timeout), max_lines=MAX_OUTPUT_LINES,
                                   suffix=ANSWERS_SUFFIX, regexp=LMS_FORMATS[lms_format]),
            encoding="utf-8",
        )  # fmt: skip
        found: dict[str, int] = {}
        for a, nb in prepared.items():
            dest = rootp / "source" / a
            if not dest.parent.exists():
                undo.claim(dest.parent)
            if force or not dest.exists():
                undo.claim(dest)  # --force: the old folder is replaced (kept aside until the end)
            undo.claim(dest / f"{a}.ipynb")
            dest.mkdir(parents=True, exist_ok=True)
            nbformat.write(nb, dest / f"{a}.ipynb")
            found[a] = len(checkpoint_ids(nb))
        report = InitReport(rootp, found)
        if students:
            ensure_venv_path()
            from nbgrader.api import Gradebook

            if not (rootp / "gradebook.db").exists():  # an existing gradebook is only added to
                undo.claim(rootp / "gradebook.db")
            with Gradebook(db_url(rootp), course_id=course_id) as gb:
                for s in students:
                    gb.update_or_create_student(s["id"], first_name=s["first_name"] or None,
                                                last_name=s["last_name"] or None, email=s["email"] or None)  # fmt: skip
            report.students = len(students)
    except BaseException as exc:
        left = undo.rollback()
        after = (f"It could not all be undone: remove {left} and run init again." if left
                 else "Nothing was left behind: fix that and run init again.")  # fmt: skip
        if isinstance(exc, OSError):
            what = (exc.strerror or type(exc).__name__) + (f": {exc.filename}" if exc.filename else "")
            raise CourseError(f"Cannot write the course folder {rootp} ({what}). {after}") from None
        if isinstance(exc, Exception):
            raise CourseError(f"init failed while writing {rootp} ({type(exc).__name__}: "
                              f"{' '.join(str(exc).split())[:200]}). {after}") from exc  # fmt: skip
        raise
    undo.commit()
    return report


class _Rollback:
    """What an ``init`` run created or replaced, to put back when the run fails midway.

    :meth:`claim` is called before a path is written: an existing path is moved aside
    (``.<name>.init-backup``), a new one is noted. :meth:`rollback` removes what the run
    wrote and moves the old paths back; :meth:`commit` deletes the set-aside copies.
    """

    def __init__(self) -> None:
        self.steps: list[tuple[Path, Path | None]] = []

    def claim(self, path: Path) -> None:
        backup = None
        if path.exists() or path.is_symlink():
            backup = path.with_name(f".{path.name}.init-backup")
            n = 1
            while backup.exists():
                n += 1
                backup = path.with_name(f".{path.name}.init-backup{n}")
            path.rename(backup)
        self.steps.append((path, backup))

    def rollback(self) -> str:
        """Undo; returns "" or the paths that could not be put back."""
        left = []
        for path, backup in reversed(self.steps):
            try:
                if path.is_dir() and not path.is_symlink():
                    shutil.rmtree(path)
                elif path.exists() or path.is_symlink():
                    path.unlink()
                if backup is not None:
                    backup.rename(path)
            except OSError:
                left.append(str(backup or path))
        self.steps = []
        return ", ".join(left)

    def commit(self) -> None:
        for _path, backup in self.steps:
            if backup is None:
                continue
            try:
                shutil.rmtree(backup) if backup.is_dir() and not backup.is_symlink() else backup.unlink()
            except OSError:  # pragma: no cover - a leftover copy of an old file is harmless
                pass
        self.steps = []


def db_url(root: Path) -> str:
    return "sqlite:///" + str(root / "gradebook.db") + "?timeout=120"


def course_id_of(root: Path) -> str:
    text = (root / CONFIG_NAME).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("c.CourseDirectory.course_id"):
            try:
                return str(eval(line.split("=", 1)[1].strip(), {}))  # a string literal we wrote
            except Exception:
                break
    return DEFAULT_COURSE_ID


# --------------------------------------------------------------------- release


@dataclass
class ReleaseReport:
    root: Path
    released: list[str]
    problems: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        lines = [f"Released: {', '.join(self.released) or '(nothing)'} -> {self.root / 'release'}"]
        lines += [f"  PROBLEM: {p}" for p in self.problems]
        if not self.problems:
            lines.append("  checked: no hidden tests, no answer key, no answers file in the student versions")
        return "\n".join(lines)


#: Text that must never reach students.
LEAK_MARKERS = ("BEGIN HIDDEN TESTS", "END HIDDEN TESTS", "course.classroom.score(", "BEGIN SOLUTION",
                "END SOLUTION")  # fmt: skip


def key_leaks(text: str, key: dict[str, dict[str, Any]]) -> list[str]:
    """Pieces of the answer key that appear in a released text (answer phrases of
    span-selects and the key's explanations)."""
    found = []
    for ex_id, fields in key.items():
        expl = str(fields.get("explanation", "")).strip()
        if expl and expl[:60] in text:
            found.append(f"{ex_id}: explanation")
        ans = fields.get("answer")
        if isinstance(ans, list) and ans and all(isinstance(a, str) for a in ans):
            long = [a for a in ans if len(a) >= 12]
            if long and all(f'"{a}"' in text or f"'{a}'" in text for a in long):
                found.append(f"{ex_id}: answer phrases")
    return found


def check_release(root: Path, assignment: str, key_path: str | Path | None = None) -> list[str]:
    """What in ``release/<assignment>/`` must not be there (empty list when clean)."""
    from .. import exercises as E

    problems = []
    folder = root / "release" / assignment
    if not folder.is_dir():
        return [f"release/{assignment} does not exist"]
    try:
        key = E.load_answer_key(key_path)
    except CourseError as exc:
        key = {}
        problems.append(str(exc))
    for f in sorted(folder.rglob("*")):
        if not f.is_file():
            continue
        rel = f.relative_to(root)
        if f.name.endswith(ANSWERS_SUFFIX):
            problems.append(f"{rel}: an answers file would reach students")
            continue
        if f.suffix == ".toml" and "key" in f.name.lower():
            problems.append(f"{rel}: looks like an answer key")
            continue
        if f.suffix not in (".ipynb", ".py", ".md", ".txt", ".json", ".toml", ".csv"):
            continue
        text = f.read_text(encoding="utf-8", errors="replace")
        for marker in LEAK_MARKERS:
            if marker in text:
                problems.append(f"{rel}: contains {marker!r}")
        for leak in key_leaks(text, key):
            problems.append(f"{rel}: contains the answer key ({leak})")
    return problems


def release(root: str | Path, assignment: str | None = None, key: str | Path | None = None) -> ReleaseReport:
    """``nbgrader generate_assignment`` for one or all assignments, then :func:`check_release`."""
    rootp = course_root(root)
    todo = [assignment] if assignment else assignments(rootp)
    if not todo:
        raise CourseError(f"{rootp}/source has no assignments.")
    report = ReleaseReport(rootp, [])
    for a in todo:
        if not (rootp / "source" / a).is_dir():
            raise CourseError(f"There is no assignment {a!r} (have: {', '.join(assignments(rootp))}).")
        stray = [p.name for p in (rootp / "source" / a).glob(f"*{ANSWERS_SUFFIX}")]
        if stray:
            raise CourseError(f"source/{a} holds answers file(s) {', '.join(stray)}: remove them (they would reach students).")
        r = nbgrader_cmd(rootp, "generate_assignment", a, "--force")
        if r.returncode != 0:
            raise CourseError(f"nbgrader generate_assignment {a} failed: {_tail(r.stdout + r.stderr, 4)}")
        report.released.append(a)
        report.problems += check_release(rootp, a, key)
    return report


# --------------------------------------------------------------------- collect


@dataclass
class CollectReport:
    """What ``collect`` put into ``submitted/``: the students of this download, the files it
    skipped, the students who are not on the roster and those whose notebooks are not the
    assignment's."""

    assignment: str
    students: list[str]
    skipped: list[str] = field(default_factory=list)
    not_on_roster: list[str] = field(default_factory=list)
    other_notebooks: dict[str, list[str]] = field(default_factory=dict)
    lms_format: str = ""
    renamed_notebooks: dict[str, list[str]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        """No student was collected: the file names did not match the format (the command fails)."""
        return not self.students

    def __str__(self) -> str:
        lines = [f"Collected {self.assignment}: {len(self.students)} student(s): {', '.join(self.students)}"]
        if self.empty:
            fmt = f"the {self.lms_format} format's" if self.lms_format else "the course's"
            lines.append(f"  error: no file name matched {fmt} pattern, so nothing was collected. Is --format right "
                         "(blackboard, canvas, moodle, folders)? The classroom guide shows each format's file names.")
        lines += [f"  skipped (no student id in its name): {s}" for s in self.skipped]
        if self.not_on_roster:
            lines.append(
                f"  warning: not on the roster: {', '.join(self.not_on_roster)}. The roster's student_id must be the "
                "id the LMS writes in the file names (a username, or Moodle's participant number); otherwise these "
                "grades go to new students and the roster's get 0 (see the classroom guide, step 1)."
            )
        for student, names in sorted(self.other_notebooks.items()):
            lines.append(f"  warning: {student} handed in {', '.join(names)}, not the notebook of {self.assignment}: "
                         "is --assignment right?")
        for student, names in sorted(self.renamed_notebooks.items()):
            lines.append(f"  note: {student} handed in {', '.join(names)}, a renamed copy: `grade` gives it the "
                         "assignment's name and says so.")
        return "\n".join(lines)


def _newest(folder: Path) -> int:
    """The newest modification time (ns) of the files in a folder (0 when it is empty or missing)."""
    try:
        return max((p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()), default=0)
    except OSError:
        return 0


def roster_ids(root: Path) -> set[str]:
    """The student ids of the course's gradebook (the roster given to ``init``)."""
    ensure_venv_path()
    from nbgrader.api import Gradebook

    try:
        with Gradebook(db_url(root), course_id=course_id_of(root)) as gb:
            return {s.id for s in gb.students}
    except Exception:
        return set()


def _check_assignment(root: Path, name: str) -> None:
    """Refuse an assignment the course does not have, naming the closest one."""
    known = assignments(root)
    if name not in known:
        close = difflib.get_close_matches(name, known, n=1)
        hint = f"did you mean {close[0]!r}? Its" if close else "its"
        raise CourseError(f"This course has no assignment {name!r}: {hint} assignments are {', '.join(known) or 'none'}.")


def _guess_assignment(root: Path, names: list[str]) -> str:
    scores = {a: sum(1 for n in names if a in n) for a in assignments(root)}
    best = max(scores.items(), key=lambda kv: kv[1], default=("", 0))
    if not best[1]:
        raise CourseError("Cannot tell which assignment this download is for: give --assignment.")
    return best[0]


def collect(root: str | Path, zip_path: str | Path, assignment: str | None = None,
            lms_format: str | None = None) -> CollectReport:  # fmt: skip
    """Put an LMS download (a zip of submissions) into ``submitted/`` with ``nbgrader zip_collect``."""
    rootp = course_root(root)
    zp = Path(zip_path).expanduser()
    if not zp.is_file():
        raise CourseError(f"{zp}: no such file.")
    try:
        with zipfile.ZipFile(zp) as zf:
            names = zf.namelist()
    except zipfile.BadZipFile:
        raise CourseError(f"{zp} is not a zip file.") from None
    a = assignment or _guess_assignment(rootp, names)
    _check_assignment(rootp, a)
    if not (rootp / "release" / a).is_dir():
        raise CourseError(f"Assignment {a!r} has not been released yet: run `classroom release` first.")
    archive = rootp / "downloaded" / a / "archive"
    if archive.exists():
        shutil.rmtree(archive)
    archive.mkdir(parents=True)
    shutil.copy(zp, archive / zp.name)
    submitted = rootp / "submitted"
    before = {d.name: _newest(d / a) for d in submitted.iterdir() if d.is_dir()} if submitted.is_dir() else {}
    roster = roster_ids(rootp)
    from .collector import PLUGIN

    args = ["zip_collect", a, "--force", f"--ZipCollectApp.collector_plugin={PLUGIN}"]  # (a config of an older init too)
    if lms_format:
        if lms_format not in LMS_FORMATS:
            raise CourseError(f"Unknown LMS format {lms_format!r}; choose one of {', '.join(LMS_FORMATS)}.")
        args.append(f"--FileNameCollectorPlugin.named_regexp={LMS_FORMATS[lms_format]}")
    r = nbgrader_cmd(rootp, *args)
    if r.returncode != 0:
        raise CourseError(f"nbgrader zip_collect {a} failed: {_tail(r.stdout + r.stderr, 4)}")
    log = r.stdout + r.stderr
    skipped = [ln.split("provided:", 1)[1].strip() for ln in log.splitlines() if "no match information provided" in ln]
    # the students of this download: their folders are new or were just written
    students = sorted(d.name for d in submitted.iterdir() if (d / a).is_dir() and _newest(d / a) != before.get(d.name)) \
        if submitted.is_dir() else []
    expected = set(_released_notebooks(rootp, a))
    other, renamed = {}, {}
    for st in students:
        names = sorted(p.name for p in (submitted / st / a).glob("*.ipynb"))
        if names and expected and not expected & set(names):
            # "02-hedging (1).ipynb", "02-hedging-Copy1.ipynb": a copy of the notebook, renamed by grade
            close = [n for n in names if any(difflib.SequenceMatcher(None, n, e).ratio() >= 0.75 for e in expected)]
            (renamed if close else other)[st] = names
    unknown = [st for st in students if roster and st not in roster]
    fmt = lms_format or _config_format(rootp)
    return CollectReport(a, students, [Path(s).name for s in skipped], unknown, other, fmt, renamed)


def _config_format(root: Path) -> str:
    """The LMS format whose file-name pattern the course's nbgrader_config.py names ('' if none)."""
    try:
        text = (root / "nbgrader_config.py").read_text(encoding="utf-8")
    except OSError:
        return ""
    return next((name for name, rx in LMS_FORMATS.items() if repr(rx) in text), "")


# --------------------------------------------------------------------- grade


@dataclass
class Submission:
    """One student's submission of one assignment, with what the pre-check and grading found."""

    student: str
    assignment: str
    notes: list[str] = field(default_factory=list)
    ok: bool = True
    error: str = ""
    seconds: float = 0.0


def _released_notebooks(root: Path, assignment: str) -> list[str]:
    folder = root / "release" / assignment
    if not folder.is_dir():
        folder = root / "source" / assignment
    return sorted(p.name for p in folder.glob("*.ipynb"))


#: nbgrader's record of when a submission was made (written by ``collect``, read by autograde).
TIMESTAMP_NAME = "timestamp.txt"
#: Where an unreadable timestamp is set aside (kept, never deleted).
TIMESTAMP_ASIDE = "timestamp.txt.unreadable"


def check_timestamp(folder: Path) -> list[str]:
    """Set aside a ``timestamp.txt`` nbgrader cannot parse; returns report lines.

    nbgrader's autograde parses ``submitted/<student>/<assignment>/timestamp.txt`` (with
    its ``parse_utc``) and refuses the whole submission when that fails. Such a file is
    renamed ``timestamp.txt.unreadable`` (its text is kept) so the submission is graded
    without a submission time; the report says so, on this run and on later ones.
    """
    ts, aside = folder / TIMESTAMP_NAME, folder / TIMESTAMP_ASIDE
    if not ts.exists() and not ts.is_symlink():
        if aside.exists():
            return [f"{TIMESTAMP_ASIDE} (set aside on an earlier run): graded without a submission time"]
        return []
    text = ""
    try:
        text = ts.read_bytes().decode("utf-8").strip()
        if text:  # nbgrader ignores an empty file itself
            from nbgrader.utils import parse_utc

            parse_utc(text)
        return []
    except Exception:  # noqa: BLE001 - not UTF-8, a folder, ParserError, OverflowError ...
        pass
    shown = " ".join(text.split())[:40] or "not text"
    try:
        ts.replace(aside) if not ts.is_dir() else ts.rename(aside)
    except OSError as exc:
        return [f"{TIMESTAMP_NAME} is unreadable ({shown!r}) and could not be set aside ({exc.strerror}): "
                f"fix or remove submitted/{folder.parent.name}/{folder.name}/{TIMESTAMP_NAME}"]  # fmt: skip
    return [f"{TIMESTAMP_NAME} is unreadable ({shown!r}): graded without a submission time "
            f"(the file is kept as {TIMESTAMP_ASIDE})"]  # fmt: skip


#: Where ``precheck`` keeps the repairs it made to a submission, so later runs report them too.
REPAIRS_NAME = ".kit-repairs.txt"


def _read_repairs(folder: Path) -> list[str]:
    try:
        return [ln for ln in (folder / REPAIRS_NAME).read_text(encoding="utf-8").splitlines() if ln.strip()]
    except (OSError, UnicodeDecodeError):
        return []


def _write_repairs(folder: Path, lines: list[str]) -> None:
    if lines and folder.is_dir():
        try:
            (folder / REPAIRS_NAME).write_text("\n".join(lines) + "\n", encoding="utf-8")
        except OSError:  # pragma: no cover - a read-only submission: this run's report has the lines
            pass


def _source_grade_ids(root: Path, assignment: str, name: str) -> list[str]:
    """The nbgrader grade ids of a source notebook, in order ([] when it cannot be read)."""
    import nbformat

    try:
        src = nbformat.read(root / "source" / assignment / name, as_version=4)
    except Exception:
        return []
    ids = [c.metadata.get("nbgrader", {}).get("grade_id") for c in src.cells]
    return [i for i in ids if i]


def precheck(root: Path, assignment: str, student: str, notes: list[str] | None = None) -> list[str]:
    """Inspect (and where possible repair) one submission before grading; returns report lines.

    Repairs: a renamed notebook is given its released name; a missing or unreadable
    notebook is replaced by the released (blank) one when an answers file is there,
    so the panel answers are still graded; an unreadable ``timestamp.txt`` is set aside
    (:func:`check_timestamp`). Reports: missing or damaged answers files,
    answers of the wrong form, duplicated or deleted checkpoint cells.

    The report lines are appended to ``notes`` (a new list by default) as they are found,
    so a caller keeps those of the repairs already made when a later step fails.
    """
    import nbformat

    from .. import exercises as E
    from ..grading import grade

    folder = root / "submitted" / student / assignment
    notes = [] if notes is None else notes
    notes += check_timestamp(folder)
    earlier = _read_repairs(folder)
    made: list[str] = []

    def repair(line: str) -> None:
        """A change made to the submitted files: reported now, and on every later run."""
        notes.append(line)
        made.append(line)

    expected = _released_notebooks(root, assignment)
    present = sorted(p.name for p in folder.glob("*.ipynb"))
    extra = [n for n in present if n not in expected]
    for name in expected:
        if name in present:
            continue
        if extra:
            pick = (difflib.get_close_matches(name, extra, n=1, cutoff=0.0) or extra)[0]
            (folder / pick).rename(folder / name)
            extra.remove(pick)
            repair(f"notebook {pick!r} renamed to {name!r}")
    for extra_nb in extra:  # nbgrader cannot grade notebooks it does not know
        (folder / extra_nb).rename(folder / (extra_nb + ".extra"))
        repair(f"extra notebook {extra_nb!r} not graded")
    answers_files = sorted(folder.glob(f"*{ANSWERS_SUFFIX}"))
    for name in expected:
        nb_path = folder / name
        nb = None
        want = _source_grade_ids(root, assignment, name)
        if nb_path.exists():
            try:
                nb = nbformat.read(nb_path, as_version=4)
            except Exception as exc:
                nb_path.rename(folder / (name + ".unreadable"))
                repair(f"notebook {name!r} is unreadable ({type(exc).__name__}); kept as {name + '.unreadable'!r}")
        else:
            notes.append(f"notebook {name!r} is missing")
        if nb is not None and want:
            # checkpoint cells of another notebook (03's handed in as 02, or pasted in):
            # nbgrader cannot grade them against this assignment's source
            cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id")]
            foreign = [c for c in cells if c.metadata["nbgrader"]["grade_id"] not in want]
            if foreign and len(foreign) == len(cells):
                nb_path.rename(folder / (name + ".wrong-notebook"))
                nb = None
                repair(f"notebook {name!r} is another notebook (its checkpoint cells belong elsewhere); "
                       f"kept as {name + '.wrong-notebook'!r}")
            elif foreign:
                for c in foreign:
                    del c.metadata["nbgrader"]
                nbformat.write(nb, nb_path)
                repair(f"{len(foreign)} checkpoint cell(s) from another notebook not graded")
        if nb is None:
            if answers_files:
                shutil.copy(root / "release" / assignment / name, nb_path)
                repair("graded from the answers file with the released notebook")
            continue
        ids = [c.metadata.get("nbgrader", {}).get("grade_id") for c in nb.cells]
        ids = [i for i in ids if i]
        dups = sorted({i for i in ids if ids.count(i) > 1})
        if dups:
            # Like nbgrader's DeduplicateIds, keep the last copy; but drop the metadata of the
            # others entirely (DeduplicateIds leaves an empty "nbgrader" table, on which
            # OverwriteCells.add_missing_cells fails with KeyError: 'grade_id').
            seen: set[str] = set()
            for cell in reversed(nb.cells):
                gid = cell.metadata.get("nbgrader", {}).get("grade_id")
                if gid in dups:
                    if gid in seen:
                        del cell.metadata["nbgrader"]
                    seen.add(gid)
            nbformat.write(nb, nb_path)
            ids = list(dict.fromkeys(ids))
            repair(f"duplicated cell(s) {', '.join(dups)}: the last copy is graded")
        gone = [g for g in want if g not in ids]
        if gone:
            notes.append(f"deleted cell(s) {', '.join(gone)}: test cells are put back, answers come from the answers file")
    notes += [f"{line} (on an earlier run)" for line in earlier if line not in made]
    _write_repairs(folder, earlier + [line for line in made if line not in earlier])
    # the answers files
    stems = [n[:-6] for n in expected]
    if not answers_files:
        notes.append("no answers file: only code answers can be graded")
    for af_path in answers_files:
        af = read_answers_file(af_path)
        if af.problem and not af.answers:
            notes.append(f"{af_path.name} is {af.problem}: its answers cannot be graded")
            continue
        if af.problem:
            notes.append(f"{af_path.name}: {af.problem}")
        if af_path.name[: -len(ANSWERS_SUFFIX)] not in stems and af_path.name != f"{assignment}{ANSWERS_SUFFIX}":
            notes.append(f"answers file named {af_path.name!r} (used for exercises not found elsewhere)")
        for ex_id in af.answers:
            try:
                ex = E.get(ex_id)
            except CourseError:
                continue
            if not ex.checkpoint:
                continue
            fbs = [grade(E.keyed(ex), a) for a in af.candidates(ex_id)]  # the best and the last answer
            if all(fb.details.get("error") == "type" for fb in fbs):
                notes.append(f"answer to {ex_id} has the wrong form: 0 points")
    return notes


_APIS: dict[str, Any] = {}


def _grade_one(root: str, assignment: str, student: str) -> tuple[bool, str, float]:
    """Autograde one submission with nbgrader's API (called in a worker process)."""
    import logging

    from traitlets.config.loader import PyFileConfigLoader

    t0 = time.perf_counter()
    for attempt in range(4):
        try:
            api = _APIS.get(root)
            if api is None:  # one API (and configuration) per worker and course
                from nbgrader.apps import NbGraderAPI

                cfg = PyFileConfigLoader(CONFIG_NAME, path=root).load_config()
                api = _APIS[root] = NbGraderAPI(config=cfg)
                api.log.setLevel(logging.WARNING)
            result = api.autograde(assignment, student, force=True, create=True)
        except Exception as exc:  # pragma: no cover - nbgrader itself failing
            result = {"success": False, "error": f"{type(exc).__name__}: {exc}", "log": ""}
        text = f"{result.get('error') or ''}\n{result.get('log') or ''}"
        if result.get("success"):
            return True, "", time.perf_counter() - t0
        if "database is locked" in text and attempt < 3:
            time.sleep(0.5 + attempt)
            continue
        return False, _failure_reason(text), time.perf_counter() - t0
    return False, "the gradebook stayed locked", time.perf_counter() - t0  # pragma: no cover


def worker_main(root: str) -> None:
    """A grading worker: reads ``assignment<TAB>student`` lines on stdin, grades each
    with nbgrader, and answers one JSON line per task on its original stdout.

    nbgrader's console log and library warnings go to /dev/null (they would garble
    the progress bar); failures are reported from each autograde's result instead.
    """
    os.chdir(root)
    channel = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)
    for line in sys.stdin:
        line = line.rstrip("\n")
        if not line:
            continue
        assignment, student = line.split("\t", 1)
        notes: list[str] = []
        try:
            precheck(Path(root), assignment, student, notes)  # notes so far are kept if it fails
        except Exception as exc:  # a pre-check must never stop the class
            notes.append(f"pre-check failed ({type(exc).__name__}: {exc})")
        try:
            ok, err, secs = _grade_one(root, assignment, student)
        except BaseException as exc:  # noqa: BLE001 - keep the worker alive for the next task
            ok, err, secs = False, f"{type(exc).__name__}: {exc}", 0.0
        if ok:
            try:
                notes += inspect_graded(Path(root), assignment, student)
            except Exception:  # pragma: no cover
                pass
        channel.write(json.dumps({"ok": ok, "error": err, "seconds": secs, "notes": notes}) + "\n")


def _run_pool(root: Path, tasks: list[Submission], jobs: int, env: dict[str, str],
              done: Callable[[Submission], None]) -> None:  # fmt: skip
    """Grade ``tasks`` with ``jobs`` worker subprocesses (``python -m course.classroom.worker``)."""
    import queue
    import threading

    todo: queue.Queue[Submission] = queue.Queue()
    for t in tasks:
        todo.put(t)
    finished: queue.Queue[Submission] = queue.Queue()

    def start() -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "course.classroom.worker", str(root)], cwd=root, env=env,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                text=True, bufsize=1)  # fmt: skip

    def feeder() -> None:
        proc = start()
        try:
            while True:
                try:
                    s = todo.get_nowait()
                except queue.Empty:
                    return
                try:
                    assert proc.stdin is not None and proc.stdout is not None
                    proc.stdin.write(f"{s.assignment}\t{s.student}\n")
                    proc.stdin.flush()
                    line = proc.stdout.readline()
                except (BrokenPipeError, OSError):
                    line = ""
                if line:
                    r = json.loads(line)
                    s.ok, s.error, s.seconds = bool(r["ok"]), str(r["error"]), float(r["seconds"])
                    s.notes += [str(n) for n in r.get("notes", [])]
                else:  # the worker died (killed, out of memory): report and start a new one
                    s.ok, s.error = False, f"the grading process died (exit code {proc.poll()})"
                    proc.kill()
                    proc.wait()
                    proc = start()
                finished.put(s)
        finally:
            if proc.stdin:
                proc.stdin.close()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:  # pragma: no cover
                proc.kill()
                proc.wait()

    threads = [threading.Thread(target=feeder, daemon=True) for _ in range(max(1, min(jobs, len(tasks))))]
    for th in threads:
        th.start()
    for _ in range(len(tasks)):
        done(finished.get())
    for th in threads:
        th.join()


def _failure_reason(text: str) -> str:
    """The most telling line of a failed autograde: the first exception line of a
    traceback (``KeyError: 'grade_id'``), else the last line mentioning an error."""
    import re

    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    exc = re.compile(r"^(?:\[\w+ \| ERROR\] )?[A-Za-z_.]*(?:Error|Exception|Interrupt|Exit)\b(?::.*)?$")
    for ln in lines:
        if exc.match(ln) and "Please see" not in ln:
            return ln[:300]
    for ln in reversed(lines):
        if "error" in ln.lower() and "Please see" not in ln:
            return ln[:300]
    return (lines[-1] if lines else "unknown error")[:300]


def inspect_graded(root: Path, assignment: str, student: str) -> list[str]:
    """Report lines from a graded notebook: cells that raised, timed out or were cut."""
    import nbformat

    notes = []
    folder = root / "autograded" / student / assignment
    for nb_path in sorted(folder.glob("*.ipynb")):
        try:
            nb = nbformat.read(nb_path, as_version=4)
        except Exception:
            continue
        code_cells = 0
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            code_cells += 1
            gid = cell.metadata.get("nbgrader", {}).get("grade_id", "")
            # named so the cell can be found in JupyterLab (which numbers no cells): the
            # checkpoint it belongs to, or its place among the code cells and its first line
            first = next((ln.strip() for ln in cell.source.splitlines() if ln.strip()), "")
            first = first if len(first) <= 40 else first[:39] + "…"
            where = (f"the {'test' if gid.endswith('-test') else 'answer'} cell of {exercise_of(gid).removesuffix('-answer')}"
                     if gid else f"code cell {code_cells} ({first!r})")
            outs = cell.get("outputs", [])
            enames = [o.get("ename", "") for o in outs if o.get("output_type") == "error"]
            if any("Timeout" in e for e in enames):
                notes.append(f"{where} ran too long and was stopped")
            elif gid.endswith("-test") and "AssertionError" in enames:
                notes.append(f"{where}: no answer to grade")
            elif enames:
                notes.append(f"{where} raised {enames[0]}")
            if any(o.get("output_type") == "stream" and "Output truncated" in o.get("text", "") for o in outs):
                notes.append(f"{where}: huge output cut")
    return notes


@dataclass
class GradeReport:
    """What :func:`grade` did: one :class:`Submission` per student and assignment."""

    root: Path
    jobs: int
    submissions: list[Submission] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> list[Submission]:
        return [s for s in self.submissions if not s.ok]

    def __str__(self) -> str:
        n = len(self.submissions)
        lines = [f"Graded {n - len(self.failed)} of {n} submission(s) with {self.jobs} job(s) in {self.seconds:.1f} s."]
        noted = [s for s in self.submissions if s.notes or not s.ok]
        if noted:
            lines.append("Report:")
        for s in noted:
            head = f"  {s.student} / {s.assignment}: "
            if not s.ok:
                lines.append(head + f"COULD NOT BE GRADED: {s.error}")
            for note in s.notes:
                lines.append(head + note)
        if self.failed:
            lines.append(f"{len(self.failed)} submission(s) could not be graded (see above); the others are in the gradebook.")
        return "\n".join(lines)


def _progress(total: int, enabled: bool) -> Any:
    if not enabled:
        return None
    try:
        from tqdm import tqdm

        return tqdm(total=total, unit="submission", desc="grading", file=sys.stderr)
    except ImportError:  # pragma: no cover
        return None


def _describe(value: Any) -> str:
    """A TOML value in words, for a message (``the number 5``, ``a list of numbers`` ...)."""
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value:g}" if isinstance(value, float) else f"the number {value}"
    if isinstance(value, str):
        return f"the text {value[:30]!r}"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        kinds = sorted({_describe(v).split()[1] if not isinstance(v, (dict, list)) else _describe(v).split()[-1]
                        for v in value})  # fmt: skip
        return "an empty list" if not value else f"a list of {'/'.join(kinds)} values"
    return f"a {type(value).__name__}"


def _is_num(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _is_list(v: Any, item_ok: Callable[[Any], bool]) -> bool:
    return isinstance(v, list) and all(item_ok(x) for x in v)


def _str_or_int(v: Any) -> bool:
    return isinstance(v, str) or (isinstance(v, int) and not isinstance(v, bool))


#: What the ``answer`` field of a key holds, per exercise type: (check, in words).
KEY_ANSWER_FORMS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "span-select": (lambda v: _is_list(v, _str_or_int) and bool(v), "a list of phrases from the passage, e.g. [\"could\", \"about\"]"),
    "multiple-choice": (_str_or_int, "one option (its number from 0, or its text)"),
    "multiple-select": (lambda v: _is_list(v, _str_or_int), "a list of options (numbers from 0, or texts)"),
    "classify": (lambda v: _is_list(v, lambda x: isinstance(x, str))
                 or (isinstance(v, dict) and all(isinstance(x, str) for x in v.values())),
                 "a table from each phrase to its label, or a list of labels in item order"),
    "rank": (lambda v: _is_list(v, _str_or_int), "a list of statement numbers in order"),
    "rewrite": (lambda v: isinstance(v, str), "a text"),
    "reflection": (lambda v: isinstance(v, str), "a text"),
    "numeric": (_is_num, "a number"),
}  # fmt: skip


def key_field_problem(ex: Any, name: str, value: Any) -> str:
    """Why ``value`` cannot be the key's field ``name`` of exercise ``ex`` ("" when it can)."""
    want = ""
    if name == "answer" and ex.type in KEY_ANSWER_FORMS:
        ok, want = KEY_ANSWER_FORMS[ex.type]
        if ok(value) and ex.type == "classify" and isinstance(value, list) and len(value) != len(ex.items):
            return f"answer gives {len(value)} labels, the exercise has {len(ex.items)} items"
        if ok(value):
            return ""
    elif name == "order":
        if _is_list(value, lambda x: isinstance(x, int) and not isinstance(x, bool)):
            return ""
        want = "a list of statement numbers, e.g. [2, 0, 1]"
    elif name == "reasons":
        if _is_list(value, lambda x: isinstance(x, str)):
            return ""
        want = "a list of texts"
    elif name == "explanation":
        if isinstance(value, str):
            return ""
        want = "a text"
    elif name == "tolerance":
        if _is_num(value) and value >= 0:
            return ""
        want = "a number (0 or more)"
    elif name == "options":
        want = "a list of tables, one per option in the bank's order, e.g. [{correct = false}, {correct = true}]"
        if _is_list(value, lambda o: isinstance(o, dict)):
            if len(value) != len(ex.options):
                return f"options gives {len(value)} options, the exercise has {len(ex.options)}"
            for k, o in enumerate(value):
                if "correct" in o and not isinstance(o["correct"], bool):
                    return f"options[{k}].correct should be true or false, not {_describe(o['correct'])}"
                for f in ("feedback", "text"):
                    if f in o and not isinstance(o[f], str):
                        return f"options[{k}].{f} should be a text, not {_describe(o[f])}"
            return ""
    elif name == "items":
        if ex.type != "classify":
            return "" if isinstance(value, list) else "items should be a list"
        want = "a list of tables {phrase = \"...\", label = \"...\"}"
        if _is_list(value, lambda i: isinstance(i, dict) and isinstance(i.get("phrase"), str)
                    and isinstance(i.get("label"), str)):  # fmt: skip
            return ""
    else:  # "wrong" (used by the kit's tests only) and fields of no use for this type
        return ""
    what = _describe(value)
    if isinstance(value, dict) and not all(isinstance(v, str) for v in value.values()):
        what = "a table whose values are not all texts"
    return f"{name} is {what}, but a {ex.type} exercise needs {want}"


def validate_key(path: str | Path) -> None:
    """Refuse a private key that would grade wrongly (missing, malformed, unknown ids,
    fields of the wrong form for the exercise type, or a reference that does not score
    1.0 by its own key). Every message names the exercise id (and the field)."""
    from .. import exercises as E
    from ..grading import grade

    key = E.load_answer_key(path)
    if not key:
        raise CourseError(f"The answer key {path} is empty.")
    banks = E.load_banks()
    for ex_id, fields in key.items():
        if ex_id not in banks:
            raise CourseError(f"The answer key {path} has an unknown exercise {ex_id!r}.")
        for name, value in fields.items():
            problem = key_field_problem(banks[ex_id], name, value)
            if problem:
                raise CourseError(f"The answer key {path}: [{ex_id}] {problem}.")
        try:
            ex = E.keyed(banks[ex_id], key)
            fb = grade(ex, E.reference_answer_of(ex))
        except CourseError as exc:
            raise CourseError(f"The answer key {path}: [{ex_id}] {exc}") from None
        except Exception as exc:  # noqa: BLE001 - a form the checks above do not know
            raise CourseError(f"The answer key {path}: [{ex_id}] cannot be used "
                              f"({', '.join(fields)}: {type(exc).__name__}: {exc}).") from None  # fmt: skip
        if fb.score < 0.999:
            raise CourseError(f"The answer key {path}: the answer for {ex_id} does not fit the exercise ({fb.message[:120]}).")


def grade(
    root: str | Path,
    assignment: str | None = None,
    jobs: int = 2,
    key: str | Path | None = None,
    timeout: int | None = None,
    students: Iterable[str] | None = None,
    progress: bool = True,
    on_done: Callable[[Submission], None] | None = None,
) -> GradeReport:
    """Autograde every submission in ``submitted/``, ``jobs`` at a time.

    Args:
        root: the course folder.
        assignment: one assignment (default: all).
        jobs: worker processes (each grades one submission at a time with nbgrader).
        key: a private answer key (TOML); default ``$COURSE_ANSWER_KEY``, else the kit's key.
        timeout: seconds per cell (default: the course configuration's).
        students: only these students.
        progress: show a progress bar on stderr.
    """
    rootp = course_root(root)
    t0 = time.perf_counter()
    extra: dict[str, str] = {}
    key = key or os.environ.get("COURSE_ANSWER_KEY")
    if key:
        kp = Path(key).expanduser().resolve()
        validate_key(kp)
        extra["COURSE_ANSWER_KEY"] = str(kp)
    if jobs < 1:
        raise CourseError(f"--jobs must be 1 or more (got {jobs}).")
    if timeout is not None and timeout < 1:
        raise CourseError(f"--timeout must be 1 second or more (got {timeout}); the course's default is used when it is left out.")
    if timeout:
        extra["COURSE_CELL_TIMEOUT"] = str(int(timeout))
    env = venv_environ(extra)
    env.pop("COURSE_ANSWERS_DIR", None)  # the kernel's folder is the submission folder
    todo_a = [assignment] if assignment else assignments(rootp)
    wanted = set(students) if students else None
    subs: list[Submission] = []
    sub_dir = rootp / "submitted"
    for a in todo_a:
        _check_assignment(rootp, a)
        if not (rootp / "release" / a).is_dir():
            raise CourseError(f"Assignment {a!r} has not been released: run `classroom release` first.")
        if not sub_dir.is_dir():
            continue
        for sdir in sorted(sub_dir.iterdir()):
            if (sdir / a).is_dir() and (wanted is None or sdir.name in wanted):
                subs.append(Submission(sdir.name, a))
    if wanted:
        found = {sub.student for sub in subs}
        missing = sorted(wanted - found)
        if missing:
            raise CourseError(f"No submission from {', '.join(missing)} in {sub_dir}"
                              f"{' for ' + assignment if assignment else ''}: check the student id.")
    if not subs:
        where = f" for {assignment}" if assignment else ""
        raise CourseError(f"No submissions in {sub_dir}{where} yet: put the students' work there with "
                          "`classroom collect COURSE DOWNLOAD.zip` first (see the classroom guide, step 4).")
    report = GradeReport(rootp, jobs, subs)
    bar = _progress(len(subs), progress)

    def finished(s: Submission) -> None:
        if bar is not None:
            bar.set_postfix_str(f"{s.student}/{s.assignment}", refresh=False)
            bar.update(1)
        if on_done:
            on_done(s)

    _run_pool(rootp, subs, jobs, env, finished)
    if bar is not None:
        bar.close()
    report.seconds = time.perf_counter() - t0
    return report


# --------------------------------------------------------------------- export


@dataclass
class ExportReport:
    long_csv: Path
    wide_csv: Path
    rows: list[dict[str, Any]]

    def __str__(self) -> str:
        students = sorted({r["student_id"] for r in self.rows})
        graded = sum(1 for r in self.rows if r["status"] == "graded")
        missing = sum(1 for r in self.rows if r["status"] == "no submission")
        others = len(self.rows) - graded - missing
        parts = [f"{graded} graded", f"{missing} without a submission (0 points)"]
        if others:
            parts.append(f"{others} not graded yet")
        text = (f"Exported {len(self.rows)} score(s) for {len(students)} student(s): {', '.join(parts)}.\n"
                f"  {self.wide_csv} (one row per student: a column per exercise, totals)\n"
                f"  {self.long_csv} (one row per student and exercise)")  # fmt: skip
        if not self.rows:
            text += "\n  Nothing is in the gradebook yet: release the assignments and run `classroom grade` first."
        elif not graded:
            text += ("\n  warning: no score is graded yet, so every total is 0: run `classroom collect` and "
                     "`classroom grade` first.")
        return text


def exercise_of(grade_id: str) -> str:
    """``"hedging-12-test"`` -> ``"hedging-12"`` (other grade ids are kept)."""
    return grade_id[: -len("-test")] if grade_id.endswith("-test") else grade_id


def gradebook_rows(root: str | Path) -> list[dict[str, Any]]:
    """Per student, assignment and graded cell: the score from nbgrader's gradebook."""
    rootp = course_root(root)
    ensure_venv_path()
    from nbgrader.api import Gradebook, MissingEntry

    rows: list[dict[str, Any]] = []
    with Gradebook(db_url(rootp), course_id=course_id_of(rootp)) as gb:
        students = sorted(gb.students, key=lambda s: s.id)
        for assignment in sorted(gb.assignments, key=lambda a: a.name):
            cells = []
            for nb in assignment.notebooks:
                for gc in nb.grade_cells:
                    cells.append((nb.name, gc.name, float(gc.max_score)))
            for st in students:
                try:
                    sub = gb.find_submission(assignment.name, st.id)
                except MissingEntry:
                    sub = None
                for nb_name, cell_name, max_score in cells:
                    score, status = 0.0, "no submission"
                    if sub is not None:
                        try:
                            g = gb.find_grade(cell_name, nb_name, assignment.name, st.id)
                            score = float(g.score or 0.0)
                            status = "graded" if g.auto_score is not None or g.manual_score is not None else "needs grading"
                        except MissingEntry:
                            status = "not graded"
                    rows.append({
                        "student_id": st.id, "last_name": st.last_name or "", "first_name": st.first_name or "",
                        "email": st.email or "", "assignment": assignment.name, "notebook": nb_name,
                        "exercise": exercise_of(cell_name), "score": round(score, 2), "max_score": max_score,
                        "status": status,
                    })  # fmt: skip
    return rows


def _total_status(rows: list[dict[str, Any]]) -> str:
    """The status of a total: the one status its rows share; "graded, part not submitted" when
    every row is graded or was never handed in; else "partly graded"."""
    statuses = {r["status"] for r in rows}
    if len(statuses) == 1:
        return statuses.pop()
    return "graded, part not submitted" if statuses == {"graded", "no submission"} else "partly graded"


def export(root: str | Path, out_dir: str | Path | None = None) -> ExportReport:
    """Write ``grades-long.csv`` and ``grades-wide.csv`` (LMS import) from the gradebook.

    - long: ``student_id, assignment, exercise, score, max_score, status`` per exercise,
      plus a ``TOTAL`` row per student and assignment and one per student overall.
    - wide: one row per student: ``student_id, last_name, first_name, email``, a column
      per exercise, a total per assignment, ``total`` and ``max_total``.

    Both are UTF-8 with a byte-order mark, so that Excel shows names such as "Zoë" as written.
    """
    rootp = course_root(root)
    out = Path(out_dir).expanduser() if out_dir else rootp / "export"
    out.mkdir(parents=True, exist_ok=True)
    rows = gradebook_rows(rootp)
    long_path, wide_path = out / "grades-long.csv", out / "grades-wide.csv"
    by_student: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_student.setdefault(r["student_id"], []).append(r)
    with open(long_path, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(["student_id", "assignment", "exercise", "score", "max_score", "status"])
        for sid, rs in by_student.items():
            for a in sorted({r["assignment"] for r in rs}):
                ra = [r for r in rs if r["assignment"] == a]
                for r in ra:
                    w.writerow([sid, a, r["exercise"], f"{r['score']:g}", f"{r['max_score']:g}", r["status"]])
                w.writerow([sid, a, "TOTAL", f"{round(sum(r['score'] for r in ra), 2):g}",
                            f"{sum(r['max_score'] for r in ra):g}", _total_status(ra)])  # fmt: skip
            w.writerow([sid, "ALL", "TOTAL", f"{round(sum(r['score'] for r in rs), 2):g}",
                        f"{sum(r['max_score'] for r in rs):g}", _total_status(rs)])  # fmt: skip
    exercises = []
    for r in rows:
        if r["exercise"] not in exercises:
            exercises.append(r["exercise"])
    assigns = sorted({r["assignment"] for r in rows})
    with open(wide_path, "w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(["student_id", "last_name", "first_name", "email", *exercises,
                    *[f"{a} total" for a in assigns], "total", "max_total"])  # fmt: skip
        for sid, rs in by_student.items():
            score = {r["exercise"]: r["score"] for r in rs}
            first = rs[0]
            w.writerow([sid, first["last_name"], first["first_name"], first["email"],
                        *[f"{score.get(e, 0.0):g}" for e in exercises],
                        *[f"{round(sum(r['score'] for r in rs if r['assignment'] == a), 2):g}" for a in assigns],
                        f"{round(sum(r['score'] for r in rs), 2):g}", f"{sum(r['max_score'] for r in rs):g}"])  # fmt: skip
    return ExportReport(long_path, wide_path, rows)


def write_json(path: Path, data: Any) -> None:  # pragma: no cover - small helper for reports
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")
