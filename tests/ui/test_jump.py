"""Clicking a highlight brings its partner into view in the other pane
(reader.ui.article_pane: select_span, ensure_visible)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from reader.model import Alignment
from reader.ui.main_window import MainWindow


def test_a_click_puts_the_far_partner_a_third_down_the_other_pane(
    shown: MainWindow, alignment: Alignment
) -> None:
    quote = alignment.match_by_id("m3")
    assert quote is not None
    shown.set_sync_scrolling(False)  # B stays at its top, the quote far below
    shown.pane_a.put_offset_at_fraction(quote.a.start, 0.5)
    cursor = QTextCursor(shown.pane_a.browser.document())
    cursor.setPosition(quote.a.start + 2)  # the text before it is all in the BMP
    at = shown.pane_a.browser.cursorRect(cursor).center()
    viewport = shown.pane_a.browser.viewport()
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(at.x(), at.y()))
    assert shown.selection() == (quote.a, quote.b)
    partner_top, _ = shown.pane_b.span_y(quote.b)
    height = shown.pane_b.browser.viewport().height()
    assert 0.2 * height <= partner_top <= 0.4 * height  # not at the bottom edge
