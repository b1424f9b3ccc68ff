"""Tests of reader/ui/session_controller.py (and session_saving.py, autosaver.py): notes,
corrections, re-alignment, session files, autosave and recovery, export, drops."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from reader.export import FORMATS
from reader.ingest import load_document
from reader.model import MatchKind, Span
from reader.model.note import Note
from reader.model.session import Session, match_key
from reader.session import autosave
from reader.session.kept_copies import kept_copy_files
from reader.session.store import load_session, save_session
from reader.session.view import visible_alignment
from reader.ui import view_state
from reader.ui.article_pane import ArticlePane
from reader.ui.autosaver import DELAY_MS
from reader.ui.main_window import MainWindow
from reader.ui.note_dialog import NoteDialog
from reader.ui.note_marks import is_mark
from reader.ui.session_controller import SessionController
from reader.ui.tooltips import describe_match
from tests.ui import session_fixtures as fx
from tests.ui.session_fixtures import (
    ALIGN_TIMEOUT,
    check_closed,
    lexical,
    make_controller,
    settle,
    written,
)
from tests.ui.test_open_pair import drop

# the shared fixtures, under the names the tests ask for
ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win

CTRL = Qt.KeyboardModifier.ControlModifier


def first_claim(session: Session) -> str:
    return next(m.id for m in session.alignment.matches if m.kind is MatchKind.CLAIM)


def select_text(pane: ArticlePane, span: Span) -> None:
    """Select ``span`` in the pane as a reader dragging the mouse would."""
    cursor = pane.browser.textCursor()
    cursor.setPosition(span.start)
    cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
    pane.browser.setTextCursor(cursor)


def note_dialog(c: SessionController) -> NoteDialog:
    assert c.dock.dialog is not None, "no note dialog is open"
    return c.dock.dialog


def press(qtbot: QtBot, win: MainWindow, key: Qt.Key, mods: Qt.KeyboardModifier) -> None:
    """A key press in pane A (the shortcut is the window's)."""
    win.activateWindow()
    win.pane_a.browser.setFocus()
    QTest.keyClick(win.pane_a.browser, key, mods)


def free_passage(session: Session, side: str, length: int = 30) -> Span:
    """A passage of ``side`` that no match covers."""
    doc = session.alignment.a if side == "a" else session.alignment.b
    taken = [m.a if side == "a" else m.b for m in session.alignment.matches]
    for sent in doc.sentences:
        if len(sent) > length and not any(sent.overlaps(t) for t in taken):
            return Span(sent.start, sent.start + length)
    pytest.fail("no unmatched sentence")


# -- sessions follow alignments -----------------------------------------------------------


def test_alignment_becomes_the_session(
    ctl: SessionController, opened: Session, win: MainWindow
) -> None:
    assert opened.alignment == win.alignment()
    assert ctl.dock.session() is opened
    assert not ctl.is_modified()
    assert not win.isWindowModified()
    assert "↔" in win.windowTitle()


def test_ctrl_n_on_selected_match_adds_a_note(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    mid = first_claim(opened)
    win.select_match(mid)
    press(qtbot, win, Qt.Key.Key_N, CTRL)
    dialog = note_dialog(ctl)
    dialog.text_edit.setPlainText("Both say so.")
    dialog.presets["agrees"].setChecked(True)
    with qtbot.waitSignal(ctl.session_changed):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    s = ctl.session()
    assert s is not None and len(s.notes) == 1
    note = s.notes[0]
    assert (note.match_id, note.text, note.tags) == (mid, "Both say so.", ("agrees",))
    assert win.isWindowModified() and "[*]" in win.windowTitle()
    assert any(is_mark(sel) for sel in win.pane_a.browser.extraSelections())


def test_ctrl_n_on_selected_text_notes_that_passage(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    span = free_passage(opened, "b")
    select_text(win.pane_b, span)
    ctl.add_note()
    dialog = note_dialog(ctl)
    dialog.text_edit.setPlainText("Only AP says this.")
    dialog.accept()
    s = ctl.session()
    assert s is not None
    assert (s.notes[0].match_id, s.notes[0].a, s.notes[0].b) == (None, None, span)


def test_add_note_without_target_says_so(
    ctl: SessionController, opened: Session, win: MainWindow
) -> None:
    ctl.add_note()
    assert ctl.dock.dialog is None
    assert "Select a match" in win.statusBar().currentMessage()


def test_edit_and_delete_through_the_dock(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    ctl.change(opened.add_note(Note.new("first", match_id=first_claim(opened))))
    table = ctl.dock.table
    rect = table.visualRect(table.model().index(0, 1))
    with qtbot.waitSignal(win.match_selected):  # selecting the note jumps to its match
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    ctl.dock.edit_button.click()
    dialog = note_dialog(ctl)
    dialog.text_edit.setPlainText("edited")
    dialog.accept()
    s = ctl.session()
    assert s is not None and s.notes[0].text == "edited"
    ctl.dock.table.selectRow(0)
    ctl.dock.delete_button.click()
    s = ctl.session()
    assert s is not None and s.notes == ()
    assert not any(is_mark(sel) for sel in win.pane_a.browser.extraSelections())


# -- corrections --------------------------------------------------------------------------


def test_delete_rejects_the_current_match_and_keeps_the_scroll(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    mid = opened.alignment.matches[len(opened.alignment.matches) // 2].id
    win.select_match(mid)
    top = win.pane_a.offset_at_fraction(0.0)
    with qtbot.waitSignal(win.alignment_finished):
        press(qtbot, win, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier)
    s = settle(qtbot, ctl)
    assert s.rejected == {mid}
    shown = win.alignment()
    assert shown is not None and shown.match_by_id(mid) is None
    assert abs(win.pane_a.offset_at_fraction(0.0) - top) < 200
    ctl.corrections.fill_restore_menu()
    entries = [a for a in ctl.actions.restore_menu.actions() if a.data() == mid]
    assert len(entries) == 1
    entries[0].trigger()
    s = settle(qtbot, ctl)
    assert s.rejected == frozenset()


def link(ctl: SessionController, win: MainWindow, qtbot: QtBot, a: Span, b: Span) -> str:
    select_text(win.pane_a, a)
    select_text(win.pane_b, b)
    match = ctl.corrections.link_selections()
    assert match is not None
    settle(qtbot, ctl)
    return match.id


def test_link_selections_makes_a_manual_match(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    a, b = free_passage(opened, "a"), free_passage(opened, "b")
    mid = link(ctl, win, qtbot, a, b)
    shown = win.alignment()
    assert shown is not None
    m = shown.match_by_id(mid)
    assert m is not None and m.manual and (m.a, m.b) == (a, b)
    qtbot.waitUntil(lambda: win.current_match() is not None)
    assert win.current_match() == m
    assert "linked by hand" in describe_match(win.alignment(), mid)
    model = win.dock.model
    row = model.row_of(mid)
    assert model.data(model.index(row, 0)) == "claim (manual)"


def test_link_needs_both_selections(
    ctl: SessionController, opened: Session, win: MainWindow
) -> None:
    select_text(win.pane_a, free_passage(opened, "a"))
    win.pane_b.browser.setTextCursor(QTextCursor(win.pane_b.browser.document()))
    assert ctl.corrections.link_selections() is None
    assert "Select a passage" in win.statusBar().currentMessage()


def test_rejection_link_and_notes_survive_realignment(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    qtbot: QtBot,
    pair: tuple[str, str],
) -> None:
    rejected = opened.alignment.matches[0]
    win.select_match(rejected.id)
    ctl.corrections.reject()
    settle(qtbot, ctl)
    mid = link(ctl, win, qtbot, free_passage(opened, "a"), free_passage(opened, "b"))
    s = ctl.session()
    assert s is not None
    ctl.change(s.add_note(Note.new("check", ("check this",), match_id=first_claim(s))))
    before = ctl.session()
    with qtbot.waitSignal(win.alignment_started):
        win.open_pair(*pair)
    qtbot.waitUntil(lambda: ctl.session() is not before, timeout=ALIGN_TIMEOUT)
    after = settle(qtbot, ctl)
    assert before is not None and after.notes == before.notes
    assert {match_key(m) for m in after.rejected_matches()} == {match_key(rejected)}
    shown = win.alignment()
    assert shown is not None
    assert match_key(rejected) not in {match_key(m) for m in shown.matches}
    manual = [m for m in shown.matches if m.manual]
    assert [m.id for m in manual] == [mid]


def test_swap_keeps_notes_and_corrections(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    mid = first_claim(opened)
    ctl.change(opened.add_note(Note.new("n", match_id=mid)).reject(opened.alignment.matches[-1].id))
    before, after = swapped(ctl, win, qtbot)
    assert after.rejected == before.rejected


def swapped(ctl: SessionController, win: MainWindow, qtbot: QtBot) -> tuple[Session, Session]:
    """The session before and after Swap sides, checked to carry its articles and first
    note's passages over to the other side."""
    before = settle(qtbot, ctl)
    with qtbot.waitSignal(ctl.session_changed, timeout=ALIGN_TIMEOUT):
        win.swap_sides()
    after = settle(qtbot, ctl)
    assert after.alignment.a == before.alignment.b
    assert (after.notes[0].a, after.notes[0].b) == (before.notes[0].b, before.notes[0].a)
    return before, after


# -- session files ----------------------------------------------------------------------------


def test_save_then_open_round_trip(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    s = opened.add_note(Note.new("a note", ("agrees",), match_id=first_claim(opened)))
    s = s.reject(opened.alignment.matches[-1].id)
    ctl.change(s)
    s, _ = settle(qtbot, ctl).link(free_passage(opened, "a"), free_passage(opened, "b"))
    ctl.change(s)
    saved = settle(qtbot, ctl)
    target = tmp_path / "work"
    monkeypatch.setattr(ctl.dialogs, "ask_save_path", lambda: str(target))
    with qtbot.waitSignal(ctl.session_saved):
        ctl.actions.save.trigger()
    path = tmp_path / "work.crossread"
    saved = saved.with_view(**view_state.capture(win))  # the view settings are saved too
    assert load_session(path) == saved == ctl.session()
    assert ctl.path() == str(path) and not win.isWindowModified()
    assert "work.crossread" in win.windowTitle()
    ctl.change(saved.delete_note(saved.notes[0].id))
    monkeypatch.setattr(ctl.dialogs, "ask_open_path", lambda: str(path))
    with qtbot.waitSignal(ctl.session_opened):
        ctl.actions.open_session.trigger()
    assert settle(qtbot, ctl) == saved
    assert ctl.dock.model.rowCount() == 1


def test_a_change_after_saving_keeps_the_saved_view_settings(
    ctl: SessionController, opened: Session, win: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    ctl.change(opened.add_note(Note.new("first", match_id=first_claim(opened))))
    assert ctl.saving.save_to(str(tmp_path / "work.crossread"))
    written(qtbot, ctl)
    saved = ctl.session()
    assert saved is not None and saved.view
    ctl.dock.select_note(saved.notes[0].id)
    ctl.dock.delete_selected()
    after = ctl.session()
    assert after is not None and after.view == saved.view


def test_opened_session_needs_no_source_files(
    ctl: SessionController, opened: Session, qtbot: QtBot, tmp_path: Path, pair: tuple[str, str]
) -> None:
    path = tmp_path / "s.crossread"
    save_session(opened.add_note(Note.new("x", match_id=first_claim(opened))), path)
    for p in pair:
        Path(p).unlink()
    assert ctl.open_session(path)
    assert settle(qtbot, ctl).notes[0].text == "x"


def test_opening_a_session_says_above_the_articles_when_an_article_file_is_gone(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    tmp_path: Path,
    pair: tuple[str, str],
    qtbot: QtBot,
) -> None:
    path = tmp_path / "s.crossread"
    save_session(opened, path)
    Path(pair[1]).unlink()
    assert ctl.open_session(path)
    settle(qtbot, ctl)  # the session is shown, its highlights laid
    assert win.notice_bar.isVisible()
    assert win.notice_bar.text() == (
        f"Article B's file {pair[1]} is gone; the session keeps its text."
    )


@pytest.fixture
def opened_after_a_change(
    ctl: SessionController,
    opened: Session,
    tmp_path: Path,
    pair: tuple[str, str],
    qtbot: QtBot,
) -> Path:
    """A session saved, then its article A's file changed, and the session opened again;
    returns the session file."""
    path = tmp_path / "s.crossread"
    save_session(opened, path)
    text = Path(pair[0]).read_text(encoding="utf-8")
    Path(pair[0]).write_text(text.replace("Kim", "Kim Jong Un", 1), encoding="utf-8")
    os.utime(pair[0], (path.stat().st_mtime + 60, path.stat().st_mtime + 60))
    assert ctl.open_session(path)
    settle(qtbot, ctl)
    return path


def test_the_changed_file_notice_stays_until_closed(
    opened_after_a_change: Path, win: MainWindow
) -> None:
    """A status-bar line went after 20 s and was cut at the window's width; the notice
    wraps and stays, so a checker knows the session is not what the file says now."""
    win.statusBar().clearMessage()
    assert win.notice_bar.isVisible()
    assert "Article A's file" in win.notice_bar.text()
    assert "changed since this session read its text" in win.notice_bar.text()
    QTest.mouseClick(win.notice_bar.close_button, Qt.MouseButton.LeftButton)
    assert not win.notice_bar.isVisible()


def test_the_changed_file_notice_stays_after_a_correction(
    opened_after_a_change: Path,
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    qtbot: QtBot,
) -> None:
    """A rejection redraws the pair, and set the pair's own notice in place of the
    file's: the notice and its Update button went at the first correction."""
    ctl.corrections.reject(first_claim(opened))
    settle(qtbot, ctl)
    assert "changed since this session read its text" in win.notice_bar.text()
    assert win.notice_bar.action_button.isVisible()


def test_the_gone_file_notice_follows_the_pairs_own_notice(
    ctl: SessionController, win: MainWindow, tmp_path: Path, qtbot: QtBot, seed_a_path: Path
) -> None:
    """Two articles with nothing in common: their notice and the file's, one after the
    other."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(seed_a_path.read_text(encoding="utf-8"), encoding="utf-8")
    b.write_text(
        "Heavy rain flooded the valley on Sunday.\n\n"
        "Farmers said the harvest of apples and pears was lost this year.\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(ctl.session_changed, timeout=ALIGN_TIMEOUT):
        win.open_pair(str(a), str(b))
    s = settle(qtbot, ctl)
    own = win.notice_bar.text()
    assert own
    path = tmp_path / "s.crossread"
    save_session(s, path)
    b.unlink()
    assert ctl.open_session(path)
    settle(qtbot, ctl)
    gone = f"Article B's file {b} is gone; the session keeps its text."
    assert win.notice_bar.text() == f"{own} {gone}"


def test_a_pair_opened_by_relative_paths_is_saved_with_absolute_ones(
    ctl: SessionController,
    win: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    pair: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    with qtbot.waitSignal(ctl.session_changed, timeout=ALIGN_TIMEOUT):
        win.open_pair("a.txt", "b.txt")
    settle(qtbot, ctl)
    assert ctl.saving.save_to(str(tmp_path / "s.crossread"))
    written(qtbot, ctl)
    saved = load_session(tmp_path / "s.crossread").alignment
    assert (saved.a.path, saved.b.path) == pair


@pytest.mark.usefixtures("elsewhere")
def test_an_older_session_naming_its_articles_relatively_finds_them_beside_it(
    ctl: SessionController, opened: Session, win: MainWindow, tmp_path: Path
) -> None:
    al = opened.alignment
    older = replace(
        opened, alignment=replace(al, a=replace(al.a, path="a.txt"), b=replace(al.b, path="b.txt"))
    )
    save_session(older, tmp_path / "s.crossread")
    assert ctl.open_session(tmp_path / "s.crossread")
    assert "is gone" not in win.statusBar().currentMessage()


@pytest.fixture
def one_note_damaged(opened: Session, tmp_path: Path) -> Path:
    """A session file of the open pair with two notes, the first hand-damaged (its
    passage in A reads [9, 2])."""
    claim = first_claim(opened)
    two = opened.add_note(Note.new("Damaged.", match_id=claim)).add_note(
        Note.new("Kept.", b=Span(0, 5))
    )
    path = tmp_path / "s.crossread"
    save_session(two, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["notes"][0]["a"] = {"start": 9, "end": 2}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_session_with_a_damaged_note_opens_with_the_others(
    ctl: SessionController, one_note_damaged: Path, qtbot: QtBot
) -> None:
    assert ctl.open_session(one_note_damaged)
    assert [n.text for n in settle(qtbot, ctl).notes] == ["Kept."]


def test_the_reader_is_told_once_which_note_was_left_out(
    ctl: SessionController, win: MainWindow, one_note_damaged: Path, qtbot: QtBot
) -> None:
    shown: list[tuple[str, str]] = []
    win.error_shown.connect(lambda title, text: shown.append((title, text)))
    ctl.open_session(one_note_damaged)
    settle(qtbot, ctl)
    ((title, text),) = shown
    assert title == "Some notes could not be read"
    assert text.startswith("1 note in s.crossread could not be read and is left out:\n")
    assert "“Damaged.” (note 1): its place in article A is damaged." in text


def test_the_damaged_file_stays_as_it_was_until_saved(
    ctl: SessionController, one_note_damaged: Path, qtbot: QtBot
) -> None:
    before = one_note_damaged.read_bytes()
    ctl.open_session(one_note_damaged)
    ctl.change(settle(qtbot, ctl).add_note(Note.new("Later.", b=Span(0, 5))))
    ctl.autosaver.write_now()
    assert one_note_damaged.read_bytes() == before


def test_saving_over_the_damaged_file_keeps_a_copy_of_it(
    ctl: SessionController, one_note_damaged: Path, qtbot: QtBot
) -> None:
    before = one_note_damaged.read_bytes()
    ctl.open_session(one_note_damaged)
    settle(qtbot, ctl)
    assert ctl.saving.save()
    written(qtbot, ctl)
    assert one_note_damaged.with_name("s.crossread.bak").read_bytes() == before


def test_a_second_save_keeps_no_second_copy(
    ctl: SessionController, one_note_damaged: Path, qtbot: QtBot
) -> None:
    ctl.open_session(one_note_damaged)
    settle(qtbot, ctl)
    assert ctl.saving.save() and ctl.saving.save()
    written(qtbot, ctl)
    assert sorted(p.name for p in one_note_damaged.parent.glob("s.crossread*")) == [
        "s.crossread",
        "s.crossread.bak",
    ]


def test_a_session_opened_from_its_file_swaps_sides_with_its_notes(
    ctl: SessionController, opened: Session, qtbot: QtBot, tmp_path: Path, win: MainWindow
) -> None:
    path = tmp_path / "s.crossread"
    save_session(opened.add_note(Note.new("x", match_id=first_claim(opened))), path)
    assert ctl.open_session(path)
    swapped(ctl, win, qtbot)


def test_damaged_session_file_shows_an_error_and_keeps_the_session(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctl.change(opened.add_note(Note.new("keep me", match_id=first_claim(opened))))
    current = ctl.session()
    bad = tmp_path / "bad.crossread"
    bad.write_text('{"schema": "reader.session/1", "alignment": ', encoding="utf-8")
    monkeypatch.setattr(ctl.dialogs, "ask_open_path", lambda: str(bad))
    with qtbot.waitSignal(win.error_shown) as sig:
        ctl.actions.open_session.trigger()
    assert "damaged" in sig.args[1]
    assert ctl.session() is current and ctl.is_modified()


def test_failed_save_reports_and_keeps_the_session(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctl.change(opened.add_note(Note.new("keep me", match_id=first_claim(opened))))
    current = ctl.session()
    monkeypatch.setattr(ctl.dialogs, "ask_save_path", lambda: str(tmp_path / "no" / "x.crossread"))
    with qtbot.waitSignal(win.error_shown) as sig:
        ctl.actions.save.trigger()
    assert "does not exist" in sig.args[1]
    assert ctl.session() is current and ctl.is_modified() and ctl.path() is None


def test_dropped_session_file_opens(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "dropped.crossread"
    noted = opened.add_note(Note.new("dropped", match_id=first_claim(opened)))
    save_session(noted, path)
    with qtbot.waitSignal(ctl.session_opened):
        event = drop(win, [str(path)], QPoint(300, 300))
    assert event.isAccepted()
    assert settle(qtbot, ctl) == noted


# -- export ------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_writes_each_format(
    ctl: SessionController,
    opened: Session,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fmt: str,
) -> None:
    ctl.change(opened.add_note(Note.new("Exported note", match_id=first_claim(opened))))
    out = tmp_path / f"notes.{fmt}"
    monkeypatch.setattr(ctl.dialogs, "ask_export", lambda: (str(out), fmt, True))
    with qtbot.waitSignal(ctl.exports.exported):
        ctl.actions.export.trigger()
    data = out.read_bytes()
    if fmt == "pdf":
        assert data.startswith(b"%PDF")
    elif fmt == "docx":
        text = load_document(out).text  # read back as an article, as a word processor would
        assert "Exported note" in text
        assert "Putin" in text
    else:
        text = data.decode("utf-8-sig")
        assert "Exported note" in text
        assert "Putin" in text


def test_export_over_an_article_of_the_pair_is_refused(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    qtbot: QtBot,
    pair: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As crossread export refuses it: the article file is not the export's to replace."""
    said = refused_export(ctl, win, qtbot, monkeypatch, Path(pair[0]))
    assert "article A of this pair" in said


def test_export_over_the_session_file_is_refused(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The notes saved there would be gone while the window thinks them saved."""
    saved = tmp_path / "work.crossread"
    monkeypatch.setattr(ctl.dialogs, "ask_save_path", lambda: str(saved))
    with qtbot.waitSignal(ctl.session_saved):
        ctl.actions.save.trigger()
    said = refused_export(ctl, win, qtbot, monkeypatch, saved)
    assert "the session file of this pair" in said


def refused_export(
    ctl: SessionController,
    win: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    path: Path,
) -> str:
    """Export to ``path`` through File > Export; the error said, ``path`` unchanged."""
    before = path.read_bytes()
    monkeypatch.setattr(ctl.dialogs, "ask_export", lambda: (str(path), "md", False))
    with qtbot.waitSignal(win.error_shown) as sig:
        ctl.actions.export.trigger()
    assert path.read_bytes() == before
    return str(sig.args[1])


# -- autosave, recovery, closing ------------------------------------------------------------------


def test_autosave_written_after_a_change(
    ctl: SessionController, opened: Session, qtbot: QtBot, data_folder: Path
) -> None:
    assert ctl.autosaver.timer.interval() == DELAY_MS
    ctl.autosaver.timer.setInterval(50)
    with qtbot.waitSignal(ctl.autosaved, timeout=5000) as sig:
        ctl.change(opened.add_note(Note.new("autosaved", match_id=first_claim(opened))))
    assert sig.args[0] == autosave.autosave_path()
    now = ctl.session()
    assert now is not None  # written with the view settings, as a save writes it
    assert load_session(sig.args[0]) == now.with_view(**view_state.capture(ctl.window))
    assert str(sig.args[0]).startswith(str(data_folder))


def test_saving_the_session_removes_its_autosave(
    ctl: SessionController, opened: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    ctl.autosaver.timer.setInterval(50)
    with qtbot.waitSignal(ctl.autosaved, timeout=5000):
        ctl.change(opened.add_note(Note.new("saved soon", match_id=first_claim(opened))))
    assert ctl.saving.save_to(str(tmp_path / "work.crossread"))
    written(qtbot, ctl)
    assert not autosave.autosave_path().exists()


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def crashed_run(folder: Path, session: Session) -> Path:
    """What a run killed after autosaving leaves: its autosave and its running marker."""
    pid = dead_pid()
    path = autosave.autosave_path(folder, pid)
    save_session(session, path)
    autosave.marker_path(folder, pid).write_text(f"{pid}\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("answer", ["restore", "discard"])
def test_restore_offered_after_a_crash(
    opened: Session,
    ctl: SessionController,
    settings: QSettings,
    qtbot: QtBot,
    data_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    lost = opened.add_note(Note.new("unsaved work", match_id=first_claim(opened)))
    left = crashed_run(data_folder, lost)
    w = MainWindow(settings=settings, aligner=lexical)
    qtbot.addWidget(w)
    w.show()
    c = make_controller(w, monkeypatch)
    asked: list[Path] = []

    def ask_restore(path: Path) -> str:
        asked.append(path)
        return answer

    monkeypatch.setattr(c.dialogs, "ask_restore", ask_restore)
    restored: list[bool] = []
    assert c.start(then=restored.append) is (answer == "restore")
    assert asked == [left]
    qtbot.waitUntil(lambda: restored == [answer == "restore"])
    assert not left.exists(), "the crashed run's autosave is used or discarded, then removed"
    if answer == "restore":
        assert settle(qtbot, c) == lost
        assert c.is_modified()
    else:
        assert c.session() is None
        assert kept_copy_files(data_folder) == []
    check_closed(w)


def test_later_keeps_a_crashed_runs_work_for_recover_unsaved_notes(
    opened: Session,
    settings: QSettings,
    qtbot: QtBot,
    data_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lost = opened.add_note(Note.new("unsaved work", match_id=first_claim(opened)))
    left = crashed_run(data_folder, lost)
    w = MainWindow(settings=settings, aligner=lexical)
    qtbot.addWidget(w)
    w.show()
    c = make_controller(w, monkeypatch)
    monkeypatch.setattr(c.dialogs, "ask_restore", lambda _path: "keep")
    assert not c.start()
    [kept] = kept_copy_files(data_folder)
    assert load_session(kept) == lost and not left.exists()
    assert c.actions.recover.isEnabled()
    assert "File > Recover unsaved notes" in w.statusBar().currentMessage()
    assert autosave.find_recoverable(data_folder) is None, "not offered again at start"
    check_closed(w)


def restarted(
    settings: QSettings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, SessionController]:
    """A new window, as at the next start, whose reader says Yes to restoring."""
    w = MainWindow(settings=settings, aligner=lexical)
    qtbot.addWidget(w)
    w.show()
    c = make_controller(w, monkeypatch)
    monkeypatch.setattr(c.dialogs, "ask_restore", lambda _path: "restore")
    return w, c


def test_a_crashed_runs_work_is_read_while_the_window_answers(
    opened: Session,
    settings: QSettings,
    qtbot: QtBot,
    data_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lost = opened.add_note(Note.new("unsaved work", match_id=first_claim(opened)))
    left = crashed_run(data_folder, lost)
    w, c = restarted(settings, qtbot, monkeypatch)
    assert c.start()
    assert c.session() is None and c.writer.is_busy(), "read off the GUI thread"
    assert w.statusBar().currentMessage() == f"Opening the unsaved work in {left}…"
    assert settle(qtbot, c) == lost and c.is_modified()
    assert not left.exists() and w.statusBar().currentMessage() == ""
    check_closed(w)


@pytest.fixture
def crashed_on_file(opened: Session, data_folder: Path, tmp_path: Path) -> tuple[Path, Session]:
    """A session saved to work.crossread, then a note added and a crash: the autosave
    names the file its work is on. Returns the file and the work."""
    work_file = tmp_path / "work.crossread"
    save_session(opened, work_file)
    lost = opened.add_note(Note.new("unsaved work", match_id=first_claim(opened)))
    left = crashed_run(data_folder, lost)
    autosave.origin_path(left).write_text(f"{work_file}\n", encoding="utf-8")
    return work_file, lost


@pytest.fixture
def restarted_on_file(
    crashed_on_file: tuple[Path, Session],
    settings: QSettings,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[MainWindow, SessionController]]:
    """The next start after ``crashed_on_file``, restoring its work."""
    w, c = restarted(settings, qtbot, monkeypatch)
    assert c.start()
    yield w, c
    check_closed(w)


def test_restored_work_on_a_saved_session_is_that_file_s_again(
    crashed_on_file: tuple[Path, Session],
    restarted_on_file: tuple[MainWindow, SessionController],
    qtbot: QtBot,
) -> None:
    (work_file, lost), (w, c) = crashed_on_file, restarted_on_file
    session = settle(qtbot, c)
    assert session == lost and c.path() == str(work_file)
    assert c.is_modified() and c.saved.in_words(session) == ["1 note added"]
    assert "work.crossread is back: Save writes it there" in w.statusBar().currentMessage()


def test_save_writes_restored_work_to_the_file_it_is_on(
    crashed_on_file: tuple[Path, Session],
    restarted_on_file: tuple[MainWindow, SessionController],
    qtbot: QtBot,
) -> None:
    (work_file, _lost), (_w, c) = crashed_on_file, restarted_on_file
    settle(qtbot, c)
    assert c.saving.save()
    written(qtbot, c)
    assert [n.text for n in load_session(work_file).notes] == ["unsaved work"]
    assert not c.is_modified()


def test_work_on_a_file_gone_since_is_restored_with_no_file(
    crashed_on_file: tuple[Path, Session],
    settings: QSettings,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    work_file, lost = crashed_on_file
    work_file.unlink()
    w, c = restarted(settings, qtbot, monkeypatch)
    assert c.start()
    assert settle(qtbot, c) == lost and c.path() is None and c.is_modified()
    check_closed(w)


def test_work_on_a_saved_session_is_autosaved_naming_its_file(
    ctl: SessionController, opened: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    assert ctl.saving.save_to(str(tmp_path / "work.crossread"))
    written(qtbot, ctl)
    ctl.autosaver.timer.setInterval(50)
    with qtbot.waitSignal(ctl.autosaved, timeout=5000) as sig:
        ctl.change(opened.add_note(Note.new("autosaved", match_id=first_claim(opened))))
    assert autosave.origin_of(sig.args[0]) == tmp_path / "work.crossread"


def test_a_damaged_autosave_is_reported_and_kept(
    opened: Session,
    settings: QSettings,
    qtbot: QtBot,
    data_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    left = crashed_run(data_folder, opened)
    left.write_text('{"schema": "reader.session/1", "alig', encoding="utf-8")
    w, c = restarted(settings, qtbot, monkeypatch)
    restored: list[bool] = []
    with qtbot.waitSignal(w.error_shown) as shown:
        assert c.start(then=restored.append)
    assert shown.args[0] == "Cannot open session" and restored == [False]
    assert c.session() is None and left.exists(), "offered again at the next start"
    w.opener.close_dialog()
    check_closed(w)


def test_close_with_unsaved_changes_asks(
    ctl: SessionController, opened: Session, win: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctl.change(opened.add_note(Note.new("unsaved", match_id=first_claim(opened))))
    monkeypatch.setattr(ctl.dialogs, "ask_unsaved", lambda *_: "cancel")
    win.close()
    assert win.isVisible(), "cancel keeps the window open"
    assert ctl.autosaver.timer.isActive()
    monkeypatch.setattr(ctl.dialogs, "ask_unsaved", lambda *_: "discard")
    win.close()
    assert not win.isVisible()
    assert not autosave.marker_path().exists(), "a clean exit removes the running marker"


def test_new_pair_keeps_unsaved_notes_of_the_old_one(
    ctl: SessionController,
    opened: Session,
    win: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    data_folder: Path,
) -> None:
    ctl.change(opened.add_note(Note.new("precious", match_id=first_claim(opened))))
    kept = ctl.session()
    a, b = tmp_path / "x.txt", tmp_path / "y.txt"
    a.write_text("Putin visited Pyongyang.\n\nThe treaty was signed.\n", encoding="utf-8")
    b.write_text("Kim met Putin in Pyongyang.\n\nA treaty was signed there.\n", encoding="utf-8")
    win.open_pair(str(a), str(b))
    qtbot.waitUntil(lambda: ctl.session() is not kept, timeout=ALIGN_TIMEOUT)
    written(qtbot, ctl)
    copies = list(data_folder.glob("unsaved-*.crossread"))
    assert len(copies) == 1
    # the copy carries the view the pair was shown with (test_panel_filters_saved.py)
    assert replace(load_session(copies[0]), view={}) == kept
    assert not ctl.is_modified()
    assert visible_alignment(settle(qtbot, ctl)).a.text.startswith("Putin visited")


# -- menus and shortcuts ------------------------------------------------------------------------


def menu_items(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions()]


def test_actions_sit_in_file_and_edit_menus(ctl: SessionController, win: MainWindow) -> None:
    menus = {
        a.text().replace("&", ""): m
        for a in win.menuBar().actions()
        if isinstance(m := a.menu(), QMenu)
    }
    assert list(menus)[:2] == ["File", "Edit"]
    file_items = menu_items(menus["File"])
    for name in ("Open session…", "Save session", "Save session as…", "Export notes…"):
        assert file_items.index(name) < file_items.index("Quit")
    edit_items = menu_items(menus["Edit"])
    assert edit_items[0] == "Add note…" and "Settings…" in edit_items


def test_no_shortcut_is_taken_twice(ctl: SessionController, win: MainWindow) -> None:
    seen: dict[str, str] = {}
    for action in win.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WidgetShortcut:
            continue  # only while its widget has the focus (Ctrl+C in a table)
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text}: {seen.get(text)} and {action.text()}"
            seen[text] = action.text()
    assert {"Ctrl+N", "Del", "Ctrl+K", "Ctrl+S", "Ctrl+Shift+S", "Ctrl+Shift+O", "Ctrl+E"} <= set(
        seen
    )


def answer_export_dialog(name: str, name_filter: str, only: bool) -> None:
    """Fill in and accept the export dialog once it is up (or give up after 5 s)."""

    def dialog() -> QFileDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        return next((w for w in found if w.isVisible()), None)

    answered: list[bool] = []

    def answer() -> None:
        d = dialog()
        edit = d.findChild(QLineEdit, "fileNameEdit") if d else None
        box = d.findChild(QCheckBox, "only_annotated") if d else None
        if d is None or edit is None or box is None:
            return
        d.selectNameFilter(name_filter)
        edit.setText(name)
        box.setChecked(only)
        answered.append(True)
        d.accept()

    def give_up() -> None:  # not a later test's dialog, once this one was answered
        d = dialog()
        if d is not None and not answered:
            d.reject()

    QTimer.singleShot(200, answer)
    QTimer.singleShot(5000, give_up)


@pytest.mark.qt_log_ignore("This plugin does not support")  # a modal dialog, offscreen
@pytest.mark.parametrize(
    ("name", "name_filter", "expected"),
    [
        ("out", "HTML (*.html)", ("out.html", "html")),
        ("o.csv", "PDF (*.pdf)", ("o.csv", "csv")),
        ("o.htm", "Markdown (*.md)", ("o.htm", "html")),  # as crossread export reads .htm
        ("o.markdown", "HTML (*.html)", ("o.markdown", "md")),
        # a suffix of no format Crossread writes: the chosen format's is added to it
        ("notes.odt", "Markdown (*.md)", ("notes.odt.md", "md")),
        ("report.v2", "HTML (*.html)", ("report.v2.html", "html")),
    ],
)
def test_export_dialog_gives_file_format_and_choice(
    ctl: SessionController,
    opened: Session,
    tmp_path: Path,
    name: str,
    name_filter: str,
    expected: tuple[str, str],
) -> None:
    # a note: "only annotated" can be ticked
    ctl.change(opened.add_note(Note.new("Exported note", match_id=first_claim(opened))))
    answer_export_dialog(str(tmp_path / name), name_filter, True)
    assert ctl.dialogs.ask_export() == (str(tmp_path / expected[0]), expected[1], True, False)


@pytest.mark.qt_log_ignore("This plugin does not support")  # a modal dialog, offscreen
def test_export_dialog_asks_before_replacing_the_file_a_bare_name_stands_for(
    ctl: SessionController, opened: Session, tmp_path: Path
) -> None:
    """ "notes" with the Markdown filter is notes.md: the dialog asked about "notes"."""
    (tmp_path / "notes.md").write_text("earlier notes", encoding="utf-8")
    asked: list[str] = []

    def keep_it() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        box = next((w for w in found if w.isVisible()), None)
        if box is not None:
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(800, keep_it)
    answer_export_dialog(str(tmp_path / "notes"), "Markdown (*.md)", False)
    assert (ctl.dialogs.ask_export(), len(asked)) == (None, 1)


def test_a_link_made_by_hand_stays_in_view_in_both_panes(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot
) -> None:
    """A's passage near its top, B's near its end: once the panes showed the new link, Qt
    laying out their new text levelled B back with A's top, and the passage the reader
    had just linked went out of sight (now and then: when the layout came after the
    jump)."""
    a = free_passage(opened, "a")
    b_text = opened.alignment.b.text
    start = b_text.index("Putin visited North Korea for the first time")
    b = Span(start, start + 30)
    with win.linker.hold():  # each passage in view, as the reader scrolled to them
        win.pane_a.ensure_visible(a)
        win.pane_b.ensure_visible(b)
    link(ctl, win, qtbot, a, b)
    win.linker.pane_scrolled("a")  # what Qt laying out A's new text sends, as it goes
    top, bottom = win.pane_b.span_y(b)
    assert top >= 0 and bottom <= win.pane_b.browser.viewport().height()
