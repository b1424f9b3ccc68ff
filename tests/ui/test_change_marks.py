"""Tests of reader/ui/change_marks.py and reader/ui/change_steps.py: what an update from
the article files changed, marked in the pane (a bar in the margin, a tick on the
overview strip, the old wording in the tooltip) and stepped through (Go > Next change),
through a swap, Undo and a save (real files in tmp_path, the real ingest)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QHelpEvent, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QToolTip
from pytestqt.qtbot import QtBot

import tests.ui.test_article_updating as updating
from reader.model.session import Session
from reader.model.span import Span
from reader.session.store import save_session
from reader.ui.change_marks import BAR_WIDTH, BAR_X, change_colour
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.palette_fixtures import LINE_CONTRAST, PALETTES, contrast, palette
from tests.ui.session_fixtures import settle

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win

pytestmark = pytest.mark.gui


def reworded(opened: Session) -> tuple[str, str]:
    """A sentence of article A holding " the ", and the same with "a" for "the"."""
    a = opened.alignment.a
    old = next(a.slice(s) for s in a.sentences[3:] if " the " in a.slice(s))
    return old, old.replace(" the ", " a ", 1)


@pytest.fixture
def changed(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    tmp_path: Path,
    pair: tuple[str, str],
    qtbot: QtBot,
) -> tuple[Session, str, str]:
    """The seed pair's session saved, one sentence of A's file reworded since, the
    session opened and updated: the session, the sentence's old and new words."""
    path, _ = updating.saved_with_notes(opened, tmp_path)
    old, new = reworded(opened)
    text = Path(pair[0]).read_text(encoding="utf-8")
    updating.edit_after_saving(path, pair[0], text.replace(old, new, 1))
    updating.open_saved(qtbot, ctl, path)
    return updating.update(qtbot, ctl, win), old, new


def bar_pixel(win: MainWindow, side: str, span: Span) -> QColor:
    """The colour in the middle of the margin beside ``span``'s first line."""
    pane = win.pane(side)
    pane.ensure_visible(span)
    browser = pane.browser
    cursor = QTextCursor(browser.document())
    cursor.setPosition(span.start)
    y = browser.cursorRect(cursor).center().y()
    image = browser.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    x = BAR_X + BAR_WIDTH / 2
    return QColor.fromRgb(image.pixel(round(x * ratio), round(y * ratio)))


def test_an_update_marks_the_reworded_sentence(
    changed: tuple[Session, str, str], win: MainWindow
) -> None:
    session, _old, new = changed
    (mark,) = session.update_marks
    assert mark.side == "a" and new in mark.span.slice(session.alignment.a.text)
    pane = win.pane("a")
    assert list(pane.change_marks) == [mark]
    assert len(pane.browser.change_bars) == 1
    assert len(pane.overview.changes()) == 1
    assert not win.pane("b").change_marks


def test_the_bar_is_drawn_in_the_margin_beside_it(
    changed: tuple[Session, str, str], win: MainWindow
) -> None:
    session = changed[0]
    pane = win.pane("a")
    assert bar_pixel(win, "a", session.update_marks[0].span) == pane.browser.change_colour


def test_the_tooltip_gives_the_words_before_the_update(
    changed: tuple[Session, str, str], win: MainWindow
) -> None:
    session, old, _new = changed
    span = session.update_marks[0].span
    browser = win.pane("a").browser
    win.pane("a").ensure_visible(span)
    cursor = QTextCursor(browser.document())
    cursor.setPosition(span.start + 2)
    pos = browser.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, browser.viewport().mapToGlobal(pos))
    QApplication.sendEvent(browser.viewport(), event)
    text = QToolTip.text()
    QToolTip.hideText()
    assert "Changed in the update" in text and "Before the update:" in text
    words = old.split(" the ")[1].split()[:3]  # words after the one the outlet changed
    assert " ".join(words) in text


def test_next_change_selects_the_changed_sentence(
    changed: tuple[Session, str, str], ctl: SessionController, win: MainWindow
) -> None:
    session = changed[0]
    steps = ctl.change_steps
    assert steps.next_change.isEnabled()
    steps.next_change.trigger()
    assert win.pane("a").selected_span() == session.update_marks[0].span
    assert win.statusBar().currentMessage().startswith("Change 1 of 1, in article A.")
    steps.prev_change.trigger()  # the only one: round to itself
    assert win.pane("a").selected_span() == session.update_marks[0].span


def test_next_change_is_in_the_go_menu(ctl: SessionController, win: MainWindow) -> None:
    go = next(e.menu() for e in win.menuBar().actions() if e.text().replace("&", "") == "Go")
    assert isinstance(go, QMenu)
    entries = go.actions()
    steps = ctl.change_steps
    at = entries.index(steps.next_change)
    assert entries[at + 1] is steps.prev_change
    assert (
        entries.index(win.actions_.prev_discrepancy) < at < entries.index(win.actions_.jump_partner)
    )


def test_undo_of_the_update_takes_the_marks_away(
    changed: tuple[Session, str, str], ctl: SessionController, win: MainWindow, qtbot: QtBot
) -> None:
    ctl.actions.undo_delete.trigger()
    back = settle(qtbot, ctl)
    assert back.update_marks == ()
    assert not win.pane("a").browser.change_bars and not win.pane("a").overview.changes()
    assert not ctl.change_steps.next_change.isEnabled()


def test_a_swap_keeps_the_marks_on_the_article_updated(
    changed: tuple[Session, str, str], ctl: SessionController, win: MainWindow, qtbot: QtBot
) -> None:
    _session, _old, new = changed
    win.swap_sides()
    swapped = settle(qtbot, ctl)
    (mark,) = swapped.update_marks
    assert mark.side == "b" and new in mark.span.slice(swapped.alignment.b.text)
    assert list(win.pane("b").change_marks) == [mark]
    assert not win.pane("a").change_marks
    assert bar_pixel(win, "b", mark.span) == win.pane("b").browser.change_colour


def test_the_marks_are_there_after_saving_and_opening_again(
    changed: tuple[Session, str, str],
    ctl: SessionController,
    win: MainWindow,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    session = changed[0]
    again = tmp_path / "again.crossread"
    save_session(session, again)
    ctl.change(Session(session.alignment))  # another session shown meanwhile
    settle(qtbot, ctl)
    assert not win.pane("a").change_marks
    reopened = updating.open_saved(qtbot, ctl, again)
    assert reopened.update_marks == session.update_marks
    assert len(win.pane("a").browser.change_bars) == 1


@pytest.mark.parametrize("name", list(PALETTES))
def test_the_bar_stands_out_from_the_page(name: str, qtbot: QtBot) -> None:
    colours = PALETTES[name]
    pal = QApplication.palette() if colours is None else palette(colours)
    page = pal.color(QPalette.ColorRole.Base)
    assert contrast(change_colour(pal), page) >= LINE_CONTRAST
