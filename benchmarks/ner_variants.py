"""Train NER variants from config.cfg with overrides and score each on dev (strict, five labels).

    python benchmarks/ner_variants.py                 # every variant
    python benchmarks/ner_variants.py base wide       # some of them
    python benchmarks/ner_variants.py --list

Each run trains on the gold alone (no [teacher] silver; `training/train/gold.spacy`, written by
`python -m pipeline train`) in `training/variants/<name>/` (git-ignored), dev only picks the best checkpoint,
and the result (micro and per-label strict F1 of the model alone, training seconds, model size)
is appended to `training/variants.jsonl` and printed as a table. Needs ../shared/corpus.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import train as T
from pipeline.labels import NAME_LABELS  # noqa: E402

EMB = "components.ner.model.tok2vec.embed"
ENC = "components.ner.model.tok2vec.encode"
VECTORS = str(T.WORK / "vectors")
# name -> config overrides; every variant differs from "base" (config.cfg as committed) in one idea.
VARIANTS: dict[str, dict] = {
    "base": {},
    "no_shape": {f"{EMB}.attrs": ["NORM", "PREFIX", "SUFFIX"], f"{EMB}.rows": [5000, 1000, 2500]},
    "more_rows": {f"{EMB}.rows": [20000, 2000, 10000, 2000]},
    "wide128": {f"{ENC}.width": 128},
    "deep6": {f"{ENC}.depth": 6},
    "window2": {f"{ENC}.window_size": 2},
    "dropout02": {"training.dropout": 0.2},
    "hidden128": {"components.ner.model.hidden_width": 128},
    "vectors": {"paths.vectors": VECTORS, f"{EMB}.include_static_vectors": True},
}


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def run(name: str, overrides: dict, base_overrides: dict) -> dict:
    import spacy
    import pipeline  # noqa: F401

    work = T.WORK / "variants" / name.replace("+", "_")
    t0 = time.time()
    best = T.train_ner(ROOT / "config.cfg", work, T.WORK / "train" / "gold.spacy", T.WORK / "dev.spacy",
                       overrides={**base_overrides, **overrides})
    seconds = round(time.time() - t0, 1)
    nlp = spacy.load(best)
    scores = T.evaluate(nlp, T.read_training(T.DEV_JSONL))
    return {"variant": name, "overrides": overrides, "train_seconds": seconds,
            "size_mb": round(dir_size(best) / 1e6, 1),
            "micro_f": scores["micro"]["f"], **{lab: scores[lab]["f"] for lab in NAME_LABELS}}


def table(rows: list[dict]) -> str:
    head = ["variant", "micro_f", *NAME_LABELS, "train_seconds", "size_mb"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        lines.append("| " + " | ".join(str(r[h]) for h in head) + " |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("variants", nargs="*", help="names from --list (default: all)")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--set", action="append", default=[], metavar="KEY=JSON",
                    help="extra override for every run, e.g. training.max_epochs=10")
    ap.add_argument("--with-vectors", action="store_true",
                    help="apply the 'vectors' overrides under every variant (names get a '+vectors' tag)")
    ap.add_argument("--show", action="store_true", help="print the table of training/variants.jsonl")
    args = ap.parse_args()
    log = T.WORK / "variants.jsonl"
    if args.list:
        print("\n".join(f"{k}: {v}" for k, v in VARIANTS.items()))
        return 0
    if args.show:
        print(table([json.loads(l) for l in open(log, encoding="utf-8")]))
        return 0
    if not T.DEV_JSONL.exists():
        print(f"error: {T.DEV_JSONL} not found (../shared is not next to the repository)")
        return 2
    base = {k: json.loads(v) for k, v in (s.split("=", 1) for s in args.set)}
    tag = ""
    if args.with_vectors:
        base, tag = {**VARIANTS["vectors"], **base}, "+vectors"
    if not (T.WORK / "train" / "gold.spacy").exists():
        import pipeline
        tok = pipeline.blank()
        T.convert(tok, T.read_training(T.TRAIN_JSONL), T.WORK / "train" / "gold.spacy")
        T.convert(tok, T.read_training(T.DEV_JSONL), T.WORK / "dev.spacy")
    rows = []
    for name in args.variants or VARIANTS:
        row = run(name + tag, VARIANTS[name], base)
        rows.append(row)
        with open(log, "a", encoding="utf-8") as f:
            f.write(json.dumps(row) + "\n")
        print(table(rows), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
