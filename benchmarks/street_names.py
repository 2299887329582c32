"""Issue 11: streets, avenues and squares named after persons. In annotated JSONL files (gold or pipeline
output), count what stands right before a street's head noun in the possessive ("X küçəsi", "X
prospektinin", pipeline/data/streets/words.tsv): the label of the name span ending there ("PERSON" is the
error class; the gold writes REGION), "with head" when the span holds the head noun, "none" when a
capitalised word before it is in no span. Only counts are printed, never text.

    python benchmarks/street_names.py FILE.jsonl [FILE.jsonl ...]
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.io import read_jsonl  # noqa: E402
from pipeline.names.streets import head_number  # noqa: E402

WORD = regex.compile(r"[\p{L}.-]+")


def classes(record: dict) -> Counter:
    """Counts of what precedes each street head noun of one record."""
    text, ents = record.get("text") or "", record.get("entities") or []
    out: Counter = Counter()
    words = list(WORD.finditer(text))
    for k, m in enumerate(words):
        if k == 0 or head_number(m.group()) is None:
            continue
        prev = words[k - 1]
        holding = [e for e in ents if e["start"] <= prev.start() < e["end"]]
        if holding:
            e = holding[0]
            out[e["label"] + (" with head" if e["end"] >= m.end() else "")] += 1
        elif prev.group()[:1].isupper():
            out["none"] += 1
    return out


def main(paths: list[str]) -> None:
    for path in paths:
        total: Counter = Counter()
        for record in read_jsonl(path):
            total += classes(record)
        print(path, dict(sorted(total.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
