"""Text-mode speed of news-cleaner next to trafilatura, measured side by side in one run.

The documents are every ``<id>/input.txt`` under the text-dev folder (default
``../shared/eval/text-dev``, read by path) plus the seeds (``../shared/seeds/*.txt``).

(a) core      ``Cleaner().clean(text)`` in memory, per document (the ``Cleaner`` is built
              once, outside the timing; its set-up time is printed on its own).
(b) trafilatura  ``trafilatura.extract(html)`` in memory on the same text wrapped as HTML:
              ``<html><body>`` + ``<p>escaped line</p>`` per non-blank line. Defaults of
              trafilatura's own ``extract`` (fallback extractors included).
(c) CLI       ``news-cleaner clean IN -o OUT`` (its default options) as a subprocess over a
              folder holding the documents as files (interpreter start-up, imports, file I/O
              and sidecars included), against a subprocess doing the same trafilatura work
              per file (start-up, import, read, wrap, extract, write ``OUT/<stem>.txt``). The
              folder holds ``--copies`` copies of every document (default 10, 930 files) so
              that start-up, which each side pays once per run (about 0.15 s for typer +
              regex, 0.23 s for trafilatura), does not decide the ratio; ``--copies 1`` shows
              the small-batch case. ``--cli CMD`` names the command (default: the
              ``news-cleaner`` script; ``--cli 'python -m cleaner'`` works uninstalled).
              Skipped with a message when there is no such command or it fails.

Each repeat times every contender once over all documents; the order alternates from
repeat to repeat and one untimed warm-up pass comes first. Figures are medians over the
repeats of ``time.perf_counter`` wall time. Targets (DESIGN.md): core >= 20x trafilatura
per document, CLI >= 10x.

    python benchmarks/text_speed.py              # 5 repeats
    python benchmarks/text_speed.py --repeat 9
    python benchmarks/text_speed.py --json

This is a development tool, never a test: it prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "eval" / "text-dev"
DEFAULT_SEEDS = REPO_ROOT.parent / "shared" / "seeds"

CORE_TARGET = 20.0
CLI_TARGET = 10.0

#: The trafilatura side of (c): one process, the same per-file work the CLI does.
TRAFILATURA_WORKER = """
import html, sys
from pathlib import Path
import trafilatura

src, out = Path(sys.argv[1]), Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
for path in sorted(src.glob("*.txt")):
    with path.open(encoding="utf-8", newline="") as handle:
        text = handle.read()
    body = "".join(
        "<p>" + html.escape(line) + "</p>" for line in text.splitlines() if line.strip()
    )
    result = trafilatura.extract("<html><body>" + body + "</body></html>") or ""
    (out / (path.stem + ".txt")).write_text(result, encoding="utf-8")
"""


@dataclass
class Document:
    name: str
    text: str


@dataclass
class Timing:
    label: str
    docs: int
    seconds: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def docs_per_second(self) -> float:
        return self.docs / self.median if self.median > 0 else float("inf")

    def to_dict(self) -> dict[str, Any]:
        return {
            "docs": self.docs,
            "median_seconds": self.median,
            "min_seconds": min(self.seconds),
            "max_seconds": max(self.seconds),
            "docs_per_second": self.docs_per_second,
            "repeats": len(self.seconds),
        }


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def load_documents(data: Path, seeds: Path) -> list[Document]:
    docs = []
    if data.is_dir():
        for folder in sorted(data.iterdir()):
            if (folder / "input.txt").is_file():
                docs.append(Document(f"text-dev-{folder.name}", _read(folder / "input.txt")))
    if seeds.is_dir():
        for path in sorted(seeds.glob("*.txt")):
            docs.append(Document(f"seed-{path.stem}", _read(path)))
    return docs


def wrap_as_html(text: str) -> str:
    """The text as a page trafilatura can read: one ``<p>`` per non-blank line."""
    body = "".join("<p>" + html.escape(line) + "</p>" for line in text.splitlines() if line.strip())
    return "<html><body>" + body + "</body></html>"


def _time(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def interleaved(contenders: Sequence[tuple[Timing, Callable[[], object]]], repeat: int) -> None:
    """Warm every contender up once, then time ``repeat`` rounds, alternating the order."""
    for _, work in contenders:
        work()
    for round_ in range(repeat):
        order = contenders if round_ % 2 == 0 else list(reversed(contenders))
        for timing, work in order:
            timing.seconds.append(_time(work))


# --------------------------------------------------------------------------- (a) + (b)


def in_memory(docs: Sequence[Document], repeat: int) -> tuple[Timing, Timing, float]:
    import trafilatura

    if str(REPO_ROOT) not in sys.path:
        sys.path.insert(0, str(REPO_ROOT))
    from cleaner import Cleaner

    start = time.perf_counter()
    core = Cleaner()
    setup = time.perf_counter() - start

    texts = [doc.text for doc in docs]
    pages = [wrap_as_html(text) for text in texts]  # wrapping is not trafilatura's cost

    def run_core() -> None:
        for text in texts:
            core.clean(text)

    def run_trafilatura() -> None:
        for page in pages:
            trafilatura.extract(page)

    core_timing = Timing("core Cleaner.clean", len(docs))
    traf_timing = Timing("trafilatura.extract", len(docs))
    interleaved([(core_timing, run_core), (traf_timing, run_trafilatura)], repeat)
    return core_timing, traf_timing, setup


# --------------------------------------------------------------------------- (c)


def find_cli(explicit: str | None) -> list[str] | None:
    """The command that runs the CLI: ``--cli`` (split like a shell would), else the script."""
    if explicit:
        return shlex.split(explicit)
    beside = Path(sys.executable).parent / "news-cleaner"
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("news-cleaner")
    return [found] if found else None


def checkout_env() -> dict[str, str]:
    """The environment for the CLI: this checkout first on the import path, like (a)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH")) if p)
    return env


def end_to_end(
    docs: Sequence[Document], repeat: int, cli: list[str], copies: int
) -> tuple[Timing, Timing] | str:
    """Time the CLI and the trafilatura worker as subprocesses; a string says why not."""
    with tempfile.TemporaryDirectory(prefix="news-cleaner-speed-") as tmp:
        root = Path(tmp)
        src = root / "in"
        src.mkdir()
        files = 0
        for copy in range(copies):
            for doc in docs:
                path = src / f"{doc.name}-{copy}.txt"
                with path.open("w", encoding="utf-8", newline="") as handle:
                    handle.write(doc.text)
                files += 1

        runs = 0
        env = checkout_env()

        def fresh_out(prefix: str) -> Path:
            nonlocal runs
            runs += 1
            return root / f"{prefix}-{runs}"  # a new folder each time: nothing to resume

        def run_cli() -> None:
            out = fresh_out("cli")
            done = subprocess.run(
                [*cli, "clean", str(src), "-o", str(out)],
                capture_output=True,
                text=True,
                env=env,
            )
            if done.returncode != 0:
                errors = out / "errors.jsonl"  # gone with the temporary folder: quote it now
                listed = errors.read_text(encoding="utf-8").strip() if errors.is_file() else ""
                message = (done.stderr or done.stdout).strip()
                raise CliFailed(done.returncode, f"{message}\n{listed}" if listed else message)
            written = len(list(out.rglob("*.txt")))
            if written != files:
                raise CliFailed(0, f"wrote {written} .txt files for {files} inputs")

        def run_worker() -> None:
            out = fresh_out("trafilatura")
            subprocess.run(
                [sys.executable, "-c", TRAFILATURA_WORKER, str(src), str(out)],
                check=True,
                capture_output=True,
            )

        cli_timing = Timing("CLI news-cleaner clean", files)
        worker_timing = Timing("trafilatura per file", files)
        try:
            interleaved([(cli_timing, run_cli), (worker_timing, run_worker)], repeat)
        except (CliFailed, OSError) as error:
            return f"the CLI failed ({error}); skipping the end-to-end comparison"
        return cli_timing, worker_timing


class CliFailed(Exception):
    """The CLI's exit code and its last line of output, or the errors it listed."""

    def __init__(self, code: int, message: str) -> None:
        last = message.splitlines()[-1] if message else "no output"
        super().__init__(f"exit {code}: {last}" if code else last)


# --------------------------------------------------------------------------- report


def print_rows(rows: Sequence[Timing]) -> None:
    header = f"{'contender':<26} {'median s':>9} {'min s':>8} {'docs/s':>10} {'ms/doc':>8}"
    print(header)
    print("-" * len(header))
    for t in rows:
        print(
            f"{t.label:<26} {t.median:9.4f} {min(t.seconds):8.4f} "
            f"{t.docs_per_second:10.1f} {1000 * t.median / t.docs:8.3f}"
        )


def ratio(fast: Timing, slow: Timing) -> float:
    return slow.median / fast.median if fast.median > 0 else float("inf")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed rounds (median reported)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="text-dev folder")
    parser.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="folder of seed .txt")
    parser.add_argument(
        "--cli",
        default=None,
        help="command that runs the CLI, e.g. 'python -m cleaner' (default: news-cleaner)",
    )
    parser.add_argument(
        "--copies", type=int, default=10, help="copies of each document for the CLI part"
    )
    parser.add_argument("--skip-cli", action="store_true", help="only the in-memory part")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.copies < 1:
        parser.error("--repeat and --copies must be at least 1")

    docs = load_documents(args.data, args.seeds)
    if not docs:
        print(f"error: no documents under {args.data} or {args.seeds}", file=sys.stderr)
        return 2

    try:
        core, traf, setup = in_memory(docs, args.repeat)
    except ImportError as error:
        print(f"error: cannot import the core or trafilatura: {error}", file=sys.stderr)
        return 2

    e2e: tuple[Timing, Timing] | str
    if args.skip_cli:
        e2e = "skipped (--skip-cli)"
    else:
        cli = find_cli(args.cli)
        if cli is None:
            e2e = (
                "the news-cleaner command is not installed; skipping the end-to-end comparison "
                "(or run it with --cli 'python -m cleaner')"
            )
        else:
            e2e = end_to_end(docs, args.repeat, cli, args.copies)

    if args.json:
        result: dict[str, Any] = {
            "documents": len(docs),
            "repeat": args.repeat,
            "core_setup_seconds": setup,
            "in_memory": {
                "core": core.to_dict(),
                "trafilatura": traf.to_dict(),
                "speedup": ratio(core, traf),
                "target": CORE_TARGET,
            },
        }
        if isinstance(e2e, str):
            result["end_to_end"] = {"skipped": e2e}
        else:
            cli_t, worker_t = e2e
            result["end_to_end"] = {
                "copies": args.copies,
                "cli": cli_t.to_dict(),
                "trafilatura": worker_t.to_dict(),
                "speedup": ratio(cli_t, worker_t),
                "target": CLI_TARGET,
            }
        json.dump(result, sys.stdout, indent=2)
        print()
        return 0

    print(
        f"text speed: {len(docs)} documents, {args.repeat} interleaved repeats, medians "
        f"(Cleaner() set-up {1000 * setup:.1f} ms, not timed below)"
    )
    print()
    print("(a)/(b) in memory, per document")
    print_rows([core, traf])
    speedup = ratio(core, traf)
    print(f"core speed-up over trafilatura: {speedup:.1f}x (target >= {CORE_TARGET:.0f}x)")
    print()
    print(
        f"(c) end to end: subprocess, start-up and file I/O included "
        f"({args.copies} copies of each document)"
    )
    if isinstance(e2e, str):
        print(e2e)
    else:
        cli_t, worker_t = e2e
        print_rows([cli_t, worker_t])
        cli_speedup = ratio(cli_t, worker_t)
        print(f"CLI speed-up over trafilatura: {cli_speedup:.1f}x (target >= {CLI_TARGET:.0f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
