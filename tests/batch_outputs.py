"""Output folders as a batch run of ``clean`` writes them, built with the real ``Cleaner``.

The batch runner (``run.json``, ``errors.jsonl``, JSONL corpora) follows a written contract;
these helpers write exactly that layout so that the report can be tested against it:

- ``OUT/<reldir>/<stem>.jsonl`` (every record, the clean text in the text field) and
  ``<stem>.meta.jsonl``, line-aligned: the sidecar of record n, whose ``source`` also has
  ``line`` and ``id``; a failed record passes through unchanged and its sidecar line is
  ``{"schema", "error", "source": {"path", "line"}}``;
- ``OUT/errors.jsonl``: ``{"path", "line", "reason"}`` per failure;
- ``OUT/run.json``: schema ``news-cleaner/run/1``, sorted keys.

``generated_document`` makes articles with junk of many kinds, deterministic per number.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cleaner import Cleaner, Result, Source
from cleaner.model import SIDECAR_SCHEMA
from cleaner.version import __version__

SENTENCES = (
    "The regional council voted on Tuesday to expand the bus network into three new districts.",
    "Officials said the first routes would open in the spring, pending a final safety review.",
    "Residents who spoke at the meeting welcomed the plan but asked for later evening services.",
    "The project is expected to cost about 40 million euros over the next five years.",
    "Critics argued that the money would be better spent on repairing existing roads and bridges.",
    "A spokesperson for the transport authority said the timetable was still being negotiated.",
    "Engineers have already surveyed most of the proposed stops along the river embankment.",
    "The opposition leader called the vote rushed and demanded a public consultation first.",
    "Shop owners in the old town hope the new line will bring more visitors on weekends.",
    "Similar schemes in neighbouring cities have cut commuting times by up to a fifth.",
)
HEADLINES = (
    "Mayor Opens New Bridge Over River",
    "School Budget Approved After Long Debate",
    "Local Bakery Wins National Prize",
    "Storm Damages Roofs Across the Valley",
    "Museum Reopens After Two-Year Renovation",
    "City Marathon Draws Record Crowd",
)
SECTIONS = ("World", "Politics", "Business", "Science")


def generated_document(number: int) -> str:
    """An article of 3-7 paragraphs with a random mix of head and tail junk (stable per number)."""
    rng = random.Random(number)
    head: list[str] = []
    if rng.random() < 0.6:
        head.append(rng.choice(SECTIONS))
    if rng.random() < 0.5:
        head.append(f"By {rng.choice(('Jane Doe', 'Omar Haddad', 'Lena Fischer'))}")
    if rng.random() < 0.4:
        head.append(f"{rng.randint(2, 9)} min read")
    body = [" ".join(rng.sample(SENTENCES, 2)) for _ in range(rng.randint(3, 7))]
    if rng.random() < 0.4:
        body.insert(rng.randint(1, len(body) - 1), "Advertisement")
    tail: list[str] = []
    if rng.random() < 0.5:
        tail.append("Share this article")
    if rng.random() < 0.5:
        tail.append(f"{rng.randint(0, 250)} Comments")
    if rng.random() < 0.3:
        tail.append("Tags: Transport, City Council")
    if rng.random() < 0.5:
        tail.extend(["Related stories", *rng.sample(HEADLINES, rng.randint(2, 5))])
    if rng.random() < 0.4:
        tail.append(f"© {rng.randint(2015, 2024)} Daily Planet Media. All Rights Reserved.")
    return "\n".join([*head, *body, *tail]) + "\n"


def write_generated_documents(folder: Path, count: int, first: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(first, first + count):
        path = folder / f"gen_{number:04d}.txt"
        path.write_text(generated_document(number), encoding="utf-8")
        paths.append(path)
    return paths


@dataclass
class RunLog:
    """What a batch run did, to write its ``run.json`` and ``errors.jsonl`` from."""

    results: list[Result] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    inputs: list[str] = field(default_factory=list)

    def add_results(self, results: Iterable[Result]) -> None:
        self.results.extend(results)


def clean_record_source(text: str, path: str) -> Source:
    data = text.encode("utf-8")
    return Source(path=path, sha256=hashlib.sha256(data).hexdigest(), bytes=len(data))


def write_jsonl_output(
    out: Path,
    relative: str,
    lines: Sequence[str],
    cleaner: Cleaner,
    log: RunLog,
    text_field: str = "text",
    id_field: str = "id",
) -> None:
    """``OUT/<relative>.jsonl`` + ``.meta.jsonl`` for an input JSONL file of ``lines``."""
    input_path = f"in/{relative}.jsonl"
    log.inputs.append(input_path)
    records, sidecars = [], []
    for number, line in enumerate(lines, 1):
        try:
            record = json.loads(line)
            text = record[text_field] if isinstance(record, dict) else None
            if not isinstance(text, str):
                raise ValueError(f"field {text_field!r} is missing or not a string")
        except (ValueError, KeyError) as err:
            reason = f"line {number}: {err}"
            records.append(line)
            sidecars.append(
                {
                    "schema": SIDECAR_SCHEMA,
                    "error": reason,
                    "source": {"path": input_path, "line": number},
                }
            )
            log.errors.append({"path": input_path, "line": number, "reason": reason})
            continue
        result = cleaner.clean(text, clean_record_source(text, input_path))
        log.results.append(result)
        meta = result.meta.to_dict()
        meta["source"].update(line=number, id=record.get(id_field))
        sidecars.append(meta)
        records.append(json.dumps({**record, text_field: result.text}, ensure_ascii=False))
    target = out / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    target.with_name(target.name + ".jsonl").write_text(
        "".join(record + "\n" for record in records), encoding="utf-8"
    )
    target.with_name(target.name + ".meta.jsonl").write_text(
        "".join(json.dumps(meta, ensure_ascii=False, sort_keys=True) + "\n" for meta in sidecars),
        encoding="utf-8",
    )


def write_errors(out: Path, errors: Iterable[dict[str, Any]]) -> None:
    with (out / "errors.jsonl").open("w", encoding="utf-8") as handle:
        for error in errors:
            handle.write(json.dumps(error, ensure_ascii=False, sort_keys=True) + "\n")


def write_run_json(
    out: Path,
    cleaner: Cleaner,
    log: RunLog,
    *,
    text_field: str = "text",
    resumed: int = 0,
    wall_seconds: float = 1.5,
) -> dict[str, Any]:
    """``run.json`` with the totals of ``log``, laid out as the batch contract says."""
    by_rule: Counter[str] = Counter()
    by_category: Counter[str] = Counter()
    for result in log.results:
        for removal in result.meta.removed:
            lines = removal.end_line - removal.start_line + 1
            by_rule[removal.rule] += lines
            by_category[removal.category] += lines
    total = len(log.results) + len(log.errors)
    run = {
        "schema": "news-cleaner/run/1",
        "tool": {"version": __version__, "rules_sha256": cleaner.rules_sha256},
        "inputs": log.inputs,
        "options": {"text_field": text_field, "html_field": None, "id_field": "id", "jobs": 2},
        "documents": {
            "total": total,
            "cleaned": len(log.results) - resumed,
            "resumed": resumed,
            "failed": len(log.errors),
            "changed": sum(result.changed for result in log.results),
        },
        "bytes": {
            "in": sum(result.meta.source.bytes or 0 for result in log.results),
            "out": sum(len(result.text.encode("utf-8")) for result in log.results),
        },
        "removed_lines": {
            "total": sum(by_rule.values()),
            "by_rule": dict(by_rule),
            "by_category": dict(by_category),
        },
        "errors": len(log.errors),
        "wall_seconds": wall_seconds,
        "documents_per_second": round(total / wall_seconds, 1),
    }
    (out / "run.json").write_text(json.dumps(run, indent=2, sort_keys=True) + "\n", "utf-8")
    return run


SEEDS = Path(__file__).parent / "fixtures" / "seeds"
BAD_RECORDS = {5: "{not json", 9: json.dumps({"id": "r-bad", "body": 5})}
"""Lines of the generated JSONL input that fail: bad JSON, and a text field that is a number."""
FILE_FAILURE = {"path": "in/broken.txt.gz", "line": None, "reason": "corrupt gzip: bad CRC"}


@dataclass
class ContractRun:
    """An output folder of a batch run, and what each document in it should show."""

    out: Path
    inputs: Path
    results: dict[str, Result]
    """By label as the report names documents: ``generated/gen_0001.txt``, ``corpus/x.jsonl:3``."""
    originals: dict[str, str]
    log: RunLog


def build_contract_run(base: Path, cleaner: Cleaner, generated: int = 30) -> ContractRun:
    """The seeds and ``generated`` made-up articles cleaned by the real ``clean`` command,
    plus a JSONL corpus (text field ``body``, two bad lines), ``errors.jsonl`` and ``run.json``.
    """
    from typer.testing import CliRunner

    from cleaner.cli import app

    inputs, out = base / "in", base / "out"
    (inputs / "seeds").mkdir(parents=True)
    for seed in sorted(SEEDS.glob("*.txt")):
        (inputs / "seeds" / seed.name).write_bytes(seed.read_bytes())
    write_generated_documents(inputs / "generated", generated)
    outcome = CliRunner().invoke(app, ["clean", str(inputs), "-o", str(out), "--quiet"])
    errors = out / "errors.jsonl"  # what failed, if a run ever does: --quiet prints nothing
    listed = errors.read_text(encoding="utf-8") if errors.is_file() else ""
    assert outcome.exit_code == 0, (outcome.output, listed, outcome.exception)
    log = RunLog(inputs=[str(inputs)])
    results, originals = {}, {}
    for path in sorted(inputs.rglob("*.txt")):
        label = path.relative_to(inputs).as_posix()
        originals[label] = path.read_text(encoding="utf-8")
        results[label] = cleaner.clean(originals[label])
    log.add_results(results.values())
    lines = [json.dumps({"id": f"r{n}", "body": generated_document(500 + n)}) for n in range(14)]
    for number, bad in BAD_RECORDS.items():
        lines[number - 1] = bad
    first_record = len(log.results)
    write_jsonl_output(out, "corpus/part-0001", lines, cleaner, log, text_field="body")
    good = [n for n in range(1, len(lines) + 1) if n not in BAD_RECORDS]
    for number, result in zip(good, log.results[first_record:], strict=True):
        label = f"corpus/part-0001.jsonl:{number}"
        results[label] = result
        originals[label] = json.loads(lines[number - 1])["body"]
    log.errors.append(FILE_FAILURE)
    write_errors(out, log.errors)
    write_run_json(out, cleaner, log, text_field="body", resumed=3)
    return ContractRun(out, inputs, results, originals, log)
