"""ruff and mypy stay clean on the package (skipped when the dev extra is not installed), and no
module of it outgrows one job."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_MODULE_LINES = 1500
"""A module holds one job, and one job has fit in fewer lines so far (the command line, the
largest, has about 1,190, the largest of the core about 1,020). The engine had grown to 3,149
lines of finders of the body's start and end and of verdicts on lines before they were split
into modules of their own: a module past this size is to be split the same way."""


@pytest.mark.parametrize(
    "command",
    [["ruff", "check", "cleaner", "tests", "benchmarks"], ["mypy", "cleaner"]],
    ids=["ruff", "mypy"],
)
def test_tool_is_clean(command: list[str]) -> None:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (pip install -e '.[dev]')")
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_outgrows_one_job() -> None:
    sizes = {
        path.relative_to(ROOT).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for path in (ROOT / "cleaner").rglob("*.py")
    }
    too_big = {path: lines for path, lines in sizes.items() if lines > MAX_MODULE_LINES}
    assert not too_big, f"split by job: {too_big}"
