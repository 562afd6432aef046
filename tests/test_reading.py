"""Reading: every input decodes to text that re-encodes to exactly the bytes on disk."""

from __future__ import annotations

import codecs
import gzip
import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from cleaner import reading
from cleaner.reading import InputError, NotTextError, decode_bytes, read_path

FRENCH = "Le garçon a mangé une pêche à la crème brûlée, déjà « très » célèbre.\n"
WINDOWS = "The minister’s “final” offer – €5 million – was rejected.\n"


def assert_lossless(data: bytes, expected_text: str | None = None) -> reading.Loaded:
    loaded = decode_bytes(data, "doc.txt")
    assert loaded.text.encode(loaded.source.encoding) == data
    if expected_text is not None:
        assert loaded.text == expected_text
    return loaded


def test_plain_utf8_is_read_as_utf8() -> None:
    loaded = assert_lossless("Grüße aus Köln\n".encode(), "Grüße aus Köln\n")
    assert loaded.source.encoding == "utf-8"
    assert loaded.source.format == "text"


def test_utf8_bom_is_utf8_sig_and_not_part_of_the_text() -> None:
    loaded = assert_lossless(codecs.BOM_UTF8 + b"Headline\r\nBody\r\n", "Headline\r\nBody\r\n")
    assert loaded.source.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_unicode_with_bom_round_trips(codec: str) -> None:
    bom = {
        "utf-16-le": codecs.BOM_UTF16_LE,
        "utf-16-be": codecs.BOM_UTF16_BE,
        "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE,
    }[codec]
    data = bom + FRENCH.encode(codec)
    loaded = assert_lossless(data)
    assert loaded.text.lstrip("\ufeff") == FRENCH


def test_cp1252_punctuation_is_decoded_as_cp1252() -> None:
    loaded = assert_lossless(WINDOWS.encode("cp1252"), WINDOWS)
    assert loaded.source.encoding == "cp1252"


@pytest.mark.parametrize(
    "text",
    [
        "Une idée naïve : le maïs coûte cher à Noël.\n",
        "Die Förderung für Elektroautos wird verlängert, sagte der Minister in Köln.\n",
        "El presidente anunció que la reunión se celebrará el próximo año en España.\n",
    ],
)
def test_latin1_western_text_is_not_read_as_central_european(text: str) -> None:
    # charset_normalizer ranks cp1250 first on such lines; it would turn "ï" into "ď".
    assert_lossless(text.encode("latin-1"), text)


def test_guess_that_does_not_round_trip_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    # "utf-16" decodes these 8 bytes, but re-encoding adds a BOM: not the bytes on disk.
    monkeypatch.setattr(reading, "_guessed_encodings", lambda data: iter(["utf-16"]))
    loaded = assert_lossless(b"caf\xe9 ok", "café ok")
    assert loaded.source.encoding == "latin-1"


def test_bytes_undefined_in_cp1252_fall_back_to_latin1(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "_guessed_encodings", lambda data: iter(()))
    data = b"caf\xe9 \x81\x8d\n"  # 0x81 and 0x8D have no cp1252 character
    loaded = assert_lossless(data, "café \x81\x8d\n")
    assert loaded.source.encoding == "latin-1"


def test_cp1252_when_charset_normalizer_has_no_guess(monkeypatch: pytest.MonkeyPatch) -> None:
    import charset_normalizer

    monkeypatch.setattr(charset_normalizer, "from_bytes", lambda data: [])
    loaded = assert_lossless(WINDOWS.encode("cp1252"), WINDOWS)
    assert loaded.source.encoding == "cp1252"


def test_utf8_input_never_runs_charset_detection(monkeypatch: pytest.MonkeyPatch) -> None:
    import charset_normalizer

    def fail(data: bytes) -> list[object]:
        raise AssertionError("charset detection ran on UTF-8 input")

    monkeypatch.setattr(charset_normalizer, "from_bytes", fail)
    assert_lossless("Grüße\n".encode(), "Grüße\n")


@pytest.mark.parametrize(
    "codec, text",
    [
        ("cp1251", "Правительство объявило в среду, что увеличит расходы на здравоохранение.\n"),
        ("cp1250", "Rząd ogłosił w środę, że zwiększy wydatki na służbę zdrowia i edukację.\n"),
        (
            "cp1253",
            "Η κυβέρνηση ανακοίνωσε την Τετάρτη ότι θα αυξήσει τις δαπάνες για την υγεία.\n",
        ),
    ],
)
def test_non_western_legacy_encodings_are_not_forced_to_cp1252(codec: str, text: str) -> None:
    assert_lossless(text.encode(codec), text)


def test_crlf_and_missing_final_newline_are_preserved(tmp_path: Path) -> None:
    data = b"One line.\r\nTwo lines.\r\n\r\nNo newline at the end"
    path = tmp_path / "crlf.txt"
    path.write_bytes(data)
    loaded = read_path(path)
    assert loaded.text == data.decode()
    assert loaded.source.bytes == len(data)
    assert loaded.source.sha256 == hashlib.sha256(data).hexdigest()
    assert loaded.source.path == str(path)


def test_nul_bytes_mean_binary(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    with pytest.raises(NotTextError, match=r"binary file \(NUL bytes\), skipped"):
        read_path(path)


def test_nul_bytes_after_the_first_8_kib_do_not_make_a_file_binary() -> None:
    data = b"a" * (8 * 1024) + b"\0 trailer"
    assert_lossless(data)


def test_gzip_is_read_transparently_and_hashed_after_gunzip(tmp_path: Path) -> None:
    data = b"First line.\r\nSecond line.\n"
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(data))
    loaded = read_path(path)
    assert loaded.text == data.decode()
    assert loaded.compressed
    assert loaded.source.sha256 == hashlib.sha256(data).hexdigest()
    assert loaded.source.bytes == len(data)


def truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def bad_checksum(data: bytes) -> bytes:
    return data[:-8] + bytes([data[-8] ^ 0xFF]) + data[-7:]


@pytest.mark.parametrize("damage", [truncated, bad_checksum])
def test_corrupt_gzip_is_an_input_error_with_one_line(
    tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    path = tmp_path / "broken.txt.gz"
    path.write_bytes(damage(gzip.compress(bytes(range(32, 127)) * 50)))
    with pytest.raises(InputError) as caught:
        read_path(path)
    assert "gzip" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_not_gzip_at_all_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt.gz"
    path.write_bytes(b"plain text, not compressed\n")
    with pytest.raises(InputError, match="gzip"):
        read_path(path)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_path(tmp_path / "absent.txt")


@pytest.mark.parametrize("data", [b"", b"   \n\t\n", b"\r\n"])
def test_empty_and_whitespace_only_files_are_text(data: bytes) -> None:
    loaded = assert_lossless(data, data.decode())
    assert loaded.source.format == "text"
    assert loaded.source.bytes == len(data)


@pytest.mark.parametrize(
    "name, head",
    [
        ("page.html", "<p>just words</p>"),
        ("page.htm.gz", "<div>just words"),
        ("page.txt", "<!DOCTYPE html><html><head></head>"),
        ("page.txt", "\n  <html lang='en'>"),
        ("page.txt", "<div>menu</div><body class='x'>"),
    ],
)
def test_html_is_detected_by_name_or_content(name: str, head: str) -> None:
    assert decode_bytes(head.encode(), name).source.format == "html"


@pytest.mark.parametrize("name", ["page.html", "page.htm.gz"])
def test_html_name_without_any_markup_is_text(name: str) -> None:
    assert decode_bytes(b"just words, no tags at all\n", name).source.format == "text"


def test_angle_brackets_in_prose_are_still_text() -> None:
    loaded = decode_bytes(b"Use the <b> tag sparingly, said the editor.\n", "note.txt")
    assert loaded.source.format == "text"


def test_stdin_bytes_have_no_path() -> None:
    loaded = decode_bytes(b"hello\n", None)
    assert loaded.source.path is None
    assert not loaded.compressed


def test_a_50_mb_single_line_is_read(tmp_path: Path) -> None:
    line = ("word " * 10_000_000).encode()  # 50 MB, no newline at all
    path = tmp_path / "huge.txt"
    path.write_bytes(line)
    loaded = read_path(path)
    assert len(loaded.text) == len(line)
    assert loaded.source.encoding == "utf-8"
    assert loaded.source.format == "text"


def test_html_meta_charset_is_trusted_before_guessing() -> None:
    text = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'
        "</head><body><p>Rząd ogłosił w środę, że zwiększy wydatki na służbę zdrowia.</p>"
        "</body></html>\n"
    )
    loaded = decode_bytes(text.encode("cp1250"), "page.html")
    assert loaded.text == text
    assert loaded.source.encoding == "cp1250"
