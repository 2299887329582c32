"""The packaged model carries the events configuration that `pipeline.load()` and `pipeline.blank()`
build: every setting of the az_events factory is written in models/az_news_pipeline/config.cfg with
the factory's default value (a setting missing there would silently take whatever default a later
version of the code has)."""
from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.util import load_config

import pipeline

CONFIG = pipeline.MODEL_DIR / "config.cfg"
pytestmark = pytest.mark.skipif(not CONFIG.exists(), reason="no shipped model in models/az_news_pipeline")


def test_config_file_lists_every_az_events_setting():
    written = dict(load_config(CONFIG, interpolate=False)["components"]["az_events"])
    defaults = dict(Language.get_factory_meta("az_events").default_config)
    assert set(written) - {"factory"} == set(defaults)
    assert {k: v for k, v in written.items() if k != "factory"} == defaults


def test_loaded_pipeline_has_the_blank_pipelines_events_config():
    assert pipeline.load().get_pipe_config("az_events") == pipeline.blank().get_pipe_config("az_events")
