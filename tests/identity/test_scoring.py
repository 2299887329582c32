"""pipeline.identity.scoring: B-cubed and pairwise scores of refs, by hand; and the linker on dev's gold mentions."""
from __future__ import annotations

import json

import pytest

from pipeline.identity import Linker
from pipeline.identity.scoring import bcubed, pairwise, ref_scores


def test_bcubed_and_pairwise_by_hand():
    items = [("PERSON", "A", "x"), ("PERSON", "A", "y"), ("PERSON", "B", "y")]
    b = bcubed(items)
    assert b["precision"] == pytest.approx(2 / 3) and b["recall"] == pytest.approx(2 / 3)
    pw = pairwise(items)
    assert pw["precision"] == 0 and pw["recall"] == 0
    assert bcubed([("ORG", "A", "x"), ("ORG", "A", "x")])["f1"] == 1.0


def test_ref_scores_only_on_strict_matches_and_only_with_gold_refs():
    gold = {"entities": [{"start": 0, "end": 3, "label": "ORG", "ref": "A"},
                         {"start": 5, "end": 8, "label": "ORG", "ref": "A"},
                         {"start": 9, "end": 12, "label": "ORG", "ref": "A"}]}
    pred = {"entities": [{"start": 0, "end": 3, "label": "ORG", "ref": "p"},
                         {"start": 5, "end": 8, "label": "ORG", "ref": "q"},
                         {"start": 9, "end": 13, "label": "ORG", "ref": "p"}]}
    scores = ref_scores([(gold, pred)])
    assert scores["bcubed"]["overall"]["mentions"] == 2
    assert scores["bcubed"]["ORG"]["recall"] == pytest.approx(0.5)
    assert ref_scores([({"entities": [{"start": 0, "end": 1, "label": "ORG"}]}, pred)]) is None


def test_gold_dev_mentions_link_well(shared):
    gold = [json.loads(line) for line in open(shared / "corpus" / "dev.jsonl", encoding="utf-8")]
    bare = [{**g, "entities": [{k: v for k, v in e.items() if k != "ref"} for e in g["entities"]]} for g in gold]
    linker = Linker()
    scores = ref_scores(list(zip(gold, [linker.link(r) for r in bare])))
    for label in ("overall", "PERSON", "ORG"):
        assert scores["bcubed"][label]["f1"] >= 0.97, label


def test_evaluate_reports_ref_scores_when_gold_has_refs(tmp_path):
    from pipeline.evaluate import evaluate_files, format_table
    gold = {"id": "a", "text": "Abc Abc", "entities": [{"start": 0, "end": 3, "label": "ORG", "ref": "A"},
                                                       {"start": 4, "end": 7, "label": "ORG", "ref": "A"}]}
    pred = {"id": "a", "text": "Abc Abc", "entities": [{"start": 0, "end": 3, "label": "ORG", "ref": "x"},
                                                       {"start": 4, "end": 7, "label": "ORG", "ref": "y"}]}
    (tmp_path / "g.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    (tmp_path / "p.jsonl").write_text(json.dumps(pred) + "\n", encoding="utf-8")
    result = evaluate_files(tmp_path / "g.jsonl", tmp_path / "p.jsonl")
    assert result["ref"]["bcubed"]["ORG"]["recall"] == pytest.approx(0.5)
    assert "ref (identities)" in format_table(result)
    (tmp_path / "g.jsonl").write_text(json.dumps(pred | {"entities": [{"start": 0, "end": 3, "label": "ORG"}]}) + "\n",
                                      encoding="utf-8")
    assert "ref" not in evaluate_files(tmp_path / "g.jsonl", tmp_path / "p.jsonl")
