"""az_corrections' facilities switch (pipeline/names/facilities.py): facilities are no organisations, with
phrases written for these tests (no shared text)."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections


@pytest.mark.parametrize("text,ents,expected", [
    # a quoted name before a facility noun, capitalised words between allowed
    ("Prezident “Günbatan” Külək Elektrik Stansiyasının açılışında olub.", [("Günbatan", "ORG")], []),
    ("Qonaqlar “Mavi Dalğa” hotelində qalıb.", [("Mavi Dalğa", "ORG")], []),
    ("Oyun “Yaşıl Təpə” stadionunda keçirilib.", [("Yaşıl Təpə", "PERSON")], []),
    # an ORG ending in a facility noun
    ("Matç “Dəniz Bank Arena”da keçirilib.", [("Dəniz Bank Arena", "ORG")], []),
    # a quoted company before its legal form or a body's noun stays; a name without quotes stays
    ("Stansiyanı “Günbatan” şirkəti tikib.", [("Günbatan", "ORG")], [("Günbatan", "ORG")]),
    ("Sonra Günbatan Enerji stansiyanı alıb.", [("Günbatan Enerji", "ORG")], [("Günbatan Enerji", "ORG")]),
    ("“Günbatan” ASC yeni stansiya tikəcək.", [("Günbatan", "ORG")], [("Günbatan", "ORG")]),
])
def test_a_facility_is_no_organisation(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


def test_the_switch_turns_the_rule_off(nlp):
    text = "Qonaqlar “Mavi Dalğa” hotelində qalıb."
    assert ner_then_corrections(nlp, text, [("Mavi Dalğa", "ORG")], facilities=False) == [("Mavi Dalğa", "ORG")]


@pytest.mark.parametrize("text,ents,expected", [
    # issue 11 org3: bare lower-case words of a compound between the quote and the noun, new nouns
    ("Nazir “Qala-3” yarımstansiyasının açılışında olub.", [("Qala-3", "ORG")], []),
    ("Kənddə “Dərə” su elektrik stansiyası işə düşüb.", [("Dərə", "ORG")], []),
    ("İşçilər “Çaylı” qovşaq yarımstansiyasında çalışır.", [("Çaylı", "ORG")], []),
    ("Görüş “Bahar” sarayında keçirilib.", [("Bahar", "ORG")], []),
    ("Qonaqlar “Gözəl” prezident sarayına gəlib.", [("Gözəl", "ORG")], []),
    ("Qrup “Bülbül” beynəlxalq mahnı müsabiqəsinin qalibi olub.", [("Bülbül", "ORG")], []),
    ("Dünən “Çinar” Musiqi Festivalı açılıb.", [("Çinar", "ORG"), ("Musiqi Festivalı", "ORG")], []),
    # a company before the compound stays: a case or possessive ending, a joiner, a legal form
    ("“Günbatan” şirkətinin elektrik stansiyası işləyir.", [("Günbatan", "ORG")], [("Günbatan", "ORG")]),
    ("“Günbatan” tərəfindən tikilən stansiya işləyir.", [("Günbatan", "ORG")], [("Günbatan", "ORG")]),
    ("“Günbatan” ASC təzə stansiya tikəcək.", [("Günbatan", "ORG")], [("Günbatan", "ORG")]),
    ("“Günbatan” və “Dağlı” stansiyaları işləyir.", [("Dağlı", "ORG")], []),
    # org9: works of art and writing
    ("Solist “Dağlar” operasından ariya oxuyub.", [("Dağlar", "ORG")], []),
    ("Teatr “Qırmızı Gül” baletini göstərib.", [("Qırmızı Gül", "ORG")], []),
    ("Şair “Səhər” əsərini oxuyub.", [("Səhər", "PERSON")], []),
    ("Sonra “Yaz nəğməsi” tamaşası göstərilib.", [("Yaz nəğməsi", "ORG")], []),
    ("“Oxucu” kitab mağazaları şəbəkəsi açılıb.", [("Oxucu", "ORG")], [("Oxucu", "ORG")]),  # a bookshop chain
    # a palace named without quotes is the presidency it houses (the gold: "Yelisey Sarayı" ORG)
    ("Bunu Bahar Sarayı bildirib.", [("Bahar Sarayı", "ORG")], [("Bahar Sarayı", "ORG")]),
])
def test_a_quoted_facility_or_event_with_compound_words_is_no_organisation(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


def test_a_band_before_an_event_word_stays(nlp):
    # "qrupu" has a stem the news writes ("qrup"): X names the band, the festival is another noun
    text = "“Günbatan” qrupu da festival iştirakçısıdır."
    assert ner_then_corrections(nlp, text, [("Günbatan", "ORG")]) == [("Günbatan", "ORG")]


@pytest.mark.parametrize("text", [
    "“Günbatan” İB təzə stansiya tikəcək.",
    "Kənddə “Günbatan” İB su elektrik stansiyası tikir.",
])
def test_a_legal_form_with_a_dotted_capital_makes_a_company(nlp, text):
    # "İB": spaCy's lower_ gives "i̇b" (a combining dot), az_lower "ib", the legal form's word
    assert ner_then_corrections(nlp, text, [("Günbatan", "ORG")]) == [("Günbatan", "ORG")]


@pytest.mark.parametrize("text,ents,expected", [
    # issue 11 egov13: an exhibition or event week ending an ORG, an ORG in the nominative naming the event
    ("Heyət DİGİTEX Texnologiya Həftəsində iştirak edib.", [("DİGİTEX Texnologiya Həftəsində", "ORG")], []),
    ("Mərkəz 20-ci QAFQAZTEL sərgisində stend açıb.", [("QAFQAZTEL", "ORG")], []),
    ("Şirkət Kosmos və Robot festivalında mükafat alıb.", [("Kosmos və Robot", "ORG")], []),
    ("Mərkəz “Yenilik – Kosmos” festivalı çərçivəsində seminar keçirib.", [("Yenilik – Kosmos", "ORG")], []),
    # the organiser in the genitive, a body's name, a place in a case, an event noun in no compound
    ("Gənclər Mərkəzinin sərgidəki stendi maraqlı olub.", [("Gənclər Mərkəzinin", "ORG")],
     [("Gənclər Mərkəzinin", "ORG")]),  # (org9: a lone "Mərkəzin" is stray_names')
    ("Ticarət Palatasının sərgisində stend var.", [("Ticarət Palatasının", "ORG")], [("Ticarət Palatasının", "ORG")]),
    ("Sərgi Ekspo Mərkəzi sərgisində açılıb.", [("Ekspo Mərkəzi", "ORG")], [("Ekspo Mərkəzi", "ORG")]),
    ("Günbatan sərgidə iştirak edib.", [("Günbatan", "ORG")], [("Günbatan", "ORG")]),
    ("Günbatan həftədə iki dəfə hesabat verir.", [("Günbatan", "ORG")], [("Günbatan", "ORG")]),
    # a body's acronym before its own week stays ("həftə" is no noun of role after)
    ("Bu il ilk dəfə QİƏT həftəsi keçirilir.", [("QİƏT", "ORG")], [("QİƏT", "ORG")]),
])
def test_an_exhibition_or_event_week_is_no_organisation(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected
