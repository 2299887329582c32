"""Words per second of the full pipeline against spaCy's bare `spacy.blank("az")` tokenizer on the same
texts in the same run, `pipeline.load()` time and peak RSS, for 1 and 2 processes.

    .venv/bin/python benchmarks/throughput.py [--limit 500] [--repeats 3] [--n-process 1 2] [--without az_events]
        [--stanza]   # also the pipeline with the Stanza ner backend (configs stanza-N; the `stanza` extra)

Each measured pass runs in its own child process (so that its peak RSS is its own), after a warm-up
on other articles; figures are medians over the repeats. Words are whitespace-separated tokens of `text`.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this tree's pipeline, not an installed one (a `git archive` copy measures itself)
DEFAULT_INPUT = ROOT.parent / "shared" / "news" / "raw.jsonl"


def read_texts(path: Path, limit: int | None, warm: int = 50) -> tuple[list[dict], list[dict]]:
    """The first `limit` articles to measure, and up to `warm` other articles (from the end of the
    file) to warm caches on, so that no measured text has been seen before."""
    with open(path, encoding="utf-8") as f:
        recs = [json.loads(line) for line in f if line.strip()]
    measured = recs[:limit] if limit else recs
    rest = recs[len(measured):]
    return measured, (rest[-warm:] if rest else recs[:warm])


def peak_rss_mb() -> float:
    """Peak RSS of this process and (separately) of its largest finished child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return max(own, kids)


def cpu_seconds() -> float:
    """User + system CPU of this process and its finished children (pool workers)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def child(config: str, args) -> dict:
    """Run one configuration and return its figures (called in a fresh interpreter)."""
    import warnings
    warnings.simplefilter("ignore")
    recs, warm = read_texts(Path(args.input), args.limit)
    words = sum(len(r["text"].split()) for r in recs)
    t0 = time.perf_counter()
    if config == "blank":
        import spacy
        nlp = spacy.blank("az")
        load = time.perf_counter() - t0

        def once():
            for _ in nlp.pipe((r["text"] for r in recs), batch_size=args.batch_size):
                pass
    else:
        import pipeline
        from pipeline import engines, parallel
        from pipeline.io import Item
        from pipeline.blas import one_blas_thread
        one_blas_thread()  # as the engines do: one core per process
        t1 = time.perf_counter()
        ner = "stanza" if config.startswith("stanza") else "spacy"
        os.environ["AZ_NEWS_NER"] = ner  # the backend the engine (and forked workers) look up
        nlp = pipeline.load(args.model, ner=ner, exclude=[args.without] if config.startswith("without") else [])
        load = time.perf_counter() - t1
        engines._NLP[(args.model, ner)] = nlp  # reuse this load in the engine (and in forked workers)
        n_process = int(config.split("-")[1])

        def once():
            items = (Item(i, r) for i, r in enumerate(recs, 1))
            for _ in parallel.run(items, model=args.model, batch_size=args.batch_size, n_process=n_process,
                                 partition_size=args.partition_size):
                pass
    import_and_load = time.perf_counter() - t0
    # Warm up on other articles: a repeated pass over the same texts would measure spaCy's and the
    # components' caches, not the steady state of a long run over unseen news.
    if config == "blank":
        for _ in nlp.pipe(r["text"] for r in warm):
            pass
    else:
        for _ in engines.annotate_items(nlp, (Item(i, r) for i, r in enumerate(warm, 1))):
            pass
    t, c = time.perf_counter(), cpu_seconds()
    once()
    seconds, cpu = time.perf_counter() - t, cpu_seconds() - c
    return {"config": config, "docs": len(recs), "words": words, "seconds": seconds,
            "words_per_s": words / seconds, "words_per_cpu_s": words / cpu, "load_s": load, "import_and_load_s": import_and_load,
            "peak_rss_mb": peak_rss_mb()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", default=str(DEFAULT_INPUT))
    ap.add_argument("--limit", type=int, default=None, help="first N articles (default: all)")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--n-process", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--partition-size", type=int, default=64)
    ap.add_argument("--model", default=None)
    ap.add_argument("--without", default=None, metavar="COMPONENT",
                    help="also measure the pipeline without this component (configs without-N)")
    ap.add_argument("--stanza", action="store_true",
                    help="also measure the pipeline with the Stanza ner backend (configs stanza-N)")
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args)))
        return 0
    if not Path(args.input).exists():
        print(f"{args.input} is absent (publishers' texts live in ../shared): nothing to measure", file=sys.stderr)
        return 1

    load_before = os.getloadavg()[0]
    passthrough = [a for a in sys.argv[1:]]
    runs: dict[str, list[dict]] = {}
    configs = ["blank"] + [f"full-{n}" for n in args.n_process]
    if args.without:
        configs += [f"without-{n}" for n in args.n_process]
    if args.stanza:
        configs += [f"stanza-{n}" for n in args.n_process]
    for _ in range(args.repeats):  # interleaved, so that load from other jobs hits every config alike
        for config in configs:
            out = subprocess.run([sys.executable, __file__, *passthrough, "--child", config],
                                 capture_output=True, text=True, cwd=ROOT)
            if out.returncode:
                print(out.stderr, file=sys.stderr)
                return 1
            runs.setdefault(config, []).append(json.loads(out.stdout.strip().splitlines()[-1]))
    results = {}
    for config, rs in runs.items():
        med = {k: statistics.median(r[k] for r in rs) for k in ("seconds", "words_per_cpu_s", "load_s",
                                                                  "import_and_load_s")}
        results[config] = {**rs[0], **med, "words_per_s": rs[0]["words"] / med["seconds"],
                           "peak_rss_mb": max(r["peak_rss_mb"] for r in rs)}

    blank = results["blank"]
    print(f"# throughput {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC, {platform.node()}, "
          f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load average before {load_before:.2f} (other jobs share the cores)")
    print(f"# {blank['docs']} articles, {blank['words']} words, median of {args.repeats} runs, "
          f"batch size {args.batch_size}")
    print(f"{'config':<10}{'words/s':>10}{'÷ blank':>9}{'seconds':>9}{'words/CPU-s':>13}{'peak RSS MB':>13}")
    for config, r in results.items():
        print(f"{config:<10}{r['words_per_s']:>10.0f}{r['words_per_s'] / blank['words_per_s']:>9.3f}"
              f"{r['seconds']:>9.2f}{r['words_per_cpu_s']:>13.0f}{r['peak_rss_mb']:>13.0f}")
    full = [r for c, r in results.items() if c != "blank"]
    if full:
        print(f"pipeline.load(): {full[0]['load_s']:.2f} s (with imports: {full[0]['import_and_load_s']:.2f} s)")
    if "full-1" in results and "full-2" in results:
        print(f"speed-up 2 processes vs 1: {results['full-2']['words_per_s'] / results['full-1']['words_per_s']:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
