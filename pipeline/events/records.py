"""Events as they go into a record: each argument carries its entity's values (norm, country id, ref,
MONEY amount and currency, DATE value), so a reader of the record needs no second lookup."""
from __future__ import annotations

from typing import Any

# what an argument copies from its entity record (ANNOTATION.md attributes)
ARG_FIELDS = ("norm", "id", "ref", "amount", "currency", "min", "max", "qualifier", "value")


def event_records(events: list[dict[str, Any]], entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`events` (as `doc._.events` holds them) with each argument enriched from `entities`."""
    by_span = {(e["start"], e["end"], e["label"]): e for e in entities}
    out = []
    for event in events:
        args = []
        for arg in event["args"]:
            ent = by_span.get((arg["start"], arg["end"], arg["label"]), {})
            args.append({**arg, **{k: ent[k] for k in ARG_FIELDS if ent.get(k) is not None}})
        out.append({**event, "args": args})
    return out


def shifted(events: list[dict[str, Any]], offset: int, text: str) -> list[dict[str, Any]]:
    """Events of a chunk starting at `offset` of `text`, in offsets of the whole text (texts re-read
    from `text`, which may hold characters the chunk's Doc does not)."""
    def move(part: dict[str, Any]) -> dict[str, Any]:
        start, end = part["start"] + offset, part["end"] + offset
        return {**part, "start": start, "end": end, "text": text[start:end]}

    return [{**ev, "trigger": move(ev["trigger"]), "args": [move(a) for a in ev["args"]]} for ev in events]
