"""money: the MONEY phrase table of tests/quantities/money_corpus.py, lists sharing one currency, what is no money.
analyse/unbracket/ents serve the other quantity tests too."""
from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.tokens import Doc

import pipeline
from tests.quantities.money_corpus import LISTS, MONEY, NOT_MONEY


@pytest.fixture(scope="module")
def nlp():
    return pipeline.blank()


def unbracket(phrase: str) -> tuple[str, list[tuple[int, int]]]:
    """Text without the brackets, and the (start, end) of every bracketed part."""
    text, spans, start = "", [], None
    for ch in phrase:
        if ch == "[":
            start = len(text)
        elif ch == "]":
            spans.append((start, len(text)))
        else:
            text += ch
    return text, spans


def analyse(nlp, text: str, pub_date: str | None = None) -> Doc:
    doc = nlp.make_doc(text)
    doc._.pub_date = pub_date
    return nlp.get_pipe("az_money")(doc)


def ents(doc: Doc, label: str) -> list:
    return [e for e in doc.ents if e.label_ == label]


def the_span(nlp, phrase: str, label: str):
    """The one `label` entity az_money finds in `phrase`, checked to be exactly the [bracketed] part."""
    text, [(start, end)] = unbracket(phrase)
    found = ents(analyse(nlp, text), label)
    assert [(e.start_char, e.end_char) for e in found] == [(start, end)], [e.text for e in found]
    return found[0]


MONEY_CASES = [(exp, form) for exp, forms in MONEY for form in forms]


def test_table_size() -> None:
    # issue 3: at least 100 distinct real-world money forms
    assert len({form for _, forms in MONEY for form in forms}) >= 100


@pytest.mark.parametrize("expected,phrase", MONEY_CASES, ids=[p for _, p in MONEY_CASES])
def test_money_table(nlp, expected: dict, phrase: str) -> None:
    e = the_span(nlp, phrase, "MONEY")
    got = {"amount": e._.amount, "currency": e._.currency, "qualifier": e._.qualifier, "min": e._.min, "max": e._.max}
    assert got == expected


@pytest.mark.parametrize("phrase,expected", LISTS, ids=[p for p, _ in LISTS])
def test_currency_named_once_for_a_list(nlp, phrase: str, expected: list[tuple[str, str]]) -> None:
    text, spans = unbracket(phrase)
    found = ents(analyse(nlp, text), "MONEY")
    assert [(e.start_char, e.end_char) for e in found] == spans
    assert [(e._.amount, e._.currency) for e in found] == [(Decimal(a), c) for a, c in expected]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(nlp, text: str) -> None:
    assert ents(analyse(nlp, text), "MONEY") == []
