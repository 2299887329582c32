"""Round trip of the exports: JSONL → HF dataset on disk → IOB2 tags → character spans, and
JSONL → DocBin → Docs → records; count the gold spans reproduced exactly and say why others differ.

    .venv/bin/python benchmarks/export_roundtrip.py [../shared/corpus/dev.jsonl] [--show]

--show prints the differing spans with their tokens (publisher text: read it, do not commit it).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.export import (doc_to_record, iob_to_spans, read_docbin, read_records,  # noqa: E402
                             tokenizer_nlp, export)

ATTRS = ("norm", "id", "amount", "currency", "min", "max", "qualifier", "value")


def reason(gold: tuple[int, int, str], boundaries: set[int], starts: set[int]) -> str:
    """Why a gold span is not among the exported spans."""
    start, end, _ = gold
    if start not in starts or end not in boundaries:
        return "offset inside a token (span expanded to whole tokens)"
    return "token-aligned but lost (overlaps a span expanded before it)"


def hf_roundtrip(path: Path, show: bool) -> None:
    import datasets
    gold = {str(r["id"]): r for r in read_records(path)}
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        stats = export(path, "hf", Path(tmp) / "ds")
        t_export = time.perf_counter() - t0
        ds = datasets.load_from_disk(str(Path(tmp) / "ds"))
        names = ds.features["ner_tags"].feature.names
        exact = total = predicted = 0
        reasons: Counter[str] = Counter()
        for row in ds:
            spans = set(iob_to_spans(row["token_offsets"], [names[t] for t in row["ner_tags"]]))
            predicted += len(spans)
            starts = {s for s, _ in row["token_offsets"]}
            ends = {e for _, e in row["token_offsets"]}
            for ent in gold[row["id"]]["entities"]:
                key = (ent["start"], ent["end"], ent["label"])
                total += 1
                if key in spans:
                    exact += 1
                    continue
                why = reason(key, ends, starts)
                reasons[why] += 1
                if show:
                    toks = [row["tokens"][i] for i, (s, e) in enumerate(row["token_offsets"])
                            if e > key[0] and s < key[1]]
                    print(f"  {row['id']} {key} {ent['text']!r} tokens={toks}: {why}")
            # the span column must be the record's span list as written
            assert [(e["start"], e["end"], e["label"]) for e in row["entities"]] == \
                sorted([(e["start"], e["end"], e["label"]) for e in gold[row["id"]]["entities"]])
    print(f"HF export: {len(ds)} rows, {sum(len(r) for r in ds['tokens'])} tokens, "
          f"export {t_export:.1f} s; load_from_disk OK; ner_tags = {names[:3]}...")
    print(f"  IOB2 → spans: {exact}/{total} gold spans reproduced exactly ({exact / total:.2%}); "
          f"{predicted} spans from the tags; {stats.expanded} expanded, {stats.dropped} dropped")
    for why, n in reasons.most_common():
        print(f"  differ: {n:4d}  {why}")


def docbin_roundtrip(path: Path) -> None:
    gold = {str(r["id"]): r for r in read_records(path)}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "dev.spacy"
        export(path, "spacy", out)
        docs = read_docbin(out, tokenizer_nlp())
    same_span = same_attrs = total = 0
    for doc in docs:
        rec = doc_to_record(doc)
        got = {(e["start"], e["end"], e["label"]): e for e in rec["entities"]}
        for ent in gold[str(rec["id"])]["entities"]:
            total += 1
            e = got.get((ent["start"], ent["end"], ent["label"]))
            if e is None:
                continue
            same_span += 1
            if all(e.get(k) == ent.get(k) for k in ATTRS if ent.get(k) is not None):
                same_attrs += 1
    print(f"DocBin: {len(docs)} docs; {same_span}/{total} spans back after from_disk/get_docs, "
          f"{same_attrs} of them with every gold attribute equal")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("input", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "dev.jsonl"))
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    hf_roundtrip(Path(args.input), args.show)
    docbin_roundtrip(Path(args.input))


if __name__ == "__main__":
    main()
