"""An organisation and its acronym in brackets are one body (issue 11, class 5): when the ner finds the
acronym ("(BAF)") but not the name before it, the capitalised words right before the bracket whose
initials spell the acronym are an ORG: "Beynəlxalq Astronavtika Federasiyasının (BAF)", "Rabitə və
Yüksək Texnologiyalar Nazirliyinin (RYTN)" (function words such as "və", "üzrə" have no letter), when
the last word is a body's head (role "body" of pipeline/data/concepts/words.tsv, or an organisation head
of the gazetteer tables) and the acronym is no legal form ("Açıq Səhmdar Cəmiyyətinin (ASC)").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower, az_upper
from pipeline.names.official_names import body_word
from pipeline.names.words import legal_forms

FUNCTION_WORDS = frozenset({"və", "üzrə", "ilə", "of", "and", "for", "the", "de"})
MAX_WORDS = 10  # words of a spelt-out name looked at before the bracket


def _initials(word: str) -> str:
    """"Təlim-Tədris" → "TT", "Mərkəzi" → "M"."""
    return "".join(az_upper(part[:1]) for part in word.split("-") if part)


def _spelt_out(doc: Doc, open_bracket: int, acronym: str) -> int | None:
    """The start of the free capitalised words before token `open_bracket` whose initials are `acronym`."""
    letters = ""
    for t in reversed(doc[max(0, open_bracket - MAX_WORDS):open_bracket]):
        if t.ent_type_ or t.text in FUNCTION_WORDS and t.is_sent_start:
            return None
        if t.text in FUNCTION_WORDS or t.text == "-" and not t.whitespace_:  # "Təlim-Tədris": one word
            continue
        if not (t.is_alpha or "-" in t.text) or not t.text[:1].isupper():
            return None
        letters = _initials(t.text) + letters
        if letters == acronym:
            return t.i
        if not acronym.endswith(letters) or t.is_sent_start:
            return None
    return None


def acronym_names(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with the ORG each bracketed ORG acronym spells out before it; None when none is found."""
    new = []
    for e in ents:
        if e.label_ != "ORG" or len(e) != 1 or not e.text.isupper() or not 2 <= len(e.text) <= 8:
            continue
        if e.start < 2 or e.end >= len(doc) or doc[e.start - 1].text != "(" or doc[e.end].text != ")":
            continue
        if az_lower(e.text) in legal_forms():
            continue  # "Açıq Səhmdar Cəmiyyəti (ASC)" spells a legal form, not the company's name
        start = _spelt_out(doc, e.start - 1, az_upper(e.text))
        if start is not None and e.start - 1 - start >= 2 and body_word(doc[e.start - 2].text) \
                and not any(x.start < e.start - 1 and start < x.end for x in ents):
            new.append(Span(doc, start, e.start - 1, label="ORG"))
    if not new:
        return None
    return sorted(ents + new, key=lambda s: s.start)
