"""punctuation: tidy() strips the quotes and spaces a name's text should not keep."""
from __future__ import annotations

import pytest

from pipeline.lang.punctuation import tidy


@pytest.mark.parametrize("text,expected", [
    ("“Tenge Bank”", "Tenge Bank"), ("rezident- əlaqələndirici", "rezident-əlaqələndirici"),
    ("“Gənc Alim” Fondu", "“Gənc Alim” Fondu"), ("Milli  Məclis", "Milli Məclis"),
    ("Yaşıl Dünya” Birliyi", "Yaşıl Dünya Birliyi"), ("Dost “Ulduz", "Dost Ulduz"),
])
def test_tidy(text, expected):
    assert tidy(text) == expected


def test_quote_sets_are_consistent():
    from pipeline.lang.punctuation import CLOSING_QUOTES, EDGE_PUNCT, OPENING_QUOTES, QUOTE_ENDS, QUOTE_STARTS, QUOTES
    assert set(OPENING_QUOTES + CLOSING_QUOTES) <= set(QUOTES) <= set(EDGE_PUNCT) | {"`"}
    assert not set(OPENING_QUOTES) & set(CLOSING_QUOTES)
    assert set(OPENING_QUOTES) <= set(QUOTE_STARTS) <= set(QUOTES) and set(CLOSING_QUOTES) <= set(QUOTE_ENDS) <= set(QUOTES)
