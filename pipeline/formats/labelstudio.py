"""Label Studio: tasks with pre-annotations and their labeling config out; Label Studio's JSON export in.

Out (`export --format labelstudio -o tasks.json`): a JSON list of tasks,
  {"data": {"text": ..., every other record field}, "predictions": [{"model_version": ..., "result": [
     {"id", "from_name": "label", "to_name": "text", "type": "labels",
      "value": {"start", "end", "text", "labels": [LABEL]}}, ...]}]}
and beside it `tasks.config.xml`, the labeling config those names refer to. `entities` and `leaders`
are not data fields: the regions are the entities, and leaders follow from them.

In (`import export.json --format labelstudio`): per task, the latest (by `updated_at`, else
`created_at`, else list order) entry of `annotations` that is not `was_cancelled`, else the latest
of `predictions` (reported: those documents were not reviewed); every `data` field is kept, and the
task's own `id` stands in for a missing `data.id`. Offsets are code points, as in Python; a region
whose offsets are UTF-16 units (Label Studio counts so in some versions after an emoji) is recognised
by its `text` and converted.
"""
from __future__ import annotations

import json
from collections import Counter
from html import escape
from pathlib import Path
from typing import Any, Iterable, Iterator

from pipeline.formats.common import BadDocument, entities
from pipeline.formats.parsers import LABELS
from pipeline.io import Item

FROM_NAME, TO_NAME = "label", "text"
MODEL_VERSION = "az-news-pipeline"
# Label Studio shows each label in its background colour; one distinct colour per label.
COLOURS = {"PERSON": "#f4a261", "TITLE": "#e9c46a", "COUNTRY": "#2a9d8f", "REGION": "#8ecae6",
           "ORG": "#b5838d", "MONEY": "#90be6d", "PERCENT": "#f28482", "DATE": "#cdb4db"}
NOT_DATA = ("entities", "leaders")


def labeling_config(labels: Iterable[str] = LABELS) -> str:
    """The labeling config whose control and object names the tasks' regions use."""
    lines = ["<View>", f'  <Labels name="{FROM_NAME}" toName="{TO_NAME}">']
    lines += [f'    <Label value="{escape(lab)}" background="{COLOURS.get(lab, "#cccccc")}"/>' for lab in labels]
    lines += ["  </Labels>", f'  <Text name="{TO_NAME}" value="${TO_NAME}"/>', "</View>", ""]
    return "\n".join(lines)


def region(n: int, ent: dict[str, Any]) -> dict[str, Any]:
    return {"id": f"e{n}", "from_name": FROM_NAME, "to_name": TO_NAME, "type": "labels",
            "value": {"start": ent["start"], "end": ent["end"], "text": ent["text"], "labels": [ent["label"]]}}


def to_task(rec: dict[str, Any]) -> dict[str, Any]:
    data = {k: v for k, v in rec.items() if k not in NOT_DATA}
    ents = sorted(rec.get("entities") or [], key=lambda e: (e["start"], e["end"]))
    return {"data": data,
            "predictions": [{"model_version": MODEL_VERSION, "result": [region(i, e) for i, e in enumerate(ents, 1)]}]}


def config_path(output: str | Path) -> Path:
    out = Path(output)
    return out.with_name(out.stem + ".config.xml")


def export(records: Iterable[dict[str, Any]], output: str | Path) -> int:
    """Write the tasks to OUTPUT and the labeling config beside it; the number of spans written."""
    tasks = [to_task(rec) for rec in records]
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    config_path(out).write_text(labeling_config(), encoding="utf-8")
    return sum(len(t["predictions"][0]["result"]) for t in tasks)


# ---------------------------------------------------------------------------------------------- import

def _latest(entries: Any, skip_cancelled: bool) -> dict | None:
    good = [(e.get("updated_at") or e.get("created_at") or "", i, e) for i, e in enumerate(entries or [])
            if isinstance(e, dict) and not (skip_cancelled and e.get("was_cancelled"))]
    return max(good, key=lambda t: (str(t[0]), t[1]))[2] if good else None


def _code_points(text: str, utf16: int) -> int | None:
    """The code-point offset of a UTF-16 offset into `text` (None when it falls inside a character)."""
    units = 0
    for i, ch in enumerate(text):
        if units == utf16:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text) if units == utf16 else None


def _offsets(text: str, value: dict, where: str) -> tuple[int, int]:
    start, end = value.get("start"), value.get("end")
    if not isinstance(start, int) or not isinstance(end, int):
        raise BadDocument(f"{where}no integer start/end")
    said = value.get("text")
    if said is None or text[start:end] == said:
        return start, end
    s16, e16 = _code_points(text, start), _code_points(text, end)
    if s16 is not None and e16 is not None and text[s16:e16] == said:
        return s16, e16
    raise BadDocument(f"{where}text {said!r} is not at [{start}:{end}] of data.text "
                      f"(found {text[start:end]!r})")


def task_record(task: Any, counts: Counter) -> dict[str, Any]:
    """The ANNOTATION.md record of one task (raises BadDocument)."""
    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        raise BadDocument("not a Label Studio task (no \"data\" object)")
    data = task["data"]
    record = dict(data)
    if "id" not in record and task.get("id") is not None:
        record["id"] = task["id"]
    where = f"task {record.get('id')!r}: "
    text = data.get(TO_NAME)
    if not isinstance(text, str):
        raise BadDocument(f"{where}data.{TO_NAME} is missing or not a string")
    chosen = _latest(task.get("annotations"), skip_cancelled=True)
    source = "annotations" if chosen else "predictions"
    chosen = chosen or _latest(task.get("predictions"), skip_cancelled=False)
    counts[source if chosen else "neither"] += 1
    spans = []
    for item in (chosen or {}).get("result") or []:
        if not isinstance(item, dict) or item.get("type") != "labels":
            counts["other results ignored"] += 1  # relations, choices, text areas: not entities
            continue
        rid = f"{where}region {item.get('id')!r}: "
        value = item.get("value") or {}
        labels = value.get("labels") or []
        if len(labels) != 1:
            raise BadDocument(f"{rid}{len(labels)} labels {labels}, one expected")
        start, end = _offsets(text, value, rid)
        spans.append((start, end, labels[0]))
    record["entities"] = entities(text, spans, where)
    return record


def read(path: str | Path, notes: Counter | None = None) -> Iterator[Item]:
    """Items of a Label Studio JSON export; `Item.line` is the task's position in the list. `notes`
    counts where each record's regions came from (annotations, predictions, neither).
    Raises ValueError when the file is no Label Studio JSON export at all."""
    try:
        tasks = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not JSON ({exc.msg} at line {exc.lineno}); export the project "
                         f"from Label Studio as \"JSON\"") from None
    if isinstance(tasks, dict):
        tasks = [tasks]
    if not isinstance(tasks, list):
        raise ValueError(f"{path}: a list of Label Studio tasks expected, not a {type(tasks).__name__}")
    if tasks and all(isinstance(t, dict) and "data" not in t and "text" in t for t in tasks):
        raise ValueError(f"{path}: this is Label Studio's JSON-MIN export, which leaves out which "
                         f"annotation is the latest; export the project as \"JSON\"")
    counts = notes if notes is not None else Counter()
    for n, task in enumerate(tasks, 1):
        try:
            yield Item(n, task_record(task, counts))
        except BadDocument as exc:
            data = task.get("data") if isinstance(task, dict) else None
            yield Item(n, data if isinstance(data, dict) else None, str(exc))
