"""The text of a Doc and of its tokens, built once per Doc and shared by the components.

`Doc.text` joins a new Token object per token on every access, and a loop over `doc` makes a Token
per token: the rule components did both several times per document. Here the strings are read from
the ORTH/SPACY arrays once and kept per Doc (weakly: the cache never keeps a Doc alive), checked
against the ORTH array on every use, so a retokenised Doc is read again.
"""
from __future__ import annotations

import weakref

import numpy
from spacy.attrs import ORTH, SPACY
from spacy.tokens import Doc

__all__ = ["token_texts", "doc_text"]

# Doc -> (ORTH array, token texts, doc text or None until asked for)
_KEPT: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _entry(doc: Doc) -> list:
    orths = doc.to_array(ORTH)
    kept = _KEPT.get(doc)
    if kept is not None and numpy.array_equal(kept[0], orths):
        return kept
    strings = doc.vocab.strings
    kept = [orths, [strings[o] for o in orths.tolist()], None]
    _KEPT[doc] = kept
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
