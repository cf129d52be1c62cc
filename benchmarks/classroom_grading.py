"""Classroom grading speed: the wrapper with N jobs against plain serial nbgrader.

Builds a temporary course (one small assignment with two checkpoints), writes 30
simulated submissions (a mix of right, partly right and blank answers), then, in
the same run:

1. ``nbgrader autograde ASSIGNMENT`` (nbgrader's own serial loop, one process);
2. ``python -m course classroom grade DIR --jobs 2`` (the wrapper);

and prints the wall times and their ratio. Both must give the same scores (checked).

    .venv/bin/python benchmarks/classroom_grading.py [--students 30] [--jobs 2]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from course import exercises as E
from course.classroom.coursedir import db_url, venv_environ
from course.classroom.demo import fixture_notebook, write_submission

ASSIGNMENT = "02-hedging"
EXERCISES = ["hedging-12", "hedging-14"]


def scores(root: Path) -> dict[str, float]:
    from nbgrader.api import Gradebook

    with Gradebook(db_url(root), course_id="diplomatic-news") as gb:
        return {s.student.id: round(s.score, 2) for s in gb.find_assignment(ASSIGNMENT).submissions}


def build(root: Path, students: int) -> None:
    env = venv_environ()
    nb_dir = root.parent / "nbs"
    nb_dir.mkdir(exist_ok=True)
    nbformat.write(fixture_notebook(ASSIGNMENT, EXERCISES), nb_dir / f"{ASSIGNMENT}.ipynb")
    py = [sys.executable, "-m", "course", "classroom"]
    subprocess.run([*py, "init", str(root), "--notebooks", str(nb_dir / f"{ASSIGNMENT}.ipynb"), "--timeout", "10"],
                   check=True, env=env, capture_output=True)  # fmt: skip
    subprocess.run([*py, "release", str(root)], check=True, env=env, capture_output=True)
    span, choice = E.key_answer("hedging-12"), E.key_answer("hedging-14")
    for k in range(students):
        kind = k % 3
        panel = {"hedging-12": span, "hedging-14": choice} if kind == 0 else {"hedging-12": span[: 1 + k % 4]} if kind == 1 else None
        write_submission(root, ASSIGNMENT, f"s{k:03d}", panel=panel)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--students", type=int, default=30)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    env = venv_environ()
    os.environ["PATH"] = env["PATH"]
    tmp = Path(tempfile.mkdtemp(prefix="classroom-bench-"))
    try:
        root = tmp / "course"
        print(f"building a course with {args.students} submissions in {tmp} ...", flush=True)
        build(root, args.students)

        t0 = time.perf_counter()
        r = subprocess.run([str(Path(sys.executable).parent / "nbgrader"), "autograde", ASSIGNMENT, "--force"],
                           cwd=root, env=env, capture_output=True, text=True)  # fmt: skip
        serial = time.perf_counter() - t0
        if r.returncode != 0:
            print(r.stderr[-2000:])
            return 1
        serial_scores = scores(root)
        shutil.rmtree(root / "autograded")

        t0 = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "course", "classroom", "grade", str(root), "--jobs", str(args.jobs),
                            "--no-progress"], env=env, capture_output=True, text=True)  # fmt: skip
        wrapped = time.perf_counter() - t0
        if r.returncode != 0:
            print(r.stdout[-2000:], r.stderr[-2000:])
            return 1
        wrapped_scores = scores(root)
        same = serial_scores == wrapped_scores and len(serial_scores) == args.students

        print(f"\n{'method':<44} {'seconds':>8} {'per submission':>15}")
        print(f"{'nbgrader autograde (serial, one process)':<44} {serial:8.1f} {serial / args.students:15.2f}")
        label = f"course classroom grade --jobs {args.jobs}"
        print(f"{label:<44} {wrapped:8.1f} {wrapped / args.students:15.2f}")
        print(f"\nspeed-up: {serial / wrapped:.2f}x on {os.cpu_count()} core(s); same scores: {same}")
        return 0 if same else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
