"""Names of events, competitions and programmes are no places and no organisations (issue 11, classes 4 and 3;
ANNOTATION.md: events, products and programmes are no entities):
- a REGION in the nominative that opens such a name: right before its head noun ("[Avropa] Oyunları", "[Şərq]
  Tərəfdaşlığı", "[Avropa] Liqası") or before at most two free capitalised words and then the head ("Avropa
  Olimpiya Oyunları"); a place in a case is no part of the name ("Gəncədəki oyunda": the game in Ganja). The
  heads live in pipeline/data/event_names/words.tsv; so is a REGION after a prefix that makes an adjective of it
  ("Trans-[Avrasiya] Super İnformasiya Magistralı", "Trans-Xəzər marşrutu": the gold marks no place there);
- an ORG, PERSON or REGION whose last word ends in a year, or that a year is glued to, names one edition of an
  exhibition, a fair, a contest or a standard (“Bakutel-2017”, “TIBO-2016”, "GITEX Technology Week 2022",
  “StartupFest2019”, “ISO 27001/2013”); the training gold has no name that ends in a year;
- a COUNTRY or REGION in the nominative after an ordinal, opening words (no other name, no punctuation but
  quotes) up to an edition's head ("21-ci [Azərbaycan] Beynəlxalq Telekommunikasiya və İnformasiya texnologiyaları
  sərgisi"): the numbered edition of an exhibition or a festival (role `edition`; the gold leaves "13-cü Xəzər
  Beynəlxalq ... Sərgisi" unmarked; not a forum, a conference or a summit: it keeps "Davos Forumu");
- region10: a REGION in the nominative before a week's name in the possessive ("[Bakı] Enerji Həftəsi", role
  `possessed`: the train gold leaves the place unmarked 3 times of 3), and, before a head where the gold keeps a
  place (role `named`: çempionat, kubok, forum, konfrans, sammit, festival, müsabiqə, mükafat, ...), a REGION that is
  no place: no word of it in the gazetteer, not a REGION/COUNTRY norm of the train gold, no place word or glued
  hyphen after it ("[Nəsimi] festivalı", "[Nobel] mükafatı", "[İnformasiya Əldəetmə] Konfransı"; every gold
  REGION/COUNTRY in the nominative before these heads is a place of the gazetteer).
"""
from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import SHORT_ORDINAL_ENDINGS, analyses, base_forms
from pipeline.lang.punctuation import CLOSING_QUOTES, QUOTES, tidy
from pipeline.lang.texts import token_texts
from pipeline.names.az_norm import norm
from pipeline.names.spans import name_word
from pipeline.names.words import stem_prefixes
from pipeline.tables import words_by_role

PATH = "event_names/words.tsv"  # under pipeline/data/
YEAR_LABELS = frozenset({"ORG", "PERSON", "REGION"})
MAX_WORDS = 2  # free capitalised words between the place and the head ("Avropa Olimpiya Oyunları")
MAX_EDITION_WORDS = 8  # words between a numbered edition's place and its head
ORDINAL = re.compile(rf"^\d+-(?:{'|'.join(SHORT_ORDINAL_ENDINGS)})$")  # "21-ci", "13-cü"
# a year at a word's end, after a letter, a hyphen, a dash or a slash ("Bakutel-2017", "27001/2013"), or alone;
# not after a colon: "MHM İSO 9001:2008" is a body before its standard, which the ner ran together
YEAR_END = re.compile(r"(?:^|[^\d:])(?:19|20)\d\d$")
YEAR = re.compile(r"^(?:19|20)\d\d$")
DASHES = frozenset({"-", "–", "—"})
QUOTE_TAIL = re.compile(f"[{re.escape(CLOSING_QUOTES)}\"]")


@functools.cache
def _roles() -> dict[str, frozenset[str]]:
    """The data file's words by role, read once."""
    return words_by_role(PATH, az_lower)


@functools.cache
def heads() -> frozenset[str]:
    return _roles().get("head", frozenset())


@functools.cache
def _head_starts() -> tuple[str, ...]:
    return stem_prefixes(heads())


@functools.cache
def named_heads() -> frozenset[str]:
    return _roles().get("named", frozenset())


@functools.cache
def possessed_heads() -> frozenset[str]:
    return _roles().get("possessed", frozenset())


@functools.cache
def _named_starts() -> tuple[str, ...]:
    return stem_prefixes(named_heads() | possessed_heads())


@functools.cache
def prefixes() -> frozenset[str]:
    return _roles().get("prefix", frozenset())


@functools.cache
def edition_heads() -> frozenset[str]:
    return _roles().get("edition", frozenset())


def _possessed_head(word: str) -> bool:
    """An edition's head, bare (a shared head: "sərgi və konfransı") or with the possessive a name's head
    takes ("sərgisi", "Festivalında"); not in a case without it ("sərgiyə")."""
    return az_lower(word) in edition_heads() or any(a.has("poss") and az_lower(a.stem) in edition_heads()
                                                    for a in analyses(word))


def _numbered_edition(texts: list[str], ent: Span, ents: list[Span]) -> bool:
    """The place follows an ordinal and opens words (no other name, no punctuation but quotes) up to an
    edition's head, in the nominative: "21-ci [Azərbaycan] Beynəlxalq ... texnologiyaları sərgisi"."""
    if ent.start == 0 or not ORDINAL.match(texts[ent.start - 1]):
        return False
    for k in range(ent.end, min(ent.end + MAX_EDITION_WORDS + 1, len(texts))):
        text = texts[k]
        if _possessed_head(text):
            name = tidy(ent.text)
            return norm(name, ent.label_) == name
        if not (text.isalpha() or text in QUOTES) or any(e.start <= k < e.end for e in ents):
            return False
    return False


def _after_prefix(texts: list[str], start: int) -> bool:
    """"Trans-Avrasiya", "Trans Avrasiya": the REGION follows an adjective-making prefix."""
    k = start - 2 if start >= 2 and texts[start - 1] in DASHES else start - 1
    return k >= 0 and az_lower(texts[k]) in prefixes()


@functools.lru_cache(maxsize=20_000)
def _head(word: str) -> bool:
    # the analyser only for a word that can be a head's form (most words after a place cannot)
    if not az_lower(word).startswith(_head_starts()):
        return False
    # a suffix after a closing quote may stay glued to the word: 'Tərəfdaşlığı"-nın'
    return bool(base_forms(QUOTE_TAIL.split(word, 1)[0]) & heads())


@functools.lru_cache(maxsize=20_000)
def _named_head(word: str) -> str | None:
    """"possessed" for a possessed head's possessive form ("Həftəsi"), "named" for a form of a head before which
    only a known place stays ("festivalı", "Mükafatına"), else None."""
    if not az_lower(word).startswith(_named_starts()):
        return None
    word = QUOTE_TAIL.split(word, 1)[0]
    if any(a.has("poss") and az_lower(a.stem) in possessed_heads() for a in analyses(word)):
        return "possessed"
    return "named" if base_forms(word) & named_heads() else None


@functools.cache
def _gold_places() -> frozenset[str]:
    """The train gold's REGION and COUNTRY norms, lower case ("minsk": a place the gazetteer lacks)."""
    from pipeline.names.az_norm import lexicon
    norms = lexicon().norms
    return frozenset(az_lower(n) for label in ("REGION", "COUNTRY") for n in norms.get(label, ()))


def _unknown_place(doc: Doc, ent: Span) -> bool:
    """No word of the REGION is a place of the gazetteer or of the train gold's norms, and no place word or
    glued hyphen makes it one."""
    from pipeline.names.common_words import known_place_at
    from pipeline.names.concepts import known_place
    return (not known_place_at(doc, ent) and not any(known_place(t.text) for t in ent)
            and az_lower(tidy(ent.text)) not in _gold_places())


def _opens_event(doc: Doc, texts: list[str], ent: Span, ents: list[Span]) -> bool:
    """The REGION is followed by an event's head, directly or after free capitalised words, and is in the
    nominative (its norm is its text); before a `named` head only a REGION that is no known place."""
    for k in range(ent.end, min(ent.end + MAX_WORDS + 1, len(texts))):
        text = texts[k]
        named = _named_head(text)
        if _head(text) or named == "possessed" or named == "named" and _unknown_place(doc, ent):
            name = tidy(ent.text)  # only here: most REGIONs have no head after them
            return norm(name, "REGION") == name
        if not name_word(text) or any(e.start <= k < e.end for e in ents):
            return False
    return False


def _edition(doc: Doc, texts: list[str], start: int, end: int) -> bool:
    """The name ends in a year ("Bakutel-2017", "Week 2022"), or a year is glued to it ("StartupFest" +
    "2019", "Bakutel" + "-" + "2017")."""
    last = texts[end - 1]
    # the regex only on a word ending in a digit: searching every name cost most of the rule's time
    if last[-1:].isdigit() and YEAR_END.search(last) and any(c.isalpha() for t in texts[start:end] for c in t):
        return True
    if end >= len(texts):
        return False
    nxt = texts[end]
    if YEAR.match(nxt):
        return not doc[end - 1].whitespace_
    return (nxt in DASHES and end + 1 < len(texts) and YEAR.match(texts[end + 1]) is not None
            and not doc[end - 1].whitespace_ and not doc[end].whitespace_)


def event_names(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` without the places that open an event's or programme's name and the names of an event's
    edition; None when there is none."""
    texts = token_texts(doc)
    strings = doc.vocab.strings
    # label ids, not `label_`: the string lookup per entity was most of the rule's time
    region, year_labels = strings["REGION"], {strings[label] for label in YEAR_LABELS}
    places = {region, strings["COUNTRY"]}
    out = []
    for e in ents:
        label, start, end = e.label, e.start, e.end
        if label in year_labels and _edition(doc, texts, start, end):
            continue
        if label == region and (end < len(texts) and _opens_event(doc, texts, e, ents)
                                or _after_prefix(texts, start)):
            continue
        if label in places and start and _numbered_edition(texts, e, ents):
            continue
        out.append(e)
    return out if len(out) < len(ents) else None
