"""Run the line and list rules' patterns over lines, fast and with a time limit.

Three gates keep the cost of a line low before any full match is tried: ``max_words`` (a long
paragraph skips the short-line rules), the line's first characters (a pattern that cannot
start with them is never tried; found by partial matching and remembered per prefix), and a
rule's ``requires`` strings. A rule whose patterns all pass the prefix gate runs as one
alternation; otherwise only its patterns that can start that way are tried.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import regex

from cleaner.regex_cache import compile_regex
from cleaner.rules import PATTERN_FLAGS, Rule

MATCH_TIMEOUT_SECONDS = 0.25
MAX_RULE_CHARS = 1500
PREFIX_CHARS = 2
PREFIX_CACHE_SIZE = 50_000


@dataclass(frozen=True, slots=True)
class LineMatch:
    """A rule whose patterns match a whole line, with the named groups it captured."""

    rule: Rule
    groups: Mapping[str, str]


@dataclass(frozen=True)
class CompiledRule:
    """A rule's patterns, together (``combined``) and one by one (``parts``, tried alone when
    a line's start rules some of their siblings out)."""

    rule: Rule
    combined: regex.Pattern[str]
    parts: tuple[regex.Pattern[str], ...]


@dataclass(frozen=True, slots=True)
class Candidate:
    """The patterns of one rule that can match a line with a given start.

    The rule's gates (``max_words``, ``requires``, ``bundled``) are copied next to the
    patterns: ``match`` reads them once per line and rule, and a slot is cheaper to read than
    an attribute two objects away.
    """

    rule: Rule
    max_words: int
    requires: tuple[str, ...]
    timed: bool
    patterns: tuple[regex.Pattern[str], ...]


class RuleMatcher:
    """All pattern rules of one configuration, compiled once and shared by every document.

    Every pattern is compiled here, up front, so that the regex cache (``cleaner.regex_cache``)
    can store them all once the ``Cleaner`` is ready.
    """

    def __init__(self, rules: Sequence[Rule], lang: str | None = None) -> None:
        compiled = []
        for rule in rules:
            texts = rule.pattern_texts(lang) if rule.kind != "heuristic" else []
            combined = rule.compile(lang) if texts else None
            if combined is not None:
                parts = tuple(compile_regex(text, PATTERN_FLAGS) for text in texts)
                compiled.append(CompiledRule(rule, combined, parts))
        self.rules = tuple(compiled)
        self.max_words = max((c.rule.max_words for c in compiled), default=0)
        self._by_prefix: dict[str, tuple[Candidate, ...]] = {}

    def match(self, text: str, words: int, warnings: list[str]) -> list[LineMatch]:
        """Every rule that matches the whole of ``text`` (stripped), in rule order."""
        stripped = text.strip()
        if not stripped or words > self.max_words or len(stripped) > MAX_RULE_CHARS:
            return []
        folded: str | None = None
        found = []
        for candidate in self._candidates(stripped[:PREFIX_CHARS]):
            if words > candidate.max_words:
                continue
            if candidate.requires:
                folded = folded if folded is not None else stripped.casefold()
                if not _holds_any(folded, candidate.requires):
                    continue
            for pattern in candidate.patterns:
                match = (
                    _fullmatch(pattern, stripped, candidate.rule.id, warnings)
                    if candidate.timed
                    else pattern.fullmatch(stripped)
                )
                if match is not None:
                    groups = {k: v.strip() for k, v in match.groupdict().items() if v}
                    found.append(LineMatch(candidate.rule, groups))
                    break
        return found

    def _candidates(self, prefix: str) -> tuple[Candidate, ...]:
        """The rules (and patterns) that can match a line starting with ``prefix``.

        The answer depends only on those characters and is remembered; the cache only ever
        gains entries that are true, so threads sharing a matcher can fill it at once.
        """
        candidates = self._by_prefix.get(prefix)
        if candidates is None:
            candidates = tuple(
                candidate
                for compiled in self.rules
                if (candidate := _candidate(compiled, prefix)) is not None
            )
            if len(self._by_prefix) < PREFIX_CACHE_SIZE:
                self._by_prefix[prefix] = candidates
        return candidates


def _candidate(compiled: CompiledRule, prefix: str) -> Candidate | None:
    if not _may_start(compiled.combined, compiled.rule, prefix):
        return None
    starting = tuple(part for part in compiled.parts if _may_start(part, compiled.rule, prefix))
    rule = compiled.rule
    patterns = (compiled.combined,) if len(starting) == len(compiled.parts) else starting
    return Candidate(rule, rule.max_words, rule.requires, not rule.bundled, patterns)


def _holds_any(text: str, markers: tuple[str, ...]) -> bool:
    """Whether ``text`` contains one of ``markers``; a plain loop, faster than ``any()`` over
    a generator or a regex alternation of the markers for the few dozen of a rule."""
    for marker in markers:  # noqa: SIM110 (see above)
        if marker in text:
            return True
    return False


def _may_start(pattern: regex.Pattern[str], rule: Rule, prefix: str) -> bool:
    try:
        timeout = None if rule.bundled else MATCH_TIMEOUT_SECONDS
        return pattern.fullmatch(prefix, partial=True, timeout=timeout) is not None
    except TimeoutError:
        return True


def _fullmatch(
    pattern: regex.Pattern[str], text: str, rule_id: str, warnings: list[str]
) -> regex.Match[str] | None:
    try:
        return pattern.fullmatch(text, timeout=MATCH_TIMEOUT_SECONDS)
    except TimeoutError:
        message = f"rule {rule_id}: pattern timed out on a line of {len(text)} characters"
        if message not in warnings:
            warnings.append(message)
        return None
