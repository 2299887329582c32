"""benchmarks/cv_errors.py and the entities crossval writes for it: each wrong span counted once, by
kind (made-up offsets, no text)."""
from __future__ import annotations

import json
import sys

from benchmarks import cv_errors
from benchmarks.cv_errors import errors
from pipeline.crossval import write_entities


def span(start: int, end: int, label: str) -> dict:
    return {"start": start, "end": end, "label": label}


def kinds(gold: list[dict], pred: list[dict], labels=("ORG", "REGION")) -> list[tuple[str, str, int]]:
    return sorted((kind, label, e["start"]) for kind, label, e, _ in errors(gold, pred, set(labels)))


def test_each_kind_of_error_is_told_apart():
    gold = [span(0, 10, "ORG"), span(20, 30, "ORG"), span(40, 50, "ORG"), span(60, 70, "ORG"), span(80, 90, "ORG")]
    pred = [span(0, 10, "ORG"),                       # right: no error
            span(20, 25, "ORG"),                      # same label, other offsets
            span(40, 50, "PERSON"),                   # same offsets, other label
            span(60, 65, "REGION"),                   # both
            span(100, 110, "ORG")]                    # nothing in the gold there
    assert kinds(gold, pred) == [("missed", "ORG", 80), ("spurious", "ORG", 100), ("wrong label", "ORG", 40),
                                 ("wrong span", "ORG", 20), ("wrong span+label", "ORG", 60)]


def test_a_gold_person_predicted_as_org_is_one_wrong_label_of_org():
    assert kinds([span(0, 10, "PERSON")], [span(0, 10, "ORG")]) == [("wrong label", "ORG", 0)]


def test_labels_outside_the_selection_are_not_counted():
    assert kinds([span(0, 10, "PERSON")], [span(0, 10, "DATE")]) == []
    assert kinds([], [span(0, 5, "PERSON")]) == []


def test_written_predictions_hold_no_text(tmp_path, nlp):
    doc = nlp.make_doc("Bu gün yağış yağır.")
    records = [{"id": "x1", "text": doc.text, "entities": [{"start": 0, "end": 2, "label": "ORG", "text": "Bu"}]}]
    write_entities(tmp_path / "fold0.entities.jsonl", records, [doc])
    row = json.loads((tmp_path / "fold0.entities.jsonl").read_text(encoding="utf-8"))
    assert row == {"id": "x1", "gold": [span(0, 2, "ORG")], "pred": []}


def test_the_command_counts_each_folds_errors_from_a_crossval_folder(tmp_path, monkeypatch, capsys):
    (tmp_path / "kfold").mkdir()
    for fold, pred in (("fold0", [span(0, 10, "ORG")]), ("fold1", [span(0, 4, "ORG"), span(20, 25, "ORG")])):
        row = {"id": "x", "gold": [span(0, 10, "ORG")], "pred": pred}
        (tmp_path / "kfold" / f"{fold}.entities.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    (tmp_path / "kfold" / "fold0.json").write_text("{}")  # a fold's result file is not read as entities
    monkeypatch.setattr(sys, "argv", ["cv_errors.py", str(tmp_path), "--labels", "ORG"])
    assert cv_errors.main() == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["label", "kind", "fold0", "fold1", "all"]
    assert "ORG spurious 0 1 1" in [" ".join(line.split()) for line in lines]
    assert "ORG wrong span 0 1 1" in [" ".join(line.split()) for line in lines]


def test_the_command_refuses_a_folder_without_entities(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["cv_errors.py", str(tmp_path)])
    assert cv_errors.main() == 2
    err = capsys.readouterr().err
    assert "fold>.entities.jsonl" in err and len(err.strip().splitlines()) == 1
