"""Include/exclude globs: relative to a base folder, read the way .gitignore reads them."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.globs import PathPatterns


@pytest.mark.parametrize(
    "pattern, path, matches",
    [
        # a name pattern matches at any depth, files and folders alike
        ("*.draft.txt", "a.draft.txt", True),
        ("*.draft.txt", "data/2024/a.draft.txt", True),
        ("drafts", "data/drafts/a.txt", True),
        ("drafts", "data/drafts.txt", False),
        # * and ? stay inside one name
        ("data/*.txt", "data/a.txt", True),
        ("data/*.txt", "data/2024/a.txt", False),
        ("data/?.txt", "data/a.txt", True),
        ("data/[ab].txt", "data/c.txt", False),
        # a pattern with a slash is anchored at the base; a leading / or ./ changes nothing
        ("raw/a.txt", "data/raw/a.txt", False),
        ("/data/a.txt", "data/a.txt", True),
        ("./data/a.txt", "data/a.txt", True),
        # ** spans any number of folders, none included
        ("data/**/a.txt", "data/a.txt", True),
        ("data/**/a.txt", "data/x/y/a.txt", True),
        ("**/raw", "data/raw/2024/a.txt", True),
        ("data/**", "data/x/a.txt", True),
        ("data/**", "other/a.txt", False),
        # a folder that matches takes everything below it; a trailing / means folders only
        ("data/archive", "data/archive/2020/a.txt", True),
        ("archive/", "archive/a.txt", True),
        ("a.txt/", "a.txt", False),
        # case matters, as in git
        ("*.TXT", "a.txt", False),
    ],
)
def test_pattern(tmp_path: Path, pattern: str, path: str, matches: bool) -> None:
    patterns = PathPatterns((pattern,), tmp_path)
    assert (patterns.first_match(tmp_path / path) == pattern) is matches


def test_the_first_matching_pattern_is_named(tmp_path: Path) -> None:
    patterns = PathPatterns(("*.html", "drafts", "*.txt"), tmp_path)
    assert patterns.first_match(tmp_path / "drafts" / "a.txt") == "drafts"
    assert patterns.first_match(tmp_path / "a.md") is None


def test_relative_paths_are_taken_from_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "data").mkdir()
    monkeypatch.chdir(tmp_path / "data")
    patterns = PathPatterns(("data/a.txt",), tmp_path)
    assert patterns.first_match(Path("a.txt")) == "data/a.txt"


def test_outside_the_base_only_name_patterns_apply(tmp_path: Path) -> None:
    base = tmp_path / "repo"
    outside = tmp_path / "elsewhere" / "a.txt"
    assert PathPatterns(("*.txt",), base).first_match(outside) == "*.txt"
    assert PathPatterns(("elsewhere/a.txt",), base).first_match(outside) is None


def test_no_patterns_match_nothing(tmp_path: Path) -> None:
    patterns = PathPatterns((), tmp_path)
    assert not patterns
    assert patterns.first_match(tmp_path / "a.txt") is None


def test_patterns_compare_by_value(tmp_path: Path) -> None:
    same = PathPatterns(("*.txt", "drafts"), tmp_path), PathPatterns(("*.txt", "drafts"), tmp_path)
    assert same[0] == same[1] and hash(same[0]) == hash(same[1])
    assert same[0] != PathPatterns(("*.txt",), tmp_path)
    assert same[0] != PathPatterns(("*.txt", "drafts"), tmp_path / "elsewhere")
