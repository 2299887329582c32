"""benchmarks/cv_leaders.py: each missed or spurious (person, title) pair put in one class by its spans
(made-up offsets, no text)."""
from __future__ import annotations

from benchmarks.cv_leaders import context, missed_class, spurious_class


def span(start: int, end: int, label: str) -> dict:
    return {"start": start, "end": end, "label": label}


TITLE, PERSON = span(0, 9, "TITLE"), span(10, 20, "PERSON")


def test_a_missed_pair_is_classed_by_what_the_prediction_has_there():
    person = {**PERSON, "_surname": "kivi"}
    assert missed_class(TITLE, person, [PERSON], set()) == "title missed"
    assert missed_class(TITLE, person, [span(0, 9, "ORG"), PERSON], set()) == "title typed ORG"
    assert missed_class(TITLE, person, [span(4, 9, "TITLE"), PERSON], set()) == "title span"
    assert missed_class(TITLE, person, [TITLE, span(10, 15, "PERSON")], set()) == "person span"
    assert missed_class(TITLE, person, [TITLE, PERSON], {("kivi", "nazir")}) == "norm"
    assert missed_class(TITLE, person, [TITLE, PERSON], {("tamm", "nazir")}) == "link"


def test_a_spurious_pair_is_classed_by_what_the_gold_has_there():
    assert spurious_class(TITLE, PERSON, [PERSON], set(), "kivi") == "no gold title"
    assert spurious_class(TITLE, PERSON, [span(4, 9, "TITLE"), PERSON], set(), "kivi") == "title span"
    assert spurious_class(TITLE, PERSON, [TITLE], set(), "kivi") == "person span"
    assert spurious_class(TITLE, PERSON, [TITLE, PERSON], {("kivi", "səfir")}, "kivi") == "norm"
    assert spurious_class(TITLE, PERSON, [TITLE, PERSON], set(), "kivi") == "link"


def test_context_marks_both_spans():
    text = "Dünən nazir Arno Kivi gəlib."
    t, p = {"start": 6, "end": 11}, {"start": 12, "end": 21}
    assert context(text, t, p, width=6) == "Dünən [nazir] [Arno Kivi] gəlib"
