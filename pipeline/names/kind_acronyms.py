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
from pipeline.lang.morphology import SUFFIX_JOINERS
from pipeline.names.acronym_names import FUNCTION_WORDS

ACRONYM = re.compile(rf"^([A-ZƏÜÖĞİŞÇ]{{2,8}})(?:[{re.escape(SUFFIX_JOINERS)}](\w+))?$")  # "ATS", "ATS-lərdə"
PLURAL = ("lar", "lər")
MAX_WORDS = 10  # words of a spelt-out kind looked at beside the bracket


def _letter(word: str) -> str | None:
    """The initial a lower-case word gives ("" for a function word); None for any other word."""
    if word in FUNCTION_WORDS:
        return ""
    if not word.isalpha() or not word[:1].islower():
        return None
    return az_upper(word[:1])


def _initials(words: list[str]) -> str | None:
    """The initials of lower-case `words` without function words; None when one is no lower-case word."""
    letters = [_letter(w) for w in words]
    return None if None in letters else "".join(letters)


def _spelt_before(doc: Doc, ent: Span, acronym: str) -> bool:
    """"avtomatlaşdırılmış iş yerlərinin (AİY)": lower-case words before the bracket spell the acronym (the
    words read once, from the bracket back, as long as their initials end the acronym)."""
    if ent.start < 3 or doc[ent.start - 1].text != "(" or ent.end >= len(doc) or doc[ent.end].text != ")":
        return False
    reach = min(MAX_WORDS, ent.start - 1)
    if reach < len(acronym):
        return False
    letters = ""
    for t in reversed(doc[ent.start - 1 - reach:ent.start - 1]):
        letter = _letter(t.text)
        if letter is None:
            return False
        letters = letter + letters
        if not acronym.endswith(letters):
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
