"""Rebuild the original input from clean text and its sidecar, byte for byte.

The sidecar lists every removed run of lines with its line numbers and verbatim text
(terminators included); the clean text holds the kept lines verbatim. Interleaving the two
by line number gives the input back, and the recorded sha256 proves it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from cleaner.digest import sha256_hex
from cleaner.segment import iter_lines


class RestoreError(Exception):
    """The clean text and the sidecar do not belong together (or one was edited)."""


def restore_text(clean_text: str, sidecar: Mapping[str, Any]) -> str:
    """The input text as it was before cleaning."""
    kept = _raw_lines(clean_text)
    parts: list[str] = []
    line = 1
    for removal in sorted(sidecar.get("removed", []), key=lambda r: int(r["start_line"])):
        start, end, text = int(removal["start_line"]), int(removal["end_line"]), removal["text"]
        if start < line or end < start:
            raise RestoreError(f"removal at lines {start}-{end} overlaps an earlier one")
        if sum(1 for _ in iter_lines(text)) != end - start + 1:
            raise RestoreError(
                f"removal at lines {start}-{end} does not hold {end - start + 1} lines"
            )
        while line < start:
            parts.append(_next_kept(kept, line))
            line += 1
        parts.append(text)
        line = end + 1
    parts.extend(kept)
    return "".join(parts)


def restore_bytes(clean_text: str, sidecar: Mapping[str, Any]) -> bytes:
    """The input bytes: the restored text in the source's encoding, checked against its sha256."""
    source = sidecar.get("source") or {}
    text = restore_text(clean_text, sidecar)
    encoding = source.get("encoding") or "utf-8"
    try:
        data = text.encode(encoding)
    except (LookupError, UnicodeEncodeError) as err:
        raise RestoreError(f"cannot encode the restored text as {encoding}: {err}") from None
    expected = source.get("sha256")
    if (
        source.get("format", "text") == "text"
        and expected
        and sha256_hex(data) != expected
    ):
        raise RestoreError("restored bytes do not match the sha256 in the sidecar")
    return data


def _raw_lines(text: str) -> Iterator[str]:
    return (line + newline for _, line, newline in iter_lines(text))


def _next_kept(kept: Iterator[str], line: int) -> str:
    try:
        return next(kept)
    except StopIteration:
        raise RestoreError(f"the clean text ends before input line {line}") from None
