"""The data that flows through news-cleaner: blocks in, decisions and a sidecar out.

Everything here is plain, immutable data so that a ``Result`` can cross process
boundaries (batch workers) and be compared in tests without surprises.

Records are ``NamedTuple`` classes rather than frozen dataclasses: on Python 3.11 a frozen
dataclass costs about a millisecond to create (six generated methods, each compiled at import),
a NamedTuple a tenth of that, and a pre-commit check of one file imported three dozen of them
(``benchmarks/startup.py``). A record's field must not be named like a tuple method
(``index``, ``count``). The modules that define many records leave out
``from __future__ import annotations``: a NamedTuple compiles each annotation that is a
string (about 7 µs a field).
"""

from enum import StrEnum
from typing import Any, NamedTuple

SIDECAR_SCHEMA = "news-cleaner/meta/1"


class BlockKind(StrEnum):
    """What a line looks like on its own, before any rule has looked at it."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list-item"
    SEPARATOR = "separator"
    BLANK = "blank"


class Block(NamedTuple):
    """One input line, kept byte-exact so that clean text + sidecar restore the input.

    ``position`` is the line's 0-based place in the document; ``start``/``end`` are
    code-point offsets into the decoded text (``end`` is past the terminator); ``newline`` is
    the terminator exactly as it came in.
    """

    position: int
    start: int
    end: int
    text: str
    newline: str
    kind: BlockKind

    @property
    def raw(self) -> str:
        """The line with its terminator, exactly as in the input."""
        return self.text + self.newline


class RelatedStory(NamedTuple):
    """One entry of a "related stories" list, harvested instead of thrown away."""

    headline: str
    category: str | None = None
    age: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "headline": self.headline,
            "category": self.category,
            "age": self.age,
            "url": self.url,
        }


class Removal(NamedTuple):
    """A run of removed lines (1-based, inclusive) and the rule that removed them."""

    rule: str
    category: str
    start_line: int
    end_line: int
    text: str
    repeats: int | None = None
    """For ``repeated-line``: in how many documents of the source the line occurs (the
    fewest, for a run of lines)."""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "rule": self.rule,
            "category": self.category,
            "start_line": self.start_line,
            "end_line": self.end_line,
            "text": self.text,
        }
        if self.repeats is not None:
            data["repeats"] = self.repeats
        return data


class Decision(NamedTuple):
    """Why one line was kept or dropped; what ``explain`` shows."""

    line: int
    text: str
    kept: bool
    rule: str | None
    category: str | None
    reason: str


class Source(NamedTuple):
    """Where a document came from; filled by the I/O layer, defaulted by the core."""

    path: str | None = None
    format: str = "text"
    sha256: str | None = None
    bytes: int | None = None
    encoding: str = "utf-8"
    line: int | None = None
    """1-based line of a JSONL record in its file; ``None`` for a document of its own."""
    id: str | int | None = None
    """The JSONL record's id field, if it has one."""

    def to_dict(self) -> dict[str, Any]:
        """``line`` and ``id`` appear only for JSONL records, so file sidecars keep their keys."""
        data: dict[str, Any] = {
            "path": self.path,
            "format": self.format,
            "sha256": self.sha256,
            "bytes": self.bytes,
            "encoding": self.encoding,
        }
        if self.line is not None:
            data["line"], data["id"] = self.line, self.id
        return data


class Tool(NamedTuple):
    version: str
    rules_sha256: str

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.version, "rules_sha256": self.rules_sha256}


class Meta(NamedTuple):
    """The sidecar: what was removed and what was learned, enough to restore the input.

    Serialised with sorted keys and no timestamps, so that the same input always
    gives the same bytes (data repositories diff sidecars).
    """

    source: Source
    output_sha256: str
    output_chars: int
    output_bytes: int
    tool: Tool
    title: str | None = None
    section: str | None = None
    byline: str | None = None
    published: str | None = None
    comment_count: int | None = None
    reading_time: str | None = None
    related: tuple[RelatedStory, ...] = ()
    tags: tuple[str, ...] = ()
    removed: tuple[Removal, ...] = ()
    warnings: tuple[str, ...] = ()
    html_meta: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        """The sidecar as JSON-ready data, in the ``news-cleaner/meta/1`` layout."""
        return {
            "schema": SIDECAR_SCHEMA,
            "source": self.source.to_dict(),
            "output": {
                "sha256": self.output_sha256,
                "chars": self.output_chars,
                "bytes": self.output_bytes,
            },
            "title": self.title,
            "section": self.section,
            "byline": self.byline,
            "published": self.published,
            "comment_count": self.comment_count,
            "reading_time": self.reading_time,
            "related": [story.to_dict() for story in self.related],
            "tags": list(self.tags),
            "html_meta": self.html_meta,
            "removed": [removal.to_dict() for removal in self.removed],
            "warnings": list(self.warnings),
            "tool": self.tool.to_dict(),
        }

    def to_json(self) -> str:
        """Stable JSON text (sorted keys, UTF-8, trailing newline)."""
        return sidecar_json(self.to_dict())


def sidecar_json(data: dict[str, Any]) -> str:
    """A sidecar's ``to_dict`` as the stable text of a ``.meta.json`` file; for callers that
    also need the data, so it is built once."""
    import json  # here: a check of one file writes no sidecar and need not load json

    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


class Result(NamedTuple):
    """What ``Cleaner.clean`` returns: the clean text, its sidecar and per-line reasons."""

    text: str
    meta: Meta
    decisions: tuple[Decision, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.meta.removed)
