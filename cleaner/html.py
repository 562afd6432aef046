"""The HTML front door: trafilatura finds the article, its structure becomes lines.

trafilatura (and lxml under it) is imported here only, and only when an HTML page arrives,
so plain-text runs never pay for it. The extracted body keeps its block structure: every
heading, paragraph, list item, quote and table row becomes one line, which the text pipeline
then cleans like any scraped text (the rules remove what trafilatura keeps by mistake).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from hashlib import blake2b
from typing import Any

BLOCK_TAGS = frozenset({"head", "p", "item", "quote", "row", "code"})
META_FIELDS = (
    "title", "author", "date", "sitename", "hostname", "url", "description", "categories",
    "tags", "language", "fingerprint",
)  # fmt: skip
MIN_TEXT_CHARS = 250
SIMHASH_BITS = 64
COUNTER_BITS = 32  # one Simhash counter; no text has 2**32 tokens
COUNTER_MASK = (1 << COUNTER_BITS) - 1
_BYTE_SPREAD = tuple(
    sum(1 << bit * COUNTER_BITS for bit in range(8) if byte >> bit & 1) for byte in range(256)
)
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)]*$")


@dataclass(frozen=True)
class Extraction:
    """The article text of a page (one block per line) and trafilatura's metadata."""

    text: str
    metadata: dict[str, Any]
    warnings: tuple[str, ...] = field(default=())


def extract(html: str, url: str | None = None) -> Extraction:
    """The main content of ``html`` as lines, with a fallback when extraction fails.

    trafilatura runs with ``favor_precision`` (measured best on the development pages, see
    the README); when that yields nothing or very little, a second pass with
    ``favor_recall`` and then trafilatura's baseline are tried, and the sidecar says so.

    It is asked for ``txt`` output: its extraction and metadata do not depend on the format,
    and unlike ``python`` output that does not render a text of its own, which is never used
    here (the lines come from the XML body).
    """
    from trafilatura import bare_extraction, baseline

    warnings: list[str] = []
    document = bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        favor_precision=True,
        output_format="txt",
    )
    lines = _lines(document)
    if _too_short(lines):
        recall = bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, favor_recall=True,
            output_format="txt",
        )  # fmt: skip
        recall_lines = _lines(recall)
        if _chars(recall_lines) > _chars(lines) and _has_prose(recall_lines):
            warnings.append("little text with favor_precision; used trafilatura favor_recall")
            document, lines = recall, recall_lines
    if not lines:
        _, text, _ = baseline(html)
        baseline_lines = [line.strip() for line in text.splitlines() if line.strip()]
        if _has_prose(baseline_lines):
            lines = baseline_lines
            warnings.append("trafilatura found no article; used its baseline")
        else:
            warnings.append("no article text found on this page")
    text = "\n".join(lines) + "\n" if lines else ""
    metadata = _metadata(document)
    if text and "fingerprint" not in metadata:
        metadata["fingerprint"] = fingerprint(f"{metadata.get('title')} {text}")
    return Extraction(text=text, metadata=metadata, warnings=tuple(warnings))


def fingerprint(content: str) -> str:
    """trafilatura's ``content_fingerprint`` (a 64-bit Simhash of the content's tokens), in
    a third of its time.

    trafilatura adds each token's +1/-1 vector to a running total one token at a time, a
    new 64-item list per token (a millisecond or more on an article, a few percent of the
    whole extraction). Here each token's 64 hash bits are spread into 64 counters of
    ``COUNTER_BITS`` bits inside one integer (``_spread``), so one integer sum counts, for
    every bit, the tokens that set it; a bit of the Simhash is set where at least half of the
    tokens set it (trafilatura's total of +1s and -1s is then >= 0). The tokens and the hash
    are trafilatura's (``sample_tokens``, an 8-byte blake2b), so the value is the same; a
    test holds it to ``content_fingerprint``.
    """
    from trafilatura.deduplication import sample_tokens

    tokens = sample_tokens(content, SIMHASH_BITS)
    counts = sum(map(_spread, tokens))
    simhash = 0
    for bit in range(SIMHASH_BITS):
        if 2 * (counts >> bit * COUNTER_BITS & COUNTER_MASK) >= len(tokens):
            simhash |= 1 << bit
    return f"{simhash:x}"


@lru_cache(maxsize=2**14)
def _spread(token: str) -> int:
    """The token's hash with bit ``i`` moved to bit ``i * COUNTER_BITS``: one counter each.

    Cached like trafilatura's own per-token vectors (the same words recur across pages).
    """
    digest = blake2b(token.encode(), digest_size=SIMHASH_BITS // 8).digest()
    spread = 0
    for position, byte in enumerate(reversed(digest)):  # the hash is read big-endian
        spread |= _BYTE_SPREAD[byte] << position * 8 * COUNTER_BITS
    return spread


def _lines(document: Any) -> list[str]:
    if document is None or getattr(document, "body", None) is None:
        return []
    return [line for line in _block_texts(document.body) if line]


def _block_texts(element: Any) -> Iterator[str]:
    """One string per block element, in document order.

    A block with blocks inside (a quote holding paragraphs) is walked into, and its loose
    text, such as the signature line of an embedded post after its paragraph, comes out as
    lines of its own.
    """
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "row":
            cells = [_one_line(cell) for cell in child]
            yield " | ".join(cell for cell in cells if cell)
        elif tag == "head" and not _holds_blocks(child):  # a headline stays one line
            yield _one_line(child)
        elif tag in BLOCK_TAGS and not _holds_blocks(child):
            for line in _text_lines(child):
                yield _squash(line)
        else:
            if child.text and child.text.strip():
                yield _squash(child.text)
            yield from _block_texts(child)
        if child.tail and child.tail.strip():
            yield _squash(child.tail)


def _text_lines(element: Any) -> list[str]:
    """The text of ``element``, split where it holds an ``<lb/>``.

    trafilatura marks a ``<br>`` of the page as ``<lb/>``, an element without text: joined
    the way ``itertext`` gives it, "states<br>It is" would become the non-word "statesIt".
    A break starts a line of its own, as in trafilatura's own text output; a newline in the
    text itself is only the page's source wrapping and stays a space.
    """
    lines: list[list[str]] = [[]]
    _collect_text(element, lines)
    return ["".join(parts) for parts in lines]


def _one_line(element: Any) -> str:
    """The text of ``element`` on one line: a break inside a table cell or a headline is a
    space."""
    return _squash(" ".join(_text_lines(element)))


def _collect_text(element: Any, lines: list[list[str]]) -> None:
    if element.tag == "lb":
        lines.append([])
    elif isinstance(element.tag, str) and element.text:
        lines[-1].append(element.text)
    for child in element:
        _collect_text(child, lines)
        if child.tail:
            lines[-1].append(child.tail)


def _holds_blocks(element: Any) -> bool:
    return any(
        isinstance(sub.tag, str) and sub.tag in BLOCK_TAGS for sub in element.iterdescendants()
    )


def _squash(text: str) -> str:
    return " ".join(text.split())


def _has_prose(lines: list[str]) -> bool:
    """Whether a fallback found sentences, not just link text (an index page has none)."""
    return any(len(line.split()) >= 8 and _SENTENCE_END.search(line) for line in lines)


def _chars(lines: list[str]) -> int:
    return sum(len(line) for line in lines)


def _too_short(lines: list[str]) -> bool:
    return _chars(lines) < MIN_TEXT_CHARS


def _metadata(document: Any) -> dict[str, Any]:
    if document is None:
        return {}
    meta = {name: getattr(document, name, None) for name in META_FIELDS}
    return {name: value for name, value in meta.items() if value not in (None, "", [])}
