"""`import` (pipeline/importer.py) from the outside, and the round trips on dev gold (../shared) for
Label Studio, brat and CoNLL."""
from __future__ import annotations

import json
import re

import pytest

from tests.formats_helpers import as_label_studio_export, cli, read_jsonl, spans
from pipeline.formats import brat, conll, labelstudio
from pipeline.formats.parsers import AlignStats


def test_import_cli_fill_values_and_repeated_id(tmp_path):
    text = "Şirkət təxminən 3,5 milyon manat gəlir əldə edib."
    region = {"id": "r", "from_name": "label", "to_name": "text", "type": "labels",
              "value": {"start": 16, "end": 32, "text": "3,5 milyon manat", "labels": ["MONEY"]}}
    tasks = [{"data": {"id": "a", "text": text}, "annotations": [{"result": [region]}]}] * 2
    (tmp_path / "export.json").write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    run = cli("import", tmp_path / "export.json", "--format", "labelstudio", "-o", tmp_path / "gold.jsonl",
              "--fill-values")
    assert run.returncode == 1
    first, second = read_jsonl(tmp_path / "gold.jsonl")
    assert first["entities"][0]["amount"] == 3500000 and first["leaders"] == []
    assert second == {"line": 2, "error": "id 'a' repeats an earlier document's", "id": "a"}
    assert re.search(r"1 records, 1 entities written .*; 1 documents could not be read", run.stderr)


def test_import_help_explains_every_argument():
    run = cli("import", "--help")
    for word in ("labelstudio", "brat", "conll", "--fill-values", "GOLD.jsonl"):
        assert word in run.stdout


# ---------------------------------------------------------------------------------------- dev gold

@pytest.fixture(scope="module")
def dev(shared) -> list[dict]:
    return read_jsonl(shared / "corpus" / "dev.jsonl")


def test_dev_round_trip_label_studio(dev, tmp_path):
    labelstudio.export(dev, tmp_path / "tasks.json")
    tasks = json.loads((tmp_path / "tasks.json").read_text(encoding="utf-8"))
    (tmp_path / "export.json").write_text(json.dumps(as_label_studio_export(tasks)), encoding="utf-8")
    back = [item for item in labelstudio.read(tmp_path / "export.json")]
    assert all(item.error is None for item in back)
    assert [(r["id"], r["text"], spans(r)) for r in (i.record for i in back)] == \
           [(r["id"], r["text"], spans(r)) for r in dev]


def test_dev_round_trip_brat(dev, tmp_path):
    brat.export(dev, tmp_path)
    back = {item.record["id"]: item.record for item in brat.read(tmp_path)}
    assert sorted(back) == sorted(r["id"] for r in dev)
    for rec in dev:
        assert (back[rec["id"]]["text"], spans(back[rec["id"]])) == (rec["text"], spans(rec))


def test_dev_round_trip_conll_loses_only_the_counted_split_tokens(dev, tmp_path):
    stats = AlignStats()
    conll.export(dev, tmp_path / "dev.conll", stats)
    back = [item.record for item in conll.read(tmp_path / "dev.conll")]
    assert [r["id"] for r in back] == [r["id"] for r in dev]
    changed = 0
    for rec, got in zip(dev, back):
        assert len(got["entities"]) == len(rec["entities"])  # one B- tag per entity
        for g, e in zip(rec["entities"], got["entities"]):
            assert g["label"] == e["label"]
            squeezed = "".join(e["text"].split())
            changed += squeezed != "".join(g["text"].split())
            assert "".join(g["text"].split()) in squeezed  # a split token only widens the span
    assert changed == stats.expanded and stats.dropped == 0
