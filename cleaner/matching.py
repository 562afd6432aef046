"""Run the line and list rules' patterns over lines, fast and with a time limit.

Most lines of an article are prose that no rule matches, so every line first meets one
combined alternation of all patterns; only the few lines that pass it are tried rule by rule.
Lines longer than any rule's ``max_words`` are skipped outright.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import regex

from cleaner.rules import Rule

MATCH_TIMEOUT_SECONDS = 0.25
MAX_RULE_CHARS = 1500


@dataclass(frozen=True, slots=True)
class LineMatch:
    """A rule whose patterns match a whole line, with the named groups it captured."""

    rule: Rule
    groups: Mapping[str, str]


@dataclass(frozen=True)
class CompiledRule:
    rule: Rule
    pattern: regex.Pattern[str]


class RuleMatcher:
    """All pattern rules of one configuration, compiled once and shared by every document."""

    def __init__(self, rules: Sequence[Rule], lang: str | None = None) -> None:
        compiled = []
        for rule in rules:
            if rule.kind == "heuristic":
                continue
            pattern = rule.compile(lang)
            if pattern is not None:
                compiled.append(CompiledRule(rule, pattern))
        self.rules = tuple(compiled)
        self.max_words = max((c.rule.max_words for c in compiled), default=0)
        # For every word count, the rules a line of that length can meet, in rule order:
        # a long paragraph skips the short-line rules without a look at them.
        self._by_words = [
            tuple(c for c in compiled if c.rule.max_words >= words)
            for words in range(self.max_words + 1)
        ]

    def match(self, text: str, words: int, warnings: list[str]) -> list[LineMatch]:
        """Every rule that matches the whole of ``text`` (stripped), in rule order."""
        stripped = text.strip()
        if not stripped or words > self.max_words or len(stripped) > MAX_RULE_CHARS:
            return []
        folded = stripped.casefold()
        found = []
        for compiled in self._by_words[words]:
            rule = compiled.rule
            if rule.requires and not any(marker in folded for marker in rule.requires):
                continue
            match = (
                compiled.pattern.fullmatch(stripped)
                if rule.bundled
                else _fullmatch(compiled.pattern, stripped, rule.id, warnings)
            )
            if match is not None:
                groups = {k: v.strip() for k, v in match.groupdict().items() if v}
                found.append(LineMatch(compiled.rule, groups))
        return found


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
