"""Word (.docx) and OpenDocument (.odt) files -> the article's paragraphs and title.

A press release or a draft often comes as a word-processor file. Both formats are zip
files of XML, read here with the standard library (no dependency): the body's paragraphs
and headings in order (a Word text box's after the paragraph it is anchored in), a
table row as one line of its cells (a table in a cell: its rows after that row), the
text as the document shows it with tracked changes accepted (inserted text kept, deleted
text left out).
Headers, footers, comments and footnotes are left out, as boilerplate is. The title is the
first paragraph styled as a title or a first-level heading, else the document's own title
property; the other paragraphs styled as headings are the article's headings.

Against a zip bomb, the main part is read only up to MAX_PART_BYTES uncompressed. The XML
parser (expat) resolves no external entity and limits entity expansion.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from xml.etree import ElementTree

from reader.errors import IngestError
from reader.ingest.sniff import ZIP_MAGIC

__all__ = ["MAX_PART_BYTES", "ZIP_MAGIC", "OfficeText", "extract_office", "office_kind"]

MAX_PART_BYTES = 50 * 1024 * 1024

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Word writes a text box (a shape holding text) twice: as a drawing (mc:Choice) and, for
# older readers, as a VML shape (mc:Fallback); the first copy is read, the fallback not
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# a text box's paragraphs, inside the shape anchored in a paragraph's run
_W_TEXT_BOX = f"{_W}txbxContent"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
# what an OpenDocument text holds that the page does not show: footnotes (kept apart, as
# Word's), comments (with their author and date), the tracked changes' list, where
# deleted text waits to be restored (accepted, it is gone; inserted text stands in place),
# and a picture's title and description
_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_DRAW_TEXT_BOX = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}text-box"
_ODT_UNSHOWN = frozenset(
    (
        f"{_TEXT}note",
        f"{_OFFICE}annotation",
        f"{_TEXT}tracked-changes",
        f"{_SVG}title",  # a picture's alternative text, for screen readers
        f"{_SVG}desc",
    )
)
# LibreOffice's own name for its Title paragraph style, whatever the language of its menus
_ODT_TITLE_STYLE = "Title"
_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
# an OpenDocument file saved with a password: its manifest tells how each part was
# encrypted; LibreOffice 24.2 and later encrypt the whole package as one part
_ODT_MANIFEST = "META-INF/manifest.xml"
_ODT_ENCRYPTED = b"encryption-data"
_ODT_SEALED = "encrypted-package"
# what a damaged zip file raises as it is read: a bad header, bad compressed data, a
# compression method or an encryption zipfile does not know, a cut-off file
_DAMAGED = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    NotImplementedError,
    RuntimeError,
    ValueError,
    OSError,
    EOFError,
)
# the style ids Word gives a title or a first heading, in a few of its languages, as
# _docx_style writes them (ASCII letters and digits only: "Überschrift1" -> "berschrift1")
_TITLE_STYLES = frozenset(
    "title heading1 titel berschrift1 titre titre1 ttulo ttulo1 titolo titolo1".split()  # noqa: SIM905
)
# ... and a heading of a lower level ("Heading2", "Überschrift3", "Titre2")
_HEADING_STYLES = frozenset(
    f"{name}{level}"
    for name in ("heading", "berschrift", "titre", "ttulo", "titolo")
    for level in range(2, 10)
)
# what a paragraph is: of the body, a title or first-level heading (the first one titles
# the article), a heading of a lower level
BODY, TITLING, HEADING = 0, 1, 2


@dataclass(frozen=True, slots=True)
class OfficeText:
    text: str  # paragraphs separated by a blank line
    title: str | None
    headings: tuple[str, ...] = ()  # the paragraphs styled as headings but the title


def office_kind(data: bytes) -> str | None:
    """ "docx" or "odt" when ``data`` is such a document, else None."""
    if not data.startswith(ZIP_MAGIC):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "content.xml" in names and (
                "mimetype" not in names or z.read("mimetype").strip() == _ODT_MIMETYPE
            ):
                return "odt"
            if (
                _ODT_SEALED in names
                and "mimetype" in names
                and z.read("mimetype").strip() == _ODT_MIMETYPE
            ):
                return "odt"  # behind a password: extract_office says so
    except _DAMAGED:
        return None
    return None


def extract_office(data: bytes, kind: str, name: str, path: str) -> OfficeText:
    """The paragraphs and title of the ``kind`` ("docx" or "odt") document ``data``.

    Raises ``IngestError`` when it cannot be read (damaged, encrypted, too large).
    """
    main, meta = (
        ("word/document.xml", "docProps/core.xml")
        if kind == "docx"
        else (
            "content.xml",
            "meta.xml",
        )
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if kind == "odt" and _odt_encrypted(z):
                raise IngestError(
                    f"Cannot open {name}: it is protected by a password; save it without a "
                    "password, as PDF or as text to open it.",
                    path,
                )
            root = _parse(z, main, name, path)
            if root is None:
                raise IngestError(f"Cannot open {name}: its text could not be read.", path)
            props = _parse(z, meta, name, path)
    except _DAMAGED as exc:
        raise IngestError(f"Cannot open {name}: the document is damaged.", path) from exc
    paragraphs = _docx_paragraphs(root) if kind == "docx" else _odt_paragraphs(root)
    try:
        lines = [(text.strip(), rank) for text, rank in paragraphs if text.strip()]
    except RecursionError as exc:  # spans inside spans, thousands deep
        raise IngestError(f"Cannot open {name}: its text could not be read.", path) from exc
    titling = next((k for k, (_, rank) in enumerate(lines) if rank == TITLING), None)
    title = lines[titling][0] if titling is not None else None
    if title is None and props is not None:
        own = props.findtext(f".//{_DC_TITLE}")
        title = own.strip() if own and own.strip() else None
    heads = tuple(text for k, (text, rank) in enumerate(lines) if rank and k != titling)
    return OfficeText("\n\n".join(text for text, _ in lines), title, heads)


def _odt_encrypted(z: zipfile.ZipFile) -> bool:
    """True when the OpenDocument file ``z`` was saved with a password."""
    try:
        info = z.getinfo(_ODT_MANIFEST)
    except KeyError:
        return False
    if info.file_size > MAX_PART_BYTES:
        return False  # _parse refuses what is too large to read
    with z.open(info) as fh:
        return _ODT_ENCRYPTED in fh.read(MAX_PART_BYTES)


def _parse(z: zipfile.ZipFile, part: str, name: str, path: str) -> ElementTree.Element | None:
    """The XML of ``part`` in ``z``, or None when there is no such part."""
    try:
        info = z.getinfo(part)
    except KeyError:
        return None
    if info.file_size > MAX_PART_BYTES:
        raise IngestError(f"Cannot open {name}: its text is too large to read.", path)
    with z.open(info) as fh:
        raw = fh.read(MAX_PART_BYTES + 1)
    if len(raw) > MAX_PART_BYTES:
        raise IngestError(f"Cannot open {name}: its text is too large to read.", path)
    try:
        return ElementTree.fromstring(raw)
    except ElementTree.ParseError as exc:
        raise IngestError(f"Cannot open {name}: the document is damaged.", path) from exc


def _docx_paragraphs(root: ElementTree.Element) -> Iterator[tuple[str, int]]:
    """(text, BODY, TITLING or HEADING) of each paragraph of the body, in order, the
    text boxes anchored in a paragraph after it; a table row as one line of its cells,
    followed by the rows of the tables in its cells."""
    body = root.find(f"{_W}body")
    if body is None:
        return
    for block in body:
        if block.tag == f"{_W}p":
            for p in _with_boxes(block):
                yield _docx_text(p), _docx_rank(p)
        elif block.tag == f"{_W}tbl":
            for line in _docx_rows(block):
                yield line, BODY
        elif block.tag == f"{_W}sdt":  # a content control around paragraphs
            for p in _shown_paragraphs(block):
                yield _docx_text(p), _docx_rank(p)


def _docx_rows(table: ElementTree.Element) -> Iterator[str]:
    """Each row of the Word ``table`` as one line of its cells, followed by the rows of
    the tables nested in its cells, each read once (see _nested)."""
    for row in _nested(table, f"{_W}tr"):
        cells = list(_nested(row, f"{_W}tc"))
        yield _row_line(
            " ".join(_docx_text(p) for p in _shown_paragraphs(cell, _NOT_THE_CELLS))
            for cell in cells
        )
        for cell in cells:
            for inner in _nested(cell, f"{_W}tbl"):
                yield from _docx_rows(inner)


def _row_line(cells: Iterable[str]) -> str:
    """A table row as one line: its cells' text joined by " | ", an empty cell leaving
    no separator."""
    return " | ".join(text for text in (cell.strip() for cell in cells) if text)


def _nested(el: ElementTree.Element, tag: str) -> Iterator[ElementTree.Element]:
    """The elements tagged ``tag`` inside ``el``, in order (a table's rows, a row's cells,
    a cell's tables, maybe within content controls): not those inside them, nor inside a
    table nested deeper, a text box (read with its paragraph) or a text box's second copy."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag not in (f"{_W}tbl", _MC_FALLBACK, _W_TEXT_BOX):
            yield from _nested(child, tag)


# what is not a paragraph's own: a text box's paragraphs (read after it) and second copy
_NOT_OWN = (_MC_FALLBACK, _W_TEXT_BOX)
# nor, in a table cell, the paragraphs of a table nested in it (its rows follow the row)
_NOT_THE_CELLS = (*_NOT_OWN, f"{_W}tbl")


def _shown_paragraphs(
    el: ElementTree.Element, not_own: tuple[str, ...] = _NOT_OWN
) -> Iterator[ElementTree.Element]:
    """The paragraphs inside ``el`` (a table cell, a content control, a text box) in
    order, each followed by those of the text boxes anchored in it."""
    for p in _own_paragraphs(el, not_own):
        yield from _with_boxes(p)


def _own_paragraphs(
    el: ElementTree.Element, not_own: tuple[str, ...] = _NOT_OWN
) -> Iterator[ElementTree.Element]:
    """The paragraphs inside ``el`` (a table cell, a content control, a text box), in
    order: not those inside the elements tagged ``not_own`` (the text boxes anchored in
    them, a text box's second copy)."""
    for child in el:
        if child.tag == f"{_W}p":
            yield child
        elif child.tag not in not_own:
            yield from _own_paragraphs(child, not_own)


def _with_boxes(p: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """The Word paragraph ``p``, then the paragraphs of the text boxes anchored in it (a
    pull quote, a fact box: Word keeps them in the paragraph, where they float)."""
    yield p

    def boxes(el: ElementTree.Element) -> Iterator[ElementTree.Element]:
        for child in el:
            if child.tag == _W_TEXT_BOX:
                yield from _shown_paragraphs(child)
            elif child.tag not in (f"{_W}moveFrom", _MC_FALLBACK):
                yield from boxes(child)

    yield from boxes(p)


def _docx_text(p: ElementTree.Element) -> str:
    """The text of a Word paragraph: its runs' text, tabs and line breaks; text a tracked
    move took away (still there as ordinary runs until the move is accepted), a text box's
    second copy and the text boxes anchored in it (read apart, see _with_boxes) left out."""
    parts: list[str] = []

    def walk(el: ElementTree.Element) -> None:
        for child in el:
            if child.tag == f"{_W}t":
                parts.append(child.text or "")
            elif child.tag == f"{_W}tab":
                parts.append("\t")
            elif child.tag in (f"{_W}br", f"{_W}cr"):
                parts.append("\n")
            elif child.tag == f"{_W}noBreakHyphen":
                parts.append("-")
            elif child.tag not in (f"{_W}moveFrom", _MC_FALLBACK, _W_TEXT_BOX):
                walk(child)

    walk(p)
    return "".join(parts)


def _docx_rank(p: ElementTree.Element) -> int:
    """TITLING, HEADING or BODY, as the Word paragraph ``p``'s style says."""
    style = _docx_style(p)
    return TITLING if style in _TITLE_STYLES else HEADING if style in _HEADING_STYLES else BODY


def _docx_style(p: ElementTree.Element) -> str:
    """The paragraph's style id in small letters, letters only ("Heading1" -> "heading1")."""
    style = p.find(f"{_W}pPr/{_W}pStyle")
    value = style.get(f"{_W}val", "") if style is not None else ""
    return "".join(ch for ch in value.lower() if ch.isascii() and ch.isalnum())


def _odt_paragraphs(root: ElementTree.Element) -> Iterator[tuple[str, int]]:
    """(text, BODY, TITLING or HEADING) of each paragraph and heading of the
    text, in order (lists included); a table row as one line of its cells, followed by
    the rows of the tables in its cells."""
    titled = _odt_title_styles(root)
    for block in _odt_blocks(root):
        yield from _odt_lines(block, titled)


def _odt_lines(block: ElementTree.Element, titled: frozenset[str]) -> Iterator[tuple[str, int]]:
    """(text, BODY, TITLING or HEADING) of a paragraph, a heading or a table
    (one line a row), then of what the text boxes anchored in it hold (a pull quote, a
    fact box: LibreOffice keeps them in the paragraph, where they float)."""
    if block.tag == f"{_TEXT}p":
        yield _odt_text(block), TITLING if block.get(f"{_TEXT}style-name") in titled else BODY
    elif block.tag == f"{_TEXT}h":
        first = block.get(f"{_TEXT}outline-level", "1") == "1"
        yield _odt_text(block), TITLING if first else HEADING
    else:
        for line in _odt_rows(block):
            yield line, BODY
        return
    for box in _odt_boxes(block):
        for inner in _odt_blocks(box):
            for text, _ in _odt_lines(inner, titled):
                yield text, BODY  # a box's heading heads no part of the article


def _odt_boxes(el: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """The text boxes anchored in the paragraph ``el``, in order (not those inside them,
    which _odt_lines reads in turn)."""
    for child in el:
        if child.tag == _DRAW_TEXT_BOX:
            yield child
        elif child.tag not in _ODT_UNSHOWN:
            yield from _odt_boxes(child)


# what the text and a table cell are made of, read one by one
_ODT_BLOCKS = frozenset((f"{_TEXT}p", f"{_TEXT}h", f"{_TABLE}table"))


def _odt_blocks(el: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """The paragraphs, headings and tables inside ``el`` (the text, a table cell), in
    order, within lists and sections: not those inside them, nor what the page does not
    show (a footnote's body, a comment; see _ODT_UNSHOWN)."""
    for child in el:
        if child.tag in _ODT_BLOCKS:
            yield child
        elif child.tag not in _ODT_UNSHOWN:
            yield from _odt_blocks(child)


def _odt_rows(table: ElementTree.Element) -> Iterator[str]:
    """Each row of the OpenDocument ``table`` as one line of its cells (merged-over ones
    included), a cell's paragraphs and headings read as the text's are, followed by the
    rows of the tables nested in its cells, each read once."""
    for row in _odt_rows_of(table):
        cells = [list(_odt_blocks(cell)) for cell in row]
        yield _row_line(" ".join(_odt_cell_texts(blocks)) for blocks in cells)
        for blocks in cells:
            for inner in blocks:
                if inner.tag == f"{_TABLE}table":
                    yield from _odt_rows(inner)


def _odt_cell_texts(blocks: list[ElementTree.Element]) -> Iterator[str]:
    """The texts of a cell's paragraphs and headings, each followed by those of the text
    boxes anchored in it; its nested tables are read apart (see _odt_rows)."""
    for block in blocks:
        if block.tag != f"{_TABLE}table":
            yield _odt_text(block)
            for box in _odt_boxes(block):
                yield from _odt_cell_texts(list(_odt_blocks(box)))


def _odt_rows_of(el: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """The rows of the table ``el``, in order, maybe in groups (header rows); a row's
    cells are not entered (the rows of a table nested in one are read apart)."""
    for child in el:
        if child.tag == f"{_TABLE}table-row":
            yield child
        else:
            yield from _odt_rows_of(child)


def _odt_title_styles(root: ElementTree.Element) -> frozenset[str]:
    """The names of the paragraph styles that make a title: Title itself, and the
    automatic styles LibreOffice derives from it for a paragraph formatted by hand."""
    derived = (
        style.get(f"{_STYLE}name", "")
        for style in root.iter(f"{_STYLE}style")
        if style.get(f"{_STYLE}parent-style-name") == _ODT_TITLE_STYLE
    )
    return frozenset((_ODT_TITLE_STYLE, *derived))


def _odt_text(p: ElementTree.Element) -> str:
    """The text of an OpenDocument paragraph: spans, links, runs of spaces, tabs and line
    breaks; footnotes, comments and the text boxes anchored in it left out."""
    parts = [p.text or ""]
    for child in p:
        if child.tag == f"{_TEXT}s":
            count = child.get(f"{_TEXT}c", "1")
            parts.append(" " * (min(int(count), 100) if count.isdigit() else 1))
        elif child.tag == f"{_TEXT}tab":
            parts.append("\t")
        elif child.tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif child.tag not in _ODT_UNSHOWN and child.tag != _DRAW_TEXT_BOX:
            parts.append(_odt_text(child))  # a text box is read apart (see _odt_lines)
        parts.append(child.tail or "")
    return "".join(parts)
