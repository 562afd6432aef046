"""Inputs and outputs of ``clean`` that are fsspec URLs: ``s3://bucket/prefix``, ``gs://...``,
``file:///abs/dir``, ``memory://...``.

Everything else in the package works on ``pathlib.Path``, and a run on local files must stay
as fast as it is and not even import fsspec. So a URL becomes a ``RemotePath``: a small,
picklable value (the URL string) that answers the few things the batch code asks of a
path the way ``Path`` answers them (``name``, ``parent``, ``/``, ``with_name``,
``read_bytes``, ``open``, ``stat().st_size``, ``is_file``, ``unlink``), so that reading,
resuming and planning code takes either one unchanged. Writing goes through
``cleaner.atomic``, which hands a ``RemotePath`` to ``RemoteAtomicFile`` below. fsspec is
imported the first time a URL is used; the file system object is made from the URL in
each process that needs it (a worker process or a Dask worker gets the URL, not a
connection), and credentials come from where fsspec and its backends look for them
(environment, fsspec's config files, the cloud SDK's own files).

How an output appears whole (one design for every file system): it is written to a hidden
temporary name beside its target (``.<name>.<random>.tmp``, as local writes do) and moved
into place with ``fs.mv`` once complete. On a local disk (``file://``) the move is a rename;
on an object store the temporary object is complete before the move, and the move (a
server-side copy, then a delete) writes the target in one piece, so a reader sees the old
object or the new one, never part of one. Writing in place would save that copy on object
stores, but not every fsspec file system hides a file while it is written (the local and
memory ones show it from the moment it is opened), and one rule is easier to trust than
one per backend. A run killed half way may leave temporary objects; the run that redoes a
JSONL output removes those beside it, as for local files.

``memory://`` lives inside one process: it works with ``--jobs 1`` only.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import PurePath, PurePosixPath
from typing import Any, BinaryIO, NamedTuple, cast

from cleaner.outputs import UsageError

INSTALL_HINT = "pip install 'news-cleaner[remote]'"
IN_PROCESS_PROTOCOLS = frozenset({"memory"})
"""File systems that exist only in the process that made them: no worker sees them."""

_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]+://")
_GLOB_MAGIC = re.compile(r"[*?\[]")


def is_url(text: str) -> bool:
    """``protocol://...`` (two letters at least, so a Windows drive is never one)."""
    return _URL.match(text) is not None


class _Stat(NamedTuple):
    st_size: int


@dataclass(frozen=True)
class RemotePath:
    """A file or folder named by an fsspec URL; equal when the URLs are.

    ``size`` is the size a listing already reported (it saves a request per file when the
    run adds up its input bytes); it plays no part in equality.
    """

    url: str
    size: int | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not is_url(self.url):
            raise ValueError(f"not a URL: {self.url!r}")

    def __str__(self) -> str:
        return self.url

    @property
    def protocol(self) -> str:
        return self.url.split("://", 1)[0]

    @property
    def name(self) -> str:
        return self._rest.rstrip("/").rpartition("/")[2]

    @property
    def parent(self) -> RemotePath:
        head = self._rest.rstrip("/").rpartition("/")[0]
        return RemotePath(f"{self.protocol}://{head}")

    @property
    def _rest(self) -> str:
        return self.url.split("://", 1)[1]

    def __truediv__(self, other: str | PurePath) -> RemotePath:
        tail = other.as_posix() if isinstance(other, PurePath) else other
        return RemotePath(f"{self.url.rstrip('/')}/{tail}")

    def with_name(self, name: str) -> RemotePath:
        return self.parent / name

    def absolute(self) -> RemotePath:
        return self

    def resolve(self) -> RemotePath:
        return self

    @property
    def fs_path(self) -> str:
        """The path as the file system names it (``bucket/key``; ``/abs/dir`` on disk)."""
        return str(self._fs()[1])

    @property
    def glob_parts(self) -> tuple[str, ...]:
        """What include/exclude globs see: the file system's path, bucket first."""
        return tuple(part for part in self.fs_path.split("/") if part)

    # -- reading ----------------------------------------------------------------------------

    def read_bytes(self) -> bytes:
        fs, path = self._fs()
        with _os_errors(self.url):
            return cast(bytes, fs.cat_file(path))

    def read_text(self, encoding: str = "utf-8") -> str:
        return self.read_bytes().decode(encoding)

    def open(self, mode: str = "rb") -> BinaryIO:
        """For reading; writes go through ``RemoteAtomicFile``."""
        if mode != "rb":
            raise ValueError(f"RemotePath.open reads only (mode 'rb'), not {mode!r}")
        fs, path = self._fs()
        with _os_errors(self.url):
            return cast(BinaryIO, fs.open(path, "rb"))

    def stat(self) -> _Stat:
        if self.size is not None:
            return _Stat(self.size)
        fs, path = self._fs()
        with _os_errors(self.url):
            return _Stat(int(fs.size(path)))

    def is_file(self) -> bool:
        fs, path = self._fs()
        try:
            return bool(fs.isfile(path))
        except Exception:  # unreachable counts as absent, as OSError does for Path.is_file
            return False

    def unlink(self, missing_ok: bool = False) -> None:
        fs, path = self._fs()
        try:
            with _os_errors(self.url):
                fs.rm_file(path)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def _fs(self) -> tuple[Any, str]:
        """The run checked every URL up front (``UsageError``); a worker that lacks the
        protocol's package fails the document instead (``OSError``), and the run goes on."""
        try:
            return filesystem(self.url)
        except UsageError as err:
            raise OSError(None, str(err), self.url) from None


class RemoteAtomicFile:
    """A new version of a ``RemotePath``, written into a hidden temporary object beside it
    and moved into place by ``commit``; ``discard`` throws it away (see the module's
    docstring). The same interface as ``cleaner.atomic.AtomicFile``; there is no fsync to
    skip, so it takes no ``durable``."""

    def __init__(self, path: RemotePath) -> None:
        self.path = path
        self._temp = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")
        fs, temp = self._temp._fs()
        with _os_errors(self.path.url):
            try:
                handle = fs.open(temp, "wb")
            except FileNotFoundError:  # a file system with real folders (file://)
                fs.makedirs(self._temp.parent.fs_path, exist_ok=True)
                handle = fs.open(temp, "wb")
        self.handle = cast(BinaryIO, handle)

    def commit(self) -> None:
        fs, temp = self._temp._fs()
        try:
            with _os_errors(self.path.url):
                self.handle.close()
                fs.mv(temp, self.path.fs_path)
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        with contextlib.suppress(Exception):
            self.handle.close()
        with contextlib.suppress(Exception):
            self._temp.unlink(missing_ok=True)


def remove_stale_temporaries(path: RemotePath) -> None:
    """Delete the temporary objects that a killed run left beside ``path``."""
    fs, folder = path.parent._fs()
    prefix = f".{path.name}."
    try:
        names = fs.ls(folder, detail=False)
    except Exception:
        return  # no folder yet (nothing to remove), or it cannot be listed: the write will say
    for name in names:
        base = str(name).rstrip("/").rpartition("/")[2]
        if base.startswith(prefix) and base.endswith(".tmp"):
            with contextlib.suppress(Exception):
                fs.rm_file(name)


# -- file systems -----------------------------------------------------------------------------


def filesystem(url: str) -> tuple[Any, str]:
    """The fsspec file system of ``url`` and the path on it; ``UsageError`` says what to
    install when fsspec or the protocol's package is missing, or the protocol is unknown."""
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise UsageError(f"{url}: URLs need fsspec: {INSTALL_HINT}") from None
    try:
        fs, path = url_to_fs(url)
    except ImportError as err:
        raise UsageError(_missing_package(url, err)) from None
    except ValueError as err:
        raise UsageError(f"{url}: {err} (no fsspec file system for it)") from None
    return fs, str(path)


def _missing_package(url: str, err: ImportError) -> str:
    from fsspec.registry import known_implementations

    protocol = url.split("://", 1)[0]
    implementation = known_implementations.get(protocol, {}).get("class", "")
    package = implementation.split(".", 1)[0]
    if not package:
        return f"{url}: {err}"
    return f"{url}: {protocol}:// needs the package {package}: pip install {package} ({err})"


def check_shared(urls: Iterable[str], *, parallel: bool) -> None:
    """Refuse a URL that worker processes could not see (``memory://``) when work is spread."""
    for url in urls:
        protocol = url.split("://", 1)[0]
        if parallel and protocol in IN_PROCESS_PROTOCOLS:
            raise UsageError(
                f"{url}: {protocol}:// exists in this process only: run with --jobs 1"
                " and without --dask"
            )


@contextlib.contextmanager
def _os_errors(url: str) -> Iterator[None]:
    """Every failure of a file system call as an ``OSError`` naming the URL.

    The batch code reports ``OSError`` per document and goes on; fsspec backends also raise
    their own exceptions (a client library's, a missing package on a worker), which would
    otherwise end the run. A missing file reads as it does on disk.
    """
    try:
        yield
    except FileNotFoundError as err:
        if err.errno is not None:
            raise
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), url) from err
    except OSError:
        raise
    except Exception as err:
        raise OSError(None, f"{type(err).__name__}: {err}", url) from err


# -- finding documents ------------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    """A file that a URL argument names: its place below the argument, and its label (the
    argument's spelling, then the path below it)."""

    path: RemotePath
    relative: PurePosixPath
    label: str


def find_files(
    argument: str, skip: RemotePath | None, wanted: Callable[[str], bool]
) -> list[Found]:
    """The files a URL argument names, as ``expand_inputs`` finds them for a local path.

    A folder (a prefix with objects below it) is walked recursively, in sorted order,
    skipping hidden names and ``skip`` (the output folder), and yields the files whose name
    ``wanted`` accepts. A glob (``*``, ``?``, ``[``) names each file it matches as if it had
    been named itself, and each folder it matches as one to walk (as a shell would expand
    it; hidden names below its fixed part are skipped). Anything else is one file, even one
    that does not exist: reading it fails for that file alone.
    """
    fs, path = filesystem(argument)
    if _GLOB_MAGIC.search(path):
        return _glob(fs, argument, path, skip, wanted)
    try:
        info = fs.info(path)
    except Exception:  # missing, or cannot be asked: reading it will say which
        info = None
    if info is not None and info.get("type") == "directory":
        return _walk(fs, argument, path, skip, wanted)
    size = info.get("size") if info is not None else None
    remote = RemotePath(argument, size if isinstance(size, int) else None)
    return [Found(remote, PurePosixPath(remote.name), argument)]


def _walk(
    fs: Any, argument: str, root: str, skip: RemotePath | None, wanted: Callable[[str], bool]
) -> list[Found]:
    skipped = skip.fs_path.rstrip("/") if skip is not None and _same_fs(skip, argument) else None
    try:
        entries = fs.find(root, withdirs=False, detail=True)
    except Exception as err:
        raise UsageError(f"cannot read directory {argument}: {err}") from None
    base = argument.rstrip("/")
    found: list[Found] = []
    for name, info in entries.items():
        relative = _below(root, str(name))
        if relative is None or (skipped is not None and _inside(str(name), skipped)):
            continue
        if any(part.startswith(".") for part in relative.parts) or not wanted(relative.name):
            continue
        size = info.get("size")
        remote = RemotePath(f"{base}/{relative}", size if isinstance(size, int) else None)
        found.append(Found(remote, relative, remote.url))
    return sorted(found, key=lambda item: item.relative.parts)


def _glob(
    fs: Any, argument: str, pattern: str, skip: RemotePath | None, wanted: Callable[[str], bool]
) -> list[Found]:
    fixed, spelled = _fixed_folder(pattern), _fixed_folder(argument)
    try:
        matches = fs.glob(pattern, detail=True)
    except Exception as err:
        raise UsageError(f"cannot list {argument}: {err}") from None
    found: list[Found] = []
    for name in sorted(matches):
        relative = _below(fixed, str(name))
        if relative is None or any(part.startswith(".") for part in relative.parts):
            continue
        label = f"{spelled}/{relative}"
        if matches[name].get("type") == "directory":
            found.extend(_walk(fs, label, str(name), skip, wanted))
            continue
        size = matches[name].get("size")
        remote = RemotePath(label, size if isinstance(size, int) else None)
        found.append(Found(remote, PurePosixPath(relative.name), label))
    return found


def _fixed_folder(pattern: str) -> str:
    """The folder part of a glob before its first wildcard: ``s3://b/in/*/x.txt`` -> ``s3://b/in``."""
    magic = _GLOB_MAGIC.search(pattern)
    return pattern[: magic.start() if magic else len(pattern)].rpartition("/")[0]


def _below(root: str, name: str) -> PurePosixPath | None:
    """``name`` relative to the folder ``root`` (both as the file system spells them)."""
    prefix = root.rstrip("/") + "/"
    if not name.startswith(prefix) or len(name) == len(prefix):
        return None
    return PurePosixPath(name[len(prefix) :])


def _inside(name: str, folder: str) -> bool:
    return name == folder or name.startswith(folder + "/")


def _same_fs(path: RemotePath, argument: str) -> bool:
    return path.protocol == argument.split("://", 1)[0]
