"""az_corrections, issue 11 class 10: bank names split or mistyped by the ner (pipeline/names/bank_names.py).
Phrases written for these tests."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections

BANKS = [
    # (text, ner entities, entities after az_corrections)
    ("Müştərilər Bank KVR-in filialına gəlib.", [("Bank", "REGION"), ("KVR-in", "ORG")],
     [("Bank KVR-in", "ORG")]),                                                   # "Bank X" with its suffix
    ("Bank KVR ePul sisteminə qoşulub.", [("Bank KVR ePul", "ORG")], [("Bank KVR", "ORG")]),  # not the next word
    ("Bu gündən Bank Marağa da qoşulub.", [("Bank Marağa", "PERSON")], [("Bank Marağa", "ORG")]),
    ("Müştəri Bank of Gəncə filialına gəlib.", [("Bank", "REGION")], [("Bank of Gəncə", "ORG")]),
    ("Sonra “Qala Bank Gürcüstan” ASC-dən nümayəndə gəlib.", [("Gürcüstan", "COUNTRY")],
     [("Qala Bank Gürcüstan", "ORG")]),                                           # quoted: words after it too
    ("Siyahıda Nova Bank ASC, Dağ Yolu Bank var.", [("Nova", "PERSON"), ("Bank ASC", "REGION"), ("Dağ Yolu", "PERSON")],
     [("Nova Bank", "ORG"), ("Dağ Yolu Bank", "ORG")]),                           # the legal form stays out
    ("Bu barədə “Ay-Ulduz Bank”ın sədri danışıb.", [("Ay", "REGION")], [("Ay-Ulduz Bank", "ORG")]),
    ("Bu gündən Bank KVR (Gürcüstan) də qoşulub.", [("Bank KVR", "ORG"), ("Gürcüstan", "COUNTRY")],
     [("Bank KVR (Gürcüstan)", "ORG")]),                                          # the bracketed country (egov8)
    ("Bu gündən Bank KVR (Gəncə filialı) də qoşulub.", [("Bank KVR", "ORG"), ("Gəncə", "REGION")],
     [("Bank KVR", "ORG"), ("Gəncə", "REGION")]),                                 # a branch is no legal name
    # the noun alone is no name, also before a bracketed country (no brand: no legal name)
    ("Bu gündən Bank (Gürcüstan) də qoşulub.", [("Bank", "REGION"), ("Gürcüstan", "COUNTRY")],
     [("Gürcüstan", "COUNTRY")]),
    ("Hər Bank (Gürcüstan) ödəniş edir.", [("Bank", "ORG")], []),
    ("Bank xidmətləri genişlənir. Bankın ünvanı dəyişib.", [("Bankın", "REGION")], []),
    ("Rekvizitlər Bank: “Poçt” MMC.", [("Bank", "REGION"), ("Poçt", "ORG")], [("Poçt", "ORG")]),
    # names stay
    ("Bank Sertifikat Xidmətləri Mərkəzi açılıb.", [("Bank Sertifikat Xidmətləri Mərkəzi", "ORG")],
     [("Bank Sertifikat Xidmətləri Mərkəzi", "ORG")]),                            # a longer ORG holds it
    ("Mərkəzi Bank bəyanat yayıb.", [("Mərkəzi Bank", "ORG")], [("Mərkəzi Bank", "ORG")]),
    ("Portalın “Təklif Bank” bölməsi yenilənib.", [], []),                         # the ner saw no name: none made
    ("Yeni qayda\n\nBank kartları ilə ödəniş artıb.", [], []),
    ("Mərkəzi Bank Sədri çıxış edib.", [("Mərkəzi Bank", "ORG")], [("Mərkəzi Bank", "ORG")]),  # no title word
    # org5: over free tokens, a one-word brand glued to "bank" (a case form too) ...
    ("Siyahıda “Qalabank” ASC və Dağbank var.", [], [("Qalabank", "ORG"), ("Dağbank", "ORG")]),
    ("Sonra Qalabankın müştəriləri gəlib.", [], [("Qalabankın", "ORG")]),
    ("Kreditləri KVRBank verir.", [], [("KVRBank", "ORG")]),
    # ... and "Bank X" before a legal form or quoted in a list
    ("Kreditləri “Bank Marağa” ASC verir.", [], [("Bank Marağa", "ORG")]),
    ("Siyahıda “Bank of Gəncə”, “Qalabank” var.", [], [("Bank of Gəncə", "ORG"), ("Qalabank", "ORG")]),
    # not an app named so, a stadium, a bank's name with nothing that says it is a company's, a plural
    ("“Qalabank” mobil tətbiqi yenilənib.", [], []),
    ("Oyun “Bank Marağa Arena”da keçiriləcək.", [], []),
    ("Bank Marağa filialı açılıb.", [], []),
    ("Banklar və bankomatlar işləyir.", [], []),
]


@pytest.mark.parametrize("text,ents,expected", BANKS + [
    ("Müştərilər Bank KVR-in filialına gəlib.", [("Bank", "REGION"), ("KVR-in", "ORG")], "off"),
])
def test_bank_names(nlp, text, ents, expected):
    if expected == "off":
        # common_forms off too: a lone "Bank" typed REGION is a common word to it as well
        assert ner_then_corrections(nlp, text, ents, bank_names=False, common_forms=False) == ents
    else:
        assert ner_then_corrections(nlp, text, ents) == expected
