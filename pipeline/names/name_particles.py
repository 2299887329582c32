"""A person's name the ner split at a particle is one PERSON: "[Luiz de] [Souzanın]", "[Paolo Liebl] von
[Şirax]", "[Şeyx Abdullah bin Naser] [bin Xəlifə] [Al Tani]", "[II Abdullah] ibn [Al Hüseyn]" (issue 11,
leaders: the (person, title) pair is named by the name's last word, "Tani", which the cut name lacked).

The training gold writes every such particle inside the PERSON (27 of 27: "Həməd bin İsa Al Xəlifə",
"Ursula Fon der Lyayen", "Andre Korrea du Laqoya"); the particles are in
pipeline/data/identity/name_particles.tsv. A PERSON grows to the right over free particles and the piece
of name after them: an entity (PERSON, REGION or ORG) of name words only, no body's head, or free
capitalised name words (at most MAX_FREE) that are no known place, common word or title word. With no
particle between, the next piece must open with one ("[bin Xəlifə]", "[Al Tani]") and hold a name word
after it ("Ərdoğan Van şəhərində" stays). Only a PERSON grows: "Societe Generale de Surveillance" is
an ORG's name.
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from pipeline.lang.casing import az_lower
from pipeline.names.gazetteer import place_or_country
from pipeline.names.common_words import is_common
from pipeline.names.official_names import body_word
from pipeline.names.spans import name_word
from pipeline.names.title_lexicon import head_lemma
from pipeline.tables import words_by_role

PATH = "identity/name_particles.tsv"  # under pipeline/data/
PIECES = ("PERSON", "REGION", "ORG")
MAX_FREE = 3  # free name words after a particle ("de Souza", "von Şirax")
MAX_GROWN = 10  # tokens of the whole name


@functools.cache
def _particles() -> dict[str, frozenset[str]]:
    return words_by_role(PATH, az_lower)


def _particle(token: Token, capital: bool = False) -> bool:
    """A name particle: lower case ("bin", "de", "von"), or an article in any case when `capital` ("Al", "Əl")."""
    low = az_lower(token.text)
    roles = _particles()
    if token.text.islower():
        return low in roles.get("particle", ()) or low in roles.get("article", ())
    return capital and low in roles.get("article", ())


def _name_piece(piece: Span) -> bool:
    """An entity of name words and particles only, no body's head or known place ("Al Tani", "bin Zayed Əl
    Nəhyanı"; not "Həmdan bin Rəşid Al Məktum Fondunun", "Bakıda")."""
    return piece.label_ in PIECES and any(name_word(t.text) and not _particle(t, True) for t in piece) \
        and all(name_word(t.text) or _particle(t, True) or t.text == "-" for t in piece) \
        and not body_word(piece[-1].text) and not any(place_or_country(t.text) for t in piece if not _particle(t, True))


def _free_word(token: Token) -> bool:
    """A free capitalised word that can be a name's: no common word, title word or known place ("Bakıya")."""
    text = token.text
    return name_word(text) and token.ent_type == 0 and not token.is_sent_start and not is_common(text) \
        and head_lemma(text) is None and not place_or_country(text)


def name_particles(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each PERSON grown over the particles and name pieces after it (see the module
    docstring); None when none grew."""
    starts = {e.start: k for k, e in enumerate(ents)}
    out: list[Span] = []
    dropped: set[int] = set()
    changed = False
    for k, ent in enumerate(ents):
        if k in dropped:
            continue
        if ent.label_ != "PERSON" or not _may_grow(doc, ent):
            out.append(ent)
            continue
        end = _grown_end(doc, ent, ents, starts, dropped)
        if end > ent.end:
            ent, changed = Span(doc, ent.start, end, label="PERSON"), True
        out.append(ent)
    return out if changed else None


def _may_grow(doc: Doc, person: Span) -> bool:
    """The cheap test first: a particle ends the PERSON or follows it (most names are followed by a lower-case
    word that is none)."""
    return person.end < len(doc) and (_particle(doc[person.end], True) or _particle(person[-1]))


def _grown_end(doc: Doc, person: Span, ents: list[Span], starts: dict[int, int], dropped: set[int]) -> int:
    """The end of `person` grown over particles and name pieces; the pieces taken are added to `dropped`."""
    end = person.end
    sent_end = doc[person.start].sent.end if doc.has_annotation("SENT_START") else len(doc)
    after_particle = _particle(doc[end - 1])  # "[Luiz de]": the ner kept the particle, not the surname
    while end < sent_end and end - person.start < MAX_GROWN:
        j = end
        while j < sent_end and doc[j].ent_type == 0 and _particle(doc[j]) and doc[j - 1].whitespace_:
            j += 1
        particle = after_particle or j > end
        if j >= sent_end or not doc[j - 1].whitespace_:
            break
        k = starts.get(j)
        if k is not None:
            piece = ents[k]
            if not _name_piece(piece) or not (particle or _particle(piece[0], True) and len(piece) > 1):
                break
            dropped.add(k)
            end = piece.end
        else:
            if not particle:
                break
            m = j
            # doc's entity types are stale inside az_corrections: an entity a rule made here starts in `starts`
            while m < sent_end and m - j < MAX_FREE and m not in starts and _free_word(doc[m]):
                m += 1
                if not doc[m - 1].whitespace_:
                    break
            if m == j:
                break
            end = m
        after_particle = False
    return end
