"""The pipeline's parsers and components that the formats reuse, imported here and nowhere else in
pipeline/formats (issue 10 keeps moving them: only this file's imports change then)."""
from __future__ import annotations

from spacy.language import Language

import pipeline  # noqa: F401  (registers the tokenizer, the factories and the extension attributes)
from pipeline.formats.docs import AlignStats, iob_to_spans, record_to_doc, tokenizer_nlp
from pipeline.labels import LABELS, NAME_LABELS, QUANTITY_LABELS
from pipeline.quantities.component import find_all
from pipeline.quantities.qualifiers import qualifier
from pipeline.quantities.quantity import Quantity
from pipeline.record import span_record

__all__ = ["LABELS", "NAME_LABELS", "QUANTITY_LABELS", "AlignStats", "Quantity", "find_all", "iob_to_spans",
           "linking_nlp", "qualifier", "record_to_doc", "sentence_nlp", "span_record", "tokenizer_nlp"]


def sentence_nlp() -> Language:
    """The project tokenizer and `az_sentences`: the tokens and sentences the model sees."""
    nlp = tokenizer_nlp()
    nlp.add_pipe("az_sentences")
    return nlp


def linking_nlp() -> Language:
    """`sentence_nlp` plus `az_norm` and `az_link`: norms, country codes and leaders of preset ents."""
    nlp = sentence_nlp()
    nlp.add_pipe("az_norm")
    nlp.add_pipe("az_link")
    return nlp
