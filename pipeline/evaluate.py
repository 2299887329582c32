"""`evaluate`: score predictions against gold, and `summary` of an annotated file.

The scoring pieces live in `pipeline/scoring/` (inputs and refusals, strict/overlap counts, the four
nervaluate schemes, errors and confusion, bootstrap, leaders, the review page); this module puts
them together into the report. A report is the strict/overlap table plus a list of `SECTIONS`, each
adding keys to the JSON and a block to the table: a new measure is one more `Section`.
"""
from __future__ import annotations

import functools
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import numpy as np

from pipeline.events.scoring import disagreements, event_errors, format_events, has_events, score_events
from pipeline.identity.registry import is_registry_entry, summarize_registry
from pipeline.identity.scoring import format_ref_scores, ref_scores
from pipeline.io import is_error_record, json_lines
from pipeline.scoring import bootstrap, errors, leaders, schemes
from pipeline.scoring.counts import row_groups, score, strict_array, wanted_labels
from pipeline.labels import LABELS, QUANTITY_LABELS
from pipeline.scoring.entities import COUNT_KEYS, prf, spans
from pipeline.scoring.inputs import InputRefused, Loaded, load, pair
from pipeline.progress import plural

__all__ = ["InputRefused", "evaluate_files", "score", "main", "summary_main"]


def read_scored(path: str | Path) -> list[dict]:
    """Records of a JSONL file for `summary` (and benchmarks that annotate gold themselves); a line
    that is not a JSON object becomes {} (still counted). `evaluate` itself reads with
    `scoring.inputs.load`, which refuses such lines."""
    return [value if isinstance(value, dict) else {} for _, value, _ in json_lines(path)]


# ---------------------------------------------------------------- the run and its report sections
@dataclass
class Run:
    """What every report section may read: the paired documents, the labels asked for, the options."""
    triples: list[tuple[Any, dict, dict]]
    labels: tuple[str, ...] | None
    args: Any
    gold: Loaded | None = None  # GOLD as read, for sections that pair another file with it
    alignments: list[list[errors.Alignment]] = field(default_factory=list)

    @functools.cached_property
    def strict_counts(self) -> np.ndarray:
        """Per-document strict counts (scoring.counts.strict_array), shared by the intervals and --compare."""
        return strict_array(self.triples, self.labels)

    @property
    def wanted(self) -> tuple[str, ...]:
        return wanted_labels(self.labels)

    def option(self, name: str, default: Any = None) -> Any:
        return getattr(self.args, name, default)


@dataclass
class Section:
    """An optional part of the report: `compute` returns the keys it adds to the JSON ({} when it does
    not apply to this input), `text` the block it adds to the table from the whole result."""
    name: str
    compute: Callable[[Run], dict[str, Any]]
    text: Callable[[dict[str, Any]], str | None]


def _ci_section(run: Run) -> dict:
    resamples, seed = run.option("resamples", bootstrap.RESAMPLES), run.option("seed", bootstrap.SEED)
    groups = list(row_groups(run.labels))
    cis = dict(zip(groups, bootstrap.intervals(run.strict_counts, resamples, seed)))
    micro = "micro_selected" if run.labels else "micro_all"
    out = {"micro_f1": cis[micro], "labels": {label: cis[label] for label in run.wanted},
           "resamples": resamples, "seed": seed, "scheme": "strict"}
    if not run.labels:
        out["micro_names_f1"] = cis["micro_names"]
    return {"ci95": out}


def _schemes_section(run: Run) -> dict:
    per_doc = [schemes.doc_scheme_counts(spans(g, run.wanted), spans(p, run.wanted), run.wanted)
               for _, g, p in run.triples]
    overall, by_label = schemes.summarize(per_doc, run.wanted)
    return {"schemes": overall, "schemes_by_label": by_label}


def _schemes_text(result: dict) -> str | None:
    if "schemes" not in result:
        return None
    lines = ["SemEval-2013 schemes (nervaluate), all labels above:",
             f"  {'scheme':<9}" + "".join(f"{k:>10}" for k in schemes.COUNT_FIELDS)
             + f"{'P':>7}{'R':>7}{'F1':>7}"]
    for name, m in result["schemes"].items():
        lines.append(f"  {name:<9}" + "".join(f"{m[k]:>10}" for k in schemes.COUNT_FIELDS)
                     + f"{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}")
    return "\n".join(lines)


def _errors_section(run: Run) -> dict:
    flat = [a for doc in run.alignments for a in doc]
    return {"disagreements": errors.kind_counts(flat), "confusion": errors.confusion(flat)}


def _errors_text(result: dict) -> str | None:
    if "disagreements" not in result:
        return None
    counts = ", ".join(f"{k} {n}" for k, n in result["disagreements"].items())
    labels = [k for k in result["strict"] if not k.startswith("micro_")]
    return (f"disagreements: {counts}\n\nlabel confusion (strict pairing; rows gold, columns predicted):\n"
            + errors.format_confusion(result["confusion"], labels))


def _leaders_section(run: Run) -> dict:
    if not {"PERSON", "TITLE"} <= set(run.wanted):
        return {}
    if not any(leaders.entity_pairs(g) for _, g, _ in run.triples):
        return {}  # gold states no title next to a person: nothing to score
    per_doc = [leaders.doc_counts(g, p) for _, g, p in run.triples]
    c = sum(per_doc, Counter())
    arr = np.array([[[d[k] for k in COUNT_KEYS]] for d in per_doc], dtype=np.int64)
    ci = bootstrap.intervals(arr, run.option("resamples", bootstrap.RESAMPLES), run.option("seed", bootstrap.SEED))
    return {"leaders": {**prf(c["tp_p"], c["pred"], c["tp_g"], c["gold"]), "ci95": ci[0]}}


def _leaders_text(result: dict) -> str | None:
    if "leaders" not in result:
        return None
    x = result["leaders"]
    return (f"leaders, (person, title) pairs: P {x['precision']:.3f}  R {x['recall']:.3f}  F1 {x['f1']:.3f} "
            f"{_ci(x['ci95'])}  ({x['tp']} of {x['gold']} gold pairs, {x['pred']} predicted)")


def _compare_section(run: Run) -> dict:
    path = run.option("compare")
    if not path or run.gold is None:
        return {}
    triples_b, info_b = pair(run.gold, load(path, "PRED_B"), run.option("allow_missing", False))
    resamples, seed = run.option("resamples", bootstrap.RESAMPLES), run.option("seed", bootstrap.SEED)
    a, b = run.strict_counts, strict_array(triples_b, run.labels)
    f1_a, f1_b = bootstrap.f1(a.sum(axis=0)), bootstrap.f1(b.sum(axis=0))
    rows = {}
    for k, (row, d) in enumerate(zip(row_groups(run.labels), bootstrap.paired(a, b, resamples, seed))):
        rows[row] = {"a_f1": None if np.isnan(f1_a[k]) else float(f1_a[k]),
                     "b_f1": None if np.isnan(f1_b[k]) else float(f1_b[k]), **d}
    return {"compare": {"pred_b": str(path), "missing_predictions": info_b["missing_predictions"],
                        "resamples": resamples, "seed": seed, "scheme": "strict", "rows": rows}}


def _compare_text(result: dict) -> str | None:
    if "compare" not in result:
        return None
    c = result["compare"]
    lines = [f"B = {c['pred_b']} against A = PRED: strict F1, paired bootstrap over documents "
             f"({c['resamples']} resamples, seed {c['seed']})",
             f"  {'row':<15}{'A F1':>7}{'B F1':>7}{'B−A':>8} {'95% CI':<17}{'B better in':>12}"]
    for row, x in c["rows"].items():
        if x["diff"] is None:
            continue
        ci = "n/a" if x["ci95"] is None else f"[{x['ci95'][0]:+.3f} {x['ci95'][1]:+.3f}]"
        lines.append(f"  {row:<15}{x['a_f1']:>7.3f}{x['b_f1']:>7.3f}{x['diff']:>+8.3f} {ci:<17}"
                     f"{x['b_better']:>11.1%}")
    return "\n".join(lines)


def _ref_section(run: Run) -> dict:
    """Identities across documents (B-cubed, pairwise), when the gold has refs and PRED has been through
    `link` (a PRED without any ref would score as if every mention were its own identity)."""
    if not any(isinstance(e, dict) and e.get("ref") for _, _, p in run.triples for e in p.get("entities") or []):
        return {}
    refs = ref_scores([(g, p) for _, g, p in run.triples])
    return {"ref": refs} if refs else {}


def _ref_text(result: dict) -> str | None:
    return "\n".join(format_ref_scores(result["ref"])).strip("\n") if "ref" in result else None


def _events_section(run: Run) -> dict:
    """Event triggers, arguments and modality (pipeline/events/scoring.py), when the gold has events;
    with --event-errors, every event disagreement as a line too."""
    pairs = [(g, p) for _, g, p in run.triples]
    if not has_events(g for g, _ in pairs):
        return {}
    out: dict[str, Any] = {"events": score_events(pairs)}
    if run.option("event_errors"):
        out["event_errors"] = event_errors(pairs)
    return out


def _events_text(result: dict) -> str | None:
    if "events" not in result:
        return None
    text = format_events(result["events"]).strip("\n")
    if "event_errors" in result:
        text += "\n\nevent errors:\n" + "\n".join(result["event_errors"])
    return text


# The optional parts of the report, in the order they are printed. Add a measure here.
SECTIONS: list[Section] = [
    Section("ci95", _ci_section, lambda result: None),  # shown as the table's [lo–hi] column
    Section("schemes", _schemes_section, _schemes_text),
    Section("errors", _errors_section, _errors_text),
    Section("leaders", _leaders_section, _leaders_text),
    Section("compare", _compare_section, _compare_text),
    Section("ref", _ref_section, _ref_text),
    Section("events", _events_section, _events_text),
]


def evaluate_triples(triples: list[tuple[Any, dict, dict]], info: dict, labels: Iterable[str] | None = None,
                     args: Any = None, gold: Loaded | None = None) -> tuple[dict, Run]:
    """The whole report as a dict (what `--json` prints), and the run it was computed from."""
    labels = tuple(labels) if labels else None
    run = Run(triples, labels, args, gold)
    run.alignments = [errors.align(g, p, run.wanted) for _, g, p in triples]
    result = {**info, **score([(g, p) for _, g, p in triples], labels)}
    for section in SECTIONS:
        result.update(section.compute(run))
    return result, run


def evaluate_files(gold_path: str | Path, pred_path: str | Path, labels: Iterable[str] | None = None,
                   allow_missing: bool = False, args: Any = None) -> dict:
    """The report of PRED against GOLD; raises InputRefused for input that would mislead."""
    gold = load(gold_path, "GOLD")
    triples, info = pair(gold, load(pred_path, "PRED"), allow_missing)
    return evaluate_triples(triples, info, labels, args, gold)[0]


# ---------------------------------------------------------------- text output
def _ci(ci: list[float] | None) -> str:
    return "[  n/a    ]" if ci is None else f"[{ci[0]:.3f}–{ci[1]:.3f}]"


def format_table(result: dict) -> str:
    extra = f", {result['error_records']} error records" if result.get("error_records") else ""
    lines = [f"{result['documents']} documents aligned by {result['aligned_by']}"
             f" ({result['missing_predictions']} without prediction, {result['extra_predictions']} extra predictions"
             f"{extra})", "",
             f"{'label':<15}{'strict P':>8}{'R':>7}{'F1':>7} {'95% CI':<13}  {'overlap P':>9}{'R':>7}{'F1':>7}"
             f"{'gold':>7}{'pred':>7}"]
    ci = result.get("ci95", {})
    row_ci = {**ci.get("labels", {}), "micro_names": ci.get("micro_names_f1"),
              "micro_all": ci.get("micro_f1"), "micro_selected": ci.get("micro_f1")}
    for key, strict in result["strict"].items():
        if key.startswith("micro_") and not lines[-1].startswith(("-", "micro_")):
            lines.append("-" * len(lines[2]))
        ov = result["overlap"][key]
        ci_text = _ci(row_ci.get(key)) if ci else ""
        lines.append(f"{key:<15}{strict['precision']:>8.3f}{strict['recall']:>7.3f}{strict['f1']:>7.3f} {ci_text:<13}  "
                     f"{ov['precision']:>9.3f}{ov['recall']:>7.3f}{ov['f1']:>7.3f}{strict['gold']:>7}{strict['pred']:>7}")
    if ci:
        lines.append(f"95% CI: bootstrap over documents, {ci['resamples']} resamples, seed {ci['seed']}")
    lines += ["", "attribute accuracy on strictly matched spans:"]
    for name, a in result["attributes"].items():
        acc = "  n/a" if a["accuracy"] is None else f"{a['accuracy']:.3f}"
        lines.append(f"  {name:<14}{acc:>7}  ({a['correct']}/{a['n']})")
    for section in SECTIONS:
        block = section.text(result)
        if block:
            lines += ["", block]
    return "\n".join(lines)


def _error_records(run: Run) -> Iterator[dict]:
    """The `--errors` lines: each document's entity disagreements, then its events' when GOLD has events."""
    events = has_events(g for _, g, _ in run.triples)
    for (i, g, p), al in zip(run.triples, run.alignments):
        yield from errors.error_records(i, al)
        yield from ({"id": i, **d} for d in (disagreements(g, p) if events else []))


def main(args) -> int:
    """`python -m pipeline evaluate GOLD PRED [--json] [--labels …] [--allow-missing] [--compare PRED_B]
    [--errors FILE.jsonl] [--html FILE.html] [--seed N] [--resamples N]`; exit 2 on refused input."""
    try:
        gold = load(args.gold, "GOLD")
        triples, info = pair(gold, load(args.pred, "PRED"), args.allow_missing)
        result, run = evaluate_triples(triples, info, args.labels, args, gold)
    except InputRefused as exc:
        print(f"evaluate: {exc}", file=sys.stderr)
        return 2
    for role, missing in (("PRED", info["missing_predictions"]),
                          ("PRED_B", result.get("compare", {}).get("missing_predictions", 0))):
        if missing:
            print(f"evaluate: {missing} GOLD documents have no prediction in {role}: counted as empty "
                  "predictions (--allow-missing)", file=sys.stderr)
    try:
        if args.errors:
            n = errors.write_records(args.errors, _error_records(run))
            print(f"evaluate: {n} disagreements written to {args.errors}", file=sys.stderr)
        if args.html:
            from pipeline.scoring.review import write_review
            write_review(args.html, run, title=f"{Path(args.pred).name} against {Path(args.gold).name}")
            print(f"evaluate: review page written to {args.html}", file=sys.stderr)
    except OSError as exc:
        print(f"evaluate: cannot write: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result, indent=2, ensure_ascii=False) if args.json else format_table(result))
    return 0


# ---------------------------------------------------------------- summary of an annotated file
def _num(value: Any) -> str:
    return "?" if value is None else str(value)


def describe_value(ent: dict) -> str:
    """The normalised reading of a MONEY / PERCENT / DATE span, e.g. '1200000000 USD'."""
    label = ent.get("label")
    if label == "DATE":
        return _num(ent.get("value"))
    unit = ent.get("currency") if label == "MONEY" else "%"
    unit = _num(unit)
    if ent.get("min") is not None or ent.get("max") is not None:
        number = f"{_num(ent.get('min'))}–{_num(ent.get('max'))}"
    else:
        number = _num(ent.get("amount") if label == "MONEY" else ent.get("value"))
    text = f"{number} {unit}" if label == "MONEY" else f"{number}%"
    if ent.get("qualifier"):
        text += f" ({ent['qualifier']})"
    return text


TOP = {"people": ("PERSON",), "organisations": ("ORG",), "places": ("COUNTRY", "REGION")}


def _listing(title: str, lines: list[str], limit: int | None) -> list[str]:
    shown = lines if limit is None else lines[:limit]
    more = [f"  … and {len(lines) - len(shown):,} more (--limit)"] if len(shown) < len(lines) else []
    return ["", f"{title} ({len(lines):,}):"] + [f"  {x}" for x in shown] + more


def summarize(records: list[dict], limit: int | None = 10) -> str:
    """A readable summary; `limit` caps each listing (None: everything)."""
    labels: Counter = Counter()
    names: dict[str, Counter] = {group: Counter() for group in TOP}
    values: dict[str, list[str]] = defaultdict(list)
    leaders: list[str] = []
    errors: list[str] = []
    for rec in records:
        if is_error_record(rec):
            errors.append(f"line {rec.get('line')}{' (id ' + str(rec['id']) + ')' if 'id' in rec else ''}: {rec['error']}")
            continue
        where = f"[{rec['id']}] " if "id" in rec else ""
        for ent in rec.get("entities") or []:
            labels[ent.get("label")] += 1
            if ent.get("label") in QUANTITY_LABELS:
                values[ent["label"]].append(f"{where}{ent.get('text')} → {describe_value(ent)}")
            for group, members in TOP.items():
                if ent.get("label") in members:
                    names[group][ent.get("norm") or ent.get("text")] += 1
        for lead in rec.get("leaders") or []:
            extra = ", ".join(str(x) for x in (lead.get("country"), lead.get("org")) if x)
            leaders.append(f"{where}{lead.get('name')} — {lead.get('title')}{' (' + extra + ')' if extra else ''}")
    docs = len(records) - len(errors)
    out = [f"{plural(len(records), 'record')}: {docs:,} annotated, {plural(len(errors), 'error')}, "
           f"{plural(sum(labels.values()), 'entity', 'entities')}", "", "entities per label:"]
    out += [f"  {label:<8}{labels[label]:>6}" for label in LABELS]
    out += [f"  {label:<8}{n:>6}" for label, n in labels.items() if label not in LABELS]
    for group, counts in names.items():
        top = counts.most_common(limit)
        out += ["", f"most mentioned {group}" + (f" (top {len(top)} of {len(counts):,})" if limit else "") + ":"]
        out += [f"  {n:>6}  {name}" for name, n in top]
    for label in QUANTITY_LABELS:
        out += _listing(label, values[label], limit)
    out += _listing("leaders", leaders, limit)
    if errors:
        out += _listing("error records", errors, limit)
    return "\n".join(out)


def summary_main(args) -> int:
    """`python -m pipeline summary FILE.jsonl` (error records are listed, not a failure of the summary);
    a registry written by `link` gets the registry's summary."""
    records = read_scored(args.input)
    if records and all(is_registry_entry(r) for r in records):
        print(summarize_registry(records))
        return 0
    limit = getattr(args, "limit", 10)
    print(summarize(records, None if limit == 0 else limit))
    return 0
