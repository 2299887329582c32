"""az_corrections, issue 11 classes 10 and 11: company names typed PERSON/REGION or split, and a brand
family's products typed ORG (pipeline/names/company_forms.py); a common word before a dash or a bare
place word, and the first word of a quoted lower-case phrase, are no names (common_words.py).
Phrases written for these tests."""
from __future__ import annotations

import pytest

from pipeline.names.company_forms import is_camel_company
from tests.names.test_corrections import ner_then_corrections

COMPANIES = [
    # (text, ner entities, entities after az_corrections)
    ("XazNetKom yeni tarif təqdim edib.", [("XazNetKom", "PERSON")], [("XazNetKom", "ORG")]),
    ("Abunəçilər XazNetKom-un saytına daxil olur.", [("XazNet", "REGION"), ("Kom-un", "REGION")],
     [("XazNetKom", "ORG")]),                                       # the pieces of one word are one ORG
    ("Şəbəkə XazNetKom - sürətli internet verir.", [("XazNet", "REGION"), ("Kom - sürətli", "REGION")],
     [("XazNetKom", "ORG")]),
    ("Kredit QLBank tərəfindən verilir.", [("QLBank", "PERSON")], [("QLBank", "ORG")]),
    ("Hesabat Milli Bankın saytında dərc olunub.", [("Milli Bankın", "REGION")], [("Milli Bankın", "ORG")]),
    ("Müştərilər arasında Bank of Gəncə var.", [("Gəncə", "REGION")], [("Bank of Gəncə", "ORG")]),
    ('Siyahıda "Yaşılbank" ASC,"Bank of Gəncə" var.', [("Yaşılbank", "ORG"), ("Gəncə", "REGION")],
     [("Yaşılbank", "ORG")]),                                      # "Bank" glued to the text before it
    ('Portala qoşulur. Gəncə Su Təchizatı" ASC də qoşulacaq.', [("Gəncə", "REGION")],
     [("Gəncə Su Təchizatı", "ORG")]),                               # the opening quote was lost
    ("Vətəndaşlar “ASAN Viza”, “ASAN ödəniş” layihələrini bəyənir.",
     [("ASAN Viza", "ORG"), ("ASAN ödəniş", "ORG")], []),
    ("Ödəniş ASAN ödəniş sistemində edilir.", [("ASAN", "ORG")], []),
    # these stay: the agency of the family, a surname with a capital inside, words run together, places
    ("ASAN xidmət mərkəzi açılıb.", [("ASAN xidmət", "ORG")], [("ASAN xidmət", "ORG")]),
    ("Senator McCain çıxış edib.", [("McCain", "PERSON")], [("Senator", "TITLE"), ("McCain", "PERSON")]),
    ("Müşavir VüqarƏhmədov çıxış edib.", [("VüqarƏhmədov", "PERSON")], [("Müşavir", "TITLE"), ("VüqarƏhmədov", "PERSON")]),
    ("Qonaqlar GəncədəRoma haqqında danışıb.", [("GəncədəRoma", "REGION")], [("GəncədəRoma", "REGION")]),
    ("Nümayəndə Gəncə Su Təchizatı şəhərində olub.", [("Gəncə", "REGION")], [("Gəncə", "REGION")]),
    ("Tədbir Gəncədə keçirilib.", [("Gəncədə", "REGION")], [("Gəncədə", "REGION")]),
    # a name right before a company noun in the singular possessive (egov8)
    ("Sərgidə Dəmir Sığorta şirkəti iştirak edib.", [("Dəmir Sığorta", "PERSON")], [("Dəmir Sığorta", "ORG")]),
    ("Mütəxəssis Zentrix şirkətinin ofisində çalışır.", [("Zentrix", "REGION")], [("Zentrix", "ORG")]),
    # the company noun in any case of letters (words.possessed): a capital opens it in an official name
    ("Müqaviləni Dəmir Sığorta Şirkəti imzalayıb.", [("Dəmir Sığorta", "PERSON")], [("Dəmir Sığorta Şirkəti", "ORG")]),
    ("Mütəxəssis Zentrix Şirkətinin ofisində çalışır.", [("Zentrix", "REGION")], [("Zentrix Şirkətinin", "ORG")]),
    ("Sərgiyə “Kalmo Studio” şirkəti də gəlib.", [("Kalmo Studio", "PERSON")], [("Kalmo Studio", "ORG")]),
    ("Toplantını Macrosoft Azərbaycan şirkətinin direktoru açıb.", [("Macrosoft", "ORG"), ("Azərbaycan", "COUNTRY")],
     [("Macrosoft Azərbaycan", "ORG")]),                            # the local company, one ORG
    ("Sərgidə İtaliya şirkəti də var.", [("İtaliya", "COUNTRY")], [("İtaliya", "COUNTRY")]),  # a country's company
    ("Burada Avropa şirkətləri çalışır.", [("Avropa", "REGION")], [("Avropa", "REGION")]),
    ("Orada Kamal Həsənov şirkətin işindən danışıb.", [("Kamal Həsənov", "PERSON")], [("Kamal Həsənov", "PERSON")]),
    ("Ona Kamal Həsənov Zentrix şirkətində rast gəlib.", [("Kamal Həsənov Zentrix", "PERSON")],
     [("Kamal Həsənov", "PERSON")]),                               # a person run into the company: not relabelled
]


@pytest.mark.parametrize("text,ents,expected", COMPANIES)
def test_company_forms(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("word,company", [
    ("XazNetKom", True), ("QLBank", True), ("BuludSoft", True),
    ("SaaS", False), ("sahibkarlaraQala", False), ("BakıdaRoma", False), ("ŞəkidəQala", False), ("VüqarƏhmədov", False), ("McCain", False), ("ƏIiyev", False),
])
def test_camel_company_shape(word, company):
    assert is_camel_company(word) is company


COMMON = [
    ("Saytın Operatoru - məlumat mərkəzi sistemi idarə edir.", [("Operatoru", "REGION")], []),  # a dash, no "X-Y"
    ("Nazirlik Elektron kənd təsərrüfatı sistemini təqdim edib.", [("Elektron", "REGION")], []),  # bare "kənd"
    ("Bölmədə “Hamiləliyə və doğuma görə müavinət” xidməti var.", [("Hamiləliyə", "PERSON")], []),
    ("“Əli və Vəli” tamaşası göstərilib.", [("Əli", "PERSON")], [("Əli", "PERSON")]),  # a gold first name stays
    ("Nümayəndə Gəncədə çıxış edib.", [("Gəncədə", "REGION")], [("Gəncədə", "REGION")]),
    ("Sənədlər Regionlar üzrə toplanır.", [("Regionlar", "PERSON")], []),       # a lone common word mid-sentence
    ("Nazir Bayram Qasımova məktub göndərib.", [("Bayram", "PERSON")], [("Nazir", "TITLE"), ("Bayram", "PERSON")]),  # beside a name
    ("Tədbir bitib. E. Sağlamın sözləri var.", [("Sağlamın", "PERSON")], [("Sağlamın", "PERSON")]),   # after an initial
]


@pytest.mark.parametrize("text,ents,expected", COMMON)
def test_common_words_in_quotes_and_before_dashes(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected
