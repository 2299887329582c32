"""currencies: CLDR and alias currency names to ISO codes; an ambiguous noun takes the document's country."""
from __future__ import annotations

import pytest

from pipeline.quantities.currencies import possessive_stem, resolve
from pipeline.quantities.money import find_money


@pytest.mark.parametrize("phrase,code", [
    # names from CLDR through Babel, in the Azerbaijani possessive form and inflected
    ("3 milyon Norveç kronu", "NOK"), ("3 milyon İsveç kronuna", "SEK"), ("7 milyon Macarıstan forinti", "HUF"),
    ("2 milyon Hindistan rupisi", "INR"), ("4 milyon Səudiyyə riyalı", "SAR"), ("9 milyon Kanada dollarına", "CAD"),
    ("5 milyon İsveçrə frankı", "CHF"), ("6 milyon Gürcüstan larisi", "GEL"), ("8 milyon Polşa zlotısı", "PLN"),
    ("1 milyon Braziliya realı", "BRL"), ("1 milyon Cənubi Koreya vonu", "KRW"), ("2 milyon Misir funtu", "EGP"),
    ("9 milyon Avstraliya dolları", "AUD"),
    # country words from the alias file, not CLDR
    ("5 milyon Amerika dolları", "USD"), ("5 milyon türk lirəsi", "TRY"), ("5 milyon rus rublu", "RUB"),
])
def test_cldr_currency_names(phrase: str, code: str) -> None:
    [q] = find_money(phrase)
    assert (q.start, q.end, q.currency) == (0, len(phrase), code)


def test_ambiguous_noun_takes_the_country_of_the_document() -> None:
    assert resolve(None, "kron", "Norveç hökuməti qərar verib.") == "NOK"
    assert resolve(None, "dollar", "Kanada hökuməti qərar verib.") == "USD"  # "dollar" alone is USD


@pytest.mark.parametrize("word,stem", [("Dolları", "dollar"), ("Lirəsi", "lirə"), ("Yeni", "yen"), ("manat", "manat")])
def test_possessive_stem(word, stem):
    assert possessive_stem(word) == stem
