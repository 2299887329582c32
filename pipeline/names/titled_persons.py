"""A PERSON that opens with its title split into the TITLE and the PERSON ("[Kral] [Həməd bin İsa]"), and a
regnal number after a title word made part of the name ("Kralı [III Çarlz]"): the `titles` switch's first step,
before `title_phrases.whole_titles`, on the same title tables (`title_lexicon`)."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.names.official_names import body_word
from pipeline.names.title_lexicon import has_suffix, head_lemma, heads, is_modifier

ROMAN = re.compile(r"[IVX]{1,4}")  # a regnal number: "III Çarlz"


def split_titled_persons(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each PERSON that opens with a title split into the TITLE and the PERSON ("[Kral]
    [Həməd bin İsa]", "[Əməkdar artist] [Fuad Quliyev]": ANNOTATION.md's PERSON is the name without its
    title), and a regnal number after a title word and before a PERSON, free or taken for a TITLE, made
    part of the name ("Kralı [III Çarlz]"; not "III Tier"); None when there is none. The title is title words ending in a head (a bare
    head only where it is a title alone), and a capitalised word that is no title word must follow it."""
    out: list[Span] = []
    changed = False
    for ent in ents:
        if ent.label_ == "PERSON" and ent.start > 1 and ROMAN.fullmatch(doc[ent.start - 1].text) \
                and heads().get(head_lemma(doc[ent.start - 2].text) or ""):  # "Kralı III Çarlz", "Papa XIV Leo"
            if out and out[-1].end == ent.start and out[-1].label_ == "TITLE" and len(out[-1]) == 1:
                out.pop()
            if not out or out[-1].end < ent.start:
                ent, changed = Span(doc, ent.start - 1, ent.end, label="PERSON"), True
        if ent.label_ == "PERSON" and out and out[-1].label_ == "PERSON" and out[-1].end == ent.start \
                and len(out[-1]) == 1 and heads().get(head_lemma(out[-1].text) or ""):
            out[-1], changed = Span(doc, out[-1].start, out[-1].end, label="TITLE"), True  # "[Papa] [XIV Leo]"
        k = _title_length(ent) if ent.label_ == "PERSON" else 0
        if k:
            out += [Span(doc, ent.start, ent.start + k, label="TITLE"), Span(doc, ent.start + k, ent.end, label="PERSON")]
            changed = True
        else:
            out.append(ent)
    return out if changed else None


def _title_length(ent: Span) -> int:
    """How many tokens of the title open `ent`; 0 when none, or when no name would be left."""
    k = 0
    while k < len(ent) - 1 and head_lemma(ent[k].text) is None and is_modifier(ent[k]):
        k += 1
    if k >= len(ent) - 1 or has_suffix(ent[k].text, "plural"):
        return 0
    alone = heads().get(head_lemma(ent[k].text) or "")
    after = ent[k + 1].text
    if alone is None or (k == 0 and not alone) or not after[:1].isupper() or head_lemma(after) is not None \
            or body_word(ent[-1].text):  # "Prezident Administrasiyasının": a body, which official_names types
        return 0
    return k + 1
