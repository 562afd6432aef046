"""How long ``news-cleaner report`` takes on big runs, and how much memory it needs.

Generates output folders as ``clean`` writes them, with small sidecars: a few dozen distinct
articles (made up, junk included) are cleaned once with the real ``Cleaner``, then written
again and again under distinct names, ``<stem>.txt`` + ``<stem>.meta.json`` in folders of 1,000
(``--layout files``), or as JSONL corpora of 1,000 records with their ``.meta.jsonl``
(``--layout jsonl``). Then it times ``news-cleaner report OUT -o report.html`` as a subprocess
(start-up included) for every size, and prints wall and CPU time, documents per second, the
peak resident memory of the subprocess and the size of the page. Peak memory that stays flat
from 10,000 to 100,000 documents shows the folder is streamed.

    python benchmarks/report_speed.py                          # 10,000 and 100,000 documents
    python benchmarks/report_speed.py --sizes 100000 --layout jsonl
    python benchmarks/report_speed.py --keep /tmp/report-bench  # keep (and reuse) the folders

A development tool, never a test: it prints numbers and asserts nothing. The repository root
goes first on ``sys.path`` and ``PYTHONPATH``, so it measures the checkout it sits in.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from cleaner import Cleaner  # noqa: E402

PER_FOLDER = 1000
DISTINCT = 40
PARAGRAPHS = (
    "The council approved the new budget after a debate that lasted late into the night.",
    "Officials said the changes would take effect at the start of the next fiscal year.",
    "Opposition members criticised the plan, saying it left rural districts behind.",
    "Analysts expect the measure to reduce the deficit by a small margin over three years.",
    "Residents interviewed outside the town hall were divided on the likely effects.",
)
HEAD = ("World", "Politics", "By Jane Doe", "4 min read")
TAIL = ("Share this article", "12 Comments", "Tags: Budget, Council", "Advertisement")


def article(number: int) -> str:
    rng = random.Random(number)
    lines = [line for line in HEAD if rng.random() < 0.5]
    lines += rng.sample(PARAGRAPHS, rng.randint(2, 4))
    lines += [line for line in TAIL if rng.random() < 0.5]
    if rng.random() < 0.3:
        lines += ["Related stories", "Storm Damages Roofs", "Museum Reopens", "Marathon Record"]
    return "\n".join(lines) + "\n"


def templates() -> list[tuple[str, dict[str, Any]]]:
    """``DISTINCT`` cleaned articles: (clean text, sidecar), from the real core."""
    cleaner = Cleaner()
    cleaned = []
    for number in range(DISTINCT):
        result = cleaner.clean(article(number))
        cleaned.append((result.text, result.meta.to_dict()))
    return cleaned


def sidecar_for(meta: dict[str, Any], path: str, number: int) -> dict[str, Any]:
    """The template's sidecar under another document's name (its own path and hash)."""
    source = dict(meta["source"], path=path)
    source["sha256"] = hashlib.sha256(f"{path}:{number}".encode()).hexdigest()
    return dict(meta, source=source)


def write_files(out: Path, count: int, cleaned: list[tuple[str, dict[str, Any]]]) -> None:
    for number in range(count):
        folder = out / f"part-{number // PER_FOLDER:04d}"
        if number % PER_FOLDER == 0:
            folder.mkdir(parents=True)
        text, meta = cleaned[number % len(cleaned)]
        stem = f"doc-{number:07d}"
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
        sidecar = sidecar_for(meta, f"in/{folder.name}/{stem}.txt", number)
        (folder / f"{stem}.meta.json").write_text(
            json.dumps(sidecar, ensure_ascii=False, indent=2, sort_keys=True) + "\n", "utf-8"
        )


def write_jsonl(out: Path, count: int, cleaned: list[tuple[str, dict[str, Any]]]) -> None:
    out.mkdir(parents=True)
    for first in range(0, count, PER_FOLDER):
        stem = out / f"part-{first // PER_FOLDER:04d}"
        records, sidecars = [], []
        for number in range(first, min(first + PER_FOLDER, count)):
            text, meta = cleaned[number % len(cleaned)]
            sidecar = sidecar_for(meta, f"in/{stem.name}.jsonl", number)
            sidecar["source"] = dict(sidecar["source"], line=number - first + 1, id=f"d{number}")
            records.append(json.dumps({"id": f"d{number}", "text": text}, ensure_ascii=False))
            sidecars.append(json.dumps(sidecar, ensure_ascii=False, sort_keys=True))
        stem.with_suffix(".jsonl").write_text("\n".join(records) + "\n", "utf-8")
        stem.with_suffix(".meta.jsonl").write_text("\n".join(sidecars) + "\n", "utf-8")


def report_command() -> list[str]:
    script = Path(sys.executable).with_name("news-cleaner")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "cleaner"]


def time_report(out: Path, page: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one ``news-cleaner report`` subprocess.

    CPU time (user + system) is quoted beside wall time because the machine may be shared:
    other processes stretch the wall time, hardly the CPU time.
    """
    path = os.pathsep.join([str(REPO_ROOT), os.environ.get("PYTHONPATH", "")])
    env = dict(os.environ, PYTHONPATH=path)
    command = [*report_command(), "report", str(out), "-o", str(page)]
    runner = [sys.executable, "-c", _MEASURE, *command]
    started = time.perf_counter()
    output = subprocess.run(runner, check=True, capture_output=True, text=True, env=env).stdout
    cpu, peak = output.split()
    return time.perf_counter() - started, float(cpu), float(peak)


_MEASURE = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--layout", choices=("files", "jsonl"), default="files")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per size (median)")
    parser.add_argument("--keep", type=Path, help="folder to keep (and reuse) the outputs in")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="report-bench-"))
    cleaned = templates()
    print(f"{'documents':>10} {'layout':>6} {'generate s':>10} {'report s':>9} {'CPU s':>7}"
          f" {'docs/s':>9} {'peak MB':>8} {'page kB':>8}")
    try:
        for size in args.sizes:
            out = root / f"{args.layout}-{size}"
            generate = 0.0
            if not out.exists():
                started = time.perf_counter()
                (write_files if args.layout == "files" else write_jsonl)(out, size, cleaned)
                generate = time.perf_counter() - started
            page = root / f"report-{args.layout}-{size}.html"
            runs = sorted(time_report(out, page) for _ in range(args.repeat))
            seconds, cpu, peak = runs[len(runs) // 2]
            print(f"{size:>10,} {args.layout:>6} {generate:>10.1f} {seconds:>9.2f} {cpu:>7.2f}"
                  f" {size / seconds:>9,.0f} {peak:>8.0f} {page.stat().st_size / 1000:>8.0f}")
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
