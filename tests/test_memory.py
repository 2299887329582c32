"""pipeline/memory.py: glibc's malloc is told to keep freed memory; other C libraries are left alone."""
from __future__ import annotations

import ctypes
import subprocess
import sys

import pytest

from pipeline.memory import M_MMAP_THRESHOLD, M_TRIM_THRESHOLD, MMAP_THRESHOLD, TRIM_THRESHOLD, keep_freed_memory
from tests.conftest import ROOT


class _Mallopt:
    """A stand-in for ctypes' `libc.mallopt` that records its calls and returns `result`."""

    def __init__(self, result: int) -> None:
        self.calls: list[tuple[int, int]] = []
        self.result, self.argtypes, self.restype = result, None, None

    def __call__(self, param: int, value: int) -> int:
        self.calls.append((param, value))
        return self.result


class _Libc:
    """A C library stand-in: glibc (it has gnu_get_libc_version) or another one with mallopt."""

    def __init__(self, glibc: bool = True, result: int = 1) -> None:
        self.mallopt = _Mallopt(result)
        if glibc:
            self.gnu_get_libc_version = lambda: b"2.36"


def test_glibc_gets_both_thresholds():
    libc = _Libc()
    assert keep_freed_memory(libc) is True
    assert libc.mallopt.calls == [(M_MMAP_THRESHOLD, MMAP_THRESHOLD), (M_TRIM_THRESHOLD, TRIM_THRESHOLD)]


def test_a_refused_setting_is_reported():
    assert keep_freed_memory(_Libc(result=0)) is False


def test_other_c_libraries_are_left_alone():
    libc = _Libc(glibc=False)
    assert keep_freed_memory(libc) is False
    assert libc.mallopt.calls == []


def test_thresholds_are_glibc_parameters():
    # malloc.h: M_TRIM_THRESHOLD -1, M_MMAP_THRESHOLD -3; the mmap threshold may not exceed 32 MiB
    assert (M_TRIM_THRESHOLD, M_MMAP_THRESHOLD) == (-1, -3)
    assert MMAP_THRESHOLD <= 32 * 1024 * 1024 < TRIM_THRESHOLD


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc is a Linux matter")
def test_this_process_accepts_it_when_glibc():
    if not hasattr(ctypes.CDLL(None), "gnu_get_libc_version"):
        pytest.skip("the C library is not glibc")
    code = "from pipeline.memory import keep_freed_memory; print(keep_freed_memory())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "True"


def test_load_keeps_freed_memory(monkeypatch):
    import pipeline
    calls = []
    monkeypatch.setattr(pipeline, "keep_freed_memory", lambda: calls.append(True) or True)
    pipeline.load()
    assert calls == [True]
