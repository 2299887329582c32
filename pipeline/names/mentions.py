"""Cue rules over the whole document: a lone surname of a full name is a PERSON (`surname_mentions`),
a one-word REGION/ORG labels its lone repetitions (`repeated_names`)."""
from __future__ import annotations

from typing import Sequence

from spacy.attrs import IS_ALPHA
from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import SUFFIX_JOINERS, base_forms, is_suffix
from pipeline.lang.texts import token_texts
from pipeline.names.gazetteer import entries
from pipeline.names.spans import cap, ent_at, replace_ents, token_rows


def suffixed_end(doc: Doc, i: int) -> int:
    """End of the word at token i with a suffix the tokenizer split off after a hyphen ("QZT", "-", "nin")."""
    if (i + 2 < len(doc) and not doc[i].whitespace_ and doc[i + 1].text in SUFFIX_JOINERS and not doc[i + 1].whitespace_
            and is_suffix(doc[i + 2].text)):
        return i + 3
    return i + 1


def alone(doc: Doc, i: int, end: int | None = None) -> bool:
    """doc[i:end] is a word of its own: nothing glued to it, no capitalised word next to it in its
    sentence (a capitalised sentence-initial word counts: it may be a first name)."""
    end = i + 1 if end is None else end

    def name_word(j: int) -> bool:
        return 0 <= j < len(doc) and cap(doc[j]) and doc[j].is_alpha
    glued = not doc[end - 1].whitespace_ and end < len(doc) and not doc[end].is_punct
    before = name_word(i - 1) and not doc[i].is_sent_start
    after = name_word(end) and not doc[end].is_sent_start
    return not (glued or before or after)


def surname_mentions(doc: Doc, ents: Sequence[Span] | None = None) -> list[Span] | None:
    """A one-word mention of the surname of a full name (a PERSON of two or more words) in the same
    document is that person: "Tokayev", "Tokayevin" after "Kasım-Jomart Tokayev". A one-word REGION or
    ORG there (not a known place name) becomes a PERSON, and so does such a word no component labelled
    when no capitalised word stands next to it (it would be part of a longer name). In the training gold
    337 of 338 such words standing alone are a PERSON. `ents`: doc.ents when the caller has read them."""
    surnames: set[str] = set()
    for ent in doc.ents if ents is None else ents:
        words = ent.text.split()
        if ent.label_ == "PERSON" and len(words) > 1:
            surnames.update(az_lower(b) for b in base_forms(words[-1]) if len(b) > 2)
    if not surnames:
        return None
    table = entries()
    # each distinct word is tested once (base_forms gives lower case), then only its tokens are visited
    texts = token_texts(doc)
    hits = {text for text in set(texts) if text[:1].isupper() and (forms := base_forms(text)) & surnames
            and not any((f,) in table for f in forms)}
    if not hits:
        return None
    alpha = doc.to_array(IS_ALPHA).tolist()
    new = []
    for i in [i for i, text in enumerate(texts) if text in hits]:
        if not alpha[i]:
            continue
        ent = ent_at(doc, i)
        if ent is not None:
            if ent.label_ in ("REGION", "ORG") and len(ent) == 1:
                new.append(Span(doc, i, i + 1, label="PERSON"))
            continue
        if alone(doc, i):
            new.append(Span(doc, i, i + 1, label="PERSON"))
    return replace_ents(doc, new) if new else None


def repeated_names(doc: Doc, ents: Sequence[Span] | None = None) -> list[Span] | None:
    """A one-word REGION or ORG name labels its other lone mentions in the document that no component
    labelled ("Zorbalı rayonu … Zorbalıda", "BMT … BMT-nin"): in the training gold a lone word with the base
    form of a one-word REGION (ORG) of its document is that REGION (ORG) in 1,660 of 1,674 (1,688 of 1,695)
    cases. A word seen with both labels is left alone. `ents`: doc.ents when the caller has read them."""
    labels: dict[str, set[str]] = {}
    for ent in doc.ents if ents is None else ents:
        if ent.label_ in ("REGION", "ORG") and len(ent.text.split()) == 1:
            for form in base_forms(ent.text):
                if len(form) > 2:
                    labels.setdefault(az_lower(form), set()).add(ent.label_)
    if not labels:
        return None
    new = []
    for i, (text, alpha, in_entity) in enumerate(token_rows(doc)):
        if in_entity or not text[:1].isupper() or not alpha:
            continue
        end = suffixed_end(doc, i)
        # base_forms gives lower-case forms; the labels are looked up first, being cheaper than `alone`
        found = set().union(*(labels.get(f, set()) for f in base_forms(text if end == i + 1 else doc[i:end].text)))
        if len(found) == 1 and alone(doc, i, end):
            new.append(Span(doc, i, end, label=found.pop()))
    return replace_ents(doc, new) if new else None
