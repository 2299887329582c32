"""Evaluator and summary, on hand-made gold/pred files whose scores were computed by hand
(tests/fixtures/eval_gold.jsonl, eval_pred.jsonl: doc a has a wrong title norm, a truncated PERSON,
a REGION predicted as ORG, a wrong currency and an extra DATE; doc b a wrong country id; doc c has
no prediction (so --allow-missing); pred z is not in gold)."""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import pytest

from pipeline import cli
from pipeline.evaluate import describe_value, evaluate_files, score, summarize

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def result() -> dict:
    return evaluate_files(FIXTURES / "eval_gold.jsonl", FIXTURES / "eval_pred.jsonl", allow_missing=True)


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


def test_money_needs_every_part():
    g = {"start": 0, "end": 5, "label": "MONEY", "amount": None, "min": 1, "max": 2, "currency": "USD"}
    for change, ok in [({}, 1), ({"max": 3}, 0), ({"qualifier": "approx"}, 0), ({"amount": 2}, 0)]:
        res = score([({"entities": [g]}, {"entities": [{**g, **change}]})])
        assert res["attributes"]["money"]["correct"] == ok


def test_cli_json_and_labels(capsys):
    assert cli.main(["evaluate", str(FIXTURES / "eval_gold.jsonl"), str(FIXTURES / "eval_pred.jsonl"),
                     "--json", "--labels", "DATE", "PERCENT", "--allow-missing"]) == 0
    out = json.loads(capsys.readouterr().out)
    # --labels limits every row: the table, the attributes, the schemes, the intervals, the confusion
    assert set(out["strict"]) == set(out["overlap"]) == {"DATE", "PERCENT", "micro_selected"}
    assert out["strict"]["micro_selected"]["precision"] == pytest.approx(2 / 3)
    assert set(out["attributes"]) == {"date_value", "percent_value"}
    assert set(out["schemes_by_label"]) == set(out["ci95"]["labels"]) == {"DATE", "PERCENT"}
    assert out["schemes"]["strict"]["possible"] == 2 and out["schemes"]["strict"]["spurious"] == 1
    assert set(out["confusion"]) <= {"DATE", "PERCENT", "spurious"} and "leaders" not in out


def test_cli_table(capsys):
    assert cli.main(["evaluate", str(FIXTURES / "eval_gold.jsonl"), str(FIXTURES / "eval_pred.jsonl"),
                     "--allow-missing"]) == 0
    captured = capsys.readouterr()
    table = captured.out
    assert "micro_names" in table and "0.545" in table and "country_id" in table
    assert "(1/2)" in table and "True" not in table
    assert "1 GOLD documents have no prediction in PRED" in captured.err


@pytest.mark.parametrize("ent, expected", [
    ({"label": "MONEY", "amount": 1200000000, "currency": "USD"}, "1200000000 USD"),
    ({"label": "MONEY", "amount": None, "min": 1000000, "max": 2000000, "currency": "EUR"}, "1000000–2000000 EUR"),
    ({"label": "MONEY", "amount": 8000000000, "currency": "USD", "qualifier": "more_than"}, "8000000000 USD (more_than)"),
    ({"label": "PERCENT", "value": 12.5}, "12.5%"),
    ({"label": "DATE", "value": "2025-11-15"}, "2025-11-15"),
])
def test_describe_value(ent, expected):
    assert describe_value(ent) == expected


def test_summary_top_and_limit():
    recs = [{"id": i, "entities": [{"label": "PERSON", "text": t, "norm": t} for t in people]}
            for i, people in enumerate([["Əli", "Vəli"], ["Əli"], ["Əli", "Orxan", "Vəli"]])]
    recs[0]["entities"].append({"label": "PERCENT", "text": "5 faiz", "value": 5})
    recs[1]["entities"] += [{"label": "PERCENT", "text": f"{k} faiz", "value": k} for k in range(6, 9)]
    text = summarize(recs, limit=2)
    assert "most mentioned people (top 2 of 3):\n       3  Əli\n       2  Vəli\n\n" in text
    assert "PERCENT (4):\n  [0] 5 faiz → 5%\n  [1] 6 faiz → 6%\n  … and 2 more (--limit)" in text
    assert "… and" not in summarize(recs, limit=None)


def test_summary():
    recs = [
        {"id": "x", "text": "...", "entities": [
            {"start": 0, "end": 23, "label": "MONEY", "text": "1,2 milyard ABŞ dolları", "amount": 1200000000, "currency": "USD"},
            {"start": 30, "end": 40, "label": "COUNTRY", "text": "Qazaxıstan", "norm": "Qazaxıstan", "id": "KZ"}],
         "leaders": [{"name": "Kasım-Jomart Tokayev", "title": "Prezident", "country": "KZ", "org": None, "mentions": []}]},
        {"line": 2, "error": "not valid JSON"},
    ]
    text = summarize(recs)
    assert "2 records: 1 annotated, 1 error, 2 entities" in text
    assert "most mentioned places (top 1 of 1):\n       1  Qazaxıstan" in text
    assert "[x] 1,2 milyard ABŞ dolları → 1200000000 USD" in text
    assert "Kasım-Jomart Tokayev — Prezident (KZ)" in text
    assert "line 2: not valid JSON" in text
    assert "  COUNTRY      1" in text and "  MONEY        1" in text


# ------------------------------------------------------------------------------ refusals (exit 2)
# Sentences written for these tests.
TEXT = "Prezident Əli Məmmədov Bakıda 5 milyon manatlıq layihəni açıb."
GOLD = [
    {"id": "d1", "text": TEXT, "entities": [
        {"start": 0, "end": 9, "label": "TITLE", "text": "Prezident", "norm": "Prezident"},
        {"start": 10, "end": 22, "label": "PERSON", "text": "Əli Məmmədov", "norm": "Əli Məmmədov"},
        {"start": 23, "end": 29, "label": "REGION", "text": "Bakıda", "norm": "Bakı"},
        {"start": 30, "end": 47, "label": "MONEY", "text": "5 milyon manatlıq", "amount": 5000000, "currency": "AZN"}]},
    {"id": "d2", "text": "Bakı və Gəncə.", "entities": [
        {"start": 0, "end": 4, "label": "REGION", "text": "Bakı", "norm": "Bakı"},
        {"start": 8, "end": 13, "label": "REGION", "text": "Gəncə", "norm": "Gəncə"}]},
]


def write(path: Path, lines: list) -> Path:
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)) + "\n"
                            for x in lines), encoding="utf-8")
    return path


def run_evaluate(tmp_path, pred_lines, *extra) -> tuple[int, str, str]:
    gold = write(tmp_path / "gold.jsonl", GOLD)
    pred = write(tmp_path / "pred.jsonl", pred_lines)
    status = cli.main(["evaluate", str(gold), str(pred), *extra])
    return status


@pytest.mark.parametrize("pred_lines, message", [
    ([GOLD[0], "{not json"], "PRED {pred} line 2: not JSON"),
    ([GOLD[0], {"text": "Bakı və Gəncə.", "entities": []}], "PRED {pred} line 2: no `id`"),
    ([GOLD[0], GOLD[1], GOLD[1]], "PRED {pred} line 3 (id 'd2'): the id is already on line 2"),
    ([GOLD[0], [1, 2]], "PRED {pred} line 2: not a JSON object"),
    ([GOLD[0], {"id": "d2", "text": " Bakı və Gəncə.", "entities": []}],
     "id 'd2': the text differs between GOLD line 2 and PRED line 2 (first at character 0"),
    ([GOLD[0]], "has no prediction for 1 of 2 GOLD documents (first: id 'd2', GOLD line 2)"),
    ([GOLD[0], {"line": 2, "error": "not valid JSON"}], "1 PRED lines are error records of `annotate`"),
    ([GOLD[0], {**GOLD[1], "entities": [{"start": 1, "end": 5, "label": "REGION", "text": "Bakı"}]}],
     "entity 1 says 'Bakı' but text[1:5] is 'akı '"),
    ([GOLD[0], {**GOLD[1], "entities": [{"start": 8, "end": 30, "label": "REGION"}]}],
     "entity 1 ends at 30, past the text's 14 characters"),
    ([GOLD[0], {**GOLD[1], "entities": [{"start": "8", "end": 13, "label": "REGION"}]}],
     "entity 1 needs integer offsets"),
])
def test_refusals_exit_2_naming_the_place(tmp_path, capsys, pred_lines, message):
    assert run_evaluate(tmp_path, pred_lines) == 2
    err = capsys.readouterr().err
    assert message.format(pred=tmp_path / "pred.jsonl") in err, err
    assert "Traceback" not in err and err.count("\n") == 1


def test_gold_problems_and_absent_files_are_refused(tmp_path, capsys):
    bad_gold = write(tmp_path / "g.jsonl", [GOLD[0], {"id": "d1", "text": "x"}])
    pred = write(tmp_path / "p.jsonl", GOLD)
    assert cli.main(["evaluate", str(bad_gold), str(pred)]) == 2
    assert "GOLD" in capsys.readouterr().err
    assert cli.main(["evaluate", str(tmp_path / "absent.jsonl"), str(pred)]) == 2
    assert "cannot read" in capsys.readouterr().err
    empty = write(tmp_path / "empty.jsonl", [])
    assert cli.main(["evaluate", str(empty), str(pred)]) == 2
    assert "holds no document" in capsys.readouterr().err


def test_allow_missing_counts_empty_predictions_and_says_so(tmp_path, capsys):
    assert run_evaluate(tmp_path, [GOLD[0], {"line": 2, "error": "boom"}], "--allow-missing", "--json") == 0
    captured = capsys.readouterr()
    out = json.loads(captured.out)
    assert out["missing_predictions"] == 1 and out["error_records"] == 1
    assert out["strict"]["REGION"]["recall"] == pytest.approx(1 / 3)
    assert "1 GOLD documents have no prediction in PRED: counted as empty predictions" in captured.err


def test_perfect_prediction(tmp_path, capsys):
    assert run_evaluate(tmp_path, GOLD, "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["strict"]["micro_all"]["f1"] == 1 and out["ci95"]["micro_f1"] == [1.0, 1.0]
    assert out["schemes"]["strict"]["correct"] == 6 and out["disagreements"]["missed"] == 0
    assert out["leaders"]["f1"] == 1  # the gold pair (Əli Məmmədov, Prezident) derived from its own entities


# ------------------------------------------------------------------------------ errors, compare, html
PRED = [
    {"id": "d1", "text": TEXT, "entities": [
        {"start": 0, "end": 9, "label": "TITLE", "text": "Prezident", "norm": "Prezident"},
        {"start": 10, "end": 13, "label": "PERSON", "text": "Əli", "norm": "Əli"},          # wrong_span
        {"start": 23, "end": 29, "label": "ORG", "text": "Bakıda", "norm": "Bakı"},          # wrong_label
        {"start": 30, "end": 47, "label": "MONEY", "text": "5 milyon manatlıq", "amount": 5000000,
         "currency": "USD"}],                                                                # wrong_value
     "leaders": [{"name": "Əli", "title": "Prezident"}]},
    {"id": "d2", "text": "Bakı və Gəncə.", "entities": [
        {"start": 0, "end": 4, "label": "REGION", "text": "Bakı", "norm": "Bakı"},
        {"start": 5, "end": 7, "label": "ORG", "text": "və"}]},                              # spurious; Gəncə missed
]


def test_errors_file_lists_every_disagreement(tmp_path, capsys):
    out_file = tmp_path / "errors.jsonl"
    assert run_evaluate(tmp_path, PRED, "--json", "--errors", str(out_file)) == 0
    result = json.loads(capsys.readouterr().out)
    lines = [json.loads(x) for x in out_file.read_text(encoding="utf-8").splitlines()]
    assert [(x["id"], x["kind"], (x["gold"] or {}).get("text"), (x["pred"] or {}).get("text")) for x in lines] == [
        ("d1", "wrong_span", "Əli Məmmədov", "Əli"), ("d1", "wrong_label", "Bakıda", "Bakıda"),
        ("d1", "wrong_value", "5 milyon manatlıq", "5 milyon manatlıq"),
        ("d2", "spurious", None, "və"), ("d2", "missed", "Gəncə", None)]
    assert lines[2]["fields"] == ["money"]
    kinds = Counter(x["kind"] for x in lines)
    assert kinds["missed"] == result["schemes"]["strict"]["missed"] == 1
    assert kinds["spurious"] == result["schemes"]["strict"]["spurious"] == 1
    assert result["confusion"]["REGION"] == {"ORG": 1, "REGION": 1, "missed": 1}
    # (Əli Məmmədov, Prezident) against the leader "Əli": a different surname, no match
    assert (result["leaders"]["gold"], result["leaders"]["pred"], result["leaders"]["tp"]) == (1, 1, 0)


def test_compare_paired_bootstrap(tmp_path, capsys):
    gold = write(tmp_path / "gold.jsonl", GOLD)
    a = write(tmp_path / "a.jsonl", PRED)
    b = write(tmp_path / "b.jsonl", GOLD)
    assert cli.main(["evaluate", str(gold), str(a), "--compare", str(b), "--json", "--resamples", "200"]) == 0
    c = json.loads(capsys.readouterr().out)["compare"]
    row = c["rows"]["micro_all"]
    assert row["a_f1"] == pytest.approx(0.5) and row["b_f1"] == 1  # A: 3 of 6 gold, 3 of 6 predicted right
    assert row["diff"] == pytest.approx(1 - row["a_f1"]) and row["b_better"] == 1
    assert row["ci95"][0] > 0
    assert cli.main(["evaluate", str(gold), str(a), "--compare", str(b)]) == 0
    assert "B better in" in capsys.readouterr().out
    bad_b = write(tmp_path / "bad_b.jsonl", [GOLD[0]])
    assert cli.main(["evaluate", str(gold), str(a), "--compare", str(bad_b)]) == 2
    assert "PRED_B" in capsys.readouterr().err


def test_seed_changes_only_the_intervals(tmp_path, capsys):
    outs = []
    for seed in ("1", "1", "2"):
        assert run_evaluate(tmp_path, PRED, "--json", "--seed", seed) == 0
        outs.append(json.loads(capsys.readouterr().out))
    assert outs[0] == outs[1]
    assert outs[0]["strict"] == outs[2]["strict"] and outs[0]["ci95"]["seed"] == 1


def test_unwritable_errors_file_is_refused(tmp_path, capsys):
    (tmp_path / "dir").mkdir()
    assert run_evaluate(tmp_path, PRED, "--errors", str(tmp_path / "dir")) == 2
    assert "cannot write" in capsys.readouterr().err


@pytest.fixture(scope="module")
def dev_perturbed(shared, tmp_path_factory) -> tuple[list[dict], list[dict], Path]:
    """Dev gold, and a perturbed copy as prediction: every third span one character longer, every
    fifth relabelled, every seventh dropped."""
    gold = [json.loads(x) for x in (shared / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    pred = []
    for rec in gold:
        ents = []
        for k, e in enumerate(rec["entities"]):
            e = {key: e[key] for key in ("start", "end", "label")}
            if k % 7 == 6:
                continue
            if k % 3 == 0 and e["end"] < len(rec["text"]):
                e["end"] += 1
            if k % 5 == 0:
                e["label"] = "ORG" if e["label"] != "ORG" else "PERSON"
            ents.append(e)
        pred.append({"id": rec["id"], "text": rec["text"], "entities": ents})
    return gold, pred, write(tmp_path_factory.mktemp("dev") / "pred.jsonl", pred)


def test_dev_schemes_equal_nervaluate(shared, dev_perturbed):
    nervaluate = pytest.importorskip("nervaluate")
    gold, pred, pred_path = dev_perturbed
    result = evaluate_files(shared / "corpus" / "dev.jsonl", pred_path)

    def inclusive(recs):
        return [[{"label": e["label"], "start": e["start"], "end": e["end"] - 1}
                 for e in sorted(r["entities"], key=lambda e: (e["start"], e["end"], e["label"]))] for r in recs]
    ref = nervaluate.Evaluator(inclusive(gold), inclusive(pred), tags=list(cli.LABELS), loader="dict").evaluate()
    for scheme, r in ref["overall"].items():
        ours = result["schemes"][scheme]
        assert (ours["correct"], ours["incorrect"], ours["partial"], ours["missed"], ours["spurious"]) == \
            (r.correct, r.incorrect, r.partial, r.missed, r.spurious)
        assert ours["f1"] == pytest.approx(r.f1)
    for label, by_scheme in ref["entities"].items():
        for scheme, r in by_scheme.items():
            assert result["schemes_by_label"][label][scheme]["f1"] == pytest.approx(r.f1), (label, scheme)


def test_dev_intervals_seeded_and_around_the_estimate(shared, dev_perturbed):
    args = argparse.Namespace(seed=7, resamples=300)
    one = evaluate_files(shared / "corpus" / "dev.jsonl", dev_perturbed[2], args=args)
    two = evaluate_files(shared / "corpus" / "dev.jsonl", dev_perturbed[2], args=args)
    assert one["ci95"] == two["ci95"] and one["ci95"]["resamples"] == 300
    lo, hi = one["ci95"]["micro_f1"]
    assert lo < one["strict"]["micro_all"]["f1"] < hi and hi - lo < 0.2
    for label, (lo, hi) in one["ci95"]["labels"].items():
        assert lo <= one["strict"][label]["f1"] <= hi, label
