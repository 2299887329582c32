"""record: a Doc becomes the ANNOTATION.md record (input fields first); Decimals become JSON numbers."""
from __future__ import annotations

from decimal import Decimal

import pytest

import pipeline
from pipeline.record import json_number


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
