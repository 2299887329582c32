"""Label Studio out and back (pipeline/formats/labelstudio.py), on the project's own records and on
tasks written here by hand."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter

import pytest

from tests.formats_helpers import as_label_studio_export, cli, own_records, read_jsonl, spans
from pipeline.formats import labelstudio as ls

TEXT = "Bakıda Azərbaycan Prezidenti İlham Əliyev çıxış edib."
# (start, end, label) of TEXT, checked against the words in test_text_offsets
REGIONS = [(0, 6, "REGION"), (7, 17, "COUNTRY"), (18, 28, "TITLE"), (29, 41, "PERSON")]


def region(start: int, end: int, label: str, text: str = TEXT, rid: str = "r") -> dict:
    return {"id": rid, "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "text": text[start:end], "labels": [label]}}


def task(annotations=None, predictions=None, **data) -> dict:
    return {"id": 7, "data": {"text": TEXT, **data}, "annotations": annotations or [],
            "predictions": predictions or []}


def test_text_offsets():
    assert [TEXT[s:e] for s, e, _ in REGIONS] == ["Bakıda", "Azərbaycan", "Prezidenti", "İlham Əliyev"]


def test_task_has_every_field_in_data_and_entities_as_predictions():
    rec = own_records()[0]
    t = ls.to_task(rec)
    assert t["data"] == {k: v for k, v in rec.items() if k not in ("entities", "leaders")}
    result = t["predictions"][0]["result"]
    assert len(result) == len(rec["entities"])
    first = result[0]
    assert set(first) == {"id", "from_name", "to_name", "type", "value"}
    assert (first["from_name"], first["to_name"], first["type"]) == ("label", "text", "labels")
    assert first["value"] == {"start": 0, "end": 11, "text": "Gürcüstanın", "labels": ["COUNTRY"]}
    assert len({r["id"] for r in result}) == len(result)


def test_labeling_config_names_match_the_regions():
    root = ET.fromstring(ls.labeling_config())
    labels = root.find("Labels")
    text = root.find("Text")
    assert (labels.get("name"), labels.get("toName")) == ("label", "text")
    assert (text.get("name"), text.get("value")) == ("text", "$text")
    assert [lab.get("value") for lab in labels.findall("Label")] == list(ls.LABELS)


def test_export_writes_tasks_and_config_beside_them(tmp_path):
    n = ls.export(own_records(), tmp_path / "tasks.json")
    tasks = json.loads((tmp_path / "tasks.json").read_text(encoding="utf-8"))
    assert len(tasks) == 5 and n == sum(len(r["entities"]) for r in own_records())
    assert (tmp_path / "tasks.config.xml").read_text(encoding="utf-8") == ls.labeling_config()


def test_round_trip_through_label_studio_export(tmp_path):
    ls.export(own_records(), tmp_path / "tasks.json")
    exported = as_label_studio_export(json.loads((tmp_path / "tasks.json").read_text(encoding="utf-8")))
    (tmp_path / "export.json").write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    counts = Counter()
    back = [item.record for item in ls.read(tmp_path / "export.json", counts)]
    assert counts == {"annotations": 5}
    for rec, got in zip(own_records(), back):
        assert (got["id"], got["text"], spans(got)) == (rec["id"], rec["text"], spans(rec))
        assert got.get("date") == rec.get("date") and got.get("source") == rec.get("source")


def annotation(result, updated: str, cancelled: bool = False) -> dict:
    return {"result": result, "was_cancelled": cancelled, "updated_at": updated}


@pytest.mark.parametrize("entries, expected", [
    # the latest one wins, whatever its place in the list
    ([annotation([region(0, 6, "REGION")], "2026-01-02T00:00:00Z"),
      annotation([region(0, 6, "ORG")], "2026-01-01T00:00:00Z")], "REGION"),
    # a cancelled (skipped) annotation never counts, even the latest
    ([annotation([region(0, 6, "REGION")], "2026-01-01T00:00:00Z"),
      annotation([region(0, 6, "ORG")], "2026-01-03T00:00:00Z", cancelled=True)], "REGION"),
])
def test_latest_non_cancelled_annotation(entries, expected):
    rec = ls.task_record(task(annotations=entries), Counter())
    assert [e["label"] for e in rec["entities"]] == [expected]


def test_predictions_when_no_annotation_and_counted():
    counts = Counter()
    rec = ls.task_record(task(predictions=[{"result": [region(*r) for r in REGIONS]}]), counts)
    assert spans(rec) == REGIONS and counts == {"predictions": 1}
    counts = Counter()
    only_cancelled = [annotation([region(0, 6, "ORG")], "2026-01-03T00:00:00Z", cancelled=True)]
    rec = ls.task_record(task(annotations=only_cancelled), counts)
    assert rec["entities"] == [] and counts == {"neither": 1}


def test_task_id_stands_in_for_missing_data_id_and_data_fields_kept():
    rec = ls.task_record(task(outlet="own.az"), Counter())
    assert rec["id"] == 7 and rec["outlet"] == "own.az"
    rec = ls.task_record(task(id="mine-1"), Counter())
    assert rec["id"] == "mine-1"


def test_non_label_results_are_ignored_and_counted():
    choice = {"id": "c", "from_name": "topic", "to_name": "text", "type": "choices", "value": {"choices": ["x"]}}
    counts = Counter()
    rec = ls.task_record(task(annotations=[annotation([choice, region(0, 6, "REGION")], "1")]), counts)
    assert spans(rec) == [(0, 6, "REGION")] and counts["other results ignored"] == 1


def test_utf16_offsets_after_an_emoji_are_converted():
    text = "🙂 Bakıda görüş"  # the emoji is one code point, two UTF-16 units
    reg = {"id": "r", "from_name": "label", "to_name": "text", "type": "labels",
           "value": {"start": 3, "end": 9, "text": "Bakıda", "labels": ["REGION"]}}
    rec = ls.task_record({"data": {"text": text}, "annotations": [annotation([reg], "1")]}, Counter())
    assert spans(rec) == [(2, 8, "REGION")] and rec["entities"][0]["text"] == "Bakıda"


@pytest.mark.parametrize("result, message", [
    ([region(0, 6, "CITY")], "label 'CITY' is not one of"),
    ([region(0, 6, "REGION"), region(0, 17, "ORG")], "overlap"),
    ([{**region(0, 6, "REGION"), "value": {"start": 0, "end": 6, "text": "Gəncədə", "labels": ["REGION"]}}],
     r"'Gəncədə' is not at \[0:6\]"),
    ([{**region(0, 6, "REGION"), "value": {"start": 0, "end": 6, "text": "Bakıda", "labels": ["REGION", "ORG"]}}],
     "2 labels"),
])
def test_bad_region_makes_the_task_an_error(result, message):
    with pytest.raises(ls.BadDocument, match=message):
        ls.task_record(task(annotations=[annotation(result, "1")]), Counter())


def test_import_cli_error_record_in_place_and_status_1(tmp_path):
    good = task(annotations=[annotation([region(*r) for r in REGIONS], "1")], id="good")
    bad = task(annotations=[annotation([region(0, 6, "CITY")], "1")], id="bad")
    (tmp_path / "export.json").write_text(json.dumps([bad, good, "not a task"]), encoding="utf-8")
    run = cli("import", tmp_path / "export.json", "--format", "labelstudio", "-o", tmp_path / "gold.jsonl")
    assert run.returncode == 1, run.stderr
    out = read_jsonl(tmp_path / "gold.jsonl")
    assert [r.get("id") for r in out] == ["bad", "good", None]
    assert out[0]["line"] == 1 and "CITY" in out[0]["error"] and "entities" not in out[0]
    assert spans(out[1]) == REGIONS
    assert out[2]["line"] == 3 and "not a Label Studio task" in out[2]["error"]
    assert "document 1:" in run.stderr and "2 records" not in run.stderr


@pytest.mark.parametrize("content, message", [
    ("{not json", "not JSON"), ("42", "list of Label Studio tasks"),
    (json.dumps([{"id": 1, "text": TEXT, "label": []}]), "JSON-MIN"),
])
def test_import_cli_not_an_export_exits_2_with_one_line(tmp_path, content, message):
    (tmp_path / "export.json").write_text(content, encoding="utf-8")
    run = cli("import", tmp_path / "export.json", "--format", "labelstudio", "-o", tmp_path / "gold.jsonl")
    assert run.returncode == 2 and message in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "Traceback" not in run.stderr
    assert not (tmp_path / "gold.jsonl").exists()
