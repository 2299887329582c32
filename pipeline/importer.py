"""`python -m pipeline import FILE --format labelstudio|brat|conll -o gold.jsonl [--fill-values]`.

Reads what people corrected in an annotation tool back into the ANNOTATION.md record format. A
document that cannot become a gold record (unknown label, overlapping spans, a region whose text is
not at its offsets, a malformed line) becomes an error record `{"line": N, "error", "id"}` in its
place, N being the document's position in the input (task, file or -DOCSTART- block); the message
names the file and line where there is one, and the exit status is 1. Two documents with one id are
an error too (evaluate pairs documents by id). Output is written atomically (OUT.part, renamed).
"""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterator

from pipeline.io import Item, JSONLWriter

READERS = ("labelstudio", "brat", "conll")


def reader(fmt: str) -> Callable[..., Iterator[Item]]:
    from pipeline.formats import brat, conll, labelstudio
    return {"labelstudio": labelstudio.read, "brat": brat.read, "conll": conll.read}[fmt]


@dataclass
class Report:
    notes: Counter = field(default_factory=Counter)  # records, entities, where regions came from
    errors: list[str] = field(default_factory=list)  # one per document written as an error record
    unfilled: list[str] = field(default_factory=list)  # spans --fill-values could not give values


def run(path: str, fmt: str, output: str, fill_values: bool = False) -> Report:
    """Import. Raises ValueError/OSError when the input is not of that format at all (nothing is
    written then)."""
    report = Report()
    notes, errors = report.notes, report.errors
    items = list(reader(fmt)(path, notes))
    filler = None
    if fill_values:
        from pipeline.formats.fill import Filler
        filler = Filler()
    seen: set = set()
    writer = JSONLWriter(output)
    try:
        for item in items:
            rec_id = (item.record or {}).get("id")
            if item.error is None and rec_id in seen:
                item = Item(item.line, item.record, f"id {rec_id!r} repeats an earlier document's")
            if item.error is not None:
                errors.append(f"document {item.line}: {item.error}")
                writer.write(item.error_record())
                continue
            seen.add(rec_id)
            rec = filler(item.record) if filler else item.record
            notes["records"] += 1
            notes["entities"] += len(rec["entities"])
            writer.write(rec)
        writer.commit()
    finally:
        writer.close()
    if filler:
        notes["fill: spans"] = filler.stats.spans
        notes["fill: not on token boundaries"] = filler.stats.expanded
        notes["fill: no value read"] = filler.stats.unparsed
        report.unfilled = filler.stats.examples
    return report


def main(args) -> int:
    try:
        report = run(args.input, args.format, args.output, args.fill_values)
    except (OSError, ValueError) as exc:
        print(f"import: {exc}", file=sys.stderr)
        return 2
    notes = report.notes
    for message in report.errors:
        print(f"import: {message}", file=sys.stderr)
    for message in report.unfilled:
        print(f"import: --fill-values {message}", file=sys.stderr)
    n_errors = len(report.errors)
    summary = (f"import: {notes.pop('records', 0)} records, {notes.pop('entities', 0)} entities written to "
               f"{args.output}; {n_errors} documents could not be read")
    details = "; ".join(f"{k}: {v}" for k, v in sorted(notes.items()) if v)
    print(summary + (f" ({details})" if details else ""), file=sys.stderr)
    if notes.get("predictions"):
        print(f"import: {notes['predictions']} tasks had no annotation: their regions are the "
              f"predictions, unreviewed", file=sys.stderr)
    return 1 if n_errors else 0
