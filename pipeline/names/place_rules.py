"""The gazetteer's places against their context and the ner: where a match is no place of its own
(`not_a_place`, `free_places`), the ner's places checked against the names (`correct_places`), and a
place split off the ORG it opens (`split_places_off_orgs`)."""
from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import analyses, base_forms
from pipeline.lang.punctuation import NAME_QUOTES
from pipeline.names.countries import Entry, is_country_name
from pipeline.names.quotes import inside_quoted_name
from pipeline.names.spans import cap, free
from pipeline.names.words import blockers, org_heads, title_words


def not_a_place(doc: Doc, start: int, end: int, nominative: bool) -> bool:
    """Context where the name is no COUNTRY/REGION of its own (ANNOTATION.md)."""
    if inside_quoted_name(doc, start, end):
        return True
    if end < len(doc):
        nxt = doc[end]
        if base_forms(nxt.text) & blockers():
            return True
        if nominative and nxt.ent_type_ == "ORG" and nxt.ent_iob_ == "B":
            return True
        # a country in the nominative that opens an organisation's name is part of it ("Türkiyə Mərkəzi
        # Bankı"); a title ("Qazaxıstan Prezidenti") or an event ("Avropa Kuboku") is not an organisation
        if nominative and cap(nxt) and org_follows(doc, end):
            return True
    return False


def free_places(doc: Doc, matches: list[tuple[Span, Entry, bool]]) -> list[Span]:
    """The gazetteer's matches as COUNTRY/REGION spans, where no entity holds their tokens and the
    context leaves them places of their own."""
    return [Span(doc, span.start, span.end, label=entry.label, kb_id=entry.code or "")
            for span, entry, nominative in matches
            if free(doc, span.start, span.end) and not not_a_place(doc, span.start, span.end, nominative)]


def _capitalised_run(doc: Doc, i: int) -> int:
    """End of the run of capitalised words (and "və" inside it) starting at i, at most 8 tokens."""
    j = i
    while (j < len(doc) and j < i + 8 and not doc[j].is_punct
           and (cap(doc[j]) or (doc[j].lower_ == "və" and j > i))):
        j += 1
    return j


def org_follows(doc: Doc, i: int) -> bool:
    """The capitalised run at i is an organisation's name ("… Nazirliyi", "… Bankı", "XİN") and not a
    title ("Prezidenti", "Baş naziri"): whichever comes first decides."""
    heads, titles = org_heads(), title_words()
    end = _capitalised_run(doc, i)
    for t in doc[i:min(end + 1, len(doc))]:
        forms = base_forms(t.text)
        if forms & titles:
            return False
        acronym = t.is_upper and len(t.text) > 1 and t.is_alpha and t.whitespace_  # "XİN", not "BMT-də"
        if t.i < end and (acronym or forms & heads):
            return True
    return False


def correct_places(doc: Doc, matches: list[tuple[Span, Entry, bool]],
                   ents: Sequence[Span] | None = None) -> list[Span] | None:
    """The NER's places checked against the names: an entity on exactly a gazetteer match takes the
    gazetteer's label (Türkiyədən is a COUNTRY, Qrenlandiya a REGION; a PERSON only turns into a COUNTRY,
    as many places share a name with people), and a COUNTRY that is no country name is dropped.
    Like every rule below: the new entities, or None when nothing changes. `ents`: doc.ents when the
    caller has read them already."""
    by_range = {(span.start, span.end): entry for span, entry, _ in matches}
    out = []
    changed = False
    for ent in doc.ents if ents is None else ents:
        entry = by_range.get((ent.start, ent.end))
        label = ent.label_
        if entry and label in ("COUNTRY", "REGION") or (entry and label == "PERSON" and entry.label == "COUNTRY"):
            if entry.label != label:
                ent = Span(doc, ent.start, ent.end, label=entry.label, kb_id=entry.code or "")
                changed = True
        elif label == "COUNTRY" and not is_country_name(ent.text.strip(NAME_QUOTES)):
            changed = True
            continue
        out.append(ent)
    return out if changed else None


SPATIAL_CASES = ("dative", "locative", "ablative")


def name_cases(word: str, name: str) -> set[str]:
    """The cases `word` can be `name`'s last word in ("Özbəkistanın" → genitive, "Bakıya" → dative)."""
    last = az_lower(name.split()[-1])
    return {ana.morphs[-1].name for ana in analyses(word)
            if ana.morphs and ana.morphs[-1].slot == "case" and az_lower(ana.stem) == last}


def split_places_off_orgs(doc: Doc, matches: list[tuple[Span, Entry, bool]],
                          ents: Sequence[Span] | None = None) -> list[Span] | None:
    """An ORG that opens with a place name in the genitive or a spatial case is no single name:
    - genitive: the place and the organisation ([Özbəkistanın]COUNTRY [Milli İnformasiya Agentliyi]ORG,
      ANNOTATION.md; the training gold writes it so in 546 of 550 cases), except before a "-dakı/-dəki"
      word ("Azərbaycanın Türkiyədəki Səfirliyi" is one ORG);
    - dative, locative, ablative ("Bakıda …", "Türkiyəyə …"): a case ending never sits inside a name
      (176 of 177 in the training gold); the rest stays an ORG only when it ends in an organisation
      head word or is an acronym."""
    by_start = {span.start: (span, entry) for span, entry, nominative in matches if not nominative}
    if not by_start:
        return None
    out = []
    changed = False
    for ent in doc.ents if ents is None else ents:
        hit = by_start.get(ent.start) if ent.label_ == "ORG" else None
        if hit is not None and hit[0].end < ent.end:
            span, entry = hit
            rest = doc[span.end:ent.end]
            cases = name_cases(span.text.split()[-1], entry.name)
            genitive = "genitive" in cases and not any(ana.has("rel") for ana in analyses(rest[0].text))
            spatial = bool(cases & set(SPATIAL_CASES))
            if cap(rest[0]) and not rest[0].is_punct and (genitive or spatial):
                out.append(Span(doc, span.start, span.end, label=entry.label, kb_id=entry.code or ""))
                acronym = len(rest) == 1 and rest[0].is_upper
                if genitive or acronym or base_forms(rest[-1].text) & org_heads():
                    out.append(Span(doc, rest.start, rest.end, label="ORG"))
                changed = True
                continue
        out.append(ent)
    return out if changed else None
