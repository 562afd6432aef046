"""Shared fixtures: one Cleaner for the whole run (rule packs are loaded once)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

# The run never touches the user's regex cache: it gets a fresh one, which its first Cleaner
# fills and every later one (and every CLI subprocess) reads, so both paths are exercised.
os.environ["NEWS_CLEANER_CACHE_DIR"] = tempfile.mkdtemp(prefix="news-cleaner-test-cache-")

from batch_outputs import ContractRun, build_contract_run

from cleaner import Cleaner  # only now: the cache is placed on first use

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def cleaner() -> Cleaner:
    return Cleaner()


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(os.environ["NEWS_CLEANER_CACHE_DIR"], ignore_errors=True)


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory, cleaner: Cleaner) -> ContractRun:
    """An output folder as a batch run writes it (see ``batch_outputs``), built once a module."""
    return build_contract_run(tmp_path_factory.mktemp("run"), cleaner)


@pytest.fixture
def run(pristine: ContractRun, tmp_path: Path) -> ContractRun:
    """A copy of the run that a test may change."""
    out = tmp_path / "out"
    shutil.copytree(pristine.out, out)
    return ContractRun(out, pristine.inputs, pristine.results, pristine.originals, pristine.log)
