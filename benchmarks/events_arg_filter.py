"""Features of the rules' arguments for the argument filter that `events_cv.py --pooled` tries: a
logistic regression (pipeline/events/learned.py's `fit`) that drops an argument whose probability of
being a gold (type, role, span) is below a threshold. It lost on the pooled CV (README, "Events"), so
it is not shipped and its features live here, not in az_events.
"""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from pipeline.events.arguments import case_of
from pipeline.events.learned import bucket


def arg_features(doc: Doc, event: dict[str, Any], triggers: list[tuple[int, int]]) -> list[list[str]]:
    """Features of each argument of `event` (`triggers`: the character bounds of every event's
    trigger in the article): role, label, case, side and distance from the trigger, rank among its
    role's fillers by distance, and what stands between (a comma, another trigger)."""
    kind, trig = event["type"], event["trigger"]
    t0, t1 = trig["start"], trig["end"]
    spans = [doc.char_span(a["start"], a["end"], alignment_mode="expand") for a in event["args"]]
    tspan = doc.char_span(t0, t1, alignment_mode="expand")
    dist = [max(tspan.start - s.end, s.start - tspan.end, 0) for s in spans]
    out = []
    for a, s, d in zip(event["args"], spans, dist):
        role = a["role"]
        same = sorted(dd for aa, dd in zip(event["args"], dist) if aa["role"] == role)
        lo, hi = (a["end"], t0) if a["end"] <= t0 else (t1, a["start"])
        between = doc.text[lo:hi]
        row = [f"role={role}|{kind}", f"label={a['label']}|{role}|{kind}", f"case={case_of(s)}|{role}",
               f"side={'before' if a['end'] <= t0 else 'after'}|{role}|{kind}",
               f"dist={bucket(d, (1, 3, 7, 16))}|{role}", f"rank={min(same.index(d), 2)}|{role}",
               f"fillers={min(len(same), 3)}|{role}|{kind}", f"mod={event['modality']}|{kind}"]
        if "," in between:
            row.append(f"comma|{role}")
        if any(lo <= b0 and b1 <= hi and (b0, b1) != (t0, t1) for b0, b1 in triggers):
            row.append(f"trigger_between|{role}")
        if s.start > 0 and doc[s.start - 1].norm_ in ("və", "ilə"):
            row.append("and_before")
        out.append(row)
    return out


def doc_arg_features(doc: Doc, events: list[dict[str, Any]]) -> list[list[list[str]]]:
    """`arg_features` of each event of `doc`: per event, per argument."""
    triggers = [(e["trigger"]["start"], e["trigger"]["end"]) for e in events]
    return [arg_features(doc, ev, triggers) for ev in events]

