"""The (person, title) pair errors of held-out fold predictions against gold, by class, to read and group.

    python benchmarks/cv_leaders.py DIR [--scheme kfold] [--show N] [--classes CLASS ...]

DIR is the -o folder of `python -m pipeline crossval` (with or without --models). Each fold's held-out
gold and whole-pipeline entities (DIR/<scheme>/<fold>.entities.jsonl, no text) are joined with their
texts from ../shared/corpus by id; the predicted entities get their norms and leaders from the
pipeline's own `az_norm`/`az_link` (`pipeline.formats.fill.Filler`, as `crossval` computed them), and
the pairs are scored as `evaluate` does (`pipeline.scoring.leaders`). Each missed gold pair and each
spurious predicted pair is put in one class by what the spans show:

  missed:   "title missed" (no prediction on the gold title), "title typed X" (predicted as label X),
            "title span" (a TITLE with other offsets: cut or grown), "person span" (the title is right,
            the person is missing or has other offsets), "norm" (both spans right, a predicted pair of
            the same person has another title norm), "link" (both spans right, no pair);
  spurious: "no gold title" (the predicted TITLE overlaps no gold TITLE), "title span", "person span",
            "norm", "link" (both spans are gold but gold does not pair them).

--show N prints N instances per class with the words around them (to read, never to commit).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.cv_errors import SUFFIX, fold_files  # noqa: E402
from pipeline.formats.fill import Filler  # noqa: E402
from pipeline.scoring.leaders import entity_pair_spans, predicted_pairs  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"


def _at(ents: list[dict], span: dict, label: str | None = None) -> dict | None:
    return next((e for e in ents if (e["start"], e["end"]) == (span["start"], span["end"])
                 and (label is None or e["label"] == label)), None)


def _over(ents: list[dict], span: dict) -> list[dict]:
    return [e for e in ents if e["start"] < span["end"] and span["start"] < e["end"]]


def missed_class(title: dict, person: dict, pred: list[dict], pred_pairs: set) -> str:
    """The class of a gold pair that no predicted pair matches."""
    if _at(pred, title, "TITLE") is None:
        near = _over(pred, title)
        if not near:
            return "title missed"
        return "title span" if any(e["label"] == "TITLE" for e in near) else f"title typed {near[0]['label']}"
    if _at(pred, person, "PERSON") is None:
        return "person span"
    surname = person.get("_surname")
    return "norm" if any(s == surname for s, _ in pred_pairs) else "link"


def spurious_class(title: dict, person: dict, gold: list[dict], gold_pairs: set, surname: str) -> str:
    """The class of a predicted pair that matches no gold pair."""
    if _at(gold, title, "TITLE") is None:
        return "title span" if any(e["label"] == "TITLE" for e in _over(gold, title)) else "no gold title"
    if _at(gold, person, "PERSON") is None:
        return "person span"
    return "norm" if any(s == surname for s, _ in gold_pairs) else "link"


def context(text: str, *spans: dict, width: int = 60) -> str:
    lo, hi = min(s["start"] for s in spans), max(s["end"] for s in spans)
    marks = sorted([(s["start"], "[") for s in spans] + [(s["end"], "]") for s in spans])
    out, pos = [], lo
    for at, mark in marks:
        out.append(text[pos:at] + mark)
        pos = at
    out.append(text[pos:hi])
    return text[max(0, lo - width):lo] + "".join(out) + text[hi:hi + width]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir", type=Path, help="the -o folder of a `python -m pipeline crossval` run")
    ap.add_argument("--scheme", choices=("kfold", "outlet"), default="kfold",
                    help="the crossval scheme whose folds are read (default: kfold)")
    ap.add_argument("--show", type=int, default=0,
                    help="instances printed per class, with words around them from ../shared (default none)")
    ap.add_argument("--classes", nargs="+", help="only these classes are shown (e.g. 'missed link')")
    args = ap.parse_args()
    paths = fold_files(args.dir, args.scheme)
    if not paths:
        return 2
    gold_recs = {}
    for p in (SHARED / "train.jsonl", SHARED / "dev.jsonl"):
        for line in p.open(encoding="utf-8"):
            r = json.loads(line)
            gold_recs[r["id"]] = r
    fill = Filler()
    counts: Counter = Counter()
    shown: Counter = Counter()
    folds = [p.name[:-len(SUFFIX)] for p in paths]
    for fold, path in zip(folds, paths):
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            g = gold_recs[row["id"]]
            text = g["text"]
            pred_rec = fill({"id": row["id"], "text": text, "date": g.get("date"),
                             "entities": [{**e, "text": text[e["start"]:e["end"]]} for e in row["pred"]]})
            gold_spans, pred_spans = entity_pair_spans(g), entity_pair_spans(pred_rec)
            gold_pairs, pred_pairs = {k for k, _, _ in gold_spans}, predicted_pairs(pred_rec)
            counts[fold, "gold"] += len(gold_pairs)
            counts[fold, "pred"] += len(pred_pairs)
            found = []
            for key, t, p in gold_spans:
                if key in pred_pairs:
                    continue
                cls = "missed " + missed_class(t, {**p, "_surname": key[0]}, pred_rec["entities"], pred_pairs)
                found.append((cls, key, t, p))
            where = {k: (t, p) for k, t, p in pred_spans}
            for key in sorted(pred_pairs - gold_pairs):
                if key not in where:  # the link paired what the gold rule would not: show the person
                    cls = "spurious link-only"
                    t = p = next(e for e in pred_rec["entities"] if e["label"] == "PERSON") \
                        if any(e["label"] == "PERSON" for e in pred_rec["entities"]) else {"start": 0, "end": 0}
                else:
                    t, p = where[key]
                    cls = "spurious " + spurious_class(t, p, g["entities"], gold_pairs, key[0])
                found.append((cls, key, t, p))
            for cls, key, t, p in found:
                counts[fold, cls] += 1
                if shown[cls] < args.show and (not args.classes or cls in args.classes
                                               or cls.split(" ", 1)[1] in args.classes):
                    shown[cls] += 1
                    print(f"{cls:22} {key} {context(text, t, p)!r}")
    classes = sorted({c for (_, c) in counts if c not in ("gold", "pred")})
    print("class                  " + " ".join(f"{f:>6}" for f in folds) + "    all")
    for cls in ("gold", "pred", *classes):
        row = [counts[f, cls] for f in folds]
        print(f"{cls:22} " + " ".join(f"{n:6}" for n in row) + f" {sum(row):6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
