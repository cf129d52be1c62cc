"""The instructor guide (docs/instructor-guide.md) stays in step with the kit.

Parts of the guide are generated, never kept by hand: the course overview (time per
notebook, from each notebook's own "**Time**" line), the learning objectives (from each
notebook's first cell) and one exercise table per notebook (from
``course.list_exercises()``). Each sits between two HTML comments::

    <!-- BEGIN GENERATED: exercises:02-hedging -->
    ...
    <!-- END GENERATED: exercises:02-hedging -->

These tests regenerate every block and fail when the guide's copy differs. To bring
the guide up to date after changing a bank or a notebook, run::

    .venv/bin/python tests/test_instructor_guide.py --write

The other checks: every exercise id the guide names exists, the answer-key one-liners
in the guide run and keep graded checkpoints closed, the storage paths the guide gives
are the ones ``course.tracking`` uses, and README.md links the guide in a "For
instructors" section right after "Quick start".
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "instructor-guide.md"
NOTEBOOKS_DIR = ROOT / "notebooks"

BLOCK = re.compile(
    r"<!-- BEGIN GENERATED: (?P<name>[\w:.-]+) -->\n(?P<body>.*?)<!-- END GENERATED: (?P=name) -->",
    re.S,
)
#: Exercise ids as the banks spell them (``hedging-01``, ``yourturn-08`` ...).
EXERCISE_ID = re.compile(r"\b(?:start|article|hedging|attribution|escalation|together|yourturn)-\d{2}\b")


# ------------------------------------------------------------------ generating the blocks


def _notebook_ids() -> tuple[str, ...]:
    from course.exercises import NOTEBOOKS

    return NOTEBOOKS


def notebook_header(notebook: str) -> dict:
    """Title, time and learning objectives from a notebook's first markdown cell
    (the notebook is read as JSON, never executed)."""
    nb = json.loads((NOTEBOOKS_DIR / f"{notebook}.ipynb").read_text(encoding="utf-8"))
    first = next(c for c in nb["cells"] if c["cell_type"] == "markdown")
    text = "".join(first["source"])
    title = re.search(r"^# (.+)$", text, re.M)
    time = re.search(r"\*\*Time\*\*\s*[—-]+\s*about (\d+) minutes", text)
    objectives: list[str] = []
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("**Learning objectives**")), None)
    if start is not None:
        for line in lines[start + 1:]:
            if line.startswith("- "):
                objectives.append(line[2:].strip())
            elif line.startswith("  ") and objectives:
                objectives[-1] += " " + line.strip()
            else:
                break
    return {
        "title": title.group(1).strip() if title else notebook,
        "minutes": int(time.group(1)) if time else None,
        "objectives": objectives,
    }


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _points(value: float) -> str:
    return f"{value:g}"


def exercise_table(notebook: str) -> str:
    """The table of one notebook's exercises: id, type, title, checkpoint, points."""
    import course

    rows = ["| id | type | title | checkpoint | points |", "|---|---|---|---|---|"]
    for e in course.list_exercises(notebook=notebook):
        rows.append(
            f"| `{e['id']}` | {e['type']} | {_cell(e['title'])} | {'yes' if e['checkpoint'] else 'no'} "
            f"| {_points(e['points'])} |"
        )
    return "\n".join(rows) + "\n"


def overview_table() -> str:
    """One row per notebook: title, time (from the notebook), exercises, checkpoints."""
    import course

    rows = [
        "| notebook | title | time (the notebook's estimate) | exercises | graded checkpoints | checkpoint points |",
        "|---|---|---|---|---|---|",
    ]
    total_minutes = 0
    total_ex = 0
    total_cp = 0
    total_points = 0.0
    for nb in _notebook_ids():
        head = notebook_header(nb)
        exercises = course.list_exercises(notebook=nb)
        checkpoints = [e for e in exercises if e["checkpoint"]]
        points = sum(e["points"] for e in checkpoints)
        minutes = head["minutes"]
        total_minutes += minutes or 0
        total_ex += len(exercises)
        total_cp += len(checkpoints)
        total_points += points
        cps = ", ".join(f"`{e['id']}`" for e in checkpoints) or "none"
        rows.append(
            f"| `{nb}.ipynb` | {_cell(head['title'])} | "
            f"{f'about {minutes} min' if minutes else 'not stated'} | {len(exercises)} | {cps} | {_points(points)} |"
        )
    rows.append(
        f"| **all** | | **about {total_minutes} min** ({total_minutes / 60:.1f} h) | **{total_ex}** "
        f"| **{total_cp}** | **{_points(total_points)}** |"
    )
    return "\n".join(rows) + "\n"


def objectives_block() -> str:
    """Each notebook's learning objectives, as its first cell states them."""
    parts = []
    for nb in _notebook_ids():
        head = notebook_header(nb)
        parts.append(f"**{head['title']}** (`{nb}.ipynb`)\n")
        parts.extend(f"- {o}" for o in head["objectives"])
        parts.append("")
    return "\n".join(parts)


def generated_blocks() -> dict[str, str]:
    """Every generated block of the guide, by name."""
    blocks = {"overview": overview_table(), "objectives": objectives_block()}
    for nb in _notebook_ids():
        blocks[f"exercises:{nb}"] = exercise_table(nb)
    return blocks


def stale_blocks(text: str, blocks: dict[str, str] | None = None) -> list[str]:
    """Names of the generated blocks that are missing from ``text`` or differ from a fresh copy."""
    blocks = generated_blocks() if blocks is None else blocks
    found = {m.group("name"): m.group("body") for m in BLOCK.finditer(text)}
    stale = [name for name, body in blocks.items() if found.get(name) != body]
    stale += [name for name in found if name not in blocks]  # a block for something gone
    return stale


def render(text: str) -> str:
    """``text`` with every generated block replaced by a fresh copy."""
    blocks = generated_blocks()
    missing = [name for name in blocks if f"<!-- BEGIN GENERATED: {name} -->" not in text]
    if missing:
        raise SystemExit(f"the guide has no place for these blocks: {', '.join(missing)}")
    return BLOCK.sub(
        lambda m: f"<!-- BEGIN GENERATED: {m['name']} -->\n{blocks.get(m['name'], m['body'])}"
        f"<!-- END GENERATED: {m['name']} -->",
        text,
    )


# ------------------------------------------------------------------ tests


@pytest.fixture(scope="module")
def guide() -> str:
    assert GUIDE.is_file(), "docs/instructor-guide.md is missing"
    return GUIDE.read_text(encoding="utf-8")


def test_generated_blocks_are_up_to_date(guide):
    stale = stale_blocks(guide)
    assert not stale, (
        f"docs/instructor-guide.md is stale in: {', '.join(stale)}. "
        "Run: .venv/bin/python tests/test_instructor_guide.py --write"
    )


def test_a_stale_or_missing_table_is_detected(guide):
    fresh = generated_blocks()
    # a checkpoint flag flipped by hand
    row = next(line for line in fresh["exercises:02-hedging"].splitlines() if "`hedging-12`" in line)
    assert "| yes |" in row
    edited = guide.replace(row, row.replace("| yes |", "| no |"))
    assert edited != guide
    assert stale_blocks(edited, fresh) == ["exercises:02-hedging"]
    # a row deleted
    edited = guide.replace(row + "\n", "")
    assert stale_blocks(edited, fresh) == ["exercises:02-hedging"]
    # a whole block missing
    edited = BLOCK.sub(lambda m: "" if m["name"] == "overview" else m.group(0), guide)
    assert "overview" in stale_blocks(edited, fresh)
    # and the fresh render of the guide is clean
    assert stale_blocks(render(guide), fresh) == []


def test_every_exercise_is_in_exactly_one_table(guide):
    import course

    found = {m.group("name"): m.group("body") for m in BLOCK.finditer(guide)}
    in_tables: list[str] = []
    for nb in _notebook_ids():
        body = found.get(f"exercises:{nb}", "")
        ids = re.findall(r"^\| `([a-z]+-\d{2})` \|", body, re.M)
        assert ids, f"no exercise table for {nb}"
        assert ids == [e["id"] for e in course.list_exercises(notebook=nb)]
        in_tables += ids
    assert sorted(in_tables) == sorted(e["id"] for e in course.list_exercises())
    assert len(in_tables) == len(set(in_tables))


def test_notebook_headers_are_read():
    for nb in _notebook_ids():
        head = notebook_header(nb)
        assert head["minutes"] and 10 <= head["minutes"] <= 120, f"{nb}: no '**Time** — about N minutes' line"
        assert 3 <= len(head["objectives"]) <= 8, f"{nb}: learning objectives not found"
        assert not head["title"].startswith("#")


def test_every_exercise_id_named_in_the_guide_exists(guide):
    import course

    known = {e["id"] for e in course.list_exercises()}
    named = set(EXERCISE_ID.findall(guide))
    assert len(named) >= 40, "the guide should point to the exercises it discusses"
    assert named <= known, f"the guide names exercises that do not exist: {sorted(named - known)}"
    assert EXERCISE_ID.findall("see hedging-99 and hedging-1") == ["hedging-99"]  # the pattern can fail


def test_misconceptions_point_to_exercises(guide):
    m = re.search(r"^## 6\. .*?$(.*?)(?=^## )", guide, re.M | re.S)
    assert m, "section 6 (misconceptions) is missing"
    entries = re.split(r"^### ", m.group(1), flags=re.M)[1:]
    assert len(entries) >= 6
    for entry in entries:
        assert EXERCISE_ID.search(entry), f"a misconception without an exercise: {entry.splitlines()[0]}"


def _python_blocks(guide: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```", guide, re.M | re.S)


def test_answer_key_one_liners_run_and_keep_checkpoints_closed(guide):
    import course

    blocks = [b for b in _python_blocks(guide) if "course.list_exercises()" in b]
    assert len(blocks) >= 2, "the guide should give the answer-key one-liners"
    everything = [e["id"] for e in course.list_exercises()]
    checkpoints = {e["id"] for e in course.list_exercises() if e["checkpoint"]}
    open_one = next(i for i in everything if i not in checkpoints and course.exercises.get(i).type == "span-select")
    closed = next(i for i in everything if i in checkpoints and course.exercises.get(i).type == "span-select")
    after_closed = everything[everything.index(closed) + 1]
    secret = max((str(x) for x in course.exercises.key_answer(closed) or []), key=len, default="")
    for code in blocks:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, "instructor-guide.md", "exec"), {})  # noqa: S102
        printed = out.getvalue()
        for ex_id in everything:
            assert ex_id in printed, f"{ex_id} missing from the output of:\n{code}"
        # an open exercise shows its answer ...
        assert course.reference_answer(open_one)[0] in printed
        # ... a graded checkpoint does not (the text between its id and the next exercise's)
        part = printed[printed.index(closed):printed.index(after_closed)]
        assert "checkpoint" in part
        if secret:
            assert secret not in part


def test_storage_places_are_those_the_kit_uses(guide, monkeypatch, tmp_path):
    from course import tracking

    assert "COURSE_PROGRESS" in guide
    monkeypatch.delenv("COURSE_PROGRESS", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    default = "~/" + tracking.progress_path().relative_to(tmp_path).as_posix()
    assert default in guide, f"the guide should give the default progress file {default}"
    monkeypatch.setenv("COURSE_PROGRESS", str(tmp_path / "mine.json"))
    assert tracking.progress_path() == tmp_path / "mine.json"
    suffix = tracking.answers_path("02-hedging", tmp_path).name.removeprefix("02-hedging")
    assert suffix == ".kit-answers.json" and f"<notebook>{suffix}" in guide


def test_readme_links_the_guide_right_after_quick_start():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+?)\s*$", readme, re.M)
    assert "For instructors" in headings, "README.md has no '## For instructors' section"
    assert headings.index("For instructors") == headings.index("Quick start") + 1
    section = re.search(r"^## For instructors\s*$(.*?)(?=^## |\Z)", readme, re.M | re.S).group(1)
    assert "docs/instructor-guide.md" in section


def test_guide_links_the_classroom_chapter(guide):
    m = re.search(r"^## 8\. .*?$(.*?)(?=^## )", guide, re.M | re.S)
    assert m, "section 8 (classroom grading) is missing"
    section = m.group(1)
    assert "(instructor-guide-classroom.md)" in section
    for command in ("init", "release", "collect", "grade", "export", "classview"):
        assert f"python -m course classroom {command}" in section, command


if __name__ == "__main__":  # pragma: no cover - a maintenance command, not a test
    if sys.argv[1:] != ["--write"]:
        raise SystemExit("usage: python tests/test_instructor_guide.py --write")
    sys.path.insert(0, str(ROOT))
    text = GUIDE.read_text(encoding="utf-8")
    new = render(text)
    if new != text:
        GUIDE.write_text(new, encoding="utf-8")
        print(f"updated {GUIDE.relative_to(ROOT)}: {', '.join(stale_blocks(text))}")
    else:
        print(f"{GUIDE.relative_to(ROOT)} is up to date")
