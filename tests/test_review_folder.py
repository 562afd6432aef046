"""The report's data: what it reads from an output folder, and the totals it computes.

The folder is a real run: the seeds and generated articles through the ``clean`` command,
plus a JSONL corpus, ``errors.jsonl`` and ``run.json`` written as the batch contract says.
Expected values come from ``Cleaner.clean`` on the inputs, never from the report's code.
"""

from __future__ import annotations

import gzip
import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
from batch_outputs import BAD_RECORDS, FILE_FAILURE, ContractRun

from cleaner import Cleaner
from cleaner.review.aggregate import ErrorLog, Totals, share_bin
from cleaner.review.run_folder import (
    DocumentSummary,
    RunError,
    Unreadable,
    read_error_log,
    read_run_info,
    scan_documents,
)
from cleaner.review.sample_text import load_texts
from cleaner.version import __version__


def documents(out: Path, text_field: str = "body") -> dict[str, DocumentSummary]:
    return {
        item.label: item
        for item in scan_documents(out, text_field)
        if isinstance(item, DocumentSummary)
    }


def lines_of(text: str) -> list[str]:
    """The lines the way the engine numbers them: split on LF only, terminators dropped."""
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return [line.removesuffix("\r") for line in lines]


def test_every_document_is_summarised_as_its_sidecar_says(run: ContractRun) -> None:
    found = documents(run.out)
    assert set(found) == set(run.results)
    for label, result in run.results.items():
        summary, meta = found[label], result.meta
        removed = [r.end_line - r.start_line + 1 for r in meta.removed]
        assert summary.removed_lines == sum(removed), label
        assert summary.removed_chars == sum(len(r.text) for r in meta.removed), label
        assert summary.chars_before == len(run.originals[label]), label
        assert (summary.title, summary.section) == (meta.title, meta.section), label
        assert summary.comment_count == meta.comment_count, label
        assert summary.related == len(meta.related), label
        assert summary.bytes_out == len(result.text.encode("utf-8")), label


def test_records_carry_their_id_and_the_text_field_comes_from_run_json(run: ContractRun) -> None:
    record = documents(run.out)["corpus/part-0001.jsonl:3"]
    assert record.record_id == "r2"
    assert record.location.line == 3
    assert record.bytes_out is not None
    info = read_run_info(run.out)
    assert info is not None and not isinstance(info, Unreadable)
    assert info.text_field == "body"
    # Under the default field name "text" the records have no clean text to measure.
    assert documents(run.out, "text")["corpus/part-0001.jsonl:3"].bytes_out is None


def test_run_json_gives_version_timing_and_resumed(run: ContractRun, cleaner: Cleaner) -> None:
    info = read_run_info(run.out)
    assert info is not None and not isinstance(info, Unreadable)
    assert (info.tool_version, info.rules_sha256) == (__version__, cleaner.rules_sha256)
    assert (info.resumed, info.jobs, info.wall_seconds) == (3, 2, 1.5)
    assert info.inputs == tuple(run.log.inputs)


@pytest.mark.parametrize(
    ("content", "reason"),
    [("{", "cannot read"), ('{"schema": "other/1"}', "not a news-cleaner run file")],
)
def test_a_broken_run_json_is_reported(run: ContractRun, content: str, reason: str) -> None:
    (run.out / "run.json").write_text(content, encoding="utf-8")
    info = read_run_info(run.out)
    assert isinstance(info, Unreadable) and reason in info.reason


def test_totals_are_the_sums_over_the_results(run: ContractRun) -> None:
    totals = Totals()
    for document in documents(run.out).values():
        totals.add(document)
    results = list(run.results.values())
    by_rule: Counter[str] = Counter()
    for result in results:
        for removal in result.meta.removed:
            by_rule[removal.rule] += removal.end_line - removal.start_line + 1
    assert totals.documents == len(results)
    assert totals.changed == sum(result.changed for result in results)
    assert totals.lines_by_rule == by_rule
    assert totals.removed_lines == sum(by_rule.values())
    assert totals.bytes_out == sum(len(result.text.encode("utf-8")) for result in results)
    assert totals.chars_before == sum(len(text) for text in run.originals.values())
    assert sum(totals.histogram) == len(results)
    assert totals.tools == Counter({(__version__, results[0].meta.tool.rules_sha256): 47})


def test_failed_records_are_errors_with_their_line(run: ContractRun) -> None:
    errors = [item for item in scan_documents(run.out, "body") if isinstance(item, RunError)]
    assert [(error.path, error.line) for error in errors] == [
        ("in/corpus/part-0001.jsonl", line) for line in sorted(BAD_RECORDS)
    ]
    assert "field 'body'" in errors[1].reason


def test_errors_jsonl_is_read_line_by_line(run: ContractRun) -> None:
    with (run.out / "errors.jsonl").open("a", encoding="utf-8") as handle:
        handle.write("not json\n\n")
    items = list(read_error_log(run.out))
    errors = [item for item in items if isinstance(item, RunError)]
    assert len(errors) == len(BAD_RECORDS) + 1
    assert errors[-1] == RunError(FILE_FAILURE["path"], None, FILE_FAILURE["reason"])
    assert [item.path for item in items if isinstance(item, Unreadable)] == ["errors.jsonl:4"]


def test_error_log_counts_all_and_lists_the_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cleaner.review.aggregate.LISTED", 2)
    log = ErrorLog()
    for number in range(5):
        log.add(RunError("a.jsonl", number, "bad JSON" if number % 2 else "no text"))
    assert log.count == 5
    assert [error.line for error in log.listed] == [0, 1]
    assert log.by_reason == Counter({"no text": 3, "bad JSON": 2})


def test_unreadable_sidecars_are_reported_and_the_rest_still_counts(run: ContractRun) -> None:
    (run.out / "seeds" / "junk.meta.json").write_text("{", encoding="utf-8")
    (run.out / "seeds" / "other.meta.json").write_text('{"schema": "x"}', encoding="utf-8")
    bad = run.out / "seeds" / "bad.meta.json"
    bad.write_text(json.dumps({"schema": "news-cleaner/meta/1", "removed": [{}]}), "utf-8")
    items = list(scan_documents(run.out, "body"))
    unreadable = {item.path: item.reason for item in items if isinstance(item, Unreadable)}
    assert set(unreadable) == {f"seeds/{name}.meta.json" for name in ("junk", "other", "bad")}
    assert "not a news-cleaner sidecar" in unreadable["seeds/other.meta.json"]
    assert "KeyError" in unreadable["seeds/bad.meta.json"]
    assert sum(isinstance(item, DocumentSummary) for item in items) == len(run.results)


def test_hidden_files_and_folders_are_not_documents(run: ContractRun) -> None:
    sidecar = next((run.out / "seeds").glob("*.meta.json"))
    shutil.copy(sidecar, run.out / "seeds" / f".{sidecar.name}.1234.tmp.meta.json")
    shutil.copytree(run.out / "seeds", run.out / ".cache")
    assert set(documents(run.out)) == set(run.results)


def test_gzipped_jsonl_outputs_are_read(run: ContractRun) -> None:
    before = documents(run.out)
    for name in ("part-0001.jsonl", "part-0001.meta.jsonl"):
        plain = run.out / "corpus" / name
        plain.with_name(name + ".gz").write_bytes(gzip.compress(plain.read_bytes()))
        plain.unlink()
    after = documents(run.out)
    record = after["corpus/part-0001.jsonl.gz:3"]
    assert record.bytes_out == before["corpus/part-0001.jsonl:3"].bytes_out
    assert record.removed_lines == before["corpus/part-0001.jsonl:3"].removed_lines
    [text] = load_texts([record.location], "body")
    assert [line.text for line in text.lines] == lines_of(run.originals["corpus/part-0001.jsonl:3"])


@pytest.mark.parametrize(
    ("removed", "before", "expected"),
    [(0, 100, 0), (0, 0, 0), (1, 1000, 1), (10, 100, 1), (11, 100, 2), (30, 100, 3),
     (3, 10, 3), (99, 100, 10), (100, 100, 10), (5, 0, 0)],
)
def test_share_bins_are_exact_at_their_edges(removed: int, before: int, expected: int) -> None:
    assert share_bin(removed, before) == expected


# -- the sample's texts -----------------------------------------------------------------------


def test_sample_texts_rebuild_the_original_with_each_removed_line_marked(
    run: ContractRun,
) -> None:
    found = documents(run.out)
    labels = sorted(run.results)
    texts = load_texts([found[label].location for label in labels], "body")
    for label, text in zip(labels, texts, strict=True):
        assert text.note is None, label
        assert [line.text for line in text.lines] == lines_of(run.originals[label]), label
        expected = {
            number: removal.rule
            for removal in run.results[label].meta.removed
            for number in range(removal.start_line, removal.end_line + 1)
        }
        marked = {line.number: line.mark.rule for line in text.lines if line.mark is not None}
        assert marked == expected, label
        firsts = [line.number for line in text.lines if line.mark is not None and line.mark.first]
        assert firsts == sorted(r.start_line for r in run.results[label].meta.removed), label


def test_an_edited_clean_text_shows_the_removed_lines_with_a_note(run: ContractRun) -> None:
    label = "seeds/002_ff676569119975ca.txt"
    (run.out / label).write_text("edited\n", encoding="utf-8")
    [text] = load_texts([documents(run.out)[label].location], "body")
    assert text.note is not None and "could not be rebuilt" in text.note
    assert all(line.mark is not None for line in text.lines)
    assert len(text.lines) == documents(run.out)[label].removed_lines


def test_a_missing_clean_text_shows_the_removed_lines_with_a_note(run: ContractRun) -> None:
    label = "seeds/002_ff676569119975ca.txt"
    (run.out / label).unlink()
    summary = documents(run.out)["seeds/002_ff676569119975ca.meta.json"]
    assert summary.bytes_out is None
    [text] = load_texts([summary.location], "body")
    assert text.note is not None and "not in the output folder" in text.note
    assert [line.number for line in text.lines][:2] == [1, 2]
