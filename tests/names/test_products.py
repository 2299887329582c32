"""az_corrections' products switch (pipeline/names/products.py), issue 11 egov13: registers, a product's name the
ner cut, a product's name run into a body's; phrases written for these tests (no shared text). The older cases
live in tests/names/test_corrections.py."""
from __future__ import annotations

import pytest

from pipeline.names.products import product_noun
from tests.names.test_corrections import ner_then_corrections


@pytest.mark.parametrize("text,ents,expected", [
    # a register: a capitalised name ending in its noun, any form, and a quoted one before it
    ("Sistem Dövlət Reyestrlərində qeydə alınıb.", [("Dövlət Reyestrlərində", "ORG")], []),
    ("Bələdiyyə Torpaq Sahələrinin Dövlət Reyestrinə məlumat verir.",
     [("Torpaq Sahələrinin Dövlət Reyestrinə", "ORG")], []),
    ("Məlumat “Yaşıl Ev” reyestrinə daxil edilib.", [("Yaşıl Ev", "ORG")], []),
    # a name cut before its product noun: a plural field in the genitive, "Elektron" between, a nominative
    # name with a capitalised word of the product's name between
    ("Sənəd Dövlət Torpaq Ehtiyatlarının Reyestrində saxlanılır.", [("Dövlət Torpaq Ehtiyatlarının", "ORG")], []),
    ("Xidmətlər Bələdiyyə Xidmətlərinin Elektron Reyestrində göstərilir.", [("Bələdiyyə Xidmətlərinin", "ORG")], []),
    ("Yeni Vahid Sənəd Dövriyyəsi Sistemi qurulub.", [("Vahid Sənəd", "ORG")], []),
    # a project's name ending in its capitalised noun
    ("Gənc Alim Layihəsi başa çatıb.", [("Gənc Alim Layihəsi", "ORG")], []),
])
def test_registers_and_cut_product_names_are_no_organisations(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("text,ents", [
    # the owner before the product noun: a singular body, an acronym
    ("Sorğu Ədliyyə Nazirliyinin İnformasiya Sisteminə göndərilir.", [("Ədliyyə Nazirliyinin", "ORG")]),
    ("Sorğu Ədliyyə Nazirliyinin Reyestrinə göndərilir.", [("Ədliyyə Nazirliyinin", "ORG")]),
    ("Sorğu ƏMN-nin Reyestrinə göndərilir.", [("ƏMN-nin", "ORG")]),
    # a plural product noun after the name: a list, or a company's name
    ("Alıcı Günbatan Su Sistemlərinə müraciət edib.", [("Günbatan Su", "ORG")]),
    # a body whose name holds the register's noun
    ("Kredit Reyestri Xidməti hesabat verib.", [("Kredit Reyestri Xidməti", "ORG")]),
])
def test_owners_and_bodies_stay(nlp, text, ents):
    assert ner_then_corrections(nlp, text, ents) == ents


@pytest.mark.parametrize("text,ents,expected", [
    # a product's or project's name run into the body's after it: the body's name stays
    ("“Sənəd Axını Sistemi” Dövlət Gömrük Xidmətinin bazasına qoşulub.",
     [("“Sənəd Axını Sistemi” Dövlət Gömrük Xidmətinin", "ORG")], [("Dövlət Gömrük Xidmətinin", "ORG")]),
    ("Gənc Alim Layihəsinə Təhsil və Elm Nazirliyi dəstək verir.",
     [("Gənc Alim Layihəsinə Təhsil və Elm Nazirliyi", "ORG")], [("Təhsil və Elm Nazirliyi", "ORG")]),
])
def test_a_product_run_into_a_body_leaves_the_body(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


def test_a_plural_product_word_in_a_company_name_stays(nlp):
    ents = [("“Günbatan Su Sistemləri” Məhdud Məsuliyyətli Cəmiyyəti", "ORG")]
    text = "Zavodu “Günbatan Su Sistemləri” Məhdud Məsuliyyətli Cəmiyyəti tikib."
    assert ner_then_corrections(nlp, text, ents) == ents


@pytest.mark.parametrize("word,expected", [
    ("Sistemi", True), ("Layihəsinə", True), ("Reyestri", True), ("Sistemləri", False), ("sistemi", False),
    ("Mərkəzi", False),
])
def test_product_noun(word, expected):
    assert product_noun(word) is expected


def test_a_quoted_product_opens_no_body(nlp):
    # opened_bodies: a quoted name ending in a product's noun is not joined to the ORG after it
    text = "“Sənəd Axını Sistemi” Dövlət Gömrük Xidmətinin bazasına qoşulub."
    ents = [("Dövlət Gömrük Xidmətinin", "ORG")]
    assert ner_then_corrections(nlp, text, ents) == ents


def test_no_body_run_inside_a_quoted_project_name(nlp):
    # body_runs: the free run “Gənclər Bankı” ends in a body's head but names a project
    assert ner_then_corrections(nlp, "Nümunə olaraq “Gənclər Bankı” layihəsi göstərilib.", []) == []
    assert ner_then_corrections(nlp, "Nümunə olaraq “Gənclər Bankı” kredit verib.", []) == [("Gənclər Bankı", "ORG")]


def test_the_switch_turns_the_rule_off(nlp):
    text = "Sistem Dövlət Reyestrlərində qeydə alınıb."
    ents = [("Dövlət Reyestrlərində", "ORG")]
    assert ner_then_corrections(nlp, text, ents, products=False) == ents


@pytest.mark.parametrize("text,ents,expected", [
    # a body or its acronym inside a quoted name that a capitalised product noun ends names the product there;
    # its other mentions stay, and so does a place inside (the gold keeps one: a portal named after a place)
    ("Sahibkarlar “KTA İcazələr Sistemi” vasitəsilə müraciət edir.", [("KTA", "ORG")], []),
    ("Milli Bank cavab verir. Müraciət “Milli Bankın Elektron Sorğular Sistemi” üzərindən edilir.",
     [("Milli Bank", "ORG"), ("Milli Bankın", "ORG")], [("Milli Bank", "ORG")]),
    ("Sürücülər “Yolumuz Şuşaya Portalı” vasitəsilə icazə alır.", [("Şuşaya", "REGION")], [("Şuşaya", "REGION")]),
    # the body before a quoted system's name, and a quoted name that no product noun ends, stay
    ("Sahibkarlar KTA-nın “İcazələr Sistemi” vasitəsilə müraciət edir.", [("KTA-nın", "ORG")], [("KTA-nın", "ORG")]),
    ("“KTA Bank” kredit verib.", [("KTA Bank", "ORG")], [("KTA Bank", "ORG")]),
])
def test_a_body_inside_a_quoted_product_name_is_no_name_there(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("text,ents,expected", [
    # org11: a bare "xidməti" after a quoted name that a product's modifier opens: an e-service, every mention
    ("Portalın “Onlayn Müraciət” xidmətinə qoşulun. Onlayn Müraciətdən istifadə sürətlidir.",
     [("Onlayn Müraciət", "ORG"), ("Onlayn Müraciətdən", "ORG")], []),
    # ... a body as a part of a quoted e-service's name: that mention only
    ("Vergi Şurası cavab verir. Sahibkarlar “Vergi Şurasına onlayn şikayət” xidmətindən istifadə edir.",
     [("Vergi Şurası", "ORG"), ("Vergi Şurasına", "ORG")], [("Vergi Şurası", "ORG")]),
])
def test_quoted_e_services_are_no_organisations(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("text,ents,expected", [
    # a run rule adds no body's name where the same words named a product elsewhere in the article
    ("Fondun “Sakinin Şəxsi Kabineti” adlı elektron xidməti var. “Sakinin Şəxsi Kabineti” xidmətini seçin.",
     [("Şəxsi Kabineti", "ORG")], []),
])
def test_a_product_named_once_is_no_body_elsewhere(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("text,ents", [
    ("Sakinlər “Gəncəsu” xidmətinə müraciət edir.", [("Gəncəsu", "ORG")]),        # a body's own service
    ("Sakinlər “Gəncə Su Fondu” xidmətindən razıdır.", [("Gəncə Su Fondu", "ORG")]),
])
def test_a_quoted_body_before_its_service_stays(nlp, text, ents):
    assert ner_then_corrections(nlp, text, ents) == ents
