"""Facilities are no organisations (issue 11, class 3; ANNOTATION.md: buildings, vehicles and products are no
entities): a quoted name followed by a facility noun, with at most MAX_WORDS capitalised words between
(“Şəfəq” Günəş Elektrik Stansiyası, “Grand Kartal” hoteli, “Qızıl Qum” stadionu), and an ORG whose last
word is one ("Bank Respublika Arena"da), are dropped. The nouns live in pipeline/data/facilities/words.tsv;
those of role "quoted" count after a quoted name only, those of role "named" also at the end of an ORG of two
words or more ("Yelisey Sarayı" is the French presidency, an ORG in
the gold; “Gülüstan” sarayında is the building). Between the quote and the noun may also stand bare lower-case
words of a compound (issue 11 org3: “Dərə-2” su elektrik stansiyası, “Yevlax” qovşaq yarımstansiyası,
“Bellevue” prezident sarayında, “X” beynəlxalq mahnı müsabiqəsi), not a word with a case or possessive
ending nor a joiner (“X” şirkətinin stansiyası, “X” tərəfindən tikilən stansiya: X is the company).
Exhibitions and event weeks (issue 11 egov13): an ORG ending in one ("GİTEX Texnologiya Həftəsində"), and an ORG in
the nominative that no body's head ends right before an event's noun in the possessive, a compound that the ORG
names ("Bakutel sərgisində", "[Kosmik və Texnologiya] festivalında"; the organiser stands in the genitive; not
"həftə": "ECO həftəsi" is the body's week).
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import analyses, base_forms
from pipeline.lang.texts import token_texts
from pipeline.names.az_norm import norm
from pipeline.names.common_words import table as common_table
from pipeline.names.official_names import body_word
from pipeline.names.quotes import closes_quote, opens_quote
from pipeline.names.spans import name_word
from pipeline.names.words import is_legal_form, joiners, stem_prefixes
from pipeline.tables import read_tsv

PATH = "facilities/words.tsv"  # under pipeline/data/
LABELS = frozenset({"ORG", "PERSON"})
PARTICLES = frozenset({"da", "də", "isə", "ki", "belə"})
STEM_SEEN = 10  # a stem written this often in the raw news is a word ("qrup" 348), not an analyser's guess ("mahn" 3)
MAX_WORDS = 3  # words between the closing quote and the facility noun ("Günəş Elektrik", "su elektrik")


ROLES = {"quoted": frozenset({"any", "named", "quoted"}),  # after a quoted name
         "end": frozenset({"any", "named", "last"}),  # the last word of an ORG of two words or more
         "alone": frozenset({"any"}),  # a one-word ORG ("Müsabiqədə" alone is the common_words switch's)
         "after": frozenset({"after"})}  # in the possessive after an ORG in the nominative (egov13)


@functools.cache
def nouns(where: str = "quoted") -> frozenset[str]:
    """The facility nouns that count `where` (a key of ROLES)."""
    return frozenset(az_lower(r["word"]) for r in read_tsv(PATH) if r["role"] in ROLES[where])


@functools.lru_cache(maxsize=8192)  # the same words end ORGs and follow quotes again and again
def _facility(word: str, where: str = "quoted") -> bool:
    low = az_lower(word)
    # what every form of a noun starts with: most words fail here, before the analyser
    return low.startswith(stem_prefixes(nouns(where))) and bool(base_forms(low) & nouns(where))


@functools.cache
def _joiners() -> frozenset[str]:
    return joiners("org") | joiners("places")


@functools.lru_cache(maxsize=8192)
def _compound_word(text: str) -> bool:
    """A bare lower-case word of a compound before its head ("su", "elektrik", "qovşaq", "mahnı"): letters
    only, no joiner or particle, and no shorter stem that the news writes as a word (STEM_SEEN times or more):
    "qrupu" (“X” qrupu da festivalda: X is the band), "şirkətinin" and "tərəfindən" have one."""
    if not (text.isalpha() and text.islower()) or text in _joiners() or text in PARTICLES:
        return False
    seen = common_table()
    return not any(sum(seen.get(b, (0,))) >= STEM_SEEN for b in base_forms(text) if len(b) < len(text))


def _quoted_facility(doc: Doc, e: Span) -> bool:
    """`e` is the whole of a quoted name and a facility noun follows the closing quote."""
    if e.start == 0 or e.end >= len(doc) or not opens_quote(doc[e.start - 1]) or not closes_quote(doc[e.end]):
        return False
    for k in range(e.end + 1, min(e.end + 2 + MAX_WORDS, len(doc))):
        if _facility(doc[k].text):
            return True
        # a legal form after the quote makes X a company (“X” ASC yeni stansiya tikəcək)
        if not (name_word(doc[k].text) or _compound_word(doc[k].text)) or is_legal_form(doc[k].text):
            return False
    return False


@functools.lru_cache(maxsize=8192)
def _event_compound(word: str) -> bool:
    """`word` is an event's noun with a possessive ending ("sərgisində", "festivalında"), the head of a compound."""
    if not _facility(word, "after"):
        return False
    return any(a.stem in nouns("after") and a.has("poss") for a in analyses(az_lower(word)))


def _names_event(doc: Doc, texts: list[str], e: Span) -> bool:
    """`e`, an ORG in the nominative that no body's head ends, opens a compound with an event's noun after it
    (a closing quote may stand between: “[Teknofest – Kosmos] festivalı”)."""
    k = e.end
    if k < len(texts) and not texts[k][:1].isalpha():  # the shared token texts: no Token for most ORGs
        k += closes_quote(doc[k])
    if k >= len(texts) or not _event_compound(texts[k]) or body_word(texts[e.end - 1]):
        return False
    return norm(e.text, "ORG") == e.text  # only here: most ORGs have no event's noun after them


def facility_names(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` without the names of facilities and events; None when there is none."""
    texts = token_texts(doc)
    out = [e for e in ents if not (e.label_ in LABELS and (_quoted_facility(doc, e)
                                                            or e.label_ == "ORG" and (_facility(e[-1].text, "end" if len(e) > 1 else "alone")
                                                                                      or _names_event(doc, texts, e))))]
    return out if len(out) < len(ents) else None
