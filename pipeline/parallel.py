"""Run an annotation job on N local processes or on a Dask cluster, in input order, surviving the
death of a worker.

Workers receive only what annotation needs (`slim`: the line, the text, the publication date), never
the whole parsed record: a record nested 1,000 levels deep does not pickle ("RecursionError while
pickling"), and fields the worker never reads cost time to ship. `merge` puts each worker Output back
into its original record, so the result is identical to `annotate_items` in one process.

A dead worker (out-of-memory kill, `kill -9`) breaks a `ProcessPoolExecutor`: every partition in
flight is resubmitted to fresh workers. A partition in flight at two deaths is retried record by
record, and a record in flight at two deaths becomes an error record naming its line, so a record
that kills its worker every time cannot stop the run. Dask reschedules a dead worker's tasks itself;
a task Dask gives up on (`KilledWorker`) takes the same record-by-record path.
"""
from __future__ import annotations

import sys
from collections import deque
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Callable, Iterable, Iterator

from pipeline.engines import ANNOTATION_FIELDS, Output, annotate_items, get_nlp, pub_date
from pipeline.errors import UsageError
from pipeline.io import Item

__all__ = ["run", "slim", "merge", "partitions", "RETRIES"]

RETRIES = 2  # deaths a partition (then a single record) may cause, running alone, before the next step


def slim(item: Item, text_field: str) -> Item:
    """What a worker needs of `item`: its line, its text and its publication date."""
    if item.error or item.record is None:
        return Item(item.line, None, item.error)
    record = {text_field: item.record[text_field]}
    date = pub_date(item.record)
    if date is not None and text_field != "date":
        record["date"] = date
    return Item(item.line, record)


def merge(item: Item, out: Output) -> Output:
    """The worker's Output for `slim(item)` as the Output for `item` (all input fields kept)."""
    if out.error:
        return Output.failed(item, out.error)
    record = dict(item.record or {})
    record.update((k, out.record[k]) for k in ANNOTATION_FIELDS if k in out.record)
    return Output(record, None, item.line)


def work(part: list[Item], model: str | None, text_field: str, batch_size: int) -> list[Output]:
    """Worker side: annotate slim Items and send back only the annotations."""
    outs = []
    for out in annotate_items(get_nlp(model), part, text_field, batch_size):
        if not out.error:
            out.record = {k: out.record[k] for k in ANNOTATION_FIELDS if k in out.record}
        outs.append(out)
    return outs


def partitions(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while part := list(islice(it, size)):
        yield part


@dataclass
class _Task:
    part: list[Item]
    future: Any = None
    deaths: int = 0
    outputs: list[Output] | None = field(default=None)  # set when decided without a worker


def _died(item: Item, why: str) -> Output:
    error = f"worker process died twice while annotating this record ({why}): not annotated"
    return Output.failed(item, error)


def _after_death(tasks: Iterable[_Task], why: str) -> list[_Task]:
    """Plan the next attempt of every task in flight at a worker's death."""
    plan: list[_Task] = []
    for task in tasks:
        task.deaths += 1
        if task.deaths < RETRIES:
            plan.append(_Task(task.part, deaths=task.deaths))
        elif len(task.part) > 1:
            plan.extend(_Task([item]) for item in task.part)
        else:
            plan.append(_Task(task.part, outputs=[_died(task.part[0], why)]))
    return plan


def _ordered(parts: Iterator[list[Item]], window: int, submit: Callable[[list[Item]], Any],
             outcome: Callable[[Any], list[Output] | None], restart: Callable[[], str]) -> Iterator[Output]:
    """Keep `window` partitions in flight and yield their Outputs in input order, each merged back into
    its input record (a task's Outputs are one per Item of its part, in order). `outcome` returns a
    finished future's Outputs, or None when its worker died; then `restart` (which says why).

    A death is charged only to a task that was running alone: every unfinished task at a death becomes
    a suspect, and suspects run one at a time (no new partitions meanwhile) until each has finished or
    died alone. Charging every task in flight would let an innocent record that shared two or three
    deaths with a killer be reported as a killer itself (seen under load)."""
    pending: deque[_Task] = deque()

    def quarantine() -> bool:
        return any(t.future is None and t.outputs is None for t in pending)

    def fill() -> None:
        if quarantine():
            return
        while len(pending) < window and (part := next(parts, None)) is not None:
            pending.append(_Task(part, submit(part)))

    fill()
    while pending:
        head = pending[0]
        if head.outputs is None and head.future is None:
            head.future = submit(head.part)  # a suspect, alone
        outs = head.outputs if head.outputs is not None else outcome(head.future)
        if outs is None:
            why = restart()
            alone = all(t.outputs is not None or t.future is None for t in list(pending)[1:])
            planned: deque[_Task] = deque()
            again = 0
            for task in pending:
                if task.outputs is not None or _finished(task, outcome):
                    planned.append(task)
                elif alone and task is head:
                    planned.extend(_after_death([task], why))
                else:
                    again += len(task.part)
                    task.future = None
                    planned.append(task)
            if again:
                print(f"annotate: a worker process died ({why}); running the {again} records then in "
                      "flight again, one part at a time, to find the one that kills it", file=sys.stderr)
            else:
                print(f"annotate: a worker process died ({why}) on {len(head.part)} record(s) alone",
                      file=sys.stderr)
            pending = planned
            continue
        pending.popleft()
        yield from map(merge, head.part, outs)
        fill()


def _finished(task: _Task, outcome: Callable[[Any], list[Output] | None]) -> bool:
    """Whether the task's future finished with results (kept across a restart)."""
    if task.future is None or not task.future.done():
        return False
    outs = outcome(task.future)
    if outs is None:
        return False
    task.outputs = outs
    return True


def _local_pool(items, model, text_field, batch_size, n_process, part_size) -> Iterator[Output]:
    import multiprocessing as mp
    from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    get_nlp(model)  # load before forking so that workers inherit it instead of loading again
    context = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
    pool = [ProcessPoolExecutor(n_process, mp_context=context)]

    workers: dict = {}  # pid → Process, kept to read a dead worker's exit code after the pool broke

    def submit(part: list[Item]) -> Any:
        try:
            future = pool[0].submit(work, [slim(i, text_field) for i in part], model, text_field, batch_size)
        except BrokenProcessPool as broken:
            # a worker died since the last look: this task fails like those in flight, and the
            # restart that follows plans it again
            future = Future()
            future.set_exception(broken)
        workers.update(getattr(pool[0], "_processes", None) or {})
        return future

    def outcome(future: Any) -> list[Output] | None:
        try:
            return future.result()
        except (BrokenProcessPool, CancelledError):
            return None

    def restart() -> str:
        pool[0].shutdown(wait=True, cancel_futures=True)
        # exit codes of the dead (negative: killed by that signal)
        codes = [p.exitcode for p in workers.values() if p.exitcode]
        codes = [c for c in codes if c != -15] or codes  # the pool terminates the survivors (SIGTERM)
        workers.clear()
        pool[0] = ProcessPoolExecutor(n_process, mp_context=context)
        return ", ".join(f"killed by signal {-c}" if c < 0 else f"exit status {c}" for c in codes) or "unknown cause"

    try:
        yield from _ordered(partitions(items, part_size), 2 * n_process, submit, outcome, restart)
    finally:
        pool[0].shutdown(wait=True, cancel_futures=True)


def _dask(items, model, text_field, batch_size, scheduler, part_size) -> Iterator[Output]:
    try:
        from distributed import Client, LocalCluster
        from distributed.scheduler import KilledWorker
    except ImportError:
        raise UsageError("--engine dask needs Dask: pip install 'az-news-pipeline[dask]' "
                         "(or pip install 'dask[distributed]')") from None
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(processes=True, threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)

    def submit(part: list[Item]) -> Any:
        return client.submit(work, [slim(i, text_field) for i in part], model, text_field, batch_size, pure=False)

    def outcome(future: Any) -> list[Output] | None:
        try:
            return future.result()
        except KilledWorker:
            return None

    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        yield from _ordered(partitions(items, part_size), 2 * workers, submit, outcome,
                            lambda: "Dask gave the task up: KilledWorker")
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
