"""What a pattern needs a line to hold: never more than every match holds, so the matcher's
prefilter can skip a pattern without changing an answer."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.needed_text import fold, needed_strings
from cleaner.rules import PATTERN_FLAGS, load_rules

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"read\s+more:.*", ("more:",)),  # the longer of two literal runs
        (r"(?:photo|image)\s+credit\s*:.*", ("credit",)),
        (r"(?:Getty|Reuters|AFP)\s*/.*", ("afp", "getty", "reuters")),
        (r"\(\s*AP\s+Photo\s*/.*\)", ("photo",)),
        (r"[/|]\s*\d+", ("/", "|")),  # a class that lists its characters
        (r"(?=.*newsletter).{0,80}", ("newsletter",)),  # a lookahead reads the line too
        (r"(?:sign\s+up)?\s*.{0,20}", ()),  # the only words are optional
        (r"(?:news|)letter.*", ("letter",)),  # an empty alternative needs nothing
        (r"(?:\d+\s+comments?|kommentare\s*\(\d+\))", ("comment", "kommentare")),
        (r"[a-z]+\s*(?:\d+|x)", ()),  # a long range, a category: any of many characters
        (r"\p{Lu}\p{Ll}+\s*/\s*Reuters", ("reuters",)),
        (r"[[:alpha:]]+ says", ()),  # a POSIX class: re would read its brackets as text
        (r"(?P<n>\d)\s+x|(?P<n>\d\d)\s+y", ()),  # names twice: only regex reads it
        (r"(?x) read \s+ more \s* : .{0, 80}", ()),  # regex: a quantifier; re: text
        (r"(?:newsletter){e<=1}", ()),  # a fuzzy match: "newsleter" matches too
        (r"[[:ALPHA:]]+ says", ()),  # a POSIX class in capitals
        (r"\\p{L}x", ()),  # an escaped backslash before what looks like a property
    ],
)
def test_needs_of_each_construct(pattern: str, needs: tuple[str, ...]) -> None:
    assert needed_strings(pattern) == needs


def test_common_letters_and_signs_are_not_needs() -> None:
    """Strings most lines hold would slow every line down and rule nothing out."""
    assert needed_strings(r"a\s+\d+\.\s*,\s*-\s*x") == ()
    assert needed_strings(r"on\s+the\s+go") == ("the",)


def test_fold_meets_regex_case_rules_for_the_turkish_i() -> None:
    """``regex`` matches "i" to "İ" and "I" to "ı", which casefold alone keeps apart."""
    for pattern, line in (("istanbul", "İSTANBUL"), ("ISTANBUL", "ıstanbul")):
        assert regex.fullmatch(pattern, line, PATTERN_FLAGS)
        assert needed_strings(pattern) == ("istanbul",)
        assert "istanbul" in fold(line)


def sample_lines() -> list[str]:
    """Every example line of the bundled rules and every line of the test articles, each also
    in capitals and with its case swapped (case is where a fold could part from a match)."""
    lines = {
        line
        for rule in load_rules([])
        for line in (*rule.examples.junk, *rule.examples.keep)
    }
    for path in sorted(FIXTURES.rglob("*.txt")):
        lines.update(path.read_text(encoding="utf-8", errors="replace").splitlines())
    stripped = {line.strip() for line in lines if 0 < len(line.split()) <= 60}
    cases = {line.upper() for line in stripped} | {line.swapcase() for line in stripped}
    return sorted(stripped | cases)


def holds(needs: tuple[str, ...], line: str) -> bool:
    folded = fold(line)
    return not needs or any(string in folded for string in needs)


def test_every_line_a_bundled_pattern_matches_holds_what_it_needs() -> None:
    lines = sample_lines()
    assert len(lines) > 3000
    checked = 0
    for rule in load_rules([]):
        if rule.kind == "heuristic":
            continue
        alternation = rule.compile()
        assert alternation is not None
        pairs = list(zip(rule.pattern_texts(), rule.pattern_needs(), strict=True))
        for line in lines:
            if alternation.fullmatch(line) is None:
                continue
            for text, needs in pairs:
                if regex.fullmatch(text, line, PATTERN_FLAGS):
                    checked += 1
                    assert holds(needs, line), (rule.id, text[:80], line)
    assert checked > 2000


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(["photo", "Getty", "İ", "ı", "(", ")", "/", "|", ":", "ß", "SS", "k", "K"])
        | st.text(min_size=1, max_size=6),
        min_size=1,
        max_size=12,
    ),
    pattern_words=st.lists(
        st.sampled_from(["photo", "getty", "i", "ss", "k", "(", "/"]), max_size=4
    ),
)
def test_a_made_up_pattern_matches_only_lines_holding_its_needs(
    words: list[str], pattern_words: list[str]
) -> None:
    """Literal runs, optional parts and alternatives around any text, in any case."""
    parts = [regex.escape(word) for word in pattern_words]
    pattern = r".*?" + r"(?:\s*|.)".join(parts) + r"(?:x|y+)?.*"
    line = "".join(words)
    if regex.fullmatch(pattern, line, PATTERN_FLAGS):
        assert holds(needed_strings(pattern), line)
