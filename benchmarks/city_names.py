"""How a gold writes the cities the gazetteer reads from CLDR (pipeline.names.gazetteer.cities), to choose the
ones cities.tsv skips (issue 11, gaz9).

    python benchmarks/city_names.py ../shared/corpus/train.jsonl [--pool RAW.jsonl ...]

For every city name no other source of the gazetteer has, each match of the gazetteer's search in the gold's
texts is one of: region (a gold REGION on exactly it), other:LABEL (a gold span of another label on exactly it),
in:LABEL (inside a longer gold span), part:LABEL (crossing a gold span's edge), none (no gold span). With it: a
word of the name a gold PERSON writes (a given name), a common word (common_words.is_common), and the matches in
each unannotated pool. Prints one line per city with a match; the texts are never printed.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict

import pipeline
from pipeline.lang.casing import az_lower
from pipeline.names import gazetteer
from pipeline.names.common_words import is_common, person_words


def city_keys() -> dict[tuple[str, ...], str]:
    """Key → city for the cities no other source of the gazetteer names."""
    keep = gazetteer.cities
    gazetteer.cities = lambda: ()  # the table without the cities
    gazetteer.entries.cache_clear()
    try:
        base = set(gazetteer.entries())
    finally:
        gazetteer.cities = keep
        gazetteer.entries.cache_clear()
    out = {}
    for city in gazetteer.cities():
        key = tuple(az_lower(w) for w in city.split())
        if key not in base:
            out[key] = city
    return out


def classify(span, gold: list[dict]) -> str:
    s, e = span.start_char, span.end_char
    for g in gold:
        if g["start"] == s and g["end"] == e:
            return "region" if g["label"] == "REGION" else f"other:{g['label']}"
    for g in gold:
        if g["start"] <= s and e <= g["end"]:
            return f"in:{g['label']}"
        if g["start"] < e and s < g["end"]:
            return f"part:{g['label']}"
    return "none"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold")
    parser.add_argument("--pool", nargs="*", default=[])
    args = parser.parse_args()
    keys = city_keys()
    nlp = pipeline.load()
    per: dict[str, Counter] = defaultdict(Counter)

    def scan(path: str, tag: str | None) -> None:
        with open(path, encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if not rec.get("text"):
                    continue
                doc = nlp.make_doc(rec["text"])
                for span, entry, _ in gazetteer.find(doc):
                    key = tuple(az_lower(w) for w in entry.name.split())
                    if key in keys:
                        per[keys[key]][tag or classify(span, rec.get("entities", []))] += 1

    scan(args.gold, None)
    for i, pool in enumerate(args.pool):
        scan(pool, f"pool{i}")
    persons = person_words()
    print(f"{len(keys)} cities new to the gazetteer; {len(per)} matched")
    for city, c in sorted(per.items(), key=lambda kv: -sum(kv[1].values())):
        flags = []
        if any(az_lower(w) in persons for w in city.split()):
            flags.append("given")
        if any(is_common(w) for w in city.split()):
            flags.append("common")
        print(f"{city}\t{' '.join(flags)}\t" + " ".join(f"{k}={v}" for k, v in sorted(c.items())))


if __name__ == "__main__":
    main()
