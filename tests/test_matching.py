"""The matcher's gates (length, first characters, `requires`) never change what matches."""

from __future__ import annotations

from pathlib import Path

from cleaner.matching import RuleMatcher
from cleaner.rules import load_rule_file


def rule_file(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "probe.toml"
    path.write_text(body, encoding="utf-8")
    return path


PROBE = """
id = "probe"
category = "ad"
where = "anywhere"
max_words = 12
[patterns]
en = ['sponsored\\s+by\\s+(?P<value>\\w+)', '.{0,40}\\bpromo\\s+code\\b.{0,40}']
"""


def test_anchored_and_open_patterns_both_match(tmp_path: Path) -> None:
    matcher = RuleMatcher([load_rule_file(rule_file(tmp_path, PROBE))])
    lines = ["Sponsored by Acme", "Use the promo code SAVE10 at checkout", "Sponsored by Acme"]
    results = [matcher.match(line, len(line.split()), []) for line in lines]
    assert [bool(found) for found in results] == [True, True, True]
    assert results[0][0].groups == {"value": "Acme"}
    assert results[2][0].groups == {"value": "Acme"}  # from the prefix cache


def test_lines_that_start_otherwise_do_not_match(tmp_path: Path) -> None:
    matcher = RuleMatcher([load_rule_file(rule_file(tmp_path, PROBE))])
    for line in ("Sponsors left the event early.", "Spo", "The shop sponsored by Acme"):
        assert matcher.match(line, len(line.split()), []) == []


def test_requires_gate_skips_lines_without_a_marker(tmp_path: Path) -> None:
    gated = PROBE.replace("max_words = 12", 'max_words = 12\nrequires = ["sponsored"]')
    matcher = RuleMatcher([load_rule_file(rule_file(tmp_path, gated))])
    assert matcher.match("Use the promo code SAVE10 at checkout", 7, []) == []
    assert matcher.match("Sponsored by Acme", 3, [])


def test_long_lines_skip_short_line_rules(tmp_path: Path) -> None:
    matcher = RuleMatcher([load_rule_file(rule_file(tmp_path, PROBE))])
    line = "Use the promo code SAVE10 at checkout " + "word " * 20
    assert matcher.match(line, len(line.split()), []) == []
