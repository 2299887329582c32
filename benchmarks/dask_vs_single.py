"""Wall time of a Dask run (local cluster of worker processes) against one process on the same articles.

    .venv/bin/python benchmarks/dask_vs_single.py [--limit 500] [--repeats 3] [--workers 2]

Every repeat uses fresh processes (a child interpreter for the single-process run, a new local
cluster for Dask), warmed on other articles, so no measured text is ever seen twice and caches do
not flatter either side. Cluster start-up and the warm-up (model load on each worker) are printed
apart. The outputs of both engines are compared record for record.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = ROOT.parent / "shared" / "news" / "raw.jsonl"


def load_items(path: str, limit: int, warm: int = 50):
    from pipeline.io import read_items
    items = list(read_items(path))
    measured = items[:limit]
    rest = items[limit:]
    return measured, (rest[-warm:] if rest else items[:warm])


def digest(records: list[dict]) -> str:
    return hashlib.sha256("\n".join(json.dumps(r, sort_keys=True) for r in records).encode("utf-8", "surrogatepass")).hexdigest()


def code_fingerprint() -> str:
    """Hash of the package sources and the model files: other people edit and retrain while we measure."""
    h = hashlib.sha256()
    for path in sorted([*(ROOT / "pipeline").rglob("*"), *(ROOT / "models").rglob("*")]):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def run_once(args, engine: str) -> dict:
    """One warmed, measured pass in this process (engine 'local') or on a new local cluster ('dask')."""
    warnings.simplefilter("ignore")
    before = code_fingerprint()
    from pipeline import engines, parallel
    items, warm = load_items(args.input, args.limit)
    kw: dict = {"model": args.model, "partition_size": args.partition_size}
    startup = warmup = 0.0
    cluster = client = None
    if engine == "dask":
        from distributed import Client, LocalCluster
        t = time.perf_counter()
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
        startup = time.perf_counter() - t
        kw.update(engine="dask", scheduler=cluster.scheduler_address)
    t = time.perf_counter()
    for _ in parallel.run(iter(warm), **kw):
        pass
    warmup = time.perf_counter() - t
    t = time.perf_counter()
    out = [o.record for o in parallel.run(iter(items), **kw)]
    seconds = time.perf_counter() - t
    if client is not None:
        client.close()
        cluster.close()
    words = sum(len(i.record["text"].split()) for i in items if not i.error)
    return {"seconds": seconds, "startup": startup, "warmup": warmup, "words": words, "docs": len(items),
            "digest": digest(out), "code": before if before == code_fingerprint() else "changed"}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", default=str(DEFAULT_INPUT))
    ap.add_argument("--limit", type=int, default=500)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partition-size", type=int, default=25)
    ap.add_argument("--model", default=None)
    ap.add_argument("--child", choices=("local", "dask"), default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(run_once(args, args.child)))
        return 0
    if not Path(args.input).exists():
        print(f"{args.input} is absent (publishers' texts live in ../shared): nothing to measure", file=sys.stderr)
        return 1
    load_before = os.getloadavg()[0]
    runs: dict[str, list[dict]] = {"local": [], "dask": []}
    for _ in range(args.repeats):  # interleaved, so that other jobs' load hits both alike
        for engine in runs:
            p = subprocess.run([sys.executable, __file__, *sys.argv[1:], "--child", engine],
                               capture_output=True, text=True, cwd=ROOT)
            if p.returncode:
                print(p.stderr, file=sys.stderr)
                return 1
            runs[engine].append(json.loads(p.stdout.strip().splitlines()[-1]))
    first = runs["local"][0]
    s = statistics.median(r["seconds"] for r in runs["local"])
    d = statistics.median(r["seconds"] for r in runs["dask"])
    # compared within each repeat (run back to back): across repeats the project's model or code
    # may have changed on disk in the meantime
    pairs = [(a, b) for a, b in zip(runs["local"], runs["dask"]) if a["code"] == b["code"] != "changed"]
    same = [a["digest"] == b["digest"] for a, b in pairs]
    identical = all(same)
    print(f"# {first['docs']} articles, {first['words']} words, {os.cpu_count()} cores, load average before "
          f"{load_before:.2f} (other jobs share the cores), median of {args.repeats}, partitions of {args.partition_size}")
    print(f"single process      {s:7.2f} s  {first['words'] / s:8.0f} words/s")
    print(f"dask {args.workers} workers      {d:7.2f} s  {first['words'] / d:8.0f} words/s  (speed-up {s / d:.2f})")
    print(f"dask cluster start-up {statistics.median(r['startup'] for r in runs['dask']):.2f} s, "
          f"warm-up incl. model load on workers {statistics.median(r['warmup'] for r in runs['dask']):.2f} s")
    print(f"outputs identical:  {identical} ({sum(same)} of {len(same)} repeats; "
          f"{args.repeats - len(pairs)} left out: code or model changed on disk during the repeat)")
    return 0 if identical else 1


if __name__ == "__main__":
    raise SystemExit(main())
