"""spaCy's lexical attribute getters, replaced by equivalents that cost less per new word.

Why: a run over unseen news makes a lexeme for every new word form (about 9,000 per 300 raw articles),
and spaCy calls each of the vocabulary's 23 getters on it from compiled code: Python wrappers around
one `str` method or one index, and `like_url`'s string tests. Here the wrappers are the `str` methods
and `operator.itemgetter`s themselves, and a word without a dot skips the URL tests (it is never
URL-like unless it opens with "http://" or "https://"). The punctuation and currency tests, which ask
`unicodedata` about each character, answer False at once for a word opening with a letter or a digit
(no such character is punctuation or a currency sign); the bracket and quote tests are frozen sets,
`like_email` needs an "@", and the stop-word test reads a frozen set with one call less. (spaCy's `word_shape`
stays: a `str.translate` or `map` over the characters and a regex for the runs cost more.) Each
replacement returns what spaCy's function returns for every string (tests/lang/test_lex_getters.py
checks them against spaCy's on the same strings); only spaCy's own functions are replaced, so a
language's own getter stays.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from operator import itemgetter

from spacy.lang import lex_attrs as spacy_attrs

__all__ = ["like_url", "cheaper_getters"]


def like_url(text: str) -> bool:
    """spaCy's like_url, whose answer without a dot is False unless the word opens with http(s)://."""
    if "." not in text and not text.startswith(("http://", "https://")):
        return False
    return spacy_attrs.like_url(text)


def is_punct(text: str) -> bool:
    """spaCy's is_punct (every character in a P* category; True for ""): a letter or digit is none."""
    if text[:1].isalnum():
        return False
    return spacy_attrs.is_punct(text)


def is_currency(text: str) -> bool:
    """spaCy's is_currency (every character in category Sc; True for ""): a letter or digit is none."""
    if text[:1].isalnum():
        return False
    return spacy_attrs.is_currency(text)


def like_email(text: str) -> bool:
    """spaCy's like_email, whose pattern needs an "@"."""
    return "@" in text and spacy_attrs.like_email(text)


# the character tuples of spaCy's functions (spacy/lang/lex_attrs.py), as sets
_BRACKETS = frozenset(("(", ")", "[", "]", "{", "}", "<", ">"))
_QUOTES = frozenset(('"', "'", "`", "«", "»", "‘", "’", "‚", "‛", "“", "”", "„", "‟", "‹", "›", "❮", "❯", "''", "``"))
_LEFT = frozenset(("(", "[", "{", "<", '"', "'", "«", "‘", "‚", "‛", "“", "„", "‟", "‹", "❮", "``"))
_RIGHT = frozenset((")", "]", "}", ">", '"', "'", "»", "’", "”", "›", "❯", "''"))


def _is_stop(stops: frozenset[str], text: str) -> bool:
    return text.lower() in stops


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
    spacy_attrs.is_punct: is_punct,
    spacy_attrs.is_currency: is_currency,
    spacy_attrs.like_email: like_email,
    spacy_attrs.is_bracket: _BRACKETS.__contains__,
    spacy_attrs.is_quote: _QUOTES.__contains__,
    spacy_attrs.is_left_punct: _LEFT.__contains__,
    spacy_attrs.is_right_punct: _RIGHT.__contains__,
}


def cheaper_getters(getters: dict[int, Callable]) -> None:
    """Replace, in a vocabulary's `lex_attr_getters`, each of spaCy's getters that has a cheaper equal."""
    for attr, getter in list(getters.items()):
        if isinstance(getter, partial) and getter.func is spacy_attrs.is_stop and set(getter.keywords) == {"stops"}:
            # the language's stop words bound to spaCy's is_stop: the same test, one call less
            getters[attr] = partial(_is_stop, frozenset(getter.keywords["stops"]))
            continue
        cheaper = _CHEAPER.get(getter)
        if cheaper is not None:
            getters[attr] = cheaper
