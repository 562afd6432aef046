"""What the matchers learn about line starts, taught to another matcher and kept on disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cleaner import Cleaner, matching
from cleaner.cli import app
from cleaner.model import Result
from cleaner.start_cache import StartSaver, load_starts, starts_path

FIXTURES = Path(__file__).parent / "fixtures"


def documents() -> list[str]:
    paths = sorted((FIXTURES / "seeds").glob("*.txt")) + sorted(
        (FIXTURES / "languages").glob("*.txt")
    )
    return [path.read_text(encoding="utf-8") for path in paths]


def learned_cleaner(monkeypatch: pytest.MonkeyPatch) -> Cleaner:
    """A cleaner that has worked out the starts of its documents' lines (no cold phase, and
    every rule split into its patterns at once, so that the table holds pattern indices)."""
    monkeypatch.setattr(matching, "COLD_LINES", 0)
    monkeypatch.setattr(matching, "SPLIT_AFTER", 1)
    cleaner = Cleaner()
    for _ in range(3):
        for text in documents():
            cleaner.clean(text)
    return cleaner


def test_a_taught_matcher_gives_the_same_answers_without_working_them_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    teacher = learned_cleaner(monkeypatch)
    tables = [matcher.learned() for matcher in teacher.matchers()]
    assert any(indices for table in tables for entries in table.values() for _, indices in entries)

    pupil = Cleaner()
    for matcher, table in zip(pupil.matchers(), tables, strict=True):
        matcher.teach(table)
    partial_matches = 0
    results: dict[str, Result] = {}
    real_may_start = matching._may_start

    def counted(*args: object) -> bool:
        nonlocal partial_matches
        partial_matches += 1
        return real_may_start(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(matching, "_may_start", counted)
    fresh = Cleaner()
    asked = {"pupil": 0, "fresh": 0}
    for text in documents():
        for name, cleaner in (("pupil", pupil), ("fresh", fresh)):
            before = partial_matches
            results[name] = cleaner.clean(text)
            asked[name] += partial_matches - before
        assert results["pupil"].text == results["fresh"].text
        assert results["pupil"].meta.to_json() == results["fresh"].meta.to_json()
    assert asked["fresh"] > 100
    assert asked["pupil"] == 0  # it was taught every start of these documents
    assert not any(matcher.news() for matcher in pupil.matchers())


def test_a_table_that_does_not_fit_the_rules_is_not_taken() -> None:
    cleaner = Cleaner()
    matcher = cleaner.line_matcher
    too_far = len(matcher.rules)
    for table in (
        {"Th": [(too_far, None)]},
        {"Th": [(0, (10**6,))]},
        {"Th": [("rule", None)]},
        {"Th": "no list"},
    ):
        matcher.teach(table)  # type: ignore[arg-type]
        assert matcher._taught == {}
    matcher.teach({"Th": [(0, None)]})
    assert matcher._taught == {"Th": [(0, None)]}


def test_a_saved_table_is_read_back_and_merged(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NEWS_CLEANER_CACHE_DIR", str(tmp_path))
    cleaner = learned_cleaner(monkeypatch)
    StartSaver(cleaner).save()
    path = starts_path(cleaner)
    assert path is not None and path.is_file()
    written = path.stat().st_mtime_ns

    StartSaver(cleaner).save()  # nothing learned since: the file is left alone
    assert path.stat().st_mtime_ns == written

    reader = Cleaner()
    assert load_starts(reader) == sum(len(m.learned()) for m in cleaner.matchers())
    monkeypatch.setenv("NEWS_CLEANER_CACHE_DIR", "")
    assert starts_path(reader) is None and load_starts(Cleaner()) == 0


def test_a_damaged_file_means_learning_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("NEWS_CLEANER_CACHE_DIR", str(tmp_path))
    cleaner = Cleaner()
    path = starts_path(cleaner)
    assert path is not None
    path.write_bytes(b"nc-cache" + b"\x00" * 40)
    assert load_starts(cleaner) == 0


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_batch_run_saves_what_it_learned_and_the_next_run_writes_the_same_bytes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, jobs: str
) -> None:
    monkeypatch.setenv("NEWS_CLEANER_CACHE_DIR", str(tmp_path / "cache"))
    corpus = tmp_path / "in" / "corpus.jsonl"
    corpus.parent.mkdir()
    texts = documents() * 12  # past the cold phase in each worker
    corpus.write_text(
        "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)),
        encoding="utf-8",
    )
    runs = []
    for run in ("first", "second"):
        out = tmp_path / run
        result = CliRunner().invoke(
            app, ["clean", str(corpus.parent), "-o", str(out), "-q", "--jobs", jobs]
        )
        assert result.exit_code == 0, result.output
        runs.append([(out / name).read_bytes() for name in ("corpus.jsonl", "corpus.meta.jsonl")])
        saved = list((tmp_path / "cache").glob("starts-*.marshal"))
        assert len(saved) == 1
    assert runs[0] == runs[1]
