"""schema/record.schema.json: it is a valid draft 2020-12 schema, it accepts what the pipeline and the
gold files write, and it rejects records that break ANNOTATION.md."""
from __future__ import annotations

import copy
import json
import subprocess
import sys

import jsonschema
import pytest

from tests.conftest import ROOT, read_jsonl

SCHEMA = json.loads((ROOT / "schema" / "record.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker())


def problems(record: dict) -> list[str]:
    """Schema errors plus the rules JSON Schema cannot express (offsets, order, no overlap)."""
    out = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in VALIDATOR.iter_errors(record)]
    if "error" in record or out:
        return out
    last_end = 0
    for e in record["entities"]:
        if record["text"][e["start"]:e["end"]] != e["text"]:
            out.append(f"text[{e['start']}:{e['end']}] != {e['text']!r}")
        if e["start"] < last_end:
            out.append(f"entity at {e['start']} overlaps or is out of order")
        last_end = max(last_end, e["end"])
    for leader in record.get("leaders") or []:
        for start, end in leader["mentions"]:
            if not 0 <= start < end <= len(record["text"]):
                out.append(f"leader mention [{start}, {end}] outside the text")
    return out


def test_schema_is_valid_draft_2020_12():
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


VALID = {
    "id": "schema-1", "source": "own", "date": "2025-05-02",
    "text": "Qazaxıstan Prezidenti Kasım-Jomart Tokayev mayın 2-də 40 milyon avro ayırıb, bu 3 faiz artımdır.",
    "entities": [
        {"start": 0, "end": 10, "label": "COUNTRY", "text": "Qazaxıstan", "norm": "Qazaxıstan", "id": "KZ"},
        {"start": 11, "end": 21, "label": "TITLE", "text": "Prezidenti", "norm": "Prezident"},
        {"start": 22, "end": 42, "label": "PERSON", "text": "Kasım-Jomart Tokayev", "norm": "Kasım-Jomart Tokayev"},
        {"start": 43, "end": 53, "label": "DATE", "text": "mayın 2-də", "value": "2025-05-02"},
        {"start": 54, "end": 68, "label": "MONEY", "text": "40 milyon avro", "amount": 40000000,
         "currency": "EUR"},
        {"start": 80, "end": 86, "label": "PERCENT", "text": "3 faiz", "value": 3},
    ],
    "leaders": [{"name": "Kasım-Jomart Tokayev", "title": "Prezident", "country": "KZ", "org": None,
                 "mentions": [[22, 42]]}],
}


EVENT = {"type": "FUND", "trigger": {"start": 69, "end": 75, "text": "ayırıb"}, "modality": "actual",
         "args": [{"role": "giver", "start": 0, "end": 10, "label": "COUNTRY", "text": "Qazaxıstan"},
                  {"role": "amount", "start": 54, "end": 68, "label": "MONEY", "text": "40 milyon avro"}]}


def mutate(path: tuple, value) -> dict:
    rec = copy.deepcopy(VALID)
    target = rec
    for key in path[:-1]:
        target = target[key]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return rec


def test_hand_written_record_is_valid():
    assert problems(VALID) == []


@pytest.mark.parametrize("record", [
    {"line": 3, "error": "not JSON: Expecting value"},
    {"line": 7, "error": "no `text` field", "id": "a-7"},
    {"id": 12, "text": "", "entities": [], "leaders": []},
    mutate(("entities", 4, "amount"), None),               # a range has no single amount
    mutate(("entities", 3, "value"), "--05-02"),           # no year known
    mutate(("entities", 3, "value"), "2025-11-11/2025-11-22"),
    mutate(("entities", 0, "id"), None),                   # a country whose code is unknown
    mutate(("leaders", 0, "country"), None),
    mutate(("date",), None),
    mutate(("entities", 2, "ref"), "Kasım-Jomart Tokayev"),   # identity across a corpus
    mutate(("leaders", 0, "ref"), "Kasım-Jomart Tokayev"),
    mutate(("events",), [EVENT]),
    mutate(("events",), [dict(EVENT, type="APPOINT", change="start")]),
])
def test_accepts(record):
    assert VALIDATOR.is_valid(record), [e.message for e in VALIDATOR.iter_errors(record)]


@pytest.mark.parametrize("why, record", [
    ("no entities", mutate(("entities",), KeyError)),
    ("no text", mutate(("text",), KeyError)),
    ("unknown label", mutate(("entities", 0, "label"), "GPE")),
    ("lower-case currency", mutate(("entities", 4, "currency"), "eur")),
    ("amount as a string", mutate(("entities", 4, "amount"), "40000000")),
    ("3-letter country code", mutate(("entities", 0, "id"), "KAZ")),
    ("name without norm", mutate(("entities", 2, "norm"), KeyError)),
    ("country without id", mutate(("entities", 0, "id"), KeyError)),
    ("date in local format", mutate(("entities", 3, "value"), "02.05.2025")),
    ("percent value as text", mutate(("entities", 5, "value"), "3%")),
    ("unknown qualifier", mutate(("entities", 4, "qualifier"), "about")),
    ("norm on a MONEY span", mutate(("entities", 4, "norm"), "40 milyon avro")),
    ("negative offset", mutate(("entities", 0, "start"), -1)),
    ("leader without mentions", mutate(("leaders", 0, "mentions"), [])),
    ("leader mention of 3 numbers", mutate(("leaders", 0, "mentions"), [[22, 42, 1]])),
    ("publication date with time", mutate(("date",), "2025-05-02T10:00")),
    ("error record without line", {"error": "bad"}),
    ("ref on a TITLE", mutate(("entities", 1, "ref"), "Prezident")),
    ("ref on a MONEY span", mutate(("entities", 4, "ref"), "x")),
    ("empty ref", mutate(("entities", 2, "ref"), "")),
    ("unknown event type", mutate(("events",), [dict(EVENT, type="PROTEST")])),
    ("unknown modality", mutate(("events",), [dict(EVENT, modality="maybe")])),
    ("event without trigger", mutate(("events",), [{k: v for k, v in EVENT.items() if k != "trigger"}])),
    ("APPOINT without change", mutate(("events",), [dict(EVENT, type="APPOINT")])),
    ("change on a FUND", mutate(("events",), [dict(EVENT, change="start")])),
    ("unknown role", mutate(("events",), [dict(EVENT, args=[dict(EVENT["args"][0], role="actor")])])),
    ("error record with entities", {"line": 1, "error": "bad", "text": "", "entities": []}),
])
def test_rejects(why, record):
    assert not VALIDATOR.is_valid(record), why


@pytest.mark.parametrize("why, record", [
    ("offsets do not match text", mutate(("entities", 0, "end"), 9)),
    ("overlap", mutate(("entities", 1, "start"), 5)),
])
def test_problems_beyond_the_schema(why, record):
    assert problems(record), why


def test_pipeline_records_from_sample(nlp):
    """(a) pipeline.load() + to_record on the user's sample, in-process."""
    import pipeline
    for rec in read_jsonl(ROOT / "corpus" / "sample.jsonl"):
        out = pipeline.to_record(nlp(rec["text"]), **rec)
        assert problems(out) == [], problems(out)[:5]


def test_annotate_cli_output(tmp_path):
    """(c) the demo's path, run here so the test does not depend on an earlier `make demo`."""
    out = tmp_path / "demo.jsonl"
    bad = tmp_path / "in.jsonl"
    sample = (ROOT / "corpus" / "sample.jsonl").read_text(encoding="utf-8")
    bad.write_text(sample + "this line is not JSON\n" + '{"id": "empty", "text": ""}\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "annotate", str(bad), "-o", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert out.exists(), proc.stderr[-3000:]
    records = read_jsonl(out)
    assert len(records) == len(sample.splitlines()) + 2
    assert any("error" in r for r in records)  # the error-record alternative is exercised too
    for rec in records:
        assert problems(rec) == [], (rec.get("id"), problems(rec)[:5])


def test_demo_output_if_present():
    demo = ROOT / "out" / "demo.jsonl"
    if not demo.exists():
        pytest.skip("out/demo.jsonl absent (run `make demo`); test_annotate_cli_output covers the same path")
    for rec in read_jsonl(demo):
        assert problems(rec) == [], (rec.get("id"), problems(rec)[:5])


def test_gold_dev(shared):
    """(b) the gold dev file."""
    for rec in read_jsonl(shared / "corpus" / "dev.jsonl"):
        assert problems(rec) == [], (rec.get("id"), problems(rec)[:5])


def test_export_fixtures_are_valid():
    """The export/render fixtures are hand-written records: they must follow the format too."""
    for name in ("export_records.jsonl", "render_records.jsonl"):
        for rec in read_jsonl(ROOT / "tests" / "fixtures" / name):
            assert problems(rec) == [], (name, rec.get("id"), problems(rec)[:5])
