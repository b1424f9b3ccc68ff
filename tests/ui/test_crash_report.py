"""Unexpected errors in the window: logged, told once in a dialog, notes autosaved."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reader.model import Note, Session
from reader.model.alignment import MatchKind
from reader.session import autosave
from reader.ui.crash_report import LOG_NAME, CrashReporter, for_window, write_log
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from tests.ui.session_fixtures import *  # noqa: F403

pytestmark = pytest.mark.qt_no_exception_capture  # the reporter takes the errors here


class Bug(RuntimeError):
    """The error these tests raise where a bug would."""


@pytest.fixture
def reporter(win: MainWindow, ctl: SessionController) -> Iterator[CrashReporter]:
    r = for_window(win)
    yield r
    r.uninstall()
    if r.dialog is not None:
        r.dialog.close()


def raise_in_slot(message: str = "the slot failed") -> None:
    """An error raised where the reader's actions run: in a slot called by Qt."""

    def slot() -> None:
        raise Bug(message)

    QTimer.singleShot(0, slot)


def error_box(r: CrashReporter) -> QMessageBox:
    assert r.dialog is not None
    return r.dialog


def wait_for_box(qtbot: QtBot, r: CrashReporter) -> QMessageBox:
    qtbot.waitUntil(lambda: r.dialog is not None and r.dialog.isVisible())
    return error_box(r)


def test_an_error_in_a_slot_is_told_in_a_dialog(qtbot: QtBot, reporter: CrashReporter) -> None:
    raise_in_slot()
    box = wait_for_box(qtbot, reporter)
    assert "Bug: the slot failed" in box.text()
    assert "Traceback" in box.detailedText() and "raise Bug(message)" in box.detailedText()


def test_the_error_and_its_traceback_are_logged_in_the_data_folder(
    qtbot: QtBot, reporter: CrashReporter, data_folder: Path
) -> None:
    raise_in_slot("logged")
    wait_for_box(qtbot, reporter)
    log = (data_folder / LOG_NAME).read_text(encoding="utf-8")
    assert "Bug: logged" in log and "Traceback" in log
    assert str(data_folder / LOG_NAME) in error_box(reporter).text()


def test_the_same_error_again_goes_to_the_status_bar(
    qtbot: QtBot, reporter: CrashReporter, win: MainWindow
) -> None:
    raise_in_slot()
    box = wait_for_box(qtbot, reporter)
    box.close()
    raise_in_slot()
    qtbot.waitUntil(lambda: "Unexpected error again" in win.statusBar().currentMessage())
    assert reporter.dialog is box and not box.isVisible()


def test_an_error_in_a_python_thread_is_told_on_the_gui_thread(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    def work() -> None:
        raise Bug("in a thread")

    t = threading.Thread(target=work)
    t.start()
    t.join()
    box = wait_for_box(qtbot, reporter)
    assert "Bug: in a thread" in box.text()


def test_unsaved_notes_are_autosaved_when_an_error_occurs(
    qtbot: QtBot, ctl: SessionController, opened: Session, reporter: CrashReporter
) -> None:
    claim = next(m for m in opened.alignment.matches if m.kind is MatchKind.CLAIM)
    ctl.change(opened.add_note(Note.new("keep me", match_id=claim.id)))
    ctl.autosaver.timer.stop()  # not the usual countdown: the error saves at once
    raise_in_slot()
    wait_for_box(qtbot, reporter)
    path = autosave.autosave_path()
    qtbot.waitUntil(path.exists)
    assert "keep me" in path.read_text(encoding="utf-8")
    assert "unsaved notes were autosaved just now" in error_box(reporter).text()


def test_without_unsaved_notes_the_dialog_says_they_are_not_affected(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    raise_in_slot()
    box = wait_for_box(qtbot, reporter)
    assert "Your notes are not affected." in box.text() and "autosaved" not in box.text()


def test_the_window_keeps_working_after_an_error(
    qtbot: QtBot, reporter: CrashReporter, win: MainWindow
) -> None:
    raise_in_slot()
    wait_for_box(qtbot, reporter)
    win.statusBar().showMessage("still here")
    assert win.isVisible() and win.statusBar().currentMessage() == "still here"


def test_uninstall_gives_back_the_hooks_it_took(win: MainWindow, ctl: SessionController) -> None:
    import sys

    before: tuple[Callable[..., object], Callable[..., object]] = (
        sys.excepthook,
        threading.excepthook,
    )
    r = for_window(win)
    assert sys.excepthook == r.handle
    r.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_log_keeps_its_newer_half_past_its_limit(tmp_path: Path) -> None:
    log = tmp_path / "errors.log"
    for k in range(40):
        assert write_log(log, f"== entry {k}\n" + "x" * 90 + "\n", limit=1000)
    text = log.read_text(encoding="utf-8")
    assert len(text.encode()) <= 1000
    assert text.startswith("== entry") and "== entry 39" in text and "== entry 0\n" not in text


def test_a_log_that_cannot_be_written_is_no_further_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert write_log(blocker / "errors.log", "== entry\n") is False


def test_the_window_crossread_starts_reports_unexpected_errors(
    qtbot: QtBot, pair: tuple[str, str]
) -> None:
    from PySide6.QtWidgets import QApplication

    from reader.ui.app import run_gui

    seen: list[str] = []
    tries = iter(range(200))  # 10 s at most, then the window is closed anyway

    def look() -> None:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "unexpected_error_box"
        ]
        if boxes and boxes[0].isVisible():
            seen.append(boxes[0].text())
        if seen or next(tries, None) is None:
            for w in QApplication.topLevelWidgets():
                w.close()
        else:
            QTimer.singleShot(50, look)

    raise_in_slot("after start")
    QTimer.singleShot(50, look)
    assert run_gui(list(pair)) == 0
    assert seen and "Bug: after start" in seen[0]


@pytest.fixture
def unwritable_reporter(
    win: MainWindow, ctl: SessionController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[CrashReporter]:
    """A reporter whose data folder cannot be made (its parent is a file)."""
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("CROSSREAD_DATA_DIR", str(blocker / "data"))
    r = for_window(win)
    yield r
    r.uninstall()
    if r.dialog is not None:
        r.dialog.close()


def test_a_log_that_cannot_be_written_is_not_said_to_hold_the_details(
    qtbot: QtBot, unwritable_reporter: CrashReporter, tmp_path: Path
) -> None:
    raise_in_slot()
    text = wait_for_box(qtbot, unwritable_reporter).text()
    assert "also written to" not in text
    assert f"cannot write in its data folder, {tmp_path / 'blocker' / 'data'}" in text
    assert "Your notes are not affected." in text


def test_unsaved_notes_are_not_said_autosaved_where_the_data_folder_cannot_be_written(
    qtbot: QtBot,
    ctl: SessionController,
    opened: Session,
    unwritable_reporter: CrashReporter,
) -> None:
    claim = next(m for m in opened.alignment.matches if m.kind is MatchKind.CLAIM)
    ctl.change(opened.add_note(Note.new("keep me", match_id=claim.id)))
    raise_in_slot()
    text = wait_for_box(qtbot, unwritable_reporter).text()
    assert "autosaved just now" not in text
    assert "save the session now (File > Save session)" in text
