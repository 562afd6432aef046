"""The five seed articles come out exactly as the issue states (body, title, section, ...)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleaner import Cleaner, CleanerConfig
from cleaner.restore import restore_text

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
EXPECTED = Path(__file__).parent / "fixtures" / "seeds-expected"
STEMS = sorted(path.stem for path in SEEDS.glob("*.txt"))


def read(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


@pytest.mark.parametrize("stem", STEMS)
def test_seed_body_is_exact(cleaner: Cleaner, stem: str) -> None:
    result = cleaner.clean(read(SEEDS / f"{stem}.txt"))
    assert result.text == read(EXPECTED / f"{stem}.txt")


@pytest.mark.parametrize("stem", STEMS)
def test_seed_metadata(cleaner: Cleaner, stem: str) -> None:
    meta = cleaner.clean(read(SEEDS / f"{stem}.txt")).meta.to_dict()
    expected = json.loads(read(EXPECTED / f"{stem}.json"))
    assert {key: meta[key] for key in expected} == expected


@pytest.mark.parametrize("stem", STEMS)
def test_seed_restores_exactly(cleaner: Cleaner, stem: str) -> None:
    original = read(SEEDS / f"{stem}.txt")
    result = cleaner.clean(original)
    assert restore_text(result.text, result.meta.to_dict()) == original


def test_keep_title_leaves_the_headline_in_the_body() -> None:
    original = read(SEEDS / "002_ff676569119975ca.txt")
    result = Cleaner(CleanerConfig(keep_title=True)).clean(original)
    title = "Trump and Putin Meeting Delayed After Productive Diplomatic Call"
    assert result.text.startswith(title + "\n")
    assert result.meta.title == title
    assert result.meta.section == "World"


def test_seed_subheadings_and_bullets_stay(cleaner: Cleaner) -> None:
    text = cleaner.clean(read(SEEDS / "004_4a336b5a5aa40b93.txt")).text
    for line in ("Change in Meeting Expectations", "Future Engagements"):
        assert f"\n{line}\n" in text
    assert text.count("\n- ") == 3
