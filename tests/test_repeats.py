"""--learn-repeats: lines that repeat across a source's documents, counted then removed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cleaner import Cleaner
from cleaner.cli import app
from cleaner.repeats import LineCounts, RepeatThresholds, line_key
from cleaner.restore import restore_text

TOPICS = [
    "the new bus routes", "the library budget", "the bridge repairs", "the school calendar",
    "the harbour dredging", "the park renovation", "the water tariffs", "the housing plan",
]
PROMO = (
    "Support local reporting and become a Riverside Courier member for less than a coffee a week."
)
STOCK = "The company did not immediately respond to a request for comment on Tuesday evening."


def article(topic: str, *extra: str) -> str:
    """Three prose paragraphs about ``topic`` with ``extra`` lines after the second."""
    return "\n".join(
        [
            f"The city council voted on Monday to approve {topic} after a long public debate.",
            f"Officials said {topic} would cost less than first planned, thanks to a state grant.",
            *extra,
            f"Residents who spoke at the meeting said {topic} had been delayed for far too long.",
        ]
    ) + "\n"


def read_jsonl(path: Path) -> list[Any]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_line_key_ignores_case_spacing_and_digits() -> None:
    assert line_key("© 2024  Riverside Courier") == line_key("© 2025 riverside courier ")
    assert line_key("Riverside Courier") != line_key("Riverside Gazette")
    assert line_key("   ") is None


def test_thresholds_need_both_count_and_share() -> None:
    counts = LineCounts()
    for n, topic in enumerate(TOPICS):
        counts.add_document("courier", article(topic, PROMO, *([STOCK] if n < 3 else [])))
    counts.add_document("gazette", article("the zoo", PROMO))
    table = counts.repeated(RepeatThresholds(min_documents=5, min_share=0.5))
    courier = table.for_source("courier")
    assert courier[line_key(PROMO)] == 8  # type: ignore[index]
    assert line_key(STOCK) not in courier  # 3 of 8: a stock sentence, not the site's chrome
    assert table.for_source("gazette") == {}  # one document there: below the count
    assert table.for_source(None) == {}


def test_a_single_document_loses_nothing(cleaner: Cleaner) -> None:
    counts = LineCounts()
    counts.add_document("courier", article("the bridge", PROMO))
    table = counts.repeated(RepeatThresholds())
    result = cleaner.with_repeats(table).clean(article("x", PROMO), corpus_source="courier")
    assert not result.changed


def test_jsonl_removes_the_source_footer_and_keeps_the_stock_sentence(workdir: Path) -> None:
    records = [
        {"id": n, "host": "courier.example", "text": article(t, PROMO, *([STOCK] if n < 3 else []))}
        for n, t in enumerate(TOPICS)
    ]
    records += [{"id": 100 + n, "host": "gazette.example", "text": article(t, PROMO)}
                for n, t in enumerate(TOPICS[:3])]
    (workdir / "news.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8"
    )
    plain = CliRunner().invoke(app, ["clean", "news.jsonl", "-o", "plain", "-q"])
    assert plain.exit_code == 0
    assert all(PROMO in r["text"] for r in read_jsonl(workdir / "plain" / "news.jsonl"))

    args = ["clean", "news.jsonl", "-o", "out", "-q", "--learn-repeats", "--source-field", "host"]
    assert CliRunner().invoke(app, args).exit_code == 0
    cleaned = read_jsonl(workdir / "out" / "news.jsonl")
    sidecars = read_jsonl(workdir / "out" / "news.meta.jsonl")
    for record, cleaned_record, sidecar in zip(records, cleaned, sidecars, strict=True):
        assert restore_text(cleaned_record["text"], sidecar) == record["text"]
        if record["host"] == "courier.example":
            assert PROMO not in cleaned_record["text"]
            [removal] = sidecar["removed"]
            assert (removal["rule"], removal["repeats"]) == ("repeated-line", 8)
            assert removal["text"] == PROMO + "\n"
            assert (STOCK in cleaned_record["text"]) == (STOCK in record["text"])
        else:  # three documents: too few to tell a footer from a coincidence
            assert cleaned_record == record
            assert sidecar["removed"] == []


def test_folders_are_the_sources_of_files(workdir: Path) -> None:
    for n, topic in enumerate(TOPICS[:6]):
        (workdir / "in" / "courier").mkdir(parents=True, exist_ok=True)
        (workdir / "in" / "courier" / f"{n}.txt").write_text(article(topic, PROMO), "utf-8")
    (workdir / "in" / "gazette").mkdir()
    (workdir / "in" / "gazette" / "0.txt").write_text(article("the zoo", PROMO), "utf-8")
    args = ["clean", "in", "-o", "out", "-q", "--learn-repeats", "-j", "2"]
    assert CliRunner().invoke(app, args).exit_code == 0
    assert PROMO not in (workdir / "out" / "courier" / "3.txt").read_text("utf-8")
    assert PROMO in (workdir / "out" / "gazette" / "0.txt").read_text("utf-8")
    run = json.loads((workdir / "out" / "run.json").read_text("utf-8"))
    assert run["removed_lines"]["by_rule"] == {"repeated-line": 6}

    again = CliRunner().invoke(app, args)
    assert again.exit_code == 0
    run = json.loads((workdir / "out" / "run.json").read_text("utf-8"))
    assert run["documents"]["resumed"] == 7  # same corpus, same table: nothing to redo
    without = CliRunner().invoke(app, ["clean", "in", "-o", "out", "-q"])
    assert without.exit_code == 0
    run = json.loads((workdir / "out" / "run.json").read_text("utf-8"))
    assert run["documents"]["cleaned"] == 7  # made with another table: redone
    assert PROMO in (workdir / "out" / "courier" / "3.txt").read_text("utf-8")


def test_a_repeated_head_line_followed_by_a_blank_line_is_recorded(cleaner: Cleaner) -> None:
    """A run of removed lines may take in a blank line, which has no count of its own; the
    sidecar records the fewest documents among the run's lines that have one."""
    documents = [f"World\n{PROMO}\n\n" + article(topic) for topic in TOPICS]
    counts = LineCounts()
    for document in documents:
        counts.add_document("courier", document)
    table = counts.repeated(RepeatThresholds(min_documents=5, min_share=0.5))
    result = cleaner.with_repeats(table).clean(documents[0], corpus_source="courier")
    repeated = [removal for removal in result.meta.removed if removal.rule == "repeated-line"]
    assert repeated and all(removal.repeats == len(TOPICS) for removal in repeated)
    assert PROMO in "".join(removal.text for removal in repeated)
    assert restore_text(result.text, result.meta.to_dict()) == documents[0]
