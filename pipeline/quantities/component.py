"""The "az_money" component: MONEY, PERCENT and DATE spans with their values, written before the ner.

It is the one module that brings the dimensions together: money, percent and dates
(pipeline/quantities/money.py, percent.py, dates.py) each build on numbers and never import one another.
"""
from __future__ import annotations

import functools

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lang.addresses import address_ranges, inside
from pipeline.lang.texts import doc_text
from pipeline.quantities.dates import find_dates
from pipeline.quantities.money import find_money
from pipeline.quantities.percent import find_percent
from pipeline.quantities.quantity import Quantity, non_overlapping
from pipeline.tables import read_tsv


@functools.cache
def lookalikes() -> tuple[tuple[str, str], ...]:
    """Look-alikes the quantity rules read as Latin: the Cyrillic schwa in Latin-script text ("ildә");
    same length, so offsets are kept (data/tokenizer/lookalikes.tsv, column quantities)."""
    return tuple((r["source"], r["target"]) for r in read_tsv("tokenizer/lookalikes.tsv") if r["quantities"] == "yes")


def find_all(text: str, pub_date: str | None = None) -> list[Quantity]:
    """MONEY, PERCENT and DATE quantities of a text, non-overlapping, in text order; none inside a web or
    e-mail address (pipeline/lang/addresses.py)."""
    for cyrillic, latin in lookalikes():
        if cyrillic in text:  # str.translate walks every character in Python: 6 µs per article
            text = text.replace(cyrillic, latin)
    found = find_money(text) + find_percent(text) + find_dates(text, pub_date)
    addresses = address_ranges(text)
    if addresses:  # "…/2020%20UN%20Report.pdf" is no PERCENT
        found = [q for q in found if not inside(addresses, q.start, q.end)]
    return non_overlapping(found)


def apply(doc: Doc) -> Doc:
    """Write the quantities into doc.ents, leaving tokens already in an entity alone."""
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    spans = []
    for q in find_all(doc_text(doc), doc._.pub_date):
        span = doc.char_span(q.start, q.end, label=q.label, alignment_mode="expand")
        if span is None or any(i in taken for i in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        if q.label == "MONEY":
            span._.amount, span._.currency = q.amount, q.currency
        else:
            span._.value = q.value
        span._.min, span._.max, span._.qualifier = q.min, q.max, q.qualifier
        spans.append(span)
    doc.set_ents(spans, default="unmodified")
    return doc


@Language.factory("az_money", assigns=["doc.ents", "token.ent_iob", "token.ent_type", "span._.amount",
                                         "span._.currency", "span._.min", "span._.max", "span._.qualifier",
                                         "span._.value"])
def create_az_money(nlp: Language, name: str):
    """MONEY, PERCENT and DATE spans before the statistical `ner` (which keeps preset entities)."""
    return apply
