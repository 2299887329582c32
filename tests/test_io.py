"""Input reading (every bad-input class), JSON output with odd Unicode, the atomic resumable writer."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.io import JSONLWriter, count_items, dumps, input_kind, json_lines, parse_line, read_items, read_jsonl

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("raw, error_part, has_record", [
    (b'{"id": "a", "text": "Bak\xc4\xb1"}', None, True),
    (b'{"id": "a", "text": ""}', None, True),
    (b'{"id": "a", "text": "Bak', "not valid JSON", False),
    (b'[1, 2]', "not a JSON object but a list", False),
    (b'"Quba"', "not a JSON object but a str", False),
    (b'42', "not a JSON object but a int", False),
    (b'null', "not a JSON object but a NoneType", False),
    (b'{"id": "a", "body": "x"}', "no 'text' field", True),
    (b'{"id": "a", "text": 12345}', "not a string but int", True),
    (b'{"id": "a", "text": null}', "not a string but NoneType", True),
    (b'{"id": "a", "text": ["x"]}', "not a string but list", True),
    (b'{"id": "a", "text": "\xff\xfe"}', "not valid UTF-8", False),
    (b'[' * 100_000, "not valid JSON", False),  # deep nesting must not crash the reader
])
def test_parse_line_classes(raw, error_part, has_record):
    item = parse_line(7, raw)
    assert item.line == 7
    if error_part is None:
        assert item.error is None and item.record["id"] == "a"
    else:
        assert error_part in item.error
        assert (item.record is not None) == has_record


def test_error_record_keeps_id_when_readable():
    assert parse_line(3, b'{"id": "x9", "text": 5}').error_record() == {
        "line": 3, "error": "field 'text' is not a string but int", "id": "x9"}
    assert set(parse_line(4, b'{"id": ').error_record()) == {"line", "error"}


def test_custom_text_field():
    assert parse_line(1, b'{"body": "x"}', text_field="body").error is None
    assert "no 'body' field" in parse_line(1, b'{"text": "x"}', text_field="body").error


def test_mixed_fixture_lines_and_errors():
    items = list(read_items(str(FIXTURES / "mixed.jsonl")))
    # line 7 is blank: it carries no record and is skipped, but numbering stays physical
    assert [i.line for i in items] == [1, 2, 3, 4, 5, 6, 8, 9, 10]
    assert [i.error is None for i in items] == [True, False, True, False, False, False, True, False, False]
    assert count_items(str(FIXTURES / "mixed.jsonl")) == 9


def test_txt_folder(tmp_path):
    items = list(read_items(str(FIXTURES / "txt")))
    assert [i.record["id"] for i in items] == ["a-xeber", "b-xeber"]  # sorted, .md ignored
    assert items[1].record["text"].startswith("Sumqayıtda")
    assert input_kind(str(FIXTURES / "txt")) == "txt-dir"
    (tmp_path / "bad.txt").write_bytes(b"\xff broken")
    (tmp_path / "ok.txt").write_bytes("\ufeffŞəki".encode())
    bad, ok = read_items(str(tmp_path))
    assert "not valid UTF-8" in bad.error and bad.error_record()["id"] == "bad"
    assert ok.record == {"id": "ok", "text": "Şəki"}  # BOM dropped


def test_hf_dataset_on_disk(tmp_path):
    datasets = pytest.importorskip("datasets")
    ds = datasets.Dataset.from_dict({"id": ["a", "b"], "text": ["Bakı", "Gəncə"], "n": [1, 2]})
    ds.save_to_disk(tmp_path / "one")
    assert input_kind(str(tmp_path / "one")) == "hf-disk"
    assert [i.record for i in read_items(str(tmp_path / "one"))] == [
        {"id": "a", "text": "Bakı", "n": 1}, {"id": "b", "text": "Gəncə", "n": 2}]
    datasets.DatasetDict({"train": ds, "test": ds.select([1])}).save_to_disk(tmp_path / "dict")
    assert [i.record["id"] for i in read_items(str(tmp_path / "dict"), split="test")] == ["b"]
    with pytest.raises(SystemExit, match="--split"):
        list(read_items(str(tmp_path / "dict")))


@pytest.mark.parametrize("record", [
    {"text": "ab\ud800cd"},                # lone high surrogate from a JSON escape
    {"text": "\udfff", "id": "s"},         # lone low surrogate
    {"text": "İlham \u0307 “x” Аzərbaycan \u202e"},  # combining dot, curly quotes, Cyrillic А, RTL override
    {"text": "\x00\x1f\u2028\u2029"},     # controls and Unicode line separators
])
def test_dumps_round_trips_and_encodes(record):
    line = dumps(record)
    line.encode("utf-8")  # must not raise
    assert "\n" not in line  # one record, one line
    assert json.loads(line) == record


def test_dumps_decimal():
    assert json.loads(dumps({"a": Decimal("1200000000"), "b": Decimal("12.5")})) == {"a": 1200000000, "b": 12.5}


def test_writer_is_atomic(tmp_path):
    out = tmp_path / "sub" / "out.jsonl"
    w = JSONLWriter(str(out))
    w.write({"id": 1})
    w.flush()
    assert not out.exists() and (tmp_path / "sub" / "out.jsonl.part").exists()
    w.commit()
    assert out.read_text() == '{"id": 1}\n' and not (tmp_path / "sub" / "out.jsonl.part").exists()


def test_writer_resume_cuts_torn_line(tmp_path):
    out = tmp_path / "out.jsonl"
    part = tmp_path / "out.jsonl.part"
    part.write_bytes(b'{"id": "a"}\n{"line": 2, "error": "x"}\n{"id": "c", "te')
    w = JSONLWriter(str(out), resume=True)
    assert w.done == 2 and w.done_errors == 1
    w.write({"id": "c"})
    w.commit()
    assert out.read_text().splitlines() == ['{"id": "a"}', '{"line": 2, "error": "x"}', '{"id": "c"}']


def test_writer_truncate_to_keeps_the_first_records(tmp_path):
    out = tmp_path / "out.jsonl"
    (tmp_path / "out.jsonl.part").write_bytes(b'{"id": "a"}\n{"line": 2, "error": "x"}\n{"id": "c"}\n')
    w = JSONLWriter(str(out), resume=True)
    w.truncate_to(1)
    assert w.done == 1 and w.done_errors == 0
    w.write({"id": "b"})
    w.commit()
    assert out.read_text().splitlines() == ['{"id": "a"}', '{"id": "b"}']


def test_writer_without_resume_starts_over(tmp_path):
    (tmp_path / "out.jsonl.part").write_text('{"id": "old"}\n')
    w = JSONLWriter(str(tmp_path / "out.jsonl"))
    assert w.done == 0
    w.commit()
    assert (tmp_path / "out.jsonl").read_text() == ""


def test_json_lines_reports_each_bad_line_and_read_jsonl_names_it(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"a": 1}\n\n[1]\nnot json\n\xff\n')
    got = list(json_lines(path))
    assert [(n, value) for n, value, _ in got] == [(1, {"a": 1}), (3, [1]), (4, None), (5, None)]
    assert got[0][2] is None and got[1][2] is None and got[2][2] and got[3][2]
    with pytest.raises(ValueError, match=r"mixed.jsonl:3: not a JSON object \(list\)"):
        read_jsonl(path)
    (tmp_path / "good.jsonl").write_text('{"id": 1}\n\n{"id": 2}\n', encoding="utf-8")
    assert read_jsonl(tmp_path / "good.jsonl") == [{"id": 1}, {"id": 2}]
