"""Event extraction scores: design choices by cross-validation over events_train, the final figure on dev.

    .venv/bin/python benchmarks/events_cv.py [--folds 5] [--dev] [--end-to-end] [--errors N]
    .venv/bin/python benchmarks/events_cv.py --pooled [--seed N]
    .venv/bin/python benchmarks/events_cv.py --write-filter pipeline/data/events/filter.tsv

Two settings: `gold` (the gold entities given: the events component alone) and `pipeline` (end to end,
from the pipeline's own entities). The choices are the component's config (`after`: words after a
trigger in which a modality cue counts; `weak`: whether weak triggers are kept; `lead`; each rule of
RULES on or off, see `Options`). In each fold the
variant with the best mean of trigger and argument F1 on the other folds is scored on the held-out fold
(gold entities). `--dev` scores the shipped config on dev in both settings. `--pooled`: the 144
articles of events_train and dev together, folds by article with near-copies kept together
(`pipeline.crossval.kfold`); the shipped rules alone, and the rules with the learned filter
(pipeline/events/learned.py) trained on the other folds (its L2 and threshold chosen by an inner CV on
those folds), and with the argument filter tried too (events_arg_filter.py), each article scored from
the other folds only; per type, over all 144 and over dev's 84. `--write-filter` trains the shipped
filter on all 144 articles.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

from spacy.tokens import Doc, Span

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import events_arg_filter  # noqa: E402
import pipeline  # noqa: E402
from pipeline.crossval import kfold  # noqa: E402
from pipeline.events import learned  # noqa: E402
from pipeline.events.component import Options, doc_events  # noqa: E402
from pipeline.events.scoring import event_errors, format_events, match_triggers, score_events  # noqa: E402
from pipeline.io import json_lines  # noqa: E402
from pipeline.record import entity_records  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
RULES = ("vetoes", "clause", "guests", "adjacent", "verb_final", "bilateral", "described", "cased")  # rules each switched on or off as a whole
GENITIVE = ([], ["AGREE"], ["AGREE", "MEET"], ["AGREE", "MEET", "FUND", "TRADE"])  # types the genitive rule holds for
COMPOUND = ([], ["MEET"], ["MEET", "AGREE"])  # types the compound rule holds for
RELATIVE = ([], ["VISIT"], ["VISIT", "MEET"], ["VISIT", "MEET", "FUND", "AGREE"])  # types the relative rule holds for
SHIPPED = {"genitive": ["AGREE", "MEET"], "compound": ["MEET", "AGREE"], "relative": ["VISIT"],
           **{r: True for r in RULES}}


def alternatives(base: dict) -> list[dict]:
    """`base` with one rule set another way, each in turn (a full product of the rules is too slow)."""
    out = [{**base, rule: not base[rule]} for rule in RULES]
    out += [{**base, "genitive": g} for g in GENITIVE if g != list(base["genitive"])]
    out += [{**base, "compound": c} for c in COMPOUND if c != list(base["compound"])]
    out += [{**base, "relative": r} for r in RELATIVE if r != list(base["relative"])]
    return out


# the grid of the older settings with the rules as shipped, and the shipped settings with each rule switched
VARIANTS = [{"after": a, "weak": w, "lead": n, **SHIPPED}
            for a, w, n in itertools.product((3, 8, 15), (True, False), (None, 1, 2, 3))]
VARIANTS += alternatives({"after": 3, "weak": True, "lead": 2, **SHIPPED})


def read(path: Path) -> list[dict]:
    return [rec for _, rec, problem in json_lines(path) if problem is None]


def gold_doc(nlp, rec: dict) -> Doc:
    """The record's text with its gold entities (their norms and values) and the pipeline's sentences."""
    doc = nlp.make_doc(rec["text"])
    doc._.pub_date = rec.get("date")
    doc = nlp.get_pipe("az_sentences")(doc)
    ents = []
    for e in rec["entities"]:
        span = doc.char_span(e["start"], e["end"], label=e["label"], alignment_mode="expand")
        if span is None or any(span.start < o.end and o.start < span.end for o in ents):
            continue
        if e.get("norm"):
            span._.norm = e["norm"]
        if e.get("value") is not None:
            span._.value = e["value"]
        ents.append(span)
    doc.ents = sorted(ents, key=lambda s: s.start)
    return doc


def pipeline_doc(nlp, rec: dict) -> Doc:
    doc = nlp.make_doc(rec["text"])
    doc._.pub_date = rec.get("date")
    with nlp.select_pipes(disable=["az_events"]):
        return nlp(doc)


def predict(docs: list[Doc], variant: dict) -> list[dict]:
    opts = Options(**{k: tuple(v) if isinstance(v, list) else v for k, v in variant.items()})
    return [{"events": doc_events(d, opts), "entities": entity_records(d)} for d in docs]


def mean_f1(result: dict) -> float:
    return (result["trigger"]["micro"]["f1"] + result["argument"]["micro"]["f1"]) / 2


def cross_validate(nlp, recs: list[dict], folds: int) -> dict:
    docs = [gold_doc(nlp, r) for r in recs]
    preds = {json.dumps(v): predict(docs, v) for v in VARIANTS}
    held_out: list[tuple[dict, dict]] = []
    chosen = []
    for k in range(folds):
        test = [i for i in range(len(recs)) if i % folds == k]
        train = [i for i in range(len(recs)) if i % folds != k]
        best = max(VARIANTS, key=lambda v: mean_f1(score_events(
            [(recs[i], preds[json.dumps(v)][i]) for i in train])))
        chosen.append(best)
        held_out += [(recs[i], preds[json.dumps(best)][i]) for i in test]
    return {"chosen": chosen, "held_out": score_events(held_out),
            "all_variants": {json.dumps(v): mean_f1(score_events(list(zip(recs, preds[json.dumps(v)]))))
                             for v in VARIANTS}}


def counts(result: dict) -> str:
    """tp/pred/gold of triggers per type and micro, and argument and modality micro figures."""
    parts = [f"{t} {c['tp']}/{c['pred']}/{c['gold']}" for t, c in result["trigger"].items()]
    arg, mod = result["argument"]["micro"], result["modality"]["all"]
    return (" ".join(parts) + f" | trigger F1 {result['trigger']['micro']['f1']:.3f}, argument F1 "
            f"{arg['f1']:.3f}, modality {mod['correct']}/{mod['n']}")


def ablation(docs: list[Doc], recs: list[dict], config: dict) -> str:
    """The shipped config on all the articles, and with each rule of RULES switched the other way:
    trigger tp/pred/gold per type, so that what each rule adds or removes is counted."""
    lines = ["\neach rule switched (all articles, gold entities; trigger tp/pred/gold per type):",
             f"  shipped: {counts(score_events(list(zip(recs, predict(docs, config)))))}"]
    switched = alternatives(config)
    for variant in switched:
        rule = next(k for k in variant if variant[k] != config[k])
        lines.append(f"  {rule}={variant[rule]}: {counts(score_events(list(zip(recs, predict(docs, variant)))))}")
    return "\n".join(lines)


GRID = [(l2, t) for l2 in (0.3, 1.0, 3.0) for t in (0.3, 0.4, 0.5)]  # (L2, threshold) of the event filter
ARG_GRID = [(l2, t) for l2 in (0.3, 1.0, 3.0) for t in (0.1, 0.2, 0.3)]  # of the argument filter (most arguments are right)


def candidates(docs: list[Doc], recs: list[dict], config: dict) -> list[dict]:
    """Per article: the rules' events, their features and whether each is a gold event (trigger
    matched); the features of their arguments and whether each is a gold (type, role, span)."""
    out = []
    for doc, rec in zip(docs, recs):
        events = predict([doc], config)[0]["events"]
        hits = {pi for _, pi in match_triggers(rec["events"], events)}
        gold = {(e["type"], a["role"], a["start"], a["end"]) for e in rec["events"] for a in e["args"]}
        out.append({"events": events, "rows": learned.doc_features(doc, events),
                    "labels": [int(i in hits) for i in range(len(events))],
                    "arg_rows": events_arg_filter.doc_arg_features(doc, events),
                    "arg_labels": [[int((e["type"], a["role"], a["start"], a["end"]) in gold) for a in e["args"]]
                                   for e in events]})
    return out


def train_filter(cands: list[dict], train: list[int], l2: float, threshold: float, args: bool = False) -> learned.Filter:
    """The event filter (or with `args` the argument filter) trained on the articles `train`."""
    if args:
        rows = [r for i in train for ev in cands[i]["arg_rows"] for r in ev]
        labels = [y for i in train for ev in cands[i]["arg_labels"] for y in ev]
    else:
        rows = [r for i in train for r in cands[i]["rows"]]
        labels = [y for i in train for y in cands[i]["labels"]]
    return learned.fit(rows, labels, l2, threshold)


def filtered(cands: list[dict], i: int, model: learned.Filter | None, arg_model: learned.Filter | None = None) -> dict:
    c = cands[i]
    out = []
    for ev, row, arg_rows in zip(c["events"], c["rows"], c["arg_rows"]):
        if model is not None and model.probability(row) < model.threshold:
            continue
        if arg_model is not None:
            ev = {**ev, "args": [a for a, r in zip(ev["args"], arg_rows) if arg_model.probability(r) >= arg_model.threshold]}
        out.append(ev)
    return {"events": out}


def choose(cands: list[dict], recs: list[dict], train: list[int], inner: int, args: bool = False) -> tuple[float, float]:
    """The (L2, threshold) of GRID with the best mean of trigger and argument F1 over an inner CV on
    `train`, for the event filter (or with `args` the argument filter, over the rules' events)."""
    folds = [[train[j] for j in f] for f in kfold([recs[i] for i in train], inner)]
    grid = ARG_GRID if args else GRID
    best, best_score = grid[0], -1.0
    for l2, t in grid:
        pairs = []
        for test in folds:
            model = train_filter(cands, [i for i in train if i not in set(test)], l2, t, args)
            pairs += [(recs[i], filtered(cands, i, None, model) if args else filtered(cands, i, model)) for i in test]
        score = mean_f1(score_events(pairs))
        if score > best_score:
            best, best_score = (l2, t), score
    return best


def pooled(nlp, recs: list[dict], n_dev: int, folds: int, config: dict, make, seed: int = 0) -> str:
    """The rules alone, with the learned event filter, and with the event and argument filters, each
    article scored from models trained on the other folds."""
    cands = candidates([make(nlp, r) for r in recs], recs, config)
    split = kfold(recs, folds, seed)
    results: dict[str, list] = {"rules alone": [None] * len(recs), "rules + event filter": [None] * len(recs),
                                "rules + event and argument filters": [None] * len(recs)}
    chosen = []
    for test in split:
        train = [i for i in range(len(recs)) if i not in set(test)]
        ev_params, arg_params = choose(cands, recs, train, folds - 1), choose(cands, recs, train, folds - 1, True)
        chosen.append((ev_params, arg_params))
        model = train_filter(cands, train, *ev_params)
        arg_model = train_filter(cands, train, *arg_params, args=True)
        for i in test:
            results["rules alone"][i] = (recs[i], filtered(cands, i, None))
            results["rules + event filter"][i] = (recs[i], filtered(cands, i, model))
            results["rules + event and argument filters"][i] = (recs[i], filtered(cands, i, model, arg_model))
    lines = [f"folds (articles): {[len(f) for f in split]}; (L2, threshold) of the event and argument "
             f"filters chosen per fold: {chosen}"]
    for name, pairs in results.items():
        lines.append(f"\n{name}, all {len(recs)} articles, held out:" + format_events(score_events(pairs)))
        lines.append(f"\n{name}, dev's {n_dev} articles (dev, cross-validated):"
                     + format_events(score_events(pairs[len(recs) - n_dev:])))
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--dev", action="store_true", help="also score the shipped config on dev")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print N error lines per setting")
    ap.add_argument("--end-to-end", action="store_true",
                    help="also score the shipped config on events_train from the pipeline's own entities")
    ap.add_argument("--pooled", action="store_true",
                    help="only the pooled CV over events_train + dev (rules alone and with the learned filter)")
    ap.add_argument("--seed", type=int, default=0, help="seed of the pooled CV's fold order (crossval.kfold)")
    ap.add_argument("--write-filter", metavar="TSV", type=Path,
                    help="train the learned filter on all 144 articles (pipeline entities; L2 and threshold "
                         "by the pooled CV) and write its weights table there (pipeline/data/events/filter.tsv)")
    args = ap.parse_args()
    for path in (SHARED / "events_train.jsonl", SHARED / "dev.jsonl"):
        if not path.exists():
            print(f"absent: {path}", file=sys.stderr)
            return 2
    nlp = pipeline.load()
    config = {k: v for k, v in nlp.get_pipe_config("az_events").items() if k not in ("factory", "learned")}
    train = read(SHARED / "events_train.jsonl")
    dev = read(SHARED / "dev.jsonl")
    if args.write_filter:
        recs = train + dev
        cands = candidates([pipeline_doc(nlp, r) for r in recs], recs, config)
        l2, t = choose(cands, recs, list(range(len(recs))), args.folds)
        model = train_filter(cands, list(range(len(recs))), l2, t)
        args.write_filter.write_text(model.table(
            f"The learned filter of az_events (pipeline/events/learned.py): logistic-regression weights over\n"
            f"the rules' candidate events of events_train + dev ({len(recs)} articles, pipeline entities),\n"
            f"L2 {l2} and threshold {t} chosen by {args.folds}-fold CV. Written by\n"
            f"    .venv/bin/python benchmarks/events_cv.py --write-filter pipeline/data/events/filter.tsv"),
            encoding="utf-8")
        print(f"{args.write_filter}: L2 {l2}, threshold {t}, {len(model.weights)} features")
        return 0
    if args.pooled:
        for name, make in (("gold entities", gold_doc), ("pipeline entities, end to end", pipeline_doc)):
            print(f"\npooled {args.folds}-fold CV, events_train + dev, {name}")
            print(pooled(nlp, train + dev, len(dev), args.folds, config, make, args.seed))
        return 0
    cv = cross_validate(nlp, train, args.folds)
    print(f"events_train, {len(train)} articles, {args.folds}-fold CV, gold entities")
    print("mean of trigger and argument micro-F1 per variant (all 60):")
    for v, f in cv["all_variants"].items():
        print(f"  {v}: {f:.3f}")
    print("chosen per fold:", [json.dumps(c) for c in cv["chosen"]])
    print("held-out folds together:" + format_events(cv["held_out"]))
    docs = [gold_doc(nlp, r) for r in train]
    print(ablation(docs, train, config))
    if args.errors:
        print("\n".join(event_errors(list(zip(train, predict(docs, config))))[:args.errors]))
    if args.end_to_end:  # the NER was trained on these articles: entity errors here are fewer than on dev
        pairs = list(zip(train, predict([pipeline_doc(nlp, r) for r in train], config)))
        print("\nevents_train, shipped config, pipeline entities, end to end:" + format_events(score_events(pairs)))
        if args.errors:
            print("\n".join(event_errors(pairs)[:args.errors]))
    if args.dev:
        for name, make in (("gold entities", gold_doc), ("pipeline entities, end to end", pipeline_doc)):
            docs = [make(nlp, r) for r in dev]
            pairs = list(zip(dev, predict(docs, config)))
            print(f"\ndev, {len(dev)} articles, shipped config {json.dumps(config)}, {name}:" + format_events(score_events(pairs)))
            if args.errors:
                print("\n".join(event_errors(pairs)[:args.errors]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
