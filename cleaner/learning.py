"""The first pass of ``clean --learn-repeats``: count lines per source over the whole input.

It reads every document the cleaning pass will read, on the same backend, and returns the
table of repeated lines that the second pass removes (see ``cleaner.repeats``). Plain-text
documents are counted; HTML pages are not (trafilatura already drops a site's template, and
extracting every page twice would double the cost), nor are records that fail to parse.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

from cleaner.backends import Backend, InOrder
from cleaner.batch import Job
from cleaner.documents import FileJob
from cleaner.engine import Cleaner
from cleaner.jsonl import (
    JsonlChunk,
    JsonlReader,
    RecordError,
    chunks,
    corpus_source_of,
    parse_record,
)
from cleaner.progress import Progress
from cleaner.reading import InputError, read_path
from cleaner.repeats import LineCounts, RepeatTable, RepeatThresholds


def count_file(_cleaner: Cleaner, job: FileJob) -> LineCounts:
    counts = LineCounts()
    try:
        loaded = read_path(job.path)
    except InputError:
        return counts  # the cleaning pass reports it
    if loaded.source.format == "text" and job.corpus_source is not None:
        counts.add_document(job.corpus_source, loaded.text)
    return counts


def count_chunk(_cleaner: Cleaner, chunk: JsonlChunk) -> LineCounts:
    counts = LineCounts()
    for raw in chunk.lines:
        try:
            record, document = parse_record(raw, chunk.fields)
        except RecordError:
            continue
        if document.format == "text":
            counts.add_document(corpus_source_of(record, chunk), document.text)
    return counts


def learn_repeats(
    backend: Backend, jobs: Sequence[Job], thresholds: RepeatThresholds, progress: Progress
) -> RepeatTable:
    """Count every document's lines per source; the lines over the thresholds, per source."""
    total = LineCounts()
    tasks = InOrder(backend)
    documents = 0

    def add(counts: LineCounts) -> None:
        nonlocal documents
        total.add(counts)
        documents += sum(counts.documents.values())
        progress.update(documents, 0)

    def ignore(_reason: str) -> None:
        """A crash here will recur, and be reported, in the cleaning pass."""

    progress.start(0)
    try:
        for job in jobs:
            if isinstance(job, FileJob):
                tasks.submit(count_file, job, add, ignore)
                continue
            try:
                for chunk in chunks(job.label, job.fields, JsonlReader(job.path).lines()):
                    tasks.submit(count_chunk, chunk, add, ignore)
            except (OSError, EOFError, zlib.error):
                continue  # unreadable: the cleaning pass reports it
        tasks.drain()
    finally:
        progress.finish()
    return total.repeated(thresholds)
