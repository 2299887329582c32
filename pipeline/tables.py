"""The one loader of the data files under pipeline/data/: tab-separated tables with a header line.

Lines starting with "#" are comments and blank lines are skipped; fields are never quoted (a value may
hold a quote character). Callers cache what they build from the rows (`functools.cache`).
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Callable

DATA_DIR = Path(__file__).resolve().parent / "data"


def read_tsv(path: str | Path) -> list[dict[str, str]]:
    """Rows of a table as dicts keyed by its header; `path` is relative to pipeline/data/ (or absolute).
    A row shorter than the header has None in its missing fields."""
    with open(DATA_DIR / path, encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def words_by_role(path: str | Path, fold: Callable[[str], str] = str) -> dict[str, frozenset[str]]:
    """A word list with a `role` and a `word` column: role → its words (each passed through `fold`)."""
    out: dict[str, set[str]] = {}
    for row in read_tsv(path):
        out.setdefault(row["role"], set()).add(fold(row["word"]))
    return {role: frozenset(ws) for role, ws in out.items()}
