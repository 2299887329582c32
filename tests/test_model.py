"""The shipped model in models/az_news_pipeline: loads offline, component order, obvious entities, dev F1."""
from __future__ import annotations

import json
import time

import pytest
import spacy

import pipeline
from pipeline import train as T
from pipeline.io import read_jsonl
from pipeline.labels import NAME_LABELS

MODEL = pipeline.MODEL_DIR
pytestmark = pytest.mark.skipif(not (MODEL / "config.cfg").exists(),
                                reason="no shipped model in models/az_news_pipeline (run `make train`)")
# Five-label strict micro-F1 of the shipped ner on dev, measured at training time (models/README.md),
# minus a margin for run-to-run noise in other components' presets.
DEV_F1_FLOOR = 0.86  # measured 0.8817 (models/README.md)


@pytest.fixture(scope="module")
def model():
    return spacy.load(MODEL)


@pytest.fixture(scope="module")
def ner_only():
    """The shipped pipeline without the gazetteer and the components after ner: the model's own figure."""
    return spacy.load(MODEL, exclude=["az_places", *pipeline.AFTER_NER])


def test_pipe_order(model):
    names = model.pipe_names
    assert names[:5] == ["az_sentences", "az_money", "az_places", "az_block_quantities", "ner"]
    assert names[5:] == ["az_unblock_quantities", "az_gazetteer", "az_corrections", "az_norm", "az_link", "az_events"]
    assert set(model.get_pipe("ner").labels) == set(NAME_LABELS)


def test_the_shipped_tokenizer_is_the_codes(model):
    # the model stores its tokenizer's patterns, which replace the code's on load: a rule added to
    # pipeline/lang/tokenizer.py reaches `pipeline.load()` only when the model's tokenizer is saved again
    # (`make train` saves the code's; see pipeline/lang/tokenizer.py)
    fresh = pipeline.blank().tokenizer
    for attr in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match"):
        assert getattr(model.tokenizer, attr).__self__.pattern == getattr(fresh, attr).__self__.pattern, attr
    assert model.tokenizer.rules == fresh.rules


def test_load_is_fast_and_offline():
    t0 = time.perf_counter()
    nlp = pipeline.load(MODEL)
    assert time.perf_counter() - t0 < 5.0
    assert "ner" in nlp.pipe_names


def test_meta_has_dev_figures():
    meta = json.loads((MODEL / "meta.json").read_text(encoding="utf-8"))
    micro = meta["dev"]["model_only"]["micro"]["f"]
    assert DEV_F1_FLOOR < micro <= 1.0


# Phrases written for this test; each expected span follows ANNOTATION.md.
CASES = [
    ("Qazaxıstan Prezidenti Kasım-Jomart Tokayev Daşkənddə Özbəkistan Prezidenti Şavkat Mirziyoyev ilə görüşüb.",
     [("Qazaxıstan", "COUNTRY"), ("Prezidenti", "TITLE"), ("Kasım-Jomart Tokayev", "PERSON"),
      ("Daşkənddə", "REGION"), ("Özbəkistan", "COUNTRY"), ("Prezidenti", "TITLE"),
      ("Şavkat Mirziyoyev", "PERSON")]),
    ("Azərbaycan Prezidenti İlham Əliyev Rusiyaya səfər edəcək.",
     [("Azərbaycan", "COUNTRY"), ("Prezidenti", "TITLE"), ("İlham Əliyev", "PERSON"), ("Rusiyaya", "COUNTRY")]),
    ("Türkiyə Mərkəzi Bankı faiz dərəcəsini dəyişməyib.", [("Türkiyə Mərkəzi Bankı", "ORG")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_obvious_entities(ner_only, text, expected):
    doc = ner_only(text)
    got = [(e.text, e.label_) for e in doc.ents if e.label_ in NAME_LABELS]
    missing = [e for e in expected if e not in got]
    assert not missing, f"missing {missing}; got {got}"


def test_dev_f1(ner_only, shared):
    records = read_jsonl(shared / "corpus" / "dev.jsonl")
    scores = T.evaluate(ner_only, records)
    assert scores["micro"]["f"] >= DEV_F1_FLOOR, scores
