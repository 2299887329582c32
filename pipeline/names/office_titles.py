"""A title of office written with capitals is still a TITLE: "Xarici İşlər Naziri Hakan Fidan", not the
ORG "Xarici İşlər Naziri". In the training gold every entity right before a PERSON whose last word is a title word (the head of a gold TITLE norm: nazir, müavin, rəis, ...) is
a TITLE (1,393 of 1,393 in train, 141 of 141 in dev, a comma between allowed), so an ORG or REGION there becomes one.

A title head alone, capitalised, is no name either (`lone_title_words`): the gold has no one-word PERSON, REGION
or ORG that is a form of a title head (0 of train's 12,876 entities), while the ner types the address "cənab
[Prezident]", "Sizinlə, [Prezidentimizlə]" or an office's genitive before a title ("Almaniya [Kanslerinin] xarici
siyasət üzrə müşaviri X", whose title `whole_titles` then makes whole). Bare (no ending), before a free name
word that is no common word, it is that name's title ("[Papa] Fransisk"; not "Sədrin Xülasəsi"). A title word that is also a given name ("Sultan", "Rəis",
data/titles/given_names.tsv) or an all-capital word stays.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.names.common_words import is_common, starts_sentence
from pipeline.names.given_titles import given_name_titles
from pipeline.names.spans import all_caps, name_word
from pipeline.names.title_lexicon import head_lemma, heads
from pipeline.names.words import is_title_word

LABELS = frozenset({"ORG", "REGION"})
NAMES = frozenset({"PERSON", "REGION", "ORG"})


def _before_person(doc: Doc, ent: Span, nxt: Span) -> bool:
    between = doc[ent.end:nxt.start]
    # no comma: "Səttar Xan, Həzi Aslanov" lists streets named after people
    return nxt.label_ == "PERSON" and all(t.is_space for t in between)


def titles_before_persons(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each ORG/REGION that ends in a title word right before a PERSON relabelled TITLE
    (a common word that only opens the sentence left out: "Tədbirdə Rabitə nazirinin müavini X");
    None when there is none."""
    ents = list(ents)
    changed = False
    for k in range(len(ents) - 1):
        ent = ents[k]
        if ent.label_ not in LABELS or not _before_person(doc, ent, ents[k + 1]) or not is_title_word(ent[-1].text):
            continue
        start = ent.start
        if len(ent) > 1 and starts_sentence(doc, start) and is_common(ent[0].text):
            start += 1
        ents[k] = Span(doc, start, ent.end, label="TITLE")
        changed = True
    return ents if changed else None


def lone_title_words(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` without the one-word PERSON/REGION/ORG that is a form of a title head ("cənab [Prezident]"), made
    a TITLE before a free name word ("[Papa] Fransisk"); None when there is none (see the module docstring)."""
    out: list[Span] = []
    changed = False
    for ent in ents:
        if ent.label_ not in NAMES or len(ent) != 1 or not _title_head(ent[0].text):
            out.append(ent)
            continue
        changed = True
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if nxt is not None and nxt.ent_type == 0 and name_word(nxt.text) and ent[0].whitespace_ \
                and az_lower(ent[0].text) == head_lemma(ent[0].text) and not is_common(nxt.text):
            out.append(Span(doc, ent.start, ent.end, label="TITLE"))
    return out if changed else None


def _title_head(text: str) -> bool:
    """A form of a title head of the tables ("Prezidentimizlə", "Kanslerinin"), no given name, no acronym."""
    lemma = head_lemma(text)
    return lemma is not None and lemma in heads() and text[:1].isupper() and not all_caps(text) \
        and lemma not in given_name_titles() and az_lower(text) not in given_name_titles()
