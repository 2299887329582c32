"""Portals, information systems, apps and e-services are products, not organisations (ANNOTATION.md):
“Elektron Hökumət” portalı, “ASAN ödəniş” sistemi, “X” informasiya sistemi, Elektron Hökumət Portalı,
ASAN Login. A news portal that reports is an outlet and stays an ORG (“Ynet” portalı məlumat yayıb).

The words live in pipeline/data/products/heads.tsv (roles: after, inside, modifier, news).
"""
from __future__ import annotations

import functools
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import analyses, base_forms, read_tsv

PATH = Path(__file__).resolve().parent.parent / "data" / "products" / "heads.tsv"
LABELS = frozenset({"PERSON", "ORG"})  # a place inside a quoted product name stays (“Yolumuz Qarabağa”)
OPENING = "“«„\""
CLOSING = "”»\""
MAX_MODIFIERS = 2
NEWS_REACH = 4  # words after the portal searched for a reporting word


@functools.cache
def words() -> dict[str, frozenset[str]]:
    """role → words of that role."""
    out: dict[str, set[str]] = {}
    for row in read_tsv(PATH):
        out.setdefault(row["role"], set()).add(row["word"])
    return {role: frozenset(ws) for role, ws in out.items()}


@functools.lru_cache(maxsize=20_000)
def _head(text: str, role: str, possessive: bool) -> bool:
    """`text` is a form of a word of `role` ("portalı", "sistemində"); with `possessive`, a compound's
    possessive ending is required (“X” portalı, not the bare "portal")."""
    if not base_forms(text) & words().get(role, frozenset()):
        return False
    return not possessive or any(ana.has("poss") for ana in analyses(text))


def _modifier(token: Token) -> bool:
    low = az_lower(token.text)
    return token.text[:1].islower() and (low in words().get("modifier", ()) or low.startswith("e-"))


def _reports(doc: Doc, i: int) -> bool:
    """A reporting word within NEWS_REACH words after token i: the portal is a news outlet."""
    news = tuple(words().get("news", ()))
    return any(az_lower(t.text).startswith(news) for t in doc[i + 1:i + 1 + NEWS_REACH])


def _product_after(doc: Doc, ent: Span) -> bool:
    """The entity is a quoted name, or a name in the nominative, followed by a product noun."""
    i = ent.end
    quoted = i < len(doc) and doc[i].text in CLOSING and ent.start > 0 and doc[ent.start - 1].text[-1:] in OPENING
    if quoted:
        i += 1
    elif ent[-1].text[:1].islower() or _genitive(ent[-1].text):
        return False  # "Təhsil Nazirliyinin portalı": the owner, not the product
    k = 0
    while i < len(doc) and k < MAX_MODIFIERS and _modifier(doc[i]):
        i, k = i + 1, k + 1
    if i >= len(doc) or not doc[i].text[:1].islower() or not _head(doc[i].text, "after", True):
        return False
    if _head(doc[i].text, "after", False) and az_lower(doc[i].text).startswith(("portal", "sayt")):
        return not _reports(doc, i)
    if az_lower(doc[i].text).startswith("xidmət") and k == 0:
        return False  # a bare "xidməti" after a name is its service ("Azərsu” xidməti"), not an e-service
    return True


def _genitive(word: str) -> bool:
    return any(m.slot == "case" and m.name == "genitive" for a in analyses(word) for m in a.morphs)


def _product_inside(ent: Span) -> bool:
    """A capitalised name of two or more words whose last word is a product noun: "ASAN Login"."""
    return len(ent) > 1 and ent[-1].text[:1].isupper() and _head(ent[-1].text, "inside", False)


def product_names(doc: Doc) -> list[Span] | None:
    """doc.ents without the PERSON/ORG entities that name a product; None when there is none."""
    drop = {(e.start, e.end) for e in doc.ents
            if e.label_ in LABELS and (_product_inside(e) or _product_after(doc, e))}
    if not drop:
        return None
    return [e for e in doc.ents if (e.start, e.end) not in drop]
