"""Rule files parsed and checked once per machine instead of once per process.

Parsing the bundled TOML packs, building their word lists into patterns and checking that
every pattern compiles takes tens of milliseconds: more than checking one article does. A
pre-commit hook pays it on every commit, so the built rules are kept on disk beside the regex
cache (same folder, same ``NEWS_CLEANER_CACHE_DIR`` switch). They are stored as plain data
(strings, numbers, lists and dicts) with ``marshal``, the format of Python's own ``.pyc``
files: it is built into the interpreter and reads faster than JSON or pickle, so a check of
one file imports neither. The news-cleaner table of a config file is kept the same way,
keyed by the file's bytes, so that a check in a configured repository does not import
``tomllib`` either.

Why the cache cannot change a result:

- entries are keyed by the sha256 of the rule file's bytes: an edited file has a new key and
  is built (and checked) again; an entry no file has any more is merely unused;
- the cache file's name carries a stamp of the code that builds and checks rules (the bytes
  of ``cleaner/rules.py`` and ``cleaner/needed_text.py``), of the ``regex`` version and of
  the Python version, so a rule judged valid by other code is never taken on trust;
- the file holds data only (no code is run to read it, and nothing read is ever called)
  behind a CRC-32 (``cleaner.cache_file``), so a damaged file is never read; an entry that is
  not the shape a rule has is ignored, and a file that cannot be read means building again
  (the next save replaces it);
- files are written atomically (a temporary file renamed over the old one).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import regex

from cleaner.cache_file import read_cache_file, write_cache_file
from cleaner.digest import sha256
from cleaner.regex_cache import default_directory

FORMAT = 5
MAX_UNUSED = 64
"""Above this many stored rule files that this process did not use (old versions of files
edited since, other configurations' packs), a save keeps only those it used. Every start
reads the whole file: one grown to 267 entries (4.9 MB) by a session of editing rules took
23 ms to read, against 1.3 ms for the 38 bundled packs; a pack dropped this way is built
again, once, when it is next used."""

Entry = dict[str, Any]
"""A built rule as plain data (see ``cleaner.rules.rule_to_data``), or under a ``config:`` key
the news-cleaner table of a config file (``cleaner.project_config``)."""


class RuleCache:
    """Built rules by the sha256 of their file's bytes, backed by one file (if any)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._stored: dict[str, Entry] | None = None
        self._used: set[str] = set()
        self._new = False

    def lookup(self, digest: str) -> Entry | None:
        """The entry stored for a rule file whose bytes have this sha256, if any."""
        self._used.add(digest)
        return self._load().get(digest)

    def store(self, digest: str, entry: Entry) -> None:
        """Keep ``entry`` for the next ``save``."""
        self._load()[digest] = entry
        self._used.add(digest)
        self._new = True

    def save(self) -> None:
        """Write the entries built since the file was read; a failed write is ignored (the
        cache only saves time)."""
        if self.path is None or not self._new or self._stored is None:
            return
        entries = self._stored
        if len(entries.keys() - self._used) > MAX_UNUSED:
            entries = {key: entries[key] for key in self._used if key in entries}
        data = {"format": FORMAT, "rules": entries}
        try:
            write_cache_file(self.path, data)
        except (OSError, ValueError):  # ValueError: a value marshal cannot store
            return
        self._new = False

    def _load(self) -> dict[str, Entry]:
        if self._stored is None:
            self._stored = _read(self.path) if self.path is not None else {}
        return self._stored


def _read(path: Path) -> dict[str, Entry]:
    data = read_cache_file(path)  # None when missing, damaged or not ours: build again
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return {}
    entries = data.get("rules")
    if not isinstance(entries, dict):
        return {}
    return {key: entry for key, entry in entries.items() if isinstance(entry, dict)}


def _code_stamp() -> str:
    """What built the stored rules: the bytes of the rule loader and of the reader of what
    patterns need, the regex version and the Python version (which also fixes the marshal
    format)."""
    digest = sha256(f"{regex.__version__} {sys.implementation.cache_tag}".encode())
    try:
        for name in ("rules.py", "needed_text.py"):
            digest.update((Path(__file__).parent / name).read_bytes())
    except OSError:  # no source to read (a frozen build): the version has to do
        from cleaner.version import __version__

        digest.update(__version__.encode())
    return digest.hexdigest()[:16]


_DEFAULT: RuleCache | None = None


def default_rule_cache() -> RuleCache:
    """The process-wide cache, placed by the environment when first used."""
    global _DEFAULT
    if _DEFAULT is None:
        directory = default_directory()
        name = f"rules-{FORMAT}-{_code_stamp()}.marshal"
        _DEFAULT = RuleCache(directory / name if directory is not None else None)
    return _DEFAULT
