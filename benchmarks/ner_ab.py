"""The statistical ner of two pipelines timed on the same articles, interleaved (A, B, A, B, ...).

    .venv/bin/python benchmarks/ner_ab.py OLD_MODEL_DIR [NEW_MODEL_DIR] [--limit 500] [--repeats 5]

NEW defaults to the shipped model. An earlier model can be taken from git without touching the
checkout: `mkdir /tmp/old && git archive COMMIT models/az_news_pipeline | tar -x -C /tmp/old`.
Each pipeline prepares its own Docs up to its ner (presets included); only `ner.predict` is timed,
in batches of 64, one BLAS thread, as the engines run it. Prints medians and their ratio.
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


def add_input_args(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--input", default=str(DEFAULT_INPUT))
    ap.add_argument("--limit", type=int, default=500)
    ap.add_argument("--repeats", type=int, default=5)


def input_absent(path: str) -> bool:
    if Path(path).exists():
        return False
    print(f"{path} is absent (publishers' texts live in ../shared): nothing to measure", file=sys.stderr)
    return True


def read_texts(path: str, limit: int) -> list[str]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()][:limit]


def docs_before_ner(nlp, texts: list[str], skip: tuple[str, ...] = ()) -> list:
    """The Docs as the ner receives them: every component before it has run (but those in `skip`)."""
    docs = [nlp.make_doc(t) for t in texts]
    for name, proc in nlp.pipeline:
        if name == "ner":
            return docs
        if name not in skip:
            docs = [proc(d) for d in docs]
    raise SystemExit("the pipeline has no ner")


def time_interleaved(runs: list[tuple], repeats: int) -> list[float]:
    """Median seconds of `ner.predict` over each (ner, docs) in batches of 64, the runs interleaved
    so that load from other jobs hits them alike."""
    times: list[list[float]] = [[] for _ in runs]
    for _ in range(repeats):
        for (ner, docs), ts in zip(runs, times):
            t = time.perf_counter()
            for i in range(0, len(docs), 64):
                ner.predict(docs[i:i + 64])
            ts.append(time.perf_counter() - t)
    return [statistics.median(ts) for ts in times]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("old")
    ap.add_argument("new", nargs="?", default=None)
    add_input_args(ap)
    args = ap.parse_args()
    if input_absent(args.input):
        return 1
    import pipeline
    from pipeline.blas import one_blas_thread
    one_blas_thread()
    texts = read_texts(args.input, args.limit)
    names, runs = [], []
    for path in (args.old, args.new):
        nlp = pipeline.load(path)
        names.append(path or "shipped")
        runs.append((nlp.get_pipe("ner"), docs_before_ner(nlp, texts)))
    med = time_interleaved(runs, args.repeats)
    words = sum(len(t.split()) for t in texts)
    for name, (ner, _), m in zip(names, runs, med):
        print(f"{name}: ner {m:.3f} s ({words / m:,.0f} words/s), {ner.moves.n_moves} transitions")
    print(f"old / new: {med[0] / med[1]:.2f}  ({len(texts)} articles, {words} words, median of {args.repeats})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
