"""Rule packs: junk families described as data in TOML files, loaded and compiled once.

A rule file names its id, category, where it may fire (head | tail | anywhere), its patterns
per language and its own examples. Patterns run under the ``regex`` module with a timeout so
that a user's catastrophic pattern degrades to a warning instead of hanging a batch.
"""

import contextlib
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from cleaner.digest import sha256, sha256_hex
from cleaner.needed_text import Needs, fold, needed_strings
from cleaner.regex_cache import compile_regex
from cleaner.rule_cache import Entry, default_rule_cache

if TYPE_CHECKING:
    import tomllib

ZONES = ("head", "tail", "anywhere")
KINDS = ("line", "list", "heuristic")
CATEGORIES = (
    "section",
    "title",
    "byline",
    "date",
    "reading-time",
    "related",
    "read-more",
    "comments",
    "share",
    "newsletter",
    "ad",
    "caption",
    "tags",
    "copyright",
    "navigation",
    "promo",
    "boilerplate",
    "repeated",
)
HARVEST_GROUPS = ("value", "headline", "category", "age", "url")
"""The named groups a pattern may capture: the value of the rule's harvest field, and the
parts of a related story."""
HARVEST_FIELDS = (
    "section",
    "title",
    "byline",
    "published",
    "reading_time",
    "comment_count",
    "tags",
    "related",
)
DEFAULT_MAX_WORDS = 40
PATTERN_FLAGS = regex.IGNORECASE | regex.V0
_GROUP_REFERENCE = compile_regex(r"\\[1-9]|\\g<|\(\?[-+]?\d|\(\?&|\(\?P[>=]|\(\?R\)")
_KNOWN_KEYS = {
    "requires",
    "id",
    "category",
    "where",
    "kind",
    "description",
    "max_words",
    "harvest",
    "patterns",
    "items",
    "examples",
    "vocab",
    "beside",
}
_PLACEHOLDER = compile_regex(r"(?<!\\[pPN])\{([a-z][a-z0-9_]+)\}")
_RULE_ID = compile_regex(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class RuleError(Exception):
    """A rule file that cannot be used; the message names the file (and line when known)."""

    def __init__(self, path: Path, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")


class ListItems(NamedTuple):
    """Limits on the items that follow a list header."""

    max_words: int = 25
    min_items: int = 1
    max_items: int = 0
    """At most this many items (0: no limit): a box that links one story per header."""


DEFAULT_ITEMS = ListItems()


class Examples(NamedTuple):
    junk: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    documents: tuple[tuple[str, tuple[str, ...]], ...] = ()


class Rule(NamedTuple):
    """One junk family. ``patterns`` maps a language code to its regular expressions.

    ``bundled`` rules ship with news-cleaner and are tested against catastrophic inputs, so
    their matches skip the per-call timeout (which costs about a microsecond a call); rules
    from ``--rules`` folders always run under it.
    """

    id: str
    category: str
    where: tuple[str, ...]
    kind: str
    description: str
    path: Path
    patterns: Mapping[str, tuple[str, ...]]
    max_words: int = DEFAULT_MAX_WORDS
    harvest: str | None = None
    requires: tuple[str, ...] = ()
    bundled: bool = False
    items: ListItems = ListItems()
    examples: Examples = Examples()
    file_sha256: str = ""
    """The sha256 of the rule file's bytes as they were loaded (see ``rules_fingerprint``)."""
    needs: Mapping[str, tuple[Needs, ...]] = {}
    """Per language, what a line must hold for each pattern to match it
    (``cleaner.needed_text``), in the order of ``patterns``."""
    beside: Mapping[str, tuple[str, ...]] = {}
    """Per language, patterns of lines the rule removes only next to a line it removes: a
    video player's "Cancel" or a sign-up box's "Your Email" is junk among the player's or
    the box's other lines and may be the article's own words anywhere else."""
    beside_needs: Mapping[str, tuple[Needs, ...]] = {}
    """What a line must hold for each ``beside`` pattern, as ``needs`` is for ``patterns``:
    read once with the rule (and kept in the rule cache), not at each start."""

    def beside_only(self) -> "Rule":
        """The rule with its ``beside`` patterns as its only patterns (and no ``requires``
        gate), for the matcher of the lines next to its removals."""
        return self._replace(patterns=self.beside, requires=(), needs=self.beside_needs)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang in self.patterns if self.patterns[lang])

    def fires_in(self, zone: str) -> bool:
        """Whether the rule may remove a line in ``zone`` (head, body or tail)."""
        return "anywhere" in self.where or zone in self.where

    def pattern_texts(self, lang: str | None = None) -> list[str]:
        """The patterns of the wanted languages (all of them when ``lang`` is None)."""
        return [
            pattern
            for language, patterns in self.patterns.items()
            if lang is None or language in ("any", lang)
            for pattern in patterns
        ]

    def pattern_needs(self, lang: str | None = None) -> list[Needs]:
        """What each of ``pattern_texts(lang)`` needs a line to hold."""
        return [
            needs
            for language, patterns in self.patterns.items()
            if lang is None or language in ("any", lang)
            for needs in self.needs.get(language, ((),) * len(patterns))
        ]

    def alternation(self, lang: str | None = None) -> str | None:
        """All patterns of the wanted languages as one alternation's text (None if none)."""
        chosen = self.pattern_texts(lang)
        return _alternation(chosen) if chosen else None

    def compile(self, lang: str | None = None) -> regex.Pattern[str] | None:
        """All patterns of the wanted languages as one alternation (None if there are none)."""
        text = self.alternation(lang)
        return compile_regex(text, PATTERN_FLAGS) if text is not None else None


def builtin_rules_dir() -> Path:
    """The bundled packs: inside the wheel as ``cleaner/_rules``, in a checkout ``rules/``."""
    packaged = Path(__file__).resolve().parent / "_rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "rules"


def load_rules(dirs: Iterable[Path], builtin: bool = True) -> list[Rule]:
    """Every rule of the bundled packs (unless ``builtin`` is off) and of ``dirs``, in order.

    Files are read in name order, so results never depend on the file system's listing order.
    """
    folders = [(builtin_rules_dir(), True)] if builtin else []
    folders.extend((Path(d), False) for d in dirs)
    rules: list[Rule] = []
    seen: dict[str, Path] = {}
    try:
        for folder, bundled in folders:
            if not folder.is_dir():
                raise RuleError(folder, "rule folder not found")
            for path in sorted(folder.glob("*.toml")):
                rule = load_rule_file(path)._replace(bundled=bundled)
                if rule.id in seen:
                    where = seen[rule.id]
                    raise RuleError(path, f"rule id {rule.id!r} is already defined in {where}")
                seen[rule.id] = path
                rules.append(rule)
    finally:
        default_rule_cache().save()  # the files built before a bad one are good to keep
    return rules


def rules_fingerprint(rules: Iterable[Rule], settings: str) -> str:
    """sha256 over the rule files' contents and ``settings`` (the options that change
    results): a changed rule or option means a document must be redone.

    A file is represented by the sha256 it had when it was loaded, so the fingerprint
    describes the rules in use even if a file changes later, and the files are not read twice.
    """
    digest = sha256(settings.encode())
    for rule in rules:
        digest.update(rule.id.encode())
        digest.update((rule.file_sha256 or sha256_hex(rule.path.read_bytes())).encode())
    return digest.hexdigest()


def load_rule_file(path: Path) -> Rule:
    """Parse and validate one rule file; every problem becomes a ``RuleError``.

    A file with the same bytes as one built before comes from the rule cache
    (``cleaner.rule_cache``), already checked.
    """
    try:
        data = path.read_bytes()
    except OSError as err:
        raise RuleError(path, f"cannot read rule file: {err}") from None
    cache = default_rule_cache()
    digest = sha256_hex(data)
    entry = cache.lookup(digest)
    if entry is not None:
        with contextlib.suppress(AttributeError, KeyError, TypeError, ValueError):  # not a rule
            return rule_from_data(path, entry)._replace(file_sha256=digest)
    rule = _parse(path, data)
    cache.store(digest, rule_to_data(rule))
    return rule._replace(file_sha256=digest)


def _parse(path: Path, data: bytes) -> Rule:
    try:
        source = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise RuleError(path, f"cannot read rule file: {err}") from None
    import tomllib  # here: rule files built before come from the rule cache

    try:
        table = tomllib.loads(source)
    except tomllib.TOMLDecodeError as err:
        raise RuleError(path, f"TOML syntax error: {err}", _toml_error_line(err, source)) from None
    return _build_rule(path, table)


def rule_to_data(rule: Rule) -> Entry:
    """A built rule as plain data, for the rule cache (``path``, ``bundled`` and
    ``file_sha256`` are not kept: they belong to the file that was found, which the cache
    entry's key already names)."""
    return {
        "id": rule.id,
        "category": rule.category,
        "where": list(rule.where),
        "kind": rule.kind,
        "description": rule.description,
        "patterns": {language: list(group) for language, group in rule.patterns.items()},
        "beside": {language: list(group) for language, group in rule.beside.items()},
        "max_words": rule.max_words,
        "harvest": rule.harvest,
        "requires": list(rule.requires),
        "needs": _needs_to_data(rule.needs),
        "beside_needs": _needs_to_data(rule.beside_needs),
        "items": {
            "max_words": rule.items.max_words,
            "min_items": rule.items.min_items,
            "max_items": rule.items.max_items,
        },
        "examples": {
            "junk": list(rule.examples.junk),
            "keep": list(rule.examples.keep),
            "documents": [[text, list(removed)] for text, removed in rule.examples.documents],
        },
    }


def rule_from_data(path: Path, data: Entry) -> Rule:
    """The rule ``rule_to_data`` gave ``data`` for; AttributeError, KeyError or TypeError if
    ``data`` does not have that shape."""
    harvest = data["harvest"]
    examples = data["examples"]
    return Rule(
        id=_text(data["id"]),
        category=_text(data["category"]),
        where=_texts(data["where"]),
        kind=_text(data["kind"]),
        description=_text(data["description"]),
        path=path,
        patterns={_text(lang): _texts(group) for lang, group in data["patterns"].items()},
        beside={_text(lang): _texts(group) for lang, group in data["beside"].items()},
        max_words=_number(data["max_words"]),
        harvest=None if harvest is None else _text(harvest),
        requires=_texts(data["requires"]),
        needs=_needs_from_data(data["needs"]),
        beside_needs=_needs_from_data(data["beside_needs"]),
        items=ListItems(
            _number(data["items"]["max_words"]),
            _number(data["items"]["min_items"]),
            _number(data["items"]["max_items"]),
        ),
        examples=Examples(
            junk=_texts(examples["junk"]),
            keep=_texts(examples["keep"]),
            documents=tuple(
                (_text(text), _texts(removed)) for text, removed in examples["documents"]
            ),
        ),
    )


def _needs_to_data(needs: Mapping[str, tuple[Needs, ...]]) -> dict[str, list[list[str]]]:
    return {language: [list(strings) for strings in group] for language, group in needs.items()}


def _needs_from_data(data: Any) -> dict[str, tuple[Needs, ...]]:
    return {
        _text(lang): tuple(_texts(strings) for strings in group) for lang, group in data.items()
    }


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, not {type(value).__name__}")
    return value


def _texts(value: Any) -> tuple[str, ...]:
    """The strings of a list, checked in C (``map``, ``set``): a start-up reads some 30,000 of
    them from the rule cache, and a check per item in Python cost 4 ms of it."""
    if not isinstance(value, list):
        raise TypeError(f"expected a list, not {type(value).__name__}")
    if not set(map(type, value)) <= {str}:
        raise TypeError("expected a list of strings")
    return tuple(value)


def _number(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected an integer, not {type(value).__name__}")
    return value


def _toml_error_line(err: "tomllib.TOMLDecodeError", source: str) -> int:
    """The line tomllib complains about ("at line 3, column 5" or "at end of document")."""
    match = regex.search(r"line (\d+)", str(err))
    return int(match.group(1)) if match else source.count("\n") + 1


def _build_rule(path: Path, data: dict[str, Any]) -> Rule:
    unknown = sorted(set(data) - _KNOWN_KEYS)
    if unknown:
        raise RuleError(path, f"unknown key(s): {', '.join(unknown)}")
    rule_id = _require(path, data, "id", str)
    if not _RULE_ID.fullmatch(rule_id):
        raise RuleError(path, f"id {rule_id!r} must be kebab-case (a-z, 0-9, -)")
    category = _require(path, data, "category", str)
    if category not in CATEGORIES:
        raise RuleError(path, f"category {category!r} is not one of {', '.join(CATEGORIES)}")
    kind = data.get("kind", "line")
    if kind not in KINDS:
        raise RuleError(path, f"kind {kind!r} is not one of {', '.join(KINDS)}")
    where_value = data.get("where", "anywhere")
    where = (where_value,) if isinstance(where_value, str) else tuple(where_value)
    if not where or any(zone not in ZONES for zone in where):
        raise RuleError(
            path, f"where must be head, tail, anywhere or a list of them: {where_value!r}"
        )
    harvest = data.get("harvest")
    if harvest is not None and harvest not in HARVEST_FIELDS:
        raise RuleError(path, f"harvest {harvest!r} is not one of {', '.join(HARVEST_FIELDS)}")
    max_words = data.get("max_words", DEFAULT_MAX_WORDS)
    if not isinstance(max_words, int) or max_words < 1:
        raise RuleError(path, "max_words must be a positive integer")
    vocabulary = _vocabulary(path, data.get("vocab", {}))
    patterns = _patterns(path, data.get("patterns", {}), vocabulary)
    _check_compiles(path, patterns)
    beside = _patterns(path, data.get("beside", {}), vocabulary, "beside")
    if beside:
        _check_compiles(path, beside, "beside")
    if kind != "heuristic" and not any(patterns.values()):
        raise RuleError(path, "a line or list rule needs at least one pattern")
    items_data = data.get("items", {})
    items = ListItems(
        max_words=int(items_data.get("max_words", DEFAULT_ITEMS.max_words)),
        min_items=int(items_data.get("min_items", DEFAULT_ITEMS.min_items)),
        max_items=int(items_data.get("max_items", DEFAULT_ITEMS.max_items)),
    )
    return Rule(
        id=rule_id,
        category=category,
        where=where,
        kind=kind,
        description=str(data.get("description", "")).strip(),
        path=path,
        patterns=patterns,
        beside=beside,
        max_words=max_words,
        harvest=harvest,
        requires=_requires(path, data.get("requires", [])),
        needs=_needs(patterns),
        beside_needs=_needs(beside),
        items=items,
        examples=_examples(path, data.get("examples", {})),
    )


def _needs(patterns: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[Needs, ...]]:
    """Per language, what a line must hold for each pattern to match it."""
    return {
        language: tuple(needed_strings(pattern) for pattern in group)
        for language, group in patterns.items()
    }


def _requires(path: Path, data: Any) -> tuple[str, ...]:
    """Plain strings of which a line must hold one before the patterns are tried."""
    if not isinstance(data, list) or not all(isinstance(item, str) and item for item in data):
        raise RuleError(path, "requires must be a list of non-empty strings")
    return tuple(fold(item) for item in data)


def _require(path: Path, data: Mapping[str, Any], key: str, kind: type) -> Any:
    value = data.get(key)
    if not isinstance(value, kind):
        raise RuleError(path, f"missing or invalid {key!r} (expected {kind.__name__})")
    return value


def _vocabulary(path: Path, data: Any) -> dict[str, str]:
    """``[vocab]`` word lists compiled to trie-shaped alternations.

    ``jan``, ``january`` and ``janvier`` become ``jan(?:uary|vier)?``: the regex engine then
    rejects a line after looking at one or two characters instead of trying every word, which
    keeps rules with long word lists fast. A space in an entry matches any run of whitespace.
    """
    if not isinstance(data, dict):
        raise RuleError(path, "[vocab] must be a table of name = [words]")
    vocabulary = {}
    for name, words in data.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise RuleError(path, f"vocab.{name} must be a list of non-empty strings")
        vocabulary[name] = "(?:" + _trie_pattern(_trie(words)) + ")"
    return vocabulary


_Trie = dict[str, "_Trie"]
_END = ""


def _trie(words: Iterable[str]) -> _Trie:
    root: _Trie = {}
    for word in words:
        node = root
        for char in " ".join(word.casefold().split()):
            node = node.setdefault(char, {})
        node[_END] = {}
    return root


def _trie_pattern(node: _Trie) -> str:
    branches = [
        (r"\s+" if char == " " else _escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items())
        if char != _END
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body


@cache
def _escape(char: str) -> str:
    """``regex.escape`` of one trie character; remembered, as every file repeats the same few
    dozen letters thousands of times."""
    return str(regex.escape(char))


def _expand(path: Path, pattern: str, vocabulary: Mapping[str, str]) -> str:
    def replace(match: regex.Match[str]) -> str:
        name = match.group(1)
        if name not in vocabulary:
            raise RuleError(path, f"pattern uses {{{name}}} but [vocab] has no {name!r}")
        return vocabulary[name]

    return str(_PLACEHOLDER.sub(replace, pattern))


def _patterns(
    path: Path, data: Any, vocabulary: Mapping[str, str], table: str = "patterns"
) -> dict[str, tuple[str, ...]]:
    """The patterns of a ``[patterns]`` (or ``[beside]``) table, word lists written out."""
    if not isinstance(data, dict):
        raise RuleError(path, f"[{table}] must be a table of language = [patterns]")
    result: dict[str, tuple[str, ...]] = {}
    for language, raw_patterns in data.items():
        if not isinstance(raw_patterns, list) or not all(isinstance(p, str) for p in raw_patterns):
            raise RuleError(path, f"{table}.{language} must be a list of strings")
        patterns = [_expand(path, pattern, vocabulary) for pattern in raw_patterns]
        for pattern in patterns:
            if _GROUP_REFERENCE.search(pattern):
                raise RuleError(
                    path,
                    f"{table}.{language}: {pattern[:60]!r} refers to another group (backreference"
                    " or recursion); patterns are combined, so write the group out again",
                )
        result[language] = tuple(patterns)
    return result


def _check_compiles(
    path: Path, patterns: Mapping[str, tuple[str, ...]], table: str = "patterns"
) -> None:
    """Compile the rule's alternation once (the cache keeps it for ``Rule.compile``); only
    when that fails is every pattern compiled alone, to name the one at fault. A named group
    must be one the sidecar reads (``HARVEST_GROUPS``): a count captured as ``(?P<count>...)``
    was silently never recorded."""
    try:
        compiled = compile_regex(
            _alternation(p for ps in patterns.values() for p in ps), PATTERN_FLAGS
        )
    except regex.error:
        for language, group in patterns.items():
            for pattern in group:
                try:
                    regex.compile(pattern, PATTERN_FLAGS)
                except regex.error as err:
                    raise RuleError(
                        path, f"bad pattern in {table}.{language}: {pattern[:80]!r}: {err}"
                    ) from None
        raise
    unknown = sorted(set(compiled.groupindex) - set(HARVEST_GROUPS))
    if unknown:
        raise RuleError(
            path,
            f"named group(s) {', '.join(unknown)} are read by nothing; a pattern may name"
            f" {', '.join(HARVEST_GROUPS)}",
        )


def _alternation(patterns: Iterable[str]) -> str:
    return "|".join(f"(?:{pattern})" for pattern in patterns)


def _examples(path: Path, data: Any) -> Examples:
    if not isinstance(data, dict):
        raise RuleError(path, "[examples] must be a table")
    documents = []
    for document in data.get("documents", []):
        if not isinstance(document, dict) or not isinstance(document.get("text"), str):
            raise RuleError(path, "every [[examples.documents]] needs a text")
        documents.append((document["text"], tuple(document.get("removed", []))))
    return Examples(
        junk=tuple(data.get("junk", [])),
        keep=tuple(data.get("keep", [])),
        documents=tuple(documents),
    )
