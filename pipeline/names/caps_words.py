"""Headings written all in capitals (issue 11, classes 1 and 9; switch `caps_words` of az_corrections):
the ner takes their common words for organisations one by one.
- a run of adjacent all-capital ORGs ending in a body's head is one ORG ("[NAZİRLƏR] [KABİNETİ]" →
  "NAZİRLƏR KABİNETİ");
- a one-word ORG/REGION written all in capitals that is a common word is no name ("XARİCİ ÖLKƏLƏRİN
  TƏCRÜBƏSİNDƏN", "BÜTÜN XİDMƏTLƏR", "DİQQƏT!", "QƏRARA ALIR"). Common = `common_words.is_common`
  (the news writes it in lower case mid-sentence); words of four letters or fewer stay (acronyms that are
  also words: ASAN, DOST, ADA, NAR), except the verb of the formula "QƏRARA ALIR" after a legal act, and
  so does a word the document writes in brackets, an acronym ("Mina Təmizləmə Agentliyi (ANAMA)"); a one-word
  all-capital PERSON too when it is no first or last name of the training gold (region11: "AÇIQ TENDERƏ DƏVƏT EDİR",
  "TENDER KOMİSSİYASI"; "AYDIN" stays).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.morphology import base_forms
from pipeline.lang.casing import az_lower
from pipeline.names.common_words import is_common, person_words
from pipeline.names.official_names import body_word
from pipeline.names.site_labels import plural_word, words as site_words
from pipeline.names.spans import all_caps

LABELS = frozenset({"ORG", "REGION"})
PERSON_LABELS = LABELS | {"PERSON"}  # an all-capital first name may be a common word ("AYDIN"): gold names stay
MIN_LETTERS = 5


def _caps_words(ent: Span) -> bool:
    """Every word all capitals and long enough to be no acronym ("NAZİRLƏR", not "XİN")."""
    return all(all_caps(t.text) and len(t.text) >= MIN_LETTERS for t in ent)


def _bracketed(doc: Doc) -> frozenset[str]:
    """Words the document writes alone in brackets: acronyms ("(ANAMA)")."""
    return frozenset(doc[k].text for k in range(1, len(doc) - 1)
                     if doc[k - 1].text == "(" and doc[k + 1].text == ")")


def _after_act(doc: Doc, ent: Span) -> bool:
    """Right after an all-capital legal act ("QƏRARA ALIR")."""
    if ent.start == 0:
        return False
    prev = doc[ent.start - 1].text
    return all_caps(prev) and bool(base_forms(prev) & site_words().get("document", frozenset()))


def _common_caps(doc: Doc, ent: Span, acronyms: frozenset[str]) -> bool:
    if ent.label_ not in PERSON_LABELS or len(ent) != 1 or not all_caps(ent.text) or ent.text in acronyms:
        return False
    if len(ent.text) < MIN_LETTERS and not _after_act(doc, ent):
        return False
    if ent.label_ == "PERSON" and (len(ent.text) < MIN_LETTERS or base_forms(az_lower(ent.text)) & person_words()):
        return False
    return is_common(ent.text)


def _joined(doc: Doc, ents: list[Span]) -> list[Span]:
    """Adjacent all-capital ORGs (one space apart) whose last ends in a singular body's head made one ORG."""
    out: list[Span] = []
    k = 0
    while k < len(ents):
        j = k
        while (j + 1 < len(ents) and ents[j].label_ == ents[j + 1].label_ == "ORG" and _caps_words(ents[j])
               and _caps_words(ents[j + 1]) and ents[j + 1].start == ents[j].end and doc[ents[j].end - 1].whitespace_ == " "):
            j += 1
        if j > k and body_word(ents[j][-1].text) and not plural_word(ents[j][-1].text):
            out.append(Span(doc, ents[k].start, ents[j].end, label="ORG"))
            k = j + 1
            continue
        out.append(ents[k])
        k += 1
    return out


def caps_words(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with all-capital headings mended (see the module doc); None when nothing changes."""
    if not any(e.label_ in PERSON_LABELS and all_caps(e[0].text) for e in ents):
        return None  # most documents: no all-capital name
    joined = _joined(doc, ents)
    acronyms = _bracketed(doc)
    out = [e for e in joined if not _common_caps(doc, e, acronyms)]
    return out if len(out) < len(ents) else None
