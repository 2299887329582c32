"""Scores of `ref` against gold refs: B-cubed and pairwise precision/recall/F1 over mentions.

Only mentions whose span and label match a gold mention strictly, and whose gold carries a ref, count;
clusters are corpus-wide and per label ((label, ref) is one identity), so only the grouping is scored,
never the ref string itself.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, Iterable

def mentions(pairs: Iterable[tuple[dict, dict]]) -> list[tuple[str, str, str | None]]:
    """(label, gold ref, predicted ref) of every strictly matched mention whose gold has a ref."""
    out = []
    for gold, pred in pairs:
        found = {(e.get("start"), e.get("end"), e.get("label")): e for e in pred.get("entities") or []
                 if isinstance(e, dict)}
        for e in gold.get("entities") or []:
            if isinstance(e, dict) and e.get("ref") is not None:
                p = found.get((e.get("start"), e.get("end"), e.get("label")))
                if p is not None:
                    out.append((e["label"], str(e["ref"]), None if p.get("ref") is None else str(p["ref"])))
    return out


def _prf(p: float, r: float, n: int) -> dict[str, Any]:
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "mentions": n}


def bcubed(items: list[tuple[str, str, str | None]]) -> dict[str, Any]:
    """B-cubed: per mention, the share of its predicted cluster that is in its gold cluster (precision)
    and of its gold cluster that is in its predicted cluster (recall), averaged. A mention without a
    predicted ref is a cluster of its own."""
    if not items:
        return _prf(0.0, 0.0, 0)
    gold = [(label, g) for label, g, _ in items]
    pred = [(label, p) if p is not None else (label, f"\0{k}") for k, (label, _, p) in enumerate(items)]
    both = Counter(zip(gold, pred))
    g_size, p_size = Counter(gold), Counter(pred)
    precision = sum(both[(g, p)] / p_size[p] for g, p in zip(gold, pred)) / len(items)
    recall = sum(both[(g, p)] / g_size[g] for g, p in zip(gold, pred)) / len(items)
    return _prf(precision, recall, len(items))


def pairwise(items: list[tuple[str, str, str | None]]) -> dict[str, Any]:
    """Pairwise: of the mention pairs put together, the share together in gold (precision), and of the
    gold pairs, the share put together (recall)."""
    gold = [(label, g) for label, g, _ in items]
    pred = [(label, p) if p is not None else (label, f"\0{k}") for k, (label, _, p) in enumerate(items)]
    pairs = lambda c: sum(n * (n - 1) // 2 for n in c.values())  # noqa: E731
    same = pairs(Counter(zip(gold, pred)))
    n_pred, n_gold = pairs(Counter(pred)), pairs(Counter(gold))
    return _prf(same / n_pred if n_pred else 1.0, same / n_gold if n_gold else 1.0, len(items))


def ref_scores(pairs: list[tuple[dict, dict]]) -> dict[str, Any] | None:
    """{"bcubed": {overall, PERSON, ORG, ...}, "pairwise": {...}}; None when the gold has no refs."""
    items = mentions(pairs)
    gold_has_refs = any(isinstance(e, dict) and e.get("ref") is not None
                        for g, _ in pairs for e in g.get("entities") or [])
    if not gold_has_refs:
        return None
    by_label: dict[str, list] = defaultdict(list)
    for item in items:
        by_label[item[0]].append(item)
    out: dict[str, Any] = {}
    for name, fn in (("bcubed", bcubed), ("pairwise", pairwise)):
        out[name] = {"overall": fn(items), **{label: fn(by_label[label]) for label in sorted(by_label)}}
    return out


def format_ref_scores(scores: dict[str, Any]) -> list[str]:
    """Table lines for `evaluate`'s output."""
    lines = ["", "ref (identities) on strictly matched mentions with a gold ref:",
             f"  {'':<10}{'B³ P':>7}{'R':>7}{'F1':>7}   {'pair P':>7}{'R':>7}{'F1':>7}{'mentions':>10}"]
    for key, b in scores["bcubed"].items():
        pw = scores["pairwise"][key]
        lines.append(f"  {key:<10}{b['precision']:>7.3f}{b['recall']:>7.3f}{b['f1']:>7.3f}   "
                     f"{pw['precision']:>7.3f}{pw['recall']:>7.3f}{pw['f1']:>7.3f}{b['mentions']:>10}")
    return lines
