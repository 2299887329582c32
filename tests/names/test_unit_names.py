"""az_corrections' unit_names switch (pipeline/names/unit_names.py), issue 11 class 9: a body's department,
section or directorate named right after the body in the genitive is an ORG. Phrases written for these tests."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections

UNITS = [
    # (text, ner entities, entities after az_corrections)
    # a unit the ner left untyped after its body
    ("Dünən Səhiyyə Nazirliyinin Kadr siyasəti şöbəsinin işçiləri gəlib.", [("Səhiyyə Nazirliyinin", "ORG")],
     [("Səhiyyə Nazirliyinin", "ORG"), ("Kadr siyasəti şöbəsinin", "ORG")]),
    ("Sənədi Gömrük Komitəsinin Elektron bəyannamə və statistika idarəsi hazırlayıb.",
     [("Gömrük Komitəsinin", "ORG")],
     [("Gömrük Komitəsinin", "ORG"), ("Elektron bəyannamə və statistika idarəsi", "ORG")]),   # joined by "və"
    ("Layihəni Fondun Maliyyə-təsərrüfat sektoru izləyir.", [],
     [("Maliyyə-təsərrüfat sektoru", "ORG")]),                                   # a lone head owns it
    ("Bu barədə ASB-nin Risklərin İdarə Edilməsi Departamentindən bildiriblər.", [("ASB-nin", "ORG")],
     [("ASB-nin", "ORG"), ("Risklərin İdarə Edilməsi Departamentindən", "ORG")]),  # an acronym's genitive
    # a TITLE run over the unit is cut to the title after its head
    ("Sonra Turizm Agentliyinin Marketinq şöbəsinin müdiri Kamal Rzayev danışıb.",
     [("Turizm Agentliyinin", "ORG"), ("Marketinq şöbəsinin müdiri", "TITLE"), ("Kamal Rzayev", "PERSON")],
     [("Turizm Agentliyinin", "ORG"), ("Marketinq şöbəsinin", "ORG"), ("müdiri", "TITLE"),
      ("Kamal Rzayev", "PERSON")]),
    # an ORG the ner cut inside the unit's name is widened to it
    ("Toplantıya Mərkəzin SMS Göndərişi sektorunun əməkdaşı qatılıb.", [("Göndərişi sektorunun", "ORG")],
     [("SMS Göndərişi sektorunun", "ORG")]),
    # an ORG the ner cut right before the head; a section of an international body
    ("Görüşdə BMT-nin Açıq Data bölməsinin rəhbəri danışıb.", [("BMT-nin", "ORG"), ("Açıq Data", "ORG")],
     [("BMT-nin", "ORG"), ("Açıq Data bölməsinin", "ORG")]),
    # left alone
    ("Layihə BMT-nin Vyanadakı bölməsində hazırlanıb.", [("BMT-nin", "ORG")], [("BMT-nin", "ORG")]),  # where
    ("Bu barədə Nəqliyyat Nazirliyinin Mətbuat xidməti idarəsindən bildirilib.", [("Nəqliyyat Nazirliyinin", "ORG")],
     [("Nəqliyyat Nazirliyinin", "ORG")]),                                       # a press office
    ("Bu barədə Palatanın Mətbuat və ictimaiyyətlə əlaqələr şöbəsindən bildirilib.", [],
     []),                                                                        # a press office
    ("Bankın Baş direktoru yanında hüquq şöbəsinin rəhbəri gəlib.", [],
     []),                                                                        # a title and "yanında" inside
    ("Nazirliyin şöbə müdiri çıxış edib.", [], []),                              # no unit's name
    ("Universitetin kimya şöbəsinin tələbələri qalib olub.", [], []),            # a lower-case kind, no name
    ("Dövlət sektorunda maaşlar artıb.", [], []),                                # no body before it
    ("Agentliyin Gəncə şöbəsinə müraciət edin.", [("Gəncə", "REGION")],
     [("Gəncə", "REGION")]),                                                     # a place's branch
    ("Portalın Elektron xidmətlər bölməsində yeni səhifə var.", [], []),         # a portal's section
]


@pytest.mark.parametrize("text,ents,expected", UNITS)
def test_unit_names(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


def test_switch_off(nlp):
    ents = [("Səhiyyə Nazirliyinin", "ORG")]
    assert ner_then_corrections(nlp, "Dünən Səhiyyə Nazirliyinin Kadr siyasəti şöbəsinin işçiləri gəlib.", ents,
                                unit_names=False) == ents
