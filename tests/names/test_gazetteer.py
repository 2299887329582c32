"""az_gazetteer: CLDR/alias names in every case form, filling only what the NER left empty."""
from __future__ import annotations

import pytest

import pipeline
from pipeline.names.gazetteer import entries, find


@pytest.fixture(scope="module")
def nlp():
    return pipeline.blank()


def places(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(e.text, e.label_, e.kb_id_) for e in doc.ents if e.label_ in ("COUNTRY", "REGION")]


FOUND = [
    # (text, expected (span text, label, code) in order)
    ("Qazaxıstanın ixracı artıb.", [("Qazaxıstanın", "COUNTRY", "KZ")]),
    ("Nümayəndə heyəti Türkiyəyə gedib.", [("Türkiyəyə", "COUNTRY", "TR")]),
    ("ABŞ-ın mövqeyi dəyişməyib.", [("ABŞ-ın", "COUNTRY", "US")]),
    ("Görüş Azərbaycan Respublikasında keçirilib.", [("Azərbaycan Respublikasında", "COUNTRY", "AZ")]),
    ("Rusiya-Ukrayna danışıqları yenə təxirə salınıb.", [("Rusiya", "COUNTRY", "RU"), ("Ukrayna", "COUNTRY", "UA")]),
    # egov9: an economic region is one place, hyphenated or of two words (hand_regions.tsv)
    ("Təlimlər Quba-Xaçmaz və Lənkəran-Astara iqtisadi rayonlarında keçirilib.",
     [("Quba-Xaçmaz", "REGION", ""), ("Lənkəran-Astara", "REGION", "")]),
    ("Yeni zavod Gəncə-Daşkəsəndə tikiləcək.", [("Gəncə-Daşkəsəndə", "REGION", "")]),
    ("Fermerlər Dağlıq Şirvan iqtisadi rayonunda çalışır.", [("Dağlıq Şirvan", "REGION", "")]),
    ("Avtobus Quba - Xaçmaz yolu ilə gedir.", [("Quba", "REGION", ""), ("Xaçmaz", "REGION", "")]),  # spaced: two
    ("Məsələ Mərkəzi Asiyada müzakirə olunur.", [("Mərkəzi Asiyada", "REGION", "")]),
    ("Qrenlandiyada buzlaqlar əriyir.", [("Qrenlandiyada", "REGION", "GL")]),
    ("Qazaxıstan Prezidenti çıxış edib.", [("Qazaxıstan", "COUNTRY", "KZ")]),
    ("Azərbaycan iqtisadiyyatı böyüyür.", [("Azərbaycan", "COUNTRY", "AZ")]),
    ("Avropa Kubokunda komandamız qalib gəlib.", [("Avropa", "REGION", "")]),
    ("Yeni məktəb Kəlbəcərdə açılıb.", [("Kəlbəcərdə", "REGION", "")]),      # pycountry AZ subdivision
    ("Festival Kəngərlidə keçirilib.", [("Kəngərlidə", "REGION", "")]),      # written "Kǝngǝrli" there
    # "Koreya" alone and "Koreya Respublikası" are the Republic of Korea; the DPRK keeps its long name
    ("Heyət Koreyada səfərdə olub.", [("Koreyada", "COUNTRY", "KR")]),
    ("Saziş Koreya Respublikasının nümayəndəsi ilə imzalanıb.", [("Koreya Respublikasının", "COUNTRY", "KR")]),
    ("Koreya Xalq Demokratik Respublikası bəyanat verib.", [("Koreya Xalq Demokratik Respublikası", "COUNTRY", "KP")]),
    ("Şimali Koreyanın mövqeyi dəyişməyib.", [("Şimali Koreyanın", "COUNTRY", "KP")]),
    # region7: variant spellings the news writes besides CLDR's "Belarus" and "Malayziya"
    ("Nümayəndələr Belarusiyadan gəlib.", [("Belarusiyadan", "COUNTRY", "BY")]),
    ("Malaziya hökuməti yeni qərar verib.", [("Malaziya", "COUNTRY", "MY")]),
]


@pytest.mark.parametrize("text,expected", FOUND)
def test_finds_names_in_any_case_form(nlp, text, expected):
    assert places(nlp, text) == expected


def test_cldr_names_and_aliases_are_loaded():
    table = entries()
    assert table[("qazaxıstan",)].code == "KZ"
    assert table[("abş",)].code == "US"               # alias: CLDR has no "ABŞ"
    assert table[("amerika", "birləşmiş", "ştatları")].code == "US"
    assert table[("qrenlandiya",)].label == "REGION"  # a dependent territory
    assert ("avropa", "birliyi") not in table        # CLDR's "EU" grouping is an organisation


def test_find_returns_longest_match(nlp):
    doc = nlp.make_doc("Rusiya Federasiyasının mövqeyi")
    [(span, entry, nominative)] = find(doc)
    assert (span.text, entry.code, nominative) == ("Rusiya Federasiyasının", "RU", False)


def test_places_and_gazetteer_search_once(nlp, monkeypatch):
    from pipeline.names import gazetteer
    calls = []
    real = gazetteer.find
    monkeypatch.setattr(gazetteer, "find", lambda doc, regions=True: calls.append(1) or real(doc, regions))
    text = "Prezident İlham Əliyev Özbəkistana və Qazaxıstana səfər edib, Bakıda görüşlər keçirilib."
    doc = nlp(text)
    assert len(calls) == 1  # az_places searched, az_gazetteer reused its matches
    assert [(s.text, e.label) for s, e, _ in gazetteer.find_shared(doc)] == \
           [(s.text, e.label) for s, e, _ in real(doc)]
    assert {e.text for e in doc.ents} >= {"Özbəkistana", "Qazaxıstana", "Bakıda"}


def test_shared_search_redone_on_other_tokens(nlp):
    from pipeline.names.gazetteer import find, find_shared
    doc = nlp.make_doc("Türkiyə və Gürcüstan nümayəndələri Bakıda görüşüb.")
    first = find_shared(doc)
    with doc.retokenize() as retok:
        retok.merge(doc[0:3])  # "Türkiyə və Gürcüstan" as one token: offsets of later tokens move
    again = find_shared(doc)
    assert [(s.start, s.end) for s, _, _ in again] == [(s.start, s.end) for s, _, _ in find(doc)]
    assert [(s.start, s.end) for s, _, _ in again] != [(s.start, s.end) for s, _, _ in first]
