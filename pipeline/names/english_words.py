"""A REGION written in English is no place (issue 11, egov): the e-services outlet quotes the English names of
indexes, programmes, contests and bodies ("Global Open Data Index", "Smart Government", "Tier III", "Infocommunication
Development Agency", "Design thinking"), and the ner types their capitalised words REGION. A REGION is dropped when
one of its words, or the word right before or after it, is an English word of pipeline/data/english_words/words.tsv
(a content word, or a function word such as "of" or French "la"), unless the gazetteer knows the span or one of its
words as a place ("Baku Energy Week", "University of London" keep their place).
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from pipeline.lang.morphology import joined_head
from pipeline.lang.texts import token_texts
from pipeline.names.concepts import known_place
from pipeline.tables import words_by_role

PATH = "english_words/words.tsv"  # under pipeline/data/


@functools.cache
def _english() -> dict[str, frozenset[str]]:
    return words_by_role(PATH)


def _is_english(word: str) -> bool:
    """"Global", "Index-ində", "of": a content word of the list in any case, without a glued case ending, or a
    function word in lower case (a capital "La" opens a place's name: "La Malbe")."""
    bare = joined_head(word)  # an Azerbaijani case ending glued to an English word: "Index-ində"
    # English casing: "Index" is "index", where Azerbaijani would make it "ındex"
    return bare.lower() in _english().get("word", frozenset()) or bare in _english().get("function", frozenset())


def _in_english(texts: list[str], ent: Span) -> bool:
    """The span holds an English word or stands right beside one, and no word of it is a known place."""
    inside = texts[ent.start:ent.end]
    beside = texts[max(ent.start - 1, 0):ent.start] + texts[ent.end:ent.end + 1]
    if not any(_is_english(w) for w in inside + beside):
        return False
    return not known_place(ent.text) and not any(known_place(w) for w in inside if w.isalpha())


def english_words(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` without the REGIONs written in English (see the module doc); None when there is none."""
    region = doc.vocab.strings["REGION"]
    if not any(e.label == region for e in ents):
        return None
    texts = token_texts(doc)
    out = [e for e in ents if not (e.label == region and _in_english(texts, e))]
    return out if len(out) < len(ents) else None
