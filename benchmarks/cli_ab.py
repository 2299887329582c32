"""Wall time of `python -m pipeline annotate` from two code trees on the same input, interleaved
(A B A B ...), to see what a change to the command costs (e.g. issue 14's per-record input hashes
for resume fingerprints and the .part lock).

    nice -n 10 .venv/bin/python benchmarks/cli_ab.py --a /tmp/main14 --b . [--limit 1000] [--repeats 3]

A tree is a directory holding `pipeline/` and `models/`; it is put first on PYTHONPATH. Prints each
tree's median and their ratio, and whether the outputs are identical.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = ROOT.parent / "shared" / "news" / "raw.jsonl"


def run(tree: Path, src: Path, out: Path, n_process: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(tree.resolve()), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("AZ_NEWS_MODEL", None)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "pipeline", "annotate", str(src), "-o", str(out), "-q",
                    "--n-process", str(n_process)], cwd=tree, env=env, check=True)
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--a", required=True, type=Path, help="first code tree (e.g. main, exported)")
    ap.add_argument("--b", required=True, type=Path, help="second code tree (e.g. this worktree)")
    ap.add_argument("--input", type=Path, default=DEFAULT_INPUT)
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--n-process", type=int, default=1)
    args = ap.parse_args()
    if not args.input.exists():
        raise SystemExit(f"{args.input}: absent (give --input)")
    work = Path(tempfile.mkdtemp(prefix="cli_ab"))
    src = work / "in.jsonl"
    with open(args.input, encoding="utf-8") as f, open(src, "w", encoding="utf-8") as g:
        for n, line in enumerate(f):
            if n >= args.limit:
                break
            g.write(line)
    print(f"{args.limit} records of {args.input.name}, n_process {args.n_process}, "
          f"load average {os.getloadavg()[0]:.2f}")
    times: dict[str, list[float]] = {"a": [], "b": []}
    for _ in range(args.repeats):
        for key in ("a", "b"):
            times[key].append(run(getattr(args, key), src, work / f"{key}.jsonl", args.n_process))
    ma, mb = statistics.median(times["a"]), statistics.median(times["b"])
    for key, m in (("a", ma), ("b", mb)):
        print(f"{key} {getattr(args, key)}: median {m:.1f} s of {[round(t, 1) for t in times[key]]}")
    same = (work / "a.jsonl").read_bytes() == (work / "b.jsonl").read_bytes()
    print(f"b / a = {mb / ma:.3f}; outputs identical: {same}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
