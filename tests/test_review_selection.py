"""Which documents the page shows: the sample and the table, chosen in bounded memory.

The documents here are summaries of small sidecars made for each case; what matters is
their share removed, their warnings and their label.
"""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from cleaner.model import SIDECAR_SCHEMA
from cleaner.review.run_folder import DocumentSummary, Location, summarise
from cleaner.review.selection import Reason, SampleChooser, Smallest, TableRows


def document(label: str, removed: int, kept: int = 100, warnings: int = 0) -> DocumentSummary:
    """A document of ``removed + kept`` characters, ``removed`` of them in one removed line."""
    meta = {
        "schema": SIDECAR_SCHEMA,
        "output": {"chars": kept},
        "removed": (
            [{"rule": "r", "category": "c", "start_line": 1, "end_line": 1, "text": "x" * removed}]
            if removed
            else []
        ),
        "warnings": [f"warning {n}" for n in range(warnings)],
    }
    return summarise(meta, label, Location(f"{label}.meta.json", None), None)


def choose(documents: list[DocumentSummary], size: int) -> list[tuple[str, Reason]]:
    chooser = SampleChooser(size)
    for item in documents:
        chooser.add(item)
    return [(sampled.document.label, sampled.reason) for sampled in chooser.chosen()]


@given(st.lists(st.integers(), unique=True), st.integers(0, 8), st.randoms())
def test_smallest_keeps_the_smallest_whatever_the_order(
    values: list[int], limit: int, rng: random.Random
) -> None:
    smallest: Smallest[int] = Smallest(limit, key=lambda value: value)
    shuffled = values[:]
    rng.shuffle(shuffled)
    for value in shuffled:
        smallest.add(value)
    assert smallest.sorted() == sorted(values)[:limit]


def test_the_sample_takes_the_most_trimmed_then_warnings_then_a_hash_pick() -> None:
    documents = [document(f"doc-{n:03d}", removed=n % 7) for n in range(200)]
    documents[150] = document("doc-150", removed=90, kept=10)  # 90% removed
    documents[151] = document("doc-151", removed=60, kept=40)
    documents[40] = document("doc-040", removed=0, warnings=1)
    documents[41] = document("doc-041", removed=3, warnings=2)
    chosen = choose(documents, 10)
    assert len(chosen) == 10
    assert chosen[:2] == [("doc-150", Reason.MOST_TRIMMED), ("doc-151", Reason.MOST_TRIMMED)]
    assert {label for label, reason in chosen if reason is Reason.WARNINGS} == {
        "doc-040",
        "doc-041",
    }
    picked = [label for label, reason in chosen if reason is Reason.PICKED]
    assert len(picked) == 6
    by_hash = sorted(documents, key=lambda item: item.order)
    expected = [item.label for item in by_hash if item.label not in {"doc-040", "doc-041"}]
    assert picked == [label for label in expected if label not in {"doc-150", "doc-151"}][:6]


def test_the_sample_does_not_depend_on_the_order_documents_arrive_in() -> None:
    documents = [document(f"d{n}", removed=n % 5, warnings=int(n % 17 == 0)) for n in range(300)]
    first = choose(documents, 25)
    for seed in range(3):
        random.Random(seed).shuffle(documents)
        assert choose(documents, 25) == first


def test_a_small_run_is_sampled_whole_and_a_zero_sample_is_empty() -> None:
    documents = [document(f"d{n}", removed=n) for n in range(4)]
    assert sorted(label for label, _ in choose(documents, 50)) == ["d0", "d1", "d2", "d3"]
    assert choose(documents, 0) == []


def test_warnings_beyond_the_sample_size_are_a_hash_pick_of_them() -> None:
    documents = [document(f"w{n}", removed=1, warnings=1) for n in range(30)]
    chosen = choose(documents, 10)
    assert len(chosen) == 10
    warned = sorted((item for item in documents), key=lambda item: item.order)
    trimmed = [label for label, reason in chosen if reason is Reason.MOST_TRIMMED]
    rest = [label for label, _ in chosen[len(trimmed) :]]
    assert rest == [item.label for item in warned if item.label not in trimmed][: len(rest)]


def test_the_table_holds_the_most_trimmed_and_the_sample() -> None:
    documents = [document(f"d{n:02d}", removed=n) for n in range(50)]
    rows = TableRows(5)
    for item in documents:
        rows.add(item)
    extra = [documents[0], documents[49]]
    labels = [row.label for row in rows.rows(extra)]
    assert labels == ["d49", "d48", "d47", "d46", "d45", "d00"]
