"""`import` (pipeline/importer.py) and `--fill-values` (pipeline/formats/fill.py); round trips on dev
gold (../shared) for Label Studio, brat and CoNLL."""
from __future__ import annotations

import json
import re

import jsonschema
import pytest

from formats_helpers import ROOT, as_label_studio_export, cli, read_jsonl, spans
from pipeline.formats import brat, conll, labelstudio
from pipeline.formats.fill import Filler
from pipeline.formats.parsers import AlignStats
from pipeline.io import Item


@pytest.fixture(scope="module")
def filler() -> Filler:
    return Filler()


def record(text: str, *marked: tuple[str, str], date: str | None = None) -> dict:
    """A record whose entities are the (phrase, label) pairs, found in `text`, without values."""
    ents = []
    for phrase, label in marked:
        i = text.index(phrase)
        ents.append({"start": i, "end": i + len(phrase), "label": label, "text": phrase})
    return {"id": "t", "text": text, "date": date, "entities": ents}


# (text, span, label, publication date) → the values ANNOTATION.md gives that span
VALUES = [
    ("Şirkət təxminən 3,5 milyon manat gəlir əldə edib.", "3,5 milyon manat", "MONEY", None,
     {"amount": 3500000, "currency": "AZN", "qualifier": "approx"}),
    ("Layihəyə 8 milyard dollardan çox vəsait ayrılıb.", "8 milyard dollardan", "MONEY", None,
     {"amount": 8000000000, "currency": "USD", "qualifier": "more_than"}),
    ("Satış 12,5 faiz artıb.", "12,5 faiz", "PERCENT", None, {"value": 12.5}),
    ("Görüş martın 12-də olacaq.", "martın 12-də", "DATE", "2025-03-10", {"value": "2025-03-12"}),
    # the annotator narrowed the pipeline's range "1-2 milyon dollar": the span read on its own
    ("Təmirə 1-2 milyon dollar xərclənəcək.", "2 milyon dollar", "MONEY", None,
     {"amount": 2000000, "currency": "USD"}),
    ("Gürcüstanın nümayəndələri gəlib.", "Gürcüstanın", "COUNTRY", None, {"norm": "Gürcüstan", "id": "GE"}),
    ("Nazir Astanada olub.", "Astanada", "REGION", None, {"norm": "Astana"}),
]


@pytest.mark.parametrize("text, phrase, label, date, values", VALUES)
def test_fill_values_of_a_corrected_span(filler, text, phrase, label, date, values):
    ent = filler(record(text, (phrase, label), date=date))["entities"][0]
    assert {k: v for k, v in ent.items() if k not in ("start", "end", "label", "text")} == values
    assert ent["text"] == phrase and text[ent["start"]:ent["end"]] == phrase


def test_fill_values_leaders_from_the_corrected_spans(filler):
    text = "Qazaxıstanın Prezidenti Kasım-Jomart Tokayev Astanada çıxış edib."
    out = filler(record(text, ("Qazaxıstanın", "COUNTRY"), ("Prezidenti", "TITLE"),
                        ("Kasım-Jomart Tokayev", "PERSON")))
    assert out["leaders"] == [{"name": "Kasım-Jomart Tokayev", "title": "Prezident", "country": "KZ",
                               "org": None, "mentions": [[24, 44]]}]


def test_fill_values_reports_what_it_cannot_read():
    filler = Filler()
    out = filler(record("Maaş manatla ödənilir. Bakıdakı görüş keçib.", ("manatla", "MONEY"), ("Bakı", "REGION")))
    money, place = out["entities"]
    assert money["amount"] is None and money["currency"] is None
    assert (place["start"], place["end"], place["text"]) == (23, 27, "Bakı")  # offsets as the human set them
    assert (filler.stats.spans, filler.stats.unparsed, filler.stats.expanded) == (2, 1, 1)
    assert filler.stats.examples == ["not on token boundaries t REGION [23:27]", "no value read t MONEY [5:12]"]


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


def test_imported_records_and_error_records_match_the_schema(tmp_path, filler):
    schema = json.loads((ROOT / "schema" / "record.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    rec = filler(record("Qazaxıstanın Prezidenti Tokayev 1-2 milyon dollar ayırıb.", ("Qazaxıstanın", "COUNTRY"),
                        ("Prezidenti", "TITLE"), ("Tokayev", "PERSON"), ("1-2 milyon dollar", "MONEY")))
    assert rec["entities"][3]["min"] == 1000000 and rec["entities"][3]["max"] == 2000000
    bad = Item(3, {"id": "x"}, "task 'x': overlap").error_record()
    for doc in (rec, bad):
        assert list(validator.iter_errors(doc)) == []
