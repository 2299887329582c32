"""compass_places: a compass word before a place belongs to its name (issue 11 egov9, class 4;
pipeline/names/compass_places.py). Phrases written for these tests."""
from __future__ import annotations

import pytest

from pipeline.names.compass_places import compass_places
from tests.names.fake_ner import doc_after_ner
from tests.names.test_corrections import ner_then_corrections

PLACES = [
    # (text, ner entities, entities after az_corrections)
    ("Ekspertlər Orta Asiyanın bazarlarını öyrənir.", [("Asiyanın", "REGION")], [("Orta Asiyanın", "REGION")]),
    # a common word opening a clause after ":" (common_words.starts_sentence), not only a sentence
    ("Nəticə: Ekspertlər Orta Asiyanı izləyir.", [("Asiyanı", "REGION")], [("Orta Asiyanı", "REGION")]),
    ("Qonaqlar əsasən Mərkəzi Avrasiyadan gəlib.", [("Avrasiyadan", "REGION")], [("Mərkəzi Avrasiyadan", "REGION")]),
    ("Yanğın Cənubi Kaliforniyada davam edir.", [("Kaliforniyada", "REGION")], [("Cənubi Kaliforniyada", "REGION")]),
    ("Komanda Şimali İrlandiyaya uduzub.", [("İrlandiyaya", "COUNTRY")], [("Şimali İrlandiyaya", "REGION")]),  # a region
    ("Alimlər Şimal-Şərqi Asiyadan dəvət olunub.", [("Asiyadan", "REGION")],
     [("Şimal-Şərqi Asiyadan", "REGION")]),                                           # a hyphenated pair
    ("Alimlər Cənub-Şərqi Asiyadan dəvət olunub.", [("Şərqi Asiyadan", "REGION")],
     [("Cənub-Şərqi Asiyadan", "REGION")]),                                           # ... half inside
    ("Nümayəndələr Cənubi Koreyadan gəlib.", [("Koreyadan", "COUNTRY")], [("Cənubi Koreyadan", "COUNTRY")]),  # a country
    ("Köçkünlər Qərbi Zəngəzura qayıdacaq.", [("Qərbi", "REGION"), ("Zəngəzura", "REGION")],
     [("Qərbi Zəngəzura", "REGION")]),                                                # the word typed alone
    ("Yanğın Cənubi Kaliforniyada davam edir.", [("Cənubi", "PERSON"), ("Kaliforniyada", "REGION")],
     [("Cənubi Kaliforniyada", "REGION")]),
    ("Zəlzələ Türkiyənin Şərqi Anadolu bölgəsində olub.", [("Türkiyənin", "COUNTRY"), ("Anadolu", "REGION")],
     [("Türkiyənin", "COUNTRY"), ("Şərqi Anadolu", "REGION")]),                       # after a genitive entity
    # the word stays outside
    ("Sərgi Rəqəmsal İnkişaf Mərkəzi Bakıda keçirilib.", [("Rəqəmsal İnkişaf Mərkəzi", "ORG"), ("Bakıda", "REGION")],
     [("Rəqəmsal İnkişaf Mərkəzi", "ORG"), ("Bakıda", "REGION")]),                    # inside an entity
    ("Bu, “Yeni Hub” Mərkəzi Avrasiyadan olan gənclərə açıqdır.", [("Avrasiyadan", "REGION")],
     [("Avrasiyadan", "REGION")]),                                                    # after a quote
    ("Bakı şəhər mərkəzi Nəsimidə yerləşir.", [("Bakı", "REGION"), ("Nəsimidə", "REGION")],
     [("Bakı", "REGION"), ("Nəsimidə", "REGION")]),                                   # lower case: a noun
    ("Festival Orta Məktəbdə keçirilib.", [("Məktəbdə", "ORG")], [("Məktəbdə", "ORG")]),  # not a place
    ("Heyət Qazaxıstan Orta Asiyada liderdir.", [("Qazaxıstan", "COUNTRY"), ("Asiyada", "REGION")],
     [("Qazaxıstan", "COUNTRY"), ("Asiyada", "REGION")]),                              # a nominative entity before
    # a compass word typed REGION alone that names no place is dropped
    ("Toplantıda Şimali qafqazlılar çıxış edib.", [("Şimali", "REGION")], []),         # an adjective of a common noun
    ("Kitab Cənubi ərazilərin tarixindən bəhs edir.", [("Cənubi", "REGION")], []),
    ("Yeni Şimal-Cənub yolu açılıb.", [("Şimal", "REGION"), ("Cənub", "REGION")], []),  # a direction
    ("Dəhliz Şərq-Qərb xətti üzrə uzanır.", [("Şərq", "REGION")], []),
    ("Agentliyin Qərb bürosu məlumat yayıb.", [("Qərb", "REGION")], []),               # a news bureau
    # ... but stays where it may name one
    ("Qərb ölkələri bəyanat yayıb.", [("Qərb", "REGION")], [("Qərb", "REGION")]),       # the West
    ("Rusiya-Qərb gərginliyi artıb.", [("Rusiya", "COUNTRY"), ("Qərb", "REGION")],
     [("Rusiya", "COUNTRY"), ("Qərb", "REGION")]),
    ("Alimlər Şərqi və Mərkəzi Avropadan gəlib.", [("Şərqi", "REGION"), ("Mərkəzi Avropadan", "REGION")],
     [("Şərqi", "REGION"), ("Mərkəzi Avropadan", "REGION")]),                          # an elided place before "və"
]


@pytest.mark.parametrize("text,ents,expected", PLACES)
def test_compass_places(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("text,ents", [(text, ents) for text, ents, expected in PLACES if expected != ents])
def test_each_stays_with_the_switch_off(nlp, text, ents):
    assert ner_then_corrections(nlp, text, ents, compass_places=False) == ents


@pytest.mark.parametrize("text,ents", [
    ("Şirkətin Data Mərkəzi Azərbaycanda yerləşir.", [("Azərbaycanda", "COUNTRY")]),  # a centre's head noun
    ("Sərgi Yeni Mərkəzi Bakıda açıb.", [("Bakıda", "REGION")]),
    ("Tamamlanıb. Data Mərkəzi Azərbaycanda işləyir.", [("Azərbaycanda", "COUNTRY")]),  # even after a sentence's common word
])
def test_a_compass_word_after_a_name_word_is_a_head_noun(nlp, text, ents):
    """The rule alone (the others would make "Data Mərkəzi" an ORG first)."""
    doc = doc_after_ner(nlp, text, ents)
    assert compass_places(doc, list(doc.ents)) is None
