"""What a line looks like: how many words, whether it reads as a sentence.

These measures drive the body detection: prose (sentences with terminal punctuation) pulls
the article span towards it; short unpunctuated lines (headlines, labels, menu items) push it
away. Only the first few thousand characters of a line are looked at, so a 50 MB one-line
file costs no more than a normal paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from dataclasses import dataclass

from cleaner.model import Block, BlockKind
from cleaner.regex_cache import compile_regex

LOOKAT_CHARS = 2000
_TERMINAL = compile_regex(r"""[.!?…。！？؟।;:]["'”’»“)\]*]*\s*$""")
_TRAILING_LINK = compile_regex(r"(?:\s+(?:https?://\S+|pic\.twitter\.com/\S+|www\.\S+|#\w+))+\s*$")
_CJK = compile_regex(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
_LETTER = compile_regex(r"\p{L}")
_PLACE = compile_regex(
    r"(?-i:[\p{Lu}][\p{Lu}\p{M}.'’ -]{1,30}),\s*(?-i:[\p{Lu}][\p{Lu}\p{M}.'’ -]{1,30})"
)
_ATTRIBUTION = compile_regex(r"[—–-]\s*[^()]{1,80}\(@\w{1,30}\).{0,40}")
_DIGIT = compile_regex(r"\d")
_DIGITS = compile_regex(r"\d+")
_NUMBER = compile_regex(r"[-+]?[\d.,:/%]*\d[\d.,:/%]*")
_DATELINE = compile_regex(
    r"[\p{Lu}][\p{Lu}\p{M} .,'’-]{1,40}(?:,\s*[\p{L}. ]{2,30})?\s*"
    r"(?:\((?:[\p{L}\p{N} .&/-]{2,30})\))?\s*[-—–:]\s*"
)


@dataclass(frozen=True, slots=True)
class LineFeatures:
    """Measures of one line used by the scoring of the body span."""

    words: int
    terminal: bool
    letters: bool

    @property
    def sentence(self) -> bool:
        """Reads as a sentence: ends like one and is long enough to say something."""
        return self.terminal and self.words >= 4

    @property
    def long_text(self) -> bool:
        """Long enough to be a paragraph even without final punctuation (cut-off text)."""
        return self.words >= 20


def measure(block: Block) -> LineFeatures:
    """The features of one block, in time bounded by ``LOOKAT_CHARS``.

    The two regex passes that rarely find anything are skipped when they cannot: CJK letters
    are never ASCII, and a trailing link or hashtag needs one of its markers in the tail.
    """
    text = block.text.strip()
    head = text[:LOOKAT_CHARS]
    words = len(head.split())
    if not head.isascii():
        cjk = len(_CJK.findall(head))
        if cjk:
            words = max(words, cjk // 2)
    if len(text) > LOOKAT_CHARS:
        words = max(words, 100)
    tail = text[-120:]
    if "://" in tail or "www." in tail or "#" in tail or "pic.twitter.com/" in tail:
        tail = _TRAILING_LINK.sub("", tail)  # the markers of its four alternatives
    return LineFeatures(
        words=words,
        terminal=bool(_TERMINAL.search(tail[-20:])),
        letters=bool(_LETTER.search(head)),
    )


def is_dateline(text: str) -> bool:
    """A lone dateline that opens the first paragraph: ``MOSCOW (Reuters) -``, ``BAAR,
    SWITZERLAND``."""
    stripped = text.strip()
    return len(stripped) < 80 and bool(
        _DATELINE.fullmatch(stripped + " ") or _PLACE.fullmatch(stripped)
    )


def is_table_row(text: str) -> bool:
    """A row of figures (standings, results, prices): three or more numbers, mostly numbers.

    Cell separators ("|") do not count as words.
    """
    if len(_DIGITS.findall(text, 0, 400)) < 3:
        return False
    tokens = [token for token in text.split() if token != "|"]
    numbers = sum(1 for token in tokens if _NUMBER.fullmatch(token))
    return numbers >= 3 and numbers * 2 >= len(tokens)


def is_quote_attribution(text: str) -> bool:
    """The signature line of an embedded post: ``— Jane Doe (@jane) November 18, 2019``."""
    return bool(_ATTRIBUTION.fullmatch(text.strip()))


def introduces_list(text: str, features: LineFeatures) -> bool:
    """A sentence that announces what follows ("Here are the highlights:")."""
    return features.words >= 3 and text.rstrip().endswith(":")


def figure_runs(
    blocks: Sequence[Block], features: Sequence[LineFeatures], skip: Set[int]
) -> set[int]:
    """Lines in runs of three or more short lines that carry figures: poll results, prices,
    scores. Lines in ``skip`` (claimed by a rule) break a run; blank lines do not."""
    rows: set[int] = set()
    run: list[int] = []
    for block, feats in zip(blocks, features, strict=True):
        if block.kind is BlockKind.BLANK:
            continue
        if block.index not in skip and feats.words <= 5 and _DIGIT.search(block.text):
            run.append(block.index)
            continue
        if len(run) >= 3:
            rows.update(run)
        run = []
    if len(run) >= 3:
        rows.update(run)
    return rows


def body_score(block: Block, features: LineFeatures, junk: bool, structured: bool = False) -> float:
    """How much a line argues for being inside the article: positive prose, negative chrome.

    The weights favour keeping content: one real paragraph outweighs many labels around it,
    so in-article subheadings, lists and tables between paragraphs stay in the span; a
    ``structured`` line (in a list announced by a colon, in a run of figures, or a row of a
    table: the caller knows, see ``is_table_row``) and the signature of an embedded post
    count as (weak) content.
    """
    if block.kind is BlockKind.BLANK:
        return 0.0
    if junk:
        return -3.0
    if features.sentence:
        return 1.0 + min(features.words, 48) / 8
    if features.long_text:
        return min(features.words, 48) / 10
    if structured or is_quote_attribution(block.text):
        return 0.1
    if block.kind is BlockKind.SEPARATOR or not features.letters:
        return -0.5
    if features.terminal:
        return 0.25
    return -0.5 if features.words <= 2 else -0.25
