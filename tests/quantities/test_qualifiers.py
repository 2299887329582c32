"""qualifiers: the case of a glued ending, and the qualifier from the words around an amount."""
from __future__ import annotations

import pytest

from pipeline.quantities.qualifiers import case_of, qualifier


@pytest.mark.parametrize("ending,case", [
    ("dan", "abl"), ("-dən", "abl"), ("a", "dat"), ("ına", "dat"), ("ı", "acc"), ("ları", "acc"),
    ("lı", None), ("dır", None), ("sı", None),    # adjective, copula, possessive: no accusative
    ("", None), ("lar", None),
])
def test_case_of(ending, case):
    assert case_of(ending) == case


def qualifier_of(phrase: str, ending: str = "", after_words: bool = True) -> str | None:
    """Qualifier of the [bracketed] amount in `phrase`; `ending` is its glued ending."""
    start, end = phrase.index("["), phrase.index("]") - 1
    return qualifier(phrase.replace("[", "").replace("]", ""), start, end, ending, after_words)


@pytest.mark.parametrize("phrase,ending,expected", [
    ("təxminən [5 milyon manat] ayrılıb", "", "approx"),
    ("[5 milyon manata] qədər", "a", "up_to"),
    ("[5 milyon manatdan] çox olmayan", "dan", "up_to"),
    ("[5 milyon manatdan] bir qədər çox", "dan", "more_than"),   # an intensifier between
    ("[5 milyon manat] ayrılıb", "", None),
])
def test_qualifier_from_the_words_around(phrase, ending, expected):
    assert qualifier_of(phrase, ending) == expected


def test_a_range_reads_only_the_words_before_it():
    assert qualifier_of("ən azı [39-40 faiz]", after_words=False) == "at_least"
    assert qualifier_of("[39-40 faizə] qədər", "ə", after_words=False) is None
