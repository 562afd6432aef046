"""A batch run: many files and JSONL corpora through one backend, in input order, in bounded memory.

The runner walks the plan and keeps a window of tasks in flight (a few per worker). Results
are taken from the front of the window only, so JSONL output comes out in input order and a
run gives the same bytes with one job or many; and since no more than the window is ever read
ahead, memory does not grow with the size of the input. A bad document or record is counted
and logged; nothing but a usage error or an interrupt stops the run.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from cleaner.atomic import AtomicFile, remove_stale_temporaries
from cleaner.backends import Backend, InOrder
from cleaner.documents import FileJob, Outcome, clean_file
from cleaner.engine import Cleaner
from cleaner.jsonl import ChunkOutcome, JsonlChunk, JsonlReader, RecordFields, clean_chunk
from cleaner.jsonl import resume_tally as jsonl_resume_tally
from cleaner.outputs import InputFile, OutputPaths
from cleaner.progress import Progress
from cleaner.tally import Tally

CHUNK_RECORDS = 64
CHUNK_BYTES = 1 << 20
"""A JSONL chunk ends at this many records or bytes, whichever comes first: big enough that
sending it to a worker costs little next to cleaning it, small enough to keep memory flat."""


@dataclass(frozen=True)
class JsonlJob:
    """Clean the records of ``path`` into ``output`` (gzipped if it ends in .gz) and the
    line-aligned sidecars into ``meta``."""

    label: str
    path: Path
    output: Path
    meta: Path
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
            jobs.append(FileJob(item.label, item.path, target.text, target.meta, resume, folder))
    return jobs


class ErrorLog:
    """``errors.jsonl``: one line per failed document or record, swapped in at the end of the
    run (an earlier run's log is replaced; a run without errors leaves none).

    The first failures are also echoed as one line each (``path[:line]: reason``), so that a
    run with a few bad files says which; past ``SHOWN_FAILURES`` only the log has them.
    """

    SHOWN_FAILURES = 20

    def __init__(self, path: Path, echo: Callable[[str], None] | None = None) -> None:
        self._path = path
        self._echo = echo
        self._file: AtomicFile | None = None
        self.count = 0

    def write(self, outcome: Outcome) -> None:
        for failure in outcome.failures:
            if self._file is None:
                self._file = AtomicFile(self._path)
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


class _JsonlSink:
    """The two outputs of one JSONL file while they are being written."""

    def __init__(self, job: JsonlJob) -> None:
        self.job = job
        remove_stale_temporaries(job.output)
        remove_stale_temporaries(job.meta)
        self._output = AtomicFile(job.output)
        self._meta = AtomicFile(job.meta)
        self._records: IO[bytes] | gzip.GzipFile = self._output.handle
        if job.output.name.lower().endswith(".gz"):
            # no name and no timestamp in the header: the same input gives the same bytes
            self._records = gzip.GzipFile(
                filename="", mode="wb", fileobj=self._output.handle, mtime=0
            )
        self.broken: str | None = None

    def write(self, chunk: ChunkOutcome) -> None:
        if self.broken is not None:
            return
        try:
            self._records.write(chunk.output)
            self._meta.handle.write(chunk.meta)
        except OSError as err:
            self.break_with(f"cannot write {self.job.output}: {err.strerror or err}")

    def break_with(self, reason: str) -> None:
        """Stop writing: the file's outputs will be thrown away, for ``reason``."""
        self.broken = self.broken or reason

    def commit(self) -> None:
        if self._records is not self._output.handle:
            self._records.close()
        self._output.commit()
        self._meta.commit()

    def discard(self) -> None:
        self._output.discard()
        self._meta.discard()


class BatchRun:
    """Runs a plan of jobs on a backend and adds up what happened."""

    def __init__(self, backend: Backend, cleaner: Cleaner, progress: Progress, errors: ErrorLog):
        self._cleaner = cleaner
        self._progress = progress
        self._errors = errors
        self._tasks = InOrder(backend)
        self._sinks: list[_JsonlSink] = []
        self.tally = Tally()
        self._bytes_done = 0

    def run(self, jobs: Iterable[Job]) -> Tally:
        jobs = list(jobs)
        self._progress.start(sum(_size(job.path) for job in jobs))
        try:
            for job in jobs:
                if isinstance(job, FileJob):
                    self._run_file(job)
                else:
                    self._run_jsonl(job)
            self._tasks.drain()
        finally:
            for sink in self._sinks:  # left open only when the run was interrupted
                sink.discard()
            self._progress.finish()
        return self.tally

    # -- files --------------------------------------------------------------------------------

    def _run_file(self, job: FileJob) -> None:
        size = _size(job.path)

        def done(outcome: Outcome) -> None:
            self._bytes_done += size
            self._count(outcome)

        def crashed(reason: str) -> None:
            self._bytes_done += size
            self._fail(job.label, reason)

        self._tasks.submit(clean_file, job, done, crashed)

    # -- JSONL --------------------------------------------------------------------------------

    def _run_jsonl(self, job: JsonlJob) -> None:
        size = _size(job.path)
        if job.resume:
            previous = jsonl_resume_tally(
                job.label, job.path, job.fields, job.output, job.meta, self._cleaner.rules_sha256
            )
            if previous is not None:
                self._bytes_done += size
                self._count(previous)
                return
        sink = _JsonlSink(job)
        self._sinks.append(sink)
        reader = JsonlReader(job.path)
        start = self._bytes_done
        try:
            for chunk in chunks(job, reader.lines()):
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

    def _finish(self, sink: _JsonlSink, size: int, start: int) -> None:
        self._sinks.remove(sink)
        if sink.broken is not None:
            self._abort(sink, sink.broken, size, start)
            return
        sink.commit()
        self._bytes_done = start + size

    def _abort(self, sink: _JsonlSink, reason: str, size: int, start: int) -> None:
        """No partial output: the file's outputs are thrown away and it counts as one failure
        (its records that were cleaned stay counted as cleaned work)."""
        if sink in self._sinks:
            self._sinks.remove(sink)
        sink.discard()
        self._bytes_done = start + size
        self._fail(sink.job.label, reason)

    # -- counting ---------------------------------------------------------------------------

    def _count(self, outcome: Outcome) -> None:
        self.tally.add(outcome.tally)
        self._errors.write(outcome)
        self._progress.update(self.tally.documents, self._bytes_done)

    def _fail(self, label: str, reason: str) -> None:
        outcome = Outcome()
        outcome.fail(label, None, reason)
        self._count(outcome)


def chunks(job: JsonlJob, lines: Iterator[bytes]) -> Iterator[JsonlChunk]:
    """The file's lines in chunks of ``CHUNK_RECORDS`` lines or ``CHUNK_BYTES`` bytes."""
    folder = str(Path(job.label).parent)
    batch: list[bytes] = []
    size = 0
    first = 1
    for number, line in enumerate(lines, start=1):
        if not batch:
            first = number
        batch.append(line)
        size += len(line)
        if len(batch) >= CHUNK_RECORDS or size >= CHUNK_BYTES:
            yield JsonlChunk(job.label, job.fields, first, batch, folder)
            batch, size = [], 0
    if batch:
        yield JsonlChunk(job.label, job.fields, first, batch, folder)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
