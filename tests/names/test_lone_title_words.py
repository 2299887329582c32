"""A title head alone is no name: "cənab [Prezident]", an office's genitive before its title (`titles` switch,
pipeline/names/office_titles.py). Phrases written for these tests."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections


@pytest.mark.parametrize("text,ents,expected", [
    # the address, in any case form: no entity
    ("Xoş gəlmisiniz, cənab Prezident.", [("Prezident", "REGION")], []),
    ("Fəxr edirik Sizinlə, Prezidentimizlə.", [("Prezidentimizlə", "PERSON")], []),
    # an office's genitive before its title: the title is made whole over it
    ("Dünən Norveç Kanslerinin enerji siyasəti üzrə müşaviri Arne Lund gəlib.",
     [("Norveç", "COUNTRY"), ("Kanslerinin", "REGION"), ("Arne Lund", "PERSON")],
     [("Norveç", "COUNTRY"), ("Kanslerinin enerji siyasəti üzrə müşaviri", "TITLE"), ("Arne Lund", "PERSON")]),
    # before a free name word: that name's title
    ("Mərasimə Papa Benedikt gəlmədi.", [("Papa", "PERSON")], [("Papa", "TITLE")]),
    ("Görüşün sonunda Sədrin Bəyanatı qəbul olunub.", [("Sədrin", "PERSON")], []),
    # a given name, a name of two words, a title head before a PERSON: left to the other rules
    ("Sultan gəlib.", [("Sultan", "PERSON")], [("Sultan", "PERSON")]),
    ("Sənəd Prezident Administrasiyasına göndərilib.", [("Prezident Administrasiyasına", "ORG")],
     [("Prezident Administrasiyasına", "ORG")]),
    ("Bunu Kansler Arne Lund deyib.", [("Kansler", "ORG"), ("Arne Lund", "PERSON")],
     [("Kansler", "TITLE"), ("Arne Lund", "PERSON")]),
])
def test_a_title_head_alone_is_no_name(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


def test_the_titles_switch_keeps_it(nlp):
    assert ner_then_corrections(nlp, "Xoş gəlmisiniz, cənab Prezident.", [("Prezident", "REGION")], titles=False) \
        == [("Prezident", "REGION")]
