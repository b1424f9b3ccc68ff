"""Tests of reader/ui/page_breaks.py: the printed export's section headings and rows, read
back from the PDF page by page (pypdf) and from its layout."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtWidgets import QApplication

from reader.export import print_html, render_export
from reader.export.entries import ExportData, export_data
from reader.model import Alignment, Quoted, Span
from reader.model.session import Session
from reader.ui.pdf_export import pdf_writer, print_layout
from tests.session.samples import document, seed_session
from tests.ui.pdf_text import page_texts

SECTIONS = ("Only in A:", "Only in B:", "Quoted in A:", "Quoted in B:")


def sections(data: ExportData) -> list[tuple[str, str]]:
    """Each section after the entries: its heading, and the text of its first row."""
    out = []
    for side, doc in (("a", data.a), ("b", data.b)):
        if rows := data.only_in(side):
            out.append((data.only_heading(side, doc.title), rows[0].a_text or rows[0].b_text))
    for side, doc in (("a", data.a), ("b", data.b)):
        if rows := data.quoted_in(side):
            out.append((data.quoted_heading(side, doc.title), rows[0].a_text or rows[0].b_text))
    return out


def first_words(text: str, n: int = 6) -> str:
    return " ".join(text.split()[:n])


def page_with(pages: list[str], text: str) -> int:
    """The page (from 0) whose text holds ``text``; it is on one page only."""
    found = [n for n, page in enumerate(pages) if text in page]
    assert len(found) == 1, f"{text!r} on pages {found}"
    return found[0]


def assert_headings_in_order_each_over_its_first_row(session: Session, pages: list[str]) -> None:
    """Every section heading is printed once, in order, on the page of the first row it
    heads and before that row."""
    text = " ".join(pages)
    heads = sections(export_data(session))
    places = [text.find(heading) for heading, _row in heads]
    assert -1 not in places and places == sorted(places), places
    for heading, row in heads:
        page = pages[page_with(pages, heading)]
        assert first_words(row) in page[page.index(heading) :], heading


# --- the seed pair: the "Only in A" heading after the last entry was not printed


@pytest.fixture(scope="module")
def seed(seed_a_path: Path, seed_b_path: Path) -> Session:
    """The seed pair's session (the pair the app opens first), with its notes."""
    return seed_session(seed_a_path, seed_b_path)


@pytest.fixture(scope="module")
def seed_pages(qapp: QApplication, seed: Session) -> list[str]:
    return page_texts(render_export(seed, "pdf"))


def test_the_seed_pair_has_the_four_sections(seed: Session) -> None:
    heads = [heading for heading, _row in sections(export_data(seed))]
    assert [heading.split(":")[0] + ":" for heading in heads] == list(SECTIONS)


def test_the_seed_pairs_headings_are_printed_in_order_over_their_sections(
    seed: Session, seed_pages: list[str]
) -> None:
    assert_headings_in_order_each_over_its_first_row(seed, seed_pages)


def text_blocks(layout: QTextDocument) -> Iterator[QTextBlock]:
    block = layout.begin()
    while block.isValid():
        if block.length() > 1:
            yield block
        block = block.next()


def test_every_text_block_of_the_seed_pair_is_laid_out(qapp: QApplication, seed: Session) -> None:
    """A heading or paragraph outside the tables that Qt moved after a page break set
    before it, but never laid out, has no line: it is printed as nothing."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer)  # alive while the layout measures on it
    layout, _page = print_layout(print_html(seed)[0], writer)
    unlaid = [block.text()[:40] for block in text_blocks(layout) if not block.layout().lineCount()]
    del layout, writer
    assert unlaid == []


# --- many quotations and passages only in one article, over pages: no row split

LINES = (1, 4, 7, 2, 9, 3, 5, 1, 8, 6, 2, 3)  # rows of varied heights, so that pages end
FILL = "Words of the passage fill the line a little further on. "


def passage(mark: str, i: int) -> str:
    """A paragraph marked at both ends ("Qa07 begins" ... "Qa07 ends.")."""
    return f"{mark}{i:02d} begins. {FILL * LINES[i % len(LINES)]}{mark}{i:02d} ends."


def side_text(side: str, quotes: int, only: int) -> tuple[str, list[str], list[str]]:
    quoted = [f"\u201c{passage('Q' + side, i)}\u201d" for i in range(quotes)]
    alone = [passage("P" + side, i) for i in range(only)]
    return "\n\n".join(["Headline of " + side, *quoted, *alone]), quoted, alone


def spans(text: str, parts: list[str]) -> tuple[Span, ...]:
    return tuple(Span(text.index(p), text.index(p) + len(p)) for p in parts)


@pytest.fixture(scope="module")
def quoting() -> Session:
    """Two articles of 40 and 30 quotations and 12 and 8 passages only each reports, of
    1 to 9 lines each: eleven pages of rows."""
    made = {}
    for side, quotes, only in (("a", 40, 12), ("b", 30, 8)):
        text, quoted, alone = side_text(side, quotes, only)
        doc = document(text, f"Talks {side}", side.upper(), "2024-06-20", f"{side}.txt")
        made[side] = (
            doc,
            tuple(Quoted(s, "Merkel") for s in spans(text, quoted)),
            spans(text, alone),
        )
    (a, quotes_a, only_a), (b, quotes_b, only_b) = made["a"], made["b"]
    return Session(
        Alignment(a, b, only_a=only_a, only_b=only_b, quotes_a=quotes_a, quotes_b=quotes_b)
    )


@pytest.fixture(scope="module")
def quoting_pages(qapp: QApplication, quoting: Session) -> list[str]:
    return page_texts(render_export(quoting, "pdf"))


def test_a_long_export_breaks_pages_inside_its_sections(quoting_pages: list[str]) -> None:
    assert page_with(quoting_pages, "Qa39 ends") > page_with(quoting_pages, "Qa00 begins")


def test_a_long_exports_headings_are_printed_in_order_over_their_sections(
    quoting: Session, quoting_pages: list[str]
) -> None:
    assert_headings_in_order_each_over_its_first_row(quoting, quoting_pages)


@pytest.mark.parametrize(("mark", "count"), [("Qa", 40), ("Qb", 30), ("Pa", 12), ("Pb", 8)])
def test_no_row_is_split_across_pages(quoting_pages: list[str], mark: str, count: int) -> None:
    """Each quotation and each passage only one article reports begins and ends on one
    page, and neither end is read on another page too (a line cut by a page's foot)."""
    split = [
        i
        for i in range(count)
        if page_with(quoting_pages, f"{mark}{i:02d} begins")
        != page_with(quoting_pages, f"{mark}{i:02d} ends")
    ]
    assert split == []
