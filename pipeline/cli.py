"""Command line: argument parsing only; each subcommand's work lives in its own module.

    python -m pipeline annotate INPUT -o OUTPUT [--n-process N] [--engine local|dask] [--resume]
    python -m pipeline evaluate GOLD PRED [--json]
    python -m pipeline summary FILE.jsonl
    python -m pipeline events OUT.jsonl --format csv|jsonl -o events.csv [--flows flows.csv]
    python -m pipeline train | export | render | package
"""
from __future__ import annotations

import argparse
import importlib
import sys
from typing import Sequence

from pipeline.labels import LABELS

# subcommand → (module, function); imported only when that subcommand runs, so that a missing
# optional dependency of one command never breaks the others.
HANDLERS = {
    "annotate": ("pipeline.engines", "annotate_main"),
    "evaluate": ("pipeline.evaluate", "main"),
    "summary": ("pipeline.evaluate", "summary_main"),
    "train": ("pipeline.train", "main"),
    "export": ("pipeline.export", "main"),
    "render": ("pipeline.render", "main"),
    "package": ("pipeline.package", "main"),
    "events": ("pipeline.event_table", "main"),
}


def positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pipeline",
                                     description="Azerbaijani news entities, money, percentages and dates.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("annotate", help="annotate JSONL, a folder of .txt files or a saved HF dataset")
    p.add_argument("input", metavar="INPUT",
                   help="JSONL file, '-' for stdin, folder of .txt files, dataset saved with save_to_disk, or hf:NAME")
    p.add_argument("-o", "--output", required=True, metavar="OUTPUT", help="JSONL file or '-' for stdout")
    p.add_argument("--text-field", default="text", help="field (or dataset column) holding the text (default: text)")
    p.add_argument("--split", default=None, help="split of a DatasetDict or hub dataset")
    p.add_argument("--batch-size", type=positive, default=64, help="documents per batch (default: 64)")
    p.add_argument("--n-process", type=positive, default=1, help="local worker processes (default: 1)")
    p.add_argument("--engine", choices=("local", "dask"), default="local")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="Dask scheduler, e.g. tcp://host:8786 (default: a local cluster)")
    p.add_argument("--partition-size", type=positive, default=256,
                   help="records per partition sent to a worker (n-process > 1 or dask; default: 256)")
    p.add_argument("--resume", action="store_true", help="continue from OUTPUT.part left by an interrupted run")
    p.add_argument("--model", default=None, metavar="PATH", help="pipeline directory (default: models/az_news_pipeline)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary line")

    p = sub.add_parser("evaluate", help="score predictions against gold records")
    p.add_argument("gold", metavar="GOLD")
    p.add_argument("pred", metavar="PRED")
    p.add_argument("--json", action="store_true", help="print a JSON dict instead of a table")
    p.add_argument("--labels", nargs="+", choices=LABELS, default=None, help="labels to report (default: all)")
    p.add_argument("--event-errors", action="store_true",
                   help="after the scores, list every missed or spurious event and every wrong modality or argument")

    p = sub.add_parser("summary", help="readable summary of an annotated JSONL file")
    p.add_argument("input", metavar="FILE")

    p = sub.add_parser("train", help="train the NER and assemble models/az_news_pipeline")
    p.add_argument("--config", default="config.cfg")
    p.add_argument("--output", default="models/az_news_pipeline")
    p.add_argument("--gpu-id", type=int, default=-1)
    p.add_argument("--train", metavar="PATH", help="training data: ANNOTATION.md JSONL or a saved HF dataset "
                   "with tokens/ner_tags (default: ../shared/corpus/train.jsonl)")
    p.add_argument("--dev", metavar="PATH", help="data that picks the best checkpoint, same formats "
                   "(default: ../shared/corpus/dev.jsonl)")
    p.add_argument("--workdir", metavar="DIR", help="scratch directory for converted data and checkpoints "
                   "(default: training/)")
    p.add_argument("--raw", metavar="PATH", help="unannotated news for the teacher to label (config [teacher]; "
                   "default: ../shared/news/raw.jsonl)")
    p.add_argument("--no-teacher", action="store_true", help="train on the gold alone, ignoring config [teacher]")

    p = sub.add_parser("export", help="convert annotated JSONL to a HF dataset or spaCy DocBin")
    p.add_argument("input", metavar="INPUT")
    p.add_argument("--format", choices=("hf", "spacy"), required=True)
    p.add_argument("-o", "--output", required=True, metavar="OUT")

    p = sub.add_parser("render", help="displaCy HTML page of annotated JSONL")
    p.add_argument("input", metavar="INPUT")
    p.add_argument("-o", "--output", required=True, metavar="OUT.html")
    p.add_argument("--limit", type=positive, default=None)

    p = sub.add_parser("events", help="the events of annotated JSONL as a CSV/JSONL table, and money flows",
                       description="One row per event: id, type, modality, change, date (the DATE argument's "
                       "value, else the article's date), trigger and its offsets, per role the arguments' norms "
                       "(';'-joined) and refs, amount/currency/qualifier of the MONEY argument.")
    p.add_argument("input", metavar="INPUT", help="annotated JSONL (the output of annotate), '-' for stdin")
    p.add_argument("--format", choices=("csv", "jsonl"), default="csv",
                   help="csv (lists joined by ';') or jsonl (lists kept; default: csv)")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="the event table, '-' for stdout")
    p.add_argument("--flows", metavar="FLOWS", default=None,
                   help="also write the money-flow table here (FUND amounts summed per giver → receiver, "
                   "currency and modality, same format)")

    p = sub.add_parser("package", help="build an installable model package")
    p.add_argument("-o", "--output", required=True, metavar="DIR")
    p.add_argument("--name", default="az_news_pipeline")
    p.add_argument("--version", default=None)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    module, func = HANDLERS[args.command]
    handler = getattr(importlib.import_module(module), func)
    try:
        status = handler(args)
    except BrokenPipeError:  # `... -o - | head` closes the pipe early: not an error
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    return int(status or 0)
