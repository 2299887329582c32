"""Command line: argument parsing only; each subcommand's work lives in its own module.

    python -m pipeline annotate INPUT -o OUTPUT [--n-process N] [--engine local|dask] [--resume]
    python -m pipeline evaluate GOLD PRED [--json] [--compare PRED_B] [--errors F] [--html F]
    python -m pipeline agreement A.jsonl B.jsonl [--json] [--errors F]
    python -m pipeline summary FILE.jsonl
    python -m pipeline link IN.jsonl -o OUT.jsonl --registry REGISTRY.jsonl [--registry-in OLD.jsonl]
    python -m pipeline events OUT.jsonl --format csv|jsonl -o events.csv [--flows flows.csv]
    python -m pipeline train | export | render | package
"""
from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path
from typing import Sequence

from pipeline import NER_BACKENDS
from pipeline.errors import UsageError
from pipeline.labels import LABELS

# subcommand → (module, function); imported only when that subcommand runs, so that a missing
# optional dependency of one command never breaks the others.
HANDLERS: dict[str, tuple[str, str]] = {
    command: tuple(target.split(":")) for command, target in (line.split() for line in """
    annotate   pipeline.annotate:main
    evaluate   pipeline.evaluate:main
    summary    pipeline.evaluate:summary_main
    agreement  pipeline.agreement:main
    train      pipeline.train:main
    export     pipeline.export:main
    import     pipeline.importer:main
    sample     pipeline.sample:main
    render     pipeline.render:main
    package    pipeline.package:main
    link       pipeline.link:main
    events     pipeline.event_table:main
    crossval   pipeline.crossval:main
    """.strip().splitlines())}


# The longer description `--help` shows for a command (its one-line help otherwise).
DESCRIPTIONS = {
    "annotate": ("Annotate news: one output record per input record, in order, every input "
                 "field kept, `entities` and `leaders` added; a bad line becomes an error record naming "
                 "it (exit status 1). Environment mistakes exit 2 before any work."),
    "evaluate": ("Score PRED against GOLD, documents paired by `id`. Refuses (exit 2) a line "
                 "that is not JSON or has no id, an id whose text differs between the files, entity "
                 "offsets that do not fit the text, and GOLD documents missing from PRED."),
    "agreement": ("Strict and overlap F1 between two annotations of the same documents "
                  "(symmetric), Cohen's kappa on tokens, the label confusion and the disagreements. "
                  "Refuses (exit 2) what evaluate refuses."),
    "crossval": ("Train a ner per fold on the gold of the other folds (no teacher/silver) and "
                 "score it on the held-out documents, alone and inside the whole rule pipeline (strict "
                 "P/R/F1, five name labels). Each fold's result is saved as soon as it is known; a rerun "
                 "skips folds already done. Training is slow: run it under `nice` in the background."),
    "summary": ("Entities per label, the most mentioned people, organisations and places "
                "with counts, every amount, percentage and date normalised, leaders, error records "
                "(or a registry written by link)."),
    "events": ("One row per event: id, type, modality, change, date (the DATE argument's "
               "value, else the article's date), trigger and its offsets, per role the arguments' norms "
               "(';'-joined) and refs, amount/currency/qualifier of the MONEY argument."),
}


def positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def prog_name() -> str:
    """`az-news` when run as the installed command, else `python -m pipeline`."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return name if name.startswith("az-news") else "python -m pipeline"


def command(sub, name: str, help: str, input: tuple[str, str] | None = None) -> argparse.ArgumentParser:
    """A subcommand's parser, with its positional INPUT (metavar, help) when it reads one."""
    parser = sub.add_parser(name, help=help, description=DESCRIPTIONS.get(name, help))
    if input:
        parser.add_argument("input", metavar=input[0], help=input[1])
    return parser


def output(parser: argparse.ArgumentParser, metavar: str, help: str) -> None:
    """The required `-o/--output` of a command that writes a file."""
    parser.add_argument("-o", "--output", required=True, metavar=metavar, help=help)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog_name(),
                                     description="Azerbaijani news entities, money, percentages and dates.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = command(sub, "annotate", help="annotate JSONL, a folder of .txt files or a saved HF dataset")
    p.add_argument("input", metavar="INPUT",
                   help="JSONL file, '-' for stdin, folder of .txt files, dataset saved with save_to_disk, or hf:NAME")
    p.add_argument("-o", "--output", required=True, metavar="OUTPUT",
                   help="JSONL file or '-' for stdout; written to OUTPUT.part (locked against a second run) "
                   "and renamed when complete")
    p.add_argument("--text-field", default="text", metavar="FIELD",
                   help="field (or dataset column) holding the text (default: text)")
    p.add_argument("--split", default=None, help="split of a DatasetDict or hub dataset (default: its only split)")
    p.add_argument("--batch-size", type=positive, default=64, metavar="N", help="documents per batch (default: 64)")
    p.add_argument("--n-process", type=positive, default=1, metavar="N",
                   help="local worker processes; a worker that dies is replaced and its records redone (default: 1)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local: this machine (with --n-process); dask: a Dask cluster (default: local)")
    p.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="Dask scheduler, e.g. tcp://host:8786 (default: a local cluster)")
    p.add_argument("--partition-size", type=positive, default=256, metavar="N",
                   help="records per partition sent to a worker (n-process > 1 or dask; default: 256)")
    p.add_argument("--resume", action="store_true",
                   help="continue from OUTPUT.part left by an interrupted run of the same input and model "
                   "(checked against OUTPUT.part.fp)")
    p.add_argument("--model", default=None, metavar="PATH|NAME",
                   help="pipeline directory or installed model package, e.g. az_news_pipeline "
                   "(default: models/az_news_pipeline, else the installed package)")
    p.add_argument("--ner", choices=NER_BACKENDS, default=None,
                   help="statistical ner: spacy (the model's, default) or stanza (+0.009 micro-F1 on the 5 cross-validation "
                   "folds, ties on dev; ~6x slower tagger; needs pip install -e \".[stanza]\" and models/stanza/; default: $AZ_NEWS_NER, else spacy)")
    p.add_argument("--recursive", action="store_true", help="folder input: read .txt files in subfolders too")
    p.add_argument("--date-from-name", nargs="?", const=r"(\d{4}\D?\d{2}\D?\d{2})", default=None, metavar="REGEX",
                   help="folder input: read each file's publication date from its relative path: the first "
                   "group of REGEX, as YYYYMMDD with any separators (default REGEX: a date like 2025-11-15); "
                   "a sidecar NAME.json beside NAME.txt may give `date` and other fields instead")
    p.add_argument("--progress-every", type=float, default=30.0, metavar="SECONDS",
                   help="when stderr is not a terminal, print a progress line this often (0: never; default: 30)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress or summary line")

    p = command(sub, "evaluate", help="score predictions against gold records")
    p.add_argument("gold", metavar="GOLD", help="gold JSONL (ANNOTATION.md records with unique ids)")
    p.add_argument("pred", metavar="PRED", help="predicted JSONL, e.g. the output of `annotate` on GOLD")
    p.add_argument("--json", action="store_true", help="print a JSON dict (with the four nervaluate schemes, "
                   "ci95, confusion, disagreements, leaders) instead of tables")
    p.add_argument("--labels", nargs="+", choices=LABELS, default=None,
                   help="score only these labels: every row, micro-average, scheme and table is limited to them")
    p.add_argument("--allow-missing", action="store_true",
                   help="count GOLD documents missing from PRED as empty predictions instead of refusing")
    p.add_argument("--compare", metavar="PRED_B", default=None,
                   help="a second prediction file: paired bootstrap of B against PRED (\"did my change help?\")")
    p.add_argument("--errors", metavar="FILE.jsonl", default=None,
                   help="write every disagreement as {id, kind, gold, pred}: the entities', and when GOLD has "
                   "events the events' (kinds event_missed, event_spurious, event_modality, argument_missed, "
                   "argument_spurious; README, 'Evaluating')")
    p.add_argument("--html", metavar="FILE.html", default=None,
                   help="write a review page: gold beside prediction per document, disagreements marked; when "
                   "GOLD has events, gold's and the prediction's events tables too")
    p.add_argument("--seed", type=int, default=0, help="bootstrap seed (default: 0)")
    p.add_argument("--resamples", type=positive, default=1000, help="bootstrap resamples (default: 1000)")
    p.add_argument("--event-errors", action="store_true",
                   help="when GOLD has events: after the scores, list every missed or spurious event and every "
                   "wrong modality or argument")

    p = command(sub, "agreement", help="agreement between two annotators of the same documents")
    p.add_argument("a", metavar="A.jsonl", help="the first annotator's records (ANNOTATION.md, unique ids)")
    p.add_argument("b", metavar="B.jsonl", help="the second annotator's records of the same documents")
    p.add_argument("--json", action="store_true", help="print a JSON dict instead of tables")
    p.add_argument("--labels", nargs="+", choices=LABELS, default=None, help="compare only these labels")
    p.add_argument("--errors", metavar="FILE.jsonl", default=None,
                   help="write every disagreement as {id, kind, a, b}; kinds only_a, only_b, wrong_label, "
                   "wrong_span, wrong_label_span, wrong_value")
    p.add_argument("--shared-only", action="store_true",
                   help="compare the documents both annotated instead of refusing when the ids differ")

    p = command(sub, "summary", help="readable summary of an annotated JSONL file or of a registry written by link",
                input=("FILE", "annotated JSONL (the output of annotate) or a link registry"))
    p.add_argument("--limit", type=int, default=10, metavar="N",
                   help="show at most N entries per list (0: all; default: 10)")

    p = sub.add_parser("train", help="train the NER and assemble models/az_news_pipeline")
    p.add_argument("--config", default="config.cfg", help="spaCy training config (default: config.cfg)")
    p.add_argument("--output", default="models/az_news_pipeline",
                   help="where the assembled pipeline goes (default: models/az_news_pipeline)")
    p.add_argument("--gpu-id", type=int, default=-1, help="GPU to train on (default: -1, the CPU)")
    p.add_argument("--train", metavar="PATH", help="training data: ANNOTATION.md JSONL or a saved HF dataset "
                   "with tokens/ner_tags (default: ../shared/corpus/train.jsonl)")
    p.add_argument("--dev", metavar="PATH", help="data that picks the best checkpoint, same formats "
                   "(default: ../shared/corpus/dev.jsonl)")
    p.add_argument("--workdir", metavar="DIR", help="scratch directory for converted data and checkpoints "
                   "(default: training/)")
    p.add_argument("--raw", metavar="PATH", help="unannotated news for the teacher to label (config [teacher]; "
                   "default: ../shared/news/raw.jsonl)")
    p.add_argument("--no-teacher", action="store_true", help="train on the gold alone, ignoring config [teacher]")

    p = command(sub, "export", help="convert annotated JSONL to a HF dataset, a spaCy DocBin or an "
                "annotation tool's format",
                input=("INPUT", "annotated JSONL (pipeline output or gold)"))
    p.add_argument("--format", choices=("hf", "spacy", "labelstudio", "brat", "conll"), required=True,
                   help="hf: dataset directory; spacy: .spacy DocBin; labelstudio: tasks JSON with the "
                   "entities as predictions, labeling config written beside it as OUT-stem.config.xml; "
                   "brat: collection directory (ID.txt, ID.ann, annotation.conf); conll: CoNLL-2003 "
                   "style IOB2 file")
    output(p, "OUT", "file or directory, as the format needs")

    p = command(sub, "import", help="read corrected annotations back from Label Studio, brat or CoNLL "
                "into gold JSONL",
                input=("FILE", "Label Studio JSON export, brat collection directory, or CoNLL file"))
    p.add_argument("--format", choices=("labelstudio", "brat", "conll"), required=True,
                   help="the tool the corrections come from")
    output(p, "GOLD.jsonl", "JSONL in the ANNOTATION.md format")
    p.add_argument("--fill-values", action="store_true",
                   help="recompute norm, country id, MONEY amount/currency/qualifier, PERCENT and DATE "
                   "values and the leaders from the corrected spans with the pipeline's own parsers")

    p = command(sub, "sample", help="draw a reproducible stratified random sample of documents",
                input=("IN.jsonl", "JSONL records (annotated for --by-entities)"))
    p.add_argument("-n", type=positive, required=True, help="number of documents to draw")
    p.add_argument("--seed", type=int, default=0, help="random seed: same seed, same sample (default: 0)")
    p.add_argument("--stratify", choices=("outlet", "month", "outlet,month"), default=None,
                   metavar="{outlet|month|outlet,month}", help="strata: the record's outlet (else its source URL's host), its date's month, or "
                   "both; proportional allocation, at least one document each (default: none)")
    p.add_argument("--by-entities", nargs="+", choices=LABELS, metavar="LABEL",
                   help="draw half of each stratum's documents from those with an entity of LABEL "
                   "(oversampling rare labels)")
    output(p, "OUT.jsonl", "the sampled records, unchanged")

    p = command(sub, "render", help="displaCy HTML page of annotated JSONL",
                input=("INPUT", "annotated JSONL; error records are skipped and counted"))
    output(p, "OUT.html", "the self-contained HTML page")
    p.add_argument("--limit", type=int, default=500, metavar="N",
                   help="render the first N documents (0: all; default: 500, a page of a few MB)")
    p.add_argument("--per-page", type=positive, default=None, metavar="N",
                   help="N documents a page: OUT.html, OUT-2.html, ... linked to each other (default: one page)")

    p = command(sub, "events", help="the events of annotated JSONL as a CSV/JSONL table, and money flows",
                input=("INPUT", "annotated JSONL (the output of annotate), '-' for stdin"))
    p.add_argument("--format", choices=("csv", "jsonl"), default="csv",
                   help="csv (lists joined by ';') or jsonl (lists kept; default: csv)")
    output(p, "OUT", "the event table, '-' for stdout")
    p.add_argument("--flows", metavar="FLOWS", default=None,
                   help="also write the money-flow table here (FUND amounts summed per giver → receiver, "
                   "currency and modality, same format)")

    p = sub.add_parser("package", help="build an installable model package")
    output(p, "DIR", "where the package and its sdist go")
    p.add_argument("--name", default="az_news_pipeline", help="package name (default: az_news_pipeline)")
    p.add_argument("--version", default=None, help="package version (default: the code's version)")

    p = command(sub, "link", help="one ref per person, organisation and place across a corpus, and a registry",
                input=("IN", "annotated JSONL (the output of annotate, or gold), '-' for stdin"))
    output(p, "OUT", "JSONL with `ref` added ('-' for stdout)")
    p.add_argument("--registry", required=True, metavar="REGISTRY",
                   help="JSONL registry written at the end: one line per ref (name, variants, titles, ...)")
    p.add_argument("--registry-in", metavar="OLD", default=None,
                   help="registry of an earlier run to continue: its refs stay the same")
    p.add_argument("--graph", metavar="EDGES.csv", default=None,
                   help="also write the co-occurrence graph: source,target,weight (documents naming both)")
    p.add_argument("--default-country", default="AZ", metavar="CC",
                   help="country of a national body ('Milli Məclis') in a document naming none (default: AZ; "
                        "'none' leaves it without)")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line on stderr")

    p = command(sub, "crossval", help="cross-validate the ner (gold only), alone and in the whole pipeline")
    p.add_argument("--scheme", choices=("kfold", "outlet"), default="kfold",
                   help="kfold: k folds of whole near-copy groups (shared 10-word sequence or same outlet "
                   "and date); outlet: leave one outlet out, for each outlet (default: kfold)")
    p.add_argument("-k", type=positive, default=5, help="number of folds for --scheme kfold (default: 5)")
    p.add_argument("--seed", type=int, default=0, help="seed of the order in which groups are dealt (default: 0)")
    p.add_argument("--data", nargs="+", metavar="PATH", help="annotated corpora pooled for the folds: JSONL "
                   "or saved HF datasets (default: ../shared/corpus/train.jsonl and dev.jsonl)")
    p.add_argument("--config", default="config.cfg", help="ner training config (default: config.cfg)")
    p.add_argument("--vectors", default="models/az_news_pipeline", metavar="DIR",
                   help="spaCy pipeline directory whose static vectors the ner uses; '' for none "
                   "(default: models/az_news_pipeline, the shipped vectors)")
    p.add_argument("--max-steps", type=int, default=0, help="training budget in updates per fold, 0 = no "
                   "limit (default: 0)")
    p.add_argument("--max-epochs", type=int, default=12, help="training budget in epochs per fold, 0 = no "
                   "limit (default: 12, as config.cfg); no early stopping, the last model is scored")
    p.add_argument("--only", nargs="+", metavar="NAME", help="run these folds only (fold0.., or outlet names)")
    p.add_argument("-o", "--output", default="training/crossval", metavar="DIR",
                   help="per-fold results (<scheme>/<fold>.json), each scored fold's held-out gold and whole-"
                   "pipeline entities without text (<scheme>/<fold>.entities.jsonl, read by "
                   "benchmarks/cv_errors.py) and the summary (JSON and a markdown table; default: training/crossval)")
    p.add_argument("--keep-models", action="store_true", help="keep each fold's trained ner")
    p.add_argument("--models", metavar="DIR", help="train nothing: score the current whole pipeline with the "
                   "fold ners kept by an earlier `crossval --keep-models -o DIR` (DIR/<scheme>/<fold>.work/"
                   "ner/model-last), after checking each fold holds out the same documents (same --data, -k, "
                   "--seed, --scheme); every chosen fold is scored again, and the F1 change against DIR's "
                   "results is added to the table (--config, --vectors, --max-* are then unused)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    module, func = HANDLERS[args.command]
    handler = getattr(importlib.import_module(module), func)
    try:
        status = handler(args)
    except UsageError as e:  # an environment mistake: one line, no traceback
        print(f"{parser.prog} {args.command}: error: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `... -o - | head` closes the pipe early: not an error
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    return int(status or 0)
