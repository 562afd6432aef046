"""No bundled pattern backtracks catastrophically on a line a scraper could plausibly produce.

Bundled rules run without the time limit that guards a user's patterns (it would cost every
line a call from Python), so a pattern with nested choices over the same text (a name list
whose separator can also be read as part of a name) could hang a batch on one odd line. Each
rule's alternation is tried on its own junk examples with a unit repeated inside them (after
the first and the last capitalised word), within the rule's ``max_words`` (the engine never
tries a longer line), and must answer within a generous limit: a linear pattern answers in a
millisecond, an exponential one in minutes.
"""

from __future__ import annotations

import importlib

import pytest
import regex

from cleaner import Cleaner
from cleaner.rules import Rule

LIMIT_SECONDS = 2.0
REPEATS = 24
EXAMPLES_PER_RULE = 3
UNITS = [
    "andBe", "eJa", ", Be", " and Be", " And Be", " Be", " & Be", " de Ja", ".Ja", "-Ja", " 1",
    "'s",
]  # fmt: skip
ENDINGS = ["!", " §"]  # a line that almost matches and then fails at its very end

RULES = [rule for rule in Cleaner().rules if rule.pattern_texts()]


def _pumped(example: str, unit: str, max_words: int) -> list[str]:
    """``example`` with ``unit`` repeated after its first and after its last capitalised
    word, as long as the rule would still try the line."""
    words = example.split(" ")
    capitalised = [i for i, word in enumerate(words) if word[:1].isupper()] or [0]
    lines = []
    for at in sorted({capitalised[0], capitalised[-1]}):
        for ending in ENDINGS:
            for repeats in range(REPEATS, 0, -1):
                grown = words[at].rstrip(".") + unit * repeats
                line = " ".join([*words[:at], grown, *words[at + 1 :]]) + ending
                if len(line.split()) <= max_words:
                    lines.append(line)
                    break
    return lines


def _slow_line(pattern: regex.Pattern[str], examples: list[str], max_words: int) -> str | None:
    """The first pumped line that ``pattern`` cannot answer within the limit, if any."""
    for example in [e for e in examples if "\n" not in e][:EXAMPLES_PER_RULE]:
        for unit in UNITS:
            for line in _pumped(example, unit, max_words):
                try:
                    pattern.fullmatch(line.strip(), timeout=LIMIT_SECONDS)
                except TimeoutError:
                    return line
    return None


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_no_rule_backtracks_catastrophically(rule: Rule) -> None:
    pattern = rule.compile()
    assert pattern is not None
    slow = _slow_line(pattern, list(rule.examples.junk), rule.max_words)
    assert slow is None, f"{rule.id} takes over {LIMIT_SECONDS} s on {slow!r}"


BESIDE_RULES = [rule.beside_only() for rule in Cleaner().rules if rule.beside]


@pytest.mark.parametrize("rule", BESIDE_RULES, ids=lambda rule: rule.id)
def test_no_beside_pattern_backtracks_catastrophically(rule: Rule) -> None:
    """A rule's ``[beside]`` patterns run without the time limit too; their examples are the
    lines its documents remove."""
    pattern = rule.compile()
    assert pattern is not None
    examples = [line for _, removed in rule.examples.documents for line in removed]
    slow = _slow_line(pattern, examples[::-1], rule.max_words)
    assert slow is None, f"{rule.id}'s [beside] takes over {LIMIT_SECONDS} s on {slow!r}"


def test_the_check_catches_an_exponential_pattern() -> None:
    # the shape reporting-credit once had: a separator ("and", "e", ",") that may also be read
    # as part of the name or place next to it, so "KongandBeandBe..." splits in 2^n ways
    word = r"(?-i:\p{Lu})[\p{L}\p{M}'’.\-]*"
    name = rf"{word}(?:\s+{word}){{0,4}}"
    place = rf"{word}(?:,?\s+{word}){{0,3}}"
    separator = r"\s*(?:,|&|and|und|et|y|e|en)\s*"
    exponential = regex.compile(
        rf"{name}(?:{separator}{name})*\s+contributed\s+reporting"
        rf"(?:\s+from\s+{place}(?:{separator}{place})*)?\s*\.?",
        regex.I,
    )
    assert _slow_line(exponential, ["Jane Doe contributed reporting from Hong Kong."], 30)


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("document_state", "SIGNATURE"),
        ("body_end", "_SIGNER_OVER_TOWN"),
        ("body_end", "_SIGNER_TOWN"),
        ("body_end", "_SIGNER_NAME"),
    ],
)
def test_no_signature_form_backtracks_catastrophically(module: str, name: str) -> None:
    """The engine's own forms of a letter's signature run on any unclaimed line under the
    body, of any length: a long hyphenated line that fails at its end must fail at once (a
    town's words that could also be read as the hyphens between them took seconds)."""
    pattern = getattr(importlib.import_module(f"cleaner.{module}"), name)
    for unit in ("Ab-", "Ab ", "Ab-on-", "Ab, "):
        line = unit * 160 + "!"
        try:
            pattern.fullmatch(line, timeout=LIMIT_SECONDS)
        except TimeoutError:
            pytest.fail(f"{name} backtracks on {unit!r} * 160")
