"""Turn a processed Doc into the JSON record of ANNOTATION.md."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from spacy.tokens import Doc, Span

NAME_LABELS = {"PERSON", "TITLE", "COUNTRY", "REGION", "ORG"}


def json_number(value: Decimal | int | float | None) -> int | float | None:
    """Decimal → int when integral, else float (JSON has one number type)."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def span_record(span: Span) -> dict[str, Any]:
    rec: dict[str, Any] = {"start": span.start_char, "end": span.end_char,
                           "label": span.label_, "text": span.text}
    if span.label_ in NAME_LABELS:
        rec["norm"] = span._.norm if span._.norm is not None else span.text
        if span.label_ == "COUNTRY":
            rec["id"] = span.kb_id_ or None
    elif span.label_ == "MONEY":
        rec["amount"] = json_number(span._.amount)
        rec["currency"] = span._.currency
    elif span.label_ in ("PERCENT", "DATE"):
        value = span._.value
        rec["value"] = json_number(value) if span.label_ == "PERCENT" else value
    if span.label_ in ("MONEY", "PERCENT"):
        for key in ("min", "max"):
            if getattr(span._, key) is not None:
                rec[key] = json_number(getattr(span._, key))
        if span._.qualifier:
            rec["qualifier"] = span._.qualifier
    return rec


def entity_records(doc: Doc) -> list[dict[str, Any]]:
    """The record's `entities`: one dict per entity of `doc`, in text order."""
    return [span_record(s) for s in sorted(doc.ents, key=lambda s: s.start_char)]


def to_record(doc: Doc, /, **fields: Any) -> dict[str, Any]:
    """The ANNOTATION.md record: input fields kept, then `entities` and `leaders`."""
    record = dict(fields)
    if "text" not in record:
        record["text"] = doc.text
    record["entities"] = entity_records(doc)
    record["leaders"] = list(doc._.leaders or [])
    return record
