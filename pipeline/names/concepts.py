"""Names of things that are no bodies, from knowledge (issue 11, classes 3, 5 and 10; ANNOTATION.md:
fields, identifiers, formats, products and events are no entities, the organisation behind one is):
- an ORG that is an acronym of a field, an identifier or a format is dropped ("İKT sahəsində", "FİN
  kod", "PDF formatında"), and so is the name it spells out ("... Texnologiyaları (İKT)"); a legal form
  after a name is dropped ("“Expressbank” ASC-nin"), one in brackets stays (it stands for the name);
- an ORG that is a technology, format or degree is dropped (egov11, class 5): an acronym of the list (LED,
  SOAP, CSV, MBA), one in mixed case (PhD, VoIP), or any bare all-capital word right before a lower-case noun
  of such a kind ("SSH texnologiyası", "SMART tipli", "EGDI indeksinə") that the training gold never names
  a body ("NATO kodu" stays), with the document's other ORG mentions of that word;
- a name of software is dropped whatever its label ("Windows əməliyyat sistemi");
- a global company typed PERSON or REGION becomes an ORG ("Facebook, Twitter kimi səhifələr"); a PERSON of
  several words that a known company opens is its product or programme, no person (region11: "Google Maps",
  "Microsoft Gümüş tərəfdaşı", "Apple Store"; none of the training gold's PERSONs), unless a word of it is a
  first or last name of the gold;
- an ORG that is the whole of a quoted name followed by an event noun (after at most two lower-case modifiers,
  or a bracketed gloss ending in one: “X” beynəlxalq konfransı, “X” (Milli İnternet Mükafatı); also an acronym
  in brackets after a quoted title) is an event's or award's name and is dropped,
  with its other ORG mentions (“Bakutel 2015” sərgisi ... Bakuteldə; `brands` has made the company-shaped
  REGION an ORG before); a name inside a longer quoted title (“Heydər Əliyev və Qarabağ” sərgisi) and a
  place (“Osaka 2025” sərgisi: REGION) stay.

The words live in pipeline/data/concepts/words.tsv (roles: acronym, mixed, kind, product, company, event, and
body: the head nouns of bodies' names, read by official_names.py); the legal forms in gazetteer/legal_forms.tsv.
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import analyses, base_forms, joined_head
from pipeline.lang.texts import span_text
from pipeline.names.quotes import closes_quote, opens_quote
from pipeline.names.words import legal_forms
from pipeline.tables import words_by_role

PATH = "concepts/words.tsv"  # under pipeline/data/
QUOTE_REACH = 6  # tokens between a quote and the entity it holds (“Bakutel 2015”: the year)
MODIFIERS = 2  # lower-case words between a quoted event's name and its noun (“X” beynəlxalq elmi konfransı)
MAX_GLOSS = 6  # words of a bracketed gloss after a quoted name (“X” (Milli İnternet Mükafatı))


@functools.cache
def words() -> dict[str, frozenset[str]]:
    """role → lower-case words of that role."""
    return words_by_role(PATH, az_lower)


def _acronym(text: str, known: frozenset[str] | None = None) -> bool:
    """An all-capital word (with or without a suffix after a joiner) of `known` (lower case; default: the
    acronyms of fields and identifiers)."""
    head = joined_head(text)
    if known is None:
        known = words().get("acronym", frozenset())
    return len(head) > 1 and head.isupper() and az_lower(head) in known


def _technical(doc: Doc, ent: Span, text: str) -> bool:
    """A degree or technology in mixed case ("PhD", "VoIP"), or a bare all-capital word right before a
    lower-case noun of a kind of technology, format or degree ("SSH texnologiyası", "SMART tipli", "EGDI
    indeksinə") that the training gold never names a body (egov11, class 5)."""
    if az_lower(text) in words().get("mixed", ()):
        return True
    if not (len(text) > 1 and text.isalnum() and text.isupper()) or ent.end >= len(doc):
        return False
    nxt = doc[ent.end].text
    if not nxt[:1].islower() or not (base_forms(nxt) | {nxt}) & words().get("kind", frozenset()):
        return False
    from pipeline.names.az_norm import lexicon
    return text not in lexicon().norms.get("ORG", ())


def _legal_form(doc: Doc, ent: Span) -> bool:
    """A legal form after a name, not in brackets (where it stands for the name)."""
    return _acronym(ent.text, legal_forms()) and not (ent.start and doc[ent.start - 1].text == "(")


@functools.lru_cache(maxsize=20_000)
def kind(text: str) -> str | None:
    """"product" or "company" when a one-word name (suffixes allowed) or a whole several-word name
    ("Visual Studio") is a known one, else None."""
    if " " in text:
        return next((role for role in ("product", "company") if az_lower(text) in words().get(role, ())), None)
    if not text[:1].isalpha():
        return None
    low = az_lower(text)
    forms = {low, az_lower(joined_head(text))} | base_forms(low)
    for role in ("product", "company"):
        if forms & words().get(role, frozenset()):
            return role
    return None


@functools.cache
def _person_words() -> frozenset[str]:
    """Lower-case words of the training gold's person names (as common_words.person_words, which imports this
    module)."""
    from pipeline.names.az_norm import lexicon
    return frozenset(az_lower(w) for n in lexicon().norms.get("PERSON", ()) for w in n.split())


def _company_opened(text: str) -> bool:
    """A known company's name opens the several words and none of them is a person word of the gold ("Google
    Maps", not "Kamran Google")."""
    words_ = text.split()
    return kind(words_[0]) == "company" and not any(base_forms(az_lower(w)) & _person_words() for w in words_)


def _spelt_out(doc: Doc, ent: Span) -> bool:
    """An ORG spelling out a field's acronym that follows it in brackets: "İnformasiya Kommunikasiya
    Texnologiyaları (İKT)"."""
    k = ent.end
    return k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")" and _acronym(doc[k + 1].text)


def _event_noun(word: str) -> bool:
    """A possessive form of an event noun: "sərgisi", "sərgi-konfransı", "forumu" (not the bare noun)."""
    if not base_forms(word) & words().get("event", frozenset()):
        return False
    return any(a.has("poss") for a in analyses(word))


def _event_after(doc: Doc, i: int, covered: frozenset[int]) -> bool:
    """An event noun at token i, or after at most MODIFIERS modifiers of the word list (“X” beynəlxalq
    konfransı, “X” texnologiya tədbirində; not “X” şirkətinin konfransı, “X” mobil operatoru tədbiri), or a
    bracketed gloss ending in one (“MilliNet” (Milli İnternet Mükafatı)); egov12."""
    if i < len(doc) and doc[i].text == "(":
        for t in doc[i + 1:i + 2 + MAX_GLOSS]:
            if t.text == ")":
                return t.i > i + 1 and _event_noun(doc[t.i - 1].text)
        return False
    for t in doc[i:i + MODIFIERS + 1]:
        if _event_noun(t.text):
            return True
        if t.i in covered or az_lower(t.text) not in words().get("modifier", frozenset()):
            return False
    return False


def _bracketed_after_quote(doc: Doc, ent: Span) -> bool:
    """An acronym in brackets right after a quoted title: “Rəqəmsal idarəetmədə süni intellekt” (X)."""
    s = ent.start
    return (s >= 2 and doc[s - 1].text == "(" and closes_quote(doc[s - 2]) and ent.end < len(doc)
            and doc[ent.end].text == ")")


def _quoted_event(doc: Doc, ent: Span, covered: frozenset[int]) -> bool:
    """The entity is every word of a quoted name (a number may follow it) and an event noun follows the
    closing quote (“Bakutel 2015” sərgisi, "Bakutel" sərgi-konfransı, see `_event_after`), or an ORG is
    followed inside the quotes by a capitalised event noun (“The World CIO 200 Summit 2023”)."""
    if _bracketed_after_quote(doc, ent):
        return _event_after(doc, ent.end + 1, covered)
    if ent.start == 0 or not opens_quote(doc[ent.start - 1]):
        return False
    for t in doc[ent.end:ent.end + QUOTE_REACH]:
        if closes_quote(t):
            return bool(t.whitespace_) and _event_after(doc, t.i + 1, covered)
        if ent.label_ == "ORG" and t.text[:1].isupper() and base_forms(t.text) & words().get("event", frozenset()):
            return True
        if t.is_alpha or t.is_sent_start:  # another word inside the quotes: a longer title
            return False
    return False


def known_place(text: str) -> bool:
    """A name of the gazetteer in any case form ("Qəbələyə")."""
    from pipeline.names.gazetteer import entries
    return any(tuple(f.split()) in entries() for f in _keys(text))


def _keys(text: str) -> frozenset[str]:
    return frozenset(base_forms(az_lower(text))) | {az_lower(text)}


def _covered(ents: list[Span]) -> frozenset[int]:
    """The tokens inside the current entities (doc.ents is stale inside az_corrections)."""
    return frozenset(i for e in ents for i in range(e.start, e.end))


def concept_names(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` corrected by the concept lists (see the module doc); None when nothing changes."""
    out: list[Span] = []
    events: set[str] = set()
    kinds: set[str] = set()
    changed = False
    covered: frozenset[int] = frozenset()  # the tokens of `ents`, built when first asked
    for e in ents:
        label = e.label_
        if label not in ("PERSON", "REGION", "ORG"):  # no rule below touches the other labels
            out.append(e)
            continue
        text = span_text(e)  # Span.text is rebuilt from the tokens on every access
        if label == "ORG" and (" " not in text and (_acronym(text) or _legal_form(doc, e)) or _spelt_out(doc, e)):
            changed = True
            continue
        if label == "ORG" and " " not in text and _technical(doc, e, text):
            kinds.add(joined_head(text))  # its other mentions too: "EGDI indeksi ... EGDI qrupunda"
            changed = True
            continue
        what = kind(text)
        if what == "product":
            changed = True
            continue
        if what == "company" and label != "ORG":
            out.append(Span(doc, e.start, e.end, label="ORG"))
            changed = True
            continue
        if label == "PERSON" and what is None and " " in text and _company_opened(text):
            changed = True
            continue
        if label in ("PERSON", "REGION") and " " not in text and base_forms(text) & words().get("event", ()):
            changed = True  # "Summit" inside “CIO 200 Summit 2023”
            continue
        if label == "ORG" and _quoted_event(doc, e, covered := covered or _covered(ents)):
            events.add(az_lower(text))
            changed = True
            continue
        out.append(e)
    if events:  # the event's other mentions: "Bakuteldə"
        out = [e for e in out if not (e.label_ == "ORG" and _keys(e.text) & events)]
    if kinds:  # a technology's other mentions: "EGDI qrupunda"
        out = [e for e in out if not (e.label_ == "ORG" and joined_head(e.text) in kinds)]
    return out if changed else None
