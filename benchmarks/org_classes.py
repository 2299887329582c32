"""Count the held-out ORG errors of a crossval run by the classes org_joins/org_splits address (issue 11,
class 9), fold by fold, to compare two runs of the same fold ners.

    python benchmarks/org_classes.py DIR [DIR2 ...] [--show N]

DIR is the -o folder of `python -m pipeline crossval --models ...` (its kfold/<fold>.entities.jsonl); the
texts are read from ../shared/corpus by id (nothing of them is written). Each ORG error of
benchmarks/cv_errors.py (missed, spurious, wrong span, wrong label, wrong span+label) falls in the first
class whose shape it has, else "other":
- country+body: the gold ORG opens with a country's name in the nominative and goes on ("Fransa Xarici
  İşlər Nazirliyi", "Polşa-Azərbaycan ... Palatası");
- named after: the gold ORG holds "adına" ("X adına Y Məktəbi");
- field pair: the gold ORG holds "və" and a predicted ORG overlapping it stops at or before the "və"
  or starts after it (a name cut at its "və");
- sub-unit: a predicted ORG holds a body's head in the genitive before its last word
  ("Senatın Kəşfiyyat Komitəsinin");
- run-on: a predicted ORG ends in lower-case words after its last capitalised word ("Parkı yaradılıb").
The detectors read the words (gazetteer, morphology, body heads), not the rules' own functions.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.cv_errors import SHARED, errors  # noqa: E402
from pipeline.lang.morphology import GENITIVE, in_case  # noqa: E402
from pipeline.names.countries import is_country_name  # noqa: E402
from pipeline.names.official_names import body_word  # noqa: E402

CLASSES = ("country+body", "named after", "field pair", "sub-unit", "run-on", "other")


def _country_opens(text: str) -> bool:
    words = text.split()
    for k in (2, 1):
        head = " ".join(words[:k])
        if len(words) > k and is_country_name(head) and not in_case(words[k - 1], GENITIVE):
            return True
    first = text.split("-", 1)[0]
    return "-" in text.split(" ", 1)[0] and is_country_name(first)


def _inner_genitive_head(text: str) -> bool:
    words = text.split()
    return any(w[:1].isupper() and in_case(w, GENITIVE) and body_word(w) for w in words[:-1])


def _run_on(text: str) -> bool:
    words = text.split()
    return len(words) > 1 and words[-1].isalpha() and words[-1].islower() and not body_word(words[-1])


def classify(text: str, kind: str, e: dict, near: list[dict]) -> str:
    """The class of one ORG error (see the module doc); `e` is gold unless the kind is spurious."""
    span = text[e["start"]:e["end"]]
    gold_side = kind != "spurious"
    if gold_side and e["label"] == "ORG":
        if _country_opens(span):
            return "country+body"
        if " adına " in span:
            return "named after"
        k = span.find(" və ")
        if k >= 0 and any(o["label"] == "ORG" and (o["end"] <= e["start"] + k + 4 or o["start"] > e["start"] + k)
                          for o in near):
            return "field pair"
    preds = [e] if not gold_side else near
    if any(p["label"] == "ORG" and _inner_genitive_head(text[p["start"]:p["end"]]) for p in preds):
        return "sub-unit"
    if any(p["label"] == "ORG" and _run_on(text[p["start"]:p["end"]]) for p in preds):
        return "run-on"
    return "other"


def count(run: Path, texts: dict[str, str], show: int = 0) -> Counter:
    """(fold, class) → number of ORG errors of that class in the run."""
    out: Counter = Counter()
    shown: Counter = Counter()
    for path in sorted((run / "kfold").glob("*.entities.jsonl")):
        fold = path.name.split(".")[0]
        for line in path.open(encoding="utf-8"):
            r = json.loads(line)
            text = texts[r["id"]]
            for kind, _label, e, near in errors(r["gold"], r["pred"], {"ORG"}):
                cls = classify(text, kind, e, near)
                out[fold, cls] += 1
                if cls != "other" and shown[cls] < show:
                    shown[cls] += 1
                    print(f"{cls:13} {kind:16} {text[e['start']:e['end']]!r} <- "
                          + "; ".join(f"{o['label']} {text[o['start']:o['end']]!r}" for o in near))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path, help="-o folders of `python -m pipeline crossval` runs")
    ap.add_argument("--show", type=int, default=0, help="errors printed per class (first run only)")
    args = ap.parse_args()
    texts = {}
    for p in (SHARED / "train.jsonl", SHARED / "dev.jsonl"):
        for line in p.open(encoding="utf-8"):
            r = json.loads(line)
            texts[r["id"]] = r["text"]
    for n, run in enumerate(args.dirs):
        if not list((run / "kfold").glob("*.entities.jsonl")):
            print(f"error: no {run}/kfold/<fold>.entities.jsonl", file=sys.stderr)
            return 2
        counts = count(run, texts, args.show if n == 0 else 0)
        folds = sorted({f for f, _ in counts})
        print(f"{run}\nclass         " + " ".join(f"{f:>6}" for f in folds) + "    all")
        for cls in CLASSES:
            row = [counts[f, cls] for f in folds]
            print(f"{cls:13} " + " ".join(f"{x:6}" for x in row) + f" {sum(row):6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
