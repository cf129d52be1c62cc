"""The graders on small hand-made exercises: scores, thresholds, forms of answer, purity."""

from __future__ import annotations

import itertools
import random

import pytest

from course import grading
from course import exercises as E
from course.exercises import Exercise

PASSAGE = "Officials said the talks may resume, and they may not. Moscow will respond."


def make(type_: str, **kw) -> Exercise:
    base = dict(id="test-01", type=type_, title="t", notebook="99-test", lens="hedging", prompt="p",
                hints=["a", "b"], explanation="Because.")  # fmt: skip
    base.update(kw)
    return Exercise(**base)


@pytest.fixture(autouse=True)
def _no_io(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COURSE_PROGRESS", str(tmp_path / "p.json"))
    yield
    assert list(tmp_path.iterdir()) == [], "grading wrote a file"


def test_match_phrases_takes_the_first_unused_occurrence():
    toks = grading.tokens_of(PASSAGE)
    sets, missing = grading.match_phrases(toks, ["may", "may", "MAY", "will respond"])
    assert [sorted(s) for s in sets] == [[4], [9], [13, 14]]
    assert missing == ["MAY"]  # a third 'may' does not exist


def test_span_select_f1_and_statuses():
    ex = make("span-select", passage=PASSAGE, answer=["may", "may"], unit="hedge")
    assert grading.grade(ex, ["may", "may"]).score == 1.0
    half = grading.grade(ex, ["may"])  # precision 1, recall 0.5
    assert half.score == pytest.approx(2 / 3, abs=1e-3) and not half.passed
    extra = grading.grade(ex, ["may", "may", "Officials"])  # precision 2/3, recall 1
    assert extra.score == pytest.approx(0.8)
    assert grading.grade(ex, ["talks"]).score == 0.0
    statuses = {t["text"]: t["status"] for t in extra.details["tokens"]}
    assert statuses["Officials"] == "extra" and statuses["may"] == "correct" and statuses["Moscow"] == "unmarked"


def test_marking_every_word_does_not_show_the_answer_word_by_word():
    """Over-marking (more than twice the answer's words, and two) gets a score and a count, but no
    word is shown right or wrong: otherwise one check of the whole passage would show the answer."""
    ex = make("span-select", passage=PASSAGE, answer=["may", "may"], unit="hedge")
    words = [t.index for t in grading.tokens_of(PASSAGE) if t.text.isalpha()]
    assert len(words) > grading.overmarked_limit(2)
    everything = grading.grade(ex, words)
    assert everything.details["withheld"] and 0 < everything.score < 1
    assert {t["status"] for t in everything.details["tokens"]} <= {"marked", "unmarked"}
    assert "not shown right or wrong one by one" in everything.message and "2 of your" in everything.message
    limit = grading.grade(ex, words[: grading.overmarked_limit(2)])  # at the limit: shown as usual
    assert not limit.details["withheld"]
    assert {t["status"] for t in limit.details["tokens"]} & {"correct", "extra", "missed"}


def test_span_select_ignores_punctuation_on_both_sides():
    ex = make("span-select", passage=PASSAGE, answer=["will respond"], unit="threat")
    assert grading.grade(ex, ["will respond."]).score == 1.0
    toks = grading.tokens_of(PASSAGE)
    period = [t.index for t in toks if t.text == "."][-1]
    assert grading.grade(ex, [13, 14, period]).score == 1.0


def test_span_select_message_never_names_the_missed_words():
    ex = make("span-select", passage=PASSAGE, answer=["may", "will respond"], unit="stance marker")
    fb = grading.grade(ex, ["Officials"])
    assert "may" not in fb.message.lower().split() and "respond" not in fb.message
    assert "(in sentence 1)" in fb.message and "(in sentences 1 and 2)" in fb.message


def test_multiple_choice_single_answer_only():
    ex = make("multiple-choice", options=[{"text": "yes", "correct": True, "feedback": "Good."},
                                          {"text": "no", "correct": False, "feedback": "Think again."}])  # fmt: skip
    assert grading.grade(ex, "YES").passed
    assert grading.grade(ex, 1).message == "Think again."
    assert grading.grade(ex, [0]).details["error"] == "type"
    assert grading.grade(ex, "C").details["error"] == "type"
    assert grading.grade(ex, True).details["error"] == "type"  # bool is not an option number


def test_multiple_select_score_is_clipped():
    opts = [{"text": t, "correct": c, "feedback": "f"} for t, c in [("a", True), ("b", True), ("c", False), ("d", False)]]
    ex = make("multiple-select", options=opts)
    assert grading.grade(ex, ["a", "b"]).score == 1.0
    assert grading.grade(ex, ["A", "c"]).score == 0.0
    assert grading.grade(ex, ["a", "c", "d"]).score == 0.0  # (1 - 2) / 2 clipped
    assert grading.grade(ex, "a").score == 0.5  # a single choice is accepted on its own
    assert grading.grade(ex, ["a", "a"]).score == 0.5  # duplicates count once


def test_classify_fraction_and_label_normalisation():
    ex = make("classify", items=["said", "claimed"], labels=["neutral", "distancing"], answer=["neutral", "distancing"])
    assert grading.grade(ex, {"SAID": "Neutral", "claimed": "distancing"}).score == 1.0
    assert grading.grade(ex, {0: "neutral"}).score == 0.5
    fb = grading.grade(ex, ["distancing", "neutral"])
    assert fb.score == 0.0 and "neutral" not in fb.message and "distancing" not in fb.message
    assert grading.grade(ex, ["neutral"]).details["error"] == "type"
    assert grading.grade(ex, {"denied": "neutral"}).details["error"] == "type"


def _tau_by_inversions(order, reference):
    pos = {x: i for i, x in enumerate(reference)}
    r = [pos[x] for x in order]
    n = len(r)
    inv = sum(1 for i, j in itertools.combinations(range(n), 2) if r[i] > r[j])
    return 1 - 4 * inv / (n * (n - 1))


def test_kendall_tau_matches_the_inversion_formula():
    rng = random.Random(7)
    for n in (4, 5, 6):
        ref = list(range(n))
        rng.shuffle(ref)
        for perm in itertools.permutations(range(n)):
            assert grading.kendall_tau(list(perm), ref) == pytest.approx(_tau_by_inversions(perm, ref), abs=1e-5)


@pytest.mark.parametrize(("n", "passes"), [(4, False), (5, True), (6, True)])
def test_rank_tolerance_of_one_neighbour_swap(n, passes):
    ex = make("rank", statements=[f"s{i}" for i in range(n)], order=list(range(n)), reasons=["r"] * n, scale="low first")
    swapped = [1, 0] + list(range(2, n))
    fb = grading.grade(ex, swapped)
    assert fb.passed is passes
    assert fb.score == pytest.approx(1 - 4 / (n * (n - 1)), abs=1e-3)


def test_rank_message_explains_a_zero_score_and_asks_about_the_exercises_own_scale():
    ex = make("rank", statements=["a", "b", "c", "d"], order=[0, 1, 2, 3], reasons=["r"] * 4,
              scale="most distancing first, most endorsing last")
    half = grading.grade(ex, [1, 2, 3, 0])  # 3 of 6 pairs agree: no better than a shuffle
    assert half.score == 0 and "3 of 6 pairs" in half.message and "shuffled order" in half.message
    assert "most distancing first, most endorsing last" in half.message
    assert "commits the speaker" not in half.message
    better = grading.grade(ex, [0, 2, 1, 3])  # 5 of 6
    assert better.score > 0 and "shuffled" not in better.message


def test_numeric_tolerance():
    ex = make("numeric", answer=10, tolerance=1)
    assert grading.grade(ex, 11).passed and grading.grade(ex, "9").passed
    assert not grading.grade(ex, 12).passed
    assert grading.grade(ex, float("nan")).details["error"] == "type"
    assert "10" not in grading.grade(ex, 12).message


def test_rewrite_needs_a_sentence_not_only_the_words_to_keep():
    ex = make("rewrite", passage="Russia will take asymmetric retaliatory steps in response to any unfriendly actions.",
              answer="Russia is ready to hold talks on any unfriendly actions.",
              goal={"lens": "escalation", "must": "lower-intensity", "keep": ["Russia", "actions"]})  # fmt: skip
    bare = grading.grade(ex, "Russia actions")
    assert bare.score == 0 and not bare.passed and "whole sentence" in bare.message
    assert grading.grade(ex, "Russia is ready to hold talks on any unfriendly actions.").passed


def test_classify_feedback_asks_the_exercises_own_question():
    from course.exercises import get

    fb = grading.grade(get("hedging-10"), ["writer"] * 5)  # whose booster: not a question of how sure
    assert fb.score < 1 and "credits to Lavrov or Putin" in fb.message and "how sure" not in fb.message
    plain = make("classify", passage="Moscow may react.", items=["may"], labels=["hedge", "booster"],
                 answer=["hedge"])  # fmt: skip
    assert "how sure" in grading.grade(plain, ["booster"]).message  # the lens's question by default
    # one phrase to look at again: "does it", not "does each one"
    assert "how sure does it make" in grading.grade(plain, ["booster"]).message
    two = make("classify", passage="Moscow may perhaps react.", items=["may", "perhaps"], labels=["hedge", "booster"],
               answer=["hedge", "hedge"])  # fmt: skip
    assert "how sure does each one make" in grading.grade(two, ["booster", "booster"]).message


def test_rewrite_advice_fits_the_lens():
    ex = make("rewrite", passage="Russia will respond to any unfriendly step.",
              answer="Lavrov said Russia will respond to any unfriendly step.",
              goal={"lens": "attribution", "must": "appear", "keep": ["Russia", "respond"]})  # fmt: skip
    fb = grading.grade(ex, "Russia will surely respond to any step.")
    assert not fb.passed and "credit the claim to someone" in fb.message and "softening" not in fb.message


def test_rewrite_appear_disappear():
    ex = make("rewrite", passage="Russia may retaliate.", answer="Russia will retaliate.",
              goal={"lens": "hedge", "must": "disappear", "keep": ["Russia"]})  # fmt: skip
    assert grading.grade(ex, "Russia will retaliate.").passed
    fb = grading.grade(ex, "Russia could perhaps retaliate.")
    assert not fb.passed and "'could'" in fb.message and fb.score == pytest.approx(0.4)


def test_a_grader_bug_gives_a_message_not_a_traceback(monkeypatch):
    def boom(ex, answer):
        raise KeyError("secret reference")

    monkeypatch.setitem(grading.GRADERS, "numeric", boom)
    fb = grading.grade(make("numeric", answer=3), 3)
    assert fb.details["error"] == "type" and "secret" not in fb.message and "KeyError" in fb.message


def test_unknown_type_is_reported_not_raised():
    fb = grading.grade(make("essay"), "text")
    assert not fb.passed and "unknown type" in fb.message


def test_structure_problems_per_type():
    assert grading.structure_problems(make("rank", statements=["a", "b"], order=[0, 0], reasons=[]))
    assert grading.structure_problems(make("multiple-choice", options=[{"text": "a", "correct": True, "feedback": "f"}] * 2))
    assert grading.structure_problems(make("classify", items=["x"], labels=["a", "b"], answer=["c"]))
    assert grading.structure_problems(make("rewrite", passage="A b.", goal={"lens": "tone", "must": "grow"}, answer=""))
    assert grading.structure_problems(make("numeric", answer="three"))
    assert grading.structure_problems(make("span-select", passage=PASSAGE, answer=["may"], unit="hedge")) == []
    assert grading.structure_problems(make("numeric", answer=3)) == []


@pytest.mark.parametrize("ex_id, answer", [
    ("article-09", "x" * 1_000_000),
    ("start-05", ["q" * 100_000]),
    ("hedging-05", {"k" * 100_000: "doxastic"}),
    ("hedging-05", {"believe": "L" * 100_000}),
])
def test_a_huge_wrong_form_answer_is_quoted_short(ex_id, answer):
    fb = grading.grade(E.get(ex_id), answer)
    assert fb.score == 0 and fb.details.get("error") == "type"
    assert len(fb.message) < 400 and "…" in fb.message


@pytest.mark.parametrize("ex_id, extra, words", [
    ("hedging-01", "privately", "how sure the claim sounds"),
    ("escalation-01", "warned", "hostile or a calming step"),
    ("attribution-01", "Speaking", "the verb group that signals reported words"),  # a cue exercise
    ("article-07", "Paris", "who is reported as speaking"),  # the exercise's own question (ask)
    ("yourturn-01", "Mila", "could a reader find out who it is"),  # one word: "it"
])
def test_extra_marks_get_the_question_of_their_lens(ex_id, extra, words):
    ex = E.get(ex_id)
    answer = list(ex.answer) + [extra] if isinstance(ex.answer, list) else [extra]
    fb = grading.grade(ex, answer)
    assert "Ask yourself" in fb.message and words in fb.message
    assert "how the claim is presented" not in fb.message


def test_a_rewrite_that_does_not_move_the_tone_says_it_stayed():
    from course.exercises import get

    ex = get("escalation-07")
    same = grading.grade(ex, "Russia will take asymmetric retaliatory steps against any unfriendly actions today.")
    assert not same.passed and "the average tone stayed at -3.2" in same.message and "moved from" not in same.message
    moved = grading.grade(ex, "Russia will talk with the West about its actions.")
    assert moved.passed and "moved from -3.2 to +1.0" in moved.message
