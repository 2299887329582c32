"""Run an annotation job: in this process, on N local processes, or on a Dask cluster.

All three engines share `annotate_items`, applied to consecutive partitions of the input and
reassembled in input order, so their output is identical by construction. Workers load the model
once (module-level cache) and return finished JSON records, which are cheaper to ship than Docs.
"""
from __future__ import annotations

import re
import sys
import time
from collections import deque
from dataclasses import dataclass
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.io import Item
from pipeline.events.records import event_records, shifted
from pipeline.record import entity_records

__all__ = ["Output", "annotate_items", "annotate_records", "split_text", "run", "annotate_dataset", "get_nlp"]

# A 1 MB document through spaCy's ner took 2.3 GB at once but 0.38 GB as 100k-character chunks
# (measured with spaCy 3.8.18), so long texts are cut into chunks and batches are capped by size.
CHUNK_CHARS = 100_000
BATCH_CHARS = 100_000
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Lone surrogates (from JSON escapes like "\ud800") cannot be UTF-8 encoded, which spaCy's string
# store needs; a one-for-one replacement keeps every offset valid for the original text.
SURROGATE_RE = re.compile("[\ud800-\udfff]")


@dataclass
class Output:
    """One output record; `error` is set when it is an error record (for messages and exit status)."""

    record: dict
    error: str | None = None
    line: int = 0


# ---------------------------------------------------------------- model cache (one per process)
_NLP: dict[str | None, Language] = {}
LOADS = 0  # how many times this process loaded a model (tests check "once per worker")


def get_nlp(model: str | None = None) -> Language:
    """The pipeline for `model` (None: `pipeline.load()`'s default), loaded once per process."""
    global LOADS
    if model not in _NLP:
        import warnings

        import pipeline
        from pipeline.blas import one_blas_thread
        one_blas_thread()  # each engine process uses one core (before loading, so workers inherit it)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the rules-only warning is printed once by the CLI
            _NLP[model] = pipeline.load(model)
        LOADS += 1
    return _NLP[model]


# ---------------------------------------------------------------- one process
def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """Cut `text` into (offset, chunk) pieces of at most `limit` characters, preferring paragraph
    breaks, then line breaks, then spaces, so that no entity is cut in the usual case."""
    if len(text) <= limit:
        return [(0, text)]
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = -1
        for sep in ("\n\n", "\n", " "):
            pos = window.rfind(sep)
            if pos > 0:
                cut = pos + len(sep)
                break
        if cut <= 0:
            cut = limit  # one enormous word: cut it rather than refuse the document
        pieces.append((start, text[start:start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def pub_date(record: dict) -> str | None:
    """The record's `date` as "YYYY-MM-DD" (a longer ISO timestamp is cut to its date), else None."""
    value = record.get("date")
    if isinstance(value, str) and DATE_RE.match(value):
        return value[:10]
    return None


@dataclass
class _Job:
    item: Item
    text: str
    chunks: list[tuple[int, Doc | None]]
    error: str | None = None


def _make_job(nlp: Language, item: Item, text_field: str, chunk_chars: int) -> _Job:
    text = item.record[text_field]
    work = SURROGATE_RE.sub("\ufffd", text)
    date = pub_date(item.record)
    chunks: list[tuple[int, Doc | None]] = []
    try:
        for offset, piece in split_text(work, min(chunk_chars, nlp.max_length)):
            doc = nlp.make_doc(piece)
            doc._.pub_date = date
            chunks.append((offset, doc))
    except Exception as e:  # a tokenizer failure spoils this record only
        return _Job(item, text, [], f"tokenizer failed: {type(e).__name__}: {e}")
    return _Job(item, text, chunks)


def _run_components(nlp: Language, doc: Doc) -> Doc:
    """Apply every enabled component to one Doc, letting exceptions through (no error handler)."""
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def _text_len(doc: Doc) -> int:
    """len(doc.text) without building the text (Doc.text joins every token)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def _groups(docs: list[Doc], max_chars: int) -> Iterator[list[Doc]]:
    """Consecutive groups of Docs of at most `max_chars` characters (a larger Doc goes alone), so
    that the chunks of one long document never reach the statistical components all at once."""
    group: list[Doc] = []
    size = 0
    for doc in docs:
        if group and size + _text_len(doc) > max_chars:
            yield group
            group, size = [], 0
        group.append(doc)
        size += _text_len(doc)
    if group:
        yield group


def _process_batch(nlp: Language, jobs: list[_Job], batch_chars: int = BATCH_CHARS) -> None:
    """Run the components over the jobs' Docs; if a group fails, retry it Doc by Doc so that one
    bad document costs only its own record."""
    docs = [doc for job in jobs for _, doc in job.chunks]
    done: dict[int, Doc | None] = {}
    failed: dict[int, str] = {}
    for group in _groups(docs, batch_chars):
        try:
            # keyed by the Doc handed in: a component may return a different Doc object
            for src, doc in zip(group, list(nlp.pipe(group, batch_size=len(group)))):
                done[id(src)] = doc
        except Exception:
            for doc in group:
                try:
                    done[id(doc)] = _run_components(nlp, doc)
                except Exception as e:
                    done[id(doc)] = None
                    failed[id(doc)] = f"pipeline failed: {type(e).__name__}: {e}"
    for job in jobs:
        errors = [failed[id(d)] for _, d in job.chunks if id(d) in failed]
        if errors:
            job.error = errors[0]
        job.chunks = [(offset, done[id(d)]) for offset, d in job.chunks]


def _merge_leaders(parts: list[tuple[int, list[dict]]]) -> list[dict]:
    """Leaders of a chunked document: one entry per (name, title, country, org), mentions shifted."""
    merged: dict[tuple, dict] = {}
    for offset, leaders in parts:
        for leader in leaders:
            key = tuple(repr(leader.get(k)) for k in ("name", "title", "country", "org"))
            mentions = [[s + offset, e + offset] for s, e in leader.get("mentions", [])]
            if key in merged:
                merged[key]["mentions"].extend(mentions)
            else:
                merged[key] = {**leader, "mentions": mentions}
    return list(merged.values())


def _finish(job: _Job) -> Output:
    item = job.item
    if job.error:
        return Output(Item(item.line, item.record, job.error).error_record(), job.error, item.line)
    entities: list[dict] = []
    leaders: list[tuple[int, list[dict]]] = []
    events: list[dict] | None = None
    for offset, doc in job.chunks:
        if doc._.events is not None:
            events = (events or []) + shifted(doc._.events, offset, job.text)
        for ent in entity_records(doc):
            start, end = ent["start"] + offset, ent["end"] + offset
            # the span text comes from the original, which may hold surrogates the Doc does not
            entities.append({**ent, "start": start, "end": end, "text": job.text[start:end]})
        leaders.append((offset, list(doc._.leaders or [])))
    # The input fields are merged here rather than passed as to_record(doc, **fields), which
    # would fail on an input field called "doc" and would add a `text` copy under --text-field.
    out = dict(item.record)
    out["entities"] = entities
    out["leaders"] = leaders[0][1] if len(leaders) == 1 else _merge_leaders(leaders)
    if events is not None:
        out["events"] = event_records(events, entities)
    return Output(out, None, item.line)


def annotate_items(nlp: Language, items: Iterable[Item], text_field: str = "text", batch_size: int = 64,
                   chunk_chars: int = CHUNK_CHARS, batch_chars: int = BATCH_CHARS) -> Iterator[Output]:
    """Annotate Items in this process, one Output per Item, in order. Batches hold at most
    `batch_size` documents and (unless one document is larger) `batch_chars` characters."""
    batch: list[_Job] = []
    size = 0

    def flush() -> Iterator[Output]:
        _process_batch(nlp, [j for j in batch if not j.error], batch_chars)
        for job in batch:
            yield _finish(job)

    for item in items:
        if item.error:
            job = _Job(item, "", [], item.error)
        else:
            job = _make_job(nlp, item, text_field, chunk_chars)
        if batch and (len(batch) >= batch_size or size + len(job.text) > batch_chars):
            yield from flush()
            batch, size = [], 0
        batch.append(job)
        size += len(job.text)
    if batch:
        yield from flush()


def annotate_records(records: Iterable[dict], nlp: Language | None = None, text_field: str = "text",
                     batch_size: int = 64) -> Iterator[dict]:
    """Library entry point: dicts in, annotated dicts (or error records) out, in order."""
    from pipeline.io import check_record
    nlp = nlp or get_nlp(None)
    items = (check_record(n, dict(r), text_field) if isinstance(r, dict)
             else Item(n, None, f"not a dict but a {type(r).__name__}") for n, r in enumerate(records, 1))
    for out in annotate_items(nlp, items, text_field, batch_size):
        yield out.record


# ---------------------------------------------------------------- partitions, in order
def partitions(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while part := list(islice(it, size)):
        yield part


def ordered(submit: Callable[[list[Item]], Any], result: Callable[[Any], list[Output]],
            parts: Iterable[list[Item]], window: int) -> Iterator[Output]:
    """Submit partitions, at most `window` in flight, and yield their Outputs in submission order
    (bounded memory: the input is read only as fast as results are written)."""
    pending: deque = deque()
    for part in parts:
        pending.append(submit(part))
        if len(pending) >= window:
            yield from result(pending.popleft())
    while pending:
        yield from result(pending.popleft())


def _work(part: list[Item], model: str | None, text_field: str, batch_size: int) -> list[Output]:
    """Worker side of the multi-process and Dask engines."""
    return list(annotate_items(get_nlp(model), part, text_field, batch_size))


def _local_pool(items, model, text_field, batch_size, n_process, part_size) -> Iterator[Output]:
    import multiprocessing as mp
    get_nlp(model)  # load before forking so that workers inherit it instead of loading again
    with mp.Pool(n_process) as pool:
        yield from ordered(lambda p: pool.apply_async(_work, (p, model, text_field, batch_size)),
                           lambda r: r.get(), partitions(items, part_size), 2 * n_process)


def _dask(items, model, text_field, batch_size, scheduler, part_size) -> Iterator[Output]:
    try:
        from distributed import Client, LocalCluster
    except ImportError as e:
        raise SystemExit("--engine dask needs Dask: pip install 'az-news-pipeline[dask]' "
                         "(or pip install 'dask[distributed]')") from e
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(processes=True, threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        yield from ordered(
            lambda p: client.submit(_work, p, model, text_field, batch_size, pure=False),
            lambda f: f.result(), partitions(items, part_size), 2 * workers)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run(items: Iterable[Item], *, model: str | None = None, text_field: str = "text", batch_size: int = 64,
        n_process: int = 1, engine: str = "local", scheduler: str | None = None,
        partition_size: int = 256) -> Iterator[Output]:
    """Annotate `items` with the chosen engine; Outputs come in input order."""
    if engine == "dask":
        return _dask(items, model, text_field, batch_size, scheduler, partition_size)
    if n_process > 1:
        return _local_pool(items, model, text_field, batch_size, n_process, partition_size)
    return annotate_items(get_nlp(model), items, text_field, batch_size)


# ---------------------------------------------------------------- the annotate command
def _resume_check(items: Iterator[Item], done_ids: list) -> None:
    """Skip the Items already written, checking that the partial output came from this input."""
    for n, written_id in enumerate(done_ids, 1):
        item = next(items, None)
        if item is None:
            raise SystemExit(f"--resume: the partial output has {len(done_ids)} records, the input only {n - 1}")
        in_id = item.record.get("id") if isinstance(item.record, dict) else None
        if in_id is not None and written_id is not None and in_id != written_id:
            raise SystemExit(f"--resume: record {n} of the partial output has id {written_id!r}, "
                             f"the input has {in_id!r}: not the same input")


def annotate_main(args) -> int:
    """`python -m pipeline annotate`: returns 0, or 1 when any record was an error record."""
    from pipeline.io import JSONLWriter, count_items, read_items

    t0 = time.time()
    if args.model is None:
        import pipeline
        if pipeline.model_path() is None:
            print("warning: no trained model in models/: running rules only (run `make train`)", file=sys.stderr)
    writer = JSONLWriter(args.output, resume=args.resume)
    items = read_items(args.input, args.text_field, args.split)
    if writer.done:
        _resume_check(items, writer.done_ids)
        print(f"resuming after {writer.done} records already in {writer.part}", file=sys.stderr)
    total = None
    quiet = args.quiet or not sys.stderr.isatty()
    if not quiet:
        total = count_items(args.input, args.split)
    from tqdm import tqdm
    bar = tqdm(total=total, initial=writer.done, unit="doc", file=sys.stderr, disable=quiet, delay=1.0)
    errors = written = 0
    try:
        for out in run(items, model=args.model, text_field=args.text_field, batch_size=args.batch_size,
                       n_process=args.n_process, engine=args.engine, scheduler=args.scheduler,
                       partition_size=args.partition_size):
            writer.write(out.record)
            written += 1
            if out.error:
                errors += 1
                bar.clear()
                print(f"{args.input}: line {out.line}: {out.error}", file=sys.stderr)
            bar.update(1)
            # A flush per record costs one write call (negligible next to annotation) and means a
            # killed run keeps everything it finished, and piped output streams as it is made.
            writer.flush()
        writer.commit()
    finally:
        bar.close()
        writer.close()
    if not args.quiet:
        print(f"{writer.done + written} records ({written} new, {errors} errors) → {args.output} "
              f"in {time.time() - t0:.1f} s", file=sys.stderr)
    return 1 if errors or writer.done_errors else 0


# ---------------------------------------------------------------- Hugging Face datasets
def annotate_dataset(ds, text_column: str = "text", num_proc: int | None = None, nlp: Language | None = None,
                     batch_size: int = 64, model: str | None = None):
    """Return `ds` (a `datasets.Dataset`) with `entities`, `leaders` and `events` columns added, plus `error`
    (None, or why a row was not annotated). Entity dicts differ by label, so the columns are lists of
    `datasets.Json` (recent `datasets`; 4.4 lacks it); older versions get JSON strings instead."""
    import json

    from datasets import Features, Value
    try:
        from datasets import Json, List
        column, encode = List(Json()), (lambda value: value)
    except ImportError:
        column, encode = Value("string"), json.dumps
    features = Features({**ds.features, "entities": column, "leaders": column, "events": column,
                         "error": Value("string")})

    def fn(batch: dict[str, list]) -> dict[str, list]:
        pipe = nlp if nlp is not None else get_nlp(model)
        rows = [dict(zip(batch, values)) for values in zip(*batch.values())]
        items = [Item(i, row) if isinstance(row.get(text_column), str)
                 else Item(i, row, f"{text_column!r} is not a string") for i, row in enumerate(rows, 1)]
        outs = list(annotate_items(pipe, items, text_column, batch_size))
        return {**batch,
                "entities": [encode(o.record.get("entities", [])) for o in outs],
                "leaders": [encode(o.record.get("leaders", [])) for o in outs],
                "events": [encode(o.record.get("events", [])) for o in outs],
                "error": [o.error for o in outs]}

    return ds.map(fn, batched=True, batch_size=batch_size, num_proc=num_proc, features=features,
                  desc="annotating")


def load_count() -> int:
    """How many models this process has loaded (lets tests check "once per worker" on Dask)."""
    return LOADS
