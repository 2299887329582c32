"""An ORG of a title and the name after it is a TITLE and a PERSON (pipeline/names/titled_orgs.py)."""
from __future__ import annotations

import pytest

from tests.names.fake_ner import doc_after_ner

from pipeline.names.titled_orgs import titled_orgs


@pytest.mark.parametrize("text,ents,expected", [
    ("Prezident Birliyin Genişlənmə üzrə komissarı Liisa Tammı qəbul edib.",
     [("Genişlənmə üzrə komissarı Liisa Tammı", "ORG")],
     [("Genişlənmə üzrə komissarı", "TITLE"), ("Liisa Tammı", "PERSON")]),
    ("Ordunun Baş Qərargah rəisi Arno Kivini qəbul edib.", [("Baş Qərargah rəisi Arno Kivini", "ORG")],
     [("Baş Qərargah rəisi", "TITLE"), ("Arno Kivini", "PERSON")]),
    ("Sonra Lord Arno Kivi danışıb.", [("Lord Arno Kivi", "ORG")], [("Lord", "TITLE"), ("Arno Kivi", "PERSON")]),
    ("Təşkilatın İcraçı Direktoru Liisa Tamm açıb.", [("İcraçı Direktoru Liisa Tamm", "ORG")],
     [("İcraçı Direktoru", "TITLE"), ("Liisa Tamm", "PERSON")]),
    # a body's name, a name before a bare head, a head never a title alone, no name after the head
    ("Bunu Prezident Administrasiyası bildirib.", [("Prezident Administrasiyası", "ORG")],
     [("Prezident Administrasiyası", "ORG")]),
    ("Bunu Kral Fəhd Universiteti bildirib.", [("Kral Fəhd Universiteti", "ORG")], [("Kral Fəhd Universiteti", "ORG")]),
    ("Arno Kivi Prezident Peeter Tammı qəbul edib.", [("Kivi Prezident Peeter Tammı", "ORG")],
     [("Kivi Prezident Peeter Tammı", "ORG")]),
    ("Sonra Başçı Kivi danışıb.", [("Başçı Kivi", "ORG")], [("Başçı Kivi", "ORG")]),
    ("Bunu Tallin Prezident Sarayı bildirib.", [("Tallin Prezident Sarayı", "ORG")], [("Tallin Prezident Sarayı", "ORG")]),
])
def test_an_org_of_a_title_and_a_name_is_split(nlp, text, ents, expected):
    doc = doc_after_ner(nlp, text, ents)
    new = titled_orgs(doc, list(doc.ents))
    assert [(e.text, e.label_) for e in (doc.ents if new is None else new)] == expected


@pytest.mark.parametrize("text,ents,expected", [
    # title words at an ORG's end right before a TITLE are the title's
    ("Bunu BMT Baş katibi Arno Kivi deyib.", [("BMT Baş", "ORG"), ("katibi", "TITLE"), ("Arno Kivi", "PERSON")],
     [("BMT", "ORG"), ("Baş katibi", "TITLE"), ("Arno Kivi", "PERSON")]),
    ("Bunu BMT Baş katibinin sözçüsü Arno Kivi deyib.",
     [("BMT Baş", "ORG"), ("katibinin sözçüsü", "TITLE"), ("Arno Kivi", "PERSON")],
     [("BMT", "ORG"), ("Baş katibinin sözçüsü", "TITLE"), ("Arno Kivi", "PERSON")]),
    # a body's name stays whole; no TITLE after it, nothing moves
    ("Bunu Mərkəzi Bank sədri Arno Kivi deyib.", [("Mərkəzi Bank", "ORG"), ("sədri", "TITLE"), ("Arno Kivi", "PERSON")],
     [("Mərkəzi Bank", "ORG"), ("sədri", "TITLE"), ("Arno Kivi", "PERSON")]),
    ("Bunu BMT Baş Assambleyası deyib.", [("BMT Baş Assambleyası", "ORG")], [("BMT Baş Assambleyası", "ORG")]),
    ("Bunu BMT Baş deyib.", [("BMT Baş", "ORG")], [("BMT Baş", "ORG")]),
])
def test_title_words_at_an_orgs_end_go_to_the_title_after_it(nlp, text, ents, expected):
    doc = doc_after_ner(nlp, text, ents)
    new = titled_orgs(doc, list(doc.ents))
    assert [(e.text, e.label_) for e in (doc.ents if new is None else new)] == expected
