"""Names of events, competitions and programmes are no places and no organisations (issue 11, classes 4 and 3;
ANNOTATION.md: events, products and programmes are no entities):
- a REGION in the nominative that opens such a name: right before its head noun ("[Avropa] Oyunları", "[Şərq]
  Tərəfdaşlığı", "[Avropa] Liqası") or before at most two free capitalised words and then the head ("Avropa
  Olimpiya Oyunları"); a place in a case is no part of the name ("Gəncədəki oyunda": the game in Ganja). The
  heads live in pipeline/data/event_names/words.tsv;
- an ORG, PERSON or REGION whose last word ends in a year, or that a year is glued to, names one edition of an
  exhibition, a fair, a contest or a standard (“Bakutel-2017”, “TIBO-2016”, "GITEX Technology Week 2022",
  “StartupFest2019”, “ISO 27001/2013”); the training gold has no name that ends in a year.
"""
from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import base_forms
from pipeline.lang.punctuation import CLOSING_QUOTES, tidy
from pipeline.names.az_norm import norm
from pipeline.names.spans import name_word
from pipeline.tables import words_by_role

PATH = "event_names/words.tsv"  # under pipeline/data/
YEAR_LABELS = frozenset({"ORG", "PERSON", "REGION"})
MAX_WORDS = 2  # free capitalised words between the place and the head ("Avropa Olimpiya Oyunları")
# a year at a word's end, after a letter, a hyphen, a dash or a slash ("Bakutel-2017", "27001/2013"), or alone;
# not after a colon: "MHM İSO 9001:2008" is a body before its standard, which the ner ran together
YEAR_END = re.compile(r"(?:^|[^\d:])(?:19|20)\d\d$")
YEAR = re.compile(r"^(?:19|20)\d\d$")
DASHES = frozenset({"-", "–", "—"})
QUOTE_TAIL = re.compile(f"[{re.escape(CLOSING_QUOTES)}\"]")


@functools.cache
def heads() -> frozenset[str]:
    return words_by_role(PATH, az_lower).get("head", frozenset())


@functools.lru_cache(maxsize=20_000)
def _head(word: str) -> bool:
    # a suffix after a closing quote may stay glued to the word: 'Tərəfdaşlığı"-nın'
    return bool(base_forms(QUOTE_TAIL.split(word, 1)[0]) & heads())


def _opens_event(doc: Doc, ent: Span, taken: set[int]) -> bool:
    """The REGION is followed by an event's head, directly or after free capitalised words, and is in the
    nominative (its norm is its text)."""
    for k in range(ent.end, min(ent.end + MAX_WORDS + 1, len(doc))):
        text = doc[k].text
        if _head(text):
            name = tidy(ent.text)  # only here: most REGIONs have no head after them
            return norm(name, "REGION") == name
        if k in taken or not name_word(text):
            return False
    return False


def _edition(doc: Doc, ent: Span) -> bool:
    """The name ends in a year ("Bakutel-2017", "Week 2022"), or a year is glued to it ("StartupFest" +
    "2019", "Bakutel" + "-" + "2017")."""
    if YEAR_END.search(ent[-1].text) and any(c.isalpha() for c in ent.text):
        return True
    k = ent.end
    if k < len(doc) and not doc[k - 1].whitespace_:
        if YEAR.match(doc[k].text):
            return True
        return (doc[k].text in DASHES and not doc[k].whitespace_ and k + 1 < len(doc)
                and YEAR.match(doc[k + 1].text) is not None)
    return False


def event_names(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` without the places that open an event's or programme's name and the names of an event's
    edition; None when there is none."""
    taken: set[int] | None = None
    out = []
    for e in ents:
        if e.label_ in YEAR_LABELS and _edition(doc, e):
            continue
        if e.label_ == "REGION" and e.end < len(doc):
            if taken is None:
                taken = {i for x in ents for i in range(x.start, x.end)}
            if _opens_event(doc, e, taken):
                continue
        out.append(e)
    return out if len(out) < len(ents) else None
