"""A TITLE never opens with "üzrə", a participle of "olmaq" or a word in the ablative: "Azərbaycan [üzrə
direktoru]" → "[direktoru]", "Sinqapurdan [olan nümayəndəsi]" → "[nümayəndəsi]", "Mərkəzin [adından
direktoru]" → "[direktoru]". Such a word ties the title to what stands before it (a country's brief, where the
holder comes from, on whose behalf) and is no word of the office; the ner took it with the title.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.names.title_lexicon import has_suffix, head_lemma

OPENERS = frozenset({"üzrə", "olan", "olmuş"})


def title_edges(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with such a first word cut off each TITLE of two words or more; None when none has one."""
    out: list[Span] | None = None
    for k, ent in enumerate(ents):
        if ent.label_ != "TITLE" or len(ent) < 2:
            continue
        start = ent.start
        while start < ent.end - 1 and _opener(doc[start].text):
            start += 1
        if start > ent.start:
            out = out if out is not None else list(ents)
            out[k] = Span(doc, start, ent.end, label="TITLE")
    return out


def _opener(text: str) -> bool:
    """"üzrə", "olan", "olmuş", or a word in the ablative that is no title word ("adından", "Sinqapurdan")."""
    return az_lower(text) in OPENERS or head_lemma(text) is None and has_suffix(text, "case", "ablative")
