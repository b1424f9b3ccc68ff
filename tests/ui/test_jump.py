"""Clicking a highlight brings its partner into view in the other pane; a match chosen
elsewhere is shown with the lines around it, a third down when it must move
(reader.ui.article_pane: select_span, ensure_visible)."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Match, Span
from reader.ui.article_pane import ArticlePane
from reader.ui.main_window import MainWindow
from reader.ui.matches_model import A_TEXT
from tests.ui.highlight_fixtures import click_far_from_partner


def test_a_click_puts_the_far_partner_a_third_down_the_other_pane(
    shown: MainWindow, alignment: Alignment
) -> None:
    quote = click_far_from_partner(shown, alignment, "m3")
    assert shown.selection() == (quote.a, quote.b)
    partner_top, _ = shown.pane_b.span_y(quote.b)
    height = shown.pane_b.browser.viewport().height()
    assert 0.2 * height <= partner_top <= 0.4 * height  # not at the bottom edge


# --- a passage chosen on the edge of the view: shown with the lines around it ----------


@pytest.fixture
def apart(shown: MainWindow) -> MainWindow:
    """The window with scrolling not synced: pane A stays where a test puts it."""
    shown.set_sync_scrolling(False)
    return shown


def line(pane: ArticlePane) -> int:
    return pane.browser.fontMetrics().lineSpacing()


def on_edge(pane: ArticlePane, span: Span, bottom_edge: bool = True) -> int:
    """Scroll ``pane`` so that ``span`` lies in full on its last line (or its first), as a
    reader scrolling on may leave it; the scroll value then."""
    top, bottom = pane.span_y(span)
    bar = pane.browser.verticalScrollBar()
    height = pane.browser.viewport().height()
    bar.setValue(bar.value() + (math.ceil(bottom) - height + 1 if bottom_edge else math.floor(top)))
    top, bottom = pane.span_y(span)
    assert top >= 0 and bottom <= height
    assert (bottom > height - line(pane)) if bottom_edge else (top < line(pane))
    return bar.value()


def choose_in_table(window: MainWindow, qtbot: QtBot, match_id: str) -> None:
    """Click the match's row in the Matches panel, as a reader chooses it."""
    table = window.dock.table
    row = window.dock.visible_ids().index(match_id)
    with qtbot.waitSignal(window.dock.match_selected):
        QTest.mouseClick(
            table.viewport(),
            Qt.MouseButton.LeftButton,
            pos=table.visualRect(table.model().index(row, A_TEXT)).center(),
        )


def a_third_down(pane: ArticlePane, span: Span) -> bool:
    top, _ = pane.span_y(span)
    return abs(top - 0.3 * pane.browser.viewport().height()) <= line(pane)


@pytest.fixture
def quote(alignment: Alignment) -> Match:
    """The quote match m3, in the middle of both articles: a pane can put it anywhere."""
    found = alignment.match_by_id("m3")
    assert found is not None
    return found


@pytest.mark.parametrize("bottom_edge", [True, False], ids=["last line", "first line"])
def test_a_match_chosen_on_the_views_edge_goes_a_third_down(
    apart: MainWindow, quote: Match, qtbot: QtBot, bottom_edge: bool
) -> None:
    """It was in view, so the pane stayed: a passage on the last line was read with the
    rest of its sentence cut off below."""
    on_edge(apart.pane_a, quote.a, bottom_edge)
    choose_in_table(apart, qtbot, quote.id)
    assert a_third_down(apart.pane_a, quote.a)


def test_a_match_chosen_with_lines_around_it_leaves_the_pane_where_it_is(
    apart: MainWindow, quote: Match, qtbot: QtBot
) -> None:
    apart.pane_a.put_offset_at_fraction(quote.a.start, 0.6)
    before = apart.pane_a.browser.verticalScrollBar().value()
    choose_in_table(apart, qtbot, quote.id)
    assert apart.pane_a.browser.verticalScrollBar().value() == before


def test_a_click_on_a_highlight_on_the_last_line_leaves_its_pane_where_it_is(
    apart: MainWindow, quote: Match
) -> None:
    """The text the reader clicked stays under the pointer; the partner is what moves."""
    before = on_edge(apart.pane_a, quote.a)
    browser = apart.pane_a.browser
    cursor = QTextCursor(browser.document())
    cursor.setPosition(quote.a.start + 2)
    QTest.mouseClick(
        browser.viewport(), Qt.MouseButton.LeftButton, pos=browser.cursorRect(cursor).center()
    )
    assert apart.selection() == (quote.a, quote.b)
    assert browser.verticalScrollBar().value() == before
