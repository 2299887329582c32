"""Where the time goes: seconds per pipeline stage over the same articles, one process.

    .venv/bin/python benchmarks/components.py [--limit 500] [--repeats 3] [--cold]

Stages run one after another over the whole batch (tokenizer, each component in order, then
`to_record` and `json.dumps` of the records), after a warm-up on other articles; figures are
medians over the repeats, with each stage's share of the total and its own words/s. Times are CPU
seconds of this process (the machine is shared: wall time measures the other jobs too).

By default the repeats are passes over the same texts in one process, so from the second pass on
the per-word caches (the vocabulary's lexemes, the suffix analyser, the gazetteer) already hold every
word. `--cold` runs each repeat as one pass in a fresh process, as `throughput.py` does: the steady
state of a long run over unseen news, where many words are new.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_INPUT = ROOT.parent / "shared" / "news" / "raw.jsonl"


def stages(nlp, texts: list[str]) -> dict[str, float]:
    """CPU seconds per stage for one pass over `texts`."""
    from pipeline import to_record
    clock = time.process_time
    out: dict[str, float] = {}
    t = clock()
    docs = [nlp.make_doc(x) for x in texts]
    out["tokenizer"] = clock() - t
    for name, proc in nlp.pipeline:
        t = clock()
        docs = list(proc.pipe(docs, batch_size=64)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        out[name] = clock() - t
    t = clock()
    recs = [to_record(d) for d in docs]
    out["to_record"] = clock() - t
    t = clock()
    for r in recs:
        json.dumps(r, ensure_ascii=False)
    out["json"] = clock() - t
    return out


def measure(args, passes: int) -> list[dict[str, float]]:
    """Load, warm up on other articles, then `passes` passes over the measured ones."""
    import pipeline
    from pipeline.blas import one_blas_thread
    measured, warm = read(args)
    one_blas_thread()  # as the engines do: one core per process
    nlp = pipeline.load(args.model)
    stages(nlp, warm)
    return [stages(nlp, measured) for _ in range(passes)]


def read(args) -> tuple[list[str], list[str]]:
    with open(args.input, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    return texts[:args.limit], texts[-50:]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", default=str(DEFAULT_INPUT), help="JSONL with a `text` field (default: raw news)")
    ap.add_argument("--limit", type=int, default=500, help="first N articles to measure (default: 500)")
    ap.add_argument("--repeats", type=int, default=3, help="passes (or, with --cold, processes) to take the median of")
    ap.add_argument("--model", default=None, help="pipeline directory (default: the repository's model)")
    ap.add_argument("--cold", action="store_true", help="each repeat one pass in a fresh process (unseen words)")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if not Path(args.input).exists():
        print(f"{args.input} is absent (publishers' texts live in ../shared): nothing to measure", file=sys.stderr)
        return 1
    if args.child:
        print(json.dumps(measure(args, 1)[0]))
        return 0
    if args.cold:
        runs = []
        for _ in range(args.repeats):
            out = subprocess.run([sys.executable, __file__, *sys.argv[1:], "--child"], capture_output=True,
                                 text=True, cwd=ROOT)
            if out.returncode:
                print(out.stderr, file=sys.stderr)
                return 1
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    else:
        runs = measure(args, args.repeats)
    measured, _ = read(args)
    words = sum(len(x.split()) for x in measured)
    med = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    total = sum(med.values())
    print(f"# {len(measured)} articles, {words} words, median of {args.repeats} "
          f"{'fresh processes' if args.cold else 'passes'}, CPU seconds")
    print(f"{'stage':<22}{'seconds':>9}{'share':>8}{'words/s':>11}")
    for k, v in med.items():
        print(f"{k:<22}{v:>9.3f}{v / total:>8.1%}{words / max(v, 1e-9):>11.0f}")
    print(f"{'total':<22}{total:>9.3f}{1:>8.0%}{words / total:>11.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
