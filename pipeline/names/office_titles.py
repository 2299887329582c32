"""A title of office written with capitals is still a TITLE: "Xarici İşlər Naziri Hakan Fidan", not the
ORG "Xarici İşlər Naziri". In the training gold every entity right before a PERSON whose last word is a title word (the head of a gold TITLE norm: nazir, müavin, rəis, ...) is
a TITLE (1,393 of 1,393 in train, 141 of 141 in dev, a comma between allowed), so an ORG or REGION there becomes one.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.names.common_words import is_common, starts_sentence
from pipeline.names.words import is_title_word

LABELS = frozenset({"ORG", "REGION"})


def _before_person(doc: Doc, ent: Span, nxt: Span) -> bool:
    between = doc[ent.end:nxt.start]
    # no comma: "Səttar Xan, Həzi Aslanov" lists streets named after people
    return nxt.label_ == "PERSON" and all(t.is_space for t in between)


def titles_before_persons(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each ORG/REGION that ends in a title word right before a PERSON relabelled TITLE
    (a common word that only opens the sentence left out: "Tədbirdə Rabitə nazirinin müavini X");
    None when there is none."""
    ents = list(ents)
    changed = False
    for k in range(len(ents) - 1):
        ent = ents[k]
        if ent.label_ not in LABELS or not _before_person(doc, ent, ents[k + 1]) or not is_title_word(ent[-1].text):
            continue
        start = ent.start
        if len(ent) > 1 and starts_sentence(doc, start) and is_common(ent[0].text):
            start += 1
        ents[k] = Span(doc, start, ent.end, label="TITLE")
        changed = True
    return ents if changed else None
