"""spans: the entity at a token, free tokens, token rows, replacing overlapped entities, comparing span lists."""
from __future__ import annotations

import pytest
from spacy.tokens import Span

import pipeline
from pipeline.names.spans import cap, ent_at, free, replace_ents, same_spans, token_rows


@pytest.fixture(scope="module")
def doc():
    nlp = pipeline.blank()
    doc = nlp.make_doc("Xarici İşlər Nazirliyi Bakıda bəyanat yayıb")
    doc.ents = [Span(doc, 0, 3, label="ORG"), Span(doc, 3, 4, label="REGION", kb_id="x")]
    return doc


def test_ent_at_and_free(doc):
    assert (ent_at(doc, 1).start, ent_at(doc, 1).end, ent_at(doc, 1).label_) == (0, 3, "ORG")
    assert ent_at(doc, 3).kb_id_ == "x"
    assert ent_at(doc, 4) is None
    assert free(doc, 4, 6) and not free(doc, 2, 5)


def test_token_rows_and_cap(doc):
    assert token_rows(doc)[2:5] == [("Nazirliyi", True, True), ("Bakıda", True, True), ("bəyanat", True, False)]
    assert cap(doc[3]) and not cap(doc[4])


def test_replace_ents_drops_what_the_new_spans_overlap(doc):
    new = [Span(doc, 2, 5, label="ORG")]
    assert [(e.start, e.end, e.label_) for e in replace_ents(doc, new)] == [(2, 5, "ORG")]
    assert [(e.start, e.end) for e in replace_ents(doc, [Span(doc, 5, 6, label="ORG")])] == [(0, 3), (3, 4), (5, 6)]


def test_same_spans(doc):
    a = [Span(doc, 0, 3, label="ORG"), Span(doc, 3, 4, label="REGION")]
    assert same_spans(a, [Span(doc, 0, 3, label="ORG"), Span(doc, 3, 4, label="REGION", kb_id="x")])  # kb ids aside
    assert same_spans([], [])
    assert not same_spans(a, a[:1])
    assert not same_spans(a, [Span(doc, 0, 3, label="ORG"), Span(doc, 3, 4, label="COUNTRY")])
    assert not same_spans(a, [Span(doc, 0, 2, label="ORG"), Span(doc, 3, 4, label="REGION")])
    assert not same_spans(a, a[::-1])
