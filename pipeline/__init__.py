"""Azerbaijani news information extraction: a spaCy pipeline and the tools around it.

    import pipeline
    nlp = pipeline.load()
    doc = nlp("Qazaxıstan Prezidenti Kasım-Jomart Tokayev ...")
    record = pipeline.to_record(doc, id="x")
"""
from __future__ import annotations

import gc
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
from pipeline.names import corrections  # noqa: F401  (factory)
from pipeline.names import stanza_ner  # noqa: F401  (factory az_stanza_ner; Stanza imported only when used)
from pipeline import blas  # noqa: F401  (registers az_news.numpy_blas.v1)
from pipeline import greedy_ner  # noqa: F401  (factory az_ner: the ner, decoded in numpy)
from pipeline.memory import keep_freed_memory
from pipeline.record import to_record
from pipeline.identity import Linker
from pipeline.engines import annotate_dataset

__all__ = ["load", "blank", "model_path", "resolve_model", "to_record", "annotate_dataset", "Linker",
           "MODEL_DIR", "RULE_COMPONENTS", "NER_BACKENDS"]
__version__ = "0.1.0"

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "az_news_pipeline"
# Order matters: gazetteer places are preset before `ner`, which respects them, and quantities are
# blocked for it (pipeline/quantities/blocking.py); after it, the quantities come back, then the gazetteer's
# cue rules, the corrections by knowledge (pipeline/names/corrections.py), norms and links. Each
# factory declares what it requires and assigns, so that
# `nlp.analyze_pipes()` reports a component placed before the one it needs (tests/test_init.py).
BEFORE_NER = ("az_sentences", "az_money", "az_places", "az_block_quantities")
AFTER_NER = ("az_unblock_quantities", "az_gazetteer", "az_corrections", "az_norm", "az_link", "az_events")
RULE_COMPONENTS = BEFORE_NER + AFTER_NER
# the statistical ner: spaCy's (in the model), or the optional Stanza tagger in its place
# (pipeline/names/stanza_ner.py); $AZ_NEWS_NER is the default, so that worker processes inherit it
NER_BACKENDS = ("spacy", "stanza")


def blank() -> Language:
    """The pipeline without the statistical NER: tokenizer and every rule component."""
    nlp = spacy.blank("az", config={"nlp": {"tokenizer": {"@tokenizers": "az_news.tokenizer.v1"},
                                            "after_pipeline_creation": {"@callbacks": "az_news.numpy_blas.v1"}}})
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def installed_model(name: str = "az_news_pipeline") -> Path | None:
    """The pipeline directory of an installed spaCy model package `name` (`package`'s sdist, pip
    installed: NAME/NAME-VERSION/config.cfg), found without importing it; None when not installed."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for base in spec.submodule_search_locations:
        found = sorted(p for p in Path(base).glob(f"{name}-*") if (p / "config.cfg").exists())
        if found:
            return found[-1]
    return None


def model_path() -> Path | None:
    """$AZ_NEWS_MODEL, else the repository's models/ directory, else the installed model package
    (so that a pip-installed package runs its trained ner); None when there is none of them."""
    env = os.environ.get("AZ_NEWS_MODEL")
    if env:
        return Path(env)
    if (MODEL_DIR / "config.cfg").exists():
        return MODEL_DIR
    return installed_model()


def resolve_model(model: str | Path | None) -> Path | None:
    """The directory `load(model)` reads: a path, an installed package's name, or the default
    (None: rules only). Raises FileNotFoundError for a name that is neither."""
    if model is None or model == "":
        return model_path()
    path = Path(model)
    if path.exists():
        return path
    found = installed_model(str(model)) if str(model).isidentifier() else None
    if found is None:
        raise FileNotFoundError(f"{model}: no such pipeline directory or installed model package")
    return found


def ner_backend(ner: str | None = None) -> str:
    """`ner`, else $AZ_NEWS_NER, else "spacy"; ValueError for a name not in NER_BACKENDS."""
    name = ner or os.environ.get("AZ_NEWS_NER") or "spacy"
    if name not in NER_BACKENDS:
        raise ValueError(f"ner backend {name!r}: choose one of {', '.join(NER_BACKENDS)}")
    return name


def load(path: str | Path | None = None, ner: str | None = None, **kwargs) -> Language:
    """Load the trained pipeline from disk or an installed package (never from a hub); falls back
    to `blank()` with a warning when there is no trained model at all. `ner="stanza"` puts the
    Stanza tagger in the ner's place (the `stanza` extra; StanzaUnavailable when it cannot run)."""
    resolved = resolve_model(path)
    stanza = ner_backend(ner) == "stanza"
    keep_freed_memory()  # the ner's batch arrays reuse freed pages (pipeline/memory.py)
    if resolved is None:
        import warnings
        if not stanza:
            warnings.warn("no trained model in models/: running rules only (run `make train`)", stacklevel=2)
        nlp = blank()
    else:
        if stanza:  # spaCy's ner is not loaded at all
            kwargs["exclude"] = [*kwargs.get("exclude", []), "ner"]
        nlp = spacy.load(resolved, **kwargs)
    nlp = stanza_ner.install(nlp) if stanza else nlp
    # The loaded model is ~90k long-lived objects that every full garbage collection walked again:
    # 8% of a run's time went to collections (measured with gc.callbacks), 2% after freezing them.
    gc.freeze()
    return nlp
