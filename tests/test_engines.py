"""Engines: record assembly, long documents, failure isolation, pub_date, n_process, Dask, datasets.
Uses a tiny entity_ruler pipeline (tests/fixtures/tiny.py) so the expected spans are known by hand."""
from __future__ import annotations

import pytest
from spacy.language import Language

from tests.fixtures.tiny import build, save
from pipeline import engines
from pipeline.engines import annotate_items, annotate_records, split_text
from pipeline.errors import UsageError
from pipeline.parallel import run
from pipeline.io import Item


@pytest.fixture(scope="module")
def tiny_path(tmp_path_factory) -> str:
    return save(tmp_path_factory.mktemp("tiny") / "model")


@pytest.fixture(scope="module")
def tiny(tiny_path) -> Language:
    return engines.get_nlp(tiny_path)


def items_of(records: list) -> list[Item]:
    from pipeline.io import check_record
    return [check_record(n, r, "text") if isinstance(r, dict) else Item(n, None, "bad") for n, r in enumerate(records, 1)]


PHRASES = ["Bakıda Azərbaycan nümayəndələri Şərq Bank ilə görüşüb.",
           "Gəncədə Əli Əsədov çıxış edib.",
           "",
           "Heç bir ad yoxdur."]


def corpus(n: int) -> list:
    recs = [{"id": f"r{i}", "text": PHRASES[i % 4], "k": [i]} for i in range(n)]
    recs[5] = {"id": "r5", "body": "x"}
    recs[11] = ["not", "a", "dict"]
    return recs


def test_record_by_hand(tiny):
    [out] = annotate_items(tiny, items_of([{"id": "a", "text": PHRASES[0], "date": "2024-01-02", "x": {"y": 1}}]))
    assert out.error is None
    assert out.record == {
        "id": "a", "text": PHRASES[0], "date": "2024-01-02", "x": {"y": 1},
        "entities": [
            {"start": 0, "end": 6, "label": "REGION", "text": "Bakıda", "norm": "Bakıda"},
            {"start": 7, "end": 17, "label": "COUNTRY", "text": "Azərbaycan", "norm": "Azərbaycan", "id": None},
            {"start": 32, "end": 41, "label": "ORG", "text": "Şərq Bank", "norm": "Şərq Bank"},
        ],
        "leaders": []}


def test_order_errors_and_fields(tiny):
    recs = corpus(20)
    outs = list(annotate_items(tiny, items_of(recs), batch_size=3))
    assert [o.line for o in outs] == list(range(1, 21))
    assert [o.error is not None for o in outs] == [i in (5, 11) for i in range(20)]
    assert outs[5].record == {"line": 6, "error": "no 'text' field", "id": "r5"}
    for rec, out in zip(recs, outs):
        if isinstance(rec, dict) and "text" in rec:
            assert {k: out.record[k] for k in rec} == rec
            assert len(out.record["entities"]) == {0: 3, 1: 2, 2: 0, 3: 0}[PHRASES.index(rec["text"])]


def test_lone_surrogates_keep_the_record_and_offsets(tiny):
    text = "\ud800Bakı \udfff Gəncə \ud83d"
    [out] = annotate_items(tiny, items_of([{"text": text}]))
    assert out.error is None and out.record["text"] == text
    assert [(e["start"], e["end"], e["text"]) for e in out.record["entities"]] == [(1, 5, "Bakı"), (8, 13, "Gəncə")]


def test_field_named_doc_is_kept(tiny):
    [out] = annotate_items(tiny, items_of([{"doc": 1, "text": "Bakı"}]))
    assert out.record["doc"] == 1 and out.record["entities"][0]["text"] == "Bakı"


@pytest.mark.parametrize("text, limit, expected", [
    ("abc", 10, ["abc"]),
    ("aa bb cc dd", 6, ["aa bb ", "cc dd"]),
    ("p1 x\n\np2 y\n\np3", 7, ["p1 x\n\n", "p2 y\n\n", "p3"]),
    ("one\ntwo three", 9, ["one\n", "two three"]),
    ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),
])
def test_split_text(text, limit, expected):
    pieces = split_text(text, limit)
    assert [p for _, p in pieces] == expected
    assert all(text[o:o + len(p)] == p for o, p in pieces)


def test_long_document_is_chunked_with_exact_offsets(tiny):
    text = "Bakıda görüş keçirilib.\n\n" * 40 + "Sonda Gəncə."
    whole = next(annotate_items(tiny, items_of([{"text": text}])))
    chunked = next(annotate_items(tiny, items_of([{"text": text}]), chunk_chars=60))
    assert chunked.record["entities"] == whole.record["entities"]
    assert len(chunked.record["entities"]) == 41
    assert all(text[e["start"]:e["end"]] == e["text"] for e in chunked.record["entities"])


def test_longer_than_max_length_is_processed():
    nlp = build()
    nlp.max_length = 100
    text = "Bakı və Gəncə. " * 100  # 1500 characters
    out = next(annotate_items(nlp, items_of([{"text": text}])))
    assert out.error is None and len(out.record["entities"]) == 200


@Language.component("test_boom")
def _boom(doc):
    if "BOOM" in doc.text:
        raise RuntimeError("boom")
    return doc


@Language.component("test_date_probe")
def _date_probe(doc):
    doc._.leaders = [{"name": doc._.pub_date}]
    return doc


def test_failing_document_costs_only_its_record():
    nlp = build()
    nlp.add_pipe("test_boom")
    recs = [{"id": i, "text": t} for i, t in enumerate(["Bakı", "BOOM Bakı", "Gəncə", "Bakı"])]
    outs = list(annotate_items(nlp, items_of(recs), batch_size=10))
    assert [o.error is not None for o in outs] == [False, True, False, False]
    assert outs[1].record == {"line": 2, "id": 1, "error": "pipeline failed: RuntimeError: boom"}
    assert [len(o.record.get("entities", [])) for o in outs] == [1, 0, 1, 1]


def test_pub_date_is_set_before_components():
    nlp = build()
    nlp.add_pipe("test_date_probe")
    dates = ["2024-03-05", "2024-03-05T10:00:00+04:00", None, 20240305, "dünən"]
    recs = [{"text": "Bakı", "date": d} for d in dates] + [{"text": "Bakı"}]
    outs = annotate_records(recs, nlp=nlp)
    assert [o["leaders"][0]["name"] for o in outs] == ["2024-03-05", "2024-03-05", None, None, None, None]


def test_merge_leaders_shifts_mentions():
    merged = engines._merge_leaders([
        (0, [{"name": "A", "title": "T", "country": None, "org": None, "mentions": [[0, 1]]}]),
        (100, [{"name": "A", "title": "T", "country": None, "org": None, "mentions": [[5, 6]]},
               {"name": "B", "title": "T", "country": "AZ", "org": None, "mentions": [[1, 2]]}])])
    assert merged == [{"name": "A", "title": "T", "country": None, "org": None, "mentions": [[0, 1], [105, 106]]},
                      {"name": "B", "title": "T", "country": "AZ", "org": None, "mentions": [[101, 102]]}]


def test_n_process_identical_and_ordered(tiny, tiny_path):
    recs = corpus(60)
    single = [o.record for o in annotate_items(tiny, items_of(recs))]
    multi = [o.record for o in run(items_of(recs), model=tiny_path, n_process=2, partition_size=7)]
    assert multi == single


def test_dask_local_cluster_identical_and_model_loaded_once_per_worker(tiny, tiny_path):
    distributed = pytest.importorskip("distributed")
    recs = corpus(40)
    single = [o.record for o in annotate_items(tiny, items_of(recs))]
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        out = [o.record for o in run(items_of(recs), model=tiny_path, engine="dask",
                                     scheduler=cluster.scheduler_address, partition_size=5)]
        loads = client.run(engines.load_count)
    assert out == single
    assert len(loads) == 2 and all(n == 1 for n in loads.values())


def test_dask_missing_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "distributed", None)
    with pytest.raises(UsageError, match="pip install"):
        list(run(items_of([{"text": "x"}]), engine="dask"))


@pytest.mark.parametrize("num_proc", [None, 2])
def test_annotate_dataset(tiny, tiny_path, num_proc):
    datasets = pytest.importorskip("datasets")
    ds = datasets.Dataset.from_dict({"id": ["a", "b", "c"], "body": [PHRASES[0], None, PHRASES[1]]})
    kwargs = {"nlp": tiny} if num_proc is None else {"model": tiny_path}
    out = engines.annotate_dataset(ds, text_column="body", num_proc=num_proc, **kwargs)
    assert out["id"] == ["a", "b", "c"] and out["body"] == ds["body"]
    assert [[e["text"] for e in ents] for ents in out["entities"]] == [
        ["Bakıda", "Azərbaycan", "Şərq Bank"], [], ["Gəncədə", "Əli Əsədov"]]
    assert out["entities"][0][1]["id"] is None and out["entities"][0][0]["start"] == 0
    assert out["error"][0] is None and "not a string" in out["error"][1]
