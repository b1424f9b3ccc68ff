"""File > Export with "Only annotated passages" and no note in the session: the box is
greyed out saying why, and asked for anyway the export says there is nothing to export
and writes no file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog
from pytestqt.qtbot import QtBot

from reader.export import NOTHING_ANNOTATED
from reader.model import MatchKind
from reader.model.note import Note
from reader.model.session import Session
from reader.ui.export_dialog import only_annotated_box
from reader.ui.main_window import MainWindow
from reader.ui.session_controller import SessionController
from tests.ui import session_fixtures as fx

pytestmark = pytest.mark.gui

ctl, data_folder, opened, pair, win = fx.ctl, fx.data_folder, fx.opened, fx.pair, fx.win


def noted(ctl: SessionController, session: Session) -> Session:
    """``session`` with a note on its first claim, made the controller's."""
    claim = next(m.id for m in session.alignment.matches if m.kind is MatchKind.CLAIM)
    ctl.change(session.add_note(Note.new("Worth checking", match_id=claim)))
    changed = ctl.session()
    assert changed is not None
    return changed


def test_the_box_is_greyed_out_while_nothing_has_a_note(opened: Session, win: MainWindow) -> None:
    box = only_annotated_box(opened, win)
    assert not box.isEnabled()
    assert "No match or passage has a note yet" in box.toolTip()


def test_the_box_can_be_ticked_once_a_match_has_a_note(
    ctl: SessionController, opened: Session, win: MainWindow
) -> None:
    box = only_annotated_box(noted(ctl, opened), win)
    assert box.isEnabled() and box.toolTip() == ""


@pytest.mark.qt_log_ignore("This plugin does not support")  # a modal dialog, offscreen
def test_the_export_dialog_greys_the_box_out(ctl: SessionController, opened: Session) -> None:
    seen: list[tuple[bool, str]] = []

    def look() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        dialog = next((w for w in found if w.isVisible()), None)
        if dialog is None:
            return
        box = dialog.findChild(QCheckBox, "only_annotated")
        if box is not None:
            seen.append((box.isEnabled(), box.text()))
        dialog.reject()

    QTimer.singleShot(200, look)
    assert ctl.dialogs.ask_export() is None
    assert seen == [(False, "Only annotated passages (matches with notes and notes on text)")]


def refused(ctl: SessionController, win: MainWindow, qtbot: QtBot, out: Path) -> str:
    """Export only annotated passages to ``out`` (CSV); what the error said."""
    with qtbot.waitSignal(win.error_shown) as shown:
        assert not ctl.exports.export_to(str(out), "csv", only_annotated=True)
    assert shown.args[0] == "Cannot export notes"
    assert not win.statusBar().currentMessage().startswith("Exporting")
    return str(shown.args[1])


def test_asked_for_anyway_it_says_nothing_is_exported_and_writes_nothing(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """A CSV file of its header line alone was written, and "Exported CSV" said."""
    out = tmp_path / "notes.csv"
    assert refused(ctl, win, qtbot, out).startswith(NOTHING_ANNOTATED)
    assert not out.exists()


def test_asked_for_anyway_the_file_there_is_left_as_it_was(
    ctl: SessionController, opened: Session, win: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    out = tmp_path / "notes.csv"
    out.write_text("earlier notes", encoding="utf-8")
    refused(ctl, win, qtbot, out)
    assert out.read_text(encoding="utf-8") == "earlier notes"


def test_with_a_note_only_the_annotated_match_is_exported(
    ctl: SessionController, opened: Session, qtbot: QtBot, tmp_path: Path
) -> None:
    noted(ctl, opened)
    out = tmp_path / "notes.csv"
    with qtbot.waitSignal(ctl.exports.exported):
        assert ctl.exports.export_to(str(out), "csv", only_annotated=True)
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2 and "Worth checking" in lines[1]
