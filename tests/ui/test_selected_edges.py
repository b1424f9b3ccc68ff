"""In a dark palette the selected match is drawn over the text view's blue selection, and
none of that blue shows past it: drawn in its caret rectangles, it left thin blue
slivers where it starts in a line and at a paragraph's end (Qt's selection runs a
quarter of a line's height past it when it goes on into the next). Measured on the
pane's picture, over the filler paragraphs, which have no highlight of their own."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QTextCursor
from pytestqt.qtbot import QtBot

from reader.model import Span
from reader.ui.article_pane import ArticlePane
from reader.ui.main_window import MainWindow
from reader.ui.text_geometry import doc_y
from tests.ui.conftest import FILLER
from tests.ui.palette_fixtures import DARK, palette


def blue_in_rows(pane: ArticlePane, span: Span) -> list[tuple[int, int, str]]:
    """The pixels of the lines ``span`` lies on that read blue (the selection's colour
    over the page: the filler is grey text on a grey page, the match drawn yellow)."""
    browser = pane.browser
    scroll = browser.verticalScrollBar().value()
    top = int(doc_y(browser.document(), span.start)) - scroll
    bottom = int(doc_y(browser.document(), span.end, bottom=True)) - scroll
    image = browser.viewport().grab().toImage()
    blue = []
    for y in range(max(0, top), min(image.height(), bottom)):
        for x in range(image.width()):
            colour = QColor(image.pixelColor(x, y))
            if colour.blue() > colour.red() + 20:
                blue.append((x, y, colour.name()))
    return blue


def selected_in_dark(window: MainWindow, span: Span, qtbot: QtBot) -> ArticlePane:
    """A's pane in the dark palette, ``span`` selected and in view, its flash ended."""
    window.setPalette(palette(DARK))
    pane = window.pane_a
    pane.loading.flush()
    pane.select_span(span)
    pane.browser.verticalScrollBar().setValue(
        max(0, int(doc_y(pane.browser.document(), span.start)) - 40)
    )
    qtbot.waitUntil(lambda: not pane.selections.is_flashing(), timeout=3000)
    return pane


def filler_span(window: MainWindow, into_next: bool) -> Span:
    """From the middle of a filler paragraph of A to the middle of its last line, or
    (``into_next``) on into the middle of the next filler paragraph."""
    text = window.pane_a.browser.toPlainText()
    first = text.index(FILLER.strip())
    start = first + FILLER.index("discuss")
    paragraph_end = text.index("\n", first)
    if into_next:
        return Span(start, paragraph_end + 2 + FILLER.index("schedule"))
    return Span(start, paragraph_end - len("the agreement."))


@pytest.mark.parametrize(
    "into_next", [False, True], ids=["starting in a line", "on past a paragraph's end"]
)
def test_no_blue_shows_past_the_selected_match(
    shown: MainWindow, qtbot: QtBot, into_next: bool
) -> None:
    span = filler_span(shown, into_next)
    pane = selected_in_dark(shown, span, qtbot)
    assert blue_in_rows(pane, span) == []


def test_a_readers_own_selection_beside_the_match_stays_blue(
    shown: MainWindow, qtbot: QtBot
) -> None:
    """The lines of the match are painted again whole: the view's own selection there,
    the reader's, is painted again with them, not wiped."""
    span = filler_span(shown, into_next=False)
    pane = selected_in_dark(shown, span, qtbot)
    browser = pane.browser
    cursor = browser.textCursor()
    cursor.setPosition(span.end)
    cursor.setPosition(span.end + len("the"), QTextCursor.MoveMode.KeepAnchor)
    browser.setTextCursor(cursor)  # the reader selects "the" after the match
    pane.selections.update()
    assert blue_in_rows(pane, Span(span.end, span.end + 3))
