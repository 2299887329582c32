"""A REGION written in English is no place (issue 11, egov): the e-services outlet quotes the English names of
indexes, programmes, contests and bodies ("Global Open Data Index", "Smart Government", "Tier III", "Infocommunication
Development Agency", "Design thinking"), and the ner types their capitalised words REGION. A REGION is dropped when
one of its words, or the word right before or after it, is an English word of pipeline/data/english_words/words.tsv
(a content word, or a function word such as "of" or French "la"), unless the gazetteer knows the span or one of its
words as a place ("Baku Energy Week", "University of London" keep their place).
A PERSON is dropped when one of its own words is such an English word (region11: "Higher School of Economics",
"Digital Service", "Dubai Smart Government", "Data Center", "Tier III"), but not a particle of a person's name
(pipeline/data/identity/name_particles.tsv: "Andre Korrea du Laqoya"), and not for a word beside it ("Official page
of [Leyla Əliyeva]" names her).
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from pipeline.lang.morphology import joined_head
from pipeline.lang.texts import token_texts
from pipeline.names.concepts import known_place
from pipeline.lang.casing import az_lower
from pipeline.tables import words_by_role

PATH = "english_words/words.tsv"  # under pipeline/data/
PARTICLES = "identity/name_particles.tsv"  # under pipeline/data/


@functools.cache
def _english() -> dict[str, frozenset[str]]:
    return words_by_role(PATH)


@functools.lru_cache(maxsize=50_000)
def _is_english(word: str) -> bool:
    """"Global", "Index-ində", "of": a content word of the list in any case, without a glued case ending, or a
    function word in lower case (a capital "La" opens a place's name: "La Malbe")."""
    bare = joined_head(word)  # an Azerbaijani case ending glued to an English word: "Index-ində"
    # English casing: "Index" is "index", where Azerbaijani would make it "ındex"
    return bare.lower() in _english().get("word", frozenset()) or bare in _english().get("function", frozenset())


@functools.cache
def _particles() -> frozenset[str]:
    """Particles of persons' names, lower case ("du", "bin", "fon")."""
    return frozenset(w for words in words_by_role(PARTICLES, az_lower).values() for w in words)


def _english_person(texts: list[str], ent: Span) -> bool:
    """A word of the PERSON is an English word of the list and no particle of a person's name."""
    return any(_is_english(w) and w not in _particles() for w in texts[ent.start:ent.end])


def _in_english(texts: list[str], ent: Span) -> bool:
    """The span holds an English word or stands right beside one, and no word of it is a known place."""
    inside = texts[ent.start:ent.end]
    beside = texts[max(ent.start - 1, 0):ent.start] + texts[ent.end:ent.end + 1]
    if not any(_is_english(w) for w in inside + beside):
        return False
    return not known_place(ent.text) and not any(known_place(w) for w in inside if w.isalpha())


def english_words(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` without the REGIONs and PERSONs written in English (see the module doc); None when there is none."""
    region, person = doc.vocab.strings["REGION"], doc.vocab.strings["PERSON"]
    if not any(e.label in (region, person) for e in ents):
        return None
    texts = token_texts(doc)
    out = [e for e in ents if not (e.label == region and _in_english(texts, e)
                                   or e.label == person and _english_person(texts, e))]
    return out if len(out) < len(ents) else None
