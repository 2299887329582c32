"""Cue rule: a name directly before a generic place word in the possessive is a REGION ("Salyan
rayonunda", "Xəzər dənizi"), and so are names coordinated with it before a plural one ("Sırdərya və
Türküstan vilayətlərində")."""
from __future__ import annotations

import functools

from spacy.attrs import ENT_TYPE
from spacy.tokens import Doc, Span

from pipeline.lang.morphology import base_forms
from pipeline.lang.texts import token_texts
from pipeline.names.countries import is_country_name
from pipeline.names.spans import cap, ent_at, free, replace_ents
from pipeline.names.words import joiners, org_heads, place_words, possessed

MAX_NAME = 2  # words of a place name found from a cue alone


@functools.lru_cache(maxsize=100_000)
def _place_cue_word(text: str) -> tuple[bool, bool]:
    """(the word is a lower-case generic place word in the possessive, it is plural); a cue when its
    token is outside any entity."""
    return possessed(text, place_words()) if text[:1].islower() else (False, False)


def _word_start(doc: Doc, end: int) -> int:
    """First token of the hyphenated word that ends at token `end` ("Əl-Şeyx", "əl-Quseyr", "Veliko-Tırnovo")."""
    i = end - 1
    while i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    return i


def _free_word(doc: Doc, start: int, end: int) -> bool:
    """doc[start:end] is one capitalised word outside any entity."""
    return cap(doc[end - 1]) and not doc[end - 1].is_punct and free(doc, start, end)


def _name_before(doc: Doc, end: int) -> tuple[int, Span | None] | None:
    """The name that ends at token `end`: (start, the entity there or None for free tokens).
    Free tokens: the capitalised words before `end` (at most MAX_NAME, hyphenated ones whole) without
    a sentence-initial word, which is capitalised for its position only ("Dünən Bakı şəhərində",
    "Hazırda kəndin …")."""
    if end == 0:
        return None
    ent = ent_at(doc, end - 1)
    if ent is not None:
        return (ent.start, ent) if ent.end == end and cap(doc[end - 1]) else None
    start, words = end, 0
    while start > 0 and words < MAX_NAME:
        first = _word_start(doc, start)
        if not _free_word(doc, first, start) or doc[first].is_sent_start:
            break
        start, words = first, words + 1
    return (start, None) if start < end else None


def _as_region(doc: Doc, start: int, end: int, ent: Span | None) -> Span | None:
    """A REGION over doc[start:end], or None when the name is no place: a known country ("Qazaxıstan
    şəhərləri": the country's cities), an organisation's name (ends in an organisation head word), an
    entity of another kind than PERSON/ORG/COUNTRY, or already a REGION."""
    if ent is not None and ent.label_ not in ("PERSON", "ORG", "COUNTRY"):
        return None
    span = doc[start:end]
    if is_country_name(span.text) or base_forms(span[-1].text) & org_heads():
        return None
    return Span(doc, start, end, label="REGION")


def cue_regions(doc: Doc) -> list[Span] | None:
    """Names directly before a generic place word become REGIONs, and so do names coordinated with them
    before a plural one. An entity there keeps its span and changes its label; free words get one."""
    changes: list[Span] = []
    texts = token_texts(doc)
    # each distinct word is tested once, then only the cue words' tokens are visited
    cues = {text for text in set(texts) if _place_cue_word(text)[0]}
    if not cues:
        return None
    ent_types = doc.to_array(ENT_TYPE).tolist()
    for i in [i for i, text in enumerate(texts) if text in cues]:
        if ent_types[i]:  # a cue inside an entity is none
            continue
        plural = _place_cue_word(texts[i])[1]
        end = i
        while True:
            found = _name_before(doc, end)
            if found is None:
                break
            start, ent = found
            region = _as_region(doc, start, end, ent)
            if region is not None:
                changes.append(region)
            # coordinated names before a plural place word: "A və B vilayətlərində", "A, B və C rayonları"
            if not plural or start < 2 or doc[start - 1].lower_ not in joiners("places"):
                break
            end = start - 1
    return replace_ents(doc, changes) if changes else None
