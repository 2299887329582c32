"""A name never ends in an opening bracket, an opening quote, a dash, a comma or a conjunction, and never opens
with a bracket or a dash (issue 11, classes 9 and 0): "[Ticarət və İnkişaf üzrə Konfransı (]UNCTAD)" →
"[Ticarət və İnkişaf üzrə Konfransı] (UNCTAD)", "[Rəqəmsal İnkişaf və] ..." → "[Rəqəmsal İnkişaf] və ...",
"[- Təhsil Nazirliyi]" → "- [Təhsil Nazirliyi]", "[(AZƏRTAC]" → "([AZƏRTAC]"; a name that ends in a hyphen
glued to a free word takes the word ("[Loru-]Pəmbək" → "[Loru-Pəmbək]"). The ner draws such spans at a bracket
or a list dash, and no gold span of train ends or opens so. A name whose bracket opens inside it and closes
outside ends before the bracket ("[VEMTAS (Vahid Elektron] ...)" → "[VEMTAS]"). A span with nothing left is
dropped. Runs last, on what every other switch left.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.lang.punctuation import DASHES, OPENING_QUOTES
from pipeline.lang.texts import token_texts
from pipeline.names.spans import glued_dash

NAME_LABELS = frozenset({"PERSON", "TITLE", "COUNTRY", "REGION", "ORG"})
# a token a name cannot end with / open with; the conjunctions only as words of their own ("NATO-ya" is a dative)
BAD_LAST = frozenset("([{,;:" + OPENING_QUOTES + DASHES)
BAD_FIRST = frozenset("()[]{},;:" + DASHES)
CONJUNCTIONS = frozenset({"və", "ilə", "ya", "yaxud", "həm"})


def _bad_last(doc: Doc, texts: list[str], k: int) -> bool:
    return texts[k] in BAD_LAST or (texts[k] in CONJUNCTIONS and k > 0 and bool(doc[k - 1].whitespace_))


def _trimmed(doc: Doc, texts: list[str], start: int, end: int) -> tuple[int, int]:
    """The span's token bounds with the bad edge tokens and an unclosed bracket's part cut off."""
    while start < end and (texts[start] in BAD_FIRST or texts[start] in CONJUNCTIONS):
        start += 1
    while end > start and _bad_last(doc, texts, end - 1):
        end -= 1
    depth = 0
    for k in range(start, end):
        depth += (texts[k] == "(") - (texts[k] == ")")
    if depth > 0:
        # the last unclosed "(": its inside belongs to a bracketed part that closes outside the span
        opened = [k for k in range(start, end) if texts[k] == "("]
        cut = opened[len(opened) - depth]
        end = cut
        while end > start and _bad_last(doc, texts, end - 1):
            end -= 1
    return start, end


def _glued_tail(doc: Doc, texts: list[str], end: int, taken: set[int]) -> bool:
    """The span ends in a hyphen glued on both sides to a free word: the rest of the word ("[Loru-]Pəmbək",
    "[Index-]ində") belongs to the name."""
    return glued_dash(doc, end - 1) and texts[end].isalpha() and end not in taken


def span_edges(doc: Doc, ents: list[Span]) -> list[Span] | None:
    """`ents` with each name span's bad edge tokens cut off; None when no span has any."""
    texts = token_texts(doc)
    out: list[Span] = []
    changed = False
    taken: set[int] | None = None
    names = {doc.vocab.strings[label] for label in NAME_LABELS}
    for e in ents:
        if e.label in names and (texts[e.start] in BAD_FIRST or texts[e.start] in CONJUNCTIONS
                                        or _bad_last(doc, texts, e.end - 1) or "(" in texts[e.start:e.end]):
            if taken is None:
                taken = {i for x in ents for i in range(x.start, x.end)}
            if _glued_tail(doc, texts, e.end, taken):
                out.append(Span(doc, e.start, e.end + 1, label=e.label))
                changed = True
                continue
            start, end = _trimmed(doc, texts, e.start, e.end)
            if (start, end) != (e.start, e.end):
                changed = True
                if start < end:
                    out.append(Span(doc, start, end, label=e.label))
                continue
        out.append(e)
    return out if changed else None
