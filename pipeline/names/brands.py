"""One-word company names the ner types PERSON or REGION: Azər + a noun (Azərsu, Azəriqaz, Azərişıq)
and names ending in bank, cell, tel, kom, net (Expressbank, Bakcell, Qaçqınkomun) are ORGs. The word
parts live in pipeline/data/brands/affixes.tsv.
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import base_forms
from pipeline.tables import read_tsv

PATH = "brands/affixes.tsv"  # under pipeline/data/
LABELS = frozenset({"PERSON", "REGION"})
MIN_NOUN = 2  # letters after a prefix: "Azəri" (the people, the oil field) is no company


@functools.cache
def affixes() -> dict[str, tuple[str, ...]]:
    """"prefix" | "suffix" → the word parts."""
    out: dict[str, list[str]] = {}
    for row in read_tsv(PATH):
        out.setdefault(row["where"], []).append(row["part"])
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=20_000)
def is_company_word(word: str) -> bool:
    """A base form of `word` is prefix + noun or ends in a company suffix (and is longer than it), and
    the news never writes the word in lower case ("hotel", "internet", "kabinet": a brand has a capital)."""
    from pipeline.names.common_words import table
    parts = affixes()
    if not word.startswith(parts.get("prefix", ())) and not any(sfx in word for sfx in parts.get("suffix", ())):
        return False  # most words: no base forms needed
    if word.startswith("azərbaycan") or any(table().get(f, (0, 0))[0] >= 2 for f in base_forms(word)):
        return False
    for form in base_forms(word.strip("“”\"«»")):
        if any(form.startswith(p) and len(form) >= len(p) + MIN_NOUN and not form.startswith("azərbaycan")
               for p in parts.get("prefix", ())):
            return True
        if any(form.endswith(s) and len(form) > len(s) + 1 for s in parts.get("suffix", ())):
            return True
    return False


def company_names(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each one-word PERSON/REGION of a company's shape relabelled ORG; None if none is."""
    ents = list(ents)
    changed = False
    for k, e in enumerate(ents):
        if e.label_ in LABELS and " " not in e.text and e.text[:1].isupper() and is_company_word(az_lower(e.text)):
            ents[k] = Span(doc, e.start, e.end, label="ORG")
            changed = True
    return ents if changed else None
