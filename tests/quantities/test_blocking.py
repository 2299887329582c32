"""pipeline/quantities/blocking.py: az_money's quantities are blocked for the ner and come back after it."""
from __future__ import annotations

from decimal import Decimal

import pytest
from spacy.tokens import Span

import pipeline
from pipeline.quantities.blocking import SPANS_KEY, block, unblock

TEXT = "Azərbaycan 2024-cü ildə Türkiyəyə 1,5 milyard ABŞ dolları dəyərində məhsul ixrac edib, bu 12 faiz çoxdur."


@pytest.fixture(scope="module")
def rules():
    return pipeline.blank()


def _before_block(nlp, text):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "az_block_quantities":
            return doc
        doc = proc(doc)
    raise AssertionError("no az_block_quantities in the pipeline")


def test_block_sets_quantities_aside_and_blocks_their_tokens(rules):
    doc = _before_block(rules, TEXT)
    quantities = [(e.start, e.end, e.label_) for e in doc.ents if e.label_ in ("MONEY", "PERCENT", "DATE")]
    places = [(e.start, e.end, e.label_) for e in doc.ents if e.label_ == "COUNTRY"]
    assert {q[2] for q in quantities} == {"MONEY", "PERCENT", "DATE"} and len(places) == 2
    block(doc)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == places
    assert [(s.start, s.end, s.label_) for s in doc.spans[SPANS_KEY]] == quantities
    for start, end, _ in quantities:
        assert all(t.ent_iob_ == "B" and t.ent_type_ == "" for t in doc[start:end])  # spaCy's "blocked"
    unblock(doc)
    assert sorted((e.start, e.end, e.label_) for e in doc.ents) == sorted(quantities + places)
    assert SPANS_KEY not in doc.spans
    money = next(e for e in doc.ents if e.label_ == "MONEY")
    assert (money._.amount, money._.currency) == (Decimal("1500000000"), "USD")


def test_nothing_to_block_changes_nothing(rules):
    doc = _before_block(rules, "Prezident Bakıda çıxış edib.")
    before = [(t.ent_iob_, t.ent_type_) for t in doc]
    assert block(doc) is doc and unblock(doc) is doc
    assert [(t.ent_iob_, t.ent_type_) for t in doc] == before and SPANS_KEY not in doc.spans


def test_ner_never_labels_a_blocked_token(rules):
    doc = _before_block(rules, TEXT)
    block(doc)
    money = next(s for s in doc.spans[SPANS_KEY] if s.label_ == "MONEY")
    doc.set_ents([Span(doc, money.start, money.end, label="ORG")], default="unmodified")  # a bad ner
    unblock(doc)
    assert [(e.start, e.end, e.label_) for e in doc.ents if e.start == money.start] == \
           [(money.start, money.end, "MONEY")]


@pytest.mark.skipif(pipeline.model_path() is None, reason="no trained model in models/")
def test_quantities_do_not_grow_the_ner(nlp):
    ner = nlp.get_pipe("ner")
    moves = ner.moves.n_moves
    doc = nlp(TEXT)
    assert ner.moves.n_moves == moves
    assert {"MONEY", "PERCENT", "DATE"} <= {e.label_ for e in doc.ents}
    assert not set(ner.labels) & {"MONEY", "PERCENT", "DATE"}
    assert SPANS_KEY not in doc.spans
