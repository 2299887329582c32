"""Sentence starts: a newline between paragraphs is a boundary; "mln.", "mlrd.", initials are not."""
from spacy.language import Language
from spacy.tokens import Doc


@Language.component("az_sentences")
def az_sentences(doc: Doc) -> Doc:
    # placeholder until implemented: one sentence per document
    for i, token in enumerate(doc):
        token.is_sent_start = i == 0
    return doc
