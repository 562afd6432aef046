"""Counts of a batch run: documents, bytes and removed lines, summed across workers.

Workers return a ``Tally`` for each piece of work they did; the runner adds them up in input
order. A tally is small and picklable, so it crosses process (and Dask) boundaries cheaply,
and adding tallies is associative, so the total does not depend on how work was split.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Tally:
    """What a stretch of a run did. ``resumed`` documents count in the totals too: their
    removed lines and bytes come from the outputs an earlier run left."""

    cleaned: int = 0
    resumed: int = 0
    failed: int = 0
    changed: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    lines_by_rule: Counter[str] = field(default_factory=Counter)
    lines_by_category: Counter[str] = field(default_factory=Counter)

    @property
    def documents(self) -> int:
        return self.cleaned + self.resumed + self.failed

    @property
    def removed_lines(self) -> int:
        return sum(self.lines_by_rule.values())

    def add_document(
        self, sidecar: Mapping[str, Any], bytes_in: int, bytes_out: int, *, resumed: bool = False
    ) -> None:
        """Count one document from its sidecar (as JSON data), cleaned now or resumed."""
        if resumed:
            self.resumed += 1
        else:
            self.cleaned += 1
        removed: Iterable[Mapping[str, Any]] = sidecar.get("removed") or ()
        changed = False
        for removal in removed:
            lines = int(removal["end_line"]) - int(removal["start_line"]) + 1
            self.lines_by_rule[str(removal["rule"])] += lines
            self.lines_by_category[str(removal["category"])] += lines
            changed = True
        self.changed += changed
        self.bytes_in += bytes_in
        self.bytes_out += bytes_out

    def add(self, other: Tally) -> None:
        self.cleaned += other.cleaned
        self.resumed += other.resumed
        self.failed += other.failed
        self.changed += other.changed
        self.bytes_in += other.bytes_in
        self.bytes_out += other.bytes_out
        self.lines_by_rule.update(other.lines_by_rule)
        self.lines_by_category.update(other.lines_by_category)

    def summary(self) -> dict[str, Any]:
        """The counting part of ``run.json``."""
        return {
            "documents": {
                "total": self.documents,
                "cleaned": self.cleaned,
                "resumed": self.resumed,
                "failed": self.failed,
                "changed": self.changed,
            },
            "bytes": {"in": self.bytes_in, "out": self.bytes_out},
            "removed_lines": {
                "total": self.removed_lines,
                "by_rule": dict(sorted(self.lines_by_rule.items())),
                "by_category": dict(sorted(self.lines_by_category.items())),
            },
            "errors": self.failed,
        }
