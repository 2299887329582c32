"""Turn a processed Doc into the JSON record of ANNOTATION.md."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from spacy.tokens import Doc, Span

from pipeline.labels import NAME_LABELS
from pipeline.lang.texts import doc_text


def json_number(value: Decimal | int | float | None) -> int | float | None:
    """Decimal → int when integral, else float (JSON has one number type)."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def span_record(span: Span, source: str | None = None, offset: int = 0) -> dict[str, Any]:
    """The record of one entity. `source`: the text the span's Doc was made from, `offset` characters
    into it; the record's offsets are then shifted by `offset` and its text cut from `source`, which
    may hold surrogates the Doc does not (and costs no Span.text)."""
    # label_, text and span._ are each rebuilt on every access: read them once
    label, ext = span.label_, span._
    start, end = span.start_char + offset, span.end_char + offset
    text = span.text if source is None else source[start:end]
    rec: dict[str, Any] = {"start": start, "end": end, "label": label, "text": text}
    if label in NAME_LABELS:
        norm = ext.norm
        rec["norm"] = norm if norm is not None else (text if source is None else span.text)
        if label == "COUNTRY":
            rec["id"] = span.kb_id_ or None
    elif label == "MONEY":
        rec["amount"] = json_number(ext.amount)
        rec["currency"] = ext.currency
    elif label in ("PERCENT", "DATE"):
        value = ext.value
        rec["value"] = json_number(value) if label == "PERCENT" else value
    if label in ("MONEY", "PERCENT"):
        for key in ("min", "max"):
            value = getattr(ext, key)
            if value is not None:
                rec[key] = json_number(value)
        qualifier = ext.qualifier
        if qualifier:
            rec["qualifier"] = qualifier
    return rec


def entity_records(doc: Doc, source: str | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """The record's `entities`: one dict per entity of `doc`, in text order (`source`, `offset`: as
    for `span_record`)."""
    return [span_record(s, source, offset) for s in sorted(doc.ents, key=lambda s: s.start_char)]


def to_record(doc: Doc, /, **fields: Any) -> dict[str, Any]:
    """The ANNOTATION.md record: input fields kept, then `entities`, `leaders` and (when the pipeline
    has az_events) `events`."""
    record = dict(fields)
    if "text" not in record:
        record["text"] = doc_text(doc)
    record["entities"] = entity_records(doc)
    record["leaders"] = list(doc._.leaders or [])
    if doc._.events is not None:
        from pipeline.events.records import event_records
        record["events"] = event_records(doc._.events, record["entities"])
    return record
