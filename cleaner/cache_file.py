"""The on-disk form of news-cleaner's caches: marshalled plain data behind a checksum.

``marshal`` (the format of Python's own ``.pyc`` files) reads plain data fast and runs no code,
but it trusts the lengths it reads: a damaged file that claims a tuple of a billion items makes
it allocate gigabytes before it notices the data ends. So the payload is framed by a magic
string, its length and its CRC-32, and a file whose frame does not hold is never handed to
``marshal`` at all: like any unreadable cache, it only means building again.
"""

import marshal
import zlib
from pathlib import Path
from typing import Any

from cleaner.atomic import write_atomic

MAGIC = b"nc-cache"
_HEADER = len(MAGIC) + 4 + 8  # magic, CRC-32 and length of the payload (little-endian)


def write_cache_file(path: Path, value: Any) -> None:
    """Store ``value`` (plain data) at ``path`` atomically. Raises ``ValueError`` for a value
    marshal cannot store and ``OSError`` when the file cannot be written."""
    payload = marshal.dumps(value)
    header = MAGIC + zlib.crc32(payload).to_bytes(4, "little") + len(payload).to_bytes(8, "little")
    write_atomic(path, header + payload)


def read_cache_file(path: Path) -> Any:
    """The value stored at ``path``, or None if the file is missing, unreadable, damaged or
    not one of ours."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if len(data) < _HEADER or not data.startswith(MAGIC):
        return None
    crc = int.from_bytes(data[len(MAGIC) : len(MAGIC) + 4], "little")
    length = int.from_bytes(data[len(MAGIC) + 4 : _HEADER], "little")
    payload = memoryview(data)[_HEADER:]
    if len(payload) != length or zlib.crc32(payload) != crc:
        return None
    try:
        return marshal.loads(payload)
    except Exception:  # a frame that holds around data marshal refuses: not ours either
        return None
