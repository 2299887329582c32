"""The review page of `evaluate --html`: per document, gold beside prediction, disagreements marked.

Built on `pipeline/render.py` (same displaCy markup, colours, hover values and page); a mark that is
part of a disagreement carries `data-error="KIND"` and a red outline, and a table under the two
texts lists the document's disagreements. When the gold annotates events, the document's gold events
and predicted events follow in two tables (`render.events_table`), the row of an event that takes part
in an event disagreement (`events.scoring.disagreements`) carrying `data-error="KIND …"` and the red
outline, and those disagreements join the table. Documents with disagreements come first, most first.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from pipeline import render
from pipeline.events.scoring import disagreements, has_events
from pipeline.render import _e
from pipeline.scoring.errors import Alignment

CSS = """
mark[data-error] { outline: 3px solid #d0021b; outline-offset: 1px; }
mark[data-error="wrong_value"] { outline-style: dashed; }
tr[data-error] { outline: 3px solid #d0021b; outline-offset: -2px; }
.pair { display: flex; gap: 1.5em; align-items: flex-start; }
.pair > div { flex: 1 1 0; font-size: 0.95em; line-height: 2.3 !important; }
.pair h3 { font-size: 0.9em; margin: 0; color: #555; }
table.errors td.kind { font-weight: bold; color: #d0021b; white-space: nowrap; }
nav.index a { margin-right: 0.8em; }
"""
NOTE = ("Gold on the left, prediction on the right. A red outline marks an entity that takes part in a "
        "disagreement (dashed: right span and label, wrong value); hover an entity for its value. Events "
        "(when the gold has them): gold's and the prediction's in two tables, an event of a disagreement "
        "outlined in red.")


def _marks(alignments: list[Alignment], side: str) -> dict[tuple[int, int], dict[str, str]]:
    out = {}
    for a in alignments:
        ent = a.gold if side == "gold" else a.pred
        if a.kind != "correct" and ent is not None:
            out[(ent["start"], ent["end"])] = {"data-error": a.kind}
    return out


def _cell(ent: dict | None) -> str:
    if ent is None:
        return "<td>–</td>"
    value = render.describe(ent)
    return (f"<td><b>{_e(ent.get('label'))}</b> {_e(ent.get('text'))} [{ent['start']}:{ent['end']}]"
            f"{'<br>' + _e(value) if value else ''}</td>")


def _event_cell(item: dict | None, event: dict | None = None) -> str:
    """An event (type, trigger, modality) or an argument (role, text, span, and its event's type)."""
    if item is None:
        return "<td>–</td>"
    if "trigger" in item:
        t = item["trigger"]
        return (f"<td><b>{_e(item.get('type'))}</b> {_e(t.get('text'))} [{t['start']}:{t['end']}] "
                f"{_e(item.get('modality'))}<br>{_e(render.event_args(item))}</td>")
    return (f"<td>{_e(item.get('role'))}={_e(item.get('text'))} [{_e(item.get('start'))}:{_e(item.get('end'))}]"
            f"<br>of {_e((event or {}).get('type'))} {_e(((event or {}).get('trigger') or {}).get('text'))}</td>")


def _error_table(alignments: list[Alignment], events: list[dict]) -> str:
    rows = "".join(f'<tr><td class="kind">{_e(a.kind)}</td>{_cell(a.gold)}{_cell(a.pred)}'
                   f"<td>{_e(', '.join(a.fields))}</td></tr>" for a in alignments if a.kind != "correct")
    rows += "".join(f'<tr><td class="kind">{_e(d["kind"])}</td>{_event_cell(d["gold"], d.get("event"))}'
                    f'{_event_cell(d["pred"], d.get("event"))}<td></td></tr>' for d in events)
    if not rows:
        return '<p class="meta">No disagreement.</p>'
    return ('<table class="errors"><caption>Disagreements</caption><tr><th>kind</th><th>gold</th>'
            f"<th>prediction</th><th>values that differ</th></tr>{rows}</table>")


def _events_pair(gold: dict, pred: dict, events: list[dict]) -> str:
    """Gold's events beside the prediction's, each event of a disagreement marked by the kinds it is in."""
    kinds: dict[str, dict[int, set[str]]] = {"gold": {}, "pred": {}}  # side → id(event) → kinds
    for d in events:
        for side in ("gold", "pred"):
            if d[side] is not None:  # an argument marks the row of its event
                kinds[side].setdefault(id(d.get("event") or d[side]), set()).add(d["kind"])

    def table(rec: dict, side: str) -> str:
        marks = kinds[side]
        return (render.events_table(rec, lambda ev: {"data-error": " ".join(sorted(marks[id(ev)]))} if id(ev) in marks else {})
                or '<p class="meta">No event.</p>')

    return (f'<div class="pair events"><div class="gold"><h3>gold events</h3>{table(gold, "gold")}</div>'
            f'<div class="pred"><h3>predicted events</h3>{table(pred, "pred")}</div></div>')


def review_document(doc_id: Any, gold: dict, pred: dict, alignments: list[Alignment],
                    events: list[dict] | None = None) -> str:
    """One document; `events`: its event disagreements when the gold has events (None: no events part)."""
    text = gold.get("text") or ""
    kinds = Counter(a.kind for a in alignments if a.kind != "correct") + Counter(d["kind"] for d in events or [])
    summary = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "no disagreement"
    return (f'<section class="doc" id="doc-{_e(doc_id)}"><h2>{_e(doc_id)}</h2>'
            f'<div class="meta">{summary}</div><div class="pair">'
            f'<div class="gold"><h3>gold</h3>{render.render_text({**gold, "text": text}, _marks(alignments, "gold"))}</div>'
            f'<div class="pred"><h3>prediction</h3>{render.render_text({**pred, "text": text}, _marks(alignments, "pred"))}</div>'
            f"</div>{'' if events is None else _events_pair(gold, pred, events)}"
            f"{_error_table(alignments, events or [])}</section>")


def review_page(triples: list[tuple[Any, dict, dict]], alignments: list[list[Alignment]], title: str) -> str:
    """The whole page; documents with the most disagreements (entities' and events') first, an index of
    them on top."""
    show_events = has_events(g for _, g, _ in triples)
    events = [disagreements(g, p) if show_events else None for _, g, p in triples]

    def n_errors(k: int) -> int:
        return sum(a.kind != "correct" for a in alignments[k]) + len(events[k] or [])

    order = sorted(range(len(triples)), key=lambda k: -n_errors(k))
    index = "".join(f'<a href="#doc-{_e(triples[k][0])}">{_e(triples[k][0])} ({n_errors(k)})</a>'
                    for k in order if n_errors(k))
    body = (f'<nav class="index">Documents with disagreements: {index or "none"}</nav>'
            + "".join(review_document(*triples[k], alignments[k], events[k]) for k in order))
    return render.page_html(title, body, note=NOTE, css=CSS)


def write_review(output: str | Path, run: Any, title: str) -> None:
    """Write the page for an `evaluate` run (its triples and alignments)."""
    render.write_page(output, review_page(run.triples, run.alignments, title))
