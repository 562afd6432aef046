"""Project defaults from ``[tool.news-cleaner]``, overridden by the command line.

A data repository pins its cleaning setup the way it pins ruff or black: in the nearest
``pyproject.toml`` (or a ``news-cleaner.toml`` holding the same table at top level) above
each file. Each resolved value remembers where it came from, so that a run can explain its
own setup (``news-cleaner config``).
"""

import os
import stat
from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from cleaner.config import CleanerConfig
from cleaner.digest import sha256_hex
from cleaner.globs import PathPatterns
from cleaner.outputs import SIDECARS_BESIDE, SIDECARS_NONE, SidecarPlacement
from cleaner.rule_cache import default_rule_cache

if TYPE_CHECKING:
    from cleaner.outputs import Location

PYPROJECT = "pyproject.toml"
OWN_CONFIG = "news-cleaner.toml"
TABLE = "news-cleaner"
DEFAULT = "default"
COMMAND_LINE = "command line"
DEFAULT_TEXT_FIELD = "text"


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the key."""


class Overrides(NamedTuple):
    """What the command line said; ``None`` means "not given, use the config or the default"."""

    rules: tuple[Path, ...] | None = None
    disable: tuple[str, ...] | None = None
    keep_title: bool | None = None
    lang: str | None = None
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] | None = None
    sidecars: str | None = None


class Settings(NamedTuple):
    """The options a run uses, and for each key (kebab-case) where its value came from:
    a config file's path, ``"command line"`` or ``"default"``.

    Globs and the sidecar folder are relative to the config file's folder when they come
    from it, and to the current folder when they come from the command line.
    """

    rules: tuple[Path, ...] = ()
    disable: frozenset[str] = frozenset()
    keep_title: bool = False
    lang: str | None = None
    include: PathPatterns = PathPatterns()
    exclude: PathPatterns = PathPatterns()
    sidecars: SidecarPlacement = SidecarPlacement()
    text_field: str = DEFAULT_TEXT_FIELD
    config_file: Path | None = None
    origins: Mapping[str, str] = MappingProxyType({})

    def cleaner_config(self) -> CleanerConfig:
        return CleanerConfig(
            rules_dirs=self.rules,
            disabled=self.disable,
            keep_title=self.keep_title,
            lang=self.lang,
        )

    def selects(self, path: "Location") -> bool:
        """Whether a file is processed: it matches ``include`` (if set) and not ``exclude``."""
        return self.why_skipped(path) is None

    def why_skipped(self, path: "Location") -> str | None:
        """Why the globs leave ``path`` out (naming the pattern), or ``None`` if they keep it."""
        if self.include and self.include.first_match(path) is None:
            return "matches no include pattern"
        excluded_by = self.exclude.first_match(path)
        return None if excluded_by is None else f"excluded by {excluded_by!r}"


def _string_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _name(value: Any) -> bool:
    return isinstance(value, str) and value != ""


# key -> (check, what the message calls the expected type)
_SCHEMA: dict[str, tuple[Callable[[Any], bool], str]] = {
    "rules": (_string_list, "a list of directories"),
    "disable": (_string_list, "a list of rule ids"),
    "keep-title": (lambda value: isinstance(value, bool), "true or false"),
    "lang": (lambda value: isinstance(value, str), "a string"),
    "include": (_string_list, "a list of glob patterns"),
    "exclude": (_string_list, "a list of glob patterns"),
    "sidecars": (_name, f'"{SIDECARS_BESIDE}", "{SIDECARS_NONE}" or a folder'),
    "text-field": (_name, "a field name"),
}
_Found = tuple[Path, dict[str, Any]] | None
"""A config file and its news-cleaner table, or nothing found."""
KEYS = tuple(_SCHEMA)
"""Every key of the news-cleaner table, in the order ``news-cleaner config`` shows them."""


def find_config(start: Path) -> _Found:
    """The nearest config at or above ``start``, and its news-cleaner table.

    In each directory ``news-cleaner.toml`` comes first; a ``pyproject.toml`` counts only if
    it has a ``[tool.news-cleaner]`` table, otherwise the search goes on upwards.
    """
    for folder in _folders_upwards(start):
        found = _config_in(folder)
        if found is not None:
            return found
    return None


def resolve_settings(overrides: Overrides, start: Path) -> Settings:
    """Defaults, then the nearest config found from ``start``, then the command line."""
    return SettingsFinder(overrides).for_path(start)


class SettingsFinder:
    """The settings of each file: its nearest config (as ruff does, so a data folder with its
    own config is cleaned by it whatever else a run names), then the command line.

    Config lookups are cached per folder and each config file is read once, so a pre-commit
    run that names thousands of files pays for each folder once.
    """

    def __init__(self, overrides: Overrides) -> None:
        self._overrides = overrides
        self._cwd = Path.cwd()
        self._config_of_folder: dict[Path, _Found] = {}
        self._settings_of_config: dict[Path | None, Settings] = {}
        self._resolved_parents: dict[Path, Path] = {}

    def for_path(self, path: "Location") -> Settings:
        """A URL has no config above it: it gets the current folder's."""
        found = self._nearest_config(path if isinstance(path, Path) else self._cwd)
        config_file = found[0] if found is not None else None
        settings = self._settings_of_config.get(config_file)
        if settings is None:
            settings = _settings(self._overrides, found, self._cwd)
            self._settings_of_config[config_file] = settings
        return settings

    def selects(self, path: "Location") -> bool:
        return self.for_path(path).selects(path)

    def _nearest_config(self, path: Path) -> _Found:
        unknown: list[Path] = []
        found: _Found = None
        for folder in self._folders_upwards(path):
            if folder in self._config_of_folder:
                found = self._config_of_folder[folder]
                break
            unknown.append(folder)
            found = _config_in(folder)
            if found is not None:
                break
        for folder in unknown:
            self._config_of_folder[folder] = found
        return found

    def _folders_upwards(self, start: Path) -> list[Path]:
        """The folders from the one holding ``start`` (resolved) up to the root.

        A plain file's folder is its parent's: resolved once per parent, as a tree of
        thousands of files would otherwise resolve every one of them, folder by folder.
        """
        if not _is_plain_file(start):
            return _folders_upwards(start)
        directory = self._resolved_parents.get(start.parent)
        if directory is None:
            directory = self._resolved_parents[start.parent] = start.parent.resolve()
        return [directory, *directory.parents]


def _folders_upwards(start: Path) -> list[Path]:
    directory = start.resolve()
    if not directory.is_dir():
        directory = directory.parent
    return [directory, *directory.parents]


def _is_plain_file(path: Path) -> bool:
    """A regular file that is not a symbolic link (a link is found where it points)."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _config_in(folder: Path) -> _Found:
    """The config file of this one folder and its news-cleaner table, if it has one."""
    own = folder / OWN_CONFIG
    if own.is_file():
        return own, _table_of(own, _read(own), whole=True)
    pyproject = folder / PYPROJECT
    if pyproject.is_file():
        data = _read(pyproject)
        if not _may_hold_table(data):
            return None
        table = _table_of(pyproject, data, whole=False)
        if table is not None:
            if not isinstance(table, dict):
                raise ConfigError(f"{pyproject}: [tool.{TABLE}] must be a table")
            return pyproject, table
    return None


def _settings(overrides: Overrides, found: _Found, cwd: Path) -> Settings:
    values: dict[str, Any] = {}
    origins = dict.fromkeys(_SCHEMA, DEFAULT)
    bases = dict.fromkeys(_SCHEMA, cwd)
    config_file = None
    if found is not None:
        config_file, table = found
        values = _validated(table, config_file)
        origins.update((key, str(config_file)) for key in values)
        bases.update((key, config_file.parent) for key in values)
        if "rules" in values:
            values["rules"] = _rule_folders(values["rules"], config_file)
    given = {
        "rules": overrides.rules,
        "disable": overrides.disable,
        "keep-title": overrides.keep_title,
        "lang": overrides.lang,
        "include": overrides.include,
        "exclude": overrides.exclude,
        "sidecars": overrides.sidecars,
    }
    for key, value in given.items():
        if value is not None:
            values[key] = value
            origins[key] = COMMAND_LINE
            bases[key] = cwd
    return Settings(
        rules=tuple(values.get("rules", ())),
        disable=frozenset(values.get("disable", ())),
        keep_title=bool(values.get("keep-title", False)),
        lang=values.get("lang"),
        include=PathPatterns(tuple(values.get("include", ())), bases["include"]),
        exclude=PathPatterns(tuple(values.get("exclude", ())), bases["exclude"]),
        sidecars=SidecarPlacement(values.get("sidecars", SIDECARS_BESIDE), bases["sidecars"]),
        text_field=values.get("text-field", DEFAULT_TEXT_FIELD),
        config_file=config_file,
        origins=origins,
    )


_TOOL_KEY = rb"""^[ \t]*\[{0,2}[ \t]*["']?tool["']?[ \t]*(?:\.[ \t]*["']?news-cleaner|\]|=)"""
"""Where a ``tool.news-cleaner`` table can start: a ``[tool.news-cleaner...]`` header, a
``[tool]`` header, a ``tool = {...}`` inline table or a ``tool.news-cleaner...`` dotted key."""


def _may_hold_table(pyproject: bytes) -> bool:
    """Whether a pyproject.toml may hold the news-cleaner table, without parsing it.

    Most projects' pyproject has no such table, and one that lists news-cleaner as a
    dependency names it without configuring it; parsing TOML (and importing tomllib) was a
    twentieth of a check of one file. Whatever this lets through is parsed as usual, so a
    line that only looks like a table costs a parse, never a setting; so does a file that is
    not plain UTF-8 (a byte-order mark, UTF-16) or that may spell a key with escapes.
    """
    if pyproject.startswith(b"\xef\xbb\xbf") or b"\0" in pyproject:
        return True
    if b"\\u" in pyproject or b"\\U" in pyproject:
        return True
    if TABLE.encode() not in pyproject:
        return False
    import re

    return re.search(_TOOL_KEY, pyproject, re.MULTILINE) is not None


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as err:
        raise ConfigError(f"{path}: cannot read: {err.strerror or err}") from err


def _table_of(path: Path, data: bytes, *, whole: bool) -> Any:
    """The news-cleaner table of a config file: the ``whole`` of a news-cleaner.toml, or the
    ``tool.news-cleaner`` value of a pyproject.toml (``None`` if it has none).

    Parsed once per content: the table is kept in the rule cache (``cleaner.rule_cache``)
    under the sha256 of the file's bytes, so that a pre-commit check in a configured
    repository does not import tomllib (about 2 ms, a thirtieth of the check). Only plain
    values are kept (a TOML date is an object the cache does not store); a file
    that does not parse is never kept, so its error is reported on every run.
    """
    cache = default_rule_cache()
    key = f"config:{'whole' if whole else 'pyproject'}:{sha256_hex(data)}"
    entry = cache.lookup(key)
    if entry is not None and _cached_table_fits(entry.get("table"), whole):
        return entry["table"]
    document = _parse_toml(path, data)
    if whole:
        table: Any = document
    else:
        tool = document.get("tool")
        table = tool.get(TABLE) if isinstance(tool, dict) else None
    if _plain(table):
        cache.store(key, {"table": table})
        cache.save()
    return table


def _cached_table_fits(table: Any, whole: bool) -> bool:
    """Whether a table read back from the cache has a shape that parsing could have given
    (a damaged entry is parsed again instead)."""
    return (isinstance(table, dict) or (table is None and not whole)) and _plain(table)


def _plain(value: Any) -> bool:
    """Strings, numbers, booleans, lists and string-keyed tables of them (or None)."""
    if value is None or isinstance(value, str | int | float | bool):
        return True
    if isinstance(value, list):
        return all(_plain(item) for item in value)
    if isinstance(value, dict):
        return all(isinstance(key, str) and _plain(item) for key, item in value.items())
    return False


def _parse_toml(path: Path, data: bytes) -> dict[str, Any]:
    """The TOML document; tomllib is imported here, as most runs find no config to parse."""
    import tomllib

    try:
        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as err:
        raise ConfigError(f"{path}: invalid TOML: not UTF-8 ({err.reason})") from err
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: invalid TOML: {err}") from err


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
    if value == "":
        return "an empty string"
    names = {bool: "a boolean", int: "an integer", float: "a number", str: "a string"}
    if isinstance(value, list):
        return "a list with non-string items"
    if isinstance(value, dict):
        return "a table"
    return names.get(type(value), type(value).__name__)
