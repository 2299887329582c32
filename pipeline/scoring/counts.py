"""Strict and overlap P/R/F1 per label and micro rows, summed over documents or kept per document
(the bootstrap's arrays). Shared by `evaluate` and `agreement`."""
from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

import numpy as np

from pipeline.labels import LABELS, NAME_LABELS
from pipeline.scoring.entities import COUNT_KEYS, MODES, attribute_checks, doc_counts, prf, spans


def row_groups(labels: Iterable[str] | None) -> dict[str, tuple[str, ...]]:
    """Table row → the labels it adds up: each label, then the micro rows. With `labels` given, only
    those labels and `micro_selected`; without, all eight, `micro_names` and `micro_all`."""
    if labels:
        wanted = tuple(labels)
        return {**{label: (label,) for label in wanted}, "micro_selected": wanted}
    return {**{label: (label,) for label in LABELS}, "micro_names": NAME_LABELS, "micro_all": LABELS}


def wanted_labels(labels: Iterable[str] | None) -> tuple[str, ...]:
    return tuple(labels) if labels else LABELS


def score(pairs: list[tuple[dict, dict]], labels: Iterable[str] | None = None) -> dict[str, Any]:
    """Strict and overlap P/R/F1 per row of `row_groups`, and attribute accuracies (on the labels asked for)."""
    wanted = wanted_labels(labels)
    by_label: dict[str, dict[str, Counter]] = {mode: {label: Counter() for label in wanted} for mode in MODES}
    attr: dict[str, Counter] = {}
    for gold_rec, pred_rec in pairs:
        gold, pred = spans(gold_rec, wanted), spans(pred_rec, wanted)
        for mode, counts in doc_counts(gold, pred).items():
            for label, c in counts.items():
                by_label[mode][label].update(c)
        for s in gold.keys() & pred.keys():
            for name, ok in attribute_checks(s[2], gold[s], pred[s]):
                attr.setdefault(name, Counter()).update(n=1, ok=int(ok))
    result: dict[str, Any] = {}
    for mode in MODES:
        table = {}
        for row, group in row_groups(labels).items():
            c = sum((by_label[mode][label] for label in group), Counter())
            table[row] = prf(c["tp_p"], c["pred"], c["tp_g"], c["gold"])
        result[mode] = table
    result["attributes"] = {name: {"n": c["n"], "correct": c["ok"], "accuracy": c["ok"] / c["n"] if c["n"] else None}
                            for name, c in sorted(attr.items())}
    return result


def strict_array(triples: list[tuple[Any, dict, dict]], labels: Iterable[str] | None) -> np.ndarray:
    """(documents, rows of `row_groups`, COUNT_KEYS) strict counts, for the bootstrap."""
    groups = row_groups(labels)
    wanted = wanted_labels(labels)
    out = np.zeros((len(triples), len(groups), len(COUNT_KEYS)), dtype=np.int64)
    for d, (_, gold_rec, pred_rec) in enumerate(triples):
        counts = doc_counts(spans(gold_rec, wanted), spans(pred_rec, wanted))["strict"]
        for k, group in enumerate(groups.values()):
            c = sum((counts.get(label, Counter()) for label in group), Counter())
            out[d, k] = [c[key] for key in COUNT_KEYS]
    return out
