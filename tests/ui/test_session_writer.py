"""Tests of reader/ui/session_writer.py and of the session files read and written through
it: off the GUI thread, in order, finished on close, the modified state kept right."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.errors import SessionError
from reader.model.note import Note
from reader.model.session import Session
from reader.session import autosave
from reader.session.kept_copies import kept_copy_files
from reader.session.store import load_session, save_session
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from reader.ui.session_writer import FileJob, SessionWriter
from reader.ui.unsaved_guard import CLOSING, CLOSING_LATER, REPLACING
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import (
    from_event_loop,
    run_event_loop,
    settle,
    written,
)
from tests.ui.test_session_controller import first_claim

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win


# -- the queue ------------------------------------------------------------------------


@pytest.fixture
def writer(qtbot: QtBot) -> Iterator[SessionWriter]:
    w = SessionWriter()
    yield w
    w.finish()
    assert w.runner.active_threads() == 0


def write_after(path: Path, text: str, delay_s: float) -> FileJob:
    def work() -> str:
        time.sleep(delay_s)
        path.write_text(text, encoding="utf-8")
        return text

    return FileJob(work, lambda _r: None, lambda _t: None)


def test_a_later_write_is_never_overwritten_by_an_earlier(
    qtbot: QtBot, writer: SessionWriter, tmp_path: Path
) -> None:
    target = tmp_path / "f.txt"
    writer.start(write_after(target, "earlier", 0.2))
    writer.start(write_after(target, "later", 0.0))
    qtbot.waitUntil(lambda: not writer.is_busy())
    assert target.read_text(encoding="utf-8") == "later"


def test_finish_returns_when_no_worker_thread_is_left(writer: SessionWriter) -> None:
    """A job reported still has its thread save the compiled patterns (reader.ui.worker):
    the window closes only when that thread, as any of its runner's, has returned. (The
    teardown's check was flaky: 1 thread left after a reported job, on a loaded machine.)"""
    writer.runner.start(lambda _progress, _cancelled: time.sleep(0.3))
    writer.finish()
    assert writer.runner.active_threads() == 0


def test_finish_does_and_reports_every_job_started(writer: SessionWriter, tmp_path: Path) -> None:
    reported: list[object] = []
    for name in ("one", "two", "three"):
        job = write_after(tmp_path / name, name, 0.0)
        job.done = reported.append
        writer.start(job)
    writer.finish()
    assert reported == ["one", "two", "three"]


def test_a_failing_job_reports_its_message(writer: SessionWriter) -> None:
    def work() -> None:
        raise SessionError("Could not save the session to x: the disk is full.")

    failed: list[str] = []
    writer.start(FileJob(work, lambda _r: None, failed.append))
    writer.finish()
    assert failed == ["Could not save the session to x: the disk is full."]


# -- saving and opening through it ------------------------------------------------------


@pytest.fixture
def noted(ctl: SessionController, opened: Session) -> Session:
    """The seed pair with one unsaved note."""
    ctl.change(opened.add_note(Note.new("first", match_id=first_claim(opened))))
    s = ctl.session()
    assert s is not None
    return s


def test_save_returns_before_the_session_is_written(
    ctl: SessionController, noted: Session, tmp_path: Path
) -> None:
    assert ctl.saving.save_to(str(tmp_path / "s.crossread"))
    assert ctl.writer.is_busy() and ctl.is_modified()


def test_the_session_is_saved_once_written(
    ctl: SessionController, noted: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "s.crossread"
    with qtbot.waitSignal(ctl.session_saved):
        ctl.saving.save_to(str(path))
    assert not ctl.is_modified() and ctl.path() == str(path)
    assert [n.text for n in load_session(path).notes] == ["first"]


def test_a_note_added_while_saving_keeps_the_session_modified(
    ctl: SessionController, noted: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "s.crossread"
    ctl.saving.save_to(str(path))
    ctl.change(noted.add_note(Note.new("second", match_id=first_claim(noted))))
    written(qtbot, ctl)
    assert ctl.is_modified() and ctl.path() == str(path)
    assert [n.text for n in load_session(path).notes] == ["first"]


def test_a_save_asked_for_while_another_is_written_goes_to_the_same_file(
    ctl: SessionController, noted: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "s.crossread"
    ctl.saving.save_to(str(path))
    ctl.change(noted.add_note(Note.new("second", match_id=first_claim(noted))))
    assert ctl.saving.save()  # Ctrl+S: no question where, the first save has not reported
    written(qtbot, ctl)
    assert [n.text for n in load_session(path).notes] == ["first", "second"]
    assert not ctl.is_modified()


def test_a_failed_save_is_shown_and_keeps_the_session_modified(
    ctl: SessionController, noted: Session, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    with qtbot.waitSignal(win.error_shown) as shown:
        ctl.saving.save_to(str(tmp_path / "no such folder" / "s.crossread"))
    assert shown.args[0] == "Cannot save session"
    assert "Your notes are still open" in shown.args[1]
    assert ctl.is_modified() and ctl.path() is None


def test_closing_finishes_a_save_under_way_without_asking(
    ctl: SessionController,
    noted: Session,
    win: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ctl.dialogs, "ask_unsaved", lambda *_: pytest.fail("asked"))
    path = tmp_path / "s.crossread"
    ctl.saving.save_to(str(path))
    win.close()
    assert not win.isVisible()
    assert [n.text for n in load_session(path).notes] == ["first"]


def test_opening_returns_before_the_file_is_read(
    ctl: SessionController, noted: Session, tmp_path: Path
) -> None:
    path = tmp_path / "other.crossread"
    save_session(noted.delete_note(noted.notes[0].id), path)
    assert ctl.open_session(path)
    assert ctl.session() is noted


def test_the_session_opened_is_shown_once_read(
    ctl: SessionController, noted: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "other.crossread"
    save_session(noted.delete_note(noted.notes[0].id), path)
    with qtbot.waitSignal(ctl.session_opened):
        ctl.open_session(path)
    assert settle(qtbot, ctl).notes == () and ctl.path() == str(path)


def test_the_autosave_is_written_off_the_gui_thread(
    ctl: SessionController, noted: Session, qtbot: QtBot
) -> None:
    ctl.autosaver.write_now()
    with qtbot.waitSignal(ctl.autosaved) as saved:
        assert ctl.writer.is_busy()
    assert [n.text for n in load_session(saved.args[0]).notes] == ["first"]


# -- the save answering the unsaved-changes question, off the GUI thread too ------------

WAIT_MS = 15_000


@dataclass
class Answers:
    """The unsaved-changes question, answered with ``answers`` in turn (then Discard,
    so that the window closes at the end of the test)."""

    answers: list[str]
    asked: list[str] = field(default_factory=list)

    def __call__(self, question: str, _detail: str = "") -> str:
        self.asked.append(question)
        return self.answers.pop(0) if self.answers else "discard"


def answering(
    ctl: SessionController, monkeypatch: pytest.MonkeyPatch, target: Path, *answers: str
) -> Answers:
    """Answer the question with ``answers``; Save asks where, and gets ``target``."""
    question = Answers(list(answers))
    monkeypatch.setattr(ctl.dialogs, "ask_unsaved", question)
    monkeypatch.setattr(ctl.dialogs, "ask_save_path", lambda: str(target))
    return question


def notes_in(path: Path) -> list[str]:
    return [n.text for n in load_session(path).notes]


def test_closing_after_save_waits_for_the_session_to_be_written(
    ctl: SessionController,
    noted: Session,
    win: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "s.crossread"
    question = answering(ctl, monkeypatch, target, "save")
    bar = win.statusBar()
    after_close = from_event_loop(
        lambda: (win.close(), win.isVisible(), ctl.writer.is_busy(), bar.currentMessage())
    )
    assert after_close[1:] == (True, True, f"Saving session to {target}…")
    run_event_loop(lambda: not win.isVisible(), WAIT_MS)
    assert question.asked == [CLOSING]
    assert notes_in(target) == ["first"]
    assert not list(tmp_path.glob(".*.tmp")), "written whole: a temporary file, renamed"
    assert not autosave.marker_path().exists(), "a clean exit"


def test_a_failed_save_on_close_keeps_the_window_open_with_the_notes(
    ctl: SessionController,
    noted: Session,
    win: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    question = answering(ctl, monkeypatch, tmp_path / "no such folder" / "s.crossread", "save")
    with qtbot.waitSignal(win.error_shown, timeout=WAIT_MS) as shown:
        from_event_loop(win.close)
    assert shown.args[0] == "Cannot save session"
    run_event_loop(lambda: not ctl.writer.is_busy(), WAIT_MS)
    assert win.isVisible() and question.asked == [CLOSING], "no second try to close"
    assert ctl.is_modified() and ctl.session() is noted
    win.opener.close_dialog()


def test_a_note_added_while_the_save_on_close_is_written_is_asked_about(
    ctl: SessionController,
    noted: Session,
    win: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "s.crossread"
    question = answering(ctl, monkeypatch, target, "save", "cancel")
    second = noted.add_note(Note.new("second", match_id=first_claim(noted)))

    def close_then_add_a_note() -> None:
        win.close()
        ctl.change(second)

    from_event_loop(close_then_add_a_note)
    run_event_loop(lambda: len(question.asked) == 2 and not ctl.writer.is_busy(), WAIT_MS)
    assert question.asked == [CLOSING, CLOSING]
    assert win.isVisible() and ctl.is_modified() and ctl.session() is second
    assert notes_in(target) == ["first"]


def test_closing_while_a_save_is_written_closes_once_it_is(
    ctl: SessionController,
    noted: Session,
    win: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ctl.dialogs, "ask_unsaved", lambda *_: pytest.fail("asked"))
    path = tmp_path / "s.crossread"
    ctl.saving.save_to(str(path))
    bar = win.statusBar()
    after_close = from_event_loop(lambda: (win.close(), win.isVisible(), bar.currentMessage()))
    assert after_close[1:] == (True, CLOSING_LATER)
    run_event_loop(lambda: not win.isVisible(), WAIT_MS)
    assert notes_in(path) == ["first"]


@pytest.fixture
def other_pair(tmp_path: Path, win: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Two short articles, which File > Open pair chooses."""
    x, y = tmp_path / "x.txt", tmp_path / "y.txt"
    x.write_text("Putin visited Pyongyang.\n\nThe treaty was signed.\n", encoding="utf-8")
    y.write_text("Kim met Putin in Pyongyang.\n\nA treaty was signed there.\n", encoding="utf-8")
    monkeypatch.setattr(win, "ask_open_file_names", lambda _caption: [str(x), str(y)])
    return [str(x), str(y)]


def other_pair_shown(qtbot: QtBot, ctl: SessionController) -> Session:
    def shown() -> bool:
        s = ctl.session()
        return s is not None and s.alignment.a.text.startswith("Putin visited")

    qtbot.waitUntil(shown, timeout=WAIT_MS)
    return settle(qtbot, ctl)


def test_save_before_another_pair_opens_it_once_written(
    ctl: SessionController,
    noted: Session,
    win: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    other_pair: list[str],
) -> None:
    target = tmp_path / "s.crossread"
    question = answering(ctl, monkeypatch, target, "save")
    started: list[int] = []
    win.alignment_started.connect(started.append)
    win.actions_.open_pair.trigger()
    assert ctl.writer.is_busy() and started == [] and ctl.session() is noted
    assert win.statusBar().currentMessage() == f"Saving session to {target}…"
    new = other_pair_shown(qtbot, ctl)
    assert question.asked == [REPLACING.format("pair")]
    assert notes_in(target) == ["first"]
    assert new.notes == () and not ctl.is_modified() and kept_copy_files() == []


def test_a_note_added_while_saving_before_another_pair_is_asked_about(
    ctl: SessionController,
    noted: Session,
    win: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    other_pair: list[str],
) -> None:
    target = tmp_path / "s.crossread"
    question = answering(ctl, monkeypatch, target, "save", "save")
    win.actions_.open_pair.trigger()
    ctl.change(noted.add_note(Note.new("second", match_id=first_claim(noted))))
    other_pair_shown(qtbot, ctl)
    assert question.asked == [REPLACING.format("pair")] * 2
    assert notes_in(target) == ["first", "second"]
    assert kept_copy_files() == [], "both saved: no copy needed"


def test_a_second_request_while_saving_asks_nothing_and_wins(
    ctl: SessionController,
    noted: Session,
    win: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    other_pair: list[str],
) -> None:
    target = tmp_path / "s.crossread"
    question = answering(ctl, monkeypatch, target, "save")
    other_session = tmp_path / "other.crossread"
    save_session(noted.delete_note(noted.notes[0].id), other_session)
    monkeypatch.setattr(ctl.dialogs, "ask_open_path", lambda: str(other_session))
    started: list[int] = []
    win.alignment_started.connect(started.append)
    win.actions_.open_pair.trigger()
    with qtbot.waitSignal(ctl.session_opened, timeout=WAIT_MS) as shown:
        ctl.actions.open_session.trigger()  # before the save is written
    assert shown.args[0] == str(other_session) and started == []
    assert question.asked == [REPLACING.format("pair")]
    assert settle(qtbot, ctl).notes == () and notes_in(target) == ["first"]
