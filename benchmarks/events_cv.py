"""Event extraction scores: design choices by cross-validation over events_train, the final figure on dev.

    .venv/bin/python benchmarks/events_cv.py [--folds 5] [--dev] [--end-to-end] [--errors N]

Two settings: `gold` (the gold entities given: the events component alone) and `pipeline` (end to end,
from the pipeline's own entities). The choices are the component's config (`after`: words after a
trigger in which a modality cue counts; `weak`: whether weak triggers are kept; `lead`; each rule of
RULES on or off, see `Options`). In each fold the
variant with the best mean of trigger and argument F1 on the other folds is scored on the held-out fold
(gold entities). `--dev` scores the shipped config on dev in both settings. Nothing is trained.
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

import pipeline  # noqa: E402
from pipeline.events.component import Options, doc_events  # noqa: E402
from pipeline.events.scoring import event_errors, format_events, score_events  # noqa: E402
from pipeline.io import json_lines  # noqa: E402
from pipeline.record import entity_records  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
RULES = ("vetoes", "clause", "guests", "adjacent", "verb_final")  # rules each switched on or off as a whole
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--dev", action="store_true", help="also score the shipped config on dev")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print N error lines per setting")
    ap.add_argument("--end-to-end", action="store_true",
                    help="also score the shipped config on events_train from the pipeline's own entities")
    args = ap.parse_args()
    for path in (SHARED / "events_train.jsonl", SHARED / "dev.jsonl"):
        if not path.exists():
            print(f"absent: {path}", file=sys.stderr)
            return 2
    nlp = pipeline.load()
    config = {k: v for k, v in nlp.get_pipe_config("az_events").items() if k != "factory"}
    train = read(SHARED / "events_train.jsonl")
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
        dev = read(SHARED / "dev.jsonl")
        for name, make in (("gold entities", gold_doc), ("pipeline entities, end to end", pipeline_doc)):
            docs = [make(nlp, r) for r in dev]
            pairs = list(zip(dev, predict(docs, config)))
            print(f"\ndev, {len(dev)} articles, shipped config {json.dumps(config)}, {name}:" + format_events(score_events(pairs)))
            if args.errors:
                print("\n".join(event_errors(pairs)[:args.errors]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
