"""Reading GOLD and PRED and pairing their documents by `id`, refusing what would make scores mislead.

Every refusal is an `InputRefused` whose message names the file and line, or the id: a line that is
not a JSON object, a record without an id or with an id seen before, an entity without integer
offsets inside the text or whose `text` is not the text at its offsets, the same id with a different
`text` in the two files, a GOLD without documents, and documents of GOLD with no prediction
(unless `allow_missing`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.io import is_error_record, json_lines


class InputRefused(Exception):
    """Input that cannot be scored honestly; the message says where and why."""


@dataclass
class Loaded:
    """The records of one file by id, with the line each came from, and its `annotate` error records."""
    path: str
    role: str
    records: dict[Any, dict] = field(default_factory=dict)
    lines: dict[Any, int] = field(default_factory=dict)
    failed: list[dict] = field(default_factory=list)  # error records: {"line", "error"[, "id"]}


def _where(loaded: Loaded, line: int, rec_id: Any = None) -> str:
    at = f"{loaded.role} {loaded.path} line {line}"
    return at if rec_id is None else f"{at} (id {rec_id!r})"


def _check_entities(rec: dict, where: str) -> None:
    ents = rec.get("entities", [])
    if not isinstance(ents, list):
        raise InputRefused(f"{where}: `entities` is not a list")
    text = rec.get("text")
    for k, ent in enumerate(ents, 1):
        if not isinstance(ent, dict) or not isinstance(ent.get("label"), str):
            raise InputRefused(f"{where}: entity {k} is not an object with a string `label`")
        start, end = ent.get("start"), ent.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
            raise InputRefused(f"{where}: entity {k} needs integer offsets with 0 <= start < end, "
                               f"not start={start!r} end={end!r}")
        if isinstance(text, str):
            if end > len(text):
                raise InputRefused(f"{where}: entity {k} ends at {end}, past the text's {len(text)} characters")
            if isinstance(ent.get("text"), str) and text[start:end] != ent["text"]:
                raise InputRefused(f"{where}: entity {k} says {ent['text']!r} but text[{start}:{end}] is "
                                   f"{text[start:end]!r} (offsets shifted?)")


def load(path: str | Path, role: str) -> Loaded:
    """Read a JSONL file of records with unique ids (`role` is GOLD, PRED, A, B… for the messages)."""
    loaded = Loaded(str(path), role)
    try:
        lines = list(json_lines(path))
    except OSError as exc:
        raise InputRefused(f"{role} {path}: cannot read ({exc.strerror or exc})") from None
    for n, rec, problem in lines:
        if problem is not None:
            raise InputRefused(f"{_where(loaded, n)}: not JSON ({problem})")
        if not isinstance(rec, dict):
            raise InputRefused(f"{_where(loaded, n)}: not a JSON object")
        if is_error_record(rec):
            loaded.failed.append(rec)
            continue
        rec_id = rec.get("id")
        if not isinstance(rec_id, (str, int)) or isinstance(rec_id, bool):
            raise InputRefused(f"{_where(loaded, n)}: no `id` (documents are paired by id)")
        if rec_id in loaded.lines:
            raise InputRefused(f"{_where(loaded, n, rec_id)}: the id is already on line {loaded.lines[rec_id]}")
        _check_entities(rec, _where(loaded, n, rec_id))
        loaded.records[rec_id] = rec
        loaded.lines[rec_id] = n
    return loaded


def _first_difference(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


def check_texts(ref: Loaded, other: Loaded) -> None:
    """Refuse an id whose `text` differs between the two files (offsets would point elsewhere)."""
    for rec_id, rec in other.records.items():
        mine = ref.records.get(rec_id)
        if mine is None or not isinstance(mine.get("text"), str) or not isinstance(rec.get("text"), str):
            continue
        if mine["text"] != rec["text"]:
            i = _first_difference(mine["text"], rec["text"])
            raise InputRefused(
                f"id {rec_id!r}: the text differs between {ref.role} line {ref.lines[rec_id]} and {other.role} "
                f"line {other.lines[rec_id]} (first at character {i}: {mine['text'][i:i + 20]!r} vs "
                f"{rec['text'][i:i + 20]!r}); offsets cannot be compared")


def pair(gold: Loaded, pred: Loaded, allow_missing: bool = False) -> tuple[list[tuple[Any, dict, dict]], dict]:
    """(id, gold record, predicted record) for every GOLD document, in GOLD's order, and what was
    found about the pairing. Missing predictions are refused unless `allow_missing` (then empty)."""
    if gold.failed:
        bad = gold.failed[0]
        raise InputRefused(f"{_where(gold, bad.get('line'), bad.get('id'))}: an error record, not a document "
                           f"({bad.get('error')})")
    if not gold.records:
        raise InputRefused(f"{gold.role} {gold.path} holds no document: nothing to score")
    check_texts(gold, pred)
    missing = [i for i in gold.records if i not in pred.records]
    failed = len(pred.failed)
    if missing and not allow_missing:
        why = f"; {failed} {pred.role} lines are error records of `annotate`" if failed else ""
        raise InputRefused(
            f"{pred.role} {pred.path} has no prediction for {len(missing)} of {len(gold.records)} {gold.role} "
            f"documents (first: id {missing[0]!r}, {gold.role} line {gold.lines[missing[0]]}){why}; "
            "pass --allow-missing to count them as empty predictions")
    triples = [(i, g, pred.records.get(i, {"entities": []})) for i, g in gold.records.items()]
    info = {"documents": len(triples), "aligned_by": "id", "missing_predictions": len(missing),
            "extra_predictions": sum(i not in gold.records for i in pred.records),
            "error_records": failed}
    return triples, info
