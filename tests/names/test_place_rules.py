"""place_rules: where a gazetteer match is no place of its own, the ner's places corrected by the names,
a place split off the ORG it opens."""
from __future__ import annotations

import pytest

import pipeline
from tests.names.test_components import ner_then_gazetteer
from tests.names.test_gazetteer import places


@pytest.fixture(scope="module")
def nlp():
    return pipeline.blank()


NOT_FOUND = [
    "Türkiyə Mərkəzi Bankı faizi endirib.",              # a country opening an ORG name in the nominative
    "“Mərkəzi Asiya” Beynəlxalq Əməkdaşlıq Mərkəzi açılıb.",  # inside a quoted name
    "Kitab Azərbaycan dilinə tərcümə olunub.",           # a language, not the state
    '"Şəki" komandası qalib gəlib.',                      # a quoted club name (straight quotes)
    "Şirkətin mali vəziyyəti yaxşıdır.",                  # lower case: not the country Mali
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_blocked_contexts(nlp, text):
    assert places(nlp, text) == []


def test_long_quoted_speech_is_no_name(nlp):
    assert places(nlp, "“Biz Türkiyə ilə əməkdaşlığı genişləndirəcəyik və bunu davam etdirəcəyik”, deyə o bildirib.") == [
        ("Türkiyə", "COUNTRY", "TR")]


CORRECTIONS = [
    # (text, NER entities, entities after az_gazetteer)
    ("Nümayəndələr Türkiyədən qayıdıb.", [("Türkiyədən", "REGION")], [("Türkiyədən", "COUNTRY", "TR")]),
    ("Heyət Vyetnamla danışıqlar aparıb.", [("Vyetnamla", "PERSON")], [("Vyetnamla", "COUNTRY", "VN")]),
    ("Buzlaqlar Qrenlandiyada əriyir.", [("Qrenlandiyada", "COUNTRY")], [("Qrenlandiyada", "REGION", "GL")]),
    ("Komissiya qərar verib.", [("Komissiya", "COUNTRY")], []),                     # no country name
    ("Vyetnam Sosialist Respublikası ilə saziş", [("Vyetnam Sosialist Respublikası", "COUNTRY")],
     [("Vyetnam Sosialist Respublikası", "COUNTRY", "")]),        # official form kept (az_link adds the code)
    ("Şairə Natəvanın şeirləri", [("Natəvanın", "PERSON")], [("Natəvanın", "PERSON", "")]),  # no PERSON → REGION
]


@pytest.mark.parametrize("text,ents,expected", CORRECTIONS)
def test_corrects_the_ner_places(nlp, text, ents, expected):
    assert ner_then_gazetteer(nlp, text, ents) == expected


def test_correction_can_be_switched_off(nlp):
    assert ner_then_gazetteer(nlp, "Komissiya qərar verib.", [("Komissiya", "COUNTRY")], correct=False) == [
        ("Komissiya", "COUNTRY", "")]


SPLIT_PLACES = [
    # (text, NER entities, expected entities after az_gazetteer)
    ("Özbəkistanın Milli Xəbər Agentliyi bildirib.", [("Özbəkistanın Milli Xəbər Agentliyi", "ORG")],
     [("Özbəkistanın", "COUNTRY"), ("Milli Xəbər Agentliyi", "ORG")]),            # genitive: two spans
    ("Bakının Yasamal Rayon Məhkəməsi qərar verib.", [("Bakının Yasamal Rayon Məhkəməsi", "ORG")],
     [("Bakının", "REGION"), ("Yasamal Rayon Məhkəməsi", "ORG")]),
    ("Azərbaycanın Türkiyədəki Səfirliyi bildirib.", [("Azərbaycanın Türkiyədəki Səfirliyi", "ORG")],
     [("Azərbaycanın Türkiyədəki Səfirliyi", "ORG")]),                           # "-dəki": one name
    ("Türkiyə Mərkəzi Bankı faizi endirib.", [("Türkiyə Mərkəzi Bankı", "ORG")],
     [("Türkiyə Mərkəzi Bankı", "ORG")]),                                        # nominative: one name
    ("Bakıda Zorbalı danışıb.", [("Bakıda Zorbalı", "ORG")], [("Bakıda", "REGION")]),  # a case ending
    ("Bakıda Zorbalı Bankı açılıb.", [("Bakıda Zorbalı Bankı", "ORG")],
     [("Bakıda", "REGION"), ("Zorbalı Bankı", "ORG")]),                          # the rest has a head word
    ("Heyət Türkiyəyə XİN dəvəti ilə gedib.", [("Türkiyəyə XİN", "ORG")],
     [("Türkiyəyə", "COUNTRY"), ("XİN", "ORG")]),                                # the rest is an acronym
]


@pytest.mark.parametrize("text,ents,expected", SPLIT_PLACES)
def test_split_places_off_orgs(nlp, text, ents, expected):
    got = ner_then_gazetteer(nlp, text, ents, cues=False, quoted_orgs=False)
    assert [(t, label) for t, label, _ in got] == expected


def test_split_places_can_be_switched_off(nlp):
    ents = [("Özbəkistanın Milli Xəbər Agentliyi", "ORG")]
    got = ner_then_gazetteer(nlp, "Özbəkistanın Milli Xəbər Agentliyi bildirib.", ents, split_places=False)
    assert [(t, label) for t, label, _ in got] == [("Özbəkistanın Milli Xəbər Agentliyi", "ORG")]


def test_free_places_skip_taken_tokens_and_other_names(nlp):
    from pipeline.names.gazetteer import find
    from pipeline.names.place_rules import free_places
    doc = nlp.make_doc("Qazaxıstan Milli Bankı və Özbəkistan, “Azərbaycan Hava Yolları” və Türkiyə")
    doc.ents = [doc.char_span(0, 22, label="ORG")]
    assert [(s.text, s.label_, s.kb_id_) for s in free_places(doc, find(doc))] == [
        ("Özbəkistan", "COUNTRY", "UZ"), ("Türkiyə", "COUNTRY", "TR")]
