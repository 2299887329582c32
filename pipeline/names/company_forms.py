"""Company names the ner types PERSON or REGION or splits, and products of a brand family typed ORG
(issue 11, classes 10 and 11). Each is an ORG (or, for products, no name):
- a word with capitals inside ("AzDataCom", "AzDataCom-un", "AGBank"), which the tokenizer cuts in pieces
  and the ner types PERSON/REGION piece by piece: the whole word is one ORG;
- a PERSON/REGION ending in a company head ("Mərkəzi Bank");
- an English name "Bank of Baku": not the place Baku but the ORG "Bank of Baku";
- a quoted company whose opening quote was lost, before its legal form: `Bakı Elektrik Şəbəkə" ASC`;
- a product of a brand family (“ASAN Viza”, “ASAN ödəniş” sistemi) typed ORG is no name ("ASAN xidmət",
  the agency, stays);
- a PERSON/REGION that is no known place right before a company noun in the singular possessive ("Qarant
  Sığorta şirkəti", "Eurodesign şirkətinin"; not "Avropa şirkəti", nor "İsrail şirkətləri"), and an ORG with a
  country after it there ("Microsoft Azərbaycan şirkətinin": the local company, one ORG), egov8.
The words live in pipeline/data/companies/words.tsv.
"""
from __future__ import annotations

import functools

import regex
from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import base_forms
from pipeline.lang.texts import token_texts
from pipeline.names.concepts import known_place
from pipeline.names.person_splits import SURNAME
from pipeline.names.spans import same_spans
from pipeline.names.words import legal_forms, possessed
from pipeline.tables import words_by_role

PATH = "companies/words.tsv"  # under pipeline/data/
LABELS = frozenset({"PERSON", "REGION"})
# a lower-case letter then a capital ("AzData", "AzdataCom"), or a run of capitals ending in a capital
# and a lower-case letter ("AGBank"); not a misprinted surname with one run of two ("ƏIiyev")
CAMEL = regex.compile(r"\p{Ll}\p{Lu}\p{Ll}|\p{Lu}{2}\p{Lu}\p{Ll}")
# the last capital's part: "SaaS", "IaaS" (concepts) end in a lone capital
LAST_PART = regex.compile(r"\p{Lu}(\p{Ll}*)$")
# surnames with a capital inside: McCain, MacArthur, DeSantis, DiCaprio, LeBron, VanDyke
SURNAME_PREFIX = regex.compile(r"^(Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')\p{Lu}")
QUOTES = frozenset({'"', "”", "»", "“"})


@functools.cache
def words() -> dict[str, frozenset[str]]:
    """Role → its words (see the data file's header)."""
    return words_by_role(PATH)


def _glued_word(doc: Doc, i: int) -> tuple[int, int]:
    """The tokens of the letters-only word without spaces that holds token `i` ("AzData" "Com")."""
    start, end = i, i + 1
    while start > 0 and doc[start - 1].is_alpha and not doc[start - 1].whitespace_ and doc[start].is_alpha:
        start -= 1
    while end < len(doc) and doc[end].is_alpha and doc[end - 1].is_alpha and not doc[end - 1].whitespace_:
        end += 1
    return start, end


def is_camel_company(text: str) -> bool:
    """A word with capitals inside ("AzDataCom", "AGBank"), not a surname of that shape ("McCain"), nor
    words a scraper ran together: lower case first ("olanTələbə"), Azərbaijani letters ("ParisdəAvropa") or a
    name and a surname ("OrxanMəmmədov")."""
    last = LAST_PART.search(text)
    # Latin letters only: Azərbaijani words run together carry its letters ("ParisdəAvropa", "HeqsetBrüsseldə")
    return (text.isascii() and text[:1].isupper() and bool(CAMEL.search(text)) and not SURNAME_PREFIX.match(text)
            and last is not None and len(last.group(1)) >= 2
            and not az_lower(text).endswith(tuple(words()["surname_end"])))


def _camel_words(doc: Doc, ents: list[Span]) -> list[Span]:
    """Each PERSON/REGION starting in a word with capitals inside becomes that word as one ORG."""
    out = list(ents)
    for e in ents:
        if e.label_ not in LABELS or e not in out:
            continue
        start, end = _glued_word(doc, e.start)
        if not is_camel_company(doc[start:end].text):
            continue
        inside = [x for x in out if x.start < end and x.end > start]
        if any(x.label_ not in LABELS and (x.start < start or x.end > end) for x in inside):
            continue  # the word is part of a longer ORG or country: leave it
        out = [x for x in out if x not in inside] + [Span(doc, start, end, label="ORG")]
    return out


def _english_head(doc: Doc, e: Span) -> Span | None | bool:
    """For a name after "X of" with X an English head: the ORG "X of name"; False when X is glued to
    the text before it (the scraper's `ASC,"Bank`) and no span can start at it; None otherwise."""
    if e.start < 2 or doc[e.start - 1].text != "of":
        return None
    head = doc[e.start - 2].text
    if head in words()["english"]:
        return Span(doc, e.start - 2, e.end, label="ORG")
    if any(head.endswith(w) and not head[-len(w) - 1].isalpha() for w in words()["english"] if len(head) > len(w)):
        return False
    return None


def _lost_quote(doc: Doc, e: Span) -> Span | None:
    """`Bakı Elektrik Şəbəkə" ASC`: the name from `e` to the closing quote before a legal form is an ORG."""
    k = e.end
    while k < len(doc) and doc[k].is_alpha and doc[k].text[:1].isupper():
        k += 1
    if k == e.end or k + 1 >= len(doc) or doc[k].text not in QUOTES:
        return None
    if az_lower(doc[k + 1].text) not in legal_forms() or doc[e.start - 1:e.start].text in QUOTES:
        return None  # with its opening quote the ner's span is its own choice
    return Span(doc, e.start, k, label="ORG")


def _family_product(doc: Doc, e: Span) -> bool:
    """An ORG "ASAN Viza" or "ASAN" before "ödəniş": a product of the brand family, no name."""
    if e[0].text not in words()["family"]:
        return False
    nxt = e[1] if len(e) > 1 else (doc[e.end] if e.end < len(doc) else None)
    return nxt is not None and az_lower(nxt.text) in words()["product"]


def _company_noun(texts: list[str], i: int) -> bool:
    """Token i (or the one after a closing quote) is a company noun in the singular possessive, any case
    ("şirkəti", "Şirkətinin"; not "şirkətləri"): the name before it is the company's."""
    if i < len(texts) and texts[i] in QUOTES:
        i += 1
    if i >= len(texts):
        return False
    poss, plural = possessed(texts[i], words()["noun"])
    return poss and not plural


def _named_company(doc: Doc, e: Span, prev: Span | None) -> Span | None:
    """The ORG a name before a company noun makes (see the module doc), or None."""
    if (e.label_ not in LABELS and e.label_ != "COUNTRY") or not _company_noun(token_texts(doc), e.end):
        return None
    if e.label_ in LABELS and not known_place(e.text) and not any(SURNAME.search(az_lower(t.text)) for t in e):
        return Span(doc, e.start, e.end, label="ORG")  # not a person run into the company ("X Əliyev Microsoft")
    # the company before the country: an ORG, or one word the ner typed PERSON/REGION ("Microsoft")
    if e.label_ == "COUNTRY" and prev is not None and (prev.label_ == "ORG" or prev.label_ in LABELS and len(prev) == 1) \
            and prev.end == e.start and doc[prev.end - 1].whitespace_ == " ":
        return Span(doc, prev.start, e.end, label="ORG")
    return None


def _local_companies(doc: Doc, ents: list[Span]) -> list[Span]:
    """`ents` with the names before company nouns made ORGs (module doc)."""
    out: list[Span] = []
    for e in ents:
        named = _named_company(doc, e, out[-1] if out else None)
        if named is not None:
            if named.start < e.start:
                out.pop()
            e = named
        out.append(e)
    return out


def company_forms(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with the company names above made ORG and brand products dropped; None if nothing changed."""
    out = _local_companies(doc, sorted(_camel_words(doc, ents), key=lambda x: x.start))
    taken = {i for x in out for i in range(x.start, x.end)}
    result = []
    for e in out:
        if e.label_ == "ORG" and _family_product(doc, e):
            continue
        if e.label_ in LABELS and len(e) > 1 and base_forms(az_lower(e[-1].text)) & words()["head"]:
            e = Span(doc, e.start, e.end, label="ORG")
        elif e.label_ in LABELS | {"COUNTRY"}:
            english = _english_head(doc, e)
            if english is False:
                continue
            if english is not None and e.start - 2 not in taken:
                e = english
            elif e.label_ != "COUNTRY" or len(e) == 1:
                lost = _lost_quote(doc, e)
                if lost is not None and not any(i in taken for i in range(e.end, lost.end)):
                    e = lost
        result.append(e)
    if same_spans(result, ents):
        return None
    return sorted(result, key=lambda x: x.start)
