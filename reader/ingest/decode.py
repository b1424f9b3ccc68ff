"""Bytes -> str: BOM detection, UTF-16 without a BOM, UTF-8, legacy cp1252, and binary
sniffing.

Never raises anything but ``IngestError``: undecodable input falls back to UTF-8 with
replacement characters; input that is not text at all is refused as binary.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import unicodedata

from reader.errors import IngestError

__all__ = [
    "BINARY_MAGIC",
    "SNIFF_BYTES",
    "binary_error",
    "binary_past_head",
    "binary_stretch",
    "decode_bytes",
    "decode_declared",
    "looks_binary",
    "read_bytewise",
    "refuse_binary_head",
]

SNIFF_BYTES = 8192

# Known binary signatures (documents, archives, images, executables, media).
BINARY_MAGIC: tuple[bytes, ...] = (
    b"%PDF",
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"PK\x07\x08",
    b"\x89PNG\r\n\x1a\n",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"\x1f\x8b",
    b"BZh91",
    b"\xfd7zXZ\x00",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"\x7fELF",
    b"MZ\x90\x00",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"\x00\x00\x01\x00",
    b"II*\x00",
    b"MM\x00*",
    b"OggS",
    b"fLaC",
    b"ID3\x02",
    b"ID3\x03",
    b"ID3\x04",
    b"\x1aE\xdf\xa3",
    b"SQLite format 3\x00",
    b"wOFF",
    b"wOF2",
    b"\xca\xfe\xba\xbe",
)

# Longest first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Bytes that never occur in text files (controls other than \t \n \f \r and ESC).
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}
_TEXT_BYTES = bytes(sorted(set(range(256)) - _CONTROL_BYTES))  # bytes.translate deletes them
_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})|"""
    rb"""<\?xml[^>]{0,100}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{2,40})""",
    re.IGNORECASE,
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Labels a browser reads as another encoding (WHATWG Encoding Standard): a page declared
# ISO-8859-1 is written in windows-1252, its quotes and dashes in bytes that Latin-1 reads
# as control characters; one declared Shift_JIS, EUC-KR or GB2312 uses the characters
# Microsoft's and China's wider tables add (①, 똠, 镕), which the strict codecs refuse.
# The label itself is the fallback.
_AS_BROWSERS_READ = {
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
}
# Labels browsers know and Python does not.
_LABELS = {
    "windows-31j": "cp932",
    "x-sjis": "cp932",
    "windows-874": "cp874",
    "windows-949": "cp949",
    "x-gbk": "gb18030",
    "x-euc-jp": "euc_jp",
}
_GOOD_PER_BAD = 4
_MAX_CONTROL_RATIO = 0.05
_MIN_CONTROLS = 8  # a few stray control characters do not make a file binary


def _bom(data: bytes) -> tuple[str, int] | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding == "utf-32-le" and not _plain_utf32(data[len(bom) :]):
                return "utf-16-le", len(codecs.BOM_UTF16_LE)  # UTF-16 text opening with NUL
            return encoding, len(bom)
    return None


def _plain_utf32(body: bytes) -> bool:
    """``body`` reads as UTF-32 LE text: whole 4-byte units, mostly of the Basic
    Multilingual Plane (upper two bytes zero), as every real text is. UTF-16 LE text
    whose first character is NUL starts with the same four bytes as the UTF-32 LE BOM."""
    if len(body) % 4:
        return False
    units = len(body) // 4
    wide = sum(1 for k in range(units) if body[4 * k + 2 : 4 * k + 4] != b"\0\0")
    return wide * 2 <= units


def binary_error(path: str) -> IngestError:
    """The error of a file (or a text, with no ``path``) that is binary data."""
    name = f"“{path}”" if path else "the text"
    return IngestError(
        f"Cannot open {name}: it looks like a binary file, not an article.", path or None
    )


def _control_ratio(sample: str) -> float:
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if c < " " and c not in "\t\n\f\r\x1b")
    return bad / len(sample) if bad > _MIN_CONTROLS else 0.0


def looks_binary(data: bytes) -> bool:
    """True for a known binary signature, NUL bytes or many control bytes (no BOM)."""
    if data.startswith(BINARY_MAGIC):
        return True
    bom = _bom(data)
    if bom is not None and bom[0] != "utf-8":
        return False
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        return True
    if not head:
        return False
    bad = sum(1 for b in head if b in _CONTROL_BYTES)
    return bad > _MIN_CONTROLS and bad / len(head) > _MAX_CONTROL_RATIO


def binary_stretch(stretch: bytes) -> bool:
    """True when ``stretch``, SNIFF_BYTES of a text past its head, holds binary data: over
    _MIN_CONTROLS NUL or control bytes, over _MAX_CONTROL_RATIO of it. (A NUL or two a
    broken editor left deep in a text do not make it binary; in the head, they do.)"""
    bad = len(stretch.translate(None, _TEXT_BYTES))  # the NUL and control bytes left
    return bad > _MIN_CONTROLS and bad > _MAX_CONTROL_RATIO * len(stretch)


def binary_past_head(data: bytes) -> bool:
    """True when one of the stretches of ``data`` past its head (SNIFF_BYTES each, from
    each multiple of SNIFF_BYTES on) holds binary data: a text file with a picture or a
    program after its first page. Fast: a 5 MB text takes a few milliseconds."""
    return any(
        binary_stretch(data[start : start + SNIFF_BYTES])
        for start in range(SNIFF_BYTES, len(data), SNIFF_BYTES)
    )


def read_bytewise(head: bytes) -> bool:
    """True when a text opening with ``head`` (its first SNIFF_BYTES) is read a byte at a
    time (UTF-8 or a legacy encoding), so that binary_stretch tells its stretches from
    binary data; False for UTF-16 and UTF-32 text, every other byte of which may be NUL."""
    bom = _bom(head)
    return _utf16_order(head) is None and (bom is None or bom[0] == "utf-8")


def decode_bytes(data: bytes, path: str = "") -> str:
    """Decode ``data`` (BOM, else UTF-8, else cp1252, else UTF-8 with replacements).

    Raises ``IngestError`` when ``data`` looks binary; ``path`` names the file in it.
    """
    bomless = _bomless_utf16(data)
    if bomless is not None:
        return bomless
    if looks_binary(data) or (read_bytewise(data[:SNIFF_BYTES]) and binary_past_head(data)):
        raise binary_error(path)
    bom = _bom(data)
    if bom is not None:
        text = _decode_with_bom(data, *bom)
        if _control_ratio(text[:SNIFF_BYTES]) > _MAX_CONTROL_RATIO or "\x00" in text[:SNIFF_BYTES]:
            raise binary_error(path)
        return text
    with contextlib.suppress(UnicodeDecodeError):
        return data.decode("utf-8")
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly
    declared = _declared_encoding(data)
    as_read = _AS_BROWSERS_READ.get(declared or "")
    guessed = None if declared else _guessed_non_latin(data)
    for encoding in (as_read, declared, guessed, "cp1252"):
        if encoding is None:
            continue
        try:
            return data.decode(encoding)
        except (UnicodeError, LookupError, ValueError):  # odd codecs (idna, utf-7) too
            continue
    return data.decode("utf-8", errors="replace")


def _guessed_non_latin(data: bytes) -> str | None:
    """The legacy encoding of a text in a non-Latin script that names none (a Korean
    CP949, a Chinese GBK, a Japanese Shift_JIS, a Russian cp1251 text file), as
    charset_normalizer guesses it from the text's first GUESS_BYTES; None when the guess
    reads it as mostly Latin letters (a French or German cp1252 text, which cp1252 then
    reads; the guesser may take it for cp1250) or it has no guess."""
    sample = data[:GUESS_BYTES]
    high = sum(1 for byte in sample if byte >= 0x80)
    if high < GUESS_MIN_HIGH_BYTES or high < GUESS_HIGH_SHARE * len(sample):
        return None  # a Latin text: accents here and there ("résumé")
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    if best is None or best.encoding is None:
        return None
    try:
        text = sample.decode(best.encoding, errors="ignore")
    except (LookupError, ValueError):
        return None
    letters = [ch for ch in text if ch.isalpha()]
    latin = sum(1 for ch in letters if ch.isascii() or "LATIN" in unicodedata.name(ch, ""))
    if not letters or latin > (1 - NON_LATIN_SHARE) * len(letters):
        return None
    return str(best.encoding)


GUESS_BYTES = 65_536
# a text of a non-Latin script writes most of its bytes above 0x7F (Korean, Chinese,
# Russian: 60-90%); a Latin one a few (French in cp1252: 2-5%)
GUESS_HIGH_SHARE = 0.3
GUESS_MIN_HIGH_BYTES = 20
NON_LATIN_SHARE = 0.6  # of a guessed text's letters, at least, for the guess to be taken


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 text saved without a byte-order mark, or None. In such a file of Latin text
    every other byte is NUL (the high byte of each character): the odd bytes for little
    endian, the even ones for big endian, and almost never the others; in one of
    Cyrillic, Greek or Arabic text those bytes are NUL or the script's block. The text
    must then read as text (no control characters; mostly letters, for another
    alphabet), so binary data stays binary."""
    encoding = _utf16_order(data)
    if encoding is None or len(data) % 2:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    sample = text[:SNIFF_BYTES]
    if "\x00" in sample or _control_ratio(sample) > 0:
        return None
    if _latin_utf16_order(data) is None:  # laid out as another alphabet: letters mostly
        letters = sum(1 for ch in sample if ch.isalpha())
        if letters < _UTF16_LETTER_SHARE * len(sample):
            return None
    return text


def _utf16_order(data: bytes) -> str | None:
    """Which UTF-16 (``utf-16-le``, ``utf-16-be``) the first SNIFF_BYTES of ``data`` are
    laid out as, as text saved without a byte-order mark (see _bomless_utf16): the NUL
    bytes of Latin text, or the high bytes of a script of a small alphabet; None when
    neither."""
    return _latin_utf16_order(data) or _alphabet_utf16_order(data)


def _utf16_head(data: bytes) -> bytes | None:
    head = data[: SNIFF_BYTES - SNIFF_BYTES % 2]
    if len(head) < 16 or data.startswith(BINARY_MAGIC) or _bom(data):
        return None
    return head


def _latin_utf16_order(data: bytes) -> str | None:
    """Which UTF-16 the NUL bytes of ``data``'s head lie as in, as in Latin text."""
    head = _utf16_head(data)
    if head is None:
        return None
    pairs = len(head) // 2
    even_nul = head[0::2].count(0) / pairs
    odd_nul = head[1::2].count(0) / pairs
    if odd_nul >= _UTF16_NUL_SHARE and even_nul <= _UTF16_NUL_ELSEWHERE:
        return "utf-16-le"
    if even_nul >= _UTF16_NUL_SHARE and odd_nul <= _UTF16_NUL_ELSEWHERE:
        return "utf-16-be"
    return None


def _alphabet_utf16_order(data: bytes) -> str | None:
    """Which UTF-16 ``data``'s head is laid out as, as text of a script of a small
    alphabet (Cyrillic, Greek, Arabic, Hebrew, Thai...): its letters share a high byte
    (0x04 for Cyrillic), its spaces and digits have NUL there. Korean and Chinese, whose
    characters spread over many high bytes, are not told."""
    head = _utf16_head(data)
    if head is None:
        return None
    pairs = len(head) // 2
    for order, high, low in (
        ("utf-16-le", head[1::2], head[0::2]),
        ("utf-16-be", head[0::2], head[1::2]),
    ):
        if (
            high.count(0) < _UTF16_SPACE_SHARE * pairs
            or low.count(0) > _UTF16_NUL_ELSEWHERE * pairs
        ):
            continue
        blocks = sorted((high.count(bytes([v])) for v in set(high)), reverse=True)
        if sum(blocks[:_UTF16_BLOCKS]) >= _UTF16_BLOCK_SHARE * pairs:
            return order
    return None


def refuse_binary_head(head: bytes, path: str = "") -> None:
    """Raise the IngestError decode_bytes raises for any data opening with ``head`` (its
    first SNIFF_BYTES) that its head alone shows binary: a known binary signature, NUL or
    control bytes, with no byte-order mark and not laid out as UTF-16 without one. Cheap:
    what decode_bytes refuses only after reading the rest is left to it."""
    if _utf16_order(head) is None and looks_binary(head):
        raise binary_error(path)


# of the high bytes that are NUL in UTF-16 text of a Latin script (typographic quotes and
# dashes are not), and of the low bytes at most
_UTF16_NUL_SHARE = 0.6
_UTF16_NUL_ELSEWHERE = 0.1
# UTF-16 of a script of a small alphabet: of its high bytes, at least this share NUL (the
# spaces between words), and nearly all (_UTF16_BLOCK_SHARE) among _UTF16_BLOCKS values:
# NUL, the script's block, and another (the typographic quotes and dashes, 0x20)
_UTF16_SPACE_SHARE = 0.05
# of the characters of text read as UTF-16 without a BOM, at least this share letters
# (prose: 75-85%), so that binary data laid out alike is not taken for text
_UTF16_LETTER_SHARE = 0.5
_UTF16_BLOCKS = 3
_UTF16_BLOCK_SHARE = 0.97


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with replacement characters, when the bytes are UTF-8 with a few flaws (a
    truncated last character, a stray byte) rather than a legacy encoding: then far more
    multi-byte characters decode than fail. cp1252 text has almost none that decode."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = len(_NON_ASCII.findall(text)) - bad
    return text if good >= _GOOD_PER_BAD * max(bad, 1) else None


def _decode_with_bom(data: bytes, encoding: str, skip: int) -> str:
    with contextlib.suppress(UnicodeDecodeError):
        return data[skip:].decode(encoding)
    if encoding == "utf-32-le":  # FF FE 00 00 is also UTF-16 LE's BOM before a U+0000
        with contextlib.suppress(UnicodeDecodeError):
            return data[2:].decode("utf-16-le")
    return data[skip:].decode(encoding, errors="replace")


def _declared_encoding(data: bytes) -> str | None:
    """The charset an HTML or XML head declares (``<meta charset="koi8-r">``), if known."""
    m = _CHARSET.search(data[:SNIFF_BYTES])
    if m is None:
        return None
    try:
        label = (m.group(1) or m.group(2)).decode("ascii").lower()
        return codecs.lookup(_LABELS.get(label, label)).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode_declared(data: bytes, charset: object, path: str = "") -> str:
    """``data`` in the ``charset`` its container declares (an e-mail's or a saved page's
    part, a web archive's resource); when it declares none Python knows, or the bytes do
    not decode in it, read as any text file (:func:`decode_bytes`)."""
    if isinstance(charset, str) and charset:
        with contextlib.suppress(LookupError, UnicodeError, ValueError):
            return data.decode(charset)
    return decode_bytes(data, path)
