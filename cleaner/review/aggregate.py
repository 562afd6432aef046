"""Run-wide numbers, accumulated one document at a time in constant memory.

Everything here is computed from the sidecars themselves, so a folder without ``run.json``
(or with outputs of several runs) still gets true totals.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from cleaner.review.run_folder import DocumentSummary, RunError

HISTOGRAM_BINS = 10
"""Bins of the share-removed histogram above 0 (each 10 points wide); bin 0 is "unchanged"."""

LISTED = 200
"""Errors (and unreadable files) listed one by one on the page; the rest are only counted."""

T = TypeVar("T")


def share_bin(removed_chars: int, chars_before: int) -> int:
    """0 for an unchanged document, else 1..10 for (0-10%] .. (90-100%] of its text removed.

    Integer arithmetic, so that exactly 30% lands in the (20-30%] bin and not, through a
    rounding error, in the next one.
    """
    if removed_chars <= 0 or chars_before <= 0:
        return 0
    return min(HISTOGRAM_BINS, -(-HISTOGRAM_BINS * removed_chars // chars_before))


@dataclass
class Totals:
    """Sums over every readable document of the folder."""

    documents: int = 0
    changed: int = 0
    with_warnings: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    removed_lines: int = 0
    removed_chars: int = 0
    chars_before: int = 0
    lines_by_rule: Counter[str] = field(default_factory=Counter)
    lines_by_category: Counter[str] = field(default_factory=Counter)
    category_of_rule: dict[str, str] = field(default_factory=dict)
    histogram: list[int] = field(default_factory=lambda: [0] * (HISTOGRAM_BINS + 1))
    formats: Counter[str] = field(default_factory=Counter)
    tools: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, document: DocumentSummary) -> None:
        self.documents += 1
        self.changed += bool(document.removed)
        self.with_warnings += bool(document.warnings)
        self.bytes_in += document.bytes_in or 0
        self.bytes_out += document.bytes_out or 0
        self.removed_chars += document.removed_chars
        self.chars_before += document.chars_before
        for run in document.removed:
            self.removed_lines += run.lines
            self.lines_by_rule[run.rule] += run.lines
            self.lines_by_category[run.category] += run.lines
            self.category_of_rule.setdefault(run.rule, run.category)
        self.histogram[share_bin(document.removed_chars, document.chars_before)] += 1
        self.formats[document.format] += 1
        if document.tool is not None:
            self.tools[document.tool] += 1

    @property
    def share_removed(self) -> float:
        return self.removed_chars / self.chars_before if self.chars_before else 0.0


@dataclass
class FirstFew(Generic[T]):
    """All items counted, the first ``LISTED`` kept: a page that lists 100,000 is no help."""

    count: int = 0
    listed: list[T] = field(default_factory=list)

    def add(self, item: T) -> None:
        self.count += 1
        if len(self.listed) < LISTED:
            self.listed.append(item)


@dataclass
class ErrorLog(FirstFew[RunError]):
    """Failed documents: counted, counted per reason, and the first ones listed."""

    by_reason: Counter[str] = field(default_factory=Counter)

    def add(self, item: RunError) -> None:
        super().add(item)
        self.by_reason[item.reason] += 1
