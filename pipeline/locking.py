"""An exclusive lock on `OUTPUT.part`, so that two runs never write the same output at once.

POSIX record locks (`fcntl.lockf`) belong to the process that took them: worker processes forked
later do not hold them, and the kernel releases them when the run dies, even by `kill -9`, so a
stale lock never blocks `--resume`. A POSIX lock is also released when the process closes *any*
descriptor of the file, so the locked file object is the only one this process ever opens on it.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO, Callable

from pipeline.errors import UsageError

__all__ = ["open_locked"]


def open_locked(path: Path, holder: Callable[[], str] = lambda: "") -> BinaryIO:
    """Open `path` for reading and writing (created if missing, never truncated here) with an
    exclusive lock; raise UsageError naming the other run (`holder()`) when it is taken."""
    try:
        import fcntl
    except ImportError:  # not POSIX (Windows): the file is written unlocked
        return os.fdopen(os.open(path, os.O_RDWR | os.O_CREAT, 0o666), "r+b", buffering=0)

    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            who = holder()
            raise UsageError(f"{path} is being written by another run{' (' + who + ')' if who else ''}: "
                             "wait for it to finish or choose another output") from None
        # The other run may have renamed the file we opened to OUTPUT before we got the lock; then
        # the lock is on its finished output, not on a fresh .part: start again.
        try:
            same = os.fstat(fd).st_ino == os.stat(path).st_ino
        except FileNotFoundError:
            same = False
        if same:
            return os.fdopen(fd, "r+b", buffering=0)
        os.close(fd)
