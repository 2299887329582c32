"""The text of a Doc and of its tokens, built once per Doc and shared by the components.

`Doc.text` joins a new Token object per token on every access, and a loop over `doc` makes a Token
per token: the rule components did both several times per document. Here the strings are read from
the ORTH/SPACY arrays once and kept per Doc (weakly: the cache never keeps a Doc alive). The token
texts are checked against the number of tokens, which spaCy's retokenizer changes (comparing the
ORTH arrays on every use cost 2% of a run); the text of a Doc never changes.
"""
from __future__ import annotations

import weakref

from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc, Span

__all__ = ["token_texts", "doc_text", "span_text"]

# Doc -> [number of tokens, token texts, doc text or None until asked for]
_KEPT: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


# ORTH id -> text: a StringStore lookup decodes a new str every time, a dict hands out the same one (ids
# are hashes of the text, the same in every Vocab). Cleared when large: a long run meets new words.
_TEXT_OF: dict[int, str] = {}
_MAX_TEXTS = 500_000


def _texts_of(doc: Doc) -> list[str]:
    ids = doc.to_array(ORTH).tolist()
    texts = list(map(_TEXT_OF.get, ids))
    if None in texts:  # words not met before: from the StringStore, kept for the next Doc
        if len(_TEXT_OF) > _MAX_TEXTS:
            _TEXT_OF.clear()
        strings = doc.vocab.strings
        for k in [k for k, text in enumerate(texts) if text is None]:
            texts[k] = _TEXT_OF[ids[k]] = strings[ids[k]]
    return texts


# the last Doc asked about (a weak reference) and its entry: the rules ask about one Doc many times in a
# row, and a WeakKeyDictionary lookup runs in Python (half a microsecond, 12,000 times per 300 articles)
_LAST: list = [None, None]


def _entry(doc: Doc) -> list:
    ref, kept = _LAST
    if ref is not None and ref() is doc and kept[0] == len(doc):
        return kept
    kept = _KEPT.get(doc)
    if kept is None or kept[0] != len(doc):
        texts = _texts_of(doc) if len(doc) else []
        kept = [len(doc), texts, kept[2] if kept is not None else None]
        _KEPT[doc] = kept
    _LAST[0], _LAST[1] = weakref.ref(doc), kept
    return kept


def token_texts(doc: Doc) -> list[str]:
    """[t.text for t in doc], without making Token objects (do not modify the list: it is shared)."""
    return _entry(doc)[1]


def doc_text(doc: Doc) -> str:
    """doc.text, built once per Doc."""
    kept = _entry(doc)
    if kept[2] is None:
        spaces = doc.to_array(SPACY).tolist() if len(doc) else []
        kept[2] = "".join([t + " " if s else t for t, s in zip(kept[1], spaces)])
    return kept[2]


def span_text(span: Span) -> str:
    """span.text, sliced from the Doc's text (Span.text joins its Tokens' texts, 2 µs, on every access)."""
    return doc_text(span.doc)[span.start_char:span.end_char]
