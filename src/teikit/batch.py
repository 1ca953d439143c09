"""Run one pure per-document function over many documents: in this process, in worker processes, or
on a dask.distributed cluster — results always come back in input order, so output never depends on
which worker finished first.

Workers are started with `forkserver` (or `spawn`), never plain `fork`: a forked copy of a process
that already holds a Saxon processor would inherit a processor whose threads did not survive the fork.
Each worker compiles the stylesheets and builds the schema once, on its first document.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from contextlib import contextmanager
from itertools import islice
from typing import Any, TextIO

from teikit.errors import TeikitError

#: A bar appears only once a batch has run this long (seconds): short builds stay clean.
PROGRESS_DELAY = 2.0
#: Off a terminal, a batch of this many items logs a line as each one finishes (a short one stays quiet).
LOG_FROM = 10
#: Tasks in flight per worker: enough that no worker waits for the client between documents, few
#: enough that the client and a dask scheduler hold a handful of documents' inputs, not a whole
#: build's (~2 GB for a --reconvert of 10,000).
IN_FLIGHT_PER_WORKER = 2
#: Items one dask task carries at most: a task costs the scheduler and the client a few milliseconds
#: whatever it holds (~15 ms a document on two cores, as long as a small corpus page takes to render),
#: time taken from the workers when they share the machine; four to a task share that cost.
ITEMS_PER_TASK = 4
#: ... but a thread gets at least this many tasks of a batch, so that one worker does not finish long
#: before the other.
TASKS_PER_THREAD = 4
#: A batch hides what is alive from Python's cycle collector after its first item and then every this
#: many (`collector_spared`): often enough that what one interval keeps is little to walk.
SPARE_COLLECTOR_EVERY = 50


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def progress_bar(total: int, stream: TextIO | None = None, delay: float = PROGRESS_DELAY, unit: str = "doc"):
    """Counts, rate and ETA on `stream` (stderr) — silent unless it is a terminal."""
    from tqdm import tqdm

    stream = stream if stream is not None else sys.stderr
    quiet = not (hasattr(stream, "isatty") and stream.isatty())
    return tqdm(total=total, file=stream, disable=quiet, delay=delay, unit=unit, leave=False,
                dynamic_ncols=True)


class Progress:
    """How far a batch has come: a bar on a terminal (`progress_bar`); elsewhere (a log, a CI job),
    one line per finished item of a long batch; and, on request, the rate at the end, in `unit`s
    (the bar's) per second of `noun` (what the items are: documents, or parts of the corpus pages)."""

    def __init__(self, total: int, stream: TextIO | None, label: Callable[[Any], str], unit: str = "doc",
                 noun: str = "documents"):
        self.stream = stream if stream is not None else sys.stderr
        self.bar = progress_bar(total, self.stream, unit=unit)
        self.unit, self.noun = unit, noun
        terminal = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.log = not terminal and total >= LOG_FROM
        self.total, self.done, self.label, self.start = total, 0, label, time.perf_counter()

    def update(self, finished: Any) -> None:
        self.bar.update(1)
        self.done += 1
        if self.log:
            print(f"[{self.done}/{self.total}] {self.label(finished)}", file=self.stream, flush=True)

    def report_rate(self) -> None:
        seconds = time.perf_counter() - self.start
        print(f"{self.done} {self.noun} in {seconds:.1f} s ({self.done / seconds:.1f} {self.unit}s/s)",
              file=self.stream, flush=True)


@contextmanager
def collector_spared(every: int = SPARE_COLLECTOR_EVERY) -> Iterator[Callable[[], None]]:
    """A function to call as each item of a batch finishes: after the first and then every `every`
    items it collects the garbage and moves what is left alive out of the collector's sight
    (`gc.freeze`); the batch's end gives it all back (`gc.unfreeze`).

    Why: CPython runs a full collection about once a document here (a document's objects outlive two
    young collections) and each one walks every object alive, the reports a batch keeps among them
    (~25 objects a document): in a serial build the collector's time a document grew with every
    document built (0.031 → 0.045 s over the first 800), one cause of a 10,000 slowing as it went.
    What is frozen is never walked: the reports add nothing to a pass, nor do the modules and the
    compiled stylesheets frozen after the first document (0.031 → 0.011 s a document at the start).
    A process that froze objects of its own, or switched the collector off, is left as it is.
    """
    if gc.get_freeze_count() or not gc.isenabled():
        yield lambda: None
        return
    finished = 0

    def spare() -> None:
        nonlocal finished
        finished += 1
        if (finished - 1) % every == 0:
            gc.collect()
            gc.freeze()

    try:
        yield spare
    finally:
        gc.unfreeze()


def worker_context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def in_order(items: Iterable, submit: Callable[[Any], Any], window: Callable[[], int],
             done: Callable[[set], Iterable], finish: Callable) -> list[Any]:
    """Keep `window()` items in flight (`submit` one: its future), topping up as `done(pending)` gives
    finished futures; `finish` each result as it arrives and return what `finish` made of them in
    input order. Items are drawn from `items` only when submitted and a future is dropped once
    finished, so a large batch never holds every document's inputs or outputs at once, here or on a
    cluster."""
    finished: list[Any] = []
    position: dict[Any, int] = {}  # future in flight → its item's index
    queued = iter(items)

    def top_up() -> None:
        for item in islice(queued, max(0, window() - len(position))):
            position[submit(item)] = len(finished)
            finished.append(None)

    top_up()
    while position:
        for future in done(set(position)):
            index = position.pop(future)
            finished[index] = finish(future.result())
        top_up()
    return finished


def updating(bar, finish: Callable) -> Callable:
    """`finish`, then a step of the progress `bar` for what it made."""
    def finished(result: Any) -> Any:
        made = finish(result)
        bar.update(made)
        return made

    return finished


def run_serial(function: Callable, items: Iterable, kwargs: dict, finish: Callable, bar) -> list:
    finish_one = updating(bar, finish)
    return [finish_one(function(item, **kwargs)) for item in items]


def run_processes(function: Callable, items: Iterable, kwargs: dict, jobs: int, finish: Callable, bar) -> list:
    with ProcessPoolExecutor(max_workers=jobs, mp_context=worker_context()) as pool:
        return in_order(items, lambda item: pool.submit(function, item, **kwargs),
                        lambda: IN_FLIGHT_PER_WORKER * jobs,
                        lambda pending: wait(pending, return_when=FIRST_COMPLETED).done, updating(bar, finish))


def run_each(function: Callable, items: list, kwargs: dict) -> list:
    """Several items as one dask task, so that they share its fixed cost."""
    return [function(item, **kwargs) for item in items]


def items_per_task(total: int, threads: int) -> int:
    return max(1, min(ITEMS_PER_TASK, total // (max(1, threads) * TASKS_PER_THREAD)))


def run_dask(function: Callable, items: Iterable, kwargs: dict, scheduler: str, finish: Callable, bar,
             total: int) -> list:
    """The same function mapped by dask.distributed (a worker that dies has its tasks run again
    elsewhere), a few items to a task (`items_per_task`); items and results travel by value, so they
    should be data, not paths. The window follows the cluster's threads as workers come and go."""
    try:
        from distributed import Client, as_completed as dask_completed
    except ImportError as exc:
        raise TeikitError("--scheduler needs dask.distributed: pip install 'teikit[dask]'") from exc
    try:
        client = Client(scheduler)
    except (OSError, TimeoutError, ValueError) as exc:
        raise TeikitError(f"cannot reach the dask scheduler at {scheduler}: {exc}") from exc
    with client:
        completed = dask_completed()

        def threads() -> int:
            return max(1, sum(client.nthreads().values()))

        size = items_per_task(total, threads())
        queued = iter(items)
        tasks = iter(lambda: list(islice(queued, size)), [])
        finish_one = updating(bar, finish)

        def submit(task: list):
            # pure=False: a rebuild must run again even when its arguments are the same as before.
            future = client.submit(run_each, function, task, kwargs, pure=False)
            completed.add(future)
            return future

        finished = in_order(tasks, submit, lambda: IN_FLIGHT_PER_WORKER * threads(),
                            lambda pending: [next(completed)], lambda results: [finish_one(r) for r in results])
        return [made for task in finished for made in task]


def run_batch(function: Callable, items: Iterable, jobs: int = 1, scheduler: str | None = None,
              progress: TextIO | None = None, finish: Callable = lambda result: result,
              label: Callable[[Any], str] = str, total: int | None = None, unit: str = "doc",
              noun: str = "documents", **kwargs) -> list:
    """`[finish(function(item, **kwargs)) for item in items]`, the functions spread over `jobs`
    processes or a dask cluster, `finish` run here as each result arrives (to write it, say), its
    `label` the line logged for it; a batch spread over workers ends by saying how fast it went.
    `items` may be a generator that reads each document as it is drawn, given its `total`: workers
    draw a few at a time (`IN_FLIGHT_PER_WORKER`). `unit` and `noun` name the items in the progress
    shown (see `Progress`).

    One item, or `jobs=1`, runs in this process: starting workers would cost more than it saves.
    What the batch keeps as it goes is kept out of the cycle collector's passes (`collector_spared`).
    """
    if total is None:
        items = list(items)
        total = len(items)
    if jobs < 1:
        raise TeikitError(f"--jobs must be at least 1, not {jobs}")
    shown = Progress(total, progress, label, unit, noun)
    with shown.bar, collector_spared() as spare:
        def finish_sparing(result: Any) -> Any:
            made = finish(result)
            spare()
            return made

        if not scheduler and (jobs == 1 or total <= 1):
            return run_serial(function, items, kwargs, finish_sparing, shown)
        if scheduler:
            finished = run_dask(function, items, kwargs, scheduler, finish_sparing, shown, total)
        else:
            finished = run_processes(function, items, kwargs, min(jobs, total), finish_sparing, shown)
    shown.report_rate()
    return finished
