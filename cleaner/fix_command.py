"""``news-cleaner fix``: remove the junk from files in place, with a sidecar for each.

Like ``check`` (``cleaner.check_command``), the work lives outside ``cleaner.cli`` so that
the pre-commit hook's command line, ``news-cleaner fix FILE...``, runs without typer;
``cleaner.launch`` sends that plain form here and every other one to typer, whose ``fix``
command calls the same ``run_fix``.
"""

from __future__ import annotations

import contextlib
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from cleaner.atomic import write_atomic
from cleaner.command_support import (
    EXIT_ERROR,
    EXIT_FOUND,
    EXIT_OK,
    USAGE_ERRORS,
    ConfigCleaners,
    CorpusVerdict,
    complain,
    describe,
    exit_with,
    load_input,
    say,
)
from cleaner.engine import Cleaner
from cleaner.model import Result
from cleaner.outputs import InputFile, expand_inputs, plan_sidecars
from cleaner.project_config import Overrides, Settings
from cleaner.reading import InputError, Loaded, decode_bytes
from cleaner.run_record import plural


def main(paths: Sequence[str]) -> NoReturn:
    """``news-cleaner fix PATH...`` with no options, as the launcher runs it."""
    exit_with(lambda: run_fix(paths, Overrides()))


def run_fix(paths: Sequence[str], overrides: Overrides) -> int:
    """Rewrite each file of ``paths`` that holds junk, naming it on stdout with its sidecar;
    the exit code: 1 if a file changed, 0 if none did, 2 on a usage or input error."""
    try:
        cleaners = ConfigCleaners(overrides)
        inputs = expand_inputs(paths, select=cleaners.finder.selects)
        plan = plan_sidecars(inputs, lambda path: cleaners.finder.for_path(path).sidecars)
        work = [(item, sidecar, cleaners.for_input(item)) for item, sidecar in plan]
    except USAGE_ERRORS as err:
        complain(f"error: {err}")
        return EXIT_ERROR
    changed = failed = False
    for item, sidecar, cleaner in work:
        if item.is_jsonl and item.path is not None:
            corpus = _fix_corpus(cleaner, item, cleaners.finder.for_path(item.path), sidecar)
            changed, failed = changed or corpus.found, failed or corpus.failed
            continue
        try:
            loaded = load_input(item)
            if loaded.source.format == "html":
                say(f"left {item.label} as it is: fix rewrites text, not HTML pages")
                continue
            result = cleaner.clean_source(loaded.text, loaded.source)
            if not result.changed:
                continue
            _rewrite_in_place(item, loaded, result, sidecar)
        except (InputError, OSError) as err:
            failed = True
            complain(describe(item, err))
            continue
        changed = True
        lines = sum(r.end_line - r.start_line + 1 for r in result.meta.removed)
        say(f"fixed {item.label}: {plural(lines, 'line')} removed, {_sidecar_named(sidecar)}")
    return EXIT_ERROR if failed else EXIT_FOUND if changed else EXIT_OK


def _rewrite_in_place(
    item: InputFile, loaded: Loaded, result: Result, sidecar: Path | None
) -> None:
    """Sidecar first: if the run dies in between, the file is unchanged and a rerun redoes it."""
    assert item.path is not None  # plan_sidecars refuses stdin
    data = _encode_like_source(result.text, loaded.source.encoding)
    if loaded.compressed:
        import gzip

        data = gzip.compress(data, mtime=0)
    if sidecar is not None:
        write_atomic(sidecar, result.meta.to_json())
    write_atomic(item.path, data)


def _encode_like_source(text: str, encoding: str) -> bytes:
    """The source's encoding if reading the bytes back gives the same text, else UTF-8.

    Removing lines can change what encoding detection sees (a BOM line gone, fewer accented
    letters), so the round trip is checked rather than assumed: the next run must read
    exactly this text, or it would not be idempotent.
    """
    try:
        data = text.encode(encoding)
        if decode_bytes(data, None).text == text:
            return data
    except (UnicodeError, LookupError, InputError):
        pass
    return text.encode("utf-8")


def _fix_corpus(
    cleaner: Cleaner, item: InputFile, settings: Settings, sidecar: Path | None
) -> CorpusVerdict:
    """``fix`` on a JSONL shard: rewritten whole (with its sidecar lines) if a record changed."""
    from cleaner.corpus_inplace import fix_corpus
    from cleaner.jsonl import RecordFields

    path = item.local_path
    assert path is not None
    verdict = CorpusVerdict()
    fields = RecordFields(text=settings.text_field)
    try:
        fixed = fix_corpus(cleaner, path, item.label, fields, sidecar)
    except (OSError, EOFError, zlib.error) as err:
        complain(f"{item.label}: cannot fix: {err}")
        return CorpusVerdict(failed=True)
    for failure in fixed.failures:
        verdict.failed = True
        complain(f"{failure.path}:{failure.line}: {failure.reason}")
    if fixed.changed_records:
        verdict.found = True
        say(
            f"fixed {item.label}: {plural(fixed.removed_lines, 'line')} removed from"
            f" {plural(fixed.changed_records, 'record')}, {_sidecar_named(sidecar)}"
        )
    return verdict


def _sidecar_named(sidecar: Path | None) -> str:
    """The sidecar as git and pre-commit show paths: relative when below the current folder
    (git may not track it yet, so the line tells the user what to add)."""
    if sidecar is None:
        return "no sidecar"
    shown = str(sidecar)
    if sidecar.is_absolute():
        with contextlib.suppress(ValueError):
            shown = str(sidecar.relative_to(Path.cwd().resolve()))
    return f"sidecar {shown}"
