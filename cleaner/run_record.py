"""``run.json``: what a batch run did, for people reading it and for ``report``.

Unlike sidecars it holds timings, so it is written once per run and never compared.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from cleaner.atomic import write_atomic
from cleaner.version import __version__

if TYPE_CHECKING:
    from cleaner.outputs import Location
    from cleaner.tally import Tally

RUN_SCHEMA = "news-cleaner/run/1"
RUN_FILE = "run.json"
ERRORS_FILE = "errors.jsonl"


def run_record(
    tally: Tally,
    *,
    rules_sha256: str,
    inputs: Sequence[str],
    options: Mapping[str, Any],
    seconds: float,
) -> dict[str, Any]:
    return {
        "schema": RUN_SCHEMA,
        "tool": {"version": __version__, "rules_sha256": rules_sha256},
        "inputs": list(inputs),
        "options": dict(options),
        **tally.summary(),
        "wall_seconds": round(seconds, 3),
        "documents_per_second": round(tally.documents / seconds, 1) if seconds > 0 else None,
    }


def write_run_record(out_dir: Location, record: Mapping[str, Any]) -> None:
    import json  # here: `check` and `fix` use this module's wording but write no run record

    text = json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_atomic(out_dir / RUN_FILE, text)


def summary_lines(tally: Tally, seconds: float) -> list[str]:
    """The end-of-run summary on stderr: counts, then removed lines by category."""
    rate = f", {tally.documents / seconds:.0f}/s" if seconds > 0 else ""
    head = f"{plural(tally.documents, 'document')} in {seconds:.1f}s{rate}: {tally.cleaned} cleaned"
    if tally.resumed:
        head += f", {tally.resumed} already done"
    if tally.failed:
        head += f", {tally.failed} failed"
    shrink = 1 - tally.bytes_out / tally.bytes_in if tally.bytes_in else 0.0
    lines = [
        head,
        f"{plural(tally.removed_lines, 'line')} removed from {plural(tally.changed, 'document')}"
        f" ({shrink:.1%} of {plural(tally.bytes_in, 'byte')})",
    ]
    lines.extend(
        f"  {category}: {count}" for category, count in tally.lines_by_category.most_common()
    )
    return lines


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
