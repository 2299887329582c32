"""Names of bodies the ner cut off their opening words (issue 11, class 9).

A quoted name that opens a body's official name is inside that ORG (issue 11, class 9; ANNOTATION.md:
"quotes inside a name stay", the training gold: [“Xankəndi” Biznes Mərkəzinin], [“Barselona” Futbol
Klubunun]): “X” + an ORG right after the closing quote that a name word opens and a body's head ends
("[“Kür”] [Olimpiya Tədris-İdman Mərkəzi]" → one ORG from the opening quote). The gazetteer's
`join_quoted_orgs` does this on the ner's entities, but stops at an inner hyphen and runs before
`az_corrections` builds the rest of such a name. Not: a legal form or an acronym after the quote (“X” MMC,
“X” ASC: the gold keeps the quoted name alone), a quoted product's name (“X Sistemi” [Dövlət Sərhəd Xidmətinin]:
products.product_noun; egov13), a place opening the ORG (“Report” Azərbaycan XİN-ə
istinadən: an outlet and its source), a quoted name holding more than one entity or a line break.

A one-word REGION in the nominative right before "və" and an ORG that ends in a body's head opens that ORG's
name: "[Avropa] və [Avrasiya Məsələləri Bürosu]", "[Gigiyena] və [Epidemiologiya Mərkəzi]" (the training gold
writes "Avropa və Avrasiya məsələləri Bürosunun" as one ORG and has no REGION + "və" + ORG as two names). Not a
COUNTRY ("Azərbaycan və Avropa İttifaqı": two parties), a place in a case, or an ORG a place opens unless its
second word is a plural field ("Məsələləri": "Bakı və Avropa Şurası" stays two).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.morphology import base_forms
from pipeline.names.body_runs import is_name_head
from pipeline.names.concepts import known_place
from pipeline.names.products import product_noun
from pipeline.names.quotes import closes_quote, quoted_names
from pipeline.names.spans import all_caps, name_word
from pipeline.names.words import is_legal_form, possessed, quoted_org_heads

PLURAL_FIELD = ("ləri", "ları")  # "Məsələləri", "İşləri": a field of the body, not a second place
REACH = 6  # tokens of a quoted name between its quotes ("Dəmir Beton Məmulatları")


def _opens_body(doc: Doc, e: Span) -> bool:
    """`e` is an ORG that may continue a quoted name: a name word, no acronym, legal form or place first,
    a body's head last."""
    first = doc[e.start].text
    return (e.label_ == "ORG" and name_word(first) and not all_caps(first) and not known_place(first)
            and not is_legal_form(first) and possessed(doc[e.end - 1].text, quoted_org_heads())[0])


def _bare(text: str) -> bool:
    """A word with no case ending ("Avropa", not "Avropada"): the analyser finds no stem shorter than a last
    letter off."""
    return text.isalpha() and min(len(b) for b in base_forms(text)) >= len(text) - 1


def _place_opens(doc: Doc, place: Span, e: Span) -> bool:
    """`place` + "və" + `e` is one body's name (see the module doc)."""
    if place.label_ != "REGION" or len(place) != 1 or e.label_ != "ORG" or len(e) < 2 or e.start != place.end + 1:
        return False
    if doc[place.end].text != "və" or not _bare(place.text) or not is_name_head(doc[e.end - 1].text):
        return False
    first = doc[e.start].text
    return name_word(first) and not all_caps(first) and (
        not known_place(first) or doc[e.start + 1].text.endswith(PLURAL_FIELD))


def opened_body_names(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each “X” + body's name, and place + "və" + body's name, joined into one ORG; None when
    nothing changes."""
    out: list[Span] = []
    changed = False
    opening: dict[int, int] | None = None  # closing quote → its opening quote, found when first asked
    for e in ents:
        if out and _place_opens(doc, out[-1], e):
            out[-1] = Span(doc, out[-1].start, e.end, label="ORG")
            changed = True
            continue
        close = e.start - 1
        if (close < 2 or not closes_quote(doc[close]) or not doc[close].whitespace_ or not _opens_body(doc, e)
                or product_noun(doc[close - 1].text)):
            out.append(e)
            continue
        if opening is None:
            opening = {shut: i for i, shut in quoted_names(doc, REACH)}
        start = opening.get(close)
        # the quoted name: free, or one entity inside it (the ner's “[Kür]”)
        inner = [x for x in out if x.end > (start if start is not None else close)]
        if start is None or len(inner) > 1 or inner and (inner[0].start <= start or inner[0].end > close):
            out.append(e)
            continue
        if inner:
            out.remove(inner[0])
        out.append(Span(doc, start, e.end, label="ORG"))
        changed = True
    return out if changed else None
