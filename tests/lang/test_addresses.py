"""lang/addresses: the character ranges of web and e-mail addresses, glued or not."""
from __future__ import annotations

import pytest

from pipeline.lang.addresses import address_ranges, inside

CASES = [
    # text, the addresses found
    ("Bax: https://e-gov.az/az/x%20y səhifəsi.", ["https://e-gov.az/az/x%20y"]),
    ("Yazın info@asan.gov.az ünvanına.", ["info@asan.gov.az"]),
    ("Sayt: www.nazirlik.az. Sonra", ["www.nazirlik.az."]),
    ("https://www.x.az/a%2Fb?y=5%25 və", ["https://www.x.az/a%2Fb?y=5%25"]),         # one range
    ("gəliblər.#Gəncəpic.twitter.com/Ab12Cd", ["pic.twitter.com/Ab12Cd"]),         # glued: the domain's letters
    ("Bakıdanhttps://t.co/Xy9", ["https://t.co/Xy9"]),
    ("ildə.pic.twitter.com/Ab", ["pic.twitter.com/Ab"]),                            # the full stop before it
    # no address
    ("@nazirlik yazıb, 2024/25 tədris ilində 5 faiz.", []),
    ("Nazirlik bildirib.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_address_ranges(text, expected):
    assert [text[a:b] for a, b in address_ranges(text)] == expected


def test_inside_means_wholly_inside():
    ranges = address_ranges("Azerbaijanhttps://t.co/Xy9")
    assert inside(ranges, 10, 15) and not inside(ranges, 0, 15)
