"""Escalation lens against the PLOVER gold-standard records (direction of each event).

The PLOVER gold-standard file (Open Event Data Alliance; 322 example sentences from the
CAMEO manual, each labelled with one event type) is read from
``<reference>/plover/PLOVER_GSR_CAMEO.txt``. It is not part of the kit: the reference
folder is ``$REFERENCE_DIR``, by default ``<repo>/../shared/reference``; when it is
absent the benchmark says so and exits cleanly.

Each gold event is mapped to a **direction** by the Goldstein (1992) sign of the CAMEO
root the (older) PLOVER label stands for:

- conflict: DEMAND (10), DISAPPROVE (11), REJECT (12), THREATEN (13), PROTEST (14),
  MOBILIZE (15), SANCTION (16), COERCE (17), ASSAULT (18), FIGHT (19), and INVESTIGATE
  (09, weight -2.0);
- cooperation: AGREE (03), CONSULT (04), SUPPORT (05), COOPERATE (06), AID (07),
  CONCEDE and RETREAT (08).

The DOCUMENT record is skipped. Our prediction for a sentence is the sign of the summed
``intensity`` of the escalation and de-escalation annotations ``course.analyze`` finds
in it; no annotation (or a sum of exactly 0) is an abstention. Reported:
coverage (share of sentences answered), accuracy on answered sentences, and accuracy
counting abstentions as wrong, overall and per PLOVER label.

Run: ``.venv/bin/python benchmarks/ref_plover.py``
"""

from __future__ import annotations

import json
import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: Older PLOVER label -> (CAMEO root, Goldstein weight of the root).
PLOVER_ROOTS: dict[str, tuple[str, float]] = {
    "AGREE": ("03", 4.0), "CONSULT": ("04", 1.0), "SUPPORT": ("05", 3.5), "COOPERATE": ("06", 6.0),
    "AID": ("07", 7.0), "CONCEDE": ("08", 5.0), "RETREAT": ("08", 5.0), "INVESTIGATE": ("09", -2.0),
    "DEMAND": ("10", -5.0), "DISAPPROVE": ("11", -2.0), "REJECT": ("12", -4.0), "THREATEN": ("13", -6.0),
    "PROTEST": ("14", -6.5), "MOBILIZE": ("15", -7.2), "SANCTION": ("16", -4.0), "COERCE": ("17", -7.0),
    "ASSAULT": ("18", -9.0), "FIGHT": ("19", -10.0),
}
#: The target, on accuracy over answered sentences.
TARGET = 0.85


def reference_dir() -> Path:
    env = os.environ.get("REFERENCE_DIR")
    return Path(env) if env else ROOT.parent / "shared" / "reference"


def direction(label: str) -> str | None:
    """'conflict' or 'cooperation' for a PLOVER label, None for labels we do not score.

    >>> direction("INVESTIGATE"), direction("RETREAT"), direction("DOCUMENT")
    ('conflict', 'cooperation', None)
    """
    root = PLOVER_ROOTS.get(label)
    if root is None:
        return None
    return "conflict" if root[1] < 0 else "cooperation"


def predict(text: str) -> tuple[str | None, float, list]:
    """Our direction for one sentence: the sign of the summed intensities (None = abstain)."""
    from course.analysis import analyze

    anns = [a for a in analyze(text).annotations if a.category in ("escalation", "deescalation")]
    total = sum(a.intensity or 0.0 for a in anns)
    if not anns or total == 0:
        return None, total, anns
    return ("conflict" if total < 0 else "cooperation"), total, anns


def run(reference: Path | str | None = None) -> dict:
    """Score the lens on the PLOVER records.

    Returns:
        ``{"available": False, "reason": ...}`` when the file is missing, otherwise a dict with
        ``n``, ``answered``, ``coverage``, ``accuracy_answered``, ``accuracy_all``, ``per_label``
        (label -> n, answered, correct) and ``errors`` (the wrongly answered sentences' ids).
    """
    ref = Path(reference) if reference is not None else reference_dir()
    path = ref / "plover" / "PLOVER_GSR_CAMEO.txt"
    if not path.is_file():
        return {"available": False, "reason": f"{path} not found (set REFERENCE_DIR)"}
    records = json.loads(path.read_text(encoding="utf-8"))
    per: dict[str, dict[str, int]] = defaultdict(lambda: {"n": 0, "answered": 0, "correct": 0})
    n = answered = correct = 0
    errors, abstained = [], []
    for r in records:
        gold = direction(r.get("event", ""))
        text = r.get("text")
        if gold is None or not text:
            continue
        pred, total, _ = predict(text)
        n += 1
        row = per[r["event"]]
        row["n"] += 1
        if pred is None:
            abstained.append(r["id"])
            continue
        answered += 1
        row["answered"] += 1
        if pred == gold:
            correct += 1
            row["correct"] += 1
        else:
            errors.append((r["id"], round(total, 2)))
    return {
        "available": True,
        "n": n,
        "answered": answered,
        "correct": correct,
        "coverage": answered / n if n else 0.0,
        "accuracy_answered": correct / answered if answered else 0.0,
        "accuracy_all": correct / n if n else 0.0,
        "per_label": dict(sorted(per.items())),
        "errors": errors,
        "abstained": abstained,
    }


def main() -> int:
    res = run()
    if not res["available"]:
        print(f"PLOVER benchmark skipped: {res['reason']}.")
        return 0
    print("Escalation lens vs PLOVER gold-standard records (direction = sign of summed intensity)")
    print(f"sentences scored            {res['n']}")
    print(f"answered (coverage)         {res['answered']} ({res['coverage']:.1%})")
    print(f"accuracy on answered        {res['accuracy_answered']:.3f}   target >= {TARGET} on this basis")
    print(f"accuracy, abstain = wrong   {res['accuracy_all']:.3f}")
    print()
    print(f"{'label':<12} {'dir':<12} {'n':>4} {'answered':>9} {'acc(ans)':>9} {'acc(all)':>9}")
    for label, row in res["per_label"].items():
        acc_a = row["correct"] / row["answered"] if row["answered"] else 0.0
        acc_all = row["correct"] / row["n"] if row["n"] else 0.0
        print(f"{label:<12} {direction(label):<12} {row['n']:>4} {row['answered']:>9} {acc_a:>9.2f} {acc_all:>9.2f}")
    if "-v" in sys.argv:
        print("\nwrong:", res["errors"])
        print("abstained:", res["abstained"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
