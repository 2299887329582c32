"""Score Stanza's tags on a cross-validation fold beside the spaCy ner of the same fold (issue 11).

Run with the project venv. Stanza's predicted tags (`benchmarks/stanza_predict.py`) go back to
character spans through the test token offsets of `benchmarks/stanza_data.py` and are scored by
`pipeline.train.strict_scores`, the scorer of `python -m pipeline crossval`, on the same gold: alone,
and in the whole pipeline (`in_pipeline`: Stanza's spans where the ner sits, then the rules). The
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
from pipeline.names import stanza_ner
from spacy.tokens import Span

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stanza_args import fold_parser  # noqa: E402
from stanza_data import records_and_tests  # noqa: E402


def spans(tags: list[str], offsets: list[list[int]]) -> list[tuple[int, int, str]]:
    """Character spans of a BIOES tag sequence, decoded as the `--ner stanza` backend decodes it."""
    return [(offsets[s][0], offsets[e - 1][1], lab) for s, e, lab in stanza_ner.bioes_spans(tags)]


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


def in_pipeline(docs: list) -> list:
    """Stanza's spans where the spaCy ner sits in the whole pipeline: after the components that preset
    places and block quantities, a span is kept only where all its tokens are still free (the ner
    respects presets and blocked tokens the same way), then the rule components after the ner run."""
    nlp = pipeline.blank()
    out = []
    for found in docs:
        doc = nlp.make_doc(found.text)
        for name, proc in nlp.pipeline:
            if name == pipeline.AFTER_NER[0]:  # the backend's own rule for presets and blocked tokens
                stanza_ner.set_free(doc, [Span(doc, e.start, e.end, label=e.label_) for e in found.ents])
            doc = proc(doc)
        out.append(doc)
    return out


def write_jsonl(path: Path, gold: list[dict], docs: list) -> None:
    """Records of `docs`' name entities, paired with `gold` by id, for `pipeline evaluate --compare`."""
    with path.open("w", encoding="utf-8") as f:
        for rec, doc in zip(gold, docs, strict=True):
            ents = [{"start": e.start_char, "end": e.end_char, "label": e.label_, "text": e.text}
                    for e in doc.ents if e.label_ in NAME_LABELS]
            f.write(json.dumps({"id": rec["id"], "text": rec["text"], "entities": ents},
                               ensure_ascii=False) + "\n")


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
    ap.add_argument("--spacy-model", type=Path, help="the fold's ner/model-last: check "
                    "in_pipeline with it and time it")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--json", type=Path, help="write the Stanza scores here too")
    ap.add_argument("--write", type=Path, metavar="DIR", help="with --spacy-model: write the fold's gold and "
                    "the four predictions as JSONL to DIR (outside the repo: they hold the texts), for "
                    "`python -m pipeline evaluate DIR/gold.jsonl DIR/stanza.jsonl --compare DIR/spacy.jsonl`")
    args = ap.parse_args()
    records, tests = records_and_tests()
    test = tests[args.fold]
    cv = json.loads(args.crossval.read_text()) if args.crossval else {}
    if cv and cv["test_ids"] != [records[i].get("id") for i in test]:
        sys.exit("error: the crossval result is of another fold split")
    tags = json.loads(args.tags.read_text())
    offsets = json.loads((args.data / args.fold / "test_offsets.json").read_text())
    gold = [records[i] for i in test]
    docs = stanza_docs(records, test, tags, offsets)
    piped = in_pipeline(docs)
    scores = {"model_only": T.strict_scores(gold, docs), "pipeline": T.strict_scores(gold, piped)}
    if args.json:
        args.json.write_text(json.dumps(scores, indent=1) + "\n")
    print(f"{args.fold}: {len(test)} test docs, strict, five labels")
    for mode, name in (("model_only", "alone"), ("pipeline", "in the whole pipeline")):
        rows = {"Stanza": scores[mode]}
        if cv:
            rows["spaCy ner"] = cv[mode]
        print(f"\nthe ner {name}:\n" + table(rows))
    if args.spacy_model:
        # the check of `in_pipeline`: the spaCy ner's own spans through it, against the real pipeline
        alone = list(T.model_only(args.spacy_model).pipe(r["text"] for r in gold))
        print(f"check: spaCy ner's spans through in_pipeline, micro-F1 "
              f"{T.strict_scores(gold, in_pipeline(alone))['micro']['f']:.4f}"
              + (f" (the real pipeline: {cv['pipeline']['micro']['f']:.4f})" if cv else ""))
    if args.spacy_model and args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        whole = list(T.assemble(args.spacy_model).pipe(r["text"] for r in gold))
        with (args.write / "gold.jsonl").open("w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in gold)
        for name, out in (("stanza", docs), ("spacy", alone), ("stanza-pipeline", piped),
                          ("spacy-pipeline", whole)):
            write_jsonl(args.write / f"{name}.jsonl", gold, out)
    if args.spacy_model:
        print(spacy_speed(args.spacy_model, [records[i]["text"] for i in test], args.repeats))

if __name__ == "__main__":
    main()
