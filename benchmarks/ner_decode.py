"""The ner decoded by pipeline/greedy_ner.py against spaCy's own greedy loop, on the same Docs:
are the entities identical, and what does each cost?

    .venv/bin/python benchmarks/ner_decode.py [FILE ...] [--limit N] [--repeats 3]

FILE: JSONL with "text" (default: ../shared/news/raw.jsonl, ../shared/news/egov.jsonl and the
corpus). Docs are prepared by every component before the ner; each decode runs on its own copies
in batches of 16 sorted by length (as `ner.pipe` does), and every token's entity IOB and type are
compared. Times are CPU seconds of `predict` + `set_annotations`, one BLAS thread, medians of
interleaved runs (on the first file's Docs).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.ner_ab import docs_before_ner, read_texts  # noqa: E402

SHARED = ROOT.parent / "shared"
DEFAULT = [SHARED / "news" / "raw.jsonl", SHARED / "news" / "egov.jsonl",
           SHARED / "corpus" / "train.jsonl", SHARED / "corpus" / "dev.jsonl"]


def run(ner, docs, predict, annotate) -> tuple[float, list]:
    copies = sorted((d.copy() for d in docs), key=len)
    t = time.process_time()
    for i in range(0, len(copies), 16):
        batch = copies[i:i + 16]
        annotate(ner, batch, predict(ner, batch))
    cpu = time.process_time() - t
    return cpu, {d.text: [(tok.ent_iob, tok.ent_type) for tok in d] for d in copies}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", default=[str(p) for p in DEFAULT])
    ap.add_argument("--limit", type=int, default=0, help="articles per file, 0 = all")
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    files = [Path(f) for f in args.files if Path(f).exists()]
    if not files:
        print("no input file exists (publishers' texts live in ../shared): nothing to measure", file=sys.stderr)
        return 1
    import pipeline
    from spacy.pipeline import EntityRecognizer
    from pipeline.blas import one_blas_thread
    one_blas_thread()
    nlp = pipeline.load()
    ner = nlp.get_pipe("ner")
    spacy_loop = (EntityRecognizer.predict, EntityRecognizer.set_annotations)
    numpy_decode = (type(ner).predict, type(ner).set_annotations)
    timed = None
    for path in files:
        texts = read_texts(str(path), args.limit or 10 ** 9)
        docs = docs_before_ner(nlp, texts)
        _, want = run(ner, docs, *spacy_loop)
        _, got = run(ner, docs, *numpy_decode)
        tokens = sum(len(d) for d in docs)
        differ = [t for t in want if want[t] != got[t]]
        wrong = sum(a != b for t in differ for a, b in zip(want[t], got[t]))
        print(f"{path.name}: {len(docs)} articles, {tokens} tokens: {len(differ)} articles differ, "
              f"{wrong} tokens")
        timed = timed or docs
    times: dict[str, list[float]] = {"spaCy loop": [], "numpy decode": []}
    for _ in range(args.repeats):
        times["spaCy loop"].append(run(ner, timed, *spacy_loop)[0])
        times["numpy decode"].append(run(ner, timed, *numpy_decode)[0])
    base = statistics.median(times["spaCy loop"])
    print(f"# predict + set_annotations on {files[0].name} ({len(timed)} articles), median of {args.repeats}")
    for name, ts in times.items():
        print(f"{name:<14}{statistics.median(ts):>8.3f} CPU s{statistics.median(ts) / base:>8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
