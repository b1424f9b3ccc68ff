"""Links made by hand: taken away again, Delete (or the pane's menu) removes one rather
than list it as a rejected match, its notes stay on the passages, and Edit > Undo puts
it back with its notes on it; passages linked already are not linked twice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from reader.model.note import Note
from reader.model.session import Session
from reader.ui.corrections import UNLINKED
from reader.ui.main_window import MainWindow
from reader.ui.matches_model import KIND, SCORE
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import ALIGN_TIMEOUT, settle
from tests.ui.test_pane_menu import labels, point_at
from tests.ui.test_session_controller import free_passage, link, select_text

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win


@pytest.fixture
def hand_link(ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot) -> str:
    """A link made by hand between two unmatched passages, with a note on it, current."""
    mid = link(ctl, win, qtbot, free_passage(opened, "a"), free_passage(opened, "b"))
    ctl.change(settle(qtbot, ctl).add_note(Note.new("missed by the matcher", match_id=mid)))
    qtbot.waitUntil(lambda: win.current_match() is not None)
    return mid


def delete(win: MainWindow, ctl: SessionController, qtbot: QtBot) -> Session:
    """Delete in article A, as the reader presses it on the current match."""
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        QTest.keyClick(win.pane_a.browser, Qt.Key.Key_Delete)
    return settle(qtbot, ctl)


def test_delete_on_a_hand_link_removes_it(
    ctl: SessionController, hand_link: str, win: MainWindow, qtbot: QtBot
) -> None:
    after = delete(win, ctl, qtbot)
    assert after.manual == () and after.rejected == frozenset()
    assert not ctl.actions.restore_menu.isEnabled(), "nothing to restore: it is gone"
    qtbot.waitUntil(lambda: win.statusBar().currentMessage() == UNLINKED)


def test_the_note_on_a_removed_hand_link_stays_on_its_passages(
    ctl: SessionController, hand_link: str, win: MainWindow, qtbot: QtBot
) -> None:
    before = settle(qtbot, ctl)
    link_ = before.match_by_id(hand_link)
    assert link_ is not None
    (note,) = delete(win, ctl, qtbot).notes
    assert (note.match_id, note.a, note.b) == (None, link_.a, link_.b)


def test_undo_puts_a_removed_hand_link_back_with_its_note(
    ctl: SessionController, hand_link: str, win: MainWindow, qtbot: QtBot
) -> None:
    before = settle(qtbot, ctl)
    delete(win, ctl, qtbot)
    assert ctl.actions.undo_delete.text() == "&Undo link removal"
    QTest.keyClick(win.pane_a.browser, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    after = settle(qtbot, ctl)
    assert after.manual == before.manual
    assert [n.match_id for n in after.notes] == [hand_link]


@pytest.mark.qt_log_ignore("This plugin does not support")  # a popup, offscreen
def test_the_pane_menu_offers_to_remove_a_hand_link(
    ctl: SessionController, hand_link: str, win: MainWindow, qtbot: QtBot
) -> None:
    m = settle(qtbot, ctl).match_by_id(hand_link)
    assert m is not None
    win.pane_a.ensure_visible(m.a)
    pos = point_at(win, "a", m.a.start + 2)
    viewport = win.pane_a.browser.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, viewport.mapToGlobal(pos))
    QApplication.sendEvent(viewport, event)
    items = labels(ctl)
    assert "Remove this link made by hand" in items
    assert not any(i.startswith("Reject") for i in items)
    menu = ctl.pane_menus.last_menu
    assert menu is not None
    menu.close()


def test_ctrl_k_twice_makes_one_link(
    ctl: SessionController, hand_link: str, win: MainWindow, qtbot: QtBot
) -> None:
    """Selecting a link selects its passages: Ctrl+K again would link them once more."""
    QTest.keyClick(win.pane_a.browser, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert [m.id for m in settle(qtbot, ctl).manual] == [hand_link]
    assert win.statusBar().currentMessage() == "These passages are linked already."


def test_a_hand_link_over_a_match_of_the_same_passages_is_refused(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    m = opened.alignment.matches[0]
    select_text(win.pane_a, m.a)
    select_text(win.pane_b, m.b)
    assert ctl.corrections.link_selections() is None
    assert settle(qtbot, ctl).manual == ()


def test_the_matches_table_gives_a_hand_link_no_score(
    ctl: SessionController, hand_link: str, win: MainWindow
) -> None:
    """A score of 1.00 would say the matcher found the passages the same, word for word."""
    model = win.dock.model
    cell = model.index(model.row_of(hand_link), SCORE)
    assert cell.data() == "—"
    assert "by hand" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_the_edit_menu_says_a_hand_link_is_removed_not_rejected(
    ctl: SessionController, hand_link: str, win: MainWindow, opened: Session
) -> None:
    """Edit > Reject match kept its label on a link made by hand, which Delete removes."""
    win.select_match(hand_link)
    assert ctl.actions.reject.text() == "&Remove link made by hand"
    claim = next(m for m in opened.alignment.matches if not m.manual)
    win.select_match(claim.id)
    assert ctl.actions.reject.text() == "&Reject match"


def test_the_kind_column_shows_a_hand_link_whole(
    ctl: SessionController, hand_link: str, win: MainWindow
) -> None:
    """The column was as wide as "number": a hand link's kind read "claim (…"."""
    table, model = win.dock.table, win.dock.model
    text = model.index(model.row_of(hand_link), KIND).data()
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    assert table.columnWidth(KIND) >= table.fontMetrics().horizontalAdvance(text) + 2 * margin
