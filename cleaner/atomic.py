"""Atomic file writes: a reader (or a crash) sees the old file or the new one, never half of one.

A local ``Path`` is written here; a URL (``cleaner.remote.RemotePath``, ``clean`` only) is
handed to ``cleaner.remote.RemoteAtomicFile``, which keeps the same promise on its file
system.
"""

from __future__ import annotations

import contextlib
import glob
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from cleaner.outputs import Location
    from cleaner.remote import RemoteAtomicFile

# O_BINARY exists (and matters) only on Windows, where fds are text mode by default.
_TEMP_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def write_atomic(path: Location, data: bytes | str, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same directory.

    ``str`` data is written as UTF-8 with newlines untouched, so CRLF input stays CRLF.
    ``durable=False`` skips the fsyncs (see ``AtomicFile``).
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_stream(path, durable=durable) as handle:
        handle.write(payload)


@contextlib.contextmanager
def atomic_stream(path: Location, *, durable: bool = True) -> Iterator[BinaryIO]:
    """A binary file to write ``path`` through, swapped in only when the block ends cleanly."""
    target = open_atomic(path, durable=durable)
    try:
        yield target.handle
    except BaseException:
        target.discard()
        raise
    target.commit()


def open_atomic(path: Location, *, durable: bool = True) -> AtomicFile | RemoteAtomicFile:
    """An ``AtomicFile`` for a local path; for a URL its counterpart on its file system."""
    if isinstance(path, Path):
        return AtomicFile(path, durable=durable)
    from cleaner.remote import RemoteAtomicFile

    return RemoteAtomicFile(path)


class AtomicFile:
    """A new version of ``path``, written piece by piece into a hidden temporary file beside
    it and swapped in by ``commit``; ``discard`` throws it away.

    For outputs that are written as a run goes (a JSONL corpus, the error log): a run killed
    half way leaves the old file or none, never half of a new one. The temporary file is
    flushed and fsynced before ``os.replace`` swaps it in. A file that is replaced keeps its
    permission bits; a new one gets the usual ones (0666 minus the umask), not the 0600 of
    ``tempfile``.

    ``durable=False`` leaves out the fsyncs, which cost more than cleaning a short document:
    a killed process still leaves the old file or the new one, but after a power loss a new
    file may come back empty. Only for outputs whose reader can tell (a batch run checks an
    output's sha256 before it resumes from it), never for the user's own files.
    """

    def __init__(self, path: Path, *, durable: bool = True) -> None:
        self.path = path
        self._durable = durable
        self._temp, fd = _create_temp_beside(path)
        self.handle: BinaryIO = os.fdopen(fd, "wb")

    def commit(self) -> None:
        try:
            self.handle.flush()
            if self._durable:
                os.fsync(self.handle.fileno())
            self.handle.close()
            _copy_mode(self.path, self._temp)
            os.replace(self._temp, self.path)
        except BaseException:
            self.discard()
            raise
        if self._durable:
            _fsync_directory(self.path.parent)

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.handle.close()
        with contextlib.suppress(OSError):
            self._temp.unlink()


def remove_stale_temporaries(path: Location) -> None:
    """Delete temporary files that a killed run left beside ``path`` (a run that is killed
    with SIGKILL cannot clean up after itself; the run that redoes the output does)."""
    if not isinstance(path, Path):
        from cleaner.remote import remove_stale_temporaries as remove_remote

        remove_remote(path)
        return
    for temp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            temp.unlink()


def _create_temp_beside(path: Path) -> tuple[Path, int]:
    """Create a fresh hidden file next to ``path`` (same file system, so the rename is atomic).

    The folder is made only when the file cannot be created without it: a batch run writes
    two files a document into folders that mostly exist already, and asking for each folder
    first took two system calls a file that lock the folder's parent on some file systems.
    Another worker may make the folder between this one's failed open and its look at the
    folder; the open is then tried once more.
    """
    retried = False
    while True:
        temp = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")
        try:
            return temp, os.open(temp, _TEMP_FLAGS, 0o666)
        except FileExistsError:
            continue
        except FileNotFoundError:
            if path.parent.is_dir():
                if retried:
                    raise
                retried = True
                continue
            path.parent.mkdir(parents=True, exist_ok=True)


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
