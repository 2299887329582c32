"""A foreign name the ner cut after a title takes its surname (pipeline/names/name_tails.py)."""
from __future__ import annotations

import pytest

from tests.names.fake_ner import doc_after_ner

from pipeline.names.name_tails import name_tails


def after(nlp, text: str, ents: list[tuple[str, str]]) -> list[tuple[str, str]]:
    doc = doc_after_ner(nlp, text, ents)
    new = name_tails(doc, list(doc.ents))
    return [(e.text, e.label_) for e in (doc.ents if new is None else new)]


@pytest.mark.parametrize("text,ents,expected", [
    # a free surname-like word after the cut name, then a verb, a comma or the sentence end
    ("Belizin Prezidenti Arnoldo Pepe Kastiyo çıxış edib.",
     [("Belizin", "COUNTRY"), ("Prezidenti", "TITLE"), ("Arnoldo Pepe", "PERSON")],
     [("Belizin", "COUNTRY"), ("Prezidenti", "TITLE"), ("Arnoldo Pepe Kastiyo", "PERSON")]),
    ("Görüşdə şirkətin direktoru Tomas Kastiyo, nazir və başqaları iştirak edib.",
     [("direktoru", "TITLE"), ("Tomas", "PERSON")],
     [("direktoru", "TITLE"), ("Tomas Kastiyo", "PERSON")]),
    # the surname the ner took for a second PERSON
    ("Komissar Rita Kastiyo jurnalistlərə açıqlama verib.",
     [("Komissar", "TITLE"), ("Rita", "PERSON"), ("Kastiyo", "PERSON")],
     [("Komissar", "TITLE"), ("Rita Kastiyo", "PERSON")]),
    # a name that ends in a surname is whole; the next word opens something else
    ("Prezident Arno Kivov Novruz bayramını qeyd edib.",
     [("Prezident", "TITLE"), ("Arno Kivov", "PERSON")], [("Prezident", "TITLE"), ("Arno Kivov", "PERSON")]),
    # a known place after it, in any case
    ("Nazir Pol Tomas Bakıya gəlib.",
     [("Nazir", "TITLE"), ("Pol Tomas", "PERSON")], [("Nazir", "TITLE"), ("Pol Tomas", "PERSON")]),
    # a local surname after it is another person's (here in the dative): the ner knows such names
    ("Nazir Pol Tomas Kazımova məktub yazıb.",
     [("Nazir", "TITLE"), ("Pol Tomas", "PERSON")], [("Nazir", "TITLE"), ("Pol Tomas", "PERSON")]),
    # a possessive noun after the word: a compound's first word ("X sarayında")
    ("Prezident Pol Tomas Yelisey sarayında danışıb.",
     [("Prezident", "TITLE"), ("Pol Tomas", "PERSON")], [("Prezident", "TITLE"), ("Pol Tomas", "PERSON")]),
    # a capital after it opens a longer name; a place case; a common word; an acronym
    ("Prezident Pol Tomas Qara Dəniz sahilində olub.",
     [("Prezident", "TITLE"), ("Pol Tomas", "PERSON")], [("Prezident", "TITLE"), ("Pol Tomas", "PERSON")]),
    ("Prezident Pol Tomas Sammitdə iştirak edib.",
     [("Prezident", "TITLE"), ("Pol Tomas", "PERSON")], [("Prezident", "TITLE"), ("Pol Tomas", "PERSON")]),
    ("Prezident Pol Tomas Zirvə görüşü barədə danışıb.",
     [("Prezident", "TITLE"), ("Pol Tomas", "PERSON")], [("Prezident", "TITLE"), ("Pol Tomas", "PERSON")]),
    ("Nazir Pol Tomas NATO barədə danışıb.",
     [("Nazir", "TITLE"), ("Pol Tomas", "PERSON")], [("Nazir", "TITLE"), ("Pol Tomas", "PERSON")]),
    # no title before the PERSON; a new line after it
    ("Dünən Pol Tomas Kastiyo gəlib.", [("Pol Tomas", "PERSON")], [("Pol Tomas", "PERSON")]),
    ("Prezident Pol Tomas\nKastiyo gəlib.",
     [("Prezident", "TITLE"), ("Pol Tomas", "PERSON")], [("Prezident", "TITLE"), ("Pol Tomas", "PERSON")]),
    # the document names the person with the same last word and no such surname: two people
    ("Sonra Tomas bildirib ki, Baş nazir Donald Tomas Kastiyonu tənqid edir.",
     [("Tomas", "PERSON"), ("Baş nazir", "TITLE"), ("Donald Tomas", "PERSON")],
     [("Tomas", "PERSON"), ("Baş nazir", "TITLE"), ("Donald Tomas", "PERSON")]),
    ("Sonra Tomas Kastiyo bildirib ki, Baş nazir Donald Tomas Kastiyo ilə görüşüb.",
     [("Tomas Kastiyo", "PERSON"), ("Baş nazir", "TITLE"), ("Donald Tomas", "PERSON")],
     [("Tomas Kastiyo", "PERSON"), ("Baş nazir", "TITLE"), ("Donald Tomas Kastiyo", "PERSON")]),
    # ... or names someone else, with other given names, by that word
    ("Müşavir Mayk Toms Kastiyonun planını tənqid edib. Rita Kastiyo cavab verib.",
     [("Müşavir", "TITLE"), ("Mayk Toms", "PERSON"), ("Kastiyonun", "PERSON"), ("Rita Kastiyo", "PERSON")],
     [("Müşavir", "TITLE"), ("Mayk Toms", "PERSON"), ("Kastiyonun", "PERSON"), ("Rita Kastiyo", "PERSON")]),
])
def test_a_name_cut_after_a_title_takes_its_surname(nlp, text, ents, expected):
    assert after(nlp, text, ents) == expected


@pytest.mark.parametrize("text,ents,expected", [
    # a stop word or an acronym run into the name after a title
    ("Dünən ABŞ vitse-prezidenti Cey Di Vens də danışıb.",
     [("ABŞ", "COUNTRY"), ("vitse-prezidenti", "TITLE"), ("Cey Di Vens də", "PERSON")],
     [("ABŞ", "COUNTRY"), ("vitse-prezidenti", "TITLE"), ("Cey Di Vens", "PERSON")]),
    ("Nazir Arne Lund Tamm NATO barədə danışıb.",
     [("Nazir", "TITLE"), ("Arne Lund Tamm", "PERSON")], [("Nazir", "TITLE"), ("Arne Lund Tamm", "PERSON")]),
    ("Nazir Arne Lund PKK terrorçularını tənqid edib.",
     [("Nazir", "TITLE"), ("Arne Lund PKK", "PERSON")], [("Nazir", "TITLE"), ("Arne Lund", "PERSON")]),
    # a word the document's shorter mentions of the person end before
    ("Lund bildirib ki, Prezident Arne Lund Yelisey sarayında danışıb.",
     [("Lund", "PERSON"), ("Prezident", "TITLE"), ("Arne Lund Yelisey", "PERSON")],
     [("Lund", "PERSON"), ("Prezident", "TITLE"), ("Arne Lund", "PERSON")]),
    # a suffix after a hyphen is no word of its own
    ("Spiker Arne Lund-in çıxışını tənqid edib.",
     [("Spiker", "TITLE"), ("Arne Lund-in", "PERSON")], [("Spiker", "TITLE"), ("Arne Lund-in", "PERSON")]),
    # a name with a patronymic or ending in a surname is whole, whatever the shorter mentions
    ("Lund bildirib ki, Prezident Arne Lund Kivova təşəkkür edib.",
     [("Lund", "PERSON"), ("Prezident", "TITLE"), ("Arne Lund Kivova", "PERSON")],
     [("Lund", "PERSON"), ("Prezident", "TITLE"), ("Arne Lund Kivova", "PERSON")]),
    ("Lundeviç bildirib ki, sədr Arne Lundeviç Tamm gəlib.",
     [("Lundeviç", "PERSON"), ("sədr", "TITLE"), ("Arne Lundeviç Tamm", "PERSON")],
     [("Lundeviç", "PERSON"), ("sədr", "TITLE"), ("Arne Lundeviç Tamm", "PERSON")]),
    # no title before it: left alone
    ("Lund bildirib ki, dünən Arne Lund Yelisey sarayında danışıb.",
     [("Lund", "PERSON"), ("Arne Lund Yelisey", "PERSON")],
     [("Lund", "PERSON"), ("Arne Lund Yelisey", "PERSON")]),
])
def test_a_word_run_into_a_name_after_a_title_is_cut(nlp, text, ents, expected):
    assert after(nlp, text, ents) == expected


def test_a_shorter_mention_cut_before_the_same_word_is_no_evidence(nlp):
    # "[Arne Lund] Tamm ... Prezident [Arne Lund Tamm]": the first mention is the same name cut, not a shorter name
    text = "Arne Lund Tamm bildirib ki, Prezident Arne Lund Tamm danışıb."
    doc = nlp.make_doc(text)
    second = text.index("Arne", 1)
    doc.ents = [doc.char_span(0, 9, label="PERSON"), doc.char_span(second - 10, second - 1, label="TITLE"),
                doc.char_span(second, second + 14, label="PERSON")]
    doc = nlp.get_pipe("az_sentences")(doc)
    new = name_tails(doc, list(doc.ents))
    assert new is None or [e.text for e in new][1:] == ["Prezident", "Arne Lund Tamm"]
