"""The original lines of each sampled document, each one marked kept or removed (and by what).

Only the sampled documents' texts are ever read, after the streaming pass has chosen them:
a ``.txt`` + ``.meta.json`` pair is read whole, the records of a JSONL output are picked out
of their files in one pass per file. The original comes from ``restore_text`` (clean text +
sidecar); when that is impossible (text missing or edited), the removed lines alone are shown
with a note that says why.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cleaner.restore import RestoreError, restore_text
from cleaner.review.run_folder import Location, open_lines, record_text
from cleaner.segment import iter_lines


@dataclass(frozen=True, slots=True)
class Mark:
    """A removed line: its rule and category; ``first`` on the first line of its run."""

    rule: str
    category: str
    first: bool


@dataclass(frozen=True, slots=True)
class SampleLine:
    number: int
    text: str
    mark: Mark | None


@dataclass(frozen=True)
class SampleText:
    """A document's lines as the rules saw them; ``note`` says why some may be missing."""

    lines: tuple[SampleLine, ...]
    note: str | None = None


def load_texts(locations: Iterable[Location], text_field: str) -> list[SampleText]:
    """The sample texts, in the order of ``locations``."""
    wanted = list(locations)
    texts: dict[int, SampleText] = {}
    records: dict[str, dict[int, int]] = defaultdict(dict)
    for index, location in enumerate(wanted):
        if location.line is None:
            texts[index] = _file_text(location)
        else:
            records[location.sidecar][location.line] = index
    for sidecars, lines in records.items():
        aligned = wanted[next(iter(lines.values()))].text
        for line, text in _record_texts(sidecars, aligned, set(lines), text_field).items():
            texts[lines[line]] = text
    missing = SampleText((), "the document is no longer in the output folder")
    return [texts.get(index, missing) for index in range(len(wanted))]


def marked_lines(
    clean_text: str | None,
    meta: Mapping[str, Any],
    missing: str = "the clean text is not in the output folder",
) -> SampleText:
    """Every line of the original with its mark, rebuilt from clean text and sidecar.

    Without the clean text, the removed lines alone, with ``missing`` as the reason.
    """
    if clean_text is None:
        return _removed_only(meta, missing)
    try:
        original = restore_text(clean_text, meta)
    except (RestoreError, KeyError, TypeError, ValueError) as err:
        return _removed_only(meta, f"the original could not be rebuilt ({err})")
    marks = _marks(meta)
    return SampleText(
        tuple(
            SampleLine(number, text, marks.get(number))
            for number, (_, text, _) in enumerate(iter_lines(original), 1)
        )
    )


def _marks(meta: Mapping[str, Any]) -> dict[int, Mark]:
    marks: dict[int, Mark] = {}
    for run in meta.get("removed") or ():
        start, end = int(run["start_line"]), int(run["end_line"])
        for number in range(start, end + 1):
            marks[number] = Mark(str(run["rule"]), str(run["category"]), number == start)
    return marks


def _removed_only(meta: Mapping[str, Any], note: str) -> SampleText:
    """The removed lines alone, numbered as in the original (the kept ones are unknown)."""
    lines: list[SampleLine] = []
    try:
        for run in sorted(meta.get("removed") or (), key=lambda run: int(run["start_line"])):
            start = int(run["start_line"])
            for offset, (_, text, _) in enumerate(iter_lines(str(run["text"]))):
                mark = Mark(str(run["rule"]), str(run["category"]), offset == 0)
                lines.append(SampleLine(start + offset, text, mark))
    except (KeyError, TypeError, ValueError):
        return SampleText((), note)
    return SampleText(tuple(lines), f"{note}; only the removed lines are shown")


def _file_text(location: Location) -> SampleText:
    try:
        meta = json.loads(Path(location.sidecar).read_bytes())
    except (OSError, ValueError) as err:
        return SampleText((), f"the sidecar cannot be read ({err})")
    clean = None
    if location.text is not None:
        try:
            clean = Path(location.text).read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as err:
            return _removed_only(meta, f"the clean text cannot be read ({err})")
    return marked_lines(clean, meta)


def _record_lines(raw: bytes, record: bytes | None, text_field: str) -> SampleText:
    meta = json.loads(raw)
    if record is None:
        return marked_lines(None, meta)
    missing = f"the output record has no text in {text_field!r}"
    return marked_lines(record_text(record, text_field), meta, missing)


def _record_texts(
    sidecars: str, aligned: str | None, wanted: set[int], text_field: str
) -> dict[int, SampleText]:
    """The wanted records of one JSONL output, reading its two files once, in step."""
    found: dict[int, SampleText] = {}
    last = max(wanted)
    try:
        with open_lines(sidecars) as metas:
            records = open_lines(aligned) if aligned is not None else None
            try:
                for number, raw in enumerate(metas, 1):
                    record = next(records, None) if records is not None else None
                    if number in wanted:
                        found[number] = _record_lines(raw, record, text_field)
                    if number == last:
                        break
            finally:
                if records is not None:
                    records.close()
    except (OSError, EOFError, ValueError) as err:
        reason = SampleText((), f"the JSONL output cannot be read ({err})")
        return {number: found.get(number, reason) for number in wanted}
    return found
