"""az_corrections' opened_bodies switch (pipeline/names/opened_bodies.py): a quoted name that opens a body's
name is inside that ORG, with phrases written for these tests (no shared text)."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections


@pytest.mark.parametrize("text,ents,expected", [
    # the quoted name and the body's name after it, the ner's split (an inner hyphen stops the gazetteer's join)
    ("Gənclər “Kürsu” Olimpiya Tədris-İdman Mərkəzində məşq edir.",
     [("Kürsu", "ORG"), ("Olimpiya Tədris-İdman Mərkəzində", "ORG")],
     [("“Kürsu” Olimpiya Tədris-İdman Mərkəzində", "ORG")]),
    ("Dünən “Günəşli Dərə” Sosial-Reabilitasiya Mərkəzi açılıb.", [("Sosial-Reabilitasiya Mərkəzi", "ORG")],
     [("“Günəşli Dərə” Sosial-Reabilitasiya Mərkəzi", "ORG")]),
    ("Uşaqlar “Lalə” Futbol Klubunun məşqinə gəlib.", [("Lalə", "PERSON"), ("Futbol Klubunun", "ORG")],
     [("“Lalə” Futbol Klubunun", "ORG")]),
])
def test_a_quoted_name_opening_a_body_is_inside_it(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("text,ents", [
    # a legal form or an acronym after the quote: the gold keeps the quoted name alone
    ("Sonra “Lalə” ASC-nin sədri danışıb.", [("Lalə", "ORG")]),
    # an outlet and the body it quotes: a place opens the second ORG
    ("“Xəbərçi” Norveç Ədliyyə Nazirliyinə istinadən yazır.", [("Xəbərçi", "ORG"), ("Norveç Ədliyyə Nazirliyinə", "ORG")]),
    # a place opening the body, or no quote before
    ("“Xəbərçi” Qarabağ Universitetindən danışır.", [("Xəbərçi", "ORG"), ("Qarabağ Universitetindən", "ORG")]),
    ("Lalə Futbol Klubunun məşqinə gəlib.", [("Lalə", "PERSON"), ("Futbol Klubunun", "ORG")]),
])
def test_other_names_after_a_quote_stay_apart(nlp, text, ents):
    assert ner_then_corrections(nlp, text, ents) == ents


def test_the_switch_turns_the_rule_off(nlp):
    text = "Uşaqlar “Lalə” Futbol Klubunun məşqinə gəlib."
    ents = [("Lalə", "PERSON"), ("Futbol Klubunun", "ORG")]
    assert ner_then_corrections(nlp, text, ents, opened_bodies=False) == ents


@pytest.mark.parametrize("text,ents,expected", [
    # a place word in the nominative that opens a body's name, split off at its "və"
    ("Bunu Asiya və Sakit Okean Məsələləri Bürosu bildirib.", [("Asiya", "REGION"), ("Sakit Okean Məsələləri Bürosu", "ORG")],
     [("Asiya və Sakit Okean Məsələləri Bürosu", "ORG")]),
    ("Bunu Asiya və Təhlükəsizlik Siyasəti İnstitutu bildirib.", [("Asiya", "REGION"), ("Təhlükəsizlik Siyasəti İnstitutu", "ORG")],
     [("Asiya və Təhlükəsizlik Siyasəti İnstitutu", "ORG")]),
    ("Sonra Gigiyena və Epidemiologiya Mərkəzi yoxlayıb.", [("Gigiyena", "REGION"), ("Epidemiologiya Mərkəzi", "ORG")],
     [("Gigiyena və Epidemiologiya Mərkəzi", "ORG")]),
])
def test_a_place_word_opening_a_body_is_inside_it(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("text,ents", [
    # two parties: a country, a place in a case, a body that a place opens
    ("Norveç və Avropa İttifaqı razılaşıb.", [("Norveç", "COUNTRY"), ("Avropa İttifaqı", "ORG")]),
    ("Asiyada və Sakit Okean Bürosunda işləyib.", [("Asiyada", "REGION"), ("Sakit Okean Bürosunda", "ORG")]),
    ("Gəncə və Avropa Şurası arasında görüş olub.", [("Gəncə", "REGION"), ("Avropa Şurası", "ORG")]),
    # no body's head at the end
    ("Asiya və Sakit Okean ölkələri danışıb.", [("Asiya", "REGION"), ("Sakit Okean", "REGION")]),
])
def test_a_place_and_another_name_after_va_stay_two(nlp, text, ents):
    assert ner_then_corrections(nlp, text, ents) == ents


@pytest.mark.parametrize("text,ents,expected", [
    # an ORG inside a quoted name of name words is the whole name, when a body's noun follows or it ends in a head
    ("Sonra “8D Systems” şirkətinin rəhbəri danışıb.", [("Systems", "ORG")], [("8D Systems", "ORG")]),
    ("Sonra “Aliyev's Code Lab” şirkəti çıxış edib.", [("Aliyev", "PERSON"), ("Code Lab", "ORG")],
     [("Aliyev's Code Lab", "ORG")]),
    ("Qonaqlar “DELTA Tədris və Təlim Mərkəzi”ndə olublar.", [("DELTA Tədris", "ORG"), ("Təlim Mərkəzi", "ORG")],
     [("DELTA Tədris və Təlim Mərkəzi", "ORG")]),
    ("Məlumatı “Yaşıl Vadi – Gənc Fermerlər Birliyi” yayıb.", [("Gənc Fermerlər Birliyi", "ORG")],
     [("Yaşıl Vadi – Gənc Fermerlər Birliyi", "ORG")]),
])
def test_an_org_inside_a_quoted_name_is_the_whole_name(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("text,ents", [
    # a lower-case word: a title or a phrase; an owner in the genitive; a person before another name; no body
    ("Layihə “Kənd yerlərində ASAN standartları” adlanır.", [("ASAN", "ORG")]),
    ("Məqsəd “Monqolustanın Səhiyyə Nazirliyinin Təlim Mərkəzi” ilə tanışlıqdır.",
     [("Monqolustanın", "COUNTRY"), ("Səhiyyə Nazirliyinin", "ORG"), ("Təlim Mərkəzi", "ORG")]),
    ("O, bunu “Şolts Die Zeit” qəzetinə deyib.", [("Şolts", "PERSON"), ("Die Zeit", "ORG")]),
    ("İstifadəçilər “GOV AR” yazmaqla tətbiqi tapır.", [("AR", "ORG")]),
])
def test_other_quoted_names_stay(nlp, text, ents):
    assert ner_then_corrections(nlp, text, ents) == ents
