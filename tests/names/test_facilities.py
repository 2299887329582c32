"""az_corrections' facilities switch (pipeline/names/facilities.py): facilities are no organisations, with
phrases written for these tests (no shared text)."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections


@pytest.mark.parametrize("text,ents,expected", [
    # a quoted name before a facility noun, capitalised words between allowed
    ("Prezident “Günbatan” Külək Elektrik Stansiyasının açılışında olub.", [("Günbatan", "ORG")], []),
    ("Qonaqlar “Mavi Dalğa” hotelində qalıb.", [("Mavi Dalğa", "ORG")], []),
    ("Oyun “Yaşıl Təpə” stadionunda keçirilib.", [("Yaşıl Təpə", "PERSON")], []),
    # an ORG ending in a facility noun
    ("Matç “Dəniz Bank Arena”da keçirilib.", [("Dəniz Bank Arena", "ORG")], []),
    # a quoted company before its legal form or a body's noun stays; a name without quotes stays
    ("Stansiyanı “Günbatan” şirkəti tikib.", [("Günbatan", "ORG")], [("Günbatan", "ORG")]),
    ("Sonra Günbatan Enerji stansiyanı alıb.", [("Günbatan Enerji", "ORG")], [("Günbatan Enerji", "ORG")]),
    ("“Günbatan” ASC yeni stansiya tikəcək.", [("Günbatan", "ORG")], [("Günbatan", "ORG")]),
])
def test_a_facility_is_no_organisation(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


def test_the_switch_turns_the_rule_off(nlp):
    text = "Qonaqlar “Mavi Dalğa” hotelində qalıb."
    assert ner_then_corrections(nlp, text, [("Mavi Dalğa", "ORG")], facilities=False) == [("Mavi Dalğa", "ORG")]
