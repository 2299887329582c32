"""`python -m pipeline sample IN.jsonl -n 200 --seed 1 [--stratify outlet|month|outlet,month]
[--by-entities LABEL ...] -o OUT.jsonl`: a reproducible stratified random sample of documents.

- Strata: `outlet` (the record's `outlet`, else the host of its `source` URL), `month` (YYYY-MM of
  `date`), or both. Records lacking the field form a stratum of their own, "(none)".
- Allocation: proportional to stratum size (largest remainders), at least one document per stratum,
  never more than the stratum holds; fewer documents asked for than there are strata is refused.
- `--by-entities LABEL`: within each stratum, half its allocation (rounded up) is drawn from the
  documents with at least one entity of LABEL (all of them when fewer), the rest from the others,
  so rare labels are seen often enough to be scored. Such a sample over-represents those documents:
  the report says by how much, per stratum.
- The same input, seed and options give the same sample on any machine (Python's `random.Random`,
  strata in sorted order, documents in input order). Records are written unchanged, in input order.
"""
from __future__ import annotations

import math
import random
import re
import sys
from dataclasses import dataclass, field
from typing import Any, Callable
from urllib.parse import urlparse

from pipeline.io import JSONLWriter, read_items

NONE = "(none)"
MONTH = re.compile(r"\d{4}-\d{2}")


def outlet(rec: dict[str, Any]) -> str:
    if rec.get("outlet"):
        return str(rec["outlet"])
    host = urlparse(str(rec.get("source") or "")).hostname
    return host.removeprefix("www.") if host else NONE


def month(rec: dict[str, Any]) -> str:
    m = MONTH.match(str(rec.get("date") or ""))
    return m.group() if m else NONE


STRATA: dict[str, Callable[[dict[str, Any]], str]] = {"outlet": outlet, "month": month}


def stratum_key(fields: tuple[str, ...]) -> Callable[[dict[str, Any]], str]:
    return lambda rec: " / ".join(STRATA[f](rec) for f in fields) if fields else "(all)"


def allocate(sizes: dict[str, int], n: int) -> dict[str, int]:
    """Proportional allocation of n over the strata, at least 1 and at most the size of each."""
    total = sum(sizes.values())
    if n >= total:
        return dict(sizes)
    if n < len(sizes):
        raise ValueError(f"-n {n} is less than the {len(sizes)} strata: ask for at least {len(sizes)} "
                         f"or stratify more coarsely")
    quota = {k: n * size / total for k, size in sizes.items()}
    alloc = {k: min(sizes[k], max(1, math.floor(q))) for k, q in quota.items()}
    keys = sorted(sizes)
    while sum(alloc.values()) < n:  # the largest remainder gets the next document
        k = max((k for k in keys if alloc[k] < sizes[k]), key=lambda k: quota[k] - alloc[k])
        alloc[k] += 1
    while sum(alloc.values()) > n:  # the minimum of one can overshoot: take from the most over quota
        k = min((k for k in keys if alloc[k] > 1), key=lambda k: quota[k] - alloc[k])
        alloc[k] -= 1
    return alloc


@dataclass
class Stratum:
    name: str
    members: list[int] = field(default_factory=list)  # input positions
    rare: int = 0  # members with a --by-entities label
    drawn: list[int] = field(default_factory=list)
    drawn_rare: int = 0


def has_label(rec: dict[str, Any], labels: tuple[str, ...]) -> bool:
    return any(isinstance(e, dict) and e.get("label") in labels for e in rec.get("entities") or [])


def draw(records: list[dict[str, Any]], n: int, seed: int, fields: tuple[str, ...] = (),
         labels: tuple[str, ...] = ()) -> tuple[list[int], list[Stratum]]:
    """The sampled input positions (sorted) and the strata with what was drawn from each."""
    key = stratum_key(fields)
    strata: dict[str, Stratum] = {}
    for i, rec in enumerate(records):
        k = key(rec)
        if k not in strata:
            strata[k] = Stratum(k)
        strata[k].members.append(i)
    alloc = allocate({k: len(s.members) for k, s in strata.items()}, n)
    rng = random.Random(seed)
    chosen: list[int] = []
    for name in sorted(strata):
        s, k = strata[name], alloc[name]
        rare = [i for i in s.members if labels and has_label(records[i], labels)]
        rare_set = set(rare)
        s.rare = len(rare)
        if labels:
            first = rng.sample(rare, min(len(rare), math.ceil(k / 2)))
            others = [i for i in s.members if i not in rare_set]
            take = rng.sample(others, min(len(others), k - len(first)))
            if len(first) + len(take) < k:  # too few others: the remaining rare documents fill up
                taken = set(first)
                take += rng.sample([i for i in rare if i not in taken], k - len(first) - len(take))
            s.drawn = sorted(first + take)
        else:
            s.drawn = sorted(rng.sample(s.members, k))
        s.drawn_rare = sum(i in rare_set for i in s.drawn)
        chosen += s.drawn
    return sorted(chosen), [strata[k] for k in sorted(strata)]


def report(strata: list[Stratum], n_all: int, seed: int, fields: tuple[str, ...], labels: tuple[str, ...]) -> str:
    """The strata table printed to stderr: population and sample per stratum."""
    drawn = sum(len(s.drawn) for s in strata)
    by = ",".join(fields) or "none"
    head = f"sample: {drawn} of {n_all} documents, seed {seed}, strata by {by} ({len(strata)})"
    width = max([len(s.name) for s in strata] + [7])
    cols = f"{'stratum':<{width}}  population  sample"
    if labels:
        cols += f"  with {'|'.join(labels)}: population  sample"
    lines = [head, cols]
    for s in strata:
        row = f"{s.name:<{width}}  {len(s.members):>10}  {len(s.drawn):>6}"
        if labels:
            row += f"  {' ' * (len('|'.join(labels)) + 6)}{s.rare:>10}  {s.drawn_rare:>6}"
        lines.append(row)
    return "\n".join(lines)


def main(args) -> int:
    fields = tuple(f for f in (args.stratify or "").split(",") if f)
    unknown = [f for f in fields if f not in STRATA]
    if unknown:
        print(f"sample: --stratify takes outlet, month or outlet,month, not {args.stratify!r}", file=sys.stderr)
        return 2
    labels = tuple(args.by_entities or ())
    records, bad = [], 0
    try:
        for item in read_items(args.input):
            if item.error:
                bad += 1
                print(f"sample: {args.input}:{item.line}: {item.error} (not in the population)", file=sys.stderr)
            else:
                records.append(item.record)
    except OSError as exc:
        print(f"sample: {exc}", file=sys.stderr)
        return 2
    if labels and not any("entities" in r for r in records):
        print("sample: --by-entities needs annotated records (run `annotate` on the input first)", file=sys.stderr)
        return 2
    try:
        chosen, strata = draw(records, args.n, args.seed, fields, labels)
    except ValueError as exc:
        print(f"sample: {exc}", file=sys.stderr)
        return 2
    writer = JSONLWriter(args.output)
    for i in chosen:
        writer.write(records[i])
    writer.commit()
    print(report(strata, len(records), args.seed, fields, labels), file=sys.stderr)
    return 1 if bad else 0
