"""Tests of a note written on the reader's selection (reader.ui.note_actions,
reader.ui.pane_caret.release_reader_selection): the selection is used up by the note, so
the next note, on a selection in the other article, is not also put on it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from reader.model import MatchKind, Span
from reader.model.session import Session
from reader.ui.article_pane import ArticlePane
from reader.ui.main_window import MainWindow
from reader.ui.pane_caret import reader_selection
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx

ctl, data_folder, win, pair, opened = fx.ctl, fx.data_folder, fx.win, fx.pair, fx.opened

pytestmark = pytest.mark.gui
LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def drag(qtbot: QtBot, pane: ArticlePane, span: Span) -> None:
    """Select ``span`` of the pane's article with the mouse, as a reader does."""
    pane.ensure_visible(span)
    qtbot.wait(50)
    offsets, view = pane.pointer.offsets, pane.browser

    def at(offset: int) -> QTextCursor:
        cursor = QTextCursor(view.document())
        cursor.setPosition(offsets.to_qt(offset))
        return cursor

    start, end = view.cursorRect(at(span.start)).center(), view.cursorRect(at(span.end)).center()
    QTest.mousePress(view.viewport(), LEFT, NONE, start)
    QTest.mouseMove(view.viewport(), end)
    QTest.mouseRelease(view.viewport(), LEFT, NONE, end)
    assert reader_selection(pane) == span


def write_note(ctl: SessionController, qtbot: QtBot, text: str) -> None:
    """Edit > Add note…, the note typed, OK clicked."""
    ctl.actions.add_note.trigger()
    dialog = ctl.dock.dialog
    assert dialog is not None
    QTest.keyClicks(dialog.text_edit, text)
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    qtbot.waitUntil(lambda: ctl.dock.dialog is None)


def words(doc_text: str, phrase: str) -> Span:
    start = doc_text.index(phrase)
    return Span(start, start + len(phrase))


def test_a_note_on_a_selection_in_b_after_one_in_a_is_on_b_alone(
    ctl: SessionController, win: MainWindow, opened: Session, qtbot: QtBot
) -> None:
    al = opened.alignment
    in_a, in_b = words(al.a.text, "Kumsusan State Guesthouse"), words(al.b.text, "Cold War")
    drag(qtbot, win.pane("a"), in_a)
    write_note(ctl, qtbot, "where they met")
    drag(qtbot, win.pane("b"), in_b)
    write_note(ctl, qtbot, "a phrase of B")
    s = ctl.session()
    assert s is not None
    assert [(n.text, n.a, n.b) for n in s.notes] == [
        ("where they met", in_a, None),
        ("a phrase of B", None, in_b),
    ]


def test_the_selection_a_note_took_is_let_go(
    ctl: SessionController, win: MainWindow, opened: Session, qtbot: QtBot
) -> None:
    pane = win.pane("a")
    noted = words(opened.alignment.a.text, "Kumsusan State Guesthouse")
    drag(qtbot, pane, noted)
    write_note(ctl, qtbot, "where they met")
    assert reader_selection(pane) is None
    assert ctl.notes.target() == (None, None, None)


def test_a_note_on_a_match_leaves_the_match_selected(
    ctl: SessionController, win: MainWindow, opened: Session, qtbot: QtBot
) -> None:
    claim = next(m for m in opened.alignment.matches if m.kind == MatchKind.CLAIM)
    win.select_match(claim.id)
    write_note(ctl, qtbot, "checked")
    assert win.current_match() == claim
    assert (reader_selection(win.pane("a")), reader_selection(win.pane("b"))) == (claim.a, claim.b)
