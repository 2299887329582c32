"""benchmarks/egov_spotcheck.py: the counting of hand judgements."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("egov_spotcheck", ROOT / "benchmarks" / "egov_spotcheck.py")
S = importlib.util.module_from_spec(spec)
spec.loader.exec_module(S)



def ent(start: int, end: int, label: str) -> dict:
    return {"start": start, "end": end, "label": label}


def judgement(doc: str, start: int, end: int, label: str, verdict: str, cls: int | None = None) -> dict:
    return {"id": doc, "start": start, "end": end, "label": label, "verdict": verdict, "class": cls}


JUDGEMENTS = [
    judgement("a", 0, 5, "ORG", "right"),
    judgement("a", 10, 15, "ORG", "wrong", 11),
    judgement("a", 20, 25, "REGION", "wrong", 1),
    judgement("b", 0, 4, "PERSON", "right"),
    judgement("b", 30, 40, "ORG", "missed", 9),
    judgement("b", 50, 60, "ORG", "missed", 9),
]


def test_count_before():
    pred = [{"id": "a", "entities": [ent(0, 5, "ORG"), ent(10, 15, "ORG"), ent(20, 25, "REGION"),
                                     ent(30, 33, "DATE")]},
            {"id": "b", "entities": [ent(0, 4, "PERSON")]},
            {"id": "zz", "entities": [ent(0, 4, "PERSON")]}]  # not in the sample: ignored
    r = S.count(pred, JUDGEMENTS)
    assert r["articles"] == 2
    assert r["per_label"]["ORG"] == {"right": 1, "wrong": 1}
    assert r["per_label"]["REGION"]["wrong"] == 1
    assert r["per_class"] == {11: 1, 1: 1}
    assert r["missed_still"] == {9: 2} and not r["missed_found"]
    assert r["unjudged"] == []
    table = S.report(r)
    assert "| ORG | 2 | 1 | 1 | 0 | 0.50 |" in table
    assert "| all five | 4 | 2 | 2 | 0 | 0.50 |" in table


def test_count_after_a_change_lists_new_spans_as_unjudged():
    pred = [{"id": "a", "entities": [ent(0, 5, "ORG"), ent(20, 26, "REGION")]},
            {"id": "b", "entities": [ent(0, 4, "PERSON"), ent(30, 40, "ORG")]}]
    r = S.count(pred, JUDGEMENTS)
    assert r["per_class"] == {}
    assert r["judged_not_predicted"] == {"wrong": 2}
    assert r["missed_found"] == {9: 1} and r["missed_still"] == {9: 1}
    assert r["unjudged"] == [("a", 20, 26, "REGION")]
    assert r["per_label"]["ORG"] == {"right": 2}  # the noted miss, now found, is right
    assert "unjudged a 20-26 REGION" in S.report(r)


def test_command_counts_files_and_refuses_missing_ones(tmp_path, capsys):
    pred, judged = tmp_path / "pred.jsonl", tmp_path / "j.jsonl"
    pred.write_text(json.dumps({"id": "a", "entities": [ent(0, 5, "ORG")]}) + "\n")
    judged.write_text("".join(json.dumps(j) + "\n" for j in JUDGEMENTS))
    assert S.main([str(pred), str(judged)]) == 0
    assert "| ORG | 1 | 1 | 0 | 0 | 1.00 |" in capsys.readouterr().out
    assert S.main([str(tmp_path / "none.jsonl"), str(judged)]) == 2
    assert "none.jsonl not found" in capsys.readouterr().err
