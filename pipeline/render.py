"""A self-contained HTML page for reviewing annotated JSONL: displaCy entity markup per document,
normalised values on hover (title attribute) and in a table beside the text, then the leaders."""
from __future__ import annotations

import html
import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Iterable

from spacy import displacy

from pipeline.export import read_records
from pipeline.labels import EVENT_TYPES, LABELS

# One colour per label (displaCy look, own palette: light enough for black text).
COLORS = {"PERSON": "#c9b8ff", "TITLE": "#ffd6a5", "COUNTRY": "#fec86f", "REGION": "#b9e69a",
          "ORG": "#8ee8e8", "MONEY": "#ffb3b3", "PERCENT": "#f3f59b", "DATE": "#bcdcff"}
# event triggers: one grey, the type on the badge, the arguments on hover
COLORS.update({kind: "#dddddd" for kind in EVENT_TYPES})

# displaCy's entity template with a hover title and the short value beside the label.
ENT_TEMPLATE = (
    '<mark class="entity" data-label="{label}"{attrs} title="{hint}" style="background: {bg}; '
    'padding: 0.3em 0.5em; margin: 0 0.2em; line-height: 1; border-radius: 0.35em;">{text}'
    '<span class="ent-label" style="font-size: 0.7em; font-weight: bold; margin-left: 0.4rem; '
    'vertical-align: middle">{label}{short}</span></mark>'
)

CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 2em auto;
       max-width: 1200px; color: #222; padding: 0 1em; }
header { border-bottom: 2px solid #ddd; margin-bottom: 1em; }
.legend mark { padding: 0.2em 0.5em; border-radius: 0.35em; margin-right: 0.4em; font-size: 0.85em; }
section.doc { border: 1px solid #ddd; border-radius: 8px; padding: 1em 1.2em; margin: 1.5em 0; }
section.doc h2 { font-size: 1.1em; margin: 0 0 0.3em; }
.meta { color: #666; font-size: 0.85em; margin-bottom: 0.5em; }
.cols { display: flex; gap: 1.5em; align-items: flex-start; }
.cols .entities { flex: 3 1 0; font-size: 0.95em; line-height: 2.3 !important; }
.entities mark { -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.cols aside { flex: 2 1 0; font-size: 0.85em; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1em; }
th, td { border-bottom: 1px solid #eee; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
th { background: #f6f6f6; }
td.label span { padding: 0.1em 0.4em; border-radius: 0.3em; font-weight: bold; font-size: 0.85em; }
caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _num(value: Any) -> str:
    """1200000000 → '1,200,000,000'; 5.2 → '5.2' (via str, so no binary float noise)."""
    if value is None:
        return ""
    d = Decimal(str(value))
    return f"{d:,}" if d == d.to_integral_value() else f"{d:,f}".rstrip("0")


def describe(ent: dict[str, Any]) -> str:
    """The normalised value of an entity as one line of plain text ('' when it has none)."""
    label = ent.get("label")
    parts: list[str] = []
    if label in ("MONEY", "PERCENT"):
        unit = ent.get("currency") or "?" if label == "MONEY" else "%"
        number = ent.get("amount") if label == "MONEY" else ent.get("value")
        if number is not None:
            parts.append(f"{_num(number)} {unit}")
        if ent.get("min") is not None or ent.get("max") is not None:
            parts.append(f"{_num(ent.get('min'))}–{_num(ent.get('max'))} {unit}")
        if not parts:
            parts.append(f"? {unit}")
        if ent.get("qualifier"):
            parts.append(f"({ent['qualifier']})")
    elif label == "DATE":
        parts.append(str(ent.get("value") or ""))
    else:
        if ent.get("norm") is not None:
            parts.append(f"norm: {ent['norm']}")
        if label == "COUNTRY":
            parts.append(f"id: {ent.get('id') or '–'}")
    return " · ".join(p for p in parts if p)


def _short(ent: dict[str, Any]) -> str:
    """The few characters shown beside the label badge: the country code or the number."""
    label = ent.get("label")
    if label == "COUNTRY" and ent.get("id"):
        return ent["id"]
    if label in ("MONEY", "PERCENT", "DATE"):
        return describe(ent)
    return ""


def _non_overlapping(entities: list[dict]) -> list[dict]:
    out, end = [], -1
    for ent in sorted(entities, key=lambda e: (e["start"], -e["end"])):
        if ent["start"] >= end:
            out.append(ent)
            end = ent["end"]
    return out


def _trigger_marks(rec: dict[str, Any]) -> list[dict[str, Any]]:
    """Event triggers as marks labelled with the event type; the hint lists the event's arguments."""
    marks = []
    for ev in rec.get("events") or []:
        trig = ev.get("trigger") or {}
        if not isinstance(trig.get("start"), int) or not isinstance(trig.get("end"), int):
            continue
        marks.append({"start": trig["start"], "end": trig["end"], "label": ev.get("type"),
                      "hint": f"{ev.get('type')} ({ev.get('modality')}): {event_args(ev)}"})
    return marks


def event_args(ev: dict[str, Any]) -> str:
    """'role=text, ...' of an event's arguments."""
    return ", ".join(f"{a.get('role')}={a.get('text')}" for a in ev.get("args") or []) or "–"


def events_table(rec: dict[str, Any], row_attrs: Callable[[dict], dict[str, str]] | None = None) -> str:
    """The record's events; `row_attrs(event)` adds HTML attributes to an event's row (the review page
    marks disagreements)."""
    def attrs(ev: dict) -> str:
        return "".join(f' {k}="{_e(v)}"' for k, v in (row_attrs(ev) if row_attrs else {}).items())

    rows = "".join(
        f"<tr{attrs(ev)}>{_label_cell(ev.get('type', ''))}<td>{_e((ev.get('trigger') or {}).get('text'))}</td>"
        f"<td>{_e(ev.get('modality'))}{' · ' + _e(ev['change']) if ev.get('change') else ''}</td>"
        f"<td>{_e(event_args(ev))}</td></tr>" for ev in rec.get("events") or [])
    return _table("events", "Events", ("type", "trigger", "modality", "arguments"), rows)


def _table(css: str, caption: str, headers: tuple[str, ...], rows: str) -> str:
    """A captioned table of pre-rendered rows; nothing when there are no rows."""
    if not rows:
        return ""
    head = "".join(f"<th>{h}</th>" for h in headers)
    return f'<table class="{css}"><caption>{caption}</caption><tr>{head}</tr>{rows}</table>'


def render_text(rec: dict[str, Any], attrs: dict[tuple[int, int], dict[str, str]] | None = None) -> str:
    """displaCy entity markup of one record, event triggers marked too; all text escaped (by displaCy or
    here). `attrs` adds HTML attributes to the marks of some (start, end) spans (the review page marks
    disagreements)."""
    ents = []
    for mark in _non_overlapping(_trigger_marks(rec) + list(rec.get("entities") or [])):
        if "hint" in mark:  # an event trigger
            ents.append({"start": mark["start"], "end": mark["end"], "label": _e(mark["label"]),
                         "params": {"hint": _e(mark["hint"]), "short": "", "attrs": ""}})
            continue
        ent = mark
        hint = f"{ent.get('label')}: {describe(ent)}".rstrip(": ")
        short = _short(ent)
        extra = (attrs or {}).get((ent["start"], ent["end"]), {})
        ents.append({"start": ent["start"], "end": ent["end"], "label": _e(ent.get("label")),
                     "params": {"hint": _e(hint), "short": f" · {_e(short)}" if short else "",
                                "attrs": "".join(f' {k}="{_e(v)}"' for k, v in extra.items())}})
    doc = {"text": rec["text"], "ents": ents, "title": None}
    return displacy.render(doc, style="ent", manual=True, page=False, jupyter=False,
                           options={"colors": COLORS, "template": ENT_TEMPLATE})


def _label_cell(label: str) -> str:
    return f'<td class="label"><span style="background: {COLORS.get(label, "#ddd")}">{_e(label)}</span></td>'


def summary_table(rec: dict[str, Any]) -> str:
    rows = "".join(
        f"<tr>{_label_cell(ent.get('label', ''))}<td>{_e(ent.get('text'))}</td><td>{_e(describe(ent))}</td></tr>"
        for ent in sorted(rec.get("entities") or [], key=lambda e: e["start"]))
    return ('<table class="summary"><caption>Entities</caption>'
            f"<tr><th>label</th><th>text</th><th>value</th></tr>{rows}</table>")


def leaders_table(rec: dict[str, Any]) -> str:
    rows = "".join(
        f"<tr><td>{_e(x.get('name'))}</td><td>{_e(x.get('title'))}</td><td>{_e(x.get('country') or '')}</td>"
        f"<td>{_e(x.get('org') or '')}</td><td>{len(x.get('mentions') or [])}</td></tr>" for x in rec.get("leaders") or [])
    return _table("leaders", "Leaders", ("name", "title", "country", "org", "mentions"), rows)


def render_record(rec: dict[str, Any]) -> str:
    meta = [f"{k}: {_e(rec[k])}" for k in ("date", "source", "outlet") if rec.get(k)]
    meta.append(f"{len(rec.get('entities') or [])} entities")
    if "events" in rec:
        meta.append(f"{len(rec.get('events') or [])} events")
    return (f'<section class="doc" id="doc-{_e(rec.get("id"))}"><h2>{_e(rec.get("id", "(no id)"))}</h2>'
            f'<div class="meta">{" · ".join(meta)}</div>'
            f'<div class="cols">{render_text(rec)}<aside>{summary_table(rec)}{events_table(rec)}{leaders_table(rec)}</aside>'
            "</div></section>")


def page_html(title: str, body: str,
              note: str = "Hover an entity for its normalised value, an event trigger (grey) for its arguments.",
              css: str = "", nav: str = "") -> str:
    """The self-contained page around `body`: title, the label legend, `note`, styles plus `css`, and
    `nav` (links to the other pages) above and below."""
    legend = "".join(f'<mark style="background: {COLORS[label]}">{label}</mark>' for label in LABELS)
    return ("<!DOCTYPE html>\n"
            f'<html lang="az"><head><meta charset="utf-8"><title>{_e(title)}</title>'
            f"<style>{CSS}{css}</style></head><body><header><h1>{_e(title)}</h1>"
            f'<p class="legend">{legend}</p><p class="meta">{note}</p>'
            f"{nav}</header>{body}{nav}</body></html>\n")


def render_page(records: Iterable[dict[str, Any]], title: str = "Annotated news", nav: str = "") -> str:
    return page_html(title, "".join(render_record(r) for r in records), nav=nav)


def page_paths(output: Path, pages: int) -> list[Path]:
    """OUT.html, OUT-2.html, OUT-3.html, ..."""
    return [output] + [output.with_name(f"{output.stem}-{i}{output.suffix}") for i in range(2, pages + 1)]


def _nav(paths: list[Path], i: int) -> str:
    if len(paths) == 1:
        return ""
    links = [f"<b>{n}</b>" if n == i + 1 else f'<a href="{_e(p.name)}">{n}</a>' for n, p in enumerate(paths, 1)]
    return f'<p class="meta">pages: {" ".join(links)}</p>'


def write_page(output: str | Path, page: str) -> None:
    """Write a page atomically: a reviewer's browser never sees half a page."""
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=output.parent, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(page)
    os.chmod(tmp, 0o644)  # mkstemp makes it private; the page is meant to be opened by others
    os.replace(tmp, output)


def render_file(input_path: str | Path, output: str | Path, limit: int | None = None, per_page: int | None = None,
                skipped: dict[str, list[int]] | None = None) -> tuple[int, int]:
    """Write the pages for the first `limit` records (all when None), `per_page` documents a page
    (one page when None); returns (documents rendered, documents in the input)."""
    records, total = [], 0
    for rec in read_records(input_path, skipped):
        total += 1
        if limit is None or len(records) < limit:
            records.append(rec)
    output = Path(output)
    size = per_page or max(len(records), 1)
    chunks = [records[i:i + size] for i in range(0, len(records), size)] or [[]]
    paths = page_paths(output, len(chunks))
    for i, (path, chunk) in enumerate(zip(paths, chunks)):
        title = f"{Path(input_path).name}: {len(records)} documents"
        if len(chunks) > 1:
            title += f", page {i + 1} of {len(chunks)}"
        write_page(path, render_page(chunk, title=title, nav=_nav(paths, i)))
    return len(records), total


def main(args) -> int:
    """`python -m pipeline render INPUT.jsonl -o OUT.html [--limit N] [--per-page N]`."""
    from pipeline.progress import plural
    from pipeline.export import skipped_line

    limit = getattr(args, "limit", None)
    per_page = getattr(args, "per_page", None)
    skipped: dict[str, list[int]] = {}
    try:
        n, total = render_file(args.input, args.output, limit or None, per_page, skipped)
    except OSError as exc:
        print(f"render: {exc}", file=sys.stderr)
        return 2
    if line := skipped_line("render", skipped):
        print(line, file=sys.stderr)
    pages = -(-n // per_page) if per_page and n else 1
    more = f" (the first {n:,} of {total:,}: --limit 0 renders all)" if n < total else ""
    print(f"render: {plural(n, 'document')} written to {args.output}{more}"
          + (f" and {pages - 1} more page{'s' if pages > 2 else ''}" if pages > 1 else ""), file=sys.stderr)
    return 0
