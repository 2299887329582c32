"""Data for the Stanza comparison on the cross-validation folds (issue 11), run with the project venv.

Writes, for each fold of `python -m pipeline crossval` (the same `kfold(records, k=5, seed=0)` over
train + dev pooled, imported from pipeline/crossval.py), Stanza NER JSON files (a list of sentences,
each a list of `{"text", "ner"}` tokens, BIOES, the five name labels):
- `OUT/foldK/train.json`: the other folds' gold, less an inner dev set;
- `OUT/foldK/dev.json`: the inner dev set for Stanza's early stopping: the smallest of 20
  group-kept folds (`kfold` again, seed 0) of the TRAINING documents, about 4% of them; never the
  test fold;
- `OUT/foldK/test.json` and `test_offsets.json` (per sentence: record index and each token's
  character offsets), so that predicted tags go back to character spans for scoring.
With `--ship`, it writes instead the data of the shipped `--ner stanza` model: `OUT/ship/train.json`
and `OUT/ship/dev.json` from `corpus/train.jsonl` ONLY (dev.jsonl stays for the final figures), the
early-stopping set chosen among the train documents as for a fold, and the vectors from train's forms.
Tokens: the project tokenizer (whitespace tokens left out); sentences: `az_sentences`; gold spans as
the spaCy training data has them (`train.gold_doc`: misaligned spans grown to token edges).

It also writes `OUT/vectors.txt` (word2vec text) from the shipped static vectors: every key whose
string the model keeps, and every surface form of the pooled corpus with its NORM's row, which is the
row spaCy's ner looks up for it (the vectors are keyed by NORM), so both systems see the same vectors.

    .venv/bin/python benchmarks/stanza_data.py -o /tmp/stanza-work/data
    .venv/bin/python benchmarks/stanza_data.py --ship -o /tmp/stanza-work/ship   # the shipped model
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pipeline
import spacy
from pipeline import crossval as CV
from pipeline import train as T
from pipeline.lang.tokenizer import token_norm
from pipeline.names import stanza_ner
from spacy.tokens import Doc


def bioes(doc: Doc) -> list[tuple[int, str]]:
    """(token index, BIOES tag) for each non-space token of a doc with gold `ents`."""
    tags = {}
    for ent in doc.ents:
        toks = [t.i for t in ent if not t.is_space]
        for k, i in enumerate(toks):
            if len(toks) == 1:
                tags[i] = "S-" + ent.label_
            else:
                tags[i] = ("B-" if k == 0 else "E-" if k == len(toks) - 1 else "I-") + ent.label_
    return [(t.i, tags.get(t.i, "O")) for t in doc if not t.is_space]


def sentences(nlp, records: list[dict], indices: list[int]) -> tuple[list, list]:
    """Stanza sentences of `records[i]` for i in `indices`, and their (record index, offsets)."""
    stats = T.ConversionStats()
    split = nlp.get_pipe("az_sentences")
    sents, offsets = [], []
    for i in indices:
        doc = split(T.gold_doc(nlp, records[i], stats))
        tag = dict(bioes(doc))
        for toks in stanza_ner.words(doc):  # the sentences the `--ner stanza` backend tags
            sents.append([{"text": t.text, "ner": tag[t.i]} for t in toks])
            offsets.append([i, [[t.idx, t.idx + len(t.text)] for t in toks]])
    return sents, offsets


def write_vectors(records: list[dict], model: Path, dest: Path) -> int:
    """word2vec text of the model's static vectors (see the module doc); returns the word count."""
    nlp = spacy.load(model, exclude=["ner"])
    vec, strings = nlp.vocab.vectors, nlp.vocab.strings
    rows: dict[str, int] = {}
    for key, row in vec.key2row.items():
        if key in strings:
            rows[strings[key]] = row
    tok = pipeline.blank()
    for rec in records:
        for t in tok.make_doc(rec["text"]):
            if t.is_space or t.text in rows:
                continue
            row = vec.find(key=token_norm(t.text))  # -1: no vector, as for spaCy's ner
            if row >= 0:
                rows[t.text] = row
    words = sorted(w for w in rows if w and not any(c.isspace() for c in w))
    with dest.open("w", encoding="utf-8") as f:
        f.write(f"{len(words)} {vec.shape[1]}\n")
        for w in words:
            f.write(w + " " + " ".join(f"{x:.6f}" for x in vec.data[rows[w]]) + "\n")
    return len(words)


def records_and_tests() -> tuple[list[dict], dict[str, list[int]]]:
    """train + dev pooled, and the test indices of each fold, exactly as `crossval` deals them."""
    records = [r for p in (T.TRAIN_JSONL, T.DEV_JSONL) for r in T.read_training(p)]
    return records, CV.splits(records, "kfold", 5, 0)


def inner_split(records: list[dict], train_idx: list[int]) -> tuple[list[int], list[int]]:
    """(fit, early-stopping) indices: the smallest of 20 group-kept folds of `train_idx` is held out."""
    # the smallest of 20 group-kept folds: one of them holds the largest group (94 documents)
    inner = min(CV.kfold([records[i] for i in train_idx], 20, 0), key=len)
    dev_idx = [train_idx[j] for j in inner]
    held = set(dev_idx)
    return [i for i in train_idx if i not in held], dev_idx


def write_parts(nlp, records: list[dict], out: Path, parts: dict[str, list[int]]) -> None:
    """One Stanza JSON file per part (and the test part's offsets), with a count line each."""
    out.mkdir(parents=True, exist_ok=True)
    for part, idx in parts.items():
        sents, offsets = sentences(nlp, records, idx)
        (out / f"{part}.json").write_text(json.dumps(sents, ensure_ascii=False), encoding="utf-8")
        if part == "test":
            (out / "test_offsets.json").write_text(json.dumps(offsets))
        ents = sum(1 for s in sents for t in s if t["ner"][0] in "BS")
        print(f"{out.name} {part}: {len(idx)} docs, {len(sents)} sentences, "
              f"{sum(map(len, sents))} tokens, {ents} entities")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-o", "--output", type=Path, required=True, help="output folder (outside the repo)")
    ap.add_argument("--folds", nargs="+", default=None, help="fold names (default: all five)")
    ap.add_argument("--model", type=Path, default=T.ROOT / "models" / "az_news_pipeline",
                    help="pipeline whose static vectors are exported")
    ap.add_argument("--ship", action="store_true",
                    help="write the shipped model's data (train.jsonl only) to OUT/ship instead of folds")
    args = ap.parse_args()
    nlp = pipeline.blank()
    args.output.mkdir(parents=True, exist_ok=True)
    if args.ship:
        records = T.read_training(T.TRAIN_JSONL)
        print(f"vectors.txt: {write_vectors(records, args.model, args.output / 'vectors.txt')} words")
        fit, stop = inner_split(records, list(range(len(records))))
        write_parts(nlp, records, args.output / "ship", {"train": fit, "dev": stop})
        return
    records, tests = records_and_tests()
    n = write_vectors(records, args.model, args.output / "vectors.txt")
    print(f"vectors.txt: {n} words")
    for name in args.folds or list(tests):
        test = set(tests[name])
        fit, stop = inner_split(records, [i for i in range(len(records)) if i not in test])
        write_parts(nlp, records, args.output / name, {"train": fit, "dev": stop, "test": sorted(test)})

if __name__ == "__main__":
    main()
