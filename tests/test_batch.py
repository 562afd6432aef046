"""Batch runs: trees and JSONL corpora, workers, resume, errors, and the run's record."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cleaner import batch
from cleaner.backends import InlineBackend
from cleaner.batch import BatchRun, ErrorLog, plan_jobs
from cleaner.cli import app
from cleaner.documents import FileJob, Outcome
from cleaner.engine import Cleaner
from cleaner.jsonl import RecordFields
from cleaner.outputs import expand_inputs, plan_outputs
from cleaner.progress import NoProgress
from cleaner.restore import restore_text
from cleaner.tally import Tally

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
PROSE = (
    "The regional council voted on Tuesday to expand the bus network into three new districts"
    " across the city.\n"
    "Officials said the first routes would open in the spring, pending a final safety review by"
    " the transport authority.\n"
)


def seed_texts() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]


def corpus_lines() -> list[str]:
    """The seeds as records, with extra fields, and bad lines among them."""
    records = [
        json.dumps({"id": f"seed-{n}", "text": text, "host": "example.org", "n": n})
        for n, text in enumerate(seed_texts())
    ]
    records.insert(2, "{not json")
    records.insert(3, json.dumps({"id": 9, "body": "no text field"}))
    records.append(json.dumps({"id": 10, "text": 5}))
    records.append(json.dumps(["a", "list"]))
    return records


def read_jsonl(path: Path) -> list[Any]:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def outputs(folder: Path) -> dict[str, bytes]:
    """Every output file's bytes, except run.json (it holds timings)."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != "run.json"
    }


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def tree(workdir: Path) -> Path:
    """A folder with plain files, a subfolder, a JSONL corpus and its gzipped twin."""
    root = workdir / "in"
    (root / "sub").mkdir(parents=True)
    for n, text in enumerate(seed_texts()):
        (root / ("sub" if n % 2 else ".") / f"seed{n}.txt").write_text(text, encoding="utf-8")
    body = "\n".join(corpus_lines()) + "\n"
    (root / "corpus.jsonl").write_text(body, encoding="utf-8")
    with gzip.open(root / "sub" / "packed.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(body)
    return root


def clean(*args: str) -> Any:
    return CliRunner().invoke(app, ["clean", *args])


def test_two_workers_write_the_same_bytes_as_one(tree: Path, workdir: Path) -> None:
    one = clean(str(tree), "-o", "one", "--jobs", "1", "-q")
    two = clean(str(tree), "-o", "two", "--jobs", "2", "-q")
    assert one.exit_code == two.exit_code == 1  # the corpus has bad lines
    assert outputs(workdir / "one") == outputs(workdir / "two")
    assert "corpus.jsonl" in outputs(workdir / "one")
    assert "sub/packed.jsonl.gz" in outputs(workdir / "one")
    assert "sub/seed1.txt" in outputs(workdir / "one")


def test_jsonl_records_keep_order_fields_and_alignment(tree: Path, workdir: Path) -> None:
    clean(str(tree / "corpus.jsonl"), "-o", "out", "-q")
    lines_in = (tree / "corpus.jsonl").read_bytes().splitlines(keepends=True)
    lines_out = (workdir / "out" / "corpus.jsonl").read_bytes().splitlines(keepends=True)
    sidecars = read_jsonl(workdir / "out" / "corpus.meta.jsonl")
    assert len(lines_in) == len(lines_out) == len(sidecars)
    for number, (raw_in, raw_out, sidecar) in enumerate(
        zip(lines_in, lines_out, sidecars, strict=True), start=1
    ):
        assert sidecar["source"]["line"] == number
        if "error" in sidecar:
            assert raw_out == raw_in  # passed through untouched
            continue
        record_in, record_out = json.loads(raw_in), json.loads(raw_out)
        assert list(record_out) == list(record_in)  # same fields, same order
        assert {k: v for k, v in record_out.items() if k != "text"} == {
            k: v for k, v in record_in.items() if k != "text"
        }
        assert sidecar["source"]["id"] == record_in["id"]
        assert restore_text(record_out["text"], sidecar) == record_in["text"]
        if not sidecar["removed"]:
            assert raw_out == raw_in  # a record without junk is passed through byte for byte
    changed = [s for s in sidecars if s.get("removed")]
    assert any(s["section"] == "World" and len(s["related"]) == 12 for s in changed)


def test_bad_records_are_logged_with_their_line(tree: Path, workdir: Path) -> None:
    result = clean(str(tree / "corpus.jsonl"), "-o", "out")
    assert result.exit_code == 1
    errors = read_jsonl(workdir / "out" / "errors.jsonl")
    label = str(tree / "corpus.jsonl")
    assert [(e["path"], e["line"]) for e in errors] == [
        (label, 3), (label, 4), (label, 8), (label, 9)
    ]
    reasons = [e["reason"] for e in errors]
    assert reasons[0].startswith("invalid JSON")
    assert reasons[1] == "no field 'text'"
    assert reasons[2] == "field 'text' must be a string, not int"
    assert reasons[3] == "a record must be a JSON object, not list"
    assert f"{label}:3: invalid JSON" in result.stderr


def test_run_json_adds_up(tree: Path, workdir: Path) -> None:
    clean(str(tree), "-o", "out", "-q")
    record = json.loads((workdir / "out" / "run.json").read_text(encoding="utf-8"))
    assert record["schema"] == "news-cleaner/run/1"
    assert record["documents"]["total"] == 5 + 2 * 9
    assert record["documents"]["failed"] == record["errors"] == 2 * 4
    assert record["documents"]["cleaned"] == 5 + 2 * 5
    by_rule = record["removed_lines"]["by_rule"]
    assert sum(by_rule.values()) == record["removed_lines"]["total"]
    assert sum(record["removed_lines"]["by_category"].values()) == record["removed_lines"]["total"]
    removed = 0
    for sidecar_path in (workdir / "out").rglob("*.meta.json"):
        sidecar = json.loads(sidecar_path.read_text(encoding="utf-8"))
        removed += sum(r["end_line"] - r["start_line"] + 1 for r in sidecar["removed"])
    for sidecar_path in (workdir / "out").rglob("*.meta.jsonl"):
        for sidecar in read_jsonl(sidecar_path):
            removed += sum(r["end_line"] - r["start_line"] + 1 for r in sidecar.get("removed", []))
    assert removed == record["removed_lines"]["total"]
    assert record["bytes"]["out"] < record["bytes"]["in"]
    assert record["options"]["text_field"] == "text"


def test_rerun_resumes_and_redoes_only_what_changed(tree: Path, workdir: Path) -> None:
    clean(str(tree), "-o", "out", "-q")
    first = outputs(workdir / "out")
    again = json.loads(_run_json_after(str(tree), "-o", "out", "-q"))
    assert again["documents"]["resumed"] == again["documents"]["total"] - again["errors"]
    assert again["documents"]["cleaned"] == 0
    assert outputs(workdir / "out") == first

    (tree / "seed0.txt").write_text(PROSE + "3 Comments\n", encoding="utf-8")
    changed = json.loads(_run_json_after(str(tree), "-o", "out", "-q"))
    assert changed["documents"]["cleaned"] == 1
    sidecar = json.loads((workdir / "out" / "seed0.meta.json").read_text(encoding="utf-8"))
    assert sidecar["comment_count"] == 3

    forced = json.loads(_run_json_after(str(tree), "-o", "out", "-q", "--force"))
    assert forced["documents"]["resumed"] == 0


def test_other_settings_are_not_resumed(tree: Path, workdir: Path) -> None:
    clean(str(tree / "seed0.txt"), "-o", "out", "-q")
    record = json.loads(_run_json_after(str(tree / "seed0.txt"), "-o", "out", "-q", "--keep-title"))
    assert record["documents"]["cleaned"] == 1


def _run_json_after(*args: str) -> str:
    clean(*args)
    out = Path(args[args.index("-o") + 1])
    return (out / "run.json").read_text(encoding="utf-8")


def test_html_field_is_cleaned_into_the_text_field(workdir: Path) -> None:
    page = (Path(__file__).parent / "fixtures" / "html" / "article.html").read_text("utf-8")
    records = [{"id": 1, "html": page, "url": "https://example.org/a"}, {"id": 2, "text": PROSE}]
    (workdir / "pages.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8"
    )
    result = clean("pages.jsonl", "-o", "out", "--html-field", "html", "-q")
    assert result.exit_code == 0, result.output
    first, second = read_jsonl(workdir / "out" / "pages.jsonl")
    assert first["html"] == page and first["url"] == records[0]["url"]
    assert len(first["text"]) > 200 and "<" not in first["text"]
    assert second == records[1]
    meta = read_jsonl(workdir / "out" / "pages.meta.jsonl")
    assert meta[0]["source"]["format"] == "html" and meta[0]["html_meta"]["title"]
    assert meta[1]["source"]["format"] == "text"


def test_corrupt_gzip_fails_that_file_only(workdir: Path) -> None:
    data = gzip.compress(("\n".join(corpus_lines()) + "\n").encode() * 50)
    (workdir / "in").mkdir()
    (workdir / "in" / "broken.jsonl.gz").write_bytes(data[: len(data) // 2])
    (workdir / "in" / "fine.txt").write_text(PROSE, encoding="utf-8")
    result = clean("in", "-o", "out", "-q")
    assert result.exit_code == 1
    assert sorted(p.name for p in (workdir / "out").iterdir()) == [
        "errors.jsonl", "fine.meta.json", "fine.txt", "run.json"
    ]
    errors = read_jsonl(workdir / "out" / "errors.jsonl")
    assert errors[-1]["path"] == os.path.join("in", "broken.jsonl.gz")
    assert errors[-1]["line"] is None and errors[-1]["reason"].startswith("cannot read")


def test_progress_lines_when_not_a_terminal(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cleaner.progress.LOG_INTERVAL_SECONDS", 0.0)
    (workdir / "a.txt").write_text(PROSE, encoding="utf-8")
    (workdir / "b.txt").write_text(PROSE, encoding="utf-8")
    result = clean("a.txt", "b.txt", "-o", "out", "-j", "1")
    progress = [line for line in result.stderr.splitlines() if line.startswith("news-cleaner")]
    assert progress and progress[-1].startswith("news-cleaner cleaning: 2 documents")
    assert "% of the input" in progress[-1]
    quiet = clean("a.txt", "b.txt", "-o", "out2", "-j", "1", "-q")
    assert quiet.stderr == ""


def test_jobs_must_be_positive(workdir: Path) -> None:
    (workdir / "a.txt").write_text(PROSE, encoding="utf-8")
    assert clean("a.txt", "-o", "out", "--jobs", "0").exit_code == 2


@pytest.mark.slow
def test_a_killed_run_leaves_no_partial_output_and_a_rerun_completes_it(workdir: Path) -> None:
    texts = seed_texts()
    with (workdir / "big.jsonl").open("w", encoding="utf-8") as handle:
        for n in range(1200):
            handle.write(json.dumps({"id": n, "text": texts[n % len(texts)]}) + "\n")
    command = [sys.executable, "-m", "cleaner", "clean", "big.jsonl", "-o", "out", "-j", "1", "-q"]
    process = subprocess.Popen(command, cwd=workdir)
    deadline = time.monotonic() + 60
    while not any((workdir / "out").glob(".big.meta.jsonl.*.tmp")):  # writing has begun
        assert time.monotonic() < deadline and process.poll() is None
        time.sleep(0.05)
    time.sleep(0.3)
    process.send_signal(signal.SIGKILL)
    process.wait()
    visible = [p.name for p in (workdir / "out").iterdir() if not p.name.startswith(".")]
    assert visible == []

    assert subprocess.run(command, cwd=workdir).returncode == 0
    assert not [p for p in (workdir / "out").iterdir() if p.name.startswith(".")]
    sidecars = read_jsonl(workdir / "out" / "big.meta.jsonl")
    assert [s["source"]["line"] for s in sidecars] == list(range(1, 1201))
    reference = clean("big.jsonl", "-o", "ref", "-j", "2", "-q")
    assert reference.exit_code == 0
    assert outputs(workdir / "out") == outputs(workdir / "ref")


def test_restore_gives_back_every_record(tree: Path, workdir: Path) -> None:
    clean(str(tree / "sub" / "packed.jsonl.gz"), "-o", "out", "-q")
    out = workdir / "out"
    result = CliRunner().invoke(
        app, ["restore", str(out / "packed.jsonl.gz"), str(out / "packed.meta.jsonl"),
              "-o", "back.jsonl"],
    )
    assert result.exit_code == 0, result.output
    original = (tree / "sub" / "packed.jsonl.gz").read_bytes()
    lines_in = gzip.decompress(original).splitlines(keepends=True)
    lines_back = (workdir / "back.jsonl").read_bytes().splitlines(keepends=True)
    assert len(lines_in) == len(lines_back)
    for raw_in, raw_back in zip(lines_in, lines_back, strict=True):
        try:
            assert json.loads(raw_back) == json.loads(raw_in)
        except ValueError:
            assert raw_back == raw_in  # a line that is not JSON comes back as it was


def test_restore_refuses_a_corpus_whose_text_was_edited(tree: Path, workdir: Path) -> None:
    clean(str(tree / "corpus.jsonl"), "-o", "out", "-q")
    records = (workdir / "out" / "corpus.jsonl").read_text("utf-8").splitlines(keepends=True)
    sidecars = read_jsonl(workdir / "out" / "corpus.meta.jsonl")
    changed = next(n for n, s in enumerate(sidecars) if s.get("removed"))
    record = json.loads(records[changed])
    record["text"] = record["text"].replace("the", "teh", 1)
    records[changed] = json.dumps(record) + "\n"
    (workdir / "out" / "corpus.jsonl").write_text("".join(records), "utf-8")
    result = CliRunner().invoke(
        app, ["restore", "out/corpus.jsonl", "out/corpus.meta.jsonl", "-o", "back.jsonl"]
    )
    assert result.exit_code == 2
    assert f"line {changed + 1}: restored text does not match its sha256" in result.stderr
    assert not (workdir / "back.jsonl").exists()


def test_the_config_names_the_text_field(workdir: Path) -> None:
    (workdir / "news-cleaner.toml").write_text('text-field = "body"\n', encoding="utf-8")
    (workdir / "news.jsonl").write_text(
        json.dumps({"body": PROSE + "0 Comments\n"}) + "\n", encoding="utf-8"
    )
    assert clean("news.jsonl", "-o", "out", "-q").exit_code == 0
    assert read_jsonl(workdir / "out" / "news.jsonl") == [{"body": PROSE}]
    assert clean("news.jsonl", "-o", "out2", "-q", "--text-field", "text").exit_code == 1


def test_a_torn_output_is_redone_not_resumed(tree: Path, workdir: Path) -> None:
    """Outputs are written without fsync: after a power loss a text may come back empty
    while its sidecar survived. Resume must notice, not keep the empty text."""
    clean(str(tree / "seed2.txt"), "-o", "out", "-q")
    expected = (workdir / "out" / "seed2.txt").read_bytes()
    (workdir / "out" / "seed2.txt").write_bytes(b"")
    record = json.loads(_run_json_after(str(tree / "seed2.txt"), "-o", "out", "-q"))
    assert record["documents"]["cleaned"] == 1
    assert (workdir / "out" / "seed2.txt").read_bytes() == expected


class BundlingBackend(InlineBackend):
    """Runs tasks in this process, as ``--jobs 1`` does, with ``file_bundle`` files a task."""

    def __init__(self, cleaner: Cleaner, file_bundle: int) -> None:
        super().__init__(cleaner)
        self.file_bundle = file_bundle
        self.tasks = 0

    def submit(self, task: Any, payload: Any) -> Any:
        self.tasks += 1
        return super().submit(task, payload)


def run_bundled(folder: Path, out: Path, file_bundle: int) -> tuple[int, Tally]:
    cleaner = Cleaner()
    jobs = plan_jobs(plan_outputs(expand_inputs([str(folder)]), out), RecordFields(), resume=False)
    backend = BundlingBackend(cleaner, file_bundle)
    errors = ErrorLog(out / "errors.jsonl")
    tally = BatchRun(backend, cleaner, NoProgress(), errors).run(jobs)
    errors.close()
    return backend.tasks, tally


def test_files_bundled_into_tasks_give_the_same_outputs(workdir: Path) -> None:
    """Seven files, three to a task: three tasks, and the outputs and counts of one a task."""
    folder = workdir / "in"
    folder.mkdir()
    texts = seed_texts()
    for n in range(7):
        (folder / f"doc{n}.txt").write_text(texts[n % len(texts)], encoding="utf-8")
    single_tasks, single = run_bundled(folder, workdir / "single", 1)
    bundled_tasks, bundled = run_bundled(folder, workdir / "bundled", 3)
    assert (single_tasks, bundled_tasks) == (7, 3)
    assert outputs(workdir / "single") == outputs(workdir / "bundled")
    assert len(outputs(workdir / "bundled")) == 14
    assert bundled.summary() == single.summary()
    assert bundled.changed == 4  # the three seeds with junk, one twice


def test_a_bug_on_one_file_fails_it_alone_in_its_bundle(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = workdir / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"doc{n}.txt").write_text(PROSE, encoding="utf-8")
    real = batch.clean_file

    def buggy(cleaner: Cleaner, job: FileJob) -> Outcome:
        if job.label.endswith("doc1.txt"):
            raise RuntimeError("a bug")
        return real(cleaner, job)

    monkeypatch.setattr(batch, "clean_file", buggy)
    tasks, tally = run_bundled(folder, workdir / "out", 8)
    assert tasks == 1
    assert (tally.cleaned, tally.failed) == (2, 1)
    assert sorted(outputs(workdir / "out")) == [
        "doc0.meta.json",
        "doc0.txt",
        "doc2.meta.json",
        "doc2.txt",
        "errors.jsonl",
    ]
    (error,) = read_jsonl(workdir / "out" / "errors.jsonl")
    assert error["path"].endswith("doc1.txt")
    assert "internal error (RuntimeError: a bug)" in error["reason"]
