"""A PERSON run into the next name is cut where the name ends (pipeline/names/person_splits.py)."""
from __future__ import annotations

import pytest

from tests.names.fake_ner import doc_after_ner

from pipeline.names.person_splits import split_persons


@pytest.mark.parametrize("text,ents,expected", [
    # after a surname (bare or in a case) that is not the first word: the next name begins
    ("Rəhbərlər Arno Kivovu Tallin Rayon İcra Hakimiyyətinin başçısı təyin edib.",
     [("Arno Kivovu Tallin Rayon İcra Hakimiyyətinin", "PERSON")],
     [("Arno Kivovu", "PERSON"), ("Tallin Rayon İcra Hakimiyyətinin", "ORG")]),
    ("Söhbət Arno Kivovla Peeter Tammyan arasındakı dostluqdan gedir.", [("Arno Kivovla Peeter Tammyan", "PERSON")],
     [("Arno Kivovla", "PERSON"), ("Peeter Tammyan", "PERSON")]),
    ("Direktor Arno Kivov Liisa Tammovanın sərgisini açıb.", [("Arno Kivov Liisa Tammovanın", "PERSON")],
     [("Arno Kivov", "PERSON"), ("Liisa Tammovanın", "PERSON")]),
    ("Sədr Arno Kivoğlu L.Tammovun adını çəkib.", [("Arno Kivoğlu L.Tammovun", "PERSON")],
     [("Arno Kivoğlu", "PERSON"), ("L.Tammovun", "PERSON")]),
    # in a span ending in a body's head, before a country or a state body's first word
    ("Bunu Arno Kivo Milli Assambleyanın rəhbərliyi ilə görüşdə deyib.", [("Arno Kivo Milli Assambleyanın", "PERSON")],
     [("Arno Kivo", "PERSON"), ("Milli Assambleyanın", "ORG")]),
    ("Bunu Arno Kivo Estoniya Minatəmizləmə Mərkəzinin rəhbəri deyib.",
     [("Arno Kivo Estoniya Minatəmizləmə Mərkəzinin", "PERSON")],
     [("Arno Kivo", "PERSON"), ("Estoniya Minatəmizləmə Mərkəzinin", "ORG")]),
    # what is cut off is no name without a surname or a body's name, nor a lone body's head
    ("Müdir Arno Kivov Açıq Açar layihəsindən danışıb.", [("Arno Kivov Açıq Açar", "PERSON")], [("Arno Kivov", "PERSON")]),
    ("Direktor Arno Kivov Mərkəz tərəfindən görülən işlərdən danışıb.", [("Arno Kivov Mərkəz", "PERSON")],
     [("Arno Kivov", "PERSON")]),
    # a comma or "və" inside: the next name of a list, an ORG or a PERSON
    ("Görüşdə Tomas Kelvo, Beynəlxalq Xizək İttifaqının rəhbəri iştirak edib.",
     [("Tomas Kelvo, Beynəlxalq Xizək İttifaqının", "PERSON")],
     [("Tomas Kelvo", "PERSON"), ("Beynəlxalq Xizək İttifaqının", "ORG")]),
    ("Layihəni Brys Kolt və Qlobal Enerji Mərkəzinin əməkdaşları təqdim edib.",
     [("Brys Kolt və Qlobal Enerji Mərkəzinin", "PERSON")], [("Brys Kolt", "PERSON"), ("Qlobal Enerji Mərkəzinin", "ORG")]),
    ("Mükafatı Brys Kolt və Anna Merk alıb.", [("Brys Kolt və Anna Merk", "PERSON")],
     [("Brys Kolt", "PERSON"), ("Anna Merk", "PERSON")]),
    ("Mükafatı Brys Kolt, həmçinin komanda alıb.", [("Brys Kolt, həmçinin komanda", "PERSON")], [("Brys Kolt", "PERSON")]),
    ("Kənd Varlı (Tərkov, Vaykan) rayonundadır.", [("Tərkov, Vaykan", "PERSON")], [("Tərkov, Vaykan", "PERSON")]),
    # one name: official order, a patronymic, a surname last, no body's head, two words
    ("Kivova Liisa Peeter qızı gəlib.", [("Kivova Liisa Peeter qızı", "PERSON")], [("Kivova Liisa Peeter qızı", "PERSON")]),
    ("Dünən Kivova Liisa Peeter gəlib.", [("Kivova Liisa Peeter", "PERSON")], [("Kivova Liisa Peeter", "PERSON")]),
    ("Dünən Arno Peeter Kivov gəlib.", [("Arno Peeter Kivov", "PERSON")], [("Arno Peeter Kivov", "PERSON")]),
    ("Dünən Abdel Hamid Kivo gəlib.", [("Abdel Hamid Kivo", "PERSON")], [("Abdel Hamid Kivo", "PERSON")]),
    ("Dünən Arno Kivov gəlib.", [("Arno Kivov", "PERSON")], [("Arno Kivov", "PERSON")]),
    # an ORG opened by a given name (or an initial) and a surname before a country, a state body's first word
    # or an acronym: the person and the body
    ("Rektor Arno Kivov Estoniya Texniki Universitetinin tələbələri ilə görüşüb.",
     [("Arno Kivov Estoniya Texniki Universitetinin", "ORG")],
     [("Arno Kivov", "PERSON"), ("Estoniya Texniki Universitetinin", "ORG")]),
    ("Bunu L. Tammova Dövlət Statistika Komitəsinin iclasında deyib.", [("L. Tammova Dövlət Statistika Komitəsinin", "ORG")],
     [("L. Tammova", "PERSON"), ("Dövlət Statistika Komitəsinin", "ORG")]),
    ("Alim Arno Kivov NASA-da çalışır.", [("Arno Kivov NASA-da", "ORG")], [("Arno Kivov", "PERSON"), ("NASA-da", "ORG")]),
    # a body named after a person keeps its name; an ORG of other words after the surname is left to others
    ("Tədbir Arno Kivov Fondunun dəstəyi ilə keçib.", [("Arno Kivov Fondunun", "ORG")], [("Arno Kivov Fondunun", "ORG")]),
    ("Tədbir Arno Kivov Beynəlxalq Aeroportunda keçib.", [("Arno Kivov Beynəlxalq Aeroportunda", "ORG")],
     [("Arno Kivov Beynəlxalq Aeroportunda", "ORG")]),
    ("Tədbir Arno Kivov Milli Parkında keçib.", [("Arno Kivov Milli Parkında", "ORG")],
     [("Arno Kivov Milli Parkında", "ORG")]),
])
def test_a_person_run_into_the_next_name_is_cut(nlp, text, ents, expected):
    doc = doc_after_ner(nlp, text, ents)
    new = split_persons(doc, list(doc.ents))
    assert [(e.text, e.label_) for e in (doc.ents if new is None else new)] == expected
