"""The same kinds of junk in many languages: one small article each (tests/fixtures/languages).

Each fixture is written the same way: a section label, a headline, a byline and a date above
four paragraphs with an ad marker between them, and below them a "read more" teaser, a share
prompt, a comment counter, a two-headline related list and a copyright line. The paragraphs
are the only lines that end with a full stop, which is how the test knows them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner

LANGUAGES = Path(__file__).parent / "fixtures" / "languages"
SECTIONED = ["sv", "no", "da", "cs", "ro", "el", "uk"]
"""Languages added later whose rules name sections and bylines too, as the first seven's do."""


def paragraphs(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.endswith(".") and len(line.split()) >= 8]


@pytest.mark.parametrize(
    "lang", ["de", "fr", "es", "it", "pt", "nl", "ru", "pl", "id", "tr", *SECTIONED]
)
def test_article_body_is_all_that_is_left(cleaner: Cleaner, lang: str) -> None:
    text = (LANGUAGES / f"{lang}.txt").read_text(encoding="utf-8")
    result = cleaner.clean(text)
    assert result.text.splitlines() == paragraphs(text)


@pytest.mark.parametrize("lang", ["de", "fr", "es", "it", "pt", "nl", *SECTIONED])
def test_junk_is_harvested(cleaner: Cleaner, lang: str) -> None:
    lines = (LANGUAGES / f"{lang}.txt").read_text(encoding="utf-8").splitlines()
    meta = cleaner.clean("\n".join(lines) + "\n").meta
    assert meta.section == lines[0]
    assert meta.title == lines[1]
    assert meta.byline is not None and meta.byline in lines[2]
    assert meta.published is not None
    assert meta.comment_count is not None and meta.comment_count > 0
    assert [story.headline for story in meta.related][-2:] == lines[-3:-1]
    categories = {removal.category for removal in meta.removed}
    assert {"ad", "read-more", "share", "comments", "related", "copyright"} <= categories


@pytest.mark.parametrize("lang", ["ru", "pl", "id", "tr"])
def test_counters_dates_and_related_lists_are_harvested_beyond_the_seven(
    cleaner: Cleaner, lang: str
) -> None:
    """Languages whose rules cover the commonest junk only: no section or byline names yet."""
    lines = (LANGUAGES / f"{lang}.txt").read_text(encoding="utf-8").splitlines()
    meta = cleaner.clean("\n".join(lines) + "\n").meta
    assert meta.published is not None
    assert meta.comment_count == 4
    assert [story.headline for story in meta.related][-2:] == lines[-3:-1]
