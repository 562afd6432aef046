"""What the commands that work file by file share, apart from the command-line framework.

``check``, ``fix``, ``config`` and ``explain`` need the same plumbing: the settings of each
file (its nearest config), one ``Cleaner`` per config, one input read with an error that
names it, and lines on stdout and stderr. None of it needs typer, so the launcher can run the
pre-commit hooks' commands on their own (``cleaner.check_command``, ``cleaner.fix_command``)
and a hook does not pay for building the whole CLI.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn, TextIO

from cleaner.config import CleanerConfig
from cleaner.engine import Cleaner
from cleaner.outputs import STDIN, InputFile, UsageError
from cleaner.project_config import (
    COMMAND_LINE,
    DEFAULT,
    ConfigError,
    Overrides,
    Settings,
    SettingsFinder,
)
from cleaner.reading import InputError, Loaded, decode_bytes, read_path
from cleaner.rules import RuleError

EXIT_OK = 0
EXIT_FOUND = 1
EXIT_ERROR = 2
USAGE_ERRORS = (UsageError, ConfigError, RuleError)
"""What ends a command with exit 2 and one line on stderr: a bad option, config or rule file."""


class ConfigCleaners:
    """The settings of each file (its nearest config) and one ``Cleaner`` per config, so a
    pre-commit run over a repository with nested configs loads each rule set once."""

    def __init__(self, overrides: Overrides) -> None:
        self.finder = SettingsFinder(overrides)
        self._cleaners: dict[Path | None, Cleaner] = {}

    def for_input(self, item: InputFile) -> Cleaner:
        return self.for_settings(self.finder.for_path(item.path or Path.cwd()))

    def for_settings(self, settings: Settings) -> Cleaner:
        cleaner = self._cleaners.get(settings.config_file)
        if cleaner is None:
            cleaner = cleaner_from(settings.cleaner_config(), settings)
            self._cleaners[settings.config_file] = cleaner
        return cleaner


def cleaner_from(config: CleanerConfig, settings: Settings) -> Cleaner:
    """Load the rules; an unknown rule id or language names the config file that set it.

    A typo in the language would silently turn off every language's patterns: refused too.
    """
    try:
        cleaner = Cleaner(config)
    except ValueError as err:  # e.g. --disable with an unknown rule id
        raise UsageError(from_origin(settings, "disable", str(err))) from err
    known = sorted({language for rule in cleaner.rules for language in rule.languages} - {"any"})
    if config.lang is not None and config.lang not in known:
        reason = f"no rule has patterns for language {config.lang!r} (known: {', '.join(known)})"
        raise UsageError(from_origin(settings, "lang", reason))
    return cleaner


def from_origin(settings: Settings, key: str, message: str) -> str:
    """Prefix ``message`` with the config file and key, when a config file set that key."""
    origin = settings.origins.get(key, DEFAULT)
    return message if origin in (COMMAND_LINE, DEFAULT) else f"{origin}: {key!r}: {message}"


def load_input(item: InputFile) -> Loaded:
    """Read one document (stdin for ``-``); every failure is an ``InputError`` that names it."""
    try:
        if item.path is None:
            loaded = decode_bytes(sys.stdin.buffer.read(), STDIN)
        else:
            loaded = read_path(item.path)
    except InputError as err:
        raise InputError(f"{item.label}: {err}") from err
    return loaded


def describe(item: InputFile, err: Exception) -> str:
    """One line naming the document; reading errors name it already, so OSError is a write."""
    if isinstance(err, OSError):
        return f"{item.label}: cannot write {err.filename or 'output'}: {err.strerror or err}"
    return str(err)


class CorpusVerdict:
    """What checking or fixing one JSONL shard came to."""

    __slots__ = ("failed", "found")

    def __init__(self, found: bool = False, failed: bool = False) -> None:
        self.found = found
        self.failed = failed


# typer's codes for a command whose reader went away, and for one that Ctrl-C stopped
EXIT_BROKEN_PIPE = 1
EXIT_INTERRUPTED = 130


def exit_with(command: Callable[[], int]) -> NoReturn:
    """Run a command outside typer and exit with its code; like typer's run of a command, a
    closed pipe ends it with 1 and Ctrl-C with 130, quietly."""
    try:
        code = command()
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


def say(text: str, end: str = "\n") -> None:
    """``text`` on stdout."""
    _write(sys.stdout, text + end)


def complain(message: str) -> None:
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
