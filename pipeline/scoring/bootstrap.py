"""Bootstrap over documents: 95% intervals of F1, and the paired comparison of two systems.

A resample draws as many documents as there are, with replacement (seeded, so the same seed gives
the same intervals). Documents are the unit because errors cluster in documents (one article's
unknown name is missed in every mention), so resampling spans would make intervals too narrow.
Counts arrays have shape (documents, rows, 4), the last axis `entities.COUNT_KEYS`
(tp_p, pred, tp_g, gold); a row is a label or a micro group. A resample in which a row has neither
gold nor predicted spans has no F1 for it and is left out of that row's interval.
"""
from __future__ import annotations

import numpy as np

RESAMPLES = 1000
SEED = 0


def f1(counts: np.ndarray) -> np.ndarray:
    """F1 over the last axis (tp_p, pred, tp_g, gold); NaN where there is neither gold nor prediction."""
    tp_p, pred, tp_g, gold = (counts[..., i].astype(float) for i in range(4))
    p = np.divide(tp_p, pred, out=np.zeros_like(tp_p), where=pred > 0)
    r = np.divide(tp_g, gold, out=np.zeros_like(tp_g), where=gold > 0)
    f = np.divide(2 * p * r, p + r, out=np.zeros_like(p), where=(p + r) > 0)
    return np.where((pred + gold) > 0, f, np.nan)


def weights(n_docs: int, resamples: int = RESAMPLES, seed: int = SEED) -> np.ndarray:
    """(resamples, documents): how often each document is drawn in each resample."""
    if n_docs == 0:
        return np.zeros((resamples, 0), dtype=np.int64)
    rng = np.random.default_rng(seed)
    return rng.multinomial(n_docs, np.full(n_docs, 1.0 / n_docs), size=resamples)


def resampled_f1(per_doc: np.ndarray, w: np.ndarray) -> np.ndarray:
    """(resamples, rows) F1 of every resample."""
    return f1(np.einsum("rd,dkc->rkc", w, per_doc))


def _percentiles(values: np.ndarray) -> list[list[float] | None]:
    out = []
    for column in values.T:
        column = column[~np.isnan(column)]
        out.append([float(x) for x in np.percentile(column, [2.5, 97.5])] if column.size else None)
    return out


def intervals(per_doc: np.ndarray, resamples: int = RESAMPLES, seed: int = SEED) -> list[list[float] | None]:
    """[lo, hi] of each row's F1 (percentile interval), None where no resample has the row."""
    return _percentiles(resampled_f1(per_doc, weights(per_doc.shape[0], resamples, seed)))


def paired(per_doc_a: np.ndarray, per_doc_b: np.ndarray, resamples: int = RESAMPLES,
           seed: int = SEED) -> list[dict]:
    """Per row: B's F1 minus A's on all documents, the 95% interval of that difference over
    resamples that draw the same documents for both, and the share of resamples where B is better."""
    w = weights(per_doc_a.shape[0], resamples, seed)
    diff = resampled_f1(per_doc_b, w) - resampled_f1(per_doc_a, w)
    point = f1(per_doc_b.sum(axis=0)) - f1(per_doc_a.sum(axis=0))
    out = []
    for k, ci in enumerate(_percentiles(diff)):
        column = diff[:, k][~np.isnan(diff[:, k])]
        out.append({"diff": None if np.isnan(point[k]) else float(point[k]), "ci95": ci,
                    "b_better": float((column > 0).mean()) if column.size else None})
    return out
