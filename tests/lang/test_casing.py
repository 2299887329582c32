"""casing: Azerbaijani lower and upper case (İ↔i, I↔ı) keep the length; capitalised() is the first letter's."""
from __future__ import annotations

import pytest

from pipeline.lang.casing import az_lower, az_upper, capitalised


@pytest.mark.parametrize("text,expected", [
    ("İSTANBUL", "istanbul"), ("IĞDIR", "ığdır"), ("Şuşa", "şuşa"),
])
def test_az_lower(text, expected):
    assert az_lower(text) == expected


def test_az_upper():
    assert az_upper("iğdır") == "İĞDIR"


@pytest.mark.parametrize("text,lower", [("İLHAM", "ilham"), ("ISTI", "ıstı"), ("Işıq", "ışıq"), ("ƏLİYEV", "əliyev")])
def test_az_lower_keeps_length(text, lower):
    assert az_lower(text) == lower
    assert len(az_lower(text)) == len(text)


def test_az_upper_sentence():
    assert az_upper("istiqamət ılıq") == "İSTİQAMƏT ILIQ"


@pytest.mark.parametrize("word,expected", [("istanbul", "İstanbul"), ("ığdır", "Iğdır"), ("şuşa", "Şuşa"), ("", "")])
def test_capitalised(word, expected):
    assert capitalised(word) == expected
