"""Acronyms of kinds of things, not of bodies (issue 11 egov7, class 5; ANNOTATION.md: fields, technologies
and kinds of facilities are no entities). An all-capital ORG acronym is such a kind, and every ORG mention of
it in the document is dropped ("AİY", "AİY-lərə"), when the document
- spells it out in lower-case words right before it in brackets, or in brackets right after it
  ("avtomatlaşdırılmış iş yerlərinin (AİY)", "ATS (avtomat telefon stansiyası)"; a body's name takes
  capitals: "Məlumat Hesablama Mərkəzi (MHM)" is `acronym_names`'), or
- writes it with a plural suffix ("ATS-lərdə", "QHT-lər"): a body's acronym names one body and takes none.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_upper

ACRONYM = re.compile(r"^([A-ZƏÜÖĞİŞÇ]{2,8})(?:[-–'’](\w+))?$")  # "ATS", "ATS-lərdə"
PLURAL = ("lar", "lər")
FUNCTION_WORDS = frozenset({"və", "üzrə", "ilə", "of", "and", "for", "the"})
MAX_WORDS = 10  # words of a spelt-out kind looked at beside the bracket


def _initials(words: list[str]) -> str | None:
    """The initials of lower-case `words` without function words; None when one is no lower-case word."""
    letters = []
    for w in words:
        if w in FUNCTION_WORDS:
            continue
        if not w.isalpha() or not w[:1].islower():
            return None
        letters.append(az_upper(w[:1]))
    return "".join(letters)


def _spelt_before(doc: Doc, ent: Span, acronym: str) -> bool:
    """"avtomatlaşdırılmış iş yerlərinin (AİY)": lower-case words before the bracket spell the acronym."""
    if ent.start < 3 or doc[ent.start - 1].text != "(" or ent.end >= len(doc) or doc[ent.end].text != ")":
        return False
    for n in range(len(acronym), min(MAX_WORDS, ent.start - 1) + 1):
        words = [t.text for t in doc[ent.start - 1 - n:ent.start - 1]]
        letters = _initials(words)
        if letters is None or not acronym.endswith(letters):
            return False
        if letters == acronym:
            return True
    return False


def _spelt_after(doc: Doc, ent: Span, acronym: str) -> bool:
    """"ATS (avtomat telefon stansiyası)": the bracket right after the acronym holds lower-case words spelling it."""
    if ent.end >= len(doc) or doc[ent.end].text != "(":
        return False
    words = []
    for t in doc[ent.end + 1:ent.end + 1 + MAX_WORDS]:
        if t.text == ")":
            return len(words) >= 2 and _initials(words) == acronym
        words.append(t.text)
    return False


def _acronym(text: str) -> tuple[str, str] | None:
    """(acronym, suffix) of an ORG that is an all-capital word, with a suffix maybe ("ATS-lərdə"; a suffixed
    one may run on: "PF-lərində yaradılan"), or None."""
    word, space, _ = text.partition(" ")
    m = ACRONYM.match(word)
    if m is None or space and not m.group(2):
        return None
    return m.group(1), m.group(2) or ""


def kind_acronyms(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` without the ORG mentions of acronyms the document spells out in lower case or writes in the
    plural; None when there is none."""
    acronyms: dict[int, str] = {}
    kinds = set()
    for k, e in enumerate(ents):
        # the cheap tests first: a Span's text and label are built on each access
        if not doc[e.start].text[:2].isupper() or e.label_ != "ORG":
            continue
        parts = _acronym(e.text)
        if parts is None:
            continue
        acronym, suffix = parts
        acronyms[k] = acronym
        if suffix.startswith(PLURAL) or _spelt_before(doc, e, acronym) or _spelt_after(doc, e, acronym):
            kinds.add(acronym)
    if not kinds:
        return None
    return [e for k, e in enumerate(ents) if acronyms.get(k) not in kinds]
