"""Shared by the tests that run banked exercises: a fresh exercise session kept away from
the user's files, and the both-ways check every banked exercise of a notebook passes.

Used by tests/test_exercises.py, tests/test_notebook_facts_05.py, tests/test_notebook_facts_06.py
and the widget tests. The fixture is imported by name (pytest then finds it in the test module)
and switched on for a whole module with ``pytestmark = pytest.mark.usefixtures("fresh_session")``.
"""

from __future__ import annotations

import re

import pytest

import course
from course import exercises as E
from course.feedback import Feedback


@pytest.fixture
def fresh_session(tmp_path, monkeypatch):
    """The test writes its progress log and answers file in a temp folder, with a fresh session."""
    monkeypatch.setenv("COURSE_PROGRESS", str(tmp_path / "progress.json"))
    monkeypatch.delenv("COURSE_ANSWERS_DIR", raising=False)
    monkeypatch.chdir(tmp_path)  # the answers file goes to the working directory
    E.reset_session()
    yield
    E.reset_session()


def notebook_exercise_ids(notebook: str) -> list[str]:
    """The ids of the exercises banked for ``notebook`` (e.g. ``"06-your-turn"``), in bank order."""
    return [e["id"] for e in course.list_exercises(notebook=notebook)]


def check_bank_has_wrong_answers(ids: list[str]) -> None:
    """At least six exercises, each with a plausible wrong answer (checkpoints: in the answer key)."""
    assert len(ids) >= 6
    assert all(E.keyed(E.get(i)).wrong is not None for i in ids)


def check_both_ways(ex_id: str) -> tuple[E.Exercise, Feedback]:
    """The reference answer scores 1.0; the bank's plausible wrong answer scores less, does not
    pass (a reflection may) and its message names no correct option and no numeric answer;
    no answer at all scores 0.

    Returns the exercise (with the answer key's fields) and the wrong answer's feedback, for the
    leak checks that depend on the exercise.
    """
    ex = E.keyed(E.get(ex_id))  # checkpoints: the answer key's fields
    assert course.check(ex_id, E.key_answer(ex_id)).score == 1.0
    fb = course.check(ex_id, ex.wrong)
    assert fb.score < 1.0
    if ex.type != "reflection":
        assert not fb.passed
    if ex.type in ("multiple-choice", "multiple-select"):
        for o in ex.options:
            if o["correct"]:
                assert o["text"] not in fb.message
    if ex.type == "numeric":
        assert not re.search(rf"(?<!\d){ex.answer:g}(?!\d)", fb.message)
    assert course.check(ex_id, None).score == 0.0
    return ex, fb
