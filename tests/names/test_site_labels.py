"""az_corrections, issue 11 classes 11 and 1: a portal's section and button labels, brand products in any
case, e-services glued to "e-", plural PERSONs and generic kinds of body are no names
(pipeline/names/site_labels.py). Phrases written for these tests."""
from __future__ import annotations

import pytest

from pipeline.names.site_labels import plural_word
from tests.names.test_corrections import ner_then_corrections

LABELS = [
    # (text, ner entities, entities after az_corrections)
    ("Saytın “Əlaqələr” bölməsində ünvanlar var.", [("Əlaqələr", "ORG")], []),
    ('Sonra "Yadda saxla" düyməsini basın.', [("Yadda saxla", "ORG")], []),         # the label goes on in lower case
    ("Portalda “Xəbərlər” menyusuna keçin.", [("Xəbərlər", "PERSON")], []),
    # egov9: a sub-part ("alt bölmə") and a list of quoted labels before the interface noun
    ("Kabinetin “Ödənişlər” alt bölməsinə keçin.", [("Ödənişlər", "ORG")], []),
    ("Sonra “Yadda saxla” və “Ləğv et” düymələrindən birini basın.", [("Yadda saxla", "ORG")], []),
    ("Menyuda “Arxiv”, “Xəritə” və “Sorğular” bölmələri var.", [("Arxiv", "ORG"), ("Xəritə", "REGION")], []),
    ("Tətbiqdə “Gəncə Su Fondu” və “Arxiv” bölmələri var.", [("Gəncə Su Fondu", "ORG")],  # a body's name stays
     [("Gəncə Su Fondu", "ORG")]),
    ("Nəşriyyat “Arxiv” və “Xəritə” kitablarını buraxıb.", [("Arxiv", "ORG")], [("Arxiv", "ORG")]),  # no interface noun
    ("Komitə “Arxiv” alt qrupunu yaradıb.", [("Arxiv", "ORG")], [("Arxiv", "ORG")]),
    ("Sonra “Onlayn Xidmətlər” bölməsini seçin.", [("Onlayn Xidmətlər", "ORG")], []),  # a plural head: no body
    ("Tətbiqdə “Gəncə Su Fondu” bölməsini seçin.", [("Gəncə Su Fondu", "ORG")],     # a body's name stays
     [("Gəncə Su Fondu", "ORG")]),
    ("Şirkətin “Xəzərnet” səhifəsi açılıb.", [("Xəzərnet", "ORG")], [("Xəzərnet", "ORG")]),  # no interface noun
    ("Giriş “Asan imza” ilə olur.", [("Asan imza", "ORG")], []),                     # a brand product in any case
    ("Məlumatı e-QAYĞI sistemindən alın.", [("QAYĞI", "ORG")], []),                  # glued to "e-"
    ("Kursu e-Hökumət Akademiyası keçirib.", [("Hökumət Akademiyası", "ORG")],       # ... but a body stays
     [("Hökumət Akademiyası", "ORG")]),
    # egov7: an "e" glued to a capital with no hyphen
    ("Fermerlər eKənd sistemində qeydiyyatdan keçir.", [("eKənd", "ORG")], []),
    ("Ərizələr eTorpaq və eMeşə vasitəsilə verilir.", [("eTorpaq", "ORG"), ("eMeşə", "PERSON")], []),
    ("Dərsi eTəhsil Akademiyası keçirib.", [("eTəhsil Akademiyası", "ORG")],        # ... a body stays
     [("eTəhsil Akademiyası", "ORG")]),
    ("Sistem eTIR qaydalarına uyğundur.", [("eTIR", "ORG")], [("eTIR", "ORG")]),     # no lower case after it
    ("Müqaviləni Eko Kənd imzalayıb.", [("Eko Kənd", "ORG")], [("Eko Kənd", "ORG")]),  # a capital E
    ("Gənclər Açıq Sənədlərdən istifadə edir.", [("Açıq Sənədlərdən", "PERSON")], []),  # a plural is no person
    ("Müəllim Yaşar Gülər dərs deyir.", [("Yaşar Gülər", "PERSON")], [("Yaşar Gülər", "PERSON")]),  # a first name
    ("Toyda Məmmədovlar ailəsi iştirak edib.", [("Məmmədovlar", "PERSON")], [("Məmmədovlar", "PERSON")]),  # a family
    ("Kursda 12 İcra Hakimiyyəti nümayəndəsi oxuyub.", [("İcra Hakimiyyəti", "ORG")], []),  # a kind of body
    ("Şirkətin yeni Data Mərkəzi açılıb.", [("Data Mərkəzi", "ORG")], []),            # a kind of facility
    ("Bütün rayonlarda İcra Hakimiyyətləri işləyir.", [("İcra Hakimiyyətləri", "ORG")], []),
    # org11: a body's call centre, after a number, quoted or after its owner in the genitive
    ("Suallar üçün 155 Zəng Mərkəzinə zəng edin.", [("Zəng Mərkəzinə", "ORG")], []),
    ("Sakinlər isə “Çağrı” Mərkəzinə müraciət edib.", [("“Çağrı” Mərkəzinə", "ORG")], []),
    ("Fondun Çağrı Mərkəzi gecə də işləyir.", [("Çağrı Mərkəzi", "ORG")], []),
    ("ASB-nin Zəng Mərkəzinin operatorları cavab verir.", [("ASB-nin", "ORG"), ("Zəng Mərkəzinin", "ORG")],
     [("ASB-nin", "ORG")]),
    ("Gəncə Zəng Mərkəzi yeni ofis açıb.", [("Gəncə Zəng Mərkəzi", "ORG")],      # a named one stays
     [("Gəncə Zəng Mərkəzi", "ORG")]),
    ("Qərarı Gəncə Şəhər İcra Hakimiyyəti verib.", [("Gəncə Şəhər İcra Hakimiyyəti", "ORG")],  # a named one stays
     [("Gəncə Şəhər İcra Hakimiyyəti", "ORG")]),
    ("Nazirin Sərəncamının icrası başlayıb.", [("Sərəncamının", "REGION")], []),         # a legal act
    ("Kabinet QƏRARA ALIR: qaydalar təsdiq edilsin.", [("QƏRARA", "ORG")], []),
    ("Xidmətin göstərilməsi Qaydası təsdiq edilib.", [("Qaydası", "PERSON")], []),       # rules, instructions
    ("Sənədlər Təlimatla uyğun hazırlanır.", [("Təlimatla", "REGION")], []),
    ("Nazirliyin Qərarnaməsinə əsasən işlər görülür.", [("Qərarnaməsinə", "ORG")], []),
    ("Başçının Fərmanı Dövlət qurumlarına göndərilib.", [("Fərmanı Dövlət", "PERSON")], []),
    ("Müəllim Fərman Qasımlı dərs deyir.", [("Fərman Qasımlı", "PERSON")], [("Fərman Qasımlı", "PERSON")]),  # a name
    ("Qonaqlardan Fərman danışıb.", [("Fərman", "PERSON")], [("Fərman", "PERSON")]),
    ("Sənədlər: * Attestat haqqında arayış * Vəsiqə", [("Attestat", "PERSON")], []),   # a list item opener
    ("Bəndlər 12.3. Qəyyumluqda olan uşaqlar", [("Qəyyumluqda", "PERSON")], []),
    ("Qonaqlar: * Əli gəlib.", [("Əli", "PERSON")], [("Əli", "PERSON")]),              # a known first name
    ("Bu il 2020. Həsənov haqqında yazılıb.", [("Həsənov", "PERSON")], [("Həsənov", "PERSON")]),  # a year
    ("Sonra – Şeynbaum qeyd edib.", [("Şeynbaum", "PERSON")], [("Şeynbaum", "PERSON")]),  # a dash is no bullet
    ("Qərarı Şəhər İcra Hakimiyyəti verib.", [("İcra Hakimiyyəti", "ORG")],          # a name word before: cut, not generic
     [("İcra Hakimiyyəti", "ORG")]),
]


@pytest.mark.parametrize("text,ents,expected", LABELS)
def test_site_labels_are_no_names(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


def test_the_rule_can_be_switched_off(nlp):
    ents = [("Əlaqələr", "ORG")]
    assert ner_then_corrections(nlp, "Saytın “Əlaqələr” bölməsində ünvanlar var.", ents, site_labels=False) == ents


@pytest.mark.parametrize("word,plural", [
    ("Sənədlərdən", True), ("Bülletenləri", True), ("Reyestrlərin", True),
    ("Gülər", False), ("Əliyevlər", False), ("Məmmədov", False), ("Nazirliyi", False),
])
def test_plural_word(word, plural):
    assert plural_word(word) is plural
