"""Which documents the page shows: a deterministic sample and a bounded table.

Both are chosen while the folder streams past, with heaps of bounded size, so that a run of
100,000 documents costs memory for the shown documents only. Every choice depends on the
documents alone (never on the order the folder is walked in, the time, or where the folder
lies), so the same folder always gives the same page.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Generic, TypeVar

from cleaner.review.run_folder import DocumentSummary

T = TypeVar("T")

MOST_TRIMMED_SHARE = 5
"""One in this many sample places goes to the most-trimmed documents (10 of the default 50)."""


class Reason(StrEnum):
    """Why a document is in the sample, in the order the groups are shown."""

    MOST_TRIMMED = "most trimmed"
    WARNINGS = "has warnings"
    PICKED = "random pick"


@dataclass(frozen=True, slots=True)
class Sampled:
    document: DocumentSummary
    reason: Reason


class Smallest(Generic[T]):
    """The ``limit`` items with the smallest keys seen so far, in O(limit) memory.

    Keys must be distinct (ties would make the choice depend on arrival order); the keys used
    here end with the document's label hash.
    """

    def __init__(self, limit: int, key: Callable[[T], Any]) -> None:
        self._limit = limit
        self._key = key
        self._heap: list[tuple[_Largest, int, T]] = []
        self._arrival = itertools.count()

    def add(self, item: T) -> None:
        if self._limit <= 0:
            return
        key = self._key(item)
        if len(self._heap) < self._limit:
            heapq.heappush(self._heap, (_Largest(key), next(self._arrival), item))
        elif key < self._heap[0][0].key:  # most items of a big run stop here, cheaply
            heapq.heapreplace(self._heap, (_Largest(key), next(self._arrival), item))

    def sorted(self) -> list[T]:
        """The kept items, smallest key first."""
        return [item for _, _, item in sorted(self._heap, key=lambda entry: entry[0].key)]


class _Largest:
    """Inverts the order of a key, so that ``heapq``'s min-heap keeps the largest on top."""

    __slots__ = ("key",)

    def __init__(self, key: Any) -> None:
        self.key = key

    def __lt__(self, other: _Largest) -> bool:
        return bool(other.key < self.key)


def trim_rank(document: DocumentSummary) -> tuple[float, int, str]:
    """Most-trimmed first: highest share removed, then most lines removed, then the hash."""
    return (-document.share_removed, -document.removed_lines, document.order)


def pick_rank(document: DocumentSummary) -> str:
    """A stable pseudo-random order: the sha256 of the document's label."""
    return document.order


class SampleChooser:
    """The sample: most-trimmed documents, then those with warnings, then a hash-based pick.

    ``size // MOST_TRIMMED_SHARE`` places (at least one) go to the documents with the largest
    share of their text removed, as many as fit to documents with warnings (lowest hash first),
    and the rest to the documents with the lowest label hash, which is a uniform pick that does
    not change when the folder is copied, moved or walked in another order.
    """

    def __init__(self, size: int) -> None:
        self.size = max(size, 0)
        trimmed = max(1, self.size // MOST_TRIMMED_SHARE) if self.size else 0
        self._trimmed: Smallest[DocumentSummary] = Smallest(trimmed, trim_rank)
        self._warned: Smallest[DocumentSummary] = Smallest(self.size, pick_rank)
        self._picked: Smallest[DocumentSummary] = Smallest(self.size, pick_rank)

    def add(self, document: DocumentSummary) -> None:
        if document.removed:
            self._trimmed.add(document)
        if document.warnings:
            self._warned.add(document)
        self._picked.add(document)

    def chosen(self) -> list[Sampled]:
        groups = (
            (Reason.MOST_TRIMMED, self._trimmed.sorted()),
            (Reason.WARNINGS, self._warned.sorted()),
            (Reason.PICKED, self._picked.sorted()),
        )
        chosen: dict[str, Sampled] = {}
        for reason, documents in groups:
            for document in documents:
                if len(chosen) == self.size:
                    return list(chosen.values())
                chosen.setdefault(document.label, Sampled(document, reason))
        return list(chosen.values())


class TableRows:
    """The documents of the table: all of them up to ``limit``, else the most trimmed."""

    def __init__(self, limit: int) -> None:
        self._best: Smallest[DocumentSummary] = Smallest(limit, trim_rank)

    def add(self, document: DocumentSummary) -> None:
        self._best.add(document)

    def rows(self, also: Iterable[DocumentSummary]) -> list[DocumentSummary]:
        """The kept documents plus ``also`` (the sample), most trimmed first."""
        merged = {document.label: document for document in self._best.sorted()}
        for document in also:
            merged.setdefault(document.label, document)
        return sorted(merged.values(), key=trim_rank)
