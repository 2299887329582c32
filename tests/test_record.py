"""record: a Doc becomes the ANNOTATION.md record (input fields first); Decimals become JSON numbers."""
from __future__ import annotations

from decimal import Decimal

import pytest

import pipeline
from pipeline.record import entity_records, json_number


@pytest.mark.parametrize("value,expected", [
    (Decimal("1200000"), 1200000), (Decimal("12.5"), 12.5), (Decimal("1E+3"), 1000), (None, None), (7, 7),
])
def test_json_number(value, expected):
    got = json_number(value)
    assert got == expected and type(got) is type(expected)


def test_fields_first_then_sorted_entities_and_leaders():
    nlp = pipeline.blank()
    doc = nlp.make_doc("Bakı 5 milyon manat")
    doc.ents = [doc.char_span(5, 19, label="MONEY"), doc.char_span(0, 4, label="REGION")]
    doc.ents[1]._.amount, doc.ents[1]._.currency = Decimal(5000000), "AZN"
    rec = pipeline.to_record(doc, id="a", date="2025-01-01")
    assert list(rec) == ["id", "date", "text", "entities", "leaders"]  # the text is added when not given
    assert [(e["start"], e["label"]) for e in rec["entities"]] == [(0, "REGION"), (5, "MONEY")]
    assert rec["entities"][1]["amount"] == 5000000 and rec["entities"][1]["currency"] == "AZN"


def test_entity_records_from_source_shift_offsets_and_cut_text_from_it():
    # the Doc was made from the source's second chunk, its surrogate replaced (as the command line does)
    source = "Birinci hissə.\n\ud800 Bakı Rüstəm"
    nlp = pipeline.blank()
    doc = nlp.make_doc("\ufffd Bakı Rüstəm")
    doc.ents = [doc.char_span(0, 6, label="REGION"), doc.char_span(7, 13, label="PERSON")]
    doc.ents[1]._.norm = "Rüstəm Əliyev"
    got = entity_records(doc, source, 15)
    assert [(e["start"], e["end"], e["text"]) for e in got] == [(15, 21, "\ud800 Bakı"), (22, 28, "Rüstəm")]
    # no norm set: the norm falls back to the Doc's own span text, as without a source
    assert got[0]["norm"] == "\ufffd Bakı" == entity_records(doc)[0]["norm"]
    assert got[1]["norm"] == "Rüstəm Əliyev"
    assert list(got[0]) == ["start", "end", "label", "text", "norm"]
