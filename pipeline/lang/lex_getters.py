"""spaCy's lexical attribute getters, replaced by equivalents that cost less per new word.

Why: a run over unseen news makes a lexeme for every new word form (about 9,000 per 300 raw articles),
and spaCy calls each of the vocabulary's 23 getters on it from compiled code: Python wrappers around
one `str` method or one index, and `like_url`'s string tests. Here the wrappers are the `str` methods
and `operator.itemgetter`s themselves, and a word without a dot skips the URL tests (it is never
URL-like unless it opens with "http://" or "https://"). Each
replacement returns what spaCy's function returns for every string (tests/lang/test_lex_getters.py
checks them against spaCy's on the same strings); only spaCy's own functions are replaced, so a
language's own getter stays.
"""
from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter

from spacy.lang import lex_attrs as spacy_attrs

__all__ = ["like_url", "cheaper_getters"]


def like_url(text: str) -> bool:
    """spaCy's like_url, whose answer without a dot is False unless the word opens with http(s)://."""
    if "." not in text and not text.startswith(("http://", "https://")):
        return False
    return spacy_attrs.like_url(text)


# spaCy's function → the same answer for every string, cheaper
_CHEAPER: dict[Callable, Callable] = {
    spacy_attrs.lower: str.lower,
    spacy_attrs.prefix: itemgetter(0),
    spacy_attrs.suffix: itemgetter(slice(-3, None)),
    spacy_attrs.is_alpha: str.isalpha,
    spacy_attrs.is_digit: str.isdigit,
    spacy_attrs.is_lower: str.islower,
    spacy_attrs.is_space: str.isspace,
    spacy_attrs.is_title: str.istitle,
    spacy_attrs.is_upper: str.isupper,
    spacy_attrs.is_ascii: str.isascii,
    spacy_attrs.like_url: like_url,
}


def cheaper_getters(getters: dict[int, Callable]) -> None:
    """Replace, in a vocabulary's `lex_attr_getters`, each of spaCy's getters that has a cheaper equal."""
    for attr, getter in list(getters.items()):
        cheaper = _CHEAPER.get(getter)
        if cheaper is not None:
            getters[attr] = cheaper
