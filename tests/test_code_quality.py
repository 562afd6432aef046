"""ruff and mypy stay clean on the package (skipped when the dev extra is not installed)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


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
