"""A name with an honorific between the given name and the surname is one PERSON: "Mehriban xanım
Əliyevaya", "Zərifə xanım Əliyevanın" (as the training gold marks them, honorific included; the identity
key drops it, pipeline/identity/names.py). The ner splits them ("[Mehriban] xanım [Əliyevaya]") or keeps
only the surname, and `leaders` then names the person by the given name alone.

The honorifics are the lower-case "honorific" words of data/identity/person_words.tsv; the given name is a
PERSON or a free capitalised word that opens no sentence and is no title word ("Birinci xanım X" is a
title), the surname a PERSON starting right after the honorific. An honorific alone is no entity
("Prezidenti [cənab] X" → "[Prezidenti] cənab [X]", whose title then pairs with X; the training gold
never marks one).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.identity.names import words_of_kind
from pipeline.lang.casing import az_lower
from pipeline.names.spans import name_word
from pipeline.names.title_lexicon import head_lemma, is_modifier


def honorific_persons(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each "Given honorific Surname" made one PERSON and no one-word honorific entity (see the
    module docstring); None when neither."""
    honorifics = words_of_kind("person_words", "honorific")
    kept = [e for e in ents if len(e) > 1 or az_lower(e.text) not in honorifics]
    changed = len(kept) < len(ents)  # "Prezidenti [cənab] X": an honorific alone is no entity (never in the gold)
    ents = kept
    out: list[Span] = []
    for k, ent in enumerate(ents):
        prev = out[-1] if out else None
        hon = ent.start - 1
        if ent.label_ != "PERSON" or hon < 1 or doc[hon].text not in honorifics:
            out.append(ent)
            continue
        start = _given_name(doc, hon - 1, prev, ents[k - 1] if k else None)
        if start is None or prev is not None and prev.end > start and (prev.label_ != "PERSON" or prev.start != start):
            out.append(ent)
            continue
        if prev is not None and prev.end > start:
            out.pop()  # "[Mehriban xanım] [Əliyevaya]"
        out.append(Span(doc, start, ent.end, label="PERSON"))
        changed = True
    return out if changed else None


def _given_name(doc: Doc, i: int, prev: Span | None, before: Span | None) -> int | None:
    """Start of the given name ending at token i (before an honorific), or None: the PERSON ending
    there, else the free name word there."""
    if before is not None and before.end == i + 1:
        return before.start if before.label_ == "PERSON" and prev is before else None
    token = doc[i]
    if not name_word(token.text) or token.is_sent_start or head_lemma(token.text) is not None or is_modifier(token):
        return None
    return i
