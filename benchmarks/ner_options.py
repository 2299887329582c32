"""Cheaper ways to run the same trained ner, measured (none is shipped by this script): batch size and
BLAS threads, CPU seconds and wall seconds of `ner.pipe` on the same Docs, options interleaved.

    .venv/bin/python benchmarks/ner_options.py [--limit 300] [--repeats 3] [--batch-sizes 8 32 64 256 1000]

The Docs are prepared once by every component before the ner (presets and blocked quantities
included) and copied for each run. Each option's entities are compared with those of the shipped
setting (batch 64, one BLAS thread): an option that changes them is marked. CPU seconds count every
thread of this process, so a second BLAS thread shows what it costs as well as what it saves.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.ner_ab import add_input_args, docs_before_ner, input_absent, read_texts  # noqa: E402


def run(ner, docs, batch_size: int) -> tuple[float, float, list]:
    """(CPU s, wall s, entities per Doc) of the ner over copies of `docs`."""
    copies = [d.copy() for d in docs]
    c, t = time.process_time(), time.perf_counter()
    out = list(ner.pipe(copies, batch_size=batch_size))
    cpu, wall = time.process_time() - c, time.perf_counter() - t
    return cpu, wall, [[(e.start, e.end, e.label) for e in d.ents] for d in out]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_input_args(ap)
    ap.set_defaults(limit=300, repeats=3)
    ap.add_argument("--batch-sizes", type=int, nargs="+", default=[8, 32, 64, 256, 1000],
                    help="batch sizes to try with one BLAS thread (default: 8 32 64 256 1000)")
    ap.add_argument("--threads", type=int, nargs="+", default=[2],
                    help="BLAS thread counts to try at batch size 64, besides one (default: 2)")
    args = ap.parse_args()
    if input_absent(args.input):
        return 1
    import pipeline
    from threadpoolctl import threadpool_limits
    texts = read_texts(args.input, args.limit)
    words = sum(len(t.split()) for t in texts)
    nlp = pipeline.load()
    ner = nlp.get_pipe("ner")
    docs = docs_before_ner(nlp, texts)
    options = [(b, 1) for b in args.batch_sizes] + [(64, n) for n in args.threads]
    reference = None
    with threadpool_limits(limits=1, user_api="blas"):
        _, _, reference = run(ner, docs, 64)  # warm-up, and the shipped setting's entities
    cpu: dict = {o: [] for o in options}
    wall: dict = {o: [] for o in options}
    same: dict = {o: True for o in options}
    for _ in range(args.repeats):
        for option in options:
            batch, threads = option
            with threadpool_limits(limits=threads, user_api="blas"):
                c, w, ents = run(ner, docs, batch)
            cpu[option].append(c)
            wall[option].append(w)
            same[option] &= ents == reference
    base = statistics.median(cpu[(64, 1)]) if (64, 1) in cpu else None
    print(f"# ner.pipe on {len(texts)} articles ({words} words), median of {args.repeats} interleaved runs")
    print(f"{'batch':>6}{'BLAS threads':>14}{'CPU s':>8}{'wall s':>8}{'words/CPU-s':>13}{'vs 64/1':>9}  entities")
    for option in options:
        c, w = statistics.median(cpu[option]), statistics.median(wall[option])
        ratio = f"{c / base:>9.3f}" if base else f"{'':>9}"
        print(f"{option[0]:>6}{option[1]:>14}{c:>8.3f}{w:>8.3f}{words / c:>13,.0f}{ratio}  "
              f"{'identical' if same[option] else 'DIFFERENT'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
