"""`python -m pipeline link IN.jsonl -o OUT.jsonl --registry REGISTRY.jsonl [--registry-in OLD.jsonl]`:
one identity (`ref`) per person, organisation and place across a corpus (pipeline/identity/).

Records stream through `pipeline.Linker` in input order; every line comes out, in its place: a record
without entities or an error record unchanged, a line that is no JSON object as an error record naming
the line (exit status 1). The registry, and with `--graph` the co-occurrence edges, are written at the end.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any, Iterator

from pipeline.identity import Linker
from pipeline.identity.registry import write_edges
from pipeline.io import JSONLWriter, is_error_record, read_items


def records(source: str) -> Iterator[tuple[int, Any, bool]]:
    """(line number, record, unreadable) of a JSONL file or stdin, read as `annotate` reads it; a line
    that is no JSON object becomes an error record naming it."""
    for item in read_items(source):
        if item.record is None:
            yield item.line, item.error_record(), True
        else:
            yield item.line, item.record, False  # without text or entities it is passed on unchanged


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2


def main(args) -> int:
    """Link IN to OUT, write the registry (and the graph); 0 when every line was a JSON object, else 1."""
    if args.input != "-" and not Path(args.input).is_file():
        return _fail(f"{args.input}: no such file")
    country = None if args.default_country.lower() == "none" else args.default_country.upper()
    if country is not None and not (len(country) == 2 and country.isascii() and country.isalpha()):
        return _fail(f"--default-country {args.default_country!r}: an ISO 3166-1 alpha-2 code (AZ) or 'none'")
    try:
        linker = Linker.load(args.registry_in, default_country=country) if args.registry_in else Linker(country)
    except OSError as e:
        return _fail(f"--registry-in {args.registry_in}: {e.strerror or e}")
    except ValueError as e:
        return _fail(f"--registry-in: {e}")
    known = len(linker.ids)
    for path in filter(None, (args.registry, args.graph)):
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            return _fail(f"{path}: {e.strerror or e}")
    writer = JSONLWriter(args.output)
    counts: Counter = Counter()
    try:
        for n, record, unreadable in records(args.input):
            if unreadable:
                counts["unreadable"] += 1
                print(f"line {n}: {record['error']}", file=sys.stderr)
            counts["records"] += 1
            counts["passed"] += is_error_record(record) and not unreadable
            writer.write(linker.link(record))
        writer.commit()
    except BaseException:
        writer.close()
        raise
    linker.save(args.registry)
    if args.graph:
        with open(args.graph, "w", encoding="utf-8", newline="") as f:
            edges = write_edges(linker.identities(), f)
    if not args.quiet:
        labels = Counter(i.label for i in linker.identities())
        print(f"{counts['records']} records ({counts['unreadable']} unreadable lines, {counts['passed']} error "
              f"records passed on), {len(linker.ids)} identities "
              f"({len(linker.ids) - known} new): " + ", ".join(f"{labels[x]} {x}" for x in ("PERSON", "ORG", "REGION"))
              + (f"; {edges} edges in {args.graph}" if args.graph else ""), file=sys.stderr)
    return 1 if counts["unreadable"] else 0
