"""An acronym before a bare card or device noun is the product's label (pipeline/names/card_products.py).
Phrases written for these tests."""
from __future__ import annotations

import pytest

from tests.names.test_corrections import ner_then_corrections


@pytest.mark.parametrize("text,ents,expected", [
    # the bare noun or plural after the acronym, and the acronym's other mentions in the document
    ("Abunəçi 5 manatlıq QTK kart alır.", [("QTK", "ORG")], []),
    ("Satışda QTK kartlar var. QTK-nın qiyməti ucuzdur.", [("QTK", "ORG"), ("QTK-nın", "ORG")], []),
    ("Hər işçiyə BTX tokenlər verilib.", [("BTX", "ORG")], []),
    # the body's cards (a possessive), a name that is no acronym, another acronym: stay
    ("Müştərilər ABB kartları ilə ödəyir.", [("ABB", "ORG")], [("ABB", "ORG")]),
    ("Müştərilər Kapital kart ilə ödəyir.", [("Kapital", "ORG")], [("Kapital", "ORG")]),
    ("Satışda QTK kartlar var. ABB də satır.", [("QTK", "ORG"), ("ABB", "ORG")], [("ABB", "ORG")]),
])
def test_an_acronym_before_a_bare_card_noun_is_a_product(nlp, text, ents, expected):
    assert ner_then_corrections(nlp, text, ents) == expected


def test_the_rule_can_be_switched_off(nlp):
    text = "Abunəçi 5 manatlıq QTK kart alır."
    assert ner_then_corrections(nlp, text, [("QTK", "ORG")], card_products=False) == [("QTK", "ORG")]
