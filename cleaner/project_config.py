"""Project defaults from ``[tool.news-cleaner]``, overridden by the command line.

A data repository pins its cleaning setup the way it pins ruff or black: in the nearest
``pyproject.toml`` (or a ``news-cleaner.toml`` holding the same table at top level). Each
resolved value remembers where it came from, so that a run can explain its own setup.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cleaner.config import CleanerConfig

PYPROJECT = "pyproject.toml"
OWN_CONFIG = "news-cleaner.toml"
TABLE = "news-cleaner"
DEFAULT = "default"
COMMAND_LINE = "command line"


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Overrides:
    """What the command line said; ``None`` means "not given, use the config or the default"."""

    rules: tuple[Path, ...] | None = None
    disable: tuple[str, ...] | None = None
    keep_title: bool | None = None
    lang: str | None = None


@dataclass(frozen=True)
class Settings:
    """The options a run uses, and for each key (kebab-case) where its value came from:
    a config file's path, ``"command line"`` or ``"default"``."""

    rules: tuple[Path, ...] = ()
    disable: frozenset[str] = frozenset()
    keep_title: bool = False
    lang: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    config_file: Path | None = None
    origins: Mapping[str, str] = field(default_factory=dict)

    def cleaner_config(self) -> CleanerConfig:
        return CleanerConfig(
            rules_dirs=self.rules,
            disabled=self.disable,
            keep_title=self.keep_title,
            lang=self.lang,
        )


def _string_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


# key -> (check, what the message calls the expected type)
_SCHEMA: dict[str, tuple[Callable[[Any], bool], str]] = {
    "rules": (_string_list, "a list of directories"),
    "disable": (_string_list, "a list of rule ids"),
    "keep-title": (lambda value: isinstance(value, bool), "true or false"),
    "lang": (lambda value: isinstance(value, str), "a string"),
    "include": (_string_list, "a list of glob patterns"),
    "exclude": (_string_list, "a list of glob patterns"),
}


def find_config(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest config at or above ``start``, and its news-cleaner table.

    In each directory ``news-cleaner.toml`` comes first; a ``pyproject.toml`` counts only if
    it has a ``[tool.news-cleaner]`` table, otherwise the search goes on upwards.
    """
    directory = start.resolve()
    if not directory.is_dir():
        directory = directory.parent
    for folder in (directory, *directory.parents):
        own = folder / OWN_CONFIG
        if own.is_file():
            return own, _load_toml(own)
        pyproject = folder / PYPROJECT
        if pyproject.is_file():
            tool = _load_toml(pyproject).get("tool")
            table = tool.get(TABLE) if isinstance(tool, dict) else None
            if table is not None:
                if not isinstance(table, dict):
                    raise ConfigError(f"{pyproject}: [tool.{TABLE}] must be a table")
                return pyproject, table
    return None


def resolve_settings(overrides: Overrides, start: Path) -> Settings:
    """Defaults, then the nearest config found from ``start``, then the command line."""
    found = find_config(start)
    values: dict[str, Any] = {}
    origins = {key: DEFAULT for key in _SCHEMA}
    config_file = None
    if found is not None:
        config_file, table = found
        values = _validated(table, config_file)
        origins.update((key, str(config_file)) for key in values)
        if "rules" in values:
            values["rules"] = _rule_folders(values["rules"], config_file)
    given = {
        "rules": overrides.rules,
        "disable": overrides.disable,
        "keep-title": overrides.keep_title,
        "lang": overrides.lang,
    }
    for key, value in given.items():
        if value is not None:
            values[key] = value
            origins[key] = COMMAND_LINE
    return Settings(
        rules=tuple(values.get("rules", ())),
        disable=frozenset(values.get("disable", ())),
        keep_title=bool(values.get("keep-title", False)),
        lang=values.get("lang"),
        include=tuple(values.get("include", ())),
        exclude=tuple(values.get("exclude", ())),
        config_file=config_file,
        origins=origins,
    )


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: invalid TOML: {err}") from err
    except OSError as err:
        raise ConfigError(f"{path}: cannot read: {err.strerror or err}") from err


def _rule_folders(folders: list[str], config_file: Path) -> list[Path]:
    """Rule folders are relative to the config file, so the config works from any cwd."""
    resolved = [config_file.parent / folder for folder in folders]
    for folder in resolved:
        if not folder.is_dir():
            raise ConfigError(f"{config_file}: 'rules' folder not found: {folder}")
    return resolved


def _validated(table: dict[str, Any], path: Path) -> dict[str, Any]:
    for key, value in table.items():
        if key not in _SCHEMA:
            known = ", ".join(_SCHEMA)
            raise ConfigError(f"{path}: unknown key {key!r} in the news-cleaner table ({known})")
        check, expected = _SCHEMA[key]
        if not check(value):
            raise ConfigError(f"{path}: {key!r} must be {expected}, not {_toml_type(value)}")
    return dict(table)


def _toml_type(value: Any) -> str:
    names = {bool: "a boolean", int: "an integer", float: "a number", str: "a string"}
    if isinstance(value, list):
        return "a list with non-string items"
    if isinstance(value, dict):
        return "a table"
    return names.get(type(value), type(value).__name__)
