"""brat standoff: a collection directory out and back in.

Out (`export --format brat -o DIR`): per record `ID.txt` (the text, byte for byte) and `ID.ann`:
  T1<TAB>COUNTRY 0 11<TAB>Qazaxıstanın        one text-bound annotation per entity; a span that
                                              crosses a line break is written as fragments
                                              "start end;start end", as brat itself writes it
  #1<TAB>AnnotatorNotes T1<TAB>{"norm": "Qazaxıstan", "id": "KZ"}   the entity's values, as JSON
plus `annotation.conf` (the eight labels as entity types) and `fields.jsonl` (each record's other
fields, such as `date`, `source`, `outlet`, by `id`; brat ignores it, `import` puts them back).

In (`import DIR --format brat`): one record per `.txt` file (sorted by name), `id` = its stem, its
`.ann` beside it (none: no entities). Values come from our JSON notes when the label still takes
them; other notes are the annotators' comments and are left alone; relations, events, attributes
and normalisations are not entities and are counted, not read.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Iterator

from pipeline.formats.common import BadDocument, entities
from pipeline.formats.parsers import LABELS, NAME_LABELS
from pipeline.io import Item, dumps, json_lines

FIELDS_FILE = "fields.jsonl"
# The values each label carries (ANNOTATION.md "Attributes"); a note's other keys are dropped, so a
# span relabelled in brat does not keep values of its old label.
VALUE_KEYS = {**{label: ("norm",) for label in NAME_LABELS}, "COUNTRY": ("norm", "id"),
              "MONEY": ("amount", "currency", "min", "max", "qualifier"),
              "PERCENT": ("value", "min", "max", "qualifier"), "DATE": ("value",)}
SAFE_STEM = re.compile(r"[^\s/\\:*?\"<>|\x00-\x1f]+")


def annotation_conf(labels: Iterable[str] = LABELS) -> str:
    return "\n".join(["[entities]", *labels, "", "[relations]", "", "[events]", "", "[attributes]", ""])


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) without its line breaks, as brat's discontinuous fragments."""
    out = [(m.start() + start, m.end() + start) for m in re.finditer(r"[^\n\r]+", text[start:end])]
    return out or [(start, end)]


def ann_lines(rec: dict[str, Any]) -> list[str]:
    text = rec["text"]
    lines: list[str] = []
    for n, ent in enumerate(sorted(rec.get("entities") or [], key=lambda e: (e["start"], e["end"])), 1):
        frags = fragments(text, ent["start"], ent["end"])
        offsets = ";".join(f"{s} {e}" for s, e in frags)
        lines.append(f"T{n}\t{ent['label']} {offsets}\t{' '.join(text[s:e] for s, e in frags)}")
        values = {k: ent[k] for k in VALUE_KEYS.get(ent["label"], ()) if k in ent}  # nulls too: "amount": null
        if values:
            lines.append(f"#{n}\tAnnotatorNotes T{n}\t{dumps(values)}")
    return lines


def stem_of(rec: dict[str, Any]) -> str:
    stem = str(rec.get("id", ""))
    if not SAFE_STEM.fullmatch(stem) or stem.startswith("."):
        raise ValueError(f"record id {rec.get('id')!r} cannot be a file name in a brat collection "
                         f"(no spaces, slashes or control characters, not empty, no leading dot)")
    return stem


def export(records: Iterable[dict[str, Any]], outdir: str | Path) -> int:
    """Write the collection; the number of spans written. Raises ValueError on an id that cannot
    be a file name or that repeats (nothing of that record is written)."""
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    spans = 0
    with open(out / FIELDS_FILE, "w", encoding="utf-8", newline="\n") as fields:
        for rec in records:
            stem = stem_of(rec)
            if stem in seen:
                raise ValueError(f"record id {stem!r} repeats: brat names files by id")
            seen.add(stem)
            lines = ann_lines(rec)
            spans += sum(line.startswith("T") for line in lines)
            (out / f"{stem}.txt").write_bytes(rec["text"].encode("utf-8"))
            (out / f"{stem}.ann").write_text("".join(line + "\n" for line in lines), encoding="utf-8",
                                            newline="\n")
            fields.write(dumps({k: v for k, v in rec.items() if k not in ("text", "entities", "leaders")}) + "\n")
    (out / "annotation.conf").write_text(annotation_conf(), encoding="utf-8")
    return spans


# ---------------------------------------------------------------------------------------------- import

def _text_bound(text: str, fields: list[str], where: str) -> tuple[int, int, str]:
    """(start, end, label) of a T line's fields; its fragments become one span, their text checked."""
    try:
        label, offsets = fields[1].split(" ", 1)
        frags = [tuple(int(x) for x in frag.split()) for frag in offsets.split(";")]
        if any(len(f) != 2 for f in frags):
            raise ValueError
    except ValueError:
        raise BadDocument(f"{where}not a brat text-bound line \"T1<TAB>LABEL START END<TAB>TEXT\"") from None
    said = " ".join(text[s:e] for s, e in frags)
    if len(fields) > 2 and fields[2] != said:
        raise BadDocument(f"{where}text {fields[2]!r} is not the text at {offsets} ({said!r})")
    return min(f[0] for f in frags), max(f[1] for f in frags), label


def parse_ann(text: str, ann: str, name: str, notes: Counter) -> list[dict[str, Any]]:
    """The entities of one .ann file (raises BadDocument naming the file and line)."""
    spans: dict[str, tuple[int, int, str]] = {}
    values: dict[str, dict] = {}
    for n, line in enumerate(ann.splitlines(), 1):
        if not line.strip():
            continue
        fields = line.split("\t")
        where = f"{name}:{n}: "
        if line.startswith("T"):
            spans[fields[0]] = _text_bound(text, fields, where)
        elif line.startswith("#") and len(fields) >= 3 and fields[1].startswith("AnnotatorNotes "):
            try:
                note = json.loads(fields[2])
            except ValueError:
                note = None
            if isinstance(note, dict):
                values[fields[1].split(" ", 1)[1]] = note
            else:
                notes["notes kept as comments (not read)"] += 1
        else:
            notes[f"{line[:1]} lines (not entities, not read)"] += 1
    ents = entities(text, spans.values(), f"{name}: ")
    by_span = {(e["start"], e["end"], e["label"]): e for e in ents}
    for tid, span in spans.items():
        ent = by_span[span]
        for key in VALUE_KEYS[ent["label"]]:
            if key in values.get(tid, {}):
                ent[key] = values[tid][key]
    return ents


def _fields(folder: Path) -> dict[str, dict]:
    path = folder / FIELDS_FILE
    if not path.exists():
        return {}
    # the file is ours; a damaged line only loses fields, never a document
    return {str(rec["id"]): rec for _, rec, _ in json_lines(path) if isinstance(rec, dict) and "id" in rec}


def read(path: str | Path, notes: Counter | None = None) -> Iterator[Item]:
    """Items of a brat collection directory, one per `.txt` file in name order."""
    folder = Path(path)
    if not folder.is_dir():
        raise ValueError(f"{path}: a brat collection directory (ID.txt + ID.ann files) expected")
    notes = notes if notes is not None else Counter()
    fields = _fields(folder)
    txts = sorted(p for p in folder.iterdir() if p.suffix == ".txt" and p.is_file())
    if not txts:
        raise ValueError(f"{path}: no .txt files: not a brat collection")
    for n, txt in enumerate(txts, 1):
        extra = fields.get(txt.stem, {})
        record: dict[str, Any] = {"id": extra.get("id", txt.stem)}
        record.update({k: v for k, v in extra.items() if k != "id"})
        try:
            text = txt.read_bytes().decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Item(n, record, f"{txt.name} is not valid UTF-8 ({exc.reason} at byte {exc.start})")
            continue
        record["text"] = text
        ann = txt.with_suffix(".ann")
        if not ann.exists():
            notes["documents without .ann (no entities)"] += 1
        try:
            annotation = ann.read_text(encoding="utf-8") if ann.exists() else ""
            record["entities"] = parse_ann(text, annotation, ann.name, notes)
        except (BadDocument, UnicodeDecodeError) as exc:
            yield Item(n, record, str(exc))
            continue
        yield Item(n, record)
