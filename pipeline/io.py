"""Read `annotate` inputs and write JSONL output atomically.

Inputs: a JSONL file, `-` (stdin), a folder of `.txt` files, or a Hugging Face dataset saved with
`save_to_disk` (`hf:NAME` loads one from the hub). Every input unit becomes an `Item`; a unit that
cannot be annotated carries an `error` instead of being dropped, so output stays aligned with input.
"""
from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterator

__all__ = ["Item", "read_items", "count_items", "dumps", "JSONLWriter", "input_kind", "is_error_record",
           "json_lines", "read_jsonl"]


@dataclass(frozen=True)
class Item:
    """One input unit: its 1-based line (or position) and the record, or why it is unusable."""

    line: int
    record: dict | None
    error: str | None = None

    def error_record(self) -> dict:
        out: dict[str, Any] = {"line": self.line, "error": self.error}
        if isinstance(self.record, dict) and "id" in self.record:
            out["id"] = self.record["id"]
        return out


def json_lines(path: str | Path) -> Iterator[tuple[int, Any, str | None]]:
    """(line number, parsed value, None) or (line number, None, why it is no JSON) for every non-blank
    line of a JSONL file: the one reader of JSONL files; each caller decides what a bad line means."""
    with open(path, "rb") as f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                yield n, json.loads(raw), None
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
    """One JSONL line → Item; every failure becomes an error Item naming what is wrong."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return Item(line_no, None, f"line is not valid UTF-8 ({e.reason} at byte {e.start})")
    try:
        obj = json.loads(line)
    except (json.JSONDecodeError, RecursionError, ValueError) as e:
        return Item(line_no, None, f"not valid JSON: {e}")
    if not isinstance(obj, dict):
        return Item(line_no, None, f"not a JSON object but a {type(obj).__name__}")
    return check_record(line_no, obj, text_field)


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


def read_items(source: str, text_field: str = "text", split: str | None = None) -> Iterator[Item]:
    """Yield the Items of any supported input, in input order. Blank JSONL lines carry no record and are skipped."""
    kind = input_kind(source)
    if kind in ("stdin", "jsonl"):
        stream = sys.stdin.buffer if kind == "stdin" else open(source, "rb")
        try:
            for n, raw in enumerate(stream, 1):
                raw = raw.rstrip(b"\r\n")
                if raw.strip():
                    yield parse_line(n, raw, text_field)
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()
    elif kind == "txt-dir":
        yield from _read_txt_dir(Path(source), text_field)
    else:
        for n, row in enumerate(_load_hf(source, kind, split), 1):
            yield check_record(n, dict(row), text_field)


def _read_txt_dir(folder: Path, text_field: str) -> Iterator[Item]:
    # Sorted so that the output order (and --resume) does not depend on the file system.
    for n, path in enumerate(sorted(p for p in folder.iterdir() if p.suffix == ".txt" and p.is_file()), 1):
        rec: dict[str, Any] = {"id": path.stem}
        try:
            rec[text_field] = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as e:
            yield Item(n, rec, f"{path.name} is not valid UTF-8 ({e.reason} at byte {e.start})")
            continue
        yield Item(n, rec)


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


def count_items(source: str, split: str | None = None) -> int | None:
    """Number of Items `read_items` will yield (for the progress bar); None when unknown (stdin, hub)."""
    kind = input_kind(source)
    if kind == "jsonl":
        with open(source, "rb") as f:
            return sum(1 for raw in f if raw.strip())
    if kind == "txt-dir":
        return sum(1 for p in Path(source).iterdir() if p.suffix == ".txt" and p.is_file())
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


def dumps(record: dict) -> str:
    """One JSON line. Lone surrogates (legal in JSON escapes, illegal in UTF-8) are written as \\uXXXX
    escapes, so the record round-trips exactly instead of failing to encode."""
    line = json.dumps(record, ensure_ascii=False, default=_default)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(record, ensure_ascii=True, default=_default)
    return line


def is_error_record(rec: Any) -> bool:
    """An output error record: {"line", "error"[, "id"]}, never annotated."""
    return isinstance(rec, dict) and "error" in rec and "line" in rec and "entities" not in rec


class JSONLWriter:
    """Write JSONL to `OUTPUT.part` and rename it to OUTPUT on `commit()`; `-` writes to stdout.

    With `resume=True` an existing `.part` file is kept: its complete lines count as done
    (`self.done`), a torn last line is cut off, and new records are appended after them.
    """

    def __init__(self, output: str, resume: bool = False):
        self.output = output
        self.done = 0
        self.done_errors = 0
        self.done_ids: list[Any] = []
        if output == "-":
            if resume:
                raise SystemExit("--resume needs an output file, not stdout")
            self.part = None
            self.stream = sys.stdout
            return
        out = Path(output)
        if out.parent and not out.parent.exists():
            out.parent.mkdir(parents=True, exist_ok=True)
        self.part = out.with_name(out.name + ".part")
        if resume and self.part.exists():
            self._recover()
            self.stream = open(self.part, "a", encoding="utf-8", newline="\n")
        else:
            self.stream = open(self.part, "w", encoding="utf-8", newline="\n")

    def _recover(self) -> None:
        """Count complete lines of the partial file and cut a torn last line off."""
        good = 0
        with open(self.part, "rb") as f:
            for raw in f:
                if not raw.endswith(b"\n"):
                    break
                try:
                    rec = json.loads(raw)
                except ValueError:
                    break
                good += len(raw)
                self.done += 1
                self.done_ids.append(rec.get("id") if isinstance(rec, dict) else None)
                self.done_errors += is_error_record(rec)
        with open(self.part, "r+b") as f:
            f.truncate(good)

    def write(self, record: dict) -> None:
        self.stream.write(dumps(record) + "\n")

    def flush(self) -> None:
        self.stream.flush()

    def commit(self) -> None:
        """Flush, fsync and atomically rename the partial file to the output."""
        self.stream.flush()
        if self.part is None:
            return
        os.fsync(self.stream.fileno())
        self.stream.close()
        os.replace(self.part, self.output)

    def close(self) -> None:
        """Close without committing: the `.part` file stays for `--resume`."""
        if self.part is not None and not self.stream.closed:
            self.stream.flush()
            self.stream.close()
