"""A REGION of two words or more ending in a body's head is an ORG, a park excepted
(pipeline/names/region_bodies.py). Phrases written for these tests."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections


@pytest.mark.parametrize("text,ents,expected", [
    # a body's head ends it: the whole is the body's name
    ("Seminar Polşa-Azərbaycan Ticarət Palatasında keçirilib.", [("Polşa-Azərbaycan Ticarət Palatasında", "REGION")],
     [("Polşa-Azərbaycan Ticarət Palatasında", "ORG")]),
    ("İddia Qəbələ Rayon Məhkəməsində baxılıb.", [("Qəbələ Rayon Məhkəməsində", "REGION")],
     [("Qəbələ Rayon Məhkəməsində", "ORG")]),
    # a park is a place; one word, no head, a plural head: stay
    ("Turistlər Zəngilan Milli Parkına gəlib.", [("Zəngilan Milli Parkına", "REGION")],
     [("Zəngilan Milli Parkına", "REGION")]),
    ("Nümayəndələr Şəkidə görüşüb.", [("Şəkidə", "REGION")], [("Şəkidə", "REGION")]),
    ("Festival Yuxarı Qarabağda keçirilib.", [("Yuxarı Qarabağda", "REGION")], [("Yuxarı Qarabağda", "REGION")]),
    ("Sənəd Şimal Ticarət Palatalarına göndərilib.", [("Şimal Ticarət Palatalarına", "REGION")],
     [("Şimal Ticarət Palatalarına", "REGION")]),
])
def test_a_region_ending_in_a_body_head_is_an_org(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


def test_the_rule_can_be_switched_off(nlp):
    text = "İddia Qəbələ Rayon Məhkəməsində baxılıb."
    assert ner_then_corrections(nlp, text, [("Qəbələ Rayon Məhkəməsində", "REGION")], region_bodies=False) == \
        [("Qəbələ Rayon Məhkəməsində", "REGION")]
