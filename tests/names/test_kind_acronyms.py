"""kind_acronyms: an acronym spelt out in lower-case words, or written in the plural, is a kind of thing
(issue 11 egov7); phrases written for these tests."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections

KINDS = [
    # (text, ner entities, entities after az_corrections)
    ("Kənddə rəqəmsal telefon stansiyası (RTS) quruldu. RTS-də işlər bitib.",
     [("RTS", "ORG"), ("RTS-də", "ORG")], []),                                       # spelt before, all mentions
    ("Hər məktəbdə RTS (rəqəmsal telefon stansiyası) var.", [("RTS", "ORG")], []),     # spelt after
    ("Yeni qovşaqlar və elektron ödəniş terminalları (EÖT) quraşdırılıb.", [("EÖT", "ORG")], []),  # "və" skipped
    ("Şəhərdə on iki RTS-lər fəaliyyət göstərir.", [("RTS-lər", "ORG")], []),            # a plural suffix
    ("QHT sədri danışdı. Bütün QHT-lərin nümayəndələri gəldi.",
     [("QHT", "ORG"), ("QHT-lərin", "ORG")], []),
    ("Poçtun RTS-lərində yaradılan məntəqələr açıldı.", [("RTS-lərində yaradılan", "ORG")], []),  # run on
    # bodies stay
    ("Məlumat Hesablama Mərkəzi (MHM) yaradılıb. MHM-də işlər bitib.",
     [("Məlumat Hesablama Mərkəzi", "ORG"), ("MHM", "ORG"), ("MHM-də", "ORG")],
     [("Məlumat Hesablama Mərkəzi", "ORG"), ("MHM", "ORG"), ("MHM-də", "ORG")]),      # capitals: a body's name
    ("Sənədi RTS-də imzaladılar.", [("RTS-də", "ORG")], [("RTS-də", "ORG")]),          # a case, no plural
    ("Hesabat (bax: RTS) dərc olunub.", [("RTS", "ORG")], [("RTS", "ORG")]),           # no spelling
    ("Kənddə telefon stansiyası (RTS) quruldu.", [("RTS", "ORG")], [("RTS", "ORG")]),  # initials do not match
    ("Bütün RTS-lər bağlıdır.", [("RTS-lər", "PERSON")], [("RTS-lər", "PERSON")]),    # not an ORG
]


@pytest.mark.parametrize("text,ents,expected", KINDS)
def test_kind_acronyms(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("text,ents", [(text, ents) for text, ents, expected in KINDS if not expected])
def test_each_kind_stays_with_the_switch_off(nlp, text, ents):
    assert ner_then_corrections(nlp, text, ents, kind_acronyms=False) == ents
