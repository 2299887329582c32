"""A Doc as if the ner had found some phrases: the input of the components that run after it."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def doc_after_ner(nlp: Language, text: str, ents: list[tuple[str, str]]) -> Doc:
    """`text` with `ents` (phrase, label; each phrase's first occurrence) as entities, sentences set."""
    doc = nlp.make_doc(text)
    spans = []
    for phrase, label in ents:
        start = text.index(phrase)
        spans.append(doc.char_span(start, start + len(phrase), label=label))
    doc.ents = spans
    return nlp.get_pipe("az_sentences")(doc)
