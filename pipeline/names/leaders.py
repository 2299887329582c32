"""Leaders (`doc._.leaders`): one entry per person and title stated together in the same sentence (a
person named with two titles, "Baş nazir X ... Sonra xarici işlər naziri X ...", has two entries), with the
title's norm, the country and/or organisation that qualify the title ("Qazaxıstan Prezidenti",
"Xarici İşlər Nazirliyinin mətbuat katibi"; the country also from a body's name, "Rusiya Xarici
İşlər Nazirliyinin sözçüsü"), and every mention of the person."""
from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.names.az_norm import span_norm
from pipeline.names.countries import code_for, country_match
from pipeline.tables import DATA_DIR, read_tsv

LOCAL_ENDING = re.compile(r"^['’-]?(?:n?d[aə]n?|y?l[aə])$")
MAX_GAP = 3  # tokens between a title and its person ("Prezidenti Kasım-Jomart Tokayev", "katibi, X")


def sentence_of(doc: Doc, span: Span) -> tuple[int, int]:
    """(start, end) of the sentence holding `span`'s first token; the whole Doc without sentence starts."""
    if doc.has_annotation("SENT_START"):
        sent = doc[span.start].sent
        return sent.start, sent.end
    return 0, len(doc)


@functools.cache
def after_holder() -> tuple[str, ...]:
    return tuple(r["start"] for r in read_tsv(DATA_DIR / "titles" / "after_holder.tsv"))


def _names_previous(doc: Doc, title: Span, hi: int) -> bool:
    """A title after a person is that person's when it is predicated of them or set off as an
    apposition ("X ... səfiri təyin edilib", "X, Estoniyanın xarici işlər naziri, ..."), as the gold's
    backward pairs are; otherwise it names someone the sentence does not ("X Pakistanın Baş naziri
    ilə görüşüb", "X və birinci xanım"): what follows the title tells (data/titles/after_holder.tsv)."""
    if title.end >= hi:
        return True
    return az_lower(doc[title.end].text).startswith(after_holder())


def _person_for(doc: Doc, k: int, people: list[Span], bounds: tuple[int, int]) -> int | None:
    """Index in `people` (PERSON and TITLE spans in order) of the PERSON the title `people[k]` belongs to: the next
    span if it is a PERSON, else the previous one when the title is predicated of it or an apposition
    (`_names_previous`), in the same sentence and at most MAX_GAP tokens away. A title stacked on
    another ("prezidenti, partiyanın lideri X") belongs to none, as ANNOTATION.md states a title next
    to its person."""
    lo, hi = bounds
    title = people[k]
    if k + 1 < len(people):
        p = people[k + 1]
        if p.label_ == "PERSON" and p.start < hi and p.start - title.end <= MAX_GAP:
            return k + 1
    if k > 0:
        p = people[k - 1]
        if p.label_ == "PERSON" and p.start >= lo and title.start - p.end <= MAX_GAP \
                and _names_previous(doc, title, hi):
            return k - 1
    return None


def _qualifiers(doc: Doc, title: Span, by_end: dict[int, Span],
                bounds: tuple[int, int]) -> tuple[str | None, str | None]:
    """(country code, organisation norm) of the entities directly before the title:
    "Qazaxıstan Prezidenti", "Xarici İşlər Nazirliyinin mətbuat katibi", "Azərbaycan XİN-in sözçüsü".
    One word may stand between ("Rusiya Federasiyasının keçmiş Prezidenti"), and so may a bracketed
    abbreviation ("Mərkəzi Seçki Komissiyasının (MSK) sədri")."""
    country = org = None
    pos = _skip_brackets(doc, title.start, bounds[0])
    while True:
        # "Ukrayna üzrə xüsusi elçisi": a place before "üzrə" is the brief, not the title's country
        ent = by_end.get(pos) or (by_end.get(pos - 1) if pos > 0 and doc[pos - 1].lower_ != "üzrə" else None)
        if ent is None or ent.start < bounds[0] or _local_case(ent):
            break
        if ent.label_ == "ORG" and org is None:
            org = span_norm(ent)
        elif ent.label_ == "COUNTRY":
            country = ent.kb_id_ or code_for(span_norm(ent))
            break
        else:
            break
        pos = ent.start
    if country is None and org is not None:
        # "Rusiya Xarici İşlər Nazirliyinin sözçüsü": a body whose name opens with its country
        hit = country_match(az_lower(org).split())
        country = hit[0] if hit else None
    return country, org


def _local_case(ent: Span) -> bool:
    """The entity is in the locative, ablative or instrumental ("Ağ Evdə Prezident X"): where or with
    whom, never whose the title is."""
    text, base = az_lower(ent.text), az_lower(span_norm(ent))
    return text.startswith(base) and bool(LOCAL_ENDING.match(text[len(base):]))


def _skip_brackets(doc: Doc, pos: int, lo: int, reach: int = 6) -> int:
    """Token index before a "( … )" that ends right before pos, else pos."""
    if pos - 1 > lo and doc[pos - 1].text == ")":
        for j in range(pos - 2, max(lo, pos - reach) - 1, -1):
            if doc[j].text == "(":
                return j
    return pos


def leaders(doc: Doc, ents: list[Span], resolved: dict[int, str], persons: list[Span]) -> list[dict]:
    """The leaders of `doc`; `ents`: its entities in token order (as doc.ents gives them, which builds
    every Span on each read); `resolved`: index in `persons` → the full name that person mention refers to."""
    by_end = {e.end: e for e in ents}
    index = {p.start: i for i, p in enumerate(persons)}
    people = [e for e in ents if e.label_ in ("PERSON", "TITLE")]
    out: dict[tuple[str, str], dict] = {}
    for t, title in enumerate(people):
        if title.label_ != "TITLE":
            continue
        bounds = sentence_of(doc, title)
        k = _person_for(doc, t, people, bounds)
        if k is None:
            continue
        name, title_norm = resolved[index[people[k].start]], span_norm(title)
        country, org = _qualifiers(doc, title, by_end, bounds)
        key = (name, az_lower(title_norm))
        if key in out:
            # a later "Qazaxıstan Prezidenti Tokayev" supplies a missing country
            entry = out[key]
            entry["country"] = entry["country"] or country
            entry["org"] = entry["org"] or org
            continue
        out[key] = {"name": name, "title": title_norm, "country": country, "org": org, "mentions": []}
    by_name: dict[str, list[dict]] = {}
    for (name, _), entry in out.items():
        by_name.setdefault(name, []).append(entry)
    for i, p in enumerate(persons):
        for entry in by_name.get(resolved[i], ()):
            entry["mentions"].append([p.start_char, p.end_char])
    return list(out.values())
