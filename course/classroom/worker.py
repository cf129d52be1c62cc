"""``python -m course.classroom.worker ROOT``: one grading worker (see
:func:`course.classroom.coursedir.worker_main`)."""

from __future__ import annotations

import sys

from .coursedir import worker_main

if __name__ == "__main__":
    worker_main(sys.argv[1])
