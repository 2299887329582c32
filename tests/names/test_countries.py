"""countries: the one country lookup (country_match) behind code_for and is_country_name."""
from __future__ import annotations

import pytest

from pipeline.names.az_norm import norm
from pipeline.names.countries import code_for, country_match, is_country_name
from tests.conftest import read_jsonl


@pytest.mark.parametrize("name,code", [
    ("Qazaxıstan", "KZ"), ("Qazaxıstanın", "KZ"), ("ABŞ", "US"), ("ABŞ-a", "US"), ("BƏƏ", "AE"),
    ("Amerika Birləşmiş Ştatları", "US"), ("Rusiya Federasiyası", "RU"), ("Böyük Britaniya", "GB"),
    ("Azərbaycan Respublikasının", "AZ"), ("Özbəkistan Respublikası", "UZ"), ("Almaniya", "DE"),
    ("Vyetnam Sosialist Respublikası", "VN"), ("Armenia", "AM"), ("Qrenlandiya", "GL"),
])
def test_code_for(name, code):
    assert code_for(name) == code


def test_code_for_unknown_is_none():
    assert code_for("Atlantida") is None


def test_dev_country_id_accuracy(shared):
    total = ok = 0
    for rec in read_jsonl(shared / "corpus" / "dev.jsonl"):
        for ent in rec["entities"]:
            if ent["label"] == "COUNTRY" and ent.get("id"):
                total += 1
                ok += code_for(norm(ent["text"], "COUNTRY")) == ent["id"]
    assert total > 100
    assert ok / total >= 0.97


@pytest.mark.parametrize("text,expected", [
    ("Qazaxıstanın", True), ("ABŞ-ın", True), ("Azərbaycan Respublikasında", True),
    ("Vyetnam Sosialist Respublikası", True),      # a known name + official-form words only
    ("Vyetnam Kommunist Partiyası", False),         # a known name + other words: an organisation
    ("Tacikistan Sosialist Respublikası", True),    # not in the tables: name + official-form words
    ("Komissiya", False), ("", False),
    ("Armenia", True),                              # English, through pycountry
])
def test_is_country_name(text, expected):
    assert is_country_name(text) is expected


@pytest.mark.parametrize("words,expected", [
    (["qazaxıstanın"], ("KZ", [])),
    (["vyetnam", "kommunist", "partiyası"], ("VN", ["kommunist", "partiyası"])),  # the longest known opening
    (["atlantida"], None),
])
def test_country_match(words, expected):
    assert country_match(words) == expected
