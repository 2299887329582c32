"""Labels, the spans of a record, and per-document counts for strict and overlap P/R/F1.

Strict: a predicted span counts when start, end and label equal a gold span's. Overlap: a predicted
span counts when it overlaps a gold span of the same label (precision), a gold span counts when a
predicted span of its label overlaps it (recall). Attributes are checked on strictly matched spans.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

from pipeline.labels import NAME_LABELS

MONEY_KEYS = ("amount", "min", "max", "currency", "qualifier")
MODES = ("strict", "overlap")
# the four numbers behind P/R/F1, in the order the bootstrap's arrays keep them
COUNT_KEYS = ("tp_p", "pred", "tp_g", "gold")

Span = tuple[int, int, str]


def spans(record: dict, labels: Iterable[str] | None = None) -> dict[Span, dict]:
    """(start, end, label) → entity dict, for the well-formed entities of a record (of `labels` only)."""
    wanted = set(labels) if labels is not None else None
    out = {}
    for ent in record.get("entities") or []:
        if isinstance(ent, dict) and isinstance(ent.get("start"), int) and isinstance(ent.get("end"), int) \
                and (wanted is None or ent.get("label") in wanted):
            out[(ent["start"], ent["end"], ent.get("label"))] = ent
    return out


def prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> dict[str, Any]:
    """Precision from the predictions that count, recall from the gold spans that are found."""
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "gold": n_gold, "pred": n_pred, "tp": tp_g}


def overlaps(a: Span, others: Iterable[Span]) -> bool:
    """Whether a span shares a character with a span of the same label (touching is no overlap)."""
    return any(o[2] == a[2] and o[0] < a[1] and a[0] < o[1] for o in others)


def doc_counts(gold: dict[Span, dict], pred: dict[Span, dict]) -> dict[str, dict[str, Counter]]:
    """mode → label → Counter(tp_p, pred, tp_g, gold) for one document."""
    counts: dict[str, dict[str, Counter]] = {mode: {} for mode in MODES}
    for mode, by_label in counts.items():
        for s in gold:
            c = by_label.setdefault(s[2], Counter())
            c["gold"] += 1
            c["tp_g"] += s in pred if mode == "strict" else overlaps(s, pred)
        for s in pred:
            c = by_label.setdefault(s[2], Counter())
            c["pred"] += 1
            c["tp_p"] += s in gold if mode == "strict" else overlaps(s, gold)
    return counts


def attribute_checks(label: str, gold: dict, pred: dict) -> list[tuple[str, bool]]:
    """(attribute, equal?) for each value the gold entity carries: norm, country_id, money,
    percent_value, date_value. One definition for the accuracies and for `wrong_value` errors."""
    checks = []
    if label in NAME_LABELS and gold.get("norm") is not None:
        checks.append(("norm", gold.get("norm") == pred.get("norm")))
    if label == "COUNTRY" and "id" in gold:
        checks.append(("country_id", gold.get("id") == pred.get("id")))
    if label == "MONEY":
        checks.append(("money", all(gold.get(k) == pred.get(k) for k in MONEY_KEYS)))
    if label == "PERCENT":
        checks.append(("percent_value", gold.get("value") == pred.get("value")))
    if label == "DATE":
        checks.append(("date_value", gold.get("value") == pred.get("value")))
    return checks
