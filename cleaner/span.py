"""Where the article body starts and ends inside a scraped text.

The body is the contiguous run of lines with the highest total ``body_score`` (a maximum-sum
subarray): prose adds, labels and chrome subtract. Everything before it is the *head*,
everything after it the *tail*; that is where the head and tail rules and the trimming
heuristics may act. Lines that clearly end an article (a comment section, a copyright footer)
stop the body from running on into reader comments or author bios.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

END_OF_ARTICLE_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class Span:
    """Inclusive line indexes of the body."""

    first: int
    last: int

    def zone(self, index: int) -> str:
        if index < self.first:
            return "head"
        if index > self.last:
            return "tail"
        return "body"


def best_span(scores: Sequence[float], end_markers: Sequence[int] = ()) -> Span | None:
    """The maximum-sum run of ``scores``; None when no line argues for being content.

    ``end_markers`` are lines that close an article; the first one that comes after at least
    half of the document's positive weight bounds the search.
    """
    limit = _end_of_article(scores, end_markers)
    best_sum = 0.0
    best: Span | None = None
    run_sum = 0.0
    run_start = 0
    for index in range(limit):
        score = scores[index]
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


def _end_of_article(scores: Sequence[float], end_markers: Sequence[int]) -> int:
    total = sum(score for score in scores if score > 0.0)
    if total <= 0.0:
        return len(scores)
    seen = 0.0
    position = 0
    for marker in sorted(end_markers):
        seen += sum(score for score in scores[position:marker] if score > 0.0)
        position = marker
        if seen >= END_OF_ARTICLE_SHARE * total:
            return marker
    return len(scores)
