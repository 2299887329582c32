"""Scores of predicted events against gold events (issue 15; ANNOTATION.md, "Events").

- trigger: a predicted event counts when a gold event of its type has an overlapping trigger, one to
  one (the largest overlaps pair first); P/R/F1 per type and micro.
- argument: (type, role, start, end) tuples of a document, as multisets; P/R/F1 per type and micro.
- modality: accuracy over the matched triggers, per type and overall.
- disagreements: what `evaluate --errors`, `--event-errors` and `--html` show, from the same matching.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, Iterable

from pipeline.labels import EVENT_TYPES
from pipeline.scoring.entities import prf


def _events(record: dict) -> list[dict]:
    out = []
    for ev in record.get("events") or []:
        trig = ev.get("trigger") if isinstance(ev, dict) else None
        if isinstance(trig, dict) and isinstance(trig.get("start"), int) and isinstance(trig.get("end"), int):
            out.append(ev)
    return out


def match_triggers(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """(gold index, pred index) pairs: same type, overlapping triggers, one to one, largest overlap first."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            gt, pt = g["trigger"], p["trigger"]
            overlap = min(gt["end"], pt["end"]) - max(gt["start"], pt["start"])
            if g.get("type") == p.get("type") and overlap > 0:
                cands.append((-overlap, gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in sorted(cands):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _arg_tuples(events: list[dict]) -> Counter:
    return Counter((ev.get("type"), a.get("role"), a.get("start"), a.get("end"))
                   for ev in events for a in ev.get("args") or [] if isinstance(a, dict))


def score_events(pairs: Iterable[tuple[dict, dict]]) -> dict[str, Any]:
    """{"trigger": {type: prf, "micro": prf}, "argument": {...}, "modality": {type: {n, correct, accuracy}}}."""
    trig: dict[str, Counter] = defaultdict(Counter)
    arg: dict[str, Counter] = defaultdict(Counter)
    mod: dict[str, Counter] = defaultdict(Counter)
    for gold_rec, pred_rec in pairs:
        gold, pred = _events(gold_rec), _events(pred_rec)
        for ev in gold:
            trig[ev.get("type")]["gold"] += 1
        for ev in pred:
            trig[ev.get("type")]["pred"] += 1
        for gi, pi in match_triggers(gold, pred):
            kind = gold[gi]["type"]
            trig[kind]["tp"] += 1
            mod[kind]["n"] += 1
            mod[kind]["correct"] += gold[gi].get("modality") == pred[pi].get("modality")
        g_args, p_args = _arg_tuples(gold), _arg_tuples(pred)
        for key, n in g_args.items():
            arg[key[0]]["gold"] += n
        for key, n in p_args.items():
            arg[key[0]]["pred"] += n
        for key, n in (g_args & p_args).items():
            arg[key[0]]["tp"] += n

    def table(counts: dict[str, Counter]) -> dict[str, Any]:
        out = {t: prf(counts[t]["tp"], counts[t]["pred"], counts[t]["tp"], counts[t]["gold"]) for t in EVENT_TYPES}
        total = sum(counts.values(), Counter())
        out["micro"] = prf(total["tp"], total["pred"], total["tp"], total["gold"])
        return out

    modality = {t: _acc(mod[t]) for t in EVENT_TYPES}
    modality["all"] = _acc(sum(mod.values(), Counter()))
    return {"trigger": table(trig), "argument": table(arg), "modality": modality}


def _acc(c: Counter) -> dict[str, Any]:
    return {"n": c["n"], "correct": c["correct"], "accuracy": c["correct"] / c["n"] if c["n"] else None}


EVENT_KINDS = ("event_missed", "event_spurious", "event_modality", "argument_missed", "argument_spurious")


def has_events(golds: Iterable[dict]) -> bool:
    """Whether a gold file annotates events at all (one record with an `events` key): only then are
    events scored, listed in `--errors` and shown on the review page."""
    return any("events" in g for g in golds)


def disagreements(gold_rec: dict, pred_rec: dict) -> list[dict]:
    """Every event disagreement of one document, in text order, as {"kind", "gold", "pred"}:
    - `event_missed` / `event_spurious`: a gold / predicted event no event of the other side matches
      (`match_triggers`), with its arguments; the other side None;
    - `event_modality`: a matched pair whose modalities differ (both events);
    - `argument_missed` / `argument_spurious`: an argument (role and span) of one event of a matched pair
      that the other lacks, the other side None, plus "event": the event it belongs to.
    The events are the records' own dicts (the review page finds their rows by identity)."""
    gold, pred = _events(gold_rec), _events(pred_rec)
    matched = match_triggers(gold, pred)
    out: list[dict] = []
    for gi, pi in matched:
        g, p = gold[gi], pred[pi]
        if g.get("modality") != p.get("modality"):
            out.append({"kind": "event_modality", "gold": g, "pred": p})
        g_args, p_args = _arg_tuples([g]), _arg_tuples([p])
        out += [{"kind": "argument_missed", "gold": _arg(g, key), "pred": None, "event": g}
                for key in (g_args - p_args).elements()]
        out += [{"kind": "argument_spurious", "gold": None, "pred": _arg(p, key), "event": p}
                for key in (p_args - g_args).elements()]
    out += [{"kind": "event_missed", "gold": gold[gi], "pred": None}
            for gi in sorted(set(range(len(gold))) - {g for g, _ in matched})]
    out += [{"kind": "event_spurious", "gold": None, "pred": pred[pi]}
            for pi in sorted(set(range(len(pred))) - {p for _, p in matched})]
    out.sort(key=lambda d: (d.get("event") or d["gold"] or d["pred"])["trigger"]["start"])
    return out


def _arg(ev: dict, key: tuple) -> dict:
    """The argument of `ev` with the (type, role, start, end) `key`."""
    return next(a for a in ev.get("args") or [] if isinstance(a, dict)
                and (ev.get("type"), a.get("role"), a.get("start"), a.get("end")) == key)


def event_errors(pairs: Iterable[tuple[dict, dict]]) -> list[str]:
    """`disagreements` as text lines, one each: the list of `evaluate --event-errors`."""
    lines = []
    for gold_rec, pred_rec in pairs:
        where = f"[{gold_rec.get('id', '?')}]"
        for d in disagreements(gold_rec, pred_rec):
            kind, g, p = d["kind"], d["gold"], d["pred"]
            if kind == "event_modality":
                lines.append(f"{where} modality {g['type']} {_show(g)}: gold {g.get('modality')}, pred {p.get('modality')}")
            elif kind.startswith("argument_"):
                arg = g or p
                side = "missed" if g else "spurious"
                lines.append(f"{where} args {d['event']['type']} {_show(d['event'])}: "
                             f"{side} {arg.get('role')}={arg.get('text')}")
            else:
                ev = g or p
                lines.append(f"{where} {kind.removeprefix('event_')} {ev.get('type')} {_show(ev)}")
    return lines


def _show(ev: dict) -> str:
    t = ev["trigger"]
    return f"“{t.get('text')}” {t['start']}-{t['end']}"


def format_events(result: dict[str, Any]) -> str:
    """The events part of `evaluate`'s table."""
    lines = ["", "events (trigger: type equal and spans overlapping, one to one; argument: (type, role, span)):",
             f"{'type':<10}{'trigger P':>10}{'R':>7}{'F1':>7}{'gold':>6}{'pred':>6}   "
             f"{'arg P':>6}{'R':>7}{'F1':>7}{'gold':>6}{'pred':>6}   {'modality':>8}"]
    for key in (*EVENT_TYPES, "micro"):
        t, a = result["trigger"][key], result["argument"][key]
        m = result["modality"]["all" if key == "micro" else key]["accuracy"]
        lines.append(f"{key:<10}{t['precision']:>10.3f}{t['recall']:>7.3f}{t['f1']:>7.3f}{t['gold']:>6}{t['pred']:>6}   "
                     f"{a['precision']:>6.3f}{a['recall']:>7.3f}{a['f1']:>7.3f}{a['gold']:>6}{a['pred']:>6}   "
                     f"{'n/a' if m is None else f'{m:.3f}':>8}")
    return "\n".join(lines)
