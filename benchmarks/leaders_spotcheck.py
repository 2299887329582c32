"""Leaders on news no decision has seen: (person, title) pairs annotated by hand, scored like dev's.

    python -m pipeline annotate SAMPLE.jsonl -o PRED.jsonl
    python benchmarks/leaders_spotcheck.py SAMPLE.jsonl PRED.jsonl TITLES.tsv

A reader who has not seen the pipeline marks, by `../shared/ANNOTATION.md`, every TITLE stated next to a
named PERSON and that PERSON, one line each in a file kept OUTSIDE the repository (the texts belong to
their publishers): `id, title_start, title_end, title_text, person_start, person_end, person_text[, note]`,
tab-separated, Python string offsets into the record's text. The script turns those spans into gold
records (norms filled by the pipeline's own `Filler`, as for gold without them), derives the gold pairs
as `evaluate` does for dev (`pipeline.scoring.leaders`), and scores the predicted `leaders` against them:
P/R/F1 over the sample, and each missed or extra pair (printed, not stored).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.io import read_jsonl  # noqa: E402
from pipeline.scoring.leaders import Pair, entity_pairs, predicted_pairs  # noqa: E402


def read_titles(path: Path, texts: dict[str, str]) -> dict[str, list[dict]]:
    """Gold PERSON/TITLE entities per document from the reader's lines; offsets checked against the text."""
    out: dict[str, list[dict]] = {doc: [] for doc in texts}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        f = line.split("\t")
        if len(f) < 7 or not f[1].isdigit():
            continue
        doc, spans = f[0], ((int(f[1]), int(f[2]), "TITLE", f[3]), (int(f[4]), int(f[5]), "PERSON", f[6]))
        if doc not in texts:
            raise ValueError(f"{path}:{n}: document {doc!r} is not in the sample")
        for start, end, label, written in spans:
            if texts[doc][start:end] != written:
                raise ValueError(f"{path}:{n}: {label} offsets {start}-{end} do not hold {written!r}")
            if not any(e["start"] == start and e["end"] == end for e in out[doc]):
                out[doc].append({"start": start, "end": end, "label": label, "text": written})
    return out


def score(texts: dict[str, str], gold_entities: dict[str, list[dict]], pred: dict[str, dict]) -> dict:
    """Pairs per document and P/R/F1 over the sample."""
    from pipeline.formats.fill import Filler
    fill = Filler()
    tp = npred = ngold = 0
    missed: list[tuple[str, Pair]] = []
    extra: list[tuple[str, Pair]] = []
    for doc, text in texts.items():
        gold = entity_pairs(fill({"id": doc, "text": text,
                                  "entities": sorted(gold_entities[doc], key=lambda e: e["start"])}))
        found = predicted_pairs(pred.get(doc) or {})
        tp, npred, ngold = tp + len(gold & found), npred + len(found), ngold + len(gold)
        missed += [(doc, p) for p in sorted(gold - found)]
        extra += [(doc, p) for p in sorted(found - gold)]
    p, r = tp / max(npred, 1), tp / max(ngold, 1)
    return {"tp": tp, "pred": npred, "gold": ngold, "p": p, "r": r,
            "f": 2 * p * r / (p + r) if p + r else 0.0, "missed": missed, "extra": extra}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sample", type=Path, help="the sampled articles (JSONL with id and text)")
    ap.add_argument("pred", type=Path, help="the pipeline's output on them (annotate)")
    ap.add_argument("titles", type=Path, help="the reader's TITLE/PERSON lines (see the module docstring)")
    args = ap.parse_args(argv)
    for path in (args.sample, args.pred, args.titles):
        if not path.exists():
            print(f"error: {path}: no such file", file=sys.stderr)
            return 2
    texts = {r["id"]: r.get("text") or "" for r in read_jsonl(args.sample)}
    try:
        gold = read_titles(args.titles, texts)
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    res = score(texts, gold, {r.get("id"): r for r in read_jsonl(args.pred)})
    print(f"leaders on {len(texts)} articles: P {res['p']:.3f}  R {res['r']:.3f}  F1 {res['f']:.3f}  "
          f"({res['tp']} of {res['gold']} gold pairs, {res['pred']} predicted)")
    for kind in ("missed", "extra"):
        for doc, (name, title) in res[kind]:
            print(f"  {kind} {doc}: {name} | {title}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
