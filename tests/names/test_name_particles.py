"""A person's name the ner split at a name particle ("bin", "de", "von", "Al") is one PERSON
(pipeline/names/name_particles.py). Phrases written for these tests."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections


@pytest.mark.parametrize("text,ents,expected", [
    # the particle kept by the ner, the surname left out or typed apart
    ("Sərgidə Pedro de Almeydanın əsərləri var.", [("Pedro de", "PERSON"), ("Almeydanın", "PERSON")],
     [("Pedro de Almeydanın", "PERSON")]),
    # a free particle between two pieces, the second typed REGION or left free
    ("Çıxışı Hans Lorin von Falkrat edəcək.", [("Hans Lorin", "PERSON"), ("Falkrat", "REGION")],
     [("Hans Lorin von Falkrat", "PERSON")]),
    ("Qolu Jorje du Marvelo vurub.", [("Jorje", "PERSON")], [("Jorje du Marvelo", "PERSON")]),
    # pieces that open with a particle or an article
    ("Qonaqları Şeyx Salim bin Rəşad bin Xəlid Al Nuri qarşılayıb.",
     [("Şeyx Salim bin Rəşad", "PERSON"), ("bin Xəlid", "PERSON"), ("Al Nuri", "PERSON")],
     [("Şeyx Salim bin Rəşad bin Xəlid Al Nuri", "PERSON")]),
    ("Kral II Əmrulla ibn Al Qasim məktub göndərib.", [("Kral", "TITLE"), ("II Əmrulla", "PERSON"), ("Al Qasim", "PERSON")],
     [("Kral", "TITLE"), ("II Əmrulla ibn Al Qasim", "PERSON")]),
    ("Şirkətin sədri Şeyx Hamid bin Nasir bin Zayed Əl Kəbiri qəbul edib.",
     [("sədri", "TITLE"), ("Şeyx Hamid bin Nasir", "PERSON"), ("bin Zayed Əl Kəbiri", "ORG")],
     [("sədri", "TITLE"), ("Şeyx Hamid bin Nasir bin Zayed Əl Kəbiri", "PERSON")]),
    # "da" is the clitic "also"; a body's name after a particle; no particle; a place after the name
    ("Viktor Kalmar da Tramsı təbrik edib.", [("Viktor Kalmar", "PERSON"), ("Tramsı", "PERSON")],
     [("Viktor Kalmar", "PERSON"), ("Tramsı", "PERSON")]),
    ("Fond Həmid bin Rəşad Al Nuri Fondunun adını daşıyır.",
     [("Həmid bin Rəşad", "PERSON"), ("Al Nuri Fondunun", "ORG")],
     [("Həmid bin Rəşad", "PERSON"), ("Al Nuri Fondunun", "ORG")]),
    ("Görüşdə Marko Rubio Bakıya gəlib.", [("Marko Rubio", "PERSON"), ("Bakıya", "REGION")],
     [("Marko Rubio", "PERSON"), ("Bakıya", "REGION")]),
    ("Sonra Ərdoğan Van şəhərində olub.", [("Ərdoğan", "PERSON"), ("Van", "REGION")],
     [("Ərdoğan", "PERSON"), ("Van", "REGION")]),
    ("Müqaviləni Pedro de Bakıda imzalayıb.", [("Pedro", "PERSON"), ("Bakıda", "REGION")],
     [("Pedro", "PERSON"), ("Bakıda", "REGION")]),
    # only a PERSON grows: a company's name with a particle stays
    ("Yoxlamanı Societe Generale de Survenans aparıb.", [("Societe Generale", "ORG"), ("Survenans", "PERSON")],
     [("Societe Generale", "ORG"), ("Survenans", "PERSON")]),
])
def test_a_name_split_at_a_particle_is_one_person(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


def test_the_rule_can_be_switched_off(nlp):
    text = "Qolu Jorje du Marvelo vurub."
    assert ner_then_corrections(nlp, text, [("Jorje", "PERSON")], name_particles=False) == [("Jorje", "PERSON")]
