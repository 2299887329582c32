"""Leaders (`doc._.leaders`): one entry per person stated with a TITLE in the same sentence, with the
title's norm, the country and/or organisation that qualify the title ("Qazaxıstan Prezidenti",
"Xarici İşlər Nazirliyinin mətbuat katibi"), and every mention of the person."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.names.az_norm import span_norm
from pipeline.names.countries import code_for

MAX_GAP = 3  # tokens between a title and its person ("Prezidenti Kasım-Jomart Tokayev", "katibi, X")


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
            org = span_norm(ent)
        elif ent.label_ == "COUNTRY":
            country = ent.kb_id_ or code_for(span_norm(ent))
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
    """The leaders of `doc`; `resolved`: index in `persons` → the full name that person mention refers to."""
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
            if entry["title"] == span_norm(title):
                entry["country"] = entry["country"] or country
                entry["org"] = entry["org"] or org
            continue
        out[name] = {"name": name, "title": span_norm(title), "country": country, "org": org, "mentions": []}
    for i, p in enumerate(persons):
        if resolved[i] in out:
            out[resolved[i]]["mentions"].append([p.start_char, p.end_char])
    return list(out.values())
