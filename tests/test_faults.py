"""The fault suite (issue 14): every way of executing a run keeps every record in place, under
faults. Each test is bounded in time and stops only processes it started itself."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.fixtures import faulty
from tests.fixtures.tiny import build as build_tiny
from tests.fixtures.tiny import save as save_tiny
from pipeline.io import Item, check_record
from pipeline.parallel import run

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
TIMEOUT = 300  # a hang guard, not a speed limit: spaCy alone can take a minute to load at load average 15

TEXTS = ["Bakıda Azərbaycan nümayəndələri Şərq Bank ilə görüşüb.", "Gəncədə Əli Əsədov çıxış edib.", "",
         "Heç bir ad yoxdur."]


def deep(levels: int) -> dict:
    value: dict = {"leaf": 1}
    for _ in range(levels):
        value = {"a": value}
    return value


def records(n: int, deep_at: int | None = None, kill_at: int | None = None) -> list[dict]:
    recs = [{"id": f"r{i}", "text": TEXTS[i % 4], "n": i} for i in range(n)]
    if deep_at is not None:
        recs[deep_at]["nested"] = deep(600)
    if kill_at is not None:
        recs[kill_at]["text"] = f"{faulty.KILL_WORD} Bakıda"
    return recs


def items(recs: list[dict]) -> list[Item]:
    return [check_record(n, r, "text") for n, r in enumerate(recs, 1)]


def annotate(*args, stdin: bytes | None = None, timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
    return subprocess.run([PY, "-m", "pipeline", "annotate", *map(str, args)], input=stdin, capture_output=True,
                          cwd=ROOT, timeout=timeout)


def write_jsonl(path: Path, recs: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def tiny_path(tmp_path_factory) -> str:
    return save_tiny(tmp_path_factory.mktemp("tiny") / "model")


@pytest.fixture(scope="module")
def single(tiny_path):
    """The reference: one process, in order."""
    def reference(recs: list[dict]) -> list[dict]:
        return [o.record for o in run(items(recs), model=tiny_path)]
    return reference


# ---------------------------------------------------------------- workers get only what they need
def test_deep_record_on_n_process(tiny_path, single):
    recs = records(40, deep_at=17)
    out = [o.record for o in run(items(recs), model=tiny_path, n_process=2, partition_size=4)]
    assert out == single(recs)
    assert out[17]["nested"] == deep(600) and [e["text"] for e in out[17]["entities"]] == ["Gəncədə", "Əli Əsədov"]


def test_deep_record_on_dask(tiny_path, single):
    pytest.importorskip("distributed")
    recs = records(30, deep_at=5)
    out = [o.record for o in run(items(recs), model=tiny_path, engine="dask", partition_size=4)]
    assert out == single(recs)


def test_deep_record_through_the_cli_with_resume(tmp_path, tiny_path):
    recs = records(20, deep_at=3)
    src = write_jsonl(tmp_path / "in.jsonl", recs)
    ref = tmp_path / "ref.jsonl"
    assert annotate(src, "-o", ref, "--model", tiny_path).returncode == 0
    out = interrupted(tmp_path, tiny_path, recs, 5)  # the deep record is in the part already written
    proc = annotate(src, "-o", out, "--model", tiny_path, "--n-process", "2", "--partition-size", "3", "--resume")
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    assert "resuming after 5 records" in proc.stderr.decode()
    assert out.read_bytes() == ref.read_bytes()


@pytest.mark.parametrize("annotations", [{"entities": [], "leaders": []},
                                         {"entities": [{"start": 0}], "leaders": [], "events": [{"type": "X"}]}])
def test_merge_puts_every_annotation_field_into_the_original_record(annotations):
    from pipeline.engines import Output
    from pipeline.parallel import merge, slim
    item = check_record(3, {"id": "a", "text": "x", "date": "2025-01-02T10:00", "deep": deep(5)}, "text")
    assert slim(item, "text") == Item(3, {"text": "x", "date": "2025-01-02"})
    got = merge(item, Output(dict(annotations), None, 3))
    assert got.record == {"id": "a", "text": "x", "date": "2025-01-02T10:00", "deep": deep(5), **annotations}
    err = merge(item, Output({"line": 3, "error": "boom"}, "boom", 3))
    assert err.record == {"line": 3, "error": "boom", "id": "a"} and err.error == "boom"


# ---------------------------------------------------------------- a worker that dies
def test_killed_worker_is_replaced_and_its_records_redone(tmp_path, tiny_path, capfd):
    marker = tmp_path / "kill-once"
    marker.touch()
    model = faulty.save(tmp_path / "killer", str(marker))
    recs = records(60, kill_at=25)
    expected = [o.record for o in run(items(recs), model=model)]  # in this process the killer is inert
    out = [o.record for o in run(items(recs), model=model, n_process=2, partition_size=5)]
    assert not marker.exists(), "the worker was never killed"
    assert out == expected
    assert "a worker process died (killed by signal 9)" in capfd.readouterr().err


def test_a_record_that_always_kills_its_worker_becomes_an_error_record(tmp_path, tiny_path):
    model = faulty.save(tmp_path / "killer")
    recs = records(30, kill_at=12)
    out = [o.record for o in run(items(recs), model=model, n_process=2, partition_size=4)]
    assert len(out) == 30
    assert out[12]["line"] == 13 and out[12]["id"] == "r12" and "worker process died" in out[12]["error"]
    good = [o.record for o in run(items(recs[:12] + recs[13:]), model=model)]
    assert out[:12] + out[13:] == good


def test_a_pool_found_broken_at_submit_is_restarted_not_raised(monkeypatch, tiny_path, single):
    """A worker can die between two submits; the pool then refuses the next submit itself (seen under
    load: BrokenProcessPool out of `submit`, the whole run lost). Simulated: one submit refused."""
    import concurrent.futures
    from concurrent.futures.process import BrokenProcessPool

    submits: list[int] = []
    refused: list[bool] = []

    class RefusesOnce(concurrent.futures.ProcessPoolExecutor):
        def submit(self, *args, **kwargs):
            submits.append(1)
            if len(submits) == 3 and not refused:  # the third submit of the run, never a retry
                refused.append(True)
                raise BrokenProcessPool("a child process terminated abruptly")
            return super().submit(*args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", RefusesOnce)
    recs = records(20)
    out = [o.record for o in run(items(recs), model=tiny_path, n_process=2, partition_size=4)]
    assert refused == [True]
    assert out == single(recs)


def test_only_the_record_that_kills_alone_is_charged_with_the_deaths():
    """Every task in flight dies with the pool, so deaths are charged only to a part that ran alone:
    innocent neighbours that shared every death with the killer come back annotated (they were
    reported as killers before, under load). A scripted pool: a killer takes down its generation."""
    from pipeline.engines import Output
    from pipeline.parallel import _ordered

    generation, dead = [0], set()

    class Future:
        def __init__(self, part):
            self.part, self.gen = part, generation[0]
            if any(i.record["text"] == "KILL" for i in part):
                dead.add(self.gen)

        def done(self) -> bool:
            return True

    def outcome(f):
        return None if f.gen in dead else [Output({"entities": [i.record["text"]]}) for i in f.part]

    def restart() -> str:
        generation[0] += 1
        return "killed by signal 9"

    texts = ["a", "b", "KILL", "c", "d", "e", "f"]
    parts = iter([[Item(n + 1, {"text": t})] for n, t in enumerate(texts)])
    out = list(_ordered(parts, 4, Future, outcome, restart))
    assert [o.line for o in out] == list(range(1, 8))
    assert [o.error is not None for o in out] == [t == "KILL" for t in texts]
    assert [o.record.get("entities") for o in out] == [None if t == "KILL" else [t] for t in texts]


def test_dask_reschedules_a_killed_worker(tiny_path, single):
    distributed = pytest.importorskip("distributed")
    recs = records(3000)
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        pids = list(client.run(os.getpid).values())
        assert os.getpid() not in pids
        out, killed = [], False
        for o in run(items(recs), model=tiny_path, engine="dask", scheduler=cluster.scheduler_address,
                     partition_size=20):
            out.append(o.record)
            if not killed:  # a worker this test's cluster started, mid-run
                os.kill(pids[0], signal.SIGKILL)
                killed = True
    assert out == single(recs)


# ---------------------------------------------------------------- two runs, one output
def test_second_run_on_the_same_output_is_refused(tmp_path, tiny_path):
    out = tmp_path / "out.jsonl"
    first = subprocess.Popen([PY, "-m", "pipeline", "annotate", "-", "-o", str(out), "--model", tiny_path,
                              "--batch-size", "1"],
                             stdin=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    try:
        recs = records(10)
        first.stdin.write(b"".join(json.dumps(r).encode() + b"\n" for r in recs[:5]))
        first.stdin.flush()
        deadline = time.time() + TIMEOUT
        part = tmp_path / "out.jsonl.part"
        while not (part.exists() and part.read_bytes().count(b"\n") >= 1):
            assert time.time() < deadline and first.poll() is None
            time.sleep(0.05)
        src = write_jsonl(tmp_path / "other.jsonl", records(7))
        second = annotate(src, "-o", out, "--model", tiny_path)
        assert second.returncode == 2
        err = second.stderr.decode()
        assert err.count("\n") == 1 and "Traceback" not in err
        assert "being written by another run" in err and f"pid {first.pid}" in err
        first.stdin.write(b"".join(json.dumps(r).encode() + b"\n" for r in recs[5:]))
        first.stdin.close()
        assert first.wait(TIMEOUT) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    lines = out.read_bytes().splitlines()
    assert b"\x00" not in out.read_bytes()
    assert [json.loads(x)["id"] for x in lines] == [f"r{i}" for i in range(10)]


# ---------------------------------------------------------------- resume fingerprints
def interrupted(tmp_path: Path, tiny_path: str, recs: list[dict], keep: int) -> Path:
    """A run killed after `keep` records: its .part and .part.fp stay. It is fed one record more
    (it writes a record when it has read the next one) and killed while it waits on stdin, so the
    cut is exact."""
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([PY, "-m", "pipeline", "annotate", "-", "-o", str(out), "--model", tiny_path,
                             "--batch-size", "1"], stdin=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT)
    try:
        proc.stdin.write(b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in recs[:keep + 1]))
        proc.stdin.flush()
        part = tmp_path / "out.jsonl.part"
        deadline = time.time() + TIMEOUT
        while not (part.exists() and part.read_bytes().count(b"\n") >= keep):
            assert time.time() < deadline and proc.poll() is None
            time.sleep(0.05)
    finally:
        proc.kill()
        proc.wait()
    return out


def test_resume_with_same_ids_but_changed_text_is_refused(tmp_path, tiny_path):
    recs = records(12)
    out = interrupted(tmp_path, tiny_path, recs, 6)
    changed = [dict(r) for r in recs]
    changed[4]["text"] = "Başqa mətn."
    proc = annotate(write_jsonl(tmp_path / "in.jsonl", changed), "-o", out, "--model", tiny_path, "--resume")
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "Traceback" not in err, err
    assert "record 5" in err and "'r4'" in err and "not the same input" in err


def test_resume_without_ids_is_checked_too(tmp_path, tiny_path):
    recs = [{"text": t} for t in TEXTS * 3]
    out = interrupted(tmp_path, tiny_path, recs, 5)
    changed = [dict(r) for r in recs]
    changed[0]["text"] += " Əlavə."
    proc = annotate(write_jsonl(tmp_path / "in.jsonl", changed), "-o", out, "--model", tiny_path, "--resume")
    assert proc.returncode == 2 and "record 1 " in proc.stderr.decode()
    # the same input resumes and equals an uninterrupted run
    src = write_jsonl(tmp_path / "same.jsonl", recs)
    ok = annotate(src, "-o", out, "--model", tiny_path, "--resume")
    assert ok.returncode == 0 and "resuming after 5 records" in ok.stderr.decode()
    assert annotate(src, "-o", tmp_path / "ref.jsonl", "--model", tiny_path).returncode == 0
    assert out.read_bytes() == (tmp_path / "ref.jsonl").read_bytes()
    assert not (tmp_path / "out.jsonl.part.fp").exists()


def test_resume_with_another_model_is_refused(tmp_path, tiny_path):
    recs = records(8)
    out = interrupted(tmp_path, tiny_path, recs, 3)
    nlp = build_tiny()
    nlp.get_pipe("entity_ruler").add_patterns([{"label": "ORG", "pattern": "Bank"}])
    other = str(tmp_path / "other-model")
    nlp.to_disk(other)
    proc = annotate(write_jsonl(tmp_path / "in.jsonl", recs), "-o", out, "--model", other, "--resume")
    assert proc.returncode == 2 and "the model changed" in proc.stderr.decode()


def test_resume_of_a_part_without_fingerprint_is_refused(tmp_path, tiny_path):
    (tmp_path / "out.jsonl.part").write_text('{"id": "r0", "entities": []}\n', encoding="utf-8")
    src = write_jsonl(tmp_path / "in.jsonl", records(3))
    proc = annotate(src, "-o", tmp_path / "out.jsonl", "--model", tiny_path, "--resume")
    assert proc.returncode == 2 and "has no fingerprint" in proc.stderr.decode()


# ---------------------------------------------------------------- environment errors
def env_cases(tmp_path: Path, tiny_path: str) -> dict[str, tuple[list, str]]:
    good = write_jsonl(tmp_path / "good.jsonl", records(3))
    (tmp_path / "folder").mkdir()
    return {
        "missing input": ([tmp_path / "nope.jsonl", "-o", tmp_path / "o.jsonl"], "no such file"),
        "output is a directory": ([good, "-o", tmp_path / "folder"], "is a directory"),
        "output folder is a file": ([good, "-o", good / "o.jsonl"], "is not a directory"),
        "output is the input": ([good, "-o", good], "is the input file"),
        "unknown model": ([good, "-o", tmp_path / "o.jsonl", "--model", "no_such_model"], "no_such_model"),
        "model without config": ([good, "-o", tmp_path / "o.jsonl", "--model", tmp_path / "folder"], "config.cfg"),
        "text field entities": ([good, "-o", tmp_path / "o.jsonl", "--text-field", "entities"], "entities"),
        "text field leaders": ([good, "-o", tmp_path / "o.jsonl", "--text-field", "leaders"], "leaders"),
    }


@pytest.mark.parametrize("case", ["missing input", "output is a directory", "output folder is a file",
                                  "output is the input", "unknown model", "model without config",
                                  "text field entities", "text field leaders"])
def test_environment_error_is_one_line_exit_2_and_leaves_nothing(tmp_path, tiny_path, case):
    args, words = env_cases(tmp_path, tiny_path)[case]
    if "--model" not in args:
        args += ["--model", tiny_path]
    before = set(tmp_path.rglob("*"))
    proc = annotate(*args)
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert err.count("\n") == 1 and "Traceback" not in err and words in err, err
    assert set(tmp_path.rglob("*")) == before  # no .part, no folder, nothing


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads and writes whatever the permissions say")
def test_unreadable_input_and_unwritable_folder(tmp_path, tiny_path):
    src = write_jsonl(tmp_path / "in.jsonl", records(2))
    src.chmod(0)
    proc = annotate(src, "-o", tmp_path / "o.jsonl", "--model", tiny_path)
    assert proc.returncode == 2 and b"cannot be read" in proc.stderr
    src.chmod(0o644)
    locked = tmp_path / "ro"
    locked.mkdir(mode=0o555)
    proc = annotate(src, "-o", locked / "o.jsonl", "--model", tiny_path)
    assert proc.returncode == 2 and b"not writable" in proc.stderr


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="needs Linux sysfs, where no one may create a file")
def test_output_folder_where_files_cannot_be_created(tmp_path, tiny_path):
    src = write_jsonl(tmp_path / "in.jsonl", records(2))
    proc = annotate(src, "-o", "/sys/az-news-out.jsonl", "--model", tiny_path)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and err.count("\n") == 1 and "Traceback" not in err, err
    assert "/sys/az-news-out.jsonl" in err and ("cannot be written" in err or "not writable" in err)
