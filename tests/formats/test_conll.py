"""CoNLL-2003 style IOB2 out and back (pipeline/formats/conll.py)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.formats_helpers import cli, own_records, spans
from pipeline.formats import conll
from pipeline.formats.parsers import AlignStats


def export(tmp_path: Path, records) -> tuple[list[str], AlignStats]:
    stats = AlignStats()
    conll.export(records, tmp_path / "out.conll", stats)
    return (tmp_path / "out.conll").read_text(encoding="utf-8").splitlines(), stats


def test_columns_docstart_and_sentences(tmp_path):
    rec = {"id": "s-1", "text": "Bakıda görüş olub. Tokayev gəlib.",
           "entities": [{"start": 0, "end": 6, "label": "REGION", "text": "Bakıda"},
                        {"start": 19, "end": 26, "label": "PERSON", "text": "Tokayev"}]}
    lines, _ = export(tmp_path, [rec])
    assert lines == ["-DOCSTART- -X- s-1 O", "",
                     "Bakıda _ _ B-REGION", "görüş _ _ O", "olub _ _ O", ". _ _ O", "",
                     "Tokayev _ _ B-PERSON", "gəlib _ _ O", ". _ _ O", ""]


def test_one_b_tag_per_entity_and_adjacent_spans_stay_apart(tmp_path):
    lines, stats = export(tmp_path, own_records())
    b_tags = sum(line.split()[-1].startswith("B-") for line in lines if line and not line.startswith("-DOCSTART-"))
    assert b_tags == sum(len(r["entities"]) for r in own_records())
    assert "Bakı _ _ B-REGION" in lines and "Sumqayıt _ _ B-REGION" in lines  # export-3: two REGIONs in a row
    assert stats.expanded == 1  # export-5: "Bakı" inside the token "Bakıdakı"


def test_round_trip_tokens_joined_by_spaces(tmp_path):
    export(tmp_path, own_records())
    back = [item.record for item in conll.read(tmp_path / "out.conll")]
    assert [r["id"] for r in back] == [r["id"] for r in own_records()]
    first = back[0]
    assert first["text"] == "Gürcüstanın Baş naziri İrakli Kobaxidze martın 12-də Tbilisidə çıxış edib ."
    assert [e["text"] for e in first["entities"]] == ["Gürcüstanın", "Baş naziri", "İrakli Kobaxidze",
                                                     "martın 12-də", "Tbilisidə"]
    assert [e["label"] for e in first["entities"]] == [e["label"] for e in own_records()[0]["entities"]]
    assert [e["text"] for e in back[3]["entities"]] == ["Bakıdakı"]  # the expanded token: the one loss
    assert back[4] == {"id": "export-6", "text": "", "entities": []}


def write(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "in.conll"
    path.write_text(content, encoding="utf-8")
    return path


def test_stray_i_opens_a_span_and_missing_docstart_gets_an_id(tmp_path):
    items = list(conll.read(write(tmp_path, "Milli _ _ I-ORG\nMəclis _ _ I-ORG\nbildirib _ _ O\n")))
    rec = items[0].record
    assert rec["id"] == "conll-1" and spans(rec) == [(0, 12, "ORG")] and rec["entities"][0]["text"] == "Milli Məclis"


@pytest.mark.parametrize("content, message", [
    ("-DOCSTART- -X- d O\n\nBakı _ _ B-LOC\n", "in.conll:3: tag 'B-LOC'"),
    ("-DOCSTART- -X- d O\n\nBakı\n", "in.conll:3: a token and its tag expected"),
])
def test_bad_document_is_an_error_and_the_next_is_read(tmp_path, content, message):
    items = list(conll.read(write(tmp_path, content + "-DOCSTART- -X- e O\n\nBakı _ _ B-REGION\n")))
    assert items[0].error is not None and message in items[0].error and items[0].record == {"id": "d"}
    assert items[1].error is None and spans(items[1].record) == [(0, 4, "REGION")]


def test_cli_export_reports_the_split_tokens(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in own_records()), encoding="utf-8")
    run = cli("export", src, "--format", "conll", "-o", tmp_path / "out.conll")
    assert run.returncode == 0
    assert "11 spans written" in run.stderr and "1 expanded to token boundaries" in run.stderr
