"""The HTML front door: trafilatura extracts, the same rules clean, metadata is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.restore import restore_text

PAGE = (Path(__file__).parent / "fixtures" / "html" / "article.html").read_text(encoding="utf-8")


def test_article_text_is_extracted_and_cleaned(cleaner: Cleaner) -> None:
    result = cleaner.clean_html(PAGE)
    lines = result.text.splitlines()
    assert lines[0].startswith("The city council approved the new transit budget on Tuesday")
    assert "What changes for riders" in lines  # in-article subheading
    assert "Fares rise by five percent from January for single tickets." in lines  # list item
    assert lines[-1].startswith("A final vote on the details is expected next month")
    removed = {removal.rule: removal.text.strip() for removal in result.meta.removed}
    assert removed["read-more"] == "Read more: Why the bus network keeps shrinking"
    assert removed["share-follow"] == "Share this article"
    assert "Home" not in result.text and "All rights reserved" not in result.text


def test_trafilatura_metadata_goes_to_the_sidecar(cleaner: Cleaner) -> None:
    meta = cleaner.clean_html(PAGE).meta.to_dict()
    html_meta = meta["html_meta"]
    assert html_meta["author"] == "Jane Doe"
    assert html_meta["date"] == "2024-03-05"
    assert html_meta["sitename"] == "The Daily Example"
    assert html_meta["url"] == "https://news.example.org/local/transit-budget"
    assert html_meta["fingerprint"]
    assert meta["title"] == "Council approves new transit budget"
    assert meta["source"]["format"] == "html"


def test_restore_gives_back_the_extracted_text(cleaner: Cleaner) -> None:
    from cleaner.html import extract

    result = cleaner.clean_html(PAGE)
    assert restore_text(result.text, result.meta.to_dict()) == extract(PAGE).text


@pytest.mark.parametrize(
    ("page", "warning"),
    [
        ("", "no article text found on this page"),
        ("<html><body>" + "<div>" * 20_000 + "</div>" * 20_000 + "</body></html>", "no article"),
    ],
    ids=["empty", "deeply-nested"],
)
def test_pages_without_an_article_give_empty_text_and_say_so(
    cleaner: Cleaner, page: str, warning: str
) -> None:
    result = cleaner.clean_html(page)
    assert result.text == ""
    assert any(warning in message for message in result.meta.warnings)


def test_truncated_html_does_not_fail(cleaner: Cleaner) -> None:
    truncated = PAGE[: PAGE.index("<h2>")]
    result = cleaner.clean_html(truncated)
    assert result.text.startswith("The city council approved")


def test_text_path_never_imports_trafilatura_or_lxml() -> None:
    import subprocess
    import sys

    probe = (
        "import sys, cleaner, cleaner.cli; cleaner.Cleaner().clean('Some text.\\n');"
        "print(sorted(m for m in ('trafilatura', 'lxml') if m in sys.modules))"
    )
    output = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "[]"


def _page_around(middle: str) -> str:
    """An article page with ``middle`` (markup) between two runs of three paragraphs."""
    body = "".join(
        f"<p>{sentence} The council met for six hours and heard from many residents.</p>"
        for sentence in ("First.", "Second.", "Third.")
    )
    return (
        "<html><head><title>Budget vote</title></head><body><article>"
        f"{body}{middle}{body}</article></body></html>"
    )


def test_loose_text_inside_a_quote_is_kept(cleaner: Cleaner) -> None:
    # the signature of an embedded post follows its paragraph inside the blockquote
    page = _page_around(
        "<blockquote><p>We did it, the budget passed tonight after a long debate.</p>"
        "— Jane Doe (@janedoe) March 5, 2024</blockquote>"
    )
    assert "— Jane Doe (@janedoe) March 5, 2024" in cleaner.clean_html(page).text.splitlines()


def test_a_line_break_in_a_paragraph_starts_a_line_and_never_glues_words(
    cleaner: Cleaner,
) -> None:
    # <br> comes out of trafilatura as <lb/>, an element without text; the page's own source
    # wrapping inside a paragraph is a newline in the text and stays a space
    page = _page_around(
        "<p>Smoke from crop burning in neighbouring states<br>It is very important "
        "that we\nprotect ourselves from this toxic air, the minister said.</p>"
    )
    lines = cleaner.clean_html(page).text.splitlines()
    assert "Smoke from crop burning in neighbouring states" in lines
    assert (
        "It is very important that we protect ourselves from this toxic air, the minister said."
        in lines
    )


def test_a_line_break_inside_a_headline_keeps_the_headline_one_line(cleaner: Cleaner) -> None:
    page = _page_around("").replace(
        "<article>", "<article><h1>Storm hits the coast<br>Thousands of homes without power</h1>"
    )
    text = cleaner.clean_html(page).text
    assert "Thousands of homes without power" not in text  # the whole headline went as title


def test_index_page_gives_empty_text_and_says_so(cleaner: Cleaner) -> None:
    page = (
        "<html><head><title>Front page</title></head><body><nav><a href='/'>Home</a>"
        "<a href='/world'>World</a></nav><ul><li><a href='/a'>Storm hits coast</a></li>"
        "<li><a href='/b'>Markets rally</a></li></ul></body></html>"
    )
    result = cleaner.clean_html(page)
    assert result.text == ""
    assert "no article text found on this page" in result.meta.warnings


@pytest.mark.parametrize(
    "content",
    [
        "",
        "None ",
        "。、！ ？",
        "a b c",
        "alpha bravo",  # two tokens: every bit where their hashes differ is a tie
        "Council approves new transit budget " + PAGE,
        "Short words only: a an the of to in on at by it is as be",
        " ".join(f"token{n % 37} Wörter straße" for n in range(400)),
    ],
)
def test_fingerprint_is_trafilaturas(content: str) -> None:
    from trafilatura.deduplication import content_fingerprint

    from cleaner.html import fingerprint

    assert fingerprint(content) == content_fingerprint(content)


def test_lines_trafilatura_kept_around_the_body_stay_unless_a_rule_claims_them(
    cleaner: Cleaner,
) -> None:
    # trafilatura has cut the page to the article: a first subheading above the prose and
    # practical details below it are the article's own, which the trims of scraped text
    # would remove; a rule's junk (the share row) still goes
    body = "".join(
        f"<p>{opening} The festival brings thirty light installations to the canals of the old"
        " town, and the organisers expect more visitors than in any year before.</p>"
        for opening in ("This winter.", "At night.", "For six weeks.")
    )
    page = (
        "<html><head><title>Light festival opens</title></head><body><article>"
        "<h1>Light festival opens</h1><h2>Thirty works on the water</h2>"
        f"{body}<p>Tickets 18 euros</p><p>Box office 020 555 0100</p>"
        "<p>Share this article</p></article></body></html>"
    )
    result = cleaner.clean_html(page)
    lines = result.text.splitlines()
    assert lines[0] == "Thirty works on the water"
    assert lines[-2:] == ["Tickets 18 euros", "Box office 020 555 0100"]
    assert {removal.rule for removal in result.meta.removed} == {"title", "share-follow"}


@pytest.mark.slow
def test_a_10_mb_page_is_cleaned_whole(cleaner: Cleaner) -> None:
    filler = " ".join(f"word{number}" for number in range(150))
    paragraphs = "".join(
        f"<p>Paragraph {number} of the council report says the budget grew. {filler}.</p>\n"
        for number in range(9_000)
    )
    page = f"<html><head><title>Budget</title></head><body><article>{paragraphs}</article></body>"
    assert len(page) > 10_000_000
    result = cleaner.clean_html(page)
    lines = result.text.splitlines()
    assert len(lines) == 9_000 and lines[-1].startswith("Paragraph 8999 of the council report")
    assert result.meta.warnings == ()
