"""brat standoff out and back (pipeline/formats/brat.py), on the project's own records and on .ann
lines written here by hand."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from tests.formats_helpers import cli, own_records, read_jsonl, spans
from pipeline.formats import brat

TEXT = "Bakıda Azərbaycan Prezidenti İlham Əliyev çıxış edib."


def read_one(tmp_path, ann: str, text: str = TEXT, stem: str = "doc-1"):
    (tmp_path / f"{stem}.txt").write_text(text, encoding="utf-8")
    (tmp_path / f"{stem}.ann").write_text(ann, encoding="utf-8")
    counts = Counter()
    items = list(brat.read(tmp_path, counts))
    return items, counts


def test_export_files_and_lines(tmp_path):
    n = brat.export(own_records(), tmp_path)
    assert n == sum(len(r["entities"]) for r in own_records())
    names = sorted(p.name for p in tmp_path.iterdir())
    stems = [r["id"] for r in own_records()]
    assert names == sorted(["annotation.conf", "fields.jsonl"] + [f"{s}.txt" for s in stems] + [f"{s}.ann" for s in stems])
    ann = (tmp_path / "export-2.ann").read_text(encoding="utf-8").splitlines()
    assert ann == ["T1\tMONEY 16 32\t3,5 milyon manat",
                   '#1\tAnnotatorNotes T1\t{"amount": 3500000, "currency": "AZN", "qualifier": "approx"}',
                   "T2\tPERCENT 53 62\t12,5 faiz",
                   '#2\tAnnotatorNotes T2\t{"value": 12.5}']
    assert (tmp_path / "export-6.ann").read_text(encoding="utf-8") == ""
    conf = (tmp_path / "annotation.conf").read_text(encoding="utf-8")
    assert conf.split("\n\n")[0].splitlines() == ["[entities]", *brat.LABELS]
    assert "[relations]" in conf and "[attributes]" in conf


def test_round_trip_keeps_ids_texts_spans_values_and_fields(tmp_path):
    brat.export(own_records(), tmp_path)
    back = [item.record for item in brat.read(tmp_path)]
    assert [r["id"] for r in back] == [r["id"] for r in own_records()]  # file names sort as the ids do
    for rec, got in zip(own_records(), back):
        assert got["text"] == rec["text"] and spans(got) == spans(rec)
        assert got["entities"] == rec["entities"]  # values come back from the notes
        assert got.get("date") == rec.get("date") and got.get("source") == rec.get("source")


def test_span_across_a_line_break_is_written_as_fragments(tmp_path):
    text = "Azərbaycan Dövlət\nNeft Şirkəti bildirib."
    rec = {"id": "nl", "text": text, "entities": [{"start": 0, "end": 30, "label": "ORG", "text": text[:30]}]}
    assert brat.ann_lines(rec)[0] == "T1\tORG 0 17;18 30\tAzərbaycan Dövlət Neft Şirkəti"
    brat.export([rec], tmp_path)
    assert spans(next(brat.read(tmp_path)).record) == [(0, 30, "ORG")]


def test_values_of_another_label_and_comments_are_not_read(tmp_path):
    ann = ("T1\tREGION 7 17\tAzərbaycan\n"  # relabelled from COUNTRY in brat: its id no longer applies
           '#1\tAnnotatorNotes T1\t{"norm": "Azərbaycan", "id": "AZ"}\n'
           "T2\tPERSON 29 41\tİlham Əliyev\n"
           "#2\tAnnotatorNotes T2\tyoxla: tam ad?\n"  # an annotator's comment
           "R1\tRel Arg1:T1 Arg2:T2\n")
    items, counts = read_one(tmp_path, ann)
    assert items[0].record["entities"] == [
        {"start": 7, "end": 17, "label": "REGION", "text": "Azərbaycan", "norm": "Azərbaycan"},
        {"start": 29, "end": 41, "label": "PERSON", "text": "İlham Əliyev"}]
    assert counts == {"notes kept as comments (not read)": 1, "R lines (not entities, not read)": 1}


@pytest.mark.parametrize("ann, message", [
    ("T1\tREGION 0 6\tGəncədə\n", r"doc-1.ann:1: text 'Gəncədə' is not the text at 0 6"),
    ("T1\tREGION 0 6\tBakıda\nT2\tREGION zero 6\tBakıda\n", "doc-1.ann:2: not a brat text-bound line"),
    ("T1\tCITY 0 6\tBakıda\n", "label 'CITY'"),
    ("T1\tREGION 0 6\tBakıda\nT2\tORG 0 17\tBakıda Azərbaycan\n", "overlap"),
])
def test_bad_ann_makes_the_document_an_error(tmp_path, ann, message):
    items, _ = read_one(tmp_path, ann)
    assert items[0].error is not None and message in items[0].error
    assert items[0].record["id"] == "doc-1"


def test_txt_without_ann_has_no_entities(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    counts = Counter()
    items = list(brat.read(tmp_path, counts))
    assert items[0].record["entities"] == [] and counts == {"documents without .ann (no entities)": 1}


@pytest.mark.parametrize("rec_id", ["a/b", "", "two words", ".hidden"])
def test_id_that_cannot_be_a_file_name_is_refused(tmp_path, rec_id):
    with pytest.raises(ValueError, match="cannot be a file name"):
        brat.export([{"id": rec_id, "text": TEXT, "entities": []}], tmp_path)


def test_repeated_id_is_refused(tmp_path):
    with pytest.raises(ValueError, match="repeats"):
        brat.export([{"id": "x", "text": TEXT, "entities": []}] * 2, tmp_path)


def test_cli_round_trip_and_refusals(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in own_records()), encoding="utf-8")
    run = cli("export", src, "--format", "brat", "-o", tmp_path / "coll")
    assert run.returncode == 0 and "11 spans written" in run.stderr
    run = cli("import", tmp_path / "coll", "--format", "brat", "-o", tmp_path / "gold.jsonl")
    assert run.returncode == 0, run.stderr
    assert [spans(r) for r in read_jsonl(tmp_path / "gold.jsonl")] == [spans(r) for r in own_records()]
    run = cli("import", tmp_path / "gold.jsonl", "--format", "brat", "-o", tmp_path / "x.jsonl")
    assert run.returncode == 2 and "brat collection directory" in run.stderr and "Traceback" not in run.stderr
