"""Tests of reader/ui/pdf_export.py: the PDF export, read back with pypdf."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from reader.export import export_session, print_html, render_export
from reader.export.entries import export_data
from reader.export.html import render_html
from reader.model import Alignment, Match, MatchKind
from reader.model.note import Note
from reader.model.session import Session
from reader.session.store import save_session
from reader.ui.page_breaks import Page, entry_extent, entry_tables
from reader.ui.pdf_export import pdf_writer, print_layout
from tests.export.conftest import headed_session
from tests.session.samples import (
    HOSTILE,
    document,
    hostile_session,
    sample_alignment,
    sample_session,
)
from tests.ui.pdf_text import page_texts

ROOT = Path(__file__).resolve().parents[2]


def page_text(pdf: bytes) -> str:
    """The text of all pages, blanks collapsed, ligatures (\ufb01 for "fi") undone."""
    return " ".join(page_texts(pdf))


@pytest.fixture
def session() -> Session:
    return sample_session()


@pytest.fixture
def pdf(qapp: QApplication, session: Session) -> bytes:
    return render_export(session, "pdf")


def test_pdf_has_both_titles(pdf: bytes) -> None:
    text = page_text(pdf)
    assert "Putin and Kim sign defence pact" in text and "strike mutual defence deal" in text


def test_pdf_has_both_passages(pdf: bytes) -> None:
    text = page_text(pdf)
    assert "This is a breakthrough" in text and "The summit lasted five hours." in text


def test_pdf_has_the_note(pdf: bytes) -> None:
    assert "Both agree on the pledge; A says Wednesday." in page_text(pdf)


def test_pdf_pages_are_a4(pdf: bytes) -> None:
    box = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_pdf_title_names_both_articles(pdf: bytes) -> None:
    meta = pypdf.PdfReader(io.BytesIO(pdf)).metadata
    assert meta is not None and meta.title == (
        "Putin and Kim sign defence pact / North Korea and Russia strike mutual defence deal"
    )


def test_markup_in_articles_prints_as_text(qapp: QApplication) -> None:
    assert HOSTILE in page_text(render_export(hostile_session(), "pdf"))


def test_export_session_writes_the_pdf(
    qapp: QApplication, session: Session, tmp_path: Path
) -> None:
    export_session(session, tmp_path / "notes.pdf", "pdf")
    assert (tmp_path / "notes.pdf").read_bytes().startswith(b"%PDF-")


def test_command_line_export_makes_its_own_application(session: Session, tmp_path: Path) -> None:
    save_session(session, tmp_path / "s.crossread")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    code = "import sys; from reader.export.command import main; main()"
    args = [str(tmp_path / "s.crossread"), "-o", str(tmp_path / "s.pdf")]
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, check=False)
    assert done.returncode == 0 and "five hours" in page_text((tmp_path / "s.pdf").read_bytes())


# --- pages: an entry is not split when it fits on a page; a longer one keeps its labels

LONG_NOTE = "A long note, on and on. " * 400  # over a page


def paragraph(side: str, i: int) -> str:
    """Paragraph ``i`` of article ``side``: one to eight lines, the number in words."""
    return f"Passage {i} of {side} ends here. " + "Words to fill a line or so. " * (1 + 5 * i % 23)


@pytest.fixture
def long_session() -> Session:
    """Forty claims, each with a note, over articles of varied paragraphs; one note runs
    over a page."""
    texts = {s: "\n\n".join(paragraph(s, i) for i in range(40)) for s in ("A", "B")}
    a = document(texts["A"], "Treaty signed", "Hankyoreh", "2024-06-20", "a.txt")
    b = document(texts["B"], "Pact agreed", "AP", "2024-06-20", "b.txt")
    matches = tuple(
        Match(f"m{i}", MatchKind.CLAIM, a.paragraphs[i], b.paragraphs[i], 0.8) for i in range(40)
    )
    session = Session(Alignment(a, b, matches))
    for i in range(40):
        text = LONG_NOTE if i == 30 else f"Note on {i} ends the entry."
        session = session.add_note(Note.new(text, [], match_id=f"m{i}"))
    return session


@pytest.fixture
def long_pages(qapp: QApplication, long_session: Session, tmp_path: Path) -> list[str]:
    """The text of each page of the long session's PDF, written to a file."""
    export_session(long_session, tmp_path / "long.pdf", "pdf")
    return page_texts((tmp_path / "long.pdf").read_bytes())


def test_an_entry_that_fits_on_a_page_is_not_split(long_pages: list[str]) -> None:
    for i in range(40):
        if i == 30:
            continue
        first = next(n for n, text in enumerate(long_pages) if f"Passage {i} of A" in text)
        assert f"Note on {i} ends the entry." in long_pages[first], f"entry {i + 1}"


def test_an_entry_longer_than_a_page_says_which_article_on_each_page(
    long_pages: list[str],
) -> None:
    pages = [text for text in long_pages if "A long note, on and on." in text]
    assert len(pages) >= 2
    assert all("A · Hankyoreh" in text and "B · AP" in text for text in pages)


@pytest.fixture
def laid_out(qapp: QApplication, long_session: Session) -> tuple[list[tuple[float, float]], Page]:
    """Where each entry of the long session starts and ends in the PDF's layout."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    html = render_html(export_data(long_session), for_print=True)
    writer = pdf_writer(buffer)  # alive while the layout measures on it
    document, page = print_layout(html, writer)
    extents = [entry_extent(document, table) for table in entry_tables(document)]
    del document, writer
    return extents, page


def test_the_layout_keeps_each_entry_that_fits_on_one_page(
    laid_out: tuple[list[tuple[float, float]], Page],
) -> None:
    extents, page = laid_out
    room = page.height - 2 * page.margin
    assert len(extents) == 40
    assert all(page.of(top) == page.of(bottom) for top, bottom in extents if bottom - top <= room)


def test_an_entry_longer_than_a_page_starts_high_on_its_page(
    laid_out: tuple[list[tuple[float, float]], Page],
) -> None:
    extents, page = laid_out
    top, bottom = extents[30]
    assert bottom - top > page.height
    assert top - page.of(top) * page.height < page.height * 2 / 3


def format_of(document: QTextDocument, text: str, after: str = "") -> QTextCharFormat:
    """The format of ``text`` in ``document`` (the first after ``after``)."""
    start = document.find(after).selectionEnd() if after else 0
    cursor = QTextCursor(document)
    cursor.setPosition(document.find(text, start).selectionStart() + 1)
    return cursor.charFormat()


def test_the_pdf_tells_the_kinds_apart_as_the_window_does(qapp: QApplication) -> None:
    """The HTML export's underlines reach the PDF (Qt's rich text reads them from its
    own property): a quote dashed, an entity solid, a number dotted and semi-bold, a
    discrepancy wavy and bold, a claim not underlined."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    html = render_html(export_data(Session(sample_alignment()), minor=True), for_print=True)
    writer = pdf_writer(buffer)
    layout, _page = print_layout(html, writer)
    style = QTextCharFormat.UnderlineStyle
    claim = format_of(layout, "Russia and North Korea agreed")
    quote = format_of(layout, "This is a breakthrough")
    entity = format_of(layout, "Kim", after="Name")
    number = format_of(layout, "three hours", after="score 0.62")  # the entry, not the header
    differs = format_of(layout, "Differs:", after="score 0.62")
    assert claim.underlineStyle() == style.NoUnderline
    assert quote.underlineStyle() == style.DashUnderline
    assert entity.underlineStyle() == style.SingleUnderline
    assert number.underlineStyle() == style.DotLine and number.fontWeight() >= 600
    assert differs.underlineStyle() == style.WaveUnderline and differs.fontWeight() >= 700
    del layout, writer


def test_pdf_says_method_notices_and_filter(qapp: QApplication, session: Session) -> None:
    """The header of a PDF says how the pair was matched, what the window's notices said
    and what the export leaves out, as the other formats do."""
    al = session.alignment
    fallback = "The sentence-embedding model is not available."
    al = replace(al, b=replace(al.b, date="2024-07-31")).with_notices((fallback,))
    text = page_text(render_export(replace(session, alignment=al), "pdf", only_annotated=True))
    assert "Matched by the lexical method" in text
    assert "dated 41 days apart (2024-06-20 and 2024-07-31)" in text
    assert fallback in text
    assert "Filter: only annotated passages" in text


# --- a section's heading goes over to the next page with what it heads

QUOTATION = '"We will never accept any plan that divides Europe and weakens our common future."'


@pytest.fixture
def quoted_pair(tmp_path: Path) -> Session:
    """Two short articles giving one quotation to two speakers: an export ending with
    the quotations of A and of B, each under its heading."""
    from reader.analysis import align
    from reader.ingest import load_document

    paths = []
    for name, speaker in (("merkel.txt", "Merkel"), ("sarkozy.txt", "Sarkozy")):
        path = tmp_path / name
        path.write_text(f"Leaders met in Brussels.\n\n{QUOTATION} {speaker} said.\n", "utf-8")
        paths.append(path)
    return Session(align(*(load_document(p) for p in paths), method="lexical"))


def pages_of(session: Session, *texts: str) -> list[int]:
    """The page (from 0) on which each of ``texts`` ends in the PDF layout of ``session``."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer)  # alive while the layout measures on it
    document, page = print_layout(render_html(export_data(session), for_print=True), writer)
    layout = document.documentLayout()
    found = [document.find(text).block() for text in texts]
    pages = [page.of(layout.blockBoundingRect(block).bottom()) for block in found]
    del document, writer
    return pages


def test_no_section_heading_is_left_alone_at_the_foot_of_a_page(
    qapp: QApplication, quoted_pair: Session
) -> None:
    claim = next(m for m in quoted_pair.alignment.matches if m.kind is MatchKind.CLAIM)
    for lines in range(60):  # the headings fall at every height of a page in turn
        noted = quoted_pair.add_note(Note.new("\n".join(["A line."] * lines), match_id=claim.id))
        for heading, row in (("Quoted in A:", "also in B"), ("Quoted in B:", "also in A")):
            assert len(set(pages_of(noted, heading, row))) == 1, f"{heading} after {lines} lines"


def test_a_crosshead_in_a_passage_is_bold_and_larger_in_the_pdf(
    qapp: QApplication, tmp_path: Path
) -> None:
    """A heading the source marks is set as the window sets it, in the PDF and the
    printed pages (the same layout), the passage's words unchanged."""
    session = headed_session(tmp_path)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer)
    html, _title = print_html(session)
    layout, _page = print_layout(html, writer)
    heading = format_of(layout, "A breakthrough, says Putin", after="Note")
    body = format_of(layout, "Putin called the agreement", after="Note")
    assert heading.fontWeight() >= 700 and body.fontWeight() < 700
    assert heading.fontPointSize() > body.fontPointSize() > 0
    del layout, writer
    text = page_text(render_export(session, "pdf"))
    assert "A breakthrough, says Putin Putin called the agreement a breakthrough" in text
