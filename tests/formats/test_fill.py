"""`import --fill-values` (pipeline/formats/fill.py): values and leaders recomputed on corrected
spans by the pipeline's own components, on phrases written here."""
from __future__ import annotations

import json

import jsonschema
import pytest

from tests.formats_helpers import ROOT
from pipeline.formats.fill import Filler
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



def test_imported_records_and_error_records_match_the_schema(tmp_path, filler):
    schema = json.loads((ROOT / "schema" / "record.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    rec = filler(record("Qazaxıstanın Prezidenti Tokayev 1-2 milyon dollar ayırıb.", ("Qazaxıstanın", "COUNTRY"),
                        ("Prezidenti", "TITLE"), ("Tokayev", "PERSON"), ("1-2 milyon dollar", "MONEY")))
    assert rec["entities"][3]["min"] == 1000000 and rec["entities"][3]["max"] == 2000000
    bad = Item(3, {"id": "x"}, "task 'x': overlap").error_record()
    for doc in (rec, bad):
        assert list(validator.iter_errors(doc)) == []
