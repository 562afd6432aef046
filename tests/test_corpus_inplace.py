"""check and fix on JSONL shards in a data repository."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from cleaner.cli import app
from cleaner.restore import restore_text

PROSE = (
    "The regional council voted on Tuesday to expand the bus network into three new districts"
    " across the city.\n"
    "Officials said the first routes would open in the spring, pending a final safety review by"
    " the transport authority.\n"
)
RECORDS = [
    {"id": "a", "text": PROSE, "lang": "en"},
    {"id": "b", "text": PROSE + "0 Comments\n", "lang": "en"},
    {"id": "c", "text": "Advertisement\n" + PROSE, "lang": "en"},
]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def shard(path: Path, lines: list[str]) -> Path:
    data = "".join(line + "\n" for line in lines).encode()
    path.write_bytes(gzip.compress(data, mtime=0) if path.name.endswith(".gz") else data)
    return path


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def test_check_names_the_record_line_and_the_line_inside_it(workdir: Path) -> None:
    shard(workdir / "news.jsonl", [json.dumps(r) for r in RECORDS])
    result = run("check", "news.jsonl")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        'news.jsonl:2: comment-counter comments: "0 Comments" (record line 3)',
        'news.jsonl:3: ad-marker ad: "Advertisement" (record line 1)',
    ]
    assert (workdir / "news.jsonl").read_text("utf-8").count("0 Comments") == 1


def test_check_diff_shows_each_changed_record(workdir: Path) -> None:
    shard(workdir / "news.jsonl", [json.dumps(r) for r in RECORDS])
    result = run("check", "--diff", "news.jsonl")
    assert "--- a/news.jsonl:2" in result.stdout
    assert "-0 Comments" in result.stdout
    assert "news.jsonl:1" not in result.stdout


def test_check_reports_bad_lines_and_exits_2(workdir: Path) -> None:
    shard(workdir / "news.jsonl", [json.dumps(RECORDS[0]), "{oops", json.dumps({"id": "x"})])
    result = run("check", "news.jsonl")
    assert result.exit_code == 2
    assert "news.jsonl:2: invalid JSON" in result.stderr
    assert "news.jsonl:3: no field 'text'" in result.stderr


@pytest.mark.parametrize("name", ["news.jsonl", "news.jsonl.gz"])
def test_fix_rewrites_the_shard_once(workdir: Path, name: str) -> None:
    path = shard(workdir / name, [json.dumps(r) for r in RECORDS])
    first = run("fix", name)
    assert first.exit_code == 1
    expected = f"fixed {name}: 2 lines removed from 2 records, sidecar news.meta.jsonl"
    assert expected in first.stdout
    data = path.read_bytes()
    text = gzip.decompress(data).decode() if name.endswith(".gz") else data.decode()
    records = [json.loads(line) for line in text.splitlines()]
    sidecars = [json.loads(line) for line in (workdir / "news.meta.jsonl").read_text().splitlines()]
    assert [r["text"] for r in records] == [PROSE, PROSE, PROSE]
    assert [r["lang"] for r in records] == ["en", "en", "en"]
    for original, record, sidecar in zip(RECORDS, records, sidecars, strict=True):
        assert restore_text(record["text"], sidecar) == original["text"]
    assert text.splitlines()[0] == json.dumps(RECORDS[0])  # unchanged records stay byte for byte

    second = run("fix", name)
    assert second.exit_code == 0
    assert path.read_bytes() == data
    assert run("check", name).exit_code == 0


def test_fix_uses_the_configured_text_field_and_sidecar_setting(workdir: Path) -> None:
    (workdir / "news-cleaner.toml").write_text('text-field = "body"\nsidecars = "none"\n')
    shard(workdir / "news.jsonl", [json.dumps({"body": PROSE + "0 Comments\n"})])
    result = run("fix", "news.jsonl")
    assert result.exit_code == 1
    assert json.loads((workdir / "news.jsonl").read_text()) == {"body": PROSE}
    assert not (workdir / "news.meta.jsonl").exists()


def test_fix_leaves_bad_lines_as_they_are(workdir: Path) -> None:
    shard(workdir / "news.jsonl", [json.dumps(RECORDS[1]), "{oops"])
    result = run("fix", "news.jsonl")
    assert result.exit_code == 2
    lines = (workdir / "news.jsonl").read_text().splitlines()
    assert json.loads(lines[0])["text"] == PROSE
    assert lines[1] == "{oops"
