"""`sample` (pipeline/sample.py): allocation, strata, --by-entities, reproducibility, refusals."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from tests.formats_helpers import cli, read_jsonl
from pipeline import sample


def population() -> list[dict]:
    """100 made-up records: outlet a.az 60 (in 2025-01 and 2025-02), b.az 30, c.az 10 (via source)."""
    recs = []
    for i in range(100):
        rec = {"id": f"d{i}", "text": f"mətn {i}", "date": f"2025-0{1 + i % 2}-15"}
        if i < 60:
            rec["outlet"] = "a.az"
        elif i < 90:
            rec["outlet"] = "b.az"
        else:
            rec["source"] = f"https://www.c.az/xeber/{i}"
        money = i % 10 == 0  # 10 documents with a MONEY entity: d0, d10, ... d90
        rec["entities"] = [{"start": 0, "end": 4, "label": "MONEY" if money else "ORG", "text": "mətn"}]
        recs.append(rec)
    return recs


@pytest.mark.parametrize("sizes, n, expected", [
    ({"a": 60, "b": 30, "c": 10}, 10, {"a": 6, "b": 3, "c": 1}),   # exactly proportional
    ({"a": 50, "b": 30, "c": 20}, 7, {"a": 4, "b": 2, "c": 1}),    # 3.5, 2.1, 1.4: the largest remainder, a
    ({"a": 97, "b": 2, "c": 1}, 5, {"a": 3, "b": 1, "c": 1}),      # at least one each, taken from the largest
    ({"a": 5, "b": 1}, 4, {"a": 3, "b": 1}),
    ({"a": 5, "b": 1}, 9, {"a": 5, "b": 1}),                       # more asked than there are: all
])
def test_allocate(sizes, n, expected):
    assert sample.allocate(sizes, n) == expected


def test_allocate_refuses_fewer_than_the_strata():
    with pytest.raises(ValueError, match="less than the 3 strata"):
        sample.allocate({"a": 5, "b": 5, "c": 5}, 2)


@pytest.mark.parametrize("rec, outlet, month", [
    ({"outlet": "report.az", "date": "2025-11-15"}, "report.az", "2025-11"),
    ({"source": "https://www.report.az/x/1"}, "report.az", "(none)"),
    ({"date": "15.11.2025"}, "(none)", "(none)"),
])
def test_stratum_fields(rec, outlet, month):
    assert (sample.outlet(rec), sample.month(rec)) == (outlet, month)


def test_draw_is_proportional_by_stratum_and_in_input_order():
    recs = population()
    chosen, strata = sample.draw(recs, 10, seed=1, fields=("outlet",))
    assert chosen == sorted(chosen) and len(set(chosen)) == 10
    assert Counter(sample.outlet(recs[i]) for i in chosen) == {"a.az": 6, "b.az": 3, "c.az": 1}
    assert [(s.name, len(s.members), len(s.drawn)) for s in strata] == [("a.az", 60, 6), ("b.az", 30, 3), ("c.az", 10, 1)]


def test_same_seed_same_sample_other_seed_other_sample():
    recs = population()
    first = sample.draw(recs, 20, seed=7, fields=("outlet", "month"))[0]
    assert sample.draw(recs, 20, seed=7, fields=("outlet", "month"))[0] == first
    assert sample.draw(recs, 20, seed=8, fields=("outlet", "month"))[0] != first


def test_by_entities_draws_half_from_documents_with_the_label():
    recs = population()
    chosen, strata = sample.draw(recs, 10, seed=1, labels=("MONEY",))
    with_money = [i for i in chosen if recs[i]["entities"][0]["label"] == "MONEY"]
    assert len(with_money) == 5  # against 1 expected in a simple random sample of 10 from 100
    assert (strata[0].rare, strata[0].drawn_rare) == (10, 5)


def test_by_entities_fills_up_from_the_label_when_others_run_out():
    recs = [r for r in population() if r["entities"][0]["label"] == "MONEY" or r["id"] == "d1"]
    chosen, _ = sample.draw(recs, 6, seed=1, labels=("MONEY",))
    assert len(chosen) == 6


def write(tmp_path, recs) -> str:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    return str(path)


def test_cli_reproducible_report_and_records_unchanged(tmp_path):
    src = write(tmp_path, population())
    runs = [cli("sample", src, "-n", 10, "--seed", 3, "--stratify", "outlet", "-o", tmp_path / f"s{k}.jsonl")
            for k in (1, 2)]
    assert [r.returncode for r in runs] == [0, 0]
    assert (tmp_path / "s1.jsonl").read_bytes() == (tmp_path / "s2.jsonl").read_bytes()
    out = read_jsonl(tmp_path / "s1.jsonl")
    by_id = {r["id"]: r for r in population()}
    assert len(out) == 10 and all(r == by_id[r["id"]] for r in out)
    lines = runs[0].stderr.splitlines()
    assert lines[0] == "sample: 10 of 100 documents, seed 3, strata by outlet (3)"
    assert lines[2].split() == ["a.az", "60", "6"] and lines[4].split() == ["c.az", "10", "1"]


def test_cli_bad_line_is_named_and_left_out(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "x", "text": "mətn"}\nnot json\n{"id": "y", "text": "mətn"}\n', encoding="utf-8")
    run = cli("sample", src, "-n", 5, "-o", tmp_path / "s.jsonl")
    assert run.returncode == 1 and f"{src}:2:" in run.stderr
    assert [r["id"] for r in read_jsonl(tmp_path / "s.jsonl")] == ["x", "y"]


@pytest.mark.parametrize("args, message", [
    (["-n", "2", "--stratify", "outlet"], "less than the 3 strata"),
    (["-n", "5", "--by-entities", "MONEY"], "needs annotated records"),
])
def test_cli_refusals_exit_2_with_one_line(tmp_path, args, message):
    recs = population()
    if "--by-entities" in args:
        recs = [{k: v for k, v in r.items() if k != "entities"} for r in recs]
    run = cli("sample", write(tmp_path, recs), *args, "-o", tmp_path / "s.jsonl")
    assert run.returncode == 2 and message in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "s.jsonl").exists()


def test_help_lists_each_stratify_choice_once():
    run = cli("sample", "--help")
    usage = " ".join(run.stdout.split())
    assert run.returncode == 0 and "{outlet|month|outlet,month}" in usage and "month,outlet" not in usage
