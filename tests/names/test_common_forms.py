"""Common words that the table alone cannot judge (pipeline/names/common_forms.py, issue 11 egov11, class 1):
a rare form judged by its stem, a derived word judged by its base, and a one-word PERSON that is a common
word with no name word beside it. Phrases written for these tests."""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from tests.names.fake_ner import doc_after_ner
from tests.names.test_corrections import ner_then_corrections

from pipeline.names.common_forms import common_forms, rare_common, rare_lower


@pytest.mark.parametrize("text,ents,expected", [
    # (text, ner entities, entities after the rule)
    # a derivational suffix on a common word, inside a capitalised title
    ("Layihə “Gənclər, Demokratikləşmə və Şəffaflıq” adlanır.", [("Demokratikləşmə", "REGION")], []),
    ("Sənədlərdə Modernləşdirmə sözü tez-tez işlənir.", [("Modernləşdirmə", "REGION")], []),
    # a learned prefix before a common noun
    ("Şirkət Geoinformasiya xəritələri hazırlayır.", [("Geoinformasiya", "REGION")], []),
    # a rare case form judged by its stem
    ("Sənədlər Portalla əlaqə üçün göndərilir.", [("Portalla", "REGION")], []),
    ("Ərizədə İxtisasın adı göstərilir.", [("İxtisasın", "REGION")], []),
    # -lıq and -namə on a common word: no person
    ("Sorğuda Qəyyumluqda olan uşaqlar sayılıb.", [("Qəyyumluqda", "PERSON")], []),
    ("Qaliblərə Təltifnamə verilib.", [("Təltifnamə", "PERSON")], []),
    # a common word typed PERSON, its capitalised neighbour a common word or an acronym
    ("Ərizəni Tələbə Qəbulu üzrə komissiya yoxlayır.", [("Tələbə", "PERSON")], []),
    ("Komitənin nümayəndəsi Gömrük SXM-nin işindən danışıb.", [("Gömrük", "PERSON")], []),
    # stay: a first or last name next to a name word, a village or a club of a -lıq/-çı word, a real place
    ("Prezident Bassiru Diomay Fay bəyanat verib.", [("Fay", "PERSON")], [("Fay", "PERSON")]),
    ("Kənd Almalıq adlanır.", [("Almalıq", "REGION")], [("Almalıq", "REGION")]),
    ("Oyunda Neftçi qalib gəlib.", [("Neftçi", "ORG")], [("Neftçi", "ORG")]),
    ("Nümayəndələr Qəbələdə görüşüb.", [("Qəbələdə", "REGION")], [("Qəbələdə", "REGION")]),
    ("Mükafatı Arzu Vəliyeva alıb.", [("Arzu Vəliyeva", "PERSON")], [("Arzu Vəliyeva", "PERSON")]),
    # region11: rare words the news writes in lower case at least as often (loan words, typos, case forms)
    ("Ərizələr Kotirovka sorğusu ilə qəbul edilir.", [("Kotirovka", "REGION")], []),
    ("Kurslar Proqramlaşdırma, Marketinq və dizayn üzrə keçiriləcək.", [("Marketinq", "REGION")], []),
    ("Bu gün Nikaha qeydiyyat onlayn aparılır.", [("Nikaha", "REGION")], []),
    ("Sakin dedi: Möhtərəm nazir, təşəkkür edirik.", [("Möhtərəm", "PERSON")], []),
    ("Qaimə Oflayn rejimdə də yazılır.", [("Oflayn", "PERSON")], []),
    # ... but a village of a common word, a place before a noun of its surroundings or in a list of places
    ("Kənd əvvəllər Alçalı adlanırdı.", [("Alçalı", "REGION")], [("Alçalı", "REGION")]),
    ("Gəmi Yosu yaxınlığında tapılıb.", [("Yosu", "REGION")], [("Yosu", "REGION")]),
    ("Əsgərlər Burun yaşayış məntəqəsinə çatıb.", [("Burun", "REGION")], [("Burun", "REGION")]),
    ("Qaz Azəri yatağından çıxarılır.", [("Azəri", "REGION")], [("Azəri", "REGION")]),  # "yatağ" → yataq
    ("Yollar Həmzəlli, Bum və Tikanlı kəndlərinə çəkilib.",
     [("Həmzəlli", "REGION"), ("Bum", "REGION"), ("Tikanlı", "REGION")],
     [("Həmzəlli", "REGION"), ("Bum", "REGION"), ("Tikanlı", "REGION")]),
    ("Heyət Xaninqdə olub.", [("Xaninqdə", "REGION")], [("Xaninqdə", "REGION")]),  # an unknown place
    ("Filmin rejissoru Azər Atakişiyev olub.", [("Azər", "REGION")], [("Azər", "REGION")]),  # a name goes on
])
def test_common_words_by_stem_and_derivation_are_no_names(nlp, text, ents, expected):
    doc = doc_after_ner(nlp, text, ents)
    new = common_forms(doc, list(doc.ents))
    assert [(e.text, e.label_) for e in (doc.ents if new is None else new)] == expected


@pytest.mark.parametrize("word,person,common", [
    ("Demokratikləşmə", False, True),
    ("Qəyyumluqda", True, True),
    ("Qəyyumluqda", False, False),     # -lıq counts for a PERSON only: it makes village names
    ("Portalla", False, True),
    ("Almalıq", False, False),
    ("Qəbələyə", False, False),        # a place of the gazetteer
    ("Elektron", False, False),        # common_words' own verdict: not this rule's
    ("ASAN", False, False),            # an acronym
])
def test_rare_common(word, person, common):
    assert rare_common(word, person=person) is common


@pytest.mark.parametrize("word,common", [
    ("Kotirovka", True), ("Nikaha", True), ("Möhtərəm", True),
    ("Alçalı", False),        # a place-name suffix
    ("Strasburq", False),     # never written in lower case
    ("Qəbələ", False),        # a place of the gazetteer
    ("Universitet", False),   # seen often: mostly_lower's to judge
])
def test_rare_lower(word, common):
    assert rare_lower(word) is common


def test_the_rule_is_a_switch(nlp):
    text, ents = "Ərizəni Tələbə Qəbulu üzrə komissiya yoxlayır.", [("Tələbə", "PERSON")]
    assert ner_then_corrections(nlp, text, ents) == []
    assert ner_then_corrections(nlp, text, ents, common_forms=False) == ents


@pytest.mark.parametrize("text,ents,expected", [
    # a PERSON of several words, each a common word: a term or a heading, no person
    ("Şirkət hər ay Əlavə Dəyər Vergisi ödəyir.", [("Əlavə Dəyər Vergisi", "PERSON")], []),
    ("Məktəblilər Dövlət Bayrağına ehtiram göstərib.", [("Dövlət Bayrağına", "PERSON")], []),
    ("Qeydiyyat Müraciət Ərizəsi əsasında aparılır.", [("Müraciət Ərizəsi", "PERSON")], []),
    # stay: a person word, a letter or an unknown word among them
    ("Konsertdə Əli Nur çıxış edib.", [("Əli Nur", "PERSON")], [("Əli Nur", "PERSON")]),
    ("Çempion Marta Kosu olub.", [("Marta Kosu", "PERSON")], [("Marta Kosu", "PERSON")]),
    ("Mükafatı Van İ alıb.", [("Van İ", "PERSON")], [("Van İ", "PERSON")]),
    ("Bəyanatı Dövlət Qurbanzadə verib.", [("Dövlət Qurbanzadə", "PERSON")], [("Dövlət Qurbanzadə", "PERSON")]),
])
def test_a_person_of_common_words_only_is_no_name(nlp, text, ents, expected):
    doc = doc_after_ner(nlp, text, ents)
    new = common_forms(doc, list(doc.ents))
    assert [(e.text, e.label_) for e in (doc.ents if new is None else new)] == expected


@pytest.mark.parametrize("stale,current,kept", [
    ("ORG", "PERSON", False),   # a PERSON common word mid-sentence is dropped ...
    ("PERSON", "ORG", True),    # ... an ORG only where it opens a sentence
])
def test_the_label_judged_is_the_current_one_not_the_docs(nlp, stale, current, kept):
    # inside az_corrections doc.ents is written only after the last rule: an earlier rule's relabelling lives
    # in the list handed on, which the rule must read
    doc = doc_after_ner(nlp, "Sorğuda Qəyyumluqda olan uşaqlar sayılıb.", [("Qəyyumluqda", stale)])
    relabelled = [Span(doc, e.start, e.end, label=current) for e in doc.ents]
    new = common_forms(doc, relabelled)
    assert [(e.text, e.label_) for e in (relabelled if new is None else new)] == (
        [("Qəyyumluqda", current)] if kept else [])
