"""What a ner architecture would cost before training it: untrained ners built from config.cfg with
overrides, timed on the same Docs as the shipped ner, interleaved.

    .venv/bin/python benchmarks/ner_arch_speed.py [--limit 300] [--repeats 5] [--variants base d2 ...]

Speed does not depend on the weights (the greedy parser makes one move per token whatever it
predicts), so an untrained ner of the same shape costs what the trained one will. Each variant gets
the shipped vectors and labels; `ner.predict` is timed in batches of 64 with one BLAS thread, as the
engines run it. Prints median CPU seconds and the ratio to the shipped ner.
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
from benchmarks.ner_labels_speed import untrained_ner  # noqa: E402

ENC = "components.ner.model.tok2vec.encode"
EMB = "components.ner.model.tok2vec.embed"
VARIANTS: dict[str, dict] = {
    "base": {},
    "d2": {f"{ENC}.depth": 2},
    "d2_p2": {f"{ENC}.depth": 2, f"{ENC}.maxout_pieces": 2},
    "p2": {f"{ENC}.maxout_pieces": 2},
    "w48": {f"{ENC}.width": 48},
    "no_shape": {f"{EMB}.attrs": ["NORM", "PREFIX", "SUFFIX"], f"{EMB}.rows": [5000, 1000, 2500]},
    "d2_no_shape": {f"{ENC}.depth": 2, f"{EMB}.attrs": ["NORM", "PREFIX", "SUFFIX"],
                    f"{EMB}.rows": [5000, 1000, 2500]},
    "hidden48": {"components.ner.model.hidden_width": 48},
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_input_args(ap)
    ap.set_defaults(limit=300, repeats=5)
    ap.add_argument("--variants", nargs="+", default=list(VARIANTS), choices=list(VARIANTS))
    args = ap.parse_args()
    if input_absent(args.input):
        return 1
    import pipeline
    from pipeline.blas import one_blas_thread
    one_blas_thread()
    shipped = pipeline.load()
    texts = read_texts(args.input, args.limit)
    words = sum(len(t.split()) for t in texts)
    docs = docs_before_ner(shipped, texts)
    runs = {"shipped": shipped.get_pipe("ner")}
    labels = shipped.get_pipe("ner").labels
    runs.update((name, untrained_ner(labels, shipped.vocab.vectors, VARIANTS[name])) for name in args.variants)
    times: dict[str, list[float]] = {name: [] for name in runs}
    for name, ner in runs.items():  # warm-up
        ner.predict(docs[:64])
    for _ in range(args.repeats):
        for name, ner in runs.items():
            t = time.process_time()
            for i in range(0, len(docs), 64):
                ner.predict(docs[i:i + 64])
            times[name].append(time.process_time() - t)
    base = statistics.median(times["shipped"])
    print(f"# ner.predict on {len(texts)} articles ({words} words), median of {args.repeats} interleaved runs")
    print(f"{'variant':<14}{'CPU s':>8}{'vs shipped':>12}  overrides")
    for name, ts in times.items():
        m = statistics.median(ts)
        print(f"{name:<14}{m:>8.3f}{m / base:>12.3f}  {VARIANTS.get(name, '(models/az_news_pipeline)')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
