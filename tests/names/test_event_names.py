"""event_names: a REGION that opens an event's or programme's name, and a name that ends in a year (an
event's edition), are no names (issue 11 egov9, classes 4 and 3; pipeline/names/event_names.py). Phrases
written for these tests."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections

EVENTS = [
    # (text, ner entities, entities after az_corrections)
    ("Birinci Avropa Oyunlarına hazırlıq gedir.", [("Avropa", "REGION")], []),
    ("Gələn il Asiya oyunlarında çıxış edəcək.", [("Asiya", "REGION")], []),                 # lower case too
    ("Yay Avropa Olimpiya Oyunları başlayır.", [("Avropa", "REGION")], []),                  # a free word between
    ("Nazir Şərq Tərəfdaşlığı proqramından danışıb.", [("Şərq", "REGION")], []),
    ("Ölkə Şərq tərəfdaşlığına qoşulub.", [("Şərq", "REGION")], []),
    ('Məqsəd "Şərq Tərəfdaşlığı"-nın gücləndirilməsidir.', [("Şərq", "REGION")], []),       # a suffix glued after the quote
    ("Komanda Avropa Liqasında oynayır.", [("Avropa", "REGION")], []),
    ("Şəhərdə Formula-1 Avropa Qran-prisi keçiriləcək.", [("Avropa", "REGION")], []),
    ("Layihə Trans-Xəzər dəhlizini gücləndirir.", [("Xəzər", "REGION")], []),                # an adjective's prefix
    ("“Trans Avrasiya Magistralı” layihəsi davam edir.", [("Avrasiya", "REGION")], []),
    # a place after an ordinal, opening a numbered exhibition's or festival's name (session 7, lead)
    ("Bakıda 14-cü Gürcüstan Beynəlxalq Kənd təsərrüfatı sərgisi açılıb.", [("Gürcüstan", "COUNTRY")], []),
    ("Bakıda 9-cu Şirvan Beynəlxalq Muğam Festivalı keçirilir.", [("Şirvan", "REGION")], []),
    ("Şirkət 3-cü Qafqaz “Aqro” Yarmarkasında iştirak edib.", [("Qafqaz", "REGION")], []),
    # region10: a week's name in the possessive (the train gold leaves "Bakı Enerji Həftəsi" unmarked 3 of 3)
    ("Sərgi Bakı Enerji Həftəsi çərçivəsində açılıb.", [("Bakı", "REGION")], []),
    ("Qonaqlar Gəncə Kitab Həftəsinə gəlib.", [("Gəncə", "REGION")], []),
    # region10: before a head where the gold keeps places, a REGION that is no known place is dropped
    ("Şamaxıda Nəsimi festivalı başlayıb.", [("Nəsimi", "REGION")], []),
    ("Alim Nobel mükafatı laureatıdır.", [("Nobel", "REGION")], []),
    ("Komanda Etnosport Mədəniyyət Festivalında çıxış edib.", [("Etnosport", "REGION")], []),
    ("Nümayəndə 8-ci İnformasiya Əldəetmə Konfransında iştirak edib.", [("İnformasiya Əldəetmə", "REGION")], []),
    ("Tələbələr Zərdabi Memarlıq Müsabiqəsinə qatılıb.", [("Zərdabi", "REGION")], []),
    # places stay
    ("Bakıda Qəbələ Beynəlxalq Musiqi Festivalı keçirilir.", [("Qəbələ", "REGION")], [("Qəbələ", "REGION")]),
    ("Nazir Münxen Təhlükəsizlik Konfransında çıxış edib.", [("Münxen", "REGION")], [("Münxen", "REGION")]),
    ("Prezident Davos Forumunda iştirak edib.", [("Davos", "REGION")], [("Davos", "REGION")]),
    ("Qarsan kəndi festivalı keçirilib.", [("Qarsan", "REGION")], [("Qarsan", "REGION")]),  # a place word after it
    ("ATƏT-in Minsk konfransı toplanıb.", [("Minsk", "REGION")], [("Minsk", "REGION")]),  # a gold place
    ("Məsələ Aşqabad Sammitində qaldırılıb.", [("Aşqabad", "REGION")], [("Aşqabad", "REGION")]),  # gaz9: a city
    ("Qonaqlar Tokio festivalına gəlib.", [("Tokio", "REGION")], [("Tokio", "REGION")]),          # CLDR or cities.tsv
    ("Nəsimidə festival keçirilib.", [("Nəsimidə", "REGION")], [("Nəsimidə", "REGION")]),    # a case form
    ("Bakı həftə ərzində hazırlaşıb.", [("Bakı", "REGION")], [("Bakı", "REGION")]),        # no possessive
    ("Oyunçu Osaka sərgisinə gedib.", [("Osaka", "REGION")], [("Osaka", "REGION")]),       # sərgi is not named
    ("Bakıda 12-ci Şirvan Forumu keçirilir.", [("Şirvan", "REGION")], [("Şirvan", "REGION")]),  # a forum keeps it
    ("Tədbirdə 5-ci Gürcüstan nümayəndə heyəti sərgiyə baxıb.", [("Gürcüstan", "COUNTRY")],
     [("Gürcüstan", "COUNTRY")]),  # another noun comes first within reach, but the name has no head: stays
    ("Onlar 14-cü Gürcüstan, Türkiyə sərgisinə gedib.", [("Gürcüstan", "COUNTRY"), ("Türkiyə", "COUNTRY")],
     [("Gürcüstan", "COUNTRY"), ("Türkiyə", "COUNTRY")]),  # a comma and another name end the run
    ("Komanda 2-ci Şirvanda festivala gedib.", [("Şirvanda", "REGION")], [("Şirvanda", "REGION")]),  # a case form
    ("Güləşçilər Avropa çempionatında qalib gəlib.", [("Avropa", "REGION")], [("Avropa", "REGION")]),
    ("Ölkə Qərb tərəfdaşlarına müraciət edib.", [("Qərb", "REGION")], [("Qərb", "REGION")]),
    ("Yük Avropa ölkələrinə gedir.", [("Avropa", "REGION")], [("Avropa", "REGION")]),
    ("Yük Transkaspi yolu ilə Avropaya gedir.", [("Avropaya", "REGION")], [("Avropaya", "REGION")]),
    ("Kapitan Gəncədəki oyunda zədə alıb.", [("Gəncədəki", "REGION")], [("Gəncədəki", "REGION")]),  # a case form
    ("Avropanın Rəqəmsal Gündəliyi qəbul olunub.", [("Avropanın", "REGION")], [("Avropanın", "REGION")]),
    ("Görüş Bakı Olimpiya Stadionunda olub.", [("Bakı", "REGION")], [("Bakı", "REGION")]),  # no head after
    ("İsveçrə Su Tərəfdaşlığı hesabat yayıb.", [("İsveçrə Su Tərəfdaşlığı", "ORG")],
     [("İsveçrə Su Tərəfdaşlığı", "ORG")]),                                                  # an ORG, no REGION
    # an edition of an event: a year at the end of the name
    ("Şirkət “Texnoexpo-2019”da iştirak edib.", [("Texnoexpo-2019", "ORG")], []),
    ("Şirkət “Texnoexpo–2018”də iştirak edib.", [("Texnoexpo–2018", "ORG")], []),
    ("Biz “Data Week 2024” tədbirindəyik.", [("Data Week 2024", "ORG")], []),
    ("Məhsul “Qaya Fest2020”də təqdim olunub.", [("Qaya Fest", "ORG")], []),                 # a year glued to it
    ("Hesabat “İnnovasiya 2019/2020” toplusunda çıxıb.", [("İnnovasiya 2019/2020", "ORG")], []),
    ("Sərgi Texnoexpo-2019 adı ilə açılıb.", [("Texnoexpo-2019", "PERSON")], []),            # unquoted, any label
    # names stay
    ("Mərkəz İSO 9001:2015 sertifikatı alıb.", [("Mərkəz İSO 9001:2015", "ORG")],
     [("Mərkəz İSO 9001:2015", "ORG")]),                                                     # a standard after a colon
    ("Şirkət “Texnoexpo”da iştirak edib.", [("Texnoexpo", "ORG")], [("Texnoexpo", "ORG")]),
    ("Bakı 2015-ci ildə yarışlara ev sahibliyi edib.", [("Bakı", "REGION")], [("Bakı", "REGION")]),  # a date after
    ("Xəzər Holdinq 2015 ildə yaradılıb.", [("Xəzər Holdinq", "ORG")], [("Xəzər Holdinq", "ORG")]),  # a year after a space
]


@pytest.mark.parametrize("text,ents,expected", EVENTS)
def test_event_names(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("text,ents", [(text, ents) for text, ents, expected in EVENTS if not expected])
def test_each_stays_with_the_switch_off(nlp, text, ents):
    assert ner_then_corrections(nlp, text, ents, event_names=False) == ents
