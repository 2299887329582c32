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

An ORG the ner found inside a short quoted name of name words only is the whole quoted name, its other
entities with it, when the name ends in a body's head or a body's noun follows the closing quote (org9: “9D
[Technologies]” şirkətinin → “[9D Technologies]”, “[Omarov]'s [Game Studio]” şirkəti, “[INNOLAND İnkubasiya] və
[Akselerasiya Mərkəzi]”nin → one ORG inside the quotes, as the gold writes quoted companies: “[Al Watan]” qəzeti).
Name words: capitalised, all capitals or a number glued to letters ("9D"), joined by "və", "of", "'s" or a dash;
a lower-case word makes the quote a title or a phrase (“Yerli icra hakimiyyətlərində ASAN standartları”), left,
and so is a quoted name holding an owner in the genitive (“[Çin Xalq Respublikasının] [Ticarət Nazirliyinin]
[Təlim Mərkəzi]”: three names) or a PERSON not before "'s".
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.morphology import GENITIVE, base_forms, in_case
from pipeline.lang.punctuation import OPENING_QUOTES
from pipeline.lang.texts import token_texts
from pipeline.names.body_runs import is_name_head
from pipeline.names.concepts import known_place
from pipeline.names.products import product_noun
from pipeline.names.quotes import closes_quote, opens_quote, quoted_names
from pipeline.names.spans import all_caps, name_word
from pipeline.names.words import is_legal_form, possessed, quoted_org_heads

PLURAL_FIELD = ("ləri", "ları")  # "Məsələləri", "İşləri": a field of the body, not a second place
REACH = 6  # tokens of a quoted name between its quotes ("Dəmir Beton Məmulatları")
POSSESSIVE_S = frozenset({"'s", "’s"})  # “Omarov's Game Studio”: the person names the company
QUOTED_JOINERS = frozenset({"və", "of", "-", "–", "&"}) | POSSESSIVE_S  # inside a quoted name of name words


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


def _quoted_word(text: str) -> bool:
    return name_word(text) or all_caps(text) or text in QUOTED_JOINERS or (
        text.isalnum() and text[:1].isdigit() and any(c.isalpha() for c in text))


def _quote_edges(doc: Doc, e: Span) -> tuple[int, int] | None:
    """(first, end) tokens of the short quoted name holding `e` (quotes excluded), or None."""
    texts = token_texts(doc)
    first = e.start
    while first > 0 and e.start - first < REACH and _quoted_word(texts[first - 1]):
        first -= 1
    end = e.end
    while end < len(doc) and end - e.end < REACH and _quoted_word(texts[end]):
        end += 1
    if (first, end) == (e.start, e.end) or first == 0 or end >= len(doc) or texts[first] in QUOTED_JOINERS \
            or texts[end - 1] in QUOTED_JOINERS or not opens_quote(doc[first - 1]) or not closes_quote(doc[end]):
        return None
    return first, end


def _quoted_whole(doc: Doc, e: Span, ents: list[Span]) -> Span | None:
    """The ORG of the whole quoted name holding the ORG `e` (see the module doc), or None."""
    edges = _quote_edges(doc, e)
    if edges is None:
        return None
    first, end = edges
    if any(x.start < first < x.end or x.start < end < x.end for x in ents):
        return None
    for x in ents:
        if first <= x.start and x.end < end and (in_case(x.text.split()[-1], GENITIVE) or x.label_ == "PERSON"
                                                 and doc[x.end].text not in POSSESSIVE_S):
            return None  # “[Çin]in [Nazirliyinin] [Mərkəzi]”: an owner and its unit; “[X] [Der Spiegel]”: two names
    after = doc[end + 1].text if end + 1 < len(doc) else ""
    glued = not doc[end].whitespace_  # “X”in: a case suffix on the name
    body = possessed(doc[end - 1].text, quoted_org_heads())[0]
    noun = doc[end].whitespace_ and possessed(after, quoted_org_heads())[0]
    if not (body or noun or glued and any(x.label_ == "ORG" and x.end == end for x in ents)):
        return None
    return Span(doc, first, end, label="ORG")


def _quoted_wholes(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each ORG inside a quoted name of name words widened to the whole name; None if none."""
    texts = token_texts(doc)
    new: list[Span] = []
    for e in ents:
        # only an ORG with a quote a few tokens before it (token texts: no Token objects)
        if e.label_ == "ORG" and any(t == '"' or t in OPENING_QUOTES for t in texts[max(0, e.start - REACH):e.start]) \
                and not any(n.start <= e.start < n.end for n in new):
            whole = _quoted_whole(doc, e, ents)
            if whole is not None:
                new.append(whole)
    if not new:
        return None
    kept = [x for x in ents if not any(n.start <= x.start and x.end <= n.end for n in new)]
    return sorted(kept + new, key=lambda x: x.start)


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
    wholes = _quoted_wholes(doc, out)
    return wholes if wholes is not None else (out if changed else None)
