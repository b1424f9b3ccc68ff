"""Tests of the question before unsaved notes are replaced (SessionController.may_replace):
every way a reader opens another pair or session asks Save / Discard / Cancel first."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader.model.note import Note
from reader.model.session import Session
from reader.session.kept_copies import kept_copy_files, list_kept_copies
from reader.session.store import load_session, save_session, session_bytes
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from reader.ui.session_dialogs import SessionDialogs
from reader.ui.unsaved_questions import unsaved_summary
from tests.session.samples import sample_session
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import ALIGN_TIMEOUT, settle
from tests.ui.test_open_pair import drop

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win

NOTE = "not saved yet"


@dataclass
class Scene:
    """The window with the seed pair open, another pair and another session on disk, and
    the unsaved-changes question answered with ``answer`` (each question in ``asked``)."""

    win: MainWindow
    ctl: SessionController
    monkeypatch: pytest.MonkeyPatch
    other: tuple[str, str]
    session_file: Path
    data: Path  # the data folder: kept copies, autosaves
    answer: str = "cancel"
    asked: list[tuple[str, str]] = field(default_factory=list)

    def ask_unsaved(self, question: str, detail: str = "") -> str:
        self.asked.append((question, detail))
        return self.answer


@pytest.fixture
def scene(
    ctl: SessionController,
    win: MainWindow,
    opened: Session,
    tmp_path: Path,
    data_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Scene]:
    x, y = tmp_path / "x.txt", tmp_path / "y.txt"
    x.write_text("Putin visited Pyongyang.\n\nThe treaty was signed.\n", encoding="utf-8")
    y.write_text("Kim met Putin in Pyongyang.\n\nA treaty was signed there.\n", encoding="utf-8")
    other_session = tmp_path / "other.crossread"
    save_session(sample_session(), other_session)
    s = Scene(win, ctl, monkeypatch, (str(x), str(y)), other_session, data_folder)
    monkeypatch.setattr(ctl.dialogs, "ask_unsaved", s.ask_unsaved)
    yield s
    s.answer = "discard"  # the window closes at the end of the test


@pytest.fixture
def noted(scene: Scene, opened: Session) -> Session:
    """The seed pair with one note nobody saved."""
    work = opened.add_note(Note.new(NOTE, match_id=opened.alignment.matches[0].id))
    scene.ctl.change(work)
    assert scene.ctl.is_modified()
    return work


# -- the ways a reader replaces the session ----------------------------------------------------


def pick_in_dialog(s: Scene, names: Sequence[str]) -> None:
    """File > Open pair, the reader choosing ``names`` (none: Cancel)."""
    s.monkeypatch.setattr(s.win, "ask_open_file_names", lambda _caption: list(names))
    s.win.actions_.open_pair.trigger()


def pick_recent(s: Scene, names: tuple[str, str]) -> None:
    """File > Recent pairs, the entry of ``names``."""
    entries = s.win.actions_.recent_menu.actions()
    next(a for a in entries if a.data() == list(names)).trigger()


def via_pair_dialog(s: Scene) -> None:
    pick_in_dialog(s, s.other)


def via_recent_pair(s: Scene) -> None:
    s.win.settings.add_recent_pair(*s.other)
    s.win.opener.rebuild_recent_menu()
    pick_recent(s, s.other)


def via_drop_pair(s: Scene) -> None:
    drop(s.win, list(s.other), QPoint(300, 300))


def via_drop_on_b(s: Scene) -> None:
    drop(s.win, [s.other[1]], s.win.pane_b.mapTo(s.win, QPoint(50, 200)))


def via_session_dialog(s: Scene) -> None:
    s.monkeypatch.setattr(s.ctl.dialogs, "ask_open_path", lambda: str(s.session_file))
    s.ctl.actions.open_session.trigger()


def via_drop_session(s: Scene) -> None:
    drop(s.win, [str(s.session_file)], QPoint(300, 300))


def via_recovered_copy(s: Scene) -> None:
    s.data.mkdir(parents=True, exist_ok=True)
    save_session(sample_session(), s.data / "unsaved-20240601-090000.crossread")
    dialog = s.ctl.recovery.open()
    dialog.table.selectRow(0)
    fx.run_event_loop(lambda: dialog.model.unread_total() == 0)  # read off the GUI thread
    dialog.open_button.click()


Entry = Callable[[Scene], None]
PAIR_ENTRIES: dict[str, Entry] = {
    "open-pair-dialog": via_pair_dialog,
    "recent-pair": via_recent_pair,
    "drop-two-files": via_drop_pair,
    "drop-one-file-on-b": via_drop_on_b,
}
SESSION_ENTRIES: dict[str, Entry] = {
    "open-session-dialog": via_session_dialog,
    "drop-session-file": via_drop_session,
    "recovered-copy": via_recovered_copy,
}
ENTRIES = {**PAIR_ENTRIES, **SESSION_ENTRIES}
every_entry = pytest.mark.parametrize("entry", list(ENTRIES))


def replace(s: Scene, entry: str, qtbot: QtBot) -> Session:
    """Replace the session through ``entry`` and wait until the new one is on screen."""
    before = s.ctl.session()
    assert before is not None
    ENTRIES[entry](s)

    def replaced() -> bool:
        now = s.ctl.session()
        return now is not None and now.alignment is not before.alignment

    qtbot.waitUntil(replaced, timeout=ALIGN_TIMEOUT)
    return settle(qtbot, s.ctl)


def new_kept_copies(before: set[Path]) -> set[Path]:
    return set(kept_copy_files()) - before


# -- the question ------------------------------------------------------------------------------


@every_entry
def test_each_entry_asks_when_modified(scene: Scene, noted: Session, entry: str) -> None:
    ENTRIES[entry](scene)
    what = "pair" if entry in PAIR_ENTRIES else "session"
    assert len(scene.asked) == 1
    question, detail = scene.asked[0]
    assert question == f"Save your notes and corrections before opening another {what}?"
    assert "1 note" in detail and "no copy is kept" in detail


@every_entry
def test_cancel_leaves_pair_notes_and_flag_and_starts_nothing(
    scene: Scene, noted: Session, pair: tuple[str, str], entry: str
) -> None:
    started: list[int] = []
    opened_files: list[str] = []
    scene.win.alignment_started.connect(started.append)
    scene.ctl.session_opened.connect(opened_files.append)
    ENTRIES[entry](scene)
    assert scene.asked and started == [] and opened_files == []
    assert not scene.win.runner.is_running() and scene.win.opener.pending is None
    assert scene.ctl.session() is noted and scene.ctl.is_modified()
    assert scene.win.paths() == pair and scene.win.isWindowModified()


def test_cancel_leaves_the_recovery_list_open(scene: Scene, noted: Session) -> None:
    via_recovered_copy(scene)
    dialog = scene.ctl.recovery.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_cancel_in_a_file_dialog_asks_nothing(scene: Scene, noted: Session) -> None:
    scene.monkeypatch.setattr(scene.ctl.dialogs, "ask_open_path", lambda: None)
    pick_in_dialog(scene, [])
    scene.ctl.actions.open_session.trigger()
    assert scene.asked == [] and scene.ctl.session() is noted


# -- the answers -------------------------------------------------------------------------------


@every_entry
def test_save_writes_the_session_file_then_opens(
    scene: Scene, noted: Session, qtbot: QtBot, tmp_path: Path, entry: str
) -> None:
    target = tmp_path / "mine.crossread"
    scene.answer = "save"
    scene.monkeypatch.setattr(scene.ctl.dialogs, "ask_save_path", lambda: str(target))
    new = replace(scene, entry, qtbot)
    assert [n.text for n in load_session(target).notes] == [NOTE]
    assert new.alignment != noted.alignment


def test_save_uses_the_sessions_own_file(
    scene: Scene, noted: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    own = tmp_path / "own.crossread"
    assert scene.ctl.saving.save_to(str(own))
    scene.ctl.change(noted.add_note(Note.new("second", match_id=noted.notes[0].match_id)))
    scene.answer = "save"
    scene.monkeypatch.setattr(scene.ctl.dialogs, "ask_save_path", lambda: pytest.fail("asked"))
    replace(scene, "open-pair-dialog", qtbot)
    assert [n.text for n in load_session(own).notes] == [NOTE, "second"]


@pytest.mark.parametrize("entry", ["open-pair-dialog", "open-session-dialog"])
@pytest.mark.parametrize("where", ["cancelled", "failed"])
def test_save_cancelled_or_failed_aborts_the_open(
    scene: Scene, noted: Session, qtbot: QtBot, tmp_path: Path, entry: str, where: str
) -> None:
    path = None if where == "cancelled" else str(tmp_path / "no" / "such" / "x.crossread")
    scene.answer = "save"
    scene.monkeypatch.setattr(scene.ctl.dialogs, "ask_save_path", lambda: path)
    started: list[int] = []
    scene.win.alignment_started.connect(started.append)
    ENTRIES[entry](scene)
    if where == "failed":  # the save is written off the GUI thread: its failure comes later
        qtbot.waitUntil(lambda: not scene.ctl.writer.is_busy())
        assert scene.win.statusBar().currentMessage() == ""  # not "Saving…" any more
    assert started == [] and scene.ctl.session() is noted and scene.ctl.is_modified()
    scene.win.opener.close_dialog()  # the "Cannot save session" message


@every_entry
def test_discard_opens_and_keeps_no_copy(
    scene: Scene, noted: Session, qtbot: QtBot, entry: str
) -> None:
    before = set(kept_copy_files())
    scene.answer = "discard"
    new = replace(scene, entry, qtbot)
    assert new.alignment != noted.alignment
    assert new_kept_copies(before) == set()


def test_a_change_after_discard_is_kept_again(scene: Scene, noted: Session, qtbot: QtBot) -> None:
    scene.answer = "discard"
    via_pair_dialog(scene)  # the pair loads off the GUI thread: the change comes first
    scene.ctl.change(noted.add_note(Note.new("second", match_id=noted.notes[0].match_id)))
    qtbot.waitUntil(lambda: len(list_kept_copies()) == 1, timeout=ALIGN_TIMEOUT)
    assert list_kept_copies()[0].notes == 2
    settle(qtbot, scene.ctl)


def fail_to_open_pair(s: Scene) -> None:
    empty = s.session_file.with_name("empty.txt")  # found empty once read, after the question
    empty.write_bytes(b"")
    pick_in_dialog(s, [s.other[0], str(empty)])


def fail_to_open_session(s: Scene) -> None:
    s.session_file.write_text('{"schema": "reader.session/1", "alig', encoding="utf-8")
    via_session_dialog(s)


@pytest.mark.parametrize("fail", [fail_to_open_pair, fail_to_open_session])
def test_a_failed_open_after_discard_keeps_the_safety_net(
    scene: Scene, noted: Session, qtbot: QtBot, fail: Entry
) -> None:
    scene.answer = "discard"
    with qtbot.waitSignal(scene.win.error_shown, timeout=ALIGN_TIMEOUT):
        fail(scene)
    assert scene.ctl.session() is noted and scene.ctl.is_modified()
    scene.win.opener.close_dialog()
    scene.win.open_pair(*scene.other)
    qtbot.waitUntil(lambda: len(list_kept_copies()) == 1, timeout=ALIGN_TIMEOUT)
    settle(qtbot, scene.ctl)


# what a file that cannot open holds (None: no file; a folder is made below)
_UNOPENABLE: dict[str, bytes | None] = {
    "missing.txt": None,
    "a folder": None,
    "empty.txt": b"",
    "blank.txt": b"\n",  # an editor's new file, saved empty
    "notes.crossread": session_bytes(sample_session()),  # a session, chosen as an article
    "random.txt": random.Random(7).randbytes(50_000),  # noise named as text
    "picture.html": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40,  # a PNG renamed
    # 20 KB of text, then binary data: text in the first 8 KB the check looked at before
    "late-binary.txt": b"The leaders met in Pyongyang.\n" * 680 + bytes(range(256)) * 20,
}


@pytest.mark.parametrize("bad", list(_UNOPENABLE))
def test_a_file_that_cannot_open_is_reported_before_the_question(
    scene: Scene, noted: Session, qtbot: QtBot, tmp_path: Path, bad: str
) -> None:
    if bad == "a folder":
        (tmp_path / bad).mkdir()
    content = _UNOPENABLE[bad]
    if content is not None:
        (tmp_path / bad).write_bytes(content)
    with qtbot.waitSignal(scene.win.error_shown) as shown:
        pick_in_dialog(scene, [scene.other[0], str(tmp_path / bad)])
    assert scene.asked == []  # nothing to decide about the notes: the pair cannot open
    assert bad in shown.args[1]
    assert scene.ctl.session() is noted and scene.ctl.is_modified()
    assert scene.win.opener.pending is None and not scene.win.runner.is_running()
    scene.win.opener.close_dialog()


# -- no question -------------------------------------------------------------------------------


@every_entry
def test_unmodified_session_is_replaced_without_a_question(
    scene: Scene, opened: Session, qtbot: QtBot, entry: str
) -> None:
    new = replace(scene, entry, qtbot)
    assert scene.asked == [] and new.alignment != opened.alignment


SAME_PAIR: dict[str, Callable[[Scene, tuple[str, str]], object]] = {
    "dialog-same-order": pick_in_dialog,
    "dialog-swapped": lambda s, p: pick_in_dialog(s, (p[1], p[0])),
    "recent-pair": pick_recent,
    "same-file-dropped-on-b": lambda s, p: drop(
        s.win, [p[1]], s.win.pane_b.mapTo(s.win, QPoint(50, 200))
    ),
}


@pytest.mark.parametrize("how", list(SAME_PAIR))
def test_same_pair_reopened_asks_nothing_and_keeps_the_notes(
    scene: Scene, noted: Session, pair: tuple[str, str], qtbot: QtBot, how: str
) -> None:
    with qtbot.waitSignal(scene.win.alignment_finished, timeout=ALIGN_TIMEOUT):
        SAME_PAIR[how](scene, pair)
    session = settle(qtbot, scene.ctl)
    assert scene.asked == []
    assert [n.text for n in session.notes] == [NOTE] and scene.ctl.is_modified()
    assert kept_copy_files() == []


def test_programmatic_open_pair_asks_nothing_and_keeps_a_copy(
    scene: Scene, noted: Session, qtbot: QtBot
) -> None:
    scene.win.open_pair(*scene.other)
    qtbot.waitUntil(lambda: scene.ctl.session() is not noted, timeout=ALIGN_TIMEOUT)
    settle(qtbot, scene.ctl)
    assert scene.asked == []
    [copy] = list_kept_copies()
    assert copy.notes == 1


# -- the dialog and its text -------------------------------------------------------------------


def test_summary_of_a_pair_never_saved_says_no_copy_is_kept() -> None:
    session = sample_session()
    text = unsaved_summary(["2 notes added", "1 match rejected"], session, None)
    a, b = session.alignment.a.display_name, session.alignment.b.display_name
    assert text == (
        f"Not saved yet: 2 notes added and 1 match rejected, on {a} ↔ {b}.\n\n"
        "Discard drops them; no copy is kept."
    )


def test_summary_of_a_saved_session_says_its_file_keeps_what_was_saved(tmp_path: Path) -> None:
    text = unsaved_summary(["1 note edited"], sample_session(), str(tmp_path / "mine.crossread"))
    assert text.endswith("Discard drops them; mine.crossread keeps what was last saved.")


@pytest.mark.parametrize("button", ["Save", "Discard", "Cancel"])
def test_the_real_question_shows_text_and_detail(
    ctl: SessionController, qtbot: QtBot, button: str
) -> None:
    seen: list[tuple[str, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            timer.stop()
            seen.append((box.text(), box.informativeText()))
            box.button(getattr(QMessageBox.StandardButton, button)).click()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(answer)
    timer.start()
    answered = SessionDialogs.ask_unsaved(ctl.dialogs, "Save before?", "Not saved yet: 1 note.")
    assert answered == button.lower()  # (the ctl fixture replaced ctl.dialogs.ask_unsaved)
    assert seen == [("Save before?", "Not saved yet: 1 note.")]


def test_a_note_added_then_deleted_leaves_no_copy_to_keep(
    scene: Scene, noted: Session, qtbot: QtBot
) -> None:
    """The pair holds no note, rejection or link any more, yet a copy of it was kept when
    another pair replaced it, and the status bar said its unsaved notes were kept."""
    emptied = noted.delete_note(noted.notes[0].id)
    scene.ctl.change(emptied)
    scene.win.open_pair(*scene.other)
    qtbot.waitUntil(lambda: scene.ctl.session() is not emptied, timeout=ALIGN_TIMEOUT)
    settle(qtbot, scene.ctl)
    assert list_kept_copies() == []


def test_a_note_added_then_deleted_on_a_pair_never_saved_asks_nothing(
    scene: Scene, noted: Session
) -> None:
    """Nothing to save is left, and no file to save it to: "Save your notes and
    corrections?", "Not saved yet: deleted notes and restored matches" was a false alarm."""
    scene.ctl.change(noted.delete_note(noted.notes[0].id))
    via_pair_dialog(scene)
    assert scene.asked == []


@pytest.mark.parametrize(
    ("button", "answer"),
    [("Restore", "restore"), ("Later", "keep"), ("Discard", "discard"), (None, "keep")],
)
def test_the_real_restore_question_says_later_keeps_the_notes(
    ctl: SessionController, qtbot: QtBot, tmp_path: Path, button: str | None, answer: str
) -> None:
    """Restore, Later or Discard; Esc (no button) keeps the notes, as Later does."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            timer.stop()
            seen.append(box.informativeText())
            if button is None:
                QTest.keyClick(box, Qt.Key.Key_Escape)
            else:
                next(b for b in box.buttons() if b.text() == button).click()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(click)
    timer.start()
    assert SessionDialogs.ask_restore(ctl.dialogs, tmp_path / "autosave-1.crossread") == answer
    assert seen and "File > Recover unsaved notes" in seen[0] and "Discard deletes" in seen[0]
