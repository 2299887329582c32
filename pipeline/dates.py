"""DATE spans with ISO 8601 values (placeholder while being written)."""
from __future__ import annotations

from pipeline.money import Quantity


def find_dates(text: str, pub_date: str | None = None) -> list[Quantity]:
    return []
