"""`python -m pipeline ...` from the outside: the annotate contract, bad input, stdin/stdout,
folders, kill-and-resume, and dispatch of the subcommands owned by other modules."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest

from tests.fixtures.tiny import save
from pipeline import cli

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
PY = sys.executable


def annotate(*args, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([PY, "-m", "pipeline", "annotate", *map(str, args)], input=stdin,
                          capture_output=True, cwd=ROOT, timeout=600)


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def tiny_path(tmp_path_factory) -> str:
    return save(tmp_path_factory.mktemp("tiny") / "model")


@pytest.fixture(scope="module")
def mixed_run(tmp_path_factory):
    out = tmp_path_factory.mktemp("mixed") / "out.jsonl"
    return annotate(FIXTURES / "mixed.jsonl", "-o", out), read(out)


def test_mixed_input_one_record_per_line_in_order(mixed_run):
    proc, recs = mixed_run
    assert proc.returncode == 1  # errors occurred
    assert len(recs) == 9
    assert [r.get("line") for r in recs] == [None, 2, None, 4, 5, 6, None, 9, 10]
    assert [r.get("id") for r in recs] == ["m1", None, "m2", "m4", "m5", None, "m3", None, "m6"]
    errors = [r for r in recs if "error" in r]
    assert all(set(r) <= {"line", "error", "id"} for r in errors)
    stderr = proc.stderr.decode()
    for n in (2, 4, 5, 6, 9, 10):
        assert f"line {n}:" in stderr


def test_mixed_input_good_records_kept_and_valid(mixed_run):
    _, recs = mixed_run
    lines = [line for line in (FIXTURES / "mixed.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    for line, rec in zip(lines, recs):
        if "error" in rec:
            continue
        src = json.loads(line)
        assert {k: rec[k] for k in src} == src
        assert isinstance(rec["entities"], list) and isinstance(rec["leaders"], list)
        last = -1
        for e in rec["entities"]:
            assert src["text"][e["start"]:e["end"]] == e["text"]
            assert e["start"] >= last
            last = e["end"]
    assert recs[2]["entities"] == []  # empty text


def test_clean_input_exits_zero_stdin_to_stdout():
    lines = [{"id": "a", "text": "Bakı"}, {"id": "b", "text": "Gəncə şəhəri", "date": "2024-01-01"}]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines).encode()
    proc = annotate("-", "-o", "-", "--quiet", stdin=data)
    assert proc.returncode == 0, proc.stderr.decode()
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [{k: r[k] for k in ("id", "text")} for r in out] == [{"id": "a", "text": "Bakı"}, {"id": "b", "text": "Gəncə şəhəri"}]
    assert all("entities" in r and "leaders" in r for r in out)


def test_surrogates_survive_the_round_trip(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "s", "text": "Bak\\u0131 \\ud83d x \\udfff"}\n', encoding="utf-8")
    proc = annotate(src, "-o", tmp_path / "out.jsonl")
    assert proc.returncode == 0, proc.stderr.decode()
    [rec] = read(tmp_path / "out.jsonl")
    assert rec["text"] == "Bakı \ud83d x \udfff"


def test_txt_folder_and_text_field(tmp_path, tiny_path):
    proc = annotate(FIXTURES / "txt", "-o", tmp_path / "o.jsonl", "--model", tiny_path)
    assert proc.returncode == 0, proc.stderr.decode()
    assert [r["id"] for r in read(tmp_path / "o.jsonl")] == ["a-xeber", "b-xeber"]
    src = tmp_path / "body.jsonl"
    src.write_text('{"body": "Bakı"}\n{"text": "Bakı"}\n', encoding="utf-8")
    proc = annotate(src, "-o", tmp_path / "b.jsonl", "--text-field", "body", "--model", tiny_path)
    first, second = read(tmp_path / "b.jsonl")
    assert proc.returncode == 1
    assert first["entities"][0]["text"] == "Bakı" and "text" not in first
    assert second == {"line": 2, "error": "no 'body' field"}


def wait_for_lines(path: Path, n: int, proc: subprocess.Popen, timeout: float = 300) -> None:
    end = time.time() + timeout
    while time.time() < end:
        if path.exists() and path.read_bytes().count(b"\n") >= n:
            return
        assert proc.poll() is None, "the run ended before it could be killed"
        time.sleep(0.02)
    raise AssertionError(f"{path} never reached {n} lines")


def records(n: int) -> list[str]:
    texts = ["Bakıda Azərbaycan nümayəndələri Şərq Bank ilə görüşüb.", "Gəncədə Əli Əsədov çıxış edib.", ""]
    lines = [json.dumps({"id": f"r{i}", "text": texts[i % 3], "n": i}, ensure_ascii=False) for i in range(n)]
    lines[50] = '{"id": "bad", "text": '  # an error record on the way
    return lines


def test_kill_and_resume_equals_uninterrupted_run(tmp_path, tiny_path):
    lines = records(300)
    full = tmp_path / "in.jsonl"
    full.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ref = tmp_path / "ref.jsonl"
    assert annotate(full, "-o", ref, "--model", tiny_path).returncode == 1

    # Feed 200 lines through stdin and keep the pipe open: the run writes three batches of 64,
    # then waits for input, and is killed there, deterministically mid-way.
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([PY, "-m", "pipeline", "annotate", "-", "-o", str(out), "--model", tiny_path,
                             "--batch-size", "64"], stdin=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
    proc.stdin.write(("\n".join(lines[:200]) + "\n").encode())
    proc.stdin.flush()
    wait_for_lines(tmp_path / "out.jsonl.part", 192, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdin.close()
    assert not out.exists()

    resumed = annotate(full, "-o", out, "--model", tiny_path, "--resume")
    assert "resuming after 192 records" in resumed.stderr.decode()
    assert resumed.returncode == 1
    assert out.read_bytes().splitlines() == ref.read_bytes().splitlines()
    assert not (tmp_path / "out.jsonl.part").exists()


def test_kill_at_any_moment_and_resume(tmp_path, tiny_path):
    """A kill whenever output has started (possibly mid-line) loses and repeats nothing."""
    lines = records(6000)
    full = tmp_path / "in.jsonl"
    full.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ref = tmp_path / "ref.jsonl"
    annotate(full, "-o", ref, "--model", tiny_path)
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([PY, "-m", "pipeline", "annotate", str(full), "-o", str(out), "--model", tiny_path,
                             "--batch-size", "16"], stderr=subprocess.DEVNULL, cwd=ROOT)
    try:
        wait_for_lines(tmp_path / "out.jsonl.part", 1, proc)
    except AssertionError:
        proc.wait()
        pytest.skip("the run finished before it could be killed")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    annotate(full, "-o", out, "--model", tiny_path, "--resume")
    assert out.read_bytes().splitlines() == ref.read_bytes().splitlines()


def test_resume_refuses_a_different_input(tmp_path, tiny_path):
    (tmp_path / "out.jsonl.part").write_text('{"id": "zzz", "entities": []}\n', encoding="utf-8")
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "x"}\n', encoding="utf-8")
    proc = annotate(src, "-o", tmp_path / "out.jsonl", "--model", tiny_path, "--resume")
    assert proc.returncode == 2 and b"has no fingerprint" in proc.stderr


@pytest.mark.parametrize("argv, module, expected", [
    (["train"], "pipeline.train", {"config": "config.cfg", "output": "models/az_news_pipeline", "gpu_id": -1}),
    (["train", "--config", "c.cfg", "--output", "m", "--gpu-id", "0"], "pipeline.train",
     {"config": "c.cfg", "output": "m", "gpu_id": 0}),
    (["export", "in.jsonl", "--format", "hf", "-o", "d"], "pipeline.export",
     {"input": "in.jsonl", "format": "hf", "output": "d"}),
    (["render", "in.jsonl", "-o", "x.html", "--limit", "5"], "pipeline.render",
     {"input": "in.jsonl", "output": "x.html", "limit": 5}),
    (["package", "-o", "dist"], "pipeline.package", {"output": "dist", "name": "az_news_pipeline", "version": None}),
])
def test_dispatch_to_other_modules(monkeypatch, argv, module, expected):
    seen = {}
    fake = types.ModuleType(module)
    fake.main = lambda args: seen.update(vars(args)) or 3
    monkeypatch.setitem(sys.modules, module, fake)
    assert cli.main(argv) == 3
    assert {k: seen[k] for k in expected} == expected


@pytest.mark.parametrize("argv", [["annotate", "x"], ["annotate", "x", "-o", "y", "--n-process", "0"],
                                  ["annotate", "x", "-o", "y", "--engine", "spark"], ["export", "x", "-o", "y"]])
def test_bad_arguments_exit_2(argv):
    with pytest.raises(SystemExit) as e:
        cli.main(argv)
    assert e.value.code == 2


def test_kill_and_resume_on_real_news_with_the_project_pipeline(tmp_path, shared):
    """The same check with the project's pipeline on 150 raw news articles (../shared)."""
    with open(shared / "news" / "raw.jsonl", encoding="utf-8") as f:
        lines = [next(f).rstrip("\n") for _ in range(150)]
    full = tmp_path / "in.jsonl"
    full.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ref = tmp_path / "ref.jsonl"
    assert annotate(full, "-o", ref, "--n-process", "2").returncode == 0
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([PY, "-m", "pipeline", "annotate", "-", "-o", str(out), "--batch-size", "32"],
                            stdin=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
    proc.stdin.write(("\n".join(lines[:100]) + "\n").encode())
    proc.stdin.flush()
    wait_for_lines(tmp_path / "out.jsonl.part", 96, proc)  # three batches of 32
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdin.close()
    resumed = annotate(full, "-o", out, "--resume")
    done = re.search(r"resuming after (\d+) records", resumed.stderr.decode())
    assert resumed.returncode == 0 and done and 96 <= int(done.group(1)) <= 100
    assert out.read_bytes().splitlines() == ref.read_bytes().splitlines()


def test_every_command_and_argument_is_described():
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, __import__("argparse")._SubParsersAction))
    described = {c.dest for c in sub._choices_actions if c.help}
    assert described == set(sub.choices), set(sub.choices) - described
    missing = [f"{name} {a.dest}" for name, p in sub.choices.items() for a in p._actions
               if a.dest != "help" and not a.help]
    assert missing == []


@pytest.mark.parametrize("argv0, expected", [("/opt/venv/bin/az-news", "az-news"),
                                             ("/work/pipeline/__main__.py", "python -m pipeline")])
def test_prog_name(monkeypatch, argv0, expected):
    monkeypatch.setattr(sys, "argv", [argv0, "--help"])
    assert cli.build_parser().prog == expected
