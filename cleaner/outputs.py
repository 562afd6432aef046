"""Which documents a command line names, and where each one's outputs go.

Everything here is decided before any document is read, so that a run that would write two
inputs to the same output fails up front instead of silently keeping the last one.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeAlias, overload

if TYPE_CHECKING:
    from cleaner.remote import RemotePath

    Location: TypeAlias = Path | RemotePath
    """Where a document or an output is: a local path, or (``clean`` only) an fsspec URL."""

STDIN = "-"
STDIN_STEM = "stdin"
"""Name of stdin's sidecar (``OUT/stdin.meta.json``); its clean text goes to stdout."""

TEXT_SUFFIX = ".txt"
META_SUFFIX = ".meta.json"
GZIP_SUFFIX = ".gz"
DOCUMENT_SUFFIXES = (".txt", ".text", ".html", ".htm", ".jsonl")
"""What a directory walk picks up (also with ``.gz``); files named explicitly can be anything."""
JSONL_SUFFIX = ".jsonl"
JSONL_META_SUFFIX = ".meta.jsonl"
SIDECARS_BESIDE = "beside"
SIDECARS_NONE = "none"


class UsageError(Exception):
    """The command line cannot be carried out as given; the message is a one-line reason."""


class InputFile(NamedTuple):
    """One document named on the command line or found in a directory.

    ``label`` is the path as the user gave it (relative stays relative): it is what messages
    and sidecars show. ``relative`` is the document's place under its input root (the
    directory that was named, or the file's own directory), which decides its output name.
    ``path`` is ``None`` for stdin, and a ``RemotePath`` for a URL (``clean`` only).
    """

    label: str
    path: Location | None
    relative: Path

    @property
    def local_path(self) -> Path | None:
        """``path`` for the commands that take local files only (``expand_inputs`` gave
        them no URL)."""
        assert self.path is None or isinstance(self.path, Path), "URLs are for clean only"
        return self.path

    @property
    def is_stdin(self) -> bool:
        return self.path is None

    @property
    def is_gzipped(self) -> bool:
        return self.relative.name.lower().endswith(GZIP_SUFFIX)

    @property
    def is_jsonl(self) -> bool:
        return is_jsonl_name(self.relative.name)


def is_jsonl_name(name: str) -> bool:
    """A corpus with one record per line, by its name: ``*.jsonl`` or ``*.jsonl.gz``."""
    return name.lower().endswith((JSONL_SUFFIX, JSONL_SUFFIX + GZIP_SUFFIX))


class SidecarPlacement(NamedTuple):
    """Where ``fix`` puts the sidecar of a file it rewrites.

    ``setting`` is the value as the user wrote it: ``"beside"`` (``<dir>/<stem>.meta.json``),
    ``"none"`` (no sidecar), or a folder relative to ``base`` that mirrors the tree below
    ``base`` (``.news-cleaner`` gives ``.news-cleaner/<reldir>/<stem>.meta.json``), so that
    data folders hold only data and the sidecars can be committed, or ignored, as one folder.
    """

    setting: str = SIDECARS_BESIDE
    base: Path = Path()

    def sidecar_for(self, path: Path) -> Path | None:
        if self.setting == SIDECARS_NONE:
            return None
        suffix = JSONL_META_SUFFIX if is_jsonl_name(path.name) else META_SUFFIX
        if self.setting == SIDECARS_BESIDE:
            return _with_suffix(path.parent / output_stem(path), suffix)
        folder = self.base / self.setting
        try:
            relative = _absolute(path).relative_to(self.base.resolve())
        except ValueError:
            raise UsageError(
                f"{path} is outside {self.base}, so it has no place in the sidecar folder {folder}"
            ) from None
        return _with_suffix(folder / output_stem(relative), suffix)


class OutputPaths(NamedTuple):
    """Where one document's results go; ``text`` is ``None`` when the text goes to stdout."""

    text: Location | None
    meta: Location


def expand_inputs(
    arguments: Sequence[str],
    skip: Location | None = None,
    select: Callable[[Location], bool] | None = None,
    *,
    urls: bool = False,
) -> list[InputFile]:
    """Turn PATH arguments into documents: files as given, directories walked, ``-`` as stdin.

    Directories are walked recursively in sorted order, skipping hidden files and folders,
    and yield only ``*.txt``, ``*.text``, ``*.html``, ``*.htm`` (and those gzipped). A walk
    does not enter ``skip``: ``clean . -o out`` run twice must not clean its own outputs.
    ``select`` (the include/exclude globs) filters every file, named or found: pre-commit
    names each file explicitly, and an excluded file must stay out of its hooks too.
    A named file that does not exist is kept: reading it fails for that file alone, so the
    other files of the run are still handled (a file can vanish while pre-commit runs).
    With ``urls`` (``clean``), an fsspec URL is a file, folder or glob on its file system
    (``cleaner.remote.find_files``); without, a URL is refused.
    """
    skipped = skip.resolve() if isinstance(skip, Path) else None
    inputs: list[InputFile] = []
    for argument in arguments:
        if argument == STDIN:
            inputs.append(InputFile(label=STDIN, path=None, relative=Path(STDIN_STEM)))
            continue
        if is_url(argument):
            found = _url_inputs(argument, skip, urls)
            inputs.extend(
                item for item in found if select is None or item.path is None or select(item.path)
            )
            continue
        path = Path(argument)
        if path.is_dir():
            found = [
                InputFile(label=str(path / relative), path=path / relative, relative=relative)
                for relative in _walk_documents(path, skipped)
            ]
        else:
            found = [InputFile(label=argument, path=path, relative=Path(path.name))]
        inputs.extend(
            item for item in found if select is None or item.path is None or select(item.path)
        )
    return inputs


def is_url(argument: str) -> bool:
    """``protocol://...`` (an fsspec URL); ``cleaner.remote`` is imported only for one."""
    if "://" not in argument:
        return False
    from cleaner.remote import is_url as remote_is_url

    return remote_is_url(argument)


def _url_inputs(argument: str, skip: Location | None, allowed: bool) -> list[InputFile]:
    """The documents a URL names; fsspec is only imported here, when a URL is given."""
    if not allowed:
        raise UsageError(f"{argument}: URLs work with `clean` only; this command takes local paths")
    from cleaner.remote import RemotePath, find_files

    remote_skip = skip if isinstance(skip, RemotePath) else None
    return [
        InputFile(label=found.label, path=found.path, relative=Path(found.relative))
        for found in find_files(argument, remote_skip, _is_document_name)
    ]


def output_stem(relative: Path) -> Path:
    """``a/b.txt.gz`` -> ``a/b``: drop one ``.gz``, then one extension (if there is one)."""
    name = relative.name
    if name.lower().endswith(GZIP_SUFFIX) and len(name) > len(GZIP_SUFFIX):
        name = name[: -len(GZIP_SUFFIX)]
    return relative.with_name(Path(name).stem or name)


def plan_outputs(
    inputs: Iterable[InputFile], out_dir: Location
) -> list[tuple[InputFile, OutputPaths]]:
    """``OUT/<reldir>/<stem>.txt`` and ``.meta.json`` for each input (for a JSONL corpus
    ``<stem>.jsonl[.gz]`` and ``<stem>.meta.jsonl``); collisions are errors.

    Stdin's clean text goes to stdout and its sidecar to ``OUT/stdin.meta.json``.
    """
    plan: list[tuple[InputFile, OutputPaths]] = []
    for item in inputs:
        stem = out_dir / output_stem(item.relative)
        if item.is_jsonl:
            records = JSONL_SUFFIX + (GZIP_SUFFIX if item.is_gzipped else "")
            paths = OutputPaths(_with_suffix(stem, records), _with_suffix(stem, JSONL_META_SUFFIX))
        else:
            text = None if item.is_stdin else _with_suffix(stem, TEXT_SUFFIX)
            paths = OutputPaths(text=text, meta=_with_suffix(stem, META_SUFFIX))
        if item.path is not None and paths.text is not None and _same_file(item.path, paths.text):
            raise UsageError(f"output would overwrite its input: {item.label}")
        plan.append((item, paths))
    _require_distinct((item, paths.meta) for item, paths in plan)
    return plan


def plan_sidecars(
    inputs: Iterable[InputFile], placement: Callable[[Path], SidecarPlacement]
) -> list[tuple[InputFile, Path | None]]:
    """The sidecar of each file that ``fix`` rewrites, placed as ``placement(path)`` says
    (``None``: no sidecar); two files with one sidecar are refused before anything is written.
    """
    plan: list[tuple[InputFile, Path | None]] = []
    for item in inputs:
        path = item.local_path
        if path is None:
            raise UsageError("stdin (-) cannot be fixed in place; use `clean -` instead")
        plan.append((item, placement(path).sidecar_for(path)))
    _require_distinct((item, sidecar) for item, sidecar in plan if sidecar is not None)
    return plan


def _walk_documents(root: Path, skip: Path | None) -> list[Path]:
    def fail(err: OSError) -> None:
        raise UsageError(f"cannot read directory {err.filename}: {err.strerror}")

    found: list[Path] = []
    for directory, subdirectories, files in os.walk(root, onerror=fail):
        subdirectories[:] = sorted(
            name
            for name in subdirectories
            if not name.startswith(".") and (Path(directory, name).resolve() != skip)
        )
        base = Path(directory).relative_to(root)
        found.extend(base / name for name in files if _is_document_name(name))
    return sorted(found, key=lambda relative: relative.parts)


def _is_document_name(name: str) -> bool:
    lowered = name.lower()
    if lowered.startswith("."):
        return False
    if lowered.endswith(GZIP_SUFFIX):
        lowered = lowered[: -len(GZIP_SUFFIX)]
    return lowered.endswith(DOCUMENT_SUFFIXES) and not lowered.endswith(JSONL_META_SUFFIX)


@overload
def _with_suffix(stem: Path, suffix: str) -> Path: ...
@overload
def _with_suffix(stem: Location, suffix: str) -> Location: ...
def _with_suffix(stem: Location, suffix: str) -> Location:
    return stem.with_name(stem.name + suffix)


def _absolute(path: Path) -> Path:
    """The path with its folders resolved, but not the file itself if it is a link."""
    return path.parent.resolve() / path.name


def _same_file(first: Location, second: Location) -> bool:
    """Whether both name one file (links and hard links included); an output that does not
    exist yet is no input. Local files by two stats, where resolving both would walk every
    folder; URLs by their resolved form."""
    if not (isinstance(first, Path) and isinstance(second, Path)):
        return first.resolve() == second.resolve()
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


def _require_distinct(targets: Iterable[tuple[InputFile, Location]]) -> None:
    """Fail, naming both inputs, if two of them would write the same file."""
    claimed: dict[Location, InputFile] = {}
    for item, target in targets:
        earlier = claimed.setdefault(target, item)
        if earlier is item:
            continue
        if earlier.is_stdin and item.is_stdin:
            raise UsageError("stdin (-) is named more than once")
        raise UsageError(f"{earlier.label} and {item.label} would both be written to {target}")
