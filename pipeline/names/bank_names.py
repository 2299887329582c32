"""Bank names the ner splits or mistypes (issue 11, class 10): the word "Bank" with the name words around
it is one ORG, and "Bank" left alone is no name.
- "Bank X" (X capitalised words or an acronym, with its case suffix): "Bank BTB-nin", "Bank Respublika",
  where the ner typed "Bank" REGION and "BTB" ORG;
- "Bank of X": "Bank of Baku";
- "X Bank", and inside quotes "X Bank Y": “Yapı Kredi Bank”, "Euro Bank" ASC, “Ziraat Bank Azərbaycan”
  (the ner took "Yapı Kredi" for a PERSON or "Azərbaycan" for the country);
- a one-word name that is the noun "bank" in any case ("Bank", "Bankın") is no name;
- a country in brackets right after the name is part of its legal name: "Bank VTB (Azərbaycan)" (egov8).
The rule fixes what the ner saw: a name is made only where it overlaps an entity, and an ORG that runs on
over more name words ("Bank Sertifikat Xidmətləri Mərkəzi") is left alone. The legal form after a name
("ASC", "MMC") stays outside it, as in the gold.
Over free tokens (org5), where the ner saw nothing, only what a company's name shows by itself is made an ORG:
- a one-word brand glued to "bank", in a case form at most ("AGBank", "Rabitəbankın", “PASHABank”-ın), unless a
  product's noun follows it (“Birbank” mobil tətbiqi: an app, `products`' table);
- "Bank X" / "Bank of X" right before a legal form ("Bank Respublika" ASC) or quoted whole in a list ("Bank of
  Baku", ...; not “Bank Respublika Arena”da, a stadium).
"""
from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span

from pipeline.lang import punctuation
from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import base_forms
from pipeline.lang.texts import token_texts
from pipeline.names.body_runs import opens_sentence
from pipeline.names.common_words import is_common
from pipeline.names.countries import is_country_name
from pipeline.names.products import words as product_words
from pipeline.names.spans import glued_dash, name_word, same_spans
from pipeline.names.words import is_legal_form, is_title_word, legal_forms

BANK = "Bank"
ENGLISH_OF = "of"
MAX_WORDS = 3  # name words on either side of "Bank"
OPEN_QUOTES = frozenset(punctuation.QUOTE_STARTS)
CLOSE_QUOTES = frozenset(punctuation.CLOSING_QUOTES + '"')
BRAND = re.compile(r"[A-ZÇĞİÖŞÜƏ][\wəöüğışçƏÖÜĞİŞÇ]+?(?:bank|Bank|BANK)(?:ın|a|ı|da|dan|la)?")
LIST_AFTER = frozenset({",", "və"})  # a quoted bank's name in a list of names
PRODUCT_ROLES = ("after", "after_quoted", "modifier")


def _word(doc: Doc, k: int) -> bool:
    """Token k is a word of a bank's name: capitalised or an acronym, no legal form, no title word."""
    text = doc[k].text
    return name_word(text) and az_lower(text) not in legal_forms() and not is_title_word(text)


def _left(doc: Doc, i: int) -> int:
    """The first token of the name words right before "Bank" at i ("Yapı Kredi", "Azər-Türk")."""
    start, words = i, 0
    while start > 0 and words < MAX_WORDS:
        k = start - 1
        if glued_dash(doc, k) and k > 0 and _word(doc, k - 1):
            start = k - 1
        elif _word(doc, k) and doc[k].whitespace_ and not (opens_sentence(doc, k) and is_common(doc[k].text)):
            start = k
        else:
            break
        words += 1
    return start


def _suffix_end(doc: Doc, end: int) -> int:
    """`end` moved over a case suffix glued by a dash ("BTB" "-" "nin")."""
    if end + 1 < len(doc) and glued_dash(doc, end) and doc[end + 1].text.isalpha() and doc[end + 1].text.islower():
        return end + 2
    return end


def _right(doc: Doc, i: int, quoted: bool, bare: bool) -> int:
    """The end of the name after "Bank" at i: "of" and capitalised words, or name words when "Bank"
    opens the name (`bare`) or the name is quoted; nothing else."""
    k = i + 1
    if k < len(doc) and doc[k].text == ENGLISH_OF and doc[i].whitespace_:
        k += 1
        if not (k < len(doc) and _word(doc, k)):
            return i + 1
    elif not (bare or quoted):
        return i + 1
    end, words = i + 1, 0
    while k < len(doc) and words < MAX_WORDS and doc[k - 1].whitespace_ and _word(doc, k):
        end, k, words = k + 1, k + 1, words + 1
    return _suffix_end(doc, end) if words else i + 1


def _bank_span(doc: Doc, i: int) -> Span | None:
    """The ORG around "Bank" at token i, or None when "Bank" has no name words."""
    start = _left(doc, i)
    quoted = start > 0 and doc[start - 1].text in OPEN_QUOTES
    end = _right(doc, i, quoted, bare=start == i)
    if end - start < 2:
        return None  # no brand: a bracketed country after the bare noun makes no name ("Bank (Azərbaycan)")
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and is_country_name(doc[end + 1].text):
        end += 3
    return Span(doc, start, end, label="ORG")


def _lone_bank(e: Span) -> bool:
    """A one-word name that is the noun "bank" ("Bank", "Bankın")."""
    return len(e) == 1 and BANK.lower() in base_forms(az_lower(token_texts(e.doc)[e.start]))


@functools.cache
def _product_nouns() -> frozenset[str]:
    return frozenset().union(*(product_words().get(role, frozenset()) for role in PRODUCT_ROLES))


def _after_quote(doc: Doc, end: int) -> int:
    """The first token after `end` past a closing quote."""
    return end + 1 if end < len(doc) and doc[end].text in CLOSE_QUOTES else end


def _company_after(doc: Doc, end: int, quoted: bool) -> bool:
    """A legal form follows the name (past a closing quote), or a quoted name is closed right there and a
    list goes on ("Bank of Baku", ...)."""
    k = _after_quote(doc, end)
    if k < len(doc) and is_legal_form(doc[k].text):
        return True
    return quoted and k > end and k < len(doc) and doc[k].text in LIST_AFTER


def _brand(doc: Doc, i: int, text: str) -> Span | None:
    """A one-word bank brand at token i ("AGBank", "Rabitəbankın", "PASHABank" "-" "ın") that no product noun
    follows, as an ORG."""
    if not BRAND.fullmatch(text):
        return None
    end = _suffix_end(doc, i + 1)
    k = _after_quote(doc, end)
    nxt = doc[k].text if k < len(doc) else ""
    if nxt.islower() and base_forms(nxt) & _product_nouns():
        return None
    return Span(doc, i, end, label="ORG")


def free_banks(doc: Doc, ents: list[Span], candidates: list[int]) -> list[Span]:
    """The banks' names over free tokens the ner passed over (org5): one-word brands, and "Bank X" before a
    legal form or quoted in a list; `candidates`: the tokens holding "ank"."""
    if not candidates:
        return []
    taken = {k for e in ents for k in range(e.start, e.end)}
    found: list[Span] = []
    texts = token_texts(doc)
    for i in candidates:
        text = texts[i]
        if i in taken:
            continue
        span = _brand(doc, i, text) if text != BANK else _bank_span(doc, i)
        if span is None or any(k in taken for k in range(span.start, span.end)):
            continue
        quoted = span.start > 0 and doc[span.start - 1].text in OPEN_QUOTES
        if text == BANK and not _company_after(doc, span.end, quoted):
            continue
        found.append(span)
        taken.update(range(span.start, span.end))
    return found


def bank_names(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each bank's name made one ORG and lone "Bank" dropped; None if nothing changed."""
    out = list(ents)
    # token texts, not Token objects, filtered in one comprehension: the test sees every word of every article
    texts = token_texts(doc)
    candidates = [i for i, text in enumerate(texts) if "ank" in text]
    for i in candidates:
        if texts[i] != BANK:
            continue
        span = _bank_span(doc, i)
        if span is None:
            continue
        inside = [e for e in out if e.start < span.end and span.start < e.end]
        if not inside or any(e.label_ == "ORG" and any(name_word(t.text) for t in e
                                                       if not span.start <= t.i < span.end) for e in inside):
            continue  # the ner saw no name here, or a longer ORG holds it
        if len(inside) == 1 and (inside[0].start, inside[0].end, inside[0].label_) == (span.start, span.end, "ORG"):
            continue
        out = [e for e in out if e not in inside] + [span]
    kept = [e for e in out if not _lone_bank(e)]
    kept += free_banks(doc, kept, candidates)
    if same_spans(kept, ents):
        return None
    return sorted(kept, key=lambda x: x.start)
