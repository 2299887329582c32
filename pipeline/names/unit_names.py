"""A body's department, section or directorate named after the body in the genitive is an ORG (issue 11,
class 9; ANNOTATION.md: "A body and its sub-unit named with the body in the genitive are two ORGs"):
"[Vergilər Nazirliyinin] [Qeydiyyat şöbəsinin] müdiri", "[MHM-in] [Dövlət reyestri şöbəsinin]",
"[Agentliyin] [İnformasiya Texnologiyaları Departamentinin]". The training gold writes such units as ORGs
(7 of the 8 named with a capital that are no press office, and all 32 with a capitalised head), where the ner
and the title rules leave them untyped or inside a TITLE ("şöbəsinin müdiri" → "[şöbəsinin] [müdiri]").

The unit: a name opened by a capitalised word (or an acronym), of words, hyphens, "və", "üzrə" and the commas
of a list, right after an ORG in the genitive or a lone body's head in the genitive ("Mərkəzin"), and ending
in a unit's head noun in the possessive, any case ("şöbəsi", "departamentinin", "idarəsindən"; role `unit` of
`pipeline/data/units/words.tsv`, singular only). Its words are free, or in an ORG that ends at the head (widened
over the words the ner left out), or in a TITLE that runs from them over the head (cut to the title words
after it). Left alone: a press or public-relations office ("Mətbuat xidməti idarəsindən", "Mətbuat və
ictimaiyyətlə əlaqələr şöbəsindən": named by role `press` words only, which the gold leaves unmarked), a name
holding a title word or "yanında" (role `stop`: "Baş direktoru yanında ... şöbəsi"), a word in -dakı ("BMT-nin
Cenevrədəki bölməsi"), a place or a person, and a unit with no body before it. An ORG the ner cut right before
the head is the unit's name without it ("BMT-nin [Rəqəmsal Hökumət] bölməsinin" → "[Rəqəmsal Hökumət
bölməsinin]").
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower, az_upper
from pipeline.lang.morphology import GENITIVE, analyses, base_forms, in_case
from pipeline.lang.texts import token_texts
from pipeline.names.official_names import body_word
from pipeline.names.spans import all_caps, glued_dash, name_word
from pipeline.names.words import is_title_word
from pipeline.tables import words_by_role

MAX_WORDS = 8  # tokens of a unit's name before its head
UNIT_JOINERS = frozenset({"və", "üzrə", ","})


@functools.cache
def words() -> dict[str, frozenset[str]]:
    return words_by_role("units/words.tsv")


@functools.cache
def _prefixes() -> frozenset[str]:
    """The first four letters of the unit stems in both cases ("şöbə", "Şöbə", "İdar"): most words fail
    this set test at once."""
    stems = words().get("unit", frozenset())
    return frozenset(w[:4] for w in stems) | frozenset(az_upper(w[:1]) + w[1:4] for w in stems)


@functools.lru_cache(maxsize=20_000)
def _unit_head(word: str) -> bool:
    """A unit's head noun in the possessive, singular, any case ("şöbəsinin", "Departamenti")."""
    if not base_forms(word) & words().get("unit", frozenset()):
        return False
    units = words().get("unit", frozenset())
    return any(a.has("poss") and not a.has("plural") and az_lower(a.stem) in units for a in analyses(word))


def _owner_end(doc: Doc, k: int, at: dict[int, Span]) -> bool:
    """Token k ends a body in the genitive: an ORG ("Nazirliyinin", "MHM-in") or a lone capitalised head."""
    e = at.get(k)
    if e is not None:
        # the ORG's last word as written ("MHM-in" is three tokens)
        return e.label_ == "ORG" and e.end == k + 1 and in_case(e.text.split()[-1], GENITIVE)
    word = doc[k].text
    return name_word(word) and body_word(word) and in_case(word, GENITIVE)


def _name_token(doc: Doc, i: int) -> bool:
    text = doc[i].text
    return text.isalpha() or text in UNIT_JOINERS or glued_dash(doc, i)


def _unit(doc: Doc, h: int, at: dict[int, Span]) -> tuple[int, Span | None] | None:
    """(first token of the unit's name, the TITLE left after the head or None) for the head at h; None
    when the words before it are no unit's name after its body."""
    for s in range(h - 1, max(-1, h - 1 - MAX_WORDS), -1):
        if s == 0:
            return None
        if not _name_token(doc, s):
            return None
        e = at.get(s)
        if e is not None and not (e.label_ == "ORG" and e.end in (h, h + 1) or e.label_ == "TITLE"):
            return None  # a place, a person or another body inside: not one unit's name
        if not _owner_end(doc, s - 1, at) or doc[s - 1].text in UNIT_JOINERS:
            continue
        first = doc[s].text
        if not (name_word(first) or all_caps(first)) or first in UNIT_JOINERS:
            return None
        if doc[h - 1].text in UNIT_JOINERS:
            return None
        names = [az_lower(t.text) for t in doc[s:h] if t.is_alpha]
        if all(w in words().get("press", frozenset()) for w in names):
            return None  # a press office
        if any(w in words().get("stop", frozenset()) or is_title_word(w) for w in names):
            return None  # "Baş direktoru yanında ... şöbəsi": an office's, not a name of its own
        if any(a.has("rel") for t in doc[s:h] for a in analyses(t.text)):
            return None  # "BMT-nin Cenevrədəki bölməsi": where the unit is, no name
        title = at.get(h)
        rest = None
        if title is not None and title.label_ == "TITLE":
            if title.start < s:
                return None
            if title.end > h + 1:
                rest = Span(doc, h + 1, title.end, label="TITLE")
        elif title is not None and not (title.label_ == "ORG" and title.end == h + 1):
            return None
        # every entity the unit touches lies within it, or is the TITLE cut above
        for i in range(s, h):
            e = at.get(i)
            if e is not None and e.start < s:
                return None
            if e is not None and e.label_ == "TITLE" and e.end > h + 1 and e is not title:
                return None
        return s, rest
    return None


@functools.cache
def _stems() -> tuple[str, ...]:
    return tuple(words().get("unit", frozenset()))


def unit_names(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each named unit of a body an ORG; None when nothing changes."""
    # a head starts with its stem ("şöbəsinin"): a string test first, the analyser only for those words
    prefixes, stems = _prefixes(), _stems()
    heads = [h for h, text in enumerate(token_texts(doc)) if h >= 2 and text[:4] in prefixes
             and az_lower(text).startswith(stems) and _unit_head(text)]
    if not heads:
        return None
    at = {i: e for e in ents for i in range(e.start, e.end)}
    new: list[Span] = []
    for h in heads:
        found = _unit(doc, h, at)
        if found is None:
            continue
        s, rest = found
        if new and new[-1].end > s:
            continue  # within the unit found before (not met in the pools; kept safe)
        e = at.get(h)
        if e is not None and e.label_ == "ORG" and e.start == s and e.end == h + 1:
            continue  # already the unit's ORG
        new.append(Span(doc, s, h + 1, label="ORG"))
        if rest is not None:
            new.append(rest)
    if not new:
        return None
    taken = {i for span in new for i in range(span.start, span.end)}
    kept = [e for e in ents if not any(i in taken for i in range(e.start, e.end))]
    # a TITLE cut to the words after the head was overlapped by the unit: its rest is in `new`
    return sorted(kept + new, key=lambda e: e.start)
