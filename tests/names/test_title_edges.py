"""A TITLE never opens with "üzrə", "olan" or an ablative, nor ends in a kinship word (pipeline/names/title_edges.py)."""
from __future__ import annotations

import pytest

from tests.names.fake_ner import doc_after_ner

from pipeline.names.title_edges import title_edges


@pytest.mark.parametrize("text,ents,expected", [
    ("Görüşdə fondun Estoniya üzrə direktoru Arne Lund iştirak edib.",
     [("Estoniya", "COUNTRY"), ("üzrə direktoru", "TITLE"), ("Arne Lund", "PERSON")],
     [("Estoniya", "COUNTRY"), ("direktoru", "TITLE"), ("Arne Lund", "PERSON")]),
    ("Mərkəzin Norveçdən olan nümayəndəsi Arne Lund danışıb.",
     [("olan nümayəndəsi", "TITLE"), ("Arne Lund", "PERSON")], [("nümayəndəsi", "TITLE"), ("Arne Lund", "PERSON")]),
    ("Mərkəzin adından direktoru Arne Lund danışıb.",
     [("adından direktoru", "TITLE"), ("Arne Lund", "PERSON")], [("direktoru", "TITLE"), ("Arne Lund", "PERSON")]),
    ("Tədbirdə Norveçdən olan parlament üzvü Arne Lund çıxış edib.",
     [("olan parlament üzvü", "TITLE"), ("Arne Lund", "PERSON")],
     [("parlament üzvü", "TITLE"), ("Arne Lund", "PERSON")]),
    # whole titles stay: a brief inside, a one-word title, a word that only ends like an ablative case
    ("Görüşdə insan hüquqları üzrə müvəkkil Arne Lund olub.",
     [("insan hüquqları üzrə müvəkkil", "TITLE"), ("Arne Lund", "PERSON")],
     [("insan hüquqları üzrə müvəkkil", "TITLE"), ("Arne Lund", "PERSON")]),
    ("Görüşdə fövqəladə və səlahiyyətli səfiri Arne Lund olub.",
     [("fövqəladə və səlahiyyətli səfiri", "TITLE"), ("Arne Lund", "PERSON")],
     [("fövqəladə və səlahiyyətli səfiri", "TITLE"), ("Arne Lund", "PERSON")]),
    ("Görüşdə olan Arne Lund danışıb.", [("olan", "TITLE"), ("Arne Lund", "PERSON")],
     [("olan", "TITLE"), ("Arne Lund", "PERSON")]),
])
def test_a_title_opens_with_a_word_of_the_office(nlp, text, ents, expected):
    doc = doc_after_ner(nlp, text, ents)
    new = title_edges(doc, list(doc.ents))
    assert [(e.text, e.label_) for e in (doc.ents if new is None else new)] == expected


@pytest.mark.parametrize("text,ents,expected", [
    # a kinship word is a family tie, no office: the TITLE goes (leaders11)
    ("Qonaqlar arasında nazirin qızı Liisa Lund da olub.", [("qızı", "TITLE"), ("Liisa Lund", "PERSON")],
     [("Liisa Lund", "PERSON")]),
    ("Qonaqlar arasında sədrinin oğlu Arne Lund da olub.", [("sədrinin oğlu", "TITLE"), ("Arne Lund", "PERSON")],
     [("Arne Lund", "PERSON")]),
    ("Tədbirdə onun həyat yoldaşı Liisa Lund çıxış edib.", [("həyat yoldaşı", "TITLE"), ("Liisa Lund", "PERSON")],
     [("Liisa Lund", "PERSON")]),
    # a title word stays, the First Lady's title among them
    ("Tədbirdə birinci xanımı Liisa Lund çıxış edib.", [("birinci xanımı", "TITLE"), ("Liisa Lund", "PERSON")],
     [("birinci xanımı", "TITLE"), ("Liisa Lund", "PERSON")]),
    ("Tədbirdə nazirin müavini Arne Lund çıxış edib.", [("nazirin müavini", "TITLE"), ("Arne Lund", "PERSON")],
     [("nazirin müavini", "TITLE"), ("Arne Lund", "PERSON")]),
])
def test_a_kinship_word_is_no_title(nlp, text, ents, expected):
    doc = doc_after_ner(nlp, text, ents)
    new = title_edges(doc, list(doc.ents))
    assert [(e.text, e.label_) for e in (doc.ents if new is None else new)] == expected
