"""Portals, information systems, apps and e-services are products, not organisations (ANNOTATION.md):
“Elektron Hökumət” portalı, “ASAN ödəniş” sistemi, “X” informasiya sistemi, Elektron Hökumət Portalı,
ASAN Login. A news portal that reports is an outlet and stays an ORG (“Ynet” portalı məlumat yayıb).
After "adlı"/"adlanan"/"adında" the product noun takes no possessive (“X” adlı mobil tətbiq, “X” adlanan xidmət;
egov12). Quoted projects, satellites and standards likewise (“Lightest” layihəsi, “Azersky” peyki), and
an acronym directly followed by a number is a standard (ISO 9001, ISO 20000), not its body ("ISO" alone stays).
Issue 11 egov13: registers and capitalised projects (Dövlət Reyestrləri, X Layihəsi), a name cut before its product
noun with words of the product's name between, a body inside a quoted product's name (that mention only), and an
ORG run from a product's name into a body's (the body's part stays).

The words live in pipeline/data/products/heads.tsv (roles: after, after_quoted, inside, between, modifier, news).
"""
from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from pipeline.lang import punctuation
from pipeline.lang.punctuation import QUOTE_CLOSERS
from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import GENITIVE, analyses, base_forms, in_case
from pipeline.lang.texts import token_texts
from pipeline.names.official_names import body_word
from pipeline.names.quoted_names import NAMING
from pipeline.names.spans import all_caps
from pipeline.tables import words_by_role

PATH = "products/heads.tsv"  # under pipeline/data/
LABELS = frozenset({"PERSON", "ORG"})  # a place inside a quoted product name stays (“Yolumuz Qarabağa”)
# the quotes stripped from a product name: the typographic ones and the straight one
STRIPPED = punctuation.OPENING_QUOTES + punctuation.CLOSING_QUOTES + '"'
OPENERS = frozenset(punctuation.OPENING_QUOTES + '"')  # what may open a quoted name
MAX_MODIFIERS = 2
NEWS_REACH = 25  # tokens after the portal searched for a reporting word (within its sentence)
QUOTE_REACH = 8  # tokens a quoted name may span on either side of the entity
# cases that end a name word (the accusative and the dative read into many a nominative: "Mübadiləsi")
CASED = frozenset({"genitive", "locative", "ablative"})
MAX_CUT = 2  # capitalised words of a product's name between the cut name and its noun ("Mübadiləsi")


@functools.cache
def words() -> dict[str, frozenset[str]]:
    """role → words of that role."""
    return words_by_role(PATH)


@functools.lru_cache(maxsize=20_000)
def _head(text: str, role: str, possessive: bool) -> bool:
    """`text` is a form of a word of `role` ("portalı", "sistemində"); with `possessive`, a compound's
    possessive ending is required (“X” portalı, not the bare "portal")."""
    if not base_forms(text) & words().get(role, frozenset()):
        return False
    return not possessive or any(ana.has("poss") for ana in analyses(text))


@functools.cache
def _head_prefixes(*roles: str) -> tuple[str, ...]:
    """What every form of a product noun of `roles` starts with (its last letter may alternate:
    "tətbiq" → "tətbiği")."""
    return tuple(sorted({w[:-1] for role in roles for w in words().get(role, ())}))


def _modifier(token: Token) -> bool:
    low = az_lower(token.text)
    return token.text[:1].islower() and (low in words().get("modifier", ()) or low.startswith("e-"))


def _reports(doc: Doc, i: int) -> bool:
    """A reporting word after token i in its sentence (at most NEWS_REACH tokens on): the portal is a
    news outlet ("“Axios” portalı ABŞ və Ukrayna nümayəndələrinin ... yazıb")."""
    news = tuple(words().get("news", ()))
    for t in doc[i + 1:i + 1 + NEWS_REACH]:
        if t.is_sent_start:
            return False
        pair = az_lower(t.text + " " + t.nbor().text) if t.i + 1 < len(doc) else az_lower(t.text)
        if pair.startswith(news):  # "xəbər verir" is two words
            return True
    return False


def _opens(t: Token) -> bool:
    """An opening quote: “ « „, or a straight quote that hugs the next word but not the previous one."""
    if t.text in "“«„":
        return True
    return t.text == '"' and t.whitespace_ == "" and (t.i == 0 or t.doc[t.i - 1].whitespace_ != "")


def _closes(t: Token) -> bool:
    return t.text in "”»" or (t.text == '"' and t.i > 0 and t.doc[t.i - 1].whitespace_ == "")


def _closing_quote(doc: Doc, ent: Span) -> int | None:
    """The closing quote of the quoted name the entity lies in (“GoMap elektron xəritə”: GoMap), or None."""
    for t in reversed(doc[max(0, ent.start - QUOTE_REACH):ent.start]):
        if _opens(t):
            break
        if _closes(t) or t.is_sent_start:
            return None
    else:
        return None
    for t in doc[ent.end:ent.end + QUOTE_REACH]:
        if _closes(t):
            return t.i
        if _opens(t) or t.is_sent_start:
            return None
    return None


def head_positions(doc: Doc) -> frozenset[int]:
    """Tokens that may be a product noun (by their first letters), read from the shared token texts."""
    texts = token_texts(doc)
    heads = {text for text in set(texts) if _may_be_head(text)}  # each distinct word tested once
    return frozenset(k for k, text in enumerate(texts) if text in heads) if heads else frozenset()


@functools.lru_cache(maxsize=50_000)
def _may_be_head(text: str) -> bool:
    return text[:1].islower() and az_lower(text).startswith(_head_prefixes("after", "after_quoted"))


def _product_after(doc: Doc, ent: Span, heads: frozenset[int]) -> bool:
    """The entity is (in) a quoted name, or is a name in the nominative, followed by a product noun."""
    if not any(j in heads for j in range(ent.end, ent.end + QUOTE_REACH + MAX_MODIFIERS + 1)):
        return False  # most entities: no product noun anywhere near
    close = _closing_quote(doc, ent)
    if close is not None:
        i = close + 1
    elif ent[-1].text[:1].islower() or in_case(ent[-1].text, GENITIVE):
        return False  # "Təhsil Nazirliyinin portalı": the owner, not the product
    else:
        i = ent.end
    # “X” adlı (mobil) tətbiq: after a naming word the product noun takes no possessive (egov12)
    named = close is not None and i < len(doc) and az_lower(doc[i].text) in NAMING
    i += named
    k = 0
    while i < len(doc) and k < MAX_MODIFIERS and _modifier(doc[i]):
        i, k = i + 1, k + 1
    if i >= len(doc) or not doc[i].text[:1].islower():
        return False
    if named:
        return bool(base_forms(doc[i].text) & words().get("after", frozenset())) and not (
            az_lower(doc[i].text).startswith(("portal", "sayt")) and _reports(doc, i))
    if not _head(doc[i].text, "after", True):
        # "proqramı" after a quoted name only: "UNICEF proqramı" is the body's programme; a plural is the
        # body's too (“ASAN” standartlarına) or a list of names of which the entity is a part
        return close is not None and _head(doc[i].text, "after_quoted", True) and not _plural(doc[i].text)
    if az_lower(doc[i].text).startswith(("portal", "sayt")):
        return not _reports(doc, i)
    if az_lower(doc[i].text).startswith("xidmət") and k == 0:
        # a bare "xidməti" after a name is its service ("Azərsu” xidməti"), not an e-service, unless a product's
        # modifier opens the quoted name (“Onlayn Konsultasiya” xidməti; org11)
        return close is not None and az_lower(doc[ent.start].text) in words().get("modifier", frozenset())
    return True


def _in_quoted_service(doc: Doc, ent: Span, heads: frozenset[int]) -> bool:
    """The entity is only a part of a quoted name that a bare "xidməti" follows: the quote names an e-service after
    the body (“Apelyasiya Şuralarına elektron şikayət qəbulu” xidməti; org11); that mention only, the body's other
    mentions stay."""
    if not any(j in heads for j in range(ent.end + 1, ent.end + QUOTE_REACH + 1)):
        return False  # most entities: no product noun near
    close = _closing_quote(doc, ent)
    if close is None or close + 1 >= len(doc) or ent.start == 0:
        return False
    if close == ent.end and _opens(doc[ent.start - 1]):
        return False  # the quote holds the entity alone: “Azərsu” xidməti is the body's service
    nxt = doc[close + 1].text
    return az_lower(nxt).startswith("xidmət") and _head(nxt, "after", True)


def names_product(doc: Doc, span: Span) -> bool:
    """A quoted name (or a part of one) that a product's or project's noun follows, or a part of a quoted name that
    a capitalised product noun ends, names that product: a rule that adds a body's name from free words adds none
    there (“İdeya Bankı” layihəsi, “... Mərkəzi Bankının Elektron Müraciətlər Sistemi”; egov13), nor does one that
    labels a body's other mentions (“Vergi Şurasına onlayn şikayət” xidməti; org11)."""
    texts = token_texts(doc)
    if _names_product_here(doc, texts, span):
        return True
    # the same words named a product elsewhere in the article (“X” adlı elektron xidmət … “X” xidmətini; org11):
    # product_names dropped every mention, a run rule adds none back
    words = texts[span.start:span.end]
    n, i = len(words), -1
    while True:
        try:
            i = texts.index(words[0], i + 1)  # searched in C: a Python loop over every token cost more
        except ValueError:
            return False
        # a whole quoted name only: an opening quote right before (the cheap test first)
        if i != span.start and i > 0 and texts[i - 1] in OPENERS and i + n <= len(texts) \
                and texts[i:i + n - 1] == words[:-1] \
                and base_forms(words[-1]) & base_forms(texts[i + n - 1]) \
                and _names_product_here(doc, texts, Span(doc, i, i + n), whole=True):
            return True


def _names_product_here(doc: Doc, texts: list[str], span: Span, whole: bool = False) -> bool:
    """`names_product` at this mention; `whole`: the mention is a whole product's name (no part of a longer
    quoted one, which names the body there only)."""
    if whole:
        close = _closing_quote(doc, span)
        if close != span.end or not _opens(doc[span.start - 1]):
            return False  # part of a longer quoted name, or no quote
    elif _in_quoted_product(doc, texts, span):
        return True
    # the product nouns near the span only (the whole Doc's are searched once per Doc by product_names)
    near = frozenset(j for j in range(span.end, min(span.end + QUOTE_REACH + MAX_MODIFIERS + 1, len(texts)))
                     if _may_be_head(texts[j]))
    return bool(near) and _closing_quote(doc, span) is not None and (
        _product_after(doc, span, near) or not whole and _in_quoted_service(doc, span, near))


def _standard_number(doc: Doc, ent: Span) -> bool:
    """An ORG of one all-capital word (with or without the number) followed by a plain number: a standard,
    "ISO 9001". An ordinal or year suffix ("BMT 2025-ci ildə") is no number token here, so it stays, and
    neither does a number that opens a quantity entity ("AXP 21 % səs", "BMT 2020 sorğusu")."""
    if ent.label_ != "ORG":
        return False
    word, *rest = token_texts(doc)[ent.start:ent.end]  # no Span slice (3 µs), no Token objects
    if not all_caps(word) or any(not t.isdigit() for t in rest):
        return False
    if rest:
        return True
    return ent.end < len(doc) and doc[ent.end].text.isdigit() and not doc[ent.end].ent_type_


def _plural(word: str) -> bool:
    return any(a.has("plural") for a in analyses(word))


def _product_inside(ent: Span) -> bool:
    """A capitalised name of two or more words whose last word is a product noun: "ASAN Login"."""
    last = ent[-1].text
    return (len(ent) > 1 and _capital_head(last, False))


def _capital_head(text: str, possessive: bool) -> bool:
    return text[:1].isupper() and az_lower(text).startswith(_head_prefixes("inside")) and _head(
        text, "inside", possessive)


def _product_cut(doc: Doc, ent: Span) -> bool:
    """A name the ner cut before its capitalised product noun in the possessive: "[Milli Ödəniş] Sisteminin".
    Between them may stand a word of role between ("[Təyinat Alt] Sistemi", "[Dövlət Xidmətlərinin] Elektron
    Reyestri") and, after a name in the nominative, at most MAX_CUT capitalised words of the name in no case and
    no body's head ("[Milli Məlumat] Mübadiləsi Sistemi"; egov13). Not the owner before it, a singular body or an
    acronym ("Vergilər Nazirliyi Portalı", "Nazirliyin İnformasiya Sistemi"; a plural is a field of the name:
    "[Dövlət İnformasiya Ehtiyatlarının] Reyestrində"), nor a plural noun ("... və Sistemlərin": a list)."""
    between = words().get("between", frozenset())
    i, k = ent.end, 0
    # the cheap word tests first: most names have no product noun after them
    while i < len(doc) and not _capital_head(doc[i].text, True):
        text = doc[i].text
        if az_lower(text) in between:
            i += 1
        elif k < MAX_CUT and text[:1].isupper() and text.isalpha():
            i, k = i + 1, k + 1
        else:
            return False
    if i >= len(doc) or _plural(doc[i].text):
        return False
    last = ent[-1].text
    if last[:1].islower() or all_caps(last) or body_word(last) and not _plural(last):
        return False
    return not k or not in_case(last, GENITIVE) and not any(
        body_word(t.text) or in_case(t.text, CASED) for t in doc[ent.end:i] if az_lower(t.text) not in between)


def _bracketed_acronym(doc: Doc, ent: Span) -> bool:
    """An acronym in brackets right after a capitalised product noun spells out a product: "... Təyinat Alt
    Sistemi (VEMTAS)", "Axtarış Sistemindən (İAMAS)"; its other mentions then go with it."""
    s = ent.start
    return (s >= 2 and ent.end < len(doc) and doc[s - 1].text == "(" and doc[ent.end].text == ")"
            and ent.text.isupper() and _capital_head(doc[s - 2].text, True))


def product_noun(text: str) -> bool:
    """A capitalised product noun in the singular, any case ("Sistemi", "Layihəsinə", "Reyestri"): the end of
    a product's name, which opens no body's name after it."""
    return _capital_head(text, False) and not _plural(text)


def _in_quoted_product(doc: Doc, texts: list[str], ent: Span) -> bool:
    """The entity lies inside a quoted name that a capitalised product noun ends (egov13): “[ADRA] İcazələr Sistemi”,
    “... [Mərkəzi Bankının] Elektron Müraciətlər Sistemi”: the body names the product here (its other mentions
    stay)."""
    for j in range(ent.end + 1, min(ent.end + QUOTE_REACH, len(texts))):
        if texts[j] in QUOTE_CLOSERS:  # the shared texts first: most entities are in no quoted name
            return product_noun(texts[j - 1]) and _closing_quote(doc, ent) == j
    return False


def _body_start(doc: Doc, ent: Span) -> int | None:
    """Where the body's name starts in an ORG that the ner (or a quoted-name join) ran from a product's name into
    the body's after it: a capitalised product noun not in the genitive (the owner's) nor plural ("Fırtına Su
    Sistemləri" MMC is a company), then a name of two words or more that a body's head ends: "“İcazələrin Alınması
    və Monitorinqi Sistemi” [Dövlət Sərhəd Xidmətinin]", "Startup Azərbaycan Layihəsinə [Rabitə ... Nazirliyi]"
    (egov13). None when the ORG is no such run."""
    if len(ent) < 4:
        return None
    for j in range(ent.start + 1, ent.end - 2):
        text = doc[j].text
        if product_noun(text) and not in_case(text, GENITIVE):
            k = j + 1 + _closes(doc[j + 1])
            ok = ent.end - k >= 2 and doc[k].text[:1].isupper() and body_word(ent[-1].text)
            return k if ok else None
    return None


def _keys(text: str) -> frozenset[str]:
    """Lower-case forms a mention can be the inflection of, quotes removed ("Elektron Hökumət"in" →
    "elektron hökumət", ...)."""
    words = "".join(c for c in text if c not in STRIPPED).split()
    if not words:
        return frozenset()
    head = " ".join(az_lower(w) for w in words[:-1])
    return frozenset((f"{head} {b}" if head else b) for b in base_forms(words[-1]))


def product_names(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` without the PERSON/ORG entities that name a product, nor the other PERSON/ORG mentions
    of such a name in the document (“Elektron Hökumət” portalı … "Elektron Hökumət"in infrastrukturu);
    None when there is none."""
    if not any(e.label_ in LABELS for e in ents):
        return None  # nothing a product rule could drop (the heads need not be searched)
    heads = head_positions(doc)
    opened = {}  # ORGs run from a product's name into a body's: the body's part stays
    for n, e in enumerate(ents):
        k = _body_start(doc, e) if e.label_ == "ORG" else None
        if k is not None:
            opened[n] = Span(doc, k, e.end, label="ORG")
    ents = [opened.get(n, e) for n, e in enumerate(ents)]
    texts = token_texts(doc)
    inner = {(e.start, e.end) for e in ents if e.label_ in LABELS and (_in_quoted_product(doc, texts, e)
                                                                        or _in_quoted_service(doc, e, heads))}
    found = [e for e in ents if e.label_ in LABELS and (_product_inside(e) or _product_cut(doc, e)
                                                         or _product_after(doc, e, heads)
                                                         or _bracketed_acronym(doc, e))]
    # the standard's number names the standard only: other mentions of "ISO" (the body) stay
    standards = {(e.start, e.end) for e in ents if _standard_number(doc, e)}
    if not found and not standards:
        return [e for e in ents if (e.start, e.end) not in inner] if opened or inner else None
    names = {az_lower("".join(c for c in e.text if c not in STRIPPED).strip()) for e in found}
    drop = {(e.start, e.end) for e in found} | standards | inner
    drop |= {(e.start, e.end) for e in ents if e.label_ in LABELS and _keys(e.text) & names}
    return [e for e in ents if (e.start, e.end) not in drop]
