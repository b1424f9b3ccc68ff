"""A note dialog left open while a pair is matched: the note ends up on the passages it
was written on (the same pair re-aligned or swapped), or with the pair it was written on
(another pair arrived), never on whatever the new alignment calls by the same id."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.model.note import Note
from reader.model.session import Session
from reader.session.kept_copies import kept_copy_files
from reader.session.store import load_session
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import ALIGN_TIMEOUT, settle, written
from tests.ui.test_session_controller import first_claim, note_dialog

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win

TYPED = "Typed while the other pair was being matched."


@pytest.fixture
def other_pair(tmp_path: Path) -> tuple[str, str]:
    a, b = tmp_path / "x.txt", tmp_path / "y.txt"
    a.write_text("Putin visited Pyongyang.\n\nThe treaty was signed.\n", encoding="utf-8")
    b.write_text("Kim met Putin in Pyongyang.\n\nA treaty was signed there.\n", encoding="utf-8")
    return str(a), str(b)


def begin_note_then_open(
    ctl: SessionController, win: MainWindow, qtbot: QtBot, paths: tuple[str, str]
) -> Session:
    """Start opening ``paths``, begin a note on the first claim of the pair on screen,
    let the new alignment arrive, then press OK; the session the note was begun on."""
    begun_on = ctl.session()
    assert begun_on is not None
    win.open_pair(*paths)
    ctl.add_note(first_claim(begun_on))
    dialog = note_dialog(ctl)
    dialog.text_edit.setPlainText(TYPED)
    qtbot.waitUntil(lambda: ctl.session() is not begun_on, timeout=ALIGN_TIMEOUT)
    settle(qtbot, ctl)
    dialog.accept()
    return begun_on


def test_a_note_begun_on_the_old_pair_stays_off_the_new_one(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    qtbot: QtBot,
    other_pair: tuple[str, str],
) -> None:
    begin_note_then_open(ctl, win, qtbot, other_pair)
    s = ctl.session()
    assert s is not None and s.notes == ()


def test_a_note_begun_on_the_old_pair_is_kept_with_that_pair(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    qtbot: QtBot,
    other_pair: tuple[str, str],
) -> None:
    begin_note_then_open(ctl, win, qtbot, other_pair)
    written(qtbot, ctl)
    (copy,) = kept_copy_files()
    kept = load_session(copy)
    assert kept.alignment == opened.alignment
    assert [(n.text, n.match_id) for n in kept.notes] == [(TYPED, first_claim(opened))]
    assert "kept" in win.statusBar().currentMessage()


def test_a_note_begun_before_the_same_pair_is_matched_again_keeps_its_passages(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    qtbot: QtBot,
    pair: tuple[str, str],
) -> None:
    begin_note_then_open(ctl, win, qtbot, (pair[1], pair[0]))  # the pair, swapped
    s = ctl.session()
    claim = opened.match_by_id(first_claim(opened))
    assert s is not None and claim is not None
    (note,) = s.notes
    assert (note.text, note.a, note.b) == (TYPED, claim.b, claim.a)


def test_unsaved_notes_and_the_late_note_share_one_kept_copy(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    qtbot: QtBot,
    other_pair: tuple[str, str],
) -> None:
    ctl.change(opened.add_note(Note.new("Written first.", match_id=first_claim(opened))))
    begin_note_then_open(ctl, win, qtbot, other_pair)
    written(qtbot, ctl)
    (copy,) = kept_copy_files()
    assert [n.text for n in load_session(copy).notes] == ["Written first.", TYPED]


def test_an_edit_finished_after_another_pair_arrived_is_kept_with_its_pair(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    qtbot: QtBot,
    other_pair: tuple[str, str],
) -> None:
    ctl.change(opened.add_note(Note.new("Before.", match_id=first_claim(opened))))
    begun_on = ctl.session()
    assert begun_on is not None
    ctl.dock.select_note(begun_on.notes[0].id)
    win.open_pair(*other_pair)
    ctl.dock.edit_selected()
    note_dialog(ctl).text_edit.setPlainText(TYPED)
    qtbot.waitUntil(lambda: ctl.session() is not begun_on, timeout=ALIGN_TIMEOUT)
    settle(qtbot, ctl)
    note_dialog(ctl).accept()
    written(qtbot, ctl)
    (copy,) = kept_copy_files()
    assert [n.text for n in load_session(copy).notes] == [TYPED]
