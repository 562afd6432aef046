"""Include/exclude globs over paths, read the way ``.gitignore`` and ruff read them.

A data repository names folders and files relative to its own root, whatever folder a
command runs from, so patterns are matched against the path *relative to a base folder*
(the config file's folder, or the current folder for patterns given on the command line):

- ``*`` and ``?`` never cross a ``/``; ``**`` matches any number of folders (zero included);
- a pattern without a ``/`` matches a file or folder name at any depth (``*.draft.txt``,
  ``drafts``); a pattern with a ``/`` is anchored at the base (``data/raw/*.txt``; a leading
  ``/`` or ``./`` changes nothing);
- a pattern that matches a folder matches everything below it (``archive`` and
  ``data/archive`` exclude the whole tree); a trailing ``/`` makes it match folders only.

Matching is case-sensitive, like git's. A URL (``clean`` only) has no place relative to a
local folder: its path on its file system is matched as if it were the relative path
(``s3://bucket/in/a.txt`` as ``bucket/in/a.txt``), so name patterns work as they do on disk
and anchored ones start at the bucket.
"""

from __future__ import annotations

import os
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cleaner.outputs import Location

ANY_FOLDERS = "**"

_Glob = tuple[tuple[str, ...], bool]
"""A parsed pattern: its names (``**`` included), and whether it matches folders only."""


def _parse(pattern: str) -> _Glob:
    """``data/*.txt`` -> ``(("data", "*.txt"), False)``; a name pattern gets a leading ``**``."""
    folders_only = pattern.endswith("/")
    core = pattern.strip("/")
    while core.startswith("./"):
        core = core[2:]
    parts = tuple(part for part in core.split("/") if part not in ("", "."))
    if "/" not in core:
        parts = (ANY_FOLDERS, *parts)
    return parts, folders_only


def _glob_matches(glob: _Glob, path_parts: tuple[str, ...]) -> bool:
    """The path itself, or one of the folders it lies in, matches."""
    parts, folders_only = glob
    last = len(path_parts) - 1 if folders_only else len(path_parts)
    return any(_match_parts(parts, path_parts[:end]) for end in range(1, last + 1))


def _match_parts(pattern: tuple[str, ...], path: tuple[str, ...]) -> bool:
    if not pattern:
        return not path
    head, rest = pattern[0], pattern[1:]
    if head == ANY_FOLDERS:
        return any(_match_parts(rest, path[start:]) for start in range(len(path) + 1))
    return bool(path) and fnmatchcase(path[0], head) and _match_parts(rest, path[1:])


class PathPatterns:
    """Glob patterns and the folder they are relative to; not changed once made.

    The patterns are parsed, and the folder resolved, when first matched against: most runs
    have no patterns, and a check of one file should not pay for them.
    """

    __slots__ = ("_globs", "_resolved_base", "base", "patterns")

    def __init__(self, patterns: tuple[str, ...] = (), base: Path = Path()) -> None:
        self.patterns = patterns
        self.base = base
        self._globs: tuple[tuple[str, _Glob], ...] | None = None
        self._resolved_base: Path | None = None

    def __repr__(self) -> str:
        return f"PathPatterns({self.patterns!r}, {self.base!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PathPatterns):
            return NotImplemented
        return (self.patterns, self.base) == (other.patterns, other.base)

    def __hash__(self) -> int:
        return hash((self.patterns, self.base))

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def first_match(self, path: Location) -> str | None:
        """The first pattern that matches ``path`` (a file, existing or not), else ``None``.

        A path outside the base is matched as ``../...``: name patterns still apply to it,
        anchored ones do not. A URL is matched by its path on its file system.
        """
        if not self.patterns:
            return None
        if self._globs is None:
            self._globs = tuple((pattern, _parse(pattern)) for pattern in self.patterns)
        if isinstance(path, Path):
            if self._resolved_base is None:
                self._resolved_base = self.base.resolve()
            relative = os.path.relpath(path.parent.resolve() / path.name, self._resolved_base)
            parts = PurePosixPath(Path(relative).as_posix()).parts
        else:
            parts = path.glob_parts
        return next((pattern for pattern, glob in self._globs if _glob_matches(glob, parts)), None)
