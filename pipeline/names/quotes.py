"""Quotes on tokens: which quote opens and which closes (straight quotes by the spaces around them),
short quoted names (“Kazan Expo”, “Report”), and whether a name sits inside one."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from pipeline.lang.punctuation import CLOSING_QUOTES, OPENING_QUOTES
from pipeline.lang.texts import token_texts

# every token text opens_quote() can accept: a run of opening quotes, or a straight quote
_OPENING_TEXTS = {OPENING_QUOTES[a:b] for a in range(3) for b in range(a + 1, 4)} | {'"'}


def opens_quote(t: Token) -> bool:
    # a straight quote opens when it hugs the next word but not the previous one: «"Şəki" komandası»
    return t.text in OPENING_QUOTES or (t.text == '"' and t.whitespace_ == "" and not _hugs_previous(t))


def closes_quote(t: Token) -> bool:
    return t.text in CLOSING_QUOTES or (t.text == '"' and _hugs_previous(t))


def _hugs_previous(t: Token) -> bool:
    prev = t.doc[t.i - 1] if t.i > 0 else None
    return prev is not None and prev.whitespace_ == "" and not prev.is_space


def quote_candidates(doc: Doc) -> list[int]:
    """Indices of the tokens that may open a quote, found on the shared token texts rather than by
    making a Token object of every token."""
    return [i for i, text in enumerate(token_texts(doc)) if text in _OPENING_TEXTS]


def quoted_names(doc: Doc, reach: int = 8):
    """(open quote, close quote) token pairs of short quoted names that a space follows."""
    after = -1  # a quoted name was found up to here: the next one opens after it
    for i in quote_candidates(doc):
        if i <= after or not opens_quote(doc[i]):
            continue
        close = next((j for j in range(i + 2, min(i + reach + 2, len(doc)))
                      if closes_quote(doc[j]) or opens_quote(doc[j]) or doc[j].is_space or "\n" in doc[j].whitespace_), None)
        if close is None or not closes_quote(doc[close]) or not doc[close].whitespace_ or close + 1 >= len(doc):
            continue
        yield i, close
        after = close


def inside_quoted_name(doc: Doc, start: int, end: int, reach: int = 5) -> bool:
    """The name sits in a short quoted name (“Mərkəzi Asiya” Mərkəzi, “Azərbaycan Hava Yolları”): an
    opening quote at most `reach` tokens before it and a closing quote at most `reach` tokens after it.
    A long quoted speech (“Rusiya iqtisadiyyatının …) is no name. Only a few tokens are looked at, so
    the check stays cheap in very long documents."""
    # most names have no quote before them: that test (on the shared token texts, no Span or Token
    # objects) is cheaper than finding the sentence
    if not any(text == '"' or text in OPENING_QUOTES for text in token_texts(doc)[max(0, start - reach):start]):
        return False
    lo = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    opened = False
    for t in reversed(doc[max(lo, start - reach):start]):
        if closes_quote(t):
            return False
        if opens_quote(t):
            opened = True
            break
    return opened and any(closes_quote(t) for t in doc[end:end + reach])
