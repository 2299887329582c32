"""Evaluator and summary, on hand-made gold/pred files whose scores were computed by hand
(tests/fixtures/eval_gold.jsonl, eval_pred.jsonl: doc a has a wrong title norm, a truncated PERSON,
a REGION predicted as ORG, a wrong currency and an extra DATE; doc b a wrong country id; doc c has
no prediction; pred z is not in gold)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import cli
from pipeline.evaluate import align, describe_value, evaluate_files, score, summarize

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def result() -> dict:
    return evaluate_files(FIXTURES / "eval_gold.jsonl", FIXTURES / "eval_pred.jsonl")


def test_alignment_by_id(result):
    assert (result["aligned_by"], result["documents"], result["missing_predictions"],
            result["extra_predictions"]) == ("id", 3, 1, 1)


# label: (gold, pred, strict P, R, F1, overlap P, R, F1), all by hand
EXPECTED = {
    "COUNTRY": (2, 2, 1, 1, 1, 1, 1, 1),
    "TITLE": (1, 1, 1, 1, 1, 1, 1, 1),
    "PERSON": (1, 1, 0, 0, 0, 1, 1, 1),
    "REGION": (2, 0, 0, 0, 0, 0, 0, 0),
    "ORG": (0, 1, 0, 0, 0, 0, 0, 0),
    "MONEY": (2, 2, 1, 1, 1, 1, 1, 1),
    "PERCENT": (1, 1, 1, 1, 1, 1, 1, 1),
    "DATE": (1, 2, 0.5, 1, 2 / 3, 0.5, 1, 2 / 3),
    "micro_names": (6, 5, 3 / 5, 3 / 6, 6 / 11, 4 / 5, 4 / 6, 8 / 11),
    "micro_all": (10, 10, 0.7, 0.7, 0.7, 0.8, 0.8, 0.8),
}


@pytest.mark.parametrize("key", EXPECTED)
def test_prf_by_hand(result, key):
    gold, pred, sp, sr, sf, op, orr, of = EXPECTED[key]
    strict, overlap = result["strict"][key], result["overlap"][key]
    assert (strict["gold"], strict["pred"]) == (gold, pred)
    assert (strict["precision"], strict["recall"], strict["f1"]) == pytest.approx((sp, sr, sf))
    assert (overlap["precision"], overlap["recall"], overlap["f1"]) == pytest.approx((op, orr, of))


@pytest.mark.parametrize("name, correct, n", [
    ("norm", 2, 3),            # a: Azərbaycan ok, Prezidenti wrong; b: Türkiyə ok
    ("country_id", 1, 2),      # AZ ok, TM for TR wrong
    ("money", 1, 2),           # AZN/USD wrong; 1200000000 == 1200000000.0 with qualifier ok
    ("percent_value", 1, 1),
    ("date_value", 1, 1),
])
def test_attribute_accuracy_by_hand(result, name, correct, n):
    a = result["attributes"][name]
    assert (a["correct"], a["n"]) == (correct, n)
    assert a["accuracy"] == pytest.approx(correct / n)


def test_overlap_counts_overlap_not_touching():
    gold = {"entities": [{"start": 0, "end": 4, "label": "ORG"}]}
    touching = {"entities": [{"start": 4, "end": 8, "label": "ORG"}]}
    assert score([(gold, touching)])["overlap"]["ORG"]["precision"] == 0
    inside = {"entities": [{"start": 1, "end": 3, "label": "ORG"}]}
    assert score([(gold, inside)])["overlap"]["ORG"]["f1"] == 1


def test_line_order_fallback_without_ids():
    gold = [{"entities": [{"start": 0, "end": 1, "label": "ORG"}]}, {"entities": []}]
    pred = [{"entities": [{"start": 0, "end": 1, "label": "ORG"}]}]
    pairs, info = align(gold, pred)
    assert info == {"aligned_by": "line", "missing_predictions": 1, "extra_predictions": 0, "documents": 2}
    assert pairs[1][1] == {}


def test_money_needs_every_part():
    g = {"start": 0, "end": 5, "label": "MONEY", "amount": None, "min": 1, "max": 2, "currency": "USD"}
    for change, ok in [({}, 1), ({"max": 3}, 0), ({"qualifier": "approx"}, 0), ({"amount": 2}, 0)]:
        res = score([({"entities": [g]}, {"entities": [{**g, **change}]})])
        assert res["attributes"]["money"]["correct"] == ok


def test_cli_json_and_labels(capsys):
    assert cli.main(["evaluate", str(FIXTURES / "eval_gold.jsonl"), str(FIXTURES / "eval_pred.jsonl"),
                     "--json", "--labels", "DATE", "PERCENT"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out["strict"]) == {"DATE", "PERCENT", "micro_names", "micro_all", "micro_selected"}
    assert out["strict"]["micro_selected"]["precision"] == pytest.approx(2 / 3)


def test_cli_table(capsys):
    assert cli.main(["evaluate", str(FIXTURES / "eval_gold.jsonl"), str(FIXTURES / "eval_pred.jsonl")]) == 0
    table = capsys.readouterr().out
    assert "micro_names" in table and "0.545" in table and "country_id" in table


@pytest.mark.parametrize("ent, expected", [
    ({"label": "MONEY", "amount": 1200000000, "currency": "USD"}, "1200000000 USD"),
    ({"label": "MONEY", "amount": None, "min": 1000000, "max": 2000000, "currency": "EUR"}, "1000000–2000000 EUR"),
    ({"label": "MONEY", "amount": 8000000000, "currency": "USD", "qualifier": "more_than"}, "8000000000 USD (more_than)"),
    ({"label": "PERCENT", "value": 12.5}, "12.5%"),
    ({"label": "DATE", "value": "2025-11-15"}, "2025-11-15"),
])
def test_describe_value(ent, expected):
    assert describe_value(ent) == expected


def test_summary():
    recs = [
        {"id": "x", "text": "...", "entities": [
            {"start": 0, "end": 23, "label": "MONEY", "text": "1,2 milyard ABŞ dolları", "amount": 1200000000, "currency": "USD"},
            {"start": 30, "end": 40, "label": "COUNTRY", "text": "Qazaxıstan", "norm": "Qazaxıstan", "id": "KZ"}],
         "leaders": [{"name": "Kasım-Jomart Tokayev", "title": "Prezident", "country": "KZ", "org": None, "mentions": []}]},
        {"line": 2, "error": "not valid JSON"},
    ]
    text = summarize(recs)
    assert "2 records: 1 annotated, 1 errors, 2 entities" in text
    assert "[x] 1,2 milyard ABŞ dolları → 1200000000 USD" in text
    assert "Kasım-Jomart Tokayev — Prezident (KZ)" in text
    assert "line 2: not valid JSON" in text
    assert "  COUNTRY      1" in text and "  MONEY        1" in text
