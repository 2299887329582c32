"""Spot check on another outlet (`../shared/news/egov.jsonl`): a reproducible sample, read by hand.

    python -m pipeline sample ../shared/news/egov.jsonl -n 20 --seed 11 -o out/egov_sample.jsonl
    python -m pipeline annotate out/egov_sample.jsonl -o out/egov_pred.jsonl
    python benchmarks/egov_spotcheck.py out/egov_pred.jsonl /work/coord/egov_judgements.jsonl

`pipeline sample` draws the articles with a fixed seed (the same ones on every machine that has the
same file). The predictions are then read by a person, who judges every PERSON/ORG/REGION/COUNTRY/TITLE span by
`../shared/ANNOTATION.md` and writes one JSON line per span to a judgements file kept OUTSIDE the
repository (the texts belong to the publisher): {"id", "start", "end", "label", "verdict": "right" |
"wrong" | "missed", "class": 1-11 of issue 11 or 0 (other), "note"}; "missed" marks a name the
reader expected and the pipeline did not give (start/end/label of the expected span).

The script matches a prediction file (e.g. of a later version of the pipeline) against the judgements by
(id, start, end, label): precision per label over the judged spans (a noted miss that is now
predicted counts as right), wrong predictions per error class, the noted misses now found or still
missed, and every predicted span without a judgement listed as 'unjudged' (to be read before the
figures are quoted). No text is printed, only offsets and labels.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.io import read_jsonl  # noqa: E402
from pipeline.labels import NAME_LABELS as LABELS  # noqa: E402

CLASSES = {
    0: "other",
    1: "capitalised common word at a sentence/headline start",
    2: "capitalised or long title of office (as ORG, cut, leader lost)",
    3: "quoted product/project name as ORG, or a quoted date-name as DATE",
    4: "multi-word place split or half-found; place inside an event name",
    5: "nominative missed where the inflected form is found; acronym in brackets",
    6: "person name forms (genitive -n-, patronymic, regnal, initials, merged with next word)",
    7: "money qualifier or currency",
    8: "datelines, bylines, words run together",
    9: "long official name cut, split or merged",
    10: "company or brand typed PERSON/REGION, or split",
    11: "the outlet's own vocabulary: portals, systems, e-services as ORG",
}




def count(pred: list[dict], judgements: list[dict]) -> dict:
    """Precision per label, wrong spans per class, misses found, unjudged spans (see module doc)."""
    ids = {j["id"] for j in judgements}
    judged = {(j["id"], j["start"], j["end"], j["label"]): j for j in judgements if j["verdict"] != "missed"}
    missed = [j for j in judgements if j["verdict"] == "missed"]
    expected = {(j["id"], j["start"], j["end"], j["label"]) for j in missed}
    predicted = {(r.get("id"), e["start"], e["end"], e["label"])
                 for r in pred if r.get("id") in ids for e in r.get("entities") or [] if e["label"] in LABELS}
    per_label = {lab: Counter() for lab in LABELS}
    per_class: Counter = Counter()
    unjudged = []
    for key in sorted(predicted, key=lambda k: (str(k[0]), k[1], k[2])):
        j = judged.get(key)
        if j is None and key in expected:  # a noted miss, now found: what the reader asked for
            per_label[key[3]]["right"] += 1
            continue
        if j is None:
            unjudged.append(key)
            per_label[key[3]]["unjudged"] += 1
            continue
        per_label[key[3]][j["verdict"]] += 1
        if j["verdict"] == "wrong":
            per_class[int(j.get("class") or 0)] += 1
    gone = Counter(j["verdict"] for key, j in judged.items() if key not in predicted)
    found = Counter(int(j.get("class") or 0) for j in missed
                    if (j["id"], j["start"], j["end"], j["label"]) in predicted)
    still = Counter(int(j.get("class") or 0) for j in missed
                    if (j["id"], j["start"], j["end"], j["label"]) not in predicted)
    return {"articles": len(ids), "per_label": per_label, "per_class": per_class, "unjudged": unjudged,
            "judged_not_predicted": gone, "missed_found": found, "missed_still": still}


def precision(c: Counter) -> str:
    n = c["right"] + c["wrong"]
    return f"{c['right'] / n:.2f}" if n else "n/a"


def report(result: dict) -> str:
    lines = [f"{result['articles']} articles judged by hand", "",
             "| label | predicted | right | wrong | unjudged | precision |", "|---|---|---|---|---|---|"]
    total = Counter()
    for lab, c in result["per_label"].items():
        total.update(c)
        lines.append(f"| {lab} | {c['right'] + c['wrong'] + c['unjudged']} | {c['right']} | {c['wrong']} | "
                     f"{c['unjudged']} | {precision(c)} |")
    lines.append(f"| all five | {total['right'] + total['wrong'] + total['unjudged']} | {total['right']} | "
                 f"{total['wrong']} | {total['unjudged']} | {precision(total)} |")
    lines += ["", "| class | wrong predictions | noted misses still missed | noted misses now found |",
              "|---|---|---|---|"]
    for k, name in CLASSES.items():
        lines.append(f"| {k} {name} | {result['per_class'][k]} | {result['missed_still'][k]} | "
                     f"{result['missed_found'][k]} |")
    lines.append(f"| total | {sum(result['per_class'].values())} | {sum(result['missed_still'].values())} | "
                 f"{sum(result['missed_found'].values())} |")
    gone = result["judged_not_predicted"]
    lines += ["", f"judged spans no longer predicted: {gone['right']} right, {gone['wrong']} wrong",
              f"unjudged predicted spans (read them before quoting precision): {len(result['unjudged'])}"]
    lines += [f"  unjudged {i} {s}-{e} {lab}" for i, s, e, lab in result["unjudged"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pred", help="annotated JSONL (python -m pipeline annotate) of the sampled articles")
    parser.add_argument("judgements", help="JSONL of hand judgements (see the module docstring)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    args = parser.parse_args(argv)
    for path in (args.pred, args.judgements):
        if not Path(path).exists():
            print(f"error: {path} not found", file=sys.stderr)
            return 2
    result = count(read_jsonl(Path(args.pred)), read_jsonl(Path(args.judgements)))
    print(json.dumps(result, default=list, indent=1) if args.json else report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
