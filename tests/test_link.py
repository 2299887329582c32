"""`python -m pipeline link`: the command equals the streaming Linker, bad input passes through, registry summary."""
from __future__ import annotations

import csv
import json
import subprocess
import sys

from pipeline.identity import Linker
from tests.identity.test_linker import STREAM


def run_link(tmp_path, lines: list[str], *extra: str) -> subprocess.CompletedProcess:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "pipeline", "link", str(src), "-o", str(tmp_path / "out.jsonl"),
                           "--registry", str(tmp_path / "reg.jsonl"), *extra], capture_output=True, text=True)


def read(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_streaming_equals_the_command(tmp_path):
    proc = run_link(tmp_path, [json.dumps(r, ensure_ascii=False) for r in STREAM], "--graph", str(tmp_path / "e.csv"))
    assert proc.returncode == 0, proc.stderr
    linker = Linker()
    assert read(tmp_path / "out.jsonl") == [linker.link(r) for r in STREAM]
    assert read(tmp_path / "reg.jsonl") == [i.to_json() for i in linker.identities()]
    rows = list(csv.DictReader(open(tmp_path / "e.csv", encoding="utf-8")))
    assert {"source": "Aİ", "target": "Bakı [AZ]", "weight": "1", "source_label": "ORG",
            "target_label": "REGION"} in rows


def test_bad_input_passes_through(tmp_path):
    lines = ['{"line": 3, "error": "not valid JSON"}', '{"id": "x", "text": "Boş."}', "not json",
             '{"id": "y", "text": "Heç nə.", "entities": []}', "[1, 2]", '{"id": "z", "entities": null}']
    proc = run_link(tmp_path, lines)
    assert proc.returncode == 1
    out = read(tmp_path / "out.jsonl")
    assert len(out) == 6
    assert [out[i] for i in (0, 1, 3, 5)] == [json.loads(lines[i]) for i in (0, 1, 3, 5)]
    assert out[2]["line"] == 3 and "JSON" in out[2]["error"]
    assert out[4]["line"] == 5 and "error" in out[4]
    assert "line 3" in proc.stderr and "line 5" in proc.stderr


def test_environment_mistakes_exit_2(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pipeline", "link", str(tmp_path / "absent.jsonl"), "-o",
                           str(tmp_path / "o.jsonl"), "--registry", str(tmp_path / "r.jsonl")],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "absent.jsonl" in proc.stderr
    bad = tmp_path / "old.jsonl"
    bad.write_text('{"id": "x", "text": "a"}\n', encoding="utf-8")
    proc = run_link(tmp_path, ['{"id": "a", "text": "b", "entities": []}'], "--registry-in", str(bad))
    assert proc.returncode == 2 and "line 1" in proc.stderr and "Traceback" not in proc.stderr
    proc = run_link(tmp_path, ['{"id": "a", "text": "b", "entities": []}'], "--default-country", "Azərbaycan")
    assert proc.returncode == 2 and "--default-country" in proc.stderr


def test_registry_summary(tmp_path):
    linker = Linker()
    for r in STREAM:
        linker.link(r)
    linker.save(tmp_path / "reg.jsonl")
    proc = subprocess.run([sys.executable, "-m", "pipeline", "summary", str(tmp_path / "reg.jsonl")],
                          capture_output=True, text=True)
    assert proc.returncode == 0
    assert "top people" in proc.stdout and "titles over time" in proc.stdout
    assert "2025-01-01..2025-01-01  İlham Əliyev — Prezident (AZ)" in proc.stdout


def test_registry_and_graph_folders_are_made(tmp_path):
    proc = run_link(tmp_path, [json.dumps(STREAM[0], ensure_ascii=False)], "--graph", str(tmp_path / "g" / "e.csv"))
    assert proc.returncode == 0
    proc = subprocess.run([sys.executable, "-m", "pipeline", "link", str(tmp_path / "in.jsonl"), "-o",
                           str(tmp_path / "o.jsonl"), "--registry", str(tmp_path / "new" / "reg.jsonl")],
                          capture_output=True, text=True)
    assert proc.returncode == 0 and (tmp_path / "new" / "reg.jsonl").exists()
