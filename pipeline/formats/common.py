"""What every format reader shares: building the record's entities from (start, end, label) and
checking them against the ANNOTATION.md rules, so that a bad document becomes one error record."""
from __future__ import annotations

from typing import Any, Iterable

from pipeline.formats.parsers import LABELS


class BadDocument(ValueError):
    """A document whose annotation cannot become a gold record; the message says where and why."""


def entities(text: str, spans: Iterable[tuple[int, int, str]], where: str = "") -> list[dict[str, Any]]:
    """Sorted entity dicts {start, end, label, text}; raises BadDocument on an unknown label, a span
    outside the text or empty, or two spans that overlap (gold spans never do)."""
    out: list[dict[str, Any]] = []
    for start, end, label in sorted(set(spans)):
        if label not in LABELS:
            raise BadDocument(f"{where}label {label!r} is not one of {' '.join(LABELS)}")
        if not 0 <= start < end <= len(text):
            raise BadDocument(f"{where}span [{start}:{end}] ({label}) is outside the text "
                              f"(length {len(text)}) or empty")
        if out and start < out[-1]["end"]:
            prev = out[-1]
            raise BadDocument(f"{where}spans [{prev['start']}:{prev['end']}] {prev['label']} and "
                              f"[{start}:{end}] {label} overlap")
        out.append({"start": start, "end": end, "label": label, "text": text[start:end]})
    return out
