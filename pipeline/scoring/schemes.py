"""The four SemEval-2013 (task 9.1) schemes as nervaluate computes them, on character spans.

- strict: same boundaries and same label; exact: same boundaries, any label;
- partial: same boundaries is correct, an overlap is partial (half credit), any label;
- ent_type: the same label on overlapping boundaries.

The matching is nervaluate's, greedy in text order, so the counts equal the reference
implementation's on the same spans (tests/test_scoring.py checks that against nervaluate itself).
Ends here are exclusive; nervaluate's are inclusive, so a span (s, e) here is (s, e - 1) there.
Per label, a scheme sees only that label's spans (as nervaluate's per-entity results do).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from pipeline.scoring.entities import Span

SCHEMES = ("strict", "exact", "partial", "ent_type")
COUNT_FIELDS = ("correct", "incorrect", "partial", "missed", "spurious")
MIN_OVERLAP_PERCENT = 1.0  # nervaluate's default min_overlap_percentage, of the gold span's length


@dataclass
class Match:
    """How one scheme paired the (text-ordered) gold and predicted spans of a document."""
    correct: list[tuple[int, int]] = field(default_factory=list)  # (pred index, gold index)
    incorrect: list[tuple[int, int]] = field(default_factory=list)
    partial: list[tuple[int, int]] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)  # gold index
    spurious: list[int] = field(default_factory=list)  # pred index

    def counts(self) -> Counter:
        return Counter({name: len(getattr(self, name)) for name in COUNT_FIELDS})


def _enough_overlap(p: Span, g: Span) -> bool:
    if p[0] >= g[1] or p[1] <= g[0]:
        return False
    return (min(p[1], g[1]) - max(p[0], g[0])) / (g[1] - g[0]) * 100.0 >= MIN_OVERLAP_PERCENT


def _greedy(gold: list[Span], pred: list[Span], same, near_kind: str) -> Match:
    """strict, exact, partial: the first unused gold span that is `same` is correct; else the first
    unused one that overlaps enough is `near_kind` (incorrect or partial); else spurious."""
    m, used = Match(), set()
    for pi, p in enumerate(pred):
        near = None
        for gi, g in enumerate(gold):
            if gi in used:
                continue
            if same(p, g):
                m.correct.append((pi, gi))
                used.add(gi)
                break
            if near is None and _enough_overlap(p, g):
                near = gi
        else:
            if near is None:
                m.spurious.append(pi)
            else:
                getattr(m, near_kind).append((pi, near))
                used.add(near)
    m.missed = [gi for gi in range(len(gold)) if gi not in used]
    return m


def _ent_type(gold: list[Span], pred: list[Span]) -> Match:
    """The same label on enough overlap is correct (the gold span with the closest boundaries);
    else the first overlapping span of another label makes it incorrect; else spurious."""
    m, used = Match(), set()
    for pi, p in enumerate(pred):
        best = near = None
        best_distance = None
        for gi, g in enumerate(gold):
            if gi in used or not _enough_overlap(p, g):
                continue
            if p[2] == g[2]:
                distance = abs(p[0] - g[0]) + abs(p[1] - g[1])
                if best_distance is None or distance < best_distance:
                    best, best_distance = gi, distance
            elif near is None:
                near = gi
        if best is not None:
            m.correct.append((pi, best))
            used.add(best)
        elif near is not None:
            m.incorrect.append((pi, near))
            used.add(near)
        else:
            m.spurious.append(pi)
    m.missed = [gi for gi in range(len(gold)) if gi not in used]
    return m


def match(scheme: str, gold: list[Span], pred: list[Span]) -> Match:
    """Pair the spans of one document under one scheme; both lists in text order."""
    if scheme == "strict":
        return _greedy(gold, pred, lambda p, g: p == g, "incorrect")
    if scheme == "exact":
        return _greedy(gold, pred, lambda p, g: p[:2] == g[:2], "incorrect")
    if scheme == "partial":
        return _greedy(gold, pred, lambda p, g: p[:2] == g[:2], "partial")
    if scheme == "ent_type":
        return _ent_type(gold, pred)
    raise ValueError(f"unknown scheme {scheme!r}; one of {', '.join(SCHEMES)}")


def ordered(spans: Iterable[Span]) -> list[Span]:
    return sorted(spans, key=lambda s: (s[0], s[1], s[2]))


def doc_scheme_counts(gold: Iterable[Span], pred: Iterable[Span], labels: Iterable[str]) -> dict:
    """scheme → {"all": Counter, label: Counter} for one document (only `labels`' spans count)."""
    labels = list(labels)
    gold = ordered(s for s in gold if s[2] in labels)
    pred = ordered(s for s in pred if s[2] in labels)
    out: dict = {}
    for scheme in SCHEMES:
        by = {"all": match(scheme, gold, pred).counts()}
        for label in labels:
            by[label] = match(scheme, [s for s in gold if s[2] == label], [s for s in pred if s[2] == label]).counts()
        out[scheme] = by
    return out


def metrics(scheme: str, c: Counter) -> dict:
    """nervaluate's figures from the counts: partial and ent_type give half credit to `partial`."""
    actual = c["correct"] + c["incorrect"] + c["partial"] + c["spurious"]
    possible = c["correct"] + c["incorrect"] + c["partial"] + c["missed"]
    credit = c["correct"] + (0.5 * c["partial"] if scheme in ("partial", "ent_type") else 0)
    p = credit / actual if actual else 0.0
    r = credit / possible if possible else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {**{k: c[k] for k in COUNT_FIELDS}, "possible": possible, "actual": actual,
            "precision": p, "recall": r, "f1": f}


def summarize(per_doc: list[dict], labels: Iterable[str]) -> tuple[dict, dict]:
    """(scheme → metrics over all labels, label → scheme → metrics), summed over documents."""
    labels = list(labels)
    overall, by_label = {}, {}
    for scheme in SCHEMES:
        overall[scheme] = metrics(scheme, sum((d[scheme]["all"] for d in per_doc), Counter()))
    for label in labels:
        by_label[label] = {scheme: metrics(scheme, sum((d[scheme][label] for d in per_doc), Counter()))
                           for scheme in SCHEMES}
    return overall, by_label
