"""Records ↔ spaCy Docs of the project tokenizer, shared by `export` (hf, spacy, conll) and `import`.

A record's entities become the Doc's entities (a span whose edge falls inside a token is expanded to
whole tokens and counted in `AlignStats`), its values the span extensions, its other fields
`doc.user_data[FIELDS_KEY]`. Labels in their fixed order (ANNOTATION.md) and IOB2 tags over them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import pipeline  # noqa: F401  (registers the tokenizer and the extension attributes)
from pipeline.labels import LABELS

IOB_TAGS = ("O",) + tuple(f"{p}-{label}" for label in LABELS for p in ("B", "I"))
NUMBER_KEYS = ("amount", "min", "max")
FIELDS_KEY = "az_news.fields"  # Doc.user_data key for the record's other input fields


def tokenizer_nlp() -> Language:
    """A blank pipeline with the project's tokenizer: the tokens the model is trained on."""
    nlp = spacy.blank("az", config={"nlp": {"tokenizer": {"@tokenizers": "az_news.tokenizer.v1"}}})
    nlp.max_length = 10**9  # tokenizing only: long articles cost no parser/NER memory here
    return nlp



@dataclass
class AlignStats:
    """Spans whose offsets are not on token boundaries (expanded) or that could not be kept."""
    spans: int = 0
    expanded: int = 0
    dropped: int = 0
    examples: list[str] = field(default_factory=list)

    def note(self, kind: str, rec_id: Any, ent: dict) -> None:
        if len(self.examples) < 20:
            self.examples.append(f"{kind} {rec_id} {ent.get('label')} [{ent.get('start')}:{ent.get('end')}]")


def to_decimal(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    return Decimal(str(value))  # via str: 1.2 stays 1.2, not the binary float's expansion


def set_span_attrs(span: Span, ent: dict[str, Any]) -> None:
    """Copy a record entity's attributes onto the span (types as in DESIGN.md)."""
    if ent.get("norm") is not None:
        span._.norm = ent["norm"]
    for key in NUMBER_KEYS:
        if ent.get(key) is not None:
            setattr(span._, key, to_decimal(ent[key]))
    for key in ("currency", "qualifier"):
        if ent.get(key) is not None:
            setattr(span._, key, ent[key])
    if ent.get("value") is not None:
        span._.value = to_decimal(ent["value"]) if ent.get("label") == "PERCENT" else ent["value"]


def record_to_doc(nlp: Language, rec: dict[str, Any], stats: AlignStats | None = None) -> Doc:
    """Tokenize the record's text and set its entities, attributes, date, leaders and other fields."""
    stats = stats if stats is not None else AlignStats()
    doc = nlp.make_doc(rec["text"])
    spans: list[tuple[Span, dict]] = []
    taken: set[int] = set()
    for ent in sorted(rec.get("entities") or [], key=lambda e: (e["start"], e["end"])):
        stats.spans += 1
        kb = ent.get("id") if ent.get("label") == "COUNTRY" and ent.get("id") else ""
        span = doc.char_span(ent["start"], ent["end"], label=ent["label"], kb_id=kb)
        if span is None:
            span = doc.char_span(ent["start"], ent["end"], label=ent["label"], kb_id=kb,
                                 alignment_mode="expand")
            if span is not None:
                stats.expanded += 1
                stats.note("expanded", rec.get("id"), ent)
        tokens = set(range(span.start, span.end)) if span is not None else set()
        if span is None or not tokens or tokens & taken:
            # Only after expansion can two spans share a token; the later one is given up.
            stats.dropped += 1
            stats.note("dropped", rec.get("id"), ent)
            continue
        taken |= tokens
        spans.append((span, ent))
    doc.ents = [s for s, _ in spans]
    for span, ent in spans:
        set_span_attrs(span, ent)
    doc._.pub_date = rec.get("date")
    doc._.leaders = rec.get("leaders")
    doc.user_data[FIELDS_KEY] = {k: v for k, v in rec.items() if k not in ("text", "entities", "leaders")}
    return doc


def doc_to_record(doc: Doc) -> dict[str, Any]:
    """Inverse of `record_to_doc` (offsets are the token-aligned ones)."""
    from pipeline.record import to_record
    return to_record(doc, **doc.user_data.get(FIELDS_KEY, {}))



def iob_to_spans(offsets: list[list[int]], tags: list[str]) -> list[tuple[int, int, str]]:
    """Character spans (start, end, label) from IOB2 tags; a stray I- opens a span, as in seqeval."""
    out: list[tuple[int, int, str]] = []
    cur: list | None = None
    for (start, end), tag in zip(offsets, tags):
        prefix, _, label = tag.partition("-")
        if tag == "O" or prefix == "B" or cur is None or cur[2] != label:
            if cur is not None:
                out.append(tuple(cur))
            cur = [start, end, label] if tag != "O" else None
        else:
            cur[1] = end
    if cur is not None:
        out.append(tuple(cur))
    return out
