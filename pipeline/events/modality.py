"""An event's modality (actual, planned, negated) from its trigger's verb ending and the sentence's cues.

The trigger's own ending decides when it says "negated" or "planned" ("görüşməyib", "imzalayacaq");
"nə ... nə də" (neither ... nor) before it negates it.
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
def _cues(scopes: tuple[str, ...]) -> dict[str, tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]]:
    """modality → (word starts, word endings, whole words: "=deyil" is not "deyilir") of the cues of `scopes`."""
    out: dict[str, tuple[list[str], list[str], set[str]]] = {"negated": ([], [], set()), "planned": ([], [], set())}
    for cue, modality_, scope in modality_cues():
        if scope in scopes:
            starts, ends, whole = out[modality_]
            if cue.startswith("="):
                whole.add(cue[1:])
            else:
                (ends if scope == "ending" else starts).append(cue)
    return {m: (tuple(st), tuple(en), frozenset(wh)) for m, (st, en, wh) in out.items()}


def _cue(word: str, scopes: tuple[str, ...]) -> str | None:
    """"negated" or "planned" when `word` carries a cue of one of `scopes` (negation first), else None."""
    for modality_, (starts, ends, whole) in _cues(scopes).items():
        if word in whole or word.startswith(starts) or (word.endswith(ends) and any(
                word.endswith(e) and len(word) > len(e) + 1 for e in ends)):
            return modality_
    return None


def neither_nor(doc: Doc, lo: int, start: int) -> bool:
    """True when "nə ... nə də" stands before token `start` in its sentence (from `lo`): "neither ...
    nor" negates the positive verb after it ("nə Bessentlə görüşdə, nə də Münhendə imzalayıb")."""
    words = [doc[i].norm_ for i in range(lo, start)]
    seconds = [i for i in range(1, len(words) - 1) if words[i] == "nə" and words[i + 1] == "də"]
    return bool(seconds) and "nə" in words[:seconds[-1]]


def modality(doc: Doc, start: int, end: int, sent: tuple[int, int], own: str, after: int = 3,
             dates: tuple[str, ...] = ()) -> str:
    """`own`: what the trigger's verb ending says ("actual", "planned", "negated", "open", "" for a noun).
    `after`: how many words after the trigger may carry a cue. `dates`: the ISO values of the event's
    DATE arguments; one after the publication date (`doc._.pub_date`) makes an open event planned
    ("ticarət dövriyyəsinin 2030-cu ilədək ... çatdırılması")."""
    if own == "negated":
        return own
    lo, hi = sent
    found: set[str] = set()
    window = list(range(max(lo, start - BEFORE), start)) + list(range(end, min(hi, end + after)))
    for i in window:
        m = _cue(doc[i].norm_, ("after", "ending", "any"))
        if m:
            found.add(m)
    if "negated" in found or neither_nor(doc, lo, start):
        return "negated"
    if own in ("planned", "actual"):
        return own
    for i in range(lo, hi):
        if start <= i < end:  # the trigger's own words ("Niyyət Protokolu") are no cue
            continue
        m = _cue(doc[i].norm_, ("any",))
        if m:
            found.add(m)
    if _after_publication(dates, doc._.pub_date):
        found.add("planned")
    return "planned" if "planned" in found else "actual"


def _after_publication(dates: tuple[str, ...], pub_date: str | None) -> bool:
    """True when a date value starts later than the publication date (compared to the precision the
    value has: "2030" against "2025-03-02" compares years)."""
    if not pub_date:
        return False
    for value in dates:
        first = value.split("/")[0]
        if first[:1].isdigit() and first > pub_date[:len(first)]:
            return True
    return False
