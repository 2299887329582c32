"""labels: the one definition of the entity labels agrees with the record schema."""
from __future__ import annotations

import json

from pipeline.labels import LABELS, NAME_LABELS, QUANTITY_LABELS
from tests.conftest import ROOT


def test_labels_are_the_schema_labels_in_order():
    schema = json.loads((ROOT / "schema" / "record.schema.json").read_text(encoding="utf-8"))
    assert list(LABELS) == schema["$defs"]["entity"]["properties"]["label"]["enum"]


def test_name_and_quantity_labels_split_the_labels():
    assert NAME_LABELS + QUANTITY_LABELS == LABELS
    assert not set(NAME_LABELS) & set(QUANTITY_LABELS)
    assert QUANTITY_LABELS == ("MONEY", "PERCENT", "DATE")
