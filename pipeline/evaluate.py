"""Score annotated JSONL against gold JSONL, and summarise an annotated file.

Strict: a predicted span counts when start, end and label equal a gold span's. Overlap: a predicted
span counts when it overlaps a gold span of the same label (precision), a gold span counts when a
predicted span of its label overlaps it (recall). Attributes are scored on strictly matched spans.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Iterable

from pipeline.events.scoring import event_errors, format_events, score_events
from pipeline.io import is_error_record, json_lines
from pipeline.labels import LABELS, NAME_LABELS, QUANTITY_LABELS
MONEY_KEYS = ("amount", "min", "max", "currency", "qualifier")

Span = tuple[int, int, str]


def read_scored(path: str | Path) -> list[dict]:
    """Records of a JSONL file to score; a line that is not a JSON object becomes {} (still counted,
    so that records stay aligned by line)."""
    return [value if isinstance(value, dict) else {} for _, value, _ in json_lines(path)]


def align(gold: list[dict], pred: list[dict]) -> tuple[list[tuple[dict, dict]], dict[str, Any]]:
    """Pair gold with predicted records by `id` when every record has a unique one, else by line.
    A gold record with no prediction is paired with an empty one (its spans count as missed)."""
    def unique_ids(recs: list[dict]) -> bool:
        ids = [r.get("id") for r in recs]
        return all(isinstance(i, (str, int)) for i in ids) and len(set(ids)) == len(ids)

    if gold and unique_ids(gold) and unique_ids(pred):
        by_id = {r["id"]: r for r in pred}
        pairs = [(g, by_id.get(g["id"], {})) for g in gold]
        gold_ids = {g["id"] for g in gold}
        info = {"aligned_by": "id", "missing_predictions": sum(g["id"] not in by_id for g in gold),
                "extra_predictions": sum(r["id"] not in gold_ids for r in pred)}
    else:
        pairs = [(g, pred[i] if i < len(pred) else {}) for i, g in enumerate(gold)]
        info = {"aligned_by": "line", "missing_predictions": max(0, len(gold) - len(pred)),
                "extra_predictions": max(0, len(pred) - len(gold))}
    info["documents"] = len(pairs)
    return pairs, info


def spans(record: dict) -> dict[Span, dict]:
    """(start, end, label) → entity dict, for the well-formed entities of a record."""
    out = {}
    for ent in record.get("entities") or []:
        if isinstance(ent, dict) and isinstance(ent.get("start"), int) and isinstance(ent.get("end"), int):
            out[(ent["start"], ent["end"], ent.get("label"))] = ent
    return out


def prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> dict[str, Any]:
    """Precision from the predictions that count, recall from the gold spans that are found."""
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "gold": n_gold, "pred": n_pred, "tp": tp_g}


def _overlaps(a: Span, others: Iterable[Span]) -> bool:
    return any(o[2] == a[2] and o[0] < a[1] and a[0] < o[1] for o in others)


def score(pairs: list[tuple[dict, dict]], labels: Iterable[str] | None = None) -> dict[str, Any]:
    """Strict and overlap P/R/F1 per label and micro (names, all), and attribute accuracies."""
    counts = {mode: defaultdict(Counter) for mode in ("strict", "overlap")}
    attr: dict[str, Counter] = defaultdict(Counter)
    for gold_rec, pred_rec in pairs:
        gold, pred = spans(gold_rec), spans(pred_rec)
        for mode in counts:
            for s in gold:
                counts[mode][s[2]]["gold"] += 1
                found = s in pred if mode == "strict" else _overlaps(s, pred)
                counts[mode][s[2]]["tp_g"] += found
            for s in pred:
                counts[mode][s[2]]["pred"] += 1
                found = s in gold if mode == "strict" else _overlaps(s, gold)
                counts[mode][s[2]]["tp_p"] += found
        for s in gold.keys() & pred.keys():
            _score_attributes(s[2], gold[s], pred[s], attr)

    result: dict[str, Any] = {}
    wanted = list(labels) if labels else list(LABELS)
    for mode, by_label in counts.items():
        table = {}
        for label in wanted:
            c = by_label[label]
            table[label] = prf(c["tp_p"], c["pred"], c["tp_g"], c["gold"])
        for name, group in (("micro_names", NAME_LABELS), ("micro_all", LABELS)):
            c = sum((by_label[label] for label in group), Counter())
            table[name] = prf(c["tp_p"], c["pred"], c["tp_g"], c["gold"])
        if labels:
            c = sum((by_label[label] for label in wanted), Counter())
            table["micro_selected"] = prf(c["tp_p"], c["pred"], c["tp_g"], c["gold"])
        result[mode] = table
    result["attributes"] = {name: {"n": c["n"], "correct": c["ok"],
                                   "accuracy": c["ok"] / c["n"] if c["n"] else None}
                            for name, c in sorted(attr.items())}
    return result


def _score_attributes(label: str, gold: dict, pred: dict, attr: dict[str, Counter]) -> None:
    def check(name: str, ok: bool) -> None:
        attr[name]["n"] += 1
        attr[name]["ok"] += ok

    if label in NAME_LABELS and gold.get("norm") is not None:
        check("norm", gold.get("norm") == pred.get("norm"))
    if label == "COUNTRY" and "id" in gold:
        check("country_id", gold.get("id") == pred.get("id"))
    if label == "MONEY":
        check("money", all(gold.get(k) == pred.get(k) for k in MONEY_KEYS))
    if label == "PERCENT":
        check("percent_value", gold.get("value") == pred.get("value"))
    if label == "DATE":
        check("date_value", gold.get("value") == pred.get("value"))


def evaluate_files(gold_path: str | Path, pred_path: str | Path, labels: Iterable[str] | None = None) -> dict:
    pairs, info = align(read_scored(gold_path), read_scored(pred_path))
    result = {**info, **score(pairs, labels)}
    if any("events" in g for g, _ in pairs):  # gold with events: score them too (pipeline/events/scoring.py)
        result["events"] = score_events(pairs)
    return result


def format_table(result: dict) -> str:
    lines = [f"{result['documents']} documents aligned by {result['aligned_by']}"
             f" ({result['missing_predictions']} without prediction, {result['extra_predictions']} extra predictions)",
             "",
             f"{'label':<14}{'strict P':>9}{'R':>7}{'F1':>7}   {'overlap P':>9}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}"]
    for key, strict in result["strict"].items():
        if key == "micro_names":
            lines.append("-" * len(lines[-1]))
        ov = result["overlap"][key]
        lines.append(f"{key:<14}{strict['precision']:>9.3f}{strict['recall']:>7.3f}{strict['f1']:>7.3f}   "
                     f"{ov['precision']:>9.3f}{ov['recall']:>7.3f}{ov['f1']:>7.3f}{strict['gold']:>7}{strict['pred']:>7}")
    lines += ["", "attribute accuracy on strictly matched spans:"]
    for name, a in result["attributes"].items():
        acc = "  n/a" if a["accuracy"] is None else f"{a['accuracy']:.3f}"
        lines.append(f"  {name:<14}{acc:>7}  ({a['correct']}/{a['n']})")
    if "events" in result:
        lines.append(format_events(result["events"]))
    return "\n".join(lines)


def main(args) -> int:
    """`python -m pipeline evaluate GOLD PRED [--json] [--labels ...]`."""
    result = evaluate_files(args.gold, args.pred, args.labels)
    print(json.dumps(result, indent=2) if args.json else format_table(result))
    if getattr(args, "event_errors", False):
        print("\n".join(["", "event errors:"] + event_errors(align(read_scored(args.gold), read_scored(args.pred))[0])))
    return 0


# ---------------------------------------------------------------- summary of an annotated file
def _num(value: Any) -> str:
    return "?" if value is None else str(value)


def describe_value(ent: dict) -> str:
    """The normalised reading of a MONEY / PERCENT / DATE span, e.g. '1200000000 USD'."""
    label = ent.get("label")
    if label == "DATE":
        return _num(ent.get("value"))
    unit = ent.get("currency") if label == "MONEY" else "%"
    unit = _num(unit)
    if ent.get("min") is not None or ent.get("max") is not None:
        number = f"{_num(ent.get('min'))}–{_num(ent.get('max'))}"
    else:
        number = _num(ent.get("amount") if label == "MONEY" else ent.get("value"))
    text = f"{number} {unit}" if label == "MONEY" else f"{number}%"
    if ent.get("qualifier"):
        text += f" ({ent['qualifier']})"
    return text


def summarize(records: list[dict]) -> str:
    labels: Counter = Counter()
    values: dict[str, list[str]] = defaultdict(list)
    leaders: list[str] = []
    errors: list[str] = []
    for rec in records:
        if is_error_record(rec):
            errors.append(f"line {rec.get('line')}{' (id ' + str(rec['id']) + ')' if 'id' in rec else ''}: {rec['error']}")
            continue
        where = f"[{rec['id']}] " if "id" in rec else ""
        for ent in rec.get("entities") or []:
            labels[ent.get("label")] += 1
            if ent.get("label") in QUANTITY_LABELS:
                values[ent["label"]].append(f"{where}{ent.get('text')} → {describe_value(ent)}")
        for lead in rec.get("leaders") or []:
            extra = ", ".join(str(x) for x in (lead.get("country"), lead.get("org")) if x)
            leaders.append(f"{where}{lead.get('name')} — {lead.get('title')}{' (' + extra + ')' if extra else ''}")
    docs = len(records) - len(errors)
    out = [f"{len(records)} records: {docs} annotated, {len(errors)} errors, {sum(labels.values())} entities", "",
           "entities per label:"]
    out += [f"  {label:<8}{labels[label]:>6}" for label in LABELS]
    out += [f"  {label:<8}{n:>6}" for label, n in labels.items() if label not in LABELS]
    for label in QUANTITY_LABELS:
        out += ["", f"{label} ({len(values[label])}):"] + [f"  {v}" for v in values[label]]
    out += ["", f"leaders ({len(leaders)}):"] + [f"  {x}" for x in leaders]
    if errors:
        out += ["", f"error records ({len(errors)}):"] + [f"  {x}" for x in errors]
    return "\n".join(out)


def summary_main(args) -> int:
    """`python -m pipeline summary FILE.jsonl` (error records are listed, not a failure of the summary)."""
    print(summarize(read_scored(args.input)))
    return 0
