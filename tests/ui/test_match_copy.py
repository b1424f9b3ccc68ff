"""Copying matches as text for a write-up: Edit > Copy match, Ctrl+C in the matches
table, and the panes' context menu."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from reader.model import MatchKind
from reader.model.session import Session
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.test_pane_menu import point_at

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win


@pytest.fixture(autouse=True)
def _clipboard() -> Iterator[None]:
    QGuiApplication.clipboard().setText("before")
    yield
    QGuiApplication.clipboard().clear()


def clipboard() -> str:
    return QGuiApplication.clipboard().text()


def first_claim(s: Session) -> str:
    return next(m.id for m in s.alignment.matches if m.kind is MatchKind.CLAIM)


def test_copy_match_copies_both_passages_under_their_articles(
    ctl: SessionController, opened: Session, win: MainWindow
) -> None:
    mid = first_claim(opened)
    win.select_match(mid)
    ctl.actions.copy_match.trigger()
    lines = clipboard().splitlines()
    m = opened.match_by_id(mid)
    assert m is not None
    assert lines[0].startswith("Claim, score ")
    assert lines[1] == f"A: {opened.alignment.a.display_name} (2024-06-20)"
    assert " ".join(opened.alignment.a.slice(m.a).split()) in lines[2]
    assert any(line.startswith("B: ") for line in lines)
    assert "Copied the match" in win.statusBar().currentMessage()


def test_copy_without_a_current_match_says_what_to_do(
    ctl: SessionController, opened: Session, win: MainWindow
) -> None:
    win.select_match("")  # nothing current
    ctl.actions.copy_match.trigger()
    assert clipboard() == "before"
    assert "Select a match first" in win.statusBar().currentMessage()


def test_ctrl_c_in_the_matches_table_copies_the_selected_match(
    ctl: SessionController, opened: Session, win: MainWindow
) -> None:
    table = win.dock.table
    table.setFocus()
    table.selectRow(0)
    mid = win.dock.selected_ids()[0]
    QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = clipboard()
    match = opened.match_by_id(mid)
    assert match is not None
    assert text.splitlines()[0].startswith(match.kind.value.capitalize())
    assert "\nA: " in text and "\nB: " in text


def test_pane_menu_copies_the_match_under_the_pointer(
    ctl: SessionController, opened: Session, win: MainWindow
) -> None:
    mid = first_claim(opened)
    m = opened.match_by_id(mid)
    assert m is not None
    win.pane_a.ensure_visible(m.a)
    menu = ctl.pane_menus.menu_for(win.pane_a, point_at(win, "a", m.a.start + 2))
    copy = next(a for a in menu.actions() if a.text().startswith("Copy this claim match"))
    copy.trigger()
    menu.close()
    assert clipboard().startswith("Claim, score ")


def test_ctrl_c_in_the_notes_table_copies_the_note_with_its_passages(
    ctl: SessionController, opened: Session, win: MainWindow
) -> None:
    from reader.model.note import Note

    mid = first_claim(opened)
    ctl.change(opened.add_note(Note("n1", "Check the date", match_id=mid)))
    table = ctl.dock.table
    table.setFocus()
    table.selectRow(0)
    QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = clipboard().splitlines()
    assert lines[0].startswith("Claim, score ")
    assert "Note: Check the date" in lines
    assert "Copied the note" in win.statusBar().currentMessage()


def test_every_selected_row_is_copied(
    ctl: SessionController, opened: Session, win: MainWindow
) -> None:
    dock = win.dock
    table = dock.table
    table.setFocus()
    table.selectAll()
    ids = dock.selected_ids()
    assert len(ids) == dock.proxy.rowCount() > 1
    QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard().count("\nA: ") + clipboard().count("\nB: ") >= len(ids)
    assert f"Copied {len(ids)} matches" in win.statusBar().currentMessage()


def test_going_to_a_match_with_ctrl_held_selects_that_row_alone(
    ctl: SessionController, opened: Session, win: MainWindow
) -> None:
    ids = win.dock.visible_ids()
    win.select_match(ids[0])
    QTest.keyPress(win, Qt.Key.Key_Control)
    try:
        win.select_match(ids[1])
    finally:
        QTest.keyRelease(win, Qt.Key.Key_Control)
    assert win.dock.selected_ids() == [ids[1]]


def test_ctrl_c_in_the_only_in_one_table_copies_the_passage_under_its_article(
    ctl: SessionController, opened: Session, win: MainWindow
) -> None:
    dock = win.only_dock
    dock.show()
    dock.raise_()
    table = dock.table
    table.setFocus()
    table.selectRow(0)
    found = dock.model.passage_at(0)
    assert found is not None
    side, span = found
    QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = clipboard().splitlines()
    doc = opened.alignment.a if side == "a" else opened.alignment.b
    assert lines[0] == f"Only in {side.upper()}"
    assert lines[1].startswith(f"{side.upper()}: {doc.display_name}")
    assert " ".join(lines[2:]).split() == doc.slice(span).split()
    assert "reports, with its article" in win.statusBar().currentMessage()


@pytest.mark.parametrize(
    ("dock", "what"),
    [("notes", "a note"), ("only_dock", "a passage"), ("quotes_dock", "a quotation")],
)
def test_copy_in_a_list_with_no_row_chosen_says_what_to_do(
    ctl: SessionController, opened: Session, win: MainWindow, dock: str, what: str
) -> None:
    listing = ctl.dock if dock == "notes" else getattr(win, dock)
    listing.table.clearSelection()
    listing.table.setCurrentIndex(listing.table.model().index(-1, -1))
    listing.copy_action.trigger()
    assert clipboard() == "before"
    assert f"Choose {what} in the list first" in win.statusBar().currentMessage()
