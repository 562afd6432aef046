"""The start-up friendly hashes give exactly hashlib's digests, before and after the switch."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner import digest


@given(st.binary(max_size=4096), st.binary(max_size=256))
def test_sha256_is_hashlibs_on_either_side_of_the_budget(data: bytes, more: bytes) -> None:
    expected = hashlib.sha256(data + more).hexdigest()
    for spent in (0, digest.BUILTIN_BUDGET):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(digest, "_builtin_bytes", spent)
            started = digest.sha256(data)
            started.update(more)
            assert started.hexdigest() == expected
            assert digest.sha256_hex(data + more) == expected


def test_a_short_run_uses_cpythons_own_sha256_and_a_long_one_hashlibs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(digest, "_builtin_bytes", 0)
    assert type(digest.sha256(b"x" * 1000)) is not type(hashlib.sha256())
    monkeypatch.setattr(digest, "_builtin_bytes", digest.BUILTIN_BUDGET)
    assert type(digest.sha256(b"x")) is type(hashlib.sha256())


@given(st.binary(max_size=1024), st.integers(min_value=1, max_value=64))
def test_blake2b_is_hashlibs(data: bytes, size: int) -> None:
    assert digest.blake2b_digest(data, size) == hashlib.blake2b(data, digest_size=size).digest()


def test_a_first_input_over_the_budget_goes_to_hashlib_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(digest, "_builtin_bytes", 0)
    big = b"x" * (digest.BUILTIN_BUDGET + 1)
    assert type(digest.sha256(big)) is type(hashlib.sha256())
