"""Helpers shared by the annotation-format tests: the project's own records, a Label Studio
project's JSON export made from our tasks the way Label Studio writes it (predictions reviewed
into annotations), the CLI; `read_jsonl` is pipeline.io's."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from pipeline.io import read_jsonl  # noqa: F401  (the tests import it from here)

ROOT = Path(__file__).resolve().parent.parent
OWN = ROOT / "tests" / "fixtures" / "export_records.jsonl"


def own_records() -> list[dict]:
    """The hand-written records of tests/fixtures/export_records.jsonl, without its error line."""
    return [r for r in read_jsonl(OWN) if "error" not in r]


def spans(rec: dict) -> list[tuple[int, int, str]]:
    return sorted((e["start"], e["end"], e["label"]) for e in rec["entities"])


def as_label_studio_export(tasks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What Label Studio's "JSON" export gives after an annotator accepted every pre-annotation."""
    out = []
    for n, task in enumerate(tasks, 1):
        out.append({"id": n, "data": task["data"], "predictions": [],
                    "annotations": [{"id": 100 + n, "completed_by": 1, "was_cancelled": False,
                                     "ground_truth": False, "created_at": "2026-01-05T10:00:00.000000Z",
                                     "updated_at": "2026-01-05T10:00:00.000000Z", "lead_time": 3.5,
                                     "result": task["predictions"][0]["result"]}]})
    return out


def cli(*args: Any) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", *map(str, args)], capture_output=True,
                          text=True, cwd=ROOT, timeout=600)
