"""quoted_names: “X” + an organisation name is one ORG; the noun after “X” decides its kind."""
from __future__ import annotations

import pytest

import pipeline
from tests.names.test_components import ner_then_gazetteer


@pytest.fixture(scope="module")
def nlp():
    return pipeline.blank()


QUOTED_ORGS = [
    ("Qonaqlar “Zorbalı Ekspo” Beynəlxalq Sərgi Mərkəzinə gəlib.", [],
     [("“Zorbalı Ekspo” Beynəlxalq Sərgi Mərkəzinə", "ORG")]),
    ("Qonaqlar “Zorbalı” Uşaqlar üçün Reabilitasiya Mərkəzini gəziblər.", [],
     [("“Zorbalı” Uşaqlar üçün Reabilitasiya Mərkəzini", "ORG")]),         # "üçün" inside the name
    ("Qonaqlar “Zorbalı” Futbol Klubunun oyununa baxıb.", [], [("“Zorbalı” Futbol Klubunun", "ORG")]),
    ("Qonaqlar “Mərkəzi Asiya” Əməkdaşlıq Mərkəzinə gəlib.", [("Əməkdaşlıq Mərkəzinə", "ORG")],
     [("“Mərkəzi Asiya” Əməkdaşlıq Mərkəzinə", "ORG")]),                   # joined with the NER's ORG
    ("Müqavilə “Zorbalı” Kənd Təsərrüfatı MMC-nin adınadır.", [],
     [("“Zorbalı” Kənd Təsərrüfatı MMC-nin", "ORG")]),                     # a legal form after a head
    ("Müqavilə “Zorbalı” MMC ilə bağlanıb.", [("Zorbalı", "ORG")], [("Zorbalı", "ORG")]),  # legal form only
    ("Müqavilə “Zorbalı” Məhdud Məsuliyyətli Cəmiyyəti ilə bağlanıb.", [("Zorbalı", "ORG")],
     [("Zorbalı", "ORG")]),
    ("Müqavilə “Zorbalı” şirkəti ilə bağlanıb.", [("Zorbalı", "ORG")], [("Zorbalı", "ORG")]),  # lower case
    ("Müqavilə “Zorbalı”nın Bankı ilə bağlanıb.", [], []),           # a suffix after the quote: no join
    ("Komanda “Zorbalı” Liqa 1-də oynayır.", [("Zorbalı", "ORG")], [("Zorbalı", "ORG")]),  # no possessive head
    ("Festival “Zorbalı” Gənclər Bayramı adlanır.", [], []),          # no organisation head word
    ("Xəbəri “Zorbalı” Qarqadana istinadən yayıb.", [("Zorbalı", "ORG"), ("Qarqadana", "ORG")],
     [("Zorbalı", "ORG"), ("Qarqadana", "ORG")]),                    # the NER's ORG after it has no head word
]


@pytest.mark.parametrize("text,ents,expected", QUOTED_ORGS)
def test_quoted_orgs(nlp, text, ents, expected):
    got = ner_then_gazetteer(nlp, text, ents)
    assert [(t, label) for t, label, _ in got if label == "ORG"] == expected


QUOTED_KINDS = [
    # (text, NER entities, expected entities after az_gazetteer)
    ("Müqavilə “Zorbalı” şirkəti ilə bağlanıb.", [], [("Zorbalı", "ORG")]),            # ORG noun after it
    ("Oyunda “Zorbalı” komandası qalib gəlib.", [("Zorbalı", "REGION")], [("Zorbalı", "ORG")]),  # relabelled
    ("Xəbəri “Zorbalı Səs” qəzeti yazıb.", [], [("Zorbalı Səs", "ORG")]),
    ("Gənclər “Zorbalı” layihəsinə qoşulub.", [("Zorbalı", "ORG")], []),               # a project: none
    ("Şəhərdə “Zorbalı” festivalı keçirilib.", [("Zorbalı", "ORG")], []),              # an event: none
    ("Nazirlik “Zorbalı” tədbirini keçirib.", [("Zorbalı", "ORG")], []),              # egov9: an event
    ("Alimlər “Zorbalı” konfransına qatılıb.", [("Zorbalı", "ORG")], []),
    ("Tələbələr “Zorbalı” adlı mobil tətbiq hazırlayıb.", [("Zorbalı", "ORG")], []),      # after "adlı"
    ("Alim “Zorbalı” adlı qurğu yaradıb.", [("Zorbalı", "ORG")], []),
    ("Şəhərdə “Zorbalı” adlanan tədbir keçirilib.", [("Zorbalı", "ORG")], []),
    ("Qardaşlar “Zorbalı” adlı şirkət yaradıb.", [("Zorbalı", "PERSON")], [("Zorbalı", "ORG")]),  # a company
    ("Qardaşlar “Zorbalı” adlı yeni bir iri holdinq qurub.", [("Zorbalı", "PERSON")],
     [("Zorbalı", "PERSON")]),                                                             # too far after "adlı"
    ("Gənclər “Zorbalı” adlı mahnı oxuyub.", [("Zorbalı", "PERSON")], [("Zorbalı", "PERSON")]),  # ORG only
    ("Şəhərdə “Zorbalı” festivalı keçirilib.", [("Zorbalı", "PERSON")], [("Zorbalı", "PERSON")]),  # ORG only
    ("Müqavilə “Zorbalı”nın şirkəti ilə bağlanıb.", [], []),      # no space after the quote: no compound
    ("Gənclər “Zorbalı” adlı layihəyə qoşulub.", [("Zorbalı", "ORG")], []),  # egov9: "adlı" before the noun
]


@pytest.mark.parametrize("text,ents,expected", QUOTED_KINDS)
def test_quoted_name_kinds(nlp, text, ents, expected):
    got = ner_then_gazetteer(nlp, text, ents, cues=False, quoted_orgs=False, split_places=False)
    assert [(t, label) for t, label, _ in got] == expected
