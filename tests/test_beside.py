"""A rule's ``[beside]`` patterns: lines it removes only next to a line it removes, and a
sign-up box's pitch between two of the box's lines."""

from pathlib import Path

import pytest

from cleaner import Cleaner, CleanerConfig
from cleaner.restore import restore_text
from cleaner.rules import RuleError

RULE = """id = "widget-ui"
category = "navigation"
where = "anywhere"
max_words = 6

[patterns]
en = ['widget\\s+loading']

[beside]
en = ['cancel', 'try\\s+again']

[examples]
junk = ["Widget loading"]
keep = ["Cancel"]
"""

PARAGRAPH = (
    "The council approved the new bus routes on Tuesday after a long debate, officials said,"
    " and the first buses will carry passengers in the spring."
)
CLOSING = "The routes start running in March, and fares stay the same for the first year."


def _cleaner(tmp_path: Path, rule: str = RULE) -> Cleaner:
    (tmp_path / "widget-ui.toml").write_text(rule, encoding="utf-8")
    return Cleaner(CleanerConfig(rules_dirs=(tmp_path,), builtin_rules=False))


def _kept(cleaner: Cleaner, lines: list[str]) -> list[str]:
    return cleaner.clean("\n".join(lines) + "\n").text.splitlines()


def test_a_beside_line_goes_next_to_the_rules_line_and_the_next_one_with_it(
    tmp_path: Path,
) -> None:
    cleaner = _cleaner(tmp_path)
    lines = [PARAGRAPH, "Widget loading", "Cancel", "Try again", CLOSING]
    result = cleaner.clean("\n".join(lines) + "\n")
    assert result.text.splitlines() == [PARAGRAPH, CLOSING]
    reasons = {d.text: (d.rule, d.reason) for d in result.decisions if not d.kept}
    assert reasons["Cancel"] == ("widget-ui", "beside line 2, which it removes")
    assert reasons["Try again"] == ("widget-ui", "beside line 3, which it removes")
    assert [r.text for r in result.meta.removed] == ["Widget loading\nCancel\nTry again\n"]
    assert restore_text(result.text, result.meta.to_dict()) == "\n".join(lines) + "\n"


def test_a_beside_line_alone_or_among_the_articles_lines_stays(tmp_path: Path) -> None:
    cleaner = _cleaner(tmp_path)
    assert _kept(cleaner, [PARAGRAPH, "Cancel", CLOSING]) == [PARAGRAPH, "Cancel", CLOSING]
    # a blank line between them does not part them: the next line with text is the neighbour
    lines = [PARAGRAPH, "Widget loading", "", "Cancel", "", CLOSING]
    assert "Cancel" not in _kept(cleaner, lines)


def test_a_bad_beside_pattern_names_its_table(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match=r"beside\.en"):
        _cleaner(tmp_path, RULE.replace("'cancel'", "'(cancel'"))


def test_bundled_player_words_go_with_the_player(cleaner: Cleaner) -> None:
    lines = [
        PARAGRAPH,
        "Video Loading",
        "Video Unavailable",
        "Click to play",
        "Tap to play",
        "The video will start in 8",
        "Cancel",
        "Play now",
        CLOSING,
    ]
    assert _kept(cleaner, lines) == [PARAGRAPH, CLOSING]
    assert _kept(cleaner, [PARAGRAPH, "Play now", CLOSING]) == [PARAGRAPH, "Play now", CLOSING]


def test_a_sign_up_boxs_pitch_between_its_lines_goes(cleaner: Cleaner) -> None:
    pitch = "The biggest stories from the statehouse, every weekday. Straight to your inbox."
    lines = [PARAGRAPH, "Sign up for our free newsletter", pitch, "Subscribe", CLOSING]
    assert _kept(cleaner, lines) == [PARAGRAPH, CLOSING]


def test_a_quotation_between_two_sign_up_lines_stays(cleaner: Cleaner) -> None:
    quote = "\u201cWe want every resident to hear about the routes first,\u201d the mayor said."
    lines = [PARAGRAPH, "Sign up for our free newsletter", quote, "Subscribe", CLOSING]
    assert quote in _kept(cleaner, lines)


def test_rules_show_prints_the_beside_patterns(cleaner: Cleaner) -> None:
    from cleaner.report import rule_details

    lines = list(rule_details(cleaner.rule("gallery-ui")))
    assert "beside:" in lines
    assert "    play\\s+now\\s*[.!]?" in lines[lines.index("beside:") :]


def test_a_second_line_of_the_same_words_is_the_articles(cleaner: Cleaner) -> None:
    """A player has one "Cancel": the chain does not take a second one under it, which is
    the article's subheading (review 110)."""
    section = "Refunds will be paid within 14 days to the card used for the booking, it said."
    lines = [PARAGRAPH, "The video will start in 8", "Cancel", "Play now", "Cancel", section]
    assert _kept(cleaner, lines) == [PARAGRAPH, "Cancel", section]


def test_a_reader_quoted_or_a_list_item_between_sign_up_lines_stays(cleaner: Cleaner) -> None:
    said = 'As one tester put it: "I want it short, and I want it before breakfast."'
    lines = [PARAGRAPH, "Sign up for our free newsletter", said, "Subscribe", CLOSING]
    assert said in _kept(cleaner, lines)
    lines = [PARAGRAPH, "Email address", "Zip code", "Sign up for our free newsletter", CLOSING]
    assert "Zip code" in _kept(cleaner, lines)
