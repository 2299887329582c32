"""pipeline/crossval.py: near-copy groups, folds, leave-one-outlet-out, summaries, the command."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import crossval as C
from pipeline.cli import main

# Texts written for these tests (not from any publisher). A and B share a 10-word sequence.
SHARED_RUN = "bu gün paytaxtda keçirilən iclasda yeni layihələrin siyahısı geniş şəkildə müzakirə olunub"
A = f"Səhər saatlarında {SHARED_RUN} və qərarlar qəbul edilib."
B = f"Axşam {SHARED_RUN}, sonra nümayəndələr ayrılıb."
C_TEXT = "Gəncədə yeni park açılıb və sakinlər buna sevinib."
D = "Lənkəranda çay festivalı keçirilib, qonaqlar çox olub."
E = "Şəkidə usta dərsləri təşkil olunub."


def rec(text: str, outlet: str = "a.az", date: str | None = None, ents: list | None = None) -> dict:
    return {"id": text[:12], "outlet": outlet, "date": date, "text": text, "entities": ents or []}


def test_groups_join_shared_sequences_and_same_outlet_day():
    records = [rec(A, date="2025-01-01"), rec(B, date="2025-01-02"), rec(C_TEXT, date="2025-01-03"),
               rec(D, date="2025-01-03"), rec(D, outlet="b.az", date="2025-01-04"), rec(E, date=None)]
    g = C.groups(records)
    assert g[0] == g[1]            # shared 10-word sequence
    assert g[2] == g[3]            # same outlet and date
    assert g[3] == g[4]            # D is repeated word for word in another outlet
    assert len({g[0], g[2], g[5]}) == 3


def test_kfold_keeps_groups_whole_and_balances():
    records = [rec(A, date="d1"), rec(B, date="d2")] + [rec(f"Yazı {i} barədə qısa xəbər.", date=f"x{i}")
                                                        for i in range(10)]
    folds = C.kfold(records, 3, seed=0)
    flat = sorted(i for f in folds for i in f)
    assert flat == list(range(len(records)))
    assert any({0, 1} <= set(f) for f in folds)
    assert max(map(len, folds)) - min(map(len, folds)) <= 1
    assert C.kfold(records, 3, seed=0) == folds
    assert C.kfold(records, 3, seed=5) != folds


def test_outlet_splits():
    records = [rec(A, outlet="x.az"), rec(B, outlet="y.az"), rec(C_TEXT, outlet="x.az"), rec(D, outlet=None)]
    assert C.outlet_splits(records) == {"unknown": [3], "x.az": [0, 2], "y.az": [1]}


def scores(f: float) -> dict:
    row = {"p": f, "r": f, "f": f, "support": 10}
    return {lab: dict(row) for lab in (*C.LABELS, "micro")}


def test_summarise_mean_and_sample_sd():
    results = {"fold0": {"model_only": scores(0.8), "pipeline": scores(0.9)},
               "fold1": {"model_only": scores(0.6), "pipeline": scores(0.9)}}
    s = C.summarise(results)
    assert s["model_only"]["ORG"]["f"] == 0.7
    assert s["model_only"]["ORG"]["f_sd"] == pytest.approx(0.1414, abs=1e-4)
    assert s["pipeline"]["micro"]["f_sd"] == 0.0
    assert s["pipeline"]["PERSON"]["support"] == 20
    table = C.table(results, "kfold")
    assert "| ner alone | 0.700 ± 0.141 |" in table
    assert "| test fold0, whole pipeline | 0.900 |" in C.table(results, "outlet")


def leaders(p: float, r: float, f: float, support: int = 4) -> dict:
    return {"p": p, "r": r, "f": f, "support": support}


def test_summarise_and_table_report_leader_pairs_mean_and_sd():
    results = {"fold0": {"model_only": scores(0.8), "pipeline": scores(0.9), "leaders": leaders(1.0, 0.5, 0.6)},
               "fold1": {"model_only": scores(0.6), "pipeline": scores(0.9), "leaders": leaders(0.8, 0.5, 0.8)}}
    s = C.summarise(results)
    assert s["leaders"]["f"] == 0.7 and s["leaders"]["p"] == 0.9 and s["leaders"]["r_sd"] == 0.0
    assert s["leaders"]["support"] == 8
    assert "| leaders | 0.900 ± 0.141 | 0.500 ± 0.000 | 0.700 ± 0.141 | 8 |" in C.table(results, "kfold")
    assert "| test fold1 | 0.800 | 0.500 | 0.800 | 4 |" in C.table(results, "outlet")
    # a run older than the leaders figures: no leaders row, no error
    del results["fold1"]["leaders"]
    assert "leaders" not in C.summarise(results) and "leaders" not in C.table(results, "kfold")


def test_changes_report_the_leaders_change_only_against_a_reference_with_leaders():
    now = {"fold0": {"model_only": scores(0.8), "pipeline": scores(0.9), "leaders": leaders(0.9, 0.8, 0.85)},
           "fold1": {"model_only": scores(0.8), "pipeline": scores(0.9), "leaders": leaders(0.9, 0.8, 0.75)}}
    ref = {n: {"model_only": scores(0.8), "pipeline": scores(0.9), "leaders": leaders(0.8, 0.8, 0.7)} for n in now}
    md = C.changes(now, ref)
    assert "| leaders | +0.100 ± 0.000 | +0.000 ± 0.000 | +0.100 ± 0.071 |" in md
    old = {n: {"model_only": scores(0.8), "pipeline": scores(0.9)} for n in now}
    assert "reference results have no leaders figures" in C.changes(now, old)


def test_leader_scores_pair_the_pipelines_leaders_with_the_gold_spans():
    import pipeline

    text = "Nazir Əli Vəliyev və səfir Rəşad Qasımov görüşüb."
    def ent(s: str, label: str) -> dict:
        return {"start": text.index(s), "end": text.index(s) + len(s), "label": label, "norm": s}
    gold = {"text": text, "entities": [ent("Nazir", "TITLE"), ent("Əli Vəliyev", "PERSON"),
                                       ent("səfir", "TITLE"), ent("Rəşad Qasımov", "PERSON")]}
    doc = pipeline.blank().make_doc(text)
    doc._.leaders = [{"name": "Əli Vəliyev", "title": "nazir"}, {"name": "Rəşad Qasımov", "title": "konsul"},
                     {"name": "Murad Qasımov", "title": "nazir"}]
    x = C.leader_scores([gold], [doc])
    assert (x["tp"], x["pred"], x["support"]) == (1, 3, 2)
    assert (x["p"], x["r"], x["f"]) == (0.3333, 0.5, 0.4)


def test_command_refuses_missing_data(tmp_path, capsys):
    assert main(["crossval", "--data", str(tmp_path / "none.jsonl"), "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "none.jsonl not found" in err and "Traceback" not in err


def write_corpus(path: Path) -> None:
    texts = ["Prezident İlham Əliyev Bakıda nazirlə görüşüb.",
             "Baş nazir Əli Əsədov Gəncəyə səfər edib.",
             "Mərkəzi Bank Sumqayıtda yeni filial açıb.",
             "Nazir Mikayıl Cabbarov Şəkidə sahibkarlarla görüşüb.",
             "Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan Ankarada çıxış edib.",
             "Dünya Bankı Azərbaycanla yeni layihə imzalayıb."]
    ents = [[("İlham Əliyev", "PERSON"), ("Bakıda", "REGION")], [("Əli Əsədov", "PERSON")],
            [("Mərkəzi Bank", "ORG"), ("Sumqayıtda", "REGION")], [("Mikayıl Cabbarov", "PERSON")],
            [("Türkiyə", "COUNTRY"), ("Ankarada", "REGION")], [("Dünya Bankı", "ORG")]]
    with open(path, "w", encoding="utf-8") as f:
        for i, (t, es) in enumerate(zip(texts, ents)):
            spans = [{"start": t.index(s), "end": t.index(s) + len(s), "label": lab} for s, lab in es]
            f.write(json.dumps({"id": f"t{i}", "outlet": "ab.az" if i % 2 else "cd.az", "date": f"2025-01-0{i + 1}",
                                "text": t, "entities": spans}, ensure_ascii=False) + "\n")


def assert_entities(path: Path, data: Path, test_ids: list) -> None:
    """`path` holds, per held-out document in order, its gold entities and predicted ones, no text."""
    gold = {r["id"]: r for r in map(json.loads, data.read_text(encoding="utf-8").splitlines())}
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == test_ids
    for r in rows:
        assert set(r) == {"id", "gold", "pred"}
        assert r["gold"] == [{k: e[k] for k in ("start", "end", "label")} for e in gold[r["id"]]["entities"]]
        assert all(set(e) == {"start", "end", "label"} for e in r["pred"])
    assert any(r["pred"] for r in rows)  # the rules find places even with an untrained ner


def test_command_trains_folds_writes_results_and_resumes(tmp_path, capsys):
    data = tmp_path / "gold.jsonl"
    write_corpus(data)
    out = tmp_path / "cv"
    args = ["crossval", "--data", str(data), "-k", "2", "--max-steps", "2", "--max-epochs", "0",
            "--vectors", "", "-o", str(out), "--only", "fold0"]
    assert main(args) == 0
    first = json.loads((out / "kfold" / "fold0.json").read_text())
    assert first["train_docs"] + first["test_docs"] == 6
    assert set(first["model_only"]) == {*C.LABELS, "micro"}
    assert not (out / "kfold" / "fold0.work").exists()          # models are not kept by default
    assert_entities(out / "kfold" / "fold0.entities.jsonl", data, first["test_ids"])
    summary = json.loads((out / "kfold.json").read_text())
    assert summary["folds_done"] == ["fold0"] and summary["folds_planned"] == ["fold0", "fold1"]
    assert "± " in (out / "kfold.md").read_text()
    capsys.readouterr()
    assert main(args) == 0                                      # a fold with a result is not retrained
    assert "result exists" in capsys.readouterr().out


def test_command_rejects_unknown_fold(tmp_path, capsys):
    data = tmp_path / "gold.jsonl"
    write_corpus(data)
    assert main(["crossval", "--data", str(data), "-k", "2", "--only", "fold7", "-o", str(tmp_path)]) == 2
    assert "--only takes names among fold0, fold1" in capsys.readouterr().err


def fake_fold(root: Path, data: Path, name: str = "fold0", k: int = 2, seed: int = 0,
              f: float = 0.5) -> Path:
    """What `crossval --keep-models -o root` leaves for fold `name`: an (untrained) ner pipeline of
    config.cfg's shape in `<name>.work/ner/model-last` and a result JSON of F1 `f` everywhere."""
    import spacy
    from spacy.training import Example

    from pipeline import train as T

    records = T.read_training(data)
    test = C.splits(records, "kfold", k, seed)[name]
    config = spacy.util.load_config(T.ROOT / "config.cfg", overrides={
        "paths.vectors": None, "initialize.vectors": None,
        "components.ner.model.tok2vec.embed.include_static_vectors": False})
    nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    doc = nlp.make_doc(records[0]["text"])
    ent = records[0]["entities"][0]
    nlp.initialize(lambda: [Example.from_dict(doc, {"entities": [(ent["start"], ent["end"], ent["label"])]})])
    model = root / "kfold" / f"{name}.work" / "ner" / "model-last"
    model.parent.mkdir(parents=True)
    nlp.to_disk(model)
    result = {"name": name, "train_docs": len(records) - len(test), "test_docs": len(test),
              "train_seconds": 1.0, "model_only": scores(f), "pipeline": scores(f),
              "test_ids": [records[i]["id"] for i in test]}
    (root / "kfold" / f"{name}.json").write_text(json.dumps(result))
    return model


def test_models_scores_kept_fold_without_training_and_reports_the_change(tmp_path, capsys):
    data = tmp_path / "gold.jsonl"
    write_corpus(data)
    kept = tmp_path / "kept"
    model = fake_fold(kept, data)
    out = tmp_path / "cv"
    args = ["crossval", "--data", str(data), "-k", "2", "--models", str(kept), "-o", str(out), "--only", "fold0"]
    assert main(args) == 0
    res = json.loads((out / "kfold" / "fold0.json").read_text())
    assert res["model"] == str(model) and res["train_seconds"] == 1.0
    assert not (out / "kfold" / "fold0.work").exists()            # nothing trained
    assert_entities(out / "kfold" / "fold0.entities.jsonl", data, res["test_ids"])
    # the whole pipeline's rules find the places even with an untrained ner
    assert res["pipeline"]["micro"]["f"] > 0
    assert set(res["leaders"]) == {"p", "r", "f", "support", "pred", "tp"}
    summary = json.loads((out / "kfold.json").read_text())
    for mode in C.MODES:
        assert summary["change"]["fold0"][mode]["micro"] == round(res[mode]["micro"]["f"] - 0.5, 4)
    md = (out / "kfold.md").read_text()
    assert f"F1 change against the results in {kept}" in md
    assert f"| whole pipeline | {res['pipeline']['PERSON']['f'] - 0.5:+.3f} ± 0.000 |" in md
    assert "reference results have no leaders figures" in md     # fake_fold's result has none
    capsys.readouterr()
    assert main(args) == 0                                         # scored again, not "result exists"
    assert "fold0: scored in" in capsys.readouterr().out


@pytest.mark.parametrize("extra, message", [
    (["-k", "3"], "fold0 was trained for other test documents than this split's"),
    (["--seed", "4"], "fold0 was trained for other test documents than this split's"),
    (["--only", "fold1"], "no finished kfold fold fold1 there"),
])
def test_models_refuses_folds_of_another_split(tmp_path, capsys, extra, message):
    data = tmp_path / "gold.jsonl"
    write_corpus(data)
    kept = tmp_path / "kept"
    fake_fold(kept, data)
    args = ["crossval", "--data", str(data), "-k", "2", "--only", "fold0", "--models", str(kept),
            "-o", str(tmp_path / "cv")]
    # later options win in argparse, so `extra` overrides -k/--seed/--only
    assert main(args + extra) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "cv" / "kfold").exists()                 # checked before any work


def test_models_refuses_a_missing_dir_and_its_own_output(tmp_path, capsys):
    data = tmp_path / "gold.jsonl"
    write_corpus(data)
    base = ["crossval", "--data", str(data), "-k", "2"]
    assert main(base + ["--models", str(tmp_path / "none"), "-o", str(tmp_path / "cv")]) == 2
    assert "is not a directory" in capsys.readouterr().err
    assert main(base + ["--models", str(tmp_path), "-o", str(tmp_path)]) == 2
    assert "is also the output" in capsys.readouterr().err
