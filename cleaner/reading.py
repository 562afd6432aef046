"""Bytes in, text out: decompression, binary detection, encoding and format detection.

Every decision here is made so that ``text.encode(source.encoding)`` gives back the exact
bytes that were read: the sidecar records the encoding, and ``restore`` relies on it to
rebuild the original file byte for byte.
"""

from __future__ import annotations

import codecs
import itertools
import re
import zlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

from cleaner.digest import sha256_hex
from cleaner.model import Source

if TYPE_CHECKING:
    from cleaner.outputs import Location

BINARY_SNIFF_BYTES = 8 * 1024
HTML_SNIFF_CHARS = 4 * 1024
HTML_SUFFIXES = (".html", ".htm")
GZIP_SUFFIX = ".gz"
WEB_DEFAULT_ENCODING = "cp1252"
"""What browsers assume for Western text without a declared charset (WHATWG maps latin-1 to it)."""

# Wide Unicode BOMs, longest first (the UTF-32-LE BOM starts with the UTF-16-LE one), each with
# the codecs to try: the generic codec strips the BOM but is lossless only in the platform's byte
# order; the explicit one keeps the BOM as U+FEFF in the text, so re-encoding restores it.
_WIDE_BOM_CODECS: tuple[tuple[bytes, tuple[str, ...]], ...] = (
    (codecs.BOM_UTF32_LE, ("utf-32", "utf-32-le")),
    (codecs.BOM_UTF32_BE, ("utf-32", "utf-32-be")),
    (codecs.BOM_UTF16_LE, ("utf-16", "utf-16-le")),
    (codecs.BOM_UTF16_BE, ("utf-16", "utf-16-be")),
)


class InputError(Exception):
    """An input that cannot be read as text; the message is a one-line reason."""


class NotTextError(InputError):
    """The input looks binary; it is skipped rather than cleaned."""


class Loaded(NamedTuple):
    """A decoded document and where it came from.

    ``compressed`` tells writers (``fix``) to gzip the result again, because the path keeps
    its ``.gz`` name.
    """

    text: str
    source: Source
    compressed: bool = False


def read_path(path: Location) -> Loaded:
    """Read a file from disk (or a URL's file system), gunzipping ``*.gz`` transparently."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read: {err.strerror or err}") from err
    compressed = path.name.lower().endswith(GZIP_SUFFIX)
    if compressed:
        data = _gunzip(data)
    return _decode(data, str(path), compressed=compressed)


def decode_bytes(data: bytes, path: str | None) -> Loaded:
    """Decode bytes already in memory (stdin, a JSONL record); ``path`` is only a label."""
    return _decode(data, path, compressed=False)


def _decode(data: bytes, path: str | None, *, compressed: bool) -> Loaded:
    text, encoding = _decode_text(data)
    source = Source(
        path=path,
        format=_detect_format(text, path),
        sha256=sha256_hex(data),
        bytes=len(data),
        encoding=encoding,
    )
    return Loaded(text=text, source=source, compressed=compressed)


def _gunzip(data: bytes) -> bytes:
    import gzip  # here: most inputs are not gzipped, and every start would pay for it

    try:
        return gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as err:
        raise InputError(f"corrupt gzip data: {err}") from err


def _decode_text(data: bytes) -> tuple[str, str]:
    """Return the text and the codec that re-encodes it to exactly ``data``."""
    wide_codecs = next((names for bom, names in _WIDE_BOM_CODECS if data.startswith(bom)), ())
    for encoding in wide_codecs:
        text = _lossless_decode(data, encoding)
        if text is not None:
            return text, encoding
    if b"\0" in data[:BINARY_SNIFF_BYTES]:
        raise NotTextError("binary file (NUL bytes), skipped")
    utf8 = "utf-8-sig" if data.startswith(codecs.BOM_UTF8) else "utf-8"
    for encoding in itertools.chain((utf8,), _guessed_encodings(data)):  # guesses run lazily
        text = _lossless_decode(data, encoding)
        if text is not None:
            return text, encoding
    return data.decode("latin-1"), "latin-1"


def _lossless_decode(data: bytes, encoding: str) -> str | None:
    """Decode ``data`` if re-encoding the text gives the same bytes, else ``None``."""
    try:
        text = data.decode(encoding)
        if text.encode(encoding) == data:
            return text
    except (UnicodeError, LookupError):
        pass
    return None


def _guessed_encodings(data: bytes) -> Iterator[str]:
    """cp1252 if charset_normalizer finds it plausible, else its best guess, else cp1252.

    On news-sized texts charset_normalizer often ranks a Central European or DOS code page
    first for plain cp1252 (curly quotes become "ôfinalö", "naïve" becomes "naďve"): their
    scores differ by noise. The rule packs target Western European languages, whose legacy
    encoding is cp1252, so it wins whenever it is among the candidates at all; text that
    cp1252 cannot be (Cyrillic, Greek, Polish, Japanese) never lists it.
    """
    import charset_normalizer  # slow to import, and only needed for non-UTF-8 input

    matches = list(charset_normalizer.from_bytes(data))
    if any(WEB_DEFAULT_ENCODING in match.could_be_from_charset for match in matches):
        yield WEB_DEFAULT_ENCODING
    if matches:
        yield matches[0].encoding
    yield WEB_DEFAULT_ENCODING


def _detect_format(text: str, path: str | None) -> str:
    """``html`` by what the start of the text looks like, or by file name when the text has
    markup at all; a ``.html`` file without a single tag is plain text and goes that way."""
    if path is not None and _is_html_name(path):
        return "html" if _MARKUP.search(text, 0, 64 * 1024) else "text"
    head = text[:HTML_SNIFF_CHARS].lstrip("\ufeff \t\r\n").lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    return "text"


_MARKUP = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*[\s>/]|!--|!doctype)", re.IGNORECASE)


def _is_html_name(path: str) -> bool:
    """Whether a file name says HTML, looking through one ``.gz``."""
    name = path.lower()
    if name.endswith(GZIP_SUFFIX):
        name = name[: -len(GZIP_SUFFIX)]
    return name.endswith(HTML_SUFFIXES)
