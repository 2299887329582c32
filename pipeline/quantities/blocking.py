"""Keep az_money's quantities out of the statistical ner's way, and give them back afterwards.

`az_money` writes MONEY/PERCENT/DATE entities before the ner. Left as entities, the ner would have to
know those labels (a preset span of an unknown label makes spaCy grow the model at run time), and
every label costs the ner four more transitions to check at every token: with the five name labels
only, its decoding is about 15% faster (`benchmarks/components.py`, models/README.md). So
`az_block_quantities` moves the quantities to `doc.spans["az_quantities"]` and marks their tokens
blocked (spaCy's `Doc.set_ents(blocked=...)`: the ner may put no entity there), and
`az_unblock_quantities`, after the ner, makes them entities again. Their values live in `doc.user_data`
under their character offsets, so they come back with the spans.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.labels import QUANTITY_LABELS

__all__ = ["SPANS_KEY", "block", "unblock"]

SPANS_KEY = "az_quantities"


def block(doc: Doc) -> Doc:
    """Quantity entities → doc.spans[SPANS_KEY], their tokens blocked for the ner."""
    ents = doc.ents  # reading it builds every Span: once
    quantities = [e for e in ents if e.label_ in QUANTITY_LABELS]
    if not quantities:
        return doc
    doc.spans[SPANS_KEY] = quantities
    doc.set_ents([e for e in ents if e.label_ not in QUANTITY_LABELS],
                 blocked=[Span(doc, e.start, e.end) for e in quantities], default="unmodified")
    return doc


def unblock(doc: Doc) -> Doc:
    """The quantities kept by `block` become entities again (over anything on their tokens)."""
    if SPANS_KEY not in doc.spans:
        return doc
    quantities = list(doc.spans[SPANS_KEY])
    del doc.spans[SPANS_KEY]
    doc.set_ents(quantities, default="unmodified")
    return doc


@Language.factory("az_block_quantities", requires=["doc.ents"], assigns=["doc.spans", "doc.ents"])
def create_az_block_quantities(nlp: Language, name: str):
    """Right before the ner: az_money's quantities are set aside and their tokens blocked."""
    return block


@Language.factory("az_unblock_quantities", requires=["doc.spans"], assigns=["doc.ents"])
def create_az_unblock_quantities(nlp: Language, name: str):
    """Right after the ner: the quantities set aside by az_block_quantities are entities again."""
    return unblock
