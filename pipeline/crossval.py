"""Cross-validation of the trained ner, alone and inside the whole rule pipeline.

`python -m pipeline crossval` (see `--help`):
- `--scheme kfold` (default): the documents of train + dev are grouped so that near-copies stay
  together (articles sharing any 10-word sequence, `pipeline.train.shingles`, and articles of the same
  outlet and date are one group), the groups are dealt into k folds of about equal size, and for each
  fold a ner is trained on the gold of the other folds and scored on it;
- `--scheme outlet`: leave one outlet out (train on every other outlet, test on it), for each outlet.

Gold only (no teacher, no silver), to keep a fold affordable. No test data picks a checkpoint: the
ner trains for a fixed budget (`--max-steps`, `--max-epochs`) and the last model is scored. Each
fold's result is written to `OUTDIR/<scheme>/<fold>.json` as soon as it is known (with the held-out gold
and the whole pipeline's entities, offsets and labels without text, in `<fold>.entities.jsonl`, which
`benchmarks/cv_errors.py` lists by kind of error), and a fold whose
result exists is not trained again, nor one whose training ended (its model is scored), so an
interrupted run continues where it stopped. The summary
(mean ± sample sd per label, the ner alone and the whole pipeline) goes to `OUTDIR/<scheme>.json` and
`OUTDIR/<scheme>.md`.

`--models DIR` trains nothing: it scores the current rule pipeline with the fold ners of an earlier
run kept with `--keep-models` (`DIR/<scheme>/<fold>.work/ner/model-last`), after checking that each
fold's test documents are those the ner was held out from, and adds the change against DIR's own
results (per-fold differences, mean ± sd), so that a rule change is measured on every fold in minutes.
"""
from __future__ import annotations

import json
import random
import shutil
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from pipeline import train as T
from pipeline.errors import UsageError
from pipeline.labels import NAME_LABELS
from pipeline.scoring import leaders as L
from pipeline.scoring.entities import prf

LABELS = NAME_LABELS
MODES = ("model_only", "pipeline")
MODE_NAMES = {"model_only": "ner alone", "pipeline": "whole pipeline"}


def groups(records: list[dict], n: int = 10) -> list[int]:
    """A group number per record: records sharing an n-word sequence (a shorter text: all of it), or
    the same (outlet, date), are one group (transitively), so that no near-copy of a test article is
    trained on."""
    parent = list(range(len(records)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict = {}
    for i, rec in enumerate(records):
        # a text shorter than n words is its own sequence, so that its copies are still found
        keys = [("sh", s) for s in T.shingles(rec["text"], n) or {" ".join(rec["text"].split())}]
        if rec.get("outlet") and rec.get("date"):
            keys.append(("day", rec["outlet"], rec["date"]))
        for key in keys:
            j = first.setdefault(key, i)
            if j != i:
                parent[find(i)] = find(j)
    roots: dict[int, int] = {}
    return [roots.setdefault(find(i), len(roots)) for i in range(len(records))]


def kfold(records: list[dict], k: int, seed: int = 0) -> list[list[int]]:
    """k lists of record indices: whole groups (`groups`), largest first into the smallest fold, ties
    in a seeded random order."""
    members: dict[int, list[int]] = defaultdict(list)
    for i, g in enumerate(groups(records)):
        members[g].append(i)
    order = list(members.values())
    random.Random(seed).shuffle(order)
    order.sort(key=len, reverse=True)  # stable: equal sizes keep the shuffled order
    folds: list[list[int]] = [[] for _ in range(k)]
    for group in order:
        min(folds, key=len).extend(group)
    return [sorted(f) for f in folds]


def outlet_splits(records: list[dict]) -> dict[str, list[int]]:
    """Test indices per outlet, for leave-one-outlet-out."""
    out: dict[str, list[int]] = defaultdict(list)
    for i, rec in enumerate(records):
        out[str(rec.get("outlet") or "unknown")].append(i)
    return dict(sorted(out.items()))


def score(trained, test: list[dict], entities: Path) -> dict:
    """Strict scores of a fold ner alone and inside the whole pipeline on `test`; the gold and the whole
    pipeline's entities are written to `entities`."""
    scores = {"model_only": T.evaluate(trained, test)}
    docs = list(T.assemble(trained).pipe(r["text"] for r in test))
    write_entities(entities, test, docs)
    return {**scores, "pipeline": T.strict_scores(test, docs), "leaders": leader_scores(test, docs)}


def leader_scores(gold: list[dict], docs: list) -> dict:
    """P/R/F1 of the whole pipeline's (person, title) pairs (`doc._.leaders`) against the pairs
    `scoring.leaders` derives from the gold spans, as `evaluate` reports them."""
    c = sum((L.doc_counts(r, {"leaders": doc._.leaders or []}) for r, doc in zip(gold, docs, strict=True)),
            Counter())
    x = prf(c["tp_p"], c["pred"], c["tp_g"], c["gold"])
    return {"p": round(x["precision"], 4), "r": round(x["recall"], 4), "f": round(x["f1"], 4),
            "support": c["gold"], "pred": c["pred"], "tp": c["tp_g"]}


def write_entities(path: Path, records: list[dict], docs: list) -> None:
    """One line per document: id, gold and predicted entities (offsets, label); no text, since the
    texts belong to their publishers and stay in ../shared."""
    with path.open("w", encoding="utf-8") as f:
        for r, doc in zip(records, docs, strict=True):
            gold = [{"start": e["start"], "end": e["end"], "label": e["label"]} for e in r["entities"]]
            pred = [{"start": e.start_char, "end": e.end_char, "label": e.label_} for e in doc.ents]
            f.write(json.dumps({"id": r.get("id"), "gold": gold, "pred": pred}, ensure_ascii=False) + "\n")


def train_and_score(train: list[dict], test: list[dict], work: Path, config: Path,
                    overrides: dict, entities: Path) -> dict:
    """Train a ner on `train` (gold only) in `work`, score the last model alone and inside the whole
    pipeline on `test`; return the scores, sizes and seconds."""
    import pipeline

    done = work / "trained.json"  # written when training has ended: the model is then scored again,
    if done.exists():             # not retrained (a run that stopped while scoring)
        seconds = json.loads(done.read_text())["train_seconds"]
    else:
        tok = pipeline.blank()
        T.convert(tok, train, work / "train.spacy")
        # spaCy wants a dev corpus to report on; a few training documents serve, since no checkpoint
        # is chosen on it (the last model is scored).
        T.convert(tok, train[:20], work / "dev.spacy")
        t0 = time.time()
        T.train_ner(config, work, work / "train.spacy", work / "dev.spacy", overrides=overrides)
        seconds = round(time.time() - t0, 1)
        done.write_text(json.dumps({"train_seconds": seconds}) + "\n")
    scores = score(T.model_only(work / "ner" / "model-last"), test, entities)
    return {"train_docs": len(train), "test_docs": len(test), "train_seconds": seconds, **scores}


def summarise(results: dict[str, dict]) -> dict:
    """Mean and sample standard deviation of F1 (and P, R) per label and micro over the folds."""
    out: dict = {"folds": len(results)}
    for mode in MODES:
        out[mode] = {lab: _mean_sd([r[mode][lab] for r in results.values()]) for lab in (*LABELS, "micro")}
    if all("leaders" in r for r in results.values()):
        out["leaders"] = _mean_sd([r["leaders"] for r in results.values()])
    return out


def _mean_sd(rows: list[dict]) -> dict:
    """Mean and sample sd of p, r, f over `rows`, and their summed support."""
    out: dict = {}
    for m in ("p", "r", "f"):
        vals = [x[m] for x in rows]
        out[m] = round(statistics.mean(vals), 4)
        out[m + "_sd"] = round(statistics.stdev(vals), 4) if len(vals) > 1 else 0.0
    out["support"] = sum(x["support"] for x in rows)
    return out


def leaders_table(results: dict[str, dict], scheme: str) -> str:
    """Markdown: the (person, title) pairs' P, R, F1, mean ± sd over the k folds or per outlet; "" when
    a result has no leaders figures (a run older than them)."""
    if not results or not all("leaders" in r for r in results.values()):
        return ""
    lines = ["", "(person, title) pairs of the whole pipeline's leaders:", "| | P | R | F1 | gold pairs |",
             "|---|---|---|---|---|"]
    if scheme == "kfold":
        x = _mean_sd([r["leaders"] for r in results.values()])
        lines.append(f"| leaders | {x['p']:.3f} ± {x['p_sd']:.3f} | {x['r']:.3f} ± {x['r_sd']:.3f} | "
                     f"{x['f']:.3f} ± {x['f_sd']:.3f} | {x['support']} |")
    else:
        for name, r in results.items():
            x = r["leaders"]
            lines.append(f"| test {name} | {x['p']:.3f} | {x['r']:.3f} | {x['f']:.3f} | {x['support']} |")
    return "\n".join(lines) + "\n"


def table(results: dict[str, dict], scheme: str) -> str:
    """Markdown: for k-fold, mean ± sd of F1 per label; for outlets, F1 per held-out outlet."""
    cols = (*LABELS, "micro")
    lines = []
    if scheme == "kfold":
        s = summarise(results)
        for mode in MODES:
            cells = [f"{s[mode][c]['f']:.3f} ± {s[mode][c]['f_sd']:.3f}" for c in cols]
            lines.append(f"| {MODE_NAMES[mode]} | " + " | ".join(cells) + " |")
    else:
        for name, r in results.items():
            for mode in MODES:
                cells = [f"{r[mode][c]['f']:.3f}" for c in cols]
                lines.append(f"| test {name}, {MODE_NAMES[mode]} | " + " | ".join(cells) + " |")
    return head() + "\n".join(lines) + "\n" + leaders_table(results, scheme)


def head() -> str:
    """The header of a markdown table with a column per label and micro."""
    cols = (*LABELS, "micro")
    return "| | " + " | ".join(cols) + " |\n|---|" + "---|" * len(cols) + "\n"


def splits(records: list[dict], scheme: str, k: int, seed: int) -> dict[str, list[int]]:
    """Test indices per fold name."""
    if scheme == "outlet":
        return outlet_splits(records)
    return {f"fold{i}": f for i, f in enumerate(kfold(records, k, seed))}


def fold_model(models: Path, scheme: str, name: str, test_ids: list) -> tuple[Path, dict]:
    """The kept ner of fold `name` under `models` (an earlier `-o` with `--keep-models`) and that run's
    result for the fold; UsageError when it is missing or was held out from other test documents
    (other data, -k, --seed or scheme), since its score would then be on documents it learnt."""
    result_path = models / scheme / f"{name}.json"
    model = models / scheme / f"{name}.work" / "ner" / "model-last"
    if not result_path.exists() or not (model / "meta.json").exists():
        raise UsageError(f"--models {models}: no finished {scheme} fold {name} there ({result_path} and "
                         f"{model}/ are written by `crossval --keep-models -o {models}`)")
    result = json.loads(result_path.read_text(encoding="utf-8"))
    if result.get("test_ids") != test_ids:
        raise UsageError(f"--models {models}: fold {name} was trained for other test documents than "
                         "this split's (use the --data, -k, --seed and --scheme of the run that trained it)")
    return model, result


def changes(results: dict[str, dict], reference: dict[str, dict]) -> str:
    """Markdown: F1 of each mode minus the reference run's on the same folds, mean ± sample sd of the
    per-fold differences (paired: fold difficulty cancels out)."""
    cols = (*LABELS, "micro")
    lines = []
    for mode in MODES:
        cells = []
        for c in cols:
            diffs = [r[mode][c]["f"] - reference[n][mode][c]["f"] for n, r in results.items()]
            sd = statistics.stdev(diffs) if len(diffs) > 1 else 0.0
            cells.append(f"{statistics.mean(diffs):+.3f} ± {sd:.3f}")
        lines.append(f"| {MODE_NAMES[mode]} | " + " | ".join(cells) + " |")
    out = head() + "\n".join(lines) + "\n"
    if all("leaders" in reference[n] and "leaders" in r for n, r in results.items()):
        cells = []
        for m in ("p", "r", "f"):
            diffs = [r["leaders"][m] - reference[n]["leaders"][m] for n, r in results.items()]
            sd = statistics.stdev(diffs) if len(diffs) > 1 else 0.0
            cells.append(f"{statistics.mean(diffs):+.3f} ± {sd:.3f}")
        out += "\n| | P | R | F1 |\n|---|---|---|---|\n| leaders | " + " | ".join(cells) + " |\n"
    else:
        out += "\n(no leaders change: the reference results have no leaders figures)\n"
    return out


def score_kept(model: Path, reference: dict, test: list[dict], entities: Path) -> dict:
    """Score a kept fold ner alone and inside the current whole pipeline on its test documents."""
    t0 = time.time()
    scores = score(T.model_only(model), test, entities)
    return {"train_docs": reference.get("train_docs"), "test_docs": len(test),
            "train_seconds": reference.get("train_seconds"), "score_seconds": round(time.time() - t0, 1),
            "model": str(model), **scores}


def describe(records: list[dict], tests: dict[str, list[int]]) -> str:
    lines = []
    for name, idx in tests.items():
        outlets = Counter(records[i].get("outlet") for i in idx)
        spans = sum(1 for i in idx for e in records[i]["entities"] if e["label"] in LABELS)
        lines.append(f"  {name}: {len(idx)} test docs ({dict(outlets)}), {spans} name spans")
    return "\n".join(lines)


def main(args) -> int:
    """Entry point of `python -m pipeline crossval` (arguments parsed by pipeline/cli.py)."""
    data = [Path(p) for p in (args.data or (T.TRAIN_JSONL, T.DEV_JSONL))]
    for p in data:
        if not p.exists():
            print(f"error: {p} not found (the annotated corpus is in ../shared/corpus/)", file=sys.stderr)
            return 2
    config = Path(args.config)
    if not config.exists() and (T.ROOT / config).exists():
        config = T.ROOT / config
    if not config.exists():
        print(f"error: training config {config} not found", file=sys.stderr)
        return 2
    vectors = Path(args.vectors) if args.vectors else None
    if vectors is not None and not vectors.exists() and (T.ROOT / vectors).exists():
        vectors = T.ROOT / vectors  # run outside the repository root
    if vectors is not None and not (vectors / "vocab").exists():
        print(f"error: --vectors {vectors} is not a spaCy pipeline directory with vectors "
              "(e.g. models/az_news_pipeline)", file=sys.stderr)
        return 2
    records = [r for p in data for r in T.read_training(p)]
    tests = splits(records, args.scheme, args.k, args.seed)
    if args.scheme == "kfold" and args.k > len(records):
        print(f"error: -k {args.k} is more than the {len(records)} documents", file=sys.stderr)
        return 2
    chosen = list(tests) if args.only is None else [n for n in tests if n in args.only]
    if args.only and len(chosen) != len(set(args.only)):
        print(f"error: --only takes names among {', '.join(tests)}", file=sys.stderr)
        return 2
    models = Path(args.models) if args.models else None
    if models is not None and not models.is_dir():
        raise UsageError(f"--models {models} is not a directory (give the -o of a `crossval --keep-models` run)")
    if models is not None and models.resolve() == Path(args.output).resolve():
        raise UsageError(f"--models {models} is also the output: give another -o, so that the "
                         "results the models came with stay as they are")
    test_ids = {n: [records[i].get("id") for i in sorted(idx)] for n, idx in tests.items()}
    # every chosen fold is checked before any work, so a mismatch costs nothing
    kept = {n: fold_model(models, args.scheme, n, test_ids[n]) for n in chosen} if models else {}
    print(f"{len(records)} documents, scheme {args.scheme}:\n{describe(records, tests)}")

    overrides = {"training.max_steps": args.max_steps, "training.max_epochs": args.max_epochs,
                 "training.patience": 0, "training.eval_frequency": args.max_steps or 1000,
                 "paths.vectors": str(vectors) if vectors else None,
                 "components.ner.model.tok2vec.embed.include_static_vectors": vectors is not None}
    out = Path(args.output) / args.scheme
    out.mkdir(parents=True, exist_ok=True)
    for name in chosen:
        dest = out / f"{name}.json"
        entities = out / f"{name}.entities.jsonl"
        test = [records[i] for i in sorted(tests[name])]
        if models is not None:  # always scored again: the rules may have changed since
            model, reference = kept[name]
            res = score_kept(model, reference, test, entities)
            res.update(name=name, overrides=reference.get("overrides"), test_ids=test_ids[name])
        elif dest.exists():
            print(f"{name}: result exists ({dest}), not retrained")
            continue
        else:
            held_out = set(tests[name])
            train = [r for i, r in enumerate(records) if i not in held_out]
            work = out / f"{name}.work"
            res = train_and_score(train, test, work, config, overrides, entities)
            res.update(name=name, overrides={k: str(v) for k, v in overrides.items()},
                       test_ids=test_ids[name])
        dest.write_text(json.dumps(res, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        if models is None and not args.keep_models:
            shutil.rmtree(out / f"{name}.work", ignore_errors=True)
        what = f"scored in {res['score_seconds']} s" if models else f"trained {res['train_seconds']} s"
        print(f"{name}: {what}; micro-F1 ner alone {res['model_only']['micro']['f']:.4f}, whole pipeline "
              f"{res['pipeline']['micro']['f']:.4f}; leaders F1 {res['leaders']['f']:.4f}")

    results = {n: json.loads((out / f"{n}.json").read_text()) for n in tests if (out / f"{n}.json").exists()}
    if not results:
        return 0
    summary = {"scheme": args.scheme, "folds_done": sorted(results), "folds_planned": list(tests),
               "per_fold": {n: {m: r[m] for m in (*MODES, "leaders") if m in r} for n, r in results.items()}}
    if args.scheme == "kfold":
        summary["summary"] = summarise(results)
    md = table(results, args.scheme)
    if models is not None:
        reference = {n: json.loads((models / args.scheme / f"{n}.json").read_text(encoding="utf-8"))
                     for n in results if (models / args.scheme / f"{n}.json").exists()}
        compared = {n: r for n, r in results.items() if n in reference}
        summary["models"] = str(models)
        summary["change"] = {n: {m: {c: round(r[m][c]["f"] - reference[n][m][c]["f"], 4)
                                     for c in (*LABELS, "micro")} for m in MODES}
                             for n, r in compared.items()}
        for n, r in compared.items():
            if "leaders" in r and "leaders" in reference[n]:
                summary["change"][n]["leaders"] = round(r["leaders"]["f"] - reference[n]["leaders"]["f"], 4)
        md += (f"\nF1 change against the results in {models} (this run minus that one, same folds, "
               f"mean ± sd of the {len(compared)} per-fold differences):\n{changes(compared, reference)}")
    (Path(args.output) / f"{args.scheme}.json").write_text(json.dumps(summary, indent=1) + "\n")
    (Path(args.output) / f"{args.scheme}.md").write_text(md)
    print(f"\nstrict F1, {len(results)} of {len(tests)} folds ({args.scheme}):\n{md}")
    return 0
