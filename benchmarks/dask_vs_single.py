"""Wall time of a Dask run (local cluster, 2 worker processes) against one process on the same articles.

    .venv/bin/python benchmarks/dask_vs_single.py [--limit 500] [--repeats 3] [--workers 2]

The cluster is started once (its start-up time is printed apart); the first Dask run includes the
model load on each worker, so the table shows it apart from the median of the warm runs. The
outputs of both engines are compared record for record.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = ROOT.parent / "shared" / "news" / "raw.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", default=str(DEFAULT_INPUT))
    ap.add_argument("--limit", type=int, default=500)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partition-size", type=int, default=50)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    if not Path(args.input).exists():
        print(f"{args.input} is absent (publishers' texts live in ../shared): nothing to measure", file=sys.stderr)
        return 1
    warnings.simplefilter("ignore")
    from distributed import Client, LocalCluster

    from pipeline import engines
    from pipeline.io import read_items

    items = list(read_items(args.input))[: args.limit]
    words = sum(len(i.record["text"].split()) for i in items if not i.error)

    def timed(**kw) -> tuple[float, list[dict]]:
        t = time.perf_counter()
        out = [o.record for o in engines.run(iter(items), model=args.model, partition_size=args.partition_size, **kw)]
        return time.perf_counter() - t, out

    engines.get_nlp(args.model)
    single_times, single = [], None
    for _ in range(args.repeats):
        seconds, single = timed()
        single_times.append(seconds)

    t = time.perf_counter()
    cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    startup = time.perf_counter() - t
    first, out = timed(engine="dask", scheduler=cluster.scheduler_address)
    identical = out == single
    dask_times = []
    for _ in range(args.repeats):
        seconds, out = timed(engine="dask", scheduler=cluster.scheduler_address)
        dask_times.append(seconds)
        identical = identical and out == single
    client.close()
    cluster.close()

    print(f"# {len(items)} articles, {words} words, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}, "
          f"median of {args.repeats}, partitions of {args.partition_size}")
    s, d = statistics.median(single_times), statistics.median(dask_times)
    print(f"single process      {s:7.2f} s  {words / s:8.0f} words/s")
    print(f"dask {args.workers} workers      {d:7.2f} s  {words / d:8.0f} words/s  (speed-up {s / d:.2f})")
    print(f"dask first run      {first:7.2f} s  (includes the model load on each worker)")
    print(f"cluster start-up    {startup:7.2f} s")
    print(f"outputs identical:  {identical}")
    return 0 if identical else 1


if __name__ == "__main__":
    raise SystemExit(main())
