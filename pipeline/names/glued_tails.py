"""A name whose last word a scraper ran together with the next word keeps that word inside its span, as
the gold writes a span over whole written words (issue 11, class 8; switch `glued_tails`).

The tokenizer splits such a word ("İlham Əliyevinçıxışı" → "Əliyevin" | "çıxışı", "Hesablama
Mərkəzitərəfindən" → "Mərkəzi" | "tərəfindən"; pipeline/lang/glued_words.py) so that the ner sees the name
and types it; the span it finds ends at the split. The train gold writes the whole run-together word inside
the span in 12 of 16 such names ("[İlham Əliyevinçıxışı]" with norm "İlham Əliyev"), so a name ending right
before a split-off word takes it back, unless that word is an entity of its own ("Mərkəzinin" | "[direktoru]
Nail Mərdanov"). The norm leaves it out (`glued_words.unglued`, read by az_norm).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.glued_words import glued_tail
from pipeline.labels import NAME_LABELS


def glued_tails(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """The entities with the word run onto a name's last word taken back into the name, or None."""
    starts = {e.start for e in ents}
    out, changed = [], False
    for e in ents:
        if e.label_ in NAME_LABELS and e.end not in starts and glued_tail(doc, e.end):
            e = Span(doc, e.start, e.end + 1, label=e.label, kb_id=e.kb_id)
            changed = True
        out.append(e)
    return out if changed else None
