"""Does a learned trigger filter beat the rules? A logistic regression over the rules' own events
(features: trigger opening, type, modality, roles filled, sentence index, neighbours, quotes, "ki",
sentence length) that keeps an event when its probability reaches a threshold, cross-validated over
events_train (gold entities; folds by article, the model trained on the other folds only).

    .venv/bin/python benchmarks/events_learned_filter.py [--folds 5]

Prints trigger/argument micro-F1 for each (L2, threshold) and for the rules alone. Nothing is shipped
from here: the filter is adopted only if it wins (it did not: see README, "Events").
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import events_cv  # noqa: E402
import pipeline  # noqa: E402
from pipeline.events.component import Options, doc_events  # noqa: E402
from pipeline.events.scoring import match_triggers, score_events  # noqa: E402


def features(doc, event: dict, sent_index: int) -> list[str]:
    span = doc.char_span(event["trigger"]["start"], event["trigger"]["end"], alignment_mode="expand")
    sent = span.sent
    first = span[0].norm_
    out = [f"type={event['type']}", f"trig={first[:5]}|{event['type']}", f"mod={event['modality']}",
           f"sent={min(sent_index, 3)}", f"nargs={min(len(event['args']), 3)}", f"ntok={min(len(span), 3)}",
           "init" if span.start == sent.start else "noninit",
           "prev=" + (doc[span.start - 1].norm_ if span.start > sent.start else "<s>"),
           "next=" + (doc[span.end].norm_ if span.end < sent.end else "</s>"),
           f"len={0 if len(sent) < 15 else 1 if len(sent) < 35 else 2}"]
    out += sorted({"role=" + a["role"] for a in event["args"]})
    before = sent.text[: span.start_char - sent.start_char]
    if any(q in before for q in "“\"«"):
        out.append("quote_before")
    if " ki" in before:
        out.append("ki")
    return out


def fit(rows: list[list[str]], labels: list[int], l2: float, epochs: int = 300, rate: float = 0.5):
    vocab: dict[str, int] = {}
    for row in rows:
        for f in row:
            vocab.setdefault(f, len(vocab))
    x = np.zeros((len(rows), len(vocab) + 1))
    for i, row in enumerate(rows):
        x[i, [vocab[f] for f in row]] = 1
        x[i, -1] = 1
    y = np.array(labels, dtype=float)
    w = np.zeros(x.shape[1])
    for _ in range(epochs):
        p = 1 / (1 + np.exp(-x @ w))
        w -= rate * (x.T @ (p - y) + l2 * w) / len(y)
    return vocab, w


def probability(vocab: dict[str, int], w: np.ndarray, row: list[str]) -> float:
    z = w[-1] + sum(w[vocab[f]] for f in row if f in vocab)
    return float(1 / (1 + np.exp(-z)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    args = ap.parse_args()
    path = events_cv.SHARED / "events_train.jsonl"
    if not path.exists():
        print(f"absent: {path}", file=sys.stderr)
        return 2
    nlp = pipeline.load()
    recs = events_cv.read(path)
    docs = [events_cv.gold_doc(nlp, r) for r in recs]
    preds = [doc_events(d, Options()) for d in docs]
    rows: list[tuple[int, int, list[str], int]] = []  # (doc, event index, features, label)
    for di, (rec, doc, pred) in enumerate(zip(recs, docs, preds)):
        hits = {pi for _, pi in match_triggers(rec["events"], pred)}
        starts = [s.start for s in doc.sents]
        for pi, event in enumerate(pred):
            tok = doc.char_span(event["trigger"]["start"], event["trigger"]["end"], alignment_mode="expand").start
            sent_index = sum(1 for s in starts if s <= tok) - 1
            rows.append((di, pi, features(doc, event, sent_index), int(pi in hits)))
    base = score_events([(r, {"events": p}) for r, p in zip(recs, preds)])
    print(f"{len(rows)} rule events on {len(recs)} articles, {sum(r[3] for r in rows)} of them gold")
    print(f"rules alone: trigger F1 {base['trigger']['micro']['f1']:.3f}, argument F1 {base['argument']['micro']['f1']:.3f}")
    for l2 in (0.3, 1.0, 3.0):
        for threshold in (0.3, 0.4, 0.5):
            kept: set[tuple[int, int]] = set()
            for k in range(args.folds):
                train = [r for r in rows if r[0] % args.folds != k]
                vocab, w = fit([r[2] for r in train], [r[3] for r in train], l2)
                kept |= {(r[0], r[1]) for r in rows if r[0] % args.folds == k
                         and probability(vocab, w, r[2]) >= threshold}
            filtered = [[e for pi, e in enumerate(p) if (di, pi) in kept] for di, p in enumerate(preds)]
            res = score_events([(r, {"events": p}) for r, p in zip(recs, filtered)])
            print(f"L2 {l2:<4} threshold {threshold}: trigger F1 {res['trigger']['micro']['f1']:.3f}, "
                  f"argument F1 {res['argument']['micro']['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
