"""az_corrections' org_splits switch (pipeline/names/org_splits.py): an ORG ends at a body's head in the
genitive and before lower-case words after its head, with phrases written for these tests (no shared text)."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections

SPLIT = [
    # (text, ner entities, entities after az_corrections)
    # a body and its sub-unit named with the body in the genitive are two ORGs
    ("Bunu Senatın Maliyyə Komitəsinin sədri deyib.", [("Senatın Maliyyə Komitəsinin", "ORG")],
     [("Senatın", "ORG"), ("Maliyyə Komitəsinin", "ORG")]),
    ("Məlumatı Gömrük Komitəsinin Analitik Mərkəzi yayıb.", [("Gömrük Komitəsinin Analitik Mərkəzi", "ORG")],
     [("Gömrük Komitəsinin", "ORG"), ("Analitik Mərkəzi", "ORG")]),
    # what follows the parent and names no body is no name
    ("Bunu Səhiyyə Nazirliyinin Beynəlxalq Əlaqələrə məsul nümayəndəsi deyib.",
     [("Səhiyyə Nazirliyinin Beynəlxalq Əlaqələrə", "ORG")], [("Səhiyyə Nazirliyinin", "ORG")]),
    # a head in the locative, ablative or instrumental ends the name too; a lone one is no name (org9)
    ("Konfrans Fizika İnstitutunda Avropa Fizika Cəmiyyətinin dəstəyi ilə keçib.",
     [("Fizika İnstitutunda Avropa Fizika Cəmiyyətinin", "ORG")],
     [("Fizika İnstitutunda", "ORG"), ("Avropa Fizika Cəmiyyətinin", "ORG")]),
    ("Bu il Gəncə Universitetindən Hüquq tələbələri gəlib.", [("Gəncə Universitetindən Hüquq", "ORG")],
     [("Gəncə Universitetindən", "ORG")]),
    ("Sənəd Bankla Maliyyə Nazirliyinin arasında imzalanıb.", [("Bankla Maliyyə Nazirliyinin", "ORG")],
     [("Maliyyə Nazirliyinin", "ORG")]),
    # lower-case words after a head or an acronym are cut off
    ("Dünən Turizm Agentliyinə üzv qəbul olunub.", [("Turizm Agentliyinə üzv", "ORG")],
     [("Turizm Agentliyinə", "ORG")]),
    ("Bunu ANS xəbər verib.", [("ANS xəbər", "ORG")], [("ANS", "ORG")]),
    # a competition is an event: its organiser stays
    ("Klub FIFA Millətlər Liqasında oynayır.", [("FIFA Millətlər Liqasında", "ORG")], [("FIFA", "ORG")]),
    ("Komanda Çempionlar Liqasının finalına çıxıb.", [("Çempionlar Liqasının", "ORG")], []),
    # a legal form alone, spelt out or in brackets after it, is no name; the quoted company stays
    ("Zavodu “Yaşıl Dərə” Məhdud Məsuliyyətli Cəmiyyətinin (MMC) işçiləri tikib.",
     [("Yaşıl Dərə", "ORG"), ("Məhdud Məsuliyyətli Cəmiyyətinin", "ORG"), ("MMC", "ORG")], [("Yaşıl Dərə", "ORG")]),
    ("Sonra “Dəniz Yolu” Qapalı Səhmdar Cəmiyyəti bildirib.",
     [("Qapalı Səhmdar Cəmiyyəti", "ORG")], []),
]

UNCHANGED = [
    # a suffix after a hyphen, a lower-case head, a name that is no body's head
    ("Qərar ATƏT-in iclasında qəbul edilib.", [("ATƏT-in", "ORG")]),
    ("Sonra Minsk qrupunun həmsədrləri gəlib.", [("Minsk qrupunun", "ORG")]),
    ("Gəmi Neft daşlarına yan alıb.", [("Neft daşlarına", "ORG")]),
    # a party's organs stay one name; an acronym in brackets after the parent belongs to it
    ("Kommunist Partiyasının Mərkəzi Komitəsinin Siyasi Bürosu toplanıb.",
     [("Kommunist Partiyasının Mərkəzi Komitəsinin Siyasi Bürosu", "ORG")]),
    ("Bu il Səhiyyə Nazirliyi yeni qayda qəbul edib.", [("Səhiyyə Nazirliyi", "ORG")]),
    # a dative inside a name is a word of it ("Hərbi Xidmətə Çağırış")
    ("Məlumatı Hərbi Xidmətə Çağırış Xidməti verib.", [("Hərbi Xidmətə Çağırış Xidməti", "ORG")]),
    # a legal acronym in brackets after a name stands for that name
    ("Bunu Yaşıl Dərə (MMC) bildirib.", [("MMC", "ORG")]),
]


@pytest.mark.parametrize("text,ents,expected", SPLIT)
def test_an_organisation_ends_at_its_parent_and_its_head(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("text,ents", UNCHANGED)
def test_whole_names_stay(nlp, text, ents):
    assert ner_then_corrections(nlp, text, ents) == ents


def test_the_switch_turns_the_rule_off(nlp):
    text = "Bunu Senatın Maliyyə Komitəsinin sədri deyib."
    ents = [("Senatın Maliyyə Komitəsinin", "ORG")]
    assert ner_then_corrections(nlp, text, ents, org_splits=False) == ents


def test_a_lone_head_refers_back_and_a_plural_is_no_parent(nlp):
    # "Nazirliyin" alone refers to a ministry named before: no name; the sub-unit keeps its ORG
    assert ner_then_corrections(nlp, "Bunu Nazirliyin Analitik Mərkəzi bildirib.",
                                [("Nazirliyin Analitik Mərkəzi", "ORG")]) == [("Analitik Mərkəzi", "ORG")]
    # a plural head names a kind of body, and a lone head after the parent is no sub-unit's name
    for text, ent in (("Sonra Yerli Xidmətlərin Təşviqi Şurası toplanıb.", "Yerli Xidmətlərin Təşviqi Şurası"),
                      ("Bu il Şəki Universitetinin Fondu yaradılıb.", "Şəki Universitetinin Fondu")):
        assert ner_then_corrections(nlp, text, [(ent, "ORG")]) == [(ent, "ORG")]
