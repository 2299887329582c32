"""Keep freed memory in the process instead of handing it back to the kernel after every batch.

Why: the ner's network makes arrays of a few MB per batch (tokens x 192 floats, the window
features, the hidden layer). glibc's malloc serves blocks that large with `mmap` (above a threshold
that starts at 128 KiB) and gives the top of its heap back with `brk` whenever more than twice that
threshold is free, so each batch's arrays were fresh pages that the kernel had to fault in and zero
again: `perf record` on the tok2vec showed page faults, page clearing and `brk` at about 15% of its
samples. Fixed thresholds (32 MiB for `mmap`, 256 MiB of free heap before trimming) let malloc
reuse those pages; the arithmetic is untouched, so predictions are the same.

Only glibc has these settings (`mallopt`); elsewhere (macOS, musl) nothing changes.
"""
from __future__ import annotations

import ctypes

__all__ = ["keep_freed_memory"]

# glibc's malloc.h
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 32 * 1024 * 1024  # glibc's largest on 64-bit: bigger blocks (rare) still use mmap
TRIM_THRESHOLD = 256 * 1024 * 1024  # free heap kept; measured on the tok2vec: 32 MiB kept half the faults


def keep_freed_memory(libc: ctypes.CDLL | None = None) -> bool:
    """Set glibc's malloc to reuse freed memory (see the module's docstring); True when it did,
    False where the C library is not glibc. Process-wide and idempotent."""
    if libc is None:
        try:
            libc = ctypes.CDLL(None)  # the C library this process already uses
        except OSError:
            return False
    if not hasattr(libc, "gnu_get_libc_version") or not hasattr(libc, "mallopt"):
        return False  # the parameter numbers above are glibc's
    mallopt = libc.mallopt
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD))
