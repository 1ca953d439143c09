"""Run one pure per-document function over many documents: in this process, in worker processes, or
on a dask.distributed cluster — results always come back in input order, so output never depends on
which worker finished first.

Workers are started with `forkserver` (or `spawn`), never plain `fork`: a forked copy of a process
that already holds a Saxon processor would inherit a processor whose threads did not survive the fork.
Each worker compiles the stylesheets and builds the schema once, on its first document.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from typing import Any, TextIO

from teikit.errors import TeikitError

#: A bar appears only once a batch has run this long (seconds): short builds stay clean.
PROGRESS_DELAY = 2.0


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def progress_bar(total: int, stream: TextIO | None = None, delay: float = PROGRESS_DELAY):
    """Counts, rate and ETA on `stream` (stderr) — silent unless it is a terminal."""
    from tqdm import tqdm

    stream = stream if stream is not None else sys.stderr
    quiet = not (hasattr(stream, "isatty") and stream.isatty())
    return tqdm(total=total, file=stream, disable=quiet, delay=delay, unit="doc", leave=False,
                dynamic_ncols=True)


def worker_context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def in_order(futures: Sequence[Any], completed: Iterator[Any], finish: Callable, bar) -> list[Any]:
    """`finish` each future's result as it arrives (updating `bar`), and return what `finish` made of
    them in input order; a result is dropped once finished, so a large batch never holds them all."""
    position = {future: index for index, future in enumerate(futures)}
    finished: list[Any] = [None] * len(futures)
    for future in completed:
        finished[position.pop(future)] = finish(future.result())
        bar.update(1)
    return finished


def run_serial(function: Callable, items: Sequence, kwargs: dict, finish: Callable, bar) -> list:
    finished = []
    for item in items:
        finished.append(finish(function(item, **kwargs)))
        bar.update(1)
    return finished


def run_processes(function: Callable, items: Sequence, kwargs: dict, jobs: int, finish: Callable, bar) -> list:
    with ProcessPoolExecutor(max_workers=jobs, mp_context=worker_context()) as pool:
        futures: list[Future] = [pool.submit(function, item, **kwargs) for item in items]
        return in_order(futures, as_completed(futures), finish, bar)


def run_dask(function: Callable, items: Sequence, kwargs: dict, scheduler: str, finish: Callable, bar) -> list:
    """The same function mapped by dask.distributed (a worker that dies has its tasks run again
    elsewhere); items and results travel by value, so they should be data, not paths."""
    try:
        from distributed import Client, as_completed as dask_completed
    except ImportError as exc:
        raise TeikitError("--scheduler needs dask.distributed: pip install 'teikit[dask]'") from exc
    try:
        client = Client(scheduler)
    except (OSError, TimeoutError, ValueError) as exc:
        raise TeikitError(f"cannot reach the dask scheduler at {scheduler}: {exc}") from exc
    with client:
        # pure=False: a rebuild must run again even when its arguments are the same as before.
        futures = client.map(function, list(items), pure=False, **kwargs)
        return in_order(futures, dask_completed(futures), finish, bar)


def run_batch(function: Callable, items: Iterable, jobs: int = 1, scheduler: str | None = None,
              progress: TextIO | None = None, finish: Callable = lambda result: result, **kwargs) -> list:
    """`[finish(function(item, **kwargs)) for item in items]`, the functions spread over `jobs`
    processes or a dask cluster, `finish` run here as each result arrives (to write it, say).

    One item, or `jobs=1`, runs in this process: starting workers would cost more than it saves.
    """
    items = list(items)
    if jobs < 1:
        raise TeikitError(f"--jobs must be at least 1, not {jobs}")
    with progress_bar(len(items), progress) as bar:
        if scheduler:
            return run_dask(function, items, kwargs, scheduler, finish, bar)
        if jobs == 1 or len(items) <= 1:
            return run_serial(function, items, kwargs, finish, bar)
        return run_processes(function, items, kwargs, min(jobs, len(items)), finish, bar)
