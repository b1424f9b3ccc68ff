"""The Only in one panel gives, beside each passage, the other article's sentence closest
to it, and choosing the passage shows that sentence in the other pane: one in ten of the
passages shaded as only in one article is told by the other in other words
(benchmarks/only_in_one.py), and the closest sentence is one of those words about half
the time."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Closest, Span
from reader.ui.main_window import MainWindow
from reader.ui.only_dock import CLOSEST, OnlyInOneModel
from tests.ui.test_tooltips import hover

pytestmark = pytest.mark.gui


def treaty2(alignment: Alignment) -> Span:
    """B's last treaty sentence: 'The treaty, signed by both leaders, pledges ...'."""
    start = alignment.b.text.index("The treaty, signed")
    return Span(start, alignment.b.text.index(".", start) + 1)


@pytest.fixture
def with_closest(alignment: Alignment) -> Alignment:
    """A's only-here passage (the weather) given B's treaty sentence as its closest."""
    return replace(alignment, closest_a=(Closest(alignment.only_a[0], treaty2(alignment), 0.2),))


def cell(model: OnlyInOneModel, row: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return model.index(row, CLOSEST).data(role)


def test_the_closest_sentence_is_beside_the_passage(with_closest: Alignment) -> None:
    model = OnlyInOneModel()
    model.set_alignment(with_closest)
    assert cell(model, 0) == with_closest.b.slice(treaty2(with_closest))
    assert "Ctrl+K" in str(cell(model, 0, Qt.ItemDataRole.ToolTipRole))


def test_a_passage_nothing_comes_near_gets_a_dash(with_closest: Alignment) -> None:
    model = OnlyInOneModel()
    model.set_alignment(with_closest)
    assert cell(model, 1) == "\u2014"  # B's passage: no closest sentence in A
    assert "No sentence of A" in str(cell(model, 1, Qt.ItemDataRole.ToolTipRole))


@pytest.fixture
def closest_shown(window: MainWindow, with_closest: Alignment, qtbot: QtBot) -> MainWindow:
    with qtbot.waitSignal(window.alignment_finished):
        window.show_alignment(with_closest)
    return window


def chosen(window: MainWindow, row: int) -> MainWindow:
    """Row ``row`` of the Only in one panel chosen (0: A's passage, 1: B's)."""
    window.only_dock.raise_()
    window.only_dock.table.selectRow(row)
    return window


def test_choosing_the_passage_shows_the_closest_sentence_in_the_other_pane(
    closest_shown: MainWindow, with_closest: Alignment
) -> None:
    window = chosen(closest_shown, 0)
    partner = treaty2(with_closest)
    assert window.pane_b.selections.near_span() == partner
    assert window.pane_b.selected_span() is None  # Add note takes the passage alone
    top, bottom = window.pane_b.span_y(partner)
    assert top >= 0 and bottom <= window.pane_b.browser.viewport().height()
    assert window.pane_a.selected_span() == with_closest.only_a[0]


def test_choosing_a_match_ends_the_mark(closest_shown: MainWindow) -> None:
    window = chosen(closest_shown, 0)
    window.select_match("m4")
    assert window.pane_b.selections.near_span() is None


def test_a_passage_with_no_closest_sentence_leaves_the_other_pane_unselected(
    closest_shown: MainWindow, with_closest: Alignment
) -> None:
    window = chosen(closest_shown, 1)
    assert window.pane_a.selected_span() is None and window.pane_a.selections.near_span() is None
    assert window.pane_b.selected_span() == with_closest.only_b[0]


# -- the pane itself: hovering the grey passage, the text cursor on it


def test_hovering_a_passage_only_one_article_reports_gives_the_closest_sentence(
    closest_shown: MainWindow, with_closest: Alignment
) -> None:
    """The grey passage had no tooltip at all."""
    text = hover(closest_shown.pane_a, with_closest.only_a[0].start + 3)
    assert "Only in A" in text and "Closest in B" in text and "pledges mutual defence" in text


def test_hovering_a_passage_nothing_comes_near_says_only_that(
    closest_shown: MainWindow, with_closest: Alignment
) -> None:
    text = hover(closest_shown.pane_b, with_closest.only_b[0].start + 3)
    assert "Only in B" in text and "Closest" not in text


def test_the_text_cursor_on_the_passage_says_the_closest_sentence(
    closest_shown: MainWindow, with_closest: Alignment, qtbot: QtBot
) -> None:
    closest_shown.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is closest_shown)
    pane = closest_shown.pane_a
    pane.browser.setFocus(Qt.FocusReason.TabFocusReason)
    cursor = QTextCursor(pane.browser.document())
    cursor.setPosition(with_closest.only_a[0].start - 1)
    pane.browser.setTextCursor(cursor)
    QTest.keyClick(pane.browser, Qt.Key.Key_Right)
    QTest.keyClick(pane.browser, Qt.Key.Key_Right)
    said = closest_shown.statusBar().currentMessage()
    assert said.startswith("Only in A: B does not report this · closest in B: ")
    assert "pledges mutual defence" in said
