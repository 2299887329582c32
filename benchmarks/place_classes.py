"""Count region8's REGION/COUNTRY error classes (issue 11, classes 4 and 1 for places) in annotated JSONL.

    python benchmarks/place_classes.py OUTPUT.jsonl [OUTPUT2.jsonl ...] [--show N]

Broad detectors that read only the output and plain patterns, not the tables of the rules that fix them (upper
bounds: they also find some right predictions; --show N prints N instances per class to read):
- language: a REGION/COUNTRY right before a language noun ("Azərbaycan dili", "Türk dilində", "ləhcəsi");
- lone_compass: a one-word REGION that is a compass word before a lower-case word other than "və"/"ilə" ("[Qərbi]
  azərbaycanlılar", "[Qərb] bürosunun", "[Qərb] ölkələri": the last is right, the West), or glued by a hyphen to
  another compass word ("[Şərq]-Qərb");
- person_tail: a REGION right after a PERSON, one space or a glued hyphen between, in the nominative or a case but
  not the locative ("[Brian] [Mbömo]", "[Levon Ter]-[Petrosyanı]"; "[İlham Əliyev] [Cəbrayıl] rayonunda" counts:
  an upper bound);
- honorific_region: a one-word REGION right before "xan"/"xanım" and their case forms ("[Sona] xanım").
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.io import read_jsonl  # noqa: E402

CLASSES = ("language", "lone_compass", "person_tail", "honorific_region")
LANGUAGE = re.compile(r"^\s+(?:dil|ləhcə)\w*", re.I)
COMPASS = frozenset({"Şərq", "Qərb", "Şimal", "Cənub", "Şərqi", "Qərbi", "Şimali", "Cənubi", "Mərkəzi", "Orta"})
LOWER_AFTER = re.compile(r"^\s+(?!və\b|ilə\b)[a-zçəğıöşü]")
COMPASS_PAIR = re.compile(r"^-(?:Şərq|Qərb|Şimal|Cənub)\b")
COMPASS_PAIR_BEFORE = re.compile(r"(?:Şərq|Qərb|Şimal|Cənub)-$")
LOCATIVE = re.compile(r"(?:da|də|dakı|dəki)$")
HONORIFIC = re.compile(r"^\s+xan(?:ım)?(?:ın|a|ə|la|dan)?\b")


def classes_of(record: dict) -> list[tuple[str, str]]:
    """(class, text with context) for each instance in one annotated record."""
    text = record.get("text") or ""
    ents = sorted(record.get("entities") or [], key=lambda e: e["start"])
    out = []
    for k, e in enumerate(ents):
        if e["label"] not in ("REGION", "COUNTRY"):
            continue
        span, after = text[e["start"]:e["end"]], text[e["end"]:e["end"] + 30]
        before = text[max(0, e["start"] - 30):e["start"]]
        shown = f"{before}[[{span}]]{after}".replace("\n", " ")
        if LANGUAGE.match(after):
            out.append(("language", shown))
        if e["label"] != "REGION":
            continue
        if span in COMPASS and (LOWER_AFTER.match(after) or COMPASS_PAIR.match(after)
                                or COMPASS_PAIR_BEFORE.search(before)):
            out.append(("lone_compass", shown))
        prev = ents[k - 1] if k else None
        if (prev is not None and prev["label"] == "PERSON" and text[prev["end"]:e["start"]] in (" ", "-")
                and not LOCATIVE.search(span)):
            out.append(("person_tail", shown))
        if " " not in span and HONORIFIC.match(after):
            out.append(("honorific_region", shown))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", help="annotated JSONL (the pipeline's output)")
    parser.add_argument("--show", type=int, default=0, help="instances printed per class (seed 0)")
    args = parser.parse_args()
    for path in args.files:
        found: dict[str, list[str]] = defaultdict(list)
        docs = 0
        for record in read_jsonl(path):
            if "entities" not in record:
                continue
            docs += 1
            for name, shown in classes_of(record):
                found[name].append(shown)
        print(f"{path} ({docs} documents)")
        for name in CLASSES:
            print(f"  {name:20} {len(found[name]):5}")
            if args.show:
                for shown in random.Random(0).sample(found[name], min(args.show, len(found[name]))):
                    print(f"      {shown}")


if __name__ == "__main__":
    main()
