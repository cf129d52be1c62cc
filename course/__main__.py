"""``python -m course``: the command-line tool (see :mod:`course.cli`)."""

from .cli import run

if __name__ == "__main__":
    run()
