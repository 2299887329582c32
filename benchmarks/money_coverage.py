"""MONEY coverage on raw news: how many "number … currency" places fall inside a MONEY span.

A place is a currency mention (a currency word in any case form, a sign or an ISO code) with a digit or
a number word in it or in the three words before it. It is covered when the az_money component put it
inside a MONEY span. Misses are grouped by the word before the currency to make them easy to judge.

    .venv/bin/python benchmarks/money_coverage.py [../shared/news/raw.jsonl] [--show N]

--show prints N missed places with context (publisher text: read it, do not commit it).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pipeline  # noqa: E402
from pipeline.quantities import numbers  # noqa: E402
from pipeline.quantities.currencies import tables  # noqa: E402
from pipeline.quantities.money import money_markers, money_patterns  # noqa: E402

WORD = regex.compile(r"\S+")
CODE = regex.compile(rf"(?:\d[\d.,]*)?(?:{'|'.join(sorted(tables().codes))})(?:-\p{{L}}+)?\Z")


def currency_at(word: str) -> bool:
    """Does a whitespace word hold a currency word, sign or code (at its start or after digits)?"""
    t = tables()
    core = word.strip("()[]“”\"'.,;:!?«»")
    if not money_markers().search(core):
        return False
    if any(sign in core for sign in t.signs) or CODE.match(core):
        return True
    m = money_patterns()["currency_word"].search(core)
    return bool(m) and (m.start() == 0 or core[:m.start()][-1:].isdigit() or core[:m.start()].endswith(
        tuple(w for w in ("milyon", "milyard", "min", "mln", "mlrd", "trilyon"))))


def numeric(word: str) -> bool:
    core = word.strip("()[]“”\"'.,;:!?«»$€₼₽£₺")
    if any(ch.isdigit() for ch in core):
        return True
    try:
        numbers.word_value(core, True)
        return True
    except (ValueError, IndexError):
        return False


def places(text: str) -> list[tuple[int, int]]:
    """(start, end) of every currency word that has a number in it or in the 3 words before it."""
    words = list(WORD.finditer(text))
    out = []
    for i, w in enumerate(words):
        if currency_at(w.group()) and any(numeric(x.group()) for x in words[max(0, i - 3):i + 1]):
            out.append((w.start(), w.end()))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=str(ROOT.parent / "shared" / "news" / "raw.jsonl"))
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    nlp = pipeline.blank()
    money = nlp.get_pipe("az_money")
    total = covered = 0
    misses: list[str] = []
    before = Counter()
    with open(args.path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            text = rec.get("text") or ""
            doc = nlp.make_doc(text)
            doc._.pub_date = rec.get("date")
            doc = money(doc)
            spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "MONEY"]
            for s, e in places(text):
                total += 1
                if any(a <= s < b or a < e <= b for a, b in spans):
                    covered += 1
                else:
                    prev = text[max(0, s - 40):s].split()
                    before[prev[-1].lower() if prev else ""] += 1
                    misses.append(f"{rec.get('id')}: …{text[max(0, s - 60):e + 30]!r}")
    print(f"places: {total}  inside MONEY: {covered}  ({covered / max(1, total):.1%})  missed: {total - covered}")
    print("missed, by the word before the currency:", before.most_common(15))
    for m in misses[:args.show]:
        print(m)


if __name__ == "__main__":
    main()
