"""az_corrections' org_openings switch (pipeline/names/org_openings.py): the field before "üzrə" and the words
a dash glues to a body's name open that ORG, with phrases written for these tests (no shared text)."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections


@pytest.mark.parametrize("text,ents,expected", [
    # the ner cut the field off before "üzrə", or kept "üzrə" without the field, or one word of it
    ("Bu gün Arıçılıq Məsələləri üzrə Dövlət Komitəsi yığıncaq keçirib.", [("Dövlət Komitəsi", "ORG")],
     [("Arıçılıq Məsələləri üzrə Dövlət Komitəsi", "ORG")]),
    # a list item's first word, the owner of the noun after it
    ("Siyahı: 1. Balıq Ovu Üzrə Dövlət Xidməti 2. Maliyyə Nazirliyi", [("Ovu Üzrə Dövlət Xidməti", "ORG"),
                                                                   ("Maliyyə Nazirliyi", "ORG")],
     [("Balıq Ovu Üzrə Dövlət Xidməti", "ORG"), ("Maliyyə Nazirliyi", "ORG")]),
    ("Bunu, bəli, Dəmir, Polad və Mis üzrə Dövlət Agentliyinin rəhbəri deyib.", [("üzrə Dövlət Agentliyinin", "ORG")],
     [("Dəmir, Polad və Mis üzrə Dövlət Agentliyinin", "ORG")]),
    # a field at a line start belongs to the name; free words up to the head too; a list closed by "və"
    ("Bu gün Meşə, Bərpa Olunan və Sukeçirən Torpaqlar üzrə Dövlət Agentliyi açılıb.",
     [("Bərpa Olunan", "ORG"), ("Sukeçirən Torpaqlar üzrə Dövlət Agentliyi", "ORG")],
     [("Meşə, Bərpa Olunan və Sukeçirən Torpaqlar üzrə Dövlət Agentliyi", "ORG")]),
    ("Xəbərlər\nArıçılıq Məsələləri üzrə Dövlət Komitəsinin hesabatı çıxıb.", [],
     [("Arıçılıq Məsələləri üzrə Dövlət Komitəsinin", "ORG")]),
    # org11: the field before "qarşı" of a body named for a fight against something
    ("Qazaxıstanın Qaçaqmalçılığa qarşı Mübarizə Agentliyi hesabat verib.",
     [("Qazaxıstanın", "COUNTRY"), ("Mübarizə Agentliyi", "ORG")],
     [("Qazaxıstanın", "COUNTRY"), ("Qaçaqmalçılığa qarşı Mübarizə Agentliyi", "ORG")]),
])
def test_the_field_before_uzra_opens_the_body(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("text,ents", [
    # a lower-case field, a place, a country or a scene before "üzrə": no word of the name
    # where the field starts is in doubt: a common word opening the sentence, a "və" after a lower-case word
    ("Sonra Arıçılıq Məsələləri üzrə Dövlət Komitəsi yığıncaq keçirib.", [("Dövlət Komitəsi", "ORG")]),
    ("Bu sahə üzrə Dövlət Komitəsi qərar verib.", [("Dövlət Komitəsi", "ORG")]),
    ("Norveç üzrə Dövlət Komitəsi qərar verib.", [("Norveç", "COUNTRY"), ("Dövlət Komitəsi", "ORG")]),
    # no body's head after "üzrə"
    ("Arıçılıq Məsələləri üzrə Tədbirlər Planı təsdiqlənib.", []),
])
def test_other_words_before_uzra_stay_out(nlp, text, ents):
    assert ner_then_corrections(nlp, text, ents) == ents


@pytest.mark.parametrize("text,ents,expected", [
    # the first word of a pair glued by a dash, and the common capitalised words before it
    ("Sonra Yaylaq-Otlaq Mərkəzinin işçiləri gəlib.", [("Otlaq Mərkəzinin", "ORG")],
     [("Yaylaq-Otlaq Mərkəzinin", "ORG")]),
    # a nationality and a country before a body's name: one chamber of commerce
    ("Görüşdə Macar-Azərbaycan Ticarət Palatası iştirak edib.", [("Azərbaycan Ticarət Palatası", "ORG")],
     [("Macar-Azərbaycan Ticarət Palatası", "ORG")]),
    # two countries glued before free name words up to a body's head
    ("Sərgidə Norveç-Azərbaycan Balıqçılıq Palatasının stendi var.", [("Norveç", "COUNTRY")],
     [("Norveç-Azərbaycan Balıqçılıq Palatasının", "ORG")]),
    ("Sənəddə Norveç-Fransa Hökumətlərarası Ticarət Komissiyasının adı var.",
     [("Norveç", "COUNTRY"), ("Fransa", "COUNTRY")], [("Norveç-Fransa Hökumətlərarası Ticarət Komissiyasının", "ORG")]),
])
def test_a_dashed_opening_is_inside_the_body(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("text,ents", [
    # two parties: a country and an international body
    ("Norveç-Avropa İttifaqı danışıqları bitib.", [("Norveç", "COUNTRY"), ("Avropa İttifaqı", "ORG")]),
    # two countries before no body's name: relations, a forum, a pipeline
    ("Norveç-Fransa münasibətləri yaxşıdır.", [("Norveç", "COUNTRY"), ("Fransa", "COUNTRY")]),
    ("Norveç-Fransa Beyin Mərkəzlərinin birinci Forumu keçirilib.", [("Norveç", "COUNTRY"), ("Fransa", "COUNTRY")]),
])
def test_other_dashed_pairs_stay_apart(nlp, text, ents):
    assert ner_then_corrections(nlp, text, ents) == ents


def test_the_switch_turns_the_rule_off(nlp):
    text = "Siyahı: 1. Balıq Ovu Üzrə Dövlət Xidməti 2. Maliyyə Nazirliyi"
    ents = [("Ovu Üzrə Dövlət Xidməti", "ORG"), ("Maliyyə Nazirliyi", "ORG")]
    assert ner_then_corrections(nlp, text, ents, org_openings=False) == ents


@pytest.mark.parametrize("text,ents", [
    # a body before "və" is a name of its own, found or not
    ("Bunu isə Maliyyə Nazirliyi və Arıçılıq İşləri üzrə Dövlət Komitəsi bildirib.",
     [("Maliyyə Nazirliyi", "ORG"), ("Arıçılıq İşləri üzrə Dövlət Komitəsi", "ORG")]),
    ("Siyahı: 1. Maliyyə Nazirliyi və Arıçılıq İşləri üzrə Dövlət Komitəsi",
     [("Maliyyə Nazirliyi", "ORG"), ("Arıçılıq İşləri üzrə Dövlət Komitəsi", "ORG")]),
])
def test_a_body_before_the_field_stays_apart(nlp, text, ents):
    assert ner_then_corrections(nlp, text, ents) == ents


def test_a_person_before_the_field_stays_a_person(nlp):
    text = "Dünən görüşdə Vaqif Soltanlı Arıçılıq İşləri üzrə Dövlət Komitəsinin sədri çıxış edib."
    ents = [("Vaqif Soltanlı", "PERSON"), ("Arıçılıq İşləri üzrə Dövlət Komitəsinin", "ORG")]
    assert ner_then_corrections(nlp, text, ents) == ents


@pytest.mark.parametrize("text,ents", [
    # "qarşı" before a body that does not open with "Mübarizə": two names, or a name and its opponent
    ("Qruplaşmaya qarşı Milli Təhlükəsizlik Xidməti əməliyyat keçirib.", [("Milli Təhlükəsizlik Xidməti", "ORG")]),
    # a place before "qarşı" is no field
    ("Gürcüstana qarşı Mübarizə Komitəsi iddia qaldırıb.", [("Gürcüstana", "COUNTRY"), ("Mübarizə Komitəsi", "ORG")]),
])
def test_against_opens_only_a_fight_body(nlp, text, ents):
    assert ner_then_corrections(nlp, text, ents) == ents
