"""Progress lines when stderr is not a terminal (batch jobs, nohup): records, words/s, time left."""
from __future__ import annotations

import io

import pytest

from pipeline.progress import Progress, duration, plural


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize("seconds, expected", [(0, "0s"), (59.4, "59s"), (61, "1m01s"), (3725, "1h02m")])
def test_duration(seconds, expected):
    assert duration(seconds) == expected


@pytest.mark.parametrize("n, one, many, expected", [(0, "record", None, "0 records"), (1, "record", None, "1 record"),
                                                     (1, "entity", "entities", "1 entity"),
                                                     (1200, "entity", "entities", "1,200 entities")])
def test_plural(n, one, many, expected):
    assert plural(n, one, many) == expected


def test_plain_lines_every_interval():
    clock, out = Clock(), io.StringIO()
    p = Progress(total=100, initial=20, interval=10, stream=out, clock=clock)
    for _ in range(10):  # 10 records of 50 words in 5 s: nothing yet
        clock.now += 0.5
        p.update(50)
    assert out.getvalue() == ""
    for _ in range(10):  # 10 more in 5 s more: one line, at 10 s
        clock.now += 0.5
        p.update(50)
    assert out.getvalue() == "annotate: 40/100 records (40%), 100 words/s, 30s left\n"
    p.message("in.jsonl: line 7: no 'text' field")
    assert out.getvalue().endswith("no 'text' field\n")


def test_quiet_and_unknown_total():
    clock, out = Clock(), io.StringIO()
    p = Progress(total=None, interval=1, stream=out, clock=clock)
    clock.now += 2
    p.update(7)
    assert out.getvalue() == "annotate: 1 record, 4 words/s\n"
    q = Progress(total=5, quiet=True, interval=1, stream=(silent := io.StringIO()), clock=clock)
    clock.now += 5
    q.update(3)
    assert silent.getvalue() == ""
