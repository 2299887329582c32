"""Progress of a long run: a tqdm bar on a terminal; elsewhere (batch jobs, nohup, a log file) a
plain line every `interval` seconds with records, words per second and the time left, since a bar's
carriage returns make a log unreadable and no output at all looks like a hang."""
from __future__ import annotations

import sys
import time
from typing import TextIO

__all__ = ["Progress", "duration", "plural"]


def plural(n: int, one: str, many: str | None = None) -> str:
    """"1 record", "2 records", "1 entity", "3 entities"."""
    return f"{n:,} {one if n == 1 else many or one + 's'}"


def duration(seconds: float) -> str:
    """A short human duration: "42s", "3m05s", "2h10m"."""
    s = int(round(seconds))
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s // 3600}h{s % 3600 // 60:02d}m"


class Progress:
    """Count records and words; show them as a bar (terminal) or as periodic lines (anything else)."""

    def __init__(self, total: int | None, initial: int = 0, *, quiet: bool = False, interval: float = 30.0,
                 stream: TextIO | None = None, clock=time.monotonic):
        self.stream = stream or sys.stderr
        self.total, self.done, self.words = total, initial, 0
        self.quiet, self.interval, self.clock = quiet, interval, clock
        self.start = self.last = clock()
        self.new = 0
        self.bar = None
        if not quiet and self.stream.isatty():
            from tqdm import tqdm
            self.bar = tqdm(total=total, initial=initial, unit="doc", file=self.stream, delay=1.0)

    def update(self, words: int = 0) -> None:
        self.done += 1
        self.new += 1
        self.words += words
        if self.bar is not None:
            self.bar.update(1)
        elif not self.quiet and self.interval > 0 and self.clock() - self.last >= self.interval:
            self.last = self.clock()
            print(self.line(), file=self.stream, flush=True)

    def line(self) -> str:
        """"annotate: 1,200/20,000 records (6%), 4,100 words/s, 3m10s left"."""
        elapsed = max(self.clock() - self.start, 1e-9)
        text = (f"annotate: {self.done:,}/{plural(self.total, 'record')}" if self.total
                else f"annotate: {plural(self.done, 'record')}")
        if self.total:
            text += f" ({100 * self.done // self.total}%)"
        text += f", {self.words / elapsed:,.0f} words/s"
        if self.total and self.new:
            text += f", {duration((self.total - self.done) * elapsed / self.new)} left"
        return text

    def message(self, text: str) -> None:
        """A line on stderr that does not break the bar."""
        if self.bar is not None:
            self.bar.clear()
        print(text, file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
