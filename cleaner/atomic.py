"""Atomic file writes: a reader (or a crash) sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

# O_BINARY exists (and matters) only on Windows, where fds are text mode by default.
_TEMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same directory.

    ``str`` data is written as UTF-8 with newlines untouched, so CRLF input stays CRLF.
    The temporary file is flushed and fsynced before ``os.replace`` swaps it in, and is
    removed if anything fails. A file that is replaced keeps its permission bits; a new one
    gets the usual ones (0666 minus the umask), not the 0600 of ``tempfile``.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    temp, fd = _create_temp_beside(path)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        _copy_mode(path, temp)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_directory(path.parent)


def _create_temp_beside(path: Path) -> tuple[Path, int]:
    """Create a fresh hidden file next to ``path`` (same file system, so the rename is atomic)."""
    while True:
        temp = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")
        try:
            return temp, os.open(temp, _TEMP_FLAGS, 0o666)
        except FileExistsError:
            continue


def _copy_mode(original: Path, temp: Path) -> None:
    try:
        mode = original.stat().st_mode
    except FileNotFoundError:
        return
    os.chmod(temp, mode & 0o7777)


def _fsync_directory(directory: Path) -> None:
    """Persist the rename itself; not possible (nor needed) on every platform."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
