"""Azerbaijani news information extraction: a spaCy pipeline and the tools around it.

    import pipeline
    nlp = pipeline.load()
    doc = nlp("Qazaxıstan Prezidenti Kasım-Jomart Tokayev ...")
    record = pipeline.to_record(doc, id="x")
"""
from __future__ import annotations

import os
from pathlib import Path

import spacy
from spacy.language import Language

from pipeline import extensions  # noqa: F401  (registers Doc/Span extensions)
from pipeline.lang import tokenizer  # noqa: F401  (registers az_news.tokenizer.v1)
from pipeline.lang import sentences  # noqa: F401  (factory)
from pipeline.quantities import component, blocking  # noqa: F401  (factories)
from pipeline.names import az_norm, components, linking  # noqa: F401  (factories)
from pipeline import events  # noqa: F401  (factory az_events)
from pipeline import blas  # noqa: F401  (registers az_news.numpy_blas.v1)
from pipeline.record import to_record
from pipeline.identity import Linker
from pipeline.engines import annotate_dataset

__all__ = ["load", "blank", "to_record", "annotate_dataset", "Linker", "MODEL_DIR", "RULE_COMPONENTS"]
__version__ = "0.1.0"

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "az_news_pipeline"
# Order matters: gazetteer places are preset before `ner`, which respects them, and quantities are
# blocked for it (pipeline/quantities/blocking.py); after it, the quantities come back, then the gazetteer's
# cue rules, norms and links. Each factory declares what it requires and assigns, so that
# `nlp.analyze_pipes()` reports a component placed before the one it needs (tests/test_init.py).
BEFORE_NER = ("az_sentences", "az_money", "az_places", "az_block_quantities")
AFTER_NER = ("az_unblock_quantities", "az_gazetteer", "az_norm", "az_link", "az_events")
RULE_COMPONENTS = BEFORE_NER + AFTER_NER


def blank() -> Language:
    """The pipeline without the statistical NER: tokenizer and every rule component."""
    nlp = spacy.blank("az", config={"nlp": {"tokenizer": {"@tokenizers": "az_news.tokenizer.v1"},
                                            "after_pipeline_creation": {"@callbacks": "az_news.numpy_blas.v1"}}})
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def model_path() -> Path | None:
    """$AZ_NEWS_MODEL, else the repository's models/ directory; None when neither exists."""
    env = os.environ.get("AZ_NEWS_MODEL")
    if env:
        return Path(env)
    return MODEL_DIR if (MODEL_DIR / "config.cfg").exists() else None


def load(path: str | Path | None = None, **kwargs) -> Language:
    """Load the trained pipeline from disk (never from a hub); falls back to `blank()` with a warning."""
    path = Path(path) if path else model_path()
    if path is None:
        import warnings
        warnings.warn("no trained model in models/: running rules only (run `make train`)", stacklevel=2)
        return blank()
    return spacy.load(path, **kwargs)
