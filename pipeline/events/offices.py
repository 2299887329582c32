"""APPOINT: a title named with someone else is not the appointment's (ANNOTATION.md, Events).

A TITLE right before another PERSON than the one appointed is that person's ("ABŞ-ın yeni seçilmiş
[prezidenti] Donald Tramp aktyorlar X və Y-ni ... təyin edib": Tramp appoints, the title is his;
"Misir [Prezidenti] Əl-Sisi də Trampı vəzifəyə başlaması münasibətilə təbrik edib"), so it leaves the
event's arguments, with the country or organisation that qualifies it ("ABŞ-ın").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.events.arguments import GAP, next_ent
from pipeline.names.leaders import MAX_GAP as TITLE_TO_PERSON


def without_others_title(doc: Doc, ents: list[Span], args: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """`args` of one APPOINT event (in `ents`, the sentence's entities in order) without a title that
    stands right before another person than the event's, nor the entity qualifying that title."""
    title = next((e for role, e in args if role == "title"), None)
    person = next((e for role, e in args if role == "person"), None)
    if title is None or person is None:
        return args
    i = ents.index(title)
    owner = next_ent(doc, ents, i, TITLE_TO_PERSON)
    if owner is None or owner.label_ != "PERSON" or owner == person:
        return args
    qualifier = ents[i - 1] if i and next_ent(doc, ents, i - 1, GAP) == title else None
    return [(role, e) for role, e in args if e != title and not (role == "org" and e == qualifier)]
