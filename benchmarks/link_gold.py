"""Linking alone, on gold mentions: dev's entities with their gold `ref` removed go through
pipeline.Linker, and the refs it gives are scored against the gold ones (B-cubed and pairwise, overall,
PERSON, ORG), beside the baseline "ref = norm" and, for the linker, without the default country.

    .venv/bin/python benchmarks/link_gold.py [--gold ../shared/corpus/dev.jsonl]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.identity import Linker
from pipeline.identity.scoring import ref_scores
from pipeline.io import read_jsonl

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev.jsonl")
    args = ap.parse_args()
    if not args.gold.exists():
        print(f"error: {args.gold}: no such file", file=sys.stderr)
        return 2
    gold = read_jsonl(args.gold)
    bare = [{**g, "entities": [{k: v for k, v in e.items() if k != "ref"} for e in g["entities"]]} for g in gold]
    runs = {
        "ref = norm (baseline)": [{**r, "entities": [{**e, "ref": e.get("norm")} for e in r["entities"]]}
                                  for r in bare],
        "Linker()": [linker.link(r) for linker in [Linker()] for r in bare],
        "Linker(default_country=None)": [linker.link(r) for linker in [Linker(None)] for r in bare],
    }
    print(f"{len(gold)} documents; B-cubed F1 (P/R) and pairwise F1 over gold mentions with a ref")
    print(f"{'':<30}{'overall':>22}{'PERSON':>22}{'ORG':>22}{'pairwise':>10}")
    for name, pred in runs.items():
        s = ref_scores(list(zip(gold, pred)))
        cells = "".join(f"{b['f1']:>8.3f} ({b['precision']:.3f}/{b['recall']:.3f})"
                        for b in (s["bcubed"][k] for k in ("overall", "PERSON", "ORG")))
        print(f"{name:<30}{cells}{s['pairwise']['overall']['f1']:>10.3f}")
    print(f"mentions: {s['bcubed']['overall']['mentions']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
