"""Annotate Items in this process: the core that every engine runs.

`annotate_items` turns Items into Outputs in order; pipeline/parallel.py applies it to consecutive
partitions on N local processes or on Dask and reassembles them in input order, so the engines'
output is identical by construction. Each process loads the model once (module-level cache).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.io import Item
from pipeline.events.records import event_records, shifted
from pipeline.record import entity_records
from pipeline.surrogates import replace_surrogates

__all__ = ["Output", "annotate_items", "annotate_records", "split_text", "annotate_dataset", "get_nlp"]

# A 1 MB document through spaCy's ner took 2.3 GB at once but 0.38 GB as 100k-character chunks
# (measured with spaCy 3.8.18), so long texts are cut into chunks and batches are capped by size.
CHUNK_CHARS = 100_000
BATCH_CHARS = 100_000
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


# The fields annotation adds to a record (events only when the pipeline has az_events).
ANNOTATION_FIELDS = ("entities", "leaders", "events")


@dataclass
class Output:
    """One output record; `error` is set when it is an error record (for messages and exit status)."""

    record: dict
    error: str | None = None
    line: int = 0

    @classmethod
    def failed(cls, item: Item, error: str) -> "Output":
        """The error record that stands in `item`'s place."""
        return cls(Item(item.line, item.record, error).error_record(), error, item.line)


# ---------------------------------------------------------------- model cache (one per process)
_NLP: dict[tuple[str | None, str], Language] = {}  # (model, ner backend) → pipeline
LOADS = 0  # how many times this process loaded a model (tests check "once per worker")


def get_nlp(model: str | None = None) -> Language:
    """The pipeline for `model` (None: `pipeline.load()`'s default), loaded once per process."""
    global LOADS
    import pipeline

    key = (model, pipeline.ner_backend())  # $AZ_NEWS_NER, set by `annotate --ner`
    if key not in _NLP:
        import warnings

        from pipeline.blas import one_blas_thread
        one_blas_thread()  # each engine process uses one core (before loading, so workers inherit it)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the rules-only warning is printed once by the CLI
            _NLP[key] = pipeline.load(model)
        LOADS += 1
    return _NLP[key]


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
    work = replace_surrogates(text)
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
        return Output.failed(item, job.error)
    entities: list[dict] = []
    leaders: list[tuple[int, list[dict]]] = []
    events: list[dict] | None = None
    for offset, doc in job.chunks:
        if doc._.events is not None:
            events = events if events is not None else []
            events.extend(shifted(doc._.events, offset, job.text))
        # the span texts come from the original, which may hold surrogates the Doc does not
        entities.extend(entity_records(doc, job.text, offset))
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
