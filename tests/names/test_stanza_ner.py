"""The optional Stanza ner backend (pipeline/names/stanza_ner.py): BIOES decoding, the component on a
fake tagger (no torch needed) respecting preset places and blocked quantities, `--ner stanza` from the
command line, the one-line error without the extra or the model, and a smoke test of the real model
that skips when Stanza or the model files are absent."""
from __future__ import annotations

import importlib.util
import json
import os

import pytest

import pipeline
from pipeline import cli
from pipeline.names import stanza_ner

TEXT = "Əli Həsənov Bakıda 100 manat pul verib. Fransa Prezidenti Makron gəlib."
# what the fake tagger says of each word; the rest is O
FAKE = {"Əli": "B-PERSON", "Həsənov": "E-PERSON", "Bakıda": "S-ORG", "100": "B-PERSON",
        "manat": "E-PERSON", "Makron": "S-PERSON"}


class FakeTagger:
    """Tags words by the FAKE table and records the sentences it was given."""

    def __init__(self):
        self.calls: list[list[list[str]]] = []

    def __call__(self, sentences: list[list[str]]) -> list[list[str]]:
        self.calls.append(sentences)
        return [[FAKE.get(w, "O") for w in s] for s in sentences]


@pytest.fixture
def fake(monkeypatch) -> FakeTagger:
    tagger = FakeTagger()
    # setenv records the variable, so that it is restored after the test whatever `--ner` set
    # (delenv of an absent variable records nothing)
    monkeypatch.setenv("AZ_NEWS_NER", "spacy")
    monkeypatch.setattr(stanza_ner, "load_tagger", lambda model_dir=None: tagger)
    monkeypatch.setattr(stanza_ner, "check_available", lambda model_dir=None: None)
    return tagger


@pytest.mark.parametrize("tags, spans", [
    (["B-PERSON", "E-PERSON", "O", "S-ORG"], [(0, 2, "PERSON"), (3, 4, "ORG")]),
    (["B-ORG", "I-ORG", "I-ORG", "E-ORG"], [(0, 4, "ORG")]),
    (["I-REGION", "E-REGION", "O"], [(0, 2, "REGION")]),           # no B: starts at the I
    (["B-PERSON", "I-PERSON"], [(0, 2, "PERSON")]),                # no E: ends with the sentence
    (["B-PERSON", "B-ORG", "E-ORG"], [(0, 1, "PERSON"), (1, 3, "ORG")]),
    (["B-PERSON", "E-TITLE"], [(0, 1, "PERSON"), (1, 2, "TITLE")]),  # label change cuts the span
    (["O", "O"], []),
])
def test_bioes_spans(tags, spans):
    assert stanza_ner.bioes_spans(tags) == spans


def test_component_respects_preset_places_and_blocked_quantities(fake):
    nlp = pipeline.load(ner="stanza")
    assert "az_stanza_ner" in nlp.pipe_names and "ner" not in nlp.pipe_names
    names = nlp.pipe_names
    assert names.index("az_block_quantities") < names.index("az_stanza_ner") < names.index("az_unblock_quantities")
    ents = {(e.text, e.label_) for e in nlp(TEXT).ents}
    assert ("Əli Həsənov", "PERSON") in ents and ("Makron", "PERSON") in ents
    assert ("Bakıda", "REGION") in ents            # az_places' place, not the tagger's ORG
    assert ("100 manat", "MONEY") in ents          # blocked for the tagger, back after it
    assert not {t for t, lab in ents if lab == "ORG"}
    # the tagger saw az_sentences' two sentences, without whitespace tokens
    assert fake.calls[-1] == [TEXT.split(".")[0].split() + ["."], TEXT.split(". ")[1][:-1].split() + ["."]]


def test_component_pipe_tags_a_batch_in_one_call(fake):
    nlp = pipeline.load(ner="stanza")
    nlp.get_pipe("az_stanza_ner").batch_size = 8
    docs = list(nlp.pipe([TEXT, "Makron gəlib.", ""]))
    assert len(fake.calls) == 1 and len(fake.calls[0]) == 3
    assert [(e.text, e.label_) for e in docs[1].ents] == [("Makron", "PERSON")]
    assert list(docs[2].ents) == []


def test_load_ner_default_is_spacy(monkeypatch):
    monkeypatch.setenv("AZ_NEWS_NER", "spacy")  # recorded, then removed: restored after the test
    monkeypatch.delenv("AZ_NEWS_NER")
    assert pipeline.ner_backend() == "spacy"
    monkeypatch.setenv("AZ_NEWS_NER", "stanza")
    assert pipeline.ner_backend() == "stanza" and pipeline.ner_backend("spacy") == "spacy"
    with pytest.raises(ValueError, match="flair"):
        pipeline.ner_backend("flair")


def test_cli_annotate_ner_stanza(fake, tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text(json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    assert cli.main(["annotate", str(src), "-o", str(out), "--ner", "stanza", "-q"]) == 0
    rec = json.loads(out.read_text(encoding="utf-8"))
    found = {(e["text"], e["label"]) for e in rec["entities"]}
    assert ("Əli Həsənov", "PERSON") in found and ("100 manat", "MONEY") in found


def test_resume_fingerprint_names_the_backend(monkeypatch):
    from pipeline import fingerprint

    monkeypatch.setenv("AZ_NEWS_NER", "spacy")
    assert fingerprint.ner_model_id(None) == fingerprint.model_id(None)
    monkeypatch.setenv("AZ_NEWS_NER", "stanza")
    assert fingerprint.ner_model_id(None).startswith(fingerprint.model_id(None) + "; ner: stanza")


def run_cli_error(tmp_path, capsys) -> list[str]:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    status = cli.main(["annotate", str(src), "-o", str(tmp_path / "out.jsonl"), "--ner", "stanza"])
    assert status == 2
    assert not (tmp_path / "out.jsonl").exists()
    return capsys.readouterr().err.strip().splitlines()


def test_missing_extra_is_one_line_exit_2(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("AZ_NEWS_NER", "spacy")  # restored after the test, whatever `--ner` set
    for name in (stanza_ner.MODEL_FILE, stanza_ner.VECTORS_FILE):
        (tmp_path / name).write_bytes(b"not a model")
    monkeypatch.setattr(stanza_ner, "MODEL_DIR", tmp_path)
    monkeypatch.setitem(__import__("sys").modules, "stanza", None)  # `import stanza` fails
    err = run_cli_error(tmp_path, capsys)
    assert os.environ["AZ_NEWS_NER"] == "stanza"  # set by --ner for worker processes; restored after
    assert len(err) == 1 and "Traceback" not in err[0]
    assert "needs Stanza and torch" in err[0] and 'pip install -e ".[stanza]"' in err[0]


def test_missing_model_file_is_one_line_exit_2(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("AZ_NEWS_NER", "spacy")  # restored after the test, whatever `--ner` set
    monkeypatch.setattr(stanza_ner, "MODEL_DIR", tmp_path / "nowhere")
    err = run_cli_error(tmp_path, capsys)
    assert len(err) == 1 and "Traceback" not in err[0]
    assert "model file" in err[0] and stanza_ner.MODEL_FILE in err[0]


def test_library_load_raises_stanza_unavailable(monkeypatch, tmp_path):
    monkeypatch.setattr(stanza_ner, "MODEL_DIR", tmp_path / "nowhere")
    with pytest.raises(stanza_ner.StanzaUnavailable, match="is missing"):
        pipeline.load(ner="stanza")


REAL = importlib.util.find_spec("stanza") is not None and importlib.util.find_spec("torch") is not None
HAS_MODEL = all((stanza_ner.MODEL_DIR / f).is_file() for f in (stanza_ner.MODEL_FILE, stanza_ner.VECTORS_FILE))


@pytest.mark.skipif(not REAL, reason="the stanza extra (stanza, torch) is not installed: pip install -e \".[stanza]\"")
@pytest.mark.skipif(not HAS_MODEL, reason="models/stanza/ holds no trained Stanza model")
def test_real_model_smoke(monkeypatch):
    monkeypatch.setenv("AZ_NEWS_NER", "spacy")  # restored after the test, whatever `--ner` set
    nlp = pipeline.load(ner="stanza")
    doc = nlp("Azərbaycan Prezidenti İlham Əliyev Fransa Prezidenti Emmanuel Makron ilə görüşüb.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("İlham Əliyev", "PERSON") in ents and ("Emmanuel Makron", "PERSON") in ents
