"""Facilities are no organisations (issue 11, class 3; ANNOTATION.md: buildings, vehicles and products are no
entities): a quoted name followed by a facility noun, with at most MAX_WORDS capitalised words between
(“Şəfəq” Günəş Elektrik Stansiyası, “Grand Kartal” hoteli, “Qızıl Qum” stadionu), and an ORG whose last
word is one ("Bank Respublika Arena"da), are dropped. The nouns live in pipeline/data/facilities/words.tsv.
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import base_forms
from pipeline.names.quotes import closes_quote, opens_quote
from pipeline.names.spans import name_word
from pipeline.tables import read_tsv

PATH = "facilities/words.tsv"  # under pipeline/data/
LABELS = frozenset({"ORG", "PERSON"})
MAX_WORDS = 3  # capitalised words between the closing quote and the facility noun ("Günəş Elektrik")


@functools.cache
def nouns() -> frozenset[str]:
    return frozenset(az_lower(r["word"]) for r in read_tsv(PATH))


def _facility(word: str) -> bool:
    return bool(base_forms(az_lower(word)) & nouns())


def _quoted_facility(doc: Doc, e: Span) -> bool:
    """`e` is the whole of a quoted name and a facility noun follows the closing quote."""
    if e.start == 0 or e.end >= len(doc) or not opens_quote(doc[e.start - 1]) or not closes_quote(doc[e.end]):
        return False
    for k in range(e.end + 1, min(e.end + 2 + MAX_WORDS, len(doc))):
        if _facility(doc[k].text):
            return True
        if not name_word(doc[k].text):
            return False
    return False


def facility_names(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` without the names of facilities; None when there is none."""
    out = [e for e in ents if not (e.label_ in LABELS and (_quoted_facility(doc, e)
                                                            or e.label_ == "ORG" and _facility(e[-1].text)))]
    return out if len(out) < len(ents) else None
