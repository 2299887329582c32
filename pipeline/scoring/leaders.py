"""(person, title) pairs: what a record says about who holds which position, and their P/R/F1.

Gold has no `leaders`, so its pairs come from its entities as ANNOTATION.md defines TITLE: a TITLE is
annotated next to its PERSON in the same sentence, so a title pairs with the PERSON right after it
(else right before it), with at most three words and no sentence end between them. A prediction's
pairs are its `leaders` (name, title) when it has them, else derived from its entities the same way.
A predicted pair matches a gold one of the same document when the titles are equal and the names
end in the same surname, both lower-cased the Azerbaijani way: the pipeline names a leader by the
resolved full name, gold by `ref` (the full name) or the mention's norm ("M.Pənahov").
"""
from __future__ import annotations

import re
from collections import Counter

from pipeline.lang.casing import az_lower

MAX_GAP_WORDS = 3
SENTENCE_END = re.compile(r"[.!?\n]")

Pair = tuple[str, str]


def _key(person: str, title: str) -> Pair:
    words = az_lower(person).replace(".", ". ").split()
    return (words[-1] if words else "", " ".join(az_lower(title).split()))


def _close(text: str, left: dict, right: dict) -> bool:
    gap = text[left["end"]:right["start"]] if text else " "
    return not SENTENCE_END.search(gap) and len(gap.split()) <= MAX_GAP_WORDS


def entity_pairs(record: dict) -> set[Pair]:
    """Pairs of a record's TITLE entities and the PERSON each belongs to."""
    return {pair for pair, _, _ in entity_pair_spans(record)}


def entity_pair_spans(record: dict) -> list[tuple[Pair, dict, dict]]:
    """(pair, TITLE entity, PERSON entity) for each TITLE of a record that has a PERSON."""
    ents = sorted((e for e in record.get("entities") or [] if e.get("label") in ("PERSON", "TITLE")),
                  key=lambda e: e["start"])
    text = record.get("text") or ""
    out = []
    for i, title in enumerate(ents):
        if title["label"] != "TITLE":
            continue
        after = ents[i + 1] if i + 1 < len(ents) else None
        before = ents[i - 1] if i > 0 else None
        if after and after["label"] == "PERSON" and _close(text, title, after):
            person = after
        elif before and before["label"] == "PERSON" and _close(text, before, title):
            person = before
        else:
            continue
        name = person.get("ref") or person.get("norm") or person.get("text") or ""
        out.append((_key(name, title.get("norm") or title.get("text") or ""), title, person))
    return out


def predicted_pairs(record: dict) -> set[Pair]:
    leaders = record.get("leaders")
    if isinstance(leaders, list):
        return {_key(str(x.get("name") or ""), str(x.get("title") or "")) for x in leaders
                if isinstance(x, dict) and x.get("name") and x.get("title")}
    return entity_pairs(record)


def doc_counts(gold_rec: dict, pred_rec: dict) -> Counter:
    """Counter(tp_p, pred, tp_g, gold) of one document's pairs (as `entities.COUNT_KEYS`)."""
    gold, pred = entity_pairs(gold_rec), predicted_pairs(pred_rec)
    tp = len(gold & pred)
    return Counter({"tp_p": tp, "pred": len(pred), "tp_g": tp, "gold": len(gold)})
