"""Start-up time of ``news-cleaner check one.txt`` next to ``python -c "import typer, regex"``.

Both run as subprocesses of this interpreter, interleaved: every repeat runs each command once,
in an order that rotates from repeat to repeat, after one untimed warm-up round (which also
fills the regex cache). Figures are medians of ``time.perf_counter`` wall time. Target
(DESIGN.md): the check within 1.5x of the bare imports.

Rows:

- ``import typer, regex``  the baseline of the target.
- ``check (cache warm)``   ``news-cleaner check FILE`` as a user runs it the second time on:
                           the compiled patterns come from the regex cache. A cache folder
                           of its own is used (in a temporary directory), so the user's cache
                           is neither read nor written.
- ``check (cache off)``    the same with ``NEWS_CLEANER_CACHE_DIR=""``: every pattern compiled,
                           as on the very first run on a machine.
- ``check (repo config)``  cache warm, on a copy of FILE in a folder whose pyproject.toml has a
                           ``[tool.news-cleaner]`` table, which is then parsed on each start.
- ``fix (nothing to fix)``  ``news-cleaner fix`` (the other pre-commit hook), cache warm, on a
                           copy of a seed without junk, so that no run changes it.
- ``typer app, no work``   a typer app with the same kind of command that does nothing: the
                           share of start-up that is typer's own (``--no-floor`` skips it).
- ``check at REF``         with ``--compare REF``: the warm check run from a temporary git
                           worktree of REF (a commit, branch or tag), in the same rounds, so
                           a change is measured side by side with the code before it.

The CLI is the ``news-cleaner`` script beside the interpreter or on ``PATH``, or the command
given with ``--cli`` (e.g. ``--cli 'python -m cleaner'``); it runs with this checkout first on
``PYTHONPATH``. FILE defaults to a seed with junk in it (exit code 1 is the expected answer).

    python benchmarks/startup.py                 # 11 repeats
    python benchmarks/startup.py --repeat 21 --file some.txt
    python benchmarks/startup.py --json
    python benchmarks/startup.py --repeat 41 --compare HEAD~1

This is a development tool, never a test: it prints numbers and asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from text_speed import find_cli  # this folder is first on sys.path when a script runs

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILE = REPO_ROOT / "tests" / "fixtures" / "seeds" / "002_ff676569119975ca.txt"
CLEAN_FILE = REPO_ROOT / "tests" / "fixtures" / "seeds" / "000_9e49a12f01b8817f.txt"
"""A seed from which nothing is removed: ``fix`` leaves it as it is, run after run."""
TARGET = 1.5

#: What a typer app pays before doing any work: the same kinds of parameters as ``check``.
TYPER_FLOOR = """
from pathlib import Path
from typing import Annotated
import regex, typer

app = typer.Typer(add_completion=False, rich_markup_mode=None)

@app.command()
def check(
    paths: list[str],
    diff: bool = False,
    rules: Annotated[list[Path] | None, typer.Option("--rules")] = None,
    lang: Annotated[str | None, typer.Option("--lang")] = None,
) -> None:
    pass

@app.command()
def other() -> None:
    pass

app()
"""


@dataclass
class Command:
    label: str
    argv: list[str]
    env: dict[str, str]
    ok_codes: tuple[int, ...] = (0,)
    seconds: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    def run(self) -> float:
        start = time.perf_counter()
        done = subprocess.run(self.argv, env=self.env, capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if done.returncode not in self.ok_codes:
            message = (done.stderr or done.stdout).strip().splitlines()
            raise RuntimeError(
                f"{self.label}: exit {done.returncode}: {message[-1] if message else 'no output'}"
            )
        return elapsed


def checkout_env(cache: str, bytecode: str, root: Path = REPO_ROOT) -> dict[str, str]:
    """This checkout first on the import path, the regex cache where ``cache`` says, and the
    checkout's bytecode kept in ``bytecode``.

    An installed wheel comes byte-compiled (pip compiles it), as do typer and regex on the
    baseline's side; a checkout run with ``PYTHONDONTWRITEBYTECODE`` set would compile every
    module from source on every run and measure that instead. The warm-up round writes the
    bytecode, to a folder of its own so the checkout stays clean.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(root), env.get("PYTHONPATH")) if p)
    env["NEWS_CLEANER_CACHE_DIR"] = cache
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = bytecode
    return env


def configured_copy(file: Path, repo: Path) -> Path:
    """``file`` copied into a folder whose pyproject.toml has a ``[tool.news-cleaner]`` table,
    as in a data repository that configures the hook: the config is then parsed on each
    start (the checkout's own pyproject has no such table and is passed over unparsed)."""
    repo.mkdir(parents=True)
    (repo / "pyproject.toml").write_text(
        '[project]\nname = "data"\n\n[tool.news-cleaner]\nkeep-title = false\n', encoding="utf-8"
    )
    copy = repo / file.name
    copy.write_bytes(file.read_bytes())
    return copy


def clean_copy(folder: Path) -> Path:
    """A copy of ``CLEAN_FILE`` in ``folder``, for ``fix`` to find nothing to change in."""
    folder.mkdir(parents=True)
    copy = folder / CLEAN_FILE.name
    copy.write_bytes(CLEAN_FILE.read_bytes())
    return copy


def interleaved(commands: Sequence[Command], repeat: int) -> None:
    """One untimed warm-up round, then ``repeat`` rounds in a rotating order."""
    for command in commands:
        command.run()
    for round_ in range(repeat):
        shift = round_ % len(commands)
        for command in [*commands[shift:], *commands[:shift]]:
            command.seconds.append(command.run())


def worktree(ref: str, folder: Path) -> Path:
    """A detached git worktree of ``ref`` in ``folder`` (removed again by ``drop_worktree``)."""
    subprocess.run(
        ["git", "-C", str(REPO_ROOT), "worktree", "add", "--detach", str(folder), ref],
        check=True,
        capture_output=True,
    )
    return folder


def drop_worktree(folder: Path) -> None:
    subprocess.run(
        ["git", "-C", str(REPO_ROOT), "worktree", "remove", "--force", str(folder)],
        capture_output=True,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=11, help="timed rounds (median reported)")
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE, help="the file to check")
    parser.add_argument("--cli", default=None, help="command that runs the CLI")
    parser.add_argument("--no-floor", action="store_true", help="skip the bare typer app row")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument(
        "--compare", metavar="REF", help="also time the warm check of this git commit or branch"
    )
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    cli = find_cli(args.cli)
    if cli is None:
        print("error: no news-cleaner command (install it, or pass --cli 'python -m cleaner')")
        return 2

    with tempfile.TemporaryDirectory(prefix="news-cleaner-startup-") as scratch:
        cache, bytecode = os.path.join(scratch, "cache"), os.path.join(scratch, "bytecode")
        python = sys.executable
        base_env = dict(os.environ)
        check = [*cli, "check", str(args.file)]
        configured = configured_copy(args.file, Path(scratch) / "repo")
        commands = [
            Command("import typer, regex", [python, "-c", "import typer, regex"], base_env),
            Command("check (cache warm)", check, checkout_env(cache, bytecode), (0, 1)),
            Command("check (cache off)", check, checkout_env("", bytecode), (0, 1)),
            Command(
                "check (repo config)",
                [*cli, "check", str(configured)],
                checkout_env(cache, bytecode),
                (0, 1),
            ),
            Command(
                "fix (nothing to fix)",
                [*cli, "fix", str(clean_copy(Path(scratch) / "fix"))],
                checkout_env(cache, bytecode),
            ),
        ]
        if not args.no_floor:
            floor = [python, "-c", TYPER_FLOOR, "check", str(args.file)]
            commands.append(Command("typer app, no work", floor, base_env))
        other = Path(scratch) / "compare"
        try:
            if args.compare:
                root = worktree(args.compare, other)
                env = checkout_env(os.path.join(scratch, "cache-compare"), bytecode, root)
                commands.append(Command(f"check at {args.compare}", check, env, (0, 1)))
            interleaved(commands, args.repeat)
        except (RuntimeError, OSError, subprocess.CalledProcessError) as error:
            print(f"error: {error}", file=sys.stderr)
            return 2
        finally:
            if args.compare:
                drop_worktree(other)

    baseline = commands[0].median
    if args.json:
        result = {
            "repeat": args.repeat,
            "file": str(args.file),
            "target": TARGET,
            "commands": {
                c.label: {
                    "median_seconds": c.median,
                    "min_seconds": min(c.seconds),
                    "max_seconds": max(c.seconds),
                    "ratio": c.median / baseline,
                }
                for c in commands
            },
        }
        json.dump(result, sys.stdout, indent=2)
        print()
        return 0

    print(f"start-up: {args.repeat} interleaved repeats, medians; checked file: {args.file.name}")
    header = f"{'command':<22} {'median s':>9} {'min s':>8} {'max s':>8} {'ratio':>7}"
    print(header)
    print("-" * len(header))
    for c in commands:
        print(
            f"{c.label:<22} {c.median:9.3f} {min(c.seconds):8.3f} {max(c.seconds):8.3f} "
            f"{c.median / baseline:6.2f}x"
        )
    print(f"check (cache warm) / import typer, regex: {commands[1].median / baseline:.2f}x"
          f" (target <= {TARGET}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
