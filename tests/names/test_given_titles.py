"""A title word that is also a given name, before one surname, is the first name (pipeline/names/given_titles.py)."""
from __future__ import annotations

import pytest

from tests.names.fake_ner import doc_after_ner

from pipeline.names.given_titles import given_titles


@pytest.mark.parametrize("text,ents,expected", [
    # a given name the ner typed TITLE, the surname with or without a case ending
    ("Tədbirdə Rəis Qasımov çıxış edib.", [("Rəis", "TITLE"), ("Qasımov", "PERSON")],
     [("Rəis Qasımov", "PERSON")]),
    ("Mükafatı Sultan Kərimliyə verilib.", [("Sultan", "TITLE"), ("Kərimliyə", "PERSON")],
     [("Sultan Kərimliyə", "PERSON")]),
    ("Dünən Xan Tağızadənin kitabı çıxıb.", [("Xan", "TITLE"), ("Tağızadənin", "PERSON")],
     [("Xan Tağızadənin", "PERSON")]),
    # a "-li" surname takes the case endings of the others (person_splits.CASE_ENDING): the accusative "-ni"
    ("Komissiya Rəis Məmmədlini dinləyib.", [("Rəis", "TITLE"), ("Məmmədlini", "PERSON")],
     [("Rəis Məmmədlini", "PERSON")]),
    # the office in lower case, a title that is no given name, a two-word PERSON, no surname shape, a gap
    ("İdarənin rəisi Qasımov çıxış edib.", [("rəisi", "TITLE"), ("Qasımov", "PERSON")],
     [("rəisi", "TITLE"), ("Qasımov", "PERSON")]),
    ("Tədbirdə Prezident Qasımov çıxış edib.", [("Prezident", "TITLE"), ("Qasımov", "PERSON")],
     [("Prezident", "TITLE"), ("Qasımov", "PERSON")]),
    ("Tədbirdə Rəis Nurlan Qasımov çıxış edib.", [("Rəis", "TITLE"), ("Nurlan Qasımov", "PERSON")],
     [("Rəis", "TITLE"), ("Nurlan Qasımov", "PERSON")]),
    ("Tədbirdə Sultan Mehmet çıxış edib.", [("Sultan", "TITLE"), ("Mehmet", "PERSON")],
     [("Sultan", "TITLE"), ("Mehmet", "PERSON")]),
    ("Tədbirdə Rəis , Qasımov çıxış edib.", [("Rəis", "TITLE"), ("Qasımov", "PERSON")],
     [("Rəis", "TITLE"), ("Qasımov", "PERSON")]),
])
def test_a_given_name_typed_title_joins_its_surname(nlp, text, ents, expected):
    doc = doc_after_ner(nlp, text, ents)
    new = given_titles(doc, list(doc.ents))
    assert [(e.text, e.label_) for e in (doc.ents if new is None else new)] == expected


def test_the_person_is_no_leader_of_a_given_name(nlp):
    doc = nlp("Tədbirdə Rəis Qasımov çıxış edib.")
    assert ("Rəis Qasımov", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    assert not doc._.leaders
