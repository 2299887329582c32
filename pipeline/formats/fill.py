"""`import --fill-values`: a human corrects spans and labels; the values come from the pipeline.

The corrected spans are set as the Doc's entities and the pipeline's own components run on them:
`az_sentences`, `az_norm` (norm), `az_link` (country id, leaders). MONEY, PERCENT and DATE take the
values of the quantity the pipeline's parser finds at exactly that span in the whole text (so that
qualifier words around it and the publication year count); a span the parser did not find there is
parsed on its own. A span the parser cannot read keeps null values and is reported.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Span

from pipeline.formats.parsers import (QUANTITY_LABELS, AlignStats, Quantity, find_all, linking_nlp, qualifier,
                                      span_record)


@dataclass
class FillStats(AlignStats):
    """AlignStats (spans, those not on token boundaries) and the quantities that got no value."""
    unparsed: int = 0


def _alone(text: str, ent: dict, pub_date: str | None) -> Quantity | None:
    """The quantity of the span's text read on its own, when the parser reads all of it as that label."""
    own = ent["text"]
    found = [q for q in find_all(own, pub_date) if (q.start, q.end, q.label) == (0, len(own), ent["label"])]
    if not found:
        return None
    q = found[0]
    if q.label != "DATE" and q.qualifier is None:  # the words around the span decide the qualifier
        q.qualifier = qualifier(text, ent["start"], ent["end"], q.suffix, after_words=q.min is None)
    return q


def _set_quantity(span: Span, q: Quantity) -> None:
    if q.label == "MONEY":
        span._.amount, span._.currency = q.amount, q.currency
    else:
        span._.value = q.value
    span._.min, span._.max, span._.qualifier = q.min, q.max, q.qualifier


class Filler:
    """Recompute every entity's values and the leaders of records whose spans a human corrected."""

    def __init__(self, nlp: Language | None = None):
        self.nlp = nlp or linking_nlp()
        self.stats = FillStats()

    def __call__(self, rec: dict[str, Any]) -> dict[str, Any]:
        text, pub_date = rec["text"], rec.get("date")
        doc = self.nlp.make_doc(text)
        doc._.pub_date = pub_date
        pairs: list[tuple[dict, Span]] = []
        for ent in rec["entities"]:  # sorted and non-overlapping (the readers check)
            self.stats.spans += 1
            span = doc.char_span(ent["start"], ent["end"], label=ent["label"])
            if span is None:  # a selection that cuts a token: values of the whole tokens
                span = doc.char_span(ent["start"], ent["end"], label=ent["label"], alignment_mode="expand")
                self.stats.expanded += 1
                self.stats.note("not on token boundaries", rec.get("id"), ent)
            if span is not None and pairs and span.start < pairs[-1][1].end:
                span = None  # expansion made it share a token with the previous span
            if span is None:
                self.stats.unparsed += 1
                self.stats.note("not filled (shares a token with the previous span)", rec.get("id"), ent)
            else:
                pairs.append((ent, span))
        doc.ents = [s for _, s in pairs]
        doc = self.nlp(doc)
        found = {(q.start, q.end, q.label): q for q in find_all(text, pub_date)}
        spans = {(s.start, s.end): s for s in doc.ents}  # az_link replaces COUNTRY spans by new ones
        filled: dict[int, dict] = {}
        for ent, old in pairs:
            span = spans[(old.start, old.end)]
            if ent["label"] in QUANTITY_LABELS:
                q = found.get((ent["start"], ent["end"], ent["label"])) or _alone(text, ent, pub_date)
                if q is None:
                    self.stats.unparsed += 1
                    self.stats.note("no value read", rec.get("id"), ent)
                else:
                    _set_quantity(span, q)
            out = span_record(span)
            out.update(start=ent["start"], end=ent["end"], text=ent["text"])
            filled[id(ent)] = out
        entities = [filled.get(id(e), {k: e[k] for k in ("start", "end", "label", "text")})
                    for e in rec["entities"]]
        return {**rec, "entities": entities, "leaders": list(doc._.leaders or [])}
