"""Cut text into lines ("blocks") without changing a single character.

Only ``\\n`` ends a line (``\\r\\n`` is kept whole as the terminator), so joining the blocks'
``raw`` text gives back the input exactly; ``restore`` depends on that.
"""

from __future__ import annotations

from collections.abc import Iterator

from cleaner.model import Block, BlockKind
from cleaner.regex_cache import compile_regex

_SEPARATOR = compile_regex(r"[\p{P}\p{S}\s]+")
_LIST_MARKER = compile_regex(r"(?:[-–—•*·▪►‣◦]|\d{1,3}[.)])\s+\S")
_TERMINALS = ".!?…。！？:;"
_CLOSERS = "\"'”’»)]"
_HEADING_MAX_WORDS = 14


def iter_lines(text: str) -> Iterator[tuple[int, str, str]]:
    """Yield ``(start offset, line text, terminator)``; linear in the text length."""
    start = 0
    length = len(text)
    while start < length:
        end = text.find("\n", start)
        if end == -1:
            yield start, text[start:], ""
            return
        if end > start and text[end - 1] == "\r":
            yield start, text[start : end - 1], "\r\n"
        else:
            yield start, text[start:end], "\n"
        start = end + 1


def classify(line: str) -> BlockKind:
    """The shape of a line on its own: blank, separator, list item, heading or paragraph."""
    stripped = line.strip()
    if not stripped:
        return BlockKind.BLANK
    if _SEPARATOR.fullmatch(stripped):
        return BlockKind.SEPARATOR
    if _LIST_MARKER.match(stripped):
        return BlockKind.LIST_ITEM
    if not _ends_like_a_sentence(stripped) and len(stripped.split()) <= _HEADING_MAX_WORDS:
        return BlockKind.HEADING
    return BlockKind.PARAGRAPH


def _ends_like_a_sentence(stripped: str) -> bool:
    """Final punctuation, perhaps followed by closing quotes or brackets ("end.)" too).

    Looks at the end of the line only, where a regex search would try every full stop.
    """
    end = stripped.rstrip(_CLOSERS + " \u00a0\u202f")  # French "... mort. »"
    return bool(end) and end[-1] in _TERMINALS


def segment(text: str) -> list[Block]:
    """All lines of ``text`` as blocks, in order; ``"".join(b.raw for b in blocks) == text``."""
    return [
        Block(index, start, start + len(line) + len(newline), line, newline, classify(line))
        for index, (start, line, newline) in enumerate(iter_lines(text))
    ]
