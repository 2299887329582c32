"""A name with a patronymic is one PERSON: "Əli Vəli oğlu Məmmədov", "Leyla Kamran qızı Həsənovaya"
(the training gold marks every such name whole, "oğlu"/"qızı" and the surname included), never an ORG
nor two persons around a REGION ("Günel Allahverdi qızı Tahirova").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from pipeline.identity.names import words_of_kind
from pipeline.lang.morphology import SUFFIX_JOINERS
from pipeline.lang.texts import token_texts

# "oğlu", "qızı" and their predicates "oğludur", "qızıdır" ("... Cavanşir İlyas oğludur": the gold's PERSON
# takes it): the patronymic words of pipeline/data/identity/person_words.tsv, which the identity keys drop
PATRONYMIC_WORDS = words_of_kind("person_words", "patronymic")
LABELS = frozenset({"PERSON", "ORG", "REGION", "TITLE"})
# "Əkbər Şadmanovun oğlu Araz": a surname in the genitive + "oğlu" is "the son of", no patronymic
GENITIVE_SURNAME = re.compile(r"(?:ov|ev|zadə|yan)(?:un|ün|in|ın|nun|nün|nin|nın)$")


def _name_word(doc: Doc, i: int) -> bool:
    return 0 <= i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper() and not doc[i].is_sent_start


def _word_end(doc: Doc, i: int) -> int:
    """End of the word at token i with a suffix the tokenizer split off after a hyphen or apostrophe."""
    end = i + 1
    while end + 1 < len(doc) and doc[end].text in SUFFIX_JOINERS and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        end += 2
    return end


def _common_opener(doc: Doc, first: int, start: int) -> bool:
    """The entity's only word before the name is a common word opening the sentence ("Mükafat Leyla
    Kamran qızı"): it is left out."""
    from pipeline.names.common_words import is_common, starts_sentence
    return first == start - 1 and starts_sentence(doc, first) and is_common(doc[first].text)


def _patronymic_tokens(doc: Doc) -> list[int]:
    """Indices of the patronymic words' tokens, found on the shared token texts (a Token object per token is slow)."""
    return [i for i, text in enumerate(token_texts(doc)) if text in PATRONYMIC_WORDS]


def patronymic_persons(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each "Name Father oğlu|qızı [Surname]" made one PERSON, when every entity it
    touches lies inside it; None when nothing changes."""
    new: list[Span] = []
    for i in _patronymic_tokens(doc):
        t = doc[i]
        if t.i < 2:
            continue
        start = t.i - 2
        if not (_name_word(doc, t.i - 1) and doc[t.i - 2].is_alpha and doc[t.i - 2].text[:1].isupper()) \
                or GENITIVE_SURNAME.search(doc[t.i - 1].text.lower()):
            continue
        end = _word_end(doc, t.i + 1) if _name_word(doc, t.i + 1) else t.i + 1
        touched = [e for e in ents if e.start < end and e.end > start]
        if not touched or any(e.start < start and not _common_opener(doc, e.start, start) or e.end > end
                              or e.label_ not in LABELS for e in touched):
            continue
        if len(touched) == 1 and (touched[0].start, touched[0].end, touched[0].label_) == (start, end, "PERSON"):
            continue
        new.append(Span(doc, start, end, label="PERSON"))
    if not new:
        return None
    taken = {i for span in new for i in range(span.start, span.end)}
    return sorted([e for e in ents if not any(i in taken for i in range(e.start, e.end))] + new,
                  key=lambda e: e.start)
