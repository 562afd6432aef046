"""JSONL corpora: one article per line, cleaned record by record, every other field kept.

A chunk of raw lines goes to a worker and comes back as the output lines and the sidecar
lines, both line-aligned with the input. A record that cannot be cleaned (not JSON, not an
object, no text) is passed through unchanged and gets an error line in the sidecar file, so
alignment holds and no data is lost. A record without junk is passed through byte for byte.
"""

from __future__ import annotations

import gzip
import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from cleaner.atomic import open_atomic, remove_stale_temporaries
from cleaner.backends import internal_error
from cleaner.digest import sha256_hex
from cleaner.documents import Outcome, is_current
from cleaner.engine import Cleaner
from cleaner.model import SIDECAR_SCHEMA, Result, Source
from cleaner.restore import RestoreError, restore_text

if TYPE_CHECKING:
    from cleaner.outputs import Location

CHUNK_RECORDS = 64
CHUNK_BYTES = 1 << 20
"""A JSONL chunk ends at this many records or bytes, whichever comes first: big enough that
sending it to a worker costs little next to cleaning it, small enough to keep memory flat."""


@dataclass(frozen=True)
class RecordFields:
    """Which fields hold the document: ``html`` (if set and present) is cleaned as a page and
    its clean text written to ``text``; otherwise ``text`` is cleaned in place."""

    text: str = "text"
    html: str | None = None
    id: str = "id"
    source: str | None = None
    """The field naming a record's source (e.g. its host) for ``--learn-repeats``."""


@dataclass(frozen=True)
class JsonlChunk:
    """Consecutive raw lines of one JSONL file, starting at line ``first_line`` (1-based)."""

    label: str
    fields: RecordFields
    first_line: int
    lines: list[bytes]
    folder: str
    """The file's folder: the source of records without a source field."""


@dataclass
class ChunkOutcome:
    """A chunk's output lines and sidecar lines (each newline-terminated), and its counts."""

    output: bytes = b""
    meta: bytes = b""
    outcome: Outcome = field(default_factory=Outcome)


class RecordError(Exception):
    """A record that cannot be cleaned; the message is the reason."""


@dataclass(frozen=True)
class RecordResult:
    """One line of a corpus after cleaning: its record and result, or why it failed."""

    number: int
    raw: bytes
    record: dict[str, Any] | None = None
    document: Document | None = None
    result: Result | None = None
    error: str | None = None


def clean_records(
    cleaner: Cleaner, chunk: JsonlChunk
) -> Iterator[RecordResult]:
    """Clean every record of a chunk in turn; a bad record fails alone."""
    for offset, raw in enumerate(chunk.lines):
        number = chunk.first_line + offset
        try:
            record, document = parse_record(raw, chunk.fields)
            source = _source(chunk.label, number, record, document, chunk.fields)
            corpus_source = corpus_source_of(record, chunk)
            cleaned = cleaner.clean_source(document.text, source, corpus_source=corpus_source)
        except Exception as err:  # a bad record, or a bug on this one: it alone fails
            reason = str(err) if isinstance(err, RecordError) else internal_error(err)
            yield RecordResult(number, raw, error=reason)
            continue
        yield RecordResult(number, raw, record, document, cleaned)


def clean_chunk(cleaner: Cleaner, chunk: JsonlChunk) -> ChunkOutcome:
    """A chunk's output lines and sidecar lines: a record without junk, or one that failed,
    is copied byte for byte; a failed one gets an error line as its sidecar."""
    outputs: list[bytes] = []
    metas: list[bytes] = []
    result = ChunkOutcome()
    for item in clean_records(cleaner, chunk):
        line = item.raw if item.raw.endswith(b"\n") else item.raw + b"\n"
        if item.result is None or item.record is None or item.document is None:
            reason = item.error or "not cleaned"
            result.outcome.fail(chunk.label, item.number, reason)
            outputs.append(line)
            metas.append(_json_line(_error_sidecar(chunk.label, item.number, reason), True))
            continue
        sidecar = item.result.meta.to_dict()
        if item.result.changed or item.document.field != chunk.fields.text:
            item.record[chunk.fields.text] = item.result.text
            line = _json_line(item.record)
        outputs.append(line)
        metas.append(_json_line(sidecar, True))
        source_bytes = item.result.meta.source.bytes or 0
        result.outcome.tally.add_document(sidecar, source_bytes, item.result.meta.output_bytes)
    result.output = b"".join(outputs)
    result.meta = b"".join(metas)
    return result


@dataclass(frozen=True)
class Document:
    """The text to clean in a record, which field it came from and its format."""

    text: str
    field: str
    format: str


def parse_record(raw: bytes, fields: RecordFields) -> tuple[dict[str, Any], Document]:
    """The record as a dict and the document in it; ``RecordError`` says what is wrong."""
    if not raw.strip():
        raise RecordError("blank line")
    try:
        record = json.loads(raw)
    except UnicodeDecodeError as err:
        raise RecordError(f"not UTF-8: {err.reason} at byte {err.start}") from None
    except ValueError as err:
        raise RecordError(f"invalid JSON: {err}") from None
    if not isinstance(record, dict):
        raise RecordError(f"a record must be a JSON object, not {type(record).__name__}")
    if fields.html is not None and record.get(fields.html) is not None:
        html = record[fields.html]
        if not isinstance(html, str):
            raise RecordError(f"field {fields.html!r} must be a string, not {_kind(html)}")
        return record, Document(html, fields.html, "html")
    if fields.text not in record:
        wanted = f"{fields.text!r} or {fields.html!r}" if fields.html else repr(fields.text)
        raise RecordError(f"no field {wanted}")
    text = record[fields.text]
    if not isinstance(text, str):
        raise RecordError(f"field {fields.text!r} must be a string, not {_kind(text)}")
    return record, Document(text, fields.text, "text")


def record_sha256(document: Document) -> str:
    return sha256_hex(document.text.encode("utf-8", "surrogatepass"))


def _source(
    label: str, number: int, record: dict[str, Any], document: Document, fields: RecordFields
) -> Source:
    record_id = record.get(fields.id)
    if isinstance(record_id, bool) or not isinstance(record_id, str | int):
        record_id = None
    return Source(
        path=label,
        format=document.format,
        sha256=record_sha256(document),
        bytes=len(document.text.encode("utf-8", "surrogatepass")),
        encoding="utf-8",
        line=number,
        id=record_id,
    )


def corpus_source_of(record: dict[str, Any], chunk: JsonlChunk) -> str:
    """The record's source field if it is a string, else the file's folder."""
    value = record.get(chunk.fields.source) if chunk.fields.source else None
    return value if isinstance(value, str) else chunk.folder


def _error_sidecar(label: str, number: int, reason: str) -> dict[str, Any]:
    return {"schema": SIDECAR_SCHEMA, "error": reason, "source": {"path": label, "line": number}}


def _json_line(data: Any, sort_keys: bool = False) -> bytes:
    """Compact JSON, UTF-8, one line; records keep their key order, sidecars sort theirs.
    Text with lone surrogates (legal in JSON's escapes, not in UTF-8) is written with ASCII
    escapes instead, so it still round-trips."""
    try:
        text = json.dumps(data, ensure_ascii=False, sort_keys=sort_keys)
        return text.encode("utf-8") + b"\n"
    except UnicodeEncodeError:
        return json.dumps(data, ensure_ascii=True, sort_keys=sort_keys).encode("ascii") + b"\n"


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


# -- restoring ----------------------------------------------------------------------------------


def restore_records(
    records: Iterator[bytes], sidecars: Iterator[bytes], text_field: str
) -> Iterator[bytes]:
    """The corpus as it was, from the cleaned records and their aligned sidecar lines.

    Each record's text comes back exactly (its sha256 is checked against the sidecar);
    a record that was not changed, or failed, was copied byte for byte and is again. A
    changed record is written as compact JSON, so its bytes may differ from the input line
    in spacing or escapes while its value is the same. HTML records keep their page in the
    HTML field, so they are left as they are.
    """
    for number, (raw, meta_raw) in enumerate(zip_strict(records, sidecars), start=1):
        sidecar = json.loads(meta_raw)
        removed = sidecar.get("removed") if isinstance(sidecar, dict) else None
        if not removed or sidecar.get("source", {}).get("format") != "text":
            yield raw if raw.endswith(b"\n") else raw + b"\n"
            continue
        record = json.loads(raw)
        text = restore_text(record[text_field], sidecar)
        expected = sidecar["source"].get("sha256")
        if expected and record_sha256(Document(text, text_field, "text")) != expected:
            raise RestoreError(f"line {number}: restored text does not match its sha256")
        record[text_field] = text
        yield _json_line(record)


def zip_strict(first: Iterator[bytes], second: Iterator[bytes]) -> Iterator[tuple[bytes, bytes]]:
    """Pairs of lines; a file that ends before the other is a ``RestoreError``."""
    for one, two in itertools.zip_longest(first, second):
        if one is None or two is None:
            raise RestoreError("the records and the sidecar file have different numbers of lines")
        yield one, two


def chunks(label: str, fields: RecordFields, lines: Iterator[bytes]) -> Iterator[JsonlChunk]:
    """A file's lines in chunks of ``CHUNK_RECORDS`` lines or ``CHUNK_BYTES`` bytes."""
    folder = str(Path(label).parent)
    batch: list[bytes] = []
    size = 0
    first = 1
    for number, line in enumerate(lines, start=1):
        if not batch:
            first = number
        batch.append(line)
        size += len(line)
        if len(batch) >= CHUNK_RECORDS or size >= CHUNK_BYTES:
            yield JsonlChunk(label, fields, first, batch, folder)
            batch, size = [], 0
    if batch:
        yield JsonlChunk(label, fields, first, batch, folder)


# -- writing -------------------------------------------------------------------------------------


class JsonlSink:
    """The two outputs of one corpus while they are written: the records (gzipped when the
    name ends in .gz) and the aligned sidecar lines (none when ``meta`` is ``None``). Both
    appear together on ``commit`` or not at all."""

    def __init__(self, label: str, output: Location, meta: Location | None) -> None:
        self.label = label
        self.output = output
        targets = [output] if meta is None else [output, meta]
        for target in targets:
            remove_stale_temporaries(target)
        self._output = open_atomic(output)
        self._meta = open_atomic(meta) if meta is not None else None
        self._records: IO[bytes] | gzip.GzipFile = self._output.handle
        if output.name.lower().endswith(".gz"):
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
            if self._meta is not None:
                self._meta.handle.write(chunk.meta)
        except OSError as err:
            self.break_with(f"cannot write {self.output}: {err.strerror or err}")

    def break_with(self, reason: str) -> None:
        """Stop writing: the outputs will be thrown away, for ``reason``."""
        self.broken = self.broken or reason

    def commit(self, *, sidecar_first: bool = False) -> None:
        """Swap both files in. The records go first where a sidecar marks an output as done
        (``clean``); the sidecar goes first where the records replace their own input (``fix``:
        a run killed in between leaves the input unfixed, and the rerun fixes it again)."""
        if self._records is not self._output.handle:
            self._records.close()
        order = [self._meta, self._output] if sidecar_first else [self._output, self._meta]
        for target in order:
            if target is not None:
                target.commit()

    def discard(self) -> None:
        self._output.discard()
        if self._meta is not None:
            self._meta.discard()


# -- reading -------------------------------------------------------------------------------------


class JsonlReader:
    """Raw lines of a JSONL file (gunzipped when ``.gz``), with how far into the file
    (in bytes on disk) reading has got, for progress on compressed files."""

    def __init__(self, path: Location) -> None:
        self.path = path
        self._raw: IO[bytes] | None = None

    def lines(self) -> Iterator[bytes]:
        with self.path.open("rb") as raw:
            self._raw = raw
            stream: IO[bytes] | gzip.GzipFile = raw
            if self.path.name.lower().endswith(".gz"):
                stream = gzip.GzipFile(fileobj=raw, mode="rb")
            with stream:
                yield from stream

    @property
    def position(self) -> int:
        """Bytes of the file (compressed, if it is) read so far."""
        raw = self._raw
        if raw is None or raw.closed:
            return 0
        return raw.tell()


def resume_tally(
    label: str,
    source: Location,
    fields: RecordFields,
    output: Location,
    meta: Location,
    rules_sha256: str,
) -> Outcome | None:
    """The counts of an earlier run's outputs if they are complete and current, else ``None``.

    Current means: both files exist, the sidecar file has one line per input line, and each
    record's sidecar names the same text (sha256), tool version and rules hash. Records that
    failed before fail again, so a rerun reports them.
    """
    if not output.is_file():
        return None
    outcome = Outcome()
    try:
        with meta.open("rb") as sidecars:
            for number, raw in enumerate(JsonlReader(source).lines(), start=1):
                sidecar = json.loads(sidecars.readline() or b"null")
                try:
                    _record, document = parse_record(raw, fields)
                except RecordError as err:
                    if not (isinstance(sidecar, dict) and "error" in sidecar):
                        return None
                    outcome.fail(label, number, str(err))
                    continue
                if not is_current(sidecar, record_sha256(document), rules_sha256):
                    return None
                outcome.tally.add_document(
                    sidecar, sidecar["source"]["bytes"], sidecar["output"]["bytes"], resumed=True
                )
            if sidecars.readline():
                return None
    except (OSError, ValueError, EOFError, KeyError, TypeError):
        return None
    return outcome
