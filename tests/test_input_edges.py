"""Edges of the input contract (issue 14): BOM, form feeds, NaN, huge integers, lone surrogates in the
library, folders with subfolders, upper-case suffixes, sidecars and dates from file names."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.tiny import save as save_tiny
from pipeline.io import date_in_name, dumps, parse_line, read_items

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tiny_path(tmp_path_factory) -> str:
    return save_tiny(tmp_path_factory.mktemp("tiny") / "model")


def annotate(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline", "annotate", *map(str, args)], capture_output=True,
                          cwd=ROOT, timeout=300)


def test_bom_at_the_start_of_jsonl(tmp_path):
    src = tmp_path / "bom.jsonl"
    src.write_bytes(b"\xef\xbb\xbf" + b'{"id": 1, "text": "Bak\xc4\xb1"}\n{"id": 2, "text": "x"}\n')
    got = list(read_items(str(src)))
    assert [(i.line, i.error, i.record["id"]) for i in got] == [(1, None, 1), (2, None, 2)]


@pytest.mark.parametrize("blank", [b"\x0c", b"\x0b", b" \x0c\t", b"\r", b""])
def test_form_feed_and_vertical_tab_lines_are_blank(tmp_path, blank):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"text": "a"}\n' + blank + b'\n{"text": "b"}\n')
    assert [(i.line, i.record["text"]) for i in read_items(str(src))] == [(1, "a"), (3, "b")]


def test_nan_and_infinity_become_null_with_a_warning():
    item = parse_line(4, b'{"text": "x", "score": NaN, "w": [Infinity, -Infinity, 1.5]}')
    assert item.error is None and item.warning == "-Infinity, Infinity, NaN is not JSON: written as null"
    assert item.record == {"text": "x", "score": None, "w": [None, None, 1.5]}


def test_output_is_strict_json_even_for_dataset_floats():
    line = dumps({"a": float("nan"), "b": {"c": [float("inf"), 2.0]}})
    assert line == '{"a": null, "b": {"c": [null, 2.0]}}'
    json.loads(line, parse_constant=lambda c: pytest.fail(f"{c} in the output"))


def test_integers_past_the_digit_limit_are_kept(tmp_path, tiny_path):
    big = "7" * 5000
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": ' + big + ', "text": "Bakı"}\n{"text": "x", "v": NaN}\n', encoding="utf-8")
    proc = annotate(src, "-o", tmp_path / "out.jsonl", "--model", tiny_path)
    assert proc.returncode == 0, proc.stderr.decode()
    assert "line 2: warning: NaN is not JSON: written as null" in proc.stderr.decode()
    first, second = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert first.startswith('{"id": ' + big + ', "text": "Bakı", "entities": [{"start": 0')
    assert second == '{"text": "x", "v": null, "entities": [], "leaders": []}'


def test_library_accepts_lone_surrogates(nlp):
    doc = nlp("\ud800 Bakıda 5 faiz")
    assert len(doc.text) == len("\ud800 Bakıda 5 faiz") and doc.text[0] == "\ufffd"
    assert [(e.start_char, e.label_) for e in doc.ents if e.label_ == "PERCENT"] == [(9, "PERCENT")]


def make_folder(root: Path) -> None:
    (root / "2025" / "11").mkdir(parents=True)
    (root / "a-2025-11-15.txt").write_text("Bakıda", encoding="utf-8")
    (root / "B_20240102.TXT").write_text("Gəncədə", encoding="utf-8")
    (root / "2025" / "11" / "c.txt").write_text("Azərbaycan", encoding="utf-8")
    (root / "2025" / "11" / "c.json").write_text('{"date": "2025-11-03", "title": "C"}', encoding="utf-8")
    (root / "notes.md").write_text("not read", encoding="utf-8")


def test_folder_upper_case_suffix_and_recursive(tmp_path):
    make_folder(tmp_path)
    flat = [i.record["id"] for i in read_items(str(tmp_path))]
    assert flat == ["B_20240102", "a-2025-11-15"]
    deep = [(i.record["id"], i.record.get("date"), i.record.get("title")) for i in read_items(str(tmp_path), recursive=True)]
    assert deep == [("2025/11/c", "2025-11-03", "C"), ("B_20240102", None, None), ("a-2025-11-15", None, None)]


def test_folder_dates_from_names(tmp_path, tiny_path):
    make_folder(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    proc = annotate(tmp_path / "in", "-o", out, "--recursive", "--date-from-name", "--model", tiny_path)
    assert proc.returncode == 0, proc.stderr.decode()
    got = [(r["id"], r.get("date")) for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())]
    assert got == [("2025/11/c", "2025-11-03"), ("B_20240102", "2024-01-02"), ("a-2025-11-15", "2025-11-15")]
    # the sidecar's date wins; the name without a date is warned about
    assert "warning: no date in the file name c.txt" not in proc.stderr.decode()


@pytest.mark.parametrize("pattern, name, expected", [
    (r"(\d{4}\D?\d{2}\D?\d{2})", "x/2025_11_15-a.txt", "2025-11-15"),
    (r"(\d{4}\D?\d{2}\D?\d{2})", "20251301.txt", None),  # month 13
    (r"(\d{4}\D?\d{2}\D?\d{2})", "story.txt", None),
    (r"(\d{2})\.(\d{2})\.(\d{4})", "15.11.2025.txt", None),  # only the first group is read
    (r"d(\d{8})", "d20240229.txt", "2024-02-29"),
])
def test_date_in_name(pattern, name, expected):
    assert date_in_name(pattern, name) == expected


def test_bad_sidecar_is_an_error_record(tmp_path):
    (tmp_path / "a.txt").write_text("Bakı", encoding="utf-8")
    (tmp_path / "a.json").write_text("[1, 2]", encoding="utf-8")
    [item] = read_items(str(tmp_path))
    assert item.error == "a.json is not a JSON object" and item.record == {"id": "a"}
