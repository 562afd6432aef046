"""The rule cache saves parsing time and can never hand back a rule other than the file's."""

from __future__ import annotations

import marshal
import pickle
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest

from cleaner import rule_cache
from cleaner import rules as rules_module
from cleaner.cache_file import read_cache_file, write_cache_file
from cleaner.digest import sha256_hex
from cleaner.rule_cache import RuleCache
from cleaner.rules import (
    RuleError,
    builtin_rules_dir,
    load_rule_file,
    load_rules,
    rules_fingerprint,
)

RULE = """\
id = "house-footer"
category = "boilerplate"
where = "tail"
[patterns]
en = ["all rights reserved by {house}"]
[vocab]
house = ["the gazette", "the herald"]
[examples]
junk = ["All rights reserved by The Gazette"]
keep = ["The gazette said all rights were reserved."]
"""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> RuleCache:
    """A cache file of this test's own, used by ``load_rules`` in place of the user's."""
    own = RuleCache(tmp_path / "cache" / "rules.marshal")
    monkeypatch.setattr(rules_module, "default_rule_cache", lambda: own)
    return own


def _refuse_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> None:
        raise AssertionError("parsed although the rule file was cached")

    monkeypatch.setattr(rules_module, "_parse", fail)


def test_cached_rules_equal_the_rules_built_from_the_files(
    cache: RuleCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = load_rules([])
    assert cache.path is not None and cache.path.is_file()
    monkeypatch.setattr(rules_module, "default_rule_cache", lambda: RuleCache(cache.path))
    _refuse_parsing(monkeypatch)
    assert load_rules([]) == built
    assert all(rule.bundled and rule.path.parent == builtin_rules_dir() for rule in built)


def test_an_edited_rule_file_is_built_again(
    cache: RuleCache, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "house-footer.toml"
    path.write_text(RULE, encoding="utf-8")
    assert load_rule_file(path).patterns["en"][0].startswith("all rights reserved by")
    cache.save()
    path.write_text(RULE.replace("all rights reserved by", "copyright"), encoding="utf-8")
    monkeypatch.setattr(rules_module, "default_rule_cache", lambda: RuleCache(cache.path))
    assert load_rule_file(path).patterns["en"][0].startswith("copyright")


def test_a_save_drops_many_entries_no_rule_file_has_any_more(
    cache: RuleCache, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every version of an edited rule file stays on file until too many are stale: then a
    save keeps what this process used, and the file reads fast again."""
    path = tmp_path / "house-footer.toml"
    monkeypatch.setattr(rule_cache, "MAX_UNUSED", 3)
    for version in range(5):
        path.write_text(RULE.replace("the herald", f"the herald {version}"), encoding="utf-8")
        edited = RuleCache(cache.path)
        monkeypatch.setattr(rules_module, "default_rule_cache", lambda edited=edited: edited)
        load_rule_file(path)
        edited.save()
        stored = read_cache_file(cache.path)
        assert isinstance(stored, dict)
        assert len(stored["rules"]) == (version + 1 if version <= 3 else 1)


def test_a_bad_rule_file_is_never_stored(cache: RuleCache, tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(RULE.replace("{house}", "{nowhere}"), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(RuleError, match="nowhere"):
            load_rule_file(path)
    cache.save()
    assert cache.path is not None and not cache.path.exists()


def _framed_with_damage(value: object, damage: str) -> bytes:
    """A well-framed cache file of ``value``, then damaged as ``damage`` says."""
    with TemporaryDirectory() as folder:
        path = Path(folder) / "file"
        write_cache_file(path, value)
        data = bytearray(path.read_bytes())
    if damage == "flipped byte":
        data[-3] ^= 0xFF
    elif damage == "cut short":
        del data[-5:]
    return bytes(data)


@pytest.mark.parametrize(
    "contents",
    [
        b"not marshal data",
        marshal.dumps({"format": rule_cache.FORMAT, "rules": {}}),  # unframed: an older file
        pickle.dumps({"format": rule_cache.FORMAT, "rules": {}}),  # an older format still
        # a length that would make marshal allocate gigabytes: never handed to it
        b"(" + (1 << 29).to_bytes(4, "little") + b"N",
        _framed_with_damage({"format": rule_cache.FORMAT, "rules": {}}, "flipped byte"),
        _framed_with_damage({"format": rule_cache.FORMAT, "rules": {}}, "cut short"),
        [],
        {"format": rule_cache.FORMAT, "rules": []},
        {"format": 999, "rules": {}},
    ],
    ids=[
        "text", "unframed", "pickle", "huge-length", "flipped-byte", "cut-short", "list",
        "rules-not-a-table", "other-format",
    ],
)  # fmt: skip
def test_an_unreadable_cache_file_means_building_again(
    cache: RuleCache, tmp_path: Path, contents: object
) -> None:
    assert cache.path is not None
    cache.path.parent.mkdir(parents=True)
    if isinstance(contents, bytes):
        cache.path.write_bytes(contents)
    else:  # well framed, wrong inside
        write_cache_file(cache.path, contents)
    path = tmp_path / "house-footer.toml"
    path.write_text(RULE, encoding="utf-8")
    assert load_rule_file(path).id == "house-footer"


_CALLED: list[str] = []


def _record(text: str) -> str:
    _CALLED.append(text)
    return text


class _Trap:
    """Unpickling this calls ``_record``: what a tampered cache file could make a loader do."""

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (_record, ("called",))


_PLANTED_CODE = compile("_record('ran')", "<planted>", "exec")
_KEY = sha256_hex(RULE.encode())  # the entry a load of RULE looks up


@pytest.mark.parametrize(
    "contents",
    [
        pickle.dumps({"format": rule_cache.FORMAT, "rules": {"0" * 64: _Trap()}}),
        _PLANTED_CODE,
        {"format": rule_cache.FORMAT, "rules": {_KEY: _PLANTED_CODE}},
        {"format": rule_cache.FORMAT, "rules": {_KEY: {"patterns": _PLANTED_CODE}}},
    ],
    ids=["pickle", "code", "code-entry", "code-in-entry"],
)
def test_a_cache_file_holding_a_callable_or_code_is_not_obeyed(
    cache: RuleCache, tmp_path: Path, contents: object
) -> None:
    assert cache.path is not None
    cache.path.parent.mkdir(parents=True)
    if isinstance(contents, bytes):
        cache.path.write_bytes(contents)
    else:  # a well-framed file, so that what is inside it is what gets tested
        write_cache_file(cache.path, contents)
    path = tmp_path / "house-footer.toml"
    path.write_text(RULE, encoding="utf-8")
    assert load_rule_file(path).id == "house-footer"
    assert _CALLED == []


@pytest.mark.parametrize(
    ("key", "value"),
    [("patterns", {"en": "not a list"}), ("patterns", "not a table"), ("items", [])],
)
def test_an_entry_of_the_wrong_shape_is_ignored(
    cache: RuleCache, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str, value: object
) -> None:
    path = tmp_path / "house-footer.toml"
    path.write_text(RULE, encoding="utf-8")
    expected = load_rule_file(path)
    cache.save()
    assert cache.path is not None
    stored = read_cache_file(cache.path)
    (entry,) = stored["rules"].values()
    entry[key] = value
    write_cache_file(cache.path, stored)
    # a later run, which reads the file: it builds the rule again
    monkeypatch.setattr(rules_module, "default_rule_cache", lambda: RuleCache(cache.path))
    assert load_rule_file(path) == expected


def test_the_cache_lives_where_the_regex_cache_does_and_turns_off_with_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(rule_cache, "_DEFAULT", None)
    monkeypatch.setenv("NEWS_CLEANER_CACHE_DIR", str(tmp_path))
    placed = rule_cache.default_rule_cache()
    assert placed.path is not None and placed.path.parent == tmp_path
    assert placed.path.name.startswith("rules-") and placed.path.suffix == ".marshal"

    monkeypatch.setattr(rule_cache, "_DEFAULT", None)
    monkeypatch.setenv("NEWS_CLEANER_CACHE_DIR", "")
    off = rule_cache.default_rule_cache()
    assert off.path is None
    monkeypatch.setattr(rules_module, "default_rule_cache", lambda: off)
    assert load_rules([])
    off.save()
    assert list(tmp_path.iterdir()) == []


def test_the_rules_fingerprint_follows_the_files_as_loaded(
    cache: RuleCache, tmp_path: Path
) -> None:
    path = tmp_path / "house-footer.toml"
    path.write_text(RULE, encoding="utf-8")
    loaded = [load_rule_file(path)]
    before = rules_fingerprint(loaded, "")
    path.write_text(RULE.replace("the herald", "the courier"), encoding="utf-8")
    assert rules_fingerprint(loaded, "") == before  # the rules in use, not the file now
    assert rules_fingerprint([load_rule_file(path)], "") != before
    assert rules_fingerprint(loaded, "lang=de") != before
