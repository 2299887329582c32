"""Read the rules' events on unannotated news: each event with its sentence, the trigger in [brackets],
for judging classes of errors by eye (no gold; nothing here is scored, nothing tuned to dev).

    .venv/bin/python benchmarks/events_raw_sample.py [--limit 200] [--offset 0] [--type MEET] [--counts]

Articles are every k-th of ../shared/news/raw.jsonl (k = total // limit, from `--offset`), so that a
sample spreads over the outlets and the months. `--counts` prints only events per type and modality.
The output quotes the publishers' texts: read it, keep it out of the repository.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pipeline  # noqa: E402
from pipeline.io import json_lines  # noqa: E402

RAW = ROOT.parent / "shared" / "news" / "raw.jsonl"


def sample(limit: int, offset: int) -> list[dict]:
    recs = [rec for _, rec, problem in json_lines(RAW) if problem is None]
    step = max(1, len(recs) // limit)
    return recs[offset::step][:limit]


def show(doc, event: dict) -> str:
    """The event's sentence with the trigger in brackets and each argument as role=text."""
    trig = event["trigger"]
    span = doc.char_span(trig["start"], trig["end"], alignment_mode="expand")
    sent = span.sent
    text = doc.text
    marked = (text[sent.start_char:trig["start"]] + "[" + text[trig["start"]:trig["end"]] + "]"
              + text[trig["end"]:sent.end_char]).replace("\n", " ")
    args = "; ".join(f"{a['role']}={a['text']}" for a in event["args"])
    return f"{event['type']} {event['modality']} | {args}\n    {marked}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=200, help="articles to read (default 200)")
    ap.add_argument("--offset", type=int, default=0, help="first article of the stride (default 0)")
    ap.add_argument("--type", default=None, help="show only events of this type")
    ap.add_argument("--counts", action="store_true", help="print only the counts per type and modality")
    args = ap.parse_args()
    if not RAW.exists():
        print(f"absent: {RAW}", file=sys.stderr)
        return 2
    nlp = pipeline.load()
    counts: Counter = Counter()
    for rec in sample(args.limit, args.offset):
        doc = nlp.make_doc(rec["text"])
        doc._.pub_date = rec.get("date")
        doc = nlp(doc)
        for event in doc._.events or []:
            counts[(event["type"], event["modality"])] += 1
            if not args.counts and (args.type is None or event["type"] == args.type):
                print(f"[{rec['id']}] " + show(doc, event))
    for (kind, mod), n in sorted(counts.items()):
        print(f"{kind:<8} {mod:<8} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
