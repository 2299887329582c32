"""A TITLE never opens with "üzrə", a participle of "olmaq" or a word in the ablative: "Azərbaycan [üzrə
direktoru]" → "[direktoru]", "Sinqapurdan [olan nümayəndəsi]" → "[nümayəndəsi]", "Mərkəzin [adından
direktoru]" → "[direktoru]". Such a word ties the title to what stands before it (a country's brief, where the
holder comes from, on whose behalf) and is no word of the office; the ner took it with the title.
Nor does a TITLE end in a kinship word (data/titles/kinship.tsv): "sədrinin [qızı] X" is a family tie, no office,
and the TITLE is dropped (leaders11).
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import base_forms
from pipeline.names.title_lexicon import DATA, has_suffix, head_lemma
from pipeline.tables import read_tsv

OPENERS = frozenset({"üzrə", "olan", "olmuş"})


def title_edges(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with such a first word cut off each TITLE of two words or more, and without the TITLEs that end in a
    kinship word; None when nothing changes."""
    out: list[Span] | None = None
    for k, ent in enumerate(ents):
        if ent.label_ == "TITLE" and _kin(doc[ent.end - 1].text):
            out = out if out is not None else list(ents)
            out[k] = None
            continue
        if ent.label_ != "TITLE" or len(ent) < 2:
            continue
        start = ent.start
        while start < ent.end - 1 and _opener(doc[start].text):
            start += 1
        if start > ent.start:
            out = out if out is not None else list(ents)
            out[k] = Span(doc, start, ent.end, label="TITLE")
    return None if out is None else [e for e in out if e is not None]


@functools.cache
def kinship() -> frozenset[str]:
    """Kinship words ("qız", "oğul", "yoldaş"): data/titles/kinship.tsv."""
    return frozenset(r["word"] for r in read_tsv(DATA / "kinship.tsv"))


def _kin(text: str) -> bool:
    """A form of a kinship word that is no title word ("qızı", "oğlu"; "xanımı" stays: "[birinci xanımı]")."""
    return head_lemma(text) is None and not base_forms(text).isdisjoint(kinship())


def _opener(text: str) -> bool:
    """"üzrə", "olan", "olmuş", or a word in the ablative that is no title word ("adından", "Sinqapurdan")."""
    return az_lower(text) in OPENERS or head_lemma(text) is None and has_suffix(text, "case", "ablative")
