"""File > Recent pairs opens the session a pair's notes were saved in."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.model.note import Note
from reader.model.session import Session
from reader.ui.main_window import MainWindow
from reader.ui.opening import OPEN_NOTES
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import ALIGN_TIMEOUT, check_closed, lexical, settle, written

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win


def recent_entries(w: MainWindow) -> list[QAction]:
    return [a for a in w.actions_.recent_menu.actions() if a.data()]


@pytest.fixture
def saved(
    ctl: SessionController, opened: Session, win: MainWindow, tmp_path: Path, qtbot: QtBot
) -> Path:
    """The seed pair with one note, saved as tmp_path/treaty.crossread."""
    claim = next(m for m in opened.alignment.matches if m.kind.value == "claim")
    ctl.change(opened.add_note(Note.new("Check the date", ("check this",), match_id=claim.id)))
    path = tmp_path / "treaty.crossread"
    assert ctl.saving.save_to(str(path))
    written(qtbot, ctl)
    assert not ctl.is_modified()
    return path


@pytest.fixture
def again(
    saved: Path, win: MainWindow, qtbot: QtBot, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """The window of the next run (same settings), with no pair open yet."""
    check_closed(win)
    w = MainWindow(settings=settings, aligner=lexical)
    qtbot.addWidget(w)
    fx.make_controller(w, monkeypatch)
    w.show()
    qtbot.waitExposed(w)
    yield w
    check_closed(w)


def test_a_recent_pair_reopens_with_the_notes_saved_on_it(
    again: MainWindow, saved: Path, pair: tuple[str, str], qtbot: QtBot
) -> None:
    (entry,) = recent_entries(again)
    assert tuple(entry.data()) == pair
    assert entry.text().endswith("· treaty.crossread")
    assert str(saved) in entry.toolTip()
    c = again.session_controller
    with qtbot.waitSignal(c.session_opened, timeout=ALIGN_TIMEOUT):
        entry.trigger()
    session = settle(qtbot, c)
    assert [n.text for n in session.notes] == ["Check the date"]
    assert c.path() == str(saved)
    assert c.dock.model.rowCount() == 1


def test_a_recent_pair_whose_session_is_gone_opens_its_articles(
    again: MainWindow, saved: Path, pair: tuple[str, str], qtbot: QtBot
) -> None:
    saved.unlink()
    again.opener.rebuild_recent_menu()
    (entry,) = recent_entries(again)
    assert "crossread" not in entry.text()
    with qtbot.waitSignal(again.alignment_finished, timeout=ALIGN_TIMEOUT):
        entry.trigger()
    assert again.paths() == pair


def test_opening_a_session_puts_its_pair_first_among_the_recent(
    again: MainWindow, saved: Path, pair: tuple[str, str], qtbot: QtBot, tmp_path: Path
) -> None:
    again.settings.clear_recent_pairs()
    again.opener.rebuild_recent_menu()
    assert recent_entries(again) == []
    c = again.session_controller
    with qtbot.waitSignal(c.session_opened, timeout=ALIGN_TIMEOUT):
        c.open_session(saved)
    settle(qtbot, c)
    (entry,) = recent_entries(again)
    assert tuple(entry.data()) == pair and entry.text().endswith("· treaty.crossread")


def test_recent_sessions_follow_the_recent_pairs(settings: QSettings) -> None:
    from reader.ui.settings import MAX_RECENT, Settings

    s = Settings(settings)
    s.remember_session("/a", "/b", "/notes.crossread", ("A", "B"))
    assert s.recent_pairs() == [("/a", "/b")]
    assert s.recent_sessions() == {("/a", "/b"): "/notes.crossread"}
    for i in range(MAX_RECENT):
        s.add_recent_pair(f"/c{i}", f"/d{i}")
    assert s.recent_sessions() == {}  # the pair left the list: its session with it
    s.remember_session("/a", "/b", "/notes.crossread")
    s.clear_recent_pairs()
    assert s.recent_sessions() == {}


def test_a_pair_saved_with_its_sides_swapped_is_listed_once_with_its_notes(
    ctl: SessionController, opened: Session, win: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    """Read A ↔ B, swapped, saved: Recent pairs lists the pair once, as last read (B on
    the left), naming the session its notes are in; not A ↔ B again without them."""
    a, b = opened.alignment.a.path, opened.alignment.b.path
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        win.actions_.swap.trigger()
    session = settle(qtbot, ctl)
    claim = next(m for m in session.alignment.matches if m.kind.value == "claim")
    ctl.change(session.add_note(Note.new("Check the date", match_id=claim.id)))
    assert ctl.saving.save_to(str(tmp_path / "swapped.crossread"))
    written(qtbot, ctl)
    win.actions_.recent_menu.aboutToShow.emit()
    (entry,) = recent_entries(win)
    assert tuple(entry.data()) == (b, a)
    assert entry.text().endswith("· swapped.crossread")


def test_a_pair_opened_the_other_way_round_keeps_its_saved_notes_in_the_menu(
    saved: Path, win: MainWindow, pair: tuple[str, str], qtbot: QtBot
) -> None:
    """A ↔ B saved with a note, then opened as B ↔ A: the one entry, B ↔ A now, still
    opens the session the notes are in."""
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        win.open_pair(pair[1], pair[0])
    win.actions_.recent_menu.aboutToShow.emit()
    (entry,) = recent_entries(win)
    assert tuple(entry.data()) == (pair[1], pair[0])
    assert entry.text().endswith("· treaty.crossread")


def test_opening_a_pair_with_saved_notes_says_where_they_are(
    again: MainWindow, pair: tuple[str, str], qtbot: QtBot
) -> None:
    """The articles opened alone show none of the notes saved on them: the status bar
    names the session they are in."""
    with qtbot.waitSignal(again.alignment_finished, timeout=ALIGN_TIMEOUT):
        again.open_pair(*pair)
    said = again.statusBar().currentMessage()
    assert "saved in treaty.crossread" in said
    assert "Recent pairs" in said


def open_pair(win: MainWindow, pair: tuple[str, str], qtbot: QtBot) -> None:
    with qtbot.waitSignal(win.alignment_finished, timeout=ALIGN_TIMEOUT):
        win.open_pair(*pair)


def test_opening_a_pair_with_saved_notes_offers_their_session_in_the_notice(
    again: MainWindow, pair: tuple[str, str], qtbot: QtBot
) -> None:
    open_pair(again, pair, qtbot)
    assert "Your notes on this pair are saved in treaty.crossread." in again.notice_bar.text()
    button = again.notice_bar.action_button
    assert button.isVisible() and button.text() == OPEN_NOTES


def test_the_session_on_screen_is_not_offered_again(
    saved: Path, win: MainWindow, ctl: SessionController, pair: tuple[str, str], qtbot: QtBot
) -> None:
    """The pair opened again over its session (the notes stay on screen): nothing to offer."""
    open_pair(win, pair, qtbot)
    assert ctl.path() == str(saved)
    assert "saved in treaty.crossread" not in win.notice_bar.text()


def test_the_notice_button_opens_the_session_with_the_notes(
    again: MainWindow, saved: Path, pair: tuple[str, str], qtbot: QtBot
) -> None:
    ctl = again.session_controller
    open_pair(again, pair, qtbot)
    QTest.mouseClick(again.notice_bar.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctl.path() == str(saved), timeout=ALIGN_TIMEOUT)
    session = settle(qtbot, ctl)
    assert [n.text for n in session.notes] == ["Check the date"]
    assert "saved in treaty.crossread" not in again.notice_bar.text()  # done: not offered again
    assert not again.notice_bar.action_button.isVisible()


def test_the_notice_button_asks_first_about_unsaved_notes(
    again: MainWindow,
    saved: Path,
    pair: tuple[str, str],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctl = again.session_controller
    open_pair(again, pair, qtbot)
    shown = settle(qtbot, ctl)
    ctl.change(shown.add_note(Note.new("a note of this run", a=shown.alignment.a.sentences[2])))
    asked: list[str] = []

    def cancel(question: str, *_: object) -> str:
        asked.append(question)
        return "cancel"

    monkeypatch.setattr(ctl.dialogs, "ask_unsaved", cancel)
    QTest.mouseClick(again.notice_bar.action_button, Qt.MouseButton.LeftButton)
    assert asked and ctl.path() != str(saved)
    assert [n.text for n in settle(qtbot, ctl).notes] == ["a note of this run"]
    monkeypatch.setattr(ctl.dialogs, "ask_unsaved", lambda *_: "discard")  # the window closes


def test_the_session_opened_from_the_notice_says_its_file_changed_since(
    again: MainWindow, saved: Path, pair: tuple[str, str], qtbot: QtBot
) -> None:
    """A's file edited after the session was saved: opened from its files, the pair
    offers the session; opened, the session says A's file changed and offers the update."""
    ctl = again.session_controller
    text = Path(pair[0]).read_text(encoding="utf-8")
    Path(pair[0]).write_text(text + "\n\nAn update: the talks go on next year.\n", encoding="utf-8")
    later = saved.stat().st_mtime + 60
    os.utime(pair[0], (later, later))
    open_pair(again, pair, qtbot)
    QTest.mouseClick(again.notice_bar.action_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctl.path() == str(saved), timeout=ALIGN_TIMEOUT)
    settle(qtbot, ctl)
    qtbot.waitUntil(lambda: "changed since this session read its text" in again.notice_bar.text())
    assert again.notice_bar.action_button.text() == ctl.updating.action.text()


def test_the_pair_opened_over_its_session_says_nothing_of_where_its_notes_are(
    saved: Path, win: MainWindow, ctl: SessionController, pair: tuple[str, str], qtbot: QtBot
) -> None:
    """The notes are on screen: neither the status bar nor the notice sends the reader
    to the file they are in."""
    win.statusBar().clearMessage()
    open_pair(win, pair, qtbot)
    settle(qtbot, ctl)
    assert ctl.path() == str(saved) and len(ctl.session().notes) == 1  # type: ignore[union-attr]
    assert "saved in treaty.crossread" not in win.statusBar().currentMessage()
    assert "saved in treaty.crossread" not in win.notice_bar.text()


def test_the_pair_opened_the_other_way_round_over_its_session_says_nothing(
    saved: Path, win: MainWindow, ctl: SessionController, pair: tuple[str, str], qtbot: QtBot
) -> None:
    win.statusBar().clearMessage()
    open_pair(win, (pair[1], pair[0]), qtbot)
    settle(qtbot, ctl)
    assert ctl.path() == str(saved)
    assert "saved in treaty.crossread" not in win.statusBar().currentMessage()
    assert not win.notice_bar.action_button.isVisible()


def test_the_pair_opened_over_its_session_with_a_file_changed_offers_the_session(
    saved: Path, win: MainWindow, ctl: SessionController, pair: tuple[str, str], qtbot: QtBot
) -> None:
    """A's file edited since: the pair's new text replaces the session on screen, and
    the notes in treaty.crossread are offered."""
    text = Path(pair[0]).read_text(encoding="utf-8")
    Path(pair[0]).write_text(text + "\n\nAn update: the talks go on next year.\n", encoding="utf-8")
    open_pair(win, pair, qtbot)
    settle(qtbot, ctl)
    assert ctl.path() is None
    assert "Your notes on this pair are saved in treaty.crossread." in win.notice_bar.text()
    assert win.notice_bar.action_button.text() == OPEN_NOTES
