"""Score Stanza's tags on a cross-validation fold beside the spaCy ner of the same fold (issue 11).

Run with the project venv. Stanza's predicted tags (`benchmarks/stanza_predict.py`) go back to
character spans through the test token offsets of `benchmarks/stanza_data.py` and are scored by
`pipeline.train.strict_scores`, the scorer of `python -m pipeline crossval`, on the same gold. The
spaCy figures (ner alone, whole pipeline) are read from that fold's crossval result. With
`--spacy-model` (the fold's `ner/model-last`, kept by `crossval --keep-models`) it also times the
spaCy ner alone on the same test texts, one BLAS thread: `ner.pipe` over docs tokenised beforehand,
CPU seconds (`time.process_time`), median of `--repeats` passes after a warm-up; words = the
non-space tokens, as Stanza counts them.

    .venv/bin/python benchmarks/stanza_score.py /tmp/stanza-work/data fold0 \
        /tmp/stanza-work/fold0.stanza.json --crossval /tmp/stanza-work/spacy-cv/kfold/fold0.json \
        --spacy-model /tmp/stanza-work/spacy-cv/kfold/fold0.work/ner/model-last
"""
from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

import pipeline
from pipeline import train as T
from pipeline.labels import NAME_LABELS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stanza_args import fold_parser  # noqa: E402
from stanza_data import records_and_tests  # noqa: E402


def spans(tags: list[str], offsets: list[list[int]]) -> list[tuple[int, int, str]]:
    """Character spans of a BIOES tag sequence (a B/I without its E ends where the label does)."""
    out, start, label = [], None, None
    for tag, (s, e) in zip(tags, offsets, strict=True):
        kind, _, lab = tag.partition("-")
        if start is not None and (kind in ("B", "S", "O") or lab != label):
            out.append((start, prev_end, label))
            start = None
        if kind in ("B", "S") or (kind in ("I", "E") and start is None):
            start, label = s, lab
        prev_end = e
        if kind in ("E", "S") and start is not None:
            out.append((start, e, label))
            start = None
    if start is not None:
        out.append((start, prev_end, label))
    return out


def stanza_docs(records: list[dict], test: list[int], tags: list, offsets: list) -> list:
    """A Doc per test record with Stanza's spans as `ents` (project tokens, so they align)."""
    nlp = pipeline.blank()
    found: dict[int, list] = {i: [] for i in test}
    for sent_tags, (i, offs) in zip(tags, offsets, strict=True):
        found[i].extend(spans(sent_tags, offs))
    docs = []
    for i in test:
        doc = nlp.make_doc(records[i]["text"])
        doc.ents = [doc.char_span(s, e, label=lab) for s, e, lab in found[i]]
        docs.append(doc)
    return docs


def spacy_speed(model: Path, texts: list[str], repeats: int) -> str:
    """Words per CPU-second of the spaCy ner alone on `texts`, one BLAS thread."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    nlp = T.model_only(model)
    ner = nlp.get_pipe("ner")
    n_words = sum(1 for t in texts for tok in nlp.make_doc(t) if not tok.is_space)
    list(ner.pipe(nlp.make_doc(t) for t in texts))  # warm-up
    cpu = []
    for _ in range(repeats):
        docs = [nlp.make_doc(t) for t in texts]
        c0 = time.process_time()
        list(ner.pipe(docs))
        cpu.append(time.process_time() - c0)
    med = statistics.median(cpu)
    return (f"spaCy ner, 1 thread: {n_words} words, CPU s {[round(c, 2) for c in cpu]}, "
            f"median {med:.2f}, {n_words / med:,.0f} words/CPU-s")


def table(rows: dict[str, dict]) -> str:
    """Markdown: P / R / F per label and micro for each system."""
    cols = (*NAME_LABELS, "micro")
    out = ["| label | n gold | " + " | ".join(f"{name} P / R / F" for name in rows) + " |",
           "|---|---|" + "---|" * len(rows)]
    first = next(iter(rows.values()))
    for c in cols:
        cells = [f"{r[c]['p']:.3f} / {r[c]['r']:.3f} / {r[c]['f']:.3f}" for r in rows.values()]
        out.append(f"| {c} | {first[c]['support']} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def main() -> None:
    ap = fold_parser(__doc__)
    ap.add_argument("tags", type=Path, help="Stanza's predicted tags (stanza_predict.py)")
    ap.add_argument("--crossval", type=Path, help="the fold's crossval result (OUT/kfold/FOLD.json)")
    ap.add_argument("--spacy-model", type=Path, help="the fold's ner/model-last, to time it")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--json", type=Path, help="write the Stanza scores here too")
    args = ap.parse_args()
    records, tests = records_and_tests()
    test = tests[args.fold]
    cv = json.loads(args.crossval.read_text()) if args.crossval else {}
    if cv and cv["test_ids"] != [records[i].get("id") for i in test]:
        sys.exit("error: the crossval result is of another fold split")
    tags = json.loads(args.tags.read_text())
    offsets = json.loads((args.data / args.fold / "test_offsets.json").read_text())
    scores = T.strict_scores([records[i] for i in test], stanza_docs(records, test, tags, offsets))
    if args.json:
        args.json.write_text(json.dumps(scores, indent=1) + "\n")
    print(f"{args.fold}: {len(test)} test docs, strict, five labels")
    rows = {"Stanza": scores}
    if cv:
        rows.update({"spaCy ner alone": cv["model_only"], "whole pipeline": cv["pipeline"]})
    print(table(rows))
    if args.spacy_model:
        print(spacy_speed(args.spacy_model, [records[i]["text"] for i in test], args.repeats))


if __name__ == "__main__":
    main()
