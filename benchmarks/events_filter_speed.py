"""What the learned filter costs: seconds of az_events's rules alone and of the rules with the learned
filter over the same raw articles (the entities made once by the pipeline), alternating runs, medians.

    .venv/bin/python benchmarks/events_filter_speed.py [--limit 300] [--repeats 5]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pipeline  # noqa: E402
from pipeline.events import learned  # noqa: E402
from pipeline.events.component import Options, doc_events  # noqa: E402
from pipeline.io import json_lines  # noqa: E402

RAW = ROOT.parent / "shared" / "news" / "raw.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=300, help="raw articles to time over")
    ap.add_argument("--repeats", type=int, default=5, help="alternating runs of each setting")
    args = ap.parse_args()
    if not RAW.exists():
        print(f"absent: {RAW}", file=sys.stderr)
        return 2
    texts = [rec["text"] for _, rec, problem in json_lines(RAW) if problem is None][:args.limit]
    nlp = pipeline.load()
    with nlp.select_pipes(disable=["az_events"]):
        docs = list(nlp.pipe(texts))
    model, opts = learned.shipped(), Options()
    times: dict[str, list[float]] = {"rules": [], "rules + filter": []}
    kept = found = 0
    for _ in range(args.repeats):
        t0 = time.perf_counter()
        for doc in docs:
            doc_events(doc, opts)
        times["rules"].append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        kept = found = 0
        for doc in docs:
            events = doc_events(doc, opts)
            found += len(events)
            kept += len(learned.keep(doc, events, model) if events else [])
        times["rules + filter"].append(time.perf_counter() - t0)
    medians = {k: statistics.median(v) for k, v in times.items()}
    for k, v in medians.items():
        print(f"{k}: median {v:.3f} s over {len(docs)} articles ({args.repeats} runs)")
    print(f"ratio {medians['rules + filter'] / medians['rules']:.2f}; events kept {kept} of {found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
