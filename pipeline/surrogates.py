"""Lone surrogates ("\\ud800", legal in JSON escapes and Python strings) cannot be UTF-8 encoded,
which spaCy's string store needs. Replacing each with U+FFFD, one code point for one, keeps every
offset valid for the original text: the command line does it before making a Doc (and takes span
texts from the original), and the tokenizer does it for library calls such as nlp("\\ud800 Bakı")."""
from __future__ import annotations

import re

from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

__all__ = ["SURROGATE_RE", "replace_surrogates", "SurrogateSafeTokenizer"]

SURROGATE_RE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD (same length, same offsets)."""
    return SURROGATE_RE.sub("\ufffd", text) if SURROGATE_RE.search(text) else text


class SurrogateSafeTokenizer(Tokenizer):
    """spaCy's rule tokenizer, accepting text with lone surrogates instead of raising UnicodeEncodeError."""

    def __call__(self, text: str) -> Doc:
        return super().__call__(replace_surrogates(text))
