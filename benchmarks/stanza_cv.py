"""Stanza against the spaCy ner over all cross-validation folds: mean ± sd per label, and the paired
per-fold difference (issue 11). Reads what the per-fold scripts wrote, trains and tags nothing:

    .venv/bin/python benchmarks/stanza_cv.py CROSSVAL_DIR STANZA_JSON...

CROSSVAL_DIR is the -o folder of `python -m pipeline crossval` (its `kfold/<fold>.json`: the spaCy
fold ner alone and in the whole pipeline); each STANZA_JSON is `stanza_score.py --json` of one fold,
named `<fold>.scores.json`. Only folds present in both are compared.
"""
from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

LABELS = ("PERSON", "TITLE", "COUNTRY", "REGION", "ORG", "micro")
MODES = (("model_only", "ner alone"), ("pipeline", "whole pipeline"))


def mean_sd(values: list[float]) -> str:
    sd = statistics.stdev(values) if len(values) > 1 else 0.0
    return f"{statistics.mean(values):.3f} ± {sd:.3f}"


def summary(spacy: dict[str, dict], stanza: dict[str, dict]) -> str:
    """Markdown: per mode, spaCy and Stanza mean ± sd F1 per label and their paired difference."""
    folds = sorted(set(spacy) & set(stanza))
    out = [f"folds: {', '.join(folds)}", "", "| row | " + " | ".join(LABELS) + " |",
           "|---|" + "---|" * len(LABELS)]
    for mode, name in MODES:
        a = {lab: [spacy[f][mode][lab]["f"] for f in folds] for lab in LABELS}
        b = {lab: [stanza[f][mode][lab]["f"] for f in folds] for lab in LABELS}
        out.append(f"| {name}, spaCy ner | " + " | ".join(mean_sd(a[lab]) for lab in LABELS) + " |")
        out.append(f"| {name}, Stanza | " + " | ".join(mean_sd(b[lab]) for lab in LABELS) + " |")
        diff = {lab: [y - x for x, y in zip(a[lab], b[lab])] for lab in LABELS}
        out.append(f"| {name}, Stanza − spaCy | " + " | ".join(
            f"{statistics.mean(d):+.3f} ± {statistics.stdev(d) if len(d) > 1 else 0.0:.3f}"
            for d in diff.values()) + " |")
    per_fold = [f"{f}: pipeline micro spaCy {spacy[f]['pipeline']['micro']['f']:.4f}, "
                f"Stanza {stanza[f]['pipeline']['micro']['f']:.4f}" for f in folds]
    return "\n".join(out + [""] + per_fold)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("crossval", type=Path, help="a crossval -o folder (kfold/<fold>.json)")
    ap.add_argument("stanza", type=Path, nargs="+", help="stanza_score.py --json files, <fold>.scores.json")
    args = ap.parse_args()
    stanza = {p.name.split(".")[0]: json.loads(p.read_text()) for p in args.stanza}
    spacy = {f: json.loads((args.crossval / "kfold" / f"{f}.json").read_text())
             for f in stanza if (args.crossval / "kfold" / f"{f}.json").exists()}
    print(summary(spacy, stanza))


if __name__ == "__main__":
    main()
