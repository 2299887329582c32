"""Where the time goes: seconds per pipeline stage over the same articles, one process.

    .venv/bin/python benchmarks/components.py [--limit 500] [--repeats 3]

Stages run one after another over the whole batch (tokenizer, each component in order, then
`to_record` and `json.dumps` of the records), after a warm-up on other articles; figures are
medians over the repeats, with each stage's share of the total and its own words/s.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_INPUT = ROOT.parent / "shared" / "news" / "raw.jsonl"


def stages(nlp, texts: list[str]) -> dict[str, float]:
    """Seconds per stage for one pass over `texts`."""
    from pipeline import to_record
    out: dict[str, float] = {}
    t = time.perf_counter()
    docs = [nlp.make_doc(x) for x in texts]
    out["tokenizer"] = time.perf_counter() - t
    for name, proc in nlp.pipeline:
        t = time.perf_counter()
        docs = list(proc.pipe(docs, batch_size=64)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        out[name] = time.perf_counter() - t
    t = time.perf_counter()
    recs = [to_record(d) for d in docs]
    out["to_record"] = time.perf_counter() - t
    t = time.perf_counter()
    for r in recs:
        json.dumps(r, ensure_ascii=False)
    out["json"] = time.perf_counter() - t
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", default=str(DEFAULT_INPUT))
    ap.add_argument("--limit", type=int, default=500)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    if not Path(args.input).exists():
        print(f"{args.input} is absent (publishers' texts live in ../shared): nothing to measure", file=sys.stderr)
        return 1
    import pipeline
    with open(args.input, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    measured, warm = texts[:args.limit], texts[-50:]
    words = sum(len(x.split()) for x in measured)
    from pipeline.blas import one_blas_thread
    one_blas_thread()  # as the engines do: one core per process
    nlp = pipeline.load(args.model)
    stages(nlp, warm)
    runs = [stages(nlp, measured) for _ in range(args.repeats)]
    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    total = sum(med.values())
    print(f"# {len(measured)} articles, {words} words, median of {args.repeats} passes")
    print(f"{'stage':<14}{'seconds':>9}{'share':>8}{'words/s':>11}")
    for k, v in med.items():
        print(f"{k:<14}{v:>9.3f}{v / total:>8.1%}{words / v:>11.0f}")
    print(f"{'total':<14}{total:>9.3f}{1:>8.0%}{words / total:>11.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
