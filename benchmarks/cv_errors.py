"""The name errors of held-out fold predictions against gold, by kind, to read and group into classes.

    python benchmarks/cv_errors.py DIR [--scheme kfold] [--labels ORG REGION] [--show N]

DIR is the -o folder of `python -m pipeline crossval` (with or without --models), which writes each scored
fold's held-out gold and whole-pipeline entities, without text, to DIR/<scheme>/<fold>.entities.jsonl;
for --show the texts are read from ../shared/corpus (train + dev) by id. Each gold or predicted span of a label in --labels is counted
once by kind: "missed" (gold, no prediction overlaps), "spurious" (prediction, no gold overlaps), "wrong
span" (an overlapping prediction of the same label, other offsets), "wrong label" (same offsets, other
label), "wrong span+label" (overlapping, other offsets and label); a prediction of a selected label
over gold spans of other labels only is a "wrong label" of the predicted label. --show N prints N instances of each
kind with a few words around them (to read, never to commit).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"


def _overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def errors(gold: list[dict], pred: list[dict], labels: set[str]) -> list[tuple[str, str, dict, list[dict]]]:
    """(kind, label, span, the other side's overlapping spans) for every wrong span of `labels`."""
    out = []
    same = {(e["start"], e["end"], e["label"]) for e in gold} & {(e["start"], e["end"], e["label"]) for e in pred}
    for side, mine, other in (("gold", gold, pred), ("pred", pred, gold)):
        for e in mine:
            if (e["start"], e["end"], e["label"]) in same:
                continue
            near = [o for o in other if _overlaps(e, o)]
            if side == "pred" and near:
                if e["label"] in labels and not any(o["label"] in labels for o in near):
                    out.append(("wrong label", e["label"], e, near))  # a gold non-label span taken as label
                continue  # otherwise counted from the gold side
            if e["label"] not in labels:
                continue  # a gold span of another label: counted, if at all, from the pred side above
            if not near:
                out.append(("missed" if side == "gold" else "spurious", e["label"], e, near))
            elif any(o["label"] == e["label"] for o in near):
                out.append(("wrong span", e["label"], e, near))
            elif any((o["start"], o["end"]) == (e["start"], e["end"]) for o in near):
                out.append(("wrong label", e["label"], e, near))
            else:
                out.append(("wrong span+label", e["label"], e, near))
    return out


SUFFIX = ".entities.jsonl"


def fold_files(out: Path, scheme: str) -> list[Path]:
    """The <fold>.entities.jsonl files of a crossval -o folder; [] (with a message) when there are none."""
    paths = sorted((out / scheme).glob("*" + SUFFIX))
    if not paths:
        print(f"error: no {out / scheme}/<fold>{SUFFIX} (written by `python -m pipeline crossval "
              f"-o {out}`)", file=sys.stderr)
    return paths


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path, help="the -o folder of a `python -m pipeline crossval` run")
    ap.add_argument("--scheme", choices=("kfold", "outlet"), default="kfold",
                    help="the crossval scheme whose folds are read (default: kfold)")
    ap.add_argument("--labels", nargs="+", default=["ORG", "REGION"], help="labels whose errors are listed")
    ap.add_argument("--show", type=int, default=0,
                    help="instances printed per kind, with words around them from ../shared (default none)")
    args = ap.parse_args()
    paths = fold_files(args.dir, args.scheme)
    if not paths:
        return 2
    texts = {}
    for p in (SHARED / "train.jsonl", SHARED / "dev.jsonl") if args.show else ():
        for line in p.open(encoding="utf-8"):
            r = json.loads(line)
            texts[r["id"]] = r["text"]
    counts: Counter = Counter()
    shown: Counter = Counter()
    for path in paths:
        fold = path.name[:-len(SUFFIX)]
        for line in path.open(encoding="utf-8"):
            r = json.loads(line)
            for kind, label, e, near in errors(r["gold"], r["pred"], set(args.labels)):
                counts[fold, label, kind] += 1
                if shown[label, kind] < args.show:
                    text = texts[r["id"]]
                    shown[label, kind] += 1
                    ctx = text[max(0, e["start"] - 40):e["start"]] + "[[" + text[e["start"]:e["end"]] + "]]" \
                        + text[e["end"]:e["end"] + 40]
                    others = "; ".join(f'{o["label"]} "{text[o["start"]:o["end"]]}"' for o in near)
                    print(f"{label:6} {kind:16} {ctx!r}  <- {others}")
    folds = [path.name[:-len(SUFFIX)] for path in paths]  # a fold without errors still has its 0s
    print("label  kind             " + " ".join(f"{f:>6}" for f in folds) + "    all")
    for label in args.labels:
        for kind in ("missed", "spurious", "wrong span", "wrong label", "wrong span+label"):
            row = [counts[f, label, kind] for f in folds]
            print(f"{label:6} {kind:16} " + " ".join(f"{n:6}" for n in row) + f" {sum(row):6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
