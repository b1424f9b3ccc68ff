"""Files -> Document: read (after the size and binary checks of reader.ingest.file_checks),
decode (or read the text of a PDF, a Word or an OpenDocument file), segment, mark
boilerplate."""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path

from reader.errors import IngestError, ReaderError
from reader.ingest.boilerplate import boilerplate_spans, starts_like_url
from reader.ingest.date_order import DateHints, date_order
from reader.ingest.decode import decode_bytes
from reader.ingest.file_checks import (
    EMAIL_SUFFIX,
    MAX_BYTES,
    MAX_PDF_BYTES,
    PACKED_SUFFIXES,
    SNIFF_BYTES,
    check_file,
    file_name,
    own_json,
    read_file,
    size_limit,
    too_large,
)
from reader.ingest.headings import heading_spans
from reader.ingest.line_joins import unwrapped
from reader.ingest.markdown import front_matter, strip_markdown
from reader.ingest.metadata import guess_date, guess_source, guess_title
from reader.ingest.normalize import clean
from reader.ingest.posts import embedded_posts
from reader.ingest.segment import paragraph_spans, sentence_spans
from reader.ingest.sniff import (
    OLE_MAGIC,
    PDF_MAGIC,
    PLIST_MAGIC,
    ZIP_MAGIC,
    is_email,
    is_mhtml,
    is_rtf,
)
from reader.ingest.table_text import marked_rows
from reader.model.document import Document, merge_spans
from reader.model.fingerprint import FileFingerprint

__all__ = [
    "ARTICLE_SUFFIXES",
    "MAX_BYTES",
    "MAX_PDF_BYTES",
    "SNIFF_BYTES",
    "check_file",
    "document_from_text",
    "load_document",
    "size_limit",
]

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
ARTICLE_SUFFIXES = (*_FORMATS, *PACKED_SUFFIXES, ".rtf", EMAIL_SUFFIX)
_HTML_SNIFF = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b"
    r"|<(?:html|head|body)\b[^>]*>",
    re.IGNORECASE | re.DOTALL,
)


def _format_of(path: str, text: str) -> str:
    fmt = _FORMATS.get(Path(path).suffix.lower())
    if fmt is not None:
        return fmt
    return "html" if _HTML_SNIFF.search(text[:4096]) else "txt"


def load_document(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Document:
    """Read an article file (.txt, .md, .html/.htm, .mhtml/.mht, .webarchive, .pdf, .docx,
    .odt, .rtf, .eml; others sniffed) into a Document, with the fingerprint of the bytes
    read (``Document.fingerprint``: a session knows by it whether the file changed since).

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
    data = read_file(spath, max_bytes)
    doc = _read(data, spath, max_bytes)
    return replace(doc, fingerprint=FileFingerprint.of_bytes(data))


def _read(data: bytes, spath: str, max_bytes: int) -> Document:
    """The article in ``data``, the bytes of the file ``spath``."""
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
            f"Cannot open {file_name(spath)}: it is an old Word or Office file (.doc) or one "
            "protected by a password; save it as .docx without a password, as PDF or as "
            "text to open it.",
            spath,
        )
    text = decode_bytes(data, spath)
    own_json(text, spath)
    if is_rtf(text):
        return _rtf_document(text, spath)
    return document_from_text(text, path=spath, fmt=_format_of(spath, text))


# The readers of the rarer formats below, and the libraries they use, are imported when a
# file of theirs is read: opening two text or HTML files needs none of them.


def _pdf_document(data: bytes, path: str, max_bytes: int) -> Document:
    """The article in the PDF ``data``; its text is held to ``max_bytes`` as a text file's."""
    from reader.ingest.pdf import extract_pdf

    name = file_name(path)
    try:
        page = extract_pdf(data, name, path)
    except IngestError:
        raise
    except (ValueError, UnicodeError, LookupError, RecursionError, MemoryError) as exc:
        raise IngestError(f"Cannot open {name}: its text could not be read.", path) from exc
    if len(page.text.encode("utf-8")) > max_bytes:
        raise too_large(path, max_bytes)
    text = clean(page.text)
    return _build(text, path, page.title, None, None)


def _office_document(data: bytes, path: str, max_bytes: int) -> Document | None:
    """The article in the Word or OpenDocument file ``data``, None when the zip file
    ``data`` is neither; its text is held to ``max_bytes`` as a text file's."""
    from reader.ingest.office import extract_office, office_kind

    kind = office_kind(data)
    if kind is None:
        return None
    name = file_name(path)
    page = extract_office(data, kind, name, path)
    if len(page.text.encode("utf-8")) > max_bytes:
        raise too_large(path, max_bytes)
    text = clean(page.text)
    if not text.strip():
        raise IngestError(f"Cannot open {name}: it is empty.", path)
    return _build(text, path, page.title, None, None, heads=page.headings)


def _mhtml_document(data: bytes, path: str, max_bytes: int) -> Document:
    """The web page saved in the MHTML ``data``; its HTML is held to ``max_bytes`` as an
    HTML file's."""
    from reader.ingest.mhtml import mhtml_html

    name = file_name(path)
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

    html = webarchive_html(data, file_name(path), path)
    return None if html is None else _page_document(html, path, max_bytes)


def _page_document(html: str, path: str, max_bytes: int) -> Document:
    """The web page ``html`` a browser saved in one file (MHTML, a web archive); the page
    is held to ``max_bytes`` as an HTML file."""
    if len(html.encode("utf-8")) > max_bytes:
        raise too_large(path, max_bytes)
    return document_from_text(html, path=path, fmt="html")


def _email_document(data: bytes, path: str) -> Document:
    """The article an e-mail carries, titled by its subject, sourced to its sender and
    dated by its date when the text does not say."""
    from reader.ingest.email_message import mail_text

    name = file_name(path)
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

    name = file_name(path)
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
    name = file_name(path) if path else "the text"
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
    quotes: tuple[tuple[str, ...], ...] = ()  # the paragraphs of each blockquote
    cut: str | None = None  # how a web page holds only part of its story
    table_heads: frozenset[tuple[str, ...]] = frozenset()  # its tables' marked header rows
    if not text.strip():  # an empty page too: "no readable text" would leave it in doubt
        raise IngestError(f"Cannot open {name}: it is empty.", path or None)
    if fmt == "md":
        source, date = front_matter(text)
        text, title, heads = strip_markdown(text)
    elif fmt == "html":
        from reader.ingest.html import extract_html

        page = extract_html(text, name, path)
        text, title, source, date = page.text, page.title, page.source, page.date
        hints, writers, heads, stamps = page.date_hints, page.writers, page.headings, page.stamps
        quotes, cut, table_heads = page.quotes, page.cut, page.table_heads
    elif fmt == "txt":
        text = unwrapped(text)  # an e-mail's or a PDF viewer's lines made paragraphs again
    else:
        raise IngestError(f"Cannot open {name}: unknown format {fmt!r}.", path or None)
    if not text.strip():
        raise IngestError(f"Cannot open {name}: it is empty.", path or None)
    doc = _build(text, path, title, source, date, hints, writers, heads, html_page, stamps, quotes)
    if table_heads:
        doc = replace(doc, table_heads=marked_rows(doc, table_heads))
    return replace(doc, cut=cut) if cut else doc


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
    quotes: tuple[tuple[str, ...], ...] = (),
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
        sentences=tuple(sentence_spans(text, paragraphs, boiler)),
        boilerplate=tuple(merge_spans(boiler)),
        source=source,
        date=date,
        headings=heading_spans(text, paragraphs, heads),
        posts=tuple(embedded_posts(text, paragraphs, whole, quotes)),
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
