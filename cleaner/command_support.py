"""What the commands that work file by file share, apart from the command-line framework.

``check``, ``fix``, ``config`` and ``explain`` need the same plumbing: the settings of each
file (its nearest config), one ``Cleaner`` per config, and one input read with an error that
names it. None of it needs typer, so the launcher can run ``check`` on its own
(``cleaner.check_command``) and a pre-commit hook does not pay for building the whole CLI.
"""

from __future__ import annotations

import sys
from pathlib import Path

from cleaner.config import CleanerConfig
from cleaner.engine import Cleaner
from cleaner.outputs import STDIN, InputFile, UsageError
from cleaner.project_config import COMMAND_LINE, DEFAULT, Overrides, Settings, SettingsFinder
from cleaner.reading import InputError, Loaded, decode_bytes, read_path


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


class CorpusVerdict:
    """What checking or fixing one JSONL shard came to."""

    __slots__ = ("failed", "found")

    def __init__(self, found: bool = False, failed: bool = False) -> None:
        self.found = found
        self.failed = failed
