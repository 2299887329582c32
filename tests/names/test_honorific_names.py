"""A given name, an honorific and a surname are one PERSON (pipeline/names/honorific_names.py)."""
from __future__ import annotations

import pytest

from tests.names.fake_ner import doc_after_ner

from pipeline.names.honorific_names import honorific_persons


@pytest.mark.parametrize("text,ents,expected", [
    # the ner's pieces, or the surname alone, make one PERSON with the honorific inside
    ("Birinci vitse-prezident Liisa xanım Kivilə təşəkkür ediblər.",
     [("Birinci vitse-prezident", "TITLE"), ("Liisa", "PERSON"), ("Kivilə", "PERSON")],
     [("Birinci vitse-prezident", "TITLE"), ("Liisa xanım Kivilə", "PERSON")]),
    ("Tədbirdə Liisa xanım Kivi çıxış edib.", [("Liisa xanım", "PERSON"), ("Kivi", "PERSON")],
     [("Liisa xanım Kivi", "PERSON")]),
    ("Tədbirdə akademik Liisa xanım Kivinin xatirəsi anılıb.", [("akademik", "TITLE"), ("Kivinin", "PERSON")],
     [("akademik", "TITLE"), ("Liisa xanım Kivinin", "PERSON")]),
    ("Sonra Arno bəy Kivi danışıb.", [("Arno", "PERSON"), ("Kivi", "PERSON")], [("Arno bəy Kivi", "PERSON")]),
    # no given name before the honorific: a title, a sentence start, another label, nothing
    ("Tədbirdə Birinci xanım Liisa Kivi çıxış edib.", [("Birinci xanım", "TITLE"), ("Liisa Kivi", "PERSON")],
     [("Birinci xanım", "TITLE"), ("Liisa Kivi", "PERSON")]),
    ("Tədbirdə Birinci xanım Liisa Kivi çıxış edib.", [("Liisa Kivi", "PERSON")], [("Liisa Kivi", "PERSON")]),
    ("Xanım Kivi çıxış edib.", [("Kivi", "PERSON")], [("Kivi", "PERSON")]),
    ("Tallin xanım Kivini qarşılayıb.", [("Tallin", "REGION"), ("Kivini", "PERSON")],
     [("Tallin", "REGION"), ("Kivini", "PERSON")]),
    ("Prezident və xanım Kivi gəlib.", [("Kivi", "PERSON")], [("Kivi", "PERSON")]),
    # an honorific alone is no entity
    ("Estoniya Prezidenti cənab Arno Kivi gəlib.", [("Prezidenti", "TITLE"), ("cənab", "TITLE"), ("Arno Kivi", "PERSON")],
     [("Prezidenti", "TITLE"), ("Arno Kivi", "PERSON")]),
    ("Dünən Cənab Kivi gəlib.", [("Cənab", "PERSON"), ("Kivi", "PERSON")], [("Kivi", "PERSON")]),
])
def test_a_name_with_an_honorific_inside_is_one_person(nlp, text, ents, expected):
    doc = doc_after_ner(nlp, text, ents)
    new = honorific_persons(doc, list(doc.ents))
    assert [(e.text, e.label_) for e in (doc.ents if new is None else new)] == expected


def test_leaders_name_the_person_by_the_whole_name(nlp):
    doc = nlp("Prezident Birinci vitse-prezident Liisa xanım Kivilə təşəkkür edib.")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == ["Liisa xanım Kivilə"]
