"""Run the line and list rules' patterns over lines, fast and with a time limit.

Three gates keep the cost of a line low before any full match is tried: ``max_words`` (a long
paragraph skips the short-line rules), the line's first characters (a rule whose patterns
cannot start with them is never tried; found by partial matching and remembered per prefix),
and a rule's ``requires`` strings. A rule that passes them runs as one alternation of its
patterns: one call into the regex engine per rule and line. Within the alternation, patterns
that cannot start with the line's first characters fail on them, in the engine, at once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import regex

from cleaner.rules import Rule

MATCH_TIMEOUT_SECONDS = 0.25
MAX_RULE_CHARS = 1500
PREFIX_CHARS = 2
PREFIX_CACHE_SIZE = 50_000


@dataclass(frozen=True, slots=True)
class LineMatch:
    """A rule whose patterns match a whole line, with the named groups it captured."""

    rule: Rule
    groups: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A rule and its patterns as one alternation, ready to be tried on lines.

    The rule's gates (``max_words``, ``requires``, ``bundled``) are copied next to the
    pattern: ``match`` reads them once per line and rule, and a slot is cheaper to read than
    an attribute two objects away.
    """

    rule: Rule
    max_words: int
    requires: tuple[str, ...]
    timed: bool
    pattern: regex.Pattern[str]


class RuleMatcher:
    """All pattern rules of one configuration, compiled once and shared by every document."""

    def __init__(self, rules: Sequence[Rule], lang: str | None = None) -> None:
        compiled = []
        for rule in rules:
            combined = rule.compile(lang) if rule.kind != "heuristic" else None
            if combined is not None:
                timed = not rule.bundled
                compiled.append(Candidate(rule, rule.max_words, rule.requires, timed, combined))
        self.rules = tuple(compiled)
        self.max_words = max((c.max_words for c in compiled), default=0)
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
            match = (
                _fullmatch(candidate.pattern, stripped, candidate.rule.id, warnings)
                if candidate.timed
                else candidate.pattern.fullmatch(stripped)
            )
            if match is not None:
                groups = {k: v.strip() for k, v in match.groupdict().items() if v}
                found.append(LineMatch(candidate.rule, groups))
        return found

    def _candidates(self, prefix: str) -> tuple[Candidate, ...]:
        """The rules that can match a line starting with ``prefix``.

        The answer depends only on those characters and is remembered; the cache only ever
        gains entries that are true, so threads sharing a matcher can fill it at once.
        """
        candidates = self._by_prefix.get(prefix)
        if candidates is None:
            candidates = tuple(
                candidate for candidate in self.rules if _may_start(candidate, prefix)
            )
            if len(self._by_prefix) < PREFIX_CACHE_SIZE:
                self._by_prefix[prefix] = candidates
        return candidates


def _holds_any(text: str, markers: tuple[str, ...]) -> bool:
    """Whether ``text`` contains one of ``markers``; a plain loop, faster than ``any()`` over
    a generator or a regex alternation of the markers for the few dozen of a rule."""
    for marker in markers:  # noqa: SIM110 (see above)
        if marker in text:
            return True
    return False


def _may_start(candidate: Candidate, prefix: str) -> bool:
    try:
        timeout = MATCH_TIMEOUT_SECONDS if candidate.timed else None
        return candidate.pattern.fullmatch(prefix, partial=True, timeout=timeout) is not None
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
