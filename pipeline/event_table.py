"""`python -m pipeline events`: the events of annotated JSONL as a table (CSV or JSONL), one row per
event, and a money-flow table aggregated over the corpus.

Columns: id, type, modality, change, date (the DATE argument's value, else the article's date),
trigger, trigger_start, trigger_end, then per role the arguments' norms (`;`-joined) and their refs
(`ROLE_ref`: the entity's `ref`, else a country's ISO code), then amount/currency/qualifier from the
MONEY argument. The money-flow table sums FUND amounts per giver → receiver, currency and modality
(negated events left out), with the number of events and the first and last date.
"""
from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable, Iterator

from pipeline.io import json_lines
from pipeline.record import json_number

# the roles of ANNOTATION.md whose arguments are names (date and amount have columns of their own)
ROLES = ("participant", "visitor", "destination", "party", "giver", "receiver", "person", "title", "org", "place")
COLUMNS = ("id", "type", "modality", "change", "date", "trigger", "trigger_start", "trigger_end",
           *[c for r in ROLES for c in (r, f"{r}_ref")], "amount", "currency", "qualifier")
FLOW_COLUMNS = ("giver", "giver_ref", "receiver", "receiver_ref", "currency", "modality", "amount", "events",
                "first_date", "last_date")


def read_annotated(path: str) -> Iterator[tuple[int, dict]]:
    """(line number, record) of annotated JSONL ('-' for stdin); error records and bad lines are
    reported on stderr and skipped."""
    for n, rec, problem in json_lines("/dev/stdin" if path == "-" else path):
        if problem is not None:
            print(f"events: line {n}: not JSON, skipped ({problem})", file=sys.stderr)
            continue
        if not isinstance(rec, dict) or "error" in rec:
            why = rec.get("error") if isinstance(rec, dict) else "not a JSON object"
            print(f"events: line {n}: error record skipped ({why})", file=sys.stderr)
            continue
        yield n, rec


def _name(arg: dict) -> str:
    return str(arg.get("norm") or arg.get("text") or "")


def _ref(arg: dict) -> str | None:
    ref = arg.get("ref") or arg.get("id")
    return str(ref) if ref else None


def event_rows(rec: dict) -> list[dict[str, Any]]:
    """One row per event of a record; role columns hold lists (joined by `;` in CSV)."""
    rows = []
    for ev in rec.get("events") or []:
        trig = ev.get("trigger") or {}
        args = ev.get("args") or []
        date = next((a.get("value") for a in args if a.get("role") == "date" and a.get("value")), None)
        row: dict[str, Any] = {"id": rec.get("id"), "type": ev.get("type"), "modality": ev.get("modality"),
                               "change": ev.get("change"), "date": date or rec.get("date"),
                               "trigger": trig.get("text"), "trigger_start": trig.get("start"),
                               "trigger_end": trig.get("end")}
        for role in ROLES:
            mine = [a for a in args if a.get("role") == role]
            row[role] = [_name(a) for a in mine]
            row[f"{role}_ref"] = [_ref(a) for a in mine]
        money = next((a for a in args if a.get("role") == "amount"), {})
        row.update(amount=money.get("amount"), currency=money.get("currency"), qualifier=money.get("qualifier"))
        rows.append(row)
    return rows


def money_flows(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """FUND rows with an amount, a currency and a giver or receiver, summed per (giver, receiver,
    currency, modality); a side is its norms and refs, so refs keep apart what shares a name."""
    groups: dict[tuple, dict[str, Any]] = {}
    for row in rows:
        if row["type"] != "FUND" or row["modality"] == "negated" or row["amount"] is None or not row["currency"]:
            continue
        if not row["giver"] and not row["receiver"]:  # an amount alone flows nowhere
            continue
        side = {}
        for role in ("giver", "receiver"):
            # a ref identifies across documents; without one the norm has to do
            side[role] = ";".join(row[role]), ";".join(r for r in row[f"{role}_ref"] if r)
        key = (*side["giver"], *side["receiver"], row["currency"], row["modality"])
        g = groups.setdefault(key, {**dict(zip(FLOW_COLUMNS[:6], key)), "amount": Decimal(0), "events": 0,
                                    "first_date": None, "last_date": None})
        g["amount"] += Decimal(str(row["amount"]))
        g["events"] += 1
        if row["date"]:
            g["first_date"] = min(filter(None, (g["first_date"], row["date"])))
            g["last_date"] = max(filter(None, (g["last_date"], row["date"])))
    out = sorted(groups.values(), key=lambda g: (g["currency"], -g["amount"]))
    for g in out:
        g["amount"] = json_number(g["amount"])
    return out


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(v or "" for v in value) if any(value) else ""  # refs: nothing rather than ";;"
    return "" if value is None else value


def write_table(rows: list[dict[str, Any]], columns: Iterable[str], output: str, fmt: str) -> None:
    """CSV (lists `;`-joined) or JSONL (lists kept); atomically, or to stdout for '-'."""
    columns = list(columns)
    if output == "-":
        _write(rows, columns, sys.stdout, fmt)
        return
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=out.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            _write(rows, columns, f, fmt)
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write(rows: list[dict[str, Any]], columns: list[str], stream, fmt: str) -> None:
    if fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: _cell(row.get(c)) for c in columns})
    else:
        for row in rows:
            stream.write(json.dumps({c: row.get(c) for c in columns}, ensure_ascii=False) + "\n")


def main(args) -> int:
    """`python -m pipeline events INPUT --format csv|jsonl -o OUT [--flows FLOWS]`."""
    if args.input != "-" and not Path(args.input).is_file():
        print(f"events: no such file: {args.input}", file=sys.stderr)
        return 2
    rows: list[dict[str, Any]] = []
    records = with_events = 0
    for _, rec in read_annotated(args.input):
        records += 1
        with_events += "events" in rec
        rows.extend(event_rows(rec))
    if records and not with_events:
        print(f"events: no record of {args.input} has an `events` field; annotate it with a pipeline that "
              "has the az_events component (models/az_news_pipeline does)", file=sys.stderr)
    try:
        write_table(rows, COLUMNS, args.output, args.format)
        if args.flows:
            write_table(money_flows(rows), FLOW_COLUMNS, args.flows, args.format)
    except OSError as exc:
        print(f"events: {exc}", file=sys.stderr)
        return 2
    print(f"events: {len(rows)} events from {records} records → {args.output}"
          + (f", money flows → {args.flows}" if args.flows else ""), file=sys.stderr)
    return 0
