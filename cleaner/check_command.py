"""``news-cleaner check``: report the junk in files without changing them.

The work lives here rather than in ``cleaner.cli`` so that it runs without typer. A
pre-commit hook starts ``news-cleaner check FILE...`` on every commit, and building the typer
app (importing it and turning the commands into click parameters) was a fifth of what such a
start cost (``benchmarks/startup.py``). ``cleaner.launch`` runs that plain form, paths and no
options, straight through ``main`` here; every other command line, ``check`` with options
included, goes through typer, whose ``check`` command calls the same ``run_check``. So the two
ways print the same lines and exit with the same codes; ``tests/test_check_command.py``
compares them.
"""

from __future__ import annotations

import errno
import os
import sys
import zlib
from collections.abc import Sequence
from typing import NoReturn, TextIO

from cleaner.command_support import ConfigCleaners, CorpusVerdict, load_input
from cleaner.engine import Cleaner
from cleaner.outputs import InputFile, UsageError, expand_inputs
from cleaner.project_config import ConfigError, Overrides, Settings
from cleaner.reading import InputError
from cleaner.report import check_lines, record_check_lines, unified_diff
from cleaner.rules import RuleError

EXIT_OK = 0
EXIT_FOUND = 1
EXIT_ERROR = 2
# typer's codes for a command whose reader went away, and for one that Ctrl-C stopped
EXIT_BROKEN_PIPE = 1
EXIT_INTERRUPTED = 130


def run_check(paths: Sequence[str], overrides: Overrides, *, diff: bool = False) -> int:
    """Print ``path:line: rule-id category: "text"`` for every run of junk lines in ``paths``
    (or, with ``diff``, the patch ``fix`` would apply); the exit code: 1 if junk was found,
    0 if every file is clean, 2 on a usage or input error."""
    try:
        cleaners = ConfigCleaners(overrides)
        inputs = expand_inputs(paths, select=cleaners.finder.selects)
        work = [(item, cleaners.for_input(item)) for item in inputs]
    except (UsageError, ConfigError, RuleError) as err:
        _error(f"error: {err}")
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
            _error(str(err))
            continue
        result = cleaner.clean_source(loaded.text, loaded.source)
        found = found or result.changed
        if diff:
            _say(unified_diff(item.label, loaded.text, result.text), end="")
        else:
            for line in check_lines(item.label, result.meta.removed):
                _say(line)
    return EXIT_ERROR if failed else EXIT_FOUND if found else EXIT_OK


def main(paths: Sequence[str]) -> NoReturn:
    """``news-cleaner check PATH...`` with no options, as the launcher runs it: like typer's
    run of the same command, a closed pipe ends it with 1 and Ctrl-C with 130, quietly."""
    try:
        code = run_check(paths, Overrides())
        if sys.stdout is not None:
            sys.stdout.flush()
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    except OSError as err:
        if err.errno != errno.EPIPE:
            raise
        # Nothing more can be said to a reader that went away; the interpreter's own flush
        # at exit would fail on the same pipe and print a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = EXIT_BROKEN_PIPE
    sys.exit(code)


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
                _error(f"{item.label}:{record.number}: {record.error}")
                continue
            if not record.result.changed:
                continue
            verdict.found = True
            if diff:
                where = f"{item.label}:{record.number}"
                _say(unified_diff(where, record.document.text, record.result.text), end="")
            else:
                removed = record.result.meta.removed
                for line in record_check_lines(item.label, record.number, removed):
                    _say(line)
    except (OSError, EOFError, zlib.error) as err:
        verdict.failed = True
        _error(f"{item.label}: cannot read: {err}")
    return verdict


def _say(text: str, end: str = "\n") -> None:
    _write(sys.stdout, text + end)


def _error(message: str) -> None:
    """One line on stderr, after what stdout holds so far: when a hook's two streams are
    read as one (as pre-commit shows them), each message stays beside the file it is about."""
    if sys.stdout is not None:
        sys.stdout.flush()
    _write(sys.stderr, message + "\n")
    if sys.stderr is not None:
        sys.stderr.flush()


def _write(stream: TextIO | None, text: str) -> None:
    """``text`` on ``stream``; what its encoding cannot hold (an ASCII locale and the "…" of
    an excerpt) as escapes rather than an error, and nothing when the stream was closed
    before the process started (``>&-``), as typer's echo does."""
    if stream is None:
        return
    try:
        stream.write(text)
    except UnicodeEncodeError:
        encoding = stream.encoding or "utf-8"
        stream.write(text.encode(encoding, "backslashreplace").decode(encoding))
