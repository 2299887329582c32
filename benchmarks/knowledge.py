"""Measure the knowledge components on dev gold spans (needs ../shared/corpus/dev.jsonl).

    python benchmarks/knowledge.py [--corpus ../shared/corpus/dev.jsonl]

- norm accuracy: for each gold span with a `norm`, az_norm.norm(span text, label) == gold norm
- id accuracy: for each gold COUNTRY span with an `id`, countries.code_for(norm(text)) == gold id
- gazetteer-only: pipeline.blank() (rules, no statistical NER) on the dev texts, strict COUNTRY/REGION
  P/R/F1 against the gold spans, with and without the training-gold region list.
- with --cv-train: 5-fold cross-validation of norm() on train.jsonl, the lexicon rebuilt from the other
  four folds each time (how the scoring weights were tuned without looking at dev).
- with --model PATH (or `--model default` for pipeline.load()): the trained pipeline without
  az_gazetteer, with it filling gaps only, and with it also correcting the NER's places, so the
  gazetteer's contribution on top of the NER is visible.
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
PLACES = ("COUNTRY", "REGION")


def read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def norm_accuracy(records: list[dict], in_context: bool = False) -> tuple[Counter, Counter]:
    """in_context: also pass the other gold mentions' last words, as the az_norm component does."""
    from pipeline.lang.casing import az_lower
    from pipeline.names.az_norm import norm
    total, ok = Counter(), Counter()
    for rec in records:
        ents = [e for e in rec["entities"] if e.get("norm") is not None]
        for ent in ents:
            seen = frozenset(az_lower(o["text"].split()[-1]) for o in ents
                             if in_context and o is not ent and o["label"] == ent["label"] and o["text"].split())
            total[ent["label"]] += 1
            ok[ent["label"]] += norm(ent["text"], ent["label"], seen) == ent["norm"]
    return total, ok


def cv_norm_accuracy(train: Path, folds: int = 5) -> tuple[Counter, Counter]:
    """norm() on each fold of train with the lexicon (gold norms, learned modifiers) of the others."""
    import random
    import shutil
    import tempfile

    import pipeline.names.az_norm as M
    from pipeline.names.build_lexicon import build_lexicon
    records = read(train)
    random.Random(0).shuffle(records)
    data, total, ok = M.DATA, Counter(), Counter()
    try:
        for f in range(folds):
            tmp = Path(tempfile.mkdtemp())
            for path in data.glob("*.tsv"):
                if path.name != "lexicon.tsv":
                    shutil.copy(path, tmp / path.name)
            mods = [line for line in open(tmp / "modifiers.tsv", encoding="utf-8")
                    if not line.rstrip("\n").endswith("\ttrain")]
            (tmp / "modifiers.tsv").write_text("".join(mods), encoding="utf-8")
            rest = tmp / "train.jsonl"
            rest.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                    for i, r in enumerate(records) if i % folds != f), encoding="utf-8")
            M.DATA = tmp
            build_lexicon(rest, out=tmp)
            M.lexicon.cache_clear()
            t, o = norm_accuracy(records[f::folds])
            total.update(t)
            ok.update(o)
            shutil.rmtree(tmp)
    finally:
        M.DATA = data
        M.lexicon.cache_clear()
    return total, ok


def id_accuracy(records: list[dict]) -> tuple[int, int]:
    from pipeline.names.countries import code_for
    from pipeline.names.az_norm import norm
    total = ok = 0
    for rec in records:
        for ent in rec["entities"]:
            if ent["label"] == "COUNTRY" and ent.get("id"):
                total += 1
                ok += code_for(norm(ent["text"], "COUNTRY")) == ent["id"]
    return total, ok


def gazetteer_only(records: list[dict], regions: bool) -> tuple[Counter, Counter, Counter, float]:
    import pipeline
    nlp = pipeline.blank()
    nlp.replace_pipe("az_gazetteer", "az_gazetteer", config={"regions": regions})
    return place_scores(nlp, records)


def place_scores(nlp, records: list[dict]) -> tuple[Counter, Counter, Counter, float]:
    tp, fp, fn = Counter(), Counter(), Counter()
    start = time.perf_counter()
    for rec, doc in zip(records, nlp.pipe(r["text"] for r in records)):
        gold = {(e["start"], e["end"], e["label"]) for e in rec["entities"] if e["label"] in PLACES}
        pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in PLACES}
        for s in pred:
            (tp if s in gold else fp)[s[2]] += 1
        for s in gold - pred:
            fn[s[2]] += 1
    return tp, fp, fn, time.perf_counter() - start


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {tp}, fp {fp}, fn {fn})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEV)
    ap.add_argument("--cv-train", type=Path, nargs="?", const=DEV.parent / "train.jsonl",
                    help="also cross-validate norm() on train.jsonl (5 folds)")
    ap.add_argument("--model", help="trained pipeline directory, or 'default' for pipeline.load()")
    args = ap.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"{args.corpus} is absent: nothing to measure")
    records = read(args.corpus)

    total, ok = norm_accuracy(records)
    print(f"norm accuracy ({args.corpus.name}): {sum(ok.values()) / sum(total.values()):.4f} "
          f"({sum(ok.values())}/{sum(total.values())})")
    for label in sorted(total):
        print(f"  {label:8} {ok[label] / total[label]:.4f} ({ok[label]}/{total[label]})")

    total, ok = norm_accuracy(records, in_context=True)
    print(f"norm accuracy with document context (as in az_norm): {sum(ok.values()) / sum(total.values()):.4f}")

    if args.cv_train:
        total, ok = cv_norm_accuracy(args.cv_train)
        print(f"norm accuracy, 5-fold CV on {args.cv_train.name}: {sum(ok.values()) / sum(total.values()):.4f}")
        for label in sorted(total):
            print(f"  {label:8} {ok[label] / total[label]:.4f} ({ok[label]}/{total[label]})")

    n, good = id_accuracy(records)
    print(f"COUNTRY id accuracy: {good / n:.4f} ({good}/{n})")

    for regions in (True, False):
        tp, fp, fn, secs = gazetteer_only(records, regions)
        name = "CLDR + AZ subdivisions + aliases + train region list" if regions else "CLDR + AZ subdivisions + aliases"
        print(f"gazetteer-only ({name}), {len(records)} docs in {secs:.1f}s:")
        for label in PLACES:
            print(f"  {label:8} {prf(tp[label], fp[label], fn[label])}")
        print(f"  {'micro':8} {prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))}")

    if args.model:
        import pipeline
        nlp = pipeline.load(None if args.model == "default" else args.model)
        variants = [("model only (az_gazetteer off)", None), ("model + gazetteer, fill gaps only", False),
                    ("model + gazetteer, fill gaps and correct the NER's places", True)]
        for name, correct in variants:
            if correct is not None:
                nlp.replace_pipe("az_gazetteer", "az_gazetteer", config={"correct": correct})
            with nlp.select_pipes(disable=["az_gazetteer"] if correct is None else []):
                tp, fp, fn, secs = place_scores(nlp, records)
            print(f"{name}, {secs:.1f}s:")
            for label in PLACES:
                print(f"  {label:8} {prf(tp[label], fp[label], fn[label])}")


if __name__ == "__main__":
    main()
