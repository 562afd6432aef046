"""Where the work of a batch run happens: in this process, in worker processes, or on Dask.

Every backend runs ``function(cleaner, payload)`` and hands back a future; the runner keeps
the futures in input order, so outputs are the same bytes whichever backend made them. The
cleaner reaches each worker once (when it starts, or scattered to the cluster), not with
every task.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.util
import os
import sys
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Protocol, TypeVar

from cleaner.engine import Cleaner
from cleaner.start_cache import StartSaver

Payload = TypeVar("Payload")
Output = TypeVar("Output")
Output_co = TypeVar("Output_co", covariant=True)
Task = Callable[[Cleaner, Payload], Output]


class Pending(Protocol[Output_co]):
    """A task's result to come: all the runner asks of it is to wait for it (or for the
    exception the task raised). ``concurrent.futures.Future`` is one; the Dask backend
    hands out its own, one per task of a bundle."""

    def result(self) -> Output_co: ...


class Backend(Protocol):
    """Runs tasks somewhere; ``workers`` sizes how many tasks the runner keeps in flight, and
    ``file_bundle`` says how many document files the runner puts in one task."""

    workers: int
    file_bundle: int

    def submit(self, task: Task[Payload, Output], payload: Payload) -> Pending[Output]: ...


def available_cores() -> int:
    """Cores this process may use (respecting CPU affinity, e.g. under Slurm or taskset)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


class InlineBackend:
    """Runs each task at once in this process: ``--jobs 1``, no pickling, no start-up cost."""

    workers = 1
    file_bundle = 1

    def __init__(self, cleaner: Cleaner) -> None:
        self._cleaner = cleaner

    def submit(self, task: Task[Payload, Output], payload: Payload) -> Future[Output]:
        future: Future[Output] = Future()
        try:
            future.set_result(task(self._cleaner, payload))
        except BaseException as err:  # handed to the caller through the future, as a pool does
            future.set_exception(err)
        return future


_worker_cleaner: Cleaner | None = None


def _start_worker(cleaner: Cleaner) -> None:
    """Keep the cleaner for the tasks to come, and save what its matchers learn when this
    worker ends (``cleaner.start_cache``)."""
    global _worker_cleaner
    _worker_cleaner = cleaner
    saver = StartSaver(cleaner)
    multiprocessing.util.Finalize(None, saver.save, exitpriority=10)


def _run_in_worker(task: Task[Payload, Output], payload: Payload) -> Output:
    assert _worker_cleaner is not None, "worker started without a cleaner"
    return task(_worker_cleaner, payload)


class ProcessBackend:
    """A pool of worker processes on this machine, each with its own copy of the cleaner.

    On Linux the workers are forked, so they inherit the compiled rules instead of
    compiling them again; elsewhere they are spawned and unpickle the cleaner once.

    Sending a task and taking its result back costs this process most of a millisecond,
    about a third of what cleaning a short document costs a worker; with one task per file
    this process would keep a core of its own half busy. So files go ``FILE_BUNDLE`` to a task.
    """

    FILE_BUNDLE = 8

    def __init__(self, cleaner: Cleaner, workers: int) -> None:
        self.workers = workers
        self.file_bundle = self.FILE_BUNDLE
        method = "fork" if sys.platform.startswith("linux") else None
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context(method),
            initializer=_start_worker,
            initargs=(cleaner,),
        )

    def submit(self, task: Task[Payload, Output], payload: Payload) -> Future[Output]:
        return self._pool.submit(_run_in_worker, task, payload)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


@contextlib.contextmanager
def open_backend(cleaner: Cleaner, jobs: int, dask: str | None = None) -> Iterator[Backend]:
    """The local pool, or with ``dask`` (``"local"`` or a scheduler address) a Dask cluster.

    Dask is imported only here and only when asked for: it is an optional extra, and a run
    on one machine should not pay for importing it.
    """
    if dask is None:
        with local_backend(cleaner, jobs) as backend:
            yield backend
        return
    from cleaner.dask_backend import dask_backend

    with dask_backend(cleaner, dask, jobs) as backend:
        yield backend


@contextlib.contextmanager
def local_backend(cleaner: Cleaner, jobs: int) -> Iterator[Backend]:
    """``--jobs 1`` runs inline (and saves what the cleaner's matchers learned, as a worker
    does when it ends); more jobs start a process pool, shut down on the way out."""
    if jobs <= 1:
        yield InlineBackend(cleaner)
        StartSaver(cleaner).save()
        return
    backend = ProcessBackend(cleaner, jobs)
    try:
        yield backend
    finally:
        backend.shutdown()


TASKS_IN_FLIGHT_PER_WORKER = 4


class InOrder:
    """Tasks in flight on a backend, their results handled in the order they were submitted.

    At most a few tasks per worker are in flight: enough to keep every worker busy, few
    enough that reading ahead of the slowest task cannot make memory grow with the input.
    """

    def __init__(self, backend: Backend) -> None:
        self._backend = backend
        self._window: deque[Callable[[], None]] = deque()
        self._limit = max(1, backend.workers) * TASKS_IN_FLIGHT_PER_WORKER

    def submit(
        self,
        task: Task[Payload, Output],
        payload: Payload,
        done: Callable[[Output], None],
        crashed: Callable[[str], None],
    ) -> None:
        """Send a task off; ``done`` gets its result in turn. A task that crashed (a bug or a
        dead worker; a bad document is an outcome, not a crash) goes to ``crashed``."""
        future = self._backend.submit(task, payload)

        def settle() -> None:
            try:
                result = future.result()
            except Exception as err:
                crashed(internal_error(err))
                return
            done(result)

        self._window.append(settle)
        self.drain(self._limit)

    def later(self, action: Callable[[], None]) -> None:
        """Run ``action`` once every task submitted before it has been handled."""
        self._window.append(action)
        self.drain(self._limit)

    def drain(self, keep: int = 0) -> None:
        while len(self._window) > keep:
            self._window.popleft()()


def internal_error(err: Exception) -> str:
    """The reason logged for a document whose task raised: a bug, never a bad document."""
    return f"internal error ({type(err).__name__}: {err}); please report it"
