"""pipeline.quantities.numbers.parse: every spelling in the table, errors, and separator-style properties."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.quantities.numbers import parse
from tests.quantities.money_corpus import NOT_NUMBERS, NUMBERS

CASES = [(Decimal(value), form) for value, forms in NUMBERS for form in forms]


@pytest.mark.parametrize("value,form", CASES, ids=[f for _, f in CASES])
def test_parse_table(value: Decimal, form: str) -> None:
    assert parse(form) == value


def test_issue_example() -> None:
    assert parse("bir milyard iki yüz milyon") == 1200000000


def test_exact_decimal() -> None:
    # 1,349 × 10⁹ in binary floating point is 1348999999.9999998; Decimal keeps it exact
    assert parse("1,349 milyard") == Decimal("1349000000")
    assert parse("0,1 milyard") + parse("0,2 milyard") == parse("0,3 milyard")


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_not_numbers(text: str) -> None:
    with pytest.raises(ValueError):
        parse(text)


def group(digits: str, sep: str) -> str:
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return sep.join(parts)


STYLES = [  # (thousands separator, decimal mark) as news write them
    ("", ","), ("", "."), (".", ","), (" ", ","), ("\u00a0", ","), (",", "."), (" ", "."),
]


@settings(max_examples=300, deadline=None)
@given(whole=st.integers(min_value=0, max_value=10**12), cents=st.integers(min_value=0, max_value=99),
       places=st.sampled_from([0, 1, 2]), style=st.sampled_from(STYLES))
def test_separator_styles_round_trip(whole: int, cents: int, places: int, style: tuple[str, str]) -> None:
    thousands, mark = style
    frac = f"{cents:02d}"[:places]
    text = group(str(whole), thousands) + (mark + frac if places else "")
    expected = Decimal(f"{whole}.{frac}") if places else Decimal(whole)
    assert parse(text) == expected


@settings(max_examples=200, deadline=None)
@given(whole=st.integers(min_value=1, max_value=999), frac=st.integers(min_value=0, max_value=999),
       places=st.sampled_from([1, 2, 3]), mark=st.sampled_from([",", "."]),
       scale=st.sampled_from([("min", 10**3), ("milyon", 10**6), ("mln.", 10**6), ("milyard", 10**9),
                              ("mlrd.", 10**9), ("trilyon", 10**12)]))
def test_decimal_with_multiplier(whole: int, frac: int, places: int, mark: str, scale: tuple[str, int]) -> None:
    # with a multiplier after it, "43,003 milyard" is a decimal comma even with three digits
    digits = f"{frac:03d}"[:places]
    value = Decimal(f"{whole}.{digits}") * scale[1]
    assert parse(f"{whole}{mark}{digits} {scale[0]}") == value
