"""az_corrections' org_edges switch (pipeline/names/org_edges.py), issue 11 class 9: an ORG ending in a body's
head takes the words of its name the ner left outside. Phrases written for these tests."""
from __future__ import annotations

import pytest

from pipeline.names.org_edges import owned
from tests.names.test_corrections import ner_then_corrections

EDGES = [
    # (text, ner entities, entities after az_corrections)
    # a genitive owner before a possessive noun opening the name
    ("Layihəni Kənd Turizminin İnkişafı Fondu maliyyələşdirir.", [("İnkişafı Fondu", "ORG")],
     [("Kənd Turizminin İnkişafı Fondu", "ORG")]),
    ("Layihəni nazirlik yanında ST-nin İnkişafı Fondu maliyyələşdirir.", [("İnkişafı Fondu", "ORG")],
     [("ST-nin İnkişafı Fondu", "ORG")]),                                         # an acronym's glued genitive
    ("Bu qrant Elektron Ticarətin Təşviqi Mərkəzindən gəlib.", [("Təşviqi Mərkəzindən", "ORG")],
     [("Elektron Ticarətin Təşviqi Mərkəzindən", "ORG")]),                        # a body's head may own it
    ("Qonaqlara Elektron Ticarətin Təşviqi Mərkəzi təqdim olunub.", [("Təşviqi Mərkəzi", "ORG")],
     [("Elektron Ticarətin Təşviqi Mərkəzi", "ORG")]),                            # not the dative before it
    ("Bu gün Yol Qəzalarının Araşdırılması Bürosu hesabat verib.",
     [("Yol Qəzalarının", "ORG"), ("Araşdırılması Bürosu", "ORG")],
     [("Yol Qəzalarının Araşdırılması Bürosu", "ORG")]),                          # two ORGs the ner split there
    # common words written with a capital mid-sentence before it
    ("Kurslar bu il Rəqəmsal Bacarıqlar Tədris Mərkəzində keçirilir.", [("Tədris Mərkəzində", "ORG")],
     [("Rəqəmsal Bacarıqlar Tədris Mərkəzində", "ORG")]),
    # after it: common capitalised words up to a body's head, head after head in the nominative
    ("Sənədi Milli Açar Xidməti Mərkəzi verir.", [("Milli Açar Xidməti", "ORG")],
     [("Milli Açar Xidməti Mərkəzi", "ORG")]),
    ("İanələr Əlillərə Yardım Fonduna köçürülür.", [("Əlillərə", "ORG")],
     [("Əlillərə Yardım Fonduna", "ORG")]),                                       # a dative opens the name
    ("Deputat Rusiya Federasiyası Federal Məclisi Dövlət Dumasının iclasına gəlib.", [("Rusiya Federasiyası", "ORG")],
     [("Rusiya Federasiyası Federal Məclisi Dövlət Dumasının", "ORG")]),
    ("Toplantıda Gənc Alimlər Mərkəzi İctimai Birliyinin üzvləri var.",
     [("Gənc Alimlər Mərkəzi", "ORG"), ("İctimai Birliyinin", "ORG")],
     [("Gənc Alimlər Mərkəzi İctimai Birliyinin", "ORG")]),                       # a body and its legal form
    ("Dünən ATƏT Parlament Assambleyası toplanıb.", [("ATƏT", "ORG")],
     [("ATƏT Parlament Assambleyası", "ORG")]),
    # left alone
    ("Sonra Dəniz Bank Qapalı Səhmdar Cəmiyyətinin hesabatı çıxıb.", [("Dəniz Bank", "ORG")],
     [("Dəniz Bank", "ORG")]),                                                    # a legal form stays outside
    ("Onlar Təhsil Nazirliyinin Qiymətləndirmə Mərkəzinə gedib.",
     [("Təhsil Nazirliyinin", "ORG"), ("Qiymətləndirmə Mərkəzinə", "ORG")],
     [("Təhsil Nazirliyinin", "ORG"), ("Qiymətləndirmə Mərkəzinə", "ORG")]),      # a parent in the genitive
    ("Sonra Kənd Qovşağının Rəhbər Şurası toplanıb.", [("Rəhbər Şurası", "ORG")],
     [("Rəhbər Şurası", "ORG")]),                                                 # the genitive owns no possessive
    ("Şəhərdə Türkiyənin Xarici İşlər Nazirliyi nümayəndəsi olub.",
     [("Türkiyənin", "COUNTRY"), ("Xarici İşlər Nazirliyi", "ORG")],
     [("Türkiyənin", "COUNTRY"), ("Xarici İşlər Nazirliyi", "ORG")]),             # an adjective, and a country
    ("Görüşə Tomasso Pellini Mədəniyyət Mərkəzindən gəlib.", [("Mədəniyyət Mərkəzindən", "ORG")],
     [("Mədəniyyət Mərkəzindən", "ORG")]),                                        # a person's name is no common word
    ("Turizm Təlim Mərkəzi Maliyyə Nazirliyi ilə müqavilə imzalayıb.",
     [("Turizm Təlim Mərkəzi", "ORG")], [("Turizm Təlim Mərkəzi", "ORG")]),      # a ministry is no sub-unit
    ("Satış Qrupu və Bazar Təhlili Palatası görüşüb.", [("Satış Qrupu və Bazar", "ORG")],
     [("Satış Qrupu və Bazar", "ORG")]),                                          # two bodies: not widened
    ("İnformasiya Texnologiyalarının İnkişafı Fondu qrant verib.", [("İnkişafı Fondu", "ORG")],
     [("İnkişafı Fondu", "ORG")]),                                                # a sentence start says nothing
]


@pytest.mark.parametrize("text,ents,expected", EDGES)
def test_org_edges(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


def test_switch_off(nlp):
    ents = [("İnkişafı Fondu", "ORG")]
    assert ner_then_corrections(nlp, "Layihəni Kənd Turizminin İnkişafı Fondu maliyyələşdirir.", ents,
                                org_edges=False) == ents


@pytest.mark.parametrize("word,expected", [("İnkişafı", True), ("Araşdırılması", True), ("Qəbulu", True),
                                           ("Mərkəzi", False), ("Xarici", False), ("Milli", False),
                                           ("Fondu", False), ("Dövlət", False)])
def test_owned(word, expected):
    assert owned(word) is expected
