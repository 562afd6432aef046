"""The regex cache saves compile time and can never change a result or run foreign code."""

from __future__ import annotations

import copyreg
import marshal
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from cleaner import regex_cache
from cleaner.cache_file import read_cache_file, write_cache_file
from cleaner.regex_cache import RegexCache, default_directory

FIXTURES = Path(__file__).parent / "fixtures"

PATTERN = r"(?P<value>\d+)\s+comments?"


def _refuse_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("compiled although the pattern was cached")

    monkeypatch.setattr(regex_cache.regex, "compile", fail)


def test_a_saved_pattern_is_loaded_instead_of_compiled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = RegexCache(tmp_path)
    compiled = first.compile(PATTERN, regex.IGNORECASE)
    first.save()
    assert first.path is not None and first.path.is_file()

    _refuse_compiling(monkeypatch)
    loaded = RegexCache(tmp_path).compile(PATTERN, regex.IGNORECASE)
    assert loaded.pattern == compiled.pattern and loaded.flags == compiled.flags
    match = loaded.fullmatch("12 Comments")
    assert match is not None and match.group("value") == "12"


def test_same_text_with_other_flags_is_another_entry(tmp_path: Path) -> None:
    cache = RegexCache(tmp_path)
    assert cache.compile("abc").fullmatch("ABC") is None
    assert cache.compile("abc", regex.IGNORECASE).fullmatch("ABC") is not None


def test_a_file_grown_too_big_keeps_only_what_this_run_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every start reads the whole file, so patterns that rules no longer use must not pile up."""
    old = RegexCache(tmp_path)
    for number in range(50):
        old.compile(rf"stale pattern {number} \d+")
    old.save()
    monkeypatch.setattr(regex_cache, "MAX_BYTES", 1)
    current = RegexCache(tmp_path)
    current.compile(PATTERN)
    current.save()
    assert current.path is not None
    stored = read_cache_file(current.path)
    assert isinstance(stored, dict) and set(stored) == {(PATTERN, 0)}


def test_nothing_new_means_no_write(tmp_path: Path) -> None:
    first = RegexCache(tmp_path)
    first.compile(PATTERN)
    first.save()
    assert first.path is not None
    before = first.path.stat().st_mtime_ns
    second = RegexCache(tmp_path)
    second.compile(PATTERN)
    second.save()
    assert first.path.stat().st_mtime_ns == before


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not marshal data",
        marshal.dumps({(PATTERN, 0): b"unframed: an older file"}),
        b"(" + (1 << 29).to_bytes(4, "little") + b"N",  # marshal would allocate gigabytes
        pickle.dumps({(PATTERN, 0): b"an older format"}),
    ],
)
def test_an_unreadable_file_is_ignored_and_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    path = RegexCache(tmp_path).path
    assert path is not None
    path.write_bytes(content)
    cache = RegexCache(tmp_path)
    assert cache.compile(PATTERN).fullmatch("3 comments")
    cache.save()
    _refuse_compiling(monkeypatch)
    assert RegexCache(tmp_path).compile(PATTERN).fullmatch("3 comments")


@pytest.mark.parametrize(
    "value",
    [["a", "list"], {(PATTERN, 0): "not bytes"}, {PATTERN: b"a key that is not a pair"}],
)
def test_a_well_framed_file_of_the_wrong_shape_is_ignored(tmp_path: Path, value: object) -> None:
    path = RegexCache(tmp_path).path
    assert path is not None
    write_cache_file(path, value)
    assert RegexCache(tmp_path).compile(PATTERN).fullmatch("3 comments")


class _Planted:
    """Unpickles by calling ``Path.touch``: a stand-in for any foreign callable."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[Path]]:
        return (Path.touch, (self.marker,))


def _planted_code(marker: Path) -> object:
    """Code that would create ``marker`` if anything ever ran it (marshal can hold code)."""
    return compile(f"open({str(marker)!r}, 'w').close()", "<planted>", "exec")


@pytest.mark.parametrize("where", ["file", "entry", "entry data"])
@pytest.mark.parametrize("kind", ["pickle", "code"])
def test_planted_callables_and_code_are_never_run(tmp_path: Path, where: str, kind: str) -> None:
    marker = tmp_path / "ran"
    path = RegexCache(tmp_path).path
    assert path is not None
    planted = (
        pickle.dumps(_Planted(marker)) if kind == "pickle" else marshal.dumps(_planted_code(marker))
    )
    if where == "file":
        path.write_bytes(planted)
    elif where == "entry":
        write_cache_file(path, {(PATTERN, 0): planted})
    else:  # a tuple, as a real entry is, holding the planted thing
        write_cache_file(path, {(PATTERN, 0): marshal.dumps((_planted_code(marker),))})
    cache = RegexCache(tmp_path)
    assert cache.compile(PATTERN).fullmatch("3 comments")
    assert not marker.exists()


def _program(pattern: regex.Pattern[str]) -> bytes:
    _, data = copyreg.dispatch_table[type(pattern)](pattern)  # type: ignore[misc]
    return marshal.dumps(data)


def test_an_entry_under_a_wrong_key_is_dropped(tmp_path: Path) -> None:
    path = RegexCache(tmp_path).path
    assert path is not None
    write_cache_file(path, {(PATTERN, 0): _program(regex.compile("anything"))})
    assert RegexCache(tmp_path).compile(PATTERN).pattern == PATTERN


def test_no_directory_means_no_file(tmp_path: Path) -> None:
    cache = RegexCache(None)
    assert cache.compile(PATTERN).fullmatch("1 comment")
    cache.save()
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_is_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    cache = RegexCache(blocker / "sub")
    cache.compile(PATTERN)
    cache.save()


def test_where_the_cache_lives(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NEWS_CLEANER_CACHE_DIR", str(tmp_path))
    assert default_directory() == tmp_path
    monkeypatch.setenv("NEWS_CLEANER_CACHE_DIR", "")
    assert default_directory() is None
    monkeypatch.delenv("NEWS_CLEANER_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_directory() == tmp_path / "news-cleaner"


def test_cli_output_is_the_same_with_a_cold_and_a_warm_cache(tmp_path: Path) -> None:
    env = {**os.environ, "NEWS_CLEANER_CACHE_DIR": str(tmp_path / "cache")}
    outputs = []
    for run in ("cold", "warm", "off"):
        if run == "off":
            env["NEWS_CLEANER_CACHE_DIR"] = ""
        out = tmp_path / run
        subprocess.run(
            [sys.executable, "-m", "cleaner", "clean", str(FIXTURES / "seeds"), "-o", str(out)],
            env=env,
            check=True,
            capture_output=True,
        )
        files = [path for path in sorted(out.iterdir()) if path.name != "run.json"]  # timings
        outputs.append({path.name: path.read_bytes() for path in files})
    assert list((tmp_path / "cache").iterdir())
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[0]) == 10
