"""A learned filter over the rules' candidate events: a logistic regression (numpy, no new dependency)
on sparse features of each event the rules find (trigger words and type, modality, argument roles and
labels, place in the article and sentence cues) that keeps an event when its probability of being a
gold event reaches a threshold. Trained and measured by `benchmarks/events_cv.py --pooled` (pooled
cross-validation over events_train and dev); the shipped weights are pipeline/data/events/filter.tsv,
written by `benchmarks/events_cv.py --write-filter`.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc, Token

from pipeline.lang.sentences import sentence_bounds
from pipeline.tables import read_tsv

QUOTES = "“\"«"
WEIGHTS = Path("events") / "filter.tsv"  # under pipeline/data/
THRESHOLD, BIAS = "<threshold>", "<bias>"  # rows of the weights table that are not features


@dataclass(frozen=True)
class Filter:
    """Weights per feature, the bias and the threshold a candidate's probability must reach."""
    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, row: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in row)
        return float(1 / (1 + np.exp(-z)))

    def table(self, comment: str) -> str:
        """The weights table (filter.tsv): `comment` as "#" lines, then threshold, bias and weights."""
        head = "".join(f"# {line}\n" for line in comment.splitlines())
        rows = [(THRESHOLD, self.threshold), (BIAS, round(self.bias, 6))]
        rows += [(f, round(w, 6)) for f, w in sorted(self.weights.items()) if abs(w) >= 1e-6]
        return head + "feature\tweight\n" + "".join(f"{f}\t{w}\n" for f, w in rows)


def read(path: str | Path) -> Filter:
    """A Filter from its weights table (`Filter.table`); `path` relative to pipeline/data/ or absolute."""
    weights = {r["feature"]: float(r["weight"]) for r in read_tsv(path)}
    return Filter(weights, weights.pop(BIAS), weights.pop(THRESHOLD))


@cache
def shipped() -> Filter:
    return read(WEIGHTS)


def _word(tok: Token) -> str:
    return "<sp>" if tok.is_space else tok.norm_  # no line break or tab reaches the weights table


def bucket(n: int, edges: tuple[int, ...]) -> int:
    """How many of `edges` `n` reaches: a small count as a feature value."""
    return sum(n >= e for e in edges)


def event_features(doc: Doc, event: dict[str, Any], starts: list[int], seen: dict[str, int]) -> list[str]:
    """Features of a candidate event of `doc`; `starts`: the sentences' first token indices; `seen`:
    how many events of each type came before it in the article (updated here)."""
    span = doc.char_span(event["trigger"]["start"], event["trigger"]["end"], alignment_mode="expand")
    kind = event["type"]
    n_sent = bisect_right(starts, span.start) - 1
    lo = starts[n_sent]
    hi = starts[n_sent + 1] if n_sent + 1 < len(starts) else len(doc)
    roles = sorted({a["role"] for a in event["args"]})
    first, last = _word(span[0]), _word(span[-1])
    out = [f"type={kind}", f"stem={first[:5]}|{kind}", f"end={last[-3:]}|{kind}", f"words={min(len(span), 3)}",
           f"mod={event['modality']}|{kind}", f"sent={min(n_sent, 3)}|{kind}", f"nargs={min(len(event['args']), 4)}|{kind}",
           f"before={min(seen.get(kind, 0), 2)}|{kind}", f"len={bucket(hi - lo, (15, 35))}",
           "init" if span.start == lo else "noninit",
           "prev=" + (_word(doc[span.start - 1]) if span.start > lo else "<s>"),
           "next=" + (_word(doc[span.end]) if span.end < hi else "</s>")]
    out += [f"role={r}|{kind}" for r in roles]
    out += sorted({f"label={a['label']}|{a['role']}" for a in event["args"]})
    before = doc[lo:span.start].text
    if any(q in before for q in QUOTES):
        out.append("quote_before")
    if " ki" in f" {before.lower()}":
        out.append("ki")
    seen[kind] = seen.get(kind, 0) + 1
    return out


def doc_features(doc: Doc, events: list[dict[str, Any]]) -> list[list[str]]:
    """`event_features` of each event of `doc`, in order."""
    starts = [lo for lo, _ in sentence_bounds(doc)]
    seen: dict[str, int] = {}
    return [event_features(doc, ev, starts, seen) for ev in events]


def fit(rows: list[list[str]], labels: list[int], l2: float, threshold: float,
        epochs: int = 400, rate: float = 0.5) -> Filter:
    """A logistic regression by full-batch gradient descent with an L2 penalty (not on the bias)."""
    vocab: dict[str, int] = {}
    for row in rows:
        for f in row:
            vocab.setdefault(f, len(vocab))
    x = np.zeros((len(rows), len(vocab)))
    for i, row in enumerate(rows):
        x[i, [vocab[f] for f in row]] = 1
    y = np.asarray(labels, dtype=float)
    w, b = np.zeros(len(vocab)), 0.0
    for _ in range(epochs):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        w -= rate * (x.T @ (p - y) + l2 * w) / len(y)
        b -= rate * float(np.mean(p - y))
    return Filter({f: float(w[i]) for f, i in vocab.items()}, b, threshold)


def keep(doc: Doc, events: list[dict[str, Any]], model: Filter) -> list[dict[str, Any]]:
    """The events of `doc` whose probability reaches the model's threshold."""
    return [ev for ev, row in zip(events, doc_features(doc, events)) if model.probability(row) >= model.threshold]

