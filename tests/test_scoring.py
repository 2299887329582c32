"""The scoring pieces: the four schemes against nervaluate itself, the bootstrap, the error kinds and
confusion table, (person, title) pairs and Cohen's kappa; every expected figure by hand or from the
reference implementation, never from the code under test."""
from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.scoring import bootstrap, errors, leaders, schemes
from pipeline.scoring.kappa import cohen_kappa, kappas, token_labels

nervaluate = pytest.importorskip("nervaluate", reason="nervaluate is in the dev extra: pip install -e '.[dev]'")

LABELS = ["PER", "ORG", "LOC"]


# ------------------------------------------------------------------------------ schemes vs nervaluate
def reference(gold_docs: list[list[tuple]], pred_docs: list[list[tuple]]) -> dict:
    """nervaluate's results on the same spans (its ends are inclusive: end - 1)."""
    def dicts(docs):
        return [[{"label": lab, "start": s, "end": e - 1} for s, e, lab in doc] for doc in docs]
    return nervaluate.Evaluator(dicts(gold_docs), dicts(pred_docs), tags=LABELS, loader="dict").evaluate()


def ours(gold_docs, pred_docs) -> tuple[dict, dict]:
    per_doc = [schemes.doc_scheme_counts(g, p, LABELS) for g, p in zip(gold_docs, pred_docs)]
    return schemes.summarize(per_doc, LABELS)


def assert_same(gold_docs, pred_docs) -> None:
    ref = reference(gold_docs, pred_docs)
    overall, by_label = ours(gold_docs, pred_docs)
    fields = ("correct", "incorrect", "partial", "missed", "spurious", "possible", "actual")
    for name in schemes.SCHEMES:
        r = ref["overall"][name]
        assert {f: overall[name][f] for f in fields} == {f: getattr(r, f) for f in fields}, name
        assert (overall[name]["precision"], overall[name]["recall"], overall[name]["f1"]) == \
            pytest.approx((r.precision, r.recall, r.f1))
    for label, by_scheme in ref["entities"].items():
        for name, r in by_scheme.items():
            assert {f: by_label[label][name][f] for f in fields} == {f: getattr(r, f) for f in fields}, (label, name)
            assert by_label[label][name]["f1"] == pytest.approx(r.f1)


# Hand-made documents that exercise every category: exact, wrong label, shorter/longer span,
# overlap with another label, two predictions on one gold span, touching spans, nothing at all.
CASES = {
    "exact": ([(0, 5, "PER")], [(0, 5, "PER")]),
    "wrong label": ([(0, 5, "PER")], [(0, 5, "ORG")]),
    "shorter span": ([(0, 10, "ORG")], [(0, 6, "ORG")]),
    "longer, other label": ([(3, 8, "LOC")], [(0, 12, "ORG")]),
    "two on one": ([(0, 10, "ORG")], [(0, 4, "ORG"), (5, 10, "ORG")]),
    "touching is no overlap": ([(0, 4, "PER")], [(4, 8, "PER")]),
    "missed and spurious": ([(0, 4, "PER"), (10, 14, "LOC")], [(20, 24, "ORG")]),
    "empty": ([], []),
    "closest boundaries win": ([(0, 10, "ORG"), (12, 20, "ORG")], [(0, 18, "ORG")]),
}


@pytest.mark.parametrize("case", CASES)
def test_schemes_equal_nervaluate_on_hand_cases(case):
    gold, pred = CASES[case]
    assert_same([gold], [pred])


def test_all_hand_cases_as_one_corpus():
    assert_same([g for g, _ in CASES.values()], [p for _, p in CASES.values()])


def test_scheme_counts_by_hand():
    # gold ORG 0-10; pred ORG 0-6 (partial), pred LOC 20-24 (spurious); gold PER 30-35 predicted ORG
    overall, _ = ours([[(0, 10, "ORG"), (30, 35, "PER")]], [[(0, 6, "ORG"), (20, 24, "LOC"), (30, 35, "ORG")]])
    assert overall["strict"]["correct"] == 0 and overall["strict"]["incorrect"] == 2
    assert overall["exact"]["correct"] == 1 and overall["exact"]["incorrect"] == 1
    assert overall["partial"]["partial"] == 1 and overall["partial"]["precision"] == pytest.approx(1.5 / 3)
    assert overall["ent_type"]["correct"] == 1 and overall["ent_type"]["incorrect"] == 1
    assert all(overall[s]["spurious"] == 1 and overall[s]["missed"] == 0 for s in schemes.SCHEMES)


span = st.tuples(st.integers(0, 40), st.integers(1, 8), st.sampled_from(LABELS)).map(
    lambda t: (t[0], t[0] + t[1], t[2]))
doc = st.lists(span, max_size=6).map(lambda xs: sorted(set(xs)))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(doc, doc), min_size=1, max_size=4))
def test_schemes_equal_nervaluate_on_random_spans(docs):
    assert_same([g for g, _ in docs], [p for _, p in docs])


def test_long_span_needs_one_percent_overlap():
    # nervaluate's min_overlap_percentage (1% of the gold span): 1 character of 150 is not enough
    assert_same([[(0, 150, "ORG")]], [[(149, 160, "ORG")]])
    assert ours([[(0, 150, "ORG")]], [[(149, 160, "ORG")]])[0]["partial"]["spurious"] == 1


# ------------------------------------------------------------------------------ error kinds, confusion
def ent(start, end, label, **values):
    return {"start": start, "end": end, "label": label, **values}


def test_error_kinds_by_hand():
    gold = {"entities": [ent(0, 5, "PERSON", norm="Əli"), ent(6, 10, "TITLE", norm="nazir"),
                         ent(11, 20, "ORG", norm="Bank"), ent(21, 25, "COUNTRY", norm="Çin", id="CN"),
                         ent(30, 35, "REGION", norm="Bakı"), ent(40, 44, "DATE", value="2024")]}
    pred = {"entities": [ent(0, 5, "PERSON", norm="Əli"), ent(6, 10, "ORG", norm="nazir"),
                         ent(11, 17, "ORG", norm="Ban"), ent(21, 25, "COUNTRY", norm="Çin", id="TW"),
                         ent(29, 36, "ORG"), ent(50, 54, "DATE", value="2025")]}
    al = errors.align(gold, pred, ["PERSON", "TITLE", "ORG", "COUNTRY", "REGION", "DATE"])
    kinds = [(a.kind, (a.gold or {}).get("start"), (a.pred or {}).get("start")) for a in al]
    assert kinds == [("correct", 0, 0), ("wrong_label", 6, 6), ("wrong_span", 11, 11), ("wrong_value", 21, 21),
                     ("wrong_label_span", 30, 29), ("missed", 40, None), ("spurious", None, 50)]
    assert [a.fields for a in al if a.kind == "wrong_value"] == [("country_id",)]
    recs = errors.error_records("d1", al)
    assert len(recs) == 6 and recs[0] == {"id": "d1", "kind": "wrong_label", "gold": gold["entities"][1],
                                          "pred": pred["entities"][1]}
    table = errors.confusion(al)
    assert table == {"PERSON": {"PERSON": 1}, "TITLE": {"ORG": 1}, "ORG": {"ORG": 1}, "COUNTRY": {"COUNTRY": 1},
                     "REGION": {"ORG": 1}, "DATE": {"missed": 1}, "spurious": {"DATE": 1}}
    text = errors.format_confusion(table, ["ORG", "DATE"])
    assert text.splitlines()[1].split() == ["ORG", "1", "0", "0"]
    assert text.splitlines()[-1].split() == ["spurious", "0", "1"]


def test_wrong_value_for_money_parts():
    g = ent(0, 9, "MONEY", amount=5, currency="AZN")
    al = errors.align({"entities": [g]}, {"entities": [{**g, "currency": "USD"}]}, ["MONEY"])
    assert [(a.kind, a.fields) for a in al] == [("wrong_value", ("money",))]


# ------------------------------------------------------------------------------ bootstrap
def docs_array(rows: list[tuple[int, int, int, int]]) -> np.ndarray:
    return np.array([[r] for r in rows], dtype=np.int64)


def test_f1_from_counts_by_hand():
    assert bootstrap.f1(np.array([3, 4, 3, 6])) == pytest.approx(2 * 0.75 * 0.5 / 1.25)
    assert np.isnan(bootstrap.f1(np.array([0, 0, 0, 0])))
    assert bootstrap.f1(np.array([0, 2, 0, 0])) == 0


def test_interval_is_seeded_and_contains_the_estimate():
    rng = np.random.default_rng(5)
    rows = []
    for _ in range(40):
        gold = int(rng.integers(1, 10))
        tp = int(rng.integers(0, gold + 1))
        pred = tp + int(rng.integers(0, 4))
        rows.append((tp, pred, tp, gold))
    arr = docs_array(rows)
    point = bootstrap.f1(arr.sum(axis=0))[0]
    a, b = bootstrap.intervals(arr, 1000, seed=3), bootstrap.intervals(arr, 1000, seed=3)
    assert a == b
    assert a[0][0] < point < a[0][1]
    assert bootstrap.intervals(arr, 1000, seed=4) != a


def test_interval_of_a_perfect_and_an_absent_row():
    arr = np.array([[[2, 2, 2, 2], [0, 0, 0, 0]]] * 5, dtype=np.int64)
    assert bootstrap.intervals(arr, 200) == [[1.0, 1.0], None]


def test_weights_draw_every_document_count_once_per_resample():
    w = bootstrap.weights(7, 50, seed=1)
    assert w.shape == (50, 7) and (w.sum(axis=1) == 7).all()


def test_paired_comparison():
    a = docs_array([(1, 2, 1, 2)] * 30)   # F1 0.5 in every document
    b = docs_array([(2, 2, 2, 2)] * 30)   # F1 1.0
    out = bootstrap.paired(a, b, 300)[0]
    assert out["diff"] == pytest.approx(0.5) and out["ci95"] == pytest.approx([0.5, 0.5]) and out["b_better"] == 1
    same = bootstrap.paired(a, a, 300)[0]
    assert same["diff"] == 0 and same["b_better"] == 0


# ------------------------------------------------------------------------------ leaders
# Sentences written for this test.
TEXT = "Ölkənin Prezidenti Əli Məmmədov dünən Gəncədə idi. Nazir. Vəli Həsənov isə müavin Həsənov ilə danışdı."


def at(word: str, label: str, **values) -> dict:
    start = TEXT.index(word)
    return ent(start, start + len(word), label, text=word, **values)


def test_pairs_from_entities_by_hand():
    rec = {"text": TEXT, "entities": [
        at("Prezidenti", "TITLE", norm="Prezident"), at("Əli Məmmədov", "PERSON", norm="Əli Məmmədov"),
        at("Nazir", "TITLE", norm="Nazir"),  # a sentence end before the next person: no pair
        at("Vəli Həsənov", "PERSON", norm="Vəli Həsənov"), at("müavin", "TITLE", norm="müavin"),
        at("Həsənov ilə", "PERSON", norm="Həsənov", ref="Vəli Həsənov")]}
    assert leaders.entity_pairs(rec) == {("məmmədov", "prezident"), ("həsənov", "müavin")}


def test_pair_counts_use_predicted_leaders():
    gold = {"text": TEXT, "entities": [at("Prezidenti", "TITLE", norm="Prezident"),
                                       at("Əli Məmmədov", "PERSON", ref="Əli Məmmədov")]}
    pred = {"leaders": [{"name": "Əli Məmmədov", "title": "prezident"}, {"name": "X Y", "title": "nazir"}]}
    assert leaders.doc_counts(gold, pred) == Counter(tp_p=1, pred=2, tp_g=1, gold=1)


# ------------------------------------------------------------------------------ kappa
def test_kappa_by_hand():
    a = ["O", "O", "PER", "PER", "O", "ORG"]
    b = ["O", "PER", "PER", "PER", "O", "O"]
    # p_o = 4/6; p_e = (3*3 + 2*3 + 1*0) / 36 = 15/36
    assert cohen_kappa(a, b) == pytest.approx((4 / 6 - 15 / 36) / (1 - 15 / 36))
    assert cohen_kappa(["O"] * 3, ["O"] * 3) is None
    k = kappas(a, b)
    assert (k["tokens"], k["labelled_tokens"]) == (6, 4)
    # labelled tokens: (O,PER) (PER,PER) (PER,PER) (ORG,O): p_o 2/4, p_e (2*3 + 1*1 + 1*0)/16
    assert k["kappa_labelled"] == pytest.approx((0.5 - 7 / 16) / (1 - 7 / 16))


def test_token_labels_take_the_majority_of_characters():
    text = "Bakıda və Gəncədə"
    offsets = [(0, 6), (7, 9), (10, 17)]
    assert token_labels(text, [ent(0, 4, "REGION"), ent(10, 16, "ORG")], offsets) == ["REGION", "O", "ORG"]
    assert token_labels(text, [ent(0, 4, "REGION")], offsets, labels=["ORG"]) == ["O", "O", "O"]


def test_entity_pair_spans_give_each_pair_with_its_title_and_person():
    from pipeline.scoring.leaders import entity_pair_spans
    text = "Nazir Arno Kivi və səfir Mart Tamm gəlib."
    def ent(s: str, label: str) -> dict:
        return {"start": text.index(s), "end": text.index(s) + len(s), "label": label, "text": s}
    rec = {"text": text, "entities": [ent("Nazir", "TITLE"), ent("Arno Kivi", "PERSON"), ent("səfir", "TITLE"),
                                      ent("Mart Tamm", "PERSON")]}
    assert [(pair, t["start"], p["start"]) for pair, t, p in entity_pair_spans(rec)] == [
        (("kivi", "nazir"), 0, 6), (("tamm", "səfir"), 19, 25)]
