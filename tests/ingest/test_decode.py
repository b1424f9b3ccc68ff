"""Tests of reader/ingest/decode.py: encodings, BOMs and binary sniffing."""

from __future__ import annotations

import codecs
import math
import struct
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.errors import IngestError
from reader.ingest import load_document
from reader.ingest.decode import BINARY_MAGIC, decode_bytes, looks_binary

SAMPLE = "Kim’s “fiery friendship” — café\u00a0déjà vu"

ENCODED: list[tuple[str, bytes]] = [
    ("utf-8", SAMPLE.encode("utf-8")),
    ("utf-8-bom", codecs.BOM_UTF8 + SAMPLE.encode("utf-8")),
    ("utf-16-le-bom", codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le")),
    ("utf-16-be-bom", codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be")),
    ("utf-32-le-bom", codecs.BOM_UTF32_LE + SAMPLE.encode("utf-32-le")),
    ("utf-32-be-bom", codecs.BOM_UTF32_BE + SAMPLE.encode("utf-32-be")),
    ("cp1252", SAMPLE.encode("cp1252")),
    ("utf-16-le, no bom", SAMPLE.encode("utf-16-le")),
    ("utf-16-be, no bom", SAMPLE.encode("utf-16-be")),
]


@pytest.mark.parametrize(("label", "data"), ENCODED, ids=[e[0] for e in ENCODED])
def test_decodes_each_encoding(label: str, data: bytes) -> None:
    assert decode_bytes(data) == SAMPLE


ALPHABETS = {
    "russian": "Путин и Ким подписали договор о стратегическом партнёрстве, 19 июня. ",
    "greek": "Ο Πούτιν και ο Κιμ υπέγραψαν συμφωνία στρατηγικής εταιρικής σχέσης. ",
    "arabic": "وقع بوتين وكيم اتفاقية شراكة استراتيجية شاملة في بيونغ يانغ. ",
    "hebrew": "פוטין וקים חתמו על הסכם שותפות אסטרטגית מקיפה בפיונגיאנג. ",
}


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("language", sorted(ALPHABETS))
def test_utf16_of_another_alphabet_without_a_bom_is_read(language: str, order: str) -> None:
    text = ALPHABETS[language] * 40
    assert decode_bytes(text.encode(order)) == text


def test_sixteen_bit_samples_laid_out_like_an_alphabets_utf16_stay_binary() -> None:
    # quiet sound: high bytes 0x00 and 0xFF, low bytes anything (many of them controls)
    samples = [round(200 * math.sin(k / 7)) for k in range(10_000)]
    with pytest.raises(IngestError, match="looks like a binary file"):
        decode_bytes(struct.pack(f"<{len(samples)}h", *samples), "quiet.raw")


def test_bom_is_not_part_of_the_text() -> None:
    assert not decode_bytes(codecs.BOM_UTF8 + b"abc").startswith("\ufeff")


def test_undecodable_bytes_become_replacement_characters() -> None:
    # 0x81 is undefined in cp1252 and invalid in UTF-8: the last resort replaces it.
    assert decode_bytes(b"caf\xc3\xa9 \x81 ok") == "café \ufffd ok"


def test_latin1_accents_decode_as_cp1252() -> None:
    assert decode_bytes("résumé".encode("latin-1")) == "résumé"


@pytest.mark.parametrize("magic", BINARY_MAGIC)
def test_known_magic_numbers_are_binary(magic: bytes) -> None:
    assert looks_binary(magic + b"rest of the file, which could be anything")


BINARY_CASES: list[tuple[str, bytes]] = [
    ("nul", b"text with a \x00 inside"),
    ("controls", bytes(range(1, 9)) * 50 + b"some text"),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"),
    ("zip", b"PK\x03\x04\x14\x00\x00\x00"),
    # NUL every other byte, as in UTF-16, but the other bytes are controls: not text
    ("utf-16-shaped controls", bytes([1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8, 0]) * 20),
]


@pytest.mark.parametrize(("label", "data"), BINARY_CASES, ids=[c[0] for c in BINARY_CASES])
def test_binary_data_raises_ingest_error(label: str, data: bytes) -> None:
    with pytest.raises(IngestError, match="looks like a binary file"):
        decode_bytes(data, "x.bin")


TEXT_CASES: list[bytes] = [
    b"",
    b"plain text\r\nwith CRLF\tand tab\x0c",
    codecs.BOM_UTF16_LE + "utf-16 has NUL bytes".encode("utf-16-le"),
    b"ANSI escape \x1b[1m bold",
]


@pytest.mark.parametrize("data", TEXT_CASES)
def test_text_data_is_not_binary(data: bytes) -> None:
    assert not looks_binary(data)


def test_nul_after_the_sniffed_prefix_is_tolerated() -> None:
    data = b"a" * 9000 + b"\x00"
    assert decode_bytes(data).startswith("a")


def test_utf16_bom_with_binary_content_is_binary() -> None:
    data = codecs.BOM_UTF16_LE + ("\x01\x02\x03" * 100).encode("utf-16-le")
    with pytest.raises(IngestError):
        decode_bytes(data)


@settings(deadline=None)  # no per-example deadline: the machine may be busy
@given(st.binary())
def test_any_bytes_decode_or_raise_ingest_error(data: bytes) -> None:
    try:
        text = decode_bytes(data)
    except IngestError:
        return
    assert isinstance(text, str)


DECLARED: list[tuple[str, str]] = [
    ("koi8-r", '<html><head><meta charset="koi8-r"></head><body>Привет, мир</body></html>'),
    (
        "shift_jis",
        '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>日本語</p>',
    ),
    ("iso-8859-7", '<?xml version="1.0" encoding="iso-8859-7"?><p>Καλημέρα</p>'),
]


@pytest.mark.parametrize(("encoding", "page"), DECLARED, ids=[d[0] for d in DECLARED])
def test_declared_charset_is_used_when_utf8_fails(encoding: str, page: str) -> None:
    assert decode_bytes(page.encode(encoding)) == page


def test_unknown_declared_charset_falls_back_to_cp1252() -> None:
    page = '<meta charset="no-such-codec"><p>café “x”</p>'
    assert decode_bytes(page.encode("cp1252")) == page


@pytest.mark.parametrize("codec", ["idna", "rot13", "base64", "utf-7", "punycode"])
def test_odd_declared_codecs_never_crash(codec: str) -> None:
    page = f'<meta charset="{codec}"><p>caf\xe9 \x81</p>'.encode("latin-1") + b"\xff" * 70
    assert isinstance(decode_bytes(page), str)


def test_utf16_le_text_starting_with_nul_is_not_taken_for_utf32() -> None:
    # FF FE 00 00 reads as UTF-32 LE's BOM, but "0" (2 bytes) is no UTF-32 text: UTF-16 LE
    # it is, whose NUL makes it binary (not a "\ufffd" mojibake document).
    data = codecs.BOM_UTF16_LE + "\x000".encode("utf-16-le")
    with pytest.raises(IngestError, match="binary"):
        decode_bytes(data)


def test_utf8_with_a_truncated_last_character_stays_utf8() -> None:
    data = "Kim’s “treaty” in 평양 🙂".encode()[:-2]
    assert decode_bytes(data) == "Kim’s “treaty” in 평양 \ufffd"


def test_utf8_with_one_stray_byte_stays_utf8() -> None:
    data = "“Kim” — “Putin” — “treaty”".encode() + b" \x93"
    assert decode_bytes(data) == "“Kim” — “Putin” — “treaty” \ufffd"


def test_cp1252_with_one_valid_utf8_lookalike_is_cp1252() -> None:
    data = "“Kim” said café ".encode("cp1252") + "é".encode()
    assert decode_bytes(data) == "“Kim” said café Ã©"


def test_utf16_text_opening_with_nul_is_refused_not_misread_as_utf32() -> None:
    # FF FE 00 00 is also the UTF-32 LE BOM; read so, "0" and "\x10" made one character
    data = codecs.BOM_UTF16_LE + "\x000\x10".encode("utf-16-le")
    with pytest.raises(IngestError, match="binary"):
        decode_bytes(data)


def test_utf32_text_still_reads_as_utf32() -> None:
    data = codecs.BOM_UTF32_LE + "Quake hits coast".encode("utf-32-le")
    assert decode_bytes(data) == "Quake hits coast"


# Browsers read a page declared ISO-8859-1 or US-ASCII as windows-1252 (the WHATWG
# Encoding Standard maps those labels to it), and such pages are written in windows-1252:
# curly quotes, dashes and the euro sign sit in bytes 0x80-0x9F, C1 controls in Latin-1.
LEGACY_LABELS = [
    '<meta charset="iso-8859-1">',
    '<meta charset="latin1">',
    '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
    '<meta charset="us-ascii">',
]


@pytest.mark.parametrize("head", LEGACY_LABELS)
def test_page_declared_latin1_is_read_as_windows_1252(tmp_path: Path, head: str) -> None:
    body = "<p>The minister’s “deal” — worth €2.5 million… was signed in Zürich on Tuesday.</p>"
    path = tmp_path / "page.html"
    path.write_bytes(f"<html><head>{head}</head><body>{body}</body></html>".encode("cp1252"))
    assert "The minister’s “deal” — worth €2.5 million…" in load_document(path).text


def test_page_declared_latin1_with_a_byte_windows_1252_lacks_stays_latin1() -> None:
    page = '<meta charset="iso-8859-1"><p>café \x81 crème</p>'
    assert "café" in decode_bytes(page.encode("latin-1"))


# Browsers read these labels as the wider encoding that contains them (WHATWG Encoding
# Standard), and pages so labelled use its characters: a circled figure or a company mark
# in Japanese, a syllable KS X 1001 lacks in Korean, a name's character in Chinese.
WIDER_ENCODINGS = [
    ("shift_jis", "cp932", "株式会社①の社長は「２０２４年」に辞任した。"),
    ("windows-31j", "cp932", "株式会社①の社長は「２０２４年」に辞任した。"),
    ("euc-kr", "cp949", "똠방각하 뉴스: 정부는 발표했다."),
    ("gb2312", "gb18030", "镕基总理说：“我们会坚持。”"),
    ("tis-620", "cp874", "รัฐบาลแถลง “ข่าว” วันนี้"),
]


@pytest.mark.parametrize(
    ("label", "codec", "text"), WIDER_ENCODINGS, ids=[w[0] for w in WIDER_ENCODINGS]
)
def test_page_in_a_legacy_asian_encoding_is_read_as_browsers_read_it(
    tmp_path: Path, label: str, codec: str, text: str
) -> None:
    path = tmp_path / "page.html"
    page = f'<html><head><meta charset="{label}"></head><body><p>{text}</p></body></html>'
    path.write_bytes(page.encode(codec))
    assert text in load_document(path).text


# texts in a legacy encoding of their script, saved without naming it
UNDECLARED = [
    ("북한과 러시아는 수요일 평양에서 포괄적 전략 동반자 협정에 서명했다. 이 협정은 한쪽이 "
     "공격을 받으면 다른 쪽이 지체 없이 군사 지원을 제공하도록 규정하고 있다.", "cp949"),
    ("俄罗斯总统普京和朝鲜领导人金正恩周三在平壤签署了全面战略伙伴关系条约，规定一方遭到攻击时"
     "另一方应立即提供军事援助。", "gbk"),
    ("ロシアのプーチン大統領と北朝鮮の金正恩総書記は水曜日、平壌で包括的戦略パートナーシップ"
     "条約に署名した。", "shift_jis"),
    ("Президент России Владимир Путин и лидер КНДР Ким Чен Ын в среду подписали в Пхеньяне "
     "договор о всеобъемлющем стратегическом партнерстве.", "cp1251"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "encoding"), UNDECLARED)
def test_a_legacy_encoding_of_a_non_latin_script_is_guessed(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize(
    "text",
    [
        "Der russische Präsident und der nordkoreanische Machthaber haben am Mittwoch in "
        "Pjöngjang einen Vertrag unterzeichnet – „ein Durchbruch“, sagte Kim.",
        "Le président russe a signé mercredi à Pyongyang un traité. « C'est un traité très "
        "fort », a déclaré Kim.",
    ],
)
def test_a_latin_text_in_cp1252_stays_cp1252_whatever_is_guessed(text: str) -> None:
    assert decode_bytes(text.encode("cp1252")) == text
