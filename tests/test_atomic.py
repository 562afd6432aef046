"""Atomic writes: the target holds the old bytes or the new ones, and no temp file is left."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cleaner.atomic import write_atomic


def test_creates_missing_parent_folders(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "out.txt"
    write_atomic(target, b"data")
    assert target.read_bytes() == b"data"


def test_text_is_utf8_with_newlines_untouched(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    write_atomic(target, "Köln\r\nZürich\rBern\n")
    assert target.read_bytes() == "Köln\r\nZürich\rBern\n".encode()


def test_replaces_an_existing_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"old contents that are longer")
    target.chmod(0o640)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_new_files_get_umask_permissions_not_0600(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.txt", b"x")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o644


def test_no_temp_file_is_left_behind(tmp_path: Path) -> None:
    write_atomic(tmp_path / "out.txt", b"x")
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_failed_write_keeps_the_old_file_and_removes_the_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_parent_that_is_a_file_is_an_error_not_a_loop(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("a file where the folder should be")
    with pytest.raises(OSError):
        write_atomic(tmp_path / "taken" / "out.txt", "text")
    assert (tmp_path / "taken").read_text() == "a file where the folder should be"


def test_a_folder_another_process_makes_meanwhile_is_written_into(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two workers write the first files of a new output folder at once: the first open
    fails for want of the folder, and by the time this one looks, the other has made it.
    The write goes on into it (it had failed the document: a batch run exited 1 at times)."""
    target = tmp_path / "out" / "doc.txt"
    real_open = os.open
    calls = []

    def open_while_another_makes_the_folder(path: str, flags: int, mode: int = 0o777) -> int:
        calls.append(path)
        if len(calls) == 1:
            target.parent.mkdir()  # the other worker, between this open and the look
            raise FileNotFoundError(path)
        return real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", open_while_another_makes_the_folder)
    write_atomic(target, "text")
    assert target.read_text() == "text"
