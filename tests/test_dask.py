"""Batch runs on Dask: the same bytes as one process, on a LocalCluster and on a scheduler."""

from __future__ import annotations

import gzip
import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cleaner.cli import app
from cleaner.dask_backend import BUNDLE, DaskBackend
from cleaner.engine import Cleaner
from cleaner.jsonl import JsonlChunk, RecordFields, clean_chunk

distributed = pytest.importorskip("distributed")
psutil = pytest.importorskip("psutil")  # a dependency of distributed

SEEDS = Path(__file__).parent / "fixtures" / "seeds"


def clean(*args: str) -> Any:
    return CliRunner().invoke(app, ["clean", *args])


def outputs(folder: Path) -> dict[str, bytes]:
    """Every output file's bytes, except run.json (it holds timings)."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != "run.json"
    }


def corpus_lines() -> list[str]:
    """The seeds as records, with bad lines among them."""
    records = [
        json.dumps({"id": f"seed-{n}", "text": path.read_text(encoding="utf-8"), "n": n})
        for n, path in enumerate(sorted(SEEDS.glob("*.txt")))
    ]
    records.insert(2, "{not json")
    records.append(json.dumps({"id": 10, "text": 5}))
    return records


def worker_processes() -> set[int]:
    """Child processes of this one, but multiprocessing's resource tracker, which lives as
    long as this process once anything was spawned."""
    return {
        child.pid
        for child in psutil.Process().children(recursive=True)
        if "resource_tracker" not in " ".join(child.cmdline())
    }


@pytest.fixture(scope="module", autouse=True)
def quiet_dask_logs() -> Iterator[None]:
    """The scheduler and workers log every connection at INFO; a failing test would show
    pages of it."""
    logger = logging.getLogger("distributed")
    level = logger.level
    logger.setLevel(logging.WARNING)
    yield
    logger.setLevel(level)


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds in a folder and a subfolder, a JSONL corpus (bad lines included) and its
    gzipped twin; absolute paths, since workers need not share the test's working folder."""
    root = tmp_path_factory.mktemp("dask") / "in"
    (root / "sub").mkdir(parents=True)
    for n, path in enumerate(sorted(SEEDS.glob("*.txt"))):
        (root / ("sub" if n % 2 else ".") / path.name).write_bytes(path.read_bytes())
    body = "\n".join(corpus_lines()) + "\n"
    (root / "corpus.jsonl").write_text(body, encoding="utf-8")
    with gzip.open(root / "sub" / "packed.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(body)
    return root


@pytest.fixture(scope="module")
def expected(tree: Path) -> dict[str, bytes]:
    """What one process writes for the tree."""
    out = tree.parent / "one"
    assert clean(str(tree), "-o", str(out), "--jobs", "1", "-q").exit_code == 1  # bad lines
    return outputs(out)


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a running scheduler with two single-threaded workers (in this
    process, to start fast: the CLI connects to it over TCP all the same)."""
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=False,
        protocol="tcp",
        dashboard_address=":0",
    ) as cluster:
        yield cluster.scheduler_address


def test_local_cluster_writes_the_same_bytes_as_one_process(
    tree: Path, expected: dict[str, bytes]
) -> None:
    children_before = worker_processes()
    out = tree.parent / "local"
    result = clean(str(tree), "-o", str(out), "--dask", "local", "--jobs", "2", "-q")
    assert result.exit_code == 1, result.output
    assert outputs(out) == expected
    assert {"corpus.jsonl", "sub/packed.jsonl.gz", "errors.jsonl"} <= set(expected)
    record = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert record["options"]["dask"] == "local"
    assert record["documents"]["failed"] == 2 * 2
    assert worker_processes() <= children_before, "the run left worker processes behind"


def test_a_running_scheduler_by_address_writes_the_same_bytes(
    tree: Path, expected: dict[str, bytes], scheduler: str
) -> None:
    out = tree.parent / "remote"
    result = clean(str(tree), "-o", str(out), "--dask", scheduler, "-q")
    assert result.exit_code == 1, result.output
    assert outputs(out) == expected
    rerun = clean(str(tree), "-o", str(out), "--dask", scheduler, "-q")
    assert rerun.exit_code == 1
    record = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert (record["documents"]["resumed"], record["documents"]["cleaned"]) == (5 + 2 * 5, 0)
    assert outputs(out) == expected


def test_learning_repeats_on_dask_gives_the_same_bytes(tmp_path: Path, scheduler: str) -> None:
    """Both passes (counting, then cleaning with the table) run on the cluster."""
    footer = "Support local reporting and become a Courier member for less than a coffee a week."
    for n in range(6):
        folder = tmp_path / "in" / ("courier" if n < 5 else "gazette")
        folder.mkdir(parents=True, exist_ok=True)
        paragraphs = [
            f"The city council voted on Monday to approve plan number {n} after a long debate.",
            footer,
            f"Residents said plan number {n} had been delayed for far too long by the council.",
        ]
        (folder / f"{n}.txt").write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
    source, learn = str(tmp_path / "in"), ["--learn-repeats", "-q"]
    assert clean(source, "-o", str(tmp_path / "one"), "-j", "1", *learn).exit_code == 0
    on_dask = clean(source, "-o", str(tmp_path / "dask"), "--dask", scheduler, *learn)
    assert on_dask.exit_code == 0, on_dask.output
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "one")
    assert footer not in (tmp_path / "dask" / "courier" / "0.txt").read_text(encoding="utf-8")
    assert footer in (tmp_path / "dask" / "gazette" / "5.txt").read_text(encoding="utf-8")


def test_the_cleaner_is_sent_to_each_worker_once_not_with_every_task(
    scheduler: str, cleaner: Cleaner, monkeypatch: pytest.MonkeyPatch
) -> None:
    pickled = []
    original = Cleaner.__getstate__

    def counting(self: Cleaner) -> dict[str, Any]:
        pickled.append(1)
        return original(self)

    monkeypatch.setattr(Cleaner, "__getstate__", counting)
    lines = [json.dumps({"text": f"Story number {n} goes here.\n"}).encode() for n in range(12)]
    chunks = [
        JsonlChunk("c.jsonl", RecordFields(), n + 1, [line], ".") for n, line in enumerate(lines)
    ]
    with distributed.Client(scheduler, set_as_default=False) as client:
        backend = DaskBackend(client, cleaner)
        futures = [backend.submit(clean_chunk, chunk) for chunk in chunks]
        results = [future.result() for future in futures]
    assert backend.workers == 2 * BUNDLE  # the cluster's threads, a bundle each
    assert [result.output for result in results] == [line + b"\n" for line in lines]
    assert 1 <= len(pickled) <= 2, f"pickled {len(pickled)} times for {len(chunks)} tasks"


def halve_odd_numbers(cleaner: Cleaner, number: int) -> int:
    if number % 2 == 0:
        raise ValueError(f"{number} is even")
    return number // 2


def test_bundled_tasks_give_their_own_results_and_errors_in_order(
    scheduler: str, cleaner: Cleaner
) -> None:
    with distributed.Client(scheduler, set_as_default=False) as client:
        backend = DaskBackend(client, cleaner, bundle=4)
        slots = [backend.submit(halve_odd_numbers, number) for number in range(10)]
        outcomes: list[int | str] = []
        for slot in slots:  # 10 tasks: two full bundles and one sent when waited for
            try:
                outcomes.append(slot.result())
            except ValueError as err:
                outcomes.append(str(err))
        again = slots[3].result()
    assert outcomes == ["0 is even", 0, "2 is even", 1, "4 is even", 2, "6 is even", 3,
                        "8 is even", 4]
    assert again == 1


def test_without_dask_the_option_says_how_to_install_it(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed fails
    out = tree.parent / "no-dask"
    result = clean(str(tree), "-o", str(out), "--dask", "local", "-q")
    assert result.exit_code == 2
    assert result.output == "error: --dask needs Dask: pip install 'news-cleaner[dask]'\n"
    assert not out.exists()


@pytest.mark.parametrize("address", ["nonsense", "tcp://localhost:port"])
def test_an_address_without_a_port_is_a_usage_error(tree: Path, address: str) -> None:
    result = clean(str(tree), "-o", str(tree.parent / "bad"), "--dask", address, "-q")
    assert result.exit_code == 2
    assert result.output.startswith("error: --dask takes 'local' or tcp://host:port")
    assert result.output.count("\n") == 1


def test_a_scheduler_that_does_not_answer_is_a_usage_error(tree: Path) -> None:
    import dask

    with dask.config.set({"distributed.comm.timeouts.connect": "0.5s"}):
        result = clean(str(tree), "-o", str(tree.parent / "bad"), "--dask", "tcp://127.0.0.1:9")
    assert result.exit_code == 2
    assert result.output.startswith("error: cannot connect to the Dask scheduler at tcp://")


@pytest.mark.slow
def test_a_run_without_the_option_does_not_import_dask(tree: Path) -> None:
    script = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from cleaner.cli import app\n"
        f"CliRunner().invoke(app, ['clean', {str(SEEDS)!r}, '-o', {str(tree.parent / 'lazy')!r}"
        ", '--jobs', '1', '-q'])\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] in"
        " {'dask', 'distributed'}))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "[]\n"
    assert (tree.parent / "lazy" / "run.json").is_file()


def test_a_cluster_without_workers_is_a_usage_error(tree: Path) -> None:
    with distributed.LocalCluster(
        n_workers=0, processes=False, protocol="tcp", dashboard_address=":0"
    ) as empty:
        result = clean(str(tree), "-o", str(tree.parent / "bad"), "--dask", empty.scheduler_address)
    assert result.exit_code == 2
    assert result.output.endswith("has no workers yet: start them first\n")
