"""``python -m course classroom ...``: classroom grading with nbgrader in one command each.

::

    python -m course classroom init DIR [--roster students.csv] [--notebooks NB ...]
    python -m course classroom release DIR [--assignment 02-hedging]
    python -m course classroom collect DIR DOWNLOAD.zip [--assignment A] [--format canvas]
    python -m course classroom grade DIR [--jobs 2] [--key private-key.toml] [--timeout 60]
    python -m course classroom export DIR [--out FOLDER]
    python -m course classroom classview DIR EXERCISE [--html OUT]
    python -m course classroom solutions --html OUT [--notebook 02-hedging] [--key private-key.toml]
    python -m course classroom normalize-notebooks [--check] [NOTEBOOK ...]
"""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from .coursedir import DEFAULT_CELL_TIMEOUT, DEFAULT_COURSE_ID, LMS_FORMATS


def _init(args: argparse.Namespace, out: TextIO) -> int:
    from .coursedir import init

    print(init(args.dir, notebooks=args.notebooks or None, course_id=args.course_id, roster=args.roster,
               timeout=args.timeout, lms_format=args.format, force=args.force), file=out)  # fmt: skip
    return 0


def require_nbgrader() -> None:
    """Stop with a one-line message when nbgrader is not installed in this Python.

    ``./dev`` and ``environment.yml`` install it (it is in the ``test`` extra); a plain
    ``pip install -e .`` does not.

    Raises:
        CourseError: nbgrader cannot be imported.
    """
    import importlib.util

    from ..errors import CourseError

    if importlib.util.find_spec("nbgrader") is None:
        raise CourseError(
            "nbgrader is not installed in this Python. Use the kit's environment (`./dev test` once, then "
            "`.venv/bin/python -m course classroom ...`, or `conda activate diplomatic-news`), which has it, "
            "or install it with `pip install -e \".[classroom]\"`."
        )


def _release(args: argparse.Namespace, out: TextIO) -> int:
    require_nbgrader()
    from .coursedir import release

    report = release(args.dir, args.assignment, key=args.key)
    print(report, file=out)
    return 1 if report.problems else 0


def _solutions(args: argparse.Namespace, out: TextIO) -> int:
    from .solutions import write_solutions

    path = write_solutions(args.html, key=args.key, notebook=args.notebook)
    print(f"Wrote the checkpoint solutions to {path}: publish it once the checkpoints are graded.", file=out)
    return 0


def _collect(args: argparse.Namespace, out: TextIO) -> int:
    require_nbgrader()
    from .coursedir import collect

    report = collect(args.dir, args.zip, assignment=args.assignment, lms_format=args.format)
    print(report, file=out)
    return 1 if report.empty else 0


def _grade(args: argparse.Namespace, out: TextIO) -> int:
    require_nbgrader()
    from .coursedir import grade

    report = grade(args.dir, assignment=args.assignment, jobs=args.jobs, key=args.key, timeout=args.timeout,
                   students=args.student or None, progress=not args.no_progress)  # fmt: skip
    print(report, file=out)
    return 1 if report.failed else 0


def _export(args: argparse.Namespace, out: TextIO) -> int:
    require_nbgrader()
    from .coursedir import export

    print(export(args.dir, args.out), file=out)
    return 0


def _classview(args: argparse.Namespace, out: TextIO) -> int:
    from .classview import class_view, html_target, save_html

    if args.html:
        html_target(args.html, args.exercise)  # a bad path is refused before the work, not after
    view = class_view(args.dir, args.exercise, key=args.key)
    print(view, file=out)
    if args.html:
        print(f"Heatmap written to {save_html(view, args.html)}", file=out)
    return 0


def _normalize(args: argparse.Namespace, out: TextIO) -> int:
    from .notebook import normalize_files

    failed: dict[str, str] = {}
    changed = normalize_files(args.notebooks or None, check=args.check, failed=failed)
    for path, changes in changed.items():
        verb = "NOT NORMALISED" if args.check else "normalised"
        print(f"{path}: {verb} ({'; '.join(changes)})", file=out)
    for path, why in failed.items():
        print(f"{path}: SKIPPED: {why}", file=out)
    if args.check and changed:
        print("Run `python -m course classroom normalize-notebooks` to bring the checkpoint cells up to date.", file=out)
    if failed:
        done = "checked" if args.check else "normalised"
        print(f"{len(failed)} file(s) could not be {done} (see above); the others were {done}.", file=out)
    elif not changed:
        print("All notebooks are normalised.", file=out)
    return 1 if failed or (args.check and changed) else 0


def add_parser(sub: Any) -> None:
    """Add the ``classroom`` command (with its subcommands) to the kit's CLI."""
    p = sub.add_parser(
        "classroom",
        help="grade the notebooks' checkpoints in class with nbgrader",
        description="Classroom grading with nbgrader: init a course folder, release the student "
        "versions, collect an LMS download, grade in parallel, export CSV for the LMS, and see "
        "what the class marked.",
        epilog="Workflow:\n  %(prog)s init course/ --roster students.csv\n  %(prog)s release course/\n"
        "  %(prog)s collect course/ download.zip\n  %(prog)s grade course/ --jobs 2\n  %(prog)s export course/\n"
        "  %(prog)s classview course/ hedging-12 --html hedging-12.html",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cs = p.add_subparsers(dest="classroom_command", metavar="STEP", required=True)

    q = cs.add_parser("init", help="create an nbgrader course folder from the kit's notebooks")
    q.add_argument("dir", metavar="DIR")
    q.add_argument("--notebooks", nargs="+", metavar="NB", help="notebooks to use (default: the kit's 02-05)")
    q.add_argument("--roster", metavar="CSV", help="students: a CSV with student_id[,first_name,last_name,email]")
    q.add_argument("--course-id", default=DEFAULT_COURSE_ID)
    q.add_argument("--timeout", type=int, default=DEFAULT_CELL_TIMEOUT, help="seconds per cell when grading")
    q.add_argument("--format", choices=sorted(LMS_FORMATS), default="blackboard",
                   help="file names of your LMS downloads (default: blackboard)")  # fmt: skip
    q.add_argument("--force", action="store_true", help="rewrite an existing course configuration")
    q.set_defaults(func=_init)

    q = cs.add_parser("release", help="make the student versions (nbgrader generate_assignment) and check them")
    q.add_argument("dir", metavar="DIR")
    q.add_argument("--assignment", metavar="A", help="one assignment (default: all)")
    q.add_argument("--key", metavar="PATH", help="a private answer key to look for in the release")
    q.set_defaults(func=_release)

    q = cs.add_parser("collect", help="put an LMS download (zip) into submitted/ (nbgrader zip_collect)")
    q.add_argument("dir", metavar="DIR")
    q.add_argument("zip", metavar="ZIP")
    q.add_argument("--assignment", metavar="A", help="the assignment (default: guessed from the file names)")
    q.add_argument("--format", choices=sorted(LMS_FORMATS), help="file names of the download (default: the course's)")
    q.set_defaults(func=_collect)

    q = cs.add_parser("grade", help="autograde every submission in parallel, with a report")
    q.add_argument("dir", metavar="DIR")
    q.add_argument("--assignment", metavar="A", help="one assignment (default: all)")
    q.add_argument("--jobs", "-j", type=int, default=2, help="submissions graded at once (default 2)")
    q.add_argument("--key", metavar="PATH", help="a private answer key (TOML); default $COURSE_ANSWER_KEY")
    q.add_argument("--timeout", type=int, help="seconds per cell (default: the course's)")
    q.add_argument("--student", action="append", metavar="ID", help="only this student (repeatable)")
    q.add_argument("--no-progress", action="store_true", help="no progress bar")
    q.set_defaults(func=_grade)

    q = cs.add_parser("export", help="write CSV files of the scores for an LMS gradebook")
    q.add_argument("dir", metavar="DIR")
    q.add_argument("--out", metavar="FOLDER", help="where to write (default: DIR/export)")
    q.set_defaults(func=_export)

    q = cs.add_parser("classview", help="what the class marked in a span-select exercise")
    q.add_argument("dir", metavar="DIR", help="a course folder or a folder of answers files")
    q.add_argument("exercise", metavar="EXERCISE")
    q.add_argument("--key", metavar="PATH", help="a private answer key (TOML)")
    q.add_argument("--html", metavar="OUT", help="also write the heatmap as an HTML page")
    q.set_defaults(func=_classview)

    q = cs.add_parser("solutions", help="write the checkpoints' answers and explanations as a page to publish after grading")
    q.add_argument("--html", metavar="OUT", required=True, help="the HTML page to write")
    q.add_argument("--notebook", metavar="NB", help="only this notebook's checkpoints, e.g. 02-hedging")
    q.add_argument("--key", metavar="PATH", help="a private answer key (TOML); default $COURSE_ANSWER_KEY or the kit's")
    q.set_defaults(func=_solutions)

    q = cs.add_parser("normalize-notebooks", help="write the nbgrader checkpoint cells into the kit's notebooks 02-05",
                      description="Apply course.classroom.notebook.mark_checkpoints to the notebooks (in place): "
                      "each checkpoint gets its answer and locked test cells, replacing the older optional code form, "
                      "in the form students receive (`init` adds nbgrader's solution and hidden-test markers to its "
                      "source/ copy); outputs and extra metadata are removed. Idempotent.")  # fmt: skip
    q.add_argument("notebooks", nargs="*", metavar="NOTEBOOK", help="notebooks (default: notebooks/02-* to 05-*)")
    q.add_argument("--check", action="store_true", help="write nothing; exit 1 if a notebook is not normalised")
    q.set_defaults(func=_normalize)
