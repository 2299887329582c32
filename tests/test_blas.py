"""The models multiply through numpy's BLAS (pipeline/blas.py) and predict exactly what thinc's BLIS
predicts; the engines keep numpy's BLAS to one thread per process."""
from __future__ import annotations

import subprocess
import sys

import pytest
import spacy

import pipeline
from tests.conftest import ROOT, read_jsonl

pytestmark = pytest.mark.skipif(pipeline.model_path() is None, reason="no trained model in models/")


def _trained_layers(nlp):
    return [node for _, proc in nlp.pipeline if hasattr(getattr(proc, "model", None), "walk")
            for node in proc.model.walk()]


def test_every_layer_uses_numpy_blas(nlp):
    layers = _trained_layers(nlp)
    assert layers, "the shipped pipeline has a trained component"
    assert not [n.name for n in layers if n.ops.use_blis]


def test_config_carries_the_callback(nlp):
    assert nlp.config["nlp"]["after_pipeline_creation"] == {"@callbacks": "az_news.numpy_blas.v1"}
    assert pipeline.blank().config["nlp"]["after_pipeline_creation"] == {"@callbacks": "az_news.numpy_blas.v1"}


def test_same_predictions_as_blis(nlp, sample_record):
    blis = spacy.load(pipeline.model_path(), config={"nlp": {"after_pipeline_creation": None}})
    assert all(n.ops.use_blis for n in _trained_layers(blis))
    texts = [sample_record["text"]] + [r["text"] for r in read_jsonl(ROOT / "tests" / "fixtures" / "render_records.jsonl") if "text" in r]
    texts += ["Qazaxıstan Prezidenti Kasım-Jomart Tokayev Astanada Özbəkistan Prezidenti Şavkat Mirziyoyevi qəbul edib.",
              "Azərbaycan Respublikasının Prezidenti İlham Əliyev Bakıda ABŞ-ın dövlət katibi ilə görüşüb."]
    for text in texts:
        fast, slow = nlp(text), blis(text)
        assert [(e.start_char, e.end_char, e.label_) for e in fast.ents] == \
               [(e.start_char, e.end_char, e.label_) for e in slow.ents]
    assert any(nlp(t).ents for t in texts)


def test_engine_process_uses_one_blas_thread():
    code = ("from threadpoolctl import threadpool_info\n"
            "from pipeline.engines import get_nlp\n"
            "get_nlp(None)\n"
            "print(sorted({i['num_threads'] for i in threadpool_info() if i['user_api'] == 'blas'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         env={"OPENBLAS_NUM_THREADS": "2", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[1]"
