"""The ner's numpy decoding (pipeline/greedy_ner.py) finds what spaCy's own greedy loop finds: the
shipped ner on phrases of our own, and ners with random weights (many entities, every move) over
preset places, blocked quantities, sentence starts and spaces."""
from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.pipeline import EntityRecognizer
from spacy.util import load_config

import pipeline
from pipeline import greedy_ner
from tests.conftest import ROOT

TEXTS = [
    "Azərbaycan Respublikasının Prezidenti İlham Əliyev Bakıda ABŞ-ın dövlət katibi ilə görüşüb.",
    "Qazaxıstan və Özbəkistan 1,2 milyard dollarlıq 7 layihəyə 2025-ci ilin martında başlayıb.",
    "Türkiyənin Xarici İşlər Naziri Hakan Fidan Ankarada “Caspian Riviera” layihəsini təqdim edib.\n\n"
    "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyinin məlumatına görə, inflyasiya 5,2 faiz olub.",
    "Bakı, 5 mart.  Dünya Bankının nümayəndəsi   Gürcüstanda olub. Xəzər dənizi sahilində görüş keçirilib.",
    "ASAN xidmət mərkəzləri 2024-cü ildə 8 milyon müraciət qəbul edib ; Naxçıvan Muxtar Respublikası",
    "",
    "   ",
    "Əliyev",
    "Bakı  Gəncə   Şəki    Quba  Lənkəran   Şamaxı  Xızı   Naxçıvan  Ordubad   Culfa  Şərur   Kəngərli",
    # many sentence starts: an entity may not run across one
    "Bakı Gəncə. Şəki Quba. Lənkəran Şamaxı. Əli Vəli. Nazir Rza. Bank Kapital. Səfir Orxan. Kənd Xızı.\n"
    "Məmməd Əmin\nRəsul Rza\nSəməd Vurğun\nHüseyn Cavid\nMirzə Fətəli\nNizami Gəncəvi\nFüzuli Məhəmməd",
]


def _prepare(nlp, texts):
    """Docs as the ner receives them: every component before it has run."""
    docs = [nlp.make_doc(t) for t in texts]
    for name in pipeline.BEFORE_NER:
        docs = [nlp.get_pipe(name)(d) for d in docs]
    return docs


def _decoded(ner, docs, numpy_decode: bool):
    out = [d.copy() for d in docs]
    cls = type(ner) if numpy_decode else EntityRecognizer
    for i in range(0, len(out), 3):
        batch = out[i:i + 3]
        cls.set_annotations(ner, batch, cls.predict(ner, batch))
    return [[(t.ent_iob, t.ent_type_) for t in d] for d in out]


def _random_ner(seed: int):
    """A pipeline with an untrained ner of config.cfg's shape whose weights are all random."""
    config = load_config(ROOT / "config.cfg", overrides={
        "paths.vectors": None, "components.ner.model.tok2vec.embed.include_static_vectors": False})
    nlp = spacy.util.load_model_from_config(config, auto_fill=True, validate=True)
    ner = nlp.get_pipe("ner")
    for label in ("ORG", "COUNTRY", "PERSON", "REGION", "TITLE"):
        ner.add_label(label)
    nlp.initialize()
    rng = numpy.random.default_rng(seed)
    for node in ner.model.walk():
        for name in node.param_names:
            if node.has_param(name):
                p = node.get_param(name)
                node.set_param(name, rng.normal(0, 1, p.shape).astype(p.dtype))
    for name in pipeline.BEFORE_NER:
        nlp.add_pipe(name, before="ner")
    return nlp


@pytest.mark.skipif(pipeline.model_path() is None, reason="no trained model in models/")
def test_shipped_ner_decodes_as_spacy(nlp):
    ner = nlp.get_pipe("ner")
    docs = _prepare(nlp, TEXTS)
    assert _decoded(ner, docs, True) == _decoded(ner, docs, False)
    assert any(iob == 3 for d in _decoded(ner, docs, True) for iob, _ in d)


@pytest.mark.skipif(pipeline.model_path() is None, reason="no trained model in models/")
def test_installed_on_the_shipped_ner(nlp):
    ner = nlp.get_pipe("ner")
    assert isinstance(ner, greedy_ner.GreedyEntityRecognizer)
    assert nlp.config["components"]["ner"]["factory"] == "az_ner"
    assert isinstance(ner.predict(_prepare(nlp, TEXTS[:2])), greedy_ner._Decoded)


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_random_weights_decode_as_spacy(seed):
    nlp = _random_ner(seed)
    ner = nlp.get_pipe("ner")
    assert isinstance(ner, greedy_ner.GreedyEntityRecognizer)
    docs = _prepare(nlp, TEXTS * 2)
    want = _decoded(ner, docs, False)
    got = _decoded(ner, docs, True)
    assert got == want
    # random weights make entities of every shape: multi-token ones and single ones, over presets
    tags = [iob for d in got for iob, _ in d]
    assert tags.count(1) > 5 and tags.count(3) > 5
    assert any(any(iob == 3 and label == "" for iob, label in d) for d in got), "a blocked quantity"


def test_beam_falls_back_to_spacy():
    nlp = _random_ner(0)
    ner = nlp.get_pipe("ner")
    ner.cfg["beam_width"] = 2
    docs = _prepare(nlp, TEXTS[:3])
    assert not greedy_ner.usable(ner)
    assert not isinstance(ner.predict(docs), greedy_ner._Decoded)
    assert _decoded(ner, docs, True) == _decoded(ner, docs, False)


def test_runs():
    mask = numpy.array([True, True, False, True, False, False, True])
    assert greedy_ner._runs(mask) == [(0, 2), (3, 4), (6, 7)]
    assert greedy_ner._runs(numpy.zeros(3, dtype=bool)) == []


def test_moves_are_built_once_and_again_after_a_new_label():
    nlp = _random_ner(0)
    ner = nlp.get_pipe("ner")
    docs = _prepare(nlp, TEXTS[:2])
    ner.predict(docs)
    first = ner._moves()
    ner.predict(docs)
    assert ner._moves() is first
    ner.add_label("MISC")
    again = ner._moves()
    assert again is not first and again.n == ner.moves.n_moves > first.n
