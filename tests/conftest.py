"""Shared fixtures: one Cleaner for the whole run (rule packs are loaded once)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def cleaner() -> Cleaner:
    return Cleaner()
