"""MONEY qualifiers a word or two after the amount, and "kron" by the country the article is about."""
from __future__ import annotations

import pytest

from pipeline.quantities.component import find_all


def money(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[q.start:q.end], q.currency, q.qualifier) for q in find_all(text) if q.label == "MONEY"]


@pytest.mark.parametrize("text,expected", [
    ("Layihəyə 500 milyon dollardan bir qədər çox vəsait ayrılıb.", [("500 milyon dollardan", "USD", "more_than")]),
    ("Büdcə 2 milyard avrodan da artıq olub.", [("2 milyard avrodan", "EUR", "more_than")]),
    ("Xərclər 3 milyon manatdan xeyli az olub.", [("3 milyon manatdan", "AZN", "less_than")]),
    ("Gəlir 5 milyon dollardan daha çox olub.", [("5 milyon dollardan", "USD", "more_than")]),
    ("Gəlir 7 milyon dollardan daha az olub.", [("7 milyon dollardan", "USD", "less_than")]),
    ("Gəlir 5 milyon dollardan daha sonra artıb.", [("5 milyon dollardan", "USD", None)]),  # no qualifier word
])
def test_qualifier_after_a_word_or_two(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize("text,currency", [
    ("İsveç 5 milyard kron ayırıb.", "SEK"),
    ("Danimarka hökuməti 5 milyard kron ayırıb.", "DKK"),
    # the article is about Sweden (named three times); Norway, named once and first, is not its country
    ("Norveçdən fərqli olaraq İsveç 50 milyard kron ayırıb. İsveçdə bu, büdcənin bir hissəsidir. "
     "İsveç parlamenti razılaşıb.", "SEK"),
    ("Danimarkadan fərqli olaraq İsveç 9 milyon kron ödəyib. İsveçdə bu qərar bəyənilib.", "SEK"),
])
def test_kron_by_the_country_the_article_is_about(text, currency):
    assert [c for _, c, _ in money(text)] == [currency]
