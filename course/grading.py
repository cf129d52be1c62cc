"""One grader per exercise type: ``grade(exercise, answer) -> Feedback`` (pure, no I/O).

Every grader first checks the *form* of the answer and answers a wrong form with
a friendly message and a made-up example that is never the answer itself. Then it
scores the answer and writes a message that reads as a hint: it says how close the
answer is and where to look again, never what the reference answer is.

Scores:

- ``span-select``: F1 between the marked and the reference words, counted as written
  words (``Dalmar’s`` is one word, :func:`written_words`); punctuation is ignored on both
  sides.
- ``multiple-choice``: 1 or 0. ``multiple-select``: (right chosen - wrong chosen) /
  number right, clipped to [0, 1].
- ``classify``: the fraction of items labelled right.
- ``rank``: Kendall's tau between the student's order and the reference, mapped to
  ``max(0, tau)``. **Tolerance:** the attempt passes when tau >= ``pass_tau``
  (default 0.8). With 5 statements one swap of two neighbours gives tau = 0.8, so
  it passes (score 0.8); two swaps give 0.6 and do not. With 4 statements one
  neighbour swap gives 0.67 (not passed); with 6 it gives 0.87 (passed).
- ``rewrite``: graded by :func:`course.analyze` on the new text: the goal
  (a lens that must appear or disappear, or the escalation tone that must go
  down or up) is worth 0.6 and the keep-words 0.4; it passes only when both hold.
- ``numeric``: 1 when within ``tolerance`` of the answer, else 0.
- ``reflection``: not graded on content. Saved; ``passed``, with score 1.0, from
  ``min_words`` words on (a shorter answer gets a proportional score).

Example:
    >>> from course.exercises import get
    >>> fb = grade(get("escalation-07"), "Russia will retaliate.")
    >>> fb.passed
    False
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .feedback import PASS_SCORE, VERDICT, Feedback

if TYPE_CHECKING:  # pragma: no cover
    from .document import Token
    from .exercises import Exercise

_WORD = re.compile(r"\w")


def _fb(ex: "Exercise", score: float, message: str, details: dict[str, Any] | None = None,
        passed: bool | None = None) -> Feedback:  # fmt: skip
    score = max(0.0, min(1.0, float(score)))
    if passed is None:
        passed = score >= PASS_SCORE
    return Feedback(ex.id, round(score, 4), bool(passed), message, details or {})


def _type_error(ex: "Exercise", message: str) -> Feedback:
    return _fb(ex, 0.0, message, {"error": "type"}, passed=False)


def _empty(ex: "Exercise", message: str) -> Feedback:
    return _fb(ex, 0.0, message, {"error": "empty"}, passed=False)


def _is_int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _with_explanation(ex: "Exercise", message: str) -> str:
    return f"{message} {ex.explanation}".strip() if ex.explanation else message


def grade(exercise: "Exercise", answer: Any) -> Feedback:
    """Grade ``answer`` for ``exercise`` with the grader of its type.

    Never raises for a student's answer: a wrong type gives a Feedback whose
    ``details["error"]`` is ``"type"`` (``"empty"`` for an empty answer).
    """
    grader = GRADERS.get(exercise.type)
    if grader is None:
        return _type_error(exercise, f"This exercise has an unknown type {exercise.type!r}; please tell your teacher.")
    try:
        return grader(exercise, answer)
    except Exception as exc:  # a bug must not show a traceback that could leak the answer
        return _type_error(
            exercise,
            f"Sorry, this answer could not be checked ({type(exc).__name__}). "
            "Check its form against the prompt and try again.",
        )


# --------------------------------------------------------------------- span-select


@lru_cache(maxsize=256)
def _tokens_cached(text: str) -> tuple["Token", ...]:
    from .document import build_document

    return tuple(build_document(text).tokens)


def tokens_of(text: str) -> tuple["Token", ...]:
    """The tokens of a passage (offsets into the passage), as ``course.document`` makes them.

    >>> [t.text for t in tokens_of("Moscow may respond.")]
    ['Moscow', 'may', 'respond', '.']
    """
    return _tokens_cached(text)


#: Characters that join a word and its clitic into one written word (Dalmar’s, don't).
_APOSTROPHES = "'\u2019"


def written_words(text: str) -> list[list[int]]:
    """Token numbers grouped into the words a reader sees: a word, an apostrophe and the
    letters after it with no space between (``Dalmar’s``, ``don't``) make one group; every
    other token is a group of its own. A span-select passage shows one button per group.

    >>> text = "Dalmar’s envoy isn't 'sure'."
    >>> [" ".join(tokens_of(text)[i].text for i in g) for g in written_words(text)]
    ['Dalmar ’ s', 'envoy', "isn ' t", "'", 'sure', "'", '.']
    """
    tokens = tokens_of(text)
    groups: list[list[int]] = []
    i = 0
    while i < len(tokens):
        group = [i]
        while (
            group[-1] + 2 < len(tokens)
            and _is_word(tokens[group[-1]])
            and tokens[group[-1] + 1].text in _APOSTROPHES
            and tokens[group[-1] + 2].text.isalpha()
            and tokens[group[-1]].end == tokens[group[-1] + 1].start
            and tokens[group[-1] + 1].end == tokens[group[-1] + 2].start
        ):
            group += [group[-1] + 1, group[-1] + 2]
        groups.append(group)
        i = group[-1] + 1
    return groups


def _is_word(token: "Token") -> bool:
    return bool(_WORD.search(token.text))


def _phrase_norms(phrase: str) -> list[str]:
    from .document import TOKEN_PATTERN, normalise

    return [normalise(w) for w in re.findall(TOKEN_PATTERN, phrase)]


def match_phrases(tokens: tuple["Token", ...], phrases: list[str]) -> tuple[list[set[int]], list[str]]:
    """Token index sets for each phrase (first unused occurrence), and the phrases not found.

    >>> toks = tokens_of("It may rain, and it may not.")
    >>> match_phrases(toks, ["may", "may", "snow"])
    ([{1}, {6}], ['snow'])
    """
    used: set[int] = set()
    found: list[set[int]] = []
    missing: list[str] = []
    norms = [t.norm for t in tokens]
    for phrase in phrases:
        want = _phrase_norms(phrase)
        hit = None
        if want:
            for i in range(len(norms) - len(want) + 1):
                span = set(range(i, i + len(want)))
                if norms[i : i + len(want)] == want and not (span & used):
                    hit = span
                    break
        if hit is None:
            missing.append(phrase)
        else:
            used |= hit
            found.append(hit)
    return found, missing


def reference_tokens(ex: "Exercise") -> set[int]:
    """The word tokens of the passage that make up the reference answer."""
    tokens = tokens_of(ex.passage)
    sets, _ = match_phrases(tokens, [str(a) for a in ex.answer or []])
    return {i for s in sets for i in s if _is_word(tokens[i])}


def _span_example(ex: "Exercise") -> str:
    tokens = tokens_of(ex.passage)
    ref = reference_tokens(ex)
    words = [t for t in tokens if _is_word(t) and t.index not in ref and len(t.text) > 3]
    picks = [words[0].text, words[-1].text] if len(words) >= 2 else ["word", "phrase"]
    return repr(picks)


def marked_tokens(passage: str, answer: Any) -> tuple[set[int], list[str]] | str:
    """The token numbers of ``passage`` that a span-select answer marks, and the phrases of it
    not found there; or, when the answer has the wrong form, a message ("" for the usual one).

    An answer is a list of phrases, token numbers or ``(start, end)`` character spans, in any mix.

    >>> marked_tokens("Russia may respond if necessary.", ["may", "if necessary"])
    ({1, 3, 4}, [])
    >>> marked_tokens("Russia may respond.", [9])
    'Token numbers go from 0 to 3 in this passage; 9 is outside.'
    """
    tokens = tokens_of(passage)
    if isinstance(answer, str) or not isinstance(answer, (list, tuple, set)):
        return ""
    selected: set[int] = set()
    phrases: list[str] = []
    for item in answer:
        if _is_int(item):
            if not 0 <= item < len(tokens):
                return f"Token numbers go from 0 to {len(tokens) - 1} in this passage; {item} is outside."
            selected.add(item)
        elif isinstance(item, str):
            if item.strip():
                phrases.append(item)
        elif (
            isinstance(item, (list, tuple))
            and len(item) == 2
            and all(_is_int(x) for x in item)
            and 0 <= item[0] < item[1] <= len(passage)
        ):
            selected |= {t.index for t in tokens if t.start < item[1] and item[0] < t.end}
        else:
            return ""
    sets, not_found = match_phrases(tokens, phrases)
    for s in sets:
        selected |= s
    return selected, not_found


def _grade_span_select(ex: "Exercise", answer: Any) -> Feedback:
    tokens = tokens_of(ex.passage)
    unit = ex.unit or "answer"
    form = (
        f"This exercise expects a list of words or phrases from the passage, like {_span_example(ex)} "
        "(or token numbers, like [2, 3])."
    )
    if answer is None or (isinstance(answer, (str, list, tuple, set)) and not answer):
        return _empty(ex, f"Nothing is marked yet. Mark every {unit} you find in the passage. {form}")
    marked = marked_tokens(ex.passage, answer)
    if isinstance(marked, str):
        return _type_error(ex, marked or form)
    selected, not_found = marked
    # words are counted as the reader sees them: "Dalmar’s" is one word of three tokens
    unit_of = _word_units(ex.passage)
    selected = {unit_of[i] for i in selected if _is_word(tokens[i])}
    ref = {unit_of[i] for i in reference_tokens(ex)}
    if not selected:
        msg = f"None of those words could be found in the passage. Mark every {unit} you see. {form}"
        return _fb(ex, 0.0, msg, {"tokens": _token_status(tokens, set(), ref, unit_of), "not_found": not_found},
                   passed=False)  # fmt: skip
    correct = selected & ref
    precision = len(correct) / len(selected)
    recall = len(correct) / len(ref) if ref else 1.0
    f1 = 0.0 if not correct else 2 * precision * recall / (precision + recall)
    withheld = len(selected) > overmarked_limit(len(ref))
    details = {
        "tokens": _token_status(tokens, selected, ref, unit_of, withheld=withheld),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "not_found": not_found,
        "withheld": withheld,
    }
    if f1 >= PASS_SCORE:
        return _fb(ex, 1.0, _with_explanation(ex, f"Well done: every {unit} is marked, and nothing else."), details)
    sentence_of = _sentence_numbers(ex.passage, tokens)
    parts = []
    if not_found:
        parts.append(f"{_quote_list(not_found)} could not be found in the passage (check the spelling).")
    parts.append(f"{len(correct)} of your {_plural(len(selected), 'marked word')} "
                 f"{'belongs' if len(correct) == 1 else 'belong'} to {_a(unit)}.")
    extra = sorted(selected - ref)
    missed = sorted(ref - selected)
    if extra:
        parts.append(
            f"{_plural(len(extra), 'marked word')} {'does' if len(extra) == 1 else 'do'} not belong to one"
            f"{_where(extra, sentence_of)}. Ask yourself: " + _extra_question(ex, len(extra))
        )
    if missed:
        parts.append(f"{_plural(len(missed), 'word')} of {_a(unit)} still unmarked{_where(missed, sentence_of)}.")
    if withheld:
        parts.append("With this many words marked, the words are not shown right or wrong one by one: "
                     "keep only the words you can defend and check again.")
    return _fb(ex, f1, " ".join(parts), details)


def overmarked_limit(n_answer_words: int) -> int:
    """The most words a span-select answer may mark and still get its words shown right or
    wrong one by one: twice the answer's words, and two more. Marking every word of the
    passage would otherwise show the whole answer in green in one check.

    >>> overmarked_limit(16)
    34
    """
    return 2 * n_answer_words + 2


def _word_units(text: str) -> dict[int, int]:
    """Token number -> the number of the first word token of its written word
    (:func:`written_words`), the unit a span-select answer is counted in."""
    tokens = tokens_of(text)
    unit_of: dict[int, int] = {}
    for group in written_words(text):
        first = next((i for i in group if _is_word(tokens[i])), group[0])
        for i in group:
            unit_of[i] = first
    return unit_of


def _token_status(tokens: tuple["Token", ...], selected: set[int], ref: set[int],
                  unit_of: dict[int, int] | None = None, withheld: bool = False) -> list[dict[str, Any]]:  # fmt: skip
    """Each token's status; ``selected`` and ``ref`` hold written-word units (``unit_of``),
    and every word token of a written word shares its status. ``withheld``: only
    ``marked`` or ``unmarked``, nothing about the answer (see :func:`overmarked_limit`)."""
    out = []
    for t in tokens:
        u = unit_of.get(t.index, t.index) if unit_of is not None and _is_word(t) else t.index
        if not _is_word(t):
            status = "unmarked"
        elif withheld:
            status = "marked" if u in selected else "unmarked"
        elif u in selected and u in ref:
            status = "correct"
        elif u in ref:
            status = "missed"
        elif u in selected:
            status = "extra"
        else:
            status = "unmarked"
        out.append({"index": t.index, "text": t.text, "start": t.start, "end": t.end, "status": status})
    return out


def _sentence_numbers(text: str, tokens: tuple["Token", ...]) -> dict[int, int]:
    sentences = sorted({t.sentence for t in tokens})
    if len(sentences) <= 1:
        return {}
    rank = {s: n + 1 for n, s in enumerate(sentences)}
    return {t.index: rank[t.sentence] for t in tokens}


def _where(indices: list[int], sentence_of: dict[int, int]) -> str:
    if not sentence_of:
        return ""
    nums = sorted({sentence_of[i] for i in indices})
    if len(nums) == 1:
        return f" (in sentence {nums[0]})"
    return f" (in sentences {', '.join(map(str, nums[:-1]))} and {nums[-1]})"


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _quote_list(xs: list[str]) -> str:
    return ", ".join(repr(x) for x in xs)


# --------------------------------------------------------------------- options


def _letters(n: int) -> str:
    return "".join(chr(65 + i) for i in range(n))


def _option_index(ex: "Exercise", choice: Any) -> int | None:
    n = len(ex.options)
    if _is_int(choice):
        return choice if 0 <= choice < n else None
    if isinstance(choice, str):
        s = choice.strip()
        m = re.fullmatch(r"\(?([A-Za-z])[).:]?", s)
        if m and n <= 26:
            i = ord(m.group(1).upper()) - 65
            return i if 0 <= i < n else None
        low = re.sub(r"\s+", " ", s.lower())
        for i, o in enumerate(ex.options):
            if re.sub(r"\s+", " ", str(o.get("text", "")).strip().lower()) == low:
                return i
        if s.isdigit():
            i = int(s)
            return i if 0 <= i < n else None
    return None


def _wrong_option_example(ex: "Exercise", k: int = 1) -> list[int]:
    wrong = [i for i, o in enumerate(ex.options) if not o.get("correct")]
    return (wrong or [0])[:k]


def _grade_multiple_choice(ex: "Exercise", answer: Any) -> Feedback:
    n = len(ex.options)
    eg = _wrong_option_example(ex)[0]
    form = (
        f"This exercise expects one option: its letter (A to {_letters(n)[-1]}), its number "
        f"(0 to {n - 1}) or its text, like {chr(65 + eg)!r} or {eg}."
    )
    if answer is None or (isinstance(answer, str) and not answer.strip()):
        return _empty(ex, f"No option chosen yet. {form}")
    if isinstance(answer, (list, tuple, set)):
        return _type_error(ex, f"Only one option is right here, so give a single choice, not a list. {form}")
    i = _option_index(ex, answer)
    if i is None:
        return _type_error(ex, form)
    opt = ex.options[i]
    details = {"chosen": i, "options": [{"index": i, "right": bool(opt.get("correct")), "feedback": str(opt.get("feedback", ""))}]}
    if opt.get("correct"):
        said = str(opt.get("feedback", "")).strip()
        lead = "" if VERDICT.match(said) else "Right. "
        return _fb(ex, 1.0, _with_explanation(ex, f"{lead}{said}".strip() or "Right."), details)
    msg = str(opt.get("feedback") or "Not this one: reread the passage and the question.")
    return _fb(ex, 0.0, msg, details)


def _grade_multiple_select(ex: "Exercise", answer: Any) -> Feedback:
    n = len(ex.options)
    eg = _wrong_option_example(ex, 2)
    form = (
        "This exercise expects a list of options (letters, numbers or texts), like "
        f"{[chr(65 + i) for i in eg]!r} or {eg}."
    )
    if answer is None or (isinstance(answer, (list, tuple, set, str)) and not answer):
        return _empty(ex, f"No option chosen yet: choose every option that applies. {form}")
    if isinstance(answer, str) or _is_int(answer):
        answer = [answer]  # one choice given on its own
    if not isinstance(answer, (list, tuple, set)):
        return _type_error(ex, form)
    chosen: list[int] = []
    for c in answer:
        i = _option_index(ex, c)
        if i is None:
            return _type_error(ex, f"{_shown(c)} is not one of the options A to {_letters(n)[-1]}. {form}")
        if i not in chosen:
            chosen.append(i)
    right = {i for i, o in enumerate(ex.options) if o.get("correct")}
    good = [i for i in chosen if i in right]
    bad = [i for i in chosen if i not in right]
    score = (len(good) - len(bad)) / len(right) if right else 0.0
    details = {
        "chosen": sorted(chosen),
        "options": [
            {"index": i, "right": i in right, "feedback": str(ex.options[i].get("feedback", ""))} for i in sorted(chosen)
        ],
    }
    if not bad and len(good) == len(right):
        return _fb(ex, 1.0, _with_explanation(ex, "Right: you chose exactly the options that apply."), details)
    parts = [f"{len(good)} of your {_plural(len(chosen), 'choice')} {'applies' if len(good) == 1 else 'apply'}."]
    if bad:
        parts.append(f"{_plural(len(bad), 'choice')} {'does' if len(bad) == 1 else 'do'} not, and each wrong choice costs a point.")
        parts.append("Read the feedback on each choice.")
    left = len(right) - len(good)
    if left:
        parts.append(f"{_plural(left, 'more option')} still {'applies' if left == 1 else 'apply'}.")
    return _fb(ex, score, " ".join(parts), details)


# --------------------------------------------------------------------- classify


def _norm_key(s: str) -> str:
    return re.sub(r"\s+", " ", str(s).strip().lower().replace("’", "'").strip("\"'“”"))


def _grade_classify(ex: "Exercise", answer: Any) -> Feedback:
    items, labels, ref = ex.items, ex.labels, list(ex.answer or [])
    form = (
        "This exercise expects a dict from each phrase to one of the exercise's labels, like "
        f"{{{items[0]!r}: '<label>', ...}}, or a list of labels in the order of the items."
    )
    if answer is None or (isinstance(answer, (dict, list, tuple, str)) and not answer):
        return _empty(ex, f"Nothing is labelled yet. {form}")
    given: list[Any] = [None] * len(items)
    if isinstance(answer, dict):
        index = {_norm_key(p): i for i, p in enumerate(items)}
        for k, v in answer.items():
            i = k if _is_int(k) and 0 <= k < len(items) else index.get(_norm_key(k)) if isinstance(k, str) else None
            if i is None:
                return _type_error(ex, f"{_shown(k)} is not one of the phrases to label ({_quote_list(items)}).")
            given[i] = v
    elif isinstance(answer, (list, tuple)):
        if len(answer) != len(items):
            return _type_error(ex, f"There are {len(items)} phrases to label, and your list has {len(answer)} labels. {form}")
        given = list(answer)
    else:
        return _type_error(ex, form)
    label_norm = {_norm_key(lab): lab for lab in labels}
    for i, g in enumerate(given):
        if g is None:
            continue
        if not isinstance(g, str) or _norm_key(g) not in label_norm:
            return _type_error(ex, f"{_shown(g)} is not one of the labels: {', '.join(labels)}.")
        given[i] = label_norm[_norm_key(g)]
    results = [g is not None and g == r for g, r in zip(given, ref)]
    details = {
        "items": [{"index": i, "phrase": p, "given": g, "right": ok} for i, (p, g, ok) in enumerate(zip(items, given, results))]
    }
    n_right = sum(results)
    score = n_right / len(items) if items else 0.0
    if n_right == len(items):
        return _fb(ex, 1.0, _with_explanation(ex, f"All {len(items)} labelled right."), details)
    unlabelled = [p for p, g in zip(items, given) if g is None]
    wrong = [p for p, g, ok in zip(items, given, results) if g is not None and not ok]
    parts = [f"{n_right} of {len(items)} right."]
    if wrong:
        ask = _for_count(ex.ask or _CLASSIFY_PROMPTS.get(ex.lens, _CLASSIFY_PROMPTS["hedging"]), len(wrong))
        parts.append(f"Look again at {_quote_list(wrong)}: {ask}")
    if unlabelled:
        parts.append(f"Still without a label: {_quote_list(unlabelled)}.")
    return _fb(ex, score, " ".join(parts), details)


#: The question a span-select message asks about marked words that do not belong, per gold
#: category (cues) or lens; an exercise's own ``ask`` comes first.
_EXTRA_PROMPTS = {
    "hedging": "does each one really change how sure the claim sounds?",
    "attribution": "does each one tell you who is speaking, or pass words on? (A place or a time of speaking does not.)",
    "cue": "is each one part of the verb group that signals reported words, or part of the scene or of what is said?",
    "escalation": "does each one name a hostile or a calming step itself, or only the words around one?",
}


def _for_count(question: str, n: int) -> str:
    """A feedback question written with "each one", said of one phrase ("does it ...") when n is 1.

    >>> _for_count("how sure does each one make the claim sound?", 1)
    'how sure does it make the claim sound?'
    """
    return re.sub(r"\beach one\b", "it", question) if n == 1 else question


def _extra_question(ex: "Exercise", n_extra: int) -> str:
    """The question about wrongly marked words: the exercise's ``ask``, else the question of
    its category or lens."""
    prompt = ex.ask or _EXTRA_PROMPTS.get(ex.category or "", _EXTRA_PROMPTS.get(ex.lens, _EXTRA_PROMPTS["hedging"]))
    return _for_count(prompt, n_extra)

#: The question a classify message asks about a wrong label, per lens.
_CLASSIFY_PROMPTS = {
    "hedging": "how sure does each one make the claim sound, and why?",
    "attribution": "what does that choice of wording say about the source or the claim?",
    "escalation": "what happens, or is threatened, in the event each one names?",
}


def _a(word: str) -> str:
    """'a' or 'an' before a word: ``_a("escalation phrase")`` -> 'an escalation phrase'."""
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


# --------------------------------------------------------------------- rank


def kendall_tau(order: list[int], reference: list[int]) -> float:
    """Kendall's tau-a between two orderings of the same items (1 = same, -1 = reversed).

    >>> kendall_tau([0, 1, 2, 3, 4], [0, 1, 2, 3, 4])
    1.0
    >>> kendall_tau([1, 0, 2, 3, 4], [0, 1, 2, 3, 4])
    0.8
    >>> kendall_tau([4, 3, 2, 1, 0], [0, 1, 2, 3, 4])
    -1.0
    """
    pos = {item: p for p, item in enumerate(reference)}
    ranks = [pos[i] for i in order]
    n = len(ranks)
    if n < 2:
        return 1.0
    concordant = discordant = 0
    for a in range(n):
        for b in range(a + 1, n):
            if ranks[a] < ranks[b]:
                concordant += 1
            elif ranks[a] > ranks[b]:
                discordant += 1
    return round((concordant - discordant) / (n * (n - 1) / 2), 6)


def _rank_example(ex: "Exercise") -> list[int]:
    n = len(ex.statements)
    for candidate in (list(range(n)), list(range(n))[::-1], list(range(1, n)) + [0]):
        if kendall_tau(candidate, ex.order) <= 0.2:
            return candidate
    return list(range(n))


def _grade_rank(ex: "Exercise", answer: Any) -> Feedback:
    n = len(ex.statements)
    form = (
        f"This exercise expects all {n} statement numbers (0 to {n - 1}) in your order, "
        f"like {_rank_example(ex)}" + (f" ({ex.scale})." if ex.scale else ".")
    )
    if answer is None or (isinstance(answer, (list, tuple, str)) and not answer):
        return _empty(ex, f"No order given yet. {form}")
    if not isinstance(answer, (list, tuple)):
        return _type_error(ex, form)
    order: list[int] = []
    texts = {_norm_key(s): i for i, s in enumerate(ex.statements)}
    for a in answer:
        if _is_int(a) and 0 <= a < n:
            order.append(a)
        elif isinstance(a, str) and _norm_key(a) in texts:
            order.append(texts[_norm_key(a)])
        elif isinstance(a, str) and a.strip().isdigit() and int(a) < n:
            order.append(int(a))
        else:
            return _type_error(ex, f"{_shown(a)} is not a statement number (0 to {n - 1}). {form}")
    if sorted(order) != list(range(n)):
        return _type_error(ex, f"Put every statement in the list exactly once. {form}")
    tau = kendall_tau(order, ex.order)
    passed = tau >= ex.pass_tau - 1e-9
    details: dict[str, Any] = {"order": order, "tau": tau}
    if passed:
        details["reference"] = list(ex.order)
        details["reasons"] = list(ex.reasons)
        head = "Perfect order." if tau >= PASS_SCORE else "Close enough to pass: one pair of neighbours differs from the reference."
        ref_lines = " ".join(
            f"{p + 1}. [{i}] {ex.reasons[p] if p < len(ex.reasons) else ''}".strip() for p, i in enumerate(ex.order)
        )
        return _fb(ex, max(0.0, tau), _with_explanation(ex, f"{head} The reference order: {ref_lines}"), details, passed=True)
    pos = {item: p for p, item in enumerate(ex.order)}
    shifts = [(abs(pos[i] - p), i, pos[i] - p) for p, i in enumerate(order)]
    _, worst, direction = max(shifts)
    pairs = n * (n - 1) // 2
    agree = round((tau + 1) / 2 * pairs)
    where = "further down your list" if direction > 0 else "higher up your list"
    chance = (" Half the pairs is what a shuffled order gets, so the score counts only the pairs"
              " beyond that." if 2 * agree <= pairs else "")
    ask = (f"Compare the statements two at a time: which one comes first on the scale ({ex.scale})?"
           if ex.scale else "Compare the statements two at a time: which one should come first?")
    msg = (
        f"Your order agrees with the reference on {agree} of {pairs} pairs of statements.{chance} "
        f"Statement {worst} is the furthest out of place: it belongs {where}. {ask}"
    )
    return _fb(ex, max(0.0, tau), msg, details, passed=False)


# --------------------------------------------------------------------- rewrite

_LENS_CATEGORY = {
    "hedge": "hedge", "hedges": "hedge", "hedging": "hedge",
    "booster": "booster", "boosters": "booster", "boosting": "booster",
    "attribution": "attribution",
    "escalation": "escalation", "deescalation": "deescalation", "de-escalation": "deescalation",
}  # fmt: skip
_MUSTS = {"appear", "disappear", "lower-intensity", "de-escalate", "raise-intensity", "escalate"}
_NAMES = {
    "hedge": "hedges", "booster": "boosters", "attribution": "attribution markers",
    "escalation": "escalation phrases", "deescalation": "de-escalation phrases",
}  # fmt: skip


def _shown(x: Any, limit: int = 60) -> str:
    """A student's value, quoted in a message, cut short when it is long.

    >>> _shown("B"), _shown("x" * 100)
    ("'B'", "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…")
    """
    r = repr(x)
    return r if len(r) <= limit else r[: limit - 1] + "…"


def tone(analysis: Any) -> tuple[float, float]:
    """(mean, lowest) Goldstein-style intensity of a text's escalation and
    de-escalation phrases; (0.0, 0.0) when it has none.

    >>> import course
    >>> tone(course.analyze("Russia will retaliate."))
    (-4.4, -4.4)
    """
    from .lenses.escalation.weights import carries_weight

    xs = [a.intensity for a in analysis.annotations if carries_weight(a)]
    if not xs:
        return 0.0, 0.0
    return round(sum(xs) / len(xs), 3), min(xs)


def _seen(analysis: Any, category: str) -> list[dict[str, Any]]:
    if category in ("escalation", "deescalation"):
        cats = ("escalation", "deescalation")
    else:
        cats = (category,)
    return [
        {"text": a.text, "category": a.category, "label": a.label, "intensity": a.intensity}
        for a in analysis.annotations
        if a.category in cats and a.label != "unattributed"
    ]


def _describe(seen: list[dict[str, Any]], category: str) -> str:
    if not seen:
        return f"no {_NAMES.get(category, category)}"
    parts = []
    for s in seen:
        extra = f", {s['intensity']:+g}" if s["intensity"] is not None else ""
        parts.append(f"'{s['text']}' ({s['label']}{extra})")
    return ", ".join(parts)


#: What to try when a rewrite must add a lens's language and the analyzer found none.
_APPEAR_TRY = {
    "hedge": "try another way of softening or qualifying the claim",
    "booster": "try another way of making the claim sound certain",
    "attribution": "credit the claim to someone: a speaker and a reporting verb, or 'according to' and a source",
    "escalation": "try a word for a threat, a sanction or a show of force",
    "deescalation": "try a word for talks, an agreement or restraint",
}


def _grade_rewrite(ex: "Exercise", answer: Any) -> Feedback:
    from .analysis import analyze

    form = "This exercise expects your version of the sentence as a string, like \"Officials met in Geneva on Monday.\""
    if answer is None or (isinstance(answer, str) and not answer.strip()):
        return _empty(ex, f"Nothing written yet. Rewrite the sentence as the prompt asks. {form}")
    if not isinstance(answer, str):
        return _type_error(ex, form)
    text = answer.strip()
    if _norm_key(text).rstrip(".") == _norm_key(ex.passage).rstrip("."):
        return _fb(ex, 0.0, "That is the original sentence, unchanged: change its wording as the prompt asks.",
                   {"seen": [], "unchanged": True}, passed=False)  # fmt: skip
    goal = ex.goal
    category = _LENS_CATEGORY.get(str(goal.get("lens", "")).lower(), "hedge")
    must = str(goal.get("must", "appear"))
    keep = [str(k) for k in goal.get("keep", [])]
    words = re.findall(r"\w+", text)
    if len(words) < max(3, len(re.findall(r"\w+", " ".join(keep))) + 1):
        return _fb(ex, 0.0, "Write a whole sentence: a version made of little more than the words to keep "
                   "says nothing a reader could weigh.", {"seen": [], "too_short": True}, passed=False)  # fmt: skip
    low = text.lower()
    missing = [k for k in keep if not re.search(r"(?<!\w)" + re.escape(k.lower()) + r"(?!\w)", low)]
    new = analyze(text)
    old = analyze(ex.passage)
    seen = _seen(new, category)
    details: dict[str, Any] = {"seen": seen, "missing_keep": missing, "category": category, "must": must}
    if category == "attribution":
        count_new, count_old = len(new.attributions), len(old.attributions)
    else:
        count_new, count_old = len(new.by_category(category)), len(old.by_category(category))
    name = _NAMES.get(category, category)
    if must == "appear":
        ok = count_new > count_old
        saw = f"The analyzer found {_describe(seen, category)} in your sentence."
        if category == "attribution" and new.unattributed:
            saw += " It reads your sentence as the writer's own claim, with no source."
        why = "" if ok else f" It needs to find more {name} than in the original; {_APPEAR_TRY.get(category, 'try another wording')}."
    elif must == "disappear":
        ok = count_new == 0
        saw = f"The analyzer found {_describe(seen, category)} in your sentence."
        why = "" if ok else f" The goal is a sentence with no {name} left."
    else:
        (mean_new, low_new), (mean_old, low_old) = tone(new), tone(old)
        details["tone"] = {"original": mean_old, "yours": mean_new}
        down = must in ("lower-intensity", "de-escalate")
        step = float(goal.get("min_change", 0.5))
        if down:
            ok = mean_new >= mean_old + step and low_new >= low_old
        else:
            ok = mean_new <= mean_old - step and low_new <= low_old
        moved = (f"stayed at {mean_new:+.1f}" if f"{mean_old:+.1f}" == f"{mean_new:+.1f}"
                 else f"moved from {mean_old:+.1f} to {mean_new:+.1f}")
        saw = (
            f"The analyzer saw {_describe(seen, 'escalation')}; the average tone {moved} "
            "(Goldstein scale: negative is hostile, positive is cooperative)."
        )
        if not ok:
            why = (
                " It needs to move clearly towards the cooperative end, with nothing more hostile than before."
                if down
                else " It needs to move clearly towards the hostile end."
            )
        else:
            why = ""
    kept = (len(keep) - len(missing)) / len(keep) if keep else 1.0
    score = (0.6 if ok else 0.0) + 0.4 * kept
    if ok and not missing:
        return _fb(ex, 1.0, _with_explanation(ex, f"Well done. {saw}"), details)
    msg = saw + why
    if missing:
        msg += f" Keep these words from the original: {_quote_list(missing)}."
    return _fb(ex, score, msg, details, passed=False)


# --------------------------------------------------------------------- numeric and reflection


def _grade_numeric(ex: "Exercise", answer: Any) -> Feedback:
    ref = float(ex.answer)
    eg = int(ref) + 3 if ref < 100 else 7
    form = f"This exercise expects a number, like {eg}."
    if answer is None or (isinstance(answer, str) and not answer.strip()):
        return _empty(ex, f"No number given yet. {form}")
    if isinstance(answer, bool):
        return _type_error(ex, form)
    if isinstance(answer, str):
        try:
            answer = float(answer.strip().replace(",", ""))
        except ValueError:
            return _type_error(ex, form)
    if not isinstance(answer, (int, float)) or not math.isfinite(float(answer)):
        return _type_error(ex, form)
    x = float(answer)
    if abs(x - ref) <= ex.tolerance + 1e-9:
        return _fb(ex, 1.0, _with_explanation(ex, "Right."), {"direction": 0})
    direction = 1 if x > ref else -1
    side = "too high: some of what you counted does not qualify" if x > ref else "too low: something is still uncounted"
    return _fb(ex, 0.0, f"Not quite: your number is {side}. Go through the passage once more, sentence by sentence.",
               {"direction": direction})  # fmt: skip


def _grade_reflection(ex: "Exercise", answer: Any) -> Feedback:
    form = "This exercise expects a few sentences of your own as a string, like \"I noticed that ...\"."
    if answer is None or (isinstance(answer, str) and not answer.strip()):
        return _empty(ex, f"Nothing written yet. {form}")
    if not isinstance(answer, str):
        return _type_error(ex, form)
    words = len(re.findall(r"\w+", answer))
    need = max(1, ex.min_words)
    score = min(1.0, words / need)
    details = {"words": words, "min_words": need, "graded": False}
    if words >= need:
        return _fb(ex, 1.0, "Saved. Reflections are not graded on content: compare yours with a classmate's or your teacher's notes.",
                   details, passed=True)  # fmt: skip
    return _fb(ex, score, f"Saved ({_plural(words, 'word')}). Reflections are not graded on content, but an answer of "
               f"{need} words or more counts in full: say a little more.", details, passed=False)  # fmt: skip


GRADERS = {
    "span-select": _grade_span_select,
    "multiple-choice": _grade_multiple_choice,
    "multiple-select": _grade_multiple_select,
    "classify": _grade_classify,
    "rank": _grade_rank,
    "rewrite": _grade_rewrite,
    "numeric": _grade_numeric,
    "reflection": _grade_reflection,
}


# --------------------------------------------------------------------- bank structure checks


def structure_problems(ex: "Exercise") -> list[str]:
    """Problems with the type-specific fields of one exercise (used by ``validate_banks``)."""
    p: list[str] = []
    t = ex.type
    if t == "span-select":
        if not ex.passage:
            p.append("span-select needs a passage.")
            return p
        tokens = tokens_of(ex.passage)
        words = [x for x in tokens if _is_word(x)]
        if len(words) > 130:
            p.append(f"passage has {len(words)} words; keep span-select passages to about 120.")
        if not isinstance(ex.answer, list) or not ex.answer or not all(isinstance(a, str) for a in ex.answer):
            p.append("answer must be a non-empty list of phrases from the passage.")
        else:
            _, missing = match_phrases(tokens, ex.answer)
            if missing:
                p.append(f"answer phrase(s) not in the passage: {_quote_list(missing)}.")
        if not ex.unit:
            p.append("span-select needs a unit (what the student marks, e.g. 'hedge').")
    elif t in ("multiple-choice", "multiple-select"):
        if len(ex.options) < (2 if t == "multiple-choice" else 3):
            p.append("too few options.")
        n_right = sum(bool(o.get("correct")) for o in ex.options)
        if t == "multiple-choice" and n_right != 1:
            p.append(f"multiple-choice needs exactly one correct option, has {n_right}.")
        if t == "multiple-select" and n_right < 1:
            p.append("multiple-select needs at least one correct option.")
        for i, o in enumerate(ex.options):
            if not o.get("text") or not o.get("feedback"):
                p.append(f"option {i} needs text and feedback.")
    elif t == "classify":
        if not ex.items or len(ex.labels) < 2:
            p.append("classify needs items and at least 2 labels.")
        if len(ex.answer or []) != len(ex.items):
            p.append("classify needs one reference label per item.")
        bad = [a for a in ex.answer or [] if a not in ex.labels]
        if bad:
            p.append(f"reference label(s) not among the labels: {bad}.")
        if ex.passage:
            missing = [i for i in ex.items if i not in ex.passage]
            if missing:
                p.append(f"item(s) not in the passage: {_quote_list(missing)}.")
    elif t == "rank":
        n = len(ex.statements)
        if not 4 <= n <= 6:
            p.append(f"rank needs 4-6 statements, has {n}.")
        if sorted(ex.order) != list(range(n)):
            p.append("order must list every statement number once.")
        if len(ex.reasons) != n:
            p.append("rank needs one reason per position.")
        if not ex.scale:
            p.append("rank needs a scale (e.g. 'most conciliatory first').")
    elif t == "rewrite":
        if not ex.passage:
            p.append("rewrite needs the original sentence as its passage.")
        lens = str(ex.goal.get("lens", "")).lower()
        if lens not in _LENS_CATEGORY:
            p.append(f"goal.lens {lens!r} unknown.")
        if ex.goal.get("must") not in _MUSTS:
            p.append(f"goal.must must be one of {sorted(_MUSTS)}.")
        for k in ex.goal.get("keep", []):
            if k.lower() not in ex.passage.lower():
                p.append(f"keep-word {k!r} is not in the original.")
        if not isinstance(ex.answer, str) or not ex.answer.strip():
            p.append("rewrite needs a model answer (answer = '...').")
    elif t == "numeric":
        if not isinstance(ex.answer, (int, float)) or isinstance(ex.answer, bool):
            p.append("numeric needs a number as answer.")
    elif t == "reflection":
        if ex.min_words < 1:
            p.append("min_words must be at least 1.")
    return p
