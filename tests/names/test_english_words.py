"""A REGION written in English, or right beside an English word, is no place unless the gazetteer knows it
(pipeline/names/english_words.py). Phrases written for these tests."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections


@pytest.mark.parametrize("text,ents,expected", [
    # an English word in the span or right beside it
    ("Ölkəmiz Smart Energy reytinqində irəliləyib.", [("Smart Energy", "REGION")], []),
    ("Agentlik “Silverton Design Awards” müsabiqəsinə qatılıb.", [("Silverton", "REGION")], []),
    ("Hesabat Northbay Index-ində dərc olunub.", [("Northbay Index-ində", "REGION")], []),
    ("Tədbiri Caldera Development Agency təşkil edib.", [("Caldera", "REGION")], []),
    ("Layihə “Institut pour la Numérique” ilə birgə aparılır.", [("Numérique", "REGION")], []),
    # a place the gazetteer knows keeps its label, in an English name or not
    ("“Baku Tech Summit” tədbiri başlayıb.", [("Baku", "REGION")], [("Baku", "REGION")]),
    ("Forum Gəncə Global Week çərçivəsində keçirilib.", [("Gəncə", "REGION")], [("Gəncə", "REGION")]),
    # no English word near it; a capital "La" opening a name and the Azerbaijani "on" (ten) are no English
    ("Nümayəndələr Tovuzda görüşüb.", [("Tovuzda", "REGION")], [("Tovuzda", "REGION")]),
    ("Görüş La Qranda şəhərində olub.", [("La Qranda", "REGION")], [("La Qranda", "REGION")]),
    ("Şimalda Yuxarı Dərəbağ on kəndi birləşdirir.", [("Yuxarı Dərəbağ", "REGION")],
     [("Yuxarı Dərəbağ", "REGION")]),
    # another label beside an English word stays
    ("Smart Bank yeni kart buraxıb.", [("Smart Bank", "ORG")], [("Smart Bank", "ORG")]),
])
def test_a_region_in_english_is_no_place(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("text,ents,expected", [
    # region11: a PERSON holding an English word of the list is an English name of a thing
    ("Heyət Northbay Smart Government ilə görüşüb.", [("Northbay Smart Government", "PERSON")], []),
    ("Tələbələr Eastfield School of Economics-də oxuyur.", [("Eastfield School of Economics-də", "PERSON")], []),
    ("Şirkət Tier III sertifikatı alıb.", [("Tier III", "PERSON")], []),
    # a particle of a person's name, an English word beside the name, no English word: the person stays
    ("Sessiyanı Andre Korvalo du Lemos açıb.", [("Andre Korvalo du Lemos", "PERSON")],
     [("Andre Korvalo du Lemos", "PERSON")]),
    ("Paylaşım: Official page of Leyla Qasımova.", [("Leyla Qasımova", "PERSON")], [("Leyla Qasımova", "PERSON")]),
    ("Sənədi Rauf Kərimli imzalayıb.", [("Rauf Kərimli", "PERSON")], [("Rauf Kərimli", "PERSON")]),
])
def test_a_person_in_english_is_no_person(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


def test_the_rule_can_be_switched_off(nlp):
    text = "Ölkəmiz Smart Energy reytinqində irəliləyib."
    assert ner_then_corrections(nlp, text, [("Smart Energy", "REGION")], english_words=False) == \
        [("Smart Energy", "REGION")]
