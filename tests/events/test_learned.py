"""The learned filter over the rules' events (pipeline/events/learned.py): fitting, the weights table,
features, and the component with and without it. Sentences written for these tests."""
from __future__ import annotations

from spacy.language import Language

from pipeline.events import learned
from pipeline.events.component import create_az_events, doc_events
from tests.test_events import make_doc

MEETING = ("Prezident İlham Əliyev Fransa səfirini qəbul edib.",
           [("Prezident", "TITLE", None), ("İlham Əliyev", "PERSON", None), ("Fransa", "COUNTRY", None)])
SIGNING = ("Azərbaycan və Gürcüstan Bakıda enerji sazişi imzalayıb.",
           [("Azərbaycan", "COUNTRY", None), ("Gürcüstan", "COUNTRY", None), ("Bakıda", "REGION", "Bakı")])


def test_fit_separates_what_the_labels_separate():
    rows = [["good", "x"]] * 20 + [["bad", "x"]] * 20
    model = learned.fit(rows, [1] * 20 + [0] * 20, l2=0.1, threshold=0.5)
    assert model.probability(["good", "x"]) > 0.8
    assert model.probability(["bad", "x"]) < 0.2
    assert 0.3 < model.probability(["unseen"]) < 0.7  # the bias alone: the classes are balanced


def test_weights_table_round_trip(tmp_path):
    model = learned.Filter({"type=MEET": -1.25, "ki": 0.5, "prev=“": 0.75}, 0.25, 0.4)
    path = tmp_path / "filter.tsv"
    path.write_text(model.table("first line\nsecond line"), encoding="utf-8")
    back = learned.read(path)
    assert back == model
    assert path.read_text(encoding="utf-8").startswith("# first line\n# second line\nfeature\tweight\n")


def test_features_name_type_roles_and_place(nlp):
    doc = make_doc(nlp, "Xəbər.\n\n" + SIGNING[0], SIGNING[1])
    events = doc_events(doc)
    assert [e["type"] for e in events] == ["AGREE"]
    row = learned.doc_features(doc, events)[0]
    assert {"type=AGREE", "sent=1|AGREE", "role=party|AGREE", "role=place|AGREE", "mod=actual|AGREE"} <= set(row)
    assert not any("\n" in f or "\t" in f for f in row)


def test_keep_drops_what_the_model_finds_unlikely(nlp):
    doc = make_doc(nlp, MEETING[0] + " " + SIGNING[0], MEETING[1] + SIGNING[1])
    events = doc_events(doc)
    assert [e["type"] for e in events] == ["MEET", "AGREE"]
    no_meetings = learned.Filter({"type=MEET": -5.0}, 1.0, 0.5)
    assert [e["type"] for e in learned.keep(doc, events, no_meetings)] == ["AGREE"]


def _component(nlp, use: bool):
    config = {k: v for k, v in Language.get_factory_meta("az_events").default_config.items()}
    return create_az_events(nlp, "az_events", **{**config, "learned": use})


def test_component_with_and_without_the_shipped_filter(nlp):
    doc = make_doc(nlp, MEETING[0] + " " + SIGNING[0], MEETING[1] + SIGNING[1])
    rules = _component(nlp, False)(doc)._.events
    assert rules == doc_events(doc)
    kept = _component(nlp, True)(doc)._.events
    # clear reports in the headline and lead are kept by the shipped weights
    assert [e["type"] for e in kept] == ["MEET", "AGREE"]


def test_shipped_filter_is_a_trained_table():
    model = learned.shipped()
    assert 0 < model.threshold < 1
    assert {"type=MEET", "type=AGREE", "type=FUND"} <= set(model.weights)
    assert all(isinstance(w, float) for w in model.weights.values())
