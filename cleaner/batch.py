"""A batch run: many files and JSONL corpora through one backend, in input order, in bounded memory.

The runner walks the plan and keeps a window of tasks in flight (a few per worker). Results
are taken from the front of the window only, so JSONL output comes out in input order and a
run gives the same bytes with one job or many; and since no more than the window is ever read
ahead, memory does not grow with the size of the input. A bad document or record is counted
and logged; nothing but a usage error or an interrupt stops the run.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cleaner.atomic import open_atomic
from cleaner.backends import Backend, InOrder, internal_error
from cleaner.documents import FileJob, Outcome, clean_file
from cleaner.engine import Cleaner
from cleaner.jsonl import (
    ChunkOutcome,
    JsonlReader,
    JsonlSink,
    RecordFields,
    chunks,
    clean_chunk,
)
from cleaner.jsonl import resume_tally as jsonl_resume_tally
from cleaner.outputs import InputFile, OutputPaths
from cleaner.progress import Progress
from cleaner.tally import Tally

if TYPE_CHECKING:
    from cleaner.atomic import AtomicFile
    from cleaner.outputs import Location
    from cleaner.remote import RemoteAtomicFile


@dataclass(frozen=True)
class JsonlJob:
    """Clean the records of ``path`` into ``output`` (gzipped if it ends in .gz) and the
    line-aligned sidecars into ``meta``."""

    label: str
    path: Location
    output: Location
    meta: Location
    fields: RecordFields
    resume: bool


Job = FileJob | JsonlJob


def plan_jobs(
    targets: Iterable[tuple[InputFile, OutputPaths | None]], fields: RecordFields, *, resume: bool
) -> list[Job]:
    """One job per input file (stdin is not a batch job: it streams to stdout)."""
    jobs: list[Job] = []
    for item, target in targets:
        if item.path is None or target is None or target.text is None:
            continue
        if item.is_jsonl:
            jobs.append(JsonlJob(item.label, item.path, target.text, target.meta, fields, resume))
        else:
            folder = str(Path(item.label).parent)
            paths = (item.path.absolute(), target.text.absolute(), target.meta.absolute())
            jobs.append(FileJob(item.label, *paths, resume, folder))
    return jobs


class ErrorLog:
    """``errors.jsonl``: one line per failed document or record, swapped in at the end of the
    run (an earlier run's log is replaced; a run without errors leaves none).

    The first failures are also echoed as one line each (``path[:line]: reason``), so that a
    run with a few bad files says which; past ``SHOWN_FAILURES`` only the log has them.
    """

    SHOWN_FAILURES = 20

    def __init__(self, path: Location, echo: Callable[[str], None] | None = None) -> None:
        self._path = path
        self._echo = echo
        self._file: AtomicFile | RemoteAtomicFile | None = None
        self.count = 0

    def write(self, outcome: Outcome) -> None:
        for failure in outcome.failures:
            if self._file is None:
                self._file = open_atomic(self._path)
            line = json.dumps(failure.to_dict(), ensure_ascii=False, sort_keys=True)
            self._file.handle.write(line.encode("utf-8", "backslashreplace") + b"\n")
            self.count += 1
            if self._echo is not None and self.count <= self.SHOWN_FAILURES:
                where = failure.path if failure.line is None else f"{failure.path}:{failure.line}"
                self._echo(f"{where}: {failure.reason}")

    def close(self) -> None:
        if self._file is not None:
            self._file.commit()
        else:
            self._path.unlink(missing_ok=True)

    def discard(self) -> None:
        if self._file is not None:
            self._file.discard()


def clean_files(cleaner: Cleaner, jobs: tuple[FileJob, ...]) -> list[Outcome]:
    """Several files as one task (``Backend.file_bundle``). Each fails alone, even on a bug:
    the files that share its task are cleaned all the same."""
    outcomes = []
    for job in jobs:
        try:
            outcomes.append(clean_file(cleaner, job))
        except Exception as err:
            outcome = Outcome()
            outcome.fail(job.label, None, internal_error(err))
            outcomes.append(outcome)
    return outcomes


class BatchRun:
    """Runs a plan of jobs on a backend and adds up what happened."""

    def __init__(self, backend: Backend, cleaner: Cleaner, progress: Progress, errors: ErrorLog):
        self._cleaner = cleaner
        self._progress = progress
        self._errors = errors
        self._tasks = InOrder(backend)
        self._file_bundle = max(1, backend.file_bundle)
        self._files: list[tuple[FileJob, int]] = []
        self._sinks: list[JsonlSink] = []
        self.tally = Tally()
        self._bytes_done = 0

    def run(self, jobs: Iterable[Job]) -> Tally:
        sized = [(job, _size(job.path)) for job in jobs]  # one stat (or request) a file
        self._progress.start(sum(size for _, size in sized))
        try:
            for job, size in sized:
                if isinstance(job, FileJob):
                    self._run_file(job, size)
                else:
                    self._send_files()
                    self._run_jsonl(job, size)
            self._send_files()
            self._tasks.drain()
        finally:
            for sink in self._sinks:  # left open only when the run was interrupted
                sink.discard()
            self._progress.finish()
        return self.tally

    # -- files --------------------------------------------------------------------------------

    def _run_file(self, job: FileJob, size: int) -> None:
        self._files.append((job, size))
        if len(self._files) >= self._file_bundle:
            self._send_files()

    def _send_files(self) -> None:
        """Send the files gathered so far as one task."""
        if not self._files:
            return
        bundle, self._files = self._files, []
        sizes = [size for _, size in bundle]

        def done(outcomes: list[Outcome]) -> None:
            for outcome, size in zip(outcomes, sizes, strict=True):
                self._bytes_done += size
                self._count(outcome)

        def crashed(reason: str) -> None:
            for job, size in bundle:
                self._bytes_done += size
                self._fail(job.label, reason)

        self._tasks.submit(clean_files, tuple(job for job, _ in bundle), done, crashed)

    # -- JSONL --------------------------------------------------------------------------------

    def _run_jsonl(self, job: JsonlJob, size: int) -> None:
        if job.resume:
            previous = jsonl_resume_tally(
                job.label, job.path, job.fields, job.output, job.meta, self._cleaner.rules_sha256
            )
            if previous is not None:
                self._bytes_done += size
                self._count(previous)
                return
        sink = JsonlSink(job.label, job.output, job.meta)
        self._sinks.append(sink)
        reader = JsonlReader(job.path)
        start = self._bytes_done
        try:
            for chunk in chunks(job.label, job.fields, reader.lines()):
                position = start + reader.position

                def done(result: ChunkOutcome, position: int = position) -> None:
                    sink.write(result)
                    self._bytes_done = position
                    self._count(result.outcome)

                self._tasks.submit(clean_chunk, chunk, done, sink.break_with)
        except (OSError, EOFError, zlib.error) as err:  # unreadable, corrupt or truncated .gz
            reason = f"cannot read: {err}"
            self._tasks.later(lambda: self._abort(sink, reason, size, start))
            return
        self._tasks.later(lambda: self._finish(sink, size, start))

    def _finish(self, sink: JsonlSink, size: int, start: int) -> None:
        self._sinks.remove(sink)
        if sink.broken is not None:
            self._abort(sink, sink.broken, size, start)
            return
        sink.commit()
        self._bytes_done = start + size

    def _abort(self, sink: JsonlSink, reason: str, size: int, start: int) -> None:
        """No partial output: the file's outputs are thrown away and it counts as one failure
        (its records that were cleaned stay counted as cleaned work)."""
        if sink in self._sinks:
            self._sinks.remove(sink)
        sink.discard()
        self._bytes_done = start + size
        self._fail(sink.label, reason)

    # -- counting ---------------------------------------------------------------------------

    def _count(self, outcome: Outcome) -> None:
        self.tally.add(outcome.tally)
        self._errors.write(outcome)
        self._progress.update(self.tally.documents, self._bytes_done)

    def _fail(self, label: str, reason: str) -> None:
        outcome = Outcome()
        outcome.fail(label, None, reason)
        self._count(outcome)


def _size(path: Location) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
