"""`agreement A B`: symmetric strict/overlap F1, Cohen's kappa on tokens, disagreements, refusals.
Two annotators' records of sentences written for this test; figures by hand."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import cli

TEXT = "Prezident Əli Məmmədov Bakıda və Gəncədə olub."
#        0         10        20        30        40
A = [{"id": "s1", "text": TEXT, "entities": [
    {"start": 0, "end": 9, "label": "TITLE", "text": "Prezident"},
    {"start": 10, "end": 22, "label": "PERSON", "text": "Əli Məmmədov"},
    {"start": 23, "end": 29, "label": "REGION", "text": "Bakıda"},
    {"start": 33, "end": 40, "label": "REGION", "text": "Gəncədə"}]}]
B = [{"id": "s1", "text": TEXT, "entities": [
    {"start": 10, "end": 13, "label": "PERSON", "text": "Əli"},
    {"start": 23, "end": 29, "label": "REGION", "text": "Bakıda"},
    {"start": 33, "end": 40, "label": "ORG", "text": "Gəncədə"}]}]


def write(path: Path, recs: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in recs),
                    encoding="utf-8")
    return path


def run(tmp_path, capsys, a, b, *extra) -> tuple[int, dict | str, str]:
    status = cli.main(["agreement", str(write(tmp_path / "a.jsonl", a)), str(write(tmp_path / "b.jsonl", b)), *extra])
    out = capsys.readouterr()
    return status, (json.loads(out.out) if "--json" in extra and status == 0 else out.out), out.err


def test_figures_by_hand_and_symmetric(tmp_path, capsys):
    status, ab, _ = run(tmp_path, capsys, A, B, "--json")
    assert status == 0
    # strict: 1 span the same (Bakıda) of 4 and 3: F1 = 2/7; overlap: A's PERSON and Bakıda found, B's
    # Əli and Bakıda found: P 2/3, R 2/4, F1 = 4/7
    assert ab["strict"]["micro_all"]["f1"] == pytest.approx(2 / 7)
    assert ab["overlap"]["micro_all"]["f1"] == pytest.approx(4 / 7)
    _, ba, _ = run(tmp_path, capsys, B, A, "--json")
    for mode in ("strict", "overlap"):
        for row in ab[mode]:
            assert ab[mode][row]["f1"] == pytest.approx(ba[mode][row]["f1"]), (mode, row)
    assert ab["kappa"]["kappa"] == pytest.approx(ba["kappa"]["kappa"])
    assert ab["disagreements"] == {"only_a": 1, "only_b": 0, "wrong_label": 1, "wrong_span": 1,
                                   "wrong_label_span": 0, "wrong_value": 0}
    assert ba["disagreements"]["only_b"] == 1 and ba["disagreements"]["only_a"] == 0


def test_kappa_on_the_project_tokens(tmp_path, capsys):
    _, out, _ = run(tmp_path, capsys, A, B, "--json")
    # tokens: Prezident Əli Məmmədov Bakıda və Gəncədə olub .  (8)
    # A: TITLE PERSON PERSON REGION O REGION O O;  B: O PERSON O REGION O ORG O O
    # p_o = 5/8; p_e = (A: O 3, TITLE 1, PERSON 2, REGION 2; B: O 5, PERSON 1, REGION 1, ORG 1)
    #     = (3*5 + 2*1 + 2*1) / 64 = 19/64
    k = out["kappa"]
    assert k["tokens"] == 8
    assert k["kappa"] == pytest.approx((5 / 8 - 19 / 64) / (1 - 19 / 64))
    # labelled tokens: the first six but "və" → 5; agreements PERSON, REGION = 2/5;
    # A: TITLE 1, PERSON 2, REGION 2; B: O 2, PERSON 1, REGION 1, ORG 1 → p_e = (2 + 2) / 25
    assert k["labelled_tokens"] == 5
    assert k["kappa_labelled"] == pytest.approx((2 / 5 - 4 / 25) / (1 - 4 / 25))


def test_errors_file(tmp_path, capsys):
    errors = tmp_path / "dis.jsonl"
    status, _, err = run(tmp_path, capsys, A, B, "--errors", str(errors))
    assert status == 0 and "3 disagreements written" in err
    lines = [json.loads(x) for x in errors.read_text(encoding="utf-8").splitlines()]
    assert [(x["kind"], (x["a"] or {}).get("text"), (x["b"] or {}).get("text")) for x in lines] == [
        ("only_a", "Prezident", None), ("wrong_span", "Əli Məmmədov", "Əli"), ("wrong_label", "Gəncədə", "Gəncədə")]


def test_table(tmp_path, capsys):
    status, out, _ = run(tmp_path, capsys, A, B)
    assert status == 0
    assert "Cohen's kappa on tokens" in out and "only_a" in out and "A \\ B" in out


def test_labels_limit_every_row(tmp_path, capsys):
    _, out, _ = run(tmp_path, capsys, A, B, "--json", "--labels", "REGION")
    assert set(out["strict"]) == {"REGION", "micro_selected"}
    assert out["strict"]["REGION"]["f1"] == pytest.approx(2 / 3)
    assert out["disagreements"]["only_a"] == 1  # Gəncədə as ORG is outside the labels: only A has a REGION there


@pytest.mark.parametrize("a, b, message", [
    (A, [B[0], {"id": "s2", "text": "x", "entities": []}], "0 documents are only in A"),
    (A, ["{oops"], "B {b} line 1: not JSON"),
    (A, [{**B[0], "text": TEXT + " "}], "the text differs between A line 1 and B line 1"),
    (A, [{"line": 1, "error": "not valid JSON"}], "B {b} line 1: an error record"),
])
def test_refusals(tmp_path, capsys, a, b, message):
    status, _, err = run(tmp_path, capsys, a, b)
    assert status == 2 and message.format(b=tmp_path / "b.jsonl") in err, err


def test_shared_only(tmp_path, capsys):
    status, out, _ = run(tmp_path, capsys, A, [B[0], {"id": "s2", "text": "x", "entities": []}], "--json",
                         "--shared-only")
    assert status == 0 and out["documents"] == 1
