"""Reading an output folder of ``clean``: ``run.json``, ``errors.jsonl`` and every sidecar.

A run of 100,000 documents must not be held in memory, so ``scan_documents`` yields one small
``DocumentSummary`` per document (numbers and names, never its text) and forgets it; the
texts of the few sampled documents are read again later (``sample_text``). Whatever cannot be
read becomes an ``Unreadable`` item with its reason: one bad sidecar must not cost the page.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from cleaner.model import SIDECAR_SCHEMA

RUN_FILE = "run.json"
ERRORS_FILE = "errors.jsonl"
RUN_SCHEMA = "news-cleaner/run/1"
DEFAULT_TEXT_FIELD = "text"
META_SUFFIX = ".meta.json"
META_LINES_SUFFIXES = (".meta.jsonl", ".meta.jsonl.gz")
CLEAN_TEXT_SUFFIX = ".txt"
CLEAN_LINES_SUFFIXES = (".jsonl", ".jsonl.gz")


@dataclass(frozen=True, slots=True)
class Location:
    """Where a document's sidecar and clean text are, so that its text can be read again.

    ``line`` is the 1-based line of a JSONL record in both the ``.meta.jsonl`` and the aligned
    ``.jsonl``; it is ``None`` for a ``.txt`` + ``.meta.json`` pair. ``text`` is ``None`` when
    the clean text is not in the folder (stdin's went to stdout).
    """

    sidecar: str
    text: str | None
    line: int | None = None


class RemovedRun(NamedTuple):
    """One entry of a sidecar's ``removed``: a run of lines taken out by one rule."""

    rule: str
    category: str
    lines: int
    chars: int


@dataclass(slots=True)
class DocumentSummary:
    """What the page needs to know about one document without holding its text.

    ``label`` names it for people (the clean text's path under OUT, with ``:line`` for a
    JSONL record); ``order`` is the sha256 of the label, which orders the sample picks the
    same way wherever the folder lies. ``bytes_out`` is ``None`` when the clean text is not
    in the folder. ``share_removed`` is removed characters over ``chars_before`` (0 for an
    empty document). Not frozen: one is made per document of the run, and a frozen
    dataclass's ``__init__`` costs several times more; nothing changes one once made.
    """

    label: str
    order: str
    location: Location
    format: str
    record_id: str | None
    title: str | None
    section: str | None
    comment_count: int | None
    related: int
    warnings: tuple[str, ...]
    removed: tuple[RemovedRun, ...]
    removed_lines: int
    removed_chars: int
    output_chars: int
    share_removed: float
    bytes_in: int | None
    bytes_out: int | None
    tool: tuple[str, str] | None

    @property
    def chars_before(self) -> int:
        """Characters of the text the rules saw (for HTML: the extracted text)."""
        return self.output_chars + self.removed_chars


@dataclass(frozen=True, slots=True)
class RunError:
    """A document that failed: a line of ``errors.jsonl`` or an error line of a ``.meta.jsonl``."""

    path: str
    line: int | None
    reason: str


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A file of the output folder that the report could not read, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class RunInfo:
    """The parts of ``run.json`` that the sidecars cannot tell: version, options, timing."""

    tool_version: str | None
    rules_sha256: str | None
    inputs: tuple[str, ...]
    text_field: str
    jobs: int | None
    resumed: int | None
    wall_seconds: float | None
    documents_per_second: float | None


FolderItem = DocumentSummary | RunError | Unreadable


def read_run_info(out: Path) -> RunInfo | Unreadable | None:
    """``run.json`` if the folder has one (``None`` if not, ``Unreadable`` if it is broken)."""
    path = out / RUN_FILE
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError) as err:
        return Unreadable(RUN_FILE, f"cannot read: {err}")
    if not isinstance(data, dict) or data.get("schema") != RUN_SCHEMA:
        return Unreadable(RUN_FILE, f"not a news-cleaner run file (no schema {RUN_SCHEMA!r})")
    tool = _mapping(data.get("tool"))
    options = _mapping(data.get("options"))
    documents = _mapping(data.get("documents"))
    inputs = data.get("inputs")
    text_field = options.get("text_field")
    return RunInfo(
        tool_version=_text(tool.get("version")),
        rules_sha256=_text(tool.get("rules_sha256")),
        inputs=tuple(str(item) for item in inputs) if isinstance(inputs, list) else (),
        text_field=text_field if isinstance(text_field, str) else DEFAULT_TEXT_FIELD,
        jobs=_count(options.get("jobs")),
        resumed=_count(documents.get("resumed")),
        wall_seconds=_number(data.get("wall_seconds")),
        documents_per_second=_number(data.get("documents_per_second")),
    )


def has_error_log(out: Path) -> bool:
    return (out / ERRORS_FILE).is_file()


def read_error_log(out: Path) -> Iterator[RunError | Unreadable]:
    """The lines of ``errors.jsonl``, streamed; a malformed line is reported, not fatal."""
    try:
        with (out / ERRORS_FILE).open("rb") as handle:
            for number, raw in enumerate(handle, 1):
                if not raw.strip():
                    continue
                try:
                    entry = json.loads(raw)
                    yield RunError(
                        path=str(entry["path"]),
                        line=_count(entry.get("line")),
                        reason=str(entry["reason"]),
                    )
                except (ValueError, KeyError, TypeError) as err:
                    yield Unreadable(f"{ERRORS_FILE}:{number}", f"not an error entry: {err}")
    except OSError as err:
        yield Unreadable(ERRORS_FILE, f"cannot read: {err.strerror or err}")


def scan_documents(out: Path, text_field: str = DEFAULT_TEXT_FIELD) -> Iterator[FolderItem]:
    """Every document under ``out``, in sorted path order, one summary at a time.

    ``<stem>.meta.json`` pairs with ``<stem>.txt``; ``<stem>.meta.jsonl[.gz]`` pairs line by
    line with ``<stem>.jsonl[.gz]``, whose records hold the clean text in ``text_field``.
    Hidden files (temporary files of atomic writes) and folders are skipped. Paths are plain
    strings here: this loop runs once per document of runs of 100,000 and more.
    """
    root = os.fspath(out)
    for directory, subdirectories, files in os.walk(root):
        subdirectories[:] = sorted(name for name in subdirectories if not name.startswith("."))
        folder = _Folder(directory, os.path.relpath(directory, root), set(files))
        for name in sorted(folder.names):
            if name.startswith("."):
                continue
            if name.endswith(META_SUFFIX):
                yield _file_document(folder, name)
            elif name.endswith(META_LINES_SUFFIXES):
                yield from _record_documents(folder, name, text_field)


def record_text(record_line: bytes, text_field: str) -> str | None:
    """The clean text of one output JSONL line, or ``None`` if the line has none."""
    try:
        record = json.loads(record_line)
    except ValueError:
        return None
    text = record.get(text_field) if isinstance(record, dict) else None
    return text if isinstance(text, str) else None


def open_lines(path: str) -> io.BufferedIOBase:
    """A JSONL file for reading line by line, gzipped or not."""
    if path.endswith(".gz"):
        return gzip.GzipFile(path, "rb")
    return open(path, "rb")


def summarise(
    meta: Any, label: str, location: Location, bytes_out: int | None
) -> DocumentSummary:
    """The summary of one parsed sidecar; ``ValueError`` if it is not a valid one."""
    if not isinstance(meta, dict) or meta.get("schema") != SIDECAR_SCHEMA:
        raise ValueError(f"not a news-cleaner sidecar (no schema {SIDECAR_SCHEMA!r})")
    try:
        source = _mapping(meta.get("source"))
        tool = _mapping(meta.get("tool"))
        removed = tuple(
            RemovedRun(
                str(run["rule"]),
                str(run["category"]),
                int(run["end_line"]) - int(run["start_line"]) + 1,
                len(run["text"]),
            )
            for run in meta.get("removed") or ()
        )
        removed_chars = sum(run.chars for run in removed)
        output_chars = int(_mapping(meta.get("output")).get("chars") or 0)
        before = output_chars + removed_chars
        version, rules = tool.get("version"), tool.get("rules_sha256")
        return DocumentSummary(
            label=label,
            order=hashlib.sha256(label.encode("utf-8")).hexdigest(),
            location=location,
            format=str(source.get("format") or "text"),
            record_id=_text(source.get("id")),
            title=_text(meta.get("title")),
            section=_text(meta.get("section")),
            comment_count=_count(meta.get("comment_count")),
            related=len(meta.get("related") or ()),
            warnings=tuple(str(warning) for warning in meta.get("warnings") or ()),
            removed=removed,
            removed_lines=sum(run.lines for run in removed),
            removed_chars=removed_chars,
            output_chars=output_chars,
            share_removed=removed_chars / before if before else 0.0,
            bytes_in=_count(source.get("bytes")),
            bytes_out=bytes_out,
            tool=(str(version), str(rules)) if version and rules else None,
        )
    except (KeyError, TypeError, ValueError) as err:
        problem = f"{type(err).__name__}: {err}"
        raise ValueError(f"not a valid news-cleaner sidecar ({problem})") from None


@dataclass(frozen=True, slots=True)
class _Folder:
    """One folder of the walk: its path, its path under OUT, and the names in it."""

    path: str
    relative: str
    names: set[str]

    def join(self, name: str) -> str:
        return os.path.join(self.path, name)

    def label(self, name: str) -> str:
        """``name`` as a path under OUT, with ``/`` on every platform."""
        if self.relative == os.curdir:
            return name
        return f"{self.relative.replace(os.sep, '/')}/{name}"


def _file_document(folder: _Folder, name: str) -> FolderItem:
    text_name = name[: -len(META_SUFFIX)] + CLEAN_TEXT_SUFFIX
    has_text = text_name in folder.names
    sidecar, text = folder.join(name), folder.join(text_name) if has_text else None
    try:
        with open(sidecar, "rb") as handle:
            meta = json.loads(handle.read())
        bytes_out = os.stat(text).st_size if text is not None else None
        label = folder.label(text_name if has_text else name)
        return summarise(meta, label, Location(sidecar, text), bytes_out)
    except OSError as err:
        return Unreadable(folder.label(name), f"cannot read: {err.strerror or err}")
    except ValueError as err:
        return Unreadable(folder.label(name), str(err))


def _record_documents(folder: _Folder, name: str, text_field: str) -> Iterator[FolderItem]:
    """The records of one ``.meta.jsonl``, with the size of each clean text from the aligned
    ``.jsonl`` (read in step, one line of each at a time)."""
    stem = name[: -len(next(s for s in META_LINES_SUFFIXES if name.endswith(s)))]
    aligned_name = next((stem + s for s in CLEAN_LINES_SUFFIXES if stem + s in folder.names), None)
    sidecars = folder.join(name)
    aligned = folder.join(aligned_name) if aligned_name is not None else None
    label_base = folder.label(aligned_name or name)
    try:
        with open_lines(sidecars) as metas, _maybe_open(aligned) as records:
            for number, raw in enumerate(metas, 1):
                record = next(records, None) if records is not None else None
                location = Location(sidecars, aligned, number)
                yield _record_document(raw, record, text_field, label_base, location)
    except (OSError, EOFError, gzip.BadGzipFile) as err:
        yield Unreadable(folder.label(name), f"cannot read: {err}")


def _record_document(
    raw: bytes, record: bytes | None, text_field: str, label_base: str, location: Location
) -> FolderItem:
    number = location.line
    label = f"{label_base}:{number}"
    try:
        meta = json.loads(raw)
    except ValueError as err:
        return Unreadable(label, f"sidecar line is not JSON: {err}")
    if isinstance(meta, dict) and "error" in meta:
        source = _mapping(meta.get("source"))
        path = source.get("path")
        return RunError(str(path) if path else label_base, number, str(meta["error"]))
    text = record_text(record, text_field) if record is not None else None
    bytes_out = len(text.encode("utf-8")) if text is not None else None
    try:
        return summarise(meta, label, location, bytes_out)
    except ValueError as err:
        return Unreadable(label, str(err))


def _maybe_open(path: str | None) -> contextlib.AbstractContextManager[io.BufferedIOBase | None]:
    """``path`` opened for reading lines, or a context holding ``None`` when there is none."""
    return open_lines(path) if path is not None else contextlib.nullcontext(None)


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)
