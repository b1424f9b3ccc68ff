"""Files -> Document: read, size and binary checks, decode (or read the text of a PDF, a
Word or an OpenDocument file), segment, mark boilerplate."""

from __future__ import annotations

import codecs
import contextlib
import os
import re
import stat
from dataclasses import replace
from pathlib import Path

from reader.errors import IngestError, ReaderError
from reader.ingest.boilerplate import boilerplate_spans, starts_like_url
from reader.ingest.date_order import DateHints, date_order
from reader.ingest.decode import SNIFF_BYTES as STRETCH_BYTES
from reader.ingest.decode import (
    binary_error,
    binary_past_head,
    binary_stretch,
    decode_bytes,
    read_bytewise,
    refuse_binary_head,
)
from reader.ingest.headings import heading_spans
from reader.ingest.html import extract_html
from reader.ingest.line_joins import unwrapped
from reader.ingest.markdown import front_matter, strip_markdown
from reader.ingest.metadata import guess_date, guess_source, guess_title
from reader.ingest.normalize import clean
from reader.ingest.segment import paragraph_spans, sentence_spans
from reader.ingest.sniff import (
    MHTML_SUFFIXES,
    OLE_MAGIC,
    PDF_MAGIC,
    PLIST_MAGIC,
    ZIP_MAGIC,
    is_email,
    is_mhtml,
    is_rtf,
)
from reader.model.document import Document, merge_spans

__all__ = [
    "MAX_BYTES",
    "SNIFF_BYTES",
    "check_file",
    "document_from_text",
    "load_document",
    "size_limit",
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
_PACKED_SUFFIXES = (".pdf", ".docx", ".odt", ".webarchive", *MHTML_SUFFIXES)
_PACKED_MAGIC = (PDF_MAGIC, ZIP_MAGIC, PLIST_MAGIC)
SNIFF_BYTES = 8192  # as much as is_mhtml and is_email look at
WHOLE_CHECK_BYTES = 2 * 1024 * 1024
"""The largest text check_file reads whole for binary data past its head (a few
milliseconds); of a larger one it reads the stretch in the middle and the last."""

_FORMATS = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".mdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
# every name ending an article is read by (most are also told by their first bytes)
ARTICLE_SUFFIXES = (*_FORMATS, *_PACKED_SUFFIXES, ".rtf", EMAIL_SUFFIX)
_HTML_SNIFF = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b"
    r"|<(?:html|head|body)\b[^>]*>",
    re.IGNORECASE | re.DOTALL,
)


# The JSON Crossread writes (a session, ``crossread align``, a JSON export) opens with its
# schema: not an article, whatever the file is called.
_OWN_JSON = re.compile(r'\A\s*\{\s*"schema"\s*:\s*"reader\.(?P<kind>[a-z]+)/')


def _own_json(text: str, path: str) -> None:
    """Refuse ``text`` when it is a file Crossread wrote, saying what it is."""
    m = _OWN_JSON.match(text[:200])
    if m is None:
        return
    name = _name(path)
    if m.group("kind") == "session":
        raise IngestError(
            f"Cannot open {name}: it is a saved Crossread session, not an article; open it "
            "on its own (File > Open session…, or crossread with the session alone).",
            path,
        )
    raise IngestError(
        f"Cannot open {name}: it is Crossread's own output (JSON), not an article.", path
    )


def _name(path: str) -> str:
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
        raise IngestError(f"Cannot open {_name(path)}: it is empty.", path)
    limit = size_limit(path, head, max_bytes)
    if size > limit:
        raise _too_large(path, limit)
    if not _container(head):  # read as text: its head alone may show it is none
        refuse_binary_head(head, path)
        if size > len(head) and read_bytewise(head) and _binary_further(path, size):
            raise binary_error(path)
        _own_json(head.decode("utf-8", "ignore").removeprefix("\ufeff"), path)


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
    name = _name(path)
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
    if suffix in _PACKED_SUFFIXES or head.startswith(_PACKED_MAGIC):
        return True
    return is_mhtml(head) and not (suffix == EMAIL_SUFFIX and is_email(head))


def _read(path: str, max_bytes: int) -> bytes:
    """The bytes of the file ``path``, held to ``max_bytes``, or to MAX_PDF_BYTES when it
    carries its pictures (see _packed)."""
    name = _name(path)
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
        raise _too_large(path, limit)
    return data


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror[0].lower() + exc.strerror[1:]
    return "the system refused to read it"


def _megabytes(size: int) -> str:
    mb = size / (1024 * 1024)
    return f"{mb:.0f}" if mb >= 10 or mb == int(mb) else f"{mb:.2g}" if mb < 1 else f"{mb:.1f}"


def _too_large(path: str, max_bytes: int) -> IngestError:
    return IngestError(
        f"Cannot open {_name(path)}: it is larger than the {_megabytes(max_bytes)} MB limit "
        "for articles.",
        path,
    )


def _format_of(path: str, text: str) -> str:
    fmt = _FORMATS.get(Path(path).suffix.lower())
    if fmt is not None:
        return fmt
    return "html" if _HTML_SNIFF.search(text[:4096]) else "txt"


def load_document(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Document:
    """Read an article file (.txt, .md, .html/.htm, .mhtml/.mht, .webarchive, .pdf, .docx,
    .odt, .rtf, .eml; others sniffed) into a Document.

    Raises ``IngestError`` (with a reader-facing message and ``.path``) and nothing else.
    """
    try:
        spath = os.fspath(path)
    except TypeError:
        raise IngestError(f"Cannot open {path!r}: it is not a file path.", None) from None
    if isinstance(spath, bytes):
        spath = os.fsdecode(spath)
    # a PDF or a word-processor file may be larger, as it carries its pictures (see
    # _read); its text is held to max_bytes
    data = _read(spath, max_bytes)
    if data.startswith(PDF_MAGIC):
        return _pdf_document(data, spath, max_bytes)
    mail = is_email(data)
    # an HTML e-mail with its pictures is multipart/related, as a page saved with them
    # is: a file named as an e-mail is read as one (its plain text, sender and date)
    if is_mhtml(data) and not (mail and Path(spath).suffix.lower() == EMAIL_SUFFIX):
        return _mhtml_document(data, spath, max_bytes)
    if mail:
        return _email_document(data, spath)
    if data.startswith(PLIST_MAGIC):
        page = _webarchive_document(data, spath, max_bytes)
        if page is not None:
            return page
    if data.startswith(ZIP_MAGIC):
        office = _office_document(data, spath, max_bytes)
        if office is not None:
            return office
    if data.startswith(OLE_MAGIC):
        raise IngestError(
            f"Cannot open {_name(spath)}: it is an old Word or Office file (.doc) or one "
            "protected by a password; save it as .docx without a password, as PDF or as "
            "text to open it.",
            spath,
        )
    text = decode_bytes(data, spath)
    _own_json(text, spath)
    if is_rtf(text):
        return _rtf_document(text, spath)
    return document_from_text(text, path=spath, fmt=_format_of(spath, text))


# The readers of the rarer formats below, and the libraries they use, are imported when a
# file of theirs is read: opening two text or HTML files needs none of them.


def _pdf_document(data: bytes, path: str, max_bytes: int) -> Document:
    """The article in the PDF ``data``; its text is held to ``max_bytes`` as a text file's."""
    from reader.ingest.pdf import extract_pdf

    name = _name(path)
    try:
        page = extract_pdf(data, name, path)
    except IngestError:
        raise
    except (ValueError, UnicodeError, LookupError, RecursionError, MemoryError) as exc:
        raise IngestError(f"Cannot open {name}: its text could not be read.", path) from exc
    if len(page.text.encode("utf-8")) > max_bytes:
        raise _too_large(path, max_bytes)
    text = clean(page.text)
    return _build(text, path, page.title, None, None)


def _office_document(data: bytes, path: str, max_bytes: int) -> Document | None:
    """The article in the Word or OpenDocument file ``data``, None when the zip file
    ``data`` is neither; its text is held to ``max_bytes`` as a text file's."""
    from reader.ingest.office import extract_office, office_kind

    kind = office_kind(data)
    if kind is None:
        return None
    name = _name(path)
    page = extract_office(data, kind, name, path)
    if len(page.text.encode("utf-8")) > max_bytes:
        raise _too_large(path, max_bytes)
    text = clean(page.text)
    if not text.strip():
        raise IngestError(f"Cannot open {name}: it is empty.", path)
    return _build(text, path, page.title, None, None, heads=page.headings)


def _mhtml_document(data: bytes, path: str, max_bytes: int) -> Document:
    """The web page saved in the MHTML ``data``; its HTML is held to ``max_bytes`` as an
    HTML file's."""
    from reader.ingest.mhtml import mhtml_html

    name = _name(path)
    try:
        html = mhtml_html(data, name, path)
    except IngestError:
        raise
    except (ValueError, UnicodeError, LookupError, RecursionError, MemoryError) as exc:
        raise IngestError(
            f"Cannot open {name}: the saved web page could not be read.", path
        ) from exc
    return _page_document(html, path, max_bytes)


def _webarchive_document(data: bytes, path: str, max_bytes: int) -> Document | None:
    """The web page saved in Safari's web archive ``data``, None when the property list
    ``data`` is no web archive; its HTML is held to ``max_bytes`` as an HTML file's."""
    from reader.ingest.webarchive import webarchive_html

    html = webarchive_html(data, _name(path), path)
    return None if html is None else _page_document(html, path, max_bytes)


def _page_document(html: str, path: str, max_bytes: int) -> Document:
    """The web page ``html`` a browser saved in one file (MHTML, a web archive); the page
    is held to ``max_bytes`` as an HTML file."""
    if len(html.encode("utf-8")) > max_bytes:
        raise _too_large(path, max_bytes)
    return document_from_text(html, path=path, fmt="html")


def _email_document(data: bytes, path: str) -> Document:
    """The article an e-mail carries, titled by its subject, sourced to its sender and
    dated by its date when the text does not say."""
    from reader.ingest.email_message import mail_text

    name = _name(path)
    try:
        mail = mail_text(data, name, path)
    except IngestError:
        raise
    except (ValueError, UnicodeError, LookupError, RecursionError, IndexError) as exc:
        raise IngestError(f"Cannot open {name}: the e-mail could not be read.", path) from exc
    doc = document_from_text(mail.body, path=path, fmt="html" if mail.is_html else "txt")
    return replace(
        doc,
        title=mail.title or doc.title,
        source=doc.source or mail.source,
        date=doc.date or mail.date,
    )


def _rtf_document(source: str, path: str) -> Document:
    """The article in the RTF ``source``."""
    from reader.ingest.rtf import rtf_text

    name = _name(path)
    try:
        page = rtf_text(source)
    except (ValueError, OverflowError, LookupError) as exc:
        raise IngestError(f"Cannot open {name}: its text could not be read.", path) from exc
    text = clean(page.text)
    if not text.strip():
        raise IngestError(f"Cannot open {name}: it is empty.", path)
    return _build(text, path, page.title, None, None)


def document_from_text(text: str, *, path: str = "", fmt: str = "txt") -> Document:
    """Build a Document from already decoded ``text`` in format ``txt``, ``md`` or ``html``.

    Raises ``IngestError`` (empty text, HTML without readable text, unknown format).
    """
    name = _name(path) if path else "the text"
    if not isinstance(text, str):
        raise IngestError(f"Cannot open {name}: it is not text.", path or None)
    try:
        return _document(text, path, fmt, name)
    except IngestError:
        raise
    except (ValueError, UnicodeError, LookupError, RecursionError, ReaderError) as exc:
        # A safety net: the reader gets a message, never a traceback (the cause is kept).
        raise IngestError(
            f"Cannot open {name}: its text could not be read ({type(exc).__name__}).",
            path or None,
        ) from exc


def _document(text: str, path: str, fmt: str, name: str) -> Document:
    text = clean(text)
    title: str | None = None
    source: str | None = None
    date: str | None = None
    hints = DateHints()
    writers: frozenset[str] = frozenset()
    html_page = fmt == "html"  # untitled by its markup: its first line, else its file name
    heads: tuple[str, ...] = ()  # the words of the headings the source marks
    stamps: tuple[str, ...] = ()  # a byline's date stamps the text lost
    if not text.strip():  # an empty page too: "no readable text" would leave it in doubt
        raise IngestError(f"Cannot open {name}: it is empty.", path or None)
    if fmt == "md":
        source, date = front_matter(text)
        text, title, heads = strip_markdown(text)
    elif fmt == "html":
        page = extract_html(text, name, path)
        text, title, source, date = page.text, page.title, page.source, page.date
        hints, writers, heads, stamps = page.date_hints, page.writers, page.headings, page.stamps
    elif fmt == "txt":
        text = unwrapped(text)  # an e-mail's or a PDF viewer's lines made paragraphs again
    else:
        raise IngestError(f"Cannot open {name}: unknown format {fmt!r}.", path or None)
    if not text.strip():
        raise IngestError(f"Cannot open {name}: it is empty.", path or None)
    return _build(text, path, title, source, date, hints, writers, heads, html_page, stamps)


def _build(
    text: str,
    path: str,
    title: str | None,
    source: str | None,
    date: str | None,
    hints: DateHints | None = None,
    writers: frozenset[str] = frozenset(),
    heads: tuple[str, ...] = (),
    first_line_title: bool = False,
    stamps: tuple[str, ...] = (),
) -> Document:
    """The Document of ``text``; with no ``title``, its headline guessed from its first
    lines (``first_line_title``: its first line alone, see ``guess_title``), else its
    file's name; with no ``date``, its date guessed from its first lines, after the date
    ``stamps`` of a byline the text holds without them (a web page's)."""
    paragraphs = paragraph_spans(text)
    boiler = boilerplate_spans(text, paragraphs, writers)
    whole = set(boiler)
    if not title:
        title = guess_title(text, paragraphs, whole, first_only=first_line_title)
    if source is None:
        source = guess_source(text, paragraphs, whole)
    if date is None:
        order = date_order(text, _with_address(hints, text))
        date = guess_date(text, paragraphs, order, stamps)
    return Document(
        path=path,
        title=title or (Path(path).stem if path else ""),
        text=text,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentence_spans(text, paragraphs)),
        boilerplate=tuple(merge_spans(boiler)),
        source=source,
        date=date,
        headings=heading_spans(text, paragraphs, heads),
    )


_ADDRESS_LINES = 30


def _with_address(hints: DateHints | None, text: str) -> DateHints:
    """``hints``, with the address of a pasted article's URL line ("https://www.bbc.co.uk/
    news/...") near its top when they name none."""
    hints = hints or DateHints()
    if hints.address:
        return hints
    for line in text.split("\n", _ADDRESS_LINES)[:_ADDRESS_LINES]:
        line = line.strip()
        if starts_like_url(line):
            return replace(hints, address=line.split()[0])
    return hints
