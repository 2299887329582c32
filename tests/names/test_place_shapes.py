"""Shapes no place takes (pipeline/names/place_shapes.py, read by the stray_names switch): a REGION opened by a
lower-case letter, a demonym typed REGION/COUNTRY. Phrases written for these tests."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections


@pytest.mark.parametrize("text,ents,expected", [
    # a lower-case opening
    ("Sənədlər bu.gün qəbul edilir.", [("bu.gün", "REGION")], []),
    ("Şirkətlər, məsələn eKassa, burada işləyir.", [("eKassa", "REGION")], []),
    ("Xəbəri mil.az saytı yayıb.", [("mil.az", "REGION")], []),
    # an Arabic article glued to the name stays
    ("Hücum əl-Haskə şəhəri yaxınlığında olub.", [("əl-Haskə", "REGION")], [("əl-Haskə", "REGION")]),
    # a demonym, any case
    ("Tədbirə Kanadalı mütəxəssis qatılıb.", [("Kanadalı", "REGION")], []),
    ("Mükafat Yaponiyalıya verilib.", [("Yaponiyalıya", "COUNTRY")], []),
    ("Seminarı Estoniyalılar aparıb.", [("Estoniyalılar", "REGION")], []),
    # a place ending like one stays: a known place, a place that is no country's name
    ("Səfər Xocalı rayonunda olub.", [("Xocalı", "REGION")], [("Xocalı", "REGION")]),
    ("Sakinlər Ağdamlı kəndinə köçüb.", [("Ağdamlı", "REGION")], [("Ağdamlı", "REGION")]),
    ("Görüş Norveçdə keçirilib.", [("Norveçdə", "COUNTRY")], [("Norveçdə", "COUNTRY")]),
])
def test_no_place_shapes(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


def test_the_switch_keeps_them(nlp):
    ents = [("Kanadalı", "REGION")]
    assert ner_then_corrections(nlp, "Tədbirə Kanadalı mütəxəssis qatılıb.", ents, stray_names=False) == ents
