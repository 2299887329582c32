"""The review page of `evaluate --html`: per document, gold beside prediction, disagreements marked.

Built on `pipeline/render.py` (same displaCy markup, colours, hover values and page); a mark that is
part of a disagreement carries `data-error="KIND"` and a red outline, and a table under the two
texts lists the document's disagreements. Documents with disagreements come first, most first.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from pipeline import render
from pipeline.render import _e
from pipeline.scoring.errors import Alignment

CSS = """
mark[data-error] { outline: 3px solid #d0021b; outline-offset: 1px; }
mark[data-error="wrong_value"] { outline-style: dashed; }
.pair { display: flex; gap: 1.5em; align-items: flex-start; }
.pair > div { flex: 1 1 0; font-size: 0.95em; line-height: 2.3 !important; }
.pair h3 { font-size: 0.9em; margin: 0; color: #555; }
table.errors td.kind { font-weight: bold; color: #d0021b; white-space: nowrap; }
nav.index a { margin-right: 0.8em; }
"""
NOTE = ("Gold on the left, prediction on the right. A red outline marks an entity that takes part in a "
        "disagreement (dashed: right span and label, wrong value); hover an entity for its value.")


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


def _error_table(alignments: list[Alignment]) -> str:
    rows = "".join(f'<tr><td class="kind">{_e(a.kind)}</td>{_cell(a.gold)}{_cell(a.pred)}'
                   f"<td>{_e(', '.join(a.fields))}</td></tr>" for a in alignments if a.kind != "correct")
    if not rows:
        return '<p class="meta">No disagreement.</p>'
    return ('<table class="errors"><caption>Disagreements</caption><tr><th>kind</th><th>gold</th>'
            f"<th>prediction</th><th>values that differ</th></tr>{rows}</table>")


def review_document(doc_id: Any, gold: dict, pred: dict, alignments: list[Alignment]) -> str:
    text = gold.get("text") or ""
    kinds = Counter(a.kind for a in alignments if a.kind != "correct")
    summary = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) or "no disagreement"
    return (f'<section class="doc" id="doc-{_e(doc_id)}"><h2>{_e(doc_id)}</h2>'
            f'<div class="meta">{summary}</div><div class="pair">'
            f'<div class="gold"><h3>gold</h3>{render.render_text({**gold, "text": text}, _marks(alignments, "gold"))}</div>'
            f'<div class="pred"><h3>prediction</h3>{render.render_text({**pred, "text": text}, _marks(alignments, "pred"))}</div>'
            f"</div>{_error_table(alignments)}</section>")


def review_page(triples: list[tuple[Any, dict, dict]], alignments: list[list[Alignment]], title: str) -> str:
    """The whole page; documents with the most disagreements first, an index of them on top."""
    def n_errors(k: int) -> int:
        return sum(a.kind != "correct" for a in alignments[k])

    order = sorted(range(len(triples)), key=lambda k: -n_errors(k))
    index = "".join(f'<a href="#doc-{_e(triples[k][0])}">{_e(triples[k][0])} ({n_errors(k)})</a>'
                    for k in order if n_errors(k))
    body = (f'<nav class="index">Documents with disagreements: {index or "none"}</nav>'
            + "".join(review_document(triples[k][0], triples[k][1], triples[k][2], alignments[k]) for k in order))
    return render.page_html(title, body, note=NOTE, css=CSS)


def write_review(output: str | Path, run: Any, title: str) -> None:
    """Write the page for an `evaluate` run (its triples and alignments)."""
    render.write_page(output, review_page(run.triples, run.alignments, title))
