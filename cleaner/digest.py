"""SHA-256 for sidecars and caches, and BLAKE2b for line keys, without loading OpenSSL in a
short run.

``import hashlib`` loads OpenSSL's libcrypto, about 3 ms: a twentieth of what a pre-commit
check of one file may take in all (DESIGN.md: within 1.5x of importing typer and regex).
CPython carries SHA-256 of its own (module ``_sha256``, ``_sha2`` from Python 3.12): the same
function, free to load, at about a fifth of OpenSSL's speed. A process uses it until it has
started hashes over ``BUILTIN_BUDGET`` bytes (a check of one file hashes the rule files and
the article, a few hundred kilobytes), and hashlib's from then on, so a batch pays for the
import once and hashes at full speed. The digests are the same either way.
"""

import importlib
from collections.abc import Callable
from typing import Any, Protocol

BUILTIN_BUDGET = 1 << 20
"""About where the two break even: CPython's own SHA-256 costs some 2.5 ms more per megabyte
than OpenSSL's (measured on x86-64: 16 µs against 3 µs for 5 kB), and loading OpenSSL about
3 ms."""


class Hash(Protocol):
    """What the callers use of a hash object (hashlib's and CPython's own have the same)."""

    def update(self, data: bytes, /) -> None: ...

    def hexdigest(self) -> str: ...


def _builtin_sha256() -> Callable[[bytes], Any] | None:
    for name in ("_sha256", "_sha2"):
        try:
            return importlib.import_module(name).sha256  # type: ignore[no-any-return]
        except (ImportError, AttributeError):
            continue
    return None


_BUILTIN = _builtin_sha256()
_builtin_bytes = 0


def sha256(data: bytes = b"") -> Hash:
    """A SHA-256 hash object started with ``data`` (``update`` adds more, uncounted: a
    caller that hashes much piece by piece uses hashlib itself)."""
    global _builtin_bytes
    if _BUILTIN is not None and _builtin_bytes + len(data) <= BUILTIN_BUDGET:
        _builtin_bytes += len(data)  # a race between threads only moves the switch a little
        hashed: Hash = _BUILTIN(data)
        return hashed
    import hashlib

    return hashlib.sha256(data)


def sha256_hex(data: bytes) -> str:
    """The SHA-256 of ``data`` as 64 hex digits."""
    return sha256(data).hexdigest()


def _blake2b() -> Callable[..., Any]:
    """hashlib's BLAKE2b is CPython's own (module ``_blake2``) in every build: taken from
    there, it needs no OpenSSL either."""
    try:
        return importlib.import_module("_blake2").blake2b  # type: ignore[no-any-return]
    except (ImportError, AttributeError):
        import hashlib

        return hashlib.blake2b


_BLAKE2B = _blake2b()


def blake2b_digest(data: bytes, size: int) -> bytes:
    """The BLAKE2b digest of ``data`` in ``size`` bytes."""
    digest: bytes = _BLAKE2B(data, digest_size=size).digest()
    return digest
