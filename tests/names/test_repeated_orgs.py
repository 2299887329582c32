"""az_corrections' org_repeats switch (pipeline/names/repeated_orgs.py): a body's name found once is an ORG at
its other lone mentions in the article, with phrases written for these tests (no shared text)."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections


@pytest.mark.parametrize("text,ents,expected", [
    # a headline the ner passed over, the head in another case
    ("Arıçılıq Fondu yeni layihə açır\n\nBu gün Arıçılıq Fondunun sədri layihəni təqdim edib.",
     [("Arıçılıq Fondunun", "ORG")], [("Arıçılıq Fondu", "ORG"), ("Arıçılıq Fondunun", "ORG")]),
    # a mention the ner cut: the piece gives way to the whole name
    ("Balıq Ovu üzrə İşçi Qrupu toplanıb. Bu gün Balıq Ovu üzrə İşçi Qrupunun üzvləri danışıb.",
     [("Balıq Ovu üzrə İşçi Qrupu", "ORG"), ("İşçi Qrupunun", "ORG")],
     [("Balıq Ovu üzrə İşçi Qrupu", "ORG"), ("Balıq Ovu üzrə İşçi Qrupunun", "ORG")]),
    # a sub-unit's name found after its parent body is its own name
    ("Maliyyə Nazirliyi Arıçılıq Fondu açılıb. Bu gün isə Arıçılıq Fondunun sədri danışıb. Arıçılıq Fondunda 10 "
     "işçi var.", [("Maliyyə Nazirliyi Arıçılıq Fondu", "ORG"), ("Arıçılıq Fondunun", "ORG")],
     [("Maliyyə Nazirliyi Arıçılıq Fondu", "ORG"), ("Arıçılıq Fondunun", "ORG"), ("Arıçılıq Fondunda", "ORG")]),
])
def test_other_mentions_of_a_body_are_orgs(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


@pytest.mark.parametrize("text,ents", [
    # the name goes on before or after the mention: a longer name, left alone
    ("Arıçılıq Fondu açılıb. Sonra Meşə və Arıçılıq Fondu da açılıb.", [("Arıçılıq Fondu", "ORG")]),
    ("Arıçılıq Fondu açılıb. Sonra Arıçılıq Fondu Şurası toplanıb.", [("Arıçılıq Fondu", "ORG")]),
    # the short back-reference to a longer name: the gold leaves it unlabelled
    ("Qaraçay Arıçılıq Fondu açılıb. Bu gün isə Arıçılıq Fondunun sədri danışıb. Arıçılıq Fondunda 10 işçi var.",
     [("Qaraçay Arıçılıq Fondu", "ORG"), ("Arıçılıq Fondunun", "ORG")]),
    # no body's head, or one word
    ("Yaşıl Vadi açılıb. Sonra Yaşıl Vadi bağlanıb.", [("Yaşıl Vadi", "ORG")]),
    # a plural is a kind of body
    ("Arıçılıq Fondu açılıb. Arıçılıq Fondları çoxdur.", [("Arıçılıq Fondu", "ORG")]),
])
def test_other_words_stay_as_they_are(nlp, text, ents):
    assert ner_then_corrections(nlp, text, ents) == ents


def test_the_switch_turns_the_rule_off(nlp):
    text = "Arıçılıq Fondu yeni layihə açır\n\nBu gün Arıçılıq Fondunun sədri layihəni təqdim edib."
    ents = [("Arıçılıq Fondunun", "ORG")]
    assert ner_then_corrections(nlp, text, ents, org_repeats=False) == ents
