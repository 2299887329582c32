"""Resume fingerprints: `OUTPUT.part.fp` records what produced `OUTPUT.part`, so that `--resume`
continues only the same job and refuses, saying what changed, when the input or the model differ.

Line 1 is a JSON header: the format, the model's identity, the text field, and who is writing (pid,
host, start time; named when a second run finds the output locked). Then one 16-hex-digit hash per
record written, of the input record that produced it: all its fields, so a changed text, id or any
other field is caught, with or without ids. The hashes are written in step with the output.
"""
from __future__ import annotations

import hashlib
import json
import os
import socket
import time
from pathlib import Path
from typing import IO, Any, Iterator

from pipeline.errors import UsageError
from pipeline.io import Item, dumps

__all__ = ["digest", "model_id", "ner_model_id", "Fingerprint"]

FORMAT = 1
# the header fields that must match for a resume (the others only say who wrote it)
JOB_FIELDS = ("format", "model", "text_field")


def digest(item: Item) -> str:
    """A short hash of the input record (or, for an unreadable line, of why it is unreadable)."""
    data = dumps(item.record) if item.record is not None else f"\0{item.error}"
    return hashlib.blake2b(data.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def model_id(path: Path | None) -> str:
    """What identifies a model: its name and version plus a hash of all its files (a new training
    changes the weights, not necessarily the version), and the code's version, which holds the rules."""
    import pipeline

    code = f"pipeline {pipeline.__version__}"
    if path is None:
        return f"rules only, {code}"
    path = Path(path)
    h = hashlib.blake2b(digest_size=8)
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        h.update(file.relative_to(path).as_posix().encode() + b"\0")
        with open(file, "rb") as f:
            while block := f.read(1 << 20):
                h.update(block)
    name = path.name
    if (path / "meta.json").exists():
        info = json.loads((path / "meta.json").read_bytes())
        lang, meta_name = info.get("lang", ""), info.get("name", "")
        full = meta_name if meta_name.startswith(lang + "_") else f"{lang}_{meta_name}"
        name = f"{full} {info.get('version', '')}"
    return f"{name} (files {h.hexdigest()}), {code}"


def ner_model_id(path: Path | None) -> str:
    """`model_id`, with the Stanza model's when the ner backend is Stanza (a resume must not mix them)."""
    import pipeline

    if pipeline.ner_backend() != "stanza":
        return model_id(path)
    return f"{model_id(path)}; ner: stanza {model_id(pipeline.stanza_ner.MODEL_DIR)}"


def _path(part: Path) -> Path:
    return part.with_name(part.name + ".fp")


def _read(part: Path) -> tuple[dict | None, list[str]]:
    """The header and the hashes beside `part` ((None, []) when there is no fingerprint)."""
    try:
        with open(_path(part), encoding="utf-8") as f:
            lines = f.read().split("\n")
    except FileNotFoundError:
        return None, []
    try:
        header = json.loads(lines[0])
    except ValueError:
        return None, []
    # a torn last hash (killed mid-write) is not a hash
    return header, [h for h in lines[1:] if len(h) == 16]


def holder(part: Path) -> str:
    """Who is writing `part`, from its fingerprint's header ("" when unknown)."""
    header, _ = _read(part)
    if not header or "pid" not in header:
        return ""
    return f"pid {header['pid']} on {header.get('host', '?')}, started {header.get('started', '?')}"


class Fingerprint:
    """The fingerprint of the run writing `part`: check a resume against it, then record each record."""

    def __init__(self, part: Path, model: str, text_field: str):
        self.path = _path(part)
        self.part = part
        self.header: dict[str, Any] = {"format": FORMAT, "model": model, "text_field": text_field}
        self.stream: IO[str] | None = None

    def check_resume(self, done: int, items: Iterator[Item], source: str) -> int:
        """How many of the `done` records of the `.part` this run keeps (records beyond the hashes,
        written just before a kill, are redone), after checking that they came from the same job and
        consuming their Items; UsageError, saying what changed, when they did not."""
        old, hashes = _read(self.part)
        if old is None:
            raise UsageError(f"--resume: {self.part} has no fingerprint ({self.path.name}), so it cannot be "
                             "checked against this input: delete it, or run without --resume")
        for field in JOB_FIELDS:
            if old.get(field) != self.header[field]:
                raise UsageError(f"--resume: the {field.replace('_', ' ')} changed since {self.part} was written "
                                 f"({old.get(field)!r} then, {self.header[field]!r} now): run without --resume")
        keep = min(done, len(hashes))
        self._kept = hashes[:keep]
        for n, expected in enumerate(self._kept, 1):
            item = next(items, None)
            if item is None:
                raise UsageError(f"--resume: {self.part} holds {keep} records, {source} only {n - 1}: "
                                 "not the same input")
            if digest(item) != expected:
                rid = item.record.get("id") if isinstance(item.record, dict) else None
                what = f" (id {rid!r})" if rid is not None else ""
                raise UsageError(f"--resume: record {n} of {source} (line {item.line}){what} differs from the one "
                                 f"{self.part} was made from: not the same input; run without --resume")
        return keep

    def start(self) -> None:
        """Write the header (with this run's pid) and the hashes kept from a resume."""
        header = {**self.header, "pid": os.getpid(), "host": socket.gethostname(),
                  "started": time.strftime("%Y-%m-%d %H:%M:%S %Z")}
        self.stream = open(self.path, "w", encoding="utf-8", newline="\n")
        self.stream.write(json.dumps(header) + "\n")
        for h in getattr(self, "_kept", []):
            self.stream.write(h + "\n")

    def add(self, item_digest: str) -> None:
        assert self.stream is not None
        self.stream.write(item_digest + "\n")

    def flush(self) -> None:
        if self.stream is not None:
            self.stream.flush()

    def remove(self) -> None:
        """The output is complete: the fingerprint has served (called before the rename, under the lock)."""
        if self.stream is not None:
            self.stream.close()
        self.path.unlink(missing_ok=True)

    def close(self) -> None:
        if self.stream is not None and not self.stream.closed:
            self.stream.close()
