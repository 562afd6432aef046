"""Run a batch on Dask: a LocalCluster of worker processes, or a cluster that already exists.

The tasks are the ones the local pool runs (``clean_file`` and ``clean_chunk``), so outputs
are the same bytes; they go to Dask a few at a time (``BUNDLE``). The cleaner is scattered
to every worker once, and each task gets it by reference. File tasks read their input and
write their outputs on the worker, so on a cluster of several machines the inputs and OUT
must be on a file system all workers see; JSONL chunks travel through the client, which
reads the corpus and writes its outputs.

This module imports Dask; ``cleaner.backends.open_backend`` imports it only for ``--dask``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, cast

from cleaner.backends import Output, Payload, Task
from cleaner.engine import Cleaner
from cleaner.outputs import UsageError

if TYPE_CHECKING:
    from distributed import Client, Future

LOCAL = "local"
"""``--dask local``: start a LocalCluster on this machine instead of connecting to one."""

INSTALL_HINT = "--dask needs Dask: pip install 'news-cleaner[dask]'"

BUNDLE = 8
"""Tasks sent to Dask as one. A Dask task costs a few milliseconds of scheduler and worker
time and a round trip, about as much as cleaning a short document, so consecutive tasks
travel together; the runner still sees one result per task, in order."""


@contextlib.contextmanager
def dask_backend(cleaner: Cleaner, address: str, jobs: int) -> Iterator[DaskBackend]:
    """Connect to the scheduler at ``address`` (or start a LocalCluster of ``jobs`` worker
    processes with one thread each) and close everything on the way out."""
    try:
        import distributed
    except ImportError:
        raise UsageError(INSTALL_HINT) from None
    with contextlib.ExitStack() as stack:
        target: Any = address
        if address != LOCAL:
            _check_address(address)
        else:
            target = stack.enter_context(
                distributed.LocalCluster(
                    n_workers=jobs,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",  # any free port: 8787 may be taken by another run
                )
            )
        try:
            client = stack.enter_context(distributed.Client(target, set_as_default=False))
        except (OSError, ValueError) as err:
            raise UsageError(f"cannot connect to the Dask scheduler at {address}: {err}") from None
        if not client.nthreads():
            raise UsageError(f"the Dask cluster at {address} has no workers yet: start them first")
        yield DaskBackend(client, cleaner)


def _check_address(address: str) -> None:
    """Refuse a TCP or TLS address without a port before connecting: ``Client`` would fail on
    it too, but leave a half-made client whose clean-up at exit hangs for a minute."""
    from distributed.comm.addressing import get_address_host_port, parse_address

    scheme, _location = parse_address(address, strict=False)
    if scheme in {"tcp", "tls"}:
        try:
            get_address_host_port(address)
        except ValueError as err:
            message = f"--dask takes 'local' or tcp://host:port, not {address!r}: {err}"
            raise UsageError(message) from None


class DaskBackend:
    """Submits tasks to a Dask client in bundles of ``bundle``.

    ``workers`` is the cluster's total threads times the bundle size, so the runner's window
    holds a few bundles per thread, as it holds a few tasks per process of the local pool.
    """

    def __init__(self, client: Client, cleaner: Cleaner, bundle: int = BUNDLE) -> None:
        self._client = client
        # broadcast: every worker holds it from the start; hash=False: no need to tokenize it
        self._cleaner = client.scatter(cleaner, broadcast=True, hash=False)
        self._bundle_size = bundle
        self.file_bundle = 1  # the bundles above already amortise a task's cost
        self._open = _Bundle(self)
        self.workers = max(1, sum(client.nthreads().values())) * bundle

    def submit(self, task: Task[Payload, Output], payload: Payload) -> _Slot[Output]:
        bundle = self._open
        slot: _Slot[Output] = bundle.add(task, payload)
        if len(bundle.tasks) >= self._bundle_size:
            self.send(bundle)
        return slot

    def send(self, bundle: _Bundle) -> None:
        """Hand a bundle to Dask: when it is full, or when its first result is waited for."""
        if bundle is self._open:
            self._open = _Bundle(self)
        tasks, bundle.tasks = bundle.tasks, []  # Dask holds them now
        # pure=False: two equal bundles are still two tasks, and nothing needs hashing
        bundle.future = self._client.submit(_run_bundle, self._cleaner, tasks, pure=False)


class _Bundle:
    """Consecutive tasks that become one Dask task; ``future`` is set once it is sent."""

    def __init__(self, backend: DaskBackend) -> None:
        self.backend = backend
        self.tasks: list[tuple[Task[Any, Any], Any]] = []
        self.future: Future[list[_Done | _Raised]] | None = None
        self._results: list[_Done | _Raised] | None = None

    def add(self, task: Task[Payload, Output], payload: Payload) -> _Slot[Output]:
        self.tasks.append((task, payload))
        return _Slot(self, len(self.tasks) - 1)

    def results(self) -> list[_Done | _Raised]:
        """Fetched once (each ``Future.result()`` would fetch again); the Dask future is
        then let go, so the cluster forgets the bundle."""
        if self._results is None:
            if self.future is None:
                self.backend.send(self)
            assert self.future is not None
            self._results = self.future.result()
            self.future = None
        return self._results


class _Slot(Generic[Output]):
    """One task's result inside a bundle: its value, or the exception it raised."""

    def __init__(self, bundle: _Bundle, index: int) -> None:
        self._bundle = bundle
        self._index = index

    def result(self) -> Output:
        outcome = self._bundle.results()[self._index]
        if isinstance(outcome, _Raised):
            raise outcome.error
        return cast(Output, outcome.value)


@dataclass(frozen=True)
class _Done:
    value: Any


@dataclass(frozen=True)
class _Raised:
    error: Exception


def _run_bundle(cleaner: Cleaner, tasks: list[tuple[Task[Any, Any], Any]]) -> list[_Done | _Raised]:
    """On a worker: every task of the bundle, each failing alone, as in the local pool."""
    outcomes: list[_Done | _Raised] = []
    for task, payload in tasks:
        try:
            outcomes.append(_Done(task(cleaner, payload)))
        except Exception as err:
            outcomes.append(_Raised(err))
    return outcomes
