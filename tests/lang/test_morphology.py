"""morphology: suffix analyses, base forms, vowel harmony, suffix forms and ordinal endings."""
from __future__ import annotations

import pytest

from pipeline.lang.morphology import (ORDINAL_ENDINGS, SHORT_ORDINAL_ENDINGS, analyses, base_forms, harmonise,
                                      in_harmony, is_suffix, joined_head, suffix_forms, written_words)


@pytest.mark.parametrize("template,vowel,expected", [
    ("In", "a", "ın"), ("In", "ə", "in"), ("In", "o", "un"), ("In", "ü", "ün"),
    ("dA", "ı", "da"), ("dA", "i", "də"), ("nIn", "u", "nun"), ("dAkY", "a", "dakı"), ("dAkY", "ə", "dəki"),
])
def test_vowel_harmony(template, vowel, expected):
    assert harmonise(template, vowel) == expected


def test_disharmonic_suffix_is_not_stripped():
    # "Hacızadə" would be "Hacızad" + dative only if the dative after back "a" were "ə"
    assert not any(m.name == "dative" for a in analyses("Hacızadə") for m in a.morphs)
    assert any(m.name == "dative" for a in analyses("Hacızadəyə") for m in a.morphs)


@pytest.mark.parametrize("word,base", [
    ("Respublikasının", "respublikası"), ("Respublikasının", "respublika"), ("Bakıya", "bakı"),
    ("ABŞ-ın", "abş"), ("Krallığında", "krallıq"),
])
def test_base_forms(word, base):
    assert base in base_forms(word)


@pytest.mark.parametrize("text,expected", [("ın", True), ("nin", True), ("dakı", True), ("Jomart", False),
                                           ("York", False)])
def test_is_suffix(text, expected):
    assert is_suffix(text) == expected


@pytest.mark.parametrize("stem,ending,ok", [
    ("mart", "ın", True), ("mart", "in", False), ("mart", "uni", False), ("iyul", "un", True),
    ("aprel", "in", True), ("aprel", "ın", False), ("dollar", "lıq", True), ("frank", "lin", False),
    ("lirə", "lik", True), ("avro", "nu", True), ("avro", "ya", True), ("manat", "", True), ("İyun", "un", True),
])
def test_in_harmony(stem: str, ending: str, ok: bool) -> None:
    assert in_harmony(stem, ending) is ok


@pytest.mark.parametrize("name,after,forms", [
    ("genitive", "C", {"ın", "in", "un", "ün"}), ("genitive", "V", {"nın", "nin", "nun", "nün"}),
    ("poss3", "V", {"sı", "si", "su", "sü"}), ("poss3", "C", {"ı", "i", "u", "ü"}),
])
def test_suffix_forms(name, after, forms):
    assert suffix_forms(name, after) == forms


def test_ordinal_endings():
    assert set(ORDINAL_ENDINGS) == {"inci", "ıncı", "uncu", "üncü", "nci", "ncı", "ncu", "ncü"}
    assert set(SHORT_ORDINAL_ENDINGS) == {"ci", "cı", "cu", "cü"}


@pytest.mark.parametrize("word,instrumental", [
    ("Qazaxıstanla", True), ("Nazirliklə", True), ("Fransayla", True), ("Bakıyla", True),
    # a possessive contracts with "ilə" ("vasitəsilə", "Mərkəzilə")
    ("vasitəsilə", True), ("Mərkəzilə", True),
    # after a vowel the instrumental takes the buffer -y- ("Fransayla"): a name ending in a vowel + "la"
    # is its own base form, never a stem + instrumental
    ("Fiala", False), ("Metsola", False), ("Zabela", False), ("Kamilə", False),
])
def test_instrumental_la_follows_a_consonant(word: str, instrumental: bool) -> None:
    assert any(m.name == "instrumental" for a in analyses(word) for m in a.morphs) == instrumental


@pytest.mark.parametrize("word,head", [
    ("İKT-nin", "İKT"), ("ASC–nin", "ASC"), ("TAC’ın", "TAC"), ("Index'ində", "Index"), ("Bakı", "Bakı"),
    ("Rasi-zadə-nin", "Rasi"),
])
def test_joined_head_is_the_word_before_its_first_joiner(word, head):
    assert joined_head(word) == head


def test_a_suffix_after_an_en_dash_is_analysed_like_one_after_a_hyphen():
    assert {a.stem for a in analyses("XİN–in") if a.joined} == {a.stem for a in analyses("XİN-in") if a.joined} == {"XİN"}


def test_written_words_keep_joined_suffixes_and_drop_trailing_joiners():
    assert list(written_words("ABŞ-ın və əş-Şaraa- 5 nəfər")) == [
        (0, 6, "ABŞ-ın"), (7, 9, "və"), (10, 19, "əş-Şaraa"), (22, 27, "nəfər")]
