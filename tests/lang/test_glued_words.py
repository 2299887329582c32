"""Words run together by a scraper: where they split, and the words and names left whole."""
from __future__ import annotations

import pytest

from pipeline.lang.glued_words import glued_splits, split_point

SPLITS = [
    # word, its first word
    ("Əliyevinçıxışı", "Əliyevin"),          # a genitive and the noun it owns
    ("Ərdoğanınbəyanatı", "Ərdoğanın"),
    ("Mərkəzitərəfindən", "Mərkəzi"),        # a possessive and a postposition
    ("Mərkəzinindirektoru", "Mərkəzinin"),
    ("Nazirliyisosial", "Nazirliyi"),
    ("Qurumungöstərdiyi", "Qurumun"),
    ("Məmmədovqeyd", "Məmmədov"),            # a nominative name before a word that follows names only
    ("Hüseynovhaqqında", "Hüseynov"),
]

WHOLE = [
    "Regiondankənar", "Müsabiqədənkənar",    # a real word made after a case ("kənar": role compound)
    "Tanrıverdi", "Bülbüloğlu", "Allahverdiyan", "Şirinyanın", "Gəncəçayın",  # names of name pieces
    "Politexnik", "Altıağac", "Taxtakörpü", "Sarıyataq", "Həmişəyaşıl",       # a nominative head
    "İkiillik",
    "Mərkəzilə", "Azərbaycanın", "Respublikasının", "Nazirliyində",          # word forms of the news
    "Nazir", "Əliyevin",                       # short, or nothing glued
]


@pytest.mark.parametrize("word,head", SPLITS)
def test_split(word, head):
    assert split_point(word) == len(head)


@pytest.mark.parametrize("word", WHOLE)
def test_whole(word):
    assert split_point(word) is None


@pytest.mark.parametrize("text,found", [
    ("Prezident Rəşad Quliyevinçıxışı\\n", [(16, 25)]),
    ("Məlumat Hesablama Mərkəzitərəfindən hazırlanıb.", [(18, 25)]),
    ("hesablama mərkəzitərəfindən", []),            # lower case: no name to free
    ("Mərkəzitərəfindən-dir", []),                   # a hyphenated word: left
    ("MƏRKƏZİTƏRƏFİNDƏN", []),                       # all capitals
])
def test_glued_splits(text, found):
    assert glued_splits(text) == found
