"""``news-cleaner check``: report the junk in files without changing them.

The work lives here rather than in ``cleaner.cli`` so that it runs without typer. A
pre-commit hook starts ``news-cleaner check FILE...`` on every commit, and building the typer
app (importing it and turning the commands into click parameters) was about a third of what
such a start cost (``benchmarks/startup.py``: 0.05 of 0.15 s). ``cleaner.launch`` runs that
plain form, paths and no options, straight through ``main`` here; every other command line,
``check`` with options included, goes through typer, whose ``check`` command calls the same
``run_check``. So the two ways print the same lines and exit with the same codes;
``tests/test_hook_commands.py`` compares them.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from typing import NoReturn

from cleaner.command_support import (
    EXIT_ERROR,
    EXIT_FOUND,
    EXIT_OK,
    USAGE_ERRORS,
    ConfigCleaners,
    CorpusVerdict,
    complain,
    exit_with,
    load_input,
    say,
)
from cleaner.engine import Cleaner
from cleaner.outputs import InputFile, expand_inputs
from cleaner.project_config import Overrides, Settings
from cleaner.reading import InputError
from cleaner.report import check_lines, record_check_lines, unified_diff


def main(paths: Sequence[str]) -> NoReturn:
    """``news-cleaner check PATH...`` with no options, as the launcher runs it."""
    exit_with(lambda: run_check(paths, Overrides()))


def run_check(paths: Sequence[str], overrides: Overrides, *, diff: bool = False) -> int:
    """Print ``path:line: rule-id category: "text"`` for every run of junk lines in ``paths``
    (or, with ``diff``, the patch ``fix`` would apply); the exit code: 1 if junk was found,
    0 if every file is clean, 2 on a usage or input error."""
    try:
        cleaners = ConfigCleaners(overrides)
        inputs = expand_inputs(paths, select=cleaners.finder.selects)
        work = [(item, cleaners.for_input(item)) for item in inputs]
    except USAGE_ERRORS as err:
        complain(f"error: {err}")
        return EXIT_ERROR
    found = failed = False
    for item, cleaner in work:
        if item.is_jsonl and item.path is not None:
            corpus = _check_corpus(cleaner, item, cleaners.finder.for_path(item.path), diff)
            found, failed = found or corpus.found, failed or corpus.failed
            continue
        try:
            loaded = load_input(item)
        except InputError as err:
            failed = True
            complain(str(err))
            continue
        result = cleaner.clean_source(loaded.text, loaded.source)
        found = found or result.changed
        if diff:
            say(unified_diff(item.label, loaded.text, result.text), end="")
        else:
            for line in check_lines(item.label, result.meta.removed):
                say(line)
    return EXIT_ERROR if failed else EXIT_FOUND if found else EXIT_OK


def _check_corpus(
    cleaner: Cleaner, item: InputFile, settings: Settings, diff: bool
) -> CorpusVerdict:
    """``check`` on a JSONL shard: each record's junk as ``path:line: ...``, streaming."""
    from cleaner.corpus_inplace import check_corpus
    from cleaner.jsonl import RecordFields

    path = item.local_path
    assert path is not None
    verdict = CorpusVerdict()
    fields = RecordFields(text=settings.text_field)
    try:
        for record in check_corpus(cleaner, path, item.label, fields):
            if record.result is None or record.document is None:
                verdict.failed = True
                complain(f"{item.label}:{record.number}: {record.error}")
                continue
            if not record.result.changed:
                continue
            verdict.found = True
            if diff:
                where = f"{item.label}:{record.number}"
                say(unified_diff(where, record.document.text, record.result.text), end="")
            else:
                removed = record.result.meta.removed
                for line in record_check_lines(item.label, record.number, removed):
                    say(line)
    except (OSError, EOFError, zlib.error) as err:
        verdict.failed = True
        complain(f"{item.label}: cannot read: {err}")
    return verdict
