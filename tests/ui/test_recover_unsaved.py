"""Tests of File > Recover unsaved notes (reader/ui/recovery_dialog.py and its wiring)."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.model import Alignment
from reader.model.note import Note
from reader.model.session import Session
from reader.session import autosave, kept_copies
from reader.session.kept_copies import (
    KeptCopy,
    kept_copy_times,
    list_kept_copies,
    read_kept_copy,
)
from reader.session.store import load_session, save_session
from reader.ui.main_window import MainWindow
from reader.ui.recovery_dialog import CopyReads, KeptCopiesModel, RecoveryDialog
from reader.ui.session_controller import SessionController
from tests.session.samples import sample_session, write_damaged_deep
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import settle

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win

OLD, NEW, BAD = (
    "unsaved-20240601-090000.crossread",
    "unsaved-20240621-120000.crossread",
    "unsaved-20240610-100000.crossread",
)


@pytest.fixture
def kept(data_folder: Path, alignment: Alignment) -> dict[str, Path]:
    """Three kept copies: the sample session (older), the hand-built pair with one note
    (newest) and a damaged file between them."""
    data_folder.mkdir(parents=True, exist_ok=True)
    paths = {name: data_folder / name for name in (OLD, NEW, BAD)}
    save_session(sample_session(), paths[OLD])
    noted = Session(alignment).add_note(Note.new("kept note", match_id="m1"))
    save_session(noted, paths[NEW])
    paths[BAD].write_text('{"schema": "reader.session/1", "alig', encoding="utf-8")
    return paths


def show_file_menu(ctl: SessionController) -> None:
    """What the File menu does as it opens (a real popup grabs the keyboard: offscreen
    warns)."""
    menu = ctl.actions.file_menu
    assert menu is not None
    menu.aboutToShow.emit()


def open_list(ctl: SessionController) -> RecoveryDialog:
    show_file_menu(ctl)
    ctl.actions.recover.trigger()
    d = ctl.recovery.dialog
    assert d is not None and d.isVisible()
    return d


@pytest.fixture
def reading(ctl: SessionController, kept: dict[str, Path], qtbot: QtBot) -> RecoveryDialog:
    """The list just opened, as from a menu: the newest copy being read, the others
    waiting their turn (no event is processed before the test looks)."""
    return fx.from_event_loop(lambda: open_list(ctl))


@pytest.fixture
def dialog(reading: RecoveryDialog, qtbot: QtBot) -> RecoveryDialog:
    """The list opened, every copy read."""
    qtbot.waitUntil(lambda: reading.model.unread_total() == 0)
    qtbot.waitExposed(reading)
    return reading


def cells(d: RecoveryDialog, row: int) -> list[str]:
    m = d.model
    return [str(m.data(m.index(row, col))) for col in range(m.columnCount())]


def select(d: RecoveryDialog, name: str) -> None:
    row = next(r for r in range(d.model.rowCount()) if d.model.copy_at(r).path.name == name)  # type: ignore[union-attr]
    d.table.selectRow(row)


# -- the model ------------------------------------------------------------------------------


def test_model_passes_modeltester(qtmodeltester: Any, kept: dict[str, Path]) -> None:
    model = KeptCopiesModel()
    model.set_copies(list_kept_copies(kept[OLD].parent))
    qtmodeltester.check(model, force_py=True)


def test_model_with_rows_not_read_passes_modeltester(
    qtmodeltester: Any, kept: dict[str, Path]
) -> None:
    model = KeptCopiesModel()
    copies = [KeptCopy(path, kept_at) for path, kept_at in kept_copy_times(kept[OLD].parent)]
    model.set_copies(copies, [kept[OLD], kept[BAD]])
    qtmodeltester.check(model, force_py=True)
    model.update(read_kept_copy(kept[OLD]))
    model.remove(kept[NEW])
    qtmodeltester.check(model, force_py=True)


# -- the action -----------------------------------------------------------------------------


def test_recover_is_disabled_without_copies(ctl: SessionController) -> None:
    show_file_menu(ctl)
    assert not ctl.actions.recover.isEnabled()


def test_recover_is_enabled_when_the_file_menu_finds_a_copy(
    ctl: SessionController, kept: dict[str, Path]
) -> None:
    show_file_menu(ctl)
    assert ctl.actions.recover.isEnabled()


def test_recover_sits_after_open_session(ctl: SessionController, win: MainWindow) -> None:
    menu = ctl.actions.file_menu
    assert menu is not None
    items = [a.text().replace("&", "") for a in menu.actions()]
    assert items.index("Recover unsaved notes…") == items.index("Open session…") + 1


# -- the dialog -----------------------------------------------------------------------------


def test_dialog_lists_copies_newest_first(dialog: RecoveryDialog) -> None:
    names = [dialog.model.copy_at(r).path.name for r in range(3)]  # type: ignore[union-attr]
    assert names == [NEW, BAD, OLD]


def test_row_shows_time_titles_and_notes(dialog: RecoveryDialog) -> None:
    kept, title_a, title_b, notes = cells(dialog, 0)
    assert kept.startswith("2024-06-2")  # local time of 2024-06-21 12:00 UTC
    assert (title_a, title_b, notes) == ("Leaders sign a treaty", "Treaty signed", "1")


def test_unreadable_copy_says_why_and_cannot_be_opened(dialog: RecoveryDialog) -> None:
    select(dialog, BAD)
    assert cells(dialog, 1)[1].startswith("Unreadable: the file is damaged")
    assert not dialog.open_button.isEnabled()
    assert dialog.delete_button.isEnabled()


def test_open_opens_the_copy_as_a_session(
    ctl: SessionController, dialog: RecoveryDialog, kept: dict[str, Path], qtbot: QtBot
) -> None:
    select(dialog, OLD)
    with qtbot.waitSignal(ctl.session_opened):
        dialog.open_button.click()
    assert settle(qtbot, ctl) == sample_session()
    assert ctl.recovery.dialog is None, "the dialog closed"


def test_an_opened_copy_is_unsaved_work_with_no_file(
    ctl: SessionController, dialog: RecoveryDialog, qtbot: QtBot
) -> None:
    select(dialog, OLD)
    with qtbot.waitSignal(ctl.session_opened):
        dialog.open_button.click()
    assert ctl.path() is None and ctl.is_modified()


def test_an_opened_copy_leaves_the_list_once_autosaved(
    ctl: SessionController, dialog: RecoveryDialog, kept: dict[str, Path], qtbot: QtBot
) -> None:
    select(dialog, OLD)
    with qtbot.waitSignal(ctl.autosaver.autosaved):
        dialog.open_button.click()
    assert not kept[OLD].exists()
    assert OLD not in {c.path.name for c in list_kept_copies()}


def test_double_click_opens_the_copy(
    ctl: SessionController, dialog: RecoveryDialog, qtbot: QtBot
) -> None:
    viewport = dialog.table.viewport()
    rect = dialog.table.visualRect(dialog.model.index(2, 1))  # OLD, the oldest
    QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # a real
    with qtbot.waitSignal(ctl.session_opened):  # double click starts with a click
        QTest.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert settle(qtbot, ctl).alignment == sample_session().alignment


@pytest.mark.parametrize(("name", "answer"), [(BAD, True), (NEW, True), (NEW, False)])
def test_delete_removes_the_copy_only_after_yes(
    dialog: RecoveryDialog,
    kept: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    answer: bool,
) -> None:
    asked: list[KeptCopy] = []

    def ask_delete(copy: KeptCopy) -> bool:
        asked.append(copy)
        return answer

    monkeypatch.setattr(dialog, "ask_delete", ask_delete)
    select(dialog, name)
    dialog.delete_button.click()
    assert [c.path for c in asked] == [kept[name]]
    assert (kept[name].exists(), dialog.model.rowCount()) == (not answer, 3 - answer)


def test_deleting_the_last_copy_disables_recover(
    ctl: SessionController, dialog: RecoveryDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialog, "ask_delete", lambda _copy: True)
    for _ in range(3):
        dialog.delete_button.click()
    assert dialog.model.rowCount() == 0 and not dialog.delete_button.isEnabled()
    assert not ctl.actions.recover.isEnabled()


def test_close_closes_the_dialog(ctl: SessionController, dialog: RecoveryDialog) -> None:
    dialog.reject()
    assert not dialog.isVisible() and ctl.recovery.dialog is None


# -- reading the copies off the GUI thread ---------------------------------------------------


@pytest.fixture
def readers(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, threading.Thread]]:
    """Each copy read (its name) and the thread that read it (the real read still runs)."""
    seen: list[tuple[str, threading.Thread]] = []

    def read_kept_copy(path: Path) -> KeptCopy:
        seen.append((path.name, threading.current_thread()))
        return kept_copies.read_kept_copy(path)

    monkeypatch.setattr("reader.ui.recovery_dialog.read_kept_copy", read_kept_copy)
    return seen


def test_the_list_shows_at_once_and_reads_the_copies_off_the_gui_thread(
    ctl: SessionController,
    kept: dict[str, Path],
    qtbot: QtBot,
    readers: list[tuple[str, threading.Thread]],
) -> None:
    def opened() -> list[list[str]]:
        d = open_list(ctl)
        return [cells(d, row) for row in range(d.model.rowCount())]

    rows = fx.from_event_loop(opened)
    assert [row[1:] for row in rows] == [["Reading…", "", ""]] * 3
    assert rows[0][0].startswith("2024-06-2")  # when it was kept: from the file's name
    d = ctl.recovery.dialog
    assert d is not None
    qtbot.waitUntil(lambda: d.model.unread_total() == 0)
    assert cells(d, 0)[1:] == ["Leaders sign a treaty", "Treaty signed", "1"]
    assert sorted(name for name, _ in readers) == sorted((NEW, BAD, OLD))
    assert all(thread is not threading.main_thread() for _, thread in readers)


def test_the_row_selected_is_read_before_the_others(
    ctl: SessionController,
    kept: dict[str, Path],
    qtbot: QtBot,
    readers: list[tuple[str, threading.Thread]],
) -> None:
    def opened_and_selected() -> RecoveryDialog:
        d = open_list(ctl)  # the first row is being read from now on
        select(d, OLD)  # the last row
        return d

    d = fx.from_event_loop(opened_and_selected)
    qtbot.waitUntil(lambda: d.model.unread_total() == 0)
    assert [name for name, _ in readers] == [NEW, OLD, BAD]


def test_a_row_being_read_says_so_and_cannot_be_opened_yet(reading: RecoveryDialog) -> None:
    select(reading, BAD)
    assert cells(reading, 1)[1] == "Reading…"
    assert reading.table.columnSpan(1, 1) == 2
    assert reading.delete_button.isEnabled()


def test_a_damaged_copy_read_off_the_gui_thread_is_listed_as_such(
    dialog: RecoveryDialog,
) -> None:
    select(dialog, BAD)
    assert cells(dialog, 1)[1].startswith("Unreadable: the file is damaged")
    assert dialog.table.columnSpan(1, 1) == 2 and dialog.table.columnSpan(0, 1) == 1
    assert not dialog.open_button.isEnabled()


def test_open_before_the_copy_is_read_opens_it_once_read(
    ctl: SessionController, reading: RecoveryDialog, qtbot: QtBot
) -> None:
    select(reading, OLD)
    with qtbot.waitSignal(ctl.session_opened):
        reading.open_button.click()
    assert settle(qtbot, ctl) == sample_session()
    assert ctl.recovery.dialog is None, "the dialog closed"


def test_open_before_a_damaged_copy_is_read_opens_nothing(
    ctl: SessionController, reading: RecoveryDialog, qtbot: QtBot
) -> None:
    wanted: list[str] = []
    reading.open_requested.connect(wanted.append)
    select(reading, BAD)
    reading.open_button.click()
    qtbot.waitUntil(lambda: reading.model.unread_total() == 0)
    assert wanted == [] and not reading.open_button.isEnabled()
    assert ctl.recovery.dialog is reading and reading.isVisible()


def test_delete_while_copies_are_read(
    reading: RecoveryDialog,
    kept: dict[str, Path],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def ask_delete(copy: KeptCopy) -> bool:
        asked.append(copy.path.name)
        return True

    monkeypatch.setattr(reading, "ask_delete", ask_delete)
    select(reading, NEW)  # being read
    reading.delete_button.click()
    assert asked == [NEW] and not kept[NEW].exists()
    assert reading.model.rowCount() == 2
    qtbot.waitUntil(lambda: reading.model.unread_total() == 0)
    qtbot.wait(20)  # what was under way for NEW has come, and gone
    names = [reading.model.copy_at(r).path.name for r in range(2)]  # type: ignore[union-attr]
    assert names == [BAD, OLD]
    al = sample_session().alignment
    notes = str(len(sample_session().notes))
    assert cells(reading, 1)[1:] == [al.a.display_name, al.b.display_name, notes]
    assert reading.selected_copy() == reading.model.copy_at(0)


def test_a_copy_gone_before_it_is_read_leaves_the_list(
    ctl: SessionController, kept: dict[str, Path], qtbot: QtBot
) -> None:
    def opened_then_gone() -> RecoveryDialog:
        d = open_list(ctl)
        kept[OLD].unlink()  # the last row: read after the others, one at a time
        return d

    d = fx.from_event_loop(opened_then_gone)
    qtbot.waitUntil(lambda: d.model.unread_total() == 0)
    assert [d.model.copy_at(r).path.name for r in range(d.model.rowCount())] == [NEW, BAD]  # type: ignore[union-attr]


def test_closing_the_list_while_reading_stops_the_reads(
    ctl: SessionController, reading: RecoveryDialog, win: MainWindow, qtbot: QtBot
) -> None:
    reads = reading.reads
    reading.reject()
    assert ctl.recovery.dialog is None
    qtbot.waitUntil(lambda: not win.findChildren(CopyReads))  # gone once its read returned
    assert reads is not None


def test_refresh_reads_only_the_copies_new_or_changed(
    dialog: RecoveryDialog,
    kept: dict[str, Path],
    qtbot: QtBot,
    readers: list[tuple[str, threading.Thread]],
    data_folder: Path,
) -> None:
    save_session(sample_session(), data_folder / "unsaved-20240701-080000.crossread")
    changed = sample_session().add_note(Note.new("n", match_id="m1"))
    save_session(changed, kept[OLD])
    os.utime(kept[OLD], ns=(1, 1))  # a time of its own, whatever the clock's resolution
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.model.unread_total() == 0)
    assert sorted(name for name, _ in readers) == sorted(["unsaved-20240701-080000.crossread", OLD])
    assert cells(dialog, 3)[3] == str(len(changed.notes))  # OLD, the oldest, read again


def test_a_copy_that_failed_to_open_is_listed_as_unreadable_after(
    ctl: SessionController, win: MainWindow, kept: dict[str, Path], qtbot: QtBot
) -> None:
    write_damaged_deep(kept[OLD], sample_session())  # read well as far as its titles
    d = open_list(ctl)
    qtbot.waitUntil(lambda: d.model.unread_total() == 0)
    select(d, OLD)
    with qtbot.waitSignal(win.error_shown):
        d.open_button.click()
    again = open_list(ctl)
    qtbot.waitUntil(lambda: again.model.unread_total() == 0)
    select(again, OLD)
    assert cells(again, 2)[1] == (
        "Unreadable: the session is damaged (match m1 lies outside its documents)."
    )
    assert not again.open_button.isEnabled()


# -- a kept copy of work on a saved session opens as that file's work ------------------------


@pytest.fixture
def work_kept(
    ctl: SessionController, opened: Session, tmp_path: Path, qtbot: QtBot
) -> tuple[Path, Path]:
    """The seed pair saved to work.crossread, a note added and not saved, then another
    session opened over it without the question (a copy of the work kept). Returns the
    session file and the kept copy."""
    work_file = tmp_path / "work.crossread"
    assert ctl.saving.save_to(str(work_file))
    fx.written(qtbot, ctl)
    first = next(m for m in opened.alignment.matches if m.kind.value == "claim")
    ctl.change(opened.add_note(Note.new("unsaved work", match_id=first.id)))
    other = tmp_path / "other.crossread"
    save_session(sample_session(), other)
    with qtbot.waitSignal(ctl.session_opened):
        ctl.open_session(other)
    settle(qtbot, ctl)
    fx.written(qtbot, ctl)
    (copy,) = kept_copy_times()
    return work_file, copy[0]


def open_kept(ctl: SessionController, copy: Path, qtbot: QtBot) -> Session:
    d = open_list(ctl)
    qtbot.waitUntil(lambda: d.model.unread_total() == 0)
    select(d, copy.name)
    with qtbot.waitSignal(ctl.autosaver.autosaved):
        d.open_button.click()
    return settle(qtbot, ctl)


def test_a_kept_copy_of_work_on_a_session_file_names_it(work_kept: tuple[Path, Path]) -> None:
    work_file, copy = work_kept
    assert autosave.origin_of(copy) == work_file


def test_a_kept_copy_of_work_on_a_session_file_opens_as_its_unsaved_work(
    ctl: SessionController, win: MainWindow, work_kept: tuple[Path, Path], qtbot: QtBot
) -> None:
    """As Restore opens a crashed run's: the title names the file, the close question
    counts only the new work, Save writes it there."""
    work_file, copy = work_kept
    session = open_kept(ctl, copy, qtbot)
    assert ctl.path() == str(work_file) and ctl.is_modified()
    assert ctl.saved.in_words(session) == ["1 note added"]
    assert "[work.crossread]" in win.windowTitle()
    assert win.statusBar().currentMessage() == (
        "The recovered notes are open, not yet saved: Save writes them to work.crossread."
    )
    assert not copy.exists() and not autosave.origin_path(copy).exists()
    assert ctl.saving.save()
    fx.written(qtbot, ctl)
    assert [n.text for n in load_session(work_file).notes] == ["unsaved work"]
    assert not ctl.is_modified()


def test_a_kept_copy_of_work_on_a_file_gone_since_opens_with_no_file(
    ctl: SessionController, work_kept: tuple[Path, Path], qtbot: QtBot
) -> None:
    work_file, copy = work_kept
    work_file.unlink()
    session = open_kept(ctl, copy, qtbot)
    assert ctl.path() is None and ctl.is_modified()
    assert [n.text for n in session.notes] == ["unsaved work"]


def test_a_kept_copy_of_work_on_a_file_holding_another_pair_now_opens_with_no_file(
    ctl: SessionController, work_kept: tuple[Path, Path], qtbot: QtBot
) -> None:
    work_file, copy = work_kept
    save_session(sample_session(), work_file)  # saved over with another pair since
    session = open_kept(ctl, copy, qtbot)
    assert ctl.path() is None and ctl.is_modified()
    assert [n.text for n in session.notes] == ["unsaved work"]


def test_work_kept_for_later_at_the_restore_question_opens_as_the_file_s(
    ctl: SessionController, opened: Session, tmp_path: Path, data_folder: Path, qtbot: QtBot
) -> None:
    """Later at the restore question: the crashed run's work on work.crossread is kept
    with the file it is on, and recovered, is that file's work."""
    work_file = tmp_path / "work.crossread"
    save_session(opened, work_file)
    first = next(m for m in opened.alignment.matches if m.kind.value == "claim")
    lost = opened.add_note(Note.new("unsaved work", match_id=first.id))
    left = autosave.autosave_path(data_folder, 4242)
    save_session(lost, left)
    autosave.origin_path(left).write_text(f"{work_file}\n", encoding="utf-8")
    copy = kept_copies.keep_autosave(left)
    session = open_kept(ctl, copy, qtbot)
    assert ctl.path() == str(work_file) and ctl.saved.in_words(session) == ["1 note added"]
