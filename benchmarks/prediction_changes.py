"""What changed between two annotations of the same articles: every name span of A that B drops,
relabels or reshapes, and every span B adds, counted by kind with the most frequent surface forms (to
read by hand, e.g. before and after a rule of `az_corrections` on the whole egov or raw news).

    python benchmarks/prediction_changes.py BEFORE.jsonl AFTER.jsonl [--top N]

Kinds: "drop L" (no span of B overlaps), "relabel L->M" (same span, other label), "reshape L" (B has
overlapping spans, none the same), "new L" (B's span overlaps nothing of A), "new(split) L" (B's span
overlaps a span of A). Only entity texts are printed, never the articles.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.io import read_jsonl  # noqa: E402
from pipeline.labels import NAME_LABELS  # noqa: E402

Span = tuple[int, int, str]


def spans(record: dict) -> set[Span]:
    return {(e["start"], e["end"], e["label"]) for e in record.get("entities") or [] if e["label"] in NAME_LABELS}


def changes(before: list[dict], after: list[dict]) -> dict[str, Counter]:
    """kind → Counter of entity texts (records paired by id)."""
    out: dict[str, Counter] = defaultdict(Counter)
    by_id = {r.get("id"): r for r in after}
    for rec in before:
        text, a = rec.get("text") or "", spans(rec)
        b = spans(by_id.get(rec.get("id"), {}))
        for s, e, label in a - b:
            same = [x for x in b if x[:2] == (s, e)]
            overlap = any(x[0] < e and s < x[1] for x in b)
            kind = f"relabel {label}->{same[0][2]}" if same else f"reshape {label}" if overlap else f"drop {label}"
            out[kind][text[s:e]] += 1
        for s, e, label in b - a:
            if any(x[:2] == (s, e) for x in a):
                continue  # counted as a relabel
            kind = f"new(split) {label}" if any(x[0] < e and s < x[1] for x in a) else f"new {label}"
            out[kind][text[s:e]] += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("before", type=Path)
    ap.add_argument("after", type=Path)
    ap.add_argument("--top", type=int, default=12, help="surface forms shown per kind")
    args = ap.parse_args()
    out = changes(read_jsonl(args.before), read_jsonl(args.after))
    for kind, texts in sorted(out.items(), key=lambda kv: -sum(kv[1].values())):
        shown = ", ".join(f"{t!r} {n}" for t, n in texts.most_common(args.top))
        print(f"{sum(texts.values()):6} {kind:22} {shown}")


if __name__ == "__main__":
    main()
