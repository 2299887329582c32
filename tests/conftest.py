"""Shared fixtures. Tests that need ../shared (publishers' texts) skip with a reason when it is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "corpus" / "dev.jsonl").exists():
        pytest.skip("../shared is absent: the annotated corpus and raw news are not in this checkout")
    return SHARED


def read_jsonl(path: Path) -> list[dict]:
    from pipeline.io import read_jsonl as read
    return read(path)


@pytest.fixture(scope="session")
def nlp():
    import pipeline
    return pipeline.load()


@pytest.fixture(scope="session")
def sample_record() -> dict:
    return read_jsonl(ROOT / "corpus" / "sample.jsonl")[0]
