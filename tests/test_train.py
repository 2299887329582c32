"""pipeline/train.py: corpus conversion (JSONL and HF IOB2), strict scoring, a 1-epoch smoke training."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.tokens import DocBin

import pipeline
from pipeline import train as T
from pipeline.labels import NAME_LABELS

ROOT = Path(__file__).resolve().parent.parent


def ent(text: str, sub: str, label: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return {"start": start, "end": start + len(sub), "label": label, "text": sub}


# Phrases written for this test (not from any publisher).
T1 = "Gürcüstan Prezidenti Salome Zurabişvili Tbilisidə Dünya Bankının nümayəndələri ilə görüşüb."
T2 = "Baş nazir Əli Əsədov 5 faiz artımı Gəncədə elan edib."
T3 = "“Kapital Bank”ın rəhbəri Bakıya gəlib."
RECORDS = [
    {"id": "a", "text": T1, "entities": [
        ent(T1, "Gürcüstan", "COUNTRY"), ent(T1, "Prezidenti", "TITLE"),
        ent(T1, "Salome Zurabişvili", "PERSON"), ent(T1, "Tbilisidə", "REGION"),
        ent(T1, "Dünya Bankının", "ORG")]},
    {"id": "b", "text": T2, "entities": [
        ent(T2, "Baş nazir", "TITLE"), ent(T2, "Əli Əsədov", "PERSON"),
        ent(T2, "5 faiz", "PERCENT"), ent(T2, "Gəncədə", "REGION")]},
    {"id": "c", "text": T3, "entities": [
        ent(T3, "Kapital Bank", "ORG"), ent(T3, "Bakıya", "REGION"),
        # misaligned on purpose: ends inside the token "rəhbəri"
        ent(T3, "rəhbər", "TITLE"),
        # overlaps the ORG above
        ent(T3, "Bank", "ORG")]},
]


@pytest.fixture(scope="module")
def tok():
    return pipeline.blank()


def test_conversion_keeps_five_labels_and_counts_problems(tok):
    stats = T.ConversionStats()
    docs = [T.gold_doc(tok, r, stats) for r in RECORDS]
    got = [[(e.text, e.label_) for e in d.ents] for d in docs]
    assert got[0] == [("Gürcüstan", "COUNTRY"), ("Prezidenti", "TITLE"),
                      ("Salome Zurabişvili", "PERSON"), ("Tbilisidə", "REGION"), ("Dünya Bankının", "ORG")]
    assert got[1] == [("Baş nazir", "TITLE"), ("Əli Əsədov", "PERSON"), ("Gəncədə", "REGION")]
    # the quote and "ın" after it are separate tokens, so the ORG aligns exactly
    assert got[2] == [("Kapital Bank", "ORG"), ("rəhbəri", "TITLE"), ("Bakıya", "REGION")]
    assert stats.other_labels == {"PERCENT": 1}
    assert (stats.docs, stats.spans, stats.kept, stats.misaligned, stats.overlapping) == (3, 12, 11, 1, 1)


@pytest.mark.parametrize("tokens, tags, expected", [
    (["Bakı", "və", "Gəncə"], ["B-REGION", "O", "B-REGION"], [("Bakı", "REGION"), ("Gəncə", "REGION")]),
    (["Əli", "Əsədov", "danışıb"], ["B-PERSON", "I-PERSON", "O"], [("Əli Əsədov", "PERSON")]),
    (["Əli", "Vəli"], ["B-PERSON", "B-PERSON"], [("Əli", "PERSON"), ("Vəli", "PERSON")]),
    (["x", "Bakı"], ["O", "I-REGION"], [("Bakı", "REGION")]),  # lenient: I- opening a span
])
def test_iob_records(tokens, tags, expected):
    names = ["O", "B-PERSON", "I-PERSON", "B-REGION", "I-REGION"]
    (rec,) = T.iob_records([{"tokens": tokens, "ner_tags": [names.index(t) for t in tags]}], names)
    assert [(rec["text"][e["start"]:e["end"]], e["label"]) for e in rec["entities"]] == expected


def test_hf_dataset_from_disk(tmp_path):
    datasets = pytest.importorskip("datasets")
    names = ["O", "B-PERSON", "I-PERSON"]
    feats = datasets.Features({"tokens": datasets.Sequence(datasets.Value("string")),
                               "ner_tags": datasets.Sequence(datasets.ClassLabel(names=names))})
    ds = datasets.Dataset.from_dict({"tokens": [["Əli", "Əsədov", "gəlib"]], "ner_tags": [[1, 2, 0]]},
                                    features=feats)
    ds.save_to_disk(str(tmp_path / "hf"))
    (rec,) = T.read_training(tmp_path / "hf")
    assert rec["text"] == "Əli Əsədov gəlib"
    assert rec["entities"] == [{"start": 0, "end": 10, "label": "PERSON"}]


def test_convert_writes_docbin(tok, tmp_path):
    T.convert(tok, RECORDS, tmp_path / "x.spacy")
    docs = list(DocBin().from_disk(tmp_path / "x.spacy").get_docs(tok.vocab))
    assert [len(d.ents) for d in docs] == [5, 3, 3]


def test_strict_scores_counts_exact_matches_only(tok):
    doc = tok.make_doc(T2)
    i, j = T2.index("Əli Əsədov"), T2.index("Gəncədə")
    # right PERSON; the REGION's offsets with the wrong label
    doc.ents = [doc.char_span(i, i + 10, label="PERSON"), doc.char_span(j, j + 7, label="COUNTRY")]
    s = T.strict_scores([RECORDS[1]], [doc])
    assert s["PERSON"] == {"p": 1.0, "r": 1.0, "f": 1.0, "support": 1}
    assert s["REGION"]["r"] == 0.0 and s["COUNTRY"]["p"] == 0.0
    assert s["micro"]["p"] == 0.5 and s["micro"]["r"] == pytest.approx(1 / 3, abs=1e-4)


def test_missing_corpus_is_a_clear_error(tmp_path, capsys):
    import argparse
    args = argparse.Namespace(config=str(ROOT / "config.cfg"), output=str(tmp_path / "m"), gpu_id=-1,
                              train=str(tmp_path / "nope.jsonl"), dev=str(tmp_path / "nope.jsonl"))
    assert T.main(args) == 2
    assert "nope.jsonl not found" in capsys.readouterr().out


def test_smoke_training_one_epoch(tmp_path):
    """The real config, one short epoch on the hand-made corpus, then assembly and a save/load."""
    import argparse
    import spacy
    train, dev = tmp_path / "train.jsonl", tmp_path / "dev.jsonl"
    for p in (train, dev):
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    args = argparse.Namespace(
        config=str(ROOT / "config.cfg"), output=str(tmp_path / "model"), gpu_id=-1,
        train=str(train), dev=str(dev), workdir=str(tmp_path / "work"), no_teacher=True,
        overrides={"training.max_epochs": 1, "training.eval_frequency": 1, "paths.vectors": None,
                   "components.ner.model.tok2vec.embed.include_static_vectors": False})
    assert T.main(args) == 0
    assert not (tmp_path / "work" / "teacher").exists()
    nlp = spacy.load(tmp_path / "model")
    assert nlp.pipe_names.index("az_money") < nlp.pipe_names.index("ner") < nlp.pipe_names.index("az_gazetteer")
    assert set(nlp.get_pipe("ner").labels) == set(NAME_LABELS)
    assert nlp.pipe_names.index("az_block_quantities") == nlp.pipe_names.index("ner") - 1
    assert nlp.pipe_names.index("az_unblock_quantities") == nlp.pipe_names.index("ner") + 1
    meta = json.loads((tmp_path / "model" / "meta.json").read_text(encoding="utf-8"))
    assert set(meta["dev"]["model_only"]) == {*NAME_LABELS, "micro"}


def test_build_vectors_keyed_by_norm(tok, tmp_path):
    pytest.importorskip("gensim")
    import spacy
    texts = [r["text"] for r in RECORDS] * 20
    n = T.build_vectors(tok, texts, tmp_path / "vec", dim=8, min_count=1)
    vnlp = spacy.load(tmp_path / "vec")
    assert len(vnlp.vocab.vectors) == n > 10
    # rows are learnt on NORM; each surface form is a key to its NORM's row
    vec = vnlp.vocab.vectors
    for form, low in [("Bakıya", "bakıya"), ("Gürcüstan", "gürcüstan"), ("Əsədov", "əsədov")]:
        assert (vec[vnlp.vocab.strings[form]] == vec[vnlp.vocab.strings[low]]).all()
    assert vnlp.vocab.strings["Ankara"] not in vec


# Unannotated phrases written for this test, for the teacher to label.
RAW = ["Gürcüstan Prezidenti Salome Zurabişvili Bakıda görüşlər keçirib.",
       "Baş nazir Əli Əsədov Gəncədə Dünya Bankının nümayəndələri ilə görüşüb.",
       T1,  # the train text itself: left out of the silver (its gold is used)
       "   ", "Tbilisidə yeni layihə təqdim olunub."]


def test_silver_records_leave_out_dev_and_train_texts():
    dev = [{"text": "Azərbaycan Respublikasının Prezidenti İlham Əliyev bu gün Şuşada olub və orada yeni "
                    "məktəbin açılışında iştirak edib."}]
    raw = [{"id": "x", "text": "Dünən axşam Azərbaycan Respublikasının Prezidenti İlham Əliyev bu gün Şuşada olub "
                               "və orada yeni"},  # shares a 10-word sequence with dev
           {"id": "y", "text": T1}, {"id": "z", "text": RAW[1]}, {"id": "w", "text": 5}]
    out = T.silver_records(raw, dev, RECORDS)
    assert [r["id"] for r in out] == ["z"]


def test_smoke_training_with_teacher(tmp_path):
    """config [teacher]: a teacher is trained, labels the raw texts, and the ner learns gold + silver."""
    import argparse
    import spacy
    train, dev, raw = tmp_path / "train.jsonl", tmp_path / "dev.jsonl", tmp_path / "raw.jsonl"
    for p in (train, dev):
        p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    raw.write_text("".join(json.dumps({"id": f"r{i}", "text": t}, ensure_ascii=False) + "\n"
                           for i, t in enumerate(RAW)), encoding="utf-8")
    args = argparse.Namespace(
        config=str(ROOT / "config.cfg"), output=str(tmp_path / "model"), gpu_id=-1,
        train=str(train), dev=str(dev), workdir=str(tmp_path / "work"), raw=str(raw),
        overrides={"training.max_epochs": 1, "training.eval_frequency": 1, "paths.vectors": None,
                   "components.ner.model.tok2vec.embed.include_static_vectors": False})
    assert T.main(args) == 0
    work = tmp_path / "work"
    assert (work / "teacher" / "model-best").exists()
    silver = [json.loads(line) for line in (work / "silver.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in silver] == ["r0", "r1", "r4"]  # T1 is train gold; a blank text is skipped
    assert {p.name for p in (work / "train").glob("*.spacy")} == {"gold.spacy", "silver.spacy"}
    meta = json.loads((tmp_path / "model" / "meta.json").read_text(encoding="utf-8"))
    teacher = meta["training"]["teacher"]
    assert teacher["silver_docs"] == 3 and teacher["overrides"]["components.ner.model.tok2vec.encode.width"] == 96
    assert set(teacher["dev"]["pipeline"]) == {*NAME_LABELS, "micro"}
    width = lambda cfg: cfg["components"]["ner"]["model"]["tok2vec"]["encode"]["width"]  # noqa: E731
    assert width(spacy.load(tmp_path / "model").config) == 64
    assert width(spacy.util.load_config(work / "teacher" / "model-best" / "config.cfg")) == 96


def test_teacher_without_raw_news_is_a_clear_error(tmp_path, capsys):
    import argparse
    train = tmp_path / "train.jsonl"
    train.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    args = argparse.Namespace(config=str(ROOT / "config.cfg"), output=str(tmp_path / "m"), gpu_id=-1,
                              train=str(train), dev=str(train), raw=str(tmp_path / "absent.jsonl"))
    assert T.main(args) == 2
    assert "absent.jsonl is absent" in capsys.readouterr().out


def test_keep_needed_strings_keeps_predictions(tmp_path):
    import spacy
    from tests.conftest import ROOT as R, read_jsonl
    nlp = pipeline.load()
    if "ner" not in nlp.pipe_names:
        pytest.skip("no trained model in models/")
    texts = [read_jsonl(R / "corpus" / "sample.jsonl")[0]["text"], T1, T2, T3]
    before = [[(e.start_char, e.end_char, e.label_) for e in nlp(t).ents] for t in texts]
    nlp.vocab.strings.add("sözlükdə-olmayan-söz")  # a string no part of the pipeline needs
    assert T.keep_needed_strings(nlp) > 0
    nlp.to_disk(tmp_path / "pruned")
    pruned = spacy.load(tmp_path / "pruned")
    assert "sözlükdə-olmayan-söz" not in pruned.vocab.strings and "PERSON" in pruned.vocab.strings
    assert [[(e.start_char, e.end_char, e.label_) for e in pruned(t).ents] for t in texts] == before


def test_shipped_model_holds_only_needed_strings():
    if pipeline.model_path() is None:
        pytest.skip("no trained model in models/")
    assert T.keep_needed_strings(pipeline.load()) == 0
