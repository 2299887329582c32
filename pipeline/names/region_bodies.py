"""A REGION that ends in a body's head is an organisation's name (issue 11, egov; the ner types the whole
name REGION when a place or a place word opens it): "[Alman-Azərbaycan Xarici Ticarət Palatasında]",
"[Təl-Əviv Rayon Məhkəməsində]" → ORG. Heads are those of `body_runs.is_name_head` (a body's head in the
compound's possessive, singular); the training gold writes 1,000 names of two words or more so ending as ORG
and 2 as REGION, both national parks ("Hirkan Milli Parkının"): a park stays a place.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import base_forms
from pipeline.lang.texts import token_texts
from pipeline.names.body_runs import is_name_head

PLACE_HEADS = frozenset({"park"})  # a national park is a place in the gold


def _body_name(texts: list[str], ent: Span) -> bool:
    """Two words or more, the last a body's head that is no park."""
    if len(ent) < 2:
        return False
    last = texts[ent.end - 1]
    return is_name_head(last) and not base_forms(az_lower(last)) & PLACE_HEADS


def region_bodies(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each REGION that ends in a body's head relabelled ORG; None when there is none."""
    region = doc.vocab.strings["REGION"]
    if not any(e.label == region and len(e) > 1 for e in ents):
        return None
    texts = token_texts(doc)
    out, changed = [], False
    for e in ents:
        if e.label == region and _body_name(texts, e):
            e, changed = Span(doc, e.start, e.end, label="ORG"), True
        out.append(e)
    return out if changed else None
