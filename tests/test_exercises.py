"""The exercise banks and the public engine API (check, hint, solution, list_exercises).

Every banked exercise is checked both ways: its reference answer scores 1.0, and an
empty answer and a plausible wrong answer score less, with messages that read as
hints and never give the reference answer away.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

import course
from course import exercises as E
from course import grading
from course.datasets import load_article, load_gold
from course.errors import CourseError
from course.feedback import Feedback
from exercise_checks import fresh_session  # noqa: F401 (a fixture)

pytestmark = pytest.mark.usefixtures("fresh_session")

BANK_IDS = list(E.load_banks())

#: A plausible wrong answer (what a student might really try) for the first banked exercises;
#: exercises written later carry theirs in the bank itself, as ``wrong = ...``.
WRONG: dict[str, object] = {
    "hedging-01": ["privately", "could", "if"],
    "hedging-02": ["confirmed", "unclear"],
    "hedging-03": 1,
    "hedging-04": ["A", "B"],
    "hedging-05": {
        "believe": "epistemic", "may": "doxastic", "If": "conditional",
        "about": "approximator", "People familiar with the matter": "weasel", "whether": "investigation",
    },
    "hedging-06": "Russia will definitely retaliate.",
    "hedging-07": "The memo is genuine, officials said.",
    "hedging-08": 3,
    "hedging-09": "Not sure.",
    "attribution-01": ["Speaking", "had said"],
    "attribution-02": ["neutral"] * 6,
    "attribution-03": {"pledged": "indirect", "According to": "according-to", "went on to say": "indirect",
                       "adding": "indirect", "was quoted as saying": "mixed"},
    "attribution-04": "A",
    "attribution-05": [0, 1],
    "attribution-06": 4,
    "attribution-07": "Russia will surely respond to any unfriendly step.",
    "attribution-08": [0, 2, 1, 3, 4],
    "attribution-09": "Lavrov said it.",
    "escalation-01": ["drills", "warned", "harassment"],
    "escalation-02": ["ACCUSE", "THREATEN", "MOBILIZE", "DETERIORATE", "RESTRAINT", "CONSULT"],
    "escalation-03": [3, 0, 4, 2, 1],
    "escalation-04": [0, 2, 4, 1, 3],
    "escalation-05": "A",
    "escalation-06": ["B", "C"],
    "escalation-07": "Russia will retaliate against any unfriendly actions.",
    "escalation-08": "Both sides traded accusations over the exercises in the Black Sea.",
    "escalation-09": 3,
    "escalation-10": "Yes.",
}  # fmt: skip

#: An empty answer of the right container type, per exercise type.
EMPTY = {
    "span-select": [], "multiple-choice": "", "multiple-select": [], "classify": {},
    "rank": [], "rewrite": "   ", "numeric": "", "reflection": "",
}  # fmt: skip

#: An answer of the wrong type, per exercise type.
WRONG_TYPE = {
    "span-select": "may", "multiple-choice": [0, 1], "multiple-select": 3.5, "classify": "neutral",
    "rank": "0 1 2 3 4", "rewrite": 42, "numeric": "many", "reflection": 42,
}  # fmt: skip

_STOP = {"the", "and", "that", "this", "with", "from", "have", "will", "into", "their", "been"}


def _has_word(text: str, phrase: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(phrase.lower()) + r"(?!\w)", text.lower()) is not None


def leaks(ex: E.Exercise, student_answer: object) -> list[str]:
    """The pieces of the reference answer that must never appear in a failure message
    (except words the student wrote themself)."""
    ex = E.keyed(ex)  # checkpoints: the answer key's fields
    ref = E.key_answer(ex.id)
    own = json.dumps(student_answer, ensure_ascii=False).lower()
    if ex.type == "span-select":
        pieces = list(ref)
    elif ex.type in ("multiple-choice", "multiple-select"):
        pieces = [o["text"] for o in ex.options if o.get("correct")]
    elif ex.type == "classify":
        pieces = list(ex.answer)
    elif ex.type == "rank":
        pieces = [str(ex.order), ", ".join(map(str, ex.order)), *ex.reasons]
    elif ex.type == "numeric":
        pieces = [f"{ex.answer:g}"]
    elif ex.type == "rewrite":
        new_words = set(re.findall(r"\w+", ref.lower())) - set(re.findall(r"\w+", ex.passage.lower()))
        pieces = [ref] + [w for w in new_words if len(w) >= 3 and w not in _STOP]
    else:
        pieces = []
    return [p for p in pieces if not _has_word(own, p)]


# --------------------------------------------------------------------- banks


def test_banks_cover_every_type_at_least_twice():
    types = [e["type"] for e in course.list_exercises()]
    for t in E.TYPES:
        assert types.count(t) >= 2, t
    assert len(types) >= 16


def wrong_answer(ex_id: str) -> object:
    ex = E.keyed(E.get(ex_id))  # checkpoints keep theirs in the answer key
    return ex.wrong if ex.wrong is not None else WRONG.get(ex_id)


def test_wrong_answers_given_for_every_banked_exercise():
    missing = [i for i in BANK_IDS if wrong_answer(i) is None]
    assert not missing, f"add `wrong = <a plausible wrong answer>` to these exercises in their bank: {missing}"
    assert set(WRONG) <= set(BANK_IDS), set(WRONG) - set(BANK_IDS)


#: id prefix -> the notebook whose bank holds it
ID_PREFIXES = {
    "start": "00-start-here", "article": "01-the-article", "hedging": "02-hedging",
    "attribution": "03-attribution", "escalation": "04-escalation",
    "together": "05-putting-it-together", "yourturn": "06-your-turn",
}  # fmt: skip


def test_ids_follow_the_notebook_and_lens():
    assert set(ID_PREFIXES.values()) == set(E.NOTEBOOKS)
    for e in course.list_exercises():
        stem, number = e["id"].rsplit("-", 1)
        assert re.fullmatch(r"\d\d", number), e
        assert ID_PREFIXES.get(stem) == e["notebook"], e
        assert e["lens"] in ("hedging", "attribution", "escalation"), e
        if stem in ("hedging", "attribution", "escalation"):
            assert e["lens"] == stem, e


def test_list_exercises_covers_every_id_with_its_type():
    listed = {e["id"]: e["type"] for e in course.list_exercises()}
    assert set(listed) == set(BANK_IDS)
    for ex_id, t in listed.items():
        assert E.get(ex_id).type == t
    assert {e["id"] for e in course.list_exercises(notebook="02-hedging")} == {i for i in BANK_IDS if i.startswith("hedging")}
    by_lens = course.list_exercises(lens="escalation")
    assert {i for i in BANK_IDS if i.startswith("escalation")} <= {e["id"] for e in by_lens}
    assert all(e["lens"] == "escalation" for e in by_lens)
    assert course.list_exercises(notebook="no-such-notebook") == []


def test_validate_banks_finds_no_problem():
    assert E.validate_banks() == []


def test_validate_banks_catches_injected_problems():
    exs = list(E.load_banks().values())
    first = exs[0]
    dup = replace(first)  # same id again
    unknown = replace(exs[1], id="hedging-98", type="essay")
    wrong_ref = replace(E.get("hedging-06"), id="hedging-97", answer="Russia will retaliate soon.")
    span = next(e for e in exs if e.type == "span-select")
    bad_span = replace(span, id="hedging-96", answer=["no such words here"])
    numeric = next(e for e in exs if e.type == "numeric")
    few_hints = replace(numeric, id="hedging-95", hints=["only one"])
    problems = E.validate_banks(exs + [dup, unknown, wrong_ref, bad_span, few_hints])
    text = "\n".join(problems)
    assert f"[{first.id}]: duplicate id" in text
    assert "[hedging-98]: unknown type 'essay'" in text
    assert "[hedging-97]: the reference answer scores 0.40, not 1.0" in text
    assert "[hedging-96]: answer phrase(s) not in the passage" in text
    assert "[hedging-95]: needs 2 or 3 hints" in text
    assert len(problems) == 5


def test_validate_banks_catches_labels_listed_in_answer_order():
    ex = E.get("hedging-05")  # six hedge types, listed in a neutral order
    assert not any("order of the answer" in p for p in E.validate_banks([ex]))
    leaky = replace(ex, labels=list(dict.fromkeys(ex.answer)))
    assert any("order of the answer" in p for p in E.validate_banks([leaky]))


def test_validate_banks_catches_a_reference_that_does_not_score_one(tmp_path):
    rank = next(e for e in E.load_banks().values() if e.type == "rank")
    broken = replace(rank, id="escalation-99", pass_tau=1.5)  # no order can reach it
    problems = E.validate_banks([broken])
    assert problems and "reference answer scores" in problems[0]


def test_validate_banks_reads_a_broken_bank_folder(tmp_path):
    (tmp_path / "99-bad.toml").write_text('[[exercise]]\nid = "bad-01"\ntype = "numeric"\nanswer = \n', encoding="utf-8")
    problems = E.validate_banks(folder=tmp_path)
    assert problems and "not valid TOML" in problems[0]


@pytest.mark.parametrize("ex_id", BANK_IDS)
def test_hints_are_two_or_three_distinct_and_do_not_give_the_answer(ex_id):
    ex = E.keyed(E.get(ex_id))  # checkpoints: the answer key's fields
    assert 2 <= len(ex.hints) <= 3
    assert len(set(ex.hints)) == len(ex.hints)
    ref = E.key_answer(ex_id)  # checkpoints: from the answer key
    for h in ex.hints:
        if ex.type in ("multiple-choice", "multiple-select"):
            for o in ex.options:
                if o["correct"]:
                    assert o["text"].lower() not in h.lower()
        if ex.type == "rewrite":
            assert ref.lower().rstrip(".") not in h.lower()
        if ex.type == "span-select":
            assert not all(_has_word(h, p) for p in ref), "a hint lists the whole answer"
        if ex.type == "numeric":
            assert not _has_word(h, f"{ex.answer:g}")


def test_span_select_references_agree_with_gold():
    for ex in map(E.keyed, E.load_banks().values()):  # checkpoints: the answer key's phrases
        if ex.type != "span-select" or "article" not in ex.source:
            continue
        text = load_article(ex.source["article"]).text
        base = text.index(ex.passage)
        gold = load_gold(ex.source["article"])
        if ex.category == "cue":
            spans = [(a.cue.start, a.cue.end) for a in gold.attributions]
        else:
            spans = [(a.start, a.end) for a in gold.annotations if a.category == ex.category]
        inside = sorted(
            text[s:e] for s, e in spans if base <= s and e <= base + len(ex.passage)
        )
        assert inside == sorted(ex.answer), ex.id


def test_classify_references_agree_with_gold():
    seed = load_gold("lavrov-asymmetric-steps-2021")
    by_cue = {}
    for a in seed.attributions:
        by_cue.setdefault(a.cue.text, (a.verb_class, a.kind))
    ex = E.get("attribution-02")
    for phrase, label in zip(ex.items, ex.answer):
        assert by_cue[phrase][0] == label, phrase
    ex = E.get("attribution-03")
    for phrase, label in zip(ex.items, ex.answer):
        assert by_cue[phrase][1] == label, phrase
    ex = E.get("escalation-02")
    labels = {a.text: a.label for a in seed.annotations}
    for phrase, label in zip(ex.items, ex.answer):
        assert labels[phrase] == label, phrase


def test_numeric_references_agree_with_gold():
    seed = load_gold("lavrov-asymmetric-steps-2021")
    assert len(seed.by_category("hedge")) == E.get("hedging-08").answer
    ex = E.get("escalation-09")
    base = seed.text.index(ex.passage)
    inside = [a for a in seed.by_category("escalation") if base <= a.start < base + len(ex.passage)]
    assert len(inside) == ex.answer
    ex = E.get("attribution-06")
    base = seed.text.index(ex.passage)
    assert len([a for a in seed.attributions if base <= a.cue.start < base + len(ex.passage)]) == ex.answer


# --------------------------------------------------------------------- every exercise, both ways


@pytest.mark.parametrize("ex_id", BANK_IDS)
def test_reference_answer_scores_one(ex_id):
    fb = course.check(ex_id, E.key_answer(ex_id))
    assert isinstance(fb, Feedback)
    assert fb.score == 1.0 and fb.passed, fb.message


@pytest.mark.parametrize("ex_id", BANK_IDS)
def test_empty_answer_scores_zero_with_a_friendly_message(ex_id):
    ex = E.keyed(E.get(ex_id))
    for empty in (EMPTY[ex.type], None):
        fb = course.check(ex_id, empty)
        assert fb.score == 0.0 and not fb.passed
        assert fb.message and "Traceback" not in fb.message
        assert re.search(r"\b(nothing|no|not)\b", fb.message.lower()), fb.message
        for piece in leaks(ex, empty):
            assert not _has_word(fb.message, piece), (piece, fb.message)
    assert E.attempts(ex_id) == 0  # an empty answer is not an attempt


@pytest.mark.parametrize("ex_id", BANK_IDS)
def test_plausible_wrong_answer_scores_less_and_does_not_leak(ex_id):
    ex = E.keyed(E.get(ex_id))  # checkpoints: the key's explanation must not leak either
    wrong = wrong_answer(ex_id)
    fb = course.check(ex_id, wrong)
    assert fb.score < 1.0, fb.message
    if ex.type != "reflection":
        assert not fb.passed
    assert fb.message and "Traceback" not in fb.message
    for piece in leaks(ex, wrong):
        assert not _has_word(fb.message, piece), (piece, fb.message)
    assert ex.explanation.strip()[:40] not in fb.message  # the explanation comes after success only


@pytest.mark.parametrize("ex_id", BANK_IDS)
def test_wrong_type_gets_a_friendly_message_with_an_example_that_is_not_the_answer(ex_id):
    ex = E.keyed(E.get(ex_id))
    fb = course.check(ex_id, WRONG_TYPE[ex.type])
    assert fb.score == 0.0 and not fb.passed
    assert fb.details.get("error") == "type"
    assert "expects" in fb.message or "not one of" in fb.message
    assert "Traceback" not in fb.message
    if ex.type != "classify":  # classify lists its labels on purpose (they are in the prompt)
        for piece in leaks(ex, WRONG_TYPE[ex.type]):
            assert not _has_word(fb.message, piece), (piece, fb.message)
    assert E.attempts(ex_id) == 0


def test_type_message_example_for_span_select():
    fb = course.check("hedging-01", "could")
    assert fb.message.startswith("This exercise expects a list of words or phrases")
    assert "could" not in fb.message


# --------------------------------------------------------------------- span-select details


def test_span_select_accepts_indices_phrases_and_offsets_alike():
    ex = E.get("hedging-02")
    toks = E.passage_tokens("hedging-02")
    ref = grading.reference_tokens(ex)
    by_index = course.check("hedging-02", sorted(ref))
    assert by_index.score == 1.0
    offsets = [(toks[i].start, toks[i].end) for i in sorted(ref)]
    assert course.check("hedging-02", offsets).score == 1.0
    assert course.check("hedging-02", [ex.passage[s:e] for s, e in offsets]).score == 1.0


def test_span_select_details_colour_every_token():
    fb = course.check("hedging-01", ["privately", "could", "if"])
    tokens = fb.details["tokens"]
    assert len(tokens) == len(E.passage_tokens("hedging-01"))
    status = {t["text"]: t["status"] for t in tokens if t["status"] != "unmarked"}
    assert status["privately"] == "extra"
    assert status["if"] == "correct"
    assert status["whether"] == "missed"
    assert {t["status"] for t in tokens} == {"correct", "missed", "extra", "unmarked"}
    # F1: 3 marked, 2 right; reference has 8 word tokens
    ref = len(grading.reference_tokens(E.get("hedging-01")))
    p, r = 2 / 3, 2 / ref
    assert fb.score == pytest.approx(2 * p * r / (p + r), abs=1e-3)
    assert "sentence" in fb.message  # points to where to look, not to what


def test_span_select_phrase_not_in_passage_is_named():
    fb = course.check("hedging-02", ["reportedly", "unclear"])
    assert "'reportedly' could not be found" in fb.message
    assert fb.details["not_found"] == ["reportedly"]


def test_span_select_passages_stay_short():
    for ex in E.load_banks().values():
        if ex.type == "span-select":
            assert len([t for t in E.passage_tokens(ex.id) if re.search(r"\w", t.text)]) <= 120


def test_out_of_range_token_index_is_a_friendly_error():
    fb = course.check("hedging-02", [999])
    assert fb.details["error"] == "type" and "0 to" in fb.message


# --------------------------------------------------------------------- other graders


def test_multiple_choice_accepts_index_letter_and_text():
    ex = E.get("attribution-04")
    assert course.check(ex.id, 1).passed
    assert course.check(ex.id, "b").passed
    assert course.check(ex.id, "(B)").passed
    assert course.check(ex.id, "ABC News").passed
    wrong = course.check(ex.id, "Sputnik")
    assert wrong.score == 0 and wrong.message == ex.options[2]["feedback"]


def test_multiple_select_scoring_subtracts_wrong_choices():
    ex = E.get("escalation-06")  # four right options
    assert course.check(ex.id, ["A", "C"]).score == pytest.approx(0.5)
    assert course.check(ex.id, ["A", "B", "C"]).score == pytest.approx(0.25)
    assert course.check(ex.id, ["B", "D"]).score == 0.0
    full = course.check(ex.id, ["A", "C", "E", "F"])
    assert full.passed and full.score == 1.0


def test_classify_accepts_a_dict_or_a_list_and_reports_items():
    ex = E.get("escalation-02")
    as_list = course.check(ex.id, list(ex.answer))
    assert as_list.passed
    half = dict(zip(ex.items[:3], ex.answer[:3]))
    fb = course.check(ex.id, half)
    assert fb.score == pytest.approx(0.5)
    assert "Still without a label" in fb.message
    assert [i["right"] for i in fb.details["items"]] == [True, True, True, False, False, False]
    bad = course.check(ex.id, {"unfriendly": "HOSTILE"})
    assert bad.details["error"] == "type" and "not one of the labels" in bad.message


def test_kendall_tau_and_rank_tolerance():
    ex = E.get("escalation-03")
    ref = list(ex.order)
    one_swap = ref[:]
    one_swap[1], one_swap[2] = one_swap[2], one_swap[1]
    fb = course.check(ex.id, one_swap)
    assert fb.score == pytest.approx(0.8) and fb.passed  # documented tolerance: one neighbour swap of 5
    two_swaps = one_swap[:]
    two_swaps[3], two_swaps[4] = two_swaps[4], two_swaps[3]
    fb2 = course.check(ex.id, two_swaps)
    assert fb2.score == pytest.approx(0.6) and not fb2.passed
    assert "reference" not in fb2.details
    assert course.check(ex.id, ref[::-1]).score == 0.0
    assert grading.kendall_tau([0, 1, 2, 3], [0, 1, 2, 3]) == 1.0
    assert grading.kendall_tau([1, 0, 2, 3], [0, 1, 2, 3]) == pytest.approx(2 / 3)


def test_rank_after_passing_shows_reference_with_reasons():
    ex = E.get("escalation-04")
    fb = course.check(ex.id, [ex.statements[i] for i in ex.order])  # texts work too
    assert fb.passed and fb.details["reference"] == ex.order
    assert ex.reasons[0][:30] in fb.message


def test_rank_rejects_incomplete_orders_kindly():
    fb = course.check("escalation-04", [0, 1, 2])
    assert fb.details["error"] == "type" and "exactly once" in fb.message


def test_rewrite_says_what_the_analyzer_saw():
    fb = course.check("hedging-06", "Russia will probably retaliate.")
    assert fb.passed and "'probably' (epistemic)" in fb.message
    fb = course.check("hedging-06", "Russia will definitely retaliate.")
    assert not fb.passed and "no hedges" in fb.message
    assert fb.details["seen"] == []


def test_rewrite_keep_words_and_unchanged_text():
    fb = course.check("hedging-06", "Moscow may retaliate.")
    assert not fb.passed and "'Russia'" in fb.message and fb.score == pytest.approx(0.8)
    fb = course.check("hedging-06", "Russia will retaliate.")
    assert fb.score == 0.0 and "unchanged" in fb.message


def test_rewrite_deescalation_is_graded_by_intensity():
    ok = course.check("escalation-07", "Russia will answer any unfriendly actions with an exceptionally restrained approach.")
    assert ok.passed and ok.details["tone"]["yours"] > ok.details["tone"]["original"]
    worse = course.check("escalation-07", "Russia will take asymmetric retaliatory steps and impose sanctions over any unfriendly actions.")
    assert not worse.passed and "cooperative" in worse.message


def test_rewrite_escalation_direction():
    fb = course.check("escalation-08", "Both sides traded threats over the naval drills in the Black Sea.")
    assert fb.passed
    fb = course.check("escalation-08", "Both sides held friendly talks about the naval drills in the Black Sea.")
    assert not fb.passed and "hostile" in fb.message


def test_numeric_tolerance_and_direction():
    assert course.check("escalation-09", "4").passed
    assert course.check("escalation-09", 4.0).passed
    high = course.check("escalation-09", 6)
    low = course.check("escalation-09", 2)
    assert "too high" in high.message and "too low" in low.message
    assert course.check("escalation-09", True).details["error"] == "type"


def test_reflection_is_saved_not_graded():
    ex = E.get("hedging-09")
    short = course.check(ex.id, "Diplomats sound certain to deter.")
    # saved, with partial credit, but not "passed" (no ✓): the length asked for is not reached
    assert not short.passed and short.status == "partial" and 0 < short.score < 1 and "Saved (5 words)" in short.message
    assert "1 words" not in course.check(ex.id, "Sanctions.").message
    long = course.check(ex.id, " ".join(["word"] * ex.min_words))
    assert long.score == 1.0 and long.passed and long.details["graded"] is False


# --------------------------------------------------------------------- session: attempts, hints, solution


def test_attempts_count_per_exercise_and_unlock_the_solution():
    sol = course.solution("hedging-03")
    assert not sol.available and "confirm=True" in sol.message
    assert "reserve" not in str(sol)  # the locked message does not reveal the answer
    for n in (1, 2):
        fb = course.check("hedging-03", 1)
        assert fb.attempts == n and not fb.solution_available
        assert not course.solution("hedging-03").available
    fb = course.check("hedging-03", 2)
    assert fb.attempts == 3 and fb.solution_available
    assert E.attempts("hedging-04") == 0
    sol = course.solution("hedging-03")
    assert sol.available and "reserve" in sol.text and sol.explanation
    assert "Solution" in sol._repr_html_()


def test_solution_with_confirm_and_after_passing():
    assert course.solution("escalation-05", confirm=True).available
    assert course.solution("escalation-05", confirm=True).answer == 1
    assert not course.solution("escalation-06").available
    course.check("escalation-06", course.reference_answer("escalation-06"))
    assert course.solution("escalation-06").available


def test_solution_text_for_every_exercise():
    for ex_id in BANK_IDS:
        sol = course.solution(ex_id, confirm=True)
        if E.get(ex_id).checkpoint:  # graded checkpoints: never served (tests/test_classroom_scoring.py)
            assert not sol.available and str(sol) == E.checkpoint_message(ex_id)
            continue
        assert sol.available and str(sol).strip()


def test_hint_returns_the_next_hint_then_stays_on_the_last():
    ex = E.get("hedging-01")
    got = [str(course.hint("hedging-01")) for _ in range(len(ex.hints))]
    assert got == ex.hints
    last = course.hint("hedging-01")
    assert last.startswith(ex.hints[-1]) and "last hint" in last
    assert course.hint("hedging-01", level=1) == ex.hints[0]
    assert "hints 1 to" in course.hint("hedging-01", level=9)
    assert "<b>Hint:</b>" in course.hint("hedging-02")._repr_html_()


def test_unknown_id_is_a_friendly_error_with_close_matches():
    with pytest.raises(CourseError, match="Did you mean: .*hedging-01"):
        course.check("hedging-01x", [])
    with pytest.raises(CourseError, match="list_exercises"):
        course.hint("zzz")


def test_passage_and_tokens_have_offsets_into_the_passage():
    text = E.passage("escalation-01")
    toks = E.passage_tokens("escalation-01")
    assert text.startswith("The navy will begin")
    assert all(text[t.start : t.end] == t.text for t in toks)
    assert [t.index for t in toks] == list(range(len(toks)))


def test_feedback_rendering_is_escaped():
    fb = Feedback("x-01", 0.5, False, "<b>not bold</b>", attempts=2)
    html = fb._repr_html_()
    assert "&lt;b&gt;" in html and "<b>not bold</b>" not in html
    assert "50%" in str(fb) and "attempt 2" in html
    assert Feedback("x-01", 1.0, True, "ok")._status()[0] == "✓"


def _unguarded_coder_cells() -> list[tuple[str, str, object]]:
    """(notebook, exercise id, answer) of every coder cell that calls course.check on what it
    holds as committed, read by running the cell with a stand-in for ``course``."""
    from pathlib import Path

    calls: list[tuple[str, str, object]] = []
    for path in sorted((Path(__file__).resolve().parent.parent / "notebooks").glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            src = "".join(cell["source"])
            if cell["cell_type"] != "code" or "course.check(" not in src:
                continue

            class Stand:
                @staticmethod
                def check(exercise_id, answer):
                    calls.append((path.stem, exercise_id, answer))

            exec(src, {"course": Stand()})
    return calls


def test_every_starting_answer_in_a_notebook_is_the_bank_example():
    """A coder cell that runs as committed ("Run All") checks either nothing, an empty answer,
    or exactly the bank's ``example``; so no attempt is saved that the student did not make."""
    calls = _unguarded_coder_cells()
    assert len(calls) >= 8
    for notebook, ex_id, answer in calls:
        if answer in ("", [], {}):
            assert E.check(ex_id, answer).empty
            continue
        assert E.get(ex_id).example is not None, f"{notebook}: {ex_id} starts from {answer!r} but the bank has no example"
        assert E._same_answer(answer, E.get(ex_id).example), f"{notebook}: {ex_id}: the cell and the bank's example differ"


def test_the_example_answer_gets_feedback_but_is_not_saved(tmp_path):
    ex = E.get("start-03")
    assert ex.example == ["my neighbour"]
    fb = E.check("start-03", ["my neighbour"])
    assert 0 < fb.score < 1 and not fb.passed and fb.attempts == 0 and fb.warning == E.EXAMPLE_NOTE
    assert "Note: This is the notebook&#x27;s example answer" in fb._repr_html_()
    assert E.check("start-03", ("my neighbour",)).attempts == 0  # a tuple is the same answer
    assert not (tmp_path / "progress.json").exists() or "start-03" not in (tmp_path / "progress.json").read_text()
    assert course.progress().exercises["start-03"]["attempts"] == 0
    # the student's own answers are recorded, right or wrong
    changed = E.check("start-03", ["the baker"])
    assert changed.attempts == 1 and changed.warning == ""
    done = E.check("start-03", ["my neighbour", "the baker"])
    assert done.passed and done.attempts == 2
    assert "start-03" in (tmp_path / "progress.json").read_text()


def test_a_panel_answer_equal_to_the_example_is_recorded():
    """The example exemption is for the coder cell only: a student who marks the same words in
    the panel has made an attempt."""
    fb = E.panel_check("start-03", ["my neighbour"])
    assert fb.attempts == 1 and fb.warning == ""
    assert course.progress().exercises["start-03"]["attempts"] == 1


def test_the_right_option_is_not_usually_the_longest():
    """Test-wise students pick the longest, most qualified option: in a choice exercise the right
    option may be the longest, but in no more than a third of them."""
    longest, n = [], 0
    for ex in E.load_banks().values():
        if ex.type != "multiple-choice":
            continue
        options = E.keyed(ex).options
        lengths = [len(o["text"]) for o in options]
        right = next(i for i, o in enumerate(options) if o.get("correct"))
        n += 1
        if lengths[right] == max(lengths) and lengths.count(max(lengths)) == 1:
            longest.append(ex.id)
    assert n >= 12 and len(longest) <= n / 3, longest
