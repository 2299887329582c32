"""An event's modality (actual, planned, negated) from its trigger's verb ending and the sentence's cues.

The trigger's own ending decides when it says "negated" or "planned" ("görüşməyib", "imzalayacaq").
Otherwise the words around it decide (modality_cues.tsv): a negation after the trigger ("görüşdə
iştirak etməyəcək") outranks an intention ("imzalamağı planlaşdırır", "keçiriləcək görüşdə"); with no
cue the event is actual.
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc

from pipeline.events.lexicon import modality_cues

BEFORE = 2  # a participle right before a noun trigger qualifies it ("keçiriləcək görüşdə")


@functools.cache
def _cues(scopes: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """modality → (word starts, word endings) of the cues of `scopes`."""
    out: dict[str, tuple[list[str], list[str]]] = {"negated": ([], []), "planned": ([], [])}
    for cue, modality_, scope in modality_cues():
        if scope in scopes:
            out[modality_][1 if scope == "ending" else 0].append(cue)
    return {m: (tuple(st), tuple(en)) for m, (st, en) in out.items()}


def _cue(word: str, scopes: tuple[str, ...]) -> str | None:
    """"negated" or "planned" when `word` carries a cue of one of `scopes` (negation first), else None."""
    for modality_, (starts, ends) in _cues(scopes).items():
        if word.startswith(starts) or (word.endswith(ends) and any(
                word.endswith(e) and len(word) > len(e) + 1 for e in ends)):
            return modality_
    return None


def modality(doc: Doc, start: int, end: int, sent: tuple[int, int], own: str, after: int = 3) -> str:
    """`own`: what the trigger's verb ending says ("actual", "planned", "negated", "open", "" for a noun).
    `after`: how many words after the trigger may carry a cue."""
    if own == "negated":
        return own
    lo, hi = sent
    found: set[str] = set()
    window = list(range(max(lo, start - BEFORE), start)) + list(range(end, min(hi, end + after)))
    for i in window:
        m = _cue(doc[i].norm_, ("after", "ending", "any"))
        if m:
            found.add(m)
    if "negated" in found:
        return "negated"
    if own in ("planned", "actual"):
        return own
    for i in range(lo, hi):
        m = _cue(doc[i].norm_, ("any",))
        if m:
            found.add(m)
    return "planned" if "planned" in found else "actual"
