"""az_corrections, issue 11: streets, avenues and squares named after persons are REGIONs without their
head noun (pipeline/names/streets.py). Phrases written for these tests."""
from __future__ import annotations

import pytest

from pipeline.names.streets import head_number
from tests.names.test_corrections import ner_then_corrections

STREETS = [
    # (text, ner entities, entities after az_corrections)
    ("Yeni kafe Rauf Kərimli küçəsində açılıb.", [("Rauf Kərimli", "PERSON")], [("Rauf Kərimli", "REGION")]),
    ("Tıxac Samir Vəfalı prospektinin başında yaranıb.", [("Samir Vəfalı", "PERSON")],
     [("Samir Vəfalı", "REGION")]),                                               # genitive of the head
    ("Konsert Lalə Həsənli meydanında olub.", [("Lalə Həsənli", "PERSON")], [("Lalə Həsənli", "REGION")]),
    ("Ünvan: Tofiq Nurlu bulvarı, 12.", [("Tofiq Nurlu", "PERSON")], [("Tofiq Nurlu", "REGION")]),
    ("Bina Nurlan Ağalı küçəsinə baxır.", [("Nurlan Ağalı küçəsinə", "PERSON")],
     [("Nurlan Ağalı", "REGION")]),                                               # the head noun cut off
    ("Təmir Kamal Yusifli küçəsi boyunca aparılır.", [], [("Kamal Yusifli", "REGION")]),  # free name words
    ("Mağaza R.Səfərli küçəsində yerləşir.", [], [("R.Səfərli", "REGION")]),      # an initial glued on
    ("Şəhərin Elmar Ağazadə, Rəşad Bəyli və Sona Qasımlı küçələrinin təmiri başlayıb.",
     [("Elmar Ağazadə", "PERSON"), ("Rəşad Bəyli", "PERSON"), ("Sona Qasımlı", "PERSON")],
     [("Elmar Ağazadə", "REGION"), ("Rəşad Bəyli", "REGION"), ("Sona Qasımlı", "REGION")]),  # a plural head
    ("Dünən Fikrət Quluzadə küçəsində bağlanıb.", [], [("Fikrət Quluzadə", "REGION")]),  # not the opening word
    # egov10: an address abbreviates the head ("küç." is one token, "pr." two)
    ("Ofis: Rauf Kərimli küç. 14, Bakı.", [("Rauf Kərimli", "PERSON")], [("Rauf Kərimli", "REGION")]),
    ("Ofis: Samir Vəfalı pr. 42, ikinci mərtəbə.", [("Samir Vəfalı", "PERSON")], [("Samir Vəfalı", "REGION")]),
    ("Ofis: Lalə Həsənli prosp. 7.", [("Lalə Həsənli", "PERSON")], [("Lalə Həsənli", "REGION")]),
    # region11: an address without the head noun, the name before a house number
    ("Mərkəz Rauf Kərimli 36 ünvanında yerləşir.", [("Rauf Kərimli", "PERSON")], [("Rauf Kərimli", "REGION")]),
    ("Filial Samir Vəfalı 12/3 ünvanına köçüb.", [("Samir Vəfalı", "PERSON")], [("Samir Vəfalı", "REGION")]),
    ("Ünvan: Bakı şəhəri, Yasamal rayonu, Lalə Həsənli 185 (ikinci mərtəbə).",
     [("Bakı", "REGION"), ("Yasamal", "REGION"), ("Lalə Həsənli", "PERSON")],
     [("Bakı", "REGION"), ("Yasamal", "REGION"), ("Lalə Həsənli", "REGION")]),
    ("Qaliblər: Rauf Kərimli 1000 manat, Samir Vəfalı 700 manat.",
     [("Rauf Kərimli", "PERSON"), ("Samir Vəfalı", "PERSON")],
     [("Rauf Kərimli", "PERSON"), ("Samir Vəfalı", "PERSON")]),                  # a number, no address
    ("Yasamal rayonu, Lalə Həsənli 20 yaşında qalib olub.", [("Yasamal", "REGION"), ("Lalə Həsənli", "PERSON")],
     [("Yasamal", "REGION"), ("Lalə Həsənli", "PERSON")]),                      # a word after the number
    ("Tədbirdə Kamran Əliyev, Lalə Həsənli 3 dəfə çıxış edib.",
     [("Kamran Əliyev", "PERSON"), ("Lalə Həsənli", "PERSON")],
     [("Kamran Əliyev", "PERSON"), ("Lalə Həsənli", "PERSON")]),                # no place word before the comma
    # names that stay
    ("Əli Vəliyev küçədə jurnalistlərə deyib.", [("Əli Vəliyev", "PERSON")], [("Əli Vəliyev", "PERSON")]),
    ("Əli Vəliyev küçəni təmizləyib.", [("Əli Vəliyev", "PERSON")], [("Əli Vəliyev", "PERSON")]),
    ("Kamran Əliyev, Nigar Talıblı küçəsində yaşayır.", [("Kamran Əliyev", "PERSON"), ("Nigar Talıblı", "PERSON")],
     [("Kamran Əliyev", "PERSON"), ("Nigar Talıblı", "REGION")]),                 # a singular head: one street
    ("Bakının Nizami küçəsində", [("Bakının", "REGION"), ("Nizami", "PERSON")],
     [("Bakının", "REGION"), ("Nizami", "REGION")]),
    ("Milli Məclis küçəsi bağlanıb.", [("Milli Məclis", "ORG")], [("Milli Məclis", "ORG")]),  # only PERSONs
    ("Mərkəzi küçəsi təmir olunur.", [], []),
    ("Samir Vəfalı pr xidmətinə rəhbərlik edir.", [("Samir Vəfalı", "PERSON")], [("Samir Vəfalı", "PERSON")]),  # no full stop
    ("Gəzinti Dəniz Bulvarında olub.", [], []),                                    # a capitalised head: a name                                     # a common word opening it
]


@pytest.mark.parametrize("text,ents,expected", STREETS + [
    ("Yeni kafe Rauf Kərimli küçəsində açılıb.", [("Rauf Kərimli", "PERSON")], "off"),
])
def test_streets(nlp, text, ents, expected):
    if expected == "off":
        assert ner_then_corrections(nlp, text, ents, streets=False) == ents
    else:
        assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("word,number", [
    ("küçəsi", "singular"), ("küçəsindən", "singular"), ("prospektinə", "singular"), ("meydanında", "singular"),
    ("küçələrində", "plural"), ("bulvarlarının", "plural"),
    ("küçədə", None), ("küçə", None), ("meydança", None), ("prospektiv", None), ("Küçəsi", "singular"),
    ("küç.", "singular"), ("pr.", "singular"), ("prosp.", "singular"), ("pr", None), ("küçəsi.", None),
])
def test_head_number(word, number):
    assert head_number(word) == number
