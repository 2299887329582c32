"""An event's modality (actual, planned, negated) from its trigger's verb ending and the sentence's cues.

The trigger's own ending decides when it says "negated" or "planned" ("görüşməyib", "imzalayacaq").
Otherwise the words around it decide (modality_cues.tsv): a negation after the trigger ("görüşdə
iştirak etməyəcək") outranks an intention ("imzalamağı planlaşdırır", "keçiriləcək görüşdə"); with no
cue the event is actual.
"""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.events.lexicon import modality_cues

BEFORE = 2  # a participle right before a noun trigger qualifies it ("keçiriləcək görüşdə")


def _cue(word: str, scopes: tuple[str, ...]) -> str | None:
    """The modality of the first cue of one of `scopes` that `word` carries, else None."""
    for cue, modality_, scope in modality_cues():
        if scope not in scopes:
            continue
        if word.endswith(cue) and len(word) > len(cue) + 1 if scope == "ending" else word.startswith(cue):
            return modality_
    return None


def modality(doc: Doc, start: int, end: int, sent: tuple[int, int], own: str, after: int = 8) -> str:
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
