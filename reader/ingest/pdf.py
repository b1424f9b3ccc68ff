"""PDF bytes -> the article's text and title, through pypdf (pure Python, no Qt).

Fact-checkers are often sent an article as a PDF: a browser's "Save as PDF" of a web
page, a press release, a wire story. Its text comes out of pypdf's layout extraction
line by line, as printed; this module makes an article of it again:

- running headers and footers (the date and title a browser prints at the top of each
  page, the address and "1/3" at the foot) are left out: a line at a page's edge that
  comes back, digits aside, at the edge of most pages, and, on any page, a page number,
  a browser's date stamp or a page address at its edge;
- a page printed in columns is read column by column (:mod:`reader.ingest.pdf_columns`);
- the lines of a paragraph are joined into one line, a word cut at a line's end by a
  hyphen joined again ("Il-" + "sung"); a paragraph ends at a blank line, where the
  layout shows an end (another size of type, a gap wider than the line spacing, a line
  that left room for the next one's first word: :mod:`reader.ingest.pdf_layout`), at a
  line that stops well short of the others, and round a date line or a caption printed
  twice (:func:`reader.ingest.line_joins.set_apart`);
- a paragraph running over a page break is joined with its end;
- ligatures ("ﬁ") are spelt out, tabs and runs of spaces made one space, and glyphs
  without a character (NUL) dropped.

A PDF without text (a scanned page), protected by a password, damaged or too long is
refused with a reader-facing ``IngestError``.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.errors import IngestError
from reader.ingest.line_joins import SENTENCE_END, joined, paragraph_runs, set_apart, words_of
from reader.ingest.pdf_columns import reading_order
from reader.ingest.pdf_layout import laid_out, with_layout_breaks

if TYPE_CHECKING:  # imported when a PDF is read: it costs the start of every run else
    from pypdf import PageObject, PdfReader

MAX_PAGES = 200
"""Most pages read: an article runs to a few; a book is not an article."""

EDGE_LINES = 3  # lines at a page's top and foot where headers and footers are looked for
_SPACES = re.compile(r"[ \t\u00a0]+")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$", re.IGNORECASE)
_BROWSER_STAMP = re.compile(  # the date and time a browser prints atop each page
    r"^\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\b", re.IGNORECASE
)
_ADDRESS_FOOT = re.compile(r"^(?:https?|file)://\S+(?:\s+\d{1,4}\s*/\s*\d{1,4})?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PdfText:
    """The article in a PDF: one paragraph a line, paragraphs apart by a blank line."""

    text: str
    title: str | None


def extract_pdf(data: bytes, name: str, path: str) -> PdfText:
    """The article text and title of the PDF ``data`` (``name`` and ``path`` for the
    messages). Raises IngestError when there is none to be had."""
    with _quiet():
        reader = _reader(data, name, path)
        pages = _page_texts(reader, name, path)
        title = _title(reader)
    lines = _without_running_lines([_page_lines(p) for p in pages])
    paragraphs = _paragraphs(lines)
    text = "\n\n".join(paragraphs)
    if not text.strip():
        raise IngestError(
            f"Cannot open {name}: the PDF holds no text to read (a scanned page or a "
            "picture?). Crossread reads PDFs that hold text, as a browser's Save as PDF "
            "makes.",
            path or None,
        )
    return PdfText(text, title)


@contextmanager
def _quiet() -> Iterator[None]:
    """pypdf's warnings about odd but readable files kept out of the log."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _reader(data: bytes, name: str, path: str) -> PdfReader:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise IngestError(
                f"Cannot open {name}: the PDF is protected by a password.", path or None
            )
        if len(reader.pages) > MAX_PAGES:
            raise IngestError(
                f"Cannot open {name}: the PDF has {len(reader.pages)} pages, more than the "
                f"{MAX_PAGES} read for an article.",
                path or None,
            )
    except IngestError:
        raise
    except DependencyError as exc:  # AES with pycryptodome missing (an install without it)
        raise _sealed(name, path) from exc
    except Exception as exc:  # pypdf raises many kinds on a damaged file
        raise _damaged(name, path) from exc
    return reader


def _page_texts(reader: PdfReader, name: str, path: str) -> list[str]:
    """Each page's layout text, with a blank line where its layout ends a paragraph
    (:mod:`reader.ingest.pdf_layout`); pypdf's text alone when the lines' places cannot be
    had."""
    from pypdf.errors import DependencyError

    try:
        return [_page_text(page) for page in reader.pages]
    except DependencyError as exc:
        raise _sealed(name, path) from exc
    except Exception as exc:  # pypdf raises many kinds on a damaged page
        raise _damaged(name, path) from exc


def _page_text(page: PageObject) -> str:
    printed = laid_out(page)
    if printed is None:
        return page.extract_text(extraction_mode="layout")
    return with_layout_breaks(printed)


def _sealed(name: str, path: str) -> IngestError:
    return IngestError(
        f"Cannot open {name}: the PDF is encrypted in a way Crossread cannot read (AES); "
        "save or print it again as a PDF without protection.",
        path or None,
    )


def _damaged(name: str, path: str) -> IngestError:
    return IngestError(
        f"Cannot open {name}: it is not a readable PDF (damaged or incomplete).", path or None
    )


def _title(reader: PdfReader) -> str | None:
    """The title the PDF's metadata gives, unless it is only a file or program name."""
    try:
        meta = reader.metadata
        title = meta.title if meta is not None else None
    except Exception:  # the title is a nicety: the text was read
        return None
    if not isinstance(title, str):
        return None
    title = _clean_line(title)
    if not title or re.search(r"\.(?:docx?|pdf|html?|txt)$|^microsoft word", title, re.I):
        return None
    return title


def _clean_line(line: str) -> str:
    line = unicodedata.normalize("NFKC", line.replace("\x00", ""))
    return _SPACES.sub(" ", line).strip()


def _page_lines(page: str) -> list[str]:
    """A page's lines, cleaned; blank lines kept (they end paragraphs), runs of them
    made one, none at the page's top or foot."""
    out: list[str] = []
    for raw in reading_order(page):
        line = _clean_line(raw)
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", line.casefold())


def _edges(lines: list[str]) -> list[int]:
    """The indexes of a page's first and last EDGE_LINES text lines."""
    filled = [i for i, line in enumerate(lines) if line]
    return sorted(set(filled[:EDGE_LINES] + filled[-EDGE_LINES:]))


def _without_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """The pages without their running headers and footers and lone page numbers."""
    seen: Counter[str] = Counter()
    for lines in pages:
        seen.update({_shape(lines[i]) for i in _edges(lines)})
    enough = max(2, (len(pages) + 1) // 2)
    out = []
    for lines in pages:
        edges = set(_edges(lines))
        kept = [
            line
            for i, line in enumerate(lines)
            if i not in edges
            or not (_printed_round(line) or (len(pages) > 1 and seen[_shape(line)] >= enough))
        ]
        while kept and not kept[0]:
            kept.pop(0)
        out.append(kept)
    return out


def _printed_round(line: str) -> bool:
    """A line a printer or browser puts round any page: a page number, the date and time
    a page was printed, the page's address (with its "1/3")."""
    return bool(_PAGE_NUMBER.match(line) or _BROWSER_STAMP.match(line) or _ADDRESS_FOOT.match(line))


def _paragraphs(pages: list[list[str]]) -> list[str]:
    """The paragraphs of the pages, each one line; one running over a page break joined."""
    paragraphs: list[str] = []
    open_end = False  # the last paragraph may go on (no sentence end at a page's foot)
    words = words_of("\n".join(line for lines in pages for line in lines))
    for lines in pages:
        current: list[str] = []
        blocks: list[str] = []
        for line in [*set_apart(lines), ""]:
            if line:
                current.append(line)
            elif current:
                blocks.extend(joined(run, words) for run in paragraph_runs(current))
                current = []
        if blocks and open_end and paragraphs and blocks[0][:1].islower():
            paragraphs[-1] = joined([paragraphs[-1], blocks.pop(0)], words)
        paragraphs.extend(blocks)
        open_end = bool(paragraphs) and not SENTENCE_END.search(paragraphs[-1])
    return paragraphs
