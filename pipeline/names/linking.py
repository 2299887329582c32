"""Country codes, in-document person resolution and leaders (component "az_link").

- COUNTRY spans get `kb_id_` = ISO 3166-1 alpha-2, from the country lookup (pipeline/names/countries.py)
  in any case form ("ABŞ-ın" → US, "Azərbaycan Respublikasının" → AZ).
- PERSON spans get `kb_id_` = the full name they refer to: a short mention ("Mirziyoyev",
  "Ş.Mirziyoyev", "Mirziyoyevin") resolves to a full name of the same document with that surname
  (and matching initial). The record keeps the span's own `norm`.
- `doc._.leaders`: one entry per person stated with a TITLE in the same sentence, with the title's
  norm and the country and/or organisation that qualify the title, and every mention of the person.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.names.az_norm import norm
from pipeline.names.countries import code_for

INITIAL = re.compile(r"^(\w{1,2})\.\s*(\S.*)?$")
MAX_GAP = 3  # tokens between a title and its person ("Prezidenti Kasım-Jomart Tokayev", "katibi, X")


def _norm(span: Span) -> str:
    return span._.norm or norm(span.text, span.label_)


# -- persons -----------------------------------------------------------------------------------------

def _parts(name: str) -> tuple[str | None, list[str]]:
    """(initial or None, remaining words) of a person norm: "Ş.Mirziyoyev" → ("ş", ["mirziyoyev"])."""
    words = az_lower(name).split()
    if not words:
        return None, []
    m = INITIAL.match(words[0])
    if m:
        rest = ([m.group(2)] if m.group(2) else []) + words[1:]
        return m.group(1), rest
    return None, words


def _is_full(name: str) -> bool:
    initial, words = _parts(name)
    return initial is None and len(words) >= 2


def resolve_persons(persons: list[Span]) -> dict[int, str]:
    """Span index → the full name it refers to (its own norm when it is a full name or unresolved)."""
    norms = [_norm(p) for p in persons]
    full = [(i, n) for i, n in enumerate(norms) if _is_full(n)]
    out: dict[int, str] = {}
    for i, n in enumerate(norms):
        if _is_full(n):
            out[i] = n
            continue
        initial, words = _parts(n)
        if not words:
            out[i] = n
            continue
        surname = words[-1]
        cands = [(j, f) for j, f in full
                 if az_lower(f).split()[-1] == surname and (initial is None or az_lower(f).startswith(initial))]
        if not cands:
            out[i] = n
            continue
        before = [c for c in cands if c[0] < i]
        out[i] = (before[-1] if before else cands[0])[1]  # the nearest full name before, else the first after
    return out


# -- leaders -----------------------------------------------------------------------------------------

def _sentence_of(doc: Doc, span: Span) -> tuple[int, int]:
    if doc.has_annotation("SENT_START"):
        sent = doc[span.start].sent
        return sent.start, sent.end
    return 0, len(doc)


def _person_for(title: Span, persons: list[Span], bounds: tuple[int, int]) -> int | None:
    """Index of the person a title belongs to: next after it, else just before it, same sentence."""
    lo, hi = bounds
    after = [(p.start - title.end, i) for i, p in enumerate(persons)
             if lo <= p.start < hi and 0 <= p.start - title.end <= MAX_GAP]
    if after:
        return min(after)[1]
    before = [(title.start - p.end, i) for i, p in enumerate(persons)
              if lo <= p.start < hi and 0 <= title.start - p.end <= MAX_GAP]
    return min(before)[1] if before else None


def _qualifiers(doc: Doc, title: Span, by_end: dict[int, Span],
                bounds: tuple[int, int]) -> tuple[str | None, str | None]:
    """(country code, organisation norm) of the entities directly before the title:
    "Qazaxıstan Prezidenti", "Xarici İşlər Nazirliyinin mətbuat katibi", "Azərbaycan XİN-in sözçüsü".
    One word may stand between ("Rusiya Federasiyasının keçmiş Prezidenti"), and so may a bracketed
    abbreviation ("Mərkəzi Seçki Komissiyasının (MSK) sədri")."""
    country = org = None
    pos = _skip_brackets(doc, title.start, bounds[0])
    while True:
        ent = by_end.get(pos) or by_end.get(pos - 1)
        if ent is None or ent.start < bounds[0]:
            break
        if ent.label_ == "ORG" and org is None:
            org = _norm(ent)
        elif ent.label_ == "COUNTRY":
            country = ent.kb_id_ or code_for(_norm(ent))
            break
        else:
            break
        pos = ent.start
    return country, org


def _skip_brackets(doc: Doc, pos: int, lo: int, reach: int = 6) -> int:
    """Token index before a "( … )" that ends right before pos, else pos."""
    if pos - 1 > lo and doc[pos - 1].text == ")":
        for j in range(pos - 2, max(lo, pos - reach) - 1, -1):
            if doc[j].text == "(":
                return j
    return pos


def leaders(doc: Doc, resolved: dict[int, str], persons: list[Span]) -> list[dict]:
    ents = list(doc.ents)
    by_end = {e.end: e for e in ents}
    out: dict[str, dict] = {}
    for title in (e for e in ents if e.label_ == "TITLE"):
        bounds = _sentence_of(doc, title)
        i = _person_for(title, persons, bounds)
        if i is None:
            continue
        name = resolved[i]
        country, org = _qualifiers(doc, title, by_end, bounds)
        if name in out:
            # the first title stays; a later "Qazaxıstan Prezidenti Tokayev" supplies a missing country
            entry = out[name]
            if entry["title"] == _norm(title):
                entry["country"] = entry["country"] or country
                entry["org"] = entry["org"] or org
            continue
        out[name] = {"name": name, "title": _norm(title), "country": country, "org": org, "mentions": []}
    for i, p in enumerate(persons):
        if resolved[i] in out:
            out[resolved[i]]["mentions"].append([p.start_char, p.end_char])
    return list(out.values())


# -- component -----------------------------------------------------------------------------------------

@Language.factory("az_link")
def create_az_link(nlp: Language, name: str):
    def az_link(doc: Doc) -> Doc:
        ents = sorted(doc.ents, key=lambda e: e.start)
        persons = [e for e in ents if e.label_ == "PERSON"]
        resolved = resolve_persons(persons)
        full_of = {(p.start, p.end): resolved[i] for i, p in enumerate(persons)}
        new = []
        for ent in ents:
            kb = ent.kb_id_
            if ent.label_ == "COUNTRY":
                kb = kb or code_for(_norm(ent)) or ""
            elif ent.label_ == "PERSON":
                kb = full_of[(ent.start, ent.end)]
            new.append(Span(doc, ent.start, ent.end, label=ent.label_, kb_id=kb) if kb != ent.kb_id_ else ent)
        doc.ents = new
        persons = [e for e in doc.ents if e.label_ == "PERSON"]
        doc._.leaders = leaders(doc, resolved, persons)
        return doc
    return az_link
