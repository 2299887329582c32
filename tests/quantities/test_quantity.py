"""quantity: the non-overlap rule, the "from X to Y" join, marker windows and number ranges."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest
import regex

from pipeline.quantities.numbers import phrase_pattern
from pipeline.quantities.quantity import Quantity, join_pairs, non_overlapping, parse_tail, range_values, windows
from tests.quantities.money_corpus import Value, as_value, between


def q(start: int, end: int, label: str = "MONEY") -> Quantity:
    return Quantity(start, end, label)


def test_earliest_then_longest_wins():
    found = non_overlapping([q(5, 9), q(0, 4), q(0, 6), q(8, 12), q(12, 14)])
    assert [(x.start, x.end) for x in found] == [(0, 6), (8, 12), (12, 14)]


def test_join_pairs_merges_each_pair_the_rule_accepts():
    def join(a: Quantity, b: Quantity) -> Quantity | None:
        return Quantity(a.start, b.end, "DATE") if b.start - a.end == 1 else None
    found = join_pairs([q(0, 2), q(3, 5), q(6, 8), q(10, 12)], join)
    assert [(x.start, x.end) for x in found] == [(0, 8), (10, 12)]  # a merge joins the next one too


def test_windows_merge_around_markers():
    text = "x" * 300 + "$" + "y" * 10 + "$" + "z" * 300
    assert windows(text, re.compile(r"\$"), before=20, after=5) == [(280, 317)]


@pytest.mark.parametrize("text,shift,value", [("100 min", 0, 100000), ("2024 100 min", 5, 100000)])
def test_parse_tail_drops_leading_atoms_that_do_not_belong(text, shift, value):
    assert parse_tail(text) == (shift, Decimal(value))


RANGES = [("15-20 milyard", between(15e9, 20e9)), ("1,5 - 2 milyon", between(1.5e6, 2e6)),
          ("300 min", Value(exact=Decimal(300000)))]


@pytest.mark.parametrize("text,expected", RANGES, ids=[t for t, _ in RANGES])
def test_range_values_give_the_multiplier_to_both_ends(text, expected):
    num = phrase_pattern()
    m = regex.compile(rf"(?P<n1>{num})(?:\s*-\s*(?P<n2>{num}))?").fullmatch(text)
    _, amount, low, high = range_values(m)
    assert Value(exact=amount, min=low, max=high) == as_value(expected)
