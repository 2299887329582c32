"""Measure az_gazetteer's cue rules on top of the trained pipeline (strict F1, five name labels).

    python benchmarks/cue_rules.py [--model PATH] [--corpus ../shared/corpus/dev.jsonl] [--changes]

Variants, each on the same loaded model (only az_gazetteer's config changes):
- none: no cue rules (all three switched off): the pipeline before issue 4's cue rules
- quoted_orgs: “X” + an organisation's name → one ORG with the quotes inside
- cues: a name before a generic place word ("rayonunda", "vilayətlərində") → REGION
- split_places: an ORG that opens with a place name in the genitive ("Özbəkistanın Milli … Agentliyi")
  or a spatial case ("Bakıda …") → the
  place + the ORG
- all: the default configuration
--changes prints, per rule, how many spans it made right and wrong against the gold (counts only):
use it on train.jsonl, where the rules were developed; dev is for the table.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import read_scored, score  # noqa: E402
from pipeline.labels import NAME_LABELS  # noqa: E402

DEV = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
RULES = ("quoted_orgs", "cues", "split_places", "quoted_kinds", "surnames", "repeated")
VARIANTS = {"none": {rule: False for rule in RULES}}
VARIANTS.update({rule: {r: r == rule for r in RULES} for rule in RULES})
VARIANTS["all"] = {rule: True for rule in RULES}


def annotate(nlp, records: list[dict], config: dict) -> list[dict]:
    from pipeline.engines import annotate_records
    nlp.replace_pipe("az_gazetteer", "az_gazetteer", config=config)
    return list(annotate_records(records, nlp))


def spans(rec: dict) -> set[tuple[int, int, str]]:
    return {(e["start"], e["end"], e["label"]) for e in rec.get("entities", []) if e["label"] in NAME_LABELS}


def changes(gold: list[dict], base: list[dict], new: list[dict]) -> tuple[int, int, int, int]:
    """(spans added that are gold, added not gold, removed that were gold, removed not gold)."""
    good_add = bad_add = good_rm = bad_rm = 0
    for g, b, n in zip(gold, base, new):
        gs, bs, ns = spans(g), spans(b), spans(n)
        good_add += len((ns - bs) & gs)
        bad_add += len((ns - bs) - gs)
        good_rm += len((bs - ns) - gs)
        bad_rm += len((bs - ns) & gs)
    return good_add, bad_add, good_rm, bad_rm


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", help="trained pipeline directory (default: pipeline.load())")
    ap.add_argument("--corpus", type=Path, default=DEV)
    ap.add_argument("--changes", action="store_true", help="count each rule's right and wrong changes")
    args = ap.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"{args.corpus} is absent: nothing to measure")
    import pipeline
    nlp = pipeline.load(args.model)
    if "ner" not in nlp.pipe_names:
        raise SystemExit("no trained ner: the cue rules are measured on top of the model")
    gold = read_scored(args.corpus)
    outputs = {name: annotate(nlp, gold, config) for name, config in VARIANTS.items()}

    labels = NAME_LABELS + ("micro_names",)
    print(f"{args.corpus.name}: strict F1 ({len(gold)} documents)")
    print(f"{'variant':12}" + "".join(f"{label:>12}" for label in labels))
    for name, out in outputs.items():
        pairs = list(zip(gold, out))  # annotate() keeps gold's order
        strict = score(pairs)["strict"]
        print(f"{name:12}" + "".join(f"{strict[label]['f1']:12.4f}" for label in labels))
    if args.changes:
        print("\nchanges against 'none': +right +wrong -wrong(removed non-gold) -right(removed gold)")
        for name in RULES:
            ga, ba, gr, br = changes(gold, outputs["none"], outputs[name])
            print(f"{name:12} +{ga} right, +{ba} wrong, -{gr} wrong, -{br} right")


if __name__ == "__main__":
    main()
