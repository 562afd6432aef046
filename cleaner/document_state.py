"""What every stage of cleaning one text reads: its lines and what was found on them.

``cleaner.engine`` builds a document from a text (its lines and their features, the rules'
matches, lists and captions), then finds the article's body and decides on every line. The
stages are classes of their own modules, one job each, that the engine's document inherits:
``cleaner.body_start`` (where the article starts), ``cleaner.body_end`` (where it ends),
``cleaner.author_notes`` (the notes on its authors under it) and ``cleaner.line_verdicts``
(which rule removes a line it matches, where it stands).
``DocumentState`` declares what they share, the questions about a line that more than one of
them asks, and the forms and limits that more than one of them uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import regex

from cleaner.features import LineFeatures
from cleaner.matching import LineMatch
from cleaner.model import (
    Block,
    BlockKind,
)
from cleaner.regex_cache import compile_regex
from cleaner.rules import Rule
from cleaner.span import Span
from cleaner.text_lines import (
    ListClaims,
    next_text_line,
)

if TYPE_CHECKING:
    from cleaner.engine import Cleaner

CAPTION = "caption"
AUTHOR_CONTACT = "author-contact"
ANNOUNCED_ITEM_MAX_WORDS = 4
"""An item of a list an article announces, next to another, has at most this many words."""
ATTRIBUTION_WORDS = r"\b(?i:said|says|told)\b"

#: An announcement in the site's own voice: its share row's, not the article's list.
SITE_VOICE = compile_regex(r"\b(?:us|our|we|follow|stay|connect|favou?rite)\b", regex.IGNORECASE)
ANNOUNCED_ITEMS_MAX = 12
#: An author's name alone on its line: two or three capitalised words ("Sofie Claes").
BARE_NAME = compile_regex(r"\p{Lu}[\p{Ll}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,2}")
#: A photographer's credit with the outlet after the name ("Ruth Ann Kessler, The Journal
#: Times", "KENNETH FERRIERA, Journal Star", "Chaz Palla | Tribune-Review"). A media word alone
#: after the comma is as often a town's name under a letter ("Linda Carrasco, Globe").
OUTLET_CREDIT = compile_regex(
    r"\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*[,/|]\s*"
    r"(?:(?i:the)\s+(?:\p{Lu}[\p{L}&'’.]*(?:\s+|-)){0,3}|(?:\p{Lu}[\p{L}&'’.]*(?:\s+|-)){1,3})"
    r"(?i:times|journal|star|enquirer|news|post|herald|tribune"
    r"|gazette|press|register|chronicle|bee|observer|dispatch|sentinel|courier|record|republic"
    r"|globe|telegraph|examiner|inquirer|ledger|bulletin|democrat|statesman|advocate|citizen"
    r"|review|staff|staff\s+photographer|photographer|photo)"
)
#: A letter's signature: a name and the writer's town ("Ellen Marsh, Ross", "Tom Reyes,
#: Greensburg").
SIGNATURE = compile_regex(
    r"(?:[—–-]\s*)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}"
    r",\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2}"
)
SPACELESS_SCRIPT = compile_regex(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
DIGIT_RUN = compile_regex(r"\d+")


def comparable(text: str) -> str:
    """Letters and digits only, case-folded: how two renderings of a headline compare."""
    return "".join(char for char in text.casefold() if char.isalnum())


class Verdict(NamedTuple):
    """Why a line goes: the rule, and the harvested value it carries (if any)."""

    rule: Rule
    reason: str
    match: LineMatch | None = None


class DocumentState:
    """What is known of one text while it is cleaned: its lines and what the rules and finders
    found on them, and the questions about a line that more than one stage asks.

    ``cleaner.engine``'s document sets these attributes while it is built, in order: the lines,
    their features and the rules' matches first, then the lists, captions and evidence, then the
    body (``span``, which the finders of ``BodyStart``, ``BodyEnd`` and ``AuthorNotes`` help to
    find, and ``author_notes`` with it); ``verdicts`` and ``title_index`` are filled when the
    lines are decided. A stage reads only what is set before it runs. The stages (``BodyStart``,
    ``BodyEnd``, ``AuthorNotes``, ``LineVerdicts``) live in modules of their own and still see
    the whole document.
    """

    cleaner: Cleaner
    text: str
    extracted: bool
    """An extractor's article (an HTML page through trafilatura), not a scrape of the element
    around it (see ``cleaner.engine``)."""
    known_title: str | None
    """The page's own headline (from its metadata), as ``comparable`` gives it."""
    blocks: list[Block]
    features: list[LineFeatures]
    table_rows: set[int]
    warnings: list[str]
    matches: list[list[LineMatch]]
    """Each line's matches of the line rules (none on a table's source line)."""
    table_sources: set[int]
    repeated: dict[int, int]
    """Lines that repeat across the corpus's documents, with their counts."""
    verdict_labels: frozenset[int]
    lists: ListClaims
    captions: set[int]
    claimed: set[int]
    """Lines that a line rule matched or a list rule claimed."""
    box_pitches: set[int]
    """Sentences between two lines of a sign-up box (see ``LineVerdicts._box_pitches``)."""
    evidence: set[int]
    """Lines that a rule matched, a list claimed, captions, repeated lines and the pitches of
    sign-up boxes under the article: the lines that weigh as junk when the body is looked for,
    and the only ones ``LineVerdicts._rule_verdict`` decides on (none of them is blank)."""
    first_bare_time: int | None
    """The first line that is only a clock time: live entries are stamped below it."""
    stamps: set[int]
    """Date lines that stamp a live page's entries (see ``cleaner.engine``'s ``_entry_stamps``)."""
    next_prose: list[int] | None
    """For each line, the first unclaimed paragraph of prose from it on (see
    ``cleaner.engine``'s ``_next_prose``); None until first asked."""
    foot_end: int
    """Where the paragraphs end that may keep a comment line under an announced list from
    being the page's foot (see ``cleaner.engine``'s ``_foot_of_page``): the end of the
    document, or of the body once the tail's paragraphs are known to go."""
    every_rule_fires: bool
    """Whether the body was found without the rules' lines (see ``cleaner.engine``'s
    ``_find_span``)."""
    author_notes: set[int]
    """Notes on the authors under the article (see ``cleaner.author_notes``)."""
    span: Span | None
    verdicts: dict[int, Verdict]
    title_index: int | None

    def _is_anywhere_junk(self, index: int) -> bool:
        if index in self.captions or index in self.repeated:
            return True
        if index in self.lists and "anywhere" in self.lists[index][0].where:
            return True
        found = self.matches[index]
        return bool(found) and all("anywhere" in m.rule.where for m in found)

    def _next_staying(self, index: int) -> int | None:
        """The next line of text under ``index`` past those removed wherever they stand (an
        ad marker): as a second cleaning, without them, sees it."""
        below = next_text_line(self.blocks, index)
        while below is not None and self._is_anywhere_junk(below):
            below = next_text_line(self.blocks, below)
        return below

    @staticmethod
    def _head_only(rule: Rule, category: str | None = None) -> bool:
        return "body" not in rule.where and "anywhere" not in rule.where and (
            category is None or rule.category == category
        )

    def _unclaimed(self, indices: range) -> int | None:
        return next(
            (
                index
                for index in indices
                if self.blocks[index].kind is not BlockKind.BLANK and index not in self.evidence
            ),
            None,
        )

    def _claimed_only_by_head_dates(self, index: int) -> bool:
        """Whether rules claim a line and all of them are date rules that stay out of the
        body (a match's "Date: Saturday, November 23" among its facts)."""
        found = self.matches[index]
        return bool(found) and all(self._head_only(match.rule, "date") for match in found)

    def _date_heading(self, index: int) -> bool:
        """A short line that only date rules claim."""
        return (
            self.features[index].words <= ANNOUNCED_ITEM_MAX_WORDS
            and self._claimed_only_by(index, "date")
        )

    def _claimed_only_by(self, index: int, *categories: str) -> bool:
        """Whether rules claim a line and every one of them is of one of ``categories``."""
        found = self.matches[index]
        return bool(found) and all(match.rule.category in categories for match in found)

    def zone(self, index: int) -> str:
        return "body" if self.span is None else self.span.zone(index)
