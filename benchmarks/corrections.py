"""Measure az_corrections' rules (pipeline/names/corrections.py) one by one on top of the trained pipeline.

    python benchmarks/corrections.py [--corpus ../shared/corpus/dev.jsonl] [--gold ../shared/corpus/train.jsonl]
                                     [--news ../shared/news/raw.jsonl ../shared/news/egov.jsonl] [--sample N]

- corpus: strict F1 per label with no rule, each rule alone, and all (only az_corrections' config changes);
- gold: each rule run on the gold-annotated documents (gold entities set on the Doc): how many gold
  entities it would destroy, and which (this must stay ~0); then the pipeline on the same documents:
  each rule's changes, right and wrong against the gold;
- news: unannotated news, the pipeline with no rule and with all: how many predictions each rule
  removes, and the class counts of `error_classes` (broad detectors, independent of the rules' own
  word tables, so that what they still find after the rules is what remains of the class); --sample N
  prints N removed predictions per rule (seed 0) to read by hand;
- --speed N: instead of all that, the pipeline's words per CPU-second with and without az_corrections on
  the first N articles of the first news file, interleaved in one process, 4 rounds each (medians).
"""
from __future__ import annotations

import argparse
import random
import statistics
import time
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import read_scored, score  # noqa: E402
from pipeline.io import read_jsonl  # noqa: E402
from pipeline.labels import NAME_LABELS  # noqa: E402
from pipeline.names.corrections import RULES  # noqa: E402
from benchmarks.cue_rules import changes  # noqa: E402  (+right, +wrong, -wrong, -right against gold)
from benchmarks.error_classes import CLASSES, count_classes  # noqa: E402

SHARED = ROOT.parent / "shared"
VARIANTS = {"none": {r: False for r in RULES}}
VARIANTS.update({r: {x: x == r for x in RULES} for r in RULES})
VARIANTS["all"] = {r: True for r in RULES}


def annotate(nlp, records: list[dict], config: dict) -> list[dict]:
    from pipeline.engines import annotate_records
    nlp.replace_pipe("az_corrections", "az_corrections", config=config)
    return list(annotate_records(records, nlp))


def name_spans(rec: dict) -> set[tuple[int, int, str]]:
    return {(e["start"], e["end"], e["label"]) for e in rec.get("entities", []) if e["label"] in NAME_LABELS}


def gold_destroyed(nlp, gold: list[dict], config: dict) -> Counter:
    """Gold entities the rules remove when the Doc holds exactly the gold entities."""
    from pipeline.names.corrections import create_az_corrections
    component = create_az_corrections(nlp, "az_corrections", **config)
    gone: Counter = Counter()
    for rec in gold:
        doc = nlp.get_pipe("az_sentences")(nlp.make_doc(rec["text"]))
        ents = [doc.char_span(e["start"], e["end"], label=e["label"], alignment_mode="expand")
                for e in rec["entities"] if e["label"] in NAME_LABELS]
        ents = [e for e in ents if e is not None]
        try:
            doc.ents = ents
        except ValueError:  # two gold spans expanded onto one token: keep the first of each
            kept, end = [], -1
            for e in sorted(ents, key=lambda e: e.start):
                if e.start >= end:
                    kept.append(e)
                    end = e.end
            doc.ents = kept
        before = {(e.start, e.end, e.label_): e.text for e in doc.ents}
        after = {(e.start, e.end, e.label_) for e in component(doc).ents}
        for key, text in before.items():
            if key not in after:
                gone[(text, key[2])] += 1
    return gone


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", help="trained pipeline directory (default: pipeline.load())")
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "dev.jsonl")
    ap.add_argument("--gold", type=Path, default=SHARED / "corpus" / "train.jsonl")
    ap.add_argument("--news", type=Path, nargs="*", default=[SHARED / "news" / "raw.jsonl",
                                                            SHARED / "news" / "egov.jsonl"])
    ap.add_argument("--sample", type=int, default=0, help="removed predictions to print per rule and file")
    ap.add_argument("--speed", type=int, default=0, help="only time the component on N news articles")
    args = ap.parse_args()
    for path in [args.corpus, args.gold, *args.news]:
        if not path.exists():
            raise SystemExit(f"{path} is absent: nothing to measure")
    import pipeline
    nlp = pipeline.load(args.model)
    if args.speed:
        speed(nlp, [r["text"] for r in read_jsonl(args.news[0])[:args.speed]])
        return

    gold = read_scored(args.corpus)
    labels = NAME_LABELS + ("micro_names",)
    print(f"{args.corpus.name}: strict F1 ({len(gold)} documents)")
    print(f"{'variant':14}" + "".join(f"{label:>12}" for label in labels))
    for name, config in VARIANTS.items():
        pairs = list(zip(gold, annotate(nlp, gold, config)))  # annotate() keeps gold's order
        strict = score(pairs)["strict"]
        print(f"{name:14}" + "".join(f"{strict[label]['f1']:12.4f}" for label in labels))

    train = read_jsonl(args.gold)
    n_gold = sum(len(name_spans(r)) for r in train)
    print(f"\n{args.gold.name}: gold entities each rule destroys, of {n_gold}")
    for rule in RULES:
        gone = gold_destroyed(nlp, train, VARIANTS[rule])
        print(f"{rule:14} {sum(gone.values()):5}  {gone.most_common(8)}")

    out = variants_on(nlp, train, ("none", *RULES))
    print(f"\n{args.gold.name}: the pipeline's changes per rule against its gold "
          "(+right, +wrong, -wrong = a wrong span removed, -right = a gold span removed)")
    for rule in RULES:
        ga, ba, gr, br = changes(train, out["none"], out[rule])
        print(f"{rule:14} +{ga} right, +{ba} wrong, -{gr} wrong, -{br} right")

    for path in args.news:
        records = read_jsonl(path)
        out = variants_on(nlp, records, ("none", *RULES, "all"))
        print(f"\n{path.name} ({len(records)} documents): predictions removed or changed, class counts none -> all")
        for rule in RULES:
            removed = [(r["text"][s:e], lab, r["text"][max(0, s - 30):e + 30].replace("\n", " "))
                       for r, b, n in zip(records, out["none"], out[rule])
                       for (s, e, lab) in name_spans(b) - name_spans(n)]
            print(f"  {rule:14} changes {len(removed)}")
            random.Random(0).shuffle(removed)
            for text, lab, ctx in removed[:args.sample]:
                print(f"      {lab:7} {text!r:28} …{ctx}…")
        before, after = count_classes(records, out["none"]), count_classes(records, out["all"])
        for cls in CLASSES:
            print(f"  class {cls:22} {before[cls]:6} -> {after[cls]:6}")


def speed(nlp, texts: list[str], rounds: int = 4) -> None:
    """Words per CPU-second of the whole pipeline with and without az_corrections, interleaved."""
    words = sum(len(t.split()) for t in texts)
    for _ in nlp.pipe(texts[-50:]):  # warm the caches
        pass
    rates: dict[str, list[float]] = {"without": [], "with": []}
    for _ in range(rounds):
        for name in rates:
            disabled = ["az_corrections"] if name == "without" else []
            start = time.process_time()
            with nlp.select_pipes(disable=disabled):
                for _ in nlp.pipe(texts):
                    pass
            rates[name].append(words / (time.process_time() - start))
    for name, values in rates.items():
        print(f"{name:8} words/CPU-s {statistics.median(values):9.0f}  ({', '.join(f'{v:.0f}' for v in values)})")
    print(f"with / without: {statistics.median(rates['with']) / statistics.median(rates['without']):.3f}")


def variants_on(nlp, records: list[dict], names: tuple[str, ...]) -> dict[str, list[dict]]:
    """The pipeline's records under each variant: the components before az_corrections run once, the
    rest on a copy of each Doc per variant (the ner is the slow part)."""
    from pipeline.names.corrections import create_az_corrections
    from pipeline.record import to_record
    names_before = nlp.pipe_names[:nlp.pipe_names.index("az_corrections")]
    after = nlp.pipe_names[nlp.pipe_names.index("az_corrections") + 1:]
    with nlp.select_pipes(enable=names_before):
        docs = list(nlp.pipe(r["text"] for r in records))
    out: dict[str, list[dict]] = {}
    for name in names:
        component = create_az_corrections(nlp, "az_corrections", **VARIANTS[name])
        recs = []
        for rec, doc in zip(records, docs):
            doc = component(doc.copy())
            for pipe in after:
                doc = nlp.get_pipe(pipe)(doc)
            recs.append(to_record(doc, text=rec["text"]))
        out[name] = recs
    return out


if __name__ == "__main__":
    main()
