"""DATE spans and ISO values: the phrase table of tests/quantities/money_corpus.py and the corpus conventions."""
from __future__ import annotations

import pytest

import pipeline
from pipeline.quantities.dates import find_dates
from tests.quantities.money_corpus import DATES, NOT_DATES, DATE_SEQUENCES
from tests.quantities.test_money import analyse, ents, unbracket


@pytest.fixture(scope="module")
def nlp():
    return pipeline.blank()


DATE_CASES = [(pub, value, form) for pub, value, forms in DATES for form in forms]


@pytest.mark.parametrize("pub,value,phrase", DATE_CASES, ids=[f"{p}|{f}" for p, _, f in DATE_CASES])
def test_date_table(nlp, pub: str | None, value: str, phrase: str) -> None:
    text, [(start, end)] = unbracket(phrase)
    found = ents(analyse(nlp, text, pub), "DATE")
    assert [(e.start_char, e.end_char) for e in found] == [(start, end)], [e.text for e in found]
    assert found[0]._.value == value


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(nlp, text: str) -> None:
    assert ents(analyse(nlp, text, "2025-01-01"), "DATE") == []


@pytest.mark.parametrize("pub,phrase,values", DATE_SEQUENCES, ids=[p for _, p, _ in DATE_SEQUENCES])
def test_date_sequences(nlp, pub: str, phrase: str, values: list[str]) -> None:
    text, spans = unbracket(phrase)
    found = ents(analyse(nlp, text, pub), "DATE")
    assert [(e.start_char, e.end_char, e._.value) for e in found] == [(s, e, v) for (s, e), v in zip(spans, values)]


def test_listed_days_share_the_month() -> None:
    text = "oktyabrın 4-ü, 5-i və 17-də atəş açılıb"
    found = find_dates(text, "2025-09-27")
    assert [(text[q.start:q.end], q.value) for q in found] == [
        ("oktyabrın 4-ü", "2025-10-04"), ("5-i", "2025-10-05"), ("17-də", "2025-10-17")]
    assert [q.value for q in find_dates(text, None)] == ["--10-04", "--10-05", "--10-17"]


def test_previous_year_words_stay_inside_but_this_year_words_outside() -> None:
    # the annotated corpus keeps "ötən ilin" inside the span (11 of 14 times) and "bu ilin" outside (13 of 16)
    text = "ötən ilin iyulunda və bu ilin martında"
    assert [(text[q.start:q.end], q.value) for q in find_dates(text, "2025-04-23")] == [
        ("ötən ilin iyulunda", "2024-07"), ("martında", "2025-03")]


def test_cyrillic_schwa_lookalike(nlp) -> None:
    text = "2024-cü ild\u04d9 başlayıb"
    [e] = ents(analyse(nlp, text, "2025-01-01"), "DATE")
    assert (e.text, e._.value) == ("2024-cü ild\u04d9", "2024")


def test_record_value_is_iso_string(nlp) -> None:
    rec = pipeline.to_record(analyse(nlp, "Noyabrın 15-də", "2025-11-20"))
    assert rec["entities"] == [
        {"start": 0, "end": 14, "label": "DATE", "text": "Noyabrın 15-də", "value": "2025-11-15"}]


@pytest.mark.parametrize("cls, text, starts", [
    ("month", "Noyabrın 5-də və dekabrda", [0, 17]),
    ("month", "xnoyabr, Anoyabr", []),                 # inside a word: no month starts there
    ("month", "5noyabr _mart (may) «Aprel»", [1, 9, 15, 21]),  # after a digit, _ or punctuation
    ("month", "maymay xmaymart mart", [0, 16]),        # a rejected match hides no month
    ("previous", "ötən il, Keçən ay, köçən", [0, 9]),
    ("same", "həmin ilin, Həmin, eyniHəmin", [0, 12]),
])
def test_marker_starts(cls, text, starts):
    import re
    from pipeline.quantities.dates import date_words, marker_starts, months
    from pipeline.quantities.numbers import any_case_first
    assert marker_starts(cls, text) == starts
    words = list(months()) if cls == "month" else date_words()[cls]
    with_lookbehind = re.compile(r"(?<![^\W\d_])" + any_case_first(words))
    assert [m.start() for m in with_lookbehind.finditer(text)] == starts
