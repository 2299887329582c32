"""The leaders link and title detection, measured without dev:

    .venv/bin/python benchmarks/leaders.py [--gold ../shared/corpus/train.jsonl] [--annotated OUT.jsonl ...]

- gold: the link alone (az_link's leaders, `pipeline.formats.fill.Filler`) on the gold TITLE and PERSON
  spans, scored as `evaluate` scores (person, title) pairs against the pairs derived from the same gold;
  what is left are norm and name differences, not title detection;
- annotated: in the pipeline's output on any text, the class-2 count of issue 11: a PERSON right after
  a word whose base form is a title word of the gold (titles.tsv: "naziri", "Prezident", "müavini") and
  no TITLE there (a title missed or left to an ORG), with the leaders and how many carry a country or an
  organisation. An upper bound: "dövlətimizin başçısı X", "Mehriban xanım X" are counted and are right.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.io import read_jsonl  # noqa: E402
from pipeline.lang.morphology import base_forms  # noqa: E402
from pipeline.names.words import title_words  # noqa: E402
from pipeline.scoring.leaders import entity_pairs, predicted_pairs  # noqa: E402

LAST_WORD = re.compile(r"([\w-]+)\s+$")
KEYS = ("persons after a title word", "  of them with no TITLE there", "leaders", "  with a country",
        "  with an organisation")


def gold_link(path: Path) -> str:
    from pipeline.formats.fill import Filler
    fill = Filler()
    tp = npred = ngold = 0
    for rec in read_jsonl(path):
        pred = fill({k: v for k, v in rec.items() if k != "leaders"})
        gold, found = entity_pairs(rec), predicted_pairs(pred)
        tp, npred, ngold = tp + len(gold & found), npred + len(found), ngold + len(gold)
    p, r = tp / max(npred, 1), tp / max(ngold, 1)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"link on gold spans of {path.name}: P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({tp} of {ngold} gold pairs, {npred} predicted)"


def missed_titles(records: list[dict]) -> Counter:
    """Counter: persons after a title word (untitled: no TITLE there, by case of that word), leaders."""
    words = title_words()
    out: Counter = Counter()
    for rec in records:
        ents = sorted(rec.get("entities") or [], key=lambda e: e["start"])
        text = rec.get("text") or ""
        for i, e in enumerate(ents):
            if e["label"] != "PERSON":
                continue
            m = LAST_WORD.search(text[max(0, e["start"] - 60):e["start"]])
            if not m or not base_forms(m.group(1)) & words:
                continue
            out["persons after a title word"] += 1
            prev = ents[i - 1] if i else None
            if not (prev and prev["label"] == "TITLE" and e["start"] - prev["end"] <= len(m.group(0))):
                out["  of them with no TITLE there"] += 1
        for lead in rec.get("leaders") or []:
            out["leaders"] += 1
            out["  with a country"] += bool(lead.get("country"))
            out["  with an organisation"] += bool(lead.get("org"))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "corpus" / "train.jsonl")
    ap.add_argument("--annotated", type=Path, nargs="*", default=[], help="the pipeline's output (annotate)")
    args = ap.parse_args()
    for path in [args.gold, *args.annotated]:
        if not path.exists():
            print(f"error: {path}: no such file", file=sys.stderr)
            return 2
    print(gold_link(args.gold))
    for path in args.annotated:
        counts = missed_titles(read_jsonl(path))
        print(f"{path}: " + ", ".join(f"{k.strip()} {counts[k]}" for k in KEYS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
