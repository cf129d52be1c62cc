"""Speed of the kit, printed as tables (not a test: figures vary by machine).

Measures:
  1. ``import course`` in a fresh interpreter (target <= 0.3 s);
  2. ``course.analyze`` on the seed article, median of many runs (target <= 10 ms);
  3. throughput of ``course.analyze`` on a ~1 MB concatenation of the kit's texts, and on a
     ~1 MB run-on text with no full stop (one enormous sentence), once of reports and once of
     reported wishes and plans;
  4. the time of each stage (document model, hedging, attribution, escalation) on both;
  5. the lexicon stage alone (tokenize + match every lexicon phrase) against a peer:
     spaCy's blank English pipeline with ``PhraseMatcher(attr="LOWER")`` on the same
     phrases and the same 1 MB text, in the same run, printed as a ratio.
     spaCy is a benchmark-only extra: ``pip install -e ".[bench]"``.

Run: ``.venv/bin/python benchmarks/speed.py``
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LEXICONS = ("hedges", "boosters", "reporting_verbs", "escalation")


def table(title: str, header: list[str], rows: list[list[object]]) -> str:
    cells = [header] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    line = lambda r: "  ".join(c.ljust(w) for c, w in zip(r, widths))  # noqa: E731
    out = [title, line(header), line(["-" * w for w in widths])]
    out += [line(r) for r in cells[1:]]
    return "\n".join(out)


def import_time(runs: int = 7) -> float:
    code = "import time; t=time.perf_counter(); import course; print(time.perf_counter()-t)"
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
        times.append(float(out.stdout.strip()))
    return statistics.median(times)


def corpus(target_chars: int = 1_000_000) -> str:
    import course

    texts = [course.load_article(n).text for n in course.list_articles()]
    out, size = [], 0
    while size < target_chars:
        for t in texts:
            out.append(t)
            size += len(t) + 2
    return "\n\n".join(out)


def lexicon_phrases() -> list[str]:
    from course.datasets import DatasetError, load_lexicon

    phrases: set[str] = set()
    for name in LEXICONS:
        try:
            phrases.update(e.phrase for e in load_lexicon(name))
        except DatasetError:
            pass
    return sorted(phrases)


def ours_lexicon_stage(text: str, phrases: list[str]) -> tuple[float, int]:
    from course.document import build_document
    from course.matching import PhraseMatcher

    t = time.perf_counter()
    matcher = PhraseMatcher((p, p) for p in phrases)
    doc = build_document(text)
    n = sum(1 for _ in matcher.finditer(doc.tokens))
    return time.perf_counter() - t, n


def spacy_lexicon_stage(text: str, phrases: list[str]) -> tuple[float, int] | None:
    try:
        import spacy
        from spacy.matcher import PhraseMatcher
    except ImportError:
        return None
    t = time.perf_counter()
    nlp = spacy.blank("en")
    nlp.max_length = len(text) + 1
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("LEX", [nlp.make_doc(p) for p in phrases])
    doc = nlp.make_doc(text)
    n = len(matcher(doc))
    return time.perf_counter() - t, n


def run_on(clause: str) -> tuple[str, float]:
    """``clause`` repeated to about 1 MB, and the seconds ``course.analyze`` takes on it."""
    import course

    text = clause * (1_000_000 // len(clause))
    t = time.perf_counter()
    course.analyze(text)
    return text, time.perf_counter() - t


#: Clauses that, repeated with no full stop, once made some lens rescan the whole run-on sentence
#: for each phrase in it (the scope of a hedge or a condition, a denied clause, an appeal's
#: complements, a content before an inverted cue).
RUN_ON_KINDS = {
    "conditional threats": "If Tarsk crosses the river, Velm will expel the envoy and may close the border, ",
    "denials": "The ministry denied that its troops had fired first and rejected the accusations, ",
    "appeals": "The envoy called for restraint and urged both sides to return to talks, ",
    "inverted quotations": '"We will respond in kind," the minister said, warning that any attack would trigger a response ',
    "vias": "If necessary, Russia will of course react asymmetrically, Lavrov was quoted as saying by ABC News ",
    "unnamed sources": "Officials said the ceasefire may collapse, according to two diplomats familiar with the talks, ",
}


def run_on_scaling(sizes: tuple[int, int] = (150_000, 300_000)) -> list[list[str]]:
    """For each of :data:`RUN_ON_KINDS`, seconds ``course.analyze`` takes on the clause repeated to
    each of ``sizes`` characters, and their ratio (2.0 when the time is linear, 4.0 when quadratic)."""
    import course

    rows = []
    for name, clause in RUN_ON_KINDS.items():
        seconds = []
        for size in sizes:
            text = clause * (size // len(clause))
            t = time.perf_counter()
            course.analyze(text)
            seconds.append(time.perf_counter() - t)
        rows.append([name, *(f"{x:.2f} s" for x in seconds), f"{seconds[1] / seconds[0]:.2f}"])
    return rows


def stage_times(text: str, runs: int = 1) -> list[float]:
    """Seconds spent in each stage of ``course.analyze`` (median over ``runs``):
    document model, hedging lens, attribution lens, escalation lens."""
    from course.document import build_document
    from course.lenses import attribution, escalation, hedging

    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        doc = build_document(text)
        t1 = time.perf_counter()
        stance = hedging.annotate(doc)
        t2 = time.perf_counter()
        attribution.annotate(doc, stance)
        t3 = time.perf_counter()
        escalation.annotate(doc, stance)
        t4 = time.perf_counter()
        samples.append([t1 - t0, t2 - t1, t3 - t2, t4 - t3])
    return [statistics.median(s[i] for s in samples) for i in range(4)]


def main() -> None:
    import course

    seed = course.load_article().text
    course.analyze(seed)  # warm caches: lexicons, tokenizers
    runs = []
    for _ in range(200):
        t = time.perf_counter()
        course.analyze(seed)
        runs.append(time.perf_counter() - t)
    med = statistics.median(runs)

    big = corpus()
    t = time.perf_counter()
    a = course.analyze(big)
    big_s = time.perf_counter() - t

    # run-on texts: one clause repeated to 1 MB with no full stop, one enormous sentence; once of
    # reports, once of wishes and plans inside reports (each checked against the contents before it)
    runon, runon_s = run_on("Lavrov said that Moscow would respond to any unfriendly steps, and the ministry "
                            "warned that the drills were a provocation, ")
    wishes, wishes_s = run_on("Moscow said the US wants to talk and Paris plans to trade and Berlin threatens to leave, ")

    # highlighting: the 1 MB text drawn as HTML, and the same text as one paragraph (one line
    # per paragraph, no blank lines), where every mark shares the paragraph
    t = time.perf_counter()
    course.highlight(a)._repr_html_()
    html_s = time.perf_counter() - t
    line = seed.replace("\n\n", "\n") + "\n"
    one_para = line * (len(big) // len(line))
    one_analysis = course.analyze(one_para)
    t = time.perf_counter()
    course.highlight(one_analysis)._repr_html_()
    one_para_s = time.perf_counter() - t

    imp = import_time()
    rows = [
        ["import course (fresh interpreter, median of 7)", f"{imp * 1000:.0f} ms", "<= 300 ms"],
        ["analyze(seed article), median of 200", f"{med * 1000:.2f} ms", "<= 10 ms"],
        ["analyze(seed article), 90th percentile", f"{sorted(runs)[int(len(runs) * 0.9)] * 1000:.2f} ms", ""],
        [f"analyze({len(big) / 1e6:.2f} MB concatenation)", f"{big_s:.2f} s", ""],
        ["throughput", f"{len(big) / 1e6 / big_s:.2f} MB/s", ""],
        ["annotations found in the 1 MB text", str(len(a.annotations)), ""],
        [f"analyze({len(runon) / 1e6:.2f} MB run-on text: one sentence, no full stop)", f"{runon_s:.2f} s", ""],
        [f"analyze({len(wishes) / 1e6:.2f} MB run-on text of reported wishes and plans)", f"{wishes_s:.2f} s", ""],
        [f"highlight({len(big) / 1e6:.2f} MB) as HTML, after analyze", f"{html_s:.2f} s", ""],
        [f"highlight({len(one_para) / 1e6:.2f} MB in {len(one_analysis.document.paragraphs)} paragraphs) as HTML",
         f"{one_para_s:.2f} s", ""],
    ]
    print(table("Speed of course.analyze", ["measure", "value", "target"], rows))
    print()

    small = stage_times(seed, runs=100)
    large = stage_times(big)
    names = ["document (build_document)", "hedging lens", "attribution lens", "escalation lens"]
    rows = [[n, f"{a * 1000:.2f} ms", f"{b:.2f} s"] for n, a, b in zip(names, small, large)]
    rows.append(["total", f"{sum(small) * 1000:.2f} ms", f"{sum(large):.2f} s"])
    print(table(
        "Time per stage (seed: median of 100; 1 MB: one run)",
        ["stage", "seed article", f"{len(big) / 1e6:.2f} MB"], rows,
    ))
    print()

    print(table(
        "Run-on texts (one clause repeated, no full stop): time at 150 KB and 300 KB, and the ratio",
        ["clause", "150 KB", "300 KB", "ratio (2.0 = linear)"], run_on_scaling(),
    ))
    print()

    phrases = lexicon_phrases()
    ours = ours_lexicon_stage(big, phrases)
    peer = spacy_lexicon_stage(big, phrases)
    rows = [["course: RegexpTokenizer + PhraseMatcher", f"{ours[0]:.2f} s", ours[1], "1.00"]]
    if peer is None:
        rows.append(["spaCy blank('en') + PhraseMatcher", "not installed (pip install -e '.[bench]')", "", ""])
    else:
        rows.append(["spaCy blank('en') + PhraseMatcher", f"{peer[0]:.2f} s", peer[1], f"{peer[0] / ours[0]:.2f}"])
    print(table(
        f"Lexicon stage on {len(big) / 1e6:.2f} MB, {len(phrases)} phrases (ratio = spaCy time / ours)",
        ["matcher", "time", "matches", "ratio"], rows,
    ))


if __name__ == "__main__":
    main()
