"""Event scores (pipeline/events/scoring.py), their place in `evaluate`, the `events` table and money
flows (pipeline/event_table.py), and events on the review page. Records are written here by hand."""
from __future__ import annotations

import csv
import json
from types import SimpleNamespace

import pytest

from pipeline import event_table, evaluate, render
from pipeline.events.scoring import event_errors, match_triggers, score_events


def ev(kind: str, start: int, end: int, modality: str = "actual", args=(), text: str = "t") -> dict:
    return {"type": kind, "trigger": {"start": start, "end": end, "text": text}, "modality": modality,
            "args": [{"role": r, "start": s, "end": e, "label": lab, "text": t} for r, s, e, lab, t in args]}


P1 = ("participant", 0, 5, "PERSON", "Əliyev")
P2 = ("participant", 10, 16, "PERSON", "Makron")
PLACE = ("place", 20, 26, "REGION", "Bakıda")


def test_overlapping_trigger_of_the_same_type_counts_once():
    gold = [ev("MEET", 30, 37, args=[P1, P2])]
    pred = [ev("MEET", 33, 45, args=[P1, P2]), ev("MEET", 30, 37, args=[P1])]
    assert match_triggers(gold, pred) == [(0, 1)]  # the larger overlap wins, one to one
    r = score_events([({"events": gold}, {"events": pred})])
    t = r["trigger"]["MEET"]
    assert (t["tp"], t["pred"], t["gold"]) == (1, 2, 1)
    assert t["precision"] == pytest.approx(0.5) and t["recall"] == 1.0


def test_type_must_match_and_spans_must_overlap():
    gold = [ev("MEET", 30, 37)]
    assert match_triggers(gold, [ev("VISIT", 30, 37)]) == []
    assert match_triggers(gold, [ev("MEET", 37, 40)]) == []  # touching is not overlapping


def test_arguments_are_type_role_span_tuples():
    gold = [ev("MEET", 30, 37, args=[P1, P2, PLACE])]
    pred = [ev("MEET", 30, 37, args=[P1, ("participant", 20, 26, "REGION", "Bakıda")])]
    a = score_events([({"events": gold}, {"events": pred})])["argument"]
    assert (a["MEET"]["tp"], a["MEET"]["pred"], a["MEET"]["gold"]) == (1, 2, 3)
    assert a["micro"]["f1"] == pytest.approx(2 * 0.5 * (1 / 3) / (0.5 + 1 / 3))


def test_modality_accuracy_on_matched_triggers_only():
    gold = [ev("FUND", 0, 5, "planned"), ev("FUND", 10, 15, "actual"), ev("AGREE", 40, 45, "negated")]
    pred = [ev("FUND", 0, 5, "planned"), ev("FUND", 10, 15, "planned")]
    m = score_events([({"events": gold}, {"events": pred})])["modality"]
    assert m["FUND"] == {"n": 2, "correct": 1, "accuracy": 0.5}
    assert m["AGREE"]["accuracy"] is None and m["all"]["n"] == 2


def test_errors_name_what_went_wrong():
    gold = [ev("MEET", 30, 37, "actual", [P1], "görüşüb"), ev("VISIT", 50, 55, text="səfər")]
    pred = [ev("MEET", 30, 37, "planned", [P2], "görüşüb"), ev("FUND", 60, 66, text="kredit")]
    lines = event_errors([({"id": "d1", "events": gold}, {"id": "d1", "events": pred})])
    assert any("modality MEET" in x and "gold actual, pred planned" in x for x in lines)
    assert "[d1] args MEET “görüşüb” 30-37: missed participant=Əliyev" in lines  # one line per argument
    assert "[d1] args MEET “görüşüb” 30-37: spurious participant=Makron" in lines
    assert len(lines) == 5
    assert any(x.startswith("[d1] missed VISIT") for x in lines)
    assert any(x.startswith("[d1] spurious FUND") for x in lines)


def _write(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")


def test_evaluate_scores_events_when_gold_has_them(tmp_path):
    gold = {"id": "a", "text": "x" * 60, "entities": [], "events": [ev("MEET", 30, 37, args=[P1])]}
    pred = {"id": "a", "text": "x" * 60, "entities": [], "events": [ev("MEET", 30, 37, args=[P1])]}
    _write(tmp_path / "g.jsonl", [gold])
    _write(tmp_path / "p.jsonl", [pred])
    result = evaluate.evaluate_files(tmp_path / "g.jsonl", tmp_path / "p.jsonl")
    assert result["events"]["trigger"]["micro"]["f1"] == 1.0
    assert "events (trigger" in evaluate.format_table(result)
    _write(tmp_path / "g2.jsonl", [{k: v for k, v in gold.items() if k != "events"}])
    assert "events" not in evaluate.evaluate_files(tmp_path / "g2.jsonl", tmp_path / "p.jsonl")


FUND_REC = {
    "id": "n1", "date": "2025-03-02", "text": "…",
    "events": [
        {"type": "FUND", "trigger": {"start": 50, "end": 63, "text": "kredit ayırıb"}, "modality": "actual",
         "args": [{"role": "giver", "start": 0, "end": 19, "label": "ORG", "text": "Asiya İnkişaf Bankı",
                   "norm": "Asiya İnkişaf Bankı", "ref": "Asiya İnkişaf Bankı"},
                  {"role": "receiver", "start": 20, "end": 31, "label": "COUNTRY", "text": "Özbəkistana",
                   "norm": "Özbəkistan", "id": "UZ"},
                  {"role": "amount", "start": 32, "end": 49, "label": "MONEY", "text": "300 milyon dollar",
                   "amount": 300000000, "currency": "USD"},
                  {"role": "date", "start": 64, "end": 75, "label": "DATE", "text": "martın 1-də", "value": "2025-03-01"}]},
        {"type": "MEET", "trigger": {"start": 100, "end": 107, "text": "görüşüb"}, "modality": "planned",
         "args": [{"role": "participant", "start": 80, "end": 86, "label": "PERSON", "text": "Əliyev", "norm": "Əliyev"},
                  {"role": "participant", "start": 90, "end": 96, "label": "PERSON", "text": "Makron", "norm": "Makron"}]}]}


def test_event_rows():
    fund, meet = event_table.event_rows(FUND_REC)
    assert fund["date"] == "2025-03-01"  # the DATE argument's value
    assert meet["date"] == "2025-03-02"  # else the article's date
    assert fund["giver"] == ["Asiya İnkişaf Bankı"] and fund["receiver_ref"] == ["UZ"]
    assert (fund["amount"], fund["currency"]) == (300000000, "USD")
    assert meet["participant"] == ["Əliyev", "Makron"] and meet["amount"] is None


def test_events_command_writes_csv(tmp_path):
    src = tmp_path / "out.jsonl"
    _write(src, [FUND_REC, {"line": 2, "error": "not JSON"}, {"id": "n3", "text": "", "events": []}])
    args = SimpleNamespace(input=str(src), format="csv", output=str(tmp_path / "events.csv"),
                           flows=str(tmp_path / "flows.csv"))
    assert event_table.main(args) == 0
    with open(tmp_path / "events.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 2
    assert set(("id", "type", "modality", "date", "trigger", "trigger_start", "trigger_end",
                "participant", "amount", "currency")) <= set(rows[0])
    assert rows[0]["trigger_start"] == "50" and rows[0]["receiver"] == "Özbəkistan"
    assert rows[1]["participant"] == "Əliyev;Makron" and rows[1]["participant_ref"] == ""
    with open(tmp_path / "flows.csv", encoding="utf-8", newline="") as f:
        flows = list(csv.DictReader(f))
    assert flows == [{"giver": "Asiya İnkişaf Bankı", "giver_ref": "Asiya İnkişaf Bankı", "receiver": "Özbəkistan",
                      "receiver_ref": "UZ", "currency": "USD", "modality": "actual", "amount": "300000000",
                      "events": "1", "first_date": "2025-03-01", "last_date": "2025-03-01"}]


def test_money_flows_sum_per_pair_and_leave_out_negated_and_partyless():
    rows = event_table.event_rows(FUND_REC) * 2
    negated = dict(rows[0], modality="negated")
    alone = dict(rows[0], giver=[], giver_ref=[], receiver=[], receiver_ref=[])
    flows = event_table.money_flows(rows + [negated, alone])
    assert len(flows) == 1 and flows[0]["amount"] == 600000000 and flows[0]["events"] == 2


def test_events_command_jsonl_and_clear_errors(tmp_path, capsys):
    src = tmp_path / "out.jsonl"
    _write(src, [FUND_REC])
    out = tmp_path / "events.jsonl"
    assert event_table.main(SimpleNamespace(input=str(src), format="jsonl", output=str(out), flows=None)) == 0
    first, second = (json.loads(x) for x in out.read_text(encoding="utf-8").splitlines())
    assert first["giver"] == ["Asiya İnkişaf Bankı"] and first["receiver_ref"] == ["UZ"]
    assert second["participant_ref"] == [None, None]  # no ref: null, not ""
    missing = SimpleNamespace(input=str(tmp_path / "nope.jsonl"), format="csv", output=str(out), flows=None)
    assert event_table.main(missing) == 2
    assert "no such file" in capsys.readouterr().err
    _write(src, [{"id": "z", "text": "x", "entities": []}])
    assert event_table.main(SimpleNamespace(input=str(src), format="csv", output=str(out), flows=None)) == 0
    assert "az_events" in capsys.readouterr().err


def test_cli_parses_events_command():
    from pipeline.cli import build_parser
    args = build_parser().parse_args(["events", "out.jsonl", "--format", "jsonl", "-o", "e.jsonl", "--flows", "f.jsonl"])
    assert (args.command, args.format, args.flows) == ("events", "jsonl", "f.jsonl")


def test_render_shows_events():
    rec = dict(FUND_REC, text="Asiya İnkişaf Bankı Özbəkistana 300 milyon dollar kredit ayırıb martın 1-də.",
               entities=[])
    rec["events"] = rec["events"][:1]
    page = render.render_page([rec])
    assert 'data-label="FUND"' in page and "Events</caption>" in page
    assert "giver=Asiya İnkişaf Bankı" in page
