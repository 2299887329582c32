"""benchmarks/org_classes.py: each ORG error falls in the class its words show (phrases written for these
tests, offsets found in them)."""
from __future__ import annotations

import pytest

from benchmarks.org_classes import classify


def at(text: str, phrase: str, label: str) -> dict:
    start = text.index(phrase)
    return {"start": start, "end": start + len(phrase), "label": label}


@pytest.mark.parametrize("text,kind,gold,near,expected", [
    ("Səfir Norveç Ədliyyə Nazirliyinə çağırılıb.", "wrong span", ("Norveç Ədliyyə Nazirliyinə", "ORG"),
     [("Norveç", "COUNTRY"), ("Ədliyyə Nazirliyinə", "ORG")], "country+body"),
    ("O, Qarayev adına Musiqi Məktəbini bitirib.", "wrong span+label", ("Qarayev adına Musiqi Məktəbini", "ORG"),
     [("Qarayev", "PERSON")], "named after"),
    ("Sonra Kənd İnkişafı və Torpaq Agentliyi bildirib.", "wrong span", ("Kənd İnkişafı və Torpaq Agentliyi", "ORG"),
     [("Torpaq Agentliyi", "ORG")], "field pair"),
    ("Bunu Gömrük Komitəsinin Analitik Mərkəzi bildirib.", "wrong span", ("Gömrük Komitəsinin", "ORG"),
     [("Gömrük Komitəsinin Analitik Mərkəzi", "ORG")], "sub-unit"),
    ("Dünən Turizm Agentliyinə üzv qəbul olunub.", "wrong span", ("Turizm Agentliyinə", "ORG"),
     [("Turizm Agentliyinə üzv", "ORG")], "run-on"),
    # a country in the genitive owns the body: no class of these
    ("Norveçin Ədliyyə Nazirliyi bildirib.", "missed", ("Ədliyyə Nazirliyi", "ORG"), [], "other"),
])
def test_an_error_falls_in_the_class_of_its_words(text, kind, gold, near, expected):
    assert classify(text, kind, at(text, *gold), [at(text, *n) for n in near]) == expected


def test_a_spurious_prediction_is_read_from_the_prediction():
    text = "Bunu Gömrük Komitəsinin Analitik Mərkəzi bildirib."
    assert classify(text, "spurious", at(text, "Gömrük Komitəsinin Analitik Mərkəzi", "ORG"), []) == "sub-unit"
