"""Soak: 20,000 records through `annotate --n-process 2` with a worker killed twice and the whole run
killed once and resumed, compared line by line with a clean single-process run of the same input.

    nice -n 10 .venv/bin/python benchmarks/soak.py [--records 20000] [--workdir /tmp/soak14]

The records are generated here from phrases written for this benchmark (no publisher's text), with
an `id`, a `date` and a nested field. Kills: SIGKILL to one worker process of the run at 25% and at
50% of the records written, then SIGKILL to the run itself (and the workers it leaves) at 75%; then
`--resume` finishes it. Only processes this script started (and their children) are signalled.
Prints each run's wall time and whether the outputs are identical.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

PEOPLE = ["Prezident İlham Əliyev", "Baş nazir Əli Əsədov", "Xarici işlər naziri Ceyhun Bayramov",
          "Qazaxıstan Prezidenti Kasım-Jomart Tokayev", "Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan"]
PLACES = ["Bakıda", "Gəncədə", "Daşkənddə", "Ankarada", "Astanada", "Sumqayıtda"]
ORGS = ["Azərbaycan Respublikasının Mərkəzi Bankı", "Dövlət Neft Şirkəti", "Dünya Bankı", "BMT"]
AMOUNTS = ["1,2 milyard ABŞ dolları", "500 milyon manat", "3 mln. avro", "75 min dollar"]
PERCENTS = ["5 faiz", "12,5%", "30 faizdən çox"]
DATES = ["15 noyabr 2025-ci ildə", "martın 3-də", "2024-cü ilin sonunda", "dünən"]


def make_records(n: int, seed: int = 14) -> list[dict]:
    rnd = random.Random(seed)
    recs = []
    for i in range(n):
        sentences = [
            f"{rnd.choice(PEOPLE)} {rnd.choice(DATES)} {rnd.choice(PLACES)} {rnd.choice(ORGS)} "
            f"nümayəndələri ilə görüşüb.",
            f"Layihənin dəyəri {rnd.choice(AMOUNTS)} təşkil edir, gəlirlər {rnd.choice(PERCENTS)} artıb.",
            f"{rnd.choice(ORGS)} {rnd.choice(PLACES)} yeni ofis açacağını bildirib.",
        ]
        rnd.shuffle(sentences)
        recs.append({"id": f"soak-{i:05d}", "date": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
                     "text": " ".join(sentences[: 2 + i % 2]), "meta": {"n": i, "tags": ["a", "b"]}})
    return recs


def lines(path: Path) -> int:
    try:
        with open(path, "rb") as f:
            return sum(block.count(b"\n") for block in iter(lambda: f.read(1 << 20), b""))
    except FileNotFoundError:
        return 0


def children(pid: int) -> list[int]:
    """Direct children of `pid` (the run's worker processes)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def annotate(src: Path, out: Path, log: Path, *extra: str) -> subprocess.Popen:
    """The run, its stderr to `log` (a pipe nobody reads would fill up and stop the run)."""
    with open(log, "a", encoding="utf-8") as f:
        return subprocess.Popen([PY, "-m", "pipeline", "annotate", str(src), "-o", str(out), "-q", *extra],
                                cwd=ROOT, stderr=f, text=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=20_000)
    ap.add_argument("--workdir", default="/tmp/soak14")
    args = ap.parse_args()
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    src = work / "in.jsonl"
    recs = make_records(args.records)
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    words = sum(len(r["text"].split()) for r in recs)
    print(f"{args.records} records, {words:,} words; load average {os.getloadavg()[0]:.2f}")
    clean, soak = work / "clean.jsonl", work / "soak.jsonl"
    for p in (clean, soak, work / "soak.jsonl.part", work / "soak.jsonl.part.fp"):
        p.unlink(missing_ok=True)

    t0 = time.perf_counter()
    proc = annotate(src, clean, work / "clean.log")
    proc.wait()
    t_clean = time.perf_counter() - t0
    print(f"clean run, 1 process: {t_clean:.1f} s ({words / t_clean:,.0f} words/s), exit {proc.returncode}")

    part = work / "soak.jsonl.part"
    t0 = time.perf_counter()
    log = work / "soak.log"
    log.unlink(missing_ok=True)
    proc = annotate(src, soak, log, "--n-process", "2")
    events = []
    for frac, what in ((0.25, "worker"), (0.50, "worker"), (0.75, "run")):
        while lines(part) < frac * args.records:
            if proc.poll() is not None:
                raise SystemExit(f"the run ended before the {what} kill at {frac:.0%}: {log.read_text()[-2000:]}")
            time.sleep(0.2)
        workers = children(proc.pid)
        if what == "worker":
            os.kill(workers[0], signal.SIGKILL)
            events.append(f"worker {workers[0]} killed at {lines(part)} records")
        else:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            for pid in workers:  # orphaned workers of the killed run
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            events.append(f"run {proc.pid} killed at {lines(part)} records")
    t_first = time.perf_counter() - t0
    stderr_first = log.read_text(encoding="utf-8")
    t1 = time.perf_counter()
    proc = annotate(src, soak, log, "--n-process", "2", "--resume")
    proc.wait()
    t_resume = time.perf_counter() - t1
    stderr_resume = log.read_text(encoding="utf-8")[len(stderr_first):]
    for e in events:
        print(" ", e)
    print("  run's messages:", " | ".join(stderr_first.splitlines()[:20]))
    print(f"faulty run, --n-process 2: {t_first:.1f} s until killed, resume {t_resume:.1f} s "
          f"(exit {proc.returncode}), total {t_first + t_resume:.1f} s; {stderr_resume.strip()}")
    a, b = clean.read_bytes().splitlines(), soak.read_bytes().splitlines()
    same = a == b
    diff = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), None)
    print(f"line by line: {len(a)} clean, {len(b)} soak, identical: {same}" + ("" if same else f", first difference at line {diff}"))
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
