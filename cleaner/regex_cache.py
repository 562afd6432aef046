"""Compiled regular expressions, compiled once per machine instead of once per process.

The ``regex`` module parses patterns in pure Python: compiling the rule packs' ~550 patterns
takes about a second, while cleaning one article takes a few milliseconds. A command run on
one file (a pre-commit hook, ``news-cleaner check one.txt``) would spend nearly all its time
compiling. What pickling a compiled pattern stores (the reducer ``regex`` registers with
``copyreg``: its text, flags and compiled program) is plain data, so the patterns a run
compiled are stored on disk with ``marshal``, the format of Python's own ``.pyc`` files, and
the next run rebuilds them from their programs in milliseconds. ``marshal`` is built into the
interpreter: a check imports no ``pickle`` for it.

Why the cache cannot change a result:

- one file per ``regex`` version, Python version and platform: no other build reads it;
- entries are keyed by the exact pattern text and flags, so an entry that a changed rule no
  longer uses is merely unused, never wrong;
- the file holds marshalled data only (strings, numbers, bytes and containers: no code is
  run to read it) behind a CRC-32 (``cleaner.cache_file``), so a damaged file is never
  read; each entry is handed to ``regex``'s own compile function and nothing else, each
  rebuilt pattern must carry the text and flags of its key, and a file or entry that cannot
  be read is ignored (the next save replaces it). The compiled programs themselves are
  trusted as Python trusts the ``.pyc`` files in the same user's folders: someone who can
  write there can change what runs anyway;
- files are written atomically (a temporary file renamed over the old one).

Where: ``$NEWS_CLEANER_CACHE_DIR``, else ``$XDG_CACHE_HOME/news-cleaner``, else
``~/.cache/news-cleaner``. ``NEWS_CLEANER_CACHE_DIR=""`` (empty) turns the cache off.
"""

from __future__ import annotations

import copyreg
import marshal
import os
import sys
import threading
from pathlib import Path
from typing import Any

import regex
from regex import _regex

from cleaner.cache_file import read_cache_file, write_cache_file

CACHE_ENV = "NEWS_CLEANER_CACHE_DIR"
FORMAT = 4
MAX_ENTRIES = 5000
MAX_BYTES = 4_000_000
"""Above this many stored patterns, or this many bytes of them, a save keeps only those this
process used. Every start reads the whole file: the bundled rules need about 1,000 patterns
and 1.6 MB, and a file grown to 8 MB of patterns that rules no longer use (old versions of
their alternations) took 11 ms to read, against 2 ms."""

_Key = tuple[str, int]


class RegexCache:
    """Compiled patterns by (text, flags), backed by one file in ``directory`` (if any).

    The file maps each key to the marshalled program of one pattern. Reading it only reads
    bytes; a pattern is rebuilt from its bytes when first asked for, so entries that this run
    does not use (another ``--lang``, a rule that changed since) cost next to nothing.
    """

    def __init__(self, directory: Path | None) -> None:
        self.path = directory / _file_name() if directory is not None else None
        self._patterns: dict[_Key, regex.Pattern[str]] = {}
        self._stored: dict[_Key, bytes] = {}
        self._new: set[_Key] = set()
        self._loaded = False
        self._lock = threading.Lock()

    def compile(self, pattern: str, flags: int = 0) -> regex.Pattern[str]:
        """``regex.compile(pattern, flags)``, from memory or disk when compiled before."""
        if not self._loaded:
            self._load()
        key = (pattern, int(flags))  # a plain int: a flag enum would not marshal
        compiled = self._patterns.get(key)
        if compiled is None:
            compiled = _rebuild(key, self._stored.get(key))
            if compiled is None:
                compiled = regex.compile(pattern, flags)
                self._new.add(key)
            self._patterns[key] = compiled
        return compiled

    def store(self, pattern: str, flags: int = 0) -> None:
        """Make sure the next ``save`` writes this pattern: compiled now if the file does not
        hold it yet, else left as bytes until ``compile`` asks for it."""
        if not self._loaded:
            self._load()
        key = (pattern, int(flags))
        if key not in self._stored and key not in self._patterns:
            self.compile(pattern, flags)

    def save(self) -> None:
        """Add the patterns compiled since the file was read; nothing when there are none.

        A failed write (read-only or full disk) is ignored: the cache only saves time.
        """
        if self.path is None or not self._new:
            return
        entries = dict(self._stored)
        for key in self._new:
            program = _program(self._patterns[key])
            if program is not None:
                entries[key] = program
        too_big = sum(len(program) for program in entries.values()) > MAX_BYTES
        if len(entries) > MAX_ENTRIES or too_big:
            entries = {key: entries[key] for key in self._patterns if key in entries}
        try:
            write_cache_file(self.path, entries)
        except (OSError, ValueError):
            return
        self._stored = entries
        self._new = set()

    def _load(self) -> None:
        with self._lock:
            if not self._loaded:
                self._stored = _read(self.path) if self.path is not None else {}
                self._loaded = True


def _read(path: Path) -> dict[_Key, bytes]:
    """The stored entries, or none if the file is missing, unreadable or not ours."""
    data = read_cache_file(path)  # None when missing or damaged: compiling again
    if not isinstance(data, dict):
        return {}
    return {
        key: blob
        for key, blob in data.items()
        if isinstance(key, tuple)
        and len(key) == 2
        and isinstance(key[0], str)
        and isinstance(key[1], int)
        and isinstance(blob, bytes)
    }


def _program(pattern: regex.Pattern[str]) -> bytes | None:
    """What pickling ``pattern`` would store, marshalled; None if ``regex`` ever reduces a
    pattern to anything but a call of its compile function with plain data."""
    try:
        reduced: Any = copyreg.dispatch_table[type(pattern)](pattern)
        build, data = reduced
        return marshal.dumps(data) if build is _regex.compile else None
    except Exception:
        return None


def _rebuild(key: _Key, blob: bytes | None) -> regex.Pattern[str] | None:
    """The pattern stored for ``key``: compiled from the key's text with (at least) its flags
    (``regex`` adds flags of its own: UNICODE, the version, inline ones), or None."""
    if blob is None:
        return None
    try:
        data = marshal.loads(blob)
        compiled = _regex.compile(*data) if isinstance(data, tuple) else None
    except Exception:  # a broken entry just means compiling again
        return None
    if not isinstance(compiled, regex.Pattern) or compiled.pattern != key[0]:
        return None
    return compiled if compiled.flags & key[1] == key[1] else None


def _file_name() -> str:
    """Compiled programs are only valid for the regex build that made them."""
    machine = os.uname().machine if hasattr(os, "uname") else "unknown"
    tag = sys.implementation.cache_tag
    return f"regex-{FORMAT}-{regex.__version__}-{tag}-{machine}-{sys.byteorder}.marshal"


def default_directory() -> Path | None:
    """Where the cache lives (see the module docstring); None when it is turned off."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured) if configured else None
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg) / "news-cleaner"
    try:
        return Path.home() / ".cache" / "news-cleaner"
    except RuntimeError:  # no home directory to be found: no cache
        return None


_DEFAULT: RegexCache | None = None


def default_cache() -> RegexCache:
    """The process-wide cache, placed by the environment when first used."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = RegexCache(default_directory())
    return _DEFAULT


def compile_regex(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile`` through the process-wide cache."""
    return default_cache().compile(pattern, flags)


def store_regex(pattern: str, flags: int = 0) -> None:
    """``RegexCache.store`` on the process-wide cache."""
    default_cache().store(pattern, flags)


def save_compiled() -> None:
    """Store what this process compiled (a ``Cleaner`` calls it once it is ready)."""
    default_cache().save()
