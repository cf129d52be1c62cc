"""Quality of the three lenses, printed as tables (not a test: these are measurements).

1. Against the kit's own gold annotation (the seed article and the constructed
   practice texts in ``datasets/articles/*/gold.json``): precision, recall and F1 per
   lens, in overlap and exact matching, per text and pooled over the practice texts.
2. Against public reference data when ``../shared/reference`` (or ``$REFERENCE_DIR``)
   exists: Szeged Wikipedia uncertainty, PolNeAR dev attribution, PLOVER direction.
   Each reference benchmark is its own script (``ref_szeged.py``, ``ref_polnear.py``,
   ``ref_plover.py``) and skips politely when its data is absent.

Run: ``.venv/bin/python benchmarks/quality.py`` (add ``--gold-only`` to skip 2.)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

LENS_ROWS = (
    "hedge",
    "booster",
    "attribution cue",
    "attribution source",
    "attribution content",
    "unattributed",
    "escalation",
    "deescalation",
)


def fmt_table(title: str, header: list[str], rows: list[list[object]]) -> str:
    cells = [header] + [[str(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    line = lambda r: "  ".join(c.ljust(w) for c, w in zip(r, widths))  # noqa: E731
    return "\n".join([title, line(header), line(["-" * w for w in widths]), *(line(r) for r in cells[1:])])


def _prf(acc: dict[str, int]) -> str:
    p = acc["tp"] / (acc["tp"] + acc["fp"]) if acc["tp"] + acc["fp"] else 1.0
    r = acc["tp"] / (acc["tp"] + acc["fn"]) if acc["tp"] + acc["fn"] else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"{p:.2f}/{r:.2f}/{f:.2f}"


def gold_tables() -> dict[str, dict[str, float]]:
    """Evaluate every text with gold; print one table per matching mode; return the F1 scores.

    Two pooled columns: the constructed texts the analyzers were developed on
    (``split: development``) and the held-out texts kept aside to measure them on
    unseen text (``split: held-out``).
    """
    import course
    from course.evaluation import evaluate

    names = [n for n in course.list_articles() if course.load_article(n).gold is not None]
    held_out = set(course.list_articles(split="held-out"))
    scores: dict[str, dict[str, float]] = {}
    pooled: dict[str, dict[str, dict[str, int]]] = {"dev": {}, "held-out": {}}
    for name in names:
        article = course.load_article(name)
        ev = evaluate(article.analyze(), name)
        scores[name] = {}
        group = "held-out" if name in held_out else ("dev" if article.meta.get("kind") == "constructed" else None)
        for row in ev.rows:
            key = f"{row.lens}|{row.mode}"
            scores[name][key] = row.f1
            if group:
                acc = pooled[group].setdefault(key, {"tp": 0, "fp": 0, "fn": 0})
                acc["tp"] += row.tp
                acc["fp"] += row.fp
                acc["fn"] += row.fn
    short = {n: ("seed" if n == "lavrov-asymmetric-steps-2021" else n.split("-", 1)[1]) for n in names}
    empty = {"tp": 0, "fp": 0, "fn": 0}
    for mode in ("overlap", "exact"):
        rows = []
        for lens in LENS_ROWS:
            key = f"{lens}|{mode}"
            rows.append([
                lens,
                *(f"{scores[n].get(key, float('nan')):.2f}" for n in names),
                _prf(pooled["dev"].get(key, empty)),
                _prf(pooled["held-out"].get(key, empty)) if held_out else "-",
            ])
        print(fmt_table(
            f"F1 against the kit's gold, {mode} matching; pooled columns give P/R/F1",
            ["lens", *(short[n] for n in names), "practice (dev) pooled", "held-out pooled"], rows,
        ))
        print()
    return scores


MODIFIERS = ("attributed", "quoted", "conditional", "hedged", "negated")


def modifier_table() -> dict[str, dict[str, dict[str, int]]]:
    """Agreement on the gold's modifiers (``datasets/ANNOTATION.md`` §3), on the marks whose
    span and category the analyzer found exactly; print P/R/F1 per modifier, development and
    held-out texts apart. Returns the counts."""
    import course

    held_out = set(course.list_articles(split="held-out"))
    counts: dict[str, dict[str, dict[str, int]]] = {g: {m: {"tp": 0, "fp": 0, "fn": 0} for m in MODIFIERS}
                                                    for g in ("dev", "held-out")}
    matched = {"dev": 0, "held-out": 0}
    for name in course.list_articles():
        article = course.load_article(name)
        if article.gold is None:
            continue
        group = "held-out" if name in held_out else "dev"
        gold = {(a.start, a.end, a.category): set(a.modifiers) for a in article.gold.annotations}
        for a in article.analyze().annotations:
            want = gold.get((a.start, a.end, a.category))
            if want is None:
                continue
            matched[group] += 1
            for m in MODIFIERS:
                got, wanted = m in a.modifiers, m in want
                if got or wanted:
                    counts[group][m]["tp" if got and wanted else "fp" if got else "fn"] += 1
    rows = [[m, *(_prf(counts[g][m]) for g in ("dev", "held-out")),
             *(counts[g][m]["tp"] + counts[g][m]["fn"] for g in ("dev", "held-out"))] for m in MODIFIERS]
    print(fmt_table(
        f"Modifiers on exactly matched marks (dev {matched['dev']}, held-out {matched['held-out']} marks); P/R/F1",
        ["modifier", "dev", "held-out", "gold dev", "gold held-out"], rows))
    print("  attributed and quoted are mechanical (inside a content span / quotation marks); a claim credited to"
          " a source named only by role gets a note, not 'hedged' (ANNOTATION.md §3).")
    print()
    return counts


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    gold_tables()
    modifier_table()
    if "--gold-only" in argv:
        return 0
    import ref_plover
    import ref_polnear
    import ref_szeged

    for mod in (ref_szeged, ref_polnear, ref_plover):
        print(f"--- {mod.__name__} " + "-" * 50)
        mod.main()
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
