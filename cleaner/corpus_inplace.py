"""``check`` and ``fix`` on JSONL corpora kept in a data repository: streamed record by record.

A shard is never held in memory: ``check`` reports as it reads, and ``fix`` writes the new
shard and its sidecar lines to temporary files that replace the originals only when the
whole shard is done and something changed (a second run changes nothing).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cleaner.documents import Failure
from cleaner.engine import Cleaner
from cleaner.jsonl import (
    JsonlReader,
    JsonlSink,
    RecordFields,
    RecordResult,
    chunks,
    clean_chunk,
    clean_records,
)


def check_corpus(
    cleaner: Cleaner, path: Path, label: str, fields: RecordFields
) -> Iterator[RecordResult]:
    """Every record's result (or failure), in file order."""
    for chunk in chunks(label, fields, JsonlReader(path).lines()):
        yield from clean_records(cleaner, chunk)


@dataclass
class CorpusFix:
    """What ``fix`` did to one shard."""

    changed_records: int = 0
    removed_lines: int = 0
    failures: list[Failure] = field(default_factory=list)


def fix_corpus(
    cleaner: Cleaner, path: Path, label: str, fields: RecordFields, sidecar: Path | None
) -> CorpusFix:
    """Rewrite ``path`` with its records cleaned, and ``sidecar`` with their sidecars, if any
    record changed; otherwise leave both alone. Failed records stay as they were."""
    outcome = CorpusFix()
    sink = JsonlSink(label, path, sidecar)
    try:
        for chunk in chunks(label, fields, JsonlReader(path).lines()):
            result = clean_chunk(cleaner, chunk)
            sink.write(result)
            outcome.changed_records += result.outcome.tally.changed
            outcome.removed_lines += result.outcome.tally.removed_lines
            outcome.failures.extend(result.outcome.failures)
    except BaseException:
        sink.discard()
        raise
    if sink.broken is not None:
        sink.discard()
        raise OSError(sink.broken)
    if outcome.changed_records:
        sink.commit(sidecar_first=True)
    else:
        sink.discard()
    return outcome
