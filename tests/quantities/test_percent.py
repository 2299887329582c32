"""percent: the PERCENT phrase table of tests/quantities/money_corpus.py, and what is no percentage."""
from __future__ import annotations

import pytest

import pipeline
from tests.quantities.money_corpus import NOT_PERCENT, PERCENT
from tests.quantities.test_money import analyse, ents, the_span


@pytest.fixture(scope="module")
def nlp():
    return pipeline.blank()


PERCENT_CASES = [(exp, form) for exp, forms in PERCENT for form in forms]


@pytest.mark.parametrize("expected,phrase", PERCENT_CASES, ids=[p for _, p in PERCENT_CASES])
def test_percent_table(nlp, expected: dict, phrase: str) -> None:
    e = the_span(nlp, phrase, "PERCENT")
    assert {"value": e._.value, "qualifier": e._.qualifier, "min": e._.min, "max": e._.max} == expected


@pytest.mark.parametrize("text", NOT_PERCENT)
def test_not_percent(nlp, text: str) -> None:
    assert ents(analyse(nlp, text), "PERCENT") == []
