"""Tests of reader/ui/removed_wedges.py: the marks of passages an update from the
article files took out, on real panes (the seed pair's A, its file edited, the session
updated): a caret in the text at the exact place of sentences taken out of a paragraph,
a dashed line across the gap a whole paragraph left, each told in its tooltip."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect
from PySide6.QtGui import QColor, QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from reader.model.session import Session
from reader.model.span import Span
from reader.model.update_mark import UpdateMark
from reader.ui.main_window import MainWindow
from reader.ui.removed_wedges import WEDGE, place_y
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.palette_fixtures import DARK, palette
from tests.ui.session_fixtures import settle
from tests.ui.test_change_marks import updated_after

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win

pytestmark = pytest.mark.gui

# the first sentence of a paragraph, a paragraph, and a sentence in the middle of one
FIRST = (
    "Putin said the new agreement arranged for the two countries to provide mutual "
    "assistance in the event that either country comes under attack. "
)
WHOLE = "“Relations between our countries"
MIDDLE = "Putin said the new agreement was a “breakthrough” one"
RESUMES = "Kim described the signing"  # where the text resumes after MIDDLE


def edit(text: str) -> str:
    """The seed article A with FIRST, the paragraph opening with WHOLE and the sentence
    opening with MIDDLE taken out."""
    text = text.replace(FIRST, "", 1)
    text = "\n\n".join(p for p in text.split("\n\n") if not p.startswith(WHOLE))
    return text[: text.index(MIDDLE)] + text[text.index(RESUMES) :]


@pytest.fixture
def taken(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    tmp_path: Path,
    pair: tuple[str, str],
    qtbot: QtBot,
) -> dict[str, UpdateMark]:
    """The session updated after ``edit``: its three marks, by what they took out."""
    session = updated_after(edit, ctl, opened, win, tmp_path, pair, qtbot)
    marks = session.update_marks
    assert len(marks) == 3 and all(m.removed for m in marks)

    def opening(words: str) -> UpdateMark:
        return next(m for m in marks if m.before.startswith(words))

    return {"first": opening(FIRST[:40]), "whole": opening(WHOLE), "middle": opening(MIDDLE)}


def place_rect(win: MainWindow, at: int) -> QRect:
    """The text cursor's rectangle at ``at`` in A, once in view."""
    pane = win.pane("a")
    pane.ensure_visible(Span(at, at))
    cursor = QTextCursor(pane.browser.document())
    cursor.setPosition(at)
    return pane.browser.cursorRect(cursor)


def pixel(win: MainWindow, x: float, y: float) -> QColor:
    image = win.pane("a").browser.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    return QColor.fromRgb(image.pixel(round(x * ratio), round(y * ratio)))


def caret_pixel(win: MainWindow, at: int, between: bool = True) -> QColor:
    """The colour in the caret's head at ``at``: just under the line's top, in the middle
    of the space before the place (``between``), else at the place."""
    rect = place_rect(win, at)
    x = rect.x()
    if between:
        x = (x + place_rect(win, at - 1).x()) // 2
    return pixel(win, x, rect.top() + 1)


def tooltip_at(win: MainWindow, pos: QPoint) -> str:
    viewport = win.pane("a").browser.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)
    text = QToolTip.text()
    QToolTip.hideText()
    return text


def colour(win: MainWindow) -> QColor:
    return win.pane("a").browser.change_colour


def brown(win: MainWindow, found: QColor) -> bool:
    """Whether ``found`` is the marks' colour, give or take the antialiasing of an edge."""
    want = colour(win)
    pairs = ((found.red(), want.red()), (found.green(), want.green()), (found.blue(), want.blue()))
    return all(abs(a - b) <= 24 for a, b in pairs)


def test_a_sentence_taken_out_mid_paragraph_has_a_caret_at_its_place(
    taken: dict[str, UpdateMark], win: MainWindow
) -> None:
    at = taken["middle"].span.start
    text = win.pane("a").document()
    assert text is not None and text.text[at:].startswith(RESUMES)
    assert caret_pixel(win, at) == colour(win)


def test_the_margin_wedge_sits_beside_the_line_the_sentence_was_taken_out_of(
    taken: dict[str, UpdateMark], win: MainWindow
) -> None:
    rect = place_rect(win, taken["middle"].span.start)
    assert pixel(win, (WEDGE[0] + WEDGE[1]) / 2, rect.center().y()) == colour(win)


def test_the_caret_s_tooltip_says_it_was_taken_out_of_this_paragraph(
    taken: dict[str, UpdateMark], win: MainWindow
) -> None:
    rect = place_rect(win, taken["middle"].span.start)
    x = (rect.x() + place_rect(win, taken["middle"].span.start - 1).x()) // 2
    tip = tooltip_at(win, QPoint(x, rect.center().y()))
    assert "Taken out of this paragraph in the update" in tip and MIDDLE in tip


def test_a_paragraph_s_first_sentence_taken_out_has_its_caret_at_the_line_s_start(
    taken: dict[str, UpdateMark], win: MainWindow
) -> None:
    at = taken["first"].span.start
    rect = place_rect(win, at)
    assert pixel(win, rect.x() - 1, rect.top() + 1) == colour(win)
    tip = tooltip_at(win, QPoint(rect.x(), rect.center().y()))
    assert "Taken out of this paragraph" in tip and FIRST.split(".")[0] in tip
    assert "A paragraph taken out" not in tip


def test_a_whole_paragraph_taken_out_is_a_dashed_line_across_the_gap(
    taken: dict[str, UpdateMark], win: MainWindow
) -> None:
    at = taken["whole"].span.start
    place_rect(win, at)
    browser = win.pane("a").browser
    y = place_y(browser, at)
    assert y is not None
    width = browser.viewport().width()
    row = [pixel(win, x, round(y)) for x in range(width // 4, width // 2)]
    assert 0.3 < sum(brown(win, c) for c in row) / len(row) < 0.9  # dashes and spaces
    tip = tooltip_at(win, QPoint(width // 3, round(y)))
    assert "A paragraph taken out here in the update" in tip and WHOLE in tip
    assert "Taken out of this paragraph" not in tip


def test_the_caret_scrolls_with_the_text(
    taken: dict[str, UpdateMark], win: MainWindow, qtbot: QtBot
) -> None:
    at = taken["middle"].span.start
    before = place_rect(win, at)
    qtbot.wait(300)
    browser = win.pane("a").browser
    browser.verticalScrollBar().setValue(browser.verticalScrollBar().value() - 23)
    qtbot.wait(300)
    cursor = QTextCursor(browser.document())
    cursor.setPosition(at)
    after = browser.cursorRect(cursor)
    cursor.setPosition(at - 1)
    x = (after.x() + browser.cursorRect(cursor).x()) // 2
    assert after.top() != before.top()
    assert pixel(win, x, after.top() + 1) == colour(win)


def head_width(win: MainWindow, at: int) -> int:
    """How many pixels of the row just under the line's top at ``at`` are the caret's."""
    rect = place_rect(win, at)
    x = (rect.x() + place_rect(win, at - 1).x()) // 2
    return sum(brown(win, pixel(win, x + dx, rect.top() + 1)) for dx in range(-12, 13))


def test_the_caret_grows_with_a_zoom(
    taken: dict[str, UpdateMark], win: MainWindow, qtbot: QtBot
) -> None:
    at = taken["middle"].span.start
    small, height = head_width(win, at), place_rect(win, at).height()
    win.zoom(10)
    qtbot.wait(300)
    assert place_rect(win, at).height() > height * 1.5
    assert small >= 1 and head_width(win, at) >= small * 2


def test_the_caret_takes_the_dark_palette_s_colour(
    taken: dict[str, UpdateMark], win: MainWindow
) -> None:
    light = QColor(colour(win))
    win.setPalette(palette(DARK))
    assert colour(win) != light
    assert caret_pixel(win, taken["middle"].span.start) == colour(win)


def test_undo_of_the_update_takes_the_caret_away(
    taken: dict[str, UpdateMark], ctl: SessionController, win: MainWindow, qtbot: QtBot
) -> None:
    at = taken["middle"].span.start
    ctl.actions.undo_delete.trigger()
    settle(qtbot, ctl)
    assert not win.pane("a").browser.removed_places
    text = win.pane("a").document()
    assert text is not None
    back = text.text.index(MIDDLE)  # the sentence is there again: no mark before it
    assert at != back and caret_pixel(win, back) != colour(win)
