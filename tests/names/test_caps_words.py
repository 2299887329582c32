"""az_corrections, issue 11 classes 1 and 9: headings written all in capitals (pipeline/names/caps_words.py).
Phrases written for these tests."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections

CAPS = [
    # (text, ner entities, entities after az_corrections)
    ("GƏNCƏ ŞƏHƏR NAZİRLƏR KABİNETİ QƏRAR № 12", [("NAZİRLƏR", "ORG"), ("KABİNETİ", "ORG")],
     [("NAZİRLƏR KABİNETİ", "ORG")]),                                            # one body's name
    ("YENİ ÖLKƏLƏRİN TƏCRÜBƏSİNDƏN qeydlər", [("TƏCRÜBƏSİNDƏN", "ORG")], []),    # common words of a heading
    ("Şura QƏRARA ALIR: plan təsdiq edilsin.", [("QƏRARA", "ORG"), ("ALIR", "ORG")], []),
    ("DİQQƏT! Qeydiyyat sabah bitir.", [("DİQQƏT", "ORG")], []),
    ("Sonra BÜTÜN XİDMƏTLƏR düyməsini seçin.", [("BÜTÜN", "ORG"), ("XİDMƏTLƏR", "ORG")], []),  # no plural body
    # acronyms stay: short ones that are also words, one the text writes in brackets, a name that is no word
    ("ASAN mərkəzində növbə yoxdur.", [("ASAN", "ORG")], [("ASAN", "ORG")]),
    ("Dağ Təmizləmə Agentliyinin (ANAMA) işçiləri gəlib. ANAMA hesabat verib.",
     [("Dağ Təmizləmə Agentliyinin", "ORG"), ("ANAMA", "ORG")],
     [("Dağ Təmizləmə Agentliyinin", "ORG"), ("ANAMA", "ORG")]),
    ("Bu barədə KORVEX bəyanat yayıb.", [("KORVEX", "ORG")], [("KORVEX", "ORG")]),
    ("Rusiya XİN başçısı gəlib.", [("Rusiya XİN", "ORG")], [("Rusiya XİN", "ORG")]),
    ("Görüşdə AYDIN çıxış edib.", [("AYDIN", "PERSON")], [("AYDIN", "PERSON")]),   # a person's name stays
    # region11: an all-capital common word typed PERSON is none, a gold name stays (above)
    ("MƏRKƏZ AÇIQ TENDERƏ DƏVƏT EDİR", [("TENDERƏ", "PERSON")], []),
    ("Mükafatı KAMRAN ƏLİYEV alıb.", [("KAMRAN ƏLİYEV", "PERSON")], [("KAMRAN ƏLİYEV", "PERSON")]),
    ("İclasda Xarici ölkələr müzakirə olunub.", [("Xarici", "ORG")], [("Xarici", "ORG")]),  # not all capitals
]


@pytest.mark.parametrize("text,ents,expected", CAPS + [
    ("DİQQƏT! Qeydiyyat sabah bitir.", [("DİQQƏT", "ORG")], "off"),              # the switch off: no change
])
def test_all_capital_headings(nlp, text, ents, expected):
    if expected == "off":
        assert ner_then_corrections(nlp, text, ents, caps_words=False) == ents
    else:
        assert ner_then_corrections(nlp, text, ents) == expected
