"""benchmarks/prediction_changes.py: the kinds of change between two annotations (made-up records)."""
from __future__ import annotations

from benchmarks.prediction_changes import changes

TEXT = "Ali Veli Kamal Bank Xeyir Mərkəzi və Yol İdarəsi"


def rec(*ents: tuple[int, int, str]) -> dict:
    return {"id": "a", "text": TEXT, "entities": [{"start": s, "end": e, "label": lab} for s, e, lab in ents]}


def test_drop_relabel_reshape_and_new_spans_are_told_apart():
    before = rec((0, 3, "PERSON"), (9, 19, "PERSON"), (20, 48, "ORG"), (4, 8, "REGION"))
    after = rec((9, 19, "ORG"), (20, 33, "ORG"), (37, 48, "ORG"), (4, 8, "REGION"), (0, 3, "DATE"))
    out = changes([before], [after])
    assert out["drop PERSON"] == {"Ali": 1}                      # only a non-name label there now
    assert out["relabel PERSON->ORG"] == {"Kamal Bank": 1}
    assert out["reshape ORG"] == {"Xeyir Mərkəzi və Yol İdarəsi": 1}
    assert out["new(split) ORG"] == {"Xeyir Mərkəzi": 1, "Yol İdarəsi": 1}
    assert "new REGION" not in out and "drop REGION" not in out  # unchanged spans are no change


def test_a_span_over_free_text_is_new():
    assert changes([rec()], [rec((0, 8, "PERSON"))]) == {"new PERSON": {"Ali Veli": 1}}
