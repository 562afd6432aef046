"""Corpus-aware boilerplate: lines that repeat across many documents of the same source.

Every site has chrome that no rule knows: its own footer, its own "Follow us on ..." line, a
newsletter plug written in house. Such a line is recognisable only across documents: it
appears, word for word, in a large share of one source's pages. The first pass of
``clean --learn-repeats`` counts, per source (a JSONL field such as the host, or the input
folder), in how many documents each line occurs; the second pass removes the lines that pass
both thresholds, as rule ``repeated-line``.

Lines are compared after normalising case, white space and digits (so "© 2024" and
"© 2025" count as one line) and are held as 8-byte digests, so memory grows with the
number of distinct lines, not with their length.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from cleaner.digest import blake2b_digest
from cleaner.segment import iter_lines

REPEATED_LINE = "repeated-line"

_DIGITS = re.compile(r"\d")
_SPACE = re.compile(r"\s+")


class RepeatThresholds(NamedTuple):
    """A line is boilerplate of its source when it occurs in at least ``min_documents`` of the
    source's documents and in at least ``min_share`` of them. Both must hold: a footer is on
    nearly every page, while even a stock sentence ("The company did not respond to a request
    for comment.") is in a small share."""

    min_documents: int = 5
    min_share: float = 0.5


DEFAULT_THRESHOLDS = RepeatThresholds()


def line_key(text: str) -> bytes | None:
    """The digest two lines share when they differ only in case, spacing or digits."""
    normal = _SPACE.sub(" ", _DIGITS.sub("0", text.casefold())).strip()
    if not normal:
        return None
    return blake2b_digest(normal.encode("utf-8", "surrogatepass"), 8)


def document_keys(text: str) -> set[bytes]:
    """The distinct line digests of one document (a line counts once per document)."""
    keys = (line_key(line) for _start, line, _end in iter_lines(text))
    return {key for key in keys if key is not None}


class LineCounts:
    """Per source: how many documents were counted, and in how many each line occurred."""

    __slots__ = ("documents", "lines")

    def __init__(self) -> None:
        self.documents: Counter[str] = Counter()
        self.lines: dict[str, Counter[bytes]] = {}

    def add_document(self, source: str, text: str) -> None:
        self.documents[source] += 1
        self.lines.setdefault(source, Counter()).update(document_keys(text))

    def add(self, other: LineCounts) -> None:
        self.documents.update(other.documents)
        for source, counts in other.lines.items():
            self.lines.setdefault(source, Counter()).update(counts)

    def repeated(self, thresholds: RepeatThresholds) -> RepeatTable:
        table: dict[str, dict[bytes, int]] = {}
        for source, counts in self.lines.items():
            documents = self.documents[source]
            floor = max(thresholds.min_documents, thresholds.min_share * documents)
            found = {key: count for key, count in counts.items() if count >= floor}
            if found:
                table[source] = found
        return RepeatTable(table)


class RepeatTable(NamedTuple):
    """The lines to remove, per source, with the number of documents each occurred in."""

    by_source: Mapping[str, Mapping[bytes, int]]

    def for_source(self, source: str | None) -> Mapping[bytes, int]:
        return self.by_source.get(source, {}) if source is not None else {}

    def fingerprint(self) -> str:
        """Changes whenever the table does; part of the rules hash, so resume redoes documents
        cleaned with another table."""
        import hashlib  # a whole corpus's table: OpenSSL's speed (see cleaner.digest)

        digest = hashlib.sha256()
        for source in sorted(self.by_source):
            digest.update(source.encode("utf-8", "surrogatepass") + b"\0")
            for key, count in sorted(self.by_source[source].items()):
                digest.update(key + count.to_bytes(8, "little"))
        return digest.hexdigest()


def repeated_lines(texts: Iterable[str], table: Mapping[bytes, int]) -> dict[int, int]:
    """Index -> document count for each of ``texts`` that the table marks as repeated."""
    found = {}
    for index, text in enumerate(texts):
        key = line_key(text)
        if key is not None and key in table:
            found[index] = table[key]
    return found
