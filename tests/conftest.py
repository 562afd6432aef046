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

from cleaner import Cleaner  # only now: the cache is placed on first use

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def cleaner() -> Cleaner:
    return Cleaner()


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(os.environ["NEWS_CLEANER_CACHE_DIR"], ignore_errors=True)
