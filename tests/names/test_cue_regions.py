"""cue_regions: a name before a generic place word in the possessive is a REGION."""
from __future__ import annotations

import pytest

import pipeline
from tests.names.test_components import ner_then_gazetteer


@pytest.fixture(scope="module")
def nlp():
    return pipeline.blank()


CUE_REGIONS = [
    # (text, NER entities, expected entities after az_gazetteer)
    ("Yarış Qəbələ rayonunda keçirilib.", [], [("Qəbələ", "REGION")]),
    ("Yarış Zorbalı rayonunda keçirilib.", [], [("Zorbalı", "REGION")]),   # no gazetteer name: the cue alone
    ("Pambıq Zorbalı və Qarqadan vilayətlərində yığılır.", [],
     [("Zorbalı", "REGION"), ("Qarqadan", "REGION")]),                      # coordinated before a plural
    ("Pambıq Zorbalı, Tirçay və Qarqadan rayonlarında yığılır.", [],
     [("Zorbalı", "REGION"), ("Tirçay", "REGION"), ("Qarqadan", "REGION")]),
    ("Gəmi Zorbalı dənizində üzür.", [("Zorbalı", "PERSON")], [("Zorbalı", "REGION")]),  # relabelled
    ("Gəmi Şimali Zorbalı körfəzinə çatıb.", [], [("Şimali Zorbalı", "REGION")]),       # two words
    ("Turistlər Əl-Zorbalı şəhərinə gəlib.", [], [("Əl-Zorbalı", "REGION")]),           # hyphenated whole
    ("Zorbalı kəndində məktəb açılıb.", [], []),            # sentence-initial: capitalised for its position
    ("Dünən Zorbalı kəndində məktəb açılıb.", [], [("Zorbalı", "REGION")]),
    ("Qazaxıstan şəhərlərində qar yağıb.", [("Qazaxıstan", "COUNTRY")], [("Qazaxıstan", "COUNTRY")]),
    ("Əhməd Zorbalı şəhərin mərkəzində yaşayır.", [("Əhməd Zorbalı", "PERSON")],
     [("Əhməd Zorbalı", "PERSON")]),                        # "şəhərin": no possessive, no cue
    ("Nazir Zorbalı bölgədə olub.", [("Zorbalı", "PERSON")], [("Zorbalı", "PERSON")]),  # bare locative
    ("Zorbalı Dövlət Universiteti şəhərciyi", [("Zorbalı Dövlət Universiteti", "ORG")],
     [("Zorbalı Dövlət Universiteti", "ORG")]),             # "şəhərcik" is no place word; an ORG stays
    ("Toplantı Zorbalı Bankı ərazisində olub.", [("Zorbalı Bankı", "ORG")], [("Zorbalı Bankı", "ORG")]),
    ("Gəmi Qara dənizdə üzür.", [("Qara dənizdə", "REGION")], [("Qara dənizdə", "REGION")]),  # cue inside
]


@pytest.mark.parametrize("text,ents,expected", CUE_REGIONS)
def test_cue_regions(nlp, text, ents, expected):
    got = ner_then_gazetteer(nlp, text, ents)
    assert [(t, label) for t, label, _ in got] == expected


def test_cue_rules_can_be_switched_off(nlp):
    text = "Qonaqlar “Zorbalı” Futbol Klubunun oyununa Tirçay rayonunda baxıb."
    got = ner_then_gazetteer(nlp, text, [], cues=False, quoted_orgs=False)
    assert got == []
