"""An acronym written before a card's or a device's noun without a possessive ending names the product, not a body
(issue 11, class 3, egov12; ANNOTATION.md: products are no entities): "TAC kart seçir", "SMART kartlar üzrə".
Azerbaijani marks a body's product with the possessive ("ABB kartları", "Bank X-in kartı"), so a bare noun or a
bare plural after the acronym makes it the product's label; every ORG mention of that acronym in the document is
then dropped ("TAC-ın"). The device nouns are those of role device in pipeline/data/site_labels/words.tsv.
"""
from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span

from pipeline.lang.casing import az_lower
from pipeline.lang.morphology import joined_head
from pipeline.lang.texts import token_texts
from pipeline.names.site_labels import words as label_words

ACRONYM = re.compile(r"^[A-ZƏÜÖĞİŞÇ][A-ZƏÜÖĞİŞÇ0-9]{1,7}$")
PLURALS = ("lar", "lər")


@functools.cache
def _devices() -> frozenset[str]:
    return label_words().get("device", frozenset())


def _bare_device(word: str) -> bool:
    """"kart", "kartlar", "tokenlər": the noun alone or with the plural ending only."""
    low = az_lower(word)
    if low in _devices():
        return True
    return low.endswith(PLURALS) and low[:-3] in _devices()


def _acronym(text: str) -> str:
    """The acronym of a mention: "TAC-ın" → "TAC" (a case ending after a hyphen or apostrophe)."""
    return joined_head(text)


def card_products(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` without the ORG mentions of an acronym the document writes as a card's or a device's label; None
    when there is none."""
    texts = token_texts(doc)
    org = doc.vocab.strings["ORG"]
    labels = {texts[e.start] for e in ents
              if e.label == org and len(e) == 1 and e.end < len(texts) and ACRONYM.match(texts[e.start])
              and doc[e.start].whitespace_ and _bare_device(texts[e.end])}
    if not labels:
        return None
    return [e for e in ents if not (e.label == org and _acronym(texts[e.start]) in labels and
                                    all(t in labels or not t.isalpha() or t.islower() for t in texts[e.start:e.end]))]
