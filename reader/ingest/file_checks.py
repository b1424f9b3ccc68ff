"""An article file's checks before it is read, and its reading: a regular file, not empty,
within the size limit (a larger one for a file that carries its pictures), no binary data
read as text, no file Crossread wrote (reader.ingest.load reads it then)."""

from __future__ import annotations

import codecs
import contextlib
import os
import re
import stat
from pathlib import Path

from reader.errors import IngestError
from reader.ingest.decode import SNIFF_BYTES as STRETCH_BYTES
from reader.ingest.decode import (
    binary_error,
    binary_past_head,
    binary_stretch,
    read_bytewise,
    refuse_binary_head,
)
from reader.ingest.sniff import (
    MHTML_SUFFIXES,
    OLE_MAGIC,
    PDF_MAGIC,
    PLIST_MAGIC,
    ZIP_MAGIC,
    is_email,
    is_mhtml,
)

__all__ = [
    "EMAIL_SUFFIX",
    "MAX_BYTES",
    "MAX_PDF_BYTES",
    "PACKED_SUFFIXES",
    "SNIFF_BYTES",
    "check_file",
    "file_name",
    "own_json",
    "read_file",
    "size_limit",
    "too_large",
]

MAX_BYTES: int = 5 * 1024 * 1024
"""Largest file accepted (5 MB): far above any news article, small enough to stay fast."""

MAX_PDF_BYTES: int = 50 * 1024 * 1024
"""Largest PDF accepted (50 MB): a web page saved as PDF carries its pictures; its text is
then held to MAX_BYTES as a text file's."""

EMAIL_SUFFIX = ".eml"
# the files held to MAX_PDF_BYTES, which carry their pictures: a PDF, a Word or
# OpenDocument file, a web page saved as one file; known by their name, else by their
# first bytes (a file named otherwise, or piped in on standard input with no name)
PACKED_SUFFIXES = (".pdf", ".docx", ".odt", ".webarchive", *MHTML_SUFFIXES)
_PACKED_MAGIC = (PDF_MAGIC, ZIP_MAGIC, PLIST_MAGIC)
SNIFF_BYTES = 8192  # as much as is_mhtml and is_email look at
WHOLE_CHECK_BYTES = 2 * 1024 * 1024
"""The largest text check_file reads whole for binary data past its head (a few
milliseconds); of a larger one it reads the stretch in the middle and the last."""


# The JSON Crossread writes (a session, ``crossread align``, a JSON export) opens with its
# schema: not an article, whatever the file is called.
_OWN_JSON = re.compile(r'\A\s*\{\s*"schema"\s*:\s*"reader\.(?P<kind>[a-z]+)/')


def own_json(text: str, path: str) -> None:
    """Refuse ``text`` when it is a file Crossread wrote, saying what it is."""
    m = _OWN_JSON.match(text[:200])
    if m is None:
        return
    name = file_name(path)
    if m.group("kind") == "session":
        raise IngestError(
            f"Cannot open {name}: it is a saved Crossread session, not an article; open it "
            "on its own (File > Open session…, or crossread with the session alone).",
            path,
        )
    raise IngestError(
        f"Cannot open {name}: it is Crossread's own output (JSON), not an article.", path
    )


def file_name(path: str) -> str:
    return f"“{path}”"


def check_file(path: str, max_bytes: int = MAX_BYTES) -> None:
    """Raise the IngestError reading ``path`` would raise for what its directory entry,
    its first SNIFF_BYTES and a look for binary data further on tell (missing, a folder,
    not a regular file, empty, too large, binary, a file Crossread wrote): a cheap check
    before anything else is done about it, such as asking whether to keep unsaved notes.
    A file that carries its pictures (a PDF, a Word file...) is held to MAX_PDF_BYTES,
    as when it is read."""
    size = _size(path)
    head = _head(path) if size else b""
    # any format, of no bytes; or a text of white space alone (an editor's "empty" file)
    if size == 0 or (size == len(head) and _blank(head)):
        raise IngestError(f"Cannot open {file_name(path)}: it is empty.", path)
    limit = size_limit(path, head, max_bytes)
    if size > limit:
        raise too_large(path, limit)
    if not _container(head):  # read as text: its head alone may show it is none
        refuse_binary_head(head, path)
        if size > len(head) and read_bytewise(head) and _binary_further(path, size):
            raise binary_error(path)
        own_json(head.decode("utf-8", "ignore").removeprefix("\ufeff"), path)


def _binary_further(path: str, size: int) -> bool:
    """Whether the text file ``path`` of ``size`` bytes holds binary data past its head,
    as decode_bytes tells it (binary_past_head): the whole file read up to
    WHOLE_CHECK_BYTES; past that, its stretches in the middle and at the end only. False
    when it cannot be read (reading it will say why)."""
    with contextlib.suppress(OSError, ValueError), open(path, "rb") as fh:
        if size <= WHOLE_CHECK_BYTES:
            return binary_past_head(fh.read(WHOLE_CHECK_BYTES))
        last = (size - 1) // STRETCH_BYTES
        for stretch in {last // 2, last}:  # as binary_past_head cuts them
            fh.seek(stretch * STRETCH_BYTES)
            if binary_stretch(fh.read(STRETCH_BYTES)):
                return True
    return False


def _blank(data: bytes) -> bool:
    """``data`` is white space alone, after a UTF-8 byte-order mark if any."""
    return not data.removeprefix(codecs.BOM_UTF8).strip(b" \t\r\n")


def _container(head: bytes) -> bool:
    """True when a file opening with ``head`` is read as a container of text (a PDF, a
    saved page, an e-mail, a Word, OpenDocument or old Office file, a web archive) before
    it is read as text: its own bytes may well look binary."""
    return (
        head.startswith((PDF_MAGIC, PLIST_MAGIC, ZIP_MAGIC, OLE_MAGIC))
        or is_mhtml(head)
        or is_email(head)
    )


def _head(path: str) -> bytes:
    """The first bytes of ``path``; none when it cannot be read (reading it will say why)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(SNIFF_BYTES)
    except (OSError, ValueError):
        return b""


def _size(path: str) -> int:
    """The size of the regular file ``path``; IngestError when it is missing, a folder or
    not a regular file."""
    name = file_name(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise IngestError(f"Cannot open {name}: the file does not exist.", path) from None
    except PermissionError:
        raise IngestError(f"Cannot open {name}: permission denied.", path) from None
    except (OSError, ValueError) as exc:
        raise IngestError(f"Cannot open {name}: {_reason(exc)}.", path) from None
    if stat.S_ISDIR(st.st_mode):
        raise IngestError(f"Cannot open {name}: it is a folder, not a file.", path)
    if not stat.S_ISREG(st.st_mode):
        raise IngestError(f"Cannot open {name}: it is not a regular file.", path)
    return st.st_size


def size_limit(path: str, head: bytes, max_bytes: int = MAX_BYTES) -> int:
    """The most bytes the file ``path``, opening with ``head`` (its first SNIFF_BYTES), may
    hold: ``max_bytes``, or MAX_PDF_BYTES when it carries its pictures (see _packed)."""
    return max(max_bytes, MAX_PDF_BYTES) if _packed(path, head) else max_bytes


def _packed(path: str, head: bytes) -> bool:
    """True when the file ``path``, opening with ``head``, carries its pictures (a PDF, a
    Word or OpenDocument file, a saved web page), as its name or its first bytes tell; an
    e-mail shaped as a saved page, named as an e-mail, is read as one (see load_document)."""
    suffix = Path(path).suffix.lower()
    if suffix in PACKED_SUFFIXES or head.startswith(_PACKED_MAGIC):
        return True
    return is_mhtml(head) and not (suffix == EMAIL_SUFFIX and is_email(head))


def read_file(path: str, max_bytes: int) -> bytes:
    """The bytes of the file ``path``, held to ``max_bytes``, or to MAX_PDF_BYTES when it
    carries its pictures (see _packed)."""
    name = file_name(path)
    size = _size(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
            limit = size_limit(path, head, max_bytes)
            data = b"" if size > limit else head + fh.read(max(0, limit + 1 - len(head)))
    except PermissionError:
        raise IngestError(f"Cannot open {name}: permission denied.", path) from None
    except IsADirectoryError:
        raise IngestError(f"Cannot open {name}: it is a folder, not a file.", path) from None
    except (OSError, ValueError) as exc:
        raise IngestError(f"Cannot read {name}: {_reason(exc)}.", path) from None
    if size > limit or len(data) > limit:
        raise too_large(path, limit)
    return data


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[0].lower() + exc.strerror[1:]
    return "the system refused to read it"


def _megabytes(size: int) -> str:
    mb = size / (1024 * 1024)
    return f"{mb:.0f}" if mb >= 10 or mb == int(mb) else f"{mb:.2g}" if mb < 1 else f"{mb:.1f}"


def too_large(path: str, max_bytes: int) -> IngestError:
    return IngestError(
        f"Cannot open {file_name(path)}: it is larger than the {_megabytes(max_bytes)} MB limit "
        "for articles.",
        path,
    )
