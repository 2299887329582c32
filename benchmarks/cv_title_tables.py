"""How much the title tables learnt from all of train flatter the cross-validation figures (issue 11).

`data/titles/heads.tsv`, `modifiers.tsv` and `titles.tsv` (the title words, whose last words are the heads
`head_lemma` knows; `pipeline.names.build_titles`) are built from the gold of the whole of train.jsonl, and
most of each fold's held-out documents are train documents. This scores every fold twice with the same kept
fold ner: with the shipped tables, and with the three tables rebuilt from the train documents outside the
fold (every other file of data/titles as shipped; `--keep-titles`: titles.tsv as shipped too, the figure
before leaders6):

    .venv/bin/python benchmarks/cv_title_tables.py MODELS_DIR [--only fold0 ...]

MODELS_DIR is the -o of a `crossval --keep-models` run (default split: train + dev, 5 folds, seed 0).
Prints per fold the whole pipeline's five-label micro-F1, TITLE F1 and leaders (person, title) F1.
`--keep DIR` keeps the entities as DIR/fold/kfold/<fold>.entities.jsonl (fold-built tables) and
DIR/shipped/kfold/... (shipped tables), the layout of a crossval -o folder, so that
`benchmarks/cv_leaders.py DIR/fold` classes the honest figure's pair errors.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import crossval  # noqa: E402
from pipeline import train as T  # noqa: E402
from pipeline.io import read_jsonl  # noqa: E402
from pipeline.names import build_titles, title_lexicon, words  # noqa: E402
from pipeline.tables import DATA_DIR  # noqa: E402


def use_tables(folder: Path) -> None:
    """Make title_lexicon and the title words read their tables from `folder` from now on."""
    title_lexicon.DATA = folder
    words.TITLES = folder / words.TITLES.name
    for cached in (title_lexicon.heads, title_lexicon.modifiers, title_lexicon.head_words, title_lexicon.offices_outside,
                   words.title_words):
        cached.cache_clear()


def fold_tables(train: Path, held_out: set, folder: Path, norms: bool = True) -> Path:
    """data/titles copied to `folder`, heads.tsv and modifiers.tsv rebuilt without `held_out` ids, and
    titles.tsv before them when `norms`."""
    shutil.copytree(DATA_DIR / "titles", folder)
    rest = folder / "train-rest.jsonl"
    with rest.open("w", encoding="utf-8") as f:
        for line, rec in zip(train.read_text(encoding="utf-8").splitlines(), read_jsonl(train), strict=True):
            if rec.get("id") not in held_out:
                f.write(line + "\n")
    if norms:
        build_titles.build_norms(rest, folder)
    use_tables(folder)  # build reads the title words of the fold's titles.tsv
    build_titles.build(rest, folder)
    return folder


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("models", type=Path, help="-o of a `crossval --keep-models` run")
    ap.add_argument("--only", nargs="+", help="these folds only")
    ap.add_argument("--keep", type=Path, help="keep the entities in KEEP/fold/kfold/ and KEEP/shipped/kfold/")
    ap.add_argument("--keep-titles", action="store_true", help="fold-built heads and modifiers only, titles.tsv as "
                    "shipped (the benchmark's figure before it rebuilt titles.tsv too)")
    args = ap.parse_args()
    records = [r for p in (T.TRAIN_JSONL, T.DEV_JSONL) for r in T.read_training(p)]
    tests = crossval.splits(records, "kfold", 5, 0)
    shipped = title_lexicon.DATA
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, idx in tests.items():
            if args.only and name not in args.only:
                continue
            ids = [records[i].get("id") for i in sorted(idx)]
            model, reference = crossval.fold_model(args.models, "kfold", name, ids)
            test = [records[i] for i in sorted(idx)]
            row = [name]
            for label, folder in (("shipped", shipped),
                                  ("fold", fold_tables(T.TRAIN_JSONL, set(ids), Path(tmp) / name,
                                                       not args.keep_titles))):
                use_tables(folder)
                entities = Path(tmp) / f"{name}.{label}.jsonl"
                if args.keep is not None:
                    (args.keep / label / "kfold").mkdir(parents=True, exist_ok=True)
                    entities = args.keep / label / "kfold" / f"{name}.entities.jsonl"
                res = crossval.score_kept(model, reference, test, entities)
                row.append((res["pipeline"]["micro"]["f"], res["pipeline"]["TITLE"]["f"], res["leaders"]["f"]))
            rows.append(row)
            print(f"{name}: shipped tables micro {row[1][0]:.4f} TITLE {row[1][1]:.4f} leaders {row[1][2]:.4f}"
                  f" | fold-built tables micro {row[2][0]:.4f} TITLE {row[2][1]:.4f} leaders {row[2][2]:.4f}",
                  flush=True)
    use_tables(shipped)
    for i, what in enumerate(("micro", "TITLE", "leaders")):
        a = [r[1][i] for r in rows]
        b = [r[2][i] for r in rows]
        print(f"{what}: shipped {statistics.mean(a):.4f}, fold-built {statistics.mean(b):.4f}, "
              f"change {statistics.mean(y - x for x, y in zip(a, b)):+.4f}")


if __name__ == "__main__":
    main()
