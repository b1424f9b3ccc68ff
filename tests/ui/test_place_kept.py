"""The reader's place in an article survives its text being wrapped anew: a narrower
window or a zoom step leaves the passage being read at the top of its pane (Qt keeps the
scroll value in pixels, so the text slid away under the reader)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.model import Alignment, Span
from reader.ui.article_pane import ArticlePane
from reader.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def settle(qtbot: QtBot) -> None:
    """Let the resize, the panes' new layout and their timers run their course."""
    QApplication.processEvents()
    qtbot.wait(100)


def quotation(alignment: Alignment) -> Span:
    """The paragraph of A's quotation, a dozen filler paragraphs down."""
    start = alignment.a.text.index("\u201cThis is a breakthrough")
    return Span(start, start + 20)


def read_down_to(pane: ArticlePane, span: Span, qtbot: QtBot) -> None:
    """Scroll ``pane`` so that ``span``'s line is at the top, as a reader would."""
    settle(qtbot)  # the window's first layout done
    pane.put_offset_at_fraction(span.start, 0.0)
    settle(qtbot)
    assert pane.span_y(span)[0] == pytest.approx(0, abs=1)


def test_a_narrower_window_keeps_the_passage_read_at_the_top(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    pane, span = shown.pane_a, quotation(alignment)
    read_down_to(pane, span, qtbot)
    shown.resize(800, 500)
    settle(qtbot)
    assert pane.span_y(span)[0] == pytest.approx(0, abs=1)


def test_zooming_in_keeps_the_passage_read_at_the_top(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    pane, span = shown.pane_a, quotation(alignment)
    read_down_to(pane, span, qtbot)
    shown.actions_.zoom_in.trigger()
    shown.actions_.zoom_in.trigger()
    settle(qtbot)
    assert pane.span_y(span)[0] == pytest.approx(0, abs=1)


def test_a_shorter_window_keeps_the_chosen_match_in_view(
    shown: MainWindow, alignment: Alignment, qtbot: QtBot
) -> None:
    """The number match m4 lies far down A; chosen, then scrolled to the bottom of the
    view by the reader, it stays in view when the panes lose most of their height."""
    pane = shown.pane_a
    settle(qtbot)  # the window's first layout done
    shown.select_match("m4")
    m4 = alignment.match_by_id("m4")
    assert m4 is not None
    pane.put_offset_at_fraction(m4.a.start, 0.8)
    settle(qtbot)
    shown.resize(1000, 520)
    settle(qtbot)
    top, bottom = pane.span_y(m4.a)
    assert top >= 0
    assert bottom <= pane.browser.viewport().height()
