"""A note on a match the reader rejected stays in the notes table: the table says the
match was rejected, and choosing the note still brings its passages into view."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reader.model.note import Note
from reader.model.session import Session
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import settle

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win


def noted_then_rejected(ctl: SessionController, opened: Session, qtbot: QtBot) -> Note:
    """A note on the pair's last claim, whose match the reader then rejects."""
    match = opened.alignment.matches[-1]
    note = Note.new("wrong link, but worth keeping", match_id=match.id)
    ctl.change(settle(qtbot, ctl).add_note(note))
    ctl.corrections.reject(match.id)
    settle(qtbot, ctl)
    return note


def test_choosing_the_note_selects_its_rejected_passages(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    note = noted_then_rejected(ctl, opened, qtbot)
    match = opened.match_by_id(note.match_id or "")
    assert match is not None
    win.pane_a.select_span(None)
    ctl.notes.show(note)
    assert win.selection() == (match.a, match.b)
