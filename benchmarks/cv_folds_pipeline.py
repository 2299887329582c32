"""The whole pipeline scored with fold ners trained elsewhere by `python -m pipeline crossval` (kept with
--keep-models): each fold's ner inside the rule components of the code at --code, on that fold's held-out
documents (the same kfold split, seed 0, k 5, train + dev), strict F1 per name label and the mean.

    python benchmarks/cv_folds_pipeline.py --cv /work/coord/cv2/kfold fold0 fold1 [--code DIR]

--code DIR scores another checkout's rules with the same ners (e.g. main, for a before/after of a rule
change); a fold whose training has not ended is reported as not ready. --write DIR writes each fold's
held-out predictions as DIR/FOLD.jsonl (id, gold and predicted entities, no text: the texts stay in
../shared), for benchmarks/cv_errors.py; keep DIR outside the repository.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
LABELS = ("PERSON", "TITLE", "COUNTRY", "REGION", "ORG", "micro")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folds", nargs="+", help="fold names: fold0 fold1 ...")
    ap.add_argument("--cv", type=Path, required=True, help="the crossval output folder holding FOLD.work/ner")
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose pipeline code is scored")
    ap.add_argument("--write", type=Path, metavar="DIR",
                    help="also write each fold's held-out gold and predicted entities to DIR/FOLD.jsonl")
    args = ap.parse_args()
    sys.path.insert(0, str(args.code))
    from pipeline import train as T
    from pipeline.crossval import splits
    records = [r for p in (SHARED / "train.jsonl", SHARED / "dev.jsonl") for r in T.read_training(p)]
    tests = splits(records, "kfold", 5, 0)
    rows = {}
    for name in args.folds:
        work = args.cv / f"{name}.work"
        if name not in tests or not (work / "trained.json").exists():
            print(f"{name} not ready")
            continue
        test = [records[k] for k in tests[name]]
        nlp = T.assemble(T.model_only(work / "ner" / "model-last"))
        docs = list(nlp.pipe(r["text"] for r in test))
        rows[name] = T.strict_scores(test, docs)
        if args.write:
            _write(args.write / f"{name}.jsonl", test, docs)
        print(f"{name:6} {len(test):4} docs " + " ".join(f"{lab} {rows[name][lab]['f']:.4f}" for lab in LABELS), flush=True)
    if rows:
        print("mean   " + " ".join(f"{lab} {statistics.mean(r[lab]['f'] for r in rows.values()):.4f}" for lab in LABELS))


def _write(path: Path, records: list[dict], docs: list) -> None:
    """Gold and predicted entities (offsets, label) per held-out document, without the text."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for r, doc in zip(records, docs, strict=True):
            pred = [{"start": e.start_char, "end": e.end_char, "label": e.label_} for e in doc.ents]
            gold = [{"start": e["start"], "end": e["end"], "label": e["label"]} for e in r["entities"]]
            f.write(json.dumps({"id": r.get("id"), "gold": gold, "pred": pred}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
