"""span_edges: no name ends in an opening bracket, a dash, a comma or a free conjunction, nor opens with a closing
bracket or a dash (issue 11; pipeline/names/span_edges.py). Phrases written for these tests."""
from __future__ import annotations

import pytest

from pipeline.names.span_edges import span_edges
from tests.names.fake_ner import doc_after_ner
from tests.names.test_corrections import ner_then_corrections

EDGES = [
    # (text, ner entities, entities after span_edges)
    ("Hesabatı Ticarət Şurası (TŞ) hazırlayıb.", [("Ticarət Şurası (", "ORG")], [("Ticarət Şurası", "ORG")]),
    ("Layihəni Gənclər Fondu və Nazirlik birgə görür.", [("Gənclər Fondu və", "ORG")], [("Gənclər Fondu", "ORG")]),
    ("Qonaqlar Sumqayıt, Gəncə və Şəki şəhərlərindən gəlib.", [("Sumqayıt,", "REGION")], [("Sumqayıt", "REGION")]),
    ("Siyahı:\n- Təhsil Nazirliyi\n- Səhiyyə Nazirliyi", [("- Təhsil Nazirliyi", "ORG")], [("Təhsil Nazirliyi", "ORG")]),
    ("Sərgini Miras Fondu – Bakı ofisi təşkil edib.", [("Miras Fondu –", "ORG")], [("Miras Fondu", "ORG")]),
    ("Sistem BEST (Bakı Elektron Sənəd Toplusu) adlanır.", [("BEST (Bakı Elektron", "ORG")], [("BEST", "ORG")]),
    ("Yol Qax-Zaqatala istiqamətində çəkilir.", [("Qax-", "REGION")], [("Qax-Zaqatala", "REGION")]),  # glued: the word
    ("Xəbəri Tərəqqi Agentliyi: bildirib.", [("Tərəqqi Agentliyi:", "ORG")], [("Tərəqqi Agentliyi", "ORG")]),
    ("Hadisə barədə ( məlumat verilib.", [("(", "ORG")], []),                          # nothing left: dropped
    # spans that stay
    ("Qərar NATO-ya təqdim olunub.", [("NATO-ya", "ORG")], [("NATO-ya", "ORG")]),       # "ya" glued: a case ending
    ("Hesabatı Ticarət Şurası (TŞ) hazırlayıb.", [("Ticarət Şurası (TŞ)", "ORG")], [("Ticarət Şurası (TŞ)", "ORG")]),
    ("Nümayəndə Elm və Təhsil Nazirliyindən gəlib.", [("Elm və Təhsil Nazirliyindən", "ORG")],
     [("Elm və Təhsil Nazirliyindən", "ORG")]),                                        # "və" inside the name
    ("Sərgini “Yaşıl Dünya” İctimai Birliyi açıb.", [("“Yaşıl Dünya” İctimai Birliyi", "ORG")],
     [("“Yaşıl Dünya” İctimai Birliyi", "ORG")]),                                      # an opening quote opens names
]


@pytest.mark.parametrize("text,ents,expected", EDGES)
def test_span_edges(nlp, text, ents, expected):
    doc = doc_after_ner(nlp, text, ents)
    new = span_edges(doc, list(doc.ents))
    got = [(e.text, e.label_) for e in (doc.ents if new is None else new)]
    assert got == expected


def test_none_when_nothing_changes(nlp):
    doc = doc_after_ner(nlp, "Qərar NATO-ya təqdim olunub.", [("NATO-ya", "ORG")])
    assert span_edges(doc, list(doc.ents)) is None


def test_in_the_corrections_and_its_switch(nlp):
    text, ents = "Hesabatı Ticarət Şurası (TŞ) hazırlayıb.", [("Ticarət Şurası (", "ORG")]
    assert ("Ticarət Şurası", "ORG") in ner_then_corrections(nlp, text, ents)
    assert ("Ticarət Şurası (", "ORG") in ner_then_corrections(nlp, text, ents, span_edges=False)


def test_a_name_opening_with_a_bracket_keeps_its_words(nlp):
    doc = doc_after_ner(nlp, "Məlumat (Kompas Agentliyi) yayıb.", [("(Kompas Agentliyi", "ORG")])
    assert [(e.text, e.label_) for e in span_edges(doc, list(doc.ents))] == [("Kompas Agentliyi", "ORG")]
