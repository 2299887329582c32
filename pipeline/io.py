"""Read `annotate` inputs and write JSONL output atomically.

Inputs: a JSONL file, `-` (stdin), a folder of `.txt` files, or a Hugging Face dataset saved with
`save_to_disk` (`hf:NAME` loads one from the hub). Every input unit becomes an `Item`; a unit that
cannot be annotated carries an `error` instead of being dropped, so output stays aligned with input.
"""
from __future__ import annotations

import io
import json
import math
import os
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Iterator

from pipeline.errors import UsageError

BOM = b"\xef\xbb\xbf"

__all__ = ["Item", "read_items", "count_items", "dumps", "JSONLWriter", "input_kind", "is_error_record",
           "json_lines", "read_jsonl"]


@dataclass(frozen=True)
class Item:
    """One input unit: its 1-based line (or position) and the record, or why it is unusable."""

    line: int
    record: dict | None
    error: str | None = None
    warning: str | None = None  # the record is usable but was changed on reading (NaN → null)

    def error_record(self) -> dict:
        out: dict[str, Any] = {"line": self.line, "error": self.error}
        if isinstance(self.record, dict) and "id" in self.record:
            out["id"] = self.record["id"]
        return out


@contextmanager
def _unlimited_int_digits() -> Iterator[None]:
    """Lift Python's 4,300-digit limit on int <-> str (a guard against slow parsing of hostile
    input, whose cost here is linear per line anyway) for as long as a huge number is handled."""
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        yield
    finally:
        sys.set_int_max_str_digits(old)


def loads(data: str | bytes, **kwargs: Any) -> Any:
    """json.loads that keeps integers of any length (retrying past Python's digit limit)."""
    try:
        return json.loads(data, **kwargs)
    except ValueError as e:
        if "digits" not in str(e):
            raise
    with _unlimited_int_digits():
        return json.loads(data, **kwargs)


def json_lines(path: str | Path) -> Iterator[tuple[int, Any, str | None]]:
    """(line number, parsed value, None) or (line number, None, why it is no JSON) for every non-blank
    line of a JSONL file: the one reader of JSONL files; each caller decides what a bad line means."""
    with open(path, "rb") as f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                yield n, loads(raw), None
            except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError alike
                yield n, None, getattr(exc, "msg", None) or str(exc)


def read_jsonl(path: str | Path) -> list[dict]:
    """The records of a JSONL file that must be well formed (gold, training data): ValueError names
    the first line that is no JSON object."""
    out = []
    for n, value, problem in json_lines(path):
        if not isinstance(value, dict):
            raise ValueError(f"{path}:{n}: not a JSON object ({problem or type(value).__name__})")
        out.append(value)
    return out


def parse_line(line_no: int, raw: bytes, text_field: str = "text") -> Item:
    """One JSONL line → Item; every failure becomes an error Item naming what is wrong. NaN and
    ±Infinity (accepted by Python's json, not by JSON) become null with a warning on the Item."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return Item(line_no, None, f"line is not valid UTF-8 ({e.reason} at byte {e.start})")
    constants: list[str] = []
    try:
        obj = loads(line, parse_constant=lambda name: constants.append(name))  # appends, returns None
    except (json.JSONDecodeError, RecursionError, ValueError) as e:
        return Item(line_no, None, f"not valid JSON: {e}")
    if not isinstance(obj, dict):
        return Item(line_no, None, f"not a JSON object but a {type(obj).__name__}")
    item = check_record(line_no, obj, text_field)
    if constants and not item.error:
        names = ", ".join(sorted(set(constants)))
        return Item(line_no, obj, None, f"{names} is not JSON: written as null")
    return item


def check_record(line_no: int, obj: dict, text_field: str) -> Item:
    if text_field not in obj:
        return Item(line_no, obj, f"no {text_field!r} field")
    if not isinstance(obj[text_field], str):
        return Item(line_no, obj, f"field {text_field!r} is not a string but {type(obj[text_field]).__name__}")
    return Item(line_no, obj)


def input_kind(source: str) -> str:
    """'stdin', 'jsonl', 'txt-dir', 'hf-disk' or 'hf-hub', judged by the path and a directory's contents."""
    if source == "-":
        return "stdin"
    if source.startswith("hf:"):
        return "hf-hub"
    path = Path(source)
    if path.is_dir():
        if any((path / name).exists() for name in ("dataset_dict.json", "state.json", "dataset_info.json")):
            return "hf-disk"
        return "txt-dir"
    return "jsonl"


def read_items(source: str, text_field: str = "text", split: str | None = None, *, recursive: bool = False,
               date_from_name: str | None = None) -> Iterator[Item]:
    """Yield the Items of any supported input, in input order. Blank JSONL lines carry no record and
    are skipped. `recursive` and `date_from_name` apply to a folder of .txt files (`_read_txt_dir`)."""
    kind = input_kind(source)
    if kind in ("stdin", "jsonl"):
        stream = sys.stdin.buffer if kind == "stdin" else open(source, "rb")
        try:
            for n, raw in enumerate(stream, 1):
                raw = raw.rstrip(b"\r\n")
                if n == 1 and raw.startswith(BOM):  # Windows editors start UTF-8 files with one
                    raw = raw[len(BOM):]
                # bytes.strip() also strips form feeds and vertical tabs: such lines are blank too
                if raw.strip():
                    yield parse_line(n, raw, text_field)
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()
    elif kind == "txt-dir":
        yield from _read_txt_dir(Path(source), text_field, recursive, date_from_name)
    else:
        for n, row in enumerate(_load_hf(source, kind, split), 1):
            yield check_record(n, dict(row), text_field)


def txt_files(folder: Path, recursive: bool = False) -> list[Path]:
    """The folder's .txt files (any case of the suffix), in subfolders too when `recursive`, sorted by
    relative path so that the output order (and --resume) does not depend on the file system."""
    paths = folder.rglob("*") if recursive else folder.iterdir()
    return sorted((p for p in paths if p.suffix.lower() == ".txt" and p.is_file()),
                  key=lambda p: p.relative_to(folder).as_posix())


def date_in_name(pattern: str, name: str) -> str | None:
    """The date `pattern` finds in a file's relative path: its first group (else the whole match),
    digits only, read as YYYYMMDD → "YYYY-MM-DD"; None when absent or not a real date."""
    import datetime
    import re

    m = re.search(pattern, name)
    if not m:
        return None
    digits = "".join(ch for ch in (m.group(1) if m.groups() else m.group(0)) if ch.isdigit())
    try:
        return datetime.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8])).isoformat() if len(digits) == 8 else None
    except ValueError:
        return None


def _read_txt_dir(folder: Path, text_field: str, recursive: bool = False,
                  date_from_name: str | None = None) -> Iterator[Item]:
    """One Item per .txt file: `id` is its relative path without the suffix; a sidecar NAME.json
    (a JSON object: date, title, source...) adds its fields; `date_from_name` reads a date from the path."""
    for n, path in enumerate(txt_files(folder, recursive), 1):
        rel = path.relative_to(folder).with_suffix("").as_posix()
        rec: dict[str, Any] = {"id": rel}
        warning = None
        if date_from_name:
            date = date_in_name(date_from_name, path.relative_to(folder).as_posix())
            if date:
                rec["date"] = date
            else:
                warning = f"no date in the file name {path.name} (--date-from-name {date_from_name})"
        sidecar = path.with_suffix(".json")
        if sidecar.is_file():
            try:
                extra = loads(sidecar.read_bytes())
            except ValueError as e:
                yield Item(n, rec, f"{sidecar.name} is not valid JSON: {e}")
                continue
            if not isinstance(extra, dict):
                yield Item(n, rec, f"{sidecar.name} is not a JSON object")
                continue
            rec.update((k, v) for k, v in extra.items() if k != text_field)
            if "date" in extra:
                warning = None
        try:
            rec[text_field] = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as e:
            yield Item(n, rec, f"{path.name} is not valid UTF-8 ({e.reason} at byte {e.start})")
            continue
        yield Item(n, rec, None, warning)


def _load_hf(source: str, kind: str, split: str | None):
    try:
        import datasets
    except ImportError as e:  # pragma: no cover - datasets is a core dependency
        raise SystemExit("reading Hugging Face datasets needs `pip install datasets`") from e
    if kind == "hf-hub":
        return datasets.load_dataset(source[3:], split=split or "train")
    ds = datasets.load_from_disk(source)
    if isinstance(ds, datasets.DatasetDict):
        if split is None:
            if len(ds) != 1:
                raise SystemExit(f"{source} holds splits {sorted(ds)}: choose one with --split")
            split = next(iter(ds))
        if split not in ds:
            raise SystemExit(f"{source} has no split {split!r} (splits: {sorted(ds)})")
        ds = ds[split]
    return ds


def count_items(source: str, split: str | None = None, *, recursive: bool = False) -> int | None:
    """Number of Items `read_items` will yield (for the progress bar); None when unknown (stdin, hub)."""
    kind = input_kind(source)
    if kind == "jsonl":
        with open(source, "rb") as f:
            return sum(1 for n, raw in enumerate(f, 1)
                       if (raw[len(BOM):] if n == 1 and raw.startswith(BOM) else raw).strip())
    if kind == "txt-dir":
        return len(txt_files(Path(source), recursive))
    if kind == "hf-disk":
        return len(_load_hf(source, kind, split))
    return None


def _default(value: Any) -> Any:
    """JSON for the non-JSON values a dataset or a component may hand over."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "tolist"):  # numpy scalars and arrays
        return value.tolist()
    if isinstance(value, (set, tuple)):
        return list(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "backslashreplace")
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _finite(value: Any) -> Any:
    """`value` with every NaN or infinite float replaced by None (JSON has neither)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    return value


def dumps(record: dict) -> str:
    """One line of strict JSON. Lone surrogates (legal in JSON escapes, illegal in UTF-8) are written
    as \\uXXXX escapes, so the record round-trips exactly instead of failing to encode; NaN and
    infinities (from a dataset's float column) become null; integers of any length are kept."""
    try:
        line = json.dumps(record, ensure_ascii=False, default=_default, allow_nan=False)
    except ValueError as e:
        if "digits" in str(e):
            with _unlimited_int_digits():
                return dumps(record)
        if "Out of range float" not in str(e):
            raise
        return dumps(_finite(record))
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(record, ensure_ascii=True, default=_default, allow_nan=False)
    return line


def is_error_record(rec: Any) -> bool:
    """An output error record: {"line", "error"[, "id"]}, never annotated."""
    return isinstance(rec, dict) and "error" in rec and "line" in rec and "entities" not in rec


class JSONLWriter:
    """Write JSONL to `OUTPUT.part` and rename it to OUTPUT on `commit()`; `-` writes to stdout.

    The `.part` file is locked (pipeline/locking.py) for the writer's life: a second run on the same
    OUTPUT fails at once, naming the first (`holder`). With `resume=True` an existing `.part` file
    is kept: its complete lines count as done (`self.done`), a torn last line is cut off, and new
    records are appended after them.
    """

    def __init__(self, output: str, resume: bool = False, holder: Callable[[], str] = lambda: ""):
        from pipeline.locking import open_locked

        self.output = output
        self._ends: list[int] = []  # byte offset after each complete line of a resumed .part
        self._errors: list[bool] = []
        self._stream: Any = None
        if output == "-":
            if resume:
                raise UsageError("--resume needs an output file, not stdout")
            self.part = None
            self._stream = sys.stdout
            return
        out = Path(output)
        if out.parent and not out.parent.exists():
            out.parent.mkdir(parents=True, exist_ok=True)
        self.part = out.with_name(out.name + ".part")
        self.raw = open_locked(self.part, holder)
        if resume:
            self._recover()
        self.truncate_to(len(self._ends))

    @property
    def done(self) -> int:
        return len(self._ends)

    @property
    def done_errors(self) -> int:
        return sum(self._errors)

    def _recover(self) -> None:
        """Find the complete lines of the partial file (a torn last line is cut off by truncate_to).
        Read in blocks from the locked descriptor: a reader object would close it, and the lock with it."""
        self.raw.seek(0)
        pos, rest = 0, b""
        while block := self.raw.read(1 << 20):
            lines = (rest + block).split(b"\n")
            rest = lines.pop()
            for raw in lines:
                try:
                    rec = loads(raw)
                except ValueError:
                    return
                pos += len(raw) + 1
                self._ends.append(pos)
                self._errors.append(is_error_record(rec))

    def truncate_to(self, n: int) -> None:
        """Keep only the first `n` records of the partial file (before the first write)."""
        assert self._stream is None and n <= len(self._ends)
        size = self._ends[n - 1] if n else 0
        del self._ends[n:], self._errors[n:]
        self.raw.truncate(size)
        self.raw.seek(size)

    @property
    def stream(self) -> Any:
        if self._stream is None:
            # the locked descriptor itself: closing any other one would drop the lock
            self._stream = io.TextIOWrapper(io.BufferedWriter(self.raw), encoding="utf-8", newline="\n")
        return self._stream

    def write(self, record: dict) -> None:
        self.stream.write(dumps(record) + "\n")

    def flush(self) -> None:
        self.stream.flush()

    def commit(self, before: Callable[[], None] = lambda: None) -> None:
        """Flush, fsync and atomically rename the partial file to the output; `before` runs just
        before the rename, while the lock is still held (the resume fingerprint is removed there)."""
        self.stream.flush()
        if self.part is None:
            return
        os.fsync(self.stream.fileno())
        before()
        os.replace(self.part, self.output)
        self.stream.close()

    def close(self) -> None:
        """Close without committing: the `.part` file stays for `--resume`."""
        if self.part is not None and not self.stream.closed:
            self.stream.flush()
            self.stream.close()
