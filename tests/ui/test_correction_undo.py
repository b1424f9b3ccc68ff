"""Edit > Undo (Ctrl+Z) takes back the reader's last correction as well as a note's
deletion or edit, and says which it takes back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.model.note import Note
from reader.model.session import Session
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import settle
from tests.ui.test_hand_link_removal import delete, hand_link
from tests.ui.test_note_undo import swap
from tests.ui.test_session_controller import free_passage, link

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win

__all__ = ["hand_link"]  # a fixture of test_hand_link_removal.py

CTRL = Qt.KeyboardModifier.ControlModifier


def ctrl_z(win: MainWindow, ctl: SessionController, qtbot: QtBot) -> Session:
    """Ctrl+Z in article A, as a reader presses it; the session once shown."""
    QTest.keyClick(win.pane_a.browser, Qt.Key.Key_Z, CTRL)
    return settle(qtbot, ctl)


def reject(ctl: SessionController, qtbot: QtBot, match_id: str) -> Session:
    ctl.corrections.reject(match_id)
    return settle(qtbot, ctl)


def test_ctrl_z_brings_back_a_rejected_match(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    mid = opened.alignment.matches[0].id
    reject(ctl, qtbot, mid)
    after = ctrl_z(win, ctl, qtbot)
    assert after.rejected == frozenset()
    shown = win.alignment()
    assert shown is not None and shown.match_by_id(mid) is not None


def test_the_edit_menu_names_the_change_it_undoes(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    undo = ctl.actions.undo_delete
    assert (undo.text(), undo.isEnabled()) == ("&Undo", False)
    reject(ctl, qtbot, opened.alignment.matches[0].id)
    assert (undo.text(), undo.isEnabled()) == ("&Undo rejection", True)
    link(ctl, win, qtbot, free_passage(opened, "a"), free_passage(opened, "b"))
    assert undo.text() == "&Undo link"
    ctrl_z(win, ctl, qtbot)
    assert undo.text() == "&Undo rejection"


def test_ctrl_z_takes_back_a_link_made_by_hand_and_keeps_its_note(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    a, b = free_passage(opened, "a"), free_passage(opened, "b")
    mid = link(ctl, win, qtbot, a, b)
    s = settle(qtbot, ctl)
    note = Note.new("the same sentencing, missed", match_id=mid)
    ctl.change(s.add_note(note))
    after = ctrl_z(win, ctl, qtbot)
    assert after.manual == ()
    kept = after.note_by_id(note.id)
    assert kept is not None and (kept.match_id, kept.a, kept.b) == (None, a, b)


def test_ctrl_z_undoes_a_restore(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    mid = opened.alignment.matches[0].id
    reject(ctl, qtbot, mid)
    ctl.corrections.restore(mid)
    settle(qtbot, ctl)
    assert ctrl_z(win, ctl, qtbot).rejected == {mid}


def test_a_rejection_undone_after_a_swap_brings_the_match_back(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    mid = opened.alignment.matches[0].id
    reject(ctl, qtbot, mid)
    a, b = free_passage(opened, "a"), free_passage(opened, "b")
    link(ctl, win, qtbot, a, b)
    with qtbot.waitSignal(ctl.session_changed):
        win.swap_sides()
    settle(qtbot, ctl)
    after = ctrl_z(win, ctl, qtbot)  # the link
    assert after.manual == () and after.rejected == {mid}
    after = ctrl_z(win, ctl, qtbot)  # the rejection
    assert after.rejected == frozenset()
    shown = win.alignment()
    assert shown is not None and shown.match_by_id(mid) is not None


def test_a_match_brought_back_by_undo_is_selected(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    """As Edit > Restore rejected match selects it: the reader sees what came back."""
    mid = opened.alignment.matches[3].id
    reject(ctl, qtbot, mid)
    ctrl_z(win, ctl, qtbot)
    qtbot.waitUntil(lambda: win.current_match() is not None)
    current = win.current_match()
    assert current is not None and current.id == mid


def test_ctrl_z_says_what_it_undid_once_the_match_is_back(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    """The word was said as the panes began to show the change, and finishing the show
    cleared it unseen."""
    reject(ctl, qtbot, opened.alignment.matches[0].id)
    ctrl_z(win, ctl, qtbot)
    assert win.statusBar().currentMessage() == "Rejection undone."


def test_a_hand_link_removal_undone_after_a_swap_gets_its_note_back(
    ctl: SessionController, hand_link: str, win: MainWindow, qtbot: QtBot
) -> None:
    """The notes to put back on the link were left behind by the swap."""
    delete(win, ctl, qtbot)
    swap(ctl, win, qtbot)
    after = ctrl_z(win, ctl, qtbot)
    assert [n.match_id for n in after.notes] == [hand_link]
