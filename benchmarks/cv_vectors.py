"""Static vectors for cross-validation, learnt on unannotated news only (issue 11, lever "vectors").

    python benchmarks/cv_vectors.py -o training/cv-vectors/raw ../shared/news/raw.jsonl
    python benchmarks/cv_vectors.py -o training/cv-vectors/raw_egov ../shared/news/raw.jsonl ../shared/news/egov.jsonl
    python -m pipeline crossval --max-epochs 2 --vectors training/cv-vectors/raw_egov -o training/cv-raw-egov

The shipped vectors (`make train`) are learnt on the raw news + the training texts, so in
cross-validation the held-out fold's train texts were among them. These are learnt with
`train.build_vectors` (same settings) on the given unannotated files only, leaving out every article
that shares a 10-word sequence with a gold article (train + dev: `train.silver_records`' rule, as the
folds group near-copies), so one vector table serves every fold and no held-out text, nor a near-copy of it, is
in it. Prints how many articles each file gave, how many were left out, rows and seconds.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import train as T  # noqa: E402
from pipeline.io import read_jsonl  # noqa: E402


def unseen_texts(sources: list[Path], gold: list[Path], n: int = 10) -> tuple[list[str], dict]:
    """The distinct texts of `sources` that share no n-word sequence with a `gold` text, and per
    source (articles, kept)."""
    gold_recs = [rec for path in gold for rec in T.read_training(path)]
    texts: set[str] = set()
    counts = {}
    for path in sources:
        recs = [r for r in read_jsonl(path) if isinstance(r.get("text"), str) and r["text"].strip()]
        # the silver filter with gold as its "dev" and no train: no n-word sequence shared with gold
        kept = [r["text"] for r in T.silver_records(recs, gold_recs, [], n)]
        counts[path.name] = (len(recs), len(kept))
        texts.update(kept)
    return sorted(texts), counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sources", nargs="+", type=Path, help="unannotated JSONL files (a `text` field)")
    ap.add_argument("-o", "--output", required=True, type=Path, help="spaCy directory for the vectors")
    ap.add_argument("--gold", nargs="+", type=Path, default=[T.TRAIN_JSONL, T.DEV_JSONL],
                    help="annotated files whose near-copies are left out (default: train and dev)")
    args = ap.parse_args()
    for p in (*args.sources, *args.gold):
        if not p.exists():
            print(f"error: {p} not found", file=sys.stderr)
            return 2
    import pipeline
    texts, counts = unseen_texts(args.sources, args.gold)
    for name, (n, kept) in counts.items():
        print(f"{name}: {n} articles, {kept} share no 10-word sequence with a gold article")
    words = sum(len(t.split()) for t in texts)
    t0 = time.process_time()
    rows = T.build_vectors(pipeline.blank(), texts, args.output)
    print(f"{len(texts)} distinct texts, ~{words} words: {rows} rows in {time.process_time() - t0:.0f} s CPU "
          f"-> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
