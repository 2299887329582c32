"""Entity edges without the invisible format characters a scraper leaves in text (issue 11, tok10; always on,
the last step of az_corrections).

The tokenizer splits each such character (U+202D, U+200B, ...) off as a token read as a space
(pipeline/lang/tokenizer.py): the ner opens no entity on one, but may close one there, and rules may join
across one.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.extensions import SPAN_ATTRS
from pipeline.lang.punctuation import INVISIBLE_RE
from pipeline.lang.texts import doc_text, token_texts


def invisible_edges(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """Entities without the invisible format characters (U+202D, U+200B, ...) the tokenizer split off at
    their edges (the ner does not open an entity on one, but may close it there, and rules may join across
    one); an entity of them alone is dropped. None when no entity touches one."""
    if not INVISIBLE_RE.search(doc_text(doc)):  # most documents have none
        return None
    texts = token_texts(doc)

    def invisible(i: int) -> bool:
        return INVISIBLE_RE.fullmatch(texts[i]) is not None

    out, changed = [], False
    for e in ents:
        start, end = e.start, e.end
        while start < end and invisible(start):
            start += 1
        while end > start and invisible(end - 1):
            end -= 1
        if (start, end) == (e.start, e.end):
            out.append(e)
            continue
        changed = True
        if start < end:
            span = Span(doc, start, end, label=e.label, kb_id=e.kb_id)
            for name in SPAN_ATTRS:  # a quantity's values (set by az_money) are keyed by its offsets
                value = getattr(e._, name)
                if value is not None:
                    setattr(span._, name, value)
            out.append(span)
    return out if changed else None
