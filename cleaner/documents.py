"""The work on one document file: read it, clean it, write its outputs, or resume them.

These functions run in worker processes (or on Dask workers), so they take everything
they need as arguments, return small picklable outcomes, and never raise for a bad
document: a failure is part of the outcome, and the run goes on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from cleaner.atomic import write_atomic
from cleaner.digest import sha256_hex
from cleaner.engine import Cleaner
from cleaner.model import sidecar_json
from cleaner.reading import InputError, read_path
from cleaner.tally import Tally
from cleaner.version import __version__

if TYPE_CHECKING:
    from cleaner.outputs import Location


class Failure(NamedTuple):
    """One line of ``errors.jsonl``: which document, where in it, and why."""

    path: str
    line: int | None
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "reason": self.reason}


@dataclass
class Outcome:
    """What a piece of work did, for the run's totals and its error log."""

    tally: Tally = field(default_factory=Tally)
    failures: list[Failure] = field(default_factory=list)

    def fail(self, path: str, line: int | None, reason: str) -> None:
        self.tally.failed += 1
        self.failures.append(Failure(path, line, reason))


class FileJob(NamedTuple):
    """Clean ``path`` into ``text_out`` and ``meta_out``; ``resume`` allows keeping outputs
    that an earlier run made from the same bytes with the same rules. The paths are absolute
    (a Dask worker may run in another folder); ``label`` is the path as the user gave it."""

    label: str
    path: Location
    text_out: Location
    meta_out: Location
    resume: bool
    corpus_source: str | None = None
    """The source whose learned repeated lines apply (``--learn-repeats``): the folder."""


def clean_file(cleaner: Cleaner, job: FileJob) -> Outcome:
    """Clean one file into its outputs: the text first, then the sidecar, which marks it done."""
    outcome = Outcome()
    try:
        loaded = read_path(job.path)
    except InputError as err:
        outcome.fail(job.label, None, str(err))
        return outcome
    # the sidecar names the file as the user did, whatever folder this worker runs in
    loaded = loaded._replace(source=loaded.source._replace(path=job.label))
    previous = current_sidecar(job.meta_out, loaded.source.sha256, cleaner.rules_sha256)
    if job.resume and previous is not None:
        output_bytes = _intact_size(job.text_out, previous)
        if output_bytes is not None:
            bytes_in = loaded.source.bytes or 0
            outcome.tally.add_document(previous, bytes_in, output_bytes, resumed=True)
            return outcome
    result = cleaner.clean_source(loaded.text, loaded.source, corpus_source=job.corpus_source)
    data = result.text.encode("utf-8")
    sidecar = result.meta.to_dict()
    try:  # outputs, not the user's files: no fsync, resume checks them instead
        write_atomic(job.text_out, data, durable=False)
        write_atomic(job.meta_out, sidecar_json(sidecar), durable=False)
    except OSError as err:
        outcome.fail(job.label, None, f"cannot write {err.filename or 'output'}: {err.strerror}")
        return outcome
    outcome.tally.add_document(sidecar, loaded.source.bytes or 0, len(data))
    return outcome


def _intact_size(text_out: Location, sidecar: dict[str, Any]) -> int | None:
    """The size of the clean text if it is the one the sidecar describes, else ``None``:
    outputs are written without fsync, so after a power loss one may be empty or stale."""
    try:
        data = text_out.read_bytes()
    except OSError:
        return None
    output = sidecar.get("output")
    expected = output.get("sha256") if isinstance(output, dict) else None
    return len(data) if sha256_hex(data) == expected else None


def current_sidecar(
    meta_path: Location, sha256: str | None, rules_sha256: str
) -> dict[str, Any] | None:
    """The sidecar at ``meta_path`` if it records this input, tool version and rules hash."""
    try:
        sidecar = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if is_current(sidecar, sha256, rules_sha256):
        return sidecar  # type: ignore[no-any-return]
    return None


def is_current(sidecar: Any, sha256: str | None, rules_sha256: str) -> bool:
    """Whether a sidecar was made from input ``sha256`` by this version with these rules."""
    if not isinstance(sidecar, dict):
        return False
    source, tool = sidecar.get("source"), sidecar.get("tool")
    return (
        isinstance(source, dict)
        and isinstance(tool, dict)
        and sha256 is not None
        and source.get("sha256") == sha256
        and tool.get("version") == __version__
        and tool.get("rules_sha256") == rules_sha256
    )
