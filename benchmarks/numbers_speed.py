"""Speed of the az_money stage alone (MONEY, PERCENT, DATE) on raw news, in words per second.

Tokenization is done first and not timed; the tokenizer's own speed is printed for comparison.

    .venv/bin/python benchmarks/numbers_speed.py [../shared/news/raw.jsonl] [--limit N] [--whole]

--whole also times the whole loaded pipeline (pipeline.load(): tokenizer, rules, trained ner) on the
same texts, to show the share az_money takes.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pipeline  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=str(ROOT.parent / "shared" / "news" / "raw.jsonl"))
    ap.add_argument("--limit", type=int, default=0, help="only the first N records")
    ap.add_argument("--whole", action="store_true", help="also time the whole pipeline")
    args = ap.parse_args()
    records = []
    with open(args.path, encoding="utf-8") as f:
        for line in f:
            records.append(json.loads(line))
            if args.limit and len(records) >= args.limit:
                break
    nlp = pipeline.blank()
    money = nlp.get_pipe("az_money")
    money(nlp.make_doc("5 milyon manat, 3%, 2024-cü ildə"))  # build the patterns outside the timing

    t0 = time.perf_counter()
    docs = []
    for rec in records:
        doc = nlp.make_doc(rec.get("text") or "")
        doc._.pub_date = rec.get("date")
        docs.append(doc)
    t_tok = time.perf_counter() - t0
    words = sum(sum(1 for t in d if not t.is_space and not t.is_punct) for d in docs)

    t0 = time.perf_counter()
    spans = 0
    for doc in docs:
        spans += len(money(doc).ents)
    t_money = time.perf_counter() - t0
    print(f"{len(docs)} documents, {words} words, {spans} MONEY/PERCENT/DATE spans")
    print(f"az_money:  {t_money:.2f} s  {words / t_money:,.0f} words/s")
    print(f"tokenizer: {t_tok:.2f} s  {words / t_tok:,.0f} words/s (for comparison)")
    if args.whole:
        full = pipeline.load()
        full("Bakı, 5 milyon manat.")  # load lazily built tables outside the timing
        t0 = time.perf_counter()
        for rec in records:
            doc = full.make_doc(rec.get("text") or "")
            doc._.pub_date = rec.get("date")
            for _, proc in full.pipeline:
                doc = proc(doc)
        t_all = time.perf_counter() - t0
        print(f"whole pipeline: {t_all:.2f} s  {words / t_all:,.0f} words/s; "
              f"az_money is {t_money / t_all:.1%} of it")


if __name__ == "__main__":
    main()
