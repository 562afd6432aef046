"""Where the article body starts and ends inside a scraped text.

The body is the contiguous run of lines with the highest total ``body_score`` (a maximum-sum
subarray): prose adds, labels and chrome subtract. Everything before it is the *head*,
everything after it the *tail*; that is where the head and tail rules and the trimming
heuristics may act.

Removing lines does not change this choice for what is left: the kept lines are the span
minus lines with negative scores, so a second cleaning finds the same body. The engine moves
the span's end past lines that are removed wherever they stand (see
``_Document._closing_sentence``) and counts fact boxes without the lines rules claim; the
property tests (``clean(clean(x)) == clean(x)``) hold those to the same promise.
"""

from collections.abc import Sequence
from typing import NamedTuple


class Span(NamedTuple):
    """Inclusive line indexes of the body."""

    first: int
    last: int

    def zone(self, index: int) -> str:
        if index < self.first:
            return "head"
        if index > self.last:
            return "tail"
        return "body"


def best_span(scores: Sequence[float]) -> Span | None:
    """The maximum-sum run of ``scores``; None when no line argues for being content."""
    best_sum = 0.0
    best: Span | None = None
    run_sum = 0.0
    run_start = 0
    for index, score in enumerate(scores):
        if run_sum <= 0.0:
            run_sum = score
            run_start = index
        else:
            run_sum += score
        if score > 0.0 and run_sum > best_sum:
            best_sum = run_sum
            best = Span(run_start, index)
    if best is None:
        return None
    first = best.first
    while scores[first] <= 0.0:
        first += 1
    return Span(first, best.last)
