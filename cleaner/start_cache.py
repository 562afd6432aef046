"""What the matchers learned about the starts of lines, kept on disk between batch runs.

A matcher works out, for each two-character start of a line it meets more than once, which
rules and which of their patterns can begin that way (partial matches: ``cleaner.matching``).
That costs a worker process its first few hundred documents (about 0.9 s on the
development corpus), and every worker of a run pays it again: with two workers the second
core spent a fifth of a 2,000-document run relearning what the first had found. A batch
run therefore starts from the table the runs before it saved, and each process that
cleaned documents adds what it learned when it ends (``StartSaver``).

Why the table cannot change a result: each entry is what the same code finds for the same
patterns (the file is named by the matchers' ``fingerprint``: their rules' patterns in
order, the regex version and the Python version), an entry that does not fit the rules is
never taken (``RuleMatcher.teach``), and the file is plain marshalled data behind a CRC-32
(``cleaner.cache_file``), written atomically; a file that cannot be read means learning
again. Same folder and switch as the regex cache (``NEWS_CLEANER_CACHE_DIR=""`` turns it
off).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import regex

from cleaner.cache_file import read_cache_file, write_cache_file
from cleaner.digest import sha256
from cleaner.engine import Cleaner
from cleaner.regex_cache import default_directory

FORMAT = 1
MAX_STARTS = 20_000
"""Starts kept per matcher: the commonest ones come first into a table, and a few thousand
cover a corpus; a table of every start ever seen would make each run read more than it saves.
"""


def starts_path(cleaner: Cleaner) -> Path | None:
    """The file of this cleaner's matchers, or None when the cache is off."""
    directory = default_directory()
    if directory is None:
        return None
    digest = sha256(f"{regex.__version__} {sys.implementation.cache_tag}".encode())
    for matcher in cleaner.matchers():
        digest.update(matcher.fingerprint().encode())
    return directory / f"starts-{FORMAT}-{digest.hexdigest()[:16]}.marshal"


def load_starts(cleaner: Cleaner) -> int:
    """Teach ``cleaner`` what earlier runs saved; the number of starts it was taught."""
    path = starts_path(cleaner)
    tables = _read(path) if path is not None else []
    for matcher, table in zip(cleaner.matchers(), tables, strict=False):
        matcher.teach(table)
    return sum(map(len, tables))


class StartSaver:
    """Adds what a process's cleaner learned to the file when the process is done with it,
    if it learned anything the file did not hold."""

    def __init__(self, cleaner: Cleaner) -> None:
        self._cleaner = cleaner

    def save(self) -> None:
        """Merge and write; a failed write is ignored (the table only saves time)."""
        if not any(matcher.news() for matcher in self._cleaner.matchers()):
            return
        learned = [matcher.learned() for matcher in self._cleaner.matchers()]
        path = starts_path(self._cleaner)
        if path is None:
            return
        tables = _read(path)
        merged = [
            {**(tables[place] if place < len(tables) else {}), **table}
            for place, table in enumerate(learned)
        ]
        try:
            write_cache_file(path, [_capped(table) for table in merged])
        except (OSError, ValueError):
            return
        for matcher, table in zip(self._cleaner.matchers(), merged, strict=True):
            matcher.teach(table)  # what is on file now: the next save only if more is learned


def _capped(table: dict[str, Any]) -> dict[str, Any]:
    return table if len(table) <= MAX_STARTS else dict(list(table.items())[:MAX_STARTS])


def _read(path: Path) -> list[dict[str, Any]]:
    data = read_cache_file(path)  # None when missing, damaged or not ours: learning again
    if not isinstance(data, list) or not all(isinstance(table, dict) for table in data):
        return []
    return data
