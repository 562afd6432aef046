"""The lines of one document as the finders read them, and what they ask of a line alone.

``Lines`` bundles a document's lines with their features and matches, and ``ListClaims`` is
what the list finder returns. The questions: the next and the previous line of text (past a
blank line), whether a line is a paragraph of prose (in Chinese and Japanese too), a photo's
credit, or a live page's stamp of an entry, and the stems of the words two lines share; with
them, the forms and limits they share (a list's mark, a statement's verb, quotation marks).
``cleaner.list_blocks`` and ``cleaner.captions`` find evidence that spans lines with them,
and every stage of ``cleaner.engine``'s document asks the same questions.
"""

from collections.abc import Sequence, Set
from typing import NamedTuple

from cleaner.features import (
    LineFeatures,
    is_bare_time,
    is_closing_sentence,
    is_title_case,
)
from cleaner.matching import LineMatch
from cleaner.model import Block, BlockKind
from cleaner.regex_cache import compile_regex
from cleaner.rules import Rule

_SENTENCE_BREAK = compile_regex(
    r"(?<!\b(?:Mrs|Mr|Ms|Dr|Gov|Sen|Rep|Gen|Col|Capt|Sgt|Rev|Prof|Inc|Corp|Ltd|Jr|Sr|St|Mt|vs|etc))"
    r"(?<=\p{Ll}{2})[.!?][\"”’»]?\s+[\"“‘«]?\p{Lu}\p{Ll}"
)
"""The end of a sentence and the start of the next inside a line: a full stop after a word of
two small letters or more that is no title or abbreviation ("Gov. Newsom" is none)."""
CJK_SENTENCE_MIN_CHARS = 15
CJK_PARAGRAPH_MIN_CHARS = 30
ENTRY_HEADING_MAX_WORDS = 8
SHORT_SUBHEADING_MAX_WORDS = 4
TWO_SENTENCES_MIN_WORDS = 18
TOPIC_WORD_MIN_LETTERS = 5
LIST_MARK = compile_regex(r"\s*(?:[*•·▪◦‣●○■□➤►\-–—・]|\d{1,3}[.)])\s+")
STATEMENT_WORD = compile_regex(
    r"(?i)\b(?:is|are|was|were|will|must|can|could|should|would|may|might|ist|sind|war|waren"
    r"|wird|werden|muss|müssen|kann|können|est|sont|sera|seront|doit|doivent|peut|peuvent|es"
    r"|son|será|serán|debe|deben|puede|pueden|è|sono|sarà|deve|devono|può|possono|é|são"
    r"|devem|pode|podem|zijn|wordt|worden|moet|moeten|kan|kunnen)\b"
)
LONG_WORD = compile_regex(r"\p{L}{5,}")
INNER_SENTENCE = compile_regex(r"[.!?][\"”’»]?\s+[\"“‘«]?\p{Lu}")  # a sentence after another
QUOTE_MARKS = frozenset("«»“”„\"'‘’‹›")

ListClaims = dict[int, tuple[Rule, int]]


class Lines(NamedTuple):
    """One document's lines as the rules saw them: blocks, their features, their matches."""

    blocks: Sequence[Block]
    features: Sequence[LineFeatures]
    matches: Sequence[Sequence[LineMatch]]
    verdicts: Set[int] = frozenset()  # a review's pros and cons labels (``verdict_labels``)


def stamps_an_entry(blocks: Sequence[Block], features: Sequence[LineFeatures], index: int) -> bool:
    """Whether a line is a bare clock time over a paragraph or a sentence (an early entry's
    "Welcome to our live coverage.": review 109), the entry's heading between or not: a live
    page's stamp of an entry. A box of links ends at one ("16:50" over "Lorry driver taken
    to hospital" and its paragraph) where the page stamps its entries so above the box too:
    a box that sets a time over each of its teasers has no paragraph under them."""
    if not is_bare_time(blocks[index].text):
        return False

    def told(line: int | None) -> bool:  # a paragraph, or a short entry's one sentence
        return line is not None and (
            is_prose_paragraph(blocks[line], features[line])
            or is_closing_sentence(blocks[line].text, features[line])
        )

    below = next_text_line(blocks, index)
    if below is not None and not told(below):
        below = next_text_line(blocks, below)  # the entry's heading between
    return told(below)


def word_stems(text: str) -> set[str]:
    """The first five letters of the words of five letters or more, case-folded."""
    return {word[:TOPIC_WORD_MIN_LETTERS] for word in LONG_WORD.findall(text.casefold())}


def cjk_sentence(text: str, min_chars: int = CJK_SENTENCE_MIN_CHARS) -> bool:
    """Whether a line is a Chinese or Japanese sentence: ends with "。" and has
    ``min_chars`` characters at least (these scripts set no space between words)."""
    stripped = text.rstrip()
    return stripped.endswith("。") and len(stripped) >= min_chars


def is_cjk_paragraph(text: str) -> bool:
    """A Chinese or Japanese paragraph: a long line that ends with "。" (their words are not
    counted apart, so ``is_prose_paragraph`` cannot tell one)."""
    return cjk_sentence(text, CJK_PARAGRAPH_MIN_CHARS)


def next_text_line(blocks: Sequence[Block], index: int) -> int | None:
    """The nearest non-blank line below ``index`` (at most two lines down)."""
    for below in range(index + 1, min(index + 3, len(blocks))):
        if blocks[below].kind is not BlockKind.BLANK:
            return below
    return None


def previous_text_line(blocks: Sequence[Block], index: int) -> int | None:
    """The nearest non-blank line above ``index`` (at most two lines up)."""
    for above in range(index - 1, max(index - 3, -1), -1):
        if blocks[above].kind is not BlockKind.BLANK:
            return above
    return None


def is_credit(lines: Lines, index: int) -> bool:
    """Whether a rule of the caption family (a photo credit) matched the line."""
    return any(m.rule.category == "caption" for m in lines.matches[index])


def is_prose_paragraph(block: Block, feats: LineFeatures) -> bool:
    """A sentence that ends with a full stop (not a headline in title case that an initialism
    ends: "... Dinner in N.Y.C."), or a long line of two sentences, however the second ends:
    never a headline or a list item of a menu. A teaser may be two short sentences that end
    with "?" or "!" ("Hosepipe bans loom for millions. Will your area be next?"), but not of
    ``TWO_SENTENCES_MIN_WORDS`` words ("One user wrote: "That's a conger eel. They can grow
    much bigger than that, so be careful where you paddle!"")."""
    text = block.text.rstrip()
    if feats.words < 10:
        return False
    if text.endswith("."):
        return not text.endswith("...") and not is_title_case(text)
    return (
        feats.terminal
        and feats.words >= TWO_SENTENCES_MIN_WORDS
        and _SENTENCE_BREAK.search(text) is not None
    )
