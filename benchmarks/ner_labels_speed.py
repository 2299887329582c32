"""What the ner's label count costs: two untrained ners of config.cfg's shape, one with the five name
labels (quantities blocked, as shipped) and one that also knows MONEY/PERCENT/DATE (quantities preset
as entities, as before), timed on the same articles, interleaved.

    .venv/bin/python benchmarks/ner_labels_speed.py [--limit 500] [--repeats 5]

Weights are random, so only the time means anything: spaCy checks every transition's validity at
every token, four per label.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.ner_ab import add_input_args, docs_before_ner, input_absent, read_texts, time_interleaved  # noqa: E402,E501



def untrained_ner(labels, vectors, overrides: dict | None = None):
    """An untrained ner of config.cfg's shape (with `overrides`), knowing `labels`, using `vectors`."""
    import spacy
    cfg = spacy.util.load_config(ROOT / "config.cfg", overrides=overrides or {})
    cfg["initialize"]["vectors"] = None
    nlp = spacy.util.load_model_from_config(cfg, auto_fill=True)
    nlp.vocab.vectors = vectors
    ner = nlp.get_pipe("ner")
    for label in labels:
        ner.add_label(label)
    nlp.initialize()
    return ner


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_input_args(ap)
    args = ap.parse_args()
    if input_absent(args.input):
        return 1
    import pipeline
    from pipeline.blas import one_blas_thread
    from pipeline.labels import NAME_LABELS, QUANTITY_LABELS
    one_blas_thread()
    nlp = pipeline.load()
    texts = read_texts(args.input, args.limit)
    runs = [("5 labels, quantities blocked", untrained_ner(NAME_LABELS, nlp.vocab.vectors),
             docs_before_ner(nlp, texts)),
            ("8 labels, quantities preset", untrained_ner(NAME_LABELS + QUANTITY_LABELS, nlp.vocab.vectors),
             docs_before_ner(nlp, texts, skip=("az_block_quantities",)))]
    med = time_interleaved([(ner, docs) for _, ner, docs in runs], args.repeats)
    for (name, ner, _), m in zip(runs, med):
        print(f"{name}: {ner.moves.n_moves} transitions, ner {m:.3f} s")
    print(f"8 / 5 labels: {med[1] / med[0]:.2f}  ({len(texts)} articles, median of {args.repeats})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
