"""Batch runs of the CLI: scaling with ``--jobs``, HTML pages next to trafilatura's own CLI,
and peak memory for a small and a large JSONL corpus.

Every run is the real command, ``python -m cleaner clean IN -o OUT -q --jobs N``, as a
subprocess with this checkout first on ``PYTHONPATH`` and an empty ``OUT`` (nothing to resume).
The corpora are made at run time in a temporary folder from the text-dev inputs (default
``../shared/eval/text-dev/*/input.txt``) and the aeb-dev pages (``../shared/eval/aeb-dev/html``),
read by path and never copied into the repository.

(1) scaling   ``--docs`` text documents (default 2,000: the text-dev inputs cycled), once as a
              folder of ``.txt`` files and once as one JSONL file, cleaned with ``--jobs 1``
              and ``--jobs N`` (default 2). Interleaved repeats, medians; the ratio
              jobs 1 / jobs N of the wall time (target >= 1.8x for 2 jobs on 2 cores), and
              documents per second per core. The wall time is the subprocess's, start-up and
              the building of the rules included; ``run.json``'s ``wall_seconds`` (the batch
              alone) is shown beside it. In the same rounds, a fixed pure-Python loop split
              over 1 and N processes gives the machine's own ceiling at that moment.
(2) HTML      the aeb-dev pages (``--html-copies`` copies of each, unzipped to ``.html``
              files) through ``news-cleaner clean`` and through trafilatura's own CLI,
              ``trafilatura --input-dir IN --output-dir OUT --parallel N``, with the settings
              news-cleaner gives trafilatura (``--trafilatura-options``), each at 1 and N
              processes, interleaved in the same run. Pages per second per core.
(3) memory    a ``--small-mb`` (10) and a ``--big-mb`` (1024) JSONL corpus, cleaned once each
              with ``--jobs N`` while /proc is sampled every 0.1 s. Three figures:
              the peak of the summed VmRSS of the process and all its descendants (forked
              workers share pages with the main process, so this sum counts shared pages
              more than once: an upper bound); the peak of the summed Pss (shared pages split
              between the processes that share them: the tree's real footprint); and
              ``ru_maxrss`` from ``wait4`` for the run, which is the peak of the largest
              *single* process of the tree (the main process or one worker), not a sum; and
              the most processes seen at once. Flat in input size is the target.

Every run is reaped with ``wait4``, so each also reports the CPU time of its whole process
tree, and its tree is sampled (every 0.5 s) for the most processes at once; with P processes
working, ``P x CPU(jobs 1) / CPU(jobs N)`` is a ceiling on the scaling ratio that load hardly
moves.

    python benchmarks/batch_speed.py                          # everything, about an hour
    python benchmarks/batch_speed.py --docs 200 --small-mb 5 --big-mb 50 --repeat 1
    python benchmarks/batch_speed.py --part scaling --repeat 5

The machine's load average is printed before and after: on a shared machine the scaling
ratio moves with it. This is a development tool, never a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TEXTS = REPO_ROOT.parent / "shared" / "eval" / "text-dev"
DEFAULT_PAGES = REPO_ROOT.parent / "shared" / "eval" / "aeb-dev" / "html"
PARTS = ("scaling", "html", "memory")

SCALING_TARGET = 1.8
#: The machine's own ceiling for (1): a fixed amount of pure-Python work, split over N
#: forked processes. Virtual cores that share a physical one, or a busy host, show up here.
CPU_LOOP = """
import sys
from multiprocessing import get_context


def work(steps):
    total = 0
    for step in range(steps):
        total += step


processes, steps = int(sys.argv[1]), int(sys.argv[2])
pool = [get_context("fork").Process(target=work, args=(steps // processes,))
        for _ in range(processes)]
for process in pool:
    process.start()
for process in pool:
    process.join()
"""
CPU_LOOP_STEPS = 40_000_000
#: The disk's own ceiling for the folder run: the file work a folder run does for each
#: document (two 3 KB outputs, each written to a temporary file beside it and renamed),
#: nothing else, split over N forked processes, into a subfolder of the folder run's own
#: output folder (a subfolder lands in the same part of an ext4 disk as its parent, and on
#: this machine that decided whether creating a file took 20 us or 500 us).
CREATE_LOOP = """
import os, sys
from multiprocessing import get_context


def work(folder, first, count):
    data = b"x" * 3000
    for number in range(first, first + count):
        for suffix in (".txt", ".meta.json"):
            path = os.path.join(folder, f"{number:06d}{suffix}")
            temp = os.path.join(folder, f".{number:06d}{suffix}.{os.urandom(4).hex()}.tmp")
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            os.write(fd, data)
            os.close(fd)
            os.replace(temp, path)


folder, processes, documents = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.makedirs(folder, exist_ok=True)
share = documents // processes
pool = [get_context("fork").Process(target=work, args=(folder, index * share, share))
        for index in range(processes)]
for process in pool:
    process.start()
for process in pool:
    process.join()
"""
#: What ``cleaner/html.py`` asks of trafilatura: favor_precision, metadata, no comments.
TRAFILATURA_OPTIONS = "--precision --with-metadata --no-comments"
SAMPLE_SECONDS = 0.1
#: Timed runs are sampled more rarely, so that the sampling itself costs next to nothing.
TIMED_SAMPLE_SECONDS = 0.5
HEARTBEAT_SECONDS = 30.0
MB = 1 << 20


class RunFailed(Exception):
    """A subprocess exited badly or did not write what it should have."""


# --------------------------------------------------------------------------- corpora


def load_texts(folder: Path) -> list[tuple[str, str]]:
    """``(case id, text)`` for every ``<id>/input.txt``, in name order."""
    texts = []
    for case in sorted(folder.iterdir()) if folder.is_dir() else []:
        path = case / "input.txt"
        if path.is_file():
            with path.open(encoding="utf-8", newline="") as handle:
                texts.append((case.name, handle.read()))
    return texts


def cycled(texts: Sequence[tuple[str, str]]) -> Iterator[tuple[int, str, str]]:
    """``(number, case id, text)`` forever, going round the texts."""
    number = 0
    while True:
        for case, text in texts:
            number += 1
            yield number, case, text


def write_folder(texts: Sequence[tuple[str, str]], count: int, folder: Path) -> None:
    folder.mkdir(parents=True)
    for number, case, text in _take(cycled(texts), count):
        with (folder / f"{number:06d}-{case}.txt").open("w", encoding="utf-8", newline="") as out:
            out.write(text)


def write_jsonl(
    texts: Sequence[tuple[str, str]],
    path: Path,
    *,
    count: int | None = None,
    min_bytes: int = 0,
    say: Callable[[str], None] | None = None,
) -> int:
    """Write ``{"id": n, "text": ...}`` records: ``count`` of them, or as many as it takes to
    reach ``min_bytes``. Returns the number of records."""
    encoded = {case: json.dumps(text, ensure_ascii=False).encode("utf-8") for case, text in texts}
    written = records = 0
    step = min_bytes // 10
    next_report = step
    with path.open("wb") as out:
        for number, case, _ in cycled(texts):
            if (count is not None and records >= count) or (count is None and written >= min_bytes):
                break
            line = b'{"id": %d, "text": %s}\n' % (number, encoded[case])
            out.write(line)
            written += len(line)
            records += 1
            if say is not None and step and written >= next_report:
                say(f"  writing {path.name}: {written / min_bytes:.0%} of {min_bytes / MB:,.0f} MB")
                next_report += step
    return records


def unzip_pages(source: Path, folder: Path, copies: int) -> int:
    """Every ``*.html.gz`` of ``source`` as ``copies`` plain ``.html`` files in ``folder``."""
    folder.mkdir(parents=True)
    pages = 0
    for path in sorted(source.glob("*.html.gz")):
        data = gzip.decompress(path.read_bytes())
        stem = path.name.removesuffix(".html.gz")
        for copy in range(copies):
            (folder / f"{stem}-{copy}.html").write_bytes(data)
            pages += 1
    return pages


def _take(items: Iterator[tuple[int, str, str]], count: int) -> Iterator[tuple[int, str, str]]:
    for _ in range(count):
        yield next(items)


# --------------------------------------------------------------------------- process trees


@dataclass
class TreeMemory:
    """A process tree's memory from /proc, in kB: one sample, or the peaks over many."""

    rss_sum: int = 0
    pss_sum: int = 0
    processes: int = 0
    samples: int = 0


def children_by_parent() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as handle:
                stat = handle.read()
        except OSError:
            continue  # gone since the scan
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        tree.setdefault(parent, []).append(int(entry.name))
    return tree


def descendants(root: int) -> list[int]:
    tree = children_by_parent()
    found, todo = [root], [root]
    while todo:
        for child in tree.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _proc_number(path: str, name: str) -> int:
    """The number after ``name`` in a /proc file (kB for memory fields), 0 if unreadable."""
    try:
        with open(path, encoding="ascii", errors="replace") as handle:
            for line in handle:
                if line.startswith(name):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


class TreeSampler(threading.Thread):
    """Samples the summed VmRSS and Pss of a process and its descendants until stopped;
    ``heartbeat`` (if any) gets the pid, the seconds so far and the latest sample now and
    then."""

    def __init__(
        self,
        pid: int,
        interval: float,
        heartbeat: Callable[[int, float, TreeMemory], None] | None = None,
    ) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.heartbeat = heartbeat
        self.peak = TreeMemory()
        self._done = threading.Event()

    def run(self) -> None:
        started = last_report = time.monotonic()
        while not self._done.wait(self.interval):
            pids = descendants(self.pid)
            now = TreeMemory(
                rss_sum=sum(_proc_number(f"/proc/{p}/status", "VmRSS:") for p in pids),
                pss_sum=sum(_proc_number(f"/proc/{p}/smaps_rollup", "Pss:") for p in pids),
                processes=len(pids),
            )
            peak = self.peak
            peak.rss_sum = max(peak.rss_sum, now.rss_sum)
            peak.pss_sum = max(peak.pss_sum, now.pss_sum)
            peak.processes = max(peak.processes, now.processes)
            peak.samples += 1
            if self.heartbeat is not None and time.monotonic() - last_report >= HEARTBEAT_SECONDS:
                last_report = time.monotonic()
                self.heartbeat(self.pid, last_report - started, now)

    def stop(self) -> TreeMemory:
        self._done.set()
        self.join()
        return self.peak


def read_position(pid: int, source: Path) -> int:
    """How far ``pid`` has read ``source``: the offset of its open file descriptor on it."""
    try:
        target = str(source.resolve())
        for fd in os.scandir(f"/proc/{pid}/fd"):
            if os.readlink(fd.path) == target:
                return _proc_number(f"/proc/{pid}/fdinfo/{fd.name}", "pos:")
    except OSError:
        pass
    return 0


# --------------------------------------------------------------------------- running


def checkout_env() -> dict[str, str]:
    """This checkout first on the import path, so the benchmark measures the code beside it."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH")) if p)
    return env


def cleaner_command(source: Path, out: Path, jobs: int) -> list[str]:
    return [
        sys.executable,
        "-m",
        "cleaner",
        "clean",
        str(source),
        "-o",
        str(out),
        "-q",
        "--jobs",
        str(jobs),
    ]


def read_run_record(out: Path, expected_documents: int) -> dict[str, Any]:
    """``OUT/run.json``, checked: every document cleaned, none failed."""
    try:
        record: dict[str, Any] = json.loads((out / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise RunFailed(f"no readable run.json in {out}: {err}") from None
    documents = record["documents"]
    if documents["total"] != expected_documents or documents["failed"]:
        raise RunFailed(
            f"run.json counts {documents['total']} documents ({documents['failed']} failed), "
            f"expected {expected_documents}"
        )
    return record


@dataclass
class Contender:
    """One command, timed over interleaved repeats."""

    label: str
    jobs: int
    documents: int
    command: Callable[[Path], list[str]]
    check: Callable[[Path], float | None]
    """Checks ``OUT`` after a run; returns the run's own wall time if it records one."""
    seconds: list[float] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)
    system_seconds: list[float] = field(default_factory=list)
    inner_seconds: list[float] = field(default_factory=list)
    processes: int = 0
    """The most processes of its tree seen at once, main process included."""

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def per_second(self) -> float:
        return self.documents / self.median

    @property
    def per_core(self) -> float:
        return self.per_second / self.jobs

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu_seconds)

    @property
    def system_median(self) -> float:
        return statistics.median(self.system_seconds)

    @property
    def parallel(self) -> int:
        """How many processes could work at once: the jobs, or 1 if no worker ever ran."""
        return min(self.jobs, self.processes - 1) if self.processes > 1 else 1


@dataclass(frozen=True)
class Finished:
    """A subprocess run: wall time, and from ``wait4`` the CPU time (user + system), the
    system part of it (the kernel's work: file creation, I/O) and ``ru_maxrss`` of it and
    every descendant it waited for (its worker processes)."""

    seconds: float
    cpu_seconds: float
    system_seconds: float
    largest_process_kb: int
    tree: TreeMemory


def run_to_end(
    command: list[str],
    log: Path,
    interval: float = TIMED_SAMPLE_SECONDS,
    heartbeat: Callable[[int, float, TreeMemory], None] | None = None,
) -> Finished:
    """Run ``command`` (stderr into ``log``), sample its process tree every ``interval``
    seconds, and reap it with ``wait4``, which gives the resource use of this run alone."""
    start = time.perf_counter()
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            command, env=checkout_env(), stdout=subprocess.DEVNULL, stderr=stderr
        )
        sampler = TreeSampler(process.pid, interval, heartbeat)
        sampler.start()
        try:
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            tree = sampler.stop()
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        errors = log.read_text(encoding="utf-8", errors="replace").strip()[-300:]
        raise RunFailed(f"{shlex.join(command[:4])}...: exit {process.returncode}: {errors}")
    return Finished(seconds, usage.ru_utime + usage.ru_stime, usage.ru_stime, usage.ru_maxrss, tree)


def time_once(contender: Contender, out: Path) -> None:
    done = run_to_end(contender.command(out), out.with_name(out.name + ".log"))
    inner = contender.check(out)
    contender.seconds.append(done.seconds)
    contender.cpu_seconds.append(done.cpu_seconds)
    contender.system_seconds.append(done.system_seconds)
    contender.processes = max(contender.processes, done.tree.processes)
    if inner is not None:
        contender.inner_seconds.append(inner)
    empty_folder(out)


def empty_folder(folder: Path) -> None:
    """Delete what a run wrote into ``folder`` but keep the folder itself (see ``interleaved``)."""
    if not folder.is_dir():
        return  # a contender may write nothing
    for entry in folder.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()


def interleaved(
    contenders: Sequence[Contender], repeat: int, work: Path, say: Callable[[str], None]
) -> None:
    """``repeat`` rounds, each contender once per round, the order reversed every other round.

    First, untimed, every command runs once: the first run pays for cold caches (bytecode, the
    input files). Each contender then writes into its own output folder, the one it warmed up
    in, emptied after every run. A brand-new folder for every run made the file-system part of
    a folder run swing with where the folder landed: on this machine's ext4 disk, creating a
    file took 16 us in some new folders and 440 us in others (most likely a fresh disk
    initialising its inode tables on first use), which moved a 2,000-file run by seconds and
    the ratio with it.
    """
    for index, contender in enumerate(contenders):
        out = work / f"out-{index}"
        run_to_end(contender.command(out), out.with_name(out.name + ".log"))
        empty_folder(out)
    for round_ in range(repeat):
        order = contenders if round_ % 2 == 0 else list(reversed(contenders))
        for contender in order:
            time_once(contender, work / f"out-{contenders.index(contender)}")
            say(
                f"  round {round_ + 1}/{repeat}: {contender.label} --jobs {contender.jobs}: "
                f"{contender.seconds[-1]:.2f} s"
            )


# --------------------------------------------------------------------------- (1) scaling


def scaling(
    texts: Sequence[tuple[str, str]],
    docs: int,
    jobs: int,
    repeat: int,
    work: Path,
    say: Callable[[str], None],
) -> list[Contender]:
    folder, corpus = work / "texts", work / "texts.jsonl"
    write_folder(texts, docs, folder)
    write_jsonl(texts, corpus, count=docs)

    def check(out: Path) -> float:
        return float(read_run_record(out, docs)["wall_seconds"])

    def cpu_loop(_out: Path, n: int) -> list[str]:
        return [sys.executable, "-c", CPU_LOOP, str(n), str(CPU_LOOP_STEPS)]

    def created(n: int) -> Path:
        """Where the create loop writes: inside the output folder of the folder run with as
        many jobs (``interleaved`` gives the contender at index i the folder ``out-i``)."""
        index = next(i for i, c in enumerate(contenders) if (c.label, c.jobs) == ("folder", n))
        return work / f"out-{index}" / "create-loop"

    def create_loop(n: int) -> list[str]:
        return [sys.executable, "-c", CREATE_LOOP, str(created(n)), str(n), str(docs)]

    contenders = [
        Contender(label, n, docs, lambda out, s=source, n=n: cleaner_command(s, out, n), check)
        for label, source in (("folder", folder), ("jsonl", corpus))
        for n in (1, jobs)
    ]
    contenders += [
        Contender("cpu-loop", n, 1, lambda out, n=n: cpu_loop(out, n), lambda out: None)
        for n in (1, jobs)
    ]
    contenders += [
        Contender(
            "create-loop",
            n,
            docs,
            lambda _out, n=n: create_loop(n),
            lambda _out, n=n: shutil.rmtree(created(n)),
        )
        for n in (1, jobs)
    ]
    interleaved(contenders, repeat, work, say)
    return contenders


def print_timings(contenders: Sequence[Contender], unit: str) -> None:
    """One row per contender: wall time (median, min, max), the run's own wall time where
    ``run.json`` has one, CPU time of the whole process tree and its system part, and rates."""
    header = (
        f"{'contender':<13} {'jobs':>4} {'median s':>9} {'min s':>7} {'max s':>7} "
        f"{'run.json s':>10} {'CPU s':>7} {'sys s':>6} {'procs':>5} {unit + '/s':>8} "
        f"{unit + '/s/core':>11} {unit + '/CPU-s':>10}"
    )
    print(header)
    print("-" * len(header))
    for c in contenders:
        inner = f"{statistics.median(c.inner_seconds):10.2f}" if c.inner_seconds else f"{'-':>10}"
        print(
            f"{c.label:<13} {c.jobs:>4} {c.median:9.2f} {min(c.seconds):7.2f} "
            f"{max(c.seconds):7.2f} {inner} {c.cpu_median:7.2f} {c.system_median:6.2f} "
            f"{c.processes:5d} {c.per_second:8.1f} {c.per_core:11.1f} "
            f"{c.documents / c.cpu_median:10.1f}"
        )


def print_ratio(one: Contender, many: Contender) -> None:
    """Wall-time ratio of one job to many, per round too; and the ceiling that CPU time
    sets, which load moves far less: P processes working at once cannot beat
    ``P x CPU(1 job) / CPU(many jobs)``, and P is 1 when no worker process ever ran."""
    spread = ", ".join(f"{a / b:.2f}" for a, b in zip(one.seconds, many.seconds, strict=True))
    line = f"{one.label}: jobs 1 / jobs {many.jobs} = {one.median / many.median:.2f}x"
    line += f" (per round: {spread}"
    if one.inner_seconds and many.inner_seconds:
        inner = statistics.median(one.inner_seconds) / statistics.median(many.inner_seconds)
        line += f"; run.json wall: {inner:.2f}x"
    ceiling = many.parallel * one.cpu_median / many.cpu_median
    print(line + f"; CPU-time ceiling {ceiling:.2f}x with {many.parallel} working process(es))")


def print_scaling(contenders: Sequence[Contender], docs: int, repeat: int) -> None:
    print(f"(1) scaling: {docs} text documents, {repeat} interleaved repeats, medians")
    print_timings([c for c in contenders if c.label != "cpu-loop"], "docs")
    for label in ("folder", "jsonl", "cpu-loop", "create-loop"):
        one, many = (c for c in contenders if c.label == label)
        print_ratio(one, many)
    print(
        "cpu-loop: the machine's own ceiling in the same rounds, a fixed pure-Python loop split"
        " over the same number of processes"
    )
    print(
        "create-loop: the disk's, the folder run's file work alone (two outputs a document,"
        " temporary file and rename) in the folder run's output folder"
    )
    print(f"target: jobs 1 / jobs 2 >= {SCALING_TARGET}x on 2 cores")


# --------------------------------------------------------------------------- (2) HTML


def find_trafilatura(explicit: str | None) -> list[str] | None:
    if explicit:
        return shlex.split(explicit)
    beside = Path(sys.executable).parent / "trafilatura"
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("trafilatura")
    return [found] if found else None


def html_pages(
    source: Path,
    copies: int,
    jobs: int,
    repeat: int,
    trafilatura: list[str],
    options: str,
    work: Path,
    say: Callable[[str], None],
) -> list[Contender]:
    folder = work / "pages"
    pages = unzip_pages(source, folder, copies)

    def check_cleaner(out: Path) -> float:
        return float(read_run_record(out, pages)["wall_seconds"])

    def check_trafilatura(out: Path) -> None:
        if not out.is_dir() or not any(out.iterdir()):
            raise RunFailed(f"trafilatura wrote nothing into {out}")

    def trafilatura_command(out: Path, n: int) -> list[str]:
        return [
            *trafilatura,
            "--input-dir",
            str(folder),
            "--output-dir",
            str(out),
            "--parallel",
            str(n),
            *shlex.split(options),
        ]

    contenders = []
    for n in (1, jobs):
        contenders.append(
            Contender(
                "news-cleaner",
                n,
                pages,
                lambda out, n=n: cleaner_command(folder, out, n),
                check_cleaner,
            )
        )
        contenders.append(
            Contender(
                "trafilatura",
                n,
                pages,
                lambda out, n=n: trafilatura_command(out, n),
                check_trafilatura,
            )
        )
    interleaved(contenders, repeat, work, say)
    return contenders


def print_html(contenders: Sequence[Contender], repeat: int, options: str) -> None:
    pages = contenders[0].documents
    print(
        f"(2) HTML: {pages} pages as files, {repeat} interleaved repeats, medians "
        f"(trafilatura CLI: --parallel N {options})"
    )
    print_timings(contenders, "pages")
    for n in sorted({c.jobs for c in contenders}):
        ours, theirs = (c for c in contenders if c.jobs == n)
        print(
            f"{n} process(es): news-cleaner / trafilatura = {ours.median / theirs.median:.2f}x "
            f"wall time, {ours.cpu_median / theirs.cpu_median:.2f}x CPU time"
        )
    for label in ("news-cleaner", "trafilatura"):
        one, many = sorted((c for c in contenders if c.label == label), key=lambda c: c.jobs)
        print_ratio(one, many)


# --------------------------------------------------------------------------- (3) memory


@dataclass
class MemoryRun:
    label: str
    megabytes: float
    records: int
    run: Finished


def measure_memory(
    label: str, source: Path, records: int, jobs: int, work: Path, say: Callable[[str], None]
) -> MemoryRun:
    out = work / f"out-{label}"

    def heartbeat(pid: int, elapsed: float, now: TreeMemory) -> None:
        line = f"  {elapsed:6.0f} s: tree RSS {now.rss_sum / 1024:.0f} MB, "
        line += f"PSS {now.pss_sum / 1024:.0f} MB, {now.processes} process(es)"
        position = read_position(pid, source)
        if position:
            share = position / source.stat().st_size
            line += f", input read {share:.0%}, about {elapsed * (1 - share) / share:.0f} s left"
        say(line)

    command = cleaner_command(source, out, jobs)
    done = run_to_end(command, work / f"{label}.log", SAMPLE_SECONDS, heartbeat)
    read_run_record(out, records)
    shutil.rmtree(out)
    return MemoryRun(label, source.stat().st_size / MB, records, done)


def memory(
    texts: Sequence[tuple[str, str]],
    sizes: Sequence[tuple[str, float]],
    jobs: int,
    work: Path,
    say: Callable[[str], None],
) -> list[MemoryRun]:
    runs = []
    for label, megabytes in sizes:
        corpus = work / f"corpus-{label}.jsonl"
        say(f"  generating {megabytes:g} MB of JSONL")
        records = write_jsonl(texts, corpus, min_bytes=int(megabytes * MB), say=say)
        say(f"  cleaning {corpus.name}: {records} records, --jobs {jobs}")
        runs.append(measure_memory(label, corpus, records, jobs, work, say))
        corpus.unlink()
        say(f"  done in {runs[-1].run.seconds:.0f} s")
    return runs


def print_memory(runs: Sequence[MemoryRun], jobs: int) -> None:
    print(f"(3) memory: JSONL corpora, --jobs {jobs}, /proc sampled every {SAMPLE_SECONDS} s")
    header = (
        f"{'input':<6} {'MB':>8} {'records':>9} {'wall s':>8} {'docs/s':>7} "
        f"{'tree RSS MB':>11} {'tree PSS MB':>11} {'1 proc MB':>9} {'procs':>5} {'samples':>7}"
    )
    print(header)
    print("-" * len(header))
    for r in runs:
        print(
            f"{r.label:<6} {r.megabytes:8.1f} {r.records:9d} {r.run.seconds:8.1f} "
            f"{r.records / r.run.seconds:7.1f} {r.run.tree.rss_sum / 1024:11.1f} "
            f"{r.run.tree.pss_sum / 1024:11.1f} {r.run.largest_process_kb / 1024:9.1f} "
            f"{r.run.tree.processes:5d} {r.run.tree.samples:7d}"
        )
    print(
        "tree RSS: peak of the summed VmRSS of the main process and its workers (shared pages"
        " counted in each);\ntree PSS: peak of the summed Pss (shared pages split); 1 proc:"
        " ru_maxrss from wait4, the largest single process."
    )
    if len(runs) == 2 and runs[0].run.tree.pss_sum:
        small, big = runs
        print(
            f"{big.label} / {small.label}: input {big.megabytes / small.megabytes:.0f}x, "
            f"tree PSS {big.run.tree.pss_sum / small.run.tree.pss_sum:.2f}x, "
            f"tree RSS {big.run.tree.rss_sum / small.run.tree.rss_sum:.2f}x, "
            f"1 proc {big.run.largest_process_kb / small.run.largest_process_kb:.2f}x"
        )


# --------------------------------------------------------------------------- main


def load_line() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--part",
        action="append",
        choices=PARTS,
        help="run only this part (repeatable; default: all)",
    )
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help="text-dev folder")
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES, help="folder of *.html.gz")
    parser.add_argument("--docs", type=int, default=2000, help="documents for (1)")
    parser.add_argument("--jobs", type=int, default=2, help="the parallel side's --jobs (>= 2)")
    parser.add_argument("--repeat", type=int, default=3, help="timed rounds for (1) and (2)")
    parser.add_argument("--html-copies", type=int, default=2, help="copies of each page in (2)")
    parser.add_argument(
        "--trafilatura",
        default=None,
        help="command that runs trafilatura's CLI (default: the script)",
    )
    parser.add_argument(
        "--trafilatura-options",
        default=TRAFILATURA_OPTIONS,
        help=f"extraction options for it (default: {TRAFILATURA_OPTIONS!r})",
    )
    parser.add_argument("--small-mb", type=float, default=10, help="small corpus of (3)")
    parser.add_argument("--big-mb", type=float, default=1024, help="large corpus of (3)")
    parser.add_argument(
        "--tmp",
        type=Path,
        default=None,
        help="where the corpora and outputs go (needs ~3x --big-mb free)",
    )
    args = parser.parse_args(argv)
    if min(args.docs, args.repeat, args.html_copies) < 1 or args.jobs < 2:
        parser.error("--docs, --repeat and --html-copies must be at least 1, --jobs at least 2")
    parts = args.part or list(PARTS)

    texts = load_texts(args.texts)
    if not texts:
        print(f"error: no <id>/input.txt under {args.texts}", file=sys.stderr)
        return 2

    def say(line: str) -> None:
        print(line, flush=True)

    say(f"batch speed: {load_line()}; python {sys.version.split()[0]}")
    tables: list[Callable[[], None]] = []
    try:
        with tempfile.TemporaryDirectory(prefix="news-cleaner-batch-", dir=args.tmp) as tmp:
            work = Path(tmp)
            if "scaling" in parts:
                say("(1) scaling")
                runs = scaling(texts, args.docs, args.jobs, args.repeat, work / "scaling", say)
                tables.append(lambda: print_scaling(runs, args.docs, args.repeat))
            if "html" in parts:
                say("(2) HTML")
                trafilatura = find_trafilatura(args.trafilatura)
                if trafilatura is None:
                    say("  no trafilatura command (pass --trafilatura CMD); skipped")
                else:
                    pages = html_pages(
                        args.pages,
                        args.html_copies,
                        args.jobs,
                        args.repeat,
                        trafilatura,
                        args.trafilatura_options,
                        work / "html",
                        say,
                    )
                    tables.append(lambda: print_html(pages, args.repeat, args.trafilatura_options))
            if "memory" in parts:
                say("(3) memory")
                sizes = [("small", args.small_mb), ("big", args.big_mb)]
                (work / "memory").mkdir()
                held = memory(texts, sizes, args.jobs, work / "memory", say)
                tables.append(lambda: print_memory(held, args.jobs))
    except RunFailed as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print()
    for table in tables:
        table()
        print()
    print(f"after: {load_line()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
