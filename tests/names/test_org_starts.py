"""az_corrections' org_starts switch (pipeline/names/org_starts.py): a common word opening a sentence, which the
news never writes opening a name mid-sentence, is cut off the ORG after it; phrases written for these tests."""
from __future__ import annotations

from collections import Counter

import pytest

from pipeline.names.org_starts import count_openers, openers
from tests.names.test_corrections import ner_then_corrections


@pytest.mark.parametrize("text,ents,expected", [
    # a plural, a case form or an adverb opening the sentence: the sentence's capital
    ("Brifinqlər Arıçılıq İnkişafı Mərkəzində keçiriləcək.", [("Brifinqlər Arıçılıq İnkişafı Mərkəzində", "ORG")],
     [("Arıçılıq İnkişafı Mərkəzində", "ORG")]),
    ("Hava soyuqdur. Tezliklə Dövlət Balıqçılıq Komitəsi qərar verəcək.",
     [("Tezliklə Dövlət Balıqçılıq Komitəsi", "ORG")], [("Dövlət Balıqçılıq Komitəsi", "ORG")]),
    ("Yığıncaq\n\nSeminarı Arıçılar Birliyi Şurasının sədri açıb.", [("Seminarı Arıçılar Birliyi Şurasının", "ORG")],
     [("Arıçılar Birliyi Şurasının", "ORG")]),
    ("Konfransın Dağ Turizmi Agentliyinin binasında keçirilməsi təklif olunub.",
     [("Konfransın Dağ Turizmi Agentliyinin", "ORG")], [("Dağ Turizmi Agentliyinin", "ORG")]),
])
def test_a_sentence_word_is_cut_off_the_org(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("text,ents", [
    # a word that opens names mid-sentence too ("Milli Məclis", "Dövlət ...")
    ("Milli Arıçılıq Mərkəzi açılıb.", [("Milli Arıçılıq Mərkəzi", "ORG")]),
    ("Dövlət Arıçılıq Xidməti bildirib.", [("Dövlət Arıçılıq Xidməti", "ORG")]),
    # a bare stem may modify the name
    ("Brifinq Arıçılıq İnkişafı Mərkəzində keçiriləcək.", [("Brifinq Arıçılıq İnkişafı Mərkəzində", "ORG")]),
    ("Dağ Mədən Sənayesi Agentliyi yaradılıb.", [("Dağ Mədən Sənayesi Agentliyi", "ORG")]),
    # the next word is a noun the first one owns: one compound, one name
    ("Həmkarlar İttifaqları Şurası bəyanat yayıb.", [("Həmkarlar İttifaqları Şurası", "ORG")]),
    # mid-sentence, after a quote, or two words only: not the rule's
    ("Dünən Brifinqlər Arıçılıq Mərkəzində olub.", [("Brifinqlər Arıçılıq Mərkəzində", "ORG")]),
    ("Bu gün “Brifinqlər Arıçılıq Mərkəzi” açılıb.", [("Brifinqlər Arıçılıq Mərkəzi", "ORG")]),
    ("Brifinqlər Mərkəzində keçiriləcək.", [("Brifinqlər Mərkəzində", "ORG")]),
])
def test_names_that_stay_whole(nlp, text, ents):
    assert ner_then_corrections(nlp, text, ents) == ents


def test_the_switch_turns_the_rule_off(nlp):
    ents = [("Brifinqlər Arıçılıq İnkişafı Mərkəzində", "ORG")]
    assert ner_then_corrections(nlp, "Brifinqlər Arıçılıq İnkişafı Mərkəzində keçiriləcək.", ents,
                                org_starts=False) == ents


def test_openers_count_runs_opened_mid_sentence_only():
    texts = ["Dünən Milli Arıçılıq Mərkəzi açılıb. Brifinq keçirilib və Xəzər Dağ Birliyi gəlib.",
             "Sonra BMT Arıçılıq Şurası toplaşıb, Dövlət Komitəsi də."]
    # "Brifinq" opens a sentence, "Arıçılıq" and "Dağ" stand inside runs, "BMT" is an acronym
    assert count_openers(texts) == Counter({"milli": 1, "xəzər": 1, "dövlət": 1})


def test_the_table_holds_name_openers():
    assert {"milli", "dövlət", "elektron"} <= openers()
    assert "brifinq" not in openers()
