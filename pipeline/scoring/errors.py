"""Every disagreement between two annotations of a document, and the label confusion table.

Both come from the strict scheme's pairing (`schemes.match("strict", …)`), so `missed` and
`spurious` are exactly the strict scheme's counts, a confusion row adds up to the gold spans of its
label and a column (with the spurious row) to the predicted ones. A pair the strict scheme calls
incorrect is `wrong_label` (same span), `wrong_span` (same label) or `wrong_label_span`; a correct
pair whose values differ (norm, country id, money, percent or date value) is `wrong_value`.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Iterable

from pipeline.scoring.entities import attribute_checks, spans
from pipeline.scoring.schemes import match, ordered

KINDS = ("missed", "spurious", "wrong_label", "wrong_span", "wrong_label_span", "wrong_value")
MISSED, SPURIOUS = "missed", "spurious"  # the confusion table's extra column and row


@dataclass
class Alignment:
    kind: str  # "correct" or one of KINDS
    gold: dict | None
    pred: dict | None
    fields: tuple[str, ...] = ()  # for wrong_value: the attributes that differ


def align(gold_rec: dict, pred_rec: dict, labels: Iterable[str]) -> list[Alignment]:
    """The strict pairing of two records' entities (of `labels`), classified, in gold text order."""
    gold, pred = spans(gold_rec, labels), spans(pred_rec, labels)
    g_list, p_list = ordered(gold), ordered(pred)
    m = match("strict", g_list, p_list)
    out = []
    for pi, gi in m.correct:
        g, p = gold[g_list[gi]], pred[p_list[pi]]
        wrong = tuple(name for name, ok in attribute_checks(g_list[gi][2], g, p) if not ok)
        out.append(Alignment("wrong_value" if wrong else "correct", g, p, wrong))
    for pi, gi in m.incorrect:
        gs, ps = g_list[gi], p_list[pi]
        kind = "wrong_label" if gs[:2] == ps[:2] else "wrong_span" if gs[2] == ps[2] else "wrong_label_span"
        out.append(Alignment(kind, gold[gs], pred[ps]))
    out += [Alignment(MISSED, gold[g_list[gi]], None) for gi in m.missed]
    out += [Alignment(SPURIOUS, None, pred[p_list[pi]]) for pi in m.spurious]
    out.sort(key=lambda a: ((a.gold or a.pred)["start"], (a.gold or a.pred)["end"]))
    return out


def error_records(doc_id: Any, alignments: Iterable[Alignment], names: dict[str, str] | None = None) -> list[dict]:
    """The `--errors` lines of one document: {"id", "kind", "gold", "pred"} (+ "fields" for wrong_value).
    `names` renames keys and kinds (agreement writes "a"/"b" and "only_a"/"only_b")."""
    names = names or {}
    out = []
    for a in alignments:
        if a.kind == "correct":
            continue
        rec = {"id": doc_id, "kind": names.get(a.kind, a.kind),
               names.get("gold", "gold"): a.gold, names.get("pred", "pred"): a.pred}
        if a.fields:
            rec["fields"] = list(a.fields)
        out.append(rec)
    return out


def write_errors(path: str, docs: Iterable[tuple[Any, list[Alignment]]], names: dict[str, str] | None = None) -> int:
    """Every disagreement of (id, alignments) as one JSON line (`write_records`); returns how many lines."""
    return write_records(path, (rec for doc_id, alignments in docs for rec in error_records(doc_id, alignments, names)))


def write_records(path: str, records: Iterable[dict]) -> int:
    """JSON lines, the file written whole or not at all; returns how many lines."""
    from pipeline.io import JSONLWriter

    writer = JSONLWriter(path)
    n = 0
    for rec in records:
        writer.write(rec)
        n += 1
    writer.commit()
    return n


def kind_counts(alignments: Iterable[Alignment]) -> dict[str, int]:
    c = Counter(a.kind for a in alignments)
    return {kind: c[kind] for kind in KINDS}


def confusion(alignments: Iterable[Alignment], missed: str = MISSED, spurious: str = SPURIOUS) -> dict[str, dict[str, int]]:
    """gold label (or `spurious`) → predicted label (or `missed`) → count."""
    table: dict[str, Counter] = defaultdict(Counter)
    for a in alignments:
        row = a.gold["label"] if a.gold else spurious
        table[row][a.pred["label"] if a.pred else missed] += 1
    return {row: dict(c) for row, c in table.items()}


def format_confusion(table: dict[str, dict[str, int]], labels: Iterable[str], row_name: str = "gold",
                     col_name: str = "pred", missed: str = MISSED, spurious: str = SPURIOUS) -> str:
    """The table as text: rows gold labels then `spurious`, columns predicted labels then `missed`."""
    labels = list(labels)
    cols, rows = labels + [missed], labels + [spurious]
    width = max(8, *(len(c) + 1 for c in cols))
    corner = f"{row_name} \\ {col_name}"
    head = f"{corner:<12}" + "".join(f"{c:>{width}}" for c in cols)
    lines = [head]
    for r in rows:
        cells = [("" if r == spurious and c == missed else str(table.get(r, {}).get(c, 0))) for c in cols]
        lines.append(f"{r:<12}" + "".join(f"{x:>{width}}" for x in cells))
    return "\n".join(lines)
