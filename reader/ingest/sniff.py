"""What kind of file the first bytes tell: an e-mail, a web page saved as one file (MHTML,
a web archive), a PDF, a zip file (Word, OpenDocument), an RTF document.

Cheap and with no import beyond ``re``: every file read is looked at here, and the
readers of these rarer formats (with the libraries they use: ``email``, ``zipfile``,
``xml``, ``plistlib``, ``pypdf``) are imported only when a file of theirs is read.
"""

from __future__ import annotations

import re

__all__ = [
    "MHTML_SUFFIXES",
    "OLE_MAGIC",
    "PDF_MAGIC",
    "PLIST_MAGIC",
    "RTF_MAGIC",
    "ZIP_MAGIC",
    "is_email",
    "is_mhtml",
    "is_rtf",
]

PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
"""A zip file: a Word (.docx) or OpenDocument (.odt) file is one."""
PLIST_MAGIC = b"bplist00"
"""A binary property list: Safari's web archive is one."""
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""The container of Word 97-2003 files and of password-protected Office files."""
RTF_MAGIC = "{\\rtf"

MHTML_SUFFIXES = (".mhtml", ".mht")
"""The suffixes of a web page saved as one file."""

_HEAD = 4096
_HEADERS_END = re.compile(rb"\r?\n\r?\n")
_MAIL_HEADER_LINE = re.compile(
    rb"\A(?:[A-Za-z][A-Za-z0-9-]*:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+"
)
_MAIL_NEEDED = (b"from", b"subject")
_MAIL_SENT = (b"date", b"message-id", b"received", b"mime-version")
_MIME_HEADER_LINE = re.compile(rb"\A[A-Za-z][A-Za-z0-9-]*:")
_MULTIPART = re.compile(rb"^content-type:[ \t]*multipart/related", re.IGNORECASE | re.MULTILINE)


def is_email(data: bytes) -> bool:
    """True when ``data`` opens with an e-mail's headers: a sender, a subject and one of
    the headers a sent message carries (a date, an id, a route, a MIME version)."""
    head = data[:_HEAD]
    end = _HEADERS_END.search(head)
    if end is None:
        return False
    block = head[: end.start() + 1]
    if not _MAIL_HEADER_LINE.match(block + b"\n"):
        return False
    names = {line.split(b":", 1)[0].strip().lower() for line in block.splitlines() if b":" in line}
    return all(n in names for n in _MAIL_NEEDED) and any(n in names for n in _MAIL_SENT)


def is_mhtml(data: bytes) -> bool:
    """True when ``data`` opens with MIME headers announcing a page with its resources."""
    head = data[:_HEAD]
    end = _HEADERS_END.search(head)
    headers = head[: end.start()] if end else head
    return bool(_MIME_HEADER_LINE.match(headers)) and _MULTIPART.search(headers) is not None


def is_rtf(text: str) -> bool:
    """True when ``text`` (decoded) is an RTF document."""
    return text.lstrip("\ufeff \t\r\n").startswith(RTF_MAGIC)
