"""az_corrections, issue 11 classes 9 and 10: bodies named through another body or office
(pipeline/names/attached_bodies.py). Phrases written for these tests."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections

ATTACHED = [
    # (text, ner entities, entities after az_corrections)
    ("Gürcüstan Prezidenti yanında Gənclər Fondu yaradılıb.",                     # an office holding no person
     [("Gürcüstan", "COUNTRY"), ("Prezidenti", "TITLE"), ("Gənclər Fondu", "ORG")],
     [("Gürcüstan", "COUNTRY"), ("Gənclər Fondu", "ORG")]),
    ("Gürcüstan Prezidenti Yanında Dövlət Xidmət Akademiyasında kurs keçirilib.",  # "Yanında" is no word of the body
     [("Gürcüstan", "COUNTRY"), ("Prezidenti", "TITLE"), ("Yanında Dövlət Xidmət Akademiyasında", "ORG")],
     [("Gürcüstan", "COUNTRY"), ("Dövlət Xidmət Akademiyasında", "ORG")]),
    ("Layihə Gənclərə Dövlət Yardımı Şurasının dəstəyi ilə keçirilib.",           # a council is no TITLE
     [("Gənclərə Dövlət Yardımı Şurasının", "TITLE")], [("Gənclərə Dövlət Yardımı Şurasının", "ORG")]),
    ("Qonaqlar gənclər şöbəsindən gəlib.", [("gənclər şöbəsindən", "TITLE")],       # lower case: left alone
     [("gənclər şöbəsindən", "TITLE")]),
    ("Qonaqlar Gənclər Fondunun sədri Ülvi Qasımlı ilə görüşüb.",                # a real title stays
     [("Gənclər Fondunun sədri", "TITLE"), ("Ülvi Qasımlı", "PERSON")],
     [("Gənclər Fondunun sədri", "TITLE"), ("Ülvi Qasımlı", "PERSON")]),
    ("Sertifikatı MTN-in Rəqəmsal İmza Mərkəzi verir.",                          # a ministry and its sub-unit
     [("MTN-in Rəqəmsal İmza Mərkəzi", "ORG")], [("MTN-in", "ORG"), ("Rəqəmsal İmza Mərkəzi", "ORG")]),
    ("Hesabatı BMT-nin Qida Proqramı hazırlayıb.",                                # an agency keeps its name
     [("BMT-nin Qida Proqramı", "ORG")], [("BMT-nin Qida Proqramı", "ORG")]),
    ("Seminar Turizm, Mədəniyyət və İdman Nazirliyinin dəstəyi ilə keçib.",        # a name cut after its first field
     [("Turizm", "REGION"), ("Mədəniyyət və İdman Nazirliyinin", "ORG")],
     [("Turizm, Mədəniyyət və İdman Nazirliyinin", "ORG")]),
    ("Seminar Turizm, Mədəniyyət və İdman Nazirliyinin dəstəyi ilə keçib.",
     [("Mədəniyyət və İdman Nazirliyinin", "ORG")], [("Turizm, Mədəniyyət və İdman Nazirliyinin", "ORG")]),
    ("Seminar Gəncə, Mədəniyyət və İdman Nazirliyinin dəstəyi ilə keçib.",         # a place stays apart
     [("Gəncə", "REGION"), ("Mədəniyyət və İdman Nazirliyinin", "ORG")],
     [("Gəncə", "REGION"), ("Mədəniyyət və İdman Nazirliyinin", "ORG")]),
    ("Həmçinin, Mədəniyyət və İdman Nazirliyi iştirak edib.",                       # an adverb opening the sentence
     [("Mədəniyyət və İdman Nazirliyi", "ORG")], [("Mədəniyyət və İdman Nazirliyi", "ORG")]),
    ("Sənədlər yoxlanır Beləliklə, Mədəniyyət və İdman Nazirliyi qoşulub.",          # ... or run into the sentence
     [("Mədəniyyət və İdman Nazirliyi", "ORG")], [("Mədəniyyət və İdman Nazirliyi", "ORG")]),
    ("Səhiyyə Nazirliyi, Mədəniyyət və İdman Nazirliyi iştirak edib.",            # two bodies stay two
     [("Səhiyyə Nazirliyi", "ORG"), ("Mədəniyyət və İdman Nazirliyi", "ORG")],
     [("Səhiyyə Nazirliyi", "ORG"), ("Mədəniyyət və İdman Nazirliyi", "ORG")]),
    # after the name's owner in the genitive, a first field of two or three words (org9)
    ("Layihəni Hindistanın Kənd İnkişafı, Su və Meşə Nazirliyi dəstəkləyir.",
     [("Hindistanın", "COUNTRY"), ("Su və Meşə Nazirliyi", "ORG")],
     [("Hindistanın", "COUNTRY"), ("Kənd İnkişafı, Su və Meşə Nazirliyi", "ORG")]),
    ("Sənəd Palatanın Maliyyə, Audit və Hesabat Komitəsinə göndərilib.",
     [("Palatanın", "ORG"), ("Audit və Hesabat Komitəsinə", "ORG")],
     [("Palatanın", "ORG"), ("Maliyyə, Audit və Hesabat Komitəsinə", "ORG")]),
    ("Görüşdə BMT-nin Sülh Quruculuğu, Humanitar və İnkişaf Komitəsi təmsil olunub.",  # a field the ner typed PERSON
     [("BMT-nin", "ORG"), ("Sülh Quruculuğu", "PERSON"), ("Humanitar və İnkişaf Komitəsi", "ORG")],
     [("BMT-nin", "ORG"), ("Sülh Quruculuğu, Humanitar və İnkişaf Komitəsi", "ORG")]),
    ("Hindistanın Bakı Kənd İnkişafı, Su və Meşə Nazirliyi ilə görüşü olub.",      # a place in the field: left
     [("Hindistanın", "COUNTRY"), ("Bakı", "REGION"), ("Su və Meşə Nazirliyi", "ORG")],
     [("Hindistanın", "COUNTRY"), ("Bakı", "REGION"), ("Su və Meşə Nazirliyi", "ORG")]),
    ("Hindistanın Təhsil Nazirliyi, Su və Meşə Nazirliyi iştirak edib.",           # a whole body before the comma
     [("Hindistanın", "COUNTRY"), ("Təhsil Nazirliyi", "ORG"), ("Su və Meşə Nazirliyi", "ORG")],
     [("Hindistanın", "COUNTRY"), ("Təhsil Nazirliyi", "ORG"), ("Su və Meşə Nazirliyi", "ORG")]),
    ("Sənədləri ASAN xidmətin əməkdaşı qəbul edir.", [("ASAN", "ORG")], [("ASAN xidmətin", "ORG")]),
    ("Vətəndaşlar Asan xidmətə müraciət edir.", [("Asan", "ORG")], [("Asan xidmətə", "ORG")]),
    ("Sənədləri ASAN əməkdaşları yoxlayır.", [("ASAN", "ORG")], [("ASAN", "ORG")]),  # no "xidmət" after it
]


@pytest.mark.parametrize("text,ents,expected", ATTACHED)
def test_attached_bodies(nlp, text, ents, expected):
    # stray_names would drop the person-less TITLEs of these phrases: this table is attached_bodies' alone
    assert ner_then_corrections(nlp, text, ents, stray_names=False) == expected


def test_the_rule_can_be_switched_off(nlp):
    ents = [("Gənclərə Dövlət Yardımı Şurasının", "TITLE")]
    text = "Layihə Gənclərə Dövlət Yardımı Şurasının dəstəyi ilə keçirilib."
    assert ner_then_corrections(nlp, text, ents, attached_bodies=False, stray_names=False) == ents
